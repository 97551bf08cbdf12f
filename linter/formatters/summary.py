"""Counts shared by the formatters."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
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


def counts(reports: Iterable[Report]) -> Totals:
    """Totals for a run (the JSON summary and the text report's last line), in one pass."""
    tally = Tally()
    for report in reports:
        tally.add(report)
    return tally.totals()


class Tally:
    """Totals accumulated one report at a time, for formatters that stream."""

    def __init__(self) -> None:
        self.files = self.with_findings = self.unreadable = self.empty = 0
        self.by_severity: Counter[str] = Counter()
        self.by_rule: Counter[str] = Counter()
        self.severity: dict[str, Severity] = {}  # the last severity seen per rule

    def add(self, report: Report) -> None:
        self.files += 1
        self.with_findings += bool(report.findings)
        self.unreadable += report.unreadable
        self.empty += report.empty
        for finding in report.findings:
            self.by_severity[str(finding.severity)] += 1
            self.by_rule[finding.rule] += 1
            self.severity[finding.rule] = finding.severity

    def totals(self) -> Totals:
        return Totals(
            files=self.files,
            files_with_findings=self.with_findings,
            files_unreadable=self.unreadable,
            files_empty=self.empty,
            findings=sum(self.by_severity.values()),
            by_severity={str(s): self.by_severity.get(str(s), 0) for s in reversed(Severity)},
            by_rule=dict(sorted(self.by_rule.items())),
        )


def describe(report: Report) -> str:
    """'3 problems (1 error, 2 warnings)' for one report."""
    if not report.findings:
        return "no problems"
    parts = [plural(report.count(s), str(s)) for s in reversed(Severity) if report.count(s)]
    return f"{plural(len(report.findings), 'problem')} ({', '.join(parts)})"


def statistics(reports: Iterable[Report], stream: TextIO, summaries: dict[str, str]) -> None:
    """``--statistics``: one line per rule that fired, most frequent first."""
    tally = Tally()
    for report in reports:
        tally.add(report)
    totals, severity = tally.totals(), tally.severity
    rows = sorted(totals.by_rule.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(rule) for rule, _ in rows), default=0)
    for rule, n in rows:
        stream.write(f"{n:5}  {rule:<{width}}  {severity[rule]!s:<7}  {summaries.get(rule, '')}\n")
    stream.write(f"{totals.findings:5}  total in {plural(totals.files_with_findings, 'note')}\n")
