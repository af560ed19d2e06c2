"""Stanza pipelines: loaded once per process, one inference at a time (Stanza is not thread-safe).

The bundled models (`models/`, built by `python -m training build`) and Stanza's official packages load
through the same code: a resources directory with `resources.json`, opened with `download_method=None`.
`download_official` fetches the official packages into such a directory where the network allows it.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from service import chars, lemmas, trees
from service.lang import tables_for
from service.retagging import (
    complete_participles,
    retag_adverbial_roles,
    retag_capitalised_verbs,
    retag_determined_negations,
    retag_headline_object_predicates,
    retag_honorifics,
    retag_latter_anaphors,
    retag_nominal_adjectives,
    retag_people_taken_for_verbs,
    retag_possessive_apostrophes,
    retag_prepositions,
    retag_role_abbreviations,
    retag_verb_like_compounds,
    retag_verbs_before_complementizers,
)
from service.segmentation import (
    drop_link_labels,
    glued_marks,
    has_fused_clitic,
    has_letter_label,
    has_link_label,
    has_split_compound,
    join_compounds,
    join_letter_labels,
    join_words,
    repair,
    split_clitics,
    split_marks,
    split_single_quotes,
)
from service.settings import Settings

log = logging.getLogger("quotes.nlp")

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
# Processors each language needs from its package (English splits `don't`, `I'm` as multi-word tokens).
LANGUAGE_PROCESSORS = {"fr": PROCESSORS, "en": PROCESSORS}
# Marks that are also apostrophes (`l’élu`, `parents’`, `'90s`): never split off a word.
APOSTROPHES = frozenset("'’‘")


@functools.cache
def _splittable_marks(lang: str) -> str:
    """The quotation-mark characters of a language that `split_marks` takes off a word, and the colon: Swiss and
    Belgian French sets it tight (`Sophie Zurbriggen: «…»`), which the tokenizers trained on `X :` leave on the
    name, a name then never found again."""
    pairs = tables_for(lang).quote_pairs
    return "".join(sorted({c for pair in pairs.items() for c in "".join(pair)} - APOSTROPHES | {":"}))


class ModelsMissing(RuntimeError):
    """The resources directory has no models for a configured language."""


def processor_packages(models_dir: Path, lang: str) -> dict[str, str]:
    """Processor -> model name for a language, from the resources directory's default_processors."""
    resources = models_dir / "resources.json"
    if not resources.exists():
        raise ModelsMissing(f"{resources} not found: set QUOTES_MODELS_DIR or build the models "
                            "(python -m training build)")
    entry = json.loads(resources.read_text(encoding="utf-8")).get(lang)
    if not entry:
        raise ModelsMissing(f"no '{lang}' models in {resources}")
    defaults = entry.get("default_processors", {})
    missing = [p for p in LANGUAGE_PROCESSORS[lang] if p not in defaults]
    if missing:
        raise ModelsMissing(f"'{lang}' in {resources} lacks processors {missing}")
    return {p: defaults[p] for p in LANGUAGE_PROCESSORS[lang]}


