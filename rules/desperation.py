"""Begging, neediness or pressure that makes the note read as desperate.

*Why*: a follow-up note should show a peer weighing a mutual fit. Begging
("please, please give me a chance"), need ("I really need this job"),
offers to do anything, take any salary or give up vacations and evenings,
pressure ("please let me know as soon as possible", "I check my email every
hour"), asking them to reconsider and self-deprecation to win pity all
weaken the candidacy. A neutral "need" ("if you need references"), a
negation ("I don't need relocation") and plain availability ("I can start
in March") are fine.

*Options*: none.

*Bad*: ``I really need this job and will take any salary you offer.``

*Good*: ``I'm available for a second conversation Tuesday or Thursday.``
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from notelint.model import Problem, Severity
from notelint.note import Note, Section
from notelint.rule import NoOptions, Rule
from notelint.rules.scan import Found, lower_is_faithful, prose_sections, search

# Gated search, which sycophancy uses too. The regex engine tries a pattern that
# starts with \b at every position of the text, at some 30 ns a character; a
# WordGate lets a pattern run only on a note with the words its matches hold, and
# there only on the stretch between sentence stops around them.

_STOPS = ".!?"  # no pattern matches these, so no match runs across one (a test checks it)
_PAST_STOP = 2  # what a look-ahead may read past a stop: phrases() looks for ".x"
_APOSTROPHES = "'’"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LETTERS_AND_DIGITS = _LETTERS + "0123456789"
_NEAR = 30  # characters looked at beside an apostrophe; no gate word is that long


class WordGate:
    """The words every match of a pattern holds, so that the pattern runs only where they are.

    Each line is a way to match, written as groups of words (``"hope|chance last|only"``):
    a match holds a word of each group as a whole word, with whitespace or a non-word
    character on either side in every match (whitespace before a word with an
    apostrophe), so ``whole_words`` has it. The first group holds the line's leads:
    the pattern runs between the sentence stops around them, so the rarest words make
    the best leads. A group in stars (``*asap*|*away*``) is text that may sit inside a
    word; a word written twice (``"please please"``) occurs twice. Tests check the
    lines against every example note and against generated matches.
    """

    def __init__(self, *lines: str) -> None:
        self.lines = tuple(_parse(line) for line in lines)


class _Line(NamedTuple):
    """One line of a gate: what a match holds."""

    leads: frozenset[str]  # a whole word of these
    groups: tuple[frozenset[str], ...]  # and one of each group, the smallest first
    parts: tuple[tuple[str, ...], ...]  # and some text of each, maybe inside a word
    twice: tuple[str, ...]  # and these words twice

    def met_by(self, words: frozenset[str], lower: str) -> bool:
        """Whether a note that has a lead has the rest; ``words`` are its whole words."""
        return all(not group.isdisjoint(words) for group in self.groups) and self._has_parts(lower)

    def met_in(self, text: str) -> bool:
        """A quick look at a stretch of lower-case text that has a lead: whether it has
        a word of the smallest group, maybe inside another word, and the parts."""
        return (not self.groups or _has_any(text, self.groups[0])) and self._has_parts(text)

    def _has_parts(self, text: str) -> bool:
        return all(_has_any(text, parts) for parts in self.parts) and all(
            text.count(word) > 1 for word in self.twice
        )


def _has_any(text: str, words: Iterable[str]) -> bool:
    return any(word in text for word in words)


def _parse(line: str) -> _Line:
    written = line.split()
    groups = [g for g in dict.fromkeys(written) if not g.startswith("*")]
    parts = [tuple(p.strip("*") for p in g.split("|")) for g in written if g.startswith("*")]
    twice = [g for g in groups if written.count(g) > 1]
    if written[0].startswith("*") or any("|" in g for g in twice):
        raise ValueError(f"bad gate line: {line!r}")
    leads, *rest = (frozenset(g.split("|")) for g in groups)
    rest.sort(key=len)  # fewer words to look up before a group that fails
    return _Line(leads, tuple(rest), tuple(parts), tuple(twice))


def whole_words(note: Note, vocabulary: frozenset[str]) -> frozenset[str]:
    """``note.words`` and the words of ``vocabulary`` glued to another by an apostrophe.

    ``note.words`` keeps "salary's" and "o'clock" whole, yet ``salary\\b`` and
    ``\\bclock`` match in them: their parts are added when a gate asks for them.
    """
    lower = note.lower
    parts = []
    for apostrophe in _APOSTROPHES:
        at = lower.find(apostrophe)
        while at != -1:
            before = lower[max(0, at - _NEAR) : at]
            parts.append(before[len(before.rstrip(_LETTERS_AND_DIGITS)) :])
            after = lower[at + 1 : at + 1 + _NEAR]
            parts.append(after[: len(after) - len(after.lstrip(_LETTERS))])
            at = lower.find(apostrophe, at + 1)
    glued = vocabulary.intersection(parts)
    return note.words | glued if glued else note.words


class Gates:
    """The gates of a rule's patterns, indexed by lead for ``GatedSearch``."""

    def __init__(self, gates: Iterable[WordGate]) -> None:
        self.lines_led_by: dict[str, list[tuple[WordGate, _Line]]] = {}
        words: set[str] = set()
        for gate in gates:
            for line in gate.lines:
                for lead in line.leads:
                    self.lines_led_by.setdefault(lead, []).append((gate, line))
                words.update(line.leads, *line.groups)
        self.leads = frozenset(self.lines_led_by)
        self.words = frozenset(words)


