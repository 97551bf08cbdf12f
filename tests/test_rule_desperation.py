"""desperation: begging, need, any-salary offers, pressure, reconsider, self-pity."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notelint import directives
from notelint.note import Note, parse_layout
from notelint.rules import desperation, gates, sycophancy
from notelint.rules.gates import GatedSearch, WordGate
from notelint.rules.scan import lowered, search

try:  # the regular-expression parser, to read what a pattern can match
    from re import _parser as sre
except ImportError:  # Python 3.10
    import sre_parse as sre  # type: ignore[no-redef]

RULE = "desperation"


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("I really need this job.", "I really need this job"),
        ("The salary is not problem for me.", "salary is not problem"),
        ("I'm open to any level, even a significant pay cut.", "open to any level, even"),
        ("I'll take a contract, whatever gets me in the door.", "whatever gets me in"),
        ("Please, I am asking you to give me this chance.", "give me this chance"),
        ("I am counting on hearing from you by Friday.", "counting on hearing from you"),
        ("A quick answer would mean a great deal.", "quick answer would mean"),
        ("I won't ask for a single day off.", "ask for a single day off"),
        ("Whatever you can pay is fine with me.", "Whatever you can pay"),
        ("I can do any shift, and salary is not a matter for me.", "salary is not a matter"),
        ("I'm fine starting at the bottom of the pay range or below it.", "pay range or below"),
        ("I just need a foot in the door.", "I just need a foot in the door"),
        ("Getting this job would mean I could keep up with the rent.", "keep up with the rent"),
        ("It would mean everything to me and my two children.", "It would mean everything to me"),
        ("Could you tell me by tomorrow whether I got it?", "tell me by tomorrow"),
        ("I haven't slept much since Monday.", "haven't slept"),
        ("I keep my phone next to me all day.", "keep my phone next to me"),
        ("I'd be happy to start on a lot less than that.", "start on a lot less"),
        ("Whatever you reckon is fair, I won't argue.", "Whatever you reckon is fair"),
        ("I wouldn't take any annual leave this year.", "take any annual leave"),
        (
            "Nothing else matters more to me than this job.",
            "Nothing else matters more to me than this",
        ),
        (
            "I'm probably not as polished as the other candidates.",
            "not as polished as the other candidates",
        ),
        ("People like me don't usually get picked.", "People like me don't usually get picked"),
        ("I'd be so grateful if you could look past that.", "could look past"),
        (
            "Salary is not at all a concern; whatever you decide I will accept.",
            "Salary is not at all a concern",
        ),
        ("I will do anything to get this role.", "do anything"),
        ("I'm happy to work for any salary you offer.", "any salary"),
        ("I won't take any vacation in my first year.", "take any vacation"),
        ("I can work every evening and weekend.", "every evening"),
        ("Please, please give me a chance.", "Please, please"),
        ("Please let me know as soon as possible.", "as soon as possible"),
        ("I have been checking my email every hour.", "checking my email every"),
        ("I ask that you please reconsider my application.", "reconsider"),
        ("I know I'm probably not the best candidate, but I work hard.", "not the best candidate"),
        (
            "I've been unemployed for eight months and my savings are gone.",
            "unemployed for eight months",
        ),
        ("I would work harder than anyone if you gave me a chance.", "if you gave me a chance"),
        ("I promise I would work twice as hard as anyone else.", "I promise I would work twice"),
        ("I am honestly not sure I am good enough for this.", "not sure I am good enough"),
        ("I'll give you a call on Monday to check where things stand.", "call on Monday to check"),
        ("I need your decision by Wednesday at noon.", "need your decision by"),
        ("Please let me know either way as soon as you possibly can.", "as soon as you possibly"),
        ("I've been refreshing my inbox all afternoon.", "refreshing my inbox all afternoon"),
        ("So I need a decision from you before then.", "need a decision from you before"),
        ("If I haven't heard back, I'll call your office first thing Tuesday.", "I'll call"),
        ("Could you let me know by Friday?", "let me know by Friday"),
        ("My landlord wants the deposit and I'm kinda panicking.", "I'm kinda panicking"),
        ("I've been turned away more times than I care to count.", "turned away more times"),
        ("I do not need any leave in my first year.", "do not need any leave"),
        # Total availability with no limit of hours; the formula alone is a courtesy.
        ("I am at your complete disposal, day or night.", "at your complete disposal"),
        ("I will work any shift you give me.", "work any shift you give"),
        ("I am prepared to give up my annual leave.", "give up my annual leave"),
        ("Any news would put me out of my misery.", "put me out of my misery"),
        ("My brothers' school fees depend on my being placed.", "fees depend on my being"),
        ("I've gone through most of my savings.", "gone through most of my savings"),
        ("We're two payments behind on the truck.", "payments behind on"),
        ("I'd take nights if that's what it takes.", "if that's what it takes"),
        ("Kindly inform the status of my candidature at the earliest.", "inform the status"),
        ("I'm happy to start well below the range we discussed.", "start well below the range"),
        ("The pay matters much less to me than getting this job.", "pay matters much less to me"),
        ("Evenings are fine and I'm not fussed about the rate.", "not fussed about the rate"),
        ("Is there any way you could reconsider?", "any way you could reconsider"),
        (
            "I do want to ask, respectfully, whether you would reconsider.",
            "whether you would reconsider",
        ),
        ("I would welcome a chance to revisit the outcome.", "revisit the outcome"),
        ("Please give me another chance to show you what I can do.", "give me another chance"),
        ("I was nervous and I'm just not great at interviews.", "not great at interviews"),
        ("I am hopeless at interview, as you saw.", "hopeless at interview"),
        ("To be honest I am desparate for work at the moment.", "desparate"),
        ("I realy realy need this job.", "need this job"),
        ("I can do any hours and any sallary is fine.", "any sallary"),
        ("Please let me know as soon as posible.", "as soon as posible"),
        ("I know I am not so clever as the other candidates.", "not so clever as the other"),
        ("Please consider me again and do not reject me for this mistake.", "consider me again"),
        ("I am willing to do overtime even on weekends and holidays without pay.", "without pay"),
        ("Just give me the chance po.", "give me the chance"),
        # Round 175: hardship and self-doubt told to win pity
        (
            "We have been living on what's left of our savings.",
            "living on what's left of our savings",
        ),
        ("We sold the second car to cover the mortgage.", "sold the second car to cover"),
        ("This job would mean we get to keep the house.", "would mean we get to keep the house"),
        (
            "I'm not sure what we do if it doesn't come through.",
            "not sure what we do if it doesn't",
        ),
        (
            "Honestly, I'm not sure I'm smart enough for a team like yours.",
            "not sure I'm smart enough",
        ),
        ("I'd understand if you've already written me off.", "written me off"),
        (
            "Please take a chance on someone who isn't the strongest candidate.",
            "isn't the strongest",
        ),
        ("really need to hear back today, rent is due friday", "really need to hear back"),
        ("i'm running out of options and rent is due friday", "running out of options"),
        ("I'll take any shift pattern, honestly anything.", ", honestly anything"),
        ("i just can't go another week like this", "can't go another"),
        ("Nobody wants to hire someone with a gap like mine.", "hire someone with a gap"),
        (
            "It would be the first good thing to happen to me in years.",
            "first good thing to happen",
        ),
    ],
)
def test_desperation_is_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered), exact=False)


@pytest.mark.parametrize(
    "text",
    [
        "If you need references, I can send three.",
        "The team needs someone who can own the close.",
        "I don't need relocation support.",
        "I can start in March.",
        "I'm available Tuesday or Thursday afternoon if a second conversation would help.",
        "Please let me know if you need anything else from me.",
        "Although I haven't used Salesforce, I ran HubSpot for five years.",
        "I would welcome the chance to discuss the schedule further.",
        "I'm grateful you gave me a chance to show the warfarin audit.",
        "I promise to send the audit by Friday.",
        "A pull-up on an unused GPIO leaked a few microamps around the clock.",
        "I'll call you on Monday to go over the contract, as you suggested.",
        "Please let me know by Friday if you need the references.",
        "I will inform the customer service team right away.",
        "I'm not fussed about which shift pattern I get.",
        "You asked whether I would reconsider the move to nights; I have, and it suits me.",
        "We plan to revisit the outcome measures each quarter.",
        "I put myself at your complete disposal to start on Monday.",
        "I'd do anything to avoid another 5 a.m. commute, and your rota was clear.",
        "You said most engineers are not great at interviews, and neither are panels.",
        "Could you give me another copy of the rota when you have a moment?",
        # Round 175: look-alikes of hardship
        "Sorry the sauce split on the first attempt; I rebuilt it on the second pass.",
        "We sold the legacy product line to cover the cost of the new platform.",
        "I'm not sure I'm senior enough for the lead role, so I'd welcome your view.",
        "The project was running out of budget when I joined, and I cut its cloud bill by half.",
    ],
)
def test_neutral_need_and_availability_pass(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("I don't know\nwhat I'll do without this job.", "I don't know\nwhat I'll do"),
        ("Please call\nme tomorrow.", "Please call\nme tomorrow"),
        ("No one will hire\nme at this point.", "No one will hire\nme"),
        ("I have been out of\nwork  for six months.", "out of\nwork  for six months"),
    ],
)
def test_phrases_broken_across_lines_are_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered))


def test_glued_words_still_open_the_gates(assert_findings) -> None:
    # note.words keeps "whatever's" and "offer's" whole; the gates must still see
    # "whatever" and "offer", as the patterns do.
    assert_findings("I'll do whatever's needed.", (RULE, "do whatever"), exact=False)
    assert_findings("I will accept any offer's terms.", (RULE, "any offer"), exact=False)


# GatedSearch, shared with sycophancy, and what it takes for granted about the patterns.

GATED = [
    *((pattern, gate, desperation) for pattern, _, gate in desperation._PATTERNS),
    *((pattern, gate, sycophancy) for pattern, _, gate in sycophancy._PATTERNS),
    (sycophancy._GUSH, sycophancy._GUSH_GATE, sycophancy),
]
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# Forms a gate could miss: glued or split words, odd spacing and case, stops nearby.
TRICKY = [
    "I'll do whatever's needed. I will accept any offer's terms!",
    "Honestly, ma'need this job badly. My only hope's this role.",
    "I really\nneed  this job? I don't know\nwhat I’ll do... I am BEGGING you.",
    "Please, please give me a chance! Please  let me\nknow ASAP. I'd reply at the earliest.",
    "I can't sleep; I check my e-mail non-stop. I'm available 24 / 7, around the clock.",
    "I'll give up my weekends and never take a vacation. I'd work for free.",
    "Salary isn't an issue; pay is not a concern. I ask that you re-consider my application.",
    "I know I'm probably not the best candidate. I'm just a humble clerk; nobody will hire me.",
    'He said "I really need this job." and left. I need an answer by Friday.',
    "I am so honoured and humbled. You're a rock star and the best manager I've ever met!",
    "Your dream team's work is mind-blowing, world-class and second to\nnone. I adore your work.",
    "Words can't express it; I'm forever grateful. It would be an honour to join. What a legend.",
]


def _notes(nlp: Any) -> Iterator[Note]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*/*.txt"))]
    for text in [*texts, *TRICKY, *(t.upper() for t in TRICKY)]:
        found = directives.find(text)
        yield Note(found.text, parse_layout(found.text), nlp(found.text), directives=found)


def test_gated_search_finds_what_search_finds(nlp: Any) -> None:
    for note in _notes(nlp):
        finders = {module: GatedSearch(note, module._GATES) for module in (desperation, sycophancy)}
        for pattern, gate, module in GATED:
            sections = [note.body] if pattern is sycophancy._GUSH else None
            expected = [m.span() for m in search(note, pattern, sections)]
            found = [m.span() for m in finders[module](pattern, gate, sections)]
            assert found == expected, (pattern.pattern, note.text)


@pytest.mark.parametrize("index", range(len(GATED)))
def test_gates_open_for_generated_matches(nlp: Any, index: int) -> None:
    # Random text each pattern matches (or nearly: look-arounds are left out), glued
    # to apostrophes, split over lines, in capitals: the gate must let it all through.
    pattern, gate, module = GATED[index]
    twin = lowered(pattern)
    assert twin is not None
    parsed = sre.parse(twin.pattern, twin.flags)
    chance = random.Random(index)
    matched = 0
    for _ in range(60):
        phrase = _generate(parsed, chance)
        phrase = (
            chance.choice(["", "So ", "x'", "("]) + phrase + chance.choice(["", "'s", "!", ".x"])
        )
        phrase = phrase.upper() if chance.random() < 0.2 else phrase
        text = f"Hi Sam,\n\nThanks for the chat. {phrase} We talked about the plan.\n\nBest,\nAna\n"
        note = Note(text, parse_layout(text), nlp(text))
        sections = [note.body] if pattern is sycophancy._GUSH else None
        expected = [m.span() for m in search(note, pattern, sections)]
        found = GatedSearch(note, module._GATES)(pattern, gate, sections)
        assert [m.span() for m in found] == expected, (pattern.pattern, phrase)
        matched += bool(expected)
    assert matched > 30, "the generator should mostly write matches"


def _generate(items: Any, chance: random.Random) -> str:
    """Text a parsed pattern matches, look-arounds aside."""
    out = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.IN:
            out.append(_one_of(arg, chance))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, repeated = arg
            for _ in range(chance.randint(low, min(high, low + 2))):
                out.append(_generate(repeated, chance))
        elif op is sre.SUBPATTERN:
            out.append(_generate(arg[3], chance))
        elif op is sre.BRANCH:
            out.append(_generate(chance.choice(arg[1]), chance))
        else:
            assert op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT), op
    return "".join(out)


def _one_of(items: Any, chance: random.Random) -> str:
    if any(op is sre.NEGATE for op, _ in items):
        return chance.choice("abc ,;")
    op, arg = chance.choice(items)
    if op is sre.LITERAL:
        return chr(arg)
    if op is sre.RANGE:
        return chr(chance.randint(*arg))
    choices = {
        sre.CATEGORY_SPACE: [" ", "  ", "\n"],
        sre.CATEGORY_WORD: list("abz0"),
        sre.CATEGORY_DIGIT: list("07"),
    }
    return chance.choice(choices[arg])


@pytest.mark.parametrize("index", range(len(GATED)))
def test_patterns_suit_gated_search(index: int) -> None:
    pattern, gate, _ = GATED[index]
    assert lowered(pattern) is not None, "the gates read note.lower, so the pattern must too"
    parsed = sre.parse(pattern.pattern, pattern.flags)
    assert parsed.getwidth()[0] >= gates._PAST_STOP, "a match could fit after a stop"
    for stop in gates._STOPS:
        assert not _consumes(parsed, stop), f"a match could run across {stop!r}"
        for ahead in _lookaheads(parsed):
            if _consumes(ahead, stop):
                assert ahead.getwidth()[1] <= gates._PAST_STOP, "a look-ahead reads too far"
    assert all(line.leads for line in gate.lines), "a gate shows where to search"


def test_gate_lines_are_checked() -> None:
    with pytest.raises(ValueError, match="bad gate line"):
        WordGate("*asap* please")
    with pytest.raises(ValueError, match="bad gate line"):
        WordGate("please a|b a|b")


def _consumes(items: Any, char: str) -> bool:
    """Whether a parsed pattern can match ``char`` outside its look-arounds."""
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            found = chr(arg) == char
        elif op is sre.IN:
            negate = any(o is sre.NEGATE for o, _ in arg)
            rest = [(o, a) for o, a in arg if o is not sre.NEGATE]
            found = negate != bool(re.fullmatch(_char_class(rest), char))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found = _consumes(arg[2], char)
        elif op is sre.SUBPATTERN:
            found = _consumes(arg[3], char)
        elif op is sre.BRANCH:
            found = any(_consumes(branch, char) for branch in arg[1])
        else:
            raise AssertionError(f"regex element {op} is new here: check it by hand")
        if found:
            return True
    return False


def _char_class(items: Any) -> str:
    classes = {sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_DIGIT: r"\d"}
    parts = []
    for op, arg in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(arg)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        else:
            assert op is sre.CATEGORY and arg in classes, (op, arg)
            parts.append(classes[arg])
    return f"[{''.join(parts)}]"


def _lookaheads(items: Any) -> Iterator[Any]:
    for op, arg in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT) and arg[0] == 1:
            yield arg[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            yield from _lookaheads(arg[2])
        elif op is sre.SUBPATTERN:
            yield from _lookaheads(arg[3])
        elif op is sre.BRANCH:
            for branch in arg[1]:
                yield from _lookaheads(branch)


# Neediness the blind rounds 58 to 66 found the rule did not yet see.
@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("I've been out of work since the firm downsized in March.", "out of work since"),
        ("If it would help, I'd come in for a week unpaid.", "a week unpaid"),
        (
            "I'll work whatever hours or weekends you need.",
            "work whatever hours or weekends you need",
        ),
        ("I'll happily take any base, any roster and any pay band.", "any pay"),
        (
            "I have a family holiday booked, but I'd cancel it straight away if it meant getting "
            "the job.",
            "holiday booked, but I'd cancel it",
        ),
        ("I'm happy to work evenings and weekends, unpaid if that helps.", "unpaid if that helps"),
        (
            "I would respectfully ask the panel to reconsider its decision.",
            "ask the panel to reconsider",
        ),
        (
            "I would accept the post on a lower grade if that would help.",
            "accept the post on a lower grade",
        ),
        (
            "I'd ask you to look at my application one more time before you decide.",
            "look at my application one more time",
        ),
        (
            "Whatever the budget allows is fine, even if it's well under the posted range.",
            "Whatever the budget allows",
        ),
        (
            "Kindly note that I am available any day and any hour, and I am ready to leave any "
            "other commitment to join at the earliest.",
            "leave any other commitment to",
        ),
        (
            "Please answer me soon, I am checking my phone all the time. My situation is "
            "difficult and I need the answer quick.",
            "checking my phone all the time",
        ),
        ("I am in urgent need of a job since my previous company closed.", "urgent need of a job"),
        ("Please, I am very need this work because I have no other job.", "am very need this work"),
        ("I am checking my mail every hour since the interview.", "checking my mail every"),
        (
            "I'm hoping to hear this week, as my landlord is asking for proof of employment.",
            "my landlord is asking",
        ),
        (
            "Pay me less than the advertised salary if that helps.",
            "less than the advertised salary",
        ),
        ("I'll work for equity only, no salary. I just really need to be part of this.", "equity"),
        ("Please, I ask you, give me one more chance.", "give me one more chance"),
        (
            "I have turned down agency work, so I would be grateful for an answer today.",
            "grateful for an answer today",
        ),
        (
            "To be honest I really need it too, since my hours got cut in half last month.",
            "really need it too, since",
        ),
        ("I'll take any shift you've got, nights or weekends.", "take any shift you've got"),
        ("I accept any value you decide, also less than the range you say.", "I accept any value"),
        (
            "I turned down another offer on Friday so that I could wait for yours.",
            "turned down another offer on Friday so that I could wait",
        ),
        ("I'd hate to think that was all for nothing.", "hate to think that was all for nothing"),
        ("I know I'm probably not what you were hoping for.", "probably not what you were hoping"),
        ("You've seen far stronger people than me this week.", "far stronger people than me"),
        ("Please, I ask you to answer me quickly.", "answer me quickly"),
        ("My permit depends of having a contract before end of month.", "My permit depends of"),
        (
            "I open my email every morning and every evening waiting your reply.",
            "open my email every morning and every",
        ),
        (
            "I'd be happy to do the first three months for free.",
            "do the first three months for free",
        ),
        (
            "I can also work evenings and weekends, honestly any hours you need.",
            "any hours you need",
        ),
        (
            "I've already told my whole family that I'm your new sous chef.",
            "told my whole family that I'm your new",
        ),
        (
            "Please don't make me take that back, it would honestly crush me.",
            "would honestly crush me",
        ),
        ("I cannot face telling him no again.", "cannot face telling him"),
        (
            "Without this position I will have to leave academia entirely.",
            "Without this position I will have to",
        ),
        ("I am asking you, please, not to let that happen.", "please, not to let that happen"),
        (
            "Please, even a short answer this week would mean the world.",
            "answer this week would mean",
        ),
        ("I'm writing to ask you, please, to reconsider.", "please, to reconsider"),
        ("I know I'm nobody.", "I'm nobody"),
        (
            "My paintings aren't anywhere near the level of your artists.",
            "anywhere near the level of",
        ),
        (
            "I know we talked about the 180-200 band, but I'd take well below that.",
            "take well below that",
        ),
        ("I don't mind being on call every weekend.", "on call every weekend"),
        ("I would give anything to teach at Lincoln.", "would give anything to"),
    ],
)
def test_neediness_said_in_other_ways(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered), exact=False, select=RULE)


@pytest.mark.parametrize(
    "text",
    [
        # a payroll job's own work is no offer to take any pay
        "You mentioned that any salary query from the depots lands on your desk first.",
        "I handled any pay discrepancies for 340 staff.",
        "Managers can submit an offer against any salary band in the organisation.",
        # unemployment told as availability, not as need
        "I've been out of work since the depot closed in November, so I'm free to start whenever "
        "suits you.",
        "No rush on my side: I'm working my notice and I don't need an answer before the 21st.",
        "I haven't driven one yet, but I'm happy to do whatever training you arrange.",
        # an offer declined for its own reasons, a stronger rival in another sense, a surprise
        "I turned down another offer last month because the commute was too long.",
        "My sister is a far stronger swimmer than me.",
        "Could you answer me one question about the rota? The permit depends on the council.",
        "I told my manager I'm starting a new role soon, and the trial week is paid.",
        "The trial shift without pay is standard in this trade, I gather.",
        "Whatever you need for the night audit, I can send over.",
        "You said new hires join at the lower band and move up after a year.",
        "We pull any salary band where more than a fifth of employees sit above the maximum.",
        "We found a way I could repeat the analysis with less data.",
        "If there is any way I can help with the audit, let me know.",
        "Our team is not great at tests, which is why I built the CI suite.",
        "We are counting on the new dock to open in May.",
        "I need to have something steady like a checklist for handovers.",
        "I'd do it for less than the agency charges, since we'd cut the markup.",
        "The council will revisit its decision on the depot in March.",
        "The band is below what I earn now, so I'd want to talk about it before any offer.",
        "I'd review the terms of any offer carefully.",
        "Cash flow has been tight financially for the whole sector.",
        "Salary will not be an issue for me since my range is 70 to 80.",
        "The other offer was below my current salary, so I declined it.",
        "The store opens every Saturday and every Sunday.",
        "I need something steady in my schedule after the move.",
        "The clinic really needs a stable rota.",
        "You asked how I would approach mapping any salary band from the old structures onto the "
        "new one.",
        "The rota covers nights and weekends, so whatever you need is on the board.",
        "Whatever you need from me, I can send it before the holidays.",
        "Your mentoring scheme would mean the world to new starters.",
        "The night nurse is on call every other weekend, and the sample sat below the band line.",
        "It's probably not what you were expecting, but the fix is cheap.",
        # availability, not giving up holidays
        "I can do the four-on, four-off pattern, and I have no holidays booked before October.",
        # an idea the writer cannot stop thinking about is zeal
        "The idea of flagging accounts is so simple and I can't stop thinking about it.",
        # an offer to send documents at once is no pressing for an answer
        "If you need my diploma, please inform me and I will send them immediately.",
    ],
)
def test_look_alikes_of_those_ways_are_no_neediness(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Please don't let my number get in the way.", "don't let my number get in the way"),
        ("Whatever works for your budget works for me.", "Whatever works for your budget"),
        ("I'd rearrange my whole life around the rota.", "rearrange my whole life around"),
        ("I'd put in whatever hours it takes to close that gap.", "whatever hours it takes"),
        (
            "I've turned down two other interviews this week so I can wait for your decision.",
            "turned down two other interviews this week so I can wait",
        ),
        (
            "I know I'm not the strongest candidate on paper.",
            "I know I'm not the strongest candidate",
        ),
        ("I'm sure you have met more impressive people.", "met more impressive people"),
        ("Nothing would make me happier than a yes.", "Nothing would make me happier than a yes"),
        (
            "Even a rough sense of when you'll decide would put my mind at ease.",
            "when you'll decide would put my mind at ease",
        ),
        ("I'd take any arrangement at all that gets me in.", "take any arrangement"),
        ("I'd be happy to start on a lower point of the scale.", "start on a lower point"),
        ("I am ready to work on any conditions.", "ready to work on any conditions"),
        ("I've got nobody else to turn to right now.", "nobody else to turn to"),
        ("This job is very important for me, I really need it.", "job is very important for me"),
        ("Please, do not reject my application because of my German.", "do not reject my"),
        # Round 96: hinted need, salary and time given away, checking for news
        (
            "Whatever figure you have in mind will be fine with me.",
            "Whatever figure you have in mind",
        ),
        ("I'd start even below what I mentioned on the call.", "even below what I mentioned"),
        (
            "I would rather be working than hold out for a number.",
            "rather be working than hold out",
        ),
        (
            "There's nothing in my life I wouldn't rearrange for it.",
            "nothing in my life I wouldn't",
        ),
        ("Keep me in mind for anything at all that opens up.", "anything at all that opens up"),
        ("I am not in a position to be choosy at the moment.", "not in a position to be choosy"),
        ("I've kept my phone beside me all week.", "kept my phone beside me"),
        ("I've refreshed my inbox more times than I'd like to admit.", "refreshed my inbox more"),
        ("I've really set my heart on this one.", "set my heart on"),
        (
            "I'm not sure how many more of these I have in me.",
            "how many more of these I have in me",
        ),
        (
            "This is the one application I've let myself hope on.",
            "the one application I've let myself hope",
        ),
        (
            "A yes would change things for my family in a way I can't overstate.",
            "A yes would change things for my family",
        ),
        (
            "Any news before then would take a real weight off my shoulders.",
            "take a real weight off my shoulders",
        ),
        # Round 97: in the candidate's own idiom
        (
            "I'm not sure how much longer I can keep going like this.",
            "how much longer I can keep going",
        ),
        (
            "I'd be grateful for anything your team could offer.",
            "grateful for anything your team could offer",
        ),
        ("I'd take a fixed-term contract on whatever terms suit you.", "on whatever terms"),
        ("I would not expect the full salary while I find my feet.", "not expect the full salary"),
        ("The younger ones are quicker than an old dinosaur like me.", "old dinosaur like me"),
        ("Could you find it in yourself to give an old hand a chance?", "find it in yourself to"),
        ("I really need a yes or no by tomorrow afternoon.", "need a yes or no by"),
        ("I'd work evenings and weekends, unpaid if needed.", "unpaid if needed"),
        # Round 98
        ("Please don't write me off, I'd work twice as hard.", "Please don't write me off"),
        ("I know I'm honestly hopeless under pressure.", "I'm honestly hopeless under pressure"),
        # Round 99: pressure, unpaid extras and a second look, in fresh words
        (
            "I'll have to have a yes or no from you by 5pm this Thursday.",
            "have to have a yes or no",
        ),
        ("I was refreshing my inbox most of the afternoon.", "refreshing my inbox most of the"),
        (
            "A one-line update today or tomorrow would put my mind at rest.",
            "update today or tomorrow would put my mind at rest",
        ),
        (
            "Anything you can do to move things along quickly would mean the world to me.",
            "quickly would mean the world",
        ),
        ("I'd be happy to come in on Saturdays without pay.", "Saturdays without pay"),
        ("I can do a trial project in the evenings for free.", "evenings for free"),
        (
            "Please tell me what would help: extra references, a trial week without pay, anything.",
            "trial week without pay",
        ),
        ("I will accept any salary band you offer.", "any salary"),
        (
            "I'd come in on the lower band without a second thought.",
            "I'd come in on the lower band",
        ),
        ("Whatever the comp plan ends up being, I'm in.", "Whatever the comp plan ends up being"),
        (
            "I am ready to join at whatever package you find suitable.",
            "whatever package you find suitable",
        ),
        ("I am ready to join even below my current CTC.", "even below my current CTC"),
        ("I'd go straight commission with no base at all.", "no base at all"),
        (
            "I would be happy with whatever figure works for your budget.",
            "whatever figure works for your",
        ),
        (
            "This is the first interview I've had, so it would mean everything to get this one.",
            "it would mean everything to get this",
        ),
        (
            "I really need something steady before the bills come round.",
            "I really need something steady",
        ),
        ("I'd take the night route if that gets me in the door.", "if that gets me in the door"),
        (
            "I'll work every Saturday and every holiday weekend you've got.",
            "I'll work every Saturday and every holiday",
        ),
        (
            "Whatever you need, I'll cover it: nights, weekends, doubles, holidays.",
            "Whatever you need, I'll cover it: nights",
        ),
        (
            "I will take any roster, nights, weekends, Christmas, whatever you need.",
            "nights, weekends, Christmas, whatever you need",
        ),
        ("Any route, any roster, any public holiday.", "Any route, any roster, any public"),
        ("Please look at my application again before you decide.", "look at my application again"),
        ("Could you put me back in front of the panel?", "put me back in front of the"),
        (
            "Please, if there is any way I could retake the bend test, I'll come in on a Saturday.",
            "any way I could retake",
        ),
        ("Is there any chance I can try again next month?", "any chance I can try again"),
        ("I'm honestly not very good at tests, but I'm a hard worker.", "not very good at tests"),
        # Round 111
        ("The advert said £12.60 an hour but honestly I'd do it for less.", "I'd do it for less"),
        ("So I'm counting on this one.", "I'm counting on this one"),
        ("I have to have something steady lined up by June.", "have to have something steady"),
        (
            "I am probably not as strong as the other graduates.",
            "not as strong as the other graduates",
        ),
        ("I am not very confident in interviews.", "I am not very confident in interviews"),
        ("I always seem to let myself down.", "always seem to let myself down"),
        # Round 113
        (
            "Whatever package you and the board consider appropriate, I will accept it.",
            "Whatever package you and the board consider appropriate",
        ),
        ("I am comfortable starting below the range in the posting.", "starting below the range"),
        ("Compensation will not be an obstacle.", "Compensation will not be an obstacle"),
        (
            "The last few months have been difficult financially.",
            "months have been difficult financially",
        ),
        ("Things have been tight at home.", "Things have been tight at home"),
        ("Might the panel allow me a second attempt at the case?", "allow me a second attempt"),
        ("Could the panel revisit its decision?", "revisit its decision"),
        ("I would cancel my planned leave in August if that helps.", "cancel my planned leave"),
        # Round 117
        ("I just want the chance to prove myself in your kitchen.", "chance to prove myself"),
        ("Honestly, I would take almost any role on your team.", "take almost any role"),
        ("I would be so grateful for a chance, even just to show you.", "so grateful for a chance"),
        (
            "It has been eleven months and two hundred applications since my last role.",
            "applications since my last",
        ),
        ("I would accept a figure well below the range.", "accept a figure well below"),
        ("I'm happy to come in for another week or two unpaid.", "week or two unpaid"),
        (
            "Securing this post is, quite simply, essential for me.",
            "Securing this post is, quite simply, essential for me",
        ),
        # Round 119
        ("I am not fit to be compared with the other candidates.", "not fit to be compared with"),
        ("Any role at all would be enough.", "Any role at all"),
        ("I'd take the post paid or unpaid.", "paid or unpaid"),
        # Round 122
        (
            "Could the panel reach a decision as quickly as possible?",
            "reach a decision as quickly as possible",
        ),
        ("We are relying on my securing a post soon.", "relying on my securing"),
        ("The search has worn on me more than I expected.", "has worn on me"),
        ("Each rejection makes the next application harder.", "Each rejection"),
        ("I'd welcome any chance you can give me here.", "any chance you can give me"),
        ("I would start at the bottom of it or even below.", "at the bottom of it or even below"),
        ("I'd rather not lose it over a few thousand euro.", "rather not lose it over"),
        ("The role matters more to me than the figure.", "matters more to me than the figure"),
        ("I would set aside my annual leave for the first year.", "set aside my annual leave"),
        ("I would cover the move to Denver myself.", "cover the move to Denver myself"),
        ("I would still be very glad to join in any capacity at all.", "any capacity at all"),
        ("I emailed on the 6th and again on the 12th.", "on the 6th and again on the 12th"),
        ("For the salary, I will accept what you propose.", "I will accept what you propose"),
        # Round 124
        ("I'm not sure how I'll cover the rent.", "how I'll cover the rent"),
        ("This job would keep a roof over my kids' heads.", "roof over my kids' heads"),
        ("My redundancy pay is nearly gone.", "My redundancy pay is nearly gone"),
        (
            "It has been eleven days, and I've been counting every one of them.",
            "counting every one",
        ),
        ("Any word at all would let me breathe again.", "let me breathe again"),
        (
            "I've checked the careers portal status most mornings since.",
            "checked the careers portal status most mornings",
        ),
        ("My phone is on loud so I won't miss your call.", "so I won't miss your call"),
        ("I have no other prospects at this point.", "I have no other prospects"),
        ("Yours is the only one that has invited me back.", "the only one that has invited me"),
        (
            "I have applied to more than sixty firms since spring.",
            "applied to more than sixty firms",
        ),
        (
            "This position means more to me than I can easily say.",
            "means more to me than I can easily say",
        ),
        ("It's why I've been passed over so many times this year.", "passed over so many"),
        ("I've been turned down again and again.", "turned down again and again"),
        ("That always seems to happen to me in interviews.", "always seems to happen to me"),
        ("I hope you can see past my age.", "see past my age"),
        ("Could you give me the benefit of the doubt just this once?", "just this once"),
        # Round 128: a fly-in fly-out worker's rest days
        ("I'm happy to give up my R&R for the first few months.", "give up my R&R"),
        # Round 195: an executive's offers, politely put
        ("I'd happily give up my August leave to be in the stores.", "give up my August leave"),
        (
            "I would be content to accept whatever package the owners consider appropriate.",
            "accept whatever package",
        ),
        (
            "I am prepared to accept whatever remuneration the Trust deems appropriate.",
            "accept whatever remuneration",
        ),
        # Round 197: after a rejection
        ("Is there any chance you would think again?", "any chance you would think again"),
        # Rounds 199 and 200: a teacher's holidays, the lot, a wait that hurts, any terms
        (
            "I'm happy to give up the holidays to get the labs sorted.",
            "happy to give up the holidays",
        ),
        ("I'd take any timetable you can give me.", "take any timetable you can give me"),
        ("I just really need a permanent role this year.", "I just really need a permanent role"),
        ("I check my inbox several times a day.", "check my inbox several times a day"),
        (
            "Could you tell me the decision as soon as possible, even today if you can?",
            "tell me the decision as soon as possible, even today",
        ),
        (
            "I would like to ask whether the panel might reconsider.",
            "whether the panel might reconsider",
        ),
        (
            "I would gladly accept a Grade 4 post or a temporary contract instead, on any terms.",
            "accept a Grade 4 post or a temporary contract instead, on any terms",
        ),
        (
            "I am willing to do one or two weeks of on-the-job training without salary.",
            "do one or two weeks of on-the-job training without salary",
        ),
        (
            "I have checked my inbox and my spam folder every hour since Friday.",
            "checked my inbox and my spam folder every",
        ),
        ("I jump every time my phone rings.", "I jump every time my phone rings"),
        # Round 202: texted
        ("tbh I really really need this one.", "I really really need this one"),
        ("I'll literally do anything you need.", "I'll literally do anything"),
        # Rounds 203 and 204: money running out, family hopes, any way in, any pay
        ("I'm down to my last couple of months of savings.", "down to my last couple of months"),
        (
            "Getting this position would mean so much to my family right now.",
            "would mean so much to my family",
        ),
        ("Honestly I'm kinda clinging to this one.", "clinging to this one"),
        (
            "If there's anything at all I can do to get over the line, please tell me.",
            "anything at all I can do to get over the line",
        ),
        ("Please decide soon, as every day now counts for me.", "every day now counts"),
        ("No pay needed.", "No pay needed"),
        ("I just want a foot in the door.", "I just want a foot in the door"),
        ("I'd take a lower band if that helps.", "I'd take a lower band"),
        (
            "Whatever base and split you think is fair works for me.",
            "Whatever base and split you think is fair",
        ),
        (
            "I'd be happy to work the first week or two for free.",
            "work the first week or two for free",
        ),
        ("Could you please ask them to reconsider?", "ask them to reconsider"),
        # Rounds 205 and 206
        ("Sir, I am ready to join on any package they decide.", "join on any package"),
        ("My family is depending on this job.", "My family is depending on this"),
        ("Kindly request them to select me.", "Kindly request them to select me"),
        ("I'm honestly happy to take any shifts at all.", "happy to take any shifts at all"),
        # Rounds 207 and 208
        (
            "I would happily give up my school holidays to get the catch-up programme running.",
            "give up my school holidays",
        ),
        (
            "I've been refreshing my inbox pretty much every hour since then.",
            "refreshing my inbox pretty much every",
        ),
        # Round 131: need in formal words
        ("I should be obliged for an early decision.", "obliged for an early decision"),
        ("I find I have real need of this position.", "have real need of this position"),
        # Round 158
        (
            "Since my contract finished, things at home have become very tight.",
            "things at home have become very tight",
        ),
        (
            "An answer this week would make a world of difference to us.",
            "An answer this week would make a world of difference to us",
        ),
        (
            "I am flexible and will accept whatever you are able to offer.",
            "and will accept whatever you are able to offer",
        ),
        (
            "If there is any way at all you could find a place for me, I would be so grateful.",
            "any way at all you could find a place for me",
        ),
        ("any news? really need this one tbh.", "really need this one"),
        ("any news? rent's due on the 1st.", "rent's due"),
        ("happy to do whatever shifts they want, nights included", "do whatever shifts they want"),
        # Round 160
        ("I've had fourteen rejections since January.", "had fourteen rejections"),
        (
            "I know I probably wasn't the strongest person you saw today.",
            "I know I probably wasn't the strongest person",
        ),
        (
            "I'd be so grateful if you could give someone like me a chance.",
            "give someone like me a chance",
        ),
        # Round 164
        ("I apologise if my answers wasted your time.", "apologise if my answers wasted your time"),
        ("I'm sorry to send yet another email.", "sorry to send yet another email"),
        ("I can be flexible on anything: pay, hours, shifts.", "flexible on anything"),
        ("I'll make myself available at any hour.", "make myself available at any hour"),
        (
            "If the start clashes with my family holiday, I'm happy to cancel it.",
            "holiday, I'm happy to cancel it",
        ),
        ("I've put my other applications on hold.", "put my other applications on hold"),
        ("I'd start at the bottom of the salary band, or below it.", "salary band, or below"),
        # Round 168
        ("I can start tonight if you're short, any shift, any station.", "any shift, any station"),
        ("This is my fourth message since Tuesday.", "fourth message since"),
        ("I know I'm being a nuisance.", "I know I'm being a nuisance"),
        ("I just can't stop refreshing my inbox.", "can't stop refreshing my inbox"),
        ("Please just reply when you see this.", "Please just reply when you see this"),
        ("I hope the panel will weigh that sacrifice.", "weigh that sacrifice"),
        (
            "I cancelled my daughter's seventh birthday party to attend the second round.",
            "cancelled my daughter's seventh birthday party to attend",
        ),
        ("pls pls pick me", "pls pls"),
        ("im literally broke rn", "im literally broke"),
        ("gonna lose my room if i dont find something soon", "lose my room if"),
        ("pls pick me", "pls pick me"),
        # Round 178
        ("Please, I am asking you to give me this one chance.", "give me this one chance"),
        ("Could you please give me an answer today?", "give me an answer today"),
        ("The waiting is becoming very hard for me.", "waiting is becoming very hard"),
        # Round 182
        (
            "I am still so humbled that a company as visionary as yours would even consider "
            "someone like me.",
            "even consider someone like me",
        ),
        (
            "Please, if there is anything else I can do to prove myself, tell me.",
            "anything else I can do to prove myself",
        ),
        # Round 185
        (
            "If my day rate is the issue, I can bring it down to whatever works for you.",
            "bring it down to whatever",
        ),
        ("Honestly, I'd rather do it for less than not at all.", "for less than not at all"),
        ("Just name a number.", "Just name a number"),
        (
            "I have leave booked, but I'd be happy to cancel the trip if it means I could start.",
            "happy to cancel the trip",
        ),
        ("I'm honestly not great under pressure.", "not great under pressure"),
        ("I probably came across as the weakest candidate you saw.", "the weakest"),
        (
            "I'd understand completely if you went with someone better.",
            "if you went with someone better",
        ),
        ("Since Monday I keep refreshing my inbox.", "I keep refreshing my inbox"),
        ("Even a quick yes or no would help.", "Even a quick yes or no would help"),
        # Round 186: the rule's own list of neediness not yet seen in a round
        ("I can work unpaid for the first month to prove myself.", "can work unpaid"),
        ("I would be devastated if I didn't get this.", "devastated if I"),
        ("I can't afford to lose this opportunity.", "can't afford to lose this opportunity"),
        (
            "Just checking in again, as I haven't heard back after my last three emails.",
            "haven't heard back after my last three emails",
        ),
        ("I've called twice this week to check on the status.", "I've called twice this week"),
        ("Have you made a decision yet? It's been three days.", "Have you made a decision yet"),
        ("I'm praying for good news.", "praying for good news"),
        ("I pray to God that I get this job.", "pray to God that I get this job"),
        ("My family is counting on me.", "My family is counting on me"),
        ("I don't care about the salary.", "I don't care about the salary"),
        ("I'm sorry I wasn't good enough in the interview.", "sorry I wasn't good enough"),
        ("I'd drop everything for this role.", "I'd drop everything"),
        ("I'd be willing to work 60-hour weeks.", "willing to work 60-hour weeks"),
        ("I'd happily work through Christmas.", "happily work through Christmas"),
        ("I'll take the job even at minimum wage.", "take the job even at minimum wage"),
        (
            "If there's any other role, even a junior one, I'd take it.",
            "any other role, even a junior",
        ),
        (
            "I would even take an internship if there's nothing else.",
            "would even take an internship",
        ),
        ("I'm not picky at all, honestly.", "not picky at all"),
        ("Happy to say it: I'll take any hours.", "I'll take any hours"),
        ("I hope I'm not bothering you by writing again.", "hope I'm not bothering"),
        # Round 189
        ("Is there any chance you'd reconsider?", "any chance you'd reconsider"),
        ("I'd take the lower starting rate you mentioned.", "take the lower starting rate"),
        ("I will not need any annual leave this year.", "will not need any annual leave"),
        (
            "I can cover every Christmas and Easter shift so the others can have them off.",
            "I can cover every Christmas and Easter shift",
        ),
        ("I just really need to get back into work.", "really need to get back into work"),
        ("I'll be checking it every hour for your call.", "every hour for your call"),
        ("Please ring as soon as you can.", "Please ring as soon as you can"),
        # Round 189: the rule's own look-alike list
        ("Please, I just need one chance to show you what I can do.", "I just need one chance"),
        ("I promise I'll never let you down if you take me on.", "promise I'll never let you down"),
        ("I'm a single mum and I really need the stability.", "really need the stability"),
        ("Things have been really hard since I was laid off.", "Things have been really hard"),
        ("I'm sure the other candidates were much better than me.", "other candidates were much"),
        ("I probably messed up the interview, sorry.", "I probably messed up the interview"),
        ("I know I'm not much, but I'm a hard worker.", "I know I'm not much"),
        ("I'm sorry for wasting your time with my answers.", "sorry for wasting your time"),
        ("I'm willing to start at the bottom.", "willing to start at the bottom"),
        ("I need to hear back by tomorrow.", "need to hear back by"),
        ("I've checked my inbox about fifty times since the interview.", "checked my inbox"),
        ("I haven't heard back since yesterday.", "haven't heard back since yesterday"),
        ("I can't wait much longer for an answer.", "can't wait much longer for an answer"),
        ("I hope you'll think again about your decision.", "think again about your decision"),
        (
            "Is there anything I can do to change your mind?",
            "anything I can do to change your mind",
        ),
        # Round 189f: said obliquely
        ("I am ready to begin on the trainee rate instead.", "ready to begin on the trainee rate"),
        ("In the first year I will not take my holiday days.", "will not take my holiday"),
        ("honestly i really need this one", "really need this one"),
        ("its getting tight at home lol", "its getting tight at home"),
        ("Could you give me some indication by tomorrow evening?", "give me some indication by"),
        ("I have been refreshing my inbox since we spoke.", "refreshing my inbox since we spoke"),
        ("I can hardly concentrate on anything else.", "hardly concentrate on anything else"),
        ("I'm not sure I even deserve a second look.", "not sure I even deserve a second look"),
        ("I am starting to doubt myself.", "starting to doubt myself"),
        ("Any figure within that band, or even below it, is fine.", "Any figure within that band"),
        ("gonna keep my phone on all day", "keep my phone on all day"),
        # Round 190
        ("I would take any grade you can offer.", "take any grade you can offer"),
        ("After eighteen months out I just need to get back into a classroom.", "just need to get"),
        # Round 211
        (
            "I've been refreshing the recruitment portal every hour since Friday.",
            "refreshing the recruitment portal every hour",
        ),
        (
            "please, if there is any news at all, let me know straight away.",
            "let me know straight away",
        ),
        (
            "I'd be grateful for any indication, however early, as I am finding the waiting hard.",
            "finding the waiting hard",
        ),
        (
            "I wondered whether the panel might be willing to revisit that decision before the offer "
            "is finalised.",
            "revisit that decision",
        ),
        (
            "Also if the salary is a problem, I can accept less hours or the lower scale.",
            "I can accept less hours or the lower scale",
        ),
        # Round 218
        (
            "My contract ends in April and the uncertainty is weighing heavily on my family.",
            "uncertainty is weighing heavily on my family",
        ),
        # Round 220: any shift, holiday given up, a deadline at the latest, a plea for the family
        (
            "I'd honestly work any shift you put me on, including every Saturday.",
            "work any shift you put me on",
        ),
        (
            "I'm happy to drop my holiday entitlement this year if it helps you decide.",
            "drop my holiday entitlement",
        ),
        (
            "Could you let me know today or tomorrow at the latest?",
            "let me know today or tomorrow at the latest",
        ),
        (
            "If there is any way you could let me know your decision by the 20th, I'd be so "
            "grateful.",
            "If there is any way you could let me know",
        ),
        (
            "An answer this month would make a huge difference to our family.",
            "would make a huge difference to our family",
        ),
        # Round 221: a formal plea, hardship told plainly, any posting, any terms
        (
            "Sir/Madam, I humbly appeal that my application be given favourable consideration.",
            "I humbly appeal",
        ),
        ("I am the sole breadwinner for my aged parents.", "sole breadwinner"),
        ("I am ready to accept any posting in any state.", "accept any posting"),
        ("Kindly do not let this opportunity pass me by.", "let this opportunity pass me by"),
        ("I have been without work since my contract ended in 2022.", "been without work"),
        ("I really can't afford another gap, so an answer would help.", "can't afford another gap"),
        (
            "I'd take a shorter contract or a lower band if that makes it easier.",
            "I'd take a shorter contract or a lower band",
        ),
        # Round 222: an earning member, no sleep, a vigil over the inbox, a yes or no today
        ("I am the only earning member, so this job matters.", "only earning member"),
        ("Since the restructuring I am without sleep.", "I am without sleep"),
        ("Every day I refresh my inbox.", "Every day I refresh my inbox"),
        ("I was refreshing my inbox waiting for news.", "refreshing my inbox waiting for news"),
        (
            "I would really appreciate a yes or no as soon as possible, even today if it is possible.",
            "yes or no as soon as possible, even today",
        ),
        # Round 223: leave given up, an ultimatum, arrears, a prayer, any pay
        (
            "I'd be willing to skip my first two weeks of holiday entirely.",
            "skip my first two weeks of holiday",
        ),
        (
            "I will need your final decision, including salary, no later than 17:00 this Friday.",
            "need your final decision, including salary, no later than",
        ),
        (
            "If I have not heard by then, I will accept the other position.",
            "If I have not heard by then, I will accept",
        ),
        (
            "I have fallen behind on my daughter's school fees.",
            "I have fallen behind on my daughter's school fees",
        ),
        ("I pray you will keep my family in mind when you decide.", "I pray you will keep"),
        ("Pay me whatever you think is right.", "whatever you think is right"),
        ("I would take even the intern rate.", "even the intern rate"),
        ("Money really doesn't matter to me.", "Money really doesn't matter"),
        # Round 229: any work, a lower band, a way in
        ("To be honest I'll work whatever you want me to.", "I'll work whatever"),
        ("I'd happily drop to the lower pay band.", "I'd happily drop to the lower pay band"),
        (
            "I'm keen, if that helps get me through the door.",
            "if that helps get me through the door",
        ),
        # Round 230: "u" for "you" in a text
        (
            "I'll do any shift honestly, nights, Sundays, whatever u need.",
            "nights, Sundays, whatever u need",
        ),
        # Round 232: a trip given up, the bottom of the band or under it
        ("I'd cancel my August trip if dates are an issue.", "I'd cancel my August trip"),
        (
            "I'd go in at the bottom of their band, or under it.",
            "I'd go in at the bottom of their",
        ),
        # Round 233: a process not faced again, the wait, a foot in the door, a rate undercut,
        # a piece for free, a deadline for a reply
        (
            "I'm not sure I can face starting the whole process again.",
            "can face starting",
        ),
        ("The waiting is really getting to me.", "waiting is really getting to me"),
        ("I just really want a foot in the door at the Mail.", "a foot in the door"),
        (
            "I'm completely fine coming in well below the rate we discussed.",
            "I'm completely fine coming in well below the rate",
        ),
        ("I could do the first piece for free.", "do the first piece for free"),
        (
            "I need you to come back to me by tomorrow afternoon at the latest.",
            "come back to me by tomorrow afternoon at the latest",
        ),
        # Round 234: a plea, any shift and anything, the band not minded, sleep lost, an
        # ultimatum, processes turned down to wait
        ("I am pleading with you to consider my case.", "I am pleading with you"),
        ("I will work nights, weekends, public holidays, anything at all.", "holidays, anything"),
        ("I do not mind the band.", "do not mind the band"),
        ("I am sleeping very little these days.", "I am sleeping very little"),
        ("If not, I'll have no choice but to accept it.", "I'll have no choice but to accept"),
        (
            "I've turned down two other processes to wait for you.",
            "turned down two other processes to wait for",
        ),
        # Round 235: a plea to reconsider, any chance at all, an unpaid spot
        ("I understand, but I was hoping you might reconsider.", "hoping you might reconsider"),
        ("I'd be grateful for any chance at all.", "any chance at all"),
        ("I would take an unpaid spot.", "take an unpaid spot"),
        # Round 237: any pay they offer
        (
            "Honestly whatever they offer on pay is fine by me.",
            "whatever they offer on pay is fine",
        ),
        # Round 239: a deadline for their answer, told at length
        (
            "Could you let me know where things stand by Wednesday evening at the latest?",
            "let me know where things stand by Wednesday evening at the latest",
        ),
        # Round 244: a chance the writer cannot afford to lose, any night, a pay band, a worry
        ("I really can't afford to let this one slip by.", "can't afford to let this one slip"),
        ("I really can't afford to lose this one.", "can't afford to lose this one"),
        ("I'll work any night you put me on.", "work any night you put me on"),
        (
            "Whatever the pay band ends up being, I'll make it work.",
            "Whatever the pay band ends up being",
        ),
        (
            "I haven't heard anything yet and I'm starting to get worried.",
            "I'm starting to get worried",
        ),
        # Round 245: calls promised twice, chasing again, a holiday cancelled or postponed, money
        # worries, a phone on loud, places applied to, a word that would be a weight off, any
        # shift including holidays
        (
            "I'll ring you first thing Monday to see where it's at, and again on Tuesday.",
            "I'll ring you first thing Monday to see where",
        ),
        (
            "I will phone your office on Monday at 09:00 to hear the outcome.",
            "I will phone your office on Monday at 09:00 to hear the outcome",
        ),
        ("sorry to bug u again, just wondering if theres any news", "sorry to bug u again"),
        (
            "Circling back once more, since my notes may have been buried.",
            "Circling back once more",
        ),
        (
            "I've already cancelled the week at the lake I had booked for August.",
            "I've already cancelled the week at",
        ),
        ("but I've postponed the trip so that I can be available.", "I've postponed the trip"),
        (
            "To be honest things have been tight since the Quay Street place shut in March.",
            "things have been tight",
        ),
        ("I've had my phone on loud all weekend in case the department rings.", "phone on loud"),
        (
            "I've applied to like 20 places and this is the only one that got back to me lol",
            "applied to like 20 places",
        ),
        ("any word at all would be a weight off.", "any word at all would be a weight off"),
        (
            "I am willing to work any shift, including nights, weekends and holidays.",
            "work any shift, including nights",
        ),
        # Round 247: a review of the candidature asked for, a lower stipend, a committee asked
        # to reconsider
        (
            "Ma'am, I request you to please review my candidature one more time.",
            "request you to please review my candidature",
        ),
        (
            "I am ready to join on any shift and at a lower stipend if required.",
            "at a lower stipend if required",
        ),
        ("I wonder if I might ask the committee to reconsider.", "ask the committee to reconsider"),
        # Round 248: a figure landed on, weekends covered, a way in, an answer sooner, an inbox
        ("Whatever figure you land on, I'll take it.", "Whatever figure you land on"),
        ("I'll gladly cover every weekend through peak.", "I'll gladly cover every weekend"),
        ("I'm happy to, if that's what gets me in the door.", "if that's what gets me in"),
        (
            "If there's any way at all to hear sooner I'd be so grateful.",
            "any way at all to hear sooner",
        ),
        (
            "I've barely stepped away from my inbox since Friday.",
            "barely stepped away from my inbox",
        ),
        # Round 249: shifts nobody wants, an answer that would be a lifesaver, reconsidering
        (
            "I'll take nights, weekends, holidays, whatever shifts the other drivers don't want.",
            "whatever shifts the other drivers don't",
        ),
        (
            "My lease renews on the 1st and knowing one way or the other before then would "
            "honestly be a lifesaver.",
            "knowing one way or the other before then would honestly be a lifesaver",
        ),
        (
            "I wanted to ask whether there's any way the team would reconsider.",
            "any way the team would reconsider",
        ),
        # Round 250-251: need, any shift and a day, an answer today, an advocate, a diary kept
        # clear, self-doubt, pay until proven, offers to hurry, earlier e-mails unanswered
        ("I am without work and I need this very much.", "I need this very much"),
        ("I accept any shift, also nights and Sundays.", "accept any shift, also nights"),
        ("Please answer me today if possible.", "answer me today"),
        ("I am asking you to speak for me with the supervisor.", "speak for me with"),
        (
            "I've cleared my calendar and will keep it that way until I hear back.",
            "calendar and will keep it that way until I hear",
        ),
        ("I know I'm not the strongest cook you saw.", "I know I'm not the strongest"),
        ("I'm happy to start on commis pay until I've proven myself.", "start on commis pay until"),
        (
            "I am prepared to be flexible on salary if that would help things along.",
            "flexible on salary if that would help",
        ),
        (
            "I would accept the lowest step of the E9 scale.",
            "accept the lowest step",
        ),
        (
            "I have not yet had a response to my two earlier emails.",
            "not yet had a response to my two earlier emails",
        ),
        (
            "I have declined an approach from another firm.",
            "declined an approach from another",
        ),
        (
            "I thought I would remind you that I am still waiting to hear.",
            "remind you that I am still waiting",
        ),
        # Round 252: a permanent post needed, any duties if it helps
        # Round 253: the family, a junior grade and a reduced fee, anxious for the outcome
        # Round 255: as soon as possibly can, a phone in hand, no sleep until an answer
        # Round 256: asked to reconsider, with willingness in between
        # Round 257: pity sought
        (
            "I froze, and I'm honestly not sure why anyone would hire me after that.",
            "why anyone would hire me",
        ),
        ("Would you be willing to reconsider?", "Would you be willing to reconsider"),
        (
            "Please could you let me know as soon as you possibly can?",
            "let me know as soon as you possibly can",
        ),
        ("I've had my phone in my hand all afternoon.", "phone in my hand"),
        ("I honestly won't be able to sleep until I hear.", "won't be able to sleep until"),
        (
            "Securing this position would mean a great deal to my family and me.",
            "would mean a great deal to my family and me",
        ),
        ("I would come in at a more junior grade.", "come in at a more junior grade"),
        ("I'd take a fixed-term contract at a reduced fee.", "contract at a reduced fee"),
        (
            "Let me know at your earliest possible convenience, as I am anxious to plan ahead.",
            "earliest possible convenience, as I am anxious",
        ),
        ("I really need a permanent post at this stage.", "I really need a permanent post"),
        (
            "I'd take on any extra duties at all, whether that's yard duty or matches, if it helps "
            "my application.",
            "any extra duties at all, whether that's yard duty or matches, if it helps my application",
        ),
        # Rounds 258-259: money or family worries, a list of anything, pressure without "please"
        (
            "I'll work any site, any hours, weekends too, whatever suits.",
            "any site, any hours",
        ),
        (
            "I will confess that the appointment matters a great deal to me and to my family.",
            "matters a great deal to me and to my family",
        ),
        (
            "I'd be really grateful if you could let me know either way as soon as you possibly can.",
            "let me know either way as soon as you possibly can",
        ),
        (
            "I would be very thankful for any indication of your timeline as soon as possible.",
            "indication of your timeline as soon as possible",
        ),
        (
            "I have another offer, so I'd be grateful to hear where things stand as soon as possible.",
            "hear where things stand as soon as possible",
        ),
        # Round 264: any job going, work for nothing, someone to give them a start
        ("I will do any job going, sweeping up, fetching kit.", "do any job going"),
        ("I'd be working Saturdays for nothing, anything at all.", "working Saturdays for nothing"),
        ("I just really need someone to give me a start.", "need someone to give me a start"),
        # Round 265: shifts covered for free, a call asked for at any hour
        ("I'll also cover extra shifts for free during training.", "cover extra shifts for free"),
        ("Please call me at any time, day or night.", "call me at any time, day or night"),
        # Round 269: a holiday offered up, a role that matters beyond words
        (
            "I would gladly give up the family holiday we have planned for July.",
            "I would gladly give up the family holiday",
        ),
        (
            "This role matters to me more than I can easily say.",
            "matters to me more than I can easily say",
        ),
        (
            "I want this role more than I can put into words.",
            "want this role more than I can put into words",
        ),
        ("I promise I will make it worth it.", "I promise I will make it worth it"),  # round 272
        (  # round 274
            "I have turned down another offer while waiting for this, so it would help to know.",
            "turned down another offer while waiting for this",
        ),
    ],
)
def test_neediness_in_unlisted_wording(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered))


@pytest.mark.parametrize(
    "text",
    [
        "My salary expectation is 52 to 56k, and I can start on 3 March.",
        "I turned down two other interviews because the roles were fully remote.",
        "Your answer on the pension scheme would put my mind at ease about relocating.",
        "Nothing would make me happier than seeing the dock schedule fixed, whoever does it.",
        "I know the rota is demanding, and the long days suit my childcare.",
        "I told my team to work on any conditions the client set.",
        "I'd take any questions you have about the audit.",
        "Our office starts on a lower floor of the building.",
        "The job is very important to the region, and I need to give four weeks' notice.",
        "I have been out of work for four years while I nursed my husband.",
        "Whatever approach you have in mind for the rollout, the data is ready.",
        "Our volumes dipped even below what I mentioned in the spring.",
        "Nothing in the audit surprised me, and I wouldn't change the sampling.",
        "We keep spares on hand for anything that comes up on the line.",
        "Being choosy about suppliers saved the store 8% last year.",
        "My phone is off during shifts, so e-mail is best.",
        "The new rota took a weight off the night team.",
        "The refit would change things for the Stockport stores.",
        "The contract runs on whatever terms the framework sets.",
        "The night team was longer than I expected.",
        "We found it in the archive, and the fossil record is on the second floor.",
        "I'd expect the full salary band to be published with the advert.",
        "Paid overtime is available if needed.",
        "The old scheduler was hopeless under pressure, so we replaced it.",
        "Please don't count me in for the Friday slot; Monday suits better.",
        "For four tax seasons I worked Saturday evenings unpaid at a VITA clinic.",
        "Any questions, any time.",
        "I'd happily skip the site trip to Leeds if the dates clash.",
        "Your answer about the night team moved me more than I can say.",
        "We talked about the night spreads in The Hedgehog Who Couldn't Sleep.",  # a title
        "I emailed the checklist to the title companies with each rejection.",  # round 273
        "We put the pallets back in front of the dock doors.",
        "I would be grateful for the chance to work with your team.",
        "Getting the permit is essential for me to start on site.",
        "We process applications since the portal opened in March.",
        "I can take any questions on the role you want to send over.",
        "After an hour with you I would follow you to any company, any city and any codebase.",
        "My salary expectation is 62,000 and I need to give four weeks' notice.",
        "I have a competing offer that expires on 21 March; I would rather join you.",
        "The company will cover the move under its relocation policy.",
        "I set aside an hour each week for code review.",
        "The report was due on the 6th and again revised on the 12th.",
        # Round 124
        "I helped tenants work out how they'll cover the rent after the rise.",
        "The old roof over the loading bay leaked all winter.",
        "Our grant money is nearly gone by Q4 every year, so we plan for it.",
        "I check the ward's fridge temperatures every morning.",
        "I have no other commitments that week, so Tuesday works.",
        "The vendor was passed over for the contract.",
        "It happens to me too: I always keep a printed copy.",
        "I applied to two firms this autumn and this is my first choice.",
        "We ran the migration just once, on a Sunday.",
        "I should be obliged for a copy of the job description.",
        "I look forward to hearing from you at your earliest convenience.",
        # Round 158
        "I chase tenants whose rent is due on the 1st.",
        "You really need this role filled before the audit.",
        "A decision on the depot would make a world of difference to the drivers.",
        "At the bank I cut it to twelve rejections a week.",
        # Round 162
        "You asked whether I need a work permit. I do not.",
        "I need a work permit, which I already hold.",
        # Round 168
        "The budget line broke down by station, and any shift supervisor can approve it.",
        "I missed my bus to the interview, so thank you for waiting.",
        "This is my third message in the thread because the attachment failed.",
        # Round 178
        "If you give me this one chance to show the rota tool, Tuesday works.",
        "Could you send me your answer on the relocation package when it is ready?",
        "The waiting room was very hard to find, so the signs help.",
        # Round 182
        "Is there anything else I can do to prepare for the second round?",
        "You said you would consider someone with a forklift licence for the night shift.",
        # Round 185
        "We can bring the scope down to whatever fits the sprint.",
        "The client would name a number before we quoted.",
        "I cancelled the trip to Leeds because the client meeting moved.",
        "The weakest link in the chain was the courier handover.",
        "If you went with someone from the agency, I could brief them on the handover.",
        "The night team is not great under pressure from the new targets, you said.",
        "I keep a checklist for every site visit.",
        # Round 186
        "I worked unpaid for the first month of my placement at the clinic.",
        "I'd be gutted if the Leeds depot closed before I started.",
        "My family is counting on me to host Christmas this year, so I'd start on the 5th.",
        "Our members don't care about the rate as long as the service is good.",
        "The team works 60-hour weeks during harvest, you said.",
        "I'm not picky about which shift I start on.",
        "I'll take any questions you have about the portfolio.",
        "Have you made a decision on the vendor for the new till system?",
        "If the client can't afford to lose the contract, the audit matters more.",
        "I have worked through Christmas at the hotel for three years.",
        "I was sorry I wasn't able to meet Priya on the day.",
        "The volunteers work for free on Saturdays.",
        "I said I would drop everything beyond three standard deviations.",
        # Round 189
        "We cover every Christmas shift on a rota, you said.",
        "I really need to get back to work on the report before Friday.",
        "The dashboard refreshes every hour for the night team.",
        "The team just need one chance to show the board the new dashboard works.",
        "Things have been really hard since the layoffs for the people you kept on, you said.",
        "You said one applicant bombed the interview by arriving an hour late.",
        "I know I'm not much of a golfer, but the charity day sounds fun.",
        "Sorry for wasting your time on the parking mix-up at reception.",
        "The council should think again about its decision on the depot.",
        "We need to hear back from the supplier by Friday on the racking quote.",
        "I checked my notes three times for the figure you asked about.",
        "You said new apprentices start at the bottom of the pay scale.",
        "If anything changes your mind about the start date, just say.",
        "New starters begin on the trainee rate for three months, you said.",
        "The client needs an answer by tomorrow on the racking quote.",
        "You said you'd give the team an update by end of day.",
        "The budget is tight for us this quarter, you mentioned.",
        "I'm keeping my phone on silent during the exam.",
        "I just need to get back to the classroom by nine for my lesson.",
        "I don't need an answer quickly, as I'm working my notice until March.",
        # Round 195
        "I took my August leave early this year.",
        "I will take whatever training the role needs.",
        "Could you think again about the rota for Sundays?",
        "I will think again about my answer.",
        # Rounds 199 and 200
        "I had to give up the weekends when my father was ill.",
        "I could start as soon as possible, even today.",
        "I check my inbox a few times a day.",
        "You asked whether the team should reconsider the cantilever.",
        "I'd happily do whatever training you arrange.",
        # Rounds 203 and 204
        "I'm not desperate to leave my current school.",
        "You asked them to reconsider the layout of the dock.",
        "I began my career on a lower band than most of my cohort.",
        "I can't work any shifts at all on Sundays because of church.",
        # Round 211: the portal at work, the writer's own speed
        "Candidates can check the portal every Monday for updates.",
        "At Halden I checked the supplier portal every morning for late orders.",
        "Let me know if you need anything else and I'll send it straight away.",
        "If there's anything else you need, let me know and I can send it right away.",
        # Round 213: pay as the work
        "I'd want to look at cancellations by finance manager before changing any pay plans.",
        # Round 211: others' waits, decisions and bands
        "My mother is finding the wait for surgery hard.",
        "The board may revisit that decision to close the depot.",
        "Most new hires accept the lower grade at first, you said.",
        # Round 217: availability, not a vigil
        "gonna keep my phone on me if u need anything",
        # Round 218: a task of the day told honestly
        "I messed up the first offset and he had me redo it until it sat flush.",
        # Round 220: the writer's own deadline, a form, a tip that helped, a request for slides
        "Let me know if you want it and I'll send it by Friday at the latest.",
        "I can send the sketch by Friday afternoon at the latest.",
        "I'll drop my leave request in tomorrow.",
        "Your tip made a real difference to my rosettas.",
        "If there is any way you could send the slides, that would help me prepare.",
        "Which shifts do you need covered over Easter?",
        # Round 221: an appeal in court, a power cut, a project's delay, a short contract
        "The court will hear my appeal in May.",
        "We have been without power since Monday.",
        "We can't afford another delay on the project.",
        "I'd take a shorter contract.",
        # Round 222: a routine, a wait for a train
        "Every morning I check my email before standup.",
        "I was checking my email waiting for the train.",
        # Round 223: leave taken, a deadline of the writer's own work, a prayer of greeting
        "I skipped two days of leave last year to finish the audit.",
        "The permit must be filed no later than March, as you said.",
        "I pray this email finds you well.",
        # Round 237: whatever they decide about a plan
        "Whatever you decide, the plan is fine.",
        # Round 235: a view reconsidered, a question about parking
        "You asked whether I would reconsider my view on pricing.",
        "Is there any chance at all of parking on site?",
        # Round 234: someone else's plea or sleep
        "The lawyer was pleading for leniency.",
        "The baby is sleeping very little.",
        # Round 233: others' bids, a technique, someone else's wait, the writer's own promise
        "Their bids keep coming in below the range.",
        "We studied the foot-in-the-door technique in the persuasion module.",
        "Our clients can face another audit next year.",
        "I'll come back to you with the figures by Friday at the latest.",
        # Round 244: a client or a deadline the team cannot miss, a worry about something else, a
        # reply-to header caught at once
        "We can't afford to lose this client.",
        "I can't afford to miss it, the deadline is Friday.",
        "I'm starting to feel anxious about the commute.",
        "I missed that the reply-to header pointed to a different tenant, which you caught right away.",
        # Round 245: their budget, someone else's call or trip
        "I know things have been tight for the department this year.",
        "Min-jun will call you tomorrow at 10:00 to hear the outcome.",
        "They had to cancel the trip.",
        "You asked me to review my application form for typos.",  # round 247
        # Rounds 248-251: the same words for other things
        "The night team's scanner app is a lifesaver.",
        "I can cover every other weekend.",
        "Whatever figure you land on for the forecast, the model will hold.",
        "I need this report by Friday for the board.",
        "We cleared the backlog before I heard back from the auditors about the calendar.",
        "I've attached my portfolio, if it helps my application.",  # round 252
        "I'd rather keep them going at a reduced rate than pause them.",  # round 253
        "You asked why I would want to take on a night role.",  # round 257
        "I need a day's notice to swap my shifts.",
        "I will ask the committee to approve the budget.",
        "I would also ask the Board to reconsider splitting Te Reo across two half-days.",
        # Round 232: their practice on pay bands, someone else's trip
        "New hires come in at the bottom of the band.",
        "They had to cancel their trip to Leeds.",
        # Round 229: their practice on pay bands, the writer's own work whatever happens
        "New hires drop to the lower band after probation.",
        "I'd like to bring that into my own work whatever happens.",
        # Round 227: no gap wanted before a start date
        "I don't need any time off before Christmas, so I can start whenever suits.",
        # Rounds 258-259: shifts of either kind, a negation, another's indication, a promise
        "I am available immediately for day or night shifts.",
        "I'm not asking you to reconsider; the other finalist had more experience.",
        "I won't ask you to reconsider, but a few lines of feedback would help.",
        "Any indication of fraud should be escalated as soon as possible.",
        "Let me know which dates suit and I will book them as soon as I can.",
        "Our family matters a lot to us.",
        "We do installs for free for pensioners.",  # round 264
    ],
)
def test_look_alikes_of_that_neediness_pass(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)
