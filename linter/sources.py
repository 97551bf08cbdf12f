"""Turn command-line paths into decoded note texts, or one-line reasons they cannot be read.

Encodings: a UTF-8, UTF-16 or UTF-32 byte-order mark is honoured; otherwise the
bytes must be valid UTF-8. Legacy 8-bit encodings (Windows-1252, Latin-1) are
not guessed, because a wrong guess silently changes names like "Zoë": such a
file is reported with the advice to re-save it as UTF-8.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from notelint.context import Context
from notelint.errors import InputError

SUFFIXES = (".txt", ".md", ".eml")
MAX_BYTES = 1_000_000
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclasses.dataclass(frozen=True)
class Source:
    """One input: its display path and either its text or why it could not be read."""

    path: str
    text: str | None = None
    error: str | None = None
    encoding: str = "utf-8"  # how to write the text back: see :func:`encode`
    found: bool = False  # found by walking a directory (exclude globs apply), not named
    context: Context | None = None  # what an e-mail's headers say about the interview

    @property
    def pending(self) -> bool:
        """Named but not read yet (see ``collect(read=False)`` and :func:`load`)."""
        return self.text is None and self.error is None


def load(source: Source) -> Source:
    """``source`` read from disk if it is pending, else ``source`` itself."""
    if not source.pending:
        return source
    loaded = _read(Path(source.path))
    return dataclasses.replace(loaded, found=source.found) if source.found else loaded


def decode(data: bytes) -> str:
    """Decode note bytes; InputError says why they are not text notelint can read."""
    return decode_with_encoding(data)[0]


def decode_with_encoding(data: bytes) -> tuple[str, str]:
    """The decoded text and the encoding to write it back with (BOM included)."""
    if len(data) > MAX_BYTES:
        raise InputError(f"file is larger than 1 MB ({len(data):,} bytes); is it really a note?")
    text = _decode_text(data)
    if _CONTROL.search(text):
        raise InputError("binary file (it contains control characters), not a text note")
    return text, _encoding_of(data)


def _encoding_of(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return f"{encoding}{_endian(bom).replace('_', '-')}-bom"
    return "utf-8"


def encode(text: str, encoding: str) -> bytes:
    """``text`` as bytes in ``encoding`` (``utf-8``, or e.g. ``utf-16-le-bom``)."""
    if not encoding.endswith("-bom"):
        return text.encode(encoding)
    codec = encoding[: -len("-bom")]
    bom = {
        "utf-8": codecs.BOM_UTF8,
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    return bom + text.encode(codec)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path``'s content with ``data`` atomically, keeping its permissions.

    The bytes go to a temporary file in the same folder, are flushed to disk, get
    the original file's mode, and then replace it in one rename: a reader sees the
    old note or the new one, never half of either.
    """
    mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".notelint-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _decode_text(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding.replace("-", "_") + _endian(bom))
            except UnicodeDecodeError:
                raise InputError(
                    f"not valid {encoding.upper()} text despite its byte-order mark"
                ) from None
    if b"\x00" in data:
        raise InputError("binary file (it contains NUL bytes), not a text note")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "legacy encodings are not guessed: re-save the file as UTF-8"
        ) from None


def _endian(bom: bytes) -> str:
    if bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE):
        return "_le"
    if bom in (codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE):
        return "_be"
    return ""


def read_file(path: Path) -> str:
    return read_file_with_encoding(path)[0]


def read_file_with_encoding(path: Path) -> tuple[str, str]:
    return decode_with_encoding(_read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file is larger than 1 MB ({size:,} bytes); is it really a note?")
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    return data


def read_stream(stream: BinaryIO) -> str:
    return decode(stream.read(MAX_BYTES + 1))


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield Path(root, name)


def collect(
    paths: Iterable[str],
    stdin: BinaryIO | None,
    stdin_name: str = "-",
    exclude: Callable[[str], bool] | None = None,
    read: bool = True,
) -> list[Source]:
    """Expand paths (directories recurse into notes) and read each; errors become Sources.

    ``exclude`` is asked about every note found inside a directory (not about
    paths named explicitly); those it returns True for are skipped unread. With
    ``read=False`` files are left pending, to be read by :func:`load` where they
    are checked (in a worker process, for large runs); standard input is read.
    """
    reader = _read if read else _pending
    sources: list[Source] = []
    for raw in paths:
        if raw == "-":
            try:
                if stdin is None:
                    raise InputError("standard input is not available")
                if stdin_name.lower().endswith(".eml"):
                    from notelint.mail import read_email

                    text, context = read_email(stdin.read(MAX_BYTES + 1))
                    sources.append(Source(stdin_name, text, context=context))
                else:
                    sources.append(Source(stdin_name, read_stream(stdin)))
            except InputError as exc:
                sources.append(Source(stdin_name, error=str(exc)))
            continue
        path = Path(raw)
        if path.is_dir():
            found = list(_walk(path))
            if not found:
                sources.append(
                    Source(raw, error="directory contains no notes (*.txt, *.md, *.eml)")
                )
            found = [p for p in found if exclude is None or not exclude(str(p))]
            sources.extend(dataclasses.replace(reader(p), found=True) for p in found)
        else:
            sources.append(reader(path))
    return sources


def _pending(path: Path) -> Source:
    return Source(str(path))


def _read(path: Path) -> Source:
    try:
        if path.suffix.lower() == ".eml":
            from notelint.mail import read_email

            text, context = read_email(_read_bytes(path))
            return Source(str(path), text, context=context)
        text, encoding = read_file_with_encoding(path)
        return Source(str(path), text, encoding=encoding)
    except InputError as exc:
        return Source(str(path), error=str(exc))
