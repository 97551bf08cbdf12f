"""The command line: inputs, formats, rule selection, exit codes, rule docs and bad input.

Error handling lives in ``notelint.cli.main`` (what the console script runs), so
error cases go through the ``cli`` fixture; happy paths also go through
``CliRunner.invoke(app, ...)``. One test runs the installed console script.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import os
import re
import subprocess
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from notelint import __version__, lint_text
from notelint.cli import app
from notelint.formatters.text import render as render_text
from notelint.model import Report
from notelint.rules import BUILTIN_RULES

Lint = Callable[..., Report]  # the ``lint`` fixture
Write = Callable[[str, str | bytes], Path]  # the ``write`` fixture
Cli = Callable[..., Any]  # the ``cli`` fixture (returns a CliResult)

ANSI = re.compile(r"\x1b\[")
CONCISE = re.compile(
    r"^(?P<path>.+):(?P<line>[1-9]\d*):(?P<column>[1-9]\d*): (?P<severity>error|warning|info)"
    r" \[(?P<rule>[a-z][a-z0-9-]*)\] (?P<message>\S.*)$"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

# JSON contract: the keys documented for the format, plus the ones it also emits today.
TOP_KEYS = {"version", "files", "summary"}
FILE_KEYS = {"path", "findings", "error"}
FILE_EXTRA_KEYS = {"stats", "empty", "score", "verdict"}
FINDING_KEYS = {
    "rule",
    "severity",
    "message",
    "line",
    "column",
    "end_line",
    "end_column",
    "start",
    "end",
    "text",
    "suggestion",
}
FINDING_EXTRA_KEYS = {"fix"}

# Non-ASCII names before findings on the same line, so character and byte columns differ.
INTL_NOTE = (
    "Subject: Follow-up — Zoë Ñúñez\n\nDear Hiring Manager,\n\n"
    "Ñúñez and Zoë showed me the café. Thank you for your time. "
    "I’m so honoured to be considered by [Company Name].\n\n"
    "I look forward to hearing from you.\n\nBest,\nAnaïs\n"
)
# Only an info finding (hard-to-read: one 50-word sentence); otherwise clean.
INFO_NOTE = """Hi Priya,

You mentioned the backlog of vendor invoices during the panel, and I keep thinking about how \
the weekly triage meeting that we ran at Globex, together with a shared tracker and a rotating \
owner for each vendor, cut a very similar backlog by half within a single quarter last year.

Our talk about the month-end close made me even more keen to join the finance operations team.

Best,
Ana Ruiz
"""


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset``, in characters; CRLF, LF and CR end a line."""
    before = text[:offset]
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    return len(re.findall(r"\r\n|\r|\n", before)) + 1, offset - line_start + 1


def json_run(cli: Cli, *args: str, input: str | bytes | None = None) -> tuple[int, dict]:
    result = cli("--format", "json", *args, input=input)
    return result.code, json.loads(result.stdout)


def rules_fired(document: dict) -> set[str]:
    return {f["rule"] for file in document["files"] for f in file["findings"]}


def caret_blocks(output: str) -> list[tuple[str, str]]:
    """(source line, text under the carets) for each ``  N | line`` / ``    | ^^^`` pair."""
    lines = output.split("\n")  # not splitlines(): a U+2028 inside a shown line is not a break
    blocks = []
    for shown, marks in itertools.pairwise(lines):
        source = re.match(r"^  (\d+) \| (.*)$", shown)
        caret = re.match(r"^  (\s+) \| (\s*)(\^+)$", marks)
        if source and caret and len(caret.group(1)) == len(source.group(1)):
            start = len(caret.group(2))
            blocks.append((source.group(2), source.group(2)[start : start + len(caret.group(3))]))
    return blocks


@pytest.fixture(scope="module")
def flawed_rules(flawed_note: str) -> set[str]:
    """The rules that fire on the flawed note, as the library reports them."""
    fired = {f.rule for f in lint_text(flawed_note).findings}
    assert {"generic-greeting", "gratuitous-thanks", "template-placeholder"} <= fired
    return fired


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def draft(write: Write, flawed_note: str) -> Path:
    return write("draft.txt", flawed_note)


# --- the command and its inputs -------------------------------------------------------------


def test_help_lists_every_output_format(runner: CliRunner) -> None:
    from notelint.formatters import FORMATS

    result = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert f"Output format: {', '.join(FORMATS)}." in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", ["check", "config", "rules", "rule"])
