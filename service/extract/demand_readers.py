"""Readers of the demand families: from a cue token, who asks (subject, passive agent or the speaker of a
reporting verb), who is asked (object, or subject of the demanded clause) and what (that clause's core).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from . import tree
from .families import TERMS_DOCUMENTS
from .reading import MIN_ITEM_WORDS, Reader, SentenceReading, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that report speech or belief: a demand in their clause is the speaker's ("he said the
# government must ...").
REPORTING_LEMMAS: Final = frozenset({
    "say", "tell", "add", "warn", "insist", "argue", "stress", "claim", "state", "declare", "maintain", "believe",
    "think", "note", "write", "suggest", "reiterate", "emphasise", "emphasize", "underline", "explain", "urge",
    "signal", "indicate", "acknowledge", "admit", "announce", "accept", "agree", "demand",
    "underscore", "highlight", "affirm", "reaffirm", "recall", "contend", "assert",
})
# Things that cannot act but are run by someone who can: what is wanted of them is asked of that someone.
INSTITUTIONS_AND_MEASURES: Final = frozenset({
    "hospital", "school", "university", "police", "club", "agency", "department", "service", "trust", "court",
    "ban", "embargo", "tax", "levy", "tariff", "tariffs", "sanction", "sanctions", "law", "rule", "rules", "plan",
    "policy", "regulation", "restriction", "restrictions", "blockade", "cap", "limit", "freeze", "moratorium"})
# What a speaker "wants to" do by saying it: "I want to thank ...", "we wish to congratulate ..." ask nothing.
SPEECH_ACTS: Final = frozenset({"thank", "congratulate", "welcome", "say", "express", "note", "acknowledge",
                                "recognize", "recognise", "commend", "applaud", "praise", "stress", "emphasise",
                                "emphasize", "underline", "reiterate", "apologise", "apologize", "add",
                                "advise", "inform", "reassure", "remind", "clarify"})
# Which preposition introduces the target or the demanded thing for each cue lemma.
TARGET_PREPOSITIONS: Final = {"call": ("on", "upon"), "appeal": ("to",)}
OBJECT_PREPOSITIONS: Final = {
    "call": ("for",), "press": ("for",), "push": ("for",), "insist": ("on", "upon"), "appeal": ("for",),
    "lobby": ("for",), "campaign": ("for",), "fight": ("for",), "argue": ("for",), "ask": ("for",),
}
# What a reporter asks for: "asked for comment" requests nothing of a party.
REPORTERS_ASKS: Final = frozenset({"comment", "response", "reaction", "interview", "statement"})
# Verbs by which a party gives up a demand it had made: "withdrew its call for ...".
WITHDRAWING: Final = frozenset({"suspend", "withdraw", "drop", "abandon", "scrap", "shelve", "retract"})
# Nouns by which a speaker takes a side: "is in favour of X".
FAVOUR_NOUNS: Final = frozenset({"favour", "favor"})
# Nouns that name a demand: "our call on X to ...", "their demand for ...", "an appeal for ...".
NOUN_DEMANDS: Final = frozenset({"call", "demand", "appeal", "request", "plea", "order"})
# Of those, the ones whose "for" names what is asked: "demand for its shoes" is the market's.
NOUN_CALLS_FOR: Final = frozenset({"call", "appeal", "request", "plea"})
# Lemmas that take the demanded thing as a direct object ("demanding a 53% pay rise").
# ("require" is no cue at all: "the plan requires funding", "if we require further details" ask nobody.)
DIRECT_OBJECT_LEMMAS: Final = frozenset({"demand", "want"})
# Tags of a verb in the mandative subjunctive, as the tagger gives them.
SUBJUNCTIVE_TAGS: Final = frozenset({"VB", "VBP"})
# Modal auxiliaries of obligation; "need"/"have" count when followed by "to".
OBLIGATION_MODALS: Final = frozenset({"must", "should", "ought"})
# Subjects that put an obligation on nobody in particular: "it must be said", "you have to".
NOT_OBLIGED: Final = frozenset({"it", "this", "that", "there", "i", "you", "which", "what", "who", "one"})
# Speakers stating their own duty ("We now have to verify ...") ask nothing of another party.
SELF_OBLIGED: Final = frozenset({"we", "i"})
# Verbs after "should"/"must" that name no act to be done: "bosses should expect", "they must know".
NOT_ACTIONS: Final = frozenset({"expect", "know", "feel", "think", "seem", "look"})
# Verbs of consequence: hoping something "will lead to" a result is an expectation, not a demand.
RESULTS: Final = frozenset({"lead", "result", "bring", "produce", "yield", "pave"})
# Reporters of the news are not parties to it: a correspondent's "X should ..." is analysis.
JOURNALISTS: Final = frozenset({"correspondent", "editor", "reporter", "analyst", "commentator", "columnist",
                                "economist", "observer"})
# A subject of an obligation longer than this many tokens is a clause; the item then starts at the verb.
MAX_SUBJECT_TOKENS: Final = 6
# Verbs by which a concern is voiced: "raised concerns about ...", "expressed deep concern over ...".
CONCERN_VERBS: Final = frozenset({"raise", "express", "voice", "reiterate", "register", "convey", "share"})
# Verbs that put a need or an importance forward as a demand: "stressed the need for ...".
STRESSING: Final = frozenset({"stress", "emphasise", "emphasize", "underline", "highlight", "underscore", "affirm",
                              "reaffirm", "reiterate", "recognise", "recognize", "note", "confirm", "express",
                              "see", "point", "acknowledge", "cite", "discuss", "raise", "make"})
# Lemmas that report what the parties back together, handed to the joint outcome reader instead, unless
# they name someone else to act: "we have called on both sides to resume talks" asks the mediated parties.
JOINT_ALSO: Final = frozenset({"encourage", "urge", "call"})
# Targets that are the speakers themselves: "urged each other to ...", "called on ourselves to ...".
SELF_TARGETS: Final = frozenset({"each", "other", "one", "another", "themselves", "ourselves", "we", "us"})


def _items(reading: SentenceReading, rule: str, verb: Token, actor: str | None, target: str | None,
           keep_subject: bool = False) -> None:
    """One demand per coordinated action: "to cut tariffs and open markets" asks two things."""
    for action, coordinated in tree.parts(verb):
        reading.add_demand(rule, tree.core(action, keep_subject=keep_subject and action == verb,
                                           coordinated=coordinated), actor, target)


def _controlled(action: Token, cue: Token) -> Token | None:
    """Who is to act in a demanded clause: its own subject, else the cue's object."""
    return tree.child(action, "nsubj", "nsubjpass") or tree.child(cue, "dobj", "dative")


