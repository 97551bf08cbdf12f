"""Front matter and in-note suppression directives, found and blanked before linting.

A note may start with YAML front matter between ``---`` lines (an e-mail's body
may: see :func:`body_start`). Its ``notelint``
key holds per-file settings (``notelint: {disable: [rule, ...]}``); the other
keys describe the interview and are kept for rules that use them. In any note,
``<!-- notelint: disable=rule[,rule] -->`` silences those rules on the next line
and ``<!-- notelint: disable-file=rule -->`` in the whole file.

Both are replaced by spaces (newlines kept) before the note is parsed, so no
rule sees them and every reported position still indexes the original text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from typing import Any

from notelint.errors import InputError

_FENCE = re.compile(r"---[ \t]*(?:\r\n|\n|\r)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_COMMENT = re.compile(
    r"<!--\s*notelint\s*:\s*(?P<kind>disable-file|disable-next-line|disable)\s*=\s*"
    r"(?P<rules>[^>]*?)\s*-->",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True)
class Directive:
    """One suppression: the rules it names, where it is, and what it covers."""

    rules: tuple[str, ...]
    start: int
    end: int
    line: int | None  # the 1-based line it silences, or None for the whole file


@dataclasses.dataclass(frozen=True)
class Directives:
    """What was found in a note's text, and the text with it blanked out."""

    text: str
    front_matter: Mapping[str, Any]
    directives: tuple[Directive, ...] = ()
    known: frozenset[str] = frozenset()

    def unknown(self) -> Iterator[tuple[str, Directive]]:
        """(rule id, directive) for every id that names no known rule."""
        for directive in self.directives:
            for rule in directive.rules:
                if rule not in self.known:
                    yield rule, directive

    def disabled(self, rule: str, line: int) -> Directive | None:
        """The directive that silences ``rule`` on ``line``, if any."""
        for directive in self.directives:
            if rule in directive.rules and directive.line in (None, line):
                return directive
        return None


def _blank(text: str, start: int, end: int) -> str:
    middle = re.sub(r"[^\r\n]", " ", text[start:end])
    return text[:start] + middle + text[end:]


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# An e-mail's header block: "Name: value" lines (with folded continuation lines),
# then the empty line that ends it.
_NL = r"(?:\r\n|\n|\r)"
_HEADERS = re.compile(rf"(?:[!-9;-~]+:[^\r\n]*{_NL}(?:[ \t][^\r\n]*{_NL})*)+{_NL}")


def body_start(text: str) -> int:
    """Where an e-mail's body starts in ``text`` (0 if it starts with no header block)."""
    headers = _HEADERS.match(text)
    return headers.end() if headers else 0


def _front_matter(text: str, at: int) -> tuple[dict[str, Any], int, list[Directive]]:
    """Parsed front matter starting at ``at``, the offset where it ends, and its
    ``notelint: disable`` list."""
    fence = _FENCE.match(text, at)
    if fence is None:
        return {}, 0, []
    close = _CLOSE.search(text, fence.end())
    if close is None:
        return {}, 0, []  # a lone '---' is a rule line, not front matter
    import yaml

    source = text[fence.end() : close.start()]
    try:
        data = yaml.safe_load(source) if source.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        first = _line_of(text, at)  # the opening '---'
        line = first + mark.line + 1 if mark is not None else first
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"line {line}: malformed front matter: {problem}") from None
    if not isinstance(data, dict):
        line = _line_of(text, at) + 1
        raise InputError(f"line {line}: malformed front matter: expected 'key: value' lines")
    own = data.get("notelint", {})
    if own is None:
        own = {}
    if not isinstance(own, dict) or set(own) - {"disable"}:
        raise InputError("front matter: 'notelint' takes one key, 'disable: [rule, ...]'")
    disable = own.get("disable", [])
    if isinstance(disable, str):
        disable = [disable]
    if not isinstance(disable, list) or not all(isinstance(r, str) for r in disable):
        raise InputError("front matter: 'notelint: disable' must be a list of rule ids")
    end = close.end()
    directives = [Directive(tuple(disable), at, end, None)] if disable else []
    return data, end, directives


def find(text: str, known: frozenset[str] = frozenset(), at: int = 0) -> Directives:
    """Front matter (starting at ``at``) and directive comments in ``text``; InputError
    if front matter is broken.

    ``known`` is the set of rule ids a directive may name.
    """
    data, end, directives = _front_matter(text, at)
    blanked = _blank(text, at, end) if end else text
    for match in _COMMENT.finditer(text):
        rules = tuple(r.strip() for r in re.split(r"[,\s]+", match.group("rules")) if r.strip())
        kind = match.group("kind").lower()
        line = None if kind == "disable-file" else _line_of(text, match.end()) + 1
        directives.append(Directive(rules, match.start(), match.end(), line))
        blanked = _blank(blanked, match.start(), match.end())
    return Directives(blanked, data, tuple(directives), known)
