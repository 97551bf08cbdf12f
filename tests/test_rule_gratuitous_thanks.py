"""gratuitous-thanks: stock thanks for time, the opportunity, the meeting or the consideration."""

from __future__ import annotations

import pytest

RULE = "gratuitous-thanks"

STOCK = [
    ("Thank you for your time.", "Thank you for your time"),
    ("Thank you for taking the time to meet with me yesterday.", "taking the time to meet with me"),
    (
        "I appreciate you taking the time to speak with me about the Analyst position at Acme.",
        "appreciate you taking the time",
    ),
    (
        "Thank you for the opportunity to interview for the Senior Analyst role at Acme Corp.",
        "the opportunity to interview",
    ),
    ("Thank you for considering me for the role.", "considering me"),
    ("Thank you for your consideration.", "your consideration"),
    ("Thank you so much for meeting with me today.", "meeting with me"),
    ("I'm grateful for the chance to interview.", "grateful for the chance"),
    ("I wanted to thank you for meeting with me yesterday.", "thank you for meeting"),
    ("Thank you both for a great conversation yesterday.", "a great conversation"),
    ("I appreciate you taking time out of your busy schedule to meet with me.", "busy schedule"),
    (
        "Thank you for inviting me back for a second interview and for introducing me to Grace.",
        "inviting me back",
    ),
    ("Thank you for your time and for explaining the claims system.", "your time"),
    ("Thanks for your time today and sorry again about my wifi dropping out.", "your time today"),
    ("Thanks for your time today and the tour of the bottling line.", "your time today and the"),
    (
        "I'm grateful you carved an hour out of what sounded like a very full sprint week.",
        "grateful you carved an hour out",
    ),
    ("Cheers for giving up your afternoon for me yesterday.", "giving up your afternoon"),
    # Misspelt stock thanks is still stock thanks.
    ("Thank you so much for the oppurtunity to interview.", "oppurtunity to interview"),
    ("I apreciate you taking the time to meet me for the job.", "apreciate you taking the time"),
    # A run-on draft: the next sentence starts with no stop after "today".
    (
        "thank you for you time today I really enjoyed hearing how the self checkout lanes work",
        "thank you for you time today",
    ),
    ("Thank you for you're time yesterday.", "you're time"),
    ("Thank you po for the opportunity and for your time.", "Thank you po for the opportunity"),
    ("Thanks for your kind attention,", "your kind attention"),
    ("Thank you so much po for the opportunity.", "Thank you so much po for the opportunity"),
    ("Thnak you for your time on Tuesday.", "Thnak you for your time"),
    ("Thank you for receiving me yesterday.", "Thank you for receiving me"),
    ("I sincerely appreciate you taking out time to interview me.", "taking out time"),
    ("Thanks so much for your time at the oral board yesterday.", "your time at the oral board"),
    (
        "Thank you for meeting with me on 3 June regarding the Border Force Officer (APS 3) "
        "position, reference ABF-24-1187.",
        "Thank you for meeting with me on 3 June regarding the Border Force Officer",
    ),
    (
        "Thank you for taking the time to speak with me today about the **Data Analyst** position.",
        "Thank you for taking the time",
    ),
    # Round 191b: thanks at its edges
    ("It was kind of you to make room in your schedule to speak with me.", "It was kind of you"),
    ("It was generous of you to consider me for the role.", "It was generous of you"),
    (
        "I remain grateful for the considerable amount of time you devoted to me on Wednesday.",
        "grateful for the considerable amount of time",
    ),
    (
        "I was grateful to be given the chance to interview for the Assistant Buyer role.",
        "grateful to be given the chance",
    ),
    (
        "I am grateful to have been given the chance to interview for the AML Analyst role.",
        "grateful to have been given the chance to interview",
    ),
    (
        "I'm so grateful that you found space in your diary to meet with me on Wednesday.",
        "grateful that you found space in your diary",
    ),
    (
        "Thank you so much for taking time out of a busy shift on Ward 7 to interview me.",
        "Thank you so much for taking time out of a busy shift",
    ),
    (
        "I am deeply grateful that you spent your precious time with me yesterday.",
        "grateful that you spent your precious time",
    ),
    (
        "I'm grateful that you and Mr. Okoye set aside a full hour for me last Thursday.",
        "I'm grateful that you and Mr. Okoye set aside a full hour",
    ),
    (
        # In the style of published samples: the day, then the date, then the job
        "Thank you for the time you and your staff spent with me on Monday, March 3, to "
        "discuss the Account Manager role currently open.",
        "Thank you for the time you and your staff spent with me on Monday, March 3, to "
        "discuss the Account Manager role currently open",
    ),
    ("Thank u sooo much for the opportunity to interview today!!!", "Thank u sooo much for"),
    (
        "I wanted to thank you for your time on Monday afternoon and say how much I enjoyed "
        "our discussion of the payroll conversion.",
        "thank you for your time on Monday afternoon",
    ),
    ("thx so much for considring me!!", "thx so much for considring me"),
    ("I appreciate you takeing the time to interview me.", "appreciate you takeing the time"),
    ("Thank you for you're consideration for the opening.", "you're consideration"),
    (
        "tnx for ur time earlier in the interview, sorry if i was nervous lol.",
        "tnx for ur time earlier in the interview",
    ),
    ("Thank you for the opportunity to present my research to your group.", "the opportunity"),
    ("Many thanks for your time.", "Many thanks for your time"),
    ("A big thanks for meeting with me!", "A big thanks for meeting with me"),
    ("We are so grateful for the chance to interview.", "We are so grateful for the chance"),
    ("thankyou for your time today.", "thankyou for your time"),
    ("Thanks ever so much for seeing me on Friday.", "Thanks ever so much for seeing me"),
    ("I am grateful you made time in your busy schedule.", "grateful you made time"),
    (
        "I truly appreciate the consideration you and the committee have given my application.",
        "I truly appreciate the consideration",
    ),
    (
        "I write to thank you and the panel for the opportunity of the interview.",
        "thank you and the panel for the opportunity of the interview",
    ),
    ("thx for ur time today, it was good to meet u.", "thx for ur time"),
    (
        "I can't thank you enough for meeting with me yesterday!",
        "thank you enough for meeting with me",
    ),
    (
        "Thank you very much for you give me the interview chance.",
        "you give me the interview chance",
    ),
    (
        "Thank you for your time during the interview at the county offices yesterday.",
        "Thank you for your time during the interview",
    ),
    (
        "I am writing to thank you for the meeting on Monday regarding the position of Senior "
        "Translator (EN-PL) in your localisation department.",
        "thank you for the meeting",
    ),
    (
        "Thank you for meeting with me on Thursday about the Shift Supervisor position at the "
        "Fontana distribution center.",
        "Thank you for meeting with me",
    ),
    (
        "Thank you for taking the time to speak with me about the Senior Product Manager role "
        "on the Merchant Tools team.",
        "Thank you for taking the time to speak with me",
    ),
    (
        "Thanks for meeting with me today about the summer internship in the county planning office.",
        "Thanks for meeting with me",
    ),
    ("Thank you for the opportunity to visit campus last week.", "the opportunity to visit campus"),
    ("thanks for chatting with me today about the shift lead spot.", "thanks for chatting with me"),
    (
        "I appreciate the opportunity to learn more about the department and its important work.",
        "I appreciate the opportunity to learn more about the department",
    ),
    (
        "I wish to sincerely appreciate you for the opportunity to interview for the post.",
        "appreciate you for the opportunity to interview",
    ),
    ("I want to appreciate you for your time.", "appreciate you for your time"),
    ("Ta ever so much for the chance to meet the team.", "Ta ever so much for the chance"),
    ("Thanks heaps for your time this arvo.", "Thanks heaps for your time"),
    ("Grazie mille for making room in your schedule for me.", "Grazie mille for making room"),
    ("Obrigada for fitting me in today!!", "Obrigada for fitting me in"),
    ("With renewed thanks for the board's time and consideration,", "the board's time"),
    ("I'm grateful you carved out a chunk of your Tuesday afternoon.", "you carved out"),
    ("Appreciate you giving me some of your day yesterday.", "some of your day"),
    # round 194: an hour of their morning
    (
        "I appreciate you giving up a full hour of your Tuesday morning to meet with me.",
        "giving up a full hour of your Tuesday morning",
    ),
    ("Thanks for taking an hour out of your morning.", "taking an hour out of your morning"),
    (
        "I am truly grateful that you and Dr. Han gave me so much of your valuable time.",
        "you and Dr. Han gave me so much of your valuable time",
    ),
    # round 195: when it was kind, not what was said
    (
        "I'm grateful to you and the panel for giving up so much of your Thursday afternoon, "
        "particularly in the last week of term.",
        "giving up so much of your Thursday afternoon",
    ),
    (
        "I appreciate you making the time to see me in what I know is a demanding quarter.",
        "making the time to see me",
    ),
    # round 195: a trial day's thanks
    ("Thank you for having me in on Sunday for the trial shift.", "having me in on Sunday"),
    ("Thanks a lot for giving me a go on Saturday night.", "giving me a go"),
    ("tysm for the chance to do the trade test today", "tysm for the chance"),
    # round 195, 196: time carved out; a second interviewer left as a field
    (
        "I truly appreciate you carving time out of a busy unit day to sit down with me.",
        "carving time out of a busy unit day",
    ),
    (
        "I am grateful to you and [Interviewer 2 name] for considering me for the position.",
        "grateful to you and [Interviewer 2 name] for considering me",
    ),
    (
        "I appreciate you carving out part of a busy clinic afternoon to see me on Monday.",
        "carving out part of a busy clinic afternoon",
    ),
    ("I appreciate your weighing my application alongside strong ones.", "your weighing my"),
    ("thank u sm for the interview today", "thank u sm for the interview"),
    ("thnx for the interview.", "thnx for the interview"),
    (
        "Thank you for considering me for the foundation pharmacist training year.",
        "considering me for the foundation pharmacist training year",
    ),
    ("Thanks for interviewing me for the night charge nurse post.", "interviewing me for"),
    (
        "Thank you for the panel interview on Wednesday afternoon.",
        "Thank you for the panel interview",
    ),
    (
        "I wanted to thank you and the members of your lab for the visit on Monday.",
        "thank you and the members of your lab for the visit",
    ),
    ("Thanks for the hour on the phone yesterday.", "Thanks for the hour on the phone"),
    ("I can't thank you enough for yesterday's conversation.", "thank you enough for yesterday's"),
    (
        "I appreciate all three of you taking the time to meet with me yesterday.",
        "I appreciate all three of you taking the time",
    ),
    (
        "Thanks for squeezing me in between your sprint reviews yesterday.",
        "Thanks for squeezing me in between your sprint reviews",
    ),
    (
        "Many thanks for squeezing me into what I know was a packed Thursday.",
        "Many thanks for squeezing me into",
    ),
    # "the Millbrook job" is the job, though "the Millbrook job site" is a place
    ("Thanks for having me in about the Millbrook job.", "Thanks for having me in about"),
    (
        "Please allow me to thank you most sincerely for the opportunity to interview.",
        "thank you most sincerely for the opportunity to interview",
    ),
    # Round 104: a length of time, a named colleague beside "you", an aside on their week
    (
        "Thank you for the forty-five minutes on Tuesday morning.",
        "Thank you for the forty-five minutes on Tuesday morning",
    ),
    (
        "I really appreciate you and Marisol carving out an hour on Monday, with the spring "
        "launch so close.",
        "I really appreciate you and Marisol carving out an hour on Monday",
    ),
    ("Thank you for your time, given how busy the week was.", "Thank you for your time"),
    # Round 110: time carved out, being heard out, being fitted in
    (
        "I'm grateful you carved out a full hour during quarter-end; I know how packed it gets.",
        "I'm grateful you carved out a full hour during quarter-end",
    ),
    ("Thanks for hearing me out on Tuesday.", "Thanks for hearing me out on Tuesday"),
    ("Thank you again for fitting me into your Monday.", "Thank you again for fitting me into"),
    # Round 114: thanks in the passive voice
    (
        "The time that you, Dr. Lind and Ms. Haddad set aside for me on Thursday was very much "
        "appreciated.",
        "The time that you, Dr. Lind and Ms. Haddad set aside for me on Thursday was very much "
        "appreciated",
    ),
    ("Your time yesterday was greatly appreciated.", "Your time yesterday was greatly appreciated"),
    # Round 118: patience, an apology for the time taken, other languages' set phrases
    (
        "Thank you for your patience throughout the hiring process.",
        "Thank you for your patience throughout the hiring process",
    ),
    (
        "I'm sorry for taking up so much of your afternoon on Thursday.",
        "I'm sorry for taking up so much of your afternoon",
    ),
    ("Muchas gracias por su tiempo y por la entrevista.", "Muchas gracias por su tiempo"),
    ("Vielen Dank für Ihre Zeit.", "Vielen Dank für Ihre Zeit"),
    ("Merci beaucoup pour votre temps.", "Merci beaucoup pour votre temps"),
    # Round 122
    ("Thank you for your insights on Tuesday.", "Thank you for your insights on Tuesday"),
    ("I really valued the time you gave me.", "I really valued the time you gave me"),
    (
        "Vielen Dank fuer das freundliche Gespraech am Dienstag.",
        "Vielen Dank fuer das freundliche Gespraech",
    ),
    ("Thank you for taking a chance on me.", "Thank you for taking a chance on me"),
    # Round 157: "again" in other languages' set phrases
    (
        "Vielen Dank nochmals für Ihre Zeit und das Gespräch.",
        "Vielen Dank nochmals für Ihre Zeit",
    ),
    ("Merci encore pour votre temps.", "Merci encore pour votre temps"),
    ("Gracias de nuevo por su tiempo.", "Gracias de nuevo por su tiempo"),
    ("Grazie ancora per il suo tempo.", "Grazie ancora per il suo tempo"),
    ("Maraming salamat po sa inyong oras kahapon.", "Maraming salamat po sa inyong oras"),
    ("お忙しいところお時間をいただき、誠にありがとうございました。", "お時間をいただき"),
    (
        "thanks so much for your time today, the trial lesson on fractions was so fun.",
        "thanks so much for your time today",
    ),
    # Round 158
    (
        "Thank you for taking the time out of your busy schedule to walk me through the role.",
        "Thank you for taking the time out of your busy schedule to walk me through the role",
    ),
    (
        "Je vous remercie sincèrement pour le temps que vous m'avez accordé.",
        "Je vous remercie sincèrement pour le temps",
    ),
    ("Ich danke Ihnen herzlich für Ihre Zeit.", "danke Ihnen herzlich für Ihre Zeit"),
    ("Le agradezco mucho su tiempo.", "Le agradezco mucho su tiempo"),
    (
        "thx so much for ur time today, the bit about the friday release freeze was super helpful",
        "thx so much for ur time today",
    ),
    # Round 161: split by a clause, an apology, an aside
    (
        "The time you made for me on Thursday, right between two launches, is something I'm "
        "genuinely thankful for.",
        "The time you made for me on Thursday, right between two launches, is something I'm "
        "genuinely thankful for",
    ),
    (
        "I'm sorry for keeping you late, and grateful that you gave me so much of your afternoon.",
        "grateful that you gave me so much of your afternoon",
    ),
    (
        "Thank you, and I say this knowing how full your calendar is, for your time on Wednesday.",
        "Thank you, and I say this knowing how full your calendar is, for your time on Wednesday",
    ),
    # Round 162
    (
        "Thank you for the interview for the position of Cashier at Banco del Pacífico Sur.",
        "Thank you for the interview for the position of Cashier at Banco del Pacífico Sur",
    ),
    # Round 167: an aside between dashes, an hour taken out of the week
    (
        "I wanted to thank you – and Daniel too, who joined us halfway through – for the time you "
        "both set aside for me on Tuesday.",
        "thank you – and Daniel too, who joined us halfway through – for the time",
    ),
    (
        "I am thankful that you took an hour out of your week to speak with me.",
        "thankful that you took an hour out",
    ),
    # Round 168
    (
        "Words cannot express how grateful I am for the time you gave me on Thursday.",
        "grateful I am for the time",
    ),
    # Round 164
    (
        "I come by this means to thank the attention and the sympathy with which you received me.",
        "thank the attention and the sympathy with which you received me",
    ),
    # Round 178
    (
        "Thank you, belatedly, for making space in your calendar to speak with me.",
        "Thank you, belatedly, for making space in your calendar to speak with me",
    ),
    (
        "I thank you very much for the possibility to present myself in your company.",
        "I thank you very much for the possibility to present myself in your company",
    ),
    ("thx for the walk-through with Luis and for the opportunity!", "and for the opportunity"),
    (
        "Thank you for giving up your valuable time to speak with me.",
        "Thank you for giving up your valuable time to speak with me",
    ),
    (
        "I appreciate you keeping my application under consideration.",
        "I appreciate you keeping my application under consideration",
    ),
    (
        "It was kind of you all to meet with me on Tuesday, and I thank you for it.",
        "It was kind of you all to meet",
    ),
]


