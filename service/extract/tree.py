"""Walking one sentence's dependency tree: subjects, objects, clause cores, negation, coordination.

Labels are spaCy's English (ClearNLP) dependency labels. Every function returns tokens or character
offsets into the parsed sentence; the readers add the sentence's start to map them into the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .spans import unpaired_quotes

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS: Final = frozenset({"dobj", "dative", "attr", "oprd"})
# Clause complements: "urged Y [to act]", "said [the UK must act]", "demanded [that Y reverse ...]".
COMPLEMENTS: Final = frozenset({"xcomp", "ccomp"})
# Children that end a core on the right: a further clause, an aside, attribution, coordination.
CORE_STOPS: Final = frozenset({"advcl", "parataxis", "cc", "conj", "punct", "appos", "mark", "dep",
                               "meta", "preconj", "npadvmod", "intj"})
# Clauses whose subject is shared with the head: "walked out demanding ...", "agreed and signed ...".
SUBJECT_SHARING: Final = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp"})
# Heads that pass the object down as the subject of their complement ("urged Canada to act").
OBJECT_CONTROL_OBJECTS: Final = frozenset({"dobj", "dative"})
# Verbs whose object is a means the subject takes, not someone who acts: "we take the occasion to
# launch ...", "used the summit to press ...": the subject does the infinitive.
# ("get" and "have" control their object: "got the council to reverse ...".)
MEANS_TAKEN: Final = frozenset({"take", "use", "seize"})
# Prepositions that open an adjunct (time, cause, circumstance), never part of what is asked or agreed.
ADJUNCT_PREPOSITIONS: Final = frozenset({"despite", "amid", "amidst", "after", "before", "during", "because",
                                         "since", "following", "ahead", "according", "unlike", "notwithstanding"})
# Auxiliaries of possibility or advice.
HEDGES: Final = frozenset({"should", "must", "could", "may", "might", "would", "can"})
NEGATIONS: Final = frozenset({"not", "n't", "never", "no"})
# How many heads up a subject is looked for through shared-subject clauses: three covers "walked out
# demanding to be allowed to ..." without wandering into the next clause of a run-on sentence.
MAX_SUBJECT_HOPS: Final = 3
# A core longer than this many tokens is cut at its first prepositional phrase after the object: gold
# items are 3 to 20 words, and a 60-token "core" is a clause with its reasons attached.
MAX_CORE_TOKENS: Final = 30
# A coordination of verbs shorter than this many words is one item; longer, one item per verb. Gold
# lists keep "reduce or eliminate barriers" whole and split two commitments of a dozen words each.
MIN_SPLIT_WORDS: Final = 14


def child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through shared-subject clauses ("X walked out demanding")."""
    current = verb
    for _ in range(MAX_SUBJECT_HOPS + 1):
        found = child(current, *SUBJECTS)
        if found is not None:
            return _whole_hyphenated(found)
        if current.dep_ not in SUBJECT_SHARING or current.head == current:
            return None
        head = current.head
        if finite_after_bare(head, current) and head.dep_ in ("ccomp", "xcomp") and head.head != head:
            head = head.head  # "reiterated that X must go, and asked for ...": the one who reiterated asks
        if current.dep_ == "xcomp" and head.lemma_.lower() not in MEANS_TAKEN:
            controller = child(head, *OBJECT_CONTROL_OBJECTS)
            if controller is not None:
                return controller  # "urged Canada to adopt": Canada adopts
        if current.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "reacted by saying ...": the one who reacted says it
        if current.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() in MEANS_TAKEN:
            head = head.head  # "we use this occasion to launch ...": we launch
        current = head
    return None


# Subordinators of a condition or an open question: "if X decides to ...", "whether to begin talks".
OPEN_MARKS: Final = frozenset({"if", "whether", "unless"})
# Words that open an indirect question: "decide who owns the land", "agree how to share it".
QUESTION_WORDS: Final = frozenset({"who", "whom", "whose", "what", "which", "how", "whether", "if", "where",
                                   "when", "why"})


def open_clause(token: Token) -> bool:
    """The token's clause, or a clause it hangs from, is a condition or an open question: nothing in it
    has happened ("if the council decides to sell", "will decide whether to reopen")."""
    return any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS for t in (token, *token.ancestors) for c in t.children)


