"""Summaries on CNN/DailyMail articles, in process: Précis's extractive default (sentences ranked by the
static distillation of MiniLM, restatements merged by MiniLM int8, the grammar prose reader), the default
with the cue-word reader and with entities, quotes and events, and sentences ranked by MiniLM itself (int8
and fp32), beside sumy's LexRank and LEAD-3 on the same articles, each in its own process for its peak RSS.

Prints milliseconds per article (p50, p95) for the whole analysis (normalize, summarize, extract) and
for the summary stage, ROUGE-Lsum of each method against the human references, and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import peak_rss_mb  # noqa: E402

METHODS = ("precis", "precis-rules", "precis-all", "precis-int8", "precis-fp32", "lexrank", "lead3")
# The settings of each precis row beside the defaults: the ranker, MiniLM's backend, the prose reader.
PRECIS_SETTINGS = {
    "precis": {}, "precis-rules": {"prose_reader": "rules"}, "precis-all": {},
    "precis-int8": {"summary_ranker": "minilm"},
    "precis-fp32": {"summary_ranker": "minilm", "embedding_backend": "torch"},
}
# What precis-all adds to the analysis (options.include).
ANNOTATIONS = ("entities", "quotes", "events")


class _BlingFireTokenizer:
    """sumy's tokenizer interface over Bling Fire, so LexRank needs no NLTK data download."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        import blingfire

        return [s for s in blingfire.text_to_sentences(paragraph).split("\n") if s.strip()]

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"\w+", sentence)


def _import_scorers_from(shared: Path) -> None:
    """Makes ../shared/eval's scorer module importable (its LEAD-3 and its sentence splitter)."""
    sys.path.insert(0, str(shared / "eval"))


def run_method(method: str, rows: list[dict], shared: Path) -> dict:
    """In this process: summarize every row with ``method``; times in ms and summaries."""
    _import_scorers_from(shared)
    from score_summary import lead3

    summaries, total_ms, stage_ms, extract_ms, annotate_ms = [], [], [], [], []
    parts_ms: dict[str, list[float]] = {}
    if method.startswith("precis"):
        from service.config import Settings
        from service.extensions import ModelHolder
        from service.pipeline import Options, analyze

        holder = ModelHolder(Settings.from_env({}, **PRECIS_SETTINGS[method]))
        encoder = holder.load()
        options = Options(annotations=frozenset(ANNOTATIONS) if method.endswith("all") else frozenset())
        for row in rows:
            started = time.perf_counter()
            analysis = analyze(row["article"], encoder, options, grammar=holder.prose_grammar,
                               annotator=holder.grammar, ranker=holder.ranker)
            total_ms.append((time.perf_counter() - started) * 1000)
            stage_ms.append(analysis.timings_ms["summarize"])
            extract_ms.append(analysis.timings_ms["extract"])
            annotate_ms.extend([analysis.timings_ms["annotate"]] if "annotate" in analysis.timings_ms else [])
            summaries.append(analysis.summary.text)
        if options.annotations:
            parts_ms = _each_annotation_alone(rows, holder.grammar)
    elif method == "lexrank":
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        summarizer = LexRankSummarizer(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        tokenizer = _BlingFireTokenizer()
        for row in rows:
            started = time.perf_counter()
            parsed = PlaintextParser.from_string(row["article"], tokenizer)
            text = " ".join(str(s) for s in summarizer(parsed.document, 3))
            total_ms.append((time.perf_counter() - started) * 1000)
            summaries.append(text)
        stage_ms = total_ms
    else:
        for row in rows:
            started = time.perf_counter()
            summaries.append(lead3(row["article"]))
            total_ms.append((time.perf_counter() - started) * 1000)
        stage_ms = total_ms
    return {"method": method, "total_ms": total_ms, "stage_ms": stage_ms, "extract_ms": extract_ms,
            "annotate_ms": annotate_ms, "parts_ms": parts_ms, "summaries": summaries, "peak_rss_mb": peak_rss_mb()}


def _each_annotation_alone(rows: list[dict], grammar) -> dict[str, list[float]]:
    """The annotate stage with one of its parts at a time (each pays the entity recognizer)."""
    from service.annotate import annotate
    from service.document import build_document

    documents = [build_document(row["article"]) for row in rows]
    timed: dict[str, list[float]] = {}
    for part in ANNOTATIONS:
        for document in documents:
            started = time.perf_counter()
            annotate(document, grammar, frozenset({part}))
            timed.setdefault(part, []).append((time.perf_counter() - started) * 1000)
    return timed


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--method", choices=METHODS, help=argparse.SUPPRESS)  # the child process's job
    args = parser.parse_args()
    shared = Path(args.shared)
    data = shared / "eval" / "cnndm-dev.jsonl"
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()][: args.limit]
    if args.method:
        print(json.dumps(run_method(args.method, rows, shared)))
        return 0
    _import_scorers_from(shared)
    from rouge_score import rouge_scorer
    from score_summary import sentences

    scorer = rouge_scorer.RougeScorer(["rougeLsum"], use_stemmer=True)
    print(f"== summaries of {len(rows)} CNN/DailyMail articles, in process, one process per method")
    results = {}
    for method in METHODS:
        child = subprocess.run([sys.executable, __file__, "--shared", str(shared), "--limit", str(args.limit),
                                "--method", method], capture_output=True, text=True, check=True)
        results[method] = json.loads(child.stdout.strip().splitlines()[-1])
    lexrank_p50 = statistics.median(results["lexrank"]["total_ms"])
    for method, result in results.items():
        rouge = statistics.mean(
            scorer.score("\n".join(sentences(row["reference"])), "\n".join(sentences(summary)))["rougeLsum"].fmeasure
            for row, summary in zip(rows, result["summaries"], strict=True))
        p50 = statistics.median(result["total_ms"])
        extract = f", extract p50 {statistics.median(result['extract_ms']):6.1f} ms" if result["extract_ms"] else ""
        if result["annotate_ms"]:
            extract += f", annotate p50 {statistics.median(result['annotate_ms']):6.1f} ms"
        print(f"{method:20s} analysis p50 {p50:7.1f} ms  p95 {_p(result['total_ms'], 0.95):7.1f} ms  "
              f"(summary stage p50 {statistics.median(result['stage_ms']):7.1f} ms{extract})  "
              f"x{p50 / lexrank_p50:4.2f} LexRank's time  ROUGE-Lsum {100 * rouge:5.2f}  "
              f"peak RSS {result['peak_rss_mb']:5.0f} MB")
    for method in METHODS:
        for part, timed in results[method].get("parts_ms", {}).items():
            print(f"  {method} annotate with {part:8s} alone: p50 {statistics.median(timed):6.1f} ms  "
                  f"p95 {_p(timed, 0.95):6.1f} ms (each includes the entity recognizer)")
    print("(precis rows are the whole analysis: normalize, summarize and extract; goal p50 <= 30 ms for the\n"
          " served default, precis; precis-all adds entities, quotes and events (options.include),\n"
          " goal p50 <= 100 ms;"
          " precis-rules reads prose with the cue-word reader, PRECIS_PROSE_READER=rules; precis-int8 and -fp32 rank\n"
          " sentences with MiniLM itself, PRECIS_SUMMARY_RANKER=minilm; the stages run one after another on\n"
          " the request's thread, spaCy holding the GIL)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
