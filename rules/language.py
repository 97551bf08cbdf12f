"""Whether a note reads as English, for the rules that judge by what a note lacks.

``no-conversation-reference`` and ``no-interest`` report what they cannot find,
and their patterns read English only: a note written in French or in Jamaican
Patois would always lack both. In English prose about one word in five is one
of a few dozen function words ("the", "to", "I", "you"); in a note that is not
English, fewer than one in fourteen are. Those two rules stay silent on such
a note rather than report what they cannot read.
"""

from __future__ import annotations

import re

from notelint.note import Note

_FUNCTION_WORDS = frozenset(
    """the a an and or but to of in on for with at by from i you we my your our it is was be
    are this that have has had will would can could not as so if me us""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_LEAST_WORDS = 12  # fewer words than this say too little to judge
_LEAST_SHARE = 0.07  # English prose runs at 0.15 and above; French, about 0.03


def reads_as_english(note: Note) -> bool:
    """Whether the note's body (or, without one, its text) reads as English."""
    body = note.body
    text = note.text[body.start : body.end] if body else note.text
    words = _WORD.findall(text.lower())
    if len(words) < _LEAST_WORDS:
        return True
    return sum(word in _FUNCTION_WORDS for word in words) >= _LEAST_SHARE * len(words)
