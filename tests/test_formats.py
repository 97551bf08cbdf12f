"""The machine-readable formats, each read back by a real parser for that format.

jsonl goes through ``json.loads`` line by line; github through a parser of the
workflow-command grammar that un-escapes as the Actions runner does; sarif is
validated against the official SARIF 2.1.0 JSON schema (``tests/data``, vendored
unchanged from the OASIS sarif-spec repository); junit through
``xml.etree.ElementTree``, checked against the element and attribute rules of the
Jenkins xunit ``junit-10.xsd`` (no XSD validator is a test dependency).

The reports come from running notelint for real through the CLI, on a flawed
note, a note with non-ASCII names and emoji, an info-only note, a clean note, an
empty note and a missing file; the expected findings come from ``lint_sources``.
"""

from __future__ import annotations

import dataclasses
import email.message
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import jsonschema
import pytest

from notelint import Settings, __version__
from notelint.engine import lint_sources
from notelint.formatters import FORMATS, get
from notelint.model import Finding, Position, Report, Severity
from notelint.registry import registry
from notelint.sources import collect

Cli = Callable[..., Any]  # the ``cli`` fixture

SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"

# Non-ASCII names, emoji (astral: one code point, two UTF-16 units) before other
# findings on the same line, and a placeholder whose message carries % , and :.
INTL_NOTE = """Subject: Follow-up — Zoë Ñúñez

Hey Zoë 👋,

Ñúñez showed me the café 🎉 and I am so honoured to join [50%, Role: TBD].

Cheers,
Anaïs
"""
# Only an info finding (hard-to-read: one 50-word sentence); otherwise clean.
INFO_NOTE = """Hi Priya,

You mentioned the backlog of vendor invoices during the panel, and I keep thinking about how \
the weekly triage meeting that we ran at Globex, together with a shared tracker and a rotating \
owner for each vendor, cut a very similar backlog by half within a single quarter last year.

Our talk about the month-end close made me even more keen to join the finance operations team.

Best,
Ana Ruiz
"""
FINDING_KEYS = {
    "path",
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
    "fix",  # as in --format json
}
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
_BREAK = re.compile(r"\r\n|\n|\r")


@dataclasses.dataclass(frozen=True)
class Notes:
    """Relative paths (the CLI runs in their folder) and what ``lint_sources`` says of them."""

    paths: dict[str, str]
    reports: dict[str, Report]

    def __getitem__(self, kind: str) -> str:
        return self.paths[kind]

    def report(self, kind: str) -> Report:
        return self.reports[self.paths[kind]]

    @property
    def all(self) -> list[str]:
        return list(self.paths.values())

    @property
    def findings(self) -> list[tuple[str, Finding]]:
        return [(path, f) for path in self.all for f in self.reports[path].findings]


@pytest.fixture
def notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flawed_note: str, clean_note: str
) -> Notes:
    monkeypatch.chdir(tmp_path)
    contents = {
        "flawed": ("notes/flawed.txt", flawed_note),
        "intl": ("notes/zoë ñúñez.txt", INTL_NOTE),
        "info": ("notes/info.md", INFO_NOTE),
        "clean": ("notes/clean.txt", clean_note),
        "empty": ("notes/empty.txt", ""),
    }
    (tmp_path / "notes").mkdir()
    for path, text in contents.values():
        (tmp_path / path).write_bytes(text.encode("utf-8"))
    paths = {kind: path for kind, (path, _) in contents.items()}
    paths["missing"] = "notes/missing.txt"
    reports = lint_sources(collect(paths.values(), stdin=None), Settings())
    by_path = {r.path: r for r in reports}
    # Preconditions: each note gives what the tests below rely on.
    assert {f.severity for f in by_path[paths["flawed"]].findings} == {
        Severity.ERROR,
        Severity.WARNING,
    }
    assert any(f.fix and f.fix.safe for f in by_path[paths["flawed"]].findings)
    assert any(f.fix and not f.fix.safe for f in by_path[paths["intl"]].findings)
    assert {f.severity for f in by_path[paths["info"]].findings} == {Severity.INFO}
    assert by_path[paths["clean"]].findings == () and not by_path[paths["clean"]].error
    assert by_path[paths["empty"]].empty
    assert by_path[paths["missing"]].unreadable
    return Notes(paths, by_path)


