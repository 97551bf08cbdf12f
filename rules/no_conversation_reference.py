"""Nothing in the note builds on the conversation itself.

*Why*: the point of a follow-up note is to continue the conversation: pick
up a topic, a question, a person, a project or a moment from the interview
and add to it. A note that could have been sent without attending the
interview reads as a form letter. The job title, the company name, "our
conversation" or "learning more about the company" alone do not count.

A reference is a cue that points back at the interview ("you mentioned",
"when we discussed", "your question about", "his tip about", "hearing how
your team...", "meeting Dana", "the tour of...", "sorry again about...")
followed by at least two specific words that are not the job, the employer
or courtesy. A reference needs no cue when it is a verdict on something seen
or heard there ("the tag-out board was the tidiest setup I've seen", "the walk
round the loading bays made sense"), a thing pointed at with "that" ("That
Volvo FH with the ABS fault ..."), a question put in words ("You asked what
I'd want to learn in my first year"), their situation as it stands, with a
count or a name ("The Pune branch still has about 3,400 accounts to move";
not "Construction is still short of site managers"), a body that opens on
their situation ("Two Year 9 maths classes without a permanent teacher since
Term 2 must be hard on those students") or likens the writer's own experience
to it ("... I ran exactly that kind of ramp-up at my last site"), an answer
the writer gave ("I know I said my licence lapsed"), a topic set before a
colon, or their words quoted. The employer's values, mission, culture or
public reputation, the state of a whole sector, what the writer read since
(the website, a blog, a webcast, the advert, published papers: "I've been reading your
audit on the company blog, and it was good to see that you ..."), and the
writer's own past ("out of work since the plant closed"), are not topics of
the interview. A blank template field is no topic ("our discussion about
[topic]"), though a topic named after it still counts.

When the interview's topics are known (front matter ``topics``, or your
notes through ``--context``), a note counts as building on the conversation
only when it names something from them (half a topic's words, or two of
them), matched on word stems so "automating eliminations" meets "automation of
eliminations", and on everyday synonyms so "staff turnover" meets "attrition"; the suggestion
then names two or three topics to build on. Without known topics, a note that
does not read as English is not judged (see ``notelint.rules.language``).

*Options*: none.

*Bad*: ``Thank you for our conversation about the Analyst role. I enjoyed
learning more about the company.``

*Good*: ``You mentioned the backlog of vendor invoices; at Globex I cut a
similar backlog by half with a weekly triage.``
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Set

from notelint.model import Problem, Severity
from notelint.note import Note, Section
from notelint.rule import NoOptions, Rule
from notelint.rules.cues import (
    CUE,
    CUE_STARTS,
    CUE_VERBS,
    DEICTIC,
    FINE_VERDICT,
    FINE_VERDICT_NEEDS,
    FRONTED,
    FRONTED_STARTS,
    GERUND_CUE,
    GERUND_NEEDS,
    GERUND_STARTS,
    JOB_TITLE_NOUNS,
    LIST_ITEM,
    PLAIN_VERDICT,
    PLAIN_VERDICT_NEEDS,
    QUOTE,
    RECAP,
    TASK_VERDICT,
    TASK_VERDICT_NEEDS,
    TOPIC,
    VERDICT,
    VERDICT_NEEDS,
)
from notelint.rules.gratuitous_thanks import WISH_BEFORE, stock_thanks
from notelint.rules.language import reads_as_english
from notelint.rules.lexicon import (
    named_stems,
    specific_stems,
    specific_words,
    starts_with_field,
    stem,
    topic_stems,
)
from notelint.rules.names import FIRST_NAMES, WORDLIKE_NAMES
from notelint.rules.scan import body_anchor

# Interviews of another form, named as an artifact cue ("my trial shift at Grindhouse"):
# the event itself, not something in it.
_EVENT = re.compile(
    r"\b(?:trial\s+shift|working\s+interview|site\s+visit|ride-along|ride\s+along|shadowing"
    r"|assessment(?:\s+day)?|(?:first|second|third|final)\s+round)$",  # round 229
    re.IGNORECASE,
)
_FRAME = re.compile(
    r"\b(?:enjoyed|loved|liked|appreciated|appreciate|valued|relished|pleasure|great|wonderful|nice|good"
    r"|glad|happy|fun|fascinating|interesting|insightful|helpful|useful|thanks|thank|after|since"
    r"|lovely|brilliant|fantastic|amazing|awesome|valuable|rewarding|inspiring"
    r"|during|keep|kept|been|still|especially|particularly|highlight|want|wanted"
    # round 180: "I can't stop thinking about the prototype freezing on the seat-map screen"
    r"|(?:can['’]t|cannot|couldn['’]t)\s+stop"
    r"|excited|thrilled|delighted|pleased|grateful|exciting|eye-opening|encouraging|refreshing|blast"
    r"|blessing|privilege|treat|joy"
    # round 219: "I came away thinking a lot about the Saturday build crews"
    r"|came\s+away|walked\s+(?:out|away)|(?:went|drove|got)\s+home"
    r"|got\s+(?:a\s+lot|loads|heaps|plenty)\s+out\s+of"  # round 229: "Got a lot out of ... seeing how"
    r"|gr8)\b"  # round 199, texted: "was gr8 hearing how the holiday pop-up did last yr"
    # a sentence opened by a discourse marker: "Seriously though, watching the desk ..."
    r"|^\s*(?:seriously|honestly|also|and|but|plus|anyway|oh)(?:\s+though)?\s*,?\s*$",
    re.IGNORECASE,
)
_FRAME_WORDS = 6
# A gerund that is its clause's subject after a comma, judged by what follows: "just left the
# store, shadowing the closing shift w/ Luis was actually fun" (round 227)
_JUDGED = re.compile(
    r"[^,.;:!?]{3,80}?\s(?:was|were)\s+(?:(?:really|actually|so|very|super|genuinely|honestly|proper)\s+)?"
    r"(?:fun|great|good|useful|brilliant|interesting|helpful|eye-opening|class|mint|awesome|ace|unreal"
    r"|cool|amazing|valuable|new\s+to\s+me|the\s+best\s+(?:bit|part))\b",
    re.IGNORECASE,
)
# "The Pune branch still has about 3,400 accounts to move", "Month-end close currently takes
# eleven working days": their situation as it stands, told plainly.
_SITUATION = re.compile(
    r"^\s*(?!(?:i|my|we|our|at|in|when|while|as|if|since|before|after)\b)"
    # (round 258: "still" in lower case: not the bar "The Copper Still is ...")
    r"(?P<topic>[^.!?;:\n]{3,80}?)\s+(?:(?:(?-i:still)|currently|already)\s+"
    # a verb in the present: "still jams", "currently takes", "still have", "is still shared"
    r"(?:[a-z]{2,}s|is|have|are|take|run|sit|need|lack|rely|use|lose|share|get|go|come|depend|wait)"
    r"|(?:is|are|has|have)\s+(?:still|currently|already)\s+[a-z]+)\b",
    re.IGNORECASE,
)
_SITUATION_NEEDS = frozenset(["still", "currently", "already"])
_NUMBERS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred"
)
# "Forty beds and two registered nurses on nights is a lot": a count of theirs, as it stands
# (the sentence opens with the count).
_COUNTED = re.compile(
    rf"^\s*(?:(?:the|your|both|a)\s+)?(?P<topic>(?:\d[\d,.]*|{_NUMBERS})\b"
    r"[^.!?;:\n]{3,60}?)\s+(?:is|are|has|have|needs?|runs?|takes?|sits?|comes?|goes|go)\b",
    re.IGNORECASE,
)
# "Brunch is doing 180 covers on Sundays through a single pass": their volume as it stands,
# told with its count.
_BUSY = re.compile(
    r"^\s*(?!(?:i|my|we|our|at|in|when|while|as|if|since|before|after)\b)(?P<topic>[^.!?;:,\n]{3,40}?)\s+"
    r"(?:is|are)\s+(?:currently\s+|now\s+)?(?:doing|running|turning|serving|handling|shipping|processing|seeing"
    r"|taking)\s+(?:about\s+|around\s+|over\s+|nearly\s+|roughly\s+)?\d[\d,.]*\s*k?\s+[a-z]+",
    re.IGNORECASE,
)
# A count or a name: what makes a plain statement theirs rather than the state of a sector.
_CONCRETE = re.compile(rf"\d|\b(?:{_NUMBERS}|dozen|half)\b|(?-i:(?<=\s)[A-Z][a-z]+)", re.IGNORECASE)
_ANSWER_WORDS = frozenset(["said", "told", "mentioned", "correction"])
_OWN_ANSWER = re.compile(
    r"\bi\s+(?:know|realise|realize)\s+(?:that\s+)?i\s+(?:said|told\s+you|mentioned)\b"
    # "One correction from my side: I said Brasserie Lune does about 90 covers a night"
    r"|\bcorrection\b[^.!?]{0,30}?\bi\s+(?:said|told\s+you|mentioned)\b"
    # round 271: "I owe you a correction on the Rhine–Ruhr case from yesterday's interview"
    # (not "I made a correction to the invoice template last year": the writer's own work)
    r"|\b(?:owe\s+you|make|offer|send\s+you|add)\s+(?:a|one)\s+(?:quick\s+|small\s+|brief\s+)?correction\s+"
    r"(?:on|to|about|regarding)\s+(?=(?:the|my\s+answer|what\s+i)\b)"
    # round 204: "in the interview I only mentioned my reading group briefly"
    r"|\b(?:in|during)\s+(?:the|my|our)\s+interview\s*,?\s+i\s+(?:only\s+|briefly\s+|just\s+)?(?:said"
    r"|told\s+you|mentioned)\b",
    re.IGNORECASE,
)
# "our talk about the Wrexham school extension": a talk named by its topic
_TALK_ABOUT = re.compile(
    r"(?:our|the|that|this)\s+(?:talk|conversation|discussion|chat)\s+about$", re.IGNORECASE
)
_DISCUSSED = re.compile(r"(?:to\s+)?discuss(?:ing)?$|talk(?:ing)?\s+about$", re.IGNORECASE)
_LONG_BEFORE = re.compile(r"\b(?:always|long)\s+$", re.IGNORECASE)
# (round 262) A wish held since long before it, or the writer's own record after "as we discussed".
_LONG_AFTER = re.compile(
    r"\s+(?:has|had)\s+(?:always\s+|long\s+)?been\s+(?:my|a)\s+(?:[\w-]+\s+)?dream\b", re.IGNORECASE
)
_EVER_SINCE = re.compile(r"\s*(?:ever\s+since|long\s+before)\b", re.IGNORECASE)
_NAME_SUBJECT = re.compile(
    r"(?!(?:The|This|That|Your|You|We|They|He|She)\b)[A-Z]"
)  # a name, not "the tour"
_PUBLISHED_ABOUT = re.compile(
    r"\b(?:press\s+releases?|articles?|announcements?|news|blog\s+posts?|blog|website|case\s+stud(?:y|ies)"
    r"|annual\s+reports?)"
    r"\s+(?:about|on|of)\s+$",
    re.IGNORECASE,
)
_OWN_RECORD = re.compile(
    r"\s*,?\s*i\s+(?:have|hold|bring|possess)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?"
    r"(?:\w+\s+)?(?:years?|experience|an?\s+[\w-]+\s+(?:certificat|degree|licen[cs]e|qualification))",
    re.IGNORECASE,
)
# "You asked what I'd want to learn in my first year": the question itself, put in
# words, is a moment of the interview (not "asked if I had any questions").
_ASKED_QUESTION = re.compile(
    r"\s+(?:me\s+)?(?:what|how|why|which|where|whether)\s+(?!(?:i|we)\s+(?:had|have)\s+any\b)"
    r"(?:[\w'’-]+\s+){3,}",
    re.IGNORECASE,
)
# Verdicts on what was seen or heard, and how many specific words each needs before it.
_VERDICTS = (
    (VERDICT, VERDICT_NEEDS, 3),
    (PLAIN_VERDICT, PLAIN_VERDICT_NEEDS, 2),
    (FINE_VERDICT, FINE_VERDICT_NEEDS, 3),
)
_SET_TASK = re.compile(
    r"\b(?:practice|exercise|task|role-?play|scenario|drill|quiz)\b", re.IGNORECASE
)
_LAST_CONJUNCT = re.compile(r"\b(?:and|but)\s+(?=the\b)", re.IGNORECASE)
# The writer's own words before a verdict ("my CV looks like a fit").
# (round 258: or a fan's subject-less "been a massive fan of Pebblefox since Tiny Harbour came out")
_OWN_HEAD = re.compile(
    r"\b(?:i|my|we|im|ive|our|me)\b|\bbeen\s+a\s+(?:[\w-]+\s+)?fan\s+of\b", re.IGNORECASE
)
# The writer's own workplace or role, then or now: "my current", "my last", "my former".
_MY_OWN = r"my\s+(?:current|present|last|previous|former|old)"
_MY_PAST = re.compile(
    rf"\b{_MY_OWN}\b", re.IGNORECASE
)  # "At my last job, shadowing the night shift ..."
# "Laying those pavers round the spa pool was gonna be a nightmare", "Learning to bed the
# slabs on a full mortar bed was new to me", "Picking on the voice headset took me about an
# hour to get used to": a task of the day, weighed as a trial's tasks are (rounds 211 and
# 215); not the writer's past or life ("Running the Leeds store for five years was hard",
# "Juggling college and the café": see _PAST_OF_MINE).
_TASK_WEIGHED = re.compile(
    # (at the start, or after an emoji that ends a texted sentence: "... than i expected 🙌
    # debugging that flaky terraform plan w/ Ines was actually fun", round 229)
    # (round 243: or after a fronted clause: "When the rain came in around four, moving the
    # cocktail hour under the tent with Marcus was the most hectic half hour of my week")
    r"(?:^|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF]\s)|(?<=,\s))\s*(?:(?:and|but|so|honestly|tbh)\s*,?\s+)?(?P<topic>[a-z]{2,}ing\s+[^.!?,;:\n]{3,90}?)\s+(?:was|were)\s+"
    r"(?:(?:gonna|going\s+to)\s+be\s+)?(?:new\s+(?:to|for)\s+me|a\s+(?:real\s+|proper\s+|bit\s+of\s+a\s+)?(?:nightmare"
    r"|challenge|first\s+for\s+me|learning\s+curve)|(?:a\s+bit\s+|really\s+|quite\s+|so\s+|pretty\s+)?(?:tricky"
    r"|fiddly|harder|trickier|easier|awkward)\b|the\s+(?:hardest|trickiest|toughest|best|most\s+\w+)"
    r"\s+(?:part|bit|half\s+hour|hour|stretch)"
    # round 215: "drafting the lambs this arvo was good fun"
    r"|(?:good|great|real|proper)\s+fun|a\s+(?:good\s+)?laugh"
    # round 229: "changing the barrels w/ Gaz down in the cellar was new for me", "doing the hoist
    # transfer with Bea was really good learning for me", "was actually fun"
    r"|(?:really\s+|actually\s+|so\s+|super\s+)?(?:good|great|decent)\s+(?:learning|practice)\b"
    # round 236: "Working the larder section with Lucy was full on"
    r"|(?:a\s+bit\s+|really\s+|pretty\s+|proper\s+)?(?:full[- ]on|hectic|non-stop)\b"
    r"|(?:actually|really|so|super)\s+fun\b)"
    # round 234: "Styling the mannequin for the denim table with Kira, and figuring out the
    # fitting-room call system by the afternoon, were my favorite parts of the day"
    r"|^\s*(?P<liked>[a-z]{2,}ing\s+[^.!?;:\n]{3,160}?)\s+(?:was|were)\s+(?:my|the)\s+(?:favou?rite|best)\s+"
    r"(?:parts?|bits?)\b(?!\s+of\s+(?:my|our)\b)"
    # round 215: "Picking on the voice headset took me about an hour to get used to"
    r"|^\s*(?P<task>[^.!?,;:\n]{3,90}?)\s+took\s+me\s+(?:(?:about\s+|nearly\s+|almost\s+|a\s+good\s+)?"
    r"(?:a\s+(?:while|bit|minute|few\s+goes|few\s+tries)|ages|an?\s+(?:hour|half\s+hour)"
    r"|\w+\s+(?:minutes|goes|tries|attempts))\s+to\s+(?:get\s+(?:used\s+to|the\s+hang\s+of|\w+\s+right)|learn"
    r"|master|figure\s+out|work\s+out|suss)"
    # round 241: "Truing that rear wheel on the stand with Kenji took me longer than I'd like"
    # (not the way there: "Getting to the Leeds site took me longer than I expected")
    r"|(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?longer\s+than\s+i"
    r"(?:['’]?d\s+like|\s+would\s+like|\s+(?:expected|hoped|thought|planned|wanted)))\b",
    re.IGNORECASE,
)
_TASK_WEIGHED_NEEDS = frozenset(["was", "were", "took"])
# "Sipho's member with the sore knee made me rethink the goblet squats": someone or something
# met on the day that changed the writer's mind about a thing of the job (round 241); not the
# writer's own past or a world event ("Covid made me rethink my career").
_MADE_ME = re.compile(
    r"^\s*(?P<cause>[^.!?,;:\n]{3,90}?)\s+(?:really\s+|honestly\s+|actually\s+)?made\s+me\s+"
    r"(?:re-?think|reconsider|question|think\s+(?:again|twice|harder|differently)\s+about)\s+"
    r"(?P<thing>[^.!?,;:\n]{3,60})",
    re.IGNORECASE,
)
_MADE_ME_NEEDS = frozenset(["made"])
# "I helped Priya flip the main hall", "shadowing Carlos on the grill": a task of the day done
# with someone named (round 243); not the writer's past ("At my last job I helped Sarah run ...").
_HELPED = re.compile(
    r"\b(?i:helped|helping|shadowed|shadowing)\s+(?!The\b|Our\b|Your\b|You\b|Everyone\b|Everybody\b)"
    r"[A-Z][a-zà-ÿ]+\s+(?:to\s+)?[a-z]+\s+(?:the|a|an|some|his|her|their)\s+(?P<thing>[^.!?,;:\n]{3,60})"
)
_HELPED_NEEDS = frozenset(["helped", "helping", "shadowed", "shadowing"])
# The way there is no task of the day: "Getting to the Leeds site took me longer than I expected".
_JOURNEY = re.compile(
    r"\s*(?:getting|driving|finding|parking|travelling|traveling|the\s+(?:drive|journey|commute|trip"
    r"|bus|train|walk|traffic))\b",
    re.IGNORECASE,
)
# "On Monday I replaced the CV joint on the white Hilux", "Shovelled out the footings for the
# slab ... most of the arvo": a task done on the day, told plainly (round 217). The day must
# be named in the sentence; feelings, study and moves are the writer's own ("I finished",
# "I applied", "I handed in").
_DAY_TASK = re.compile(
    r"^\s*(?:(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|this\s+(?:morning|afternoon"
    r"|arvo))\s*,?\s+)?(?P<i>i\s+(?:also\s+|first\s+)?)?"
    # (round 238: "Finished the privilege log you left me", not "finished my degree")
    r"(?!(?:needed|wanted|hoped|wished|loved|liked|enjoyed|learned|noticed|started|finished(?!\s+the\s)|applied|handed"
    r"|worked|moved|graduated|studied|passed|completed|attended|visited|interviewed|booked|emailed|called"
    r"|missed|spent)\b)"
    r"(?:[a-z]{3,}ed|did|ran|made|cut|built|laid|hung|set|got|put|swept|dug|drove|served|sold|fed"
    r"|taught|brought|caught|wrote|led|rode|drew)"  # round 238: "Taught the Year 4 fractions lesson"
    # (round 237: no article before a material in a texted note with no "I", "Carted gyprock up
    # to level 3 most of the morning"; not "I also introduced monthly rolling forecasts")
    r"\s+(?:(?:out|up|down|through|in|off|over)\s+)?"
    r"(?(i)(?:the|those|a|an|two|three|four|some)\s+|(?:(?:the|those|a|an|two|three|four|some)\s+)?)"
    r"(?P<topic>(?!(?:my|our|me|it|them|him|her|you)\b)[^.!?;:,\n]{3,90})",
    re.IGNORECASE,
)
_DAY_MARK = re.compile(
    r"\b(?:today|yesterday|this\s+(?:morning|afternoon|arvo)|the\s+arvo|on\s+(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day|(?:at|on|during)\s+the\s+trial"
    # round 218: "laid about half the sleepers with Rob before lunch"
    r"|(?:before|after|by)\s+(?:lunch|smoko|the\s+break|the\s+end\s+of\s+the\s+(?:day|shift))"
    # round 237: "Carted gyprock up to level 3 most of the morning"
    r"|(?:most|all|half)\s+of\s+the\s+(?:morning|afternoon|shift)"
    # round 238: "Finished the bank reconciliation ... before closing", "all tested by 4"
    r"|before\s+(?:closing|close|knock[- ]off|home\s+time)|by\s+\d{1,2}(?:[.:]\d\d)?(?:\s*[ap]\.?m\.?)?(?=[\s,.;]|$))\b",
    re.IGNORECASE,
)
_DAY_WORDS = frozenset(
    "today yesterday morning afternoon arvo trial monday tuesday wednesday thursday friday"
    " saturday sunday lunch smoko break end shift closing close knock home by".split()
)
# The writer's past in the sentence: "for five years", "at my last job", "in my old role".
_PAST_OF_MINE = re.compile(
    r"\b(?:for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+(?:years|months)"
    rf"|(?:at|in|with)\s+{_MY_OWN}|(?:at|in)\s+my\s+(?:job|role|work|store|kitchen|company|firm|school)"
    r"|(?:at|in)\s+(?:school|the\s+academy)"
    # the writer's own life: "Juggling college and the café was tricky at first"
    r"|college|uni|university|studies|exams|kids|children|family|commute|home|marathon|race|gym"
    r"|holiday|wedding|party)\b",
    re.IGNORECASE,
)
# The writer's own output, counted: "Two papers from that work are published".
_OWN_OUTPUT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|several|my|our)\s+(?:[\w-]+\s+)?(?:papers|publications|patents"
    r"|preprints|articles)\b"
    r"|\bfrom\s+(?:that|this|my|our)\s+(?:work|project|research|thesis|phd|doctorate|time|role)\b",
    re.IGNORECASE,
)
# News seen or heard, not the interview: "glad to see that Tohoku University honoured its
# commitment to open data last year".
_NEWS_CUE = re.compile(r"(?:see|seeing|hear|hearing|learn|learning|read)$", re.IGNORECASE)
_NEWS_THAT = re.compile(
    # "that ...", or a name and what it did: "Good to see Kestrel honoured its commitment to
    # open-source the Android SDK last month"
    r"\s+(?:that\b|(?=(?-i:[A-Z][\w&]*)(?:\s+(?-i:[A-Z][\w&]*))*\s+(?:has\s+|have\s+)?[a-z]+ed\b))"
    r"[^.!?]{0,120}?\b(?:last\s+(?:year|month|spring|summer|autumn|fall|winter)|in\s+(?:19|20)\d\d"
    r"|earlier\s+this\s+year)\b",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"\s*(?P<topic>[^.;!?]{5,200}?)\s+(?:is|was|sounds|seems|looks)\s+(?:a\s+|an\s+)?(?:much\s+|far\s+|a\s+lot\s+)?"
    r"[\w-]+\s+(?:[\w-]+\s+)?than\s+(?:(?:what\s+|anything\s+)?i(?:['’]ve|\s+have)\s+(?:ever\s+)?(?:had|seen|worked"
    # round 214: "way cooler than what we have at my current place"
    rf"|done)|(?:(?:at|in)\s+)?{_MY_OWN}|what\s+(?:we|i)\s+(?:have|had|use|used|run)\s+(?:at|in)\s+{_MY_OWN})\b",
    re.IGNORECASE,
)
# A task set in the interview, named by its kind: "the mock call", "the practical exercise".
_TASK_KIND = re.compile(
    r"\b(?:mock|practice|sample|trial|written|practical|coding|simulated|in-tray|role-play|role\s+play)\s+"
    r"(?:[\w-]+\s+)?(?:call|calls|exercise|task|test|case|presentation|pitch|lesson|interview|shift"
    r"|scenario|session|assessment)\b",
    re.IGNORECASE,
)
# "my clients we lifted", "our stores we": the writer's own "we"
_MY_WE = re.compile(r"(?:my|our)\s+(?:[\w-]+\s+){0,3}?we\b", re.IGNORECASE)
_THANKS_WORD = re.compile(r"(?:grateful|thankful|appreciat|thank)", re.IGNORECASE)
# "A follow-up on the pricing case.", "I'm just following up on the fleet audit": a
# follow-up's opening names its topic.
_FOLLOW_OPENER = re.compile(
    r"^\s*(?:(?:just\s+)?a(?:\s+quick|\s+short|\s+brief)?|one\s+(?:more|last)|i['’]m(?:\s+just)?"
    r"|i\s+am(?:\s+just)?|just)\s*$",
    re.IGNORECASE,
)
# "I learned a ton watching how you call tickets": first-person past, about them.
_FIRST_PERSON_PAST = re.compile(r"\b(?:i|we)$", re.IGNORECASE)
_OWN_PRACTICE = re.compile(
    r"(?:habit|approach|mindset|method|routine|experience|background|lesson|skill|skills|strength"
    r"|strengths|instinct|discipline)\b",
    re.IGNORECASE,
)
_WE = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)
# A sentence set at the writer's own workplace, named: "At Fenwick Retail I own 240 dbt models".
_AT_OWN_PLACE = re.compile(
    r"\s*(?:at|in)\s+(?-i:[A-Z][\w&'’.-]*)(?:\s+(?-i:[A-Z][\w&'’.-]*))*\s*,?\s+(?:i|we)\b",
    re.IGNORECASE,
)
_MULLED = re.compile(r"had\s+a\s+(?:\w+\s+)?think\s+about", re.IGNORECASE)
_ABOUT_THEM = re.compile(
    r"\b(?:you|your|y['’]all|the\s+team|today|yesterday|this\s+morning|during|in\s+our)\b",
    re.IGNORECASE,
)

_NAMED_PERSON = re.compile(
    # (the verb in any case: "Meeting Carlos from the warehouse was a highlight")
    r"\b(?i:meeting|to\s+meet|met|meet|speaking\s+with|talking\s+(?:with|to)|chatting\s+with"
    r"|introducing\s+me\s+to|introduced\s+me\s+to"
    # (round 247: "the back-and-forth with Ellen about how the firm splits origination credit")
    r"|(?:conversation|chat|talk|lunch|coffee|call|session|walkthrough|exercise|panel|trial\s+shift|back-and-forth"
    r"|exchange|debate|discussion"
    r"|ride[\s-]+along|stage)\s+with)\s+"  # round 223: "ride along w marcus was solid today"
    r"(?:you\s+and\s+)?"  # "good to meet you and Pete"
    r"(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Mx\.?\s+|Prof\.?\s+|Professor\s+)?"
    r"(?!The\b|Our\b|Your\b|You\b|Everyone\b|Everybody\b|All\b|Both\b)[A-Z][a-zà-ÿ]+\b(?!\s+(?:Inc|Corp|LLC|Ltd|Group|Company|Bank|Hospital"
    r"|School|University|College|Labs?)\b)"
    # "the time you and Sister Okafor gave me": a second interviewer, named
    r"|\btime\s+(?:that\s+)?you\s+and\s+(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof)\.?\s+"
    r"|(?:Professor|Sister|Nurse|Chef|Captain)\s+)?(?!The\b|Our\b|Your\b|I\b)[A-Z][a-zà-ÿ]+"
    r"(?:\s+[A-Z][a-zà-ÿ]+)?\s+(?:gave|spent|took|set\s+aside)\b"
)
_WINDOW_WORDS = 18
_EMPHASIS = re.compile(r"\*\*|__|[*`]")
_STARS = re.compile(r"(?<![\w*])\*{3,}(?![\w*])")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")  # a Markdown link: [case study](https://...)
# A template field or an address: its words are no cue ("[insert something you discussed]").
_FIELD = re.compile(r"\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>")
# A template's stand-in for the employer: "what Company Name is building" names nothing.
_STAND_IN = re.compile(r"\b(?:Company|Organi[sz]ation|Employer|Firm|School|Hospital)\s+Name\b")
_DETERMINER = re.compile(r"(?:the|that|this|those|these|my|your|our)\s", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(
    # (a dash before a capital joins names: "the Rotterdam – Milan route")
    r",?\s+(?:and|but|so)\s+(?:i|I)\b|,\s+which\s+(?:i|I)\b|;|\s[—–]\s(?-i:(?![A-Z]))|—"
    # "follow up on our conversation and reiterate that my background ...": the writer's own
    r"|\s+and\s+(?:to\s+)?(?:reiterate|restate|say|add|confirm|express|thank|let\s+you\s+know)\b"
    # "I enjoyed our conversation this morning and would be glad to bring my forklift ...": a
    # second verb whose subject is the writer
    r"|\s+and\s+(?:would|will|am|can|look|hope|remain|believe|feel|want)\b"
    # "our great chat on Thursday, and everything we covered made me ...": a new subject
    r"|,\s+(?:and|but|so)\s+(?:everything|it|this|that|all)\b"
    # "Nice to finally see the inside of the place after walking past it for years": what the
    # writer did before
    r"|\s+(?:after|before)\s+(?:[a-z]+ing)\s+(?:past|by|around|through|about|so|for|it|them)\b",
    re.IGNORECASE,
)
# Cues in which the interviewer or team is the subject ("the plan you described")
# may have their specific words before the cue.
_SUBJECT_CUE = re.compile(
    # ("the idea of moving reconciliation to streaming that we touched on": a relative clause)
    r"(?i:(?:that\s+|which\s+)?(?:you|u|we|your\s+team|the\s+team|they|she|he"
    rf"|your\s+(?:[\w-]+\s+)?{JOB_TITLE_NOUNS}))\s"
    r"|[A-Z][a-z]+\s+(?!to\b)"
)
# "humbled that you considered", "so glad that we": "that" opens what is felt, not a
# relative clause whose noun, before it, would be the topic.
_FEELING_THAT = re.compile(
    r"\b(?:glad|happy|pleased|humbled|honou?red|grateful|thankful|delighted|excited|thrilled|sure"
    r"|aware|know|knew|think|thought|hope|believe|feel|felt|appreciate|appreciated|see|saw|noticed"
    r"|loved|liked|impressed|encouraged|touched|proud|relieved|surprised|mean|means|so|say|said"
    r"|fact|given|now|such)\s*$",
    re.IGNORECASE,
)
# "... as you suggested", and a correction of what was said ("not Alvarado, as I said"):
# the specific words come before the cue.
_AS_LIKE = re.compile(r"^(?:as|like)\s+|^not\s", re.IGNORECASE)
_INNER_AS_LIKE = re.compile(r"\s(?:as|like)\s+(?:you|we)\s+\S+$", re.IGNORECASE)
_ABOUT = re.compile(r"^\s*(?:more\s+)?(?:about|on|of|regarding)\s+", re.IGNORECASE)
# "The Tuesday truck stuck with me": cues whose subject, before them, is the topic.
_ECHO = re.compile(
    r"(?:stuck|stays|stayed|stood|stands|resonated|resonates|rattling|has\s+had|have\s+had"
    r"|made\s+me|makes\s+me|still\s+makes\s+me"
    r"|different|heavier|lighter|bigger|smaller|faster|slower|trickier|harder|easier|newer|older)\b",
    re.IGNORECASE,
)
# "After our call about the backlog, I ...": the cue's clause ends at the comma.
# (round 250: "I want you to know that after everything we talked about I am even more sure")
_AFTER = re.compile(r"(?:that\s+)?(?:after|since|following)\s", re.IGNORECASE)
_AS = re.compile(r"as\s", re.IGNORECASE)
# A letter's opening frame before the cue, as "after": "Further to our conversation on
# Thursday, I wished to write ...": the meeting is only when, what follows is the writer's.
_FURTHER_TO = re.compile(
    r"\b(?:further\s+to|following\s+(?:on\s+from|up\s+on)|in\s+follow-up\s+to|as\s+a\s+follow-up\s+to"
    r"|with\s+reference\s+to|in\s+reference\s+to|pursuant\s+to)\s+$",
    re.IGNORECASE,
)
# After a time, only the writer's state: "After our meeting of yesterday I am even more
# convinced ..." (not "After the live-coding part yesterday I understood what was wrong").
_OWN_CLAUSE = re.compile(
    r"\s*(?:i|we)\b|\s*(?:of\s+)?(?:yesterday|today|this\s+\w+|last\s+\w+|on\s+\w+day|\w+day)\s*,?"
    r"\s*(?:i\s+am|i['’]m|i\s+feel|i\s+remain|we\s+are|i\s+can|i\s+could|i\s+must|i\s+know|i\s+believe)\b",
    re.IGNORECASE,
)
# "After our discussion about the role I'm even more excited about ...": a topic that names
# nothing before the writer's own clause (round 270).
_VAGUE_TOPIC = re.compile(
    r"\s*(?:about|on|regarding|of)\s+(?:the|this|your)\s+(?:role|position|job|opportunity|vacancy"
    r"|post|team|company|organi[sz]ation|firm)\s*,?(?=\s*(?:i|we)\b)",
    re.IGNORECASE,
)
# "Since the storage tour I have been wondering about the two data loggers ...": the
# writer's own clause, but what they have been turning over is what they saw or heard.
_WONDERING = re.compile(
    r"\s*(?:i|we)\s+(?:(?:have|['’]ve)\s+been\s+|(?:kept|keep)\s+|was\s+|were\s+)?"
    r"(?:wondering|thinking|mulling|puzzling|chewing)\s+(?:about|over|on|why|how|whether)\b",
    re.IGNORECASE,
)
# "I looked into the charging carts at Lincoln Elementary after the tour": a visit of the
# interview that ends its clause; what happened comes before it.
_VISIT_END = re.compile(
    r"(?:after|since|following)\s+\S+\s+(?:[\w-]+\s+)?(?:tour|walk-?through|walk-?round|tasting"
    r"|ride-along|trial\s+shift)\s*$",
    re.IGNORECASE,
)
# "I kept thinking about how at my current lab we cut our rejection rate": the writer's own.
_OWN_HISTORY = re.compile(
    # round 250: "after everything we talked about I am even more sure that my experience ...":
    # no object, the writer's own clause
    r"\s*,?\s*(?:i\s+am|i['’]m|i\s+feel|i\s+remain|i\s+know|i\s+believe)\b|"
    r"\s+(?:how|when|what|the\s+way)?\s*(?:at|in|on)?\s*my\s+(?:current|last|previous|old|former|own)\b"
    # "thinking about the month-end close I rebuilt at Fenwick Logistics"
    r"|\s+(?:the|my|our)\s+(?:[\w-]+\s+){0,4}?(?:i|we)\s+(?:rebuilt|built|ran|led|set\s+up|designed|wrote"
    r"|launched|introduced|delivered|managed|did)\s+(?:at|in|for|with|during|last|back)\b"
    # "useful to see a fuller example of my work": the writer's own work, offered
    r"|\s+(?:an?|one|another|some|more)\s+(?:[\w-]+\s+)?(?:examples?|samples?)\s+of\s+my\s+(?:own\s+)?"
    r"(?:work|writing|code|designs?|portfolio|projects?)\b",
    re.IGNORECASE,
)
# "In my current role I manage a team of six and coordinate the lab's accreditation": a
# place named after this is where the writer works, not a place seen at the interview.
_OWN_ROLE = re.compile(
    rf"\b(?:in|at)\s+{_MY_OWN}\s+(?:role|job|position|post|lab|workplace|employer|company|practice|hospital"
    r"|school|site|firm|clinic|store|restaurant|agency|team)\b",
    re.IGNORECASE,
)
# Cues that name what they refer to: a person met ("say hello to Bernadette"), a thing redone
# "from memory" ("rebuilt the spreadsheet with the orange tabs from memory"), a time they
# raised ("the 6 a.m. start won't be a problem").
_NAMES_ITSELF = re.compile(
    # (round 263: "pass my thanks to Derek on reception", "give Biscuit a scratch behind the ears")
    r"^say\s+(?:hello|hi)\s+to\s|^pass\s+(?:on\s+)?my\s+thanks\s+to\s|^give\s+\w+\s+a\s+(?:scratch|pat|hug|wave)"
    r"|\sfrom\s+memory$|^the\s+\d.*\s(?:problem|issue)$"
    # "while we were plating the halibut": a moment of the interview, done together
    # "The title I was searching for on Wednesday": a moment of the interview
    r"|^the\s+(?:title|name|word|term|book|paper|author)\s+I\s+(?:was\s+searching|was\s+trying|couldn)"
    r"|^(?:when|while)\s+we\s+were\s+(?:plating|cooking|prepping|tasting|walking|touring|sketching"
    r"|whiteboarding|pairing|shadowing)$"
    # round 198: "the shoplifting role-play", "the ladder drill": a task named by its topic (not
    # "the group exercise", "the fire drill": a kind of task)
    r"|^the\s+(?!(?:group|written|practical|final|first|second|third|last|panel|mock|short|main|technical"
    r"|online|fire|team|whole)\b)[\w-]+\s+(?:role-play|roleplay|role\s+play|scenario|simulation|drill)$",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"(?:lab|floor|plant|kitchen|classroom|warehouse|site|depot|dc|rdc)$", re.IGNORECASE
)
# The writer's job now, just before a place (rounds 259 and 265): "I also work closely with
# the warehouse supervisors", "I've been running the floor at a busy spot in Te Aro".
_MY_WORK_NOW = re.compile(
    r"\bi\s+(?:also\s+|currently\s+|now\s+|already\s+)?(?:work|liaise|deal|partner|collaborate)\s+"
    r"(?:closely\s+|daily\s+|directly\s+|day-to-day\s+)?with\s+$"
    r"|\bi(?:['’]ve|\s+have)\s+(?:been\s+)?(?:running|managing|leading|supervising|run|managed|led"
    r"|supervised)\s+$",
    re.IGNORECASE,
)
# "My responsibilities included ... running the monthly site meetings": the writer's duties
_MY_DUTIES = re.compile(
    r"\bmy\s+(?:main\s+|day-to-day\s+|daily\s+)?(?:responsibilities|duties|tasks|remit|role|job)\s+"
    r"(?:included|includes|include|involved|involves|covered|covers|was|were|is|are)\b"
    # "my career has been a steady move from the warehouse floor to running sites"
    r"|\bmy\s+(?:career|background|path|journey|working\s+life)\s+(?:has\s+been|was|is|took|began|started)\b",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    # (round 233: "since the depot I was at closed in August")
    r"(?:\s+(?:in|at|on|near)\s+[\w'’-]+(?:\s+[\w'’-]+)?|\s+(?:i|we)\s+(?:was|were|worked)\s+(?:at|in))?"
    r"\s+(?:closed|shut|went\s+under|was\s+sold)\b",
    re.IGNORECASE,
)
_MISSION_BEFORE = re.compile(
    r"\b(?:mission|vision|values|commitment|ethos|purpose)\s+(?:to|of|for)\b", re.IGNORECASE
)
# Newspapers and news services: "The Business Times", "the Manchester Evening News".
_PRESS = (
    r"(?-i:(?:[A-Z][\w'’&-]*\s+){1,3}(?:Times|News|Post|Journal|Herald|Gazette|Telegraph|Guardian"
    r"|Chronicle|Tribune|Standard|Observer|Economist|Insider))|Bloomberg|Reuters|TechCrunch|Forbes"
    r"|(?:the|a|local)\s+(?:newspaper|press|trade\s+press)"
    # "reading about Lumen Studio ... reviews your employees have left online", a company's report
    r"|(?:reviews?|ratings?|comments?)\s+(?:[\w'’-]+\s+){0,4}?online|online\s+(?:reviews?|ratings?)"
    r"|glassdoor|blog|newsletter|(?:integrated|sustainability|impact|esg|quarterly)\s+report"
)
# What a candidate reads before or after the interview: the advert, the website. What
# it says is not what was said.
_PUBLISHED = re.compile(
    r"\bjob\s+(?:advert|advertisement|ad|posting|listing|description|spec)\b"
    r"|\b(?:the|your)\s+(?:advert|advertisement|posting|listing|ad|vacancy\s+(?:text|notice|page))\b"
    r"|\bon\s+your\s+(?:web\s*)?site\b|\b(?:19|20)\d\d\s+(?:papers?|preprints?|articles?)\b"
    # round 263: "I read last week in Teknisk Ukeblad that you have signed ..."
    r"|\bread\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}\s+that\b"
    r"|\b(?:website|(?:careers?|values|mission|about(?:\s+us)?|culture)\s+page|mission\s+statement|slogan|tagline|brochure|annual\s+report|reading\s+list"
    r"|press\s+release|newsletter|podcast|blog|subscribed|announcement|news\s+article|keynote|webinar|webcast"
    r"|(?:adopted|approved|proposed|published)\s+budget|budget\s+book"
    r"|(?:kubecon|conference|ted|recorded|youtube)\s+talk)\b"
    # "the published validation study of your chest X-ray model", "the public postmortem"
    r"|\b(?:published|public)\s+(?:[\w-]+\s+){0,2}?(?:study|paper|report|article|results|review|analysis"
    r"|dataset|postmortem|post-mortem|write-up|case\s+study)\b"
    rf"|\b(?:{_PRESS})\b",
    re.IGNORECASE,
)
# "I read about Dr. Okafor's work on your website": what follows in the sentence was read.
_READ_PUBLISHED = re.compile(
    r"\b(?:read|reading|re-?read|browsed|browsing|looked\s+(?:at|through)|explored|exploring|studied"
    r"|(?:had|took|taken|having|taking)\s+(?:another|a)\s+(?:(?:second|closer|fresh|proper|quick|good)\s+)?look"
    r"\s+(?:at|through)"
    r"|spent\s+(?:some\s+|a\s+lot\s+of\s+|more\s+|an\s+hour\s+|the\s+evening\s+)?time\s+(?:on|with|in)"
    r"|went\s+through|gone\s+through|going\s+through|dug\s+into|checked\s+out|saw|seen|working\s+through|watched"
    r"|watching"
    # round 184: "reviewing the hospital's patient charter on your website", "listened to the
    # half-year results webcast"
    r"|reviewing|reviewed|listened\s+to|listening\s+to"
    r"|went\s+back\s+(?:to|over|through)|revisited|visited"
    # round 201: "interested to see in the FY2025 Adopted Budget that the County is expanding ..."
    r"|(?<=\bsee\s)(?:in|on))\b[^!?\n]{0,100}?"
    r"\b(?:website|(?:careers?|values|mission|about(?:\s+us)?|culture)\s+page|annual\s+report|brochure|press\s+release|announcement|news\s+article"
    r"|(?:adopted|approved|proposed|published)\s+budget|budget\s+book"
    r"|reading\s+list|on\s+your\s+(?:web\s*)?site|(?:19|20)\d\d\s+(?:papers?|preprints?|articles?)"
    r"|keynote|webinar|webcast|podcast|(?:kubecon|conference|ted|recorded|youtube)\s+talk"
    r"|(?:published|public)\s+(?:[\w-]+\s+){0,2}?(?:study|paper|report|article|results|review|analysis"
    r"|dataset|postmortem|post-mortem|write-up|case\s+study)"
    rf"|{_PRESS})\b"
    # "The posting also says the team is moving reporting to a warehouse", "The ad says you
    # want someone who can ...": what the advert says, whatever follows
    r"|\bread\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}\s+that\b"
    r"|\b(?:the|your)\s+(?:job\s+)?(?:ad|advert|advertisement|posting|listing|description|spec|website|blog)"
    r"\s+(?:also\s+)?(?:says|said|mentions|mentioned|states|stated|lists|listed|asks\s+for|calls\s+for"
    r"|describes|notes|talks\s+about)\b",
    re.IGNORECASE,
)
# "As we discussed, I believe my ...": a claim of fit follows, not what was discussed (but
# "As discussed, I have handled lease accounting under Ind AS 116" names it).
_OWN_NEXT = re.compile(
    r"\s*,\s*i\s+(?:believe|think|feel|know|am\s+(?:confident|sure|certain))\b"
    r"|\s*,\s*i['’]m\s+(?:confident|sure|certain)\b"
    # "As we discussed, the role calls for a product leader who ...": the job's description
    r"|\s*,\s*(?:the|this)\s+(?:role|position|job|post)\s+(?:calls\s+for|requires|needs|involves|demands)\b"
    # the writer's own terms and record: "As mentioned earlier, my current package is AED
    # 18,000" (round 215), "As mentioned, I hold a BEng from the University of Leeds" (217)
    r"|(?:\s+(?:earlier|before|previously))?\s*,\s*(?:my\s+(?:current|present|notice|expected|salary"
    r"|package|availability)|i\s+(?:hold|graduated|completed|studied|have\s+(?:a|an|over|more\s+than|\d+"
    r"|completed|worked|led|managed|spent)))\b",
    re.IGNORECASE,
)
# "my answer to the question about teamwork": a cue about a question.
_ASKED = re.compile(r"\b(?:question|questions|answer|answers)\b", re.IGNORECASE)
_ASKED_VERB = re.compile(r"\basked\b", re.IGNORECASE)
# Verbs that report what was said: they name nothing themselves.
_REPORTED = re.compile(
    r"\b(?:described|outlined|mentioned|noted|highlighted|asked)\b", re.IGNORECASE
)  # (round 157: "The questions you asked gave me a lot to think about" names nothing)
# "My beurre blanc broke during the stage", "The misfire kept bugging me on the drive home":
# the specific words come before these cues.
_BEFORE = re.compile(
    r"(?:on|during|in)\s|(?:kept|keeps|been)\s|(?:at|by)\s+the\s+(?:end|start)\s", re.IGNORECASE
)
_CLAUSE_STOP = re.compile(r"[,;.!?]|\s(?:and|but)\s+(?:i|it|this|that|we)\b", re.IGNORECASE)
# Cues that often introduce generic praise ("learn more about the care you provide")
# need more specific words after them.
_WEAK_CUE = re.compile(
    r"(?:learn|learning|learned|learnt|hearing|heard|meeting|to\s+meet|met|seeing"
    r"|conversation|interview|call|discussion|chat|meeting|follow\s+up\s+on|following\s+up\s+on"
    r"|thought\s+about|thought\s+of|considered|as\s+promised)$",
    re.IGNORECASE,
)


# Shortcuts. The patterns (above and in :mod:`notelint.rules.cues`) begin with ``\b`` or
# ignore case, so the regular
# expression engine tries them at every character of a sentence, which made this the
# slowest rule. But each can match only where certain words are, so a sentence is
# first cut into its lower-case ASCII words (``_WORD`` over ``text.lower()``): a
# pattern is tried only at the words its matches begin with, and skipped when a word
# it needs is missing. Every such word follows ``\b`` or whitespace in its pattern and
# is followed by ``\b``, whitespace or an apostrophe, so wherever the pattern matches
# it is one of those words. Keep the lists in step with the patterns: the rule's tests
# check the shortcuts against running every pattern in full.
_WORD = re.compile(r"[a-z]+")
# Letters ``re.IGNORECASE`` reads as an ASCII letter that ``str.lower`` does not turn
# into one ("ſ" is an "s" to the patterns; "İ" lower-cases to two characters): a
# sentence holding one gets no shortcuts.
_ODD_CASE = re.compile("[İıſ]")

# One of these is in every _NAMED_PERSON match.
_NAMED_PERSON_NEEDS = frozenset(
    """meeting meet met speaking talking chatting introducing introduced conversation chat talk
    lunch coffee call session walkthrough exercise time panel shift ride stage back-and-forth
    forth exchange debate discussion""".split()
)
# Every _NEXT_CLAUSE match holds ";", a dash, " and " or a space and an "I" (including
# the letters IGNORECASE takes for an "i").
_SPACE_I = re.compile(r"\s[iIıİ]")
# Every _WEAK_CUE match ends with one of these (its ``$`` could also match before a
# final line break, but cues end with a letter).
_WEAK_ENDINGS = tuple(
    """learn learning learned learnt hearing heard meeting meet met seeing conversation interview
    call discussion chat on about of considered promised""".split()
)
# Words that report what was said or done in the interview ("you mentioned", "Dana
# asked", "our conversation about"): a note that refers back mostly does so in the
# sentence where the first of them is.
_REPORTING = frozenset(
    """mentioned described explained discussed asked said shared outlined highlighted
    emphasised emphasized noted raised talked spoke told showed walked conversation
    discussion""".split()
)


def _specific(words: str, needed: int = 2) -> bool:
    """Whether ``words`` name something specific: not the job, the employer or a blank field."""
    return len(specific_words(words)) >= needed


# "discussing [insert topic] and the plan to put pharmacists into the clinic": a topic after
# the blank field; "our discussion on XXX about the TB GeneXpert testing": a blank date, then
# the topic.
_AND_AFTER_FIELD = re.compile(
    r"\s*(?:\[_\]|X{2,})\s+(?:(?:and|as\s+well\s+as|plus)\s+(?=(?:the|your|our)\s)"
    r"|(?:about|regarding|concerning)\s+)",
    re.IGNORECASE,
)


def _specific_after(text: str, cue: re.Match[str]) -> bool:
    after = _ABOUT.sub("", text[cue.end() :], count=1)
    if starts_with_field(after) and not (
        _DETERMINER.match(cue.group(0)) and _specific(_REPORTED.sub(" ", cue.group(0)), 1)
    ):
        # "our discussion about [specific topic]": the blank was never filled (but "the inbox
        # filters you asked about (sponsor e-mails, invoices)" names its topic before it)
        more = _AND_AFTER_FIELD.match(after)
        return more is not None and _specific(
            _CLAUSE_STOP.split(after[more.end() :], maxsplit=1)[0]
        )
    further = _FURTHER_TO.search(text, max(0, cue.start() - 24), cue.start())
    if (
        _ECHO.match(cue.group(0))
        or _AFTER.match(cue.group(0))
        or further
        or (_AS.match(cue.group(0)) and _OWN_NEXT.match(text, cue.end()))
    ):
        # "What stuck with me was the backlog": its object, up to the clause's end
        # (not "resonated with me, and it reinforced my belief that ..."); "After our
        # call about the backlog, I ...", "As we discussed, I believe my twelve years ...":
        # what follows the comma is the writer's own.
        tail = _CLAUSE_STOP.split(text[cue.end() :], maxsplit=1)[0]
        vague = _VAGUE_TOPIC.match(tail)
        own_at = vague.end() if vague else 0
        if (_AFTER.match(cue.group(0)) or further) and _OWN_CLAUSE.match(tail, own_at):
            wondering = _WONDERING.match(tail, own_at)
            if wondering is None:
                return False  # "After our conversation I am even more interested ...": the writer's
            tail = tail[wondering.end() :]
        # "Since our conversation I have spent some time on your website": what was read
        # since is not what was said.
        return _specific(tail) and not _PUBLISHED.search(tail)
    needed = 3 if _weak(cue.group(0)) and not _TALK_ABOUT.match(cue.group(0)) else 2
    if _HOW_YOU.match(text, cue.end()):
        needed = 1  # "talking through how you staff up for peak": a practice of theirs
    # "the slotting exercise", "the cooler gasket you showed": the cue's own words count.
    found = cue.groupdict()
    own = found.get("artifact") or found.get("done") or _DETERMINER.match(cue.group(0))
    if (
        own
        and _REPORTED.search(cue.group(0))
        and not specific_words(_REPORTED.sub(" ", cue.group(0)))
    ):
        own = None  # "The way you described ...": only the verb would count
    if own and _TASK_KIND.search(cue.group(0)):
        needed = 1  # "The mock call where I had to sell the job": a task set in the interview
    if (own and _ASKED.search(cue.group(0))) or _ASKED_VERB.search(cue.group(0)):
        # "my answer to the question about teamwork", "when you asked about the Sage upgrade":
        # a question's topic is one word
        needed = 1
    start = cue.start() if own else cue.end()
    tail = text[start:]
    if not own:  # "struck by the collegiate culture you described": the verb names nothing
        tail = _REPORTED.sub(" ", tail)
        if cue.group(0)[-3:].lower() == " by":
            # "impressed by Kōwhai Pharmacy": a name right after it is the employer's, as
            # after "with"
            tail = " with" + tail
    elif event := _EVENT.search(cue.group(0)):
        # "my trial shift at Grindhouse": the event is the interview itself, no topic of it
        tail = tail[: event.start()] + " " * len(event.group(0)) + tail[event.end() :]
    clause = _next_clause(tail, cue.end() - start)
    if clause:  # "... you mentioned X, and I think my internship ..." stops at "and I"
        tail = tail[: clause.start()]
    missed = _LOWER_STOP.search(tail, cue.end() - start)
    if missed:  # "really enjoyed meeting u. super keen on ...": a sentence the splitter missed
        tail = tail[: missed.start()]
    window = " ".join(tail.split()[:_WINDOW_WORDS])
    if needed == 3 and not own:
        # After a weak cue, a code or a figure counts as a third word: "loved hearing about
        # the EMEA launch", "hearing how the Q3 close works"
        # (a code too short for a specific word counts as well: "the Q3 vendor consolidation")
        words = specific_words(window)
        coded = any(map(_CODE_OR_FIGURE.fullmatch, words)) or bool(_SHORT_CODE.search(window))
        # ... and so does a name before a change of theirs: "loved hearing about the Lisbon
        # office move" (but not "hearing about the Lisbon office": the employer in general)
        if len(words) == 2 and not coded:
            coded = any(word[0].isupper() for word in words) and any(
                word.lower() in _CHANGES for word in words
            )
        # ... and so does a piece of work the two words name: "loved hearing about the
        # festival poster brief", "the river restoration project" (round 200; not "the
        # digital marketing team")
        if len(words) == 2 and not coded:
            coded = bool(
                re.search(
                    rf"\b{re.escape(words[0])}\s+{re.escape(words[1])}\s+{_WORK_ITEM}",
                    window,
                    re.IGNORECASE,
                )
            )
        return len(words) >= 3 or (len(words) == 2 and coded)
    return _specific(window, needed)


# Their way of doing a thing, told after a cue (not "how you work", "how you do things").
_HOW_YOU = re.compile(
    r"\s+how\s+(?:you|your\s+team|the\s+team)\s+(?!(?:work|do|operate|go|run\s+things|approach)\b)"
    r"[a-z]+(?:\s+(?:up|out|in))?\s",
    re.IGNORECASE,
)
# News read or seen, after "glad to see", "seeing": "Harlow & Finch named a Top Employer for the
# third year running".
_RANKED = r"top\s+employer|best\s+places?\s+to\s+work|years?\s+running"
_NEWS = re.compile(
    rf"\b(?:{_RANKED}"
    r"|named\s+(?:a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:employers?|companies|workplaces|firms)"
    r"|won\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?awards?|press\s+release|annual\s+report|announcement|announced)\b",
    re.IGNORECASE,
)
_WON = re.compile(
    r"[^.!?;]{0,40}?\b(?:has|have|had)\s+(?:\w+\s+)?won\s+(?:the|an?|[\w-]+)\s+(?:[\w-]+\s+){0,3}?(?:prize|award"
    r"|title|trophy|medal|cup)s?\b",
    re.IGNORECASE,
)
_READ_FIRST = re.compile(
    r"\s*(?:having\s+(?:\w+ly\s+)?(?:followed|read|seen|watched|studied)|after\s+(?:reading|following"
    r"|watching))\b(?![^,]*\byou\s+(?:sent|gave|shared|recommended|mentioned|suggested|showed))",
    re.IGNORECASE,
)
_AND_LEARNING = re.compile(
    r"\s+and\s+(?:for\s+)?(?:learning|hearing|finding\s+out)(?=\s)", re.IGNORECASE
)
_THE_ADVERT = re.compile(
    r"\s+(?:(?:back\s+)?(?:over|through)\s+)?(?:the|your)\s+job\s+(?:description|advert|advertisement|ad|posting"
    r"|listing|spec)\b|\s+(?:the|your)\s+person\s+specification\b",
    re.IGNORECASE,
)
# "the work going on in the lab", "the work being carried out across the research program"
_WORK_THERE = (
    r"the\s+work\s+(?:that\s+is\s+)?(?:going\s+on|(?:being\s+)?(?:carried\s+out|done|undertaken|delivered))"
    r"\s+(?:across|in|within|by|at|throughout)\s+(?:the|your|its)\s+(?:[\w-]+\s+){0,2}?(?:programs?"
    r"|programmes?|unit|team|department|service|division|group|organi[sz]ation|trust|school|faculty"
    r"|lab|laboratory|hospital|directorate|company|office|site)"
)
_KIND_OF_WORK = re.compile(
    r"\s+(?:more\s+)?about\s+(?:(?:the\s+)?(?:kind|type|sort|range)\s+of\s+(?:work|things|projects|clients)\b"
    # round 273: "Learning more about the company's mission and values"
    r"|(?:the\s+(?:company|firm|organi[sz]ation|team|business|school|trust|practice)['’]s|your|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:mission|values|culture|vision|purpose|ethos)"
    r"(?:\s+(?:and|&)\s+(?:[\w-]+\s+)?(?:mission|values|culture|vision|purpose|ethos|goals|history))?\b"
    r"(?!\s+(?:of|around|for|on)\b)"  # (not "your culture of blameless postmortems")
    # round 272: "hearing about your important work with young people across the city"
    r"|(?:your|their|the\s+team['’]s|the\s+organi[sz]ation['’]s)\s+(?:important|vital|incredible|amazing|great"
    r"|valuable|inspiring|wonderful|fantastic|meaningful|life-changing)\s+work\b"
    # "to learn more about how the café runs": the place in general
    # (round 236: "how the Tilburg distribution centre runs", a name or a word before the place)
    r"|how\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:café|cafe|company|business|shop|store|restaurant|practice|firm"
    r"|office|bank|hotel|clinic|school|team|department|branch|site|centre|center|depot|warehouse|plant|dc)"
    r"\s+(?:runs|works|operates|is\s+run)(?=\s*(?:[.,;!]|$))"
    # round 195: "to hear about the work going on in the lab and where Halden Bio is headed"
    rf"|{_WORK_THERE}"
    r"(?:\s+and\s+where\s+(?:[\w&-]+\s+){1,3}?(?:is|are)\s+"
    r"(?:headed|heading|going)(?:\s+over\s+the\s+next\s+(?:few\s+)?(?:years?|months?|decade))?)?"
    r"(?=\s*(?:[.,;!]|$))"
    # "learning more about the foundation and its programs": the employer in general
    r"|(?:the|your)\s+(?:company|organi[sz]ation|foundation|charity|firm|business|school|trust|agency|group"
    r"|practice|hospital|bank|unit|department|division|ward|directorate|faculty"
    # round 217: "Learning more about the regional office and its mandate confirmed my interest"
    r"|(?:regional\s+|head\s+|local\s+|district\s+|field\s+)?office)"
    r"(?:\s+and\s+(?:its|your|their)\s+(?:[\w-]+\s+)?(?:programs?|programmes?|work"
    r"|services|mission|values|culture|projects|products|clients|history|people|team|mandate|remit)"
    # "learning about the company and the software programs it creates"
    r"|\s+and\s+the\s+(?:[\w-]+\s+){0,2}?(?:programs?|programmes?|products|services|apps|games|tools"
    r"|software|work|projects)\s+(?:it|you|they)\s+(?:create|make|build|offer|provide|does|do|run|develop"
    r"|design|deliver|sell)s?"
    # "learning more about the unit and the work being carried out across the research program"
    rf"|\s+and\s+{_WORK_THERE})?"
    # "Learning more about the firm confirmed my view that ..."
    r"(?:\s*(?:[.,;!]|$)|\s+(?=(?:confirmed|reinforced|strengthened|made|showed|gave|has|left|only)\b)))",
    re.IGNORECASE,
)
_AHEAD = re.compile(r"\b(?:available|ready|prepared|free)\s+for\s+$", re.IGNORECASE)
# "once the panel has concluded its deliberations": a time still to come
# (not "once Mason explained it to his table": a moment that happened)
_UNTIL = re.compile(r"\b(?:once|until|till)\s+$", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"\s+(?:has|have|will|is|are|gets?|makes?)\b", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(r"\b(?:everything|anything|whatever|all)(?:\s+that)?\s+$", re.IGNORECASE)
_CHANCE = re.compile(r"(?:chance|opportunity)\s+to\b", re.IGNORECASE)
_FORWARD_BEFORE = re.compile(
    r"\b(?:would|['’]d|will|excited|thrilled|keen|eager|forward|hope|hoping|welcome"
    r"|(?<!\bme\s)(?:come|pop|drop)\s+back)\b[^.!?]{0,60}$",  # "Happy to come back in and walk the floor"
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?:they|he|she|we|you)\b", re.IGNORECASE)
_CODE_OR_FIGURE = re.compile(r"[A-Z]{2,}[\w-]*|[\w-]*\d[\w-]*")
_SHORT_CODE = re.compile(r"\b[A-Z]{1,2}\d{1,2}\b")  # "Q3", "H1", "A38"
_CHANGES = frozenset(
    """move launch rollout relaunch migration expansion opening merger rebrand relocation reorg
    restructure redesign refit upgrade pilot acquisition cutover""".split()
)

# A piece of work named after two specific words ("the festival poster brief").
_WORK_ITEM = (
    r"(?:brief|project|pilot|campaign|programme|program|initiative|rollout|migration|build|study)\b"
)


# A full stop between two lower-case words: in all-lower-case writing, a sentence's end.
# (not "the 4 a.m. tour", "e.g. the rota", "etc. and")
_LOWER_STOP = re.compile(r"(?<!\.[a-z])(?<!\betc)(?<!\bvs)(?<=[a-z])\.\s+(?=[a-z])")


def _weak(cue: str) -> bool:
    """``_WEAK_CUE.search(cue)``, run only when the cue ends as a weak cue can."""
    if cue.isascii() and not cue.lower().endswith(_WEAK_ENDINGS):
        return False
    return bool(_WEAK_CUE.search(cue))


def _next_clause(text: str, pos: int) -> re.Match[str] | None:
    """``_NEXT_CLAUSE.search(text, pos)``, run only when ``text`` holds what a match needs."""
    if (
        ";" in text
        or "—" in text
        or "–" in text
        or " and " in text
        or " but " in text
        or " so " in text
        or " after " in text
        or " before " in text
        or _SPACE_I.search(text, pos)
    ):
        return _NEXT_CLAUSE.search(text, pos)
    return None


def _specific_around(text: str, cue: re.Match[str]) -> bool:
    """For 'the plan you described' (or '... like you suggested') cues: the specific
    words come just before the cue (for 'I froze during the Excel exercise', the
    cue's own words count too)."""
    words = cue.group(0)
    if _BEFORE.match(words):  # what happened, told before the moment it happened in
        # ... and what named the moment: "the Excel pivot-table [exercise]".
        named = words.split()[2:-1] if words[:6].lower() == "during" else []
        return _specific(" ".join(text[: cue.start()].split()[-8:] + named), 3)
    inner = _INNER_AS_LIKE.search(words)
    if inner:  # "the reach truck cert done in the first week like you mentioned"
        return _specific(" ".join((text[: cue.start()] + words[: inner.start()]).split()[-8:]))
    if _VISIT_END.match(words) and not text[cue.end() :].strip(" \t.!?"):
        return _specific(" ".join(text[: cue.start()].split()[-8:]), 3)
    if not (_AS_LIKE.match(words) or _ECHO.match(words) or _SUBJECT_CUE.match(words)):
        return False
    if _ECHO.match(words) and _MISSION_BEFORE.search(text, 0, cue.start()):
        return False  # "The mission of making financial planning accessible resonates with me"
    if words[:5].lower() == "that " and _FEELING_THAT.search(text, 0, cue.start()):
        return False
    if _FITS_WHAT.search(text, max(0, cue.start() - 40), cue.start()):
        return False  # "My background in React ... fits well with what you are building": a fit
    # (not "Subject: Warehouse Supervisor – as discussed": a job's title names no topic)
    before = _TITLE_BEFORE.sub("", _SUBJECT_HEAD.sub("", text[: cue.start()]))
    return _specific(" ".join(before.split()[-8:]))


# A fit claimed with what they do, which names nothing of theirs (round 259).
_FITS_WHAT = re.compile(
    r"\b(?:fits?|fitting|aligns?|aligning|matches|matching|lines?\s+up|suits?|maps?)\s+"
    r"(?:(?:really\s+|very\s+)?(?:well|nicely|closely|perfectly|neatly|directly|naturally)\s+)?"
    r"(?:with|onto|to)\s+what\s+$",
    re.IGNORECASE,
)
_SUBJECT_HEAD = re.compile(r"^\s*(?:subject|re|fwd?)\s*:\s*", re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    rf"(?:\b(?-i:[A-Z])[\w&/-]*\s+){{0,3}}(?=(?-i:[A-Z])){JOB_TITLE_NOUNS}s?\s*(?:[–—:,-]\s*)?$",
    re.IGNORECASE,
)


# A topic put first that is only a heading of the writer's own: "On the reliability side, I own".
_SIDE = re.compile(r"\b(?:side|front|end|whole)$", re.IGNORECASE)
# Every word capitalised: a name or a title, not words someone said.
_TITLE_CASE = re.compile(
    r"(?:[A-Z][\w'’&-]*|of|the|and|for|in|on|a|an|to)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|for|in|on|a|an|to))*"
)


def _implicit_reference(sentence: str, words: Set[str] | None = None) -> bool:
    """A reference with no cue verb: a topic before a colon or put first, a verdict on it
    or on a task, their words.

    ``words``, the sentence's ``_WORD`` words if known, lets a check that cannot
    match be skipped.
    """
    if ":" in sentence or "—" in sentence or "–" in sentence or "-" in sentence:
        for match in TOPIC.finditer(sentence):
            if _specific(match.group("topic")):
                return True
    if sentence.lstrip()[:10].lower().startswith(FRONTED_STARTS):
        fronted = FRONTED.match(sentence)
        # (not "On the reliability side, I own our Terraform modules": a heading of the
        # writer's own)
        # (round 214: "About the client in Flatbush with the Hoyer lift," names one thing
        # and a place or a count, which is enough)
        topic = fronted.group("topic") if fronted else ""
        if (
            fronted
            and (_specific(topic) or (_specific(topic, 1) and bool(_CONCRETE.search(topic))))
            and not _SIDE.search(topic)
        ):
            return True
    if words is None or not _TASK_WEIGHED_NEEDS.isdisjoint(words):
        weighed = _TASK_WEIGHED.search(sentence)
        task = (
            (weighed.group("topic") or weighed.group("task") or weighed.group("liked"))
            if weighed
            else None
        )
        if (
            task
            and _specific(task)
            and not _OWN_HEAD.search(task)
            and not _JOURNEY.match(task)
            and not _PAST_OF_MINE.search(sentence)
        ):
            return True
    if words is None or not _MADE_ME_NEEDS.isdisjoint(words):
        made = _MADE_ME.match(sentence)
        if (
            made
            and _specific(made.group("cause"))
            and _specific(made.group("thing"))
            and not _OWN_HEAD.search(made.group("cause"))
            and not _OWN_HEAD.search(made.group("thing"))
            and not _PAST_OF_MINE.search(sentence)
        ):
            return True
    if words is None or not _HELPED_NEEDS.isdisjoint(words):
        helped = _HELPED.search(sentence)
        if helped and _specific(helped.group("thing")) and not _PAST_OF_MINE.search(sentence):
            return True
    if words is None or not _DAY_WORDS.isdisjoint(words):
        done = _DAY_TASK.match(sentence)
        if (
            done
            and _DAY_MARK.search(sentence)
            and _specific(done.group("topic"))
            and not _OWN_HEAD.search(done.group("topic"))
            and not _PAST_OF_MINE.search(sentence)
        ):
            return True
    if words is None or not TASK_VERDICT_NEEDS.isdisjoint(words):
        for match in TASK_VERDICT.finditer(sentence):
            # (not a verdict on a mission: "The Museum's mission to connect communities with
            # the maritime heritage of the west coast is an important one")
            if _specific(match.group("topic")) and not _MISSION_BEFORE.search(
                sentence, 0, match.start()
            ):
                return True
    if words is None or not _ANSWER_WORDS.isdisjoint(words):
        # "I know I said my forklift licence lapsed last year": an answer given in the interview
        answer = _OWN_ANSWER.search(sentence)
        if answer and _specific(sentence[answer.end() :]):
            return True
    if (
        words is None
        or not _SITUATION_NEEDS.isdisjoint(words)
        or _COUNTED.match(sentence)
        or _BUSY.match(sentence)
    ):
        situation = _SITUATION.match(sentence) or _COUNTED.match(sentence) or _BUSY.match(sentence)
        if (
            situation
            and not _OWN_HEAD.search(situation.group("topic"))
            and not _OWN_OUTPUT.search(situation.group("topic"))
            and _specific(situation.group("topic"), 1)
            and _specific(sentence, 4)
            and _CONCRETE.search(sentence, 1)  # a count or a name, not the state of a sector
        ):
            return True
    if words is None or "than" in words:
        # "One week in five on call, with a secondary behind you, is a much saner setup than
        # I've had before": their arrangement, set against the writer's own
        compared = _COMPARED.match(sentence)
        if (
            compared
            and not _OWN_HEAD.search(compared.group("topic"))
            and _specific(compared.group("topic"))
        ):
            return True
    opening = sentence.lstrip()[:10].lower()
    if "that " in opening or "those " in opening:
        deictic = DEICTIC.match(sentence)
        topic = deictic.group("topic") if deictic else ""
        # (not "That habit alone has shortened my cycles": the writer's own, told just before)
        if (
            deictic
            and not _OWN_HEAD.search(topic)
            and not _OWN_PRACTICE.match(topic)
            and _specific(topic)
        ):
            return True
    for pattern, needs, needed in _VERDICTS:
        if words is not None and needs.isdisjoint(words):
            continue
        for match in pattern.finditer(sentence):
            head = sentence[: match.start()]
            # (the writer's own words: "im well up for the picker job at the Daventry site,
            # sounds like a good crew"), but the last of joined clauses is its own: "the
            # interview went great on my end and the holiday pop-up by the food court sounds
            # awesome" (round 203)
            for part in (head, _LAST_CONJUNCT.split(head)[-1]):
                # (round 228: "The till practice with the coupons was tricky": a task set on the
                # day is one of the words)
                need = needed - 1 if needed == 3 and _SET_TASK.search(part) else needed
                if not _OWN_HEAD.search(part) and _specific(part, need):
                    return True
    # A quotation of the interviewer's words ("S2 boys who don't read" was your phrase),
    # unless the sentence quotes the advert or the website instead.
    if ('"' not in sentence and "“" not in sentence) or _PUBLISHED.search(sentence):
        return False
    # (not a title in quotes: 'its "Small Rooms" series')
    return any(
        _specific(m.group(1), 2) and not _TITLE_CASE.fullmatch(m.group(1).strip())
        for m in QUOTE.finditer(sentence)
    )


def refers_to_conversation(note: Note) -> bool:
    """Whether any sentence of the body (or subject) points back at something specific,
    or a list that a recap sentence opens names something specific."""
    # Any one sentence settles it, so the likeliest is tried first.
    likely = _reporting_sentence(note)
    sentences = _note_sentences(note)
    if (
        likely is not None
        and _sentence_refers(_sentence_text(note, likely))
        and not _discounted(note, sentences, likely)
    ):
        return True
    if any(
        _sentence_refers(_sentence_text(note, s)) and not _discounted(note, sentences, s)
        for s in sentences
        if s != likely
    ):
        return True
    return (
        (":" in note.text and _recap_refers(note, sentences))
        or _likened_refers(note, sentences)
        or _opening_refers(note, sentences)
    )


def _discounted(note: Note, sentences: list[Section], sentence: Section) -> bool:
    """Whether a sentence that reads as a reference is, by the one before it, about
    something read or about the writer's own story."""
    return _told_what_was_read(note, sentences, sentence) or _echoes_own_story(
        note, sentences, sentence
    )


def _echoes_own_story(note: Note, sentences: list[Section], sentence: Section) -> bool:
    """Whether ``sentence`` opens with "That ..." or "Those ..." for what the writer has just
    told of their own work, and names no one of the interview: "At Wealthsimple I set up the
    first error budgets ... Those budgets are still in use there today"."""
    text = _sentence_text(note, sentence)
    deictic = DEICTIC.match(text)
    if deictic is None or _INTERVIEW_MARK.search(text):
        return False
    head = _WORD.findall(deictic.group("topic").lower())
    index = sentences.index(sentence)
    for before in reversed(sentences[:index]):
        told = _sentence_text(note, before)
        if told.strip():
            return bool(head) and bool(_OWN_STORY.search(told)) and head[-1] in told.lower()
    return False


def _told_what_was_read(note: Note, sentences: list[Section], sentence: Section) -> bool:
    """Whether ``sentence`` follows, in its paragraph and with nothing of the interview
    between, one that says the writer read the website, the employer's news or the like,
    and names no one and nothing of the interview: what stood out in the reading ("Since
    then I have read your 2023 annual report. The figure that stood out was ...")."""
    text = _IN_DOCUMENT.sub(" ", _sentence_text(note, sentence))
    if _INTERVIEW_MARK.search(text):
        return False
    index = sentences.index(sentence)
    first = True
    for before in reversed(sentences[:index]):
        told = _sentence_text(note, before)
        if not told.strip():
            if first:
                continue
            return False  # the paragraph ends
        if _read_published(told) is not None or (
            _READ_ABOUT.search(told) and _NEWS_WORDS.search(told)
        ):
            # (also further back in the paragraph: "Since then I've been reading about Paylo's
            # Series C ... The campaign that ran on MRT screens was one of the cleaner ...")
            return True
        if first and (
            _MY_PORTFOLIO.search(told)  # "For reference, my portfolio is at ..."
            or (_CONGRATS.match(told) and _NEWS_WORDS.search(told))  # news congratulated
        ):
            return True
        if _INTERVIEW_MARK.search(told):
            return False
        first = False
    return False


# Reading up on the employer: "Since then I've been reading about Paylo's Series C".
_READ_ABOUT = re.compile(
    r"\b(?:been\s+reading|read|reading|looked\s+into|came\s+across)\s+(?:up\s+)?(?:about|on|into)\b",
    re.IGNORECASE,
)


# Told in what was read, not by them: "the new reserving committee described in the
# governance section".
_IN_DOCUMENT = re.compile(
    r"\b(?:described|explained|mentioned|shown|set\s+out|outlined|listed)\s+in\s+(?:the|its|their|your)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:section|report|chapter|document|page|appendix|notes?|statement|accounts|filing"
    r"|presentation|deck|slides)\b",
    re.IGNORECASE,
)
# What ties a sentence to the interview itself, not to something read.
_INTERVIEW_MARK = re.compile(
    r"\b(?:you|your\s+team|we|us|interview|interviewed|conversation|chat|call|meeting|panel|discussed"
    r"|mentioned|said|told|asked|showed|explained|described|tour|visit|shift)\b",
    re.IGNORECASE,
)


def _note_sentences(note: Note) -> list[Section]:
    """The sentences that overlap the subject, the body or the P.S., in order (as
    ``note.sentences_in`` would give them)."""
    sections = [s for s in (note.subject, note.body, note.postscript) if s]
    return [
        sentence
        for sentence in note.sentences
        if any(sentence.end > s.start and sentence.start < s.end for s in sections)
    ]


def _recap_refers(note: Note, sentences: list[Section]) -> bool:
    """Whether a list item after "What I took away from our conversation:" is specific."""
    recap = False
    for start, end in sentences:
        item = LIST_ITEM.match(note.text, start, end)  # before "*" is read as emphasis
        if recap and item and _specific(note.text[item.end() : end]):
            return True
        if note.text[start:end].rstrip().endswith(":"):
            # (not "why I believe I am a strong fit:", "a summary of my availability:")
            recap = bool(RECAP.search(note.text, start, end)) and not _OWN_RECAP.search(
                note.text, start, end
            )
        elif not item:
            recap = False
    return False


# A list of the writer's own points, not of what was discussed.
_OWN_RECAP = re.compile(
    # round 184: "a short update on what I've done since:"
    r"\bwhat\s+i(?:['’]ve|\s+have)\s+(?:done|been\s+(?:doing|working\s+on))\b"
    r"|\bwhy\s+i\b|\bsummary\s+of\s+my\b|\b(?:my|relevant)\s+(?:availability|details|experience|qualifications"
    r"|background|skills|strengths|key\s+points|credentials)\b",
    re.IGNORECASE,
)
# "I ran a similar ramp-up at my last site", "a backlog about half that size": the writer's
# own experience likened to what was told just before it.
_LIKENED = re.compile(
    r"\b(?:an?\s+(?:very\s+)?similar|(?:exactly\s+)?that\s+kind\s+of|(?:half|twice|double)\s+that\s+"
    r"(?:size|scale)|of\s+that\s+(?:size|scale)|the\s+same\s+(?:problem|issue|challenge|situation))\b",
    re.IGNORECASE,
)
_LIKENED_NEEDS = ("similar", "kind of", "that size", "that scale", "the same")
# Where the writer's own clause starts: "..., and I've run a similar pass"
_OWN_CLAUSE_START = re.compile(r"[,;]\s+(?:and\s+|but\s+|so\s+)?(?:i|we)\b|\s[—–]\s", re.IGNORECASE)
# The state of a whole sector, not theirs: "Driver shortages are hitting every haulier".
_SECTOR = re.compile(
    r"\b(?:every|most|many|all)\s+(?:[\w-]+\s+)?(?:hauliers?|companies|firms|employers|hospitals|schools"
    r"|businesses|retailers|organi[sz]ations|teams|practices|councils|agencies|banks|stores|shops)\b"
    r"|\b(?:the|this)\s+(?:[\w-]+\s+)?(?:industry|sector|field|profession|market)\b",
    re.IGNORECASE,
)


def _likened_refers(note: Note, sentences: list[Section]) -> bool:
    """Whether the writer likens their own experience ("a similar system") to a situation
    told plainly just before, with a count or a name: theirs, as told in the interview
    ("Forty-two students in Class 8B is a big group. ... I handled a similar situation")."""
    lower = note.lower
    if not any(word in lower for word in _LIKENED_NEEDS):
        return False
    before = None
    own_before = False  # whether the sentence before ``before`` told the writer's own work
    for sentence in sentences:
        text = _sentence_text(note, sentence)
        if not text.strip():
            continue  # the blank line between paragraphs
        likened = _LIKENED.search(text)
        if likened and _OWN_HEAD.search(text):
            head = text[: likened.start()]
            own = _OWN_CLAUSE_START.search(head)
            told = (
                head[: own.start()] if own and not _OWN_HEAD.search(head[: own.start()]) else None
            )
            if told is None and before is not None:
                told = _sentence_text(note, before)
                if own_before and not _THEIRS_ANYWHERE.search(told):
                    # "At Kontor Pay I rebuilt our retry logic. Duplicate charges dropped to
                    # zero. I'd be excited to do that kind of work": the writer's story goes on
                    told = None
            # (not "I would be glad to bring the same approach to your team": a wish)
            if told is not None and not _FORWARD_BEFORE.search(head) and _told_of_them(told):
                return True
        if note.body and sentence.start >= note.body.start:
            own_before = before is not None and bool(
                _OWN_STORY.search(_sentence_text(note, before))
            )
            before = sentence  # (not the subject line: "Design Engineer (Powertrain) – follow-up")
    return False


_IMPRESSION = re.compile(
    r"(?:stuck|stood\s+out|stands\s+out|struck|stays|stayed|resonated|resonates)\b"
)
_WHY_APPLIED = re.compile(r"\b(?:why|reason)\s+i\s+applied\b", re.IGNORECASE)
_AS_PART_OF_MINE = re.compile(
    r"\bas\s+part\s+of\s+(?:that|my|this|the\s+same)\s+(?:work|role|job|project)\b", re.IGNORECASE
)
# Where to find the writer's portfolio: "For reference, my portfolio is at lenafischer.design"
_MY_PORTFOLIO = re.compile(
    r"\bmy\s+(?:full\s+|online\s+|updated\s+)?portfolio\s+(?:is|lives|sits)\s+(?:at|on|here|up|online)\b",
    re.IGNORECASE,
)
_CONGRATS = re.compile(r"\s*(?:congratulations|congrats|well\s+done)\b", re.IGNORECASE)
_NEWS_WORDS = re.compile(
    r"\b(?:announced|announcement|series\s+[a-e]\b|funding|raise|raised|round|award|awards|acquisition"
    r"|merger|listing|ipo|launch|launched|opening|opened|news|headlines)\b",
    re.IGNORECASE,
)
_NEAR_HOME = re.compile(
    r"\b(?:live|living|based|minutes?|mins?|km|kilometres?|kilometers?|miles?|walk|drive|commute)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:from|to|of|near)\s+$",
    re.IGNORECASE,
)
_OWN_STORY = re.compile(
    r"\b(?:i|we)\s+(?:(?:have|had|['’]ve)\s+)?(?:also\s+)?(?:built|ran|led|did|made|grew|cut|rebuilt|took"
    r"|wrote|spent|managed|delivered|reduced|introduced|launched|designed|developed|handled|oversaw"
    r"|created|set\s+up|moved|migrated|rolled\s+out|ran)\b",
    re.IGNORECASE,
)
_THEIRS_ANYWHERE = re.compile(r"\b(?:your|their|you|you['’]re|they)\b", re.IGNORECASE)


# A body that opens on their situation: "Two Year 9 maths classes without a permanent teacher
# since the start of Term 2 must be hard on those students", "Getting the Lyon clinic onto the
# new patient-records system by September with only one IT person on site is ambitious".
_OPENING = re.compile(
    rf"\s*(?:(?:the|a|an|both|your|their|its|this|these|that|those)\b|\d|(?:{_NUMBERS}|hundreds|dozens)\b"
    # "Year 9 losing a third of its science lessons", "Pickers on the night shift averaging ..."
    r"|(?-i:[A-Z][a-z]+)\s+\d+\b|(?-i:[A-Z][a-z]+s)\s+(?:on|in|at)\s+(?:the|your)\b"
    # "Pick rates on the mezzanine are down", "Marcus in dispatch is re-keying every booking"
    r"|(?-i:[A-Z][a-z]+\s+[a-z]+s)\s+(?:on|in|at)\s+(?:the|your)\b"
    r"|(?-i:[A-Z][a-z]+)\s+(?:in|from)\s+(?-i:[a-z]+)\s+(?:is|are|was|were|has|had|keeps)\b"
    r"|(?!(?:following|hoping|writing|checking|reaching|wishing|thanking|touching|circling|looking"
    r"|meeting|speaking|talking|chatting|interviewing|having|being|getting\s+back)\b)[a-z]+ing\b)",
    re.IGNORECASE,
)
# What the public knows of an employer, not what the interview told: "St Columba's has a
# reputation across the region", "Bakehouse & Co. has been a fixture on Cape Town high streets",
# "The Limerick Maritime Museum welcomed 212,000 visitors in 2024, its best year since it
# opened", "The government has set a target of 1.5 million new homes by 2029".
_PUBLIC = re.compile(
    r"\b(?:reputation|known\s+for|well[- ]known|renowned|famous|fixture|household\s+name|respected"
    r"|for\s+decades|since\s+\d{4}|award[- ]winning|awards?(?!\s+(?:renewal|application|submission|bid))|won(?!['’])"
    r"|ranked|according\s+to|reported"
    r"|announced|announcement|annual\s+report|press|headlines|anniversary|founded|visitors"
    r"|(?:best|record)\s+year"
    r"|since\s+it\s+(?:opened|launched|began|started)|government|ministry|federal|nationwide"
    r"|national\s+target|record\s+(?:high|low|levels?)|across\s+the\s+country|nationally"
    rf"|{_RANKED}"
    r"|(?:role|job|position)\s+(?:description|spec|specification|profile)|person\s+specification"
    # "Ashworth Byrne's standing in family law", "the line in the advertisement about CPD"
    r"|standing\s+(?:in|among|across)|advert|advertisement|job\s+ad|job\s+posting|job\s+listing|job\s+post"
    r"|job\s+description|vacancy|website|careers\s+page|the\s+ad\b"
    # Round 142: "Your group's 2022 paper on sea-ice algae ... are the main reasons I applied"
    r"|(?:19|20)\d\d\s+(?:paper|preprint|article|study|book|review)|preprint|publications?|published"
    r"|reasons?\s+i\s+applied|why\s+i\s+applied"
    r"|one\s+of\s+the\s+(?:best|leading|largest|biggest|top|most|oldest|finest|great|greatest))\b",
    re.IGNORECASE,
)


def _opening_refers(note: Note, sentences: list[Section]) -> bool:
    """Whether the body opens on a situation of theirs, told plainly (not as a question)."""
    body = note.body
    if not body:
        return False
    courtesy = True  # one opening courtesy may come first ("Thank you for your time on Tuesday.")
    for sentence in sentences:
        if sentence.start < body.start:
            continue
        text = _sentence_text(note, sentence)
        if not text.strip():
            continue
        if courtesy and _COURTESY.match(text) and len(text.split()) <= _COURTESY_WORDS:
            courtesy = False
            continue
        if _CONGRATS.match(text) and _NEWS_WORDS.search(text):
            return False  # "Congratulations on the Series B that TechCrunch covered": news
        return bool(_OPENING.match(text)) and "?" not in text and _told_of_them(text)
    return False


# A short courtesy before the body's point: thanks, or a pleasure to have met.
_COURTESY = re.compile(
    r"\s*(?:thank|thanks|many\s+thanks|it\s+was\s+(?:great|good|lovely|nice|a\s+pleasure|a\s+real\s+pleasure)"
    r"|great|good|lovely|nice)\b",
    re.IGNORECASE,
)
_COURTESY_WORDS = 12


def _told_of_them(text: str) -> bool:
    """Whether ``text`` tells a situation of theirs plainly: specific, with a count, a name
    or a date, and not the writer's own (papers included), a whole sector's or what the
    public knows."""
    # The topic is what comes before the main verb: "Migrating 600 COBOL batch jobs to Spark
    # before 2026 is exactly the kind of project I want" (the writer's view after it is fine,
    # but not the writer's past: "... is what I cut to 12 at my last plant").
    # (Only the first clause: "The Galway store loses most of its Saturday staff in May, and
    # building a bench ... is something I have done twice" tells theirs first.)
    clause = _FIRST_CLAUSE.split(text, maxsplit=1)[0]
    verb = _MAIN_VERB.search(clause)
    if verb and verb.group(0).split()[0].lower() in ("would", "will"):
        return False  # "Working for Halden Medical would be a dream come true": a wish, not theirs
    topic, predicate = (clause[: verb.start()], clause[verb.end() :]) if verb else (clause, "")
    if _DREAM.search(predicate):
        return False  # "Flying with Falcon Air is truly my dream": the writer's wish
    if _THEIRS.match(topic):
        predicate = ""  # "Your 300 remaining Jenkins pipelines ... are the kind of work I did"
    return bool(
        _specific(text, 4)
        and _CONCRETE.search(text, 1)
        and not _OWN_HEAD.search(topic)
        and not _OWN_OUTPUT.search(text)
        and not _OWN_PAST.search(predicate)
        and not _SECTOR.search(text)
        and not _PUBLIC.search(text)
        and not _commute(text)
        and not _read_published(text)  # "The posting also says the team is moving ..."
    )


_COMMUTE = re.compile(
    # (not round 228's "how I would get the drive thru time under 3 minutes": a restaurant's lane)
    r"\b(?:cycle|cycling|bike\s+ride|commute|drive(?![\s-]+(?:thru|through)\b)|walk|journey|bus|train|tram|tube)\b"
    r"[^.!?]{0,100}?"
    r"\b(?:(?:\d+|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five)\s+(?:minutes?|mins?)"
    r"|half\s+an\s+hour)\b",
    re.IGNORECASE,
)
_ME = re.compile(r"\b(?:my|me)\b", re.IGNORECASE)


def _commute(text: str) -> bool:
    """Whether ``text`` tells the writer's journey to work: "The cycle along the canal from
    Jericho is only twenty minutes, so the location could not be better for me"."""
    return bool(_COMMUTE.search(text) and _ME.search(text))


_MAIN_VERB = re.compile(
    r"\s(?:is|are|was|were|has\s+been|have\s+been|sounds|seems|looks|makes|means|would\s+be|will\s+be)\s",
    re.IGNORECASE,
)
_DREAM = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:my|a)\s+(?:life-?long\s+|childhood\s+|long-?held\s+|personal\s+|real\s+)?"
    r"(?:dream|passion|goal|ambition|aspiration|wish)\b",
    re.IGNORECASE,
)
_FIRST_CLAUSE = re.compile(r",\s+(?:and|but|so)\s", re.IGNORECASE)
_THEIRS = re.compile(r"\s*(?:your|their)\b", re.IGNORECASE)
_OWN_PAST = re.compile(
    rf"\b(?:at|in)\s+{_MY_OWN}\b|\bi\s+(?:cut|ran|managed|led|built|fixed"
    r"|covered|handled|did|reduced|delivered|oversaw|solved)\b",
    re.IGNORECASE,
)


