"""Greeting or direct address that names someone other than the interviewer.

*Why*: a note that opens "Dear Mr. Smith" when you met Priya Shah tells her
it was written for someone else, and a misspelt name ("Dear Pryia") is the
first thing a reader notices. The rule compares the names in the greeting,
and in direct address in the body ("Thank you, Mr. Smith," / a second
"Dear Sam" inside the body), with the interviewers named by the context
(front matter ``interviewer:``, ``--interviewer`` or an e-mail's ``To:``);
without one it stays quiet. People merely mentioned in the body ("meeting
Luis and the team") are never checked.

A name far from every interviewer's first and last name is a different
person (error). A name close to one by edit distance (at most 2 letters for
names of five letters or more, 1 for shorter ones) is a misspelling, and one
that only drops the accents ("Zoe" for "Zoë") or a hyphen ("Marie Claire" for
Marie-Claire), or writes a surname's particles wrong ("van den Berg" for van der
Berg; leaving them out or changing their case is fine), a near miss: both are
warnings. Titles (Dr., Ms., Mr., Mrs., Mx.,
Prof.) are set aside, a titled name is compared with surnames (with first names
too after a title that takes one: "Coach Deb", "Chef Maria", "Father John"), a
bare one with first names, and common short forms ("Tom" for "Thomas", "Chris" for
"Christopher", "Tomek" for "Tomasz", "Seun" for "Oluwaseun", "Mo" for "Mohammed")
and initials with or without their stops ("JP" for "J.P.") pass. A greeting in
another language is no name ("Hola Ignacio,", "Bonjour Luc,"). With
several interviewers any of them may be greeted, alone or together. When
exactly one interviewer fits, the finding carries a safe fix that writes
their name. Greetings to nobody in particular are ``generic-greeting``'s.

*Options*: none.

*Bad* (the interviewer is Priya Shah): "Dear Mr. Smith," / "Dear Pryia," /
"Thank you again, Mr. Smith, for the tour."

*Good* (the interviewer is Priya Shah): "Dear Ms. Shah," / "Hi Priya," /
"Dear Dr. Shah and team," / "I enjoyed meeting Luis and the rest of the team."
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence

from notelint.model import Fix, Problem, Severity
from notelint.note import OTHER_GREETINGS, Note, quoted
from notelint.rule import NoOptions, Rule
from notelint.rules.names import (
    ACCENT,
    NEAR,
    PARTICLES,
    SAME,
    TITLE_PATTERN,
    TITLES,
    Person,
    fold,
    is_title,
    person,
    relation,
    title_key,
)

# Words that make a greeting address a group or a role, not a person.
_GROUP_WORDS = frozenset(
    """team teams all everyone everybody there folks friends colleagues colleague panel
    panelists panellists committee members member hiring manager managers recruiter recruiters
    recruiting recruitment talent acquisition hr human resources sir sirs madam madams ladies
    gentlemen whom concern department staff board search interview interviewers interviewer
    crew group office people guys both again partners leadership selection admissions faculty
    chair director directors supervisor lead leads company future y'all you ma'am ma’am maam
    mam""".split()  # round 230: "Respected Ma'am,"
)
# Words that open a sentence before a comma and are nobody's name ("Honestly, you were right").
_NOT_A_NAME = frozenset(
    """also so well yes oh ok okay now then however still first second third firstly secondly
    thirdly lastly finally plus overall besides indeed meanwhile otherwise therefore thus hence
    again further furthermore moreover regardless nonetheless nevertheless sure right great
    anyway anyhow likewise perhaps maybe honestly frankly personally genuinely truly really
    seriously basically actually obviously clearly hopefully additionally importantly separately
    similarly ultimately naturally fortunately unfortunately interestingly incidentally admittedly
    candidly sincerely originally luckily sadly specifically realistically equally crucially
    yesterday today tonight afterwards later instead alright""".split()
)
_GREETING_WORDS = re.compile(
    r"\s*(?:dear|hi|hello|hey|heya|hiya|howdy|greetings|good\s+day|(?:good\s+)?(?:morning|afternoon|evening)"
    rf"|attn|attention|{OTHER_GREETINGS})\b[\s,:]*",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"[\[\]{}<>()_]|\bX{2,}\b|\b(?i:last\s+name|first\s+name|name)\b")
_SEPARATOR = re.compile(r"\s*(?:,|&|\+|/|\band\b)\s*", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"“”—–]+")
_CAP = r"[^\W\d_][\w'’-]*"
# A name in direct address: an optional title and one to three words.
_NAME = rf"(?:(?i:{TITLE_PATTERN})\.?\s+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
_END = r"(?=\s*(?:[,:;.!?—–]|$))"
_ADDRESS = (
    # A second "Dear Sam" inside the body.
    re.compile(rf"\b(?i:dear)[ \t]+(?P<name>{_NAME}){_END}", re.MULTILINE),
    # A greeting that starts a line of the body.
    re.compile(
        rf"^[ \t]*(?i:hi|hello|good\s+(?:morning|afternoon|evening))[ \t]+(?P<name>{_NAME})"
        r"[ \t]*[,!:]",
        re.MULTILINE,
    ),
    # "And Rachel, your point about weeding ...", "Dana, you were right": a sentence opened by
    # a name and a comma, then "you", thanks or what they said (not "Luis, your lead engineer,
    # ..." nor "Marjorie, the Tuesday volunteer, told me"); "And Kwami, thank you for ...";
    # round 194: "Mr. Achterberg, I hope it answers your question"
    re.compile(
        rf"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:(?i:and|also|oh)[ \t]+)?(?P<name>{_NAME})[ \t]*,[ \t]*"
        r"(?=(?i:you(?!r)|thank[ \t]+you|thanks|i[ \t]+hope|your[ \t]+(?:point|question|questions|comment|idea|advice|tip|tips|explanation"
        r"|story|suggestion|description|insight|insights|feedback|example|take|warning|joke|scenario|case"
        r"|exercise|presentation|demo|remark|observation|walkthrough|tour|words|challenge|problem"
        r"|pointer|pointers|steer|recommendation))\b)",  # round 252: "Mr. Venkatraman, your pointer"
        re.MULTILINE,
    ),
    # "Thank you, Mr. Smith," / "Thanks again, Sam!"
    # "Once again, Ms. Warren, I appreciated ...", "As you said, Mr. Lloyd, the lock ...": a
    # titled name after an opening word, between commas (not "my referee, Dr. Patel, can
    # confirm", a name in apposition)
    re.compile(
        r"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?i:once\s+again|again|also|finally|lastly|anyway|and|so|but"
        r"|as\s+you\s+(?:said|mentioned|noted|pointed\s+out|put\s+it|suggested|explained|know))"
        rf"[ \t]*,[ \t]*(?P<name>(?i:{TITLE_PATTERN})\.?\s+{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]*,",
        re.MULTILINE,
    ),
    re.compile(
        # round 269: "Thank you once again, Mr. Sharma, for ..."
        r"\b(?i:thank\s+you(?:\s+(?:(?:once\s+)?again|so\s+much|very\s+much))?"
        r"|thanks(?:\s+(?:once\s+)?again|\s+so\s+much)?"
        rf"|many\s+thanks)[ \t]*,[ \t]*(?P<name>{_NAME}){_END}",
        re.MULTILINE,
    ),
)


@dataclasses.dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class Addressee:
    """A person addressed: an optional title and one or more name words."""

    title: Word | None
    words: tuple[Word, ...]
    written: str = ""  # the addressee as the note spells it, particles included
    particles: tuple[Word, ...] = ()  # those before the surname ("van den" of "van den Berg")

    @property
    def start(self) -> int:
        return (self.title or self.words[0]).start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def text(self) -> str:
        parts = ([self.title.text] if self.title else []) + [w.text for w in self.words]
        return self.written or " ".join(parts)


def addressee(
    words: Sequence[Word], people: Sequence[Person], loose: bool, skip: frozenset[str] = frozenset()
) -> Addressee | None:
    """The person named by ``words``, or None when they name a group, a role or nothing.

    Unless ``loose``, every word must be capitalised; a loose (greeting) word in lower
    case still counts when it is an interviewer's name or close to one. Folded words
    in ``skip`` (the company's, the role's) make the words a group ("Dear Acme,").
    """
    titled = len(words) > 1 and is_title(words[0].text.rstrip(","))
    words = [Word(w.text.rstrip(".,"), w.start, w.start + len(w.text.rstrip(".,"))) for w in words]
    words = [w for w in words if w.text]
    title = None
    if len(words) > 1 and titled:
        title = words.pop(0)
    names = [w for w in words if w.text.casefold() not in PARTICLES]
    if not names or len(names) > 3 or (len(names) == 1 and title_key(names[0].text) in TITLES):
        return None  # "Dear Mr./Ms. ..." or "Hi Chef,": a title alone names nobody
    for word in names:
        folded = fold(word.text)
        if folded in _GROUP_WORDS or folded in skip or len(folded) < 2 or not folded[0].isalpha():
            return None
        if not word.text[0].isupper() and not (loose and _close_to_anyone(word.text, people)):
            return None
    lead = itertools.takewhile(lambda w: w.text.casefold() in PARTICLES, reversed(words[:-1]))
    return Addressee(title, tuple(names), particles=tuple(reversed(list(lead))))


# Titles that go with a first name as often as with a surname.
_FIRST_NAME_TITLES = frozenset(
    "coach chef pastor father fr sister sis brother br mother imam sheikh rabbi nurse"
    # Malay and Indonesian titles go with the given name: "Encik Ahmad" for Ahmad bin Ismail
    " encik puan cik haji hajah hj datuk dato datin bapak ibu".split()
)


def _close_to_anyone(word: str, people: Sequence[Person]) -> bool:
    return any(relation(word, part) for p in people for part in p.parts)


FAR = "far"


@dataclasses.dataclass(frozen=True)
class Verdict:
    """What is wrong with (part of) an addressee's name."""

    kind: str  # NEAR, ACCENT or FAR
    start: int
    end: int
    written: str
    right: str | None = None  # the name it should be, when exactly one fits
    person: Person | None = None  # the interviewer it was taken for, if any
    titled: bool = False


