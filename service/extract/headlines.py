"""English headlines that name their source before a colon (`Police: Driver fled after crash…`, `White House:
Shutdown would be 'entirely avoidable'`): the statement after the colon is the source's, with no verb. French
headlines use the same shape for a topic (`Immobilier : les prix reculent…`), so the pattern is per language."""

from __future__ import annotations

import re

from service.extract.attribution import Context, Found
from service.extract.cues import person_like

# A short source, a colon, a headline with no full stop at its end, alone on its line.
SOURCE_HEADLINE = re.compile(r"^(?P<who>[^\W\d][^\n:«»\"“”‘’]{0,40}?)[ \t]*:[ \t]+(?P<body>[^\n]*[^\s.…])[ \t]*$",
                             re.MULTILINE)


def source_headline_attributions(ctx: Context) -> list[Found]:
    """One quote per headline line `Source: statement` whose source is a person, a group or an organisation
    (the head of a phrase of at most four words) and whose statement is a clause of three words or more, not
    opening on a quotation (`Moran: 'I won't walk away' after…` has its own pattern), nor page metadata
    (`Source: Al Jazeera and news agencies`, `Posted: Mar 05, 2027`: no finite verb)."""
    tables, doc = ctx.tables, ctx.doc
    if not tables.source_headlines:
        return []
    out = []
    for m in SOURCE_HEADLINE.finditer(doc.text):
        who, body = m.group("who"), m.group("body")
        if len(who.split()) > 4 or len(body.split()) < 3 or not who[:1].isupper() or body[:1] in tables.quote_pairs \
                or who.casefold().startswith(tables.teaser_labels) or who.casefold() in tables.question_labels:
            continue
        words = [w for w in doc.words_in(*m.span("who")) if w.upos != "PUNCT"]
        if not words or not person_like(words[-1], tables) or any(w.upos in ("VERB", "AUX") for w in words):
            continue
        # (a verbless statement only with a quoted fragment: `Guardiola: City 'not good enough' after defeat`)
        if not any(w.upos in ("VERB", "AUX") and w.feats.get("VerbForm") == "Fin"
                   for w in doc.words_in(*m.span("body"))) and not ctx.mark_overlapping(*m.span("body")):
            continue
        qtype, start, end, marks = ctx.typed(*m.span("body"))
        if qtype != "direct":  # (a wholly quoted statement has its own pattern: `Hutchins: '…'`)
            span = (words[0].start, words[-1].end)
            out.append(Found(qtype, start, end, "header", verbless_speaker=span, marks=marks))
    return out
