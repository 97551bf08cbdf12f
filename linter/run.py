"""Check many notes whose settings may differ (each note's nearest configuration file).

Notes are split into chunks of consecutive notes that share their Settings; each
chunk builds its rules once and goes through the spaCy pipeline in batches.
Large runs are spread over processes (``--jobs``); the reports, and their order,
are the same as in one process.

:func:`check_stream` keeps memory flat however many notes there are: workers
read the files themselves and write each chunk's reports to a spool file, and
the parent keeps only each note's near-duplicate fingerprint (about 1 KB) and
exit-status facts. Reports are read back, in order, one chunk at a time while
the output is written. :func:`check_all` keeps everything in memory (``--fix``
needs the texts).
"""

from __future__ import annotations

import collections
import concurrent.futures
import dataclasses
import functools
import multiprocessing
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from notelint import cache as caching
from notelint.config import ActiveRule, Settings, active_rules
from notelint.duplicates import Match, apply, find_matches, find_near_duplicates
from notelint.engine import iter_reports
from notelint.model import Finding, Fingerprint, Fix, Position, Report, Severity, Stats
from notelint.nlp import get_pipeline
from notelint.shingles import RULE as NEAR_DUPLICATE
from notelint.sources import Source, load

# Below this many notes a second process costs more than it saves.
PARALLEL_MIN_NOTES = 200
CHUNK = 128
IN_FLIGHT = 3  # chunks queued per worker: enough to keep it busy, few enough to stay small

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
        return _fails(self.settings, self.report)


def _fails(settings: Settings, report: Report) -> bool:
    threshold = settings.fail_on
    return threshold is not None and any(f.severity >= threshold for f in report.findings)


def default_jobs() -> int:
    return os.cpu_count() or 1


@dataclasses.dataclass(frozen=True)
class _Note:
    """What the parent keeps of a streamed note."""

    path: str
    error: str | None
    failing: bool
    fingerprint: Fingerprint | None


@dataclasses.dataclass(frozen=True)
class _Chunk:
    settings: Settings
    sources: list[Source]
    cache: Path | None = None  # the folder of notelint.cache, if it is on


def _chunks(
    sources: Sequence[Source], settings_for: Callable[[str], Settings], cache: Path | None
) -> list[_Chunk]:
    """Runs of consecutive notes sharing their settings, at most CHUNK notes each."""
    chunks: list[_Chunk] = []
    for source in sources:
        settings = settings_for(source.path)  # the same object for notes sharing a file
        last = chunks[-1] if chunks else None
        if last is None or last.settings is not settings or len(last.sources) == CHUNK:
            chunks.append(_Chunk(settings, [], cache))
        chunks[-1].sources.append(source)
    return chunks


_built: list[tuple[Settings, list[ActiveRule]]] = []  # per process: settings seen, their rules


def _rules_for(settings: Settings) -> list[ActiveRule]:
    """``active_rules(settings)``, built once per process for equal settings (each chunk
    reaches a worker as a fresh copy of its settings)."""
    for seen, rules in _built:
        if seen == settings:
            return rules
    rules = active_rules(settings)
    _built.append((settings, rules))
    return rules


def _check(chunk: _Chunk) -> list[Report]:
    """Worker: check one chunk (the pipeline is inherited from the parent when forked).

    With the cache on, stored reports are taken as they are and only the other
    notes are checked; their reports are stored for the next run.
    """
    looked = _keyed(chunk)
    if looked is None:
        rules = _rules_for(chunk.settings)
        return list(iter_reports(chunk.sources, chunk.settings, rules, fingerprints=True))
    cache, sources, keys = looked
    stored = cache.get(k for k in keys if k is not None)
    found = [_restore(stored.get(k), s) if k else None for s, k in zip(sources, keys, strict=True)]
    todo = [s for s, report in zip(sources, found, strict=True) if report is None]
    if not todo:
        return [r for r in found if r is not None]
    fresh = iter_reports(todo, chunk.settings, _rules_for(chunk.settings), fingerprints=True)
    reports: list[Report] = []
    new: dict[bytes, bytes] = {}
    for key, report in zip(keys, found, strict=True):
        if report is None:
            report = next(fresh)
            if key is not None and report.error is None and not report.uses_clock:
                new[key] = _keep(report)
        reports.append(report)
    cache.put(new)
    return reports


