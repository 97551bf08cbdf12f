"""sycophancy: flattery and deference, not ordinary or bounded praise."""

from __future__ import annotations

import pytest

RULE = "sycophancy"


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("You are truly an inspiration.", "an inspiration"),
        ("You are the best manager I have ever met.", "best manager I have ever met"),
        ("You're quite simply the best designers in Britain.", "You're quite simply the best"),
        ("I am writing to say how truly honoured I was to meet you.", "how truly honoured I was"),
        ("I left feeling truly honoured to have been in the room.", "feeling truly honoured"),
        (
            "Your Tideway brief is the finest piece of advocacy I have ever read.",
            "the finest piece of advocacy I have ever read",
        ),
        ("You are, quite simply, my hero.", "You are, quite simply, my hero"),
        ("I am highly humbled to have been shortlisted.", "am highly humbled"),
        ("Meeting you felt like meeting a living legend.", "living legend"),
        ("Working here is my whole life's ambition.", "life's ambition"),
        ("Your company is truly the finest in all of Pune.", "Your company is truly the finest"),
        (
            "I'd be glad to join your litigation group, which is truly the finest team in the region.",
            "the finest team in the region",
        ),
        (
            "Your practice is, quite simply, the most brilliant architecture studio working "
            "anywhere in the country today.",
            "the most brilliant architecture studio working anywhere in the country",
        ),
        ("You have the sharpest product mind I've come across.", "sharpest product mind"),
        ("Lumen is the gold standard every analytics company copies.", "is the gold standard"),
        ("It would be the greatest privilege of my working life.", "greatest privilege of my"),
        ("I remain your most humble and obedient servant.", "humble and obedient servant"),
        (
            "I can't think of a company on this earth I admire more.",
            "can't think of a company on this earth I admire more",
        ),
        ("The rest of the market is years behind you.", "rest of the market is years behind you"),
        (
            "In forty years of municipal service I have not encountered a finer mind for finance.",
            "not encountered a finer mind",
        ),
        (
            "You are the most talented people in retail, full stop.",
            "most talented people in retail",
        ),
        (
            "It was the most illuminating conversation of my professional life.",
            "most illuminating conversation of my professional life",
        ),
        ("I would count myself privileged beyond measure.", "privileged beyond measure"),
        ("To be received by a man of your reputation was a distinction.", "man of your reputation"),
        ("Working there would be the whole point of my life so far.", "whole point of my life"),
        ("I would count myself lucky beyond words.", "lucky beyond words"),
        ("Nordvik Air is blessed to have leaders like you.", "blessed to have leaders like you"),
        (
            "I walked out of that room wanting to be a better person.",
            "wanting to be a better person",
        ),
        ("Every other startup looks like amateur hour next to Ledgerly.", "amateur hour next to"),
        (
            "Working anywhere else would feel like settling for second best.",
            "settling for second best",
        ),
        ("It is the only studio making games worth anyone's time.", "worth anyone's time"),
        (
            "You operate on a level the rest of the field hasn't reached.",
            "rest of the field hasn't reached",
        ),
        (
            "To be considered by a firm of Harrow & Lyle's standing is hard to take in.",
            "firm of Harrow & Lyle's standing",
        ),
        (
            "I truly cannot find enough words to express my gratitude.",
            "cannot find enough words to express",
        ),
        (
            "I will remember your kindness for the rest of my life.",
            "remember your kindness for the rest of my life",
        ),
        ("With endless gratitude,", "endless gratitude"),
        ("Thank you, thank you, thank you for Tuesday.", "Thank you, thank you, thank you"),
        (
            "You would give a whole hour to a person like me.",
            "would give a whole hour to a person like me",
        ),
        (
            "It will be a matter of great honour and privilege for me to work under you.",
            "matter of great honour",
        ),
        ("It would be great honour and privilege to serve the bank.", "great honour and privilege"),
        ("Joining Kitewing has honestly been my dream since I started.", "been my dream"),
        ("A person of your stature would not need to.", "person of your stature"),
        ("It was a blessing to meet engineers of your calibre.", "engineers of your calibre"),
        ("I remain deeply in your debt.", "in your debt"),
        ("I will be indebted to you for the rest of my career.", "indebted to you"),
        ("Words fall short of how grateful I am.", "Words fall short"),
        ("Someone of my modest standing was lucky to be heard.", "my modest standing"),
        ("It is the finest kitchen in the Southern Hemisphere.", "finest kitchen in the Southern"),
        (
            "She is the most talented creative director I have ever come across.",
            "most talented creative director I have ever come across",
        ),
        ("Your product sense is genuinely unmatched.", "genuinely unmatched"),
        ("Meeting you felt like meeting a rock star.", "like meeting a rock star"),
        ("Brightmoor has been my dream studio since school.", "dream studio"),
        (
            "You are hands down the most compassionate vet I have ever met.",
            "most compassionate vet",
        ),
        ("I am so honoured to have been considered.", "honoured"),
        ("I'm truly humbled by this opportunity.", "humbled"),
        ("It would be an honor to join your team.", "an honor to"),
        ("Acme has always been my dream company.", "dream company"),
        ("I can't thank you enough for this.", "thank you enough"),
        ("I cant thank you enough for the tour.", "cant thank you enough"),
        ("I was realy honered to meet you and the lads.", "realy honered"),
        ("Im truly humbeled that the panel shortlisted me.", "truly humbeled"),
        ("Ledgerline has been my dream compnay since college.", "dream compnay"),
        ("I humbly submit that the question you put to me has set me thinking.", "I humbly submit"),
        ("Your curatorial work is truely an inspiraton to me.", "truely an inspiraton"),
        ("I am so humbeld to be considered for your team.", "so humbeld"),
        ("You are the most amzing principal I have ever met.", "most amzing principal"),
        ("Working the line here is honestly my dream jobb.", "dream jobb"),
        ("I can’t thank you enough.", "thank you enough"),
        ("It would be a privilege beyond words to work with you.", "privilege beyond words"),
        (
            "Your Bo-Kaap infill housing is, quite simply, the finest work of its kind in the country.",
            "the finest work of its kind in the country",
        ),
        ("The gallery, and a true inspiration to every young architect.", "a true inspiration to"),
        (
            "Honestly, you're the most inspiring research lead I've ever come across.",
            "most inspiring research lead I've ever come across",
        ),
        # Round 168
        (
            "You are, without exaggeration, a visionary.",
            "You are, without exaggeration, a visionary",
        ),
        ("I would count myself lucky simply to learn at your side.", "count myself lucky simply"),
        ("I have never been so impressed by anyone in my career.", "never been so impressed by"),
        ("Your leadership is nothing short of extraordinary.", "nothing short of extraordinary"),
        ("Every single person on your team is a superstar.", "is a superstar"),
    ],
)
def test_flattery_is_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered))


