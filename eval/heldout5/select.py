"""Mechanical selection for heldout5 (seed random.Random(20261204)); copied from heldout4/select.py and adapted.

Inputs are the file listings returned by the `find_files` look-up tool (stored next to this script, because the
tool is not callable from Python): wh_listing/<YYYY-MM>.txt (file stems of brian14708/wh-briefings
briefings-statements/<YYYY-MM>/, 2025-01 .. 2026-11; all copied unchanged from heldout4/wh_listing) and
bbc_listing.txt (copied unchanged from heldout4: names listed for DokahlSoZoor/DieNeueKrone data/bbc/{politics,business}).

Differences from heldout4 (otherwise identical: eligibility keys, near-duplicate and "-2" rules, full-order draw
walked from the top with skips.json):
  - seed 20261204;
  - heldout4's documents are excluded too: the file stems of heldout4/articles, the article ids of
    heldout4/gold-heldout4.json, and the full WH file stems named in its `source` fields (a listed stem equal to one of
    them is dropped as an exact match even if its 90-character truncation differed);
  - the quotes sets are listed explicitly, quotes .. quotes13 (heldout4 globbed quotes*; the list is what that glob
    matched when this draw was made, quotes13 included), so that a quotes set created later (an empty quotes14/
    appeared while this set was being built) cannot change the draw.
Run:  python3 select.py   (prints the candidates, the draw order, the skips and the selection)
"""
import difflib
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261204
EVAL = Path("/work/main/eval")
SHARED = Path("/work/shared/eval")

# folders whose article file names are excluded (dev, dev2, dev3, heldout, heldout2, heldout3, heldout4, quotes*)
EXCL_DIRS = [SHARED / d for d in ("dev-articles", "dev2-articles", "dev3-articles")]
EXCL_DIRS += [EVAL / "heldout/articles", EVAL / "heldout2/articles", EVAL / "heldout3/articles",
              EVAL / "heldout4/articles"]                                                   # NEW: heldout4
QUOTES = ["quotes"] + [f"quotes{i}" for i in range(2, 14)]    # quotes .. quotes13, the quotes sets existing at the draw
EXCL_DIRS += [EVAL / q / "articles" for q in QUOTES]                                        # (frozen, see docstring)
EXCL_GOLD = [SHARED / f for f in ("seeds-gold.json", "gold-dev.json", "gold-dev2.json", "gold-dev3.json")]
EXCL_GOLD += [EVAL / "heldout/gold-heldout.json", EVAL / "heldout2/gold-heldout2.json", EVAL / "heldout3/gold-heldout3.json",
              EVAL / "heldout4/gold-heldout4.json"]                                         # NEW: heldout4
EXCL_GOLD += [EVAL / q / "gold-quotes.json" for q in QUOTES]
for p in EXCL_DIRS + EXCL_GOLD:
    assert p.exists(), p


def used_stems():
    s = {p.stem for d in EXCL_DIRS for p in d.glob("*.txt")}
    for f in EXCL_GOLD:
        s |= set(json.loads(f.read_text(encoding="utf-8"))["articles"])
    return s


def used_wh_sources():
    """NEW: full WH file stems named in heldout4's `source` fields (owner/repo@commit:folder/<stem>.md)."""
    g = json.loads((EVAL / "heldout4/gold-heldout4.json").read_text(encoding="utf-8"))["articles"]
    return {a["source"].rsplit("/", 1)[1][:-3] for a in g.values() if a["source"].startswith("brian14708/wh-briefings@")}


# ---------------------------------------------------------------- 1. White House
MONTHS = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13) if "2025-01" <= f"{y}-{m:02d}" <= "2026-11"]
KEYS = ("joint-statement", "joint-declaration", "readout", "fact-sheet", "statement")   # as heldout2/3/4: substring
NEAR_DUP = 0.9     # same date and difflib ratio >= 0.9 with an excluded WH id: a misspelt copy of an excluded document


