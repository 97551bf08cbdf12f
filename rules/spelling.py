"""Common misspellings of the few words the phrase rules hinge on.

Drafts are typed in a hurry, on phones, by voice and in a second language, and
a misspelt stock phrase ("thank you for the oppurtunity", "I apreciate you
taking the time", "Dear hiring manger") is still the stock phrase to its reader.
Only slips common enough to be seen in real drafts are listed, and only for
words whose slip is not another word in the same place: "manger" is one, but
never after "hiring".

Each word is a list of its spellings, the right one first; :func:`either`
makes a pattern of it and :func:`alternatives` a gate's word group. ``SLIPS``
holds the words that make a note good (a cue back to the interview, a word of
interest): :func:`tolerant` widens every whole-word use of them in a pattern's
source, and :func:`with_slips` a rule's word set, so the cue and interest
patterns need not spell each slip out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

OPPORTUNITY = (
    "opportunity oppurtunity oppertunity oportunity opportunty oppotunity opporunity"
    " opprtunity oppourtunity opportuntiy opertunity"
).split()
# Stems of "appreciate"; each is a literal a note's text holds.
APPRECIATE_STEMS = ("appreciat", "apreciat", "appriciat", "apriciat")
CONCERN = "concern concearn conern concren concen".split()  # "To whom it may concern"
MANAGER = "manager manger manageer managr".split()  # after "hiring"
HIRING = "hiring hirng hirring hireing".split()  # before "manager"
MADAM = "madam madm maddam madame".split()  # in "Sir/Madam"
HONOURED = "honoured honored honered honourd honord honerd".split()
HUMBLED = "humbled humbeled humbld humbeld".split()
PRIVILEGED = "privileged priviledged privilaged previleged priveleged".split()
REALLY = "really realy relly reallly".split()
FORWARD = "forward foward forwad foreward".split()  # "look forward to"
DESPERATE = "desperate desparate desprate desperete".split()
SALARY = "salary sallary salery salry".split()
POSSIBLE = "possible posible possibel".split()
# Words that point back at the interview or say you want the job, with their slips: a
# pattern passed through tolerant() takes either ("when you mentioed the rota").
SLIPS = {
    "mentioned": ("mentioed", "mentiond", "metioned", "menioned", "mentionned"),
    "discussed": ("dicussed", "discused", "disscussed"),
    "learning": ("learing", "lerning", "learnig"),
    "question": ("quesiton", "questoin", "qustion", "quetion"),
    "interested": ("intereted", "interestd", "insterested", "interesed"),
    "excited": ("exicted", "excitied", "excted", "exctied"),
    "love": ("luv",),
    "truly": ("truely", "trully"),
    "inspiration": ("inspiraton", "insperation", "inspriation"),
    "amazing": ("amzing", "amazng", "ammazing"),
    "considering": ("considring", "considerring", "concidering"),
}
# "thank you" slips seen in subjects ("Thank yuo", "Thnak you").
THANK_YOU_SLIPS = frozenset("yuo yoy tahnk thnak thak thnk thankyu thanku".split())


def either(spellings: list[str] | tuple[str, ...]) -> str:
    """A non-capturing group matching any of ``spellings``."""
    return "(?:" + "|".join(spellings) + ")"


def alternatives(spellings: list[str] | tuple[str, ...]) -> str:
    """``spellings`` as one of a WordGate line's groups."""
    return "|".join(spellings)


def tolerant(source: str) -> str:
    """The pattern ``source`` with each word of SLIPS, where it stands as a whole
    word of an alternation ("(?:mentioned|said)", "\\bquestion\\b"), widened to its slips."""
    for word, slips in SLIPS.items():
        source = re.sub(
            rf"(?:(?<=\\b)|(?<=[|(\s:]))({word})(?=[|)(\s\\]|$)",
            either((word, *slips)),
            source,
        )
    return source


def with_slips(words: Iterable[str]) -> frozenset[str]:
    """``words`` and the slips SLIPS lists for them."""
    found = set(words)
    for word in list(found):
        found.update(SLIPS.get(word, ()))
    return frozenset(found)


def tolerant_gate(line: str) -> str:
    """A WordGate line ("inspiration|hero truly") with each word's slips added to its group."""
    return " ".join(
        "|".join(
            word + "".join("|" + slip for slip in SLIPS.get(word, ())) for word in group.split("|")
        )
        for group in line.split(" ")
    )
