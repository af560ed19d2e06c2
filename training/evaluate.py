"""`python -m training evaluate`: score the assembled in-house pipeline from raw text, write its model card.

For each held-out test treebank, the raw text is rebuilt from the CoNLL-U `# text` comments (documents and
paragraphs kept apart where the file marks them, sentences otherwise joined by a space), run through the whole
pipeline (tokenize, mwt, pos, lemma, depparse) and scored against the gold file with the CoNLL 2018 shared task
scorer that Stanza ships (`stanza.models.common.utils.ud_scores`). Load time, parsing speed on one thread,
resident memory and file sizes are measured too. A full run writes `models/<lang>/MODEL_CARD.md` and
`models/<lang>/evaluation.json`; a `--limit` run (quick check on the first N sentences of each test) writes them
under `<work>/eval/` instead, so that it never replaces the published numbers.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import re
import time
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path

from training.build import PACKAGE, PROCESSORS, Budget, Paths
from training.data import CORPORA, Corpus, _sentences

log = logging.getLogger("training")

# The scores reported (F1 of the CoNLL 2018 scorer); evaluation.json keeps every metric.
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")
CARD_COLUMNS = ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")
OUTPUTS = ("MODEL_CARD.md", "evaluation.json")

_TEXT = re.compile(r"^#\s*text\s*=\s?(.*)$")
_BREAK = re.compile(r"^#\s*new(doc|par)\b")
_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) ")


# ---------------------------------------------------------------------------------------------------------
# CoNLL-U helpers


def read_sentences(path: Path, limit: int = 0) -> list[list[str]]:
    """The sentences of a CoNLL-U file (lines, comments included); only the first `limit` when limit > 0."""
    return cut(_sentences(path), limit)


def cut(sentences: list[list[str]], limit: int) -> list[list[str]]:
    return sentences[:limit] if limit > 0 else sentences


def write_conllu(sentences: list[list[str]], target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join("\n".join(s) + "\n\n" for s in sentences), encoding="utf-8")
    return target


def _is_word(cols: list[str]) -> bool:
    return len(cols) == 10 and cols[0].isdigit()


def count_words(sentence: list[str]) -> int:
    """Syntactic words: integer IDs (multiword-token ranges and empty nodes left out)."""
    return sum(1 for line in sentence if not line.startswith("#") and _is_word(line.split("\t")))


def sentence_text(sentence: list[str]) -> str:
    """The `# text` of a sentence; rebuilt from its tokens (and SpaceAfter=No) when the comment is missing."""
    for line in sentence:
        match = _TEXT.match(line)
        if match:
            return match.group(1).strip()
    out: list[str] = []
    skip_to = 0
    for line in sentence:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            skip_to = int(cols[0].split("-")[1])
        elif int(cols[0]) <= skip_to:
            continue
        out.append(cols[1])
        if "SpaceAfter=No" not in cols[9].split("|"):
            out.append(" ")
    return "".join(out).strip()


def starts_block(sentence: list[str]) -> bool:
    """Whether the sentence opens a new document or paragraph (`# newdoc` / `# newpar`)."""
    return any(_BREAK.match(line) for line in sentence if line.startswith("#"))


def raw_text(sentences: list[list[str]]) -> str:
    """The running text of a treebank: blocks (documents, paragraphs) split by a blank line, where marked."""
    blocks: list[list[str]] = []
    for sentence in sentences:
        if not blocks or starts_block(sentence):
            blocks.append([])
        blocks[-1].append(sentence_text(sentence))
    return "\n\n".join(" ".join(block) for block in blocks)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _treebank_license(ud_dir: Path, rel: str) -> str:
    readme = ud_dir / rel.split("/")[0] / "README.md"
    if readme.exists():
        for line in readme.read_text(encoding="utf-8").splitlines():
            if line.startswith("License:"):
                return line.split(":", 1)[1].strip()
    return "?"


def data_table(corpus: Corpus, ud_dir: Path) -> list[dict]:
    """Sentences and words of every treebank file used (train, dev, held-out test)."""
    rows = []
    for role, files in (("train", corpus.train), ("dev", corpus.dev), ("test", tuple(corpus.tests.values()))):
        for rel in files:
            path = ud_dir / rel
            row: dict = {"role": role, "file": rel, "license": _treebank_license(ud_dir, rel)}
            if path.exists():
                sents = _sentences(path)
                row |= {"sentences": len(sents), "words": sum(count_words(s) for s in sents)}
            rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------------------
# Measures


def proc_status_mb(field: str = "VmRSS") -> float:
    """A memory figure of this process from /proc/self/status, in MB (0 when unavailable)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def file_sizes(root: Path, exclude: tuple[str, ...] = OUTPUTS) -> dict[str, int]:
    """Bytes of every file under `root` (relative paths), leaving out this step's own outputs."""
    return {p.relative_to(root).as_posix(): p.stat().st_size
            for p in sorted(root.rglob("*")) if p.is_file() and p.name not in exclude}


