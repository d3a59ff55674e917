"""gunicorn settings for Précis, from the environment, with defaults right for 2 CPU cores.

The master preloads the app and the fork-safe models (imports, spaCy's pipelines, the text libraries'
tables: ModelHolder.load_shared, no thread started), so the workers share those pages; each worker then
loads MiniLM on CTranslate2 (and any abstractive model) after the fork, so no inference thread pool
exists before fork and the known fork hang cannot happen. Each worker gets cores / workers inference
threads, so workers x threads never oversubscribe the cores.
"""

import os
import shutil
import tempfile

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
_cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
# One worker per core, one inference thread each: processes beat intra-op threads on the same cores
# (make loadtest, 2 cores: 17.4-18.9 requests/s for 2 workers x 1 thread, 10.6 for 1 worker x 2), and
# with the preload each extra worker costs ~60-90 MB (PSS), not a whole model copy.
workers = int(os.environ.get("WEB_CONCURRENCY", str(_cores)))
# Handler threads per worker. More than PRECIS_MAX_IN_FLIGHT on purpose: the extra threads answer
# 503 at once when the worker is busy, instead of leaving connections queued into client timeouts.
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
worker_class = "gthread"
os.environ.setdefault("PRECIS_TORCH_THREADS", str(max(1, _cores // max(1, workers))))
# Above the slowest allowed request (PRECIS_REQUEST_TIMEOUT_SECONDS, 30 s by default, answers 504).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# On SIGTERM, in-flight requests get this long to finish; Kubernetes' terminationGracePeriodSeconds
# is set above it (deploy/k8s/deployment.yaml).
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycle workers now and then to bound slow leaks; jitter keeps them from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "500"))
# GUNICORN_PRELOAD=false loads everything in each worker instead (each then holds its own copy).
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in ("0", "false", "no", "off")
# The hooks below decide when models load: never from create_app's own background thread, which would
# start in the master under preload.
os.environ["PRECIS_LOAD_MODEL_ON_START"] = "false"

# Prometheus multiprocess mode: every worker writes its samples under one folder that /metrics reads.
# It must be set before any worker imports prometheus_client, so here, in the master.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="precis-metrics-")


def on_starting(server):
    """Samples of a previous run would be counted again: start from an empty folder."""
    folder = os.environ["PROMETHEUS_MULTIPROC_DIR"]
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder, exist_ok=True)


def when_ready(server):
    """Preload: the fork-safe models, once, in the master; then frozen out of the garbage collector's
    sight, so that its passes in the workers do not write to (and so copy) the shared pages."""
    if not preload_app:
        return
    import gc
    import logging
    import time

    from service.api.admission import PodInFlight
    from service.extensions import IN_FLIGHT_KEY, models_of, settings_of

    started = time.perf_counter()
    app = server.app.wsgi()
    # One in-flight bound for the whole server (PRECIS_MAX_IN_FLIGHT per worker, pooled), so a busy
    # worker's excess is not refused while its sibling has room (service/api/admission.py).
    app.extensions[IN_FLIGHT_KEY] = PodInFlight(workers * settings_of(app).max_in_flight)
    models_of(app).load_shared()
    gc.collect()
    gc.freeze()
    logging.getLogger("precis.serving").info("shared models loaded before fork", extra={
        "pid": os.getpid(), "seconds": round(time.perf_counter() - started, 3)})


def _pod_bound(server):
    from service.api.admission import PodInFlight
    from service.extensions import IN_FLIGHT_KEY

    bound = server.app.wsgi().extensions[IN_FLIGHT_KEY] if preload_app else None
    return bound if isinstance(bound, PodInFlight) else None


def pre_fork(server, worker):
    """The master gives the worker it is about to fork a slot of the shared in-flight counts."""
    if (bound := _pod_bound(server)) is not None:
        worker.in_flight_slot = bound.free_slot({getattr(w, "in_flight_slot", 0) for w in server.WORKERS.values()})


def post_fork(server, worker):
    if (bound := _pod_bound(server)) is not None:
        bound.bind(worker.in_flight_slot)


def post_worker_init(worker):
    """Each worker loads the rest (MiniLM, an abstractive model) in the background; /readyz says when."""
    from service.extensions import models_of

    models_of(worker.wsgi).start_background_load()


def pre_request(worker, req):
    """A body larger than the app will read and discard on refusal is answered with "Connection: close"
    (the app cannot set that header: gunicorn drops hop-by-hop headers from applications)."""
    from service.config import Settings, drain_limit_bytes

    length = next((value for name, value in req.headers if name == "CONTENT-LENGTH"), None)
    limit = drain_limit_bytes(int(os.environ.get("PRECIS_MAX_BODY_BYTES", Settings.max_body_bytes)))
    if length is not None and length.isdigit() and int(length) > limit:
        req.must_close = True


def child_exit(server, worker):
    """A worker that exited (even killed mid-request) holds nothing any more: its slot is cleared."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
    if (bound := _pod_bound(server)) is not None and hasattr(worker, "in_flight_slot"):
        bound.clear(worker.in_flight_slot)


# The app logs one JSON line per request (with its id); gunicorn's own messages are JSON too.
accesslog = None
loglevel = os.environ.get("PRECIS_LOG_LEVEL", "info").lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
        "rename_fields": {"levelname": "level", "asctime": "time", "name": "logger"},
    }},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}},
    # gunicorn merges this over its defaults, which name a "console" handler: replace them all.
    "root": {"handlers": ["stdout"], "level": loglevel.upper()},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": loglevel.upper(), "propagate": False, "qualname": ""},
        "gunicorn.access": {"handlers": [], "level": "WARNING", "propagate": False, "qualname": ""},
        # A client's unusable page is a 422 for the client, not an alarm here (service/observability.py).
        **{name: {"level": "CRITICAL"} for name in ("trafilatura", "htmldate", "courlan", "justext", "readability")},
    },
}
