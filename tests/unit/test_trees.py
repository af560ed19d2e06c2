"""The greedy shortcut returns exactly what Stanza's one-root Chu-Liu-Edmonds returns, whenever it applies."""

from __future__ import annotations

import numpy as np
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from service.trees import greedy_tree, install


def _scores(rng: np.random.Generator, n: int, margin: float) -> np.ndarray:
    """Row-normalised log scores around a random tree, as the parser's are."""
    heads = [0] + [int(rng.integers(0, i)) for i in range(1, n)]
    s = rng.normal(size=(n, n))
    for i in range(1, n):
        s[i, heads[i]] += rng.uniform(0, margin)
    return (s - np.log(np.exp(s).sum(axis=1, keepdims=True))).astype(np.float32)


def test_shortcut_equals_stanza_whenever_it_answers() -> None:
    rng = np.random.default_rng(7)
    answered = 0
    for _ in range(1500):
        s = _scores(rng, int(rng.integers(2, 40)), 5.0)
        tree = greedy_tree(s)
        if tree is not None:
            answered += 1
            assert (tree == chuliu_edmonds_one_root(s)).all()
    assert answered > 100  # the shortcut is exercised, not just skipped


def test_shortcut_declines_cycles_and_several_roots() -> None:
    cycle = np.log(np.array([[1, 1e-9, 1e-9], [0.1, 1e-9, 0.9], [0.1, 0.9, 1e-9]], dtype=np.float32))
    assert greedy_tree(cycle) is None
    two_roots = np.log(np.array([[1, 1e-9, 1e-9], [0.9, 1e-9, 0.1], [0.9, 0.1, 1e-9]], dtype=np.float32))
    assert greedy_tree(two_roots) is None


def test_install_wraps_the_parser_decoder_once() -> None:
    from stanza.models.depparse import model

    install()
    first = model.chuliu_edmonds_one_root
    install()
    assert model.chuliu_edmonds_one_root is first and first.greedy_shortcut
