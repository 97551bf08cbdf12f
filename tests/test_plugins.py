"""Plugins: rules from other distributions, found through the ``notelint.rules`` entry points.

``tests/plugin_dist`` is a real (unpacked) distribution: a module and its
``.dist-info`` folder. Putting the folder on ``sys.path`` installs it as far as
``importlib.metadata`` is concerned, which is exactly how notelint finds plugins.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from notelint import Settings, lint_text
from notelint.errors import PluginError
from notelint.model import Report
from notelint.registry import BUILTIN, discover
from notelint.rules import BUILTIN_RULES

Cli = Callable[..., Any]  # the ``cli`` fixture (returns a CliResult)
AssertFindings = Callable[..., Report]  # the ``assert_findings`` fixture

PLUGIN_DIST = Path(__file__).resolve().parent / "plugin_dist"
SALARY_DIST = "notelint-salary-plugin"
NOTE = "Hi Sam,\n\nCould you tell me the salary range for the role?\n\nBest,\nAna\n"

MakeDist = Callable[[str, str, str], Path]


@pytest.fixture
def plugin_modules() -> Iterator[list[str]]:
    """Names of plugin modules a test may import; forgotten afterwards."""
    names = ["notelint_salary_plugin"]
    yield names
    for name in names:
        sys.modules.pop(name, None)


@pytest.fixture
def salary_plugin(
    monkeypatch: pytest.MonkeyPatch, fresh_registry: None, plugin_modules: list[str]
) -> Iterator[None]:
    monkeypatch.syspath_prepend(str(PLUGIN_DIST))
    yield


@pytest.fixture
def make_dist(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fresh_registry: None,
    plugin_modules: list[str],
) -> MakeDist:
    """``make_dist(dist_name, module_name, source)``: a one-module distribution on sys.path.

    The module's ``Rule`` is declared as entry point ``rule`` in group notelint.rules.
    """

    def make(dist: str, module: str, source: str) -> Path:
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(source))
        info = tmp_path / f"{module}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(f"[notelint.rules]\nrule = {module}:Plugged\n")
        plugin_modules.append(module)
        monkeypatch.syspath_prepend(str(tmp_path))
        return tmp_path

    return make


BROKEN = """
    raise RuntimeError("cannot find its word list")
"""
DUPLICATE = """
    from notelint.model import Severity
    from notelint.rule import Rule

    class Plugged(Rule):
        \"\"\"Another too-long.\"\"\"

        id = "too-long"
        severity = Severity.INFO

        def check(self, note, options):
            return []
"""
CRASHING = """
    from notelint.model import Severity
    from notelint.rule import Rule

    class Plugged(Rule):
        \"\"\"Crashes on every note.\"\"\"

        id = "crashy"
        severity = Severity.ERROR

        def check(self, note, options):
            raise ValueError("bad regex state")
"""
NOT_A_RULE = """
    class Plugged:
        id = "not-a-rule"
