"""The lemmatizer run once per distinct (form, UPOS) pair gives Stanza's lemmas (service/lemmas.py), and unseen
names and numbers keep their form without a seq2seq call."""

from __future__ import annotations

import copy

import pytest
import stanza

from service.lemmas import FORM_IS_LEMMA, install, stock_lemmatizer
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


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Zorglubovitch Kwastenbeek a déclaré que les 4.712 tonnes de Vrelkamp suffiraient."),
    ("en", "Zorglubovitch Kwastenbeek said the 4,712 tonnes from Vrelkamp would suffice."),
])
def test_unseen_names_keep_their_form_without_seq2seq(parsers: Parsers, lang: str, text: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = parsers._pipelines[lang]
    assert install(pipeline)
    trainer = pipeline.processors["lemma"].trainer
    decoded: list[int] = []
    stock_predict = trainer.predict

    def predict(batch, *args, **kwargs):
        decoded.append(len(batch[0]))
        return stock_predict(batch, *args, **kwargs)

    monkeypatch.setattr(trainer, "predict", predict)
    [doc] = pipeline.process([stanza.Document([], text=text)], processors=["tokenize", "mwt", "pos"])
    pipeline.process([doc], processors=["lemma"])
    words = [w for s in doc.sentences for w in s.words]
    unseen = [w for w in words if w.upos in FORM_IS_LEMMA and not trainer.skip_seq2seq([(w.text, w.upos)])[0]]
    assert {w.text for w in unseen} >= {"Zorglubovitch", "Kwastenbeek"}
    assert all(w.lemma == w.text for w in unseen)
    others = {(w.text, w.upos) for w in words if w.upos not in FORM_IS_LEMMA}
    assert sum(decoded) == sum(not known for known in trainer.skip_seq2seq(sorted(others)))  # names never decoded
    assert next(w for w in words if w.text in ("déclaré", "said")).lemma in ("déclarer", "say")
