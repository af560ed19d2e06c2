"""Shared fixtures: the real bundled Stanza pipeline, loaded once per test session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from service.core import parse_documents
from service.extract.pipeline import extract
from service.lang import tables_for
from service.nlp import Parsers
from service.schemas import Quote
from service.settings import Settings


@pytest.fixture(scope="session")
def parsers() -> Parsers:
    p = Parsers(Settings.from_env({}))
    p.load()
    return p


def _extractor(parsers: Parsers, lang: str) -> Callable[..., list[Quote]]:
    def run(text: str, published: dt.date | None = None) -> list[Quote]:
        doc = parse_documents(parsers, [text], lang)[0]
        quotes, _ = extract(doc, tables_for(lang), published)
        for q in quotes:
            assert text[q.start:q.end] == q.text
        return quotes

    return run


@pytest.fixture(scope="session")
def extract_fr(parsers: Parsers) -> Callable[..., list[Quote]]:
    """Run the real French pipeline and the extractor on a text; returns the quotes."""
    return _extractor(parsers, "fr")


@pytest.fixture(scope="session")
def extract_en(parsers: Parsers) -> Callable[..., list[Quote]]:
    """Run the real English pipeline and the extractor on a text; returns the quotes."""
    return _extractor(parsers, "en")
