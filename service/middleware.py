"""Per-request id, access log line and request metrics, for every HTTP response including 404 and 405.

Litestar's `middleware=` only wraps matched routes, so unknown paths and wrong methods would go unlogged
and uncounted; this wrapper sits around the whole ASGI handler instead (see app.create_app).
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from litestar.types import ASGIApp, Message, Receive, Scope, Send

from service.logging_setup import request_id
from service.metrics import Metrics

log = logging.getLogger("quotes.access")

HEADER = b"x-request-id"
# A caller's id is echoed and logged only when it is a plain token: no log injection, no huge headers.
_VALID_ID = re.compile(rb"[A-Za-z0-9._:\-]{1,128}")


def _incoming_id(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == HEADER and _VALID_ID.fullmatch(value):
            return value.decode("ascii")
    return uuid.uuid4().hex


class RequestContext:
    """ASGI wrapper: X-Request-ID in and out, one JSON log line and one metrics sample per request."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _incoming_id(scope)
        token = request_id.set(rid)
        start = time.perf_counter()
        status = 500  # what the client sees if the app dies before starting a response

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (HEADER, rid.encode("ascii"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - start
            route = scope.get("path_template") or "unmatched"  # set by the router once a route matched
            self.metrics.observe_request(route, scope["method"], status, seconds)
            log.info("request", extra={"method": scope["method"], "path": scope["path"], "route": route,
                                       "status": status, "duration_ms": round(seconds * 1000, 2)})
            request_id.reset(token)
