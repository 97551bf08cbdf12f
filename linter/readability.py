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

_NOT_LETTER = re.compile(r"\W+")
_SYMBOLS = re.compile(r"[^\s\w]+(?!\S)")  # a run of symbols that ends a chunk
_LETTER = re.compile(r"\w")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def _words(text: str) -> int:
    """Whitespace-separated chunks with a letter: all chunks but those of symbols only."""
    symbols_only = sum(
        1 for m in _SYMBOLS.finditer(text) if m.start() == 0 or text[m.start() - 1].isspace()
    )
    return len(text.split()) - symbols_only


def _more_than_two_words(sentence: str) -> bool:
    found = 0
    for chunk in sentence.split():
        if _LETTER.search(chunk):
            found += 1
            if found > 2:
                return True
    return False


def coleman_liau(text: str) -> float:
    """The Coleman–Liau index of ``text``, equal to ``textstat.coleman_liau_index``."""
    words = _words(text)
    if not words:
        return 0.0
    letters_per_word = len(_NOT_LETTER.sub("", text)) / words
    sentences = _SENTENCE.findall(text)
    if not sentences:
        return 0.0
    counted = sum(1 for s in sentences if _more_than_two_words(s))
    sentences_per_word = max(1, counted) / words
    letters = letters_per_word * 100
    per_hundred = sentences_per_word * 100
    if letters == 0 or per_hundred == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * per_hundred) - 15.8


def reading_grade(text: str) -> float | None:
    """Coleman–Liau grade of ``text`` to one decimal, or None when it is too short."""
    if len(text.split()) < MIN_WORDS:
        return None
    return round(coleman_liau(text), 1)


def textstat_grade(text: str) -> float:
    """textstat's own Coleman–Liau grade of ``text``, to one decimal."""
    import textstat

    return round(float(textstat.coleman_liau_index(text)), 1)
