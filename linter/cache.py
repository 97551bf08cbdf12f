"""Remember each note's report, so a folder of unchanged notes is checked in a blink.

As in ruff, a batch run looks each note up before checking it. The key is a hash
of everything the report depends on:

* notelint's own code (every module of the package, byte for byte), the
  versions of Python, spaCy, textstat and numpy, and the code of each plugin
  rule when plugins are on;
* the note's settings, written out canonically (select, options, ``allow``,
  ``per-file-ignores`` and the rest), its path, its interview context and its
  text.

So a changed note, setting or rule is simply a miss; nothing ever needs
invalidating by hand. Not cached: a note that could not be checked fully (an
error), a draft checked against an interview time (its ``late`` finding depends
on the clock), and runs with a trained ``--model`` (a pipeline on disk can change
under the same name).

Where: ``--cache-dir``, else ``$NOTELINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/notelint``, else ``~/.cache/notelint`` (never beside the
notes, so a repository of notes stays as it was). ``--no-cache`` or
``NOTELINT_NO_CACHE=1`` turns it off. It is one SQLite file per version of the
code, which keeps at most 100,000 reports (the least recently stored go first);
files of other versions left unused for 30 days are deleted, and a file that is
not a database (or a damaged one) is started again. Deleting the folder
is always safe (``notelint clean`` does). A cache that cannot be opened for
another reason (a folder that cannot be made, a read-only file) is one warning,
and a failure to read or write it later turns it off without one; either way the
results are the same, only slower.

The run-level half of ``near-duplicate`` (:mod:`notelint.duplicates`) compares
every note with every other, so it is kept too, keyed by all its inputs: a run in
which no note changed reuses it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path

from notelint import __version__
from notelint.config import Settings
from notelint.model import Fingerprint
from notelint.sources import Source

FORMAT = 1  # bump when what is stored changes shape
PREFIX = "notelint-"
SUFFIX = ".sqlite3"
STALE_DAYS = 30
# Entries one file keeps (about 2 KB each): past this, the older half goes, so a folder
# of notes edited for years does not grow its cache without end.
LIMIT = 100_000
_LIBRARIES = ("spacy", "textstat", "numpy")
_BATCH = 500  # keys per query, well under SQLite's limit on parameters


def location(cache_dir: str | None = None) -> Path:
    """Where the cache lives (see the module doc)."""
    chosen = cache_dir or os.environ.get("NOTELINT_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "notelint"


def folder(cache_dir: str | None = None, disabled: bool = False) -> Path | None:
    """Where the cache lives, or None when ``--no-cache`` or ``NOTELINT_NO_CACHE`` is set."""
    if disabled or os.environ.get("NOTELINT_NO_CACHE", "").strip() not in ("", "0"):
        return None
    return location(cache_dir)


def canonical(value: object) -> object:
    """``value`` as plain JSON data, the same in every process (sets and maps sorted)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: canonical(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.compare  # Settings.origins says where a value came from, not what it is
        }
    if isinstance(value, enum.Enum):
        return [type(value).__name__, canonical(value.value)]
    if isinstance(value, Mapping):
        return sorted([str(k), canonical(v)] for k, v in value.items())
    if isinstance(value, (set, frozenset)):
        return sorted(json.dumps(canonical(v)) for v in value)
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (Path, dt.datetime, dt.date)):
        return str(value)
    return repr(value)


@functools.lru_cache(maxsize=1)
def code_digest() -> bytes:
    """A hash of notelint's code and the libraries whose behaviour its reports depend on."""
    import notelint
    import notelint.rules

    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{FORMAT}\0{__version__}\0{sys.version}".encode())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"\0{name}={version}".encode())
    for package in (notelint, notelint.rules):
        for base in package.__path__:
            for path in sorted(Path(base).glob("**/*.py")):
                digest.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes())
    return digest.digest()


