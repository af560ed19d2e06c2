"""The service's parser inference gives exactly Stanza's trees and labels (service/trees.py)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import stanza
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root
from stanza.models.depparse import head_constraints

from service.nlp import Parsers
from service.trees import install, one_root_tree, stock_decoder

FRENCH = (
    "« Nous ne lâcherons rien », a déclaré mardi la ministre de la Santé, Claire Dupuis, devant les députés. "
    "Selon elle, le texte sera présenté en juin. Le syndicat estime que la réforme arrive trop tard. "
    "Les habitants, qui attendaient depuis des mois, ont salué la décision du tribunal administratif de Lyon."
)
ENGLISH = (
    '"We will not back down," Health Secretary Claire Dupuis told lawmakers on Tuesday. '
    "She said the bill would be introduced in June, and the union argued that the reform came too late. "
    "Residents, who had waited for months, welcomed the ruling by the court in Leeds."
)


def _scores(rng: np.random.Generator, n: int, margin: float) -> np.ndarray:
    """Row-normalised log scores around a random tree, as the parser's are."""
    heads = [0] + [int(rng.integers(0, i)) for i in range(1, n)]
    s = rng.normal(size=(n, n)) * rng.uniform(0.5, 3)
    for i in range(1, n):
        s[i, heads[i]] += rng.uniform(0, margin)
    return (s - np.log(np.exp(s).sum(axis=1, keepdims=True))).astype(np.float32)


def test_compiled_decoder_equals_stanzas() -> None:
    rng = np.random.default_rng(7)
    for _ in range(600):
        s = _scores(rng, int(rng.integers(2, 60)), float(rng.choice([0.0, 2.0, 6.0])))
        expected = chuliu_edmonds_one_root(s.copy())
        tree = one_root_tree(s)
        assert tree[0] == 0 and (tree[1:] == expected[1:]).all()
        assert int((tree[1:] == 0).sum()) == 1


def _arcs(pipeline, text: str, routed: bool) -> list[tuple[int, str]]:
    [doc] = pipeline.process([stanza.Document([], text=text)], processors=["tokenize", "mwt", "pos", "lemma"])
    doc = copy.deepcopy(doc)
    if routed:
        pipeline.process([doc], processors=["depparse"])
    else:
        with stock_decoder(pipeline):
            pipeline.process([doc], processors=["depparse"])
    return [(w.head, w.deprel) for s in doc.sentences for w in s.words]


@pytest.mark.parametrize(("lang", "text"), [("fr", FRENCH), ("en", ENGLISH)])
def test_parses_equal_stanzas_own_inference(parsers: Parsers, lang: str, text: str) -> None:
    pipeline = parsers._pipelines[lang]
    assert install(pipeline)
    model = pipeline.processors["depparse"]._trainer.model
    assert "predict" in vars(model)
    routed = _arcs(pipeline, text, routed=True)
    stock = _arcs(pipeline, text, routed=False)
    assert "predict" in vars(model)  # the route is back after the stock run
    assert routed == stock
    assert {rel for _, rel in routed} >= {"nsubj", "root", "punct"}


def test_constraint_repair_path_equals_stanzas(parsers: Parsers, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence flagged for Stanza's head-constraint repair (off by default, a pipeline option) gets the full
    label scores the repair needs."""
    pipeline = parsers._pipelines["fr"]
    config = pipeline.processors["depparse"].config
    monkeypatch.setitem(config, "resolve_head_constraints", True)
    calls = []
    original = head_constraints.resolve_head_constraint_violations
    find = head_constraints.find_head_constraint_violations

    def flagged(tree, labels):
        return [(0, "obj", [])]

    def counted(*args, **kwargs):
        calls.append(args[1].shape)
        head_constraints.find_head_constraint_violations = find  # the repair itself sees the real constraints
        try:
            return original(*args, **kwargs)
        finally:
            head_constraints.find_head_constraint_violations = flagged

    monkeypatch.setattr(head_constraints, "find_head_constraint_violations", flagged)
    monkeypatch.setattr(head_constraints, "resolve_head_constraint_violations", counted)
    routed = _arcs(pipeline, FRENCH, routed=True)
    assert calls and all(len(shape) == 3 and shape[0] == shape[1] for shape in calls)
    monkeypatch.setattr(head_constraints, "find_head_constraint_violations", find)
    monkeypatch.setattr(head_constraints, "resolve_head_constraint_violations", original)
    assert routed == _arcs(pipeline, FRENCH, routed=False)


def test_install_is_idempotent(parsers: Parsers) -> None:
    pipeline = parsers._pipelines["fr"]
    model = pipeline.processors["depparse"]._trainer.model
    assert install(pipeline)
    first = vars(model)["predict"]
    assert install(pipeline)
    assert vars(model)["predict"] is first
