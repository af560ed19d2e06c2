"""Apps under test: `client` serves the real pipelines; `cold_client` is an app whose pipelines are still
loading, for everything the service must answer before (and without) running a model."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import msgspec
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from service.app import create_app
from service.nlp import Parsers
from service.settings import Settings

TEXT = "« Nous ne céderons pas », a déclaré mardi le président Emmanuel Macron."
PROBLEM = "application/problem+json"


class GatedParsers(Parsers):
    """Real Parsers whose loading waits until the test opens the gate, then loads nothing.

    This is the state of a worker that has just started: serving, but without pipelines.
    """

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.gate = threading.Event()

    def load(self) -> None:
        self.gate.wait(timeout=60)


def cold_app(**limits: object) -> tuple[Litestar, GatedParsers]:
    settings = msgspec.structs.replace(Settings.from_env({}), **limits)
    parsers = GatedParsers(settings)
    return create_app(settings, parsers), parsers


@pytest.fixture
def cold_client() -> Iterator[TestClient]:
    app, parsers = cold_app()
    with TestClient(app) as client:
        yield client
    parsers.gate.set()


@pytest.fixture
def french_only_client() -> Iterator[TestClient]:
    """A service configured with QUOTES_LANGUAGES=fr: English is a contract language it does not serve."""
    app, parsers = cold_app(languages=("fr",))
    with TestClient(app) as client:
        yield client
    parsers.gate.set()


@pytest.fixture
def small_limits_client() -> Iterator[TestClient]:
    """Tiny limits, so every 413 can be provoked with small bodies."""
    app, parsers = cold_app(max_text_chars=50, max_batch_documents=3, max_batch_chars=100,
                            max_body_bytes=1000)
    with TestClient(app) as client:
        yield client
    parsers.gate.set()


@pytest.fixture
def client(parsers: Parsers) -> Iterator[TestClient]:
    """An app over the session's loaded pipelines (tests/conftest.py), checked ready before use."""
    with TestClient(create_app(parsers.settings, parsers)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 200, ready.text
        yield client
