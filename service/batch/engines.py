"""Running the row function over a corpus: a local process pool, or Ray Data on a cluster.

Both give each worker process (or actor) one model and one inference thread: on 2 cores two processes
of one thread analysed 29.9 articles/s against 21.8 for one process of two intra-op threads, which
waste a fifth of the machine (issue 14's measurement; ``make batch-bench`` measures it again).
"""

from __future__ import annotations

import collections
import dataclasses
import multiprocessing
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from ..config import Settings
from .corpus import count_rows, open_writer, output_statuses, read_chunks
from .rows import Columns, RowAnalyzer

ENGINES: Final = ("local", "ray")
# Chunks in flight per worker process: one running, one queued, so no worker waits on the reader.
CHUNKS_AHEAD_PER_WORKER: Final = 2
# Rows per chunk (local) or batch (Ray): large enough that a chunk's pickling or a batch's scheduling is a
# small share of its analysis, small enough that progress moves and a worker's memory stays flat. Ray's
# per-batch cost is higher: 2,000 CNN/DM rows took 137.3 s with batches of 16 and 131.4 s with 64.
DEFAULT_CHUNK_ROWS: Final = {"local": 16, "ray": 64}
# Libraries that start their own thread pools read these at import; one thread each in every worker.
_ONE_THREAD_ENV: Final = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
                          "TOKENIZERS_PARALLELISM": "false"}


@dataclass(frozen=True, slots=True)
class RunReport:
    engine: str
    workers: int
    rows_in: int
    rows_out: int
    statuses: dict[str, int]
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.rows_out / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.articles_per_second, 2),
                "articles_per_second_per_core": round(self.articles_per_second / self.workers, 2)}


def worker_settings(settings: Settings) -> Settings:
    """The settings each worker runs with: one inference thread (processes, not threads, share the cores)."""
    return dataclasses.replace(settings, torch_threads=1, load_model_on_start=False)


def run_local(source: Path, out_dir: Path, settings: Settings, columns: Columns, workers: int,
              chunk_rows: int = DEFAULT_CHUNK_ROWS["local"], progress: bool = True) -> RunReport:
    """A pool of ``workers`` processes (spawned: no torch or CTranslate2 thread state crosses a fork), each
    building its RowAnalyzer once; output written in input order, one Parquet file."""
    started = time.perf_counter()
    rows_in = count_rows(source)
    os.environ.update(_ONE_THREAD_ENV)  # inherited by the spawned workers before they import anything
    bar = _progress_bar(rows_in, progress)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker, initargs=(worker_settings(settings), columns)) as pool, \
            open_writer(out_dir) as writer:
        pending: collections.deque[Future] = collections.deque()
        for chunk in read_chunks(source, chunk_rows):
            pending.append(pool.submit(_analyze_chunk, chunk))
            if len(pending) >= workers * CHUNKS_AHEAD_PER_WORKER:
                _write(pending.popleft().result(), writer, bar)
        while pending:
            _write(pending.popleft().result(), writer, bar)
    bar.close()
    return _report("local", workers, rows_in, out_dir, time.perf_counter() - started)


def run_ray(source: Path, out_dir: Path, settings: Settings, columns: Columns, workers: int,
            chunk_rows: int = DEFAULT_CHUNK_ROWS["ray"], progress: bool = True) -> RunReport:
    """Ray Data: one single-thread actor per core, each holding a RowAnalyzer; read and write tasks take
    no CPU of their own, or a reader waits forever behind actors holding every core (Ray issue #44687)."""
    import ray

    started = time.perf_counter()
    rows_in = count_rows(source)
    _connect_ray(ray, workers)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # output rows in input order, as the local engine
    context.enable_progress_bars = progress
    if source.is_dir() or source.suffix.lower() in (".parquet", ".pq"):
        dataset = ray.data.read_parquet(str(source), num_cpus=0)
    else:
        dataset = ray.data.read_json(str(source), lines=True, num_cpus=0)
    analysed = dataset.map_batches(
        RowAnalyzer, fn_constructor_kwargs={"settings": worker_settings(settings), "columns": columns},
        batch_size=chunk_rows, batch_format="pandas", compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)
    analysed.write_parquet(str(out_dir), ray_remote_args={"num_cpus": 0})
    return _report("ray", workers, rows_in, out_dir, time.perf_counter() - started)


def _connect_ray(ray: Any, workers: int) -> None:
    """Joins the cluster this driver is attached to (``ray.init`` done, or ``RAY_ADDRESS`` set), else starts
    a local one sized for ``workers`` actors."""
    if ray.is_initialized():
        return
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # nothing to report from here, no thread for it
    if os.environ.get("RAY_ADDRESS"):
        # A running cluster owns its resources (Ray refuses num_cpus here); its workers did not inherit this
        # environment, so the job's runtime_env gives each actor one thread.
        ray.init(log_to_driver=False, runtime_env={"env_vars": dict(_ONE_THREAD_ENV)})
        return
    # The local cluster's processes inherit this environment, so the actors start with one thread each
    # without a runtime_env: one made the actors wait for a runtime-env agent (~1 s more of fixed cost
    # per run, measured on 400 rows).
    os.environ.update(_ONE_THREAD_ENV)
    # One logical CPU more than the actors hold: Ray keeps that many worker processes started, so its
    # read and write tasks (which take no CPU) find one ready instead of waiting ~2 s for a process each
    # (400 rows: the write tail 1.4 -> 0.1 s). The actor pool stays one actor per core.
    ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False)


_ANALYZER: RowAnalyzer | None = None


def _start_worker(settings: Settings, columns: Columns) -> None:
    global _ANALYZER
    _ANALYZER = RowAnalyzer(settings, columns)


def _analyze_chunk(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    assert _ANALYZER is not None, "the worker's initializer builds the analyzer"
    return _ANALYZER.analyze_rows(rows)


def _write(rows: list[dict[str, Any]], writer: Any, bar: Any) -> None:
    import pyarrow as pa

    from .rows import output_schema

    writer.write_table(pa.Table.from_pylist(rows, schema=output_schema()))
    bar.update(len(rows))


def _progress_bar(total: int, shown: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=not shown, smoothing=0.1)


def _report(engine: str, workers: int, rows_in: int, out_dir: Path, seconds: float) -> RunReport:
    written = output_statuses(out_dir)
    statuses = collections.Counter(str(status) for status in written)
    return RunReport(engine, workers, rows_in, len(written), dict(sorted(statuses.items())), seconds)


ENGINE_RUNNERS: Final[dict[str, Callable[..., RunReport]]] = {"local": run_local, "ray": run_ray}
