"""Layering and offline use, checked in fresh interpreters.

The engine, model, rule, registry and config never import rich or typer; only
the CLI and the formatters do. spaCy itself imports typer and rich (``spacy/__init__``
imports ``spacy.cli``), so after a lint both are in ``sys.modules`` whatever
notelint does; the check therefore records *who* imports them.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import notelint
import notelint.rules

PACKAGE = Path(notelint.__file__).resolve().parent
UI = ("rich", "typer", "click")


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def test_core_does_not_import_rich_or_typer() -> None:
    proc = run_python(
        """
        import builtins, sys

        UI = ("rich", "typer", "click")
        seen = []  # (importing module, imported name) for every import statement
        real_import = builtins.__import__

        def spy(name, globals=None, locals=None, fromlist=(), level=0):
            importer = (globals or {}).get("__name__", "?")
            if level == 0:
                seen.append((importer, name))
            return real_import(name, globals, locals, fromlist, level)

        builtins.__import__ = spy
        import notelint.engine, notelint.model, notelint.rule, notelint.registry, notelint.config
        loaded_early = [m for m in ("rich", "typer") if m in sys.modules]

        from notelint import lint_text
        report = lint_text("Dear Hiring Manager,\\n\\nThank you for your time.\\n\\nBest,\\nAna\\n")
        builtins.__import__ = real_import
        assert report.findings, "the lint must have run"

        offenders = sorted(
            {f"{importer} imports {name}" for importer, name in seen
             if name.split(".")[0] in UI and importer.split(".")[0] == "notelint"}
        )
        assert ("notelint.engine", "notelint.config") in seen, "the import spy saw nothing"
        print("early:", loaded_early)
        print("offenders:", offenders)
        """
    )
    assert "early: []" in proc.stdout, proc.stdout
    assert "offenders: []" in proc.stdout, proc.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_only_the_cli_and_formatters_mention_rich_or_typer() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    rule_modules = sorted(Path(notelint.rules.__file__).resolve().parent.glob("*.py"))
    assert len(modules) > 5 and len(rule_modules) > 5
    offenders = []
    for path in modules + rule_modules:
        if path.name == "cli.py" or path.parent.name == "formatters":
            continue
        ui = {n for n in _imports(path) if n.split(".")[0] in UI}
        if ui:
            offenders.append(f"{path.name}: {sorted(ui)}")
    assert offenders == []


def test_nothing_imports_the_cli() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name != "cli.py":
            assert "notelint.cli" not in _imports(path), f"{path} imports notelint.cli"


def test_reading_grade_works_offline() -> None:
    proc = run_python(
        """
        import socket, sys

        def refuse(*args, **kwargs):
            raise OSError("network access attempted")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse

        from notelint.readability import reading_grade

        sentence = "The team walked me through the ledger migration and the audit backlog."
        text = " ".join([sentence] * 5)
        assert len(text.split()) == 60
        grade = reading_grade(text)
        assert isinstance(grade, float), grade
        print("grade:", grade)
        print("nltk loaded:", "nltk" in sys.modules)
        """
    )
    assert "grade: " in proc.stdout
    assert "nltk loaded: False" in proc.stdout, proc.stdout


def test_no_source_file_holds_a_control_character() -> None:
    # A "\b" typed into a string that is not raw becomes a backspace (U+0008): the pattern
    # then looks for that character and silently never matches.
    rules = Path(notelint.rules.__file__).resolve().parent
    files = sorted([*PACKAGE.glob("*.py"), *rules.glob("*.py")])
    assert len(files) > 30
    for path in files:
        text = path.read_text(encoding="utf-8")
        odd = [c for c in set(text) if ord(c) < 32 and c not in "\n\t"]
        assert not odd, (path.name, odd)
