"""Front matter and suppression directives: found, blanked without moving positions, honoured."""

from __future__ import annotations

import pytest

from notelint.directives import find
from notelint.errors import InputError

NOTE = "Dear Hiring Manager,\n\nThank you for your time.\nThe demo was great!!!\n\nBest,\nAna\n"


def test_front_matter_is_parsed_and_blanked_in_place() -> None:
    text = "---\ninterviewer: Priya Shah\ntopics: [billing, on-call]\n---\n" + NOTE
    found = find(text, frozenset({"too-long"}))
    assert found.front_matter["interviewer"] == "Priya Shah"
    assert found.front_matter["topics"] == ["billing", "on-call"]
    assert len(found.text) == len(text) and found.text.count("\n") == text.count("\n")
    assert found.text.endswith(NOTE) and not found.text[: -len(NOTE)].strip()


def test_front_matter_disable_silences_rules_for_the_file(lint) -> None:
    text = "---\nnotelint:\n  disable: [generic-greeting, gratuitous-thanks]\n---\n" + NOTE
    rules = {f.rule for f in lint(text).findings}
    assert "generic-greeting" not in rules and "gratuitous-thanks" not in rules
    assert "informal" in rules
    greeting = [f for f in lint(NOTE).findings if f.rule == "generic-greeting"]
    assert greeting and greeting[0].begin.line == 1


def test_positions_do_not_shift_after_front_matter(lint) -> None:
    text = "---\ncompany: Acme\n---\n" + NOTE
    [bang] = [f for f in lint(text).findings if f.rule == "informal"]
    assert text[bang.start : bang.end] == "!!!" and bang.begin.line == 7


def test_markdown_comment_disables_the_next_line_only(lint) -> None:
    text = (
        "Hi Dana,\n\nThe queue design was great!!!\n<!-- notelint: disable=informal -->\n"
        "The tour was fun!!!\n\nBest,\nAna\n"
    )
    bangs = [f for f in lint(text).findings if f.rule == "informal"]
    assert [f.begin.line for f in bangs] == [3]


def test_markdown_comment_disable_file(lint) -> None:
    text = "<!-- notelint: disable-file=informal,generic-greeting -->\n" + NOTE
    rules = {f.rule for f in lint(text).findings}
    assert not {"informal", "generic-greeting"} & rules and "gratuitous-thanks" in rules


def test_unknown_rule_in_a_directive_is_reported(assert_findings) -> None:
    text = "<!-- notelint: disable=gratuitus-thanks -->\n" + NOTE
    report = assert_findings(text, ("bad-directive", "notelint: disable=gratuitus-thanks"))
    assert "did you mean 'gratuitous-thanks'" in report.findings[0].message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nfoo: [bar\n---\nHi\n", "line 3: malformed front matter"),
        ("---\n- a\n- b\n---\nHi\n", "expected 'key: value' lines"),
        ("---\nnotelint:\n  ignore: [x]\n---\nHi\n", "'notelint' takes one key"),
    ],
)
def test_malformed_front_matter_is_an_input_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        find(text)


def test_malformed_front_matter_is_one_line_and_exit_2(cli, write) -> None:
    bad = write("bad.txt", "---\nfoo: [bar\n---\nHi Sam,\n")
    good = write("good.txt", NOTE)
    result = cli(str(bad), str(good))
    assert result.code == 2
    assert result.stderr_lines == [
        f"{bad}: error: line 3: malformed front matter: expected ',' or ']', but got '<stream end>'"
    ]
    assert f"{good}:1:1: warning [generic-greeting]" in result.stdout


def test_a_lone_rule_line_is_not_front_matter(lint) -> None:
    text = "---\nHi Dana,\n\nThe queue design was clever.\n\nBest,\nAna\n"
    assert lint(text).error is None


def test_unused_directives_are_reported_only_with_the_flag(cli, write) -> None:
    path = write(
        "note.md",
        "Hi Sam,\n\n<!-- notelint: disable=informal -->\nThe demo was great.\n"
        "<!-- notelint: disable=informal -->\nYou mentioned the audit backlog. I am keen to join!!\n\n"
        "Best,\nAna\n",
    )
    plain = cli("--format", "concise", str(path)).stdout
    assert "unused-directive" not in plain and "[informal]" not in plain
    flagged = cli("--format", "concise", "--report-unused-directives", str(path)).stdout
    assert flagged.splitlines() == [
        f"{path}:3:1: warning [unused-directive] this directive disables informal but suppressed nothing"
    ]