# Subordinators and prepositions that set a clause in the background of the news: "before they announced
# ...", "since signing the pact". ("after" is not one: "after judges ruled that ..." is often the news itself.)
BACKGROUND_MARKS: Final = frozenset({"before", "since"})


def backgrounded(token: Token) -> bool:
    """The token sits in a clause of what happened before the reported event: a "before" or "since" clause,
    or their complement as a preposition."""
    for t in (token, *token.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children):
            return True
        if t.dep_ == "pcomp" and t.head.lower_ in BACKGROUND_MARKS:
            return True
        if t.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def asks_which(clause: Token) -> bool:
    """The complement clause is an indirect question ("who owns the land", "whether to reopen")."""
    return clause.left_edge.lower_ in QUESTION_WORDS


def _whole_hyphenated(found: Token) -> Token:
    """The word after a hyphen when the parser split one subject in two ("vice - presidents" as two subjects)."""
    doc = found.doc
    if found.i + 2 < len(doc) and doc[found.i + 1].text == "-" and doc[found.i + 2].head == found.head and \
            doc[found.i + 2].dep_ == found.dep_:
        return doc[found.i + 2]
    return found


def has_auxiliary(verb: Token, words: frozenset[str]) -> bool:
    """The verb itself carries one of these auxiliaries ("must settle", "could agree")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def hedged(verb: Token) -> bool:
    """The clause is only possible or advised ("should collaborate", "could play"), up its shared-subject
    chain: nothing was done."""
    current = verb
    for _ in range(MAX_SUBJECT_HOPS + 1):
        if has_auxiliary(current, HEDGES):
            return True
        if current.dep_ not in SUBJECT_SHARING or current.head == current:
            return False
        current = current.head
    return False


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb."""
    by = child(verb, "agent")
    return child(by, "pobj") if by is not None else None


def doer(verb: Token) -> Token | None:
    """Who does what the verb says: the agent of a passive ("was demanded by X"), else the subject."""
    return agent(verb) if is_passive(verb) else subject(verb)


def has_no(token: Token) -> bool:
    """The noun is denied by "no": "no agreement", "no country wants ..."."""
    return any(c.lower_ == "no" for c in token.children)


def negated(token: Token) -> bool:
    """A negation on the token or on the auxiliary/head chain of its own clause ("did not agree")."""
    if any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det")) for c in token.children):
        return True
    return token.dep_ in ("xcomp",) and any(c.dep_ == "neg" for c in token.head.children)


def infinitive(head: Token) -> Token | None:
    """The "to <verb>" complement of a head (xcomp/ccomp/acl/advcl/relcl). A clause before its head is a
    purpose, not a complement: "To achieve these aims, we agree to the following steps"."""
    for c in head.children:
        if c.dep_ == "advcl" and c.i < head.i:
            continue
        if c.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl") and c.pos_ in ("VERB", "AUX") and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def that_clause(head: Token) -> Token | None:
    """A finite complement clause: "demanded that Y reverse ...", "said the UK was prepared ..."."""
    for c in head.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX", "ADJ") and \
                not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def prep_object(head: Token, *prepositions: str) -> Token | None:
    """The object of "on"/"for"/"against" after a head: "called for [an end]", "called on [Y]" (not a phrase
    before it: "To this end, we agree ..." agrees to no end)."""
    for c in head.children:
        if c.dep_ in ("prep", "prt", "agent") and c.lower_ in prepositions and c.i > head.i:
            found = child(c, "pobj", "pcomp")
            if found is not None:
                return found
    return None


def prep_objects(head: Token, *prepositions: str) -> list[Token]:
    """Every object of those prepositions after the head, coordinated ones too: "called for [X] and for [Y]"."""
    found = []
    for c in head.children:
        if c.dep_ in ("prep", "prt", "agent") and c.lower_ in prepositions and c.i > head.i:
            for preposition in (c, *(p for p in c.conjuncts if p.lower_ in prepositions)):
                thing = child(preposition, "pobj", "pcomp")
                if thing is not None:
                    found.append(thing)
    return found