def wh_candidates():
    used = {s[3:] for s in used_stems() if s.startswith("wh-")}          # date-and-slug, truncated to 90 characters
    src = used_wh_sources()
    stems = []
    for m in MONTHS:
        stems += [l.strip() for l in (HERE / "wh_listing" / f"{m}.txt").read_text().splitlines() if l.strip()]
    keep = [s for s in stems if any(k in s for k in KEYS)]
    exact = [s for s in keep if s[:90] in used or s in src]
    near = []
    for s in keep:
        if s in exact:
            continue
        for u in used:
            r = difflib.SequenceMatcher(None, s[:90], u).ratio()
            if u[:10] == s[:10] and r >= NEAR_DUP:
                near.append((s, u, round(r, 3)))
    copies = [s for s in keep if s.endswith("-2") and s[:-2] in stems]
    dropped = set(exact) | {s for s, _, _ in near} | set(copies)
    keep = sorted(s for s in keep if s not in dropped)
    return stems, keep, exact, near, copies


def skips():
    f = HERE / "skips.json"
    return json.loads(f.read_text(encoding="utf-8")) if f.exists() else {}


def walk(order, n, key):
    sk, taken, skipped = skips(), [], []
    for s in order:
        if len(taken) == n:
            break
        if key(s) in sk:
            skipped.append((s, sk[key(s)]))
        else:
            taken.append(s)
    return taken, skipped


def wh_sample():
    stems, keep, exact, near, copies = wh_candidates()
    order = random.Random(SEED).sample(keep, len(keep))
    taken, skipped = walk(order, 8, lambda s: "wh-" + s[:90])
    return stems, keep, exact, near, copies, order, taken, skipped


# ---------------------------------------------------------------- 2. BBC
def bbc_samples():
    used = used_stems()
    lists = {}
    for line in (HERE / "bbc_listing.txt").read_text().splitlines():
        cat, nums = line.split(":")
        lists[cat.strip()] = nums.split()
    out = {}
    for cat in ("politics", "business"):
        names = sorted(n for n in lists[cat] if f"bbc-{cat}-{n}" not in used)
        order = random.Random(SEED).sample(names, len(names))
        taken, skipped = walk(order, 4, lambda n: f"bbc-{cat}-{n}")
        out[cat] = (len(lists[cat]), len(names), order, taken, skipped)
    return out


if __name__ == "__main__":
    stems, keep, exact, near, copies, order, taken, skipped = wh_sample()
    print(f"excluded id sources: {len(EXCL_DIRS)} article folders, {len(EXCL_GOLD)} gold files; "
          f"{len(used_stems())} excluded ids; {len(used_wh_sources())} heldout4 WH source stems")
    print(f"WH months: {MONTHS[0]}..{MONTHS[-1]} ({len(MONTHS)})")
    print(f"WH: {len(stems)} listed, {len(keep) + len(exact) + len(near) + len(copies)} match the keys, "
          f"{len(keep)} candidates after exclusions")
    print("  dropped (exact id match):", exact)
    print("  dropped (near-duplicate of an excluded id):", near)
    print("  dropped (second copy '-2' of a listed stem):", copies)
    print("  candidates:")
    for s in keep:
        print("   ", s)
    print("  draw order:")
    for i, s in enumerate(order, 1):
        print(f"    {i:2d}. {s}")
    for s, why in skipped:
        print("  WH SKIP", s, "--", why)
    for s in taken:
        print("  WH", s)
    for cat, (n_listed, n_left, order, taken, skipped) in bbc_samples().items():
        print(f"BBC {cat}: {n_listed} listed, {n_left} after exclusions; draw order: {' '.join(order)}")
        for s, why in skipped:
            print(f"  BBC SKIP {cat} {s} -- {why}")
        print(f"BBC {cat}: sample of 4: {' '.join(taken)}")