@functools.lru_cache(maxsize=2)
def _plugin_digest(plugins: bool) -> bytes:
    """A hash of the plugin rules' code: a plugin's new version is a miss, not a stale hit."""
    from notelint.registry import BUILTIN, registry

    digest = hashlib.blake2b(digest_size=20)
    if plugins:
        for rule_id, entry in sorted(registry(True).items()):
            if entry.source == BUILTIN:
                continue
            module = sys.modules.get(entry.rule.__module__)
            filename = getattr(module, "__file__", None)
            code = Path(filename).read_bytes() if filename else repr(entry.rule).encode()
            digest.update(f"{rule_id}\0{entry.source}\0".encode() + code)
    return digest.digest()


def settings_key(settings: Settings) -> bytes | None:
    """What every key of notes checked with ``settings`` starts with; None: do not cache."""
    if settings.model is not None:
        return None
    text = json.dumps(canonical(settings), sort_keys=True, ensure_ascii=False)
    digest = hashlib.blake2b(code_digest() + _plugin_digest(settings.plugins), digest_size=20)
    digest.update(text.encode())
    return digest.digest()


def note_key(prefix: bytes, source: Source) -> bytes | None:
    """The key of one loaded note, or None if it was not read (its error is not cached)."""
    if source.text is None:
        return None
    context = json.dumps(canonical(source.context), sort_keys=True, ensure_ascii=False)
    digest = hashlib.blake2b(prefix, digest_size=20)
    for part in (source.path, context, source.text):
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little") + encoded)
    return digest.digest()


def matches_key(fingerprints: Sequence[Fingerprint | None], paths: Sequence[str]) -> bytes:
    """The key of the near-duplicate pass over a whole run: its inputs, hashed."""
    digest = hashlib.blake2b(b"near-duplicate\0" + code_digest(), digest_size=20)
    for path, print_ in zip(paths, fingerprints, strict=True):
        digest.update(path.encode("utf-8", "surrogatepass") + b"\0")
        if print_ is not None:
            fields = (print_.threshold, print_.company, print_.anchor, print_.hidden)
            digest.update(repr((*fields, print_.directive)).encode() + b"\0")
            digest.update(print_.shingles.tobytes())
        digest.update(b"\1")
    return digest.digest()


def database(directory: Path) -> Path:
    """The file in ``directory`` for this version of the code."""
    return directory / f"{PREFIX}{code_digest().hex()[:16]}{SUFFIX}"


