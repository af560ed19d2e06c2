"""Stanza's graph-parser inference with the same trees and labels at a fraction of the cost.

For every batch Stanza scores every dependency label for every (dependent, head) pair, a sentences x words x
words x labels tensor that was about 40 % of a parse on this CPU, only to keep the label of each word's chosen
head; and it decodes trees with a pure-Python Chu-Liu-Edmonds (another 25 %). Here each tree is decoded first,
by the compiled Chu-Liu-Edmonds of ufal.chu_liu_edmonds after Stanza's own root re-weighting (so the same
one-root maximum tree), and labels are then scored at the chosen heads only. A sentence whose labels break
Stanza's head constraints (two subjects or two objects on one head) gets the full label scores and Stanza's own
repair, as before. The models and their weights are untouched; `stock_decoder` restores Stanza's inference
(the benchmark's baseline).
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager

import numpy as np

from service.routing import route, routed, unrouted

log = logging.getLogger(__name__)

# Dependents scored per matrix product: bounds the (words x hidden x labels) intermediate to ~25 MB.
_LABEL_CHUNK = 512


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """The maximum spanning tree with exactly one word on the root (scores[dependent][head], index 0 the root),
    as Stanza's chuliu_edmonds_one_root computes it: root arcs pushed below every other arc, then an exact
    Chu-Liu-Edmonds."""
    from ufal.chu_liu_edmonds import chu_liu_edmonds

    s = np.array(scores, dtype=np.float64)
    np.fill_diagonal(s, -np.inf)
    s[0] = -np.inf
    s[0, 0] = 0
    s[:, 0] += s[np.isfinite(s)].min() * s.shape[0]
    s[~np.isfinite(s)] = np.nan  # ufal's marker for a missing arc
    heads, _ = chu_liu_edmonds(s)
    tree = np.asarray(heads, dtype=np.int64)
    tree[0] = 0
    return tree


def _head_labels(model, hidden, rows: np.ndarray, deps: np.ndarray, heads: np.ndarray) -> np.ndarray:
    """Raw label ids (argmax of Stanza's deprel biaffine) of the arcs (rows, deps) <- (rows, heads) only.

    The bilinear form is applied head side first, once per distinct head (about half as many as dependents)."""
    import torch

    scorer = model.deprel
    bilinear = scorer.scorer.W_bilin
    weight = bilinear.weight  # (dependent features + 1, head features + 1, labels)
    n_in, n_head, n_labels = weight.shape
    left = scorer.hidden_func(scorer.W1(hidden))
    right = scorer.hidden_func(scorer.W2(hidden))
    left = torch.cat([left, left.new_ones(*left.shape[:-1], 1)], -1)
    right = torch.cat([right, right.new_ones(*right.shape[:-1], 1)], -1)
    pairs, which = np.unique(np.stack([rows, heads], 1), axis=0, return_inverse=True)
    by_head = weight.permute(1, 0, 2).reshape(n_head, n_in * n_labels)
    dependents = left[torch.from_numpy(rows), torch.from_numpy(deps)]
    head_side = right[torch.from_numpy(pairs[:, 0]), torch.from_numpy(pairs[:, 1])]
    which_t = torch.from_numpy(which.reshape(-1))
    labels = []
    for start in range(0, len(pairs), _LABEL_CHUNK):
        part = (which_t >= start) & (which_t < start + _LABEL_CHUNK)
        mixed = (head_side[start:start + _LABEL_CHUNK] @ by_head).view(-1, n_in, n_labels)
        scores = torch.einsum("ki,kio->ko", dependents[part], mixed[which_t[part] - start]) + bilinear.bias
        labels.append((part.nonzero().squeeze(1), scores.argmax(1)))
    raw = torch.zeros(len(rows), dtype=torch.long)
    for index, best in labels:
        raw[index] = best
    return raw.numpy()


def _predict(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel,
             word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
    """GraphParser.predict without the all-pairs label tensor (same arguments and result)."""
    import torch
    import torch.nn.functional as F
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse.head_constraints import (
        find_head_constraint_violations,
        resolve_head_constraint_violations,
    )

    hidden = self.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head,
                        deprel, word_orig_idx, sentlens, wordlens, text)
    unlabeled = self.unlabeled(hidden, hidden).squeeze(3)
    if self.args["linearization"] or self.args["distance"]:
        n = word.size(1)
        offset = torch.arange(n).view(1, 1, -1) - torch.arange(n).view(1, -1, 1)
        if self.args["linearization"]:
            lin = self.linearization(hidden, hidden).squeeze(3)
            unlabeled += F.logsigmoid(lin * torch.sign(offset).float())
        if self.args["distance"]:
            predicted = 1 + F.softplus(self.distance(hidden, hidden).squeeze(3))
            unlabeled += -torch.log((torch.abs(offset).float() - predicted) ** 2 / 2 + 1)
    unlabeled.masked_fill_(torch.eye(head.size(-1) + 1, dtype=torch.bool).unsqueeze(0), -float("inf"))
    arcs = F.log_softmax(unlabeled, 2).detach().numpy()

    trees = [one_root_tree(arcs[i][:length, :length]) for i, length in enumerate(sentlens)]
    rows = np.concatenate([np.full(len(t) - 1, i) for i, t in enumerate(trees)]).astype(np.int64)
    deps = np.concatenate([np.arange(1, len(t)) for t in trees]).astype(np.int64)
    heads = np.concatenate([t[1:] for t in trees]).astype(np.int64)
    raw = _head_labels(self, hidden, rows, deps, heads)

    vocab = self.vocab["deprel"]
    out, at = [], 0
    for i, tree in enumerate(trees):
        ids = raw[at:at + len(tree) - 1]
        at += len(tree) - 1
        labels = vocab.unmap([int(r) + VOCAB_PREFIX_SIZE for r in ids])
        if resolve_head_constraints and find_head_constraint_violations(tree, labels):
            length = len(tree)
            sentence = hidden[i:i + 1, :length]
            label_log_probs = F.log_softmax(self.deprel(sentence, sentence), 3)[0].detach().numpy()
            tree, ids = resolve_head_constraint_violations(arcs[i][:length, :length], label_log_probs, tree, vocab)
            labels = vocab.unmap([int(r) + VOCAB_PREFIX_SIZE for r in ids])
        out.append([[tree[j + 1], labels[j]] for j in range(len(tree) - 1)])
    return out


def _parser(pipeline):
    processor = pipeline.processors.get("depparse")
    trainer = getattr(processor, "_trainer", None) if processor is not None else None
    return getattr(trainer, "model", None)


def install(pipeline) -> bool:
    """Route the pipeline's graph parser through the cheaper inference (idempotent). A parser of another kind
    (transition-based, ensemble, arc embeddings) keeps Stanza's; returns whether the route is in place."""
    from stanza.models.depparse.model import GraphParser

    model = _parser(pipeline)
    if model is None:
        return False
    if routed(model, "predict"):
        return True
    if type(model) is not GraphParser or model.args.get("use_arc_embedding"):
        log.info("parser kept on Stanza's inference", extra={"parser": type(model).__name__})
        return False
    route(model, "predict", _predict)
    return True


def stock_decoder(pipeline) -> AbstractContextManager[None]:
    """Stanza's own parser inference for the duration (the benchmark's plain-Stanza baseline)."""
    return unrouted([(_parser(pipeline), "predict")])
