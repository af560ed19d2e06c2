"""Stanza's lemmatizer run once per distinct (form, tag) pair, shortest forms first: the same lemmas, cheaper.

Stanza lemmatises every word of a batch: a dictionary lookup for pairs seen in training, its character
seq2seq model for the rest, in batches of 50 decoded greedily until the longest word of a batch ends. News
repeats itself (`l’` with a typographic apostrophe, names, `a déclaré`), and with small training dictionaries
about a sixth of the words go through the seq2seq model, which was about 40 % of the tagging step here. A
lemma is a function of the word's form and UPOS alone in these models (dictionary keys and seq2seq inputs are
both that pair), so each distinct pair is lemmatised once, in one pseudo-sentence sorted by length so that
batches hold words of similar length, and the lemma copied back to every occurrence. Unseen names and numbers
(`FORM_IS_LEMMA`) skip the model and keep their form. A model with contextual
lemmatizers (which read the sentence) or a pretagged/identity configuration keeps Stanza's own processing.
`stock_lemmatizer` restores it for the benchmark's baseline.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager

from service.routing import route, routed, unrouted

log = logging.getLogger(__name__)

# Tags whose words, when not in the dictionary, keep their form as lemma: the seq2seq model would only spell a
# new name or number back, and they were a third (French) to a half (English) of its inputs in news.
FORM_IS_LEMMA = frozenset({"PROPN", "NUM", "SYM", "X"})


def _processor(pipeline):
    return pipeline.processors.get("lemma")


def _process(self, document):
    """LemmaProcessor.process over the document's distinct (form, UPOS) pairs."""
    from stanza.models.common.doc import Document

    words = [w for s in document.sentences for w in s.words]
    pairs = sorted({(w.text, w.upos) for w in words}, key=lambda p: (len(p[0]), p[0], p[1] or ""))
    if not pairs:
        return type(self).process(self, document)
    known = self.trainer.skip_seq2seq(pairs)
    lemma = {pair: pair[0] for pair, in_dict in zip(pairs, known, strict=True)
             if not in_dict and pair[1] in FORM_IS_LEMMA}
    pairs = [pair for pair in pairs if pair not in lemma]
    if pairs:
        unique = Document([[{"id": i + 1, "text": text, "upos": upos} for i, (text, upos) in enumerate(pairs)]])
        type(self).process(self, unique)
        lemma.update((pair, w.lemma) for pair, w in zip(pairs, unique.sentences[0].words, strict=True))
    for w in words:
        w.lemma = lemma[(w.text, w.upos)]
    return document


def install(pipeline) -> bool:
    """Route the pipeline's lemmatizer through the distinct-pair processing (idempotent); returns whether the
    route is in place (not for identity, pretagged or contextual lemmatizers)."""
    processor = _processor(pipeline)
    if processor is None:
        return False
    if routed(processor, "process"):
        return True
    trainer = getattr(processor, "trainer", None)
    if processor.use_identity or processor.config.get("pretagged") or trainer is None \
            or trainer.has_contextual_lemmatizers():
        log.info("lemmatizer kept on Stanza's processing")
        return False
    route(processor, "process", _process)
    return True


def stock_lemmatizer(pipeline) -> AbstractContextManager[None]:
    """Stanza's own lemmatizer processing for the duration (the benchmark's plain-Stanza baseline)."""
    return unrouted([(_processor(pipeline), "process")])