def judge(who: Addressee, people: Sequence[Person]) -> tuple[list[Verdict], Person | None]:
    """What is wrong with an addressee, and the interviewer it names if that is clear.

    Nothing is wrong when it names an interviewer, and nothing is reported when it
    cannot be certain (a first name greeted while only a surname is known).
    """
    unjoined = _unjoined(who, people)
    if unjoined is not None:
        merged, verdict = unjoined
        verdicts, match = judge(merged, people)
        return [verdict, *verdicts], match or verdict.person
    titled = who.title is not None
    if len(who.words) == 1:
        # A titled name is a surname ("Ms. Shah"), a bare one a first name ("Priya").
        word = who.words[0]
        verdicts, match = _judge_word(word, people, "last" if titled else "first")
        if verdicts and who.title is not None and title_key(who.title.text) in _FIRST_NAME_TITLES:
            # "Coach Deb", "Chef Maria", "Father John": these titles take a first name too
            given, given_match = _judge_word(word, people, "first")
            if not given or (given[0].kind != FAR and verdicts[0].kind == FAR):
                verdicts, match = given, given_match
        if verdicts and verdicts[0].kind == FAR:
            verdicts = [Verdict(FAR, who.start, who.end, who.text, titled=titled)]
        return verdicts + _particle_slip(who, match, verdicts), match
    first, last = who.words[0], who.words[-1]
    v1, p1 = _judge_word(first, people, "first")
    v2, p2 = _judge_word(last, people, "last")
    far1 = bool(v1) and v1[0].kind == FAR
    far2 = bool(v2) and v2[0].kind == FAR
    if far1 and far2:
        return [Verdict(FAR, who.start, who.end, who.text, titled=titled)], None
    # One name fits and the other does not: "Priya Smith" for Priya Shah.
    if far1 and p2 is not None:
        v1 = [dataclasses.replace(v1[0], right=p2.first, person=p2)]
    if far2 and p1 is not None:
        v2 = [dataclasses.replace(v2[0], right=p1.last, person=p1)]
    return v1 + v2 + _particle_slip(who, p2, v2), p1 or p2


