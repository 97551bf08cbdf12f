"""gratuitous-thanks: stock thanks for time, the opportunity, the meeting or the consideration."""

from __future__ import annotations

import pytest

RULE = "gratuitous-thanks"

STOCK = [
    ("Thank you for your time.", "Thank you for your time"),
    ("Thank you for taking the time to meet with me yesterday.", "taking the time to meet with me"),
    (
        "I appreciate you taking the time to speak with me about the Analyst position at Acme.",
        "appreciate you taking the time",
    ),
    (
        "Thank you for the opportunity to interview for the Senior Analyst role at Acme Corp.",
        "the opportunity to interview",
    ),
    ("Thank you for considering me for the role.", "considering me"),
    ("Thank you for your consideration.", "your consideration"),
    ("Thank you so much for meeting with me today.", "meeting with me"),
    ("I'm grateful for the chance to interview.", "grateful for the chance"),
    ("I wanted to thank you for meeting with me yesterday.", "thank you for meeting"),
    ("Thank you both for a great conversation yesterday.", "a great conversation"),
    ("I appreciate you taking time out of your busy schedule to meet with me.", "busy schedule"),
    (
        "Thank you for inviting me back for a second interview and for introducing me to Grace.",
        "inviting me back",
    ),
    ("Thank you for your time and for explaining the claims system.", "your time"),
    ("Thank you for the opportunity to present my research to your group.", "the opportunity"),
]


@pytest.mark.parametrize(("text", "covered"), STOCK)
def test_stock_thanks_is_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(f"Hi Dana,\n\n{text}\n\nBest,\nAna", (RULE, covered))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for walking me through the on-call rotation.",
        "Thank you for introducing me to Dana from the data team.",
        "Thanks for the tour of the Fremont plant.",
        "Thanks to your explanation of the escalation matrix, I now understand the handoffs.",
        "Thank you for taking the time to walk me through the on-call rotation.",
        "I appreciate how clearly you laid out the rollout plan.",
        "Thank you for speaking with me about the data migration to Postgres.",
        'You said "thank you for your time" is filler, and I agree.',
    ],
)
def test_specific_or_other_thanks_passes(assert_findings, text: str) -> None:
    assert_findings(f"Hi Dana,\n\n{text}\n\nBest,\nAna", select=RULE)


@pytest.mark.parametrize("signoff", ["Thanks,", "Thanks again,", "Many thanks,", "Thank you,"])
def test_bare_signoff_passes(assert_findings, signoff: str) -> None:
    assert_findings(
        f"Hi Dana,\n\nThe queue design you sketched is clever.\n\n{signoff}\nAna", select=RULE
    )


def test_signoff_and_subject_are_checked(assert_findings) -> None:
    note = (
        "Subject: Thank you for your time\n\nHi Dana,\n\nThe queue design is clever.\n\n"
        "Thanks again for your time,\nAna"
    )
    report = assert_findings(
        note, (RULE, "Thank you for your time"), (RULE, "Thanks again for your time")
    )
    assert [f.begin.line for f in report.findings] == [1, 7]
