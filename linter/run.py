"""Check many notes whose settings may differ (each note's nearest configuration file).

Notes are grouped by their Settings so each group builds its rules once and goes
through the spaCy pipeline in batches. Large runs can be spread over processes
(``--jobs``); the reports, and their order, are the same as in one process.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Sequence

from notelint.config import ActiveRule, Settings, active_rules
from notelint.duplicates import find_near_duplicates
from notelint.engine import iter_reports
from notelint.model import Report
from notelint.nlp import get_pipeline
from notelint.sources import Source

# Below this many notes a second process costs more than it saves.
PARALLEL_MIN_NOTES = 200
CHUNK = 128

Progress = Callable[[int], None]


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


def default_jobs() -> int:
    return os.cpu_count() or 1


def _lint_chunk(sources: list[Source], settings: Settings) -> list[Report]:
    """Worker: check one chunk (the pipeline is inherited from the parent when forked)."""
    return list(iter_reports(sources, settings, active_rules(settings)))


def check_all(
    sources: Sequence[Source],
    settings_for: Callable[[str], Settings],
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[Checked]:
    """Check every source with its own settings; order is kept whatever ``jobs`` is."""
    groups: dict[int, tuple[Settings, list[int]]] = {}
    for index, source in enumerate(sources):
        settings = settings_for(source.path)  # the same object for notes sharing a file
        groups.setdefault(id(settings), (settings, []))[1].append(index)
    results: list[Checked | None] = [None] * len(sources)
    parallel = jobs > 1 and len(sources) >= PARALLEL_MIN_NOTES
    pool = _pool(jobs, [s for s, _ in groups.values()]) if parallel else None
    try:
        for settings, indices in groups.values():
            rules = active_rules(settings)
            if pool is None:
                reports = iter_reports([sources[i] for i in indices], settings, rules)
                for i, report in zip(indices, reports, strict=True):
                    results[i] = Checked(sources[i], report, settings, rules)
                    if progress:
                        progress(1)
                continue
            chunks = [indices[k : k + CHUNK] for k in range(0, len(indices), CHUNK)]
            futures = [pool.submit(_lint_chunk, [sources[i] for i in c], settings) for c in chunks]
            for chunk, future in zip(chunks, futures, strict=True):
                for i, report in zip(chunk, future.result(), strict=True):
                    results[i] = Checked(sources[i], report, settings, rules)
                if progress:
                    progress(len(chunk))
    finally:
        if pool is not None:
            pool.shutdown()
    return find_near_duplicates([r for r in results if r is not None])


def _pool(jobs: int, settings: list[Settings]) -> concurrent.futures.ProcessPoolExecutor:
    """Worker processes that inherit the built pipelines (fork) where the platform allows."""
    for s in settings:
        get_pipeline(s.model)  # build before forking so workers share it copy-on-write
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context)