@pytest.mark.parametrize(("text", "covered"), STOCK)
def test_stock_thanks_is_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(f"Hi Dana,\n\n{text}\n\nBest,\nAna", (RULE, covered))


@pytest.mark.parametrize(
    "text",
    [
        "I would be deeply grateful for the chance to serve in your chambers.",
        "I'd appreciate the chance to walk the site again.",
        "I was grateful to the panel for the chance to examine the Spitalfields silk waistcoat "
        "during the object-handling exercise.",
        "Thanks for walking me through the on-call rotation.",
        "Thank you for introducing me to Dana from the data team.",
        "Thanks for connecting me with Luis from the Denver plant.",
        "Je vous remercie pour votre retour rapide.",
        "Thanks for the tour of the Fremont plant.",
        "Thanks for sparing your lunch break to show me the TIG bay and the jig.",
        "Thanks for your Saturday tips on the jig.",
        "Thanks for hearing me out on the idea of splitting the night-shift handover in two.",
        "I'm grateful you carved out a full hour to walk me through the NetSuite consolidation.",
        "The time you spent walking me through the SAE reconciliation was much appreciated.",
        "The extra time the vendor gave us on the audit was appreciated.",
        "I appreciated the chance to talk through the malaria case scenario with the panel.",
        "I appreciated the chance to pair with Emeka on the payments bug during my interview.",
        "Thanks to your explanation of the escalation matrix, I now understand the handoffs.",
        "Thank you for taking the time to walk me through the on-call rotation.",
        "I appreciate how clearly you laid out the rollout plan.",
        "Thank you for speaking with me about the data migration to Postgres.",
        "I appreciate you for showing me the fraction wall in the Primary 4 class.",
        "Thank you for inviting me to the cold-chain warehouse walkthrough.",
        "I met the TA for the interview panel first.",
        'You said "thank you for your time" is filler, and I agree.',
        "Thank you for the time I spent shadowing Maria on the pick line.",
        "I would like to thank you for the visit of the laboratory.",
        "Thanks for the ten minutes you spent showing me the Braze journeys.",
        "Thank you for the tour of the plant, with the new racking in place.",
        "Thanks for your patience when my connection dropped halfway through the case study.",
        "Sorry for the late reply about the rota.",
        "Muchas gracias por la receta del pan de muerto.",
        "Thanks for the insight into how the night audit works.",
        "I valued the feedback on my portfolio layout.",
        "I appreciated the chance to run the grill station during the lunch rush.",
        "Most people are grateful for the call, and it takes pressure off the front desk.",
        # Round 178: thanks for two specific things; a kindness that was an act
        "Thank you for the tour and for the opportunity to meet the night team.",
        "Thanks for showing me the cold store and for the time you spent on the blast chiller.",
        "It was kind of you to show me the sourdough starter, and I thank you for it.",
        "Thank you for the time you spent on Tuesday, November 18, walking me through the Kafka "
        "cutover plan.",
        "I'm grateful that you and Sam showed me the new kiln.",
        "I am grateful to have been given the chance to run the grill during the lunch rush.",
        "It was kind of you to show me the cold store.",
        "She is a kind manager, you said, and generous with her time on the floor.",
        # Round 195: a meeting about something, or somewhere, named
        "Thanks for making the time to meet me at the depot to show me the new sorter.",
        "Thank you for meeting with me in the middle of the Kafka migration.",
        "Thanks for having me in for the trial shift on the pastry section.",
        "Thanks for giving me a go on the grill during the trial shift.",
        # Round 200: thanks for the news itself
        "Thank you for letting me know the panel's decision.",
        "Thank you for taking the time to tell me about the damp survey backlog at Fenwick Court.",
        "Many thanks to Dr. Osei for his help with the rota.",
        "Thank you for making the time to see me on Monday at the Leeds depot to walk the new sorter.",
        # Round 216: a visit to a unit named by its initials; an afternoon spent on something
        "I also appreciated the visit to the NICU with Sister Davies.",
        "Thanks for spending a whole afternoon on the site walk with me.",
        # Round 218: a discussion of something named; a trial shift at a station
        "Thank you for the candid discussion of the firm's deposition practice on Monday.",
        "Thanks for having me in for the trial shift at the grill station.",
        # Round 221: someone else's chance, long ago
        "She gave my application a chance last year, and it led to my first post.",
        # Round 222: what the time was spent on
        "I appreciate the time you and Jordan spent on the rota problem with me.",
        "I appreciate you and Tom carving out an afternoon for me during the rota review.",
        # Rounds 249-251: what was done on the visit, a title before a name
        "Thanks for having me in the kitchen to cook the risotto.",
        "Thanks for the chat about the menu, Chef Ruiz.",
        "I also appreciated meeting Hemi and the Year 5 and 6 team.",  # round 253
        "Thanks for having a look at my work photos this morning.",  # round 254
        "It meant so much that the team trusted me with the till.",  # round 255
        "I also appreciated meeting Arq. Lucía Treviño and hearing how the safety committee walks "
        "the site every Monday morning.",
    ],
)
def test_specific_or_other_thanks_passes(assert_findings, text: str) -> None:
    assert_findings(f"Hi Dana,\n\n{text}\n\nBest,\nAna", select=RULE)


