"""End to end on the bundled models: `training evaluate --limit 20`. Needs models/ (committed), not training."""

from __future__ import annotations

import json
from pathlib import Path

from training.build import PROCESSORS, Paths
from training.evaluate import METRICS, evaluate

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"
UD = ROOT.parent / "shared" / "ud"


def test_evaluate_quick_check_on_bundled_models(tmp_path):
    paths = Paths("fr", tmp_path, MODELS)
    missing = [str(paths.model(p)) for p in PROCESSORS if not paths.model(p).exists()]
    assert not missing, f"bundled models missing: {missing} (python -m training build)"
    assert (MODELS / "resources.json").exists()
    assert UD.exists(), f"{UD} missing: the held-out test treebanks are needed"
    card = MODELS / "fr" / "MODEL_CARD.md"
    before = card.stat().st_mtime_ns if card.exists() else None

    result = evaluate("fr", UD, paths, limit=20)

    assert set(result["tests"]) == {"GSD test", "PUD"}
    for name, test in result["tests"].items():
        assert test["sentences"] == 20
        gold_sentences = test["scores"]["Sentences"]["gold"]
        assert gold_sentences == 20, name  # gold is cut like the input
        f1 = test["f1"]
        assert set(METRICS) <= set(f1)
        assert f1["Tokens"] > 90, (name, f1)
        assert f1["UPOS"] > 75, (name, f1)
        assert f1["LAS"] > 50, (name, f1)
    assert result["load_seconds"] > 0 and result["speed"]["tokens_per_second"] > 0
    memory = result["memory_mb"]
    # RSS can shrink while loading (freed pages of earlier tests), so only the high-water mark is ordered
    assert memory["before_load"] > 0 and memory["after_load"] > 0
    assert memory["peak"] >= memory["after_load"]
    assert result["total_bytes"] == sum(result["files"].values())
    assert {f"{p}/inhouse.pt" for p in (*PROCESSORS, "pretrain")} <= set(result["files"])
    # a --limit run writes its card beside the work files and leaves the published one alone
    assert (tmp_path / "eval" / "MODEL_CARD.md").exists()
    assert json.loads((tmp_path / "eval" / "evaluation.json").read_text())["limit"] == 20
    assert (card.stat().st_mtime_ns if card.exists() else None) == before


def test_over_long_tokens_get_their_characters_back() -> None:
    """Stanza's tokenizer prints very long tokens (URLs) as <UNK>; the scorer needs the real characters."""
    import stanza

    from training.evaluate import restore_long_tokens

    nlp = stanza.Pipeline("fr", dir=str(MODELS), processors="tokenize", download_method=None,
                          logging_level="WARN")
    url = "https://example.org/recherche?q=" + "x" * 400
    text = f"Voir {url} ici."
    doc = nlp(text)
    assert restore_long_tokens(doc, text) == 1
    assert [t.text for t in doc.iter_tokens()] == ["Voir", url, "ici", "."]
