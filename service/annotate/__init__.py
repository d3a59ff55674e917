"""Stage 4, annotate (asked for with ``options.include``): the article's named entities, its direct
quotations with their speakers, and its dated events, each with exact spans into the text.

The entity recognizer reads the article once; entities and events share its mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ..deadline import Deadline
from ..document import Document
from ..extract.actors import ActorIndex
from .entities import name_entities, read_mentions
from .events import find_events
from .model import Annotations, Entity, EntityType, Event, Quote, Speaker, SpeakerKind
from .quotes import find_quotes

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
    mentions, result.warnings = read_mentions(document, grammar, deadline)
    if parts & {"entities", "quotes"}:
        entities = name_entities(document, mentions, actors)
        result.entities = entities if "entities" in parts else []
        if "quotes" in parts:
            result.quotes, unread = find_quotes(document, grammar, entities, deadline)
            result.warnings.extend(unread)
    if "events" in parts:
        dates = [m.span for m in mentions if m.type is EntityType.DATE]
        result.events = find_events(document, dates, grammar, deadline)
    return result
