"""Liveness, readiness, info, OpenAPI, metrics, request ids and logs: what holds before any model runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from litestar.testing import TestClient

from service.app import create_app
from service.cli import main as cli_main
from service.nlp import Parsers
from service.settings import Settings
from tests.api.conftest import PROBLEM, TEXT

ROOT = Path(__file__).resolve().parents[2]


def test_healthz_answers_while_the_pipelines_load(cold_client: TestClient) -> None:
    response = cold_client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_readyz_is_503_with_retry_after_while_loading(cold_client: TestClient) -> None:
    response = cold_client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == PROBLEM
    assert int(response.headers["retry-after"]) > 0
    assert "loading" in response.json()["detail"]


def test_readyz_reports_why_loading_failed(tmp_path: Path) -> None:
    """The real loader, pointed at an empty models directory: the worker stays up and says why."""
    settings = Settings.from_env({"QUOTES_MODELS_DIR": str(tmp_path)})
    with TestClient(create_app(settings, Parsers(settings))) as client:
        deadline = time.monotonic() + 120  # the first `import stanza` is slow on a busy machine
        while "failed" not in (detail := client.get("/readyz").json()["detail"]):
            assert time.monotonic() < deadline, detail
            time.sleep(0.2)
        response = client.get("/readyz")
        assert response.status_code == 503
        assert int(response.headers["retry-after"]) > 0
        assert "resources.json" in detail
        assert client.post("/v1/quotes", json={"text": TEXT}).status_code == 503
        assert client.get("/healthz").status_code == 200


def test_info_before_loading(cold_client: TestClient) -> None:
    info = cold_client.get("/v1/info").json()
    assert info["service"] == "quotes"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", info["version"])
    assert info["ready"] is False
    assert set(info["languages"]) == {"fr", "en"}  # the default QUOTES_LANGUAGES
    for lang in ("fr", "en"):
        assert info["languages"][lang]["source"] == "bundled"
        assert "depparse" in info["languages"][lang]["processors"]


# -- OpenAPI ---------------------------------------------------------------------------------------------
@pytest.fixture
def schema(cold_client: TestClient) -> dict:
    response = cold_client.get("/schema/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_openapi_operations_and_ids(schema: dict) -> None:
    assert schema["openapi"].startswith("3.1")
    assert schema["info"]["title"] == "quotes"
    operations = {(path, method): op["operationId"] for path, item in schema["paths"].items()
                  for method, op in item.items()}
    assert operations == {
        ("/v1/quotes", "post"): "extractQuotes",
        ("/v1/quotes/batch", "post"): "extractQuotesBatch",
        ("/healthz", "get"): "healthz",
        ("/readyz", "get"): "readyz",
        ("/v1/info", "get"): "getInfo",
    }


def test_openapi_documents_bodies_and_problem_responses(schema: dict) -> None:
    for path, request in [("/v1/quotes", "QuoteRequest"), ("/v1/quotes/batch", "BatchRequest")]:
        op = schema["paths"][path]["post"]
        assert op["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(f"/{request}")
        assert set(op["responses"]) == {"200", "400", "413", "415", "422", "503", "504"}
        for status in ["400", "413", "415", "422", "503", "504"]:
            content = op["responses"][status]["content"]
            assert content[PROBLEM]["schema"]["$ref"].endswith("/Problem")
    assert "503" in schema["paths"]["/readyz"]["get"]["responses"]
    text = schema["components"]["schemas"]["QuoteRequest"]["properties"]["text"]
    assert text["minLength"] == 1


def test_metrics_is_not_in_the_schema(schema: dict) -> None:
    assert "/metrics" not in schema["paths"]


def test_committed_openapi_document_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["openapi"]) == 0
    generated = json.loads(capsys.readouterr().out)
    committed = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    assert committed == generated, "openapi/openapi.json is stale: run `make openapi`"


# -- request ids and logs --------------------------------------------------------------------------------
def test_request_id_is_echoed(cold_client: TestClient) -> None:
    for path in ["/healthz", "/readyz", "/nope"]:
        response = cold_client.get(path, headers={"X-Request-ID": "req-42.a"})
        assert response.headers["x-request-id"] == "req-42.a"


@pytest.mark.parametrize("sent", [None, "", "has spaces", "x" * 200, "nul\x01"])
def test_request_id_is_generated_when_missing_or_unusable(cold_client: TestClient, sent: str | None) -> None:
    headers = {} if sent is None else {"X-Request-ID": sent}
    rid = cold_client.post("/v1/quotes", json={"text": TEXT}, headers=headers).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", rid)
    assert cold_client.get("/healthz").headers["x-request-id"] != rid


def test_one_json_log_line_per_request_without_the_text(
        cold_client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "Le texte secret de l'article ne doit jamais être journalisé."
    capsys.readouterr()
    cold_client.post("/v1/quotes", json={"text": secret}, headers={"X-Request-ID": "log-1"})
    cold_client.post("/v1/quotes", json={"text": secret, "language": "zz"}, headers={"X-Request-ID": "log-2"})
    cold_client.post("/v1/quotes", content=secret.encode(), headers={"X-Request-ID": "log-3"})
    out = capsys.readouterr().out
    assert "secret" not in out
    lines = [json.loads(line) for line in out.splitlines()]
    access = {line["request_id"]: line for line in lines if line["logger"] == "quotes.access"}
    assert {rid: (a["method"], a["path"], a["status"]) for rid, a in access.items()} == {
        "log-1": ("POST", "/v1/quotes", 503),
        "log-2": ("POST", "/v1/quotes", 422),
        "log-3": ("POST", "/v1/quotes", 415),
    }
    assert all(a["duration_ms"] >= 0 for a in access.values())


# -- metrics ---------------------------------------------------------------------------------------------
def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text format (0 when absent)."""
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        key, _, value = line.rpartition(" ")
        metric, _, rest = key.partition("{")
        got = ",".join(sorted(rest.rstrip("}").split(","))) if rest else ""
        if metric == name and got == want:
            return float(value)
    return 0.0


def test_metrics_count_requests_by_route_and_status(cold_client: TestClient) -> None:
    for _ in range(3):
        cold_client.get("/healthz")
    cold_client.post("/v1/quotes", json={})
    cold_client.get("/nope")
    response = cold_client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert sample(text, "quotes_http_requests_total", route="/healthz", method="GET", status="200") == 3
    assert sample(text, "quotes_http_requests_total", route="/v1/quotes", method="POST", status="422") == 1
    assert sample(text, "quotes_http_requests_total", route="unmatched", method="GET", status="404") == 1
    assert sample(text, "quotes_http_request_duration_seconds_count", route="/healthz") == 3
    assert sample(text, "quotes_documents_total") == 0  # nothing was analysed


def test_metrics_in_multiprocess_mode_read_the_shared_directory(tmp_path: Path) -> None:
    """With PROMETHEUS_MULTIPROC_DIR (several gunicorn workers), values go through files any worker reads."""
    script = (
        "from litestar.testing import TestClient\n"
        "from service.app import create_app\n"
        "client = TestClient(create_app())\n"  # no lifespan: nothing loads
        "client.get('/healthz'); client.get('/healthz')\n"
        "print(client.get('/metrics').text)\n"
    )
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)
    text = run.stdout[run.stdout.index("# HELP"):]
    assert sample(text, "quotes_http_requests_total", route="/healthz", method="GET", status="200") == 2
    assert "process_cpu_seconds_total" not in text  # per-process collectors make no sense summed
    assert list(tmp_path.glob("*.db"))