# What a guest is invited to do: an invitation to come asks nothing of the guest.
INVITED_TO_COME: Final = frozenset({"attend", "visit", "join", "come", "speak", "participate", "meet", "observe",
                                    "watch", "dine", "stay"})


def _invited_to_come(action: Token) -> bool:
    """"invited X to attend / visit / take part in ...": hospitality, not a request."""
    part = tree.child(action, "dobj")
    return action.lemma_ in INVITED_TO_COME or (action.lemma_ == "take" and part is not None and part.lower_ == "part")


def read_asked(cue: Token, reading: SentenceReading) -> None:
    """"X urged Y to ...", "Y was urged (by X) to ...", "X called on Y to ...", "our call on Y to ..."."""
    if cue.pos_ == "NOUN":
        _asked_by_noun(cue, reading)
        return
    if cue.pos_ != "VERB":
        return
    prepositions = TARGET_PREPOSITIONS.get(lemma_of(cue))
    target_token = tree.prep_object(cue, *prepositions) if prepositions else None
    if prepositions and target_token is None:
        target_token = _particle_target(cue, prepositions)
        if target_token is None:
            return  # "called for", "appealed for": the called_for reader's
    action = tree.infinitive(cue) or (tree.infinitive(target_token) if target_token is not None else None)
    if action is None and lemma_of(cue) in URGING_THINGS:
        _urged_thing(cue, reading)
        return
    if action is None or (lemma_of(cue) == "invite" and _invited_to_come(action)):
        return  # "invited Chile to attend the summit" is hospitality; "invited firms to bid for" asks
    if tree.is_passive(cue):
        target_token, actor = tree.child(cue, "nsubjpass"), reading.name(tree.agent(cue))
    else:
        subject = tree.subject(cue)
        named = target_token if target_token is not None else tree.child(cue, "dobj", "dative")
        if lemma_of(cue) in JOINT_ALSO and reading.is_joint(subject) and \
                (named is None or named.lower_ in SELF_TARGETS):
            return  # the parties together encouraging something is a joint outcome
        target_token = target_token or _controlled(action, cue)
        actor = reading.name(subject)
    _items(reading, "asked", action, actor, reading.name(target_token))


