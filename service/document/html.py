"""Stage 1a (HTML only): the article's main text and metadata, extracted by trafilatura.

trafilatura drops navigation, footers, cookie banners and share widgets, and writes the article as
markdown: headings as "# " lines (which the layout reads as headings, not sentences), lists as "- "
lines and tables as markdown rows, the same shapes the text parser reads in pasted articles. Its
emphasis marks (**bold**, *italic*) are taken out: they are markup, not words of the article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Final

from .page_parts import DroppedPart, find_dropped_parts

# **bold** and *italic* around words, within one line.
_EMPHASIS: Final = re.compile(r"(\*\*|\*)(?=\S)([^*\n]+?)(?<=\S)\1")

# schema.org types whose "headline" is the article's title; a page's JSON-LD also describes the site,
# its breadcrumbs and its organisation, whose names are not.
ARTICLE_TYPES: Final = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                                  "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
                                  "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle"})
_JSON_LD: Final = re.compile(r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script>",
                             re.IGNORECASE | re.DOTALL)
# Deep enough for @graph → item → mainEntity; a hostile page cannot make the walk recurse without end.
MAX_JSON_LD_DEPTH: Final = 6


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    published: str | None
    dropped: list[DroppedPart] = field(default_factory=list)


def extract_page(html: str) -> ExtractedPage:
    """Main text, title and date of an HTML page; empty text when the page holds no article."""
    import trafilatura  # imported lazily: it pulls lxml, justext and htmldate (~0.4 s)

    result = trafilatura.bare_extraction(
        html,
        include_tables=True,
        include_comments=False,
        include_formatting=True,
        with_metadata=True,
        favor_recall=True,
    )
    if result is None:
        return ExtractedPage("", None, None)
    text = _EMPHASIS.sub(r"\2", result.text or "")
    # trafilatura reads a JSON-LD object but not a list of them; the headline the page declares for its
    # article is a better title than the <title> tag's site name.
    title = json_ld_headline(html) or result.title or None
    return ExtractedPage(text, title, result.date or None, find_dropped_parts(html, text) if text.strip() else [])


def json_ld_headline(html: str) -> str | None:
    """The headline of the first article described in the page's JSON-LD (an object, a list, an @graph)."""
    for match in _JSON_LD.finditer(html):
        try:
            data = json.loads(match.group(1))
        except ValueError:
            continue  # a page's broken metadata is no reason to fail its article
        headline = _article_headline(data, MAX_JSON_LD_DEPTH)
        if headline:
            return headline
    return None


def _article_headline(data: Any, depth: int) -> str | None:
    if depth == 0:
        return None
    if isinstance(data, list):
        return next((h for item in data if (h := _article_headline(item, depth - 1))), None)
    if not isinstance(data, dict):
        return None
    types = data.get("@type")
    types = set(types) if isinstance(types, list) else {types}
    headline = data.get("headline") or data.get("name")
    if types & ARTICLE_TYPES and isinstance(headline, str) and headline.strip():
        return " ".join(headline.split())
    return _article_headline(data.get("@graph") or data.get("mainEntity"), depth - 1)
