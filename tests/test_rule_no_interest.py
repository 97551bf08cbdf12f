"""no-interest: the note never states interest in the role, team or employer."""

from __future__ import annotations

import pytest

RULE = "no-interest"


def _note(body: str) -> str:
    return f"Hi Dana,\n\n{body}\n\nBest,\nAna"


@pytest.mark.parametrize(
    "body",
    [
        "I believe my skills match your needs. I look forward to hearing from you.",
        "Please let me know if you have any questions. I'm confident I'd be a strong fit.",
        "I am no longer interested in relocating, but the audit plan was clear.",
    ],
)
def test_missing_interest_is_flagged_at_body_start(lint, body: str) -> None:
    [finding] = lint(_note(body), select=RULE).findings
    assert (finding.begin.line, finding.begin.column) == (3, 1)


@pytest.mark.parametrize(
    "body",
    [
        "I'm excited about the possibility of joining the platform team.",
        "I remain very interested in the role.",
        "I'd love to bring this experience to the team.",
        "Our talk made me even more keen on the role.",
        "I look forward to the possibility of working together.",
        "The role is exactly the kind of work I want to be doing next.",
        "I'd really like to cook at Moreau's.",
        "This conversation confirmed my interest in the position.",
        "Excited about the role and the team.",
    ],
)
def test_stated_interest_passes(lint, body: str) -> None:
    assert lint(_note(body), select=RULE).findings == ()
