"""Emoji, text-speak, slang greetings, runs of exclamation marks or all-lowercase writing.

*Why*: the note is business correspondence, not a text to a friend. Casual
markers undercut an otherwise good note, and readers notice them first.

Flagged: emoji and emoticons (``🙂``, ``:)``), text-speak and slang ("lol",
"gonna", "u", "thx", "btw"), "Hey"/"Hiya"/"Yo" greetings, two or more
exclamation marks in a row or three or more in the body, and a body written
all in lowercase. Not flagged: "Hi", a single "!", "Cheers,", a regional
word that is no text-speak ("y'all"), symbols such
as ☎ or ✓ in a signature line (and the icons that label its contact lines:
"📞 555-0134", "📧 ana@example.com"), and emoji, emoticons or "!!!" inside a
quotation (a customer's review, a sign: someone else's words).

*Options*: none.

*Bad*: ``Hey Mike!! Thx so much, gonna send my portfolio tmrw 🙂``

*Good*: ``Hi Mike, I'll send the portfolio tomorrow. Cheers, Ana``
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator

from notelint.model import Fix, Problem, Severity
from notelint.note import Note, Section
from notelint.rule import NoOptions, Rule
from notelint.rules.scan import Found, body_anchor, phrases, prose_sections, search

_EMOJI_CHAR = (
    "[\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001f9ff"
    "\U0001fa70-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u260d\u2610-\u26ff\u2764\u2763"
    "\u2728\u270a-\u270d\u2b50\u2b55]+[\ufe0f\U0001f3fb-\U0001f3ff]*"
)
# One emoji, a sequence joined by zero-width joiners included ("🏃‍♂️" is one runner).
_EMOJI = re.compile(f"{_EMOJI_CHAR}(?:\u200d{_EMOJI_CHAR})*")
# The characters an emoji match can start with: a cheap class to jump between candidates.
_EMOJI_START = re.compile("[\u2600-\u2b55\U0001f1e6-\U0001faff]")
_EMOJI_START_UTF8 = re.compile(rb"\xe2[\x98-\xad]")  # U+2600..U+2BFF, as UTF-8
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
    "yall",  # (not "y'all": a Southern pronoun, not text-speak)
    "ya",
    "u",
    "ur",
    "thx",
    "rly",
    "rlly",
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
    "arvo",
    "lowkey",
    "highkey",
)
_SLANG = phrases(*_SLANG_WORDS)
# Capitals that only look like text-speak: "IMO 2020" is the International Maritime
# Organization's rule, not "in my opinion"; "the PPL syllabus" a private pilot licence's;
# an acronym the note spells out is a code.
_NOT_SLANG = re.compile(
    r"IMO[\s-]*(?:\d|rules?\b|regulations?\b|conventions?\b|standards?\b|compliance\b"
    r"|deadlines?\b|numbers?\b|codes?\b|guidelines?\b|requirements?\b|targets?\b|limits?\b"
    r"|circulars?\b|resolutions?\b|tier\b)"  # round 271: "the final IMO deadline"
    r"|PPL\b"  # a private pilot licence
    r"|LoL\b"  # League of Legends, written as the game writes it
    # a code the note defines: "LOL stands for the Lovelock overflow lanes"
    r"|[A-Z]{2,5}\s+(?:stands\s+for|means|is\s+short\s+for|is\s+the\s+code\s+for)\b"
    # an acronym after a determiner names a thing: "the TY radio project" (Transition Year)
    r"|(?:(?<=\bthe\s)|(?<=\bour\s)|(?<=\bmy\s)|(?<=\byour\s)|(?<=\bthis\s)|(?<=\bthat\s))[A-Z]{2,5}\b"
    # a statistic: "a Mann-Whitney U test"
    r"|U(?=\s+(?:test|statistic|value|score)\b)"
    # a university's short name: "our capstone at U of T", "U of Michigan"
    r"|U(?=\s+of\s+[A-Z])"
    # a place code after a preposition: "the Reno charter diverting to LOL"
    r"|(?:(?<=\bto\s)|(?<=\bfrom\s)|(?<=\binto\s)|(?<=\bvia\s)|(?<=\bat\s))[A-Z]{3}\b(?!\s*[.!?]*\s*$)"
    # the ancient city: "the Woolley field notebooks from Ur", "the Ur archive"
    r"|(?:(?<=\bfrom\s)|(?<=\bof\s)|(?<=\bat\s)|(?<=\bin\s)|(?<=\bnear\s)|(?<=\bthe\s))Ur\b"
)
# One word of each slang phrase, to skip the pattern for the many notes without any;
# note.words keeps a word's apostrophe as it was written (' or ’).
_SLANG_KEYS = frozenset(
    w.split()[-1].replace("'", apostrophe) for w in _SLANG_WORDS for apostrophe in "'’"
)
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
_CASUAL_GREETING = re.compile(
    r"\s*(?:hey|hiya|heya|yo|sup|wassup|howdy|g['’]day|oi)(?![\w'’])", re.IGNORECASE
)
_BANGS = re.compile(r"[!?]*!(?:[!?]*!)[!?]*|!\?+|\?+!")
_PRONOUN_I = re.compile(r"(?<![\w'’])i(?=(?:['’](?:m|ve|ll|d))?\s)")


# The capitalised words either side of a word inside a name (the one before not opening a
# sentence: "Hey Bro Dave").
_WORD_BEFORE = re.compile(r"[\w,;:'’)-][ \t]+[A-Z][\w'’-]*[ \t]$")
_WORD_AFTER = re.compile(r"[ \t][A-Z][a-z]")


def _inside_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised word between two others is part of a name: "Ysgol Gymraeg Bro Tawe",
    a school in Swansea (round 228), not "Bro"."""
    word = match.group(0)
    return (
        word[:1].isupper()
        and word[1:].islower()
        and _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        and _WORD_AFTER.match(text, match.end()) is not None
    )


