"""Every error as RFC 9457 problem details (`application/problem+json`), with the contract's statuses.

The HTTP layer raises `ProblemError`; Litestar's own exceptions (unknown route, wrong method, body over
the size limit, ...) and anything unexpected are mapped here too, so a client only ever sees one error
shape and never a traceback.
"""

from __future__ import annotations

import logging
from http import HTTPStatus

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.types import ExceptionHandlersMap

from service.schemas import FieldError, Problem

log = logging.getLogger("quotes.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"

# Seconds a client should wait before retrying a 503: loading takes a while, a busy worker frees up fast.
RETRY_AFTER_LOADING = 5
RETRY_AFTER_BUSY = 1

# problem type (the last part of its `type` URI) -> title
TITLES = {
    "invalid-body": "Request body is not a JSON object",
    "validation": "Request fields are invalid",
    "too-large": "Request is too large",
    "unsupported-media-type": "Content-Type must be application/json",
    "not-ready": "Pipelines are not loaded yet",
    "busy": "Too many requests waiting for analysis",
    "timeout": "Analysis took too long",
    "not-found": "No such resource",
    "method-not-allowed": "Method not allowed on this resource",
    "internal": "Internal server error",
}


def problem_type(kind: str) -> str:
    return f"urn:quotes:problem:{kind}"


class ProblemError(Exception):
    """An error that answers the request with a problem document."""

    def __init__(self, status: int, kind: str, detail: str, *, errors: list[FieldError] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.problem = Problem(type=problem_type(kind), title=TITLES[kind], status=status, detail=detail,
                               errors=errors)
        self.headers = headers or {}


def bad_request(detail: str) -> ProblemError:
    return ProblemError(400, "invalid-body", detail)


def unprocessable(errors: list[FieldError]) -> ProblemError:
    fields = ", ".join(e.field for e in errors)
    return ProblemError(422, "validation", f"invalid field(s): {fields}", errors=errors)


def too_large(detail: str, errors: list[FieldError] | None = None) -> ProblemError:
    return ProblemError(413, "too-large", detail, errors=errors)


def unsupported_media_type(got: str) -> ProblemError:
    return ProblemError(415, "unsupported-media-type",
                        f"send the body as application/json (got {got or 'no Content-Type'})")


def not_ready(detail: str) -> ProblemError:
    return ProblemError(503, "not-ready", detail, headers={"Retry-After": str(RETRY_AFTER_LOADING)})


def busy(limit: int) -> ProblemError:
    return ProblemError(503, "busy", f"{limit} analyses are already running or waiting in this worker",
                        headers={"Retry-After": str(RETRY_AFTER_BUSY)})


def timed_out(seconds: float) -> ProblemError:
    return ProblemError(504, "timeout", f"analysis did not finish within {seconds:g} s")


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> Response[bytes]:
    return Response(msgspec.json.encode(problem), status_code=problem.status, media_type=PROBLEM_MEDIA_TYPE,
                    headers=headers)


def _on_problem(_: Request, exc: ProblemError) -> Response[bytes]:
    return problem_response(exc.problem, exc.headers)


def _on_http_exception(request: Request, exc: HTTPException) -> Response[bytes]:
    """Litestar's own errors: routing, body size, malformed headers, an empty body."""
    status = exc.status_code
    headers = dict(exc.headers or {})
    if status == 404:
        kind, detail = "not-found", f"no resource at {request.url.path}"
    elif status == 405:
        kind, detail = "method-not-allowed", f"{request.method} is not allowed on {request.url.path}"
    elif status == 413:
        limit = request.app.state.runtime.settings.max_body_bytes
        kind, detail = "too-large", f"the request body exceeds {limit} bytes"
    elif isinstance(exc, ValidationException):
        # The body is parsed by ContractRequest; Litestar itself only complains when there is no body at all.
        kind, detail = "invalid-body", "the request body is empty; send a JSON object"
    elif status < 500:
        kind, detail = "invalid-body", exc.detail
    else:
        return _on_unexpected(request, exc)
    problem = Problem(type=problem_type(kind), title=TITLES[kind], status=status, detail=detail)
    return problem_response(problem, headers)


def _on_unexpected(request: Request, exc: Exception) -> Response[bytes]:
    log.error("unhandled error", exc_info=exc, extra={"method": request.method, "path": request.url.path})
    problem = Problem(type=problem_type("internal"), title=TITLES["internal"], status=500,
                      detail="the server failed to answer this request; it has been logged")
    return problem_response(problem)


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    ProblemError: _on_problem,
    HTTPException: _on_http_exception,
    Exception: _on_unexpected,
}


def problem_spec(status: int, description: str) -> ResponseSpec:
    return ResponseSpec(data_container=Problem, media_type=PROBLEM_MEDIA_TYPE, generate_examples=False,
                        description=f"{HTTPStatus(status).phrase}: {description}")


ANALYSIS_RESPONSES = {
    400: problem_spec(400, "the body is not JSON, or not a JSON object."),
    413: problem_spec(413, "body, text or batch over the configured limits."),
    415: problem_spec(415, "Content-Type is not application/json."),
    422: problem_spec(422, "missing or empty text, wrong field type, unknown language, bad published_at; "
                           "`errors` names each field."),
    503: problem_spec(503, "pipelines not loaded yet, or too many analyses waiting; see Retry-After."),
    504: problem_spec(504, "the analysis did not finish within the request timeout."),
}
READINESS_RESPONSES = {
    503: problem_spec(503, "pipelines not loaded yet (or failed to load); see Retry-After."),
}
