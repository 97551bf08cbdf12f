"""Whether a note reads as English, for the rules that judge by what a note lacks.

``no-conversation-reference`` and ``no-interest`` report what they cannot find,
and their patterns read English only: a note written in French or in Jamaican
Patois would always lack both. In English prose about one word in five is one
of a few dozen function words ("the", "to", "I", "you"); in a note that is not
English, fewer than one in fourteen are, or fewer than the function words of
Spanish, French, German, Portuguese or Italian ("de", "que", "und"). Those two
rules stay silent on such a note rather than report what they cannot read.
"""

from __future__ import annotations

import re

from notelint.note import Note

_FUNCTION_WORDS = frozenset(
    """the a an and or but to of in on for with at by from i you we my your our it is was be
    are this that have has had will would can could not as so if me us""".split()
)
# The commonest function words of Spanish, French, German, Portuguese and Italian that are
# not English words too: a note with more of these than of the English ones is not English
# ("Me encantaría formar parte del equipo" has "me" and "a" enough to pass the share).
_OTHER_WORDS = frozenset(
    """de la el los las que y del por con para una un es se su al lo como más pero sus ya o
    esta este muy sin sobre también hasta donde cuando nos le les des du et est qui dans pour
    pas sur au avec ce il elle nous vous je une mais ou leur très der das und ist nicht ich sie
    es mit den zu von für auf ein eine dem des im wir ihr ihnen sich auch bei aus um da nach
    wie mich mir uns dass ao os da do dos das em uma não com mais eu di che il della per non
    sono alla anche""".split()
)
_OTHER_FUNCTION_WORDS = _OTHER_WORDS - _FUNCTION_WORDS
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
    english = sum(word in _FUNCTION_WORDS for word in words)
    other = sum(word in _OTHER_FUNCTION_WORDS for word in words)
    return english >= _LEAST_SHARE * len(words) and english >= other
