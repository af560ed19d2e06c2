"""The worker under load: a bounded queue (503 + Retry-After) and a deadline (504), event loop kept free.

A Stanza parse cannot be made slow on demand, so here `parse` waits for the test; everything else (the
runtime, its inference thread, the handlers) is the real code.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import NamedTuple

import httpx
import msgspec
import pytest

from service.app import create_app
from service.nlp import Parsers
from service.runtime import Runtime
from service.settings import Settings
from tests.api.conftest import PROBLEM, TEXT

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class StuckParsers(Parsers):
    """Loaded (as far as the service can tell), but every parse waits until the test releases it."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.release = threading.Event()
        self.started = threading.Event()
        self.calls = 0

    @property
    def ready(self) -> bool:
        return True

    def parse(self, texts: Sequence[str], lang: str, select: object = None) -> list:
        self.calls += 1
        self.started.set()
        self.release.wait(timeout=30)
        raise RuntimeError("no pipeline in this test")


class Stuck(NamedTuple):
    client: httpx.AsyncClient
    parsers: StuckParsers
    runtime: Runtime


@asynccontextmanager
async def stuck_client(**limits: object) -> AsyncIterator[Stuck]:
    """Requests run concurrently in the test's event loop (Litestar's test clients serialise them)."""
    settings = msgspec.structs.replace(Settings.from_env({}), **limits)
    parsers = StuckParsers(settings)
    app = create_app(settings, parsers)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        try:
            yield Stuck(client, parsers, app.state.runtime)
        finally:
            parsers.release.set()
            app.state.runtime.close()


@pytest.fixture
async def busy() -> AsyncIterator[Stuck]:
    async with stuck_client(max_queued=2, request_timeout_s=30.0) as stuck:
        yield stuck


@pytest.fixture
async def slow() -> AsyncIterator[Stuck]:
    async with stuck_client(max_queued=4, request_timeout_s=0.3) as stuck:
        yield stuck


async def test_requests_beyond_the_queue_bound_get_503_with_retry_after(busy: Stuck) -> None:
    client, parsers, runtime = busy
    waiting = [asyncio.create_task(client.post("/v1/quotes", json={"text": TEXT})) for _ in range(2)]
    assert await asyncio.to_thread(parsers.started.wait, 10)
    async with asyncio.timeout(10):  # both admitted: one running, one queued
        while runtime.in_flight < 2:
            await asyncio.sleep(0.01)
    response = await client.post("/v1/quotes/batch", json={"documents": [{"text": TEXT}]})
    assert response.status_code == 503
    assert response.headers["content-type"] == PROBLEM
    assert int(response.headers["retry-after"]) > 0
    health = await client.get("/healthz")  # the event loop is free while the inference thread works
    assert health.status_code == 200
    parsers.release.set()
    answers = await asyncio.gather(*waiting)
    assert [a.status_code for a in answers] == [500, 500]  # what StuckParsers does once released
    assert [a.headers["content-type"] for a in answers] == [PROBLEM, PROBLEM]


async def test_a_slot_frees_up_once_an_analysis_ends(busy: Stuck) -> None:
    client, parsers, _ = busy
    parsers.release.set()
    for _ in range(5):  # more than max_queued, one after the other
        assert (await client.post("/v1/quotes", json={"text": TEXT})).status_code == 500
    assert parsers.calls == 5


async def test_an_analysis_over_the_deadline_is_504_and_the_worker_stays_up(slow: Stuck) -> None:
    client, parsers, _ = slow
    first = await client.post("/v1/quotes", json={"text": TEXT})
    assert first.status_code == 504
    assert first.headers["content-type"] == PROBLEM
    assert (await client.get("/healthz")).status_code == 200
    assert (await client.get("/readyz")).status_code == 200
    # Queued behind the stuck parse, this one times out too and is dropped before it ever runs.
    second = await client.post("/v1/quotes", json={"text": TEXT})
    assert second.status_code == 504
    parsers.release.set()
    await asyncio.sleep(0.1)
    assert parsers.calls == 1  # the timed-out queued request was never parsed


class HeldParsers(Parsers):
    """The session's real pipelines; the first parse waits for the test, every call records its size."""

    def __init__(self, real: Parsers) -> None:
        super().__init__(real.settings)
        self._pipelines, self._packages = real._pipelines, real._packages
        self.release = threading.Event()
        self.started = threading.Event()
        self.sizes: list[int] = []

    def parse(self, texts: Sequence[str], lang: str, select: object = None) -> list:
        self.sizes.append(len(texts))
        if len(self.sizes) == 1:
            self.started.set()
            self.release.wait(timeout=30)
        return super().parse(texts, lang, select)


async def post_behind_a_held_parse(app, held: HeldParsers, texts: list[str]) -> list[httpx.Response]:
    """POST the first text, and once its parse is held, the others; release when all are queued."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        try:
            first = asyncio.create_task(client.post("/v1/quotes", json={"text": texts[0]}))
            assert await asyncio.to_thread(held.started.wait, 10)
            rest = [asyncio.create_task(client.post("/v1/quotes", json={"text": t})) for t in texts[1:]]
            async with asyncio.timeout(10):
                while app.state.runtime.in_flight < len(texts):  # the others queued behind the held parse
                    await asyncio.sleep(0.01)
            held.release.set()
            return [await first, *await asyncio.gather(*rest)]
        finally:
            held.release.set()
            app.state.runtime.close()


async def test_requests_arriving_while_busy_share_one_bulk_call(parsers: Parsers) -> None:
    held = HeldParsers(parsers)
    app = create_app(parsers.settings, held)
    texts = [f"« Nous tiendrons {n} jours », a déclaré le maire Jean Dupont{n}." for n in range(4)]
    answers = await post_behind_a_held_parse(app, held, texts)
    assert held.sizes[0] == 1 and sum(held.sizes[1:]) == 3
    assert len(held.sizes) == 2, held.sizes  # the three waiting requests went through one bulk call
    for n, answer in enumerate(answers):
        assert answer.status_code == 200, answer.text
        quote = answer.json()["quotes"][0]
        assert f"{n} jours" in quote["text"]  # each request gets its own document's results back
        assert quote["speaker"]["name"] == f"Jean Dupont{n}"
    metrics = (await client_metrics(app)).splitlines()
    assert "quotes_gathered_requests_count 2.0" in metrics  # two bulk calls
    assert "quotes_gathered_requests_sum 4.0" in metrics  # four requests


async def client_metrics(app) -> str:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        return (await client.get("/metrics")).text


class FailingOnBoom(HeldParsers):
    """Fails any call holding a text with BOOM: a gathered call fails, then each request runs alone."""

    def parse(self, texts: Sequence[str], lang: str, select: object = None) -> list:
        result = super().parse(texts, lang, select)
        if any("BOOM" in t for t in texts):
            raise RuntimeError("this document breaks the parser")
        return result


async def test_a_failing_document_does_not_fail_the_requests_gathered_with_it(parsers: Parsers) -> None:
    held = FailingOnBoom(parsers)
    app = create_app(parsers.settings, held)
    good = "« Nous tiendrons », a déclaré le maire Jean Dupont."
    answers = await post_behind_a_held_parse(app, held, [good, good, "BOOM a déclaré", good])
    assert [a.status_code for a in answers] == [200, 200, 500, 200]
    assert held.sizes == [1, 3, 1, 1, 1]  # the gathered call, then each of its requests alone
