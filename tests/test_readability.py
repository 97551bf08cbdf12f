"""The reading grade equals textstat's Coleman–Liau index, on real notes and on noise."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import textstat

from notelint.readability import MIN_WORDS, coleman_liau, reading_grade, textstat_grade

ROOT = Path(__file__).resolve().parent.parent / "examples"
NOTES = sorted(p for p in ROOT.glob("*/*") if p.suffix in (".txt", ".md", ".eml"))
# Every class of character the counts tell apart, ASCII and not.
ALPHABET = list("abc XYZ_09.!?,;:'\"-—()\n\t\x0b\x0c  éÖ“”🙂\u00a0\u2003。٣\u0301")


def test_equals_textstat_on_every_example_note() -> None:
    texts = [p.read_text(encoding="utf-8") for p in NOTES]
    assert len(texts) > 100
    for text in texts:
        assert coleman_liau(text) == textstat.coleman_liau_index(text), text[:80]


@pytest.mark.parametrize("seed", range(3))
def test_equals_textstat_on_random_text(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 80)))
        assert coleman_liau(text) == textstat.coleman_liau_index(text), repr(text)


@pytest.mark.parametrize(
    "text", ["", "...", "a b", "Hi! ok. no", "' '' '''", "_ __ a_b", "— — ok. a — b — c."]
)
def test_equals_textstat_on_edge_cases(text: str) -> None:
    assert coleman_liau(text) == textstat.coleman_liau_index(text)


def test_short_texts_have_no_grade() -> None:
    assert reading_grade("word " * (MIN_WORDS - 1)) is None
    text = "The quarterly reconciliation backlog delayed every downstream report. " * 5
    assert reading_grade(text) == textstat_grade(text) == round(coleman_liau(text), 1)
