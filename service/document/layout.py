"""Stage 1b: lines → classified lines → blocks (title, headings, paragraphs, lists, tables, junk).

Pasted articles put one paragraph, heading, bullet or table row per line, so the layout is read line
by line; spans always point into the original text, never into a cleaned copy.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum, auto
from typing import Final

from . import rules
from .model import SPACE_CHARS, Block, BlockKind, Span, trimmed_span
from .unicode import INVISIBLE_CONTROLS

# Control and bidi-override characters end a line like a line break does, so that no block, unit or
# title can contain one (see unicode.py for why they must never reach the output).
_NON_EMPTY_LINE: Final = re.compile(rf"(?:(?!{INVISIBLE_CONTROLS.pattern})[^\r\n])+")
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
# Junk lines are short; skipping the junk rules on longer lines bounds their cost on huge inputs.
JUNK_MAX_CHARS: Final = 300
# Exact repeats shorter than this ("Yes.", "Read more") are too common to call duplicates.
DUPLICATE_MIN_CHARS: Final = 20
_DASH_BULLETS: Final = frozenset("-*•")


class LineKind(Enum):
    TEXT = auto()
    HEADING = auto()
    BULLET = auto()
    TABLE_ROW = auto()
    TABLE_RULE = auto()
    JUNK = auto()
    METADATA = auto()


@dataclass(slots=True)
class Line:
    span: Span
    kind: LineKind
    # True when a blank line precedes this one (a paragraph break in pasted text).
    after_blank: bool
    # For bullets: where the item text starts (after the marker).
    content_start: int = -1
    # For bullets: whether the marker is ordered ("1.", "(a)") rather than "-".
    ordered: bool = False
    reason: str | None = None
    published: str | None = None


def _fold(value: str) -> str:
    """A comparison key for repeated lines: case, quotes, spacing and a trailing ellipsis ignored."""
    value = unicodedata.normalize("NFKC", value).casefold()
    value = rules.TRUNCATION_MARK.sub("", value)
    return " ".join(re.findall(r"\w+", value))


def ends_like_sentence(value: str) -> bool:
    stripped = value.rstrip(rules.CLOSING_QUOTES + " ")
    return bool(stripped) and stripped[-1] in rules.SENTENCE_FINAL


def is_title_case(value: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", value) if len(w) >= rules.TITLE_CASE_MIN_WORD_LEN]
    if not words:
        return False
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized / len(words) >= rules.TITLE_CASE_MIN_SHARE


def looks_like_heading(value: str, isolated: bool) -> bool:
    """Short, no sentence punctuation at the end, and either title case or set apart by blank lines."""
    if ends_like_sentence(value) or rules.TRUNCATION_MARK.search(value):
        return False
    n_words = len(value.split())
    if n_words == 0 or n_words > rules.HEADING_MAX_WORDS:
        return False
    return is_title_case(value) or (isolated and n_words <= rules.HEADING_MAX_WORDS // 2)


def junk_reason(value: str) -> str | None:
    if len(value) > JUNK_MAX_CHARS:
        return None
    for pattern, reason in rules.JUNK_LINE_RULES:
        if pattern.fullmatch(value):
            return reason
    return None


# No article has this many lines (a 1 MB body of ordinary prose has ~5,000 paragraphs): beyond it the text
# is a list or a log, and reading each line on its own cost 0.6 s per 100,000 lines. The rest is left
# unread and the document says so (``read_up_to``).
MAX_LINES: Final = 20_000


def split_lines(text: str) -> tuple[list[Line], int]:
    """Classifies each non-blank line of ``text`` on its own, up to MAX_LINES lines; returns them with the
    offset where reading stopped (``len(text)`` when every line was read)."""
    lines: list[Line] = []
    previous_end = 0
    for match in _NON_EMPTY_LINE.finditer(text):
        if len(lines) >= MAX_LINES:
            _mark_isolated_headings(text, lines)
            return lines, match.start()
        # A one-character gap is a single line break; only longer gaps can hold a blank line.
        after_blank = not lines or (match.start() - previous_end > 1
                                    and len(_LINE_BREAK.findall(text, previous_end, match.start())) >= 2)
        previous_end = match.end()
        start, end = match.start(), match.end()
        if text[start] in SPACE_CHARS or text[end - 1] in SPACE_CHARS:
            span = trimmed_span(text, start, end)
            if span is None:
                continue
        else:
            span = Span(start, end)
        if text[span.start] in _DASH_BULLETS and text[span.start + 1 : span.start + 2] in (" ", "\t"):
            # Fast path for the commonest list shape ("- item"), skipping the regex cascade.
            content = span.start + 2
            while content < span.end and text[content] in " \t":
                content += 1
            if content < span.end:
                lines.append(Line(span, LineKind.BULLET, after_blank, content, False))
                continue
        lines.extend(_classify(text, span, after_blank))
    _mark_isolated_headings(text, lines)
    return lines, len(text)


def _classify(text: str, span: Span, after_blank: bool) -> list[Line]:
    value = span.text(text)
    # Cheap character tests first: on a 200,000-line list every saved regex call counts.
    if "|" in value:
        if "-" in value and rules.TABLE_RULE.match(value):
            return [Line(span, LineKind.TABLE_RULE, after_blank)]
        if value[0] == "|" and rules.TABLE_ROW.match(value):
            return [Line(span, LineKind.TABLE_ROW, after_blank)]
    if value[0] == "#":
        heading = rules.MARKDOWN_HEADING.match(value)
        if heading:
            return [Line(Span(span.start + heading.start("text"), span.start + heading.end("text")), LineKind.HEADING,
                         after_blank)]
    bullet = rules.BULLET.match(value)
    if bullet:
        ordered = bullet.group("unordered") is None
        return [Line(span, LineKind.BULLET, after_blank, span.start + bullet.end(), ordered)]
    reason = junk_reason(value)
    if reason:
        return [Line(span, LineKind.JUNK, after_blank, reason=reason)]
    date_line = rules.DATE_LINE.match(value)
    if date_line:
        meta_span = trimmed_span(text, span.start, span.start + date_line.end())
        rest = trimmed_span(text, span.start + date_line.end(), span.end)
        out = [Line(meta_span or span, LineKind.METADATA, after_blank, reason="date line",
                    published=date_line.group("date"))]
        if rest is not None:
            out.extend(_classify(text, rest, False))
        return out
    return [Line(span, LineKind.TEXT, after_blank)]


def _mark_isolated_headings(text: str, lines: list[Line]) -> None:
    indented = indented_lines(text, lines)
    for i, line in enumerate(lines):
        if line.kind is not LineKind.TEXT:
            continue
        if i + 1 < len(lines) and _wrapped(text, line, lines[i + 1], indented):
            continue  # a heading's next line does not carry on its sentence: a wrapped paragraph's first line
        if i + 1 < len(lines) and line.span.start in indented and lines[i + 1].kind is LineKind.TEXT and \
                not lines[i + 1].after_blank:
            continue  # wire copy indents each paragraph's first line: "    Tom Reyes, Under Secretary of the"
        isolated = line.after_blank and (i + 1 == len(lines) or lines[i + 1].after_blank)
        if looks_like_heading(line.span.text(text), isolated):
            line.kind = LineKind.HEADING


def find_title(text: str, lines: list[Line]) -> int | None:
    """Index of the headline among the first lines, or None when the text starts with prose."""
    candidates = [i for i, ln in enumerate(lines) if ln.kind in (LineKind.TEXT, LineKind.HEADING)]
    window = candidates[: rules.TITLE_SEARCH_LINES]
    if not window:
        return None
    first = lines[window[0]]
    first_text = first.span.text(text)
    if (not ends_like_sentence(first_text) and not rules.TRUNCATION_MARK.search(first_text)
            and len(first_text.split()) <= rules.TITLE_MAX_WORDS):
        return window[0]
    for i in window[1:]:
        if lines[i].kind is LineKind.HEADING:
            return i
    return None


def mark_repeats(text: str, lines: list[Line], title_index: int | None) -> None:
    """Drops repeated headlines, truncated ("...") copies of a nearby line and exact repeated lines."""
    seen: set[str] = set()
    # Only prose and heading lines can repeat a headline; bullets and table rows are never folded.
    folded = [_fold(ln.span.text(text)) if ln.kind in (LineKind.TEXT, LineKind.HEADING) else ""
              for ln in lines]
    title_key = folded[title_index] if title_index is not None else None
    for i, line in enumerate(lines):
        if line.kind not in (LineKind.TEXT, LineKind.HEADING) or i == title_index:
            if i == title_index:
                seen.add(folded[i])
            continue
        key = folded[i]
        value = line.span.text(text)
        if rules.TRUNCATION_MARK.search(value) and key and any(
            other.startswith(key) and j != i for j, other in enumerate(folded)
        ):
            line.kind, line.reason = LineKind.JUNK, "truncated duplicate of another line"
        elif title_key and key == title_key:
            line.kind, line.reason = LineKind.JUNK, "repeated headline"
        elif key in seen and len(value) >= DUPLICATE_MIN_CHARS:
            line.kind, line.reason = LineKind.JUNK, "repeated line"
        seen.add(key)


def table_cells(text: str, span: Span) -> list[Span]:
    """The cells of one markdown table row, each trimmed; empty edge cells dropped."""
    cells: list[Span] = []
    value = span.text(text)
    positions = [m.start() for m in re.finditer(r"(?<!\\)\|", value)]
    bounds = [span.start + p for p in positions]
    if not bounds or bounds[0] != span.start:
        bounds.insert(0, span.start - 1)
    if bounds[-1] != span.end - 1:
        bounds.append(span.end)
    for left, right in itertools.pairwise(bounds):
        start = left + 1
        cell = trimmed_span(text, start, right)
        cells.append(cell if cell is not None else Span(start, start))
    return cells


def build_blocks(text: str, lines: list[Line], title_index: int | None) -> list[Block]:
    """Groups classified lines into blocks, attaching each list to its cue and headings to content."""
    blocks: list[Block] = []
    heading: Span | None = None
    indented = indented_lines(text, lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if i == title_index:
            blocks.append(Block(BlockKind.TITLE, line.span))
        elif line.kind is LineKind.JUNK:
            blocks.append(Block(BlockKind.BOILERPLATE, line.span, reason=line.reason))
        elif line.kind is LineKind.METADATA:
            blocks.append(Block(BlockKind.METADATA, line.span, reason=line.reason))
        elif line.kind is LineKind.HEADING:
            heading = line.span
            blocks.append(Block(BlockKind.HEADING, line.span))
        elif line.kind in (LineKind.TABLE_ROW, LineKind.TABLE_RULE):
            j = i
            while (j < len(lines) and lines[j].kind in (LineKind.TABLE_ROW, LineKind.TABLE_RULE)
                   and (j == i or _clean_gap(text, lines[j - 1], lines[j]))):
                j += 1
            blocks.append(_table_block(text, lines[i:j], heading, _cue_of(text, blocks)))
            i = j
            continue
        elif line.kind is LineKind.BULLET and _starts_list(text, blocks, line):
            j = i
            while (j < len(lines) and lines[j].kind is LineKind.BULLET and lines[j].ordered == line.ordered
                   and (j == i or (_clean_gap(text, lines[j - 1], lines[j])
                                   and not _opens_sublist(text, lines[j - 1])))):
                j += 1
            items = [Span(ln.content_start, ln.span.end) for ln in lines[i:j]]
            cue = _cue_of(text, blocks)
            span = Span(lines[i].span.start, lines[j - 1].span.end)
            blocks.append(Block(BlockKind.LIST, span, cue=cue, items=items, heading=heading))
            i = j
            continue
        else:
            start = line.content_start if line.kind is LineKind.BULLET else line.span.start
            end = line.span.end
            while i + 1 < len(lines) and _wrapped(text, lines[i], lines[i + 1], indented, wrapping=end > line.span.end):
                i += 1
                end = lines[i].span.end
            if not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
                start = _after_dateline(text, start, end, blocks)
            blocks.append(Block(BlockKind.PARAGRAPH, Span(start, end), heading=heading))
        i += 1
    return blocks


def _after_dateline(text: str, start: int, end: int, blocks: list[Block]) -> int:
    """A wire dateline opening the story ("CHICAGO, Feb 26 -", "LONDON (Reuters) -") is set aside as
    metadata, so that the first sentence starts with its own subject, not with the city; returns where
    the paragraph starts."""
    opening = text[start:end]
    match = rules.DATELINE.match(opening) or rules.WIRE_DATELINE.match(opening)
    rest = trimmed_span(text, start + match.end(), end) if match else None
    if match is None or rest is None:
        return start
    blocks.append(Block(BlockKind.METADATA, trimmed_span(text, start, start + match.end()) or Span(start, rest.start),
                        reason="dateline"))
    return rest.start


def _wrapped(text: str, line: Line, following: Line, indented: frozenset[int], wrapping: bool = False) -> bool:
    """Whether ``following`` goes on with the sentence ``line`` stops in (a hard-wrapped paragraph, as in wire
    copy, e-mail and text taken from PDFs): it starts in lower case after a line that ends no sentence
    ("... before the end of the month,\nwarning that"), or after a line that ends on a comma or a word no
    sentence ends on ("... urged the\nCity Council"), or anywhere in a paragraph already seen to be wrapped
    (``wrapping``: "... said union leader\nTom Reyes") or after an indented first line. A lone line without a
    full stop ("Photo by Jo Bloggs") is not joined to a capitalised paragraph after it, nor is an indented line
    to the one before it."""
    if following.kind is not LineKind.TEXT or following.after_blank or not _clean_gap(text, line, following) or \
            following.span.start in indented:
        return False  # an indented line opens a paragraph of its own (wire copy)
    last = line.span.text(text).rstrip(rules.CLOSING_QUOTES + " ")
    if not last or last[-1] in rules.SENTENCE_END:
        return False
    if text[following.span.start].islower():
        return True
    # an indented first line goes on in the flush lines after it ("    Tom Reyes, ..., told a Wall\nStreet")
    return wrapping or line.span.start in indented or last[-1] == "," or \
        last.rsplit(None, 1)[-1] in rules.CONTINUING_WORDS


def indented_lines(text: str, lines: list[Line]) -> frozenset[int]:
    """Where the text lines that open an indented paragraph start: lines after at least PARAGRAPH_INDENT
    spaces or a tab, when the text also has flush lines (a wire story indents each paragraph's first line;
    a text indented throughout says nothing by it, and gives none)."""
    indented, flush = set(), False
    for line in lines:
        if line.kind is not LineKind.TEXT:
            continue
        lead = text[text.rfind("\n", 0, line.span.start) + 1 : line.span.start]
        if "\t" in lead or len(lead) >= PARAGRAPH_INDENT:
            indented.add(line.span.start)
        else:
            flush = True
    return frozenset(indented) if flush else frozenset()


# Leading spaces that indent a paragraph's first line (wire copy uses four; a stray space is no indent).
PARAGRAPH_INDENT: Final = 2


def _clean_gap(text: str, before: Line, after: Line) -> bool:
    """A block may span two lines only if no control character sits between them (see unicode.py)."""
    return INVISIBLE_CONTROLS.search(text, before.span.end, after.span.start) is None


def _opens_sublist(text: str, item: Line) -> bool:
    """An item ending in ':' ("- This includes action to:") is the cue of the bullets after it, which
    form a list of their own even under the same marker."""
    return text[item.content_start : item.span.end].rstrip().endswith(":")


def _starts_list(text: str, blocks: list[Block], line: Line) -> bool:
    """Unordered bullets always form a list; numbered clauses only after a cue line ending in ':'."""
    return not line.ordered or _cue_of(text, blocks) is not None


def _cue_of(text: str, blocks: list[Block]) -> Span | None:
    """The paragraph before a list when it ends with ':', or the last item of a list before it that does
    ("1. ... we agree to the following steps:" then "- Implement ...")."""
    if blocks and blocks[-1].kind is BlockKind.PARAGRAPH:
        value = blocks[-1].span.text(text).rstrip()
        if value.endswith(":"):
            return blocks[-1].span
    if blocks and blocks[-1].kind is BlockKind.LIST and blocks[-1].items:
        last_item = blocks[-1].items[-1]
        if last_item.text(text).rstrip().endswith(":"):
            return last_item
    return None


def _table_block(text: str, rows: list[Line], heading: Span | None, cue: Span | None) -> Block:
    body = [r for r in rows if r.kind is LineKind.TABLE_ROW]
    has_rule = any(r.kind is LineKind.TABLE_RULE for r in rows[:3])
    header = table_cells(text, body[0].span) if body and has_rule else []
    data_rows = body[1:] if header else body
    span = Span(rows[0].span.start, rows[-1].span.end)
    return Block(BlockKind.TABLE, span, cue=cue, header=header,
                 rows=[table_cells(text, r.span) for r in data_rows], heading=heading)
