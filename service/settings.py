"""Configuration from environment variables, validated once at start-up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

import msgspec

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_MODELS = ROOT / "models"

Positive = Annotated[int, msgspec.Meta(ge=1)]
Seconds = Annotated[float, msgspec.Meta(gt=0)]


class Settings(msgspec.Struct, kw_only=True, frozen=True):
    """Every limit and choice the service has; `from_env` documents the variable for each."""

    models_dir: Path = BUNDLED_MODELS
    model_source: Literal["bundled", "official"] = "bundled"
    languages: tuple[str, ...] = ("fr", "en")
    # None ("auto"): the CPUs the process may use, divided among gunicorn's workers (service/nlp.py)
    torch_threads: Positive | None = None
    # "candidates": dependency-parse only sentences that can hold a quote; "all": every sentence
    parse_scope: Literal["candidates", "all"] = "candidates"
    # Stanza's pos and depparse batch size: the parser's biaffine scores grow with batch x length², so small
    # batches keep a worker's peak memory down; 250 was also the fastest on the development articles.
    parse_batch_size: Positive = 250
    # "int8": the tagger's and parser's LSTM and linear layers run with dynamic int8 weights (torch), about a
    # fifth faster on CPU for at most 0.13 UPOS / 0.08 LAS on the held-out treebanks (README, Performance); "none":
    # float32 as trained.
    quantize: Literal["none", "int8"] = "none"
    # Longer sentences are cut before parsing: the parser's memory grows with the square of their length.
    max_sentence_words: Annotated[int, msgspec.Meta(ge=20, le=1000)] = 150
    max_text_chars: Positive = 100_000
    max_batch_documents: Positive = 32
    max_batch_chars: Positive = 400_000
    max_body_bytes: Positive = 2_000_000
    request_timeout_s: Seconds = 60.0
    max_queued: Positive = 16
    # Milliseconds the inference thread waits before a bulk call, so that requests arriving together share it.
    batch_window_ms: Annotated[float, msgspec.Meta(ge=0, le=1000)] = 5.0
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)

        def get(name: str, default: object) -> object:
            return env.get(f"QUOTES_{name}", default)

        source = str(get("MODEL_SOURCE", "bundled"))
        default_dir = BUNDLED_MODELS if source == "bundled" else Path.home() / "stanza_resources"
        raw = {
            "models_dir": str(get("MODELS_DIR", default_dir)),
            "model_source": source,
            "languages": [s.strip() for s in str(get("LANGUAGES", "fr,en")).split(",") if s.strip()],
            "torch_threads": _threads(str(get("TORCH_THREADS", "auto"))),
            "parse_scope": str(get("PARSE_SCOPE", "candidates")),
            "parse_batch_size": int(get("PARSE_BATCH_SIZE", 250)),
            "quantize": str(get("QUANTIZE", "none")).lower(),
            "max_sentence_words": int(get("MAX_SENTENCE_WORDS", 150)),
            "max_text_chars": int(get("MAX_TEXT_CHARS", 100_000)),
            "max_batch_documents": int(get("MAX_BATCH_DOCUMENTS", 32)),
            "max_batch_chars": int(get("MAX_BATCH_CHARS", 400_000)),
            "max_body_bytes": int(get("MAX_BODY_BYTES", 2_000_000)),
            "request_timeout_s": float(get("REQUEST_TIMEOUT_S", 60.0)),
            "max_queued": int(get("MAX_QUEUED", 16)),
            "batch_window_ms": float(get("BATCH_WINDOW_MS", 5.0)),
            "log_level": str(get("LOG_LEVEL", "INFO")).upper(),
        }
        try:
            return msgspec.convert(raw, cls, dec_hook=lambda t, v: Path(v) if t is Path else v)
        except msgspec.ValidationError as exc:
            raise ValueError(f"invalid QUOTES_* setting: {exc}") from exc


def _threads(value: str) -> int | None:
    if value.strip().lower() == "auto":
        return None
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"invalid QUOTES_* setting: QUOTES_TORCH_THREADS must be a number or 'auto', not {value!r}"
                         ) from None
