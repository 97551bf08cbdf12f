"""Between notelint and the Language Server Protocol: positions, diagnostics, edits, settings.

notelint counts in characters (code points); an LSP client counts columns in the
position encoding negotiated at start-up: UTF-16 code units by default, or UTF-8
bytes, or code points (UTF-32). Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` and at
nothing else, as the protocol says (``str.splitlines`` would also split at
U+2028 and form feeds and put every later position on the wrong line).

Nothing here talks to a client; :mod:`notelint.lsp` does.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from lsprotocol import types

from notelint import directives
from notelint.config import ActiveRule, Settings, active_rules
from notelint.config_file import Resolver, settings_for
from notelint.config_file import forget as forget_configuration
from notelint.engine import LineIndex
from notelint.errors import ConfigError, InputError, NotelintError
from notelint.model import Finding, Fix, Severity
from notelint.nlp import get_pipeline
from notelint.registry import registry
from notelint.rule import RULE_ID

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
SOURCE = "notelint"

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

# The grammar of notelint.directives: '---' opens the note, '---' or '...' on a line closes.
_FENCE = re.compile(r"---[ \t]*(?:\r\n|\n|\r)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
# The top-level ``notelint:`` key and the indented lines under it.
_NOTELINT_KEY = re.compile(
    r"^notelint[ \t]*:[^\r\n]*(?:\r\n|\n|\r|\Z)(?:[ \t]+\S[^\r\n]*(?:\r\n|\n|\r|\Z))*", re.MULTILINE
)


def units(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` spell ``text``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Positions:
    """Convert between character offsets into ``text`` and LSP positions."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.index = LineIndex(text)
        self.starts = self.index.starts

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = self.index.position(offset).line - 1
        start = self.starts[line]
        return types.Position(line, units(self.text[start:offset], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def line_end(self, line: int) -> int:
        """The offset where ``line`` ends, before its line break."""
        if line + 1 >= len(self.starts):
            return len(self.text)
        end = self.starts[line + 1] - 1
        if self.text[end] == "\n" and end > self.starts[line] and self.text[end - 1] == "\r":
            end -= 1
        return end

    def offset(self, position: types.Position) -> int:
        """The character offset of ``position``; past the end of a line is its end.

        A position inside a character (half a surrogate pair, a byte of a UTF-8
        sequence) is the start of that character.
        """
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[max(0, position.line)]
        end = self.line_end(position.line)
        if self.encoding == UTF32:
            return min(start + max(0, position.character), end)
        counted = 0
        offset = start
        while offset < end:
            width = units(self.text[offset], self.encoding)
            if counted + width > position.character:
                break
            counted += width
            offset += 1
        return offset

    def span(self, range_: types.Range) -> tuple[int, int]:
        start, end = self.offset(range_.start), self.offset(range_.end)
        return (start, end) if start <= end else (end, start)


def apply_change(text: str, change: Any, encoding: str) -> str:
    """``text`` after one ``contentChanges`` entry (a ranged edit or the whole new text)."""
    range_ = getattr(change, "range", None)
    if range_ is None:
        return str(change.text)
    start, end = Positions(text, encoding).span(range_)
    return text[:start] + change.text + text[end:]


def diagnostic(finding: Finding, positions: Positions) -> types.Diagnostic:
    fix = finding.fix
    return types.Diagnostic(
        range=positions.range(finding.start, finding.end),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.rule,
        source=SOURCE,
        data={
            "rule": finding.rule,
            "suggestion": finding.suggestion,
            "fix": None if fix is None else {"replacement": fix.replacement, "safe": fix.safe},
        },
    )


def input_error(message: str, positions: Positions) -> types.Diagnostic:
    """A note notelint could not check (broken front matter): one error on its first line."""
    return types.Diagnostic(
        range=types.Range(types.Position(0, 0), positions.position(positions.line_end(0))),
        message=message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def hover_markdown(finding: Finding, documentation: str, text: str) -> str:
    parts = [f"**{finding.rule}** ({finding.severity}) · notelint", finding.message]
    if finding.suggestion:
        parts.append(f"**What to write instead:** {finding.suggestion}")
    if finding.fix is not None:
        parts.append(f"**Quick fix:** {fix_title(finding.fix, text)}")
    parts += ["---", documentation]
    return "\n\n".join(parts)


def fix_title(fix: Fix, text: str) -> str:
    """``Replace '!!!' with '!'``: what the fix removes and what it writes instead."""
    old = text[fix.start : fix.end]
    old = old if len(old) <= 40 else old[:39] + "…"
    if not fix.replacement:
        return f"Delete {old!r}"
    if not old:
        return f"Insert {fix.replacement!r}"
    return f"Replace {old!r} with {fix.replacement!r}"


def overlaps(finding: Finding, start: int, end: int) -> bool:
    """Whether the finding shares text with ``[start, end)``, or holds a cursor at ``start``."""
    if start == end:
        return finding.start <= start <= finding.end
    return finding.start < end and start < finding.end


# --- "Disable <rule> for this file" -------------------------------------------------


def _newline(text: str) -> str:
    for newline in ("\r\n", "\n", "\r"):
        if newline in text:
            return newline
    return "\n"


def _yaml_list(rules: Sequence[str]) -> str:
    return "[" + ", ".join(r if RULE_ID.match(r) else json.dumps(r) for r in rules) + "]"


def _file_disabled(text: str, rule: str) -> bool:
    try:
        found = directives.find(text)
    except InputError:
        return False
    return any(d.line is None and rule in d.rules for d in found.directives)


def _front_matter(text: str) -> tuple[int, int, int] | None:
    """Where front matter's YAML starts and ends, and where the line after it starts."""
    fence = _FENCE.match(text)
    close = _CLOSE.search(text, fence.end()) if fence else None
    if fence is None or close is None:
        return None
    after = close.end()
    if text.startswith("\r\n", after):
        after += 2
    elif text.startswith(("\n", "\r"), after):
        after += 1
    return fence.end(), close.start(), after


def _comment_edit(text: str, rule: str) -> tuple[int, int, str]:
    nl = _newline(text)
    for d in directives.find(text).directives:
        if d.line is None and text.startswith("<!--", d.start):
            rules = ",".join((*d.rules, rule))
            return d.start, d.end, f"<!-- notelint: disable-file={rules} -->"
    comment = f"<!-- notelint: disable-file={rule} -->"
    front = _front_matter(text)
    if front is None:
        return 0, 0, comment + nl
    # Below the front matter: a comment above it would stop it being front matter.
    at = front[2]
    if at == len(text) and not text.endswith(("\n", "\r")):
        return at, at, nl + comment
    return at, at, comment + nl


def _front_matter_edit(text: str, rule: str) -> tuple[int, int, str] | None:
    nl = _newline(text)
    front = _front_matter(text)
    if front is None:
        return 0, 0, f"---{nl}notelint:{nl}  disable: [{rule}]{nl}---{nl}"
    import yaml

    body_start, body_end, _ = front
    body = text[body_start:body_end]
    try:
        data = yaml.safe_load(body) or {}
    except yaml.YAMLError:
        return None
    own = data.get("notelint") if isinstance(data, dict) else None
    disable = own.get("disable", []) if isinstance(own, dict) else []
    disable = [disable] if isinstance(disable, str) else list(disable or [])
    block = f"notelint:{nl}  disable: {_yaml_list([*disable, rule])}{nl}"
    key = _NOTELINT_KEY.search(body)
    if key is None:
        return body_end, body_end, block
    return body_start + key.start(), body_start + key.end(), block


def disable_file_edit(text: str, rule: str, markdown: bool) -> tuple[int, int, str] | None:
    """The edit that silences ``rule`` in the whole note, or None if there is no safe one.

    Markdown gets a ``<!-- notelint: disable-file=rule -->`` comment (an existing one
    is extended); other notes get ``notelint: disable: [...]`` in YAML front matter
    (existing front matter is extended). An edit is returned only if notelint, reading
    the edited text, really disables the rule; if the preferred form cannot do that
    (front matter it cannot parse), the other form is tried.
    """
    if _file_disabled(text, rule):
        return None
    # The other form is the fallback: notelint honours both in every kind of note.
    makers = [_comment_edit, _front_matter_edit]
    for make in makers if markdown else reversed(makers):
        try:
            edit = make(text, rule)
        except InputError:
            continue
        if edit is not None and _file_disabled(text[: edit[0]] + edit[2] + text[edit[1] :], rule):
            return edit
    return None


# --- settings ------------------------------------------------------------------------

_SETTING_KEYS = frozenset({"select", "ignore", "model", "config", "isolated"})


@dataclasses.dataclass(frozen=True)
class ClientSettings:
    """What the editor's settings say: values that override configuration files
    (as command-line flags do), another file to use, or no file at all."""

    overrides: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    config: str | None = None
    isolated: bool = False


def _ids(value: object, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"invalid settings: notelint.{key} must be a list of rule ids")
    return tuple(v.strip() for v in value if v.strip())


def read_settings(payload: object) -> ClientSettings | None:
    """The ``notelint`` section of a client's settings (or the section itself), or None.

    Keys: ``select`` and ``ignore`` (rule ids), ``model`` (a spaCy pipeline),
    ``config`` (a configuration file for every note) and ``isolated`` (no files).
    """
    if not isinstance(payload, Mapping):
        return None
    section = payload.get("notelint", payload)
    if not isinstance(section, Mapping) or not (
        "notelint" in payload or _SETTING_KEYS & set(section)
    ):
        return None
    overrides: dict[str, Any] = {}
    for key in ("select", "ignore"):
        if section.get(key) is not None:
            overrides[key] = _ids(section[key], key)
    model, config, isolated = section.get("model"), section.get("config"), section.get("isolated")
    if model is not None:
        if not isinstance(model, str):
            raise ConfigError("invalid settings: notelint.model must be a spaCy pipeline name")
        overrides["model"] = model or None
    if config is not None and not isinstance(config, str):
        raise ConfigError("invalid settings: notelint.config must be the path of a file")
    if isolated is not None and not isinstance(isolated, bool):
        raise ConfigError("invalid settings: notelint.isolated must be true or false")
    return ClientSettings(overrides, config or None, bool(isolated))


class Configuration:
    """Settings and rules for each note: its nearest configuration file, as on the
    command line, with the editor's settings on top as flags would be.

    A broken file or value never stops the checks: the note falls back to the
    editor's settings alone, then to the defaults, and ``tell`` hears of it once.
    """

    def __init__(self, tell: Callable[[str], None]) -> None:
        self.tell = tell
        self.client = ClientSettings()
        self.plugins = True
        self.plugins_checked = False
        self._resolver: Resolver | None = None
        self.rule_sets: dict[int, tuple[Settings, list[ActiveRule]]] = {}
        self.told: set[str] = set()

    def _tell_once(self, message: str) -> None:
        if message not in self.told:
            self.told.add(message)
            self.tell(f"notelint: {message}")

    def check_plugins(self) -> None:
        """A plugin that fails to load is reported once; the built-in rules still run."""
        if self.plugins_checked:
            return
        self.plugins_checked = True
        try:
            registry(True)
        except NotelintError as exc:
            self.tell(f"notelint: {exc}; running without plugins")
            self.plugins = False

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            client = self.client
            config = Path(client.config).expanduser() if client.config else None
            try:
                self._resolver = Resolver(client.overrides, config, client.isolated, self.plugins)
            except NotelintError as exc:
                self._tell_once(str(exc))
                self._resolver = Resolver(client.overrides, None, client.isolated, self.plugins)
        return self._resolver

    def rules_for(self, settings: Settings) -> list[ActiveRule]:
        """The rules ``settings`` select (and its pipeline loaded), once per settings object."""
        if id(settings) not in self.rule_sets:
            rules = active_rules(settings)
            get_pipeline(settings.model)
            self.rule_sets[id(settings)] = (settings, rules)  # holding it keeps its id unique
        return self.rule_sets[id(settings)][1]

    def resolve(self, path: str) -> tuple[Settings, list[ActiveRule]]:
        """Settings and rules for the note at ``path`` ("-" for one that is not a file)."""
        self.check_plugins()
        fallbacks: tuple[Callable[[], Settings], ...] = (
            lambda: self.resolver.settings_for(path),
            lambda: settings_for(None, self.client.overrides, self.plugins),  # without files
            lambda: Settings(plugins=self.plugins),
        )
        for make in fallbacks:
            try:
                settings = make()
                return settings, self.rules_for(settings)
            except NotelintError as exc:
                self._tell_once(str(exc))
        return Settings(plugins=False), []

    def reload(self) -> None:
        """Forget what was read from configuration files; they may have changed."""
        forget_configuration()
        self._resolver = None
        self.rule_sets.clear()
        self.told.clear()

    def update(self, client: ClientSettings | None) -> bool:
        """Use the editor's new settings; ConfigError (and no change) if they are invalid."""
        if client is None or client == self.client:
            return False
        self.check_plugins()
        active_rules(settings_for(None, client.overrides, self.plugins))
        self.client = client
        return True
