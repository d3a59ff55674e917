"""What the prose rules share: where a clause starts, who its subject is, where its action ends.

The rule families themselves live in ``demands.py`` and ``outcomes.py``; each finds a cue (a verb or
phrase from rules.py), then reads the clause after it for the action and the actors around it.
"""

from __future__ import annotations

import re
from typing import Final

from ..document import Span
from . import rules
from .actors import ActorIndex, subject_phrase
from .spans import MAX_CLAUSE_CHARS, clause_from, word_count

# Between a demand verb and "to": the target, a short noun phrase ("Ottawa", "the two countries").
TARGET_THEN_TO: Final = re.compile(r"\s+(?P<target>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+to\s+(?=[a-z])")
DIRECT_TO: Final = re.compile(r"\s+to\s+(?=[a-z])")
# How far back from a verb the subject may sit, in characters, within the same sentence.
SUBJECT_WINDOW_CHARS: Final = 160
# How far before "will" the subject may end: "The United States will", "Both sides will".
SUBJECT_GAP_CHARS: Final = 3
# How far after a first action coordinated ones are looked for: two clauses' worth.
COORDINATION_WINDOW_CHARS: Final = 2 * MAX_CLAUSE_CHARS


def is_noun(text: str, sentence_start: int, position: int) -> bool:
    """A cue verb used as a noun: "a shared resolve to ...", "this call for ..."."""
    return rules.NOUN_CONTEXT_RE.search(text, max(sentence_start, position - 20), position) is not None


def clause_start(text: str, sentence: Span, position: int) -> int:
    window_start = max(sentence.start, position - SUBJECT_WINDOW_CHARS)
    cut = max(text.rfind(";", window_start, position), text.rfind(" but ", window_start, position))
    return cut + 1 if cut >= 0 else window_start


def collective_before(text: str, sentence: Span, position: int) -> bool:
    """A collective or first-person plural subject ("We", "Both sides", "our ministers") earlier in
    the clause: "We have imposed and will continue to impose ..." commits the speakers."""
    return rules.COMMITTING_SUBJECT_RE.search(text, clause_start(text, sentence, position), position) is not None


# match() anchors at the sentence start: "They welcomed ...", "- They will ...".
_THEY: Final = re.compile(r"[\s\-–•*]*They\b")


def joint_subject(text: str, sentence: Span, position: int, previous: Span | None) -> bool:
    """The parties together in the third person: "The two leaders ...", "Both sides ...", or "They ..."
    right after a sentence about them. A readout reports their joint positions this way."""
    if rules.COLLECTIVE_REFERENCES.search(text, clause_start(text, sentence, position), position):
        return True
    if previous is None or _THEY.match(text, sentence.start, position) is None:
        return False
    return rules.COLLECTIVE_REFERENCES.search(text, previous.start, previous.end) is not None or \
        rules.CONJOINED_SUBJECT_RE.match(text, previous.start, previous.end) is not None


def party_subject(text: str, sentence: Span, position: int, actors: ActorIndex, named_ok: bool,
                  previous: Span | None = None) -> bool:
    """True when the words right before ``position`` are a party: "We", "Both sides", "They" after
    the parties, two named parties ("The United States and Thailand"), or (when ``named_ok``) one."""
    if collective_before(text, sentence, position) or joint_subject(text, sentence, position, previous):
        return True
    before = actors.mentions(text, max(sentence.start, position - 80), position)
    if not before or position - before[-1].end > SUBJECT_GAP_CHARS:
        return False
    conjoined = len(before) > 1 and rules.CONJOINED_GAP_RE.fullmatch(text, before[-2].end, before[-1].start) is not None
    return named_ok or conjoined


# match() anchors at the sentence start: "He urged", "But she said", "They pressed".
_PRONOUN_SUBJECT: Final = re.compile(r"\s*(?:[A-Z]\w*\s+)?(?:he|she|it|they)\b", re.IGNORECASE)


