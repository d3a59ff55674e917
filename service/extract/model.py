"""What the extractor returns: demands and outcomes, each with the span of its text and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..document import Span


class Source(StrEnum):
    LIST = "list"
    TABLE = "table"
    SENTENCE = "sentence"


class Status(StrEnum):
    AGREED = "agreed"
    EXPECTED = "expected"
    NONE = "none"


@dataclass(slots=True)
class Demand:
    span: Span
    actor: str | None
    target: str | None
    source: Source
    evidence: Span
    topic: str | None = None
    # Other places the same demand is stated (restatements merged by dedup).
    also: list[Span] = field(default_factory=list)
    # The rule family that found it (a key of rules.CUE_STRENGTH), and its rank among the article's
    # demands (higher first; set by rank.py).
    cue: str = ""
    importance: float = 0.0


@dataclass(slots=True)
class Outcome:
    span: Span
    status: Status
    actors: list[str]
    source: Source
    evidence: Span
    topic: str | None = None
    also: list[Span] = field(default_factory=list)
    cue: str = ""
    importance: float = 0.0


@dataclass(slots=True)
class Extraction:
    demands: list[Demand]
    outcomes: list[Outcome]
    # What the stage left unread and why (overlong sentences, the parse cap); its own, so that it
    # never writes into the document another stage may be reading.
    warnings: list[str] = field(default_factory=list)
