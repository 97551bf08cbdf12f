"""starts: a pattern tried only where its matches can begin finds what finditer finds."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import types
from pathlib import Path

import pytest

import notelint
import notelint.rules
from notelint import starts
from notelint.rules import scan

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the engine and the rules hold, and their lower-case twins."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    seen: set[int] = set()

    def walk(value: object, depth: int) -> None:
        if depth > 6 or id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, re.Pattern):
            if isinstance(value.pattern, str):
                found[(value.pattern, value.flags)] = value
        elif isinstance(value, dict):
            for item in list(value.values()):
                walk(item, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, type):
            for item in list(vars(value).values()):
                walk(item, depth + 1)
        elif not isinstance(value, (str, bytes, int, float, types.ModuleType, types.FunctionType)):
            if hasattr(type(value), "pattern"):  # compiled on first use (no_interest's parts)
                walk(value.pattern, depth + 1)  # type: ignore[attr-defined]
            if isinstance(getattr(value, "__dict__", None), dict):
                walk(vars(value), depth + 1)

    for package in (notelint, notelint.rules):
        for module in pkgutil.iter_modules(package.__path__):
            walk(vars(importlib.import_module(f"{package.__name__}.{module.name}")), 0)
    for pattern in list(found.values()):
        twin = scan.lowered(pattern)
        if twin is not None:
            found[(twin.pattern, twin.flags)] = twin
    return list(found.values())


PATTERNS = _patterns()
PLANNED = [p for p in PATTERNS if starts.plan(p) is not None]


def _notes(count: int) -> list[str]:
    paths = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".txt", ".md", ".eml"))
    chosen = random.Random(7).sample(paths, min(count, len(paths)))
    return [p.read_text(encoding="utf-8", errors="replace") for p in chosen]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_most_rule_patterns_get_a_plan() -> None:
    assert len(PATTERNS) > 150
    assert len(PLANNED) > len(PATTERNS) // 2


@pytest.mark.parametrize("text", _notes(120), ids=lambda t: t[:20].split("\n")[0])
def test_planned_search_finds_what_finditer_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(starts, "_SHORT", 0)  # plan every stretch, however short
    lower = text.lower()
    faithful = scan.lower_is_faithful(text, lower)
    rng = random.Random(len(text))
    stretches = [(0, len(text))]
    for _ in range(2):
        first = rng.randrange(len(text) + 1)
        stretches.append((first, rng.randrange(first, len(text) + 1)))
    for pattern in PLANNED:
        for start, end in stretches:
            want = _spans(pattern.finditer(text, start, end))
            got = _spans(starts.finditer(pattern, text, start, end, lower if faithful else None))
            assert got == want, pattern.pattern[:80]


def test_plans_list_the_texts_matches_begin_with() -> None:
    plan = starts.plan(re.compile(r"\b(?:really\s+)?(?:want|can['’]t\s+wait)\b|(?<=\s)'d\b"))
    assert plan is not None
    assert plan.whole == ("really", "want")
    assert plan.heads == (("can", "can't"), ("can", "can’t"))
    assert plan.texts == ("'d",)
    # "look" may go on ("looking"): it is looked for as the start of a word
    assert starts.plan(re.compile(r"\blook(?:ing)?\s")) == starts.Plan(
        ("look", "looking"), (), (), (), False
    )
    assert starts.plan(re.compile(r"\blook(?:ing)?")) == starts.Plan((), (), ("look",), (), False)


def test_case_insensitive_plans_are_in_lower_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(starts, "_SHORT", 0)
    plan = starts.plan(re.compile(r"\bDear\s", re.IGNORECASE))
    assert plan is not None and plan.lower and plan.whole == ("dear",)
    text = "Hello.\nDEAR Ana, dear Bo"
    pattern = re.compile(r"\bDear\s", re.IGNORECASE)
    assert _spans(starts.finditer(pattern, text, lower=text.lower())) == [(7, 12), (17, 22)]
    # without a faithful lower-cased text the pattern runs as it is
    assert _spans(starts.finditer(pattern, text)) == [(7, 12), (17, 22)]


@pytest.mark.parametrize(
    "source",
    [
        r"\w+ing",  # may begin with any word character
        r"(?:very\s+)?.",  # may begin with anything
        r"x*",  # may match nothing
        r"(?i:dear)",  # folds case inside a pattern that does not
        r"\bdéjà",  # a cased letter beyond ASCII, ignoring case
    ],
)
def test_no_plan_where_the_starts_cannot_be_listed(source: str) -> None:
    flags = re.IGNORECASE if "é" in source else 0
    assert starts.plan(re.compile(source, flags)) is None


def test_a_word_cut_at_the_end_of_the_stretch_is_whole_to_the_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(starts, "_SHORT", 0)
    pattern = re.compile(r"\blearn\b")
    text = "I am learning a lot " * 10
    assert _spans(pattern.finditer(text, 0, 10)) == [(5, 10)]
    assert _spans(starts.finditer(pattern, text, 0, 10)) == [(5, 10)]


@pytest.mark.parametrize(
    "text",
    ["plain ascii, words_and 42 numbers", "café déjà-vu — “quoted” naïve’s", "emoji 🙂 here", ""],
)
def test_word_set_is_what_the_word_pattern_finds(text: str) -> None:
    assert starts.word_set(text) == frozenset(re.findall(r"\w+", text))


@pytest.mark.parametrize(
    ("source", "twinned"),
    [
        (r"\bkeen\b  # Round 142: 'Keen', a capital in a comment", True),
        (r"\bkeen\b[#A]", False),  # a "#" in a class is no comment: "A" is a literal
        (r"\bkeen\#B", False),  # nor one after a backslash
        ("\\bkeen\\b  # a comment\n  |Keen", False),  # a capital past the comment's end
    ],
)
def test_verbose_comments_do_not_stop_a_lower_case_twin(source: str, twinned: bool) -> None:
    pattern = re.compile(source, re.IGNORECASE | re.VERBOSE)
    twin = scan.lowered(pattern)
    assert (twin is not None) == twinned
    if twin is not None:
        assert twin.search("so keen to start") and not twin.search("so KEEN")
