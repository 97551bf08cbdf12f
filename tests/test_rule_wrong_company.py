"""wrong-company: the note names another company as the one the writer wants to join or met."""

from __future__ import annotations

import dataclasses
import re

import pytest

from notelint import Settings
from notelint.context import Context
from notelint.note import Note, parse_layout
from notelint.rule import NoOptions
from notelint.rules.wrong_company import WrongCompany, same_company

RULE = "wrong-company"


def note(body: str, company: str = "Acme", extra: str = "") -> str:
    return (
        f"---\ninterviewer: Priya Shah\ncompany: {company}\n{extra}---\n"
        f"Hi Priya,\n\n{body}\n\nBest,\nAna Ruiz\n"
    )


# --- another employer ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "covered"),
    [
        ("I'm excited to join Globex and help with the vendor backlog.", "Globex"),
        ("I'm excited about joining the litigation group at Globex.", "Globex"),
        ("I'm keen to be part of Globex after hearing about the backlog.", "Globex"),
        ("Learning about the analyst role at Globex made my week.", "Globex"),
        ("The position with Globex fits my audit background.", "Globex"),
        ("Your team at Globex clearly cares about the close.", "Globex"),
        ("My interview at Globex on Tuesday covered the close.", "Globex"),
        ("Thank you for inviting me to Globex to see the close.", "Globex"),
        ("I'd love to work at Globex on the month-end close.", "Globex"),
        ("I look forward to working for Globex on the close.", "Globex"),
        ("I hope to bring my audit experience to Globex.", "Globex"),
        ("I enjoyed meeting Globex's team on Tuesday.", "Globex"),
        ("Globex's mission of cheaper freight is one I share.", "Globex"),
        ("I'm excited about joining Initech and the billing work.", "Initech"),
        ("Since our talk I'm even more keen to join Globex.", "Globex"),
        ("I had a great time and would love to join Globex.", "Globex"),
        ("I led audits for years, and I'd love to join Globex.", "Globex"),
        ("I'd love to join Globex. Acme's audit plan was clear.", "Globex"),
        ("I liked the Globex office. I'd love to join Globex.", "Globex"),
        # An interview is this one, whatever verb leads to it.
        ("I left my interview at Globex sure this is the right next step.", "Globex"),
        # A firm named like a street is still the object of "join"; a word one letter from an
        # interviewer's name ("Data", "Dana") inside a firm's name is no person.
        ("I would be proud to join Harcourt Lane as a first-year associate.", "Harcourt Lane"),
        ("I'm excited about what Northfield Data's team is building.", "Northfield Data"),
        # Round 269: a later word that is a longer form of the interviewer's first name
        ("It would be a dream to join Dulces Priyanka and work on the close.", "Dulces Priyanka"),
        # Round 219: a possessive with two words before the team; a body named by a common
        # word and a place's initials
        ("I would be excited to contribute to IMDA's data engineering team.", "IMDA"),
        (
            "I came away from my interview at Infrastructure NSW keen to do more.",
            "Infrastructure NSW",
        ),
        # Round 224: a kitchen at another restaurant
        ("I would love to be part of the kitchen at Salt & Fynbos.", "Salt & Fynbos"),
        # Round 230: experience brought to a desk at another firm
        ("I'd love to bring that to the SME lending desk at Globex Partners.", "Globex Partners"),
        # Round 232: a function owned at another firm
        ("I'm excited about the chance to own onboarding at Globex Labs.", "Globex Labs"),
        (
            "I'm excited to lead the chilled category at Globex Grocers.",
            "Globex Grocers",
        ),  # round 234
        # Round 238: a roadmap at another firm
        ("I look forward to contributing to the merchant risk roadmap at Orbis Pay.", "Orbis Pay"),
        # Round 246: a function to build at another firm
        (
            "I would relish the chance to build the biostatistics function at Oriel Group.",
            "Oriel Group",
        ),
        # Round 248: fundraising to help grow at another charity
        (
            "I'd love to help grow community fundraising at Beacon Hope Ireland.",
            "Beacon Hope Ireland",
        ),
        # Round 252: training at another firm
        ("I remain very enthusiastic about training at Pemberton Ross.", "Pemberton Ross"),
        (
            "Really keen to get started at Swiftway before the Christmas peak.",
            "Swiftway",
        ),  # round 254
        # Round 241: a compound ending in "-led" is no past
        (
            "I'd love to bring this kind of research-led work to the design team at Velora.",
            "Velora",
        ),
    ],
)
def test_another_employer_is_flagged(assert_findings, body: str, covered: str) -> None:
    report = assert_findings(note(body), (RULE, covered))
    finding = report.findings[0]
    assert finding.text == covered
    assert "Acme" in finding.message and covered in finding.message


