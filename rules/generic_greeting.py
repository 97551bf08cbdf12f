"""Greeting that addresses nobody in particular.

*Why*: after an interview you know whom you met. "To whom it may concern",
"Dear Sir or Madam" and "Dear Hiring Manager" read as a form letter sent
to anyone, and suggest you did not catch the interviewer's name.

"Dear Sirs" (to a firm) counts too; "Dear Sir," or "Respected Madam," alone does
not: in many Englishes it is the formal address to the one person you met.

When the note's front matter names the ``interviewer``, the finding carries
a safe fix that greets them by name.

*Options*: none.

*Bad*: ``Dear Hiring Manager,`` / ``To Whom It May Concern:`` / ``Dear Sir/Madam``

*Good*: ``Dear Ms. Shah,`` / ``Hi Priya,`` / ``Dear Dr. Okafor and team,``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint.model import Fix, Problem, Severity
from notelint.note import Note
from notelint.rule import NoOptions, Rule
from notelint.rules.spelling import either

_GENERIC = re.compile(
    rf"""\s*(?:(?:dear|hello|hi|greetings|good\s+(?:morning|afternoon|day)|respected)[\s,]+)?
    \[?  # (round 199: "Dear [Hiring Manager],": a field, and with its brackets ignored, nobody)
    (?:to\s+whom\s+it\s+may\s+{either("concern")}
      |sirs?\s*(?:or|/|and|&)\s*{either("madam")}|{either("madam")}\s*(?:or|/|and|&)\s*sirs?
      |(?<=dear\s)\s*(?:sirs|madams|mesdames)
      |{either("hiring")}\s+{either("manager")}(?:s|\(s\))?(?!\w))
    (?:\s*(?:and|&|/)\s*(?:the\s+)?(?:hiring\s+|search\s+)?(?:team|committee|panel))?
    \]?
    (?:\s*[\[{{<][^\]}}>\n]{{1,40}}[\]}}>])?  # a template's note: "Dear Hiring Manager [use their name],"
    (?:[\s,.:;!—–-]*)$""",
    re.IGNORECASE | re.VERBOSE,
)


class GenericGreeting(Rule):
    __doc__ = __doc__
    id = "generic-greeting"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        greeting = note.greeting
        if greeting is None:
            return
        text = note.slice(greeting)
        if _GENERIC.match(" ".join(text.split())):
            name = interviewer(note)
            fix = None
            if name:
                ending = text.rstrip()[-1:] if text.rstrip()[-1:] in ",:" else ","
                fix = Fix(greeting.start, greeting.end, f"Dear {name}{ending}", safe=True)
            yield Problem(
                greeting.start,
                greeting.end,
                f"the greeting {text.strip(' ,:')!r} addresses nobody in particular; "
                "it reads as a form letter",
                suggestion=f"write 'Dear {name},'"
                if name
                else "greet the interviewer by name, e.g. 'Dear Ms. Shah,' or 'Hi Priya,'",
                fix=fix,
            )


def interviewer(note: Note) -> str | None:
    """The interviewer's name(s) from the note's front matter, joined for a greeting."""
    if note.directives is None:
        return None
    value = note.directives.front_matter.get("interviewer")
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