def run(cli: Cli, fmt: str, notes: Notes, *paths: str) -> str:
    result = cli("--format", fmt, *(paths or notes.all))
    assert result.code == (2 if notes["missing"] in (paths or notes.all) else 1), result.stderr
    return str(result.stdout)


def lines_of(text: str) -> list[str]:
    """Lines split as notelint counts them: CRLF, LF and CR."""
    return _BREAK.split(text)


def source_of(path: str) -> str:
    return Path(path).read_bytes().decode("utf-8")


def hand_report(message: str, path: str = "dir/50%, a:b.txt") -> Report:
    """A report with one finding built by hand, for characters no rule's message has."""
    finding = Finding(
        rule="informal",
        severity=Severity.WARNING,
        message=message,
        start=0,
        end=4,
        begin=Position(1, 1),
        stop=Position(1, 5),
        text="Hey!",
        suggestion="say: hi, 100%",
    )
    return Report(path, (finding,), source="Hey!\n")


# --- the registry of formats ----------------------------------------------------------------


def test_every_format_is_registered_and_importable() -> None:
    assert {"jsonl", "github", "sarif", "junit"} <= set(FORMATS)
    for name in FORMATS:
        render = get(name)
        assert render.__module__ == f"notelint.formatters.{name}"
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        get("xml")


@pytest.mark.parametrize("fmt", ["jsonl", "github", "sarif", "junit"])
def test_formats_render_nothing_wrong_for_an_empty_run(fmt: str) -> None:
    out = io.StringIO()
    get(fmt)([], out)
    text = out.getvalue()
    if fmt == "sarif":
        assert json.loads(text)["runs"][0]["results"] == []
    elif fmt == "junit":
        assert ET.fromstring(text.encode()).get("tests") == "0"
    else:
        assert text == ""


# --- jsonl ----------------------------------------------------------------------------------


def test_jsonl_one_object_per_finding_and_per_unreadable_file(cli: Cli, notes: Notes) -> None:
    out = run(cli, "jsonl", notes)
    objects = [json.loads(line) for line in out.splitlines()]
    assert out.endswith("\n") and len(objects) == len(out.split("\n")) - 1
    errors = [o for o in objects if "error" in o]
    findings = [o for o in objects if "error" not in o]
    assert errors == [{"path": notes["missing"], "error": "no such file or directory"}]
    assert len(findings) == len(notes.findings)
    for data, (path, finding) in zip(findings, notes.findings, strict=True):
        assert set(data) == FINDING_KEYS
        assert data["path"] == path
        assert (data["rule"], data["severity"], data["message"]) == (
            finding.rule,
            str(finding.severity),
            finding.message,
        )
        assert (data["line"], data["column"], data["end_line"], data["end_column"]) == (
            finding.begin.line,
            finding.begin.column,
            finding.stop.line,
            finding.stop.column,
        )
        source = source_of(path)
        assert source[data["start"] : data["end"]] == data["text"] == finding.text
        assert data["suggestion"] == finding.suggestion


def test_jsonl_columns_count_code_points(cli: Cli, notes: Notes) -> None:
    out = run(cli, "jsonl", notes, notes["intl"])
    lines = lines_of(INTL_NOTE)
    covered = []
    for data in map(json.loads, out.splitlines()):
        assert data["line"] == data["end_line"]
        line = lines[data["line"] - 1]
        covered.append(line[data["column"] - 1 : data["end_column"] - 1])
        assert covered[-1] == data["text"]
    assert "👋" in covered and "🎉" in covered and "[50%, Role: TBD]" in covered
    assert f'"path":"{notes["intl"]}"' in out, "non-ASCII is written as itself, not as \\u escapes"


def test_jsonl_keeps_one_object_per_line_whatever_the_message() -> None:
    message = "line\u2028separator\u2029paragraph\x85next\nnewline\rreturn"
    out = io.StringIO()
    get("jsonl")([hand_report(message)], out)
    lines = out.getvalue().splitlines()  # splits at U+2028, U+2029 and NEL too
    assert len(lines) == 1
    assert json.loads(lines[0])["message"] == message