def _reporting_sentence(note: Note) -> Section | None:
    """The sentence of the body holding its first word of ``_REPORTING``, if any."""
    body, lower = note.body, note.lower
    if not body or len(lower) != len(note.text):
        return None
    first = body.end
    for word in _REPORTING & note.words:
        at = lower.find(word, body.start, first)
        if at >= 0:
            first = at
    if first == body.end:
        return None
    sentences = note.sentences
    index = bisect.bisect_right(sentences, (first, len(lower))) - 1  # the last to start by then
    if index < 0 or first >= sentences[index].end:
        return None
    return sentences[index]


def _plain_letter(char: str) -> str:
    """The ASCII letter an accented Latin letter is written on ("á" -> "a"), else itself."""
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


# Accented Latin letters to the letters they are written on, one for one, so that the
# patterns' ``[A-Z][a-z]+`` read "Gráinne mentioned" as a person, as they do "Grainne".
_PLAIN = str.maketrans(
    {chr(c): _plain_letter(chr(c)) for c in range(0xC0, 0x250) if _plain_letter(chr(c)) != chr(c)}
)


# What a text written all in lower case needs read another way: a given name, "w" for "with".
_LOWER_NAME = re.compile(r"\b[a-z]{2,}\b")
_WITH = re.compile(r"(?<=\s)w/?(?=\s+[a-z])")
_YOU = re.compile(r"\bu\b")  # round 227: "watching u do that copper balayage"
_YOUR = re.compile(
    r"\bur\b(?!\s+(?:right|wrong|welcome|so|very|really|too|not|gonna|going|the|a|an)\b)"
)
# "w/" for "with" in any text: "shadowing the closing shift w/ Luis"
_WITH_SLASH = re.compile(r"(?<![\w/])w/\s*(?=[A-Za-z])")
# The mark of a hashtag or a handle ("#BagyoWatch", "@lakeshore"), not of an e-mail address.
_TAG = re.compile(r"(?<![\w#@])[#@](?=[A-Za-z])")


