"""Note sent more than a day after the interview, or within its first hour.

*Why*: career advisers agree that a follow-up note should go out within 24
hours, while the conversation is fresh for both sides; a note that arrives
days later reads as an afterthought, and the decision may already be made.
At the other end, a note sent minutes after you leave the building can read
as rushed or pre-written, so waiting a few hours is suggested (a milder
finding that says so).

The send time is the e-mail's ``Date:`` header for an ``.eml`` file, the
front matter's ``sent:`` for a draft that records it (a sample kept in a
folder of notes, so that a batch check gives the same answer every day), and
the moment of the check for any other draft. The interview time comes from the note's
front matter (``interviewed: 2025-03-04 14:00``), a ``--context`` file or
``--interviewed``; without it the rule stays quiet. A time written without a
zone is the writer's: in the zone of the e-mail's ``Date:``, or this machine's
for a draft (a ``sent:`` without one is in the interview's zone). A date with no
time of day counts as the end of that day. A send
time before the interview is taken as a wrong date and not reported.

*Options*: ``max-hours`` (default 24): report a note sent later than this.
``min-hours`` (default 1): suggest waiting when a note is sent sooner than
this after the interview; 0 turns that off. (Not when the interview is given
as a date alone: its time of day is unknown.)

*Bad*: an e-mail dated Friday morning for an interview on Tuesday afternoon
(sent 2 days 20 hours after the interview).

*Good*: an e-mail sent the evening of the interview, or the next morning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from notelint.context import interview_time, send_time
from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.rule import Rule
from notelint.rules.scan import body_anchor


@dataclasses.dataclass(frozen=True)
class LateOptions:
    max_hours: float = 24.0
    min_hours: float = 1.0


def now() -> dt.datetime:
    """The moment of the check, in UTC (a function of its own, so a test can fix the clock)."""
    return dt.datetime.now(dt.timezone.utc)


class Late(Rule):
    __doc__ = __doc__
    id = "late"
    severity = Severity.WARNING
    Options = LateOptions

    def check(self, note: Note, options: LateOptions) -> Iterator[Problem]:
        if note.context.interviewed is None:
            return
        sent = note.context.sent
        interviewed = interview_time(note.context.interviewed, sent)
        draft = sent is None
        when = now() if sent is None else send_time(sent, interviewed)
        elapsed = when - interviewed
        if elapsed < dt.timedelta(0):
            return  # sent before the interview: more likely a wrong date than a late note
        verb = "sending it now is" if draft else "sent"
        start, end = _anchor(note)
        if elapsed > dt.timedelta(hours=options.max_hours):
            yield Problem(
                start,
                end,
                f"{verb} {duration(elapsed)} after the interview; the advice is within "
                f"{options.max_hours:g} hours, while the conversation is fresh",
                suggestion="send it today anyway, and open with the specific point you "
                "discussed rather than an apology for the delay",
            )
        elif elapsed < dt.timedelta(hours=options.min_hours) and not _date_only(interviewed):
            yield Problem(
                start,
                end,
                f"{verb} only {duration(elapsed)} after the interview; advisers suggest "
                f"waiting a few hours so it does not read as rushed (a suggestion, "
                f"not a mistake)",
                suggestion="schedule it for later today; within 24 hours is what matters",
                severity=Severity.INFO,
            )


def _date_only(interviewed: dt.datetime) -> bool:
    """Whether the interview was given as a date alone, which the context reads as 23:59.

    Then the time of day is unknown, so "too soon after the interview" cannot be told.
    """
    moment = (interviewed.hour, interviewed.minute, interviewed.second, interviewed.microsecond)
    return moment == (23, 59, 0, 0)


def _anchor(note: Note) -> tuple[int, int]:
    """The subject line if there is one, else the first word of the body."""
    for header in note.layout.headers:
        if header.name in ("subject", "re"):
            return header.line.start, header.line.end
    return body_anchor(note)


def duration(elapsed: dt.timedelta) -> str:
    """``elapsed`` in words, rounded down: "3 days 4 hours", "5 hours", "40 minutes"."""
    minutes = int(elapsed.total_seconds() // 60)
    if minutes < 60:
        return _count(minutes, "minute")
    days, hours = divmod(minutes // 60, 24)
    parts = [_count(days, "day")] if days else []
    if hours or not days:
        parts.append(_count(hours, "hour"))
    return " ".join(parts)


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"
