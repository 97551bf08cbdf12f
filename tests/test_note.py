"""Note layout: header lines, greeting, body, sign-off and signature, as offsets into the text."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from notelint.model import Report
from notelint.note import Layout, Note, Section, parse_layout, split_lines

Lint = Callable[..., Report]  # the ``lint`` fixture

BODY = (
    "You mentioned the backlog of vendor invoices; at Globex I cut a similar backlog by half.\n"
    "I remain very interested in the role."
)


def part(text: str, section: Section | None) -> str | None:
    return None if section is None else text[section.start : section.end]


def parts(text: str) -> dict[str, str | None]:
    layout = parse_layout(text)
    return {
        name: part(text, getattr(layout, name))
        for name in ("head", "greeting", "body", "signoff", "signature")
    }


def assert_sections_index_text(text: str, layout: Layout) -> None:
    """Every section lies inside the text, in order, with no surrounding whitespace."""
    sections = [layout.greeting, layout.body, layout.signoff, layout.signature]
    previous_end = 0
    for section in sections:
        if section is None:
            continue
        assert 0 <= section.start <= section.end <= len(text)
        assert section.start >= previous_end, f"sections overlap or are out of order: {layout}"
        covered = text[section.start : section.end]
        assert covered == covered.strip()
        previous_end = section.end


# --- headers -------------------------------------------------------------------------------


def test_subject_to_and_date_lines_form_the_head() -> None:
    text = (
        "Subject: Follow-up on the analyst interview\n"
        "To: priya@example.com\n"
        "March 3, 2025\n"
        "\n"
        f"Dear Dr. Okafor,\n\n{BODY}\n\nBest,\nAna Ruiz\n"
    )
    layout = parse_layout(text)
    assert [(h.name, part(text, h.value)) for h in layout.headers] == [
        ("subject", "Follow-up on the analyst interview"),
        ("to", "priya@example.com"),
    ]
    assert part(text, layout.headers[0].line) == "Subject: Follow-up on the analyst interview"
    assert part(text, layout.greeting) == "Dear Dr. Okafor,"
    assert part(text, layout.body) == BODY
    assert "March 3, 2025" in (part(text, layout.head) or "")
    assert "2025" not in (part(text, layout.body) or "")


def test_head_section_ends_at_the_last_header_line() -> None:
    # Every other section is trimmed; the head should not swallow the blank line after it.
    text = f"Subject: Follow-up\nMarch 3, 2025\n\nDear Dr. Okafor,\n\n{BODY}\n"
    assert part(text, parse_layout(text).head) == "Subject: Follow-up\nMarch 3, 2025"


@pytest.mark.parametrize(
    "date",
    ["March 3, 2025", "3 March 2025", "2025-03-03", "03/03/2025", "Monday, March 3rd, 2025"],
)
def test_date_lines_are_head_not_body(date: str) -> None:
    text = f"{date}\n\n{BODY}\n"
    layout = parse_layout(text)
    assert part(text, layout.head) == date
    assert part(text, layout.body) == BODY
    assert layout.greeting is None


def test_headers_without_a_greeting_are_still_split_off() -> None:
    text = f"Subject: Follow-up\nDate: March 3, 2025\n\n{BODY}\n\nBest,\nAna"
    got = parts(text)
    assert got["greeting"] is None
    assert got["body"] == BODY
    assert [h.name for h in parse_layout(text).headers] == ["subject", "date"]


def test_re_header_is_the_subject() -> None:
    text = f"Re: Analyst interview\nHi Sam,\n{BODY}\n"
    layout = parse_layout(text)
    assert [(h.name, part(text, h.value)) for h in layout.headers] == [("re", "Analyst interview")]
    assert part(text, layout.greeting) == "Hi Sam,"


# --- greetings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Dr. Okafor,",
        "Hi Sam,",
        "Priya,",
        "To whom it may concern:",
        "Dear Hiring Manager,",
        "Good morning Ms. Shah,",
        "Hello,",
        "Dear Zoë Müller,",
        "Kia ora Hemi,",
    ],
)
def test_greeting_line(greeting: str) -> None:
    text = f"{greeting}\n\n{BODY}\n\nBest,\nAna"
    got = parts(text)
    assert got["greeting"] == greeting
    assert got["body"] == BODY


def test_greeting_on_the_same_line_as_the_body() -> None:
    text = (
        "Hi Sam, thanks for the tour of the plant floor.\nI remain very interested.\n\nBest,\nAna"
    )
    got = parts(text)
    assert got["greeting"] == "Hi Sam,"
    assert got["body"] == "thanks for the tour of the plant floor.\nI remain very interested."


def test_name_greeting_after_a_subject_line() -> None:
    # "Priya," is the first line after the header; headers must not count as the note's start.
    text = f"Subject: Follow-up\n\nPriya,\n\n{BODY}\n\nBest,\nAna"
    got = parts(text)
    assert got["greeting"] == "Priya,"
    assert got["body"] == BODY


def test_no_greeting_when_the_note_starts_with_a_sentence() -> None:
    text = f"{BODY}\n\nBest,\nAna"
    got = parts(text)
    assert got["greeting"] is None
    assert got["body"] == BODY
    assert got["signoff"] == "Best,"


def test_a_sign_off_word_alone_is_not_a_name_greeting() -> None:
    text = f"Thanks,\n\n{BODY}\n"
    assert parts(text)["greeting"] is None


# --- sign-offs and signatures ----------------------------------------------------------------


@pytest.mark.parametrize(
    "signoff",
    [
        "Best,",
        "Thanks again,",
        "Sincerely,",
        "Thanks again for your time,",
        "Best regards",
        "Best regards,",
        "Kind regards,",
        "All the best,",
        "Thank you,",
        "Thanks!",
        "Warmly,",
        "Thanking you,",
        "God bless,",
        "Ngā mihi,",
        "Ta,",
        "Met vriendelijke groet,",
        "Mit freundlichen Grüßen",
        "Saludos cordiales,",
    ],
)
def test_sign_off_line_with_signature(signoff: str) -> None:
    text = f"Hi Sam,\n\n{BODY}\n\n{signoff}\nAna Ruiz\n"
    got = parts(text)
    assert got["signoff"] == signoff
    assert got["signature"] == "Ana Ruiz"
    assert got["body"] == BODY


@pytest.mark.parametrize("signoff", ["— Ana", "– Ana", "- Ana"])
def test_dash_name_is_a_sign_off(signoff: str) -> None:
    text = f"Hi Sam,\n\n{BODY}\n\n{signoff}\n"
    got = parts(text)
    assert got["signoff"] == signoff
    assert got["signature"] is None
    assert got["body"] == BODY


def test_multi_line_signature_block_after_sign_off() -> None:
    text = (
        f"Hi Sam,\n\n{BODY}\n\nBest regards,\n\nAna Ruiz\nSenior Analyst\n"
        "ana@example.com\n(555) 123-4567\n"
    )
    got = parts(text)
    assert got["signoff"] == "Best regards,"
    assert got["signature"] == "Ana Ruiz\nSenior Analyst\nana@example.com\n(555) 123-4567"
    assert got["body"] == BODY


def test_signature_block_without_sign_off() -> None:
    text = f"Hi Sam,\n\n{BODY}\n\nAna Ruiz\nSenior Analyst\n555-123-4567\n"
    got = parts(text)
    assert got["signoff"] is None
    assert got["signature"] == "Ana Ruiz\nSenior Analyst\n555-123-4567"
    assert got["body"] == BODY


def test_sign_off_without_signature() -> None:
    got = parts(f"Hi Sam,\n\n{BODY}\n\nBest,")
    assert got["signoff"] == "Best,"
    assert got["signature"] is None


def test_the_last_sign_off_like_line_wins() -> None:
    text = f"Hi Sam,\n\n{BODY}\nThanks for the tour\n\nBest,\nAna"
    got = parts(text)
    assert got["signoff"] == "Best,"
    assert got["body"] == f"{BODY}\nThanks for the tour"


def test_the_first_body_line_is_never_the_sign_off() -> None:
    got = parts("Hi Sam,\n\nThanks!\n\nAna")
    assert got["body"] == "Thanks!"
    assert got["signoff"] is None


def test_note_without_greeting_or_sign_off_is_all_body() -> None:
    text = f"\n  {BODY}  \n\n"
    layout = parse_layout(text)
    assert layout.greeting is None and layout.signoff is None and layout.signature is None
    assert layout.headers == () and layout.head is None
    assert part(text, layout.body) == BODY


@pytest.mark.parametrize("text", ["", "   \n\n  \t"])
def test_empty_and_blank_texts_have_an_empty_body(text: str) -> None:
    layout = parse_layout(text)
    assert not layout.body
    assert layout.greeting is None and layout.signoff is None


# --- offsets, line endings, word count --------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_same_parts(newline: str) -> None:
    lf = f"Subject: Follow-up\n\nDear Dr. Okafor,\n\n{BODY}\n\nThanks again,\nAna Ruiz\n"
    text = lf.replace("\n", newline)
    got = parts(text)
    expected = {k: (v.replace("\n", newline) if v else v) for k, v in parts(lf).items()}
    assert got == expected
    assert got["greeting"] == "Dear Dr. Okafor,"
    assert got["signoff"] == "Thanks again,"
    assert got["signature"] == "Ana Ruiz"
    assert got["body"] == BODY.replace("\n", newline)


def test_offsets_index_the_original_text_with_indentation_and_non_ascii() -> None:
    text = (
        "  Dear Zoë Ñúñez,\r\n\r\n   Our talk about the café menu stuck with me.   \r\n"
        "\r\n  Best,  \r\n  Zoë  \r\n"
    )
    layout = parse_layout(text)
    assert_sections_index_text(text, layout)
    assert layout.greeting == Section(2, 17)
    assert part(text, layout.greeting) == "Dear Zoë Ñúñez,"
    assert part(text, layout.body) == "Our talk about the café menu stuck with me."
    assert part(text, layout.signoff) == "Best,"
    assert part(text, layout.signature) == "Zoë"


@pytest.mark.parametrize(
    "text",
    [
        f"Subject: Hi\nTo: sam@example.com\n\nHi Sam,\n\n{BODY}\n\nBest,\nAna\nana@example.com",
        f"Hi Sam, thanks for the tour.\n{BODY}\n\nThanks again,\nAna",
        f"{BODY}\r\n\r\nAna Ruiz\r\nAnalyst",
        "Priya,\n\nShort one.\n\n— Ana",
    ],
)
def test_sections_are_ordered_and_trimmed(text: str) -> None:
    assert_sections_index_text(text, parse_layout(text))


def test_body_word_count_is_whitespace_split(lint: Lint) -> None:
    text = (
        "Dear Dr. Okafor,\r\n\r\nI liked the\ttour — really.\r\nZoë’s demo, too!\r\n"
        "\r\nBest,\r\nAna\r\n"
    )
    layout = parse_layout(text)
    body = part(text, layout.body) or ""
    assert body == "I liked the\ttour — really.\r\nZoë’s demo, too!"
    report = lint(text, select="too-long")
    assert report.stats is not None
    assert report.stats.body_words == len(body.split()) == 9


def test_split_lines_excludes_newlines_and_keeps_offsets() -> None:
    text = "a\r\nbb\rccc\n\nd"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["a", "bb", "ccc", "", "d"]
    assert all(text[line.start : line.end] == line.text for line in lines)


def test_word_parts_split_words_at_apostrophes() -> None:
    text = "Sam's team met at 9 o’clock; rock'n'roll."
    note = Note(text, parse_layout(text), None)  # type: ignore[arg-type]
    assert {"sam's", "o’clock"} <= note.words and "team" in note.words
    assert {"sam", "s", "o", "clock", "rock", "n", "roll"} <= note.word_parts
    assert note.word_parts >= note.words
    plain = Note("No apostrophes here.", parse_layout("No apostrophes here."), None)  # type: ignore[arg-type]
    assert plain.word_parts == plain.words


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "one line",
        "a\nb\n",
        "a\n\n\nb",
        "Dear Ana,\n\nThanks!\n\nBest,\nSam\n",
        "trailing spaces  \n  and indents\n",
        "a\r\nb\r\n",
        "mixed\r\nline\nends\rhere",
    ],
)
def test_split_lines_and_line_index_agree_with_the_line_pattern(text: str) -> None:
    from notelint.engine import LineIndex

    pattern = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
    want = []
    for match in pattern.finditer(text):
        if match.start() == len(text) and want:
            break
        content = match.group().rstrip("\r\n")
        want.append((match.start(), match.start() + len(content), content))
    assert [(line.start, line.end, line.text) for line in split_lines(text)] == want
    breaks = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]
    assert LineIndex(text).starts == breaks


@pytest.mark.parametrize(
    "text",
    [
        "Sam's team met at 9 o'clock; rock'n'roll 'quoted' words''s and x'",
        "It's the team’s call, l'équipe and café",
        "naïve’s “quoted” déjà-vu — x’y’z ’tis 🙂 ok",
        "UPPER Case, digits 2024 and under_scores + hyphen-ated",
        "'''",
        "",
    ],
)
def test_words_are_what_the_word_pattern_finds(text: str) -> None:
    note = Note(text, parse_layout(text), None)  # type: ignore[arg-type]
    assert note.words == frozenset(re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower()))


@pytest.mark.parametrize(
    "text",
    [
        'She said "we ship on Fridays" and I agreed.',
        'The sign read "Staff only" at the dock.',
        'You asked "what would you cut first?" and I said the report.',
    ],
)
def test_a_quotation_of_someone_else_is_set_aside(text: str) -> None:
    from notelint.note import quoted

    [(start, end)] = quoted(text)
    assert text[start] == '"' and text[end - 1] == '"'


@pytest.mark.parametrize(
    "text",
    [
        "In case my voicemail cut out, here's roughly what I said: \"I'm keen on the job.\"",
        'I wanted to put it in writing too: "I\'m keen on the job."',
        "Sorry for the missed call. \"Hi Gemma, it's Nadia Hussain. I'm keen on the job.\"",
    ],
)
def test_the_writers_own_words_are_no_quotation(text: str) -> None:
    from notelint.note import quoted

    assert quoted(text) == []


@pytest.mark.parametrize(
    "ps", ["*P.S. Good luck with the launch.*", "**PS:** Good luck with the launch."]
)
def test_a_postscript_in_markdown_emphasis_is_the_postscript(ps: str) -> None:
    # Round 261: a P.S. set in italics or bold after the signature
    text = f"Hi Mei,\n\nThe design-system rebuild was fun.\n\nBest,\nRahul Varma\n\n---\n\n{ps}\n"
    layout = parse_layout(text)
    assert "Good luck with the launch" in (part(text, layout.postscript) or "")
    assert "Good luck" not in (part(text, layout.signature) or "")


def test_dear_in_other_languages_opens_a_greeting() -> None:
    text = "Estimado Rodrigo,\n\nWalking the press line was useful.\n\nSaludos,\nFernando\n"
    assert parts(text)["greeting"] == "Estimado Rodrigo,"
