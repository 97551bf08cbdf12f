"""Word lists shared by the rules that judge whether wording is specific or stock."""

from __future__ import annotations

import re
from collections.abc import Set

STOPWORDS = frozenset(
    """a about above across after again all also am an and any are around as at be because been
    before being both but by can could did do does doing during each either few for from further
    had has have having he her here hers herself him himself his how i i'd i'll i'm i've if in
    into is it it's its itself just me might more most much must my myself no nor not now of off
    on once only or other our ours ourselves out over own same she should so some such than that
    that's the their theirs them themselves then there these they this those through to too
    under until up upon us very was we we'd we're we've were what when where which while who
    whom why will with would you you'd you're you've your yours yourself yourselves 's let let's
    get getting got really truly especially particularly definitely certainly quite still even
    ever well regarding concerning yes please ok okay among amongst they'd they'll they're
    they've he'd she'd he'll she'll we'll you'll""".split()
)

# Words that say nothing specific about an interview: the job, the employer,
# the meeting itself, courtesy, generic evaluation, and the vocabulary of praise for
# an employer's values, people and ways of working ("the branch's commitment to
# collaborative ways of working", "what a typical day looks like").
GENERIC = frozenset(
    """time times today yesterday tonight tomorrow morning afternoon evening week weeks day days
    brand brands branding
    month last earlier recently monday tuesday wednesday thursday friday saturday sunday busy
    schedule valuable precious generous kind kindness patience hospitality great good wonderful
    lovely nice pleasant productive informative insightful enjoyable engaging interesting
    fantastic excellent warm helpful thoughtful amazing awesome fun positive fruitful
    encouraging delightful inspiring exciting excited brief quick meet meeting meetings met
    speak speaking spoke talk talking talked chat chatting chatted interview interviews
    interviewing interviewed interviewer interviewers conversation conversations discussion
    discussions discuss discussing discussed call calls phone video zoom teams virtual virtually
    person in-person onsite on-site visit screen screening opportunity opportunities chance
    privilege pleasure honor honour invitation consider considering considered consideration
    candidacy application applicant candidate position positions role roles job jobs opening
    post vacancy internship career careers company company's companies organization organisation
    organization's organisation's firm team team's department group office agency business
    corporation employer school district hospital clinic practice store restaurant hotel bank
    culture values mission vision goals goal responsibilities duties expectations requirements
    qualifications experience experiences skills skill background strengths abilities work
    working environment everything anything something things thing stuff lot lots more learn
    learning learned tell telling told share sharing shared information details detail answer
    answering answered questions question process hiring recruitment selection sit sitting down
    know knowing see seeing saw seen have having host hosting invite inviting allow allowing
    giving give gave take taking took taken spend spending spent make making made set setting
    aside carve carving find finding explain explaining explained provide providing insight
    insights perspective perspectives overview overall future growth success successful industry
    field day-to-day daily next steps step look looking forward hear hearing hope hoping soon
    role's position's fit join joining contribute contributing part member members thank thanks
    thankful grateful appreciate appreciated appreciation gratitude enjoyed enjoy glad happy
    pleased interested interest became become becoming confident specific topic topics insert
    possibility prospect credentials courtesy extended extend back email emails provides
    provided offer offers offered does doing done stood stand stands certain sure belong
    convinced attend attending attended esteemed wanted want add note drew draw apply applied
    applying given committee committees panel panels understanding clear clearer better picture
    sense wider broader confirmed confirm confirms first place require requires required further
    views exchange exchanging exchanged stimulating positioned
    reference references documentation documents notice hesitate contact demonstrate
    lol lmao haha hahaha tbh imo btw inside decide deciding guys recognise recognize believe
    demonstrated demonstrates competencies competency competence someone somebody anyone people
    center centre facility location headquarters campus passion passionate professionalism
    warmth knowledge knowledgeable impressed impressive convey conveyed connection enthusiasm
    enthusiastic dedication commitment expertise committed excellence integrity innovation
    innovative exceptional outstanding professional professionals customer-centric
    client-centric patient-centered patient-centred person-centred person-centered collaborative
    collaboration supportive dynamic fast-paced cutting-edge forward-thinking industry-leading
    world-class best-in-class reputation dedicated resonate resonates resonated ethos philosophy
    principles holistic compassionate compassion empathy inclusive inclusion diversity
    high-quality values-driven mission-driven proud trade crew start unit care works together
    strong feeling energised energized motivated inspired timeline timelines timeframe timescale
    timescales update updates decision outcome came come comes coming away think thinks thinking
    understand understood way try tries trying put puts client clients customer customers
    approach approaches quality commitments evidence-based ways typical involves involve
    involved operate operates operations operation expect expects expected priorities priority
    qualities seeking sought value valued valuing purpose ownership improvement continuous
    difference serve serves serving support supports supporting proper idea ideas plans planned
    standards challenges challenge pupils pupil children families family tenants residents
    communities community patients guests staff colleagues everyone whole caring smart exactly
    strongly clearly every like looks focus focused focuses developing develop management
    manager managers leadership branch council ministry authority trust charity help helping
    grow growing project projects spirit drives driven timely calibre caliber sustainable
    assembled feel feels felt seem seems seemed friendly calm matter matters well-run decent
    outfit lads vibe atmosphere relaxed strategy strategies strategic direction directions
    breadth area areas emphasis relationship relationships collegiate collegial collective
    governance function functions framework frameworks reflect reflects reflected compelling
    encountered undertakes undertake chimed simply genuinely broadly merely rather deeply highly
    greatly hugely incredibly fully entirely completely obviously naturally personally generally
    largely mostly increasingly equally absolutely totally honestly actually basically doubts
    performance reconsider light familiar territory service services closely answers available
    availability beginning referee referees contacted headed heading ahead initiatives region
    important impactful measurable outcomes partnership partnerships dignity defines stimulating
    reinforced reinforce reinforces reinforcing problems judgement judgment university universities
    college institution institutions deeper peers year left right welcome welcomed welcoming
    received receive interdisciplinary multidisciplinary cross-functional align aligns aligned
    alignment genuine highlight highlights far inspiration little since goes quickly hour hours
    follow briefly went alright enough kind best telephonic telephonically telephone behind
    scenes
    reckon reckons reckoned guess boys short say directly others experienced convenience
    moment moments life""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:-?\d+[A-Za-z\d]*)?")  # "F-150", "A320": one word


def content_words(text: str) -> list[str]:
    """Words of ``text`` that are neither stopwords nor generic interview vocabulary."""
    words = []
    matches = list(_WORD.finditer(text))
    found = [m.group() for m in matches]
    for i, raw in enumerate(found):
        word = raw.lower().replace("’", "'")
        # (a plural's possessive too: round 242's "residents' data")
        base = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s'") else word
        # "that panel swap": an electrical panel, not the interview panel
        panel = base in _PANEL and i + 1 < len(found) and found[i + 1].lower() in _PANEL_WORK
        # "the Brampton DC", "the TB clinic": a two-letter acronym names a thing (but not "HR")
        acronym = (
            len(raw) == 2
            and raw.isupper()
            and raw.isalpha()
            and raw not in _COMMON_ACRONYMS
            and text[matches[i].end() : matches[i].end() + 1] not in _JOINERS  # not "DE&S"
            and text[max(0, matches[i].start() - 1) : matches[i].start()] not in _JOINERS
        )
        if (
            (len(base) < 3 and not acronym)
            or base in STOPWORDS
            or base in GENERIC
            or word in GENERIC
        ) and not panel:
            continue
        words.append(raw)
    return words


_JOINERS = frozenset("&/-.'’")
# Two-letter acronyms that name nothing in particular ("US", "IT", "OK" and "AM" are already
# stopwords or generic words).
_COMMON_ACRONYMS = frozenset("HR UK PM TV CV ID PS PA EU UN NY LA HQ MD CC BA BS MS".split())


_PANEL = frozenset(["panel", "panels"])
_PANEL_WORK = frozenset(
    """swap swaps upgrade upgrades replacement replacements changeout changeouts install
    installs installation wiring breaker breakers board boards fault faults""".split()
)


# A street names a work site ("the Harlow Street job"), never the job or the employer.
_STREET = r"(?i:street|st|road|rd|avenue|ave|lane|drive|close|crescent|square|terrace|boulevard)"
_STREET_END = re.compile(rf"\b{_STREET}\.?$")
# "the Senior Data Analyst position", "this internship": the job itself, not a topic.
_TITLE_CHUNK = re.compile(
    # "the position of senior accountant", "my post as a staff nurse": the title after it
    r"\b(?:(?:the|this|your|an?|our|my)\s+)?(?:position|role|post|job|vacancy|opening)\s+(?:of|as\s+an?)\s+"
    r"(?:[\w&/'’-]+\s+){0,5}?[\w&/'’-]+(?=\s*(?:[.,;:!?]|$)|\s+(?:at|with|in|on|for|here|there)\b)|"
    r"\b(?:the|this|your|an?|our|my)\s+(?:(?!(?:the|a|an|this|your|our|my)\b|" + _STREET + r"\b)"
    r"[\w&/'’-]+,?\s+){0,4}?"  # "the Associate Director, Clinical Operations role"
    # "the Millbrook job site" is a place, not the job
    # ("the new paediatric ward opening in May" is an event, not a vacancy)
    # ("the new Sunday opening", "the store opening": an event, not a vacancy)
    # ("the Ajah culvert job we discussed" is a project talked about, not the vacancy)
    r"(?:position|role|job(?![\s-]+sites?\b)(?!\s+(?:we|you)\s+(?:discussed|talked|spoke|looked|went))"
    r"|(?<!day\s)(?<!grand\s)(?<!store\s)(?<!shop\s)"
    r"opening(?!\s+(?:in|this|next|on|early|later)\s+(?:the\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|month|year|week"
    r"|quarter|new\s+year)\w*\b)"
    r"|internship|post|vacancy|opportunity|fellowship|residency"
    r"|apprenticeship|assistantship|placement"
    # "the graduate programme" is the job; "the antimicrobial stewardship program" or "the
    # laser therapy program you are starting" is something they do.
    r"|(?:(?<=graduate\s)|(?<=trainee\s)|(?<=training\s)|(?<=internship\s)|(?<=apprenticeship\s)"
    r"|(?<=residency\s)|(?<=fellowship\s)|(?<=rotational\s)|(?<=leadership\s)|(?<=development\s)"
    r"|(?<=management\s)|(?<=summer\s)|(?<=careers\s)|(?<=analyst\s)|(?<=associate\s)|(?<=graduates\s)"
    r"|(?<=internships\s)|(?<=the\s)|(?<=this\s)|(?<=your\s))"
    r"program(?:me)?(?!\s+(?:that\s+|which\s+)?(?:you|we|your\s+team|they|y['’]all)"
    r"(?:\s+(?:are|were|have|had|just|recently)|['’]re|['’]ve)*\s+(?:start|launch|build|pilot"
    r"|plan|roll|develop|expand|set|run|introduc|trial|test|built|ran)\w*))\b"
    # "for the apprentice electrician spot": informal words for the job, after "for".
    r"|\b(?:for|about|regarding|on)\s+(?:the|this|your|an?)\s+(?:[\w&/'’-]+\s+){0,3}?(?:spot|gig|slot"
    r"|seat)\b",
    re.IGNORECASE,
)
# "at Acme Corp", "with Harborline": the employer's name.
_NAME_AFTER = re.compile(
    r"\b(?:at|with|for|join|joining|of|about|from|in|how"
    # (round 251: "the hotel is moving to Opera Cloud in June": a system, not an employer)
    r"|(?<!\bis\smoving\s)(?<!\bare\smoving\s)(?<!['’]s\smoving\s)(?<!\bmigrating\s)(?<!\bmigration\s)"
    r"(?<!\bswitching\s)(?<!\bupgrading\s)(?<!\bupgrade\s)to)\s+(?:the\s+)?"
    # (whole words: not the "of" of "the Lisbon office")
    r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)(?!\w))*"
)
# "on the Merchant Tools team", "in the county planning office", "in the international
# tax team.": a named team or office is part of the employer.
_TEAM_NAME = re.compile(
    r"\b(?:on|in|at|with|for|to|join|joining)\s+(?:the\s+|your\s+)?(?:(?:[A-Z][\w&'’.-]*\s+){1,3}"
    r"(?:team|department|group|unit|division|squad|desk)|(?:[\w-]+\s+){1,3}(?:office|department"
    r"|branch|division)|(?:[a-z-]+\s+){1,2}team(?=\s*[.,;!?]))\b"
)
# "what you're looking for in a line cook": the job's description, not a topic.
_WANTED = re.compile(
    r"\bwhat\s+(?:you|you['’]re|you\s+are|the\s+team\s+is|they['’]re|they\s+are)"
    r"\s+looking\s+for"
    r"(?:\s+in\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}[\w-]+)?",
    re.IGNORECASE,
)
# "its mission to provide safe, affordable homes", "the organisation's deep commitment to
# patient-centred care": what an employer says it stands for, not a topic of the talk.
_MISSION = re.compile(
    # (not "the firm honoured its commitment to keep every apprentice on": a thing it did)
    r"(?<!\bhonoured\s)(?<!\bhonored\s)(?<!\bkept\s)"
    r"\b(?:its|the|your|their|our|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mission|commitment|dedication|passion|values|purpose|ethos)"
    r"\s+(?:to|of|for|around|towards|on)\b[^.;:!?]*"
    # "its focus on shipping carefully", "your emphasis on dignity" (the employer's; not
    # "your focus on the returns backlog" or round 227's "the panel's focus on fatigue
    # management": a topic the interviewers raised)
    r"|\b(?:its|their|(?!(?:panel|committee|board|interviewers?)['’])[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:focus|emphasis)\s+on\b[^.;:!?]*"
    r"|\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?emphasis\s+on\b[^.;:!?]*"
    # "Northwind's engineering culture": the employer's way of working
    r"|\b[\w-]+['’]s\s+(?:[\w-]+\s+)?culture\b"
    # Round 183: "Brightline's mission and of the role the engineering organisation plays in it"
    r"|\b(?:its|the|your|their|our|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:mission|values|purpose|ethos|vision"
    # (the job's words are gone by now: "the role" of "of the role ... plays")
    r"|culture|strategy)\s+and\s+(?:of\s+)?[^.;:!?]{0,80}?\bplays?\s+in\b"
    r"[^.;:!?]*",
    re.IGNORECASE,
)
_MISSION_WORDS = (
    "mission commitment dedication passion values purpose ethos focus emphasis culture vision"
    " strategy".split()
)
_TEAM_WORDS = tuple(
    " " + word for word in "team department group unit division squad desk office branch".split()
)
# Unfilled template fields: "[specific topic]", "(insert job)", "{company}", "____".
_FIELD = re.compile(
    r"\[[^\]\n]*\]|\([^)\n]*\)|\{[^}\n]*\}|<[^>\n]*>|_{3,}|\bX{2,}\b|\*{3,}|%[A-Za-z_ ]{2,30}%"
)


_FIELD_MARKS = ("[", "(", "{", "<", "___", "XX", "***", "%")
_JOB_WORDS = (
    "position role job opening internship post vacancy opportunit program fellowship"
    " residency apprenticeship assistantship placement spot gig slot seat"
).split()


def starts_with_field(text: str) -> bool:
    """Whether ``text`` begins (after spaces) with an unfilled template field ("[topic]")."""
    text = text.lstrip()
    return text.startswith(_FIELD_MARKS) and _FIELD.match(text) is not None


def specific_words(text: str) -> list[str]:
    """Content words of ``text`` once the job title, employer name and blank fields are removed."""
    # Each pattern runs only if the text has something it needs (far cheaper than a scan).
    if any(mark in text for mark in _FIELD_MARKS):
        text = _FIELD.sub(" ", text)
    lower = text.lower()
    if any(word in lower for word in _JOB_WORDS):
        text = _TITLE_CHUNK.sub(" ", text)
    if any(word in text for word in _TEAM_WORDS):
        text = _TEAM_NAME.sub(" ", text)
    if "looking for" in lower:
        text = _WANTED.sub(" ", text)
    if any(word in lower for word in _MISSION_WORDS):
        text = _MISSION.sub(" ", text)
    if " from " in text:  # "the move from MYOB to Xero": systems, not employers
        text = _SWITCH.sub(r"\1 \2 \3", text)
    return content_words(_NAME_AFTER.sub(_drop_name, text))


# A change from one named thing to another is a topic ("the migration from SAP to Oracle"):
# neither name is the employer's, so the prepositions that would mark them as one go.
_SWITCH = re.compile(
    r"\b(move|migration|migrating|switch|switching|transition|conversion|cutover|cut-over|upgrade"
    r"|port|porting)\s+from\s+((?:the\s+)?[A-Z][\w&'’.-]*)\s+to\s+((?:the\s+)?[A-Z][\w&'’.-]*)"
)


def named_stems(text: str, employer: str) -> set[str]:
    """Stems of the names :func:`specific_words` drops as a possible employer ("the
    storyboards for the Qantas spot"), when the employer is known not to be them."""
    own = {stem(word) for word in content_words(employer)}
    found: set[str] = set()
    for match in _NAME_AFTER.finditer(text):
        found.update(stem(word) for word in content_words(match.group(0)))
    return found - own


def _drop_name(match: re.Match[str]) -> str:
    text = match.group(0)
    if _STREET_END.search(text) or _HOLIDAY.search(text):
        return text
    names = [name.strip(".,;:") for name in text.split()[1:]]
    if len([n for n in names if len(n) >= 2 and n.isupper() and n.isalpha()]) >= 2:
        return text  # "experience with JRC ECDIS": a make and a system, not an employer
    before = match.string[max(0, match.start() - 11) : match.start()]
    if text[:5].lower() == "with " and before.lower() == "experience ":
        return text  # round 233: "my experience with NIV and BiPAP": what the writer worked with
    if text[:5].lower() == "about":
        # "our talk about the Riverbend Brewing rebrand": the name qualifies a topic whose
        # head is specific, so the name counts as one word (not "the Northwind engineering
        # culture", whose head is not)
        after = _WORDS_AFTER.match(match.string, match.end())
        words = after.group(0).split() if after else []
        if words and STOPWORDS.isdisjoint(words) and content_words(words[-1]):
            return " " + text.split()[-1] + " "
    # "the audit schedule for the Pune region": a place the employer works in, not the employer
    if _PLACE_UNIT.match(match.string, match.end()):
        return " " + text.split()[-1] + " "
    return " "


# (Not "site", "campus" or "plant": the interview may have been held there.)
_PLACE_UNIT = re.compile(
    r"\s+(?:region|regions|market|markets|route|routes|territory|corridor|catchment|district|province"
    r"|state|county|cluster|circle|zone"
    # "the Jeddah fit-out project": a project named by its place
    r"|(?:[a-z][\w-]*\s+){0,2}?(?:project|projects|scheme|fit-out|refurb|refurbishment|build|rollout))\b"
)


# Up to three lower-case words after a name, to a clause's end: the phrase it qualifies.
_WORDS_AFTER = re.compile(
    # (up to a stop, a dash or an emoji: "about the Lisbon office move 😄")
    r"(?:\s+[a-z][\w-]*){1,3}?(?=\s*(?:[^\w\s'’-]|$)|\s+(?:and|but|with|that|which|you|we|i|was|is"
    r"|were|are|for|of|in|on|at|from|to)\b)"
)


# A season's event is not an employer: "hearing about the Christmas pop-up".
_HOLIDAY = re.compile(
    r"\b(?:Christmas|Xmas|Easter|Diwali|Eid|Hanukkah|Thanksgiving|Halloween|Ramadan|Lunar|Carnival"
    r"|Hogmanay|Valentine['’]?s|Black\s+Friday|Boxing\s+Day|Mother['’]?s\s+Day|Father['’]?s\s+Day)$"
)


_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ate",
    "ments",
    "ment",
    "ings",
    "ing",
    "ions",
    "ion",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "s",
    "ly",
)


def stem(word: str) -> str:
    """A crude stem, enough to meet "automating eliminations" with "automation of eliminations"."""
    word = word.lower().replace("’", "'").removesuffix("'s").strip("'")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    word = word[:-1] if word.endswith("e") and len(word) > 4 else word
    # British and American spellings meet: "licences" and "licensing", "defence" and "defense"
    return word[:-1] + "s" if word.endswith("enc") else word


def specific_stems(text: str) -> set[str]:
    """Stems of the specific words of ``text`` (see :func:`specific_words`)."""
    return {stem(w) for w in specific_words(text)}


# Words that name the same interview topic in everyday English: a note that says "staff
# turnover" or "who will hand in their notice" picks up the topic "employee attrition".
_SAME_TOPIC = (
    "attrition turnover churn leavers retention notice resignations quitting",
    "survey surveys questionnaire questionnaires poll",
    "onboarding induction orientation",
    "rota rotas roster rosters rostering scheduling timetable",
    "backlog backlogs queue queues",
    "handover handovers handoff handoffs",
    "outage outages incident incidents downtime",
    "inventory stock stocktake stockroom",
    "forecast forecasts forecasting projections",
    "complaint complaints grievance grievances",
    "recruitment recruiting hiring",
    "budget budgets spend spending",
    "growth grow growing grows grew",
    "cost costs price prices pricing charge charges fee fees",
)
_CANONICAL = {stem(word): f"={group.split()[0]}" for group in _SAME_TOPIC for word in group.split()}


def topic_stems(stems: Set[str], text: str = "") -> set[str]:
    """``stems`` with each word of a topic group replaced by the group's name (see
    _SAME_TOPIC), so two wordings of one topic meet; with ``text``, also the groups
    of its other words ("notice" is no specific word, but it names attrition)."""
    found = {_CANONICAL.get(s, s) for s in stems}
    for word in _WORD.findall(text):
        group = _CANONICAL.get(stem(word))
        if group:
            found.add(group)
    return found
