"""Who a quotation is attributed to, read from the parse of the sentences around it: the speech verb
that attributes it ('...," said Mr Straw'; He told the BBC: "..."; according to X) and that verb's
subject. Shared by the quotes of the annotate stage and by the extractor, whose demands inside a
quotation are the speaker's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ..document.quotation import DOUBLE, SINGLE, RawQuote, find_quoted, inside

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTE_MARKS: Final = DOUBLE | SINGLE
# Verbs that report what someone said, wrote or called something.
SPEECH_LEMMAS: Final = frozenset({
    "say", "tell", "add", "explain", "insist", "warn", "claim", "state", "write", "continue", "conclude", "reply",
    "respond", "declare", "announce", "confirm", "argue", "admit", "note", "ask", "describe", "call", "accuse",
    "suggest", "urge", "reveal", "recall", "joke", "complain", "tweet", "post", "comment", "boast", "concede",
    "predict", "acknowledge", "stress", "emphasise", "emphasize", "quip", "brand", "label", "dub", "vow",
    "promise", "caution", "plead", "exclaim", "shout", "scream", "whisper", "cry", "demand", "question", "testify",
    "observe", "remark", "mention", "term", "hail", "slam", "blast", "criticise", "criticize", "praise", "dismiss",
    "deny", "maintain", "believe", "think", "feel", "recount", "remember", "read", "begin", "go", "smile", "laugh",
    "sigh", "shrug", "grin", "snap", "retort", "muse", "chuckle", "estimate", "forecast", "advise", "recommend",
    "allege", "accept", "agree", "disagree",
    # manners of speaking: '"One of the worst things I have ever seen," he raged'
    "rage", "fume", "thunder", "gush", "enthuse", "sob", "beam", "bark", "groan", "moan", "rant", "lament",
    "sneer", "yell", "roar", "murmur", "mutter", "opine", "reason", "chime", "wail", "bellow", "growl",
})
# Tokens after a closing mark within which a speech verb attributes the quotation ('...," said X',
# '...," the former chief executive of the company said'); after a question or an exclamation the
# verb comes at once ('"Why?" he asked'); after a full stop the quotation's sentence is over.
ATTRIBUTION_AFTER_TOKENS: Final = 8
ATTRIBUTION_AFTER_QUESTION: Final = 4
# ... or its subject begins at once, however long the subject ('..., Julia, who ..., explained').
SUBJECT_AFTER_TOKENS: Final = 2
# Heads climbed from a speech verb without a subject ("a statement reading: ...") to the clause that has one.
MAX_HOPS_TO_SUBJECT: Final = 4
# Tokens before an opening mark within which a speech verb introduces it ("He told reporters: ...").
INTRODUCTION_TOKENS: Final = 10
# A sentence that only attributes the quotation before it ('"... the airlines?" said Ulrich
# Schulte-Strathaus, secretary general of ...'; "'...' Meacham concluded in an interview.") has its
# speech verb within this many tokens of its start, after the subject or before it.
TRAILING_VERB_TOKENS: Final = 6
# What a speech verb's own report hangs on: with one of these (or an object, except the hearer of
# "told the BBC"), the sentence reports something new ("He said the firm would grow").
REPORTED_CLAUSES: Final = frozenset({"ccomp", "xcomp", "parataxis"})


def speech_verb(doc: Doc, offset: int, quote: RawQuote) -> Token | None:
    """After the quotation when it ends on a comma (or ?, !) and the verb follows at once ('...," he
    said'); else the verb before it that introduces it (He said: "..."; "she called it 'a disgrace'"):
    close before the opening mark, or the head of a clause inside the quotation."""
    start, end = quote.parts[0].start, quote.parts[-1].end
    verbs = [t for t in doc if not inside(quote, offset + t.idx) and is_speech(t)]
    last_char = doc.text[end - offset - 1] if 0 < end - offset <= len(doc.text) else ""
    reach = ATTRIBUTION_AFTER_TOKENS if last_char not in ".!?" else \
        (ATTRIBUTION_AFTER_QUESTION if last_char in "!?" else 0)
    after = [t for t in verbs if offset + t.idx >= end and (_tokens_between(doc, offset, end, t) <= reach or
                                                            _subject_follows(doc, offset, end, t, reach) or
                                                            _said_at_once(doc, offset, end, t))]
    if after:
        return after[0]
    quoted_tokens = {t.i for t in doc if inside(quote, offset + t.idx)}
    before = [t for t in verbs if offset + t.idx < start and
              (_tokens_between(doc, offset, offset + t.idx, start) <= INTRODUCTION_TOKENS or
               any(d.i in quoted_tokens for d in t.subtree))]
    return before[-1] if before else None


def _said_at_once(doc: Doc, offset: int, end: int, verb: Token) -> bool:
    """"'... Grammy Creators Alliance.' said Recording Academy president Neil Portnow": after a full stop
    the quotation's sentence goes on only with a speech verb in lower case right after the closing mark."""
    return verb.text[:1].islower() and _tokens_between(doc, offset, end, verb) <= 1


def _subject_follows(doc: Doc, offset: int, end: int, verb: Token, reach: int) -> bool:
    """'..., Julia, who also features on the cover, explained': the verb is far, its subject is not."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return reach > 0 and subject is not None and offset + subject.left_edge.idx >= end and \
        _tokens_between(doc, offset, end, subject.left_edge) <= SUBJECT_AFTER_TOKENS


def is_speech(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return token.pos_ == "VERB" and _speech_lemma(token) is not None


# Regular endings, undone where the statistical lemmatizer slipped ("raged" lemmatized as "rag"); the
# same repair as extract.families.cue_lemma makes for the rule families' cues.
_ENDINGS: Final = (("ed", "e"), ("ed", ""), ("es", "e"), ("s", ""), ("ing", "e"), ("ing", ""))


def _speech_lemma(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in SPEECH_LEMMAS:
        return lemma
    lower = token.lower_
    for ending, base in _ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and stem + base in SPEECH_LEMMAS:
            return stem + base
        if lower.endswith(ending) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in SPEECH_LEMMAS:
            return stem[:-1]  # "sobbed", "grinned"
    return None


def _tokens_between(doc: Doc, offset: int, start: int, token: Token | int | None) -> int:
    """Tokens of ``doc`` from character ``start`` up to ``token`` (or to a character position)."""
    if token is None:
        return 0
    stop = offset + token.idx if not isinstance(token, int) else token
    return sum(1 for t in doc if start <= offset + t.idx < stop)


def speaker_token(verb: Token, offset: int, quote: RawQuote) -> Token | None:
    """Who the speech verb has speak: its subject (or, for "according to X", X)."""
    if verb.lower_ == "according":
        to = next(c for c in verb.children if c.lower_ == "to")
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    # The parser may make the quotation a subject too ("'One of the worst things ...,' he raged").
    subject = _subject_of(verb, ("nsubj", "nsubjpass"), lambda token: not inside(quote, offset + token.idx))
    if subject is None and verb.dep_ == "ROOT":
        subject = _name_before(verb)  # "After the ruling Carla Ferstman, legal director of X, said:"
    if subject is None and verb.dep_ == "conj":  # "He paused and added: ..."
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.tag_ == "VBG":
        subject = _participle_subject(verb)  # "with finance minister Herve Gaymard telling parliament: ..."
    if subject is None and verb.dep_ in ("acl", "advcl", "xcomp", "pcomp"):
        subject = _subject_above(verb)  # "the board confirmed it, with a statement reading: ..."
    if subject is None and offset + verb.idx >= quote.parts[-1].end:
        subject = _inverted_subject(verb)  # after the quotation: '"...," smiles one broker'
    if subject is None or inside(quote, offset + subject.idx):
        return None
    return subject


def _subject_of(verb: Token, relations: tuple[str, ...],
                keep: Callable[[Token], bool] = lambda token: True) -> Token | None:
    """The verb's subject (of those ``keep`` keeps); of two, the name ("The charity's head of HIV/Aids in
    Britain, Simon Wright said"; "said study co-author Bernard Wood", where the parser makes "co" a subject
    too)."""
    subjects = [c for c in verb.children if c.dep_ in relations and keep(c)]
    return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker after the verb ("said Ulrich Schulte-Strathaus", '"...," smiles one broker'), which the
    parser may take for an object."""
    return next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "npadvmod", "dative")
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _name_before(verb: Token) -> Token | None:
    """The proper name right before a speech verb the parser gave no subject, or the name whose
    apposition ends there: "Carla Ferstman, legal director of Redress, said" (not "Redress")."""
    before = verb.i - 1
    while before >= 0 and verb.doc[before].is_punct:
        before -= 1
    if before < 0:
        return None
    last = verb.doc[before]
    if before == verb.i - 1:
        return last if last.pos_ == "PROPN" else None
    for ancestor in last.ancestors:
        if ancestor.i >= verb.i or ancestor.right_edge.i < before:
            break
        if ancestor.dep_ == "appos" and ancestor.head.pos_ == "PROPN":
            return ancestor.head
    return None


