"""notelint.needs: the words a pattern cannot match without, read from its parse tree."""

from __future__ import annotations

import re

import pytest

from notelint.needs import needs, split_alternatives
from notelint.note import Note, parse_layout

_FLAGS = re.IGNORECASE | re.VERBOSE


def _needs(source: str) -> list[set[str]]:
    return [set(words) for words in needs(source, _FLAGS)]


def test_alternatives_split_only_at_the_top_level() -> None:
    source = r"""a(?:b|c)|[|x]d  # a comment | with a bar
        |e\|f|(g|h)"""
    pieces = [" ".join(p.split()) for p in split_alternatives(source)]
    assert pieces == ["a(?:b|c)", r"[|x]d", r"e\|f", "(g|h)"]


def test_words_between_word_edges_are_needed() -> None:
    assert _needs(r"\bi(?:['’]?m|\s+am)\s+up\s+for\s+it\b") == [{"for"}, {"it"}, {"up"}]


def test_an_alternation_needs_one_of_its_words() -> None:
    # the "d" of "I'd" stands after an apostrophe, a word of Note.word_parts
    assert {"d", "would"} in _needs(r"\b(?:would|['’]d)\s+snap\s+up\b")


def test_optional_words_are_not_needed_but_the_words_after_them_are() -> None:
    found = _needs(r"\bis\s+(?:exactly\s+)?what\s+i\s+(?:really\s+)?want\b")
    assert {"exactly"} not in found and {"really"} not in found
    assert {"what"} in found and {"want"} in found


@pytest.mark.parametrize(
    ("source", "word"),
    [
        (r"hesitat", "hesitat"),  # no edge after: "hesitate", "hesitation"
        (r"\bcan\w+\s+wait\b", "can"),  # a word-class run after "can"
        (r"(?:keen|eager)?to\b", "to"),  # "keento": nothing sure before "to"
        (r"\bhope(?=d)", "hope"),  # a look-ahead that is no word edge
    ],
)
def test_nothing_unsure_is_needed(source: str, word: str) -> None:
    assert all(word not in words for words in _needs(source))


def test_a_look_behind_ending_in_a_space_is_a_word_edge() -> None:
    assert {"all"} in _needs(r"(?<=m\s)all\s+in\b")


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"\bi(?:['’]?m|\s+am)\s+up\s+for\s+it\b", "Honestly? I'm up for it."),
        (r"\b(?:would|['’]d)\s+snap\s+(?:it|them)\s+up\b", "I’d snap it up—gladly."),
        (r"\bis\s+(?:exactly\s+)?what\s+i\s+want\b", "THIS is exactly what I want!"),
        (r"\b(?:follow-up|follow\s+up)\s+call\b", "a quick follow-up call"),
    ],
)
def test_every_match_has_the_words_it_needs(source: str, text: str) -> None:
    assert re.search(source, text, _FLAGS)
    words = Note(text, parse_layout(text), None).word_parts  # type: ignore[arg-type]
    found = needs(source, _FLAGS)
    assert found
    assert not any(map(words.isdisjoint, found))