def test_string_of_superlatives_is_flagged(assert_findings) -> None:
    text = (
        "Your team is amazing, the product is incredible, the office is phenomenal and "
        "the culture is outstanding."
    )
    assert_findings(text, (RULE, "outstanding"))


@pytest.mark.parametrize(
    "text",
    [
        "It was a great conversation.",
        "You have an impressive team.",
        "I appreciated how clearly you laid out the rollout plan.",
        "The role needs privileged access to the ERP system.",
        "The firm honoured its commitment to the union.",
        "Getting the audit closed on time is a matter of pride for the whole team.",
        "I can't think of a better way to spend the summer.",
        "Our old dispatch system was years behind the one you showed me.",
        "I have never met a better-organised stock room.",
        "The most talented people in my class went into medicine.",
        "The point of my visit was to see the line.",
        "That flange jig is a genius bit of shop problem-solving.",
        "The tool is worth the time it takes to learn, and the rest of the week is free.",
        "Someone like me from a retail background would need the forklift course first.",
        "The 2021 port backlog humbled most of the industry.",
        "Your amazing onboarding plan is the clearest I have seen this year.",
        "You are the best judge of whether the pilot worked.",
        "You're the best person to ask about the rota, so here is my question.",
        "Becoming a nurse has been my dream since I was nine.",
        "The chair of your standing committee asked about the budget.",
        "The best project I have ever worked on was the Leeds depot rebuild.",
        "The best work I've ever done was on the night shift at St Anne's.",
        "It was the best sales lead in the region last quarter.",
    ],
)
def test_ordinary_praise_and_other_senses_pass(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)


def test_phrase_broken_across_lines_is_flagged(assert_findings) -> None:
    assert_findings("You are a true role\nmodel for me.", (RULE, "are a true role\nmodel"))


def test_glued_word_still_counts(assert_findings) -> None:
    # note.words keeps "legend's" whole; the gate must still see "legend".
    assert_findings("You are a legend's legend.", (RULE, "are a legend"))


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("I don't think I've ever been so in awe of a manager.", "so in awe of a"),
        (
            "You are the most insightful research leader I have ever spoken with.",
            "most insightful research leader I have ever spoken",
        ),
        (
            "Your office is hands down the warmest practice I have ever walked into.",
            "warmest practice I have ever walked into",
        ),
        (
            "I genuinely consider you the finest appellate advocate of your generation.",
            "finest appellate advocate of your generation",
        ),
        (
            "I'm still a little humbled that someone so senior would spend an hour with me.",
            "still a little humbled",
        ),
        (
            "You are clearly one of the finest litigators in the state.",
            "finest litigators in the state",
        ),
        (
            "Ur kitchen is hands down the best in the whole city.",
            "Ur kitchen is hands down the best",
        ),
        ("Still buzzing about the tasting, ur literally a legend.", "ur literally a legend"),
        ("Honestly, you lot are the best in the business.", "you lot are the best"),
        ("I have to say you're a legend in this town.", "you're a legend"),
    ],
)
def test_awe_and_more_superlatives_round_58(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, ("sycophancy", covered))


def test_superlative_praise_of_a_head_teacher(assert_findings) -> None:
    text = "You are honestly the most inspiring head I have come across in ten years of teaching."
    assert_findings(text, ("sycophancy", "most inspiring head I have come across"))


