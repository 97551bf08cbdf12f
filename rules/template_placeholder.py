"""Unfilled template field left in the note.

*Why*: a leftover ``[Interviewer Name]`` or ``{company}`` shows at a glance
that the note is a mail-merge, and it is the mistake readers remember.
Checked everywhere, subject and signature included.

Recognised: square-bracket fields naming a thing to fill in (``[Job Title]``,
``[insert something you discussed]``), brace fields (``{company}``,
``{{first_name}}``), angle-bracket fields (``<Position>``), other tools' merge
tokens (``%COMPANY%``, ``$ROLE``, Mailchimp's ``*|FNAME|*``, a word processor's
``«Job_Title»``), numbered fields left from another draft (``INTERVIEWER_2``),
``XXX`` (and ``XX`` beside a month: "start on XX January"), a count in brackets ("[X]
years"), an editor's "TK" where a link should be ("see it here: TK"), "TBD" where a topic or
name should be ("what you said about TBD", "Dear TBD,"), ``___`` blanks, asterisks where a word should be ("our discussion about
***"), instructions left in ("Insert date", "Insert specific detail here") and
title-case stand-ins such as "Company Name" or "Job Title".
Not flagged: Markdown links (``[text](url)``), citations (``[1]``), ticket numbers
(``[PAY-2291]``), tags with a number (``[P1]``, ``[Q3]``), mail labels
(``[Follow-up]``, ``[External]``), labels that head two or more lines of
filled-in text, wherever the note names them (a bug report's ``[Steps]`` and
``[Expected]``; never a field word such as ``[Company]``), a field the next word names as code
("Airflow's ``{{ ds }}`` macro"), words in « »
quotation marks, a real code named as one ("currency code XXX"), naming
conventions built from braces or angle brackets (``{team}-{service}-{env}``,
``<date>_<site>.csv``), a field the next word names as a key or column ("the
``{customer_id}`` key"), names used in a
quoted line of code (``WHERE day = '{run_date}'``), anything inside a
Markdown code span or fenced code block, e-mail addresses and URLs in angle
brackets, HTML tags, a type's parameter (``std::list<int>``), one word in angle brackets that names no
field (an element or a component: ``<dialog>``, ``<Suspense>``), a ticket in
braces (``{PAY-4471}``) and a field inside a quoted line of text, as when the
note discusses a bug ('opened with a literal "Hi {{first_name}},"').

*Options*: none.

*Bad*: ``Dear [Interviewer Name],`` / ``excited to join {company}`` / ``the <Position> role``

*Good*: ``Dear Ms. Shah,`` / ``services are named {team}-{service}-{env}``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint import starts
from notelint.model import Problem, Severity
from notelint.note import Note, quoted
from notelint.rule import NoOptions, Rule

_FIELD_WORDS = re.compile(
    r"\b(?:name|names|company|companies|title|position|role|job|date|day|time|insert|your|"
    r"interviewer|interviewer's|organi[sz]ation|department|team|topic|subject|skill|skills|"
    r"specific|detail|details|phone|email|e-mail|address|number|city|industry|field|project|"
    r"manager|contact|mention|add|fill|here|employer|recruiter|hiring|person|first|last|"
    r"something|example|reason|quality|qualities|achievement|accomplishment|location|"
    r"signature|website|link|url|linkedin|discussed|discussion|point|goal|value|mission|"
    # round 240: "Dear Professor [Panel Chair surname],"
    r"surname|forename|firstname|lastname|salutation|recipient)\b",
    re.IGNORECASE,
)
_SQUARE = re.compile(r"\[([^\[\]\n]{2,80})\](?!\()")
_BRACES = re.compile(r"\{\{?\s*([A-Za-z_][\w .'’-]{0,40}?)\s*\}?\}")
_ANGLE = re.compile(r"<([A-Za-z][A-Za-z _,'’-]{1,40})>")  # (round 246: "<Month, Year>")
# A field typed in a hurry: "[Name}", "<Job Titel]" (brackets that do not pair), and a
# merge field that lost its closing brace ("Hi {first_name,").
_ANY_BRACKETS = re.compile(r"[\[{<]([A-Za-z][\w .'’-]{1,40}?)[\]}>]")
_PAIRS = {"[": "]", "{": "}", "<": ">"}
_UNCLOSED = re.compile(r"\{\{?\s*([A-Za-z]+_[A-Za-z_]+)\b(?![\w}]|\s*\})")
_HTML_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "body",
        "br",
        "center",
        "code",
        "div",
        "em",
        "font",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "hr",
        "html",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "tt",
        "u",
        "ul",
    ]
)
# Tags whose names are also fields' ("<Title>"): a tag only as HTML writes it, in lower case
# ("the same <title> and meta description"; round 202).
_HTML_LOWER = frozenset(
    "title meta header footer nav main section article button input form label script style"
    " link".split()
)
_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_AFTER_MONTH = "|".join(f"(?<={month}\\s)" for month in _MONTHS)
_XXX = re.compile(
    # not a masked number ("XXXX XXXX XXXX 1234", "XXX-XX-6789", "XXXX X1005"), whose last
    # digits are shown; "XX/XX/2026" is a date still to fill in
    r"(?<![\w-])(?:X{3,}(?![X /.-]*\d)|XX(?=[/.,-]XX)|xxx(?=\s*(?:company|corp|inc))"
    # "With XX years in warehouse operations": a count still to fill in
    r"|XX\+?(?=\s+(?:years?|yrs|months?|weeks?|people|staff|clients|customers|employees|projects"
    r"|sites|stores|beds|students|patients|percent)\b)"
    # round 194: "available to start on XX January", "on January XX": a day still to fill in
    rf"|XX(?=\s+{_MONTH}\b)|(?:{_AFTER_MONTH})XX"
    # round 260: "reduced alerts by XX%", "saved $XX a month": a figure still to fill in
    r"|XX(?=\s?%)|(?<=[$£€])XX)"
    r"(?:[/.,-]X{2,})*(?![\w-])"
)
# Round 252: "I have [X] years of experience": a one-letter count in brackets (not a ticked
# box, "- [x] done"), and an editor's "TK" ("to come") where a link should be: "see it here: TK."
_COUNT_FIELD = re.compile(
    r"\[(?:X|N|x|n|#|\?{1,3})\](?=\+?\s+(?:years?|yrs|months?|weeks?|people|staff|clients|customers"
    r"|employees|projects|sites|stores|students|patients|percent)\b)"
)
_TK = re.compile(r"\b(?:[Hh]ere|[Ll]ink|URL|url|[Ss]ee|[Aa]ttached)\s*:\s*(TK)(?![\w-])")
# "what you said about TBD", "Dear TBD,": a topic or name still to fill in (not "the start date
# is TBD", a real answer).
_TBD = re.compile(
    r"\b(?:about|regarding|discussing|re|[Dd]ear|[Hh]i|[Hh]ello|join|joining)\s+(TBD|TBC)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|team|role|position)\b)"
    # round 227: "very interested in the TBD position" (not "the TBD start date": a real answer)
    r"|\b(?:[Tt]he|[Yy]our|[Tt]his)\s+(TBD|TBC)(?=\s+(?:role|position|post|job|vacancy|opening)\b)"
)
_BLANK = re.compile(r"_{3,}")
# Asterisks standing where a word should ("our discussion about ***,"), not a rating or a break.
_STARS = re.compile(
    r"\b(?:about|on|of|at|for|to|with|the|your|dear|join|joining|in|re)\s+(\*{3,})(?![\w*])",
    re.IGNORECASE,
)
# A word processor's merge field: "the «Job_Title» position at «Employer_Name»".
_GUILLEMETS = re.compile(r"«\s*([A-Za-z][\w .'’-]{1,40}?)\s*»")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Mail-merge tokens of other tools: "%COMPANY%", "$ROLE", "${first_name}".
_MERGE = re.compile(r"%([A-Za-z][A-Za-z_ ]{1,30})%|\$\{?([A-Za-z][A-Za-z_]{2,30})\}?(?![\w])")
# Mailchimp's merge tags: "Hi *|FNAME|*,".
_MAILCHIMP = re.compile(r"\*\|[A-Z][A-Z0-9_:]{1,30}\|\*")
_STAND_IN = re.compile(
    r"\b(?:(?:Company|Organi[sz]ation|Employer|Interviewer(?:['’]s)?|Hiring\s+Manager(?:['’]s)?"
    r"|Manager(?:['’]s)?|Recipient(?:['’]s)?|Your|First|Last|Full|Contact|Candidate(?:['’]s)?"
    r"|Person(?:['’]s)?|Team|Department|School|Hospital|Firm)\s+Name"
    r"|Job\s+Title|Position\s+(?:Title|Name)|Role\s+Title|Your\s+(?:Phone|Email|Address)"
    # (not "Subject: Interview" above a "Date:" header, nor a filled-in "Interview Date: 12 May")
    r"(?:\s+Number)?|Date\s+of\s+(?:the\s+)?Interview|Interview\s+Date(?!\s*:))\b"
    # Mail-merge tokens left in capitals: "Hi FIRSTNAME,", "grow with INSERT COMPANY".
    # ("the POSITION TITLE role" with a space too)
    r"|\b(?:FIRST[_ ]?NAME|LAST[_ ]?NAME|FULL[_ ]?NAME|COMPANY[_ ]?NAME|JOB[_ ]?TITLE|POSITION[_ ]?TITLE"
    r"|HIRING_?MANAGER(?:_?NAME)?|INTERVIEWER_?NAME|RECIPIENT_?NAME|CANDIDATE_?NAME"
    # "Dear, NAME,", "Hi FNAME": a bare field in capitals where the greeting's name goes
    r"|(?:(?<=\bDear\s)|(?<=\bDear,\s)|(?<=\bHi\s)|(?<=\bHello\s)|(?<=\bHey\s))(?:NAME|FNAME|FIRSTNAME"
    r"|MANAGER)(?=\s*[,:!\n])"
    # "follow up with INTERVIEWER_2": a numbered field from another draft
    r"|(?:INTERVIEWER|RECRUITER|CONTACT|EMPLOYER|COMPANY|CANDIDATE|PANEL(?:L)?IST|RECIPIENT)_\d{1,2}"
    r"|\b(?:XYZ|ABC)\s+(?:Company|Corp(?:oration)?|Ltd|Inc|Organi[sz]ation|Firm|Bank|Hospital|School)\b"
    # ("INSERT INTO", "INSERT OVERWRITE" are SQL, not a field)
    # "so I could start on Insert date": an instruction left in
    r"|\bInsert\s+(?:the\s+|a\s+|an\s+)?(?:(?:specific|relevant|key|personal|short|brief|your|one)\s+)?(?:[Dd]ate|[Nn]ame|[Cc]ompany|[Rr]ole|[Pp]osition|[Tt]itle|[Jj]ob|[Tt]opic"
    r"|[Dd]etails?|[Hh]ere|[Ss]kills?|[Pp]roject)\b"
    r"|INSERT\s+(?:(?:COMPANY|HIRING|INTERVIEWER|RECRUITER|CONTACT|FIRST|LAST|FULL|JOB|ROLE|POSITION"
    r"|TEAM)(?:['’]S)?\s+){0,2}(?:NAME|COMPANY|ROLE|POSITION|TITLE|DATE|TOPIC|HERE|JOB|DETAILS?"
    r"|INTERVIEWER|MANAGER|TEAM|DEPARTMENT|SKILLS?|PROJECT))\b"
)
# Every _STAND_IN match holds one of these words (case as written).
_STAND_IN_KEYS = (
    "Name",
    "Title",
    "Phone",
    "Email",
    "Address",
    "Date",
    "NAME",
    "TITLE",
    "MANAGER",
    "_",
    "INSERT",
    "Insert",
    "XYZ",
    "ABC",
)
# "Dear Mr. ," : a title whose name was never filled in.
_NO_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]*(?=[,:])")
_PAREN_INSERT = re.compile(
    r"\((?:(?:insert|add|mention|name\s+of|fill\s+in|enter)\b[^()\n]{0,80}"
    # "Dear (Interviewer's name),", "(company name)"
    r"|(?:the\s+)?(?:interviewer|hiring\s+manager|recruiter|company|employer|manager|recipient|contact"
    r"|candidate|organi[sz]ation|job|position)(?:['’]s)?\s+(?:name|title))\)"
    r"(?!\s+(?:field|column|box|tab|entry)\b)",  # a real form's field, named
    re.IGNORECASE,
)


_CODE_SPAN = re.compile(r"`[^`\n]+`")
# A fenced code block (round 259: "# [TODO] add jitter" inside a ```python block), to its
# closing fence or to the end of the note.
_FENCED = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
# A stand-in that names a real field: 'the "Company Name" field is free text'.
_FIELD_NAMED = re.compile(r"[\"”’']?\s+(?:field|column|box|attribute|property)s?\b", re.IGNORECASE)
_SMALL_WORDS = frozenset("of the and for to in at on or".split())


_EDITORIAL = frozenset("redacted removed censored omitted inaudible laughs laughter".split())
# Labels a writer puts at the head of a subject line, not fields to fill in.
_MAIL_TAGS = frozenset(
    [
        "follow-up",
        "follow up",
        "followup",
        "external",
        "ext",
        "urgent",
        "fyi",
        "update",
        "reply",
        "action required",
        "important",
        "info",
    ]
)
# More words that name a field to fill in, in square brackets only ("[relevant experience]",
# "[specific challenge or priority they mentioned]"), and not where the brackets clarify a
# quotation ("it [the staffing challenge] is the hard part"): such an insertion opens with an
# article or a pronoun.
_SQUARE_FIELD_WORDS = re.compile(
    r"\b(?:experience|experiences|relevant|challenge|challenges|priority|priorities|background"
    r"|strength|strengths|qualification|qualifications|achievements|accomplishments|example)\b",
    re.IGNORECASE,
)
_CLARIFYING = re.compile(
    r"(?:the|a|an|this|that|these|those|it|he|she|they|we|his|her|their|its|our)\b", re.IGNORECASE
)
# A chemical formula in brackets, a chemist's "concentration of": "[NaCl]", "[KCl]", "[H+]"
# (two element symbols, one with a small letter, or a charge; not "[HR]").
_CONCENTRATION = re.compile(
    r"(?=[^a-z]*[a-z])(?:[A-Z][a-z]?){2,4}|(?:[A-Z][a-z]?){1,3}[+-]|(?:[A-Z][a-z]?){1,3}\d[+-]"
)
# A ticket or reference number in brackets: "[PAY-2291]", "[JIRA-104]", "[INC0012345]".
_TICKET = re.compile(r"[A-Z][A-Z0-9]*-?\d{2,}")


def _square(content: str) -> bool:
    words = content.split()
    if not words or content.strip().isdigit() or content.lower() in ("sic", "x", " ", "...", "…"):
        return False
    if content.strip().lower() in _EDITORIAL:
        return False  # "[REDACTED]", "[CENSORED]": an editor's mark in what is quoted
    if _TICKET.fullmatch(content.strip()):
        return False
    if content.strip().lower() in _MAIL_TAGS:
        return False  # "Subject: [Follow-up] Schema registry question": a mail label
    if _CONCENTRATION.fullmatch(content.strip()):
        return False  # "[NaCl] 150 mM", "[H+]": a chemist's concentration (round 223)
    # "[P1]", "[Q3]", "[SEV2]": a priority, a quarter or a tag with a number, not a field.
    if any(c.isdigit() for c in content) and not _FIELD_WORDS.search(content):
        return False
    if _FIELD_WORDS.search(content) or (content.isupper() and len(content) > 2):
        return True
    if _SQUARE_FIELD_WORDS.search(content) and not _CLARIFYING.match(content.strip()):
        return True
    # "[Acme Corp]", "[Ms. Lee]", "[Chair of Selection Committee]": every word capitalised
    # but the small words of a title.
    named = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(words) <= 5 and bool(named) and all(w[:1].isupper() for w in named)


# A label that opens a line of filled-in text: "[Steps] Climb the east ladder ...".
_LABEL_LINE = re.compile(r"[ \t]*\S+(?:[ \t]+\S+)+")


def _labels(text: str, squares: list[re.Match[str]]) -> frozenset[str]:
    """Bracketed words that head two or more lines of filled-in text (a bug report's
    "[Steps]" and "[Expected]"): labels, wherever the note names them, not fields.
    A field word ("[Company] is a leader in ...") is never a label."""
    found = {
        m.group(1)
        for m in squares
        if (m.start() == 0 or text[m.start() - 1] == "\n")
        and not _FIELD_WORDS.search(m.group(1))
        and _LABEL_LINE.match(text, m.end())
    }
    return frozenset(found) if len(found) >= 2 else frozenset()


# Fields the note talks about: "the letter template uses fields like {client}, {voucher_no}
# and {slot}" (each after the first follows the one before in a list).
_MENTION = re.compile(
    r"\b(?:fields?|placeholders?|variables?|tokens?|merge\s+tags?|tags?|keys?)"
    r"(?:\s+(?:like|such\s+as|called|named|including|e\.g\.,?))?\s*$"
    r"|\}(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$",
    re.IGNORECASE,
)


# "Airflow's {{ ds }} macro": a field the note names as code, by what follows it.
_MENTION_AFTER = re.compile(
    r"\s+(?:macro|variable|filter|placeholder|token|expression|syntax|template\s+variable"
    # "the {customer_id} key in the join"
    r"|key|column|parameter|param|argument|attribute|property)s?\b",
    re.IGNORECASE,
)


# What a bracketed name is, said after it (round 227): "the [Shop Now] button", "the [CLIENT] and
# [PROPERTY] merge codes" (a button's label, the codes a note is about, not fields left blank).
_NAMED_AS = re.compile(
    r"(?:\s*(?:,|\band\b|\bor\b|&)\s*\[[^\]\n]*\])*\s+(?:(?:mail[\s-]?)?merge\s+)?(?:buttons?|links?"
    r"|tabs?|menus?|CTAs?|codes|fields|tags|placeholders|labels)\b",
    re.IGNORECASE,
)


def _mentioned(text: str, match: re.Match[str]) -> bool:
    return bool(
        _MENTION.search(text, max(0, match.start() - 40), match.start())
        or _MENTION_AFTER.match(text, match.end())
    )


# A paragraph about code that formats text: "the sentence needed {item_count} before
# {user_name} ... never splitting a placeholder across two strings".
_TECH_TALK = re.compile(
    r"\b(?:variables?|placeholders?|strings?|interpolat\w+|format\s+specifiers?)\b", re.IGNORECASE
)
# The fields of a mail merge, leftovers whatever the paragraph says.
_MERGE_NAMES = re.compile(
    r"(?:(?:interviewer|hiring_manager|recruiter|contact|first|last|full|company|job|"
    r"position|role|team|your)_?)?(?:name|company|interviewer|position|role|title|date|team)",
    re.IGNORECASE,
)


def _discussed(text: str, match: re.Match[str]) -> bool:
    """A field named in a paragraph about variables or strings, not a mail-merge name."""
    if _MERGE_NAMES.fullmatch(match.group(1).strip()):
        return False
    start = text.rfind("\n\n", 0, match.start()) + 1
    end = text.find("\n\n", match.end())
    return bool(_TECH_TALK.search(text, start, len(text) if end < 0 else end))


def _styled_name(text: str, match: re.Match[str]) -> bool:
    """A bracket inside a word, as in a styled name ("the [Un]Boxed campaign",
    "Re[Think]"): one word with no field word in it, glued to the letters around."""
    content = match.group(1)
    if " " in content or _FIELD_WORDS.search(content):
        return False
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return before.isalpha() or after.isalpha()


def _braces(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() > 0 else " "
    after = text[match.end()] if match.end() < len(text) else " "
    after2 = text[match.end() + 1] if match.end() + 1 < len(text) else " "
    # {team}-{service}-{env}, /{id}/, {a}.{b}, key:{id}: a naming convention or code.
    if before in "-_/.{}$%#@:" or before.isalnum():
        return False
    return not (after in "-_/{}" or after.isalnum() or (after in ".:" and not after2.isspace()))


# A key in snake case ("keying the partitions on {tenant_id}", round 203): no mail merge
# fills in an id (but "{postal_code}" may be an address field).
_ID_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:id|ids|key|uuid|ts|at)")


# A line of code quoted in the note: an assignment, a call or a query around the field
# ("WHERE event_date = '{run_date}'"). (Indentation alone is no sign: letters indent.)
_CODE_LINE = re.compile(r"[=(]\s*['\"]?\{|\b(?:SELECT|WHERE|FROM|INSERT\s+INTO|UPDATE)\b")


# A dotted path in single braces naming no field: a design token or a config key
# ("{color.action.primary}", round 213), not "{{contact.firstname}}" or "{company.name}";
# or a name in kebab case, a service's or a resource's ("{svc-ledger}", round 256), which no
# mail merge uses for its fields (but "{first-name}" names one).
_TOKEN_PATH = re.compile(r"[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+|[a-z][a-z0-9]*(?:-[a-z0-9]+)+")


def _token_path(match: re.Match[str]) -> bool:
    content = match.group(1).strip()
    return (
        not match.group().startswith("{{")
        and bool(_TOKEN_PATH.fullmatch(content))
        and not _FIELD_WORDS.search(content)
    )


def _code_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(_CODE_LINE.search(text[start : len(text) if end < 0 else end]))


# "currency code XXX", "XXX is the ISO 4217 code for no currency": a real code named as one
# (not "Reference code: XXX", a field after its label).
_CODE_BEFORE = re.compile(r"\bcodes?\s+$", re.IGNORECASE)
_CODE_AFTER = re.compile(
    r"\s+(?:is|was|means)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?codes?\b", re.IGNORECASE
)


def _real_code(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 20) : match.start()]
    return bool(
        _CODE_BEFORE.search(before)
        or _CODE_AFTER.match(text, match.end())
        or _GRADE.search(text, max(0, match.start() - 20), min(len(text), match.end() + 20))
    )


# A grade beside it ("from 6X to XXXX confectioners' sugar", "XXXX sugar"): X as a grade mark.
_GRADE = re.compile(r"\b\d{1,2}X\b|\bX{2,4}\s+(?:confectioners|icing|powdered|sugar)\b")


# Nouns a template puts in angle brackets besides the field words: "<Hospital>", "<School>".
_ANGLE_NOUNS = re.compile(
    r"\b(?:school|hospital|firm|agency|program|programme|university|college|store|branch|client"
    r"|brand|product|service|sector|salutation|greeting|surname|recipient|candidate|organi[sz]ation)\b",
    re.IGNORECASE,
)


_GLUED = ("-<", "/<", ".<")


def _angle(text: str, match: re.Match[str]) -> bool:
    content = match.group(1).strip()
    lowered = content.lower()
    if lowered in _HTML_TAGS or lowered.startswith(("http", "mailto")) or content in _HTML_LOWER:
        return False
    # "std::list<int>", "List<String>": a type's parameter, glued to its name.
    if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
        return False
    # "<date>_<site>.csv": a naming convention built from fields, as with braces.
    if text[match.end() : match.end() + 1] == "_" or text[match.end() : match.end() + 2] in _GLUED:
        return False
    if " " in content or content.isupper():
        return True
    # One word that names no field ("<dialog>", "<Suspense>"): an element or a component.
    words = _CAMEL.sub(" ", content).replace("_", " ")
    return bool(_FIELD_WORDS.search(words) or _ANGLE_NOUNS.search(words))


_A_WORD = re.compile(r"[^\W\d_]{2,}")


def _unquoted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` less those inside a quoted line of text, as in a bug report: 'a message that
    opened with a literal "Hi {{first_name}},"' (a field quoted alone, '"[Company]"', stays)."""
    passages = quoted(text)
    kept = []
    for start, end in spans:
        around = next(((a, b) for a, b in passages if a < start and end < b), None)
        if around is not None:
            rest = text[around[0] : start] + text[end : around[1]]
            if _A_WORD.search(rest):
                continue
        kept.append((start, end))
    return kept


