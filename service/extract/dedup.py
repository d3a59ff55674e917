"""Restatements merged: the same demand or outcome said twice becomes one item with all its evidence.

Two passes: a cheap one on shared content words (same wording), then one on MiniLM embeddings when
the model is at hand (same meaning in other words: "cut tariffs on canola" / "lower canola duties").
"""

from __future__ import annotations

import bisect
import re
from typing import Final, TypeVar

import numpy as np

from ..deadline import CHECK_EVERY, Deadline
from . import rules
from .model import Demand, Outcome, Source

# Share of the shorter item's content words found in the longer one above which two items are the
# same statement; 0.8 merges "agreed to continue dialogue" into "both sides ... agreed to continue
# dialogue" while keeping distinct demands that share a verb apart.
SAME_ITEM_WORD_SHARE: Final = 0.8
# Cosine similarity of two items' MiniLM embeddings above which they say the same thing, for items
# in different blocks. Measured: paraphrases written as such score 0.67-0.81 ("lift the tariffs on
# canola" / "remove the duties imposed on canola" 0.80), restatements in the seeds 0.76-0.80; distinct
# commitments of one statement that share a topic reach 0.80 too, but always inside one list or
# paragraph, which never restates its own items, so those are never compared.
SAME_MEANING_SIMILARITY: Final = 0.75
_STOPWORDS: Final = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as", "is",
    "are", "was", "were", "be", "been", "this", "that", "these", "those", "it", "its", "their", "them",
    "they", "his", "her", "our", "we", "not", "no", "more",
})

Item = TypeVar("Item", Demand, Outcome)


def content_words(value: str) -> frozenset[str]:
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9]+", value.lower()) if w not in _STOPWORDS and len(w) > 1)


def merge_restatements(items: list[Item], text: str, deadline: Deadline | None = None,
                       block_starts: list[int] | None = None) -> list[Item]:
    """Keeps the first item of each group of restatements, with the others' spans in ``also``. Two entries
    of one list or table (``block_starts``: the sorted start offsets of the document's blocks) are merged
    only when they are near copies: a list does not restate its own entries ("will cut the import tariff
    rate" and "will set a quota for cement at a zero import tariff rate" are two commitments), though a
    pasted table may repeat a row.

    Only kept items sharing a word with the new one are compared (an index by word): thousands of
    distinct table rows cost thousands of comparisons, not millions. Long runs check ``deadline``."""
    kept: list[Item] = []
    keys: list[frozenset[str]] = []
    holders: dict[str, list[int]] = {}
    blocks = block_indices(items, block_starts or [])
    kept_blocks: list[int] = []
    for number, item in enumerate(items):
        if deadline is not None and number % CHECK_EVERY == 0:
            deadline.check("merging restatements")
        words = content_words(text[item.span.start : item.span.end])
        if not words:
            continue
        for index in sorted({index for word in words for index in holders.get(word, ())}):
            other = keys[index]
            shorter = min(len(words), len(other))
            shared = len(words & other)
            # Two entries of one list that differ in most of the longer one's words are two entries; near
            # copies (a pasted table's repeated rows) are still one.
            entries = item.source is not Source.SENTENCE and kept[index].source is item.source and \
                block_starts is not None and kept_blocks[index] == blocks[number] and \
                shared / max(len(words), len(other)) < SAME_ITEM_WORD_SHARE
            if shared / shorter >= SAME_ITEM_WORD_SHARE and _compatible(kept[index], item) and not entries:
                _absorb(kept[index], item)
                break
        else:
            for word in words:
                holders.setdefault(word, []).append(len(kept))
            kept.append(item)
            keys.append(words)
            kept_blocks.append(blocks[number])
    return _unique_evidence(kept)


def merge_paraphrases(items: list[Item], vectors: np.ndarray, text: str, block_starts: list[int]) -> list[Item]:
    """Merges items whose embeddings (unit rows of ``vectors``, one per item) say the same thing in
    different blocks (``block_starts``: the sorted start offsets of the document's blocks); the
    clearest wording of each group is kept and carries the evidence of all."""
    if len(items) < 2:
        return items
    similarity = vectors @ vectors.T
    blocks = block_indices(items, block_starts)
    groups: list[list[int]] = []
    for index, item in enumerate(items):
        for group in groups:
            if all(similarity[index, member] >= SAME_MEANING_SIMILARITY and blocks[index] != blocks[member]
                   and _compatible(items[member], item) for member in group):
                group.append(index)
                break
        else:
            groups.append([index])
    merged: list[Item] = []
    for group in groups:
        best = max(group, key=lambda i: _clarity(items[i], text))
        for member in group:
            if member != best:
                _absorb(items[best], items[member])
        merged.append(items[best])
    return _unique_evidence(merged)


def block_indices(items: list[Item], block_starts: list[int]) -> list[int]:
    return [bisect.bisect_right(block_starts, item.evidence.start) for item in items]


def may_paraphrase(items: list[Item], block_starts: list[int]) -> bool:
    """Whether any two items could be merged by meaning (compatible, in different blocks): when none
    can, embedding them is skipped."""
    blocks = block_indices(items, block_starts)
    # One pass, not one per pair (a list of 10^4 distinct entries): compatible items share a status, or an
    # actor, or one of them has no actor, which pairs it with any item of another block.
    blocks_of: dict[object, set[int]] = {}
    unattributed = False
    for item, block in zip(items, blocks, strict=True):
        key = item.status if isinstance(item, Outcome) else item.actor
        unattributed = unattributed or key is None
        blocks_of.setdefault(key, set()).add(block)
    if unattributed and isinstance(items[0], Demand):
        return len(set(blocks)) > 1
    return any(len(found) > 1 for found in blocks_of.values())


def _clarity(item: Demand | Outcome, text: str) -> tuple[bool, float, int]:
    """Laid out as a list or table item first, then the plainer cue, then the fewer words."""
    words = len(text[item.span.start : item.span.end].split())
    return item.source is not Source.SENTENCE, rules.CUE_STRENGTH.get(item.cue, 0.0), -words


def _absorb(kept: Demand | Outcome, other: Demand | Outcome) -> None:
    kept.also.extend((other.evidence, *other.also))  # made unique once at the end: a text may repeat 10^4 times


def _unique_evidence(items: list[Item]) -> list[Item]:
    for item in items:
        if item.also:
            item.also = [span for span in dict.fromkeys(item.also) if span != item.evidence]
    return items


def _compatible(first: Demand | Outcome, second: Demand | Outcome) -> bool:
    if isinstance(first, Outcome) and isinstance(second, Outcome):
        return first.status == second.status
    if isinstance(first, Demand) and isinstance(second, Demand):
        return first.actor is None or second.actor is None or first.actor == second.actor
    return False