def speaker(text: str, sentence: Span, position: int, actors: ActorIndex, previous: Span | None) -> str | None:
    """Who makes a demand: the actor named last in the verb's clause, else the sentence's first
    actor (coordinated verbs share the subject: "China expressed interest ... but warned against"),
    else, for a pronoun subject ("He urged ..."), the first actor of the sentence before."""
    found = known_speaker(text, sentence, position, actors, previous)
    return found or subject_phrase(text, sentence.start, sentence.end, before=position)


def known_speaker(text: str, sentence: Span, position: int, actors: ActorIndex, previous: Span | None) -> str | None:
    """``speaker`` limited to actors of the gazetteer or the article's people, and the authors of a
    statement for its "we"."""
    start = clause_start(text, sentence, position)
    we = rules.FIRST_PERSON_PLURAL_RE.search(text, start, position)
    if we and actors.authors and not actors.mentions(text, start, we.start()):
        return actors.authors
    found = actors.subject_before(text, start, position)
    if found:
        return found
    found = actors.first_after(text, sentence.start, position)
    if found:
        return found
    if previous is not None and _PRONOUN_SUBJECT.match(text, sentence.start, position):
        return actors.first_after(text, previous.start, previous.end)
    return None


# Words that show the text before a modal is not a plain subject.
# "They need to move quickly" and "We must act" are demands; "it", "this" and "there" are not parties.
_NOT_MODAL_SUBJECT_WORDS: Final = frozenset({"said", "says", "told", "it", "he", "she", "that", "which",
                                             "this", "these", "those", "there", "i"})
_MODAL_AS_NOUN: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)
# Reported speech before the subject: "..., saying Europe needed to ...".
_REPORTING_LEAD: Final = re.compile(
    r"(?:.*\s)?(?:saying|said|says|arguing|argued|insisting|insisted|reaffirmed|reiterated|stressed|emphasi[sz]ed|"
    r"underlined|noted|warned|added|adds):?\s+(?:that\s+)?",
    re.DOTALL,
)
# A subject of more words than this is a clause, not a party ("The rest of the world" has five).
MODAL_SUBJECT_MAX_WORDS: Final = 5


def modal_subject(text: str, sentence: Span, position: int) -> int | None:
    """Start of the party that "should"/"must" act, when one sits right before the modal."""
    if _MODAL_AS_NOUN.search(text, max(sentence.start, position - 5), position):
        return None  # "the need to ..." is a noun phrase, handled by NEED_RE
    clause = clause_start(text, sentence, position)
    reported = _REPORTING_LEAD.match(text, clause, position)
    if reported:
        clause = reported.end()
    while clause < position and not text[clause].isalnum():
        clause += 1
    lead = text[clause:position].split()
    # The subject must open its clause: "Canada must ...", "The rest of the world should ...",
    # not "the delicate balance Canada must maintain" (a relative clause) or "it said it needed to".
    if not lead or len(lead) > MODAL_SUBJECT_MAX_WORDS or "," in text[clause:position]:
        return None
    if not lead[0][0].isupper() and not reported:
        return None
    if any(word.lower() in _NOT_MODAL_SUBJECT_WORDS for word in lead):
        return None
    return clause


def action(text: str, start: int, sentence: Span) -> Span | None:
    span = clause_from(text, start, sentence.end)
    if span is None or word_count(text, span) < rules.MIN_ACTION_WORDS:
        return None
    return span


def coordinated_actions(text: str, first: Span, sentence: Span) -> list[Span]:
    """The first action and those coordinated with it, each its own item: "to write off the debt and
    provide aid" holds two; "will (i) modify ... and (ii) adopt ..." two as well."""
    actions: list[Span] = []
    limit = min(sentence.end, first.start + COORDINATION_WINDOW_CHARS)
    current = first
    for joined in rules.COORDINATED_RE.finditer(text, first.start, limit):
        if joined.start() < current.start:
            continue
        if joined.start() < current.end:
            # The clause ran on past "and <verb>": cut it there.
            cut = clause_from(text, current.start, joined.start())
            if cut is None or word_count(text, cut) < rules.MIN_ACTION_WORDS:
                continue
            current = cut
        following = clause_from(text, joined.end(), sentence.end)
        if following is None or word_count(text, following) < rules.MIN_ACTION_WORDS:
            continue
        actions.append(current)
        current = following
    actions.append(current)
    return actions
