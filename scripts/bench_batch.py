"""`python -m service batch` on a CNN/DM corpus with both engines: articles/s per core, every row present.

The corpus is ../shared/eval/cnndm-dev.jsonl's 247 articles repeated to --rows rows (each repeat a new
id), written as JSON Lines. Each engine runs the real command line in its own process, from start (model
loads and, for Ray, the local cluster's start included) to the last row written, and the output is
checked row by row against the input ids. Each engine's time is split into the rows' own analysis (their
elapsed_ms, summed per worker) and the rest: the engine's start, model loads, scheduling and waits.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(shared: Path, rows: int, path: Path) -> list[str]:
    articles = [json.loads(line) for line in (shared / "eval" / "cnndm-dev.jsonl").read_text().splitlines()]
    ids = []
    with path.open("w", encoding="utf-8") as handle:
        for index in range(rows):
            article = articles[index % len(articles)]
            ids.append(f"{article['id']}#{index // len(articles)}")
            handle.write(json.dumps({"id": ids[-1], "text": article["article"]}) + "\n")
    return ids


def run(engine: str, corpus: Path, out: Path, workers: int) -> dict:
    done = subprocess.run([sys.executable, "-m", "service", "batch", str(corpus), str(out), "--engine", engine,
                           "--workers", str(workers), "--no-progress"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{engine} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engines", nargs="+", default=["local", "ray"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        ids = build_corpus(args.shared, args.rows, corpus)
        reports = {}
        for engine in args.engines:
            out = Path(folder) / f"out-{engine}"
            report = run(engine, corpus, out, args.workers)
            table = pq.read_table(out, columns=["id", "elapsed_ms"])
            written = table.column("id").to_pylist()
            report["every_row_present"] = sorted(written) == sorted(ids)
            report["in_input_order"] = written == ids
            # Where the time went: the rows' own analysis (elapsed_ms, summed per worker) and the rest, which
            # is the engine's (start, model loads, scheduling, waiting for a core).
            analysis_s = sum(table.column("elapsed_ms").to_pylist()) / 1000 / args.workers
            report["analysis_seconds_per_worker"] = round(analysis_s, 2)
            report["engine_seconds"] = round(report["seconds"] - analysis_s, 2)
            reports[engine] = report
            print(json.dumps(report), flush=True)
    if len(reports) == 2:
        local, ray = (reports[e]["articles_per_second_per_core"] for e in ("local", "ray"))
        print(f"ray / local articles/s per core: {ray / local:.3f} ({ray} vs {local})")
        print("seconds of the engine's own (start, model loads, scheduling) vs of analysis per worker: "
              + ", ".join(f"{e} {reports[e]['engine_seconds']} vs {reports[e]['analysis_seconds_per_worker']}"
                          for e in ("local", "ray")))


if __name__ == "__main__":
    main()
