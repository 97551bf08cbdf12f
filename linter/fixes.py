"""Apply the fixes that findings carry, until the text is stable.

A fix is data on a finding (replace ``text[start:end]``). Safe fixes never
change what the note says; unsafe ones (spelling out text-speak, dropping an
emoji) may change its tone and are applied only when asked. Overlapping fixes
are applied one at a time: the note is re-checked after each round, so a
second ``--fix`` run has nothing left to do.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Sequence

from notelint.model import Finding, Fix, Report

MAX_ROUNDS = 5


@dataclasses.dataclass(frozen=True)
class Fixed:
    """The fixed text, how many fixes were applied, and the report on the fixed text."""

    text: str
    applied: int
    report: Report


def applicable(findings: Sequence[Finding], unsafe: bool) -> list[Fix]:
    return [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)]


def apply(text: str, fixes: Sequence[Fix]) -> tuple[str, int]:
    """``text`` with every non-overlapping fix applied, and how many were."""
    out: list[str] = []
    position = applied = 0
    for fix in sorted(set(fixes), key=lambda f: (f.start, f.end)):
        if fix.start < position:
            continue  # overlaps one already applied; the next round picks it up
        out += [text[position : fix.start], fix.replacement]
        position = fix.end
        applied += 1
    out.append(text[position:])
    return "".join(out), applied


def fix_text(text: str, report: Report, lint: Callable[[str], Report], unsafe: bool) -> Fixed:
    """Apply fixes and re-check until no applicable fix remains (at most MAX_ROUNDS)."""
    total = 0
    for _ in range(MAX_ROUNDS):
        fixes = applicable(report.findings, unsafe)
        if not fixes:
            break
        new_text, applied = apply(text, fixes)
        if new_text == text:
            break
        text, total = new_text, total + applied
        report = lint(text)
    return Fixed(text, total, report)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of a note's fix, as ``diff -u`` would print it."""
    absolute = path.startswith("/")
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=path if absolute else f"a/{path}",
        tofile=path if absolute else f"b/{path}",
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)
