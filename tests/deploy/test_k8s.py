"""The Kubernetes manifests: schema-valid offline (kubernetes-validate --strict), and consistent with the app
and the image — probes on routes the app serves, one port from gunicorn's bind to the Service, non-root with a
read-only root filesystem, resources sized for the workers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.app import create_app
from tests.deploy.dockerfile import ROOT, runtime_stage

BIN = Path(sys.executable).parent
K8S = ROOT / "k8s"
MANIFESTS = sorted(p for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")
# The oldest Kubernetes still commonly run, and the newest kubernetes-validate ships schemas for.
KUBERNETES_VERSIONS = ("1.30.0", "1.37.0")
MEMORY_PER_WORKER_MI = 1100  # French and English pipelines, peak under a full batch


def load(name: str) -> dict[str, Any]:
    [doc] = [d for d in yaml.safe_load_all((K8S / name).read_text(encoding="utf-8")) if d]
    return doc


def cpu(quantity: str | int) -> float:
    text = str(quantity)
    return int(text[:-1]) / 1000 if text.endswith("m") else float(text)


def mebibytes(quantity: str | int) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?", str(quantity))
    assert match, f"unreadable memory quantity {quantity!r}"
    factor = {None: 1 / 2**20, "Ki": 1 / 2**10, "Mi": 1, "Gi": 2**10,
              "K": 1e3 / 2**20, "M": 1e6 / 2**20, "G": 1e9 / 2**20}[match.group(2)]
    return float(match.group(1)) * factor


@pytest.fixture(scope="module")
def deployment() -> dict[str, Any]:
    return load("deployment.yaml")


@pytest.fixture(scope="module")
def pod(deployment: dict[str, Any]) -> dict[str, Any]:
    return deployment["spec"]["template"]["spec"]


@pytest.fixture(scope="module")
def container(pod: dict[str, Any]) -> dict[str, Any]:
    [only] = pod["containers"]
    return only


@pytest.fixture(scope="module")
def env(container: dict[str, Any]) -> dict[str, str]:
    """The container's environment: the image's ENV, overridden by the manifest's."""
    values = runtime_stage().env()
    values.update({e["name"]: e["value"] for e in container.get("env", [])})
    return values


def container_port(container: dict[str, Any], port: str | int) -> int:
    if isinstance(port, int):
        return port
    [number] = [p["containerPort"] for p in container["ports"] if p.get("name") == port]
    return number


def test_manifests_are_valid_kubernetes_objects() -> None:
    assert {p.name for p in MANIFESTS} == {"deployment.yaml", "service.yaml", "hpa.yaml", "pdb.yaml"}
    versions = [arg for v in KUBERNETES_VERSIONS for arg in ("-k", v)]
    result = subprocess.run([str(BIN / "kubernetes-validate"), "--strict", "--quiet", *versions,
                             *map(str, MANIFESTS)], capture_output=True, text=True, timeout=120, check=False)
    # --quiet prints only problems; an unknown kind or apiVersion is only a WARN line with exit status 0.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_kustomization_lists_every_manifest(container: dict[str, Any]) -> None:
    kustomization = load("kustomization.yaml")
    assert kustomization["kind"] == "Kustomization"
    assert sorted(kustomization["resources"]) == sorted(p.name for p in MANIFESTS)
    images = {i["name"]: i for i in kustomization.get("images", [])}
    image = images[container["image"].split(":")[0]]
    assert image.get("newTag") and image["newTag"] != "latest"


def test_probes_point_at_routes_the_app_serves(container: dict[str, Any]) -> None:
    served = {(method, route.path) for route in create_app().routes for method in route.methods}
    probes = {kind: container[kind]["httpGet"] for kind in ("startupProbe", "livenessProbe", "readinessProbe")}
    for kind, probe in probes.items():
        assert ("GET", probe["path"]) in served, f"{kind} {probe['path']} is not a GET route of the app"
        assert container_port(container, probe["port"]) == container["ports"][0]["containerPort"], kind
    # Liveness must not depend on the models: a worker still loading is alive, only not ready.
    assert probes["livenessProbe"]["path"] == "/healthz"
    assert probes["readinessProbe"]["path"] == "/readyz"


def test_startup_probe_allows_for_model_loading(container: dict[str, Any]) -> None:
    probe = container["startupProbe"]
    budget = probe.get("initialDelaySeconds", 0) + probe.get("periodSeconds", 10) * probe.get("failureThreshold", 3)
    assert budget >= 60