@pytest.mark.parametrize(
    ("body", "covered"),
    [
        ("I'm excited to join Globex Corp. next spring.", "Globex Corp."),
        ("The analyst role at Globex Inc. is a great match.", "Globex Inc."),
        ("The analyst role at Globex Inc. Is it still open?", "Globex Inc"),
        ("The position with Globex, Inc. fits my audit background.", "Globex, Inc."),
        ("I look forward to working for Globex Analytics Group.", "Globex Analytics Group"),
        ("I'd love to join Harlow & Pine next year.", "Harlow & Pine"),
        ("I'd love to join the Mayo Clinic.", "Mayo Clinic"),
    ],
)
def test_suffixes_and_multi_word_names_are_covered(
    assert_findings, body: str, covered: str
) -> None:
    report = assert_findings(note(body), (RULE, covered))
    assert report.findings[0].text == covered


@pytest.mark.parametrize(
    ("body", "fixed"),
    [
        ("I'm excited to join Globex Inc. and help.", "I'm excited to join Acme and help."),
        ("I'm excited to join Globex Inc.", "I'm excited to join Acme."),
        ("I'm excited to join Globex, Inc., and help.", "I'm excited to join Acme, and help."),
        ("I enjoyed meeting Globex's team.", "I enjoyed meeting Acme's team."),
    ],
)
def test_fix_writes_the_context_company_and_is_unsafe(lint, body: str, fixed: str) -> None:
    report = lint(note(body), select=RULE)
    (finding,) = report.findings
    assert finding.fix is not None and not finding.fix.safe
    assert finding.fix.replacement == "Acme"
    text = report.source[: finding.fix.start] + "Acme" + report.source[finding.fix.end :]
    assert fixed in text


def test_subject_line_is_checked(assert_findings) -> None:
    text = (
        "---\ncompany: Acme\n---\nSubject: Analyst interview at Globex\n\nHi Priya,\n\n"
        "The vendor backlog question stuck with me.\n\nBest,\nAna\n"
    )
    assert_findings(text, (RULE, "Globex"))


# --- the same company ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "I'm excited to join Acme and help with the vendor backlog.",
        "I'm excited to join Acme Corp. and help with the vendor backlog.",
        "I'd love to join ACME Inc. after hearing about the backlog.",
        "I'd love to join acme after hearing about the backlog.",
        "Acme's mission of cheaper freight is one I share.",
        "The analyst role at Acme's Denver office is a great match.",
        "The role at Acme Cloud is a great match.",
        "I enjoyed meeting Acme’s team on Tuesday.",
    ],
)
def test_the_context_company_passes(assert_findings, body: str) -> None:
    assert_findings(note(body), select=RULE)


@pytest.mark.parametrize(
    ("company", "body"),
    [
        ("Acme Corp", "I'm excited to join Acme and help."),
        ("ACME Inc.", "I'm excited to join Acme and help."),
        ("Acme Health Systems", "I'm excited to join AHS and help."),
        ("Acme Health Systems", "I'm excited to join Acme Health and help."),
        ("The Home Depot", "I'm excited to join Home Depot and help."),
        ("MailChimp", "I'm excited to join Mail Chimp and help."),
        ("Zoë Analytics", "I'm excited to join Zoe Analytics and help."),
    ],
)
def test_company_variants_pass(assert_findings, company: str, body: str) -> None:
    assert_findings(note(body, company=company), select=RULE)


def test_same_company_helper() -> None:
    assert same_company(("Acme", "Corp"), "Acme")
    assert same_company(("ACME",), "Acme Inc.")
    assert not same_company(("Globex",), "Acme")
    assert not same_company(("Globex", "Inc"), "Acme Corp")
    # A short form is the company; another company of the same family name is not.
    assert same_company(("Harland",), "Harland Freight Ltd")
    assert same_company(("Cedar", "Valley", "Credit", "Union"), "Cedar Credit Union")
    assert not same_company(("Harland", "Foods"), "Harland Freight Ltd")


# --- the writer's history ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "At Globex I led the vendor migration, which is why the backlog caught my ear.",
        "At Globex, I ran the month-end close for four entities.",
        "My four years at Globex taught me how to triage a backlog.",
        "When I worked for Globex we cut the backlog by half.",
        "Previously at Globex, I ran the close.",
        "My manager at Globex used the same weekly triage.",
        "My team at Globex shipped a similar tracker.",
        "Before joining Globex, I worked in retail.",
        "I joined Globex in 2019 and still use what I learned there.",
        "I grew Globex's team from three people to twelve.",
        "I interviewed at Globex in 2020 and learned a lot from it.",
        "The role at Globex, where I led the audit, taught me triage.",
        "I ran audits and built the team at Globex from scratch.",
        "Since joining Globex I have run the close every month.",
    ],
)
def test_history_is_not_flagged(assert_findings, body: str) -> None:
    assert_findings(note(body), select=RULE)


