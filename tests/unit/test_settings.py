"""Settings: every limit is an environment variable, documented in the README, validated at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.nlp import available_cpus, torch_threads
from service.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [f"QUOTES_{name.upper()}" for name in Settings.__struct_fields__
               if f"`QUOTES_{name.upper()}`" not in text]
    assert missing == []


def test_environment_overrides_the_defaults() -> None:
    s = Settings.from_env({"QUOTES_MAX_SENTENCE_WORDS": "80", "QUOTES_LANGUAGES": "fr"})
    assert s.max_sentence_words == 80 and s.languages == ("fr",)


@pytest.mark.parametrize(("name", "value"), [
    ("QUOTES_MAX_SENTENCE_WORDS", "5"),
    ("QUOTES_MAX_SENTENCE_WORDS", "5000"),
    ("QUOTES_PARSE_SCOPE", "some"),
    ("QUOTES_QUANTIZE", "int4"),
    ("QUOTES_MAX_TEXT_CHARS", "0"),
    ("QUOTES_TORCH_THREADS", "0"),
    ("QUOTES_TORCH_THREADS", "many"),
])
def test_invalid_values_are_refused_at_start_up(name: str, value: str) -> None:
    with pytest.raises(ValueError, match="QUOTES_"):
        Settings.from_env({name: value})


def test_torch_threads_default_to_the_cpus_shared_by_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings.from_env({}).torch_threads is None
    assert Settings.from_env({"QUOTES_TORCH_THREADS": "3"}).torch_threads == 3
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.delenv("QUOTES_WORKER_COUNT", raising=False)
    cpus = available_cpus()
    assert torch_threads(None) == cpus and torch_threads(2) == 2
    monkeypatch.setenv("WEB_CONCURRENCY", str(cpus))
    assert torch_threads(None) == 1
    monkeypatch.setenv("QUOTES_WORKER_COUNT", str(cpus * 4))  # more workers than CPUs: still one thread
    assert torch_threads(None) == 1
