"""Split a note's text into header lines, greeting, body, sign-off and signature.

Everything is kept as character offsets into the original text, so a finding in
any part of the note points at the right place however the note was written.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from notelint import starts
from notelint.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from notelint.directives import Directives

_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
# UTF-8 bytes for splitting at the ASCII characters that _WORDS never matches.
_WORD_BYTES = bytes(b if b > 127 or chr(b) in _ALNUM + "'" else 32 for b in range(256))
_NEAR_APOSTROPHE = 30  # characters read beside an apostrophe: longer than any word looked for
_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")

_HEADER = re.compile(
    r"\s*(subject|re|to|from|cc|bcc|date|sent|reply-to|message-id|mime-version|content-type"
    r"|content-transfer-encoding|in-reply-to|references|user-agent|importance|x-[\w-]+)\s*:",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE = re.compile(
    rf"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})\s*$",
    re.IGNORECASE,
)
# Greetings in other languages that open notes in English: "Hola Nacho,", "Kia ora Aroha,".
OTHER_GREETINGS = (
    r"hola|buen[oa]s\s+(?:d[ií]as|tardes)|bonjour|bonsoir|salut|ciao|buongiorno|buonasera|hallo"
    r"|guten\s+(?:morgen|tag|abend)|moin|ol[áà]|bom\s+dia|boa\s+tarde|merhaba|marhaba|salaam"
    r"|as-?salaam?u?\s+[ʿ'’]?alaykum|hej|hei|dzie[ńn]\s+dobry|privet|konnichiwa|annyeong(?:haseyo)?"
    r"|ni\s+hao|sawubona|jambo|habari|kia\s+ora|t[eē]n[aā]\s+koe|namaste|namaskar|vanakkam"
    # a "Dear" of another language (round 261: "Estimado Rodrigo,")
    r"|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|sehr\s+geehrte[rn]?"
    r"|ch[èe]re?s?|lieber?|gentile|geachte|k[æa]ere?"  # round 271: "Chère Fatima-Zahra,"
)
_GREETING_WORDS = (
    r"dear|hi|hello|hey|heya|hiya|howdy|greetings|good\s+day|(?:good\s+)?(?:morning|afternoon|evening)"
    r"|respected"  # (round 254: "Morning Nadia,")
    r"|attn|attention|to\s+whom\s+it\s+may\s+con\w+"  # "concern", or a slip of it
    rf"|{OTHER_GREETINGS}"
)
_GREETING = re.compile(rf"\s*(?:{_GREETING_WORDS})\b", re.IGNORECASE)
# "Hi Sam, thanks for ..." on one line: the greeting is the part before the comma.
_GREETING_PREFIX = re.compile(rf"\s*(?:{_GREETING_WORDS})\b[^,:!\n?]{{0,60}}?[,:!]+", re.IGNORECASE)
# A line that is only a name and a comma ("Priya," / "Dr. Okafor —").
_NAME_GREETING = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}"
    r"\s*[,:—–]\s*$"
)
_SIGNOFF_WORDS = (
    r"best|all\s+the\s+best|regards|kind(?:est)?\s+regards|warm(?:est)?\s+regards"
    r"|best\s+regards|best\s+wishes|with\s+best\s+wishes|warmly|warm\s+wishes|sincerely"
    r"|yours|respectfully|cordially|cheers|thanks|thank\s+you|thanking\s+you|many\s+thanks"
    r"|with\s+thanks|god\s+bless(?:\s+you)?"
    r"|much\s+appreciated|with\s+(?:gratitude|appreciation)|gratefully|appreciatively"
    r"|take\s+care|talk\s+soon|speak\s+soon|looking\s+forward|until\s+then|be\s+well"
    r"|ta(?=[ \t]*[,!.]?[ \t]*$)"  # "Ta," alone on its line
    # the sign-offs of other languages that notes in English keep
    r"|ng[aā]\s+mihi|mauri\s+ora|noho\s+ora\s+mai|met\s+vriendelijke\s+groet(?:en)?"
    r"|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|(?:viele|beste|liebe)\s+gr(?:ü|ue)(?:ß|ss)e|cordialement"
    r"|bien\s+(?:à|a)\s+vous|saludos(?:\s+cordiales)?|un\s+(?:cordial\s+)?saludo|cordiali\s+saluti"
    r"|distinti\s+saluti|atenciosamente|abra(?:ç|c)os?|pozdrawiam|med\s+venn?lig\s+hilsen"
    r"|v[äa]nliga\s+h[äa]lsningar|yst[äa]v[äa]llisin\s+terveisin|s\s+pozdravem|salam"
)
_SIGNOFF = re.compile(rf"\s*(?:with\s+)?(?:{_SIGNOFF_WORDS})\b", re.IGNORECASE)
_DASH_SIGNATURE = re.compile(r"\s*(?:--?|—|–)\s*\S")
_GREETING_MAX_WORDS = 10
_SIGNOFF_MAX_WORDS = 8
_HEAD_SCAN_LINES = 14
# (round 261: or in Markdown emphasis, "*P.S. I have to say it: ...*", "**PS:**")
_POSTSCRIPT = re.compile(
    r"^[ \t]*(?:\*{1,2}|_{1,2})?P\.?[ \t]?S\.?(?:\*{1,2}|_{1,2})?[ \t]*[:.,-]?"
    r"(?:\*{1,2}|_{1,2})?[ \t]",
    re.MULTILINE | re.IGNORECASE,
)


class Section(NamedTuple):
    """A part of the note: ``text[start:end]`` of the original text (true when not empty)."""

    start: int
    end: int

    def __bool__(self) -> bool:
        return self.end > self.start


@dataclass(frozen=True)
class Header:
    """One ``Name: value`` header line; ``value`` is the section after the colon."""

    name: str
    line: Section
    value: Section


class Line(NamedTuple):
    """One line of the note, without its line break."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Layout:
    """Where the parts of a note are; all offsets index the original text."""

    headers: tuple[Header, ...]
    head: Section | None
    greeting: Section | None
    body: Section
    signoff: Section | None
    signature: Section | None
    postscript: Section | None = None


