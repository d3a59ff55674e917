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
from .events import find_events
from .model import Annotations, Entity, EntityType, Event, Quote, Speaker, SpeakerKind
from .quotes import find_quotes, quote_regions

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
    actors = ActorIndex.learn(document.text)
    regions = quote_regions(document) if "quotes" in parts else None
    # The quotations are found from the text alone; their parses (~40 ms on a CNN/DM article) run on a
    # second thread while the entity recognizer (~55 ms) reads the article on this one, each spaCy
    # pipeline under its own lock. find_quotes then finds them in the article's parses.
    parsing = _parse_ahead(document, grammar, regions.to_parse) if regions is not None else None
    mentions, result.warnings = read_mentions(document, grammar, deadline)
    if parsing is not None:
        parsing.join()
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


def _parse_ahead(document: Document, grammar: Grammar, spans: list) -> threading.Thread:
    """Parses ``spans`` into the article's parses (``Document.parses``) on a thread of its own (joined by the
    caller)."""

    def run() -> None:
        # Only a head start: find_quotes parses again whatever this did not, and raises there what it raises.
        with contextlib.suppress(Exception):
            grammar.parse([document.span_text(span) for span in spans], document.parses)

    thread = threading.Thread(target=run, name="precis-parse-ahead", daemon=True)
    thread.start()
    return thread
