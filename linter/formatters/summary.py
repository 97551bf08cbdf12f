"""Counts shared by the formatters."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from notelint.model import Report, Severity


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 or word == "info" else "s")


@dataclasses.dataclass(frozen=True)
class Totals:
    files: int
    files_with_findings: int
    files_unreadable: int
    files_empty: int
    findings: int
    by_severity: dict[str, int]
    by_rule: dict[str, int]


def counts(reports: Sequence[Report]) -> Totals:
    """Totals for a run (the JSON summary and the text report's last line)."""
    by_severity = Counter(str(f.severity) for r in reports for f in r.findings)
    by_rule = Counter(f.rule for r in reports for f in r.findings)
    return Totals(
        files=len(reports),
        files_with_findings=sum(1 for r in reports if r.findings),
        files_unreadable=sum(1 for r in reports if r.unreadable),
        files_empty=sum(1 for r in reports if r.empty),
        findings=sum(by_severity.values()),
        by_severity={str(s): by_severity.get(str(s), 0) for s in reversed(Severity)},
        by_rule=dict(sorted(by_rule.items())),
    )


def describe(report: Report) -> str:
    """'3 problems (1 error, 2 warnings)' for one report."""
    if not report.findings:
        return "no problems"
    parts = [plural(report.count(s), str(s)) for s in reversed(Severity) if report.count(s)]
    return f"{plural(len(report.findings), 'problem')} ({', '.join(parts)})"


def statistics(reports: Sequence[Report], stream: TextIO, summaries: dict[str, str]) -> None:
    """``--statistics``: one line per rule that fired, most frequent first."""
    totals = counts(reports)
    severity = {f.rule: f.severity for r in reports for f in r.findings}
    rows = sorted(totals.by_rule.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(rule) for rule, _ in rows), default=0)
    for rule, n in rows:
        stream.write(f"{n:5}  {rule:<{width}}  {severity[rule]!s:<7}  {summaries.get(rule, '')}\n")
    stream.write(f"{totals.findings:5}  total in {plural(totals.files_with_findings, 'note')}\n")
