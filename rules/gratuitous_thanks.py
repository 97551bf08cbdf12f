"""Stock thanks for the interviewer's time, the opportunity, the meeting or the consideration.

*Why*: the interviewer did you no favour by meeting you; it was their job, and
the meeting served them as much as you. "Thank you for your time" and "thank
you for the opportunity to interview" are filler every candidate writes, and
they push the part that matters (what you discussed, why you want the role)
further down. Checked in the subject, body and sign-off line.

Thanks tied to something specific that was said or done is fine ("thanks for
walking me through the on-call rotation"), and so is a bare "Thanks," or
"Thanks again," sign-off.

*Options*: none.

*Bad*: ``Thank you for taking the time to meet with me yesterday.``
``I appreciate you considering me for the Data Analyst position.``
``Thanks again for your time,``

*Good*: ``Thanks for walking me through the on-call rotation; the paging
rules you described are close to what I ran at Globex.``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint.model import Fix, Problem, Severity
from notelint.note import Note, Section
from notelint.rule import NoOptions, Rule
from notelint.rules.lexicon import specific_words
from notelint.rules.scan import quoted

_ADVERBS = (
    r"(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|million|bunch|ton)|\s+(?:once\s+)?again"
    r"|\s+once\s+more|\s+kindly|\s+sincerely|\s+truly|\s+again\s+so\s+much)*"
)
_WHO = (
    r"(?:\s+(?:to\s+)?(?:you|everyone|all\s+of\s+you|you\s+all|you\s+both|both\s+of\s+you"
    r"|the\s+(?:whole\s+|entire\s+)?(?:team|panel|committee)|each\s+of\s+you|y['’]?all))?"
)
_TRIGGER = re.compile(
    rf"""(?<![\w-])(?:
      (?:thank(?:s|-you|ing)?{_WHO}|cheers|(?:many|sincere|sincerest|heartfelt|warm|warmest|special|big|huge
        |my|our|a\s+(?:big|huge|quick))\s+thanks{_WHO}){_ADVERBS}\s+for\s+
    | (?:gratitude|appreciation){_WHO}\s+for\s+
    | (?:grateful|thankful|appreciative){_WHO}\s+(?:for\s+|to\s+have\s+(?:had\s+)?)
    | (?:grateful|thankful|appreciative)\s+(?:that\s+)?(?=you\s)
    | (?:appreciate|appreciated|appreciates|appreciating)(?:\s+(?:so|very)\s+much)?\s+
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LEAD = (
    r"^(?:(?:all|of|the|this|that|your|a|an|our|such|you|me)\s+|[\w-]+ly\s+"
    r"|(?:giving|offering|granting|extending|affording)\s+(?:me|us)\s+)*"
)
_ADJ = (
    r"(?:great|wonderful|lovely|nice|pleasant|productive|informative|insightful|enjoyable|engaging"
    r"|interesting|fantastic|excellent|warm|kind|generous|thoughtful|helpful|valuable|precious"
    r"|amazing|awesome|fun|positive|fruitful|encouraging|delightful|exciting|brief|quick|busy"
    r"|recent|earlier|first|second|final|initial|phone|video|virtual|in-person|onsite|on-site"
    r"|zoom|teams|chance|welcoming|friendly|open|candid|detailed|whole)"
)
_TIME = re.compile(
    _LEAD + r"(?:(?:taking|making|spending|giving\s+(?:me|us)|setting\s+aside|carving\s+out"
    r"|finding|sharing|investing|dedicating|offering)\s+)?(?:(?:the|some|so\s+much|your|of\s+your"
    r"|all\s+(?:of\s+)?(?:the|your))\s+)?(?:(?:valuable|precious|generous|busy|extra)\s+)?time\b"
    r"(?:\s+(?:you|that\s+you)\s+(?:took|spent|gave|made|set\s+aside|carved\s+out))?",
    re.IGNORECASE,
)
_NOUN = re.compile(
    _LEAD + rf"(?:{_ADJ}\s+|,\s*)*(?:opportunity|chance|invitation|privilege|pleasure"
    r"|consideration|interview|meeting|conversation|chat|call|discussion|talk|phone\s+screen"
    r"|hospitality|visit|time|courtesy|kindness|welcome|warm\s+welcome)\b",
    re.IGNORECASE,
)
_GERUND = re.compile(
    _LEAD + r"(?:meeting|speaking|talking|chatting|interviewing|connecting|sitting\s+down"
    r"|considering|having|hosting|inviting|seeing|reviewing|getting\s+to\s+know|welcoming"
    r"|including|being\s+considered|the\s+consideration|fitting\s+me\s+in|making\s+time"
    r"|(?:that\s+)?you\s+(?:squeezed|fit|fitted|made\s+time\s+for|took\s+(?:the\s+)?time|met\s+with"
    r"|took\s+a\s+chance\s+on|interviewed|considered|gave\s+me\s+(?:the|a|this)\s+(?:chance|opportunity))\s*(?:me)?"
    r"|squeezing\s+me\s+in)\b",
    re.IGNORECASE,
)
# "I truly appreciate ..." / "We are grateful ...": the span starts at the subject.
_SUBJECT = re.compile(
    r"\b(?:i|we)(?:['’]m|\s+am|\s+are|\s+was)?\s+(?:\w+ly\s+|so\s+|very\s+)*$", re.IGNORECASE
)
_OPPORTUNITY = re.compile(r"\b(?:opportunity|chance|privilege|invitation)\b", re.IGNORECASE)
# Verbs that name a concrete act in the interview: thanks for them is specific.
_ACTS = re.compile(
    r"^(?:to\s+)?(?:show|showing|walk|walking|introduce|introducing|tour|touring|demo|demoing"
    r"|demonstrate|demonstrating|give\s+me\s+a\s+tour|giving\s+me\s+a\s+tour|let\s+me\s+shadow"
    r"|letting\s+me\s+shadow|shadow|loop|looping|send|sending|connect\s+me|connecting\s+me)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[.;!?\n\U0001F300-\U0001FAFF\u2600-\u27BF]|:\)|\s+and\s+(?:also\s+)?for\s|\s[—–-]\s|—|,\s*(?:and\s+|but\s+)?(?:i|we|it|this|that|which|as|since|because"
    r"|especially|and)\b|\s+(?:and|but|so)\s+(?:i|we|it|this)\b|\s+(?:as|because|since|especially"
    r"|which)\s",
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(
    r"^(?:\s*(?:out\s+of\s+your\s+(?:busy\s+|hectic\s+|packed\s+)?(?:schedule|day|week|calendar)"
    r"|today|yesterday|this\s+(?:morning|afternoon|week)|last\s+\w+|earlier(?:\s+today)?"
    r"|on\s+\w+day|recently|,))*",
    re.IGNORECASE,
)


def _specific(rest: str) -> bool:
    """Whether the words after the thanked-for object name something specific."""
    rest = _TIME_TAIL.sub("", rest).strip()
    if _ACTS.match(rest):
        return True
    return len(specific_words(rest)) >= 2


def stock_thanks(text: str) -> tuple[int, int] | None:
    """Span of the first stock thanks in ``text`` (one sentence or line), or None."""
    for trigger in _TRIGGER.finditer(text):
        tail = text[trigger.end() :]
        end_match = _CLAUSE_END.search(tail)
        clause = tail[: end_match.start()] if end_match else tail
        for pattern in (_TIME, _GERUND, _NOUN):
            head = pattern.match(clause)
            if head is None:
                continue
            rest = clause[head.end() :]
            if pattern is _TIME and re.match(r"\s*(?:and|&|,)", rest, re.IGNORECASE):
                rest = ""  # "your time and consideration", "your time and for the tour"
            # "the opportunity to <anything>" still thanks them for the opportunity.
            always = pattern is _NOUN and _OPPORTUNITY.search(head.group(0))
            if always or not _specific(rest):
                end = trigger.end() + len(clause.rstrip(" ,:—–-"))
                subject = _SUBJECT.search(text, 0, trigger.start())
                return (subject.start() if subject else trigger.start()), end
            break
    return None


class GratuitousThanks(Rule):
    __doc__ = __doc__
    id = "gratuitous-thanks"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        for section in (note.subject, note.body, note.signoff):
            if not section:
                continue
            sentences = list(_sentences(note, section))
            for sentence in sentences:
                text = note.text[sentence[0] : sentence[1]]
                found = stock_thanks(text)
                if found is None or any(a <= found[0] < b for a, b in quoted(text)):
                    continue
                start, end = sentence[0] + found[0], sentence[0] + found[1]
                if section == note.signoff:
                    fix = _signoff_fix(note, section)
                elif section == note.body and len(sentences) > 1:
                    fix = _sentence_fix(note, sentence, found)
                else:
                    fix = None
                yield Problem(
                    start,
                    end,
                    "stock thanks for the interviewer's time or the opportunity is filler: "
                    "every candidate writes it, and it was no favour to you",
                    suggestion="open with something specific from the conversation instead, "
                    "or thank them for a concrete thing they did",
                    fix=fix,
                )


_SIGNOFF_THANKS = re.compile(
    r"(thank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+(?:once\s+)?again)?)\s+for\b.*?([,.!—–-]?)\s*$",
    re.IGNORECASE,
)


def _signoff_fix(note: Note, section: Section) -> Fix | None:
    """'Thanks again for your time,' becomes 'Thanks again,'."""
    match = _SIGNOFF_THANKS.match(note.slice(section))
    if match is None:
        return None
    return Fix(section.start, section.end, match.group(1) + (match.group(2) or ","), safe=True)


def _sentence_fix(note: Note, sentence: tuple[int, int], found: tuple[int, int]) -> Fix | None:
    """Delete a sentence that is nothing but stock thanks, with the space or line it leaves."""
    text = note.text
    start, end = sentence
    words = text[start:end].strip().rstrip(".!").strip()
    if words != text[start + found[0] : start + found[1]].strip():
        return None  # the sentence says more than the thanks: leave it to the writer
    while end < len(text) and text[end] in " \t":
        end += 1
    line_start = start == 0 or text[start - 1] in "\r\n"
    if line_start and end < len(text) and text[end] in "\r\n":
        end += 2 if text.startswith("\r\n", end) else 1
        # A paragraph of its own: take one of the blank lines around it too.
        if end < len(text) and text[end] in "\r\n" and (start < 2 or text[start - 2] in "\r\n"):
            end += 2 if text.startswith("\r\n", end) else 1
    return Fix(start, end, "", safe=True)


def _sentences(note: Note, section: Section) -> Iterator[tuple[int, int]]:
    for sentence in note.sentences_in(section):
        start = max(sentence.start, section.start)
        end = min(sentence.end, section.end)
        if start < end:
            yield start, end
