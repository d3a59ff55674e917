"""Word lists as fast regular-expression alternations: shared by the cue-word rules, the actor gazetteer and
the grammar reader's first pass."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, ignore_case: bool = True, flexible_spaces: bool = True) -> str:
    """Words as one alternation, longest first (so "called on" wins over "call"), factored by first
    letter: Python's re tries every branch at every position, and factoring makes each scan ~5x faster
    (~20x for the ~1,000 actor names). ``flexible_spaces`` lets a space match any run of whitespace."""
    groups: dict[str, list[str]] = {}
    for word in set(words):
        groups.setdefault(word[0].lower() if ignore_case else word[0], []).append(word)
    parts = []
    for first, group in sorted(groups.items()):
        escaped = (re.escape(w[1:]) for w in sorted(group, key=len, reverse=True))
        tails = "|".join(t.replace(r"\ ", r"\s+") if flexible_spaces else t for t in escaped)
        head = f"[{re.escape(first)}{re.escape(first.upper())}]" if ignore_case else re.escape(first)
        parts.append(f"{head}(?:{tails})")
    return "|".join(parts)
