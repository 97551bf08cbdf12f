"""Interview context: front matter, --context files, flags, e-mail headers; context-aware
references; the score and verdict."""

from __future__ import annotations

import base64
import datetime as dt
import json
import quopri

import pytest

from notelint.context import Context, from_mapping, interview_time, parse_when
from notelint.errors import InputError
from notelint.mail import read_email

NOTE = "Hi Priya,\n\nYou mentioned the reporting dashboards; I built several at Acme.\n\nI am keen to join the team.\n\nBest,\nAna\n"
RULE = "no-conversation-reference"


def test_front_matter_keys_become_context() -> None:
    ctx = from_mapping(
        {
            "interviewer": ["Priya Shah", "Tom Lee"],
            "company": "Acme",
            "role": "Analyst",
            "interviewed": "2025-03-04 14:30+01:00",
            "topics": ["billing", "on-call"],
        }
    )
    assert ctx.interviewers == ("Priya Shah", "Tom Lee") and ctx.company == "Acme"
    assert ctx.interviewed == dt.datetime(
        2025, 3, 4, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert ctx.topics == ("billing", "on-call")


def test_naive_times_are_the_writers_and_a_bare_date_is_the_end_of_that_day() -> None:
    moment = parse_when("2025-03-04 14:30", "x")
    assert moment == dt.datetime(2025, 3, 4, 14, 30) and moment.tzinfo is None
    assert parse_when("2025-03-04", "x") == dt.datetime(2025, 3, 4, 23, 59)
    # An e-mail's Date: gives the writer's zone; a draft has only this machine's.
    brisbane = dt.timezone(dt.timedelta(hours=10))
    sent = dt.datetime(2025, 3, 4, 14, 48, tzinfo=brisbane)
    assert interview_time(moment, sent) == dt.datetime(2025, 3, 4, 14, 30, tzinfo=brisbane)
    assert interview_time(moment, None) == moment.astimezone()
    aware = parse_when("2025-03-04 14:30+01:00", "x")
    assert interview_time(aware, sent) is aware


def test_later_sources_override_earlier_ones() -> None:
    merged = Context(company="Acme", topics=("a",)).merged(Context(company="Globex", notes="n"))
    assert merged.company == "Globex" and merged.topics == ("a",) and merged.notes == "n"


def test_listed_topics_are_matched_on_stems(lint) -> None:
    front = "---\ntopics: [automation of eliminations, month-end close]\n---\n"
    missing = lint(front + NOTE, select=RULE).findings
    assert len(missing) == 1
    assert missing[0].suggestion == (
        "build on something you discussed, such as 'automation of eliminations', 'month-end close'"
    )
    hit = NOTE.replace(
        "the reporting dashboards; I built several at Acme", "automating the eliminations step"
    )
    assert lint(front + hit, select=RULE).findings == ()


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        # Round 159: British and American spellings, a price said another way
        ("e-book licensing costs", "what publishers charge for metered two-year licences"),
        # a hyphenated compound names its parts
        ("SQL window functions", "the window-functions question"),
    ],
)
def test_a_topic_is_met_in_other_spellings(lint, topic: str, said: str) -> None:
    front = f"---\ntopics: [{topic}]\n---\n"
    note = NOTE.replace("the reporting dashboards; I built several at Acme", said)
    assert len(lint(front + NOTE, select=RULE).findings) == 1
    assert lint(front + note, select=RULE).findings == ()


def test_context_file_notes_and_flags(cli, write) -> None:
    notes = write(
        "interview-notes.md",
        "---\ncompany: Acme\n---\nDiscussed the vendor invoice backlog and the Coupa rollout.\n",
    )
    generic = write("a.txt", NOTE)
    specific = write(
        "b.txt",
        NOTE.replace(
            "the reporting dashboards; I built several at Acme",
            "the Coupa rollout and the invoice backlog",
        ),
    )
    result = cli(
        "--format", "json", "--select", RULE, "--context", str(notes), str(generic), str(specific)
    )
    files = json.loads(result.stdout)["files"]
    assert [len(f["findings"]) for f in files] == [1, 0]
    assert (
        "'coupa'" in files[0]["findings"][0]["suggestion"]
        or "'invoice'" in files[0]["findings"][0]["suggestion"]
    )


