"""Gunicorn settings for `quotes serve` (or `gunicorn -c python:service.gunicorn_conf service.app:app`).

Models are not preloaded in the master: each worker loads its own pipelines in the app's lifespan (torch
threads are set there too), so a fork never shares torch state and a worker restart reloads cleanly.
"""

from __future__ import annotations

import os
from pathlib import Path

worker_class = "uvicorn_worker.UvicornWorker"
workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
bind = [f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"]

# A long article on a busy CPU takes seconds; the request itself gives up at QUOTES_REQUEST_TIMEOUT_S.
timeout = 120
graceful_timeout = 30
# Recycle workers now and then to bound memory growth; the jitter keeps them from restarting together.
max_requests = 1000
max_requests_jitter = 100
preload_app = False
# No runtime control socket: one fixed path per user would clash between two instances on a host.
control_socket_disable = True

# The app writes one JSON line per request (with its request id); gunicorn's access line would repeat it in
# another format. Set GUNICORN_CMD_ARGS="--access-logfile -" to get it anyway.
accesslog = None
errorlog = "-"

# Heartbeat files on disk can stall under I/O pressure; tmpfs cannot.
if Path("/dev/shm").is_dir():
    worker_tmp_dir = "/dev/shm"


def on_starting(server: object) -> None:
    """Start multiprocess metrics from an empty directory: files of a previous run would be summed in."""
    if directory := os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        for stale in path.glob("*.db"):
            stale.unlink()


def post_fork(server: object, worker: object) -> None:
    """Tell the worker how many siblings share the CPUs (QUOTES_TORCH_THREADS=auto divides them)."""
    os.environ["QUOTES_WORKER_COUNT"] = str(server.cfg.workers)  # type: ignore[attr-defined]


def post_worker_init(worker: object) -> None:
    """A replacement worker (after a crash or a max_requests recycle) loads its pipelines before it accepts
    connections, so its siblings take the traffic meanwhile instead of it answering 503 for seconds. The
    first workers of a start load in the background instead, so /healthz answers at once."""
    if worker.age > worker.cfg.workers:  # type: ignore[attr-defined]
        runtime = worker.wsgi.state.runtime  # type: ignore[attr-defined]
        if not runtime.parsers.ready:
            runtime.parsers.load()


def child_exit(server: object, worker: object) -> None:
    """Fold a dead worker's live gauges out of the multiprocess metrics."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)  # type: ignore[attr-defined]
