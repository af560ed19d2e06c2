"""From requests to responses: one bulk parse per language, then the pure extractor per document."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence

from service.extract.candidates import sentences_to_parse
from service.extract.doc import Doc, from_stanza, paragraphs
from service.extract.pipeline import extract
from service.lang import tables_for
from service.nlp import Parsers
from service.schemas import Meta, QuoteRequest, QuoteResponse


def parse_published_at(value: str | None) -> dt.date | None:
    """The date part of an ISO 8601 date or datetime; ValueError when it is neither."""
    if value is None:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def parse_documents(parsers: Parsers, texts: Sequence[str], lang: str, parse_all: bool = False) -> list[Doc]:
    """Parse texts paragraph by paragraph in one bulk Stanza call; offsets index each text as sent.

    Unless `parse_all`, only sentences that can hold a quote or an attribution are dependency-parsed.
    """
    chunks = [paragraphs(t) for t in texts]
    flat = [line for doc_chunks in chunks for _, line in doc_chunks]
    tables = tables_for(lang)

    def select(tagged: list) -> list[list[bool]]:  # the Stanza documents of `flat`, tagged and lemmatised
        masks: list[list[bool]] = []
        at = 0
        for doc_chunks in chunks:  # sentences of one text together: the choice looks at neighbours
            lines = tagged[at:at + len(doc_chunks)]
            at += len(doc_chunks)
            sentences = [[(w.text, w.lemma or w.text, w.upos or "X") for w in s.words]
                         for line in lines for s in line.sentences]
            mask = iter(sentences_to_parse([s.text for line in lines for s in line.sentences], sentences, tables))
            masks.extend([next(mask) for _ in line.sentences] for line in lines)
        return masks

    parsed = iter(parsers.parse(flat, lang, None if parse_all else select))
    return [from_stanza([(offset, next(parsed)) for offset, _ in doc_chunks], text)
            for doc_chunks, text in zip(chunks, texts, strict=True)]


def analyze(parsers: Parsers, requests: Sequence[QuoteRequest]) -> list[QuoteResponse]:
    """Analyse documents; documents of one language are parsed together in one Stanza call."""
    start = time.perf_counter()
    results: list[QuoteResponse | None] = [None] * len(requests)
    by_lang: dict[str, list[int]] = {}
    for i, req in enumerate(requests):
        by_lang.setdefault(req.language, []).append(i)
    for lang, indices in by_lang.items():
        docs = parse_documents(parsers, [requests[i].text for i in indices], lang,
                               parse_all=parsers.settings.parse_scope == "all")
        tables = tables_for(lang)
        for i, doc in zip(indices, docs, strict=True):
            req = requests[i]
            quotes, speakers = extract(doc, tables, parse_published_at(req.published_at))
            results[i] = QuoteResponse(id=req.id, language=req.language, quotes=quotes, speakers=speakers,
                                       meta=Meta(model=parsers.model_name(lang), elapsed_ms=0.0))
    elapsed = round((time.perf_counter() - start) * 1000, 1)
    out = [r for r in results if r is not None]
    for r in out:
        r.meta.elapsed_ms = elapsed
    return out
