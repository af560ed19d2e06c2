"""The lemmatizer run once per distinct (form, UPOS) pair gives exactly Stanza's lemmas (service/lemmas.py)."""

from __future__ import annotations

import copy

import pytest
import stanza

from service.lemmas import install, stock_lemmatizer
from service.nlp import Parsers
from tests.unit.route_texts import texts


def _lemmas(pipeline, docs, routed: bool) -> list[tuple[str, str]]:
    docs = copy.deepcopy(docs)
    if routed:
        pipeline.process(docs, processors=["lemma"])
    else:
        with stock_lemmatizer(pipeline):
            pipeline.process(docs, processors=["lemma"])
    return [(w.text, w.lemma) for d in docs for s in d.sentences for w in s.words]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lemmas_equal_stanzas_own_processing(parsers: Parsers, lang: str) -> None:
    pipeline = parsers._pipelines[lang]
    assert install(pipeline)
    processor = pipeline.processors["lemma"]
    docs = pipeline.process([stanza.Document([], text=t) for t in texts(lang)],
                            processors=["tokenize", "mwt", "pos"])
    routed = _lemmas(pipeline, docs, routed=True)
    stock = _lemmas(pipeline, docs, routed=False)
    assert "process" in vars(processor)  # the route is back after the stock run
    assert routed == stock
    forms = [form for form, _ in routed]
    assert len(forms) > len(set(forms))  # repeated forms: the case the route exists for
    assert all(lemma for _, lemma in routed)


def test_install_is_idempotent(parsers: Parsers) -> None:
    pipeline = parsers._pipelines["fr"]
    assert install(pipeline)
    route = vars(pipeline.processors["lemma"])["process"]
    assert install(pipeline)
    assert vars(pipeline.processors["lemma"])["process"] is route


def test_empty_document(parsers: Parsers) -> None:
    pipeline = parsers._pipelines["fr"]
    [doc] = pipeline.process([stanza.Document([], text="")], processors=["tokenize", "mwt", "pos", "lemma"])
    assert doc.sentences == []
