"""late: sent more than max-hours after the interview (or within min-hours of it).

Interview times are computed from ``datetime.now()`` inside each test, or the send
time comes from an e-mail's Date: header, so the results never depend on the day.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json

import pytest

from notelint import Settings, lint_paths
from notelint.context import Context
from notelint.rules.late import duration

NOTE = """Hi Priya,

You mentioned the backlog of vendor invoices; at Globex I cut a similar backlog by half.

Best,
Ana
"""

EMAIL = """From: Ana Ruiz <ana@example.com>
To: Priya Shah <priya@example.com>
Subject: Vendor invoice backlog
Date: {date}

Hi Priya,

You mentioned the backlog of vendor invoices; at Globex I cut a similar backlog by half.

Best,
Ana
"""


def _ago(**delta: float) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) - dt.timedelta(**delta)


def _settings(interviewed: dt.datetime | None, **options: object) -> Settings:
    return Settings(
        select=("late",),
        context=Context(interviewed=interviewed),
        options={"late": options} if options else {},
    )


def test_within_a_day_is_quiet(lint) -> None:
    assert lint(NOTE, settings=_settings(_ago(hours=5))).findings == ()
    assert lint(NOTE, settings=_settings(_ago(hours=23, minutes=50))).findings == ()


def test_thirty_hours_later_fires_at_the_body(lint) -> None:
    [finding] = lint(NOTE, settings=_settings(_ago(hours=30))).findings
    assert finding.rule == "late" and str(finding.severity) == "warning"
    assert "1 day 6 hours after the interview" in finding.message
    assert "within 24 hours" in finding.message
    assert "now" in finding.message  # a draft: the send time is the moment of the check
    assert (finding.begin.line, finding.begin.column) == (3, 1) and finding.text == "You"


def test_anchored_on_the_subject_line(lint) -> None:
    text = "Subject: Vendor invoice backlog\n\n" + NOTE
    [finding] = lint(text, settings=_settings(_ago(days=3, hours=4, minutes=10))).findings
    assert "3 days 4 hours" in finding.message
    assert finding.text == "Subject: Vendor invoice backlog" and finding.begin.line == 1


def test_interview_time_from_front_matter(lint) -> None:
    when = _ago(hours=40).isoformat(timespec="minutes")
    text = f"---\ninterviewed: {when}\n---\n" + NOTE
    [finding] = lint(text, select="late").findings
    assert "1 day 16 hours" in finding.message
    fresh = f"---\ninterviewed: {_ago(hours=3).isoformat(timespec='minutes')}\n---\n" + NOTE
    assert lint(fresh, select="late").findings == ()


def test_send_time_from_front_matter(lint) -> None:
    # A sample kept in a folder of notes records when it was sent: the answer is the
    # same whatever day the check runs.
    head = "---\ninterviewed: 2026-11-19 10:00 +00:00\nsent: {sent}\n---\n"
    [finding] = lint(head.format(sent="2026-11-21 16:30 +00:00") + NOTE, select="late").findings
    assert "sent 2 days 6 hours after the interview" in finding.message
    assert "now" not in finding.message
    assert lint(head.format(sent="2026-11-19 18:40 +00:00") + NOTE, select="late").findings == ()
    # A send time without a zone is in the interview's zone.
    assert lint(head.format(sent="2026-11-20 09:00") + NOTE, select="late").findings == ()
    [finding] = lint(head.format(sent="2026-11-20 10:20") + NOTE, select="late").findings
    assert finding.message.startswith("sent 1 day after the interview")


def test_an_unreadable_send_time_is_an_input_error(lint) -> None:
    text = "---\ninterviewed: 2026-11-19 10:00\nsent: yesterday\n---\n" + NOTE
    report = lint(text, select="late")
    assert report.error is not None and "sent: cannot read the date 'yesterday'" in report.error


def test_max_hours_option(lint) -> None:
    assert lint(NOTE, settings=_settings(_ago(hours=30), **{"max-hours": 48})).findings == ()
    [finding] = lint(NOTE, settings=_settings(_ago(hours=50), **{"max-hours": 48})).findings
    assert "2 days 2 hours" in finding.message and "within 48 hours" in finding.message
    [finding] = lint(NOTE, settings=_settings(_ago(hours=13), **{"max-hours": 12})).findings
    assert "13 hours" in finding.message and "within 12 hours" in finding.message


def test_first_hour_gets_a_milder_finding(lint) -> None:
    [finding] = lint(NOTE, settings=_settings(_ago(minutes=20))).findings
    assert "20 minutes after the interview" in finding.message
    assert "waiting a few hours" in finding.message and "suggestion" in finding.message


def test_min_hours_option(lint) -> None:
    assert lint(NOTE, settings=_settings(_ago(minutes=20), **{"min-hours": 0})).findings == ()
    assert lint(NOTE, settings=_settings(_ago(hours=2))).findings == ()
    [finding] = lint(NOTE, settings=_settings(_ago(hours=2), **{"min-hours": 3})).findings
    assert "2 hours after the interview" in finding.message


def test_no_interview_date_is_quiet(lint) -> None:
    assert lint(NOTE, settings=_settings(None)).findings == ()
    assert lint(NOTE, select="late").findings == ()


def test_send_time_before_the_interview_is_quiet(lint) -> None:
    assert lint(NOTE, settings=_settings(_ago(hours=-30))).findings == ()


def test_email_date_is_the_send_time(cli, write) -> None:
    path = write("late.eml", EMAIL.format(date="Fri, 7 Mar 2025 09:30:00 +0000"))
    result = cli(
        "--format", "json", "--select", "late", "--interviewed", "2025-03-04 14:00+00:00", str(path)
    )
    assert result.code == 1, result.stderr
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert finding["message"].startswith("sent 2 days 19 hours after the interview;")
    assert "the advice is within 24 hours" in finding["message"]
    assert finding["text"] == "Subject: Vendor invoice backlog" and finding["line"] == 3


def test_front_matter_at_the_top_of_an_email_body_gives_the_interview(cli, write) -> None:
    headers, body = EMAIL.format(date="Fri, 7 Mar 2025 09:30:00 +0000").split("\n\n", 1)
    front = "---\ninterviewer: [Priya Shah, Tom Lee]\ninterviewed: 2025-03-04 14:00+00:00\n---\n"
    path = write("front.eml", f"{headers}\n\n{front}{body}")
    result = cli("--format", "json", str(path))
    findings = json.loads(result.stdout)["files"][0]["findings"]
    # The front matter is read, then blanked: its list is no template field.
    assert [f["rule"] for f in findings] == ["late", "no-interest"], findings


def test_broken_front_matter_in_an_email_names_its_line_in_the_file(cli, write) -> None:
    headers, body = EMAIL.format(date="Fri, 7 Mar 2025 09:30:00 +0000").split("\n\n", 1)
    path = write("broken.eml", f"{headers}\n\n---\ninterviewer: [Priya\n---\n{body}")
    result = cli(str(path))
    assert result.code == 2
    assert "line 8: malformed front matter" in result.stderr, result.stderr  # its closing ---


def test_email_sent_the_same_evening_is_quiet(cli, write) -> None:
    path = write("prompt.eml", EMAIL.format(date="Tue, 4 Mar 2025 19:05:00 +0000"))
    result = cli("--select", "late", "--interviewed", "2025-03-04 14:00+00:00", str(path))
    assert result.code == 0, result.stdout + result.stderr


def test_a_time_without_a_zone_is_in_the_zone_of_the_emails_date(cli, write) -> None:
    # Written in Brisbane: 14:00 there, sent 18 minutes later; on a machine in any zone.
    headers, body = EMAIL.format(date="Wed, 8 Jul 2026 14:18:00 +1000").split("\n\n", 1)
    path = write("brisbane.eml", f"{headers}\n\n---\ninterviewed: 2026-07-08 14:00\n---\n{body}")
    result = cli("--format", "json", "--select", "late", str(path))
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert finding["severity"] == "info" and "only 18 minutes after" in finding["message"]


def test_email_through_lint_paths_with_a_date_only_interview(write) -> None:
    # A date alone is the end of that day (23:59 local time), so a note is never
    # called late before it could be.
    end_of_day = dt.datetime(2025, 3, 4, 23, 59).astimezone()
    sent = end_of_day + dt.timedelta(hours=34, minutes=1)
    path = write("dated.eml", EMAIL.format(date=email.utils.format_datetime(sent)))
    settings = Settings(select=("late",), context=Context(interviewed=end_of_day))
    [report] = lint_paths([str(path)], settings)
    [finding] = report.findings
    assert "sent 1 day 10 hours" in finding.message
    for name, moment in (
        ("evening.eml", end_of_day - dt.timedelta(hours=4)),
        ("midnight.eml", end_of_day + dt.timedelta(minutes=10)),
    ):
        # Before the end of the day is not late; just after it is not "too soon"
        # either, since the time of the interview is unknown.
        early = write(name, EMAIL.format(date=email.utils.format_datetime(moment)))
        assert lint_paths([str(early)], settings)[0].findings == ()


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (dt.timedelta(days=3, hours=4, minutes=59), "3 days 4 hours"),
        (dt.timedelta(days=1), "1 day"),
        (dt.timedelta(days=2, minutes=30), "2 days"),
        (dt.timedelta(hours=1), "1 hour"),
        (dt.timedelta(hours=5, minutes=30), "5 hours"),
        (dt.timedelta(minutes=1), "1 minute"),
        (dt.timedelta(seconds=30), "0 minutes"),
    ],
)
def test_duration_wording(delta: dt.timedelta, words: str) -> None:
    assert duration(delta) == words


def test_front_matter_above_an_emails_headers_leaves_its_date_the_send_time(cli, write) -> None:
    # Round 267: a careers service's .eml with the interview written above the headers
    front = "---\ninterviewed: 2025-03-04 14:00+00:00\n---\n"
    path = write("above.eml", front + EMAIL.format(date="Tue, 4 Mar 2025 19:05:00 +0000"))
    result = cli("--select", "late", str(path))
    assert result.code == 0, result.stdout + result.stderr
    path = write("above-late.eml", front + EMAIL.format(date="Fri, 7 Mar 2025 09:30:00 +0000"))
    result = cli("--format", "json", "--select", "late", str(path))
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert finding["message"].startswith("sent 2 days 19 hours after the interview;")
