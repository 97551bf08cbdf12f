"""hard-to-read: very long sentences or a very high reading grade (textstat, offline)."""

from __future__ import annotations

from notelint import Settings

RULE = "hard-to-read"


def test_long_sentence_is_flagged(lint) -> None:
    sentence = " ".join(["the migration"] * 22) + "."
    report = lint(
        f"Hi Dana,\n\nShort one. {sentence} Another short one.\n\nBest,\nAna", select=RULE
    )
    [finding] = report.findings
    assert finding.severity.name == "INFO"
    assert finding.text.startswith("the migration") and "44 words" in finding.message


def test_plain_sentences_pass(lint) -> None:
    body = "We talked about the audit. I liked the plan. " * 10
    assert lint(f"Hi Dana,\n\n{body}\n\nBest,\nAna", select=RULE).findings == ()


def test_grade_threshold_is_an_option(lint) -> None:
    body = (
        "Interdisciplinary epistemological considerations notwithstanding, institutional "
        "accountability mechanisms necessitate comprehensive organizational reconfiguration. "
    ) * 3
    note = f"Hi Dana,\n\n{body}\n\nBest,\nAna"
    report = lint(note, settings=Settings(select=(RULE,), options={RULE: {"max-grade": 12.0}}))
    assert any("reads at grade" in f.message for f in report.findings)
    relaxed = lint(note, settings=Settings(select=(RULE,), options={RULE: {"max-grade": 99.0}}))
    assert relaxed.findings == ()
