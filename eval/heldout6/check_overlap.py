"""heldout6: copied unchanged from heldout5/check_overlap.py (its glob already takes in heldout5 and every quotes*
folder present).

Checks that no selected article copies an already used text: compares each articles/<id>.txt with every article
of the excluded folders (dev, dev2, dev3, seeds, heldout .. heldout5, quotes*; every
/work/main/eval/*/articles except this set's own): same title (first line), and
the share of its 8-word shingles found in the other text. Prints the closest match per article."""
import re
import sys
from pathlib import Path


class _Tee:  # everything printed also goes to overlap_output.txt (written at the end of a complete run)
    def __init__(self):
        self.out, self.buf = sys.stdout, []

    def write(self, s):
        self.out.write(s)
        self.buf.append(s)

    def flush(self):
        self.out.flush()


_TEE = sys.stdout = _Tee()

DIRS = [Path("/work/shared/eval", d) for d in ("dev-articles", "dev2-articles", "dev3-articles")]
DIRS += [Path("/work/shared/seeds")] + sorted(Path("/work/main/eval").glob("*/articles"))
DIRS = [d for d in DIRS if d.resolve() != (Path(__file__).resolve().parent / "articles")]


def sh(t, n=8):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


used = {}
for d in DIRS:
    for p in d.glob("*.txt"):
        t = p.read_text(encoding="utf-8", errors="replace")
        used[f"{d.parent.name}/{d.name}/{p.stem}"] = (t.split("\n", 1)[0].strip().lower(), sh(t))
print(len(used), "used texts")
for p in sorted((Path(__file__).resolve().parent / "articles").glob("*.txt")):
    t = p.read_text(encoding="utf-8")
    title, s = t.split("\n", 1)[0].strip().lower(), sh(t)
    best = max(((len(s & u[1]) / max(1, len(s)), k) for k, u in used.items()), default=(0, ""))
    same_title = [k for k, u in used.items() if u[0] == title]
    print(f"{p.stem[:60]:60s} max shingle overlap {best[0]:.3f} ({best[1]})  same title: {same_title}")
tops = []
for p in sorted((Path(__file__).resolve().parent / "articles").glob("*.txt")):
    s = sh(p.read_text(encoding="utf-8"))
    tops.append(max(((len(s & u[1]) / max(1, len(s)), k, p.stem) for k, u in used.items())))
print("largest: %.3f (%s vs %s)" % (tops and max(tops)[0], max(tops)[2], max(tops)[1]))

(Path(__file__).resolve().parent / "overlap_output.txt").write_text("".join(_TEE.buf), encoding="utf-8")
