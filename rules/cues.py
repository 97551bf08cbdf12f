"""The words that point back at the interview, for ``no-conversation-reference``.

``CUE`` matches a cue that points back at the interview ("you mentioned", "your
question about", "the cooler gasket you showed", "as we discussed"); a cue counts
when specific words follow it (or, for some, come before it). ``GERUND_CUE``
matches gerund cues ("learning about", "meeting", "thinking about"), which point at
the interview only in an experience frame ("I enjoyed learning...", "great to hear
how..."); otherwise they as often describe the writer's own past ("getting to know
every family").

The patterns at the end find a reference with no cue verb: a topic put before a
colon or first in the sentence, a verdict on it or on a task of the interview, a
quotation of the interviewer's words, a list that a recap sentence opens.

The word sets are the rule's shortcuts: a pattern is tried only at the words its
matches can begin with (``CUE_STARTS``, ``GERUND_STARTS``), and skipped when a
word every match holds is missing (``CUE_VERBS`` for the alternatives that begin
with a name, ``GERUND_NEEDS``). Keep them in step with the patterns: the rule's
tests check the shortcuts against running every pattern in full.
"""

from __future__ import annotations

import re

from notelint.rules.spelling import tolerant, with_slips

# Nouns that end a job's title ("the site supervisor role", "Warehouse Supervisor"): a title
# names the job, not a topic of the interview.
JOB_TITLE_NOUNS = (
    r"(?:supervisor|manager|analyst|engineer|lead|coordinator|assistant|officer|technician|nurse|designer"
    r"|developer|director|associate|specialist|administrator|clerk|driver|operative|advis[eo]r|consultant"
    r"|accountant|teacher|chef|cook|planner|buyer|foreman|porter|agent)"
)
CUE = re.compile(
    tolerant(
        r"""
    # (not a request: "Could you tell me whether the learning budget covers travel")
    (?<!\bcould\s)(?<!\bcan\s)(?<!\bwould\s)(?<!\bwill\s)
    \b(?:you|u|your\s+team|(?:the|(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+
      (?:deputy\s+|assistant\s+|associate\s+|senior\s+|vice[\s-]+)?  # round 182: "the deputy head asked"
      # round 205: "the sales director wasn't sold on ..."
      (?:sales\s+|operations\s+|finance\s+|area\s+|regional\s+|general\s+|store\s+|nursing\s+|clinical\s+
      |technical\s+|engineering\s+|marketing\s+|creative\s+|hr\s+
      # round 237: "The goods-in team also mentioned that the 6 a.m. wave often backs up"
      |goods-in\s+|goods-out\s+|night\s+|early\s+|warehouse\s+|kitchen\s+|floor\s+|shift\s+|ops\s+|payroll\s+
      |support\s+
      # round 256: "The practice manager asked how I'd deal with ...", "the ward manager said"
      |practice\s+|ward\s+|office\s+|branch\s+|depot\s+|unit\s+|duty\s+|line\s+|service\s+)?
      (?:team|panel|tester|assessor|examiner|recruiter|interviewer|supervisor
      |contractor|foreman|site\s+manager|manager|engineer|chef|head\s+chef|director|principal|head|matron
      |sister|charge\s+nurse|inspector|instructor|trainer|owner|architect|superintendent|partner
      |receptionist|concierge|security\s+guard|office\s+administrator  # round 263
      |board|interviewers|hiring\s+manager|committee|selection\s+committee|selection\s+panel
      |interview\s+panel|search\s+committee)
      |we|y['’]?all|you\s+both|you\s+two|she|he|they
      # Round 169: "the seat-counting fights your sales lead described"
      |your\s+(?:[\w-]+\s+)?"""
        + JOB_TITLE_NOUNS
        + r"""
      # "One of the panelists asked how I would reduce ..."
      |one\s+of\s+(?:the|your)\s+(?:panelists|panellists|interviewers|panel|assessors|managers|engineers|partners
      |directors|nurses|chefs|teachers|governors|team)
      # round 193: "During the open forum, a student asked how I would respond if ..."
      # round 250: "one partner asked me why I chose timber"
      |one\s+(?:partner|director|interviewer|assessor|supervisor|engineer|doctor|nurse|teacher|chef)
      |(?:a|one)\s+(?:student|parent|governor|trustee|panel+ist|board\s+member|panel\s+member|committee\s+member
      |member\s+of\s+(?:the|your)\s+(?:panel|committee|board|team|staff|faculty))
      |(?-i:(?!(?:Having|After|When|As|Since|The|This|That|It|What|How|Why|Where|Who|Which|If|And|But|So|Then|Also|We|You|They|Our|Your|My|Its|Their|There|Here|One|Some|Both|All|Most|Each|Any|Having|Being|Again|Once|Even|Just|Still|Like|Thank|Thanks|Please|Best|Dear|No|Not|Never|Nor
      |Things|Everything|Everyone|Everybody|Nothing|Something|Life|Times|Money|Today|Recently|Lately)\b)[A-Z][a-z]+
      (?:\s+(?:sir|ma['’]am|madam|ji))?)  # round 232: "Ankit sir said my system design round ..."
      # "The lady who did the walk round, Sandra, said": a name set off by commas
      # (round 206: "The pharmacist I met, Dr. Kim, explained how the drive-thru line backs up")
      |(?<=,\s)(?-i:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?!(?:Thanks|Thank|Please|Best|Dear|And|But|So|Then|Also)\b)[A-Z][a-z]+),(?=\s+(?:said|mentioned
      |explained|told|described|showed|asked)\b))\s+
      (?:also\s+|just\s+|briefly\s+|kindly\s+|clearly\s+|got\s+to\s+|were\s+able\s+to\s+|was\s+|were\s+
      |had\s+|have\s+|could\s+|mostly\s+|even\s+)?  # round 213: "they mostly grilled me on"
      (?:mentioned|said|described|explained|shared|noted|pointed\s+out|talked|spoke|asked|showed
      |explain|describe|mention|show|tell|share|ask|discuss|dig\s+into|go\s+over
      # "... to Metabase, as you were discussing with Ms. Kavya", "as you were saying"
      |(?<=\bwere\s)(?:saying|discussing|describing|explaining|mentioning)
      |talk\s+(?:in\s+(?:some\s+|more\s+)?detail\s+|at\s+length\s+|a\s+bit\s+|briefly\s+|more\s+)?about
      |walked|told|outlined|discussed|highlighted|emphasi[sz]ed|raised|brought\s+up|touched\s+on
      |covered|reviewed|went\s+over|went\s+into|went\s+through|got\s+into|laid\s+out|hinted|alluded
      # (not "my five years at the Town of Cobourg gave me a solid grounding in ...")
      |gave(?!\s+me\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:grounding|foundation|basis|background|head\s+start
      |confidence|exposure|feel|sense|taste|appreciation|understanding)\b)|introduced|demoed|presented
      |stressed|identified|framed|posed|suggested|recommended|flagged|cited|sketched|singled\s+out
      |mapped\s+out|set\s+out|pulled\s+up
      # round 236: "Raj, you put the fleet at roughly 61%" (a figure of theirs)
      |put(?=\s+(?:the|your|it|our)\s+(?:[\w-]+\s+){0,3}?at\s+(?:roughly\s+|about\s+|around\s+|nearly\s+
      |just\s+(?:over|under)\s+)?[£$€]?\d)
      # round 232, relayed to a recruiter: "Jordan was straight with me that retention is the
      # real problem", "Dr. Gill and Jordan spent most of the hour on how I'd get ..."
      |(?<=\bwas\s)(?:straight|frank|candid|upfront)\s+(?:with\s+me\s+)?(?:that|about)
      |spent\s+(?:most|much|half|a\s+lot)\s+of\s+the\s+(?:hour|interview|time|call|meeting|session)\s+(?:on|talking\s+about
      |asking\s+about|going\s+(?:over|through))
      |(?:grilled|quizzed|drilled|pressed|probed)\s+me\s+(?:on|about|over)  # "he grilled me on the cert renewal"
      # round 206: "Priya pushed on what happens when Redis falls over"; round 209: "He ran through
      # the Caboolture hospital job"
      |ran\s+(?:me\s+)?through
      # round 213: "He took me through the shearing shed", like "showed me round"
      |took\s+me\s+(?:through|round|around)
      # round 210: "you let me take the amp readings and walk the customer through the quote"
      # (not a way in: round 243's "so humbled you even let me through the back door")
      |let\s+me(?=\s+(?!(?:know|go|through|in|into|out|off|on|past|behind|inside|onto|over|up|down|round
      |around|at|near)\b)[a-z]+\s+(?:a|an|the|some|his|her|their|your)\b)
      |pushed\s+(?:me\s+)?(?:hard\s+)?(?:back\s+)?on
      # round 205: "the sales director wasn't sold on my pipeline numbers from last year"
      |(?:wasn['’]t|was\s+not|weren['’]t|were\s+not)\s+(?:(?:entirely|fully|quite|totally)\s+)?(?:sold|convinced)\s+
      (?:on|by)
      # round 200: "Dave had me isolate a radiator and talk him through each step", round 203:
      # "the owner Sam got me to pull a couple of shots on the La Marzocco" (a task set;
      # not "you had me worried", nor "at my last job they had me run the stockroom")
      |(?<!\bthey\s)(?<!\bwe\s)(?:had\s+me|got\s+me\s+to)(?=\s+(?!(?:on|in|at|for|as|worried|thinking|laughing|down|over|back|covered|hooked|sold|convinced
      |nervous|going|there|sweating|stumped|up|to)\b)[a-z]+(?:\s+and\s+[a-z]+)?\s+(?:a|an|the|him|her|them|it|some
      |our|their|your|through|[a-z]+s\s+(?:on|at|in|for|with|from)\s+(?:a|an|the|their|your))\b)  # round 246: "had me pull shots on the la marzocco"
      # round 237: "the foreman had me on the Hilti nailing off bottom plates"
      |(?<!\bthey\s)(?<!\bwe\s)had\s+me\s+on(?=\s+(?:the|a|an)\s+(?:[\w-]+\s+)?[\w-]+\s+[a-z]+ing\b)
      # round 243: "they had me on the canning line most of the morning" (a time of the day,
      # not "at my last job they had me on the tills all day")
      |(?<!\bwe\s)had\s+me\s+on(?=\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,2}?(?:most|much|half|part)\s+of\s+the\s+(?:morning
      |afternoon|shift|evening)\b)
      |being\s+(?:so\s+)?(?:candid|frank|honest|open|upfront|clear)\s+(?:with\s+me\s+)?(?:about|on)
      |are\s+(?:planning|working|building
      |launching|rolling|migrating|hiring|facing|tackling|trying)|['’]re\s+(?:planning|working|building
      |launching|rolling|migrating|facing|tackling|trying)|plan\s+to|hope\s+to|want\s+to|need\s+to
      |are\s+looking(?!\s+for\b)|['’]re\s+looking(?!\s+for\b)|have\s+been|['’]ve\s+been|face|faces|mean
      # "the team wants to run the regression suite on every pull request"
      |wants\s+to|plans\s+to|hopes\s+to|is\s+(?:planning|moving|building|migrating|launching|rolling|facing
      |tackling|trying)
      |meant|called|broke\s+down|break\s+down|breaking\s+down|geek(?:ed)?\s+out|nerd(?:ed)?\s+out
      |explaining|describing|showing|telling|walking|demonstrating
      # "Denise seemed to think the same split might help with your month-end backlog"
      |thought|thinks|reckoned|reckons|seemed\s+to\s+think|felt\s+that
      |saw)\b  # "you saw that in the trial when I was plating the mixed grills"
    | \b(?:our|the|your|that|this)\s+(?:[\w'’]+\s+){0,3}?(?:conversation|discussion|chat|talk|exchange|debate)
      \s+(?:about|bout|abt|on|around|regarding|of|concerning|touching\s+on|covering|with)\b
    | \b(?:our|the|your|that|this)\s+(?:\w+\s+){0,2}?(?:interview|meeting|call)
      \s+(?:about|around|regarding|concerning|touching\s+on|covering|with)\b
    # round 190: "after Tuesday's call about the SAP S/4 data migration"
    # (round 205: "Loved yesterday's deep dive on the actuator thermal issue")
    | \b(?:mon|tues|wednes|thurs|fri|satur|sun|yester)day['’]s\s+(?:\w+\s+)?(?:interview|meeting|call|conversation
      |discussion|chat|talk|deep[\s-]dive)\s+(?:about|around|regarding|concerning|on|covering|into)\b
    # Round 169: "Good conversation about ICU staffing ratios" (a text, no determiner)
    | \b(?:good|great|useful|helpful)\s+(?:conversation|discussion|chat|talk)\s+(?:about|on|around|regarding)\b
    # "our discussion during the interview on Saturday regarding the new admission portal"
    | \b(?:our|the|your|that|this)\s+(?:\w+\s+){0,2}?(?:conversation|discussion|chat|talk|exchange)
      \s+(?:during|in|at)\s+(?:the|our|my|your)\s+(?:[\w-]+\s+)?(?:interview|meeting|call|visit|session)
      (?:\s+[\w-]+){0,3}?\s+(?:about|regarding|concerning)\b
    | \b(?:thank\s+(?:you|u)|thanks|thx|thanx|tnx|grateful|appreciate[ds]?)\s+(?:\w+\s+){0,3}?for\b
    # "Your seasonal event calendar problem, with three overlapping events ..."
    | \b(?:your|ur|his|her|their)\s+(?:[\w-]+\s+){1,3}?(?:problem|puzzle)\b
    # (not "your website's line": what the public reads)
    | \b(?:your|ur|his|her|their)\s+
      (?!(?:website|site|careers|blog|brochure|advert|ad|posting|listing|newsletter|linkedin|annual)['’]?s?\s)
      (?:[\w'’-]+\s+)?(?:question|questions|point|points|comment|comments|description|explanation
      |breakdown|rundown|account|analysis|candour|candor|honesty|openness|frankness
      |insight|insights|perspective|story|stories|example|overview|plan|plans|vision|approach
      |emphasis|focus|idea|ideas|suggestion|advice|mention|take|thoughts|concern|concerns|challenge
      |instruction|instructions|briefing|guidance|expectations
      |priorities|description|demo|presentation|walkthrough|tour|roadmap|remark|remarks|framing
      |phrase|words|term|line|quip|metaphor|anecdote|story|tip|tips|pointer|pointers|warning|numbers
      |figures|stats|data|chart|charts|slide|slides|deck|diagram|sketch|framework|model|picture
      |critique|pushback|push-back|objection|objections|reservation|reservations|doubt|doubts  # round 188
      |observation|observations|read(?=\s+(?:on|of)\b)  # "Your critique of my onboarding flow"
      |notes?(?=\s+(?:about|on|that)\b))\b  # "your note about the beurre blanc", "your notes on my swamp scene"
    | \b(?:the|that|this)\s+(?:[\w-]+\s+){0,4}?(?:that\s+|which\s+)?(?:you|we|your\s+team)\s+(?:\w+\s+)?(?:mentioned|described
      |discussed|shared|showed|outlined|talked\s+about|covered|raised|asked|gave|walked|reviewed
      |are\s+building|are\s+planning|are\s+facing|face|use|run|built|launched|showed
      |left(?=\s+(?:me|for\s+me)\b)|handed\s+me|set\s+me  # round 238: "the privilege log you left me"
      |on\s+about)\b  # "that Sunday staffing drama you were on about"
    | \b(?:impressed|struck|intrigued|fascinated|inspired|energi[sz]ed|moved|encouraged|surprised
      |taken(?=\s+with))
      \s+(?:by|with|to\s+(?:hear|learn|see|read)|at)\b
    | \b(?:excited|interested|curious|glad|happy|pleased|thrilled)\s+to\s+(?:hear|learn|see|read)\b
      (?!\s+(?:whether|if)\b)  # (not "glad to hear whether there is a timeline": news to come)
    # "it gave me a clear picture of how the team staggers its festive-season launches"
    # Round 144: "I left Friday's meeting with a clearer picture of your grant cycle", "The way
    # you and Farid are sequencing the Indonesia and Vietnam launches"
    | \b(?:left|came\s+away\s+from|walked\s+out\s+of)\s+(?:[\w'’-]+\s+){1,3}?with\s+(?:a\s+)?(?:clear|clearer
      |better|much\s+better|much\s+clearer|fuller)\s+(?:picture|sense|idea|understanding|view)\s+of\s+
      (?:your|their|the\s+(?!(?:job|role|position|post|work|company|team)\b))
    | \bthe\s+way\s+(?:you|your\s+team)(?:\s+and\s+(?-i:[A-Z])[a-z]+)?\s+(?:are|were|['’]re|have\s+been)\s+
      [a-z]+ing\b
    | \b(?:gave|given|give)\s+me\s+(?:a\s+)?(?:clear|clearer|better|good|real|much\s+better|fuller)\s+
      (?:picture|sense|idea|understanding|view)\s+of\s+(?:how|what|why|where)\b
    | \b(?:stuck(?!\s+(?:around|about|at|behind))(?<!\breconcile\sstuck)(?<!\bthe\sstuck)
      (?!\s+(?:orders?|jobs?|tickets?|pallets?|shipments?|payments?|transactions?|files?|builds?|queues?)\b)|(?:stays|stayed)(?!\s+(?:readable|clean|tidy|simple|small|consistent|stable|green|low|high|under|below
      |above|within|on\s+(?:budget|track|time))\b)|stuck\s+out|stood\s+out|stands\s+out|resonated
      |resonates|rattling
      # round 270: "The organoid barcoding trick is still on my mind"
      |(?:(?<=\bstill\s)|(?<=\bbeen\s))on\s+my\s+mind
      # round 187: "The 3 a.m. pager story made me laugh"
      |(?:(?<=\bstory\s)|(?<=\bstories\s)|(?<=\banecdote\s)|(?<=\bjoke\s))(?:made|makes|still\s+makes)\s+me\s+(?:laugh|smile|chuckle|grin)
      # "The reach truck was a bit different to what I'm used to": their kit, tried there
      |(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbit\s)|(?<=\bquite\s)|(?<=\bvery\s)|(?<=\blot\s)|(?<=\bmuch\s))
      (?:different|heavier|lighter|bigger|smaller|faster|slower|trickier|harder|easier|newer|older)\s+(?:to|from|than)\s+
      (?:what\s+i(?:['’]m|\s+am|\s+was)\s+used\s+to|what\s+i\s+(?:use|used|expected|know)|mine|the\s+ones?\s+i))\b
    # Round 161: "we spent ages on their postgres failover setup"
    # Round 175: "Wei Jie spent most of the hour on the Kafka migration"
    | \b(?:we|you|they|she|he|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+spent\s+(?:ages|a\s+while|a\s+long\s+time|so\s+long|(?:most|half|much)\s+of\s+(?:it|(?:the|our)\s+
      (?:time|hour|interview|call|chat))|(?:\w+\s+)?(?:minutes|hours?))\s+(?:on|talking\s+about|going\s+through
      |discussing|digging\s+into)\b
    # round 244: "The spreader failures on the Berth 7 cranes that were described to me"
    | \b(?:that|which)\s+(?:were|was)\s+(?:described|explained|mentioned|outlined|shown|raised|flagged)\s+to\s+(?:me|us)\b
    # Round 159: "The numbers on the checkout redesign ... have had me sketching ever since"
    | \b(?:has|have)\s+had\s+me\s+[a-z]+ing\s+(?:ever\s+since|since|all\s+(?:week|day|weekend|evening))\b
    | (?P<artifact>\b(?:the|that|this|those|these|my)\s+(?:[\w-]+\s+){0,4}?I\s+(?:mentioned|promised|said
      |described|brought\s+up|talked\s+about|showed\s+you|told\s+you\s+about|sent|offered|sketched|drew
      |gave|made|raised|proposed|suggested|pitched|floated|presented)\b  # round 244: "The council budget story I pitched"
    | \b(?:the|that|this|those|these|my)\s+(?:[\w-]+\s+){0,3}?
      (?<!\bif\s)(?<!\bwhen\s)(?<!\bin\scase\s)(?<!\bshould\s)(?<!\btime\s)  # not "my certs if you need them"
      (?:you(?:\s+and\s+I|\s+guys|\s+all)?|we|your\s+team|y['’]all|u)  # "the homework help hour you and I talked about"
      (?:['’]ve|\s+have|['’]d|\s+had)?\s+
      (?:(?:\w+-)?\w+ed|ran|gave|showed|did|made|took|had|built|led|wrote|drew|broke|brought|said|told|saw|went\s+over|went\s+into|went\s+through|got\s+into|put
      |seen|done|found|given|taken|got|gotten
      # (not whom they are hiring: round 243's "I understand that your team is looking for someone")
      |set|use|run|face|threw|sent|mean|meant|want|plan|hope|do|does|(?:are|['’]re|(?<=team\s)is)\s+
      (?!(?:looking|hiring|recruiting|seeking)\b)\w+ing)\b  # "the Appium framework migration your team is doing"
    # round 270: "the Kano expansion that Tunde described": a person met, named
    | \b(?:the|that|this|those|these)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?-i:[A-Z][a-z]+)\s+
      (?:described|mentioned|showed\s+(?:me|us)|explained|outlined|raised|talked\s+about|shared|brought\s+up
      |walked\s+(?:me|us)\s+through|flagged)\b
      (?![^.!?\n]{0,30}?\b(?:website|site|blog|report|press|podcast|newsletter|article|paper|webinar|keynote)\b)
    # "the falls prevention clinic you're setting up"
    | \b(?:the|that|this|those|these)\s+(?:[\w-]+\s+){0,3}?(?:you|we|your\s+team|y['’]all|u)
      (?:['’]re|\s+are)\s+\w+ing\b
    # (not what the writer teaches: "I have taught the second-year hydrology practical")
    | (?<!\btaught\s)(?<!\bteach\s)(?<!\bteaches\s)(?<!\bteaching\s)
      \b(?:the|your|our|my|(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day['’]s)  # "Saturday's trial shift"
      # (not round 235's "Your studio is without question the most visionary practice")
      \s+(?:(?:[\w.-]+\s+){3,4}?(?<!\bwithout\s)(?<!\bbeyond\s)question\b  # "the linked list reversal question", "the 3 a.m. reefer alarm question"
      # (not an idiom: "the open question is how to keep them physically honest")
      # (nor "my background in test automation": a field of work; round 197)
      |(?:(?!(?:open|million-dollar|burning|age-old|eternal|perennial|in|of|for|with|as)\s)[\w-]+\s+){0,2}?(?:question
      |questions(?=\s+(?:about|on|around|regarding)\b)  # round 223: "the technical questions on the A320 fuel system"
      |answers?(?=\s+(?:about|to|on|regarding|when)\b)
      |q(?=\s+(?:threw|caught|stumped|tripped|was|about|on)\b)  # "the forklift safety q threw me"
      |prompt|scenario|puzzle|case\s+study
      |problem(?=\s+(?:about|on|around)\s+(?!(?:my|our|me)\b))  # round 225: "the design problem about reconciling duplicate entries"
      |case(?=\s+(?:on|about)\b)|exercise|presentation
      # round 243: "the group task wiring the consumer unit"
      |(?<=\bgroup\s)task|(?<=\bteam\s)task|(?<=\btrial\s)task|(?<=\bpractical\s)task|(?<=\bwritten\s)task
      # round 242: "the profitability case was a grocery chain" (a case named by its kind)
      |(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bcourt\s)
      case(?=\s+(?:was|were|involved)\s+(?:an?|the)\s)|demo|whiteboard
      |take-home|assignment|walkthrough|walk-through|walk-round|walkround|tour|site\s+visit
      # round 223: a nursery's sessions ("I especially enjoyed the messy play with the toddler room")
      |messy\s+play|free\s+play|story\s*time|circle[\s-]time|snack\s+time|phonics\s+session
      # (the people deciding, not the panel interview: "if the panel could reach a decision
      # within two weeks"; round 204)
      # "I appreciated the panel's questions about e-discovery" (before the panel itself)
      |(?:panel|interviewers|committee|board)['’]s?\s+questions?(?=\s+(?:about|on|around|regarding)\b)
      # (nor round 235's "help the panel's deliberations": its decision to come)
      # (round 240: "Should the panel require any further documents")
      # (round 258: "If the panel has any reservations about my candidacy")
      |panel(?!\s+(?:could|would|will|can|may|might|should|makes?|reach(?:es)?|decides?|meets?|requires?
      |requests?|(?:has|have|had)\s+(?:any|further|other|additional|more)\s)\b)
      (?!['’]s?\s+(?:deliberations?|decisions?|consideration|process|timeline|outcome|review)\b)
      |shadowing|role-play|roleplay|role\s+play
      |simulation|sample\s+lesson|teaching\s+demo|work\s+sample|test|tests|drill
      |mock\s+(?:call|calls|interview|lesson|pitch|sale|negotiation|meeting|consultation|shift|session|exam
      |client|customer|handover|audit|inspection)|(?:demonstration|demo|model|observed|trial)\s+lesson
      |practical(?!\s+(?:experience|skills?|knowledge|approach|sense|mind|side|nature|training|background|grounding
      |understanding|foundation|exposure|application|help|tips|advice|support|matters|terms|level))
      |assessment|skills\s+test|trial\s+shift
      |(?:trial|test|tasting|audition)\s+(?:dish|dishes|plate|bake|menu|cook)  # "the trial dish of hake"
      |ride-along|ride\s+along|working\s+interview
      |live\s+coding|coding\s+(?:test|exercise|challenge|task)|pairing\s+session
      |pair[- ]programming(?:\s+(?:bit|part|session|exercise|task))?
      |(?:coding|technical|group|assessment|interview|first)\s+round
      # (not the round to come: "my availability for the second round is Sunday to Wednesday";
      # round 199)
      |(?<!\bfor\sthe\s)(?<!\bahead\sof\sthe\s)(?<!\bbefore\sthe\s)(?<!\bto\sthe\s)
      (?:final|second)\s+round)\b
      # (the question, when one follows: "the whiteboard question", "the presentation question")
      (?!\s+(?:question|questions)\b))
    # A place seen at the interview ("the plant", "the floor"), but not where the job is ("a
    # shift at your Daventry site") nor where the writer works ("my lab", "I've been in the
    # microbiology lab for six years", "six years on the floor at a cross-dock")
    | (?<!\bbeen\sin\s)(?<!\bworked\sin\s)(?<!\bwork\sin\s)(?<!\bworking\sin\s)
      (?<!\bbeen\son\s)(?<!\bworked\son\s)(?<!\bwork\son\s)(?<!\bworking\son\s)
      (?<!\byears\sin\s)(?<!\byears\son\s)(?<!\bmonths\sin\s)(?<!\bmonths\son\s)
      (?<!\bexperience\sin\s)(?<!\bexperience\son\s)  # "my experience in the classroom"
      (?<!\bat\s)
      (?<!\bon\sin\s)  # round 195: "the work going on in the lab": the place in general
      # "a strong addition to your kitchen brigade": where the writer would work
      (?<!\baddition\sto\s)(?<!\bmember\sof\s)(?<!\bpart\sof\s)
      # "decisions on the shop floor": the idiom for where work is done, anywhere (not "on the
      # shop floor today", a visit)
      (?!(?<=\bon\s)the\s+shop\s+floor\b(?!\s+(?:today|yesterday|this|last|on|during|with|at)\b))
      # (nor praise: round 243's "the best kitchen team in the whole city")
      \b(?:the|your|our)\s+(?:(?!(?:of|for|as|best|finest|greatest|nicest|most)\b)[\w-]+\s+){0,2}?  # not "the position of warehouse ..."
      (?:lab|floor|plant(?!\s+(?:ranges?|care|species|names?|sales|stock|health|pots?|beds?|life|based))
      |kitchen|classroom|warehouse|site|depot|(?-i:DC|RDC))\b  # (not "learning the plant ranges" at a garden centre)
      # (nor "the site supervisor role", "the warehouse operative job": a job's title)
      (?!\s+(?:"""
        + JOB_TITLE_NOUNS
        + r"""|role|job|position|post|vacancy)\b)
    # (not "the most useful lesson from that period": what the writer learned)
    | \b(?:the|that)\s+(?!(?:most|biggest|best|hardest|key|main|big|real)\b)(?:[\w-]+\s+){0,2}?lesson\b
      (?!\s+(?:from|of)\s+(?:that|those|my|this|these)\b|\s+i\s+(?:learned|learnt|took|drew)\b
      |\s+(?:learned|learnt)\b)
    | \b(?:gave|give)\s+(?:you\s+)?(?:a|an|the|my)\s+(?:[\w-]+\s+){0,2}?answers?\s+(?:about|to|on
      |regarding|when)\b
    | (?!(?:Your|Our|My|Their|His|Her|Its|The|This|That)\b)(?-i:[A-Z][a-z]+)['’]s\s+(?:[\w-]+\s+){0,3}?(?:question|point|comment|example|story|description
      |pushback|push-back|critique|objection|note  # round 216: "Chef Laurent's note that my beurre blanc split"
      |explanation|idea|suggestion|remark|concern|challenge|presentation|demo|tour|plan|tip|tips
      |advice|pointer|pointers|trick|warning|feedback|figure|estimate|build|prototype|sketch|whiteboard
      |spreadsheet|notebook|rota)\b
    # "turning over that figure of roughly 400 covenant reviews": a number they gave
    | \b(?:that|your)\s+(?:figure|estimate|number|stat|statistic)\s+of\s+(?:about\s+|roughly\s+|around\s+
      |nearly\s+|almost\s+|over\s+|some\s+)?(?:\d|£|\$|€)
    # The same said the way many languages say it: "the explanation of Mrs. Laurent about"
    | \bthe\s+(?:[\w-]+\s+)?(?:question|point|comment|example|story|description|explanation|idea
      |suggestion|remark|presentation|demo|tour|tips?|advice|feedback)\s+of\s+
      (?:(?-i:Mr|Mrs|Ms|Dr|Miss|Chef|Prof)\.?\s+)?(?-i:[A-Z][a-z]+)\b
    # "The questions of the jury on the extension of the bike lanes"
    | \bthe\s+(?:questions?|remarks?|comments?)\s+of\s+the\s+(?:jury|panel|committee|board)\s+(?:on|about)\b
    | \b(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:suggestion|suggestions|feedback|demonstration)\b
    # (round 221: "in response to the query raised by the Hon'ble member regarding the delay")
    | \bthe\s+(?:[\w-]+\s+)?(?:point|points|question|questions|issue|issues|query|queries)\s+(?:you\s+|that\s+you\s+
      |that\s+was\s+|that\s+were\s+)?(?:raised|asked|posed|flagged)\b  # "the point raised about the cutover"
    | \b(?:enjoyed|loved|liked)\s+(?:\w+ing\s+(?:with|on|in|at|alongside)\s+
      # "enjoyed shadowing the dental cleaning on the elderly greyhound this morning" (not a
      # gerund that needs more words: "loved seeing the kitchen today")
      |(?!(?:seeing|meeting|hearing|learning|touring|visiting|talking|speaking|chatting|discussing
      |getting|having)\b)\w+ing\s+)?(?:the|our|your)\s+(?:(?!my\b)[\w-]+\s+){1,6}?(?:this\s+(?:morning|afternoon
      |evening)|today|yesterday|last\s+\w+|on\s+\w+day)\b)
    | \b(?:enjoyed|loved|liked)\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?(?:once|when|after)\s+(?:the|we|you)\b
    # "I enjoyed sketching the packaging idea for the oat milk line with you": what was done
    # together, its own words the topic
    | \b(?:enjoyed|loved|liked)\s+(?P<done>\w+ing\s+(?:(?!\b(?:and|but|so)\s+I\b)[^.!?;\n]){3,80}?)\s+(?:with|alongside)\s+(?:you|u
      |your\s+[\w-]+|the\s+team|(?-i:[A-Z][a-z]+))\b(?!\s+(?:at|in|during|on)\s+my\b)
    | \bsorry\s+(?:again\s+)?(?:about|for)\s+(?:the|my|that|\w+ing)\b
      # (round 266: not the note itself, "Sorry for the short message, I write from the train")
      (?!\s+(?:(?:short|brief|quick|long|late|delayed|rushed)\s+)?(?:message|note|e-?mail|mail|reply|response
      |typos?|delay|brevity|formatting)\b)
    | \bsorry\s+(?:again\s+)?(?:that\s+)?I\s+(?:took\s+(?:a\s+while|so\s+long|ages)\s+(?:on|over|with)|fumbled
      |blanked\s+on|froze\s+on|struggled\s+(?:with|on)|rushed|stumbled\s+(?:on|over))\b
    # round 222: "I also explained how I handled the daily cash reconciliation during my
    # internship": what the writer told them in the interview, opening the sentence
    | (?:^|(?<=[.!?]\s))I\s+(?:also\s+|briefly\s+)?(?:explained|described)\s+(?=(?:how|why)\s)
    # round 221: "I know I fumbled the planogram task on the shampoo bays" (a task of the day
    # owned up to; not "I messed up my last exam")
    | \bI\s+(?:know\s+(?:that\s+)?I\s+)?(?:fumbled|botched|flubbed|fluffed|messed\s+up|rushed|overcooked|undercooked)\s+
      (?=(?:the|that|your)\s+(?:[\w-]+\s+){0,3}?(?:task|test|exercise|question|section|case|scenario|role-?play
      |tasting|demo|offset|bend|weld|calculation|problem|sauce|dish|plate)s?\b)
    # round 230: a trial's tasks done with someone named, "I did the tills and the fragrance
    # fixture with Jade" (not "I did the training with Sarah at my last job")
    | \bI\s+did\s+(?=the\s+(?:[\w-]+\s+){1,6}?with\s+(?-i:[A-Z][a-z]+)\b
      (?![^.!?]*\b(?:my|our)\s+(?:last|previous|former|old|current)\b))
    # round 238: "hearing someone with your track record explain how you rebuilt the Macau gaming
    # coverage" (what they did, told in the interview)
    | \bexplain\s+how\s+(?:you|your\s+team)\s+(?=(?:[a-z]+ed|rebuilt|built|ran|grew|cut|set\s+up|made|took)\s)
    # round 238: "The best bit of the shift for me was the woman looking for a present", "I know
    # I was slow with the hoist transfers today", "helping the aunty who wanted a Kanjeevaram silk"
    | \bthe\s+(?:best|hardest|trickiest|favou?rite)\s+(?:bit|part)\s+of\s+(?:the|my|today['’]s)\s+(?:shift|day|trial
      |morning|afternoon|stage)\s+(?:for\s+me\s+)?(?:was|were)\b
    | \bI\s+was\s+(?:a\s+bit\s+|too\s+|really\s+|quite\s+)?slow\s+(?:with|on|at)\s+(?=the\s)
    | \bhelping\s+(?=(?:the|a|an)\s+(?:[\w-]+\s+)?(?:customer|lady|man|woman|aunty|auntie|uncle|gentleman|girl|boy
      |kid|child|resident|patient|guest|couple|family)\s+(?:who|with|to|find|choose|pick)\b)
    # round 228: "I got step 4 wrong in the quiz" (not "I got it wrong in my last exam")
    | \bI\s+got\s+(?=(?:the\s+)?(?:[\w-]+\s+){1,3}?wrong\s+(?:in|on|during)\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:quiz|test
      |exercise|assessment|practical|task|trial)\b)
    # round 246: "i know the risotto went wrong at the start" (a task of the day gone wrong)
    | \bthe\s+(?!(?:interview|meeting|call|chat|conversation|day|trial|shift|test|session|start|end|first|second)\b)
      (?:[\w-]+\s+){1,2}?(?=went\s+(?:wrong|badly|sideways|pear-shaped)\s+(?:at|in|on|during|when|with)\b)
    | \bthe\s+(?:bit|part)\s+(?:about|where|when)\b  # "the bit about needing an owner for the audit"
    | \bthe\s+(?:[\w-]+\s+)?point\s+(?:about|on|regarding)\b  # "pick up the point about the backlog"
    # "I was asked how I would" (not the writer's past: "In 2023 I was asked to lead a team")
    | (?<!\b(?:19|20)\d\d\s)(?<!\b(?:19|20)\d\d,\s)
      \b(?:i|we)\s+(?:was|were)\s+asked\s+(?:about|how|what|why|whether|if|to|for)\b
    | (?:(?<=\bto\sbe\s)|(?<=\bbeing\s))asked\s+(?:about|how|what|why|whether)\b  # "pleased to be asked about"
    # "I was particularly interested in the falls-prevention audit the ward has been running"
    | \b(?:i|we)\s+(?:was|were)\s+(?:particularly\s+|especially\s+|really\s+|most\s+)?interested\s+(?:in|by)\s+
      (?:the|your|how)\b
    | \b(?:which|that)\s+you\s+(?:handed|gave|lent|passed|showed)\s+me\b  # "the leaflet ... which you handed me"
    | \bwhat\s+I\s+(?:said|mentioned|told\s+you|explained)\s+(?:about|on|regarding)\b  # "to add to what I said about"
    # a correction: "I told you I'd been on the cardiac ward for four years, but it's three and a half";
    # an answer taken further: "I told you I wasn't sure whether tankering fuel into Boise still
    # made sense" (round 142)
    | \bI\s+(?:told|said\s+to)\s+you\b(?!\s+(?:in|about)\s+my\s+(?:application|cover|cv|letter|e-?mail))
    | \bhad\s+(?:a\s+|such\s+a\s+)?(?:blast|ball|great\s+time|good\s+time|fun)\s+\w+ing\b  # "had a blast making the paloma"
    # Someone placed or described before what they said: "Bev in the yard office said",
    # "Priya from payroll mentioned", "The supervisor with the grey beard asked me" (not
    # "Then at the end I said")
    | (?:\b(?:the|your)\s+(?:supervisor|manager|engineer|chef|foreman|nurse|sister|director|lead|tester
      |lady|man|woman|gentleman|guy|person|colleague|receptionist|chair|panellist|panelist
      |assessor|examiner|recruiter|interviewer|instructor|trainer|owner|architect|officer)
      |\b(?-i:(?!(?:Then|Later|Earlier|Also|And|But|So|When|After|Before|Back|Once|Here|There|This|That
      |It)\b)[A-Z][a-z]+))  # (a whole word: not the "Cs" of "two ASCs in Frisco where you said")
      \s+(?:with|from|in|at|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?<!\bI\s)(?<!\bwe\s)(?:said|mentioned
      |told\s+me|explained|showed\s+me|asked)\b
    # "agree the autocomplete is the culprit" (not "to agree the timetable with the auditors")
    | (?<!\bto\s)\bagree\s+(?:with\s+you\s+)?(?:that\s+)?(?:the|your|our|it['’]?s)\b
    | \byou\s+were\s+(?:very\s+|really\s+|refreshingly\s+|so\s+)?(?:frank|honest|candid|open|upfront|clear
      |straight)\s+(?:with\s+(?:me|us)\s+)?(?:about|that)\b  # "You were frank about the old software"
    | \bhow\s+(?:very\s+|refreshingly\s+)?(?:frank|honest|candid|open|upfront|clear|straight
      |transparent)\s+(?:you|she|he|they|everyone)\s+(?:were|was)\s+(?:with\s+(?:me|us)\s+)?about\b
      # "I appreciated how candid you were about the backlog"
    | \b(?:you(?:\s+were|['’]re|\s+are)|ur|youre)\s+(?:quite\s+|absolutely\s+|so\s+)?(?:right|spot\s+on|correct)
      # "You're right that the culvert will need a full closure", "You were right, they're
      # KS1000 RW at 80mm", round 217: "ur right the reach truck in aisle 14 is way touchier"
      (?:\s+(?:about|that)\b|\s*[,:;—–]\s|(?<=\bright)\s+(?=the\s))
    | \b(?:loved|liked|enjoyed|appreciated|admired|noticed)\s+how\s+(?:you|your\s+[\w-]+|everyone|they
      |(?:each|both|all|the\s+(?:two|three|four))\s+of\s+you  # round 249: "how each of you brought"
      |the\s+(?:team|crew|staff|kitchen|bar|floor|shop|line|group|nurses|teachers))\b
    | \b(?:remember|recall)\s+(?:how|when|the\s+way)\s+(?:you|she|he|they|we|y['’]all
      |(?-i:[A-Z])[a-z]+)\s+\w+\b  # "I still remember how she laughed when ..."
    | \b(?:after|since|following)\s+(?:our|the|yesterday['’]s|today['’]s)\s+(?:[\w-]+\s+)?(?:conversation
      |interview|meeting|call|discussion|chat|exercise|test|task|part|presentation|demo|assessment|tour
      |walk-?through|walk-?round|tasting|ride-along|trial\s+shift)\b
    # "the month-end close delay which came up": a topic of the interview
    | \b(?:the|that|this|those|these)\s+(?:[\w-]+\s+){0,4}?(?<!\brole\s)(?<!\bjob\s)(?<!\bposition\s)
      (?<!\bopening\s)(?<!\bvacancy\s)(?:that|which)\s+came\s+up\b
    # "As promised, I've attached the reading intervention tracker I use ..."
    | \bas\s+promised\b
    # "Marcy Alvarez (not Alvarado, as I said)": a correction of what was said
    | \bnot\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+,?\s+as\s+I\s+(?:said|had\s+it|told\s+you|wrote)\b
    # not "As mentioned in my application": what the writer wrote before
    | \bas\s+(?:discussed|mentioned|agreed)\b(?!\s+in\s+my\s+(?:application|cover\s+letter|cv|r[eé]sum[eé]
      |covering\s+letter|letter|e-?mail|form|profile))
    | \b(?:as|like)\s+(?:we|you|the\s+[\w-]+(?:\s+[\w-]+)?|(?-i:[A-Z])[a-z]+)\s+(?:\w+\s+)?
      (?:discussed|mentioned|talked|noted|said|agreed|asked|requested|suggested)\b
    # "the warm-up your Grade 5s were doing when I sat in"
    | \b(?:when|while)\s+I\s+(?:sat\s+in|was\s+sitting\s+in|shadowed|was\s+shadowing|was\s+observing
      |observed|toured|was\s+touring|was\s+on\s+(?:site|the\s+(?:floor|ward|tour)))\b
    | \b(?:when|where|how)\s+(?:we|you)\s+(?:\w+\s+)?(?:discussed|talked|spoke|mentioned|described
      |explained|asked|walked|showed|toured|reviewed|covered|got\s+into|went\s+through
      |pushed\s+back|challenged|questioned|probed|pressed|queried
      |(?<=\bwere\s)(?:looking\s+(?:at|over|through)|going\s+(?:through|over)|talking|discussing))\b
    # Round 150: "I've been wondering since Monday whether the committee went ahead with", "You
    # seemed worried about how the rota would cope", "The title I was searching for on Wednesday"
    | \bwondering\s+(?:since\s+[\w-]+\s+)?(?:whether|if|how)\s+(?:the|your|you)\b
    | \byou\s+(?:seemed|sounded|looked)\s+(?:\w+\s+)?(?:worried|concerned|keen|excited|frustrated|unsure)\s+
      (?:about|that|whether|by)\b
    | \bthe\s+(?:title|name|word|term|book|paper|author)\s+I\s+(?:was\s+searching\s+for|was\s+trying\s+to\s+
      (?:remember|recall|think\s+of)|couldn['’]t\s+(?:remember|recall|think\s+of))
    # Round 142: "I saw the gap on the hinge side while we were plating the halibut"
    | \b(?:when|while)\s+we\s+were\s+(?:plating|cooking|prepping|tasting|walking|touring|sketching
      |whiteboarding|pairing|chatting|watching|shadowing|looking|talking|discussing)\b
    | \b(?:show(?:ing|ed)?|walk(?:ing|ed)?|introduc(?:ing|ed)|gave|giving)\s+(?:me|us)\b
      (?!\s+(?:the|an?|this|such\s+an?)\s+(?:\w+\s+){0,2}(?:opportunity|chance|privilege|time|feel|sense|idea
      |picture|understanding|insight|glimpse|flavou?r|overview|appreciation|grounding|foundation|basis
      |background|head\s+start|confidence|exposure)\b  # "gave me a real feel for", "a solid grounding"
      # (not "These projects gave me solid experience with staged construction": the writer's own)
      |\s+(?:[\w-]+\s+)?(?:experience|grounding|exposure|background|confidence)\b)
    # Round 134: "Please say hello to Bernadette for me", "I couldn't remember the author's name
    # at the time", "I've rebuilt the spreadsheet with the orange tabs from memory"
    | \bsay\s+(?:hello|hi)\s+to\s+(?-i:[A-Z][a-z]+)\b
    # round 263: "I understood from you that the night audit is handled by the front office team"
    | \b(?:understood|learned|learnt|gathered)\s+from\s+(?:you|the\s+panel|your\s+team)\s+that\b
    # round 263: "Please pass my thanks to Derek on reception", "give Biscuit a scratch"
    | \bpass\s+(?:on\s+)?my\s+thanks\s+to\s+(?-i:[A-Z][a-z]+)\b
    | \bgive\s+(?-i:[A-Z][a-z]+)\s+a\s+(?:scratch|pat|hug|wave)\b
    # "The 6 a.m. start won't be a problem": an answer to what they raised
    | \bthe\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock)?\s+(?:start|starts|finish|finishes|shift
      |shifts|call-?outs?)\s+(?:won['’]t|will\s+not|wouldn['’]t|would\s+not|isn['’]t|is\s+not)\s+(?:be\s+)?
      (?:a|an|any)\s+(?:problem|issue)
    | \b(?:couldn['’]t|could\s+not|didn['’]t|did\s+not)\s+(?:remember|recall|think\s+of)\b
      (?=[^.!?]{0,50}?\b(?:at\s+the\s+time|on\s+the\s+day|on\s+the\s+spot|when\s+you\s+asked)\b
      |\s+the\s+name\s+of\b)  # "the bakery that I couldn't remember the name of is Manteigaria"
    | \b(?:rebuilt|redrew|redid|recreated|sketched|drew|reworked|jotted\s+down|wrote\s+(?:out|down))\s+
      (?:the|that|your)\s+(?:[\w-]+\s+){0,6}?from\s+memory\b
    # "good tip about getting the CIPP foundation cert before the second interview"
    | \b(?:good|great|useful|handy|helpful)\s+(?:tip|steer|pointer|shout)\s+(?:about|on|re)\b
    # round 210: "Your trick of scribing the jamb with a washer saved me a lot of planing"
    | \byour\s+(?:trick|tip|hack|pointer)\s+(?:of|about|for|on|with)\b
    # "appreciate you taking me along to the combi swap in Fairview"
    | \b(?:taking|took|bringing|brought)\s+me\s+(?:along|round|around)\b
    # "good to have a look over the new dragline substation"
    | \b(?:have|had|having)\s+a\s+(?:look|nose|wander|walk|poke)\s+(?:over|at|round|around|through)\s+(?:the|your)\b
    | \b(?:letting|let|allowing|having)\s+me\s+(?:work|shadow|try|sit\s+in|observe|join|run|lead|teach|cook
      |loose\s+on
      |taste|listen|hear|hold|test|look\s+at|look\s+inside
      |jump\s+(?:on|in)|have\s+a\s+(?:go|crack)|help\s+(?:with|on|out)|use|drive|operate|serve|prep|tag\s+along
      # round 227: "then he let me help tie in the ledgers on the second lift"
      |help\s+(?:to\s+)?(?!you\b|me\b|out\b)[a-z]+\s+(?:(?:in|up|out|on|off|down)\s+)?(?:the|your)\s
      |watch|ride\s+(?:out|along))\b
    | \b(?:watching|watched)\s+(?:you|your\s+\w+|the\s+team|how\s+(?:you|your)|her|him|them
      |(?:how\s+)?(?-i:[A-Z][a-z]+)(?=\s+[a-z]))\b  # "watching Tomasz shape the rye loaves", "watching how Jess calls the pass\"
    | \b(?:seeing|saw|watched|watching|see)\s+(?:how\s+)?(?:I|me)\s+\w+  # "seeing how I made up the king room"
    | \b(?:on|during)\s+(?:the|my)\s+(?:train|drive|bus|flight|walk|way|ride|commute)\s+(?:home|back)\b
    # "Marjorie ... told me on the way out that ..." (not "With third-party cookies on the way
    # out": going out of use)
    | (?<![a-tv-z]s\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)\bon\s+(?:the|my)\s+way\s+out\b
    | \bduring\s+(?:the|my|your|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?:stage|trial|shift|test|tour|demo
      |walkthrough|practical|assessment|exercise|ride-along|observation|lesson|role-play|simulation
      |simulator\s+(?:session|check|ride|assessment))\b  # round 267: "During the simulator session I"
    # "my laminated dough was uneven on the trial": only "on" (what comes before it counts), so
    # that "following up on the forklift assessment" still finds "the forklift assessment"
    | \bon\s+(?=(?:the|my|your|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?:trial|test|practical|assessment
      |exercise|demo|task|tour|walk-?through|walk-?round|walk-around|tasting|ride-along)\b)
    # "you saw that in the trial": not "in my trial period at Asda"
    | \bin\s+(?=(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:trial|practical|assessment|exercise|demo|task
      |tour|walk-?through|tasting|ride-along)\b)
    # "the Jura we couldn't place at the end of the tasting": what happened comes before
    | \b(?:at|by)\s+the\s+(?:end|start)\s+of\s+(?=(?:the|my|your|our)\s+(?:[\w-]+\s+){0,2}?(?:trial|tour
      |walk[-\s]?through|walk[-\s]?round|tasting|ride-along|practical|demo)\b)
    # "the committee's questions on Tuesday, especially the one about the conduit bending problem"
    # (round 227: "the panel's focus on fatigue management for the night shift")
    | \bthe\s+(?:committee|panel|board|interviewers?)['’]s?\s+(?:question|questions|point|points|comment
      |comments|focus|emphasis|concern|concerns|scenario|example|challenge
      |hesitation|hesitations|reservations|worries)\b  # round 236: "the board's hesitation after ..."
    # round 267: "Captain Ahmed's comments on crew resource management"
    | \b(?-i:[A-Z][a-z]+)['’]s\s+(?:comments?|remarks?|tips?|feedback|advice|suggestions?|explanation)
      \s+(?:on|about|regarding)\b
    | \b(?:especially|particularly|notably)\s+the\s+one\s+(?:about|on|where|when)\b
    | \b(?:the|that|this|those)\s+(?:[\w-]+\s+){0,4}?(?:on|in)\s+your\s+(?:office\s+)?(?:wall|whiteboard|desk
      |noticeboard|board|screen|monitor)\b  # "the close calendar on your office wall"
    | \b(?:kept|keeps|been)\s+(?:bugging|nagging\s+at|nagging)\s+me\b
    # "you let me show the Thai massage stretching on Khun Mark", "still laughing about the
    # guest who checked in with a parrot"
    | \b(?:you|u)\s+(?:let|allowed|invited)\s+me\s+(?:to\s+)?(?:show|try|demonstrate|do|practi[cs]e|make
      |cook|shadow|watch|sit\s+in\s+on|taste|help\s+with|run|drive|use|test)\b
    | \b(?:still\s+)?(?:laughing|smiling|chuckling|grinning)\s+(?:about|at|over)\b
    # "helpful to hear from Ms. Greene and Mr. Hall on Tuesday about the payroll backlog", "the story
    # about the wedding party and the lost rings"
    | \bhear(?:ing)?\s+from\s+(?!(?:you|u|y['’]all|back)\b)(?:[\w.'’-]+\s+){1,8}?about\b
    # round 184: "That story about the logistics client who almost churned ... was wild"
    | \b(?:the|that|those)\s+(?:story|stories|anecdote|joke|tale)\s+(?:about|of)\b
      (?!\s+(?:my|our|me|myself|how\s+i|when\s+i)\b)  # (not the writer's own: "that story about my grandfather's shop")
    # "I loved the idea of the TikTok series with the alfajores factory"
    | \b(?:loved|liked|enjoyed|love|like|appreciated)\s+(?:the|your|that)\s+idea\s+(?:of|about|for)\b
    # round 209: "the idea about moving the skincare testers near the cashier is really smart"
    # (not a mission read: "The idea of making cross-border payments boring is exactly ...")
    | (?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:the|that)\s+idea\s+about|your\s+idea\s+(?:of|about))\s+(?=[a-z]+ing\b)
    # "She and I spoke this morning about the reconciliation engine": a talk the writer had
    | \b(?:you|she|he|they|(?-i:[A-Z][a-z]+))\s+and\s+I\s+(?:spoke|talked|chatted|discussed)\b
    # "spoke with Tanya about the backlog of denied Medicare claims"
    # (round 200: "Talked a lot with Denise about the holiday staffing plan")
    | \b(?:spoke|spoken|talked|chatted|speaking|talking|chatting)\s+(?:(?:a\s+lot|at\s+length|for\s+a\s+while
      |quite\s+a\s+bit)\s+)?(?:with|to)\s+(?:you|him|her|them
      |the\s+[\w-]+|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+about\b
    # "I appreciated the overview of the permit intake process", "I liked very much the
    # explanation about the new mobile check-in", "the tip about keeping the microgreens low"
    # "Your walk-through of the ventilation model for the new decline"
    | \b(?:the|your)\s+(?:[\w-]+\s+)?(?:overview|explanation|description|demo|demonstration|walkthrough
      |walk-through|breakdown|rundown|tip|tips|advice|pointer|pointers)\s+(?:of|about|on|into|regarding)\b
    # "I hadn't thought about pulling the bins on the slope", "the chance to look at the
    # Worcester combi in your workshop"
    | \b(?:hadn['’]?t|had\s+not|had\s+never)\s+(?:thought\s+(?:about|of)|considered
      # round 187: "I hadn't realised the Leeds depot runs two night shifts"
      |(?:realised|realized|known)(?:\s+that)?(?=\s+(?:the|your|you|they|there)\b))
    # "Good luck with the Aldi pitch next week!" (not "good luck with the rest of the process")
    | \bgood\s+luck\s+(?:with|on|for)\s+(?:the|your)\s+(?!rest\b|search\b|recruitment\b|hiring\b|process\b
      |interviews\b|decision\b)
    | \b(?:chance|opportunity)\s+to\s+(?:look\s+at|see|try|use|work\s+on|test|handle|drive|taste
      |examine|inspect|strip\s+down|fix|play\s+with)\b
    # "I appreciated the chance to run the grill station during the lunch rush": a task done
    # there, told in the past (not "I'd welcome the chance to run the night shift")
    | \b(?:appreciated|enjoyed|loved|liked|valued)\s+(?:the|having\s+the)\s+(?:chance|opportunity)\s+to\s+
      (?:run|operate|cook\s+on|work\s+(?:on\s+)?the|serve\s+on|prep|sit\s+in\s+on)\b
    # "i didnt know you guys do the oat milk cortado thing": something learnt there
    | \b(?:didn['’]?t|did\s+not)\s+(?:even\s+)?(?:know|realise|realize)\s+(?:that\s+)?(?:you|u|y['’]all)
      (?:\s+guys)?\s+(?!(?:were|are|was|had\s+been)\b)
    # round 185: "He loved the Yarra Valley wedding set and asked heaps about my lighting"
    | \basked\s+(?:me\s+)?(?:heaps|lots|loads|a\s+lot|plenty|so\s+much|a\s+bunch)\s+(?:of\s+questions\s+)?about\b
    | \b(?:he|she|you|they|(?!i\b)\w+\s+and\s+(?!i\b)\w+)\s+(?:really\s+|especially\s+|both\s+)?
      (?:loved|liked|enjoyed)\s+(?:the|my)\s  # round 193: "Mark and Aisha loved my click & collect idea\"
    | \bnoticed\s+(?:that\s+)?(?:the|your)\s  # "I noticed the second batch proved faster by the ovens"
    # round 195: "I also noted the advice from the class teacher, Mrs Adebayo, on keeping ..."
    | \b(?:noted|took\s+(?:on\s+board|note\s+of)|remembered|appreciated|valued)\s+(?:the|your)\s+
      (?:advice|tips?|pointers?|feedback|suggestions?|comments?)\s+(?:from|you\s+gave|about|on)\b
    | \blike\s+the\s+ones?\s+(?:behind|at|in|on|by|near|under)\s+(?:the|your)\b  # "a cash recycler like the one behind the counter"
    # round 255: "Plenty of people would have glossed over the 2 a.m. cut-off scramble" (what
    # they did not hide)
    | \bwould\s+have\s+(?:glossed|skated|brushed|skipped)\s+over\b
    # round 253: "The crane signalling bit went ok I think" (a part of the day, how it went)
    | \bthe\s+(?:[\w-]+\s+){1,3}?(?:bit|part|section|task|test|exercise)\s+(?:went|was)\s+(?:ok|okay|well|fine
      |badly|alright|all\s+right|better|worse|rough|tough)\b
    # round 252: "Tricky one on the Wattle Street rezoning and the flood overlay" (a question)
    | \b(?:tricky|tough|hard|curly|good|great|fun|interesting|fair|nice|sneaky|testing)\s+one\s+(?:on|about)\s+
      (?=(?:the|your|that)\s)
    # round 250: "I forgot to say to the supervisor that I also have the licence for the reach
    # truck", "i forgot to tell him i have the matriculation for three-phase installations"
    # (something owed to someone met there; not "I forgot to tell you": the reader)
    | \bi\s+forgot\s+to\s+(?:say|tell|mention)\s+(?:to\s+)?(?:him|her|them|the\s+(?:[\w-]+\s+)?(?:supervisor|manager
      |panel|interviewer|foreman|chef|owner|partner|partners|director|lead|engineer|nurse|doctor|head))\b
    """
    ),
    re.VERBOSE | re.IGNORECASE,
)
GERUND_CUE = re.compile(
    tolerant(r"""
    \b(?:discussing|discussed|talking\s+about|talked\s+about|talking\s+through|talked\s+through
      |(?:to\s+)?talk\s+through|(?:to\s+)?chat\s+about|to\s+talk\s+about
      # "Good to chat at the van this morning about the bathroom refits", "talking with you today about"
      |(?:(?:to\s+)?(?:chat|talk|speak)|chatting|chatted|talking|talked|speaking|spoke)(?:\s+(?:with|to|w/)\s*(?:you|u))?
        (?:\s+(?:today|yesterday|earlier|this\s+(?:morning|afternoon|evening)|on\s+\w+day
        |(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day  # "Good talking with you Tuesday about"
        |(?:at|by|in|on|over)\s+the\s+[\w-]+)){1,2}\s+about
      |chatting\s+about|chatted\s+about|speaking\s+about|to\s+discuss|hearing(?!\s+(?:back|from\s+(?:you|u|y['’]all)\b))
      |(?:to\s+)?hear(?!\s+(?:back|from|whether|if)\b)|heard(?!\s+(?:back|from))
      |learning(?!\s+to\s)|learned(?!\s+to\s)|learnt(?!\s+to\s)  # not "I've learnt to stay calm"
      # "I liked very much to know about the barter" (not "I want you to know that ...": round 250)
      |(?:to\s+)?learn|(?<!\byou\s)(?<!\bu\s)to\s+know(?:\s+more)?(?=\s+(?:about|that|how)\b)
      |seeing|(?:to\s+)?see|touring|exploring|reviewing|digging\s+into|going\s+over
      # round 221: "I appreciate you going through the harness and tagging checks with me" (not
      # "going through a tough time")
      |(?<=\byou\s)going\s+through|(?<=\bfor\s)going\s+through
      |(?<=enjoyed\s)(?:watching|observing)(?=\s+(?:the|your|how|you)\b)  # "enjoyed watching the circle-time"
      # round 195: "I enjoyed taking the Primary 2 pupils through the phonics session"
      |(?<=enjoyed\s)taking(?=\s+(?:the|your)\s+(?:[\w-]+\s+){1,3}?through\b
        (?![^.!?]*\b(?:my|our)\s+(?:last|previous|former|old|current)\b))
      |working\s+through|walking\s+through|(?:to\s+)?walk\s+(?:round|around|through|along)|walking\s+(?:round|around|along)
      |helping\s+(?:with|on|out)|helping\s+(?:to\s+)?\w+(?=\s+(?:the|a|an|your)\b)|pairing\s+(?:on|with)
      |helping\s+(?=(?:the|your)\s+[\w-]+\s+with\b)  # round 197: "helping the toddlers with the sensory tray"
      # round 223: "helping Ms Rowe settle the two new starters at snack time"
      |helping\s+(?=(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr|Chef)\.?\s+)?[A-Z][a-z]+)\s+(?:to\s+)?[a-z]+\s+(?:the|your|a|an|some|two|three|with)\b)
      |walking\s+(?=(?:the|your)\s)  # "Walking the Hillcrest job with you"
      # "Riding along with Pete on the Lebanon route", "shadowing Maria on the ward" (not "riding
      # along with my dad", "shadowing nurses in my placement": the writer's own past)
      |(?:riding|tagging)\s+along\s+with\s+(?=you\b|your\b|(?-i:[A-Z][a-z]+)\b(?!\s+(?:at|in)\s+my\b))
      |(?:riding|tagging)\s+along\s+on\s+(?=(?:the|your|\w+day['’]s)\s)  # "Riding along on the Tuesday route"
      |shadowing\s+(?=you\b|your\b|(?-i:[A-Z][a-z]+)\b(?!\s+(?:at|in)\s+my\b))
      # round 255: "it was really good to shadow Ailsa on the morning round today"
      |to\s+shadow\s+(?=you\b|(?-i:[A-Z][a-z]+)\b(?!\s+(?:at|in)\s+my\b))
      # round 227: "shadowing the closing shift w/ Luis" (not "shadowing nurses on my placement")
      |shadowing\s+(?=the\s+(?:[\w-]+\s+){0,2}?(?:shift|round|rounds|ward|team|crew|session|class|clinic)
        \s+(?:with|alongside)\s+(?=you\b|(?-i:[A-Z])))
      # "It was good to cook alongside Tom on the grill section"
      |(?:to\s+)?(?:cook|cooking|work|working)\s+alongside\s+(?=you\b|your\b|(?-i:[A-Z][a-z]+)\b(?!\s+(?:at|in)\s+my\b))
      # round 219: "thinking a lot about the Saturday build crews"
      |thinking\s+(?:a\s+lot\s+|a\s+great\s+deal\s+|(?:a\s+)?(?:bit|little)\s+|more\s+|further\s+|hard\s+)?(?:about|on)
      |reflecting\s+on|reflected\s+on|sitting\s+in\s+on|sat\s+in\s+on
      |(?:had|have|having)\s+a\s+(?:\w+\s+)?think\s+about  # "Had a proper think about the split shifts"
      |thought\s+about|meeting|to\s+meet|getting\s+to\s+know
      # round 232: "I enjoyed doing the interior valet on the Range Rover"
      |(?:(?<=enjoyed\s)|(?<=loved\s)|(?<=liked\s))(?:doing|trying|using|making|running)(?=\s+(?:the|your)\s)
      # round 229: "Got a lot out of doing the boxing for the slab on the Hobsonville job"
      |(?<=\bout\sof\s)doing(?=\s+(?:the|your)\s)
      # round 228: "It was good to get a go on the reach truck in aisle 12"
      |(?:to\s+)?(?:get|getting|have|having)\s+a\s+(?:go|crack|try|shot)\s+(?:on|at|with)\s+(?=(?:the|your)\s)
      # not "follow up on the Claims Processor position and pass along my resume": the job
      |(?:following|follow)[\s-]+up\s+on(?!\s+(?:the|my|our|your)\s+(?:[\w-]+\s+){0,4}?(?:position|role|job|post
      |vacancy|opening|application|candidacy)\b)
        # (nor "Following up on Tuesday's interview: I have attached my DBS certificate")
        (?!\s+(?:(?:the|my|our|your|this|yesterday['’]s|today['’]s|\w+day['’]s)\s+)?(?:[\w-]+\s+){0,3}?
        (?:interview|meeting|call|visit|conversation|chat)(?:\s*[:.,;!?]
        # (round 207: "following up on the HGV driver interview from Tuesday.")
        |\s+(?:from|on|last|this)\s+(?:[\w'’-]+\s*){1,3}[:.,;!?]
        # (nor "following up on Thursday's interview for the Staff Engineer role")
        # (a title with a dash in it: "the Associate Consultant – SAP FICO position", round 197)
        |\s+(?:for|about|regarding)\s+(?:the|my|your|a)\s+(?:[\w&/–—-]+\s+){0,6}?(?:role|position|job|post|vacancy)\b
        # (round 257: "follow up on Friday's interview with a fuller picture of my background")
        |\s+with\s+(?:a|an|some|more|my)\s))
      |circling\s+back\s+to|coming\s+back\s+to|going\s+back\s+to|returning\s+to(?!\s+(?-i:[A-Z])[a-z]+\b(?!['’]s))|(?:to\s+)?return\s+to|to\s+add\s+to|to\s+build\s+on
      |to\s+expand\s+on|to\s+clarify|to\s+revisit)\b
    """),
    re.VERBOSE | re.IGNORECASE,
)

