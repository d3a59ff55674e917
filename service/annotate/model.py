"""What the annotate stage returns: entities, quotations and dated events, each with exact spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..document import Span


class EntityType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    PLACE = "place"
    GROUP = "group"            # a nationality, religion or political group that names no country
    DATE = "date"
    MONEY = "money"
    PERCENT = "percent"
    LAW = "law"
    EVENT = "event"


@dataclass(slots=True)
class Entity:
    name: str                  # canonical: "United Kingdom" for "Britain", "Jack Straw" for "Mr Straw"
    type: EntityType
    mentions: list[Span]
    salience: float = 0.0
    role: str | None = None    # "Foreign Secretary", as the text gives it
    affiliation: str | None = None  # the person's organisation or country, when the text says


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNNAMED = "unnamed"        # "a spokesman", "one witness": someone the text does not name


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    kind: SpeakerKind
    affiliation: str | None = None
    # An unnamed speaker who is one person ("a spokesman", "the Peking representative of a bank"), whom a
    # "he said" after can stand for; not "sources", "officials" or "a statement". Not part of the response.
    one_person: bool = field(default=False, compare=False, repr=False)


@dataclass(slots=True)
class Quote:
    parts: list[Span]          # the quoted words inside the marks; several when an attribution splits it
    partial: bool              # a phrase quoted inside the writer's own sentence
    speaker: Speaker | None
    cue: Span | None           # "said", "told the BBC", "according to"


@dataclass(slots=True)
class Event:
    date: Span                 # the date expression as written ("on Monday", "next month")
    clause: Span               # what happens then
    resolved: str | None       # ISO date, month ("2005-03") or year, against the publication date
    granularity: str | None    # day, week, month or year
    note: str | None = None    # why it could not be resolved, when it could not


@dataclass(slots=True)
class Annotations:
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
