"""`make eval`: starts the service, runs ../shared/eval's two scorers against it, prints their figures.

Extraction on the seeds, the dev, dev2 and dev3 articles and this repository's held-out sets
(eval/heldout to eval/heldout6) (macro-F1, titles, dates, leaks), then ROUGE of the summaries beside LEAD-3 on
CNN/DailyMail, then the extraction sets again with the cue-word prose reader (PRECIS_PROSE_READER=rules),
then quotation finding and attribution on eval/quotes to quotes15 (scripts/score_quotes.py).
Exit status is non-zero when a scorer fails its gate.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from serve_for import free_port, start_server, stop_server, wait_ready

# The held-out sets labelled for this project (their SELECTION.md says how each was chosen).
HELDOUT = Path(__file__).resolve().parent.parent / "eval" / "heldout"
HELDOUT2 = Path(__file__).resolve().parent.parent / "eval" / "heldout2"
HELDOUT3 = Path(__file__).resolve().parent.parent / "eval" / "heldout3"
HELDOUT4 = Path(__file__).resolve().parent.parent / "eval" / "heldout4"
HELDOUT5 = Path(__file__).resolve().parent.parent / "eval" / "heldout5"
HELDOUT6 = Path(__file__).resolve().parent.parent / "eval" / "heldout6"


def _run(name: str, command: list[str], url: str) -> int:
    print(f"\n== {name}", flush=True)
    return subprocess.call([sys.executable, *command, "--url", url])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared", help="folder holding eval/ and seeds/")
    parser.add_argument("--limit", type=int, default=100, help="CNN/DM articles to score")
    parser.add_argument("--show", action="store_true", help="print misses and false positives")
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    evaluation = shared / "eval"
    show = ["--show"] if args.show else []
    extraction = [
        ("seeds", [str(evaluation / "score_extraction.py"), "--articles", str(shared / "seeds"),
                   "--gold", str(evaluation / "seeds-gold.json"), *show]),
        ("dev articles", [str(evaluation / "score_extraction.py"), "--articles", str(evaluation / "dev-articles"),
                          "--gold", str(evaluation / "gold-dev.json"), *show]),
        ("dev2 articles", [str(evaluation / "score_extraction.py"), "--articles", str(evaluation / "dev2-articles"),
                           "--gold", str(evaluation / "gold-dev2.json"), *show]),
        ("dev3 articles", [str(evaluation / "score_extraction.py"), "--articles", str(evaluation / "dev3-articles"),
                           "--gold", str(evaluation / "gold-dev3.json"), *show]),
        ("held-out articles", [str(evaluation / "score_extraction.py"), "--articles", str(HELDOUT / "articles"),
                               "--gold", str(HELDOUT / "gold-heldout.json"), *show]),
        ("held-out 2 articles", [str(evaluation / "score_extraction.py"), "--articles", str(HELDOUT2 / "articles"),
                                 "--gold", str(HELDOUT2 / "gold-heldout2.json"), *show]),
        ("held-out 3 articles", [str(evaluation / "score_extraction.py"), "--articles", str(HELDOUT3 / "articles"),
                                 "--gold", str(HELDOUT3 / "gold-heldout3.json"), *show]),
        ("held-out 4 articles", [str(evaluation / "score_extraction.py"), "--articles", str(HELDOUT4 / "articles"),
                                 "--gold", str(HELDOUT4 / "gold-heldout4.json"), *show]),
        ("held-out 5 articles", [str(evaluation / "score_extraction.py"), "--articles", str(HELDOUT5 / "articles"),
                                 "--gold", str(HELDOUT5 / "gold-heldout5.json"), *show]),
        ("held-out 6 articles", [str(evaluation / "score_extraction.py"), "--articles", str(HELDOUT6 / "articles"),
                                 "--gold", str(HELDOUT6 / "gold-heldout6.json"), *show]),
    ]
    summary = [str(evaluation / "score_summary.py"), "--data", str(evaluation / "cnndm-dev.jsonl"),
               "--limit", str(args.limit)]
    status = 0
    # The default server (summary ranked by the static distillation of MiniLM, restatements merged by MiniLM
    # int8, grammar prose reader) for everything, then MiniLM itself ranking the summary (int8, then fp32
    # torch), then the cue-word prose reader for the extraction sets.
    servers = (
        ("default", {}, [*extraction, ("CNN/DailyMail, the default: static ranker", summary)]),
        ("MiniLM int8 ranker", {"PRECIS_SUMMARY_RANKER": "minilm"},
         [("CNN/DailyMail, MiniLM int8 (CTranslate2) ranker", summary)]),
        ("MiniLM fp32 ranker", {"PRECIS_SUMMARY_RANKER": "minilm", "PRECIS_EMBEDDING_BACKEND": "torch"},
         [("CNN/DailyMail, MiniLM fp32 (torch) ranker", summary)]),
        ("cue-word reader", {"PRECIS_PROSE_READER": "rules"}, [(f"{name}, cue-word reader", command)
                                                                for name, command in extraction]),
    )
    for label, environment, runs in servers:
        port = free_port()
        server = start_server(port, environment)
        try:
            ready = wait_ready(f"http://127.0.0.1:{port}", server)
            print(f"\nserver ({label}) ready in {ready:.1f} s", flush=True)
            for name, command in runs:
                status |= _run(name, command, f"http://127.0.0.1:{port}/v1/summarize")
        finally:
            stop_server(server)
    print("\n== quotations with their speakers (eval/quotes to quotes15, in process)", flush=True)
    for labelled, split in (("quotes", "test"), ("quotes", "all"), *((f"quotes{n}", "all") for n in range(2, 16))):
        status |= subprocess.call([sys.executable, str(Path(__file__).parent / "score_quotes.py"),
                                   "--set", labelled, "--split", split])
    return status


if __name__ == "__main__":
    sys.exit(main())
