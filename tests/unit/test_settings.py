"""Settings: every limit is an environment variable, documented in the README, validated at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

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
])
def test_invalid_values_are_refused_at_start_up(name: str, value: str) -> None:
    with pytest.raises(ValueError, match="QUOTES_"):
        Settings.from_env({name: value})