def _keyed(chunk: _Chunk) -> tuple[caching.Cache, list[Source], list[bytes | None]] | None:
    """This process's cache, the chunk's notes read, and their keys; None: no cache."""
    cache = caching.opened(chunk.cache)
    prefix = caching.settings_key(chunk.settings) if cache is not None else None
    if cache is None or prefix is None:
        return None
    sources = [load(s) for s in chunk.sources]
    return cache, sources, [caching.note_key(prefix, s) for s in sources]


def _keep(report: Report) -> bytes:
    """What the cache stores of a report: all but its source text, which is the key's."""
    packed = _pack(dataclasses.replace(report, source=""))
    return pickle.dumps((packed, report.fingerprint), protocol=pickle.HIGHEST_PROTOCOL)


def _restore(stored: bytes | None, source: Source) -> Report | None:
    """A stored report for ``source``; None if there is none or it cannot be read."""
    if stored is None:
        return None
    try:
        packed, fingerprint = pickle.loads(stored)
        report = _unpack(packed)
    except Exception:  # a damaged entry is a miss: the note is checked again
        return None
    return dataclasses.replace(report, source=source.text or "", fingerprint=fingerprint)


def _read_if_cached(chunk: _Chunk) -> tuple[bool, _Chunk]:
    """Whether the cache holds every note of ``chunk``, and the chunk with its notes read.

    A run of unchanged notes is then finished in the parent, with no worker and no
    spaCy pipeline at all.
    """
    looked = _keyed(chunk)
    if looked is None:
        return False, chunk
    cache, sources, keys = looked
    known = [k for k in keys if k is not None]
    return len(known) == len(keys) and cache.has_all(known), dataclasses.replace(
        chunk, sources=sources
    )


def _check_to_spool(chunk: _Chunk, spool: Path) -> list[_Note]:
    """Worker: check one chunk, write its reports to ``spool`` and return only _Notes."""
    reports = _check(chunk)
    with open(spool, "wb") as handle:
        pickle.dump([_pack(r) for r in reports], handle, protocol=pickle.HIGHEST_PROTOCOL)
    return [_Note(r.path, r.error, _fails(chunk.settings, r), r.fingerprint) for r in reports]


# Reports go to the spool as plain tuples: unpickling dataclasses and enums costs
# several times more than building them again from tuples.
_Packed = tuple[Any, ...]


def _pack(report: Report) -> _Packed:
    stats = report.stats
    return (
        report.path,
        tuple(
            (
                f.rule,
                int(f.severity),
                f.message,
                f.start,
                f.end,
                f.begin.line,
                f.begin.column,
                f.stop.line,
                f.stop.column,
                f.text,
                f.suggestion,
                None if f.fix is None else dataclasses.astuple(f.fix),
            )
            for f in report.findings
        ),
        None if stats is None else (stats.body_words, stats.sentences, stats.reading_grade),
        report.error,
        report.empty,
        report.source,
    )


_SEVERITIES = {int(s): s for s in Severity}


def _unpack(packed: _Packed) -> Report:
    path, findings, stats, error, empty, source = packed
    return Report(
        path,
        tuple(map(_unpack_finding, findings)),
        None if stats is None else Stats(*stats),
        error,
        empty,
        source,
    )


def _unpack_finding(packed: _Packed) -> Finding:
    rule, severity, message, start, end, line, column, end_line, end_column = packed[:9]
    text, suggestion, fix = packed[9:]
    return Finding(
        rule,
        _SEVERITIES[severity],
        message,
        start,
        end,
        Position(line, column),
        Position(end_line, end_column),
        text,
        suggestion,
        None if fix is None else Fix(*fix),
    )


