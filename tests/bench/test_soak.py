"""The load and fault test (`make soak`), run short: 2 gunicorn workers, mixed traffic, a worker killed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _soak_module():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("soak_script", ROOT / "bench" / "soak.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_error_path_is_in_the_rotation() -> None:
    soak = _soak_module()
    plan = soak.cases(["Il a dit « oui ».", "Elle a dit « non ».", "« Peut-être », a-t-il répondu."], 1000)
    expected = {c.expected for c in plan}
    assert expected == {200, 400, 413, 415, 422}
    assert {c.path for c in plan} == {"/v1/quotes", "/v1/quotes/batch"}
    oversized = next(c for c in plan if c.expected == 413)
    assert len(oversized.body) > 1000


def test_judge_excuses_only_failures_at_the_kill() -> None:
    soak = _soak_module()
    kill = soak.Kill(pid=1, at=10.0)
    outcomes = [
        soak.Outcome("a", 200, "RemoteProtocolError", 9.0, 10.2),  # in flight on the dying worker
        soak.Outcome("b", 200, "502", 10.1, 10.3),  # sent as it died
        soak.Outcome("c", 422, "500", 20.0, 20.5),  # long after: a real failure
        soak.Outcome("d", 200, "200", 9.5, 12.0),
        soak.Outcome("e", 415, "200", 9.9, 10.1),  # a wrong 2xx is never excused
    ]
    verdict = soak.judge(outcomes, kill)
    assert verdict["excused_at_kill"] == 2
    assert [o["case"] for o in verdict["unexpected"]] == ["c", "e"]


def test_soak_short_run(tmp_path: Path) -> None:
    report = tmp_path / "soak.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--seconds", "25", "--clients", "4",
         "--json", str(report)],
        capture_output=True, text=True, timeout=600, cwd=ROOT, check=False)
    assert report.exists(), proc.stderr[-3000:]
    result = json.loads(report.read_text())
    print(proc.stdout)
    assert proc.returncode == 0, (result["failures"], result["unexpected"], proc.stderr[-2000:])
    assert result["statuses"].get("200", 0) > 0
    assert result["faults"]["killed_worker"] and result["faults"]["replaced_by"]
    assert result["workers_at_end"] == 2 and result["master_alive"]
    assert not result["unexpected"]