def _particle_target(cue: Token, prepositions: tuple[str, ...]) -> Token | None:
    """"called on rich nations to ...", with "on" parsed as the verb's particle and the nations as its object."""
    if any(c.dep_ == "prt" and c.lower_ in prepositions for c in cue.children):
        return tree.child(cue, "dobj")
    return None


# Cue lemmas whose object can be the thing asked for itself: "urged a limit on fees", "urged restraint".
URGING_THINGS: Final = frozenset({"urge"})


def _urged_thing(cue: Token, reading: SentenceReading) -> None:
    """"X urged a cap on prices": the object is the demand, unless it is whoever is urged ("urged Congress")."""
    thing = tree.child(cue, "dobj")
    if thing is None or tree.is_passive(cue) or thing.pos_ != "NOUN" or reading.is_party(thing):
        return
    actor = reading.name(tree.subject(cue))
    for bounds in tree.object_items(cue, thing):
        reading.add_demand("asked", bounds, actor, None)


# Determiners by which a demand named as a noun points back to one already reported: "This call for
# deepening cooperation comes ahead of ..." repeats the asker of the sentence before.
ANAPHORIC_DETERMINERS: Final = frozenset({"this", "that", "these", "those", "such", "the"})


def _holder(noun: Token) -> Token | None:
    """Whose call or demand a noun is: its possessor ("our call") or the noun before it ("a government
    order"), else the subject of its verb (unless the noun is that subject: "This call ... comes")."""
    owner = tree.child(noun, "poss", "compound")
    if owner is not None:
        return owner
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    return tree.subject(noun.head) if noun.head.pos_ in ("VERB", "AUX") else None


def _noun_asker(noun: Token, reading: SentenceReading) -> str | None:
    """Who asks by a demand named as a noun: its holder, or the last asker when the noun points back."""
    actor = reading.name(_holder(noun))
    if actor is None and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children):
        return reading.resolver.last_asker
    return actor


def _asked_by_noun(cue: Token, reading: SentenceReading) -> None:
    """"We reiterate our call on X to stop ...", "their appeal to X to ...": a demand named as a noun."""
    target = tree.prep_object(cue, "on", "upon", "to")
    action = tree.infinitive(cue) or (tree.infinitive(target) if target is not None else None)
    if action is None and cue.dep_ == "dobj":
        action = tree.infinitive(cue.head)  # the parser often hangs "to stop ..." on "reiterate"
    if action is None or lemma_of(cue) not in NOUN_DEMANDS:
        return
    if target is None:
        # "a court order to halt the works": the holder asks; who must comply is not named as a target (the
        # subject of "obey" or "ignore" is, but it is the one refusing, not a party asked by name).
        owner = tree.child(cue, "poss", "compound")
        if owner is None or action.head != cue:
            return
        _items(reading, "asked", action, reading.name(owner), None)
        return
    _items(reading, "asked", action, _noun_asker(cue, reading), reading.name(target))


