"""Mechanical selection for heldout3 (seed random.Random(20261202)).

Inputs are the file listings returned by the `find_files` look-up tool (stored next to this script, because the
tool is not callable from Python): wh_listing/<YYYY-MM>.txt (file stems of brian14708/wh-briefings
briefings-statements/<YYYY-MM>/, 2025-02 .. 2026-11) and bbc_listing.txt (names listed for DokahlSoZoor/DieNeueKrone
data/bbc/{politics,business}).
Run:  python3 select.py   (prints the WH candidates and sample of 8, and the BBC samples of 4 per folder)
"""
import difflib
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261202

# folders whose article file names are excluded (dev, dev2, dev3, heldout, heldout2, quotes*)
EXCL_DIRS = [Path("/work/shared/eval", d) for d in ("dev-articles", "dev2-articles", "dev3-articles")]
EXCL_DIRS += [Path("/work/main/eval/heldout/articles"), Path("/work/main/eval/heldout2/articles")]
EXCL_DIRS += sorted(Path("/work/main/eval").glob("quotes*/articles"))


def used_stems():
    return {p.stem for d in EXCL_DIRS for p in d.glob("*.txt")}


# ---------------------------------------------------------------- 1. White House
MONTHS = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13) if "2025-02" <= f"{y}-{m:02d}" <= "2026-11"]
KEYS = ("joint-statement", "joint-declaration", "readout", "fact-sheet", "statement")   # as heldout2: substring of the stem
NEAR_DUP = 0.9     # same date and difflib ratio >= 0.9 with an excluded WH id: a misspelt copy of an excluded document


def wh_candidates():
    used = {s[3:] for s in used_stems() if s.startswith("wh-")}          # date-and-slug, truncated to 90 characters
    stems = []
    for m in MONTHS:
        stems += [l.strip() for l in (HERE / "wh_listing" / f"{m}.txt").read_text().splitlines() if l.strip()]
    keep = [s for s in stems if any(k in s for k in KEYS)]
    exact = [s for s in keep if s[:90] in used]
    near = []
    for s in keep:
        if s in exact:
            continue
        for u in used:
            r = difflib.SequenceMatcher(None, s[:90], u).ratio()
            if u[:10] == s[:10] and r >= NEAR_DUP:
                near.append((s, u, round(r, 3)))
    dropped = set(exact) | {s for s, _, _ in near}
    keep = sorted(s for s in keep if s not in dropped)
    return stems, keep, exact, near


def wh_sample():
    stems, keep, exact, near = wh_candidates()
    return stems, keep, exact, near, random.Random(SEED).sample(keep, 8)


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
        out[cat] = (len(lists[cat]), len(names), random.Random(SEED).sample(names, 4))
    return out


if __name__ == "__main__":
    stems, keep, exact, near, sample = wh_sample()
    print(f"WH months: {MONTHS[0]}..{MONTHS[-1]} ({len(MONTHS)})")
    print(f"WH: {len(stems)} listed, {len(keep) + len(exact) + len(near)} match the keys, "
          f"{len(keep)} candidates after exclusions")
    print("  dropped (exact id match):", exact)
    print("  dropped (near-duplicate of an excluded id):", near)
    print("  candidates:")
    for s in keep:
        print("   ", s)
    for s in sample:
        print("  WH", s)
    for cat, (n_listed, n_left, smp) in bbc_samples().items():
        print(f"BBC {cat}: {n_listed} listed, {n_left} after exclusions; sample of 4:", " ".join(smp))
