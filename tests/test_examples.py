"""The labelled corpus in examples/ is executable documentation: every note gets exactly
the rule ids its folder's labels.toml declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from notelint import Report, lint_paths
from notelint.examples import Example, load
from notelint.registry import registry

ROOT = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES = load(ROOT)


def test_corpus_is_labelled_and_varied() -> None:
    labelled = {e.path for e in EXAMPLES}
    on_disk = {p for p in ROOT.glob("*/*") if p.suffix in (".txt", ".md", ".eml")}
    assert labelled == on_disk, "every note needs a label and every label a note"
    assert len(EXAMPLES) >= 60
    assert sum(1 for e in EXAMPLES if not e.expect) >= 20
    known = set(registry())
    for example in EXAMPLES:
        assert example.expect <= known, f"{example.path}: unknown rule in labels"
        # A known miss is a rule that should fire; a known false alarm one that should not.
        assert example.missed <= example.expect, f"{example.path}: 'missed' not in 'expect'"
        assert not example.false_alarm & example.expect, f"{example.path}: alarm is expected"


@pytest.fixture(scope="module")
def reports() -> dict[Path, Report]:
    results = lint_paths([str(e.path) for e in EXAMPLES])
    return {e.path: r for e, r in zip(EXAMPLES, results, strict=True)}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.path.parent.name}/{e.path.name}")
def test_example(example: Example, reports: dict[Path, Report]) -> None:
    report = reports[example.path]
    assert report.error is None, report.error
    actual = frozenset(f.rule for f in report.findings)
    # Known mistakes are recorded in the labels; fixing one makes this fail until the
    # label's "missed" / "false_alarm" entry is removed.
    assert actual == example.reported, (
        f"missing {sorted(example.reported - actual)}, "
        f"unexpected {sorted(actual - example.reported)} ({example.why})"
    )
