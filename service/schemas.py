"""The API contract (../shared/spec/api.md) in code: request, response and problem structs."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

Language = Literal["fr", "en"]
QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "place", "group", "unknown"]

Offset = Annotated[int, msgspec.Meta(ge=0, description="Python code-point index into the text as sent")]


class QuoteRequest(msgspec.Struct, forbid_unknown_fields=False, kw_only=True):
    """One article to analyse."""

    text: Annotated[str, msgspec.Meta(description="The article body, as scraped.", min_length=1)]
    language: Annotated[Language, msgspec.Meta(
        description="Language of the text: French (default) or English. A language the service does not load "
                    "(QUOTES_LANGUAGES) is a 422.")] = "fr"
    published_at: Annotated[
        str | None,
        msgspec.Meta(description="ISO 8601 date or datetime of publication; resolves relative dates.",
                     examples=["2024-08-14", "2024-08-14T09:30:00+02:00"]),
    ] = None
    id: Annotated[str | None, msgspec.Meta(description="Caller's document id, echoed back.")] = None


class BatchRequest(msgspec.Struct, kw_only=True):
    documents: Annotated[list[QuoteRequest], msgspec.Meta(min_length=1)]


class Span(msgspec.Struct, kw_only=True):
    text: str
    start: Offset
    end: Offset


class Speaker(msgspec.Struct, kw_only=True):
    """The mention tied to the quote (as written) and the referent it resolves to."""

    text: str
    start: Offset
    end: Offset
    name: str
    kind: SpeakerKind


class Title(msgspec.Struct, kw_only=True):
    text: str
    start: Offset
    end: Offset


class Verb(msgspec.Struct, kw_only=True):
    text: str
    lemma: str
    start: Offset
    end: Offset


class DateInfo(msgspec.Struct, kw_only=True):
    text: str
    start: Offset
    end: Offset
    value: Annotated[str | None, msgspec.Meta(description="ISO date when resolvable")] = None


class Quote(msgspec.Struct, kw_only=True):
    type: QuoteType
    text: str
    start: Offset
    end: Offset
    speaker: Speaker | None
    title: Title | None
    verb: Verb | None
    date: DateInfo | None
    confidence: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]


class SpeakerSummary(msgspec.Struct, kw_only=True):
    name: str
    kind: SpeakerKind
    titles: list[str]
    quote_count: int


class Meta(msgspec.Struct, kw_only=True):
    model: str
    elapsed_ms: float


class QuoteResponse(msgspec.Struct, kw_only=True):
    id: str | None
    language: Language
    quotes: list[Quote]
    speakers: list[SpeakerSummary]
    meta: Meta


class BatchResponse(msgspec.Struct, kw_only=True):
    results: list[QuoteResponse]


class FieldError(msgspec.Struct, kw_only=True):
    field: str
    message: str


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """RFC 9457 problem details, served as application/problem+json."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = None


class ModelInfo(msgspec.Struct, kw_only=True):
    package: str
    source: Literal["bundled", "official"]
    processors: list[str]


class Info(msgspec.Struct, kw_only=True):
    service: str
    version: str
    languages: dict[str, ModelInfo]
    ready: bool
