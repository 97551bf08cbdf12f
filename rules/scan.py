"""Helpers shared by the phrase rules: where to look in a note and how to search it."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

from notelint import starts
from notelint.needs import without_comments
from notelint.note import Note, Section


def prose_sections(note: Note) -> list[Section]:
    """The parts a reader reads as the writer's own words: subject, greeting, body, sign-off."""
    parts = [note.subject, note.greeting, note.body, note.signoff, note.postscript]
    return [p for p in parts if p]


def search(
    note: Note,
    pattern: re.Pattern[str],
    sections: Sequence[Section] | None = None,
    skip_quotes: bool = True,
) -> Iterator[Found | re.Match[str]]:
    """Matches of ``pattern`` in ``sections`` (default: the prose), outside quotations.

    Match offsets index ``note.text``. A rule that can tell cheaply where a match
    cannot be narrows ``sections`` first (see :mod:`notelint.rules.gates`).
    """
    parts = prose_sections(note) if sections is None else sections
    if not parts:
        return
    text = note.text
    quotes = note.quotations if skip_quotes else ()
    faithful = lower_is_faithful(text, note.lower)
    fast = _lowered(pattern.pattern, pattern.flags) if faithful else None
    for section in parts:
        if fast is None:
            matches: Iterable[Found | re.Match[str]] = starts.finditer(
                pattern, text, section.start, section.end, note.lower if faithful else None
            )
        else:
            found = starts.finditer(fast, note.lower, section.start, section.end)
            matches = (Found(m, text) for m in found)
        for match in matches:
            start = match.start()
            if quotes and any(a <= start < b for a, b in quotes):
                continue
            yield match


class Found:
    """A match found in the lower-cased text, whose groups read the original text."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match, self._text = match, text

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._match.span(group)

    def group(self, group: int | str = 0) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self._text[start:end]


def lower_is_faithful(text: str, lower: str) -> bool:
    """Whether ``lower`` (``text`` lower-cased) matches case-sensitively as ``text`` does
    ignoring case.

    Only three characters break that: "İ" lower-cases to two characters, and
    IGNORECASE takes "ı" for "i" and "ſ" for "s" although they lower-case to themselves.
    """
    return text.isascii() or (len(lower) == len(text) and "ı" not in text and "ſ" not in text)


# Escapes and group names, whose letters are not literals: "\W", "\U0001F300", "(?P<Name>".
_ESCAPE = re.compile(
    r"\\(?:U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|N\{[^}]*\}|.)|\(\?P[<=][^>)]*[>)]"
)


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of a case-insensitive ``pattern`` for lower-cased text.

    Running it over ``note.lower`` finds the same spans about twice as fast, because
    the regular-expression engine no longer folds case at every step. None when
    the pattern is case-sensitive, has an upper-case literal (which could never
    match lower-cased text) or sets flags inline.
    """
    return _lowered(pattern.pattern, pattern.flags)


@functools.cache
def _lowered(source: str, flags: int) -> re.Pattern[str] | None:
    # Keyed by the source string, whose hash is cached (a compiled pattern's is not).
    if not flags & re.IGNORECASE:
        return None
    # (a verbose pattern's comments are no literals: "# Round 142: 'I'd ...'")
    bare = _ESCAPE.sub(_literal, without_comments(source) if flags & re.VERBOSE else source)
    groups = ("(?:", "(?=", "(?!", "(?<=", "(?<!")
    if "(?" in functools.reduce(lambda text, g: text.replace(g, ""), groups, bare):
        return None  # inline flags
    if any(c.isupper() for c in bare):
        return None
    return re.compile(source, flags & ~re.IGNORECASE)


def _literal(escape: re.Match[str]) -> str:
    """The character a code-point escape stands for; nothing for other escapes and names."""
    text = escape.group()
    if text[:2] in ("\\x", "\\u", "\\U"):
        return chr(int(text[2:], 16))
    if text.startswith("\\N{"):
        return unicodedata.lookup(text[3:-1])
    return ""


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
