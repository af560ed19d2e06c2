"""Headlines that name their source with no verb. English ones before a colon (`Police: Driver fled after
crash…`, `White House: Shutdown would be 'entirely avoidable'`): the statement after the colon is the source's;
French headlines use that shape for a topic (`Immobilier : les prix reculent…`), so that pattern is per language.
In both, a name right before a quoted fragment (`Pogacar « pas inquiet » avant les Pyrénées`, `Starmer
'confident' of a deal`): the fragment is the name's words; and a name in brackets closing the line after a
quotation (`« … » (Pr Abdou Diédhiou, SG du SAES)`): the quotation is theirs."""

from __future__ import annotations

import re

from service.extract.attribution import Context, Found
from service.extract.cues import person_like
from service.extract.doc import Word
from service.extract.marks import SPACES

# A short source, a colon, a headline with no full stop at its end, alone on its line.
SOURCE_HEADLINE = re.compile(r"^(?P<who>[^\W\d][^\n:«»\"“”‘’]{0,40}?)[ \t]*:[ \t]+(?P<body>[^\n]*[^\s.…])[ \t]*$",
                             re.MULTILINE)

# A headline with no full stop at its end, a dash, then its short source closing the line (`Cedi will stabilise
# after IMF review – Finance Minister`).
DASH_SOURCE_HEADLINE = re.compile(r"^(?P<body>[^\n]*[^\s.…:])[ \t]+[–—][ \t]+"
                                  r"(?P<who>[^\W\d][^\n\d:«»\"“”‘’–—.!?,;()]{0,40}?)[ \t]*$", re.MULTILINE)

# What may close a line after a quotation: a bracket holding a name and maybe a role (`(Pr X, SG du SAES)`).
BRACKETED_SOURCE = re.compile(r"[ \t]*\(([^()\n]{3,120})\)[ \t.]*")


def source_headline_attributions(ctx: Context) -> list[Found]:
    """One quote per headline line `Source: statement` whose source is a person, a group or an organisation
    (the head of a phrase of at most four words) and whose statement is a clause of three words or more, not
    one quotation (`Hutchins: '…'` has its own pattern), nor page metadata
    (`Source: Al Jazeera and news agencies`, `Posted: Mar 05, 2027`: no finite verb)."""
    tables, doc = ctx.tables, ctx.doc
    if not tables.source_headlines:
        return []
    out = []
    for m in SOURCE_HEADLINE.finditer(doc.text):
        who, body = m.group("who"), m.group("body")
        # (a body that is one quotation has its own pattern, `Hutchins: '…'`; one that goes on past it is
        # this one's: `Met Office: 'Danger to life' from flying debris`)
        whole = body[:1] in tables.quote_pairs and not any(
            mk.open_start == m.start("body") and mk.close_end < m.end("body") for mk in ctx.marks)
        if len(who.split()) > 4 or len(body.split()) < 3 or not who[:1].isupper() or whole \
                or who.casefold().startswith(tables.teaser_labels) or who.casefold() in tables.question_labels:
            continue
        words = _source_words(ctx, *m.span("who"))
        if not words or words[0].lower in tables.event_name_nouns:
            continue
        # (a verbless statement only with a quoted fragment: `Guardiola: City 'not good enough' after defeat`)
        if not any(w.upos in ("VERB", "AUX") and w.feats.get("VerbForm") == "Fin"
                   for w in doc.words_in(*m.span("body"))) and not ctx.mark_overlapping(*m.span("body")):
            continue
        out.extend(_header_statement(ctx, *m.span("body"), words))
    return out


def _source_words(ctx: Context, start: int, end: int) -> list[Word]:
    """The words of a headline's source between start and end, when its last word can name a speaker and none is
    a verb (a capitalised word read as a verb is a name's: `Met Office`); else none."""
    words = [w for w in ctx.doc.words_in(start, end) if w.upos != "PUNCT"]
    if not words or not person_like(words[-1], ctx.tables) \
            or any(w.upos in ("VERB", "AUX") and not w.text[:1].isupper() for w in words):
        return []
    return words


def _header_statement(ctx: Context, start: int, end: int, source: list[Word]) -> list[Found]:
    """The headline's statement between start and end as the source's quote, unless it is wholly quoted (that has
    its own pattern: `Hutchins: '…'`, `‘…’ – Harewood`)."""
    qtype, q_start, q_end, marks = ctx.typed(start, end)
    if qtype == "direct":
        return []
    return [Found(qtype, q_start, q_end, "header", verbless_speaker=(source[0].start, source[-1].end), marks=marks)]