def test_help_names_what_each_option_takes(runner: CliRunner, command: str) -> None:
    import re

    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    # Flags show no value, options a name for theirs ("--select RULE,..."), not a
    # Python type; only typer's own --help line (and the arguments) keep theirs.
    options = [line for line in result.stdout.splitlines() if "│ --" in line]
    assert options and [line for line in options if "<" in line and "--help" not in line] == []
    if command == "check":
        assert re.search(r"--select\s+RULE,\.\.\.", result.stdout)
        assert re.search(r"--jobs\s+-j\s+N\b", result.stdout)


def test_default_command_checks_a_file(runner: CliRunner, draft: Path) -> None:
    result = runner.invoke(app, [str(draft)])
    assert result.exit_code == 1
    assert f"{draft}:1:1: warning [generic-greeting]" in result.stdout
    explicit = runner.invoke(app, ["check", str(draft)])
    assert explicit.exit_code == 1 and explicit.stdout == result.stdout
    assert result.stderr == ""


def test_several_files(cli: Cli, write: Write, flawed_note: str, clean_note: str) -> None:
    bad, good = write("a.txt", flawed_note), write("b.txt", clean_note)
    code, doc = json_run(cli, str(bad), str(good))
    assert code == 1
    assert [f["path"] for f in doc["files"]] == [str(bad), str(good)]
    assert doc["files"][0]["findings"] and doc["files"][1]["findings"] == []
    assert doc["summary"]["files"] == 2 and doc["summary"]["files_with_findings"] == 1


def test_directory_recurses_into_notes(
    cli: Cli, write: Write, tmp_path: Path, flawed_note: str
) -> None:
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.eml", "sub/photo.png", ".hidden/d.txt"):
        write(name, flawed_note if not name.endswith(".png") else PNG)
    code, doc = json_run(cli, str(tmp_path))
    assert code == 1
    paths = sorted(Path(f["path"]).relative_to(tmp_path).as_posix() for f in doc["files"])
    assert paths == ["a.txt", "sub/b.md", "sub/deeper/c.eml"]
    assert all(f["error"] is None and f["findings"] for f in doc["files"])


def test_stdin(cli: Cli, flawed_note: str) -> None:
    result = cli("-", "--format", "concise", input=flawed_note.encode())
    assert result.code == 1
    assert result.stdout.startswith("-:1:1: warning [generic-greeting]")


def test_stdin_filename_names_stdin(cli: Cli, draft: Path, clean_note: str) -> None:
    result = cli("--stdin-filename", "notes/draft.txt", "-", str(draft), input=clean_note)
    assert result.code == 1
    assert "notes/draft.txt: 100/100, ready to send · no problems" in result.stdout
    assert f"{draft}:1:1:" in result.stdout
    code, doc = json_run(cli, "--stdin-filename", "draft.txt", "-", input=clean_note)
    assert code == 0 and [f["path"] for f in doc["files"]] == ["draft.txt"]


def test_no_paths_is_a_usage_error(cli: Cli) -> None:
    result = cli()
    assert result.code == 2
    assert result.stderr_lines == [
        "notelint: error: no notes given: name files, directories, or - for standard input"
    ]


def test_unknown_format_is_a_usage_error(cli: Cli, draft: Path) -> None:
    result = cli("--format", "jsn", str(draft))
    assert result.code == 2 and result.stdout == ""
    assert len(result.stderr_lines) == 1
    assert "did you mean 'json'" in result.stderr