# --- people, places, teams and products ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "I'd love to join Tom's team on the close.",
        "I'd love to join Priya's team on the close.",
        "I hope to join Dana and the team on the close.",
        "I'd love to work for Marcus on the close.",
        "I'm excited to join the Payments team.",
        "I hope to join the Globex team.",
        "Thanks for the tour of the Fremont plant.",
        "I'd love to lead the night team at Hartley Road.",
        "Thank you for inviting me to Friday's panel.",
        "I'm excited to join Engineering at Acme.",
        "I'd love to join Globex, Acme's payments arm.",
        "I'd love to work on Globex at Acme.",
        "The role at Company Name is a good match.",
        'She said "I\'m excited to join Globex" was her first line once.',
        "I'm excited to join the Zoom call on Friday.",
        "I have another interview at Globex next week, so I wanted to write today.",
        "I'd be a good fit for Python work on the close.",
        "The people at Globex were the best part of my last job.",
        "I recently received an offer at Globex, but Acme is my first choice.",
        "Dr. Martin's team looked busy.",
        "Priya Sha's team looked busy.",  # the interviewer, misspelt
        # A town the note names as one of the company's places
        "Thanks for showing me round the Hexham practice. I'd like to join the team at Hexham.",
        # Round 204: people by given names from many places
        "I understand the spreadsheet side of what Sipho's team is dealing with.",
        "I would be glad to join Anouk and the rest of the statistics group.",
        # Round 219: a department and a region or a building
        "I enjoyed my interview at Engineering HQ on Tuesday.",
        "I'd love the role at Sales EMEA that you described.",
        # Round 221: an executive's office
        "I completed a similar exercise with the COO's office and internal audit.",
        # Round 224: a kitchen and a crew where they are
        "The kitchen at Borough Market was packed when I walked past.",
        "I watched the crew at Canary Wharf fit the glazing.",
        # Round 228: a site the note names as a site
        "The dosing at the Klipspruit works was new to me. I'd be glad to join the shift team at "
        "Klipspruit.",
        # Round 230: what the writer brought to a desk in the past
        "I brought that to the lending desk at Globex Partners in 2019.",
        # Round 232: what the writer used to lead
        "At Loomwise I used to lead product at Globex Labs.",
        "I contributed to the product roadmap at Orbis Pay for six years.",
        "I led the design team at Velora.",  # round 241
        "I was hired to build the analytics function at Oriel Group in 2019.",  # round 246
        "I used to help grow fundraising at Beacon Hope Ireland.",  # round 248
        "At the Mohave County Assessor's office, I kept a one-page checklist.",  # round 273
    ],
)
def test_people_places_teams_and_products_pass(assert_findings, body: str) -> None:
    assert_findings(note(body), select=RULE)


def test_a_school_of_a_university_is_one_of_its_parts(assert_findings) -> None:
    # Round 238: "the School of Engineering" at a university, but not at a bank
    body = "I remain keen on joining the School of Engineering and its teaching."
    assert_findings(note(body, company="Rift Valley University of Technology"), select=RULE)
    assert_findings(note(body, company="Harbour Bank"), (RULE, "School of Engineering"))


def test_a_name_the_context_ties_to_the_company_passes(assert_findings) -> None:
    extra = "role: Analyst, Globex Payments\n"
    assert_findings(note("I'm excited to join Globex and help.", extra=extra), select=RULE)
    extra = "topics: [Globex migration]\n"
    assert_findings(note("I'm excited to join Globex and help.", extra=extra), select=RULE)


