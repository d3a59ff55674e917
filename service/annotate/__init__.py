"""Stage 4, annotate (asked for with ``options.include``): the article's named entities, its direct
quotations with their speakers, and its dated events, each with exact spans into the text.

The entity recognizer reads the article once; entities and events share its mentions.
"""

from __future__ import annotations

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
# Characters parsed first, in batches between which the request's deadline is checked: what a long
# feature needs (a CNN/DM article's quotations and dated sentences are ~3,000); beyond it find_quotes and
# find_events parse what they use themselves.
MAX_AHEAD_CHARS: Final = 30_000


def annotate(document: Document, grammar: Grammar, parts: frozenset[str],
             deadline: Deadline | None = None) -> Annotations:
    """The asked-for ``parts`` of the article (a subset of PARTS)."""
    result = Annotations()
    if not parts:
        return result
    # What needs only the text first (the quotations, the sentences that may hold a date, the gazetteer's
    # actors), and those sentences parsed; then the entity recognizer reads the article. (On a thread of
    # its own beside the recognizer, the parse gained nothing: both hold the GIL.)
    regions = quote_regions(document) if "quotes" in parts else None
    actors = ActorIndex.of(document)
    _parse_first(document, grammar, parts, regions, deadline)
    mentions, result.warnings = read_mentions(document, grammar, deadline)
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


def _parse_first(document: Document, grammar: Grammar, parts: frozenset[str], regions: QuoteRegions | None,
                 deadline: Deadline | None) -> None:
    """The sentences the quotes and events will read (at most MAX_AHEAD_CHARS of them), parsed a batch at
    a time into the article's parses (``Document.parses``)."""
    spans = [*(regions.to_parse if regions is not None else []),
             *(dated_sentences(document) if "events" in parts else [])]
    texts = _capped([document.span_text(span) for span in spans], MAX_AHEAD_CHARS)
    for first in range(0, len(texts), PARSE_BATCH_SIZE):
        if deadline is not None:
            deadline.check("annotate")
        grammar.parse(texts[first : first + PARSE_BATCH_SIZE], document.parses)


def _capped(texts: list[str], most: int) -> list[str]:
    """The first of ``texts`` up to ``most`` characters in all."""
    kept, total = [], 0
    for text in texts:
        total += len(text)
        if total > most:
            break
        kept.append(text)
    return kept