def score(gold: Path, system: Path) -> dict[str, dict[str, float]]:
    """CoNLL 2018 scores of a system file against a gold file: precision, recall, F1 and counts per metric."""
    from stanza.models.common.utils import ud_scores

    evaluation = ud_scores(str(gold), str(system))
    return {name: {"precision": round(s.precision, 5), "recall": round(s.recall, 5), "f1": round(s.f1, 5),
                   "correct": s.correct, "gold": s.gold_total, "system": s.system_total}
            for name, s in evaluation.items() if name not in ("ELAS", "EULAS")}


def log_seconds(logfile: Path) -> float | None:
    """Training time read from a stage's train.log: the span of its timestamps, summed over the runs logged.

    The fallback when training.json has no time for a stage (e.g. it was trained by another `build` run).
    """
    if not logfile.exists():
        return None
    runs: list[list[datetime]] = []
    for line in logfile.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _STAMP.match(line)
        if not match:
            continue
        stamp = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S")
        if not runs or (" in train mode" in line and "Running " in line):
            runs.append([stamp, stamp])
        else:
            runs[-1][1] = stamp
    return sum((end - start).total_seconds() for start, end in runs) if runs else None


def stage_times(paths: Paths, stages: dict) -> dict[str, dict]:
    """Seconds per processor: training.json's record, else the train.log timestamps."""
    times = {}
    for processor in PROCESSORS:
        if processor in stages:
            times[processor] = {"seconds": stages[processor]["seconds"], "source": "training.json"}
        else:
            seconds = log_seconds(paths.stage_dir(processor) / "train.log")
            if seconds is not None:
                times[processor] = {"seconds": seconds, "source": "train.log"}
    return times


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


# ---------------------------------------------------------------------------------------------------------
# Evaluation


def restore_long_tokens(doc, text: str) -> int:
    """Put back the characters of tokens Stanza's tokenizer printed as `<UNK>` (over-long URLs in EWT).

    The scorer needs every character of the raw text in the system file; the parse itself is unchanged.
    """
    restored = 0
    for token in doc.iter_tokens():
        original = text[token.start_char:token.end_char]
        if token.text != original and token.start_char is not None:
            token.text = original
            if len(token.words) == 1:
                token.words[0].text = original
            restored += 1
    return restored


