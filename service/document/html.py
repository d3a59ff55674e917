"""Stage 1a (HTML only): the article's main text and metadata, extracted by trafilatura.

trafilatura drops navigation, footers, cookie banners and share widgets, and writes the article as
markdown: headings as "# " lines (which the layout reads as headings, not sentences), lists as "- "
lines and tables as markdown rows, the same shapes the text parser reads in pasted articles. Its
emphasis marks (**bold**, *italic*) are taken out: they are markup, not words of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

# **bold** and *italic* around words, within one line.
_EMPHASIS: Final = re.compile(r"(\*\*|\*)(?=\S)([^*\n]+?)(?<=\S)\1")


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    published: str | None


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
    return ExtractedPage(_EMPHASIS.sub(r"\2", result.text or ""), result.title or None, result.date or None)
