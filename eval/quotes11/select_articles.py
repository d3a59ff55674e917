"""Deterministic selection for quotes11: random.Random(45).sample(rows, 20) of cnndm-dev rows (sorted by id),
excluding ids already used in heldout/quotes/quotes2..quotes10/dev3-articles."""
import random
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from selection import remaining_rows, write_selection  # noqa: E402

rows = remaining_rows(['quotes', 'quotes2', 'quotes3', 'quotes4', 'quotes5', 'quotes6', 'quotes7', 'quotes8', 'quotes9',
                       'quotes10'])
assert len(rows) == 43, len(rows)
picked = random.Random(45).sample(rows, 20)
write_selection(BASE, picked)
