"""Stage 2, summarize: Document → Summary (sentences quoted from the article, with spans and scores)."""

from __future__ import annotations

from .extractive import ExtractiveConfig, Summary, SummarySentence, summarize_extractive

__all__ = ["ExtractiveConfig", "Summary", "SummarySentence", "summarize_extractive"]
