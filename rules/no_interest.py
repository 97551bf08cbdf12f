"""The note never says you want the job.

*Why*: besides building on the conversation, a follow-up note has one job: to
reiterate that you are interested in the role, the team or the employer going
forward. "I look forward to hearing from you", claims that you would be a good
fit and offers to answer questions are polite, but they do not say you want it.

Counted as interest: "I'm excited about the role", "I remain very interested",
"I'd love to join the team", "this conversation made me even more keen",
"I look forward to the possibility of working together", "the role is exactly
the kind of work I want to do next", and similar. A negated statement ("no
longer interested") is not. Keenness for something other than the job is not
either: curiosity about a plan ("interested in how you plan to staff it"), love
of the field or a sector long wanted ("keen to move into fintech for a while"),
a trait ("passionate about mentoring"), gladness for someone else ("really
excited for him"), excitement that is past (having applied, having got an
interview), and interest in the interviewer's advice ("I'd value your take on my
audit work"). Understatement counts ("a job I would quite like to have"), and so
does interest shown rather than announced ("If they offer, I'm there", "so I can
be there from day one"). A note that does not read as English is not judged (see
``notelint.rules.language``).

*Options*: none.

*Bad*: ``I believe my skills match your needs. I look forward to hearing from you.``

*Good*: ``Our talk made me even more excited about joining the platform team.``
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from notelint.model import Problem, Severity
from notelint.needs import needs, split_alternatives
from notelint.note import Note, Section
from notelint.rule import NoOptions, Rule
from notelint.rules.language import reads_as_english
from notelint.rules.scan import body_anchor, lower_is_faithful, lowered, search
from notelint.rules.spelling import tolerant, with_slips

_FEELING = tolerant(
    r"(?:excited|exciting|excitement|thrilled|eager|eagerly|eagerness|enthusiastic|enthusiasm"
    r"|keen|keener|keenly|delighted|energi[sz]ed|motivated?|pumped|stoked|psyched|passionate"
    r"|interested|interest|drawn|attracted|inspired|hopeful|invested|enthused|jazzed|hyped"
    # common misspellings and slips: "very motivate to join"; "illusion to work" (Spanish
    # "ilusión"), "really enthusiast to join" (French "enthousiaste")
    r"|intrested|intersted|illusion|enthusiast|buzzing|buzzin|overjoyed)"
)
# Places of work a candidate may want to work in ("work in the shop").
_WORKPLACE = (
    "shop|store|kitchen|office|lab|unit|ward|branch|bakery|caf[eé]|restaurant|warehouse|clinic"
    "|school|practice|site|depot|hotel|library|museum|pharmacy|salon|studio|gym|farm|garage"
)
# Verbs of a reply or a further talk ("happy to discuss it further with you"): not interest.
_REPLY = (
    r"(?:talk|speak|chat|meet|discuss|share|follow|catch|connect|check|hear|answer|provide|send"
    r"|withdraw|decline)"  # "I'd like to withdraw from the process for the Analyst role"
)
# "the opportunity to discuss further how my background could support ...": a further talk.
_NOT_TO_REPLY = rf"(?!\s+to\s+(?:further\s+)?{_REPLY}\b)"
_JOIN = (
    r"(?:join|joining|be\s+(?:a\s+)?part|being\s+(?:a\s+)?part|be\s+apart\s+of|being\s+apart\s+of"
    # "glad to become a regular part of the team"
    r"|become\s+(?:a\s+(?:regular\s+|permanent\s+|proper\s+|real\s+)?)?part|becoming\s+(?:a\s+)?part|contribute|contributing|rejoin|rejoining"
    # "I would be rather pleased to be the person working through those shelves next year"
    r"|be\s+the\s+(?:person|one)\s+(?:working|running|doing|leading|looking\s+after|taking\s+on|managing"
    r"|tackling)\b"
    # Other languages' "be part of": "make part of your family" (Italian), "form part of your
    # team" (Spanish); "reinforce your team" (German, French)
    r"|make\s+part\s+of\s+(?:your|the)\b|form\s+part\s+of\s+(?:your|the)\b"
    r"|(?:reinforce|strengthen|bolster)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:team|crew|staff|department|unit"
    r"|brigade)\b"  # round 164: "happy to strengthen your front office team"
    r"|train\s+(?:under|with|alongside)\s+(?:you|your|a|an|the)\b"  # "humbled to train under a scientist"
    r"|sign\s+on\s+(?:for|with)\s+(?:the|a|your|this)\b"  # "glad to sign on for the season"
    r"|take\s+(?:it|that|this)\s+off\s+your\s+hands\b"  # "glad to take it off your hands"
    r"|get\s+stuck\s+in\b"  # "I'd be made up to get stuck in with the night shift"
    # round 204: "enthusiastic about beginning my career with your organisation"
    # round 219: "glad to begin my career in hospital administration at Korle Bu"
    r"|(?:begin|beginning|start|starting|build|building|launch|launching)\s+my\s+career\s+"
    r"(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:with|at)\s+(?:you|your|the|(?!(?:a|an|any|some|another)\b)[\w&-]+)\b"
    # "I'd be really glad to step in as Assistant Venue Manager", "step into the role"
    r"|step\s+in\s+as\b|step\s+into\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,3}?(?:role|job|post|position|seat"
    r"|shoes)\b"
    # "I'd enjoy developing that further as part of the studio"
    # round 240: "glad to take that project forward as part of the Social History team"
    r"|as\s+(?:a\s+)?part\s+of\s+(?:the|your)\s+(?:[\w&-]+\s+){0,3}?(?:team|studio|crew|practice|firm|company"
    r"|department|group|unit|ward|kitchen|office|lab|school|staff)\b"
    # "really hoping to get on the night crew"
    r"|get\s+on\s+(?:the|your|that)\s+(?:[\w-]+\s+)?(?:crew|team|shift|line|rota|roster|books|staff|floor)\b"
    # "I'm hoping to be in the September cohort"
    r"|be\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:cohort|intake)\b"
    # "Really want to get on with them for the apprenticeship" (to a recruiter)
    r"|get\s+on\s+with\s+(?:them|you(?:\s+guys|\s+all)?|y['’]all)\s+(?:for|as)\s+(?:the|an?|this|that)\s"
    # "happily take the keys to that van", "proud to run garnish on your line", "happy to
    # work those nights on your unit"
    r"|take\s+the\s+keys\b"
    r"|do\s+(?:the\s+)?(?:nights|lates|earlies|weekends)\b"  # "I would definitely like to do the nights"
    # "glad to take over this commodity"
    r"|take\s+over\s+(?:this|the|that|your)\s+(?:[\w-]+\s+)?(?:commodity|portfolio|account|accounts|territory"
    r"|desk|caseload|class|patch|route|function|category|book)\b"
    # "happy to take care of your library", "real joy to drive your van", "glad to take such
    # cases as a member of your service team"
    r"|take\s+care\s+of\s+your\b|drive\s+your\b|as\s+(?:a\s+)?(?:member|part)\s+of\s+your\b"
    # "glad to take part in the work of the branch", "glad to get the job"
    r"|take\s+part\s+in\s+(?:the|your)\s+(?:work|team)\b|get\s+(?:the|this)\s+(?:job|role|post|position)\b"
    r"|become\s+(?:a\s+)?member\s+of\s+your\b"
    # "proud to cook on your line"
    # "very happy to drive for Sunridge Transit this fall"
    r"|(?:drive|cook|teach|nurse|sell|fly|build)\s+for\s+(?-i:[A-Z])[\w&'’-]+(?:\s+(?-i:[A-Z])[\w&'’-]+)*"
    r"\s+(?:this|next|in|from|come)\b"
    # round 214: "I would be glad to sail with Nordhavn" (a seafarer's "join")
    r"|sail\s+(?:with|for)\s+(?:you|your|(?-i:[A-Z])[\w&'’-]+)"
    r"|(?:run|work|cook|serve|prep|drive)\s+(?:[\w-]+\s+){0,3}?(?:on|in|at|for|with)\s+your\s+(?:[\w-]+\s+)?"
    r"(?:line|kitchen|floor|pass"
    r"|shop|team|crew|unit|ward|site|store)\b"
    # round 220: "glad to relocate to Vancouver for it", "glad to go on to the full 12-week
    # contract with them"
    r"|relocate\s+(?:to\s+(?:[\w-]+\s+){1,3}?)?for\s+(?:it|this|the\s+(?:role|job|position|post))\b"
    r"|(?:go|move|carry|stay)\s+on\s+(?:to|for)\s+the\s+(?:full|permanent|main|whole|longer|[\w-]+-(?:week|month|year))"
    r"\s+(?:[\w-]+\s+)?(?:contract|placement|season|role|job|position)\b"
    # "glad to be one of your team", "want very much to be in your cleaning team"
    r"|be\s+(?:one\s+of|a\s+member\s+of|member\s+of)\s+(?:your|the)\b"
    # round 226: a rehire's "great to be back with the team", an internal move's "move over to
    # the IAM team" (not "back with the results", "move to the next question")
    r"|be\s+back\s+(?:with|on|in)\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:team|crew|staff|unit|ward|kitchen|firm)\b"
    r"|move\s+(?:over\s+|across\s+)?(?:to|into)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:team|crew|unit"
    r"|department|desk|group)\b(?!\s+(?:structure|meeting|call|chat|model|channel|drive|space|page|budget)\b)"
    rf"|be\s+(?:in|on|with|at)\s+your\s+(?:[\w-]+\s+)?(?:team|crew|staff|ward|unit|department|room|{_WORKPLACE})\b"
    # A freelancer's job is the client's event: "I'd love to photograph your day"
    r"|(?:photograph|shoot|film|cater|style|plan)\s+your\s+(?:big\s+|special\s+)?(?:day|wedding|event"
    r"|celebration|party|ceremony|reception)\b"
    # "I want to be on the claims recovery team"
    r"|be\s+(?:in|on)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:team|crew|staff|unit|department)\b"
    # "proud to be caretaker at Holloway Road"
    r"|be\s+(?:the\s+|your\s+|an?\s+)?(?:[\w-]+\s+)?(?:caretaker|manager|nurse|teacher|chef|cook|driver|lead"
    r"|supervisor|assistant|technician|engineer|officer|clerk|porter|cleaner|receptionist|apprentice"
    r"|coordinator|analyst)\s+(?:at|for|in|on)\b"
    # "proud to wear the Belvedere's keys"
    r"|wear\s+(?:the|your|this)\s+(?:[\w'’-]+\s+){0,2}?(?:keys|uniform|badge|colou?rs|jersey|apron"
    r"|whites|stripes)\b"
    r"|work\s+(?:with|w/|for|on|alongside|beside|at|together|here|there)"  # round 236: "w/" for "with"
    # round 237: "I'd be very happy to go permanent there", "I'd very much like to go forward
    # with this one"
    r"|go\s+(?:permanent|full[- ]time)\b|go\s+forward\s+with\s+(?:this\s+one|it|the\s+(?:role|job|process|application))\b"
    # round 246: "I'd really like to go forward for the permanent picker job"
    r"|go\s+forward\s+for\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:role|job|position|post|spot|place)\b"
    # round 233: "I'd love to assist on the grade for the rest of the series"
    r"|assist\s+on\s+(?:the|your|this)\b"
    # round 230: "I still really want to work behind the bar at the Fox and Hounds", a trial
    # shift's "would love to stay on there" (not "stay on the call")
    r"|work(?:ing)?\s+behind\s+(?:the|your)\s+(?:bar|counter|desk|till|pass)\b"
    r"|stay\s+on(?=\s*(?:[.!,;]|$)|\s+(?:there|here|with\s+(?:you|the\s+team|your)|as|after|permanently"
    r"|full[- ]time|past)\b)"
    # "working the pasta section with Luca", "work the pass"
    r"|work(?:ing)?\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:section|grill|pass|line|floor|bar|door|desk|till"
    r"|counter|station|route|wok|fryer)\b"
    r"|keep\s+working\s+(?:with|w/|for|on|alongside|at|together)"  # "get to keep working on this with you"
    r"|working\s+(?:with|w/|for|on|alongside|beside|at|together|here|there)"
    r"|work\s+in\s+(?:your|this)\b|working\s+in\s+(?:your|this)\b"
    # "I am very want to work in Rosewood House" (a named home, not a city)
    r"|work(?:ing)?\s+in\s+(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}?(?-i:House|Home|Hospital"
    r"|School|Academy|College|Hotel|Centre|Center|Lodge|Manor|Nursery|Surgery|Court|Hall)\b"
    r"|work\s+as\s+(?:your|the|an?)\b|working\s+as\s+(?:your|the|an?)\b"
    # "glad to work as accompanist in your school", "happy to integrate your brigade" (French)
    r"|work(?:ing)?\s+as\s+[\w-]+\s+(?:in|at|for|with)\s+(?:your|this)\b"
    r"|integrate\s+(?:into\s+)?your\s+(?:[\w-]+\s+)?(?:team|brigade|crew|staff|department|unit|company"
    r"|school|office|group|kitchen|lab)\b"
    rf"|work(?:ing)?\s+(?:in|at)\s+the\s+(?:[\w-]+\s+)?(?:{_WORKPLACE})\b"
    # "glad to work in the reconciliation team"
    r"|work(?:ing)?\s+in\s+the\s+(?:[\w-]+\s+){1,2}?(?:team|department|unit|crew|section|division)\b"
    # "... again as your Financial Controller", "as your next shift lead" (not "as your
    # schedule allows")
    r"|as\s+your\s+(?:new\s+|next\s+)?(?:(?-i:[A-Z])[\w-]*|(?:[\w-]+\s+)?(?:manager|lead|leader"
    r"|controller|supervisor|assistant|analyst|engineer|nurse|teacher|director|officer|coordinator"
    r"|specialist|designer|developer|technician|apprentice|associate|intern|chef|cook))\b"
    r"|bring|bringing|help|helping|build|building|take\s+on|taking\s+on|support|supporting"
    r"|come\s+(?:on|in)\s+as\b|come\s+on\s+board\b|come\s+aboard\b"
    r"|come\s+on\s+(?:full[- ]time|part[- ]time|permanently|permanent|staff)\b"  # "come on full time"  # "glad to come on as your farrier"
    r"|stay\s+in\s+(?:the\s+)?(?:running|frame)\b"  # "I'd like to stay in the running"
    r"|train\s+(?:as|with|for|under)\b|training\s+(?:as|with|for|under)\b"  # "want to train as a driver"
    r"|prove\s+myself\s+(?:with|at|on|in|for)\s+(?:you|your)\b"  # "want a chance to prove myself with your team"
    # "I should be pleased to accept the post"
    r"|accept\s+(?:the|this|that|an?|your)\s+(?:[\w-]+\s+)?(?:post|job|role|position|offer|place)\b"
    # "take the store on", "spend the next few years as your coordinator"
    r"|take\s+(?:the|this|that|it)\s+(?:[\w-]+\s+)?on\b|take\s+(?:it\s+)?up\b"
    # "I'd be really glad to do my main placement in your department"
    r"|do\s+(?:my|the|a|your)\s+(?:[\w-]+\s+){0,3}?(?:placement|internship|apprenticeship|residency"
    r"|rotation|traineeship|training|shifts?)\b"
    # "I'd be glad to take the house tech job"
    # (round 215: "very glad to take the chef de partie position on garnish")
    # (round 227: "glad to take the Thursday to Saturday evening shifts you mentioned")
    r"|take\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,4}?(?:job|role|position|post|offer|shifts?)\b"
    r"|pick\s+up\s+(?:(?:the|some|those|a\s+few)\s+)?(?:[\w-]+\s+){0,3}?shifts?\b"  # round 224: "pick up weekend shifts"
    # round 224: "glad to spend the summer on the Android team with you"
    r"|spend\s+(?:the|my|this|next)\s+(?:summer|year|season|placement|internship|winter|spring|autumn)\s+"
    r"(?:on|with|in|at)\s+(?:the|your)\b"
    r"|spend\s+(?:the\s+)?(?:next\s+)?(?:[\w-]+\s+){0,2}?(?:years?|months?)\s+(?:as|with|at|on)\b"
    # "glad to spend the autumn residency at Harbour Street"
    r"|spend\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:residency|season|placement|internship|fellowship"
    r"|traineeship|apprenticeship)\s+(?:with|at|on|in)\b"
    r"|collaborate|collaborating|partner|partnering|grow|growing|serve|serving|lead|leading"
    # "I'd be very glad to manage the branch" (not "manage the handover")
    r"|(?:manage|managing|run|running|head\s+up)\s+(?:the|your|this|that)\s+(?:[\w-]+\s+)?(?:branch|team|store"
    r"|site|ward|unit|department|kitchen|shop|office|practice|clinic|restaurant|hotel|depot|warehouse|crew"
    r"|service|pharmacy|lab|floor|bar|cafe|café|school|nursery|library)\b"
    r"|teach|teaching|tackle|tackling|start|starting|get\s+started|dig\s+in|jump\s+in|hit\s+the\s+ground"
    r"|learn\s+(?:from|the|on|with|alongside)|learning\s+(?:from|the|on|with|alongside)|step\s+into|stepping\s+into|step\s+up\s+(?:into|to\s+(?:the|this|your))\b|stepping\s+up\s+(?:into|to\s+(?:the|this|your))\b|move\s+forward|moving\s+forward"
    # (not "I'd enjoy continuing the conversation at the meetup": a further talk)
    r"|(?:continue|continuing)(?!\s+(?:the|our|this|that)\s+(?:conversation|discussion|chat|talk)\b)"
    r"|be\s+(?:a\s+)?part|be\s+considered|the\s+(?:possibility|prospect|opportunity|chance|idea)"
    + _NOT_TO_REPLY
    +
    # "hope to be her caregiver", "want to be the next night nurse"
    # (not "happy to be your reference for Tom")
    r"|be\s+(?:your|her|his|their)\s+(?!(?:reference|referee|contact|guest|host)\b)(?:new\s+|next\s+)?[a-z-]+"
    r"|be\s+the\s+(?:new|next)\s+[a-z-]+"
    r"|be\s+(?:starting|joining|working|on\s+board)\b"
    r"|be\s+doing\s+(?:this|the|that|such)\s+(?:[\w-]+\s+)?(?:work|job)\b"  # "want to be doing this work"
    r"|be\s+an?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+here\b"  # "I really want to be a shift lead here"
    # round 263: "I'd really enjoy being a student ambassador this year"
    r"|being\s+(?:a|an)\s+(?!(?:reference|referee|guest|fly|part\s+of\s+the\s+(?:conversation|discussion))\b)[\w-]+"
    r"|become\s+(?:a|an|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in|at|for|with)\s+your\b"
    # (round 215: "I'd like to go ahead to the final round with their CISO")
    r"|the\s+(?:next|final)\s+(?:step|steps|stage|round)|next\s+steps|applying|use|using|apply"
    # "to put my skills to use" (not "I wanted to put a few of my answers in writing")
    r"|put(?:ting)?\s+(?:my|these|those|this|that|all\s+(?:my|of\s+my|that))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:skills?|experience|knowledge|training|background|expertise|abilities|energy|ideas)\b)"
)
# "would really love", "'d honestly love", "I'd still like to join your crew" (after a no),
# "I would still very much like to join"
_SOFTLY = (
    r"(?:(?:really|truly|very\s+much|so+|honestly|genuinely|absolutely|definitely|just|still|quite|sure"
    r"|sincerely|dearly|seriously|totally|super|def|defo)\s+){0,2}"
)
_INTEREST = (  # the source only: each part is compiled on its own below
    rf"""
    (?<!-)\b{_FEELING}\s+(?:than\s+ever\s+|as\s+)?(?:about|by|for|to|at|in|on|that
        |with(?!\s+(?:that|it|how|myself)\b))\b  # not "hand-drawn", "stoked with that for day one"
    | \b(?:my|our)\s+(?:strong\s+|continued\s+|sincere\s+|genuine\s+|keen\s+|great\s+|deep\s+)*
        (?:interest|enthusiasm|excitement|eagerness|desire
        |passion(?=\s+for\s+(?:the|this|your|joining|working)\b))\b  # not "early years is my passion"
    | \b(?:more|most|very|really|so|genuinely|truly|highly|particularly|even\s+more|all\s+the\s+more
        |still|remain|remains|am|['’]m|strongly|definitely|especially|quite|extremely|def|defo|deffo|super)\s+
        (?:{_FEELING}|exited(?=\s+(?:about|by|for|to|at|with)\b))\b  # "very exited about": a slip
    | \b(?:would|['’]d|will|should|id(?=\s+(?:(?:really|so|truly|definitely|genuinely|absolutely|honestly)\s+)?(?:love|like|be)\b))\s+{_SOFTLY}(?:love|like|welcome|relish
        |(?:much\s+|far\s+)?prefer  # round 233: "I would much prefer to join your practice"
        |jump\s+at|enjoy|gladly|happily
        |make\s+me\s+(?:very\s+|so\s+|really\s+|truly\s+)?(?:happy|glad|proud)  # "it would make me happy to"
        |give\s+me\s+(?:great\s+|real\s+|much\s+|immense\s+|enormous\s+)?(?:satisfaction|pleasure|joy|pride)
        # round 231: "It would mean everything to me to join your front office team"
        |mean\s+(?:everything|the\s+world|a\s+(?:great\s+)?deal|so\s+much|a\s+lot)(?:\s+to\s+(?:me|us))?
        |be\s+(?:very\s+|really\s+|so+\s+|truly\s+|most\s+|deeply\s+|incredibly\s+|extremely\s+|more\s+than\s+
        |absolutely\s+|genuinely\s+|sincerely\s+|certainly\s+|only\s+too\s+|rather\s+|super\s+|well\s+)?(?:thrilled|delighted|overjoyed|excited
        |glad|happy|eager|proud|honou?red|privileged|keen|pleased|over\s+the\s+moon|hyped|stoked|pumped|psyched|down
        |made\s+up|rapt|chuffed|buzzing|great|lovely|awesome|brilliant|amazing|fantastic|wonderful|ace
        |class|mint  # round 228: "would be class to work there"
        |grateful|thankful|humbled  # round 145: "so grateful for any chance to join", "humbled to contribute"
        |a\s+(?:(?:real|great|big|true|huge)\s+)?(?:dream|privilege|pleasure|joy|blessing)
        |an\s+(?:(?:absolute|immense|enormous|incredible|amazing|utter)\s+)?(?:honou?r|privilege|pleasure|joy)
        # round 245: "It would be the greatest honour of my professional life to serve as General Manager"
        # (round 264: "wearing its badge would be the honor of my life")
        |the\s+(?:(?:greatest|biggest|highest|proudest)\s+)?(?:honou?r|privilege|pleasure|joy)\s+of\s+my\s+(?:[\w-]+\s+)?(?:life|career)
        |a\s+matter\s+of\s+(?:great\s+|real\s+)?(?:joy|pride|pleasure))
        |value|appreciate\s+the\s+(?:chance|opportunity)
        # "I would count it a privilege to join the staff"
        |(?:count|consider|deem|regard)\s+it\s+(?:a|an)\s+(?:(?:great|real|true|huge)\s+)?(?:privilege|honou?r
        |pleasure|joy))\s+
        # "glad to discuss ... with you", "would like to thank you for the opportunity" are no interest
        # (round 240: "glad to take that project forward as part of the Social History team")
        (?:(?!(?:{_REPLY}|thank|thanks)\b)\w+\s+){{0,5}}?(?:to\s+)?
        (?:{_JOIN}|(?!(?:to|{_REPLY})\b)\w+\s+
        (?:\w+\s+)?(?:with|for)\s+(?:you\b|an?\s+(?:[\w-]+\s+)?(?:airline|company|firm|team|organi[sz]ation|school
        |hospital|practice|business|employer|group|brigade|crew)\b|your\s+(?:[\w-]+\s+)?(?:team|crew|group|department|company|outfit
        |firm|practice|shop|business|mother|father|mum|mom|dad|parents?|son|daughter|child|children|kids
        |family|grandmother|grandfather|patients|residents|clients|customers|guests|pupils|students)\b)
        # "I'd be glad to finish them on your estates team"
        |(?!(?:to|{_REPLY})\b)\w+\s+(?:\w+\s+)?(?:on|in)\s+(?:your|ur)\s+(?:[\w-]+\s+)?(?:team|crew|ward|unit
        |department|staff)\b(?!\s+(?:meeting|call|chat|huddle|briefing)))
    | \b(?:would|['’]d|id(?=\s+{_SOFTLY}(?:love|like)\s))\s+{_SOFTLY}(?:love|like|welcome|relish|jump\s+at)\s+(?:the|this|that|an?)\s+
        (?:(?:chance|opportunity){_NOT_TO_REPLY}|role|position|job|offer|spot|place|shot|crack|go|stab|seat|apprenticeship
        |internship|placement
        |traineeship|residency|post|gig
        |(?:(?!(?:about|of|for|on|in|with|to|and)\b)[\w-]+\s+){{1,3}}(?:job|role|position|post|spot|place|shift))\b
        # "i'd really like the delivery driver and packing job"
        # (round 228: "I'd like the Thursday evening and Saturday shifts")
        |\b(?:would|['’]d|should|id(?=\s+{_SOFTLY}like\s))\s+{_SOFTLY}like\s+(?:this|the)\s+(?:[\w'’./-]+\s+){{0,4}}?(?:shifts?|job|role
        |position|post|apprenticeship|internship|placement|traineeship|residency
        # round 241: "I'd really like the Tuesday-to-Friday day contract" (a kind of contract,
        # not the paper: "I'd like the contract back by Friday")
        |(?<!\bthe\s)(?<!\bthis\s)contract(?!\s+(?:to|signed|sent|back|reviewed|checked|by|before|in|emailed
        |copied|amended|changed|details|terms|wording|draft|paperwork)\b))\b
    | \b(?:would|['’]d)\s+{_SOFTLY}(?:love|like)(?:\s+very\s+much)?\s+to\s+(?!(?:{_REPLY}|clarify|explain|thank|add)\b)\w+\s+
        (?:[\w-]+\s+){{0,4}}?  # (round 268: "to do the six-month secondment with your team")
        (?:at|for|with|on|alongside|in)\s+(?:the\s+|your\s+|this\s+|our\s+)?(?:(?-i:[A-Z])
        # "come on with your commercial service team" (not "add that in my current role")
        |(?:(?!(?:my|his|her|their|its|our)\b)[\w-]+\s+){{0,2}}?(?:team|role|position
        |company|crew|squad|unit|department|school|firm|practice|hospital|clinic|store|kitchen|lab|group|project
        |{_WORKPLACE}))
    | \b(?:would|['’]d)\s+{_SOFTLY}(?:love|like)\s+to\s+(?!(?:{_REPLY}|clarify|add|explain|thank)\b)\w+\s+
        (?:\w+\s+){{0,4}}?as\s+(?:your\s+|the\s+|an?\s+|our\s+)?(?:new\s+|next\s+)?  # "... as Assistant Curator"
        (?:(?-i:[A-Z][\w-]*\s+[A-Z])|(?:[\w-]+\s+)?(?:manager|lead|leader|controller|supervisor|assistant
        |analyst|engineer|nurse|teacher|director|officer|coordinator|specialist|designer|developer|technician
        |apprentice|associate|intern|chef|cook|curator|foreman|administrator|advisor|adviser|consultant)\b)
    | \b(?:wanna|gonna\s+love\s+to)\s+(?:\w+\s+){{0,2}}?{_JOIN}
    | \b(?:love|like|want|wanted|hope|hoping)\s+(?:very\s+much\s+|so\s+much\s+)?to\s+(?!(?:speak|talk|chat|meet|hear|follow|discuss|connect|catch|touch|check|thank|add|share|send|clarify|ask
        |look|see|review|read|revisit|arrive|get|come|go|sit|stay|glance|dig|say|tell|drop
        |pass|reach|give|express|mention|let)\b)\w+
        # (not "I would want to begin not with the labels": round 201)
        \s+(?:(?:(?:this|the|a|my|that|those|these)\s+)?(?!not\b)[\w-]+\s+)?(?:(?:for|at|with|alongside)\s+(?:you|your|the|this
        |(?-i:[A-Z]))|(?<=\bwork\s)in\s+(?:your\b|(?-i:[A-Z])))  # round 274: "want very much to work in Meadowbank"
        |\b(?:happy|glad|proud)\s+to\s+(?!(?:{_REPLY}|touch|thank|add|clarify|ask|explain|walk|go|do|be|come
        |help|forward|arrange|schedule|stay|wait)\b)\w+\s+(?:for|alongside)\s+(?:you|your)\b  # "happy to crew for you"
    | \b(?:the|this|that|a)\s+(?:is\s+)?(?:(?:exact|very|kind\s+of)\s+)?(?:job|role|position|place|team|work
        |post|offer|apprenticeship|internship|traineeship|placement)\s+(?:that\s+)?I(?:\s+(?:really\s+|truly\s+)?want\b|(?:\s+would|['’]d)\s+(?:gladly\s+
        |happily\s+)?(?:accept|take|jump\s+at|choose|pick)\b  # "a job I'd take on gladly"
        # round 180: "a job I'd be rather good at and would quite like to have"
        |[^.!?\n]{{0,40}}?\b(?:would|['’]d)\s+(?:quite\s+|really\s+|very\s+much\s+|genuinely\s+)?like\s+to\s+have\b)
    | \bwhere\s+I\s+(?:really\s+|truly\s+)?(?:want|hope|would\s+love|['’]d\s+love|would\s+like|['’]d\s+like)\s+to
        \s+(?:work|be|grow|build|spend|train|learn|start
        |do\s+(?:it|that|this)\b(?!\s+(?:again|first|next)\b))  # round 204: "Oddfellow is exactly where I want to do it!"
    | \blook(?:ing)?\s+forward\s+to\s+(?!hear(?:ing)?\b[^.!?\n]{{0,40}}?\bnext\s+(?:steps?|stage|round)\b)  # a reply,
        (?:(?:the\s+)?next\s+(?:steps?|stage|round)\s+(?:and|as\s+well\s+as)\s+(?:to\s+)?  # "and to joining"
        |(?!(?:the\s+)?next\s+(?:steps?|stage|round)\b))  # or the process going on
        (?:\(?\w+\)?\s+){{0,5}}?{_JOIN}  # "Looking forward to (hopefully) joining the Lyon team"
    | (?<!\byour\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\ba\s)  # "your plan to"
      \b(?:want|wanted|wanting|hope|hoping|intend|plan|aim|can['’]t\s+wait|cannot\s+wait|long|aspire|eager
        |wish|wishing|desire|desiring)\s+
        (?:\w+\s+){{0,2}}?to\s+(?:can\s+)?  # "I wish to can work with you"
        # round 220: "hoping to make the move to Ashford and to be part of your team"
        (?:(?:[\w'’-]+\s+){{1,6}}?and\s+(?:to\s+)?)?
        (?:(?:have|get|be\s+given)\s+(?:(?:the|a|an)\s+)?(?:chance|opportunity)\s+to\s+)?{_JOIN}  # "hope to have the chance to work"
        # "To serve a community such as yours ... I hope to have the chance to do so."
        |\b(?:hope|hoping|wish)\s+to\s+(?:have|get|be\s+given)\s+(?:the|a)\s+(?:chance|opportunity)\s+to\s+do\s+so\b
    | \b(?:this|the|that)\s+(?:role|position|job|opportunity|team|work|opening)\s+(?:\w+\s+){{0,3}}?
        (?:is|sounds|seems|feels|looks)\s+(?:like\s+)?(?:exactly|just|precisely|very\s+much)?\s*
        (?:the|a|an|my)\s+(?:\w+\s+){{0,2}}?(?:kind|type|sort|fit|match|place|role|job|work|challenge|step)\b
    # round 220: "The QA Lead role is a strong draw for me"
    | \b(?:is|was)\s+a\s+(?:strong|real|big|huge|major|genuine)\s+draw\s+for\s+me\b
    | \b(?:appeals?|appealed|excites|excited|energi[sz]es|inspires|resonates|resonated|interests)\s+
        (?:to\s+|with\s+)?(?:me|us)\b
    | \b(?:exactly|precisely)\s+(?:the\s+)?(?:kind|type|sort)\s+of\s+(?:work|role|job|team|place|challenge|problem
        |environment|opportunity|position|post
        # round 252: "this is exactly the sort of agency I want to write for"
        |agency|firm|company|studio|practice|organi[sz]ation|employer|newsroom|kitchen|school|hospital|lab|business)
    | \b(?:dream\s+(?:job|role|company|team|position)|count\s+me\s+in|sold\s+on
        # round 245: "Short version: I'm in, for the classroom and the canoe trip both"; "I hope
        # the next time I see Sione ... I'm on their roster as one of your duty managers"; "I'd
        # really like to keep this conversation going"; "My current site needs four weeks'
        # notice, and I'd like to line that up early"
        |(?:(?<=[.!?:]\s)|(?<![^\n]))i['’]?m\s+in(?=[,.!;]|$)
        # rounds 246 and 247: "super down to come on for the weekend brunch shifts", "I'm really
        # into this one", "can you put me forward for the picker job", "really want to get in there"
        |(?<!\bcomes\s)(?<!\bcame\s)(?<!\bcome\s)(?<!\bboils\s)down\s+to\s+(?:come\s+on|join|work|do|take|pick\s+up|start)\b
        |(?:(?<=\bi['’]m\s)|(?<=\bim\s)|(?<=\bam\s))(?:really\s+|so\s+|totally\s+)?into\s+this\s+(?:one|role|job|position)\b
        |put\s+me\s+forward\s+for\s+(?:the|this)\s+(?:[\w-]+\s+){{0,3}}?(?:job|role|position|post|spot|place)\b
        |want\s+to\s+get\s+in\s+there\b
        # round 248: "still really wanna get in at Cobalt" (not "want to get in at 7 to set up")
        |(?:want\s+to|wanna)\s+get\s+in\s+at\s+(?!(?:the|a|an|about|around|least|half|noon|dawn
        |night|early|lunch|weekends?|seven|eight|nine|six|five|ten)\b)[^\W\d_]{{2,}}
        |(?<=\bhope\s)[^.!?\n]{{0,80}}?\bi['’]?m\s+(?:on|in|part\s+of)\s+(?:their|your|the)\s+(?:[\w-]+\s+)?(?:roster|rota
        |schedule|team|crew)\b
        |(?:would|['’]d)\s+{_SOFTLY}(?:love|like)\s+to\s+keep\s+(?:this|the|our)\s+conversation\s+going\b
        |notice\b[^.!?\n]{{0,40}}?\b(?:i['’]d\s+like\s+to|i\s+want\s+to|so\s+i\s+can)\s+(?:give\s+it|hand\s+it\s+in
        |line\s+(?:that|it)\s+up|sort\s+(?:that|it)\s+out)\b
        # "I'm all in on this one" (not "to have it all in one place")
        |(?:(?<=m\s)|(?<=re\s)|(?<=be\s))all\s+in\b(?!\s+(?:one|the|a|an|my|your|our|this|that|his|her|their|its
        |order|place|favou?r|all|line|time|there|here|together|agreement|favo[u]?r|charge)\b)
        |on\s+board\s+with
        # round 252: "save me a locker", "Put my name in the hat for the next round", "count me
        # keen", "you will have my yes before the ink is dry", "id be there in a heartbeat"
        |save\s+me\s+a\s+(?:locker|spot|seat|place|peg|apron|desk|chair|bunk)\b
        |(?:put|keep|throw)\s+my\s+name\s+in\s+the\s+hat\b|count\s+me\s+(?:keen|interested)\b
        |(?:have|get)\s+my\s+yes\b|(?<=\bbe\s)there\s+in\s+a\s+heartbeat\b
        # round 253, texted: "still up for the barista job", "Up for it!", "Keen." and "Still want
        # it." as sentences, "I just want in at the site"
        # (the writer's: not "Dana is up for the lead role too")
        |(?:(?<=[.!?:]\s)|(?<![^\n])|(?<=\bstill\s)|(?<=['’]m\s)|(?<=\bim\s)|(?<=\bam\s)|(?<=totally\s)|(?<=\bdef\s))
        up\s+for\s+(?:it(?=\s*[.!]|\s*$)|the\s+(?:[\w-]+\s+){{0,2}}?(?:job|role|position|spot|shift|gig|post)\b)
        |(?:(?<=[.!?:]\s)|(?<![^\n])|(?<=\bstill\s)|(?<=\bvery\s)|(?<=\bsuper\s))keen(?=[.!]|\s*$)
        |(?:(?<=[.!?:]\s)|(?<![^\n])|(?<=\bi\s)|(?<=\bstill\s))want\s+it(?=[.!]|\s*$)
        |(?<=\bi\s)(?:just\s+)?want\s+in\b
        |(?:wanna|want\s+to)\s+do\s+the\s+(?:[\w-]+\s+){{0,4}}?(?:thing|gig)\b  # round 255
        # round 256: "The chance to do my first year out of Ballarat ... is exactly what I'm after!"
        |(?:(?<=\bis\s)|(?<=exactly\s)|(?<=precisely\s)|(?<=just\s))what\s+i['’]?m\s+(?:after|looking\s+for)\b
        |sign\s+me\s+up|(?:accept|take)\s+(?:it|the\s+(?:offer|job|role|post|position))\s+(?:without\s+(?:a\s+)?
        (?:hesitation|second\s+thought)|in\s+a\s+heartbeat)|is\s+(?:exactly\s+)?what\s+i\s+(?:really\s+)?want
        (?:\s+next|\s+to\s+do)?\b|the\s+one\s+i\s+(?:really\s+|truly\s+)?want\b(?!\s+to\b)
        # "Problems like this one are exactly what I'd want to spend my days on"
        # (it begins at "what": "is" and "are" are in every note)
        |(?:(?<=\bis\s)|(?<=\bare\s)|(?<=exactly\s)|(?<=precisely\s)|(?<=just\s))what\s+i(?:['’]d|\s+would)\s+
        (?:really\s+)?(?:want|like|love)\s+to\s+(?:spend|do|work|be\s+doing)\b
        |\b(?:(?:that|it)['’]?s|(?:that|this|it)\s+is)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+i(?:['’]m|\s+am
        |\s+have\s+been|['’]ve\s+been)\s+(?:after|looking\s+for|hoping\s+for)\b  # "that's what I'm after"
        |put\s+me\s+down\s+(?:for\b|as\s+a\s+yes\b)|\bi\s+(?:really\s+)?want\s+in\b
        # "I'm itching to get going on this one" (not "my skin was itching to the point ...")
        |\bitching\s+to\s+(?:get\s+(?:going|started|stuck\s+in)|start|begin|join|dive\s+in|roll|crack\s+on)\b
        # "The role has my name on it.", a terse "Still want the job."
        |\b(?:job|role|position|post)\s+has\s+my\s+name\s+(?:written\s+)?(?:all\s+over\s+|on\s+)it\b
        |(?:^|(?<=[.!?]\s)|(?<=\n))still\s+(?:really\s+)?want\s+(?:the|this)\s+(?:job|role|position|post)\b
        # round 180: "I came out of yesterday's interview wanting this job more than when I went in"
        |(?<!\bnot\s)wanting\s+(?:the|this)\s+(?:job|role|position|post)\s+(?:even\s+|much\s+|all\s+the\s+)?more\b
        # "I'd honestly do anything to be part of the team" (needy, and still a wish for the job)
        |\bdo\s+anything\s+to\s+(?:be\s+(?:a\s+)?part\s+of|join|work\s+(?:for|with|at|on))\s+(?:the|your|this)\b
        # "Whenever you want to put me on the schedule, I'm ready when you are."
        |\bi(?:['’]?m|\s+am)\s+ready\s+when\s+you\s+are\b
        # round 184: "I'm very much still in", "If they offer, I'm there", "it's the kitchen I've
        # been looking for", "If I join, my first weeks I would spend ...", "so I can be there
        # from day one"
        |\bi(?:['’]?m|\s+am)\s+(?:very\s+much\s+still|still\s+very\s+much)\s+in\b(?=\s*(?:[,.;!]|$))
        |\bif\s+(?:they|you)\s+(?:offer|make\s+(?:me\s+)?(?:an\s+)?offer)\s*,?\s+i['’]?m\s+there\b
        |\b(?:it['’]s|this\s+is|that['’]s)\s+(?:exactly\s+|just\s+)?the\s+(?:[\w-]+\s+)?(?:kitchen|team|job|role
        |place|crew|shop|studio|ward|school|company|firm)\s+i(?:['’]ve|\s+have)\s+been\s+(?:looking|searching
        |hoping)\s+for\b
        |\bif\s+i\s+(?:join|get\s+(?:the|this)\s+(?:job|role|post|position))\s*,\s*my\s+first\s+(?:weeks?|months?
        |days|90\s+days|hundred\s+days)\b
        |\bso\s+(?:that\s+)?i\s+can\s+(?:be\s+there|start)\s+from\s+day\s+one\b
        # round 202: "super into the idea of joining the platform squad", after a trial shift
        # "I'd really like to go back and do it properly", "I'd love to cut the rest of the
        # series with your team"
        |(?:(?:really|super|so|totally|properly|well)\s+|i['’]?m\s+|i\s+am\s+)into\s+the\s+idea\s+of\s+(?:joining
        |being\s+(?:a\s+)?part|working\s+(?:with|on|at|for|in))\b
        # round 217: "still super into the 2nd shift spot" (not "the team is really into the idea")
        |(?:(?<=\bstill\s)|(?<=[\n.!?,]\s)|(?<![^\n]))(?:super|so|really|totally|well)\s+into\s+the\s+
        (?:[\w-]+\s+){{0,3}}?(?:job|role|spot|position|post|gig|opening)\b
        |\b(?:['’]d|would)\s+(?:really\s+|truly\s+)?(?:love|like)\s+to\s+(?:go|come)(?:\s+back)?\s+(?:and|to)\s+(?:do|work
        |finish|prove)\b
        |\b(?:['’]d|would)\s+(?:really\s+|truly\s+)?(?:love|like)\s+to\s+(?!(?:discuss|talk|share|go|meet|speak|chat
        |catch|walk|run|see|hear|review|go|look|send|show)\b)\w+\s+(?:[\w-]+\s+){{1,5}}?(?:with|for|alongside)\s+your\s+
        (?:team|crew|squad|department|group|studio|unit)\b
        # round 199, to a recruiter: "Walking the job with him sold me, I'd really like this one."
        # (round 205, with no subject: "would love this one so fingers crossed")
        # (round 232: after an emoji, "i really need the hours rn 🙏 would love this one")
        |(?:\bi(?:['’]d|\s+would)|(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF]\s))would)
        \s+(?:really\s+|truly\s+|so\s+)?(?:like|love)\s+
        this\s+one\b(?=\s*(?:[,.;!]|so\b|and\b|$))
        # round 205: "Really hoping to land this one", "this is the one I'd most like to progress"
        |\bhoping\s+to\s+(?:land|get|secure|bag|nab)\s+(?:this|the)\s+(?:one|job|role|position|gig|offer)\b
        # round 246: "Hoping it's a yes on the junior designer spot" (but "Hope to hear good news"
        # hopes for an outcome, not for the job)
        |\bhop(?:e|ing)\s+(?:it['’]?s|it\s+is|it\s+will\s+be|for)\s+a\s+yes\b
        |\bthe\s+one\s+i(?:['’]d|\s+would)\s+(?:most\s+|really\s+)?(?:like|love)\s+to\s+(?:progress|pursue|go\s+forward
        |move\s+forward|get|land)\b
        # "count me as a yes", "The job is what I've been after for a while. I'd take it."
        |count\s+me\s+(?:as\s+)?(?:a\s+)?(?:yes|definite\s+yes|firm\s+yes)\b
        |\b(?:job|role|post|position|work|place)\s+is\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+i
        (?:['’]m|\s+am|\s+have\s+been|['’]ve\s+been)\s+(?:after|looking\s+for|hoping\s+for)\b
        |(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))i(?:['’]d|\s+would)\s+(?:gladly\s+|happily\s+|certainly\s+)?take\s+it\s*(?:[.!]|$)
        |(?:(?<=[,;:.!?—–-]\s)|(?<![^\n])|(?<=\band\s)|(?<=\bthen\s)|(?<=\bso\s))  # a clause of its own,
        i(?:['’]?m|\s+am)\s+(?:so\s+|totally\s+|definitely\s+)?in(?=\s*(?:[.!]|$))  # not "the field I'm in."
        |the\s+one\s+i(?:['’]?d|\s+would)\s+(?:pick|choose|take)\b
        |\bup\s+for\s+(?:joining|running|leading|taking\s+on|starting|the\s+(?:job|role|challenge|position
        |apprenticeship|internship|placement|post|traineeship))\b
        # round 159, with no subject: "Still very much up for the Product Designer role"
        |(?:(?<=[.!?]\s)|(?<![^\n]))(?:still\s+)?(?:very\s+much\s+|really\s+|well\s+|definitely\s+)?up\s+for\s+the\s+
        (?:[\w-]+\s+){{1,3}}?(?:job|role|position|post|apprenticeship|internship|placement|traineeship)\b
        # "im well up for it", "I'm up for it"
        |\b(?:well|really|definitely|totally|so|def|deffo|defo|proper|more\s+than)\s+up\s+for\s+it\b
        # round 214: "Tell Ray I'm def still in for the 2nd shift lead spot" (not "I'm in for the
        # early shift tomorrow" at the current job)
        |\bi(?:['’]?m|\s+am)\s+(?:(?:def|defo|deffo|definitely|still|very\s+much|totally|really|100%)\s+){{1,2}}in\s+for\s+
        (?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:job|role|spot|position|post|gig|opening|vacancy)\b
        # round 212: "well up for the nights on goods-in" (not "the team is up for the change")
        |(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!['’]s\s)(?<!\bseems\s)
        # (round 228: "well up for the sat + sun shifts")
        \b(?:well|definitely|totally|def|deffo|defo|proper)\s+up\s+for\s+(?:the|a|any|this|that)\s+
        (?:[\w+&/-]+\s+){{0,3}}?(?:nights|night\s+shifts?|shifts|earlies|lates|job|role|position|post|spot|gig
        |apprenticeship|internship|placement|traineeship)\b  # round 224: "Proper up for this apprenticeship"
        |\bi(?:['’]?m|\s+am)\s+up\s+for\s+it\b
        # "Would be so up for the supervisor job" (not "Dana is up for the lead role")
        |\b(?:would|['’]d)\s+be\s+(?:so\s+|really\s+|well\s+|totally\s+|very\s+much\s+)?up\s+for\s+(?:the|this|that)\s+
        (?:[\w-]+\s+){{0,2}}?(?:job|role|position|post|apprenticeship|internship|placement|spot|gig|shift)\b
        # a text with no subject: "def still want the warehouse lead spot, lmk what he says"
        # (round 206: "gonna be out on a load till Thursday but def still want the regional spot")
        |(?:(?<=[.!?]\s)|(?<![^\n])|(?<=\bbut\s)|(?<=,\s))(?:(?:def|defo|deffo|definitely|really|still|so|totally)\s+){{1,2}}want\s+
        (?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:job|role|spot|position|post|gig|shift)\b
        # "I'm up for the foreman role" (not "Dana is up for the lead role too")
        |\bi(?:['’]?m|\s+am)\s+(?:(?:really|well|definitely|totally|so|very\s+much|def|deffo|defo|proper|seriously
        |honestly)\s+)?up\s+for\s+the\s+(?:[\w+&/-]+\s+){{1,3}}?(?:job|role|position|post|apprenticeship|internship|placement|traineeship|spot
        |gig|slot|seat|opening|vacancy|shifts)\b
        |\bif\s+you(?:['’]ll|\s+will|['’]d|\s+would)\s+have\s+me\b  # "I'd love to give it a go if you'll have me"
        |\bi(?:['’]?m|\s+am)\s+(?:really\s+)?after\s+(?:a\s+start|an?\s+(?:job|place|spot|position|role)
        |the\s+(?:job|role|position|post))\b  # "I'm after a start with you"
        |\b(?:be|['’]m|am)\s+(?:really\s+|so\s+|very\s+|totally\s+)?into\s+(?:joining|working\s+(?:with|for|on|at))\b
        # "well up for joining the team", "up for running the night crew"
        |my\s+(?:first|top|number\s+one)\s+(?:choice|pick)\b  # round 234: "still my first pick"
        # round 239, to a recruiter: "I'd prefer Fieldwork", "Mercy is the contract I want"
        |\b(?:['’]d|would)\s+(?:much\s+|really\s+|still\s+)?prefer\s+
        (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june
        |july|august|september|october|november|december|zoom|teams|skype|webex|google|slack|email|e-mail|phone
        |whatsapp|mornings?|afternoons?|evenings?|nights?|weekends?|am|pm|i)\b)
        (?-i:[A-Z])[\w&'’-]+(?=\s*[:;,.]|\s+(?:to|over)\b)
        |\bis\s+the\s+(?:contract|role|job|post|position|placement|one)\s+i\s+(?:really\s+|most\s+)?want\b(?!\s+to\b)
        # round 234: "I'd still rather come to you"
        |\b(?:['’]d|would)\s+(?:still\s+|much\s+|really\s+)?rather\s+(?:come\s+to|join|work\s+(?:with|for))\s+(?:you|your)\b(?!\s+with\b)
        # round 270: "I'd honestly much rather be at Fernhill" (not "rather be at home")
        |\b(?:['’]d|would)\s+(?:honestly\s+|still\s+|really\s+)?(?:much\s+)?rather\s+be\s+(?:at|with|joining)\s+
        (?:you|your\b|(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?-i:[A-Z])[\w&'’-]+)
        # round 270: "Working with the foundation still matters enormously to me"
        # (not "Working with the elderly matters a lot to me": a value, not this job)
        |\b(?:working\s+(?:with|at|for)|joining|being\s+(?:a\s+)?part\s+of)\s+(?:(?:the\s+|your\s+)?
        (?:[\w&'’-]+\s+){{0,2}}?(?:team|foundation|trust|charity|practice|firm|company|school|department|unit
        |ward|clinic|group|crew|kitchen|lab|office|store|hospital|council|agency|studio|organi[sz]ation)
        |you|(?-i:[A-Z])[\w&'’-]+(?:\s+(?-i:[A-Z])[\w&'’-]+){{0,2}})\s+
        (?:still\s+|really\s+|truly\s+)?(?:matters|means|would\s+(?:matter|mean))\s+(?:enormously|a\s+lot
        |a\s+great\s+deal|so\s+much|hugely|a\s+huge\s+amount|everything|the\s+world)\s+to\s+me\b
        # A second language's ways: "I have much motivation for join your crew", "I am very
        # interesting in this position", "I really like to work in your agency"; and "I hope I
        # can join your team".
        |\bhave\s+(?:a\s+)?(?:much|big|great|high|strong|real|huge|a\s+lot\s+of|lots\s+of)\s+
        (?:motivation|desire|wish|enthusiasm)\s+(?:to|for)\s+{_JOIN}
        |\bi(?:['’]?m|\s+am)\s+(?:very\s+|really\s+|so\s+|much\s+)*interesting\s+(?:in|for|to)\s+
        (?:this|the|your|join|joining|work|working)\b
        |\bi\s+(?:really\s+|very\s+much\s+)?like\s+to\s+(?:work|join|be)\s+(?:\w+\s+)?(?:in|at|for|with)\s+
        (?:your|you)\b
        |\bhop(?:e|ing)\s+(?:that\s+)?(?:one\s+day\s+|someday\s+|soon\s+|very\s+much\s+)?i\s+(?:can|could|will|may|might
        |get\s+to)\s+(?:have\s+(?:the\s+|a\s+)?(?:chance|opportunity)\s+to\s+)?{_JOIN}
        # "very happy if I become member of your team", "ready and glad to join your company",
        # "I want to be useful for your organization", "my big dream to work in your care home"
        |\b(?:happy|glad|pleased|proud)\s+if\s+i\s+(?:can\s+|could\s+|get\s+to\s+)?(?:become|be|join
        |work|\w+\s+(?:with|for|on)\s+your)\b
        |\b(?:very|so|really|fully|more\s+than)\s+ready\s+to\s+{_JOIN}  # "very ready to join your crew"
        |\bready\s+and\s+(?:glad|happy|eager|keen|willing)\s+to\s+{_JOIN}
        |\bwant\s+to\s+be\s+(?:very\s+|really\s+|truly\s+)?useful\s+(?:for|to)\s+(?:your|the|this)\b
        |\bmy\s+(?:big\s+|biggest\s+|great\s+|real\s+)?(?:dream|wish)\s+(?:is\s+)?to\s+{_JOIN}
        |\bin\s+the\s+mood\s+to\s+{_JOIN}|\ball\s+the\s+desire\s+to\s+{_JOIN}
        |\bwould\s+please\s+me\s+(?:\w+\s+)?to\s+{_JOIN}  # "It would please me enormously to join"
        |\b(?:would|['’]d|will|['’]ll)\s+do\s+anything\s+to\s+{_JOIN}
        # "Count on me for this position", "My heart is in this kitchen", "I hope we can cook
        # together soon"
        |\bcount\s+on\s+me\s+(?:for|as)\s+(?:this|the)\b
        # "I should very much like to undertake pupillage", "If the job's still going, I'd like
        # it", "I'd be glad of the job", "If I can join your localization team, ...", "This
        # is the work I have wanted to do", "really the job I hope to do next"
        |\b(?:would|['’]d|should)\s+{_SOFTLY}like\s+to\s+(?:undertake|begin|do)\s+(?:my\s+|the\s+|a\s+|your\s+)?
        (?:[\w-]+\s+)?(?:pupillage|training|traineeship|apprenticeship|placement|residency|internship
        |contract|job|role|post)\b
        |\bif\s+the\s+(?:job|role|position|post|place|spot)(?:['’]s|\s+is)\s+still\s+(?:going|open|available|free)\b
        [^.!?]{{0,30}}?\bi(?:['’]d|\s+would)\s+(?:really\s+)?(?:like|love|want|take)\s+it\b
        |\b(?:would|['’]d)\s+be\s+(?:very\s+|really\s+)?glad\s+of\s+(?:the|this|a)\s+(?:job|role|post|position|work
        |chance|start)\b
        |\bif\s+i\s+(?:can|could|get\s+to|am\s+lucky\s+enough\s+to)\s+join\s+(?:your|the)\b
        |\b(?:is|['’]s)\s+(?:really\s+|exactly\s+|truly\s+)?the\s+(?:work|job|role)\s+i(?:['’]ve|\s+have)?\s+
        (?:always\s+)?(?:hope|want|wanted|would\s+like|['’]d\s+like)\s+to\s+do\b
        # "It's the job I've been waiting for", "This role ticks every box for me", "Consider me very
        # much interested", "exactly where I want to take my career", "I'm sold."
        |\b(?:is|['’]s)\s+(?:really\s+|exactly\s+|truly\s+|just\s+)?the\s+(?:job|role|position|post|opportunity)\s+
        i(?:['’]ve|\s+have)\s+been\s+(?:waiting|looking|hoping)\s+for\b
        |\bticks?\s+(?:every|all\s+(?:the|my))\s+boxe?s?\s+for\s+me\b
        |\bconsider\s+me\s+(?:(?:very\s+much|very|extremely|highly|still|definitely|most)\s+)*(?:interested|keen)\b
        (?!\s+(?:in|on)\s+(?!(?:the|this|your)\s+(?:role|job|position|post|team|opportunity)\b))
        |\bwhere\s+i\s+want\s+to\s+take\s+my\s+career\b
        |\bi(?:['’]m|\s+am)\s+(?:completely\s+|totally\s+|well\s+and\s+truly\s+)?sold(?=\s*[.!])
        |\b(?:really|so|totally|very\s+much|super|well)\s+into\s+(?:the|this|your)\s+(?:[\w-]+\s+){{0,3}}?(?:role|job|team
        |position|work|crew)\b  # "Really into the data eng role tbh"
        |\bmy\s+heart\s+is\s+(?:in|with|set\s+on)\s+(?:this|the|your|joining|working)\b
        |\bmy\s+heart\s+(?:\w+\s+)?set\s+on\s+(?:it|this|the|your|joining|working)\b  # "my heart rather set on it"
        # "if you do offer it, I'd jump at it", "I wouldn't say no to a spot at Hale & Co", "Should
        # the answer be yes, I would not hesitate", "Hope to hear it's a yes"
        |\b(?:would|['’]d)\s+(?:\w+\s+)?jump\s+at\s+(?:it|the\s+(?:offer|job|role|post|position|chance\s+to\s+join))\b
        |\b(?:wouldn['’]t|would\s+not)\s+say\s+no\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:spot|place|job|role|position
        |offer|start|seat|post|desk|chair|locker|badge|lanyard)\b
        # round 164, a second language's "I have strong willing to join your team"
        |\b(?:strong|great|big|high|real)\s+(?:willing|willingness)\s+to\s+(?:join|work\s+(?:with|for|in|at)
        |be\s+(?:a\s+)?part)\b
        # round 159: "if an offer comes through along the lines we discussed, I would accept it"
        |\bif\s+(?:an|the|your)\s+offer\s+(?:comes\s+(?:through|my\s+way)|is\s+made|arrives|materiali[sz]es)\b
        [^.!?]{{0,50}}?,\s*i\s+(?:would|will|['’]d|['’]ll)\s+(?:gladly\s+|happily\s+|certainly\s+)?accept\b
        # "would a start in the week of 2 June suit the practice? ... so I can begin with you"
        |\bwould\s+a\s+start\s+(?:date\s+)?(?:in|on|from|of)\s+[^.!?]{{0,30}}?\b(?:suit|work\s+for|be\s+possible)\b
        |\bi\s+(?:can|could)\s+(?:begin|start)\s+with\s+(?:you|your\s+team|the\s+(?:team|practice|firm|crew|unit))\b
        # round 159: "I wouldn't say no to a few seasons in that garden"
        |\b(?:wouldn['’]t|would\s+not)\s+say\s+no\s+to\s+(?:a\s+few|a\s+couple\s+of|some|a)\s+(?:more\s+)?
        (?:seasons?|years?|summers?|winters?|shifts?|months?)\s+(?:in|on|at|with)\s+(?:that|the|your|this)\b
        # "I wouldn't say no to running those trials next season"
        |\b(?:wouldn['’]t|would\s+not)\s+say\s+no\s+to\s+(?:running|leading|joining|working|taking|starting|doing
        |heading|managing|spending|helping|being|cataloguing|cataloging|building|fixing|teaching
        |giving\s+it\s+a\s+(?:go|crack|try|shot|whirl))\b
        # Round 120: "I wouldn't be at all sorry to spend the next few summers counting puffins
        # with your team", "I've already started saying 'we'", "Is there any chance I could be
        # the one who finally gets to retire them?", "I'll be standing on your side of it"
        |\b(?:wouldn['’]t|would\s+not)\s+be\s+(?:at\s+all\s+|the\s+least\s+bit\s+)?sorry\s+to\b
        |\balready\s+(?:started\s+)?(?:saying|calling\s+(?:it|you|the\s+team))\s+["“'‘]?(?:we|us|our)\b
        |\bi\s+(?:could|might|can|get\s+to)\s+be\s+the\s+one\s+(?:who|that|to)\b
        |\bon\s+your\s+side\s+of\s+(?:it|the\s+(?:table|desk|whiteboard|counter|pass|glass))\b
        # Round 123: "I think I'd rather like to be part of that work", "It wouldn't be the worst
        # way to spend the next few winters", "I stay very interesting to make part of your banquet
        # team", "I'm very much up for that", "I would very much want to be the person working on
        # that loop", "someone who would genuinely love to spend next year chasing bugs", "I'd
        # snap it up", "happy as a clam", "It would make me a real pleasure to join", "Any chance
        # I could be that second pair of eyes come May?"
        |\b(?:['’]d|would)\s+rather\s+like\s+to\s+(?:be\s+(?:a\s+)?part|join|work\s+(?:on|with|for|in))\b
        |\bwouldn['’]t\s+be\s+the\s+worst\s+way\s+to\s+spend\b
        |\b(?:stay|remain)\s+(?:very\s+)?interesting\s+to\b
        |\bi(?:['’]?m|\s+am)\s+(?:very\s+much|really|totally|definitely|so)\s+up\s+for\s+(?:that|this)\b
        |\bwant\s+to\s+be\s+the\s+(?:person|one)\s+(?:working|doing|running|leading|fixing|building|who\s+\w+|that\s+\w+)\b
        |\bsomeone\s+who\s+would\s+(?:\w+\s+)?love\s+to\b
        |\b(?:['’]d|would|will|['’]ll)\s+snap\s+(?:it|them)\s+up\b
        |\b(?:would|['’]d)\s+(?:[\w'’]+\s+){{0,3}}?happy\s+as\s+a\s+(?:clam|lark|sandboy)\b
        |\bmake\s+me\s+a\s+(?:real\s+|great\s+|true\s+)?pleasure\s+to\s+join\b
        |\bany\s+chance\s+i\s+(?:could|can|might)\s+be\s+(?:that|the|your)\b
        |\b(?:wouldn['’]t|would\s+not)\s+hesitate\s*(?:[.!]|for\s+a\s+(?:moment|second)\b|to\s+(?:accept|say\s+yes)\b)
        |\bhop(?:e|ing)\s+to\s+hear\s+(?:that\s+)?(?:it['’]?s|it\s+is)\s+a\s+yes\b
        # "I remain very committed to working in the Intelligence Unit"
        |\b(?:remain|am|['’]m)\s+(?:(?:very|fully|deeply|still|absolutely|really|truly|strongly|firmly|wholly)\s+){{0,2}}committed\s+to\s+
        (?:working|joining|the\s+(?:role|post|position|job)
        |the\s+(?:[\w-]+\s+)?(?:programme|program|team|project))\b  # round 225: "committed to the WASH programme"
        # "I've already started planning my first few weeks with you"
        |\b(?:planning|plan|thinking\s+about|picturing|mapping\s+out)\s+my\s+first\s+(?:few\s+|couple\s+of\s+
        |two\s+|three\s+)?(?:days|weeks|months|90\s+days|ninety\s+days|hundred\s+days)\s+(?:with\s+(?:you|your\s+team
        |the\s+team)|in\s+the\s+(?:role|post|job)|here|on\s+the\s+(?:team|ward|site))\b
        # Round 169: "I hope we get to put a version of it into the Finnish market together" (not
        # "I hope we can talk together soon")
        |\bhop(?:e|ing)\s+(?:that\s+)?we\s+(?:can|could|will|get\s+to)\s+
        (?!(?:talk|speak|meet|chat|catch|discuss|get\s+together)\b)[^.!?\n]{{0,60}}?\btogether\b
        # "I hope to be trading notes with you on the morning ward round before long"
        |\bhop(?:e|ing)\s+to\s+be\s+(?!(?:hearing|speaking|talking|meeting|chatting|catching)\b)[a-z]+ing\s+
        [^.!?\n]{{0,30}}?\bwith\s+(?:you|your\s+team|the\s+team)\b
        # "Happy to be your next problem-solver", "I know where I'd rather be on Monday mornings,
        # and it's on your team", "my hat's in the ring", "a team I'd want to be on", "I'd be
        # sorry to see this post go to someone else"
        |\b(?:happy|glad|proud|keen|ready)\s+to\s+be\s+your\s+(?:new|next)\s+[\w-]+
        |\bwhere\s+i['’]?d\s+rather\s+be\b[^.!?]{{0,40}}?\b(?:on|in|with|at)\s+your\s+(?:team|crew|ward|unit|desk
        |floor|line|shop|kitchen)\b
        |\bmy\s+hat(?:['’]?s|\s+is)\s+(?:already\s+|firmly\s+)?in\s+the\s+ring\b
        # Round 157: "Consider my hat firmly in the ring."
        |\b(?:consider|keep|count|leave)\s+my\s+hat\s+(?:(?:firmly|well|very\s+much|still)\s+)?in\s+the\s+ring\b
        |\b(?:team|crew|place|job|role)\s+i['’]?d\s+(?:really\s+)?(?:want|like|love)\s+to\s+(?:be\s+(?:on|in|part\s+of)
        |join|work\s+(?:in|on|for|at))\b
        |\bsorry\s+to\s+see\s+(?:it|this|the)\s+(?:[\w-]+\s+)?go\s+to\s+someone\s+else\b
        # "Being a firefighter is all I've ever wanted", "a guide in your museum is really
        # what I wish for", "My wish is to become a dispatcher in your agency", "I really want
        # be the shift lead at Sunrise"
        |\b(?:is|['’]s)\s+all\s+i(?:['’]ve|\s+have)\s+ever\s+wanted\b
        |\bis\s+(?:really\s+|exactly\s+|truly\s+)?what\s+i\s+(?:wish|long|hope)\s+for\b
        |\bwant\s+(?:to\s+)?be\s+(?:the|your)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:at|in|for|on|with)\s+
        (?:your|the|(?-i:[A-Z]))
        # Sideways, in native idiom: "If an offer comes, I'd take it", "I'm hoping this turns
        # into a yes", "Consider me keen", "If there's a seat on that bus, I'd like it", "I'd
        # like it to be me", "someone who wants to be there", "left wanting the job"
        |\bif\s+(?:an?\s+|the\s+)?offer\s+(?:comes|is\s+made|came|arrives)\b[^.!?]{{0,40}}?
        \bi(?:['’]d|\s+would|['’]ll|\s+will)\s+(?:\w+\s+)?(?:take|accept|say\s+yes)\b
        # "I'm ready to say yes", "I hope to be the one who gets to fix it", "is the move I
        # want to make"
        |\bready\s+to\s+(?:say\s+yes|accept)\b(?!\s+(?:that|the\s+(?:fact|idea))\b)
        |\b(?:hope|hoping|want|wanting)\s+to\s+be\s+the\s+one\s+(?:who|that|to|running|leading|doing|taking|fixing
        |building|handling|making|teaching|managing)\b
        |\b(?:is|['’]s)\s+(?:really\s+|exactly\s+|truly\s+|just\s+)?the\s+(?:move|step|change|switch|jump)\s+
        i(?:['’]ve|\s+have)?\s+(?:always\s+)?(?:hope|hoped|want|wanted|would\s+like|['’]d\s+like)\s+to\s+(?:make|take)\b
        # round 233: "Joining Westmere Constabulary is still what I want most"
        |\b(?:joining|working\s+(?:at|for|with|on))\s+[^.!?]{{2,60}}?\s+is\s+(?:still\s+)?(?:exactly\s+)?what\s+i
        \s+(?:really\s+|most\s+)?want\b
        # round 229: "running front office ... is exactly the step I want next"
        |\b(?:is|['’]s)\s+(?:really\s+|exactly\s+|truly\s+|just\s+)?the\s+(?:move|step|role|job)\s+
        i\s+(?:really\s+)?want\s+(?:next|now)\b
        |\bhop(?:e|ing)\s+(?:this|it|that)\s+(?:turns\s+into|becomes|is|['’]s|will\s+be|ends\s+in)\s+a\s+yes\b
        |\bconsider\s+me\s+(?:very\s+|really\s+)?(?:keen|interested)\b
        |\bif\s+there(?:['’]?s|\s+is)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:seat|spot|place|space|room|opening)\b
        # "If there's a spot on your crew come March, I want it."
        [^.!?]{{0,40}}?\bi(?:['’]d|\s+would|['’]ll|\s+will|(?=\s+want\b))\s+(?:really\s+)?(?:like|love|want|take)
        \s+it\b
        |\bi(?:['’]d|\s+would)\s+(?:really\s+)?(?:like|love)\s+(?:for\s+)?(?:it|that)\s+to\s+be\s+(?:me|mine)\b
        # "I'd happily take a pass at it if I join, which I'd very much like to"
        |\bif\s+i\s+(?:join|get\s+(?:the|this)\s+(?:job|role|post|position))\s*,?\s*which\s+i(?:['’]d|\s+would)\s+
        (?:very\s+much\s+|really\s+|so\s+much\s+)?(?:like|love)\s+to\b
        # "the designer you hire (hopefully me)", "I hope our paths cross again soon, ideally on
        # your team", "my bags are, so to speak, already packed", "Fingers crossed I'll be
        # shooting the full campaign with you"
        |(?<=\()(?:hopefully|ideally)\s+me\)
        |\bpaths\s+cross\s+again\b[^.!?]{{0,30}}?\b(?:on|in|at|with)\s+(?:your|the)\s+(?:team|firm|ward|crew|kitchen
        |department|company|side|desk|newsroom|office|bench|counter|station)\b
        |\bbags\s+are\b[^.!?]{{0,25}}?\balready\s+packed\b
        |\bfingers\s+crossed\s+(?:that\s+)?i(?:['’]ll|\s+will)\s+(?:be\s+(?:\w+ing|joining|part|on|in|with)|get\s+to
        |join)\b
        # "Fingers crossed we'll be working together soon"
        |\bfingers\s+crossed\s+(?:that\s+)?we(?:['’]ll|\s+will|\s+get\s+to)\s+(?:be\s+)?work(?:ing)?\s+together\b
        # Round 187: "It will be my pleasure to be part of your team", "ready to give my best to
        # your company", "a role I could really sink my teeth into", "I hope to be given the
        # chance.", "I'd take it tomorrow"
        |\b(?:will|would|['’]ll|['’]d)\s+be\s+(?:my|a)\s+(?:great\s+|real\s+|huge\s+)?pleasure\s+(?:for\s+me\s+)?to\s+
        (?:be\s+(?:a\s+)?part\s+of|join|work\s+(?:with|for|in|at|on|alongside))\b
        |\bready\s+to\s+give\s+(?:my|the)\s+(?:very\s+)?best\s+(?:of\s+myself\s+)?(?:to|for)\s+(?:your|the|this)\b
        |\b(?:sink|get)\s+my\s+teeth\s+into\b
        |\bhope\s+to\s+(?:be\s+given|get|have)\s+(?:the|a|that)\s+chance(?=\s?[.!,;])
        |\b(?:i['’]d|i\s+would)\s+take\s+it\s+(?:tomorrow|today|right\s+now|straight\s+away|immediately)\b
        # "I'm very much up for it", "up for the challenge" (not "the team is up for it")
        |(?:(?<=m\s)|(?<=re\s)|(?<=be\s))(?:very\s+much\s+|definitely\s+|really\s+|totally\s+|so\s+|well\s+)?
        up\s+for\s+(?:it|the\s+challenge)\b
        |\bsomeone\s+who\s+(?:really\s+|truly\s+)?wants\s+to\s+be\s+(?:there|here)\b
        |\b(?:left|came\s+away|walked\s+out)\s+(?:[\w-]+\s+){{0,5}}?wanting\s+(?:the|this)\s+(?:job|role|position|post)\b
        # "I'd be chuffed to bits if I got it", "thrilled if you offered me the post"
        |\b(?:would|['’]d)\s+be\s+(?:\w+\s+)?(?:chuffed|thrilled|delighted|over\s+the\s+moon|stoked|made\s+up
        |so\s+happy)\s+(?:to\s+bits\s+)?if\s+(?:i|you)\s+(?:got|get|landed|offered|gave)\b
        |\b(?:is|['’]s)\s+(?:still\s+)?(?:one|something)\s+i\s+(?:really\s+|truly\s+|still\s+)?want\b(?!\s+to\b)  # "the role is one I really want"
        |\b(?:is|['’]s)\s+(?:exactly\s+|just\s+)?the\s+(?:challenge|role|job|work|opportunity|step|move)
        \s+(?:that\s+)?i['’]?(?:m|\s+am|\s+have\s+been|['’]ve\s+been)\s+(?:looking|aiming|hoping)\s+for\b
        |\bsomething\s+i(?:['’]d|\s+would)\s+(?:really\s+|gladly\s+)?(?:jump\s+at|love|welcome|relish)\b
        # round 176: "Being part of that staff, and planning the spring fair, is something I would
        # very much like"
        |\b(?:being|to\s+be)\s+(?:a\s+)?part\s+of\s+(?:that|the|your|this)\b(?:[^.!?\n]|(?<=\b(?:mr|ms|dr|st))\.|(?<=\bmrs)\.){{0,120}}?\bis\s+something\s+i
        (?:['’]d|\s+would)\s+(?:very\s+much\s+|really\s+|truly\s+|dearly\s+)?(?:like|love|want|enjoy|welcome)\b
        |\bhop(?:e|ing)\s+you(?:['’]ll|\s+will|['’]d|\s+would)\s+(?:have|take|keep)\s+me\s+(?:on|in|for|aboard)\b
        # round 219: a text with no subject, "Really want a spot on the crew for the hospital job"
        |(?:\b(?:i|still)\s+|(?:(?<=[.!?]\s)|(?<![^\n]))(?=really\b))(?:really\s+)?want\s+a\s+(?:spot|place|seat|shift)\s+(?:on|in|at|with)
        \s+(?:your|that|the|this)\b
        # "Really hope I get to pick up shifts at Copper Still", "It's a front office I would be
        # proud to run"
        |\bhope\s+(?:i|to)\s+get\s+to\s+(?:pick\s+up\s+shifts|work\s+(?:with|for|at|on|in)|join|be\s+part\s+of|start
        |come\s+(?:on\s+board|aboard)
        |(?:cook|bake|serve|drive|teach|nurse|care|build|design|code|sell)\s+(?:for|with|alongside)\s+(?:you|your|the\s+team))\b
        |\b(?:it['’]s|is)\s+an?\s+(?:[\w-]+\s+){{1,3}}?i(?:['’]d|\s+would)\s+be\s+(?:proud|glad|happy|delighted|honou?red
        |thrilled)\s+to\s+(?:run|lead|join|manage|work\s+(?:in|on|for|at)|be\s+part\s+of)\b
        # "I'd love a seat at that table"
        |\bi(?:['’]d|\s+would)\s+(?:really\s+)?love\s+a\s+(?:spot|place|seat)\s+(?:on|in|at|with)\s+(?:your|that|the|this)
        \s+(?:[\w-]+\s+)?(?:table|team|crew|kitchen|brigade|line|bench|squad|practice|firm|ward|shop|studio|lab|rota
        |roster)\b
        # "Your brigade is the one I want to be cooking with"
        |\b(?:is|['’]s|are)\s+the\s+one\s+i\s+(?:really\s+)?want\s+to\s+be\s+\w+ing\s+(?:with|for|at|in)\b
        |\bhop(?:e|ing)\s+(?:i|to)\s+(?:get|land|win)\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:spot|job|role|position|place|post
        |gig|nod)\b
        # "I'd be glad of the Saturday and Sunday hours", "happy to come aboard whenever suits"
        |\b(?:would|['’]d)\s+be\s+(?:very\s+|really\s+|so\s+)?(?:glad|grateful|thankful|happy)\s+of\s+(?:the|a|any|some)\s+
        (?:[\w-]+\s+){{0,3}}?(?:job|work|role|position|post|hours|shifts?|start|spot|place)\b
        |\b(?:happy|glad|keen|ready|pleased|delighted|chuffed)\s+to\s+come\s+(?:aboard|on\s+board)\b
        # "If selected, I will join with full heart", "I would very much welcome taking this on",
        # "this position is the one I am hoping for", "if you make an offer, my answer is yes",
        # "glad to get the nod on this one", "glad to accept should an offer come"
        |\bif\s+(?:i\s+am\s+|i['’]m\s+)?(?:selected|chosen|offered\s+(?:the|this)\s+\w+)\s*,?\s+i(?:\s+(?:will|shall|would)|['’]ll|['’]d)
        \s+(?:gladly\s+|happily\s+|certainly\s+)?(?:be\s+)?(?:join|joining|accept|take\s+it)\b
        # "if selected, I will pour my heart and soul into this extraordinary opportunity"
        |\bif\s+(?:i\s+am\s+|i['’]m\s+)?(?:selected|chosen|hired|appointed)\s*,?\s+i(?:\s+(?:will|shall|would)|['’]ll|['’]d)
        \s+(?:pour\s+my\s+(?:heart|all|energy)|give\s+(?:it|this|the\s+(?:role|job|post|position)|you)\s+
        (?:my\s+all|my\s+best|everything|100|110)|hit\s+the\s+ground\s+running)\b
        |\bjoin(?:ing)?\s+with\s+(?:a\s+)?(?:full|all\s+my|my\s+whole)\s+(?:heart|enthusiasm|commitment)\b
        |\bwelcome\s+taking\s+(?:this|it|the\s+(?:role|job|post|position)|that)\s+on\b
        |\bthe\s+one\s+i['’]?(?:m|\s+am)\s+(?:really\s+|most\s+)?(?:hoping|aiming)\s+for\b
        |\bmy\s+answer\s+(?:is|would\s+be|will\s+be)\s+(?:an?\s+(?:easy|quick|immediate|definite|clear)\s+)?yes\b
        |\b(?:get|getting)\s+the\s+nod\b
        |\bto\s+accept\s+(?:should|if|when)\s+(?:an?|the|your)\s+offer\b
        # "the part of the senior accountant role I'd most like to take on"
        |\bthe\s+part\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:role|job|position|post)\s+(?:that\s+)?i['’]?(?:d|\s+would)
        \s+most\s+(?:like|love|want)\s+to\b
        # "I would be the happiest person alive to wear your uniform"
        |\b(?:would|['’]d)\s+be\s+the\s+(?:happiest|proudest|luckiest)\s+(?:person|man|woman|girl|guy
        |candidate|nurse|cook|driver)\b
        # round 182: "It would be a great pleasure for me to work in Fortis Cardiac ICU"
        |\b(?:would|['’]d)\s+be\s+(?:a|an|my)\s+(?:great\s+|real\s+|huge\s+|true\s+|genuine\s+)?(?:pleasure|privilege
        |honou?r|joy|delight)\s+(?:for\s+me\s+)?to\s+(?:work|join|serve|be\s+part|contribute)\b
        |(?:joining|working\s+(?:with|for|at|alongside|on))\s+(?:[\w-]+\s+){{1,4}}?(?:(?:would|will)\s+be
        |has\s+(?:always\s+)?been|is|was)\s+
        (?:[\w-]+\s+){{0,2}}?(?:dream|privilege|pleasure|joy|honou?r|thrill|delight)\b)
    | (?:\bi\s+(?:(?:really|truly|very\s+much|still|do)\s+){{0,2}}  # round 239: "I still very much want this role"; 241: "I really do want"
        |(?<!\bthey\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\byou\s)\b(?:defo|deffo|def|definitely|really|truly)\s+
        |\bmade\s+me\s+)  # "seeing your crew made me want this apprenticeship even more", "Really want this job"
        # (round 223: "really want that apprenticeship spot"; round 230: "I want the Monday to
        # Friday 9pm spot there")
        (?:want|wanted)\s+(?:very\s+much\s+|so\s+much\s+)?(?:this|the|(?<=want\s)that)\s+(?:[\w-]+\s+){{0,4}}?(?:role|job|position
        |apprenticeship|internship|opportunity|offer|post|placement|residency|fellowship|spot|shift|gig
        |route|round|patch|contract
        |one(?=\s*[.!,;]|\s*$|\s+(?:lol|tbh|ngl|haha|honestly|and|but|so|x+)\b|\s*[^\w\s-]))  # "rlly want this one lol", "🤞"
    | (?:\b(?:would|['’]d|should)\s+|^|(?<=[.!?]\s)){_SOFTLY}(?:like|love)\s+(?:very\s+much\s+)?to\s+
        (?!take\s+(?:this|a|the)\s+(?:opportunity|moment|chance))(?:run|lead|own|manage|take|build|grow|help
        |join|work|be|bring|contribute|tackle|support|teach|serve|start|cook|drive|design|fix|get|learn
        |continue|apply|put|use|develop|care|nurse|coach|sell|ship|launch|solve|come\s+back|come\s+on\s+board|come\s+on\s+as|come\s+aboard
        |oversee|head\s+up
        # "coordinate the Eastside program" (not "coordinate a time to talk")
        |coordinate(?!\s+(?:a|another|the|some)\s+(?:[\w-]+\s+)?(?:time|call|meeting|chat|date|visit|slot)\b)
        |return|hit\s+the\s+ground|dive\s+in|jump\s+in|be\s+part|be\s+a\s+part
        |give\s+it\s+a\s+(?:go|try|shot|crack|whirl)|be\s+(?:appointed|offered|selected|chosen))\b
    | \b(?:want(?:ed)?\s+to|wanna|would\s+{_SOFTLY}(?:love|like)\s+to|['’]d\s+{_SOFTLY}(?:love|like)\s+to)\s+
        # (round 217: "def wanna come back for the whole season")
        (?:(?!(?:follow|check|catch|touch)\b)(?:come\s+back|\w+)\s+(?:on\s+)?(?:on|at|for|with|in|alongside|into)|run|lead
        |own|manage|stage-manage|do
        |come\s+back\s+to)\s+  # "get on with your crew", "run your line"; round 262: "come back to your farm"
        (?:your|ur|the|this|that)\s+(?:[\w-]+\s+)?(?:team|line|crew|unit|floor|staff|company
        |school|firm|practice|hospital|store|kitchen|lab|group|department|project|side|squad|shift|classroom|program
        |production|season|show|job|role|farm|orchard|vineyard|ranch|yard|site|depot|ward|salon|restaurant|hotel)
    | \b(?:confirmed|reinforced|strengthened|deepened|solidified|cemented|increased|heightened|renewed
        |sparked|fueled|fuelled)\s+(?:my|our)\s+(?:\w+\s+)?(?:interest|enthusiasm|excitement|desire|belief)
    | \bi\s+(?:can|could)\s+(?:really\s+|already\s+|easily\s+|honestly\s+)?(?:see|picture|imagine)\s+myself\b
    | \b(?:great|wonderful|exciting|fantastic|perfect|ideal|amazing)\s+(?:opportunity|next\s+step|place)\s+
        (?:for\s+me|to\s+grow|to\s+contribute|to\s+learn)
    | \bi\s+(?:really\s+|truly\s+|do\s+|sincerely\s+)?hope\s+(?:that\s+)?i\s+(?:get|land|will\s+get|can\s+get
        |am\s+offered|['’]m\s+offered)\s+(?:it|the\s+(?:job|role|position|post|place|offer|spot)
        |this\s+(?:job|role|position|one)  # "I think it went well and I hope I get it."
        # "I hope I get the chance to help build the teen programme"
        |the\s+(?:chance|opportunity)\s+to\s+(?!(?:speak|talk|meet|discuss|chat|hear|thank|ask)\b)\w+)\b
    # Interest said formally, practically or in trade slang: "Should the panel be minded to
    # offer me the post, I would accept it with pleasure", "pleased to accept a training
    # contract", "happy to be put forward for the role", "the piece of the job I'd most like to
    # get my teeth into", "I could start with you on Monday 2 June", "I'm well up for this one"
    | \b(?:should|if)\s+(?:you|the\s+(?:[\w-]+\s+)?(?:panel|committee|board|team|firm|school|practice
        |company|trust))\s+(?:be\s+minded\s+to\s+|decide\s+to\s+|choose\s+to\s+|wish\s+to\s+)?(?:offer|give)
        \s+me\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:post|job|role|position|place|contract|lectureship
        |appointment)\b[^.!?]{{0,40}}?\bi(?:['’]ll|\s+will|['’]d|\s+would|\s+shall)\s+(?:\w+\s+)?(?:accept
        |take\s+it|say\s+yes)
        |\b(?:should|if)\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:post|job|role|position|place|contract
        |offer)\s+(?:be|is|were)\s+offered\b[^.!?]{{0,40}}?\bi(?:['’]ll|\s+will|['’]d|\s+would|\s+shall)\s+
        (?:\w+\s+)?accept
        |\b(?:pleased|delighted|glad|happy|honou?red)\s+to\s+accept\s+(?:a|an|the|this|your)\s+(?:[\w-]+\s+){{0,2}}?
        (?:contract|pupillage|tenancy|appointment|lectureship|offer|post|position|role|job|place)\b
        |\bbe\s+put\s+forward\s+for\s+(?:the|this)\s+(?:[\w-]+\s+){{0,3}}?(?:role|job|post|position)\b
        # (not "the part I'd most like to clarify")
        |\bthe\s+(?:one|piece|part|bit|side|aspect)\s+(?:of\s+the\s+(?:job|role|work|post)\s+(?:that\s+)?
        i['’]?d\s+(?:most\s+(?:like|love|want)|(?:relish|enjoy|love|like)\s+most)|(?:that\s+)?i['’]?d\s+
        (?:relish|enjoy)\s+most)\b
        |\bi(?:\s+could|\s+can|\s+will|\s+would|['’]d|['’]ll)\s+(?:be\s+able\s+to\s+)?start\s+with\s+(?:you
        |your\s+team|the\s+team)\b
        |\bi(?:['’]?m|\s+am)\s+(?:(?:really|well|definitely|totally|so|proper)\s+)?up\s+for\s+this\s+(?:one|job
        |role|position|post|gig|apprenticeship)\b
        |\b(?:happy|glad|keen|ready)\s+to\s+start\s+(?:on\s+(?:first|second)\s+fix|whenever\s+you|as\s+soon\s+as
        \s+you|straight\s+away|right\s+away)\b
        |\b(?:would\s+)?be\s+(?:good|great|nice)\s+to\s+(?:get\s+(?:on\s+the\s+tools|stuck\s+in|started)|work
        |be\s+working)\s+with\s+(?:you|your)\b
        |\b(?:would|['’]d)\s+like\s+(?:very\s+much|so\s+much)\s+to\s+work\s+(?:the|this|in|at|for|with)\b
        # "Fingers crossed I get to break the real build with you all", "where do I sign?", "this
        # job would suit me down to the ground", "My first week in the job I'd sit in on the night
        # shift" (but "Kindly consider my candidature favourably" is a request, not interest)
        |\bfingers\s+crossed\s+(?:that\s+)?i\s+(?:get|land|will\s+get)\b
        # "I pray to God that I get this job" (needy too: see desperation)
        |\bpray(?:ing)?\s+(?:to\s+god\s+)?(?:that\s+)?i\s+(?:get|land|will\s+get)\s+(?:this|the)\s+(?:job|role|position
        |post|offer)\b
        # "I hope with all my heart that I can join your office"
        |\bhope\s+(?:with\s+all\s+my\s+heart\s+|very\s+much\s+|sincerely\s+|truly\s+|so\s+much\s+)?that\s+i\s+
        (?:can|could|will|may|get\s+to)\s+(?:join|work\s+(?:with|for|at|in|on|alongside)|be\s+part\s+of|become\s+part)\b
        |\bwhere\s+do\s+i\s+sign(?=\s*[?!.])  # (not "where do I sign in")
        |\bsuit\s+me\s+down\s+to\s+the\s+ground\b
        # "I would give anything to teach at Lincoln", "I really want to get this apprenticeship"
        |\b(?:would|['’]d)\s+give\s+anything\s+to\s+(?:work|teach|join|be|cook|nurse|start|get|drive)\b
        # (round 243: "Would love to actually land this one")
        |\b(?:want|love)\s+to\s+(?:actually\s+|really\s+)?(?:get|land|win|earn)\s+(?:this|the)\s+(?:[\w-]+\s+){{0,2}}?(?:apprenticeship|job|role|position
        |post|place|spot|offer|internship|traineeship)\b(?!\s+(?:done|finished|sorted|signed|started|right|over)\b)
        # round 235: "really wanna get this one" (not "want to get this one signed off")
        |\b(?:(?:want|love)\s+to|wanna)\s+(?:actually\s+|really\s+)?(?:get|land|win)\s+this\s+one\b(?=\s*(?:[,.;!]|$|\s+(?:so|and|lol|tbh)\b))
        |\bthe\s+one\s+i\s+(?:most\s+)?(?:want|hope)\s+(?:most\s+)?to\s+(?:land|get|win)\b  # "the one I most want to land"
        # "I'd rather be hauling conduit for you lot next year than anywhere else", "the module
        # I'd most want to get my hands on first"
        |\b(?:i['’]d|i\s+would)\s+rather\s+be\s+[^.!?\n]{{1,60}}?\bthan\s+anywhere\s+else\b
        # round 196: "I'd much rather be running Eastgate", "I'd rather be working with your team"
        |\b(?:i['’]d|i\s+would)\s+(?:much\s+|far\s+)?rather\s+be\s+(?:running|leading|managing|working\s+(?:at|for|with|in))
        \s+(?:(?-i:[A-Z])|(?:you|your|the\s+(?:[\w-]+\s+)?(?:team|store|ward|unit|site|kitchen|branch))\b)
        |\b(?:i['’]d|i\s+would)\s+most\s+(?:want|like|love)\s+to\s+get\s+my\s+hands\s+on\b
        # "this role is the one I most want to make my next move into", "the job I really want."
        |\b(?:role|job|position|post|one|opportunity)\s+(?:that\s+)?i\s+(?:most|really)\s+want(?:\s+to\s+
        (?:make\s+my\s+next\s+(?:move|step)|move)\s+into\b|\s*[.!;—–])
        |\bmy\s+first\s+(?:week|weeks|month|months|few\s+weeks|days|90\s+days)\s+(?:in\s+the\s+(?:job|role|post)
        |with\s+(?:you|your\s+team|the\s+team)|on\s+the\s+(?:job|team))\s*,?\s*i(?:['’]d|\s+would|['’]ll|\s+will)\b
        # "There is not a place on this earth I would rather finish out my career", "nowhere I'd
        # rather work"
        |\b(?:not\s+a|no\s+other|no)\s+(?:place|company|team|firm|shop|dealership|hospital|school|kitchen|crew)\s+
        (?:on\s+(?:this\s+|god['’]s\s+(?:green\s+)?)?earth\s+|in\s+the\s+world\s+)?(?:that\s+|where\s+)?i
        (?:['’]d|\s+would)\s+rather\s+(?:work|be|finish|build|spend|grow|learn|start|end|sell|cook|teach|nurse
        |drive)\b
        |\bnowhere\s+(?:else\s+)?(?:on\s+earth\s+|in\s+the\s+world\s+)?i(?:['’]d|\s+would)\s+rather\s+(?:work|be)\b
        # "I am strongly desirous of joining your team", "I hope, God willing, to join your team"
        |\bdesirous\s+of\s+(?:joining|working|being\s+(?:part|a\s+part|considered)|serving|contributing)\b
        |\bdesirous\s+to\s+(?:join|work|be\s+(?:a\s+)?part|serve|contribute)\b  # "very much desirous to join"
        |\bhope\s*,\s*(?:god\s+willing|inshallah|insha['’]?\s*allah|in\s+sha\s+allah|if\s+god\s+wills?)\s*,\s*to\s+
        (?:join|work|be|serve|contribute|start)\b
    | \b(?:happy|glad|keen|eager|pleased)\s+to\s+\w+\s+(?:\w+\s+){{0,3}}?and\s+to\s+{_JOIN}
        # "very happy to share them and to contribute to that work as part of your team"
    # "If the job's offered, it's a yes from me"
    | \b(?:it['’]s|it\s+is|that['’]s|that\s+is|it['’]ll\s+be|it\s+will\s+be|it['’]d\s+be|it\s+would\s+be)\s+
        (?:a\s+(?:definite\s+|firm\s+|big\s+|clear\s+|resounding\s+)?yes|an\s+(?:easy|immediate)\s+yes)\s+from\s+me\b
    # "If I join the English department in September, I want to restart it": a plan for the job
    | \bif\s+i\s+(?:join|get\s+the\s+(?:job|role|post|position|place)|am\s+(?:offered|appointed|hired|taken\s+on)
        |['’]m\s+(?:offered|appointed|hired|taken\s+on))\b[^.!?]{{0,60}}?,\s*i\s+(?:want|plan|hope|intend|would\s+like
        |['’]d\s+like|would\s+love|['’]d\s+love)\s+to\s+(?!(?:talk|know|discuss|ask|clarify|negotiate|understand
        |check|see|confirm|raise|agree|settle)\b)
    # Round 129: "I can't think of a team I'd rather spend the next few years on", "I hope the
    # answer is yes", "I hope the call goes my way", "There's no other opening I'm chasing as hard
    # as this one", "I'm already sketching how I'd set up that checklist in my first month with
    # your team"
    | \b(?:can['’]?t|cannot|could\s*n['’]?t)\s+think\s+of\s+(?:a|any)\s+(?:[\w-]+\s+)?(?:team|role|job|place|company
        |firm|post|position|crew|school|practice|kitchen|ward|studio|lab|group)\s+(?:i['’]d|i\s+would)\s+rather\b
        |\bhope\s+(?:that\s+)?(?:the\s+(?:answer|decision|call|outcome|news)\s+(?:is|will\s+be)\s+(?:a\s+)?yes
        |(?:the\s+(?:call|decision|vote|outcome)|it|things)\s+(?:goes|go|will\s+go)\s+my\s+way|it['’]s\s+a\s+yes)\b
        |\bno\s+other\s+(?:opening|role|job|position|post|offer|application)\s+i['’]m\s+(?:chasing|pursuing
        |going\s+after)\b
        |\b(?:how|what)\s+i['’]d\s+\w+\s+(?:[\w-]+\s+){{0,6}}?in\s+my\s+first\s+(?:week|weeks|month|months|90\s+days
        |100\s+days|year)\s+(?:with\s+(?:you|your\s+team|the\s+team)|in\s+the\s+(?:role|job|post))\b
    # "ready to settle into an in-house team, and I'd really like it to be yours"
    | \bi(?:['’]d|\s+would)\s+(?:really\s+|very\s+much\s+|so\s+much\s+)?like\s+(?:it|that|the\s+next\s+one)\s+
        to\s+be\s+(?:yours|with\s+(?:you|your\s+team|your\s+crew|your\s+studio|the\s+team))\b
    # Round 133: "If I'm running the ward in February, my first month goes on handovers", "If
    # the Lead role came my way, I'd be over the moon"
    | \bif\s+i(?:['’]m|\s+am)\s+(?:the\s+one\s+)?(?:running|leading|managing|heading)\s+(?:the|your|that|this)\b
        |\bif\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:role|job|post|position|offer|place|spot)\s+
        (?:came|comes|come)\s+my\s+way\b
    # "I'd be far from sorry to be the one trying to fix that rota", "I'd count myself lucky to
    # sit at that desk by the window" (not "lucky to have met you")
    | \b(?:['’]d|would)\s+(?:be\s+far\s+from\s+sorry\s+to\b|not\s+be\s+(?:at\s+all\s+)?sorry\s+to\b
        |be\s+(?:well\s+|dead\s+|proper\s+|so\s+|really\s+)?made\s+up\s+to\s+(?:be|join|get|work|start)\b  # "I'd be made up to be on the team"
        |count\s+myself\s+(?:very\s+|so\s+|truly\s+
        |really\s+)?(?:lucky|fortunate|blessed)\s+to\s+(?!have\b))
    # "The more I think about this role, the more I want it."
    | \bthe\s+more\s+i\s+(?:[\w'’,-]+\s+){{1,6}}?the\s+more\s+i\s+(?:want|like|(?:would|['’]d)\s+love)\s+
        (?:it|this|the)\b
    # "this is the one I'm hoping comes through"
    | \bthe\s+one\s+i(?:['’]m|\s+am)\s+(?:really\s+|most\s+)?hoping\s+(?:comes\s+through|will\s+come\s+through
        |works\s+out|to\s+get|lands)\b
    # "would a start after the October half-term be workable for you?"
    | \bwould\s+a\s+start\s+(?:date\s+)?(?:after|in|on|from|at|before|around)\b[^.!?]{{0,40}}?
        \b(?:workable|possible|suit\s+you|work\s+for\s+you)
    # "Working in your kitchen would be a dream come true"
    | \b(?:would|['’]d|will)\s+be\s+(?:a|my|an\s+absolute)\s+dream\s+come\s+true\b
    # Round 140: "I'd happily be back on that section every Friday night", "is exactly what I'd
    # want my second year of practice to look like", "I'd like to try the staggered break roster
    # on your night shift", "I've already begun sketching my September scheme for the module"
    | \b(?:['’]d|would)\s+(?:happily\s+|gladly\s+|love\s+to\s+)?be\s+back\s+(?:on|in|at|with)\s+(?:that|the|your)\s+
        (?:[\w-]+\s+){{0,2}}?(?:section|line|team|crew|ward|kitchen|floor|site|desk|pass|grill|bar|shift|rota)\b
    | \bwhat\s+i(?:['’]d|\s+would)\s+want\s+my\s+(?:[\w-]+\s+){{1,4}}?to\s+look\s+like\b
    | \b(?:['’]d|would)\s+(?:really\s+)?(?:like|love)\s+to\s+(?:try|test|pilot|introduce|set\s+up)\b[^.!?]{{0,60}}?
        \b(?:on|in|with)\s+your\s+(?:[\w-]+\s+)?(?:shift|team|ward|line|floor|site|kitchen|crew|unit|store)\b
    | \b(?:begun|started|begin|start)\s+(?:sketching|planning|drafting|mapping\s+out)\s+my\s+(?:[\w-]+\s+){{0,2}}?
        (?:scheme|schemes|plan|plans|lessons|rota|timetable|curriculum)\s+for\b
    # Round 136: "If it all works out, when could I start?"
    | \bwhen\s+(?:could|can|would|might)\s+i\s+(?:start|begin)\b
    # "I hope I'm in that meeting with your crew again come spring", "I hope to be back on that
    # line with Marco"
    | \bhop(?:e|ing)\s+(?:that\s+)?(?:i(?:['’]m|\s+am|\s+will\s+be|['’]ll\s+be)|to\s+be)\s+(?:back\s+)?(?:in|on|at|with)\s+
        (?:that|the|your)\s+(?:[\w-]+\s+){{0,2}}?(?:meeting|team|crew|line|ward|kitchen|office|site|floor|rota|tools
        |roster|pass|bench|brigade|desk|squad)\b(?!\s+(?:for\s+(?:the|a)\s+)?(?:next|second|final)\s+(?:round|stage))
    # "so it's sorted well before my first week"
    | \b(?:before|ahead\s+of|from)\s+my\s+first\s+(?:day|week|shift|month|term)\b(?!\s+(?:at|as|in|on)\b)
    # Round 142: "In my first month I'd sit in on support calls", "Happy to sort it my first
    # week", "Really want in on the new brunch menu", "Put me in, coach", "I'd happily pull up
    # a chair at that table", "my notice period is one month, so I could start in the first week
    # of March. Would that fit ...?"
    | \b(?:in|during|over)\s+(?:my|the)\s+first\s+(?:few\s+|couple\s+of\s+)?(?:week|weeks|month|months|90\s+days
        |ninety\s+days|100\s+days|quarter|year|day|days|shift|shifts)\s*,?\s+i(?:['’]d|\s+would|['’]ll|\s+will)\s+
        (?!(?:already|been|had|have|not|never)\b)
    # Round 144 and 145: "I wouldn't mind at all spending the next couple of years on that problem",
    # "your lab is where I belong"
    | (?:\bwouldn['’]t|\bwould\s+not|['’]d\s+not)\s+mind\s+(?:at\s+all\s+|one\s+bit\s+)?(?:spending\s+(?:the\s+next|a\s+few|some|my)|joining
        |being\s+(?:part|on|in|the\s+(?:person|one))|working\s+(?:on|with|in|at|for)\s+(?:that|this|your|the))\b
    | \b(?:is|feels\s+like|would\s+be)\s+where\s+i\s+belong\b
    # round 215, to a recruiter: "Loop is where I want to land, so I'd choose them"
    | \bis\s+(?:exactly\s+|really\s+|definitely\s+)?where\s+i\s+(?:really\s+|most\s+)?want\s+to\s+land\b
    # round 217: "Joining your chambers' arbitration team is something I sincerely want"
    | \bis\s+something\s+i\s+(?:sincerely|really|truly|genuinely|very\s+much|definitely)\s+want\b(?!\s+to\b)
    # Round 148: "If I came on board, my first couple of months would go into", "the problem I'd
    # want on my plate", "would it begin at the start of Term 2?", "the kind of place I'd want to
    # put down roots"
    | \bif\s+i\s+(?:came|come)\s+(?:on\s+board|aboard|in|over)\s*,\s*(?:my|i(?:['’]d|\s+would|['’]ll|\s+will))\b
    | \bi(?:['’]d|\s+would)\s+(?:want|love|like)\s+on\s+my\s+plate\b
    | \bwould\s+(?:it|the\s+(?:role|position|job|post|contract))\s+(?:begin|start)\s+(?:at|in|on|from|after)\b
    | \b(?:want|like|love)\s+to\s+put\s+down\s+roots\b
    # Round 150: "Should an offer come my way, you won't have to wait long for my answer: it's yes",
    # "once I'm (hopefully) on board in Term 2", "so I'd be up to speed for a June start on your
    # team", "yours has quietly moved to the top of my list", "Here's hoping I'm the one who gets
    # to find out"
    | \bshould\s+(?:an?|the)\s+offer\s+come\b[^.!?]{{0,80}}?\b(?:yes|accept|take\s+it|sign)\b
    | \bonce\s+i(?:['’]m|\s+am)\s+(?:\(?hopefully\)?\s+)?(?:on\s+board|aboard|in\s+the\s+(?:role|job|team|post)|in\s+post
        |part\s+of\s+the\s+team|hired)\b
    | \bup\s+to\s+speed\s+(?:for|by|before)\s+(?:a|the|my)\s+(?:[\w-]+\s+)?start\b
    | \btop\s+of\s+my\s+(?:list|shortlist)\b
    | \bhere['’]s\s+hoping\s+i(?:['’]m|\s+am|\s+get|['’]ll)\b
    # Round 149: "It would be the greatest honour of my career to support your team", "I'd much
    # rather join your team"
    | \b(?:would|['’]d)\s+be\s+the\s+(?:greatest|biggest|highest)\s+(?:honou?r|privilege|joy|pleasure)\s+of\s+my\s+
        (?:life|career)\s+to\s+(?:join|support|work|serve|be\s+part)\b
    | \b(?:['’]d|would)\s+(?:much\s+|far\s+|really\s+|very\s+much\s+)?rather\s+(?:join|work\s+(?:with|for|at|on)|be\s+(?:on|at|with|part))
        \s+(?:your|the|this)\b
    # Round 146: "exactly the kind of knot I want to spend next winter untangling", "when I'm
    # sitting in on your Thursday huddles", "ready to pull my weight alongside them", "I want to
    # be on the rope for this one", "the partners I'd want to call in my first few weeks"
    | \b(?:(?:kind|sort|type)\s+of|the)\s+[\w-]+\s+i(?:\s+(?:really\s+)?want|['’]d\s+(?:really\s+|most\s+)?(?:love|like|want)
        |\s+would\s+(?:really\s+|most\s+)?(?:love|like))\s+to\s+spend\b
    | \bmy\s+plan\s+for\s+(?:the|my)\s+first\s+(?:week|fortnight|month|months|90\s+days|quarter|day|days)\b
    | \bwhen\s+i(?:['’]m|\s+am)\s+(?:sitting\s+in\s+on|working\s+(?:on|in|at|with)|running|leading|on|in|at)\s+
        your\b
    | \bpull\s+my\s+weight\s+(?:alongside|with|on|in|for)\b
    | \bwant\s+to\s+be\s+on\s+the\s+(?:rope|boat|bus|ship|pitch|court|field|roster)\b
    | \bi(?:['’]d|\s+would)\s+(?:want|like|plan|aim|hope)\s+to\s+[^.!?\n]{{1,40}}?\bin\s+my\s+first\s+(?:few\s+
        |couple\s+of\s+)?(?:day|days|week|weeks|month|months|90\s+days|quarter)\b
    | \b(?:happy|glad|keen|ready|able)\s+to\s+[^.!?\n]{{1,50}}?\bmy\s+first\s+(?:week|day|month|shift|fortnight)\b
        (?!\s+(?:at|in|with|as)\b)
    | \b(?<!you\s)(?<!they\s)(?<!he\s)(?<!she\s)want\s+in(?:\s+on\b|(?=\s*(?:[,.!;]|$)))  # round 262: "def want in,"
    | \bput\s+me\s+in\s*,?\s+coach\b
    | \b(?:['’]d|would)\s+(?:happily\s+|gladly\s+|love\s+to\s+|like\s+to\s+)?pull\s+up\s+a\s+chair\b
    | \b(?:so\s+)?i\s+(?:could|can)\s+start\s+(?:in|on|from|by|as\s+early\s+as)\s+[^.!?\n]{{1,40}}?[.!?]\s+
        (?:would|will|does|could)\s+that\s+(?:fit|work|suit)\b
    | \b(?:would|will)\s+be\s+the\s+(?:(?:greatest|biggest|highest|proudest)\s+)?(?:honou?r|privilege)\s+of\s+my
        \s+(?:[\w-]+\s+)?(?:life|career)\b  # round 264: "wearing its badge would be the honor of my life"
    """
)
_NEGATED = re.compile(
    r"\b(?:not|no\s+longer|n['’]t|never|less|lost|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)

# A feeling that is not the writer's: "they were keen", "the children were so keen" (but
# "the role is exciting to me" is the writer's).
_SOMEONE_ELSE = re.compile(
    # ("... did the packaging for a snack brand and is very keen": "and is" never follows "I")
    r"\b(?:they|he|she|you|and|but|(?:the|our|your|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:children|kids|students"
    r"|pupils|team|staff|customers|patients|residents|families|members|people|crew|guests|clients"
    r"|volunteers|managers|engineers|nurses|others|panel|regulars|parents|governors|board|trustees"
    r"|directors|partners|owners|teachers|doctors|users)(?:\s+there)?"  # "the governors there were"
    # "The children in Room 12 were clearly excited about the garden"
    r"(?:\s+(?:in|at|on|from|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    # "My former supervisor, Dr. Brandt, was delighted to hear that I had met your group"
    r"|(?:dr|mr|mrs|ms|prof)\.?\s+[\w-]+,?|my\s+(?:former\s+|old\s+|current\s+)?(?:supervisor|manager|boss"
    r"|mentor|colleague|colleagues|tutor|professor|wife|husband|partner|mum|mom|dad|parents|family|kids"
    r"|referee|friend|classmate|cousin|brother|sister)"
    # Round 142: "my former colleague Ana Duarte is very keen on the shift supervisor opening"
    r"(?:,?\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,?)?)\s+(?:were|was|are|is"
    r"|seemed|seem|looked|look)\s+(?:so\s+|very\s+|really\s+|all\s+|clearly\s+)?$",
    re.IGNORECASE,
)


# Each alternative on its own: Python's regex engine tries every alternative at
# every position, so separate patterns that stop at the first hit are ~3x faster.
_INTEREST_PARTS = tuple(re.split(r"\n    \| ", tolerant(_INTEREST)))


_FLAGS = re.IGNORECASE | re.VERBOSE


class _Part:
    """A part of _INTEREST, with the words it cannot match without."""

    def __init__(
        self,
        source: str,
        needs: tuple[frozenset[str], ...],
        starts_with_first: bool,
        split: bool = False,
    ) -> None:
        self.source = source
        # Each set has a word in any match, standing between non-word characters
        # (so it is a whole word of the note, see Note.word_parts): the part is run
        # only when the note has a word of every set.
        self.needs = needs
        # Whether any match starts with a word of the first set (or at the start of
        # the text): the part is then tried only there, not at every position.
        self.starts_with_first = starts_with_first
        # Whether the part, a long "\b(?:...|...)", is tried as its alternatives,
        # each with the words it needs read from it (see :attr:`pieces`).
        self.split = split

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when first needed: most notes need only a few parts, and a cold
        start on one note should not pay for all of them."""
        return re.compile(self.source, _FLAGS)

    @functools.cached_property
    def pieces(self) -> tuple[_Part, ...]:
        """The part's alternatives, each a part that needs the words read from it (or,
        where none are certain, the whole part's). Tried one by one, most are skipped
        for a missing word: about twice as fast as the one long pattern."""
        head, tail = "\\b(?:", ")"
        source = self.source.rstrip()
        assert source.startswith(head) and source.endswith(tail), "not a \\b(?:...) part"
        pieces = []
        for alternative in split_alternatives(source[len(head) : -len(tail)]):
            piece = f"{head}{alternative}{tail}"
            pieces.append(_Part(piece, needs(piece, _FLAGS) or self.needs, False))
        return tuple(pieces)


def _needs(*groups: str) -> tuple[frozenset[str], ...]:
    return tuple(with_slips(group.split()) for group in groups)


_FEELING_WORDS = """excited exciting excitement thrilled eager eagerly eagerness enthusiastic overjoyed
    enthusiasm keen keener keenly delighted energised energized motivated motivate pumped stoked psyched
    passionate interested interest drawn attracted inspired hopeful invested enthused jazzed hyped
    intrested intersted illusion enthusiast exited buzzing buzzin"""
_FEELING_WORDS = " ".join(sorted(with_slips(_FEELING_WORDS.split())))
_ADVERB_WORDS = """more most very really so genuinely truly highly particularly even all still
    remain remains am m strongly definitely especially quite extremely def defo deffo super"""
# The parts of _INTEREST in order, each with its needs, whether it starts with its
# first set and (where given) whether it is split. "d" is the "'d" of "I'd" (note.words
# has "i'd" whole).
_Needs = tuple[frozenset[str], ...]
_ENTRIES: list[tuple[_Needs, bool] | tuple[_Needs, bool, bool]] = [
    # "excited about"
    (_needs(_FEELING_WORDS), True),
    # "my continued interest"
    (_needs("my our", "interest enthusiasm excitement eagerness desire passion"), True),
    # "even more excited"
    (_needs(_ADVERB_WORDS, _FEELING_WORDS), False),
    # "would love to join"
    (
        _needs(
            "would d will should id",
            "love like welcome relish jump enjoy be value appreciate gladly happily make give"
            " count consider deem regard mean prefer",
        ),
        True,
    ),
    # "would welcome the chance"
    (
        _needs(
            "would d should id",
            "love welcome relish jump like",
            "the this that a an",
            "chance opportunity role position job offer post spot place shot crack go stab seat shift shifts"
            " apprenticeship internship placement traineeship residency contract",
        ),
        True,
    ),
    # "would love to work with the team"
    (_needs("would d", "love like", "to", "at for with on alongside in"), True),
    # "would love to come back as Assistant Curator"
    (_needs("would d", "love like", "to", "as"), True),
    # "wanna join"
    (_needs("wanna gonna"), True),
    # "love to work with you", "happy to crew for you"
    (
        _needs(
            "love like want wanted hope hoping happy glad proud",
            "to",
            "for at with alongside in",
        ),
        True,
    ),
    # "the job I want"
    (
        _needs(
            "the this that a",
            "job role position place team work post offer apprenticeship internship"
            " traineeship placement",
            "i",
            "want accept take jump choose pick like",
        ),
        True,
    ),
    # "where I want to work"
    (_needs("where", "i", "want hope love like", "to"), True),
    # "look forward to joining"
    (_needs("look looking", "forward", "to"), True),
    # "hope to join" ("can't wait" starts with "can")
    (
        _needs(
            "want wanted wanting hope hoping intend plan aim can cannot long aspire eager"
            " wish wishing desire desiring",
            "to",
        ),
        True,
    ),
    # "the role sounds like exactly the kind"
    (
        _needs(
            "this the that",
            "role position job opportunity team work opening",
            "is sounds seems feels looks",
            "kind type sort fit match place role job work challenge step",
        ),
        True,
    ),
    # "is a strong draw for me"
    (_needs("is was", "draw", "me"), True),
    # "appeals to me"
    (
        _needs(
            """appeal appeals appealed excites excited energises energizes inspires
                    resonates resonated interests""",
            "me us",
        ),
        True,
    ),
    # "exactly the kind of work"
    (_needs("exactly precisely", "kind type sort", "of"), True),
    # "dream job", "count me in", "I'll take it without hesitation", "the one I want"
    (
        _needs(
            "dream count sold all board sign hesitation thought heartbeat what one put want"
            " choice pick rather prefer joining working looking aiming something hoping hope spot place seat wanna"
            " save keep throw get"
            " m im am up have if like happy glad pleased proud ready useful my mood desire"
            " please anything offer yes consider there someone wanting heart together"
            " keen where hat team crew job role sorry into glad work undertake"
            " set jump say hesitate hear planning plan thinking picturing mapping committed take"
            " grateful thankful chuffed delighted aboard happiest proudest luckiest"
            " selected chosen offered heart welcome one answer nod accept part hopefully ideally"
            " paths bags fingers already side sorry could might can get rather worst down into"
            " interesting much person someone snap clam pleasure chance start willing willingness"
            " itching teeth tomorrow"
        ),
        False,
        True,  # split: see _Part.pieces
    ),
    # "I want this role"
    (_needs("want wanted", "this the"), False),
    # "I'd like to lead": it starts with "would", "'d", an adverb or "like" or
    # "love" (or at the start of the text, which is always tried).
    (
        _needs(
            "would d should really truly very so honestly genuinely absolutely definitely just"
            " still like love",
            "like love",
            "to",
        ),
        True,
    ),
    # "want to work on the team": "on" may be part of the one word before it.
    (_needs("want wanted wanna would d", "your ur the this that"), True),
    # "confirmed my interest"
    (
        _needs(
            """confirmed reinforced strengthened deepened solidified cemented
                    increased heightened renewed sparked fueled fuelled""",
            "my our",
        ),
        True,
    ),
    # "I can see myself"
    (_needs("i", "can could", "see picture imagine", "myself"), False),
    # "great opportunity to grow"
    (
        _needs(
            "great wonderful exciting fantastic perfect ideal amazing",
            "opportunity next place",
            "for to",
        ),
        True,
    ),
    # "I hope I get it"
    (_needs("i", "hope", "get land will can am m", "it the this"), False),
    # "Should you offer me the post, I would accept"
    (
        _needs(
            "offer offered accept put one piece part bit side aspect start up good great nice"
            " like fingers sign ground first anything want give rather desirous hope pray praying love"
        ),
        False,
    ),
    # "happy to share them and to contribute"
    (_needs("happy glad keen eager pleased", "and", "to"), True),
    # "it's a yes from me"
    (_needs("yes", "from", "me"), False),
    # "If I join the department, I want to restart the club"
    (_needs("if", "join get offered appointed hired taken"), False),
    # "I can't think of a team I'd rather", "I hope the answer is yes"
    (_needs("rather yes way chasing pursuing going first"), False),
    # "I'd really like it to be yours"
    (_needs("like", "yours you team crew studio", "be"), False),
    # "If I'm running the ward in February", "if the Lead role came my way"
    (_needs("if", "running leading managing heading my"), True),
    # "I'd be far from sorry to", "I'd count myself lucky to"
    (_needs("would d", "far count made sorry"), True),
    # "the more I think about it, the more I want it"
    (_needs("the", "more", "want like love"), True),
    # "the one I'm hoping comes through"
    (_needs("the", "one", "hoping"), True),
    # "would a start after half-term be workable"
    (_needs("would", "start", "workable possible suit work"), True),
    # "would be a dream come true"
    (_needs("would d will", "dream", "true"), True),
    # "I'd happily be back on that section"
    (_needs("would d", "back"), True),
    # "what I'd want my second year to look like"
    (_needs("what", "want", "look"), True),
    # "I'd like to try the roster on your night shift"
    (_needs("would d", "like love", "your"), True),
    # "begun sketching my September scheme for"
    (_needs("begun started begin start", "my", "for"), True),
    # "when could I start?"
    (_needs("when", "could can would might", "start begin"), True),
    # "I hope I'm in that meeting with your crew again"
    (
        _needs(
            "hope hoping",
            "meeting team crew line ward kitchen office site floor rota roster pass bench"
            " brigade desk squad",
        ),
        True,
    ),
    # "well before my first week"
    (_needs("before ahead from", "my", "first"), True),
    # "In my first month I'd sit in on support calls"
    (_needs("in during over", "my the", "first", "d would ll will"), True),
    # "I wouldn't mind at all spending the next couple of years"
    (_needs("wouldn would d", "mind"), True),
    # "your lab is where I belong"
    (_needs("is feels would", "where", "belong"), True),
    # "Loop is where I want to land"
    (_needs("is", "where", "want", "land"), True),
    # "Joining your team is something I sincerely want"
    (_needs("is", "something", "want"), True),
    # "If I came on board, my first couple of months"
    (_needs("if", "came come"), True),
    # "the problem I'd want on my plate"
    (_needs("i", "want love like", "plate"), True),
    # "would it begin at the start of Term 2?"
    (_needs("would", "begin start"), True),
    # "the kind of place I'd want to put down roots"
    (_needs("want like love", "put", "roots"), True),
    # "Should an offer come my way ... it's yes"
    (_needs("should", "offer", "come"), True),
    # "once I'm (hopefully) on board"
    (_needs("once", "i", "m am"), True),
    # "up to speed for a June start"
    (_needs("up", "speed", "start"), True),
    # "the top of my list"
    (_needs("top", "my", "list shortlist"), True),
    # "Here's hoping I'm the one"
    (_needs("here", "hoping"), True),
    # "the greatest honour of my career to support your team"
    (_needs("would d", "greatest biggest highest", "of", "to"), True),
    # "I'd much rather join your team"
    (_needs("d would", "rather"), True),
    # "the kind of knot I want to spend next winter untangling"
    (_needs("kind sort type the", "i", "to", "spend"), True),
    # "My plan for the first fortnight would be"
    (_needs("my", "plan", "first"), True),
    # "when I'm sitting in on your Thursday huddles"
    (_needs("when", "i", "your"), True),
    # "ready to pull my weight alongside them"
    (_needs("pull", "weight"), True),
    # "I want to be on the rope for this one"
    (_needs("want", "be", "on", "rope boat bus ship pitch court field roster"), True),
    # "the partners I'd want to call in my first few weeks"
    (_needs("i", "want like plan aim hope", "first"), True),
    # "Happy to sort it my first week"
    (_needs("happy glad keen ready able", "to", "my", "first"), True),
    # "Really want in on the new brunch menu"
    (_needs("want", "in"), True),
    # "Put me in, coach"
    (_needs("put", "coach"), True),
    # "I'd happily pull up a chair"
    (_needs("d would", "pull", "chair"), True),
    # "so I could start in the first week of March. Would that fit"
    (_needs("so i", "could can", "start", "that", "fit work suit"), True),
    # "would be the honor of my life"
    (_needs("would will", "honor honour privilege", "life career"), True),
]
_PARTS = tuple(
    _Part(source, entry[0], entry[1], len(entry) == 3 and entry[-1])
    for source, entry in zip(_INTEREST_PARTS, _ENTRIES, strict=True)
)
# How a first word is spelled in the text where it differs: "d" is the "'d" of "I'd".
_SPELLINGS = {"d": ("'d", "’d")}


def states_interest(note: Note) -> bool:
    """Whether any sentence of the note states interest going forward."""
    sections = [s for s in (note.subject, note.body, note.signoff, note.postscript) if s]
    if not lower_is_faithful(note.text, note.lower):
        return any(_states(note, part.pattern, sections) for part in _PARTS)
    words = note.word_parts
    # Parts are tried in order, the commonest ("excited about") first.
    for part in _PARTS:
        if any(map(words.isdisjoint, part.needs)):
            continue  # the note lacks a word the part needs
        if part.split:
            found = any(
                _tries(note, words, piece, sections)
                for piece in part.pieces
                if not any(map(words.isdisjoint, piece.needs))
            )
        else:
            found = _tries(note, words, part, sections)
        if found:
            return True
    return False


def _tries(note: Note, words: frozenset[str], part: _Part, sections: list[Section]) -> bool:
    """Whether ``part``, whose needs the note meets, states interest in it."""
    if part.starts_with_first:
        starts = _starts(note.lower, part.needs[0] & words)
        return _states_at(note, part.pattern, starts, sections)
    return _states(note, part.pattern, sections)


def _states(note: Note, pattern: re.Pattern[str], sections: list[Section]) -> bool:
    """Whether ``pattern`` matches in ``sections`` outside quotations, not negated."""
    return any(not _disowned(note, match.start()) for match in search(note, pattern, sections))


def _states_at(
    note: Note, pattern: re.Pattern[str], starts: list[int], sections: list[Section]
) -> bool:
    """``_states`` for a pattern whose matches can only start at ``starts`` (in order).

    The pattern is tried at those places only, as ``search`` would find its
    matches: one after another, each after the end of the last, in each section.
    """
    fast = lowered(pattern)  # as search runs it (note.lower has note.text's length)
    text = note.lower if fast else note.text
    quotes = note.quotations
    sections = sorted(sections)  # they do not overlap
    index = 0
    taken = 0
    for start in starts:
        while index < len(sections) and sections[index].end <= start:
            index += 1
        if index == len(sections):
            break
        section = sections[index]
        if start < max(taken, section.start):
            continue
        match = (fast or pattern).match(text, start, section.end)
        if match is None:
            continue
        taken = match.end()
        if quotes and any(a <= start < b for a, b in quotes):
            continue
        if not _disowned(note, start):
            return True
    return False


def _disowned(note: Note, start: int) -> bool:
    """Whether a statement starting at ``start`` is negated ("no longer interested"), someone
    else's ("the children were so keen to show me"), a trait, interest taken at the time ("I
    was very interested to learn about your plan"), or keenness for something other than the
    job (their view of a sample, a restaurant they named)."""
    before = note.text[max(0, start - 40) : start]
    return bool(
        _NEGATED.search(before[-25:])
        or (_SOMEONE_ELSE.search(before) and not _KIND_OF.match(note.text, start))
        or _TRAIT.match(note.text, start)
        or _ELSEWHERE.match(note.text, start)
        or _LEISURE.match(note.text, start)
        or (_TAKEN.match(note.text, start) is not None and _WAS.search(before) is not None)
        or _FEEDBACK.match(note.text, start)
        or _WHY_ALWAYS.search(before)
        or _AFTER_CLAUSE.search(before)
        or _WHOSE.search(before)
        or _ORIGIN.search(before)
        or _WHEN_APPLIED.search(note.text, max(0, start - 70), start)
        or _OFFERED_READING.search(note.text, max(0, start - 90), start)
        or (_LOOKED_UP.search(before) is not None and _ABOUT_IT.match(note.text, start) is not None)
    )


# Interest the writer had once: "When I applied I was really interested in the position".
_WHEN_APPLIED = re.compile(
    r"\b(?:when|as|before)\s+i\s+(?:first\s+)?(?:applied|sent\s+(?:in\s+)?my\s+application|submitted\s+my"
    r"\s+application)(?:\s+(?:in|on|last)\s+\w+)?,?\s+i\s+was\s+(?:\w+\s+)?$",  # "When I sent my application in
    re.IGNORECASE,  # January, I was thrilled"
)
# What the writer would take is reading: "If you have other reading on lifetimes, I'd gladly
# take it."
_OFFERED_READING = re.compile(
    r"\bif\s+you\s+(?:have|know\s+of|can\s+(?:recommend|suggest|share))\s+(?:any\s+)?(?:other\s+|more\s+"
    r"|further\s+|good\s+)?(?:[\w-]+\s+)?(?:reading|resources?|links?|articles?|papers?|books?|suggestions?"
    r"|recommendations?|tips|pointers|notes|material|examples?)\b[^.!?]*$",
    re.IGNORECASE,
)
# How the writer came to a field, a story: "You asked why I became interested in palliative care".
_ORIGIN = re.compile(
    r"\b(?:why|how|when)\s+i\s+(?:first\s+)?(?:became|got|grew)\s+(?:so\s+)?$", re.IGNORECASE
)
# Excitement about what was looked up, not the job: "You mentioned the spatial analysis course
# ... I looked it up last night and I'm really excited about it."
_LOOKED_UP = re.compile(
    r"\b(?:looked|read|checked|signed)\s+(?:it|that|them)?\s*(?:up|out|through)\b[^.!?]{0,30}$",
    re.IGNORECASE,
)
_ABOUT_IT = re.compile(
    r"[^.!?]{0,30}?\b(?:about|for)\s+(?:it|that|them)\b(?!\s+(?:role|job))", re.IGNORECASE
)


# Someone else's, by a possessive right before: "the board's wish to bring treasury in-house"
# (not "it's exciting", "that's the kind").
_WHOSE = re.compile(
    r"\b(?!(?:it|that|what|there|here|he|she|who|let|this|everything|life|one)['’]s)[a-z][\w-]*['’]s\s+$",
    re.IGNORECASE,
)
# A feeling after a clause set off by commas, whose subject is someone else: "My former
# supervisor, Mrs. Addo, who worked with your compliance team on the 2022 KYC project, was
# very excited" ("I" is never set off that way).
_AFTER_CLAUSE = re.compile(
    r"(?<=,)\s+(?:was|were)\s+(?:so\s+|very\s+|really\s+|all\s+|clearly\s+)?$", re.IGNORECASE
)
# Long-standing interest in a field, given as a reason: "a good reminder of why contract work
# has always appealed to me".
_WHY_ALWAYS = re.compile(r"\bwhy\s+(?:[\w-]+\s+){1,4}(?:has|have)\s+always\s+$", re.IGNORECASE)


# A verdict on the job, not a feeling: "the Payments team in Accra is exactly the kind of role
# I've been looking for".
_KIND_OF = re.compile(
    r"(?:exactly|just|precisely)\s+(?:the\s+)?(?:kind|type|sort)\s+of\b", re.IGNORECASE
)
# Interest that was taken, not a wish: "I was very interested to learn about your plan",
# "I was excited to see the early results".
_TAKEN = re.compile(
    r"(?:(?:very|really|so|particularly|especially|most|genuinely|truly|quite)\s+)?"
    # "When you described the protocol, I was genuinely excited, since I helped roll out ..."
    r"(?:(?:excited|thrilled|delighted)(?=\s*[,.;]|\s+(?:since|because|as|when)\b)|"
    r"(?:(?:interested|excited|fascinated|intrigued|thrilled|delighted|overjoyed)\s+to\s+(?:learn|hear|see"
    r"|read|find\s+out|discover)\b"
    # "I was thrilled to be invited to interview", "excited by the way the team does handover"
    r"|(?:thrilled|delighted|excited|overjoyed)\s+to\s+(?:be|have\s+been)\s+(?:invited|asked|shortlisted"
    r"|interviewed|called)\b"
    r"|(?:excited|inspired|energi[sz]ed|impressed)\s+by\s+the\s+way\b"
    # "I was energised by our conversation", "I was very interested in the e-axle endurance rig"
    r"|(?:energi[sz]ed|inspired|enthused|excited|encouraged|motivated)\s+by\s+(?:our|the|that|your)\s+"
    r"(?:conversation|interview|talk|chat|discussion|meeting|call|visit)\b"
    # "I was excited by what you showed me about the drop-off"
    r"|(?:excited|energi[sz]ed|inspired|intrigued|fascinated)\s+by\s+what\s+(?:you|the\s+team|[A-Z]\w+)\s+"
    r"(?:showed|said|described|told|shared|explained)\b"
    # "I was very excited about this role when I applied, but ..."
    r"|(?:excited|keen|enthusiastic|interested)\s+(?:about|in)\s+(?:this|the|your)\s+(?:[\w-]+\s+)?(?:role|job"
    r"|position|post|opportunity)\s+when\s+i\s+(?:first\s+)?(?:applied|saw|read|spotted|found)\b"
    r"|interested\s+in\s+(?:the|your|its|their|how|what)\s+(?!(?:[\w-]+\s+){0,3}?(?:role|position|job|post"
    r"|team|company|firm|organi[sz]ation|opportunity|vacancy|opening|work|working|joining)\b)))",
    re.IGNORECASE,
)
# ... told in the past: "I was very ..."
_WAS = re.compile(
    r"\bi\s+was\s+(?:also\s+)?(?:very\s+|really\s+|so\s+|particularly\s+|especially\s+|most\s+|genuinely\s+"
    r"|truly\s+|quite\s+)?$",
    re.IGNORECASE,
)
# Keen to hear their view or their decision, not to join: "I'm interested to hear what you both
# think of the cohort logic", "I am eager to learn the outcome of the process".
_FEEDBACK = re.compile(
    r"(?:(?:['’]?m|am)\s+)?(?:(?:very|really|so)\s+)?(?:interested|curious|keen|eager|anxious)\s+to\s+"
    r"(?:(?:hear|know)\s+(?:what|how|whether|if)\s+(?:you|the\s+(?:team|panel))\b"
    r"|(?:learn|hear|know|find\s+out)\s+(?:the\s+|about\s+the\s+|of\s+the\s+)?(?:outcome|result|results"
    r"|decision|verdict)\b)",
    re.IGNORECASE,
)


# A trait, not a wish for the job: "I am passionate about creating safe, inclusive learning
# environments", "my analytical skills and my eagerness to learn make me a suitable candidate".
_TRAIT = re.compile(
    r"(?:(?:more|most|very|really|so|genuinely|truly|highly|still|am|['’]m|strongly|definitely|especially"
    r"|quite|extremely|deeply)\s+)*(?:passionate|enthusiastic)\s+about\s+"
    r"(?!joining|working|contributing|being|helping\s+(?:you|your|the\s+team)|growing\s+with"
    r"|(?:beginning|starting|building|launching)\s+my\s+career\s+(?:with|at)\b)"  # round 204
    # (but "enthusiastic about teaching at your school", "about leading the museum through this
    # next phase" are this job)
    # ("about leading the process development organization": round 194)
    r"(?![a-z]+ing\s+(?:(?:at|in|for|with|on)\s+(?:your|this)\b|(?:the|your|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:team|museum|school|company|firm|department|unit|ward|kitchen|store|branch|practice|office|lab"
    r"|library|hospital|clinic|charity|organi[sz]ation|newsroom|studio|plant|site|restaurant|hotel"
    r"|brand|crew|function|group|business|programme|program)\b)"
    # round 256: "enthusiastic about leading Harbor Lane through this next chapter": the employer
    r"|(?:leading|running|managing)\s+(?-i:[A-Z])[\w&'’-]+(?:\s+(?-i:[A-Z])[\w&'’-]+)*\s+(?:through|into|in|as)\b"
    r")[a-z]+ing\b"
    # "I am most energised by forecasting rather than close work": a leaning, not this job
    r"|(?:(?:more|most|very|really|so|genuinely|truly|highly|particularly|especially)\s+)*"
    r"(?:energi[sz]ed|excited|motivated)\s+by\s+[a-z]+ing\s+rather\s+than\b"
    r"|(?:my\s+(?:[\w-]+\s+)?)?(?:eagerness|enthusiasm)\s+to\s+learn\b"
    r"(?!\s+(?:from|with|under|alongside|about\s+(?:the|this|your)))",
    re.IGNORECASE,
)
# Keenness for something other than the job: curiosity about a plan ("I'm still interested in
# how you plan to staff the Lisbon office"), love of the field ("more enthusiastic about the
# field than when I walked in").
_ELSEWHERE = re.compile(
    r"(?:(?:more|most|even|very|really|so|still|genuinely|truly|am|['’]m|quite|all\s+the)\s+)*"
    r"(?:interested\s+in\s+(?:how|what|whether|why|when|where)\s+(?:you|your|the|they|we)\b"
    # "I'm still excited that he tried to join the call" (the interviewer's dog), "honestly
    # excited about the new forecast view" (their product), "I'm keen to correct one figure"
    r"|(?:excited|thrilled|glad|happy)\s+that\s+(?:he|she|they|it)\b"
    r"|(?:excited|thrilled|enthusiastic)\s+about\s+(?:the|your)\s+new\s+(?:[\w-]+\s+)?(?:view|feature|dashboard"
    r"|app|release|screen|update|version|report|model|logo|website|product)\b"
    # "keen to learn more about the research opening on her team" (someone else's team)
    r"|(?:keen|eager|interested|excited)\s+to\s+(?:learn|hear|find\s+out)\s+more\s+about\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:opening|role|position|job|vacancy|post)\s+(?:on|in|at|with)\s+(?:her|his|their)\b"
    # Round 136: "really excited about the DataFest Lagos talk you mentioned", "so excited for
    # your London Marathon", "enthusiastic about where the sector is heading"
    # (in lower case: "the Game Designer role" and "Summit Industrial Supply" are no events)
    r"|(?:excited|thrilled|enthusiastic)\s+(?:about|for)\s+(?:the|your|this|that)\s+(?:[\w-]+\s+){0,3}?(?-i:talk"
    r"|conference|event|marathon|race|trip|holiday|wedding|session|meetup|summit|festival|game|match|concert"
    r"|webinar|keynote|hackathon|exhibition|show|fair)\b(?!\s+(?:role|job|position|post|team)\b)"
    r"|excited\s+for\s+you(?=\s*[.,;!])"
    # round 184: the interviewer's advice, not the job: "I'd be really interested in the other
    # resources you mentioned", "I'd genuinely value your take on my audit work"
    r"|interested\s+in\s+(?:the\s+|any\s+)?(?:other\s+|more\s+)?(?:resources|reading|links|articles|books|papers"
    r"|tips|pointers|recommendations|materials?)\b"
    r"|(?:['’]d\s+|would\s+)?(?:\w+\s+)?value\s+your\s+(?:take|thoughts|views?|feedback|advice|opinion|input"
    r"|perspective)\s+on\s+my\b"
    # round 180: glad for a friend, "I'm really excited for him"; excitement that led to the
    # application, "I was so excited I applied the same evening"
    r"|(?:excited|thrilled|happy)\s+for\s+(?:him|her|them)\b"
    # "so pumped i finally got an interview" (the interview itself, after months of trying)
    r"|(?:pumped|excited|thrilled|stoked|happy|glad)\s+(?:that\s+)?i\s+(?:finally\s+)?(?:got|landed)\s+"
    r"(?:an|the|this)\s+interview\b"
    # "I've been keen to move into fintech for a while": the writer's career, not this job
    r"|(?:keen|eager)\s+to\s+(?:move|get|break|transition)\s+into\s+(?!(?:your|this|the\s+(?:role|job|position"
    r"|team))\b)[\w-]+(?:\s+[\w-]+)?\s+(?:for\s+(?:a\s+while|years|some\s+time|a\s+long\s+time|ages)|since)\b"
    r"|(?:excited|thrilled|keen|eager)\s+(?:that\s+)?i\s+(?:applied|sent\s+(?:in\s+)?my\s+application)\b"
    # round 159: "still excited about the idea we kicked around for offline edits" (an idea)
    r"|(?:excited|thrilled|enthusiastic)\s+about\s+(?:the|that|this|your)\s+(?:[\w-]+\s+){0,2}?(?:idea|concept"
    r"|suggestion|prototype|proposal)\b(?!\s+(?:of\s+[a-z]+ing|to\s+[a-z]+)\b)"  # (not "the idea of building")
    r"|excited\s+for\s+your\s+(?:[\w-]+\s+){0,3}?(?:marathon|race|wedding|trip|holiday|talk|keynote|conference"
    r"|retirement|move|birthday)\b"
    r"|(?:enthusiastic|excited|optimistic|passionate|hopeful)\s+about\s+where\s+(?:the|this|our|your)\s+"
    r"(?:[\w-]+\s+)?(?:sector|industry|field|market|profession|technology|space|discipline)\s+(?:is|are)\s+"
    r"(?:heading|going|headed)\b"
    # Round 176: a spectator of their plans: "I'd be interested to know how the Tamil pilots
    # perform", "excited to see how the launch lands in July" (not "to see how I could help");
    # another employer's work: "genuinely excited about their community theatre work"
    # (but "keen to learn how you run it when vintage is flat out" is a wish to learn the work)
    r"|(?:interested|curious|keen|eager|excited|thrilled)\s+to\s+(?:see|hear|know|find\s+out)\s+"
    r"(?:how|what|whether|if)\s+(?!(?:i|i['’]d|i['’]ll|my|we|we['’]d|we['’]ll|me)\b)"
    r"|(?:excited|interested|keen|thrilled|enthusiastic)\s+(?:about|in|by)\s+their\b"
    r"|(?:keen|eager)\s+to\s+(?:correct|clarify|fix|amend|update|add|share|send|explain|answer|revisit|hear"
    r"|know|see|read|discuss|talk|chat|catch\s+up|follow\s+up)\b"
    r"|(?:enthusiastic|excited|passionate|fired\s+up)\s+about\s+(?:the|this|my|our)\s+(?:field|profession"
    r"|discipline|subject|science|sector|industry)(?=\s*(?:[.,;:!?]|$)|\s+(?:than|and|as|itself|again"
    r"|overall|in\s+general|since|after|when|because)\b))",
    re.IGNORECASE,
)
# A place to eat, not the job: "I'm also keen to try the pierogi place you mentioned".
_LEISURE = re.compile(
    r"(?:i['’]m\s+|i\s+am\s+)?(?:also\s+|very\s+|really\s+|so\s+)?keen\s+to\s+try\s+"
    r"(?:the|that|this|those|a|your)\s+(?:[\w'’-]+\s+){0,3}?(?:place|restaurant|café|cafe|bar|pub"
    r"|bakery|food|coffee|dish|dishes|market)\b",
    re.IGNORECASE,
)


def _starts(lower: str, words: Iterable[str]) -> list[int]:
    """Where ``words`` occur in ``lower`` (also inside longer words), and 0, in order."""
    starts = {0}
    for word in words:
        for spelling in _SPELLINGS.get(word, (word,)):
            at = lower.find(spelling)
            while at != -1:
                starts.add(at)
                at = lower.find(spelling, at + 1)
    return sorted(starts)


class NoInterest(Rule):
    __doc__ = __doc__
    id = "no-interest"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        if not states_interest(note) and reads_as_english(note):
            start, end = body_anchor(note)
            yield Problem(
                start,
                end,
                "the note never says you want the role; interviewers read a missing "
                "statement of interest as a lukewarm candidate",
                suggestion="add one sentence on why the role or team appeals to you now, e.g. "
                "'Our talk about X made me even more keen to join the team.'",
            )