def available_cpus() -> int:
    """CPUs this process may use: its affinity mask, capped by a cgroup v2 CPU quota (a container's limit)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            cpus = min(cpus, int(quota) // int(period))
    except (OSError, ValueError):
        pass
    return max(1, cpus)


def torch_threads(configured: int | None) -> int:
    """The configured count, or (auto) the available CPUs shared by the service's worker processes: one
    worker alone uses every core for each analysis (lower latency), N workers one core's share each (no
    oversubscription). The worker count is gunicorn's (QUOTES_WORKER_COUNT, set in each worker at fork),
    else WEB_CONCURRENCY, else 1 (an in-process caller)."""
    if configured is not None:
        return configured
    workers = os.environ.get("QUOTES_WORKER_COUNT") or os.environ.get("WEB_CONCURRENCY") or "1"
    return max(1, available_cpus() // max(1, int(workers)))


def configure_torch(threads: int | None) -> int:
    """Set intra-op threads before any tensor work (called in each worker, never in the master); returns
    the count."""
    import torch

    count = torch_threads(threads)
    torch.set_num_threads(count)
    return count


def quantize(pipeline) -> None:
    """Dynamic int8 weights for the tagger's and parser's LSTMs and linear layers (activations stay float):
    those two models are most of the parse time, and their accuracy barely moves (README, Performance)."""
    import warnings

    import torch

    for name in ("pos", "depparse"):
        processor = pipeline.processors.get(name)
        if processor is None:
            continue
        with warnings.catch_warnings():  # torch announces the move of this API to torchao
            warnings.simplefilter("ignore")
            torch.ao.quantization.quantize_dynamic(processor._trainer.model, {torch.nn.LSTM, torch.nn.Linear},
                                                   dtype=torch.qint8, inplace=True)


def download_official(models_dir: Path, languages: Sequence[str]) -> None:
    """Fetch Stanza's official packages (needs network; used at install or image-build time)."""
    import stanza

    for lang in languages:
        stanza.download(lang, model_dir=str(models_dir), processors=",".join(LANGUAGE_PROCESSORS[lang]),
                        package="default")


def resegmented(doc, lang: str, max_words: int):
    """The document with the sentence boundaries `service.segmentation` rejects removed, and the words the
    multi-word expander or the tokenizer should not have split joined."""
    from stanza.models.common.doc import Document

    tables = tables_for(lang)
    whole, clitics = tables.whole_words, tables.hyphen_clitics
    split = bool(whole) and any(len(t.words) > 1 and t.text.lower() in whole
                                for s in doc.sentences for t in s.tokens)
    compound = bool(clitics) and has_split_compound(t.text for s in doc.sentences for t in s.tokens)
    subjects = tables.inverted_subjects
    fused = bool(subjects) and has_fused_clitic((t.text for s in doc.sentences for t in s.tokens), subjects)
    marks = _splittable_marks(lang)
    glued = any(len(t.words) == 1 and glued_marks(t.text, marks) for s in doc.sentences for t in s.tokens)
    labels = has_letter_label(t.text for s in doc.sentences for t in s.tokens)
    singles = tables.quote_pairs.get("‘") == "’" and "‘" in doc.text and any(
        len(t.words) == 1 and len(t.text) > 1 and (t.text[0] == "‘" or t.text[-1] == "’")
        for s in doc.sentences for t in s.tokens)
    links = bool(tables.link_labels) and has_link_label(doc.text, tables.link_labels)
    if not (split or compound or fused or glued or labels or links or singles) and len(doc.sentences) < 2 \
            and doc.num_words <= max_words:
        return doc  # nothing to merge, cut, join or split: most lines of an article
    sentences = doc.to_dict()
    if split:
        sentences = [join_words(s, whole) for s in sentences]
    if compound:
        sentences = [join_compounds(s, clitics) for s in sentences]
    if fused:
        sentences = [split_clitics(s, subjects) for s in sentences]
    if glued:
        sentences = [split_marks(s, marks) for s in sentences]
    if labels:
        sentences = [join_letter_labels(s) for s in sentences]
    if singles:
        sentences = [split_single_quotes(s) for s in sentences]
    if links:
        sentences = [kept for s in sentences if (kept := drop_link_labels(s, tables.link_labels))]
    pairs = tables.quote_pairs
    repaired = repair(sentences, [o for o, c in pairs.items() if o != c],
                      [o for o, c in pairs.items() if o == c], max_words, doc.text, tables.honorifics, tables.weekdays,
                      tables.clock_abbreviations)
    if repaired is None and not (split or compound or fused or glued or labels or links or singles):
        return doc
    return Document(repaired or sentences, text=doc.text)


