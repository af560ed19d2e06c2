"""Property-based tests of the extractor on arbitrary text: never raises, offsets always exact, deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extract.marks import find_marks
from service.lang import tables_for

FR = tables_for("fr")

PIECES = st.sampled_from([
    "« ", " »", "“", "”", '"', "‘", "’", "„", "‹", "›", "\u00a0", "\u202f", "\r\n", "\n", "\n\n", " ",
    "a déclaré", ", a-t-il ajouté.", "selon lui,", "Emmanuel Macron", "M. Dupont", "que", "mardi", ".",
    ",", ":", "😀", "e\u0301", "<p>", "</div>", "l’Ukraine", "aujourd’hui", "-t-elle", "Il", "elle",
])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(PIECES, max_size=60).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join),
)


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_marks_never_run_away(text: str) -> None:
    for m in find_marks(text, FR.quote_pairs):
        assert 0 <= m.open_start < m.start <= m.end <= len(text)
        assert "\n" not in text[m.start:m.end]


@given(TEXTS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extractor_on_arbitrary_text(extract_fr, text: str) -> None:
    check_arbitrary_text(extract_fr, text)


def check_arbitrary_text(extract, text: str) -> None:
    """Never raises, every offset inside the text, deterministic."""
    first = extract(text)  # the fixture asserts text[start:end] == quote.text
    for q in first:
        for part in (q.speaker, q.verb, q.date, q.title):
            if part is not None:
                assert 0 <= part.start <= part.end <= len(text)
        assert 0.0 <= q.confidence <= 1.0
    assert extract(text) == first


def test_huge_paragraph_without_full_stop(extract_fr) -> None:
    text = "« " + " ".join(["Nous avançons encore et toujours"] * 1500) + ", a déclaré le ministre."
    quotes = extract_fr(text)
    assert all(text[q.start:q.end] == q.text for q in quotes)


EN_PIECES = st.sampled_from([
    "“", "”", '"', "‘", "’", "'", "\u00a0", "\r\n", "\n", "\n\n", " ", "said", ", he added.", "according to",
    "Joe Biden", "Mr. Smith", "that", "on Monday", ".", ",", ":", "😀", "<p>", "don't", "the '90s", "Smith's",
    "She", "told reporters", "Secretary of State",
])
EN_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(EN_PIECES, max_size=60).map("".join),
    st.lists(st.one_of(EN_PIECES, st.text(max_size=8)), max_size=40).map("".join),
)


@given(EN_TEXTS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_english_extractor_on_arbitrary_text(extract_en, text: str) -> None:
    check_arbitrary_text(extract_en, text)
