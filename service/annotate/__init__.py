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
from .entities import name_entities, read_mentions
from .events import dated_sentences, find_events
from .model import Annotations, Entity, EntityType, Event, Quote, Speaker, SpeakerKind
from .quotes import QuoteRegions, find_quotes, quote_regions

if TYPE_CHECKING:
    from ..grammar import Grammar

__all__ = ["PARTS", "Annotations", "Entity", "EntityType", "Event", "Quote", "Speaker", "SpeakerKind", "annotate"]

# What options.include may ask this stage for.
PARTS: Final = ("entities", "quotes", "events")


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
    ahead = _TextAhead(document, grammar, parts)
    mentions, result.warnings = read_mentions(document, grammar, deadline)
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
    the quotes and events will read, put into the article's parses (``Document.parses``)."""

    def __init__(self, document: Document, grammar: Grammar, parts: frozenset[str]) -> None:
        self._document, self._grammar, self._parts = document, grammar, parts
        self._found: tuple[ActorIndex, QuoteRegions | None] | None = None
        self._thread = threading.Thread(target=self._run, name="precis-parse-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        document = self._document
        # Only a head start: what fails here is done again by the caller, and raises there.
        with contextlib.suppress(Exception):
            regions = quote_regions(document) if "quotes" in self._parts else None
            self._found = ActorIndex.learn(document.text), regions
            spans = [*(regions.to_parse if regions is not None else []),
                     *(dated_sentences(document) if "events" in self._parts else [])]
            self._grammar.parse([document.span_text(span) for span in spans], document.parses)

    def result(self) -> tuple[ActorIndex, QuoteRegions | None]:
        self._thread.join()
        if self._found is None:
            regions = quote_regions(self._document) if "quotes" in self._parts else None
            self._found = ActorIndex.learn(self._document.text), regions
        return self._found
