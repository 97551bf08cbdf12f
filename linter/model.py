"""The data notelint passes around: severities, problems, fixes and findings."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """How much a finding matters; ordered so that comparisons read naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Return the severity named by ``value`` (case-insensitive); ValueError if none."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None


# Points a finding takes off a note's score of 100: errors cost the most.
SCORE_WEIGHTS = {Severity.ERROR: 25, Severity.WARNING: 10, Severity.INFO: 2}


@dataclass(frozen=True)
class Fix:
    """Replace ``text[start:end]`` with ``replacement``; ``safe`` fixes never change meaning."""

    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(frozen=True)
class Problem:
    """What a rule reports: a character span of the original text and what is wrong there.

    The engine, not the rule, stamps the rule id and severity (see :class:`Finding`).
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    fix: Fix | None = None
    severity: Severity | None = None  # milder than the rule's, for this problem only


@dataclass(frozen=True)
class Position:
    """1-based line and column of a character offset, counted in characters."""

    line: int
    column: int


@dataclass(frozen=True)
class Finding:
    """A problem attributed to a rule, with its severity and position in the text."""

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    begin: Position
    stop: Position
    text: str
    suggestion: str | None = None
    fix: Fix | None = None


@dataclass(frozen=True)
class Stats:
    """Numbers about one note shown in reports."""

    body_words: int
    sentences: int
    reading_grade: float | None


@dataclass(frozen=True)
class Fingerprint:
    """A note's body as hashed three-word phrases, and where a near-duplicate finding goes.

    ``shingles`` is a sorted array of distinct 64-bit phrase hashes (numpy).
    ``hidden`` is True when the note's own settings or directives would hide the
    finding; ``directive`` is then the span of the directive that does, if any.
    """

    shingles: Any
    threshold: float
    company: str | None
    anchor: tuple[int, int]
    hidden: bool = False
    directive: tuple[int, int] | None = None


@dataclass(frozen=True)
class Report:
    """The result of checking one input: its findings, or the error that stopped it."""

    path: str
    findings: tuple[Finding, ...] = ()
    stats: Stats | None = None
    error: str | None = None
    empty: bool = False
    source: str = field(default="", repr=False, compare=False)
    # What the run-level near-duplicate pass needs of this note (notelint.shingles).
    fingerprint: Fingerprint | None = field(default=None, repr=False, compare=False)
    # The findings depend on when the note was checked (a draft against an interview
    # time): notelint.cache never stores such a report.
    uses_clock: bool = field(default=False, repr=False, compare=False)

    @property
    def unreadable(self) -> bool:
        """The input could not be read or decoded, so nothing was checked."""
        return self.error is not None and self.stats is None and not self.empty

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def score(self) -> int | None:
        """0-100, from the findings' severities (see SCORE_WEIGHTS); None if not checked."""
        if self.unreadable or self.empty:
            return None
        lost = sum(SCORE_WEIGHTS[f.severity] for f in self.findings)
        return max(0, 100 - lost)

    @property
    def verdict(self) -> str:
        """A one-line verdict: "ready to send", or how many problems to fix first."""
        if self.unreadable:
            return "could not be checked"
        if self.empty:
            return "empty note"
        blocking = sum(1 for f in self.findings if f.severity >= Severity.WARNING)
        if not blocking:
            return "ready to send"
        return f"fix {blocking} problem{'' if blocking == 1 else 's'} first"