@dataclass
class Note:
    """A parsed note handed to every rule: its text, its layout and its spaCy ``Doc``."""

    text: str
    layout: Layout
    doc: Doc
    path: str = "-"
    directives: Directives | None = None
    context: Context = dataclasses.field(default_factory=Context)

    @property
    def greeting(self) -> Section | None:
        return self.layout.greeting

    @property
    def body(self) -> Section:
        return self.layout.body

    @property
    def signoff(self) -> Section | None:
        return self.layout.signoff

    @property
    def signature(self) -> Section | None:
        return self.layout.signature

    @property
    def postscript(self) -> Section | None:
        """A "P.S." paragraph after the signature, if any."""
        return self.layout.postscript

    @property
    def subject(self) -> Section | None:
        for header in self.layout.headers:
            if header.name in ("subject", "re"):
                return header.value
        return None

    def slice(self, section: Section | None) -> str:
        return "" if section is None else self.text[section.start : section.end]

    def span(self, section: Section) -> Span | None:
        """The spaCy span covering ``section`` (expanded to whole tokens)."""
        return self.doc.char_span(section.start, section.end, alignment_mode="expand")

    @property
    def body_words(self) -> int:
        return len(self.slice(self.body).split())

    def in_body(self, start: int) -> bool:
        return self.body.start <= start < self.body.end

    @functools.cached_property
    def lower(self) -> str:
        """The text in lower case, for cheap keyword tests before a costly pattern runs."""
        return self.text.lower()

    @functools.cached_property
    def reading_grade(self) -> float | None:
        """Coleman–Liau reading grade of the body (None for short bodies)."""
        from notelint.readability import reading_grade

        return reading_grade(self.slice(self.body))

    @functools.cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """Spans of double-quoted passages (straight or curly quotes) within one line."""
        return quoted(self.text)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The note's distinct lower-case words, for cheap keyword tests."""
        lower = self.lower
        # What _WORDS finds, faster: a match holds only a-z, 0-9, "'" and "’", so split
        # the text at the other ASCII characters (its UTF-8 bytes, those of other
        # characters kept) and look inside only the runs that hold more than a-z and 0-9.
        split = lower.encode(errors="surrogatepass").translate(_WORD_BYTES)
        runs = set(split.decode(errors="surrogatepass").split())
        odd = [run for run in runs if "'" in run or not run.isascii()]
        for run in odd:
            runs.discard(run)
            runs.update(_WORDS.findall(run))
        return frozenset(runs)

    @functools.cached_property
    def word_parts(self) -> frozenset[str]:
        """``words`` and the letters and digits on each side of every apostrophe.

        ``words`` keeps "team's" and "o'clock" whole, yet a pattern's ``team\\b`` or
        ``\\bclock`` matches in them; a test that a word is absent reads this instead.
        """
        lower = self.lower
        parts = []
        for apostrophe in "'’":
            at = lower.find(apostrophe)
            while at != -1:
                before = lower[max(0, at - _NEAR_APOSTROPHE) : at]
                parts.append(before[len(before.rstrip(_ALNUM)) :])
                after = lower[at + 1 : at + 1 + _NEAR_APOSTROPHE]
                parts.append(after[: len(after) - len(after.lstrip(_ALNUM))])
                at = lower.find(apostrophe, at + 1)
        return self.words.union(parts) if parts else self.words

    @functools.cached_property
    def sentences(self) -> tuple[Section, ...]:
        """Every sentence of the doc, as sections (cheaper than spaCy spans)."""
        from notelint.nlp import sentence_bounds

        return tuple(Section(start, end) for start, end in sentence_bounds(self.doc))

    def sentences_in(self, section: Section | None) -> list[Section]:
        """The whole sentences that overlap ``section``, as ``Span.sents`` gives them."""
        if not section:
            return []
        return [s for s in self.sentences if s.end > section.start and s.start < section.end]

    def body_sentences(self) -> list[Section]:
        """The sentences that start inside the body; one that runs into it from the line
        before (a greeting with no stop: "hi jess\nso today was ...") from the body's start."""
        return list(self._body_sentences)

    @functools.cached_property
    def _body_sentences(self) -> tuple[Section, ...]:
        start, end = self.body
        return tuple(
            Section(max(s.start, start), s.end)
            for s in self.sentences
            if start <= s.start < end or s.start < start < s.end
        )


