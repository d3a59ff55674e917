"""`make loadtest`: locust (headless) against gunicorn on loopback, bounded in time.

Memory of the whole server once ready (PSS, which counts shared pages once, and RSS) for 1, 2 and 4
workers, with the seconds from start to /readyz. Then the default layout (one worker per core, one
inference thread each): requests/s at saturation (closed loop, as many users as the server admits at
once) in three consecutive runs with p50/p95/p99 and error rate, then an open-loop load at twice the
saturation rate, where only fast 503s may fail. Last, the old layout in the same run as the baseline:
one worker with an inference thread per core.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from serve_for import ROOT, free_port, start_server, stop_server, wait_ready

LOCUSTFILE = Path(__file__).with_name("locustfile.py")
MAX_IN_FLIGHT = 4  # PRECIS_MAX_IN_FLIGHT's default
# A 503 that takes longer than this was not "answered at once".
FAST_SECONDS = 0.25


def server_rss_mb(process: subprocess.Popen) -> float:
    """Resident memory of gunicorn's master and all its workers."""
    root = psutil.Process(process.pid)
    return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 2**20


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))] if ordered else float("nan")


def run_locust(base: str, users: int, seconds: int, shared: Path, rate: float = 0.0) -> list[tuple[float, int, float]]:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "samples.json"
        env = {**os.environ, "LOADTEST_SHARED": str(shared), "LOADTEST_RATE": str(rate), "LOADTEST_OUT": str(out)}
        locust = str(Path(sys.executable).parent / "locust")
        subprocess.run([locust, "-f", str(LOCUSTFILE), "--headless", "--host", base, "-u", str(users), "-r",
                        str(users), "-t", f"{seconds}s", "--only-summary", "--loglevel", "WARNING",
                        "--exit-code-on-error", "0"], env=env, cwd=ROOT, check=True, capture_output=True)
        return [tuple(sample) for sample in json.loads(out.read_text())]


def wait_idle(base: str, timeout: float = 30.0) -> None:
    """Until no analysis is in flight: a stopped load generator leaves its last requests running."""
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with urllib.request.urlopen(base + "/metrics", timeout=5) as response:
            if "precis_in_flight_requests 0.0" in response.read().decode():
                return
        time.sleep(0.2)


def summarize(samples: list[tuple[float, int, float]], seconds: int) -> dict:
    ok = [latency for _, status, latency in samples if status == 200]
    failed = [(status, latency) for _, status, latency in samples if status != 200]
    return {"rps": len(ok) / seconds, "p50": percentile(ok, 0.50), "p95": percentile(ok, 0.95),
            "p99": percentile(ok, 0.99), "errors": len(failed) / max(1, len(samples)), "failed": failed,
            "count": len(samples)}


def server_pss_mb(process: subprocess.Popen) -> float:
    """Proportional memory of gunicorn's master and workers: a page shared by n processes counts 1/n, so
    the sum is what the server really holds (RSS counts the preloaded, shared pages once per process)."""
    root = psutil.Process(process.pid)
    return sum(p.memory_full_info().pss for p in [root, *root.children(recursive=True)]) / 2**20


def measure_memory(workers: int) -> tuple[float, float, float]:
    """Seconds from start to /readyz, then PSS and RSS once every worker has loaded."""
    port = free_port()
    started = time.perf_counter()
    server = start_server(port, {"WEB_CONCURRENCY": str(workers)})
    try:
        wait_ready(f"http://127.0.0.1:{port}", server)
        ready = time.perf_counter() - started
        time.sleep(2 * workers)  # every worker, not just the first, has loaded its model
        return ready, server_pss_mb(server), server_rss_mb(server)
    finally:
        stop_server(server)


