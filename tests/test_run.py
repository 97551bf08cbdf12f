"""The streamed run: reports survive the spool unchanged, and the parent keeps little."""

from __future__ import annotations

from pathlib import Path

import pytest

from notelint.config import Settings
from notelint.rules import late
from notelint.run import _pack, _unpack, check_all, check_stream
from notelint.sources import collect

ROOT = Path(__file__).resolve().parent.parent / "examples"


def test_spooled_reports_equal_the_reports_kept_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # Drafts are judged against the clock ("sending it now is 9 days 2 hours after"): one
    # moment for both runs, so an hour ticking over between them changes nothing.
    moment = late.now()
    monkeypatch.setattr(late, "now", lambda: moment)
    settings = Settings()
    sources = collect([str(ROOT)], stdin=None)
    kept = [c.report for c in check_all(sources, lambda _: settings)]
    with check_stream(collect([str(ROOT)], stdin=None, read=False), lambda _: settings) as run:
        streamed = list(run)
        assert len(run) == len(kept)
    assert streamed == kept
    assert [r.source for r in streamed] == [r.source for r in kept]
    assert any(f.fix is not None for r in kept for f in r.findings)


def test_pack_round_trip_keeps_every_field() -> None:
    settings = Settings()
    [checked] = check_all(collect([str(ROOT / "flawed")], stdin=None)[:1], lambda _: settings)
    report = checked.report
    back = _unpack(_pack(report))
    assert back == report and back.source == report.source and back.stats == report.stats
    assert [type(f.severity) for f in back.findings] == [type(f.severity) for f in report.findings]
