"""Emoji, text-speak, slang greetings, runs of exclamation marks or all-lowercase writing.

*Why*: the note is business correspondence, not a text to a friend. Casual
markers undercut an otherwise good note, and readers notice them first.

Flagged: emoji and emoticons (``🙂``, ``:)``), text-speak and slang ("lol",
"gonna", "u", "thx", "btw"), "Hey"/"Hiya"/"Yo" greetings, two or more
exclamation marks in a row or three or more in the body, and a body written
all in lowercase. Not flagged: "Hi", a single "!", "Cheers,", symbols such
as ☎ or ✓ in a signature line.

*Options*: none.

*Bad*: ``Hey Mike!! Thx so much, gonna send my portfolio tmrw 🙂``

*Good*: ``Hi Mike, I'll send the portfolio tomorrow. Cheers, Ana``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint.model import Fix, Problem, Severity
from notelint.note import Note
from notelint.rule import NoOptions, Rule
from notelint.rules.scan import body_anchor, phrases, search

_EMOJI = re.compile(
    "[\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001f9ff"
    "\U0001fa70-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u260d\u2610-\u26ff\u2764\u2763"
    "\u2728\u270a-\u270d\u2b50\u2b55]+[\ufe0f\U0001f3fb-\U0001f3ff]*"
)
_EMOTICON = re.compile(r"(?<![\w:/])(?:[:;=]-?[)(DPp3]|<3|\^_\^|xD|XD)(?![\w)(])")
_SLANG_WORDS = (
    "lol",
    "lmao",
    "rofl",
    "omg",
    "omfg",
    "gonna",
    "wanna",
    "gotta",
    "kinda",
    "sorta",
    "dunno",
    "ya",
    "y'all",
    "yall",
    "u",
    "ur",
    "thx",
    "thanx",
    "tnx",
    "ty",
    "pls",
    "plz",
    "btw",
    "imo",
    "imho",
    "tbh",
    "idk",
    "ttyl",
    "brb",
    "cya",
    "gr8",
    "b4",
    "l8r",
    "2moro",
    "tmrw",
    "tmr",
    "ppl",
    "cuz",
    "coz",
    "xoxo",
    "haha",
    "hahaha",
    "hehe",
    "lmk",
    "ngl",
    "smh",
    "yep",
    "yup",
    "nope",
    "yeah",
    "dude",
    "bro",
    "stoked",
    "awesomesauce",
    "super duper",
)
_SLANG = phrases(*_SLANG_WORDS)
# One word of each slang phrase, to skip the pattern for the many notes without any.
_SLANG_KEYS = frozenset(w.split()[-1].replace("’", "'") for w in _SLANG_WORDS)
_BANG = re.compile("!")
# Text-speak with one plain spelling; replacing it may still need a grammar touch: unsafe.
_SPELLED = {
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "thx": "thanks",
    "thanx": "thanks",
    "tnx": "thanks",
    "pls": "please",
    "plz": "please",
    "u": "you",
    "btw": "by the way",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "b4": "before",
    "ppl": "people",
    "cuz": "because",
    "coz": "because",
    "lmk": "let me know",
    "idk": "I don't know",
    "imo": "in my opinion",
    "kinda": "kind of",
    "sorta": "sort of",
}
_CASUAL_GREETING = re.compile(r"\s*(?:hey|hiya|heya|yo|sup|wassup|howdy)\b", re.IGNORECASE)
_BANGS = re.compile(r"[!?]*!(?:[!?]*!)[!?]*|!\?+|\?+!")
_PRONOUN_I = re.compile(r"(?<![\w'’])i(?=(?:['’](?:m|ve|ll|d))?\s)")


def _lowercase_body(note: Note) -> bool:
    body = note.slice(note.body)
    letters = len(_LETTER.findall(body))
    if letters < 60:
        return False
    upper = len(_UPPER.findall(body))
    return upper == 0 or (upper / letters < 0.01 and len(_PRONOUN_I.findall(body)) >= 2)


_UPPER = re.compile(r"[^\W\d_a-zß-ÿ]")
_LETTER = re.compile(r"[^\W\d_]")


class Informal(Rule):
    __doc__ = __doc__
    id = "informal"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        greeting = note.greeting
        if greeting is not None:
            match = _CASUAL_GREETING.match(note.text, greeting.start, greeting.end)
            if match:
                word = match.group(0).strip()
                yield Problem(
                    match.end() - len(word),
                    match.end(),
                    f"{word!r} is a greeting for friends; in a follow-up note it reads as too casual",
                    suggestion="open with 'Hi <name>,' or 'Dear <name>,'",
                    fix=Fix(match.end() - len(word), match.end(), "Hi", safe=False),
                )
        sections = [
            s for s in (note.subject, note.greeting, note.body, note.signoff, note.signature) if s
        ]
        for pattern, what in ((_EMOJI, "emoji"), (_EMOTICON, "emoticon")):
            for match in search(note, pattern, sections, skip_quotes=False):
                # Removing the emoji and the space before it changes tone, not meaning: unsafe.
                gap = 1 if match.start() > 0 and note.text[match.start() - 1] == " " else 0
                yield Problem(
                    match.start(),
                    match.end(),
                    f"{what} {match.group(0)!r} makes business correspondence read like a text message",
                    suggestion="let the words carry the warmth and drop the " + what,
                    fix=Fix(match.start() - gap, match.end(), "", safe=False),
                )
        slang = _SLANG_KEYS & note.words
        for match in search(note, _SLANG) if slang else ():
            yield Problem(
                match.start(),
                match.end(),
                f"{match.group(0)!r} is text-speak or slang; it reads as careless in a follow-up note",
                suggestion=f"write {_SPELLED.get(match.group(0).lower(), 'it')!r} out in plain business English"
                if match.group(0).lower() in _SPELLED
                else "write the word out in plain business English",
                fix=_spelled_fix(match),
            )
        bangs = list(search(note, _BANGS, skip_quotes=False))
        for match in bangs:
            yield Problem(
                match.start(),
                match.end(),
                f"{match.group(0)!r}: several exclamation marks in a row read as gushing",
                suggestion="use one '!' at most, or a full stop",
                fix=_fix(match, "!" if "!" in match.group(0) else "?"),
            )
        body_bangs = [m for m in search(note, _BANG, [note.body]) if note.in_body(m.start())]
        if not bangs and len(body_bangs) >= 3:
            third = body_bangs[2]
            yield Problem(
                third.start(),
                third.end(),
                f"{len(body_bangs)} exclamation marks in the body; a note full of them reads as gushing",
                suggestion="keep one '!' at most and end the other sentences with a full stop",
            )
        if _lowercase_body(note):
            start, end = body_anchor(note)
            yield Problem(
                start,
                end,
                "the body is written all in lowercase, which reads as a hurried text message",
                suggestion="capitalise the start of each sentence, 'I' and names",
            )


def _spelled_fix(match: re.Match[str]) -> Fix | None:
    word = match.group(0)
    spelled = _SPELLED.get(word.lower())
    if spelled is None:
        return None
    if word[0].isupper():
        spelled = spelled[0].upper() + spelled[1:]
    return Fix(match.start(), match.end(), spelled, safe=False)


def _fix(match: re.Match[str], replacement: str) -> Fix:
    return Fix(match.start(), match.end(), replacement, safe=True)
