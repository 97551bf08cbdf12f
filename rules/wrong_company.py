"""Note that names another company as the one you want to join or met.

*Why*: "I'm excited to join Globex" in a note to Acme is the classic sign of
a note copied from another application, and it tells the reader they were
not the only one, or not the first. The rule compares the company named in
the context (front matter ``company:`` or ``--company``) with organisation
names the note uses in a way that says the writer wants to work there or met
it: "join Globex", "the role at Globex", "your team at Globex", "my interview
at Globex", "I'd love to work at Globex", "thank you for inviting me to
Globex", "Globex's team" or "Globex's mission". Without a company it stays
quiet.

The writer's own history is not flagged ("at Globex I led…", "my four years
at Globex", "when I worked for Globex", "previously at Globex", "my manager
at Globex"), nor a competing process named openly ("another interview at
Globex"), nor people ("join Tom's team"), names that are plausibly part of
the company (a product, team or site the context or the note ties to it:
"Globex, Acme's payments arm", "Acme moved all of its hospitals, St. Brigid's
included, to ..."), the company's own group ("how being part of Globex Group
shapes the roadmap"), or team names ("the Payments team": with no trained
model a team cannot be told from a company, so "the Globex team" is not
flagged either). The company is matched case-insensitively, with or without
a suffix or a possessive ("Acme", "Acme Corp", "ACME Inc.", "Acme's"). A
trained spaCy pipeline's ORG entities, when present, add candidates.

The finding carries an unsafe fix that writes the context's company instead
(unsafe: check the sentence still says what you mean).

*Options*: none.

*Bad* (the company is Acme): "I'm excited to join Globex." /
"I enjoyed learning about the analyst role at Globex Inc." /
"Thank you for inviting me to Globex."

*Good* (the company is Acme): "I'm excited to join Acme Corp." /
"At Globex I led the vendor migration." / "my four years at Globex"
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from notelint.model import Fix, Problem, Severity
from notelint.note import Note, quoted
from notelint.rule import NoOptions, Rule
from notelint.rules.lexicon import GENERIC, STOPWORDS
from notelint.rules.names import FIRST_NAMES, NEAR, SAME, TITLE_PATTERN, fold, person, relation
from notelint.rules.scan import prose_sections

_SUFFIXES = frozenset(
    """inc incorporated llc ltd limited corp corporation co company group plc gmbh ag sa nv bv
    llp lp holdings pvt private pty""".split()
)
# Capitalised words that follow these contexts but name no employer.
_NOT_ORGS = frozenset(
    """i zoom teams webex skype meet hangouts hq headquarters building campus office room floor
    suite hall monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december engineering product design
    marketing sales finance operations ops support data research legal security platform
    infrastructure growth analytics it people hr company employer organization organisation firm
    agency ceo coo cfo cto cio ciso cmo cro cco chro cpo md gm vp svp evp avp""".split()
)
_ABBREVIATIONS = frozenset(["St", "Mt", "Ft"])
# The parts of a university, college or hospital named "School of ...", "Faculty of ...".
_UNIT_HEADS = frozenset(
    "school faculty department college institute centre center division".split()
)
# Last words that make a name a part of an organisation, not an employer.
_TEAM_ENDS = frozenset(
    "unit team squad division department directorate desk section command ward wing".split()
)
_ACADEMIC = re.compile(
    r"\b(?:universit|college|institut|polytechnic|academy|school|hospital)", re.IGNORECASE
)
# Street-like last words: "the team at Hartley Road" is a place.
_PLACES = frozenset("road rd street avenue ave lane boulevard blvd drive square plaza".split())
# Nouns after a name that make it a team, a place or a meeting, not an employer.
_UNIT = re.compile(
    r"[ \t]+(?:team|teams|group|department|division|unit|office|offices|branch|org|squad|crew"
    r"|side|floor|campus|lab|program|programme|project|product|platform|practice|function|pod"
    r"|ward|location|site|store|account|call|meeting|interview|panel"
    r"|station|depot|base|garage|yard|plant|clinic|surgery|desk|warehouse)\b",  # round 264: "at Aberystwyth station"
    re.IGNORECASE,
)
_TRIGGER = re.compile(
    r"""\b(?:
      # "joining the litigation group at Veritas Law" (tried before "joining" alone)
      # round 224: "be part of the kitchen at Salt & Fynbos"
      # round 230: "bring that to the SME lending desk at Meridian Asia Partners"
      (?P<unit>(?:join|joining|(?:be|become|becoming|being)\s+(?:a\s+)?part\s+of
        |bring(?:ing)?\s+(?:my|this|that|these|those|it)\b[^.!?\n]{0,40}?\s+to
        |contribut(?:e|ing)\s+to)\s+(?:the|your)\s+(?:[\w-]+\s+){0,3}?  # round 238: "contributing to the ... roadmap at"
        (?:group|department|practice|division|unit|desk|crew|squad|staff|faculty|kitchen|brigade|roadmap|strategy
        |centre|center|scheme|programme|program|hub|lab|laboratory|ward)\s+at  # round 263: "the graduate scheme at"
        # round 202: "join your planners at Harcourt Haulage", "run a store for Greenleaf", "lead
        # FP&A at Straits Meridian", "getting stuck in at Saltmarsh"
        |(?:join|joining)\s+your\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s+at
        # (round 232: "the chance to own onboarding at Corvid Labs")
        # (round 246: "the chance to build the biostatistics function at Oriel Group")
        |(?<!\bused\s)(?:to|and)\s+(?:help\s+)?(?:run|lead|manage|own|build|grow)\s+(?:a\s+|the\s+|your\s+)?(?:[\w&-]+\s+){0,2}?(?:store|team|kitchen
        |branch|department|function|desk|site|shop|restaurant|unit|practice|fp&a|finance|operations
        |onboarding|product|sales|marketing|engineering|growth|design|analytics|procurement|compliance
        |payments|partnerships|recruiting|support|category|portfolio|territory
        |fundraising|outreach|communications|comms|events|membership)\s+(?:at|for)  # round 248
        |(?:get|getting)\s+stuck\s+in\s+at
        # round 260: "join the School of Public Health at Castleford University"
        |(?:join|joining|(?:be|become|becoming|being)\s+(?:a\s+)?part\s+of)\s+the\s+(?:school|institute|centre
        |center|department|faculty|college|division|office)\s+of\s+(?:[\w&-]+\s+){1,4}?at)
     |(?P<join>join|joining|(?:be|become|becoming|being)\s+(?:a\s+)?part\s+of)
     |(?P<job>(?:role|roles|position|job|opening|opportunity|opportunities|post|vacancy|internship
        |career|future|team|everyone)\s+(?:here\s+)?at
        |(?:role|position|job|opening|opportunity|internship|career|future)\s+with)
     |(?P<meet>(?:interview|interviews|interviewing|onsite|on-site)\s+at|tour\s+of
        # round 262: "my trial at Oasis Wellness", "my stage at Osteria Fiume"
        |(?<=\bmy\s)(?:trial(?:\s+(?:shift|day))?|stage|working\s+interview|assessment\s+day)\s+at)
     |(?P<work>(?:to|about|of|forward\s+to|love|enjoy|imagine|keen\s+on)\s+(?:work|working|start
        |starting|training|get\s+started|getting\s+started)(?:\s+(?:here|there|full-time))?\s+(?:at|for))
     |(?P<invite>(?:inviting|invited|invite|having|hosting|welcoming|welcome)\s+me\s+(?:in\s+
        |out\s+|over\s+|back\s+|down\s+)?(?:to|at|into))
     |(?P<bring>bring(?:ing)?\s+(?:my|this|that|these|those|what)\b[^.!?\n]{0,40}?\s+to)
     |(?P<apply>application\s+(?:to|at|with)|fit\s+(?:at|for)
        |fit(?:ting)?\s+in\s+(?:well\s+|nicely\s+|right\s+)?at)  # round 265: "fitting in well at Tidewater"
    )[ \t]+(?P<the>the[ \t]+)?""",
    re.IGNORECASE | re.VERBOSE,
)
_POSSESSIVE = re.compile(
    r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:mission|culture|values|vision|team|teams|people|offices?"
    r"|headquarters|campus|roadmap|future|growth|commitment|approach|engineers|recruiters)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_][\w&'’.-]*|&")
_CONNECTORS = frozenset(["&", "of", "de", "du"])
# The writer's own past: words just before the mention, and just after it.
# (not a compound's last part: round 241's "this kind of research-led work")
_HISTORY_BEFORE = re.compile(
    r"\b(?<!-)(?:previously|formerly|former|prior\s+to|(?:before|since|after)\s+(?:joining|I\s+(?:joined"
    r"|left|started))|used\s+to|when\s+I|while\s+(?:I|at)|during\s+my|back\s+(?:at|when|then)"
    r"|I\s+was|I['’]ve\s+been|I\s+have\s+been|I\s+had\s+been|years?|months|led|managed|grew"
    r"|built|ran|scaled|joined|left|supported|worked|spent|hired|trained|oversaw|founded|started"
    r"|helped)\b"
    r"|\b(?:before|since|after|prior\s+to)\s*\Z",
    re.IGNORECASE,
)
_OWN = re.compile(r"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(?:an|another|other|a\s+second|competing)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE
)
# "hear how being part of Trip.com Group shapes the roadmap": the company's own membership,
# the subject of what follows, not the writer's wish.
_THEIR_GROUP = re.compile(r"\b(?:how|why|what|whether)\s+\Z", re.IGNORECASE)
_HISTORY_AFTER = re.compile(
    r"\s*,?\s*(?:(?:where|when)\s+I\b|I\s+(?:led|managed|built|ran|worked|spent|was|had|grew"
    r"|shipped|designed|oversaw|supported|learned|learnt|kept|handled|used|set\s+up|created|wrote"
    r"|introduced|started|cut|reduced|trained|taught|covered|processed)\b)"
    r"|[ \t]+(?:in|from|between)\s+(?:19|20)\d\d"
    r"|[ \t]+(?:for|over)\s+\w+\s+years|[ \t]+(?:\w+\s+)?years\s+ago|[ \t]+last\s+year",
    re.IGNORECASE,
)
_SPEECH = (
    r"(?:said|says|mentioned|asked|told|explained|described|noted|suggested|shared|showed"
    r"|walked|talked|spoke|pointed)"
)
_TITLE_BEFORE = re.compile(rf"\b(?i:{TITLE_PATTERN})\.?[ \t]+\Z")


@dataclasses.dataclass(frozen=True)
class Candidate:
    """An organisation-like name: ``text[start:end]``, its words and how it was met."""

    start: int
    end: int
    words: tuple[str, ...]
    suffixed: bool
    joined: bool = False  # the object of "join": a firm, never a street ("join Harcourt Lane")


def scan_name(text: str, pos: int, limit: int) -> Candidate | None:
    """The capitalised words (and company suffix) starting at ``pos``, on one line."""
    words: list[str] = []
    i = pos
    while len(words) < 6:
        match = _WORD.match(text, i, limit)
        if match is None:
            break
        raw = match.group(0)
        core = re.sub(r"['’]s?$", "", raw.rstrip("."))
        if core in _ABBREVIATIONS and raw == core + ".":
            core = raw  # "St. Brigid's": the full stop belongs to the abbreviation
        capital = core[:1].isupper() or (core[:1].isdigit() and any(c.isupper() for c in core))
        if not capital:
            if core.casefold() in _CONNECTORS and words:
                gap = re.match(r"[ \t]+", text[match.end() : limit])
                if gap and _WORD.match(text, match.end() + gap.end(), limit):
                    words.append(core)
                    i = match.end() + gap.end()
                    continue
            break
        words.append(core)
        if core != raw:
            break  # a possessive or a full stop ends the name
        gap = re.match(r",?[ \t]+", text[match.end() : limit])
        if gap is None:
            break
        if gap.group(0).startswith(","):
            follow = _WORD.match(text, match.end() + gap.end(), limit)
            if not follow or follow.group(0).rstrip(".").casefold() not in _SUFFIXES:
                break
        i = match.end() + gap.end()
    while words and words[-1].casefold() in _CONNECTORS:
        words.pop()
    if not words:
        return None
    end = _end_of(text, pos, words)
    suffixed = len(words) > 1 and words[-1].casefold() in _SUFFIXES
    if suffixed and re.match(r"\.(?:[ \t]+[a-z]|[,;:])", text[end:limit]):
        end += 1  # "Globex Inc. and": the full stop is the abbreviation's, not the sentence's
    return Candidate(pos, end, tuple(words), suffixed)


def _end_of(text: str, pos: int, words: list[str]) -> int:
    """Where the last of ``words`` ends in ``text``, searching from ``pos``."""
    i = pos
    for word in words:
        i = text.index(word, i) + len(word)
    return i


def _core(words: tuple[str, ...] | list[str]) -> list[str]:
    """Folded words without a leading "the" and trailing suffixes ("The Acme Group" -> acme)."""
    folded = [fold(w) for w in words if w != "&"]
    if folded and folded[0] == "the":
        folded = folded[1:]
    while len(folded) > 1 and folded[-1].rstrip(".") in _SUFFIXES:
        folded.pop()
    return folded


def same_company(words: tuple[str, ...], company: str) -> bool:
    """Whether ``words`` name ``company``: suffixes, case, initials and typos tolerated."""
    mine = _core(words)
    theirs = _core(_WORD.findall(company.replace("’", "'")))
    if not mine or not theirs:
        return True
    if set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return True
    if mine[0] == theirs[0]:
        # "Acme" for "Acme Health" is a short form; "Harland Foods" for "Harland Freight"
        # is another company of the same family name.
        rest_mine, rest_theirs = mine[1:], theirs[1:]
        return not (
            rest_mine
            and rest_theirs
            and set(rest_mine).isdisjoint(rest_theirs)
            and all(relation(a, b) is None for a in rest_mine for b in rest_theirs)
        )
    joined_mine, joined_theirs = "".join(mine), "".join(theirs)
    if joined_mine == joined_theirs:
        return True
    initials = "".join(w[0] for w in theirs)
    # "IBM" for International Business Machines, "P&G" for Procter & Gamble
    if len(mine) == 1 and len(theirs) > 1 and mine[0].replace("&", "") == initials:
        return True
    if len(theirs) == 1 and len(mine) > 1 and theirs[0] == "".join(w[0] for w in mine):
        return True
    return len(joined_theirs) >= 5 and relation(joined_mine, joined_theirs) is not None


class WrongCompany(Rule):
    __doc__ = __doc__
    id = "wrong-company"
    severity = Severity.ERROR

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        company = note.context.company
        if not company:
            return
        seen: set[int] = set()
        for candidate in self._candidates(note):
            if candidate.start in seen:
                continue
            seen.add(candidate.start)
            if same_company(candidate.words, company) or not _employer(note, candidate):
                continue
            name = note.text[candidate.start : candidate.end]
            yield Problem(
                candidate.start,
                candidate.end,
                f"{name!r} is not the company you interviewed with ({company}); another "
                "employer's name shows the note was written for someone else",
                suggestion=f"write {company!r}",
                fix=Fix(candidate.start, candidate.end, company, safe=False),
            )

    def _candidates(self, note: Note) -> Iterator[Candidate]:
        text = note.text
        starts: set[int] = set()
        for section in prose_sections(note):
            quotes = [
                (section.start + a, section.start + b) for a, b in quoted(note.slice(section))
            ]
            limit = section.end
            for match in _TRIGGER.finditer(text, section.start, limit):
                if any(a <= match.start() < b for a, b in quotes):
                    continue
                # "I left my interview at Harland Foods": an interview is this one, whatever
                # verb leads to it; "I left Globex" tells of the writer's past.
                if not match.group("meet") and _past(text, match.start()):
                    continue
                if not match.group("meet") and _OWN.search(
                    text, max(0, match.start() - 40), match.start()
                ):
                    continue  # "my team at Globex", but "my interview at Globex" is this one
                if _OTHER.search(text, max(0, match.start() - 40), match.start()):
                    continue  # "another interview at Globex": a competing process, named openly
                if match.group("join") and _THEIR_GROUP.search(
                    text, max(0, match.start() - 12), match.start()
                ):
                    continue  # "how being part of Trip.com Group shapes the roadmap": theirs
                starts.add(match.end())
                found = scan_name(text, match.end(), limit)
                if found is None or (_UNIT.match(text, found.end) and not found.suffixed):
                    continue
                loose = match.group("the") or match.group("bring") or match.group("apply")
                if loose and _modifier(text, found.end, limit):
                    continue  # "the Fremont plant": the name describes a place or a team
                if not _HISTORY_AFTER.match(text, found.end):
                    yield dataclasses.replace(found, joined=match.group("join") is not None)
            for match in _POSSESSIVE.finditer(text, section.start, limit):
                found = _name_before(text, section.start, match.start())
                if found is None or any(a <= found.start < b for a, b in quotes):
                    continue
                # (round 273: "At the Mohave County Assessor's office, I kept a checklist")
                if not _past(text, found.start) and not _HISTORY_AFTER.match(text, match.end()):
                    yield found
        # A trained pipeline's ORG entities right after a trigger.
        for ent in getattr(note.doc, "ents", ()):
            if ent.label_ == "ORG" and ent.start_char in starts:
                words = tuple(w for w in ent.text.split() if w)
                yield Candidate(ent.start_char, ent.end_char, words, False)


def _name_before(text: str, lo: int, end: int) -> Candidate | None:
    """The capitalised words that end at ``end`` on the same line ("Globex" in "Globex's")."""
    lo = max(lo, text.rfind("\n", lo, end) + 1)
    tokens = list(re.finditer(r"\S+", text[lo:end]))
    if not tokens or tokens[-1].end() != end - lo:
        return None
    picked: list[re.Match[str]] = []
    for token in reversed(tokens):
        word = token.group(0)
        if picked and word[-1:] in ',.;:!?)"”':
            break
        if not (word[:1].isupper() or (word == "&" and picked)):
            break
        picked.insert(0, token)
    while picked and picked[0].group(0) == "&":
        picked.pop(0)
    if len(picked) > 1:
        first = picked[0]
        before = text[lo : lo + first.start()].rstrip()
        lower = first.group(0).lower()
        if (not before or before[-1] in ".!?") and (
            lower in STOPWORDS or lower in GENERIC or lower.endswith(("ing", "ed"))
        ):
            picked.pop(0)  # "Meeting Globex's team": the sentence's first word is not a name
    if not picked:
        return None
    return scan_name(text, lo + picked[0].start(), end)


def _modifier(text: str, end: int, limit: int) -> bool:
    """Whether a lower-case word other than a function word follows the name."""
    after = re.match(r"[ \t]+([a-z][\w-]*)", text[end:limit])
    return after is not None and after.group(1) not in STOPWORDS


def _past(text: str, start: int) -> bool:
    """Whether the words before ``start`` in its clause tell of the writer's past."""
    lo = max(0, start - 80)
    clause = re.split(r"[.!?;:,\n—–]|\b(?:and|but|so|because)\b", text[lo:start])[-1]
    return bool(_HISTORY_BEFORE.search(clause))


