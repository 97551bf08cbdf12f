"""Read an e-mail (``.eml``, RFC 5322) as a note, with what its headers say about the interview.

The note is the message's ``text/plain`` part, or text extracted from its
``text/html`` part when that is all there is; quoted-printable, base64 and
multipart messages work. When the message is a single plain-text part sent
as-is (7bit or 8bit), the file's own text is linted, so positions point into
the file. Otherwise the note is the ``Subject:`` line followed by the decoded
body, and positions point into that decoded text.

``To:`` gives the interviewer (its display name) unless set elsewhere, and
``Date:`` is the send time used by ``late``.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import html.parser
import re
from email.message import EmailMessage

from notelint.context import Context
from notelint.errors import InputError
from notelint.sources import MAX_BYTES, decode


class _Text(html.parser.HTMLParser):
    """Visible text of an HTML body, with line breaks where blocks end."""

    _BREAKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        lines = [" ".join(line.split()) for line in "".join(self.parts).splitlines()]
        out: list[str] = []
        for line in lines:
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip() + "\n"


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return parser.text()


_FRONT_MATTER = re.compile(rb"---[ \t]*\r?\n(?:.*?\r?\n)??---[ \t]*\r?\n", re.DOTALL)


def read_email(data: bytes) -> tuple[str, Context]:
    """The note text of an e-mail and the interview context its headers give."""
    if len(data) > MAX_BYTES:
        raise InputError(f"file is larger than 1 MB ({len(data):,} bytes); is it really a note?")
    # Front matter written above the headers (round 267) stays in the note's text, where
    # the directives read it; the headers start after it.
    front = _FRONT_MATTER.match(data)
    head = front.group(0) if front else b""
    message = email.message_from_bytes(data[len(head) :], policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError("e-mail has no text/plain or text/html part to check")
    try:
        body = part.get_content()
    except (LookupError, UnicodeError, ValueError) as exc:
        raise InputError(f"e-mail body cannot be decoded: {exc}") from None
    if not isinstance(body, str):
        raise InputError("e-mail has no text part to check")
    simple = (
        not message.is_multipart()
        and part.get_content_type() == "text/plain"
        and part.get("Content-Transfer-Encoding", "7bit").lower() in ("7bit", "8bit")
    )
    if simple:
        text = decode(data)  # lint the file itself so positions point into it
    else:
        if part.get_content_type() == "text/html":
            body = html_to_text(body)
        subject = str(message.get("Subject", "") or "")
        text = decode(head) + (f"Subject: {subject}\n\n" if subject else "") + body
    return text, _context(message)


def _context(message: EmailMessage) -> Context:
    addresses = email.utils.getaddresses(message.get_all("To", []))
    names = tuple(name.strip() for name, _ in addresses if name.strip())
    sent = None
    if message.get("Date"):
        try:
            sent = email.utils.parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            raise InputError(f"Date: cannot read the date {message['Date']!r}") from None
        if sent.tzinfo is None:
            sent = sent.astimezone()  # a Date without a zone is local time
    return Context(interviewers=names, sent=sent, email=True)
