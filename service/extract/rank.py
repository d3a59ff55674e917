"""Items ordered by importance: how plainly they are stated, how early, and how often.

News and statements put what matters first and say it more than once; a list under "Key demands
include:" or "X urged Y to" states a demand outright where "the need for" hints at one.
"""

from __future__ import annotations

from typing import Final, TypeVar

from . import rules
from .model import Demand, Outcome

# Weights of the three signals; the cue counts most because it is the most reliable of them.
CUE_WEIGHT: Final = 0.5
POSITION_WEIGHT: Final = 0.3
REPETITION_WEIGHT: Final = 0.2
# Share of the article after which the position signal has halved: the first third of a news story
# carries its point, a statement's first commitments are its headline ones.
POSITION_HALF_LIFE: Final = 0.35
# Restatements at which repetition counts fully: said three times is as important as it gets.
FULL_REPETITIONS: Final = 2
# A cue family missing from CUE_STRENGTH (none should be) counts as the softest.
DEFAULT_CUE_STRENGTH: Final = min(rules.CUE_STRENGTH.values())

Item = TypeVar("Item", Demand, Outcome)


def importance(item: Demand | Outcome, text_length: int) -> float:
    """In [0, 1]: cue strength, earliness and repetition mixed."""
    strength = rules.CUE_STRENGTH.get(item.cue, DEFAULT_CUE_STRENGTH)
    first = min([item.evidence.start, *(span.start for span in item.also)])
    position = 0.5 ** ((first / max(1, text_length)) / POSITION_HALF_LIFE)
    repetition = min(1.0, len(item.also) / FULL_REPETITIONS)
    return round(CUE_WEIGHT * strength + POSITION_WEIGHT * position + REPETITION_WEIGHT * repetition, 4)


def by_importance(items: list[Item], text_length: int) -> list[Item]:
    """Sets each item's ``importance`` and sorts most important first (reading order on ties)."""
    for item in items:
        item.importance = importance(item, text_length)
    return sorted(items, key=lambda item: (-item.importance, item.evidence.start))
