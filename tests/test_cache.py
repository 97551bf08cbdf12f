"""The cache of results: a hit gives exactly what a fresh check gives, and a change is a miss."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from notelint import cache as caching
from notelint import run as running
from notelint.config import Settings
from notelint.config_file import forget
from notelint.context import Context

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """260 labelled notes of every kind (three chunks: enough for worker processes)."""
    folder = tmp_path / "notes"
    folder.mkdir()
    picked = sorted((EXAMPLES / "blind").glob("*.txt"))[:200]
    picked += sorted((EXAMPLES / "flawed").glob("*.txt"))[:40]
    picked += sorted((EXAMPLES / "blind").glob("*.eml"))[:20]
    for path in picked:
        shutil.copyfile(path, folder / path.name)
    # Two copies with the names changed: the near-duplicate pass must find them warm too.
    body = (EXAMPLES / "flawed" / "retail-manager-stock-thanks.txt").read_text()
    (folder / "zz-copy-a.txt").write_text(body)
    (folder / "zz-copy-b.txt").write_text(body.replace("Dear", "Hello"))
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the notes the rules really ran on (in this process)."""
    seen: list[str] = []
    real = running.iter_reports

    def spy(sources: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        sources = list(sources)
        seen.extend(Path(s.path).name for s in sources)
        return real(sources, *args, **kwargs)

    monkeypatch.setattr(running, "iter_reports", spy)
    return seen


def _json(cli: Callable[..., Any], *argv: str, cached: Path | None) -> Any:
    flags = ["--cache-dir", str(cached)] if cached else ["--no-cache"]
    result = cli("--format", "json", *flags, *argv, env={"NOTELINT_NO_CACHE": None})
    assert result.code in (0, 1), result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_a_warm_run_in_one_process_checks_nothing_and_reports_the_same(
    cli: Callable[..., Any], notes: Path, cache_dir: Path, checked: list[str]
) -> None:
    fresh = _json(cli, "--jobs", "1", str(notes), cached=None)
    assert len(checked) == 262
    checked.clear()
    cold = _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    assert len(checked) == 262
    checked.clear()
    warm = _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    assert checked == []
    assert cold == fresh and warm == fresh
    assert any(f["rule"] == "near-duplicate" for r in warm["files"] for f in r["findings"])


def test_a_warm_parallel_run_starts_no_worker_and_reports_the_same(
    cli: Callable[..., Any], notes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _json(cli, "--jobs", "2", str(notes), cached=None)
    assert _json(cli, "--jobs", "2", str(notes), cached=cache_dir) == fresh

    def no_workers(*args: Any) -> Any:
        raise AssertionError("a run of cached notes needs no worker process")

    monkeypatch.setattr(running, "_pool", no_workers)
    assert _json(cli, "--jobs", "2", str(notes), cached=cache_dir) == fresh


def test_a_changed_note_is_checked_again_and_only_it(
    cli: Callable[..., Any], notes: Path, cache_dir: Path, checked: list[str]
) -> None:
    _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    note = notes / "zz-copy-b.txt"
    note.write_text(note.read_text() + "\nPS: I really need this job.\n")
    checked.clear()
    warm = _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    assert checked == ["zz-copy-b.txt"]
    assert warm == _json(cli, "--jobs", "1", str(notes), cached=None)
    changed = next(r for r in warm["files"] if r["path"].endswith("zz-copy-b.txt"))
    assert "desperation" in {f["rule"] for f in changed["findings"]}


@pytest.mark.parametrize(
    "argv",
    [
        ("--select", "gratuitous-thanks,sycophancy"),
        ("--ignore", "no-conversation-reference"),
        ("--fail-on", "error"),
        ("--company", "Northwind Traders"),
        ("--report-unused-directives",),
    ],
)
def test_other_settings_are_a_miss(
    cli: Callable[..., Any],
    notes: Path,
    cache_dir: Path,
    checked: list[str],
    argv: tuple[str, ...],
) -> None:
    _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    checked.clear()
    warm = _json(cli, "--jobs", "1", *argv, str(notes), cached=cache_dir)
    assert len(checked) == 262
    assert warm == _json(cli, "--jobs", "1", *argv, str(notes), cached=None)


def test_a_changed_configuration_file_is_a_miss(
    cli: Callable[..., Any], notes: Path, cache_dir: Path, checked: list[str]
) -> None:
    config = notes / "notelint.toml"
    config.write_text('[per-file-ignores]\n"zz-*.txt" = ["gratuitous-thanks"]\n')
    first = _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    config.write_text('[per-file-ignores]\n"zz-*.txt" = ["near-duplicate"]\n')
    forget()  # this process read the old file; a new notelint process reads it afresh
    checked.clear()
    second = _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    assert len(checked) == 262
    assert second == _json(cli, "--jobs", "1", str(notes), cached=None)
    assert second != first


def test_a_draft_checked_against_an_interview_time_is_never_stored(
    cli: Callable[..., Any], write: Callable[[str, str], Path], cache_dir: Path, checked: list[str]
) -> None:
    clean = EXAMPLES / "clean" / "bank-teller-to-loan-officer.txt"
    note = write("draft.txt", clean.read_text())
    for _ in range(2):
        found = _json(cli, "--interviewed", "2020-01-02 10:00", str(note), cached=cache_dir)
        assert [f["rule"] for f in found["files"][0]["findings"]] == ["late"]
    assert checked == ["draft.txt", "draft.txt"]  # the clock moved on between the runs
    checked.clear()
    _json(cli, str(note), cached=cache_dir)
    _json(cli, str(note), cached=cache_dir)
    assert checked == ["draft.txt"]  # without an interview time it is stored


@pytest.mark.parametrize("junk", [b"not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_file_that_is_not_a_database_is_started_again(
    cli: Callable[..., Any], notes: Path, cache_dir: Path, checked: list[str], junk: bytes
) -> None:
    fresh = _json(cli, "--jobs", "1", str(notes), cached=None)
    cache_dir.mkdir()
    caching.database(cache_dir).write_bytes(junk)
    checked.clear()
    assert _json(cli, "--jobs", "1", str(notes), cached=cache_dir) == fresh
    assert _json(cli, "--jobs", "1", str(notes), cached=cache_dir) == fresh
    assert len(checked) == 262  # checked once; the second run used the new file


def test_a_cache_folder_that_cannot_be_made_is_a_warning(
    cli: Callable[..., Any], write: Callable[[str, str], Path], notes: Path
) -> None:
    blocker = write("blocker", "a file where the cache folder would go")
    result = cli(
        "--format",
        "json",
        "--cache-dir",
        str(blocker / "cache"),
        str(notes),
        env={"NOTELINT_NO_CACHE": None},
    )
    [warning] = result.stderr_lines
    assert warning == (
        f"notelint: warning: cannot use the cache in {blocker / 'cache'}: Not a directory "
        "(--no-cache turns it off)"
    )
    assert json.loads(result.stdout) == _json(cli, str(notes), cached=None)


def test_damaged_entries_are_misses(
    cli: Callable[..., Any], notes: Path, cache_dir: Path, checked: list[str]
) -> None:
    fresh = _json(cli, "--jobs", "1", str(notes), cached=cache_dir)
    database = next(cache_dir.glob("notelint-*.sqlite3"))
    with sqlite3.connect(database) as db:
        db.execute("UPDATE reports SET value = x'00ff00'")
    checked.clear()
    assert _json(cli, "--jobs", "1", str(notes), cached=cache_dir) == fresh
    assert len(checked) == 262


def test_no_cache_and_the_environment_turn_it_off(
    cli: Callable[..., Any], notes: Path, cache_dir: Path
) -> None:
    cli("--no-cache", "--cache-dir", str(cache_dir), str(notes), env={"NOTELINT_NO_CACHE": None})
    cli("--cache-dir", str(cache_dir), str(notes), env={"NOTELINT_NO_CACHE": "1"})
    assert not cache_dir.exists()
    cli("--cache-dir", str(cache_dir), str(notes), env={"NOTELINT_NO_CACHE": "0"})
    assert sorted(p.name for p in cache_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        ".gitignore",
        "CACHEDIR.TAG",
        caching.database(cache_dir).name,
    ]


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NOTELINT_NO_CACHE")
    monkeypatch.delenv("NOTELINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert caching.folder() == tmp_path / "xdg" / "notelint"
    monkeypatch.setenv("NOTELINT_CACHE_DIR", str(tmp_path / "mine"))
    assert caching.folder() == tmp_path / "mine"
    assert caching.folder(str(tmp_path / "flag")) == tmp_path / "flag"
    assert caching.folder(str(tmp_path / "flag"), disabled=True) is None
    monkeypatch.delenv("NOTELINT_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert caching.folder() == tmp_path / "home" / ".cache" / "notelint"


def test_clean_removes_the_cache_files(
    cli: Callable[..., Any], notes: Path, cache_dir: Path
) -> None:
    _json(cli, str(notes), cached=cache_dir)
    assert list(cache_dir.glob("notelint-*.sqlite3"))
    result = cli("clean", "--cache-dir", str(cache_dir))
    assert result.code == 0 and result.stdout.startswith("removed ")
    assert not list(cache_dir.glob("notelint-*"))
    again = cli("clean", "--cache-dir", str(cache_dir))
    assert again.stdout.startswith("removed 0 cache files")


def test_other_versions_files_are_pruned_once_stale(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir.mkdir()
    stale, recent = cache_dir / "notelint-0000.sqlite3", cache_dir / "notelint-1111.sqlite3"
    for path in (stale, recent):
        path.write_bytes(b"")
    month_ago = time.time() - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    monkeypatch.setattr(caching, "code_digest", lambda: b"\x42" * 20)
    cache = caching.Cache(cache_dir)
    assert cache.working and cache.path.name == "notelint-4242424242424242.sqlite3"
    assert not stale.exists() and recent.exists()
    cache.close()


def test_a_new_version_of_the_code_uses_a_new_file(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = caching.Cache(cache_dir)
    first.put({b"k": b"v"})
    monkeypatch.setattr(caching, "code_digest", lambda: b"\x01" * 20)
    second = caching.Cache(cache_dir)
    assert second.path != first.path and second.get([b"k"]) == {} and second.empty()
    assert first.get([b"k", b"other"]) == {b"k": b"v"} and not first.empty()
    assert first.has_all([b"k"]) and not first.has_all([b"k", b"other"])
    first.close()
    second.close()


def test_the_settings_key_is_the_same_in_every_process() -> None:
    settings = "Settings(ignore=('informal', 'late'), allow={'sycophancy': ('a', 'b')})"
    code = (
        "from notelint.cache import settings_key; from notelint.config import Settings;"
        f"print(settings_key({settings}).hex())"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1 and len(keys.pop().strip()) == 40


def test_what_goes_into_the_settings_key() -> None:
    base = Settings()
    key = caching.settings_key(base)
    assert key is not None
    assert caching.settings_key(dataclasses.replace(base, origins={"select": "x.toml"})) == key
    changed = [
        dataclasses.replace(base, options={"too-long": {"max_words": 90}}),
        dataclasses.replace(base, allow={"sycophancy": ("dream company",)}),
        dataclasses.replace(base, context=Context(company="Acme")),
        dataclasses.replace(base, root=Path("/elsewhere"), per_file_ignores={"*.md": ("late",)}),
        dataclasses.replace(base, plugins=False),
    ]
    assert len({caching.settings_key(s) for s in changed} | {key}) == len(changed) + 1
    assert caching.settings_key(dataclasses.replace(base, model="en_core_web_sm")) is None


def test_canonical_sorts_sets_and_mappings() -> None:
    assert caching.canonical({"b": 1, "a": frozenset({"y", "x"})}) == [
        ["a", ['"x"', '"y"']],
        ["b", 1],
    ]


def test_a_full_cache_drops_its_least_recently_stored_half(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(caching, "LIMIT", 10)
    cache = caching.Cache(cache_dir)
    for i in range(12):
        cache.put({bytes([i]): b"v"})
    cache.put({bytes([0]): b"again"})  # stored anew: now the most recent
    cache.trim()
    kept = cache.get(bytes([i]) for i in range(12))
    assert sorted(kept) == sorted(bytes([i]) for i in (0, 8, 9, 10, 11))
    cache.trim()  # under the limit now: nothing more goes
    assert len(cache.get(bytes([i]) for i in range(12))) == 5
    cache.close()