# The words a CUE match can begin with; a name ("Dana asked") can begin one too.
CUE_STARTS = with_slips(
    """a noted remembered valued you youre u i which what had taken thx thanx tnx your ur his her their the we y yall she he they our that this thank thanks grateful appreciate helping
    explain
    one didn didnt did still laughing smiling chuckling grinning hear hearing hadn hadnt chance
    opportunity
    has appreciated appreciates impressed struck intrigued fascinated inspired energised energized
    moved encouraged surprised excited interested curious glad happy pleased thrilled stuck made makes
    different heavier lighter bigger smaller faster slower trickier harder easier newer older
    stays stayed stood stands resonated resonates those these my after since following as like
    when while where how show showing showed walk walking walked introducing introduced gave giving give pass
    understood learned learnt gathered
    letting let allowing having have had good great useful handy helpful say couldn couldnt could didnt rebuilt redrew redid recreated
    sketched drew reworked jotted wrote taking took bringing brought watching watched on during enjoyed loved liked sorry remember
    recall admired noticed seeing saw see kept keeps been rattling agree spoke spoken talked chatted love
    asked at not in by especially particularly notably left came walked wondering
    speaking talking chatting yesterday today monday tuesday wednesday thursday friday saturday
    sunday tricky tough hard curly fun interesting fair nice sneaky testing would""".split()
)
# The verbs of the first CUE alternative and the nouns of the possessive one ("Dr Yeung's
# question"), the two that begin with a name: one of them must be in the sentence for a
# name to be worth trying.
CUE_VERBS = with_slips(
    """mentioned said described explained shared noted pointed talked spoke asked showed explain
    describe mention show tell share talk ask walked told outlined discussed highlighted
    emphasised emphasized raised brought touched covered reviewed went laid hinted alluded gave
    introduced demoed presented stressed identified framed posed suggested recommended planning
    working building launching rolling migrating hiring facing tackling trying plan hope want
    need looking been face faces mean meant called broke break breaking geek geeked nerd nerded right had got sold convinced pushed ran let
    thought thinks reckoned reckons seemed felt saw instruction instructions briefing guidance
    expectations flagged cited sketched singled mapped set pulled wants plans hopes is being
    comments comment remarks remark tips tip feedback advice suggestions suggestion explanation
    spot correct discuss straight frank candid upfront spent notes put hesitation hesitations
    reservations worries
    dig go explaining describing saying discussing mentioning pushback critique objection
    showing telling walking demonstrating question point comment example story description
    explanation idea suggestion remark concern challenge presentation demo tour plan tip tips advice
    pointer pointers trick warning feedback figure estimate build prototype sketch whiteboard
    spreadsheet notebook rota spent grilled quizzed drilled pressed probed took note""".split()
)
GERUND_STARTS = with_slips(
    """discussing discussed talking talked chat chatting chatted speaking spoke speak
    hearing to hear heard learning learned learnt learn
    seeing see touring exploring reviewing digging going working walking thinking reflecting
    reflected thought meeting getting following follow circling coming returning walk return
    helping pairing talk had have having sitting sat riding tagging shadowing shadow watching
    observing cook cooking work taking get doing trying using making running""".split()
)
# One of these is in every GERUND_CUE match ("to" alone is not enough).
GERUND_NEEDS = (GERUND_STARTS - {"to"}) | {
    "meet",
    "know",
    "add",
    "build",
    "expand",
    "clarify",
    "revisit",
    "discuss",
}


