"""Find, read and validate configuration files.

Settings live in ``[tool.notelint]`` of ``pyproject.toml``, or at the top level
of ``notelint.toml`` / ``.notelint.toml``. For each checked note the nearest
such file in its folder or above wins (files are not merged across folders);
``--config FILE`` names one for every note and ``--isolated`` ignores them all.
Command-line flags override whatever a file says.

```toml
[tool.notelint]
select = ["ALL"]                 # or a list of rule ids
extend-select = []
ignore = ["hard-to-read"]
fail-on = "warning"              # info | warning | error | never
model = "en_core_web_sm"         # optional trained spaCy pipeline
exclude = ["drafts/old/", "*.eml"]

[tool.notelint.per-file-ignores]
"teaching/bad-examples/**" = ["ALL"]

[tool.notelint.too-long]         # any rule id: its severity, allow list and options
severity = "error"
max-words = 250
allow = ["thanks again for your time"]
```

Every value is checked: an unknown key, rule id or option, or a value of the
wrong type, is one line naming the file, the key and the problem.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from notelint.config import ALL, Settings
from notelint.errors import ConfigError
from notelint.model import Severity
from notelint.registry import registry
from notelint.rule import build_options
from notelint.suggest import did_you_mean

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

NAMES = ("notelint.toml", ".notelint.toml", "pyproject.toml")
_LISTS = ("select", "extend-select", "ignore", "exclude")
_KEYS = (*_LISTS, "fail-on", "model", "per-file-ignores")
_RULE_KEYS = ("severity", "allow")


@dataclasses.dataclass(frozen=True)
class ConfigFile:
    """A configuration file's validated table and where it is."""

    path: Path
    table: Mapping[str, Any]

    @property
    def label(self) -> str:
        return f"{self.path}" + (" [tool.notelint]" if self.path.name == "pyproject.toml" else "")


