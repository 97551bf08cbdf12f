"""Output formats: each module renders a run's reports to a text stream.

A run may be streamed from disk (:class:`notelint.run.Run`): formatters iterate
over it (more than once if they must: ``sarif`` and ``junit`` first count, then
write one note at a time) and never index it or hold it whole.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Protocol, TextIO

from notelint.model import Report


class Reports(Protocol):
    """Reports that can be counted and iterated over, more than once."""

    def __iter__(self) -> Iterator[Report]: ...

    def __len__(self) -> int: ...


Formatter = Callable[[Reports, TextIO], None]

FORMATS = ("text", "concise", "json", "jsonl", "github", "sarif", "junit")


def get(name: str) -> Formatter:
    """The formatter called ``name`` (one of :data:`FORMATS`), imported only when asked for."""
    if name not in FORMATS:
        raise ValueError(f"unknown output format {name!r}; choose from: {', '.join(FORMATS)}")
    module = importlib.import_module(f"notelint.formatters.{name}")
    render: Formatter = module.render
    return render
