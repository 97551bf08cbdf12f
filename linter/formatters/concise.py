"""``--format concise``: one line per finding, ``path:line:col: severity [rule] message``.

This is the shape editors' error-format parsers (Vim's errorformat, Emacs
compilation mode) read without configuration.
"""

from __future__ import annotations

from typing import TextIO

from notelint.formatters import Reports


def render(reports: Reports, stream: TextIO) -> None:
    for report in reports:
        for f in report.findings:
            where = f"{report.path}:{f.begin.line}:{f.begin.column}"
            stream.write(f"{where}: {f.severity} [{f.rule}] {f.message}\n")