# References with no cue verb: a topic before a colon or put first, a verdict on it or
# on a task, a quotation of their words, a list that a recap sentence opens.
# "Re: the Spanish-speaking caller volume —", "On the tidal data gap at Portishead:":
# a topic from the interview introduced before a colon or dash.
TOPIC = re.compile(
    r"(?:^|[.!?]\s+|[,;]\s*|\b(?:also|and|but|p\.?s\.?)[,:]?\s+)"
    r"(?:re|regarding|about|on|as\s+for|as\s+to|concerning|(?:a\s+|one\s+|quick\s+)?follow[- ]up\s+on"
    r"|following\s+up\s+on|(?:one\s+more|a)\s+thought\s+on)\s*:?\s+"
    r"(?P<topic>(?:the|your|that|this|those|our)\s+[^:—–\n]{3,90}?"
    # a topic with no article before a colon: "On sterile compounding: I haven't ..."
    r"|(?-i:[a-z])[^:—–\n.!?,;]{2,60}?(?=\s*:))\s*(?::|—|–|\s-\s)",
    re.IGNORECASE,
)
# "A few things I took away from our conversation:" opens a list of references.
RECAP = re.compile(
    r"\b(?:conversation|interview|discussion|chat|call|visit|tour|meeting|talk|today|yesterday"
    r"|stuck|took\s+away|takeaways?|learned|learnt|noted|heard|discussed|covered)\b",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"\s*(?:[-*•·–]|\d{1,2}[.)])\s+")
