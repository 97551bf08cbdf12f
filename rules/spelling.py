"""Common misspellings of the few words the phrase rules hinge on.

Drafts are typed in a hurry, on phones, by voice and in a second language, and
a misspelt stock phrase ("thank you for the oppurtunity", "I apreciate you
taking the time", "Dear hiring manger") is still the stock phrase to its reader.
Only slips common enough to be seen in real drafts are listed, and only for
words whose slip is not another word in the same place: "manger" is one, but
never after "hiring".

``SLIPS`` maps each word to its slips. :func:`either` makes a pattern of a
word's spellings and :func:`alternatives` a gate's word group; :func:`tolerant`
widens every whole-word use of the listed words in a pattern's source, and
:func:`with_slips` and :func:`tolerant_gate` a rule's word sets, so patterns
passed through them need not spell each slip out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Stems of "appreciate"; each is a literal a note's text holds.
APPRECIATE_STEMS = ("appreciat", "apreciat", "appriciat", "apriciat")
# Each word's slips. The first group keeps a stock phrase stock ("To whom it may concen",
# "Dear hiring manger", "honered", "desparate", "any sallary"); the second makes a note
# good, so tolerant() widens them in the cue and interest patterns ("when you mentioed the
# rota", "very intereted in the role").
SLIPS: dict[str, tuple[str, ...]] = {
    "opportunity": (
        *"oppurtunity oppertunity oportunity opportunty oppotunity opporunity opprtunity".split(),
        *"oppourtunity opportuntiy opertunity".split(),
    ),
    "concern": ("concearn", "conern", "concren", "concen"),
    "manager": ("manger", "manageer", "managr"),
    "hiring": ("hirng", "hirring", "hireing"),
    "madam": ("madm", "maddam", "madame"),
    "honoured": ("honored", "honered", "honourd", "honord", "honerd"),
    "humbled": ("humbeled", "humbld", "humbeld"),
    "privileged": ("priviledged", "privilaged", "previleged", "priveleged"),
    "really": ("realy", "relly", "reallly", "rly", "rlly"),
    "desperate": ("desparate", "desprate", "desperete"),
    "salary": ("sallary", "salery", "salry"),
    "possible": ("posible", "possibel"),
    "forward": ("foward", "forwad", "foreward"),
    "mentioned": ("mentioed", "mentiond", "metioned", "menioned", "mentionned"),
    "discussed": ("dicussed", "discused", "disscussed"),
    "learning": ("learing", "lerning", "learnig"),
    "question": ("quesiton", "questoin", "qustion", "quetion"),
    "interested": ("intereted", "interestd", "insterested", "interesed"),
    "excited": ("exicted", "excitied", "excted", "exctied"),
    "enthusiastic": ("enthousiastic", "enthusiatic", "enthusastic"),  # (rounds 206 and 266)
    "enthusiasm": ("enthousiasm",),
    "love": ("luv",),
    "truly": ("truely", "trully"),
    "inspiration": ("inspiraton", "insperation", "inspriation"),
    "amazing": ("amzing", "amazng", "ammazing"),
    "considering": ("considring", "considerring", "concidering"),
    "definitely": ("definately", "definatly", "definetly", "definitly", "defintely"),
}
# "thank you" slips seen in subjects ("Thank yuo", "Thnak you").
THANK_YOU_SLIPS = frozenset("yuo yoy tahnk thnak thak thnk thankyu thanku".split())


def spellings(*words: str) -> list[str]:
    """Each of ``words`` and its slips, the right spelling first."""
    return [spelling for word in words for spelling in (word, *SLIPS.get(word, ()))]


def either(*words: str) -> str:
    """A non-capturing group matching any spelling of ``words``."""
    return "(?:" + "|".join(spellings(*words)) + ")"


def alternatives(*words: str) -> str:
    """The spellings of ``words`` as one of a WordGate line's groups."""
    return "|".join(spellings(*words))


# A word of SLIPS followed by what ends a word in a pattern's source; what comes before it
# is checked in tolerant() (a look-behind tried at every position made imports slow).
_SLIP_WORD = re.compile(
    "(?:" + "|".join(sorted(SLIPS, key=len, reverse=True)) + r")(?=[|)(\s\\]|$)"
)
# What may stand before a whole word in a pattern's source: "\b", "\s+", "\s*", or one
# of "|(:" or whitespace.
_WORD_START = ("\\b", "\\s+", "\\s*", "|", "(", ":", " ", "\n", "\t")


def tolerant(source: str) -> str:
    """The pattern ``source`` with each word of SLIPS, where it stands as a whole
    word ("(?:mentioned|said)", "\\bquestion\\b", "\\s+forward\\s+"), widened to its slips."""

    def widen(match: re.Match[str]) -> str:
        before = source[max(0, match.start() - 3) : match.start()]
        whole = before.endswith(_WORD_START)
        return either(match.group()) if whole else match.group()

    return _SLIP_WORD.sub(widen, source)


def with_slips(words: Iterable[str]) -> frozenset[str]:
    """``words`` and the slips SLIPS lists for them."""
    return frozenset(spellings(*words))


def tolerant_gate(line: str) -> str:
    """A WordGate line ("inspiration|hero truly") with each word's slips added to its group."""
    return " ".join(alternatives(*group.split("|")) for group in line.split(" "))
