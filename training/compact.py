"""Store a trained Stanza model's weights as float16 to halve the bundle.

Stanza loads weights with `load_state_dict`, which copies them into the float32 parameters of the model it
builds, so inference still runs in float32; only the storage is halved. Optimizer state is dropped.
"""

from __future__ import annotations

from pathlib import Path

import torch


def compact(source: Path, target: Path) -> tuple[int, int]:
    """Write `source` to `target` with float32 weights as float16; returns (bytes before, bytes after)."""
    checkpoint = torch.load(source, map_location="cpu", weights_only=False)
    for key in ("optimizer", "scheduler"):
        checkpoint.pop(key, None)
    model = checkpoint.get("model")
    if isinstance(model, dict):
        checkpoint["model"] = {name: (t.half() if torch.is_tensor(t) and t.dtype == torch.float32 else t)
                               for name, t in model.items()}
    target.parent.mkdir(parents=True, exist_ok=True)
    torch.save(checkpoint, target)
    return source.stat().st_size, target.stat().st_size
