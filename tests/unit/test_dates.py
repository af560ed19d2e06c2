"""Date expressions and their resolution against the publication date."""

import datetime as dt

import pytest

from service.extract.dates import find_date, resolve
from service.lang import tables_for

FR = tables_for("fr")
PUBLISHED = dt.date(2024, 8, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("mardi", "2024-08-13"),
        ("Lundi", "2024-08-12"),
        ("mercredi", "2024-08-14"),
        ("mercredi dernier", "2024-08-07"),
        ("dimanche soir", "2024-08-11"),
        ("hier", "2024-08-13"),
        ("la veille", "2024-08-13"),
        ("avant-hier", "2024-08-12"),
        ("Plus tôt dans la journée", "2024-08-14"),
        ("13 novembre 2024", "2024-11-13"),
        ("le 20 janvier", "2024-01-20"),
        ("la semaine dernière", None),
    ],
)
def test_resolve(expression: str, value: str | None) -> None:
    assert resolve(expression, PUBLISHED, FR) == value


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve("mardi", None, FR) is None
    assert resolve("13 novembre 2024", None, FR) == "2024-11-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a déclaré mardi le président", "mardi"),
        ("Lundi, Poutine a déclaré", "Lundi"),
        ("Plus tôt dans la journée, le commissaire a dit", "Plus tôt dans la journée"),
        ("En février 2022, le Kremlin a exigé", "En février 2022"),
        ("a dit le mois dernier", "le mois dernier"),
        ("Dans l’après-midi, la préfecture a indiqué", "Dans l’après-midi"),
        ("Dans la soirée, le ministère a fait savoir", "Dans la soirée"),
        ("avait confié en 2019 le chanteur", "en 2019"),
        ("a parlé aux journalistes", None),
        ("les mardistes ont dit", None),
    ],
)
def test_find_date(text: str, expected: str | None) -> None:
    found = find_date(text, [(0, len(text))], FR)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("Monday", "2025-03-10"),
    ("last Friday", "2025-03-07"),
    ("yesterday", "2025-03-13"),
    ("March 3, 2025", "2025-03-03"),
    ("3rd of March", "2025-03-03"),
    ("Sept. 3", "2024-09-03"),  # no year, and later in the year than publication: the previous year
    ("last week", None),
])
def test_english_expressions(expression: str, expected: str | None) -> None:
    assert resolve(expression, dt.date(2025, 3, 14), tables_for("en")) == expected


def test_a_year_dates_an_english_saying_but_resolves_to_no_day() -> None:
    text = "In 2019 you told us"
    found = find_date(text, [(0, len(text))], tables_for("en"))
    assert found is not None and text[found[0]:found[1]] == "In 2019"
    assert resolve("In 2019", dt.date(2025, 3, 14), tables_for("en")) is None


@pytest.mark.parametrize(("lang", "text", "expected", "value"), [
    ("en", "Mr Tan said on the evening of Feb 24 that it welcomed it", "the evening of Feb 24", "2026-02-24"),
    ("en", "The memo was sent shortly after 6 p.m. Tuesday to staff", "shortly after 6 p.m. Tuesday", "2026-02-24"),
    ("en", "He said late last night that", "late last night", "2026-02-25"),
    ("fr", "a répliqué dans la soirée de vendredi par un communiqué", "dans la soirée de vendredi", "2026-02-20"),
])
def test_a_part_of_a_named_day_is_one_date(lang: str, text: str, expected: str, value: str) -> None:
    found = find_date(text, [(0, len(text))], tables_for(lang))
    assert found is not None and text[found[0]:found[1]] == expected
    assert resolve(expected, dt.date(2026, 2, 26), tables_for(lang)) == value
