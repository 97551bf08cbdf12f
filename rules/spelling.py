"""Common misspellings of the few words the phrase rules hinge on.

Drafts are typed in a hurry, on phones, by voice and in a second language, and
a misspelt stock phrase ("thank you for the oppurtunity", "I apreciate you
taking the time", "Dear hiring manger") is still the stock phrase to its reader.
Only slips common enough to be seen in real drafts are listed, and only for
words whose misspelling cannot be another word: "manger" is one, but never
after "hiring".
"""

from __future__ import annotations

# "opportunity" with a vowel, a letter or a syllable slipped.
OPPORTUNITY = (
    r"(?:opportunity|oppurtunity|oppertunity|oportunity|opportunty|oppotunity|opporunity"
    r"|opprtunity|oppourtunity|opportuntiy|opertunity)"
)
# Stems of "appreciate" and its misspellings; each is a literal a note's text holds.
APPRECIATE_STEMS = ("appreciat", "apreciat", "appriciat", "apriciat")
APPRECIATE = rf"(?:{'|'.join(APPRECIATE_STEMS)})"
# "concern" in "To whom it may concern".
CONCERN = r"(?:concern|concearn|conern|concren|concen)"
# "manager" after "hiring".
MANAGER = r"(?:manager|manger|manageer|managr)"
# "thank you" slips seen in subjects ("Thank yuo", "Thnak you").
THANK_YOU_SLIPS = frozenset("yuo yoy tahnk thnak thak thnk thankyu thanku".split())
