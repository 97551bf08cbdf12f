"""informal: emoji, text-speak, casual greetings, '!!', all-lowercase bodies."""

from __future__ import annotations

import pytest

RULE = "informal"


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Hi Sam,\n\nThe demo was great 😊\n\nBest,\nAna", "😊"),
        ("Hi Sam,\n\nThe demo was great :)\n\nBest,\nAna", ":)"),
        ("Hi Sam,\n\nI'm gonna send the deck tomorrow.\n\nBest,\nAna", "gonna"),
        ("Hi Sam,\n\nThx for the demo, lol.\n\nBest,\nAna", "Thx"),
        ("Hey Sam,\n\nThe demo was great.\n\nBest,\nAna", "Hey"),
        ("Hiya Sam,\n\nThe demo was great.\n\nBest,\nAna", "Hiya"),
        ("Hi Sam,\n\nThe demo was great!!!\n\nBest,\nAna", "!!!"),
        ("Hi Sam,\n\nCan u send the deck?\n\nBest,\nAna", "u"),
    ],
)
def test_informal_markers_are_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered), exact=False)


def test_all_lowercase_body_is_flagged(assert_findings) -> None:
    body = (
        "i really enjoyed talking with you about the warehouse layout and i think the "
        "slotting idea you mentioned would work well here. i am keen to join the team."
    )
    assert_findings(f"hi sam,\n\n{body}\n\nbest,\nana", (RULE, "i"))


def test_bang_run_carries_a_safe_fix(lint) -> None:
    text = "Hi Sam,\n\nThe demo was great!!!\n\nBest,\nAna"
    [finding] = lint(text, select=RULE).findings
    assert finding.fix is not None and finding.fix.safe
    assert text[finding.fix.start : finding.fix.end] == "!!!" and finding.fix.replacement == "!"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nThe demo was great!\n\nCheers,\nAna",
        "Hi Sam,\n\nThe U.S. launch plan you described is ambitious.\n\nBest,\nAna",
        "Hi Sam,\n\nI liked the XL-size rollout.\n\nBest,\nAna\n☎ 555-0100",
        "Hello Sam,\n\nYou asked about my time at Acme. I led the migration.\n\nBest,\nAna",
    ],
)
def test_professional_notes_pass(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)
