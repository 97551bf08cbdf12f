"""--fix, --unsafe-fixes and --diff: safe mechanical fixes, written atomically and faithfully."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

from notelint.fixes import apply
from notelint.model import Fix

NOTE = (
    "Hi Dana,\n\nThank you for your time.\n\nThe queue design you sketched was clever!!! "
    "I am keen to join the team.\n\nThanks again for your time,\nAna\n"
)
FIXED = (
    "Hi Dana,\n\nThe queue design you sketched was clever! I am keen to join the team.\n\n"
    "Thanks again,\nAna\n"
)


def test_apply_skips_overlaps_and_counts() -> None:
    text, applied = apply("abcdef", [Fix(0, 2, "X"), Fix(1, 3, "Y"), Fix(4, 6, "")])
    assert (text, applied) == ("Xcd", 2)


def test_fix_applies_safe_fixes_and_reports_the_rest(cli, write) -> None:
    path = write("note.txt", NOTE)
    result = cli("--fix", str(path))
    assert path.read_text(encoding="utf-8") == FIXED
    assert result.code == 0 and "fixed 3 problems" in result.stderr


def test_fix_twice_changes_nothing_the_second_time(cli, write) -> None:
    path = write("note.txt", NOTE)
    cli("--fix", str(path))
    before = path.stat()
    second = cli("--fix", str(path))
    after = path.stat()
    assert path.read_text(encoding="utf-8") == FIXED and "fixed" not in second.stderr
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_file_without_fixes_is_never_touched(cli, write) -> None:
    path = write(
        "clean.txt", "Hi Dana,\n\nThe queue design you sketched was clever.\n\nBest,\nAna\n"
    )
    before = path.stat()
    cli("--fix", str(path))
    after = path.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_fix_keeps_encoding_and_crlf(cli, write, encoding: str, bom: bytes) -> None:
    crlf = NOTE.replace("\n", "\r\n")
    path = write("note.txt", bom + crlf.replace("Dana", "Zoë").encode(encoding))
    cli("--fix", str(path))
    data = path.read_bytes()
    assert data.startswith(bom)
    assert data[len(bom) :].decode(encoding) == FIXED.replace("\n", "\r\n").replace("Dana", "Zoë")


def test_fix_keeps_permissions(cli, write) -> None:
    path = write("note.txt", NOTE)
    path.chmod(0o640)
    cli("--fix", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_text() == FIXED


def test_fix_writes_through_a_temporary_file_in_the_same_folder(cli, write, monkeypatch) -> None:
    path = write("note.txt", NOTE)
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        replaced.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    cli("--fix", str(path))
    [(src, dst)] = replaced
    assert Path(src).parent == path.parent and Path(src) != path and dst == str(path)
    assert not Path(src).exists() and sorted(p.name for p in path.parent.iterdir()) == ["note.txt"]


def test_diff_prints_and_writes_nothing(cli, write) -> None:
    path = write("note.txt", NOTE)
    result = cli("--diff", str(path))
    assert path.read_text(encoding="utf-8") == NOTE
    assert result.code == 1
    assert "-Thank you for your time.\n" in result.stdout and "+Thanks again,\n" in result.stdout
    assert cli("--diff", str(write("clean.txt", FIXED))).code == 0


def test_unsafe_fixes_only_on_request(cli, write) -> None:
    text = (
        "Hey Dana,\n\nThe queue design you sketched was clever 🙂 I'm gonna join.\n\nBest,\nAna\n"
    )
    path = write("note.txt", text)
    cli("--fix", str(path))
    assert path.read_text(encoding="utf-8") == text
    cli("--fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8") == (
        "Hi Dana,\n\nThe queue design you sketched was clever I'm going to join.\n\nBest,\nAna\n"
    )


def test_generic_greeting_fix_uses_the_interviewer_from_front_matter(cli, write) -> None:
    text = "---\ninterviewer: Priya Shah\n---\nDear Hiring Manager,\n\nThe audit plan was clear.\n"
    path = write("note.txt", text)
    cli("--fix", str(path))
    assert path.read_text(encoding="utf-8") == text.replace(
        "Dear Hiring Manager,", "Dear Priya Shah,"
    )


def test_stdin_fix_prints_the_fixed_note(cli) -> None:
    result = cli("--fix", "-", input=NOTE)
    assert result.stdout == FIXED and result.code == 0


def test_stock_thanks_inside_a_longer_sentence_has_no_fix(lint) -> None:
    text = "Hi Dana,\n\nThank you for your time, and for the tour of the lab.\n\nOk.\n"
    [finding] = lint(text, select="gratuitous-thanks").findings
    assert finding.fix is None
