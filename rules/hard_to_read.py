"""Sentences or wording far harder to read than plain business English.

*Why*: a follow-up note is read in a minute between meetings. A sentence of
more than 40 words, or a body whose reading grade is far above plain business
English (about grade 8–12), makes the reader work for your point. The grade is
textstat's Coleman–Liau index of the body, computed offline for bodies of at
least 30 words. An ellipsis before the next word ("getting lost... i'd light
the exits") ends a stretch as a full stop does.

*Options*: ``max-sentence-words`` (default 40), ``max-grade`` (default 18.0: "far
above" grade 12; reviewers of blind-written notes did not call grade-14 notes
hard to read, nor a physician's or an engineer's dense but plain notes at grades
16 to 18, and the jargon they did call hard read at grade 24 and over).

*Bad*: one 60-word sentence chaining three clauses about your experience.

*Good*: the same content as three sentences of 15–20 words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.readability import textstat_grade
from notelint.rule import Rule
from notelint.rules.scan import body_anchor

# A word as a reader (or a word processor) counts one: a run of characters between spaces
# or dashes that holds a letter or digit. "IQ/OQ/PQ", "and/or" and a formula written
# without spaces ("Vmax[S]/(Km") are one word each; "=", "+" and "±" alone are none.
_CHUNK = re.compile(r"[^\s—]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _words(text: str) -> int:
    return sum(1 for chunk in _CHUNK.findall(text) if _LETTER_OR_DIGIT.search(chunk))


_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s+")
_ALNUM = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _most_words(text: str) -> int:
    """An upper bound on the words in ``text``: every word but the first follows a
    space or a dash, which is not a letter or digit."""
    if text.isascii():
        return 1 + len(text.encode("ascii").translate(None, _ALNUM))
    return len(text)


@dataclasses.dataclass(frozen=True)
class HardToReadOptions:
    max_sentence_words: int = 40
    max_grade: float = 18.0


class HardToRead(Rule):
    __doc__ = __doc__
    id = "hard-to-read"
    severity = Severity.INFO
    Options = HardToReadOptions

    def check(self, note: Note, options: HardToReadOptions) -> Iterator[Problem]:
        long_found = False
        for sentence in note.body_sentences():
            text = note.text[sentence.start : sentence.end]
            if _most_words(text) <= options.max_sentence_words:
                continue  # cannot be too long: no need to count
            # An ellipsis before the next words is a stop a reader pauses at ("... getting
            # lost... i'm gonna go with"), though the sentencizer reads on (round 260).
            words = max(_words(piece) for piece in _ELLIPSIS.split(text))
            if words > options.max_sentence_words:
                long_found = True
                yield Problem(
                    sentence.start,
                    sentence.end,
                    f"this sentence is {words} words long (limit {options.max_sentence_words}); "
                    "long sentences bury the point",
                    suggestion="split it into two or three sentences of under 25 words",
                )
        grade = note.reading_grade
        if grade is not None and grade > options.max_grade and not long_found:
            grade = textstat_grade(note.slice(note.body))  # the figure quoted is textstat's
            start, end = body_anchor(note)
            yield Problem(
                start,
                end,
                f"the body reads at grade {grade:g} (limit {options.max_grade:g}); "
                "dense wording slows a busy reader",
                suggestion="use shorter words and sentences; plain business English is grade 8–12",
            )
