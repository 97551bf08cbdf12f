"""``--format jsonl``: one JSON object per line, for ``jq``, log shippers and streaming readers.

Each finding is one line with the keys of a finding in ``--format json`` plus
its ``path``; each note that could not be checked is one ``{"path", "error"}``
line. There is no header or summary line, so outputs of several runs concatenate.
Lines and columns are 1-based and counted in characters, ends exclusive.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from notelint.formatters import Reports
from notelint.formatters.json import finding_data

# json.dumps escapes every control character below U+0020 but leaves these raw; they
# can only occur inside strings, and str.splitlines() would cut a line at each of them.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _line(data: dict[str, Any]) -> str:
    # ensure_ascii=False keeps names like "Zoë" readable, as in --format json.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_LINE_BREAKS) + "\n"


def render(reports: Reports, stream: TextIO) -> None:
    for report in reports:
        for finding in report.findings:
            stream.write(_line({"path": report.path, **finding_data(finding)}))
        if report.error:
            stream.write(_line({"path": report.path, "error": report.error}))