# --- bad input: one line per file, the rest still checked, exit 2 ---------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty_dir = tmp_path / "empty-dir"
    empty_dir.mkdir()
    (empty_dir / "readme.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "photo.txt").write_bytes(PNG)
    (tmp_path / "huge.txt").write_bytes(b"word " * 200_001)
    (tmp_path / "zoe.txt").write_bytes(b"Dear Zo\xeb,\n\nThanks.\n")
    return {
        "missing": tmp_path / "missing.txt",
        "empty-dir": empty_dir,
        "binary": tmp_path / "photo.txt",
        "huge": tmp_path / "huge.txt",
        "cp1252": tmp_path / "zoe.txt",
    }


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("missing", "no such file"),
        ("empty-dir", "no notes"),
        ("binary", "binary"),
        ("huge", "1 MB"),
        ("cp1252", "not valid UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_others_are_checked(
    cli: Cli, tmp_path: Path, draft: Path, kind: str, reason: str
) -> None:
    bad = _bad_inputs(tmp_path)[kind]
    result = cli(str(bad), str(draft))
    assert result.code == 2
    assert len(result.stderr_lines) == 1, result.stderr
    line = result.stderr_lines[0]
    assert line.startswith(f"{bad}: error: ") and reason in line
    assert "Traceback" not in result.stderr + result.stdout
    assert f"{draft}:1:1: warning [generic-greeting]" in result.stdout, "good file not checked"
    assert "1 file could not be checked" in result.stdout


def test_bad_stdin_is_named_by_stdin_filename(cli: Cli) -> None:
    result = cli("--stdin-filename", "draft.txt", "-", input=b"Dear Zo\xeb,\n")
    assert result.code == 2
    assert len(result.stderr_lines) == 1 and result.stderr.startswith("draft.txt: error: not valid")


def test_exit_zero_does_not_hide_unreadable_files(cli: Cli, tmp_path: Path, draft: Path) -> None:
    assert cli("--exit-zero", str(tmp_path / "missing.txt"), str(draft)).code == 2


@pytest.mark.parametrize("content", [b"", b" \r\n\n\t  \n"], ids=["empty", "whitespace"])
def test_empty_note_is_reported_empty_with_exit_zero(
    cli: Cli, write: Write, content: bytes
) -> None:
    path = write("empty.txt", content)
    result = cli("--fail-on", "info", str(path))
    assert result.code == 0 and result.stderr == ""
    assert f"{path}: empty note, nothing to check" in result.stdout
    code, doc = json_run(cli, str(path))
    assert code == 0
    assert doc["files"] == [
        {
            "path": str(path),
            "findings": [],
            "stats": None,
            "empty": True,
            "score": None,
            "verdict": "empty note",
            "error": None,
        }
    ]
    assert doc["summary"]["files_empty"] == 1


@pytest.mark.parametrize(
    ("prefix", "encoding", "newline"),
    [
        (codecs.BOM_UTF8, "utf-8", "\n"),
        (b"", "utf-16", "\n"),  # Python's utf-16 codec writes the BOM itself
        (b"", "utf-8", "\r\n"),
        (codecs.BOM_UTF8, "utf-8", "\r\n"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "\r\n"),
    ],
    ids=["utf8-bom", "utf16-bom", "crlf", "utf8-bom-crlf", "utf16be-bom-crlf"],
)
def test_encodings_and_line_endings_keep_positions_right(
    cli: Cli, write: Write, prefix: bytes, encoding: str, newline: str
) -> None:
    decoded = INTL_NOTE.replace("\n", newline)
    path = write("intl.txt", prefix + decoded.encode(encoding))
    code, doc = json_run(cli, str(path))
    assert code == 1 and doc["files"][0]["error"] is None
    findings = doc["files"][0]["findings"]
    by_rule = {f["rule"]: f for f in findings}
    # The greeting is found (a BOM left in the text would hide it) and is on line 3.
    assert (by_rule["generic-greeting"]["line"], by_rule["generic-greeting"]["column"]) == (3, 1)
    assert by_rule["template-placeholder"]["text"] == "[Company Name]"
    for f in findings:
        assert decoded[f["start"] : f["end"]] == f["text"]
        assert position(decoded, f["start"]) == (f["line"], f["column"])
        assert position(decoded, f["end"]) == (f["end_line"], f["end_column"])


# --- JSON -----------------------------------------------------------------------------------


def test_json_document_shape(
    cli: Cli, draft: Path, flawed_note: str, flawed_rules: set[str]
) -> None:
    code, doc = json_run(cli, str(draft))
    assert code == 1
    assert set(doc) == TOP_KEYS
    assert doc["version"] == 1
    [file] = doc["files"]
    assert set(file) == FILE_KEYS | FILE_EXTRA_KEYS
    assert file["path"] == str(draft) and file["error"] is None
    assert {f["rule"] for f in file["findings"]} == flawed_rules
    for f in file["findings"]:
        assert set(f) == FINDING_KEYS | FINDING_EXTRA_KEYS
        assert f["severity"] in ("error", "warning", "info")
        assert isinstance(f["message"], str) and f["message"]
        assert f["suggestion"] is None or isinstance(f["suggestion"], str)
        assert all(isinstance(f[k], int) for k in ("line", "column", "end_line", "end_column"))
        assert f["line"] >= 1 and f["column"] >= 1
        assert (f["end_line"], f["end_column"]) >= (f["line"], f["column"])
        assert 0 <= f["start"] <= f["end"] <= len(flawed_note)
        assert flawed_note[f["start"] : f["end"]] == f["text"]
    summary = doc["summary"]
    assert summary["files"] == 1 and summary["findings"] == len(file["findings"])
    assert summary["by_severity"] == {"error": 1, "warning": len(file["findings"]) - 1, "info": 0}
    assert summary["by_rule"] == {rule: 1 for rule in sorted(flawed_rules)}


def test_json_columns_are_characters_and_ends_exclusive(cli: Cli, write: Write) -> None:
    path = write("intl.txt", INTL_NOTE)
    _, doc = json_run(cli, "--select", "template-placeholder,gratuitous-thanks", str(path))
    lines = INTL_NOTE.split("\n")
    for f in doc["files"][0]["findings"]:
        assert f["line"] == f["end_line"] == 5
        line = lines[f["line"] - 1]
        assert line[f["column"] - 1 : f["end_column"] - 1] == f["text"]
        byte_column = len(line[: f["column"] - 1].encode("utf-8")) + 1
        assert byte_column > f["column"], "the line has non-ASCII text before the finding"
    assert len(doc["files"][0]["findings"]) == 2


def test_json_reports_unreadable_files(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, doc = json_run(cli, str(missing))
    assert code == 2
    assert doc["files"][0]["path"] == str(missing)
    assert "no such file" in doc["files"][0]["error"] and doc["files"][0]["findings"] == []
    assert doc["summary"]["files_unreadable"] == 1


# --- concise and text reports ---------------------------------------------------------------


def test_concise_line_shape(runner: CliRunner, draft: Path, flawed_note: str) -> None:
    result = runner.invoke(app, ["--format", "concise", str(draft)])
    assert result.exit_code == 1
    expected = lint_text(flawed_note, path=str(draft)).findings
    lines = result.stdout.splitlines()
    assert len(lines) == len(expected)
    for line, finding in zip(lines, expected, strict=True):
        match = CONCISE.match(line)
        assert match, f"not path:line:col: severity [rule] message: {line!r}"
        assert match["path"] == str(draft)
        assert (int(match["line"]), int(match["column"])) == (
            finding.begin.line,
            finding.begin.column,
        )
        assert (match["severity"], match["rule"], match["message"]) == (
            str(finding.severity),
            finding.rule,
            finding.message,
        )


def test_text_report_shows_each_finding_in_context(runner: CliRunner, draft: Path) -> None:
    result = runner.invoke(app, [str(draft)])
    report = lint_text(draft.read_text(), path=str(draft))
    out = result.stdout
    for f in report.findings:
        assert (
            f"{draft}:{f.begin.line}:{f.begin.column}: {f.severity} [{f.rule}] {f.message}" in out
        )
        if f.suggestion:
            assert f"    = help: {f.suggestion}" in out
    blocks = caret_blocks(out)
    assert len(blocks) == len(report.findings)
    assert [covered for _, covered in blocks] == [f.text for f in report.findings]
    assert (
        "  3 | Thank you for your time yesterday. I am so honoured to be considered for the role"
        " at [Company Name]." in out.splitlines()
    )
    n = len(report.findings)
    score = max(0, 100 - 25 - 10 * (n - 1))
    assert (
        f"{draft}: {score}/100, fix {n} problems first · {n} problems (1 error, {n - 1} warnings)"
        in out
    )
    assert out.rstrip().splitlines()[-1] == (
        f"Checked 1 note: {n} problems (1 error, {n - 1} warnings, 0 info)"
    )


def test_text_report_summaries_per_file_and_total(
    cli: Cli, write: Write, clean_note: str, draft: Path
) -> None:
    clean = write("clean.txt", clean_note)
    empty = write("empty.md", "")
    out = cli(str(draft), str(clean), str(empty)).stdout
    stats = lint_text(clean_note).stats
    assert stats is not None
    words = stats.body_words
    assert re.search(
        rf"^{re.escape(str(clean))}: 100/100, ready to send · no problems · {words} words in the body",
        out,
        re.M,
    )
    assert f"{empty}: empty note, nothing to check" in out
    n = len(lint_text(draft.read_text()).findings)
    assert out.splitlines()[-1] == (
        f"Checked 3 notes: {n} problems (1 error, {n - 1} warnings, 0 info)"
    )


def test_text_report_caret_on_crlf_note(cli: Cli, write: Write) -> None:
    path = write("crlf.txt", INTL_NOTE.replace("\n", "\r\n"))
    out = cli("--select", "template-placeholder", str(path)).stdout
    assert "\r" not in out
    [(source, covered)] = caret_blocks(out)
    assert covered == "[Company Name]"
    assert source.startswith("Ñúñez and Zoë showed me the café.")


def test_text_report_caret_with_unicode_line_separator(lint: Lint) -> None:
    # U+2028 arrives in text pasted from web pages; it is not a line break for notelint's
    # positions, so the report must show the same line the position counts in.
    text = "Hi Sam,\n\nI enjoyed the tour.\u2028Thank you for your time yesterday.\n\nBest,\nAna\n"
    report = lint(text, select="gratuitous-thanks", path="n.txt")
    [finding] = report.findings
    assert (finding.begin.line, finding.text) == (3, "Thank you for your time yesterday")
    stream = io.StringIO()
    render_text([report], stream)
    blocks = caret_blocks(stream.getvalue())
    assert [covered for _, covered in blocks] == [finding.text], stream.getvalue()


# --- colour -----------------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    return monkeypatch


def test_no_escape_codes_when_not_a_terminal(cli: Cli, draft: Path) -> None:
    result = cli(str(draft), env={"NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm-256color"})
    assert "warning [generic-greeting]" in result.stdout
    assert not ANSI.search(result.stdout + result.stderr)


def test_terminal_output_is_coloured(terminal_env: pytest.MonkeyPatch, flawed_note: str) -> None:
    stream = FakeTerminal()
    render_text([lint_text(flawed_note, path="draft.txt")], stream)
    assert ANSI.search(stream.getvalue()), "control: a terminal gets colour"


def test_no_escape_codes_with_no_color_on_a_terminal(
    terminal_env: pytest.MonkeyPatch, flawed_note: str
) -> None:
    terminal_env.setenv("NO_COLOR", "1")
    stream = FakeTerminal()
    render_text([lint_text(flawed_note, path="draft.txt")], stream)
    out = stream.getvalue()
    assert "warning [generic-greeting]" in out
    assert not ANSI.search(out), f"NO_COLOR output has escape codes: {out[:120]!r}"


# --- rule selection ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "selected", "ignored"),
    [
        (
            ["--select", "generic-greeting,template-placeholder"],
            {"generic-greeting", "template-placeholder"},
            set(),
        ),
        (
            ["--select", "generic-greeting, template-placeholder "],
            {"generic-greeting", "template-placeholder"},
            set(),
        ),
        (
            ["--select", "generic-greeting", "--select", "gratuitous-thanks"],
            {"generic-greeting", "gratuitous-thanks"},
            set(),
        ),
        (
            ["--ignore", "no-interest,generic-greeting", "--ignore", "gratuitous-thanks"],
            None,
            {"no-interest", "generic-greeting", "gratuitous-thanks"},
        ),
        (
            ["--select", "generic-greeting,gratuitous-thanks", "--ignore", "gratuitous-thanks"],
            {"generic-greeting"},
            {"gratuitous-thanks"},
        ),
        (["--select", "too-long"], {"too-long"}, set()),
    ],
)
def test_select_and_ignore(
    cli: Cli,
    draft: Path,
    flawed_rules: set[str],
    args: list[str],
    selected: set[str] | None,
    ignored: set[str],
) -> None:
    expected = (flawed_rules if selected is None else flawed_rules & selected) - ignored
    code, doc = json_run(cli, *args, str(draft))
    assert rules_fired(doc) == expected
    assert code == (1 if expected else 0)
    if selected is None:
        assert expected and not expected & ignored


@pytest.mark.parametrize(
    ("args", "where", "hint"),
    [
        (["--select", "generic-greting"], "--select", "generic-greeting"),
        (["--select", "sycophancy,too-lng"], "--select", "too-long"),
        (["--ignore", "no-intrest"], "--ignore", "no-interest"),
    ],
)
def test_unknown_rule_id_is_a_usage_error(
    cli: Cli, draft: Path, args: list[str], where: str, hint: str
) -> None:
    result = cli(*args, str(draft))
    assert result.code == 2 and result.stdout == ""
    assert len(result.stderr_lines) == 1
    assert result.stderr.startswith(f"notelint: error: {where}: unknown rule")
    assert f"did you mean '{hint}'?" in result.stderr


def test_unknown_rule_id_without_a_close_match(cli: Cli, draft: Path) -> None:
    result = cli("--select", "salary", str(draft))
    assert result.code == 2 and result.stderr_lines == [
        "notelint: error: --select: unknown rule 'salary'"
    ]


# --- exit status ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "args", "code"),
    [
        ("flawed", [], 1),  # warnings and an error; default --fail-on warning
        ("flawed", ["--fail-on", "error"], 1),  # the placeholder is an error
        ("flawed", ["--fail-on", "error", "--ignore", "template-placeholder"], 0),
        ("flawed", ["--exit-zero"], 0),
        ("flawed", ["--fail-on", "info", "--exit-zero"], 0),
        ("info", [], 0),  # only an info finding
        ("info", ["--fail-on", "warning"], 0),
        ("info", ["--fail-on", "info"], 1),
        ("info", ["--fail-on", "INFO"], 1),
        ("clean", ["--fail-on", "info"], 0),
    ],
)
def test_exit_status(
    cli: Cli, write: Write, flawed_note: str, clean_note: str, note: str, args: list[str], code: int
) -> None:
    text = {"flawed": flawed_note, "info": INFO_NOTE, "clean": clean_note}[note]
    result = cli(*args, str(write("note.txt", text)))
    assert result.code == code, result.stdout + result.stderr
    if note == "info":
        assert "info [hard-to-read]" in result.stdout


