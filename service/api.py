"""Route handlers: validate (ContractRequest), hand the documents to the runtime, serialise. Nothing else."""

from __future__ import annotations

from importlib import metadata

import msgspec
from litestar import Response, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import JSONBody

from service.body import ContractRequest
from service.errors import ANALYSIS_RESPONSES, READINESS_RESPONSES, not_ready
from service.metrics import CONTENT_TYPE
from service.nlp import LANGUAGE_PROCESSORS
from service.runtime import Runtime
from service.schemas import BatchRequest, BatchResponse, Info, ModelInfo, QuoteRequest, QuoteResponse

SERVICE = "quotes"


def service_version() -> str:
    try:
        return metadata.version(SERVICE)
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


class Status(msgspec.Struct):
    status: str


async def provide_runtime(state: State) -> Runtime:
    return state.runtime


@post("/v1/quotes", operation_id="extractQuotes", status_code=200, request_class=ContractRequest,
      responses=ANALYSIS_RESPONSES, summary="Extract the quotes of one article", tags=["quotes"])
async def extract_quotes(data: JSONBody[QuoteRequest], runtime: NamedDependency[Runtime]) -> QuoteResponse:
    """Who said what in one article: direct, indirect and mixed quotes with speaker, title, verb and date.

    Offsets are Python string indices (code points) into the `text` sent, so `text[start:end]` is the span.
    """
    [result] = await runtime.analyze([data])
    return result


@post("/v1/quotes/batch", operation_id="extractQuotesBatch", status_code=200, request_class=ContractRequest,
      responses=ANALYSIS_RESPONSES, summary="Extract the quotes of several articles", tags=["quotes"])
async def extract_quotes_batch(data: JSONBody[BatchRequest],
                               runtime: NamedDependency[Runtime]) -> BatchResponse:
    """The same analysis for several articles, parsed together; results come back in request order."""
    return BatchResponse(results=await runtime.analyze(data.documents))


@get("/healthz", operation_id="healthz", summary="Liveness", tags=["operations"])
async def healthz() -> Status:
    """200 as soon as the process serves, whether or not the pipelines are loaded."""
    return Status(status="ok")


@get("/readyz", operation_id="readyz", summary="Readiness", tags=["operations"],
     responses=READINESS_RESPONSES)
async def readyz(runtime: NamedDependency[Runtime]) -> Status:
    """200 once the Stanza pipelines are loaded; 503 with the reason and Retry-After until then."""
    if (reason := runtime.readiness_problem()) is not None:
        raise not_ready(reason)
    return Status(status="ready")


@get("/v1/info", operation_id="getInfo", summary="Version, languages and models", tags=["operations"])
async def info(runtime: NamedDependency[Runtime]) -> Info:
    """The service version and, for each served language, the Stanza package and processors behind it."""
    settings, parsers = runtime.settings, runtime.parsers
    languages = {
        lang: ModelInfo(package=parsers.package(lang), source=settings.model_source,
                        processors=list(LANGUAGE_PROCESSORS.get(lang, ())))
        for lang in settings.languages
    }
    return Info(service=SERVICE, version=service_version(), languages=languages, ready=parsers.ready)


@get("/metrics", include_in_schema=False)
async def metrics(runtime: NamedDependency[Runtime]) -> Response[bytes]:
    """Prometheus text format; not part of the API contract's schema."""
    return Response(runtime.metrics.exposition(), media_type=CONTENT_TYPE)


ROUTES = [extract_quotes, extract_quotes_batch, healthz, readyz, info, metrics]