def verb_conjuncts(verb: Token) -> list[Token]:
    """Verbs coordinated with this one that have no subject of their own: "will (1) modify ... and
    (2) adopt ...", "to write off the debt and provide $50bn in aid". A short coordination stays one
    item ("strengthen communication lines and focus on relations" is one promise)."""
    joined = _all_verb_conjuncts(verb)
    if not joined:
        return []
    words = sum(1 for t in verb.subtree if not t.is_punct)
    restated = any(child(c, "aux") is not None for c in joined)  # "will set up ... and will meet ..."
    return joined if words > MIN_SPLIT_WORDS or restated or _enumerated(verb) else []


def _enumerated(verb: Token) -> bool:
    """An enumeration marker inside the coordination: "(1)", "(ii)", "(b)"."""
    return any(t.text == "(" and t.i + 2 < len(t.doc) and t.doc[t.i + 2].text == ")" for t in verb.subtree)


def noun_conjuncts(noun: Token) -> list[Token]:
    """Nouns coordinated with this one, when the coordination is long enough to hold separate items."""
    joined = [c for c in noun.conjuncts if c.i > noun.i and c.pos_ in ("NOUN", "PROPN")]
    words = sum(1 for t in noun.subtree if not t.is_punct)
    return joined if joined and (words > MIN_SPLIT_WORDS or _enumerated(noun)) else []


def parts(head: Token) -> list[tuple[Token, bool]]:
    """The items a head gives, each with whether it is cut at its coordination: one per conjunct when the
    coordination is long or enumerated ("(1) ... and (2) ..."), else the whole coordination as one."""
    joined = verb_conjuncts(head) if head.pos_ in ("VERB", "AUX") else noun_conjuncts(head)
    listed = _listed_after(head)
    if listed:
        # "agreed to ensure X, eliminate Y, and prevent Z": the parser made "eliminate" a second
        # complement of "agreed" rather than a conjunct; a list of actions is one item per action.
        joined = [*joined, *(v for verb in listed for v in (verb, *_all_verb_conjuncts(verb)))]
    found = [(head, False)] if not joined else [(head, True), *((c, True) for c in joined)]
    means = _by_means(head)
    if means is not None:
        # "will modify the rate by suspending 24 points ... while retaining ...": the means are the
        # commitments, one item each.
        found.extend((m, True) for m in (means, *verb_conjuncts(means), *children(means, "advcl")))
    return found


def _listed_after(head: Token) -> list[Token]:
    """Bare verbs the parser hung beside an infinitive complement as further complements of the same head."""
    if head.dep_ != "xcomp" or head.pos_ not in ("VERB", "AUX") or head.head == head:
        return []
    # Bare verbs (tag VB) only: "agreed to X and signed Y" is a second clause, not a listed action.
    return [c for c in head.head.children if c.dep_ in ("xcomp", "conj") and c.i > head.i and c.tag_ == "VB"
            and not any(a.dep_ == "aux" for a in c.children) and child(c, *SUBJECTS) is None]


def _all_verb_conjuncts(verb: Token) -> list[Token]:
    return [c for c in verb.conjuncts if c.i > verb.i and _acts(c) and child(c, *SUBJECTS) is None
            and not _breaks_a_gerund_list(verb, c) and not _threatened(c) and not finite_after_bare(verb, c)]


def finite_after_bare(verb: Token, joined: Token) -> bool:
    """A past or third-person verb the parser coordinated with a bare one ("reiterated that Hamas must
    release the hostages, and asked for ..."): the main clause going on, not a second thing released."""
    return verb.tag_ == "VB" and joined.tag_ in PAST_OR_THIRD_PERSON_TAGS and joined.dep_ == "conj"


# Tags of finite verbs that can never share a bare verb's modal or "to" (a present "VBP" can be a
# mistagged bare verb).
PAST_OR_THIRD_PERSON_TAGS: Final = frozenset({"VBD", "VBZ"})


# Verbs of a consequence threatened as the alternative: "recall the notice by Monday or face a strike ballot".
CONSEQUENCE_VERBS: Final = frozenset({"face", "risk"})


def _threatened(conjunct: Token) -> bool:
    return conjunct.lemma_ in CONSEQUENCE_VERBS and any(
        t.lower_ == "or" and t.i < conjunct.i for t in conjunct.head.children if t.dep_ == "cc")


