"""Shared fixtures: one spaCy pipeline per session, ``lint``, ``assert_findings``, the CLI.

Helpers live here as fixtures rather than in an importable module: textstat
installs a top-level ``tests`` package, so ``import tests.helpers`` would find
the wrong one.

Per-rule test files use them like this::

    def test_flags_honoured(assert_findings):
        assert_findings("I am truly honoured.", ("sycophancy", "truly honoured"))

    def test_plain_praise_passes(assert_findings):
        assert_findings("Your rollout plan was clear.", select="sycophancy")
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from notelint import Finding, Report, Settings, lint_text
from notelint.nlp import get_pipeline
from notelint.registry import registry

TESTS = Path(__file__).resolve().parent

# No test reads or writes the user's cache of results (~/.cache/notelint), in this
# process or in the notelint processes tests start; test_cache.py turns it on in
# a temporary folder.
os.environ["NOTELINT_NO_CACHE"] = "1"

# A note no built-in rule fires on: a specific reference, interest, plain greeting and sign-off.
CLEAN_NOTE = """Hi Priya,

You mentioned the backlog of vendor invoices during the panel; at Globex I cut a similar \
backlog by half with a weekly triage meeting and a shared tracker.

Our talk about the month-end close made me even more keen to join the finance operations team.

Best,
Ana Ruiz
"""

# A note with one known finding per line of interest; the error is the placeholder.
FLAWED_NOTE = """Dear Hiring Manager,

Thank you for your time yesterday. I am so honoured to be considered for the role at \
[Company Name].

I look forward to hearing from you.

Best,
Ana
"""


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The blank English pipeline, built once; ``get_pipeline`` is cached, so lints reuse it."""
    return get_pipeline(None)


@pytest.fixture(scope="session")
def clean_note() -> str:
    return CLEAN_NOTE


@pytest.fixture(scope="session")
def flawed_note() -> str:
    return FLAWED_NOTE


