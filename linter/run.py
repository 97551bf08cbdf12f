"""Check many notes whose settings may differ (each note's nearest configuration file).

Notes are grouped by their Settings so each group builds its rules once and goes
through the spaCy pipeline in batches; results come back in input order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from notelint.config import ActiveRule, Settings, active_rules
from notelint.engine import lint_sources
from notelint.model import Report
from notelint.sources import Source


@dataclasses.dataclass(frozen=True)
class Checked:
    """One note's source, its report, and the settings and rules it was checked with."""

    source: Source
    report: Report
    settings: Settings
    rules: Sequence[ActiveRule]

    @property
    def failing(self) -> bool:
        """Whether a finding reaches this note's ``fail-on`` severity."""
        threshold = self.settings.fail_on
        return threshold is not None and any(f.severity >= threshold for f in self.report.findings)


def check_all(sources: Sequence[Source], settings_for: Callable[[str], Settings]) -> list[Checked]:
    """Check every source with its own settings; order is kept."""
    groups: dict[int, tuple[Settings, list[int]]] = {}
    for index, source in enumerate(sources):
        settings = settings_for(source.path)  # the same object for notes sharing a file
        groups.setdefault(id(settings), (settings, []))[1].append(index)
    results: list[Checked | None] = [None] * len(sources)
    for settings, indices in groups.values():
        rules = active_rules(settings)
        reports = lint_sources([sources[i] for i in indices], settings, rules)
        for i, report in zip(indices, reports, strict=True):
            results[i] = Checked(sources[i], report, settings, rules)
    return [r for r in results if r is not None]
