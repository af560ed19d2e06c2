"""JSON-lines logging for the service's own loggers (`quotes.*`), one object per line.

Log collectors parse one JSON object per line without a grammar per message. Only the `quotes` logger tree
is configured, so libraries keep their own handlers and tests keep theirs. Nothing here ever receives article
text: callers log sizes and ids, never contents.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import sys
from typing import TextIO

# The request being served by this task (or thread it spawned), so that every line it logs carries the id.
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

# LogRecord attributes that are not `extra=` fields.
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "message", "request_id"?, **extra, "exc_info"?}` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = request_id.get()
        if rid is not None:
            line["request_id"] = rid
        for key, value in vars(record).items():
            if key not in _RECORD_FIELDS and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class _StreamAtEmit(logging.Handler):
    """Writes to the stream current at emit time (sys.stdout by default), so a swapped stdout is honoured."""

    def __init__(self, stream: TextIO | None) -> None:
        super().__init__()
        self._stream = stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stream = self._stream or sys.stdout
            stream.write(self.format(record) + "\n")
            stream.flush()
        except Exception:
            self.handleError(record)


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> None:
    """Send the `quotes` loggers to `stream` (stdout when None) as JSON lines; idempotent."""
    logger = logging.getLogger("quotes")
    for handler in list(logger.handlers):
        if isinstance(handler, _StreamAtEmit):
            logger.removeHandler(handler)
    handler = _StreamAtEmit(stream)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