@pytest.mark.parametrize(
    "text",
    [
        "I liked how the team makes sure a patient's wishes are honoured, even at 3am.",
        "The restriction expired, so the only condition still being honoured is the one on the "
        "medical files.",
        "You confirmed the relocation package will be honoured even if my visa slips.",  # round 259
    ],
)
def test_wishes_that_are_honoured_are_no_deference(assert_findings, text: str) -> None:
    assert_findings(text, select="sycophancy")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("My colleagues and I were honoured to meet you.", "honoured"),
        ("Thank you for the interview; I am truly honoured at being considered.", "honoured"),
        ("I feel privileged being considered for this post.", "privileged"),
    ],
)
def test_deference_of_people_is_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, ("sycophancy", covered))


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # Rounds 89-93: flattery in idiom, gushing and oblique praise
        ("Also, you're literally iconic.", "you're literally iconic"),
        (
            "There isn't a manager in the whole of Munster who could hold a candle to you.",
            "hold a candle to you",
        ),
        (
            "Nobody in design explains things like you do.",
            "Nobody in design explains things like you do",
        ),
        ("Meeting you was truly the highlight of my year.", "the highlight of my year"),
        (
            "The Casa do Largo is, without any doubt, the most elegant hotel in all of Lisbon.",
            "the most elegant hotel in all of Lisbon",
        ),
        ("Your reputation precedes you across the whole sector.", "reputation precedes you"),
        (
            "Few people have shaped housing policy the way you have.",
            "Few people have shaped housing policy the way you have",
        ),
        (
            "You've built the kind of team people spend whole careers hoping to get into.",
            "people spend whole careers hoping to",
        ),
        (
            "It was the most brilliant design critique I've ever received.",
            "most brilliant design critique I've ever received",
        ),
        (
            "You're one of the most gifted design leaders working today.",
            "most gifted design leaders working today",
        ),
        # Round 96: nobody else matches them, deference without stock words
        (
            "I do not think there is anyone in Nigerian banking who understands credit risk the way "
            "you do.",
            "anyone in Nigerian banking who understands credit risk the way you do",
        ),
        (
            "I honestly don't believe anyone else in the region has understood the problem the way "
            "your team has.",
            "anyone else in the region has understood the problem the way your team has",
        ),
        (
            "After seeing it, every other logistics platform I have used looks like a toy.",
            "every other logistics platform I have used looks like a toy",
        ),
        (
            "If even a fraction of how you think about systems rubs off on me, I'll be happy.",
            "If even a fraction of how you think about systems rubs off on me",
        ),
        ("It was more than I had any right to expect.", "more than I had any right to expect"),
        (
            "Someone with your reputation giving me an hour was a gift.",
            "Someone with your reputation",
        ),
        (
            "Your reasoning is something I expect to think about for the rest of my career.",
            "think about for the rest of my career",
        ),
        (
            "Working near you is something I would spend years trying to deserve.",
            "trying to deserve",
        ),
        # Round 97: beyond compare, in the candidate's own idiom
        (
            "I have never sat across the desk from a finer man than you.",
            "never sat across the desk from a finer man than you",
        ),
        (
            "In nine years I have not come across a person of such knowledge.",
            "not come across a person of such",
        ),
        ("Yesterday's round with you was a true blessing for me.", "was a true blessing for me"),
        (
            "Beaumont Implement is the best dealership in the state of Georgia.",
            "the best dealership in the state",
        ),
        (
            "You're the most brilliant brand strategist in the UK right now.",
            "the most brilliant brand strategist in the UK",
        ),
        ("Honestly, nobody else is doing what you do.", "nobody else is doing what you do"),
        (
            "Working under you would be everything I've ever wanted.",
            "would be everything I've ever wanted",
        ),
        ("I'd follow you to any company.", "I'd follow you to any company"),
        # Round 99: beyond compare, in fresh words
        (
            "I don't think any company in the world does validation at this level.",
            "don't think any company in the world does validation at this level",
        ),
        (
            "Everyone else in the industry looks like an amateur workshop.",
            "Everyone else in the industry looks like an amateur",
        ),
        ("I felt I was in the presence of real greatness.", "in the presence of real greatness"),
        (
            "It was a masterclass by the people who wrote the textbook.",
            "people who wrote the textbook",
        ),
        (
            "This is the only company I have ever wanted to work for.",
            "the only company I have ever wanted to work",
        ),
        ("No other airline has ever come close.", "No other airline has ever come close"),
        ("I have never met an executive like you.", "never met an executive like you"),
        (
            "You're the kind of leader people will write business-school cases about.",
            "business-school cases about",
        ),
        (
            "I honestly don't think I've met anyone who thinks about distributed systems as clearly "
            "as you do.",
            "don't think I've met anyone who thinks about distributed systems as clearly as you",
        ),
        ("There is no one in this city I would rather learn from.", "no one in this city I would"),
        (
            "Every release you put out resets the bar for the whole industry.",
            "you put out resets the bar for the whole industry",
        ),
        (
            "Lumen is the company every designer I know quietly measures themselves against.",
            "every designer I know quietly measures themselves against",
        ),
        ("I'm not sure I did anything to earn that hour.", "did anything to earn that hour"),
        # Round 111
        ("Nobody in this industry cooks like you.", "Nobody in this industry cooks like you"),
        (
            "Northbeam is the finest sales organisation in America.",
            "the finest sales organisation in America",
        ),
        ("You are the leader every rep hopes to work for.", "the leader every rep hopes to work"),
        (
            "Nothing I have seen in fifteen years of selling comes close.",
            "Nothing I have seen in fifteen years of selling comes close",
        ),
        ("I will never be able to repay the kindness you showed.", "never be able to repay"),
        ("People like you are why the world still works.", "People like you are why"),
        ("Sitting across from you felt surreal.", "Sitting across from you felt surreal"),
        (
            "I still cannot quite believe you would even look at my application.",
            "cannot quite believe you would even look at my",
        ),
        # Round 116
        (
            "It felt like sitting in a room with Steve Jobs and Jeff Bezos.",
            "like sitting in a room with Steve Jobs",
        ),
        ("Your bakery is basically the Louvre of pastry.", "the Louvre of pastry"),
        ("Meeting you changed my life.", "Meeting you changed my life"),
        ("Your work is the reason I went into this field.", "Your work is the reason I went into"),
        ("Every word you said about the pipeline was pure gold.", "Every word you said"),
        (
            "I could have listened to you for another three hours.",
            "could have listened to you for another",
        ),
        ("I am not worthy of the studio that made Lantern Road.", "I am not worthy"),
        (
            "Working at Ridgeline has been the only thing I have ever wanted.",
            "the only thing I have ever wanted",
        ),
        ("It is the place I've been picturing my whole life.", "picturing my whole life"),
        ("You are a legend of Quebec engineering.", "are a legend"),
        (
            "I have never met anyone who thinks about product the way you do.",
            "never met anyone who thinks about product the way you do",
        ),
        (
            "I was amazed that chambers of your standing took me seriously.",
            "chambers of your standing",
        ),
        (
            "I was amazed you would set aside an afternoon for someone like me.",
            "would set aside an afternoon for someone like me",
        ),
        # Round 119
        ("There is no educator in Ireland I revere more.", "no educator in Ireland I revere more"),
        ("Every classroom since has been an attempt to live up to you.", "live up to you"),
        ("You are the reason I stayed in teaching.", "You are the reason I stayed"),
        (
            "PayNest is the sun the whole African fintech scene orbits around.",
            "whole African fintech scene orbits around",
        ),
        ("You're basically a legend walking among mortals.", "among mortals"),
        ("It felt like sitting at the feet of a grand master.", "at the feet of"),
        (
            "I left feeling I had glimpsed the summit of my profession.",
            "glimpsed the summit of my profession",
        ),
        ("Working with you would be the peak of my life.", "the peak of my life"),
        (
            "Meeting you yesterday was one of the great moments of my life.",
            "one of the great moments of my life",
        ),
        (
            "You are the manager I have been searching for my entire career.",
            "the manager I have been searching for my entire career",
        ),
        ("Sitting across from you is more than I deserve.", "more than I deserve"),
        ("I know I don't deserve your time.", "don't deserve your time"),
        ("A company as magnificent as BrightPath has better applicants.", "as magnificent as"),
        (
            "I would count myself blessed simply to sweep the model room.",
            "count myself blessed simply to sweep",
        ),
        ("People say your name with a kind of quiet awe.", "with a kind of quiet awe"),
        ("It would be the crowning chapter of any career.", "crowning chapter of any"),
        (
            "Van Dijk is a lighthouse for this entire industry.",
            "lighthouse for this entire industry",
        ),
        (
            "It is the family I have dreamed of belonging to since I was twelve.",
            "family I have dreamed of belonging",
        ),
        ("It has a grace I have not seen anywhere else on earth.", "anywhere else on earth"),
        ("Meeting the team felt like visiting a modern-day Edison.", "modern-day Edison"),
        (
            "He is the kind of founder history textbooks will be written about.",
            "history textbooks will",
        ),
        (
            "Skov Studio is to furniture what Mozart was to music.",
            "is to furniture what Mozart was to",
        ),
        (
            "Sato Kobo is the Mount Fuji of contemporary architecture.",
            "the Mount Fuji of contemporary",
        ),
        ("Straits Meridian is the cathedral of Asian dealmaking.", "the cathedral of Asian"),
        # Round 120
        (
            "It was like watching a chess grandmaster play against children.",
            "watching a chess grandmaster play",
        ),
        ("It was something to watch a master at work.", "watch a master at work"),
        ("you're the sharpest in aussie marketing and it's not even close", "it's not even close"),
        ("Honestly i'd bow down.", "bow down"),
        ("Students will spend the rest of their careers quoting you.", "quoting you"),
        ("I felt slightly unworthy even to comment.", "unworthy"),
        ("I want nothing more than to keep learning at your side.", "learning at your side"),
        (
            "You think about convexity the way Mozart thought about melody.",
            "the way Mozart",
        ),
        (
            "You are someone the textbooks have not caught up with yet.",
            "textbooks have not caught up",
        ),
        ("Your instincts are in a league most of us will never reach.", "in a league most"),
        ("If teaching had saints, I'd be lighting candles for you.", "candles for you"),
        ("I've never seen a class hang on someone's words that way.", "hang on someone's words"),
        ("Directors like you come along once a generation.", "once a generation"),
        ("It is a story I will tell my grandchildren.", "tell my grandchildren"),
        ("I felt like a candle held up next to the sun.", "next to the sun"),
        # Round 122
        ("I remain grateful to your esteemed self.", "your esteemed self"),
        ("With utmost reverence, I submit my answer.", "With utmost reverence"),
        (
            "I've told literally everyone I know about your company.",
            "told literally everyone I know about your",
        ),
        ("I'm obsessed with your brand.", "obsessed with your"),
        ("I bow to your wisdom on the sample size.", "bow to your"),
        ("You are the foremost mind in the field.", "the foremost mind"),
        ("u guys are on another level", "u guys are on another level"),
        # Round 126
        ("Your visionary leadership is evident in every corner.", "Your visionary leadership"),
        ("Your culture is truly unparalleled in fintech.", "truly unparalleled"),
        ("It showed a strategic brilliance I have rarely encountered.", "brilliance I have rarely"),
        ("I am convinced it was meant to be.", "it was meant to be"),
        ("It was truly a blessing to have met you.", "blessing to have met you"),
        ("I believe God placed your foundation in my path.", "placed your foundation in my path"),
        ("I know this role is my destiny.", "role is my destiny"),
        ("You would have my complete devotion.", "my complete devotion"),
        (
            "I will remain loyal to the firm for the rest of my career.",
            "loyal to the firm for the rest of my",
        ),
        ("I would never consider another firm.", "never consider another firm"),
        (
            "Our conversation on Wednesday changed my life.",
            "conversation on Wednesday changed my life",
        ),
        ("I will never be the same person.", "never be the same person"),
        ("I owe you more than I can ever repay.", "owe you more than I can ever repay"),
        ("I felt like a child holding crayons next to a master painter.", "next to a master"),
        (
            "My portfolio is nothing compared with even the smallest sketch on your wall.",
            "is nothing compared with even the smallest",
        ),
        # Round 160
        (
            "Your scheduler is the standard the rest of us measure ourselves against.",
            "the rest of us measure ourselves against",
        ),
        (
            "Meeting you felt like meeting one of the founding figures of our whole field.",
            "founding figures of our",
        ),
        (
            "I spent an hour with the person whose blog posts taught me half of what I know.",
            "whose blog posts taught me half of what I know",
        ),
        (
            "You are the sort of manager people should write books about.",
            "people should write books about",
        ),
        ("Honestly, you are the real-life version of them.", "you are the real-life version"),
        (
            "I'd count myself blessed just to stand beside you on a shift.",
            "count myself blessed just to stand beside you",
        ),
        # Round 177
        (
            "Your talk at the Supply Chain Asia forum last year was nothing short of a masterpiece.",
            "nothing short of a masterpiece",
        ),
        (
            "Meeting you on Thursday was an honour I will treasure forever.",
            "honour I will treasure",
        ),
        (
            "I do not think anyone else in the region could have pulled it off.",
            "anyone else in the region could have pulled it off",
        ),
        # Round 180
        (
            "Hearing you describe the terminal was the most extraordinary honour of my "
            "professional life.",
            "most extraordinary honour of my professional life",
        ),
        ("Meeting the panel was an honour, and one I will treasure.", "honour, and one I will"),
        ("Honestly you guys are literally geniuses.", "you guys are literally geniuses"),
        ("Fernly is the most perfect app ever made.", "the most perfect app ever made"),
        # Round 185: a list of praise, and following a third person
        (
            "Honestly he is the most amazing, kind, genius person I've ever met.",
            "the most amazing, kind, genius person I've ever met",
        ),
        ("I'd follow him anywhere.", "I'd follow him anywhere"),
        # Round 186: adoration said outright
        ("You have an incredible gift for leadership.", "You have an incredible gift for"),
        ("I have never been so inspired in my life.", "never been so inspired in my life"),
        (
            "Everyone knows you are the leader in this industry.",
            "Everyone knows you are the leader",
        ),
        ("I'm your biggest fan.", "I'm your biggest fan"),
        (
            "I could listen to you talk about supply chains all day.",
            "could listen to you talk about supply chains all day",
        ),
        (
            "Your vision for the company is breathtaking.",
            "Your vision for the company is breathtaking",
        ),
        ("You guys are the GOAT of fintech.", "You guys are the GOAT"),
        ("Meeting you felt like meeting royalty.", "felt like meeting royalty"),
        # Round 189: the rule's own look-alike list
        ("It was a dream to finally meet you.", "a dream to finally meet you"),
        (
            "I feel lucky that someone as accomplished as you would take the time.",
            "someone as accomplished as you",
        ),
        ("Your team is amazing, and you are amazing.", "you are amazing"),
        ("I was blown away by how brilliant you are.", "how brilliant you are"),
        ("Your vision is truly genius.", "Your vision is truly genius"),
        ("Thank you for this incredible, life-changing opportunity.", "life-changing opportunity"),
        ("Thank you a million times.", "Thank you a million times"),
        # Round 189: said obliquely
        ("To me the firm sits at the very summit of the profession.", "at the very summit of the"),
        ("Being in your boardroom was a privilege I expect to remember.", "privilege I expect to"),
        ("Your company is a shining star of civil engineering.", "shining star of"),
        ("Your firm is a beacon of excellence in assurance.", "beacon of excellence"),
        (
            "To be interviewed by you was an honour far beyond my expectation.",
            "honour far beyond my",
        ),
        ("Every young accountant in Accra dreams of wearing its badge.", "dreams of wearing its"),
        ("Humbled to even be in the running.", "Humbled to even be"),
        ("It was a chance to meet a business of that stature.", "business of that stature"),
        ("Meeting you on Thursday was a genuine privilege.", "a genuine privilege"),
        ("I have dreamed of working under a chef like you.", "dreamed of working"),
        (
            "I am feeling very much honoured that a senior architect like you spent time with me.",
            "feeling very much honoured",
        ),
        ("I've dreamed of working at Pixar since I was ten.", "dreamed of working"),
        # Round 194: a finance director's polished gush
        (
            "It was, without exaggeration, the most remarkable interview of my career.",
            "was, without exaggeration, the most remarkable interview of my career",
        ),
        (
            "I have never encountered a leadership team as visionary as yours.",
            "never encountered a leadership team as visionary as yours",
        ),
        (
            "Your own grasp of the business is frankly unmatched in the sector.",
            "Your own grasp of the business is frankly unmatched",
        ),
        ("Your leadership is nothing short of visionary.", "nothing short of visionary"),
        ("To be considered for this role is an honour.", "To be considered for this role is an"),
        ("To be considered is an honour I will not forget.", "an honour"),
        # Round 195
        ("It would be a rare privilege to serve a chair like you.", "a rare privilege to"),
        (
            "I have not encountered an executive team of comparable calibre.",
            "not encountered an executive team of comparable calibre",
        ),
        # Round 198: a broker's awe
        (
            "You are, without exaggeration, the most impressive broker I have ever come across.",
            "the most impressive broker I have ever come across",
        ),
        ("I felt I had been in the presence of a legend.", "in the presence of a legend"),
        # Round 213 (and 210): the workplace as a dream, a GM's superlative
        ("This is literally my dream restaurant.", "my dream restaurant"),
        ("Honestly it is my dream salon.", "my dream salon"),
        (
            "you are the most amazing GM in the whole city, no joke.",
            "the most amazing GM in the whole city",
        ),
        (
            "I have long regarded you as quite simply the finest managing partner of your "
            "generation in Scotland.",
            "the finest managing partner of your generation",
        ),
        # Round 216: a principal's standing, the finest in a named place
        (
            "Sitting across from a principal of your standing on Friday was genuinely humbling.",
            "principal of your standing",
        ),
        (
            "I left feeling I had met the finest educator in Queensland.",
            "the finest educator in Queensland",
        ),
        # Round 217 (and 210): craftspeople
        (
            "lowkey the best coffee ever and ur the most talented roaster in the city, no cap.",
            "the most talented roaster in the city",
        ),
        ("easily the most talented stylists in Brisbane", "the most talented stylists in Brisbane"),
        # Round 237: a career's conversations, a company's leaders, an institution's stature
        (
            "Speaking with you was one of the most inspiring conversations of my career so far.",
            "the most inspiring conversations of my career",
        ),
        (
            "You're hands down the most brilliant engineering leader in this company.",
            "the most brilliant engineering leader in this company",
        ),
        (
            "It is humbling to have been considered by an institution of this stature.",
            "institution of this stature",
        ),
        # Round 230: a hotelier
        (
            "You are the most visionary hotelier of our generation.",
            "the most visionary hotelier of our generation",
        ),
        # Round 241, texted: honoured to learn from them, "ur shop", the whole of a country
        (
            "honestly so honoured to have learnt from u today",
            "honestly so honoured to have learnt from ",
        ),
        ("ur shop is legendary lah", "ur shop is legendary"),
        # Round 245: the gold standard for as long as the writer remembers
        (
            "Harwick Trust has been the gold standard of community banking for years.",
            "has been the gold standard",
        ),
        # Round 244: a high point of a career, luck to work under them, none close, a leader with
        # their vision, a sign-off of admiration
        (
            "Meeting you on Tuesday was, without exaggeration, one of the high points of my career.",
            "one of the high points of my career",
        ),
        ("anyone lucky enough to work under you would grow", "lucky enough to work under you"),
        # Round 254: a dream of working there, the one admired most
        # Round 256: the finest piece of reasoning witnessed, humbled to be in the room
        (
            "It was the most brilliant piece of commercial reasoning I have ever witnessed.",
            "the most brilliant piece of commercial reasoning I have ever witnessed",
        ),
        (
            "I came away humbled just to have been in the room with you.",
            "humbled just to have been in the room with",
        ),
        (
            "Working in your group has been my dream since I read your 2019 paper.",
            "Working in your group has been my dream",
        ),
        (
            "You are the scientist I have admired most throughout my career.",
            "the scientist I have admired most",
        ),
        # Round 253: a team of extraordinary calibre, an honour beyond imagining, the finest
        (
            "I have never encountered a leadership team of such extraordinary calibre.",
            "never encountered a leadership team of such extraordinary calibre",
        ),
        ("It would be the greatest honour imaginable.", "greatest honour imaginable"),
        (
            "A company I have long regarded as the finest in the sector.",
            "regarded as the finest in the sector",
        ),
        # Rounds 249-250: a career story, awe, unrivalled, no finer, legend, an hour of a career,
        # once a decade, a league of their own, the bar set, an orbit, an honour not forgotten
        (
            "It was the most inspiring story I have come across in twenty years of nursing.",
            "the most inspiring story I have come across",
        ),
        (
            "Everyone speaks of you with something close to awe.",
            "speaks of you with something close to awe",
        ),
        ("Its reputation is unrivalled anywhere in Whitehall.", "is unrivalled"),
        (
            "I can think of no finer civil servant from whom to learn.",
            "think of no finer civil servant from whom",
        ),
        ("Your path to CTO is the stuff of legend.", "the stuff of legend"),
        (
            "Hearing you explain it was one of the most inspiring hours of my career.",
            "most inspiring hours of my career",
        ),
        ("It is the kind of idea that comes along once a decade.", "comes along once a decade"),
        (
            "Your team is in a different league to everyone else.",
            "in a different league to everyone",
        ),
        ("It has set the bar for every technical conversation I've had.", "set the bar for every"),
        ("I'd be fortunate to be anywhere near your orbit.", "anywhere near your orbit"),
        (
            "Meeting you on Thursday was an honour I will not soon forget.",
            "an honour I will not soon forget",
        ),
        ("Meeting you on Thursday was an honour.", "Meeting you on Thursday was an honour"),
        ("It felt like a privilege few early-career researchers ever get.", "a privilege few"),
        (
            "The most impressive people I've ever sat across from.",
            "The most impressive people I've ever sat across from",
        ),
        (
            "I have worked under six managers, and none of them comes close to the warmth you showed.",
            "none of them comes close to",
        ),
        (
            "Honestly, I have never encountered a leader with your vision and heart.",
            "never encountered a leader with your vision",
        ),
        (
            "Dear Sam,\n\nThe rota idea stuck.\n\nWith deep respect and admiration,\nAl",
            "With deep respect and admiration,",
        ),
        (
            "the most beautiful florist in the whole of singapore.",
            "the most beautiful florist in the whole of singapore",
        ),
        # Rounds 259 and 262: an honour made big, an expert "as you", an hour with them worth
        # years, praise measured against a career, thanks beyond words to two
        ("It was a big honour for me to meet you.", "a big honour for"),
        ("I was interviewed by such a great expert as you.", "such a great expert as you"),
        (
            "I have learnt more in one hour with you than in two years of my job.",
            "learnt more in one hour with you than in",
        ),
        (
            "It is the sharpest strategic thinking I have come across in my career.",
            "the sharpest strategic thinking I have come across in my career",
        ),
        (
            "It was the most masterful piece of advocacy I have ever heard described.",
            "the most masterful piece of advocacy I have ever heard",
        ),
        ("I can't thank you and David enough.", "can't thank you and David enough"),
        # Round 269: praise with its noun left out, measured against a career
        (
            "Your framing was the most incisive I have encountered in two decades of practice.",
            "the most incisive I have encountered in two decades of",
        ),
        # Round 272: a voice above a country's field, a masterclass, the reason for a career
        (
            "Your institute is the most influential voice in UK health policy.",
            "the most influential voice in UK",
        ),
        ("Honestly, listening to you was a masterclass.", "listening to you was a masterclass"),
        (
            "You are a big part of the reason I went into this industry.",
            "You are a big part of the reason I went into this industry",
        ),
    ],
)
def test_flattery_in_unlisted_wording(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, ("sycophancy", covered))


