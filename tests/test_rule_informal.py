"""informal: emoji, text-speak, casual greetings, '!!', all-lowercase bodies."""

from __future__ import annotations

import pytest

RULE = "informal"


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Hi Sam,\n\nThe demo was great 😊\n\nBest,\nAna", "😊"),
        ("Hi Sam,\n\nThe demo was great :)\n\nBest,\nAna", ":)"),
        ("Hi Sam,\n\nI'm gonna send the deck tomorrow.\n\nBest,\nAna", "gonna"),
        ("Hi Sam,\n\nThx for the demo, lol.\n\nBest,\nAna", "Thx"),
        ("Hey Sam,\n\nThe demo was great.\n\nBest,\nAna", "Hey"),
        ("Hiya Sam,\n\nThe demo was great.\n\nBest,\nAna", "Hiya"),
        ("Hi Sam,\n\nThe demo was great!!!\n\nBest,\nAna", "!!!"),
        ("Hi Sam,\n\nCan u send the deck?\n\nBest,\nAna", "u"),
        ("Hi Sam,\n\nU of course know the deck better.\n\nBest,\nAna", "U"),
        ("G'day Mick,\n\nThe swing-stage chat was good.\n\nCheers,\nBec", "G'day"),
        ("Hi Mick,\n\nGood chat this arvo about the swing stage.\n\nCheers,\nBec", "arvo"),
    ],
)
def test_informal_markers_are_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered), exact=False)


def test_an_emoji_in_the_ps_is_one_finding_for_a_joined_sequence(lint) -> None:
    # Round 161: the P.S. is read, and a zero-width-joined runner is one emoji
    text = (
        "Hi Sam,\n\nThe roof demo was great.\n\nBest,\nAna\n\nP.S. Good luck on Sunday 🏃\u200d♂️\n"
    )
    found = [f for f in lint(text, select=RULE).findings]
    assert [f.text for f in found] == ["🏃\u200d♂️"]
    assert found[0].message.startswith("emoji '🏃\u200d♂️' ")


def test_all_lowercase_body_is_flagged(assert_findings) -> None:
    body = (
        "i really enjoyed talking with you about the warehouse layout and i think the "
        "slotting idea you mentioned would work well here. i am keen to join the team."
    )
    assert_findings(f"hi sam,\n\n{body}\n\nbest,\nana", (RULE, "i"))


def test_bang_run_carries_a_safe_fix(lint) -> None:
    text = "Hi Sam,\n\nThe demo was great!!!\n\nBest,\nAna"
    [finding] = lint(text, select=RULE).findings
    assert finding.fix is not None and finding.fix.safe
    assert text[finding.fix.start : finding.fix.end] == "!!!" and finding.fix.replacement == "!"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nThe demo was great!\n\nCheers,\nAna",
        "Hi Sam,\n\nThe U.S. launch plan you described is ambitious.\n\nBest,\nAna",
        "Hi Sam,\n\nI liked the XL-size rollout.\n\nBest,\nAna\n☎ 555-0100",
        # Icons that label the signature's contact lines
        "Hi Sam,\n\nI liked the XL-size rollout.\n\nBest,\nAna\n📞 555-0100\n📧 ana@example.com\n"
        "🔗 linkedin.com/in/ana",
        "Hi Sam,\n\nI liked the XL-size rollout.\n\nBest,\nAna Ruiz | 📱 +44 7700 900123",
        "Hello Sam,\n\nYou asked about my time at Acme. I led the migration.\n\nBest,\nAna",
        "Dear Fr. Murphy,\n\nThe parish accounts question was fair.\n\nYours,\nAna",
        # Round 127: the ancient city
        "Dear Dr. Hamdan,\n\nThe Woolley field notebooks from Ur stayed with me, and so did the "
        "Ur archive.\n\nYours,\nAna",
        # Round 269: a university's short name
        "Hi Daniel,\n\nI tried a similar fix on our capstone at U of T tonight.\n\nBest,\nWei",
    ],
)
def test_professional_notes_pass(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)


# The rule skips its scans when a cheap test proves they cannot match; these notes
# sit on the edges of those tests.
@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Hi Zoë,\n\nThe demo was great ☀️ and I’m keen.\n\nBest,\nAna", "☀️"),
        ("Hi Sam,\n\nSee you at 10:30 xD\n\nBest,\nAna", "xD"),
        ("Hi Sam,\n\nSee you at 10:30 :-)\n\nBest,\nAna", ":-)"),
        ("Subject: Next steps?!\n\nHi Sam,\n\nThe demo was great.\n\nBest,\nAna", "?!"),
        ("Hi Sam,\n\nThank yall for the demo.\n\nBest,\nAna", "yall"),
        ("Hi Sam,\n\nI rly want this one.\n\nBest,\nAna", "rly"),
    ],
)
def test_markers_on_the_edges_of_the_quick_tests(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered))


