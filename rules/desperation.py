"""Begging, neediness or pressure that makes the note read as desperate.

*Why*: a follow-up note should show a peer weighing a mutual fit. Begging
("please, please give me a chance"), need ("I really need this job"),
offers to do anything, take any salary or give up vacations and evenings,
pressure ("please let me know as soon as possible", "I check my email every
hour"), asking them to reconsider and self-deprecation to win pity all
weaken the candidacy. A neutral "need" ("if you need references"), a
negation ("I don't need relocation") and plain availability ("I can start
in March") are fine.

*Options*: none.

*Bad*: ``I really need this job and will take any salary you offer.``

*Good*: ``I'm available for a second conversation Tuesday or Thursday.``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.rule import NoOptions, Rule
from notelint.rules.gates import GatedSearch, Gates, WordGate
from notelint.rules.spelling import alternatives, either

_I = r"(?:i|we|my\s+family)"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


# Each pattern comes with the words any match of it holds (see WordGate).
_PATTERNS: tuple[tuple[re.Pattern[str], str, WordGate], ...] = (
    (
        _p(rf"""(?<!\bwhether\s)(?<!\bif\s)  # a question: "You asked whether I need a work permit"
            \b{_I}\s+(?:{either("really")}\s+|truly\s+|desperately\s+|badly\s+|so\s+|absolutely\s+|just\s+
            |seriously\s+|urgently\s+|do\s+)*(?:need|needs)\s+(?:this|the|a|that|this\s+\w+|any)\s+
            (?:job|role|position|work|opportunity|offer|income|paycheck|paycheque|money|break|chance
            |foot\s+in\s+the\s+door|hours)\b
            (?![\s-]+(?:permits?|visas?|authori[sz]ation|experience|placement|sample|phone|laptop|van|boots
            |clothes|references?|letter)\b)
            # round 147: "i'll be honest with you, i really do need this one"
            |\bi\s+(?:really\s+|truly\s+|desperately\s+|badly\s+)?do\s+need\s+this\s+one\b
            # round 202: "tbh i really really need this one"
            |\bi\s+(?:(?:really|truly|desperately|badly|just|so)\s+){{2,}}(?:do\s+)?need\s+this\s+one\b
            # round 158, with no subject: "any news from the panel? really need this one tbh"
            # (and "honestly i really need this one")
            |(?:(?<![\w'’]\s)(?<![\w'’])|(?<=\bi\s))(?:really|desperately|badly|truly)\s+need\s+this\s+(?:one|job|role
            |gig|position)\b
            |\bneed\s+(?:this|the)\s+(?:job|role|position)\s+(?:so\s+)?(?:badly|desperately)
            # "i just really need to get back into work since my visa conditions changed"
            # "after eighteen months out I just need to get back into a classroom"
            |\bi\s+(?:(?:just|really|desperately|badly|urgently|truly)\s+)+need\s+to\s+(?:get\s+(?:back\s+)?(?:in|into)\s+
            (?:work|(?:a|the)\s+(?:classroom|kitchen|ward|workshop|job|role|workforce|game))
            |find\s+(?:work|a\s+job)|get\s+a\s+job|start\s+earning|earn\s+(?:some\s+)?money)\b
            # "I would take any grade or any timetable you can offer"
            # (round 264: "I will do any job going")
            |\b(?:take|accept|do)\s+any\s+(?:grade|timetable|post|contract|level|band|role|position|job)\s+(?:or\s+any\s+\w+\s+)?
            (?:you\s+(?:can|could|might|are\s+able\s+to)\s+(?:offer|give\s+me)|going)\b
            # "i really need something steady before the bills come round again"
            # (round 199: "i just really need a permanent role this year")
            |\bi\s+(?:(?:really|desperately|badly|urgently|truly|just)\s+)+need\s+(?:something\s+(?:steady|stable|permanent
            |regular|secure)|some\s+(?:work|income|money|hours)|(?:a|an)\s+(?:steady|stable|regular|permanent|paying
            |secure)\s+(?:job|role|position|income|wage|paycheck|paycheque)
            |something\s+to\s+(?:come\s+through|work\s+out|land)
            # round 264: "I just really need someone to give me a start"
            |someone\s+to\s+give\s+me\s+(?:a|my|the)\s+(?:start|chance|break|go|shot|foot\s+in))\b
            # a second language's "i am very need this work"
            |\bi\s+(?:am|['’]m)\s+(?:very|so|really)\s+need\s+(?:this|the)\s+(?:job|work|position)\b
            |\b(?:it|this|that|this\s+(?:job|role|position|opportunity|offer)|the\s+(?:job|role|position
            |opportunity|offer))\s+(?:means|would\s+mean|will\s+mean)\s+(?:absolutely\s+)?(?:everything
            |the\s+world)\s+to\s+(?:me|us|my\s+family|get\s+(?:this|it|the\s+(?:job|role|position)))
            # round 258: "the appointment matters a great deal to me and to my family at this point"
            |\b(?:(?:would|will)\s+)?(?:means?|matters?)\s+(?:a\s+great\s+deal|a\s+lot|so\s+much|such\s+a\s+lot|enormously|hugely
            |an\s+awful\s+lot)\s+to\s+(?:me\s+and\s+(?:to\s+)?)?(?:my|our)\s+(?:family|wife|husband|kids|children)\b
            (?:\s+and\s+(?:me|us|myself)\b)?
            |\bnothing\s+(?:else\s+)?matters\s+(?:more\s+)?to\s+me\s+(?:at\s+the\s+moment\s+|right\s+now\s+)?
            (?:more\s+)?than\s+(?:this|the|getting)
            |\bmy\s+(?:last|only)\s+(?:hope|chance)\b|\bi\s+don['’]t\s+know\s+what\s+i['’]?(?:ll|\s+will)\s+do\b
            # "my wife is due in june and i have to have something steady lined up ... so i'm counting
            # on this one"
            |\bi(?:['’]m|\s+am)\s+(?:really\s+|truly\s+|honestly\s+)?counting\s+on\s+(?:this|the)\s+(?:one|job|role
            |position|offer)\b
            |\b(?:have|need)\s+to\s+have\s+something\s+(?:steady|stable|permanent|secure)
            (?:\s*(?=[.,;!])|\s+(?:lined\s+up|in\s+place|before|by|soon|now|again)\b)
            # "this job is very important for me, i really need it"
            |\b(?:job|role|position|work)\s+is\s+(?:very\s+|so\s+|really\s+|extremely\s+)?important\s+(?:for|to)\s+me
            \s*,?\s+(?:and\s+)?i\s+(?:really\s+|truly\s+)?need\s+it\b"""),
        "stating that you need the job reads as desperate, not as a fit",
        WordGate(
            "need|needs",
            "any take|accept|do grade|timetable|post|contract|level|band|role|position|job",
            "everything|world mean|means",
            "family|wife|husband|kids|children mean|means|matter|matters",
            "hope|chance last|only",
            "don't|don’t know what",
            "nothing matters",
            "counting on",
            "have something steady|stable|permanent|secure",
        ),
    ),
    (
        _p(r"""\b(?:i['’]?(?:ll|\s+will|d|\s+would|\s+can|\s+am\s+willing\s+to|['’]m\s+willing\s+to
            |['’]m\s+happy\s+to|\s+am\s+happy\s+to|['’]m\s+ready\s+to|\s+am\s+ready\s+to)|willing\s+to)
            (?:\s+(?:literally|honestly|seriously|happily|genuinely))?  # round 202: "i'll literally do anything"
            \s+(?:do|take|accept|try)\s+(?:absolutely\s+|literally\s+)?(?:anything|whatever)\b
            (?!\s+to\s+(?:avoid|escape|get\s+out\s+of|get\s+away\s+from))  # about their present job
            # "happy to do whatever training you arrange": a determiner, not an offer of anything
            (?!\s+(?:training|paperwork|checks?|tests?|courses?|inductions?|assessments?|forms?|certificates?
            |certification|documents?|onboarding|vetting)\b(?!\s+it\s+takes))
            # round 229: "I'll work whatever you want me to"
            |\bi(?:['’]ll|\s+will|['’]d|\s+would|\s+can)\s+work\s+whatever\s+(?:you|u)\s+(?:want|need|ask)
            |\bwhatever\s+it\s+takes\b|\bwhatever\s+gets\s+me\s+in\b|\bwhatever\s+hours\s+it\s+takes\b
            # "i'd rearrange my whole life around it to get onto that ward"
            |\b(?:rearrange|reorgani[sz]e|plan|build|arrange|organi[sz]e)\s+my\s+(?:whole\s+|entire\s+)?life\s+around\b
            # "there's nothing in my life i wouldn't rearrange for it", "keep me in mind for
            # anything at all that opens up"
            |\bnothing\s+(?:in\s+my\s+life\s+)?(?:that\s+)?i\s+wouldn['’]?t\s+(?:rearrange|give\s+up|drop|sacrifice
            |move|cancel)\b
            |\b(?:anything|whatever)\s+at\s+all\s+(?:that\s+)?(?:opens|comes)\s+up\b
            # "any route, any roster, any public holiday"
            # (not "i would follow you to any company, any city and any codebase": flattery)
            |(?<!\bfollow\syou\sto\s)\bany\s+[\w-]+\s*,\s*any\s+[\w-]+\s*(?:,\s*|\s+(?:and|or)\s+)any\s+[\w-]+
            # round 168: "any shift, any station"; round 258: "I'll work any site, any hours"
            |\bany\s+(?:shift|station|role|position|job|task|site|location|depot|branch|store)s?\s*,\s*(?:and\s+)?
            any\s+(?:shift|station|role|position|job|task|time|day|hours?|site|location|depot|branch|store)s?\b
            # "nights, weekends, christmas, whatever you need", "whatever you need, i'll cover
            # it: nights, weekends, doubles, holidays" (not "whatever you need for the night audit")
            |\b(?:nights|weekends|holidays|doubles)\s*,\s*(?:[\w-]+(?:\s+[\w-]+)?\s*,\s*){0,3}(?:and\s+|or\s+)?
            whatever\s+(?:you|u)\s+need\b  # round 230: "nights, Sundays, whatever u need"
            |\bwhatever\s+you\s+need\s*,\s*i(?:['’]ll|\s+will|\s+can|['’]d|\s+would)\s[^.!?\n]{0,25}?
            \b(?:nights|weekends|holidays|doubles)\b
            # round 264: "working Saturdays for nothing", "I'll work for free the first month"
            # (not the team's offer: "we do installs for free for pensioners")
            # (not "The volunteers work for free on Saturdays": others, told as a plural)
            |(?<!\bwe\s)(?<!\bthey\s)(?<![a-z]s\s)\b(?:work|working|do|doing|cover|covering|come\s+in)\s+(?:[\w-]+\s+){0,2}?
            for\s+(?:nothing|free)\b
            # "honestly, i would take almost any role on your team at this point"
            |\b(?:take|accept)\s+(?:almost\s+|nearly\s+|practically\s+|just\s+about\s+|pretty\s+much\s+)?any\s+
            (?:role|job|position|post)\b
            |\bany\s+(?:role|job|position|post)\s+at\s+all\b|\bpaid\s+or\s+unpaid\b  # any role at all, paid or unpaid
            # round 145: "anything at all you need, i'll do it"
            |\b(?:anything|whatever)\s+(?:at\s+all\s+)?you\s+need\s*,?\s+i(?:['’]ll|\s+will)\s+do\s+it\b
            # round 175: "i'll take any shift pattern or contract length they want, honestly anything"
            |,\s*(?:honestly|literally)\s+anything\s*(?=[.!]|$)"""),
        "offering to do anything reads as desperate",
        WordGate(
            "anything|whatever do|take|accept|try",
            "whatever work you|u want|need|ask",
            "whatever takes",
            "whatever gets",
            "life around",
            "nothing rearrange|give|drop|sacrifice|move|cancel",
            "anything|whatever at all up",
            "any any any",
            "any shift|station|role|position|job|task|shifts|stations|roles|positions|jobs|tasks"
            "|site|location|depot|branch|store|sites|locations|depots|branches|stores",
            "whatever you|u need nights|weekends|holidays|doubles",
            "any take|accept role|job|position|post",
            "any at all role|job|position|post",
            "unpaid paid or",
            "nothing|free work|working|do|doing|cover|covering|come for",
            "anything|whatever you need do",
            "anything honestly|literally",
        ),
    ),
    (
        _p(
            # not "submit an offer against any salary band in the organisation": a system's rule
            # nor "I'd want to talk about it before any offer": the terms of an offer to come
            r"""(?<!\bagainst\s)(?<!\bacross\s)(?<!\bwithin\s)(?<!\bbefore\s)(?<!\bof\s)\b(?:any|whatever)\s+(?:"""
            + alternatives("salary")
            + r"""|pay|wage|rate|compensation|amount|offer)\b
            # not "any salary query from the depots": a payroll job's own work
            (?!\s+(?:quer(?:y|ies)|questions?|issues?|problems?|changes?|adjustments?|discrepanc(?:y|ies)
            |data|details|information|reviews?|runs?|slips?|records?|claims?|disputes?|errors?|letters?
            |calculations?|deductions?|sacrifice|advances?|tables?|codes?|fields?
            |reports?|systems?|modules?|benchmarks?|surveys?|approvals?|exceptions?|cycles?
            # round 213: "before changing any pay plans" (a sales manager's work)
            |plans?|polic(?:y|ies)|rises?|raises?|increases?|cuts?|freezes?|gaps?|audits?|equity)\b
            # "mapping any salary band from the old structures onto the new one"
            |\s+(?:bands?|grades?|scales?|structures?|ranges?)\s+(?:from|onto|into|across|in|within|between
            |of|where|that|which|whose|with)\b)
            |\bwhatever\s+you\s+(?:can\s+|want\s+to\s+|choose\s+to\s+|decide\s+to\s+)?(?:pay|offer)\b
            # (not someone else's: "the volunteers work for free on Saturdays")
            |(?<!\bthey\s)(?<!\bwho\s)(?<!\bvolunteers\s)(?<!\bpeople\s)(?<!\binterns\s)(?<!\bstudents\s)
            \bwork\s+for\s+(?:free|nothing|less|minimum\s+wage|a\s+lower\s+(?:salary|wage|rate)|equity)\b
            # "whatever the budget allows is fine, even if it's well under the posted range"
            |\bwhatever\s+(?:the|your)\s+budget\s+(?:allows|permits|can\s+(?:stretch|run)\s+to)\b
            # "please don't let my number get in the way. whatever works for your budget works for me"
            |\bwhatever\s+works\s+for\s+(?:your|the)\s+budget\b
            # "whatever figure you have in mind will be fine with me, even below what i mentioned.
            # honestly, i would rather be working than hold out for a number"
            |\bwhatever\s+(?:figure|number|salary|amount|rate|offer)\s+you\s+have\s+in\s+mind\b
            # "happy with whatever figure works for your budget"
            |\bwhatever\s+(?:figure|number|salary|amount|rate|offer|pay)\s+works\s+for\s+(?:you|your|the)\b
            |\b(?:fine|happy|okay|ok|take|accept|start|work|settle|go)\b[^.!?\n]{0,50}?\beven\s+(?:well\s+|a\s+(?:bit
            |little)\s+)?(?:below|under|less\s+than)\s+what\s+i\s+(?:mentioned|asked\s+for|said|quoted|suggested)\b
            |\brather\s+be\s+working\s+than\s+hold\s+out\b
            # "ready to work on any conditions", "i'd take any arrangement at all", "happy to start on
            # a lower point of the scale"
            |\b(?:ready|willing|happy|prepared|able|can|will|['’]ll|would|['’]d)\s+(?:to\s+)?(?:work|start)\s+
            (?:on|under|in|with)\s+any\s+(?:conditions?|terms)\b
            |\b(?:take|accept)\s+any\s+(?:arrangement|terms|conditions|contract|deal)\b
            # "on whatever terms suit you", "i would not expect the full salary while i find my feet"
            |\b(?:on|under)\s+whatever\s+(?:terms|conditions)\s+(?:suit|suits|work|works|you)\b
            |\b(?:not|n['’]t)\s+expect\s+the\s+full\s+(?:salary|rate|pay|wage)\b
            |\bstart\s+on\s+a\s+lower\s+(?:point|step|grade|band|rung|salary|rate|level)\b
            # round 232: "I'd go in at the bottom of their band, or under it"
            |\b(?:i['’]?d|i\s+would|i['’]ll|i\s+will|i\s+can|happy\s+to|willing\s+to|prepared\s+to)\s+(?:\w+\s+)?
            (?:go|come)\s+in\s+at\s+the\s+bottom\s+of\s+(?:the|their|your)\b
            |\bbottom\s+of\s+(?:the|their|your)\s+(?:pay\s+|salary\s+)?(?:band|range|scale)\s*,?\s+or\s+(?:even\s+)?
            (?:under|below)\b
            # "i'd come in on the lower band without a second thought", "ready to join at whatever
            # package you find suitable, even below my current ctc" (not "new hires join at the
            # lower band": their practice)
            |\b(?:i['’]d|i\s+would|i['’]ll|i\s+will|i\s+can|happy\s+to|willing\s+to|ready\s+to|prepared\s+to)\s+
            # (round 229: "i'd happily drop to the lower pay band")
            (?:\w+\s+){0,2}?(?:(?:start|come\s+in|join|begin)\s+(?:on|at)|(?:drop|go\s+down|come\s+down|move\s+down
            |step\s+down)\s+to)\s+(?:a|the)\s+lower\s+(?:pay\s+)?(?:band|grade|rate
            |salary|point|step|level|scale|package)\b
            # "i'd go straight commission with no base at all if that gets me in the door"
            |\bno\s+base(?:\s+(?:salary|pay))?\s+at\s+all\b
            |\bif\s+(?:that|it)\s+(?:gets|helps\s+(?:to\s+)?get)\s+me\s+(?:in\s+the\s+door|a\s+foot\s+in|through\s+the\s+door)\b
            # (round 244: "Whatever the pay band ends up being, I'll make it work")
            |\bwhatever\s+(?:the\s+)?(?:comp|compensation|pay|salary|package|offer|rate|base)(?:\s+(?:plan|band|range|grade))?\s+
            (?:ends\s+up\s+(?:being|as)|turns\s+out\s+to\s+be|you(?:\s+and\s+(?:the\s+)?[\w-]+)?\s+(?:find|think|feel|consider)\s+(?:is\s+)?
            (?:suitable|fair|right|appropriate))\b
            |\b(?:even|happy\s+to\s+(?:go|join|start|come\s+in)|willing\s+to\s+(?:go|join|start|come\s+in)
            |ready\s+to\s+(?:go|join|start|come\s+in))\s+(?:well\s+|a\s+(?:bit|little)\s+)?below\s+my\s+
            (?:current|present|last|existing)\s+(?:ctc|salary|pay|package|rate|compensation|wage)\b
            |\bdon['’]?t\s+let\s+my\s+(?:number|salary|expectations?|figure|rate|ask)\s+get\s+in\s+the\s+way\b
            |\b(?:well\s+|far\s+|even\s+)?(?:under|below|less\s+than)\s+the\s+(?:posted|advertised|listed|stated|quoted)
            \s+(?:range|salary|rate|pay|band|figure)\b
            |\bstart\s+(?:on|at|for)\s+(?:a\s+lot\s+|much\s+|far\s+)?less\b
            # "the advert said £12.60 an hour but honestly i'd do it for less"
            |\b(?:i['’]d|i\s+would|i['’]ll|i\s+will|i\s+can|happy\s+to|willing\s+to)\s+(?:happily\s+|gladly\s+
            |even\s+|honestly\s+)?(?:do|take|work)\s+(?:it|the\s+job|the\s+role|this|that)\s+for\s+less
            (?:\s*(?=[.,;!])|\s+(?:money|pay|if|and|but|too|honestly|even|than\s+(?:that|advertised|what
            |the\s+(?:advert|advertised|posted|listed|going)))\b)  # (not "for less than the agency charges")
            |\b(?:pay|salary)\s+(?:range|band|scale)\s*,?\s+or\s+(?:even\s+)?(?:below|less|lower)\b
            # "i accept any value you decide, also less than the range"
            |\b(?:i|and)\s+(?:will\s+|['’]ll\s+)?accept\s+(?:what|whatever|any\s+(?:value|amount|figure|number|salary|pay
            |rate))\s+you\s+(?:are\s+able\s+to\s+|can\s+)?(?:decide|offer|think|propose|suggest)
            |\bwhatever\s+you\s+decide,?\s+i\s+(?:will\s+|['’]ll\s+)?accept\b
            # round 195: "accept whatever package the owners consider appropriate", "whatever
            # remuneration the Trust deems appropriate"
            # (the writer's offer, not "the client would accept whatever rate the agency quoted")
            |\b(?:i|i['’]d|i['’]ll|i['’]m|happy|willing|content|prepared|ready|glad)\s[^.!?\n]{0,80}?
            # (a salary, pay, rate or offer is the "whatever salary" alternative's, whoever offers)
            \b(?:accept|take)\s+whatever\s+(?:comp|package|remuneration|terms|figure)\b
            |\bwhatever\s+you\s+(?:think|reckon|feel|consider)\s+is\s+(?:fair|right|reasonable)\b
            # round 223: "even the intern rate, and I would take it"
            |\beven\s+(?:the|an?)\s+(?:intern|trainee|junior|apprentice|minimum|entry[- ]level)\s+(?:rate|wage|salary|pay)\b
            |\b(?:take|accept)\s+(?:a\s+|the\s+)?(?:pay\s+cut|lower\s+(?:(?:starting|hourly|base|entry)\s+)?(?:salary|pay|wage|rate|base
            |package|figure|number)|less\s+(?:money|pay))\b
            # round 211: "I can accept less hours or the lower scale" (the writer's; not "new hires
            # accept the lower grade at first")
            |\b(?:i|i['’]d|i['’]ll|i\s+(?:can|could|would|will)|happy\s+to|willing\s+to|ready\s+to|prepared\s+to)\s+
            (?:\w+\s+)?(?:take|accept)\s+(?:(?:less|fewer)\s+hours\s+or\s+
            # round 221: "I'd take a shorter contract or a lower band"
            |(?:a|the)\s+shorter\s+(?:contract|term)\s+or\s+)?(?:a|the)\s+lower\s+(?:scale|band|grade)\b
            # round 145: "i'm happy to come in below the rate we discussed"
            |\b(?:happy|willing|glad|ready|able)\s+to\s+(?:come\s+in|start|go|work)\s+(?:a\s+(?:bit|little)\s+|well\s+)?
            (?:below|under)\s+(?:the|your)\s+(?:rate|figure|number|band|range|salary|offer)\b
            # round 143: "honestly i'd take less, even £24k", "be paid in flat whites"
            |\b(?:i['’]d|i\s+would|i['’]ll|i\s+will|happy\s+to|willing\s+to)\s+(?:happily\s+|gladly\s+|honestly\s+)?
            (?:take|accept)\s+less(?:\s?[,;—–-]|(?=\s?[.!])|\s+(?:money|pay|if|even|too)\b)
            |\bpaid\s+in\s+(?:coffee|coffees|flat\s+whites|pizza|biscuits|exposure|peanuts|beer|snacks|doughnuts
            |donuts|cake|sandwiches)\b
            |\b(?:take|accept)\s+(?:the\s+|a\s+)?(?:post|job|role|position)\s+(?:on|at)\s+a\s+lower\s+(?:grade|band
            |salary|rate|level)\b
            |\b(?:salary|pay|money|compensation)\s+(?:really\s+|honestly\s+|truly\s+)?(?:doesn['’]t|does\s+not|won['’]t|will\s+not)\s+matter\b
            |\b(?:salary|pay|money|compensation|package)\s+(?:won['’]t|will\s+not|would\s+not|wouldn['’]t)\s+be\s+(?:an?\s+)?
            (?:obstacle|sticking\s+point|barrier)\b
            |\b(?:salary|pay|money|compensation)\s+is\s+(?:not\s+(?:at\s+all\s+)?|no\s+)(?:important|an\s+issue
            |a\s+concern|object
            |(?:a\s+)?problem|(?:a\s+)?matter)\b
            |\bopen\s+to\s+[^.!?\n]{0,60}?\bpay\s+cut\b
            |\b(?:accept|take|work\s+for)\s+(?:a\s+lot\s+|much\s+|far\s+|a\s+little\s+)?less\s+than\b
            # "i know we talked about the 180-200 band, but i'd take well below that"
            |\b(?:take|accept)\s+(?:well\s+|far\s+|much\s+|a\s+lot\s+)?below\s+(?:that|this|the\s+(?:band|range|figure
            |number|offer))\b
            |\bstart(?:ing)?\s+(?:well\s+|far\s+|a\s+(?:bit|little)\s+)?below\s+(?:the\s+)?(?:range|band|advertised|posted
            |offer|salary)
            # "i would accept a figure well below the range in the advert"
            |\b(?:take|accept)\s+(?:a|an)\s+(?:figure|salary|offer|number|rate|wage|package)\s+(?:well\s+|far\s+|much\s+
            |a\s+(?:bit|little)\s+|a\s+lot\s+)?(?:below|under|less\s+than)\b
            |\b(?:pay|salary|money)\s+matters\s+(?:much\s+|far\s+|a\s+lot\s+)?less\s+to\s+me\b
            |\bnot\s+(?:fussed|bothered|worried|precious|picky|fussy)\s+about\s+(?:the\s+)?(?:rate|pay|money|salary
            |wage)\b
            |\b(?:overtime|work|hours|come\s+in)\s+(?:[\w,]+\s+){0,6}?without\s+(?:any\s+)?pay\b
            # "i'd happily do a trial project from home in the evenings for free" (not "for four
            # tax seasons i worked saturday evenings unpaid at a clinic": volunteering done)
            |\b(?:i['’]d|i\s+would|i['’]ll|i\s+will|i\s+can|i\s+could|happy\s+to|willing\s+to|ready\s+to|glad\s+to
            |offer\s+to)\s[^.!?\n]{0,60}?\b(?:evenings?|weekends?|saturdays?|sundays?|nights?)\s+(?:for\s+free|unpaid
            |without\s+pay)\b"""
        ),
        "offering to take any salary or terms undercuts you before an offer is made",
        WordGate(
            f"{alternatives('salary')}|pay|wage|rate|compensation|amount|offer any|whatever",
            "pay|offer whatever you",
            "less start",
            "less for do|take|work",
            "below|less|lower range|band|scale pay|salary or",
            "accept what|whatever|decide|any",
            "fair|right|reasonable you think|reckon|feel|consider",
            "accept|take whatever comp|package|remuneration|terms|figure",
            "free|nothing|less|minimum|lower|equity work for",
            "pay|lower|less take|accept",
            "salary|pay|money|compensation matter",
            "even rate|wage|salary|pay intern|trainee|junior|apprentice|minimum|entry|level",
            "salary|pay|money|compensation|package be obstacle|sticking|barrier",
            "salary|pay|money|compensation important|issue|concern|object|problem|matter",
            "cut open",
            "less than accept|take|work",
            "below take|accept",
            "below start|starting",
            "below|under|less take|accept figure|salary|offer|number|rate|wage|package",
            "matters less pay|salary|money",
            "fussed|bothered|worried|precious|picky|fussy not rate|pay|money|salary|wage",
            "pay without overtime|work|hours|come",
            "evening|evenings|weekend|weekends|saturday|saturdays|sunday|sundays|night|nights"
            " free|unpaid|pay i'd|i’d|would|i'll|i’ll|will|can|could|happy|willing|ready|glad|offer",
            "budget whatever allows|permits|can",
            "budget whatever works",
            "mind whatever have",
            "whatever works figure|number|salary|amount|rate|offer|pay",
            "whatever terms|conditions on|under suit|suits|work|works|you",
            "expect full salary|rate|pay|wage",
            "even below|under|less what fine|happy|okay|ok|take|accept|start|work|settle|go",
            "rather hold",
            "any work|start|take|accept conditions|condition|terms|arrangement|contract|deal",
            "lower start point|step|grade|band|rung|salary|rate|level",
            "bottom go|come in",
            "under|below band|range|scale or bottom",
            "lower on|at|to band|grade|rate|salary|point|step|level|scale|package",
            "whatever comp|compensation|pay|salary|package|offer|rate|base",
            "no base at all",
            "door|foot gets|get me",
            "below my current|present|last|existing",
            "way let",
            "posted|advertised|listed|stated|quoted under|below|than range|salary|rate|pay|band|figure",
            "below|under come|start|go|work rate|figure|number|band|range|salary|offer",
            "paid coffee|coffees|whites|pizza|biscuits|exposure|peanuts|beer|snacks|doughnuts|donuts|cake"
            "|sandwiches",
        ),
    ),
    (
        _p(r"""\b(?:give\s+up|giving\s+up|forgo|forego|skip|skipping|sacrifice|sacrificing|cancel|set\s+aside|waive
            |waiving)\s+
            (?:my\s+|any\s+|all\s+)?(?:(?:planned|booked|annual|summer|christmas|easter|august|july|june|december
            |half-term|school)\s+)?(?:vacations?|holidays?|time\s+off|pto|weekends?|evenings?|nights?
            |days\s+off|sick\s+days|family\s+time|personal\s+time|(?:annual\s+)?leave
            # a fly-in fly-out worker's rest days: "happy to give up my r&r for the first few months"
            |r&r|r\s+and\s+r|rdos?|rostered\s+days\s+off)\b
            # round 223: "skip my first two weeks of holiday entirely"
            |\b(?:skip|give\s+up|forgo|forego|sacrifice|waive|drop)\s+(?:my\s+)?(?:first\s+)?(?:[\w-]+\s+){0,2}?(?:weeks?|days?)\s+of
            \s+(?:holiday|holidays|leave|annual\s+leave|vacation|pto)\b
            # round 220: "happy to drop my holiday entitlement this year"
            |\b(?:drop|dropping|forfeit|forfeiting)\s+(?:my\s+|any\s+|all\s+|the\s+)?(?:(?:planned|booked|annual|summer)\s+)?
            (?:vacations?|holidays?|time\s+off|pto|(?:annual\s+)?leave)(?:\s+entitlement)?\b(?!\s+(?:request|form|policy)\b)
            # round 199, a teacher: "happy to give up the holidays to get the labs sorted"
            # (an offer, not "i had to give up the weekends when my father was ill")
            |\b(?:(?:happy|willing|glad|ready|prepared)\s+to|i['’]?(?:ll|d|\s+will|\s+would|\s+can))\s+
            (?:happily\s+|gladly\s+)?give\s+up\s+the\s+(?:school\s+|summer\s+)?(?:holidays|weekends|evenings)\b
            |\b(?:mind|happy|fine\s+with)\s+giving\s+up\s+the\s+(?:school\s+|summer\s+)?(?:holidays|weekends
            |evenings)\b
            |\b(?:won['’]t|will\s+not|never|wouldn['’]t|would\s+not|don['’]t\s+need\s+to)\s+(?:ever\s+)?
            (?:take|ask\s+for|request)\s+(?:a\s+(?:single\s+)?|any\s+|one\s+|my\s+)?(?:vacations?|holidays?|time\s+off
            |pto|sick\s+days?|days?\s+off|breaks?|(?:annual\s+)?leave)\b
            # not "i have no holidays booked before october": availability
            |\bno\s+(?:need\s+for\s+)?(?:vacations?|holidays|time\s+off|pto|days\s+off)\b
            (?!\s+(?:booked|planned|scheduled|arranged|coming\s+up|lined\s+up)\b)
            |\b(?:work|working|available)\s+(?:every|all)\s+(?:single\s+)?(?:evenings?|nights?|weekends?|holidays?)\b
            # "i can cover every christmas and easter shift so the others can have them off"
            |\b(?:i|i['’]ll|i\s+will|i\s+can|i['’]d|i\s+would|happy\s+to|willing\s+to|glad\s+to)\s+
            (?:happily\s+|gladly\s+|also\s+)?(?:work|cover|take|do)\s+(?:every|all(?:\s+the)?)\s+(?:christmas|easter
            |bank\s+holiday|public\s+holiday
            |holiday|new\s+year['’]?s?)(?:\s+(?:and|&|or)\s+(?:christmas|easter|bank\s+holiday|public\s+holiday|holiday
            |new\s+year['’]?s?))?\s+shifts?\b
            |\b(?:work|working|available|reachable)\s+24\s*/\s*7\b
            |\b(?:work|working|available|reachable|on\s+call)\s+(?:\w+\s+){0,2}?around\s+the\s+clock\b
            |\bevery\s+(?:evening|night|weekend)\s+and\s+(?:every\s+)?(?:evening|night|weekend|holiday)s?\b
            # "i'll work every saturday and every holiday weekend you've got"
            |\b(?:i['’]ll|i\s+will|i\s+can|i['’]d|i\s+would|happy\s+to|willing\s+to)\s+(?:work|do|cover|take)\s+
            every\s+(?:saturday|sunday)\s+and\s+every\s+(?:holiday|bank\s+holiday|public\s+holiday|sunday)\b
            # round 232: "I'd cancel my August trip if dates are an issue"; round 269: "I would
            # gladly give up the family holiday we have planned" (not "skip the site trip")
            |\b(?:i['’]?d|i\s+would|i['’]ll|i\s+will|i\s+can|happy\s+to|willing\s+to|glad\s+to|prepared\s+to)\s+
            (?:happily\s+|gladly\s+|also\s+)?(?:cancel|skip|postpone|give\s+up|forgo|forego|sacrifice)\s+
            (?:my|our|the(?=\s+(?:[\w-]+\s+){0,2}?(?:holiday|vacation|honeymoon)\b))\s+(?:[\w-]+\s+){0,2}?
            (?:trip|holiday|vacation|honeymoon)\b
            # "a family holiday booked, but i'd cancel it straight away if it meant getting the job"
            |\b(?:holiday|vacation|trip)\s+(?:\w+\s+){0,2}?booked\b[^.!?\n]{0,40}?\b(?:cancel|drop|move)\s+it\b
            # round 145: "i can work weekends and evenings for as long as it takes"
            |\b(?:weekends|evenings|nights)\b[^.!?\n]{0,30}?\bfor\s+as\s+long\s+as\s+it\s+takes\b
            # round 143: "i'd happily work weekends for the first year"
            |\b(?:happily|gladly)\s+work\s+(?:weekends|nights|evenings|every\s+weekend|saturdays|sundays)\s+for\s+
            (?:the\s+(?:first|whole)\s+|a\s+(?:whole\s+)?)(?:year|six\s+months|few\s+months|months)\b"""),
        "offering to give up vacations, evenings or weekends reads as desperate",
        WordGate(
            "give|giving|forgo|forego|skip|skipping|sacrifice|sacrificing|cancel|set|waive|waiving"
            " vacation|vacations|holiday|holidays|off|pto|weekend|weekends|evening|evenings|night|nights"
            "|sick|family|personal|leave|r|rdo|rdos|rostered",
            "vacation|vacations|holiday|holidays|off|pto|sick|break|breaks|leave take|ask|request",
            "vacation|vacations|holidays|off|pto no",
            "evening|evenings|night|nights|weekend|weekends|holiday|holidays every|all"
            " work|working|available",
            "24",
            "cover|work|take|do christmas|easter|holiday|new shift|shifts every|all",
            "clock around work|working|available|reachable|call",
            "evening|night|weekend every",
            "saturday|sunday every and",
            "booked cancel|drop|move holiday|vacation|trip",
            "trip|holiday|vacation|honeymoon cancel|skip|postpone|give|forgo|forego|sacrifice",
            "weekends|nights|evenings|weekend|saturdays|sundays happily|gladly year|months",
            "weekends|evenings|nights long takes",
            "drop|dropping|forfeit|forfeiting vacation|vacations|holiday|holidays|off|pto|leave",
            "skip|give|forgo|forego|sacrifice|waive|drop week|weeks|day|days of"
            " holiday|holidays|leave|vacation|pto",
        ),
    ),
    (
        _p(r"""\b(?:please|pls|plz)\s*,?\s+(?:please|pls|plz)\b|\b(?:i\s+am|i['’]m)\s+begging\b|\bi\s+beg\s+(?:you|of\s+you)\b
            |\bbegging\s+you\b|\bi\s+(?:implore|plead\s+with)\s+you\b
            |\bplease\s+(?:just\s+)?(?:give\s+me\s+(?:a|this|one|another|one\s+more|a\s+second)\s+(?:chance|shot)
            |hire\s+me
            |don['’]t\s+(?:pass|give\s+up|reject|forget)
            # "please don't write me off", "please don't count me out"
            |(?:don['’]t|do\s+not)\s+(?:write|count|rule)\s+me\s+(?:off|out))\b
            # round 178: "Please, I am asking you to give me this one chance"
            |\b(?:just\s+)?give\s+me\s+(?:a|one|this(?:\s+one)?)\s+(?:chance|shot)\b(?!\s+to\s+(?:discuss|talk|show|share))
            |\bjust\s+give\s+me\s+the\s+(?:chance|shot)\b(?!\s+to\s+(?:discuss|talk|show|share))
            |\bif\s+you\s+(?:would\s+|could\s+|will\s+)?(?:just\s+)?(?:give|gave)\s+me\s+(?:a|one|this|another
            |one\s+more|a\s+second)\s+(?:chance|shot)\b
            |\bi\s+promise\s+(?:(?:that\s+)?i\s+|to\s+)?(?:(?:would|will|['’]ll|['’]d)\s+)?(?:work|try)\s+
            (?:harder|twice\s+as\s+hard|as\s+hard\s+as)
            # "i just want the chance to prove myself", "i would be so grateful for a chance."
            |\bchance\s+to\s+prove\s+myself\b
            |\b(?:so|very|just|truly|deeply|profoundly|eternally|forever|incredibly|immensely)\s+grateful\s+for\s+
            (?:a|any|the)\s+chance(?=[,.;!])
            # round 158: "If there is any way at all you could find a place for me"
            |\bany\s+way\s+(?:at\s+all\s+)?(?:that\s+)?you\s+(?:could|can|might)\s+(?:find|make)\s+(?:a\s+)?
            (?:place|room|space|spot|position)\s+for\s+me\b
            # round 168: "pls pick me"
            |\b(?:please|pls|plz)\s+(?:just\s+)?(?:pick|choose|select)\s+me\b"""),
        "begging reads as desperate",
        WordGate(
            "please please",
            "pls pls",
            "plz plz",
            "pls|plz please",
            "pls plz",
            "please|pls|plz pick|choose|select me",
            "begging|beg|implore|plead",
            "please give|hire|don't|don’t",
            "please me off|out write|count|rule",
            "chance|shot give|gave",
            "promise harder|twice|hard",
            "prove chance myself",
            "grateful chance so|very|just|truly|deeply|profoundly|eternally|forever|incredibly|immensely",
            "way find|make place|room|space|spot|position",
        ),
    ),
    (
        _p(
            r"""\bplease\s+(?:let\s+me\s+know|respond|reply|get\s+back\s+to\s+me|update\s+me|tell\s+me
            |call\s+me|contact\s+me|inform\s+me|(?:ring|call|phone|text)(?:\s+me)?(?:\s+back)?)\s*,?\s+
            (?:(?!(?:and|i|we)\b)\w+\s+){0,5}?(?:as\s+soon\s+as\s+(?:"""
            + alternatives("possible")
            + r"""|(?:you\s+)?(?:possibly\s+)?can)
            |asap|immediately|right\s+away|today|tomorrow|by\s+(?:tomorrow|monday|tuesday|wednesday
            |thursday|friday|end\s+of\s+(?:day|the\s+day)|eod|tonight)\b(?!\s+(?:if|whether|what|which|when)\b))\b
            # (round 259: "grateful to hear where things stand as soon as possible", "any indication
            # of your timeline as soon as possible", "let me know either way as soon as you possibly can")
            |\b(?:revert|reply|respond|get\s+back|let\s+me\s+know|update\s+me|inform\s+me|(?:inform|intimate)\s+(?:me\s+)?(?:about\s+|of\s+)?(?:the\s+)?status
            |intimate\s+me|hear\s+(?:back|where|from\s+you|the\s+(?:outcome|decision|result))
            |indication\s+(?:of|on|about)\s+(?:your|the|a)\s+(?:[\w-]+\s+)?(?:timeline|timing|decision|outcome|result|timeframe))\b(?![-‑])  # (round 244: not "the reply-to header ... you caught right away")
            # not the writer's own speed: "let me know and I can send it straight away"
            (?:(?!\bi(?:['’](?:ll|d)|\s+(?:will|can|could|would|shall))\b)[^.!?\n]){0,60}?
            (?:at\s+the\s+earliest(?!\s+(?:possible\s+)?convenience)|asap|as\s+soon\s+as\s+possible|right\s+away
            |straight\s+away|as\s+soon\s+as\s+(?:you\s+)?(?:possibly\s+)?can\b)
            |\b(?:i\s+)?(?<!n['’]t\s)(?<!\bnot\s)need\s+(?:an\s+answer|to\s+know|a\s+decision|a\s+response|your\s+(?:decision|answer
            |response|reply))\s+(?:from\s+you\s+)?(?:by|before|soon|asap|quickly|today|this\s+week)\b
            |\bi['’]?(?:ll|\s+will)\s+(?:give\s+you\s+a\s+)?(?:call|ring|phone)\s+
            # (round 245: "I'll ring you first thing Monday to see where it's at, and again on Tuesday",
            # "I will phone your office on Monday at 09:00 to hear the outcome")
            (?:you\s+|your\s+office\s+)?(?:first\s+thing\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\b
            [^.!?\n]{0,40}?\b(?:to\s+check|if\s+i\s+(?:haven['’]t|have\s+not|don['’]t)\s+heard|to\s+see\s+where
            |to\s+hear\s+(?:the\s+)?(?:outcome|decision|news)|to\s+find\s+out|to\s+get\s+an?\s+update|and\s+again
            |try\s+again)
            # (round 200: "i have checked my inbox and my spam folder every hour since friday")
            |\b(?:checking|check|checked|refreshing|refresh|refreshed|watching)\s+my\s+(?:email|e-mail|mail|inbox|phone
            |voicemail)(?:\s+and\s+(?:my\s+)?(?:spam|junk)(?:\s+folder)?)?
            \s+(?:(?:pretty\s+much|almost|nearly|literally)\s+)?(?:every|constantly|hourly|nonstop|non-stop|all\s+(?:day|afternoon|morning|evening|night|week
            |weekend|the\s+time)
            # round 199: "I check my inbox several times a day"
            |(?:several|many|multiple|ten|twenty|a\s+dozen|a\s+hundred)\s+times\s+(?:a|an|per|every)\s+(?:day|hour))\b
            # "i'll be checking it every hour for your call"
            |\bevery\s+(?:single\s+)?(?:hour|half\s+hour|few\s+minutes|five\s+minutes|ten\s+minutes)\s+for\s+
            (?:your|a|the)\s+(?:call|e-?mail|reply|response|message|text|news|answer)\b
            # round 143: "i have been waiting every day and checking my phone"
            |\bi(?:['’]ve|\s+have)\s+been\s+(?:[\w-]+\s+){0,4}?checking\s+my\s+(?:email|e-mail|mail|inbox|phone
            |voicemail)\b(?!\s+(?:every|constantly|hourly|nonstop|non-stop|all)\b)
            |\bwaiting\s+every\s+(?:single\s+)?day\b
            # round 200: "i jump every time my phone rings"
            |\bi\s+(?:jump|panic)\s+(?:every\s+time|whenever)\s+(?:my\s+)?phone\s+(?:rings|buzzes|goes\s+off)\b
            # "my situation is difficult and i need the answer quick"
            |(?<!n['’]t\s)(?<!\bnot\s)\bneed\s+(?:the|an|your)\s+answer\s+(?:quick|quickly|fast|soon|urgently)\b
            |\bmy\s+situation\s+is\s+(?:very\s+|really\s+|quite\s+)?(?:difficult|hard|desperate|critical|bad)\b
            |\b(?:waiting|sitting)\s+by\s+(?:the|my)\s+phone\b
            |\b(?:keep|keeping|kept|have|having|had|got)\s+my\s+phone\s+(?:next\s+to|beside|by|on)\s+me\b
            # (availability, not a vigil: "gonna keep my phone on me if u need anything", round 217)
            (?!\s*,?\s+(?:if|in\s+case)\s+(?:you|u|they|the\s+team)\s+(?:need|want|have))
            # round 220: "Could you let me know today or tomorrow at the latest?" (not "let me know
            # and I'll send it by Friday at the latest": the writer's own speed)
            # (round 233: "I really need you to come back to me by tomorrow afternoon at the latest")
            |\b(?:tell\s+me|let\s+me\s+know|(?:get|come)\s+back\s+to\s+me|revert|(?:an|your|a)\s+(?:answer|decision|response
            |reply))\b(?:(?!\bi(?:['’](?:ll|d)|\s+(?:will|can|could|would|shall))\b)[^.!?\n]){0,50}?\bat\s+the\s+latest\b
            # round 220: "If there is any way you could let me know your decision by the 20th, it
            # would make an enormous difference to our family"
            |\bif\s+there\s+(?:is|was|['’]s)\s+any\s+way\s+(?:that\s+)?you\s+(?:could|can|might)\s+(?:please\s+)?
            (?:let\s+me\s+know|tell\s+me|give\s+me|get\s+back|decide|confirm|speed)
            |\b(?:would|will|could)\s+make\s+(?:an?\s+)?(?:enormous|huge|massive|big|real|world\s+of|such\s+a)\s+
            difference\s+(?:to|for)\s+(?:my|our)\s+famil(?:y|ies)\b
            |\b(?:tell\s+me|let\s+me\s+know)\s+(?:\w+\s+){0,2}?by\s+(?:tomorrow|tonight|today
            |end\s+of\s+(?:day|the\s+day)|eod)\b
            |\bcounting\s+on\s+(?:hearing\s+(?:back\s+)?from\s+you|(?:a|your)\s+(?:quick\s+)?(?:response|reply
            |decision|answer|offer))\b
            |\b(?:quick|fast|speedy|prompt)\s+(?:answer|response|reply|decision)\s+would\s+mean\b
            |\bhaven['’]t\s+slept\b
            |\b(?:can['’]t|cannot|couldn['’]t|haven['’]t\s+been\s+able\s+to)\s+(?:sleep|stop\s+thinking\s+about\s+(?:this|the\s+job))\b
            # not "... about it", as often an idea the writer is keen on as the wait for an answer
            |\blosing\s+sleep\b
            # round 175: "really need to hear back today"
            |\b(?:really|desperately|urgently|badly)\s+need\s+to\s+hear\s+(?:back|from\s+(?:you|them|the\s+client))\b
            # round 199: "tell me the decision as soon as possible, even today if you can"
            # (an answer asked for, not "I could start as soon as possible, even today")
            |\b(?:tell|let|inform|update|answer|reply|respond|decision|know|yes\s+or\s+no)\b[^.!?\n]{0,60}?
            \bas\s+soon\s+as\s+possible\s*,?\s+(?:even|ideally|preferably)\s+(?:today|tonight|this\s+(?:evening
            |afternoon))\b"""
        ),
        "pressing for a quick answer reads as needy",
        WordGate(
            f"soon please {alternatives('possible')}|can let|respond|reply|get|update|tell|call|contact|inform"
            "|ring|phone|text",
            "please let|respond|reply|get|update|tell|call|contact|inform|ring|phone|text"
            " asap|immediately|away"
            "|today|tomorrow|monday|tuesday|wednesday|thursday|friday|day|eod|tonight",
            "soon revert|reply|respond|back|know|update|inform|intimate|hear|indication *possible*",
            "revert|reply|respond|back|know|update|inform|intimate|hear|indication *asap*|*earliest*|*away*",
            "soon revert|reply|respond|back|know|update|inform|intimate|hear|indication can",
            "need answer|know|decision|response|reply by|before|soon|asap|quickly|today|this",
            "call|ring|phone monday|tuesday|wednesday|thursday|friday|tomorrow"
            " check|heard|see|hear|find|update|again",
            "email|mail|inbox|phone|voicemail checking|check|checked|refreshing|refresh|refreshed|watching"
            " every|constantly|hourly|nonstop|non|all|times",
            "email|mail|inbox|phone|voicemail checking been",
            "soon possible even|ideally|preferably today|tonight|this",
            "latest let|tell|back|revert|answer|decision|response|reply",
            "way any there you could|can|might",
            "difference make would|will|could my|our",
            "waiting every day",
            "jump|panic phone",
            "phone waiting|sitting",
            "phone my me keep|keeping|kept|have|having|had|got",
            "every hour|half|few|five|ten for call|email|mail|reply|response|message|text|news|answer",
            "by tell|let me tomorrow|tonight|today|end|eod",
            "slept",
            "counting on hearing|response|reply|decision|answer|offer",
            "mean quick|fast|speedy|prompt answer|response|reply|decision would",
            "sleep",
            "stop thinking",
            "need hear",
            "answer need quick|quickly|fast|soon|urgently",
            "situation my difficult|hard|desperate|critical|bad",
        ),
    ),
    (
        # (round 259: not "I'm not asking you to reconsider")
        _p(r"""(?<!\bnot\s)(?<!n['’]t\s)\b(?:please|kindly|ask\s+(?:that\s+)?you\s+to|asking\s+you\s+to|hope\s+you(?:['’]ll|\s+will|\s+can|\s+could)?
            |would\s+you|could\s+you|will\s+you|beg\s+you\s+to|urge\s+you\s+to
            # round 203, to a recruiter: "could you please ask them to reconsider?"
            |(?:please\s+)?ask\s+(?:them|the\s+(?:panel|client|hiring\s+manager|manager))\s+to
            |(?:any|some)\s+(?:way|chance)\s+(?:that\s+)?you(?:['’]d|['’]ll)?
            # (round 200: "whether the panel might reconsider")
            |(?:whether|if)\s+you(?:\s+(?:would|could|might|will|can)|['’]d|['’]ll)?
            |(?:whether|if)\s+the\s+(?:panel|committee|board)\s+(?:would|could|might|may)(?:\s+be\s+(?:able|willing)\s+to)?
            # round 251: "whether there's any way the team would reconsider"
            |(?:any|some)\s+(?:way|chance)\s+(?:that\s+)?(?:the\s+(?:team|panel|committee|board|client)|they)\s+
            (?:would|could|might|may)(?:\s+be\s+(?:able|willing)\s+to)?),?\s+(?:\w+,?\s+){0,3}?(?:re-?consider
            |think\s+(?:it\s+)?again(?!\s+about\s+(?:the|your|how|whether)\b))\b  # round 197: "any chance you would think again?"
            |\breconsider\s+(?:me|my\s+(?:application|candidacy)|(?:your|its|their|the)\s+decision)\b
            # round 247: "I wonder if I might ask the committee to reconsider" (not a plan for the
            # board: "ask the Board to reconsider splitting Te Reo across two half-days")
            |\bask\s+the\s+(?:committee|board)\s+to\s+reconsider(?:(?=[.,;!?])|(?=[ \t](?:me|my|the|their|its)[ \t](?:decision
            |application|candidacy)\b))
            |\b(?:please|kindly)\s+(?:\w+\s+)?consider\s+(?:me|my\s+(?:application|candidacy))\s+again\b
            |\b(?:don['’]t|do\s+not)\s+reject\s+me\b
            # "i'd ask you to look at my application one more time before you decide"
            |\b(?:look\s+at|review|go\s+over|read)\s+my\s+(?:application|candidacy|cv|r[eé]sum[eé]|file)\s+
            (?:one\s+more\s+time|once\s+more|a\s+second\s+time|again)\b
            # "put me back in front of the panel"
            |\bput\s+me\s+back\s+in\s+front\s+of\s+(?:the|your)\b
            |\b(?:another|a\s+second|one\s+more)\s+look\s+at\s+my\s+(?:application|candidacy|cv|r[eé]sum[eé])\b
            # "please, if there is any way i could retake the bend test"
            |\b(?:any|some)\s+(?:way|chance)\s+(?:that\s+)?i\s+(?:could|can|might|may)\s+(?:retake|re-?sit|re-?do|repeat
            |try\s+(?:it\s+|that\s+)?again|have\s+another\s+(?:go|try|attempt|chance|shot))\b
            |\b(?:allow|give|grant)\s+me\s+(?:a\s+second|another|one\s+more)\s+(?:attempt|go|try)\b
            |\brevisit\s+(?:its|their)\s+decision(?=[,.;!?])  # not "revisit its decision on the depot"
            # (round 211: "whether the panel might be willing to revisit that decision before the offer")
            |\brevisit\s+(?:the|your|that)\s+(?:outcome|decision)  # the decision itself, not "the outcome measures"
            (?!\s(?!(?:if|and|or|please|at|on|in|with|before)\b)[a-z])"""),
        "asking them to reconsider puts the interviewer on the spot",
        WordGate(
            "reconsider",
            "think again",
            "consider re",
            "revisit",
            "again consider",
            "reject me",
            "more|once|second|again",
            "back front put",
            "look another|second|more",
            "way|chance could|can|might|may",
            "attempt|go|try me second|another|more",
        ),
    ),
    (
        _p(r"""\b(?:i\s+know|i\s+realize|i\s+realise|i\s+understand|i\s+may|i\s+might|i['’]m\s+probably|i\s+am\s+probably
            |i['’]m\s+likely|i\s+am\s+likely|even\s+if)\s+(?:[\w'’]+\s+){0,2}?(?:not|\w*n['’]t)\s+(?:be\s+)?(?:the|your)\s+
            (?:best|strongest|most\s+qualified|most\s+experienced|ideal|perfect|first|obvious|top)\s+(?:\w+\s+)?
            (?:candidate|choice|fit|person|applicant|pick)\b
            |\bi['’]?m\s+(?:just|only)\s+a\s+(?:lowly|humble|simple)\b|\bi\s+am\s+(?:just|only)\s+a\s+(?:lowly|humble|simple)\b
            |\bi\s+(?:know\s+i\s+)?(?:totally\s+|completely\s+|really\s+)?(?:messed\s+up|bombed|blew\s+it|botched|flubbed)\b
            # (a task of the day told honestly: "I messed up the first offset", round 218)
            (?!\s+(?:the|my)\s+(?:first|second|third|last|opening)\b)
            |\b(?:no\s+one|nobody)\s+(?:else\s+)?(?:will|wants\s+to|seems\s+to\s+want\s+to)\s+hire\s+(?:me\b
            |(?:someone|anyone|a\s+person)\s+(?:with\s+(?:a\s+)?gap|like\s+me)\b)
            |\b(?:unemployed|out\s+of\s+work|jobless)\s+for\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?
            (?:\w+|\d+)\s+(?:months?|years?)\b
            # (not a gap explained: "out of work for four years while i nursed my husband")
            (?!\s+(?:while|whilst|as|because)\s+i\s+(?:nursed|cared|was\s+caring|looked\s+after|was\s+looking\s+after
            |raised|studied|was\s+studying|retrained|was\s+retraining)\b)
            |\b(?:unemployed|out\s+of\s+work|jobless)\s+since\b  # "out of work since the firm downsized"
            # (but not told as availability: "out of work since the depot closed, so i'm free to start")
            (?![^.!?\n]{0,80}?\bso\s+i(?:['’]m|\s+am|\s+can)\s+(?:free|available|able|start)\b)
            |\bmy\s+savings\s+(?:are|is|have)\s+(?:gone|running\s+out|run\s+out|depleted|almost\s+gone)\b
            # "the last few months have been difficult financially", "things have been tight at home"
            |\b(?:months|weeks|year|things|times|life|it)\s+(?:have\s+been|has\s+been|are|were|is|['’]s\s+been)\s+
            (?:very\s+|really\s+|quite\s+)?(?:difficult|hard|tough|tight)\s+financially\b
            |\bthings\s+(?:have\s+been|are)\s+(?:really\s+|very\s+|pretty\s+|a\s+bit\s+)?tight\s+at\s+home\b
            # round 158: "things at home have become very tight", "rent's due on the 1st"
            |\bthings\s+at\s+home\s+(?:have\s+(?:been|become|got|gotten)|are)\s+(?:really\s+|very\s+|pretty\s+
            |a\s+bit\s+)?tight\b
            |(?:\bmy\s+|\bour\s+|\band\s+|(?<![\w'’]\s)(?<![\w'’]))(?:rent|mortgage|bills)(?:['’]s|\s+is|\s+are)\s+due\b
            |\b(?:can['’]t|cannot)\s+(?:afford|pay)\s+(?:my\s+)?(?:rent|bills|mortgage)\b
            |\b(?:been\s+)?(?:rejected|turned\s+down|turned\s+away)\s+(?:(?:by\s+)?(?:so\s+many|every|dozens
            |countless)\b|more\s+times|so\s+many\s+times|again\s+and\s+again)
            |\b(?:keep|keeping)\s+up\s+with\s+(?:the\s+|my\s+)?(?:rent|bills|mortgage)\b
            |\b(?:i['’]m|i\s+am)\s+(?:probably\s+|likely\s+|definitely\s+)?not\s+(?:as|so)\s+(?:\w+\s+){1,2}?as\s+
            (?:the\s+|your\s+)?other\s+(?:candidates|applicants|people|graduates|interviewees|trainees)\b
            |\bpeople\s+like\s+me\s+(?:don['’]t|do\s+not|never|rarely)\s+(?:usually\s+)?get\s+(?:picked|hired
            |chosen|a\s+chance)\b
            # round 160: "I'd be so grateful if you could give someone like me a chance", "I've had
            # fourteen rejections since January"
            |\bgive\s+(?:someone|somebody|a\s+person|people)\s+like\s+me\s+a\s+(?:chance|shot|go|break)\b
            # round 182: "a company as visionary as yours would even consider someone like me", "if
            # there is anything else I can do to prove myself"
            |\beven\s+consider(?:ing|ed)?\s+(?:someone|somebody|a\s+person|people|a\s+candidate)\s+like\s+me\b
            |\banything\s+(?:else\s+|more\s+)?(?:that\s+)?i\s+(?:can|could)\s+do\s+to\s+prove\s+myself\b
            |\b(?:had|received|got|faced|after)\s+(?:\d+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen
            |seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens\s+of|so\s+many)\s+rejections\b
            (?!\s+(?:per|a|each)\s+(?:day|week|month|year|shift)\b)  # (not a rate the writer handled)
            |\b(?:could|would|will|can|please)\s+(?:\w+\s+)?look\s+past\b
            |\b(?:not\s+sure|unsure|doubt)\s+(?:if\s+|whether\s+|that\s+)?i(?:\s+am|['’]m|\s+was)\s+(?:\w+\s+)?
            good\s+enough\b
            |\bi(?:['’]?m|\s+am)\s+(?:just\s+|really\s+|honestly\s+|always\s+|so\s+)?(?:(?:not|never)\s+(?:very\s+|that\s+
            |so\s+)?(?:good|great|confident)|terrible|hopeless|awful|bad|rubbish|useless)\s+(?:at|in)\s+(?:interview(?:s|ing)?|tests|exams)\b
            # "i always seem to let myself down", "probably not as strong as the other graduates"
            |\b(?:always|usually|often)\s+(?:seem\s+to\s+)?let\s+myself\s+down\b
            # "i know i'm nobody", "nowhere near the level of the artists you represent", "half
            # expecting you to laugh me out of the room"
            |\bi(?:['’]?m|\s+am)\s+(?:just\s+)?(?:a\s+)?nobody\b
            |\b(?:nowhere|not\s+anywhere|aren['’]t\s+anywhere|isn['’]t\s+anywhere)\s+near\s+the\s+level\s+of\b
            |\blaugh\s+me\s+out\s+of\b
            # "i know i'm probably not what you were hoping for", "far stronger people than me"
            |\b(?:probably|likely|clearly)\s+not\s+(?:what|who)\s+you\s+(?:were|are)\s+(?:hoping|looking)\s+for\b
            |\b(?:far|much|many)\s+(?:stronger|better|more\s+qualified)\s+(?:people|candidates|applicants)\s+than
            \s+me\b
            # "i'm sure you have met more impressive people for this position"
            |\b(?:met|seen|interviewed)\s+(?:far\s+|much\s+|many\s+)?(?:more\s+impressive|stronger|better
            |more\s+qualified|more\s+experienced)\s+(?:people|candidates|applicants)\b(?!\s+than\s+me\b)
            |\b(?:nobody|no\s+one|no-one)\s+else\s+to\s+turn\s+to\b|\bnowhere\s+else\s+to\s+turn\b
            # "i'm honestly hopeless under pressure"
            |\b(?:i['’]m|i\s+am)\s+(?:\w+\s+)?(?:hopeless|useless)\s+(?:under\s+pressure|in\s+interviews)\b
            |\bnot\s+fit\s+to\s+be\s+compared\s+with\b  # not fit to be compared with the others"""),
        "self-deprecation or hardship to win pity weakens your candidacy",
        WordGate(
            "candidate|choice|fit|person|applicant|pick best|strongest|most|ideal|perfect|first"
            "|obvious|top know|realize|realise|understand|may|might|probably|likely|if",
            "lowly|humble|simple just|only",
            "messed|bombed|blew|botched|flubbed",
            "hire one|nobody will|wants|want",
            "unemployed|jobless|out month|months|year|years",
            "unemployed|jobless|out since",
            "savings",
            "financially difficult|hard|tough|tight",
            "tight things home",
            "rent|mortgage|bills due",
            "rent|bills|mortgage afford|pay",
            "rejected|turned many|every|dozens|countless|times|again",
            "rent|bills|mortgage keep|keeping up",
            "candidates|applicants|people|graduates|interviewees|trainees other not as",
            "people like me get",
            "like give me",
            "like consider|considering|considered even me",
            "prove anything myself can|could",
            "rejections had|received|got|faced|after",
            "hopeless|useless pressure|interviews",
            "fit compared",
            "past look could|would|will|can|please",
            "enough good sure|unsure|doubt",
            "interview|interviews|interviewing|tests|exams at|in",
            "let myself down",
            "hoping|looking not what|who",
            "nobody",
            "level near",
            "met|seen|interviewed people|candidates|applicants impressive|stronger|better|qualified|experienced",
            "turn else",
            "laugh out",
            "me than people|candidates|applicants",
        ),
    ),
    (
        # Pressure, need and self-pity in other words than the groups above.
        _p(
            r"""\bif\s+i\s+(?:haven['’]t|have\s+not|don['’]t|do\s+not)\s+(?:yet\s+)?heard\s+(?:back\s*)?
            (?:from\s+you\s*)?(?:by\s+\w+\s*)?,?\s*i['’]?(?:ll|\s+will)\s+(?:call|ring|phone|chase)
            |\b(?:let\s+me\s+know|tell\s+me)\s+(?:\w+\s+){0,2}?by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday
            |sunday|the\s+weekend)\b(?!\s+(?:if|whether|what|which|when)\b)
            # (not "i'm not desperate to leave my current school": round 204)
            |\b(?:i['’]m|i\s+am)\s+(?!(?:not|never|hardly)\b)(?:\w+\s+)?(?:panicking|"""
            + alternatives("desperate")
            + r""")\b
            |\b(?:do\s+not|don['’]t|won['’]t|will\s+not)\s+need\s+(?:any\s+)?(?:(?:annual|paid)\s+)?(?:leave|holidays?|vacations?
            |time\s+off|days\s+off)\b
            # (round 227: not "I don't need any time off before Christmas, so I can start": the gap
            # before a start, availability)
            (?!\s+(?:before|between)\s+(?:christmas|new\s+year|i\s+start|starting|the\s+start|jobs|roles|then)\b)
            # "at your complete disposal" is a courtesy formula in many languages; with no
            # limit of hours it is neediness ("at your complete disposal, day or night")
            |\bat\s+your\s+(?:complete|entire|full|total|constant)\s+disposal\b
            (?=[^.!?\n]{0,40}?\b(?:day\s+or\s+night|any\s+(?:hour|time|day)|around\s+the\s+clock|24\s*/\s*7
            |weekends?|evenings?|nights?)\b)
            |\b(?:available|reachable|call\s+me|ring\s+me|phone\s+me|text\s+me|contact\s+me)\b[^.!?\n]{0,40}?\bday\s+or\s+night\b
            # (round 258: not "available immediately for day or night shifts": shifts of either kind)
            (?!\s+(?:shifts?|work|duty|duties|rotas?|rotations?|positions?|roles?)\b)
            # (round 245: "willing to work any shift, including nights, weekends and holidays")
            |\b(?:work|take|do)\s+any\s+shift\s*,?\s+including\s+(?:nights?|weekends?|holidays?|public|bank|statutory|every)\b
            # (round 244: "I'll work any night you put me on")
            |\b(?:work|take|do)\s+(?:literally\s+)?(?:any|whatever)\s+(?:shift|shifts|hours|night|nights|weekend|weekends)
            (?:\s+(?:or|and)\s+(?:weekends?|nights?|shifts?|days?|holidays?))?\s+(?:you|u|they)(?:['’]ve)?\s+(?:need|give|offer
            |have|want|got|put\s+me\s+on)\b  # round 220: "I'd honestly work any shift you put me on"
            # "come in for a week unpaid", "an unpaid trial week"
            |\b(?:a|one|two|three|a\s+few|\d+)\s+(?:days?|weeks?|shifts?)\s+unpaid\b
            |\bunpaid\s+(?:trial|shifts?|days?|weeks?)\b|(?<!\bthe\s)(?<!\byour\s)\btrial\s+(?:shift|day|week)s?\s+(?:(?:for\s+)?free|without\s+(?:any\s+)?pay)\b
            |\bunpaid\s+if\s+(?:that|it)\s+(?:helps|would\s+help)\b
            |\bunpaid\s+if\s+(?:needed|necessary|need\s+be|required)\b
            |\b(?:days?|weeks?|shifts?)\s+or\s+(?:two|three|so)\s+unpaid\b  # "another week or two unpaid"
            |\bput\s+me\s+out\s+of\s+my\s+misery\b
            |\bgone\s+through\s+(?:most\s+of\s+|all\s+(?:of\s+)?)?my\s+savings\b
            |\b(?:payments?|months?)\s+behind\s+on\b|\bbehind\s+on\s+(?:the\s+|my\s+)?(?:rent|mortgage|bills)\b
            |\bif\s+that['’]?s\s+what\s+it\s+takes\b
            |\b(?:fees|loan|rent|mortgage|family)\s+(?:\w+\s+){0,3}?depends?\s+on\s+(?:me|my\s+(?:being|getting))
            # "i would be grateful for an answer today if at all possible"
            |\b(?:grateful\s+for|appreciate)\s+(?:an?|your)\s+(?:answer|decision|response|reply)\s+(?:today|tonight
            |tomorrow|asap|as\s+soon\s+as\s+possible)\b
            # "please, i ask you, give me one more chance"
            |\bgive\s+me\s+(?:one\s+more|another|a\s+second|just\s+one(?:\s+more)?)\s+chance\b
            # round 178: "Could you please give me an answer today", "the waiting is becoming very
            # hard for me"
            |\b(?:give|send)\s+me\s+(?:an?|your)\s+(?:answer|decision|response|reply)\s+(?:today|tonight|asap
            |as\s+soon\s+as\s+(?:possible|you\s+can))\b
            |\bthe\s+waiting\s+(?:is|has\s+been)\s+(?:becoming\s+|getting\s+)?(?:very\s+|so\s+|really\s+|quite\s+)?
            (?:hard|difficult|unbearable|agony|torture|killing\s+me|too\s+much)\b
            # round 218: "the uncertainty is weighing heavily on my family"
            |\b(?:uncertainty|waiting|wait)\s+(?:is|has\s+been)\s+weighing\s+(?:heavily\s+|hard\s+)?on\s+(?:me|us|my\s+family
            |my\s+(?:wife|husband|partner|kids|children))\b
            # round 211: "as I am finding the waiting hard"
            |\bfinding\s+the\s+wait(?:ing)?\s+(?:very\s+|so\s+|really\s+|quite\s+|rather\s+)?(?:hard|difficult
            |unbearable|tough|agonising|agonizing)\b
            # "to be honest i really need it too, since my hours got cut"
            |\bi\s+(?:really|truly|badly|desperately)\s+need\s+it(?:\s+too)?(?:\s*,\s*|\s+)(?:since|because|as|badly)\b
            # "i just really need to be part of this"
            |\b(?:just\s+|really\s+){1,2}need\s+to\s+be\s+(?:a\s+)?part\s+of\s+(?:this|it|your|the)\b
            # "my landlord is asking for proof of employment"
            |\bmy\s+landlord\s+(?:is\s+)?(?:asking|wants|needs|chasing|waiting)\b
            # "in urgent need of a job"
            |\b(?:urgent|desperate|dire|real|great)\s+need\s+(?:of|for)\s+(?:a\s+|this\s+)?(?:job|work|employment
            |income)\b
            # "available any day and any hour", "ready to leave any other commitment to join"
            |\bavailable\s+(?:at\s+)?any\s+(?:day|time)\s+(?:and|or|,)\s+(?:at\s+)?any\s+(?:hour|time)\b
            |\b(?:leave|drop|give\s+up|cancel|abandon)\s+(?:any|all|every)\s+(?:other\s+)?(?:commitments?
            |plans?|obligations?)\s+(?:to|for)\b
            # "i turned down another offer on friday so that i could wait for yours", "i'd hate
            # to think that was all for nothing"
            |\bturned\s+down\s+(?:another|an|a|two|three|other)\s+(?:[\w-]+\s+)?(?:offers?|interviews?|jobs?)\s+
            (?:(?:on\s+\w+|this\s+week|last\s+week|already)\s+)?
            (?:so\s+(?:that\s+)?i\s+(?:could|can|would)\s+wait|to\s+wait|in\s+order\s+to\s+wait
            # round 274: "turned down another offer while waiting for this", "to keep myself available"
            |while\s+waiting\s+(?:for|on)\s+(?:this|you|yours|your|a\s+decision)|to\s+keep\s+(?:myself|me)\s+(?:available|free))\b
            # "nothing would make me happier than a yes. even a rough sense of when you'll decide
            # would put my mind at ease"
            |\bnothing\s+would\s+make\s+me\s+(?:happier|more\s+happy)\s+than\s+(?:a\s+yes|an\s+offer|getting\s+(?:the|this)
            \s+(?:job|offer|role))\b
            |\b(?:when\s+you['’]?(?:ll|\s+will)?\s+decide|your\s+decision|(?:the\s+)?timing|(?:the\s+)?timeline)\s+
            (?:would|will)\s+(?:really\s+|truly\s+|honestly\s+)?put\s+my\s+mind\s+at\s+(?:ease|rest)\b
            |\bhate\s+to\s+think\s+(?:that\s+)?(?:it|that|this)\s+(?:was|is|has\s+been)\s+(?:all\s+)?for\s+nothing\b
            # "please, i ask you to answer me quickly, because my permit depends of having a contract"
            |\b(?:answer|reply\s+to|respond\s+to)\s+me\s+(?:very\s+)?(?:quickly|fast|soon|urgently|asap)\b
            |\bmy\s+(?:visa|permit|work\s+permit|residence\s+permit|status)\s+depends\s+(?:on|of)\b
            |\b(?:open|check)\s+my\s+(?:e-?mail|inbox|phone)\s+every\s+(?:morning|evening|day|hour|night)\s+and\s+
            every\b
            # "i'd be happy to do the first three months for free", "honestly any hours you need"
            |\b(?:do|work)\s+(?:the\s+)?(?:first\s+)?(?:\w+\s+){0,2}?(?:months?|weeks?|days?|shifts?)
            (?:\s+or\s+(?:two|three|so))?\s+(?:for\s+free  # round 204: "the first week or two for free"
            |unpaid|without\s+(?:pay|salary|wages?))\b
            # round 200: "willing to do one or two weeks of on-the-job training without salary"
            |\b(?:do|work)\s+(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+){0,4}?(?:months?|weeks?|days?|shifts?)\s+of\s+
            (?:[\w-]+\s+){0,2}?(?:training|work|trial|probation)\s+(?:for\s+free|unpaid|without\s+(?:pay|salary
            |wages?))\b
            # "i would gladly accept a grade 4 post or a temporary contract instead, on any terms"
            |\b(?:accept|take|join|start)\b[^.!?\n]{0,80}?\bon\s+any\s+terms\b
            |\bany\s+hours\s+(?:you|u)\s+(?:need|want|like)\b
            |\bon\s+call\s+every\s+(?:weekend|night|evening)\b  # "i don't mind being on call every weekend"
            |\b(?:would|['’]d)\s+give\s+anything\s+to\b  # "i would give anything to teach at lincoln"
            # "i've already told my whole family ... that i'm your new sous chef", "it would
            # honestly crush me", "i cannot face telling him no again"
            |\btold\s+(?:my\s+(?:whole\s+|entire\s+)?(?:family|friends|parents|crew|mum|mom|dad|wife|husband|partner)
            |everyone|everybody)\b[^.!?\n]{0,80}?\b(?:i['’]?m\s+your\s+new|i\s+got\s+(?:it|the\s+job)|i['’]ve\s+got\s+the
            \s+job|i['’]m\s+starting)
            |\b(?:would|will)\s+(?:honestly\s+|really\s+|absolutely\s+)?(?:crush|devastate|destroy)\s+me\b
            |\bcan(?:not|['’]t)\s+face\s+telling\s+(?:him|her|them|my\s+\w+)\b
            # "without this position i will have to leave academia", "please, not to let that happen"
            |\bwithout\s+this\s+(?:job|position|role|post|offer)\s*,?\s+i\s+(?:will|would|['’]ll)\s+(?:have\s+to|be
            \s+forced\s+to|lose)\b
            |\bplease\s*,?\s+(?:do\s+)?not\s+(?:to\s+)?let\s+(?:that|this|it)\s+happen\b
            |\b(?:answer|reply|response|decision|news)\b[^.!?\n]{0,40}?\bwould\s+mean\s+the\s+world\b
            |\bplease\s*,?\s+(?:do\s+not|don['’]?t)\s+(?:reject|turn\s+down|dismiss|discard)\s+(?:me|my)\b
            # "refreshed my inbox more times than i'd like to admit", "i've really set my heart on this"
            |\brefresh(?:ed|ing)?\s+my\s+(?:inbox|e-?mail|phone)\s+(?:(?:rather|far|a\s+lot|much|way)\s+)?(?:more\s+(?:times\s+)?than|most\s+of\s+the\s+(?:day
            |afternoon|morning|evening|night|week))\b
            # "a one-line update today or tomorrow would put my mind at rest"
            |\b(?:update|answer|word|news|reply|decision)\s+(?:by\s+)?(?:today|tomorrow|tonight|this\s+week|soon|quickly)
            (?:\s+or\s+(?:today|tomorrow|tonight))?\s+would\s+(?:really\s+|truly\s+)?put\s+my\s+mind\s+at\s+(?:ease|rest)\b
            # "anything you can do to move things along quickly would mean the world to me"
            |\b(?:quickly|soon|fast|along|asap)\b[^.!?\n]{0,30}?\bwould\s+mean\s+the\s+world\b
            |\bset\s+my\s+heart\s+on\b
            # "anything you could tell me before then would take a real weight off my shoulders"
            |\b(?:take|lift)\s+(?:a\s+)?(?:real\s+|huge\s+|great\s+|massive\s+|big\s+)?weight\s+off\s+my\s+(?:shoulders
            |mind)\b
            # "i am not in a position to be choosy at the moment"
            |\b(?:not\s+(?:in\s+a\s+position|able)|can(?:not|['’]t)\s+afford)\s+to\s+be\s+(?:choosy|picky|fussy
            |selective)\b
            # "i'm not sure how many more of these i have in me", "how much longer i can keep going"
            |\bhow\s+many\s+more\s+(?:of\s+these|rejections|interviews|knock-?backs)\s+i\s+(?:have\s+in\s+me
            |can\s+take|can\s+handle)\b
            |\bhow\s+(?:much\s+)?longer\s+i\s+can\s+(?:keep\s+(?:going|this\s+up)|hold\s+on|last|cope)\b
            # "i'd be grateful for anything your team could offer", "an old dinosaur like me",
            # "if you could find it in yourself to give an old hand a chance"
            |\bgrateful\s+for\s+anything\s+(?:at\s+all\s+)?(?:you|your\s+team|your\s+firm)\s+(?:could|can|might)\s+offer\b
            |\b(?:old\s+)?(?:dinosaur|fossil|has-been)\s+like\s+me\b
            |\bfind\s+it\s+in\s+(?:yourself|your\s+heart)\s+to\b
            # "i really need a yes or no by tomorrow afternoon"
            |\b(?:need|have\s+to\s+have|must\s+have)\s+(?:a\s+yes\s+or\s+(?:a\s+)?no|an\s+answer\s+either\s+way)\s+
            (?:from\s+you\s+)?(?:by|before)\b
            # "the one application i've let myself hope on, and a yes would change things for my family"
            |\bthe\s+(?:one|only)\s+(?:application|job|role|position)\s+i['’]?(?:ve|\s+have)\s+let\s+myself\s+hope\b
            |\b(?:a\s+yes|an\s+offer|this\s+(?:job|role|position)|the\s+(?:job|role|position))\s+would\s+change
            \s+(?:things|everything|my\s+life|our\s+lives)\s+for\s+(?:me|us|my\s+family)\b
            # round 158: "An answer this week would make a world of difference to us"
            |\b(?:an?\s+(?:quick\s+|early\s+|fast\s+)?(?:answer|decision|reply|response|yes|offer)|hearing\s+back)\b
            [^.!?\n]{0,25}?\bwould\s+(?:make\s+(?:a|all\s+the)\s+(?:world\s+of\s+|huge\s+|big\s+|real\s+)?difference
            |mean\s+the\s+world)\s+(?:to|for)\s+(?:me|us|my\s+family|our\s+family)\b
            # round 164: "I apologise if my answers wasted your time", "I'm sorry to send yet
            # another email", "I can be flexible on anything", "I'll make myself available at any
            # hour", "my family holiday in August, I'm happy to cancel it", "I've put my other
            # applications on hold"
            |\b(?:sorry|apologi[sz]e)\s+(?:if|that)\s+(?:my\s+(?:answers?|interview)|i)\s+(?:wasted|took\s+up)\s+
            (?:so\s+much\s+of\s+)?your\s+time\b
            |\bsorry\s+to\s+(?:send|bother\s+you\s+with)\s+yet\s+another\s+(?:e-?mail|message|note)\b
            # round 246: "I request you to please review my candidature one more time", "at a lower
            # stipend if required"
            |\b(?:request|ask|beg)\s+you\s+to\s+(?:please\s+|kindly\s+)?(?:review|reconsider)\s+my\s+(?:candidature|candidacy
            |application|profile)\b
            |\bat\s+a\s+lower\s+(?:stipend|salary|pay|rate|wage|package)\s+if\s+(?:required|needed|necessary|that\s+helps)\b
            # round 245: "sorry to bug u again", "Circling back once more"
            |\bsorry\s+to\s+(?:bug|bother|chase|pester|trouble)\s+(?:you|u)\s+again\b
            |\bcircling\s+back\s+(?:once\s+more|again|one\s+more\s+time)\b
            |\bflexible\s+(?:on|about|with)\s+(?:anything|everything)\b
            |\bmake\s+myself\s+available\s+at\s+any\s+(?:hour|time)\b
            |\b(?:holiday|vacation|trip)\b[^.!?\n]{0,60}?\b(?:happy|willing|glad|ready)\s+to\s+(?:cancel|drop|skip)
            \s+it\b
            |\bput\s+(?:all\s+)?(?:my\s+)?(?:other\s+)?(?:applications|interviews|job\s+search)\s+on\s+hold\b
            # rounds 203 and 204: money running out, a family's hopes, clinging on, a plea for
            # any way in, a clock that counts every day, unpaid work, a lower band, any pay
            |\bdown\s+to\s+my\s+last\s+(?:[\w-]+\s+){0,4}?(?:savings|pounds|dollars|euros|rand|money|cash)\b
            |\b(?:would|will)\s+mean\s+(?:so\s+much|a\s+lot|the\s+world|everything)\s+to\s+(?:me\s+and\s+)?my\s+
            (?:family|kids|children|wife|husband|mum|mom|parents)\b
            |\bclinging\s+(?:on\s+)?to\s+(?:this|the)\s+(?:one|job|role|chance|opportunity|hope)\b
            |\banything\s+(?:at\s+all\s+)?(?:that\s+)?i\s+can\s+do\s+to\s+(?:get\s+over\s+the\s+line|get\s+(?:this|the)\s+
            (?:job|role|position)|change\s+(?:your|their)\s+mind|improve\s+my\s+chances|secure\s+(?:this|the|it))\b
            |\bevery\s+(?:single\s+)?day\s+(?:now\s+)?counts\b
            |\bno\s+pay(?:ment)?\s+(?:needed|necessary|required)\b
            |\bi\s+(?:just|only)\s+want\s+(?:to\s+get\s+)?(?:a|my)\s+foot\s+in\s+(?:the|your)\s+door\b
            |\bi\s+(?:just|only)\s+want\s+to\s+get\s+in\s+the\s+door\b
            |\bi(?:['’]d|\s+would|['’]ll|\s+will|\s+can)\s+(?:happily\s+|gladly\s+)?(?:take|accept)\s+a\s+(?:lower|smaller
            |reduced|more\s+junior)\s+(?:band|grade|salary|rate|level|title|wage|role|position)\b
            # round 205: "ready to join on any package they decide", "my family is depending on this
            # job", "kindly request them to select me"
            |\b(?:join|work|start|accept)\s+(?:[\w-]+\s+){0,2}?(?:on|at|for)\s+any\s+(?:package|salary|pay|terms
            |offer|stipend|rate|amount)\b
            |\bmy\s+(?:family|kids|children|wife|husband|parents)\s+(?:is|are)\s+(?:depending|relying|counting)\s+on\s+
            (?:this|the|me\s+getting)\b
            |\b(?:kindly|please)\s+(?:request|ask)\s+(?:them|the\s+client)\s+to\s+select\s+me\b
            # round 206: "I'm honestly happy to take any shifts at all"
            |\b(?:happy|willing|glad|ready|able)\s+to\s+(?:take|do|work|cover)\s+any\s+(?:shifts?|hours)\s+at\s+all\b
            |\bwhatever\s+(?:base|salary|pay|comp|compensation|package|rate|wage|offer)(?:\s+and\s+\w+)?\s+you\s+
            (?:think|feel|consider|decide|deem)\s+(?:is\s+)?(?:fair|appropriate|right|reasonable)\b"""
        ),
        "pressing for an answer or pleading hardship reads as needy",
        WordGate(
            "heard call|ring|phone|chase",
            "sorry|apologise|apologize time wasted|took",
            "sorry another yet",
            "again bug|bother|chase|pester|trouble",
            "you review|reconsider my",
            "lower stipend|salary|pay|rate|wage|package if",
            "back once|again|one",
            "flexible anything|everything",
            "myself available any hour|time",
            "holiday|vacation|trip cancel|drop|skip happy|willing|glad|ready",
            "hold put applications|interviews|search",
            "last down savings|pounds|dollars|euros|rand|money|cash",
            "mean would|will family|kids|children|wife|husband|mum|mom|parents",
            "clinging one|job|role|chance|opportunity|hope",
            "anything can do line|job|role|position|mind|chances|secure",
            "counts every day",
            "pay|payment no needed|necessary|required",
            "foot want door",
            "any join|work|start|accept package|salary|pay|terms|offer|stipend|rate|amount",
            "depending|relying|counting my family|kids|children|wife|husband|parents",
            "select request|ask kindly|please",
            "all any happy|willing|glad|ready|able shift|shifts|hours",
            "door want get",
            "lower|smaller|reduced|junior take|accept band|grade|salary|rate|level|title|wage|role|position",
            "whatever you fair|appropriate|right|reasonable base|salary|pay|comp|compensation|package|rate"
            "|wage|offer",
            "difference|world would answer|decision|reply|response|yes|offer|hearing",
            "know|tell by monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend",
            f"panicking|{alternatives('desperate')}",
            "need leave|holiday|holidays|vacation|vacations|time|days",
            "disposal complete|entire|full|total|constant",
            "night day or",
            "any|whatever shift|shifts|hours|night|nights|weekend|weekends work|take|do",
            "unpaid",
            "free trial",
            "trial without pay",
            "misery",
            "savings gone through",
            "behind on",
            "takes what if",
            "depend|depends fees|loan|rent|mortgage|family",
            "available any day|time hour|time",
            "need urgent|desperate|dire|real|great job|work|employment|income",
            "landlord my asking|wants|needs|chasing|waiting",
            "part need just|really be of",
            "chance give me more|another|second|one",
            "answer|decision|response|reply grateful|appreciate today|tonight|tomorrow|asap|possible",
            "answer|decision|response|reply give|send today|tonight|asap|possible|can",
            "waiting hard|difficult|unbearable|agony|torture|killing|much",
            "finding wait|waiting hard|difficult|unbearable|tough|agonising|agonizing",
            "weighing uncertainty|waiting|wait",
            "need really|truly|badly|desperately it since|because|as|badly",
            "commitment|commitments|plans|plan|obligation|obligations any|all|every"
            " leave|drop|give|cancel|abandon",
            "offer|offers|interview|interviews|job|jobs turned wait|waiting|keep",
            "nothing happier|happy than",
            "mind ease|rest put",
            "nothing hate",
            "me answer|reply|respond quickly|fast|soon|urgently|asap",
            "depends visa|permit|status",
            "every open|check email|mail|inbox|phone",
            "refresh|refreshed|refreshing inbox|email|mail|phone more|most",
            "mind put update|answer|word|news|reply|decision ease|rest",
            "world mean quickly|soon|fast|along|asap",
            "heart set",
            "weight off take|lift",
            "choosy|picky|fussy|selective be to",
            "many how more",
            "longer how can",
            "anything grateful offer",
            "like me dinosaur|fossil|been",
            "find it in yourself|heart",
            "need|have yes|answer no|either by|before",
            "hope let myself",
            "change would things|everything|life|lives me|us|family",
            "free|unpaid|pay|salary|wage|wages month|months|week|weeks|day|days|shift|shifts do|work",
            "terms any accept|take|join|start",
            "hours any need|want|like",
            "call every weekend|night|evening",
            "anything give",
            "told",
            "me crush|devastate|destroy",
            "face telling",
            "without this",
            "happen let please",
            "world mean",
            "please reject|turn|dismiss|discard",
        ),
    ),
    # The wordings found in blind rounds 117 to 122, apart from the group above so that its
    # long pattern runs only where its own words are.
    (
        _p(r"""# "securing this post is, quite simply, essential for me"
            \b(?:securing|getting|landing|winning)\s+(?:this|the)\s+(?:post|role|job|position)\s+is\b[^.!?\n]{0,30}?
            \b(?:essential|vital|crucial|critical)\s+(?:for|to)\s+me\b
            # "eleven months and well over two hundred applications since my last role"
            |\bapplications\s+since\s+(?:my\s+last|i\s+(?:left|lost|was|graduated|finished))\b
            # round 122: "reach a decision as quickly as possible, as we are relying on my securing a
            # post soon", "it has worn on me", "each rejection makes the next application harder",
            # "any chance you can give me", "start at the bottom of it or even below", "i'd rather
            # not lose it over a few thousand euro", "the role matters more to me than the figure",
            # "i would cover the move to denver myself", "join in any capacity at all", "i sent
            # notes on the 6th and again on the 12th"
            |\b(?:reach|make|come\s+to)\s+(?:a|your|the)\s+decision\s+(?:as\s+(?:quickly|soon)\s+as\s+possible
            |urgently)\b
            |\brelying\s+on\s+(?:my|me)\s+(?:securing|getting|finding|landing)\b
            # (not "emailed it to them with each rejection": a clerk's work, round 273)
            |\b(?:has|have)\s+worn\s+on\s+me\b
            |\beach\s+rejection\s+(?:makes|made|has\s+made|hurts|hurt|gets|knocks|stings|stung|takes|took|leaves|left
            |feels|felt|is|was|has)\b
            |\bany\s+chance\s+you\s+(?:can|could)\s+give\s+me\b
            |\bat\s+the\s+bottom\s+of\s+(?:it|the\s+(?:band|range|scale))\s+or\s+(?:even\s+)?below\b
            |\brather\s+not\s+lose\s+(?:it|the\s+(?:role|job|offer|post))\s+over\b
            |\bmatters\s+more\s+to\s+me\s+than\s+the\s+(?:figure|money|salary|number|pay)\b
            |\b(?:cover|pay\s+for|fund)\s+(?:the|my)\s+(?:move|relocation)\s+(?:[\w-]+\s+){0,3}?myself\b
            |\bany\s+capacity\s+at\s+all\b
            |\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+and\s+again\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"""),
        "pressing for an answer or pleading hardship reads as needy",
        WordGate(
            "essential|vital|crucial|critical securing|getting|landing|winning me",
            "applications since",
            "decision reach|make|come possible|urgently",
            "relying on securing|getting|finding|landing",
            "worn on me",
            "rejection each",
            "chance any give you me",
            "bottom below",
            "rather lose over",
            "matters more than figure|money|salary|number|pay",
            "myself cover|pay|fund move|relocation",
            "capacity any at all",
            "again on the",
        ),
    ),
    # Round 124: need told in the writer's own words: money running out, counting the days,
    # no other prospects, self-pity over rejections, a plea to overlook something.
    (
        _p(r"""# "not sure how i'll cover the rent", "keep a roof over my kids' heads"
            \bhow\s+(?:i|we)(?:['’]ll|\s+will|\s+can|['’]m\s+going\s+to|\s+am\s+going\s+to)\s+(?:cover|pay|make)
            \s+(?:the|my|our|next\s+month['’]s)\s+(?:rent|mortgage|bills)\b
            |\broof\s+over\s+(?:my|our)\s+(?:(?:kids|children|family|daughter|son|girls|boys)['’]?s?\s+)?heads\b
            # "my redundancy pay is nearly gone"
            |\bmy\s+(?:redundancy|severance|savings|money|unemployment|benefits?)\s+(?:pay\s+|money\s+)?(?:is|are|has|have)
            \s+(?:nearly\s+|almost\s+|all\s+but\s+|just\s+about\s+|already\s+|now\s+)?(?:gone|run\s+out|running\s+out
            |used\s+up|dried\s+up|spent)\b
            # "eleven days, and i've been counting every one of them", "would let me breathe again"
            |\bcounting\s+every\s+(?:one|day|hour|minute)\b
            |\blet\s+me\s+(?:finally\s+)?(?:breathe|sleep)\s+(?:again|easy|easier)\b
            # "i've checked the careers portal status most mornings since", "so i won't miss your call"
            # (round 211: "refreshing the recruitment portal every hour"; not "At Halden I checked the
            # supplier portal every morning")
            |\b(?:checked|checking|check|refreshed|refreshing|refresh)\s+(?:the|my)\s+(?!supplier|vendor|customer|client
            |patient|partner|booking|order)(?:[\w-]+\s+){0,3}?(?:portal|status|inbox|email|e-mail|phone
            |voicemail)\s+(?:most|every|each)\s+(?:morning|day|hour|night|evening)s?\b
            |\bso\s+(?:that\s+)?i\s+(?:won['’]t|don['’]t|do\s+not|will\s+not)\s+miss\s+your\s+(?:call|email|e-mail|message)\b
            # "i have no other prospects at this point", "yours is the only one that has invited me"
            |\b(?:i\s+have|i['’]ve\s+got|i\s+have\s+got)\s+no\s+other\s+(?:prospects|options|leads)\b
            |\bthe\s+only\s+one\s+(?:that|which|who)\s+(?:has\s+)?(?:invited|called|asked|given)\s+me\b
            |\bapplied\s+(?:to|for)\s+(?:more\s+than\s+|over\s+|nearly\s+|close\s+to\s+|about\s+|almost\s+)?
            (?:\d{2,}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds\s+of|dozens\s+of)
            \s+(?:[\w-]+\s+)?(?:firms|companies|jobs|roles|positions|places|employers|schools|hospitals|practices)\b
            # round 269: "this role matters to me more than I can easily say", "I want this role
            # more than I can put into words" (not "your answer moved me more than I can say")
            |\b(?:(?:means|matters)\s+(?:more\s+to\s+me|to\s+me\s+more)
            |(?:want|need)\s+(?:this|the)\s+(?:role|job|position|post|opportunity|place|offer)\s+more)
            \s+than\s+i\s+can\s+(?:easily\s+)?(?:say|express|put\s+into\s+words)\b
            # round 272: "I promise I will make it worth it"
            |\bi\s+promise\s+(?:you\s+)?(?:that\s+)?(?:i\s+will|i['’]ll)\s+make\s+it\s+worth\s+(?:it|your\s+while)\b
            # "why i've been passed over so many times this year", "that always seems to happen to me"
            |\bpassed\s+over\s+(?:so\s+many|countless|too\s+many|again\s+and\s+again|time\s+after\s+time)\b
            |\b(?:rejected|turned\s+down)\s+(?:so\s+many\s+times|countless\s+times|too\s+many\s+times
            |again\s+and\s+again|time\s+after\s+time)\b
            |\balways\s+(?:seems\s+to\s+)?happens?\s+to\s+me\b
            # "if you could see past my age just this once"
            |\bsee\s+past\s+my\s+(?:age|gap|record|history|inexperience|background|years|mistakes?)\b
            |\bjust\s+this\s+once\b
            # round 131, in formal words: "i should be obliged for an early decision", "i find i
            # have real need of this position"
            |\bobliged\s+for\s+an?\s+(?:early|prompt|speedy|quick|swift|immediate)\s+(?:decision|reply|answer|response)\b
            |\b(?:have|has)\s+(?:real|great|urgent|dire|pressing|sore)\s+need\s+of\s+(?:this|the|a)\s+(?:position|job|post
            |role|work|income)\b
            # round 133: "i really need to land something soon"
            |\b(?:really|desperately|badly|urgently|seriously)\s+need\s+to\s+(?:land|find|get|secure)\s+(?:something
            |a\s+job|work|anything)\b
            # round 138: "a lower base than the number we discussed", "just to get a roster spot",
            # "turned down eleven times", "i'm not as useless as i must have sounded"
            |\ba\s+lower\s+(?:base|salary|rate|wage|package)\s+than\s+(?:the\s+(?:number|figure|one|range|band)|what|we)\b
            |\bjust\s+to\s+get\s+(?:a\s+|my\s+)?(?:foot\s+in\s+the\s+door|roster\s+spot|look-?in)\b
            |\b(?:rejected|turned\s+down)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen
            |twenty|thirty|dozens\s+of)\s+times\b
            |\bnot\s+as\s+(?:useless|hopeless|stupid|incompetent|clueless)\s+as\s+i\b
            # round 149: "even a quick yes or no by monday would take a huge weight off me", "even a
            # rejection would be better than not knowing", "i've turned down another process to wait
            # on this one"
            |\btake\s+an?\s+(?:huge|big|massive|great|real|enormous)\s+weight\s+off\s+(?:me|my\s+(?:mind|shoulders))\b
            |\b(?:even\s+a\s+(?:rejection|no)|a\s+no)\s+(?:would\s+be|is)\s+better\s+than\s+(?:not\s+knowing|nothing
            |silence|waiting)\b
            |\brather\s+hear\s+(?:something|anything|a\s+no)\s+than\s+nothing\b
            # round 153: "i have been on tenterhooks waiting and can't really focus on anything else"
            # round 245: "I've already cancelled the week at the lake", "I've postponed the trip";
            # money worries ("things have been tight", not theirs: "I know things have been tight
            # for the department"); a phone on loud; twenty places applied to; a word that would
            # be a weight off
            |\bi(?:['’]ve|\s+have)\s+(?:already\s+|now\s+|even\s+)?(?:cancelled|canceled|postponed|called\s+off)\s+
            (?:the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:trip|holiday|vacation|break|getaway|week\s+(?:at|in|away))\b
            |(?<!\bknow\s)(?<!\bthat\s)(?<!\bunderstand\s)\bthings\s+have\s+been\s+(?:really\s+|very\s+|a\s+bit\s+|pretty\s+)?
            tight\b(?!\s+(?:for|on|in|at)\s+(?:the|your|you|their)\b)
            |\bphone\s+on\s+loud\b
            |\bapplied\s+(?:to|for)\s+(?:like\s+|about\s+|around\s+)\d+\s+(?:places|jobs|roles|positions)\b
            |\b(?:any\s+(?:word|news|update|reply)|(?:even\s+)?a\s+(?:one-line|quick|short|brief)\s+(?:reply|update|answer|note))
            \s+(?:at\s+all\s+)?would\s+(?:put\s+my\s+mind\s+at\s+ease|be\s+a\s+(?:huge\s+|big\s+|real\s+)?(?:relief|weight\s+off))
            # round 244: "I'm starting to get worried", "I really can't afford to let this one slip by"
            # (not a worry about something else: "starting to feel anxious about the commute")
            |\bi['’]?m\s+(?:starting|beginning)\s+to\s+(?:get|feel)\s+(?:a\s+bit\s+|really\s+|quite\s+|very\s+)?(?:worried
            |anxious|desperate|panicky)\b(?:(?=[.,;!]|$)|(?=[ \t](?:now|waiting|about[ \t](?:it|this|the[ \t](?:decision
            |outcome|wait|silence)))\b))
            |(?<!\bwe\s)(?<!\bthey\s)(?<!\byou\s)\bcan['’]?t\s+afford\s+to\s+(?:let\s+this\s+(?:one\s+|chance\s+
            |opportunity\s+)?(?:slip|go|pass)|(?:lose|miss)\s+this\s+(?:one|chance|job|opportunity|role|position)\b)
            |\bon\s+tenterhooks\b|\bcan['’]?t\s+(?:really\s+)?(?:focus|think)\s+(?:on|about)\s+anything\s+else\b
            |\bturned\s+down\s+(?:another|an\s+other|other)\s+(?:process|offer|job|role|interview)s?\s+to\s+wait\b
            # round 147: "i've sent over three hundred applications", "i'm starting to think the
            # problem is me"
            |\b(?:sent|submitted|filled\s+in|filled\s+out|done)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|well\s+over\s+)?
            (?:\d{2,}|hundreds\s+of|dozens\s+of|(?:two|three|four|five|a)\s+hundred)\s+(?:job\s+)?applications\b
            |\bthink\s+(?:that\s+)?the\s+problem\s+is\s+me\b
            |\bi\s+(?:just\s+)?need\s+to\s+(?:land|find|get|secure)\s+(?:something|a\s+job|work|anything)\s+(?:soon|quickly|fast
            |asap|now|right\s+away)\b"""),
        "pleading hardship or pity reads as needy",
        WordGate(
            "rent|mortgage|bills how cover|pay|make",
            "roof over heads",
            "gone|run|running|used|dried|spent my redundancy|severance|savings|money|unemployment|benefit|benefits",
            "counting every",
            "breathe|sleep let me",
            "checked|checking|check|refreshed|refreshing|refresh most|every|each",
            "miss so your",
            "prospects|options|leads no other",
            "invited|called|asked|given only one me",
            "applied firms|companies|jobs|roles|positions|places|employers|schools|hospitals|practices",
            "means|matters|want|need more than",
            "promise worth make",
            "passed over",
            "rejected|turned so|countless|too|again|time",
            "happen|happens always me",
            "past see my",
            "once just this",
            "obliged for early|prompt|speedy|quick|swift|immediate",
            "need of real|great|urgent|dire|pressing|sore",
            "need really|desperately|badly|urgently|seriously land|find|get|secure",
            "need soon|quickly|fast|asap|now|away land|find|get|secure",
            "lower than base|salary|rate|wage|package",
            "just get to",
            "times rejected|turned",
            "useless|hopeless|stupid|incompetent|clueless not as",
            "applications sent|submitted|filled|done",
            "weight off take",
            "better than rejection|no",
            "rather hear than nothing",
            "tenterhooks",
            "starting|beginning worried|anxious|desperate|panicky",
            "afford lose|miss|let",
            "cancelled|canceled|postponed|called trip|holiday|vacation|break|getaway|week",
            "have been tight",
            "on loud",
            "to like|about|around places|jobs|roles|positions",
            "would ease|relief|weight word|news|update|reply|answer|note",
            "focus|think anything else",
            "turned down wait",
            "problem think me",
        ),
    ),
    # Round 168: chasing told in numbers, hardship, guilt and "any shift, any station".
    (
        _p(r"""\bcan(?:['’]?t|not)\s+stop\s+(?:refreshing|checking)\s+my\s+(?:inbox|e-?mail|phone|voicemail)\b
            |\b(?:third|fourth|fifth|sixth)\s+(?:message|e-?mail|voicemail|call|note)\s+(?:since|this\s+week
            |in\s+(?:two|three|four|a)\s+(?:days|week))\b
            |\bi\s+know\s+i['’]?m\s+(?:being\s+)?(?:a\s+)?(?:nuisance|pest|pain)\b
            |\bplease\s+(?:just\s+)?(?:reply|respond|answer)\s+(?:as\s+soon\s+as|when(?:ever)?)\s+you\s+see\s+this\b
            |\bweigh\s+(?:that|this|my|the|those|these)\s+sacrifices?\b
            |\b(?:cancell?ed|missed|skipped)\s+my\s+(?:[\w'’-]+\s+){0,3}?(?:birthday|wedding|funeral|anniversary
            |holiday|honeymoon)(?:\s+party)?\s+to\s+(?:attend|make|be\s+at|come\s+to)\b
            |\b(?:i['’]?m|im|i\s+am)\s+(?:literally\s+|completely\s+|totally\s+|flat\s+|stone\s+|so\s+)?broke\b
            |\b(?:lose|losing)\s+my\s+(?:room|flat|house|home|apartment|place)\s+(?:if|unless|soon)\b"""),
        "chasing, guilt or hardship told to win an answer reads as needy",
        WordGate(
            "stop refreshing|checking inbox|email|mail|phone|voicemail",
            "third|fourth|fifth|sixth message|email|mail|voicemail|call|note",
            "know nuisance|pest|pain",
            "please reply|respond|answer see this",
            "weigh sacrifice|sacrifices",
            "cancelled|canceled|missed|skipped birthday|wedding|funeral|anniversary|holiday|honeymoon",
            "broke",
            "lose|losing room|flat|house|home|apartment|place",
        ),
    ),
    # Round 175: hardship and self-doubt told to win pity.
    (
        _p(r"""\b(?:living|surviving|getting\s+by|scraping\s+by)\s+on\s+(?:what['’]?s\s+left\s+of\s+)?(?:my|our)\s+
            (?:savings|redundancy|severance|credit\s+cards?|overdraft)\b
            # "we've already sold the second car to cover the mortgage"
            |\bsold\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:car|house|ring|furniture|truck|van|guitar|jewellery|jewelry
            |tools)\s+to\s+(?:cover|pay|make|keep)\b
            # "This job would mean we get to keep the house"
            |\b(?:would\s+mean|means|so\s+that)\s+(?:\w+\s+){0,4}?(?:keep|lose)\s+(?:the|our|my)\s+(?:house|home|flat
            |apartment)\b(?!\s+(?:visits?|care|office|page|team|screen|shifts?)\b)
            # "I'm not sure what we do if it doesn't come through"
            |\b(?:not\s+sure|don['’]t\s+know|no\s+idea)\s+what\s+(?:we|i)(?:['’]ll|\s+will|['’]d|\s+would|\s+can)?\s+do
            \s+if\s+(?:this|it|the\s+(?:job|role|offer))\s+(?:doesn['’]t|does\s+not|falls|isn['’]t|is\s+not|won['’]t)\b
            # "not sure I'm smart enough for a team like yours"
            |\b(?:not\s+sure|unsure|doubt)\s+(?:if\s+|whether\s+|that\s+)?i(?:\s+am|['’]m)\s+(?:\w+\s+)?(?:smart|clever
            |bright|talented)\s+enough\b
            |\b(?:written|wrote|crossed)\s+me\s+off\b
            |\b(?:someone|somebody|a\s+candidate)\s+who\s+(?:isn['’]t|is\s+not|wasn['’]t)\s+the\s+(?:strongest|best
            |most\s+qualified|most\s+impressive|smartest)\b
            |\b(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+(?:\w+\s+)?running\s+out\s+of\s+(?:options|money|savings|hope)\b
            |\b(?:can['’]?t|cannot)\s+(?:go|last|keep\s+going)\s+(?:another|much\s+longer)\b
            |\bfirst\s+good\s+thing\s+(?:to\s+(?:happen|come)|that\s+(?:has|['’]s)\s+happened)\s+to\s+(?:me|us)\b"""),
        "hardship or self-doubt told to win pity reads as needy",
        WordGate(
            "living|surviving|getting|scraping savings|redundancy|severance|credit|overdraft",
            "sold car|house|ring|furniture|truck|van|guitar|jewellery|jewelry|tools",
            "keep|lose house|home|flat|apartment",
            "sure|know|idea what do if",
            "enough smart|clever|bright|talented",
            "off me written|wrote|crossed",
            "who strongest|best|most|smartest",
            "running out options|money|savings|hope",
            "go|last|going another|longer",
            "first good thing",
        ),
    ),
    # Round 185: a rate cut to anything, leave given up, self-pity and chasing told plainly.
    (
        _p(r"""# "If my day rate is the issue, I can bring it down to whatever works for you"
            \bbring\s+(?:it|that|my\s+(?:day\s+|hourly\s+)?(?:rate|fee|price|number))\s+down\s+to\s+whatever\b
            |\bfor\s+less\s+than\s+not\s+at\s+all\b  # "I'd rather do it for less than not at all"
            |\bjust\s+name\s+(?:a|your)\s+(?:number|price|figure|rate)\b
            # "I'd be happy to cancel the trip if it means I could start on the 3rd"
            |\b(?:happy|willing|ready|glad|prepared)\s+to\s+cancel\s+(?:the|my|our|that|this)\s+(?:[\w'’-]+\s+){0,2}?
            (?:trip|holiday|leave|vacation|honeymoon|break|time\s+off)\b
            # "I probably came across as the weakest candidate you saw", "I'd understand completely
            # if you went with someone better", "I'm honestly not great under pressure"
            |\b(?:came\s+across\s+as|must\s+have\s+been|i\s+was)\s+(?:probably\s+|definitely\s+)?the\s+weakest\b
            |\bif\s+you\s+(?:went|go|chose|choose|picked|pick)\s+(?:with\s+)?(?:someone|somebody|another\s+candidate)
            \s+(?:better|stronger|more\s+(?:experienced|qualified|capable))\b
            |\bi(?:['’]m|\s+am)\s+(?:honestly\s+|just\s+|really\s+)?(?:not\s+(?:great|good|very\s+good)|terrible|awful
            |useless|rubbish)\s+under\s+pressure\b
            # "Is there any update at all? Even a quick yes or no would help, I keep refreshing my inbox"
            |\bi\s+keep\s+(?:refreshing|checking)\s+my\s+(?:inbox|e-?mails?|phone|voicemail)\b
            |\beven\s+a\s+(?:quick\s+|simple\s+|short\s+)?(?:yes\s+or\s+no|no)\s+would\s+help\b
            # round 248: "whatever figure you land on, I'll take it", "I'll gladly cover every weekend
            # through peak ... if that's what gets me in the door", "if there's any way at all to
            # hear sooner I'd be so grateful", "I've barely stepped away from my inbox since Friday"
            |\bwhatever\s+(?:figure|number|salary|amount|rate|offer|pay)\s+you\s+(?:land|settle)\s+on\b
            (?!\s+for\b)  # (not "whatever figure you land on for the forecast")
            |\bi(?:['’]ll|\s+will|['’]d|\s+would|\s+can)\s+(?:happily\s+|gladly\s+)?cover\s+(?:every|all)\s+
            (?:single\s+)?(?:evenings?|nights?|weekends?)\b
            |\bif\s+that['’]?s\s+what\s+gets\s+me\s+(?:in|hired|the\s+job)\b
            |\bany\s+way\s+(?:at\s+all\s+)?(?:to|i\s+could|of)\s+(?:hear|know|find\s+out)\s+(?:back\s+)?
            (?:any\s+)?(?:sooner|earlier|faster|quicker)\b
            |\b(?:barely|hardly|rarely|not|never)\s+(?:stepped|been|moved|gone)\s+away\s+from\s+my\s+
            (?:inbox|e-?mail|phone|laptop)\b
            # round 249: "I'll take nights, weekends, holidays, doubles, whatever shifts the other
            # drivers don't want", "knowing one way or the other before then would honestly be a
            # lifesaver" (not "the split-check trick is a lifesaver")
            |\bwhatever\s+(?:shifts?|hours|days)\s+(?:the\s+)?(?:other\s+[\w-]+|others|nobody(?:\s+else)?
            |no\s+one(?:\s+else)?|everyone\s+else)\s+(?:don['’]t|doesn['’]t|won['’]t|do\s+not|does\s+not|wants?)\b
            |\b(?:knowing|hearing|news|an?\s+answer|a\s+decision|an?\s+update|a\s+yes)\b[^.!?\n]{0,60}?\bwould\s+
            (?:honestly\s+|really\s+|genuinely\s+|truly\s+|just\s+)?be\s+a\s+(?:life\s*-?saver|godsend)\b
            # round 251: a diary kept clear, self-doubt, a lower grade or pay until proven, money
            # flexibility offered to hurry things, no other options, a reminder of the wait, any
            # shift on any day, earlier e-mails unanswered, other approaches turned down
            |\b(?:calendar|diary|schedule)\b[^.!?\n]{0,60}?\buntil\s+i\s+hear\b
            |\bi\s+know\s+i['’]?m\s+not\s+the\s+(?:strongest|best|most\s+experienced|most\s+qualified|obvious)\b
            |\b(?:start|work|come\s+in)\s+on\s+(?:[\w-]+\s+){0,2}?(?:pay|rate|wage|salary)\s+until\b
            |\bflexible\s+on\s+(?:the\s+)?(?:salary|pay|rate|package|money)\s+if\s+(?:that|it)\s+(?:would\s+|will\s+|might\s+)?help
            |\bgrateful\s+for\s+(?:a|an|your)\s+(?:quick\s+|early\s+|prompt\s+)?(?:decision|answer|response|update)\s+as\s+
            (?:quickly|soon|early)\s+as\b
            |\baccept\s+the\s+(?:lowest|bottom|minimum)\s+(?:step|point|grade|band|end|rate|level)\b
            |\b(?:do\s+not|don['’]t)\s+have\s+(?:any\s+)?other\s+options\b
            |\bcome\s+in\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?level\s+instead\s+of\b
            |\bremind\s+you\s+that\s+i\s+(?:am|['’]m)\s+still\s+waiting\b
            |\bavailable\s+for\s+any\s+shift\s*,?\s+(?:any\s+day\s*,?\s+)?including\b
            |\b(?:not\s+(?:yet\s+)?(?:had|received|seen|got(?:ten)?)|no)\s+(?:a\s+|any\s+)?(?:response|reply|answer)s?\s+
            to\s+my\s+(?:two|three|several|previous|earlier|last\s+two|last\s+few)\s+(?:earlier\s+|previous\s+)?
            (?:e-?mails?|messages?|notes?|calls?|voicemails?)
            |\b(?:declined|turned\s+down|withdrawn\s+from|paused)\s+(?:an?\s+|two\s+|other\s+|several\s+)?
            (?:approach(?:es)?|offers?|interviews?|processes|conversations)\s+(?:from|with)\s+
            (?:another|other|two|three|several)\b
            # round 250: "I need this very much", "I accept any shift, also nights and Sundays",
            # "Please answer me today if possible", "I am asking you to speak for me with the
            # supervisor"
            |\bi\s+need\s+(?:this|it)\s+(?:very\s+much|so\s+much|badly|so\s+badly|desperately)\b
            |\b(?:accept|take|do|work)\s+any\s+shift\s*,\s*(?:also|even|including)\s+(?:nights?|weekends?|sundays?
            |saturdays?|holidays?)
            |\banswer\s+me\s+(?:today|tomorrow|tonight|soon|quickly|as\s+soon)\b
            |\b(?:speak|put\s+in\s+a\s+(?:good\s+)?word)\s+for\s+me\s+with\b
            # round 252: "I really need a permanent post at this stage", "I'd take on any extra
            # duties at all ... if it helps my application" (not "my portfolio is attached, if it
            # helps my application")
            |\bi\s+(?:really|truly|badly|desperately)\s+need\s+a\s+(?:permanent|full-time|steady|stable|proper)\s+
            (?:post|job|role|position|contract)\b
            |\b(?:any|extra|unpaid|without)\b[^.!?\n]{0,80}?\bif\s+it\s+helps\s+my\s+(?:application|chances
            |candidacy|case)\b
            # round 253: "would mean a great deal to my family and me", "come in at a more junior
            # grade, or on a fixed-term contract at a reduced fee", "at your earliest possible
            # convenience, as I am anxious to plan ahead"
            |\bwould\s+mean\s+(?:a\s+great\s+deal|so\s+much|everything|the\s+world|a\s+lot)\s+to\s+(?:me\s+and\s+my\s+family
            |my\s+family\s+and\s+me|my\s+family)\b
            |\b(?:come\s+in|start|join)\s+at\s+a\s+(?:more\s+)?(?:junior|lower)\s+(?:grade|level|band|salary|rate|step)\b
            |\b(?:contract|work|join|start|come\s+in|basis)\s+at\s+a\s+reduced\s+(?:fee|rate|salary|day\s+rate|wage|pay)\b
            |\b(?:earliest|soonest)\s+(?:possible\s+)?convenience\s*,?\s+as\s+i(?:\s+am|['’]m)\s+anxious\b
            # round 255: "let me know as soon as you possibly can", "phone in my hand all
            # afternoon", "won't be able to sleep until I hear"
            |\b(?:let\s+me\s+know|get\s+back\s+to\s+me|reply|respond|update\s+me)\s+as\s+soon\s+as\s+(?:you\s+)?
            possibly\s+(?:can|could)\b
            |\bphone\s+in\s+my\s+hand\b
            |\b(?:won['’]t|will\s+not|can['’]t|cannot)\s+(?:be\s+able\s+to\s+)?sleep\s+until\b
            # round 257: "I'm honestly not sure why anyone would hire me after that"
            |\bwhy\s+(?:anyone|anybody|you|they)\s+would\s+(?:(?:ever|even|still)\s+)?(?:hire|want|pick|choose|take)\s+me\b"""),
        "offering any terms, or pity and chasing, reads as needy",
        WordGate(
            "bring down whatever",
            "less than not all",
            "name number|price|figure|rate",
            "cancel trip|holiday|leave|vacation|honeymoon|break|time",
            "weakest",
            "if you someone|somebody|candidate better|stronger|more",
            "under pressure",
            "keep refreshing|checking",
            "even would help",
            "land|settle figure|number|salary|amount|rate|offer|pay you on",
            "weekend|weekends|evening|evenings|night|nights cover every|all",
            "gets what me",
            "sooner|earlier|faster|quicker way",
            "away inbox|email|mail|phone|laptop from my",
            "shifts|shift|hours|days want|wants|don't|don’t|doesn't|doesn’t|won't|won’t|not",
            "lifesaver|godsend|saver would be",
            "hear until",
            "know strongest|best|experienced|qualified|obvious not",
            "until pay|rate|wage|salary on",
            "help|helps salary|pay|rate|package|money if",  # (the match ends inside "helps")
            "decision|answer|response|update quickly|soon|early as",
            "lowest|bottom|minimum step|point|grade|band|end|rate|level",
            "options other have",
            "level instead",
            "waiting still you",
            "shift any including",
            "response|reply|answer|responses|replys|answers my two|three|several|previous|earlier|last",
            "approach|approaches|offer|offers|interview|interviews|processes|conversations"
            " another|other|two|three|several",
            "much|badly|desperately need this|it",
            "shift any also|even|including",
            "me today|tomorrow|tonight|soon|quickly",
            "me for with",
            "need permanent|full-time|steady|stable|proper post|job|role|position|contract",
            "helps my if",
            "family mean",
            "junior|lower at grade|level|band|salary|rate|step",
            "reduced at",
            "anxious convenience",
            "possibly soon as",
            "hand my",
            "sleep until",
            "hire|want|pick|choose|take would me",
        ),
    ),
    # Round 186: neediness written for this rule's own look-alike list, kept apart so that
    # the groups above stay as their rounds found them.
    (
        _p(r"""# "I can work unpaid for the first month to prove myself"
            \b(?:can|could|would|['’]d|will|['’]ll|happy\s+to|willing\s+to|ready\s+to|glad\s+to)\s+(?:even\s+|happily\s+)?
            work\s+(?:unpaid|for\s+free|without\s+pay)\b
            |\b(?:devastated|heartbroken|crushed)\s+if\s+(?:i|this|it)\b  # "I would be devastated if I didn't get this"
            |\bcan(?:['’]?t|not)\s+afford\s+to\s+(?:lose|miss|pass\s+up)\s+(?:this|the)\s+(?:opportunity|chance|job|role
            |position|offer)\b
            # "I haven't heard back after my last three emails", "I've called twice this week"
            |\b(?:haven['’]?t|have\s+not|didn['’]?t|did\s+not)\s+(?:yet\s+)?hear[d]?\s+back\s+(?:after|since|to)\s+my\s+
            (?:last\s+)?(?:two|three|four|five|several|previous)\s+(?:e-?mails|messages|calls|notes|voicemails)\b
            |\bi(?:['’]ve|\s+have)?\s+(?:called|rung|rang|phoned|e-?mailed|messaged|written)\s+(?:you\s+)?(?:twice|three\s+times
            |several\s+times|a\s+few\s+times)\s+(?:this|last|in\s+a)\s+week\b
            |\bhave\s+you\s+(?:made|reached|come\s+to)\s+a\s+decision\s+yet\b
            |\b(?:praying|keeping\s+everything\s+crossed)\s+for\s+(?:good\s+news|a\s+yes|a\s+positive\s+(?:answer|outcome))\b
            |\bpray(?:ing)?\s+(?:to\s+god\s+)?(?:that\s+)?i\s+(?:get|land|will\s+get)\s+(?:this|the)\s+(?:job|role|position
            |post|offer)\b
            |\bmy\s+(?:whole\s+)?(?:family|kids|children|wife|husband|parents|mum|mom|dad)\s+(?:is|are)\s+(?:all\s+)?
            (?:counting|relying|depending)\s+on\s+(?:me|this)(?:(?=\s?[.,;!])|(?=\s+(?:and|so|now|right|to\s+get)\b))
            |\bi\s+(?:really\s+|honestly\s+)?(?:don['’]?t|do\s+not)\s+(?:really\s+)?care\s+(?:about|what)\s+(?:the\s+|my\s+)?
            (?:salary|pay|money|wage|rate|package)\b
            |\b(?:sorry|apologi[sz]e)\s+(?:that\s+)?i\s+(?:wasn['’]t|was\s+not)\s+(?:good|strong|prepared)\s+enough\b
            # (not "I said I would drop everything beyond three standard deviations": data)
            |\b(?:i['’]d|i\s+would|i\s+will|i['’]ll)\s+drop\s+everything(?:(?=\s?[.,;!—–-])|(?=\s+(?:for|to)\s+(?:this|the|you
            |your|join|be|get|work|start)\b))
            |\b(?:willing|happy|ready|glad|prepared)\s+to\s+(?:work|put\s+in|do)\s+(?:\d{2}|sixty|seventy|eighty)[\s-]+hour\s+weeks?\b
            |\b(?:happily|happy\s+to|willing\s+to|gladly|even)\s+work\s+(?:right\s+)?(?:through|over)\s+(?:christmas|the\s+holidays
            |new\s+year|easter|thanksgiving|diwali|eid|my\s+(?:holiday|vacation|leave))\b
            |\b(?:take|accept)\s+(?:the\s+job|it|the\s+role|the\s+position)\s+even\s+(?:at|on|for)\s+(?:minimum\s+wage|a\s+lower
            |less|half)\b
            # "If there's any other role, even a junior one, I'd take it"
            |\bany\s+other\s+(?:role|job|position|opening|vacancy)\s*,?\s+even\s+an?\s+(?:junior|lower|entry|part-time|temporary)\b
            |\b(?:would|['’]d)\s+even\s+take\s+(?:an?\s+)?(?:internship|junior|unpaid|part-time|temporary|lower)\b
            # "I'm not picky at all, I'll take any hours" (not "not picky about which shift")
            |\bnot\s+(?:at\s+all\s+)?(?:picky|fussy|choosy)(?:\s+at\s+all)?(?=\s?[,;:.!—–-])
            |\b(?:i['’]ll|i\s+will|i['’]d|i\s+would)\s+(?:happily\s+)?take\s+any\s+(?:hours|shifts?|role|job|position|pay|salary
            |rate|contract)\b
            |\bhope\s+i['’]?m\s+not\s+(?:bothering|pestering|annoying|being\s+a\s+(?:nuisance|pest|bother))\b"""),
        "offering any terms, or pity and chasing, reads as needy",
        WordGate(
            "work unpaid|free|without",
            "devastated|heartbroken|crushed if",
            "afford lose|miss|pass",
            "heard|hear back my",
            "called|rung|rang|phoned|emailed|mailed|messaged|written twice|three|several|few week",
            "have decision yet",
            "praying|crossed news|yes|positive",
            "pray|praying get|land job|role|position|post|offer",
            "counting|relying|depending on",
            "care salary|pay|money|wage|rate|package",
            "sorry|apologise|apologize enough",
            "drop everything",
            "hour|hours weeks|week",
            "work christmas|holidays|year|easter|thanksgiving|diwali|eid|holiday|vacation|leave",
            "even take|accept",
            "any other even",
            "picky|fussy|choosy",
            "take any",
            "hope not bothering|pestering|annoying|nuisance|pest|bother",
        ),
    ),
)


# Round 189: neediness from a look-alike list written for this rule, kept apart as above.
_PATTERNS += (
    (
        _p(r"""# "Please, I just need one chance to show you what I can do"
            \bi\s+(?:(?:just|only|really)\s+)+need\s+(?:one|a|just\s+one)\s+(?:chance|shot|opportunity)\s+to\s+
            (?:show|prove)\b
            |\bpromise\s+(?:i['’]ll|i\s+will|to|you\s+i['’]ll|you\s+i\s+will)\s+never\s+let\s+you\s+down\b
            # "I'm a single mum and I really need the stability"
            |\b(?:really|desperately|badly|truly)\s+need\s+the\s+(?:stability|security|steady\s+income|income|money
            |paycheck|paycheque|wage)\b
            # "Things have been really hard since the layoff"
            |\bthings\s+have\s+been\s+(?:really\s+|very\s+|so\s+|incredibly\s+|pretty\s+)?(?:hard|tough|difficult|rough)
            \s+since\s+(?:my\s+(?:layoff|lay-off|redundancy|job\s+loss|dismissal)
            |i\s+(?:lost\s+my\s+job|was\s+(?:laid\s+off|made\s+redundant|let\s+go)))\b
            # "I'm sure the other candidates were much better than me"
            |\b(?:the\s+)?other\s+candidates\s+(?:were|are)\s+(?:probably\s+|surely\s+|much\s+|far\s+|a\s+lot\s+|all\s+)*
            (?:better|stronger|more\s+qualified|more\s+experienced|smarter)\s+than\s+me\b
            |\bi\s+(?:(?:probably|really|totally|completely|kinda|just|honestly|kind\s+of|sort\s+of)\s+)?
            (?:messed\s+up|blew|bombed|botched|screwed\s+up|ruined)\s+(?:the|my|that)\s+(?:whole\s+)?interview\b
            |\bi\s+know\s+i['’]m\s+not\s+much\b(?!\s+of\b)
            |\bsorry\s+(?:for|about|if\s+i)\s+wast(?:ing|ed)\s+your\s+time(?:(?=[.,;!])|\s+(?:with|in|during|at)\s+
            (?:my|the)\s+(?:answers?|interview|application|call)\b)
            |\b(?:willing|happy|ready|prepared|glad)\s+to\s+start\s+(?:at|from)\s+the\s+(?:very\s+)?bottom\b
            # round 189f: "honestly i really need this one", "its getting tight at home", "I'm not
            # sure I even deserve a second look", "starting to doubt myself"
            |\b(?:it['’]?s|things\s+are|money['’]?s|money\s+is)\s+(?:getting\s+)?(?:really\s+|very\s+|pretty\s+|so\s+)?tight
            \s+(?:at\s+home|for\s+us|for\s+me|for\s+my\s+family)\b
            |\b(?:don['’]?t|do\s+not|not\s+sure\s+(?:that\s+)?i)\s+(?:even\s+|really\s+)?deserve\s+(?:a\s+second\s+look
            |another\s+(?:chance|look)|a\s+chance|this\s+(?:job|role|chance)|the\s+(?:job|role))\b
            |\bstarting\s+to\s+doubt\s+myself\b"""),
        "begging, hardship or self-doubt told to win pity reads as needy",
        WordGate(
            "need i one|a chance|shot|opportunity show|prove",
            "promise never let down",
            "need stability|security|income|money|paycheck|paycheque|wage",
            "things hard|tough|difficult|rough since my|i",
            "candidates other better|stronger|more|smarter me",
            "interview messed|blew|bombed|botched|screwed|ruined i",
            "know not much",
            "sorry wasting|wasted time",
            "bottom start",
            "tight home|us|me|family",
            "deserve look|chance|this|job|role",
            "doubt starting myself",
        ),
    ),
    (
        _p(r"""# "I need to hear back by tomorrow"
            \b(?<!n['’]t\s)(?<!\bnot\s)need\s+to\s+hear\s+(?:back\s+)?(?:from\s+you\s+)?(?:by|before|today|tomorrow|asap
            |this\s+week)\b
            # "I've checked my inbox about fifty times since the interview"
            |\bchecked\s+my\s+(?:inbox|e-?mail|phone|mail|voicemail)\s+(?:about\s+|like\s+|at\s+least\s+|over\s+
            |more\s+than\s+)?(?:\w+\s+)?(?:times|dozen\s+times|hundred\s+times)\b
            |\bhaven['’]?t\s+heard\s+(?:back\s+)?(?:from\s+you\s+)?since\s+(?:yesterday|this\s+morning|last\s+night)\b
            |\bcan['’]?t\s+wait\s+(?:much\s+|any\s+)?longer\s+for\s+(?:an?|your|the)\s+(?:answer|decision|reply|response)\b
            # "I hope you'll think again about your decision", "anything I can do to change your mind"
            |\bthink\s+again\s+about\s+your\s+decision\b
            |\b(?:anything|something|any\s+way)\s+(?:(?:that\s+)?i\s+(?:can|could|might)\s+(?:do|say)\s+)?to\s+change\s+
            your\s+mind\b
            # round 189f: "some indication by tomorrow evening", "refreshing my inbox since we spoke",
            # "can hardly concentrate on anything else", "keep my phone on all day"
            |\b(?:give|send|get)\s+me\s+(?:some\s+|an?\s+|your\s+)?(?:indication|answer|decision|update|word|response)\s+by\s+
            (?:tomorrow|tonight|today|end\s+of\s+(?:the\s+)?day)\b
            |\b(?:refreshing|checking|refreshed|checked)\s+my\s+(?:inbox|e-?mail|phone|mail)\s+(?:ever\s+)?since\s+
            (?:we\s+spoke|the\s+interview|our\s+(?:call|chat|meeting|interview)|yesterday|then)\b
            |\bcan\s+(?:hardly|barely|not|['’]t)\s+(?:concentrate|focus)\s+on\s+anything\s+else\b
            |\bkeep(?:ing)?\s+my\s+phone\s+on\s+(?:all\s+day|all\s+night|24\s*/\s*7|day\s+and\s+night)\b
            # offers of pay: "begin on the trainee rate instead of the manager salary", "any figure
            # within that band, or even below it, would be acceptable"
            |\b(?:i['’]d|i\s+would|i\s+will|i['’]ll|i\s+can|happy\s+to|willing\s+to|ready\s+to|prepared\s+to|glad\s+to)
            \s+(?:gladly\s+|happily\s+)?(?:begin|start|come\s+in|work)\s+on\s+the\s+(?:trainee|junior|apprentice
            |entry[- ]level|starter|lower|minimum)\s+(?:rate|wage|salary|pay|band|grade)\b
            |\b(?:any|whatever)\s+(?:figure|salary|amount|number|offer)\s+(?:within|in)\s+(?:that|the|your)\s+
            (?:band|range)\s*,?\s+(?:or\s+)?even\s+below\b"""),
        "pressing for an answer or asking them to think again reads as needy",
        WordGate(
            "hear need by|before|today|tomorrow|asap|this",
            "checked my times",
            "heard since yesterday|morning|night",
            "wait longer",
            "think again decision your",
            "change mind your",
            "by indication|answer|decision|update|word|response tomorrow|tonight|today|end me",
            "since my inbox|email|mail|phone refreshing|checking|refreshed|checked",
            "else anything concentrate|focus",
            "phone keep|keeping my on",
            "on the rate|wage|salary|pay|band|grade begin|start|come|work",
            "below even band|range",
        ),
    ),
    # Rounds 221 to 223: a formal plea and hardship told plainly (the first six wordings: every
    # corpus note holding one was labelled needy), a vigil over the inbox, an ultimatum, arrears
    (
        _p(r"""\bi\s+(?:humbly\s+|earnestly\s+|respectfully\s+)?(?:appeal|plead|implore)\b
            |\bi\s+(?:humbly|earnestly)\s+pray\b
            |\b(?:sole|only|main)\s+(?:breadwinner|provider|earner|earning\s+member)\b
            |\b(?:accept|take)\s+any\s+(?:posting|station|grade|location|placement)\b
            |\blet\s+(?:this|the)\s+(?:opportunity|chance)\s+pass\s+me\s+by\b
            |\bbeen\s+without\s+(?:work|a\s+job|employment|income)\b
            |\b(?:can['’]?t|cannot)\s+(?:really\s+)?afford\s+(?:another|a\s+long|a\s+longer)\s+(?:gap|break|spell
            |months?\s+out)\b
            # round 222: "I am without sleep, and every day I refresh my inbox waiting for news"
            |\bi(?:['’]m|\s+am|\s+have\s+been|['’]ve\s+been)\s+without\s+sleep(?:ing)?\b
            |\bevery\s+(?:single\s+)?(?:day|morning|hour|evening|night)\s+i\s+refresh\s+my\s+(?:inbox|e-?mail
            |mail|phone)\b
            # round 223: an ultimatum, arrears, a prayer for the family
            |\bneed\s+(?:an?\s+|your\s+)?(?:final\s+)?(?:answer|decision|response|reply)\b[^.!?\n]{0,40}?\bno\s+later\s+than\b
            |\bif\s+i\s+(?:have\s+not|haven['’]t|do\s+not|don['’]t)\s+(?:heard|hear)\b[^.!?\n]{0,40}?\bi\s+(?:will|['’]ll|shall)\s+
            (?:accept|take|sign)\b
            |\b(?:i|we)(?:['’]ve|\s+have|\s+had|['’]re|\s+are|\s+am|['’]m)?\s+(?:fallen|fell|falling|got|gotten)\s+behind
            \s+(?:on|with)\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:rent|fees|bills
            |mortgage|payments|loan)\b
            |\bi\s+pray\s+(?:that\s+)?you\s+(?:will|would|can|could)\s+(?:consider|keep|give|look|find|favour|favor|grant)\b
            |\b(?:refresh|refreshing|check|checking)\s+my\s+(?:inbox|e-?mail|mail|phone)\s+waiting\s+for\s+(?:news|your
            |a\s+(?:reply|response|call|decision|word)|an\s+(?:answer|update|e-?mail)|the\s+(?:decision|outcome|result|news
            |call|offer))\b
            # round 233: "I'm not sure I can face starting the whole process again", "the waiting is
            # really getting to me" (every corpus note holding either was labelled needy)
            |\b(?:can['’]?t|cannot|can\s+not|not\s+sure\s+i\s+can|don['’]t\s+think\s+i\s+can)\s+face\s+(?:starting
            |another|telling|going\s+through|doing|applying|the\s+(?:whole|thought))\b
            |\b(?:the\s+)?wait(?:ing)?\s+is\s+(?:really\s+|honestly\s+|starting\s+to\s+|definitely\s+)?(?:getting\s+to\s+me
            |killing\s+me|driving\s+me\s+(?:mad|crazy|up\s+the\s+wall))
            # round 233: "I just really want a foot in the door" (every corpus note holding it is
            # needy), "coming in well below the rate we discussed", "doing the first piece for free"
            |\b(?:my|a)\s+foot\s+in\s+the\s+door\b
            |\b(?:i['’]?m|i\s+am|i['’]d|i\s+would|i['’]ll|i\s+will|i\s+can|happy|fine|willing|okay|ok|glad)\s+
            (?:\w+\s+){0,2}?(?:coming|come)\s+in\s+(?:well\s+|way\s+|a\s+(?:bit|lot)\s+|far\s+)?(?:below|under)\s+(?:the|your)\s+
            (?:[\w-]+\s+)?(?:rate|salary|band|range|offer|figure)\b
            |\b(?:do|doing)\s+(?:the\s+|a\s+|my\s+)?(?:first|one|trial|initial)\s+(?:[\w-]+\s+)?(?:piece|shift|job|week
            |project|article|commission|gig|day)s?\s+(?:for\s+free|unpaid|for\s+nothing)\b
            # round 234 (each wording: every corpus note holding it is needy): "I am pleading with
            # you", "nights, weekends, public holidays, anything at all", "I do not mind the band",
            # "I am sleeping very little", "I'll have no choice but to accept it", "turned down two
            # other processes to wait for you"
            |\b(?:i['’]?m|i\s+am|we\s+are|we['’]re)\s+(?:\w+\s+)?pleading\s+(?:with\s+you|for)\b
            |\b(?:holidays|weekends|nights|shifts?)\s*,\s*(?:and\s+|or\s+)?anything\b
            |\b(?:don['’]t|do\s+not)\s+mind\s+the\s+(?:band|salary|pay|rate|grade)\b
            |\bi(?:['’]m|\s+am|\s+have\s+been|['’]ve\s+been)\s+(?:\w+\s+)?sleeping\s+(?:very\s+|so\s+)?little\b
            |\b(?:i['’]ll|i\s+will|i['’]d|i\s+would)\s+have\s+no\s+(?:other\s+)?choice\s+but\s+to\s+(?:accept|sign|take)\b
            |\bturned\s+down\s+(?:[\w-]+\s+){0,4}?(?:offers?|processes|interviews|roles|jobs)\s+to\s+wait\s+for\b
            # round 235 (as above): "hoping you might reconsider", "grateful for any chance at all",
            # "I would take an unpaid spot" (not "you asked whether I would reconsider my view")
            |\b(?:hoping|hope|ask(?:ing)?|wondering\s+if|if)\s+(?:that\s+)?you\s+(?:might|could|would)\s+(?:please\s+)?
            reconsider\b
            |\bany\s+chance\s+at\s+all\b(?!\s+(?:of|that|to)\b)
            |\b(?:take|accept|do)\s+an?\s+unpaid\s+(?:spot|role|position|placement|internship|job|trial|week|shift)\b
            # round 237: "whatever they offer on pay is fine by me"
            |\bwhatever\s+(?:they|you)\s+(?:offer|pay|decide|give)\b[^.!?,;\n]{0,20}?\b(?:is|['’]s|will\s+be)\s+
            (?:fine|ok|okay|good|great)\b"""),
        "pleading hardship or offering any posting reads as needy",
        WordGate(
            "appeal|plead|implore i",
            "pray humbly|earnestly",
            "breadwinner|provider|earner|earning sole|only|main",
            "posting|station|grade|location|placement any accept|take",
            "pass let me by",
            "without been work|job|employment|income",
            "afford another|long|longer gap|break|spell|month|months",
            "sleep|sleeping without i",
            "refresh every i my inbox|email|mail|phone",
            "waiting my refresh|refreshing|check|checking inbox|email|mail|phone",
            "later need no than answer|decision|response|reply",
            "heard|hear if i not|haven't|haven’t|don't|don’t accept|take|sign",
            "behind i|we|i've|i’ve|we've|we’ve|i'm|i’m|we're|we’re on|with"
            " rent|fees|bills|mortgage|payments|loan",
            "pray i you",
            "face starting|another|telling|going|doing|applying|whole|thought",
            "getting|killing|driving me is",
            "foot door in",
            "below|under coming|come in rate|salary|band|range|offer|figure",
            "free|unpaid|nothing first|one|trial|initial",
            "pleading with|for",
            "anything",
            "mind band|salary|pay|rate|grade",
            "sleeping little",
            "choice no but accept|sign|take",
            "wait down offers|offer|processes|interviews|roles|jobs",
            "reconsider you might|could|would",
            "chance at all",
            "unpaid",
            "offer|pay|decide|give fine|ok|okay|good|great they|you",
        ),
    ),
)

_GATES = Gates(gate for *_, gate in _PATTERNS)


class Desperation(Rule):
    __doc__ = __doc__
    id = "desperation"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        find = GatedSearch(note, _GATES)
        found: list[tuple[int, int]] = []
        for pattern, why, gate in _PATTERNS:
            for match in find(pattern, gate):
                if any(a < match.end() and match.start() < b for a, b in found):
                    continue
                if _in_a_title(note.text, match.start(), match.end()):
                    continue
                found.append(match.span())
                yield Problem(
                    match.start(),
                    match.end(),
                    f"{' '.join(match.group(0).split())!r}: {why}",
                    suggestion="state your interest and availability plainly, as an equal",
                )


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A capitalised word and the space before a match: "The Hedgehog Who Couldn't Sleep".
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;\n])[ \t](?:[^\W\d_a-z][\w'’-]+)[ \t]$")  # not "I"


def _in_a_title(text: str, start: int, end: int) -> bool:
    """Whether a match of two or more words, each capitalised, runs on from a capitalised
    word mid-sentence: a book's, a show's or a project's title ("The Hedgehog Who Couldn't
    Sleep", round 271), not the writer's plea."""
    words = _TITLE_WORD.findall(text, start, end)
    return (
        len(words) >= 2
        and all(word[0].isupper() for word in words)
        and _CAPITAL_BEFORE.search(text, max(0, start - 30), start) is not None
    )
