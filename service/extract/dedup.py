"""Restatements merged: the same demand or outcome said twice becomes one item with all its evidence."""

from __future__ import annotations

import re
from typing import Final, TypeVar

from .model import Demand, Outcome

# Share of the shorter item's content words found in the longer one above which two items are the
# same statement; 0.8 merges "agreed to continue dialogue" into "both sides ... agreed to continue
# dialogue" while keeping distinct demands that share a verb apart.
SAME_ITEM_WORD_SHARE: Final = 0.8
_STOPWORDS: Final = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as", "is",
    "are", "was", "were", "be", "been", "this", "that", "these", "those", "it", "its", "their", "them",
    "they", "his", "her", "our", "we", "not", "no", "more",
})

Item = TypeVar("Item", Demand, Outcome)


def content_words(value: str) -> frozenset[str]:
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9]+", value.lower()) if w not in _STOPWORDS and len(w) > 1)


def merge_restatements(items: list[Item], text: str) -> list[Item]:
    """Keeps the first item of each group of restatements, with the others' spans in ``also``."""
    kept: list[Item] = []
    keys: list[frozenset[str]] = []
    for item in items:
        words = content_words(text[item.span.start : item.span.end])
        if not words:
            continue
        for index, other in enumerate(keys):
            shorter = min(len(words), len(other))
            overlap = len(words & other)
            if shorter and overlap / shorter >= SAME_ITEM_WORD_SHARE and _compatible(kept[index], item):
                if item.evidence != kept[index].evidence:
                    kept[index].also.append(item.evidence)
                break
        else:
            kept.append(item)
            keys.append(words)
    return kept


def _compatible(first: Demand | Outcome, second: Demand | Outcome) -> bool:
    if isinstance(first, Outcome) and isinstance(second, Outcome):
        return first.status == second.status
    return True
