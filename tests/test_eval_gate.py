"""Quality gate: the extractor on the hand-labelled sets of ../shared/eval, scored in process with the
project's own scorer (scripts/score_inprocess.py, which uses score_extraction.py's matching), must not
fall below the last measured figures.

Each floor sits a little under the figure measured when it was set, so a change that loses quality
fails here rather than in `make eval`. dev2 and dev3 were scored once before their misses were read
(cue-word reader 0.458 and 0.365, grammar reader 0.363 and 0.344: the honest estimate on unseen text);
the grammar reader was developed on their misses after that. The held-out set (eval/heldout, labelled
for this project) was scored once before any of its misses were read: grammar 0.353, cue words 0.236;
eval/heldout2 likewise at stop 22: grammar 0.386, cue words 0.419; eval/heldout3 at stop 23: grammar 0.692,
cue words 0.583; eval/heldout4 at stop 24: grammar 0.369, cue words 0.418; eval/heldout5 at stop 25: grammar 0.393,
cue words 0.419; eval/heldout6 (Reuters wire stories) at stop 26: grammar 0.388, cue words 0.231 with the code of the
start of that session, 0.392 and 0.254 after its layout change for hard-wrapped text (f6ef897, made before the first
look).
"""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT, SHARED

SCORER_PATH = SHARED / "eval" / "score_extraction.py"
# The cue-word reader (PRECIS_PROSE_READER=rules): seeds 0.921, dev 0.729, dev2 0.458, dev3 0.365,
# heldout 0.236 when set. Held-out lowered to 0.20 at stop 18 (now 0.215): four BBC and Daily Mail reports
# of it were read as statements in the parties' own voice because the "we" inside their single-mark or
# multi-paragraph quotations was counted; they are reports, and the cue-word reader had gained from
# reading their "X will ..." as commitments.
RULES_FLOORS = {"seeds": 0.90, "dev": 0.71, "dev2": 0.44, "dev3": 0.35, "heldout": 0.20, "heldout2": 0.39,
                "heldout3": 0.56, "heldout4": 0.40, "heldout5": 0.40, "heldout6": 0.23}
# The served grammar reader: seeds 0.944, dev 0.675, dev2 0.573, dev3 0.558, heldout 0.360 when set
# (stop 18; in process, without the summary's MiniLM); dev 0.686 and dev2 0.583 at stop 20, floors raised;
# dev 0.689, dev2 0.591, dev3 0.558, heldout 0.452 and heldout2 0.386 (its first look) at stop 22;
# heldout3 0.692 at its first look and, at the end of stop 23, heldout2 0.457 and heldout3 0.727; at stop 24
# dev 0.713, dev2 0.635, dev3 0.614, heldout 0.518 and heldout4 0.369 at its first look (0.455 after);
# heldout5 0.393 at its first look (stop 25); at the end of stop 25 dev 0.726, dev3 0.626, heldout 0.541,
# heldout2 0.478, heldout4 0.500 and heldout5 0.595, floors raised.
# At the end of stop 26: dev2 0.652 and heldout6 0.516 (after its first look), floors raised.
GRAMMAR_FLOORS = {"seeds": 0.92, "dev": 0.71, "dev2": 0.64, "dev3": 0.61, "heldout": 0.52, "heldout2": 0.46,
                  "heldout3": 0.72, "heldout4": 0.48, "heldout5": 0.57, "heldout6": 0.50}


# The gold files the floors were measured on (SHA-256). A changed gold set fails here, so that its floors
# are measured again rather than silently kept (or silently lowered) on a corpus they were not set on.
GOLD_SHA256 = {
    "seeds": "6d239efcbfe2698ff219513f13d32a2cc7730749e84baa9314b7c00482cf4811",
    "dev": "673bf1d2afe959513a612b3c34618b76f4817503ed8d3d0223ecfb55f95ee04b",
    "dev2": "764c8340cbc20e8fdef1dd6665e25b9161e28e3ce6e422928a6bd05d7da4f64b",
    "dev3": "de9efbedf5ebdaa793cbae513ae30b0dd2988b8b124dfa27a586341902488a2e",
    "heldout": "9cb1ed1c06cd143d4bf4bea26be7251382fc357f9789ebbedbae13ed7da57ea0",
    "heldout2": "eae14547d6d11365d7898b6e77ef1a98eb70bb60dc6169bce70d7524edb28c38",
    "heldout3": "47fea0cd8af46a505c4dc533c036d08a5459a693b581ef179ab163ceda350c45",
    "heldout4": "0b4e06b68170ddd2c93bb036a5ecb665e31d10aea0a6b99d06416b128e54a1cb",
    "heldout5": "cb56f522e05b46e562eb663ddc5f4f092bd995093aa0998342004a4975ef0254",
    "heldout6": "bacd7091739459c84318ff43cafb7770fd5275a6a7370b20df5b7982fe58a086",
}


def _score_inprocess():
    spec = importlib.util.spec_from_file_location("score_inprocess", ROOT / "scripts" / "score_inprocess.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_shared = pytest.mark.skipif(not SCORER_PATH.exists(), reason="../shared/eval is not beside this checkout")


@needs_shared
@pytest.mark.parametrize("name", sorted(GOLD_SHA256))
def test_the_floors_were_measured_on_this_gold(name):
    import hashlib

    gold = SHARED / _score_inprocess().SETS[name][1]
    assert hashlib.sha256(gold.read_bytes()).hexdigest() == GOLD_SHA256[name], \
        f"{gold} changed since its floors were measured: score it, then set its floors and hash again"


@needs_shared
@pytest.mark.parametrize("name", sorted(RULES_FLOORS))
def test_cue_word_reader_quality_does_not_regress(name):
    assert _score_inprocess().score_set(SHARED, name)["macro_f1"] >= RULES_FLOORS[name]


@needs_shared
@pytest.mark.parametrize("name", sorted(GRAMMAR_FLOORS))
def test_grammar_reader_quality_does_not_regress(name, grammar):
    assert _score_inprocess().score_set(SHARED, name, grammar)["macro_f1"] >= GRAMMAR_FLOORS[name]
