"""Build and cache the spaCy pipeline.

The default is spaCy's blank English with two rule-based components: line
breaks that end a sentence (greetings, sign-offs, list items, paragraphs) and
the punctuation sentencizer. Nothing here reads from the network. A trained
pipeline named with ``--model`` is an optional upgrade: rules may use its
annotations (``doc.has_annotation("POS")``) but never require them.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from notelint.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LINEBREAKS = "notelint_linebreaks"
_CLAUSE_END = frozenset(",:;.!?")


_NEWLINE = re.compile(r"\r\n|\n|\r")


def _mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a single line break that ends a clause.

    A hard-wrapped sentence ("about\\nthe migration") stays one sentence: a single
    newline splits only after punctuation or before a capitalised short line.
    Only the whitespace tokens that hold a newline are visited.
    """
    text = doc.text
    if "\n" not in text and "\r" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    seen = -1
    for match in _NEWLINE.finditer(text):
        i = bisect.bisect_right(starts, match.start()) - 1
        if i <= seen or i <= 0 or i + 1 >= len(doc):
            continue
        seen = i
        token = doc[i]
        if not token.is_space:
            continue
        previous = doc[i - 1].text
        following = doc[i + 1]
        breaks = len(_NEWLINE.findall(token.text))
        if (
            breaks > 1
            or previous[-1] in _CLAUSE_END
            or (following.is_title and _short_line(text, token.idx))
        ):
            following.is_sent_start = True
    return doc


def _short_line(text: str, end: int) -> bool:
    """Whether the line ending at offset ``end`` is short (a list item, a name)."""
    start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    return len(text[start:end].split()) <= 8


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINEBREAKS):
        Language.component(LINEBREAKS)(_mark_line_breaks)


@functools.lru_cache(maxsize=4)
def get_pipeline(model: str | None = None) -> Language:
    """The pipeline for ``model`` (None: blank English), built once per process."""
    import spacy

    _register()
    if model is None:
        nlp = spacy.blank("en")
        nlp.add_pipe(LINEBREAKS)
        nlp.add_pipe("sentencizer")
        return nlp
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install it with pip or drop --model"
        ) from None
    nlp.add_pipe(LINEBREAKS, first=True)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    return nlp
