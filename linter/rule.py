"""The rule protocol: what a rule declares and how its options are validated."""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from notelint.errors import ConfigError
from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.suggest import did_you_mean

RULE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


@dataclasses.dataclass(frozen=True)
class NoOptions:
    """A rule without options."""


class Rule:
    """Base class for rules. Subclasses set ``id``, ``severity`` and maybe ``Options``.

    The class docstring is the rule's documentation: a one-line summary, then
    *Why*, *Options*, *Bad* and *Good* sections. ``check`` yields problems as
    character spans of ``note.text``; the engine adds the rule id and severity.
    """

    id: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    Options: ClassVar[type[Any]] = NoOptions

    def check(self, note: Note, options: Any) -> Iterable[Problem]:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        return documentation(cls).split("\n", 1)[0]

    @classmethod
    def documentation(cls) -> str:
        return documentation(cls)


def documentation(rule: type) -> str:
    return inspect.cleandoc(rule.__doc__ or "").strip() or "(undocumented)"


def option_names(options_type: type) -> dict[str, dataclasses.Field[Any]]:
    """Options by their user-facing kebab-case names."""
    return {f.name.replace("_", "-"): f for f in dataclasses.fields(options_type)}


def build_options(rule: type[Rule], values: Mapping[str, object], where: str) -> Any:
    """An ``Options`` instance from user values, each checked for name and type."""
    fields = option_names(rule.Options)
    hints = typing.get_type_hints(rule.Options)
    kwargs: dict[str, object] = {}
    for name, value in values.items():
        if name not in fields:
            hint = did_you_mean(name, fields)
            known = ", ".join(fields) or "none"
            raise ConfigError(
                f"{where}: rule {rule.id!r} has no option {name!r}{hint} (options: {known})"
            )
        field = fields[name]
        kwargs[field.name] = _coerce(value, hints[field.name], f"{where}: {rule.id}.{name}")
    return rule.Options(**kwargs)


def _coerce(value: object, hint: object, where: str) -> object:
    """Check ``value`` against a simple type hint (int, float, bool, str, tuple[str, ...])."""
    origin = typing.get_origin(hint)
    if hint is bool:
        if isinstance(value, bool):
            return value
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    elif hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
            return float(value)
    elif hint is str:
        if isinstance(value, str):
            return value
    elif origin is tuple:
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return tuple(value)
        hint = "list of strings"
    name = getattr(hint, "__name__", str(hint))
    raise ConfigError(f"{where}: expected a non-negative {name}, got {value!r}")
