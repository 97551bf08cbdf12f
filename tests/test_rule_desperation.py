"""desperation: begging, need, any-salary offers, pressure, reconsider, self-pity."""

from __future__ import annotations

import pytest

RULE = "desperation"


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("I really need this job.", "I really need this job"),
        ("I will do anything to get this role.", "do anything"),
        ("I'm happy to work for any salary you offer.", "any salary"),
        ("I won't take any vacation in my first year.", "take any vacation"),
        ("I can work every evening and weekend.", "every evening"),
        ("Please, please give me a chance.", "Please, please"),
        ("Please let me know as soon as possible.", "as soon as possible"),
        ("I have been checking my email every hour.", "checking my email every"),
        ("I ask that you please reconsider my application.", "reconsider"),
        ("I know I'm probably not the best candidate, but I work hard.", "not the best candidate"),
        (
            "I've been unemployed for eight months and my savings are gone.",
            "unemployed for eight months",
        ),
    ],
)
def test_desperation_is_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered), exact=False)


@pytest.mark.parametrize(
    "text",
    [
        "If you need references, I can send three.",
        "The team needs someone who can own the close.",
        "I don't need relocation support.",
        "I can start in March.",
        "I'm available Tuesday or Thursday afternoon if a second conversation would help.",
        "Please let me know if you need anything else from me.",
        "Although I haven't used Salesforce, I ran HubSpot for five years.",
        "I would welcome the chance to discuss the schedule further.",
    ],
)
def test_neutral_need_and_availability_pass(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)
