"""`quotes serve | extract | openapi | download-models`.

Imports are deferred to each command: `serve` must bind its port before anything heavy is imported, and
`openapi` must not load models.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path


def _listen(host: str, port: int) -> socket.socket:
    """Bind and listen now, before gunicorn is even imported.

    A client started right after `quotes serve` (a test harness, `make eval`) then finds the port open: its
    connection waits in the backlog while the worker boots instead of being refused.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(args: argparse.Namespace) -> int:
    """Replace this process with gunicorn (same pid, so signals reach the master) on the bound socket."""
    sock = _listen(args.host, args.port)
    argv = [sys.executable, "-m", "gunicorn", "--config", "python:service.gunicorn_conf",
            "--bind", f"fd://{sock.fileno()}"]
    if args.workers is not None:
        argv += ["--workers", str(args.workers)]
    argv.append("service.app:app")
    os.execv(sys.executable, argv)
    return 1  # not reached


def extract(args: argparse.Namespace) -> int:
    """Analyse files in this process, no server: one JSON response per file, in the order given."""
    import msgspec

    from service import errors
    from service.body import check_documents
    from service.core import analyze
    from service.logging_setup import configure_logging
    from service.nlp import Parsers
    from service.schemas import QuoteRequest
    from service.settings import Settings

    settings = Settings.from_env()
    configure_logging(settings.log_level, sys.stderr)  # stdout carries the JSON results only
    paths = [Path(p) for p in args.files]
    docs = [QuoteRequest(text=p.read_text(encoding="utf-8"), language=args.language,
                         published_at=args.published_at, id=p.name) for p in paths]
    for path, doc in zip(paths, docs, strict=True):
        try:
            check_documents([doc], settings, batch=False)
        except errors.ProblemError as exc:
            print(f"{path}: {msgspec.json.encode(exc.problem).decode()}", file=sys.stderr)
            return 2
    parsers = Parsers(settings)
    parsers.load()
    for result in analyze(parsers, docs):
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(result), indent=2).decode() + "\n")
    return 0


def openapi(_: argparse.Namespace) -> int:
    """Print the OpenAPI document the app serves at /schema/openapi.json (no models are loaded)."""
    from service.app import create_app

    schema = create_app().openapi_schema.to_schema()
    sys.stdout.write(json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return 0


def download_models(_: argparse.Namespace) -> int:
    """Fetch Stanza's official packages for QUOTES_LANGUAGES into QUOTES_MODELS_DIR (needs network)."""
    from service.nlp import download_official
    from service.settings import Settings

    settings = Settings.from_env()
    download_official(settings.models_dir, settings.languages)
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="quotes", description="Who said what in French news articles.")
    commands = root.add_subparsers(dest="command", required=True)

    p = commands.add_parser("serve", help="run the HTTP service under gunicorn")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: $WEB_CONCURRENCY or 1)")
    p.set_defaults(run=serve)

    p = commands.add_parser("extract", help="print the quotes of text files, without a server")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--language", default="fr", choices=["fr", "en"])
    p.add_argument("--published-at", default=None, metavar="DATE", help="ISO 8601 date or datetime")
    p.set_defaults(run=extract)

    p = commands.add_parser("openapi", help="print the OpenAPI document")
    p.set_defaults(run=openapi)

    p = commands.add_parser("download-models", help="download Stanza's official models")
    p.set_defaults(run=download_models)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
