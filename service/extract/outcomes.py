"""Outcomes stated in running prose, one sentence at a time: what was agreed, what is expected, and
what explicitly was not agreed."""

from __future__ import annotations

import re
from typing import Final

from ..document import Span
from . import rules
from .actors import ActorIndex
from .model import Outcome, Source, Status
from .prose import (
    DIRECT_TO,
    SUBJECT_GAP_CHARS,
    TARGET_THEN_TO,
    action,
    clause_start,
    collective_before,
    coordinated_actions,
    is_noun,
    joint_subject,
    party_subject,
)
from .spans import clause_from, trim, word_count

_AGREE_TAIL: Final = re.compile(r"\s+(?:to\s+(?=[a-z])|on\s+|upon\s+|that\s+)")
_NOUN_TAIL: Final = re.compile(r"\s+(?:by\s+(?:[\w'’.-]+\s+){1,5}?)?(?:to\s+(?=[a-z])|on\s+)")
_NEGATION_BEFORE: Final = re.compile(r"\b(?:not|never|no|refused|refuses|declined|failed)\s+(?:\w+\s+)?$",
                                     re.IGNORECASE)
# A grant verb right after "to" is wanted or proposed, not granted ("wanted to provide $10bn").
_INFINITIVE_BEFORE: Final = re.compile(r"\bto\s+$")
# "... and will ...": the commitment shares the subject that opens the sentence.
_AND_BEFORE: Final = re.compile(r"\band\s+(?:\w+ly\s+)?$")
# The subject that opens a sentence, after a bullet or an article: "- The United States also ...".
_OPENING: Final = re.compile(r"[\s\-–•*]*(?:The\s+)?")
# A sentence-initial conjunction left out of a "not agreed" span: "But UK plans ... have not been agreed".
_LEADING_CONJUNCTION: Final = re.compile(r"\s*(?:But|And|However|Yet|So)\b,?\s*")


class _Sentence:
    """One sentence being read, with what every outcome rule needs about its context."""

    def __init__(self, text: str, span: Span, actors: ActorIndex, parties: list[str], statement_voice: bool,
                 previous: Span | None) -> None:
        self.text, self.span, self.actors, self.parties = text, span, actors, parties
        self.statement_voice, self.previous = statement_voice, previous
        self.found: list[Outcome] = []

    def who(self, start: int, end: int) -> list[str]:
        clause = clause_start(self.text, self.span, start)
        named = self.actors.all_in(self.text, clause, end)
        if not named and rules.COLLECTIVE_REFERENCES.search(self.text, clause, end):
            return list(self.parties)
        return named

    def add(self, span: Span, status: Status, cue: str, cue_start: int, actors_end: int | None = None) -> None:
        self.found.append(Outcome(span, status, self.who(cue_start, actors_end or cue_start), Source.SENTENCE,
                                  self.span, cue=cue))

    def party_before(self, position: int) -> bool:
        return party_subject(self.text, self.span, position, self.actors, self.statement_voice, self.previous)

    def opening_party(self) -> bool:
        """The sentence opens with a party: "The United States also recognizes ... and will ..."."""
        opening = _OPENING.match(self.text, self.span.start, self.span.end)
        position = opening.end()
        if rules.COMMITTING_SUBJECT_RE.match(self.text, position, self.span.end):
            return True
        first = self.actors.mentions(self.text, position, min(self.span.end, position + 80))
        return bool(first) and first[0].start == position and self.statement_voice

    def negated(self, position: int) -> bool:
        return _NEGATION_BEFORE.search(self.text, max(self.span.start, position - 30), position) is not None


def _not_agreed(context: _Sentence) -> list[Span]:
    text, sentence = context.text, context.span
    negated: list[Span] = []
    for none in rules.NO_AGREEMENT_RE.finditer(text, sentence.start, sentence.end):
        start = none.start()
        if rules.PERFECT_NEGATION_RE.match(none.group()):
            # "UK plans for a facility to help ... have not been agreed": the subject is what failed.
            start = clause_start(text, sentence, none.start())
            opening = _LEADING_CONJUNCTION.match(text, start, none.start())
            start = opening.end() if opening else start
        span = trim(text, start, none.end())
        if span:
            negated.append(span)
            context.add(span, Status.NONE, "not_agreed", sentence.start, sentence.end)
    return negated


def _agreed(context: _Sentence, negated: list[Span]) -> None:
    text, s, e = context.text, context.span.start, context.span.end
    for verb in rules.AGREED_RE.finditer(text, s, e):
        if any(n.start <= verb.start() < n.end for n in negated):
            continue  # "little prospect of America agreeing to ..." is the absence of an agreement
        if context.negated(verb.start()) or is_noun(text, s, verb.start()):
            continue
        tail = _AGREE_TAIL.match(text, verb.end(), e)
        rest = action(text, tail.end(), context.span) if tail else None
        if rest is not None:
            context.add(Span(verb.start(), rest.end), Status.AGREED, "agreed", verb.start())
    for verb in rules.AGREED_OBJECT_RE.finditer(text, s, e):
        if context.negated(verb.start()) or is_noun(text, s, verb.start()):
            continue
        subject = context.actors.subject_before(text, clause_start(text, context.span, verb.start()), verb.start())
        if (subject is None and not collective_before(text, context.span, verb.start())
                and not joint_subject(text, context.span, verb.start(), context.previous)) or \
                rules.NOT_AN_OBJECT_RE.match(text, verb.end(), e):
            continue
        rest = action(text, verb.end(), context.span)
        if rest is not None:
            context.add(Span(verb.start(), rest.end), Status.AGREED, "concluded", verb.start())