@pytest.mark.parametrize("signoff", ["Thanks,", "Thanks again,", "Many thanks,", "Thank you,"])
def test_bare_signoff_passes(assert_findings, signoff: str) -> None:
    assert_findings(
        f"Hi Dana,\n\nThe queue design you sketched is clever.\n\n{signoff}\nAna", select=RULE
    )


def test_signoff_and_subject_are_checked(assert_findings) -> None:
    note = (
        "Subject: Thank you for your time\n\nHi Dana,\n\nThe queue design is clever.\n\n"
        "Thanks again for your time,\nAna"
    )
    report = assert_findings(
        note, (RULE, "Thank you for your time"), (RULE, "Thanks again for your time")
    )
    assert [f.begin.line for f in report.findings] == [1, 7]


# Triggers are only tried where a key word is (see _triggers); these phrases check
# that this finds what the trigger pattern finds when run over the whole text.
TRIGGER_TEXTS = [
    "Thank you for your time, and thanks again for the tour.",
    "Many thanks for the chat. A big thanks to you all for the tour!",
    "My  thanks\nfor the call; our sincere thanks for your hospitality.",
    "I'm grateful that you met me, thankful to have had the chance, and I appreciate it.",
    "x'thanks for the time - well-thanks for the time - THANKS FOR THE TIME",
    "Cheers for the chat; cheers, and gratitude for the visit, appreciation to all for the help",
    "no thanks here: thanksgiving, unthankful, appreciative of it",
    "We appreciate you for the tour, and I appreciate you all so much for your time.",
]


