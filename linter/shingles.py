"""Fingerprints for the ``near-duplicate`` rule, computed while each note is checked.

A note's fingerprint is the set of its body's three-word phrases (shingles),
lower-cased and with names set aside (the names in the greeting, the sign-off,
the signature's first line and the interview context), each hashed to 64 bits.
It is computed where the note is parsed anyway (in a worker process, for large
runs), so the run-level pass in :mod:`notelint.duplicates` only compares
compact arrays: about 1 KB per note instead of the note itself.

The words are the body's spaCy tokens, punctuation aside, taken from the
token array the note was parsed into; their hashes are spaCy's string hashes,
the same in every process and run (Python's ``hash`` of a string is not).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

import numpy as np

from notelint.config import ALL, ActiveRule, Settings
from notelint.context import Context
from notelint.directives import Directives
from notelint.model import Fingerprint
from notelint.nlp import TOKENS
from notelint.note import Layout, Note, Section

if TYPE_CHECKING:
    from spacy.vocab import Vocab

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


def shingles(words: np.ndarray) -> np.ndarray:
    """Sorted distinct hashes of the three-word runs of ``words`` (word hashes, uint64)."""
    if len(words) < SHINGLE:
        mixed = np.zeros(1, np.uint64)
        with np.errstate(over="ignore"):
            for value in words.tolist():
                mixed = mixed * _MIX[0] + np.uint64(value)
    else:
        with np.errstate(over="ignore"):
            mixed = words[:-2] * _MIX[0] + words[1:-1] * _MIX[1] + words[2:]
    mixed = np.sort(mixed.view(np.int64))
    distinct = np.empty(len(mixed), bool)  # cheaper than np.unique (or np.r_)
    distinct[:1] = True
    np.not_equal(mixed[1:], mixed[:-1], out=distinct[1:])
    return mixed[distinct]


def body_words(note: Note, names: frozenset[str]) -> np.ndarray:
    """Hashes of the body's words in order: its spaCy tokens but punctuation, spaces
    and names, lower-cased (spaCy's string hashes are the same in every process)."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # not in its stubs

    start, end = note.body
    tokens = note.doc.user_data.get(TOKENS)
    if tokens is None:  # a trained pipeline: read the token array
        columns = note.doc.to_array(["LOWER", "IDX", "IS_PUNCT", "IS_SPACE"])
        offsets = columns[:, 1].astype(np.int64)
        keep = (offsets >= start) & (offsets < end) & (columns[:, 2] == 0) & (columns[:, 3] == 0)
        lowers = columns[keep, 0].tolist()
    else:
        lo, hi = bisect.bisect_left(tokens.offsets, start), bisect.bisect_left(tokens.offsets, end)
        is_word = tokens.kinds[lo:hi].encode("ascii").translate(_IS_WORD)
        lowers = _lowers(note.doc.vocab, list(itertools.compress(tokens.orths[lo:hi], is_word)))
    if names:
        hashed = {hash_string(name) for name in names}
        if not hashed.isdisjoint(lowers):
            lowers = [h for h in lowers if h not in hashed]
    return np.array(lowers, np.uint64)


# Token kinds (notelint.nlp.Tokens) to 1 for words, 0 for punctuation and spaces.
_IS_WORD = bytes(1 if chr(i) in "wTEA" else 0 for i in range(256))
_lower_of: dict[int, int] = {}  # ORTH id -> LOWER id, per process (bounded by the vocabulary)


def _lowers(vocab: Vocab, orths: list[int]) -> list[int]:
    try:
        return list(map(_lower_of.__getitem__, orths))  # no Python call per known token
    except KeyError:
        for orth in orths:
            if orth not in _lower_of:
                _lower_of[orth] = vocab[orth].lower
        return list(map(_lower_of.__getitem__, orths))


def fingerprint(
    original: str,
    note: Note,
    settings: Settings,
    active: ActiveRule,
    mail: Context | None,
) -> Fingerprint | None:
    """The note's fingerprint, or None when it is too short to take part.

    ``original`` is the note as read (``note.text`` has its directives blanked);
    ``mail`` is what an e-mail's headers said about the interview.
    """
    found = note.directives
    assert found is not None
    text, layout = note.text, note.layout
    words = body_words(note, _names(text, found, layout, settings, mail))
    if len(words) < max(active.options.min_words, 1):
        return None
    company = settings.context.company or found.front_matter.get("company")
    company = " ".join(company.casefold().split()) if isinstance(company, str) else None
    anchor = _anchor(text, layout)
    hidden, directive = False, None
    ignored = settings.ignored_for(note.path)
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
    words = {w.lower() for w in _WORD.findall(written) if w[0].isupper()}
    interviewers = list(settings.context.interviewers)
    if mail is not None:
        interviewers += mail.interviewers  # an e-mail's To: names
    value = found.front_matter.get("interviewer")
    interviewers += [value] if isinstance(value, str) else value if isinstance(value, list) else []
    for name in interviewers:
        if isinstance(name, str):
            words.update(_WORD.findall(name.lower()))
    return frozenset(words - _NOT_NAMES)


def _anchor(text: str, layout: Layout) -> tuple[int, int]:
    """The first word of the body (or of the note)."""
    section = layout.body if layout.body else Section(0, len(text))
    match = _TOKEN.search(text, section.start, section.end)
    return (match.start(), match.end()) if match else (section.start, section.start)
