"""The default report: each finding with its source line and a caret under the span.

Colour comes from rich and is switched off when the output is not a terminal
or ``NO_COLOR`` is set, so piped output carries no control codes.
"""

from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console
from rich.text import Text

from notelint.formatters import Reports
from notelint.formatters.summary import Tally, describe, plural
from notelint.model import Finding, Report, Severity
from notelint.note import split_lines

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def make_console(stream: TextIO) -> Console:
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(
        file=stream,
        no_color=no_color,
        color_system=None if no_color else "auto",
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=True,
    )


def _line_text(source: str, finding: Finding) -> str:
    # The same line breaks as positions use (CR, LF, CRLF), not str.splitlines().
    lines = split_lines(source)
    index = finding.begin.line - 1
    return lines[index].text if 0 <= index < len(lines) else ""


def _finding(console: Console, report: Report, finding: Finding) -> None:
    head = Text()
    head.append(f"{report.path}:{finding.begin.line}:{finding.begin.column}", style="bold")
    head.append(": ")
    head.append(str(finding.severity), style=_STYLE[finding.severity])
    head.append(" [")
    head.append(finding.rule, style="magenta")
    head.append("] ")
    head.append(finding.message)
    console.print(head)
    line = _line_text(report.source, finding).expandtabs(1)
    if line.strip():
        number = str(finding.begin.line)
        gutter = " " * len(number)
        console.print(Text(f"  {number} | ", style="dim") + Text(line))
        start = finding.begin.column - 1
        end = finding.stop.column - 1 if finding.stop.line == finding.begin.line else len(line)
        caret = " " * start + "^" * max(1, min(end, len(line)) - start)
        console.print(
            Text(f"  {gutter} | ", style="dim") + Text(caret, style=_STYLE[finding.severity])
        )
    if finding.suggestion:
        console.print(Text("    = help: ", style="green") + Text(finding.suggestion))
    console.print()


def _file_summary(console: Console, report: Report) -> None:
    text = Text(report.path, style="bold") + Text(": ")
    if report.empty:
        text.append("empty note, nothing to check")
    else:
        ready = report.verdict == "ready to send"
        text.append(
            f"{report.score}/100, {report.verdict}", style="bold green" if ready else "bold red"
        )
        text.append(" · ")
        text.append(describe(report), style="bold red" if report.findings else "green")
        if report.stats is not None:
            s = report.stats
            grade = f", reading grade {s.reading_grade:g}" if s.reading_grade is not None else ""
            text.append(
                f" · {plural(s.body_words, 'word')} in the body, "
                f"{plural(s.sentences, 'sentence')}{grade}",
                style="dim",
            )
    console.print(text)


def render(reports: Reports, stream: TextIO, quiet: bool = False) -> None:
    """Every finding with its source line; then, unless ``quiet``, the summaries."""
    console = make_console(stream)
    for report in reports:
        if report.unreadable:
            continue  # unreadable: reported on stderr
        for finding in report.findings:
            _finding(console, report, finding)
    if quiet:
        return
    tally = Tally()
    for report in reports:  # a second pass: ``reports`` may be a streamed run
        tally.add(report)
        if not report.unreadable:
            _file_summary(console, report)
    total = tally.totals()
    checked = total.files - total.files_unreadable
    parts = ", ".join(plural(n, name) for name, n in total.by_severity.items())
    line = f"Checked {plural(checked, 'note')}: {plural(total.findings, 'problem')} ({parts})"
    if total.files_unreadable:
        line += f"; {plural(total.files_unreadable, 'file')} could not be checked"
    console.print(Text(line, style="bold"))