@pytest.mark.parametrize("text", TRIGGER_TEXTS)
def test_triggers_found_at_keys_are_those_of_the_whole_text(text: str) -> None:
    from notelint.rules import gratuitous_thanks as rule

    lower = text.lower()
    starts = [start for start, _ in rule._key_spans(lower)]
    expected = [m.span() for m in rule._TRIGGER.finditer(text)]
    assert [m.span() for m in rule._triggers(lower, starts)] == expected


@pytest.mark.parametrize(
    "text", ["Thankſ for your time.", "Thank you for your tıme.", "İ thank you."]
)
def test_letters_that_fold_to_ascii_are_matched_as_before(text: str) -> None:
    from notelint.rules.gratuitous_thanks import stock_thanks

    # "ſ" and "ı" match "s" and "i" ignoring case but do not lower-case to them,
    # and "İ" lower-cases to two characters: these texts take the slow path.
    assert stock_thanks(text) == ((0, 20) if "ſ" in text else (0, 23) if "ı" in text else None)


def test_lower_case_twins_have_no_upper_case_letters() -> None:
    import re

    from notelint.rules import gratuitous_thanks as rule

    for pattern in (rule._TRIGGER, rule._CLAUSE_END, *rule._HEADS):
        bare = re.sub(r"\\U[0-9A-Fa-f]{8}|\\u[0-9A-Fa-f]{4}|\\.", "", pattern.pattern)
        assert bare == bare.lower(), pattern.pattern