def saturate(workers: int, threads: int, runs: int, seconds: int, shared: Path, overload_after: bool) -> list[dict]:
    """``runs`` consecutive closed-loop runs at workers x PRECIS_MAX_IN_FLIGHT users on one server."""
    port = free_port()
    server = start_server(port, {"WEB_CONCURRENCY": str(workers), "PRECIS_TORCH_THREADS": str(threads)})
    base = f"http://127.0.0.1:{port}"
    users = workers * MAX_IN_FLIGHT
    results = []
    try:
        wait_ready(base, server)
        time.sleep(2 * workers)
        run_locust(base, users, 5, shared)  # warm-up, not measured
        for run in range(1, runs + 1):
            wait_idle(base)
            result = summarize(run_locust(base, users, seconds, shared), seconds)
            results.append(result)
            print(f"{workers} worker(s) x {threads} thread(s), run {run} ({users} closed-loop users, {seconds} s): "
                  f"{result['rps']:.1f} requests/s, p50 {1000 * result['p50']:.0f} ms, p95 "
                  f"{1000 * result['p95']:.0f} ms, p99 {1000 * result['p99']:.0f} ms (p99/p50 "
                  f"{result['p99'] / result['p50']:.2f}), error rate {result['errors']:.1%} ({result['count']} "
                  "requests)", flush=True)
        if overload_after:
            wait_idle(base)
            overload(base, results[-1]["rps"], seconds, shared)
    finally:
        stop_server(server)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--seconds", type=int, default=20, help="length of each load phase")
    parser.add_argument("--runs", type=int, default=3, help="consecutive saturation runs of the default layout")
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    cores = len(os.sched_getaffinity(0))
    memory = {}
    for workers in (1, 2, 4):
        ready, pss, rss = measure_memory(workers)
        memory[workers] = pss
        print(f"== {workers} worker(s): ready {ready:.1f} s after start; PSS {pss:.0f} MB, RSS {rss:.0f} MB",
              flush=True)
    print(f"PSS per extra worker: {memory[2] - memory[1]:.0f} MB (1 -> 2), {(memory[4] - memory[2]) / 2:.0f} MB "
          "(2 -> 4)", flush=True)
    print(f"== default layout: {cores} workers x 1 thread (one per core)", flush=True)
    default = saturate(cores, 1, args.runs, args.seconds, shared, overload_after=True)
    rates = [r["rps"] for r in default]
    mean = sum(rates) / len(rates)
    print(f"default layout over {len(rates)} runs: mean {mean:.1f} requests/s, spread {min(rates) / mean - 1:+.1%} / "
          f"{max(rates) / mean - 1:+.1%}; worst p99/p50 {max(r['p99'] / r['p50'] for r in default):.2f}", flush=True)
    print(f"== baseline in the same run: 1 worker x {cores} threads", flush=True)
    baseline = saturate(1, cores, 1, args.seconds, shared, overload_after=False)[0]
    print(f"default / baseline requests/s: {mean / baseline['rps']:.2f}", flush=True)
    return 0


def overload(base: str, saturated_rps: float, seconds: int, shared: Path) -> None:
    """Twice the saturation rate, open loop (Poisson arrivals): the excess must be refused fast with 503."""
    users = 20
    rate = 2 * saturated_rps / users
    samples = run_locust(base, users, seconds, shared, rate=rate)
    result = summarize(samples, seconds)
    statuses: dict[int, int] = {}
    for status, _ in result["failed"]:
        statuses[status] = statuses.get(status, 0) + 1
    slow_503 = [latency for status, latency in result["failed"] if status == 503 and latency > FAST_SECONDS]
    print(f"2x saturation ({2 * saturated_rps:.1f} requests/s offered by {users} users, {seconds} s): served "
          f"{result['rps']:.1f}/s with p50 {1000 * result['p50']:.0f} ms, p99 {1000 * result['p99']:.0f} ms; "
          f"failed {len(result['failed'])} of {result['count']}, by status {statuses or '{}'}; 503s slower than "
          f"{1000 * FAST_SECONDS:.0f} ms: {len(slow_503)}; other failures: "
          f"{sum(n for s, n in statuses.items() if s != 503)}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