def _particle_slip(who: Addressee, match: Person | None, verdicts: list[Verdict]) -> list[Verdict]:
    """A surname's particles written wrong ("van den Berg" for van der Berg): a near miss.

    Only when the surname itself fits and both spellings have particles; leaving
    them out ("Mr. Berg") or changing their case ("Van der Berg") is not reported.
    """
    if verdicts or match is None or not match.particles or not who.particles:
        return []
    written = " ".join(w.text for w in who.particles)
    if written.casefold() == match.particles.casefold() or match.last is None:
        return []
    start, end = who.particles[0].start, who.words[-1].end
    text = who.written[start - who.start : end - who.start] if who.written else None
    right = f"{match.particles} {match.last}"
    return [Verdict(NEAR, start, end, text or f"{written} {who.words[-1].text}", right, match)]


def _unjoined(who: Addressee, people: Sequence[Person]) -> tuple[Addressee, Verdict] | None:
    """A hyphenated name written as two words ("Marie Claire" for Marie-Claire): the
    addressee with the two words joined, and the near miss to report."""
    for i, (a, b) in enumerate(itertools.pairwise(who.words)):
        joined = fold(f"{a.text}-{b.text}")
        for p in people:
            for name in (p.first, p.last):
                if name and re.search(r"[-‐]", name) and fold(re.sub(r"‐", "-", name)) == joined:
                    word = Word(f"{a.text}-{b.text}", a.start, b.end)
                    words = (*who.words[:i], word, *who.words[i + 2 :])
                    written = f"{a.text} {b.text}"
                    verdict = Verdict(NEAR, a.start, b.end, written, name, p, who.title is not None)
                    return dataclasses.replace(who, words=words, written=""), verdict
    return None


