"""Build and cache the spaCy pipeline.

The default is spaCy's blank English tokenizer and one rule-based component,
``notelint_sentences``, that marks sentence starts in two ways at once:

* line breaks: a blank line starts a sentence, and so does a single line break
  after a clause ends (``,:;.!?``), before a bulleted line ("- ", "* ", "• ") or
  before a capitalised short line (greetings, sign-offs, list items). A
  hard-wrapped sentence ("about\\nthe migration") stays one sentence.
* punctuation: exactly what spaCy's ``sentencizer`` decides with its default
  punctuation characters, but for one thing: spaCy's tokenizer keeps the full
  stop after an amount such as "$235K." or "3M." (and after a name with an
  ampersand, "A&E.") in the token, hiding it from the sentencizer, so such a
  token ends a sentence here; and in casual notes
  an emoji often stands where the full stop would ("... lol 🙂 I kept
  thinking"), so an emoji followed by a capitalised word ends one too. So
  does "a.m." or "p.m." before a capitalised word ("... around 5 p.m. I'd
  like to"), which the tokenizer also keeps whole, unless the word is a day
  or a time zone ("9 a.m. Monday", "4 p.m. Eastern"); and so does an ellipsis
  between words before a capitalised word ("... on Friday... I didn't"), which
  many writers use for a full stop; and so does a capital letter's full stop
  after a lower-case word ("the racking in hall B. I was"), which the tokenizer
  keeps as if it were an initial (after a capitalised word too, when "I" follows:
  "in Lab B. I will", or a hyphen: "Article 69-B. I would"), and a lower-case
  letter's before a word that opens sentences ("mixing up b and d. At my last
  placement"); and so does a firm's "Co.", "Inc.", "Ltd.", "Corp.",
  "Bros.", "GmbH.", "S.A.", "B.V." (and the like) before a word that opens
  sentences ("at Hartwell & Co. I realised"), though not before a name
  ("Tralee, Co. Kerry"). The other way
  round, an abbreviation's full stop that the tokenizer splits off ends no
  sentence before a number or a lower-case word ("stalled at approx. 60% of
  target"), nor does a title's ("Arq.", "Ing.") before a name ("meeting Arq.
  Lucía Treviño"). And an opening bracket or quotation mark after a sentence's
  full stop, with a space before it and none after, starts the next sentence
  ("... on Ward 7. [mention something] I came"), where the sentencizer leaves
  it on the sentence before.

It reads one array of token ids (``Doc.to_array``) and caches what it needs to
know per distinct token text, instead of creating a Token object per token:
about three times faster than spaCy's components, with which a test checks it
agrees. Nothing here reads from the network. A trained
pipeline named with ``--model`` is an optional upgrade: rules may use its
annotations (``doc.has_annotation("POS")``) but never require them; there only
the line-break starts are set, before the trained parser or senter runs.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from notelint.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.strings import StringStore
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

SENTENCES = "notelint_sentences"
LINEBREAKS = "notelint_linebreaks"
SENTENCE_BOUNDS = "notelint.sentences"  # keys in Doc.user_data
TOKENS = "notelint.tokens"

_CLAUSE_END = frozenset(",:;.!?")
_BULLETS = frozenset("-*•·–")  # a line starting with one is a list item: its own sentence
# "$235K.", "3M.", "2nd.": an amount the tokenizer keeps its full stop in; so too a name
# with an ampersand ("A&E.", "AT&T.").
# So too an amount in euros written the French way: "80 k€.", "80k€.", "5 M€.".
_AMOUNT_END = re.compile(
    r"\d[\d.,]*[A-Za-z]{1,3}\.|[A-Za-z]+&[A-Za-z]+\.|\d*[\d.,]*[kKmMbB]?[€£$¥₹]\."
)
_NEWLINE = re.compile(r"\r\n|\n|\r")
# A token of emoji only (with their variation selectors, skin tones and joiners).
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+")
_TIMES = frozenset(("a.m.", "p.m."))
# Capitalised words that go on a time rather than start a sentence.
_AFTER_TIME = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Eastern Central Mountain
    Pacific Atlantic ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST IST
    AEST AEDT""".split()
)