class Parsers:
    """The Stanza pipelines of one process, with a lock so only one inference runs at a time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pipelines: dict = {}
        self._packages: dict[str, str] = {}
        self._lock = threading.Lock()
        self.load_seconds: float | None = None
        self.torch_threads: int | None = None  # set by load

    @property
    def ready(self) -> bool:
        return bool(self._pipelines) and all(lang in self._pipelines for lang in self.settings.languages)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._pipelines)

    def package(self, lang: str) -> str:
        return self._packages.get(lang, "unknown")

    def model_name(self, lang: str) -> str:
        return f"stanza-{self.settings.model_source}:{lang}/{self.package(lang)}"

    def load(self) -> None:
        import stanza

        start = time.monotonic()
        self.torch_threads = configure_torch(self.settings.torch_threads)
        for lang in self.settings.languages:
            if lang not in LANGUAGE_PROCESSORS:
                raise ModelsMissing(f"unsupported language '{lang}' in QUOTES_LANGUAGES")
            packages = processor_packages(self.settings.models_dir, lang)
            pipeline = stanza.Pipeline(
                lang,
                dir=str(self.settings.models_dir),
                processors=packages,
                package=None,
                download_method=None,
                use_gpu=False,
                logging_level="WARN",
                pos_batch_size=self.settings.parse_batch_size,
                depparse_batch_size=self.settings.parse_batch_size,
            )
            if self.settings.quantize == "int8":
                quantize(pipeline)
            trees.install(pipeline)
            lemmas.install(pipeline)
            chars.install(pipeline)
            self._pipelines[lang] = pipeline
            self._packages[lang] = "+".join(sorted(set(packages.values())))
        self.load_seconds = time.monotonic() - start
        log.info("pipelines loaded", extra={"languages": list(self._pipelines), "torch_threads": self.torch_threads,
                                            "seconds": round(self.load_seconds, 2)})

    def parse(self, texts: Sequence[str], lang: str,
              select: Callable[[list], list[list[bool]]] | None = None) -> list:
        """Parse texts in one bulk call; returns Stanza Documents in order.

        With `select`, every sentence is tokenised, tagged and lemmatised, then `select` gets the tagged
        documents and returns, per document, which sentences go through the dependency parser (the others
        keep no heads).
        """
        import stanza

        pipeline = self._pipelines.get(lang)
        if pipeline is None:
            raise ModelsMissing(f"language '{lang}' is not loaded")
        docs = [stanza.Document([], text=t) for t in texts]
        if not docs:
            return []
        with self._lock:
            splitting = [p for p in pipeline.processors if p in ("tokenize", "mwt")]
            docs = [resegmented(d, lang, self.settings.max_sentence_words)
                    for d in pipeline.process(docs, processors=splitting)]
            tagging = [p for p in pipeline.processors if p not in ("tokenize", "mwt", "depparse")]
            docs = pipeline.process(docs, processors=tagging)
            tables = tables_for(lang)
            for doc in docs:
                retag_honorifics(doc, tables)
                complete_participles(doc, tables)
                retag_capitalised_verbs(doc)
                retag_determined_negations(doc, tables)
                retag_verbs_before_complementizers(doc, tables)
                retag_headline_object_predicates(doc, tables)
                retag_people_taken_for_verbs(doc, tables)
                retag_verb_like_compounds(doc, tables)
                retag_nominal_adjectives(doc, tables)
                retag_adverbial_roles(doc, tables)
                retag_latter_anaphors(doc, tables)
                retag_possessive_apostrophes(doc, tables)
                retag_prepositions(doc, tables)
                retag_role_abbreviations(doc, tables)
            if select is None:
                return pipeline.process(docs, processors=["depparse"])
            every = [(doc.sentences, doc.num_tokens, doc.num_words) for doc in docs]
            for doc, mask in zip(docs, select(docs), strict=True):
                doc.sentences = [s for s, keep in zip(doc.sentences, mask, strict=True) if keep]
                doc.num_tokens = sum(len(s.tokens) for s in doc.sentences)
                doc.num_words = sum(len(s.words) for s in doc.sentences)
            try:
                if any(doc.sentences for doc in docs):
                    pipeline.process([d for d in docs if d.sentences], processors=["depparse"])
            finally:
                for doc, (sentences, tokens, words) in zip(docs, every, strict=True):
                    doc.sentences, doc.num_tokens, doc.num_words = sentences, tokens, words
            return docs
