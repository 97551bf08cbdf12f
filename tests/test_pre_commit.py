"""The .pre-commit-hooks.yaml manifest, run for real by pre-commit against a temporary repository.

pre-commit clones this repository at its current commit and installs notelint
from it into an environment of its own (from PyPI), so this test is slow (tens
of seconds) and needs the registry; it checks that a bad note fails the hook
with notelint's findings and a good one passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"

pytestmark = pytest.mark.skipif(
    not PRE_COMMIT.exists() or shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs pre-commit (the test extra), git and a git checkout of notelint",
)


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def test_hook_fails_a_bad_note_and_passes_a_good_one(tmp_path: Path) -> None:
    rev = _git(ROOT, "rev-parse", "HEAD")
    repo = tmp_path / "notes"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {ROOT}\n  rev: {rev}\n  hooks:\n  - id: notelint\n", encoding="utf-8"
    )
    (repo / "good.txt").write_text(
        "Hi Priya,\n\nYou mentioned the backlog of vendor invoices; at Globex I cut a similar "
        "backlog by half with a weekly triage.\n\nI'm keen to join the finance team.\n\nBest,\nAna\n",
        encoding="utf-8",
    )
    (repo / "bad.txt").write_text(
        "Dear Hiring Manager,\n\nThank you for your time!!!\n\nBest,\n[Your Name]\n",
        encoding="utf-8",
    )
    _git(repo, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    env.pop("VIRTUAL_ENV", None)

    def run(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(PRE_COMMIT), "run", "--files", *files],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    failed = run("bad.txt", "good.txt")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "notelint" in failed.stdout and "Failed" in failed.stdout
    assert "bad.txt:6:1: error [template-placeholder]" in failed.stdout
    assert "good.txt: 100/100, ready to send" in failed.stdout
    assert not any(
        line.startswith("good.txt:") and "[" in line for line in failed.stdout.splitlines()
    )
    passed = run("good.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
