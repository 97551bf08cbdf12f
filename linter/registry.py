"""Find the rules: the built-ins and those of installed plugin distributions.

A plugin declares rules in the entry-point group ``notelint.rules``; each entry
point names a :class:`~notelint.rule.Rule` subclass, or a sequence of them::

    [project.entry-points."notelint.rules"]
    salary-talk = "notelint_salary:SalaryTalk"
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from importlib import metadata

from notelint.errors import PluginError
from notelint.model import Severity
from notelint.rule import RULE_ID, Rule

GROUP = "notelint.rules"
BUILTIN = "notelint"


@dataclasses.dataclass(frozen=True)
class Registered:
    """A rule class and where it came from (``notelint`` or a distribution name)."""

    rule: type[Rule]
    source: str


def _validate(candidate: object, source: str) -> type[Rule]:
    if not (isinstance(candidate, type) and issubclass(candidate, Rule)):
        raise PluginError(f"plugin {source}: {candidate!r} is not a notelint Rule subclass")
    rule: type[Rule] = candidate
    rule_id = getattr(rule, "id", None)
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise PluginError(f"plugin {source}: rule {rule.__name__} has no valid kebab-case id")
    if not isinstance(rule.severity, Severity):
        raise PluginError(f"plugin {source}: rule {rule_id!r} has an invalid severity")
    if not dataclasses.is_dataclass(rule.Options):
        raise PluginError(f"plugin {source}: rule {rule_id!r} Options is not a dataclass")
    return rule


def _add(found: dict[str, Registered], rule: type[Rule], source: str) -> None:
    rule = _validate(rule, source)
    if rule.id in found:
        other = found[rule.id].source
        raise PluginError(f"duplicate rule id {rule.id!r}: defined by both {other} and {source}")
    found[rule.id] = Registered(rule, source)


def _plugin_rules() -> Iterable[tuple[type[Rule], str]]:
    for entry in metadata.entry_points(group=GROUP):
        dist = entry.dist.name if entry.dist is not None else entry.value
        try:
            loaded = entry.load()
        except Exception as exc:  # any failure in third-party code is the plugin's
            raise PluginError(
                f"plugin {dist}: entry point {entry.name!r} ({entry.value}) failed to load: "
                f"{type(exc).__name__}: {exc}"
            ) from None
        items = loaded if isinstance(loaded, (list, tuple)) else [loaded]
        for rule in items:
            yield rule, dist


def discover(plugins: bool = True) -> dict[str, Registered]:
    """All rules by id; raises PluginError on a broken plugin or a duplicate id."""
    from notelint.rules import BUILTIN_RULES

    found: dict[str, Registered] = {}
    for rule in BUILTIN_RULES:
        _add(found, rule, BUILTIN)
    if plugins:
        for rule, dist in _plugin_rules():
            _add(found, rule, dist)
    return found


@functools.lru_cache(maxsize=2)
def registry(plugins: bool = True) -> dict[str, Registered]:
    """:func:`discover`, once per process."""
    return discover(plugins)
