"""Stage 1, normalize: raw text → Document (blocks, sentences, title, date), spans into the input."""

from __future__ import annotations

from .dates import from_dateline, to_iso
from .layout import build_blocks, find_title, mark_repeats, split_lines
from .model import Block, BlockKind, Document, Sentence, Span, UnitKind
from .segment import segment

__all__ = ["Block", "BlockKind", "Document", "Sentence", "Span", "UnitKind", "build_document"]


def build_document(text: str, published_hint: str | None = None) -> Document:
    """Reads the layout of a pasted or extracted article; never modifies ``text``."""
    lines = split_lines(text)
    title_index = find_title(text, lines)
    mark_repeats(text, lines, title_index)
    blocks = build_blocks(text, lines, title_index)
    sentences = segment(text, blocks)
    _narrow_cues(blocks, sentences)
    published = _published(text, lines, blocks, published_hint)
    title = blocks_title(blocks)
    return Document(text=text, blocks=blocks, sentences=sentences, title=title, published=published)


def blocks_title(blocks: list[Block]) -> Span | None:
    return next((b.span for b in blocks if b.kind is BlockKind.TITLE), None)


def _narrow_cues(blocks: list[Block], sentences: list[Sentence]) -> None:
    """A list's cue is the last sentence of the paragraph before it ("... Proposed measures include:")."""
    last_sentence: dict[int, Span] = {}
    for s in sentences:
        last_sentence[s.block_index] = s.span
    for block in blocks:
        if block.cue is None:
            continue
        for index, other in enumerate(blocks):
            if other.span == block.cue and index in last_sentence:
                block.cue = last_sentence[index]
                break


def _published(text: str, lines: list, blocks: list[Block], hint: str | None) -> str | None:
    for line in lines:
        if line.published:
            iso = to_iso(line.published)
            if iso:
                return iso
    first_paragraph = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    if first_paragraph is not None:
        iso = from_dateline(first_paragraph.span.text(text))
        if iso:
            return iso
    return to_iso(hint) if hint else None
