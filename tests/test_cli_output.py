"""--statistics and --quiet."""

from __future__ import annotations

BAD = "Dear Hiring Manager,\n\nThank you for your time!!! Thank you for your time.\n\nBest,\nAna\n"


def test_statistics_counts_per_rule(cli, write) -> None:
    a = write("a.txt", BAD)
    b = write("b.txt", "Hey Sam,\n\nThe demo was great!!\n\nBest,\nAna\n")
    result = cli("--statistics", str(a), str(b))
    lines = result.stdout.splitlines()
    assert result.code == 1
    assert lines[0].split()[:2] == ["3", "informal"]
    counts = {line.split()[1]: int(line.split()[0]) for line in lines[:-1]}
    assert counts["gratuitous-thanks"] == 2 and counts["generic-greeting"] == 1
    assert lines[-1].split()[0] == str(sum(counts.values())) and "in 2 notes" in lines[-1]
    assert "^" not in result.stdout


def test_quiet_prints_only_problems(cli, write) -> None:
    path = write("a.txt", BAD)
    loud = cli(str(path)).stdout
    quiet = cli("--quiet", str(path)).stdout
    assert "Checked 1 note" in loud and "Checked" not in quiet
    assert quiet.count("[gratuitous-thanks]") == loud.count("[gratuitous-thanks]") == 2
    assert (
        cli(
            "-q",
            str(
                write(
                    "ok.txt",
                    "Hi Sam,\n\nYou mentioned the audit backlog; I cut one by half at Acme. I'm keen to join.\n\nBest,\nAna\n",
                )
            ),
        ).stdout
        == ""
    )


def test_jobs_give_identical_results_in_the_same_order(cli, write, tmp_path) -> None:
    bodies = [
        "Dear Hiring Manager,\n\nThank you for your time!!! I really need this job.\n\nBest,\nAna {i}\n",
        "Hi Sam,\n\nYou mentioned the audit backlog; I cut one by half at Acme. I'm keen to join.\n\nBest,\nBo {i}\n",
        "Hey Priya,\n\nThe <Position> role sounds great lol 😊\n\nCheers,\n[Your Name] {i}\n",
    ]
    for i in range(210):
        write(f"notes/n{i:03}.txt", bodies[i % 3].format(i=i))
    folder = str(tmp_path / "notes")
    one = cli("--format", "json", "--jobs", "1", folder)
    two = cli("--format", "json", "--jobs", "2", folder)
    assert one.code == two.code == 1
    assert one.stdout == two.stdout and one.stdout.count('"path"') == 210
    assert one.stderr == two.stderr == ""  # no progress bar when stderr is not a terminal