@pytest.mark.parametrize("pronoun", ["y'all", "y’all", "Ya'll", "y'all's"])
def test_a_regional_pronoun_is_not_text_speak(assert_findings, pronoun: str) -> None:
    text = f"Hi Sam,\n\nI'd be proud to join {pronoun} night crew.\n\nBest,\nAna"
    assert_findings(text, select=RULE)


def test_three_bangs_in_the_body_flag_the_third(assert_findings) -> None:
    text = "Hi Sam,\n\nGreat demo! I agree! Thanks for the tour!\n\nBest,\nAna"
    report = assert_findings(text, (RULE, "!"))
    assert report.findings[0].begin.column == text.split("\n")[2].rindex("!") + 1


def test_bangs_inside_a_quotation_do_not_count(assert_findings) -> None:
    text = 'Hi Sam,\n\nGreat demo! You said "ship it!" and I agree!\n\nBest,\nAna'
    assert_findings(text, select=RULE)


def test_a_quoted_signs_exclamation_marks_are_not_the_writers(assert_findings) -> None:
    text = (
        'Hi Carmen,\n\nYou were right about the clearance signs: "EVERYTHING MUST GO!!!" in red '
        "marker reads as panic, not value.\n\nBest,\nJordan"
    )
    assert_findings(text, select=RULE)


@pytest.mark.parametrize("mark", [":)", "🙂"])
def test_an_emoticon_or_emoji_in_a_quoted_review_is_not_the_writers(
    assert_findings, mark: str
) -> None:
    text = (
        'Hi Priya,\n\nTheir office manager left this review: "Sam fixed everything, best '
        f"support we've had {mark}\"\n\nBest,\nSam"
    )
    assert_findings(text, select=RULE)
    assert_findings(text.replace("had " + mark + '"', 'had" ' + mark), (RULE, mark))


def test_the_maritime_rule_imo_2020_is_no_text_speak(assert_findings) -> None:
    text = "Hi Ana,\n\nSince the IMO 2020 change we sample the fuel at delivery.\n\nBest,\nDimitris"
    assert_findings(text, select=RULE)
    assert_findings(text.replace("IMO 2020 change", "final IMO deadline"), select=RULE)  # round 271
    assert_findings("Hi Ana,\n\nIMO the dashboard is great.\n\nBest,\nDimitris", (RULE, "IMO"))
    pilot = "Hi Ana,\n\nThe PPL syllabus you showed me is close to ours.\n\nBest,\nSam"
    assert_findings(pilot, select=RULE)
    code = (
        "Hi Ana,\n\nOnce you said LOL stands for the Lovelock overflow lanes, it made sense.\n\nT"
    )
    assert_findings(code, select=RULE)
    assert_findings("Hi Ana,\n\nThe forklift test LOL.\n\nBest,\nT", (RULE, "LOL"))


def test_an_acronym_after_a_determiner_names_a_thing(assert_findings) -> None:
    assert_findings("In my school I co-ordinated the TY radio project.", select="informal")
    assert_findings("TY for the chat about the radio project!", ("informal", "TY"))
    assert_findings("Ur team was great.", ("informal", "Ur"))


def test_a_word_inside_a_name_is_no_slang(assert_findings) -> None:
    # Round 228: a Welsh school's name holds "Bro"; the word alone, or after a greeting, is slang
    school = "Hi Ana,\n\nThanks for showing me round Ysgol Gymraeg Bro Tawe on Wednesday.\n\nT"
    assert_findings(school, select="informal")
    assert_findings("Hi Ana,\n\nThanks Bro, see you Monday.\n\nT", ("informal", "Bro"))
    assert_findings("Hi Ana,\n\nHey Bro Dave, see you Monday.\n\nT", ("informal", "Bro"))


def test_an_icon_outside_a_contact_line_is_still_an_emoji(assert_findings) -> None:
    text = "Hi Sam,\n\nThe churn model was great 📞 call me.\n\nBest,\nAna 📞\n📞 soon!"
    assert_findings(text, ("informal", "📞"), ("informal", "📞"), ("informal", "📞"))