@pytest.mark.parametrize(
    ("tied", "untied", "company", "name"),
    [
        # Round 160: the company's first word alone, after "as part of the"
        (
            "I'd be delighted to join Alder Hospitality as part of the Pinecrest revenue team.",
            "I'd be delighted to join Alder Hospitality.",
            "Pinecrest Hotels",
            "Alder Hospitality",
        ),
        # Round 175: one of the company's own sites
        (
            "Meridian moved all of its hospitals, St. Brigid's included, to self-scheduling. "
            "I would love to be part of the team at St. Brigid's.",
            "I would love to be part of the team at St. Brigid's.",
            "Meridian Health System",
            "St. Brigid",
        ),
        # Round 179: the company's own parent group, the subject of what follows
        (
            "It was useful to hear how being part of Trip.com Group shapes the roadmap.",
            "I would love being part of Trip.com Group.",
            "Skyscanner",
            "Trip.com Group",
        ),
        # Round 214: one of the company's places, offered as where to work
        (
            "Meeting the team at Skipton was lovely. I'm keen to join Pennine Vets and would be "
            "happy to do a trial shift at either Skipton or Settle.",
            "Meeting the team at Skipton was lovely. I'm keen to join Pennine Vets.",
            "Pennine Vets",
            "Skipton",
        ),
        (  # round 271: one of the group's brands, and a store of it
            "We talked about the Inditex brands in Madrid, from Zara to Massimo Dutti. "
            "I would be happy to lead the team at Zara Gran Vía.",
            "We talked about the Madrid stores. I would be happy to lead the team at Zara Gran Vía.",
            "Inditex",
            "Zara Gran Vía",
        ),
    ],
)
def test_a_name_the_note_ties_to_the_company_passes(
    assert_findings, tied: str, untied: str, company: str, name: str
) -> None:
    assert_findings(note(tied, company=company), select=RULE)
    # Without that tie, the same words name another employer.
    assert_findings(note(untied, company=company), (RULE, name))


def test_without_a_company_the_rule_is_quiet(assert_findings) -> None:
    text = "Hi Priya,\n\nI'm excited to join Globex and help.\n\nBest,\nAna\n"
    assert_findings(text, select=RULE)


def test_company_from_the_command_line(lint) -> None:
    settings = dataclasses.replace(Settings(select=(RULE,)), context=Context(company="Acme"))
    report = lint("Hi Priya,\n\nI'm excited to join Globex.\n\nBest,\nAna\n", settings=settings)
    assert [f.text for f in report.findings] == ["Globex"]


def test_each_mention_is_reported(assert_findings) -> None:
    body = "The role at Globex fits my background.\n\nI'm excited to join Globex."
    assert_findings(note(body), (RULE, "Globex"), (RULE, "Globex"))


# --- the documentation's examples ---------------------------------------------------------

_SECTION = re.compile(r"^\*(Bad|Good)\*(.*?)(?=^\*\w+\*|\Z)", re.MULTILINE | re.DOTALL)


def _documented(kind: str) -> list[str]:
    doc = WrongCompany.documentation()
    sections = [m.group(2) for m in _SECTION.finditer(doc) if m.group(1) == kind]
    return [" ".join(q.split()) for s in sections for q in re.findall(r'"([^"]+)"', s)]


@pytest.mark.parametrize(
    ("kind", "example"), [(k, e) for k in ("Bad", "Good") for e in _documented(k)]
)
def test_documented_examples(lint, kind: str, example: str) -> None:
    assert "the company is Acme" in WrongCompany.documentation()
    fired = bool(lint(note(example), select=RULE).findings)
    assert fired == (kind == "Bad"), f"{kind} example {example!r}"


# --- a trained pipeline's entities ---------------------------------------------------------


def test_org_entities_add_candidates(nlp) -> None:
    """With a trained NER, an ORG entity after a trigger counts even when not capitalised."""
    text = "Hi Priya,\n\nI'm excited to join globex next month.\n\nBest,\nAna\n"
    doc = nlp(text)
    start = text.index("globex")
    doc.ents = [doc.char_span(start, start + len("globex"), label="ORG")]
    note = Note(text, parse_layout(text), doc, context=Context(company="Acme"))
    found = list(WrongCompany().check(note, NoOptions()))
    assert [text[p.start : p.end] for p in found] == ["globex"]
    doc.ents = []
    assert list(WrongCompany().check(note, NoOptions())) == []


def test_initials_with_an_ampersand_name_the_company(assert_findings) -> None:
    text = note(
        "I'm excited about joining P&G's Fabric Care planning team.", company="Procter & Gamble"
    )
    assert_findings(text, select=RULE)


def test_a_place_written_after_the_role_title_is_the_roles_place(assert_findings) -> None:
    extra = "role: Store Manager\n"
    body = "I'm following up on my interview for the Store Manager role at Kirkstall."
    text = note(body, extra=extra).replace(
        "Hi Priya,", "Subject: Store Manager (Leeds Kirkstall)\n\nHi Priya,"
    )
    assert_findings(text, select=RULE)
    # Without that tie, the same sentence names another employer.
    assert_findings(note(body, extra=extra), (RULE, "Kirkstall"))