"""


def test_plugin_rule_is_discovered_with_its_distribution(salary_plugin: None) -> None:
    found = discover()
    assert found["salary-talk"].source == SALARY_DIST
    assert found["salary-talk"].rule.__name__ == "SalaryTalk"
    assert {r.id for r in BUILTIN_RULES} < set(found)
    assert all(found[r.id].source == BUILTIN for r in BUILTIN_RULES)
    assert "salary-talk" not in discover(plugins=False)


def test_plugin_rule_runs_with_default_settings(salary_plugin: None) -> None:
    report = lint_text(NOTE)
    salary = [f for f in report.findings if f.rule == "salary-talk"]
    assert [(f.text, f.begin.line, f.begin.column, str(f.severity)) for f in salary] == [
        ("salary", 3, 23, "info")
    ]
    assert report.error is None
    assert all(
        f.rule != "salary-talk" for f in lint_text(NOTE, settings=Settings(plugins=False)).findings
    )


def test_plugin_rule_can_be_selected(salary_plugin: None, assert_findings: AssertFindings) -> None:
    assert_findings(NOTE, ("salary-talk", "salary"))
    assert_findings("Hi Sam,\n\nThe lab tour was great.\n", select="salary-talk")


def test_rules_command_names_the_plugin_source(salary_plugin: None, cli: Cli) -> None:
    result = cli("rules")
    assert result.code == 0
    [line] = [line for line in result.stdout.splitlines() if line.startswith("salary-talk ")]
    assert line.split()[1] == "info"
    assert line.endswith(f"Salary raised in a follow-up note. (from {SALARY_DIST})")
    assert "salary-talk" not in cli("rules", "--no-plugins").stdout


def test_broken_plugin_names_its_distribution(make_dist: MakeDist) -> None:
    make_dist("notelint-broken-plugin", "notelint_broken_plugin", BROKEN)
    with pytest.raises(PluginError) as caught:
        discover()
    message = str(caught.value)
    assert message.startswith("plugin notelint-broken-plugin: ")
    assert "notelint_broken_plugin:Plugged" in message
    assert "RuntimeError: cannot find its word list" in message
    assert "\n" not in message
    assert "too-long" in discover(plugins=False), "built-ins load without plugins"


def test_plugin_reusing_a_builtin_id_names_both_sources(make_dist: MakeDist) -> None:
    make_dist("notelint-dup-plugin", "notelint_dup_plugin", DUPLICATE)
    with pytest.raises(PluginError) as caught:
        discover()
    message = str(caught.value)
    assert "'too-long'" in message
    assert "notelint-dup-plugin" in message and f"both {BUILTIN} and" in message


def test_entry_point_that_is_not_a_rule(make_dist: MakeDist) -> None:
    make_dist("notelint-odd-plugin", "notelint_odd_plugin", NOT_A_RULE)
    with pytest.raises(PluginError, match=r"^plugin notelint-odd-plugin: .* not a notelint Rule"):
        discover()


def test_lint_through_a_broken_plugin_raises_plugin_error(make_dist: MakeDist) -> None:
    make_dist("notelint-broken-plugin", "notelint_broken_plugin", BROKEN)
    with pytest.raises(PluginError, match="notelint-broken-plugin"):
        lint_text(NOTE)
    assert lint_text(NOTE, settings=Settings(plugins=False)).error is None


def test_cli_turns_plugin_error_into_one_line(make_dist: MakeDist, notelint_exe: str) -> None:
    folder = make_dist("notelint-broken-plugin", "notelint_broken_plugin", BROKEN)
    (folder / "draft.txt").write_text(NOTE)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), env.get("PYTHONPATH")]))
    run = [notelint_exe, "draft.txt"]
    proc = subprocess.run(
        run, cwd=folder, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("notelint: error: plugin notelint-broken-plugin: ")
    assert "Traceback" not in proc.stderr


def test_cli_plugin_error_in_process_and_no_plugins(make_dist: MakeDist, cli: Cli) -> None:
    folder = make_dist("notelint-broken-plugin", "notelint_broken_plugin", BROKEN)
    draft = folder / "draft.txt"
    draft.write_text(NOTE)
    result = cli(str(draft))
    assert result.code == 2 and len(result.stderr_lines) == 1
    assert result.stderr.startswith("notelint: error: plugin notelint-broken-plugin: ")
    bypass = cli("--no-plugins", "--format", "concise", str(draft))
    assert bypass.code in (0, 1) and bypass.stderr == ""
    assert cli("rules").code == 2
    assert cli("rules", "--no-plugins").code == 0


def test_cli_reports_a_crashing_plugin_rule_and_keeps_the_others(
    make_dist: MakeDist, cli: Cli
) -> None:
    folder = make_dist("notelint-crashy-plugin", "notelint_crashy_plugin", CRASHING)
    draft = folder / "draft.txt"
    draft.write_text("Dear Hiring Manager,\n\nThe salary is fine.\n")
    result = cli("--format", "concise", str(draft))
    assert result.code == 2
    assert result.stderr_lines == [
        f"{draft}: error: rule 'crashy' failed: ValueError: bad regex state"
    ]
    assert f"{draft}:1:1: warning [generic-greeting]" in result.stdout
