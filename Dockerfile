# The quotes service: gunicorn + uvicorn workers on 0.0.0.0:8000, CPU-only torch, Stanza models baked in.
#
#   docker build -t quotes .                                   # the in-house models under models/
#   docker build -t quotes --build-arg STANZA_MODELS=official .  # Stanza's official packages (needs network)
#   docker run --rm -p 8000:8000 quotes

# ---- builder: a venv with CPU-only torch and the service (base dependencies only) ----
FROM python:3.11-slim AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
# torch first, from the CPU index: `pip install .` then finds torch==2.13.0 satisfied and pulls no CUDA wheels.
RUN python -m venv /opt/venv \
    && pip install --no-cache-dir torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

WORKDIR /src
COPY pyproject.toml README.md ./
COPY service ./service
RUN pip install --no-cache-dir .

# ---- models: the bundled ones, or Stanza's official packages fetched here ----
FROM builder AS models

ARG STANZA_MODELS=bundled
COPY models /models
RUN case "$STANZA_MODELS" in \
      bundled) ;; \
      official) rm -rf /models \
        && QUOTES_MODEL_SOURCE=official QUOTES_MODELS_DIR=/models quotes download-models ;; \
      *) echo "STANZA_MODELS must be 'bundled' or 'official', not '$STANZA_MODELS'" >&2; exit 1 ;; \
    esac \
    && test -f /models/resources.json

# ---- runtime: the venv and the models, no build tools, a non-root user ----
FROM python:3.11-slim

ARG STANZA_MODELS=bundled
RUN groupadd --system --gid 10001 quotes \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin quotes

COPY --from=builder /opt/venv /opt/venv
COPY --from=models /models /app/models
WORKDIR /app

# HOST/PORT are read by service/gunicorn_conf.py for its bind address; WEB_CONCURRENCY sets the workers.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOME=/tmp \
    HOST=0.0.0.0 \
    PORT=8000 \
    WEB_CONCURRENCY=1 \
    QUOTES_MODEL_SOURCE=${STANZA_MODELS} \
    QUOTES_MODELS_DIR=/app/models

USER 10001:10001
EXPOSE 8000

# Liveness only (/healthz answers while the models load); the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; u.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]

# `docker run IMAGE quotes extract FILE` or `quotes openapi` run the other commands instead.
CMD ["gunicorn", "-c", "python:service.gunicorn_conf", "service.app:app"]
