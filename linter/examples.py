"""Read the labelled example corpus (``examples/*/labels.toml``) and score notelint on it."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclasses.dataclass(frozen=True)
class Example:
    """A labelled note. ``expect`` is the truth; ``missed`` and ``false_alarm`` record
    where notelint is known to get the note wrong (scores still count them)."""

    path: Path
    expect: frozenset[str]
    why: str = ""
    missed: frozenset[str] = frozenset()
    false_alarm: frozenset[str] = frozenset()

    @property
    def reported(self) -> frozenset[str]:
        """The rule ids notelint reports today: the truth, less the known mistakes."""
        return (self.expect - self.missed) | self.false_alarm


def load(root: Path) -> list[Example]:
    """Every labelled note under ``root``, sorted by path."""
    examples = []
    for labels in sorted(root.glob("*/labels.toml")):
        with labels.open("rb") as handle:
            table = tomllib.load(handle)
        for name, entry in table.items():
            examples.append(
                Example(
                    labels.parent / name,
                    frozenset(entry.get("expect", [])),
                    entry.get("why", ""),
                    frozenset(entry.get("missed", [])),
                    frozenset(entry.get("false_alarm", [])),
                )
            )
    return sorted(examples, key=lambda e: e.path)


@dataclasses.dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(
    pairs: Iterable[tuple[frozenset[str], frozenset[str]]], rules: Iterable[str]
) -> dict[str, Score]:
    """Per-rule note-level scores from (expected, actual) rule-id sets."""
    scores = {rule: Score() for rule in rules}
    for expected, actual in pairs:
        for rule, s in scores.items():
            if rule in actual and rule in expected:
                s.tp += 1
            elif rule in actual:
                s.fp += 1
            elif rule in expected:
                s.fn += 1
    return scores
