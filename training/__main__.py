"""`python -m training build|evaluate`: train the bundled Stanza models and write their model card."""

from __future__ import annotations

import argparse
import logging
from dataclasses import fields
from pathlib import Path

from training.build import PROCESSORS, Budget, Paths, build
from training.data import CORPORA

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("--lang", default="fr", choices=sorted(CORPORA))
    parser.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "ud",
                        help="folder of UD treebanks (default: ../shared/ud)")
    parser.add_argument("--models", type=Path, default=ROOT / "models", help="output resources directory")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "training",
                        help="work files: prepared data, checkpoints, logs")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="train every processor not yet built (resumable)")
    b.add_argument("--jobs", type=int, default=2, help="processors trained side by side (1 thread each)")
    b.add_argument("--only", default=",".join(PROCESSORS), help="comma-separated processors to build")
    b.add_argument("--retrain", default="", help="comma-separated processors to train again even though "
                   "installed (the parser continues from its checkpoint under --work when there is one)")
    for f in fields(Budget):
        b.add_argument("--" + f.name.replace("_", "-"), type=type(f.default), default=f.default,
                       help=f"default {f.default}")
    e = sub.add_parser("evaluate", help="score the assembled pipeline from raw text; write MODEL_CARD.md")
    e.add_argument("--limit", type=int, default=0, help="only the first N sentences of each test (quick check)")
    e.add_argument("--as-served", action="store_true",
                   help="repair sentence boundaries as the service does; results go to the work directory")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    paths = Paths(args.lang, args.work, args.models)
    if args.command == "build":
        budget = Budget(**{f.name: getattr(args, f.name) for f in fields(Budget)})
        only = tuple(p.strip() for p in args.only.split(",") if p.strip())
        retrain = tuple(p.strip() for p in args.retrain.split(",") if p.strip())
        build(args.lang, args.ud, paths, budget, args.jobs, only, retrain)
    else:
        from training.evaluate import evaluate

        evaluate(args.lang, args.ud, paths, args.limit, served=args.as_served)


if __name__ == "__main__":
    main()