def _load(path: Path) -> Mapping[str, Any] | None:
    """The notelint table of ``path``, or None when a pyproject has no [tool.notelint]."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("notelint")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.notelint] must be a table")
        return table
    return data


def read(path: Path, plugins: bool = True) -> ConfigFile:
    """Read and validate one configuration file named by the user (``--config``)."""
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    table = _load(path)
    found = ConfigFile(path, table or {})
    validate(found, plugins)
    return found


def forget() -> None:
    """Forget every configuration file found so far (they may have changed)."""
    nearest.cache_clear()
    _nearest_for.cache_clear()


@functools.lru_cache(maxsize=4096)
def _nearest_for(folder: str) -> ConfigFile | None:
    """:func:`nearest` for a folder as written (resolved once per folder, not per note)."""
    return nearest(Path(folder or ".").resolve())


@functools.lru_cache(maxsize=256)
def nearest(folder: Path) -> ConfigFile | None:
    """The nearest configuration file in ``folder`` or its parents (unvalidated)."""
    for directory in (folder, *folder.parents):
        for name in NAMES:
            candidate = directory / name
            if candidate.is_file():
                table = _load(candidate)
                if table is not None:
                    return ConfigFile(candidate, table)
    return None


def _where(config: ConfigFile, key: str) -> str:
    return f"{config.label}: {key}"


def _string_list(config: ConfigFile, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{_where(config, key)}: expected a list of strings, got {value!r}")
    return tuple(value)


def _severity(config: ConfigFile, key: str, value: object, never: bool) -> Severity | None:
    if never and value == "never":
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(f"expected a string, got {value!r}")
        return Severity.parse(value)
    except ValueError as exc:
        extra = " (or 'never')" if never else ""
        raise ConfigError(f"{_where(config, key)}: {exc}{extra}") from None


def validate(config: ConfigFile, plugins: bool = True) -> dict[str, Any]:
    """Check every key and value of ``config``; return Settings fields with their origins."""
    rules = registry(plugins)
    fields: dict[str, Any] = {}
    origins: dict[str, str] = {}
    severities: dict[str, Severity] = {}
    options: dict[str, dict[str, object]] = {}
    allow: dict[str, tuple[str, ...]] = {}
    for key, value in config.table.items():
        where = _where(config, key)
        if key in rules:
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of rule settings, got {value!r}")
            rule_options = {k: v for k, v in value.items() if k not in _RULE_KEYS}
            build_options(rules[key].rule, rule_options, config.label)  # validates names and types
            if rule_options:
                options[key] = rule_options
                origins[f"{key}.options"] = config.label
            if "severity" in value:
                level = _severity(config, f"{key}.severity", value["severity"], never=False)
                assert level is not None
                severities[key] = level
            if "allow" in value:
                allow[key] = _string_list(config, f"{key}.allow", value["allow"])
            continue
        if key not in _KEYS:
            hint = did_you_mean(key, [*_KEYS, *rules])
            raise ConfigError(f"{where}: unknown key{hint}")
        if key in _LISTS:
            ids = _string_list(config, key, value)
            if key != "exclude":
                _check_rule_ids(config, key, ids, rules)
            fields[key.replace("-", "_")] = ids
        elif key == "fail-on":
            fields["fail_on"] = _severity(config, key, value, never=True)
        elif key == "model":
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{where}: expected the name of an installed spaCy pipeline")
            fields["model"] = value
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of glob = [rule ids]")
            table = {}
            for glob, ids in value.items():
                table[glob] = _string_list(config, f"{key}.{glob}", ids)
                _check_rule_ids(config, f"{key}.{glob}", table[glob], rules)
            fields["per_file_ignores"] = table
        origins[key] = config.label
    for name, value in (("severities", severities), ("options", options), ("allow", allow)):
        if value:
            fields[name] = value
    if severities:
        origins["severity"] = config.label
    if allow:
        origins["allow"] = config.label
    fields["origins"] = origins
    return fields


def _check_rule_ids(config: ConfigFile, key: str, ids: tuple[str, ...], rules: Mapping) -> None:
    for rule_id in ids:
        if rule_id != ALL and rule_id not in rules:
            hint = did_you_mean(rule_id, rules)
            raise ConfigError(f"{_where(config, key)}: unknown rule {rule_id!r}{hint}")


def settings_for(
    config: ConfigFile | None, overrides: Mapping[str, Any], plugins: bool
) -> Settings:
    """Settings from ``config`` (if any) with command-line ``overrides`` applied on top."""
    fields: dict[str, Any] = {"plugins": plugins}
    origins: dict[str, str] = {}
    if config is not None:
        fields.update(validate(config, plugins))
        origins.update(fields.pop("origins"))
        fields["root"] = config.path.parent
    for key, value in overrides.items():
        fields[key] = value
        origins[key.replace("_", "-")] = "--" + key.replace("_", "-")
    return Settings(**fields, origins=origins)


class Resolver:
    """The Settings for each note: its nearest file (or ``--config``), then the flags.

    Settings are built once per configuration file, so a tree of notes sharing
    one file costs one validation.
    """

    def __init__(
        self,
        overrides: Mapping[str, Any],
        config: Path | None = None,
        isolated: bool = False,
        plugins: bool = True,
    ) -> None:
        self.overrides = dict(overrides)
        self.plugins = plugins
        self.isolated = isolated
        self.fixed = read(config, plugins) if config is not None and not isolated else None
        self._cache: dict[Path | None, Settings] = {}

    def config_for(self, path: str) -> ConfigFile | None:
        if self.isolated:
            return None
        if self.fixed is not None:
            return self.fixed
        return _nearest_for(os.getcwd() if path == "-" else os.path.dirname(path))

    def settings_for(self, path: str) -> Settings:
        config = self.config_for(path)
        key = None if config is None else config.path
        if key not in self._cache:
            self._cache[key] = settings_for(config, self.overrides, self.plugins)
        return self._cache[key]
