"""Demands and outcomes stated in running prose, one sentence at a time.

Each rule finds a cue (a verb or phrase from rules.py), then reads the clause after it for the
demanded action or the outcome, and the actors around it.
"""

from __future__ import annotations

import re
from typing import Final

from ..document import Span
from . import rules
from .actors import ActorIndex, subject_phrase
from .model import Demand, Outcome, Source, Status
from .spans import MAX_CLAUSE_CHARS, clause_from, trim, word_count

# Between a demand verb and "to": the target, a short noun phrase ("Ottawa", "the two countries").
_TARGET_THEN_TO: Final = re.compile(r"\s+(?P<target>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+to\s+(?=[a-z])")
_DIRECT_TO: Final = re.compile(r"\s+to\s+(?=[a-z])")
_AGAINST: Final = re.compile(r"\s+(?:(?:[\w'’.-]+\s+){0,4}?)?against\s+")
_THAT_WILL: Final = re.compile(
    r"\s+(?:that\s+)?(?P<who>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+(?:will|would|could|should|can)\s+(?=[a-z])"
)
_HOPE_FOR_TO: Final = re.compile(r"\s+for\s+(?P<who>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+to\s+(?=[a-z])")
_AGREE_TAIL: Final = re.compile(r"\s+(?:to\s+(?=[a-z])|on\s+|upon\s+|that\s+)")
_NOUN_TAIL: Final = re.compile(r"\s+(?:by\s+(?:[\w'’.-]+\s+){1,5}?)?(?:to\s+(?=[a-z])|on\s+)")
_BY: Final = re.compile(r"\bby\s+")
_NEGATION_BEFORE: Final = re.compile(r"\b(?:not|never|no|refused|refuses|declined|failed)\s+(?:\w+\s+)?$",
                                     re.IGNORECASE)
# How far back from a verb the subject may sit, in characters, within the same sentence.
SUBJECT_WINDOW_CHARS: Final = 160


_PARTICIPLE_ENDINGS: Final = ("ed", "told", "sought")
# How far before "will" the subject may end: "The United States will", "Both sides will".
SUBJECT_GAP_CHARS: Final = 3


def _is_noun(text: str, sentence_start: int, position: int) -> bool:
    """A cue verb used as a noun: "a shared resolve to ...", "this call for ..."."""
    return rules.NOUN_CONTEXT_RE.search(text, max(sentence_start, position - 20), position) is not None


def _collective_before(text: str, sentence: Span, position: int) -> bool:
    """A collective or first-person plural subject ("We", "Both sides", "our ministers") earlier in
    the clause: "We have imposed and will continue to impose ..." commits the speakers."""
    return rules.COMMITTING_SUBJECT_RE.search(text, _clause_start(text, sentence, position), position) is not None


def _party_subject(text: str, sentence: Span, position: int, actors: ActorIndex, named_ok: bool) -> bool:
    """True when the words right before ``position`` are a party: "We", "Both sides", or (when
    ``named_ok``) a named one, "The United States"."""
    if _collective_before(text, sentence, position):
        return True
    if not named_ok:
        return False
    before = actors.mentions(text, max(sentence.start, position - 80), position)
    return bool(before) and position - before[-1].end <= SUBJECT_GAP_CHARS


# match() anchors at the sentence start: "He urged", "But she said", "They pressed".
_PRONOUN_SUBJECT: Final = re.compile(r"\s*(?:[A-Z]\w*\s+)?(?:he|she|it|they)\b", re.IGNORECASE)


def _speaker(text: str, sentence: Span, position: int, actors: ActorIndex, previous: Span | None) -> str | None:
    """Who makes a demand: the actor named last in the verb's clause, else the sentence's first
    actor (coordinated verbs share the subject: "China expressed interest ... but warned against"),
    else, for a pronoun subject ("He urged ..."), the first actor of the sentence before."""
    found = actors.subject_before(text, _clause_start(text, sentence, position), position)
    if found:
        return found
    found = actors.first_after(text, sentence.start, position)
    if found:
        return found
    if previous is not None and _PRONOUN_SUBJECT.match(text, sentence.start, position):
        return actors.first_after(text, previous.start, previous.end)
    return subject_phrase(text, sentence.start, sentence.end, before=position)


