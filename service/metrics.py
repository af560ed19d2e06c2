"""Prometheus metrics of one app: requests, latency, documents, characters and quotes.

Each app gets its own registry, so several apps in one process (tests) never collide and a fresh app counts
from zero. Under gunicorn with several workers, PROMETHEUS_MULTIPROC_DIR makes prometheus_client write the
values to shared files, and /metrics aggregates every worker's files instead of reading this process only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.gc_collector import GCCollector
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector

from service.schemas import QuoteResponse

CONTENT_TYPE = CONTENT_TYPE_LATEST

# Seconds: health checks take microseconds, a long article on a busy CPU tens of seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


def multiprocess_dir() -> str | None:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


class Metrics:
    """The service's metrics, registered in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        if multiprocess_dir() is None:
            # What the default registry would carry; per-process figures mean nothing summed over workers.
            ProcessCollector(registry=self.registry)
            PlatformCollector(registry=self.registry)
            GCCollector(registry=self.registry)
        self.requests = Counter("quotes_http_requests", "HTTP requests answered, by route and status.",
                                ["route", "method", "status"], registry=self.registry)
        self.latency = Histogram("quotes_http_request_duration_seconds",
                                 "Time from request start to the end of the response, by route.",
                                 ["route"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.documents = Counter("quotes_documents", "Documents analysed.", registry=self.registry)
        self.characters = Counter("quotes_characters", "Characters of text analysed.", registry=self.registry)
        self.quotes = Counter("quotes_quotes", "Quotes found, by type.", ["type"], registry=self.registry)
        self.gathered = Histogram("quotes_gathered_requests", "Requests analysed together in one bulk call.",
                                  buckets=(1, 2, 4, 8, 16, 32), registry=self.registry)

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route=route, method=method, status=str(status)).inc()
        self.latency.labels(route=route).observe(seconds)

    def observe_gathered(self, requests: int) -> None:
        self.gathered.observe(requests)

    def observe_results(self, texts: Sequence[str], results: Sequence[QuoteResponse]) -> None:
        self.documents.inc(len(texts))
        self.characters.inc(sum(len(t) for t in texts))
        for result in results:
            for quote in result.quotes:
                self.quotes.labels(type=quote.type).inc()

    def exposition(self) -> bytes:
        """The Prometheus text format: this process's registry, or all workers' files in multiprocess mode."""
        if multiprocess_dir() is None:
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