# Token kinds, one character per token, so a regular expression can walk the tokens.
_FINAL, _PUNCT, _WORD, _TITLE, _SPACE, _BREAK, _BREAKS = "F", "P", "w", "T", "s", "b", "B"
_OTHER = "o"  # a word neither lower-case nor title-case: "150", "NASA", "iPhone"
_EMOJI_KIND, _TIME_KIND = "E", "A"
_SENTENCE_END = re.compile(r"F[FP]*(?=[^FP])")
# Emoji after a word, then a capitalised word: "lol 🙂 I kept" (after "!" the
# sentencizer has already started a sentence at the emoji).
_EMOJI_END = re.compile(r"(?<![FPE])E+(?=T)")
_TIME_END = re.compile(r"A(?=T)")
# A word, an ellipsis, a capitalised word: "... on Friday... I didn't realise".
_ELLIPSIS_END = re.compile(r"(?<=[woTE])P(?=T)")
_ELLIPSES = frozenset(("...", "…", "...."))
# A capital letter and its full stop after a lower-case word, before a capitalised word:
# "the racking in hall B. I was", "plan B. Then" (an initial follows a name or a title).
_LETTER_END = re.compile(r"(?<=w)T(?=T)")
_LETTER = re.compile(r"[A-Z]\.")
_TITLED_LETTER_END = re.compile(r"(?<=T)T(?=T)")
# ... or after a hyphen, a code's last part: "under Article 69-B. I would also".
_CODE_LETTER_END = re.compile(r"(?<=P)T(?=T)")
# Abbreviations whose full stop the tokenizer splits off: before a number or a lower-case
# word it ends no sentence ("stalled at approx. 60% of target", "rotas, cover etc. are").
_ABBREVIATIONS = frozenset(
    """approx ca cf etc vs incl esp est dept min max no nos fig vol pp hrs mins yrs sq ft lbs
    oz""".split()
)
# Titles whose full stop the tokenizer splits off: before a capitalised word that is no opener
# it ends no sentence ("meeting Arq. Lucía Treviño", "Ing. Rodrigo Salinas").
_TITLES = frozenset(
    """arq ing lic dra sra srta sr mtro mtra eng engr atty sgt capt lt cmdr supt insp cllr dott avv
    mx mme mlle""".split()
)
# A firm's, a degree's, a month's or a technical abbreviation the tokenizer keeps whole ("since
# my PhD. You are", "out of the main IdP. I'm", "at Hospital del Mar. In my"), and the words
# that open a sentence after it.
_FIRM_ENDS = """Co. Inc. Ltd. Corp. Bros. GmbH. S.A. S.A.S. S.L. B.V. N.V. A.G. K.K.
    PhD. Ph.D. M.D. B.A. M.A. B.S. M.S. J.D. LL.M. R.N. IdP. SaaS. PaaS. IaaS. PwC. pH. Å.
    m³. cm³. mm³. km³.
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.""".split()
_OPENERS = """I The This That These Those It Its We Our My You Your They Their He She His Her There
    What When Where After Before Since During As At In On Please Thank Thanks Also But And So
    One Each Both Looking To For With From If Not""".split()
_OPENER_WORDS = frozenset(_OPENERS)
_OPENING = frozenset('([{“"')
_LINE_BREAK = re.compile(r"[bB]")
_SHORT_LINE_WORDS = 8


class Tokens(NamedTuple):
    """The token columns the component read, kept for others: offsets, ORTH ids and
    one kind character per token (``w`` word, ``T`` title-case word, ``E`` emoji,
    ``A`` "a.m."/"p.m.", ``F`` sentence-final punctuation, ``P`` other punctuation,
    ``s``/``b``/``B`` spaces)."""

    offsets: list[int]
    orths: list[int]
    kinds: str


class _Kinds:
    """Each distinct token text's kind, cached per vocabulary by ``ORTH`` id."""

    def __init__(self, vocab: Vocab) -> None:
        from spacy.pipeline.sentencizer import Sentencizer

        self.vocab = vocab
        self.final = frozenset(Sentencizer.default_punct_chars)
        self.known: dict[int, str] = {}
        self.firm_ends = frozenset(vocab.strings.add(text) for text in _FIRM_ENDS)
        self.openers = frozenset(vocab.strings.add(text) for text in _OPENERS)
        self.small_letters = frozenset(vocab.strings.add(f"{c}.") for c in string.ascii_lowercase)

    def of(self, orths: list[int]) -> str:
        try:
            return "".join(map(self.known.__getitem__, orths))
        except KeyError:
            for orth in orths:
                if orth not in self.known:
                    self.known[orth] = self._kind(orth)
            return "".join(map(self.known.__getitem__, orths))

    def _kind(self, orth: int) -> str:
        lexeme = self.vocab[orth]
        text = lexeme.orth_
        if text in self.final or (text[-1:] == "." and _AMOUNT_END.fullmatch(text)):
            return _FINAL
        if lexeme.is_punct:
            return _PUNCT
        if _EMOJI.fullmatch(text):
            return _EMOJI_KIND
        if text.lower() in _TIMES:
            return _TIME_KIND
        if lexeme.is_space:
            breaks = len(_NEWLINE.findall(text))
            return _BREAKS if breaks > 1 else _BREAK if breaks else _SPACE
        if lexeme.is_title:
            return _TITLE
        return _WORD if lexeme.is_lower else _OTHER


