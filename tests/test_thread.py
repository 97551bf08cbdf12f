"""A quoted earlier e-mail thread below a reply is not the writer's: no rule reads it."""

from __future__ import annotations

import pytest

from notelint.thread import blank_thread, thread_start

NOTE = (
    "Hi Dana,\n\nThe rate limiter write-up helped; I'd put a budget per tenant.\n\nBest,\nTomás\n\n"
)

THREADS = [
    "On Tue, 3 Mar 2026 at 09:14, Dana Lee <dana@brightpath.io> wrote:\n> Thanks for your time.\n",
    "On Tue, 3 Mar 2026 at 09:14, Dana Lee <dana.lee@\nbrightpath.io> wrote:\n> Hi Tomás,\n",
    "Le mar. 3 mars 2026 à 09:14, Dana Lee <dana@b.io> a écrit :\n> Merci.\n",
    "-----Original Message-----\nFrom: Dana Lee\nSent: Friday\nSubject: RE: Interview\n\nHi\n",
    "________________________________\nFrom: Dana Lee <d@b.io>\nSent: Friday, 27 February\n",
    "From: Dana Lee <d@b.io>\nTo: Tomás\nDate: Fri, 27 Feb 2026\nSubject: Interview\n\nHi\n",
    "---------- Forwarded message ---------\nFrom: Dana\nDate: Fri\n",
    "Begin forwarded message:\n\nFrom: Dana\n",
    "-----ORIGINAL MESSAGE-----\nFROM: DANA\n",
    "> Thanks so much for your time yesterday.\n>\n> Best,\n> Dana\n\n",
]


@pytest.mark.parametrize("thread", THREADS)
def test_the_thread_starts_where_it_is_quoted(thread: str) -> None:
    assert thread_start(NOTE + thread) == len(NOTE)


@pytest.mark.parametrize(
    "text",
    [
        NOTE,
        # A question quoted inside the note, with the note going on after it.
        "Hi Dana,\n\n> How would you cap one noisy tenant?\n\nPer-tenant budgets.\n\nBest,\nT",
        # Header lines above the note are the note's own.
        "Subject: Thanks\nFrom: Tomás <t@x.io>\nDate: Fri, 27 Feb 2026\n\n" + NOTE,
        # Nothing but a quotation: there is no note before it to keep.
        "> Thanks for your time.\n> Dana\n",
        "On reflection I wrote: a budget per tenant.\n",  # not an attribution line
        # A note forwarded whole: the separator and its header block sit on top of it.
        "---------- Forwarded message ---------\nFrom: Tomás <t@x.io>\nDate: Thu, Oct 10, 2024\n"
        "Subject: Follow-up\n\n" + NOTE,
    ],
)
def test_no_thread(text: str) -> None:
    assert thread_start(text) is None


def test_an_email_body_starts_after_its_headers() -> None:
    mail = "From: Tomás <t@x.io>\nTo: Dana <d@b.io>\nDate: Fri, 27 Feb 2026 10:00 +0000\n\n"
    assert thread_start(mail + NOTE, len(mail)) is None
    assert thread_start(mail + NOTE + THREADS[3], len(mail)) == len(mail + NOTE)


def test_blanking_keeps_every_position() -> None:
    text = NOTE + THREADS[0] + "> more\r\n> lines\r\n"
    blanked = blank_thread(text)
    assert len(blanked) == len(text)
    assert blanked[: len(NOTE)] == NOTE
    assert not blanked[len(NOTE) :].strip()
    assert [i for i, c in enumerate(blanked) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]
    assert blank_thread(NOTE) is NOTE


def test_rules_do_not_read_the_quoted_thread(lint) -> None:
    body = "You mentioned the token bucket drift after the Redis failover." + (
        " I would put a budget per tenant inside the billing service." * 15
    )
    interest = "I'd love to join the platform team."
    note = (
        f"Hi Dana,\n\n{body}\n\n{interest}\n\nBest,\nTomás\n\n"
        "On Tue, 3 Mar 2026 at 09:14, Dana Lee <dana@brightpath.io> wrote:\n"
        "> Thanks so much for your time yesterday. [Candidate Name], here is the\n"
        "> write-up, plus the on-call handbook, the runbook and the escalation matrix.\n"
    )
    words = len(body.split()) + len(interest.split())
    assert words == 182
    report = lint(note)
    assert report.stats is not None and report.stats.body_words == words
    assert [f.rule for f in report.findings] == []
    # Without the attribution and the ">" marks the quoted text is the note's own again.
    attribution = note.index("On Tue")
    unquoted = note[:attribution] + note[note.index("> Thanks") :].replace("> ", "")
    assert "template-placeholder" in {f.rule for f in lint(unquoted).findings}
