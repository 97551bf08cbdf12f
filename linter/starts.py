"""Search a pattern only where its matches can start: at the texts every match begins with.

Python's regex engine tries a pattern at every position of the text, entering the
whole pattern each time, unless the pattern begins with one literal text (which it
finds with a fast substring search). A phrase pattern begins with ``\\b`` or a
look-behind and then a choice of words, so it gets no such help: a note of 800
characters costs some 15 µs a pattern, and a pattern of many alternatives far more.

:func:`plan` reads a compiled pattern's parse tree and lists the literal texts one
of which begins every match, and whether a match can begin only where a word does
(after ``\\b``, ``(?<![\\w-])``, ``^`` or a look-behind ending in a space).
:func:`finditer` then finds those places with ``str.find`` (a text that is a whole
word only when the text's set of words holds it) and tries the pattern with
``Pattern.match`` there only, in text order, each after the end of the last
match: the matches ``Pattern.finditer`` would find. Zero-width assertions
are checked when the pattern is tried, so they need not be understood, only
skipped. A case-insensitive pattern is planned in lower case and its places found in
the lower-cased text, which the caller passes when it is faithful
(:func:`notelint.rules.scan.lower_is_faithful`). A pattern whose starts cannot be
listed (one that can begin with ``\\w`` or ``.``, or match an empty string) is run
as it is. A test compares both ways for every pattern of every rule on every
example note.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any, NamedTuple

# The standard library's own parser of patterns: "re._parser" since Python 3.11.
_NEW = sys.version_info >= (3, 11)
_c: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")
_parser: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")

_MAX_STARTS = 400  # beyond this a plan is not worth building
_FIND_LIMIT = 12  # texts looked for with str.find: each costs ~0.5 µs in a note
_SMALL_RANGE = 26
_SHORT = 160  # a stretch shorter than this is scanned as fast as its places are found
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(
    getattr(_c, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_c, name)
)
_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"\w+")
# Zero-width items after which a word character begins a word.
_BOUNDARIES = frozenset(
    (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_LINE, _c.AT_BEGINNING_STRING)
)


class Plan(NamedTuple):
    """Where a pattern's matches can begin."""

    whole: tuple[str, ...]  # whole words of the text
    heads: tuple[tuple[str, str], ...]  # (a whole word, a text it begins: "can't")
    prefixes: tuple[str, ...]  # texts that begin a word
    texts: tuple[str, ...]  # texts found anywhere
    lower: bool  # planned in lower case: look in the lower-cased text


class _Start(NamedTuple):
    text: str
    complete: bool  # the pattern's text is known up to its end: what follows lengthens it
    bounded: bool = False  # no word character may stand before it
    whole: bool = False  # (stopped) no word character may stand after it


class _Unknown(Exception):
    """A part whose first characters cannot be listed."""


def plan(pattern: re.Pattern[str]) -> Plan | None:
    """Where every match of ``pattern`` begins; None when that cannot be listed."""
    return _plan(pattern.pattern, pattern.flags)


@functools.cache
def _plan(source: str | bytes, flags: int) -> Plan | None:
    if not isinstance(source, str):
        return None
    lower = bool(flags & re.IGNORECASE)
    try:
        parsed = _parser.parse(source, flags)
        starts = _sequence(list(parsed.data), {_Start("", True)}, lower)
    except (_Unknown, re.error, RecursionError, TypeError, ValueError, IndexError):
        return None
    if not starts or any(not s.text for s in starts):
        return None
    if lower and any(not c.isascii() and c.lower() != c.upper() for s in starts for c in s.text):
        return None  # a cased letter beyond ASCII may fold to a letter lower() does not give
    whole: set[str] = set()
    heads: set[tuple[str, str]] = set()
    prefixes: set[str] = set()
    texts: set[str] = set()
    for start in starts:
        head = _WORD.match(start.text)
        if not start.bounded or head is None:
            texts.add(start.text)
        elif head.end() < len(start.text):
            heads.add((head.group(), start.text))
        elif start.whole and not start.complete:
            whole.add(start.text)
        else:
            prefixes.add(start.text)
    found = _shortest(texts)
    if len(found) > _FIND_LIMIT:
        return None
    return Plan(tuple(sorted(whole)), tuple(sorted(heads)), _shortest(prefixes), found, lower)


