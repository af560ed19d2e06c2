"""The lemmatizer run once per distinct (form, UPOS) pair gives exactly Stanza's lemmas (service/lemmas.py)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import stanza

from service.lemmas import install, stock_lemmatizer
from service.nlp import Parsers

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
ENGLISH = (
    '"We will not back down," Health Secretary Claire Dupuis told lawmakers on Tuesday. '
    "She said the bill would be introduced in June, and the union argued that the reform came too late. "
    "Residents, who had waited for months, welcomed the ruling by the court in Leeds. "
    "Ms Dupuis's spokeswoman declined to comment; the councillors' letters weren't answered."
)


def _texts(lang: str) -> list[str]:
    if lang == "en":
        return [ENGLISH]
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*"))[:2]]


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
    docs = pipeline.process([stanza.Document([], text=t) for t in _texts(lang)],
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
