"""gunicorn settings for Précis, from the environment, with defaults right for 2 CPU cores.

The model is loaded in each worker after fork (no --preload), so torch never starts its thread
pool in the master and the fork hang cannot happen.
"""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# One worker per core pair: each runs torch with PRECIS_TORCH_THREADS threads, and
# workers x threads should not exceed the cores.
workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# Longer than the slowest allowed request (a 1 MB article takes a few seconds on 2 cores).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycle workers now and then to bound slow leaks; jitter keeps them from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "500"))
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("PRECIS_LOG_LEVEL", "info").lower()
preload_app = False
