"""QUOTES_QUANTIZE=int8: the tagger and parser run with int8 weights and the extractor still works on them."""

from __future__ import annotations

import torch

from service.core import parse_documents
from service.extract.pipeline import extract
from service.lang import tables_for
from service.nlp import Parsers
from service.settings import Settings


def test_int8_weights_replace_the_float_layers_and_quotes_are_still_found() -> None:
    parsers = Parsers(Settings.from_env({"QUOTES_LANGUAGES": "fr", "QUOTES_QUANTIZE": "int8"}))
    parsers.load()
    pipeline = parsers._pipelines["fr"]
    for name in ("pos", "depparse"):
        modules = list(pipeline.processors[name]._trainer.model.modules())
        assert any(isinstance(m, torch.ao.nn.quantized.dynamic.LSTM) for m in modules), name
        assert not any(type(m) is torch.nn.LSTM for m in modules), name
    text = "« Nous ne céderons pas », a déclaré mardi la ministre de l'Agriculture, Annie Genevard."
    (q,) = extract(parse_documents(parsers, [text], "fr")[0], tables_for("fr"), None)[0]
    assert q.speaker is not None and q.speaker.name == "Annie Genevard"
    assert q.verb is not None and q.verb.lemma == "déclarer"
