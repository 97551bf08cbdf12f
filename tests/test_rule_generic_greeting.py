"""generic-greeting: greetings that address nobody in particular."""

from __future__ import annotations

import pytest

RULE = "generic-greeting"


@pytest.mark.parametrize(
    "greeting",
    [
        "To whom it may concern,",
        "To Whom It May Concern:",
        "Dear Sir or Madam,",
        "Dear Sir/Madam:",
        "DEAR SIR / MADAM",
        "Dear Hiring Manager,",
        "Dear Hiring Manager(s),",  # round 170
        "dear hiring manager",
        "Dear  Hiring   Manager ,",
        "Dear Hiring Manager and Team,",
        "Dear Sirs,",
        # Slips of the stock words are still the stock greeting.
        "Dear hiring manger,",
        "To whom it may concearn,",
        "Dear Sir/Madm,",
        "Dear Hirng Manager,",
        "Respected Sir/Madam,",
        # A template's note left in after the stock greeting
        "Dear Hiring Manager [use their name],",
        "Dear Hiring Manager {name}",
        # Round 199: a field, and with its brackets ignored, nobody
        "Dear [Hiring Manager],",
        "Dear [Sir/Madam],",
    ],
)
def test_generic_greetings_are_flagged(assert_findings, greeting: str) -> None:
    report = assert_findings(
        f"{greeting}\n\nThe audit plan was clear.\n\nBest,\nAna", (RULE, greeting.strip(" ,:")[:10])
    )
    assert report.findings[0].begin.line == 1


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Ms. Shah,",
        "Hi Priya,",
        "Dear Dr. Okafor and team,",
        "Dear Members of the Search Committee,",
        "Dear Interview Panelists,",
        # The formal address to the one person met, in many Englishes.
        "Dear Sir,",
        "Respected Madam,",
        "Dear Hiring Manager (Ms. Lee),",
        # A field for a name is template-placeholder's, not a greeting to nobody
        "Dear [Hiring Manager Name],",
    ],
)
def test_named_greetings_pass(assert_findings, greeting: str) -> None:
    assert_findings(f"{greeting}\n\nThe audit plan was clear.\n\nBest,\nAna", select=RULE)


def test_generic_words_in_body_pass(assert_findings) -> None:
    assert_findings("Hi Priya,\n\nI met the hiring manager, Sam, too.\n\nBest,\nAna", select=RULE)