class GatedSearch:
    """``scan.search`` in one note, for patterns that come with a ``WordGate``."""

    def __init__(self, note: Note, gates: Gates) -> None:
        self._note = note
        # The gates read note.lower, which scan.search runs the patterns on when it
        # is faithful; otherwise they run on the text itself, everywhere.
        self._gated = lower_is_faithful(note.text, note.lower)
        self._words = whole_words(note, gates.words) if self._gated else note.words
        # The lines worth a look, gate by gate: those led by a word of the note.
        self._lines: dict[WordGate, list[tuple[str, _Line]]] = {}
        for lead in gates.leads.intersection(self._words):  # a few words at most
            for gate, line in gates.lines_led_by[lead]:
                self._lines.setdefault(gate, []).append((lead, line))
        self._stops: list[str] | None = None  # the stops the note has
        self._prose: list[Section] | None = None
        self._around: dict[str, list[Section]] = {}  # stretches of the prose by lead

    def __call__(
        self, pattern: re.Pattern[str], gate: WordGate, sections: Sequence[Section] | None = None
    ) -> Iterable[Found | re.Match[str]]:
        """What ``scan.search(note, pattern, sections)`` finds."""
        if not self._gated:
            return search(self._note, pattern, sections)
        lines = self._lines.get(gate)
        if lines is None:
            return ()  # the common case
        lower = self._note.lower
        found: set[Section] = set()
        for lead, line in lines:
            if line.met_by(self._words, lower):
                for stretch in self._stretches(lead, sections):
                    if line.met_in(lower[stretch.start : stretch.end]):
                        found.add(stretch)
        # Each match lies in a stretch around a lead of its line, and the sections,
        # so the stretches too, come in text order.
        return search(self._note, pattern, sorted(found)) if found else ()

    def _stretches(self, lead: str, sections: Sequence[Section] | None) -> list[Section]:
        """The stretches between stops around ``lead`` in ``sections`` (default: the prose).

        Each runs on past its closing stop by what a look-ahead may read there.
        """
        if sections is None:
            if lead not in self._around:
                if self._prose is None:
                    self._prose = prose_sections(self._note)
                self._around[lead] = self._stretches(lead, self._prose)
            return self._around[lead]
        lower = self._note.lower
        if self._stops is None:
            self._stops = [stop for stop in _STOPS if stop in lower]
        found = []
        for section in sections:
            at = lower.find(lead, section.start, section.end)
            while at != -1:
                start, end = section.start, section.end
                for stop in self._stops:
                    start = max(start, lower.rfind(stop, start, at) + 1)
                    stop_at = lower.find(stop, at, end)
                    end = end if stop_at == -1 else stop_at
                found.append(Section(start, min(end + _PAST_STOP, section.end)))
                at = lower.find(lead, end, section.end)
        return found


