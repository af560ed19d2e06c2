"""Raw-text reconstruction, the --limit cut and the scorer call of `training evaluate` (no models needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.build import Paths
from training.evaluate import (
    METRICS,
    count_words,
    cut,
    file_sizes,
    raw_text,
    read_sentences,
    render_card,
    score,
    sentence_text,
    write_conllu,
)

UD = Path(__file__).resolve().parents[2].parent / "shared" / "ud"


def _sent(sid: str, text: str | None, forms: list[tuple[str, str]], *comments: str) -> list[str]:
    lines = [*comments, f"# sent_id = {sid}"]
    if text is not None:
        lines.append(f"# text = {text}")
    head = 0
    for i, (form, misc) in enumerate(forms, 1):
        lines.append(f"{i}\t{form}\t{form.lower()}\tX\t_\t_\t{head}\t{'root' if head == 0 else 'dep'}\t_\t{misc}")
        head = 1
    return lines


def test_sentences_joined_by_space_when_no_breaks():
    s1 = _sent("1", "Il pleut.", [("Il", "_"), ("pleut", "SpaceAfter=No"), (".", "_")])
    s2 = _sent("2", "Il vente.", [("Il", "_"), ("vente", "SpaceAfter=No"), (".", "_")])
    assert raw_text([s1, s2]) == "Il pleut. Il vente."


def test_documents_and_paragraphs_split_by_blank_line():
    sents = [
        _sent("1", "A un.", [], "# newdoc id = d1"),
        _sent("2", "A deux.", []),
        _sent("3", "B un.", [], "# newpar"),
        _sent("4", "C un.", [], "# newdoc id = d2", "# newpar id = d2-p1"),
        _sent("5", "C deux.", []),
    ]
    assert raw_text(sents) == "A un. A deux.\n\nB un.\n\nC un. C deux."


def test_text_rebuilt_from_tokens_when_comment_missing():
    sent = ["# sent_id = 1",
            "1-2\tdu\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_",
            "2\tle\tle\tDET\t_\t_\t3\tdet\t_\t_",
            "3\tpain\tpain\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No",
            "3.1\tx\tx\tX\t_\t_\t_\t_\t0:root\t_",
            "4\t!\t!\tPUNCT\t_\t_\t3\tpunct\t_\tSpaceAfter=No"]
    assert sentence_text(sent) == "du pain!"
    assert count_words(sent) == 4
    # `# text_en` and the like are not the sentence's text
    assert sentence_text(["# text_en = Bread!", *sent[1:]]) == "du pain!"


def test_limit_cuts_gold_the_same_way(tmp_path):
    sents = [_sent(str(i), f"Phrase {i}.", [("Phrase", "_"), (f"{i}", "SpaceAfter=No"), (".", "_")])
             for i in range(5)]
    source = write_conllu(sents, tmp_path / "gold.conllu")

    assert cut(sents, 0) == sents
    assert cut(sents, 10) == sents
    head = read_sentences(source, 2)
    assert head == sents[:2]
    gold = write_conllu(head, tmp_path / "cut.conllu")
    assert raw_text(head) == "Phrase 0. Phrase 1."
    assert gold.read_text(encoding="utf-8").count("# sent_id") == 2
    # the cut gold scores perfectly against a system file that holds the same sentences
    scores = score(gold, gold)
    assert all(scores[m]["f1"] == 1.0 for m in METRICS)
    assert scores["Sentences"]["gold"] == 2


def test_scorer_counts_errors(tmp_path):
    gold = write_conllu([_sent("1", "Il pleut.", [("Il", "_"), ("pleut", "SpaceAfter=No"), (".", "_")])],
                        tmp_path / "gold.conllu")
    system = tmp_path / "system.conllu"
    system.write_text(gold.read_text(encoding="utf-8").replace("\tpleut\tpleut\t", "\tpleut\tpleuvoir\t"),
                      encoding="utf-8")
    scores = score(gold, system)
    assert scores["Tokens"]["f1"] == 1.0
    assert scores["Lemmas"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


@pytest.mark.skipif(not UD.exists(), reason="../shared/ud not present")
@pytest.mark.parametrize("rel", ["UD_French-GSD/fr_gsd-ud-test.conllu", "UD_French-PUD/fr_pud-ud-test.conllu"])
def test_real_test_files_rebuild_their_characters(rel):
    """The scorer needs the system's characters to match gold's: the rebuilt text must hold the same ones."""
    sents = read_sentences(UD / rel, 50)
    text = raw_text(sents)
    forms = []
    for s in sents:
        skip = 0
        for line in s:
            cols = line.split("\t")
            if line.startswith("#") or "." in cols[0]:
                continue
            if "-" in cols[0]:
                skip = int(cols[0].split("-")[1])
            elif int(cols[0]) <= skip:
                continue
            forms.append(cols[1])
    assert "".join(text.split()) == "".join("".join(forms).split())
    assert ("\n\n" in text) == ("PUD" in rel)  # PUD marks its documents, GSD test does not


def test_card_renders_without_training_record(tmp_path):
    paths = Paths("fr", tmp_path / "work", tmp_path / "models")
    (paths.models / "fr" / "pos").mkdir(parents=True)
    (paths.models / "fr" / "pos" / "inhouse.pt").write_bytes(b"x" * 1000)
    (paths.models / "fr" / "MODEL_CARD.md").write_text("old")
    sizes = file_sizes(paths.models / "fr")
    assert sizes == {"pos/inhouse.pt": 1000}  # the card and evaluation.json are outputs, not counted
    result = {"lang": "fr", "date": "today", "limit": 20, "processors": ["tokenize", "pos"],
              "environment": {"stanza": "1", "torch": "2", "python": "3.11", "cpu": "cpu", "cores": 2,
                              "torch_threads": 1},
              "load_seconds": 1.0, "memory_mb": {"before_load": 1, "after_load": 2, "peak": 3},
              "speed": {"tokens": 10, "words": 11, "seconds": 1.0, "tokens_per_second": 10.0},
              "tests": {"GSD test": {"sentences": 20, "f1": dict.fromkeys(METRICS, 91.234)},
                        "PUD": {"sentences": 20, "f1": dict.fromkeys(METRICS, 80.0)}},
              "files": sizes, "total_bytes": 1000}
    card = render_card(result, paths, tmp_path / "no-ud")
    assert "Quick check only" in card
    assert "| GSD test | 20 | 91.23 |" in card
    assert "| PUD | 20 | 80.00 |" in card
    assert "python -m training build" in card and "python -m training evaluate" in card
    assert "training.json missing" in card
    json.dumps(result)


def test_log_seconds_sums_runs(tmp_path):
    from training.evaluate import log_seconds

    log = tmp_path / "train.log"
    log.write_text("2026-01-01 10:00:00 INFO: Running parser in train mode\n"
                   "2026-01-01 10:05:00 INFO: Finished STEP 20/2000\n"
                   "Traceback (most recent call last):\n"
                   "2026-01-01 11:00:00 INFO: Running parser in train mode\n"
                   "2026-01-01 11:01:30 INFO: Finished STEP 40/2000\n")
    assert log_seconds(log) == 300 + 90
    assert log_seconds(tmp_path / "missing.log") is None
