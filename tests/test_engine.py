"""The engine: positions, crash isolation, ordering and de-duplication of findings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from notelint import Settings
from notelint.config import ActiveRule, active_rules
from notelint.engine import LineIndex, check_note, lint_sources
from notelint.model import Position, Problem, Report, Severity
from notelint.note import Note, parse_layout
from notelint.registry import Registered
from notelint.rule import Rule
from notelint.rules.generic_greeting import GenericGreeting
from notelint.rules.gratuitous_thanks import GratuitousThanks
from notelint.rules.template_placeholder import TemplatePlaceholder
from notelint.sources import Source

Lint = Callable[..., Report]  # the ``lint`` fixture

CRLF_NOTE = (
    "Dear Dr. Okafor,\r\n"
    "\r\n"
    "The café tour was great. Thank you for your time, and for [Company Name].\r\n"
    "\r\n"
    "Best,\r\n"
    "Zoë\r\n"
)


class Crashing(Rule):
    """Always fails."""

    id = "crashing"
    severity = Severity.ERROR

    def check(self, note: Note, options: Any) -> Iterator[Problem]:
        raise RuntimeError("kaboom")


class Backwards(Rule):
    """Reports every 'for' from the end of the note to the start, each twice."""

    id = "backwards"
    severity = Severity.INFO

    def check(self, note: Note, options: Any) -> Iterator[Problem]:
        starts = [i for i in range(len(note.text)) if note.text.startswith("for", i)]
        for start in reversed(starts):
            yield Problem(start, start + 3, "a 'for'")
            yield Problem(start, start + 3, "the same 'for' again")


def active(rule: type[Rule], severity: Severity | None = None) -> ActiveRule:
    return ActiveRule(rule(), severity or rule.severity, rule.Options())


def note_of(text: str, nlp: Any) -> Note:
    return Note(text, parse_layout(text), nlp(text), "note.txt")


def test_positions_on_line_three_of_a_crlf_note(lint: Lint) -> None:
    report = lint(CRLF_NOTE, select=("gratuitous-thanks", "template-placeholder"))
    thanks, field = report.findings
    assert thanks.rule == "gratuitous-thanks" and thanks.text == "Thank you for your time"
    assert (thanks.begin, thanks.stop) == (Position(3, 26), Position(3, 49))
    assert field.text == "[Company Name]"
    assert (field.begin, field.stop) == (Position(3, 59), Position(3, 73))
    for f in report.findings:
        assert CRLF_NOTE[f.start : f.end] == f.text
        assert f.stop.column - f.begin.column == len(f.text), "ends are exclusive"


def test_greeting_finding_on_line_one_ends_at_its_last_character(lint: Lint) -> None:
    report = lint("Dear Hiring Manager,\r\n\r\nI liked it.\r\n", select="generic-greeting")
    [finding] = report.findings
    assert (finding.begin, finding.stop) == (Position(1, 1), Position(1, 21))


@pytest.mark.parametrize(
    ("offset", "line", "column"),
    [
        (0, 1, 1),
        (2, 1, 3),
        (4, 2, 1),
        (5, 2, 2),
        (6, 3, 1),
        (7, 3, 2),
        (8, 4, 1),
        (11, 5, 1),
        (12, 5, 2),
    ],
)
def test_line_index_counts_crlf_cr_and_lf_as_one_break(offset: int, line: int, column: int) -> None:
    text = "ab\r\nc\rd\ne\r\nf"  # lines start at offsets 0, 4, 6, 8 and 11
    assert LineIndex(text).position(offset) == Position(line, column)


def test_a_crashing_rule_does_not_stop_the_others(nlp: Any) -> None:
    rules = [active(Crashing), active(GratuitousThanks), active(TemplatePlaceholder)]
    [report] = lint_sources([Source("note.txt", CRLF_NOTE)], Settings(), rules)
    assert [f.rule for f in report.findings] == ["gratuitous-thanks", "template-placeholder"]
    assert report.error == "rule 'crashing' failed: RuntimeError: kaboom"
    assert report.stats is not None and not report.unreadable


def test_check_note_reports_each_failure(nlp: Any) -> None:
    findings, failures = check_note(
        note_of(CRLF_NOTE, nlp), [active(GenericGreeting), active(Crashing), active(Crashing)]
    )
    assert findings == []
    assert failures == ["rule 'crashing' failed: RuntimeError: kaboom"] * 2


def test_a_crash_through_active_rules_and_the_registry(nlp: Any) -> None:
    known = {
        "crashing": Registered(Crashing, "test"),
        "gratuitous-thanks": Registered(GratuitousThanks, "notelint"),
    }
    rules = active_rules(Settings(), known)
    assert [r.id for r in rules] == ["crashing", "gratuitous-thanks"]
    [report] = lint_sources([Source("n.txt", CRLF_NOTE)], Settings(), rules)
    assert [f.rule for f in report.findings] == ["gratuitous-thanks"]
    assert "crashing" in (report.error or "")


def test_findings_are_sorted_by_position_and_deduplicated(nlp: Any) -> None:
    note = note_of(CRLF_NOTE, nlp)
    findings, failures = check_note(
        note, [active(TemplatePlaceholder), active(Backwards), active(GratuitousThanks)]
    )
    assert failures == []
    keys = [(f.start, f.end, f.rule) for f in findings]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys)), "the same rule and span is reported once"
    fors = [f for f in findings if f.rule == "backwards"]
    assert len(fors) == CRLF_NOTE.count("for") == 3
    assert {f.message for f in fors} == {"a 'for'"}, "the first report of a span is kept"
    assert {f.rule for f in findings} == {"backwards", "gratuitous-thanks", "template-placeholder"}


def test_engine_stamps_rule_id_and_effective_severity(nlp: Any) -> None:
    findings, _ = check_note(note_of(CRLF_NOTE, nlp), [active(GratuitousThanks, Severity.ERROR)])
    assert [(f.rule, f.severity) for f in findings] == [("gratuitous-thanks", Severity.ERROR)]


def test_severity_override_through_settings(lint: Lint) -> None:
    settings = Settings(severities={"gratuitous-thanks": Severity.INFO})
    report = lint(CRLF_NOTE, select="gratuitous-thanks", settings=settings)
    assert [str(f.severity) for f in report.findings] == ["info"]


def test_selecting_a_rule_twice_runs_it_once(lint: Lint) -> None:
    report = lint(CRLF_NOTE, select=("template-placeholder", "template-placeholder"))
    assert [f.rule for f in report.findings] == ["template-placeholder"]


def test_every_active_rule_id_is_unique() -> None:
    ids = [r.id for r in active_rules(Settings(plugins=False))]
    assert ids == sorted(set(ids))


def test_sources_keep_their_order_and_empty_ones_are_marked(nlp: Any) -> None:
    sources = [
        Source("a.txt", CRLF_NOTE),
        Source("gone.txt", error="no such file or directory"),
        Source("empty.txt", "  \n"),
        Source("b.txt", "Dear Hiring Manager,\n\nHello.\n"),
    ]
    reports = lint_sources(sources, Settings(select=("generic-greeting",)))
    assert [r.path for r in reports] == ["a.txt", "gone.txt", "empty.txt", "b.txt"]
    assert [r.unreadable for r in reports] == [False, True, False, False]
    assert [r.empty for r in reports] == [False, False, True, False]
    assert reports[1].error == "no such file or directory"
    assert [f.rule for f in reports[3].findings] == ["generic-greeting"]
    assert reports[0].findings == ()
