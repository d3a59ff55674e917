"""Stage 1a (HTML only), the report: which parts of the page the article extraction left out, and why.

trafilatura keeps the article and drops the rest without saying what. A client that sent a page should
hear what was set aside (navigation, a cookie banner, comments ...), as the text path reports its junk
lines in ``meta.boilerplate``. The parts are named from the page's own markup: a semantic tag
(<nav>, <footer>, <aside>) or a token of an element's class or id ("cookie-banner", "related-posts"),
declared once below. An element is reported only when most of its visible text is absent from the
extracted article, so a part that trafilatura kept (a byline in a <header>) is never called dropped.

Offsets come from the stdlib tokenizer, which gives each tag's exact line and column, so ``start``/``end``
index the HTML as sent: ``html[start:end]`` is the element from its "<" to the end of its closing tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import accumulate
from typing import Final

# (reason, tags that are that part by themselves, pattern over one class or id token). Order matters: the
# first rule that matches names the element ("comment-footer" is comments, not a footer).
PAGE_PART_RULES: Final[tuple[tuple[str, frozenset[str], str], ...]] = (
    ("cookie banner", frozenset(), r"cookie|consent|gdpr"),
    ("comments", frozenset(), r"comment(?!ary)|disqus|respond"),
    ("related links", frozenset(), r"related|recommend|more-stories|read-?more|outbrain|taboola|trending"),
    ("share buttons", frozenset(), r"(?:^|[-_])share|social|sharing"),
    ("newsletter or subscription", frozenset(), r"newsletter|subscri|sign-?up|paywall"),
    ("advertising", frozenset(), r"(?:^|[-_])ads?(?:$|[-_])|advert|sponsor|promo"),
    ("navigation", frozenset({"nav"}), r"(?:^|[-_])nav|menu|breadcrumb"),
    ("footer", frozenset({"footer"}), r"footer"),
    ("sidebar", frozenset({"aside"}), r"sidebar|(?:^|[-_])rail(?:$|[-_])"),
    ("site header", frozenset({"header"}), r"masthead|site-header"),
    ("form", frozenset({"form"}), r"(?!)"),
)
_COMPILED_RULES: Final = tuple((reason, tags, re.compile(pattern, re.IGNORECASE))
                               for reason, tags, pattern in PAGE_PART_RULES)

# An element counts as dropped when less than this share of its visible words is in the extracted text:
# a part that trafilatura mostly kept is not reported, one it kept a stray word of still is.
KEPT_SHARE_BELOW: Final = 0.5

# Text inside these is never shown to a reader, so it is neither visible text nor a dropped part.
_INVISIBLE: Final = frozenset({"script", "style", "noscript", "template", "head", "title"})
_VOID: Final = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                          "param", "source", "track", "wbr"})
# Tags inside a line of text; any other tag breaks the text, so "<p>Home<p>World" reads "Home World".
_INLINE: Final = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "em", "i", "kbd", "mark",
                            "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"})
_WORD: Final = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DroppedPart:
    reason: str
    element: str  # the tag with its id or first class, e.g. "div#cookie-banner", "nav"
    start: int
    end: int
    text: str  # the part's visible text, whitespace collapsed


def find_dropped_parts(html: str, kept_text: str) -> list[DroppedPart]:
    """The outermost page parts named by PAGE_PART_RULES whose text the extraction did not keep, in page
    order."""
    kept_words = set(_WORD.findall(kept_text.lower()))
    scanner = _PartScanner(html)
    scanner.feed(html)
    scanner.close()
    dropped = []
    for part in scanner.parts:
        words = _WORD.findall(part.text.lower())
        if words and sum(w in kept_words for w in words) < KEPT_SHARE_BELOW * len(words):
            dropped.append(part)
    return dropped


def _part_reason(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    tokens = [token for name, value in attrs if name in ("class", "id") and value for token in value.split()]
    for reason, tags, pattern in _COMPILED_RULES:
        if tag in tags or any(pattern.search(token) for token in tokens):
            return reason
    return None


def _element_name(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    values = dict(attrs)
    if values.get("id"):
        return f"{tag}#{values['id']}"
    if values.get("class"):
        return f"{tag}.{values['class'].split()[0]}"
    return tag


@dataclass(slots=True)
class _Open:
    tag: str
    start: int
    reason: str | None  # set on the outermost element of a part only
    name: str
    text: list[str]


class _PartScanner(HTMLParser):
    """Tracks open elements with their offsets; records each outermost named part when it closes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self._html = html
        self._line_starts = [0, *accumulate(len(line) for line in html.splitlines(keepends=True))]
        self._stack: list[_Open] = []
        self._part_depth: int | None = None  # stack index of the part being read
        self._invisible_depth = 0
        self.parts: list[DroppedPart] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break_text(tag)
        if tag in _VOID:
            return
        reason = None
        if self._part_depth is None and not self._invisible_depth:
            reason = _part_reason(tag, attrs)
        if tag in _INVISIBLE:
            self._invisible_depth += 1
        self._stack.append(_Open(tag, self._offset(), reason, _element_name(tag, attrs), []))
        if reason is not None:
            self._part_depth = len(self._stack) - 1

    def handle_endtag(self, tag: str) -> None:
        if not any(element.tag == tag for element in self._stack):
            return  # a stray closing tag
        self._break_text(tag)
        end = self._html.find(">", self._offset()) + 1 or len(self._html)
        while self._stack:  # closes the elements left open inside it (<p> without </p>)
            if self._close(self._stack.pop(), end).tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._part_depth is not None and not self._invisible_depth:
            self._stack[self._part_depth].text.append(data)

    def _break_text(self, tag: str) -> None:
        if self._part_depth is not None and tag not in _INLINE:
            self._stack[self._part_depth].text.append(" ")

    def close(self) -> None:
        super().close()
        while self._stack:  # elements never closed end with the page
            self._close(self._stack.pop(), len(self._html))

    def _close(self, element: _Open, end: int) -> _Open:
        if element.tag in _INVISIBLE:
            self._invisible_depth -= 1
        if element.reason is not None:
            self._part_depth = None
            text = " ".join("".join(element.text).split())
            self.parts.append(DroppedPart(element.reason, element.name, element.start, end, text))
        return element
