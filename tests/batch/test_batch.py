"""service/batch: the row function, the corpus reader and writer, and both engines through the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, WRITTEN_ARTICLE

from service.batch import OUTPUT_COLUMNS, Columns, RowAnalyzer
from service.batch.corpus import INVALID_KEY, read_chunks
from service.extensions import models_of

# Written for the tests: a second article, so rows differ.
SECOND = ("Dock Workers Strike at Port\n\nThe dock workers' union demanded a 9% pay rise from the port operator on "
          "Monday. The operator refused the claim and said it would meet the union again next week. Both sides "
          "agreed to ask the conciliation service to join the talks.")
ROWS = [
    {"id": "a", "text": WRITTEN_ARTICLE},
    {"id": 2, "text": SECOND, "title": "Given title"},
    {"id": "blank", "text": "   "},
    {"id": "page", "text": "<html><body><script>x</script></body></html>", "format": "html"},
]


def _write_jsonl(path, rows, extra_lines=()):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + "".join(extra_lines), encoding="utf-8")
    return path


def _batch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "service", "batch", *args, "--no-progress"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def analyzer(app):
    holder = models_of(app)
    return RowAnalyzer(holder.settings, Columns(), models=holder)


def test_a_row_gets_the_api_analysis_and_a_bad_row_its_problem(analyzer, client):
    rows = analyzer.analyze_rows(ROWS)
    assert [(r["id"], r["status"]) for r in rows] == [("a", 200), ("2", 200), ("blank", 422), ("page", 422)]
    api = client.post("/v1/summarize", json={"text": SECOND, "title": "Given title"}).get_json()
    assert rows[1]["title"] == "Given title" and rows[1]["summary"] == api["summary"]["text"]
    assert json.loads(rows[1]["key_demands"]) == api["key_demands"]
    assert json.loads(rows[1]["outcomes"]) == api["outcomes"]
    assert json.loads(rows[2]["problem"])["errors"] == {"text": ["must contain some text"]}
    assert json.loads(rows[3]["problem"])["detail"] == "no article text could be extracted from the HTML page"
    assert all(r["problem"] is None for r in rows[:2]) and all(r["summary"] is None for r in rows[2:])


def test_an_oversized_or_unreadable_row_is_a_problem_row(analyzer):
    limit = analyzer.settings.max_body_bytes
    big, unreadable = analyzer.analyze_rows([{"id": "big", "text": "word " * (limit // 5 + 1)},
                                             {INVALID_KEY: "line 3 is not valid JSON"}])
    assert big["status"] == 413 and "PRECIS_MAX_BODY_BYTES" in json.loads(big["problem"])["detail"]
    assert unreadable["status"] == 400 and unreadable["id"] is None


def test_spark_map_in_pandas_gives_the_declared_columns(analyzer):
    frames = list(analyzer.map_in_pandas(iter([pd.DataFrame(ROWS[:2]), pd.DataFrame(ROWS[2:])])))
    assert [list(f.columns) for f in frames] == [list(OUTPUT_COLUMNS)] * 2
    assert [len(f) for f in frames] == [2, 2]


def test_json_lines_keep_every_line_even_a_broken_one(tmp_path):
    path = _write_jsonl(tmp_path / "in.jsonl", ROWS[:2], ["\n", "{not json\n", "[1, 2]\n"])
    chunks = list(read_chunks(path, chunk_rows=3))
    assert [len(c) for c in chunks] == [3, 1]
    assert chunks[0][2][INVALID_KEY].startswith("line 4 is not valid JSON")
    assert chunks[1][0][INVALID_KEY] == "line 5 is a JSON list, not an object"


def test_local_engine_writes_every_row_in_order_from_jsonl_and_parquet(tmp_path):
    jsonl = _write_jsonl(tmp_path / "in.jsonl", ROWS, ["not json\n"])
    parquet = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pandas(pd.DataFrame([{**r, "id": str(r["id"])} for r in ROWS])), parquet)
    outputs = {}
    for source in (jsonl, parquet):
        done = _batch(str(source), str(tmp_path / f"out-{source.suffix[1:]}"), "--workers", "2", "--chunk-rows", "2")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["rows_in"] == report["rows_out"] == len(ROWS) + (source == jsonl)
        outputs[source.suffix] = pq.read_table(tmp_path / f"out-{source.suffix[1:]}").to_pylist()
    assert [r["id"] for r in outputs[".jsonl"]] == ["a", "2", "blank", "page", None]
    assert [r["status"] for r in outputs[".jsonl"]] == [200, 200, 422, 422, 400]
    strip = [{k: v for k, v in r.items() if k != "elapsed_ms"} for r in outputs[".jsonl"][:4]]
    assert strip == [{k: v for k, v in r.items() if k != "elapsed_ms"} for r in outputs[".parquet"]]


@pytest.mark.parametrize("case", ["missing-file", "no-id-column", "output-exists", "zero-workers"])
def test_an_unusable_corpus_exits_2_before_loading_models(tmp_path, case):
    source = _write_jsonl(tmp_path / "in.jsonl", ROWS[:1])
    out = tmp_path / "out"
    args = {"missing-file": [str(tmp_path / "nope.jsonl"), str(out)],
            "no-id-column": [str(_write_jsonl(tmp_path / "noid.jsonl", [{"text": SECOND}])), str(out)],
            "output-exists": [str(source), str(tmp_path)],
            "zero-workers": [str(source), str(out), "--workers", "0"]}[case]
    if case == "output-exists":
        pq.write_table(pa.table({"x": [1]}), tmp_path / "old.parquet")
    done = _batch(*args)
    assert done.returncode == 2 and done.stderr.startswith("error: ") and "Traceback" not in done.stderr


def test_ray_engine_gives_the_local_engines_rows(tmp_path):
    pytest.importorskip("ray")
    source = _write_jsonl(tmp_path / "in.jsonl", ROWS)
    local = _batch(str(source), str(tmp_path / "local"), "--workers", "1")
    ray = _batch(str(source), str(tmp_path / "ray"), "--engine", "ray", "--workers", "2", "--chunk-rows", "2")
    assert local.returncode == 0 and ray.returncode == 0, ray.stderr[-3000:]
    assert json.loads(ray.stdout)["rows_out"] == len(ROWS)

    def rows(folder):
        return [{k: v for k, v in r.items() if k != "elapsed_ms"} for r in pq.read_table(folder).to_pylist()]

    assert rows(tmp_path / "ray") == rows(tmp_path / "local")


def test_ray_engine_joins_the_running_cluster_named_by_ray_address(tmp_path):
    """A platform team's cluster is already up: RAY_ADDRESS names it, and the engine joins it instead of
    asking Ray for a new local one (which Ray refuses once an address is set)."""
    pytest.importorskip("ray")
    ray_cli = [sys.executable, "-c", "from ray.scripts.scripts import main; main()"]
    environ = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    started = subprocess.run([*ray_cli, "start", "--head", "--num-cpus", "2", "--include-dashboard=false",
                              "--disable-usage-stats"], capture_output=True, text=True, timeout=120, env=environ)
    assert started.returncode == 0, started.stderr[-3000:]
    try:
        source = _write_jsonl(tmp_path / "in.jsonl", ROWS[:2])
        done = subprocess.run([sys.executable, "-m", "service", "batch", str(source), str(tmp_path / "out"),
                               "--engine", "ray", "--workers", "1", "--no-progress"], cwd=ROOT, capture_output=True,
                              text=True, timeout=600, env={**environ, "RAY_ADDRESS": "auto"})
    finally:
        subprocess.run([*ray_cli, "stop", "--force"], capture_output=True, timeout=120, env=environ)
    assert done.returncode == 0, done.stderr[-3000:]
    assert pq.read_table(tmp_path / "out").column("id").to_pylist() == ["a", "2"]
