"""Locust user for `make loadtest` and `make chaos`: posts real articles (CNN/DM dev articles and the
seeds) to /v1/summarize. Each request's status and latency go to LOADTEST_OUT (JSON) at the end, so the
caller can tell fast 503s from slow failures.

Environment: LOADTEST_SHARED (folder with eval/ and seeds/), LOADTEST_RATE (mean requests/s per user,
Poisson arrivals; 0 = back to back), LOADTEST_OUT (where to write the samples).
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

from locust import HttpUser, events, task

SHARED = Path(os.environ.get("LOADTEST_SHARED", "../shared"))
_rows = [json.loads(line) for line in (SHARED / "eval" / "cnndm-dev.jsonl").read_text().splitlines()[:60]]
ARTICLES = [row["article"] for row in _rows] + [p.read_text() for p in sorted((SHARED / "seeds").glob("*.txt"))]
RATE = float(os.environ.get("LOADTEST_RATE", "0"))
SAMPLES: list[tuple[float, int, float]] = []  # (time sent, status, seconds)


@events.request.add_listener
def _record(request_type, name, response_time, response_length, response=None, exception=None, **_):
    status = getattr(response, "status_code", 0) or 0
    SAMPLES.append((time.time(), int(status), response_time / 1000.0))


@events.quitting.add_listener
def _dump(environment, **_):
    Path(os.environ.get("LOADTEST_OUT", "loadtest.json")).write_text(json.dumps(SAMPLES))


class Reader(HttpUser):
    def wait_time(self) -> float:
        # Open loop: exponential gaps make each user's arrivals a Poisson process, as independent
        # clients are; fixed gaps would make all users fire in lockstep bursts.
        return random.expovariate(RATE) if RATE > 0 else 0.0

    @task
    def summarize(self) -> None:
        # A new connection per request: with keep-alive, each user would stay on the gunicorn worker that
        # accepted it, and workers would see uneven shares of the load.
        with self.client.post("/v1/summarize", json={"text": random.choice(ARTICLES)}, catch_response=True,
                              timeout=60, headers={"Connection": "close"}) as response:
            if response.status_code == 200:
                response.success()
            else:
                response.failure(f"HTTP {response.status_code}")
        if RATE == 0 and response.status_code == 503:
            # A closed-loop client is a well-behaved one: it waits as the server asks before retrying.
            time.sleep(float(response.headers.get("Retry-After", "1")))
