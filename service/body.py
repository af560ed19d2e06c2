"""Request bodies: decoded and checked against the contract's error table, once.

Litestar would decode the body itself and answer 400 for every problem; the contract tells apart a body that
is not a JSON object (400), fields that are wrong (422) and sizes over the limits (413), and wants field
names. `ContractRequest` therefore replaces the decoding step: handlers still declare `data: QuoteRequest`
(so the OpenAPI document shows the request schema), and Litestar receives the already validated struct.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

import msgspec
from litestar import Request

from service import errors
from service.core import parse_published_at
from service.schemas import BatchRequest, FieldError, QuoteRequest
from service.settings import Settings

T = TypeVar("T", QuoteRequest, BatchRequest)

_MISSING = re.compile(r"^Object missing required field `(?P<name>[^`]+)`$")


def _field_error(exc: msgspec.ValidationError) -> FieldError:
    """`Expected `str`, got `int` - at `$.documents[0].text`` -> field "documents[0].text"."""
    message, at, where = str(exc).rpartition(" - at `$")
    path = where.rstrip("`").lstrip(".") if at else ""
    message = message if at else where
    if missing := _MISSING.match(message):
        path = f"{path}.{missing['name']}" if path else missing["name"]
    return FieldError(field=path or "body", message=message)


def is_json(media_type: str) -> bool:
    media_type = media_type.lower()
    return media_type == "application/json" or (media_type.startswith("application/")
                                                and media_type.endswith("+json"))


def documents_of(value: QuoteRequest | BatchRequest) -> list[QuoteRequest]:
    return value.documents if isinstance(value, BatchRequest) else [value]


def check_documents(docs: Sequence[QuoteRequest], settings: Settings, *, batch: bool) -> None:
    """Sizes (413) first, then what the types cannot say (422): blank text, language, published_at."""
    def where(i: int, name: str) -> str:
        return f"documents[{i}].{name}" if batch else name

    if batch and len(docs) > settings.max_batch_documents:
        raise errors.too_large(f"a batch holds at most {settings.max_batch_documents} documents, "
                               f"got {len(docs)}",
                               [FieldError(field="documents", message="too many documents")])
    long = [FieldError(field=where(i, "text"), message=f"{len(d.text)} characters, "
                       f"over the limit of {settings.max_text_chars}")
            for i, d in enumerate(docs) if len(d.text) > settings.max_text_chars]
    if long:
        raise errors.too_large(f"a text holds at most {settings.max_text_chars} characters", long)
    total = sum(len(d.text) for d in docs)
    if batch and total > settings.max_batch_chars:
        raise errors.too_large(f"a batch holds at most {settings.max_batch_chars} characters of text, "
                               f"got {total}",
                               [FieldError(field="documents", message="too many characters in total")])

    problems: list[FieldError] = []
    for i, doc in enumerate(docs):
        if not doc.text.strip():
            problems.append(FieldError(field=where(i, "text"), message="text is empty"))
        if doc.language not in settings.languages:
            problems.append(FieldError(field=where(i, "language"), message=(
                f"language '{doc.language}' is not served here; served: {', '.join(settings.languages)}")))
        try:
            parse_published_at(doc.published_at)
        except ValueError:
            problems.append(FieldError(field=where(i, "published_at"),
                                       message="not an ISO 8601 date or datetime"))
    if problems:
        raise errors.unprocessable(problems)


def decode(raw: bytes, body_type: type[T], settings: Settings) -> T:
    """The body as `body_type`, or the ProblemError the contract asks for."""
    try:
        obj = msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise errors.bad_request(f"the body is not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise errors.bad_request(f"the body must be a JSON object, got {type(obj).__name__}")
    try:
        value = msgspec.convert(obj, body_type)
    except msgspec.ValidationError as exc:
        raise errors.unprocessable([_field_error(exc)]) from None
    check_documents(documents_of(value), settings, batch=body_type is BatchRequest)
    return value


class ContractRequest(Request):
    """A request whose JSON body is decoded into the handler's `data` type with the contract's errors."""

    async def json(self) -> Any:
        media_type, _ = self.content_type
        if not is_json(media_type):
            raise errors.unsupported_media_type(media_type)
        body_type = self.route_handler.parsed_fn_signature.parameters["data"].annotation
        return decode(await self.body(), body_type, self.app.state.runtime.settings)
