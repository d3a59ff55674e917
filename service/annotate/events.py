"""Dated events: each date expression the entity recognizer finds, with the clause it dates (from the
sentence's parse) and the date it means against the publication date (dateparser), as a timeline.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING, Final

from ..deadline import Deadline
from ..document import Document, Span
from .model import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..grammar import Grammar

# A date expression names a time ("on Monday", "next month", "17 March", "in 2007", "two weeks ago");
# durations ("four years", "the past decade") and vague spans ("recent years") date nothing.
DATE_WORDS: Final = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"today|tonight|yesterday|tomorrow|ago|(?:1[89]|20)\d\d|(?:last|next|this|coming)\s+"
    r"(?:week|weekend|month|year|spring|summer|autumn|fall|winter))\b",
    re.IGNORECASE,
)
# dateparser's periods → how the resolved date is written.
ISO_FORMATS: Final = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
# Expressions that carry their own year resolve without a publication date; others need one.
OWN_YEAR: Final = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Auxiliaries that put a clause in the future, so that "on Monday" is the Monday to come.
FUTURE_AUXILIARIES: Final = frozenset({"will", "shall", "'ll", "’ll"})
# Characters of the date expression's sentence parsed for its clause; longer ones are dated as a whole.
MAX_CLAUSE_SENTENCE_CHARS: Final = 1_000


@functools.lru_cache(maxsize=8)
def _parser(base: datetime.datetime | None, prefer: str):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


def warm_up() -> None:
    """dateparser's first call loads its language data (~0.1 s): done before a worker is ready."""
    _parser(None, "current_period").get_date_data("next Monday")


def dated_sentences(document: Document) -> list[Span]:
    """The sentences a date expression may be found in, from the text alone: what find_events will
    parse, so that it can be parsed while the entity recognizer reads the article."""
    return [s.span for s in document.sentences
            if len(s.span) <= MAX_CLAUSE_SENTENCE_CHARS and DATE_WORDS.search(document.span_text(s.span))]


def find_events(document: Document, dates: list[Span], grammar: Grammar,
                deadline: Deadline | None = None) -> list[Event]:
    """The dated events of the article, in time order (undated ones last, in reading order)."""
    base = _published(document.published)
    chosen = [span for span in dates if DATE_WORDS.search(document.span_text(span))]
    sentences = [_sentence_of(document, span) for span in chosen]
    parseable = sorted({s for s in sentences if s is not None and len(s) <= MAX_CLAUSE_SENTENCE_CHARS},
                       key=lambda s: s.start)
    if deadline is not None:
        deadline.check("annotate")
    parsed = grammar.parse([document.span_text(s) for s in parseable], document.parses)
    parses = dict(zip(parseable, parsed, strict=True))
    events = []
    for span, sentence in zip(chosen, sentences, strict=True):
        doc = parses.get(sentence) if sentence is not None else None
        clause, future = _clause(doc, sentence, span) if doc is not None else (sentence or span, False)
        events.append(_resolve(document.span_text(span), span, clause, base, future))
    return sorted(events, key=lambda e: (e.resolved is None, e.resolved or "", e.date.start))


def _published(published: str | None) -> datetime.datetime | None:
    if not published:
        return None
    try:
        return datetime.datetime.fromisoformat(published[:10])
    except ValueError:
        return None


def _sentence_of(document: Document, span: Span) -> Span | None:
    for sentence in document.sentences:
        if sentence.span.start <= span.start and span.end <= sentence.span.end:
            return sentence.span
    return None


def _clause(doc: Doc, sentence: Span, date: Span) -> tuple[Span, bool]:
    """The clause the date belongs to (its nearest verb's subtree) and whether that clause is future."""
    start, end = date.start - sentence.start, date.end - sentence.start
    tokens = [t for t in doc if t.idx >= start and t.idx + len(t.text) <= end]
    verb = next((a for a in tokens[0].ancestors if a.pos_ in ("VERB", "AUX")), None) if tokens else None
    if verb is None:
        return sentence, False
    left, right = verb.left_edge, verb.right_edge
    clause = Span(sentence.start + left.idx, sentence.start + right.idx + len(right.text))
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    future = any(c.lower_ in FUTURE_AUXILIARIES for c in auxiliaries) or \
        (verb.lemma_ == "be" and any(c.dep_ == "xcomp" for c in verb.children)) or \
        (verb.tag_ == "VBG" and any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries))  # "is to meet", "are meeting"
    return clause, future


def _resolve(text: str, date: Span, clause: Span, base: datetime.datetime | None, future: bool) -> Event:
    if base is None and not OWN_YEAR.search(text):
        return Event(date, clause, None, None, "no publication date to resolve it against")
    data = _parser(base, "future" if future else "past").get_date_data(text)
    if data.date_obj is None:
        return Event(date, clause, None, None, "not a date the resolver understands")
    period = data.period or "day"
    return Event(date, clause, data.date_obj.strftime(ISO_FORMATS.get(period, "%Y-%m-%d")), period)
