"""``--fix`` and ``--diff`` for the command line: fix each note and write it back safely.

Kept apart from :mod:`notelint.fixes` (pure text functions) because this module
writes files and prints; nothing here is used by the engine or the server.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from notelint.engine import lint_sources
from notelint.fixes import fix_text, unified_diff
from notelint.formatters.summary import plural
from notelint.model import Report
from notelint.run import Checked
from notelint.sources import Source, encode, write_atomic


def run_fixes(
    checked: Sequence[Checked], unsafe: bool, diff_only: bool
) -> tuple[list[Checked], int]:
    """Fix every note; return the results on the fixed texts and how many notes changed.

    With ``diff_only`` nothing is written: the diffs go to stdout. A note read from
    standard input is printed fixed to stdout instead of being written. Files with
    no applicable fix are never touched.
    """
    out: list[Checked] = []
    changed = 0
    for item in checked:
        source, report = item.source, item.report
        if source.text is None or report.error or report.empty:
            out.append(item)
            continue

        def lint(text: str, item: Checked = item) -> Report:
            source = Source(item.source.path, text)
            return lint_sources([source], item.settings, item.rules, fingerprints=True)[0]

        fixed = fix_text(source.text, report, lint, unsafe)
        if fixed.text == source.text:
            out.append(item)
            continue
        changed += 1
        if diff_only:
            sys.stdout.write(unified_diff(source.path, source.text, fixed.text))
        elif source.path == "-" or not Path(source.path).is_file():
            sys.stdout.write(fixed.text)
        else:
            write_atomic(Path(source.path), encode(fixed.text, source.encoding))
            print(f"{source.path}: fixed {plural(fixed.applied, 'problem')}", file=sys.stderr)
        out.append(dataclasses.replace(item, report=fixed.report))
    return out, changed