def _judge_word(
    word: Word, people: Sequence[Person], slot: str
) -> tuple[list[Verdict], Person | None]:
    best: list[tuple[int, str, str, Person]] = []
    halves = [h for h in re.split(r"[-‐]", word.text) if h and h != word.text]
    for p in people:
        whole = _double_name(word.text, halves, p)
        if whole is not None:
            # "Marie-Claire" for Marie-Claude: a double name is weighed whole (round 219)
            found = relation(word.text, whole, slot == "first" and whole != p.last)
            if found is not None and found[0] == SAME:
                return [], p
            if found is not None:
                best.append((found[1], found[0], whole, p))
            continue
        for part in p.parts:
            given = slot == "first" and part != p.last
            double = bool(p.last) and re.search(r"[-‐]", p.last or "") is not None
            if not double and any(relation(h, part, given) == (SAME, 0) for h in halves):
                return [], p  # "Ms. Shah-Patel" for Priya Shah (not "Loyd-Jones" for Lloyd-Jones)
            found = relation(word.text, part, given)
            if found is None:
                continue
            kind, edits = found
            if kind == SAME:
                return [], p
            best.append((edits, kind, part, p))
    if best:
        best.sort(key=lambda b: b[0])
        edits, kind, part, p = best[0]
        rivals = {b[2] for b in best if b[0] == edits}
        if len(rivals) > 1:
            return [Verdict(kind, word.start, word.end, word.text)], None
        return [Verdict(kind, word.start, word.end, word.text, part, p)], p
    # Far from every name: certain only if every interviewer's name in this slot is known.
    if any((p.last if slot == "last" else p.first) is None for p in people):
        return [], None
    return [Verdict(FAR, word.start, word.end, word.text)], None


def _double_name(written: str, halves: Sequence[str], p: Person) -> str | None:
    """The interviewer's hyphenated name that a hyphenated written one shares a half with,
    or that the written one runs together ("Annemarie" for Anne-Marie; round 221)."""
    mine = {fold(h) for h in halves}
    for name in (p.first, p.last):
        if not name or not re.search(r"[-‐]", name):
            continue
        name_halves = [fold(h) for h in re.split(r"[-‐]", name) if h]
        if mine & set(name_halves) or fold(written) == "".join(name_halves):
            return name
    return None


class WrongName(Rule):
    __doc__ = __doc__
    id = "wrong-name"
    severity = Severity.ERROR

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        people = [p for p in (person(n) for n in note.context.interviewers) if p.parts]
        if not people:
            return
        skip = frozenset(
            fold(w)
            for w in re.findall(
                r"[^\W\d_]+", " ".join(filter(None, (note.context.company, note.context.role)))
            )
        )
        judged = [judge(who, people) for who in _greeted(note, people, skip)]
        named = {id(p) for _, p in judged if p is not None}
        # A wrong name in the greeting is fixable when exactly one interviewer is left.
        left = [p for p in people if id(p) not in named]
        for verdicts, _ in judged:
            for verdict in verdicts:
                yield _problem(verdict, people, left)
        for who in _addressed_in_body(note, people, skip):
            for verdict in judge(who, people)[0]:
                yield _problem(verdict, people, [])


