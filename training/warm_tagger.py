"""A warm start for Stanza's tagger, which (unlike its parser) has no `--continue_from`.

The tagger builds its model with `Trainer(args=..., vocab=..., pretrain=...)`; after `start_from(path)`, that
call loads an earlier tagger's weights instead, keeps the new run's options (learning rate, steps, output
names) and builds a fresh optimizer. The earlier tagger must have been trained on the same files, so that its
vocabulary is the one the training data gives: that is checked, not assumed.
"""

from __future__ import annotations

import torch
from stanza.models.pos import trainer as pos_trainer


def start_from(source: str) -> None:
    """Make the tagger's training run start from the weights in `source`."""
    saved_vocab = torch.load(source, lambda storage, loc: storage, weights_only=True)["vocab"]

    class WarmTrainer(pos_trainer.Trainer):
        def __init__(self, args=None, vocab=None, pretrain=None, model_file=None, device=None,
                     foundation_cache=None):
            if model_file is None:  # the model the run trains, otherwise built from scratch
                if vocab.state_dict() != saved_vocab:
                    raise ValueError(f"{source} was trained on other data (vocabulary differs): cannot warm-start")
                model_file = source
            super().__init__(args=args, vocab=vocab, pretrain=pretrain, model_file=model_file, device=device,
                             foundation_cache=foundation_cache)

    pos_trainer.Trainer = WarmTrainer
