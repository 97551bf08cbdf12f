"""Reading-grade figures from textstat, computed offline and without a pronunciation dictionary.

The grade is textstat's Coleman–Liau index: a U.S. school grade from letters
per word and sentences per word. Unlike Flesch–Kincaid it needs no syllable
counts, so textstat never loads the CMU pronouncing dictionary (about a
second and 80 MB per process) and nothing can trigger a data download.
textstat is also pinned below 0.7.9, whose import pulls in NLTK.
"""

from __future__ import annotations

MIN_WORDS = 30  # below this a grade says more about noise than about the writing


def reading_grade(text: str) -> float | None:
    """Coleman–Liau grade of ``text``, or None when it is too short to judge."""
    if len(text.split()) < MIN_WORDS:
        return None
    import textstat

    return round(float(textstat.coleman_liau_index(text)), 1)