# Words that show the text before a modal is not a plain subject.
# "They need to move quickly" and "We must act" are demands; "it", "this" and "there" are not parties.
_NOT_MODAL_SUBJECT_WORDS: Final = frozenset({"said", "says", "told", "it", "he", "she", "that", "which",
                                             "this", "these", "those", "there", "i"})
_MODAL_AS_NOUN: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A subject of more words than this is a clause, not a party ("The rest of the world" has five).
MODAL_SUBJECT_MAX_WORDS: Final = 5


def _modal_subject(text: str, sentence: Span, position: int) -> int | None:
    """Start of the party that "should"/"must" act, when one sits right before the modal."""
    if _MODAL_AS_NOUN.search(text, max(sentence.start, position - 5), position):
        return None  # "the need to ..." is a noun phrase, handled by NEED_RE
    clause = _clause_start(text, sentence, position)
    while clause < position and not text[clause].isalnum():
        clause += 1
    lead = text[clause:position].split()
    # The subject must open its clause: "Canada must ...", "The rest of the world should ...",
    # not "the delicate balance Canada must maintain" (a relative clause) or "it said it needed to".
    if not lead or len(lead) > MODAL_SUBJECT_MAX_WORDS or not lead[0][0].isupper() or "," in text[clause:position]:
        return None
    if any(word.lower() in _NOT_MODAL_SUBJECT_WORDS for word in lead):
        return None
    return clause


def _clause_start(text: str, sentence: Span, position: int) -> int:
    window_start = max(sentence.start, position - SUBJECT_WINDOW_CHARS)
    cut = max(text.rfind(";", window_start, position), text.rfind(" but ", window_start, position))
    return cut + 1 if cut >= 0 else window_start


def _action(text: str, start: int, sentence: Span) -> Span | None:
    span = clause_from(text, start, sentence.end)
    if span is None or word_count(text, span) < rules.MIN_ACTION_WORDS:
        return None
    return span