def test_one_port_from_gunicorn_to_the_service(container: dict[str, Any], env: dict[str, str],
                                               deployment: dict[str, Any]) -> None:
    [port] = container["ports"]
    assert port["name"] == "http"
    # What service/gunicorn_conf.py binds with this environment.
    conf_env = {**os.environ, **{k: env[k] for k in ("HOST", "PORT", "WEB_CONCURRENCY")}}
    bound = subprocess.run(
        [sys.executable, "-c", "import service.gunicorn_conf as c; print(c.bind[0], c.workers)"],
        cwd=ROOT, env=conf_env, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.split()
    assert bound == [f"0.0.0.0:{port['containerPort']}", env["WEB_CONCURRENCY"]]
    assert runtime_stage().all("EXPOSE") == [str(port["containerPort"])]

    service = load("service.yaml")
    assert service["spec"]["type"] == "ClusterIP"
    [service_port] = service["spec"]["ports"]
    assert service_port["port"] == 80
    assert container_port(container, service_port["targetPort"]) == port["containerPort"]
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= pod_labels.items()
    assert deployment["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()


def test_runs_as_the_image_user_without_privileges(pod: dict[str, Any], container: dict[str, Any]) -> None:
    image_user = int(runtime_stage().all("USER")[-1].split(":")[0])
    pod_sc, sc = pod["securityContext"], container["securityContext"]
    assert {**pod_sc, **sc}["runAsNonRoot"] is True
    assert {**pod_sc, **sc}["runAsUser"] == image_user != 0
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"]["drop"] == ["ALL"]
    assert not sc["capabilities"].get("add")
    assert {**pod_sc, **sc}["seccompProfile"]["type"] == "RuntimeDefault"
    assert sc.get("privileged", False) is False


def test_every_written_path_is_a_volume(pod: dict[str, Any], container: dict[str, Any],
                                        env: dict[str, str]) -> None:
    """With a read-only root filesystem: /tmp, the metrics directory, and /dev/shm (gunicorn's worker_tmp_dir
    when it exists) must be emptyDirs."""
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: volumes[m["name"]] for m in container["volumeMounts"]}
    assert all("emptyDir" in v for v in mounts.values())
    assert "/tmp" in mounts
    assert env["PROMETHEUS_MULTIPROC_DIR"] in mounts
    assert mounts["/dev/shm"]["emptyDir"].get("medium") == "Memory"
    assert 'worker_tmp_dir = "/dev/shm"' in (ROOT / "service" / "gunicorn_conf.py").read_text(encoding="utf-8")


def test_resources_fit_the_workers(pod: dict[str, Any], container: dict[str, Any], env: dict[str, str]) -> None:
    resources = container["resources"]
    for kind in ("cpu", "memory"):
        assert kind in resources["requests"] and kind in resources["limits"], kind
    assert cpu(resources["requests"]["cpu"]) <= cpu(resources["limits"]["cpu"])
    assert mebibytes(resources["requests"]["memory"]) <= mebibytes(resources["limits"]["memory"])

    workers, threads = int(env["WEB_CONCURRENCY"]), int(env["QUOTES_TORCH_THREADS"])
    assert workers * threads == cpu(resources["limits"]["cpu"])
    # Memory-backed emptyDirs count against the container's memory limit.
    in_memory = sum(mebibytes(v["emptyDir"]["sizeLimit"]) for v in pod["volumes"]
                    if v.get("emptyDir", {}).get("medium") == "Memory")
    assert workers * MEMORY_PER_WORKER_MI + in_memory <= mebibytes(resources["limits"]["memory"])


def test_autoscaling_and_disruption_budget(deployment: dict[str, Any]) -> None:
    hpa, pdb = load("hpa.yaml"), load("pdb.yaml")
    target = hpa["spec"]["scaleTargetRef"]
    assert (hpa["apiVersion"], target["kind"], target["name"]) == ("autoscaling/v2", "Deployment",
                                                                   deployment["metadata"]["name"])
    [metric] = hpa["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu"
    assert metric["resource"]["target"] == {"type": "Utilization", "averageUtilization": 70}
    # The HPA owns the replica count; a fixed one in the Deployment would be reset on every apply.
    assert "replicas" not in deployment["spec"]
    assert pdb["spec"]["minAvailable"] == 1
    assert hpa["spec"]["minReplicas"] > pdb["spec"]["minAvailable"], "a node drain must be able to evict a pod"
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
