"""What one app instance owns at run time: settings, pipelines, metrics, and the inference queue.

Inference is CPU-bound and Stanza runs one document batch at a time per process, so analyses go to a
single worker thread. The event loop stays free (health checks, metrics, 503s keep answering), the number
of analyses running or waiting is bounded (`max_queued`), and a request that times out while still queued
is dropped from the queue instead of being parsed for nobody.

Requests that arrive while the thread is busy, or within `batch_window_ms` of each other, are gathered into
one bulk call (up to the batch limits): Stanza tags and parses a bigger batch for less per document. If a
gathered call fails, each request is retried alone, so one bad document never fails its neighbours.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from service import errors
from service.core import analyze
from service.metrics import Metrics
from service.nlp import Parsers
from service.schemas import QuoteRequest, QuoteResponse
from service.settings import Settings

log = logging.getLogger("quotes.runtime")


@dataclass
class _Job:
    """One request's documents, waiting for the inference thread."""

    docs: Sequence[QuoteRequest]
    context: contextvars.Context
    future: Future = field(default_factory=Future)

    @property
    def chars(self) -> int:
        return sum(len(d.text) for d in self.docs)


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
        self._pending: list[_Job] = []  # under _lock
        self._draining = False  # a drain is submitted to the inference thread; under _lock

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
        # In a copy of this request's context, so that what the analysis logs carries the request id.
        job = _Job(docs, contextvars.copy_context())
        # Runs when the analysis ends, fails, or is cancelled before it started: the slot is always freed.
        job.future.add_done_callback(lambda _: self._done())
        try:
            with self._lock:
                self._pending.append(job)
                submit = not self._draining
                self._draining = True
            if submit:
                self._inference_thread().submit(self._drain)
        except BaseException:
            job.future.cancel()
            raise
        try:
            async with asyncio.timeout(self.settings.request_timeout_s):
                results = await asyncio.wrap_future(job.future)
        except TimeoutError:
            job.future.cancel()  # still queued: never parsed; already running: its result is dropped
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

    def _drain(self) -> None:
        """In the inference thread: run the pending requests, gathered, until none is left."""
        while True:
            if self.settings.batch_window_ms > 0:
                time.sleep(self.settings.batch_window_ms / 1000)  # let requests arriving together gather
            with self._lock:
                jobs = self._take()
                if not jobs:
                    self._draining = False
                    return
            jobs = [j for j in jobs if j.future.set_running_or_notify_cancel()]  # timed out while queued
            if jobs:
                self._run(jobs)

    def _take(self) -> list[_Job]:
        """Pending jobs in arrival order, at least one, then as many as fit in one batch of at most
        max_batch_documents documents and max_text_chars characters: a gathered call is never bigger than a
        single request may be, so gathering does not raise a worker's peak memory. Under _lock."""
        taken: list[_Job] = []
        docs = chars = 0
        while self._pending:
            job = self._pending[0]
            if taken and (docs + len(job.docs) > self.settings.max_batch_documents
                          or chars + job.chars > self.settings.max_text_chars):
                break
            taken.append(self._pending.pop(0))
            docs += len(job.docs)
            chars += job.chars
        return taken

    def _run(self, jobs: list[_Job]) -> None:
        """One bulk analysis for the gathered jobs; on failure, each job alone."""
        try:
            docs = [d for j in jobs for d in j.docs]
            results = jobs[0].context.run(analyze, self.parsers, docs)
        except Exception as exc:
            if len(jobs) == 1:
                jobs[0].future.set_exception(exc)
                return
            log.warning("a gathered analysis of %d requests failed; retrying each alone", len(jobs))
            for job in jobs:
                try:
                    job.future.set_result(job.context.run(analyze, self.parsers, job.docs))
                except Exception as alone:
                    job.future.set_exception(alone)
            return
        self.metrics.observe_gathered(len(jobs))
        at = 0
        for job in jobs:
            job.future.set_result(results[at:at + len(job.docs)])
            at += len(job.docs)

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
        with self._lock:
            pending, self._pending, self._draining = self._pending, [], False
        for job in pending:
            job.future.cancel()