# A name joined to the interviewer's "you" is another person (round 259).
_YOU_AND = re.compile(r"\b(?:with|to|and|from)\s+(?:you|yourself)\s+and\s+$", re.IGNORECASE)


def _employer(note: Note, candidate: Candidate) -> bool:
    """Whether the candidate is plausibly another employer, not a person, place or product."""
    text = note.text
    words = candidate.words
    core = _core(words)
    if not core or (core[-1] in _PLACES and not candidate.joined):
        return False
    if core[0] in _NOT_ORGS and not _BODY.fullmatch(" ".join(words[:2])):
        return False
    if (
        len(core) >= 3
        and core[0] in _UNIT_HEADS
        and core[1] == "of"
        and _ACADEMIC.search(note.context.company or "")
    ):
        return False  # round 238: "the School of Engineering" at a university: one of its parts
    if _TITLE_BEFORE.search(text, max(0, candidate.start - 20), candidate.start):
        return False
    company = _core(_WORD.findall((note.context.company or "").replace("’", "'")))
    if (
        core[-1] in _UNIT_HEADS
        and _ACADEMIC.search(note.context.company or "")
        and (set(core[:-1]) & set(company))
    ):
        return False  # round 263: "Melbourne Law School" at The University of Melbourne
    if not candidate.suffixed and len(core) > 1 and core[-1] in _TEAM_ENDS:
        return False  # round 264: "the Public Protection Investigation Unit": a part of theirs
    if not candidate.suffixed:
        if core[0] in FIRST_NAMES:
            return False
        if len(words) == 1 and _YOU_AND.search(text, max(0, candidate.start - 30), candidate.start):
            return False  # "working with you and Sofie's art team": a person met beside them
        people = [person(n) for n in note.context.interviewers]
        # An interviewer's name, or its first word near one ("Dana Whitcomb's team"; not the
        # "Data" of "Northfield Data", one letter from Dana); a later word must be the name
        # itself, not a longer form of it (round 269: "Dulces Montserrat" beside Montse Puig)
        parts = [part for p in people for part in p.parts]
        later = any(
            relation(w, part, given=False) == (SAME, 0) for w in words[1:] for part in parts
        )
        first = [r for r in (relation(words[0], part) for part in parts) if r is not None]
        # a near miss of a first word names them only alone or beside their other name
        # (round 271: not "Sahara Express", two letters from Zahra)
        if later or any(r[0] != NEAR or len(words) == 1 for r in first):
            return False
        if re.search(rf"\b{re.escape(words[0])}\s+{_SPEECH}\b", text):
            return False
        for section in (note.greeting, note.signature, note.signoff):
            if section and re.search(rf"\b{re.escape(words[0])}\b", note.slice(section)):
                return False
        # "showing me round the Hexham practice ... join the team at Hexham": a branch's town
        name = r"\s+".join(map(re.escape, words))
        if re.search(rf"\bthe\s+{name}\s+{_BRANCH}\b", text):
            return False
        # "Subject: Store Manager (Leeds Kirkstall)": the place written after the role's title
        role = note.context.role
        if role and re.search(
            rf"\b(?i:{re.escape(role)})\s*(?:\(|[,–—-]\s*)(?:[A-Z][\w'’-]*\s+){{0,2}}{name}\b", text
        ):
            return False
    return not _belongs(note, candidate)


