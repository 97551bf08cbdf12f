"""``--format json``: one JSON document for the whole run.

Lines and columns are 1-based and counted in characters, ends exclusive;
``start``/``end`` are 0-based character offsets into the decoded text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any, TextIO

from notelint.formatters.summary import counts
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


def render(reports: Sequence[Report], stream: TextIO) -> None:
    document = {
        "version": VERSION,
        "files": [report_data(r) for r in reports],
        "summary": dataclasses.asdict(counts(reports)),
    }
    stream.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