# "That misfire on the F-150 was a good test", "Shaping the country loaves alongside your
# crew was the best part of the trial": a verdict on a task or moment of the interview.
TASK_VERDICT = re.compile(
    r"\b(?:the|that|this|your)\s+(?P<topic>[^.!?,;:\n]{3,90}?)\s+(?:was|were|is)\s+(?:(?:\w+\s+)?"
    r"(?:a|an)\s+(?:\w+\s+)?(?:test|question|challenge|exercise|puzzle|problem|scenario|one)"
    r"|the\s+(?:best|most\s+\w+|hardest|toughest|favou?rite)\s+(?:part|bit|moment)\s+of"
    # "Pulling that oat-milk flat white with you was the most fun I've had at an interview"
    r"|the\s+most\s+fun\b|the\s+highlight\b"
    # "The tag-out board at the switchroom door was the tidiest lockout setup I've seen"
    r"|the\s+(?:\w+est|best|most\s+\w+)\s+(?:[\w-]+\s+){0,3}?(?:i['’]ve|i\s+have)\s+(?:ever\s+)?(?:seen|tasted"
    r"|used|driven|worked\s+(?:on|with))"
    # "The latte art thing was so fun", "The idea of doing Ramadan Reels with the small
    # bakeries in Heliopolis is honestly genius"
    r"|(?:so\s+|really\s+|super\s+|great\s+|such\s+)(?:fun|good\s+fun|a\s+laugh|a\s+blast)"
    r"|(?:honestly\s+|really\s+|just\s+|pure\s+|simply\s+)?(?:genius|ingenious|inspired|clever)"
    # round 274: "the lego bridge challenge was honestly chaos"
    r"|(?:honestly\s+|absolute\s+|total\s+|pure\s+|utter\s+)?(?:chaos|carnage|mayhem))\b",
    re.IGNORECASE,
)
TASK_VERDICT_NEEDS = frozenset(
    "test question challenge exercise puzzle problem scenario one part bit moment fun laugh blast"
    " highlight seen tasted used driven worked"
    " genius ingenious inspired clever chaos carnage mayhem".split()
)
# "About her insulin schedule and her walks, I am used to this": a topic put first.
FRONTED = re.compile(
    r"\s*(?:about|regarding|concerning|as\s+for|as\s+to|on)\s+"
    r"(?P<topic>(?:the|your|her|his|their|that|this|those)\s+[^,;:\n]{3,90}?),",
    re.IGNORECASE,
)
FRONTED_STARTS = ("about", "regarding", "concerning", "as for", "as to", "on ")
# "The three-week backlog on the Tacoma returns line sounds fixable": the writer
# weighs something they were told.
VERDICT = re.compile(r"\b(?:sounds?|sounded|seems?|seemed)\s+(?:like\b|\w+)", re.IGNORECASE)
# "The walk round the loading bays made sense", "The balayage on Mereana came out better
# than I expected", "The Winterhalter machine is the same one we had": a plainer verdict
# on something seen or done there, which needs fewer specific words before it.
PLAIN_VERDICT = re.compile(
    r"\b(?:(?:makes?|made)\s+(?:a\s+lot\s+of\s+|good\s+|perfect\s+|total\s+)?sense"
    r"|(?:looks?|looked)\s+like|came\s+out"
    r"|(?:is|was|are|were)\s+the\s+same\s+(?:one|ones|model|machine|system|kit|make|type|kind|setup"
    r"|set-up|unit|till|software|tool|brand)"
    # round 233: "The reach truck was a bit different to the counterbalance I'm used to"
    r"|(?:is|was|are|were)\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|very\s+|really\s+|a\s+lot\s+)?different\s+"
    r"(?:to|from)\s+(?:the|what)\s+(?:[\w-]+\s+){0,3}?(?:i['’]m|i\s+am|i\s+was|i['’]ve|i\s+have|we)\s+)\b",
    re.IGNORECASE,
)
PLAIN_VERDICT_NEEDS = frozenset("sense look looks looked came same different".split())
# "the header on the john deere was fine once i got the hang of the controls": a verdict
# plainer still, which needs as many specific words before it as "sounds like".
FINE_VERDICT = re.compile(
    r"\b(?:(?:went|worked)\s+(?:fine|smoothly|well)|(?:was|were|is|felt)\s+(?:fine|smooth)"
    r"|(?:was|were)\s+(?:easier|harder|trickier)\s+than"
    r"|went\s+(?:a\s+lot\s+|much\s+)?better\s+than"  # round 207: "the short rib braise went better than"
    # "That lamb shoulder with the smoked yoghurt was tricky to plate"
    r"|(?:was|were)\s+(?:a\s+bit\s+|really\s+|quite\s+|so\s+)?(?:tricky|hard|tough|easy|awkward|fiddly"
    r"|harder|easier|trickier)\s+to\s+\w+"
    # round 228: "The till practice with the coupons was tricky, especially the double scan one!"
    r"|(?:was|were)\s+(?:a\s+bit\s+|really\s+|quite\s+|so\s+|pretty\s+)?(?:tricky|fiddly|awkward)"
    r"(?=\s*[,.!;]|\s+(?:but|and)\b)"
    # "Eleven branches sharing one print server in Ikeja explains the queue problems", "Dock 3
    # losing an hour every morning is the kind of thing I fixed at my last warehouse"
    r"|explains\s+(?:a\s+lot|why|the|how|what|a\s+great\s+deal|plenty)"
    # "The system design round on building a rate limiter was very interesting for me"
    # (not "it was useful to hear how ...": a dummy subject, the verdict on what follows)
    r"|(?<!\bit\s)(?<!\bthis\s)(?<!\bthat\s)(?:was|were)\s+(?:very\s+|really\s+|quite\s+|so\s+|particularly\s+)?"
    # (round 258: but "The window brief for the spring launch was fun to sketch out": a task)
    r"(?:interesting|useful|eye-opening|challenging|enjoyable|fun)"
    r"(?!\s+to\s+(?:meet|talk|chat|speak|hear|learn|listen|visit|see|be|get|connect|discuss|know)\b)"
    # round 210: "The rooftop unit with the failed condenser fan motor was the most interesting one"
    r"|(?:was|were)\s+the\s+most\s+(?:interesting|useful|challenging|enjoyable|fun)\s+(?:one|part|bit|thing)"
    # "the RTC on the A38 was a proper eye-opener"
    r"|(?:was|were)\s+(?:a\s+)?(?:proper\s+|real\s+|genuine\s+|bit\s+of\s+an\s+)?eye-?opener"
    # round 258: "that piano up three flights was no joke"
    r"|(?:was|were)\s+(?:certainly\s+|definitely\s+|really\s+)?no\s+joke"
    # round 211: "the latte art part of the trial today was lowkey stressful"
    r"|(?:was|were)\s+(?:a\s+bit\s+|really\s+|quite\s+|so\s+|lowkey\s+|kinda\s+|pretty\s+)?(?:stressful"
    r"|nerve-?wracking|intense|full-on)"
    r"|is\s+(?:exactly\s+)?the\s+(?:kind|sort|type)\s+of\s+(?:thing|problem|issue|challenge|mess)\s+"
    r"i(?:['’]ve|\s+have)?\s+(?:\w+ed|fixed|solved|sorted|handled|dealt\s+with|tackled|cleared))\b",
    re.IGNORECASE,
)
FINE_VERDICT_NEEDS = frozenset(
    "fine smooth smoothly well easier harder trickier tricky hard tough easy awkward fiddly better"
    " explains kind sort type interesting useful eye eyeopener challenging enjoyable fun stressful joke"
    " nerve nervewracking intense full".split()
)
# "That Volvo FH with the intermittent ABS fault would drive anyone up the wall", "That USSD
# session timeout question got me thinking": a thing pointed at with "that", which only the
# two of them know.
DEICTIC = re.compile(
    # (not "That came largely from booking inspections early": a pronoun for what came before)
    r"^\s*(?:(?:and|but|so)\s+)?(?:that|those)\s+(?!(?:came|comes|come|helped|helps|led|leads|meant|means"
    r"|took|gave|went|worked|works|happened|is|was|has|had|made|makes|did|does|got|saved|cut)\b)"
    r"(?P<topic>[^.!?,;:\n]{3,80}?)\s+"
    r"(?:is|are|was|were|has|had|would|will|could|can|must|sounds?|looks?|seems?|needs?|explains?"
    r"|got|gets|made|makes|stuck|stays|stayed|kept|keeps|reminded|reminds|struck)\b(?!-)",
    re.IGNORECASE,
)
QUOTE = re.compile(r"[\"“]([^\"”\n]{3,200})[\"”]")
# One of these is in every VERDICT match.
VERDICT_NEEDS = frozenset("sound sounds sounded seem seems seemed".split())
