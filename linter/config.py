"""Settings for a run and the set of rules they select."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from notelint.errors import ConfigError
from notelint.model import Severity
from notelint.registry import Registered, registry
from notelint.rule import Rule, build_options
from notelint.suggest import did_you_mean


@dataclasses.dataclass(frozen=True)
class Settings:
    """What to check and how; every field has a sensible default."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    model: str | None = None
    severities: Mapping[str, Severity] = dataclasses.field(default_factory=dict)
    options: Mapping[str, Mapping[str, object]] = dataclasses.field(default_factory=dict)
    plugins: bool = True


@dataclasses.dataclass(frozen=True)
class ActiveRule:
    """A rule ready to run: its instance, effective severity and options."""

    rule: Rule
    severity: Severity
    options: Any

    @property
    def id(self) -> str:
        return self.rule.id


def check_ids(ids: Iterable[str], known: Iterable[str], where: str) -> None:
    """Raise ConfigError for the first id that names no rule, with a suggestion."""
    known = list(known)
    for rule_id in ids:
        if rule_id not in known:
            raise ConfigError(f"{where}: unknown rule {rule_id!r}{did_you_mean(rule_id, known)}")


def active_rules(
    settings: Settings, rules: Mapping[str, Registered] | None = None
) -> list[ActiveRule]:
    """The rules ``settings`` selects, in id order, with options built and validated."""
    rules = registry(settings.plugins) if rules is None else rules
    check_ids(settings.select or (), rules, "--select")
    check_ids(settings.ignore, rules, "--ignore")
    check_ids(settings.severities, rules, "severity")
    check_ids(settings.options, rules, "options")
    chosen = settings.select if settings.select is not None else tuple(rules)
    active = []
    for rule_id in sorted(set(chosen) - set(settings.ignore)):
        rule_class = rules[rule_id].rule
        options = build_options(rule_class, settings.options.get(rule_id, {}), "options")
        severity = settings.severities.get(rule_id, rule_class.severity)
        active.append(ActiveRule(rule_class(), severity, options))
    return active
