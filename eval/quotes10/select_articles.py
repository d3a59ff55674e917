"""Deterministic selection for quotes10: random.Random(44).sample(rows, 24) of cnndm-dev rows (sorted by id),
excluding ids already used in heldout/quotes/quotes2..quotes9/dev3-articles."""
import random
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from selection import remaining_rows, write_selection  # noqa: E402

rows = remaining_rows(['quotes', 'quotes2', 'quotes3', 'quotes4', 'quotes5', 'quotes6', 'quotes7', 'quotes8', 'quotes9'])
assert len(rows) == 67 and all(r['id'].startswith('dm-test-') for r in rows), len(rows)
picked = random.Random(44).sample(rows, 24)
write_selection(BASE, picked)