def _misread_noun_conjunct(token: Token) -> bool:
    """A conjunct (or its "and") that is the object's own coordination misread as a verb's."""
    joined = token if token.dep_ == "conj" else next((c for c in token.head.rights if c.dep_ == "conj" and
                                                      c.i > token.i), None)
    return joined is not None and _breaks_a_gerund_list(joined.head, joined)


def _breaks_a_gerund_list(verb: Token, joined: Token) -> bool:
    """A conjunct of a gerund that is no gerund is the tagger's misreading of a noun ("developing and
    implementing a common drug and substances analysis protocol": "substances" as a verb)."""
    return verb.tag_ == "VBG" and joined.tag_ != "VBG" and joined.text.lower().endswith("s")


def _acts(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun because it can be one: "reject X and demand that Y
    ..." ("demand" with a clause of its own)."""
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and child(token, "ccomp") is not None)


def object_items(verb: Token, thing: Token) -> list[tuple[int, int]]:
    """The item spans a verb's object gives, one per part. A whole (uncut) object runs on through the
    verb's own complements after it: "called for reform at the WHO", "give a boost to exports", "signed
    the TOR on the establishment of ..." (the parser hangs those phrases on the verb)."""
    spans = []
    for part, cut in parts(thing):
        start, end = core(part, coordinated=cut)
        if part == thing and not cut:
            # not past the verb's own coordination: "announced a freeze and is negotiating ..." is two clauses
            end = max(end, core(verb, coordinated=True)[1])
        spans.append((start, end))
    # "wants lower fees ..., as well as the end of the levy": the parser hangs the second
    # object on the verb as a conjunct noun; it is a further item.
    spans.extend(core(c) for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > thing.i)
    return spans


def _by_means(verb: Token) -> Token | None:
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            means = child(c, "pcomp")
            if means is not None and means.tag_ == "VBG":
                return means
    return None


def core(head: Token, start_at: Token | None = None, keep_subject: bool = False,
         coordinated: bool = True) -> tuple[int, int]:
    """Character span (in the sentence) of a clause or phrase cut to its core: the head, its object and
    their own modifiers, without trailing adjuncts, asides, coordination or attribution.

    ``start_at`` moves the left edge (to keep "not" or a subject); by default the core starts at the head
    or at its leftmost kept modifier (a determiner, an adjective, "to" is left out)."""
    left = _left_edge(head, keep_subject) if start_at is None else start_at
    right = head
    for kept, c in enumerate(head.rights):
        if _stops_core(c, coordinated):
            break
        if c.dep_ in ("prep", "npadvmod", "advmod") and kept >= 1 and _span_tokens(head, c) > MAX_CORE_TOKENS:
            break
        right = c.right_edge
    shared = _first_conjunct(head) if coordinated and right == head and head.pos_ in ("VERB", "AUX") else None
    if shared is not None:
        # "negotiate and finalize the Agreement": the verb shares its object with the next one.
        end = core(shared)[1]
        last = next((t for t in head.doc[shared.i :] if t.idx + len(t.text) >= end), shared)
        return left.idx, _balanced_end(head.doc, left, last)
    last = _before_misread_clause(head, _before_as_well_as(head, right))
    while last.i > left.i and ((last.is_punct and last.text not in UNIT_SIGNS) or last.dep_ in ("cc", "case")):
        last = last.doc[last.i - 1]
    last = _stray_list_end(head, last) or last
    return left.idx, _balanced_end(head.doc, left, last)


# Relations under which the parser hangs the rest of a list ending the sentence on the verb instead.
STRAY_LIST_DEPS: Final = frozenset({"oprd", "appos", "dobj", "npadvmod", "attr"})