def quoted(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted passages (straight or curly quotes) within one line.

    The writer quoting their own words is no quotation: a voicemail written out
    ("here's roughly what I said: "Hi Anton, it's Mia ..."") is the note itself.
    """
    if '"' not in text and "“" not in text:
        return []
    return [m.span() for m in starts.finditer(_QUOTED, text) if not _own_words(text, m)]


# "what I said:", "put it in writing too:", "my voicemail:" just before the quotation, or a
# quotation that opens the way a call does: "Hi Gemma, it's Nadia Hussain."
_OWN_WORDS_BEFORE = re.compile(
    r"(?:what\s+i\s+said|i\s+said|my\s+(?:voice\s*mail|message)(?:\s+said)?|in\s+writing(?:\s+too)?"
    r"|i\s+left\s+you)\s*[:,-]?\s*$",
    re.IGNORECASE,
)
_CALL_OPENING = re.compile(
    r"[\"“]\s*(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\b[^\"”\n]{0,40}?"
    r"\b(?:it['’]s|this\s+is)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


def _own_words(text: str, quote: re.Match[str]) -> bool:
    start = quote.start()
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    return bool(_OWN_WORDS_BEFORE.search(before) or _CALL_OPENING.match(text, start))


def split_lines(text: str) -> list[Line]:
    """Lines of ``text`` with their offsets, newline characters excluded."""
    lines: list[Line] = []
    if "\r" not in text:  # the common case, split without a pattern
        offset = 0
        for content in text.split("\n"):
            if offset == len(text) and lines:
                break  # nothing after the last line break
            lines.append(Line(offset, offset + len(content), content))
            offset += len(content) + 1
        return lines
    for match in _LINE.finditer(text):
        if match.start() == len(text) and lines:
            break
        raw = match.group(0)
        content = raw.rstrip("\r\n")
        lines.append(Line(match.start(), match.start() + len(content), content))
    return lines


def _trim(text: str, start: int, end: int) -> Section:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Section(start, end)


def _is_header(line: Line) -> bool:
    return bool(_HEADER.match(line.text) or _DATE.match(line.text))


def _find_greeting(lines: list[Line], first: int) -> tuple[int, Section] | None:
    """Index of the greeting line and the greeting's section, searching the note's head."""
    seen = 0
    for index in range(first, len(lines)):
        line = lines[index]
        if line.blank:
            continue
        seen += 1
        if seen > _HEAD_SCAN_LINES:
            return None
        text = line.text
        if _GREETING.match(text):
            prefix = _GREETING_PREFIX.match(text)
            whole = line.words <= _GREETING_MAX_WORDS and text.rstrip()[-1:] in ",:!—–"
            rest = text[prefix.end() :].strip() if prefix else ""
            if prefix and not whole and rest and len(prefix.group(0).split()) <= 5:
                return index, Section(line.start + _lead(text), line.start + prefix.end())
            if line.words <= _GREETING_MAX_WORDS:
                return index, Section(line.start + _lead(text), line.end - _tail(text))
            return None
        if _is_header(line):
            seen -= 1  # header lines do not push the greeting down
            continue
        if seen == 1 and _NAME_GREETING.match(text) and not _SIGNOFF.match(text):
            return index, Section(line.start + _lead(text), line.end - _tail(text))
        # A long line with a sentence in it is body text: the note has no greeting.
        if line.words > 12 or (re.search(r"[.?!]\s*$", text) and line.words > 6):
            return None
    return None


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _tail(text: str) -> int:
    return len(text) - len(text.rstrip())


def _is_signoff(line: Line) -> bool:
    text = line.text.strip()
    if not text or line.words > _SIGNOFF_MAX_WORDS or not _SIGNOFF.match(text):
        return False
    if text[-1] in ",—–-:":
        return True
    if text[-1] in ".!" and line.words <= 2:
        return True  # "Thanks!", "Best."
    # No closing punctuation: "Best regards" / "Thanks again" / "Best, Ana".
    return text[-1].isalnum() and (line.words <= 3 or "," in text)


def _find_signoff(lines: list[Line], after: int) -> int | None:
    """Index of the sign-off line: the last matching line, near the end of the note."""
    content = [i for i in range(after, len(lines)) if not lines[i].blank]
    for index in reversed(content[-12:]):
        if index == content[0]:
            break  # the sign-off cannot be the first line of the body
        if _is_signoff(lines[index]):
            return index
    if content and len(content) > 1 and _DASH_SIGNATURE.match(lines[content[-1]].text):
        return content[-1]
    return None


_SIGNATURE_LINE = re.compile(r"[^.!?:;,]*[^\W\d_)]?\)?$|.*(?:@|https?://|www\.|\d{3}).*")


def _trailing_signature(lines: list[Line], first_body_line: int) -> Section | None:
    """A closing block of short lines (name, title, phone, e-mail) after a blank line."""
    content = [i for i in range(first_body_line, len(lines)) if not lines[i].blank]
    if len(content) < 2:
        return None
    block = [content[-1]]
    for index in reversed(content[:-1]):
        if index != block[-1] - 1:
            break
        block.append(index)
    block.reverse()
    if len(block) > 5 or block[0] == content[0]:
        return None
    for index in block:
        line = lines[index]
        if line.words > 6 or not _SIGNATURE_LINE.match(line.text.strip()):
            return None
    first = lines[block[0]].text.strip()
    if len(first.split()) > 4 or not (first[:1].isupper() or _DASH_SIGNATURE.match(first)):
        return None
    return Section(lines[block[0]].start + _lead(lines[block[0]].text), lines[block[-1]].end)


def parse_layout(text: str) -> Layout:
    """Find the parts of a note. Never fails: a note with no structure is all body."""
    lines = split_lines(text)
    headers: list[Header] = []
    found = _find_greeting(lines, 0)
    if found is not None:
        greeting_index, greeting = found
        head_lines = lines[:greeting_index]
    else:
        greeting_index, greeting = -1, None
        head_lines = []
        for line in lines:
            if line.blank:
                continue
            if not _is_header(line):
                break
            head_lines.append(line)
    for line in head_lines:
        match = _HEADER.match(line.text)
        if match:
            value = _trim(text, line.start + match.end(), line.end)
            headers.append(Header(match.group(1).lower(), Section(line.start, line.end), value))
    filled = [line for line in head_lines if not line.blank]
    head = Section(filled[0].start, filled[-1].end) if filled else None

    if greeting is not None:
        body_start = greeting.end
        first_body_line = greeting_index + (0 if greeting.end < lines[greeting_index].end else 1)
    elif head_lines:
        body_start = head_lines[-1].end
        first_body_line = lines.index(head_lines[-1]) + 1
    else:
        body_start = 0
        first_body_line = 0

    signoff_index = _find_signoff(lines, first_body_line)
    signoff = signature = None
    body_end = len(text)
    if signoff_index is not None:
        line = lines[signoff_index]
        signoff = Section(line.start + _lead(line.text), line.end - _tail(line.text))
        body_end = line.start
        signature = _trim(text, line.end, len(text)) or None
    else:
        block = _trailing_signature(lines, first_body_line)
        if block is not None:
            body_end = block.start
            signature = block
    body = _trim(text, body_start, body_end)
    postscript = None
    if signature is not None:
        ps = _POSTSCRIPT.search(text, signature.start, signature.end)
        if ps is not None:
            postscript = _trim(text, ps.start(), signature.end)
            signature = _trim(text, signature.start, ps.start()) or None
    return Layout(tuple(headers), head, greeting, body, signoff, signature, postscript)