def _lowercase_body(note: Note) -> bool:
    """Whether the body is written in lower case: (nearly) no capital letter, with "i"
    written small, or no capitalised word and no "I" whatever acronyms and mixed-case
    names ("qPCR", "iPhone", "NHS") it holds."""
    body = note.slice(note.body)
    # Quick answer: A-Z are single bytes in UTF-8, where bytes.translate counts them in C;
    # with many (a shouted note), it is not lower case.
    encoded = body.encode(errors="surrogatepass")
    ascii_upper = len(encoded) - len(encoded.translate(None, _ASCII_UPPER))
    share = ascii_upper / max(len(body), 1)
    if share >= 0.2:
        return False
    if share >= 0.01:  # too many capitals for the first test: only the second can hold
        return not _CAPITALISED.search(body) and len(_LETTER.findall(body)) >= 60
    letters = len(_LETTER.findall(body))
    if letters < 60:
        return False
    upper = len(_UPPER.findall(body))
    if upper == 0 or (upper / letters < 0.01 and len(_PRONOUN_I.findall(body)) >= 2):
        return True
    return not _CAPITALISED.search(body)


# A capitalised word ("Tuesday", "Émile") or the pronoun "I"; not an acronym ("PCR").
_CAPITALISED = re.compile(r"(?<![\w'’-])(?:[^\W\d_a-zß-ÿ][a-zß-ÿ]|I(?![\w]))")
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_UPPER = re.compile(r"[^\W\d_a-zß-ÿ]")
_LETTER = re.compile(r"[^\W\d_]")


