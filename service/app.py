"""The Litestar application: routes, error handlers, OpenAPI, lifespan; `app` is what gunicorn serves.

Building the app loads nothing: the pipelines load in a background thread once the worker starts (each
worker loads its own), so /healthz answers at once and /readyz reports 503 until they are ready.
"""

from __future__ import annotations

from litestar import Litestar
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import SwaggerRenderPlugin

from service.api import ROUTES, SERVICE, provide_runtime, service_version
from service.errors import EXCEPTION_HANDLERS
from service.logging_setup import configure_logging
from service.middleware import RequestContext
from service.nlp import Parsers
from service.runtime import Runtime
from service.settings import Settings


def create_app(settings: Settings | None = None, parsers: Parsers | None = None) -> Litestar:
    """An app for `settings` (default: from the environment); pass loaded `parsers` to share them."""
    settings = settings or Settings.from_env()
    parsers = parsers or Parsers(settings)
    configure_logging(settings.log_level)
    runtime = Runtime(settings, parsers)
    app = Litestar(
        route_handlers=ROUTES,
        state=State({"runtime": runtime, "parsers": parsers}),
        dependencies={"runtime": Provide(provide_runtime)},
        exception_handlers=EXCEPTION_HANDLERS,
        on_startup=[runtime.start_loading],
        on_shutdown=[runtime.close],
        request_max_body_size=settings.max_body_bytes,
        openapi_config=OpenAPIConfig(
            title=SERVICE,
            version=service_version(),
            description="Who said what: quote attribution for news articles, on Stanza parses.",
            path="/schema",
            render_plugins=[SwaggerRenderPlugin()],
            use_handler_docstrings=True,
        ),
        logging_config=None,  # the service logs JSON lines itself (logging_setup)
    )
    # Around the whole handler rather than in `middleware=`, which 404s and 405s would bypass.
    app.asgi_handler = RequestContext(app.asgi_handler, runtime.metrics)
    return app


app = create_app()