def _shortest(texts: set[str]) -> tuple[str, ...]:
    """``texts`` without those that begin with another of them (found at its places)."""
    kept: list[str] = []
    for text in sorted(texts, key=lambda t: (len(t), t)):
        if not any(text.startswith(shorter) for shorter in kept):
            kept.append(text)
    return tuple(kept)


def _sequence(items: list[tuple[Any, Any]], starts: set[_Start], lower: bool) -> set[_Start]:
    """``starts`` lengthened by a sequence of parse items."""
    for op, value in items:
        if not any(s.complete for s in starts):
            break
        if op in _ZERO_WIDTH:
            starts = {_bounded(s, op, value) if s.complete else s for s in starts}
            continue
        try:
            following = _item(op, value, lower)
        except _Unknown:
            if any(s.complete and not s.text for s in starts):
                raise  # nothing known of where such a match begins
            ends = _begins_non_word(op, value)  # the text ends before a non-word character
            return {_stop(s, ends) if s.complete else s for s in starts}
        starts = _extend(starts, following)
        if len(starts) > _MAX_STARTS:
            raise _Unknown
    return starts


def _bounded(start: _Start, op: Any, value: Any) -> _Start:
    """A complete start after a zero-width item: one that bounds a word before what follows
    (an empty start) or after what came (a start that ends with a word character)."""
    if not start.text:
        return start._replace(bounded=True) if _is_boundary(op, value) else start
    if _ends_word(op, value):
        return _stop(start, True)
    return start


def _stop(start: _Start, before_non_word: bool) -> _Start:
    """A start whose text is known no further."""
    whole = before_non_word and _WORD_CHAR.match(start.text[-1]) is not None
    return start._replace(complete=False, whole=whole)


def _extend(starts: set[_Start], following: set[_Start]) -> set[_Start]:
    """Each complete start lengthened by each of ``following``."""
    out: set[_Start] = set()
    for start in starts:
        if not start.complete:
            out.add(start)
            continue
        for more in following:
            bounded = start.bounded or (not start.text and more.bounded)
            whole = more.whole if more.text else False
            out.add(_Start(start.text + more.text, more.complete, bounded, whole))
    return out


def _item(op: Any, value: Any, lower: bool) -> set[_Start]:
    """The starts of one parse item (what it may begin with)."""
    empty = {_Start("", True)}
    if op is _c.LITERAL:
        char = chr(value)
        return {_Start(char.lower() if lower else char, True)}
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = value
        if add_flags & re.IGNORECASE and not lower:
            raise _Unknown  # (?i:...) in a pattern planned as it is written
        return _sequence(list(body.data), empty, lower)
    if op is _c.BRANCH:
        out: set[_Start] = set()
        for branch in value[1]:
            out |= _sequence(list(branch.data), empty, lower)
        return out
    if op is _c.IN:
        return {_Start(c, True) for c in _characters(value, lower)}
    if op in _REPEATS:
        low, high, body = value
        inner = _sequence(list(body.data), empty, lower)
        if not (low <= 1 and high == 1):  # more rounds may follow the first
            inner = {s._replace(complete=False, whole=False) if s.complete else s for s in inner}
        return inner | empty if low == 0 else inner
    raise _Unknown  # any character, a class such as \w, a back-reference


def _characters(items: list[tuple[Any, Any]], lower: bool) -> set[str]:
    chars: set[str] = set()
    for op, value in items:
        if op is _c.LITERAL:
            chars.add(chr(value))
        elif op is _c.RANGE and value[1] - value[0] < _SMALL_RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            raise _Unknown  # a negated set, a class, a wide range
    return {c.lower() for c in chars} if lower else chars


