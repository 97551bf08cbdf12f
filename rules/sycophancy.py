"""Flattery or deference that makes the note read as a suck-up.

*Why*: over-the-top praise ("the best manager I have ever met"), deference
("I am honoured to be considered", "humbled"), "dream job" gushing and "I
can't thank you enough" signal anxiety rather than fit, and experienced
interviewers discount them. One ordinary positive word ("a great
conversation") or specific, bounded praise ("your rollout plan was clear")
is fine, and so are the same words in other senses ("privileged access",
"the firm honoured its commitment"), praise of someone of the writer's own
("my choir director, who is the best mentor I have ever had") and a name that
only looks like gushing (a product called "Dream Team"), nor the writer's own
product ("we built the best tool in the world for stock counts"), an award or
a past role of the writer's ("I was honoured to receive the county award", "I
was privileged to lead the vaccination hub in 2021"), a tool weighed for a
purpose ("the best tool for stock counts I've found"), and someone else's
words in quotation marks (a headline calling the firm a 'dream team').

*Options*: none.

*Bad*: ``You are truly an inspiration, and working here would be my dream job.``
``I am so honoured and humbled to have been considered.``

*Good*: ``I liked how directly you described the backlog problem.``
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint.model import Problem, Severity
from notelint.note import Note
from notelint.rule import NoOptions, Rule
from notelint.rules.gates import GatedSearch, Gates, WordGate
from notelint.rules.scan import phrases
from notelint.rules.spelling import alternatives, either, tolerant, tolerant_gate

_INTENSIFIER = rf"(?:so|truly|deeply|very|incredibly|extremely|most|{either('really')}|genuinely|beyond|sincerely|utterly|greatly|profoundly|absolutely|highly|immensely)"
# "was", "were" and "are" only after a person: "a patient's wishes are honoured" is no deference;
# nor is a passive "being" ("the only condition still being honoured").
_BE = (
    # (round 259: nor a promise kept: "the relocation package will be honoured")
    r"(?:am|im|'m|’m|feel|felt|feeling|(?<!\bwill\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bcan\s)be|been"
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bstill\s)"
    r"(?<!\bnot\s)being|'re|’re|remain|would\s+be|'d\s+be|’d\s+be"
    r"|(?:(?<=\bi\s)|(?<=\bwe\s)|(?<=\bthey\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\byou\s))(?:was|were|are))"
)
_DEFERENCE = either("honoured", "humbled", "privileged", "blessed")
# The word groups of the superlatives' gate: the superlative, whom it praises, how far.
_SUPERLATIVE = (
    "best|greatest|smartest|kindest|finest|sharpest|brightest|warmest|friendliest|nicest|coolest"
    "|loveliest|wisest"
)
_MOST = tolerant_gate(
    "brilliant|inspiring|amazing|impressive|incredible|talented|visionary|intelligent"
    "|compassionate|caring|generous|insightful|thoughtful|perceptive|supportive|approachable|gracious"
    "|elegant|prestigious|respected|beautiful"
    "|inspirational|gifted|knowledgeable|wonderful|innovative|admirable|remarkable|passionate|dynamic"
    "|masterful|memorable|influential"
)
# (with their slips, as the pattern has them: "managr")
_WHOM = tolerant_gate(
    "manager|boss|leader|leaders|interviewer|interviewers|person|people|team|teams|company"
    "|companies|organisation|organization|employer|place|workplace|firm|hospital|school|group"
    "|mentor|conversation|conversations|interview|interviews|experience|experiences|culture|brand"
    "|discussion|discussions|meeting|meetings"
    "|agency|practice|department|human"
    "|individual|professional|visionary|panel|you|mind|minds|studio|shop|restaurant|kitchen"
    "|director|designer|chef|engineer|teacher|doctor|editor|architect|lawyer|surgeon|founder"
    "|vet|nurse|dentist|coach|lead|leads|supervisor|researcher|scientist|professor"
    "|advocate|barrister|solicitor|attorney|counsel|litigator|advocates|barristers|solicitors"
    "|attorneys|litigators|lawyers|thing|things"
    "|head|headteacher|principal|dean|matron"
    "|hotelier|hoteliers|restaurateur|restaurateurs|entrepreneur|entrepreneurs"
    "|clinic|lab|office|store|business|outfit|crew|house|salon|hotel|venue|theatre|museum"
    "|gallery|charity|library|newsroom|publisher|bank|institution|work|works|portfolio|buildings"
    "|dealership|dealer|strategist|marketer|consultant|analyst|writer|photographer|artist|developer"
    "|broker|underwriter|banker|trader|negotiator|recruiter|gm|ceo|cfo|cto|coo|owner|partner|partners"
    "|educator|educators|roaster|roasters|barista|baristas|baker|bakers|stylist|stylists|chefs"
    "|hairdresser|hairdressers|mechanic|mechanics|craftsman|craftsmen"
    "|florist|florists|bakery|gym|story|reputation|display|leadership|piece"
    "|hour|hours|afternoon|afternoons|morning|mornings|voice|voices"
)
_EVER = (
    "met|seen|known|worked|encountered|spoken|interviewed|across|had|ever|world|industry"
    "|country|business|universe|earth|planet|time|region|city|state|area|sector|field"
    "|profession|market|county|province|nation|land|town|north|south|east|west|midwest"
    "|hemisphere|continent|generation|walked|visited|stepped|been|all|today|uk|us|usa"
    "|america|britain|england|scotland|ireland|wales|europe|canada|australia|africa|asia|india"
    "|nigeria|kenya|gulf|in|career|life|sat|witnessed"
)
# Each pattern comes with the words any match of it holds (see WordGate).
# What a flatterer calls the interviewer: "a true inspiration", "a visionary".
_IDOLS = (
    r"(?:inspiration|visionary|genius|legend|role\s+model|icon|rock\s*star|superstar|hero|idol"
    r"|trailblazer)"
)

_SUPERLATIVES_WHY = "over-the-top superlatives read as flattery"
_PATTERNS: tuple[tuple[re.Pattern[str], str, WordGate], ...] = (
    (
        re.compile(
            rf"\b{_BE}\s+(?:{_INTENSIFIER}\s+|and\s+|still\s+|a\s+(?:little|bit)\s+|quite\s+|rather\s+"
            rf"|honestly\s+|much\s+)*{_DEFERENCE}\b"
            r"(?!\s+(?:access|information|communication|account|data|position\s+of))"
            # (round 268: nor a game lost, "I was humbled at handball by two of them")
            r"(?!\s+at\s+(?!(?:the|this|your)\s+(?:opportunity|chance|invitation|prospect|thought|offer)\b)"
            r"(?![a-z]+ing\b)[a-z]+)"  # (but "honoured at being considered")
            # (not an award the writer won: "I was honoured to receive the county award for safety")
            r"(?!\s+(?:with|by|to\s+(?:receive|have\s+received|win|have\s+won|accept|be\s+(?:awarded|given|named)))"
            r"\s+(?:the|an?|this|my|our)\s+(?:[\w'’-]+\s+){0,4}?(?:award|prize|medal|scholarship|fellowship|grant"
            r"|title|recognition|distinction|commendation|trophy)s?\b)"
            # "how truly honoured I was"
            rf"|\bhow\s+(?:{_INTENSIFIER}\s+)*{_DEFERENCE}\s+(?:i|we)\s+"
            r"(?:was|am|felt|feel|were|are)\b"
            # "I humbly submit that", "I most humbly request"
            r"|\bi\s+(?:most\s+|very\s+)?humbly\s+(?:submit|request|beg|pray|seek|ask|apologi[sz]e|thank)\b"
            # a clipped sentence with no "I am": "Humbled to even be in the running."
            # (round 241, texted: "honestly so honoured to have learnt from u today")
            rf"|(?<![\w'’,]\s)(?<![\w'’,])(?:(?:honestly|tbh|and|just)\s*,?\s+)?(?:{_INTENSIFIER}\s+)?{_DEFERENCE}"
            r"\s+to\s+(?:even\s+|just\s+)?"
            r"(?:(?:be|have\s+been)\s+(?:in\s+the\s+running|considered|shortlisted|invited|interviewed|asked|part)"
            r"|(?:have\s+)?(?:learnt|learned|learn|worked|work|trained|train)\s+(?:from|with|under|alongside)\s"
            r"(?!(?:the|a|an)\s+(?:best|greatest|finest)\b))\b",
            re.IGNORECASE,
        ),
        "deference ('honoured', 'humbled', 'privileged') reads as a suck-up",
        WordGate(
            alternatives("honoured", "humbled", "privileged", "blessed"),
            "humbly",
        ),
    ),
    (
        re.compile(
            # (not a thing the writer never had: "I never had the privilege of a research budget")
            r"(?<!\bnever\shad\s)(?<!\bwithout\s)"
            r"\b(?:(?:an?|the|such\s+an?|my|a\s+(?:real|true|great|huge|big|genuine|rare|singular))\s+(?:(?:great|real|true"
            r"|huge|tremendous|immense|absolute|incredible|genuine)\s+)?(?:honou?r|privilege)(?:\s+beyond\s+words)?"
            r"(?:\s+(?:to|of|for|and|beyond|just|that)\b|(?<=privilege)(?<!\bthe\sprivilege)(?=[.!]))"  # ("paid for the privilege.")
            # round 194: "To be considered for this role is an honour.", "an honour I will not forget"
            # (being considered or meeting them, not the writer's own award or service)
            r"|\b(?:to\s+be|being)\s+(?:considered|shortlisted|interviewed|invited)\s+"
            r"(?:(?!(?:award|prize|medal|scholarship|fellowship|grant)s?\b)[\w-]+\s+){0,4}?"
            r"(?:is|was|would\s+be|will\s+be|has\s+been)\s+(?:(?:such|truly|really|indeed)\s+)?an?\s+"
            r"(?:(?:great|real|true|huge|tremendous|immense|absolute|genuine)\s+)?(?:honou?r|privilege)"
            r"(?:(?=\s?[.!])|(?=\s+(?:that\s+|which\s+)?i\s+(?:will|shall)\s+(?:not|never)\s+forget\b))"
            # round 250: "Meeting you on Thursday was an honour I will not soon forget", "hearing
            # you explain it in person felt like a privilege few early-career researchers ever get"
            r"|\b(?:meeting|speaking\s+(?:with|to)|talking\s+(?:with|to)|to\s+meet)\s+you\s+(?:[\w-]+\s+){0,3}?"
            r"(?:was|is|has\s+been)\s+(?:(?:such|truly|really|indeed|genuinely)\s+)?an?\s+"
            r"(?:(?:great|real|true|huge|tremendous|immense|absolute|genuine)\s+)?honou?r(?=\s?[.!,;])"
            r"|(?<!\baward\swas\s)(?<!\bawards\swere\s)(?<!\bprize\swas\s)(?<!\bmedal\swas\s)(?<!\byear\swas\s)"
            r"\ban?\s+(?:(?:great|real|true|rare)\s+)?(?:honou?r|privilege)\s+(?:that\s+)?i\s+(?:will|shall|['’]ll)\s+"
            r"(?:not\s+(?:soon|easily|quickly)\s+|never\s+)forget\b"
            r"|\ba\s+(?:rare\s+)?privilege\s+(?:few|not\s+many|most\s+people\s+never)\b"
            r"|\bhonou?red\s+and\s+(?:humbled|grateful|thrilled)"
            # (not a defeat's lesson: "the district was humbled by the 2019 defeat"; round 205)
            r"|\bhumbled\s+(?:and|by)\b(?!\s+(?:the|a|its|their|that)\s+(?:[\w-]+\s+){0,2}?(?:defeat|loss|result"
            r"|failure|setback|vote|referendum|election)s?\b)|privilege\s+beyond\s+words"
            # "a matter of great honour and privilege for me", "great honour and privilege"
            r"|\bmatter\s+of\s+(?:(?:great|real|immense|huge|pride\s+and)\s+)?(?:honou?r|privilege)\b"
            r"|\bgreat\s+(?:honou?r\s+and\s+privilege|privilege\s+and\s+honou?r)\b"
            # "the greatest privilege of my working life", "your most humble and obedient servant"
            r"|\b(?:greatest|biggest|highest)\s+(?:privilege|honou?r)\s+of\s+my\s+(?:[\w-]+\s+)?"
            r"(?:life|career)|\b(?:humble|obedient)\s+(?:and\s+(?:humble|obedient)\s+)?servant\b)",
            re.IGNORECASE,
        ),
        "calling the interview or the job an honour or a privilege reads as deference",
        WordGate("honor|honour|privilege|honored|honoured|humbled|servant"),
    ),
    (
        phrases(
            "dream job",
            "dream jobb",
            "dream company",
            "dream compnay",
            "dream comapny",
            "dream role",
            "dream employer",
            "dream position",
            "dream team",
            "dream workplace",
            "dream organization",
            "dream organisation",
            "dream firm",
            "dream studio",
            "dream lab",
            "dream practice",
            "dream publisher",
            "dream brand",
            "dream opportunity",
            "dream come true",
            "dream school",
            "dream hospital",
            "dream district",
            "dream agency",
            # round 213: the workplace itself ("literally my dream restaurant"; round 210: "my
            # dream salon"), only as "my": "fitting a client's dream kitchen" is the work
            "my dream restaurant",
            "my dream kitchen",
            "my dream salon",
            "my dream store",
            "my dream shop",
            "my dream hotel",
            "my dream bakery",
            "my dream newsroom",
            "my dream clinic",
            "lifelong dream",
            "life's ambition",
            "fairytale come true",
            "fairy tale come true",
        ),
        "'dream job' gushing reads as a suck-up rather than a reason you fit",
        WordGate("dream|dreamed|dreamt|dreaming|ambition|fairytale|tale"),
    ),
    (
        # "Joining Kitewing has honestly been my dream" (not "nursing has been my dream").
        re.compile(
            r"\b(?:joining|working\s+(?:at|for|with)|to\s+(?:join|work\s+(?:at|for|with)))\s+"
            r"(?:[\w&'’-]+\s+){1,4}?(?:has\s+|had\s+)?(?:\w+\s+)?(?:been|is|was)\s+my\s+(?:\w+\s+)?"
            r"dream\b",
            re.IGNORECASE,
        ),
        "'dream job' gushing reads as a suck-up rather than a reason you fit",
        WordGate("dream joining|working|join|work"),
    ),
    (
        re.compile(
            # (round 262: "I can't thank you and David enough")
            r"\b(?:can(?:not|['’]?t)|could\s+(?:never|not)|can\s+never)\s+thank\s+(?:you|y['’]?all|everyone)"
            r"(?:\s+(?:both|all|and\s+(?:[a-z][\w'’-]+|the\s+(?:team|panel)|everyone)))?\s+enough\b|\bwords\s+(?:cannot|can['’]?t|could\s+not|fail\s+to)\s+(?:express|describe|convey)"
            r"|\bforever\s+(?:grateful|thankful|indebted)|\beternally\s+(?:grateful|thankful)",
            re.IGNORECASE,
        ),
        "effusive gratitude reads as a suck-up",
        WordGate(
            "enough thank",
            "words cannot|can't|can’t|cant|could|fail",
            "forever",
            "eternally",
        ),
    ),
    (
        # "Meeting you was truly the highlight of my year" (not "the highlight of the day")
        re.compile(
            r"\bthe\s+highlight\s+of\s+my\s+(?:whole\s+|entire\s+|working\s+|professional\s+)?"
            r"(?:year|life|career|decade)\b",
            re.IGNORECASE,
        ),
        "calling the interview the highlight of your year or career reads as gushing",
        WordGate("highlight year|life|career|decade"),
    ),
    (
        # round 194: "the most remarkable interview of my career", "never encountered a leadership
        # team as visionary as yours"
        re.compile(
            # (this interview: "It was, without exaggeration, the most ...", not "the best
            # conversation of my career was with a patient's daughter")
            r"\b(?:was|been)\s*,?\s+(?:[\w-]+,?\s+){0,3}?the\s+(?:best|finest|greatest|most\s+(?:remarkable|impressive|inspiring|amazing|incredible"
            r"|wonderful|extraordinary))\s+(?:job\s+)?(?:interview|conversation|panel|interviewer)\s+of\s+my\s+"
            r"(?:whole\s+|entire\s+|working\s+|professional\s+)?(?:career|life)\b"
            r"|\bnever\s+(?:before\s+)?(?:met|encountered|seen|known|worked\s+with|come\s+across)\s+an?\s+"
            r"(?:[\w-]+\s+){0,2}?(?:team|leader|leaders|manager|company|organi[sz]ation|firm|interviewer|panel"
            r"|person|board)\s+(?:quite\s+)?(?:as|so)\s+(?:visionary|impressive|inspiring|talented|brilliant"
            r"|gifted|innovative|remarkable)\s+as\s+(?:yours|you)\b"
            # round 195: "I have not encountered an executive team of comparable calibre"
            r"|\b(?:not|never)\s+(?:before\s+|yet\s+)?(?:met|encountered|seen|known|worked\s+with|come\s+across)\s+"
            r"an?\s+(?:[\w-]+\s+){0,2}?(?:team|leader|leaders|manager|company|organi[sz]ation|firm|board"
            r"|panel)\s+of\s+(?:(?:comparable|similar|equal|such|your)\s+)+(?:[\w-]+\s+)?(?:calibre|caliber|quality"
            r"|stature|distinction)\b",
            re.IGNORECASE,
        ),
        _SUPERLATIVES_WHY,
        WordGate(
            "best|finest|greatest|remarkable|impressive|inspiring|amazing|incredible|wonderful"
            "|extraordinary interview|conversation|panel|interviewer career|life",
            "never visionary|impressive|inspiring|talented|brilliant|gifted|innovative|remarkable"
            " yours|you",
            "not|never calibre|caliber|quality|stature|distinction",
        ),
    ),
    (
        re.compile(
            tolerant(
                r"\b(?:the\s+)?(?:best|greatest|smartest|kindest|finest|sharpest|brightest|warmest|friendliest|nicest"
                r"|coolest|loveliest|wisest|most\s+(?:brilliant|inspiring"
                r"|amazing|impressive|incredible|talented|visionary|intelligent|inspirational|gifted"
                r"|knowledgeable|wonderful|innovative|admirable|remarkable|passionate|dynamic|compassionate"
                r"|caring|generous|insightful|thoughtful|perceptive|supportive|approachable|gracious|elegant"
                r"|prestigious|respected|beautiful|influential)),?\s+"
                # (a list of praise: "the most amazing, kind, genius person I've ever met")
                r"(?:[\w-]+,?\s+){0,2}?(?:manager|boss|leader|leaders|interviewer|interviewers|person|people"
                r"|team|teams|company|companies|organi[sz]ation|employer|place|workplace|firm|hospital|school"
                r"|group|mentor|conversation|conversations|interview|interviews|experience|experiences|culture|brand"
                r"|agency|practice|department"
                r"|human|individual|professional|visionary|panel|you|mind|minds|studio|shop|restaurant"
                r"|director|designer|chef|engineer|teacher|doctor|editor|architect|lawyer|surgeon|founder"
                r"|vet|nurse|dentist|coach|supervisor|researcher|scientist|professor"
                r"|advocate|barrister|solicitor|attorney|counsel|litigator|advocates|barristers"
                r"|solicitors|attorneys|litigators|lawyers|thing|things"
                r"|head|headteacher|principal|dean|matron"
                r"|(?:team|research|tech|project|shift|design|engineering|product)\s+leads?"
                r"|kitchen|clinic|lab|office|store|business|outfit|crew|house|salon|hotel|venue|theatre"
                r"|museum|gallery|charity|library|newsroom|publisher|bank|institution|work|works|portfolio"
                r"|buildings|dealership|dealer|strategist|marketer|consultant|analyst|writer"
                r"|photographer|artist|developer|broker|underwriter|banker|trader|negotiator|recruiter"
                # round 213: "the most amazing GM in the whole city"; round 215: "the finest
                # managing partner of your generation"
                r"|gm|ceo|cfo|cto|coo|owner|partner|partners|educator|educators"
                # round 217: "ur the most talented roaster in the city"; round 210: "the most
                # talented stylists in Brisbane"
                r"|roaster|roasters|barista|baristas|baker|bakers|stylist|stylists|chefs"
                r"|hairdresser|hairdressers|mechanic|mechanics|craftsman|craftsmen"
                # round 230: "the most visionary hotelier of our generation"
                r"|hotelier|hoteliers|restaurateur|restaurateurs|entrepreneur|entrepreneurs"
                r"|florist|florists|bakery|gym"
                # round 249: "the most inspiring story I have come across in twenty years of
                # nursing", "the finest engineering reputation of any company in the industry"
                r"|story|reputation|display|leadership|piece|voice|voices)\s+"  # round 241: "the most beautiful florist in ..."
                r"(?:[\w-]+\s+){0,3}?(?:i(?:['’]ve|\s+have|\s+had)?\s+(?:ever\s+)?(?:met|seen|known|worked"
                r"|encountered|spoken|interviewed|come\s+across|had|walked\s+into|stepped\s+into|visited"
                # round 250: "the most impressive people I've ever sat across from", "the most
                # remarkable display of retail leadership I have witnessed"
                r"|sat\s+(?:across\s+from|opposite)|witnessed"
                # (not their words about their own past: "the best manager you ever had"; round 206)
                r"|been\s+(?:to|in))|i\s+(?:could\s+)?ever|you\s+(?:could\s+)?ever(?!\s+had\b)"
                r"|of\s+(?:your|his|her|their|this|my|our|a)\s+generation|in\s+the\s+"
                r"(?:[\w-]+\s+)?(?:world|industry|country|business|universe|region|city|state|area|sector|field|profession"
                r"|hemisphere|continent|uk|us|usa"
                r"|market|county|province|nation|land|town|north|south|east|west|midwest)|on\s+(?:earth|the\s+planet)"
                # "the finest sales organisation in America"
                r"|in\s+(?:north\s+)?america|in\s+(?:britain|england|scotland|ireland|wales|europe|canada|australia"
                r"|africa|asia|india|nigeria|kenya|the\s+gulf|uk|us|usa)"
                # round 216: "the finest educator in Queensland", "in sales": in any one word
                # that is no function word or idiom (not "in charge", "in person"), and not
                # advice ("the best person in Payroll to ask")
                r"|in\s+(?!(?:the|a|an|my|your|our|their|his|her|this|that|its|general|person|charge"
                r"|time|fact|terms|practice|advance|particular|short|order|turn|part|total|case|front"
                r"|mind|place|line|use|full|depth|detail|future|public|private|one|two|which|what"
                r"|how|every|each|some|any|all)\b)[a-z]{3,}(?!['’\w-])(?!\s+(?:to|of|with|for)\s)"
                r"|of\s+all\s+time|(?<!\byou\s)ever|in\s+all\s+(?:of\s+)?[a-z]+"
                # round 237: "the most brilliant engineering leader in this company"
                r"|in\s+(?:this|the\s+whole|the\s+entire)\s+(?:company|business|firm|organi[sz]ation|building|group)"
                # round 241: "the most beautiful florist in the whole of singapore"
                r"|in\s+the\s+(?:whole|entire)\s+of\s+(?!the\b)[a-z]{3,}(?!['’\w-])"
                r"|(?:working|practi[sc]ing|alive)\s+(?:(?:in|on)\s+[\w-]+\s+)?today)\b"  # "working in features today"
                # round 237: "one of the most inspiring conversations of my career so far" (a talk, not
                # "Leading the ICU move was the best experience of my career")
                r"|\b(?:the\s+)?(?:best|greatest|finest|most\s+(?:inspiring|inspirational|amazing|incredible|wonderful"
                r"|remarkable|impressive|brilliant|memorable))\s+(?:[\w-]+\s+)?(?:conversations?|interviews?|meetings?"
                r"|discussions?|hours?)\s+of\s+my\s+(?:whole\s+|entire\s+)?(?:career|life|working\s+life)\b"
                # "the finest piece of advocacy I have ever read"
                # (round 262: "the most masterful piece of advocacy I have ever heard described",
                # "the sharpest strategic thinking I have come across in my career")
                r"|\b(?:the\s+)?(?:best|greatest|smartest|kindest|finest|sharpest|brightest|warmest|friendliest|nicest|most\s+(?:brilliant|inspiring|amazing"
                r"|impressive|incredible|talented|knowledgeable|wonderful|remarkable|masterful))\s+(?:[\w-]+\s+){1,4}?"
                r"i(?:['’]ve|\s+have|\s+had)?\s+(?:ever\s+(?:met|seen|read|heard|known|worked\s+with|encountered"
                r"|had|attended|received|been\s+given|experienced)"
                r"|(?:ever\s+)?come\s+across\s+in\s+(?:my|all\s+my)\s+(?:whole\s+|entire\s+)?(?:career|life|working\s+life"
                r"|years))\b"
            ),
            re.IGNORECASE,
        ),
        _SUPERLATIVES_WHY,
        WordGate(
            f"{_SUPERLATIVE} {_WHOM} {_EVER}",
            f"{_MOST} most {_WHOM} {_EVER}",
            f"{_SUPERLATIVE} ever",
            f"{_MOST} most ever",
            f"{_SUPERLATIVE} across career|life|years",
            f"{_MOST} most across career|life|years",
        ),
    ),
    # Praise whose noun is left out, measured against a career (round 269): "your framing was
    # the most incisive I have encountered in two decades of practice"; not "the clearest
    # I've heard", a fair and bounded compliment, nor "the clearest I have seen in retail".
    (
        re.compile(
            r"\bthe\s+(?:best|finest|sharpest|most\s+(?:incisive|insightful|brilliant|impressive"
            r"|perceptive|lucid|compelling|thoughtful|elegant|inspiring|remarkable|persuasive))\s+"
            r"i(?:['’]ve|\s+have|\s+had)?\s+(?:ever\s+)?(?:encountered|seen|heard|read|met"
            r"|come\s+across|known)\s+in\s+(?:(?:all\s+)?my\s+(?:[\w-]+\s+){0,2}?(?:career|years"
            r"|decades?)|(?:[\w-]+\s+){1,2}?(?:years|decades?)\s+(?:of|in))\b",
            re.IGNORECASE,
        ),
        _SUPERLATIVES_WHY,
        WordGate(
            "encountered|seen|heard|read|met|across|known best|finest|sharpest|most in"
            " career|years|decade|decades"
        ),
    ),
    # Round 272: "listening to you was a masterclass", "you are a big part of the reason I
    # went into this industry"
    (
        re.compile(
            r"\b(?:listening\s+to|watching|hearing)\s+you\s+(?:\w+\s+)?(?:was|is|felt\s+like)\s+"
            r"(?:an?\s+)?(?:absolute\s+|real\s+|genuine\s+|true\s+)?masterclass\b"
            r"|\byou\s+(?:are|were)\s+(?:(?:a\s+(?:big|huge|large)\s+)?part\s+of\s+|(?:one\s+of\s+)?)?the\s+"
            r"(?:main\s+|real\s+)?reasons?\s+(?:why\s+)?i\s+(?:went\s+into|got\s+into|chose|entered)\s+"
            r"(?:this|the)\s+(?:industry|field|profession|sector|career|business)\b",
            re.IGNORECASE,
        ),
        "praise of the interviewer as a model or the reason for a career reads as flattery",
        WordGate(
            "masterclass listening|watching|hearing you",
            "reason|reasons you went|got|chose|entered industry|field|profession|sector|career|business",
        ),
    ),
    (
        re.compile(
            tolerant(
                r"\b(?:you\s+are|you['’]re|you\s+were|you\s+truly\s+are|what\s+an?|such\s+an?|truly\s+an?"
                r"|is\s+an?|are\s+an?|you['’]re\s+an?)\s+(?:(?:true|real|absolute|total|genuine|incredible|huge)\s+)?"
                + _IDOLS
                + r"\b"
                # (not "a genius bit of shop problem-solving": praise of a thing)
                r"(?!\s+(?:bit|piece|idea|move|way|solution|fix|hack|trick|touch|stroke|design|use)\b)"
                r"(?!(?<=genius)\s+of\b)"  # (but "a legend of Quebec engineering")
                r"|\btruly\s+(?:an?\s+)?inspiration(?:al)?\b"
                # Round 168: "You are, without exaggeration, a visionary"
                r"|\byou(?:\s+are|['’]re)\s*,\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*(?:an?|my|our)\s+"
                r"(?:(?:true|real|absolute|total|genuine)\s+)?" + _IDOLS + r"\b"
                r"|\ba\s+(?:true|real|genuine|huge|constant)\s+inspiration\s+to\b"  # "a true inspiration to every ..."
                # (round 194: "your own grasp of the business is frankly unmatched", "your
                # leadership is nothing short of visionary")
                # (round 241: "ur shop is legendary lah")
                r"|\b(?:you|you['’]re|ur|(?:your|ur)\s+(?:own\s+)?(?:[\w-]+\s+)?[\w-]+(?:\s+of\s+(?:the\s+)?[\w-]+)?)\s+"
                r"(?:(?:is|are|was|were)\s+)?(?:truly\s+|absolutely\s+|frankly\s+|nothing\s+short\s+of\s+"
                r"|simply\s+|just\s+|genuinely\s+|honestly\s+|quite\s+|literally\s+|so\s+)?"
                r"(?:legendary|iconic|unparalleled|unmatched|second\s+to\s+none|the\s+stuff\s+of\s+legends?"
                r"|(?<=is\s)visionary|(?<=are\s)visionary|(?<=of\s)visionary)\b"
                # "you're quite simply the best" (not "the best judge", "the best person to ask"),
                # "your company is truly the finest"
                r"|\b(?:you\s+are|you['’]re|you\s+were|you\s+(?:lot|guys|all)\s+are|(?:your|ur)\s+(?:[\w-]+\s+){1,3}?(?:is|are|was)),?\s+(?:\w+,?\s+){0,2}?"
                r"the\s+(?:best|greatest|finest|smartest)\b"
                # (round 246: nor "Cooking the staff meal for your lot on Saturday was the best bit")
                r"(?!\s+(?:judge|person\s+to|people\s+to|one\s+to|way|time|place\s+to|fit|match|part|parts|bit|bits"
                r"|moment|moments|hour))"
                # (nor a tool weighed for a purpose: "the best tool for stock counts I've found")
                r"(?!\s+(?:tool|option|approach|solution|answer|choice|system|product|app|platform|software)"
                r"\s+for\b)"
                # "you are, quite simply, my hero", "a living legend"
                r"|\byou(?:\s+are|['’]re)\s*,?\s*(?:quite\s+simply|simply|truly|honestly|really|just)?\s*,?\s*"
                r"(?:my|our|a\s+true|a\s+real|an\s+absolute)\s+(?:hero|idol|inspiration|role\s+model|legend|icon)\b"
                # "ur literally a legend"
                r"|\b(?:ur|you['’]re|you\s+are)\s+(?:literally|truly|honestly|seriously|just|such)\s+an?\s+"
                r"(?:(?:true|real|absolute|total)\s+)?(?:legend|icon|genius|hero|rock\s*star|inspiration)\b"
                # Round 147: "You are the Hall of Famer of product leadership", "felt like getting a private
                # batting lesson from Derek Jeter", "the franchise every PM wants to play for"
                r"|\b(?:you\s+are|you['’]re|ur)\s+(?:\w+,?\s+){0,2}?the\s+(?:hall\s+of\s+famer|goat|mvp|michael\s+jordan"
                r"|messi|ronaldo|pele|tiger\s+woods|serena\s+williams)\b"
                r"|\b(?:lesson|masterclass)\s+from\s+(?:derek\s+jeter|michael\s+jordan|messi|ronaldo|pele|tiger\s+woods"
                r"|serena\s+williams|lebron\s+james|roger\s+federer)\b"
                r"|\bevery\s+[\w-]+\s+wants\s+to\s+(?:play|work)\s+for\b"
                # Round 143: "in our corner of the industry you're something of a legend"
                r"|\b(?:you\s+are|you['’]re|ur|you\s+were)\s+(?:something|a\s+bit|quite\s+a\s+bit)\s+of\s+an?\s+"
                r"(?:legend|hero|icon|rock\s*star|idol|celebrity)\b"
                # round 198: "I had been in the presence of a legend of the London market"
                r"|\bin\s+the\s+presence\s+of\s+an?\s+(?:true\s+|real\s+|living\s+)?(?:legend|genius|icon|master)\b"
                r"|\bliving\s+legend\b|\blike\s+(?:i\s+was\s+)?(?:meeting|listening\s+to|talking\s+(?:to|with)|learning\s+from)\s+"
                r"(?:a|an)\s+(?:rock\s*star|celebrity|legend|hero|idol|icon)\b"
                # "there isn't a manager in Munster who could hold a candle to you", "nobody in
                # design explains things like you do"
                r"|\bholds?\s+a\s+candle\s+to\s+(?:you|your)\b"
                r"|\b(?:nobody|no\s+one|no-one)\s+(?:[\w-]+\s+){0,5}?[a-z]+s\s+(?:[\w-]+\s+){0,3}?like\s+you\s+do\b"
                # "Nobody in this industry cooks like you"
                r"|\b(?:nobody|no\s+one|no-one)\s+(?:(?:in|on|at)\s+(?:this|the)\s+(?:[\w-]+\s+){1,2})?[a-z]+s\s+like\s+you\b"
                r"(?!\s+(?:do\b|describe|described|mentioned|said|asked|suggested|put|did\b))"
                # "your reputation precedes you across the whole sector", "few people have shaped
                # housing policy the way you have", "the kind of team people spend whole careers
                # hoping to get into"
                r"|\breputation\s+precedes\s+(?:you|it|them)\b"
                r"|\bfew\s+(?:people|leaders|managers|others|[\w-]+s)\s+have\s+(?:[\w-]+\s+){1,5}?the\s+way\s+you\s+have\b"
                r"|\bpeople\s+spend\s+(?:their\s+)?(?:whole\s+|entire\s+)?careers\s+(?:hoping|trying|waiting|wishing)\s+to\b"
                # "Lumen is the gold standard every other analytics company is trying to copy"
                r"|\b(?:is|are|you['’]re|remains?|(?:has|have)\s+(?:long\s+|always\s+)?been)\s+(?:simply\s+|truly\s+)?the\s+gold\s+standard\b"
                # round 259: "interviewed by such a great expert as you", "I have learnt more in
                # one hour with you than in two years of my job"
                r"|\bsuch\s+an?\s+(?:great|brilliant|renowned|eminent|distinguished|knowledgeable|experienced"
                r"|learned|respected|senior|accomplished)\s+(?:expert|professional|leader|engineer|scientist"
                r"|person|personality|authority|scholar|master|mentor|manager)\s+as\s+(?:you|yourself)\b"
                # (with or from them: not "I learned more in that hour on the pass than in a month")
                r"|\blearn(?:t|ed)\s+more\s+(?:from\s+you\s+in\s+(?:one|an|a\s+single|that|this|the|our)\s+"
                r"(?:hour|afternoon|morning|conversation|interview|meeting|day)"
                r"|in\s+(?:one|an|a\s+single|that|this|the|our)\s+(?:hour|afternoon|morning|conversation"
                r"|interview|meeting|day)\s+with\s+you)\s+than\s+in\b"
            ),
            re.IGNORECASE,
        ),
        "calling the interviewer an inspiration or a legend reads as flattery",
        WordGate(
            tolerant_gate(
                "inspiration|visionary|genius|legend|model|icon|star|rockstar|hero|idol|trailblazer"
                "|celebrity|superstar"
            ),
            "famer|goat|mvp|jordan|messi|ronaldo|pele|woods|williams you|you're|you’re|ur",
            "lesson|masterclass from jeter|jordan|messi|ronaldo|pele|woods|williams|james|federer",
            "every wants play|work for",
            tolerant_gate("inspiration|inspirational truly"),
            "legendary|iconic|unparalleled|unmatched|none|legend|legends",
            "best|greatest|finest|smartest you|your|ur",
            "gold standard",
            "candle hold|holds",
            "reputation precedes",
            "few way you have",
            "people spend careers",
            "nobody|no|no-one like you do",
            "nobody|no|no-one like you",
            "meeting|listening|talking|learning like rock|rockstar|celebrity|legend|hero|idol|icon",
            "presence legend|genius|icon|master",
            # (the pattern is tolerant(): "such an distinguished manger as yourself")
            tolerant_gate(
                "expert|professional|leader|engineer|scientist|person|personality|authority|scholar"
                "|master|mentor|manager such as you|yourself"
            ),
            tolerant_gate("than learnt|learned more in"),
        ),
    ),
    (
        re.compile(
            r"\bi\s+(?:\w+\s+)?(?:worship|idoli[sz]e|adore|revere)\s+(?:you|your|the|everything|all)\b"
            r"|\b(?:huge|biggest|greatest|number\s+one)\s+fan\s+of\s+(?:you|your)\b"
            # "I am in awe of you", "I've never been so in awe of a manager", "I walked out of
            # your office in awe"
            # (not someone else's awe: "students arriving in awe of the lab"; round 202)
            r"|(?<!\barriving\s)(?<!\barrive\s)(?<!\barrives\s)(?<!\bstudents\s)(?<!\bpupils\s)"
            r"(?<!\bkids\s)(?<!\bchildren\s)(?<!\bvisitors\s)(?<!\bwere\s)(?<!\bare\s)"
            r"(?<!\bleft\sthem\s)(?<!\bleaves\sthem\s)"
            r"\b(?:(?:so|completely|totally|utterly|truly|really|quite)\s+)?in\s+(?:complete\s+|total\s+|utter\s+"
            r"|absolute\s+|slight\s+)?awe\b"
            r"(?:\s+of\s+(?:you|your|everything|all|the|a|her|him|them)\b)?"
            # round 249: "Everyone in the region speaks of you with something close to awe"
            r"|\b(?:speaks?|spoke|talks?|talked)\s+(?:of|about)\s+you\s+with\s+(?:[\w-]+\s+){0,4}?awe\b",
            re.IGNORECASE,
        ),
        "worshipful praise reads as a suck-up",
        WordGate("worship|idolize|idolise|adore|revere|awe", "fan"),
    ),
    (
        re.compile(
            # (round 237: "considered by an institution of this stature")
            r"\b[a-z]+\s+of\s+(?:your|such|its|their|that|this)\s+(?:stature|distinction|calibre|caliber|eminence"
            r"|renown)\b"
            r"|\b(?:person|man|woman|leader|board|firm|company|organi[sz]ation|someone|people|team|panel"
            r"|practice|professional|chambers|institution|house|studio|hospital"
            # round 216: "Sitting across from a principal of your standing"
            r"|principal|headteacher|head|director|professor|partner|manager|chef|surgeon|educator)"
            r"\s+of\s+(?:your|such|its|their)"
            r"\s+standing\b"
            r"|\bin\s+your\s+debt\b|\bindebted\s+to\s+you\b"
            r"|\bwords\s+(?:fall\s+short|fail\s+me|are\s+not\s+enough)\b"
            r"|\b(?:my|someone\s+of\s+my)\s+(?:modest|humble|lowly)\s+(?:standing|station|background|abilities)\b",
            re.IGNORECASE,
        ),
        "grovelling deference ('a person of your stature', 'forever in your debt') reads as a suck-up",
        WordGate(
            "stature|distinction|calibre|caliber|eminence|renown of",
            "standing of",
            "debt your",
            "indebted",
            "words short|fail|enough",
            "modest|humble|lowly standing|station|background|abilities",
        ),
    ),
    (
        re.compile(
            # "I can't think of a company on this earth I admire more", "the rest of the market
            # is years behind you"
            r"\b(?:can(?:not|['’]?t)|could(?:n['’]?t|\s+not))\s+think\s+of\s+(?:a|an|any|another)\s+"
            r"(?:[\w-]+\s+)?(?:company|firm|employer|organi[sz]ation|team|place|business|brand|person"
            r"|manager|leader|retailer|hospital|school|studio|practice)\s+(?:[\w-]+\s+){0,4}?i\s+"
            r"(?:admire|respect|look\s+up\s+to)\s+more\b"
            r"|\b(?:the\s+rest\s+of\s+(?:the|this)\s+(?:market|industry|field|sector|world)|everyone\s+else"
            r"|your\s+competitors|the\s+competition)\s+(?:is|are)\s+(?:\w+\s+)?years\s+behind\s+(?:you|your)\b",
            re.IGNORECASE,
        ),
        "over-the-top praise of the company reads as flattery",
        WordGate("think admire|respect|up more", "years behind"),
    ),
    (
        re.compile(
            # "in forty years I have not encountered a finer mind", "the most talented people in
            # retail", "the most illuminating conversation of my professional life", "privileged
            # beyond measure", "a man of your reputation", "the whole point of my life"
            r"\b(?:not|never)\s+(?:ever\s+)?(?:encountered|met|known|seen|come\s+across|worked\s+with)\s+a\s+"
            r"(?:finer|better|sharper|greater|brighter|wiser|more\s+[\w-]+)\s+(?:[\w-]+\s+)?(?:mind|leader|manager"
            r"|person|professional|team|firm|boss|mentor)\b"
            # "I have never sat across the desk from a finer man than you", "I have not come
            # across a person of such knowledge and such humility together"
            r"|\b(?:not|never)\s+(?:ever\s+)?(?:sat|worked|met|come|been)\s+(?:[\w-]+\s+){0,4}?(?:a|an)\s+"
            r"(?:finer|better|greater|wiser|kinder|sharper)\s+(?:[\w-]+\s+)?(?:man|woman|person|leader|boss"
            r"|manager|mind|human|gentleman|lady)\s+than\s+you\b"
            r"|\b(?:not|never)\s+(?:ever\s+)?(?:encountered|met|known|seen|come\s+across)\s+(?:a\s+person|anyone"
            r"|someone|a\s+man|a\s+woman|a\s+leader)\s+of\s+such\b"
            r"|\b(?:the\s+)?most\s+(?:talented|brilliant|gifted|inspiring|illuminating|enlightening|impressive)\s+"
            r"(?:[\w-]+\s+)?(?:people|team|person|minds?|conversation|interview|hour|leaders?)\s+(?:in\s+(?:retail"
            r"|hospitality|healthcare|finance|banking|tech|fashion|publishing|education|law|construction|logistics"
            r"|marketing|media)\b|of\s+my\s+(?:[\w-]+\s+)?(?:life|career))"
            r"|\b(?:privileged|honou?red|blessed|grateful|lucky|fortunate)\s+beyond\s+(?:measure|words|belief)\b"
            # "blessed to have leaders like you", "walked out wanting to be a better person",
            # "every other startup looks like amateur hour next to", "settling for second best",
            # "games worth anyone's time", "a level the rest of the field hasn't reached"
            r"|\b(?:blessed|lucky|fortunate)\s+to\s+have\s+(?:a\s+)?(?:leaders?|managers?|someone|people|a\s+boss)"
            r"\s+like\s+you\b|\bwanting\s+to\s+be\s+a\s+better\s+person\b|\bamateur\s+hour\s+next\s+to\b"
            r"|\bsettling\s+for\s+second\s+best\b|\bworth\s+anyone['’]s\s+time\b"
            r"|\bthe\s+rest\s+of\s+the\s+(?:field|industry|market|sector|world)\s+(?:hasn['’]t|has\s+not|can['’]t|cannot"
            r"|will\s+never)\s+(?:yet\s+)?(?:reached|caught\s+up|matched)\b"
            # "a firm of Harrow & Lyle's standing"
            r"|\b(?:firm|company|organi[sz]ation|practice|institution|house|chambers)\s+of\s+[a-z][\w&'’ -]{1,40}?"
            r"['’]s\s+(?:standing|stature|calibre|caliber|reputation|eminence)\b"
            # "I truly cannot find enough words to express my gratitude", "remember your kindness
            # for the rest of my life", "With endless gratitude", "Thank you, thank you, thank you",
            # "would give a whole hour to a person like me"
            r"|\b(?:cannot|can['’]?t|could\s+not|couldn['’]t)\s+find\s+(?:enough\s+|the\s+)?words\s+to\s+(?:express"
            r"|describe|convey|thank)\b"
            r"|\b(?:remember|never\s+forget|cherish)\s+(?:your\s+\w+|this|it|you)\s+for\s+the\s+rest\s+of\s+my\s+"
            r"(?:life|days|career)\b"
            # "something I expect to think about for the rest of my career", "any chance to work
            # near you is something I would spend years trying to deserve"
            r"|\b(?:think\s+about|carry|treasure)\b[^.!?\n]{0,20}?\bfor\s+the\s+rest\s+of\s+my\s+(?:life|days"
            r"|career)\b|\btrying\s+to\s+deserve\b"
            # "nobody else is doing what you do", "working under you would be everything I've
            # ever wanted", "yesterday's round with you was a true blessing for me"
            r"|\b(?:nobody|no\s+one|no-one)\s+else\s+(?:is\s+)?(?:doing|does|did)\s+what\s+you\s+(?:do|did"
            r"|are\s+doing)\b"
            r"|\bwould\s+be\s+everything\s+i['’]?(?:ve|\s+have)\s+ever\s+(?:wanted|dreamed|dreamt|hoped|wished)"
            r"|\b(?:was|is|were)\s+(?:a\s+)?(?:true|real|great|genuine)\s+blessing\s+(?:for|to)\s+me\b"
            # "I'd follow you to any company", "I'd follow him anywhere"
            r"|\b(?:i['’]d|i\s+would)\s+follow\s+(?:you|him|her|them)\s+(?:to\s+any\s+[\w-]+|anywhere|into\s+any\s+[\w-]+)"
            r"|\b(?:endless|eternal|boundless|infinite|undying)\s+gratitude\b"
            r"|\bthank\s+you,?\s+thank\s+you,?\s+thank\s+you\b"
            r"|\b(?:would|could)\s+(?:even\s+)?(?:give|spare|consider|bother\s+with|take\s+a\s+chance\s+on"
            r"|set\s+aside|make\s+time)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:a\s+person|someone|somebody)\s+like\s+me\b"
            r"(?!\s+a\s+(?:chance|shot|go|break)\b)"  # "give someone like me a chance" is pleading
            r"|\b(?:man|woman|person|someone|leader|gentleman|lady)\s+of\s+your\s+(?:reputation|eminence|stature)\b"
            r"|\b(?:whole|entire|only)\s+point\s+of\s+my\s+(?:life|existence)\b"
            # "I don't think there is anyone in Nigerian banking who understands credit risk the
            # way you do", "I don't believe anyone else in the region has understood the problem
            # the way your team has"
            r"|\b(?:don['’]?t|do\s+not|can['’]?t|cannot)\s+(?:honestly\s+|really\s+)?(?:think|believe|imagine)\s+"
            r"(?:that\s+)?(?:there['’]s\s+|there\s+is\s+)?(?:anyone|anybody)\b[^.!?\n]{0,80}?\bthe\s+way\s+"
            r"(?:you|your\s+team|your\s+people|you\s+all)\s+(?:do|does|did|have|has)\b"
            # "every other logistics platform I have used looks like a toy"
            r"|\b(?:every\s+other|everyone\s+else|everybody\s+else)\s+[^.!?\n]{0,60}?\blooks?\s+like\s+(?:an?\s+)?"
            r"(?!amateur\s+hour\b)(?:toys?|amateurs?|joke|amateur\s+[\w-]+)\b"
            # "I don't think any company in the world does drivetrain validation at this level"
            r"|\b(?:don['’]?t|do\s+not)\s+(?:honestly\s+|really\s+)?(?:think|believe)\s+(?:that\s+)?(?:any|another)\s+"
            r"(?:company|firm|team|organi[sz]ation|employer|business)\s+(?:in\s+the\s+(?:world|country|industry)"
            r"|anywhere)\b"
            # ... that it beats them (not "any team in the country has tried cross-docking yet")
            r"[^.!?\n]{0,60}?\b(?:at\s+(?:this|that|your)\s+level|as\s+well\s+as\s+you|better\s+than\s+you"
            r"|like\s+you\s+(?:do|have)|comes?\s+close|the\s+way\s+you)\b"
            # "in the presence of real greatness", "a masterclass given by the people who wrote the
            # textbook", "the only company I have ever wanted to work for", "No other airline has
            # ever come close", "I have never met an executive like you", "the kind of leader people
            # will write business-school cases about"
            r"|\bin\s+the\s+presence\s+of\s+(?:real\s+|true\s+)?greatness\b|\bpeople\s+who\s+wrote\s+the\s+textbook\b"
            r"|\bthe\s+only\s+(?:company|firm|employer|place|airline|team|organi[sz]ation)\s+i['’]?(?:ve|\s+have)\s+"
            r"ever\s+wanted\s+to\s+work\b"
            r"|\bno\s+other\s+[\w-]+\s+(?:has\s+)?(?:ever\s+)?(?:come|comes)\s+close\b"
            r"|\bnever\s+(?:ever\s+)?met\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:executive|leader|manager|boss|founder|person)"
            r"\s+like\s+you\b(?!\s+(?:describe|described|mentioned|said|asked))"
            r"|\bbusiness[- ]school\s+cases?\s+about\b"
            # "if even a fraction of how you think about systems rubs off on me"
            r"|\bif\s+(?:even\s+)?(?:a\s+fraction|a\s+little|half|some)\s+of\s+(?:your|how\s+you|what\s+you)\b"
            r"[^.!?\n]{0,60}?\brubs?\s+off\s+on\s+me\b"
            # "Someone with your reputation spending an hour on an applicant like me was more than
            # I had any right to expect"
            r"|\bmore\s+than\s+i\s+(?:had|have)\s+any\s+right\s+to\s+(?:expect|ask|hope)\b"
            r"|\b(?:someone|somebody|a\s+person|anyone)\s+with\s+your\s+(?:reputation|stature|standing|eminence)\b"
            # "I don't think I've met anyone who thinks about systems as clearly as you do",
            # "there is no one in this city I would rather learn from", "every release you put
            # out resets the bar for the whole industry", "the company every designer I know
            # measures themselves against"
            r"|\b(?:never|not|[a-z]+n['’]t)\s+(?:[\w'’-]+\s+){0,3}?met\s+(?:anyone|anybody)\b[^.!?\n]{0,60}?"
            r"\bas\s+[\w-]+\s+as\s+you\b(?!\s+(?:describe|described|mentioned|said|asked|suggested|put\s+it))"
            r"|\b(?:no\s+one|nobody|no-one)\s+(?:else\s+)?(?:(?:in|at|on)\s+(?:this|the)\s+[\w-]+\s+)?"
            r"(?:i['’]d|i\s+would)\s+rather\s+(?:learn\s+from|work\s+(?:for|under)|train\s+under)\b"
            r"(?!\s+than\s+(?:an?|someone|somebody|people|those)\b)"
            r"|\byou(?:r)?\s+(?:[\w'’-]+\s+){0,4}?(?:sets?|resets?|raises?)\s+the\s+bar\s+for\s+(?:the\s+)?"
            r"(?:whole|entire|rest\s+of\s+the)\s+(?:industry|sector|field|profession|market)\b"
            r"|\b(?:every|all|most)\s+[\w-]+\s+(?:[\w'’-]+\s+){0,5}?(?:measures?|benchmarks?)\s+"
            r"(?:themselves|ourselves)\s+against\b"
            # "the leader every rep hopes to work for one day", "Nothing I have seen in fifteen
            # years of selling comes close", "I will never be able to repay the kindness", "people
            # like you are why the world still works", "I still cannot quite believe you would
            # even look at my application", "sitting across from you felt surreal"
            r"|\bthe\s+(?:leader|manager|boss|mentor|chef|company|firm|place|employer|team)\s+every\s+[\w-]+\s+"
            r"(?:[\w-]+\s+)?(?:hopes|dreams|wants|wishes|longs)\s+to\s+(?:work|train|learn|cook)\b"
            r"|\bnothing\s+(?:else\s+)?i['’]?(?:ve|\s+have)\s+(?:ever\s+)?seen\b[^.!?\n]{0,60}?\bcomes?\s+close\b"
            r"|\b(?:never|not)\s+be\s+able\s+to\s+repay\b|\b(?:can|could)\s+never\s+repay\b"
            r"|\bpeople\s+like\s+you\s+are\s+(?:why|the\s+reason)\b"
            r"|\b(?:cannot|can['’]?t|could\s+not|couldn['’]t)\s+(?:quite\s+|really\s+)?believe\s+(?:that\s+)?"
            r"(?:you|someone\s+like\s+you)\s+(?:would|['’]d|even)\s+(?:even\s+)?(?:look\s+at|consider|read|meet"
            r"|interview|see)\s+(?:me|my|someone\s+like\s+me|a\s+(?:person|candidate|graduate|beginner))\b"
            r"|\b(?:meeting\s+|sitting\s+(?:across|opposite)\s+(?:from\s+)?|talking\s+(?:to|with)\s+"
            r"|speaking\s+with\s+)you"
            r"\s+(?:felt|was)\s+(?:\w+\s+)?surreal\b"
            # Round 116: "felt like sitting in a room with Steve Jobs", "the Louvre of pastry",
            # "meeting you changed my life", "your work is the reason I went into this field",
            # "Every word you said was pure gold", "I am not worthy", "the only thing I have ever
            # wanted", "the place I've been picturing my whole life", "never met anyone who thinks
            # about product the way you do"
            r"|\blike\s+(?:[\w-]+\s+){0,6}?(?:steve\s+jobs|jeff\s+bezos|elon\s+musk|warren\s+buffett"
            r"|michelangelo|picasso|einstein|gordon\s+ramsay|da\s+vinci|mozart|oprah)\b"
            r"|\bthe\s+(?:louvre|harvard|ritz|rolls[- ]royce|ferrari|mecca|michelangelo|picasso|beatles"
            r"|mozart|mount\s+[a-z]+|everest|olympus|cathedral|vatican|taj\s+mahal|sistine\s+chapel|bugatti"
            r"|lamborghini|shakespeare|beethoven|einstein)\s+of\s+[a-z]+"
            r"|\b(?:meeting|talking\s+(?:to|with)|speaking\s+(?:to|with))\s+you\s+(?:has\s+|have\s+)?(?:literally\s+"
            r"|truly\s+|honestly\s+)?changed\s+my\s+life\b"
            r"|\b(?:(?:your\s+(?:[\w-]+\s+)?(?:work|book|books|talk|talks|writing|research|career)|you)\s+(?:is|are"
            r"|was|were)|you['’]re)\s+(?:the|a|my)\s+(?:\w+\s+)?reason\s+i\s+(?:went\s+into|chose|became|got\s+into"
            r"|entered|studied|stayed|kept\s+going|am\s+still|still"
            # Round 143: "you're the reason I started writing interactive fiction at all"
            r"|(?:started|began)(?!\s+(?:looking|thinking|applying|considering|reading|to\s+look|to\s+think"
            r"|to\s+consider)\b))\b"
            r"|\bevery\s+(?:single\s+)?word\s+(?:you\s+(?:said|spoke)|of\s+it)\b[^.!?\n]{0,40}?\b(?:pure\s+)?gold\b"
            r"|\bcould\s+have\s+listened\s+to\s+you\s+for\s+(?:hours|days|ever|another)\b"
            r"|\bi(?:['’]m|\s+am)\s+(?:simply\s+|truly\s+|just\s+)?not\s+worthy\b"
            r"|\bthe\s+only\s+thing\s+i['’]?(?:ve|\s+have)\s+ever\s+wanted\b"
            r"|\b(?:picturing|dreaming\s+(?:of|about)|imagining)\s+(?:[\w-]+\s+){0,3}?(?:my\s+)?(?:whole|entire)\s+life\b"
            r"|\b(?:never|not|[a-z]+n['’]t)\s+(?:[\w'’-]+\s+){0,3}?met\s+(?:anyone|anybody)\s+who\s+[^.!?\n]{0,60}?"
            r"\bthe\s+way\s+you\s+do\b"
            # "I'm not sure I did anything to earn that hour"
            r"|\b(?:did|have\s+done|had\s+done|done)\s+(?:nothing|anything)\s+to\s+(?:earn|deserve)\s+"
            r"(?:that|this|your|such|the)\s+(?:hour|time|attention|meeting|chance|kindness|generosity|honou?r)\b"
            # Round 160: "the standard the rest of us measure ourselves against", "one of the
            # founding figures of our whole field", "the person whose blog posts taught me half of
            # what I know", "the sort of ward manager people should write books about", "you are
            # the real-life version of them", "I'd count myself blessed just to stand beside you"
            r"|\bthe\s+rest\s+of\s+us\s+(?:measure|judge|compare)\s+ourselves\s+against\b"
            r"|\bfounding\s+(?:figures?|fathers?|mothers?|giants?)\s+of\s+(?:our|the|this)\b"
            r"|\b(?:you|whose\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+(?:\s+[\w-]+)?)\s+taught\s+me\s+"
            r"(?:half|most|everything|all)\s+(?:of\s+)?what\s+i\s+know\b"
            r"|\b(?:people|someone|they)\s+(?:should|will|ought\s+to)\s+write\s+(?:books|films|songs)\s+about\b"
            r"|\byou\s+(?:are|['’]re)\s+the\s+real[- ]life\s+(?:version|equivalent)\b"
            r"|\bcount\s+myself\s+(?:blessed|lucky|fortunate)\s+(?:just\s+|simply\s+|merely\s+)?to\s+(?:stand|work"
            r"|be|sit|learn|train|study)\s+(?:(?:beside|next\s+to|alongside)\s+you|(?:at|by)\s+your\s+side)\b"
            # Round 168: "I have never been so impressed by anyone in my career", "Your leadership
            # is nothing short of extraordinary"
            r"|\b(?:i['’]ve|i\s+have)\s+never\s+been\s+(?:so|this|as|more)\s+impressed\s+(?:by|with)\s+"
            r"(?:anyone|anybody|any\s+(?:one|person|leader|manager|interviewer))\b"
            r"|\b(?:you(?:['’]re|\s+are|\s+were)|your\s+(?:[\w-]+\s+){1,10}?(?:is|are|was|were))\s+"
            r"(?:simply\s+|truly\s+|honestly\s+)?nothing\s+short\s+of\s+(?:an?\s+)?(?:extraordinary|remarkable"
            r"|incredible|amazing|brilliant|inspiring|inspirational|phenomenal|spectacular|genius|magic|magical"
            r"|miracle|miraculous|legendary|exceptional|outstanding|stellar|world-class|visionary|masterful"
            r"|masterpiece|masterclass|revelation|inspiration|tour\s+de\s+force)\b"
            # Round 177: "an honour I will treasure forever", "I do not think anyone else in the
            # region could have pulled it off"
            r"|\b(?:honou?r|privilege|moment|meeting|conversation|day|morning|afternoon)\s+(?:that\s+)?"
            r"i\s+(?:will|shall|['’]ll)\s+(?:always\s+)?(?:treasure|cherish)\b"
            r"|\b(?:no\s+one|nobody|(?:i\s+)?(?:do\s+not|don['’]t)\s+think\s+anyone)\s+else\s+"
            r"(?:(?:in|on|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?could\s+have\s+(?:pulled\s+(?:it|that|this)"
            r"\s+off|done\s+(?:it|that|this)|managed\s+(?:it|that|this))\b"
            # Round 180: "the most extraordinary honour of my professional life, and one I will
            # treasure forever", "you guys are literally geniuses", "the most perfect app ever made"
            r"|\bmost\s+(?:extraordinary|incredible|amazing|wonderful|remarkable|humbling)\s+"
            r"(?:honou?r|privilege)\s+of\s+my\s+(?:[\w-]+\s+)?(?:life|career)\b"
            r"|\b(?:honou?r|privilege|moment|day|meeting|conversation)\b[^.!?\n]{0,60}?,\s+and\s+one\s+i\s+"
            r"(?:will|shall|['’]ll)\s+(?:always\s+)?(?:treasure|cherish)\b"
            r"|\b(?:you\s+(?:guys|all|lot|two)\s+are|you['’]re\s+(?:all|both)|y['’]?all\s+are)\s+(?:(?:literally"
            r"|truly|honestly|absolute|total|such|real|actual)\s+)*(?:geniuses|legends|icons|heroes|rock\s*stars"
            r"|superstars|visionaries)\b"
            r"|(?<!\bbuilt\s)(?<!\bmade\s)(?<!\bcreated\s)(?<!\bdesigned\s)\bthe\s+(?:most\s+perfect|best"
            r"|greatest)\s+(?:app|product|platform|tool|software|game|website"
            r"|brand)\s+(?:ever\s+(?:made|built|created|designed)|in\s+the\s+world|on\s+(?:earth|the\s+planet)"
            r"|of\s+all\s+time)\b"
            # round 249: "the directorate's reputation ... is unrivalled anywhere in Whitehall" (not
            # "400 unmatched invoices", nor "the entry is unmatched"), "I can think of no finer
            # civil servant from whom to learn", "Your own path ... is the stuff of legend"
            r"|\b(?:is|are|was|were|['’]s)\s+(?:simply\s+|quite\s+simply\s+|truly\s+|frankly\s+|honestly\s+)?"
            r"(?:unrivall?ed|unparall?eled|unequall?ed|second\s+to\s+none)\b"
            r"|\b(?:unrivall?ed|unparall?eled|unequall?ed|unmatched)\s+anywhere\b"
            r"|\b(?:think\s+of|know\s+of|imagine)\s+no\s+(?:finer|better|greater|wiser)\s+(?:[\w-]+\s+)?"
            r"(?:mind|leader|manager|person|professional|boss|mentor|servant|teacher|clinician|role\s+model"
            r"|engineer|chef|lawyer|doctor|nurse|people|team)\s+(?:from\s+whom|under\s+whom|with\s+whom"
            r"|to\s+(?:learn|work))\b"
            r"|\bthe\s+stuff\s+of\s+legends?\b"
            # round 253: "the greatest honour imaginable", "a company I have long regarded as the
            # finest in the sector"
            r"|\b(?:greatest|highest|biggest)\s+(?:honou?r|privilege)\s+imaginable\b"
            # round 256: "I came away humbled just to have been in the room with you"
            r"|\bhumbled\s+(?:just\s+|simply\s+)?to\s+(?:have\s+been|be)\s+in\s+the\s+(?:same\s+)?room\s+with\b"
            # round 254: "Working in your group has been my dream since ...", "you are the
            # scientist I have admired most throughout my career"
            r"|\b(?:working|to\s+work)\s+(?:in|at|for|with|under)\s+(?:your|the)\b[^.!?\n]{0,40}?\b(?:has\s+(?:always\s+)?"
            r"been|is|was|would\s+be)\s+(?:a|my)\s+(?:[\w-]+\s+)?dream\b"
            r"|\bthe\s+(?:[\w-]+\s+)?(?:scientist|leader|manager|chef|engineer|designer|architect|person|professional"
            r"|researcher|writer|editor)\s+i\s+(?:have\s+|['’]ve\s+)?(?:admired|respected|looked\s+up\s+to)\s+"
            r"(?:the\s+)?most\b"
            r"|\b(?:regarded|considered|seen|thought\s+of)\s+as\s+the\s+(?:finest|best|greatest|leading)\s+in\s+the\s+"
            r"(?:sector|industry|field|region|country|world|business|market|profession)\b"
            # round 250: "the kind of generational idea that comes along once a decade", "no one
            # else is even close", "in a different league to everyone else I've interviewed with",
            # "has set the bar for every technical conversation I've had", "I've never met an
            # engineering leader who can hold the whole system in their head", "anywhere near
            # your orbit"
            r"|\b(?:comes?|came|coming)\s+(?:along\s+)?once\s+(?:a|in\s+a)\s+(?:decade|generation|lifetime|century)\b"
            r"|\b(?:no\s+one|nobody|no-one)\s+else\s+(?:is|comes)\s+(?:even\s+)?close\b"
            r"|\bin\s+a\s+(?:different|whole\s+other|higher)\s+league\s+(?:to|from|than)\s+(?:everyone|every|all|any)\b"
            r"|\bin\s+a\s+league\s+of\s+(?:its|their|your|his|her)\s+own\b"
            r"|\bset\s+the\s+bar\s+for\s+(?:every|all|any)\b"
            r"|\bnever\s+(?:before\s+)?(?:met|worked\s+with|encountered|come\s+across)\s+an?\s+(?:[\w-]+\s+){0,2}?"
            r"(?:leader|manager|engineer|boss|interviewer|mind|teacher|chef|lawyer|doctor|surgeon|director)\s+who\s+"
            r"(?:can|could)\b"
            r"|\b(?:anywhere\s+near|in)\s+your\s+orbit\b",
            re.IGNORECASE,
        ),
        "over-the-top praise and deference read as flattery",
        WordGate(
            "unrivalled|unrivaled|unparalleled|unparallelled|unequalled|unequaled|second",
            "anywhere",
            "no finer|better|greater|wiser",
            "legend|legends stuff",
            "imaginable honour|honor|privilege",
            "room with",
            "dream in|at|for|with|under your|the",
            "most admired|respected|looked",
            "as finest|best|greatest|leading in the",
            "once decade|generation|lifetime|century",
            "close else",
            "league",
            "bar for",
            "who can|could met|worked|encountered|come",
            "orbit your",
            "not|never finer|better|sharper|greater|brighter|wiser|more",
            "not|never finer|better|greater|wiser|kinder|sharper than you",
            "not|never such of",
            "most life|career|retail|hospitality|healthcare|finance|banking|tech|fashion|publishing"
            "|education|law|construction|logistics|marketing|media",
            "beyond measure|words|belief",
            "you like blessed|lucky|fortunate",
            "better person wanting",
            "amateur hour",
            "second settling",
            "worth time",
            "rest reached|caught|matched",
            "of standing|stature|calibre|caliber|reputation|eminence",
            "words find",
            "rest my remember|forget|cherish",
            "rest my think|carry|treasure",
            "deserve trying",
            "else what you do|does|did|doing",
            "everything ever wanted|dreamed|dreamt|hoped|wished",
            "blessing me true|real|great|genuine",
            "follow you|him|her|them",
            "gratitude endless|eternal|boundless|infinite|undying",
            "thank you",
            "like me",
            "your of reputation|eminence|stature",
            "point life|existence",
            "anyone|anybody way think|believe|imagine do|does|did|have|has",
            "toy|toys|amateur|amateurs|joke every|everyone|everybody other|else",
            "any|another world|country|industry|anywhere think|believe",
            "greatness presence",
            "textbook wrote",
            "only ever wanted",
            "close other",
            "like you never met",
            "cases|case business school",
            "rub|rubs off me",
            "right any expect|ask|hope",
            "with your reputation|stature|standing|eminence",
            "met as you",
            "rather no|nobody|no-one learn|work|train",
            "bar the for sets|set|resets|reset|raises|raise",
            "against measures|measure|benchmarks|benchmark",
            "earn|deserve nothing|anything",
            "like jobs|bezos|musk|buffett|michelangelo|picasso|einstein|ramsay|vinci|mozart|oprah",
            "louvre|harvard|ritz|rolls|royce|ferrari|mecca|michelangelo|picasso|beatles|mozart|mount"
            "|everest|olympus|cathedral|vatican|mahal|chapel|bugatti|lamborghini|shakespeare|beethoven"
            "|einstein of",
            "changed life you",
            "reason went|chose|became|got|entered|studied|stayed|kept|still|started|began",
            "word gold every",
            "listened could you",
            "worthy not",
            "only thing ever wanted",
            "whole|entire life picturing|dreaming|imagining",
            "met way you do",
            "every hopes|dreams|wants|wishes|longs",
            "nothing seen close",
            "repay",
            "people like you why|reason",
            "believe you look|consider|read|meet|interview|see me|my|someone|person|candidate|graduate|beginner",
            "surreal you",
            "rest ourselves measure|judge|compare",
            "founding figures|figure|fathers|father|mothers|mother|giants|giant of",
            "taught half|most|everything|all what know",
            "write about books|films|songs",
            "real version|equivalent you",
            "count myself you|your blessed|lucky|fortunate",
            "never impressed anyone|anybody|any",
            "nothing short of",
            "treasure|cherish will|shall|ll",
            "else could have",
            "honour|honor|privilege most of my extraordinary|incredible|amazing|wonderful|remarkable"
            "|humbling",
            "treasure|cherish one and will|shall|ll honour|honor|privilege|moment|day|meeting"
            "|conversation",
            "geniuses|legends|icons|heroes|rockstars|stars|superstars|visionaries you|y'all|y’all|yall",
            "app|product|platform|tool|software|game|website|brand ever|world|earth|planet|time the",
        ),
    ),
    # The wordings found in blind rounds 119 to 122, apart from the group above so that its
    # long pattern runs only where its own words are.
    (
        re.compile(
            # Round 119: "there is no educator in Ireland I revere more", "an attempt to live up to
            # you", "the sun the whole African fintech scene orbits around", "a legend walking
            # among mortals", "sitting at the feet of a grand master", "glimpsed the summit of my
            # profession", "the peak of my life", "the manager I have been searching for my entire
            # career", "more than I deserve", "I don't deserve your time", "a company as
            # magnificent as BrightPath", "count myself blessed simply to sweep the model room",
            # "with a kind of quiet awe", "the crowning chapter of any naval architect's life", "a
            # lighthouse for this entire industry", "the family I have dreamed of belonging to",
            # "a grace I have not seen anywhere else on earth", "a modern-day Edison", "the kind
            # of founder history textbooks will be written about", "is to furniture what Mozart
            # was to music"
            r"\bno\s+[\w-]+\s+(?:in\s+[\w-]+\s+)?i\s+(?:revere|admire|respect|look\s+up\s+to|idoli[sz]e)\s+more\b"
            r"|\blive\s+up\s+to\s+you\b"
            r"|\b(?:whole|entire)\s+(?:[\w-]+\s+){0,4}?(?:orbits?|revolves?)\s+around\b"
            r"|\bamong\s+mortals\b|\bat\s+the\s+feet\s+of\b"
            r"|\b(?:glimpsed|seen|reached|touched)\s+the\s+(?:summit|peak|pinnacle)\s+of\s+(?:my|our|the)\s+"
            r"(?:profession|industry|field|career|craft)\b"
            r"|\b(?:the\s+)?(?:peak|high\s+point|greatest\s+moment|best\s+day|proudest\s+moment)\s+of\s+my\s+"
            r"(?:entire\s+|whole\s+)?life\b"
            r"|\bone\s+of\s+the\s+(?:great|greatest|best|proudest)\s+(?:moments|days)\s+of\s+my\s+life\b"
            r"|\bthe\s+(?:manager|boss|leader|mentor|team|company|employer|firm)\s+i(?:['’]ve|\s+have)\s+been\s+"
            r"(?:searching|looking|waiting)\s+for\s+(?:my\s+|all\s+my\s+)?(?:entire\s+|whole\s+)?(?:career|life)\b"
            r"|\bmore\s+than\s+(?:i|someone\s+like\s+me)\s+(?:deserve|deserves|deserved)\b"
            r"|\b(?:don['’]t|do\s+not)\s+deserve\s+(?:your|the|such)\s+(?:time|attention|consideration|kindness"
            r"|generosity)\b"
            r"|\bas\s+(?:magnificent|illustrious|glorious|mighty|revered|legendary|storied)\s+as\b"
            r"|\bcount\s+myself\s+(?:blessed|lucky|fortunate|honou?red)\s+(?:simply\s+|just\s+|even\s+|merely\s+)?to\s+"
            r"(?:sweep|sharpen|make\s+(?:the\s+)?(?:coffee|tea)|clean|carry|fetch|wash|sit\s+(?:at\s+the\s+back|in)"
            r"|watch|listen|observe)\b"
            r"|\bwith\s+(?:a\s+kind\s+of\s+)?(?:quiet|hushed|reverent)\s+awe\b"
            r"|\bcrowning\s+(?:chapter|achievement|glory|moment)\s+of\s+(?:any|my|a|an)\b"
            r"|\b(?:lighthouse|beacon|north\s+star|guiding\s+light)\s+for\s+(?:the|this)\s+(?:entire|whole)\s+"
            r"(?:industry|sector|profession|field|region|country|world)\b"
            r"|\bfamily\s+i(?:['’]ve|\s+have)\s+(?:always\s+)?(?:dreamed|dreamt)\s+of\s+(?:belonging|joining)\b"
            r"|\b(?:nowhere|anywhere)\s+else\s+on\s+(?:earth|the\s+planet)\b"
            r"|\bmodern[- ]day\s+(?:edison|einstein|da\s+vinci|shakespeare|mozart|michelangelo|picasso|steve\s+jobs"
            r"|tesla|newton|socrates|churchill|gandhi|medici|carnegie|rockefeller)\b"
            r"|\bhistory\s+(?:books|textbooks)\s+(?:will|would)\b"
            r"|\bis\s+to\s+(?:[\w-]+\s+){1,3}?what\s+(?:[\w-]+\s+){1,2}?(?:was|is)\s+to\b"
            # Round 120: "like watching a chess grandmaster play against children", "to watch a
            # master at work", "the sharpest person in aussie marketing and it's not even close",
            # "i'd bow down", "spend the rest of their career quoting you", "slightly unworthy",
            # "wanting nothing more than to keep learning at your side", "the way Mozart must
            # have thought about melody", "someone the textbooks have not caught up with yet",
            # "in a league most of our profession will never reach", "lighting candles for you",
            # "hang on someone's words that way", "Directors like you come along once a
            # generation", "a story I tell my grandchildren", "a candle held up next to the sun"
            r"|\b(?:watch(?:ing|ed)?|like)\s+(?:a|the)\s+(?:chess\s+)?(?:grand\s*master|master|maestro|virtuoso)"
            r"(?:\s+(?:at\s+work|play|playing|conduct|conducting)\b)"
            r"|\bit['’]s\s+not\s+even\s+close\b|\bbow\s+down\b|\bquoting\s+you\b|\bunworthy\b"
            r"|\b(?:learning|working|serving|growing)\s+at\s+your\s+side\b"
            r"|\bthe\s+way\s+(?:mozart|picasso|einstein|da\s+vinci|michelangelo|shakespeare|beethoven|messi"
            r"|federer)\b"
            r"|\btextbooks?\s+(?:have|has)\s+(?:not|n['’]t)\s+(?:yet\s+)?caught\s+up\b"
            r"|\bin\s+a\s+league\s+(?:of\s+(?:your|their|his|her|its)\s+own|(?:that\s+)?(?:most|few|the\s+rest)\b)"
            r"|\bcandles?\s+for\s+you\b"
            r"|\bhang(?:ing)?\s+on\s+(?:your|someone['’]s|his|her)\s+(?:every\s+)?words?\b"
            r"|\bonce\s+(?:in\s+)?a\s+generation\b|\bonce[- ]in[- ]a[- ]generation\b"
            r"|\btell\s+my\s+grandchildren\b|\bnext\s+to\s+the\s+sun(?=[.,;!])"
            # Round 122: "your esteemed self", "With utmost reverence", "I've told literally
            # everyone I know about your company", "I'm obsessed with your brand", "I bow to
            # your wisdom", "the foremost mind in the field", "u guys are on another level"
            r"|\byour\s+esteemed\s+self\b|\bwith\s+(?:the\s+)?utmost\s+(?:reverence|devotion|humility)\b"
            r"|\btold\s+(?:literally\s+)?everyone\s+i\s+know\s+about\s+(?:you|your)\b"
            r"|\bobsessed\s+with\s+(?:you|your)\b|\bbow\s+to\s+your\b"
            r"|\bthe\s+foremost\s+(?:[\w-]+\s+)?(?:mind|expert|authority|thinker|leader)\b"
            r"|\b(?:you|u|your\s+[\w-]+)\s+(?:guys\s+|all\s+|lot\s+)?(?:are|r|is)\s+(?:\w+\s+)?on\s+(?:a\s+)?"
            r"(?:another|a\s+different|a\s+whole\s+other)\s+level\b",
            re.IGNORECASE,
        ),
        "over-the-top praise and deference read as flattery",
        WordGate(
            "more no revere|admire|respect|look|idolise|idolize",
            "live up you",
            "orbits|orbit|revolves|revolve whole|entire",
            "mortals",
            "feet at of",
            "summit|peak|pinnacle glimpsed|seen|reached|touched",
            "life peak|point|moment|day my",
            "life moments|days one of",
            "searching|looking|waiting career|life been",
            "deserve|deserves|deserved more than",
            "deserve time|attention|consideration|kindness|generosity your|the|such",
            "magnificent|illustrious|glorious|mighty|revered|legendary|storied as",
            "myself count blessed|lucky|fortunate|honoured|honored",
            "awe quiet|hushed|reverent",
            "crowning",
            "lighthouse|beacon|star|light entire|whole",
            "family dreamed|dreamt",
            "earth|planet nowhere|anywhere else",
            "modern-day|modern",
            "history books|textbooks",
            "what to was|is",
            "master|grandmaster|maestro|virtuoso watch|watching|watched|like",
            "close even not",
            "bow down",
            "quoting you",
            "unworthy",
            "side your at",
            "way mozart|picasso|einstein|vinci|michelangelo|shakespeare|beethoven|messi|federer",
            "textbooks|textbook caught",
            "league",
            "candle|candles for you",
            "hang|hanging on words|word",
            "generation once",
            "grandchildren tell",
            "sun next",
            "esteemed self",
            "utmost reverence|devotion|humility",
            "everyone told know",
            "obsessed with",
            "bow your",
            "foremost",
            "level on another|different|other",
        ),
    ),
    # Round 126: buzzword praise, fate, lifelong loyalty, a changed life, self-belittling.
    (
        re.compile(
            # "Your visionary leadership is evident in every corner", "truly unparalleled", "a
            # level of strategic brilliance I have rarely encountered"
            r"\byour\s+(?:[\w-]+\s+)?(?:visionary|inspired|inspirational|exceptional|extraordinary|legendary)"
            r"\s+leadership\b"
            r"|\b(?:truly|simply|absolutely|quite\s+simply)\s+unparalleled\b"
            r"|\bbrilliance\s+(?:that\s+)?i\s+have\s+(?:rarely|never|seldom)\b"
            # "it was meant to be", "truly a blessing to have met you", "God placed your
            # foundation in my path", "this role is my destiny"
            r"|\b(?:it|this|our\s+(?:meeting|conversation|interview))\s+(?:was|is)\s+meant\s+to\s+be(?=[.,;!])"
            r"|\b(?:blessing|gift|privilege)\s+to\s+(?:have\s+)?(?:met|meet|know|known)\s+you\b"
            r"|\bplaced\s+(?:you|your\s+[\w-]+)\s+in\s+my\s+path\b"
            r"|\b(?:role|job|position|post|company|firm|opportunity|team)\s+is\s+my\s+destiny\b"
            # "I will remain loyal to the firm for the rest of my career", "you would have my
            # complete devotion", "I would never consider another firm"
            r"|\b(?:my\s+)?(?:complete|total|utter|undying|unwavering|eternal|lifelong|absolute)\s+devotion\b"
            r"|\bloyal\s+to\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:firm|company|team|school|practice|hospital|brand"
            r"|organi[sz]ation)\s+for\s+the\s+rest\s+of\s+my\b"
            r"|\bnever\s+(?:even\s+)?consider\s+another\s+(?:firm|company|employer|school|team|practice|studio)\b"
            # "our conversation on Wednesday changed my life", "I will never be the same person",
            # "I owe you more than I can ever repay"
            r"|\b(?:conversation|interview|meeting|talk|chat|afternoon|morning|hour)\s+(?:with\s+you\s+)?"
            r"(?:on\s+\w+\s+|yesterday\s+|today\s+)?(?:has\s+|truly\s+|literally\s+)?changed\s+my\s+life\b"
            r"|\bnever\s+be\s+the\s+same\s+(?:person|again)\b"
            r"|\bowe\s+you\s+more\s+than\s+i\s+(?:can|could)\s+(?:ever\s+)?repay\b"
            # "like a child holding crayons next to a master painter", "my portfolio is nothing
            # compared with even the smallest sketch on your studio wall"
            r"|\bnext\s+to\s+a\s+master\b"
            r"|\bis\s+nothing\s+(?:compared\s+(?:with|to)|next\s+to|beside)\s+(?:even\s+)?(?:the\s+)?"
            r"(?:smallest|least|simplest|yours|your)\b",
            re.IGNORECASE,
        ),
        "over-the-top praise and deference read as flattery",
        WordGate(
            "leadership your",
            "unparalleled truly|simply|absolutely",
            "brilliance have",
            "meant be",
            "blessing|gift|privilege met|meet|know|known you",
            "placed path my",
            "destiny my",
            "devotion complete|total|utter|undying|unwavering|eternal|lifelong|absolute",
            "loyal rest",
            "consider another never",
            "changed life my",
            "same never be",
            "repay owe",
            "master next",
            "nothing is",
        ),
    ),
    # Round 133: a hero's reason, giants and sharpest minds, starstruck, the best hour of a
    # life, the best thing that happened to a field, nothing comes close.
    (
        re.compile(
            # "you're the reason half of us got into advertising", "your 2019 paper is the reason
            # I went into medicinal chemistry"
            r"\b(?:you(?:['’]re|\s+are)|(?:paper|book|talk|work|article|blog|podcast|writing|lecture)\s+(?:(?:on|about)\s+(?:[\w-]+\s+){1,4}?)?(?:is|was))"
            r"\s+(?:the\s+(?:whole\s+|only\s+|main\s+)?reason|why)\s+(?:i|half\s+of\s+us|many\s+of\s+us"
            r"|so\s+many\s+of\s+us|most\s+of\s+us)\s+(?:\w+\s+)?(?:got|went|go|came)\s+into\b"
            # "one of the true giants of the field", "the sharpest product mind in fintech"
            r"|\bgiants?\s+(?:of|in)\s+(?:the|your|this|our)\s+(?:field|industry|profession|sector|discipline"
            r"|business|trade)\b"
            r"|\bthe\s+(?:sharpest|best|brightest|finest|greatest|smartest)\s+(?:[\w-]+\s+){0,2}?minds?\s+(?:in|of)\b"
            # "I was a bit starstruck", "one of the highlights of my scientific life", "the best
            # hour of my month"
            r"|\bstar-?struck\b"
            r"|\bone\s+of\s+the\s+highlights\s+of\s+my\s+(?:[\w-]+\s+)?(?:life|career|year|decade)\b"
            # round 244: "Meeting you ... was one of the high points of my career"
            # (meeting them, not the writer's own feat: "Winning the award was a high point of my career")
            r"|\b(?:meeting|speaking\s+with|talking\s+(?:with|to)|you)\b[^.!?\n]{0,60}?\b(?:the|one\s+of\s+the)\s+high\s+"
            r"points?\s+of\s+my\s+(?:whole\s+|entire\s+|working\s+)?(?:career|life)\b"
            # round 244's sign-off "With deep respect and admiration,"
            r"|(?<![^\n])[ \t]*with\s+(?:(?:deep|deepest|great|greatest|sincere|the\s+(?:deepest|greatest|utmost|highest))\s+)?"
            r"(?:respect\s+and\s+)?admiration[ \t]*,?[ \t]*(?=\n|\Z)"
            # round 244: "anyone lucky enough to work under you", "none of them comes close to
            # the clarity and warmth you showed", "never encountered a leader with your vision"
            r"|\blucky\s+enough\s+to\s+work\s+(?:under|for|with|alongside)\s+you\b"
            r"|\bnone\s+of\s+them\s+(?:comes?|came)\s+close\s+to\b(?=[^.!?\n]{0,60}?\byou(?:r)?\b)"
            r"|\bnever\s+(?:before\s+)?(?:met|encountered|known|worked\s+(?:with|under)|come\s+across)\s+(?:a|an)\s+"
            r"(?:[\w-]+\s+)?(?:leader|manager|boss|director|mentor)\s+with\s+(?:your|such)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:vision|warmth|clarity|heart|passion|insight|integrity|drive)\b"
            r"|\bthe\s+best\s+(?:hour|conversation|interview)\s+of\s+my\s+(?:month|year|life|career)\b"
            # "simply the best thing that has happened to cycling", "nothing any other brand
            # makes comes close", "I've never met a creative director who could", "more than I
            # ever dared hope for"
            r"|\bthe\s+best\s+thing\s+(?:that\s+)?(?:has\s+|have\s+)?(?:ever\s+)?happened\s+to\b"
            r"|\b(?:nothing\s+(?:that\s+)?(?:any\s+)?(?:other|else)|no\s+other\s+[\w-]+|no\s+one\s+else|nobody\s+else)"
            r"\s+(?:[\w'’-]+\s+){0,4}?comes?\s+close\b"
            r"|\bnever\s+(?:before\s+)?met\s+(?:anyone|someone|a\s+(?:[\w-]+\s+){0,2}?(?:director|leader"
            r"|manager|boss|chef|scientist|engineer|designer|editor|mind|teacher|founder))\s+(?:quite\s+)?(?:like\s+you(?:(?=[.,;!?]|\s[.,;!?])|(?=\s+(?:before|in\s+my|anywhere|again|all)\b))"
            r"|who\s+(?:could|can)\b)"
            r"|\bmore\s+than\s+i\s+(?:ever\s+)?(?:dared|could\s+have|would\s+have)\s+(?:to\s+)?hoped?\b"
            # Round 137: "what an honour it was to attend the assessment day"
            r"|\bwhat\s+an?\s+(?:real\s+|great\s+|absolute\s+)?(?:honou?r|privilege)\s+(?:it\s+(?:was|is)|to)\b"
            # Round 138: "it was big honour to be interviewed by so respected specialist like you",
            # "I am feeling very small in front of your experience", "your headbadge tattooed on
            # my left calf", "the closest thing to a calling I am ever going to get"
            r"|\b(?:big|great|huge|real|true)\s+honou?r\s+to\s+(?:be\s+interviewed|meet|speak|talk)\b"
            r"|\bso\s+respected\s+(?:a\s+)?(?:specialist|expert|professional|person|leader|engineer|manager)\b"
            r"|\b(?:feel|feeling|felt)\s+(?:very\s+|so\s+|really\s+)?small\s+(?:in\s+front\s+of|next\s+to|beside)\s+"
            r"(?:you|your)\b"
            r"|\btattooed\s+on\s+my\b"
            r"|\bclosest\s+thing\s+to\s+a\s+calling\b"
            # Round 151: "you are a woman of rare wisdom", "I left more inspired than I have ever been"
            r"|\b(?:woman|man|person|leader|lady|gentleman)\s+of\s+(?:rare|great|such|uncommon|immense|profound)\s+"
            r"(?:wisdom|vision|grace|brilliance|insight)\b"
            r"|\bmore\s+inspired\s+than\s+i\s+have\s+ever\s+been\b",
            re.IGNORECASE,
        ),
        "over-the-top praise and deference read as flattery",
        WordGate(
            "reason|why into",
            "giant|giants field|industry|profession|sector|discipline|business|trade",
            "mind|minds sharpest|best|brightest|finest|greatest|smartest",
            "starstruck|struck",
            "highlights life|career|year|decade",
            "high point|points career|life",
            "admiration",
            "lucky enough work",
            "none close",
            "never leader|manager|boss|director|mentor with",
            "hour|conversation|interview best month|year|life|career",
            "happened best thing",
            "close nothing|other|else",
            "met never could|can|you",
            "hope|hoped more dared|have",
            "honour|honor|privilege what",
            "honour|honor to big|great|huge|real|true",
            "respected so",
            "small feel|feeling|felt",
            "tattooed my",
            "calling closest",
            "wisdom|vision|grace|brilliance|insight rare|great|such|uncommon|immense|profound of",
            "inspired than ever",
        ),
    ),
    # Round 186: adoration of the interviewer said outright.
    (
        re.compile(
            r"\bi['’]?m\s+(?:your|his|her)\s+(?:biggest|number\s+one|#1)\s+fan\b"
            r"|\bnever\s+(?:been|felt)\s+so\s+inspired\s+in\s+my\s+(?:life|career)\b"
            r"|\bfelt\s+like\s+(?:meeting|being\s+in\s+the\s+presence\s+of)\s+(?:royalty|a\s+king|a\s+queen)\b"
            r"|\bcould\s+(?:have\s+)?listen(?:ed)?\s+to\s+you\s+(?:talk\s+)?(?:[\w-]+\s+){0,6}?(?:all\s+day|for\s+hours"
            r"|forever)\b"
            r"|\byou\s+have\s+(?:an?\s+)?(?:incredible|amazing|rare|extraordinary|remarkable|unique|natural)\s+gift\s+"
            r"for\b"
            r"|\beveryone\s+knows\s+(?:that\s+)?(?:you\s+are|you['’]re|your\s+(?:company|team|firm))\s+(?:\w+\s+)?the\s+"
            r"(?:leader|best|top)\b"
            r"|\byour\s+(?:vision|leadership|insight|knowledge|work)\s+(?:for\s+[\w\s]{1,30}?\s+)?(?:is|was)\s+"
            r"(?:truly\s+|simply\s+|absolutely\s+)?(?:breathtaking|awe-inspiring|mind-blowing|mesmeri[sz]ing)\b"
            r"|\byou\s+(?:guys|lot|all)\s+are\s+(?:\w+\s+){0,2}?the\s+(?:goat|best|greatest)\b",
            re.IGNORECASE,
        ),
        "over-the-top praise and deference read as flattery",
        WordGate(
            "fan your|his|her",
            "inspired never life|career",
            "royalty|king|queen like",
            "listen|listened you day|hours|forever",
            "gift you",
            "knows everyone leader|best|top",
            "breathtaking|inspiring|blowing|mesmerising|mesmerizing your",
            "guys|lot|all goat|best|greatest",
        ),
    ),
)
# Round 189: praise from a look-alike list written for this rule, kept apart as above.
_PATTERNS += (
    (
        re.compile(
            # "it was a dream to finally meet you"
            r"\b(?:a\s+dream|a\s+dream\s+come\s+true)\s+to\s+(?:finally\s+)?(?:meet|speak\s+(?:to|with)|talk\s+(?:to|with))"
            r"\s+you\b"
            # "that someone as accomplished as you would take the time"
            r"|\bsomeone\s+(?:as|so)\s+(?:accomplished|important|senior|successful|brilliant|talented|respected"
            r"|distinguished|renowned|eminent|busy\s+and\s+important)\s+as\s+you\b"
            # "I was blown away by how brilliant you are"
            r"|\bhow\s+(?:brilliant|amazing|incredible|inspiring|talented|extraordinary|phenomenal)\s+you\s+(?:are|were)\b"
            # "You are amazing.", "and you are amazing"
            r"|\byou(?:['’]re|\s+are)\s+(?:so\s+|truly\s+|just\s+|absolutely\s+|simply\s+)?(?:amazing|incredible"
            r"|phenomenal|a\s+genius|awesome)(?:(?=[.!,;])|\s+and\b)"
            # "Your vision is truly genius."
            r"|\byour\s+(?:vision|strategy|leadership|mind|thinking)\s+is\s+(?:truly\s+|pure\s+|simply\s+|absolutely\s+)?"
            r"(?:genius|legendary|unmatched|unparalleled|second\s+to\s+none)\b"
            # "this incredible, life-changing opportunity", "thank you a million times"
            r"|\blife[- ]changing\s+(?:opportunity|chance|interview|conversation)\b"
            r"|\bthank\s+you\s+(?:a\s+)?(?:million|thousand|billion)\s+times\b"
            # round 189f: "sits at the very summit of the profession", "a privilege I expect to
            # remember for the rest of my career", "a shining star of Japanese civil engineering",
            # "a beacon of excellence", "an honour far beyond my expectation", "every young
            # accountant in Accra dreams of wearing its badge"
            r"|\bat\s+the\s+(?:very\s+)?(?:summit|pinnacle|apex|zenith)\s+of\s+(?:the|its|your|their)\s+"
            r"(?:profession|industry|field|sector|trade|discipline)\b"
            r"|\b(?:privilege|honou?r)\s+i\s+(?:will|['’]ll|expect\s+to|shall)\s+(?:always\s+)?(?:remember|treasure"
            r"|cherish)\b"
            r"|\bshining\s+(?:star|light|beacon|example)\s+of\b"
            r"|\bbeacon\s+of\s+(?:excellence|hope|integrity|quality|innovation|professionalism)\b"
            r"|\bhonou?r\s+(?:far\s+|well\s+)?beyond\s+(?:my|all|any)\s+(?:wildest\s+)?(?:expectations?|dreams?)\b"
            # "I have always dreamed of working for you" (see _not_theirs: not "dreamt of working
            # with horses as a child", a field rather than this employer)
            r"|\bdream(?:ed|t|ing|s)?\s+of\s+working\b"
            r"|\b(?:everyone|every\s+(?:young\s+)?[\w-]+)\s+(?:[\w-]+\s+){0,3}?dreams?\s+of\s+(?:wearing|working\s+(?:for|at"
            r"|with)|joining)\s+(?:its|your|the|this)\b",
            re.IGNORECASE,
        ),
        "over-the-top praise and deference read as flattery",
        WordGate(
            "dream meet|speak|talk you",
            "someone as|so you accomplished|important|senior|successful|brilliant|talented|respected"
            "|distinguished|renowned|eminent|busy",
            "how you brilliant|amazing|incredible|inspiring|talented|extraordinary|phenomenal",
            "amazing|incredible|phenomenal|genius|awesome you|you're|you’re",
            "your vision|strategy|leadership|mind|thinking genius|legendary|unmatched|unparalleled|second",
            "changing opportunity|chance|interview|conversation",
            "times million|thousand|billion thank",
            "summit|pinnacle|apex|zenith profession|industry|field|sector|trade|discipline",
            "privilege|honour|honor remember|treasure|cherish i",
            "shining star|light|beacon|example",
            "beacon excellence|hope|integrity|quality|innovation|professionalism",
            "beyond honour|honor expectation|expectations|dream|dreams",
            "dreams|dream wearing|working|joining",
            "working dream|dreamed|dreamt|dreaming|dreams of",
        ),
    ),
)
_GUSH_WORDS = (
    "amazing",
    "incredible",
    "incredibly",
    "phenomenal",
    "extraordinary",
    "inspiring",
    "brilliant",
    "outstanding",
    "exceptional",
    "remarkable",
    "fantastic",
    "awesome",
    "stellar",
    "unparalleled",
    "visionary",
    "legendary",
    "magnificent",
    "spectacular",
    "breathtaking",
    "mind-blowing",
    "unbelievable",
    "superb",
    "marvelous",
    "marvellous",
    "world-class",
    "best-in-class",
    "second to none",
)
_GUSH = phrases(*_GUSH_WORDS)
# A match holds the last word of a phrase whole ("blowing" of "mind-blowing").
_GUSH_GATE = WordGate("|".join(re.split(r"[\s-]", phrase)[-1] for phrase in _GUSH_WORDS))
_GATES = Gates([*(gate for *_, gate in _PATTERNS), _GUSH_GATE])
_GUSH_LIMIT = 4


# Praise of someone of the writer's own: "My current choir director, who is honestly the best
# mentor I have ever had".
# (and round 241's "We were the best team in Kent", "Our shop was the best bakery in Leeds")
_MINE_BEFORE = re.compile(
    r"\b(?:my|our)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+(?:who\s+|which\s+)?(?:is|was|were|are"
    r"|has\s+been)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:we|i)\s+(?:were|are|was|am)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The writer's own past role or learning, not deference to them: "I was privileged to lead
# the Covid vaccination hub in 2021", "humbled by how much I still have to learn".
_OWN_HONOUR = re.compile(
    r"\b(?:i|we)\s+(?:was|were)\s+(?:\w+\s+)?(?:privileged|honou?red|blessed)\s+to\s+(?:lead|manage|run|coach"
    r"|teach|represent|captain|chair|serve\s+as|serve\s+on)\b"
    r"|\bhumbled\s+by\s+how\s+much\s+(?:i|there\s+is)\s+(?:still\s+)?(?:have\s+)?(?:left\s+)?to\s+learn\b",
    re.IGNORECASE,
)
# A product or a company called "Dream Team" (as written, with no "my" or "your" before it).
_DREAM_NAME = re.compile(r"(?-i:Dream\s+Team)")
_DREAM_OWNER = re.compile(r"\b(?:my|your|our|a)\s+$", re.IGNORECASE)


# After "dreamed of working": a field or a kind of work, not this employer ("with horses").
_WORKING_WITH_THINGS = re.compile(
    r"\s+(?:with|on|in)\s+(?!(?:you|your|yours|a|an|the|this|that|such|people\s+like)\b)(?-i:[a-z])"
)
_DREAM_OF_WORKING = re.compile(r"dream(?:ed|t|ing|s)?\s+of\s+working$", re.IGNORECASE)


def _not_theirs(text: str, match: re.Match[str], why: str) -> bool:
    """Words that only look like flattery of them: praise of the writer's own mentor, pride
    in the writer's own past role, a dream of a kind of work ("dreamt of working with
    horses"), or "Dream Team" as a name."""
    if _DREAM_OF_WORKING.search(match.group(0)) and _WORKING_WITH_THINGS.match(text, match.end()):
        return True
    if why == _SUPERLATIVES_WHY and _MINE_BEFORE.search(
        text, max(0, match.start() - 60), match.start()
    ):
        return True
    if "deference" in why and any(
        own.start() < match.end() and match.start() < own.end()
        for own in _OWN_HONOUR.finditer(text, max(0, match.start() - 12), match.end() + 60)
    ):
        return True
    return bool(
        _DREAM_NAME.fullmatch(match.group(0).strip())
        and not _DREAM_OWNER.search(text, max(0, match.start() - 8), match.start())
    )


