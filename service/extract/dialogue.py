"""Dialogue set with dashes (French typography, in court reports and portraits): each line opened by a dash is
one speaker's turn, verbatim though unmarked; an incise in the turn names its speaker (`— …, a relevé l'avocat
général. …`), and the turns alternate between two people, the one addressed by name (`…, monsieur Lemaire.`)
answering next. A run of turns may open on a line with an opening mark and close on its closing mark."""

from __future__ import annotations

from service.extract.attribution import Context, Found
from service.extract.entities import EntityIndex
from service.extract.marks import LINE, SPACES, trim_spaces


def dialogue_attributions(ctx: Context, entities: EntityIndex) -> list[Found]:
    """One direct quote per turn (two when an incise parts it), with the incise's speaker, or the alternation's."""
    out: list[Found] = []
    for run in _runs(ctx):
        speakers: list[int | None] = []
        addressed: list[int | None] = []
        turns: list[list[Found]] = []
        for start, end in run:
            parts, speaker = _turn(ctx, start, end)
            turns.append(parts)
            speakers.append(speaker)
            addressed.append(_addressee(ctx, entities, start, end))
        changed = True
        while changed:  # (the one addressed answers next; else each speaks every other turn)
            changed = False
            for k in range(len(run)):
                if speakers[k] is not None:
                    continue
                guess = addressed[k - 1] if k > 0 and addressed[k - 1] is not None else next(
                    (speakers[x] for x in (k - 2, k + 2) if 0 <= x < len(run) and speakers[x] is not None), None)
                if guess is not None:
                    speakers[k], changed = guess, True
        for parts, speaker in zip(turns, speakers, strict=True):
            for found in parts:
                if found.cue is None:
                    found.speaker = speaker
                out.append(found)
    return out


def _runs(ctx: Context) -> list[list[tuple[int, int]]]:
    """The runs of two turns or more on consecutive lines: spans of each turn's words."""
    text, dashes = ctx.doc.text, ctx.tables.dialogue_dashes
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None  # the line before: where its words start, where it ends
    for line in LINE.finditer(text):
        body = line.group().lstrip(SPACES)
        start = line.end() - len(body)
        adjacent = previous is not None and text.count("\n", previous[1], line.start()) == 1
        if body[:1] in dashes and body[1:2] in SPACES:
            if not run and adjacent and text[previous[0]] in ctx.tables.quote_pairs:
                run.append((previous[0] + 1, previous[1]))  # (`« Ce couteau, … ?` ¶ `— Pour cuisiner.`)
            if run and not adjacent:
                if len(run) >= 2:
                    runs.append(run)
                run = []
            run.append((start + 1, line.end()))
        elif run:
            if len(run) >= 2:
                runs.append(run)
            run = []
        previous = (start, line.end())
    if len(run) >= 2:
        runs.append(run)
    return runs


def _turn(ctx: Context, start: int, end: int) -> tuple[list[Found], int | None]:
    """A turn's quote(s) without its dash, closing mark or incise, its closing punctuation kept (`Elle essayait de
    s'enfuir ?`); the incise's speaker."""
    doc, text = ctx.doc, ctx.doc.text
    start, end = trim_spaces(text, start, end)
    if end > start and text[end - 1] in ctx.tables.quote_pairs.values():
        end = trim_spaces(text, start, end - 1)[1]
    incise = next((c for c in ctx.cues if c.inverted and c.subject is not None
                   and start < c.group_start and doc.words[c.verb].end <= end), None)
    if incise is None:
        return ([Found("direct", start, end, "dialogue")] if len(text[start:end].split()) >= 2 else []), None
    before = trim_spaces(text, start, incise.group_start)
    parts = [Found("direct", before[0], before[1], "dialogue", cue=incise, speaker=incise.subject)]
    stop = text.find(".", doc.words[incise.subject].end, end)
    if stop > 0:
        after = trim_spaces(text, stop + 1, end)
        if len(text[after[0]:after[1]].split()) >= 2:
            parts.append(Found("direct", after[0], after[1], "dialogue", cue=incise, speaker=incise.subject))
    return [p for p in parts if p.end > p.start], incise.subject


def _addressee(ctx: Context, entities: EntityIndex, start: int, end: int) -> int | None:
    """The person a turn calls by name after a form of address (`…, monsieur Lemaire.`): its name's last word."""
    words = ctx.doc.words_in(start, end)
    for w in words[1:]:
        run = entities.run_at.get(w.i)
        if run is not None and run[0] == w.i and ctx.doc.words[w.i - 1].lower in ctx.tables.vocative_titles \
                and entities.referent_for_run(*run).kind == "person":
            return run[1]
    return None
