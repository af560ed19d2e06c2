"""Schemathesis against the OpenAPI document the app serves, in-process, over the real pipelines.

Every documented operation gets a bounded number of generated requests (the schema's examples, its coverage
cases, and fuzzed valid and invalid bodies); every answer must be no 5xx, with a documented status code and
content type, its documented headers, and a body that validates against the documented response schema.

The schema is loaded when this module is collected, from `/schema/openapi.json` of an app built by
`create_app()` whose pipelines never load (the document does not depend on them, and collection must stay
cheap). The requests go to `served_app`, an app over the session's loaded pipelines. (A schema from
`schemathesis.pytest.from_fixture` would avoid the second app, but schemathesis 4.32.5's lazy loader reads
`Node._nodeid`, which pytest 9.2 no longer has.)
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from litestar import Litestar
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.python.asgi import get_client

from service.app import create_app
from service.nlp import Parsers
from service.settings import Settings
from tests.api.conftest import TEXT

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


class NoPipelines(Parsers):
    """Parsers that load nothing: enough for an app that only serves its OpenAPI document."""

    def load(self) -> None:
        pass


def _document_app() -> Litestar:
    settings = Settings.from_env({})
    return create_app(settings, NoPipelines(settings))


schema = schemathesis.openapi.from_asgi("/schema/openapi.json", _document_app())


@pytest.fixture(scope="module")
def served_app(parsers: Parsers) -> Litestar:
    """An app over the session's loaded pipelines, started (lifespan) and checked ready before use."""
    app = create_app(parsers.settings, parsers)
    with get_client(app) as client:  # starts the lifespan, which schemathesis keeps for the calls below
        ready = client.get("/readyz")
        assert ready.status_code == 200, ready.text
    return app


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
def test_every_operation_conforms_to_the_schema(case: schemathesis.Case, served_app: Litestar) -> None:
    case.call_and_validate(app=served_app, checks=CHECKS)


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
def test_a_found_quote_conforms_to_the_schema(served_app: Litestar, path: str) -> None:
    """Generated texts rarely hold a quote; this one does, so speaker, title, verb and date are checked too."""
    document = {"text": TEXT, "published_at": "2024-08-14", "id": "doc-1"}
    body = document if path == "/v1/quotes" else {"documents": [document, document]}
    response = schema[path]["POST"].Case(body=body).call_and_validate(app=served_app, checks=CHECKS)
    assert response.status_code == 200, response.text
    results = [response.json()] if path == "/v1/quotes" else response.json()["results"]
    assert all(result["quotes"] and result["quotes"][0]["speaker"] for result in results), response.text
