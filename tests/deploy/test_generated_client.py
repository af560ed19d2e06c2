"""The OpenAPI document is a contract a newsroom tool can build on: a client generated from
openapi/openapi.json with openapi-python-client, against the real service (`quotes serve`, one worker,
the bundled models), extracts the quotes of one article and of a batch."""

from __future__ import annotations

import importlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PACKAGE = "quotes_client"
TEXT = "« Nous ne céderons rien », a déclaré mardi le président Emmanuel Macron."
PLAIN = "Le temps restera ensoleillé demain sur la Bretagne."
READY_WITHIN_S = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path: Path, chars: int = 3000) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-chars:] if path.exists() else ""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`quotes serve` on a free loopback port, ready (pipelines loaded); stopped (SIGTERM, wait) afterwards."""
    logs = tmp_path_factory.mktemp("server")
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if k not in {"WEB_CONCURRENCY", "PROMETHEUS_MULTIPROC_DIR", "HOST", "PORT"}
           and not k.startswith("QUOTES_")}
    env["QUOTES_TORCH_THREADS"] = "1"
    with (logs / "stdout.log").open("wb") as out, (logs / "stderr.log").open("wb") as err:
        proc = subprocess.Popen([str(BIN / "quotes"), "serve", "--host", "127.0.0.1", "--port", str(port),
                                 "--workers", "1"], cwd=ROOT, env=env, stdout=out, stderr=err)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_WITHIN_S
        last = "no answer"
        while True:
            assert proc.poll() is None, f"server exited with {proc.returncode}:\n{tail(logs / 'stderr.log')}"
            try:
                response = httpx.get(f"{url}/readyz", timeout=5)
                if response.status_code == 200:
                    break
                last = f"{response.status_code} {response.text}"
            except httpx.HTTPError as exc:
                last = repr(exc)
            assert time.monotonic() < deadline, (f"/readyz not 200 within {READY_WITHIN_S} s ({last}):\n"
                                                 f"{tail(logs / 'stderr.log')}\n{tail(logs / 'stdout.log')}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def client_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Generate the client package from the committed document into a temporary directory; import it from there."""
    out = tmp_path_factory.mktemp("generated")
    # The generator runs `ruff` on its output: it must find the venv's ruff first.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(ROOT / "openapi" / "openapi.json"),
         "--output-path", str(out / PACKAGE), "--meta", "none", "--fail-on-warning"],
        cwd=out, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, f"generation failed:\n{result.stdout}\n{result.stderr}"
    assert (out / PACKAGE / "__init__.py").is_file(), result.stdout
    sys.path.insert(0, str(out))
    try:
        yield PACKAGE
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def macron_quote(response: object) -> object:
    quotes = [q for q in response.quotes if q.text == "Nous ne céderons rien"]
    assert quotes, [q.to_dict() for q in response.quotes]
    return quotes[0]


def test_generated_client_extracts_quotes(server: str, client_package: str) -> None:
    gen = importlib.import_module(client_package)
    extract_quotes = importlib.import_module(f"{client_package}.api.quotes.extract_quotes")
    models = importlib.import_module(f"{client_package}.models")

    with gen.Client(base_url=server, timeout=httpx.Timeout(60.0), raise_on_unexpected_status=True) as client:
        detailed = extract_quotes.sync_detailed(
            client=client, body=models.QuoteRequest(text=TEXT, id="doc-1", published_at="2024-08-14"))
        assert detailed.status_code == 200, detailed.content
        result = detailed.parsed
        assert isinstance(result, models.QuoteResponse), result
        assert result.id == "doc-1"
        assert result.language == models.QuoteResponseLanguage.FR

        quote = macron_quote(result)
        assert quote.type_ == models.QuoteType.DIRECT
        assert TEXT[quote.start:quote.end] == quote.text
        assert isinstance(quote.speaker, models.Speaker)
        assert quote.speaker.name == "Emmanuel Macron"
        assert isinstance(quote.verb, models.Verb)
        assert quote.verb.lemma == "déclarer"
        assert TEXT[quote.verb.start:quote.verb.end] == quote.verb.text

        # The plain `sync` form returns the parsed model alone.
        again = extract_quotes.sync(client=client, body=models.QuoteRequest(text=TEXT))
        assert isinstance(again, models.QuoteResponse)
        assert macron_quote(again).speaker.name == "Emmanuel Macron"


def test_generated_client_extracts_a_batch_in_order(server: str, client_package: str) -> None:
    gen = importlib.import_module(client_package)
    extract_quotes_batch = importlib.import_module(f"{client_package}.api.quotes.extract_quotes_batch")
    models = importlib.import_module(f"{client_package}.models")

    texts = {"plain": PLAIN, "macron": TEXT, "macron-again": TEXT}
    body = models.BatchRequest(documents=[models.QuoteRequest(text=text, id=doc_id)
                                          for doc_id, text in texts.items()])
    with gen.Client(base_url=server, timeout=httpx.Timeout(60.0), raise_on_unexpected_status=True) as client:
        result = extract_quotes_batch.sync(client=client, body=body)

    assert isinstance(result, models.BatchResponse), result
    assert [r.id for r in result.results] == list(texts)
    for response, text in zip(result.results, texts.values(), strict=True):
        for quote in response.quotes:
            assert text[quote.start:quote.end] == quote.text
    assert result.results[0].quotes == []
    for response in result.results[1:]:
        quote = macron_quote(response)
        assert quote.type_ == models.QuoteType.DIRECT
        assert quote.speaker.name == "Emmanuel Macron"
        assert quote.verb.lemma == "déclarer"
