"""``--format sarif``: a SARIF 2.1.0 log for code-scanning dashboards (GitHub, Azure DevOps, IDEs).

One run: the tool with every registered rule (id, summary, documentation and
default level), one result per finding with its region and any fix, and the
notes that could not be checked as tool execution notifications.

Regions: SARIF lines and columns are 1-based; here columns count Unicode code
points (``run.columnKind`` says so), as everywhere in notelint, so an emoji is
one column, not two UTF-16 units. ``charOffset``/``charLength`` count code
points of the decoded text (after any byte-order mark). CRLF, LF and a lone CR
each end a line (``run.newlineSequences``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from notelint import __version__
from notelint.engine import LineIndex
from notelint.errors import PluginError
from notelint.formatters import Reports
from notelint.model import Finding, Fix, Position, Report, Severity
from notelint.registry import BUILTIN, Registered, registry

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a reported path: relative stays relative, with ``/`` and %-escapes."""
    if path != "-" and os.path.isabs(path):
        return Path(path).as_uri()
    # fsencode keeps undecodable file names (surrogate escapes) as their bytes.
    return quote(os.fsencode(path.replace(os.sep, "/")), safe="/")


def _information_uri() -> str | None:
    # Whatever the installed distribution declares; notelint invents no address.
    try:
        meta = metadata.metadata("notelint")
    except metadata.PackageNotFoundError:
        return None
    urls = list(meta.get_all("Home-page") or [])
    urls += [label_url.split(",", 1)[-1].strip() for label_url in meta.get_all("Project-URL") or []]
    return next((u for u in urls if u and u.startswith(("https://", "http://"))), None)


def _registered() -> dict[str, Registered]:
    try:
        return registry()
    except PluginError:  # a broken plugin (run with --no-plugins): describe the built-ins
        return registry(False)


def _rule_descriptor(rule_id: str, entry: Registered | None, seen: Severity) -> dict[str, Any]:
    if entry is None:  # a finding from a rule no registry knows (a report built by hand)
        return {"id": rule_id, "defaultConfiguration": {"level": LEVELS[seen]}}
    rule = entry.rule
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": rule.documentation()},
        "help": {"text": rule.documentation()},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }
    if entry.source != BUILTIN:
        descriptor["properties"] = {"source": entry.source}
    return descriptor


def _rules(reports: Reports) -> list[dict[str, Any]]:
    known = _registered()
    fired = {f.rule: f.severity for r in reports for f in r.findings}
    ids = sorted(set(known) | set(fired))
    return [_rule_descriptor(i, known.get(i), fired.get(i, Severity.WARNING)) for i in ids]


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _message(finding: Finding) -> str:
    if not finding.suggestion:
        return finding.message
    return f"{_sentence(finding.message)}\nHelp: {finding.suggestion}"


def _region(start: int, end: int, begin: Position, stop: Position) -> dict[str, int]:
    return {
        "startLine": begin.line,
        "startColumn": begin.column,
        "endLine": stop.line,
        "endColumn": stop.column,
        "charOffset": start,
        "charLength": end - start,
    }


def _fix(report: Report, fix: Fix, uri: str, index: LineIndex) -> dict[str, Any]:
    old = report.source[fix.start : fix.end]
    what = f"Replace {old!r} with {fix.replacement!r}" if fix.replacement else f"Delete {old!r}"
    if not fix.safe:
        what += " (unsafe: it may change the meaning; review it)"
    return {
        "description": {"text": what},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {
                        "deletedRegion": _region(
                            fix.start, fix.end, index.position(fix.start), index.position(fix.end)
                        ),
                        "insertedContent": {"text": fix.replacement},
                    }
                ],
            }
        ],
        "properties": {"safe": fix.safe},
    }


def _results(report: Report, rule_index: dict[str, int]) -> Iterable[dict[str, Any]]:
    uri = artifact_uri(report.path)
    index = LineIndex(report.source)
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": rule_index[f.rule],
            "level": LEVELS[f.severity],
            "message": {"text": _message(f)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": _region(f.start, f.end, f.begin, f.stop),
                    }
                }
            ],
        }
        if f.fix is not None:
            result["fixes"] = [_fix(report, f.fix, uri, index)]
        yield result


def _notification(report: Report) -> dict[str, Any]:
    what = "could not be checked" if report.unreadable else "was not fully checked"
    return {
        "level": "error",
        "message": {"text": f"{report.path} {what}: {report.error}"},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(report.path)}}}
        ],
    }


def log(reports: Reports, results: bool = True) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict (with an empty ``results`` list if not ``results``)."""
    rules = _rules(reports)
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    driver: dict[str, Any] = {"name": "notelint", "version": __version__, "rules": rules}
    information_uri = _information_uri()
    if information_uri:
        driver["informationUri"] = information_uri
    failed = [r for r in reports if r.error]
    run = {
        "tool": {"driver": driver},
        "invocations": [
            {
                "executionSuccessful": not failed,
                "toolExecutionNotifications": [_notification(r) for r in failed],
            }
        ],
        "columnKind": "unicodeCodePoints",
        "newlineSequences": ["\r\n", "\n", "\r"],
        "results": [result for r in reports for result in _results(r, rule_index)]
        if results
        else [],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(reports: Reports, stream: TextIO) -> None:
    """The log in two passes over ``reports``: all but the results (the rules that fired,
    the notes that failed), then the results one note at a time."""
    document = log(reports, results=False)
    rule_index = {
        rule["id"]: i for i, rule in enumerate(document["runs"][0]["tool"]["driver"]["rules"])
    }
    document["runs"][0]["results"] = [_SLOT]
    head, tail = json.dumps(document, indent=2, ensure_ascii=False).split(json.dumps(_SLOT))
    indent = head[head.rfind("\n") + 1 :]
    stream.write(head[: len(head) - len(indent)].rstrip("\n"))
    separator = "\n"
    for report in reports:
        for result in _results(report, rule_index):
            text = json.dumps(result, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)
            stream.write(separator + indent + text)
            separator = ",\n"
    stream.write(tail + "\n")


_SLOT = "notelint: results go here"
