"""``--format json``: one JSON document for the whole run.

Lines and columns are 1-based and counted in characters, ends exclusive;
``start``/``end`` are 0-based character offsets into the decoded text.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, TextIO

from notelint.formatters import Reports
from notelint.formatters.summary import Tally
from notelint.model import Finding, Report

VERSION = 1


def finding_data(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": str(finding.severity),
        "message": finding.message,
        "line": finding.begin.line,
        "column": finding.begin.column,
        "end_line": finding.stop.line,
        "end_column": finding.stop.column,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "suggestion": finding.suggestion,
        "fix": None
        if finding.fix is None
        else {
            "start": finding.fix.start,
            "end": finding.fix.end,
            "replacement": finding.fix.replacement,
            "safe": finding.fix.safe,
        },
    }


def report_data(report: Report) -> dict[str, Any]:
    stats = report.stats
    return {
        "path": report.path,
        "findings": [finding_data(f) for f in report.findings],
        "stats": None
        if stats is None
        else {
            "body_words": stats.body_words,
            "sentences": stats.sentences,
            "reading_grade": stats.reading_grade,
        },
        "empty": report.empty,
        "score": report.score,
        "verdict": report.verdict,
        "error": report.error,
    }


def render(reports: Reports, stream: TextIO) -> None:
    """One document, written a file at a time (one line per file) so nothing is held whole."""
    tally = Tally()
    stream.write(f'{{\n  "version": {VERSION},\n  "files": [')
    separator = "\n    "
    for report in reports:
        tally.add(report)
        stream.write(separator + json.dumps(report_data(report), ensure_ascii=False))
        separator = ",\n    "
    stream.write("\n  ]," if tally.files else "],")
    summary = json.dumps(dataclasses.asdict(tally.totals()), indent=2, ensure_ascii=False)
    stream.write('\n  "summary": ' + summary.replace("\n", "\n  ") + "\n}\n")