def read_demanded_that(cue: Token, reading: SentenceReading) -> None:
    """"X demanded that Y reverse ...": a that-clause in the subjunctive or with should/must."""
    clause = tree.that_clause(cue)
    if clause is None or cue.pos_ != "VERB":
        return
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    modal = bool(auxiliaries & {"should", "must", "shall"})
    # The mandative subjunctive ("demanded that the airline reverse") is tagged VB, or VBP when its
    # subject is not third person singular; a past or third-person verb reports a fact instead, unless its
    # past is its base form ("demanded the chairman quit", tagged VBD).
    subjunctive = clause.tag_ in SUBJUNCTIVE_TAGS or (clause.tag_ == "VBD" and clause.lower_ == lemma_of(clause))
    if (not subjunctive and not modal) or auxiliaries & {"could", "would", "might", "may", "can",
                                                                           "will", "had", "has", "have"}:
        return  # "insisted that it had done nothing wrong" reports a claim, not a demand
    actor = reading.name(tree.doer(cue))
    subject = tree.child(clause, "nsubj", "nsubjpass")
    # "demanded the chairman quit": the verb alone says too little, so the subject stays in the item.
    start, end = tree.core(clause)
    short = subject is not None and len(clause.doc.text[start:end].split()) < MIN_ITEM_WORDS
    _items(reading, "demanded_that", clause, actor, reading.name(subject), keep_subject=short)


def read_called_for(cue: Token, reading: SentenceReading) -> None:
    """"X called for an end to ...", "walked out demanding a pay rise", "X insists on ...", "their call for
    a ceasefire"."""
    if cue.pos_ == "NOUN" and lemma_of(cue) in FAVOUR_NOUNS:
        holder = cue.head.head  # "[is] in favour of": not "voted in favour of", a vote's outcome
        if cue.head.lower_ != "in" or lemma_of(holder) != "be":
            return
        things, actor = tree.prep_objects(cue, "of"), reading.name(tree.subject(holder))
    elif cue.pos_ == "NOUN":
        if cue.dep_ == "dobj" and lemma_of(cue.head) in WITHDRAWING:
            return  # "suspended their requests for arbitration", "dropped its call for a strike": no longer asked
        things = tree.prep_objects(cue, "for") if lemma_of(cue) in NOUN_CALLS_FOR else []
        actor = _noun_asker(cue, reading)
    elif cue.pos_ == "VERB":
        if tree.child(cue, "oprd") is not None and tree.child(cue, "dobj") is not None:
            return  # "called the new target 'hugely unambitious'" names it; it asks for nothing
        if (document := tree.subject(cue)) is not None and document.lemma_.lower() in TERMS_DOCUMENTS:
            return  # "the agreement calls for ...": its terms (read_terms), nobody's demand
        prepositions = OBJECT_PREPOSITIONS.get(lemma_of(cue))
        # "called for X": prep_objects takes the prepositions after the verb ("For the party, Ms Ray called ..."
        # does not ask)
        things = tree.prep_objects(cue, *prepositions) if prepositions else []
        if prepositions and not things and _for_clause(cue, prepositions, reading):
            return
        if not things and lemma_of(cue) in DIRECT_OBJECT_LEMMAS and tree.infinitive(cue) is None and \
                cue.dep_ != "acl":  # "countries wanting access to markets" describes them
            things = [t for t in [tree.child(cue, "dobj")] if t is not None]  # not "wanted Y to ...": read_wanted's
        actor = reading.name(tree.doer(cue))
    else:
        return
    for thing in things:
        if thing.pos_ == "PRON" or thing.lemma_.lower() in REPORTERS_ASKS:
            continue
        if thing.pos_ == "VERB" and tree.child(thing, *tree.SUBJECTS) is not None:
            reading.add_demand("called_for", tree.core(thing, keep_subject=True), actor, None)  # "of X being ..."
            continue
        for bounds in tree.object_items(cue, thing) if len(things) == 1 else [tree.core(thing)]:
            reading.add_demand("called_for", bounds, actor, None)


