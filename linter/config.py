"""Settings for a run and the set of rules they select."""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from notelint.context import Context
from notelint.errors import ConfigError
from notelint.model import Severity
from notelint.registry import Registered, registry
from notelint.rule import Rule, build_options
from notelint.suggest import did_you_mean

ALL = "ALL"  # in select, ignore and per-file-ignores: every rule


@dataclasses.dataclass(frozen=True)
class Settings:
    """What to check and how; every field has a sensible default.

    ``fail_on`` None means no finding fails the run (a profile for teaching
    material that is meant to be bad). ``root`` is the folder that ``exclude``
    and ``per_file_ignores`` globs are relative to; ``origins`` says where each
    setting came from, for ``notelint config``.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = Severity.WARNING
    model: str | None = None
    severities: Mapping[str, Severity] = dataclasses.field(default_factory=dict)
    options: Mapping[str, Mapping[str, object]] = dataclasses.field(default_factory=dict)
    allow: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    plugins: bool = True
    report_unused_directives: bool = False
    context: Context = dataclasses.field(default_factory=Context)  # --context and flags
    root: Path | None = None
    origins: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False)

    def ignored_for(self, path: str) -> frozenset[str]:
        """Rule ids that ``per_file_ignores`` turns off for ``path`` (may contain ALL)."""
        if not self.per_file_ignores or path == "-":
            return frozenset()
        relative = _relative(path, self.root)
        found: set[str] = set()
        for pattern, ids in self.per_file_ignores.items():
            if _glob_match(relative, pattern):
                found.update(ids)
        return frozenset(found)

    def excludes(self, path: str) -> bool:
        """Whether ``path`` matches an ``exclude`` glob (directory walks skip it)."""
        if not self.exclude:
            return False
        relative = _relative(path, self.root)
        return any(_glob_match(relative, pattern) for pattern in self.exclude)


def _relative(path: str, root: Path | None) -> str:
    absolute = Path(path).resolve()
    base = (root or Path.cwd()).resolve()
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return absolute.as_posix()


def _glob_match(relative: str, pattern: str) -> bool:
    """Match a path against a glob as ``.gitignore`` does: a bare name (``*.md``) or
    folder (``drafts/``) matches at any depth; a pattern with a slash inside is
    anchored at the configuration file's folder (``teaching/**``)."""
    pattern = pattern.strip().removeprefix("./")
    parts = relative.split("/")
    if pattern.endswith("/") and "/" not in pattern[:-1]:
        return any(fnmatch.fnmatchcase(part, pattern[:-1]) for part in parts[:-1])
    if pattern.endswith("/"):
        pattern += "**"
    if "/" not in pattern:
        return any(fnmatch.fnmatchcase(part, pattern) for part in parts)
    return fnmatch.fnmatchcase(relative, pattern)


@dataclasses.dataclass(frozen=True)
class ActiveRule:
    """A rule ready to run: its instance, effective severity, options and allowed phrases."""

    rule: Rule
    severity: Severity
    options: Any
    allow: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.rule.id

    def allows(self, text: str) -> bool:
        """Whether a finding covering ``text`` is one of the team's accepted exceptions."""
        covered = " ".join(text.casefold().split())
        return any(phrase in covered for phrase in self.allow)


def check_ids(ids: Iterable[str], known: Iterable[str], where: str) -> None:
    """Raise ConfigError for the first id that names no rule, with a suggestion."""
    known = list(known)
    for rule_id in ids:
        if rule_id not in known and rule_id != ALL:
            raise ConfigError(f"{where}: unknown rule {rule_id!r}{did_you_mean(rule_id, known)}")


def active_rules(
    settings: Settings, rules: Mapping[str, Registered] | None = None
) -> list[ActiveRule]:
    """The rules ``settings`` selects, in id order, with options built and validated."""
    rules = registry(settings.plugins) if rules is None else rules
    where = settings.origins.get
    check_ids(settings.select or (), rules, where("select", "--select"))
    check_ids(settings.extend_select, rules, where("extend-select", "--extend-select"))
    check_ids(settings.ignore, rules, where("ignore", "--ignore"))
    check_ids(settings.severities, rules, where("severity", "severity"))
    check_ids(settings.options, rules, where("options", "options"))
    check_ids(settings.allow, rules, where("allow", "allow"))
    for ids in settings.per_file_ignores.values():
        check_ids(ids, rules, where("per-file-ignores", "per-file-ignores"))
    select = settings.select
    chosen = set(rules) if select is None or ALL in select else set(select)
    chosen |= set(rules) if ALL in settings.extend_select else set(settings.extend_select)
    chosen -= set(rules) if ALL in settings.ignore else set(settings.ignore)
    active = []
    for rule_id in sorted(chosen):
        rule_class = rules[rule_id].rule
        origin = where(f"{rule_id}.options", "options")
        options = build_options(rule_class, settings.options.get(rule_id, {}), origin)
        severity = settings.severities.get(rule_id, rule_class.severity)
        allow = tuple(" ".join(p.casefold().split()) for p in settings.allow.get(rule_id, ()))
        active.append(ActiveRule(rule_class(), severity, options, allow))
    return active
