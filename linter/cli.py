"""The ``notelint`` command line. Nothing else in notelint imports this module.

``notelint draft.txt`` checks notes; ``notelint rules`` lists the rules and
``notelint rule ID`` prints one rule's documentation. Exit status: 0 no
finding at or above ``--fail-on``; 1 such findings; 2 usage error or an
input that could not be read.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from notelint import __version__
from notelint.errors import NotelintError

try:  # typer 0.26+ vendors click as typer._click; older releases use click itself
    from typer._click import ClickException, Context
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - depends on the installed typer
    from click import ClickException, Context, UsageError  # type: ignore[assignment]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _DefaultToCheck(TyperGroup):
    """Run ``check`` when the first argument is not a sub-command: ``notelint draft.txt``."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if not args or (
            args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")
        ):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: Context) -> list[str]:
        return list(self.commands)


app = typer.Typer(
    cls=_DefaultToCheck,
    add_completion=False,
    help="Check a follow-up note after a job interview before you send it.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"notelint {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Check a follow-up note after a job interview before you send it.

    Run `notelint draft.txt` (or files, directories, `-` for standard input).
    """


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or () for v in item.split(",") if v.strip())


@app.command()
def check(
    paths: list[str] | None = typer.Argument(
        None, help="Notes to check: files, directories (*.txt, *.md, *.eml) or - for stdin."
    ),
    output_format: str = typer.Option(
        "text", "--format", "--output-format", help="Output format: text, concise or json."
    ),
    select: list[str] | None = typer.Option(
        None, "--select", help="Only these rule ids (comma-separated, repeatable)."
    ),
    ignore: list[str] | None = typer.Option(
        None, "--ignore", help="Skip these rule ids (comma-separated, repeatable)."
    ),
    fail_on: str = typer.Option(
        "warning", "--fail-on", help="Lowest severity that fails the run: info, warning or error."
    ),
    exit_zero: bool = typer.Option(
        False, "--exit-zero", help="Exit 0 even when problems are found."
    ),
    model: str | None = typer.Option(
        None, "--model", help="An installed trained spaCy pipeline to use (default: blank English)."
    ),
    stdin_filename: str = typer.Option(
        "-", "--stdin-filename", help="The name to report standard input under."
    ),
    no_plugins: bool = typer.Option(False, "--no-plugins", help="Do not load plugin rules."),
    fix: bool = typer.Option(False, "--fix", help="Apply safe fixes to the files."),
    unsafe_fixes: bool = typer.Option(
        False, "--unsafe-fixes", help="Also apply unsafe fixes (implies --fix unless --diff)."
    ),
    diff: bool = typer.Option(
        False, "--diff", help="Print the fixes as a unified diff; write nothing."
    ),
) -> None:
    """Check notes and report what will hurt them (the default command)."""
    from notelint.config import Settings, active_rules
    from notelint.engine import lint_sources
    from notelint.formatters import FORMATS, get
    from notelint.model import Severity
    from notelint.sources import collect
    from notelint.suggest import did_you_mean

    if output_format not in FORMATS:
        raise UsageError(
            f"invalid --format {output_format!r}{did_you_mean(output_format, FORMATS)}; "
            f"choose from: {', '.join(FORMATS)}"
        )
    try:
        threshold = Severity.parse(fail_on)
    except ValueError as exc:
        raise UsageError(f"--fail-on: {exc}") from None
    if not paths:
        raise UsageError("no notes given: name files, directories, or - for standard input")
    settings = Settings(
        select=_split(select) or None,
        ignore=_split(ignore),
        fail_on=threshold,
        model=model,
        plugins=not no_plugins,
    )
    rules = active_rules(settings)
    sources = collect(paths, stdin=sys.stdin.buffer, stdin_name=stdin_filename)
    reports = lint_sources(sources, settings, rules)
    if diff or fix or unsafe_fixes:
        from notelint.fixing import run_fixes

        reports, changed = run_fixes(sources, reports, settings, rules, unsafe_fixes, diff)
        if diff:
            raise typer.Exit(EXIT_FINDINGS if changed else EXIT_OK)
        if "-" in paths:
            output_format = "none"  # stdout carries the fixed note, as editors expect
    for report in reports:
        if report.error:
            typer.echo(f"{report.path}: error: {report.error}", err=True)
    if output_format != "none":
        get(output_format)(reports, sys.stdout)
    sys.stdout.flush()
    if any(r.error for r in reports):
        raise typer.Exit(EXIT_ERROR)
    failing = any(f.severity >= threshold for r in reports for f in r.findings)
    raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


@app.command("rules")
def list_rules(
    no_plugins: bool = typer.Option(False, "--no-plugins", help="Do not load plugin rules."),
) -> None:
    """List the rules: id, default severity, source and a one-line summary."""
    from notelint.registry import registry

    rules = sorted(registry(not no_plugins).items())
    width = max(len(rule_id) for rule_id, _ in rules)
    for rule_id, entry in rules:
        source = "" if entry.source == "notelint" else f" (from {entry.source})"
        severity = str(entry.rule.severity)
        typer.echo(f"{rule_id:<{width}}  {severity:<7}  {entry.rule.summary()}{source}")


@app.command("rule")
def explain_rule(
    rule_id: str = typer.Argument(..., help="The rule id, e.g. gratuitous-thanks."),
    no_plugins: bool = typer.Option(False, "--no-plugins", help="Do not load plugin rules."),
) -> None:
    """Print one rule's full documentation."""
    from notelint.config import check_ids
    from notelint.registry import registry
    from notelint.rule import option_names

    rules = registry(not no_plugins)
    check_ids([rule_id], rules, "rule")
    rule = rules[rule_id].rule
    typer.echo(f"{rule.id} ({rule.severity}, from {rules[rule_id].source})\n")
    typer.echo(rule.documentation())
    names = option_names(rule.Options)
    if names:
        defaults = ", ".join(f"{n} = {f.default!r}" for n, f in names.items())
        typer.echo(f"\nDefaults: {defaults}")


@app.command("lsp")
def language_server() -> None:
    """Run the language server over stdio (for editors)."""
    from notelint.lsp import serve

    serve()


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: every failure becomes one line on stderr and exit 2."""
    code: Any
    try:
        code = app(args=argv, prog_name="notelint", standalone_mode=False)
    except ClickException as exc:  # usage errors included
        typer.echo(f"notelint: error: {exc.format_message()}", err=True)
        code = EXIT_ERROR
    except NotelintError as exc:
        typer.echo(f"notelint: error: {exc}", err=True)
        code = EXIT_ERROR
    except typer.Abort:
        typer.echo("notelint: interrupted", err=True)
        code = 130
    except KeyboardInterrupt:
        typer.echo("notelint: interrupted", err=True)
        code = 130
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":
    main()
