"""Every row of the contract's error table, answered as application/problem+json, without any model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from litestar.testing import TestClient

from tests.api.conftest import PROBLEM, TEXT

JSON = {"content-type": "application/json"}


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status
    assert body["type"].startswith("urn:quotes:problem:")
    return body


def response_text(body: dict) -> str:
    return " ".join(str(v) for v in body.values())


def fields(body: dict) -> set[str]:
    return {e["field"] for e in body["errors"]}


# -- 400: not JSON, or not an object -------------------------------------------------------------------
@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe{}", b"[]", b'"text"', b"42", b"null", b"",
                                 b'{"text": "a"} trailing'])
@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
def test_body_not_a_json_object_is_400(cold_client: TestClient, path: str, raw: bytes) -> None:
    body = problem(cold_client.post(path, content=raw, headers=JSON), 400)
    assert "errors" not in body


# -- 422: field errors, with the field named -----------------------------------------------------------
@pytest.mark.parametrize(("payload", "field"), [
    ({}, "text"),
    ({"language": "fr"}, "text"),
    ({"text": ""}, "text"),
    ({"text": " \n\t "}, "text"),
    ({"text": None}, "text"),
    ({"text": 12}, "text"),
    ({"text": ["a"]}, "text"),
    ({"text": TEXT, "language": "de"}, "language"),
    ({"text": TEXT, "language": 1}, "language"),
    ({"text": TEXT, "language": None}, "language"),
    ({"text": TEXT, "published_at": "mardi dernier"}, "published_at"),
    ({"text": TEXT, "published_at": "2024-13-45"}, "published_at"),
    ({"text": TEXT, "published_at": 20240814}, "published_at"),
    ({"text": TEXT, "id": 17}, "id"),
])
def test_field_errors_are_422_with_the_field(cold_client: TestClient, payload: dict, field: str) -> None:
    body = problem(cold_client.post("/v1/quotes", json=payload), 422)
    assert field in fields(body)
    assert all(e["message"] for e in body["errors"])


def test_language_the_service_does_not_serve_is_422(french_only_client: TestClient) -> None:
    # "en" is a contract language, but this service is configured for French only.
    body = problem(french_only_client.post("/v1/quotes", json={"text": "They said so.", "language": "en"}), 422)
    assert fields(body) == {"language"}


def test_all_semantic_field_errors_are_reported_together(french_only_client: TestClient) -> None:
    payload = {"text": "   ", "language": "en", "published_at": "hier"}
    body = problem(french_only_client.post("/v1/quotes", json=payload), 422)
    assert fields(body) == {"text", "language", "published_at"}


@pytest.mark.parametrize(("payload", "field"), [
    ({}, "documents"),
    ({"documents": []}, "documents"),
    ({"documents": {"text": TEXT}}, "documents"),
    ({"documents": [{"text": TEXT}, {"text": 3}]}, "documents[1].text"),
    ({"documents": [{"text": TEXT}, {}]}, "documents[1].text"),
    ({"documents": [{"text": TEXT}, {"text": TEXT, "published_at": "bientôt"}]}, "documents[1].published_at"),
    ({"documents": [{"text": TEXT, "language": "xx"}]}, "documents[0].language"),
])
def test_batch_field_errors_name_the_document(cold_client: TestClient, payload: dict, field: str) -> None:
    body = problem(cold_client.post("/v1/quotes/batch", json=payload), 422)
    assert field in fields(body)


def test_valid_published_at_forms_pass_validation(cold_client: TestClient) -> None:
    for value in ["2024-08-14", "2024-08-14T09:30:00+02:00", "2024-08-14T09:30:00Z", "2024-08-14 09:30"]:
        # Past validation, a cold service answers 503: the value itself was accepted.
        response = cold_client.post("/v1/quotes", json={"text": TEXT, "published_at": value})
        assert response.status_code == 503, (value, response.text)


# -- 413: sizes ------------------------------------------------------------------------------------------
def test_text_over_the_limit_is_413(small_limits_client: TestClient) -> None:
    body = problem(small_limits_client.post("/v1/quotes", json={"text": "a" * 51}), 413)
    assert fields(body) == {"text"}
    at_limit = small_limits_client.post("/v1/quotes", json={"text": "a" * 50})
    assert at_limit.status_code == 503  # accepted, only the pipelines are missing


def test_limit_counts_characters_not_bytes(small_limits_client: TestClient) -> None:
    response = small_limits_client.post("/v1/quotes", json={"text": "é" * 50})  # 100 bytes in UTF-8
    assert response.status_code == 503


def test_batch_with_too_many_documents_is_413(small_limits_client: TestClient) -> None:
    docs = [{"text": "a"}] * 4
    body = problem(small_limits_client.post("/v1/quotes/batch", json={"documents": docs}), 413)
    assert fields(body) == {"documents"}


def test_batch_with_too_many_characters_is_413(small_limits_client: TestClient) -> None:
    docs = [{"text": "a" * 40}] * 3  # each under 50, 120 in total over 100
    problem(small_limits_client.post("/v1/quotes/batch", json={"documents": docs}), 413)


def test_batch_document_over_the_text_limit_is_413(small_limits_client: TestClient) -> None:
    docs = [{"text": "a"}, {"text": "a" * 51}]
    body = problem(small_limits_client.post("/v1/quotes/batch", json={"documents": docs}), 413)
    assert fields(body) == {"documents[1].text"}


def test_body_over_the_byte_limit_is_413_by_content_length(small_limits_client: TestClient) -> None:
    raw = b'{"text": "' + b"a" * 2000 + b'"}'
    body = problem(small_limits_client.post("/v1/quotes", content=raw, headers=JSON), 413)
    assert "1000 bytes" in body["detail"]


def test_body_over_the_byte_limit_is_413_without_content_length(small_limits_client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:  # chunked transfer: no Content-Length to check up front
        yield b'{"text": "'
        for _ in range(20):
            yield b"a" * 100
        yield b'"}'

    problem(small_limits_client.post("/v1/quotes", content=chunks(), headers=JSON), 413)


def test_body_over_the_byte_limit_is_413_before_json_parsing(small_limits_client: TestClient) -> None:
    problem(small_limits_client.post("/v1/quotes", content=b"x" * 2000, headers=JSON), 413)


# -- 415: Content-Type -------------------------------------------------------------------------------------
@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", "application/xml"])
@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
def test_wrong_content_type_is_415(cold_client: TestClient, path: str, content_type: str | None) -> None:
    headers = {} if content_type is None else {"content-type": content_type}
    problem(cold_client.post(path, content=b'{"text": "Bonjour."}', headers=headers), 415)


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "Application/JSON",
                                          "application/problem+json"])
def test_json_content_types_are_accepted(cold_client: TestClient, content_type: str) -> None:
    response = cold_client.post("/v1/quotes", content=b'{"text": "Bonjour."}',
                                headers={"content-type": content_type})
    assert response.status_code == 503


# -- 503 while loading, 404, 405 -----------------------------------------------------------------------
@pytest.mark.parametrize(("path", "payload"), [("/v1/quotes", {"text": TEXT}),
                                               ("/v1/quotes/batch", {"documents": [{"text": TEXT}]})])
def test_analysis_before_the_pipelines_are_loaded_is_503_with_retry_after(
        cold_client: TestClient, path: str, payload: dict) -> None:
    problem(cold_client.post(path, json=payload), 503)
    assert int(cold_client.post(path, json=payload).headers["retry-after"]) > 0


@pytest.mark.parametrize("path", ["/", "/v1", "/v1/quote", "/v2/quotes", "/v1/quotes/batch/x"])
def test_unknown_route_is_404(cold_client: TestClient, path: str) -> None:
    problem(cold_client.get(path), 404)
    problem(cold_client.post(path, json={"text": TEXT}), 404)


@pytest.mark.parametrize(("method", "path"), [("GET", "/v1/quotes"), ("PUT", "/v1/quotes"),
                                              ("DELETE", "/v1/quotes/batch"), ("POST", "/healthz"),
                                              ("POST", "/v1/info")])
def test_wrong_method_is_405_with_allow(cold_client: TestClient, method: str, path: str) -> None:
    response = cold_client.request(method, path)
    problem(response, 405)
    assert response.headers["allow"]


def test_unexpected_exception_is_a_500_problem_without_internals(
        cold_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode() -> str:
        raise RuntimeError("secret internals /etc/passwd")

    # The next analysis request fails inside the service.
    monkeypatch.setattr(cold_client.app.state.runtime, "readiness_problem", explode)
    body = problem(cold_client.post("/v1/quotes", json={"text": TEXT}), 500)
    assert "secret" not in response_text(body) and "RuntimeError" not in response_text(body)
    assert cold_client.get("/healthz").status_code == 200


def test_bad_requests_do_not_change_the_answer_to_a_good_one(cold_client: TestClient) -> None:
    good = {"text": TEXT}
    before = cold_client.post("/v1/quotes", json=good)
    for raw in [b"{", b"[]", b'{"text": 1}', b'{"text": ""}']:
        assert cold_client.post("/v1/quotes", content=raw, headers=JSON).status_code in {400, 422}
    after = cold_client.post("/v1/quotes", json=good)
    assert (after.status_code, after.json()) == (before.status_code, before.json())
