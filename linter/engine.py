"""Run rules over notes: parse, build spaCy docs in batches, stamp and sort findings."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from notelint import directives, shingles, thread
from notelint.config import ALL, ActiveRule, Settings, active_rules
from notelint.context import Context
from notelint.context import from_mapping as context_from_mapping
from notelint.directives import Directive, Directives
from notelint.errors import InputError
from notelint.model import Finding, Position, Problem, Report, Severity, Stats
from notelint.nlp import get_pipeline
from notelint.note import Note, parse_layout
from notelint.registry import registry
from notelint.sources import Source, load

BATCH_SIZE = 64
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


class LineIndex:
    """Map character offsets to 1-based (line, column); CRLF, LF and CR all end a line."""

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        else:  # the common case, without a pattern
            lines = text.split("\n")
            self.starts = [0, *itertools.accumulate(len(line) + 1 for line in lines[:-1])]

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)


def stamp(note: Note, active: ActiveRule, problem: Problem, index: LineIndex) -> Finding:
    start = max(0, min(problem.start, len(note.text)))
    end = max(start, min(problem.end, len(note.text)))
    return Finding(
        rule=active.id,
        severity=min(active.severity, problem.severity) if problem.severity else active.severity,
        message=problem.message,
        start=start,
        end=end,
        begin=index.position(start),
        stop=index.position(end),
        text=note.text[start:end],
        suggestion=problem.suggestion,
        fix=problem.fix,
    )


def check_note(note: Note, rules: Sequence[ActiveRule]) -> tuple[list[Finding], list[str]]:
    """Findings for ``note`` sorted by position, and one line per rule that crashed.

    A rule that raises is reported and skipped; the other rules still run.
    """
    index = LineIndex(note.text)
    findings: dict[tuple[str, int, int], Finding] = {}
    failures: list[str] = []
    for active in rules:
        try:
            for problem in active.rule.check(note, active.options):
                finding = stamp(note, active, problem, index)
                findings.setdefault((finding.rule, finding.start, finding.end), finding)
        except Exception as exc:  # a broken rule must not hide the others' findings
            failures.append(f"rule {active.id!r} failed: {type(exc).__name__}: {exc}")
    ordered = sorted(findings.values(), key=lambda f: (f.start, f.end, f.rule))
    return ordered, failures


def stats(note: Note) -> Stats:
    return Stats(note.body_words, len(note.body_sentences()), note.reading_grade)


def lint_sources(
    sources: Iterable[Source],
    settings: Settings,
    rules: Sequence[ActiveRule] | None = None,
    fingerprints: bool = False,
) -> list[Report]:
    """One report per source, in order; unreadable sources become error reports."""
    return list(iter_reports(sources, settings, rules, fingerprints))


def iter_reports(
    sources: Iterable[Source],
    settings: Settings,
    rules: Sequence[ActiveRule] | None = None,
    fingerprints: bool = False,
) -> Iterator[Report]:
    """Reports in input order, parsing notes in batches so memory stays flat.

    Each batch of texts goes through ``nlp.pipe`` once; its docs are dropped as
    soon as the batch's rules have run. With ``fingerprints`` (a run of many
    notes), each report carries what the near-duplicate pass needs.
    """
    rules = active_rules(settings) if rules is None else rules
    batch: list[Source] = []
    for source in sources:
        batch.append(source)
        if len(batch) == BATCH_SIZE:
            yield from _check_batch(batch, settings, rules, fingerprints)
            batch = []
    if batch:
        yield from _check_batch(batch, settings, rules, fingerprints)


def _check_batch(
    batch: list[Source], settings: Settings, rules: Sequence[ActiveRule], fingerprints: bool
) -> Iterator[Report]:
    batch = [load(source) for source in batch]  # pending sources are read here
    found: dict[int, Directives | str] = {}
    known = frozenset(registry(settings.plugins))
    by_id = {active.id: active for active in rules}
    for i, source in enumerate(batch):
        if source.text is not None and source.text.strip():
            try:
                email = source.context is not None and source.context.email
                at = directives.body_start(source.text) if email else 0
                parsed = directives.find(source.text, known, at)
                # A quoted earlier e-mail thread is not the writer's: no rule reads it.
                unquoted = thread.blank_thread(parsed.text, at)
                if unquoted is not parsed.text:
                    parsed = dataclasses.replace(parsed, text=unquoted)
                found[i] = parsed
            except InputError as exc:
                found[i] = str(exc)
    texts = [d.text for d in found.values() if isinstance(d, Directives)]
    docs = iter(get_pipeline(settings.model).pipe(texts)) if texts else iter(())
    for i, source in enumerate(batch):
        parsed = found.get(i)
        if source.text is None:
            yield Report(source.path, error=source.error)
        elif parsed is None:
            yield Report(source.path, empty=True, source=source.text)
        elif isinstance(parsed, str):
            yield Report(source.path, error=parsed, source=source.text)
        else:
            layout = parse_layout(parsed.text)
            try:
                context = _context(source, parsed, settings)
            except InputError as exc:
                next(docs)
                yield Report(source.path, error=str(exc), source=source.text)
                continue
            note = Note(parsed.text, layout, next(docs), source.path, parsed, context)
            findings, failures = check_note(note, rules)
            ignored = settings.ignored_for(source.path)
            kept: list[Finding] = []
            used: set[Directive] = set()
            blanked = parsed.text is not source.text  # directives were blanked out of it
            for f in findings:
                directive = parsed.disabled(f.rule, f.begin.line)
                if directive is not None:
                    used.add(directive)
                elif not (
                    f.rule in ignored
                    or ALL in ignored
                    or by_id[f.rule].allows(source.text[f.start : f.end])
                ):
                    # Spans index the original text; show its words, not blanked directives.
                    original = source.text[f.start : f.end]
                    kept.append(dataclasses.replace(f, text=original) if blanked else f)
            if settings.report_unused_directives:
                kept += _unused(note, source.text, parsed, used, by_id)
                kept.sort(key=lambda f: (f.start, f.end, f.rule))
            near = by_id.get(shingles.RULE) if fingerprints else None
            yield Report(
                source.path,
                tuple(kept),
                stats(note),
                error="; ".join(failures) or None,
                source=source.text,
                fingerprint=None
                if near is None
                else shingles.fingerprint(source.text, note, settings, near, source.context),
                uses_clock=context.interviewed is not None and context.sent is None,
            )


UNUSED_DIRECTIVE = "unused-directive"


def _unused(
    note: Note,
    original: str,
    parsed: Directives,
    used: set[Directive],
    active: dict[str, ActiveRule],
) -> list[Finding]:
    """Findings for directives naming active rules that suppressed nothing."""
    index = LineIndex(note.text)
    out = []
    for directive in parsed.directives:
        names = [r for r in directive.rules if r in active]
        if directive in used or not names:
            continue
        out.append(
            Finding(
                rule=UNUSED_DIRECTIVE,
                severity=Severity.WARNING,
                message=f"this directive disables {', '.join(names)} but suppressed nothing",
                start=directive.start,
                end=directive.end,
                begin=index.position(directive.start),
                stop=index.position(directive.end),
                text=original[directive.start : directive.end],
                suggestion="remove the directive, or move it next to the line it is meant for",
            )
        )
    return out


def _context(source: Source, parsed: Directives, settings: Settings) -> Context:
    """Front matter, then --context files and flags, then the e-mail's headers."""
    own = Context()
    if parsed.front_matter:
        line = _key_lines(source.text or "")
        own = context_from_mapping(parsed.front_matter, line)
    merged = own.merged(settings.context)
    if source.context is not None:
        mail = source.context
        if merged.interviewers:  # To: names the interviewer only when nothing else does
            mail = dataclasses.replace(mail, interviewers=())
        merged = merged.merged(mail)
    return merged


def _key_lines(text: str) -> Callable[[str], str]:
    """'line N: ' for a front-matter key, so errors name the line."""

    def where(key: str) -> str:
        match = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
        return f"line {text.count(chr(10), 0, match.start()) + 1}: " if match else ""

    return where
