"""Suppression directive that names no known rule.

*Why*: ``<!-- notelint: disable=gratuitus-thanks -->`` with a typo silences
nothing, and the finding it was meant to hide still shows up with no clue why.
Front matter ``notelint: {disable: [...]}`` and ``<!-- notelint: ... -->``
comments are checked against every rule notelint knows, plugins included.

*Options*: none.

*Bad*: ``<!-- notelint: disable=gratuitus-thanks -->``

*Good*: ``<!-- notelint: disable=gratuitous-thanks -->``
"""

from __future__ import annotations

from collections.abc import Iterator

from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.rule import NoOptions, Rule
from notelint.suggest import did_you_mean


class BadDirective(Rule):
    __doc__ = __doc__
    id = "bad-directive"
    severity = Severity.ERROR

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        if note.directives is None:
            return
        known = note.directives.known
        for rule, directive in note.directives.unknown():
            yield Problem(
                directive.start,
                directive.end,
                f"unknown rule {rule!r} in a notelint directive{did_you_mean(rule, known)}; "
                "it suppresses nothing",
                suggestion="use an id from `notelint rules`",
            )
