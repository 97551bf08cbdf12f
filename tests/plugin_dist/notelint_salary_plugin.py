"""A tiny notelint plugin distribution used by the test suite."""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.rule import NoOptions, Rule

_SALARY = re.compile(r"\bsalary\b", re.IGNORECASE)


class SalaryTalk(Rule):
    """Salary raised in a follow-up note.

    *Why*: the follow-up note builds on the conversation; pay is for the offer stage.

    *Options*: none.

    *Bad*: ``Could you tell me the salary range?``

    *Good*: ``I enjoyed the tour of the lab.``
    """

    id = "salary-talk"
    severity = Severity.INFO

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        for match in _SALARY.finditer(note.text):
            yield Problem(
                match.start(),
                match.end(),
                "salary talk belongs to the offer stage, not the follow-up note",
                suggestion="leave pay out of the follow-up note",
            )
