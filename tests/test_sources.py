"""Reading inputs: encodings, size, binary files, directories and stdin, or one-line errors."""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from notelint.errors import InputError
from notelint.model import Report
from notelint.sources import MAX_BYTES, Source, collect, decode

Lint = Callable[..., Report]  # the ``lint`` fixture
Write = Callable[[str, str | bytes], Path]  # the ``write`` fixture

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
NOTE = "Dear Zoë,\r\n\r\nOur talk about the café stuck with me.\r\n\r\nBest,\r\nAnaïs\r\n"


def one(path: Path) -> Source:
    sources = collect([str(path)], stdin=None)
    assert len(sources) == 1
    return sources[0]


def assert_one_line_error(source: Source, *words: str) -> None:
    assert source.text is None
    assert source.error, f"{source.path} should have failed to read"
    assert "\n" not in source.error and "Traceback" not in source.error
    for word in words:
        assert word in source.error


# --- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        NOTE.encode("utf-8"),
        codecs.BOM_UTF8 + NOTE.encode("utf-8"),
        NOTE.encode("utf-16"),  # native order with its BOM
        codecs.BOM_UTF16_LE + NOTE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + NOTE.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + NOTE.encode("utf-32-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf32le-bom"],
)
def test_decodes_to_the_same_text_without_the_bom(data: bytes) -> None:
    text = decode(data)
    assert text == NOTE
    assert not text.startswith("\ufeff")


def test_invalid_utf8_is_refused_not_guessed(write: Write) -> None:
    path = write("zoe.txt", b"Dear Zo\xeb,\n\nThanks.\n")  # Windows-1252 "Zoë"
    source = one(path)
    assert_one_line_error(source, "UTF-8", "0xeb", "re-save")
    assert source.path == str(path)


def test_bom_with_undecodable_bytes_is_an_error() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone high surrogate


# --- binary and oversized files -----------------------------------------------------------------


def test_binary_file_is_refused(write: Write) -> None:
    assert_one_line_error(one(write("photo.txt", PNG)), "binary")


def test_control_characters_mark_a_binary_file() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"Dear Sam,\x1b[1m\x07")


def test_tabs_and_form_feeds_are_text() -> None:
    assert decode(b"Dear Sam,\tthanks\x0c\n") == "Dear Sam,\tthanks\x0c\n"


def test_file_over_one_megabyte_is_refused(write: Write) -> None:
    path = write("huge.txt", b"word " * (MAX_BYTES // 5 + 1))
    assert path.stat().st_size > 1_000_000
    assert_one_line_error(one(path), "1 MB")


def test_file_of_exactly_the_limit_is_read(write: Write) -> None:
    path = write("limit.txt", b"w" * MAX_BYTES)
    source = one(path)
    assert source.error is None and source.text is not None and len(source.text) == MAX_BYTES


def test_oversized_stdin_is_refused() -> None:
    sources = collect(["-"], stdin=io.BytesIO(b"a" * (MAX_BYTES + 1)), stdin_name="draft.txt")
    assert [s.path for s in sources] == ["draft.txt"]
    assert_one_line_error(sources[0], "1 MB")


# --- paths ------------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    source = one(tmp_path / "nope.txt")
    assert source.path == str(tmp_path / "nope.txt")
    assert_one_line_error(source, "no such file")


def test_directory_without_notes(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(PNG)
    (tmp_path / ".hidden.txt").write_text("Hi\n")
    source = one(tmp_path)
    assert source.path == str(tmp_path)
    assert_one_line_error(source, "no notes")


def test_directory_recursion_picks_notes_only(tmp_path: Path) -> None:
    for name in (
        "a.txt",
        "sub/b.md",
        "sub/deeper/c.eml",
        "UPPER.TXT",  # notes
        "photo.png",
        "notes.docx",
        ".hidden.txt",
        ".git/d.txt",
        "sub/.cache/e.md",  # not notes
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Hi Sam,\n\nBody.\n")
    found = [Path(s.path).relative_to(tmp_path).as_posix() for s in collect([str(tmp_path)], None)]
    assert sorted(found) == ["UPPER.TXT", "a.txt", "sub/b.md", "sub/deeper/c.eml"]


def test_errors_do_not_stop_other_inputs(write: Write, tmp_path: Path) -> None:
    good = write("good.txt", NOTE)
    bad = write("bad.txt", b"Zo\xeb")
    sources = collect([str(tmp_path / "missing.txt"), str(bad), str(good)], stdin=None)
    assert [s.path for s in sources] == [str(tmp_path / "missing.txt"), str(bad), str(good)]
    assert [s.text is None for s in sources] == [True, True, False]
    assert sources[2].text == NOTE


def test_stdin_is_read_as_bytes_and_named() -> None:
    data = codecs.BOM_UTF8 + NOTE.encode("utf-8")
    sources = collect(["-"], stdin=io.BytesIO(data), stdin_name="draft.txt")
    assert sources == [Source("draft.txt", NOTE)]


def test_stdin_unavailable_is_an_error_not_a_crash() -> None:
    assert_one_line_error(collect(["-"], stdin=None)[0], "standard input")


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t \n"], ids=["empty", "whitespace"])
def test_empty_inputs_are_read_and_reported_empty(write: Write, lint: Lint, content: bytes) -> None:
    source = one(write("empty.txt", content))
    assert source.error is None and source.text == content.decode()
    report = lint(source.text)
    assert report.empty and report.error is None and report.findings == ()
    assert not report.unreadable
