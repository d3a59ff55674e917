"""`make bench`: in-process timings of the pipeline's stages, each beside a baseline from the same run.

Section "stages" (issues 3 and 4): median normalization and extraction time of a 1,000-word pasted article
beside the summary stage, and the time of each hostile input, in process and over
HTTP against a gunicorn server started for the run (loopback only).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))  # the hostile texts the tests use too

from hostile_texts import quotations_among_names  # noqa: E402

from service.config import Settings  # noqa: E402
from service.document import build_document  # noqa: E402
from service.extensions import ModelHolder  # noqa: E402
from service.extract import extract  # noqa: E402
from service.pipeline import analyze  # noqa: E402
from service.summarize import summarize_extractive  # noqa: E402

WORDS_PER_ARTICLE = 1000
REPEATS = 50


def thousand_word_article(shared: Path) -> str:
    """The seed articles' lines (headings, lists, tables, junk included) up to 1,000 words."""
    lines: list[str] = []
    words = 0
    for path in sorted((shared / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.append(line)
            words += len(line.split())
            if words >= WORDS_PER_ARTICLE:
                return "\n".join(lines)
    return "\n".join(lines)


def median_ms(function, repeats: int = REPEATS) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


# Capitalised names between role words and prepositions: the shapes the person-of-a-body patterns read.
PEOPLE_AND_BODIES = "Ann Lee Park Chief Executive of The Harbour Trust, Green Party's health spokeswoman Bo Ray " \
    * 12_000


def hostile_inputs() -> dict[str, tuple[str, str]]:
    return {
        "1 MB on one line": ("text", "word " * 199_000 + "end."),
        "200,000 bullet lines": ("text", "- x\n" * 200_000),
        "60,000 bullets each opening a sublist": ("text", "- Steps to take:\n" * 60_000),
        "role nouns inside other words 1 MB": ("text", "The company impact camp lamp " * 40_000),
        "10,000-row table": ("text",
                             "| Topic | Expected Outcomes |\n|---|---|\n" + "| Trade | More deals |\n" * 10_000),
        "deeply nested HTML": ("html", "<div>" * 5000 + "<p>Spain urged Chile to act.</p>" + "</div>" * 5000),
        "only control/bidi characters": ("text", "\u202e\u202d\u0007\u0001\u200f\u2066" * 20_000),
        "cue word x50,000": ("text", "urged to " * 50_000),
        "sentence x20,000": ("text", "Peru urged Chile to adopt a plan. " * 20_000),
        "unclosed quotes": ("text", "Peru urged Chile to “adopt " * 20_000),
        "zero-width joiners": ("text", "China\u200d urged\u200d Canada\u200d to\u200d act. " * 20_000),
        "decomposed accents 1 MB": ("text", "Pe\u0301rou urged Chile\u0301 to act. " * 30_000),
        "300 quotations among 2,400 names": ("text", quotations_among_names()),
        "people, roles and bodies 1 MB": ("text", PEOPLE_AND_BODIES),
        **rule_table_shapes(),
    }


def rule_table_shapes() -> dict[str, tuple[str, str]]:
    """Every word table of the extraction rules cycled to 50,000 words on one line (the shapes
    tests/test_hostile_inputs.py runs too)."""
    from service.extract import rules

    shapes = {}
    for name, words in sorted(vars(rules).items()):
        if name.isupper() and isinstance(words, tuple) and words and all(isinstance(w, str) for w in words):
            shapes[f"rules.{name} x50,000 words"] = ("text", " ".join(words[i % len(words)] for i in range(50_000)))
    return shapes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    shared = Path(args.shared)
    holder = ModelHolder(Settings.from_env())
    encoder = holder.load()
    ranker = holder.ranker

    article = thousand_word_article(shared)
    document = build_document(article)
    normalize_p50, normalize_p95 = median_ms(lambda: build_document(article))
    summarize_p50, summarize_p95 = median_ms(lambda: summarize_extractive(document, ranker))
    extract_p50, extract_p95 = median_ms(lambda: extract(document))
    merged_p50, merged_p95 = median_ms(lambda: extract(document, encoder))
    items = extract(document)
    total = normalize_p50 + summarize_p50 + merged_p50
    print(f"== stages on a 1,000-word pasted article ({len(article.split())} words, {REPEATS} runs)")
    print(f"normalize  p50 {normalize_p50:7.2f} ms   p95 {normalize_p95:7.2f} ms   (goal < 5 ms)")
    print(f"extract    p50 {extract_p50:7.2f} ms   p95 {extract_p95:7.2f} ms   (goal < 10 ms; rules and word-overlap "
          f"merge, {len(items.demands)} demands and {len(items.outcomes)} outcomes)")
    print(f"  + merge  p50 {merged_p50 - extract_p50:7.2f} ms   p95 {merged_p95 - extract_p95:7.2f} ms   "
          "(MiniLM embeddings of the items, to merge restatements in other words)")
    print(f"summarize  p50 {summarize_p50:7.2f} ms   p95 {summarize_p95:7.2f} ms   (ranking with {ranker.name})")
    print(f"shares of the request: normalize {normalize_p50 / total:.1%}, extract {merged_p50 / total:.1%}, "
          f"summarize {summarize_p50 / total:.1%}")

    print("\n== hostile inputs, whole analysis in process with the cue-word reader (goal < 2 s each)")
    time_hostile(encoder, ranker=ranker)
    grammar_bench(document, encoder, ranker)
    print("\n== hostile inputs over HTTP (gunicorn on loopback; status and client time)")
    http_hostile(hostile_inputs())
    return 0


def time_hostile(encoder, grammar=None, annotator=None, ranker=None) -> None:
    """The whole analysis of each hostile input, in process, with the given prose reader (and, with an
    ``annotator``, with entities, quotes and events)."""
    from service.pipeline import NoArticleText, Options

    options = Options(annotations=frozenset({"entities", "quotes", "events"}) if annotator else frozenset())
    for name, (input_format, text) in hostile_inputs().items():
        started = time.perf_counter()
        try:
            analyze(text, encoder, options, input_format=input_format, grammar=grammar, annotator=annotator,
                    ranker=ranker)
            outcome = "ok"
        except NoArticleText:
            outcome = "422 no article text"
        print(f"{name:48s} {time.perf_counter() - started:6.2f} s  {outcome}")


def grammar_bench(document, encoder, ranker) -> None:
    """The grammar prose reader (the default, PRECIS_PROSE_READER=grammar): its extraction time on the
    1,000-word article beside the cue-word reader's, and the whole analysis of each hostile input with it."""
    from service.grammar import shared_grammar

    grammar = shared_grammar()
    regex_p50, _ = median_ms(lambda: extract(document))
    # Each run parses afresh: a document keeps its parses, and every run here reads the same document.
    grammar_p50, grammar_p95 = median_ms(lambda: (document.parses.clear(), extract(document, grammar=grammar)))
    print("\n== the grammar prose reader (the default, PRECIS_PROSE_READER=grammar)")
    print(f"extract on the 1,000-word article  p50 {grammar_p50:7.2f} ms   p95 {grammar_p95:7.2f} ms   "
          f"(x{grammar_p50 / regex_p50:.1f} the cue-word reader's {regex_p50:.2f} ms)")
    print("hostile inputs, whole analysis with the grammar reader (goal < 2 s each):")
    time_hostile(encoder, grammar, ranker=ranker)
    print("hostile inputs, the same with entities, quotes and events (goal < 2 s each):")
    time_hostile(encoder, grammar, grammar, ranker=ranker)


def http_hostile(cases: dict[str, tuple[str, str]]) -> None:
    import urllib.error
    import urllib.request

    from serve_for import free_port, start_server, stop_server, wait_ready

    port = free_port()
    server = start_server(port)
    try:
        wait_ready(f"http://127.0.0.1:{port}", server)
        cases = {**cases, "invalid UTF-8": ("bytes", "")}
        for name, (input_format, text) in cases.items():
            body = b"abc \xff\xfe def" if input_format == "bytes" else text.encode()
            content_type = "text/html" if input_format == "html" else "text/plain"
            request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/summarize", data=body,
                                             headers={"Content-Type": content_type})
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    status = response.status
                    response.read()
            except urllib.error.HTTPError as error:
                status = error.code
            except (urllib.error.URLError, ConnectionError) as error:
                # A body over the limit is refused (413) before it is read; the client's send then
                # breaks. Print the case rather than die on it.
                status = f"closed while sending ({getattr(error, 'reason', error)})"
            print(f"{name:48s} {time.perf_counter() - started:6.2f} s  HTTP {status}")
    finally:
        stop_server(server)


if __name__ == "__main__":
    sys.exit(main())
