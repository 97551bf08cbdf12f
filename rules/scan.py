"""Helpers shared by the phrase rules: where to look in a note and how to search it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from notelint.note import Note, Section

_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”")


def prose_sections(note: Note) -> list[Section]:
    """The parts a reader reads as the writer's own words: subject, greeting, body, sign-off."""
    parts = [note.subject, note.greeting, note.body, note.signoff, note.postscript]
    return [p for p in parts if p]


def quoted(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted passages (straight or curly quotes) within one line."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def search(
    note: Note,
    pattern: re.Pattern[str],
    sections: Sequence[Section] | None = None,
    skip_quotes: bool = True,
    keys: Sequence[str] = (),
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``sections`` (default: the prose), outside quotations.

    ``keys`` are lower-case strings of which any match must contain at least one;
    when none occurs in the note the pattern is not run at all (the common case,
    and far cheaper than a case-insensitive scan). Match offsets index ``note.text``.
    """
    if keys and not any(key in note.lower for key in keys):
        return
    text = note.text
    for section in prose_sections(note) if sections is None else sections:
        quotes = quoted(text[section.start : section.end]) if skip_quotes else []
        for match in pattern.finditer(text, section.start, section.end):
            rel = match.start() - section.start
            if any(a <= rel < b for a, b in quotes):
                continue
            yield match


def phrases(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of ``alternatives`` as whole words.

    Spaces in an alternative match any run of whitespace, and a straight apostrophe
    also matches a curly one, so "can't thank you" finds "can’t  thank\\nyou".
    """
    body = "|".join(a.replace("'", "['’]").replace(" ", r"\s+") for a in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-]|\.\w)", re.IGNORECASE)


def body_anchor(note: Note) -> tuple[int, int]:
    """A span for whole-note findings: the first word of the body (or of the note)."""
    section = note.body if note.body else Section(0, len(note.text))
    text = note.text
    start = section.start
    while start < section.end and text[start].isspace():
        start += 1
    end = start
    while end < section.end and not text[end].isspace():
        end += 1
    return start, max(end, start)
