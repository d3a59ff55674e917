"""The document model: the one structure every later stage reads.

Every piece of text shown to a client carries a Span into the text the client sent (for HTML input,
into the extracted text that the response returns), so that ``source[span.start:span.end] == text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


# Spaces, invisible spaces and the BOM: never the first or last character of a span.
SPACE_CHARS = " \t\r\n\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u3000"


# Chinese and Japanese characters (Korean writes spaces between words): each counts as a word, since
# these scripts put no spaces between words and a sentence would otherwise count as one.
_CJK: Final = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words as the length limits count them: spaced words, and each CJK character."""
    if not _CJK.search(text):
        return len(text.split())
    return sum(max(1, len(_CJK.findall(token))) for token in text.split())


def trimmed_span(text: str, start: int, end: int) -> Span | None:
    """``Span(start, end)`` shrunk past spaces at both edges; None when nothing else is left."""
    while start < end and text[start] in SPACE_CHARS:
        start += 1
    while end > start and text[end - 1] in SPACE_CHARS:
        end -= 1
    return Span(start, end) if end > start else None


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    TABLE = "table"
    BOILERPLATE = "boilerplate"
    METADATA = "metadata"


@dataclass(slots=True)
class Block:
    kind: BlockKind
    span: Span
    # A list's cue line ("Key demands reiterated by China include:") when one introduces it.
    cue: Span | None = None
    # List items, one span each (the bullet marker excluded).
    items: list[Span] = field(default_factory=list)
    # Table header cells and body rows of cells.
    header: list[Span] = field(default_factory=list)
    rows: list[list[Span]] = field(default_factory=list)
    # Why a boilerplate or metadata block was set aside.
    reason: str | None = None
    # The nearest heading above this block, for topics.
    heading: Span | None = None


class UnitKind(StrEnum):
    SENTENCE = "sentence"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"


@dataclass(slots=True)
class Sentence:
    span: Span
    block_index: int
    kind: UnitKind = UnitKind.SENTENCE
    # Index of the row and column for table cells; -1 elsewhere.
    row: int = -1
    column: int = -1


@dataclass(slots=True)
class Document:
    text: str
    blocks: list[Block]
    sentences: list[Sentence]
    title: Span | None = None
    published: str | None = None
    # ISO 639-1 code, or None when the text is too short to tell.
    language: str | None = None
    # Problems the client should know about (e.g. units cut for the embedding model).
    warnings: list[str] = field(default_factory=list)
    # When the input was not NFC: the NfcView (nfc.py) that maps spans of ``text`` back to the input.
    origin: Any = None
    # Where reading stopped: ``len(text)`` unless the text had more lines than are read (layout.MAX_LINES).
    read_up_to: int = -1
    # spaCy's parses of this article's sentences, by text (grammar.Grammar.parse fills it): the prose
    # reader, the quotations and the events of one article parse mostly the same sentences. Kept with the
    # article, not across articles, so that no request is faster for a text another one sent.
    parses: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # What later stages learn from the whole text, by name, once per article on the same terms (the
    # people the text ties to a country or a body: both the extractor and the annotations read them).
    learned: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @property
    def boilerplate(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in (BlockKind.BOILERPLATE, BlockKind.METADATA)]

    def prose_sentences(self) -> list[Sentence]:
        """Sentences of running text: what a summary may quote."""
        return [
            s for s in self.sentences
            if s.kind is UnitKind.SENTENCE and self.blocks[s.block_index].kind is BlockKind.PARAGRAPH
        ]

    def wrapped_breaks(self) -> frozenset[int]:
        """The line breaks inside paragraphs (hard-wrapped text): no quotation ends at one of these.
        Computed once per article (kept in ``learned``)."""
        breaks = self.learned.get("wrapped_breaks")
        if breaks is None:
            breaks = frozenset(i for b in self.blocks if b.kind is BlockKind.PARAGRAPH
                               for i in _line_breaks(self.text, b.span))
            self.learned["wrapped_breaks"] = breaks
        return breaks

    @property
    def read_whole(self) -> bool:
        return self.read_up_to < 0 or self.read_up_to >= len(self.text)

    @property
    def word_count(self) -> int:
        return sum(count_words(self.span_text(s.span)) for s in self.sentences)


def _line_breaks(text: str, span: Span) -> list[int]:
    found, i = [], text.find("\n", span.start, span.end)
    while i >= 0:
        found.append(i)
        i = text.find("\n", i + 1, span.end)
    return found