def _for_clause(cue: Token, prepositions: tuple[str, ...], reading: SentenceReading) -> bool:
    """"called for the rights of X to be respected (and for ...)": the parser gives "for" no object and
    hangs the clause on the verb; the clause with its subject is the demand."""
    clause = tree.infinitive(cue)
    if clause is None:
        return False
    # "for" as the verb's preposition, or as the marker of the clause ("called [for X to be respected]").
    if not any(c.dep_ in ("prep", "mark") and c.lower_ in prepositions for c in (*cue.children, *clause.children)):
        return False
    subject = tree.child(clause, "nsubj", "nsubjpass")
    if subject is None:
        return False
    actor = reading.name(tree.doer(cue))
    reading.add_demand("called_for", (subject.left_edge.idx, tree.core(clause)[1]), actor, None)
    further = (c for c in (*clause.children, *cue.children) if c.dep_ == "conj" and c.lower_ in prepositions)
    for preposition in further:
        thing = tree.child(preposition, "pobj")
        if thing is not None:
            reading.add_demand("called_for", tree.core(thing), actor, None)
    return True


def read_warned(cue: Token, reading: SentenceReading) -> None:
    """"X warned (Y) against ..." keeps the verb; "X warned Y not to ..." is what Y must not do."""
    against = tree.prep_object(cue, "against")
    actor = reading.name(tree.subject(cue))
    if against is not None:
        end = max(tree.core(against)[1], tree.core(cue)[1])
        reading.add_demand("warned", (cue.idx, end), actor, reading.name(tree.child(cue, "dobj")))
        return
    action = tree.infinitive(cue)
    if action is not None and tree.negated(action):
        _items(reading, "warned", action, actor, reading.name(_controlled(action, cue)))


def read_wanted(cue: Token, reading: SentenceReading) -> None:
    """"X wants Y to ...", "X hopes (that) Y will ...", "expressed hope for Y to ...", "X wants to ..."."""
    if cue.pos_ == "NOUN" and cue.head.pos_ == "VERB":
        clause = tree.infinitive(cue) or tree.that_clause(cue) or tree.child(cue, "acl")
        holder = cue.head  # "China expressed hope for Canada to ..."
    elif cue.pos_ == "VERB":
        clause = tree.infinitive(cue) or tree.that_clause(cue)
        holder = cue
    else:
        return
    if clause is None:
        return
    wanter = tree.subject(holder)
    if wanter is not None and tree.has_no(wanter):
        return  # "No nation wants calm more than ...": a claim about everyone, asked of nobody
    actor = reading.name(wanter)
    doer = _controlled(clause, cue)
    refused = tree.child(holder, "neg") if holder.pos_ == "VERB" else None
    if doer is None:
        if lemma_of(cue) in ("want", "wish") and cue.pos_ == "VERB" and actor and clause.lemma_ not in SPEECH_ACTS \
                and refused is None:  # "she does not wish to defend herself" asks nothing
            _items(reading, "wanted", clause, actor, None)  # "Europe wants to press ahead with talks"
        return
    if clause.lemma_ in RESULTS:
        return  # "hoped the talks would lead to a deal" expects an outcome; it asks nobody
    target = reading.name(doer) if doer.lower_ not in NOT_OBLIGED else None  # "hope it will lead to ..."
    # "wants the hospital to restore ...", "wanted the ban to end": what is wanted of an institution or a
    # measure is asked of whoever runs it; "wants the weather to improve" asks nobody, nor does a hope or
    # "we don't want people thinking ...".
    wanted_of_thing = target is None and actor is not None and lemma_of(cue) in ("want", "wish") and \
        doer.lemma_.lower() in INSTITUTIONS_AND_MEASURES and not tree.negated(cue)
    if target and target != actor and refused is not None:
        # "does not want the council to close the library": the demand is that it not close it; the item keeps
        # the refusal and whom it is asked of
        reading.add_demand("wanted", (refused.idx, tree.core(clause)[1]), actor, target)
        return
    if (target and target != actor) or wanted_of_thing:
        # "wanted the ban to end": the subject belongs to the demand when the verb alone says too little.
        short = len(list(clause.subtree)) - len(list(doer.subtree)) < 3
        _items(reading, "wanted", clause, actor, target, keep_subject=short)


