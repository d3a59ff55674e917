"""Quotation marks → quoted spans, and the sentences around each (its region, its lead-in).

A left-to-right pass pairs opening and closing marks of one family
(double: " “ ”, single: ' ‘ ’), tells apostrophes from marks by what stands on each side, and follows
the news conventions: a quotation split by its attribution is two quotes here (joined by attribution
later), and one that runs on into the next paragraph (an opening mark with no closing one before it)
continues as a further part of the same quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Final

from .model import Document, Span

DOUBLE: Final = frozenset('"“”„')
SINGLE: Final = frozenset("'‘’‚")
ALWAYS_OPENING: Final = frozenset("“‘„‚")
ALWAYS_CLOSING: Final = frozenset("”")
# Characters after which a straight or ambiguous mark opens a quotation.
OPENS_AFTER: Final = frozenset(" \t\n([{—–-/")
# Characters after which a mark closes one: the end of the quoted words.
CLOSES_BEFORE: Final = frozenset(" \t\n.,;:!?)]}—–-")
# A run-on quote continues only at the start of a new sentence: the part before it ends here.
SENTENCE_ENDS: Final = frozenset(".!?")
# A quotation runs on over a few paragraphs; one of more parts than this is marks gone wrong (a
# hostile input of nothing but marks), and is cut into quotations of this many parts.
MAX_QUOTE_PARTS: Final = 50
_MARK_OR_BREAK: Final = re.compile("[\n" + re.escape("".join(sorted(DOUBLE | SINGLE))) + "]")
# Regions longer than this are not parsed for attribution: a long speech's speaker is then the lead-in's
# or the quotation's before (about five sentences of news prose; keeps a hostile input's parse bounded).
MAX_REGION_CHARS: Final = 3_000
# Characters (spaces, a mark) between a lead-in sentence and the quotation it introduces; a paragraph break
# with the next paragraph's indent ("\n    " in wire copy) is such a gap too, up to LEAD_IN_INDENT_CHARS.
LEAD_IN_GAP_CHARS: Final = 3
LEAD_IN_INDENT_CHARS: Final = 10
# A quotation longer than this that never closes is a stray mark (or an apostrophe that looked like an
# opening mark: "'90s", "'em"): it is dropped rather than swallowing the text after it.
MAX_OPEN_QUOTE_CHARS: Final = 2_000


@dataclass(slots=True)
class RawQuote:
    parts: list[Span] = field(default_factory=list)
    closed: bool = False          # ended on a closing mark (not at a paragraph's end or the text's)


def _role(text: str, i: int) -> str | None:
    """"open", "close", or None (an apostrophe, or a mark between two spaces)."""
    char = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if char in ALWAYS_OPENING and not (before.isalnum() and after.isalnum()):
        return "open"
    if char in ALWAYS_CLOSING:
        return "close"
    if before.isalnum() and after.isalnum():
        return None  # "don't", "Beijing’s"
    if char in SINGLE and _elided_year(text, i):
        return None
    if (before in OPENS_AFTER or before in DOUBLE | SINGLE) and not after.isspace():
        return "open"
    if not before.isspace() and (after in CLOSES_BEFORE or after in DOUBLE | SINGLE):
        return "close"
    return None


# Words after which "'90" is a year with its century left out ("the class of '57", "since '03").
YEAR_BEFORE_WORDS: Final = frozenset({"of", "in", "since", "from", "until", "till", "class", "summer", "winter",
                                      "spring", "autumn", "fall", "season", "vintage"})
# A day of the month and its comma before one: "Feb 24, '90".
_DAY_AND_COMMA: Final = re.compile(r"\d{1,2},")


def _elided_year(text: str, i: int) -> bool:
    """An apostrophe for a century left out: "the '90s", "Feb 24, '90", "since '03" (not "he said, '20
    people died'")."""
    digits, following = text[i + 1 : i + 3], text[i + 3 : i + 4]
    if len(digits) < 2 or not digits.isdigit() or following.isdigit():
        return False
    if following == "s":
        return True
    if following.isalpha():
        return False
    previous = text[max(0, i - 20) : i].split()
    return bool(previous) and (_DAY_AND_COMMA.fullmatch(previous[-1]) is not None
                               or previous[-1].lower() in YEAR_BEFORE_WORDS)


def unquoted(text: str, wrapped_breaks: frozenset[int] = frozenset()) -> str:
    """``text`` with every quoted stretch ``find_quoted`` sees left out (its marks stay)."""
    kept, start = [], 0
    for quote in find_quoted(text, wrapped_breaks):
        for part in quote.parts:
            kept.append(text[start : part.start])
            start = part.end
    kept.append(text[start:])
    return " ".join(kept)


def find_quoted(text: str, wrapped_breaks: frozenset[int] | None = frozenset()) -> list[RawQuote]:
    """Every quoted stretch of ``text`` (inside its marks), in reading order. A line break ends a paragraph,
    and the quotation open in it, unless it is one of ``wrapped_breaks`` (a hard-wrapped paragraph's:
    ``Document.wrapped_breaks``); ``None``: no break does (``text`` is one sentence)."""
    quotes: list[RawQuote] = []
    current: RawQuote | None = None
    family: frozenset[str] = DOUBLE
    start = 0
    for found in _MARK_OR_BREAK.finditer(text):  # only marks and line breaks matter: a scan, not a loop
        i, char = found.start(), found.group()
        if char == "\n":
            if current is not None and wrapped_breaks is not None and i not in wrapped_breaks:
                current, start = _paragraph_end(text, current, start, i, quotes)
            continue
        if char not in DOUBLE and char not in SINGLE:
            continue
        role = _role(text, i)
        if role is None and current is not None and char in family and _spaced_close(text, start, i):
            role = "close"
        if role is None:
            continue
        if current is None:
            if role == "open":
                current, family, start = RawQuote(), DOUBLE if char in DOUBLE else SINGLE, i + 1
            continue
        if char not in family:
            continue  # a quotation inside the quotation, or an apostrophe
        if role == "close":
            _add_part(text, current, start, i)
            current.closed = True
            quotes.append(current)
            current = None
        elif _after_sentence_end(text, start, i):
            _add_part(text, current, start, i)  # run-on: "... 80s. 'Some couples ..."
            if len(current.parts) >= MAX_QUOTE_PARTS:
                quotes.append(current)  # marks gone wrong: what follows starts afresh
                current = RawQuote()
            start = i + 1
    if current is not None:
        _add_part(text, current, start, len(text))
        quotes.append(current)
    return [q for q in quotes if q.parts and not _stray(q)]


def _paragraph_end(text: str, current: RawQuote, start: int, newline: int,
                   quotes: list[RawQuote]) -> tuple[RawQuote | None, int]:
    """At a line break inside a quotation: the part ends; the quote goes on only when the next
    paragraph opens with a mark (and then from after that mark)."""
    _add_part(text, current, start, newline)
    following = newline
    while following < len(text) and text[following].isspace():
        following += 1
    if following < len(text) and text[following] in DOUBLE | SINGLE and _role(text, following) == "open":
        return current, following + 1
    quotes.append(current)
    return None, 0


def _spaced_close(text: str, start: int, mark: int) -> bool:
    """'"... from Germany and France, " EPP spokesman Alexander Radwan said': a mark between spaces, after
    a comma, closes the open quotation (no quotation opens with a space after its mark); so does one after
    the closing mark of a quotation inside it ("... I said, 'My God, it's going to hit,' " he told us)."""
    last = mark - 1
    while last >= start and text[last] in " \t":
        last -= 1
    if not start <= last < mark - 1:
        return False
    return text[last] == "," or (text[last] in DOUBLE | SINGLE and last > start and text[last - 1] in ",.!?")


def _after_sentence_end(text: str, start: int, mark: int) -> bool:
    """Whether an opening mark inside an open quotation starts a new sentence of it (a run-on)."""
    last = mark - 1
    while last >= start and text[last].isspace():
        last -= 1
    return start <= last < mark - 1 and text[last] in SENTENCE_ENDS


def _add_part(text: str, quote: RawQuote, start: int, end: int) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        quote.parts.append(Span(start, end))


def _stray(quote: RawQuote) -> bool:
    return not quote.closed and quote.parts[-1].end - quote.parts[0].start > MAX_OPEN_QUOTE_CHARS


def inside(quote: RawQuote, position: int) -> bool:
    return any(p.start <= position < p.end for p in quote.parts)


class SentenceIndex:
    """The document's sentences by position, for the region and lead-in of each quotation (bisect, so
    that an article with thousands of quotations is not read once per quotation)."""

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.spans = [s.span for s in document.sentences]
        self.starts = [span.start for span in self.spans]
        self.ends = [span.end for span in self.spans]

    def region(self, quote: RawQuote) -> Span:
        """The sentences from the one the quotation opens in to the one it closes in (what is parsed to
        attribute it; callers skip regions over MAX_REGION_CHARS)."""
        start, end = quote.parts[0].start - 1, quote.parts[-1].end
        first = bisect.bisect_right(self.ends, start)      # first sentence ending after the mark
        last = bisect.bisect_left(self.starts, end) - 1    # last sentence starting before the end
        if first >= len(self.spans) or last < first:
            return Span(max(0, start), min(len(self.text), end + 1))
        return Span(min(self.spans[first].start, max(0, start)), max(self.spans[last].end, end))

    def follow_on(self, region: Span) -> Span | None:
        """The sentence just after a quotation's own, when nothing but spaces parts them: 'said Ulrich
        Schulte-Strathaus, secretary general of ...' may attribute it. A new paragraph does not."""
        after = bisect.bisect_left(self.starts, region.end)
        if after >= len(self.spans) or self.spans[after].start - region.end > LEAD_IN_GAP_CHARS or \
                len(self.spans[after]) > MAX_REGION_CHARS or "\n" in self.text[region.end : self.spans[after].start]:
            return None
        return self.spans[after]

    def lead_in(self, region: Span) -> Span | None:
        """The sentence just before a quotation's own: 'One broker said the reasons may be political.
        "If you ..."' is the broker's."""
        before = bisect.bisect_right(self.ends, region.start) - 1
        if before < 0:
            return None
        gap = self.text[self.spans[before].end : region.start]
        if len(gap) > LEAD_IN_GAP_CHARS and (len(gap) > LEAD_IN_INDENT_CHARS or not gap.startswith("\n") or
                                             gap.strip()):
            return None
        return self.spans[before]