def test_jsonl_prints_nothing_for_clean_and_empty_notes(cli: Cli, notes: Notes) -> None:
    result = cli("--format", "jsonl", notes["clean"], notes["empty"])
    assert result.code == 0 and result.stdout == ""


# --- github ---------------------------------------------------------------------------------

COMMAND = re.compile(r"::(?P<name>[a-z]+)(?: (?P<props>[^:]*))?::(?P<data>.*)\Z", re.S)
# The runner's un-escaping (actions/runner ActionCommand): the codes, then %25 last.
DATA_CODES = (("%0D", "\r"), ("%0A", "\n"))
PROPERTY_CODES = (*DATA_CODES, ("%3A", ":"), ("%2C", ","))


@dataclasses.dataclass(frozen=True)
class Command:
    name: str
    properties: dict[str, str]
    data: str


def unescape(value: str, codes: tuple[tuple[str, str], ...]) -> str:
    for code, char in codes:
        value = value.replace(code, char)
    return value.replace("%25", "%")


def parse_commands(output: str) -> list[Command]:
    """Parse workflow commands as the runner does; every line must be one."""
    assert output == "" or output.endswith("\n")
    commands = []
    for line in output.split("\n")[:-1]:
        assert "\r" not in line, f"raw carriage return in {line!r}"
        match = COMMAND.match(line)
        assert match, f"not a workflow command: {line!r}"
        properties: dict[str, str] = {}
        for pair in (match["props"] or "").split(","):
            key, sep, value = pair.partition("=")
            assert sep and key and key not in properties, f"bad property {pair!r} in {line!r}"
            properties[key] = unescape(value, PROPERTY_CODES)
        commands.append(Command(match["name"], properties, unescape(match["data"], DATA_CODES)))
    return commands


def expected_data(finding: Finding) -> str:
    help_line = f"\nhelp: {finding.suggestion}" if finding.suggestion else ""
    return finding.message + help_line


def test_github_one_annotation_per_finding(cli: Cli, notes: Notes) -> None:
    commands = parse_commands(run(cli, "github", notes))
    assert len(commands) == len(notes.findings) + 1
    for command, (path, finding) in zip(commands, notes.findings, strict=False):
        assert command.name == COMMANDS[str(finding.severity)]
        assert command.properties == {
            "file": path,
            "line": str(finding.begin.line),
            "col": str(finding.begin.column),
            "endLine": str(finding.stop.line),
            "endColumn": str(finding.stop.column),
            "title": f"notelint ({finding.rule})",
        }
        assert command.data == expected_data(finding)
    assert {c.name for c in commands} == {"error", "warning", "notice"}
    unreadable = commands[-1]
    assert unreadable.name == "error"
    assert unreadable.properties == {"file": notes["missing"], "title": "notelint"}
    assert unreadable.data == "could not be checked: no such file or directory"


def test_github_escapes_a_real_message_and_path(cli: Cli, notes: Notes) -> None:
    odd = Path("notes/50%, a:b.txt")
    odd.write_text(INTL_NOTE, encoding="utf-8")
    commands = parse_commands(run(cli, "github", notes, str(odd)))
    placeholder = next(
        c for c in commands if c.properties["title"].endswith("(template-placeholder)")
    )
    assert placeholder.properties["file"] == str(odd)
    assert placeholder.data.startswith("'[50%, Role: TBD]' looks like")
    assert "\nhelp: " in placeholder.data
    assert {c.properties["file"] for c in commands} == {str(odd)}


@pytest.mark.parametrize(
    "message",
    ["100%: yes, really\nnext line", "%0A is not a newline, %2C not a comma\r\n%25: 50%"],
    ids=["plain", "codes-in-text"],
)
def test_github_round_trips_percent_comma_colon_and_newlines(message: str) -> None:
    out = io.StringIO()
    report = hand_report(message, path="dir/100%, x:y\nz.txt")
    get("github")([report], out)
    assert out.getvalue().count("\n") == 1
    [command] = parse_commands(out.getvalue())
    assert command.properties["file"] == "dir/100%, x:y\nz.txt"
    assert command.data == f"{message}\nhelp: say: hi, 100%"


