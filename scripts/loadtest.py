"""`make loadtest`: locust (headless) against gunicorn on loopback, bounded in time.

For 1 and 2 workers: memory of the whole server once ready, then requests/s at saturation (closed loop,
as many users as the server serves at once), p50/p95/p99 latency and error rate. Then, with 1
worker, an open-loop load at twice the measured saturation rate: only fast 503s may fail. Memory is
also shown for 4 workers.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--seconds", type=int, default=20, help="length of each load phase")
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    saturation: dict[int, dict] = {}
    for workers in (1, 2, 4):
        port = free_port()
        server = start_server(port, {"WEB_CONCURRENCY": str(workers)})
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(base, server)
            time.sleep(2 * workers)  # every worker, not just the first, has loaded its model
            print(f"== {workers} worker(s): server RSS once ready {server_rss_mb(server):.0f} MB", flush=True)
            if workers == 4:
                continue  # memory only: 4 workers on 2 cores is not a configuration to load-test
            run_locust(base, workers * MAX_IN_FLIGHT, 5, shared)  # warm-up, not measured
            wait_idle(base)
            result = summarize(run_locust(base, workers * MAX_IN_FLIGHT, args.seconds, shared), args.seconds)
            saturation[workers] = result
            print(f"saturation ({workers * MAX_IN_FLIGHT} closed-loop users, {args.seconds} s): "
                  f"{result['rps']:.1f} requests/s, p50 {1000 * result['p50']:.0f} ms, p95 {1000 * result['p95']:.0f} "
                  f"ms, p99 {1000 * result['p99']:.0f} ms, error rate {result['errors']:.1%} "
                  f"({result['count']} requests)", flush=True)
            if workers == 1:
                wait_idle(base)
                overload(base, result["rps"], args.seconds, shared)
        finally:
            stop_server(server)
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