def dash_source_headlines(ctx: Context) -> list[Found]:
    """One quote per headline line `statement – Source` (`Fuel prices to drop in second pricing window – COPEC`,
    `Lab-grown diamonds ‘here to stay’ – De Beers boss`), in the languages whose headlines name a source before
    a colon: the source a capitalised phrase of at most five words ending on a person, a role or an
    organisation; the statement, past a kicker and its colon, a clause of three words or more with a verb or a
    quoted fragment (not `Postdoctoral Research Associate – Ocean Biogeochemistry`)."""
    tables, doc = ctx.tables, ctx.doc
    if not tables.source_headlines:
        return []
    out = []
    for m in DASH_SOURCE_HEADLINE.finditer(doc.text):
        who, body = m.group("who"), m.group("body")
        start = m.start("body")
        kicker = body.find(": ")
        if kicker > 0 and len(body[:kicker].split()) <= 3:
            start += kicker + 2  # (past a kicker: `Cocoa smuggling: Ghana lost … – COCOBOD CEO`)
        if len(who.split()) > 5 or len(doc.text[start:m.end("body")].split()) < 3 or not who[:1].isupper() \
                or body.casefold().startswith(tables.teaser_labels):
            continue
        words = _source_words(ctx, *m.span("who"))
        if not words or words[-1].lower in tables.weekdays:
            continue
        if not any(w.upos in ("VERB", "AUX") for w in doc.words_in(start, m.end("body"))) \
                and not ctx.mark_overlapping(start, m.end("body")):
            continue
        out.extend(_header_statement(ctx, start, m.end("body"), words))
    return out


def name_fragment_headlines(ctx: Context) -> list[Found]:
    """One quote per headline line (no final stop, no finite verb outside its marks) that opens, past a kicker
    and its colon, on a name of at most four words right before a quotation: the quoted words are the name's."""
    doc, text = ctx.doc, ctx.doc.text
    out = []
    for k, m in enumerate(ctx.marks):
        line_start = text.rfind("\n", 0, m.open_start) + 1
        line_end = text.find("\n", m.close_end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].rstrip(SPACES)
        lead_start = line_start + line.rfind(":", 0, m.open_start - line_start) + 1
        words = doc.words_in(lead_start, m.open_start)
        if not m.closed or line.endswith((".", "!", "?", "»", "”", '"', "’", "'")) or not 1 <= len(words) <= 4 \
                or not all(w.upos == "PROPN" and w.text[:1].isupper() for w in words) \
                or not person_like(words[-1], ctx.tables) or len(text[m.start:m.end].split()) > 8:
            continue
        inside = [w for w in doc.words_in(m.start, m.end) if w.upos != "PUNCT"]
        tops = [w for w in inside if not m.start <= doc.words[w.head].start < m.end] if inside else []
        if len(inside) < 4 and not any(w.upos in ("ADJ", "VERB", "ADV") for w in tops):
            continue  # a name for something (`Paris « capitale mondiale » du sport`), no stance
        outside = [w for w in doc.words_in(line_start, line_start + len(line))
                   if not m.open_start <= w.start < m.close_end]
        if any(w.upos in ("VERB", "AUX") and w.feats.get("VerbForm") == "Fin" for w in outside) \
                or any(other.open_start < line_start + len(line) and other.close_end > line_start and other is not m
                       for other in ctx.marks):
            continue
        out.append(Found("direct", m.start, m.end, "header", verbless_speaker=(words[0].start, words[-1].end),
                         marks=[k]))
    return out


def bracketed_source_headlines(ctx: Context) -> list[Found]:
    """One quote per line that ends on a bracket right after a quotation, the bracket opening on a name of two
    to five capitalised words (after forms of address) with at most a role after a comma: `Grève : « … » (Pr
    Abdou Karim Diédhiou, SG du SAES)`, `"…" (Jane Doe, chief executive)`."""
    doc, text, tables = ctx.doc, ctx.doc.text, ctx.tables
    out = []
    for k, m in enumerate(ctx.marks):
        line_end = text.find("\n", m.close_end)  # (the rest of the line only: no copy of the rest of the text)
        bracket = BRACKETED_SOURCE.fullmatch(text, m.close_end, len(text) if line_end < 0 else line_end)
        if not m.closed or bracket is None:
            continue
        inner = list(doc.words_in(bracket.start(1), bracket.end(1)))
        while inner and inner[0].text in tables.honorifics:
            inner = inner[1:]
        name = []
        for w in inner:
            if w.text in (",", ")"):
                break
            name.append(w)
        if not 2 <= len(name) <= 5 or not all(w.upos == "PROPN" and w.text[:1].isupper() for w in name):
            continue
        out.append(Found("direct", m.start, m.end, "header", verbless_speaker=(name[0].start, name[-1].end),
                         marks=[k]))
    return out