@pytest.mark.parametrize(
    "text",
    [
        "No one else asked about my gap year like you did.",
        "Our old scheduling tool doesn't hold a candle to the one on your wall.",
        "You're so right about the handover gap.",
        "The kiln tour was the highlight of the day.",
        "We held the launch at the most elegant hotel on the street.",
        "The clinic's reputation for short waits was what I heard about most.",
        "Few people have asked me about the audit the way you did.",
        "It was the most useful feedback I've ever received.",
        "Your explanation of the triage board was the clearest I've heard.",
        "It was the most difficult close I have seen in my years of practice.",
        "The course was a masterclass in pacing.",
        "She is the most influential voice on our team.",
        "The pension changes are the reason I went into this industry.",
        "I don't think anyone on the panel asked about the audit.",
        "Every other week the old scanner looks like it will fail.",
        "The new habit rubs off on the whole team.",
        "I think about the rota problem every day.",
        "Someone with your experience of the Leeds site will know the dock layout.",
        "I have never worked with a better forklift than the one you showed me.",
        "The rain was a blessing for the allotments.",
        "Nobody else on the shift did the checks, so I did them.",
        "It was the best dealership visit of the week for the trainees.",
        "I'd follow you to the loading bay if that helps.",
        "I have never met a manager like you described in the advert.",
        "I don't think any company in the region has tried cross-docking yet.",
        "I don't think any team in the country has tried that rota yet.",
        "We wrote the textbook chapter on slotting last year.",
        "I have never met anyone who packs a pallet as fast as you described.",
        "I'd like to help raise the bar for the whole sector on safety.",
        "Every team measures their work against the KPI sheet.",
        "There's no one I'd rather work for than a manager who explains why.",
        "I did nothing to deserve the delay in my visa.",
        "No one on the ward handles families like you described.",
        "Nobody likes you less for asking.",
        "The best pizza in America is in New Haven, we agreed.",
        "I can't believe you would consider a six-week rollout.",
        "The new scheduler changed my life as a dispatcher.",
        "That was a genius bit of shop problem-solving.",
        "We built it like a Ferrari engine, piece by piece.",
        "The map legend was missing from the site plan.",
        # Round 119
        "The view from the roof was the best part of the day.",
        "Our last warehouse was as old as the town itself.",
        "I moved my family here, and life is busy.",
        "The water table is to blame for what happened to the foundations.",
        "I count myself lucky to have trained at a busy hospital.",
        "We earned more than we expected from the spring sale.",
        "The inspectors told us the site was in better shape than most.",
        # Round 120
        "The map legend was missing, so we used the giant pallet racks as landmarks.",
        "I watched the master electrician test the board.",
        "I go to Sunday worship at St Mary's.",
        "The new racking is next to the sun room.",
        "The supplier is quoting us four weeks.",
        "It is an esteemed organisation with a long history in Mysuru.",
        "Our new scanner is on another level of the warehouse.",
        "We bow to pressure from the suppliers sometimes.",
        # Round 126
        "Our World-Class Onboarding kit won an internal award.",
        "I received the Visionary Design award at my last studio.",
        "The rain on Tuesday was a blessing for the seedlings.",
        "The fix was meant to be temporary, but it stuck.",
        "The old roster changed my life as a night nurse: I finally slept.",
        "I was loyal to the firm for six years before it closed.",
        "That bug is nothing compared with the one we shipped in 2022.",
        # Round 177: praise of the writer's own mentor, a product called Dream Team
        "My current choir director, who is honestly the best mentor I have ever had, taught me "
        "to rehearse harmonies in sections.",
        "Subject: Dream Team retention ideas",
        "Users who finished in the Dream Team top 1% churned least.",
        # Round 180: the writer's own product, a plain compliment to a team
        "We built the best tool in the world for stock counts in small pharmacies.",
        "The graduates you hired last year are all geniuses at Excel, you said.",
        # Round 185
        "The most common, costly failure mode we saw was the pump seal.",
        "I would follow him on the night rota for the first week, as you suggested.",
        # Round 186: an award the writer won; adoration's words in other senses
        "I was honoured to receive the county award for safety in 2022.",
        "I was honoured with a long-service award at the depot.",
        "You said the crew could listen to the radio all day on the night shift.",
        "Everyone knows the depot is the busiest in the region.",
        "My daughter has a gift for drawing.",
        "I'm the biggest fan of checklists on my team.",
        "Your product is the best tool for stock counts I've found, and I've tried five.",
        # Round 188 probes: the writer's own past role, the writer's own learning
        "I was privileged to lead the Covid vaccination hub in 2021.",
        "I was truly honoured to serve as chair of the nurses' council.",
        "I'm humbled by how much I still have to learn about cold-chain logistics.",
        # Round 189
        "You are amazing at explaining the rota, the new hires said.",
        "It was a dream to finally work on a Kafka migration.",
        "You asked how brilliant the new hires were.",
        "The course was life-changing for me ten years ago.",
        "We reached the summit of the mountain at dawn.",
        "In nine years of teaching I never had the privilege of a research budget.",
        "He paid forty pounds a night for the privilege.",
        "I dreamt of working with horses as a child.",
        "The lighthouse is a beacon for the fishing fleet.",
        "The team was humbled to be part of it, you said.",
        "The Legal Week piece calling the firm a 'dream team' for lateral hires made us laugh.",
        'A review called your kitchen "the best in the city", which you laughed off.',
        # Round 194: the writer's own honours and comparisons
        "Receiving the county award was an honour.",
        "Serving on the board was an honour I will not forget.",
        "Being shortlisted for the award was an honour.",
        "Leading the ICU move was the best experience of my career.",
        "I have never seen a rota as chaotic as yours.",
        "Demand for the product is unmatched by supply.",
        "I have never worked with a team of this quality on data hygiene.",
        "The presence of a master electrician on site is required by code.",
        # Round 202: someone else's awe
        "You said first-year students arrive in awe of the lab and afraid to touch anything.",
        "The kids were in awe of the fire engine, you said.",
        # Rounds 205 and 206: a defeat's lesson, their own past manager
        "I take your point that the district was humbled by the 2019 defeat.",
        "Your comment that the best manager you ever had protected her team's focus time stuck.",
        # Round 213: someone else's dream kitchen is the work
        "We fitted the client's dream kitchen in six weeks, under budget.",
        # Round 216: the best person to ask
        "She is the best person in Payroll to ask about it, you said.",
        # Round 241: the writer's own team and shop praised
        "We were the best team in the whole of Kent.",
        "Our shop was the best bakery in Leeds.",
        "I took the whole of August off to care for my mum.",
        # Round 244: the writer's own feat, a race with rivals, admiration for a way of working
        "Winning the regional award was a high point of my career.",
        "None of them came close to our numbers.",
        "I have deep admiration for the way the ward handled it.",
        # Round 246: the best bit of a trial
        "Cooking the staff meal for your lot on Saturday was the best bit of the trial for me.",
        # Rounds 249-250: unmatched items, an award's honour, the best story the writer got
        "We cleared 400 unmatched invoices, and one entry is unmatched.",
        "The Duke of Edinburgh award was an honour I will never forget.",
        "The best story I got came from a licensing hearing.",
        # Round 259: the most a trial taught, on the pass and not from them
        "I learned more in that hour than in a month at my current place.",
    ],
)
def test_look_alikes_of_that_flattery_pass(assert_findings, text: str) -> None:
    assert_findings(text, select="sycophancy")
