"""Development loop: score the extractor in-process on a gold set, with the parses cached on disk.

    python bench/dev_eval.py [--gold ../shared/gold --texts ../shared/samples] [--details]

Parses are cached under build/parse-cache (keyed by text and model files), so re-running after an
extractor change takes about a second. Scoring uses the project's scorer (../shared/eval/score.py).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.core import parse_documents, parse_published_at  # noqa: E402
from service.extract.pipeline import extract  # noqa: E402
from service.lang import tables_for  # noqa: E402
from service.settings import Settings  # noqa: E402


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _model_key(models: Path) -> str:
    h = hashlib.sha1()
    for f in sorted(models.rglob("*.pt")):
        h.update(f"{f}:{f.stat().st_mtime_ns}".encode())
    return h.hexdigest()[:12]


def parsed_docs(docs: list[dict], settings: Settings):
    cache = ROOT / "build" / "parse-cache"
    cache.mkdir(parents=True, exist_ok=True)
    key = f"{_model_key(settings.models_dir)}-{settings.parse_scope}"
    out, missing = {}, []
    for d in docs:
        f = cache / f"{d['stem']}-{hashlib.sha1(d['text'].encode()).hexdigest()[:10]}-{key}.pkl"
        if f.exists():
            out[d["stem"]] = pickle.loads(f.read_bytes())
        else:
            missing.append((d, f))
    if missing:
        from service.nlp import Parsers

        parsers = Parsers(settings)
        parsers.load()
        for d, f in missing:
            doc = parse_documents(parsers, [d["text"]], d["language"], settings.parse_scope == "all")[0]
            f.write_bytes(pickle.dumps(doc))
            out[d["stem"]] = doc
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--details", action="store_true", help="print matches, misses and false positives")
    args = ap.parse_args()
    score = _scorer(args.scorer)
    docs = score.load_set(args.gold, args.texts)
    settings = Settings.from_env()
    parsed = parsed_docs(docs, settings)
    predictions = {}
    import msgspec

    for d in docs:
        quotes, _ = extract(parsed[d["stem"]], tables_for(d["language"]),
                                parse_published_at(d.get("published_at")))
        predictions[d["stem"]] = {"quotes": msgspec.to_builtins(quotes), "latency": None, "error": None}
    summary, per_doc = score.score(docs, predictions)
    score.print_report("development set (in-process)", summary, per_doc)
    if args.details:
        for d in per_doc:
            print(f"\n### {d['id']}")
            for m in d["matches"]:
                flags = "".join(k[0].upper() if m[f"{k}_ok"] else "-" for k in ("speaker", "title", "verb", "date"))
                print(f"  OK {flags} {m['type']} {m['gold'][:50]!r}\n       spk={m['pred_speaker']} "
                      f"(gold {m['gold_speaker']}) title={m['pred_title']!r} (gold {m['gold_title']!r}) "
                      f"verb={m['pred_verb']} (gold {m['gold_verb']}) date={m['pred_date']} (gold {m['gold_date']})")
            for m in d["missed"]:
                print(f"  MISS {m['type']} {m['text']!r}")
            for m in d["false_positives"]:
                print(f"  FP   {m['type']} {m['text']!r}")
    print(score.score_line(summary))


if __name__ == "__main__":
    main()