def test_thanks_joined_to_a_word_by_an_apostrophe_is_found(assert_findings) -> None:
    # note.words has "ok'thanks" as one word: the rule must still look for "thanks".
    assert_findings(
        "Hi Dana,\n\nOk'thanks for your time.\n\nBest,\nAna", (RULE, "thanks for your time")
    )


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Thanks for your time today and sorry again about my wifi.", "Thanks for your time today"),
        ("Thanks for your time, sorry if I was nervous on the mock call.", "Thanks for your time"),
    ],
)
def test_an_apology_after_the_thanks_is_not_part_of_its_span(lint, text: str, covered: str) -> None:
    [finding] = lint(f"Hi Joy,\n\n{text}\n\nBest,\nKim", select=RULE).findings
    assert finding.text == covered


# Thanks for being considered or interviewed for the job, in the ways the blind rounds
# 58 to 67 found: the job is no topic, so the thanks is stock.
@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        (
            "Please accept my sincere thanks for considering my candidature for the post of Deputy "
            "Director, Regional Development Fund.",
            "thanks for considering my candidature",
        ),
        (
            "I am thankful to you for taking my interview on Sunday at your Shuwaikh office.",
            "thankful to you for taking my interview",
        ),
        (
            "Thank you for your time today for the interview for warehouse operative.",
            "Thank you for your time today",
        ),
        (
            "Thank you so much for taking the time to interview me for a training contract on "
            "Wednesday.",
            "taking the time to interview me",
        ),
        # Thanks to the interviewer and others together is the same stock thanks.
        (
            "Thank you and the interview panel for the opportunity to interview for the Records "
            "Management Specialist position.",
            "Thank you and the interview panel for the opportunity",
        ),
        ("Thank you and Mr. Hale for your time on Monday.", "Thank you and Mr. Hale for your time"),
        (
            "I am thankful to you and to Ms. Deshpande for considering my candidature.",
            "thankful to you and to Ms. Deshpande for considering",
        ),
        (
            "I am writing to thank you for the interview held on 12th August for the post of "
            "Medical Representative (Cardiac division).",
            "thank you for the interview held on 12th August",
        ),
        (
            "I sincerely appreciate you and the panel taking the time to meet with me on Tuesday.",
            "appreciate you and the panel taking the time",
        ),
        (
            "Appreciate u taking the time to sit down with me yesterday.",
            "Appreciate u taking the time",
        ),
        (
            "I can't thank you enough for giving me an hour of your time on Monday.",
            "thank you enough for giving me an hour of your time",
        ),
    ],
)
def test_thanks_for_the_interview_for_the_job_is_stock(
    assert_findings, sentence: str, covered: str
) -> None:
    text = f"Dear Ms Lawson,\n\n{sentence} The chiller question was a good one.\n\nBest,\nAna"
    assert_findings(text, (RULE, covered), exact=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for taking the time to speak with me about the billing migration.",
        "Thank you and sorry for the delay with the references I promised.",
        # a wish, not thanks
        "If it gets me a foot in the door, I would just be grateful for the chance.",
        # thanks for news, not for the meeting
        "Thanks for the call this afternoon letting me know where things stand.",
        # an hour spent on something shown
        "Thank you for the hour you spent walking me through the kiln firing schedule.",
        # a hands-on opportunity, and a walk through something named
        "Thank you for the opportunity to suit up and see the cleanroom during my visit.",
        "Thanks for walking me through the sprint reviews yesterday.",
        # a job site is a place, not the job
        "Thanks for having me out on the Millbrook job site Thursday.",
        # meeting a colleague named after a title's full stop, and what they said
        "I also appreciated meeting Dr. Kaplan and hearing about the plan to expand the "
        "investigator-initiated study program into academic centres.",
        # Rounds 89-94: a favour named, a duty, a moment or a day spent on something shown
        "Much obliged for the ride out to the quarry to see the crusher.",
        "I'm obliged to give two months' notice, so March is my earliest start.",
        "Thank you for your time Tuesday walking me through the pump room rota.",
        "I am grateful that you found a moment to show me the new sterilisation room.",
        "I appreciate the panel setting aside the time to go through the audit findings with me.",
        "Thanks for fitting me in between site visits to show me the Level 3 slab.",
        "Thanks for today's tour of the bottling line.",
        "Thank you for this morning's walk round the kilns.",
        # Round 182: a meeting with the writer about something named
        "Thank you for meeting with me about the budget for the Leeds depot.",
        # Round 185: a thing the writer was let do
        "Thank you for having me sit in on Wednesday's rehearsal.",
        # Round 186: a part of the day that names what was done in it
        "Thank you for the morning at the Hull plant walking the packing line.",
        # Round 187: a go-between's booking with someone else
        "Could you pass this to Ravi? Thanks for squeezing me into his diary yesterday btw!",
        "Thank you for giving me the opportunity to tour the bottling plant.",
        "Thanks for being so generous with your time on the Kafka outage question.",
        "I appreciated the chance to re-dress the mannequin on the menswear podium.",  # round 265
    ],
)
def test_thanks_for_a_talk_about_a_topic_is_not_stock(assert_findings, sentence: str) -> None:
    assert_findings(f"Dear Ms Lawson,\n\n{sentence}\n\nBest,\nAna", select=RULE)


