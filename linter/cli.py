"""The ``notelint`` command line. Nothing else in notelint imports this module.

``notelint draft.txt`` checks notes; ``notelint rules`` lists the rules and
``notelint rule ID`` prints one rule's documentation. Exit status: 0 no
finding at or above ``--fail-on``; 1 such findings; 2 usage error or an
input that could not be read.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

from notelint import __version__
from notelint.config import Settings
from notelint.context import Context as Interview
from notelint.errors import NotelintError
from notelint.formatters import FORMATS

if TYPE_CHECKING:
    from notelint.formatters import Reports

try:  # typer 0.26+ vendors click as typer._click; older releases use click itself
    from typer._click import ClickException, Context
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - depends on the installed typer
    from click import ClickException, Context, UsageError  # type: ignore[assignment]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_MIN_NOTES = 100


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
        False,
        "--version",
        callback=_version,
        is_eager=True,
        help="Print the version and exit.",
        metavar="",
    ),
) -> None:
    """Check a follow-up note after a job interview before you send it.

    Run `notelint draft.txt` (or files, directories, `-` for standard input).
    """


def _flag(*names: str, help: str) -> Any:
    """A flag: it takes no value, so its help shows none."""
    return typer.Option(False, *names, help=help, metavar="")


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or () for v in item.split(",") if v.strip())


@app.command()
def check(
    paths: list[str] | None = typer.Argument(
        None,
        help="Notes to check: files, directories (*.txt, *.md, *.eml) or - for stdin.",
        metavar="PATH",
    ),
    output_format: str = typer.Option(
        "text",
        "--format",
        "--output-format",
        help=f"Output format: {', '.join(FORMATS)}.",
        metavar="FORMAT",
    ),
    select: list[str] | None = typer.Option(
        None,
        "--select",
        help="Only these rule ids, or ALL (comma-separated, repeatable).",
        metavar="RULE,...",
    ),
    extend_select: list[str] | None = typer.Option(
        None, "--extend-select", help="Add these rule ids to the selection.", metavar="RULE,..."
    ),
    ignore: list[str] | None = typer.Option(
        None,
        "--ignore",
        help="Skip these rule ids (comma-separated, repeatable).",
        metavar="RULE,...",
    ),
    fail_on: str | None = typer.Option(
        None,
        "--fail-on",
        help="Lowest severity that fails: info, warning (default), error, never.",
        metavar="SEVERITY",
    ),
    exit_zero: bool = _flag("--exit-zero", help="Exit 0 even when problems are found."),
    model: str | None = typer.Option(
        None,
        "--model",
        help="An installed trained spaCy pipeline to use (default: blank English).",
        metavar="PIPELINE",
    ),
    config: str | None = typer.Option(
        None, "--config", help="Use this configuration file for every note.", metavar="FILE"
    ),
    isolated: bool = _flag("--isolated", help="Ignore all configuration files."),
    stdin_filename: str = typer.Option(
        "-",
        "--stdin-filename",
        help="Report standard input as this file (its configuration too).",
        metavar="NAME",
    ),
    no_plugins: bool = _flag("--no-plugins", help="Do not load plugin rules."),
    fix: bool = _flag("--fix", help="Apply safe fixes to the files."),
    unsafe_fixes: bool = _flag(
        "--unsafe-fixes", help="Also apply unsafe fixes (implies --fix unless --diff)."
    ),
    diff: bool = _flag("--diff", help="Print the fixes as a unified diff; write nothing."),
    statistics: bool = _flag(
        "--statistics", help="Print how often each rule fired instead of the findings."
    ),
    quiet: bool = _flag("--quiet", "-q", help="Print only the problems: no summaries or progress."),
    context_files: list[str] | None = typer.Option(
        None,
        "--context",
        help="Your interview notes or the job posting (repeatable).",
        metavar="FILE",
    ),
    interviewer: list[str] | None = typer.Option(
        None, "--interviewer", help="Whom you met (repeat for a panel).", metavar="NAME"
    ),
    company: str | None = typer.Option(
        None, "--company", help="The employer you met.", metavar="NAME"
    ),
    role: str | None = typer.Option(
        None, "--role", help="The job you interviewed for.", metavar="TITLE"
    ),
    interviewed: str | None = typer.Option(
        None,
        "--interviewed",
        help="When: 2025-03-04 or 2025-03-04 14:30 (local unless +hh:mm).",
        metavar="WHEN",
    ),
    report_unused_directives: bool = _flag(
        "--report-unused-directives", help="Report suppression directives that hid nothing."
    ),
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        help="Processes for large runs (default: the number of CPUs).",
        metavar="N",
    ),
    no_cache: bool = _flag("--no-cache", help="Check every note; do not use the cache."),
    cache_dir: str | None = typer.Option(
        None,
        "--cache-dir",
        help="Where to keep the cache (default: ~/.cache/notelint).",
        metavar="DIR",
    ),
) -> None:
    """Check notes and report what will hurt them (the default command)."""
    from notelint.config_file import Resolver
    from notelint.sources import collect
    from notelint.suggest import did_you_mean

    if output_format not in FORMATS:
        raise UsageError(
            f"invalid --format {output_format!r}{did_you_mean(output_format, FORMATS)}; "
            f"choose from: {', '.join(FORMATS)}"
        )
    if not paths:
        raise UsageError("no notes given: name files, directories, or - for standard input")
    overrides = _overrides(select, extend_select, ignore, fail_on, model)
    interview = _interview(context_files, interviewer, company, role, interviewed)
    if interview.known:
        overrides["context"] = interview
    if report_unused_directives:
        overrides["report_unused_directives"] = True
    resolver = Resolver(overrides, Path(config) if config else None, isolated, not no_plugins)

    def settings_for(path: str) -> Settings:
        return resolver.settings_for(stdin_filename if path == stdin_filename else path)

    fixing = diff or fix or unsafe_fixes
    sources = collect(
        paths,
        stdin=sys.stdin.buffer,
        stdin_name=stdin_filename,
        exclude=lambda p: resolver.settings_for(p).excludes(p),
        read=fixing,  # a plain check reads each note where it is checked
    )
    from notelint.run import check_all, check_stream, default_jobs

    workers = jobs or default_jobs()
    cache = _cache(cache_dir, no_cache)
    if not fixing:
        with _progress(len(sources), enabled=not quiet) as advance:
            run = check_stream(sources, settings_for, workers, advance, cache)
        with run:
            _emit(run, run.errors, output_format, statistics, quiet)
            failing = run.failing
        if run.errors:
            raise typer.Exit(EXIT_ERROR)
        raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)

    from notelint.duplicates import find_near_duplicates
    from notelint.fixing import run_fixes

    with _progress(len(sources), enabled=not quiet) as advance:
        checked = check_all(sources, settings_for, workers, advance, cache)
    checked, changed = run_fixes(checked, unsafe_fixes, diff)
    checked = find_near_duplicates(checked)  # fixed notes were re-checked one by one
    if diff:
        raise typer.Exit(EXIT_FINDINGS if changed else EXIT_OK)
    if "-" in paths:
        output_format = "none"  # stdout carries the fixed note, as editors expect
    reports = [c.report for c in checked]
    errors = [(r.path, r.error) for r in reports if r.error]
    _emit(reports, errors, output_format, statistics, quiet)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    failing = any(c.failing for c in checked)
    raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def _cache(cache_dir: str | None, disabled: bool) -> Path | None:
    """The cache's folder for this run; a cache that cannot be opened is a warning."""
    from notelint import cache as caching

    folder, problem = caching.start(caching.folder(cache_dir, disabled))
    if problem:
        typer.echo(f"notelint: warning: {problem}", err=True)
    return folder


