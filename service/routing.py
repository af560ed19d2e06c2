"""Instance-level routes around Stanza's loaded models: a method replaced on one object, restorable.

`service/trees.py`, `lemmas.py` and `chars.py` each give Stanza's outputs for less work by replacing one method
on one loaded object (never on Stanza's classes, so other pipelines in the process keep Stanza's code); the
benchmark's baseline takes the routes away for its run with `unrouted`.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager


def routed(obj: object, name: str) -> bool:
    return name in vars(obj)


def route(obj: object, name: str, function: Callable) -> None:
    """Bind `function` as `obj.name` for this object only (idempotent: an existing route is kept)."""
    if not routed(obj, name):
        setattr(obj, name, types.MethodType(function, obj))


@contextmanager
def unrouted(targets: Iterable[tuple[object, str]]) -> Iterator[None]:
    """The classes' own methods for the duration, the routes restored afterwards."""
    taken = [(obj, name, vars(obj).pop(name)) for obj, name in targets if obj is not None and routed(obj, name)]
    try:
        yield
    finally:
        for obj, name, method in taken:
            setattr(obj, name, method)
