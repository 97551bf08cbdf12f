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
comparisons; notes written by different people cost far less.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from notelint import directives
from notelint.config import ALL, ActiveRule
from notelint.engine import UNUSED_DIRECTIVE, LineIndex
from notelint.errors import InputError
from notelint.model import Finding
from notelint.note import Layout, Section, parse_layout
from notelint.rules.near_duplicate import NearDuplicate, NearDuplicateOptions

if TYPE_CHECKING:
    from notelint.run import Checked

RULE = NearDuplicate.id
SHINGLE = 3  # words per shingle
NAMED = 3  # other files named in one finding; the rest are counted
# Shared shingles a candidate pair needs within its prefixes (see similar_pairs).
PREFIX_SHARED = 20

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TOKEN = re.compile(r"\S+")
# Greeting, sign-off and title words that sit next to names but are not names.
_NOT_NAMES = frozenset(
    """
    dear hi hello hey heya hiya greetings good morning afternoon evening day to whom it may
    concern sir sirs madam mr mrs ms mx dr prof and the team panel committee hiring manager
    best all regards kind kindest warm warmest warmly wishes with sincerely yours
    respectfully cordially cheers thanks thank you many again much appreciated gratitude
    appreciation gratefully take care talk speak soon looking forward until then be well
    """.split()
)


@dataclasses.dataclass(frozen=True)
class _Entry:
    """One note taking part: where it is in the run, its shingles and where to report."""

    index: int
    shingles: frozenset[int]
    threshold: float
    company: str | None
    anchor: tuple[int, int]
    found: directives.Directives


def find_near_duplicates(checked: Sequence[Checked]) -> list[Checked]:
    """``checked`` with a ``near-duplicate`` finding added to each note that copies another.

    Findings of an earlier pass are replaced, so running it again (after ``--fix``
    re-checked some notes) gives the same result.
    """
    items = [_without_earlier(item) for item in checked]
    entries = [e for i, item in enumerate(items) if (e := _entry(i, item)) is not None]
    if len(entries) < 2:
        return items
    matches: dict[int, list[tuple[float, str]]] = defaultdict(list)
    sets = [e.shingles for e in entries]
    for i, j, similarity in similar_pairs(sets, [e.threshold for e in entries]):
        a, b = entries[i], entries[j]
        if a.company and b.company and a.company != b.company:
            continue  # a note reused across employers is not what a panel compares
        for mine, other in ((a, b), (b, a)):
            if similarity >= mine.threshold:
                matches[mine.index].append((similarity, items[other.index].report.path))
    by_index = {e.index: e for e in entries}
    for index, others in matches.items():
        items[index] = _with_finding(items[index], by_index[index], others)
    return items


def similar_pairs(
    sets: Sequence[frozenset[int]], thresholds: Sequence[float]
) -> Iterator[tuple[int, int, float]]:
    """``(i, j, similarity)``, ``i < j``, for every pair of ``sets`` whose Jaccard
    similarity reaches the lower of the two ``thresholds``."""
    if not sets:
        return
    lowest = min(thresholds)
    frequency: Counter[int] = Counter()
    for shingles in sets:
        frequency.update(shingles)
    # Smallest sets first, so a set is probed only against sets no larger than itself.
    ordered = sorted(range(len(sets)), key=lambda i: (len(sets[i]), i))
    index: dict[int, list[int]] = defaultdict(list)  # shingle -> positions in ``ordered``
    needs = np.zeros(len(ordered), np.int64)  # shared prefix shingles each set needs
    for position, mine in enumerate(ordered):
        shingles = sets[mine]
        size = len(shingles)
        must = _at_least(lowest, size)
        need = min(PREFIX_SHARED, must)
        rarest = sorted(shingles, key=lambda s: (frequency[s], s))
        prefix = rarest[: size - must + need]
        postings = [index[shingle] for shingle in prefix]
        hits = np.fromiter(itertools.chain.from_iterable(postings), np.int64)
        counts = np.bincount(hits, minlength=position)
        smallest = lowest * size - 1e-9
        for other_position in np.flatnonzero(counts >= needs[:position]).tolist():
            other = ordered[other_position]
            theirs = sets[other]
            if len(theirs) < smallest:
                continue  # too much smaller to reach the threshold
            shared = len(shingles & theirs)
            similarity = shared / (size + len(theirs) - shared)
            if similarity >= min(thresholds[mine], thresholds[other]):
                yield min(mine, other), max(mine, other), similarity
        for shingle in prefix:
            index[shingle].append(position)
        needs[position] = need


