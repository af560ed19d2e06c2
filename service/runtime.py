"""What one app instance owns at run time: settings, pipelines, metrics, and the inference queue.

Inference is CPU-bound and Stanza runs one document batch at a time per process, so analyses go to a
single worker thread. The event loop stays free (health checks, metrics, 503s keep answering), the number
of analyses running or waiting is bounded (`max_queued`), and a request that times out while still queued
is dropped from the queue instead of being parsed for nobody.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from service import errors
from service.core import analyze
from service.metrics import Metrics
from service.nlp import Parsers
from service.schemas import QuoteRequest, QuoteResponse
from service.settings import Settings

log = logging.getLogger("quotes.runtime")


class Runtime:
    """The long-lived objects behind the handlers; stored in `app.state.runtime`."""

    def __init__(self, settings: Settings, parsers: Parsers) -> None:
        self.settings = settings
        self.parsers = parsers
        self.metrics = Metrics()
        self.load_error: str | None = None
        self._in_flight = 0  # analyses running or waiting; changed under _lock from the loop and the thread
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    # -- loading ---------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Load the pipelines in a background thread, so the process serves /healthz while they load."""
        if self.parsers.ready:
            return
        threading.Thread(target=self._load, name="load-pipelines", daemon=True).start()

    def _load(self) -> None:
        try:
            self.parsers.load()
        except Exception as exc:
            self.load_error = f"{type(exc).__name__}: {exc}"
            log.exception("loading the pipelines failed")

    def readiness_problem(self) -> str | None:
        """Why the pipelines cannot serve yet, or None once they can."""
        if self.parsers.ready:
            return None
        if self.load_error is not None:
            return f"loading the pipelines failed: {self.load_error}"
        return "the pipelines are loading"

    # -- inference -------------------------------------------------------------------------------------
    async def analyze(self, docs: Sequence[QuoteRequest]) -> list[QuoteResponse]:
        """analyze() in the inference thread; 503 if not ready or the queue is full, 504 past the timeout."""
        if (reason := self.readiness_problem()) is not None:
            raise errors.not_ready(reason)
        with self._lock:
            if self._in_flight >= self.settings.max_queued:
                raise errors.busy(self.settings.max_queued)
            self._in_flight += 1
        try:
            # In a copy of this request's context, so that what the analysis logs carries the request id.
            context = contextvars.copy_context()
            future = self._inference_thread().submit(context.run, analyze, self.parsers, docs)
        except BaseException:
            self._done()
            raise
        # Runs when the analysis ends, fails, or is cancelled before it started: the slot is always freed.
        future.add_done_callback(lambda _: self._done())
        try:
            async with asyncio.timeout(self.settings.request_timeout_s):
                results = await asyncio.wrap_future(future)
        except TimeoutError:
            raise errors.timed_out(self.settings.request_timeout_s) from None
        self.metrics.observe_results([d.text for d in docs], results)
        return results

    @property
    def in_flight(self) -> int:
        """Analyses running or waiting in this process."""
        return self._in_flight

    def _done(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def _inference_thread(self) -> ThreadPoolExecutor:
        """Created on first use, and again after close() when the same app starts a second time (tests)."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inference")
        return self._executor

    def close(self) -> None:
        """Drop queued analyses; one that is running finishes in its thread."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
