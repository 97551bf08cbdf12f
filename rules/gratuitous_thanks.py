"""Stock thanks for the interviewer's time, the opportunity, the meeting or the consideration.

*Why*: the interviewer did you no favour by meeting you; it was their job, and
the meeting served them as much as you. "Thank you for your time" and "thank
you for the opportunity to interview" are filler every candidate writes, and
they push the part that matters (what you discussed, why you want the role)
further down. So is the same thanks as an apology ("sorry for taking up so much
of your afternoon") or in another language's set phrase ("Muchas gracias por su
tiempo", "Vielen Dank für Ihre Zeit"), or added after thanks for something
specific ("thanks for the walk-through with Luis and for the opportunity!").
When and which meeting it was names nothing said in it ("for meeting with me on
Wednesday for the second round"), and thanks for a chance given is thanks for
the opportunity whatever the chance was at ("for giving me a shot at the
forklift assessment"), unless it was hands-on ("the chance to examine the
waistcoat"). Checked in the subject, body, sign-off line and P.S.

Thanks tied to something specific that was said or done is fine ("thanks for
walking me through the on-call rotation"), and so is a bare "Thanks," or
"Thanks again," sign-off, and so is a wish ("I would be grateful for the chance
to lead the audit") and thanks to a go-between for a booking with someone else
("thanks for squeezing me into his diary").

*Options*: none.

*Bad*: ``Thank you for taking the time to meet with me yesterday.``
``I appreciate you considering me for the Data Analyst position.``
``Thanks again for your time,``

*Good*: ``Thanks for walking me through the on-call rotation; the paging
rules you described are close to what I ran at Globex.``
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from string import ascii_lowercase
from typing import NamedTuple

from notelint.model import Fix, Problem, Severity
from notelint.note import Note, Section, quoted
from notelint.rule import NoOptions, Rule
from notelint.rules.lexicon import specific_words
from notelint.rules.names import TITLE_PATTERN
from notelint.rules.scan import lower_is_faithful
from notelint.rules.spelling import APPRECIATE_STEMS, either, tolerant

_ADVERBS = (
    r"(?:\s+(?:so+|very)\s+much|\s+a\s+(?:lot|million|bunch|ton)|\s+(?:once\s+)?again"
    r"|\s+once\s+more|\s+kindly|\s+sincerely|\s+truly|\s+again\s+so\s+much|\s+ever\s+so\s+much"
    r"|\s+(?:most|very)\s+(?:sincerely|kindly|warmly|humbly|gratefully|heartily)|\s+heaps|\s+loads"
    r"|\s+ever\s+so|\s+sm(?=\s)|\s+po"
    # "Thank you, not only for the interview on Thursday, but", "Thank you, belatedly, for"
    r"|\s+enough|,?\s+not\s+only|,\s+[a-z]+ly,"
    # round 206: "Thank you, and please pass my thanks to Andrew and the rest of the board, for"
    r"|,\s+and\s+please\s+(?:pass|convey|extend|give)\s+(?:on\s+)?my\s+thanks\s+to\s+[^,.;!?\n]{1,60},)*"
    # "Thank you, and I say this knowing how full your calendar is, for your time"
    r"(?:,\s+and\s+i\s+[^,.;!?]{3,100},)?"
    # "thank you – and Daniel too, who joined us halfway through – for the time"
    r"(?:\s+[–—-]\s+[^–—.;!?\n]{3,100}?\s+[–—-])?"
)
_WHO = (
    # (round 213: "Please pass my thanks on to the panel for their time")
    # (round 235: "grateful to all four of you for carving an afternoon out")
    r"(?:\s+(?:(?:on\s+)?to\s+)?(?:you|everyone|all\s+(?:(?:two|three|four|five|six)\s+)?of\s+you|you\s+all"
    r"|you\s+both|both\s+of\s+you|(?:two|three|four|five|six)\s+of\s+you"
    r"|him|her|them"  # round 237, to a recruiter: "I'm grateful to him for giving up his morning"
    r"|(?:you\s+and\s+)?the\s+(?:whole\s+|entire\s+)?(?:[\w-]+\s+)?(?:team|panel|committee|board)"
    # "thank you and the members of your lab for the visit"
    # (round 242: "my profound gratitude to you and the distinguished members of the panel")
    r"|(?:you\s+and\s+)?the\s+(?:other\s+|distinguished\s+|esteemed\s+|respected\s+)?members\s+of\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:team|panel"
    r"|committee|board|lab|department|group|staff)"
    # "thank you and Dana for", "thank you and Mr. Hale for" (it runs on lower-cased text)
    r"|you\s+and\s+(?:to\s+)?(?:(?:mr|mrs|ms|mx|dr|prof)\.?\s+)?(?!(?:sorry|apologies|welcome|goodbye|bye)\b)"
    r"[a-z]+|you\s+and\s+\[[^\]\n]{1,40}\]|each\s+of\s+you"  # "you and [Interviewer 2 name]"
    r"|y['’]?all|u|ya"
    # round 205: "Kindly convey my heartfelt thanks to Mr. Fernandes for his valuable time"
    r"|(?:mr|mrs|ms|mx|dr|prof)\.?\s+[a-z]+)(?:\s+po)?)?"  # "Thank you po for" (the Filipino politeness particle)
)
_TRIGGER = re.compile(
    rf"""(?<![\w-])(?:
      (?:(?:thank|thnak|tahnk|thnk)(?:s|-you|you|ing)?{_WHO}|thx{_WHO}|thanx{_WHO}|thnx{_WHO}|tnx{_WHO}|tysm|tyvm|tq{_WHO}|(?<![^\n.!?\s])(?<!\w\s)ta{_WHO}|cheers
        |(?:grazie(?:\s+mille)?|merci(?:\s+beaucoup)?|gracias|obrigad[oa]|danke(?:\s+sch[öo]n)?|asante(?:\s+sana)?
        |shukran|arigato){_WHO}|(?:many|sincere|sincerest|heartfelt|warm|warmest|special|big|huge
        |my|our|renewed|deepest|humble|a\s+(?:big|huge|quick))\s+thanks{_WHO}){_ADVERBS}\s+for\s+
    | (?:gratitude|appreciation){_WHO}\s+for\s+
    | (?:grateful|thankful|appreciative){_WHO}\s+(?:for\s+|to\s+have\s+(?:had\s+|been\s+(?:given|offered|granted)\s+)?
      |to\s+be\s+(?:given|offered|granted)\s+)
    | obliged{_WHO}\s+for\s+  # "much obliged to you for giving up your afternoon"
    | (?:grateful|thankful|appreciative)\s+(?:i|we)\s+(?:am|are|was|were|feel|felt)\s+for\s+  # "how grateful i am for"
    | (?:grateful|thankful|appreciative)\s+(?:that\s+)?(?=you\s)
    | {either(*APPRECIATE_STEMS)}(?:e|ed|es|ing)(?:\s+(?:so|very)\s+much)?\s+
      (?:(?:you|u|you\s+all|y['’]all)\s+(?:(?:so|very)\s+much\s+)?for\s+)?  # "appreciate you for"
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LEAD = (
    r"^(?:(?:all|of|the|this|that|your|ur|you['’]re|a|an|our|such|you|u|me|both|two|three|four|five)\s+"
    r"|[\w-]+ly\s+"
    r"|(?:giving|offering|granting|extending|affording)\s+(?:me|us)\s+"
    # "yesterday's conversation", "Tuesday's interview"
    r"|(?:yesterday|today|\w+day)['’]s\s+"
    # "I sincerely appreciate you and the panel taking the time"
    r"|and\s+(?:the\s+)?(?:[\w-]+\s+)?(?:panel|team|committee|board|group)\s+"
    # "I really appreciate you and Marisol carving out an hour"
    r"|and\s+[\w'’-]+\s+(?=(?:taking|setting|making|carving|finding|giving|spending|sparing)\s)"
    # "I appreciate the panel setting aside the time to meet with me"
    r"|(?:panel|team|committee|board|group)\s+(?=(?:taking|setting|making|carving|finding|giving|spending)\s))*"
)
_ADJ = (
    r"(?:great|wonderful|lovely|nice|pleasant|productive|informative|insightful|enjoyable|engaging"
    r"|interesting|fantastic|excellent|warm|kind|generous|thoughtful|helpful|valuable|precious"
    r"|amazing|awesome|fun|positive|fruitful|encouraging|delightful|exciting|brief|quick|busy"
    r"|recent|earlier|first|second|final|initial|phone|telephonic|telephone|video|virtual|in-person|onsite|on-site"
    r"|zoom|teams|chance|welcoming|friendly|open|candid|detailed|whole|panel|group|formal|technical)"
)
_TIME = re.compile(
    _LEAD
    # round 216: "I appreciate you giving up a whole afternoon to sit through my assessment"
    + r"(?:(?:giving\s+up|spending|setting\s+aside|sacrificing|taking\s+out)\s+"
    # round 218: "setting aside a good part of a busy Thursday afternoon to see me"
    r"(?:a\s+(?:good\s+|large\s+|big\s+)?(?:part|chunk|portion)\s+of\s+)?(?:a\s+(?:whole|full|entire|busy)\s+"
    r"|your\s+(?:whole\s+|entire\s+|busy\s+)?)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
    r"(?:afternoon|morning|evening|day|saturday|sunday|weekend"
    r"|lunch(?:\s+(?:break|hour))?)\b(?!\s+of\b)|"
    r"(?:(?:taking(?:\s+out)?|takeing|making|spending|giving(?:\s+(?:me|us|up))?|setting\s+aside|carving(?:\s+out)?"
    r"|sparing"  # round 210: "Thank you for sparing your valuable time"
    r"|finding|sharing|investing|dedicating|offering)\s+)?"
    # "giving me an hour of your time"
    r"(?:(?:an?|the|a\s+full|a\s+whole|half\s+an|over\s+an|more\s+than\s+an)\s+(?:extra\s+)?(?:hour|hours"
    r"|afternoon|morning|evening|half\s+hour)\s+of\s+)?"
    # "the considerable amount of time you devoted to me"
    # (round 247: "the generous gift of your time")
    r"(?:the\s+(?:considerable\s+|generous\s+|large\s+)?(?:amount|gift)\s+of\s+)?"
    # (round 199: "giving me some of your valuable time")
    r"(?:(?:the|some|so\s+much|your|ur|you['’]re|(?:some\s+)?of\s+your|his|her|their"
    r"|(?:the\s+)?(?:board|panel|team|committee|group)['’]s"
    r"|all\s+(?:of\s+)?(?:the|your))\s+)?(?:(?:valuable|precious|generous|busy|extra)\s+)?time\b"
    r"(?:\s+(?:you|that\s+you)\s+(?:took|spent|gave|made|set\s+aside|carved\s+out))?)",
    re.IGNORECASE,
)
_NOUN = re.compile(
    _LEAD
    + rf"(?:{_ADJ}\s+|,\s*)*(?:{either('opportunity')}|possibility|chance|invitation|privilege|pleasure"
    r"|consideration|interview|meeting|conversation|chat|call|discussion|talk|phone\s+screen"
    r"|hospitality|visit|time|courtesy|kindness|welcome|warm\s+welcome|attention|hour|patience|insights?"
    # "Thank you for the forty-five minutes on Tuesday morning"
    r"|(?:[\w-]+\s+)?(?:minutes|hours)|half[- ]hour"
    # "Thank you for a lovely afternoon"
    r"|afternoon|morning|evening"
    # round 249: "grateful for the slot in your diary last Tuesday"
    r"|shot(?=\s+at\b)"  # round 250: "Thanks for the shot at the forklift team leader job"
    r"|slot(?=\s+(?:in|on)\s+(?:your|the|his|her|their)\s+(?:diary|calendar|schedule|day|week)\b)"
    # "Thanks so much for today!!": the day is the meeting (not "today's tour of the plant")
    r"|today(?!['’])|yesterday(?!['’])|this\s+(?:morning|afternoon)(?!['’]))\b",
    re.IGNORECASE,
)
_GERUND = re.compile(
    tolerant(
        _LEAD + r"(?:meeting|speaking|talking|chatting|interviewing|sitting\s+down"
        r"|connecting(?!\s+me\s+(?:with|to)\b)"  # (not "connecting me with Luis": an introduction)
        r"|considering|having|hosting|inviting|seeing|reviewing|weighing|getting\s+to\s+know|welcoming"
        r"|receiving"  # "Thank you for receiving me yesterday" (a second language's "meeting")
        r"|(?:taking|conducting|holding)\s+(?:my|the|our)\s+interview"  # "for taking my interview"
        r"|including|being\s+considered|the\s+consideration|fitting\s+me\s+in(?:to)?|making\s+time"
        r"|hearing\s+me\s+out|taking\s+a\s+chance\s+on\s+me"
        # round 250: "entertaining my application", "indulging me"
        r"|entertaining\s+(?:my|the|this)\s+(?:application|candidacy|cv|r[eé]sum[eé])|indulging\s+me"
        r"|giving\s+up\s+(?:his|her|their|your)\s+(?:\w+\s+)?(?:morning|afternoon|evening|time|lunch|hour|day)"
        r"|giving\s+my\s+(?:application|candidacy|cv|r[eé]sum[eé])\s+a\s+(?:chance|look|shot|fair\s+hearing)"
        # "Thanks for being so generous with your time"
        r"|being\s+(?:so\s+|very\s+|incredibly\s+|extremely\s+)?generous\s+with\s+(?:your|ur)\s+time"
        # "for giving me a shot at the forklift assessment"
        rf"|giving\s+me\s+(?:the|a|this)\s+(?:\w+\s+)?(?:chance|shot|go|{either('opportunity')})"
        # "I'm grateful you carved out a full hour during quarter-end"
        # ("that you and Mr. Okoye set aside a full hour for me": a colleague beside them)
        r"|(?:that\s+)?you(?:\s+and\s+(?:(?:mr|mrs|ms|dr|prof)\.?\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
        r"(?:(?:carved(?:\s+out)?|set\s+aside|found|made|spared)\s+(?:an?|the|half\s+an?"
        r"|a\s+full|a\s+whole)\s+(?:\w+\s+)?(?:hour|afternoon|morning|evening|moment|minute|slot)(?:\s+out)?"
        r"|squeezed|fit|fitted|made\s+(?:the\s+)?time(?:\s+for)?|took\s+(?:the\s+|out\s+)?time|met\s+with"
        # round 250: "grateful you gave up part of your afternoon"
        r"|gave\s+up\s+(?:(?:part|some|most|much|half)\s+of\s+)?(?:your|the)\s+(?:\w+\s+)?(?:morning|afternoon"
        r"|evening|time|lunch|hour|day|saturday|sunday)"
        # "grateful that you spent your precious time with me"
        r"|spent\s+(?:(?:so\s+much\s+of\s+)?your\s+)?(?:(?:precious|valuable)\s+)?time"
        # "thankful that you took an hour out of your week"
        r"|took\s+(?:an?|the|half\s+an?|a\s+full|a\s+whole)\s+(?:\w+\s+)?(?:hour|afternoon|morning|evening)\s+out"
        # "grateful that you gave me so much of your afternoon"
        # ("gave me so much of your valuable time": round 194)
        # (round 199: "that you gave me some of your valuable time yesterday")
        r"|gave\s+me\s+(?:so\s+much\s+of\s+|most\s+of\s+|much\s+of\s+|some\s+of\s+)?your\s+(?:(?:valuable|precious|generous)\s+)?(?:time|afternoon|morning|evening"
        r"|day|hour)"
        r"|carved\s+out|set\s+aside|made\s+(?:room|space)|found\s+(?:the\s+)?time"
        # round 259: "grateful that you gave so much of it [the week] to meeting with me"
        r"|gave\s+(?:so\s+much|some|part|most|much|an\s+hour|a\s+morning|an\s+afternoon)\s+of\s+it\s+to\s+"
        r"(?:meeting|seeing|talking|speaking|interviewing)"
        # "that you found space in your diary to meet with me"
        r"|found\s+(?:the\s+)?(?:space|room)\s+in\s+your\s+(?:diary|schedule|calendar|day|week)"
        r"|took\s+a\s+chance\s+on|interviewed|considered"
        # round 221: "I'm grateful you gave my application a chance"
        r"|gave\s+my\s+(?:application|candidacy|cv|r[eé]sum[eé])\s+a\s+(?:chance|look|shot|fair\s+hearing)"
        rf"|(?:gave|give|giving)\s+me\s+(?:the|a|this)\s+(?:\w+\s+)?(?:chance|shot|{either('opportunity')}))\s*(?:me)?"
        # (not a go-between's booking: "for squeezing me into his diary")
        r"|squeezing\s+me\s+in(?:to)?(?!\s+(?:his|her|their|[a-z]+['’]s)\s+(?:diary|calendar|schedule)\b)|making\s+(?:room|space)(?:\s+(?:for\s+me\s+)?in\s+your\s+(?:schedule|diary|calendar|day))?"
        # round 178: "keeping my application under consideration"
        r"|keeping\s+(?:me|my\s+(?:application|candidacy|cv|r[eé]sum[eé]))\s+(?:under|in)\s+consideration"
        # "I really appreciate you and Marisol carving out an hour on Monday"
        r"|(?:carving|setting|finding|making|sparing)\s+(?:out\s+|aside\s+)?(?:an?|the|half\s+an?)\s+(?:\w+\s+)?"
        r"(?:hour|afternoon|morning|evening|slot|window|gap))\b"
    ),
    re.IGNORECASE,
)
# "I truly appreciate ..." / "We are grateful ...": the span starts at the subject.
_SUBJECT = re.compile(
    r"\b(?:(?:i|we)(?:['’]m|\s+am|\s+are|\s+was)?\s+|much\s+|most\s+)(?:\w+ly\s+|so\s+|very\s+|much\s+|most\s+)*$",
    re.IGNORECASE,
)
_OPPORTUNITY = re.compile(
    rf"\b(?:{either('opportunity')}|chance|privilege|invitation|shot)\b", re.IGNORECASE
)
_CHANCE_GIVEN = re.compile(
    rf"(?:gave|give|giving)\s+me\s+(?:the|a|this)\s+(?:\w+\s+)?(?:chance|shot|{either('opportunity')})"
    r"|(?:taking|took)\s+a\s+chance\s+on\s+me",
    re.IGNORECASE,
)
# Verbs that name a concrete act in the interview: thanks for them is specific.
_ACTS = re.compile(
    r"^(?:to\s+)?(?:(?:me|us)\s+(?=sit|observe|watch))?(?:show|showing|walk|walking|introduce|introducing|tour|touring|demo|demoing"
    r"|talk\s+me\s+through|me\s+through"  # "for talking me through the plans for the 10k events"
    r"|demonstrate|demonstrating|give\s+me\s+a\s+tour|giving\s+me\s+a\s+tour|let\s+me\s+shadow"
    r"|letting\s+me\s+shadow|shadow|loop|looping|send|sending|connect\s+me|connecting\s+me"
    # "Thank you for having me sit in on Wednesday's rehearsal"
    r"|sit\s+in|sitting\s+in|observe|observing|watch|watching"
    # news, not the meeting: "thanks for the call letting me know where things stand"
    r"|letting\s+me\s+know|to\s+let\s+me\s+know|telling\s+me|updating\s+me|keeping\s+me\s+(?:posted"
    r"|updated|informed)"
    # round 254: "having a look at my work photos" (not "a look at my application": consideration)
    r"|a\s+(?:quick\s+)?(?:look|glance|read)\s+(?:at|of|through|over)\s+(?!(?:my|the)\s+(?:application|cv"
    r"|r[eé]sum[eé]|candidacy|profile|details|e-?mail|letter)\b))\b",
    re.IGNORECASE,
)
# Where the clause after the thanks ends; only the start of the match is used.
# Every ending starts with a character of the leading class, which is taken
# first, and the branches then check (looking back at it) which ending it starts:
# a pattern that opens with a character class lets the regex engine skip to the
# candidates instead of trying every alternative at every position.
_CLAUSE_END = re.compile(
    r"""[\s.;!?\U0001F300-\U0001FAFF\u2600-\u27BF—:,]
    (?: (?<=\s)(?:\s*(?:and\s+(?:also\s+)?for\s                # " and for the tour"
                    | (?:and|but|so)\s+(?:i|we|it|this|sorry|apologies)\b  # " and we ..."
                    | (?:as|because|since|(?<!\band\s)especially|which)\s)  # " as ..." (not "and especially")
                | [—–-]\s)                                      # " - "
      | (?<=[.;!?\n\U0001F300-\U0001FAFF\u2600-\u27BF—])          # a stop, an emoji or a dash
        (?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bprof\.)(?<!\bst\.)  # not "dr. kaplan"
        (?<!\barq\.)(?<!\bing\.)(?<!\blic\.)(?<!\bdra\.)(?<!\bsra\.)(?<!\bsr\.)(?<!\beng\.)  # "arq. lucía"
      | (?<=,)\s*(?:and\s+|but\s+)?(?:i|we|it|this|that|which|as|since|because|especially|and|sorry|what|though|just
        |although|yet|(?<=but\s)(?:also\s+)?for  # ", but for the tour": the next thing thanked for
        |apologies|given|knowing|with\s+(?:the|your|everything|all|so|such)\b  # ", with the launch so close"
        |the(?=\s+(?:[\w-]+\s+){0,12}?(?:was|were|is|are)\b))\b  # ", the trial lesson was so fun"
      | (?<=:)\)                                                # ":)"
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# An opportunity that was a concrete act in the interview, not the interview itself.
_HANDS_ON = re.compile(
    r"^\s*to\s+(?:(?:suit|gown|scrub)\s+up\s+and\s+)?(?:examine|observe|see|try|shadow|tour|handle|test|taste"
    r"|cook|ride|sit\s+in|watch"
    r"|walk|use|play|assist|work\s+(?:on|with|through)|look\s+at|inspect|fix|drive"
    r"|talk\s+through|go\s+through|run\s+through|pair|debug|operate|prep"
    # round 265: "the chance to re-dress the mannequin on the menswear podium"
    r"|(?:re-?)?dress|style|wire|plate|bake|pour|weld|install|repair|sketch|paint|build|code|draft"
    r"|(?:run|work)\s+(?=(?:the|a|your)\s))\b",  # not "visit campus"; "to run the grill station"
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(
    r"^(?:\s*(?:out\s+of\s+your\s+(?:busy\s+|hectic\s+|packed\s+)?(?:schedule|day|week|calendar)"
    # "out of what sounded like a very full sprint week"
    # (round 238: "out of what must be an impossibly busy diary")
    r"|(?:out\s+)?of\s+(?:what\s+\w+\s+like\s+|what\s+must\s+be\s+)?an?\s+(?:[\w-]+\s+){0,3}?(?:schedule|day|week"
    r"|calendar|shift|clinic|list|rota|diary)(?:\s+on\s+(?:ward|unit)\s+\w+)?"
    # round 249: "squeezing me into a clinic day that was clearly already overbooked"
    r"|an?\s+(?:(?:very\s+)?(?:busy|hectic|packed|full|crowded|heavy|overbooked|clinic|surgery|theatre|working"
    r"|school|trading|teaching|ward|office)\s+)+(?:day|week|schedule|calendar|diary|rota|list)\b"
    r"(?:\s+that\s+(?:was|is|looked|seemed)\s+(?:clearly\s+|already\s+|so\s+|very\s+|obviously\s+)*"
    r"(?:overbooked|full|packed|busy|hectic|booked\s+up|fully\s+booked|rammed))?"
    r"|today|yesterday|this\s+(?:morning|afternoon|week)|last\s+\w+|earlier(?:\s+today)?"
    r"|kanina|kahapon"  # Tagalog's "earlier", "yesterday" ("thank u so much po for the interview kanina")
    # round 210: "despite your busy schedule"
    r"|despite\s+(?:your|a|the)\s+(?:very\s+)?(?:busy|hectic|packed|full)\s+(?:[\w-]+\s+)?(?:schedule|day|week|calendar)"
    r"|in\s+person"  # round 251: "for meeting with me in person despite ..."
    # round 245: "despite the open day": what else was on, not what was said
    r"|despite\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:open\s+day|open\s+evening|deadline|launch|inspection|audit|event"
    r"|conference|rush|move|exams?|month-end|year-end)"
    r"|(?:during|in|at)\s+(?:the|our|my)\s+(?:\w+\s+)?(?:interview|meeting|call|visit|board|panel"
    r"|assessment|audition)"
    r"|at\s+(?:the|your)\s+(?:\w+\s+){0,2}?(?:offices?|headquarters|hq|building|branch|campus)"
    r"|on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|recently|,"
    r"|again|once\s+more"  # round 270: "for meeting with me again this morning"
    r"|(?:me|us)\s+in(?=\s+(?:on|for|yesterday|today|this|last)\b)"  # "for having me in on Sunday"
    # "on my account Tuesday, ma'am": whose sake, when and a courtesy, not what
    r"|on\s+my\s+(?:account|behalf)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|ma['’]am|sir|madam"
    # round 251: whom the thanks is to, at the clause's end ("for meeting with me, Mrs. Salinas")
    rf"|(?:{TITLE_PATTERN})\.?\s+[\w'’-]+(?:\s+[\w'’-]+)?(?=\s*[.!;]?\s*$)"
    # "in such a busy week", round 195: "to see me in what I know is a demanding quarter for the
    # practice", "particularly in the last week of term": when it was kind, not what was said
    r"|to\s+(?:see|meet(?:\s+with)?|speak\s+(?:with|to)|talk\s+(?:with|to))\s+(?:me|us)"
    r"(?=\s*,?\s+(?:on\s+\w+day\s+)?(?:particularly\s+|especially\s+)?(?:(?:in|during|at)\s+(?:what|an?|the|such|your)"
    r"|despite)\b)"
    r"|(?:particularly\s+|especially\s+|all\s+the\s+more\s+)?(?:in|during|at)\s+(?:what\s+(?:i\s+know|i\s+imagine"
    r"|must\s+be|sounds\s+like|i\s+gather)\s+(?:is|was|has\s+been)\s+"
    r"|what\s+(?:sounded|sounds|seemed|seems|looked|looks)\s+like\s+)?"  # round 223: "what sounded like a busy week"
    r"(?:an?|the|such\s+an?|your)\s+(?:very\s+"
    r"|so\s+|particularly\s+|really\s+)?(?:busy|hectic|packed|full|demanding|crazy|heavy|tough|difficult"
    r"|pressured|stretched)\s+(?:[\w-]+\s+)?(?:schedule|day|week|month|quarter|period|season|time|term|year"
    r"|stretch)(?:\s+for\s+(?:the|your)\s+(?:[\w-]+\s+)?[\w-]+)?"
    # round 249: "the slot in your diary", "particularly in a week when I gather the
    # consultation response was due"
    r"|(?:in|on)\s+(?:your|the|his|her|their)\s+(?:busy\s+)?(?:diary|calendar|schedule)"
    r"|(?:particularly\s+|especially\s+|all\s+the\s+more\s+)?(?:in|during)\s+an?\s+(?:[\w-]+\s+)?(?:week|month|day"
    r"|fortnight|period|time)\s+when\s+[^,;.!?]*"
    r"|(?:particularly\s+|especially\s+)?(?:in|during)\s+the\s+(?:last|final|first|busiest)\s+(?:week|days?"
    r"|month)\s+(?:of|before)\s+(?:the\s+)?(?:term|quarter|year|month|semester|close|holidays)"
    # "squeezing me in between your sprint reviews": when, not what; "found a slot for me between
    # your site visits" (round 147)
    r"|for\s+(?:me|us)(?=\s+(?:between|during|in\s+(?:what|a|an|the|such|your)|despite|amid)\b)"
    # round 250: "finding a window for me this week", "carving out a morning for me on Tuesday,
    # particularly with the inspection looming", "squeezing me in on Thursday before the site
    # shut", "indulging me for the better part of an afternoon"
    r"|for\s+(?:me|us)(?=\s*(?:$|[,.;!]|\s+(?:this|last|on|yesterday|today|earlier)\b))"
    r"|(?:particularly\s+|especially\s+)?with\s+(?:the|your|a)\s+(?:[\w-]+\s+){0,3}?(?:looming|coming\s+up"
    r"|approaching|due|so\s+close|around\s+the\s+corner)"
    r"|before\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:shut|shuts|closed|closes|closing|shutdown|rush|opened|opens"
    r"|service|shift|weekend|break)\b"
    r"|for\s+(?:the\s+)?(?:better|best|most|greater)\s+part\s+of\s+(?:an?|the|your)\s+(?:\w+\s+)?(?:hour|afternoon"
    r"|morning|evening|day)"
    r"|between\s+(?:(?:your|the|two|all\s+your)\s+)?(?:[\w-]+\s+){0,3}?(?:meetings?|reviews?|calls?"
    r"|sessions?|appointments?|interviews?|shifts?|classes|lessons|clinics?|rounds|surgeries|patients"
    r"|lectures|visits|jobs|inspections|deliveries|rush|service)"
    # "fitting me in between the lunch rush and your supplier call"
    r"|between\s+(?:the|your)\s+(?:[\w-]+\s+){0,3}?(?:and|&)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:calls?"
    r"|meetings?|rush|service|shift|delivery|deliveries|round|clinic|class|lesson|review)\b"
    # "the valuable time you and the other panel members devoted to my interview"
    r"|(?:that\s+|which\s+)?you(?:\s+and\s+(?:the\s+|your\s+)?(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:members|colleagues|staff"
    r"|team|panel|panelists|panellists|interviewers"
    r"|(?<=\band\s)[\w'’-]+))?"  # round 222: a name ("the time you and Jordan invested in meeting with me")
    r"\s+(?:devoted|gave|spent|set\s+aside|took|dedicated"
    r"|invested|made)(?:\s+(?:to|for|on)\s+(?:my|our|the)\s+(?:interview|meeting|call|conversation|application"
    r"|candidacy)|\s+in\s+(?:meeting|speaking|talking)\s+(?:with|to)\s+me)?"
    # "in spite of the quarter-end workload at your office": why it was kind, not what was said
    r"|(?:in\s+spite\s+of|despite|amid|amidst)\s+(?:the|your|a)\s+(?:[\w-]+\s+){0,3}?(?:workload|schedule|rush"
    r"|deadlines?|busy\s+period|close|season|week|month)(?:\s+(?:at|in)\s+(?:the|your)\s+(?:office|team|branch"
    r"|store))?"
    # "the courtesy of receiving me at your offices on the 14th"
    r"|of\s+(?:receiving|seeing|meeting|hosting|welcoming)\s+(?:me|us)|on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
    # round 182: "for meeting with me on Wednesday for the second round": who met and which
    # meeting, not what was said in it
    r"|with\s+(?:me|us)\b"
    r"|for\s+(?:the|my|our|this)\s+(?:first|second|third|final|last|next|follow-up|2nd|3rd)[\s-]+(?:round"
    r"|stage|interview|conversation|meeting)\b"
    # "the interview held on 12th August", "conducted on March 3"
    r"|(?:held|conducted|scheduled|that\s+took\s+place)(?:\s+(?:on|at|in)\s+(?:\w+day\s*,?\s*)?"
    r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\w+day|(?:the|your|our)\s+[\w-]+(?:\s+office)?))?"
    r"|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]+|on\s+[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\b"
    # "on Tuesday, November 18,": the date after the day
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b))*",
    re.IGNORECASE,
)


# "your time today I really enjoyed ...": a run-on draft (dictated, or typed on a
# phone) starts its next sentence with no stop; what follows is not what was thanked for.
_NEXT_SENTENCE = re.compile(r"\s*(?:i|we)\s", re.IGNORECASE)
# The interview itself, for a job: "for the interview for (the post of) warehouse operative",
# "to interview me for a training contract on Wednesday".
_FOR_INTERVIEW = re.compile(
    r"(?:(?:for|at|during)\s+(?:the|my|our|this)\s+interview(?:\s+(?:for|as|of)\s+[^,;.!?]*)?"
    # round 195: "for the trial shift", "for the skills test": the event, not what happened in it
    r"|(?:for|at|during)\s+(?:the|my|our|this)\s+(?:trial(?:\s+(?:shift|day|session))?|working\s+interview"
    r"|assessment(?:\s+day)?|(?:skills|trade|practical)\s+test)"
    # round 218: where and when it was ("at [Venue] last night", "at the Crown on Friday")
    r"(?:\s+(?:at|in)\s+(?:\[[^\]\n]*\]|(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*)*))?"
    r"(?:\s+(?:last\s+night|yesterday|today|this\s+(?:morning|afternoon|evening)"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
    r"|to\s+(?:interview|meet(?:\s+with)?|speak\s+with|talk\s+with)\s+(?:me|us)\s+for\s+[^,;.!?]*"
    # "to walk me through the role": the job, not a thing shown
    r"|to\s+(?:walk|take|talk)\s+(?:me|us)\s+through\s+(?:the|this|your)\s+(?:[\w-]+\s+){0,3}?(?:role|position"
    r"|job|opportunity|vacancy|post|opening)(?:\s+(?:in\s+more\s+detail|further))?)"
    r"[,;.!?]?$",
    re.IGNORECASE,
)

# Someone else met, named right after "meeting" (not "you", nor a day: "meeting Tuesday").
_SOMEONE_ELSE = re.compile(
    rf"\s+(?:(?i:{TITLE_PATTERN})\.?\s+)?(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today"
    r"|tomorrow|yesterday|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|you|me|us)\b)[A-Z][\w'’-]+"
)
# Where the writer was had (after "having"): the visit itself, not a thing seen there.
_HOSTED_AT = re.compile(
    r"\s*(?:me|us)\s+(?:round|around|over|in|at|down|up|out)\s+(?:to\s+|at\s+)?(?:the|your)\s+"
    r"(?:[\w-]+\s+)?(?:yard|site|office|offices|depot|store|shop|workshop|warehouse|branch|plant|garage|farm"
    r"|clinic|studio|lab|ward|school|restaurant|hotel|kitchen|premises|unit|centre|center|showroom|salon"
    r"|bakery|caf[eé]|bar|building|campus|factory|mill|hub)\b",
    re.IGNORECASE,
)

# Round 200: the time taken to tell a decision is the stock time ("Thank you for taking the
# time to let me know the panel's decision"); thanks for the news itself is not stock.
_DECISION_NEWS = re.compile(
    r"\s*to\s+(?:let\s+me\s+know|tell\s+me|inform\s+me\s+of|update\s+me\s+on)\s+(?:about\s+)?"
    r"(?:the|your|their)\s+(?:[\w'’-]+\s+){0,2}?(?:decision|outcome|result|news)\b",
    re.IGNORECASE,
)


def _specific(rest: str) -> bool:
    """Whether the words after the thanked-for object name something specific."""
    tail = _TIME_TAIL.match(rest)
    if tail and tail.group(0).strip(" ,") and _NEXT_SENTENCE.match(rest, tail.end()):
        return False
    rest = _TIME_TAIL.sub("", rest).strip()
    if _FOR_INTERVIEW.match(rest) or _ABOUT_JOB.match(rest):
        # "your time today for the interview for warehouse operative", "to walk me through
        # the role": the job
        return False
    if _ACTS.match(rest):
        return True
    return len(specific_words(rest)) >= 2


def stock_thanks(text: str) -> tuple[int, int] | None:
    """Span of the first stock thanks in ``text`` (one sentence or line), or None."""
    lower = text.lower()
    if not lower_is_faithful(text, lower):
        return _stock_thanks(text, None, [])
    return _stock_thanks(text, lower, [start for start, _ in _key_spans(lower)])


def _stock_thanks(text: str, lower: str | None, key_starts: list[int]) -> tuple[int, int] | None:
    """``stock_thanks``, given ``text`` lower-cased and where its keys start.

    ``lower`` is None when lower-casing would change what the patterns match:
    they then run over ``text``, ignoring case, and ``key_starts`` is not used.
    """
    triggers: Iterable[re.Match[str]]
    heads: tuple[re.Pattern[str], ...]
    if lower is None:
        searched, triggers, clause_end, heads = text, _TRIGGER.finditer(text), _CLAUSE_END, _HEADS
    else:
        searched, clause_end, heads = lower, _CLAUSE_END_LOWER, _HEADS_LOWER
        triggers = _triggers(lower, key_starts)
    for trigger in triggers:
        if WISH_BEFORE.search(searched, 0, trigger.start()):
            continue  # "I would be grateful for the chance to serve": a wish, not thanks
        if _OTHERS.search(searched, max(0, trigger.start() - 60), trigger.start()):
            continue  # "Most people are grateful for the call": someone else's thanks
        end_match = clause_end.search(searched, trigger.end())
        clause_end_at = end_match.start() if end_match else len(text)
        clause = text[trigger.end() : clause_end_at]
        searched_clause = searched[trigger.end() : clause_end_at]
        for pattern, searched_pattern in zip(_HEADS, heads, strict=True):
            head = searched_pattern.match(searched_clause)
            if head is None:
                continue
            rest = clause[head.end() :]
            if pattern is _TIME and _AND.match(_TIME_TAIL.sub("", rest)):
                rest = ""  # "your time (today) and consideration", "your time and sorry about"
            # "the opportunity to <anything>" still thanks them for the opportunity.
            # "the opportunity to <anything>" thanks them for the opportunity, unless
            # it was a hands-on one ("the chance to examine the silk waistcoat").
            if pattern is _NOUN and _OPPORTUNITY.search(head.group(0)):
                specific = bool(_HANDS_ON.match(rest)) and _specific(rest)
            elif (
                pattern is _NOUN
                and head.group(0).lower().endswith("visit")
                and _VISIT_OF.match(rest)
            ):
                # "the visit of the laboratory": a tour; "the visit to the NICU" (round 216): a
                # unit named by its initials
                specific = len(specific_words(rest)) >= 1 or bool(_UNIT_INITIALS.match(rest))
            elif pattern is _NOUN and _TALK.search(head.group(0)) and _TALK_ABOUT.match(rest):
                specific = len(specific_words(rest)) >= 1
            elif (
                pattern is _NOUN
                and head.group(0).lower().endswith("patience")
                and _WHEN.match(rest)
            ):
                specific = True  # "your patience when I had to move our interview": a favour done
            elif _ABOUT_JOB.match(rest) or _POSITION_OF.match(rest):
                # "meeting with me on 3 June regarding the <job> position", "the interview for
                # the position of Cashier at Banco del Pacífico Sur"
                specific = False
            elif pattern is _TIME and _DECISION_NEWS.match(rest):
                specific = False  # "taking the time to let me know the panel's decision"
            elif pattern is _GERUND and _CONSIDERED.search(head.group(0)) and _FOR_JOB.match(rest):
                specific = False  # "considering me for <the job>": the job is no topic
            elif (
                pattern is _GERUND
                and head.group(0).lower().endswith("having")
                and (hosted := _HOSTED_AT.match(rest))
            ):
                # round 249: "Thanks for having me round the yard this morning": hosting,
                # the meeting itself, unless more is said after the place
                specific = _specific(rest[hosted.end() :])
            elif (
                pattern is _GERUND
                and head.group(0).lower().endswith("meeting")
                and _SOMEONE_ELSE.match(rest)
            ):
                specific = True  # round 253: "appreciated meeting Hemi and the Year 5 and 6 team"
            elif pattern is _GERUND and _CHANCE_GIVEN.search(head.group(0)):
                # "giving me a shot at the forklift assessment", "taking a chance on me and
                # inviting me to the technical round": thanks for the chance, unless a
                # hands-on one, as with "the opportunity to ..."
                specific = bool(_HANDS_ON.match(rest)) and _specific(rest)
            else:
                specific = _specific(rest)
            if not specific:
                end = trigger.end() + len(clause.rstrip(" ,:—–-"))
                subject = _SUBJECT.search(text, 0, trigger.start())
                return (subject.start() if subject else trigger.start()), end
            break
    low = lower or text.lower()
    for needed, pattern in _OTHER_FORMS:
        if any(word in low for word in needed):
            found = pattern.search(text)
            if found:
                return found.span("stock") if "stock" in pattern.groupindex else found.span()
    return None


# Thanks in the passive voice: "The time that you, Dr. Lind and Ms. Haddad set aside for me
# on Thursday was very much appreciated."
_PASSIVE = re.compile(
    r"\b(?:the|your)\s+(?:(?:valuable|generous|precious)\s+)?time(?:\s+(?:that\s+)?(?:you|[\w.'’, ]{1,60}?)\s+"
    r"(?:set\s+aside|gave(?:\s+me)?|spent|took|made|carved\s+out|found|gave\s+up)"
    r"(?:\s+(?:for|with)\s+(?:me|us))?)?(?:\s+(?:on|last|this|yesterday|today)(?:\s+\w+)?)?"
    r"(?:\s*,[^,.;!?]{1,60},)?\s+"  # "on Thursday, right between two product launches, is"
    r"(?:(?:was|is|has\s+been)\s+(?:(?:very\s+much|very|so|greatly|much|truly|really|deeply|sincerely"
    r"|genuinely)\s+)*appreciated\b"
    # "is something I'm genuinely thankful for"
    r"|(?:was|is)\s+(?:something|what)\s+i(?:['’]m|\s+am)\s+(?:\w+\s+)?(?:thankful|grateful)\s+for\b)",
    re.IGNORECASE,
)

# Sorry for the time taken, the same thanks: "I'm sorry for taking up so much of your afternoon".
_APOLOGY = re.compile(
    r"\b(?:(?:i['’]m|i\s+am)\s+)?(?:(?:so|very|really|truly)\s+)?sorry\s+(?:for|about)\s+"
    r"(?:taking\s+up|eating\s+(?:into|up)|using\s+up)\s+(?:so\s+much\s+(?:of\s+)?|most\s+of\s+|all\s+of\s+"
    r"|a\s+lot\s+of\s+)?your\s+(?:[\w-]+\s+)?(?:time|afternoon|morning|day|evening|lunch|lunchtime|hour)\b",
    re.IGNORECASE,
)
# The stock thanks in the set phrases of other languages: "Muchas gracias por su tiempo y por la
# entrevista", "Merci pour votre temps", "Vielen Dank für Ihre Zeit", "Grazie per il suo tempo".
_AGAIN_ES = r"(?:\s+(?:de\s+nuevo|otra\s+vez|nuevamente))?"  # "gracias de nuevo por ..."
_FOREIGN = re.compile(
    rf"\b(?:(?:muchas\s+)?gracias{_AGAIN_ES}\s+por\s+(?:su|tu)\s+(?:tiempo|consideración|atención)"
    rf"|(?:muchas\s+)?gracias{_AGAIN_ES}\s+por\s+la\s+(?:oportunidad|entrevista|reunión)"
    r"|(?:muito\s+)?obrigad[oa](?:\s+(?:mais\s+uma\s+vez|novamente))?\s+"
    r"(?:pelo\s+(?:seu\s+|teu\s+)?tempo|pela\s+(?:oportunidade|entrevista|atenção))"
    r"|merci(?:\s+(?:beaucoup|encore(?:\s+une\s+fois)?))*\s+(?:pour|de)\s+"
    r"(?:(?:votre|ton)\s+(?:temps|attention|accueil)|l['’](?:opportunité|entretien)|cet\s+entretien)"
    r"|(?:vielen\s+)?dank(?:\s+(?:nochmals|noch\s+einmal|nochmal))?\s+(?:für|fuer)\s+"
    r"(?:(?:ihre|deine)\s+zeit|das\s+(?:[a-zäöü]+\s+)?(?:gespräch|gespraech|vorstellungsgespräch"
    r"|vorstellungsgespraech)|die\s+(?:gelegenheit|einladung))"
    r"|grazie(?:\s+(?:mille|ancora))*\s+per\s+"
    r"(?:il\s+(?:suo|tuo)\s+tempo|l['’](?:opportunità|attenzione)|il\s+colloquio)"
    # "Je vous remercie sincèrement pour le temps que vous m'avez accordé", "Ich danke Ihnen
    # für Ihre Zeit", "Le agradezco su tiempo"
    r"|(?:je\s+)?vous\s+remercie(?:\s+\w+)?\s+(?:pour|de)\s+(?:le\s+temps|votre\s+(?:temps|accueil"
    r"|attention|disponibilité)|l['’](?:entretien|opportunité|échange)|cet\s+(?:entretien|échange))"
    r"|danke\s+ihnen\s+(?:\w+\s+)?(?:für|fuer)\s+(?:ihre\s+zeit|das\s+(?:[a-zäöü]+\s+)?gespr(?:ä|ae)ch)"
    r"|(?:le|les)\s+agradezco(?:\s+\w+)?\s+(?:por\s+)?(?:su\s+tiempo|el\s+tiempo|la\s+(?:oportunidad"
    r"|entrevista))"
    # Filipino: "Maraming salamat po sa inyong oras kahapon"
    # (round 261: or "sa oras ninyo kahapon", the owner after the noun)
    r"|(?:maraming\s+)?salamat(?:\s+po)?\s+sa\s+(?:(?:inyong|iyong|ating)\s+(?:oras|panahon|pagkakataon)"
    r"|(?:oras|panahon|pagkakataon)\s+(?:ninyo|mo|niyo)))\b"
    # Japanese, which has no spaces for \b: "お忙しいところお時間をいただき" ("for your time
    # though busy"), "貴重なお時間" ("your valuable time")
    r"|お時間を?(?:いただき|頂き|割いて|さいて|作って)|貴重なお時間",
    re.IGNORECASE,
)
# Their time valued, the same thanks: "I really valued the time you gave me".
_VALUED = re.compile(
    r"\b(?:i|we)\s+(?:(?:really|truly|genuinely|greatly|very\s+much)\s+)?valued\s+(?:the|your)\s+"
    r"(?:(?:generous|precious)\s+)?(?:time|hour|afternoon|morning)"
    r"(?:\s+(?:that\s+)?you\s+(?:gave|spent|took|set\s+aside|made)(?:\s+(?:me|us|with\s+me))?)?\b",
    re.IGNORECASE,
)
# Forms found outside the "thanks for <head>" shape, each with the words one of which any
# match holds.
# The same, told as a fact the writer noticed: "That you and Helen gave up most of your Friday
# afternoon for this is not lost on me".
_NOT_LOST = re.compile(
    r"\byou(?:\s+and(?:\s+[\w.'’-]+){1,2}?)?\s+(?:gave\s+up|set\s+aside|carved\s+out|made|took|spent|found)"
    r"\s+(?:most\s+of\s+|much\s+of\s+|part\s+of\s+|half\s+of\s+|so\s+much\s+of\s+)?(?:your|an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:afternoon|morning|evening|hour|hours|time|day|lunch(?:\s+break)?)"
    r"(?:\s+(?:for|with)\s+(?:this|me|us|it))?\s+(?:is|was)\s+not\s+lost\s+on\s+me\b",
    re.IGNORECASE,
)
# Round 255: "It meant so much that you would sit down with someone fresh out of university":
# the meeting itself, as a favour.
_MEANT = re.compile(
    r"\b(?:it\s+)?meant\s+(?:so\s+much|a\s+lot|a\s+great\s+deal|the\s+world)\s+(?:to\s+me\s+)?that\s+you"
    r"(?:\s+and\s+[\w.'’-]+)?\s+(?:would\s+|could\s+|were\s+willing\s+to\s+|still\s+)?(?:sit\s+down|meet|speak|talk"
    # round 259: "it meant a lot that you still carved out your Wednesday afternoon"
    r"|(?:carved\s+out|set\s+aside|found|made|gave\s+up|took\s+out)\s+(?:your|an?|the|half\s+an?)\s+(?:[\w-]+\s+)?"
    r"(?:afternoon|morning|evening|hour|time|lunch)"
    r"|make\s+(?:the\s+)?time|take\s+(?:the\s+)?time|give\s+(?:me\s+)?(?:your|an?|the)\s+(?:[\w-]+\s+)?(?:time|hour"
    r"|afternoon|morning))\b(?:\s+(?:with|to)\s+(?:me|someone|a\s+[\w-]+))?",
    re.IGNORECASE,
)
# A second language's thanks for the meeting: "I thank the attention and the sympathy with which
# you received me".
_RECEIVED = re.compile(
    r"\bthank(?:s|\s+you)?\s+(?:for\s+)?the\s+(?:attention|sympathy|kindness|cordiality|courtesy)"
    r"(?:\s+and\s+(?:the\s+)?(?:attention|sympathy|kindness|cordiality|courtesy))?\s+with\s+which\s+you\s+"
    r"(?:received|welcomed|treated)\s+me\b",
    re.IGNORECASE,
)
# Stock thanks added after specific thanks: "thx for the walk-through with Luis and for the
# opportunity!"
_AND_FOR = re.compile(
    r"\b(?:thank|thanks|thx|grateful|appreciat)\w*\b[^.!?\n]{0,150}?(?P<stock>\band\s+(?:also\s+)?for\s+"
    r"(?:the|this|your)\s+(?:(?:great|wonderful|kind|generous)\s+)?(?:opportunity|time|consideration)\b)"
    r"(?!\s+(?:to|of|you|that|on|with)\b)",
    re.IGNORECASE,
)
# The meeting called a kindness: "It was kind of you all to meet with me on Tuesday".
_KIND_OF_YOU = re.compile(
    r"\b(?:it\s+was|it['’]s|that\s+was)\s+(?:very\s+|so\s+|really\s+|most\s+)?(?:kind|good|generous|gracious)"
    r"\s+of\s+(?:you|you\s+all|you\s+both|y['’]all|everyone|the\s+panel)\s+to\s+(?:meet|see|speak|talk"
    r"|interview|make\s+(?:the\s+)?time|take\s+the\s+time|find\s+(?:the\s+)?time"
    r"|make\s+(?:room|space)|find\s+(?:the\s+)?(?:room|space)|consider\s+me)\b",
    re.IGNORECASE,
)
_OTHER_FORMS = (
    (("appreciated", "thankful for", "grateful for"), _PASSIVE),
    (("and for", "and also for"), _AND_FOR),
    ((" of you", " of y"), _KIND_OF_YOU),
    (("lost on me",), _NOT_LOST),
    (("meant",), _MEANT),
    (("with which you",), _RECEIVED),
    (("valued",), _VALUED),
    (("sorry",), _APOLOGY),
    (
        (
            "gracias",
            "obrigad",
            "merci",
            "dank",
            "grazie",
            "salamat",
            "remercie",
            "agradezco",
            "お時間",
        ),
        _FOREIGN,
    ),
)

# "giving me some of your day", "a chunk of your Tuesday afternoon", "giving up your afternoon"
_DAY = re.compile(
    _LEAD + r"(?:(?:some|part|a\s+(?:chunk|slice|bit|piece))\s+of\s+"
    r"|(?:giving\s+up|sparing|carving\s+out|setting\s+aside)\s+(?:some\s+of\s+|part\s+of\s+|so\s+much\s+of\s+"
    r"|much\s+of\s+|most\s+of\s+)?"
    # round 194: "giving up a full hour of your Tuesday morning", "taking an hour out of your morning"
    r"|(?:giving\s+up|sparing|carving\s+out|setting\s+aside|taking(?:\s+out)?)\s+(?:an?|half\s+an?"
    r"|a\s+full|a\s+whole)\s+(?:extra\s+)?(?:hour|afternoon|morning|evening|slot)\s+(?:out\s+)?of\s+)"
    # (round 198: "carving out part of a busy clinic afternoon")
    r"(?:your|an?\s+(?:busy|hectic|packed|full|long))\s+(?:[\w-]+\s+)?(?:day|morning|afternoon|evening|week"
    r"|weekend|schedule|diary|lunch|lunchtime|lunch\s+break|hour)\b",
    re.IGNORECASE,
)
_HEADS = (_TIME, _GERUND, _NOUN, _DAY)
# A wish ("I would be grateful for", "I'd appreciate") is not thanks (no-conversation-reference
# reads it too: a wish is no memory of the interview).
WISH_BEFORE = re.compile(
    r"\b(?:would|will|shall|['’]d)\s+(?:(?:just|only|still|also)\s+)?(?:be\s+)?(?:(?:\w+ly|so|very|most|really"
    r"|just)\s+)*$",
    re.IGNORECASE,
)
# Someone else is grateful: "Most people are grateful for the call", "patients were so thankful".
_OTHERS = re.compile(
    r"\b(?:they|he|she|people|patients|customers|clients|guests|families|residents|parents|callers"
    r"|users|students|tenants|everyone|everybody|most|many)\s+(?:[\w-]+\s+){0,2}?(?:are|were|is|was"
    r"|seem|seemed|feel|felt|get|got)\s+(?:(?:\w+ly|so|very|really|always|usually|often)\s+)*$",
    re.IGNORECASE,
)
# A meeting "regarding the Border Force Officer (APS 3) position": the job is no topic.
_ABOUT_JOB = re.compile(
    r"\s*(?:to\s+(?:meet|speak|talk|chat)\s+)?(?:me\s+|(?:with|to)\s+(?:me|us)\s+)?"
    # ("on Tuesday, November 18, to discuss the Sales Representative position")
    r"(?:(?:on|last)\s+[\w\s]{1,20}?(?:,\s+[\w\s]{1,20}?,)?\s+|today\s+|yesterday\s+)?"
    r"(?:regarding|about|concerning|for|to\s+discuss)\s+(?:the|my|your|our)\s+"
    r"(?:[\w&/():,.*-]+\s+){0,8}?\**(?:position|role|post|job|vacancy|opening|application|candidacy"
    r"|competition)\b"  # an Irish public-service "competition" is the recruitment for a post
    r"(?!\s+(?:of|is|was|and|that|which)\b)",
    re.IGNORECASE,
)
_POSITION_OF = re.compile(
    r"\s*(?:for|regarding|about|concerning)\s+the\s+(?:position|post|role|vacancy)\s+of\s+[^,;.!?]{1,60}"
    r"[,;.!?]?$",
    re.IGNORECASE,
)
# "the visit of the laboratory", "the visit to the bottling plant": what was shown.
_VISIT_OF = re.compile(r"\s*(?:of|to|around|round)\s+(?:the|your|our)\s", re.IGNORECASE)
_UNIT_INITIALS = re.compile(
    r"\s*(?:of|to|around|round)\s+(?:the|your|our)\s+(?-i:(?!HQ\b)[A-Z]{2,5})\b", re.IGNORECASE
)
# A talk "about" something: one specific word names its topic ("the discussion with
# Dr. Haugen about the teaching part"); "about the role" names none.
_WHEN = re.compile(r"\s*(?:when|while|as|after|with\s+(?:my|the|our)\s)", re.IGNORECASE)
_TALK = re.compile(r"(?:conversation|discussion|chat|talk)$", re.IGNORECASE)
_TALK_ABOUT = re.compile(  # (round 218: "the candid discussion of the firm's deposition practice")
    r"\s*(?:with\s+(?:[\w.'’-]+\s+){1,3}?)?(?:about|on|regarding|around|of)\s", re.IGNORECASE
)
_AND = re.compile(r"\s*(?:and|&|,)", re.IGNORECASE)
# Thanks for being considered (or interviewed) "for" something: that something is the job.
_CONSIDERED = re.compile(
    r"consider|considr|concider|interviewing|interviewed|inviting|including|weighing|reviewing",
    re.IGNORECASE,
)
_FOR_JOB = re.compile(
    r"\s*(?:me\s+)?(?:for|as)\s|\s*my\s+(?:application|candidacy|candidature|cv|résumé|resume)\b",
    re.IGNORECASE,
)

# Every trigger holds one of these keys, as part of one of these words. A
# trigger's first word starts after a non-word character and ends at a space or
# "-", so note.words has it whole, unless an apostrophe joins it to the word
# before ("x'thanks" is one word there). _TRIGGER starts with a look-behind,
# which makes the regex engine try it at every position of the text: it is
# tried only where a key makes a match possible instead.
_KEYS = {
    "thank": ("thank", "thanks", "thankyou", "thanking", "thankful"),
    **{slip: (slip, slip + "s", slip + "ing") for slip in ("thnak", "tahnk", "thnk")},
    "cheers": ("cheers",),
    "thx": ("thx",),
    "thnx": ("thnx",),
    "tnx": ("tnx",),
    "tysm": ("tysm",),  # texting: "thank you so much", "thank you very much"
    "tyvm": ("tyvm",),
    "tq": ("tq",),  # round 210, Malaysian texting: "tq so much for today!!"
    "grazie": ("grazie",),
    "merci": ("merci",),
    "gracias": ("gracias",),
    "obrigad": ("obrigado", "obrigada"),
    "danke": ("danke",),
    "dank": ("dank",),
    "sorry": ("sorry",),
    "valued": ("valued",),
    "asante": ("asante",),
    "shukran": ("shukran",),
    "arigato": ("arigato",),
    "salamat": ("salamat",),
    "remercie": ("remercie",),
    "agradezco": ("agradezco",),
    "お時間": ("お時間",),  # Japanese, written without spaces: see _UNSPACED
    "ta": ("ta",),
    "thanx": ("thanx",),
    "gratitude": ("gratitude",),
    "grateful": ("grateful",),
    "obliged": ("obliged",),
    "meant": ("meant",),  # round 255: "It meant so much that you would sit down with me"
    # "It was kind of you to make room in your schedule", "generous of you to consider me"
    "kind": ("kind",),
    "generous": ("generous",),
    "gracious": ("gracious",),
    **{
        stem: tuple(stem + ending for ending in ("e", "ed", "es", "ing", "ion", "ive"))
        for stem in APPRECIATE_STEMS
    },
}
_KEY_OF = {word: key for key, words in _KEYS.items() for word in words}
# Keys of scripts written without spaces, never a word of their own: always looked for.
_UNSPACED = frozenset({"お時間"})
_TRIGGER_WORDS = frozenset(_KEY_OF)

# Twins of the patterns for lower-cased text: the same matches, found without
# folding case at every step (valid when lower_is_faithful).
_TRIGGER_LOWER = re.compile(_TRIGGER.pattern, _TRIGGER.flags & ~re.IGNORECASE)
_CLAUSE_END_LOWER = re.compile(_CLAUSE_END.pattern, _CLAUSE_END.flags & ~re.IGNORECASE)
_HEADS_LOWER = tuple(re.compile(p.pattern, p.flags & ~re.IGNORECASE) for p in _HEADS)


def _key_spans(lower: str, keys: Iterable[str] = _KEYS) -> list[tuple[int, int]]:
    """Where ``keys`` occur in ``lower``, in order."""
    spans = []
    for key in keys:
        at = lower.find(key)
        while at != -1:
            spans.append((at, at + len(key)))
            at = lower.find(key, at + 1)
    spans.sort()
    return spans


def _triggers(lower: str, key_starts: list[int]) -> list[re.Match[str]]:
    """The matches ``_TRIGGER.finditer`` finds in the text ``lower`` is the lower case of."""
    # A trigger starts at its key, except "many thanks" / "a big thanks", which
    # start one or two words before "thanks". The look-behind sees the text
    # before a start position, so a match tried there is the one finditer finds.
    starts = key_starts
    for at in key_starts:
        if lower.startswith("thanks", at) and at and lower[at - 1].isspace():
            starts = sorted(starts + _words_before(lower, at))
    matches = []
    taken = 0  # matches do not overlap: finditer resumes after the last one
    for start in starts:
        if start >= taken:
            match = _TRIGGER_LOWER.match(lower, start)
            if match:
                taken = match.end()
                matches.append(match)
    return matches


def _words_before(lower: str, at: int) -> list[int]:
    """Starts of the (up to) two words of letters before ``at``, each followed by whitespace."""
    starts = []
    for _ in range(2):
        head = lower[:at]
        word_end = len(head.rstrip())
        at = len(head[:word_end].rstrip(ascii_lowercase))
        if word_end == len(head) or at == word_end:
            break
        starts.append(at)
    return starts


class GratuitousThanks(Rule):
    __doc__ = __doc__
    id = "gratuitous-thanks"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        lower = note.lower if lower_is_faithful(note.text, note.lower) else None
        sections = [s for s in (note.subject, note.body, note.signoff, note.postscript) if s]
        if lower is None:
            sentences = _all_sentences(note, sections)
        else:
            if "'" in lower or "’" in lower:
                keys = _key_spans(lower)
            else:
                present = {_KEY_OF[word] for word in _TRIGGER_WORDS & note.words}
                keys = _key_spans(lower, present | _UNSPACED)
            if not keys:
                return
            # A sentence without a key cannot hold a trigger.
            sentences = _sentences_with_keys(note, sections, keys)
        for sentence in sentences:
            text = note.text[sentence.start : sentence.end]
            sentence_lower = None if lower is None else lower[sentence.start : sentence.end]
            found = _stock_thanks(text, sentence_lower, sentence.key_starts)
            if found is None:
                continue
            if ('"' in text or "“" in text) and any(a <= found[0] < b for a, b in quoted(text)):
                continue
            section = sentence.section
            if section == note.signoff:
                fix = _signoff_fix(note, section)
            elif section == note.body and _has_other_sentence(note, sentence):
                fix = _sentence_fix(note, (sentence.start, sentence.end), found)
            else:
                fix = None
            yield Problem(
                sentence.start + found[0],
                sentence.start + found[1],
                "stock thanks for the interviewer's time or the opportunity is filler: "
                "every candidate writes it, and it was no favour to you",
                suggestion="open with something specific from the conversation instead, "
                "or thank them for a concrete thing they did",
                fix=fix,
            )


_SIGNOFF_THANKS = re.compile(
    r"(thank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+(?:once\s+)?again)?)\s+for\b.*?([,.!—–-]?)\s*$",
    re.IGNORECASE,
)


def _signoff_fix(note: Note, section: Section) -> Fix | None:
    """'Thanks again for your time,' becomes 'Thanks again,'."""
    match = _SIGNOFF_THANKS.match(note.slice(section))
    if match is None:
        return None
    return Fix(section.start, section.end, match.group(1) + (match.group(2) or ","), safe=True)


def _sentence_fix(note: Note, sentence: tuple[int, int], found: tuple[int, int]) -> Fix | None:
    """Delete a sentence that is nothing but stock thanks, with the space or line it leaves."""
    text = note.text
    start, end = sentence
    words = text[start:end].strip().rstrip(".!").strip()
    if words != text[start + found[0] : start + found[1]].strip():
        return None  # the sentence says more than the thanks: leave it to the writer
    while end < len(text) and text[end] in " \t":
        end += 1
    line_start = start == 0 or text[start - 1] in "\r\n"
    if line_start and end < len(text) and text[end] in "\r\n":
        end += 2 if text.startswith("\r\n", end) else 1
        # A paragraph of its own: take one of the blank lines around it too.
        if end < len(text) and text[end] in "\r\n" and (start < 2 or text[start - 2] in "\r\n"):
            end += 2 if text.startswith("\r\n", end) else 1
    return Fix(start, end, "", safe=True)


class _Sentence(NamedTuple):
    """A sentence of the note cut to the section it is checked in."""

    section: Section
    start: int
    end: int
    number: int  # its index in note.sentences
    key_starts: list[int]  # where keys start in it, counted from ``start``


def _all_sentences(note: Note, sections: list[Section]) -> list[_Sentence]:
    """Every sentence of ``sections``, in order."""
    return [
        _Sentence(section, max(s.start, section.start), min(s.end, section.end), number, [])
        for section in sections
        for number, s in enumerate(note.sentences)
        if s.end > section.start and s.start < section.end
    ]


def _sentences_with_keys(
    note: Note, sections: list[Section], keys: list[tuple[int, int]]
) -> list[_Sentence]:
    """The sentences of ``sections`` that hold a whole key, in order."""
    sentences = note.sentences
    found: list[_Sentence] = []
    for key_start, key_end in keys:
        for section in sections:  # in the order of the text
            if section.start <= key_start and key_end <= section.end:
                break
        else:
            continue
        # The last sentence starting at or before the key (sentences are in order).
        index = bisect.bisect_right(sentences, (key_start, len(note.text))) - 1
        if index < 0 or key_end > sentences[index].end:
            continue
        start = max(sentences[index].start, section.start)
        if found and found[-1].start == start:
            found[-1].key_starts.append(key_start - start)
        else:
            end = min(sentences[index].end, section.end)
            found.append(_Sentence(section, start, end, index, [key_start - start]))
    return found


def _has_other_sentence(note: Note, sentence: _Sentence) -> bool:
    """Whether another sentence overlaps ``sentence``'s section (a neighbour, if any)."""
    sentences, index, section = note.sentences, sentence.number, sentence.section
    return (index > 0 and sentences[index - 1].end > section.start) or (
        index + 1 < len(sentences) and sentences[index + 1].start < section.end
    )
