"""Deterministic selection for quotes7: all remaining cnn-test rows (3) + random.Random(37).sample(dm_rows, 21) of
cnndm-dev, excluding ids already used in heldout/quotes/quotes2/quotes3/quotes4/quotes5/quotes6/dev3-articles."""
import random
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from selection import remaining_rows, write_selection  # noqa: E402

rows = remaining_rows(['quotes', 'quotes2', 'quotes3', 'quotes4', 'quotes5', 'quotes6'])
cnn_rows = [r for r in rows if r['id'].startswith('cnn-test-')]
dm_rows = [r for r in rows if r['id'].startswith('dm-test-')]
assert len(rows) == 135 and len(cnn_rows) == 3, (len(rows), len(cnn_rows), len(dm_rows))
picked = cnn_rows + random.Random(37).sample(dm_rows, 21)
write_selection(BASE, picked)