def _at_least(threshold: float, size: int) -> int:
    """The fewest shared shingles a set of ``size`` needs to reach ``threshold`` (>= 1)."""
    return max(1, math.ceil(threshold * size - 1e-9))


def _active(item: Checked) -> ActiveRule | None:
    return next((r for r in item.rules if r.id == RULE), None)


def _entry(index: int, item: Checked) -> _Entry | None:
    """The note's shingles, or None when it does not take part."""
    active = _active(item)
    report = item.report
    if active is None or report.stats is None or not report.source:
        return None  # the rule is off here, or the note was empty or could not be read
    options: NearDuplicateOptions = active.options
    try:
        found = directives.find(report.source)
    except InputError:
        return None
    layout = parse_layout(found.text)
    names = _names(found, layout, item)
    body = found.text[layout.body.start : layout.body.end]
    words = [w for w in _WORD.findall(body.casefold()) if w not in names]
    if len(words) < max(options.min_words, 1):
        return None
    shingles = frozenset(
        hash(tuple(words[i : i + SHINGLE])) for i in range(max(1, len(words) - SHINGLE + 1))
    )
    company = item.settings.context.company or found.front_matter.get("company")
    company = " ".join(company.casefold().split()) if isinstance(company, str) else None
    return _Entry(
        index, shingles, options.threshold, company or None, _anchor(found.text, layout), found
    )


def _names(found: directives.Directives, layout: Layout, item: Checked) -> frozenset[str]:
    """Lower-case words of the names in the greeting, sign-off, signature and context."""
    text = found.text
    parts = [layout.greeting, layout.signoff]
    if layout.signature:
        first_line = text[layout.signature.start : layout.signature.end].splitlines()[0]
        parts.append(Section(layout.signature.start, layout.signature.start + len(first_line)))
    # In the note, names are the capitalised words ("Thanks again for your time, Ana").
    written = " ".join(text[p.start : p.end] for p in parts if p)
    words = {w.casefold() for w in _WORD.findall(written) if w[0].isupper()}
    interviewers = list(item.settings.context.interviewers)
    if item.source.context is not None:
        interviewers += item.source.context.interviewers  # an e-mail's To: names
    value = found.front_matter.get("interviewer")
    interviewers += [value] if isinstance(value, str) else value if isinstance(value, list) else []
    for name in interviewers:
        if isinstance(name, str):
            words.update(_WORD.findall(name.casefold()))
    return frozenset(words - _NOT_NAMES)


def _anchor(text: str, layout: Layout) -> tuple[int, int]:
    """The first word of the body (or of the note)."""
    section = layout.body if layout.body else Section(0, len(text))
    match = _TOKEN.search(text, section.start, section.end)
    return (match.start(), match.end()) if match else (section.start, section.start)


def _without_earlier(item: Checked) -> Checked:
    findings = tuple(f for f in item.report.findings if f.rule != RULE)
    if len(findings) == len(item.report.findings):
        return item
    return dataclasses.replace(item, report=dataclasses.replace(item.report, findings=findings))


def _with_finding(item: Checked, entry: _Entry, others: list[tuple[float, str]]) -> Checked:
    """``item`` with the finding added, unless the note's suppressions hide it."""
    active = _active(item)
    assert active is not None
    report = item.report
    source = report.source
    start, end = entry.anchor
    lines = LineIndex(source)
    begin = lines.position(start)
    ignored = item.settings.ignored_for(report.path)
    if RULE in ignored or ALL in ignored or active.allows(source[start:end]):
        return item
    directive = entry.found.disabled(RULE, begin.line)
    if directive is not None:
        # The directive did suppress something after all: drop the engine's
        # report that it was unused.
        span = (directive.start, directive.end)
        findings = [
            f
            for f in report.findings
            if not (f.rule == UNUSED_DIRECTIVE and (f.start, f.end) == span)
        ]
    else:
        others.sort(key=lambda o: (-o[0], o[1]))
        finding = Finding(
            rule=RULE,
            severity=active.severity,
            message=_message(others),
            start=start,
            end=end,
            begin=begin,
            stop=lines.position(end),
            text=source[start:end],
            suggestion="write each interviewer their own note about something they asked "
            "or said in the interview",
        )
        findings = sorted((*report.findings, finding), key=lambda f: (f.start, f.end, f.rule))
    if tuple(findings) == report.findings:
        return item
    return dataclasses.replace(item, report=dataclasses.replace(report, findings=tuple(findings)))


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
