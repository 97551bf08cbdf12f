"""Configuration files: discovery (nearest wins), --config, --isolated, keys and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from notelint.config_file import nearest

BAD = "Dear Hiring Manager,\n\nThank you for your time!!!\n\nBest,\nAna\n"


@pytest.fixture(autouse=True)
def _fresh_discovery():
    nearest.cache_clear()
    yield
    nearest.cache_clear()


def _rules(result) -> set[str]:
    return {
        line.split("[", 1)[1].split("]", 1)[0] for line in result.stdout.splitlines() if "[" in line
    }


def test_pyproject_table_applies_to_notes_below(cli, write) -> None:
    write("pyproject.toml", '[tool.notelint]\nignore = ["informal", "no-interest"]\n')
    note = write("notes/a.txt", BAD)
    rules = _rules(cli("--format", "concise", str(note)))
    assert "generic-greeting" in rules and not {"informal", "no-interest"} & rules


def test_nearest_file_wins_and_files_are_not_merged(cli, write) -> None:
    write("pyproject.toml", '[tool.notelint]\nignore = ["informal"]\n')
    write("notes/.notelint.toml", 'ignore = ["generic-greeting"]\n')
    note = write("notes/a.txt", BAD)
    rules = _rules(cli("--format", "concise", str(note)))
    assert "informal" in rules and "generic-greeting" not in rules


def test_pyproject_without_a_notelint_table_is_skipped(cli, write) -> None:
    write("notelint.toml", 'ignore = ["informal"]\n')
    write("notes/pyproject.toml", '[project]\nname = "x"\n')
    note = write("notes/a.txt", BAD)
    assert "informal" not in _rules(cli("--format", "concise", str(note)))


def test_config_flag_isolated_and_command_line_override(cli, write, tmp_path: Path) -> None:
    write("notelint.toml", 'select = ["informal"]\n')
    other = write("elsewhere/team.toml", 'select = ["generic-greeting"]\n')
    note = write("a.txt", BAD)
    assert _rules(cli("--format", "concise", str(note))) == {"informal"}
    assert _rules(cli("--format", "concise", "--config", str(other), str(note))) == {
        "generic-greeting"
    }
    assert "gratuitous-thanks" in _rules(cli("--format", "concise", "--isolated", str(note)))
    assert _rules(
        cli("--format", "concise", "--select", "too-long,gratuitous-thanks", str(note))
    ) == {"gratuitous-thanks"}


def test_rule_tables_set_severity_options_and_allow(cli, write) -> None:
    write(
        "notelint.toml",
        'select = ["too-long", "gratuitous-thanks", "informal"]\n'
        '[too-long]\nseverity = "error"\nmax-words = 3\n'
        '[gratuitous-thanks]\nallow = ["Thank you for your TIME"]\n',
    )
    note = write("a.txt", BAD)
    out = cli("--format", "concise", str(note)).stdout
    assert "error [too-long]" in out and "over the 3-word limit" in out
    assert "gratuitous-thanks" not in out and "[informal]" in out


def test_exclude_skips_walked_files_but_not_named_ones(cli, write) -> None:
    write("notelint.toml", 'exclude = ["drafts/", "*.md"]\n')
    write("notes/a.txt", BAD)
    write("notes/drafts/b.txt", BAD)
    skipped_md = write("notes/c.md", BAD)
    root = skipped_md.parent
    out = cli("--format", "concise", str(root)).stdout
    assert "a.txt" in out and "b.txt" not in out and "c.md" not in out
    assert "c.md" in cli("--format", "concise", str(skipped_md)).stdout


def test_teaching_profile_reports_but_never_fails(cli, write) -> None:
    write("teaching/notelint.toml", 'fail-on = "never"\n')
    note = write("teaching/bad-example.txt", BAD)
    result = cli(str(note))
    assert result.code == 0 and "generic-greeting" in result.stdout


def test_per_file_ignores_with_all(cli, write) -> None:
    write("notelint.toml", '[per-file-ignores]\n"teaching/**" = ["ALL"]\n"*.md" = ["informal"]\n')
    taught = write("teaching/x.txt", BAD)
    md = write("notes/y.md", BAD)
    result = cli("--format", "concise", str(taught), str(md))
    assert "x.txt" not in result.stdout
    assert "y.md" in result.stdout and "[informal]" not in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('selct = ["informal"]\n', "unknown key (did you mean 'select'?)"),
        ('ignore = ["informl"]\n', "ignore: unknown rule 'informl' (did you mean 'informal'?)"),
        ('fail-on = "high"\n', "fail-on: unknown severity 'high'"),
        ("ignore = 3\n", "ignore: expected a list of strings, got 3"),
        (
            "[too-long]\nmax-wrds = 3\n",
            "rule 'too-long' has no option 'max-wrds' (did you mean 'max-words'?)",
        ),
        ('[too-long]\nmax-words = "many"\n', "too-long.max-words: expected a non-negative int"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_invalid_configuration_is_one_line_exit_2(cli, write, content: str, message: str) -> None:
    config = write("notelint.toml", content)
    note = write("a.txt", BAD)
    result = cli(str(note))
    assert result.code == 2
    [line] = result.stderr_lines
    assert line.startswith(f"notelint: error: {config}") and message in line, line
    assert "Traceback" not in result.stderr


def test_pyproject_errors_name_the_table(cli, write) -> None:
    config = write("pyproject.toml", '[tool.notelint]\nmodle = "x"\n')
    result = cli(str(write("a.txt", BAD)))
    assert result.stderr_lines == [
        f"notelint: error: {config} [tool.notelint]: modle: unknown key (did you mean 'model'?)"
    ]


def test_config_command_shows_settings_and_origins(cli, write) -> None:
    config = write("notelint.toml", 'ignore = ["informal"]\n[too-long]\nmax-words = 150\n')
    note = write("a.txt", BAD)
    out = cli("config", str(note)).stdout
    assert f"# configuration file: {config}" in out
    assert f"ignore = ['informal']  # {config}" in out
    assert "fail-on = 'warning'  # default" in out
    assert "too-long  warning  {'max_words': 150}" in out and "\ninformal " not in out
    isolated = cli("config", "--isolated", str(note)).stdout
    assert "none (defaults)" in isolated