def _stray_list_end(head: Token, last: Token) -> Token | None:
    """The last token of a list that the core's last noun opens and that the parser hung elsewhere:
    "reform of the United Nations, the World Bank and the IMF." with "the World Bank" a second object of
    "called". Only a verbless list with an "and" running to the end of the sentence."""
    doc = head.doc
    comma = last.i + 1
    if last.pos_ not in ("PROPN", "NOUN") or comma >= len(doc) or doc[comma].text != ",":
        return None
    end = last.sent.end
    tail = list(doc[comma + 1 : end])
    if tail and tail[-1].is_punct:
        tail = tail[:-1]
    if len(tail) < 3 or any(t.pos_ in ("VERB", "AUX") for t in tail) or not any(t.dep_ == "cc" for t in tail):
        return None
    holders = [t for t in tail if not comma < t.head.i < end]
    if len(holders) != 1:
        return None
    holder = holders[0]
    if holder.dep_ not in STRAY_LIST_DEPS or holder.head not in set(head.ancestors) or \
            not any(c.dep_ == "conj" for c in holder.children):
        return None
    return tail[-1]



# Signs the tokenizer marks as punctuation that belong to the number before them: "84%".
UNIT_SIGNS: Final = frozenset({"%", "‰"})


def _first_conjunct(head: Token) -> Token | None:
    """The first verb coordinated with this one ("negotiate and [finalize] the Agreement")."""
    return next((c for c in head.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)


def _stops_core(right_child: Token, coordinated: bool) -> bool:
    """A right child where the core ends: an aside, a further clause (but not a purpose infinitive), an
    adjunct, "as well as", and the coordination when the conjuncts are items of their own."""
    dep = right_child.dep_
    if dep in ("cc", "conj"):
        return coordinated and not _misread_noun_conjunct(right_child)
    if dep == "appos" and right_child.head.dep_ in ("pobj", "conj"):
        return coordinated  # "reform of the UN, the World Bank and the IMF": a list read as appositions
    if dep == "punct" and right_child.is_quote:
        return False  # '"slim chance" of X agreeing': a closing quote inside the item
    if dep == "npadvmod" and (right_child.pos_ == "PROPN" or _object_follows(right_child) or _glued(right_child)):
        # "convene next spring the Fisheries Council": a time before the object, and a name the parser
        # took for an adjunct, are inside the core.
        return False
    if dep in CORE_STOPS:
        return not (dep == "advcl" and _purpose(right_child))
    return (dep == "prep" and right_child.lower_ in ADJUNCT_PREPOSITIONS) or _as_well_as(right_child)


def _glued(token: Token) -> bool:
    """Written against the token before it, as one word the tokenizer split: "$3m" as "3" and "m"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.idx + len(before.text) == token.idx


def _object_follows(adjunct: Token) -> bool:
    return any(c.i > adjunct.i and (c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))
               for c in adjunct.head.rights)


def _before_as_well_as(head: Token, right: Token) -> Token:
    """The core's last token before an ", as well as ..." or an aside relative clause (", which it says
    are unfair", ", who ...") inside it, wherever the parser attached it."""
    doc = head.doc
    for token in doc[head.i + 1 : right.i + 1]:
        if _as_well_as(token) and token.i > head.i + 1 and not _inside_subject(token):
            return doc[token.i - 1]
        if token.dep_ == "relcl" and token.left_edge.i - 1 > head.i and doc[token.left_edge.i - 1].text == ",":
            return doc[token.left_edge.i - 2]
    return right


# Tags of a finite verb: one cannot be coordinated with a gerund, an infinitive or a noun.
FINITE_TAGS: Final = frozenset({"VBP", "VBZ", "VBD", "MD"})


def _before_misread_clause(head: Token, right: Token) -> Token:
    """The core's last token before a finite verb the parser hung as a conjunct of a gerund or a noun inside
    it: "the importance of deepening ties [and intend to promote networks]" is the speakers' next clause."""
    doc = head.doc
    for token in doc[head.i + 1 : right.i + 1]:
        if token.dep_ == "conj" and token.tag_ in FINITE_TAGS and token.head != head and \
                token.head.tag_ not in FINITE_TAGS and token.i > head.i + 1:
            return doc[token.i - 1]
    return right


def _inside_subject(token: Token) -> bool:
    """"ensuring that X, as well as Y, understand ...": the phrase joins a subject to its verb's left."""
    holder = token.doc[token.i + 2].head  # the last "as" hangs on what it joins
    return holder.dep_ in SUBJECTS and holder.head.i > token.i


def _as_well_as(token: Token) -> bool:
    doc = token.doc
    return token.lower_ == "as" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "well" and \
        doc[token.i + 2].lower_ == "as"


# How far past a core's end its closing parenthesis may be looked for, in tokens.
MAX_PARENTHESIS_TOKENS: Final = 8


def _balanced_end(doc, left: Token, last: Token) -> int:
    """The core's end, moved so that it never leaves a bracket open: "Framework (IPEF)", not "Framework
    (IPEF"; "any decision [to lift the ban]", not "any decision [to lift the ban"."""
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.is_quote and _quote_open(doc[left.i : last.i + 1]):
        last = following  # 'not to simply "walk away"': the quote that opened inside closes too
    for opening, closing in BRACKETS:
        last = _closed(doc, left, last, opening, closing)
    return last.idx + len(last.text)


# Bracket pairs a core must not leave open: parentheses, and the square brackets of an editor's insertion.
BRACKETS: Final = (("(", ")"), ("[", "]"))


def _closed(doc, left: Token, last: Token, opening: str, closing: str) -> Token:
    """``last``, or the closing bracket a few tokens on, or the token before the unclosed opening one."""
    inside = doc[left.i : last.i + 1]
    if sum(1 for t in inside if t.text == opening) <= sum(1 for t in inside if t.text == closing):
        return last
    for t in doc[last.i + 1 : min(len(doc), last.i + 1 + MAX_PARENTHESIS_TOKENS)]:
        if t.text == closing:
            return t
    start = max(t.i for t in inside if t.text == opening)
    return doc[max(left.i, start - 1)]


def _quote_open(tokens) -> bool:
    """A span left with a quotation opened and not closed."""
    straight_open, curly_opened = unpaired_quotes(tokens.text)
    return straight_open or curly_opened > 0


def _purpose(clause: Token) -> bool:
    """A purpose infinitive belongs to the action: "move quickly to turn proposals into change"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _span_tokens(head: Token, right_child: Token) -> int:
    return right_child.right_edge.i - head.i


_LEFT_KEEP: Final = frozenset({"det", "amod", "compound", "nummod", "poss", "neg", "advmod", "quantmod",
                               "nmod", "predet", "case", "prt", "auxpass"})
# Auxiliaries skipped over on the left: the item is "reverse plans", not "should reverse plans"; a
# negation before them is still kept ("not to raise").
_SKIPPED_AUX: Final = frozenset({"aux"})
# An adverb further left than this many tokens is a sentence adverb, not the verb's own.
MAX_ADVERB_DISTANCE: Final = 2


def _left_edge(head: Token, keep_subject: bool) -> Token:
    """Leftmost token of the head's own left modifiers (not its subject, marker or auxiliaries)."""
    left = head
    for c in reversed(list(head.lefts)):
        if keep_subject and c.dep_ in SUBJECTS:
            left = c.left_edge
            continue
        if c.dep_ == "punct" and c.is_quote:
            if c.i == left.i - 1:
                left = c  # 'to "think again"': the opening quote is the item's (trimmed if unpaired)
            continue  # 'not to simply "walk away"': the negation before the quote stays
        if c.dep_ in _SKIPPED_AUX:
            continue
        if c.dep_ not in _LEFT_KEEP or (c.dep_ == "advmod" and c.i < head.i - MAX_ADVERB_DISTANCE):
            break
        left = c if c.dep_ in ("neg", "auxpass") else c.left_edge
    return left


def noun_phrase(token: Token) -> tuple[int, int]:
    """A noun phrase without its relative clauses, appositions or trailing prepositions: the name of a
    party ("the RMT union", "Chinese Foreign Minister Wang Yi")."""
    lefts = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "predet")]
    left = lefts[0].left_edge if lefts else token
    doc = token.doc
    while left.i >= 2 and doc[left.i - 1].text == "-" and _glued(left) and _glued(doc[left.i - 1]):
        left = doc[left.i - 2]  # "vice-presidents" split by the parser as "vice", "-", "presidents"
    right = token
    for c in token.rights:
        if c.dep_ in ("compound", "flat", "appos") and c.i == right.i + 1:
            right = c
        else:
            break
    return left.idx, right.idx + len(right.text)