_OPEN_QUOTES, _CLOSE_QUOTES = "'‘\"“", "'’\"”"


def _quoted(note: Note, match: re.Match[str]) -> bool:
    """Whether the words are someone else's, quoted: a headline calling the firm a 'dream
    team', a review's "the best in the business"."""
    text = note.text
    start, end = match.start(), match.end()
    while start < end and text[start].isspace():
        start += 1
    if (
        start > 0
        and end < len(text)
        and text[start - 1] in _OPEN_QUOTES
        and text[end] in _CLOSE_QUOTES
    ):
        return True
    return any(a < start and end < b for a, b in note.quotations)


class Sycophancy(Rule):
    __doc__ = __doc__
    id = "sycophancy"
    severity = Severity.WARNING

    def check(self, note: Note, options: NoOptions) -> Iterator[Problem]:
        find = GatedSearch(note, _GATES)
        found: list[tuple[int, int]] = []
        for pattern, why, gate in _PATTERNS:
            for match in find(pattern, gate):
                if any(a < match.end() and match.start() < b for a, b in found):
                    continue
                if _not_theirs(note.text, match, why) or _quoted(note, match):
                    continue
                found.append(match.span())
                yield Problem(
                    match.start(),
                    match.end(),
                    f"{match.group(0).strip()!r}: {why}",
                    suggestion="say plainly what you valued in the conversation and why the role fits",
                )
        if found:
            return  # superlatives are counted only in a note without other flattery
        gush = list(find(_GUSH, _GUSH_GATE, [note.body]))
        if len(gush) >= _GUSH_LIMIT:
            last = gush[_GUSH_LIMIT - 1]
            yield Problem(
                last.start(),
                last.end(),
                f"{len(gush)} superlatives ('{gush[0].group(0)}', '{gush[1].group(0)}', ...) "
                "in one short note read as flattery",
                suggestion="keep one warm word and replace the rest with specifics",
            )
