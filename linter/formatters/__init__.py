"""Output formats: each module renders a list of reports to a text stream."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TextIO

from notelint.model import Report

Formatter = Callable[[Sequence[Report], TextIO], None]

FORMATS = ("text", "concise", "json", "jsonl", "github", "sarif", "junit")


def get(name: str) -> Formatter:
    """The formatter called ``name`` (one of :data:`FORMATS`), imported only when asked for."""
    if name not in FORMATS:
        raise ValueError(f"unknown output format {name!r}; choose from: {', '.join(FORMATS)}")
    module = importlib.import_module(f"notelint.formatters.{name}")
    render: Formatter = module.render
    return render