# Objecting lemmas that object only when refused: "will not tolerate attacks", "won't accept cuts".
REFUSED_ONLY: Final = frozenset({"tolerate"})


def read_objected(cue: Token, reading: SentenceReading) -> None:
    """"X opposes ...", "objected to ...", "condemned ...": the verb stays in the item. "raised
    concerns about ..." starts at the concern."""
    if cue.pos_ == "NOUN":
        if lemma_of(cue) == "concern" and cue.head.lemma_ in CONCERN_VERBS:
            reading.add_demand("objected", tree.core(cue), reading.name(tree.subject(cue.head)), None)
        elif lemma_of(cue) == "protest" and tree.prep_object(cue, "at", "against", "over") is not None:
            # "on strike in protest at planned job cuts": whoever strikes protests
            holder = cue.head.head if cue.head.dep_ == "prep" else cue.head
            reading.add_demand("objected", tree.core(cue), reading.name(tree.subject(holder)), None)
        return
    if cue.pos_ != "VERB":
        return
    thing = tree.child(cue, "dobj") or tree.prep_object(cue, "to")
    if thing is None or thing.pos_ == "PRON":
        return
    start = cue.idx
    if lemma_of(cue) in REFUSED_ONLY:
        negation = tree.child(cue, "neg")
        if negation is None:
            return  # "the club tolerated the fans' protest" objects to nothing
        start = negation.idx  # "will not tolerate attacks"
    actor = reading.name(tree.doer(cue))
    if actor is None:
        return
    reading.add_demand("objected", (start, max(tree.core(thing)[1], tree.core(cue)[1])), actor, None)


def reporter_of(clause_head: Token) -> Token | None:
    """The reporting verb whose complement holds this clause ("he said [the UK must ...]")."""
    current = clause_head
    for _ in range(tree.MAX_SUBJECT_HOPS):
        if current.dep_ in ("ccomp", "xcomp", "conj", "advcl") and current.head != current:
            head = current.head
            if head.lemma_ in REPORTING_LEMMAS and current.dep_ == "ccomp":
                return head
            current = head
        else:
            return None
    return None


def _quoted_from(reporter: Token, token: Token) -> bool:
    """A quotation mark stands between the reporting verb and the token: direct speech, whose tenses are
    the speaker's own (an indirect "said X needed to" is a present "must" put in the past)."""
    low, high = sorted((reporter.i, token.i))
    return any(t.is_quote for t in token.doc[low:high])


def _read_needed(needed: Token, reading: SentenceReading) -> None:
    """"He said investment in new trains was needed to secure the depot": what a speaker
    says is needed is asked for, the thing and its purpose together; stated by nobody, it is the writer's."""
    reporter = reporter_of(needed)
    thing = tree.child(needed, "nsubjpass")
    if reporter is None or thing is None or tree.negated(needed) or tree.has_no(thing):
        return
    speaker = tree.subject(reporter)
    actor = reading.name(speaker) if speaker is not None and speaker.lemma_ not in JOURNALISTS else None
    if actor is not None:
        reading.add_demand("need", (thing.left_edge.idx, tree.core(needed)[1]), actor, None)


def _reported_would(cue: Token) -> bool:
    """"warned the council would have to act quickly": "will have to", reported in the past, is an obligation
    put on someone, not a hedge."""
    return tree.has_auxiliary(cue, frozenset({"would"})) and reporter_of(cue) is not None