def test_bad_fail_on_is_a_usage_error(cli: Cli, draft: Path) -> None:
    result = cli("--fail-on", "fatal", str(draft))
    assert result.code == 2
    assert result.stderr_lines == [
        "notelint: error: --fail-on: unknown severity 'fatal'"
        " (expected one of: info, warning, error) (or 'never')"
    ]


# --- version and rule documentation -----------------------------------------------------------


def test_version(runner: CliRunner, cli: Cli) -> None:
    assert __version__ == metadata.version("notelint")
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"notelint {__version__}\n"
    assert cli("--version").code == 0


def test_rules_lists_every_rule(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for rule in BUILTIN_RULES:
        pattern = rf"^{re.escape(rule.id)}\s+{rule.severity}\s+{re.escape(rule.summary())}$"
        assert any(re.match(pattern, line) for line in lines), (
            f"{rule.id} missing:\n{result.stdout}"
        )
    ids = [line.split()[0] for line in lines]
    assert ids == sorted(ids) and len(ids) == len(set(ids))


def test_rule_prints_its_documentation(runner: CliRunner) -> None:
    from notelint.rules.gratuitous_thanks import GratuitousThanks

    result = runner.invoke(app, ["rule", "gratuitous-thanks"])
    assert result.exit_code == 0
    assert result.stdout.startswith("gratuitous-thanks (warning, from notelint)\n")
    assert GratuitousThanks.documentation() in result.stdout
    assert "*Bad*" in result.stdout and "Thanks again for your time," in result.stdout


def test_rule_shows_option_defaults(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rule", "too-long"])
    assert result.exit_code == 0 and "Defaults: max-words = 200" in result.stdout


def test_unknown_rule_documentation_is_one_line(cli: Cli) -> None:
    result = cli("rule", "gratuitous-thank")
    assert result.code == 2 and result.stdout == ""
    assert result.stderr_lines == [
        "notelint: error: rule: unknown rule 'gratuitous-thank' (did you mean 'gratuitous-thanks'?)"
    ]


# --- the installed console script -------------------------------------------------------------


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(extra)
    return env


def test_console_script(notelint_exe: str, draft: Path) -> None:
    proc = subprocess.run(
        [notelint_exe, "draft.txt", "missing.txt"],
        cwd=draft.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(TERM="xterm-256color"),
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr == "missing.txt: error: no such file or directory\n"
    assert proc.stdout.startswith("draft.txt:1:1: warning [generic-greeting]")
    assert "  3 | Thank you for your time yesterday." in proc.stdout
    assert not ANSI.search(proc.stdout)


def test_console_script_reads_stdin(
    notelint_exe: str, flawed_note: str, flawed_rules: set[str]
) -> None:
    proc = subprocess.run(
        [notelint_exe, "--format", "json", "--stdin-filename", "draft.txt", "-"],
        input=codecs.BOM_UTF8 + flawed_note.replace("\n", "\r\n").encode("utf-8"),
        capture_output=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    [file] = doc["files"]
    assert file["path"] == "draft.txt"
    crlf = flawed_note.replace("\n", "\r\n")
    assert all(crlf[f["start"] : f["end"]] == f["text"] for f in file["findings"])
    assert {f["rule"] for f in file["findings"]} == flawed_rules