def demands_in(text: str, sentence: Span, actors: ActorIndex, previous: Span | None = None) -> list[Demand]:
    """Demands in one sentence; ``previous`` is the sentence before, for "He urged ..." """
    found: list[Demand] = []
    s, e = sentence.start, sentence.end
    for verb in rules.DEMAND_TARGET_RE.finditer(text, s, e):
        before = text[_clause_start(text, sentence, verb.start()) : verb.start()]
        target_to = _TARGET_THEN_TO.match(text, verb.end(), e)
        direct_to = _DIRECT_TO.match(text, verb.end(), e)
        if _is_noun(text, s, verb.start()) and not target_to:
            continue
        passive_by = target_to is not None and target_to.group("target").lower().startswith("by ")
        participle = verb.group().split()[0].lower().endswith(_PARTICIPLE_ENDINGS)
        if participle and rules.PASSIVE_RE.search(before) and (direct_to or passive_by):
            # "Canada was urged (by China) to ...": the subject is the target; the actor follows "by",
            # before or after the demanded action, or is unknown.
            action = _action(text, (direct_to or target_to).end(), sentence)
            target = actors.subject_before(text, _clause_start(text, sentence, verb.start()), verb.start())
            if passive_by:
                actor = actors.first_after(text, target_to.start("target"), target_to.end("target"))
            else:
                by = _BY.search(text, action.end if action else e, e)
                actor = actors.first_after(text, by.end(), e) if by else None
        elif target_to:
            action = _action(text, target_to.end(), sentence)
            target = actors.first_after(text, target_to.start("target"), target_to.end("target"))
            if target is None and verb.group().lower() in rules.TARGET_REQUIRED_VERBS:
                continue
            actor = _speaker(text, sentence, verb.start(), actors, previous)
        else:
            continue
        if action:
            found.append(Demand(action, actor, target, Source.SENTENCE, sentence))
    for verb in rules.DEMAND_OBJECT_RE.finditer(text, s, e):
        if _TARGET_THEN_TO.match(text, verb.end(), e) or _DIRECT_TO.match(text, verb.end(), e):
            continue
        if not verb.group().lower().endswith((" for", " on")) or _is_noun(text, s, verb.start()):
            continue
        action = _action(text, verb.end(), sentence)
        if action:
            actor = _speaker(text, sentence, verb.start(), actors, previous)
            found.append(Demand(action, actor, None, Source.SENTENCE, sentence))
    for verb in rules.WARN_RE.finditer(text, s, e):
        against = _AGAINST.match(text, verb.end(), e)
        if not against:
            continue
        end = clause_from(text, against.end(), e)
        span = trim(text, verb.start(), end.end) if end else None
        if span:
            actor = _speaker(text, sentence, verb.start(), actors, previous)
            target = actors.first_after(text, verb.end(), against.start() + len(against.group()))
            found.append(Demand(span, actor, target, Source.SENTENCE, sentence))
    for verb in rules.THAT_DEMAND_RE.finditer(text, s, e):
        action = _action(text, verb.end(), sentence)
        if action:
            actor = _speaker(text, sentence, verb.start(), actors, previous)
            target = actors.first_after(text, verb.start("who"), verb.end("who"))
            found.append(Demand(action, actor, target, Source.SENTENCE, sentence))
    for verb in rules.OBJECTION_RE.finditer(text, s, e):
        rest = _action(text, verb.end(), sentence)
        if rest is None:
            continue
        # "raised concerns regarding X": the concern is the demand; "opposes X": the verb stays.
        start = verb.start() + verb.group().lower().find("concern") if "concern" in verb.group().lower() \
            else verb.start()
        actor = _speaker(text, sentence, verb.start(), actors, previous)
        found.append(Demand(Span(start, rest.end), actor, None, Source.SENTENCE, sentence))
    for modal in rules.MODAL_DEMAND_RE.finditer(text, s, e):
        subject_start = _modal_subject(text, sentence, modal.start())
        rest = clause_from(text, modal.end(), e) if subject_start is not None else None
        if rest is not None and word_count(text, rest) >= 1:
            actor = _speaker(text, sentence, subject_start, actors, previous)
            found.append(Demand(Span(subject_start, rest.end), actor, None, Source.SENTENCE, sentence))
    for pressure in rules.PRESSURE_RE.finditer(text, s, e):
        action = _action(text, pressure.end(), sentence)
        if action:
            found.append(Demand(action, None, actors.first_after(text, pressure.start(), pressure.end()),
                                Source.SENTENCE, sentence))
    for need in rules.NEED_RE.finditer(text, s, e):
        the = text.find("the ", need.start(), need.end())
        span = clause_from(text, the, e) if the >= 0 else None
        if span and word_count(text, span) >= rules.MIN_ACTION_WORDS + 2:
            actor = _speaker(text, sentence, need.start(), actors, previous)
            found.append(Demand(span, actor, None, Source.SENTENCE, sentence))
    for hope in rules.HOPE_RE.finditer(text, s, e):
        tail = _HOPE_FOR_TO.match(text, hope.end(), e) or _THAT_WILL.match(text, hope.end(), e)
        if not tail:
            continue
        action = _action(text, tail.end(), sentence)
        if action:
            actor = _speaker(text, sentence, hope.start(), actors, previous)
            target = actors.first_after(text, tail.start("who"), tail.end("who"))
            if target and target != actor:
                found.append(Demand(action, actor, target, Source.SENTENCE, sentence))
    return found