@functools.lru_cache(maxsize=4)
def _kinds(vocab: Vocab) -> _Kinds:
    return _Kinds(vocab)


def _sentence_starts(doc: Doc, punctuation: bool) -> tuple[list[int], list[int], list[int], str]:
    """Token indices that start a sentence: after line breaks, and (if ``punctuation``)
    where spaCy's default ``sentencizer`` would start one, and after an emoji,
    a time's "a.m."/"p.m." or an ellipsis that a capitalised word follows.

    The sentencizer's walk: a sentence-final character (".", "!", "?" and their kin
    in other scripts) arms it, other punctuation leaves it as it is, and the next
    token that is neither starts a sentence. The first token always starts one.
    ``doc.text`` is never built (it costs more than all of this). Returns the
    starts and the tokens' offsets, ORTH ids and kinds.
    """
    offsets, orths = doc.to_array(["IDX", "ORTH"]).T.tolist()
    known = _kinds(doc.vocab)
    kinds = known.of(orths)
    starts = {0}
    if punctuation:
        if not known.firm_ends.isdisjoint(orths):
            starts.update(
                i + 1
                for i, orth in enumerate(orths[:-1])
                if orth in known.firm_ends and orths[i + 1] in known.openers
            )
        for match in _SENTENCE_END.finditer(kinds):
            end = match.end()
            if kinds[end - 1] == _PUNCT:
                end = _opener(match.start() + 1, end, offsets, orths, doc.vocab.strings)
            starts.add(end)
        if _EMOJI_KIND in kinds:
            starts.update(m.end() for m in _EMOJI_END.finditer(kinds))
        if _TIME_KIND in kinds:
            for match in _TIME_END.finditer(kinds):
                if doc.vocab.strings[orths[match.end()]] not in _AFTER_TIME:
                    starts.add(match.end())
        for match in _ELLIPSIS_END.finditer(kinds):
            if doc.vocab.strings[orths[match.start()]] in _ELLIPSES:
                starts.add(match.end())
        for match in _LETTER_END.finditer(kinds):
            if _LETTER.fullmatch(doc.vocab.strings[orths[match.start()]]):
                starts.add(match.end())
        # ... and after a capitalised word too when a word that opens sentences follows ("in
        # Lab B. I will arrive", "in Building C. The aisles"), which no name's initial is
        # followed by.
        for match in _TITLED_LETTER_END.finditer(kinds):
            letter, after = (doc.vocab.strings[orths[i]] for i in match.span())
            if after in _OPENER_WORDS and _LETTER.fullmatch(letter):
                starts.add(match.end())
        for match in _CODE_LETTER_END.finditer(kinds):
            start, end = match.span()
            letter, after = (doc.vocab.strings[orths[i]] for i in (start, end))
            hyphen = doc.vocab.strings[orths[start - 1]]
            if hyphen == "-" and after in _OPENER_WORDS and _LETTER.fullmatch(letter):
                starts.add(end)
        # ... and a lower-case letter's, before a word that opens sentences ("kept mixing up b
        # and d. At my last placement", round 230), which the tokenizer keeps whole.
        if not known.small_letters.isdisjoint(orths):
            starts.update(
                i + 1
                for i, orth in enumerate(orths[:-1])
                if orth in known.small_letters and orths[i + 1] in known.openers
            )
        starts -= set(_after_abbreviations(starts, orths, kinds, doc.vocab.strings))
    strings = doc.vocab.strings
    last = len(orths) - 1
    for match in _LINE_BREAK.finditer(kinds):
        i = match.start()
        if not 0 < i < last:
            continue
        if (
            kinds[i] == _BREAKS
            or strings[orths[i - 1]][-1] in _CLAUSE_END
            or strings[orths[i + 1]] in _BULLETS
            or (kinds[i + 1] == _TITLE and _short_line(i, offsets, orths, kinds, strings))
        ):
            starts.add(i + 1)
    return sorted(starts), offsets, orths, kinds