@pytest.mark.parametrize(
    "body",
    [
        "I'm keen to join RBC's treasury team.",
        "I enjoyed the role at Royal Bank of Canada (RBC). I'd love to join RBC.",
    ],
)
def test_the_companys_initials_are_the_company(assert_findings, body: str) -> None:
    assert_findings(note(body, company="Royal Bank of Canada"), select=RULE)


def test_other_initials_are_another_company(assert_findings) -> None:
    assert_findings(
        note("I'm keen to join IBM's team.", company="Royal Bank of Canada"), (RULE, "IBM")
    )


def test_joining_the_staff_at_another_school_is_flagged(assert_findings) -> None:
    body = "I am very excited about the opportunity to join the staff at Maple Grove Academy."
    assert_findings(note(body, company="Riverbend School District"), (RULE, "Maple Grove Academy"))


@pytest.mark.parametrize(
    ("body", "other"),
    [
        # Round 202: the job said in other words
        ("I'd really like to join your planners at Harcourt Haulage.", "Harcourt Haulage"),
        ("I'm excited about the chance to run a store for Greenleaf.", "Greenleaf"),
        ("I would welcome the opportunity to lead FP&A at Straits Meridian.", "Straits Meridian"),
        ("Really looking forward to getting stuck in at Saltmarsh.", "Saltmarsh"),
    ],
)
def test_the_job_at_another_company_in_other_words(assert_findings, body: str, other: str) -> None:
    assert_findings(note(body, company="Pellow Logistics"), (RULE, other))


def test_running_a_store_in_the_writers_past_passes(assert_findings) -> None:
    body = "For six years I ran a store for Greenleaf before moving into district work."
    assert_findings(note(body, company="Brightway Market"), select=RULE)


def test_a_school_of_another_university_is_flagged(assert_findings) -> None:
    # Round 260: the unit is named before the employer
    body = "I would be delighted to join the School of Public Health at Castleford University."
    assert_findings(note(body, company="Northmoor University"), (RULE, "Castleford University"))


def test_a_person_named_beside_the_interviewer_is_no_company(assert_findings) -> None:
    # Round 259: "Sofie's art team", a colleague met beside them (and a name the list lacks)
    body = "I'm excited about working with you and Sofie's art team on the next project."
    assert_findings(note(body, company="Northlight Interactive"), select=RULE)
    body = "I'm excited about working with you and Ottilie's art team on the next project."
    assert_findings(note(body, company="Northlight Interactive"), select=RULE)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        # Rounds 263-264: an acronym beside "Pvt. Ltd.", a school of the university, a station
        # of the trust, a unit of the force
        ("I am keen to join the protection group at VPS.", "Vindhya Power Systems Pvt. Ltd."),
        ("I would love to teach at Melbourne Law School.", "The University of Melbourne"),
        (
            "I'm keen to join the team at Aberystwyth station.",
            "Cambrian Ambulance Service NHS Trust",
        ),
        ("I am keen to join the Public Protection Investigation Unit.", "Medway Vale Constabulary"),
        ("I would be glad to bring this to Beech Ward.", "St Aldhelm's Hospital NHS Trust"),  # 272
    ],
)
def test_parts_and_short_names_of_the_employer_pass(
    assert_findings, body: str, company: str
) -> None:
    assert_findings(note(body, company=company), select=RULE)


@pytest.mark.parametrize(
    ("body", "other"),
    [
        # Rounds 262-263: a trial at another business, a scheme or centre at another employer
        ("I just got home from my trial at Oasis Wellness.", "Oasis Wellness"),
        (
            "I'm excited to join the graduate operations scheme at Northgate Freight.",
            "Northgate Freight",
        ),
        ("I am excited to join the operations control centre at AnatolSky.", "AnatolSky"),
    ],
)
def test_a_trial_or_a_scheme_at_another_company_is_flagged(
    assert_findings, body: str, other: str
) -> None:
    assert_findings(note(body, company="Harbourline Logistics"), (RULE, other))


def test_fitting_in_at_another_company_is_flagged(assert_findings) -> None:
    # Round 265
    body = "I can see myself fitting in well at Tidewater Freight."
    assert_findings(note(body, company="Harbourline Logistics"), (RULE, "Tidewater Freight"))


def test_a_firm_two_letters_from_an_interviewers_name_is_still_a_firm(assert_findings) -> None:
    # Round 271: "Sahara" is two letters from "Zahra", but "Sahara Express" is no person
    text = (
        "---\ninterviewer: Zahra El Idrissi\ncompany: Atlas Couriers\n---\nDear Zahra,\n\n"
        "I am excited about the chance to join the team at Sahara Express.\n\nBest,\nYoussef\n"
    )
    assert_findings(text, (RULE, "Sahara Express"))