def test_github_drops_columns_for_a_span_over_several_lines() -> None:
    finding = Finding(
        "hard-to-read", Severity.INFO, "long", 0, 12, Position(1, 3), Position(2, 4), "x"
    )
    out = io.StringIO()
    get("github")([Report("a.txt", (finding,))], out)
    [command] = parse_commands(out.getvalue())
    assert command.name == "notice"
    assert command.properties == {
        "file": "a.txt",
        "line": "1",
        "endLine": "2",
        "title": "notelint (hard-to-read)",
    }


# --- sarif ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def assert_valid_sarif(validator: jsonschema.protocols.Validator, log: Any) -> None:
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)
    ]
    assert not errors, "\n".join(errors)


def sarif_run(cli: Cli, notes: Notes, *paths: str) -> tuple[dict[str, Any], dict[str, Any]]:
    log = json.loads(run(cli, "sarif", notes, *paths))
    return log, log["runs"][0]


def test_sarif_is_valid_against_the_official_schema(
    cli: Cli, notes: Notes, sarif_validator: jsonschema.protocols.Validator
) -> None:
    log, _ = sarif_run(cli, notes)
    assert_valid_sarif(sarif_validator, log)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1


def test_the_schema_check_catches_invalid_sarif(
    cli: Cli, notes: Notes, sarif_validator: jsonschema.protocols.Validator
) -> None:
    log, run_ = sarif_run(cli, notes)
    run_["results"][0]["level"] = "info"
    run_["results"][1]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    errors = list(sarif_validator.iter_errors(log))
    assert len(errors) == 2


def test_sarif_describes_the_tool_and_every_rule(cli: Cli, notes: Notes) -> None:
    _, run_ = sarif_run(cli, notes)
    driver = run_["tool"]["driver"]
    assert driver["name"] == "notelint" and driver["version"] == __version__
    if "informationUri" in driver:
        assert urlsplit(driver["informationUri"]).scheme in ("http", "https")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert list(rules) == sorted(registry())
    for rule_id, entry in registry().items():
        assert rules[rule_id]["shortDescription"]["text"] == entry.rule.summary()
        assert rules[rule_id]["fullDescription"]["text"] == entry.rule.documentation()
        level = rules[rule_id]["defaultConfiguration"]["level"]
        assert level == LEVELS[str(entry.rule.severity)]
    assert {f.rule for _, f in notes.findings} <= set(rules)


def test_sarif_information_uri_comes_from_the_distribution(
    monkeypatch: pytest.MonkeyPatch, sarif_validator: jsonschema.protocols.Validator
) -> None:
    from notelint.formatters import sarif

    meta = email.message.Message()
    meta["Project-URL"] = "Documentation, https://example.org/notelint/docs"
    monkeypatch.setattr(sarif.metadata, "metadata", lambda name: meta)
    log = sarif.log([])
    assert_valid_sarif(sarif_validator, log)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/notelint/docs"
    monkeypatch.setattr(sarif.metadata, "metadata", lambda name: email.message.Message())
    assert "informationUri" not in sarif.log([])["runs"][0]["tool"]["driver"]


def test_sarif_results_match_the_findings(cli: Cli, notes: Notes) -> None:
    _, run_ = sarif_run(cli, notes)
    assert run_["columnKind"] == "unicodeCodePoints"
    results = run_["results"]
    assert len(results) == len(notes.findings)
    for result, (path, finding) in zip(results, notes.findings, strict=True):
        assert result["ruleId"] == finding.rule
        assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == finding.rule
        assert result["level"] == LEVELS[str(finding.severity)]
        text = result["message"]["text"]
        assert text.startswith(finding.message)
        assert finding.suggestion is None or text.endswith(f"\nHelp: {finding.suggestion}")
        [location] = result["locations"]
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.isascii() and " " not in uri and not urlsplit(uri).scheme
        assert unquote(uri) == path
        region = location["physicalLocation"]["region"]
        source = source_of(path)
        start, length = region["charOffset"], region["charLength"]
        assert source[start : start + length] == finding.text
        assert (region["startLine"], region["startColumn"]) == (
            finding.begin.line,
            finding.begin.column,
        )
        assert (region["endLine"], region["endColumn"]) == (finding.stop.line, finding.stop.column)
        if region["startLine"] == region["endLine"]:
            line = lines_of(source)[region["startLine"] - 1]
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == finding.text
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_sarif_columns_are_code_points_not_utf16_units(cli: Cli, notes: Notes) -> None:
    _, run_ = sarif_run(cli, notes, notes["intl"])
    [placeholder] = [r for r in run_["results"] if r["ruleId"] == "template-placeholder"]
    region = placeholder["locations"][0]["physicalLocation"]["region"]
    line = lines_of(INTL_NOTE)[region["startLine"] - 1]
    before = line[: region["startColumn"] - 1]
    assert "🎉" in before
    utf16_column = len(before.encode("utf-16-le")) // 2 + 1
    assert region["startColumn"] == len(before) + 1 < utf16_column