def _opener(
    first: int, end: int, offsets: list[int], orths: list[int], strings: StringStore
) -> int:
    """Where the sentence after a sentence-final mark starts: at ``end``, or at an opening
    bracket or quotation mark among the punctuation before it that has a space before it and
    none after ("... on Ward 7. [mention something]", "... today. (I also ...)"), which
    spaCy's sentencizer leaves on the sentence before."""
    for i in range(first, end):
        text = strings[orths[i]]
        if (
            text in _OPENING
            and offsets[i] > offsets[i - 1] + len(strings[orths[i - 1]])
            and offsets[i + 1] == offsets[i] + len(text)
        ):
            return i
    return end


def _after_abbreviations(
    starts: set[int], orths: list[int], kinds: str, strings: StringStore
) -> Iterator[int]:
    """Starts that follow an abbreviation's full stop and begin with a number or a
    lower-case word, or a title's before a capitalised word that opens no sentence: no
    sentence starts there."""
    for i in starts:
        if i < 2 or kinds[i - 1] != _FINAL or strings[orths[i - 1]] != ".":
            continue
        first = strings[orths[i]][:1] if kinds[i] in (_WORD, _OTHER) else ""
        before = strings[orths[i - 2]].lower()
        if (first.islower() or first.isdigit()) and before in _ABBREVIATIONS:
            yield i
        elif (
            kinds[i] == _TITLE
            and before in _TITLES
            and kinds[i - 2] == _TITLE
            and strings[orths[i]] not in _OPENER_WORDS
        ):
            yield i  # "meeting Arq. Lucía Treviño"


def _short_line(
    i: int, offsets: list[int], orths: list[int], kinds: str, strings: StringStore
) -> bool:
    """Whether the line that token ``i`` (a line break) ends is short: a list item, a name.

    Words are counted as ``str.split`` would count them on the line's text.
    """
    words = 0
    j = i - 1
    while j >= 0 and kinds[j] not in "bB":
        if kinds[j] != _SPACE:
            before = j - 1
            joined = (
                before >= 0
                and kinds[before] not in "sbB"
                and offsets[before] + len(strings[orths[before]]) == offsets[j]
            )
            if not joined:
                words += 1
                if words > _SHORT_LINE_WORDS:
                    return False
        j -= 1
    return True


def _set_starts(doc: Doc, starts: list[int], values: np.ndarray) -> None:
    values[starts] = 1
    column = values.astype(np.uint64).reshape(-1, 1)
    doc.from_array(["SENT_START"], column)  # type: ignore[arg-type]  # thinc's Ints2d alias


def mark_sentences(doc: Doc) -> Doc:
    """The ``notelint_sentences`` component (blank pipelines): every token is decided."""
    if len(doc):
        starts, offsets, orths, kinds = _sentence_starts(doc, True)
        _set_starts(doc, starts, np.full(len(doc), -1, np.int64))
        strings = doc.vocab.strings
        bounds = []
        for first, after in zip(starts, [*starts[1:], len(orths)], strict=True):
            last = after - 1
            bounds.append((offsets[first], offsets[last] + len(strings[orths[last]])))
        doc.user_data[SENTENCE_BOUNDS] = bounds
        doc.user_data[TOKENS] = Tokens(offsets, orths, kinds)
    return doc


def mark_line_breaks(doc: Doc) -> Doc:
    """The ``notelint_linebreaks`` component: trained pipelines decide the other tokens."""
    if len(doc):
        starts = _sentence_starts(doc, False)[0][1:]
        if starts:
            _set_starts(doc, starts, doc.to_array(["SENT_START"]).astype(np.int64))
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(SENTENCES):
        Language.component(SENTENCES)(mark_sentences)
    if not Language.has_factory(LINEBREAKS):
        Language.component(LINEBREAKS)(mark_line_breaks)


@functools.lru_cache(maxsize=4)
def get_pipeline(model: str | None = None) -> Language:
    """The pipeline for ``model`` (None: blank English), built once per process."""
    import spacy

    _register()
    if model is None:
        nlp = spacy.blank("en")
        nlp.add_pipe(SENTENCES)
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


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of each sentence of ``doc``, as ``doc.sents`` gives them.

    The blank pipeline's component leaves them in ``doc.user_data`` (building
    spaCy spans costs more than finding the sentences did).
    """
    bounds = doc.user_data.get(SENTENCE_BOUNDS)
    if bounds is None:
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
    return list(bounds)
