"""`make chaos`: fault the server under load, on loopback, bounded in time (about 15 minutes).

1. SIGTERM to gunicorn under steady load: no request in flight at that moment may fail; the server
   must exit within its graceful timeout.
2. kill -9 of one of two workers under load: only requests in flight on it may fail; gunicorn starts a
   new worker, which loads its model and serves.
3. Soak: 10,000 requests of mixed articles through one worker (worker recycling off, so one process
   is measured); its RSS may grow less than 10% from request 1,000 to request 10,000.
4. Overload at twice the saturation rate: only 503s with Retry-After, no timeouts, no 500s; afterwards
   the median latency returns to its baseline.
Each prints its figure.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil
from loadtest import LOCUSTFILE, percentile, run_locust, summarize, wait_idle
from serve_for import ROOT, free_port, start_server, stop_server, wait_ready

GRACEFUL_TIMEOUT = 30  # GUNICORN_GRACEFUL_TIMEOUT's default


def start_locust(base: str, users: int, seconds: int, shared: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "LOADTEST_SHARED": str(shared), "LOADTEST_RATE": "0", "LOADTEST_OUT": str(out)}
    return subprocess.Popen([str(Path(sys.executable).parent / "locust"), "-f", str(LOCUSTFILE), "--headless",
                             "--host", base, "-u", str(users), "-r", str(users), "-t", f"{seconds}s",
                             "--only-summary", "--loglevel", "ERROR", "--exit-code-on-error", "0"],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def in_flight_at(samples: list, moment: float) -> list:
    """Samples (completion time, status, seconds) of requests that were under way at ``moment``."""
    return [s for s in samples if s[0] - s[2] < moment < s[0]]


def sigterm_under_load(shared: Path) -> None:
    port = free_port()
    server = start_server(port, {"WEB_CONCURRENCY": "1"})
    base = f"http://127.0.0.1:{port}"
    wait_ready(base, server)
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "samples.json"
        load = start_locust(base, 4, 12, shared, out)
        time.sleep(6)
        moment = time.time()
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=GRACEFUL_TIMEOUT + 15)
        exited = time.time() - moment
        load.wait()
        samples = json.loads(out.read_text())
    during = in_flight_at(samples, moment)
    failed = [s for s in during if s[1] != 200]
    print(f"1. SIGTERM under load: {len(during)} requests in flight at SIGTERM, {len(failed)} failed; "
          f"gunicorn exited {exited:.1f} s after SIGTERM (graceful timeout {GRACEFUL_TIMEOUT} s)", flush=True)


def kill_worker_under_load(shared: Path) -> None:
    port = free_port()
    server = start_server(port, {"WEB_CONCURRENCY": "2"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, server)
        time.sleep(4)
        master = psutil.Process(server.pid)
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / "samples.json"
            load = start_locust(base, 6, 20, shared, out)
            time.sleep(6)
            before = {p.pid for p in master.children()}
            victim = master.children()[0]
            moment = time.time()
            victim.kill()
            load.wait()
            samples = json.loads(out.read_text())
        during = in_flight_at(samples, moment)
        failed = [s for s in samples if s[1] != 200]
        failed_after = [s for s in failed if s[0] - s[2] > moment + 1]
        workers = {p.pid for p in master.children()}
        ok = sum(_status(base) == 200 for _ in range(10))
        print(f"2. kill -9 of one of 2 workers under load: {len(during)} requests in flight at the kill, "
              f"{len([s for s in during if s[1] != 200])} of them failed; {len(failed_after)} failures among "
              f"requests sent after it, {sum(s[1] == 503 for s in failed_after)} of them fast 503s (the other "
              f"worker at its in-flight bound while the replacement loads); workers now {len(workers)} "
              f"(replacement pid {sorted(workers - before)}); "
              f"{ok}/10 requests then succeed", flush=True)
    finally:
        stop_server(server)


def _status(base: str, text: str = "Peru urged Chile to reopen the border crossing at Tacna.") -> int:
    request = urllib.request.Request(base + "/v1/summarize", data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json", "Connection": "close"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def soak(shared: Path, total: int) -> None:
    rows = [json.loads(line)["article"] for line in (shared / "eval" / "cnndm-dev.jsonl").read_text().splitlines()]
    articles = rows + [p.read_text() for p in sorted((shared / "seeds").glob("*.txt"))]
    port = free_port()
    server = start_server(port, {"WEB_CONCURRENCY": "1", "GUNICORN_MAX_REQUESTS": "0"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, server)
        worker = psutil.Process(server.pid).children()[0]
        counter = iter(range(total))
        lock = threading.Lock()
        statuses: dict[int, int] = {}
        rss: dict[int, float] = {}

        def client() -> None:
            while True:
                with lock:
                    number = next(counter, None)
                if number is None:
                    return
                status = _status(base, articles[number % len(articles)])
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1
                    done = sum(statuses.values())
                    if done in (1_000, total):
                        rss[done] = worker.memory_info().rss / 2**20
        started = time.time()
        threads = [threading.Thread(target=client) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        growth = (rss[total] - rss[1_000]) / rss[1_000]
        print(f"3. soak: {total} requests in {time.time() - started:.0f} s, statuses {statuses}; worker RSS "
              f"{rss[1_000]:.0f} MB at request 1,000, {rss[total]:.0f} MB at {total:,}: {growth:+.1%} "
              f"(limit +10%)", flush=True)
    finally:
        stop_server(server)


def overload_and_recovery(shared: Path, seconds: int) -> None:
    port = free_port()
    server = start_server(port, {"WEB_CONCURRENCY": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, server)
        run_locust(base, 4, 5, shared)  # warm-up
        wait_idle(base)
        baseline = summarize(run_locust(base, 4, seconds, shared), seconds)
        wait_idle(base)
        burst = run_locust(base, 20, seconds, shared, rate=2 * baseline["rps"] / 20)
        wait_idle(base)
        after = summarize(run_locust(base, 4, seconds, shared), seconds)
        statuses: dict[int, int] = {}
        for _, status, _ in burst:
            statuses[status] = statuses.get(status, 0) + 1
        slowest_503 = max((latency for _, status, latency in burst if status == 503), default=0.0)
        print(f"4. overload at 2x saturation ({2 * baseline['rps']:.1f} requests/s offered): statuses {statuses}, "
              f"slowest 503 {1000 * slowest_503:.0f} ms, no 5xx other than 503: "
              f"{all(s in (200, 503) for s in statuses)}; median latency before {1000 * baseline['p50']:.0f} ms, "
              f"after {1000 * after['p50']:.0f} ms (x{after['p50'] / baseline['p50']:.2f}); p99 of the requests "
              f"served during the burst {1000 * percentile([s[2] for s in burst if s[1] == 200], 0.99):.0f} ms",
              flush=True)
    finally:
        stop_server(server)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--soak-requests", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=15, help="length of each overload phase")
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    sigterm_under_load(shared)
    kill_worker_under_load(shared)
    overload_and_recovery(shared, args.seconds)
    soak(shared, args.soak_requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
