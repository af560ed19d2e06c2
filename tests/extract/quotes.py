"""Small helpers the pattern tests of every language share."""

from __future__ import annotations

from service.schemas import Quote


def only(quotes: list[Quote], contains: str) -> Quote:
    found = [q for q in quotes if contains in q.text]
    assert len(found) == 1, f"expected one quote containing {contains!r}, got {[q.text for q in quotes]}"
    return found[0]


def speaker_name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None