def test_sarif_fixes_apply_like_notelint_fixes(cli: Cli, notes: Notes) -> None:
    _, run_ = sarif_run(cli, notes)
    fixed = [(path, f) for path, f in notes.findings if f.fix is not None]
    results = [r for r in run_["results"] if "fixes" in r]
    assert len(results) == len(fixed) >= 2
    for result, (path, finding) in zip(results, fixed, strict=True):
        assert finding.fix is not None
        [fix] = result["fixes"]
        [change] = fix["artifactChanges"]
        assert unquote(change["artifactLocation"]["uri"]) == path
        [replacement] = change["replacements"]
        region = replacement["deletedRegion"]
        source = source_of(path)
        start, end = region["charOffset"], region["charOffset"] + region["charLength"]
        inserted = replacement["insertedContent"]["text"]
        assert source[:start] + inserted + source[end:] == (
            source[: finding.fix.start] + finding.fix.replacement + source[finding.fix.end :]
        )
        line = lines_of(source)[region["startLine"] - 1]
        if region["startLine"] == region["endLine"]:
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == source[start:end]
        assert fix["properties"]["safe"] is finding.fix.safe
        assert ("unsafe" in fix["description"]["text"]) is not finding.fix.safe


def test_sarif_reports_unreadable_files_as_failed_execution(cli: Cli, notes: Notes) -> None:
    _, run_ = sarif_run(cli, notes)
    [invocation] = run_["invocations"]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "no such file or directory" in notification["message"]["text"]
    uri = notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert unquote(uri) == notes["missing"]
    _, readable = sarif_run(cli, notes, notes["flawed"], notes["clean"])
    assert readable["invocations"] == [
        {"executionSuccessful": True, "toolExecutionNotifications": []}
    ]


def test_sarif_absolute_paths_become_file_uris(
    cli: Cli, notes: Notes, sarif_validator: jsonschema.protocols.Validator
) -> None:
    absolute = Path(notes["intl"]).resolve()
    log, run_ = sarif_run(cli, notes, str(absolute))
    assert_valid_sarif(sarif_validator, log)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]
    }
    [uri] = uris
    parts = urlsplit(uri)
    assert parts.scheme == "file" and uri.isascii()
    assert Path(url2pathname(parts.path)) == absolute


# --- junit ----------------------------------------------------------------------------------

# What junit-10.xsd (Jenkins xunit plugin) allows: attributes, required ones, children.
XSD_ATTRIBUTES = {
    "testsuites": {"name", "time", "tests", "failures", "errors"},
    "testsuite": {
        *("name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp"),
        *("hostname", "id", "package", "file", "log", "url"),
    },
    "testcase": {"name", "time", "classname", "group"},
    "failure": {"type", "message"},
    "error": {"type", "message"},
    "skipped": {"type", "message"},
    "system-out": set(),
    "system-err": set(),
}
XSD_REQUIRED = {"testsuite": {"name", "tests", "failures", "errors"}, "testcase": {"name"}}
XSD_CHILDREN = {
    "testsuites": {"testsuite"},
    "testsuite": {"testsuite", "properties", "testcase", "system-out", "system-err"},
    "testcase": {"skipped", "error", "failure", "system-out", "system-err"},
}