def read_modal(cue: Token, reading: SentenceReading) -> None:
    """"X must ...", "he said the government should ...", "Y needs to ...": an obligation that a named
    party states or a reported speaker puts on another."""
    if lemma_of(cue) in OBLIGATION_MODALS and cue.dep_ == "aux":
        verb = cue.head
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return  # "the coaches should have left earlier": a reproach for the past, nothing left to do
    elif lemma_of(cue) == "need" and cue.tag_ == "VBN" and tree.is_passive(cue):
        _read_needed(cue, reading)
        return
    elif lemma_of(cue) in ("need", "have") and cue.pos_ in ("VERB", "AUX"):
        if cue.tag_ in ("VBG", "VBN") or tree.negated(cue) or (tree.hedged(cue) and not _reported_would(cue)):
            return  # "do not have to fear", "avoid having to", "may have to": nothing is asked
        told_by = reporter_of(cue)
        if cue.tag_ == "VBD" and (told_by is None or _quoted_from(told_by, cue)):
            return  # "their cases had to fail" and '"They had to publish it," he said' narrate; "said Europe
            # needed to ..." reports a demand (a present "must" put in the past)
        verb = tree.infinitive(cue)
        # "needs to act" (the parser also gives it as advcl); not "needs money to build ...", a purpose.
        if verb is None or verb.dep_ not in ("xcomp", "advcl") or tree.child(cue, "dobj") is not None:
            return
    else:
        return
    clause = cue if verb != cue.head else verb
    if clause.dep_ in ("relcl", "acl") or any(c.dep_ == "mark" and c.lower_ in tree.OPEN_MARKS
                                              for c in clause.children):
        return  # "the balance Canada must maintain", "if they should ...": no demand is stated
    subject = tree.subject(clause)
    if subject is None and tree.child(verb, "expl") is not None and verb.lemma_ == "be":
        _must_exist(verb, reading)
        return
    if subject is None or subject.lower_ in NOT_OBLIGED | SELF_OBLIGED or verb.lemma_ in NOT_ACTIONS:
        return  # "we have to verify ...": speakers' own duties; "should expect", "should be": no act
    reporter = reporter_of(clause)
    quoted = any(t.is_quote for t in clause.doc)
    if reporter is None and not quoted:
        return  # an unattributed "X should ..." is the writer's opinion, not a party's demand
    speaker = tree.subject(reporter) if reporter is not None else None
    if reporter is not None and (speaker is None or speaker.lemma_ in JOURNALISTS):
        return
    if subject.lower_ == "they" and reading.is_joint(speaker or subject):
        return  # "both leaders agreed, acknowledging that they must ...": their own duty, asked of nobody
    # The speaker is named before the subject: the resolver reads in order ("X must ..., says the
    # government": "the government" is the one named before, not X).
    actor = reading.name(speaker) if reporter is not None else None
    if reporter is not None and actor is None:
        return
    obliged = reading.name(subject)
    if reporter is None and obliged is None and not tree.is_passive(verb):
        return  # inside a quotation the quotation's speaker asks (speakers.py names them), of a party; a
        # quoted passive ("Young people must be informed ...") needs none
    # A passive ("spending should be revised") says nothing without its subject, however long.
    keep_subject = len(list(subject.subtree)) <= MAX_SUBJECT_TOKENS or tree.is_passive(verb)
    start = subject.left_edge.idx if keep_subject else tree.core(verb)[0]
    for action, coordinated in tree.parts(verb):
        end = tree.core(action, coordinated=coordinated)[1]
        bounds = (start, end) if action == verb else tree.core(action)
        reading.add_demand("modal", bounds, actor, obliged)


def _must_exist(verb: Token, reading: SentenceReading) -> None:
    """"There must be a public inquiry", said by a reported speaker or inside a quotation (whose speaker the
    demand then takes): the thing that must exist is asked for."""
    thing = tree.child(verb, "attr")
    reporter = reporter_of(verb)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or tree.negated(verb) or tree.has_no(thing):
        return  # "there should be no doubt", "there must be something": nothing asked
    if reporter is None and not any(t.is_quote for t in verb.doc):
        return  # the writer's own "there should be ..." is opinion
    speaker = tree.subject(reporter) if reporter is not None else None
    if speaker is not None and speaker.lemma_ in JOURNALISTS:
        return
    reading.add_demand("modal", tree.core(thing), reading.name(speaker), None)


