"""The interview a note follows: whom you met, where, when, and what you discussed.

Sources, later overriding earlier:

1. the note's own front matter (``interviewer``, ``company``, ``role``,
   ``interviewed``, ``topics``, and ``sent``: when a draft kept as a sample was,
   or will be, sent, so that ``late`` reads it and not this machine's clock);
2. ``--context FILE``: your interview notes or the job posting (plain text or
   Markdown, which may carry the same front matter);
3. the flags ``--interviewer``, ``--company``, ``--role``, ``--interviewed``;
4. for an e-mail (``.eml``): its ``Date:`` is the send time, and its ``To:``
   display name is the interviewer unless one is set above.

Dates are ISO 8601 (``2025-03-04``, ``2025-03-04 14:30``, ``2025-03-04T14:30+01:00``).
A date-time without a time zone is the writer's local time: an e-mail's, the zone
of its ``Date:``; a draft's, the zone of the other time given, else this machine's.
A date with no time of day counts as the end of that day (23:59), so a note is never
called late before it could be.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from notelint.errors import InputError

KEYS = ("interviewer", "company", "role", "interviewed", "topics", "sent")


@dataclasses.dataclass(frozen=True)
class Context:
    """What is known about the interview; every field may be unknown."""

    interviewers: tuple[str, ...] = ()
    company: str | None = None
    role: str | None = None
    interviewed: dt.datetime | None = None
    topics: tuple[str, ...] = ()
    notes: str = ""  # the text of --context files: interview notes, the job posting
    sent: dt.datetime | None = None  # an e-mail's Date: or front matter's sent:, else now
    email: bool = False  # the note came from an .eml file (it should have a subject)

    def merged(self, other: Context) -> Context:
        """``self`` with every field ``other`` knows overriding it (notes are joined)."""
        values: dict[str, Any] = {}
        for field in dataclasses.fields(self):
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            if field.name == "notes":
                values[field.name] = "\n\n".join(t for t in (mine, theirs) if t)
            elif field.name == "email":
                values[field.name] = mine or theirs
            else:
                values[field.name] = theirs if theirs not in (None, (), "") else mine
        return Context(**values)

    @property
    def known(self) -> bool:
        return self != Context()


def parse_when(value: object, where: str) -> dt.datetime:
    """A date or date-time; one without a time zone stays naive (see ``interview_time``)."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day, 23, 59)
    elif isinstance(value, str):
        text = value.strip().replace(" ", "T", 1) if len(value.strip()) > 10 else value.strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            moment = dt.datetime.fromisoformat(text)
            if len(text) == 10:  # a date alone: the end of that day
                moment = moment.replace(hour=23, minute=59)
        except ValueError:
            raise InputError(
                f"{where}: cannot read the date {value!r}; write it as 2025-03-04 or "
                "2025-03-04 14:30 (a time zone such as +01:00 is optional)"
            ) from None
    else:
        raise InputError(f"{where}: expected a date, got {value!r}")
    return moment


def interview_time(interviewed: dt.datetime, sent: dt.datetime | None) -> dt.datetime:
    """``interviewed`` as an aware datetime: one written without a time zone is in the
    zone of the e-mail's ``Date:`` (the writer's clock), or this machine's for a draft."""
    if interviewed.tzinfo is not None:
        return interviewed
    if sent is not None and sent.tzinfo is not None:
        return interviewed.replace(tzinfo=sent.tzinfo)
    return interviewed.astimezone()  # local time, as documented


def send_time(sent: dt.datetime, interviewed: dt.datetime) -> dt.datetime:
    """``sent`` as an aware datetime: one written without a time zone is in the zone of
    ``interviewed`` (already aware, see ``interview_time``)."""
    return sent if sent.tzinfo is not None else sent.replace(tzinfo=interviewed.tzinfo)


def _names(value: object, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        raise InputError(f"{where}: expected a name or a list of names, got {value!r}")
    return tuple(v.strip() for v in items)


def from_mapping(data: Mapping[str, Any], where: Callable[[str], str] | str = "") -> Context:
    """A Context from front-matter keys; other keys are ignored, bad values are errors.

    ``where(key)`` (or a fixed string) prefixes error messages, e.g. ``"line 3: "``.
    """

    def at(key: str) -> str:
        return (where(key) if callable(where) else where) + key

    fields: dict[str, Any] = {}
    if "interviewer" in data:
        fields["interviewers"] = _names(data["interviewer"], at("interviewer"))
    for key in ("company", "role"):
        if key in data:
            value = data[key]
            if not isinstance(value, str) or not value.strip():
                raise InputError(f"{at(key)}: expected text, got {value!r}")
            fields[key] = value.strip()
    if "interviewed" in data:
        fields["interviewed"] = parse_when(data["interviewed"], at("interviewed"))
    if "topics" in data:
        fields["topics"] = _names(data["topics"], at("topics"))
    if "sent" in data:
        fields["sent"] = parse_when(data["sent"], at("sent"))
    return Context(**fields)


def from_flags(
    interviewer: list[str] | None,
    company: str | None,
    role: str | None,
    interviewed: str | None,
) -> Context:
    """A Context from the command-line flags (InputError for an unreadable date)."""
    return Context(
        interviewers=tuple(n.strip() for n in interviewer or () if n.strip()),
        company=company or None,
        role=role or None,
        interviewed=parse_when(interviewed, "--interviewed") if interviewed else None,
    )


def from_file(path: str) -> Context:
    """A Context from a --context file: its front matter, and its text as interview notes."""
    from notelint.directives import find
    from notelint.sources import read_file

    try:
        text = read_file(Path(path))
        found = find(text)
        context = from_mapping(found.front_matter, f"{path}: ")
    except InputError as exc:
        message = str(exc)
        raise InputError(message if message.startswith(path) else f"{path}: {message}") from None
    return dataclasses.replace(context, notes=found.text.strip())
