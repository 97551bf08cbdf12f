"""wrong-name: the greeting or direct address names someone other than the interviewer."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

import pytest

from notelint import Settings, lint_text
from notelint.context import Context
from notelint.model import Problem, Severity
from notelint.rules.names import distance, person
from notelint.rules.wrong_name import WrongName

RULE = "wrong-name"
BODY = "Your point about the vendor backlog stuck with me; I'd like to help clear it."


def note(greeting: str, body: str = BODY, interviewer: str | list[str] = "Priya Shah") -> str:
    names = interviewer if isinstance(interviewer, list) else [interviewer]
    listed = "[" + ", ".join(names) + "]"
    return (
        f"---\ninterviewer: {listed}\ncompany: Acme\n---\n{greeting}\n\n{body}\n\nBest,\nAna Ruiz\n"
    )


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[Problem]]:
    """The problems WrongName yields for a note, with the severity each one carries."""

    def run(text: str) -> list[Problem]:
        seen: list[Problem] = []
        original = WrongName.check

        def spy(self: WrongName, n: object, options: object) -> Iterator[Problem]:
            for problem in original(self, n, options):  # type: ignore[arg-type]
                seen.append(problem)
                yield problem

        monkeypatch.setattr(WrongName, "check", spy)
        report = lint_text(text, settings=Settings(select=(RULE,)))
        assert report.error is None, report.error
        return seen

    return run


def severity(problem: Problem) -> Severity | None:
    return getattr(problem, "severity", None)


# --- a different person -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("greeting", "covered"),
    [
        ("Dear Mr. Smith,", "Mr. Smith"),
        ("Hi Sam,", "Sam"),
        ("Dear Dr. Martinez,", "Dr. Martinez"),
        ("Dear Professor Okafor,", "Professor Okafor"),
        ("Dear John Smith,", "John Smith"),
        ("Good morning Luis!", "Luis"),
        ("Hi Sam, thanks for the walk through the backlog.", "Sam"),
        ("Hi Coach Mike,", "Coach Mike"),
        # Round 181: a greeting in another language is no name
        ("Hola Pedro,", "Pedro"),
        ("Bonjour Luc,", "Luc"),
    ],
)
def test_different_person_in_greeting_is_an_error(
    assert_findings, problems, greeting: str, covered: str
) -> None:
    text = note(greeting)
    report = assert_findings(text, (RULE, covered))
    assert "Priya Shah" in report.findings[0].message
    assert [severity(p) for p in problems(text)] == [Severity.ERROR]


@pytest.mark.parametrize(
    ("greeting", "interviewer", "covered"),
    [
        # Round 270: two families of short forms ran together ("Michael ... Mickey Thomas")
        ("Hi Tom,", "Michael Lee", "Tom"),
        ("Hi Mike,", "Thomas Lee", "Mike"),
        # Round 271: a surname, not the Indonesian title "Pak"
        ("Dear Mr. Pak,", "Park Ji-hoon", "Pak"),
        ("Dear Tuan,", "Sarah Lee", "Tuan"),  # a Vietnamese given name, not the Malay "Tuan"
    ],
)
def test_one_familys_short_form_is_not_anothers_name(
    assert_findings, greeting: str, interviewer: str, covered: str
) -> None:
    assert_findings(note(greeting, interviewer=interviewer), (RULE, covered))


def test_wrong_person_fix_writes_the_interviewers_name(lint) -> None:
    report = lint(note("Dear Mr. Smith,"), select=RULE)
    (finding,) = report.findings
    assert finding.fix is not None and finding.fix.safe
    assert finding.fix.replacement == "Priya Shah"  # no title is known, so no "Ms."
    report = lint(note("Hi Sam,"), select=RULE)
    assert report.findings[0].fix.replacement == "Priya"


def test_wrong_person_fix_keeps_a_known_title(lint) -> None:
    report = lint(note("Dear Mr. Smith,", interviewer="Dr. Priya Shah"), select=RULE)
    assert report.findings[0].fix.replacement == "Dr. Shah"


def test_wrong_surname_with_the_right_first_name(assert_findings) -> None:
    report = assert_findings(note("Dear Priya Smith,"), (RULE, "Smith"))
    assert report.findings[0].text == "Smith"
    assert report.findings[0].fix.replacement == "Shah"


# --- misspellings and accents -------------------------------------------------------------


@pytest.mark.parametrize(
    ("greeting", "covered", "right"),
    [
        ("Dear Pryia,", "Pryia", "Priya"),
        ("Hi Prya,", "Prya", "Priya"),
        ("Dear Ms. Sha,", "Sha", "Shah"),
        ("Dear Ms. Shha,", "Shha", "Shah"),
        ("hi pryia,", "pryia", "Priya"),
    ],
)
def test_misspelt_name_is_a_warning_with_a_safe_fix(
    assert_findings, problems, greeting: str, covered: str, right: str
) -> None:
    text = note(greeting)
    report = assert_findings(text, (RULE, covered))
    finding = report.findings[0]
    assert finding.text == covered
    assert f"misspelling of the interviewer's name '{right}'" in finding.message
    assert finding.fix is not None and finding.fix.safe and finding.fix.replacement == right
    assert [severity(p) for p in problems(text)] == [Severity.WARNING]


@pytest.mark.parametrize(
    ("greeting", "interviewer"),
    [
        ("Hi Jon,", "John Pryce"),
        ("Dear Catherine,", "Katherine Pryce"),
        ("Hi Sarah,", "Sara Abiodun"),  # one letter more is another spelling, not a long form
        ("Dear Ms Loyd-Jones,", "Siân Lloyd-Jones"),  # a double-barrelled name is one name
    ],
)
def test_another_spelling_of_the_name_is_a_misspelling(
    assert_findings, greeting: str, interviewer: str
) -> None:
    covered = greeting.split()[-1].rstrip(",")
    report = assert_findings(note(greeting, interviewer=interviewer), (RULE, covered))
    assert report.findings[0].severity == Severity.WARNING


@pytest.mark.parametrize(
    ("greeting", "interviewer", "covered", "right"),
    [
        ("Dear Marie Claire,", "Marie-Claire Dubois", "Marie Claire", "Marie-Claire"),
        ("Dear Marie Claire Dubois,", "Marie-Claire Dubois", "Marie Claire", "Marie-Claire"),
        ("Dear Ms Lloyd Jones,", "Siân Lloyd-Jones", "Lloyd Jones", "Lloyd-Jones"),
    ],
)
def test_a_hyphen_dropped_from_a_name_is_a_misspelling(
    assert_findings, greeting: str, interviewer: str, covered: str, right: str
) -> None:
    report = assert_findings(note(greeting, interviewer=interviewer), (RULE, covered))
    finding = report.findings[0]
    assert finding.severity == Severity.WARNING
    assert finding.fix is not None and finding.fix.replacement == right


@pytest.mark.parametrize(
    ("greeting", "interviewer", "right", "severity"),
    [
        # Round 219: a half in common does not make the other half right
        ("Dear Marie-Claire,", "Marie-Claude Tremblay", "Marie-Claude", Severity.WARNING),
        ("Dear Ms Loyd-Jones,", "Siân Lloyd-Jones", "Lloyd-Jones", Severity.WARNING),
        ("Dear Jean-Luc,", "Jean-Pierre Martin", "Jean-Pierre", Severity.ERROR),
        # Round 221: a double name run together
        ("Dear Annemarie,", "Anne-Marie van Wyk", "Anne-Marie", Severity.WARNING),
    ],
)
def test_a_double_name_is_weighed_whole(
    assert_findings, greeting: str, interviewer: str, right: str | None, severity: Severity
) -> None:
    covered = greeting.split()[-1].rstrip(",")
    report = assert_findings(note(greeting, interviewer=interviewer), (RULE, covered))
    finding = report.findings[0]
    assert finding.severity == severity
    assert (finding.fix.replacement if finding.fix else None) == right


@pytest.mark.parametrize("greeting", ["Dear Marie-Claire,", "Dear Marie,", "Dear Ms Lloyd-Jones,"])
def test_a_hyphenated_name_and_its_first_half_pass(assert_findings, greeting: str) -> None:
    interviewer = "Siân Lloyd-Jones" if "Lloyd" in greeting else "Marie-Claire Dubois"
    assert_findings(note(greeting, interviewer=interviewer), select=RULE)


@pytest.mark.parametrize(
    ("greeting", "covered"),
    [
        ("Dear Mr. van den Berg,", "van den Berg"),
        ("Dear Joost van den Berg,", "van den Berg"),
        ("Dear Mr. de Berg,", "de Berg"),
    ],
)
def test_a_surnames_particles_written_wrong_are_a_misspelling(
    assert_findings, greeting: str, covered: str
) -> None:
    report = assert_findings(note(greeting, interviewer="Joost van der Berg"), (RULE, covered))
    finding = report.findings[0]
    assert finding.severity == Severity.WARNING
    assert finding.fix is not None and finding.fix.replacement == "van der Berg"


@pytest.mark.parametrize(
    "greeting", ["Dear Mr. van der Berg,", "Dear Mr. Van Der Berg,", "Dear Mr. Berg,", "Hi Joost,"]
)
def test_a_surnames_particles_in_any_case_or_left_out_pass(assert_findings, greeting: str) -> None:
    assert_findings(note(greeting, interviewer="Joost van der Berg"), select=RULE)


@pytest.mark.parametrize("greeting", ["Dear JP,", "Dear J.P.,", "Hi Jp,"])
def test_initials_with_or_without_their_stops_pass(assert_findings, greeting: str) -> None:
    assert_findings(note(greeting, interviewer="J.P. Albrecht"), select=RULE)


def test_dropped_accent_is_a_warning_not_an_error(assert_findings, problems) -> None:
    text = note("Hi Zoe,", interviewer="Zoë Laurent")
    report = assert_findings(text, (RULE, "Zoe"))
    assert "accent" in report.findings[0].message
    assert report.findings[0].fix.replacement == "Zoë"
    assert [severity(p) for p in problems(text)] == [Severity.WARNING]


def test_accents_the_context_lacks_are_fine(assert_findings) -> None:
    assert_findings(note("Hi Zoë,", interviewer="Zoe Laurent"), select=RULE)
    assert_findings(note("Dear Mr. Sørensen,", interviewer="Jens Sørensen"), select=RULE)


def test_non_ascii_names_compare_exactly(assert_findings) -> None:
    assert_findings(note("Hi Siobhán,", interviewer="Siobhán Ní Bhriain"), select=RULE)
    assert_findings(note("Dear Sra. Castañeda,", interviewer="Lucía Castañeda"), select=RULE)
    assert_findings(note("Hi Łukasz,", interviewer="Łukasz Nowak"), select=RULE)


def test_engine_reports_a_misspelling_as_a_warning(lint) -> None:
    report = lint(note("Dear Pryia,"), select=RULE)
    assert report.findings[0].severity == Severity.WARNING


# --- names that are fine ------------------------------------------------------------------


@pytest.mark.parametrize(
    "greeting",
    [
        "Hi Priya,",
        "Dear Priya,",
        "Dear Ms. Shah,",
        "Dear Ms Shah,",
        "Dear Mrs. Shah,",
        "Dear Mx. Shah,",
        "Dear Dr. Shah,",
        "Dear Professor Shah,",
        "Dear Prof. Shah,",
        "Dear Priya Shah,",
        "Dear Dr. Shah and team,",
        "Priya,",
        "Good afternoon, Priya!",
        "HI PRIYA,",
        "Dear Sister Priya,",
        "Dear Nurse Shah,",
        "Dear Matron Shah,",
        # Round 220: an engineer's title in Kenya and Nigeria, a lawyer's in the Philippines
        "Dear Eng. Shah,",
        "Dear Engr. Shah,",
        "Dear Atty. Shah,",
    ],
)
def test_the_interviewers_name_passes(assert_findings, greeting: str) -> None:
    assert_findings(note(greeting), select=RULE)


@pytest.mark.parametrize(
    ("greeting", "interviewer", "covered"),
    [
        ("Dear Danielle,", "Daniel Moreau", "Danielle"),
        ("Dear Daniel,", "Danielle Moreau", "Daniel"),
        ("Hi Gabrielle,", "Gabriel Costa", "Gabrielle"),
    ],
)
def test_a_feminine_form_is_not_a_long_form(
    assert_findings, greeting: str, interviewer: str, covered: str
) -> None:
    assert_findings(note(greeting, interviewer=interviewer), (RULE, covered))


@pytest.mark.parametrize(
    ("greeting", "interviewer"),
    [
        ("Hi Tom,", "Thomas Becker"),
        ("Hi Chris,", "Christopher Lee"),
        ("Hi Liz,", "Elizabeth Ward"),
        ("Hi Bob,", "Robert Kim"),
        ("Hi Jon,", "Jonathan Kim"),
        ("Hi Kate,", "Catherine Kim"),
        ("Hi Priyanka,", "Priya Shah"),
        ("Dear Ms. Shah-Patel,", "Priya Shah"),
        ("Dear Mr. de Vries,", "Pieter de Vries"),
        ("Dear Mr. Vries,", "Pieter de Vries"),
        ("Dear Katya,", "Ekaterina Volkova"),
        ("Hi Raghu,", "Raghavendra Iyer"),
        ("Hi Jenny,", "Jennifer Park"),
        # Polish, Yoruba and South Indian short forms
        ("Dear Tomek,", "Tomasz Kowalczyk"),
        ("Dear Gosia,", "Małgorzata Wiśniewska"),
        ("Hi Seun,", "Oluwaseun Adeyemi"),
        ("Dear Emeka,", "Chukwuemeka Obi"),  # round 222
        ("Hi Tunde,", "Babatunde Okafor"),
        ("Hi Venkat,", "Venkatesh Rao"),
        # Round 176: titles that take a first name
        ("Hiya Coach Deb,", "Deborah Finch-Maddox"),
        ("Hi Chef Maria,", "Maria Lopes"),
        ("Dear Father John,", "John O'Malley"),
        # Round 181: Arabic, Spanish and Italian short forms, after greetings in those languages
        ("Hi Mo,", "Mohammed Al-Sayed"),
        ("Hola Nacho,", "Ignacio Ruiz"),
        ("Ciao Gianni,", "Giovanni Rossi"),
        ("Hi Sandro,", "Alessandro Ferri"),  # round 232
        # Round 242: Australian and British short forms
        ("Hey Baz,", "Barry Nguyen"),
        ("Hi Gazza,", "Gary Mills"),
        ("Hi Sasha,", "Aleksandr Petrov"),  # round 252
        ("Hi Bec,", "Rebecca Lowe"),  # round 270
        ("Hi Mick,", "Michael Lee"),
        # Round 271: a Malay title with the given name; a French "Dear"
        ("Dear Encik Ahmad,", "Ahmad bin Ismail"),
        ("Chère Fatima-Zahra,", "Fatima-Zahra El Idrissi"),
    ],
)
def test_short_forms_and_longer_names_pass(
    assert_findings, greeting: str, interviewer: str
) -> None:
    assert_findings(note(greeting, interviewer=interviewer), select=RULE)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Hiring Manager,",
        "To whom it may concern,",
        "Hi team,",
        "Hi all,",
        "Hello there,",
        "Dear Acme team,",
        "Dear Acme,",
        "Dear Members of the Search Committee,",
        "Hiya Chef,",
        "Dear [Interviewer Name],",
        "Dear Mr./Ms. Last Name,",
        "Dear Mr. XXX,",
        "Respected Ma'am,",  # round 230
    ],
)
def test_groups_roles_and_placeholders_are_not_names(assert_findings, greeting: str) -> None:
    assert_findings(note(greeting), select=RULE)


def test_without_an_interviewer_the_rule_is_quiet(assert_findings) -> None:
    assert_findings("Dear Mr. Smith,\n\nThe audit plan was clear.\n\nBest,\nAna\n", select=RULE)


def test_interviewer_from_the_command_line(lint) -> None:
    settings = dataclasses.replace(
        Settings(select=(RULE,)), context=Context(interviewers=("Priya Shah",))
    )
    report = lint("Dear Mr. Smith,\n\nThe audit plan was clear.\n\nBest,\nAna\n", settings=settings)
    assert [f.text for f in report.findings] == ["Mr. Smith"]


# --- what is known about the interviewer --------------------------------------------------


def test_surname_only_context_does_not_judge_first_names(assert_findings) -> None:
    assert_findings(note("Hi Priya,", interviewer="Ms. Shah"), select=RULE)
    assert_findings(note("Dear Ms. Smith,", interviewer="Ms. Shah"), (RULE, "Ms. Smith"))


def test_first_name_only_context_does_not_judge_surnames(assert_findings) -> None:
    assert_findings(note("Dear Ms. Shah,", interviewer="Priya"), select=RULE)
    assert_findings(note("Hi Sam,", interviewer="Priya"), (RULE, "Sam"))


def test_last_first_order_in_the_context(assert_findings) -> None:
    assert_findings(note("Hi Priya,", interviewer="Shah, Priya"), select=RULE)


# --- several interviewers -----------------------------------------------------------------

PANEL = ["Priya Shah", "Tom Becker"]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Priya and Tom,",
        "Hi Tom,",
        "Hi Priya,",
        "Dear Ms. Shah and Mr. Becker,",
        "Dear Priya, Tom,",
        "Hi Priya & Tom!",
        "Dear Tom, Priya and team,",
    ],
)
def test_any_interviewer_may_be_greeted(assert_findings, greeting: str) -> None:
    assert_findings(note(greeting, interviewer=PANEL), select=RULE)


def test_a_stranger_among_the_interviewers(assert_findings, lint) -> None:
    text = note("Dear Priya and Sam,", interviewer=PANEL)
    report = assert_findings(text, (RULE, "Sam"))
    assert "Priya Shah and Tom Becker" in report.findings[0].message
    # Priya is greeted, so the one interviewer left is Tom: the fix can name him.
    assert report.findings[0].fix.replacement == "Tom"


def test_no_fix_when_several_interviewers_could_be_meant(lint) -> None:
    report = lint(note("Hi Sam,", interviewer=PANEL), select=RULE)
    (finding,) = report.findings
    assert finding.fix is None


def test_misspelling_among_several_interviewers(assert_findings) -> None:
    report = assert_findings(note("Dear Priya and Tmo,", interviewer=PANEL), (RULE, "Tmo"))
    assert report.findings[0].fix.replacement == "Tom"


# --- the body -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "covered"),
    [
        ("Thank you, Mr. Smith, for the tour of the loading dock.", "Mr. Smith"),
        ("Thanks again, Sam! The loading dock tour was useful.", "Sam"),
        # round 269
        ("Thank you once again, Mr. Sharma, for explaining the dock rota.", "Mr. Sharma"),
        ("I have one more idea.\n\nDear Sam, I meant to ask about the dock schedule.", "Sam"),
        ("Thank you, Pryia, for the tour of the loading dock.", "Pryia"),
        # a sentence opened by a name and what they said
        (
            "The dock tour helped. And Rachel, your point about the pick faces was a good one.",
            "Rachel",
        ),
        ("Sam, you were right about the second shift.", "Sam"),
        ("The dock tour helped. And Pryia, thank you for the pick-face numbers.", "Pryia"),
        ("Helen, your scenario about the patient whose breathing changed stayed with me.", "Helen"),
        # a titled name between commas after an opening word
        ("Once again, Ms. Warren, I appreciated your frankness about the data.", "Ms. Warren"),
        ("As you said, Mr. Lloyd, the dock is the real constraint.", "Mr. Lloyd"),
        # round 194: a name, a comma and "I hope"
        (
            "I've attached the route comparison. Mr. Achterberg, I hope it answers your question.",
            "Mr. Achterberg",
        ),
        # round 252: a name, a comma and "your pointer"
        ("Mr. Venkatraman, your pointer to the crowd guidance was helpful.", "Mr. Venkatraman"),
    ],
)
def test_direct_address_in_the_body(assert_findings, body: str, covered: str) -> None:
    assert_findings(note("Hi Priya,", body), (RULE, covered))


@pytest.mark.parametrize(
    "body",
    [
        "My referee, Dr. Patel, can confirm the dates.",
        "Also, Dr. Patel's point about the dock schedule was useful.",
        "My manager, Dr. Patel, hopes to meet you.",
    ],
)
def test_a_name_in_apposition_is_no_address(assert_findings, body: str) -> None:
    assert_findings(note("Hi Priya,", body), select=RULE)


def test_sign_off_addressing_someone_else(assert_findings) -> None:
    text = (
        "---\ninterviewer: Priya Shah\n---\nHi Priya,\n\n" + BODY + "\n\nThanks again, Sam!\nAna\n"
    )
    assert_findings(text, (RULE, "Sam"))


@pytest.mark.parametrize("signoff", ["Thanks, Ana", "Thanks again, Priya!\nAna", "Thanks,\nAna"])
def test_sign_off_with_the_writers_own_name_passes(assert_findings, signoff: str) -> None:
    text = "---\ninterviewer: Priya Shah\n---\nHi Priya,\n\n" + BODY + f"\n\n{signoff}\n"
    assert_findings(text, select=RULE)


def test_writers_own_name_at_the_end_of_the_body_passes(assert_findings) -> None:
    text = note("Hi Priya,", BODY + "\n\nMany thanks, Ana.")
    assert_findings(text.replace("Best,\nAna Ruiz\n", "Ana Ruiz\nana@example.com\n"), select=RULE)


def test_particles_are_kept_in_the_span(lint) -> None:
    report = lint(note("Dear Mr. van Dijk,"), select=RULE)
    (finding,) = report.findings
    assert finding.text == "Mr. van Dijk" and "'Mr. van Dijk'" in finding.message


def test_wrong_person_in_the_body_gets_no_fix(lint) -> None:
    text = note("Hi Priya,", "Thank you, Mr. Smith, for the tour of the loading dock.")
    (finding,) = lint(text, select=RULE).findings
    assert finding.fix is None


@pytest.mark.parametrize(
    "body",
    [
        "I enjoyed meeting Luis and the team on the loading dock.",
        "Dana from the data team showed me the backlog dashboard.",
        "Sam mentioned the night shift is short two pickers.",
        "Please pass my thanks to Mr. Smith for the tour.",
        "Thanks again, Priya! The loading dock tour was useful.",
        "Thank you, Ms. Shah, for the tour.",
        'He said "Dear Sam, welcome aboard" on the first day, which I liked.',
        "Thank you, everyone, for the tour.",
        # apposition, not address
        "Luis, your lead engineer, walked me through the pick faces.",
        "Marjorie, the Tuesday volunteer, told me about the rota.",
        "Priya, your point about the pick faces was a good one.",
        # a sentence opened by an adverb addresses nobody
        "The dock tour helped. Honestly, you were right about the second shift.",
        "Also, thank you for the pick-face numbers.",
        "So, thanks for the tour of the loading dock.",
        "Finally, your point about the pick faces was a good one.",
    ],
)
def test_people_mentioned_in_the_body_are_not_flagged(assert_findings, body: str) -> None:
    assert_findings(note("Hi Priya,", body), select=RULE)


# --- helpers ------------------------------------------------------------------------------


def test_person_splits_titles_and_suffixes() -> None:
    p = person("Dr. Priya Shah, PhD")
    assert (p.title, p.first, p.last) == ("Dr.", "Priya", "Shah")
    p = person("Ms. Shah")
    assert (p.first, p.last) == (None, "Shah")
    p = person("Priya")
    assert (p.first, p.last) == ("Priya", None)
    assert person("Anne-Marie Dubois").parts == ("Anne-Marie", "Anne", "Marie", "Dubois")


def test_distance_counts_a_swap_as_one_edit() -> None:
    assert distance("pryia", "priya") == 1
    assert distance("priya", "priya") == 0
    assert distance("sam", "shah") == 2
    assert distance("", "tom") == 3


# --- the documentation's examples ---------------------------------------------------------

_SECTION = re.compile(r"^\*(Bad|Good)\*(.*?)(?=^\*\w+\*|\Z)", re.MULTILINE | re.DOTALL)


def _documented(kind: str) -> list[str]:
    doc = WrongName.documentation()
    sections = [m.group(2) for m in _SECTION.finditer(doc) if m.group(1) == kind]
    return [" ".join(q.split()) for s in sections for q in re.findall(r'"([^"]+)"', s)]


@pytest.mark.parametrize(
    ("kind", "example"), [(k, e) for k in ("Bad", "Good") for e in _documented(k)]
)
def test_documented_examples(lint, kind: str, example: str) -> None:
    assert "the interviewer is Priya Shah" in WrongName.documentation()
    greeting = re.match(r"(?i)(dear|hi|hello)\b", example)
    text = note(example) if greeting else note("Hi Priya,", example)
    fired = bool(lint(text, select=RULE).findings)
    assert fired == (kind == "Bad"), f"{kind} example {example!r}"


def test_a_title_that_is_also_a_name_needs_its_full_stop(assert_findings) -> None:
    # "Eng" is a given name in Singapore and Malaysia: without its full stop it is compared
    # as a name, so "Eng Shah" is no title and surname
    assert_findings(note("Dear Eng. Shah,"), select=RULE)
    assert_findings(note("Dear Eng Huat,", interviewer="Lim Eng Huat"), select=RULE)
    assert_findings(note("Dear Eng Shah,"), (RULE, "Eng"))


@pytest.mark.parametrize(
    "greeting",
    # Round 261: a rank or an office before the surname, a "Dear" of another language
    ["Dear Commander Shah,", "Dear Consul Shah,", "Estimado Priya,", "Dear Lieutenant Shah,"],
)
def test_ranks_offices_and_other_languages_dear_are_no_names(
    assert_findings, greeting: str
) -> None:
    assert_findings(note(greeting), select=RULE)


def test_a_wrong_surname_after_a_rank_is_still_flagged(assert_findings) -> None:
    assert_findings(note("Dear Commander Patel,"), (RULE, "Patel"))