def _spool_file(spool: Path, number: int) -> Path:
    return spool / f"{number:06d}.pickle"


def _by_chunk(chunk: _Chunk, number: int) -> list[Report]:
    return _check(chunk)


def _spooled(spool: Path, chunk: _Chunk, number: int) -> list[_Note]:
    return _check_to_spool(chunk, _spool_file(spool, number))


T = TypeVar("T")


def _run_chunks(
    chunks: list[_Chunk],
    work: Callable[[_Chunk, int], T],
    jobs: int,
    progress: Progress | None,
) -> Iterator[T]:
    """``work(chunk, number)`` for each chunk, in order; over ``jobs`` processes if large.

    At most IN_FLIGHT chunks per worker are queued, so memory stays flat. A chunk
    the cache holds entirely is done in this process; the workers start only when
    the first chunk that needs checking comes.
    """
    total = sum(len(c.sources) for c in chunks)
    if jobs <= 1 or total < PARALLEL_MIN_NOTES or len(chunks) < 2:
        for number, chunk in enumerate(chunks):
            yield work(chunk, number)
            if progress:
                progress(len(chunk.sources))
        return
    jobs = min(jobs, len(chunks))  # with fork every worker starts at once: no idle ones
    pool: concurrent.futures.ProcessPoolExecutor | None = None
    # Before a first run there is nothing to look up: the workers read the notes.
    store = caching.opened(chunks[0].cache)
    look = store is not None and not store.empty()
    try:
        pending: collections.deque[tuple[int, concurrent.futures.Future[T]]] = collections.deque()
        for number, chunk in enumerate(chunks):
            while len(pending) >= jobs * IN_FLIGHT:
                yield from _collect(pending, chunks, progress)
            cached, chunk = _read_if_cached(chunk) if look else (False, chunk)
            if cached:
                done: concurrent.futures.Future[T] = concurrent.futures.Future()
                done.set_result(work(chunk, number))
                pending.append((number, done))
                continue
            if pool is None:
                pool = _pool(jobs, [c.settings for c in chunks])
            pending.append((number, pool.submit(work, chunk, number)))
        while pending:
            yield from _collect(pending, chunks, progress)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _collect(
    pending: collections.deque[tuple[int, concurrent.futures.Future[T]]],
    chunks: list[_Chunk],
    progress: Progress | None,
) -> Iterator[T]:
    number, future = pending.popleft()
    yield future.result()
    if progress:
        progress(len(chunks[number].sources))


def check_all(
    sources: Sequence[Source],
    settings_for: Callable[[str], Settings],
    jobs: int = 1,
    progress: Progress | None = None,
    cache: Path | None = None,
) -> list[Checked]:
    """Check every source with its own settings, all in memory; order is kept.

    ``cache`` is the folder of :mod:`notelint.cache`, or None to check every note.
    """
    _built.clear()  # rules are built afresh for each run (plugins may have changed)
    chunks = _chunks(sources, settings_for, cache)
    results: list[Checked] = []
    for chunk, reports in zip(chunks, _run_chunks(chunks, _by_chunk, jobs, progress), strict=True):
        rules = _rules_for(chunk.settings)
        for source, report in zip(chunk.sources, reports, strict=True):
            results.append(Checked(source, report, chunk.settings, rules))
    return find_near_duplicates(results)


