"""Request hooks for production serving: request id, bearer-token auth, the in-flight bound, the access
log line and the request metrics. Registered once by create_app; one place decides who gets served."""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable

from flask import Flask, Response, current_app, g, request

from ..config import drain_limit_bytes
from ..extensions import IN_FLIGHT_KEY, TURNS_KEY, settings_of
from ..observability import IN_FLIGHT, LATENCY, REJECTED, REQUEST_ID_HEADER, REQUESTS, request_id_from, request_id_var
from .admission import AnalysisTurns, InFlightBound, WorkerInFlight
from .errors import problem_response

log = logging.getLogger("precis.access")

# Routes that do work on articles: authenticated when tokens are set, bounded in flight. Probes,
# metrics and the API document stay open, as orchestrators and scrapers expect.
PROTECTED_PREFIX = "/v1/"
# Methods whose requests carry a body to drain when refused; read in chunks of this many bytes.
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
DRAIN_CHUNK_BYTES = 64 * 1024
# Seconds an overloaded worker asks the client to wait: the queue it refused drains in about that.
OVERLOAD_RETRY_AFTER_SECONDS = 1


def _token_ok(header: str | None, tokens: tuple[str, ...]) -> bool:
    if not header or not header.startswith("Bearer "):
        return False
    offered = header[len("Bearer "):].encode()
    # compare_digest against every token, without stopping early: the time says nothing about which.
    results = [hmac.compare_digest(offered, token.encode()) for token in tokens]
    return any(results)


def _before() -> Response | None:
    g.started = time.perf_counter()
    g.request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))
    g.token = request_id_var.set(g.request_id)
    g.in_flight = False
    if not request.path.startswith(PROTECTED_PREFIX) or request.method == "OPTIONS":
        return None
    settings = settings_of()
    if settings.api_tokens and not _token_ok(request.headers.get("Authorization"), settings.api_tokens):
        REJECTED.labels("unauthorized").inc()
        return problem_response(401, "A valid bearer token is required (Authorization: Bearer <token>).",
                                headers={"WWW-Authenticate": 'Bearer realm="precis"'})
    limiter: InFlightBound = current_app.extensions[IN_FLIGHT_KEY]
    if not limiter.acquire(blocking=False):
        REJECTED.labels("overloaded").inc()
        return problem_response(503, f"This {limiter.scope} is serving {limiter.limit} requests already; "
                                     "retry shortly.",
                                headers={"Retry-After": str(OVERLOAD_RETRY_AFTER_SECONDS)})
    g.in_flight = True
    IN_FLIGHT.inc()
    return None


def _take_slot() -> Callable[[], None] | None:
    """Hands over the request's in-flight slot: a function that frees it, or None when none is held."""
    if not g.get("in_flight"):
        return None
    g.in_flight = False
    limiter = current_app.extensions[IN_FLIGHT_KEY]

    def free() -> None:
        IN_FLIGHT.dec()
        limiter.release()

    return free


def _drain_unread_body() -> None:
    """Reads what a refused request's body still holds, so that gunicorn can keep the connection
    (it drains only 64 KB itself, then closes a connection it has announced as keep-alive)."""
    limit = drain_limit_bytes(settings_of().max_body_bytes)
    if request.content_length is not None and request.content_length > limit:
        return  # gunicorn.conf.py's pre_request has made this response "Connection: close"
    stream = request.environ.get("wsgi.input")
    read = 0
    while stream is not None and read <= limit:
        chunk = stream.read(DRAIN_CHUNK_BYTES)
        if not chunk:
            return
        read += len(chunk)


def _after(response: Response) -> Response:
    # The slot is freed before the response is written: a client that sends its next request as soon
    # as it reads this one must find it free. A streamed body (NDJSON batch) is still being computed,
    # so its slot is freed when the stream closes.
    if response.status_code >= 400 and request.method in BODY_METHODS:
        _drain_unread_body()
    free = _take_slot()
    if free is not None:
        if response.is_streamed:
            response.call_on_close(free)
        else:
            free()
    response.headers[REQUEST_ID_HEADER] = g.get("request_id", "-")
    route = request.url_rule.rule if request.url_rule else "unmatched"
    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    status = str(response.status_code)
    REQUESTS.labels(route, request.method, status).inc()
    LATENCY.labels(route, status).observe(seconds)
    log.info("request", extra={"method": request.method, "path": request.path, "status": response.status_code,
                               "duration_ms": round(seconds * 1000, 2)})
    return response


def _teardown(_: BaseException | None) -> None:
    free = _take_slot()  # still held when no response was made (an error escaped every handler)
    if free is not None:
        free()
    token = g.pop("token", None)
    if token is not None:
        request_id_var.reset(token)


def register_serving_hooks(app: Flask) -> None:
    settings = settings_of(app)
    app.extensions[IN_FLIGHT_KEY] = WorkerInFlight(settings.max_in_flight)  # gunicorn's master may share it
    # Of those admitted, as many compute at once as the worker has cores; the rest wait their turn.
    app.extensions[TURNS_KEY] = AnalysisTurns(settings.torch_threads)
    app.before_request(_before)
    app.after_request(_after)
    app.teardown_request(_teardown)
    if settings.cors_origins:
        from flask_cors import CORS

        CORS(app, resources={rf"{PROTECTED_PREFIX}*": {"origins": list(settings.cors_origins)}},
             expose_headers=[REQUEST_ID_HEADER, "Retry-After"], allow_headers=["Authorization", "Content-Type",
                                                                               REQUEST_ID_HEADER])