def test_without_context_the_core_behaviour_holds(lint) -> None:
    assert lint(NOTE, select=RULE).findings == ()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--interviewed", "next tuesday"],
            "notelint: error: --interviewed: cannot read the date 'next tuesday'",
        ),
        (
            ["--context", "/nonexistent/notes.md"],
            "notelint: error: /nonexistent/notes.md: no such file or directory",
        ),
    ],
)
def test_bad_context_flags_are_one_line_errors(cli, write, args, message) -> None:
    result = cli(*args, str(write("a.txt", NOTE)))
    assert (
        result.code == 2
        and result.stderr_lines[0].startswith(message)
        and len(result.stderr_lines) == 1
    )


def test_unparseable_front_matter_date_names_the_line(cli, write) -> None:
    path = write("a.txt", "---\ncompany: Acme\ninterviewed: tuesday\n---\n" + NOTE)
    other = write("b.txt", NOTE)
    result = cli(str(path), str(other))
    assert result.code == 2
    assert result.stderr_lines == [
        f"{path}: error: line 3: interviewed: cannot read the date 'tuesday'; "
        "write it as 2025-03-04 or 2025-03-04 14:30 (a time zone such as +01:00 is optional)"
    ]
    assert f"{other}: 100/100, ready to send" in result.stdout


HEADERS = "From: Ana Ruiz <ana@example.com>\nTo: Priya Shah <priya@acme.com>\nSubject: Follow-up on the dashboards\nDate: Tue, 04 Mar 2025 18:00:00 +0000\nMIME-Version: 1.0\n"


def test_plain_email_is_linted_in_place_with_header_context() -> None:
    data = (HEADERS + "Content-Type: text/plain; charset=utf-8\n\n" + NOTE).encode()
    text, ctx = read_email(data)
    assert text == data.decode()
    assert ctx.interviewers == ("Priya Shah",) and ctx.email
    assert ctx.sent == dt.datetime(2025, 3, 4, 18, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_encoded_email_bodies_are_decoded(encoding: str) -> None:
    body = NOTE.replace("Priya", "Zoë").encode()
    payload = (
        quopri.encodestring(body) if encoding == "quoted-printable" else base64.encodebytes(body)
    )
    data = (
        HEADERS
        + f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {encoding}\n\n"
    ).encode() + payload
    text, _ = read_email(data)
    assert text == "Subject: Follow-up on the dashboards\n\n" + NOTE.replace("Priya", "Zoë")


def test_multipart_prefers_plain_and_html_only_is_extracted() -> None:
    html = "<html><body><p>Hi Priya,</p><p>You mentioned the <b>reporting dashboards</b>.</p></body></html>"
    multi = (
        HEADERS + 'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\n"
        + NOTE
        + "\n--b\nContent-Type: text/html; charset=utf-8\n\n"
        + html
        + "\n--b--\n"
    )
    assert read_email(multi.encode())[0].startswith(
        "Subject: Follow-up on the dashboards\n\nHi Priya,\n\nYou mentioned"
    )
    only_html = HEADERS + "Content-Type: text/html; charset=utf-8\n\n" + html
    assert read_email(only_html.encode())[0] == (
        "Subject: Follow-up on the dashboards\n\nHi Priya,\n\nYou mentioned the reporting dashboards.\n"
    )


def test_email_without_a_text_part_is_an_error(cli, write) -> None:
    data = (
        HEADERS
        + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\naGVsbG8=\n--b--\n'
    )
    with pytest.raises(InputError, match="no text/plain or text/html part"):
        read_email(data.encode())
    path = write("note.eml", data)
    result = cli(str(path))
    assert result.code == 2 and result.stderr_lines == [
        f"{path}: error: e-mail has no text/plain or text/html part to check"
    ]


def test_score_and_verdict_in_json(cli, write) -> None:
    bad = write(
        "bad.txt", "Dear Hiring Manager,\n\nThank you for your time.\n\nBest,\n[Your Name]\n"
    )
    good = write("good.txt", NOTE)
    files = json.loads(cli("--format", "json", str(bad), str(good)).stdout)["files"]
    errors = sum(f["severity"] == "error" for f in files[0]["findings"])
    warnings = sum(f["severity"] == "warning" for f in files[0]["findings"])
    assert files[0]["score"] == max(0, 100 - 25 * errors - 10 * warnings)
    assert files[0]["verdict"] == f"fix {errors + warnings} problems first"
    assert (files[1]["score"], files[1]["verdict"]) == (100, "ready to send")