# A body named by a common word and a place's initials: "Infrastructure NSW" (round 219), not
# "Sales EMEA" nor "Engineering HQ".
_BODY = re.compile(
    r"(?i:infrastructure|engineering|design|research|data|security|growth|people|finance)"
    r" (?!(?:HQ|IT|HR|UX|UI|QA|AI|ML|EMEA|APAC|LATAM|ANZ|NA|EU|UK|US|USA)\b)[A-Z]{2,4}"
)
# Nouns that make the name before them a place where the company works.
_BRANCH = r"(?:practice|branch|site|store|depot|plant|clinic|location|ward|surgery|yard|warehouse)"
# Sites named in the note as sites: "the Klipspruit works", "the Dunmore reservoir".
_WORKS = r"(?:works|mine|shaft|reservoir|terminal|facility|hub|wharf|quarry|mill|refinery|smelter|substation)"
# The places and businesses a company has: "all of its hospitals, St. Brigid's included".
_UNITS = (
    r"(?:hospitals|sites|stores|shops|clinics|schools|brands|branches|plants|practices|campuses"
    r"|locations|hotels|restaurants|subsidiaries|businesses|companies|divisions|depots|warehouses)"
)


def _belongs(note: Note, candidate: Candidate) -> bool:
    """Whether the context or the note ties the name, or its first word, to the company (a
    product, a brand or a team): "Zara Gran Vía" when the note has "the Inditex brands ...
    from Zara" (round 271)."""
    words = [w for w in candidate.words if w.casefold() not in _SUFFIXES]
    first = words[0].casefold() if words else ""
    if (
        len(words) > 1
        and len(first) >= 3
        and first not in GENERIC  # not "University" of "University of Kent"
        and first not in _NOT_ORGS
        # (elsewhere in the note: "the Mayo Clinic" is not "the Mayo clinic", a branch)
        and _tied(note, words[:1], _blank(note.text, candidate.start, candidate.end))
    ):
        return True
    return _tied(note, words, note.text)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _tied(note: Note, words: list[str], text: str) -> bool:
    """Whether the context or ``text`` (the note's) ties the name of ``words`` to the company."""
    context = note.context
    name = " ".join(words)
    mine = re.compile(rf"\b{re.escape(fold(name))}\b")
    known = " ".join([context.notes, context.role or "", *context.topics])
    if mine.search(fold(known)):
        return True
    core = fold(_core_name(context.company or "")).split()
    company = re.escape(" ".join(core))
    if len(core) > 1 and len(core[0]) >= 4:
        company = rf"(?:{company}|{re.escape(core[0])})"  # "the Pinecrest revenue team"
    folded = fold(text)
    name_re = re.escape(fold(name))
    acronym = _initials(name)
    if acronym and acronym == _initials_of(context.company or ""):
        return True  # "RBC" for Royal Bank of Canada
    link = (
        rf"\b{company}(?:'s)?\s+(?:\w+\s+)?{name_re}\b"
        rf"|\b{company}\s*\(\s*{name_re}\s*\)"  # "Royal Bank of Canada (RBC)"
        rf"|\b{name_re}[\s,(–—-]{{0,3}}"
        # "join Alder Hospitality as part of the Pinecrest revenue team"
        rf"(?:(?:an?|the|as|by|at|from|of|within|inside|part\s+of)\s+){{0,3}}{company}\b"
        # "Meridian moved all of its hospitals, St. Brigid's included, to ...": one of its own
        rf"|\b{company}\b[^.!?]{{0,60}}?\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_UNITS}\b"
        rf"[^.!?]{{0,30}}?\b{name_re}\b"
        # "the Inditex brands in Madrid, from Zara, the group's largest" (round 271; not "the
        # Acme stores, unlike Globex")
        rf"|\b{company}(?:'s)?\s+(?:[\w-]+\s+)?{_UNITS}\b"
        rf"(?:(?!\b(?:unlike|than|versus|vs|against|compete|competes|competitors?|rivals?)\b)[^.!?]){{0,40}}?"
        rf"\b{name_re}\b"
        # "join Pennine Vets ... a trial shift at either Skipton or Settle": its places (round 214)
        rf"|\b{company}\b[^.!?]{{0,80}}?\b(?:at|in)\s+(?:either\s+)?"
        rf"(?:{name_re}\s+(?:or|and)\s+[\w-]+\b(?!\s+(?:ltd|limited|group|inc|llc|plc)\b)|[\w-]+\s+(?:or|and)\s+{name_re}\b)"
        # "coagulant dosing at the Klipspruit works" elsewhere in the note: "the shift team at
        # Klipspruit" is a site of theirs (round 228)
        rf"|\bthe\s+{name_re}\s+(?:{_BRANCH}|{_WORKS})\b"
    )
    return bool(re.search(link, folded))


def _initials(name: str) -> str:
    """An acronym as written ("RBC"), or "" for a name that is not one."""
    return name if 2 <= len(name) <= 6 and name.isalpha() and name.isupper() else ""


_SMALL = frozenset(["of", "and", "the", "for", "de", "du"])


def _initials_of(company: str) -> str:
    """The initials of a company's name of two words or more, small words and suffixes left
    out ("RBC" for Royal Bank of Canada), or ""."""
    words = [w for w in _WORD.findall(company) if w.lower() not in _SMALL and w != "&"]
    words = [w for w in words if w.casefold().rstrip(".") not in _SUFFIXES] or words
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _core_name(company: str) -> str:
    words = _WORD.findall(company)
    core = _core(words)
    return " ".join(core) if core else company
