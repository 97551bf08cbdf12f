"""no-interest: the note never states interest in the role, team or employer."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

RULE = "no-interest"


def _note(body: str) -> str:
    return f"Hi Dana,\n\n{body}\n\nBest,\nAna"


@pytest.mark.parametrize(
    "body",
    [
        "I believe my skills match your needs. I look forward to hearing from you.",
        "Please let me know if you have any questions. I'm confident I'd be a strong fit.",
        "I am no longer interested in relocating, but the audit plan was clear.",
        # Wanting to follow up with someone is not wanting the job.
        "I wanted to follow up with the team about the audit plan.",
        "I wanted to check in on the team's timeline.",
        # Waiting for a reply, even about next steps, is not interest.
        "I look forward to hearing from you about next steps.",
        "I look forward to hear from you about the next steps.",  # the same, with "hear"
        "I look forward to hearing from you as your schedule allows.",
        "I look forward to the next stage of the process.",
        # Someone else's eagerness is not the writer's interest.
        "The children were so keen to show me their reading journals.",
        "The children in Room 12 were clearly excited about the vegetable garden project.",
        "I'd be happy to talk with you further about the schedule.",
        # An offer to discuss more is not interest, however many words come between.
        "I would be glad to discuss any of this further with you or the investment committee.",
        # "plan" as a noun: their plan, not the writer's intention.
        "I appreciated hearing about your plan to bring document review in-house.",
        # Offers and availability, however warmly put.
        "I'm happy to answer any questions for you. I'm happy to stay late for you.",
        "I'll take any hours you can give me.",
        "That's not what I'm after, but the audit plan was clear.",
        "I'm in final rounds elsewhere, but the audit plan was clear.",
        "Let me know if you're up for a call about the audit plan.",
        "The rota is something I want to discuss, and the audit plan was clear.",
        "I wish to add that your wish to join the two teams was clear.",
        "I am after a quick answer on the rota question, as the audit plan was clear.",
        "I look forward to hearing from you about the next round.",
        "I said I'd want to look at the last three seasons of soil tests first.",
        "Early years has always been my passion, and the audit plan was clear.",
        "The audit backlog you described is common in the industry I'm in.",
        "I'd still like to hear back about the audit plan when you can.",
        "The founders exited in 2019, and the audit plan was clear.",
        "I like to work with data, and the audit plan was clear.",
        "It is interesting in that the audit plan was clear.",
        "I'd be happy to integrate the two rota systems, and the audit plan was clear.",
        "I'd happily talk through the van routes again, and the audit plan was clear.",
        "I'd be proud to send you a photo of the fixed sauce, and the audit plan was clear.",
        "I'd be happy to be your reference for Tom, and the audit plan was clear.",
        "Just wanted to say thanks for the chat with you, and the audit plan was clear.",
    ],
)
def test_missing_interest_is_flagged_at_body_start(lint, body: str) -> None:
    [finding] = lint(_note(body), select=RULE).findings
    assert (finding.begin.line, finding.begin.column) == (3, 1)


@pytest.mark.parametrize(
    "body",
    [
        "I'm excited about the possibility of joining the platform team.",
        "I remain very interested in the role.",
        "I'd love to bring this experience to the team.",
        "Our talk made me even more keen on the role.",
        "I look forward to the possibility of working together.",
        "The role is exactly the kind of work I want to be doing next.",
        "I'd really like to cook at Moreau's.",
        "This conversation confirmed my interest in the position.",
        "Excited about the role and the team.",
        "Our talk left me very interested.",
        "We'd love to bring this to your team.",
        "I really want this dispatcher job.",
        "I'd be over the moon to join you as a junior designer.",
        "I want very much to work in your company.",
        "I hope very much to be her caregiver.",
        "I would be very happy to join your front of house team.",
        "I would very much like to do it again as your Financial Controller.",
        "I hope to be starting on your unit in March.",
        "Honestly, I want this one.",
        "You need someone for the early classes. Sign me up.",
        "Defo want the job mate.",
        "would be so hyped to join the design team",
        "I would really like this job.",
        "I would be deeply honored to join your team.",
        "I would be privileged to join your practice as a Junior Architect.",
        "Hope I get the nod.",
        "Happy to come aboard whenever suits.",
        "I'd be glad of the Saturday and Sunday hours.",
        "I'd be grateful of the weekend shifts.",
        "I would be the happiest person alive to wear your uniform.",
        "Out of the places I've applied to, yours is the apprenticeship I'd pick.",
        "I'd love a seat at that table.",
        "Your brigade is the one I want to be cooking with.",
        "Still really want a spot in the apprenticeship class.",
        "Really hope I get to pick up shifts at Copper Still.",
        "It's a front office I would be proud to run.",
        "Anyway, I'd like very much to be in that 6 a.m. editorial meeting.",
        "I am passionate about joining a team like yours.",
        "My eagerness to learn from your senior engineers is real.",
        "Of all the firms I have met this season, yours is the one I would choose.",
        "If there is a seat at that planning table in January, I would like it to be mine.",
        "Does the designer you hire (hopefully me) get to go to the press checks?",
        "I hope our paths cross again soon, ideally on your team.",
        "If the post is offered to me, my bags are, so to speak, already packed.",
        "Fingers crossed I'll be shooting the full Ramadan campaign with you.",
        "I was very interested to learn about the plan, and I would love to help deliver it.",
        "Is the team still aiming to hire before the Q3 kickoff? I'd love for that to be me.",
        "I'd happily take a pass at it if I join, which I'd very much like to.",
        "I would be overjoyed to join the studio as a junior designer.",
        "I hope with all my heart that I can join your office.",
        "I'd be made up to get stuck in with the night shift at Halewood.",
        "I'd be rapt to be part of the crew working on it next year.",
        "I wouldn't say no to giving it a crack.",
        "I wouldn't be at all sorry to spend the next few summers counting puffins with your team.",
        "I've already started saying 'we' about the orchard.",
        "Is there any chance I could be the one who finally gets to retire them?",
        "I hope the next time I see that whiteboard, I'll be standing on your side of it.",
        "If selected, I will be joining with full enthusiasm.",
        "Would be great to work for you.",
        "It would be lovely to be part of Tŷ Gwyrdd.",
        "I think I'd rather like to be part of that work.",
        "It wouldn't be the worst way to spend the next few winters.",
        "I stay very interesting to make part of your banquet team.",
        "If you'd like the rest of me to follow it, I'm very much up for that.",
        "I would very much want to be the person working on that loop with you.",
        "Should the science post come my way, I'd snap it up.",
        "Getting to work on that with you would leave me happy as a clam.",
        "It would make me a real pleasure to join your team.",
        "Any chance I could be that second pair of eyes come May?",
        "If selected, I will join with full heart.",
        "I would very much welcome taking this on.",
        "This position is the one I am hoping for.",
        "If you make an offer, my answer is yes.",
        "I'd be really glad to get the nod on this one.",
        "I would be glad to accept should an offer come.",
        "I'm all in on this one.",
        "Cutting that down is the part of the senior accountant role I'd most like to take on.",
        "I'd enjoy developing that further as part of the studio.",
        "I'm really looking forward to the next stage and to the possibility of joining Nordhavn.",
        "i really want to be on ur inbound crew, the team seemed solid.",
        "I'd love to stage manage the autumn season with your company.",
        "I'd love a spot on the weekend line if you've got one.",
        "I'd be really happy to work in the shop.",
        "I'd love the weekend sales assistant job.",
        "The role is very exciting to me.",
        "I would like to spend the next few years as your volunteer coordinator.",
        "I'd be glad to chase it with your team.",
        "I'd be pleased to take the store on and try it.",
        "Really want to run your line.",
        "It would be a dream to join your team.",
        "The position in your test department interests me very much.",
        "I'd really like to stage-manage this production.",
        "I would very much like a place on the ICU rotation.",
        "id like to come work for you.",
        "Second shift supervisor is a job I want.",
        "If the panel offers me the post, I'll take it without hesitation.",
        "Running that store is what I want next.",
        "Really want to get on with your crew.",
        "I'd be proud to drive for your outfit.",
        "I've been applying for months and this is the one i really want.",
        "i'd honestly love to work saturdays at the bakery",
        "I left both conversations wanting to work with the Eastside pantry team.",
        "i'd be glad to take the house tech job, and i can cover the festival weekend.",
        "Seeing your crew on the school job made me want this apprenticeship even more.",
        "The senior economist post is one I would be very glad to take up.",
        "I'd gladly take the weekend shifts, both days.",
        "I can say without reservation that the Deputy Registrar role is a post I would accept.",
        "It would make me very happy to be part of your ward.",
        "You said the night shift lead job opens at the end of the month. Put me down for it.",
        "So, plainly: I want in.",
        "I'm happy to crew for you on the winter tour.",
        "Of the three, yours is the one I'd pick.",
        "the shop has such a good vibe and i'd be really happy to work there.",
        "Joining your staff would be a dream come true.",
        "I would be really glad to do my main placement in your department.",
        "I would be honored to care for your mother.",
        "def want the spot on the line!!",
        "The academy analyst role at Ashford Town is one I really want.",
        "A tagging template the coaches can use is the challenge I'm looking for.",
        "Home every weekend on the regional lanes, thats what I'm after at this point.",
        "Steady nights on a ward like yours: that is exactly what I have been looking for.",
        "If you make me an offer, I'm in.",
        "I want very much this job in your kitchen.",
        "Would be well up for joining the team!",
        "If it came down to the two, this is the job I'd choose.",
        "I really want the chef de partie job.",
        "Working at your Eastgate store is still something I want very much.",
        "would be well up for running the night crew, sounds like a good team",
        "I want to train as a bus driver with you.",
        "I'd really like the cook's job.",
        "It would be a privilege to fly for an airline I have admired since I was a boy.",
        "would be really into joining the environment team",
        "I have a strong wish to join your brigade.",
        "The split shifts work fine. I'd love to give it a go if you'll have me!",
        "I should be pleased to accept the post, were it offered to me.",
        "To be straightforward: if you offer me the post on Ward 7, I'll accept.",
        "If you give me the job, I'll gladly take it.",
        "I have a lot of illusion to work with your reception team.",
        "Plain truth is I'm after a start with you.",
        "I'd be glad to come on as your second farrier.",
        "I would really love this apprenticeship.",
        "Permit me to state plainly that I should very much like to be appointed to the post.",
        "I'd love to come in as Assistant Producer on the breakfast show.",
        "would be so down to join the social team",
        "Running that store is a job I'd take on gladly.",
        "Joining your apprenticeship program is the step I'm aiming for this year.",
        "I'm hoping you'll have me on the crew for it.",
        "I want a spot on that line.",
        "Leading that shift is something I'd jump at.",
        "Keen as to pick up the weekend shifts if they're still going.",
        "I'd still like to join your crew, so please keep me in mind.",
        "I just really want a chance to prove myself with your team.",
        "I am very motivate to join your reception team.",
        "I'm really looking foward to the possibilty of joining the team on the dementia unit.",
        "I'm very exited about the posibility of joining Cedar Valley Credit Union.",
        "I would love to be apart of the team at the Eastgate store.",
        "I have big motivation to join your bridges team in Gothenburg.",
        "I have much motivation for join your crew.",
        "I am really enthusiast to join your reception team.",
        "I wish to can work with you in the line, on the station of the pasta.",
        "I sincerely hope I can join your design team.",
        "I am very interesting in this position and in work with your team of nights.",
        "I really like to work in your agency.",
        "im super exicted about maybe joining the crew at Grindhouse",
        "I remain very intereted in the Policy Analyst position.",
        "It would give me great satisfaction to rejoin nursing on your unit.",
        "I should be very proud to wear the Belvedere's keys.",
        "I would be very happy to integrate your brigade.",
        "I would be very glad to work as accompanist in your school.",
        "I hope to have the chance to work in your QC team.",
        "would luv to join the crew at Bean There",
        "It will be a big pleasure for me to work in your pharmacy.",
        "It would be a real pleasure for me to join the collections team.",
        "I will be very happy if I become member of your finance team.",
        "I am ready and glad to join your company as site foreman.",
        "I want to be useful for your transit department.",
        "It is my big dream to work in your care home.",
        "I really want to be a shift lead here.",
        "I will be glad to be one of your team in housekeeping.",
        "I want very much to be in your cleaning team.",
        "I'm buzzing to get stuck in at yours.",
        "I'd be chuffed to bits if I got it.",
        "I would very much like it to be on your ward.",
        "I would do anything to work at Willowbank.",
        "If an offer comes, I'd take it without much hesitation.",
        "I'm hoping this turns into a yes.",
        "Consider me keen.",
        "If there's a seat on that bus, I'd like it.",
        "If it comes down to me and one other, I'd like it to be me.",
        "If nobody else is clamouring for it, I'd be glad to take it off your hands.",
        "If you offer me the role, you would be getting someone who wants to be there.",
        "I came in on Thursday curious and left wanting the job.",
        "I am very in the mood to work with you guys, for real.",
        "I have all the desire to be working with you in the clinic.",
        "I would be pleased to reinforce your team.",
        "It would please me enormously to join your brigade.",
        "I would be so happy to make part of your family here in Ljubljana.",
        "I would like very much to form part of your team as Logistics Coordinator.",
        "I would gladly become a part of your crew in Stavanger.",
        "I hope one day I can learn from a true master like you.",
        "I really want to have chance to work together with everyone in your service desk.",
        "I want very much to drive for your company.",
        "I am strongly wishing to join your QA team.",
        "Count on me for this position.",
        "My heart is in this kitchen. I hope we can cook together soon.",
        "I shan't overdo it, but I should very much like this post.",
        "I'd quite like this job, to be honest.",
        "I'd love a crack at the new coding club.",
        "Happy to be your next problem-solver.",
        "I know where I'd rather be on Monday mornings, and it's on your team.",
        "My hat's already in the ring, and it's a team I'd want to be on.",
        "I'd be sorry to see this post go to someone else.",
        "I'd happily take the keys to that van come Monday.",
        "I would be very happy to work those nights on your unit from April onwards.",
        "I'd be proud to run garnish on your line.",
        "Being a guide in your museum is really what I wish for.",
        "My wish is to become a dispatcher in your transit agency.",
        "I really really want be the shift lead at Sunrise Bakehouse.",
        "My heart is set on joining the front office of Harbor View Hotel.",
        "I want to learn this trade with your company more than anything.",
        "Being a firefighter is all I've ever wanted.",
        "would be sooo happy to be part of the team",
        "Really into the data eng role tbh.",
        "Jokes aside, I'd be proud to be caretaker at Holloway Road.",
        "I'm ready to come back to work, and I would like it to be at your pharmacy.",
        "It would make me very happy to take care of your library.",
        "It would give me real joy to drive your van and take care of these machines.",
        "I would be glad to take such cases as a member of your service team.",
        "I hope I can have the chance to join your process engineering team.",
        "gonna be sooo happy if I get to set with your crew",
        "I am very ready to join your crew.",
        "I would sincerely like to become part of your primate team.",
        "It would be a matter of great joy for me to join your laboratory.",
        "I would be glad to take part in the work of the branch.",
        "I want to make bread with your team from the early morning.",
        "I really want to be in your dispatch room.",
        "I hope very much I can become a member of your pharmacy team.",
        "I'd be glad to get the job.",
        "I'd be pleased to pick up the Saturday locum shifts.",
        "I'd like the 4 a.m. shift. Yes, really.",
        "I should very much like to undertake pupillage in chambers.",
        "If the job's still going, I'd like it.",
        "I'd be glad of the job.",
        "If I can join your localization team, I would like very much to make players laugh.",
        "This is the work I have wanted to do for a long time.",
        "Working on the open-world missions with your team is really the job I hope to do next.",
        "i am very much intrested to join ur team in Whitefield.",
        "Working at Zenova Bank has always been my dream.",
        "i'm rlly hoping i get the spot",
        "I'd really like the apprenticeship and hope to hear from you.",
        "I'd love to come on as sous chef and help with the autumn menu.",
    ],
)
def test_stated_interest_passes(lint, body: str) -> None:
    assert lint(_note(body), select=RULE).findings == ()


# One statement per part of _INTEREST, in order.
STATEMENTS = [
    "I'm excited about the role.",
    "I want to restate my continued interest.",
    "I am even more excited now.",
    "I would love to join the team.",
    "I'd welcome the chance.",
    "I would love to cook at Moreau's.",
    "I'd love to come back as Head Chef.",
    "I wanna join your crew.",
    "I'd love to work with you.",
    "This is the job I really want.",
    "It is where I want to work.",
    "I look forward to joining.",
    "I can't wait to start.",
    "The role sounds like exactly the kind of work I do.",
    "The role is a strong draw for me.",
    "It appeals to me.",
    "It is exactly the kind of work.",
    "Count me in.",
    "I want this role.",
    "I'd like to lead the team.",
    "I want to cook on your line.",
    "This confirmed my interest.",
    "I can see myself there.",
    "A great opportunity to grow.",
    "I hope I get it.",
    "Should you offer me the post, I would accept.",
    "I'd be happy to share the notes and to help with the handover.",
    "If the job's offered, it's a yes from me.",
    "If I join the department in May, I want to restart the debating club.",
    "I can't think of a team I'd rather spend the next few years on.",
    "I'd really like it to be yours.",
    "If I'm running the ward in February, handovers come first.",
    "I'd be far from sorry to fix that rota.",
    "The more I think about this role, the more I want it.",
    "Of the three, this is the one I'm hoping comes through.",
    "Would a start after the October half-term be workable for you?",
    "Working in your kitchen would be a dream come true.",
    "I'd happily be back on that section every Friday night.",
    "That is exactly what I'd want my second year of practice to look like.",
    "I'd like to try the staggered break roster on your night shift.",
    "I've begun sketching my September scheme for the coding module.",
    "If it all works out, when could I start?",
    "I hope I'm in that meeting with your crew again come spring.",
    "I'll renew my certificate well before my first week.",
    "In my first month I'd sit in on support calls.",
    "I wouldn't mind at all spending the next couple of years on that problem.",
    "Your lab is where I belong.",
    "Loop is where I want to land.",
    "Joining your team is something I really want.",
    "If I came on board, my first months would go into the migration.",
    "It sounds like exactly the problem I'd want on my plate.",
    "Would it begin at the start of Term 2?",
    "It felt like the kind of place I'd want to put down roots.",
    "Should an offer come my way, my answer is yes.",
    "Once I'm (hopefully) on board in Term 2, I could co-teach.",
    "I'd be up to speed for a June start on your team.",
    "Yours has quietly moved to the top of my list.",
    "Here's hoping I'm the one who gets to find out.",
    "It would be the greatest honour of my career to support your team.",
    "I'd much rather join your team.",
    "That is exactly the kind of knot I want to spend next winter untangling.",
    "My plan for the first fortnight would be a time-and-motion study.",
    "When I'm sitting in on your Thursday huddles I'll contribute.",
    "Come January I'll be ready to pull my weight alongside them.",
    "I want to be on the rope for this one.",
    "I'd want to call the partners in my first few weeks.",
    "Happy to sort it my first week.",
    "Really want in on the new brunch menu.",
    "Put me in, coach.",
    "I'd happily pull up a chair at that table.",
    "So I could start in the first week of March. Would that fit your timetable?",
    "Wearing its badge would be the honor of my life.",
]


def test_no_part_holds_a_tuple_where_a_count_was_meant() -> None:
    """An f-string turns a count written ``{0,2}`` (not ``{{0,2}}``) into ``(0, 2)``."""
    from notelint.rules import no_interest as rule

    for part in rule._PARTS:
        for piece in (part, *(part.pieces if part.split else ())):
            assert not re.search(r"\(\d+, \d+\)", piece.source), piece.source[:80]


def test_each_part_is_tried_where_its_matches_are() -> None:
    from notelint.note import Note, parse_layout
    from notelint.rules import no_interest as rule
    from notelint.rules.scan import lowered

    assert len(STATEMENTS) == len(rule._PARTS)
    for index, statement in enumerate(STATEMENTS):
        for prefix in ("", "Sam's ", "d'"):
            text = prefix + statement
            note = Note(text, parse_layout(text), None)  # type: ignore[arg-type]
            words = note.word_parts
            for number, part in enumerate(rule._PARTS):
                fast = lowered(part.pattern)
                found = list(fast.finditer(note.lower) if fast else part.pattern.finditer(text))
                assert found or number != index, (statement, number)
                if not found:
                    continue
                # A part that matches has a word of each set it needs ...
                assert not any(map(words.isdisjoint, part.needs)), (text, number)
                # ... and starts where it is tried.
                if part.starts_with_first:
                    starts = rule._starts(note.lower, part.needs[0] & words)
                    assert {m.start() for m in found} <= set(starts), (text, number)
                # A part tried as its alternatives: one of them matches, with its needs met.
                if part.split:
                    pieces = [p for p in part.pieces if p.pattern.search(text)]
                    assert pieces, (text, number)
                    for piece in pieces:
                        assert not any(map(words.isdisjoint, piece.needs)), (text, piece.source)


def test_a_split_part_matches_where_its_alternatives_do() -> None:
    """Over 1,500 example notes: the alternatives of a split part, each tried only when
    the note has the words read from it, match exactly where the whole part does."""
    from notelint.note import Note, parse_layout
    from notelint.rules import no_interest as rule

    split = [part for part in rule._PARTS if part.split]
    assert split
    examples = Path(__file__).resolve().parent.parent / "examples"
    paths = sorted(p for p in examples.rglob("*") if p.suffix in (".txt", ".md", ".eml"))
    for path in random.Random(11).sample(paths, 1500):
        text = path.read_text(encoding="utf-8", errors="replace")
        note = Note(text, parse_layout(text), None)  # type: ignore[arg-type]
        words = note.word_parts
        for part in split:
            whole = {m.start() for m in part.pattern.finditer(text)}
            pieces = set()
            for piece in part.pieces:
                found = {m.start() for m in piece.pattern.finditer(text)}
                if found:
                    assert not any(map(words.isdisjoint, piece.needs)), (text[:60], piece.source)
                pieces |= found
            assert whole <= pieces, text[:60]


# Interest said in ways the blind rounds 59 to 66 found the rule did not yet know.
@pytest.mark.parametrize(
    "body",
    [
        "It would be an absolute privilege to join your staff.",
        "I would be very glad to work in the reconciliation team and help with this topic.",
        "I know you have two others to see, but if you do offer it, I'd jump at it.",
        "And I'll be honest, I wouldn't say no to a spot at Hale & Co. Far from it.",
        "Should the answer be yes, I would not hesitate for a moment.",
        "I'm around all week if you want me in for a trial shift. Hope to hear it's a yes.",
        "I went in curious and came out with my heart rather set on it.",
        "Put me down as a yes if you're offering.",
        "Really want this job with you guys, the app you showed is easy.",
        "I would still very much like to join the corporate finance team.",
        "I'd still very much like to come and work with your crew on the fit-outs.",
        "I would be very glad to take over this commodity and work with your colleagues.",
        "I've already started planning my first few weeks with you, starting with the ponds.",
        "I want to put my skills to use on your team.",
        "would be well up for the apprenticeship, let me know",
        "I remain very committed to working in the Intelligence Unit.",
        "I would dearly love to join your logistics office.",
        "I would definitely like to do the nights, it suits me better.",
        "I'm up for the foreman role and ready to step up.",
        "I'm really up for the sauté spot and can do the Friday doubles no problem.",
        "I'd be genuinely pleased to take on the unit coordination along with the research post.",
        "I think it went well and I hope I get it.",
        "thanks for the tour, really hoping to get on the night crew.",
        # Round 85: formal, conditional, practical and trade-slang interest
        "Should the panel be minded to offer me the post, I would accept it with pleasure.",
        "For the avoidance of doubt, I would be pleased to accept a training contract with the "
        "firm, should one be offered.",
        "Should the coordinator position be offered, I would accept it with the deepest pleasure.",
        "I'd be very happy to be put forward for the role, if that's the way you're leaning.",
        "Rebuilding that model is the piece of the job I'd most like to get my teeth into.",
        "Of all the parts of the post, that outreach work is the one I'd relish most.",
        "So I could start with you on Monday 2 June, in time for the June pay run.",
        "Gonna be honest, I'm well up for this one.",
        "Happy to start on first fix in the new block whenever you need a body.",
        "Be good to get on the tools with your lot.",
        "I would like very much to work the evening custodian position at Westview.",
        # Round 86
        "Fingers crossed I get to break the real build with you all.",
        "Honestly, where do I sign?",
        "Between the hours and the rhyme-time work, this job would suit me down to the ground.",
        "My first week in the job I'd sit in on the 10pm to 6am shift for a couple of nights.",
        "Of the three processes I'm in, this is the one I most want to land.",
        "I really want to get this apprenticeship.",
        "I hope I get the chance to help build the teen programme at Millfield with you.",
        "I would give anything to teach at Lincoln.",
        "I'd love to come home to the collection as Assistant Curator.",
        "I'd love to step up into the manager role and keep building the team.",
        "The rest sounded sensible and well run. If an offer comes, count me as a yes.",
        "The job is what I've been after for a while. I'd take it.",
        "I've done forty-one years on the tools and I'd be glad to finish them on your estates team.",
        "im well up for it and can start monday, gonna sort my cscs card this week",
        "Whoever you hire will spend a quarter on that pipeline, and I hope to be the one who "
        "gets to fix it.",
        "Moving into a planning seat on a team like yours is the move I want to make.",
        "If an offer comes, I'm ready to say yes.",
        "I'd be so honoured to work beside you as gallery assistant.",
        "I just want to be doing this work with your team.",
        "I would be really glad to spend the autumn residency at Harbour Street.",
        "I'd really like to come on with your commercial service team.",
        "would seriously love to be on the team at Little Fern, i'm in whenever u need me!",
        "Whenever you want to put me on the schedule, I'm ready when you are.",
        "really hoping i get to keep working on this with you and the team at hollow pine.",
        "It made me more certain that your firm is where I would like to train.",
        "I want this route and I will be a good driver for you.",
        "I'd genuinely love to spend the summer on the growth squad and ship that fix with you.",
        "I am very want to work in Rosewood House and I can start after two weeks notice.",
        "Good to go through the Leeds depot handover with you. For what it's worth, I'd take it.",
        "I came away from the terminal visit wanting this job more than when I walked in.",
        "Having slept on it, I wouldn't say no to running those trials next season.",
        "I'd sure like to be part of your night crew.",
        "Would be so up for the supervisor job, fingers crossed.",
        "I'd be more than happy to come on board if you think I'm the right person for it.",
        "If the role is still open after your second round, I'd like to stay in the running.",
        # Round 96: a longer job name, the work itself
        "i'd really like the delivery driver and packing job and can start whenever suits.",
        "I would love to coordinate the Eastside program and rebuild the tutor pipeline.",
        "I'm really looking forward to working the pasta section with Luca.",
        # Round 97
        "There is not a place on this earth I would rather finish out my career.",
        "There's nowhere I'd rather work.",
        "I would be very happy to share them and to contribute to that work as part of your team.",
        # Round 98: second-language and regional English
        "I hope, God willing, to join your respected team and to be useful for the finance department.",
        "I would count it a privilege to join the staff at Mount Pleasant High.",
        "I am strongly desirous of joining your team.",
        # Round 100: plain words from the floor
        "I'd be proud to cook on your line.",
        "I'd love to do the Thursday and Friday shifts.",
        # Rounds 124 and 125
        "After five years freelancing I want an in-house team, and I'd really like it to be yours.",
        "If the job's offered, it's a yes from me.",
        "If I join the English department in September, I want to restart the debating club.",
        "Working on the Payments team in Accra is exactly the kind of role I've been looking for.",
        "I'd be really glad to step in as Assistant Venue Manager before the summer rush.",
        "Problems like this one are exactly what I'd want to spend my days on at Vandermeer Pumps.",
        "Looking forward to (hopefully) joining the Lyon team.",
        # Round 129
        "Honestly, I can't think of a team I'd rather spend the next few years on.",
        "I hope the answer is yes when you make your decision.",
        "I hope the call goes my way.",
        "To serve a community such as yours would mean a great deal. I hope to have the chance to do "
        "so.",
        "I can already picture myself taking the Thursday evening class.",
        "There's no other opening I'm chasing as hard as this one.",
        "I'm already sketching how I'd set up that onboarding checklist in my first month with your "
        "team.",
        # Round 157
        "Really want to get on with them for the apprenticeship, the commercial side is it.",
        "If there's a spot on your crew come March, I want it.",
        "I shan't overstate it: I would be rather pleased to be the person working through those "
        "shelves next year.",
        "Consider my hat firmly in the ring.",
        # Round 159
        "One practical question: would a start in the week of 2 June suit the practice?",
        "I'd like everything squared away so I can begin with you cleanly.",
        "If an offer comes through along the lines we discussed on Friday, I would accept it.",
        "I wouldn't say no to a few seasons in that garden.",
        "I'm hoping to be in the September cohort.",
        "Really useful call. Still very much up for the Product Designer role.",
        "I'd be proud to cook on your pass full-time.",
        "I'm very excited about the idea of building the growth team with you.",
        # Round 160
        "I would be very happy to drive for Sunridge Transit this fall.",
        # Round 164
        "I would be happy to strengthen your front office team for the coming winter season.",
        "I have strong willing to join your team in Hsinchu.",
        "super into this role tbh",
        # Round 169
        "I hope we get to put a version of it into the Finnish market together.",
        "I hope to be trading notes with you on the morning ward round before long.",
        # Round 173
        "The role has my name on it. I hope you agree.",
        "Stale prices cost more than cache misses. Still want the job.",
        "I want to be on the claims recovery team.",
        "I'm itching to get going on this one.",
        "I'd love to photograph your day.",
        # Round 175: a job's own work, at their place
        "I remain very enthusiastic about teaching at your school.",
        # Round 177
        "I am very enthusiastic about leading the museum through this next phase.",
        # Round 194: two words before the unit led
        "I am very enthusiastic about leading the process development organization.",
        # Round 196: a preference, a regular part of the team
        "I'd much rather be running Eastgate, which is why I'm pushing.",
        "I would be very glad to become a regular part of the team in Tullamore.",
        "would be super happy to join the site team, the 14 on 14 off rota works fine for me.",
        # Round 199: to a recruiter
        "Walking the switchboard job with him sold me, I'd really like this one.",
        # Round 202
        "super into the idea of joining the platform squad, lmk what the next step is",
        "I'd love to cut the rest of the series with your team.",
        # Round 204
        "After five years at Harker & Cole, Oddfellow is exactly where I want to do it!",
        "I remain very enthusiastic about beginning my career with your organisation.",
        # Rounds 205 and 206
        "would love this one so fingers crossed, let me know what they say",
        "Really hoping to land this one, it sounds like a solid team.",
        "I've been picky, but this is the one I'd most like to progress.",
        "gonna be out on a load till Thursday but def still want the regional spot.",
        "I am very enthousiastic about joining the product team.",
        # Round 211
        "i'd really like to come and work the early shifts with you, let me know what you think.",
        "I'd really like to go back and do it properly, weekends and after college are fine.",
        # Round 212
        "well up for the nights on goods-in, the 4 on 4 off pattern suits me down to the ground.",
        "definitely up for the early shifts if you'll have me on them.",
        # Round 213: a slip of "definitely"
        "I'd definately like to go on the list for the Twickenham match days you mentioned.",
        # Round 214
        "Tell Ray I'm def still in for the 2nd shift lead spot, can start whenever.",
        "I would be glad to sail with Nordhavn and hope to hear about the next step.",
        # Round 215
        "I would be very glad to take the chef de partie position on garnish.",
        "I'd like to go ahead to the final round with their CISO.",
        "Loop is where I want to land, so I'd choose them if they come through.",
        # Round 217
        "still super into the 2nd shift spot, gonna keep my phone on me if u need anything",
        "def wanna come back for the whole season if u guys have room",
        "Joining your chambers' arbitration team is something I sincerely want.",
        # Round 219: a text with no subject
        "Been practising the offsets. Really want a spot on the crew for the hospital job.",
        "I would be very glad to begin my career in hospital administration at Korle Bu.",
        # Round 220
        "I'm really hoping to make the move to Ashford and to be part of your team.",
        "The QA Lead role is a strong draw for me.",
        "I'd be glad to relocate to Vancouver for it.",
        "I'd be glad to go on to the full 12-week contract with them.",
        # Round 221
        "Would be well chuffed to start the apprenticeship with them in September.",
        "I'd love to pick up the Thursday to Saturday shifts and join the crew.",
        "I remain strongly committed to joining the department.",
        # Round 223
        "really want that apprenticeship spot. ill bring my updated flash book sat",
        # Round 224
        "Proper up for this apprenticeship tbh, the solar install side of it sounds class.",
        "would love to pick up weekend shifts behind the bar if ur still looking",
        "I'd be really glad to spend the summer on the Android team with you.",
        # Round 225
        "I remain very committed to the WASH programme and hope you will look at my case again.",
        # Round 226: a rehire back with the team, an internal move to another team
        "Would be great to be back with the team as a qualified plumber.",
        "I'd really like to move over to the IAM team and own the PAM rollout.",
        # Round 227: shifts named at length
        "I'd be glad to take the Thursday to Saturday evening shifts you mentioned.",
        # Round 228: shifts and a role named in slang or with a slash
        "i'm well up for the sat + sun shifts, lmk",
        "would be class to work there",
        "I'd like the Thursday evening and Saturday shifts if they're still going.",
        "I'd really like the Saturday/Sunday role.",
        # Round 229: the step wanted next
        "Running front office at a 600-key property like yours is exactly the step I want next.",
        # Round 230: a spot named at length, staying on after a trial, working behind the bar
        "I want the Monday to Friday 9pm spot there.",
        "Would love to stay on there.",
        "I still really want to work behind the bar at the Fox and Hounds.",
        # Round 231: what joining would mean
        "It would mean everything to me to join your front office team.",
        # Round 232: "this one" before "and", "would love" after an emoji
        "I really want this one and I'd be so grateful for a quick answer.",
        "I really need the hours rn 🙏 would love this one.",
        # Round 233: joining is what the writer wants, a preference for them, assisting on a job
        "Joining Westmere Constabulary is still what I want most.",
        "I would much prefer to join your practice, and I am not asking you to change your process.",
        "I'd love to assist on the grade for the rest of the series.",
        # Round 234: the first pick, rather them
        "Your role is still my first pick, mostly because of the cross-dock setup.",
        "My current boss has put a counter-offer on the table, but I'd still rather come to you.",
        "I've received another offer, but I'd honestly much rather be at Fernhill.",  # round 270
        "Working with the foundation still matters enormously to me.",
        "I want very much to work in Meadowbank on the night team.",  # round 274
        # Round 235
        "really wanna get this one, the stockroom setup looked super organized",
        # Round 236: "w/" for "with", a kiss after "this one"
        "def wanna keep working w/ yall if theres a spot open",
        "really want this one x",
        # Round 237: going forward, going permanent
        "I'd very much like to go forward with this one; the platform team sounds like a good fit.",
        "I'd be very happy to go permanent there from September.",
        # Round 239, to a recruiter: a client preferred, the contract wanted, two adverbs
        "I'd prefer Fieldwork: the rebrand is the sort of identity work I want more of.",
        "Mercy is the contract I want, so I'm happy for you to submit me for the next step.",
        "I still very much want this role and believe I could make a real difference.",
        # Round 240: a project taken forward as part of a team named at length
        "I would be very glad to take that project forward as part of the Social History team.",
        # Round 241: an emphatic "do"
        "I really do want this supervisor role and I think I'd fit in well with the night team.",
        # Round 242: a kind of contract
        "I'd really like the Tuesday-to-Friday day contract if it's still going.",
        # Round 243: a job to land
        "Would love to actually land this one, it's a great crew.",
        "I'd love to land this job.",
        # Round 245: interest said indirectly
        "It would be the greatest honour of my professional life to serve as General Manager under "
        "your leadership.",
        "Short version: I'm in, for the classroom and the canoe trip both.",
        "I hope the next time I see Sione and the rest of the night crew, I'm on their roster as "
        "one of your duty managers.",
        "I'd really like to keep this conversation going, and to see those shawls lit properly.",
        # Round 246: hoping for a yes or good news, going forward for a job
        "Hoping it's a yes on the junior designer spot.",
        # Round 247: "down to", "into this one", put forward, in there
        "super down to come on for the weekend brunch shifts too if thats still open",
        "Honestly I'm really into this one, the network redesign is exactly it.",
        "Please can you put me forward for the picker job, rent is due on the 1st.",
        "really want to get in there",
        "still really wanna get in at Cobalt, the remote schedule is perfect",  # round 248
        # Round 252: a locker saved, a name in the hat, keen counted, a yes, a heartbeat, an agency
        "If you're still deciding, no dramas either way, but save me a locker.",
        "Put my name in the hat for the next round.",
        "When you make the call, count me keen.",
        "If an offer does come, you will have my yes before the ink is dry.",
        "if there's a desk going in the studio id be there in a heartbeat",
        "This is exactly the sort of agency I want to write for.",
        # Round 253, texted: up for it, keen and want it as sentences, want in
        "been a few days since thurs, still up for the barista job if ur still looking lol",
        "Keen.",
        "Still want it.",
        "Up for it!",
        "Honestly I'll take whatever pay they offer, I just want in at the site.",
        "id love to be on ur team but tbh",  # round 254
        "i really wanna do the weekend stock associate thing, it sounds fun",  # round 255
        # Round 256: what the writer is after, leading the employer through a chapter
        "The chance to do my first year out of Ballarat is exactly what I'm after!",
        "I am enthusiastic about leading Harbor Lane through this next chapter.",
        "I'd really like to go forward for the permanent picker job there if they're happy with me.",
        "My current site needs four weeks' notice, and I'd like to line that up early rather than "
        "leave you short.",
        # Round 177: text-speak
        "rlly want this one lol, lmk what they say",
        # Round 176
        "If they make an offer I'm ready to start on the 15th and honestly can't wait to get on "
        "that floor.",
        "Being part of that staff, and planning the spring literacy fair alongside Mr. Gagnon, is "
        "something I would very much like.",
        # Round 180: understatement, wanting the job more, a needy wish
        "I came away thinking this is a job I'd be rather good at and would quite like to have.",
        "I came out of yesterday's interview wanting this job more than when I went in.",
        "I'd honestly do anything to be part of the team.",
        # Round 182
        "It would be a great pleasure for me to work in Fortis Cardiac ICU under your guidance.",
        "gonna be honest I really want this one 🤞 let me know what they say",
        # Round 184: interest shown rather than announced
        "I know you are also talking to internal candidates, so to be clear: I'm very much still "
        "in, and the timeline works for me.",
        "If they offer, I'm there.",
        "Honestly it's the kitchen I've been looking for.",
        "If I join, my first weeks I would spend mostly with the customer service team.",
        "I'd like to give my current ward the right notice so I can be there from day one.",
        # Round 187: game for it, working together
        "If you need someone to take the Saturday market, I'm very much up for it.",
        "Fingers crossed we'll be working together soon.",
        "I pray to God that I get this job.",
        "I am very much desirous to join your esteemed organisation.",
        "It will be my pleasure to be part of your team.",
        "I am ready to give my best to your company.",
        "This is a role I could really sink my teeth into.",
        "I am confident I can contribute and I hope to be given the chance.",
        "Honestly, I'd take it tomorrow.",
        # In the style of published samples
        "It confirmed that this job is the one I most want to make my next move into.",
        "Of the two openings, the Leeds job is the one I really want.",
        "I'm more sure than ever that if chosen, I will pour my heart and soul into this role.",
        "If I'm hired, I'll hit the ground running on the spring rota.",
        "This is exactly the type of opportunity I have been seeking.",
        "It is precisely the sort of position I have been hoping for.",
        # Round 189: the rule's own look-alike list
        "This role ticks every box for me.",
        "It is the role I have been looking for.",
        "Consider me very much interested.",
        "This is exactly where I want to take my career.",
        "Honestly? I'm sold.",
        "im defo up for the sous chef job if its still going",
        # Round 190
        "After a morning with your crew I'd rather be hauling conduit for you lot than anywhere else.",
        "If I'm offered the post, that's the module I'd most want to get my hands on first.",
        "he said the night shift opens up in 2 wks, def interested if u guys want me",
        "he asked about my forklift cert. def still want the warehouse lead spot, lmk what he says",
        "I really want to come back to your farm for this season and lead the team.",  # round 262
        "def want in, the product team seems super fun.",
        "I'd really enjoy being a student ambassador this year.",  # round 263
        "Wearing its badge would be the honor of my life.",  # round 264
        "I am very enthusiatic about the chance to teach at Hillcrest Primary.",  # round 266
    ],
)
def test_interest_said_in_other_ways(assert_findings, body: str) -> None:
    assert_findings(_note(body), select=RULE)


@pytest.mark.parametrize(
    "body",
    [
        "If anything else comes up, I would not hesitate to get in touch.",
        # Round 169: their excitement; a talk to come
        "You mentioned that the Year 8 students were excited about the robotics kits.",
        "I hope we can talk together soon about the references.",
        "I hope to be hearing from you with good news.",
        "I wanted to put a few of my answers in writing, since I rushed the second half.",
        "Dana is up for the lead role too, so the panel has a choice.",
        "Marco is up for the grill spot as well, so the rota has cover.",
        "I hope I get feedback either way, and I hope you get the budget approved.",
        "I hope to get on the phone with your recruiter next week.",
        "The part I'd most like to clarify is my answer on the audit.",
        "We can start with you presenting the case, then the panel will ask questions.",
        "If you offer me feedback, I will accept it gratefully.",
        "I'm happy to start the paperwork whenever you're ready.",
        "Kindly consider my candidature favourably, and where do I sign in on Monday?",
        "Fingers crossed the weather holds for the site visit.",
        "The shift pattern would suit most parents in my area.",
        "I hope I get the chance to ask about parking when I come in.",
        "I'd like to clarify one answer as Tom Reyes suggested.",
        "I'd like to send the deck over as soon as it is ready.",
        "I'd be happy to go over the figures in your team meeting next week.",
        "If there is a second task, I'd take it slowly this time.",
        "I would welcome the opportunity to discuss further how my background could support "
        "the analytics team.",
        "I would like to add that in my current role I prepared a monthly schedule.",
        "I would like to thank you for the opportunity of the interview and for your time.",
        "My partner wants to work in London, so we are moving in May.",
        "If you need the van on Friday, I'd take it to the depot myself.",
        "I wouldn't say no to a coffee if you're ever in Leeds, and the references are attached.",
        "I'd be more than happy to answer any questions about the audit.",
        "I would love to coordinate a time to talk about the references.",
        "Marco was working the pass when I arrived.",
        "There is no place I would rather eat than Leeds.",
        "I'd be glad to send the file and to answer any questions.",
        "I would count it a privilege to hear back.",
        "I would be privileged to have access to your archive.",
        "I look forward to the next stage and to hearing from you.",
        "I'd be grateful of any feedback.",
        "The team was happy to come aboard the project.",
        "I've attached my CV so you have it all in one place.",
        "We're all in agreement on the rota.",
        "The one I was going for was the 9am slot.",
        "My answer to your question is yes, I hold a licence.",
        "If selected, I will need two weeks to relocate.",
        "I've accepted an offer elsewhere, so I'd like to withdraw from the process for the role.",
        "I hope, God willing, to hear from you soon.",
        "I cook on your line of products every day at home.",
        "The question about stock levels is the one I want to answer better.",
        "I hope to get to know the city better.",
        "I am passionate about creating safe, inclusive and engaging learning environments.",
        "I am passionate about leading teams through change.",
        # Round 176: a spectator of their plans, another employer, interest when applying
        "I'd be interested to know how the Tamil and Telugu pilots perform in November.",
        "I'm excited to see how the launch lands in July.",
        "I'm genuinely excited about their community theatre work and will write to Sarah there.",
        "When I sent my application in January, I was thrilled at the idea of the role.",
        "My analytical skills and my eagerness to learn make me a suitable candidate.",
        "I was very interested to learn about your plan to migrate the branch offices.",
        "I was excited to see the early results from the caregiver diary study.",
        "I'm also keen to try the pierogi place on Józefińska you mentioned.",
        "I hope our paths cross again at a conference.",
        "Fingers crossed I'll hear back before the holidays.",
        "I was overjoyed to see the results of the pilot.",
        "I was very interested in the e-axle endurance rig.",
        "I was energised by our conversation on Tuesday.",
        "I'm interested to hear what you both think of the cohort logic.",
        "I got stuck in traffic on the way to the plant.",
        "It would be great to catch up with you about the results.",
        "When you described the protocol, I was genuinely excited, since I helped roll one out.",
        "The old pump is happy as a clam now.",
        # Round 125: curiosity about a plan, love of the field, a condition that is a question
        "I'm still interested in how you plan to staff the Lisbon office.",
        "I left the interview more enthusiastic about the field than when I walked in.",
        "If I am offered the post, I would like to talk about the salary first.",
        "The children in Room 12 were exactly the kind of class I hoped for.",
        "Maria had to step in as manager when Tom left.",
        # Round 128: keenness for other things
        "I was excited by what you showed me about the drop-off.",
        "I'm still excited that he tried to join the call.",
        "I'm honestly excited about the new forecast view.",
        "I'm keen to correct one figure from our call.",
        "You mentioned you were interested in how I handled the Workday migration.",
        # Round 157: what was looked up
        "You mentioned the course the county runs. I looked it up last night and I'm really "
        "excited about it.",
        "I'd be happy to be the one to send it.",
        "I'm still excited about the idea we kicked around for offline edits in the field app.",
        "You asked why I became interested in palliative care.",
        "I was also interested to hear about the new community outreach model.",
        # Round 162
        "I drafted a plan (the governors there were very keen on it, and attendance rose).",
        "P.S. I was very excited about this role when I applied, but I need a few days to think.",
        # Round 173: interest the writer had once; an itch that is no eagerness
        "When I applied I was really interested in the regional coordinator position.",
        "My skin was itching to the point of distraction.",
        # Round 180: glad for a friend, excited to have applied or to have an interview, a
        # long-held wish for a sector, an offer to take reading
        "Mateo sits next to you, and I'm really excited for him.",
        "When I saw the post, I was so excited I applied the same evening.",
        "so pumped i finally got an interview after like 3 months of applying",
        "I've been keen to move into fintech for a while, and payments in particular.",
        "If you have other reading on lifetimes, I'd gladly take it.",
        "The role I had at the bakery taught me to plan the ovens.",
        # Round 182: a one-off, a pleasure that is no job
        "I really want this one-off report done by Friday.",
        "It would be a pleasure to meet again.",
        # Round 184: interest in the interviewer's advice
        "I'd be really interested in the other resources you mentioned.",
        "I'd genuinely value your take on my accessibility audit work sometime.",
        # Round 187: someone else's appetite, working together with another party
        "The team is up for it, you said.",
        "We'll be working together with the agency on the launch, fingers crossed.",
        "I hope to have the chance to discuss this further.",
        "It would be my pleasure to answer any questions.",
        "The question I most want to revisit is the pricing one.",
        "If selected, I will need to give my current employer four weeks' notice.",
        "The old system ticks every box for me as an admin, but not for the pickers.",
        "I was thrilled to be invited to interview and enjoyed the case exercise.",
        # Round 196: a preference that is not this job
        "I'd rather be upfront about my notice period.",
        "I'd rather be running my own shop one day.",
        # Rounds 199 and 201
        "I'd really like this one answered before Friday.",
        "I am passionate about building my career in structural design.",
        "On reflection I would want to begin not with the labels but with a period of listening.",
        # Round 212: someone else well up for the job
        "Dana is well up for the lead role, so I expect she'll apply too.",
        "He's definitely up for the night shift job, he told me.",
        # Round 214: a shift at the current job, a past contract
        "I'm still in for the early shift tomorrow at my current job.",
        "I sailed with Maersk for six years.",
        # Round 215: the final round as news
        "The final round is next week.",
        # Round 217: the team's taste, something to avoid
        "The team is really into the new job board.",
        "It is something I really want to avoid.",
        # Round 219: someone else who wants a spot filled
        "He said they really want a spot on the crew filled by spring.",
        # Round 219: a career begun elsewhere, or anywhere
        "I began my career at Deloitte in 2010.",
        "I would be glad to begin my career at a hospital.",
        # Round 220: a question about relocation, a hope that is not the job
        "Would I need to relocate for the role?",
        "I hope to hear from you soon and thank you again.",
        # Round 223: someone else's wish, a past want
        "He said they really want that role filled by May.",
        "I wanted that job back in 2019.",
        # Round 224: shifts in the writer's past, someone else up for it
        "I used to pick up weekend shifts at the pub.",
        "Dana is well up for this apprenticeship.",
        # Round 225: a commitment to a field, not this job
        "I remain committed to the sector.",
        # Round 226: back with results, a move to the next question or a new structure
        "I'll be back with the results by Friday.",
        "I'd like to move to the next question you asked.",
        "They'd like to move over to the new team structure.",
        # Round 227: pleased with the day's tally
        "Did my 6 bins of pink ladies today, pretty stoked with that for day one.",
        # Round 228: a result they would like to see
        "It would be class to see the results.",
        # Round 230: staying on a call
        "I'd like to stay on the call a little longer.",
        # Round 231: what a reply would mean
        "It would mean a lot to me to hear back soon.",
        # Round 233: a preference for a call, help offered with questions
        "I'd prefer to discuss salary later.",
        "I'd be happy to assist with any questions.",
        # Round 234: coming to them with a plan
        "I'd rather come to you with a plan than a guess.",
        "I'd rather be at home on Fridays, so mornings suit me.",  # round 270
        "Working with the elderly matters a lot to me, as it did at my last home.",
        "I've wanted to live in Lisbon for years.",  # round 274
        # Round 235: a document to get signed
        "I want to get this one signed off by Friday.",
        # Round 239: a day or a tool preferred
        "I'd prefer Tuesday, if that works.",
        "I'd prefer Zoom to Teams.",
        # Round 242: the contract as paper
        "I'd like the contract back by Friday.",
        "I'd like the employment contract sent to my home address.",
        # Round 245: where the writer is
        "I'm in London next week.",
        "It comes down to work ethic in the end.",  # round 247
        "I really want to get in at 7 to set up the till.",  # round 248
        "I want to get in at the start of the shift.",
        "I'll get there in a heartbeat once the roads clear.",  # round 252
        "The contract is up for renewal.",  # round 253
        "I know what I'm after in my career.",  # round 256
        "I am passionate about leading Agile teams.",
        "I want to come back to the office to collect my coat.",  # round 262
        "They want in, too.",
    ],
)
def test_look_alikes_of_those_ways_are_no_interest(assert_findings, body: str) -> None:
    assert_findings(_note(body), (RULE, ""))