def outcomes_in(text: str, sentence: Span, actors: ActorIndex, parties: list[str],
                statement_voice: bool = False, previous: Span | None = None) -> list[Outcome]:
    """Outcomes in one sentence; ``statement_voice`` lets "X will ..." count as X's commitment."""
    found: list[Outcome] = []
    s, e = sentence.start, sentence.end

    def who(start: int, end: int) -> list[str]:
        named = actors.all_in(text, _clause_start(text, sentence, start), end)
        if not named and rules.COLLECTIVE_REFERENCES.search(text, _clause_start(text, sentence, start), end):
            return list(parties)
        return named

    negated: list[Span] = []
    for none in rules.NO_AGREEMENT_RE.finditer(text, s, e):
        span = trim(text, none.start(), none.end())
        if span:
            negated.append(span)
            found.append(Outcome(span, Status.NONE, who(s, e), Source.SENTENCE, sentence))
    for verb in rules.AGREED_RE.finditer(text, s, e):
        if any(n.start <= verb.start() < n.end for n in negated):
            continue  # "little prospect of America agreeing to ..." is the absence of an agreement
        if _NEGATION_BEFORE.search(text, max(s, verb.start() - 30), verb.start()) or _is_noun(text, s, verb.start()):
            continue
        tail = _AGREE_TAIL.match(text, verb.end(), e)
        if not tail:
            continue
        rest = _action(text, tail.end(), sentence)
        if rest is None:
            continue
        span = Span(verb.start(), rest.end)
        found.append(Outcome(span, Status.AGREED, who(verb.start(), verb.start()), Source.SENTENCE, sentence))
    for verb in rules.AGREED_OBJECT_RE.finditer(text, s, e):
        if _NEGATION_BEFORE.search(text, max(s, verb.start() - 30), verb.start()) or _is_noun(text, s, verb.start()):
            continue
        subject = actors.subject_before(text, _clause_start(text, sentence, verb.start()), verb.start())
        if (subject is None and not _collective_before(text, sentence, verb.start())) or \
                rules.NOT_AN_OBJECT_RE.match(text, verb.end(), e):
            continue
        rest = _action(text, verb.end(), sentence)
        if rest is None:
            continue
        found.append(Outcome(Span(verb.start(), rest.end), Status.AGREED, who(verb.start(), verb.start()),
                             Source.SENTENCE, sentence))
    deal_context = rules.DEAL_CONTEXT_RE.search(text, previous.start if previous else s, e) is not None
    for verb in rules.GRANT_RE.finditer(text, s, e) if deal_context else ():
        if _is_noun(text, s, verb.start()):
            continue
        target_to = _TARGET_THEN_TO.match(text, verb.end(), e) \
            if verb.group().lower() in rules.GRANT_TO_VERBS else None
        start = target_to.end() if target_to else verb.end()
        rest = clause_from(text, start, e)
        if rest is None or word_count(text, rest) < rules.MIN_ACTION_WORDS + 1:
            continue
        found.append(Outcome(rest, Status.AGREED, who(verb.start(), rest.end), Source.SENTENCE, sentence))
    for will in rules.WILL_RE.finditer(text, s, e):
        if text.startswith("be ", will.end()) or not _party_subject(text, sentence, will.start(), actors,
                                                                     statement_voice):
            continue
        rest = _action(text, will.end(), sentence)
        if rest is None:
            continue
        found.append(Outcome(rest, Status.AGREED, who(will.start(), will.start()), Source.SENTENCE, sentence))
        # "... and establish a working group": each coordinated commitment is its own outcome.
        limit = min(e, will.end() + 2 * MAX_CLAUSE_CHARS)
        for joined in rules.COORDINATED_RE.finditer(text, rest.end, limit):
            more = clause_from(text, joined.end(), e)
            if more is not None and word_count(text, more) >= rules.MIN_ACTION_WORDS:
                found.append(Outcome(more, Status.AGREED, who(will.start(), will.start()), Source.SENTENCE,
                                     sentence))
    for noun in rules.AGREED_NOUN_RE.finditer(text, s, e):
        if noun.group()[0].isupper():
            continue  # "Agreement on Reciprocal Trade" names a document, not an outcome
        tail = _NOUN_TAIL.match(text, noun.end(), e)
        if not tail:
            continue
        rest = _action(text, tail.end(), sentence)
        if rest is None:
            continue
        span = Span(noun.start(), rest.end)
        found.append(Outcome(span, Status.AGREED, who(noun.start(), rest.end), Source.SENTENCE, sentence))
    for phrase in rules.EXPECTED_RE.finditer(text, s, e):
        rest = _action(text, phrase.end(), sentence)
        if rest is None:
            continue
        span = Span(phrase.start(), rest.end)
        found.append(Outcome(span, Status.EXPECTED, who(phrase.start(), phrase.start()), Source.SENTENCE,
                             sentence))
    return found