def read_need(cue: Token, reading: SentenceReading) -> None:
    """"stressed the need for ...", "the importance of ...": said by the parties together, a joint
    position (an outcome); else a demand of whoever stresses it."""
    if cue.pos_ == "ADJ":
        _read_important_that(cue, reading)
        return
    if cue.pos_ != "NOUN" or (tree.infinitive(cue) is None and tree.prep_object(cue, "for", "of") is None):
        return
    head = cue.head
    if head.pos_ not in ("VERB", "AUX") or cue.dep_ not in ("dobj", "ccomp") or lemma_of(head) not in STRESSING:
        return  # "China's need for oil" states a fact; "stressed (made clear) the need for ..." a demand
    if lemma_of(cue) == "importance" and not _names_an_action(cue):
        return  # "the importance of information technology" values a thing; "of expanding trade" asks
    subject = tree.subject(head)
    if reading.is_joint(subject, first_person=False):
        reading.add_outcome("joint", tree.core(cue), list(reading.resolver.parties))
        return
    actor = reading.name(subject)
    if actor is not None:
        reading.add_demand("need", tree.core(cue), actor, None)


def _read_important_that(cue: Token, reading: SentenceReading) -> None:
    """"He said it was vital that ministers publish the report", "'I think it is very important that the
    government keeps its promise'": what a speaker says must happen is their demand of its subject (a
    quotation's speaker is named by speakers.py); the writer's own "it is vital that" is opinion."""
    holder = cue.head
    if cue.dep_ != "acomp" or lemma_of(holder) != "be" or tree.negated(holder) or tree.hedged(holder):
        return
    it = tree.child(holder, "nsubj", "expl")
    clause = next((c for c in (*holder.children, *cue.children) if c.dep_ == "ccomp"
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if it is None or it.lower_ != "it" or clause is None:
        return
    subject = tree.child(clause, "nsubj", "nsubjpass")
    if subject is None or subject.lower_ in NOT_OBLIGED | SELF_OBLIGED:
        return  # "it is vital that we stay united": the speakers' own duty
    reporter = reporter_of(holder)
    if reporter is None and not any(t.is_quote for t in holder.doc):
        return
    speaker = tree.subject(reporter) if reporter is not None else None
    if speaker is not None and speaker.lemma_ in JOURNALISTS:
        return
    actor = reading.name(speaker) if speaker is not None and speaker.lower_ not in ("i", "we") else None
    reading.add_demand("need", tree.core(clause, keep_subject=True), actor, reading.name(subject))


def _names_an_action(cue: Token) -> bool:
    """What the cue is of is something to do: "the importance of expanding ...", "of all countries using"."""
    thing = tree.prep_object(cue, "of")
    if thing is not None and thing.pos_ not in ("VERB", "AUX"):
        thing = tree.child(thing, "acl")  # "of all countries using their influence"
    return tree.infinitive(cue) is not None or (thing is not None and thing.pos_ in ("VERB", "AUX"))


def read_pressure(cue: Token, reading: SentenceReading) -> None:
    """"pressure on X to ...": whoever applies it demands the action of X."""
    if cue.pos_ != "NOUN":
        return
    action = tree.infinitive(cue)
    if action is None:
        return
    target = reading.name(tree.prep_object(cue, "on"))
    actor = reading.name(tree.subject(cue.head)) if cue.head.pos_ == "VERB" else None
    _items(reading, "pressure", action, actor, target)


DEMAND_READERS: Final[dict[str, Reader]] = {
    "asked": read_asked, "demanded_that": read_demanded_that, "called_for": read_called_for,
    "warned": read_warned, "wanted": read_wanted, "objected": read_objected, "modal": read_modal,
    "need": read_need, "pressure": read_pressure,
}
