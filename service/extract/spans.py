"""Small span helpers shared by the rule families: trimming and clause cutting, offsets preserved."""

from __future__ import annotations

from typing import Final

from ..document import Span
from . import rules

_EDGE: Final = " \t\r\n\u00a0,;:.!?-–—\"'“”‘’()[]*"


def trim(text: str, start: int, end: int) -> Span | None:
    """Shrinks a span past spaces, punctuation and quotes at either edge; None if nothing is left.

    A quote is kept when its partner is inside the span ("a “more balanced” policy").
    """
    while start < end and text[start] in _EDGE and not _paired(text, start, end, opening=True):
        start += 1
    while end > start and text[end - 1] in _EDGE and not _paired(text, start, end, opening=False):
        end -= 1
    return Span(start, end) if end > start else None


def unpaired_quotes(text: str, start: int = 0, end: int | None = None) -> tuple[bool, int]:
    """Whether ``text[start:end]`` leaves a straight double quote unpaired, and how many more curly
    opening marks than closing ones it holds (negative: more closing)."""
    end = len(text) if end is None else end
    return text.count('"', start, end) % 2 == 1, text.count("“", start, end) - text.count("”", start, end)


def balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widens a span by the quotation mark just outside it when one inside is left unpaired:
    'a "fair deal" for X' cut as 'fair deal" for X' becomes '"fair deal" for X'."""
    straight_open, curly_opened = unpaired_quotes(text, start, end)
    if (straight_open and end < len(text) and text[end] == '"') or (curly_opened > 0 and text[end:end + 1] == "”"):
        return start, end + 1
    if (straight_open and start > 0 and text[start - 1] == '"') or (curly_opened < 0 and text[start - 1:start] == "“"):
        return start - 1, end
    return start, end


_PAIRS: Final = {"“": "”", "‘": "’", "(": ")", "[": "]"}
_CLOSERS: Final = {v: k for k, v in _PAIRS.items()}


def _paired(text: str, start: int, end: int, opening: bool) -> bool:
    if text[start if opening else end - 1] == '"':
        # A straight quote pairs with another inside the span: 'not to "walk away"' keeps both.
        return text.count('"', start, end) % 2 == 0
    if opening:
        char = text[start]
        return char in _PAIRS and _PAIRS[char] in text[start + 1 : end]
    char = text[end - 1]
    return char in _CLOSERS and _CLOSERS[char] in text[start : end - 1]


# A demanded action is at most MAX_ACTION_WORDS words; looking further than this many characters for
# its end only costs time (and on a 1 MB run-on "sentence" makes every cue scan the whole text).
MAX_CLAUSE_CHARS: Final = 400


def clause_from(text: str, start: int, limit: int) -> Span | None:
    """The clause that starts at ``start``: up to the first clause boundary before ``limit``."""
    limit = min(limit, start + MAX_CLAUSE_CHARS)
    boundary = rules.CLAUSE_END.search(text, start, limit)
    end = boundary.start() if boundary else limit
    span = trim(text, start, end)
    if span is None:
        return None
    words = text[span.start : span.end].split()
    if len(words) > rules.MAX_ACTION_WORDS:
        comma = text.find(",", span.start, span.end)
        if comma > span.start:
            span = trim(text, span.start, comma) or span
    return span


def word_count(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())
