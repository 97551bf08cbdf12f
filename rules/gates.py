"""Gated search: run a phrase pattern only where the words its matches hold are.

The regex engine tries a pattern that starts with ``\\b`` at every position of
the text, at some 30 ns a character. A :class:`WordGate` lists the words every
match of a pattern holds; :class:`GatedSearch` runs the pattern only on a note
that has them, and there only on the stretch between sentence stops around
them. Used by ``desperation`` and ``sycophancy``; their tests check each gate
against every example note and against generated matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from notelint.note import Note, Section
from notelint.rules.scan import Found, lower_is_faithful, prose_sections, search

_STOPS = ".!?"  # no pattern matches these, so no match runs across one (a test checks it)
_PAST_STOP = 2  # what a look-ahead may read past a stop: phrases() looks for ".x"


class WordGate:
    """The words every match of a pattern holds, so that the pattern runs only where they are.

    Each line is a way to match, written as groups of words (``"hope|chance last|only"``):
    a match holds a word of each group as a whole word, with whitespace or a non-word
    character on either side in every match (whitespace before a word with an
    apostrophe), so ``note.word_parts`` has it. The first group holds the line's leads:
    the pattern runs between the sentence stops around them, so the rarest words make
    the best leads. A group in stars (``*asap*|*away*``) is text that may sit inside a
    word; a word written twice (``"please please"``) occurs twice. Tests check the
    lines against every example note and against generated matches.
    """

    def __init__(self, *lines: str) -> None:
        self.lines = tuple(_parse(line) for line in lines)


class _Line(NamedTuple):
    """One line of a gate: what a match holds."""

    leads: frozenset[str]  # a whole word of these
    groups: tuple[frozenset[str], ...]  # and one of each group, the smallest first
    parts: tuple[tuple[str, ...], ...]  # and some text of each, maybe inside a word
    twice: tuple[str, ...]  # and these words twice

    def met_by(self, words: frozenset[str], lower: str) -> bool:
        """Whether a note that has a lead has the rest; ``words`` are its whole words."""
        return all(not group.isdisjoint(words) for group in self.groups) and self._has_parts(lower)

    def met_in(self, text: str) -> bool:
        """A quick look at a stretch of lower-case text that has a lead: whether it has
        a word of the smallest group, maybe inside another word, and the parts."""
        return (not self.groups or _has_any(text, self.groups[0])) and self._has_parts(text)

    def _has_parts(self, text: str) -> bool:
        return all(_has_any(text, parts) for parts in self.parts) and all(
            text.count(word) > 1 for word in self.twice
        )


def _has_any(text: str, words: Iterable[str]) -> bool:
    return any(word in text for word in words)


def _parse(line: str) -> _Line:
    written = line.split()
    groups = [g for g in dict.fromkeys(written) if not g.startswith("*")]
    parts = [tuple(p.strip("*") for p in g.split("|")) for g in written if g.startswith("*")]
    twice = [g for g in groups if written.count(g) > 1]
    if written[0].startswith("*") or any("|" in g for g in twice):
        raise ValueError(f"bad gate line: {line!r}")
    leads, *rest = (frozenset(g.split("|")) for g in groups)
    rest.sort(key=len)  # fewer words to look up before a group that fails
    return _Line(leads, tuple(rest), tuple(parts), tuple(twice))


class Gates:
    """The gates of a rule's patterns, indexed by lead for ``GatedSearch``."""

    def __init__(self, gates: Iterable[WordGate]) -> None:
        self.lines_led_by: dict[str, list[tuple[WordGate, _Line]]] = {}
        for gate in gates:
            for line in gate.lines:
                for lead in line.leads:
                    self.lines_led_by.setdefault(lead, []).append((gate, line))
        self.leads = frozenset(self.lines_led_by)


class GatedSearch:
    """``scan.search`` in one note, for patterns that come with a ``WordGate``."""

    def __init__(self, note: Note, gates: Gates) -> None:
        self._note = note
        # The gates read note.lower, which scan.search runs the patterns on when it
        # is faithful; otherwise they run on the text itself, everywhere.
        self._gated = lower_is_faithful(note.text, note.lower)
        self._words = note.word_parts if self._gated else note.words
        # The lines worth a look, gate by gate: those led by a word of the note.
        self._lines: dict[WordGate, list[tuple[str, _Line]]] = {}
        for lead in gates.leads.intersection(self._words):  # a few words at most
            for gate, line in gates.lines_led_by[lead]:
                self._lines.setdefault(gate, []).append((lead, line))
        self._stops: list[str] | None = None  # the stops the note has
        self._prose: list[Section] | None = None
        self._around: dict[str, list[Section]] = {}  # stretches of the prose by lead

    def __call__(
        self, pattern: re.Pattern[str], gate: WordGate, sections: Sequence[Section] | None = None
    ) -> Iterable[Found | re.Match[str]]:
        """What ``scan.search(note, pattern, sections)`` finds."""
        if not self._gated:
            return search(self._note, pattern, sections)
        lines = self._lines.get(gate)
        if lines is None:
            return ()  # the common case
        lower = self._note.lower
        found: set[Section] = set()
        for lead, line in lines:
            if line.met_by(self._words, lower):
                for stretch in self._stretches(lead, sections):
                    if line.met_in(lower[stretch.start : stretch.end]):
                        found.add(stretch)
        # Each match lies in a stretch around a lead of its line, and the sections,
        # so the stretches too, come in text order.
        return search(self._note, pattern, sorted(found)) if found else ()

    def _stretches(self, lead: str, sections: Sequence[Section] | None) -> list[Section]:
        """The stretches between stops around ``lead`` in ``sections`` (default: the prose).

        Each runs on past its closing stop by what a look-ahead may read there.
        """
        if sections is None:
            if lead not in self._around:
                if self._prose is None:
                    self._prose = prose_sections(self._note)
                self._around[lead] = self._stretches(lead, self._prose)
            return self._around[lead]
        lower = self._note.lower
        if self._stops is None:
            self._stops = [stop for stop in _STOPS if stop in lower]
        found = []
        for section in sections:
            at = lower.find(lead, section.start, section.end)
            while at != -1:
                start, end = section.start, section.end
                for stop in self._stops:
                    start = max(start, lower.rfind(stop, start, at) + 1)
                    stop_at = lower.find(stop, at, end)
                    end = end if stop_at == -1 else stop_at
                found.append(Section(start, min(end + _PAST_STOP, section.end)))
                at = lower.find(lead, end, section.end)
        return found
