"""Scores quotation finding and attribution in process against a labelled set: eval/quotes (24 BBC and
CNN/DM articles labelled for this project before the rules were written), eval/quotes2 (26 more),
eval/quotes3 (23 more), eval/quotes4 (24 more), eval/quotes5 to quotes12 (24, 24, 24, 24, 20, 24, 20 and 19
CNN/DM more), eval/quotes13 (20 BBC sport, entertainment and tech), eval/quotes14 (20 articles of US and UK
news sites, the newspaper extractor's test texts), eval/quotes15 (20 Reuters wire stories of 1987, hard-wrapped),
each labelled later by another reader
with the same conventions and scored once before any of its misses was read.

  python scripts/score_quotes.py [--set quotes|quotes2|...|quotes15] [--split dev|test|all] [--show]

A gold quotation is found when a predicted quote covers at least half of its characters (parts taken
together); its speaker is right when the names agree (one contains the other's last word, case aside),
or, for an unnamed speaker, when the prediction is unnamed too. Figures: full quotations found (the
issue's bar is 90%), right speakers among those found (85%), partial quotations found, and
precision (predicted quotes that match a gold quotation, not a labelled non-quote).
The split is fixed: dev is every other article by id (rules were developed on it), test the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.annotate import annotate  # noqa: E402
from service.document import build_document  # noqa: E402
from service.grammar import shared_grammar  # noqa: E402

SETS = ("quotes", "quotes2", "quotes3", "quotes4", "quotes5", "quotes6", "quotes7", "quotes8", "quotes9", "quotes10",
        "quotes11", "quotes12", "quotes13", "quotes14", "quotes15")
MIN_COVERED = 0.5


def split_ids(ids: list[str], split: str) -> list[str]:
    ordered = sorted(ids)
    return {"dev": ordered[0::2], "test": ordered[1::2], "all": ordered}[split]


def _chars(parts: list[dict]) -> set[int]:
    return {i for p in parts for i in range(p["start"], p["end"])}


def _same_speaker(gold: dict, predicted: dict | None) -> bool:
    if predicted is None:
        return False
    if gold["name"] is None:
        return predicted["name"] is None or predicted["kind"] == "unnamed"
    if not predicted["name"]:
        return False
    want, got = gold["name"].lower(), predicted["name"].lower()
    return want.split()[-1] in got or got.split()[-1] in want


def score(split: str = "all", show: bool = False, labelled: str = "quotes") -> dict:
    folder = ROOT / "eval" / labelled
    gold = json.loads((folder / "gold-quotes.json").read_text(encoding="utf-8"))["articles"]
    grammar = shared_grammar()
    totals = {"full": 0, "full_found": 0, "partial": 0, "partial_found": 0, "speaker_ok": 0, "speaker_n": 0,
              "predicted": 0, "predicted_ok": 0}
    for art_id in split_ids(list(gold), split):
        text = (folder / "articles" / f"{art_id}.txt").read_text(encoding="utf-8")
        document = build_document(text)
        predicted = [{"parts": [{"start": p.start, "end": p.end} for p in q.parts], "partial": q.partial,
                      "speaker": None if q.speaker is None else {"name": q.speaker.name, "kind": q.speaker.kind.value}}
                     for q in annotate(document, grammar, frozenset({"quotes"})).quotes]
        used: set[int] = set()
        for quote in gold[art_id]["quotes"]:
            kind = "partial" if quote["partial"] else "full"
            totals[kind] += 1
            want = _chars(quote["parts"])
            match = next((i for i, p in enumerate(predicted)
                          if len(want & _chars(p["parts"])) >= MIN_COVERED * len(want)), None)
            if match is None:
                if show:
                    print(f"{art_id[:22]} MISS {kind}: {text[quote['parts'][0]['start']:][:70]!r}")
                continue
            used.add(match)
            totals[f"{kind}_found"] += 1
            if kind == "full":
                totals["speaker_n"] += 1
                right = _same_speaker(quote["speaker"], predicted[match]["speaker"])
                totals["speaker_ok"] += right
                if show and not right:
                    print(f"{art_id[:22]} SPEAKER want {quote['speaker']['name']!r} got "
                          f"{predicted[match]['speaker']}: {text[quote['parts'][0]['start']:][:50]!r}")
        # A prediction is right when it is mostly inside some gold quotation (a gold quotation in two
        # parts may come back as two quotes: the second is no false one).
        gold_chars = set().union(*(_chars(q["parts"]) for q in gold[art_id]["quotes"]))
        right = {i for i, p in enumerate(predicted) if i in used or
                 len(_chars(p["parts"]) & gold_chars) >= MIN_COVERED * len(_chars(p["parts"]))}
        totals["predicted"] += len(predicted)
        totals["predicted_ok"] += len(right)
        if show:
            for i, p in enumerate(predicted):
                if i not in right:
                    print(f"{art_id[:22]} EXTRA: {text[p['parts'][0]['start']:][:60]!r}")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=SETS, default="quotes", dest="labelled")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    t = score(args.split, args.show, args.labelled)
    print(f"{args.labelled} {args.split}: full quotations found {t['full_found']}/{t['full']} "
          f"({100 * t['full_found'] / max(1, t['full']):.0f}%), right speaker {t['speaker_ok']}/{t['speaker_n']} "
          f"({100 * t['speaker_ok'] / max(1, t['speaker_n']):.0f}%), "
          f"partial found {t['partial_found']}/{t['partial']}, "
          f"precision {t['predicted_ok']}/{t['predicted']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
