"""Body longer than a hiring manager will read.

*Why*: a follow-up note is business correspondence. Its job is to build on one
or two points from the conversation and say you are still interested; a note
that retells the résumé is skimmed or skipped. Words are counted in the body
only (between greeting and sign-off) as whitespace-separated words.

*Options*: ``max-words`` (default 200).

*Bad*: a 320-word body that recounts each job on the résumé.

*Good*: 120 words that pick up the one problem the team is hiring to solve.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.rule import Rule
from notelint.rules.scan import body_anchor


@dataclasses.dataclass(frozen=True)
class TooLongOptions:
    max_words: int = 200


class TooLong(Rule):
    __doc__ = __doc__
    id = "too-long"
    severity = Severity.WARNING
    Options = TooLongOptions

    def check(self, note: Note, options: TooLongOptions) -> Iterator[Problem]:
        words = note.body_words
        if words > options.max_words:
            start, end = body_anchor(note)
            yield Problem(
                start,
                end,
                f"the body is {words} words, over the {options.max_words}-word limit; "
                "a long follow-up note gets skimmed or skipped",
                suggestion="keep one point from the conversation and one line of interest; "
                "cut the résumé recap",
            )
