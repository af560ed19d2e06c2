"""Quotation marks on raw text: every style, nesting, apostrophes, unclosed marks, paragraphs."""

import pytest

from service.extract.marks import find_marks
from service.lang import tables_for

PAIRS = tables_for("fr").quote_pairs


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_marks(text, PAIRS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous partons », a-t-il dit.", ["Nous partons"]),
        ("«\u00a0Nous partons\u00a0», a-t-il dit.", ["Nous partons"]),
        ("«\u202fNous partons\u202f», a-t-il dit.", ["Nous partons"]),
        ("“Nous partons”, a-t-il dit.", ["Nous partons"]),
        ("„Nous partons“, sagte er.", ["Nous partons"]),
        ('Il a dit "nous partons" hier.', ["nous partons"]),
        ("Il a dit ‹ non › hier.", ["non"]),
        ("Il a dit ‘non’ hier.", ["non"]),
        ("l’Ukraine d’abord et aujourd’hui", []),
        ("« beau. » et « audacieux »", ["beau.", "audacieux"]),
    ],
)
def test_styles(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_nested_quote_stays_inside_outer() -> None:
    text = "« Il m’a dit “jamais” hier », raconte-t-elle."
    assert spans(text) == ["Il m’a dit “jamais” hier"]


def test_unclosed_mark_ends_at_paragraph() -> None:
    text = "Il a déclaré : « nous allons gagner\n\nLe reste de l’article n’est pas une citation."
    found = find_marks(text, PAIRS)
    assert [text[m.start:m.end] for m in found] == ["nous allons gagner"]
    assert not found[0].closed


def test_multi_paragraph_quotation_is_linked() -> None:
    text = "« Premier paragraphe de la citation\n« Second paragraphe. »"
    found = find_marks(text, PAIRS)
    assert [text[m.start:m.end] for m in found] == ["Premier paragraphe de la citation", "Second paragraphe."]
    assert found[1].continues == 0


def test_stray_closing_marks_are_ignored() -> None:
    assert spans("» texte » et « vrai »") == ["vrai"]


def test_offsets_index_the_text_as_sent() -> None:
    text = "😀 Émoji\r\n« Café\u0301 crème », dit-il."
    for m in find_marks(text, PAIRS):
        assert text[m.start:m.end] == "Café\u0301 crème"


def test_english_straight_single_quotes() -> None:
    pairs = tables_for("en").quote_pairs

    def quoted(text: str) -> list[str]:
        return [text[m.start:m.end] for m in find_marks(text, pairs)]

    assert quoted("'We have to accept it,' Guardiola told Sky Sports.") == ["We have to accept it,"]
    assert quoted("In the '90s, the players' bus was late and it's over.") == []
    assert quoted('"We ain\'t got \'em," he said. Then he left.') == ["We ain't got 'em,"]
