"""Two notes in one run that are near-identical apart from the names.

*Why*: after a panel interview the interviewers compare notes, and that
includes the thank-you notes. Sending each of them the same text with only
the name changed shows at once, and turns four notes into one form letter.
Write each person a note about what they asked or said.

This rule compares the notes checked together (``notelint drafts/``), so it
only fires when several notes are checked in one run; the finding on each
note names the other file. Bodies are compared as sets of three-word phrases
after lower-casing and setting aside names: the names in the greeting, the
sign-off and signature, and the interviewers' names. Two notes are
near-identical when the phrases they share are at least ``threshold`` of all
the phrases either uses (Jaccard similarity). Notes whose interview contexts
name different companies are not compared: reusing a note across employers
is not what panel interviewers see.

*Options*: ``threshold`` (default 0.8): the share of three-word phrases two
notes must have in common, between 0 and 1. ``min-words`` (default 10):
bodies shorter than this many words are not compared.

*Bad*: notes to Priya and to Sam from the same panel, word for word the same
apart from the greeting ("Hi Priya," / "Hi Sam,").

*Good*: a note to Priya about the month-end close she asked about, and one
to Sam about the vendor backlog he described.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from notelint.errors import ConfigError
from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.rule import Rule


@dataclasses.dataclass(frozen=True)
class NearDuplicateOptions:
    threshold: float = 0.8
    min_words: int = 10

    def __post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise ConfigError(
                f"near-duplicate.threshold: expected a share between 0 and 1 such as 0.8, "
                f"got {self.threshold!r}"
            )


class NearDuplicate(Rule):
    __doc__ = __doc__
    id = "near-duplicate"
    severity = Severity.WARNING
    Options = NearDuplicateOptions

    def check(self, note: Note, options: NearDuplicateOptions) -> Iterator[Problem]:
        # One note alone has nothing to be a copy of: notelint.duplicates compares
        # the notes of a run once they have all been checked.
        return iter(())
