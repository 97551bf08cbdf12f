"""The run-level half of ``near-duplicate``: find notes in one run that are copies of each other.

Each taking-part note becomes a set of hashed three-word shingles of its body,
lower-cased and with names set aside. Pairs are found by prefix filtering
(Bayardo et al., "Scaling up all pairs similarity search", WWW 2007), which is
exact: no pair above the threshold is missed. Shingles are ordered rarest first
across the run; if two sets of sizes ``n`` and ``m`` (``n <= m``) have Jaccard
similarity ``t`` or more, they share at least ``a(n) = ceil(t * n)`` shingles,
and the first ``k`` of those shared shingles lie within the first
``n - a(n) + k`` shingles of the one set and ``m - a(m) + k`` of the other
(for any ``k <= a(n)``). So only those prefixes go into an inverted index, and
only pairs whose prefixes share ``k`` shingles have their full sets compared.
The rarest shingles are what copies have in common and other notes lack, so
10,000 notes written from one template cost a few seconds, not 50 million
comparisons; notes written by different people cost far less. Rarity is
counted in a fixed-size table of hash buckets (any order shared by all notes
keeps the method exact; a good one only makes it faster), so memory grows
with the notes' fingerprints alone (:mod:`notelint.shingles`, about 1 KB each).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import math
import multiprocessing
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from notelint.config import ActiveRule
from notelint.engine import UNUSED_DIRECTIVE, LineIndex
from notelint.model import Finding, Fingerprint, Report, Severity
from notelint.shingles import RULE

if TYPE_CHECKING:
    from notelint.run import Checked

NAMED = 3  # other files named in one finding; the rest are counted
# Shared shingles a candidate pair needs within its prefixes (see similar_pairs).
PREFIX_SHARED = 20
BUCKETS = 1 << 20  # rarity table size (4 MB)
SUGGESTION = (
    "write each interviewer their own note about something they asked or said in the interview"
)


@dataclasses.dataclass(frozen=True)
class Match:
    """What the pass found for one note: the notes it copies, or a directive that hid it."""

    others: tuple[tuple[float, str], ...] = ()  # (similarity, path), most similar first
    directive: tuple[int, int] | None = None  # the directive that hid the finding


def find_matches(
    fingerprints: Sequence[Fingerprint | None], paths: Sequence[str], jobs: int = 1
) -> dict[int, Match]:
    """For each note (by index) that copies another, what to change in its report.

    With ``jobs`` > 1 and many notes, the probing is split over forked processes.
    """
    entries = [i for i, f in enumerate(fingerprints) if f is not None]
    if len(entries) < 2:
        return {}
    prints = [f for f in fingerprints if f is not None]
    found: dict[int, list[tuple[float, str]]] = defaultdict(list)
    sets = [p.shingles for p in prints]
    for i, j, similarity in similar_pairs(sets, [p.threshold for p in prints], jobs):
        a, b = prints[i], prints[j]
        if a.company and b.company and a.company != b.company:
            continue  # a note reused across employers is not what a panel compares
        for mine, own, other in ((i, a, j), (j, b, i)):
            if similarity >= own.threshold:
                found[entries[mine]].append((similarity, paths[entries[other]]))
    out = {}
    for index, others in found.items():
        print_ = fingerprints[index]
        assert print_ is not None
        if print_.hidden and print_.directive is None:
            continue
        others.sort(key=lambda o: (-o[0], o[1]))
        out[index] = Match(() if print_.hidden else tuple(others), print_.directive)
    return out


def apply(report: Report, match: Match | None, severity: Severity) -> Report:
    """``report`` with the pass's result: a finding added, or a directive marked as used.

    Findings of an earlier pass are replaced, so applying again (after ``--fix``
    re-checked some notes) gives the same result.
    """
    findings = [f for f in report.findings if f.rule != RULE]
    print_ = report.fingerprint
    if match is not None and match.directive is not None:
        # The directive did suppress something after all: drop the engine's
        # report that it was unused.
        findings = [
            f
            for f in findings
            if not (f.rule == UNUSED_DIRECTIVE and (f.start, f.end) == match.directive)
        ]
    elif match is not None and print_ is not None:
        source = report.source
        start, end = print_.anchor
        lines = LineIndex(source)
        finding = Finding(
            rule=RULE,
            severity=severity,
            message=_message(list(match.others)),
            start=start,
            end=end,
            begin=lines.position(start),
            stop=lines.position(end),
            text=source[start:end],
            suggestion=SUGGESTION,
        )
        findings = sorted((*findings, finding), key=lambda f: (f.start, f.end, f.rule))
    if tuple(findings) == report.findings:
        return report
    return dataclasses.replace(report, findings=tuple(findings))


def find_near_duplicates(checked: Sequence[Checked]) -> list[Checked]:
    """``checked`` with a ``near-duplicate`` finding added to each note that copies another."""
    fingerprints = [c.report.fingerprint if _active(c) else None for c in checked]
    matches = find_matches(fingerprints, [c.report.path for c in checked])
    out = []
    for index, item in enumerate(checked):
        active = _active(item)
        severity = active.severity if active else Severity.WARNING
        report = apply(item.report, matches.get(index), severity)
        out.append(item if report is item.report else dataclasses.replace(item, report=report))
    return out


def _active(item: Checked) -> ActiveRule | None:
    return next((r for r in item.rules if r.id == RULE), None)


def similar_pairs(
    sets: Sequence[np.ndarray], thresholds: Sequence[float], jobs: int = 1
) -> Iterator[tuple[int, int, float]]:
    """``(i, j, similarity)``, ``i < j``, for every pair of ``sets`` (sorted arrays of
    distinct int64 hashes) whose Jaccard similarity reaches the lower of the two
    ``thresholds``.

    All prefixes are known up front, so the inverted index is built in one sort:
    for each prefix shingle, the ascending positions (in size order) of the sets
    whose prefix holds it. Probing set ``p`` counts, per earlier set, the prefix
    shingles they share, using only the postings below ``p``. Probes are
    independent, so with ``jobs`` > 1 forked processes take every ``jobs``-th one.
    """
    if not sets:
        return
    index = _Index(sets, thresholds)
    parts = 1
    if jobs > 1 and len(sets) >= PARALLEL_MIN_SETS and _can_fork():
        # A process per thousand sets at most: forking costs more than a smaller share saves.
        parts = min(jobs, len(sets) // 1000)
    if parts == 1:
        yield from index.probe(0, 1)
        return
    global _shared
    _shared = index
    try:
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(parts, mp_context=context) as pool:
            for found in pool.map(_probe_shared, range(parts), [parts] * parts):
                yield from found
    finally:
        _shared = None


PARALLEL_MIN_SETS = 2000
_shared: _Index | None = None


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _probe_shared(part: int, parts: int) -> list[tuple[int, int, float]]:
    assert _shared is not None
    return list(_shared.probe(part, parts))


class _Index:
    """The sets in size order, their prefixes and the inverted index of the prefixes."""

    def __init__(self, sets: Sequence[np.ndarray], thresholds: Sequence[float]) -> None:
        self.sets, self.thresholds = sets, thresholds
        self.lowest = lowest = min(thresholds)
        mask = BUCKETS - 1
        rarity = np.zeros(BUCKETS, np.int64)
        for first in range(0, len(sets), 1024):  # a few at a time: no copy of all the sets
            batch = np.concatenate(sets[first : first + 1024]) & mask
            rarity += np.bincount(batch, minlength=BUCKETS)
        # Smallest sets first, so a set is probed only against sets no larger than itself.
        self.ordered = ordered = sorted(range(len(sets)), key=lambda i: (len(sets[i]), i))
        prefixes, self.needs = [], np.zeros(len(ordered), np.int64)
        for position, mine in enumerate(ordered):
            shingles = sets[mine]
            must = _at_least(lowest, len(shingles))
            self.needs[position] = need = min(PREFIX_SHARED, must)
            rarest = shingles[np.lexsort((shingles, rarity[shingles & mask]))]
            prefixes.append(rarest[: len(shingles) - must + need])
        lengths = np.fromiter(map(len, prefixes), np.int64, len(prefixes))
        keys = np.concatenate(prefixes)
        del prefixes
        owners = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
        order = np.lexsort((owners, keys))  # by shingle, then by position
        keys = keys[order]
        group = np.cumsum(np.r_[False, keys[1:] != keys[:-1]], dtype=np.int64)
        del keys
        self.owners = owners[order]
        # One sorted key per posting, so a probe finds "postings of shingle g below p".
        self.sorted_keys = group * len(lengths) + self.owners
        self.group_of = np.empty(len(order), np.int64)  # each prefix entry's shingle group
        self.group_of[order] = group
        self.start = np.r_[0, np.cumsum(lengths)]
        self.sizes = np.fromiter((len(sets[i]) for i in ordered), np.int64, len(ordered))

    def probe(self, part: int, parts: int) -> Iterator[tuple[int, int, float]]:
        """The similar pairs found by probing positions ``part``, ``part + parts``, ..."""
        sets, ordered, needs, total = self.sets, self.ordered, self.needs, len(self.ordered)
        # Sets are in size order, so the sets too small to reach the threshold with
        # a set of size n (fewer than lowest * n shingles) are a leading run.
        firsts = np.searchsorted(self.sizes, self.lowest * self.sizes - 1e-9).tolist()
        for position in range(1 + part, total, parts):
            first = firsts[position]
            if first >= position:
                continue
            groups = self.group_of[self.start[position] : self.start[position + 1]] * total
            lo = np.searchsorted(self.sorted_keys, groups + first)
            hi = np.searchsorted(self.sorted_keys, groups + position)
            sizes = hi - lo
            found = int(sizes.sum())
            if found < needs[position]:
                continue
            # Gather owners[lo:hi] for every group at once.
            offsets = np.repeat(lo - np.cumsum(sizes) + sizes, sizes)
            hits = self.owners[np.arange(found) + offsets]
            counts = np.bincount(hits - first, minlength=position - first)
            candidates = (np.flatnonzero(counts >= needs[first:position]) + first).tolist()
            if not candidates:
                continue
            mine = ordered[position]
            shingles = sets[mine]
            size = len(shingles)
            mine_set = frozenset(shingles.tolist())
            smallest = self.lowest * size - 1e-9
            for other_position in candidates:
                other = ordered[other_position]
                theirs = sets[other]
                if len(theirs) < smallest:
                    continue  # too much smaller to reach the threshold
                shared = len(mine_set.intersection(theirs.tolist()))
                similarity = shared / (size + len(theirs) - shared)
                if similarity >= min(self.thresholds[mine], self.thresholds[other]):
                    yield min(mine, other), max(mine, other), similarity


def _at_least(threshold: float, size: int) -> int:
    """The fewest shared shingles a set of ``size`` needs to reach ``threshold`` (>= 1)."""
    return max(1, math.ceil(threshold * size - 1e-9))


def _message(others: list[tuple[float, str]]) -> str:
    named = [f"{path} ({similarity:.0%} the same)" for similarity, path in others[:NAMED]]
    rest = len(others) - len(named)
    if rest:
        named.append(f"{rest} other note{'s' if rest > 1 else ''}")
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return (
        f"this note is near-identical to {listed} once names are set aside; panel "
        "interviewers compare notes, and a copy with the name changed reads as a form letter"
    )
