"""near-duplicate: notes in one run that are copies of each other once names are set aside."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import numpy as np
import pytest

from notelint import Settings, lint_text
from notelint.config import active_rules
from notelint.duplicates import find_near_duplicates, similar_pairs
from notelint.errors import ConfigError
from notelint.run import check_all
from notelint.sources import collect

BODY = """You mentioned the backlog of vendor invoices during the panel. At Globex I cut a \
similar backlog by half with a weekly triage meeting and a shared tracker, and the month-end \
close went from nine days to five.

Our talk about the close made me even more keen to join the finance operations team, and I \
would bring the same habits from the first week."""

OTHER_BODY = """Your question about the churn dashboard stayed with me. At Initech I rebuilt a \
similar dashboard from cohort tables, and the retention team finally trusted the numbers \
enough to act on them each Monday.

I would love to help the analytics team do the same for the renewals forecast."""


def note(name: str, body: str = BODY, signature: str = "Ana Ruiz") -> str:
    return (
        f"Hi {name},\n\n{body.replace('the panel', f'the panel, {name}')}\n\nBest,\n{signature}\n"
    )


def json_files(cli, *args: str) -> dict[str, list[dict]]:
    result = cli("--format", "json", *args)
    assert result.stderr == "", result.stderr
    return {Path(f["path"]).name: f["findings"] for f in json.loads(result.stdout)["files"]}


def test_two_copies_with_different_names_name_each_other(cli, write) -> None:
    a = write("priya.txt", note("Priya"))
    b = write("sam.txt", note("Sam", signature="Ana Ruiz\nFinance analyst"))
    c = write("dana.txt", note("Dana", OTHER_BODY))
    files = json_files(cli, "--select", "near-duplicate", str(a), str(b), str(c))
    [on_a], [on_b] = files["priya.txt"], files["sam.txt"]
    assert files["dana.txt"] == []
    assert str(b) in on_a["message"] and str(a) in on_b["message"]
    assert "100% the same" in on_a["message"]
    for finding in (on_a, on_b):
        assert finding["rule"] == "near-duplicate" and finding["severity"] == "warning"
        assert (finding["line"], finding["column"], finding["text"]) == (3, 1, "You")
        assert finding["end_column"] == 4


def test_copies_fail_the_run(cli, write) -> None:
    a, b = write("a.txt", note("Priya")), write("b.txt", note("Sam"))
    assert cli("--select", "near-duplicate", str(a), str(b)).code == 1
    assert cli("--select", "near-duplicate", "--exit-zero", str(a), str(b)).code == 0


def test_different_notes_are_quiet(cli, write) -> None:
    a, b = write("a.txt", note("Priya")), write("b.txt", note("Dana", OTHER_BODY))
    result = cli("--select", "near-duplicate", str(a), str(b))
    assert result.code == 0, result.stdout


def test_a_single_note_is_quiet(cli, write) -> None:
    assert cli("--select", "near-duplicate", str(write("a.txt", note("Priya")))).code == 0
    assert lint_text(note("Priya"), settings=Settings(select=("near-duplicate",))).findings == ()


def test_ignored_rule_is_quiet(cli, write) -> None:
    a, b = write("a.txt", note("Priya")), write("b.txt", note("Sam"))
    files = json_files(cli, "--ignore", "near-duplicate", str(a), str(b))
    assert all(f["rule"] != "near-duplicate" for found in files.values() for f in found)


def test_every_copy_names_the_others(cli, tmp_path: Path, write) -> None:
    for name in ("Priya", "Sam", "Dana", "Marcus", "Elena"):
        write(f"panel/{name.lower()}.txt", note(name))
    files = json_files(cli, "--select", "near-duplicate", str(tmp_path / "panel"))
    assert len(files) == 5
    for name, [finding] in files.items():
        assert name not in finding["message"]
        assert finding["message"].count("% the same") == 3  # three named ...
        assert "and 1 other note " in finding["message"]  # ... and the rest counted


def _checked(paths: list[Path], settings: Settings):
    return check_all(collect([str(p) for p in paths], stdin=None), lambda _: settings)


def test_threshold_option(write) -> None:
    changed = BODY.replace(
        "Our talk about the close made me even more keen",
        "Hearing how the team plans the audit made me keen",
    )  # 71% of the three-word phrases still shared
    paths = [write("a.txt", note("Priya")), write("b.txt", note("Sam", changed))]
    default = Settings(select=("near-duplicate",))
    assert all(c.report.findings == () for c in _checked(paths, default))
    lower = Settings(select=("near-duplicate",), options={"near-duplicate": {"threshold": 0.6}})
    checked = _checked(paths, lower)
    assert [len(c.report.findings) for c in checked] == [1, 1]
    assert checked[0].report.findings[0].message.count("71% the same") == 1


def test_threshold_must_be_a_share(write) -> None:
    with pytest.raises(ConfigError, match="between 0 and 1"):
        active_rules(Settings(options={"near-duplicate": {"threshold": 1.5}}))


def test_short_bodies_are_not_compared(write) -> None:
    paths = [
        write("a.txt", "Hi Priya,\n\nThanks for today.\n\nBest,\nAna\n"),
        write("b.txt", "Hi Sam,\n\nThanks for today.\n\nBest,\nAna\n"),
    ]
    settings = Settings(select=("near-duplicate",))
    assert all(c.report.findings == () for c in _checked(paths, settings))
    fewer = Settings(select=("near-duplicate",), options={"near-duplicate": {"min-words": 1}})
    assert all(len(c.report.findings) == 1 for c in _checked(paths, fewer))


def test_interviewer_names_in_the_body_are_set_aside(cli, write) -> None:
    body = BODY.replace("Our talk", "{} and I talked about the close, and our talk")
    a = write("a.txt", "Hello,\n\n" + body.format("Priya") + "\n\nBest,\nAna\n")
    b = write("b.txt", "Hello,\n\n" + body.format("Sam") + "\n\nBest,\nAna\n")
    files = json_files(cli, "--select", "near-duplicate", str(a), str(b))
    assert "100% the same" not in files["a.txt"][0]["message"]
    named = ("--interviewer", "Priya", "--interviewer", "Sam")
    files = json_files(cli, "--select", "near-duplicate", *named, str(a), str(b))
    assert "100% the same" in files["a.txt"][0]["message"]


def test_notes_to_different_companies_are_not_compared(cli, write) -> None:
    a = write("a.md", "---\ncompany: Acme\n---\n" + note("Priya"))
    b = write("b.md", "---\ncompany: Globex\n---\n" + note("Sam"))
    same = write("c.md", "---\ncompany: ACME\n---\n" + note("Dana"))
    files = json_files(cli, "--select", "near-duplicate", str(a), str(b), str(same))
    assert files["b.md"] == []
    assert "c.md" in files["a.md"][0]["message"] and "b.md" not in files["a.md"][0]["message"]


def test_a_directive_silences_one_note_and_counts_as_used(cli, write) -> None:
    a = write("a.txt", "<!-- notelint: disable-file=near-duplicate -->\n" + note("Priya"))
    b = write("b.txt", note("Sam"))
    files = json_files(
        cli, "--select", "near-duplicate", "--report-unused-directives", str(a), str(b)
    )
    assert files["a.txt"] == []
    [finding] = files["b.txt"]
    assert finding["rule"] == "near-duplicate" and str(a) in finding["message"]


def test_findings_stay_sorted_with_other_rules(cli, write) -> None:
    text = "Dear Hiring Manager,\n\n" + BODY + "\n\nBest,\nAna\n"
    a, b = write("a.txt", text), write("b.txt", text)
    files = json_files(cli, str(a), str(b))
    starts = [f["start"] for f in files["a.txt"]]
    assert starts == sorted(starts)
    assert {"generic-greeting", "near-duplicate"} <= {f["rule"] for f in files["a.txt"]}


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b)


@pytest.mark.parametrize("seed", range(5))
def test_similar_pairs_finds_exactly_the_pairs_over_the_threshold(seed: int) -> None:
    rng = random.Random(seed)
    common = list(range(40))  # stock phrases that many notes share
    sets: list[frozenset[int]] = []
    for _ in range(60):
        if sets and rng.random() < 0.4:  # a copy of an earlier note, a little edited
            base = set(rng.choice(sets))
            drop = rng.sample(sorted(base), rng.randrange(0, max(1, len(base) // 4)))
            base -= set(drop)
            base |= {rng.randrange(1000, 100_000) for _ in range(rng.randrange(0, 6))}
            sets.append(frozenset(base))
        else:
            size = rng.randrange(3, 80)
            mine = set(rng.sample(common, rng.randrange(0, 20)))
            mine |= {rng.randrange(1000, 100_000) for _ in range(size)}
            sets.append(frozenset(mine))
    thresholds = [rng.choice((0.5, 0.7, 0.8, 0.9, 1.0)) for _ in sets]
    expected = {
        (i, j)
        for i, j in itertools.combinations(range(len(sets)), 2)
        if _jaccard(sets[i], sets[j]) >= min(thresholds[i], thresholds[j])
    }
    arrays = [np.array(sorted(s), np.int64) for s in sets]  # as notelint.shingles makes them
    found = {(i, j): s for i, j, s in similar_pairs(arrays, thresholds)}
    assert set(found) == expected and expected
    assert all(found[i, j] == _jaccard(sets[i], sets[j]) for i, j in found)


def test_the_pass_can_run_again(write) -> None:
    # --fix re-checks fixed notes and may run the pass again: the result must not change.
    paths = [write("a.txt", note("Priya")), write("b.txt", note("Sam"))]
    checked = _checked(paths, Settings(select=("near-duplicate", "generic-greeting")))
    assert [len(c.report.findings) for c in checked] == [1, 1]
    assert find_near_duplicates(checked) == checked


def test_similar_pairs_are_the_same_over_two_processes() -> None:
    rng = random.Random(7)
    common = list(range(300))  # a templated corpus: every note draws on the same phrases
    sets = []
    for _ in range(2500):
        if sets and rng.random() < 0.05:
            base = set(rng.choice(sets).tolist())
            base -= set(rng.sample(sorted(base), len(base) // 10))
            sets.append(np.array(sorted(base), np.int64))
        else:
            mine = set(rng.sample(common, 40)) | {rng.randrange(1000, 10**9) for _ in range(20)}
            sets.append(np.array(sorted(mine), np.int64))
    thresholds = [0.8] * len(sets)
    one = sorted(similar_pairs(sets, thresholds, jobs=1))
    two = sorted(similar_pairs(sets, thresholds, jobs=2))
    assert one == two and len(one) > 50