def _sentence_text(note: Note, sentence: Section) -> str:
    """The text of ``sentence`` as the checks read it."""
    text = note.text[sentence.start : sentence.end]
    if not text.isascii():
        text = text.translate(_PLAIN)
    if "*" in text or "__" in text or "`" in text:
        # "**lesson-study cycle**" reads as words; "about ***," is a blank field
        text = _EMPHASIS.sub("", _STARS.sub("[_]", text))
    if "[" in text or "{" in text or "<" in text:
        text = _FIELD.sub("[_]", _LINK.sub(r"\1", text))  # a blank field stays a blank field
    if "Name" in text:
        text = _STAND_IN.sub("[_]", text)
    if "#" in text or "@" in text:
        text = _TAG.sub("", text)  # "the #BagyoWatch thread I mentioned" reads as words
    if "w/" in text:
        text = _WITH_SLASH.sub("with ", text)
    if text.islower():
        # A text written all in lower case: "ride along w marcus", "kayla's tip on the coupes",
        # "watching u do that balayage"
        text = _WITH.sub("with", text)
        text = _LOWER_NAME.sub(_capital_name, _YOUR.sub("your", _YOU.sub("you", text)))
    return text


def _capital_name(match: re.Match[str]) -> str:
    word = match.group(0)
    return word.capitalize() if word in FIRST_NAMES and word not in WORDLIKE_NAMES else word


