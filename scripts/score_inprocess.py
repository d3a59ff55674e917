"""Scores the extractor in process (no server) on the labelled sets of ../shared/eval, with the project's
own scorer (score_extraction.py: its matching, its counts), for either prose reader.

  python scripts/score_inprocess.py [--shared ../shared] [--reader grammar|rules] [--show] [SET ...]

SET is seeds, dev, dev2, dev3 (in ../shared/eval), heldout, heldout2 to heldout6
(eval/heldout*, in this repository: 20 BBC and CNN/DM articles, then 16 White House, BBC and CNN/DM documents
each, then 16 Reuters wire stories of 1987 (heldout6, hard-wrapped), labelled for this project and each
scored once before any of its misses was read); all by default.
``--reader grammar`` (the served default) reads prose from each sentence's dependency parse;
``rules`` is the cue-word reader (PRECIS_PROSE_READER=rules).
The evaluation gate (tests/test_eval_gate.py) calls ``score_set`` with the same arguments.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.document import build_document  # noqa: E402
from service.extract import extract  # noqa: E402

# Each labelled set: its articles folder and gold file, relative to the shared folder.
SETS = {
    "seeds": ("seeds", "eval/seeds-gold.json"),
    "dev": ("eval/dev-articles", "eval/gold-dev.json"),
    "dev2": ("eval/dev2-articles", "eval/gold-dev2.json"),
    "dev3": ("eval/dev3-articles", "eval/gold-dev3.json"),
    # Absolute, so that joining it to the shared folder leaves it as it is.
    "heldout": (str(ROOT / "eval" / "heldout" / "articles"), str(ROOT / "eval" / "heldout" / "gold-heldout.json")),
    "heldout2": (str(ROOT / "eval" / "heldout2" / "articles"), str(ROOT / "eval" / "heldout2" / "gold-heldout2.json")),
    "heldout3": (str(ROOT / "eval" / "heldout3" / "articles"), str(ROOT / "eval" / "heldout3" / "gold-heldout3.json")),
    "heldout4": (str(ROOT / "eval" / "heldout4" / "articles"), str(ROOT / "eval" / "heldout4" / "gold-heldout4.json")),
    "heldout5": (str(ROOT / "eval" / "heldout5" / "articles"), str(ROOT / "eval" / "heldout5" / "gold-heldout5.json")),
    "heldout6": (str(ROOT / "eval" / "heldout6" / "articles"), str(ROOT / "eval" / "heldout6" / "gold-heldout6.json")),
}


def scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", shared / "eval" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(text: str, grammar=None) -> dict:
    """The response fields the scorer reads, from the extractor in process (no MiniLM merging)."""
    doc = build_document(text)
    result = extract(doc, grammar=grammar)
    return {
        "key_demands": [{"text": doc.span_text(d.span), "actor": d.actor, "rule": d.cue} for d in result.demands],
        "outcomes": [{"text": doc.span_text(o.span), "status": o.status.value, "rule": o.cue}
                     for o in result.outcomes],
    }


def score_set(shared: Path, name: str, grammar=None, show: bool = False) -> dict:
    """Totals and macro-F1 of one labelled set; prints misses and extras when ``show``."""
    module = scorer(shared)
    articles, gold_file = (shared / part for part in SETS[name])
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["articles"]
    totals = {k: {"tp": 0, "fp": 0, "fn": 0, "attr_ok": 0, "attr_n": 0} for k in ("demand", "outcome")}
    for art_id, labels in sorted(gold.items()):
        response = predict((articles / f"{art_id}.txt").read_text(encoding="utf-8"), grammar)
        if show:
            print(f"## {art_id}")
        for kind, key, field in (("demand", "key_demands", "actor"), ("outcome", "outcomes", "status")):
            scored = module.score_kind(labels["items"], response[key], kind, field)
            total = totals[kind]
            total["tp"] += scored["tp"]
            total["fn"] += len(scored["fn"])
            total["fp"] += len(scored["fp"]) + len(scored["dup"])
            total["attr_ok"] += scored["attr_ok"]
            total["attr_n"] += scored["attr_n"]
            if show:
                for miss in scored["fn"]:
                    print(f"  MISS {kind}: {miss['text']}")
                for extra in (*scored["fp"], *scored["dup"]):
                    print(f"  EXTRA {kind} ({extra['rule']}): {extra['text']}")
    f1s = [module.prf(t["tp"], t["fp"], t["fn"])[2] for t in totals.values()]
    return {"name": name, "macro_f1": sum(f1s) / len(f1s), **{f"{k}s": t for k, t in totals.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--reader", choices=("grammar", "rules"), default="grammar")
    parser.add_argument("--show", action="store_true", help="print misses and extras")
    parser.add_argument("sets", nargs="*", default=list(SETS))
    args = parser.parse_args()
    grammar = None
    if args.reader == "grammar":
        from service.grammar import shared_grammar

        grammar = shared_grammar()
    for name in args.sets:
        result = score_set(Path(args.shared), name, grammar, args.show)
        demands, outcomes = result["demands"], result["outcomes"]
        print(f"{args.reader:7} {name:5} macro-F1 {result['macro_f1']:.3f}  demands tp={demands['tp']} "
              f"fp={demands['fp']} fn={demands['fn']} actor {demands['attr_ok']}/{demands['attr_n']}  outcomes "
              f"tp={outcomes['tp']} fp={outcomes['fp']} fn={outcomes['fn']} "
              f"status {outcomes['attr_ok']}/{outcomes['attr_n']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
