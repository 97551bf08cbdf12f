"""The shared test helpers behave as the per-rule tests rely on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from notelint.model import Report

Lint = Callable[..., Report]  # the ``lint`` fixture
AssertFindings = Callable[..., Report]  # the ``assert_findings`` fixture

FIELDS = "Dear [Interviewer Name],\n\nI want to join [Company Name].\n"


def test_matches_by_rule_and_covered_text(assert_findings: AssertFindings) -> None:
    report = assert_findings(
        FIELDS,
        ("template-placeholder", "[Company Name]"),
        ("template-placeholder", "Interviewer"),  # contained in the finding's text
    )
    assert [f.rule for f in report.findings] == ["template-placeholder"] * 2


def test_matching_is_not_greedy(assert_findings: AssertFindings) -> None:
    # "" matches any span; it must not steal the finding the second item needs.
    assert_findings(FIELDS, ("template-placeholder", ""), ("template-placeholder", "Interviewer"))


def test_whitespace_is_normalised(assert_findings: AssertFindings) -> None:
    assert_findings(
        "Hi Sam,\n\nThank  you for\nyour time.\n", ("gratuitous-thanks", "Thank you for your time")
    )


def test_missing_finding_fails_listing_the_actual_ones(assert_findings: AssertFindings) -> None:
    with pytest.raises(pytest.fail.Exception) as caught:
        assert_findings(FIELDS, ("template-placeholder", "[Job Title]"))
    message = str(caught.value)
    assert "missing: template-placeholder covering '[Job Title]'" in message
    assert "unexpected: template-placeholder covering '[Interviewer Name]'" in message
    assert "template-placeholder 3:16-3:30 '[Company Name]'" in message
    assert "| Dear [Interviewer Name]," in message


def test_unexpected_findings_fail_unless_not_exact(assert_findings: AssertFindings) -> None:
    with pytest.raises(pytest.fail.Exception, match="unexpected: template-placeholder"):
        assert_findings(FIELDS, ("template-placeholder", "Company"))
    assert_findings(FIELDS, ("template-placeholder", "Company"), exact=False)


def test_select_without_expected_asserts_silence(
    assert_findings: AssertFindings, clean_note: str
) -> None:
    assert_findings("Dear Ms. Shah,\n\nHello.\n", select="generic-greeting")
    assert_findings(clean_note)  # every rule
    with pytest.raises(pytest.fail.Exception, match="rules run: generic-greeting"):
        assert_findings("Dear Hiring Manager,\n\nHello.\n", select="generic-greeting")


def test_only_the_named_rules_run(assert_findings: AssertFindings, flawed_note: str) -> None:
    report = assert_findings(flawed_note, ("generic-greeting", "Dear Hiring Manager"))
    assert {f.rule for f in report.findings} == {"generic-greeting"}


def test_bad_expected_items_are_rejected(assert_findings: AssertFindings) -> None:
    with pytest.raises(TypeError, match="rule_id, covered_text"):
        assert_findings(FIELDS, "template-placeholder")


def test_lint_shares_one_pipeline(lint: Lint, nlp: Any) -> None:
    from notelint.nlp import get_pipeline

    assert get_pipeline(None) is nlp
    assert lint("Dear Hiring Manager,\n\nHello.\n", select="generic-greeting").findings