def _sentence_refers(text: str) -> bool:
    """Whether one sentence points back at something specific (see ``_sentence_refers_slowly``)."""
    lower = text.lower()
    if len(lower) != len(text) or _ODD_CASE.search(text):
        return _sentence_refers_slowly(text)
    # Cues first, as most references are found there; the other checks need the words.
    if _cue_refers(text, _matches(CUE, text, lower, CUE_STARTS, CUE_VERBS)):
        return True
    words = set(_WORD.findall(lower))
    if not _NAMED_PERSON_NEEDS.isdisjoint(words) and _NAMED_PERSON.search(text):
        return True
    if _implicit_reference(text, words):
        return True
    if GERUND_NEEDS.isdisjoint(words):
        return False
    return _gerund_refers(text, _matches(GERUND_CUE, text, lower, GERUND_STARTS))


def _sentence_refers_slowly(text: str) -> bool:
    """Whether one sentence points back at something specific, every pattern run in full."""
    return (
        bool(_NAMED_PERSON.search(text))
        or _cue_refers(text, CUE.finditer(text))
        or _implicit_reference(text)
        or _gerund_refers(text, GERUND_CUE.finditer(text))
    )


def _cue_refers(text: str, cues: Iterable[re.Match[str]]) -> bool:
    """Whether a cue (a CUE match in ``text``) has specific words after or before it.

    A cue inside a stock thanks ("thank you for the opportunity to ...") names nothing
    discussed.
    """
    stock = _StockThanks(text)
    read = _read_published(text)
    if _commute(text):
        return False  # "the bus from my flat gets me to your Ancoats office in about 25 minutes"
    if _CONGRATS.match(text) and _NEWS_WORDS.search(text):
        return False  # "Congratulations on the Series B announced this morning": public news
    for cue in cues:
        if read and cue.start() < read.end() and read.start() < cue.end() + 4:
            # "I also read the case study on your site", "I was impressed to read on your
            # website that ...": the cue is the reading
            continue
        if read and read.end() <= cue.start():
            continue  # "I read about her work on your website, and her approach ...": read since
        if _IMPRESSION.match(cue.group(0)) and _PUBLISHED.search(text, 0, cue.start()):
            continue  # "Your website's sustainability page also stood out": what the public reads
        if _LONG_BEFORE.search(text, max(0, cue.start() - 12), cue.start()):
            continue  # "Bright Harbor's work has always stood out to me": long before the interview
        if _EVER_SINCE.match(text) and _NAME_SUBJECT.match(cue.group(0)):
            continue  # "Ever since Kiriyama Robotics presented the KR-7 at iREX": long before
        if _PUBLISHED_ABOUT.search(text, max(0, cue.start() - 40), cue.start()):
            continue  # "Your press release about the Osaka plant expansion": what was read
        if _LONG_AFTER.match(text, cue.end()):
            continue  # "Cooking in your kitchen has been my dream since culinary school"
        if _AS_LIKE.match(cue.group(0)) and _OWN_RECORD.match(text, cue.end()):
            continue  # "As we discussed, I have six years of experience in ...": a CV recap
        if _PLACE.search(cue.group(0)) and _CLOSED.match(text, cue.end()):
            continue  # "out of work since the plant in Decatur closed in March": the writer's past
        if _PLACE.search(cue.group(0)) and (
            _OWN_ROLE.search(text, 0, cue.start()) or _MY_DUTIES.search(text, 0, cue.start())
        ):
            continue  # "In my current role I ... coordinate the lab's accreditation"
        if _PLACE.search(cue.group(0)) and _MY_WORK_NOW.search(
            text, max(0, cue.start() - 50), cue.start()
        ):
            continue  # "I also work closely with the warehouse supervisors": the writer's job now
        if _PLACE.search(cue.group(0)) and _FORWARD_BEFORE.search(text, 0, cue.start()):
            continue  # "I would love to lead the hot kitchen brigade": the job to come
        if _PLACE.search(cue.group(0)) and _NEAR_HOME.search(
            text, max(0, cue.start() - 40), cue.start()
        ):
            continue  # "I also live fifteen minutes from the IT Park site": the writer's commute
        if _WE.search(cue.group(0)) and (
            _AT_OWN_PLACE.match(text) or _OWN_ROLE.match(text.lstrip())
        ):
            # "At Fenwick Retail I own ... the naming standard we use", "At my current school ...
            # our Year 9 results": the writer's team
            continue
        if _VAGUE_BEFORE.search(text, max(0, cue.start() - 16), cue.start()):
            continue  # "everything we covered made me even more sure": nothing named
        if _CHANCE.match(cue.group(0)) and _WHY_APPLIED.search(text):
            continue  # "The chance to work on public housing ... is exactly why I applied"
        if _PLACE.search(cue.group(0)) and _AS_PART_OF_MINE.search(text, 0, cue.start()):
            continue  # "As part of that work I was given privileged access to the plant network"
        if _MY_PORTFOLIO.search(text, 0, cue.start()):
            continue  # "My full portfolio is at ..., and the banking app case study is ..."
        if _CHANCE.match(cue.group(0)) and _FORWARD_BEFORE.search(text, 0, cue.start()):
            continue  # "excited about the chance to work on retail data": a wish, not a memory
        if _WON.match(text, cue.end()):
            continue  # "Your plant in Hosur has won the Deming Prize twice": public record
        learning = _AND_LEARNING.match(text, cue.end())
        if learning and _KIND_OF_WORK.match(text, learning.end()):
            continue  # "our conversation on Tuesday and learning more about the foundation"
        if _AHEAD.search(text, max(0, cue.start() - 20), cue.start()):
            continue  # "available for the simulator assessment": what is still to come
        if _UNTIL.search(text, max(0, cue.start() - 7), cue.start()) and _UNTIL_AFTER.match(
            text, cue.end()
        ):
            continue  # "once the panel has concluded its deliberations"
        if _NEWS_CUE.search(cue.group(0)) and _NEWS.search(text, cue.end()):
            continue  # "glad to see Harlow & Finch named a Top Employer": public news
        if text[max(0, cue.start() - 5) : cue.start()].lower() == "than " and _PRONOUN.match(
            cue.group(0)
        ):
            continue  # "more help than they ask for": a comparison, not what was said
        if _NEWS_CUE.search(cue.group(0)) and _NEWS_THAT.match(text, cue.end()):
            continue  # "glad to see that Tohoku University ... last year": news, not the interview
        if _MY_WE.match(cue.group(0)):
            continue  # "Across my clients we lifted water-use efficiency": the writer's own work
        if _THEIR_WORK.match(cue.group(0)) and not _WORK_ON.match(text, cue.end()):
            continue  # "The work you all do is nothing short of life-changing": their work at large
        if WISH_BEFORE.search(text, 0, cue.start()) and _THANKS_WORD.match(cue.group(0)):
            continue  # "I would be grateful for any role you can offer": a wish, not thanks
        specific = (
            _specific_after(text, cue)
            or _specific_around(text, cue)
            or (
                cue.group(0)[-5:].lower() == "asked"
                and bool(_ASKED_QUESTION.match(text, cue.end()))
            )
            or bool(_NAMES_ITSELF.search(cue.group(0)))
        )
        if specific and not stock.covers(cue.start()):
            return True
    return False


