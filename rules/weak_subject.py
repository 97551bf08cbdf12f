"""Subject line that is missing, empty or generic.

*Why*: the subject is what the interviewer sees in a full inbox, next to a
dozen other "Thank you" messages. A subject that names the role or the
conversation ("Thank you – Data Analyst interview", "Follow-up on the billing
migration") tells them at a glance who you are and makes the note easy to
find again when the panel compares candidates.

The rule looks only at notes that have a subject: an e-mail (``.eml``), which
is reported when it has no ``Subject:`` header at all, and a note with a
``Subject:`` (or ``Re:``) header line. A plain draft without one is not
checked. A subject is generic when every word in it is stock wording such as
"thank you", "follow up", "checking in", "interview", "hello", a day ("Monday's
interview") or "(no subject)".

*Options*: none.

*Bad*: ``Subject: Thank you`` / ``Subject: Following up`` / ``Subject: Thank you for your time``

*Good*: ``Subject: Thank you – Data Analyst interview`` /
``Subject: Follow-up on the billing migration``
"""

from __future__ import annotations

import email.errors
import email.header
import re
from collections.abc import Iterator

from notelint.model import Problem, Severity
from notelint.note import Note, Section
from notelint.rule import NoOptions, Rule
from notelint.rules.scan import body_anchor
from notelint.rules.spelling import THANK_YOU_SLIPS

# Words that say nothing about which role or conversation the note is about.
GENERIC_WORDS = (
    frozenset(
        """
    a an the and or of for to on in at about after from with re fw fwd
    thank thanks thankyou thanking thx ty you your yours much so very many again
    follow following followup up checking check touching base just quick note
    hello hi hey greetings dear
    interview interviews interviewing interviewed meeting meet chat call talk talking
    speaking conversation conversations discussion today yesterday earlier recent
    our my me i we us time opportunity consideration application candidacy update
    status question questions position role job
    no subject great nice lovely wonderful pleasure appreciate appreciation grateful
    gratitude
    merci gracias obrigado obrigada danke grazie salamat arigato cheers ta
    beaucoup muito muchas mille vielen schön schon
    s monday tuesday wednesday thursday friday saturday sunday morning afternoon evening this last
    week
    """.split()
    )
    | THANK_YOU_SLIPS
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# The first block of an e-mail's header lines, which the layout may stop short of
# (folded lines, Received: and other headers a note never has).
_EMAIL_SUBJECT = re.compile(
    r"^[ \t]*subject[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n|\r[ \t]*\r")


class WeakSubject(Rule):
    __doc__ = __doc__
    id = "weak-subject"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        found = subject(note)
        if found is None:
            if note.context.email:
                start, end = body_anchor(note)
                yield Problem(
                    start,
                    end,
                    "the e-mail has no subject; it will show as '(no subject)' in a full "
                    "inbox and may be skipped or filtered",
                    suggestion="add a subject naming the role or the conversation, e.g. "
                    "'Thank you – Data Analyst interview'",
                )
            return
        line, value = found
        text = decoded(note.slice(value))
        if not text.strip():
            yield Problem(
                line.start,
                line.end,
                "the subject line is empty; it will show as '(no subject)' in the inbox",
                suggestion="name the role or the conversation, e.g. "
                "'Thank you – Data Analyst interview'",
            )
        elif generic(text):
            yield Problem(
                value.start,
                value.end,
                f"the subject {text.strip()!r} is generic; it does not say which role or "
                "conversation the note is about, so it is lost among other thank-yous",
                suggestion="name the role or the topic, e.g. 'Thank you – Data Analyst "
                "interview' or 'Follow-up on the billing migration'",
            )


def subject(note: Note) -> tuple[Section, Section] | None:
    """The subject header's line and value, or None when the note has no subject."""
    for header in note.layout.headers:
        if header.name in ("subject", "re"):
            return header.line, header.value
    if not note.context.email:
        return None
    block = _BLANK_LINE.search(note.text)
    match = _EMAIL_SUBJECT.search(note.text, 0, block.start() if block else len(note.text))
    if match is None:
        return None
    return Section(match.start(), match.end()), Section(match.start(1), match.end(1))


def decoded(value: str) -> str:
    """A header value with RFC 2047 encoded words (``=?utf-8?q?...?=``) decoded."""
    if "=?" not in value:
        return value
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return value


def generic(text: str) -> bool:
    """Whether every word of the subject is stock wording (no role, topic or name)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return all(w in GENERIC_WORDS for w in words)
