"""English over HTTP and on the command line: `language: "en"`, /v1/info listing both languages, a mixed batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from litestar.testing import TestClient

from tests.api.test_quotes import check_response

EN_TEXT = ("WASHINGTON — Secretary of State Marco Rubio met his Chinese counterpart on Monday. "
           "“We had a frank and constructive conversation,” Rubio told reporters after the meeting. "
           "He said that both sides wanted to keep talking.")
FR_TEXT = "« Nous ne céderons rien », a déclaré Emmanuel Macron mardi."


def test_info_lists_both_languages(client: TestClient) -> None:
    info = client.get("/v1/info").json()
    assert set(info["languages"]) == {"fr", "en"}
    assert info["languages"]["en"]["processors"] == ["tokenize", "mwt", "pos", "lemma", "depparse"]


def test_english_document(client: TestClient) -> None:
    response = client.post("/v1/quotes", json={"text": EN_TEXT, "language": "en", "published_at": "2025-03-14"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["language"] == "en"
    assert result["meta"]["model"] == client.app.state.parsers.model_name("en")
    direct = [q for q in result["quotes"] if "frank and constructive" in q["text"]]
    assert len(direct) == 1 and direct[0]["type"] == "direct"
    assert direct[0]["speaker"]["name"] == "Marco Rubio"
    assert direct[0]["verb"]["lemma"] == "tell"
    indirect = [q for q in result["quotes"] if "keep talking" in q["text"]]
    assert len(indirect) == 1 and indirect[0]["speaker"]["name"] == "Marco Rubio"
    for quote in result["quotes"]:
        assert EN_TEXT[quote["start"]:quote["end"]] == quote["text"]


def test_batch_mixing_languages_keeps_order(client: TestClient) -> None:
    docs = [{"text": FR_TEXT, "id": "fr-1"}, {"text": EN_TEXT, "language": "en", "id": "en-1"},
            {"text": FR_TEXT, "id": "fr-2"}]
    response = client.post("/v1/quotes/batch", json={"documents": docs})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["fr-1", "en-1", "fr-2"]
    assert [r["language"] for r in results] == ["fr", "en", "fr"]
    check_response(results[0], FR_TEXT, "fr-1", client.app.state.parsers.model_name("fr"))
    assert any("frank" in q["text"] for q in results[1]["quotes"])


def test_cli_extract_english(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(EN_TEXT, encoding="utf-8")
    proc = subprocess.run([str(Path(sys.executable).with_name("quotes")), "extract", "--language", "en",
                           "--published-at", "2025-03-14", str(article)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert result["language"] == "en" and result["id"] == "article.txt"
    assert any(q["speaker"] and q["speaker"]["name"] == "Marco Rubio" for q in result["quotes"])