class _StockThanks:
    """A sentence's stock thanks, looked for only once a cue would count (it costs more)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._span: tuple[int, int] | None = None
        self._known = False

    def covers(self, at: int) -> bool:
        """Whether offset ``at`` lies inside the sentence's stock thanks."""
        if not self._known:
            self._span, self._known = stock_thanks(self._text), True
        return self._span is not None and self._span[0] <= at < self._span[1]


# A day's talk: "following up on Thursday's chat about ...".
_DAYS_OWN = re.compile(
    r"\b(?:yesterday|today|this\s+morning|this\s+afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|last\s+week)['’]s$",
    re.IGNORECASE,
)


def _gerund_refers(text: str, cues: Iterable[re.Match[str]]) -> bool:
    """Whether a gerund cue (a GERUND_CUE match in ``text``) is framed and specific.

    As with a cue, a gerund inside a stock thanks ("Thank you for meeting with me on 3 June
    regarding the Border Force Officer position") names nothing discussed.
    """
    stock = _StockThanks(text)
    read = _read_published(text)
    for cue in cues:
        # (a semicolon opens a clause as a full stop would: "...this morning; seeing the new
        # maker space made me even more eager")
        head = text[: cue.start()]
        before = " ".join(head[head.rfind(";") + 1 :].split()[-_FRAME_WORDS:])
        # "Hearing how ..." opening a sentence, or "I learned ..." / "we discussed ...".
        framed = (
            not before.strip()
            or _FRAME.search(before)
            or (cue.group(0)[:6].lower() == "follow" and _FOLLOW_OPENER.match(before))
            or _DAYS_OWN.search(before)  # "Thursday's chat about the packaging refresh"
            or (
                before.endswith(",")
                and _JUDGED.match(text, cue.end())
                and not _MY_PAST.search(before)
            )
            # "I had a think about the probes dropping out near the milking shed"
            or (_MULLED.match(cue.group(0)) and _FIRST_PERSON_PAST.search(before))
            or (
                _FIRST_PERSON_PAST.search(before)
                and cue.group(0)[-2:] in ("ed", "nt", "rd")
                and _ABOUT_THEM.search(text, cue.end())
            )
            # "It was a pleasure to visit the neonatal unit on Thursday and to see how ...":
            # the frame carries over "and" (round 246: "I particularly valued the time on the
            # medication round with Femi and seeing how your eMAR system flags PRN doses")
            or (
                (cue.group(0)[:3].lower() == "to " or cue.group(0)[-3:].lower() == "ing")
                and before.lower().endswith(" and")
                and bool(_FRAME.search(" ".join(head.split()[-_FRAME_WORDS * 3 :])))
            )
        )
        if (
            framed
            and not _OWN_HISTORY.match(text, cue.end())
            # (not "hearing more about the kind of work Brightwater does": the company in general)
            and not _KIND_OF_WORK.match(text, cue.end())
            # (not "I have also been learning dbt on the side": the writer's own study)
            and not (cue.group(0)[:5].lower() == "learn" and before.lower().endswith("been"))
            # (nor "After reviewing the job description again, I'm confident ...": the advert)
            and not _THE_ADVERT.match(text, cue.end())
            # (nor "I wanted to follow up and see whether there has been any progress on a
            # decision": a chase for news, round 270)
            and not _CHASE.match(text, cue.end())
            # (not "Having followed the court's recent judgment ..., I have been reflecting on":
            # what the writer read)
            and not _READ_FIRST.match(text, 0, cue.start())
            and not (
                _NEWS_CUE.search(cue.group(0))
                and (_NEWS_THAT.match(text, cue.end()) or _NEWS.search(text, cue.end()))
            )
            and _specific_after(text, cue)
            # (but "I appreciated the chance to discuss the credit scoring dashboard": what was
            # discussed is named, whatever thanks frames it)
            and (_DISCUSSED.match(cue.group(0)) or not stock.covers(cue.start()))
            and not (read and _specific_in_read(text, cue, read))
            # (not "I've been reading your team's audit on the company blog, and it was good to
            # see that you honoured ...": what was seen is what was read)
            and not (read and read.end() <= cue.start())
        ):
            return True
    return False


