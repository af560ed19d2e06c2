"""Build the in-house Stanza pipeline (tokenize, mwt, pos, lemma, depparse) with Stanza's own trainers.

Each processor is one stage run in its own process (one torch thread each: two 1-thread jobs use two
cores better than one 2-thread job). A stage is skipped when its model is already in the output directory;
the parser continues from its checkpoint when re-run; the others restart (the tokenizer and tagger cannot
resume in Stanza), so size their budgets to fit one session.
"""

from __future__ import annotations

import json
import logging
import math
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from training.data import CORPORA, Corpus, concatenate

log = logging.getLogger("training")

PACKAGE = "inhouse"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
# Longest first: with two jobs the parser (trained on gold tags, so it needs no other stage) runs beside the
# tagger -> tokenize -> mwt -> lemma chain, and the two take about as long.
SCHEDULE = ("depparse", "pos", "tokenize", "mwt", "lemma")


@dataclass
class Budget:
    """Training budget and sizes per processor (the options of `training build`)."""

    tokenize_steps: int = 3000
    mwt_epochs: int = 10
    lemma_epochs: int = 3
    pos_steps: int = 1200
    pos_batch: int = 50
    pos_char_hidden: int = 200
    # 1: XPOS and UFeats classifiers share UPOS's hidden layer (Stanza's --share_hid), linear instead of
    # biaffine. On CPU the biaffine heads' backward pass (torch's trilinear) took ~75 % of a tagger step.
    pos_share_hid: int = 0
    # A tagger model (same pretrain and sizes) whose weights start the run, with a fresh optimizer and dev
    # history; Stanza's tagger has no --continue_from, so training/warm_tagger.py supplies one. Empty: none.
    pos_warm_start: str = ""
    # Adam's learning rate for the tagger (Stanza's default); a warm-started run anneals at a tenth of it.
    pos_lr: float = 0.003
    depparse_steps: int = 2000
    depparse_batch: int = 1000
    depparse_hidden: int = 200
    depparse_char_hidden: int = 200
    # The deprel scorer is a (d+1) x (d+1) x labels bilinear: at d=400 it holds 9.3M of the parser's 15.8M
    # weights and most of its training time on CPU; 200 quarters both.
    depparse_biaffine: int = 200
    # A parser model (same pretrain and sizes) whose weights start the run, with a fresh optimizer and dev
    # history (Stanza's --continue_from): more steps for a model whose work directory is gone. Empty: none.
    depparse_warm_start: str = ""
    # Adam's learning rate for the parser. A warm-started run can anneal at a tenth of it, as Stanza's own
    # second training stage does (its --second_lr is 0.0002).
    depparse_lr: float = 0.002
    eval_interval: int = 250
    vector_words: int = 100_000
    vector_dim: int = 100
    # empty: the language's own source (Corpus.vectors)
    vector_package: str = ""


@dataclass
class Paths:
    """Where a language's build keeps its work files and writes its models."""

    lang: str
    work: Path
    models: Path

    @property
    def data(self) -> Path:
        return self.work / "data"

    def train(self) -> Path:
        return self.data / f"{self.lang}.train.conllu"

    def dev(self) -> Path:
        return self.data / f"{self.lang}.dev.conllu"

    def model(self, processor: str) -> Path:
        return self.models / self.lang / processor / f"{PACKAGE}.pt"

    def pretrain(self) -> Path:
        return self.models / self.lang / "pretrain" / f"{PACKAGE}.pt"

    def stage_dir(self, processor: str) -> Path:
        return self.work / self.lang / processor


@dataclass
class StageReport:
    processor: str
    seconds: float
    skipped: bool = False
    extra: dict = field(default_factory=dict)