class Informal(Rule):
    __doc__ = __doc__
    id = "informal"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        text = note.text
        greeting = note.greeting
        if greeting is not None:
            match = _CASUAL_GREETING.match(text, greeting.start, greeting.end)
            if match:
                word = match.group(0).strip()
                yield Problem(
                    match.end() - len(word),
                    match.end(),
                    f"{word!r} is a greeting for friends; in a follow-up note it reads as too casual",
                    suggestion="open with 'Hi <name>,' or 'Dear <name>,'",
                    fix=Fix(match.end() - len(word), match.end(), "Hi", safe=False),
                )
        # Emoji are never ASCII, and emoticons rarely even look possible: most notes
        # skip both scans. Those inside a quotation (a customer's review: "best support
        # we've had :)") are someone else's voice.
        emoji: Iterable[re.Match[str] | Found] = ()
        if _may_hold_emoji(text):
            quotes = note.quotations
            emoji = (
                m
                for m in _emoji(text, _emoji_sections(note))
                if not any(a <= m.start() < b for a, b in quotes) and not _contact_icon(note, m)
            )
        emoticons: Iterable[re.Match[str] | Found] = ()
        if _may_hold_emoticon(text):
            emoticons = search(note, _EMOTICON, _emoji_sections(note))
        for matches, what in ((emoji, "emoji"), (emoticons, "emoticon")):
            for match in matches:
                # Removing the emoji and the space before it changes tone, not meaning: unsafe.
                gap = 1 if match.start() > 0 and text[match.start() - 1] == " " else 0
                yield Problem(
                    match.start(),
                    match.end(),
                    f"{what} '{match.group(0)}' makes business correspondence read like a text message",
                    suggestion="let the words carry the warmth and drop the " + what,
                    fix=Fix(match.start() - gap, match.end(), "", safe=False),
                )
        if not note.words.isdisjoint(_SLANG_KEYS):
            for match in search(note, _SLANG):
                if _NOT_SLANG.match(text, match.start()) or _inside_name(text, match):
                    continue
                yield Problem(
                    match.start(),
                    match.end(),
                    f"{match.group(0)!r} is text-speak or slang; it reads as careless in a follow-up note",
                    suggestion=f"write {_SPELLED.get(match.group(0).lower(), 'it')!r} out in plain business English"
                    if match.group(0).lower() in _SPELLED
                    else "write the word out in plain business English",
                    fix=_spelled_fix(match),
                )
        # Most notes have no '!' at all; a memchr-fast test skips both checks below.
        bang_at = _positions(text, "!") if "!" in text else []
        quotes = note.quotations
        # A quoted sign or message ("EVERYTHING MUST GO!!!") is not the writer's own voice.
        runs = [
            m for m in _bang_runs(note, bang_at) if not any(a <= m.start() < b for a, b in quotes)
        ]
        names = [m.span() for m in runs if _in_a_name(text, m)]
        bangs = [m for m in runs if m.span() not in names]
        for match in bangs:
            yield Problem(
                match.start(),
                match.end(),
                f"{match.group(0)!r}: several exclamation marks in a row read as gushing",
                suggestion="use one '!' at most, or a full stop",
                fix=_fix(match, "!" if "!" in match.group(0) else "?"),
            )
        body = note.body
        body_bangs = [
            at
            for at in bang_at
            if body.start <= at < body.end
            and not any(a <= at < b for a, b in quotes)
            and not any(a <= at < b for a, b in names)
        ]
        if not bangs and len(body_bangs) >= 3:
            third = body_bangs[2]
            yield Problem(
                third,
                third + 1,
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


def _emoji_sections(note: Note) -> list[Section]:
    """Where emoji and emoticons are looked for: the prose (the P.S. too) plus the signature."""
    parts = (note.subject, note.greeting, note.body, note.signoff, note.signature, note.postscript)
    return [s for s in parts if s]


# Icons that label a signature's contact lines ("📞 555-0134", "📧 ana@example.com").
_CONTACT_ICONS = frozenset("📞📱📧📩📨✉🔗🌐📍💼🏢☎📠🖥💻")
# What follows such an icon on a contact line: a number, an address, a link or a handle.
_CONTACT = re.compile(
    r"\ufe0f?[ \t]*(?::[ \t]*)?(?:[+(]?\d|\S+@\S+\.\w|(?:https?://|www\.)\S|[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
    r"|linkedin\b|@\w)",
    re.IGNORECASE,
)
# What may stand before such an icon on its line: nothing, or a separator after other items.
_CONTACT_BEFORE = re.compile(r"(?:^|[|·•/,]|\s{2,})[ \t]*$")


def _contact_icon(note: Note, match: re.Match[str]) -> bool:
    """Whether an emoji labels a contact line of the signature, as ☎ would: a symbol, no tone."""
    signature = note.signature
    if not signature or not signature.start <= match.start() < signature.end:
        return False
    if match.group(0).rstrip("\ufe0f") not in _CONTACT_ICONS:
        return False
    text = note.text
    line_start = text.rfind("\n", 0, match.start()) + 1
    return bool(
        _CONTACT_BEFORE.search(text[line_start : match.start()])
        and _CONTACT.match(text, match.end())
    )


def _may_hold_emoji(text: str) -> bool:
    """False when ``text`` surely has no emoji (the common case), so the scan is skipped.

    Every emoji match starts with a character in U+2600..U+2B55 or U+1F1E6..U+1FAFF.
    In UTF-8 those are E2 98 80..E2 AD 95 and four bytes led by F0 (a byte that only
    ever leads), and a byte search finds them several times faster than a
    character class finds the characters.
    """
    if text.isascii():
        return False
    encoded = text.encode(errors="surrogatepass")
    return b"\xf0" in encoded or _EMOJI_START_UTF8.search(encoded) is not None


def _emoji(text: str, sections: list[Section]) -> Iterator[re.Match[str]]:
    """What ``_EMOJI.finditer`` finds in each section, but quicker.

    ``_EMOJI``'s long character class is slow to try at every position, so jump
    from one character that could start an emoji to the next and only try there.
    """
    for section in sections:
        at = section.start
        while candidate := _EMOJI_START.search(text, at, section.end):
            match = _EMOJI.match(text, candidate.start(), section.end)
            if match:
                yield match
                at = match.end()
            else:
                at = candidate.start() + 1


def _may_hold_emoticon(text: str) -> bool:
    """False when ``text`` surely has no emoticon (the common case), so the pattern is skipped.

    Every emoticon starts with one of ``:;=<^`` directly followed by one of
    ``-)(DPp3_``, or is "xD"/"XD". Looking for the rare characters with ``str.find``
    is far cheaper than running the pattern, which tries every position.
    """
    for char in ":;=<^":
        if char in text and _next_to(text, char, _EMOTICON_SECOND, 1):
            return True
    return "D" in text and _next_to(text, "D", "xX", -1)


_EMOTICON_SECOND = frozenset("-)(DPp3_")


def _next_to(text: str, char: str, neighbours: Collection[str], offset: int) -> bool:
    """Whether some ``char`` in ``text`` has one of ``neighbours`` at ``offset`` from it."""
    at = text.find(char)
    while at != -1:
        near = at + offset
        if 0 <= near < len(text) and text[near] in neighbours:
            return True
        at = text.find(char, at + 1)
    return False


def _positions(text: str, char: str) -> list[int]:
    """Every offset of ``char`` in ``text``."""
    found: list[int] = []
    at = text.find(char)
    while at != -1:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def _bang_runs(note: Note, bang_at: list[int]) -> list[re.Match[str]]:
    """What ``search(note, _BANGS, skip_quotes=False)`` finds, from the '!' offsets.

    Every match is made of '!' and '?' only and holds a '!', so it lies in a run
    of two or more such marks around a '!'. The pattern has no lookaround, so
    running it over each run (clipped to the section) finds the same matches as
    running it over the whole section, without trying every other position.
    """
    text = note.text
    runs: list[tuple[int, int]] = []
    for at in bang_at:
        if runs and at < runs[-1][1]:
            continue  # inside the run already found
        start, end = at, at + 1
        while start > 0 and text[start - 1] in "!?":
            start -= 1
        while end < len(text) and text[end] in "!?":
            end += 1
        if end - start >= 2:
            runs.append((start, end))
    if not runs:
        return []
    found: list[re.Match[str]] = []
    for section in prose_sections(note):
        for start, end in runs:
            start, end = max(start, section.start), min(end, section.end)
            if start < end:
                found.extend(_BANGS.finditer(text, start, end))
    return found


def _in_a_name(text: str, bangs: re.Match[str] | Found) -> bool:
    """Whether the marks end a name mid-sentence: "your question on the Pop!!! relaunch"."""
    return bool(
        _NAME_BEFORE.search(text, max(0, bangs.start() - 40), bangs.start())
        and _LOWER_AFTER.match(text, bangs.end())
    )


# A capitalised name right after a determiner, then a lower-case word: the marks belong to it.
_NAME_BEFORE = re.compile(r"\b(?:the|a|an|your|our|their|its|on|of|about)\s+[A-Z][\w'’-]*$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


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
