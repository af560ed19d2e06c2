"""Whatever the body, the answer is a problem document with a contract status, never a 500."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar.testing import TestClient

from tests.api.conftest import PROBLEM, TEXT

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
fields = st.fixed_dictionaries({}, optional={
    "text": st.one_of(values, st.just(TEXT), st.just(""), st.just("   ")),
    "language": st.one_of(values, st.sampled_from(["fr", "en", "de", ""])),
    "published_at": st.one_of(values, st.sampled_from(["2024-08-14", "2024-08-14T09:30:00Z", "hier"])),
    "id": values,
})
bodies = st.one_of(
    st.binary(max_size=64),
    values.map(lambda v: json.dumps(v).encode()),
    fields.map(lambda d: json.dumps(d).encode()),
    st.lists(fields, max_size=3).map(lambda docs: json.dumps({"documents": docs}).encode()),
)
EXPECTED = {400, 413, 422, 503}  # 503: valid, but the cold service has no pipelines


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies, batch=st.booleans())
def test_any_body_gets_a_contract_status(cold_client: TestClient, body: bytes, batch: bool) -> None:
    path = "/v1/quotes/batch" if batch else "/v1/quotes"
    response = cold_client.post(path, content=body, headers={"content-type": "application/json"})
    assert response.status_code in EXPECTED, (body, response.text)
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == response.status_code