def _ids(select: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if select is None:
        return None
    return (select,) if isinstance(select, str) else tuple(select)


LintFn = Callable[..., Report]


@pytest.fixture(scope="session")
def lint(nlp: Any) -> LintFn:
    """``lint(text, select=None, settings=None, path="-") -> Report`` through ``lint_text``.

    ``select`` is a rule id or ids (shorthand for ``Settings(select=...)``).
    """

    def run(
        text: str,
        *,
        select: str | Iterable[str] | None = None,
        settings: Settings | None = None,
        path: str = "-",
    ) -> Report:
        if settings is None:
            settings = Settings(select=_ids(select))
        elif select is not None:
            settings = dataclasses.replace(settings, select=_ids(select))
        return lint_text(text, path=path, settings=settings)

    return run


def _norm(text: str) -> str:
    return " ".join(text.split())


def _covers(finding: Finding, rule: str, covered: str) -> bool:
    return finding.rule == rule and _norm(covered) in _norm(finding.text)


def _match(findings: Sequence[Finding], expected: Sequence[tuple[str, str]]) -> list[int | None]:
    """For each expected pair, the index of a distinct finding it matches (bipartite matching).

    Greedy matching would wrongly fail when a loose item ("informal", "!") takes the
    finding a stricter item needs, so augmenting paths are used (inputs are tiny).
    """
    owner: dict[int, int] = {}  # finding index -> expected index

    def place(e: int, seen: set[int]) -> bool:
        for f, finding in enumerate(findings):
            if f in seen or not _covers(finding, *expected[e]):
                continue
            seen.add(f)
            if f not in owner or place(owner[f], seen):
                owner[f] = e
                return True
        return False

    for e in range(len(expected)):
        place(e, set())
    chosen: list[int | None] = [None] * len(expected)
    for f, e in owner.items():
        chosen[e] = f
    return chosen


def describe_findings(report: Report) -> str:
    """One line per finding: ``rule line:col-line:col 'covered text' message``."""
    if not report.findings:
        return "    (none)"
    return "\n".join(
        f"    {f.rule} {f.begin.line}:{f.begin.column}-{f.stop.line}:{f.stop.column}"
        f" {f.text!r}: {f.message}"
        for f in report.findings
    )


AssertFindings = Callable[..., Report]


@pytest.fixture(scope="session")
def assert_findings(lint: LintFn) -> AssertFindings:
    """``assert_findings(text, *expected, select=None, settings=None, exact=True) -> Report``.

    Each expected item is ``(rule_id, covered_text)``; it matches a finding of that
    rule whose text contains ``covered_text`` (whitespace-normalised; ``""`` matches
    any span). Only the selected rules run: ``select`` if given, else the rules named
    in ``expected``, else every rule. With ``exact`` (the default) a finding that no
    expected item matches fails the assertion too, so ``assert_findings(text,
    select="sycophancy")`` asserts that the rule stays quiet. A rule that crashes
    always fails it.
    """

    def check(
        text: str,
        *expected: tuple[str, str],
        select: str | Iterable[str] | None = None,
        settings: Settings | None = None,
        exact: bool = True,
    ) -> Report:
        __tracebackhide__ = True
        for item in expected:
            if not (isinstance(item, tuple) and len(item) == 2):
                raise TypeError(f"expected (rule_id, covered_text) pairs, got {item!r}")
        chosen = _ids(select)
        if chosen is None and settings is None and expected:
            chosen = tuple(dict.fromkeys(rule for rule, _ in expected))
        report = lint(text, select=chosen, settings=settings)
        matched = _match(report.findings, expected)
        missing = [item for item, f in zip(expected, matched, strict=True) if f is None]
        used = {f for f in matched if f is not None}
        unexpected = [f for i, f in enumerate(report.findings) if i not in used] if exact else []
        if missing or unexpected or report.error:
            lines = ["findings do not match"]
            if report.error:
                lines.append(f"  rule failure: {report.error}")
            lines += [f"  missing: {rule} covering {covered!r}" for rule, covered in missing]
            lines += [f"  unexpected: {f.rule} covering {f.text!r}" for f in unexpected]
            rules = ", ".join(chosen) if chosen else "all"
            lines.append(f"  actual findings (rules run: {rules}):")
            lines.append(describe_findings(report))
            lines.append("  text:")
            lines += [f"    | {line}" for line in text.splitlines()]
            pytest.fail("\n".join(lines), pytrace=False)
        return report

    return check


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Forget discovered rules before and after the test (plugins change what is found)."""
    registry.cache_clear()
    yield
    registry.cache_clear()


@dataclasses.dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


CliFn = Callable[..., CliResult]


@pytest.fixture
def cli(nlp: Any) -> CliFn:
    """``cli(*argv, input=None, env=None) -> CliResult`` through ``notelint.cli.main``.

    ``main`` is what the console script runs: it turns every error into one line
    on stderr and exits, so the exit code comes from ``SystemExit``.
    """
    from notelint.cli import main

    runner = CliRunner()

    def run(
        *argv: str, input: str | bytes | None = None, env: dict[str, str | None] | None = None
    ) -> CliResult:
        code: Any = None
        with runner.isolation(input=input, env=env) as (out, err, _):
            try:
                main(list(argv))
            except SystemExit as exc:
                code = exc.code
            sys.stdout.flush()
            sys.stderr.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
        assert isinstance(code, int), f"main() must exit with an int status, got {code!r}"
        return CliResult(code, stdout.decode(), stderr.decode())

    return run


@pytest.fixture(scope="session")
def notelint_exe() -> str:
    """The installed console script (next to the interpreter running the tests)."""
    beside = Path(sys.executable).parent / "notelint"
    exe = str(beside) if beside.exists() else shutil.which("notelint")
    assert exe, "the notelint console script is not installed; run pip install -e ."
    return exe


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """``write(name, content) -> Path`` under tmp_path; str is written as UTF-8 bytes as-is."""

    def make(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return make