def _joint_positions(context: _Sentence) -> None:
    """"The two leaders encouraged the expansion of ...", "The leaders affirmed the need to ...": what
    the parties back together is an outcome of their meeting."""
    text, sentence = context.text, context.span
    for cue in (*rules.JOINT_SUPPORT_RE.finditer(text, sentence.start, sentence.end),
                *rules.NEED_RE.finditer(text, sentence.start, sentence.end)):
        if not joint_subject(text, sentence, cue.start(), context.previous) or context.negated(cue.start()):
            continue
        rest = action(text, cue.end(), sentence)
        if rest is not None:
            start = text.find("the ", cue.start(), cue.end())
            context.add(Span(start if start >= 0 else cue.start(), rest.end), Status.AGREED, "joint", cue.start())


def _granted(context: _Sentence) -> None:
    """Verbs that grant something inside a deal: "allowing Egyptian goods free access"."""
    text, sentence, previous = context.text, context.span, context.previous
    s, e = sentence.start, sentence.end
    if rules.DEAL_CONTEXT_RE.search(text, previous.start if previous else s, e) is None:
        return
    first_demand = rules.DEMAND_TARGET_RE.search(text, s, e)
    for verb in rules.GRANT_RE.finditer(text, s, e):
        if is_noun(text, s, verb.start()) or _INFINITIVE_BEFORE.search(text, max(s, verb.start() - 4), verb.start()):
            continue
        if first_demand is not None and first_demand.start() < verb.start():
            continue  # "called on X to provide support": demanded, not granted
        target_to = TARGET_THEN_TO.match(text, verb.end(), e) \
            if verb.group().lower() in rules.GRANT_TO_VERBS else None
        passive_to = rules.PASSIVE_RE.search(text, max(s, verb.start() - 12), verb.start()) and \
            DIRECT_TO.match(text, verb.end(), e)
        start = (passive_to or target_to).end() if (passive_to or target_to) else verb.end()
        rest = clause_from(text, start, e)
        if rest is not None and word_count(text, rest) >= rules.MIN_ACTION_WORDS + 1:
            context.add(rest, Status.AGREED, "granted", verb.start(), rest.end)


def _committed(context: _Sentence) -> None:
    """"We will ...", "Both sides will ...", "X will (i) ... and (ii) ...", "X intends to ..."."""
    text, sentence = context.text, context.span
    for will in rules.WILL_RE.finditer(text, sentence.start, sentence.end):
        if text.startswith("be ", will.end()):
            continue
        coordinated = _AND_BEFORE.search(text, max(sentence.start, will.start() - 20), will.start())
        if not context.party_before(will.start()) and not (coordinated and context.opening_party()):
            continue
        rest = action(text, will.end(), sentence)
        if rest is not None:
            for span in coordinated_actions(text, rest, sentence):
                context.add(span, Status.AGREED, "committed", will.start())
    for intent in rules.INTENT_RE.finditer(text, sentence.start, sentence.end):
        if is_noun(text, sentence.start, intent.start()) or not context.party_before(intent.start()):
            continue
        rest = action(text, intent.end(), sentence)
        if rest is not None:
            context.add(rest, Status.EXPECTED, "intended", intent.start())
    for scheduled in rules.SCHEDULED_RE.finditer(text, sentence.start, sentence.end):
        before = context.actors.mentions(text, max(sentence.start, scheduled.start() - 80), scheduled.start())
        if not before or scheduled.start() - before[-1].end > SUBJECT_GAP_CHARS:
            continue  # "The aim is to ..." schedules nothing; "The IMF is to look at ..." does
        rest = action(text, scheduled.end(), sentence)
        if rest is not None:
            context.add(rest, Status.EXPECTED, "scheduled", scheduled.start())


def _nominal(context: _Sentence) -> None:
    """"The agreement by both leaders to ...", "X is expected to ..."."""
    text, sentence = context.text, context.span
    for noun in rules.AGREED_NOUN_RE.finditer(text, sentence.start, sentence.end):
        if noun.group()[0].isupper():
            continue  # "Agreement on Reciprocal Trade" names a document, not an outcome
        tail = _NOUN_TAIL.match(text, noun.end(), sentence.end)
        rest = action(text, tail.end(), sentence) if tail else None
        if rest is not None:
            context.add(Span(noun.start(), rest.end), Status.AGREED, "nominal", noun.start(), rest.end)
    for phrase in rules.EXPECTED_RE.finditer(text, sentence.start, sentence.end):
        rest = action(text, phrase.end(), sentence)
        if rest is not None:
            context.add(Span(phrase.start(), rest.end), Status.EXPECTED, "expected", phrase.start())


def outcomes_in(text: str, sentence: Span, actors: ActorIndex, parties: list[str],
                statement_voice: bool = False, previous: Span | None = None) -> list[Outcome]:
    """Outcomes in one sentence; ``statement_voice`` lets "X will ..." count as X's commitment."""
    context = _Sentence(text, sentence, actors, parties, statement_voice, previous)
    negated = _not_agreed(context)
    _agreed(context, negated)
    _joint_positions(context)
    _granted(context)
    _committed(context)
    _nominal(context)
    return context.found
