"""The benchmark script's pure helpers (bench/bench.py); nothing here times anything or loads a model."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_script", ROOT / "bench" / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


def test_percentile_interpolates_between_ranks() -> None:
    values = [4.0, 1.0, 3.0, 2.0]
    assert bench.percentile(values, 0) == 1.0
    assert bench.percentile(values, 100) == 4.0
    assert bench.percentile(values, 50) == pytest.approx(2.5)
    assert bench.percentile(range(1, 101), 95) == pytest.approx(95.05)
    assert bench.percentile([7.0], 95) == 7.0
    assert bench.percentile([], 50) is None
    with pytest.raises(ValueError):
        bench.percentile([1.0], 101)


def test_latency_summary_in_milliseconds() -> None:
    summary = bench.latency_summary([0.1, 0.2, 0.3])
    assert summary["p50_ms"] == pytest.approx(200.0)
    assert summary["max_ms"] == pytest.approx(300.0)
    assert summary["n"] == 3
    assert bench.latency_summary([])["p95_ms"] is None


def test_workload_repeats_the_samples(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("deux", encoding="utf-8")
    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    samples = bench.load_samples(tmp_path)
    assert [s.name for s in samples] == ["a", "b"]
    workload = bench.build_workload(samples, 3)
    assert [a.name for a in workload] == ["a#0", "b#0", "a#1", "b#1", "a#2", "b#2"]
    assert [a.text for a in workload] == ["un", "deux"] * 3
    with pytest.raises(ValueError):
        bench.build_workload(samples, 0)


def test_load_samples_refuses_an_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        bench.load_samples(tmp_path)


def test_rates_and_ratios_tolerate_zero() -> None:
    assert bench.rate(10, 2.0) == 5.0
    assert bench.rate(10, 0.0) is None
    assert bench.ratio(3.0, 2.0) == 1.5
    assert bench.ratio(3.0, None) is None
    assert bench.ratio(None, 2.0) is None


def test_pss_from_smaps_rollup() -> None:
    text = "55e0-7ffc ---p 00000000 00:00 0   [rollup]\nRss:   1640 kB\nPss:    316 kB\nPss_Anon:  112 kB\n"
    assert bench.parse_pss_kb(text) == 316
    assert bench.parse_pss_kb("Rss: 1 kB\n") is None
    own = bench.pss_kb(os.getpid())
    assert own is None or own > 0


def test_children_of_this_process_are_found() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in bench.child_pids(os.getpid())
    finally:
        child.kill()
        child.wait()


def test_table_renders_missing_values_as_dashes() -> None:
    table = bench.render_table("title", ["path", "n/s"], [["a", 1.5], ["longer path", None]])
    lines = table.splitlines()
    assert lines[0] == "title"
    assert lines[1].startswith("path") and lines[1].endswith("n/s")
    assert lines[3].endswith("1.50") and lines[4].endswith("-")
    assert len({len(line) for line in lines[1:]}) == 1