class Cache:
    """The reports stored in one SQLite file; every method fails soft (see the module doc).

    Open it in the process that uses it: a connection must not cross a fork.
    """

    def __init__(self, directory: Path) -> None:
        self.path = database(directory)
        self._db: sqlite3.Connection | None = None
        self.broken: str | None = None  # why the cache was turned off, if it was
        try:
            try:
                self._connect(directory)
            except sqlite3.DatabaseError as exc:
                if type(exc) is not sqlite3.DatabaseError:
                    raise  # locked, read-only, out of space: not this file's fault
                # Not a database, or a damaged one: it is only a cache, so start it again.
                self.close()
                for path in directory.glob(f"{self.path.name}*"):
                    path.unlink()
                self._connect(directory)
        except (OSError, sqlite3.Error) as exc:
            self._fail(exc)

    def _connect(self, directory: Path) -> None:
        new = not self.path.exists()
        if new:
            _prepare(directory)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS reports (key BLOB PRIMARY KEY, value BLOB NOT NULL)"
        )
        if new:
            _prune(directory, keep=self.path)

    def _fail(self, exc: Exception) -> None:
        self.broken = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        if self._db is not None:
            self._db.close()
        self._db = None

    @property
    def working(self) -> bool:
        return self._db is not None

    def empty(self) -> bool:
        """Whether nothing is stored (a first run needs no look-ups)."""
        try:
            if self._db is None:
                return True
            return self._db.execute("SELECT 1 FROM reports LIMIT 1").fetchone() is None
        except sqlite3.Error as exc:
            self._fail(exc)
            return True

    def _select(self, what: str, keys: list[bytes]) -> list[tuple[object, ...]]:
        """Rows of ``SELECT what`` for ``keys``, a batch at a time (raises sqlite3.Error)."""
        db = self._db
        rows: list[tuple[object, ...]] = []
        if db is None:
            return rows
        for i in range(0, len(keys), _BATCH):
            part = keys[i : i + _BATCH]
            query = f"SELECT {what} FROM reports WHERE key IN ({','.join('?' * len(part))})"
            rows += db.execute(query, part).fetchall()
        return rows

    def get(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """The stored values of those ``keys`` that are stored."""
        try:
            rows = self._select("key, value", list(dict.fromkeys(keys)))
        except sqlite3.Error as exc:
            self._fail(exc)
            return {}
        return {
            key: value for key, value in rows if isinstance(key, bytes) and isinstance(value, bytes)
        }

    def has_all(self, keys: list[bytes]) -> bool:
        """Whether every one of ``keys`` is stored (without reading the values)."""
        wanted = list(dict.fromkeys(keys))
        try:
            return bool(wanted) and len(self._select("key", wanted)) == len(wanted)
        except sqlite3.Error as exc:
            self._fail(exc)
            return False

    def put(self, items: Mapping[bytes, bytes]) -> None:
        """Store ``items`` in one transaction."""
        if self._db is None or not items:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")  # take the write lock now, or wait for it
                self._db.executemany(
                    "INSERT OR REPLACE INTO reports (key, value) VALUES (?, ?)", items.items()
                )
        except sqlite3.Error as exc:
            self._fail(exc)

    def trim(self) -> None:
        """Keep at most LIMIT entries: when there are more, delete the older half.

        A replaced entry is written anew, so "older" means least recently stored.
        """
        if self._db is None:
            return
        try:
            low, high = self._db.execute("SELECT min(rowid), max(rowid) FROM reports").fetchone()
            if low is not None and high - low >= LIMIT:
                self._db.execute("DELETE FROM reports WHERE rowid <= ?", (high - LIMIT // 2,))
        except sqlite3.Error as exc:
            self._fail(exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _prepare(directory: Path) -> None:
    """Create the folder, marked as a cache for backup tools and ignored by git."""
    directory.mkdir(parents=True, exist_ok=True)
    tag = directory / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This file is a cache directory tag created by notelint.\n"
        )
    ignore = directory / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Created by notelint.\n*\n")


def _prune(directory: Path, keep: Path) -> None:
    """Delete other versions' cache files that no run has touched for STALE_DAYS."""
    limit = time.time() - STALE_DAYS * 86400
    for path in directory.glob(f"{PREFIX}*{SUFFIX}*"):  # with SQLite's -wal and -shm files
        if not path.name.startswith(keep.name):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                pass  # another run pruned it first


def clean(directory: Path) -> int:
    """Delete every cache file in ``directory``; how many were deleted."""
    removed = 0
    for path in directory.glob(f"{PREFIX}*{SUFFIX}*"):
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


_open: dict[tuple[int, Path], Cache] = {}


def _cache(directory: Path) -> Cache:
    key = (os.getpid(), directory)
    cache = _open.get(key)
    if cache is None:
        cache = _open[key] = Cache(directory)
    return cache


def opened(directory: Path | None) -> Cache | None:
    """This process's open cache in ``directory`` (one per process: forks reopen it)."""
    if directory is None:
        return None
    cache = _cache(directory)
    return cache if cache.working else None


def start(directory: Path | None) -> tuple[Path | None, str | None]:
    """Open the cache for a run: ``(directory, None)``, or ``(None, why it is off)``."""
    if directory is None:
        return None, None
    cache = _cache(directory)
    cache.trim()
    if cache.working:
        return directory, None
    return None, f"cannot use the cache in {directory}: {cache.broken} (--no-cache turns it off)"
