"""What platform teams see: JSON logs with the request id, Prometheus metrics correct across gunicorn
workers, and the request id echoed to the client.

Metrics use prometheus-client's multiprocess mode when PROMETHEUS_MULTIPROC_DIR is set (gunicorn's
config sets it before any worker imports this module); in a single process (tests, the CLI) they use
the default registry.
"""

from __future__ import annotations

import contextvars
import logging
import os
import re
import sys
import uuid
from typing import Final

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REQUEST_ID_HEADER: Final = "X-Request-ID"
# An incoming id is echoed and logged only when it is short and plain: a header is client input, and
# a newline or a 10 kB id must not reach the logs.
_ACCEPTED_REQUEST_ID: Final = re.compile(r"[A-Za-z0-9._:-]{1,128}")
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

# Latency buckets (seconds): a CNN/DM article takes ~0.05 s, a 1,000-word pasted page ~0.15 s, a 1 MB
# input ~1.5 s, an abstractive summary a few seconds.
_LATENCY_BUCKETS: Final = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
REQUESTS: Final = Counter("precis_requests_total", "HTTP requests answered.", ["route", "method", "status"])
LATENCY: Final = Histogram("precis_request_duration_seconds", "Time to answer an HTTP request.",
                           ["route", "status"], buckets=_LATENCY_BUCKETS)
STAGE_SECONDS: Final = Histogram("precis_stage_duration_seconds", "Time spent in each analysis stage.",
                                 ["stage"], buckets=_LATENCY_BUCKETS)
IN_FLIGHT: Final = Gauge("precis_in_flight_requests", "Analysis requests being processed now.",
                         multiprocess_mode="livesum")
REJECTED: Final = Counter("precis_rejected_total", "Requests refused before any work.", ["reason"])


def request_id_from(header_value: str | None) -> str:
    """The client's id when acceptable, else a new one."""
    if header_value and _ACCEPTED_REQUEST_ID.fullmatch(header_value):
        return header_value
    return uuid.uuid4().hex


def metrics_payload() -> tuple[bytes, str]:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


class RequestIdFilter(logging.Filter):
    """Stamps every log record with the id of the request being served (``-`` outside requests)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def json_formatter() -> logging.Formatter:
    from pythonjsonlogger.json import JsonFormatter

    return JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                         rename_fields={"levelname": "level", "asctime": "time", "name": "logger"})


# Libraries that log a client's unusable page at WARNING and ERROR ("discarding data", "empty HTML
# tree"): the client gets a 422 that says so, and an operator's log must not count it as an alarm.
# Only their CRITICAL messages pass.
QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def configure_logging(level: str) -> None:
    """One JSON object per line on stdout for every logger (gunicorn's own config does the same)."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(json_formatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.CRITICAL)
