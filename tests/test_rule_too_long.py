"""too-long: body word count over max-words, counted between greeting and sign-off."""

from __future__ import annotations

import dataclasses

from notelint import Settings


def _note(words: int) -> str:
    return "Hi Dana,\n\n" + " ".join(["word"] * words) + "\n\nBest regards,\nAna Ruiz\nAcme"


def test_body_over_limit_is_flagged_at_body_start(lint) -> None:
    [finding] = lint(_note(201), select="too-long").findings
    assert "201 words" in finding.message
    assert (finding.begin.line, finding.begin.column) == (3, 1)


def test_body_at_limit_passes(lint) -> None:
    assert lint(_note(200), select="too-long").findings == ()


def test_greeting_and_signature_are_not_counted(lint) -> None:
    report = lint(_note(199), select="too-long")
    assert report.findings == () and report.stats is not None and report.stats.body_words == 199


def test_max_words_option(lint) -> None:
    settings = Settings(select=("too-long",), options={"too-long": {"max-words": 100}})
    assert len(lint(_note(101), settings=settings).findings) == 1
    assert lint(_note(100), settings=dataclasses.replace(settings)).findings == ()