def _emit(
    reports: Reports,
    errors: list[tuple[str, str]],
    output_format: str,
    statistics: bool,
    quiet: bool,
) -> None:
    """Errors on stderr, then the reports (or their statistics) on stdout."""
    from notelint.formatters import get

    for path, error in errors:
        typer.echo(f"{path}: error: {error}", err=True)
    if statistics:
        from notelint.formatters.summary import statistics as print_statistics
        from notelint.registry import registry

        summaries = {rule: entry.rule.summary() for rule, entry in registry().items()}
        print_statistics(reports, sys.stdout, summaries)
    elif output_format == "text":
        from notelint.formatters.text import render

        render(reports, sys.stdout, quiet=quiet)
    elif output_format != "none":
        get(output_format)(reports, sys.stdout)
    sys.stdout.flush()


def _interview(
    files: list[str] | None,
    interviewer: list[str] | None,
    company: str | None,
    role: str | None,
    interviewed: str | None,
) -> Interview:
    """The interview context from --context files, then the flags (later wins)."""
    from notelint.context import from_file, from_flags

    merged = Interview()
    for path in files or ():
        merged = merged.merged(from_file(path))
    return merged.merged(from_flags(interviewer, company, role, interviewed))


@contextlib.contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for long runs on a terminal; nothing otherwise."""
    if not enabled or total < PROGRESS_MIN_NOTES or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = ("checking notes", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("check", total=total)
        yield lambda n: bar.advance(task, n)


def _overrides(
    select: list[str] | None,
    extend_select: list[str] | None,
    ignore: list[str] | None,
    fail_on: str | None,
    model: str | None,
) -> dict[str, object]:
    """Settings fields the command line sets explicitly (they override configuration files)."""
    from notelint.model import Severity

    overrides: dict[str, object] = {}
    if select:
        overrides["select"] = _split(select)
    if extend_select:
        overrides["extend_select"] = _split(extend_select)
    if ignore:
        overrides["ignore"] = _split(ignore)
    if fail_on is not None:
        try:
            overrides["fail_on"] = None if fail_on == "never" else Severity.parse(fail_on)
        except ValueError as exc:
            raise UsageError(f"--fail-on: {exc} (or 'never')") from None
    if model is not None:
        overrides["model"] = model
    return overrides


@app.command("config")
def show_config(
    path: str = typer.Argument(..., help="The note whose settings to show.", metavar="PATH"),
    config: str | None = typer.Option(
        None, "--config", help="Use this configuration file.", metavar="FILE"
    ),
    isolated: bool = _flag("--isolated", help="Ignore all configuration files."),
    no_plugins: bool = _flag("--no-plugins", help="Do not load plugin rules."),
) -> None:
    """Show the effective settings for a note and where each came from."""
    from notelint.config import active_rules
    from notelint.config_file import Resolver

    resolver = Resolver({}, Path(config) if config else None, isolated, not no_plugins)
    source = resolver.config_for(path)
    settings = resolver.settings_for(path)
    rules = active_rules(settings)
    origin = settings.origins.get
    typer.echo(f"# settings for {path}")
    typer.echo(f"# configuration file: {source.label if source else 'none (defaults)'}")
    fail = "never" if settings.fail_on is None else str(settings.fail_on)
    rows = [
        ("select", settings.select if settings.select is not None else "(all rules)", "select"),
        ("extend-select", list(settings.extend_select), "extend-select"),
        ("ignore", list(settings.ignore), "ignore"),
        ("fail-on", fail, "fail-on"),
        ("model", settings.model or "(blank English)", "model"),
        ("exclude", list(settings.exclude), "exclude"),
        ("per-file-ignores", dict(settings.per_file_ignores), "per-file-ignores"),
    ]
    for key, value, name in rows:
        typer.echo(f"{key} = {value!r}  # {origin(name, 'default')}")
    typer.echo("\n# active rules: id  severity  options  allow")
    for active in rules:
        options = {k: v for k, v in vars(active.options).items()} if vars(active.options) else {}
        allowed = list(active.allow) or ""
        typer.echo(f"{active.id}  {active.severity}  {options or ''}  {allowed}".rstrip())


@app.command("rules")
def list_rules(
    no_plugins: bool = _flag("--no-plugins", help="Do not load plugin rules."),
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
    rule_id: str = typer.Argument(..., help="The rule id, e.g. gratuitous-thanks.", metavar="RULE"),
    no_plugins: bool = _flag("--no-plugins", help="Do not load plugin rules."),
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


@app.command("clean")
def clean_cache(
    cache_dir: str | None = typer.Option(
        None, "--cache-dir", help="The cache's folder (default: ~/.cache/notelint).", metavar="DIR"
    ),
) -> None:
    """Delete the cache of earlier runs' results."""
    from notelint import cache as caching

    folder = caching.location(cache_dir)
    removed = caching.clean(folder) if folder.is_dir() else 0
    typer.echo(f"removed {removed} cache file{'s' if removed != 1 else ''} from {folder}")


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
    except Exception as exc:  # a bug in notelint or a plugin: one line, not a traceback
        if os.environ.get("NOTELINT_DEBUG"):
            raise
        typer.echo(
            f"notelint: internal error: {type(exc).__name__}: {exc} "
            "(set NOTELINT_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        code = EXIT_ERROR
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":
    main()