# Their work at large, not a piece of it (round 272): "the work you all do", "the difference
# your team makes".
_THEIR_WORK = re.compile(
    r"(?:the|that|this)\s+(?:work|job|things|difference|good)\s+(?:that\s+)?(?:you|your\s+team|y['’]all|we)"
    r"(?:\s+all|\s+guys)?\s+(?:do|did|make|made|are\s+doing|have\s+done)$",
    re.IGNORECASE,
)
# What makes it a piece of their work after all: "the work you did on the rota planner".
_WORK_ON = re.compile(r"\s+(?:on|for|with|in|at|around|to)\b", re.IGNORECASE)
# A question about the decision after "see" or "hear": "see whether there has been any
# progress on a decision".
_CHASE = re.compile(
    r"\s+(?:whether|if)\b[^.!?]{0,50}?\b(?:progress|update|updates|news|decision|timeline|next\s+steps"
    r"|word|where\s+things\s+stand)\b",
    re.IGNORECASE,
)


# What they gave the writer to read: "the ratings online for the kiosk you showed me".
_GIVEN = re.compile(
    r"\byou\s+(?:sent|gave|shared|recommended|mentioned|suggested|showed|pointed|flagged|forwarded)\b",
    re.IGNORECASE,
)


def _read_published(text: str) -> re.Match[str] | None:
    """Where ``text`` says the writer read the website (or the like), if it does, and not
    something they gave the writer to read."""
    if not _PUBLISHED.search(text):
        return None
    read = _READ_PUBLISHED.search(text)
    if read is not None and _GIVEN.search(text, read.start()):
        return None
    return read


