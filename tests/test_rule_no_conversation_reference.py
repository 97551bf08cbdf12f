"""no-conversation-reference: nothing points back at a specific part of the interview."""

from __future__ import annotations

import pytest

RULE = "no-conversation-reference"


def _note(body: str) -> str:
    return f"Hi Dana,\n\n{body}\n\nBest,\nAna"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for our conversation about the Analyst role at Acme Corp. I enjoyed learning "
        "more about the company.",
        "I enjoyed our conversation. I am excited about the Senior Accountant position.",
        "I enjoyed learning more about the role and about [specific topic discussed].",
        "It was a pleasure to meet you and learn more about the (insert job) position.",
        "I look forward to hearing from you about next steps.",
    ],
)
def test_note_without_reference_is_flagged(lint, body: str) -> None:
    [finding] = lint(_note(body), select=RULE).findings
    assert finding.begin.line == 3


@pytest.mark.parametrize(
    "body",
    [
        "You mentioned the backlog of vendor invoices; at Globex I cut a similar backlog by half.",
        "When we discussed the night-shift handover, I recognised the charting gaps you described.",
        "Your question about reconciling Stripe payouts stuck with me.",
        "Hearing how your team batches the Monday refill queue made the role click.",
        "It was great to meet Luis and see the new cleanroom.",
        "Thanks for showing me the feature-flag dashboard during the pairing session.",
        "The slotting exercise with Grace was the most useful part of the day.",
    ],
)
def test_specific_reference_passes(lint, body: str) -> None:
    assert lint(_note(body), select=RULE).findings == ()
