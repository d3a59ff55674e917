"""Demands stated in running prose, one sentence at a time: who asks whom to do what."""

from __future__ import annotations

import re
from typing import Final

from ..document import Span
from . import rules
from .actors import ActorIndex
from .model import Demand, Source
from .prose import (
    DIRECT_TO,
    TARGET_THEN_TO,
    action,
    clause_start,
    coordinated_actions,
    is_noun,
    joint_subject,
    known_speaker,
    modal_subject,
    speaker,
)
from .spans import clause_from, trim, word_count

_AGAINST: Final = re.compile(r"\s+(?:(?:[\w'’.-]+\s+){0,4}?)?against\s+")
_THAT_WILL: Final = re.compile(
    r"\s+(?:that\s+)?(?P<who>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+(?:will|would|could|should|can)\s+(?=[a-z])"
)
_HOPE_FOR_TO: Final = re.compile(r"\s+for\s+(?P<who>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+to\s+(?=[a-z])")
_BY: Final = re.compile(r"\bby\s+")
_PARTICIPLE_ENDINGS: Final = ("ed", "told", "sought")


def _add(found: list[Demand], text: str, first: Span, sentence: Span, actor: str | None, target: str | None,
         cue: str) -> None:
    """One demand per coordinated action: "urged them to cut tariffs and open markets" asks two things."""
    for span in coordinated_actions(text, first, sentence):
        found.append(Demand(span, actor, target, Source.SENTENCE, sentence, cue=cue))


def _asked(text: str, sentence: Span, actors: ActorIndex, previous: Span | None, found: list[Demand]) -> None:
    """"X urged Y to ...", "Y was urged (by X) to ...", "X wants Y to ...", "X wants to ..."."""
    s, e = sentence.start, sentence.end
    for verb in rules.DEMAND_TARGET_RE.finditer(text, s, e):
        before = text[clause_start(text, sentence, verb.start()) : verb.start()]
        target_to = TARGET_THEN_TO.match(text, verb.end(), e)
        direct_to = DIRECT_TO.match(text, verb.end(), e)
        if is_noun(text, s, verb.start()) and not target_to:
            continue
        verb_word = verb.group().lower()
        passive_by = target_to is not None and target_to.group("target").lower().startswith("by ")
        participle = verb_word.split()[0].endswith(_PARTICIPLE_ENDINGS)
        if participle and rules.PASSIVE_RE.search(before) and (direct_to or passive_by):
            # "Canada was urged (by China) to ...": the subject is the target; the actor follows "by",
            # before or after the demanded action, or is unknown.
            demanded = action(text, (direct_to or target_to).end(), sentence)
            target = actors.subject_before(text, clause_start(text, sentence, verb.start()), verb.start())
            if passive_by:
                actor = actors.first_after(text, target_to.start("target"), target_to.end("target"))
            else:
                by = _BY.search(text, demanded.end if demanded else e, e)
                actor = actors.first_after(text, by.end(), e) if by else None
        elif direct_to and verb_word in rules.SELF_DEMAND_VERBS:
            # "Europe wants to press ahead with talks": a party's own aim, when the party is known.
            actor = known_speaker(text, sentence, verb.start(), actors, previous)
            demanded = action(text, direct_to.end(), sentence) if actor else None
            target = None
        elif target_to:
            demanded = action(text, target_to.end(), sentence)
            target = actors.first_after(text, target_to.start("target"), target_to.end("target"))
            if target is None and verb_word in rules.TARGET_REQUIRED_VERBS:
                continue
            actor = speaker(text, sentence, verb.start(), actors, previous)
        else:
            continue
        if demanded:
            _add(found, text, demanded, sentence, actor, target, "asked")


