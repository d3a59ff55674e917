"""Publication dates: from a pasted date line, a wire dateline or HTML metadata, always as ISO 8601."""

from __future__ import annotations

import functools
from typing import Final

from . import rules

# dateparser settings: English only (no language detection cost), never guess a future-relative
# date, and demand a day, month and year so that "March 3" alone is not completed with today's year.
_DATEPARSER_SETTINGS: Final = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


@functools.lru_cache(maxsize=512)
def to_iso(raw: str) -> str | None:
    """Parses a date expression into YYYY-MM-DD, or None when it is not a complete date."""
    import dateparser  # imported lazily: loading its language data costs ~0.3 s per process

    parsed = dateparser.parse(raw, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


def from_dateline(first_paragraph: str) -> str | None:
    match = rules.DATELINE.match(first_paragraph)
    return to_iso(match.group("date")) if match else None
