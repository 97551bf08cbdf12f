"""Reading grade: the Coleman–Liau index exactly as textstat 0.7.x computes it.

Coleman–Liau needs only letters per word and sentences per word, so no syllable
counts: textstat never loads the CMU pronouncing dictionary (about a second and
80 MB per process) and nothing can trigger a data download. textstat is pinned
below 0.7.9, whose import pulls in NLTK.

Every note gets a grade, so the counts are done here in three regular-expression
passes (about 15 times faster than textstat's helpers, which re-run their
regular expressions per sentence); a test checks that the result equals
``textstat.coleman_liau_index`` on every note of the corpus. Findings quote
textstat's own figure (:func:`textstat_grade`).

textstat's definitions, reproduced:

* a letter is a character matched by ``\\w``;
* a word is a whitespace-separated chunk with at least one letter;
* a sentence is a match of ``\\b[^.!?]+[.!?]*`` with more than two words
  (at least one sentence is counted).
"""

from __future__ import annotations

import re

MIN_WORDS = 30  # below this a grade says more about noise than about the writing

_LETTER = re.compile(r"\w")


def _ascii_classes() -> bytes:
    """A translation table for ASCII: each byte becomes its class for the counts."""
    table = bytearray(b",") * 256
    for byte in range(256):
        char = chr(byte)
        if char.isspace():
            table[byte] = ord(" ")
        elif byte < 128 and (char.isalnum() or char == "_"):
            table[byte] = ord("a")  # a letter in textstat's sense (\w)
        elif char in ".!?":
            table[byte] = ord(".")
    return bytes(table)


_CLASSES = _ascii_classes()
_CLASS_SYMBOLS = re.compile(rb"(?<![^ ])[.,]+(?![^ ])")  # a chunk of symbols only
_CLASS_SENTENCE = re.compile(rb"\b[^.]+\.*")
_CLASS_WORD = re.compile(rb"[^ ]*a[^ ]*")


def _ascii_counts(text: str) -> tuple[int, int, int]:
    """(letters, words, sentences) for ASCII text, from a one-byte-per-class copy.

    Mapping each character to its class (space, letter, sentence end, other)
    keeps every distinction textstat's expressions make, so the same
    expressions run over the copy in C without building a string per word.
    """
    classes = text.encode("ascii").translate(_CLASSES)
    words = len(classes.split()) - len(_CLASS_SYMBOLS.findall(classes))
    sentences = sum(1 for s in _CLASS_SENTENCE.findall(classes) if len(_CLASS_WORD.findall(s)) > 2)
    return classes.count(b"a"), words, sentences


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_STAND_INS: dict[str, str] = {}  # a non-ASCII character -> an ASCII one of the same class


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    found = _STAND_INS.get(char)
    if found is None:
        found = "a" if _LETTER.match(char) else " " if char.isspace() else ","
        _STAND_INS[char] = found
    return found


def _counts(text: str) -> tuple[int, int, int]:
    """(letters, words, sentences longer than two words) as textstat counts them.

    A non-ASCII character ("é", an em dash, an emoji) is first replaced by an
    ASCII character of the same class, which changes none of the counts.
    """
    if not text.isascii():
        text = _NON_ASCII.sub(_stand_in, text)
    return _ascii_counts(text)


def coleman_liau(text: str) -> float:
    """The Coleman–Liau index of ``text``, equal to ``textstat.coleman_liau_index``."""
    letter_count, words, counted = _counts(text)
    if not words:
        return 0.0
    # The same operations, in the same order, as textstat: the floats come out equal.
    letters = letter_count / words * 100
    sentences = max(1, counted) / words * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences) - 15.8


def reading_grade(text: str) -> float | None:
    """Coleman–Liau grade of ``text`` to one decimal, or None when it is too short."""
    if len(text.split()) < MIN_WORDS:
        return None
    return round(coleman_liau(text), 1)


def textstat_grade(text: str) -> float:
    """textstat's own Coleman–Liau grade of ``text``, to one decimal."""
    import textstat

    return round(float(textstat.coleman_liau_index(text)), 1)