def prepare(corpus: Corpus, ud_dir: Path, paths: Paths, budget: Budget) -> dict:
    """Concatenate the treebanks, make the tokenizer's label files and the word-vector pretrain."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    paths.data.mkdir(parents=True, exist_ok=True)
    stats = {}
    for name, files, target in (("train", corpus.train, paths.train()), ("dev", corpus.dev, paths.dev())):
        if not target.exists():
            stats[name] = concatenate(ud_dir, files, target, corpus)
        txt = target.with_suffix(".txt")
        labels = target.with_suffix(".toklabels")
        mwt = target.with_suffix(".mwt.json")
        if not labels.exists():
            conllu_to_text.main([str(target), str(txt)])
            prepare_tokenizer_data.main([str(txt), str(target), "-o", str(labels), "-m", str(mwt)])
    if not paths.pretrain().exists():
        from training.vectors import build_pretrain

        stats["vectors"] = build_pretrain(budget.vector_package or corpus.vectors, paths.pretrain(),
                                          budget.vector_words, budget.vector_dim)
    return stats


def _avg_sentence_chars(labels: Path) -> float:
    text = labels.read_text(encoding="utf-8")
    sentences = max(1, text.count("2") + text.count("4"))
    return len(text) / sentences


def stage_args(processor: str, paths: Paths, budget: Budget) -> tuple[str, list[str]]:
    """The Stanza module and arguments that train one processor."""
    work = paths.stage_dir(processor)
    train, dev = str(paths.train()), str(paths.dev())
    common = ["--lang", paths.lang, "--shorthand", f"{paths.lang}_{PACKAGE}", "--save_dir", str(work),
              "--save_name", f"{processor}.pt"]
    pretrain = ["--wordvec_pretrain_file", str(paths.pretrain())]
    if processor == "tokenize":
        labels = paths.train().with_suffix(".toklabels")
        seqlen = max(100, math.ceil(_avg_sentence_chars(labels) * 3 / 100) * 100)
        return "stanza.models.tokenizer", common + [
            "--mode", "train",
            "--txt_file", str(paths.train().with_suffix(".txt")), "--label_file", str(labels),
            "--dev_txt_file", str(paths.dev().with_suffix(".txt")),
            "--dev_label_file", str(paths.dev().with_suffix(".toklabels")),
            "--dev_conll_gold", dev, "--mwt_json_file", str(paths.dev().with_suffix(".mwt.json")),
            "--max_seqlen", str(seqlen), "--steps", str(budget.tokenize_steps),
            "--eval_steps", str(budget.eval_interval)]
    if processor == "mwt":
        return "stanza.models.mwt_expander", common + [
            "--mode", "train", "--train_file", train, "--eval_file", dev, "--gold_file", dev,
            "--output_file", str(work / "dev.pred.conllu"), "--num_epoch", str(budget.mwt_epochs)]
    if processor == "lemma":
        return "stanza.models.lemmatizer", common[2:] + [
            "--mode", "train", "--train_file", train, "--eval_file", dev,
            "--output_file", str(work / "dev.pred.conllu"), "--num_epoch", str(budget.lemma_epochs)]
    if processor == "pos":
        return "stanza.models.tagger", common + pretrain + [
            "--mode", "train", "--train_file", train, "--eval_file", dev,
            "--output_file", str(work / "dev.pred.conllu"), "--max_steps", str(budget.pos_steps),
            "--batch_size", str(budget.pos_batch), "--char_hidden_dim", str(budget.pos_char_hidden),
            "--eval_interval", str(budget.eval_interval), "--lr", str(budget.pos_lr),
            "--fix_eval_interval"] + (["--share_hid"] if budget.pos_share_hid else [])
    if processor == "depparse":
        return "stanza.models.parser", common + pretrain + [
            "--mode", "train", "--train_file", train, "--eval_file", dev,
            "--output_file", str(work / "dev.pred.conllu"), "--max_steps", str(budget.depparse_steps),
            "--batch_size", str(budget.depparse_batch), "--hidden_dim", str(budget.depparse_hidden),
            "--char_hidden_dim", str(budget.depparse_char_hidden),
            "--deep_biaff_hidden_dim", str(budget.depparse_biaffine),
            "--optim", "adam", "--lr", str(budget.depparse_lr), "--eval_interval", str(budget.eval_interval),
            "--checkpoint_save_name", str(work / "checkpoint.pt")] + (
            ["--continue_from", budget.depparse_warm_start] if budget.depparse_warm_start else [])
    raise ValueError(f"unknown processor {processor}")


def run_stage(processor: str, paths: Paths, budget: Budget, threads: int = 1,
              retrain: bool = False) -> StageReport:
    """Train one processor in a subprocess, then install its best model under models/."""
    target = paths.model(processor)
    if target.exists() and not retrain:
        log.info("[%s] done already (%s): skipped", processor, target)
        return StageReport(processor, 0.0, skipped=True)
    module, args = stage_args(processor, paths, budget)
    work = paths.stage_dir(processor)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    logfile = work / "train.log"
    log.info("[%s] training: python -m %s (log: %s)", processor, module, logfile)
    start = time.monotonic()
    with logfile.open("a", encoding="utf-8") as out:
        code = [f"import torch; torch.set_num_threads({threads})"]
        if processor == "pos" and budget.pos_warm_start:
            code.append(f"from training.warm_tagger import start_from; start_from({budget.pos_warm_start!r})")
        code += [
                f"import sys, runpy; sys.argv = [{module!r}] + {args!r}",
                f"runpy.run_module({module!r}, run_name='__main__')"]
        proc = subprocess.run([sys.executable, "-c", "\n".join(code)], stdout=out, stderr=subprocess.STDOUT,
                              env=env, check=False)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise RuntimeError(f"[{processor}] training failed (exit {proc.returncode}); see {logfile}")
    trained = work / f"{processor}.pt"
    if not trained.exists():
        raise RuntimeError(f"[{processor}] finished without writing {trained}; see {logfile}")
    install(trained, target)
    log.info("[%s] finished in %.1f min -> %s", processor, seconds / 60, target)
    return StageReport(processor, seconds)


def install(trained: Path, target: Path) -> None:
    """Copy a trained model into the resources directory, weights stored as float16 where that halves it."""
    from training.compact import compact

    before, after = compact(trained, target)
    log.info("installed %s: %.1f MB (%.1f MB as trained)", target, after / 1e6, before / 1e6)


def write_resources(paths: Paths) -> Path:
    """The resources.json a Stanza Pipeline needs even with download_method=None."""
    resources_file = paths.models / "resources.json"
    resources = json.loads(resources_file.read_text()) if resources_file.exists() else {}
    deps = [{"model": "pretrain", "package": PACKAGE}]
    entry: dict = {"lang_name": CORPORA[paths.lang].name or paths.lang,
                   "default_processors": {p: PACKAGE for p in PROCESSORS},
                   "default_dependencies": {"pos": deps, "depparse": deps},
                   "pretrain": {PACKAGE: {}},
                   # what `stanza.Pipeline(lang, dir=..., download_method=None)` resolves `package="default"` to
                   "packages": {"default": {p: PACKAGE for p in PROCESSORS}}}
    for processor in PROCESSORS:
        entry[processor] = {PACKAGE: {"dependencies": deps} if processor in ("pos", "depparse") else {}}
    resources[paths.lang] = entry
    resources_file.write_text(json.dumps(resources, indent=2, sort_keys=True) + "\n")
    return resources_file


def merged_budget(recorded: dict, budget: Budget, trained: list[str]) -> dict:
    """The budget the bundled models were built with: a run that trained only some processors (`--only`)
    changes only their fields, so the record still describes the processors it left alone."""
    current = asdict(budget)
    if not recorded:
        return current
    shared = [name for name in current if not name.startswith(PROCESSORS)]
    owned = [name for name in current if name.startswith(tuple(trained))]
    return recorded | {name: current[name] for name in owned + (shared if set(trained) == set(PROCESSORS) else [])}


def build(lang: str, ud_dir: Path, paths: Paths, budget: Budget, jobs: int,
          only: tuple[str, ...] = PROCESSORS, retrain: tuple[str, ...] = ()) -> list[StageReport]:
    corpus = CORPORA[lang]
    t0 = time.monotonic()
    stats = prepare(corpus, ud_dir, paths, budget)
    log.info("data ready in %.1f s", time.monotonic() - t0)
    order = [p for p in SCHEDULE if p in only]
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        reports = list(pool.map(lambda p: run_stage(p, paths, budget, retrain=p in retrain), order))
    write_resources(paths)
    record = paths.models / lang / "training.json"
    history = json.loads(record.read_text()) if record.exists() else {"stages": {}}
    trained = [r.processor for r in reports if not r.skipped]
    history["budget"] = merged_budget(history.get("budget", {}), budget, trained)
    history["data"] = history.get("data", {}) | stats
    for report in reports:
        if not report.skipped:
            history["stages"][report.processor] = {"seconds": round(report.seconds, 1)}
    record.write_text(json.dumps(history, indent=2) + "\n")
    log.info("build finished in %.1f min", (time.monotonic() - t0) / 60)
    return reports
