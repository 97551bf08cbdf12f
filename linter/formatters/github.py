"""``--format github``: GitHub Actions workflow commands, which become annotations on a PR.

Each finding is one ``::error``/``::warning``/``::notice`` command (error,
warning, info) with the file, its 1-based line and column span (characters, end
exclusive) and ``notelint (RULE)`` as the title; the message and suggestion are
the data. A note that could not be checked gets one ``::error`` for the file.
Values are escaped exactly as ``@actions/core`` does, so a ``%``, newline, ``:``
or ``,`` in a message or path reaches the annotation intact.
"""

from __future__ import annotations

import os
from typing import TextIO

from notelint.formatters import Reports
from notelint.model import Finding, Report, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """The toolkit's ``escapeData``: the message after ``::``."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """The toolkit's ``escapeProperty``: ``key=value`` pairs, split on ``,`` and ``:``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}\n"


def _path(report: Report) -> str:
    return report.path.replace(os.sep, "/")


def _finding(report: Report, finding: Finding) -> str:
    begin, stop = finding.begin, finding.stop
    properties: dict[str, str | int] = {"file": _path(report), "line": begin.line}
    if stop.line == begin.line:
        properties.update(col=begin.column, endLine=stop.line, endColumn=stop.column)
    else:  # GitHub rejects a column span on an annotation that covers several lines
        properties["endLine"] = stop.line
    properties["title"] = f"notelint ({finding.rule})"
    message = finding.message
    if finding.suggestion:
        message += f"\nhelp: {finding.suggestion}"
    return command(COMMANDS[finding.severity], properties, message)


def render(reports: Reports, stream: TextIO) -> None:
    for report in reports:
        for finding in report.findings:
            stream.write(_finding(report, finding))
        if report.error:
            what = "could not be checked" if report.unreadable else "was not fully checked"
            properties: dict[str, str | int] = {"file": _path(report), "title": "notelint"}
            stream.write(command("error", properties, f"{what}: {report.error}"))
