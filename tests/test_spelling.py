"""spelling: slips of the hinge words widen patterns without touching other words."""

from __future__ import annotations

import re

from notelint.rules import spelling


def test_tolerant_widens_whole_words_of_an_alternation_only() -> None:
    source = (
        r"\b(?:mentioned|said)\b|\bquestion\b|questions|learning(?!\s+to\s)|look\s+forward\s+to"
    )
    widened = re.compile(spelling.tolerant(source))
    assert widened.search("you mentioed it")
    assert widened.search("the quesiton you asked")
    assert widened.search("learing about")
    assert widened.search("look foward to")
    assert not widened.search("learing to cook")
    assert "questions" in spelling.tolerant(source)  # the plural is another word, left alone
    assert not widened.search("questoins")


def test_tolerant_leaves_a_source_without_slip_words_unchanged() -> None:
    source = r"\b(?:said|told)\s+me\b"
    assert spelling.tolerant(source) == source


def test_with_slips_adds_each_words_slips() -> None:
    words = spelling.with_slips(["interested", "keen"])
    assert {"interested", "intereted", "keen"} <= words
    assert "exicted" not in words


def test_either_and_alternatives_keep_the_right_spelling_first() -> None:
    assert spelling.either("salary").startswith("(?:salary|")
    assert spelling.alternatives("humbled", "blessed").split("|")[0] == "humbled"
    assert "blessed" in spelling.alternatives("humbled", "blessed").split("|")
