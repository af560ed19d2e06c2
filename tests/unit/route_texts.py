"""Texts on which the service's rearranged Stanza steps are compared with Stanza's own (tests/unit/test_*.py)."""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
ENGLISH = (
    '"We will not back down," Health Secretary Claire Dupuis told lawmakers on Tuesday. '
    "She said the bill would be introduced in June, and the union argued that the reform came too late. "
    "Residents, who had waited for months, welcomed the ruling by the court in Leeds. "
    "Ms Dupuis's spokeswoman declined to comment; the councillors' letters weren't answered."
)


def texts(lang: str) -> list[str]:
    """Two real French articles (repeated words, names, typographic apostrophes), or an English paragraph."""
    if lang == "en":
        return [ENGLISH]
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*"))[:2]]
