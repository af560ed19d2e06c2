"""The analysis endpoints over the real pipelines: response shape, offsets, batch order, info, metrics.

What the quotes say is the extractor's business (tests/extract); here only the HTTP contract is checked.
"""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from tests.api.conftest import TEXT
from tests.api.test_service import sample

OTHER = ("Selon le ministère de l'Intérieur, la manifestation a réuni 12 000 personnes. "
         "« C'est un succès », a estimé la syndicaliste Sophie Binet.")
QUOTE_KEYS = {"type", "text", "start", "end", "speaker", "title", "verb", "date", "confidence"}


def check_response(result: dict, text: str, doc_id: str | None, parsers_model: str) -> None:
    """The contract's response shape, with every offset pointing into the text that was sent."""
    assert set(result) == {"id", "language", "quotes", "speakers", "meta"}
    assert result["id"] == doc_id
    assert result["language"] == "fr"
    assert result["meta"]["model"] == parsers_model
    assert result["meta"]["elapsed_ms"] >= 0
    for quote in result["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert quote["type"] in {"direct", "indirect", "mixed"}
        assert 0 <= quote["start"] < quote["end"] <= len(text)
        assert text[quote["start"]:quote["end"]] == quote["text"]
        assert 0.0 <= quote["confidence"] <= 1.0
        for part in ("speaker", "title", "verb", "date"):
            span = quote[part]
            if span is not None:
                assert 0 <= span["start"] <= span["end"] <= len(text)
                if part != "title":  # a title's offsets may point at another mention of the speaker
                    assert text[span["start"]:span["end"]] == span["text"]
        if quote["speaker"] is not None:
            assert quote["speaker"]["kind"] in {"person", "organization", "place", "group", "unknown"}
    for speaker in result["speakers"]:
        assert set(speaker) == {"name", "kind", "titles", "quote_count"}
        assert speaker["quote_count"] >= 1


@pytest.fixture
def model(client: TestClient) -> str:
    return client.app.state.parsers.model_name("fr")


def test_single_document(client: TestClient, model: str) -> None:
    response = client.post("/v1/quotes", json={"text": TEXT, "id": "doc-1", "published_at": "2024-08-14"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    check_response(response.json(), TEXT, "doc-1", model)


def test_id_is_optional_and_echoed_as_null(client: TestClient, model: str) -> None:
    response = client.post("/v1/quotes", json={"text": TEXT})
    assert response.status_code == 200, response.text
    check_response(response.json(), TEXT, None, model)


def test_text_without_quotes(client: TestClient, model: str) -> None:
    text = "Le temps sera ensoleillé demain sur toute la région."
    result = client.post("/v1/quotes", json={"text": text}).json()
    check_response(result, text, None, model)


def test_batch_keeps_order_and_ids(client: TestClient, model: str) -> None:
    texts = [TEXT, OTHER, "Il pleut.", TEXT]
    docs = [{"text": t, "id": f"d{i}"} for i, t in enumerate(texts)]
    response = client.post("/v1/quotes/batch", json={"documents": docs})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["d0", "d1", "d2", "d3"]
    for text, result in zip(texts, results, strict=True):
        check_response(result, text, result["id"], model)
    assert results[0]["quotes"] == results[3]["quotes"]  # same text, same answer, whatever its neighbours


def test_batch_results_match_single_calls(client: TestClient) -> None:
    single = client.post("/v1/quotes", json={"text": OTHER, "id": "x"}).json()
    batch = client.post("/v1/quotes/batch", json={"documents": [{"text": OTHER, "id": "x"}]})
    [batched] = batch.json()["results"]
    assert batched["quotes"] == single["quotes"]
    assert batched["speakers"] == single["speakers"]


def test_a_bad_request_does_not_affect_the_next_good_one(client: TestClient) -> None:
    first = client.post("/v1/quotes", json={"text": OTHER}).json()
    broken = client.post("/v1/quotes", content=b"{oops", headers={"content-type": "application/json"})
    assert broken.status_code == 400
    assert client.post("/v1/quotes", json={"text": ""}).status_code == 422
    assert client.post("/v1/quotes", json={"text": OTHER, "language": "de"}).status_code == 422
    mixed = client.post("/v1/quotes/batch", json={"documents": [{"text": OTHER}, {"text": 1}]})
    assert mixed.status_code == 422
    again = client.post("/v1/quotes", json={"text": OTHER}).json()
    assert again["quotes"] == first["quotes"]
    assert client.get("/readyz").status_code == 200


def test_readyz_and_info_once_loaded(client: TestClient) -> None:
    assert client.get("/readyz").json() == {"status": "ready"}
    info = client.get("/v1/info").json()
    assert info["ready"] is True
    fr = info["languages"]["fr"]
    assert fr["package"] not in {"", "unknown"}
    assert fr["processors"] == ["tokenize", "mwt", "pos", "lemma", "depparse"]


def test_metrics_count_documents_characters_and_quotes(client: TestClient) -> None:
    single = client.post("/v1/quotes", json={"text": TEXT}).json()
    batch = client.post("/v1/quotes/batch", json={"documents": [{"text": TEXT}, {"text": OTHER}]}).json()
    client.post("/v1/quotes", json={"text": ""})  # rejected: counts as a request, not as a document
    text = client.get("/metrics").text
    assert sample(text, "quotes_documents_total") == 3
    assert sample(text, "quotes_characters_total") == 2 * len(TEXT) + len(OTHER)
    found = [q["type"] for r in [single, *batch["results"]] for q in r["quotes"]]
    for kind in {"direct", "indirect", "mixed"}:
        assert sample(text, "quotes_quotes_total", type=kind) == found.count(kind)
    for route, status in [("/v1/quotes", "200"), ("/v1/quotes/batch", "200"), ("/v1/quotes", "422")]:
        assert sample(text, "quotes_http_requests_total", route=route, method="POST", status=status) == 1


def test_no_article_text_in_the_logs(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    client.post("/v1/quotes", json={"text": TEXT})
    client.post("/v1/quotes/batch", json={"documents": [{"text": OTHER}]})
    out = capsys.readouterr().out
    assert out.strip()  # the requests were logged...
    for fragment in ["céderons", "Macron", "manifestation", "Binet"]:
        assert fragment not in out  # ...but not what they said
