"""Stage 1, normalize: raw text → Document (blocks, sentences, title, date), spans into the input."""

from __future__ import annotations

import bisect
from typing import Any

from . import rules
from .dates import from_dateline, to_iso
from .layout import MAX_LINES, build_blocks, find_title, mark_repeats, split_lines
from .model import Block, BlockKind, Document, Sentence, Span, UnitKind
from .segment import segment
from .unicode import detect_language, looks_like_mojibake

__all__ = ["Block", "BlockKind", "Document", "Sentence", "Span", "UnitKind", "build_document"]


def build_document(text: str, published_hint: str | None = None, origin: Any = None) -> Document:
    """Reads the layout of a pasted or extracted article; never modifies ``text``. ``origin`` is the
    NfcView that maps spans back to the input when ``text`` is its NFC form."""
    lines, read_up_to = split_lines(text)
    title_index = find_title(text, lines)
    mark_repeats(text, lines, title_index)
    blocks = build_blocks(text, lines, title_index)
    sentences = segment(text, blocks)
    _narrow_cues(blocks, sentences)
    title = blocks_title(blocks)
    published = _published(text, lines, blocks, title, published_hint)
    document = Document(text=text, blocks=blocks, sentences=sentences, title=title, published=published,
                        origin=origin, read_up_to=read_up_to)
    _check_text(document)
    if read_up_to < len(text):
        unread = sum(1 for line in text[read_up_to:].splitlines() if line.strip())
        document.warnings.append(
            f"the text has more than {MAX_LINES:,} non-blank lines: the {unread:,} lines after the first {MAX_LINES:,} "
            "were not read (no article has that many; send long lists or logs in parts)"
        )
    return document


def _check_text(document: Document) -> None:
    """Language and encoding problems the client should hear about (the text itself is never altered)."""
    sample = " ".join(document.span_text(s.span) for s in document.sentences[:40]) or document.text
    document.language = detect_language(sample)
    if document.language not in (None, "en"):
        document.warnings.append(
            f"the text looks like language '{document.language}': the summary model and the extraction rules "
            "are built for English, so expect weaker results"
        )
    if looks_like_mojibake(document.text):
        document.warnings.append(
            "the text looks mis-decoded (UTF-8 read as a legacy code page, e.g. 'â€™' for '’'): "
            "send it as UTF-8 for exact names and quotes"
        )


def blocks_title(blocks: list[Block]) -> Span | None:
    return next((b.span for b in blocks if b.kind is BlockKind.TITLE), None)


def _narrow_cues(blocks: list[Block], sentences: list[Sentence]) -> None:
    """A list's cue is the last sentence of the paragraph or list item before it ("... Proposed measures
    include:")."""
    starts = [s.span.start for s in sentences]
    for block in blocks:
        if block.cue is None:
            continue
        last = bisect.bisect_right(starts, block.cue.end) - 1
        if last >= 0 and sentences[last].span.start >= block.cue.start and sentences[last].span.end <= block.cue.end:
            block.cue = sentences[last].span


def _published(text: str, lines: list, blocks: list[Block], title: Span | None, hint: str | None) -> str | None:
    for line in lines:
        if line.published:
            iso = to_iso(line.published)
            if iso:
                return iso
    first_paragraph = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    dateline = next((b for b in blocks if b.reason == "dateline"), first_paragraph)
    if dateline is not None:
        iso = from_dateline(dateline.span.text(text))
        if iso:
            return iso
    if hint and (iso := to_iso(hint)):
        return iso
    # A date in the headline ("G7 Statement on Ukraine, 11 October 2022") or the opening words.
    openings = [title.text(text)] if title else []
    if first_paragraph is not None:
        start = first_paragraph.span.start
        openings.append(text[start : min(first_paragraph.span.end, start + rules.OPENING_DATE_CHARS)])
    for opening in openings:
        match = rules.FULL_DATE.search(opening)
        if match and (iso := to_iso(match.group("date"))):
            return iso
    return None
