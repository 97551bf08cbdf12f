"""Every rule documents itself, and the literal examples in its docstring are true:
each ``code`` example under *Bad* makes the rule fire, each under *Good* does not."""

from __future__ import annotations

import re

import pytest

from notelint import Settings, lint_text
from notelint.rules import BUILTIN_RULES

_SECTION = re.compile(r"^\*(Bad|Good)\*:(.*?)(?=^\*\w+\*:|\Z)", re.MULTILINE | re.DOTALL)
_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)


def _examples(rule: type, kind: str) -> list[str]:
    doc = rule.documentation()
    found = []
    for section in _SECTION.finditer(doc):
        if section.group(1) == kind:
            found += [" ".join(m.split()) for m in _LITERAL.findall(section.group(2))]
    return found


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.id)
def test_documentation_sections(rule: type) -> None:
    doc = rule.documentation()
    assert rule.summary() and not rule.summary().endswith(":")
    for heading in ("*Why*", "*Options*", "*Bad*", "*Good*"):
        assert heading in doc, f"{rule.id} docstring lacks {heading}"


CASES = [
    (rule, kind, text)
    for rule in BUILTIN_RULES
    for kind in ("Bad", "Good")
    for text in _examples(rule, kind)
]


@pytest.mark.parametrize(
    ("rule", "kind", "text"), CASES, ids=[f"{r.id}-{k}-{i}" for i, (r, k, _) in enumerate(CASES)]
)
def test_documented_example(rule: type, kind: str, text: str) -> None:
    report = lint_text(text, settings=Settings(select=(rule.id,)))
    fired = [f.rule for f in report.findings]
    if kind == "Bad":
        assert rule.id in fired, f"{rule.id} should fire on its Bad example {text!r}"
    else:
        assert rule.id not in fired, f"{rule.id} fired on its Good example {text!r}"


def test_most_rules_have_literal_examples() -> None:
    with_both = [r for r in BUILTIN_RULES if _examples(r, "Bad") and _examples(r, "Good")]
    assert len(with_both) >= 8