def _specific_in_read(text: str, cue: re.Match[str], read: re.Match[str]) -> bool:
    """Whether what follows ``cue`` is what was read ("after our meeting I read about ...",
    "I've been working through a short reading list": the cue is the reading itself)."""
    if read.start() <= cue.start() < read.end():
        return True
    return read.start() >= cue.end() and not specific_words(text[cue.end() : read.start()])


def _matches(
    pattern: re.Pattern[str],
    text: str,
    lower: str,
    starts: Set[str],
    name_verbs: Set[str] = frozenset(),
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, trying the pattern only where a match can begin.

    ``lower`` is ``text`` lower-cased (same length). A match of ``pattern`` begins a
    ``_WORD`` word of ``lower`` that is in ``starts``, or, only if one of
    ``name_verbs`` is in the sentence, a capitalised word of two letters or more.
    """
    names = None if name_verbs else False  # None: not worked out until a name turns up
    end = 0
    for word in _WORD.finditer(lower):
        at = word.start()
        if at < end:
            continue  # finditer's matches do not overlap
        if word.group() not in starts:
            if not ("A" <= text[at] <= "Z" and word.end() - at > 1):
                continue
            if names is None:
                names = not name_verbs.isdisjoint(_WORD.findall(lower))
            if not names:
                continue
        match = pattern.match(text, at)
        if match:
            end = match.end()
            yield match


class NoConversationReference(Rule):
    __doc__ = __doc__
    id = "no-conversation-reference"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        context = note.context
        if context.topics or context.notes:
            missing = _context_topics(note)
            if missing is None:
                return
            start, end = body_anchor(note)
            ideas = ", ".join(f"'{t}'" for t in missing[:3])
            yield Problem(
                start,
                end,
                "nothing in the note picks up a topic from your interview notes, "
                "so it reads as a form letter",
                suggestion=f"build on something you discussed, such as {ideas}",
            )
            return
        if not refers_to_conversation(note) and reads_as_english(note):
            start, end = body_anchor(note)
            yield Problem(
                start,
                end,
                "nothing in the note refers back to a specific topic, question, person or moment "
                "from the interview, so it reads as a form letter",
                suggestion="add a sentence that picks up one thing you discussed, e.g. "
                "'You mentioned X; at my last job I ...'",
            )


def _context_topics(note: Note) -> list[str] | None:
    """None when the note names something from the interview notes; else topics to suggest.

    A listed topic counts when half of its specific words, or two of them, appear in
    the note (by stem); free-form notes count when one sentence of the note shares at least two
    specific words with them.
    """
    sections = [s for s in (note.subject, note.body, note.postscript) if s]
    texts = [note.slice(s) for s in sections]
    stems = set().union(*(specific_stems(t) for t in texts))
    # "the window-functions question" names "window functions" too
    stems |= set().union(*(specific_stems(t.replace("-", " ")) for t in texts if "-" in t))
    if note.context.company:
        # "the storyboards for the Qantas spot": with the employer known, a name is no
        # longer taken for it
        stems |= set().union(*(named_stems(t, note.context.company) for t in texts))
    note_stems = topic_stems(stems, " ".join(texts))
    topics = list(note.context.topics)
    for topic in topics:
        # (with the topic's text: "growing the weekly newsletter" names growth too)
        wanted = topic_stems(specific_stems(topic) or {stem(w) for w in topic.split()}, topic)
        shared = len(wanted & note_stems)
        if wanted and (shared * 2 >= len(wanted) or shared >= 2):
            return None  # half its words, or two of a long one ("damp and mould reports")
    if note.context.notes:
        notes_stems = specific_stems(note.context.notes)
        for section in sections:
            for sentence in note.sentences_in(section):
                shared = specific_stems(note.text[sentence.start : sentence.end])
                if len(shared & notes_stems) >= 2:
                    return None
        topics += _salient(note.context.notes)
    return topics or ["a question you were asked"]


def _salient(notes: str) -> list[str]:
    """The interview notes' most repeated specific words, as topic ideas."""
    counts = Counter(w.lower() for w in specific_words(notes) if len(w) > 3)
    return [w for w, _ in counts.most_common(3)]