def evaluate(lang: str, ud_dir: Path, paths: Paths, limit: int = 0, served: bool = False) -> dict:
    """Run and score the pipeline on every held-out test; write MODEL_CARD.md and evaluation.json. With
    `served`, sentences are repaired as the service does (service.segmentation) between tokenizing and
    tagging, and the results go to the work directory only."""
    import stanza
    import torch
    from stanza.utils.conll import CoNLL

    corpus = CORPORA[lang]
    missing = [p for p in PROCESSORS if not paths.model(p).exists()]
    if missing or not (paths.models / "resources.json").exists():
        raise SystemExit(f"models missing under {paths.models} ({', '.join(missing) or 'resources.json'}): "
                         "run `python -m training build` first")
    out_dir = paths.work / "eval"
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)

    rss_before = proc_status_mb()
    log.info("loading the pipeline from %s (1 thread)", paths.models)
    t0 = time.perf_counter()
    # package=PACKAGE: resources.json names the in-house models per processor (default_processors), it has
    # no "packages"/"default" entry, so the processors-only call would find nothing to load.
    nlp = stanza.Pipeline(lang, dir=str(paths.models), processors=",".join(PROCESSORS), package=PACKAGE,
                          download_method=None, logging_level="WARN")
    load_seconds = time.perf_counter() - t0
    rss_loaded = proc_status_mb()
    log.info("pipeline loaded in %.1f s; resident memory %.0f MB (%.0f MB before loading)",
             load_seconds, rss_loaded, rss_before)
    nlp("Bonjour.")  # first-call set-up kept out of the speed figures

    tests: dict[str, dict] = {}
    total_tokens = total_words = 0
    total_seconds = 0.0
    for name, rel in corpus.tests.items():
        gold_path = ud_dir / rel
        sentences = read_sentences(gold_path, limit)
        if limit:
            gold_path = write_conllu(sentences, out_dir / f"{lang}.{_slug(name)}.gold.conllu")
        text = raw_text(sentences)
        log.info("[%s] %d sentences, %d characters: parsing from raw text ...", name, len(sentences), len(text))
        t0 = time.perf_counter()
        if served:
            from service.nlp import resegmented

            doc = nlp.process(stanza.Document([], text=text), processors=["tokenize", "mwt"])
            doc = nlp.process(resegmented(doc, lang, 150), processors=["pos", "lemma", "depparse"])
        else:
            doc = nlp(text)
        seconds = time.perf_counter() - t0
        restore_long_tokens(doc, text)
        pred = out_dir / f"{lang}.{_slug(name)}.pred.conllu"
        CoNLL.write_doc2conll(doc, str(pred))
        scores = score(gold_path, pred)
        tokens, words = doc.num_tokens, doc.num_words
        total_tokens += tokens
        total_words += words
        total_seconds += seconds
        tests[name] = {"file": rel, "prediction": pred.name,
                       "sentences": len(sentences), "characters": len(text),
                       "predicted": {"sentences": len(doc.sentences), "tokens": tokens, "words": words},
                       "seconds": round(seconds, 2), "tokens_per_second": round(tokens / seconds, 1),
                       "f1": {m: round(100 * scores[m]["f1"], 2) for m in METRICS}, "scores": scores}
        log.info("[%s] parsed in %.1f s (%.0f tokens/s): %s", name, seconds, tokens / seconds,
                 ", ".join(f"{m} {100 * scores[m]['f1']:.2f}" for m in METRICS))

    sizes = file_sizes(paths.models / lang)
    result = {
        "lang": lang,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "limit": limit,
        "package": PACKAGE,
        "processors": list(PROCESSORS),
        "environment": {"stanza": stanza.__version__, "torch": torch.__version__,
                        "python": platform.python_version(), "cpu": _cpu(), "cores": os.cpu_count(),
                        "torch_threads": torch.get_num_threads()},
        "load_seconds": round(load_seconds, 2),
        "memory_mb": {"before_load": round(rss_before, 1), "after_load": round(rss_loaded, 1),
                      "peak": round(proc_status_mb("VmHWM"), 1)},
        "speed": {"tokens": total_tokens, "words": total_words, "seconds": round(total_seconds, 2),
                  "tokens_per_second": round(total_tokens / total_seconds, 1) if total_seconds else 0.0},
        "tests": tests,
        "files": sizes,
        "total_bytes": sum(sizes.values()),
    }
    target_dir = out_dir if limit or served else paths.models / lang
    card = render_card(result, paths, ud_dir)
    (target_dir / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    (target_dir / "evaluation.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    log.info("results:\n%s", results_table(result))
    log.info("wrote %s and %s", target_dir / "MODEL_CARD.md", target_dir / "evaluation.json")
    return result


# ---------------------------------------------------------------------------------------------------------
# Model card


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min"


def results_table(result: dict) -> str:
    lines = ["| test | sentences | " + " | ".join(CARD_COLUMNS) + " |",
             "|---|---:|" + "---:|" * len(CARD_COLUMNS)]
    for name, t in result["tests"].items():
        lines.append(f"| {name} | {t['sentences']} | "
                     + " | ".join(f"{t['f1'][c]:.2f}" for c in CARD_COLUMNS) + " |")
    return "\n".join(lines)


def _training_record(paths: Paths) -> dict:
    record = paths.models / paths.lang / "training.json"
    return json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}


def _vector_source(package: str) -> dict:
    try:
        from training.vectors import glove_files

        glove = glove_files(package)
    except SystemExit:
        return {}
    if glove:
        import numpy as np

        rows, dim = np.load(glove[0], mmap_mode="r").shape
        return {"glove": True, "rows": rows, "dim": dim}
    try:
        from training.vectors import spacy_vocab_dir

        meta = json.loads((spacy_vocab_dir(package).parent / "meta.json").read_text(encoding="utf-8"))
    except (SystemExit, OSError, ValueError):
        return {}
    return {"version": meta.get("version"), "license": meta.get("license"), "vectors": meta.get("vectors", {}),
            "sources": [s.get("name") for s in meta.get("sources", []) if "ector" in s.get("name", "")]}


def _rebuild_command(budget: dict, warm_start: dict | None = None,
                     pos_warm_start: dict | None = None) -> str:
    """The build command for this budget; a parser continued from an earlier run's model (`warm_start`:
    that run's steps, and any warm-started runs between, `between`: their steps and learning rates) is
    rebuilt in several commands, each starting from the parser the one before installed; so is a tagger
    continued from an earlier one (`pos_warm_start`: that run's steps)."""
    defaults = asdict(Budget())
    continued = bool(warm_start and budget.get("depparse_warm_start"))
    tagger_continued = bool(pos_warm_start and budget.get("pos_warm_start"))
    first = dict(budget)
    if tagger_continued:
        first["pos_steps"], first["pos_warm_start"] = pos_warm_start["from_steps"], ""  # type: ignore[index]
        first["pos_lr"] = defaults["pos_lr"]
    if continued:
        first["depparse_steps"], first["depparse_warm_start"] = warm_start["from_steps"], ""
        first["depparse_lr"] = warm_start.get("from_lr", defaults["depparse_lr"])
    flags = [f"--{k.replace('_', '-')} {v}" for k, v in first.items() if k in defaults and defaults[k] != v]
    command = " ".join(["python -m training build", *flags])
    if continued:
        runs = [*warm_start.get("between", []), budget]  # type: ignore[union-attr]
        for run in runs:
            command += (f"\npython -m training build --only depparse --retrain depparse --depparse-steps "
                        f"{run['depparse_steps']} --depparse-warm-start {budget['depparse_warm_start']}")
            if run.get("depparse_lr", defaults["depparse_lr"]) != defaults["depparse_lr"]:
                command += f" --depparse-lr {run['depparse_lr']}"
    if tagger_continued:
        command += (f"\npython -m training build --only pos --retrain pos --pos-steps {budget['pos_steps']} "
                    f"--pos-share-hid {budget.get('pos_share_hid', defaults['pos_share_hid'])} "
                    f"--pos-warm-start {budget['pos_warm_start']} --pos-lr {budget['pos_lr']}")
    return command


def render_card(result: dict, paths: Paths, ud_dir: Path) -> str:
    lang = result["lang"]
    corpus = CORPORA[lang]
    record = _training_record(paths)
    budget_recorded = "budget" in record
    budget = record.get("budget") or asdict(Budget())
    data = record.get("data", {})
    stages = stage_times(paths, record.get("stages", {}))
    vectors = data.get("vectors") or {"words": budget["vector_words"], "dim": budget["vector_dim"]}
    package = budget["vector_package"] or corpus.vectors
    source = _vector_source(package)
    rows = data_table(corpus, ud_dir)
    env = result["environment"]
    out: list[str] = []
    add = out.append

    add(f"# In-house Stanza models: {lang} (`{PACKAGE}`)\n")
    if result["limit"]:
        add(f"> **Quick check only**: scores on the first {result['limit']} sentences of each test. "
            "Run `python -m training evaluate` for the real numbers.\n")
    add(f"Evaluated {result['date']} with Stanza {env['stanza']}, torch {env['torch']}, "
        f"Python {env['python']}.\n")

    add("## What these are\n")
    add(f"A complete Stanza pipeline for {lang}: `{', '.join(result['processors'])}`, plus the word-vector "
        f"`pretrain` the tagger and parser use. Each model was trained in-house with Stanza's own training "
        "code (`stanza.models.tokenizer`, `mwt_expander`, `tagger`, `lemmatizer`, `parser`), run by "
        "`training/build.py`; nothing is downloaded from Stanza's model hub. They are laid out as a Stanza "
        f"resources directory (`models/resources.json`, `models/{lang}/<processor>/{PACKAGE}.pt`) and load "
        "with:\n")
    add("```python\nimport stanza\n"
        f"nlp = stanza.Pipeline({lang!r}, dir=\"models\", processors=\"{','.join(result['processors'])}\",\n"
        f"                      package={PACKAGE!r}, download_method=None)\n```\n")
    add("No character language model and no transformer are used.\n")

    add("## Training data\n")
    add(f"Universal Dependencies treebanks. {corpus.about} XPOS is blanked in "
        f"{', '.join(corpus.blank_xpos) or 'no treebank'} (another tag scheme).\n")
    add("| role | file | sentences | words | license |")
    add("|---|---|---:|---:|---|")
    for row in rows:
        add(f"| {row['role']} | `{row['file']}` | {row.get('sentences', '?')} | {row.get('words', '?')} "
            f"| {row['license']} |")
    for role in ("train", "dev"):
        total = data.get(role) or {
            "sentences": sum(r.get("sentences", 0) for r in rows if r["role"] == role),
            "words": sum(r.get("words", 0) for r in rows if r["role"] == role)}
        add(f"{'' if role == 'dev' else chr(10)}- {role} total: {total['sentences']} sentences, "
            f"{total['words']} words")
    licenses = sorted({f"{r['file'].split('/')[0]}: {r['license']}" for r in rows if r["role"] != "test"})
    add("\nThe models derive from the train and dev treebanks, whose licenses apply: " + "; ".join(licenses)
        + "." + (" **Some are non-commercial (NC).**" if any("NC" in x for x in licenses) else "") + "\n")

    add("## Word vectors\n")
    if source.get("glove"):
        add(f"Static GloVe vectors (glove.6B, Wikipedia + Gigaword, lowercased, {source['rows']} words x "
            f"{source['dim']} dimensions, public domain PDDL) from the PyPI package `{package}`. Kept: the "
            f"{vectors['words']} most frequent forms, {vectors['dim']} dimensions (no reduction below the "
            f"source's {source['dim']}), saved as a Stanza pretrain (`{lang}/pretrain/{PACKAGE}.pt`).\n")
    spacy_vec = source.get("vectors", {})
    if not source.get("glove"):
        add(f"Static vectors taken from the spaCy package `{package}` "
            f"{source.get('version') or ''} (read directly from its `vocab/` files, without spaCy; "
            f"{', '.join(source.get('sources') or []) or 'fastText vectors'}; package license "
            f"{source.get('license') or '?'}). The package holds {spacy_vec.get('keys', '?')} keys mapped onto "
            f"{spacy_vec.get('vectors', '?')} unique {spacy_vec.get('width', '?')}-dimensional rows. Kept: the "
            f"{vectors['words']} most frequent lowercased forms (first occurrence wins), reduced to "
            f"{vectors['dim']} dimensions by PCA over the unique rows, saved as a Stanza pretrain "
            f"(`{lang}/pretrain/{PACKAGE}.pt`).\n")

    add("## Budget and hyperparameters\n")
    if not budget_recorded:
        add("_training.json missing: the defaults of `training.build.Budget` are shown._\n")
    add("| option | value |")
    add("|---|---|")
    for f in fields(Budget):
        if f.name in budget:
            add(f"| `--{f.name.replace('_', '-')}` | {budget[f.name]} |")
    add("\nOther settings (`training/build.py`): the parser uses Adam with learning rate 0.002; the "
        "tokenizer's maximum sequence length is three times the average training sentence length in "
        "characters, rounded up to a hundred; every trainer runs on one torch thread, two processors side by "
        "side; everything else is Stanza's default for that trainer. Each trainer keeps the model that "
        "scored best on the dev set (" + " + ".join(f"`{Path(f).name}`" for f in corpus.dev) + ").\n")

    add("## Training time\n")
    add("| processor | time |")
    add("|---|---:|")
    for processor in PROCESSORS:
        stage = stages.get(processor)
        if stage is None:
            add(f"| {processor} | not recorded |")
        else:
            note = "" if stage["source"] == "training.json" else " (from train.log timestamps)"
            add(f"| {processor} | {_minutes(stage['seconds'])}{note} |")
    if stages:
        add(f"| total (sum) | {_minutes(sum(s['seconds'] for s in stages.values()))} |")
    add("\nWall-clock time of each trainer, one torch thread each; trainers ran side by side, so they shared "
        "the machine's cores.\n")
    if record.get("notes"):
        add("## Notes on this build\n")
        for note in record["notes"]:
            add(f"- {note}")
        add("")

    add("## Files\n")
    add("| file | size |")
    add("|---|---:|")
    for name, size in result["files"].items():
        add(f"| `{lang}/{name}` | {_mb(size)} |")
    add(f"| **total** | **{_mb(result['total_bytes'])}** |\n")

    add("## Results\n")
    add("F1 scores (%) of the CoNLL 2018 shared task scorer (`stanza.models.common.utils.ud_scores`), "
        "from raw text: the text is rebuilt from the `# text` comments (documents and paragraphs split where "
        "the file marks them, otherwise sentences joined by a space) and run through the whole pipeline, so "
        "tokenization and sentence-splitting errors count against every later column.\n")
    add(results_table(result) + "\n")
    speed = result["speed"]
    mem = result["memory_mb"]
    add("## Cost\n")
    add(f"- load time: {result['load_seconds']:.1f} s (`stanza.Pipeline(...)`, all five processors)")
    add(f"- speed: {speed['tokens_per_second']:.0f} tokens/s on one thread (`torch.set_num_threads(1)`), "
        f"whole pipeline from raw text: {speed['tokens']} tokens in {speed['seconds']:.1f} s over the tests")
    add(f"- resident memory (VmRSS): {mem['after_load']:.0f} MB after loading "
        f"({mem['before_load']:.0f} MB before, with stanza and torch imported); peak (VmHWM) "
        f"{mem['peak']:.0f} MB by the end of the run")
    add(f"- machine: {env['cpu']}, {env['cores']} cores\n")

    add("## Rebuild\n")
    lang_flag = "" if lang == "fr" else f" --lang {lang}"
    rebuild = _rebuild_command(budget, record.get("warm_start"), record.get("pos_warm_start"))
    add(f"```sh\npip install -e '.[training]'   # {package} vectors, udtools scorer\n"
        f"{rebuild.replace(' build', lang_flag + ' build')}   "
        f"# resumable; logs in build/training/{lang}/<processor>/train.log\n"
        f"python -m training{lang_flag} evaluate   # this card and evaluation.json\n```\n")
    add("The treebanks are read from `../shared/ud` (`--ud` to change). A rebuild is not bit-for-bit "
        "identical (random initialisation), so its scores will differ slightly.\n")
    return "\n".join(out)