class TemplatePlaceholder(Rule):
    __doc__ = __doc__
    id = "template-placeholder"
    severity = Severity.ERROR

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        text = note.text
        spans: list[tuple[int, int]] = []
        # Each pattern is run only when a character or word every match of it holds
        # is in the note: a single character is found by memchr, far faster than
        # any pattern, and most notes hold no field at all.
        if "[" in text:
            squares = list(_SQUARE.finditer(text))
            labels = _labels(text, squares)
            for match in squares:
                if (
                    _square(match.group(1))
                    and not _styled_name(text, match)
                    and not _NAMED_AS.match(text, match.end())
                    and match.group(1) not in labels
                ):
                    spans.append(match.span())
        if "{" in text:
            braces = list(_BRACES.finditer(text))
            # A name used in code anywhere in the note ("key:{tenant_id}") is code
            # wherever it is written ("put {tenant_id} first").
            code = {
                m.group(1)
                for m in braces
                if not _braces(text, m)
                or _TICKET.fullmatch(m.group(1).strip())  # "{PAY-4471}"
                or _ID_KEY.fullmatch(m.group(1).strip())  # "{tenant_id}": a key, no mail field
                or _token_path(m)  # "{color.action.primary}": a design token
                or _mentioned(text, m)
                or _code_line(text, m.start())
                or _discussed(text, m)
            }
            spans.extend(m.span() for m in braces if m.group(1) not in code)
        if "<" in text:
            for match in _ANGLE.finditer(text):
                if _angle(text, match):
                    spans.append(match.span())
        if "%" in text or "$" in text:
            for match in _MERGE.finditer(text):
                token = match.group(1) or match.group(2)
                if _FIELD_WORDS.search(token.replace("_", " ")) and (
                    match.group(1) or token.isupper() or "{" in match.group(0)
                ):
                    spans.append(match.span())
        if "*|" in text:
            spans.extend(m.span() for m in _MAILCHIMP.finditer(text))
        if "«" in text:
            for match in _GUILLEMETS.finditer(text):
                words = _CAMEL.sub(" ", match.group(1)).replace("_", " ")
                if _FIELD_WORDS.search(words):
                    spans.append(match.span())
        if "***" in text:
            spans.extend(m.span(1) for m in _STARS.finditer(text))
        if "_" in text and "___" in text:
            for match in _BLANK.finditer(text):
                line_start = text.rfind("\n", 0, match.start()) + 1
                line_end = text.find("\n", match.end())
                line = text[line_start : len(text) if line_end < 0 else line_end]
                if any(c.isalpha() for c in line):  # a blank to fill, not a divider line
                    spans.append(match.span())
        # Matches are "XXX…", "XX/XX" or "xxx company"; a capital X is rare, so the
        # one-character test usually spares the slower two-character search.
        if ("X" in text and "XX" in text) or "xxx" in text:
            spans.extend(m.span() for m in _XXX.finditer(text) if not _real_code(text, m))
        if "TB" in text:
            spans.extend(m.span(m.lastindex or 1) for m in _TBD.finditer(text))
        if "]" in text:
            spans.extend(m.span() for m in _COUNT_FIELD.finditer(text))
        if "TK" in text:
            spans.extend(m.span(1) for m in _TK.finditer(text))
        if any(key in text for key in _STAND_IN_KEYS):
            spans.extend(
                m.span() for m in _STAND_IN.finditer(text) if not _FIELD_NAMED.match(text, m.end())
            )
        if "(" in text:
            spans.extend(m.span() for m in _PAREN_INSERT.finditer(text))
        if "[" in text or "{" in text or "<" in text:
            for match in _ANY_BRACKETS.finditer(text):
                field = match.group(0)
                if _PAIRS[field[0]] != field[-1] and _FIELD_WORDS.search(match.group(1)):
                    spans.append(match.span())
        if "{" in text and "_" in text:
            for match in _UNCLOSED.finditer(text):
                if _FIELD_WORDS.search(match.group(1).replace("_", " ")):
                    spans.append(match.span())
        if "M" in text or "D" in text or "P" in text:
            spans.extend(m.span() for m in starts.finditer(_NO_NAME, text))
        if spans and ("`" in text or "~~~" in text):
            # Inside a Markdown code span ("an optional `{mode}` suffix") or a fenced code
            # block it is code.
            in_code = [m.span() for m in _FENCED.finditer(text)]
            in_code += [m.span() for m in _CODE_SPAN.finditer(text)]
            spans = [s for s in spans if not any(a < s[0] and s[1] < b for a, b in in_code)]
        if spans and ('"' in text or "“" in text):
            spans = _unquoted(text, spans)
        if not spans:
            return
        # Sorted by start, a span lies inside an earlier one exactly when it starts
        # before the furthest end reached so far.
        reached = 0
        for start, end in sorted(spans):
            if start < reached:
                continue  # "[Company Name]" is one field, not two
            reached = max(reached, end)
            field = text[start:end]
            yield Problem(
                start,
                end,
                f"{field!r} looks like an unfilled template field; "
                "a leftover placeholder tells the reader this is a form letter",
                suggestion="replace it with the real detail, or delete it",
            )