class Run:
    """A streamed run: reports are read back from the spool, in order, as they are needed.

    Use as a context manager (the spool is deleted on exit). Iterating gives the
    reports with the run-level near-duplicate findings applied; ``errors`` and
    ``failing`` need no iteration.
    """

    def __init__(
        self, chunks: list[_Chunk], notes: list[_Note], spool: Path, matches: dict[int, Match]
    ) -> None:
        self._chunks, self._notes, self._spool, self._matches = chunks, notes, spool, matches
        self._severity = {id(c.settings): _near_severity(c.settings) for c in chunks}

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self._spool, ignore_errors=True)

    def __len__(self) -> int:
        return len(self._notes)

    def __iter__(self) -> Iterator[Report]:
        for report, _ in self._reports():
            yield report

    def _reports(self) -> Iterator[tuple[Report, Settings]]:
        index = 0
        for number, chunk in enumerate(self._chunks):
            with open(_spool_file(self._spool, number), "rb") as handle:
                packed: list[_Packed] = pickle.load(handle)
            for report in map(_unpack, packed):
                match = self._matches.get(index)
                if match is not None:
                    mine = dataclasses.replace(report, fingerprint=self._notes[index].fingerprint)
                    report = apply(mine, match, self._severity[id(chunk.settings)])
                    report = dataclasses.replace(report, fingerprint=None)
                yield report, chunk.settings
                index += 1

    @property
    def errors(self) -> list[tuple[str, str]]:
        """``(path, error)`` of every note that could not be (fully) checked."""
        return [(n.path, n.error) for n in self._notes if n.error]

    @property
    def failing(self) -> bool:
        """Whether any note has a finding at or above its ``fail-on`` severity."""
        if any(n.failing for i, n in enumerate(self._notes) if i not in self._matches):
            return True
        if not self._matches:
            return False
        return any(_fails(settings, report) for report, settings in self._matches_reports())

    def _matches_reports(self) -> Iterator[tuple[Report, Settings]]:
        for index, (report, settings) in enumerate(self._reports()):
            if index in self._matches:
                yield report, settings


def _near_severity(settings: Settings) -> Severity:
    active = next((r for r in _rules_for(settings) if r.id == NEAR_DUPLICATE), None)
    return active.severity if active else Severity.WARNING


def check_stream(
    sources: Sequence[Source],
    settings_for: Callable[[str], Settings],
    jobs: int = 1,
    progress: Progress | None = None,
    cache: Path | None = None,
) -> Run:
    """Check every source with its own settings, keeping memory flat (see :class:`Run`).

    ``cache`` is the folder of :mod:`notelint.cache`, or None to check every note.
    """
    _built.clear()  # rules are built afresh for each run (plugins may have changed)
    chunks = _chunks(sources, settings_for, cache)
    spool = Path(tempfile.mkdtemp(prefix="notelint-"))
    try:
        work = functools.partial(_spooled, spool)
        notes = [n for found in _run_chunks(chunks, work, jobs, progress) for n in found]
        paths = [n.path for n in notes]
        matches = _matches([n.fingerprint for n in notes], paths, jobs, cache)
    except BaseException:
        shutil.rmtree(spool, ignore_errors=True)
        raise
    return Run(chunks, notes, spool, matches)


def _matches(
    fingerprints: list[Fingerprint | None], paths: list[str], jobs: int, cache: Path | None
) -> dict[int, Match]:
    """The near-duplicate pass; a run of notes that all went unchanged reuses the last one."""
    store = caching.opened(cache)
    if store is None or sum(f is not None for f in fingerprints) < 2:
        return find_matches(fingerprints, paths, jobs)
    key = caching.matches_key(fingerprints, paths)
    stored = store.get([key]).get(key)
    if stored is not None:
        try:
            found: dict[int, Match] = pickle.loads(stored)
            return found
        except Exception:  # a damaged entry: do the pass again
            pass
    found = find_matches(fingerprints, paths, jobs)
    store.put({key: pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)})
    return found


def _pool(jobs: int, settings: list[Settings]) -> concurrent.futures.ProcessPoolExecutor:
    """Worker processes that inherit the built pipelines (fork) where the platform allows."""
    for s in {id(s): s for s in settings}.values():
        get_pipeline(s.model)  # build before forking so workers share it copy-on-write
        _rules_for(s)  # and the rules, with their patterns compiled
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context)
