"""The words a pattern cannot match without, read from the pattern itself.

A long alternation is slow: Python's regex engine tries every alternative at every
place of the text. Split into its alternatives (:func:`split_alternatives`), each
can be skipped when the note lacks a word it needs. Writing those words by hand for
a hundred alternatives is error-prone, so :func:`needs` reads them from the parse
tree (as :mod:`notelint.starts` reads where matches begin).

Only what is certain counts. A word counts when it is spelled out in ASCII letters
and digits (read lower-cased, as ``Note.word_parts`` holds them), is not optional,
and both its edges are sure to be word edges: a ``\\b``, a space or punctuation
mark, a look-behind ending in one, or an optional part that ends in one standing
between. Anything unsure (a class of letters, a repeat, a back-reference) adds no
word, so a pattern with nothing certain simply always runs. A test checks the
split parts of no-interest on 1,500 example notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

# The standard library's parser, as notelint.starts imports it for the same purpose.
from notelint.starts import (
    _REPEATS,
    _begins_non_word,
    _c,
    _ends_word,
    _is_boundary,
    _non_word_class,
    _parser,
)

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_LONGEST = 30  # a word beside an apostrophe is read only so far: see Note.word_parts
_PLAIN_WORD = re.compile(r"[a-z0-9]+")


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a verbose pattern's ``source``, without comments:
    split at each ``|`` outside groups and classes."""
    pieces: list[list[str]] = [[]]
    for text, comment, bar in _walk(source):
        if bar:
            pieces.append([])
        elif not comment:
            pieces[-1].append(text)
    return ["".join(piece) for piece in pieces]


def without_comments(source: str) -> str:
    """A verbose pattern's ``source`` without its comments."""
    return "".join(text for text, comment, _ in _walk(source) if not comment)


def _walk(source: str) -> Iterator[tuple[str, bool, bool]]:
    """A verbose pattern's source in pieces: each an escape ("\\|"), a comment (to the
    line's end) or a character, with whether it is a comment and whether it is a ``|``
    outside groups and classes. A "#" in a class or after a backslash is no comment."""
    depth, index, in_class = 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            yield source[index : index + 2], False, False
            index += 2
            continue
        if char == "#" and not in_class:
            end = source.find("\n", index)
            end = len(source) if end == -1 else end
            yield source[index:end], True, False
            index = end
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield char, False, char == "|" and depth == 0 and not in_class
        index += 1


def needs(source: str, flags: int) -> tuple[frozenset[str], ...]:
    """Word sets such that every match of the pattern ``source`` holds a word of each
    set as a whole word, smallest first; () when nothing is certain. The pattern is
    parsed, not compiled (parsing costs about a third as much)."""
    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # pragma: no cover - a parser that changed shape
        return ()
    sets = _sequence(list(parsed.data), before=False, after=False)
    return tuple(sorted(set(sets), key=lambda words: (len(words), sorted(words))))


def _sequence(items: Sequence[Any], before: bool, after: bool) -> list[frozenset[str]]:
    """Word sets every match of ``items`` needs; ``before`` and ``after`` tell whether
    a word edge is sure just before and just after the sequence."""
    sets: list[frozenset[str]] = []
    index = 0
    while index < len(items):
        op, value = items[index]
        if op is _c.LITERAL:
            end = index
            while end < len(items) and items[end][0] is _c.LITERAL:
                end += 1
            text = "".join(chr(code) for _, code in items[index:end]).lower()
            edges = (_edge_before(items, index, before), _edge_after(items, end - 1, after))
            sets.extend(_words(text, *edges))
            index = end
            continue
        edges = (_edge_before(items, index, before), _edge_after(items, index, after))
        if op is _c.SUBPATTERN:
            sets.extend(_sequence(list(value[-1].data), *edges))
        elif op is _c.BRANCH:
            sets.extend(_either(value[1], *edges))
        index += 1
    return sets


def _either(alternatives: Sequence[Any], before: bool, after: bool) -> list[frozenset[str]]:
    """One set for an alternation: a word of the smallest set of each alternative."""
    union: set[str] = set()
    for alternative in alternatives:
        inner = _sequence(list(alternative.data), before, after)
        if not inner:
            return []
        smallest: frozenset[str] = min(inner, key=len)
        union.update(smallest)
    return [frozenset(union)]


def _words(text: str, before: bool, after: bool) -> list[frozenset[str]]:
    """The whole words in a run of literal characters ("up", the "d" of "'d")."""
    words = []
    for word in _PLAIN_WORD.finditer(text):
        starts_edge = before if word.start() == 0 else _non_word(text[word.start() - 1])
        ends_edge = after if word.end() == len(text) else _non_word(text[word.end()])
        if starts_edge and ends_edge and len(word.group()) <= _LONGEST:
            words.append(frozenset([word.group()]))
    return words


def _non_word(char: str) -> bool:
    return re.match(r"\w", char) is None


def _optional(op: Any, value: Any) -> bool:
    return op in _REPEATS and value[0] == 0


def _edge_before(items: Sequence[Any], index: int, before: bool) -> bool:
    """Whether a word edge is sure just before ``items[index]``: the item before ends
    in a non-word character or is a boundary, past optional parts that end in one."""
    return _edge(reversed(items[:index]), before, -1, _ends_non_word, _is_boundary)


def _edge_after(items: Sequence[Any], index: int, after: bool) -> bool:
    """Whether a word edge is sure just after ``items[index]``."""
    return _edge(items[index + 1 :], after, 0, _begins_non_word, _ends_word)


def _edge(
    neighbours: Iterable[Any],
    outside: bool,
    side: int,
    non_word: Callable[[Any, Any], bool],
    boundary: Callable[[Any, Any], bool],
) -> bool:
    """The first neighbour that is not an optional part (whose near ``side`` is a
    non-word character) decides: a non-word character or a boundary; none, ``outside``."""
    for op, value in neighbours:
        if _optional(op, value):
            body = value[2].data
            if body and non_word(*body[side]):
                continue
            return False
        if op in _ZERO_WIDTH:
            return boundary(op, value)
        return non_word(op, value)
    return outside


def _ends_non_word(op: Any, value: Any) -> bool:
    """Whether every text an item matches ends with a non-word character."""
    if op in _REPEATS:
        low, _high, body = value
        return low >= 1 and bool(body.data) and _ends_non_word(*body.data[-1])
    if op is _c.SUBPATTERN:
        body = value[-1]
        return bool(body.data) and _ends_non_word(*body.data[-1])
    if op is _c.BRANCH:
        return all(b.data and _ends_non_word(*b.data[-1]) for b in value[1])
    return _non_word_class(op, value)
