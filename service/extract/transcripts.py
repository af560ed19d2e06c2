"""Broadcast transcripts: a line holding only a speaker's label (`Dale Hoffner, Farmer:`), then that speaker's
turn, verbatim by construction though unmarked. Guests' turns are quotes; the presenters' (labelled by name
alone, or by a presenter's role) are the programme's own narration, whose reported speech the other patterns
read. Radio pages set sound bites the same way, under a microphone's label line (`🎙️ Name, role, au micro de
…`)."""

from __future__ import annotations

import re

from service.extract.attribution import Context, Found
from service.extract.entities import EntityIndex, fold
from service.extract.marks import LINE, SPACES

# `Name:`, `Name, Role:`, `Name, Role (voice-over):` alone on a line.
TURN_LABEL = re.compile(r"^(?P<who>[^\W\d][^\n:,()«»\"“”]{1,50}?)(?:, (?P<role>[^\n:()«»\"“”]{1,80}?))?"
                        r"(?: \([^)\n]{1,30}\))?[ \t]*:[ \t]*$", re.MULTILINE)
# `🎙️ Name, role…` alone on a line: a sound bite's label (a microphone or a loudspeaker, any language).
SOUNDBITE_LABEL = re.compile(r"^[\U0001F399\U0001F3A4\U0001F4FB\U0001F50A]\ufe0f?[ \t]*"
                             r"(?P<who>[^\W\d][^\n:,()«»\"“”]{1,50}?)(?:,[^\n:«»\"“”]{0,120})?[ \t]*$", re.MULTILINE)
# How a turn's paragraph ends: a paragraph without it (`Support Provided By: Learn more`) is the page's.
TURN_END = ".!?…»\"”)"


def transcript_attributions(ctx: Context, entities: EntityIndex) -> list[Found]:
    """One direct quote per guest turn (its paragraphs in a row), with the label's name as speaker. A speaker
    is a guest when one of their labels states a role that is not a presenter's; a transcript has at least two
    label lines of people."""
    text = ctx.doc.text
    labels = [m for m in TURN_LABEL.finditer(text) if entities.names_one_person(ctx.doc.words_in(*m.span("who")))]
    if len(labels) < 2:
        return []
    guests = {fold(m.group("who")) for m in labels if m.group("role") and not (
        set(re.findall(r"\w+", m.group("role").casefold())) & ctx.tables.presenter_roles)}
    out = []
    for n, m in enumerate(labels):
        if fold(m.group("who")) not in guests:
            continue
        limit = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        start = end = None
        for line in LINE.finditer(text, m.end() + 1, limit):
            if not line.group().strip(SPACES):
                continue
            if not line.group().rstrip(SPACES).endswith(tuple(TURN_END)):
                break
            trimmed = ctx.trim(line.start(), line.end())
            start = trimmed[0] if start is None else start
            end = trimmed[1]
        if start is not None and end is not None and len(text[start:end].split()) >= 2:
            out.append(Found("direct", start, end, "interview", verbless_speaker=m.span("who")))
    return out



def soundbite_attributions(ctx: Context, entities: EntityIndex) -> list[Found]:
    """The paragraph right under a sound bite's label line, unmarked, is the labelled person's words."""
    text = ctx.doc.text
    out = []
    for m in SOUNDBITE_LABEL.finditer(text):
        if not entities.names_one_person(ctx.doc.words_in(*m.span("who"))):
            continue
        line = next((x for x in LINE.finditer(text, m.end() + 1) if x.group().strip(SPACES)), None)
        if line is None or not line.group().rstrip(SPACES).endswith(tuple(TURN_END)) \
                or SOUNDBITE_LABEL.match(line.group()) or any(
                    mk.open_start < line.end() and line.start() < mk.close_end for mk in ctx.marks):
            continue
        start, end = ctx.trim(line.start(), line.end())
        if len(text[start:end].split()) >= 3:
            out.append(Found("direct", start, end, "interview", verbless_speaker=m.span("who")))
    return out