def demands_in(text: str, sentence: Span, actors: ActorIndex, previous: Span | None = None) -> list[Demand]:
    """Demands in one sentence; ``previous`` is the sentence before, for "He urged ..." """
    found: list[Demand] = []
    s, e = sentence.start, sentence.end
    _asked(text, sentence, actors, previous, found)
    for verb in rules.DEMAND_OBJECT_RE.finditer(text, s, e):
        if TARGET_THEN_TO.match(text, verb.end(), e) or DIRECT_TO.match(text, verb.end(), e):
            continue
        if not verb.group().lower().endswith((" for", " on")) or is_noun(text, s, verb.start()):
            continue
        demanded = action(text, verb.end(), sentence)
        if demanded:
            _add(found, text, demanded, sentence, speaker(text, sentence, verb.start(), actors, previous), None,
                 "called_for")
    for verb in rules.WARN_RE.finditer(text, s, e):
        against = _AGAINST.match(text, verb.end(), e)
        if not against:
            continue
        end = clause_from(text, against.end(), e)
        span = trim(text, verb.start(), end.end) if end else None
        if span:
            actor = speaker(text, sentence, verb.start(), actors, previous)
            target = actors.first_after(text, verb.end(), against.start() + len(against.group()))
            found.append(Demand(span, actor, target, Source.SENTENCE, sentence, cue="warned"))
    for verb in rules.THAT_DEMAND_RE.finditer(text, s, e):
        demanded = action(text, verb.end(), sentence)
        if demanded:
            actor = speaker(text, sentence, verb.start(), actors, previous)
            _add(found, text, demanded, sentence, actor, actors.first_after(text, verb.start("who"), verb.end("who")),
                 "demanded_that")
    for verb in rules.OBJECTION_RE.finditer(text, s, e):
        rest = action(text, verb.end(), sentence)
        if rest is None:
            continue
        # "raised concerns regarding X": the concern is the demand; "opposes X": the verb stays.
        concern = verb.group().lower().find("concern")
        start = verb.start() + concern if concern >= 0 else verb.start()
        actor = speaker(text, sentence, verb.start(), actors, previous)
        found.append(Demand(Span(start, rest.end), actor, None, Source.SENTENCE, sentence, cue="objected"))
    for modal in rules.MODAL_DEMAND_RE.finditer(text, s, e):
        subject_start = modal_subject(text, sentence, modal.start())
        rest = clause_from(text, modal.end(), e) if subject_start is not None else None
        if rest is not None and word_count(text, rest) >= 1:
            actor = speaker(text, sentence, subject_start, actors, previous)
            found.append(Demand(Span(subject_start, rest.end), actor, None, Source.SENTENCE, sentence, cue="modal"))
    for pressure in rules.PRESSURE_RE.finditer(text, s, e):
        demanded = action(text, pressure.end(), sentence)
        if demanded:
            found.append(Demand(demanded, None, actors.first_after(text, pressure.start(), pressure.end()),
                                Source.SENTENCE, sentence, cue="pressure"))
    for need in rules.NEED_RE.finditer(text, s, e):
        if joint_subject(text, sentence, need.start(), previous):
            continue  # the parties together stressing a need is a joint outcome (outcomes.py)
        the = text.find("the ", need.start(), need.end())
        span = clause_from(text, the, e) if the >= 0 else None
        if span and word_count(text, span) >= rules.MIN_ACTION_WORDS + 2:
            actor = speaker(text, sentence, need.start(), actors, previous)
            found.append(Demand(span, actor, None, Source.SENTENCE, sentence, cue="need"))
    for hope in rules.HOPE_RE.finditer(text, s, e):
        tail = _HOPE_FOR_TO.match(text, hope.end(), e) or _THAT_WILL.match(text, hope.end(), e)
        if not tail:
            continue
        demanded = action(text, tail.end(), sentence)
        if demanded:
            actor = speaker(text, sentence, hope.start(), actors, previous)
            target = actors.first_after(text, tail.start("who"), tail.end("who"))
            if target and target != actor:
                found.append(Demand(demanded, actor, target, Source.SENTENCE, sentence, cue="hoped"))
    return found
