"""`make eval`: starts the service, runs ../shared/eval's two scorers against it, prints their figures.

Extraction on the seeds and on the dev articles (macro-F1, titles, dates, leaks), then ROUGE of the
summaries beside LEAD-3 on CNN/DailyMail. Exit status is non-zero when a scorer fails its gate.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from serve_for import free_port, start_server, stop_server, wait_ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared", help="folder holding eval/ and seeds/")
    parser.add_argument("--limit", type=int, default=100, help="CNN/DM articles to score")
    parser.add_argument("--show", action="store_true", help="print misses and false positives")
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    evaluation = shared / "eval"
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1/summarize"
    server = start_server(port)
    status = 0
    try:
        print(f"server ready in {wait_ready(f'http://127.0.0.1:{port}', server):.1f} s", flush=True)
        runs = [
            ("seeds", [str(evaluation / "score_extraction.py"), "--articles", str(shared / "seeds"),
                       "--gold", str(evaluation / "seeds-gold.json")]),
            ("dev articles", [str(evaluation / "score_extraction.py"), "--articles",
                              str(evaluation / "dev-articles"), "--gold", str(evaluation / "gold-dev.json")]),
            ("CNN/DailyMail", [str(evaluation / "score_summary.py"), "--data", str(evaluation / "cnndm-dev.jsonl"),
                               "--limit", str(args.limit)]),
        ]
        for name, command in runs:
            print(f"\n== {name}", flush=True)
            extra = ["--show"] if args.show and "score_extraction" in command[0] else []
            status |= subprocess.call([sys.executable, *command, "--url", url, *extra])
    finally:
        stop_server(server)
    return status


if __name__ == "__main__":
    sys.exit(main())
