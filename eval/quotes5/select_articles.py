"""Deterministic selection for quotes5: 8 cnn-test + 16 dm-test rows of cnndm-dev (random.Random(29)),
excluding ids already used in heldout/quotes/quotes2/quotes3/quotes4/dev3-articles."""
import random
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from selection import remaining_rows, write_selection  # noqa: E402

rows = remaining_rows(['quotes', 'quotes2', 'quotes3', 'quotes4'])
cnn_rows = [r for r in rows if r['id'].startswith('cnn-test-')]
dm_rows = [r for r in rows if r['id'].startswith('dm-test-')]
assert len(rows) == 183 and len(cnn_rows) == 19, (len(rows), len(cnn_rows), len(dm_rows))
picked = random.Random(29).sample(cnn_rows, 8) + random.Random(29).sample(dm_rows, 16)
write_selection(BASE, picked)
