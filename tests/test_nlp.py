"""The sentence component: spaCy's sentencizer where there are no line breaks, and
line-break starts that keep hard-wrapped sentences whole."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import spacy

from notelint.nlp import get_pipeline
from notelint.note import Note, Section, parse_layout

ROOT = Path(__file__).resolve().parent.parent / "examples"
NOTES = sorted(p for p in ROOT.glob("*/*") if p.suffix in (".txt", ".md", ".eml"))
TRICKY = [
    "Hello ... world. (Really.) OK then",
    "“Yes.” Then we talked!! About e.g. the U.S. office? Sure.",
    "Is it?! Yes... no. '",
    "A sentence without an end",
    ".",
    "",
    "Mr. Okafor said: 'go.' And so on. 3.5 percent. ¿Qué? ¡Sí!",
    "Done。次の文。 Then English.",
]


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in NOTES] + TRICKY


@pytest.fixture(scope="module")
def reference() -> Any:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(doc: Any) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents]


def sentencized(reference: Any, text: str) -> Any:
    """The reference's sentences once an amount's full stop ("$235K.", "A&E.") is its own token,
    and with a sentence started after an emoji that follows a word and comes before a
    capitalised word, or after a time's "a.m."/"p.m." before a capitalised word that is
    not a day or a time zone, and none after an abbreviation's full stop before a number or a
    lower-case word, as notelint reads it."""
    doc = reference.make_doc(text)
    with doc.retokenize() as retokenizer:
        for token in doc:
            if AMOUNT.fullmatch(token.text):
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    doc = reference.get_pipe("sentencizer")(doc)
    for token in doc[1:]:
        if not token.is_title:
            continue
        if doc[token.i - 1].lower_ in ("a.m.", "p.m.") and token.text not in AFTER_TIME:
            token.is_sent_start = True
        before = doc[token.i - 2] if token.i > 1 else None
        if doc[token.i - 1].text in ("...", "…") and before is not None and not before.is_punct:
            token.is_sent_start = True
        if (
            LETTER.fullmatch(doc[token.i - 1].text)
            and before is not None
            and (
                before.is_lower
                or ((before.is_title or before.text == "-") and token.text in OPENERS)
            )
        ):
            token.is_sent_start = True  # "in hall B. I was", "in Lab B. I will", "69-B. I would"
        if doc[token.i - 1].text in FIRM_ENDS and token.text in OPENERS:
            token.is_sent_start = True  # "at Hartwell & Co. I realised"
        if SMALL_LETTER.fullmatch(doc[token.i - 1].text) and token.text in OPENERS:
            token.is_sent_start = True  # "mixing up b and d. At my last placement"
        if not is_emoji(doc[token.i - 1].text):
            continue
        before = token.i - 1
        while before > 0 and is_emoji(doc[before - 1].text):
            before -= 1
        if before > 0 and not doc[before - 1].is_punct:
            token.is_sent_start = True
    for token in list(doc[1:]):
        if token.is_sent_start:
            opener = opening_mark(doc, token.i)
            if opener is not None:
                token.is_sent_start = False
                doc[opener].is_sent_start = True  # "on Ward 7. [mention ...] I came"
    for token in doc[2:]:
        after_abbreviation = (
            doc[token.i - 1].text == "." and doc[token.i - 2].lower_ in ABBREVIATIONS
        )
        if after_abbreviation and (token.is_lower or token.text[:1].isdigit()):
            token.is_sent_start = False  # "at approx. 60% of target"
        after_title = (
            doc[token.i - 1].text == "."
            and doc[token.i - 2].lower_ in TITLES
            and doc[token.i - 2].is_title
        )
        if after_title and token.is_title and token.text not in OPENERS:
            token.is_sent_start = False  # "meeting Arq. Lucía Treviño"
    return doc


def opening_mark(doc: Any, start: int) -> int | None:
    """The first opening bracket or quotation mark, spaced before and not after, among the
    marks after the full stop that ends the sentence before ``start``."""
    first = start
    while first > 0 and doc[first - 1].is_punct:
        first -= 1
    finals = [i for i in range(first, start) if doc[i].text in FINAL]
    if not finals:
        return None
    for i in range(finals[0] + 1, start):
        if doc[i].text in '([{“"' and doc[i - 1].whitespace_ and not doc[i].whitespace_:
            return i
    return None


def is_emoji(text: str) -> bool:
    """Pictographs (symbols from U+2600 on), with their modifiers and joiners."""
    return all(
        (unicodedata.category(c) in ("So", "Sk") and ord(c) >= 0x2600) or c in "\ufe0f\u200d"
        for c in text
    )


AMOUNT = re.compile(r"\d[\d.,]*[A-Za-z]{1,3}\.|[A-Za-z]+&[A-Za-z]+\.|\d*[\d.,]*[kKmMbB]?[€£$¥₹]\.")
LETTER = re.compile(r"[A-Z]\.")
SMALL_LETTER = re.compile(r"[a-z]\.")
FINAL = frozenset(spacy.pipeline.sentencizer.Sentencizer.default_punct_chars)
ABBREVIATIONS = set(
    """approx ca cf etc vs incl esp est dept min max no nos fig vol pp hrs mins yrs sq ft lbs
    oz""".split()
)
TITLES = set(
    """arq ing lic dra sra srta sr mtro mtra eng engr atty sgt capt lt cmdr supt insp cllr dott avv
    mx mme mlle""".split()
)  # titles whose full stop the tokenizer splits off
FIRM_ENDS = set(
    """Co. Inc. Ltd. Corp. Bros. GmbH. S.A. S.A.S. S.L. B.V. N.V. A.G. K.K.
    PhD. Ph.D. M.D. B.A. M.A. B.S. M.S. J.D. LL.M. R.N. IdP. SaaS. PaaS. IaaS. PwC. pH. Å.
    m³. cm³. mm³. km³.
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.""".split()
)  # a firm's, a degree's, a month's or a technical abbreviation the tokenizer keeps whole
OPENERS = set(
    """I The This That These Those It Its We Our My You Your They Their He She His Her There
    What When Where After Before Since During As At In On Please Thank Thanks Also But And So
    One Each Both Looking To For With From If Not""".split()
)  # the words notelint takes to open a sentence
AFTER_TIME = {"Monday", "Friday", "Eastern", "Pacific", "EST", "GMT"}  # those in the texts


def test_punctuation_starts_match_spacy_sentencizer(reference: Any) -> None:
    nlp = get_pipeline(None)
    compared = 0
    extra = [
        "We closed at $235K. I would also need it. Revenue hit 3M. Then 2nd.",
        "The relative in A&E. I said I would call. We met at AT&T. Then P&G.",
        "So fun lol 🙂 I kept thinking. Great!🙂 Then 👍🏽 Sure, ❤️ Python 😊 the end",
        "Doors stack up around 5 p.m. I'd model it. Come at 9 a.m. Monday or 4 P.M. Eastern.",
        "Free at 9 a.m. on Monday or 6 p.m. GMT, after 7 p.m. Then",
        "Lovely to meet you on Friday... I didn't know... but fine... really?... Yes… Then",
        "The racking in hall B. I was nervous. Plan B. Then John F. Kennedy and Mr. J. Smith.",
        "It stalled at approx. 60% of target. Rotas, leave etc. and more. It was approx. Then no.",
        "I interned at Hartwell & Co. I built a tracker. Acme Inc. The team. Tralee, Co. Kerry.",
        "Foo Ltd. We met. Bar Corp. It grew. Smith Bros. Carpentry and Jones Co. Ltd. on Friday.",
        "I applied to Nordwerk GmbH. I have eight years. Acme S.A. The team. Vos B.V. We met.",
        "We had only 80 k€. I answered paid social. It cost 5 M€. Then 80k€. Done.",
        "Come to Lab B. I will wait. George W. Bush and Plan B. Then John F. Kennedy.",
        "I have followed it since my PhD. You are kind. A Ph.D. The end. My Ph.D. thesis.",
        'On Ward 7. [mention something] I came. Done. (Really.) OK. He said "go." Then "Yes." Ok.',
        # a number is no lower-case word: the initial's stop ends nothing ("150 N. Wacker Drive")
        "Northgate, 150 N. Wacker Drive, Chicago. We met. The NASA J. Team. Then it... Ended.",
        "He mixed up b and d. At my last placement we used plan b. then a. Then x. The end.",
    ]
    for text in [*texts(), *extra]:
        flat = " ".join(text.split())  # no line breaks: only punctuation decides
        assert sentences(nlp(flat)) == sentences(sentencized(reference, flat)), flat[:80]
        compared += 1
    assert compared > 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An amount whose full stop the tokenizer keeps.
        (
            "My number is $118K base with OTE at $235K. I'd also need it.",
            ["My number is $118K base with OTE at $235K.", "I'd also need it."],
        ),
        # A name with an ampersand, whose full stop the tokenizer keeps too.
        (
            "It was the relative in A&E. I said I would call for backup.",
            ["It was the relative in A&E.", "I said I would call for backup."],
        ),
        # An emoji, an ellipsis or a time's "p.m." before a capitalised word.
        (
            "That was fun lol 🙂 I kept thinking about it 😊 the whole way. Great!🙂 Then",
            [
                "That was fun lol 🙂",
                "I kept thinking about it 😊 the whole way.",
                "Great!",
                "🙂 Then",
            ],
        ),
        (
            "Lovely to meet you on Friday... I didn't know the rota... but fine.",
            ["Lovely to meet you on Friday...", "I didn't know the rota... but fine."],
        ),
        # A capital letter's full stop after a lower-case word (not an initial).
        (
            "I saw the new racking in hall B. I was a little nervous with John F. Kennedy.",
            ["I saw the new racking in hall B.", "I was a little nervous with John F. Kennedy."],
        ),
        # A firm's "Co." the tokenizer keeps, before a word that opens sentences (not a name).
        (
            "My internship was at Hartwell & Co. I realised it later. I grew up in Tralee, Co. Kerry.",
            [
                "My internship was at Hartwell & Co.",
                "I realised it later.",
                "I grew up in Tralee, Co. Kerry.",
            ],
        ),
        (
            "You asked about Pryce & Co. To add to my answer: I kept a monthly review.",
            ["You asked about Pryce & Co.", "To add to my answer: I kept a monthly review."],
        ),
        # A lower-case letter's full stop, which the tokenizer keeps, before an opener.
        (
            "He kept mixing up b and d. At my last placement we used a hand shape.",
            ["He kept mixing up b and d.", "At my last placement we used a hand shape."],
        ),
        # A capital letter's full stop after a capitalised word, when "I" follows.
        (
            "The assessment is in Lab B. I will arrive at 8:45.",
            ["The assessment is in Lab B.", "I will arrive at 8:45."],
        ),
        # Round 251: a title's full stop before a name, not before an opener
        (
            "I met Arq. Lucía Treviño and Ing. Rodrigo Salinas. We toured the Sr. I left.",
            ["I met Arq. Lucía Treviño and Ing. Rodrigo Salinas.", "We toured the Sr.", "I left."],
        ),
        # Round 254: a volume's unit, kept whole with its full stop, before an opener
        (
            "I said roughly 32 m³. I reworked it.",
            ["I said roughly 32 m³.", "I reworked it."],
        ),
        # Round 251: a code's letter after a hyphen, when "I" follows (not "Type 2-A. Smith")
        (
            "It is listed under Article 69-B. I would also check the payroll.",
            ["It is listed under Article 69-B.", "I would also check the payroll."],
        ),
        (
            "Doors stack up by 5 p.m. I'd stagger them. Free 9 a.m. Monday, 4 p.m. ET.",
            ["Doors stack up by 5 p.m.", "I'd stagger them.", "Free 9 a.m. Monday, 4 p.m. ET."],
        ),
        # A degree the tokenizer keeps whole, before a word that opens sentences.
        (
            "We moved the break-glass accounts out of the main IdP. I'm keen.",
            ["We moved the break-glass accounts out of the main IdP.", "I'm keen."],
        ),
        # Round 204: a unit, a building's letter
        (
            "We got below 3.5 Å. I have put it here. It was in Building C. The aisles were narrow.",
            [
                "We got below 3.5 Å.",
                "I have put it here.",
                "It was in Building C.",
                "The aisles were narrow.",
            ],
        ),
        # Round 202: a unit the tokenizer keeps whole
        (
            "I answered mostly about buffer pH. I should also have said freeze-thaw.",
            ["I answered mostly about buffer pH.", "I should also have said freeze-thaw."],
        ),
        (
            "I have followed your work since my PhD. You are kind. My Ph.D. thesis was on it.",
            [
                "I have followed your work since my PhD.",
                "You are kind.",
                "My Ph.D. thesis was on it.",
            ],
        ),
        # Round 162: a name ending in a month's abbreviation ("Hospital del Mar")
        (
            "We met at Hospital del Mar. In my role I built a map. It ships Mar. 3 this year.",
            [
                "We met at Hospital del Mar.",
                "In my role I built a map.",
                "It ships Mar. 3 this year.",
            ],
        ),
    ],
)
def test_where_notelint_ends_a_sentence_the_sentencizer_does_not(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in get_pipeline(None)(text).sents] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We talked about\nthe migration plan.", ["We talked about\nthe migration plan."]),
        ("First paragraph\n\nSecond one", ["First paragraph", "Second one"]),
        ("Hi Priya,\nThanks for the tour.", ["Hi Priya,", "Thanks for the tour."]),
        ("The plan:\n- triage first", ["The plan:", "- triage first"]),
        (
            "Recap:\n- I finished the course in May\n- I hold my OSHA 10",
            ["Recap:", "- I finished the course in May", "- I hold my OSHA 10"],
        ),
        ("Best\nAna Ruiz", ["Best", "Ana Ruiz"]),  # short line, capitalised next line
        (
            "I would start with the reports that take longest to build\nAnd then the rest",
            ["I would start with the reports that take longest to build\nAnd then the rest"],
        ),
        ("Line one\r\n\r\nLine two", ["Line one", "Line two"]),
        ("Done.\n", ["Done."]),
    ],
)
def test_line_breaks(text: str, expected: list[str]) -> None:
    doc = get_pipeline(None)(text)
    got = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert got == expected


def test_sentence_sections_match_spacy_spans() -> None:
    nlp = get_pipeline(None)
    checked = 0
    for text in texts():
        doc = nlp(text)
        note = Note(text, parse_layout(text), doc)
        assert [(s.start, s.end) for s in note.sentences] == sentences(doc)
        for section in (note.subject, note.greeting, note.body, note.postscript):
            if not section:
                continue
            span = doc.char_span(section.start, section.end, alignment_mode="expand")
            want = [(s.start_char, s.end_char) for s in span.sents]
            assert [(s.start, s.end) for s in note.sentences_in(section)] == want
            checked += 1
    assert checked > 100
    assert Note("", parse_layout(""), nlp("")).sentences_in(Section(0, 0)) == []