def assert_junit_schema(element: ET.Element) -> None:
    assert element.tag in XSD_ATTRIBUTES, element.tag
    assert set(element.attrib) <= XSD_ATTRIBUTES[element.tag], element.attrib
    assert XSD_REQUIRED.get(element.tag, set()) <= set(element.attrib), element.tag
    for child in element:
        assert child.tag in XSD_CHILDREN.get(element.tag, set()), f"{child.tag} in {element.tag}"
        assert_junit_schema(child)


def junit_line(finding: Finding) -> str:
    return (
        f"{finding.begin.line}:{finding.begin.column} {finding.severity} "
        f"[{finding.rule}] {finding.message}"
    )


def test_junit_one_testcase_per_note(cli: Cli, notes: Notes) -> None:
    out = run(cli, "junit", notes)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(out.encode("utf-8"))
    assert_junit_schema(root)
    assert root.tag == "testsuites"
    [suite] = root
    assert suite.get("name") == "notelint"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == notes.all
    assert {c.get("classname") for c in cases} == {"notelint"}
    by_name = {c.get("name"): c for c in cases}
    failing = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name") for c in failing] == [notes["flawed"], notes["intl"]]
    assert [c.get("name") for c in cases if c.find("error") is not None] == [notes["missing"]]
    for element in (root, suite):
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == (
            "6",
            "2",
            "1",
        )
    assert suite.get("skipped") == "1"
    assert list(by_name[notes["clean"]]) == []
    assert [child.tag for child in by_name[notes["empty"]]] == ["skipped"]


def test_junit_failure_lists_the_findings(cli: Cli, notes: Notes) -> None:
    root = ET.fromstring(run(cli, "junit", notes).encode("utf-8"))
    for kind in ("flawed", "intl"):
        case = root.find(f"testsuite/testcase[@name='{notes[kind]}']")
        assert case is not None
        [failure] = case.findall("failure")
        findings = notes.report(kind).findings
        assert failure.get("message") == f"{len(findings)} problems"
        assert failure.get("type") == "notelint"
        assert (failure.text or "").split("\n") == [junit_line(f) for f in findings]


def test_junit_info_only_notes_pass_and_show_their_infos(cli: Cli, notes: Notes) -> None:
    root = ET.fromstring(run(cli, "junit", notes).encode("utf-8"))
    case = root.find(f"testsuite/testcase[@name='{notes['info']}']")
    assert case is not None
    assert [child.tag for child in case] == ["system-out"]
    infos = notes.report("info").findings
    assert (case.findtext("system-out") or "").split("\n") == [junit_line(f) for f in infos]


def test_junit_unreadable_note_is_an_error(cli: Cli, notes: Notes) -> None:
    root = ET.fromstring(run(cli, "junit", notes, notes["missing"], notes["clean"]).encode())
    case = root.find(f"testsuite/testcase[@name='{notes['missing']}']")
    assert case is not None
    [error] = case.findall("error")
    assert error.get("type") == "unreadable"
    assert error.text == error.get("message") == "no such file or directory"
    assert root.get("errors") == "1" and root.get("failures") == "0"


def test_junit_escapes_markup_and_characters_xml_cannot_hold() -> None:
    message = '<b>&"quotes"</b> ]]> form\x0cfeed \x1b[31m'
    out = io.StringIO()
    get("junit")([hand_report(message, path="a&b <\udcff>.txt")], out)
    root = ET.fromstring(out.getvalue().encode("utf-8"))
    case = root.find("testsuite/testcase")
    assert case is not None
    assert case.get("name") == "a&b <\ufffd>.txt"
    assert (
        case.findtext("failure")
        == '1:1 warning [informal] <b>&"quotes"</b> ]]> form\ufffdfeed \ufffd[31m'
    )
    assert case.find("failure").get("message") == "1 problem"  # type: ignore[union-attr]


def test_sarif_written_a_note_at_a_time_equals_the_whole_log(notes: Notes) -> None:
    from notelint.formatters import sarif

    reports = list(notes.reports.values())
    out = io.StringIO()
    sarif.render(reports, out)
    assert json.loads(out.getvalue()) == sarif.log(reports)
    assert json.loads(out.getvalue())["runs"][0]["results"]
    empty = io.StringIO()
    sarif.render([], empty)
    assert json.loads(empty.getvalue())["runs"][0]["results"] == []