def _participle_subject(verb: Token) -> Token | None:
    """A name right before a participle speech verb is its speaker, whatever the parser hung it on:
    "with finance minister Herve Gaymard telling parliament: ..." ("by telling" has none)."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.pos_ == "PROPN" else None


def _subject_above(verb: Token) -> Token | None:
    """The subject of the nearest clause above a verb that has none of its own; a participle that
    modifies a noun has that noun for subject ("a woman reminding her mother ... before telling her:")."""
    for ancestor in list(verb.ancestors)[:MAX_HOPS_TO_SUBJECT]:
        if ancestor.pos_ in ("VERB", "AUX"):
            # An active subject: "OM will be mentioned ..., saying:" is not OM speaking.
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            if ancestor.dep_ == "acl" and ancestor.head.pos_ in ("NOUN", "PROPN"):
                return ancestor.head
    return None


def trailing_speaker(doc: Doc) -> Token | None:
    """Who a sentence that only attributes the quotation before it has speak: its main verb is a
    speech verb within TRAILING_VERB_TOKENS of its start that reports nothing of its own ('said Ulrich
    Schulte-Strathaus, secretary general of ...'; 'Meacham concluded in an interview'; not 'By writing
    "American Pie," McLean ...'). A sentence that opens a quotation of its own attributes that one."""
    if not doc.text or doc.text[0] in QUOTE_MARKS:
        return None
    for verb in doc[:TRAILING_VERB_TOKENS]:
        if verb.dep_ != "ROOT" or not is_speech(verb) or verb.lower_ == "according":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.i == 0:
            return _inverted_subject(verb)  # "said Ulrich Schulte-Strathaus"
        reports = any(c.dep_ in REPORTED_CLAUSES or (c.dep_ == "dobj" and verb.lemma_ != "tell")
                      for c in verb.children)
        return None if reports else subject
    return None


# Verbs that report speech only right beside the quotation ('he goes, "..."', 'she smiled: "..."'); in a
# sentence before it they report nothing ("such buying has not been going on").
ONLY_BESIDE_A_QUOTATION: Final = frozenset({"go", "begin", "smile", "laugh", "sigh", "shrug", "grin",
                                            "chuckle"})


def lead_in_subject(doc: Doc) -> Token | None:
    """Who a sentence has speak, outside its own quotation marks: 'One broker said the reasons may be
    political.' before a quotation makes the broker its speaker."""
    quoted = find_quoted(doc.text, None)  # one sentence: its line breaks end no paragraph

    def quoted_at(position: int) -> bool:
        return any(inside(quote, position) for quote in quoted)

    for verb in reversed([t for t in doc if is_speech(t)]):
        if quoted_at(verb.idx) or _speech_lemma(verb) in ONLY_BESIDE_A_QUOTATION:
            continue
        subject = _subject_of(verb, ("nsubj",))
        if subject is not None and not quoted_at(subject.idx):
            return subject
    return None
