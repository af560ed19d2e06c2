"""The character models run once per distinct word give Stanza's own tags and trees (service/chars.py)."""

from __future__ import annotations

import copy

import pytest
import stanza

from service.chars import _models, install, stock_characters
from service.nlp import Parsers
from tests.unit.route_texts import texts


def _analyses(pipeline, docs, routed: bool) -> list[tuple]:
    docs = copy.deepcopy(docs)
    if routed:
        pipeline.process(docs, processors=["pos", "lemma", "depparse"])
    else:
        with stock_characters(pipeline):
            pipeline.process(docs, processors=["pos", "lemma", "depparse"])
    return [(w.text, w.upos, w.xpos, w.feats, w.head, w.deprel) for d in docs for s in d.sentences for w in s.words]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tags_and_trees_equal_stanzas(parsers: Parsers, lang: str) -> None:
    pipeline = parsers._pipelines[lang]
    assert install(pipeline)
    models = _models(pipeline)
    assert len(models) == 2  # the tagger's and the parser's
    docs = pipeline.process([stanza.Document([], text=t) for t in texts(lang)], processors=["tokenize", "mwt"])
    routed = _analyses(pipeline, docs, routed=True)
    stock = _analyses(pipeline, docs, routed=False)
    assert all("forward" in vars(m) for m in models)  # the route is back after the stock run
    assert routed == stock
    forms = [w[0] for w in routed]
    assert len(forms) > len(set(forms))
    assert {w[5] for w in routed} >= {"nsubj", "root", "punct"}


def test_install_is_idempotent(parsers: Parsers) -> None:
    pipeline = parsers._pipelines["fr"]
    assert install(pipeline)
    routes = [vars(m)["forward"] for m in _models(pipeline)]
    assert install(pipeline)
    assert [vars(m)["forward"] for m in _models(pipeline)] == routes


def test_one_word_and_all_distinct_batches(parsers: Parsers) -> None:
    """A batch with nothing repeated takes Stanza's path unchanged; a one-word text parses."""
    pipeline = parsers._pipelines["fr"]
    install(pipeline)
    for text in ("Bonjour", "Trois mots distincts."):
        [doc] = pipeline.process([stanza.Document([], text=text)])
        assert [sum(w.head == 0 for w in s.words) for s in doc.sentences] == [1]
