"""The production image's Dockerfile: hadolint-clean, multi-stage, CPU-only torch, non-root, models baked in,
gunicorn bound to all interfaces on the exposed port."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.deploy.dockerfile import DOCKERFILE, ROOT, stages

BIN = Path(sys.executable).parent
RUNTIME_USER = "10001"


def test_hadolint_reports_nothing() -> None:
    result = subprocess.run([str(BIN / "hadolint"), "--no-color", str(DOCKERFILE)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_builder_installs_cpu_torch_then_the_base_package() -> None:
    builder = stages()[0]
    runs = " ".join(builder.all("RUN"))
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    [torch] = [p for p in pins if p.startswith("torch==")]
    assert f"{torch} --index-url https://download.pytorch.org/whl/cpu" in runs
    assert runs.index(torch) < runs.index("pip install --no-cache-dir .")
    assert not re.search(r"pip install [^&;]*\.\[", runs), "no dev/training extras in the image"
    assert "python -m venv /opt/venv" in runs


def test_runtime_stage_is_slim_non_root_and_has_no_build_tools() -> None:
    all_stages = stages()
    runtime = all_stages[-1]
    assert len(all_stages) >= 2
    assert runtime.base == "python:3.11-slim"
    assert all_stages[0].base == runtime.base, "the venv's interpreter path must exist in the runtime stage"
    runs = " ".join(runtime.all("RUN"))
    assert not re.search(r"apt-get|apk |gcc|build-essential|pip install", runs), runs
    assert runtime.all("USER")[-1].split(":")[0] == RUNTIME_USER
    assert f"--uid {RUNTIME_USER}" in runs
    copies = runtime.all("COPY")
    assert "--from=builder /opt/venv /opt/venv" in copies
    assert any(c.startswith("--from=") and c.endswith(" /app/models") for c in copies)


def test_runtime_environment_serves_the_bundled_models_on_the_exposed_port() -> None:
    runtime = stages()[-1]
    env = runtime.env()
    assert env["PYTHONUNBUFFERED"] == "1"
    assert env["QUOTES_MODELS_DIR"] == "/app/models"
    assert env["QUOTES_MODEL_SOURCE"] == "${STANZA_MODELS}"
    assert env["HOST"] == "0.0.0.0"
    assert runtime.all("EXPOSE") == [env["PORT"]] == ["8000"]
    assert "/opt/venv/bin" in env["PATH"].split(":")[0]


def test_command_runs_gunicorn_with_the_service_config() -> None:
    runtime = stages()[-1]
    [cmd] = runtime.all("CMD")
    assert json.loads(cmd) == ["gunicorn", "-c", "python:service.gunicorn_conf", "service.app:app"]
    assert not runtime.all("ENTRYPOINT")
    [health] = runtime.all("HEALTHCHECK")
    exec_form = json.loads(health[health.index("CMD") + 3:])
    assert exec_form[:2] == ["python", "-c"]
    assert "urllib.request" in exec_form[2] and "/healthz" in exec_form[2]
    compile(exec_form[2], "HEALTHCHECK", "exec")


def test_official_models_are_a_build_argument() -> None:
    models = next(s for s in stages() if s.name == "models")
    assert "STANZA_MODELS=bundled" in models.all("ARG")
    assert "models /models" in models.all("COPY")
    [run] = models.all("RUN")
    assert "QUOTES_MODEL_SOURCE=official QUOTES_MODELS_DIR=/models quotes download-models" in run
    assert "exit 1" in run, "an unknown STANZA_MODELS must fail the build"


def test_dockerignore_keeps_the_context_small_but_complete() -> None:
    patterns = {line.strip().rstrip("/") for line in (ROOT / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    assert {".venv", "build", ".git", "tests", ".pytest_cache", ".ruff_cache", "**/__pycache__"} <= patterns
    needed = {"pyproject.toml", "README.md", "service", "models"}
    assert not needed & patterns
    assert not any(p in {"*", "**"} or p.startswith("!") for p in patterns)
