"""weak-subject: a subject that is missing (e-mail), empty or generic."""

from __future__ import annotations

import json

import pytest

from notelint import Settings, lint_paths

BODY = """Hi Priya,

You mentioned the backlog of vendor invoices; at Globex I cut a similar backlog by half.

Best,
Ana
"""

EMAIL_HEAD = """From: Ana Ruiz <ana@example.com>
To: Priya Shah <priya@example.com>
Date: Tue, 4 Mar 2025 19:05:00 +0000
"""

SELECT = Settings(select=("weak-subject",))


@pytest.mark.parametrize(
    "subject",
    [
        "Thank you",
        "Thanks!",
        "Follow up",
        "Following up",
        "Follow-up",
        "Thank you for your time",
        "Interview",
        "Checking in",
        "Hello",
        "(no subject)",
        "THANK YOU!!!",
        "Obrigado!",
        "Merci beaucoup",
        "Thank yuo",
        "Thank you for the opportunity",
        "Re: Thank you for the interview",
        "Following up on my application",
        # a day names no role and no topic
        "Thank you - Monday's interview",
        "Follow-up on Tuesday's interview",
    ],
)
def test_generic_subject_fires_on_the_subject(assert_findings, subject: str) -> None:
    report = assert_findings(f"Subject: {subject}\n\n{BODY}", ("weak-subject", subject))
    [finding] = report.findings
    assert finding.text == subject and finding.begin.line == 1 and finding.begin.column == 10
    assert "generic" in finding.message


@pytest.mark.parametrize(
    "subject",
    [
        "Thank you – Data Analyst interview",
        "Follow-up on the billing migration",
        "Following up – Senior Accountant interview",
        "Administrative Assistant interview",
        "Thanks for the tour of the Harlow Press catalogue",
        "Thank you - Monday's rota question",
        # A placeholder is template-placeholder's finding, not a generic subject.
        "Thank you – [Job Title] interview",
    ],
)
def test_specific_subject_passes(assert_findings, subject: str) -> None:
    assert_findings(f"Subject: {subject}\n\n{BODY}", select="weak-subject")


def test_re_header_counts_as_the_subject(assert_findings) -> None:
    assert_findings(f"Re: Thanks!\n\n{BODY}", ("weak-subject", "Thanks!"))
    assert_findings(f"Re: Vendor invoice backlog\n\n{BODY}", select="weak-subject")


def test_empty_subject_fires_on_the_line(lint) -> None:
    [finding] = lint(f"Subject:\n\n{BODY}", select="weak-subject").findings
    assert finding.text == "Subject:" and "empty" in finding.message


def test_draft_without_a_subject_is_quiet(assert_findings) -> None:
    assert_findings(BODY, select="weak-subject")


def test_letter_reference_line_after_the_greeting_is_not_a_subject(assert_findings) -> None:
    text = "Dear Ms. Shah,\n\nRE: Thank you for the interview\n\n" + BODY.split("\n", 2)[2]
    assert_findings(text, select="weak-subject")


def test_email_without_a_subject_fires(write) -> None:
    path = write("no-subject.eml", EMAIL_HEAD + "\n" + BODY)
    [report] = lint_paths([str(path)], SELECT)
    [finding] = report.findings
    assert finding.rule == "weak-subject" and "no subject" in finding.message
    assert finding.text == "You"  # the start of the body


def test_email_with_a_generic_subject_fires_through_the_cli(cli, write) -> None:
    path = write("thanks.eml", EMAIL_HEAD + "Subject: Thank you!\n\n" + BODY)
    result = cli("--format", "json", "--select", "weak-subject", str(path))
    assert result.code == 1
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert finding["text"] == "Thank you!" and finding["line"] == 4


def test_email_with_a_specific_subject_passes(write) -> None:
    path = write("good.eml", EMAIL_HEAD + "Subject: Vendor invoice backlog\n\n" + BODY)
    assert lint_paths([str(path)], SELECT)[0].findings == ()


def test_email_subject_after_headers_the_layout_does_not_know(write) -> None:
    # Received: and folded header lines end the layout's header block early.
    head = (
        "Received: from mail.example.com\n\tby mx.example.com\n"
        + EMAIL_HEAD
        + "Subject: Following up\n\n"
    )
    body = BODY.split("\n", 2)[2]  # no greeting either: nothing stops the header scan
    [report] = lint_paths([str(write("received.eml", head + body))], SELECT)
    [finding] = report.findings
    assert finding.text == "Following up" and "generic" in finding.message


def test_encoded_subject_is_decoded(write) -> None:
    path = write("encoded.eml", EMAIL_HEAD + "Subject: =?utf-8?q?Thank_you!?=\n\n" + BODY)
    [finding] = lint_paths([str(path)], SELECT)[0].findings
    assert "'Thank you!'" in finding.message


def test_multipart_email_with_a_generic_subject(write) -> None:
    message = (
        EMAIL_HEAD
        + "Subject: Checking in\n"
        + 'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b"\n\n'
        + "--b\nContent-Type: text/plain; charset=utf-8\n\n"
        + BODY
        + "\n--b--\n"
    )
    [finding] = lint_paths([str(write("multi.eml", message))], SELECT)[0].findings
    assert finding.text == "Checking in"