def _non_word_class(op: Any, value: Any) -> bool:
    """Whether a one-character item matches no word character."""
    if op is _c.LITERAL:
        return _WORD_CHAR.match(chr(value)) is None
    if op is _c.IN:
        return all(
            (o is _c.LITERAL and _WORD_CHAR.match(chr(v)) is None)
            or (o is _c.CATEGORY and v in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
            for o, v in value
        )
    return False


def _begins_non_word(op: Any, value: Any) -> bool:
    """Whether every text an item matches begins with a non-word character."""
    if op in _REPEATS:
        low, _high, body = value
        return low >= 1 and bool(body.data) and _begins_non_word(*body.data[0])
    if op is _c.SUBPATTERN:
        body = value[-1]
        return bool(body.data) and _begins_non_word(*body.data[0])
    if op is _c.BRANCH:
        return all(b.data and _begins_non_word(*b.data[0]) for b in value[1])
    return _non_word_class(op, value)


def _ends_word(op: Any, value: Any) -> bool:
    """Whether a zero-width item after a word character means the word ends there:
    ``\\b``, the end, or ``(?![\\w-])``."""
    if op is _c.AT:
        return value in (_c.AT_BOUNDARY, _c.AT_END, _c.AT_END_STRING)
    direction, body = value
    if op is _c.ASSERT_NOT and direction == 1 and body.data:
        first_op, first = body.data[0]
        return first_op is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in first
    return False


def _is_boundary(op: Any, value: Any) -> bool:
    """Whether a zero-width item means that a word character after it begins a word."""
    if op is _c.AT:
        return value in _BOUNDARIES
    direction, body = value
    if direction != -1 or not body.data:
        return False
    last_op, last = body.data[-1]
    if op is _c.ASSERT_NOT:  # (?<![\w-]): no word character before
        return last_op is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in last
    # (?<=\s), (?<=[.!?]\s): a character that is no word character before
    return op is _c.ASSERT and _non_word_class(last_op, last)


def finditer(
    pattern: re.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    lower: str | None = None,
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, pos, endpos)`` yields.

    ``lower`` is ``text`` lower-cased, when it is faithful; a case-insensitive
    pattern without it runs as it is.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    found = plan(pattern) if end - pos >= _SHORT else None
    if found is None or (found.lower and lower is None):
        yield from pattern.finditer(text, pos, end)
        return
    where = lower if found.lower and lower is not None else text
    taken = pos
    match_at = pattern.match
    for start in _places(found, where, pos, end):
        if start < taken:
            continue
        match = match_at(text, start, end)
        if match is not None:
            yield match
            taken = match.end()  # every match is non-empty: it begins with a text


def search(
    pattern: re.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    lower: str | None = None,
) -> re.Match[str] | None:
    """What ``pattern.search(text, pos, endpos)`` returns."""
    return next(finditer(pattern, text, pos, endpos, lower), None)


def _places(found: Plan, text: str, pos: int, end: int) -> list[int]:
    """Where a text of the plan begins in ``text[pos:end]``, in order, each once."""
    places: set[int] = set()
    if found.whole or found.heads:
        words = word_set(text)
        cut = end < len(text)  # a word cut at ``end`` is whole to the pattern
        for word in found.whole:
            if word in words or (cut and text.endswith(word, pos, end)):
                _find(text, word, pos, end, places, True)
        for head, literal in found.heads:
            if head in words:
                _find(text, literal, pos, end, places, True)
    for literal in found.prefixes:
        _find(text, literal, pos, end, places, True)
    for literal in found.texts:
        _find(text, literal, pos, end, places, False)
    return sorted(places)


def _find(text: str, literal: str, pos: int, end: int, places: set[int], word: bool) -> None:
    """Add where ``literal`` begins in ``text[pos:end]`` (with ``word``: where it begins
    a word, as ``\\b`` sees one) to ``places``."""
    find = text.find
    at = find(literal, pos, end)
    while at != -1:
        if not word or at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            places.add(at)
        at = find(literal, at + 1, end)


# UTF-8 bytes: ASCII non-word characters become spaces, other characters' bytes stay.
_NON_WORD_BYTES = bytes(
    b if b > 127 or chr(b).isalnum() or b == ord("_") else ord(" ") for b in range(256)
)


@functools.lru_cache(maxsize=8)
def word_set(text: str) -> frozenset[str]:
    """The words of ``text``, as ``\\w+`` finds them."""
    # Split at ASCII non-word characters with a byte table (~5x faster than the
    # pattern), then split the few runs that hold other characters with the pattern.
    bytes_ = text.encode(errors="surrogatepass").translate(_NON_WORD_BYTES)
    runs = set(bytes_.decode(errors="surrogatepass").split())
    if not text.isascii():
        for run in [run for run in runs if not run.isascii()]:
            runs.discard(run)
            runs.update(_WORD.findall(run))
    return frozenset(runs)
