"""Quality gate: the extractor on the hand-labelled seeds and dev articles, scored with the project's
own scorer (../shared/eval/score_extraction.py), must not fall below the last measured figures.

Runs in process without the model (extraction does not use it), so it costs about a second.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import SHARED

from service.document import build_document
from service.extract import extract

SCORER_PATH = SHARED / "eval" / "score_extraction.py"
# Floors a little under the figures measured when they were set (seeds 0.921, dev 0.729), so that
# a change that loses quality fails here rather than in `make eval`.
FLOORS = {"seeds": 0.90, "dev": 0.71}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(text: str) -> dict:
    doc = build_document(text)
    result = extract(doc)
    return {
        "key_demands": [{"text": doc.span_text(d.span), "actor": d.actor} for d in result.demands],
        "outcomes": [{"text": doc.span_text(o.span), "status": o.status.value} for o in result.outcomes],
    }


def macro_f1(articles_dir, gold_path) -> float:
    scorer = _scorer()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    totals = {k: {"tp": 0, "fp": 0, "fn": 0} for k in ("demand", "outcome")}
    for art_id, labels in gold.items():
        response = _predict((articles_dir / f"{art_id}.txt").read_text(encoding="utf-8"))
        for kind, key, field in (("demand", "key_demands", "actor"), ("outcome", "outcomes", "status")):
            scored = scorer.score_kind(labels["items"], response[key], kind, field)
            totals[kind]["tp"] += scored["tp"]
            totals[kind]["fn"] += len(scored["fn"])
            totals[kind]["fp"] += len(scored["fp"]) + len(scored["dup"])
    f1s = [scorer.prf(t["tp"], t["fp"], t["fn"])[2] for t in totals.values()]
    return sum(f1s) / len(f1s)


@pytest.mark.skipif(not SCORER_PATH.exists(), reason="../shared/eval is not beside this checkout")
@pytest.mark.parametrize(("name", "articles", "gold"), [
    ("seeds", SHARED / "seeds", SHARED / "eval" / "seeds-gold.json"),
    ("dev", SHARED / "eval" / "dev-articles", SHARED / "eval" / "gold-dev.json"),
])
def test_extraction_quality_does_not_regress(name, articles, gold):
    assert macro_f1(articles, gold) >= FLOORS[name]
