"""The tagger's and parser's character model run once per distinct word form of a batch.

Stanza's tagger and parser read each word through a character LSTM (its output pooled by attention), once per
occurrence: in a batch of news sentences `de`, `la`, `le`, `a` and the names of the article recur, and only
about half the words are distinct. A word's character representation depends on its characters alone, so the
distinct rows of the batch's character matrix go through Stanza's own character model once (longest first, as
it packs them) and each occurrence takes its row's result; the sentence order and packing that follow are
Stanza's. The character model was about a third of the tagger's forward pass here. The LSTM's arithmetic on a
smaller batch can differ in the last bits of a float; the tests compare the tags and trees with Stanza's own
on real text. `stock_characters` restores Stanza's forward pass for the benchmark's baseline.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from service.routing import route, unrouted


def _models(pipeline) -> list:
    out = []
    for name in ("pos", "depparse"):
        processor = pipeline.processors.get(name)
        trainer = getattr(processor, "trainer", None) or getattr(processor, "_trainer", None)
        model = getattr(trainer, "model", None)
        charmodel = getattr(model, "charmodel", None)
        if charmodel is not None:
            out.append(charmodel)
    return out


def _forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens):
    """CharacterModel.forward over the distinct rows of `chars`."""
    import torch
    from stanza.models.common.utils import tensor_unsort
    from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

    stock = type(self).forward
    unique, inverse = torch.unique(chars, dim=0, return_inverse=True)
    if unique.size(0) == chars.size(0):
        return stock(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)
    lengths = torch.zeros(unique.size(0), dtype=torch.long).scatter_(
        0, inverse, torch.as_tensor(wordlens, dtype=torch.long))
    order = torch.argsort(lengths, descending=True, stable=True)
    rows = unique[order]
    rows_lens = lengths[order].tolist()
    width = rows_lens[0]
    reps = stock(self, rows[:, :width], rows[:, :width] == 0, list(range(len(rows_lens))), [len(rows_lens)],
                 rows_lens)
    reps = reps[0] if self.pad else reps.data  # one pseudo-sentence: its words in order
    by_unique = torch.empty_like(reps)
    by_unique[order] = reps
    res = by_unique[inverse]
    # Stanza's own tail: back to the sentences' word order, one packed sequence per sentence.
    res = pack_sequence(tensor_unsort(res, word_orig_idx).split(sentlens))
    if self.pad:
        res = pad_packed_sequence(res, batch_first=True)[0]
    return res


def install(pipeline) -> bool:
    """Route the tagger's and parser's character models through the distinct-row forward pass (idempotent);
    returns whether any model was routed."""
    models = _models(pipeline)
    for charmodel in models:
        route(charmodel, "forward", _forward)
    return bool(models)


def stock_characters(pipeline) -> AbstractContextManager[None]:
    """Stanza's own character-model forward pass for the duration (the benchmark's plain-Stanza baseline)."""
    return unrouted((m, "forward") for m in _models(pipeline))
