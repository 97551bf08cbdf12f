"""Output formats: each module renders a list of reports to a text stream."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO

from notelint.model import Report

Formatter = Callable[[Sequence[Report], TextIO], None]

FORMATS = ("text", "concise", "json")


def get(name: str) -> Formatter:
    """The formatter called ``name`` (one of :data:`FORMATS`)."""
    if name == "json":
        from notelint.formatters.json import render
    elif name == "concise":
        from notelint.formatters.concise import render
    else:
        from notelint.formatters.text import render
    return render