@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        # Rounds 89-94: thanks for the time, the meeting or the day in unlisted wording
        (
            "Much obliged to you for giving up your whole afternoon on my account Tuesday, ma'am.",
            "Much obliged to you for giving up your whole afternoon on my account Tuesday, ma'am",
        ),
        ("Thank you for your time Tuesday, sir.", "Thank you for your time Tuesday, sir"),
        (
            "I am so grateful that you found a moment in your very busy day to receive me.",
            "I am so grateful that you found a moment in your very busy day to receive me",
        ),
        (
            "I appreciate the panel setting aside the time to meet with me on Thursday regarding "
            "the Executive Officer (Procurement) competition.",
            "I appreciate the panel setting aside the time to meet with me on Thursday regarding "
            "the Executive Officer (Procurement) competition",
        ),
        (
            "Really appreciated you fitting me in between site visits on Monday.",
            "appreciated you fitting me in between site visits on Monday",
        ),
        (
            "May I express my sincere gratitude for the courtesy of receiving me at your offices "
            "on the 14th.",
            "gratitude for the courtesy of receiving me at your offices on the 14th",
        ),
        ("Thanks so much for today!!", "Thanks so much for today"),
        ("Thank you for yesterday.", "Thank you for yesterday"),
        ("Thanks for this morning.", "Thanks for this morning"),
        # Round 127: when and why it was kind, not what was said
        (
            "Please accept my sincere gratitude for the valuable time you and the other panel "
            "members devoted to my interview on 14th March, in spite of the quarter-end workload.",
            "gratitude for the valuable time",
        ),
        (
            "While I'm grateful you found the time to meet on a Friday afternoon, what I really "
            "wanted to follow up on was your question about the relaunch.",
            "grateful you found the time to meet on a Friday afternoon",
        ),
        (
            "Really appreciate you fitting me in between the lunch rush and your supplier call.",
            "appreciate you fitting me in between the lunch rush and your supplier call",
        ),
        # Round 182: which round it was names nothing said in it
        (
            "Thank you again for meeting with me on Wednesday for the second round.",
            "Thank you again for meeting with me on Wednesday for the second round",
        ),
        (  # round 270
            "Thank you for meeting with me again this morning for the second round.",
            "Thank you for meeting with me again this morning for the second round",
        ),
        # Round 186: a part of the day for the meeting
        ("Thank you for a lovely afternoon.", "Thank you for a lovely afternoon"),
        # Round 187 probes: the chance given, space made, generosity with time
        (
            "Thanks heaps for giving me a shot at the forklift assessment yesterday.",
            "Thanks heaps for giving me a shot at the forklift assessment yesterday",
        ),
        (
            "Thank you for taking a chance on me and inviting me to the technical round.",
            "Thank you for taking a chance on me and inviting me to the technical round",
        ),
        ("I'm grateful you made space in your week for me.", "grateful you made space"),
        ("Thanks for being so generous with your time.", "Thanks for being so generous"),
        # Round 199: some of your time
        (
            "I am very grateful that you gave me some of your valuable time yesterday.",
            "grateful that you gave me some of your valuable time",
        ),
        ("Thanks for giving me some of your time.", "Thanks for giving me some of your time"),
        # Round 200: the time taken to tell a decision
        (
            "Thank you for taking the time to let me know the panel's decision.",
            "Thank you for taking the time",
        ),
        # Rounds 205 and 206: thanks passed on, a Filipino "earlier", the board thanked between
        (
            "Kindly convey my heartfelt thanks to Mr. Fernandes for his valuable time.",
            "thanks to Mr. Fernandes for his valuable time",
        ),
        ("thank u so much po for the interview kanina!", "thank u so much po for the interview"),
        # Round 210
        (
            "Thank you for sparing your valuable time despite your busy schedule.",
            "Thank you for sparing your valuable time",
        ),
        ("tq so much for today!!", "tq so much for today"),
        (
            "Thank you, and please pass my thanks to Andrew and the rest of the board, for making "
            "the time to see me on Monday in what I know is a demanding quarter.",
            "Thank you, and please pass my thanks",
        ),
        # Round 213
        (
            "Please pass my thanks on to the panel for their time.",
            "thanks on to the panel for their time",
        ),
        # Round 216: a whole afternoon given up
        (
            "I appreciate you giving up a whole afternoon to sit through my assessment.",
            "I appreciate you giving up a whole afternoon",
        ),
        # Round 218: part of an afternoon; the trial shift where and when
        (
            "I appreciated you setting aside a good part of a busy Thursday afternoon to see me.",
            "I appreciated you setting aside a good part of a busy Thursday afternoon",
        ),
        (
            "Thanks for having me in for the trial shift at [Venue] last night.",
            "Thanks for having me in for the trial shift",
        ),
        # Round 221: the application given a chance
        (
            "I'm grateful you gave my application a chance, and for letting me know so quickly.",
            "I'm grateful you gave my application a chance",
        ),
        (
            "Thank you for giving my application a look.",
            "Thank you for giving my application a look",
        ),
        # Round 222: the time you and a colleague invested
        (
            "I truly appreciate the time you and Jordan invested in meeting with me on Wednesday.",
            "I truly appreciate the time you and Jordan invested in meeting with me",
        ),
        # Round 223: when it was, not what
        (
            "I really appreciate you and Tom carving out an afternoon for me during what sounded "
            "like a busy competition week.",
            "I really appreciate you and Tom carving out an afternoon for me during what sounded "
            "like a busy competition week",
        ),
        # Round 238: an hour carved out of a diary
        (
            "I'm so grateful that you carved an hour out of what must be an impossibly busy diary.",
            "I'm so grateful that you carved an hour out of what must be an impossibly busy diary",
        ),
        # Round 237, to a recruiter: thanks to him for his morning
        (
            "I'm grateful to him for giving up his morning to see me.",
            "I'm grateful to him for giving up his morning to see me",
        ),
        # Round 235: a panel counted
        (
            "I'm grateful to all four of you for carving an afternoon out of a busy week.",
            "I'm grateful to all four of you for carving an afternoon out of a busy week",
        ),
        # Round 240: a telephonic round
        (
            "Thank you for taking time out for the telephonic round today.",
            "Thank you for taking time out for the telephonic round today",
        ),
        # Round 242: the distinguished members of the panel
        (
            "I write to express my profound gratitude to you and the distinguished members of the "
            "panel for yesterday's interview.",
            "gratitude to you and the distinguished members of the panel for yesterday's interview",
        ),
        # Round 245: what else was on that day
        (
            "I appreciate you making time to see me on Friday despite the open day.",
            "I appreciate you making time to see me on Friday despite the open day",
        ),
        # Round 247: the gift of their time
        (
            "Thank you for the generous gift of your time on Friday.",
            "Thank you for the generous gift of your time",
        ),
        # Rounds 249-251: a visit hosted, a slot in a diary, a busy clinic day, the shot, a window,
        # an afternoon given up, indulgence, a morning carved out, a name after the comma
        (
            "Thanks for having me round the yard this morning.",
            "Thanks for having me round the yard",
        ),
        ("I am grateful for the slot in your diary last Tuesday.", "grateful for the slot in your"),
        (
            "Much obliged for squeezing me into a clinic day that was clearly already overbooked.",
            "Much obliged for squeezing me into a clinic day",
        ),
        ("Thanks for the shot at the forklift team leader job.", "Thanks for the shot at the"),
        (
            "Thank you for entertaining my application for the Policy Officer post.",
            "Thank you for entertaining my application",
        ),
        (
            "Really appreciate you finding a window for me this week.",
            "appreciate you finding a window",
        ),
        (
            "I'm grateful you gave up part of your afternoon to meet with me.",
            "grateful you gave up part of your afternoon",
        ),
        (
            "Thank you for indulging me for the better part of an afternoon.",
            "Thank you for indulging me",
        ),
        (
            "Grateful to you for carving out a morning for me on Tuesday, particularly with the "
            "inspection looming.",
            "Grateful to you for carving out a morning",
        ),
        ("Thank you for meeting with me, Mrs. Salinas.", "Thank you for meeting with me"),
        (
            "Thanks for having a look at my application.",
            "Thanks for having a look at my application",
        ),
        (
            "It meant so much that you would sit down with someone fresh out of university.",
            "meant so much that you would sit down with someone",
        ),  # round 255
        (
            "I cannot thank you enough for meeting with me in person despite your very busy "
            "production schedule.",
            "thank you enough for meeting with me",
        ),
        # Rounds 259 and 261: thanks to both, for "giving" the time, for part of a busy week,
        # and in Tagalog with the owner after the noun
        (
            "I appreciate you both taking the time to meet with me this morning.",
            "I appreciate you both taking the time to meet with me this morning",
        ),
        (
            "Thank you so much for giving your valuable time today, sir.",
            "Thank you so much for giving your valuable time today, sir",
        ),
        (
            "Your week was packed, and it meant a lot that you still carved out your Wednesday "
            "afternoon to sit down with me.",
            "it meant a lot that you still carved out your Wednesday afternoon",
        ),
        (
            "I know the week before term is full, and I am sincerely grateful that you gave so much "
            "of it to meeting with me.",
            "I am sincerely grateful that you gave so much of it to meeting with me",
        ),
        ("Maraming salamat po sa oras ninyo kahapon.", "Maraming salamat po sa oras ninyo"),
        (
            "thx again for the chat yesterday, the bit about rebuilding the onboarding flow in like "
            "two weeks was wild lol.",
            "thx again for the chat yesterday",
        ),  # round 262: a new clause after the comma, however long its subject
        (
            "thx so much for ur time today, just finishing my shift so typing this on my phone.",
            "thx so much for ur time today",
        ),  # round 266
    ],
)
def test_stock_thanks_in_unlisted_wording(assert_findings, sentence: str, covered: str) -> None:
    text = f"Dear Ms Lawson,\n\n{sentence} The chiller question was a good one.\n\nBest,\nAna"
    assert_findings(text, (RULE, covered), exact=False)
