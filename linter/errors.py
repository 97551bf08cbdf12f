"""The errors notelint reports to users as one line each."""

from __future__ import annotations


class NotelintError(Exception):
    """Base class: the message is a complete one-line explanation with the fix."""


class ConfigError(NotelintError):
    """A setting, option or rule id is invalid."""


class InputError(NotelintError):
    """A path could not be read as a note."""


class PluginError(NotelintError):
    """A rule plugin could not be loaded or clashes with another rule."""
