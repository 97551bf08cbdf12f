"""``--format junit``: JUnit XML, which CI dashboards (Jenkins, GitLab, Azure) show as test results.

One ``<testcase>`` per note, named by its path. A note with findings at or above
warning fails, with one ``<failure>`` listing them as ``line:col severity [rule]
message``; a note that could not be checked has an ``<error>``; an empty note is
``<skipped>``. Info findings never fail a note: they are listed in its
``<system-out>``. The layout follows the Jenkins xunit ``junit-10.xsd`` schema.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from notelint.formatters import Reports
from notelint.formatters.summary import plural
from notelint.model import Finding, Report, Severity

NAME = "notelint"
# Characters XML 1.0 cannot carry even escaped (most C0 controls, lone surrogates, U+FFFE/F);
# ElementTree writes them as they are, which makes the document unparsable.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _line(finding: Finding) -> str:
    where = f"{finding.begin.line}:{finding.begin.column}"
    return f"{where} {finding.severity} [{finding.rule}] {finding.message}"


def _testcase(report: Report) -> ET.Element:
    case = ET.Element("testcase", classname=NAME, name=_xml_text(report.path))
    failing = [f for f in report.findings if f.severity >= Severity.WARNING]
    infos = [f for f in report.findings if f.severity < Severity.WARNING]
    if report.empty:
        ET.SubElement(case, "skipped", message="empty note, nothing to check")
    if report.error:
        kind = "unreadable" if report.unreadable else "incomplete"
        error = ET.SubElement(case, "error", message=_xml_text(report.error), type=kind)
        error.text = _xml_text(report.error)
    if failing:
        failure = ET.SubElement(case, "failure", message=plural(len(failing), "problem"), type=NAME)
        failure.text = _xml_text("\n".join(_line(f) for f in failing))
    if infos:
        ET.SubElement(case, "system-out").text = _xml_text("\n".join(_line(f) for f in infos))
    return case


def render(reports: Reports, stream: TextIO) -> None:
    """The document in two passes over ``reports``: the counts, then one case at a time."""
    tests = failures = errors = skipped = 0
    for report in reports:
        tests += 1
        failures += any(f.severity >= Severity.WARNING for f in report.findings)
        errors += report.error is not None
        skipped += report.empty
    counts = f'tests="{tests}" failures="{failures}" errors="{errors}"'
    # Declared by hand: ElementTree would declare the locale's encoding for a text stream.
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(f'<testsuites name="{NAME}" {counts}>\n')
    stream.write(f'  <testsuite name="{NAME}" {counts} skipped="{skipped}">\n')
    for report in reports:
        case = _testcase(report)
        ET.indent(case, space="  ", level=2)
        stream.write("    " + ET.tostring(case, encoding="unicode") + "\n")
    stream.write("  </testsuite>\n</testsuites>\n")
