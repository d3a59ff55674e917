"""Stage 1a (HTML only): the article's main text and metadata, extracted by trafilatura.

trafilatura drops navigation, footers, cookie banners and share widgets, and writes lists as "- "
lines and tables as markdown rows: the same shapes the text parser reads in pasted articles.
"""

from __future__ import annotations

from dataclasses import dataclass


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
        include_formatting=False,
        with_metadata=True,
        favor_recall=True,
    )
    if result is None:
        return ExtractedPage("", None, None)
    return ExtractedPage(result.text or "", result.title or None, result.date or None)
