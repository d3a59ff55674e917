"""Stage 4, annotate (asked for with ``options.include``): the article's named entities, its direct
quotations with their speakers, and its dated events, each with exact spans into the text.

The entity recognizer reads the article once; entities and events share its mentions.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Final

from ..deadline import Deadline
from ..document import Document
from ..extract.actors import ActorIndex
from ..grammar import PARSE_BATCH_SIZE
from .entities import name_entities, read_mentions
from .events import dated_sentences, find_events
from .model import Annotations, Entity, EntityType, Event, Quote, Speaker, SpeakerKind
from .quotes import QuoteRegions, find_quotes, quote_regions

if TYPE_CHECKING:
    from ..grammar import Grammar

__all__ = ["PARTS", "Annotations", "Entity", "EntityType", "Event", "Quote", "Speaker", "SpeakerKind", "annotate"]

# What options.include may ask this stage for.
PARTS: Final = ("entities", "quotes", "events")
# Characters parsed ahead beside the entity recognizer: what a long feature needs (a CNN/DM article's
# quotations and dated sentences are ~3,000); beyond it find_quotes and find_events parse what they use,
# under the deadline, and a hostile input of 6,000 dated sentences does not hold the parser.
MAX_AHEAD_CHARS: Final = 30_000


def annotate(document: Document, grammar: Grammar, parts: frozenset[str],
             deadline: Deadline | None = None) -> Annotations:
    """The asked-for ``parts`` of the article (a subset of PARTS)."""
    result = Annotations()
    if not parts:
        return result
    # What needs only the text (the quotations, the sentences that may hold a date, the gazetteer's
    # actors) is found, and those sentences parsed (~15 ms on a CNN/DM article), on a second thread while
    # the entity recognizer (~35 ms, the longest step) reads the article on this one from the start, each
    # spaCy pipeline under its own lock. find_quotes and find_events then find them in the article's parses.
    ahead = _TextAhead(document, grammar, parts, deadline)
    try:
        mentions, result.warnings = read_mentions(document, grammar, deadline)
    finally:
        ahead.stop()  # at once on a failure or an overrun: the thread must not hold the parser after it
    actors, regions = ahead.result()
    if parts & {"entities", "quotes"}:
        entities = name_entities(document, mentions, actors)
        result.entities = entities if "entities" in parts else []
        if regions is not None:
            result.quotes, unread = find_quotes(document, grammar, entities, deadline, regions)
            result.warnings.extend(unread)
    if "events" in parts:
        dates = [m.span for m in mentions if m.type is EntityType.DATE]
        result.events = find_events(document, dates, grammar, deadline)
    return result


class _TextAhead:
    """On a thread of its own: the article's actors and quotation regions, and the parses of the sentences
    the quotes and events will read (at most MAX_AHEAD_CHARS of them, a batch at a time, while neither the
    request's deadline nor ``stop`` has come), put into the article's parses (``Document.parses``)."""

    def __init__(self, document: Document, grammar: Grammar, parts: frozenset[str],
                 deadline: Deadline | None) -> None:
        self._document, self._grammar, self._parts, self._deadline = document, grammar, parts, deadline
        self._found: tuple[ActorIndex, QuoteRegions | None] | None = None
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="precis-parse-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        document = self._document
        # Only a head start: what fails or is left here is done again by the caller, and raises there.
        with contextlib.suppress(Exception):
            regions = quote_regions(document) if "quotes" in self._parts else None
            self._found = ActorIndex.learn(document.text), regions
            spans = [*(regions.to_parse if regions is not None else []),
                     *(dated_sentences(document) if "events" in self._parts else [])]
            texts = _capped([document.span_text(span) for span in spans], MAX_AHEAD_CHARS)
            for first in range(0, len(texts), PARSE_BATCH_SIZE):
                if self._stopped.is_set():
                    return
                if self._deadline is not None:
                    self._deadline.check("annotate")
                self._grammar.parse(texts[first : first + PARSE_BATCH_SIZE], document.parses)

    def stop(self) -> None:
        self._stopped.set()

    def result(self) -> tuple[ActorIndex, QuoteRegions | None]:
        self._thread.join()
        if self._found is None:
            regions = quote_regions(self._document) if "quotes" in self._parts else None
            self._found = ActorIndex.learn(self._document.text), regions
        return self._found


def _capped(texts: list[str], most: int) -> list[str]:
    """The first of ``texts`` up to ``most`` characters in all."""
    kept, total = [], 0
    for text in texts:
        total += len(text)
        if total > most:
            break
        kept.append(text)
    return kept
