"""Find the earlier e-mail thread that a mail client quotes below a reply.

A note pasted from a mail client often carries the conversation it answers:
"On Tue, 3 Mar 2026 at 09:14, Dana Lee <dana@...> wrote:" and ">" lines,
Outlook's "-----Original Message-----" or a "From: ... Sent: ..." block, a
forwarded message. None of it is the writer's, so no rule should judge it:
its "Thanks so much for your time" is the interviewer's, and its words must
not count towards the note's length. The engine blanks it (spaces, line
breaks kept) before the note is parsed, as it blanks directives, so every
position still indexes the original text.

A thread starts at a line, after the note has begun, that is:

* an attribution ending in "wrote:" (also across two lines, and "a écrit :",
  "schrieb", "escribió:");
* "-----Original Message-----", "---------- Forwarded message ---------" or
  "Begin forwarded message:";
* a "From:" line with a "Sent:"/"Date:" line within the next three lines, or a
  line of underscores right before such a block (Outlook);
* a run of ">" lines that goes on to the end of the note (blank lines aside).
"""

from __future__ import annotations

import re

# Every thread start holds one of these ("--" begins the separators, whatever their case).
_MARKS = ("wrote", "crit", "schrieb", "escribi", "--", "orwarded", "From:", ">")
_WROTE = r"(?:wrote|a\s+écrit|schrieb|escribió)[^\n]{0,40}:[ \t]*$"
_ATTRIBUTION = re.compile(  # on one line, or wrapped onto a second
    rf"^[ \t]*(?:On|Le|Am|El)\b[^\n]{{0,200}}?{_WROTE}"
    rf"|^[ \t]*(?:On|Le|Am|El)\b[^\n]{{0,200}}\r?\n[^\n]{{0,120}}{_WROTE}",
    re.MULTILINE,
)
_SEPARATOR = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:Original\s+Message|Forwarded\s+message)[ \t]*-{2,}"
    r"|Begin\s+forwarded\s+message:)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_OUTLOOK = re.compile(
    r"^(?:[ \t]*_{8,}[ \t]*\r?\n)?[ \t]*From:[^\n]*\r?\n(?:[^\n]*\r?\n){0,2}[ \t]*(?:Sent|Date):",
    re.MULTILINE,
)
_NOT_SPACE = re.compile(r"[^\r\n]")


def thread_start(text: str, at: int = 0) -> int | None:
    """Where a quoted earlier thread begins in ``text``, or None if there is none.

    ``at`` is where the note starts (an e-mail's body): the thread must come after
    a line of the note's own that is not a header ("Subject: ...").
    """
    if not any(mark in text for mark in _MARKS):
        return None  # the common case: no attribution, separator or quoted line
    starts = []
    for pattern in (_ATTRIBUTION, _SEPARATOR, _OUTLOOK):
        match = pattern.search(text, at)
        while match is not None and not _begun(text, at, match.start()):
            match = pattern.search(text, match.end())
        if match is not None:
            starts.append(match.start())
    if ">" in text:
        tail = _quoted_tail(text)
        if tail is not None and tail >= at and _begun(text, at, tail):
            starts.append(tail)
    return min(starts) if starts else None


_HEADER = re.compile(r"[ \t]*[A-Za-z][\w-]*:[ \t]")


def _begun(text: str, at: int, start: int) -> bool:
    """Whether the note has a line of its own, not a header, between ``at`` and ``start``.

    A separator is not the writer's either: a note forwarded whole ("---------- Forwarded
    message ---------" and its "From:"/"Date:" block on top) is the note itself.
    """
    return any(
        line.strip() and not _HEADER.match(line) and not _SEPARATOR.match(line)
        for line in text[at:start].splitlines()
    )


def _quoted_tail(text: str) -> int | None:
    """Where a run of ">" lines that ends the text begins (after the note's own text)."""
    start = None
    end = len(text)
    while end > 0:
        line_start = max(text.rfind("\n", 0, end - 1), text.rfind("\r", 0, end - 1)) + 1
        line = text[line_start:end].strip()
        if line.startswith(">"):
            start = line_start + (len(text[line_start:end]) - len(text[line_start:end].lstrip()))
        elif line:
            break
        end = line_start
    return start


def blank_thread(text: str, at: int = 0) -> str:
    """``text`` with a quoted earlier thread, if any, replaced by spaces (line breaks kept)."""
    start = thread_start(text, at)
    if start is None:
        return text
    return text[:start] + _NOT_SPACE.sub(" ", text[start:])
