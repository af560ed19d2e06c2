"""Schemathesis against the OpenAPI document the app serves, in-process, over the real pipelines.

Every documented operation gets a bounded number of generated requests (valid and invalid, from the
schema's examples, its coverage cases and random fuzzing); each answer must be no 5xx, carry a documented
status code and content type, documented headers, and a body that validates against the response schema.
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
from schemathesis.specs.openapi.schemas import OpenApiSchema

from service.app import create_app
from service.nlp import Parsers

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def served_app(parsers: Parsers) -> Litestar:
    """An app over the session's loaded pipelines, started (lifespan) and checked ready before use."""
    app = create_app(parsers.settings, parsers)
    with get_client(app) as client:  # starts the app's lifespan, which schemathesis keeps for its calls
        ready = client.get("/readyz")
        assert ready.status_code == 200, ready.text
    return app


@pytest.fixture(scope="module")
def api_schema(served_app: Litestar) -> OpenApiSchema:
    return schemathesis.openapi.from_asgi("/schema/openapi.json", served_app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
def test_every_operation_conforms_to_the_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=CHECKS)