def _greeted(note: Note, people: Sequence[Person], skip: frozenset[str]) -> Iterator[Addressee]:
    """The people the greeting addresses ("Dear Priya and Tom," gives two)."""
    greeting = note.greeting
    if greeting is None:
        return
    text = note.text
    lead = _GREETING_WORDS.match(text, greeting.start, greeting.end)
    start = lead.end() if lead else greeting.start
    end = greeting.end
    while end > start and text[end - 1] in " \t,:;!.—–-":
        end -= 1
    if _PLACEHOLDER.search(text, start, end):
        return  # an unfilled template field is template-placeholder's business
    cursor = start
    pieces: list[tuple[int, int]] = []
    for sep in _SEPARATOR.finditer(text, start, end):
        pieces.append((cursor, sep.start()))
        cursor = sep.end()
    pieces.append((cursor, end))
    for a, b in pieces:
        words = [Word(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]
        who = addressee(words, people, loose=True, skip=skip) if words else None
        if who is not None:
            yield _finish(who, text)


def _addressed_in_body(
    note: Note, people: Sequence[Person], skip: frozenset[str]
) -> Iterator[Addressee]:
    """People addressed directly in the body: "Thank you, Mr. Smith," or a second "Dear Sam".

    A sign-off such as "Thanks again, Sam!" is direct address too, when a signature
    follows it; the writer's own name ("Thanks, Ana") never counts.
    """
    text = note.text
    own = set(re.findall(r"[^\W\d_]+", note.slice(note.signature)))
    seen: set[int] = set()
    signoff = note.signoff if note.signature else None
    for section, patterns in ((note.body, _ADDRESS), (signoff, _ADDRESS[-1:])):
        if not section:
            continue
        quotes = [(a + section.start, b + section.start) for a, b in quoted(note.slice(section))]
        for match in (m for p in patterns for m in p.finditer(text, section.start, section.end)):
            start = match.start("name")
            if start in seen or any(a <= start < b for a, b in quotes):
                continue
            seen.add(start)
            if match.group("name").split()[0].lower() in _NOT_A_NAME:
                continue
            words = [
                Word(m.group(0), m.start(), m.end())
                for m in _TOKEN.finditer(text, start, match.end("name"))
            ]
            who = addressee(words, people, loose=False, skip=skip)
            if who is not None and who.words[0].text not in own:
                yield _finish(who, text)


def _finish(who: Addressee, text: str) -> Addressee:
    """Extend the title over its full stop ("Mr." not "Mr"), so a fix replaces both."""
    title = who.title
    if title is not None and text[title.end : title.end + 1] == ".":
        who = dataclasses.replace(who, title=Word(title.text + ".", title.start, title.end + 1))
    return dataclasses.replace(who, written=text[who.start : who.end])


def _listing(people: Sequence[Person]) -> str:
    names = [p.full for p in people]
    if len(names) == 1:
        return f"the interviewer is {names[0]}"
    return "the interviewers are " + ", ".join(names[:-1]) + " and " + names[-1]


def _problem(verdict: Verdict, people: Sequence[Person], left: Sequence[Person]) -> Problem:
    written, right = verdict.written, verdict.right
    fix = Fix(verdict.start, verdict.end, right, safe=True) if right else None
    suggestion = f"write {right!r}" if right else None
    if verdict.kind == NEAR:
        whose = f"the interviewer's name {right!r}" if right else "an interviewer's name"
        return Problem(
            verdict.start,
            verdict.end,
            f"{written!r} looks like a misspelling of {whose}; "
            "a misspelt name is the first thing they will notice",
            suggestion=suggestion or f"check the spelling: {_listing(people)}",
            fix=fix,
            severity=Severity.WARNING,
        )
    if verdict.kind == ACCENT:
        return Problem(
            verdict.start,
            verdict.end,
            f"{written!r} drops the accents of the interviewer's name {right!r}; "
            "spell their name as they do",
            suggestion=suggestion,
            fix=fix,
            severity=Severity.WARNING,
        )
    if right is None and len(left) == 1:
        target = left[0]
        if verdict.titled:
            right = target.formal()
        elif " " in written:
            right = target.plain
        else:
            right = target.first or target.plain
        fix = Fix(verdict.start, verdict.end, right, safe=True)
    if verdict.person is not None and right:
        return Problem(
            verdict.start,
            verdict.end,
            f"{written!r} is not the name of the interviewer {verdict.person.full}; "
            "a wrong name is the first thing they will notice",
            suggestion=f"write {right!r}",
            fix=fix,
            severity=Severity.ERROR,
        )
    return Problem(
        verdict.start,
        verdict.end,
        f"{written!r} is not the name of the person you met: {_listing(people)}; "
        "a note to the wrong person reads as a form letter sent to many",
        suggestion=f"write {right!r}" if right else "address the interviewer you met by name",
        fix=fix,
        severity=Severity.ERROR,
    )