# The rule.

_I = r"(?:i|we|my\s+family)"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


# Each pattern comes with the words any match of it holds (see WordGate).
_PATTERNS: tuple[tuple[re.Pattern[str], str, WordGate], ...] = (
    (
        _p(rf"""\b{_I}\s+(?:really\s+|truly\s+|desperately\s+|badly\s+|so\s+|absolutely\s+|just\s+
            |seriously\s+|urgently\s+)*(?:need|needs)\s+(?:this|the|a|that|this\s+\w+|any)\s+
            (?:job|role|position|work|opportunity|offer|income|paycheck|paycheque|money|break|chance)\b
            |\bneed\s+(?:this|the)\s+(?:job|role|position)\s+(?:so\s+)?(?:badly|desperately)
            |\b(?:this|the)\s+(?:job|role|position|opportunity|offer)\s+(?:means|would\s+mean)
            \s+(?:absolutely\s+)?everything\s+to\s+me
            |\bmy\s+(?:last|only)\s+(?:hope|chance)\b|\bi\s+don['’]t\s+know\s+what\s+i['’]?(?:ll|\s+will)\s+do\b"""),
        "stating that you need the job reads as desperate, not as a fit",
        WordGate("need|needs", "everything", "hope|chance last|only", "don't|don’t know what"),
    ),
    (
        _p(r"""\b(?:i['’]?(?:ll|\s+will|d|\s+would|\s+can|\s+am\s+willing\s+to|['’]m\s+willing\s+to
            |['’]m\s+happy\s+to|\s+am\s+happy\s+to|['’]m\s+ready\s+to|\s+am\s+ready\s+to)|willing\s+to)
            \s+(?:do|take|accept|try)\s+(?:absolutely\s+|literally\s+)?(?:anything|whatever)\b
            |\bwhatever\s+it\s+takes\b"""),
        "offering to do anything reads as desperate",
        WordGate("anything|whatever do|take|accept|try", "whatever takes"),
    ),
    (
        _p(r"""\b(?:any|whatever)\s+(?:salary|pay|wage|rate|compensation|amount|offer)\b
            |\bwork\s+for\s+(?:free|nothing|less|minimum\s+wage|a\s+lower\s+(?:salary|wage|rate))\b
            |\b(?:take|accept)\s+(?:a\s+)?(?:pay\s+cut|lower\s+(?:salary|pay|wage|rate)|less\s+(?:money|pay))\b
            |\b(?:salary|pay|money|compensation)\s+(?:doesn['’]t|does\s+not|won['’]t|will\s+not)\s+matter\b
            |\b(?:salary|pay|money|compensation)\s+is\s+(?:not\s+|no\s+)(?:important|an\s+issue|a\s+concern|object)\b"""),
        "offering to take any salary undercuts you before an offer is made",
        WordGate(
            "salary|pay|wage|rate|compensation|amount|offer any|whatever",
            "free|nothing|less|minimum|lower work for",
            "pay|lower|less take|accept",
            "salary|pay|money|compensation matter",
            "salary|pay|money|compensation important|issue|concern|object",
        ),
    ),
    (
        _p(r"""\b(?:give\s+up|giving\s+up|forgo|forego|skip|skipping|sacrifice|sacrificing|cancel)\s+
            (?:my\s+|any\s+|all\s+)?(?:vacations?|holidays?|time\s+off|pto|weekends?|evenings?|nights?
            |days\s+off|sick\s+days|family\s+time|personal\s+time)\b
            |\b(?:won['’]t|will\s+not|never|wouldn['’]t|would\s+not|don['’]t\s+need\s+to)\s+(?:ever\s+)?take
            \s+(?:a\s+|any\s+)?(?:vacations?|holidays?|time\s+off|pto|sick\s+days?|days?\s+off|breaks?)\b
            |\bno\s+(?:need\s+for\s+)?(?:vacations?|holidays|time\s+off|pto)\b
            |\b(?:work|working|available)\s+(?:every|all)\s+(?:single\s+)?(?:evenings?|nights?|weekends?|holidays?)\b
            |\b(?:work|working|available|reachable)\s+24\s*/\s*7\b|\baround\s+the\s+clock\b
            |\bevery\s+(?:evening|night|weekend)\s+and\s+(?:every\s+)?(?:evening|night|weekend|holiday)s?\b"""),
        "offering to give up vacations, evenings or weekends reads as desperate",
        WordGate(
            "give|giving|forgo|forego|skip|skipping|sacrifice|sacrificing|cancel"
            " vacation|vacations|holiday|holidays|off|pto|weekend|weekends|evening|evenings|night|nights"
            "|sick|family|personal",
            "vacation|vacations|holiday|holidays|off|pto|sick|break|breaks take",
            "vacation|vacations|holidays|off|pto no",
            "evening|evenings|night|nights|weekend|weekends|holiday|holidays every|all"
            " work|working|available",
            "24",
            "clock around",
            "evening|night|weekend every",
        ),
    ),
    (
        _p(r"""\bplease\s*,?\s+please\b|\b(?:i\s+am|i['’]m)\s+begging\b|\bi\s+beg\s+(?:you|of\s+you)\b
            |\bbegging\s+you\b|\bi\s+(?:implore|plead\s+with)\s+you\b
            |\bplease\s+(?:just\s+)?(?:give\s+me\s+(?:a|this|one)\s+(?:chance|shot)|hire\s+me
            |don['’]t\s+(?:pass|give\s+up|reject|forget))\b
            |\b(?:just\s+)?give\s+me\s+(?:a|one)\s+(?:chance|shot)\b(?!\s+to\s+(?:discuss|talk|show|share))"""),
        "begging reads as desperate",
        WordGate(
            "please please",
            "begging|beg|implore|plead",
            "please give|hire|don't|don’t",
            "chance|shot give",
        ),
    ),
    (
        _p(r"""\bplease\s+(?:let\s+me\s+know|respond|reply|get\s+back\s+to\s+me|update\s+me|tell\s+me
            |call\s+me|contact\s+me|inform\s+me)\s+(?:\w+\s+){0,5}?(?:as\s+soon\s+as\s+(?:possible|you\s+can)
            |asap|immediately|right\s+away|today|tomorrow|by\s+(?:tomorrow|monday|tuesday|wednesday
            |thursday|friday|end\s+of\s+(?:day|the\s+day)|eod|tonight))\b
            |\b(?:revert|reply|respond|get\s+back|let\s+me\s+know|update\s+me|inform\s+me)\b[^.!?\n]{0,60}?
            (?:at\s+the\s+earliest(?!\s+(?:possible\s+)?convenience)|asap|as\s+soon\s+as\s+possible|right\s+away)
            |\b(?:i\s+)?need\s+(?:an\s+answer|to\s+know|a\s+decision|a\s+response)\s+(?:by|soon|asap|quickly|today|this\s+week)\b
            |\b(?:checking|check|refreshing|refresh|watching)\s+my\s+(?:email|e-mail|inbox|phone|voicemail)
            \s+(?:every|constantly|hourly|nonstop|non-stop|all\s+day)\b
            |\b(?:waiting|sitting)\s+by\s+(?:the|my)\s+phone\b
            |\b(?:can['’]t|cannot|couldn['’]t|haven['’]t\s+been\s+able\s+to)\s+(?:sleep|stop\s+thinking\s+about\s+(?:this|it|the\s+job))\b
            |\blosing\s+sleep\b"""),
        "pressing for a quick answer reads as needy",
        WordGate(
            "soon please possible|can let|respond|reply|get|update|tell|call|contact|inform",
            "please let|respond|reply|get|update|tell|call|contact|inform asap|immediately|away"
            "|today|tomorrow|monday|tuesday|wednesday|thursday|friday|day|eod|tonight",
            "soon revert|reply|respond|back|know|update|inform *possible*",
            "revert|reply|respond|back|know|update|inform *asap*|*earliest*|*away*",
            "need answer|know|decision|response by|soon|asap|quickly|today|this",
            "email|mail|inbox|phone|voicemail checking|check|refreshing|refresh|watching"
            " every|constantly|hourly|nonstop|non|all",
            "phone waiting|sitting",
            "sleep",
            "stop thinking",
        ),
    ),
    (
        _p(r"""\b(?:please|kindly|ask\s+(?:that\s+)?you\s+to|asking\s+you\s+to|hope\s+you(?:['’]ll|\s+will|\s+can|\s+could)?
            |would\s+you|could\s+you|will\s+you|beg\s+you\s+to|urge\s+you\s+to)\s+(?:\w+\s+){0,2}?re-?consider\b
            |\breconsider\s+(?:me|my\s+(?:application|candidacy)|your\s+decision)\b"""),
        "asking them to reconsider puts the interviewer on the spot",
        WordGate("reconsider", "consider re"),
    ),
    (
        _p(r"""\b(?:i\s+know|i\s+realize|i\s+realise|i\s+understand|i\s+may|i\s+might|i['’]m\s+probably|i\s+am\s+probably
            |i['’]m\s+likely|i\s+am\s+likely|even\s+if)\s+(?:\w+\s+){0,2}?(?:not|n['’]t)\s+(?:be\s+)?(?:the|your)\s+
            (?:best|strongest|most\s+qualified|most\s+experienced|ideal|perfect|first|obvious|top)\s+(?:\w+\s+)?
            (?:candidate|choice|fit|person|applicant|pick)\b
            |\bi['’]?m\s+(?:just|only)\s+a\s+(?:lowly|humble|simple)\b|\bi\s+am\s+(?:just|only)\s+a\s+(?:lowly|humble|simple)\b
            |\bi\s+(?:know\s+i\s+)?(?:totally\s+|completely\s+|really\s+)?(?:messed\s+up|bombed|blew\s+it|botched|flubbed)\b
            |\b(?:no\s+one|nobody)\s+(?:else\s+)?(?:will|wants\s+to|seems\s+to\s+want\s+to)\s+hire\s+me\b
            |\b(?:unemployed|out\s+of\s+work|jobless)\s+for\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?
            (?:\w+|\d+)\s+(?:months?|years?)\b
            |\bmy\s+savings\s+(?:are|is|have)\s+(?:gone|running\s+out|run\s+out|depleted|almost\s+gone)\b
            |\b(?:can['’]t|cannot)\s+(?:afford|pay)\s+(?:my\s+)?(?:rent|bills|mortgage)\b
            |\b(?:been\s+)?(?:rejected|turned\s+down)\s+(?:by\s+)?(?:so\s+many|every|dozens|countless)\b"""),
        "self-deprecation or hardship to win pity weakens your candidacy",
        WordGate(
            "candidate|choice|fit|person|applicant|pick best|strongest|most|ideal|perfect|first"
            "|obvious|top know|realize|realise|understand|may|might|probably|likely|if",
            "lowly|humble|simple just|only",
            "messed|bombed|blew|botched|flubbed",
            "hire one|nobody will|wants|want",
            "unemployed|jobless|out month|months|year|years",
            "savings",
            "rent|bills|mortgage afford|pay",
            "rejected|turned many|every|dozens|countless",
        ),
    ),
)


_GATES = Gates(gate for *_, gate in _PATTERNS)


class Desperation(Rule):
    __doc__ = __doc__
    id = "desperation"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        find = GatedSearch(note, _GATES)
        found: list[tuple[int, int]] = []
        for pattern, why, gate in _PATTERNS:
            for match in find(pattern, gate):
                if any(a <= match.start() < b for a, b in found):
                    continue
                found.append(match.span())
                yield Problem(
                    match.start(),
                    match.end(),
                    f"{' '.join(match.group(0).split())!r}: {why}",
                    suggestion="state your interest and availability plainly, as an equal",
                )
