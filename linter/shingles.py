"""Fingerprints for the ``near-duplicate`` rule, computed while each note is checked.

A note's fingerprint is the set of its body's three-word phrases (shingles),
lower-cased and with names set aside (the names in the greeting, the sign-off,
the signature's first line and the interview context), each hashed to 64 bits.
It is computed where the note is parsed anyway (in a worker process, for large
runs), so the run-level pass in :mod:`notelint.duplicates` only compares
compact arrays: about 1 KB per note instead of the note itself.

Word hashes are CRC-32 pairs, stable across processes and runs (Python's
``hash`` of a string is not).
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from notelint.config import ALL, ActiveRule, Settings
from notelint.context import Context
from notelint.directives import Directives
from notelint.model import Fingerprint
from notelint.note import Layout, Section

RULE = "near-duplicate"
SHINGLE = 3  # words per shingle

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TOKEN = re.compile(r"\S+")
_BREAK = re.compile(r"\r\n|\n|\r")
# Greeting, sign-off and title words that sit next to names but are not names.
_NOT_NAMES = frozenset(
    """
    dear hi hello hey heya hiya greetings good morning afternoon evening day to whom it may
    concern sir sirs madam mr mrs ms mx dr prof and the team panel committee hiring manager
    best all regards kind kindest warm warmest warmly wishes with sincerely yours
    respectfully cordially cheers thanks thank you many again much appreciated gratitude
    appreciation gratefully take care talk speak soon looking forward until then be well
    """.split()
)
# Odd 64-bit multipliers that mix the three word hashes of a shingle.
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))
_hashes: dict[str, int] = {}  # word -> hash, per process (bounded by the vocabulary)


def _hash_all(words: list[str]) -> list[int]:
    try:
        return list(map(_hashes.__getitem__, words))  # no Python call per known word
    except KeyError:
        for word in words:
            if word not in _hashes:
                data = word.encode()
                _hashes[word] = zlib.crc32(data) | zlib.crc32(data, 0x5BD1E995) << 32
        return list(map(_hashes.__getitem__, words))


def shingles(words: list[str]) -> np.ndarray:
    """Sorted distinct hashes of the three-word runs of ``words`` (one run if fewer)."""
    hashed = np.array(_hash_all(words), np.uint64)
    if len(hashed) < SHINGLE:
        mixed = np.zeros(1, np.uint64)
        for value in hashed.tolist():
            mixed = mixed * _MIX[0] + np.uint64(value)
    else:
        with np.errstate(over="ignore"):
            mixed = hashed[:-2] * _MIX[0] + hashed[1:-1] * _MIX[1] + hashed[2:]
    return np.unique(mixed.view(np.int64))


def fingerprint(
    original: str,
    found: Directives,
    layout: Layout,
    path: str,
    settings: Settings,
    active: ActiveRule,
    mail: Context | None,
) -> Fingerprint | None:
    """The note's fingerprint, or None when it is too short to take part.

    ``original`` is the note as read; ``mail`` is what an e-mail's headers said
    about the interview.
    """
    text = found.text  # directives blanked
    names = _names(text, found, layout, settings, mail)
    body = text[layout.body.start : layout.body.end]
    words = [w for w in _WORD.findall(body.casefold()) if w not in names]
    if len(words) < max(active.options.min_words, 1):
        return None
    company = settings.context.company or found.front_matter.get("company")
    company = " ".join(company.casefold().split()) if isinstance(company, str) else None
    anchor = _anchor(text, layout)
    hidden, directive = False, None
    ignored = settings.ignored_for(path)
    if RULE in ignored or ALL in ignored or active.allows(original[anchor[0] : anchor[1]]):
        hidden = True
    else:
        disabled = found.disabled(RULE, len(_BREAK.findall(text, 0, anchor[0])) + 1)
        if disabled is not None:
            hidden, directive = True, (disabled.start, disabled.end)
    return Fingerprint(
        shingles(words), active.options.threshold, company or None, anchor, hidden, directive
    )


def _names(
    text: str, found: Directives, layout: Layout, settings: Settings, mail: Context | None
) -> frozenset[str]:
    """Lower-case words of the names in the greeting, sign-off, signature and context."""
    parts = [layout.greeting, layout.signoff]
    if layout.signature:
        first_line = text[layout.signature.start : layout.signature.end].splitlines()[0]
        parts.append(Section(layout.signature.start, layout.signature.start + len(first_line)))
    # In the note, names are the capitalised words ("Thanks again for your time, Ana").
    written = " ".join(text[p.start : p.end] for p in parts if p)
    words = {w.casefold() for w in _WORD.findall(written) if w[0].isupper()}
    interviewers = list(settings.context.interviewers)
    if mail is not None:
        interviewers += mail.interviewers  # an e-mail's To: names
    value = found.front_matter.get("interviewer")
    interviewers += [value] if isinstance(value, str) else value if isinstance(value, list) else []
    for name in interviewers:
        if isinstance(name, str):
            words.update(_WORD.findall(name.casefold()))
    return frozenset(words - _NOT_NAMES)


def _anchor(text: str, layout: Layout) -> tuple[int, int]:
    """The first word of the body (or of the note)."""
    section = layout.body if layout.body else Section(0, len(text))
    match = _TOKEN.search(text, section.start, section.end)
    return (match.start(), match.end()) if match else (section.start, section.start)
