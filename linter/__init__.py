"""notelint: check a follow-up note after a job interview before it is sent.

Public API::

    from notelint import lint_text, lint_paths
    report = lint_text("Dear Hiring Manager, ...")
    for finding in report.findings:
        print(finding.rule, finding.begin.line, finding.message)
"""

from __future__ import annotations

from collections.abc import Iterable

from notelint.config import Settings
from notelint.model import Finding, Report, Severity

__version__ = "0.1.0"
__all__ = ["Finding", "Report", "Settings", "Severity", "__version__", "lint_paths", "lint_text"]


def lint_text(text: str, path: str = "-", settings: Settings | None = None) -> Report:
    """Check one note given as text."""
    from notelint.engine import lint_sources
    from notelint.sources import Source

    return lint_sources([Source(path, text)], settings or Settings())[0]


def lint_paths(paths: Iterable[str], settings: Settings | None = None) -> list[Report]:
    """Check notes in files and directories (recursing into *.txt, *.md, *.eml)."""
    from notelint.engine import lint_sources
    from notelint.sources import collect

    return lint_sources(collect(paths, stdin=None), settings or Settings())
