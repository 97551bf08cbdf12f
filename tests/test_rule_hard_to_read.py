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


def test_slash_joined_words_count_once(lint) -> None:
    # 39 words as a reader counts them; split at the slashes they would be 42.
    sentence = " ".join(["we validated"] * 18) + " IQ/OQ/PQ and/or FAT."
    assert lint(f"Hi Dana,\n\n{sentence}\n\nBest,\nAna", select=RULE).findings == ()


def test_a_formula_without_spaces_counts_as_a_word(lint) -> None:
    # Round 214: 27 words as a reader counts them; split at every bracket and symbol, 46.
    sentence = (
        "Fitting v = Vmax[S]/(Km + [S]) by non-linear least squares rather than a "
        "Lineweaver–Burk plot gave Km = 42 ± 5 µM and Vmax = 1.8 µmol·min⁻¹·mg⁻¹."
    )
    assert lint(f"Hi Dana,\n\n{sentence}\n\nBest,\nAna", select=RULE).findings == ()
    # Words joined by a dash without spaces are still two.
    joined = " ".join(["we validated"] * 20) + "—and then the audit."
    [finding] = lint(f"Hi Dana,\n\n{joined}\n\nBest,\nAna", select=RULE).findings
    assert "44 words" in finding.message


def test_a_sentence_run_on_from_the_greeting_is_counted_in_the_body(lint) -> None:
    # Round 218: no stop after "hi jess", so the sentence starts on the greeting's line.
    run_on = " ".join(["i did the morning rush on the la marzocco with tom"] * 5)
    [finding] = lint(f"hi jess\nso today was fun {run_on}\nellie\n", select=RULE).findings
    assert finding.text.startswith("so today") and "words long" in finding.message


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


def test_the_word_bound_never_undercounts() -> None:
    import random

    from notelint.rules import hard_to_read

    rng = random.Random(3)
    alphabet = [*"ab Z9_'’.-/,—é\n", "word", " "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert hard_to_read._most_words(text) >= hard_to_read._words(text), text


def test_dense_but_plain_professional_prose_passes_and_jargon_does_not(lint) -> None:
    plain = (
        "Our discussion of readmission rates among heart failure patients discharged to skilled "
        "nursing facilities was especially useful to me. You noted that medication "
        "reconciliation discrepancies account for a large share of preventable readmissions. "
        "During my chief residency, I led a quality improvement project on that problem."
    )
    report = lint(f"Dear Dr. Abrams,\n\n{plain}\n\nSincerely,\nPriyanka", select=RULE)
    assert report.stats is not None and report.stats.reading_grade is not None
    assert 16 < report.stats.reading_grade < 18  # dense, yet under the default limit
    assert report.findings == ()
    jargon = (
        "Interdisciplinary epistemological considerations notwithstanding, institutional "
        "accountability mechanisms necessitate comprehensive organizational reconfiguration. "
    ) * 3
    assert lint(f"Hi Dana,\n\n{jargon}\n\nBest,\nAna", select=RULE).findings != ()


def test_a_sentence_cut_only_by_an_abbreviation_is_one_sentence(assert_findings) -> None:
    sentence = (
        "When you mentioned enrollment at Riverside has stalled at approx. 60% of target, I "
        "thought of the approach Dr. Feld used at my last site, where coordinators called "
        "patients within a week of their sleep study instead of waiting for the visit."
    )
    assert_findings(f"Hi Gabriela,\n\n{sentence}\n\nBest,\nMarcus", (RULE, "When you mentioned"))


def test_an_ellipsis_before_the_next_words_ends_a_stretch(lint) -> None:
    # Round 260: "... getting lost... i'm gonna go with", one sentence to the sentencizer
    half = " ".join(["the flooded mine level"] * 6)
    text = f"Hi Jess,\n\n{half}... {half}!!\n\nCheers,\nTheo"
    assert lint(text, select=RULE).findings == ()
    [finding] = lint(f"Hi Jess,\n\n{half} and {half}!!\n\nCheers,\nTheo", select=RULE).findings
    assert "49 words" in finding.message
