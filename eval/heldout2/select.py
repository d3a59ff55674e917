"""Mechanical selection for heldout2 (seed random.Random(20261201)).

Inputs are the file listings returned by the `find_files` look-up tool (stored next to this script, because the
tool is not callable from Python): wh_listing/<YYYY-MM>.txt (file stems of brian14708/wh-briefings
statements-releases/<YYYY-MM>/) and bbc_listing.txt (names in DokahlSoZoor/DieNeueKrone data/bbc/{politics,business}).
Run:  python3 select.py   (prints the WH sample, the BBC samples of 20, and the CNN/DM sample)
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261201

# ---------------------------------------------------------------- 1. White House
MONTHS = ["2024-02", "2024-08", "2024-11", "2025-01"]
KEYS = ("joint-statement", "joint-declaration", "readout", "fact-sheet", "statement")


def dev_wh_ids():
    ids = set()
    for d in ("dev-articles", "dev2-articles", "dev3-articles"):
        for p in Path("/work/shared/eval", d).glob("wh-*.txt"):
            ids.add(p.stem[3:])              # date-and-slug, truncated to 90 characters
    return ids


def wh_candidates():
    dev = dev_wh_ids()
    stems = []
    for m in MONTHS:
        stems += [l.strip() for l in (HERE / "wh_listing" / f"{m}.txt").read_text().splitlines() if l.strip()]
    keep = [s for s in stems if any(k in s for k in KEYS)]
    dropped = [s for s in keep if s[:90] in dev]   # exact date-and-slug match
    keep = sorted(s for s in keep if s not in dropped)
    return stems, keep, dropped


def wh_sample():
    stems, keep, dropped = wh_candidates()
    sample = random.Random(SEED).sample(keep, 6)
    return stems, keep, dropped, sample


# ---------------------------------------------------------------- 2. BBC
EXCL = {
    "politics": set("017 029 050 126 127 140 170 173 197 202 209 210 214 229 238 295 301 303 366 386 400".split()),
    "business": set(("008 012 028 065 069 071 089 116 150 241 252 282 293 296 310 337 340 378 390 394 413 424 428 "
                     "446 457 468 469 478 501").split()),
}


def bbc_samples():
    lists = {}
    for line in (HERE / "bbc_listing.txt").read_text().splitlines():
        cat, nums = line.split(":")
        lists[cat.strip()] = nums.split()
    out = {}
    for cat in ("politics", "business"):
        names = sorted(f"{n}.txt" for n in lists[cat] if n not in EXCL[cat])
        out[cat] = (len(lists[cat]), len(names), random.Random(SEED).sample(names, 20))
    return out


# ---------------------------------------------------------------- 3. CNN/DM
def cnndm_sample():
    sys.path.insert(0, "/work/main/eval/quotes")
    from selection import remaining_rows
    rows = remaining_rows(['quotes', 'quotes2', 'quotes3', 'quotes4', 'quotes5', 'quotes6', 'quotes7', 'quotes8',
                           'quotes9', 'quotes10'])
    q11 = {r['id'] for r in random.Random(45).sample(rows, 20)}
    cands = [r for r in rows if r['id'] not in q11]
    return len(rows), len(cands), random.Random(SEED).sample(cands, 4)


if __name__ == "__main__":
    stems, keep, dropped, sample = wh_sample()
    print(f"WH: {len(stems)} listed, {len(keep)} candidates after filter, dropped as dev: {dropped}")
    for s in sample:
        print("  WH", s)
    for cat, (n_listed, n_left, smp) in bbc_samples().items():
        print(f"BBC {cat}: {n_listed} listed, {n_left} after exclusions; sample of 20:", " ".join(smp))
    n_rows, n_cands, rows = cnndm_sample()
    print(f"CNN/DM: {n_rows} remaining rows, {n_cands} candidates after removing q11")
    for r in rows:
        print("  CNNDM", r["id"])
    if "--write-cnndm" in sys.argv:              # writes articles/<id>.txt byte-exact
        for r in rows:
            with open(HERE / "articles" / f"{r['id']}.txt", "w", encoding="utf-8", newline="") as f:
                f.write(r["article"])
