"""Deterministic selection for quotes12: random.Random(46).sample(rows, min(20, len(rows))) of cnndm-dev rows
(sorted by id), excluding ids already used in heldout/quotes/quotes2..quotes11/heldout2/dev3-articles."""
import random
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent / "quotes"))
from selection import remaining_rows, write_selection  # noqa: E402

EARLIER = ['quotes', 'quotes2', 'quotes3', 'quotes4', 'quotes5', 'quotes6', 'quotes7', 'quotes8', 'quotes9',
           'quotes10', 'quotes11', 'heldout2']
for name in EARLIER:   # every excluded folder must exist (remaining_rows would otherwise fail or skip it)
    assert (BASE.parent / name / 'articles').is_dir(), name
rows = remaining_rows(EARLIER)
assert len(rows) == 19, len(rows)
picked = random.Random(46).sample(rows, min(20, len(rows)))
write_selection(BASE, picked)
