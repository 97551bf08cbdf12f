"""no-conversation-reference: nothing points back at a specific part of the interview."""

from __future__ import annotations

import pytest

RULE = "no-conversation-reference"


def _note(body: str) -> str:
    return f"Hi Dana,\n\n{body}\n\nBest,\nAna"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for our conversation about the Analyst role at Acme Corp. I enjoyed learning "
        "more about the company.",
        "I enjoyed our conversation. I am excited about the Senior Accountant position.",
        "I enjoyed learning more about the role and about [specific topic discussed].",
        "It was a pleasure to meet you and learn more about the (insert job) position.",
        "I look forward to hearing from you about next steps.",
        # A cue whose topic is a blank field names nothing, whatever follows it.
        "I enjoyed our discussion about <<insert topic>>, and it confirmed that my approach "
        "to guest service is a strong match.",
        "I found the discussion informative, and it gave me a clearer understanding of the "
        "responsibilities of the post.",
        "Should the panel require any further information or references, please contact me.",
        "I hope my answers demonstrated the competencies required.",
        "I really enjoyed learning more about [specific project or initiative discussed] and how "
        "the team approaches content strategy.",
        # The specific words after an echo cue end with its clause; a blank names nothing.
        "Our discussion about [specific topic discussed] truly resonated with me, and it "
        "reinforced my belief that I would thrive in your collaborative environment.",
        "I am confident my five years of property claims experience align with what you are "
        "looking for.",
        # An apology for the note itself, meeting "the team", a programme that is the job.
        "Sorry for the delay in getting back to you.",
        "It was good to meet you and the team on Friday.",
        "I enjoyed learning about the graduate training program you offer.",
        "I remember when you said the team is growing.",
        "About the role, I am very excited. Regarding the salary, I am flexible.",
        "The interview was a real challenge. This role is a great one.",
        "I hope you can see how I would fit in with the team.",
        # Generic praise told before a moment of the interview names nothing.
        "I was impressed by your knowledge during the tour.",
        "I hope I conveyed my passion for customer service during the assessment.",
        "I felt a great connection with the team during the interview.",
        # A cue inside a template field, or a recap list of blank fields, names nothing.
        "I especially liked hearing about [insert something you discussed] and my final project.",
        "What I took away from our conversation:\n\n* [insert topic]\n* [another topic]",
        "I enjoyed learning more about how Meridian Facilities approaches purchasing.",
        # An AI assistant's stock praise of the employer.
        "I was particularly impressed by the company's commitment to innovation and its "
        "customer-centric values.",
        "I'm excited about the chance to learn the trade with your crew and would be proud to "
        "start my apprenticeship with Brennan & Sons.",
        "It was a pleasure learning more about your unit and the exceptional care your team "
        "provides to patients and families.",
        "I agree that the team is key.",
        "It gave me a real feel for how the studio works.",
        "I left our conversation on Thursday feeling energised.",
        # What follows "and reiterate" is the writer's own background, not the interview.
        "I wanted to follow up on our conversation and reiterate that my background in arena "
        "rigging and aerial apparatus makes me a good fit.",
        "Learning more about the organisation's mission and the way the team works together "
        "confirmed what drew me to Harvest Table.",
        "I enjoyed our conversation on Wednesday about the Associate Director, Clinical "
        "Operations role.",
        "Sorry I took so long to get back to you. Thanks for letting me know about the timeline.",
        "I enjoyed our conversation yesterday and came away with a much clearer sense of how "
        "Fernwood works.",
        # Generic praise in the employer's terms, and the job's own description.
        "It was valuable to learn about the firm, its clients and its approach to audit quality.",
        "Good to meet you yesterday and have a chat about the kitchen and what you're looking for "
        "in a line cook.",
        "It was good to hear about the organisation's values and the way you try to put "
        "participants first.",
        "It was a pleasure to meet you and the panel and to understand the school's ethos, which I "
        "feel is in line with my own approach as a teacher of the CBSE board examinations.",
        "I was pleased to hear about the branch's commitment to evidence-based policy and "
        "collaborative ways of working.",
        "It was really good to hear more about the way you do things at Harlow & Finch and what a "
        "typical day looks like for the management team.",
        "It was encouraging to hear how strongly the council values its tenants and the "
        "communities it serves.",
        "I was struck by how much the school clearly values every pupil.",
        "After our conversation, I'm even more excited about the opportunity to join your team and "
        "help grow the Brightline brand.",
        "I really enjoyed learning more about the organisation and its mission to provide safe, "
        "affordable homes across West Yorkshire.",
        "Throughout our conversation, I was struck by the organization's deep commitment to "
        "patient-centered care and to the professional development of its nursing staff.",
        "It was a pleasure to hear about the exciting projects your team is working on and the "
        "innovative spirit that clearly drives them.",
        "I left our meeting energised by the organisation's vision for sustainable growth and by "
        "the calibre of the leadership team you have assembled.",
        "I noticed the team's commitment to quality. The interview was the best part of my week.",
        # Warm, plain words about the visit that pin nothing down, and the writer's own life.
        "The kitchen has a great feel to it and everyone I met seemed really friendly.",
        "I liked what you said about the team, and the branch has a calm, friendly feel.",
        "The tour was great and everyone seemed nice, and it looks like a well-run place.",
        "The lads all seemed decent and it sounds like a good outfit to be driving for.",
        "Still, I've learnt to stay calm and keep my sense of humour with residents.",
        "Things have been tight since the depot in Ballymount closed.",
        # The abstract register of the professions.
        "Our conversation gave me a much clearer sense of the firm's practice areas and the "
        "breadth of the work the group undertakes.",
        "I was particularly struck by the emphasis on client relationships across the practice "
        "and by the collegiate culture you described.",
        "I appreciated the candor with which you spoke about engineering governance and the "
        "organization's direction more broadly.",
        "The way you described the firm's approach to advisory work chimed with my own experience.",
        "Thank you for meeting with me to discuss the Senior Manager role in the international "
        "tax team.",
        "I hope my answers to your questions were clear. You were clear about the role.",
        "As a second-year student I believe my lab experience would let me contribute from day one.",
        "As mentioned, I am available to start next month, and my two referees are happy to be "
        "contacted.",
        "I also like people, and I think that shows in how long my teams have stuck around.",
        "As we discussed, I believe my twelve years as a general contractor give me a strong "
        "understanding of what customers need.",
        'Your job advert asked for "grit, grace and a good eye for a headline", which is me.',
        'Consider this a firm "yes please" from my side.',
        "Since our conversation I have spent some time on your website and careers page.",
        "I was particularly impressed by your collaborative approach to building brands.",
        "Thank you for meeting with me on 3 June regarding the Border Force Officer (APS 3) "
        "position, reference ABF-24-1187.",
        # Round 117: what is likened is the writer's own, or the state of a sector
        "Driver shortages are hitting every haulier in Yorkshire right now. I have handled a "
        "similar shortage at Brennan Freight.",
        "I ran the Leeds cross-dock for two years with forty pickers. I would bring a similar "
        "approach to the role.",
        "I have led similar teams before and would bring that kind of energy to Acme.",
        "I made sure every new starter spent their first week learning the plant ranges.",
        "I enjoyed learning more about the Northwind engineering culture.",
        "I enjoy the part of the job where numbers turn into decisions on the shop floor.",
        "I liked the things you talked about (insert topic).",
        # Round 119: openings that are the writer's own, a sector's, public, or a question
        "Hospitals across Yorkshire are short of night staff this winter.",
        "St Columba's has a reputation across the region as a hospital where nurses stay.",
        "Bakehouse & Co. has been a fixture on Cape Town high streets for decades.",
        "The healthcare sector in Ontario needs thousands of new nurses by 2030.",
        "Following our interview on Tuesday for the Senior Analyst role at Acme, I am writing again.",
        "Meeting you yesterday was one of the great moments of my life.",
        # Round 120: public openings, a title in quotes, a heading of the writer's own
        "The government has set a target of 1.5 million new homes in England by 2029.",
        "The Limerick Maritime Museum welcomed 212,000 visitors in 2024, its best year since it "
        "opened in 1991.",
        'Brightloop won the 2025 Webby for Best Brand Campaign with its "Small Rooms" series.',
        "On the reliability side, I own our Terraform modules for a Kubernetes estate.",
        "I had a think about the role and my experience.",
        # Round 121: the writer's own team's "we", the writer's own habit
        "At Fenwick Retail I own 240 dbt models and the naming standard we use across them.",
        "I timebox every discovery call. That habit alone has shortened my cycles by six weeks.",
        "I enjoyed watching football with my dad growing up.",
        "I saw the announcement last month that Fernway is moving its payments stack to Rust.",
        # Round 125: a wish about what comes next, a second verb of the writer's own
        "I would be glad to know about the next steps in the process.",
        "I'd welcome the chance to run the grill station.",
        "I enjoyed our conversation this morning and would be glad to bring my forklift "
        "certification and five years of picking experience to your warehouse.",
        # Round 126: a wish, the writer's own "we" and papers, published work, news
        "My contract ends in December, so I would be grateful for any role you can offer, even "
        "part-time relief.",
        "Across my clients we lifted average water-use efficiency by around 12% over that period.",
        "Two papers from that work are published, in Chemistry of Materials and npj "
        "Computational Materials.",
        "I read the published validation study of your chest X-ray model, and the external test "
        "sets from three regions were an impressive piece of work.",
        "I was glad to see that Tohoku University honoured its commitment to open data last year "
        "by releasing its full battery-cycling dataset.",
        "I'm following up on Thursday's interview for the Staff Engineer role on the platform side.",
        "The Data Analyst role is a much bigger step than my current job.",
        # Round 127: a place word in a job's title
        "Really keen on the site supervisor role at Hollis Build and happy to send through my "
        "tickets or references.",
        # Round 128: the writer's own lesson, public news, the advert, a sector, a standing
        "It taught me to agree the timetable with component auditors on day one.",
        "The other thing I learned is that early-career researchers need more help than they ask for.",
        "Thank you for considering me. Your Series B announcement last month said most of the money "
        "is going into payments infrastructure across the EU, which is the area I have worked in.",
        "The line in the advertisement about funded CPD for all staff is what made me apply to "
        "St. Brigid's in the first place.",
        "Thank you for the opportunity to interview for the Policy Officer post. Housing in Scotland "
        "remains under real pressure, with temporary accommodation numbers at a record high.",
        "Closing a 14-entity group audit in six weeks was the hardest thing I did in four years at "
        "KPMG Lagos.",
        # Round 129: a wish, the writer's own school, vague words, public news
        "I am genuinely excited about the role and the chance to work on retail data at this scale.",
        "At my current school I introduced weekly quizzes across Key Stage 3, and our Year 9 "
        "assessment results rose by 11 percentage points.",
        "Really enjoyed our great chat on Thursday, and everything we covered made me even more sure "
        "about this one.",
        "Seeing Harlow & Finch named a Top Employer for the third year running made me look closely "
        "at how you run your people processes.",
        # Round 130: the writer's own company, a prize won, study on the side, what is to come
        "At my current company those pages drive about a third of our demo requests.",
        "Your plant in Hosur has won the Deming Prize twice, and working in that kind of quality "
        "culture is a big part of why I applied.",
        "I have also been learning dbt on the side and have a small project on GitHub.",
        "I would be delighted to join your fleet and am available for the simulator assessment at "
        "short notice.",
        "The role description asks for experience with Kira or a similar review tool, and I have "
        "used Kira daily for two years.",
        "The airline's on-time performance has led the region for three years running.",
        # Round 131: the company's work in general
        "It was lovely chatting on Friday and hearing more about the kind of work Brightwater does "
        "for food and drink clients.",
        # Round 172: a template's stand-in for the employer; asking after news to come
        "I have a great deal of respect for what Company Name is building.",
        "I know these processes take time, and I'd be glad to hear whether there is an updated "
        "timeline for a decision.",
        # Round 173: an opening on news the press covered
        "Congratulations on the Series B that TechCrunch covered last week. It's clear Quillpay "
        "is about to grow fast.",
    ],
)
def test_note_without_reference_is_flagged(lint, body: str) -> None:
    [finding] = lint(_note(body), select=RULE).findings
    assert finding.begin.line == 3


@pytest.mark.parametrize(
    "body",
    [
        "You mentioned the backlog of vendor invoices; at Globex I cut a similar backlog by half.",
        "When we discussed the night-shift handover, I recognised the charting gaps you described.",
        "Your question about reconciling Stripe payouts stuck with me.",
        "Hearing how your team batches the Monday refill queue made the role click.",
        "It was great to meet Luis and see the new cleanroom.",
        "Thanks for showing me the feature-flag dashboard during the pairing session.",
        "The slotting exercise with Grace was the most useful part of the day.",
        "On the moth damage you've seen in the wool cases, I'd start with a trap survey.",
        "I've reconsidered my answer about engineers who push back on approvals.",
        "I wanted to follow up on the forklift practical this morning.",
        "The tester mentioned I took the corner by bay 14 a little wide.",
        "Good to chat about the new Leicester route and the early van loading.",
        "I was glad we got to talk about the reconciliation backlog on the nostro accounts.",
        "As you had asked, here are the details of the KYC re-verification drive.",
        "Watching you find the cracked capacitor in under ten minutes taught me a lot.",
        "Sergeant Lee was explaining how the CAD screen flags units that have gone quiet.",
        "On the train home I had an idea about families skipping the first-floor gallery.",
        "I'll practise my rosettas before Saturday's trial shift like you suggested.",
        "Really enjoyed the playtest round this afternoon!",
        "The Year 9 lesson on simultaneous equations was nerve-wracking.",
        "I have noted the suggestion of Principal Ma'am to use more molecular models.",
        "I wanted to return to the quick-change problem in Act II of The Winter's Tale.",
        "A second booth stage left, as the production manager suggested, would work.",
        "Good to walk round the Harlow Street job with you on Monday.",
        "What stood out was how candid you and Raj were about last year's peak-season misses.",
        "You had asked how I would approach SME customers shifting to fintech collections.",
        "It was fun helping with the delivery in the stockroom on Saturday!",
        "Loved doing the blow-dry on your model and hearing about the Olaplex treatments you do.",
        "had a blast pairing on that flaky test, turns out it was the timezone thing after all",
        "I realized I gave you a pretty thin answer on placement testing, so here is a better one.",
        "I think she will like the Filipino dishes I told you about, especially the arroz caldo.",
        "As discussed with Matron Sister Lissy, I have three years in CCU handling IABP patients.",
        "I appreciated your candour about the transaction monitoring backlog.",
        "Your breakdown of how the spring rebrand nearly got derailed by the packaging supplier was "
        "fascinating.",
        "Dr Yeung's question about clearing concentration in central counterparties led me on.",
        # An apology for a moment of the interview, an experience of one, a named colleague.
        "Sorry again about the Guinness tap; I've watched the two-part pour video twice since!",
        "I really enjoyed the pace once the quiz crowd came in on Friday.",
        "Good to meet you and Pete at the Lakeside job this morning.",
        "I appreciate the time you and Sister Okafor gave me on Tuesday.",
        "A follow-up on the pricing case.",
        "Loved hearing about the new paediatric ward opening in May.",
        # Round 104: a plain verdict on something seen or done there
        "The walk round the loading bays and the car park barrier system made sense.",
        "The balayage on Mereana came out heaps better than I expected.",
        "The Winterhalter machine is the same one we had at the Premier Inn.",
        "The committee also asked how I would involve the citizens' offices in the permit work.",
        # Round 105: a verdict on a dish plated, a moment shared
        "That lamb shoulder with the smoked yoghurt was tricky to plate during the 8pm rush.",
        "Pulling that oat-milk flat white with you on the La Marzocco was the most fun I've had.",
        "You asked what I'd want to learn in my first year.",
        "The tag-out board at the switchroom door was the tidiest lockout setup I've seen.",
        # Round 106: a process pictured, a thing pointed at with "that", a problem explained
        "It gave me a clear picture of how the team staggers its festive-season launches by region.",
        "That Volvo FH with the intermittent ABS fault would drive anyone up the wall.",
        "Eleven branches sharing one print server in Ikeja explains the queue problems.",
        "Dock 3 losing an hour every morning on the scanner sync is the kind of thing I fixed.",
        "Dana gave me a tour of the cold store and the blast freezer.",
        # Round 110: a thing pointed at that stayed with the writer, a round's verdict, a
        # panel named by its day
        "That USSD session timeout question got me thinking about a prototype.",
        "Just wanted to say the system design round was fun.",
        "Yesterday's panel asked how I would handle a backorder on a critical part.",
        # Round 111
        "Good talking with you Tuesday about the Calgary-Edmonton run and the new Freightliners.",
        "The leverage covenants and refinancing horizon you flagged reinforce the case for it.",
        "I keep going back to the Kerrigan's Bakery rebrand you pulled up at the end.",
        # Round 112: what was discussed, named inside a stock thanks
        "I appreciated the chance to discuss the credit scoring dashboard and thin-file applicants.",
        # Round 113: their situation as it stands, told plainly with a count or a name; an
        # answer given in the interview; a topic before "like you mentioned"
        "The Pune branch still has about 3,400 accounts to be moved to the new core banking system.",
        "Privileged access to the domain controllers is still shared across six admin accounts.",
        "Month-end close currently takes eleven working days.",
        "I know I said my forklift licence lapsed last year, but I have booked the refresher.",
        "I can get the reach truck cert done in the first week like you mentioned.",
        # Round 114: a count of theirs, as it stands
        "The Line 3 filler still jams twice a shift.",
        "Forty beds and two registered nurses on nights is a lot.",
        # Round 115
        "I've been checking my email every hour since the panel with Oliver on Tuesday.",
        "I was struck by how the firm honoured its commitment to keep every apprentice on in 2020.",
        "I'm still really interested in the job after our talk about the Hexham roof replacement.",
        "It was great to talk about your move from Selenium to Playwright on Wednesday.",
        "I liked that the team wants to run the regression suite on every pull request.",
        # Round 116
        "I appreciated you being candid about why the year-end close slipped to working day nine.",
        "I liked your focus on the Tacoma returns backlog.",
        "The system design round on building a rate limiter for the payments API was very "
        "interesting for me.",
        "Thanks for the 4 a.m. tour of the bakehouse; seeing the deck ovens loaded was worth it.",
        # Round 117: their situation told plainly, then likened to the writer's own; a talk
        # named by a topic whose name qualifies it
        "Opening the Leeds cross-dock in September will mean two extra night shifts. I ran "
        "exactly that kind of ramp-up at my last site.",
        "A repairs backlog of 1,100 jobs across the estate will take more than one planner to "
        "clear. I cleared a backlog about half that size at Ashcombe Homes.",
        "Doing 240 covers on a Sunday with a six-person brigade is a serious service, and I've "
        "run a similar pass at The Granary.",
        "I have been refreshing my inbox since our interview about the Riverbend Brewing rebrand.",
        # Round 118
        "Will the retention dashboard move from Excel to Metabase, as you were discussing?",
        "I wrote up the inbox filters you asked about (sponsor emails, guest follow-ups and "
        "invoices) in a Google Doc.",
        # Round 119: a body that opens on their situation
        "Two Year 9 maths classes without a permanent teacher since the start of Term 2 must be "
        "hard on those students.",
        "Getting the Lyon clinic onto the new patient-records system by September with only one "
        "IT person on site is ambitious.",
        # Round 120
        "I enjoyed the role play where I had to explain the smart meter top-up to the customer.",
        "I had a think about the probes dropping out near the milking shed.",
        # Round 121
        "It's Jess from Saturday's trial shift on the coffee machine.",
        "You mentioned you might need someone for the new Sunday opening.",
        "At the Leeds depot we toured, the slotting plan we talked about looked solid.",
        # Round 122
        "I really enjoyed watching the circle-time phonics activity in your classroom.",
        # Round 123
        "The questions of the jury on the extension of the bike lanes along the Rhône quays "
        "confirmed my interest.",
        "Covering the Saturday surgery lists while one of the vets is on parental leave until "
        "February will be a juggle.",
        "the header on the john deere was fine once i got the hang of the controls.",
        # Round 124: a second language's "to know about"
        "I liked very much to know about the soybean barter operations with the producers in "
        "Sorriso.",
        "It was very interesting to know that the center processes invoices for Mexico and "
        "Colombia in the same SAP instance.",
        # Round 125: a task done there, a named region qualifying a topic
        "It was good to cook alongside Tom on the grill section on Thursday night.",
        "I appreciated the chance to run the grill station during the lunch rush.",
        "Thank you for explaining the branch audit schedule for the Pune region.",
        # Round 126: an electrical panel, a figure they gave, their set-up against the writer's
        "that panel swap was a mess lol, whoever did the original work didn't label a single breaker.",
        "Since Monday I've been turning over that figure of roughly 400 covenant reviews.",
        "Jolene's figure of about 18% no-shows on hygiene recalls has been on my mind since Thursday.",
        # Round 127: a task set in the interview, named by its kind
        "The mock call where I had to sell the warehouse supervisor job to a candidate who was "
        "happy where he was turned out tougher than it looked.",
        # Round 128: their situation told first, after a courtesy, with the writer's view after it
        "Thank you for your time on Tuesday. Moving 2,000 members off the old CRM by March is a big "
        "job for a team of four.",
        "Pickers on the night shift averaging 110 lines an hour against a target of 140 is a gap "
        "worth closing, and I don't think it's an effort problem.",
        "A Wellcome Discovery Award renewal due in eleven weeks, with the previous grants officer "
        "already gone, is a tight spot for any lab.",
        "Migrating 600 COBOL batch jobs to Spark before the mainframe contract ends in 2026 is "
        "exactly the kind of project I want to work on.",
        "Year 9 losing a third of its science lessons to cover last term is hard on the students.",
        "Also loved hearing about the EMEA launch.",
        # Round 129: an answer corrected, a person's build, their situation with "won't" in it
        "One correction from my side: I said Brasserie Lune does about 90 covers a night, but on "
        "Fridays it is closer to 140.",
        "Hope Mireille's Steam Next Fest build survives the weekend!",
        # Round 130: theirs first, whatever the writer did after it
        "Your 300 remaining Jenkins pipelines and the Q2 cut-off for moving them to GitLab CI are "
        "exactly the kind of work I did at my last job.",
        "Thank you for taking the time to meet with me on Tuesday. The Galway store loses most of its "
        "Saturday staff to college exams in May, and building a bench of part-timers before then is "
        "something I have done twice in my current role.",
        "Getting through Black Friday with only four keyholders at the Columbus store is going to "
        "stretch everyone, and the new self-checkout lanes won't make it easier.",
        "One week in five on call, with a secondary behind you, is a much saner setup than I've "
        "had before.",
        "I really enjoyed the mock call where the customer was disputing a double charge.",
        "I am writing to follow up on my demonstration lesson on Wednesday.",
        "I'm just following up on the fleet audit we went through.",
        "Thank you for the time you and Dr. Reyes spent with me.",
        "I loved hearing about the laser perio therapy program you are starting in the spring.",
        "The way you broke down the territory split between the hospital accounts stuck.",
        "His tip about taking the Fifth and Main turn wide because of the bollards was useful.",
        "I still remember how she laughed when I told her I also love to watch Wowowin.",
        "About her insulin schedule and her walks in the afternoon, I am used to both.",
        "Loved how the team jumped in when the bar got three deep.",
        "sorry again about clipping that cone on the reverse.",
        "That misfire on the F-150 was a good test.",
        "I'm glad you would consider me after seeing how I made up the king room on Monday.",
        "It was lovely to see the Year 4 class during the phonics session this morning.",
        "Standing in the atrium with the contractor explaining why the mullion spacing changed.",
        "The close calendar on your office wall, with eliminations by day three, is the discipline.",
        "My beurre blanc broke on the second ticket during the stage last night.",
        "The misfire on the test truck kept bugging me on the drive home.",
        "I know I froze during the Excel pivot-table exercise.",
        "Your numbers on renewal retention in the small-commercial book were eye-opening.",
        "The part about your checkout test, where the shorter form lost, is still rattling around.",
        "Here's the [case study](https://t.design/ledgerly) I mentioned on the onboarding flows.",
        "What I took away from our conversation:\n\n* The 1:4 ratio on days and the resource nurse",
        "Hi Felix - fun talking through the on-call setup with you and Grace.",
        "The bit about needing someone to own the privileged-access audit is right up my alley.",
        "Soooo glad we got to geek out about the checkout redesign lol!!!",
        "Totally agree the address autocomplete is the real culprit.",
        "Your three-year plan for consolidating the two ERP systems is ambitious.",
        "I came away with your picture of the discharge lounge firmly in my head.",
        "Walking the Hillcrest job with you and seeing the retaining wall gave me a good sense.",
        "The debate about whether to shard the orders table or archive old rows was the best part.",
        "Helping restrain the anxious greyhound during the nail trim gave me a real feel for it.",
        "I still lean toward archiving first, for the reasons I gave at the whiteboard.",
        "You were right about the cruise ship days: four ships at once swamp the front desk.",
        "You're right that the replacement will need a full road closure.",
        "Priya's tip about tilting the jug during the lunch rush really helped.",
        "Cheers for letting me jump on the coffee machine during the lunch rush yesterday.",
        "Sorry I took a while on the timing belt on the Golf; the locking tool was new to me.",
        "I enjoyed working with your P2 phonics group this morning, especially the boy who got ch.",
        "I passed the two nurses who ran the mock code you let me watch in the sim room.",
        "I used a cash recycler like the one behind the counter at the Elm Street branch.",
        "As you had asked, here are the details of the KYC re-verification drive which I handled.",
        "Shaping the country loaves alongside your morning crew was the best part of the trial.",
        "I noticed the second batch proved faster by the ovens.",
        "I wanted to pick up the point raised about the S/4HANA cutover planned for year end.",
        "I have appreciated very much the explanation of Mrs. Laurent about the city ledger.",
        # Slips in the cue words, and other Englishes' ways of pointing back.
        "You mentioed on Monday that the litigation group is moving review off Relativity.",
        "I particularly enjoyed learing about the embodied carbon of the timber-frame school.",
        "ur tip about purging the steam wand before every jug totally fixed my milk.",
        "Reckon I could sort out that Sunday session staffing drama you were on about.",
        "In the interview I was asked how I would handle NEFT returns not reconciled by end of day.",
        "I took your note about the beurre blanc breaking on the pass seriously.",
        "The leaflet on kinship care which you handed me at the end, I have now read fully.",
        "Bev in the yard office said the Ballarat run leaves at 4:30.",
        "As discussed, I have handled lease accounting under Ind AS 116 for over 40 contracts.",
        "Just to add to what I said about the two-man deliveries, I did white goods with Currys.",
        "After the live-coding part yesterday I understood what was wrong with my debounced search.",
        "thx so much for telling me about the xiaohongshu campaign for the tea brand",
        "The fish stock you let me taste at the end of the trial shift needed toasted coriander.",
        "I kept thinking on the Hilux with the noise in the transmission that you let me hear.",
        "The supervisor with the grey beard asked me about the wire size for a 40 amp circuit.",
        "had a blast making the old fashioned and the paloma for u, hope the paloma wasnt too sour",
        "I was taken with the tithe maps, particularly the 1841 one with the tea-stained field.",
        "Your seasonal event calendar problem, with three overlapping events every December, "
        "is exactly the kind of puzzle I enjoy.",
        "I was particularly interested in the falls-prevention audit the ward has been running.",
        "I enjoyed the system design session with Felix on sharding the event ledger.",
        "I also appreciated hearing from Dominique about retiring the legacy Perl billing scripts.",
        "I'm eager to get started at the depot on the split-shift schedule you described.",
        "You were frank about the old software the charity uses for donor records.",
        "I appreciated how candid you were about the research ops backlog.",
        "You were honest with me about the waiting list for new patients being over four months.",
        "I want to add to my answer to the question about teamwork.",
        "Had a proper think about the split shifts on the drive home.",
        "Here is the summary of the month-end reconciliation process that you asked about.",
    ],
)
def test_specific_reference_passes(lint, body: str) -> None:
    assert lint(_note(body), select=RULE).findings == ()


# The rule takes shortcuts (see "Shortcuts" in the module): it tries the likeliest
# sentence first, tries its patterns only at the words a match can begin with, and
# skips a check when a word it needs is missing. These tests hold the shortcuts to
# the plain way: every pattern run in full over every sentence, in order.

SENTENCES = [
    "Denise seemed to think the same split might help with your month-end backlog.",
    "I tracked down the Jura we couldn't place at the end of the tasting.",
    "Riding along with Pete on the Lebanon route yesterday answered most of my questions.",
    "Dana asked about the Tacoma returns backlog and the weekend staffing gap.",
    "Priya also mentioned the vendor invoices backlog at the Reno site.",
    "Y'all showed me the cooler gasket rebuild on the line.",
    "The freezer alarm u mentioned keeps bugging me about compressor cycles.",
    "The question's framing about grant reconciliation stuck with me.",
    "You mentioned the month-end close, and I think my internship covered accruals.",
    "You MENTIONED the Tacoma returns line — I fixed one like it with cycle counts.",
    "ſhe mentioned the Tacoma returns line and its pallet labels.",
    "İt was great hearing about the Portishead tidal data gap.",
    "Hearıng about the Portishead tidal gauge outage was useful.",
    "Re: the Spanish-speaking caller volume — here is a staffing sketch.",
    "The three-week backlog on the Tacoma returns line sounds fixable.",
    "\u201cS2 boys who don't read\u201d was your phrase, and it stuck.",
    'Your "reading recovery for S2 boys" phrase is still on my mind.',
    "I enjoyed learning about the Tacoma returns backlog and cycle counts.",
    "It was great to meet Luis and see the new cleanroom.",
    "Thanks for showing me the feature-flag dashboard during the pairing session.",
    "Thank you for your time on Monday.",
    "Thank you so much for the opportunity to interview for the paralegal position.",
    "I keep thinking about the warehouse slotting project you described on the panel.",
    "When we discussed the night-shift handover, I recognised the charting gaps you described.",
    "Hearing how your team batches the Monday refill queue made the role click.",
    "The lesson-study cycle you described is close to what we ran in Leeds.",
    "Dana's team walked me through the triage board and the paging rules.",
    "I learned a ton watching how you call tickets during the Friday rush.",
    "Following up on the Tacoma returns backlog: here is my plan.",
    "After our call with Priya about the Kafka migration, I sketched a rollout.",
    "Since yesterday's interview I keep thinking about the Kafka migration plan.",
    "Letting me shadow the Friday rush showed me how the expo station flows.",
    "THE SLOTTING EXERCISE WITH GRACE WAS THE MOST USEFUL PART OF THE DAY.",
    "the plan you described for the Denver depot; I ran a similar cutover",
    "Marcus’re planning the Kafka migration, which I did at Globex.",
    "As we discussed, the invoice matching backlog is my kind of problem.",
    "My take-home on the churn model is attached, with the cohort charts.",
    "I am so honoured to be considered for this role.",
    "I was ımpressed by the Kafka migration plan and its rollback drills.",
    "After a call with Priya I rewrote the Kafka runbook.",
    "You mentioned the role, and i built similar dashboards for invoices.",
    "I enjoyed following up on the Kafka migration.",
    "I am glad we are following up on the Kafka migration; u asked about the CDC lag.",
    "We’re circling back to the dashboards, and ı think the Kafka lag matters.",
    "Dana called the Kafka migration a slow-motion outage.",
    "As we agreed, the Kafka migration comes first.",
    "I liked how you toured us through the Kafka cluster.",
    "Sorry again about the Guinness tap; I'll practise the pour.",
    "SORRY AGAIN ABOUT THE GUINNESS TAP AND THE QUIZ CROWD.",
    "I enjoyed the rush once the lunch crowd came in.",
    "Her point about the weekend rota and the Fifth and Main bollards stuck.",
    "I still remember how she laughed at the Wowowin story.",
    "About her insulin schedule and her walks, I am used to this.",
    "As for the Tacoma returns backlog, I would start with cycle counts.",
    "Loved how the crew plated the risotto, and the F-150 misfire was a good test.",
    "Thanks for watching me plate the risotto; I saw how you plate it.",
    "The contractor explained the mullion spacing during the site walk with the foreman.",
    "The Gantt chart on your whiteboard kept bugging me on the train home.",
    "I froze during the Excel pivot-table exercise, so here is a cleaner pivot.",
    "Your numbers on renewal retention were eye-opening; the test is still rattling around.",
    "I liked hearing about [insert something you discussed] and the [deck](https://x.io) you sent.",
    "Fun talking through the on-call setup; the part where Grace owns the SOC 2 audit helps.",
    "",
    "\n\n",
]


def _notes(nlp) -> list:
    from pathlib import Path

    from notelint import directives
    from notelint.note import Note, parse_layout

    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "examples").rglob("*.txt")) + sorted((root / "examples").rglob("*.md"))
    paths += sorted((root / "benchmarks" / "corpus").glob("*.txt"))[:300]
    notes = []
    for path in paths:
        text = directives.find(path.read_text(encoding="utf-8")).text
        notes.append(Note(text, parse_layout(text), nlp(text), str(path)))
    notes += [Note(t, parse_layout(t), nlp(t)) for t in (_note(s) for s in SENTENCES)]
    return notes


def _sentences(notes) -> list[str]:
    from notelint.rules import no_conversation_reference as rule

    found = list(SENTENCES)
    for note in notes:
        for section in (note.subject, note.body, note.postscript):
            found += [rule._sentence_text(note, s) for s in note.sentences_in(section)]
    return found


@pytest.fixture(scope="module")
def notes(nlp) -> list:
    return _notes(nlp)


def test_patterns_are_tried_where_they_can_match(notes) -> None:
    from notelint.rules import cues
    from notelint.rules import no_conversation_reference as rule

    for text in _sentences(notes):
        lower = text.lower()
        if len(lower) != len(text) or rule._ODD_CASE.search(text):
            continue  # these sentences take no shortcuts
        for pattern, starts, verbs in (
            (cues.CUE, cues.CUE_STARTS, cues.CUE_VERBS),
            (cues.GERUND_CUE, cues.GERUND_STARTS, frozenset()),
        ):
            fast = [m.span() for m in rule._matches(pattern, text, lower, starts, verbs)]
            assert fast == [m.span() for m in pattern.finditer(text)], text


def test_cue_checks_match_their_patterns(notes) -> None:
    from notelint.rules import cues
    from notelint.rules import no_conversation_reference as rule

    def span(match):
        return match and match.span()

    for text in _sentences(notes):
        found = [*cues.CUE.finditer(text), *cues.GERUND_CUE.finditer(text)]
        for cue in found:
            assert rule._weak(cue.group(0)) == bool(rule._WEAK_CUE.search(cue.group(0)))
            for start in (0, cue.start()):
                tail, at = text[start:], cue.end() - start
                assert span(rule._next_clause(tail, at)) == span(rule._NEXT_CLAUSE.search(tail, at))


def test_sentence_shortcuts_change_nothing(notes) -> None:
    from notelint.rules import no_conversation_reference as rule

    for text in _sentences(notes):
        assert rule._sentence_refers(text) == rule._sentence_refers_slowly(text), text


def test_trying_the_likeliest_sentence_first_changes_nothing(notes) -> None:
    from notelint.rules import no_conversation_reference as rule

    for note in notes:
        sections = (note.subject, note.body, note.postscript)
        in_order = [s for section in sections for s in note.sentences_in(section)]
        plain = any(
            rule._sentence_refers_slowly(rule._sentence_text(note, sentence))
            and not rule._discounted(note, in_order, sentence)
            for sentence in in_order
        ) or rule._recap_refers(note, in_order)
        plain = (
            plain or rule._likened_refers(note, in_order) or rule._opening_refers(note, in_order)
        )
        assert rule.refers_to_conversation(note) == plain, note.text


# References the blind rounds 58 to 66 found the rule did not yet see.
@pytest.mark.parametrize(
    "body",
    [
        "I am very happy that you let me show the Thai massage stretching on Khun Mark.",
        "I'm still laughing about the guest who checked in with a parrot for the weekend.",
        "I appreciated the detail you went into this morning about how the team handles "
        "required minimum distributions in the last quarter.",
        "As per our discussion during the interview on Saturday regarding the new admission "
        "portal, I coordinated the move to online forms at my last school.",
        "i didnt know you guys do the oat milk cortado thing with the extra shot.",
        "I enjoyed hearing about the falls prevention clinic you're setting up in Tuam.",
        "It was a blessing to see your rotary parlour with 50 bails and how calm the cows are.",
        "During the viva voce, the board asked me about reducing container dwell time at the "
        "port yard, and I would add pre-arrival processing of manifests.",
        "It was helpful to hear from Ms. Greene and Mr. Hall on Tuesday about the payroll "
        "reconciliation backlog.",
        "Loved meeting the team today. The story about the wedding party and the lost rings had "
        "me laughing.",
        "I know my laminated dough was uneven on the trial, and I'd still love to join.",
        "I'm sure I came across as nervous when you asked about the Sage upgrade.",
        "Just following up on the forklift assessment this morning. My references are attached.",
        "I hadn't thought about pulling the bins on the slope at Moor Lane rather than pushing "
        "them, and the lads made it look easy.",
        "I appreciated the chance to look at the Worcester combi in your workshop.",
        "You told me the Rotterdam – Milan route needs a driver with an ADR certificate.",
        "I know that in the live coding I was nervous and did not finish the React form "
        "validation, so I finished it the same evening.",
        "I enjoyed watching Tomasz shape the rye loaves at the bakery on Thursday.",
        # what the interviewer pointed to, read afterwards, was still pointed to there
        "I read the article on rota design you mentioned, and it changed my mind.",
        "Seeing the microbiology lab and its new MALDI-TOF bench made the role feel real.",
        "I appreciated the overview of the permit intake process and the new scheduling "
        "system the department plans to roll out in the spring.",
        "I liked very much the explanation about the new mobile check-in for older guests.",
        "I appreciated the tip about keeping the microgreens in the lowboy instead of the rail.",
        "Checked the spec when I got home. You were right, they're KS1000 RW at 80mm, not the "
        "100mm I guessed, so the fixing centres I quoted stand.",
        "As mentioned in the interview, I have rebuilt the Sage payroll export for a care group.",
        "I know I could not finish the linked list reversal question in the coding round.",
        "I was glad to discuss the Appium framework migration your team is doing for the app.",
        "I interviewed on Wednesday and spoke with Tanya about the backlog of denied Medicare "
        "claims from the system switch.",
        "I especially appreciated the case on the regional logistics borrower and its covenants.",
        "On sterile compounding: I haven't worked in a cleanroom myself, but I completed the "
        "NAPRA-aligned course at Humber.",
        "Your team's plan to pull standing admin rights before the audit in September is a good "
        "call.",
        "I was glad that we could talk in detail about the stage transfer criteria in your "
        "IFRS 9 model.",
        "During the interview we discussed the antimicrobial stewardship program and the daily "
        "rounds.",
        "I loved the idea of the TikTok series with the alfajores factory.",
        "I was pleased to be asked about non-sterile compounding, as I prepared suspensions daily.",
        "I wanted to pick up the point about the backlog of disclosure bundles on the disrepair "
        "files.",
        "The latte art thing was so fun lol, sorry my rosetta came out looking like a potato.",
        "I appreciated the candour of Thursday's discussion with you, particularly on the 2026 "
        "covenant reset.",
        "I enjoyed sitting in on the phonics group, and the boy who sounded out dinosaur.",
        "During the interview, the lady from HR mentioned that the office will move to Tianhe "
        "district in September.",
        # Round 80: a visit of the interview that closes or opens the clause, a reported
        # opinion, a ride-along, something said on the way out.
        "I looked into the Chromebook charging carts at Lincoln Elementary after the tour.",
        "Figured out why the dock door numbering looked off on the walk-through.",
        "I tracked down the Jura we couldn't place at the end of the tasting.",
        "Since the storage tour I have been wondering about the two data loggers in the textile "
        "store reading 58 percent RH.",
        "Denise seemed to think the same split might help with your month-end backlog.",
        "Riding along with Pete on the Lebanon route yesterday answered most of my questions.",
        "Shadowing Maria on the ward showed me how the handover board works.",
        "Marjorie, the Tuesday volunteer, told me on the way out that the hardest part of her "
        "shift is not knowing who is coming to help.",
        # Round 81: a topic that came up, a promised thing sent, a correction of what was said.
        "I was thinking further about the month-end close delay which came up, with the "
        "intercompany reconciliations between the Pune and Chennai entities.",
        "As promised, I've attached the reading intervention tracker I use with my Year 4 class.",
        "The program officer at the Hollis Family Foundation is Marcy Alvarez (not Alvarado, as "
        "I said).",
        # Round 82: text-speak "bout", "you saw", "in the trial", "your instruction on".
        "thanks 4 the chat bout the double up calls in Bingley, makes sense to start with them.",
        "I pick things up fast, you saw that in the trial when I was plating the mixed grills.",
        "I took note of your instruction on the use of the visitors' register at the main gate.",
        # Round 83: something done together in the interview.
        "I enjoyed sketching the packaging idea for the oat milk line with you.",
        "I liked doing the practice till transaction with Jess.",
        # Round 84: a task of the interview and when it was
        "I enjoyed shadowing the dental cleaning on the elderly greyhound this morning.",
        # Round 85: the committee's question, the end of the walk round
        "I appreciated the committee's questions on Tuesday, especially the one about the conduit "
        "bending problem.",
        "I got the hang of the RF scanner by the end of the walk round.",
        # Round 86: a case "we ran out of time on" (not "in case you need it")
        "I've started sketching how I'd handle the duplicate-webhook case we ran out of time on.",
        # Round 90: a name set off by commas before its verb; a chat placed before its topic
        "The lady who did the walk round, Sandra, said the pick rate target is 120 units an hour.",
        "Good to chat at the van this morning about the bathroom refits in Harlow.",
        "Good talking with you today about the Reno run.",
        "You mentioned the move from MYOB to Xero planned for July.",
        "A quick correction: I told you I'd been on the cardiac ward for four years, but it's three "
        "and a half.",
        # Round 96: a relative clause names what was said before it
        "I'd love to follow up on the idea of moving reconciliation to streaming that we touched on.",
        # Round 98: a verdict on an idea
        "The idea of doing Ramadan Reels with the small bakeries in Heliopolis is honestly genius.",
        # Round 159: an echo with no cue word
        "The numbers on the checkout redesign, especially the 11% drop-off at the address step, "
        "have had me sketching ever since.",
        # Round 160: their way of doing a thing
        "I enjoyed talking through how you staff up for peak in November.",
        # Round 161
        "we spent ages on their postgres failover setup and the pgbouncer thing from the black "
        "friday incident.",
        "The pair programming bit with Dev went really well, we got the pagination bug fixed.",
        # Round 162: in the subject
        "Re: The 3 a.m. reefer alarm question. I'd add one step to my answer.",
        # Round 167: lower case, a text message
        "just out of the interview with raj. we spent most of it on the returns backlog at the "
        "leeds site and i think it went well.",
        # Round 168: speaking, with a time before "about"
        "Great speaking earlier about the churn model for the B2B tier.",
        # Round 169: a person of theirs named by role, a walk along a line
        "A platform fee would avoid the seat-counting fights your sales lead described.",
        "I enjoyed the walk along the corrugator line.",
        # Round 169: a text with no determiner
        "Just wrapped with the nursing leads. Good conversation about ICU staffing ratios.",
        # Round 174: a talk with a third person, a question written "q"
        "She and I spoke this morning about the reconciliation engine and the nightly batch.",
        "the forklift safety q threw me for a sec but I think I recovered ok.",
        # Round 175: a scenario run through, a trial dish, an hour spent on a topic
        "I appreciated the chance to run through the cardiac arrest scenario with your trainer.",
        "I cooked the trial dish of hake with brown shrimp butter for Chef Morgan.",
        "Wei Jie spent most of the hour on the Kafka migration and the consumer lag.",
        # Round 177: "grilled me on"
        "Your critique of my onboarding flow was spot on: asking for payment details on screen two "
        "does feel like a wall.",
        "he grilled me on the forklift cert renewal thing but i had the dates ready.",
        # Round 176: what they gave the writer to read is theirs
        "I looked at the ratings online for the kiosk you showed me.",
        "The Sunday Times piece you mentioned on Kafka migrations was useful.",
        # Round 163: cues kept beside their look-alikes
        "Your point about the dock schedule stuck with me.",
        "Marjorie told us on the way out that the rota changes in May.",
        # Round 180: a thought that will not go away
        "I can't stop thinking about the prototype freezing on the seat-map screen.",
        # Round 182: a title with "deputy"; a topic named after a blank field
        "the deputy head asked loads about the phonics groups so glad I'd read up on it lol.",
        "I enjoyed discussing [insert something you discussed] and the plan to put pharmacists "
        "into the pre-admission clinic.",
        # Round 184: what they showed, reviewed since
        "I have been reviewing the rota you showed me on your website.",
        "That story about the logistics client who almost churned after the Salesforce migration "
        "was wild.",
        # Round 185: their reaction to the writer's work, a walk-through of theirs, a named change
        "He loved the Yarra Valley wedding set and asked heaps about my lighting for the winery "
        "shots.",
        "Your walk-through of the ventilation model for the new decline was the clearest I know.",
        "Loved hearing about the Lisbon office move 😄 Super keen to join the design team.",
        "I loved hearing about the Lisbon office move.",
        # Round 187: a topic after a blank date
        "I enjoyed our discussion on XXX about the TB GeneXpert testing and the sample transport.",
        # Round 187 probes: a person met, a story, something learnt there, their next event
        "Meeting Carlos from the warehouse was a highlight.",
        "The 3 a.m. pager story made me laugh.",
        "I hadn't realised the Leeds depot runs two night shifts.",
        "Good luck with the Aldi pitch next week!",
        "The reach truck was a bit different to what I'm used to but I got the hang of it.",
        # Round 188: an objection of theirs
        "I have reconsidered your objection that the variational formulation conflates "
        "precision with gain control.",
        "I went back through the job description and the point you made about the Leeds rota "
        "backlog stands out.",
        "It was interesting learning about the company and the Atlas rostering tool you showed me.",
        # Round 189: an exercise's question
        "I've been thinking about the whiteboard question since Friday.",
        "Further to our conversation on Thursday about the Bergen warehouse consolidation, I "
        "have drafted a one-page plan.",
        # Round 190: a day's call about something
        "Is there any word from Deepak after Tuesday's call about the SAP S/4 data migration?",
        # Round 193: two people met, and how they took the writer's idea
        "Mark and Aisha loved my click & collect idea for the back door so the tills don't back "
        "up on Saturdays.",
        # Round 193: someone else in the room asked
        "During the open forum, a student asked how I would respond if a protest encampment "
        "were set up on the quad during finals week.",
        "One panel member asked about my work with CESPT during the 2023 sewage spills at Playas "
        "de Tijuana.",
        # Round 195: moments of a trial day
        "I was a bit slow plating the risotto when the 8pm rush hit, but I picked up a lot just "
        "watching how Jess calls the pass and keeps the tickets moving.",
        "I enjoyed taking the Primary 2 pupils through the phonics reading session.",
        "It was a pleasure to hear about the work going on in the lab on CAR-T manufacturing.",
        # Round 197: helping in the room during the session
        "I enjoyed the session in the Caterpillar room, especially helping the toddlers with the "
        "sensory tray of cooked spaghetti.",
        # Round 198: a task named by its topic
        "I keep going back over the shoplifting role-play from Tuesday.",
        "Just wanted to say the ladder drill on Thursday was heaps of fun.",
        # Rounds 199 to 202: texted, talked at length, a task set, a piece of work, screen-shared
        "was gr8 hearing how the holiday pop-up at Eastgate mall did last yr",
        "Talked a lot with Denise about the holiday staffing plan and the 6am truck.",
        "Dave had me isolate a radiator and talk him through each step.",
        "Loved hearing about the festival poster brief yesterday.",
        "I went back to the swamp biome greybox you screen-shared and relit the second clearing.",
        # Rounds 203 and 204: a task set, the last of joined clauses, the panel's questions,
        # the writer's own answer
        "The owner Sam got me to pull a couple of shots on the La Marzocco.",
        "the interview went great on my end and the holiday pop-up by the food court sounds "
        "awesome",
        "I appreciated the panel's questions about e-discovery.",
        "In the interview I only mentioned my reading group briefly; two of its children had "
        "EHC plans.",
        # Rounds 205 and 206
        "Loved yesterday's deep dive on the actuator thermal issue.",
        "I know the sales director wasn't sold on my pipeline numbers from last year.",
        "The pharmacist I met, Dr. Kim, explained how the drive-thru line backs up around 5 p.m.",
        "She had me do a practice till transaction.",
        "Priya pushed on what happens when Redis falls over.",
        # Rounds 207 to 209
        "Mike had me strip and land a few conductors on the practice panel.",
        "gonna be honest the short rib braise went better than I expected.",
        "He ran through the Caboolture hospital job and asked about my backflow testing ticket.",
        "the idea about moving the skincare testers near the cashier is really smart",
        # Round 210: a trick shown, the most interesting call, a task they let the writer do
        "Your trick of scribing the jamb with a washer saved me a lot of planing.",
        "The rooftop unit at the dental office with the failed condenser fan motor was the most "
        "interesting one.",
        "I liked that you let me take the amp readings and walk the customer through the quote.",
        # Round 211: a task's verdict
        "the latte art part of the trial today was lowkey stressful lol",
        "I also noted the advice from the class teacher, Mrs Adebayo, on keeping the slower "
        "readers close to the front.",
        # A name with accented letters is a name like any other
        "Gráinne mentioned the new robot dispenser going live in June.",
        "Élodie walked me through the month-end close checklist.",
        "Síofra asked how I'd handle the backlog of repeat prescriptions.",
        # Round 213: a tour given, a subject and an adverb
        "He took me through the shearing shed and asked about my header licence.",
        "they mostly grilled me on the medicare billing backlog.",
        # Round 214: a topic put first with its place; their setup set against the writer's
        "About the client in Flatbush with the Hoyer lift, I did the transfer many times.",
        "Just got out of the interview + floor walkthrough at the Reno DC, gonna be honest the "
        "pick-to-light setup on the mezzanine is way cooler than what we have at my current place.",
        # Round 211: a task of the day as a gerund subject, weighed
        "Laying those pavers round the spa pool was gonna be a nightmare with the fall going the "
        "wrong way.",
        "Learning to bed the slabs on a full mortar bed rather than spot-dabbing was new to me.",
        # Round 215: good fun, and what took a while to get used to
        "drafting the lambs this arvo was good fun, took me a while to get the gate timing right.",
        "Picking on the voice headset took me about an hour to get used to.",
        # Round 216: a named person's note
        "Chef Laurent's note that my beurre blanc split under pressure was fair.",
        # Round 217: tasks done on the named day, told plainly; "ur right"; "thank u for"
        "Shovelled out the footings for the slab with the boys and ran the wacker packer most of "
        "the arvo, gonna be sore tomorrow lol.",
        "On Monday I replaced the CV joint on the white Hilux and did the brake pads on the Polo.",
        "ur right the reach truck in aisle 14 is way touchier than the sit-down ones.",
        "omg thank u so much for the cupping session yesterday!!!",
        # Round 218: before lunch is the day
        "Got the edging done along the back border and laid about half the sleepers with Rob "
        "before lunch.",
        # Round 219: came away thinking a lot about it
        "I came away thinking a lot about the Saturday build crews in Slavic Village, and how "
        "many corporate groups cancel in the final week.",
        "I went home thinking about the trolley bay by the loading dock.",
        # Round 221: going through it with me, a task owned up to, a query raised, a hashtag
        "I appreciate you going through the harness and tagging checks with me at the yard.",
        "I know I fumbled the planogram task on the shampoo bays, but I've gone over it since.",
        "In response to the query raised by the Hon'ble member regarding the delay in the district "
        "release of the survey tables, the method I followed cut it to four weeks.",
        "I checked, and the #BagyoWatch typhoon thread I mentioned reached 1.2M views.",
        # Round 222: what the writer explained in the interview
        "I also explained how I handled the daily cash reconciliation during my internship at "
        "the cooperative bank, where the vault balance had to match before 5 p.m.",
        # Round 223: a nursery's session, helping a named person, questions on a topic, a text
        # written all in lower case (names, "w" for "with")
        "I especially enjoyed the messy play with the toddler room.",
        "I enjoyed helping Ms Rowe settle the two new starters at snack time.",
        "Following Sunday's interview and the technical questions on the A320 fuel system, the "
        "details are below.",
        "reckon i had the espresso martini batch sorted by close, kayla's tip on pre-chilling the "
        "coupes was gold.",
        "ride along w marcus was solid today, we wrapped 142 stops by 4.",
        # Round 225: the problem they set
        "I especially enjoyed the design problem about reconciling duplicate ledger entries.",
        # Round 227: the panel's focus, a shadowed shift judged after a comma ("w/" for
        # "with"), a task the writer was let help with
        "I was encouraged by the panel's focus on fatigue management for the night shift at the "
        "Mogale shaft.",
        "Just left the store, shadowing the closing shift w/ Luis was actually fun.",
        "He let me help tie in the ledgers on the second lift.",
        # ... and in a text all in lower case, "u" for "you" (round 217's "ur right" above is
        # "you're right")
        "watching u do that copper balayage on the bride was unreal.",
        # Round 228: a question on a drive-thru lane (no commute), a quiz answer got wrong, a go
        # on a machine, a practice task weighed
        "You asked me how I would get the drive thru time under 3 minutes at lunch.",
        "I got step 4 wrong in the quiz, it's the try-out to check the machine won't start.",
        "It was good to get a go on the reach truck in aisle 12.",
        "The till practice with the coupons was tricky, especially the double scan one!",
        # Round 229: tasks of the day weighed ("new for me", "good learning", "actually fun",
        # after an emoji), a lot got out of doing one
        "changing the barrels w/ Gaz down in the cellar was new for me but i think i got the hang "
        "of the couplers by the end.",
        "helping mr frank w/ his breakfast and doing the hoist transfer with Bea was really good "
        "learning for me.",
        "pairing w/ the platform team went way better than i expected 🙌 debugging that flaky "
        "terraform plan w/ Ines was actually fun.",
        "Got a lot out of doing the boxing for the slab on the Hobsonville job.",
        # Round 230: the trial's tasks done with someone named
        "I did the tills and the fragrance fixture with Jade, I think it went ok??",
        # Round 232: a task of the day enjoyed; what was relayed to a recruiter (a name with
        # an honorific, frankness, the hour spent)
        "I enjoyed doing the interior valet on the Range Rover, especially the steam cleaner.",
        "Ankit sir said my system design round was weak on the caching part.",
        "Jordan was straight with me that retention is the real problem.",
        "We spent most of the hour on the Leeds depot handover.",
        # Round 233: a question about the writer's experience with named kit, their notes on the
        # writer's work, their kit compared with the writer's
        "You asked about my experience with NIV and BiPAP, and I am confident with both.",
        "I enjoyed the portfolio review, especially your notes on my swamp scene.",
        "The reach truck was a bit different to the counterbalance I'm used to.",
        # Round 234: tasks of the day as the best parts of it
        "Styling the mannequin for the denim table with Kira, and figuring out the fitting-room "
        "call system by the afternoon, were my favorite parts of the day.",
        # Round 236: a task weighed ("full on", "decent practice"), a figure of theirs, the
        # board's hesitation
        "Working the larder section with Lucy was full on, especially picking the sea herb.",
        "cutting in the new waste with you was decent practice.",
        "Raj, you put the fleet at roughly 61% and asked what I would look at first.",
        "Wei Ling, I understand the board's hesitation after what happened at Pasir Gudang.",
        # Round 237: a texted task with no article, a task set with a tool, a team that said
        "Carted gyprock up to level 3 most of the morning.",
        "The foreman had me on the Hilti nailing off bottom plates.",
        "The goods-in team also mentioned that the 6 a.m. wave often backs up at the wrapper.",
        # Round 238: tasks of the day ("finished the", "taught the", "before closing", "by 4"),
        # the best bit of the shift, a task done slowly, a customer helped, a job left for the
        # writer, a walk-through, what they did, explained
        "finished the consumer unit swap at the hollis rd flat w gaz, all tested n signed off by 4.",
        "Finished the bank reconciliation for the Lekki branch before closing.",
        "Taught the Year 4 fractions lesson with the paper pizzas this morning.",
        "The best bit of the shift for me was the woman looking for a present for her grandson.",
        "I know I was slow with the hoist transfers today.",
        "Really enjoyed the trial, especially helping the aunty who wanted a Kanjeevaram silk.",
        "Finished the privilege log you left me on the Mokoena matter.",
        "Loved the cross-dock walk-through, especially the colour-coded door board.",
        "Hearing you explain how you rebuilt the Macau gaming coverage was a masterclass.",
        # Round 241: a task that took longer than the writer liked; a member who changed the
        # writer's mind about a thing of the job
        "Truing that rear wheel on the stand with Kenji took me longer than I'd like, but I got it "
        "within half a millimetre by the end.",
        "Sipho's member with the sore knee made me rethink the goblet squats, so next time I'd "
        "swap them for box squats.",
        # Round 242: a case named by its kind
        "the profitability case was a grocery chain losing margin on delivery and i nailed the "
        "driver tbh.",
        # Round 243: a group task named by what it was
        "the group task wiring the consumer unit was class, i was the one who spotted the missing "
        "earth on the board.",
        # Round 243: a station for part of the day, a task done with someone named, a task
        # weighed after a fronted clause; round 244: a story pitched; their volume with its count
        "they had me on the canning line most of the morning and I sorted a jam on the seamer.",
        "I helped Priya flip the main hall from ceremony to reception in under forty minutes.",
        "When the rain came in around four, moving the cocktail hour under the tent with Marcus was "
        "the most hectic half hour of my week.",
        "The council budget story I pitched in the interview, the $4.2M overrun on the Riverside "
        "transit hub, is one I've been sourcing for months.",
        "Brunch is doing 180 covers on Sundays through a single pass.",
        # Round 246: a task set with a plural object, a gerund after "and", a dish gone wrong
        "the manager had me pull shots on the la marzocco and my first one ran way too fast lol",
        "I particularly valued the time on the medication round with Femi and seeing how your eMAR "
        "system flags PRN doses.",
        "i know the risotto went wrong at the start but i can do better i promise",
        # Round 247: a back-and-forth with someone named
        "I enjoyed the back-and-forth with Ellen about how the firm splits origination credit.",
        # Rounds 249-251: each of several interviewers, one partner, something not said to a
        # person met, a system moved to
        "I appreciated how each of you brought a different angle: Dr. Alvarez on the faculty side "
        "of the LMS migration.",
        "During the portfolio review, one partner asked me why I chose timber for the residence.",
        "I forgot to say to the supervisor that I also have the licence for the reach truck.",
        "When we spoke, you mentioned the hotel is moving to Opera Cloud in June.",
        "Tricky one on the Wattle Street rezoning and the flood overlay, but I got there.",  # round 252
        "The crane signalling bit went ok I think.",  # round 253
        "It was really good to shadow Ailsa on the morning round today.",  # round 255
        "Plenty of people would have glossed over the 2 a.m. cut-off scramble and the TMS overrides.",
        "The practice manager asked how I'd deal with a patient upset about the phone queue.",  # round 256
        # Round 258: a task of the day that was fun to do, a verdict of "no joke" on it
        "The window brief for the spring launch was fun to sketch out.",
        "good laugh on the ealing move today, that piano up three flights was no joke.",
        # Round 263: a person met on the day, thanked or greeted; what they told the writer
        "Please pass my thanks to Derek on reception.",
        "Please give Biscuit a scratch behind the ears from me.",
        "The receptionist told me about the night rota at the agency.",
        "As discussed, I have two years on Opera PMS, and I understood from you that the night "
        "audit is handled by the front office team.",
        "Ever since the tour of the Leeds depot, I have been thinking about the pick rates.",
        # Round 267: a simulator session, a named person's comments
        "During the simulator session I handled the engine failure at V1 on runway 22R.",
        "I also took note of Captain Ahmed's comments on crew resource management during the "
        "diversion to Bergen.",
        # Round 270: a thing still on the writer's mind; what a named person described
        "The organoid barcoding trick is still on my mind.",
        "I'm excited to help with the Kano expansion that Tunde described in the second interview.",
        # Round 271: a correction owed on a case from the interview
        "I owe you a correction on the Rhine–Ruhr case from yesterday's interview.",
        "The work you did on the rota planner is close to what I ran.",  # round 272
        "Hearing about your culture of blameless postmortems, I thought of our last outage.",
        "the lego bridge challenge was honestly chaos.",  # round 274
        # Round 244: what was described to the writer
        "The spreader failures on the Berth 7 ship-to-shore cranes that were described to me are "
        "very similar to what I saw.",
    ],
)
def test_references_said_in_other_ways(assert_findings, body: str) -> None:
    assert_findings(_note(body), select=RULE)


@pytest.mark.parametrize(
    "body",
    [
        # A trial shift named as the event, like "our interview", names nothing in it.
        "Just a quick note after my trial shift at Grindhouse on Saturday. Everyone was friendly.",
        # A conversation "last week about" the job is still about the job.
        "I wanted to follow up on our conversation last week about substitute teaching.",
        # What follows "I read about ... on your website" was read, not said.
        "Before and after our meeting I read about Dr. Okafor's work on home visiting on your "
        "website, and her approach, which puts the family's own goals first, is close to mine.",
        "I had never thought about working in retail before.",
        # Where an internal candidate has worked is their own history, not the interview.
        "As you know, I've been in the microbiology lab for six years now, and I covered the "
        "senior role last year.",
        "With six years on the floor at a cross-dock facility, I believe I can help your team "
        "run a safe and productive shift.",
        # A condition, a place of the job, the writer's application or the website are not
        # the conversation.
        "I can send over copies of my certs if you need them, and a reference from my last firm.",
        "I am very interested and would welcome the chance to lead a shift at your Daventry site.",
        "As mentioned in my application, I have five years of experience with Kubernetes, "
        "Terraform and Go.",
        "Since then I have spent some time on your website, and the story of the Eastside "
        "tenants' association that won back its heat and hot water stayed with me.",
        "The role aligns well with my twelve years of clinical practice and my experience "
        "teaching in simulation labs.",
        # The job followed up on, the writer's own feeling after the talk, a vision in general
        "I wanted to follow up on the Claims Processor position and pass along my updated "
        "resume, which now includes the ICD-10 coding class I finished last month.",
        "After our conversation I am even more interested in working for a public utility that "
        "serves the community I grew up in.",
        "It was so great to hear about your vision for Loop and where the product is headed.",
        # a job title that holds a place word is no place seen at the interview
        "I write to give continuity to the interview of last Monday for the position of "
        "warehouse team leader.",
        "just a quick one to say im well up for the picker job at the Daventry site, sounds like "
        "a good crew.",
        "I passed Level II of the CFA program, which gave me a solid grounding in valuation and "
        "portfolio analysis.",
        "I enjoyed our conversation about the role, and I kept thinking about how at my current "
        "lab we cut our rejection rate with a draw-technique reminder.",
        "I've been thinking about our conversation about the position and the season ahead.",
        # The employer's initiatives and the job's own description are not the conversation.
        "I was also excited to hear about the exciting initiatives ahead for the company and "
        "the team's vision for growth in the region.",
        "As we discussed, the role calls for a product leader who can define the roadmap and "
        "partner with engineering.",
        # The writer's own feeling or deeds around a visit, and their own past, are no topic.
        "After the tour I am even more excited to join your team.",
        "Since our call I have been thinking about how much I want this role.",
        "I updated my portfolio after the tour.",
        "I was impressed by everything I saw on the tour.",
        "I am more excited than ever after the walk-through.",
        "Since the interview I have been wondering whether I explained my experience well.",
        "The manager thought I would be a great fit for the team.",
        "Shadowing nurses in my clinical placement taught me patience.",
        "Riding along with my dad on his delivery routes taught me a lot.",
        # Documents sent as promised, the job that came up, the writer's own words before.
        "As promised, I've attached my resume and references.",
        "The role that came up was the night shift lead.",
        "As I said in my cover letter, I have ten years of experience in logistics.",
        # Praise of the talk, the team's unnamed problems, the writer's resolve after a meeting.
        "I found the discussion with the committee stimulating, and it has reinforced my interest "
        "in the position.",
        "The problems your team is working on are the kind I like best.",
        "After our meeting of yesterday I am even more convinced that the position of Senior "
        "Architect in your studio is the right next step for me.",
        "I passed my food hygiene course in my trial period at my last job.",
        "I loved working on the night shift with Dana at my last job.",
        "I enjoyed discussing the team's growth plans with you.",
        # The writer's own lab, the talk's lessons about the employer, a mission's verdict
        "In my current role I manage a team of six and coordinate the lab's NATA accreditation.",
        "I left our conversation with a deeper appreciation for the university and its vision.",
        "The Museum's mission to connect communities with the maritime heritage of the west coast "
        "is an important one.",
        "I loved seeing the kitchen today.",
        "By the end of the shift at my last job I could pick 150 lines an hour.",
        "By the end of the tour I was even more excited about the role.",
        "I can send my portfolio in case you need it for the panel review.",
        # Round 87: the writer's own history after "In that time", a resolve "the right move"
        "Our discussion of the Director of Operations role and the priorities for the year ahead "
        "left me more convinced that this is the right move for me.",
        "It was good to chat today about the role.",
        "I left Leeds, said goodbye to the night crew and started in Harlow last spring.",
        # Round 96: "that" after a feeling opens no relative clause; experience "in the classroom"
        "It was an honour to meet such a distinguished panel, and I am humbled that you considered "
        "my application.",
        "My experience in the classroom would make me a strong addition to your staff.",
        # Round 97: a mission that resonates is the employer's, not a topic of the talk
        "The mission of making financial planning accessible to everyone resonates with me.",
        "The role is genius, and the company is clever.",
        # Round 101: a second interviewer named gives time; "you and I" names no one
        "Thank you for the time you and I spent on the call.",
        "I know you and Tom made the decision together.",
        # Round 102: a title after "the position of", the warmth of a welcome, a bare follow-up
        "I am following up on the interview last week for the position of senior accountant.",
        "I am following up on the interview on Tuesday for the position of Locksmith and Access "
        "Control Installer.",
        "I was impressed by the professional atmosphere and the warm welcome I received.",
        "A follow-up on the Data Analyst position.",
        "I am just following up on my application.",
        "I enjoyed hearing about the Staff Nurse opening.",
        "I can do a mock interview with my mentor before starting.",
        "My CV looks like a good fit for the role.",
        "The role looks like a great fit.",
        "Calder's reputation for delivering projects on schedule is well known.",
        "The drive home was fine.",
        "Learning more about Northwind's engineering culture and its focus on shipping carefully "
        "made me keen to join.",
        "The commute was tricky to plan.",
        "My portfolio was hard to put together.",
        "You asked if I had any questions.",
        "The interview was the highlight of my week.",
        "It gave me a clear picture of the role.",
        "Our discussion gave me a real sense of the bank's client-first philosophy.",
        "Our conversation gave me a much better sense of the university's priorities.",
        "My five years at the Town of Cobourg gave me a solid grounding in public administration.",
        "The interview was very interesting.",
        "Many firms face similar questions, and it was useful to hear how the executive team "
        "approaches them.",
        "really enjoyed meeting u. super keen on the grad nurse role and the team next year",
        "That is why I applied.",
        "The interview was fun.",
        "That opportunity got me excited about the role.",
        "That conversation made me even more keen on the role.",
        "Yesterday's interview was a pleasure.",
        "I came away very impressed by Kowhai Pharmacy.",
        "Thank you for the opportunity to discuss the Senior Data Analyst position at Northwind.",
        "Thank you for taking the time to discuss the exciting work your team does.",
        "Meeting you was a genuine highlight of my career so far.",
        "The hospitality industry is still recovering from the pandemic and staffing shortages.",
        "Construction is still facing a shortage of skilled site managers across the country.",
        "The industry is still short of 200,000 workers.",
        "Two years in retail has taught me a lot.",
        "Five years at sea is a long time.",
        "Three of my references are attached.",
        "I would love to talk about the role further.",
        "I appreciated you being honest about the role.",
        "The team wants to grow and I would love to join.",
        "My practical experience and calm way of solving problems make me a good fit.",
        "My experience and work ethic would make me a strong addition to your kitchen brigade.",
        "My certification is still current and I have six years on forklifts.",
        "I've been out of work since the plant in Decatur closed in March.",
        "Following up on Tuesday's interview: I have attached my DBS certificate and two references.",
        "I enjoyed our conversation on Thursday and wanted to add a little more on my background.",
        "Bright Harbor's work has always stood out to me for its wit and clarity.",
        "After our conversation yesterday I can say that Northbeam is a great sales organisation.",
        "Those are my references.",
        "I especially enjoyed our discussion about ***, and it confirmed my fit.",
        'I have read your "Ask a Nurse" newsletter since I first subscribed.',
        # Round 157
        "At Wealthsimple I set up the first error budgets with the SRE group. Those budgets are "
        "still in use there today, and the Sev 1 count dropped from eleven to four.",
        "It was lovely to visit the Oxford office on Wednesday. The cycle along the canal from "
        "Jericho is only twenty minutes, so the location could not be better for me.",
        "Since then I have watched the video on your careers page about the Maasvlakte depot.",
        "The questions you asked gave me a lot to think about, and everything we talked about "
        "confirmed that this is a place where I could grow.",
        "Good to see Kestrel honoured its commitment to open-source the Android SDK last month.",
        "Happy to come back in and walk the floor whenever suits you.",
        # Round 160
        "I was impressed to read on your website that Shamba Fresh now works with 18,000 "
        "smallholder farmers and runs cold-chain hubs in Nakuru and Meru.",
        "I timed the journey on the way home: the bus from my flat in Levenshulme gets me to your "
        "Ancoats office in about 25 minutes.",
        "Learning more about the firm confirmed my view that its culture would suit the way I work.",
        # Round 162
        "As we discussed, I'm available to start immediately.",
        "Following our conversation, here is why I believe I am a strong fit:\n\n"
        "- 8 years in indirect procurement\n- CIPS Level 6 qualified",
        # Round 166
        "Following up on my interview, here is a short summary of relevant experience:\n\n"
        "- Migrated 60+ services from EC2 to EKS at my current employer\n"
        "- Certified Kubernetes Administrator since 2023",
        # Round 167: a quotation from the values page the writer reread
        "Following my interview, I went back to your website and reread the values page. "
        '"Listen first, then act" is a principle I have tried to live by in six years of work.',
        # Round 169: the writer's career, the writer's work offered, an opening on the sector
        # ("As" is no "a")
        "On reflection, my career has been a steady move from the warehouse floor to running sites.",
        "Attached is a case study. I thought it might be useful to see a fuller example of my work.",
        "As the CSRD widens to more companies from the 2025 financial year, demand for assured "
        "sustainability data is only going to grow.",
        # Round 163
        "At my last job I rebuilt our order routing in Go. The p99 latency dropped to 95 ms, and we "
        "retired the cron jobs that reconcile stuck orders.",
        "With third-party cookies on the way out, retailers with purchase data are in a strong spot.",
        "In 2023 I was asked to lead a team of five account executives.",
        "Since then I watched the KubeCon talk your VP of Engineering gave on running 4,000 "
        "Kubernetes namespaces with a team of six.",
        "Since then I've been reading about Paylo's Series C and the launch of Paylo Business. The "
        '"send in three taps" campaign that ran on MRT screens was one of the cleaner campaigns.',
        # Round 176: the press, the advert's words, a report, a blog, the writer's own projects
        "I read in The Business Times last week that Paylane raised US$85 million and plans to "
        "launch in Vietnam and the Philippines by next year.",
        "I saw in the Manchester Evening News that you're opening a second shop at Salford Quays.",
        "The posting also says the team is moving reporting from Excel to a central warehouse.",
        'The ad says you want someone who can "own the roadmap end to end".',
        "Since my interview I have read the latest integrated report, and I was struck by the "
        "target to grow SME lending by 15% a year.",
        "I had a look at the Northpoint blog tonight, and the post about the new Leeds office and "
        "the hybrid setup sounds like a great fit for how I work.",
        "These projects gave me solid experience with staged construction and municipal clients.",
        # Round 180: what was seen in what was read; papers of several years
        "Since then I've been reading your team's accessibility audit on the company blog, and it "
        "was good to see that you honoured the commitment to publish the full findings.",
        "Having read your group's 2023 and 2024 papers on root exudates, I think my pipeline could "
        "extend the rhizosphere sampling you describe as future work.",
        # Round 182: what follows a blank field is the writer's own, or no topic
        "I especially enjoyed our discussion about [specific topic], and it confirmed my belief "
        "that my background would be a strong fit.",
        "I especially liked hearing about [insert something you discussed] and how it connects "
        "to my final-year project.",
        # Round 183: the employer's mission, and the part a team plays in it
        "I left our conversation with a clearer understanding of Brightline's mission and of the "
        "role the engineering organisation plays in it.",
        # Round 184: what the writer did or read since, and what stood out in it
        "I have also been reviewing the hospital's patient charter on your website.",
        "I also listened to the half-year results webcast, which gave me a clearer picture of how "
        "the finance function reports to the board.",
        "Since our conversation, I have read through Harbour Mutual's 2025 annual report. The 11% "
        "growth in commercial lines premiums stood out to me, as did the new reserving committee "
        "described in the governance section.",
        "Here is a short update on what I've done since:\n\n- Finished the Embraer E175 "
        "familiarization course.\n- Read the FAA's airworthiness directives on the E175 landing "
        "gear.",
        "That story about my grandfather's shop is why I studied accounting.",
        # Round 185: the employer in general, and a wish told as a topic
        "I loved hearing about the Lisbon office.",
        "Flying with Falcon Air is truly my dream, and I was starstruck meeting such a leader.",
        # Round 187: the writer's own before, a decision date, text-speak, a blank topic
        "Nice to finally see the inside of the place after walking past it for years lol.",
        "they said they'd decide by end of next week.",
        "I enjoyed our discussion on [date] about [topic].",
        "Meeting You was great.",
        "The story about my grandfather's shop made me smile.",
        "I hadn't realised how much I missed teaching.",
        "Good luck with the rest of the interviews.",
        "The job was a bit different to what I'm used to.",
        "I hope I addressed your reservations.",
        "It was different from what I expected, but I got the hang of the new rota system.",
        "After reviewing the job description again, I'm confident my skills align with your needs.",
        # In the style of published samples: the employer and its products in general
        "It was really interesting learning about the firm and the mobile apps it builds.",
        # Round 189b: a letter's frame and a polite exchange name nothing discussed
        "Further to our conversation on Thursday, I wished to write briefly to reaffirm my "
        "interest in the Engagement Manager position.",
        "I very much enjoyed our meeting on Monday and the opportunity to exchange views.",
        "Tuesday's call about the role was helpful.",
        # Round 191d, 192a: the place in general; the company's website read
        "It was great to learn more about how the café runs.",
        "I have gone through your company profile on the website and I am impressed with your "
        "network across North India.",
        "I enjoyed learning more about the charity and the work it does.",
        # Round 193: others' liking of the writer's past work, not the interview
        "Customers and staff loved my weekly specials board.",
        "My students and I loved the science fair every year.",
        # Round 193: the unit and its work in general
        "I enjoyed learning more about the unit and the work being carried out across the "
        "research program.",
        # Round 195: the writer's own past; what is still to come
        "I enjoyed taking the team through the year-end close at my last firm.",
        "It was a pleasure to hear about the work going on in the lab and where Halden Bio is "
        "headed over the next few years.",
        "At my last nursery I loved helping the children with their phonics.",
        "I enjoyed the group exercise.",
        "I think my background in test automation would be a good fit for the team.",
        "I wanted to follow up on my interview for the Associate Consultant – SAP FICO position "
        "held on Friday.",
        "I would be grateful for written feedback on my performance once the panel has concluded "
        "its deliberations.",
        # Rounds 199 to 201: the round to come, the past job, a published budget
        "My availability for the second round is Sunday to Wednesday after 2 pm.",
        "At my last job they had me run the stockroom.",
        "I enjoyed learning about the digital marketing team.",
        "I would be grateful if the panel could reach a decision within the next two weeks.",
        "Interview's done, think it went alright, they were nice enough and it all seemed fine.",
        "Just following up on the HGV driver interview from Tuesday.",
        "Please let me know the outcome when you can.",
        "The idea of making cross-border payments boring for small businesses is exactly my kind "
        "of problem.",
        "I was especially interested to see in the FY2025 Adopted Budget that the County is "
        "expanding its performance-based budgeting pilot.",
        # Accented letters read as plain ones change nothing else
        "Thank you for the interview; I am still very keen on the rôle.",
        "Zoë and I both hope the café reopens soon.",
        # Round 213: a course or a past boss took the writer through something
        "The course took me through the basics of Excel.",
        "My old boss took me round the site every morning.",
        # Round 214: the job's place alone; the writer's own app compared
        "About the job in Leeds, I'm in.",
        "My own rota app is way better than what we have at my current place.",
        # Round 211: the writer's past or life as a gerund subject
        "Managing a team of twelve at my last job was a challenge.",
        "Juggling college and the café was tricky at first.",
        "Learning Python at university was new to me.",
        "Working nights was tricky at first.",
        # Round 215: the writer's own move, licence and terms
        "Moving house took me ages to sort out.",
        "Studying for my forklift licence took me a while to get right.",
        "As mentioned earlier, my current package is AED 18,000 per month including housing.",
        # Round 217: the writer's own day, degree and the employer in general
        "On Friday I ran the Leeds half marathon in under two hours.",
        "Yesterday I fixed the boiler at home with my dad.",
        "Today I handed in my notice at the bakery.",
        "As mentioned, I hold a BEng from the University of Leeds and two placements in design.",
        "Learning more about the regional office and its mandate confirmed my interest in public "
        "service.",
        # Round 219: thinking about the writer's own career or the role in general
        "I came away thinking a lot about my career and where it goes next.",
        "I came away thinking about the role.",
        # Round 221: the writer's own hard time, exam and appraisal
        "It has been hard going through redundancy this year.",
        "I messed up my last exam.",
        "The concerns raised in my last appraisal were about time keeping.",
        # Round 222: explaining in the writer's past, or explaining a wish
        "At my last job I explained how to use the till to new starters.",
        "I explained how much I want the job.",
        # Round 223: the writer's own family and chores; a name that is also a word
        "I was helping Mum clean the house last year.",
        "i will mark the dates in my calendar and bill you for the call.",
        # Round 225: the writer's own problem
        "The problem about my last job was the commute.",
        # Round 227: the writer's past job, an offer of help, the crew met and a guess
        "At my last job, shadowing the night shift with Maria was great.",
        "Let me help answer the question.",
        "I enjoyed shadowing the night shift on my placement.",
        "was good to meet the boys, reckon i'd fit in fine.",
        # Round 228: a commute, an exam of the writer's, a wish for a go, a job weighed
        "The drive from my flat to the depot is only twenty minutes.",
        "I got it wrong in my last exam.",
        "I'd love to have a go at the new role.",
        "My last job was tricky.",
        # Round 229: the event itself, how a round went, a job of the writer's own
        "I attended the cabin crew assessment day in Cairo last week and wanted to follow up with "
        "you directly.",
        "Just a short note to say the second round went well from my side.",
        "I got a lot out of doing the boxing at my last job.",
        # Round 230: tasks at the writer's last job, the other candidates
        "I did the training with Sarah at my last job.",
        "I'm sure the others you saw were a lot more experienced than me.",
        # Round 232: the writer's own past, the writer's own frankness
        "I enjoyed doing the accounts at my last job.",
        "I was straight with them about my notice period.",
        # Round 233: a depot that closed in the writer's past, a job unlike the writer's last
        "I've been out of work since the depot I was at closed in August.",
        # Round 235: the panel's deliberations to come, praise "without question"
        "If anything further would help the panel's deliberations, I can send it straight away.",
        "Your studio is without question the most visionary practice in the Pacific Northwest.",
        # Round 236: how the place runs, a figure of the writer's own
        "It was good to hear more about how the Tilburg distribution centre runs.",
        "I put the budget at about 40k in my last role.",
        # Round 237: the writer's own past achievement, still used today
        "I also introduced monthly rolling forecasts that the board still relies on today.",
        # Round 238: the writer's own past, finished by a year
        "Finished my degree by 2019 and moved to Leeds.",
        # Round 239: feedback awaited
        "I await your feedback at your convenience.",
        "My new job is very different to the one I had.",
        # Round 240: what the panel may require; a telephonic round
        "Should the panel require any further documents, including certified copies of my "
        "qualifications or my SACE registration, I will gladly supply them.",
        "It was nice speaking with you in the telephonic round today.",
        # Round 241: the way there; a world event or the writer's past that changed their mind
        "The drive from Leeds took me longer than I thought.",
        "Covid made me rethink my career.",
        "Working at Tesco made me rethink the way retail works.",
        # Round 242: a case with no kind named; a plural's possessive is generic
        "The case was a good one.",
        "My case was the longest on the list.",
        "I admire the work your team does for residents' families.",
        # Round 243: whom they are hiring; a task with no kind named
        "I understand that your team is looking for someone who can balance accuracy with speed.",
        "The group task was great.",
        # Round 243: the writer's past; a way in; a superlative of the place
        "At my last job they had me on the tills all day.",
        "At my last job I helped Sarah run the stockroom.",
        "Yours is the best kitchen team in the whole city and I'm so humbled you even let me "
        "through the back door.",
        "My kitchen is doing 180 covers on Sundays.",
        "The role that was described to me sounds great.",
        # Round 246: the event named with the employer, its length; the meeting gone wrong
        "The meeting went wrong at the end.",
        "At my last job I liked the rota and seeing how the Leeds team flagged doses.",
        # Round 250: "No" is no name, "you to know" is no learning, no object after "talked about"
        "No need to rush a decision on my account; I know hiring takes time on your end.",
        "I want you to know that after everything we talked about I am even more sure that my "
        "The strategy you described is one I recognise and believe in.",  # round 253
        "Just following up on the Class 1 driver interview from Monday.",  # round 254
        "I wanted to follow up on Friday's interview with a fuller picture of my background.",  # round 257
        # Rounds 258-259: a bar's name, a fan's past, a panel's doubts to come, a fit with "what
        # you are building", the writer's colleagues now
        "The Copper Still is honestly my dream bar.",
        "been a massive fan of Pebblefox since Tiny Harbour came out lol, and the level design role "
        "sounds like exactly what i wanna be doing.",
        "If the panel has any reservations about my candidacy, I would be glad to address them.",
        "My background in React, TypeScript and design systems fits well with what you are building.",
        "I also work closely with the warehouse supervisors, so I know a model is only as good as "
        "the people who use it.",
        # Rounds 262-263: a long-held dream, a CV recap "as discussed", public news and releases
        "Cooking in your kitchen has been my dream since culinary school.",
        "As we discussed, I have six years of experience in procurement analytics at Holtmann.",
        "Ever since Kiriyama Robotics presented the KR-7 arm at iREX last December, I have wanted "
        "to work there.",
        "Your press release about the Osaka plant expansion impressed me.",
        "I read last week in Teknisk Ukeblad that you have signed the contract for four hybrid "
        "ferries for the Hardanger routes.",
        # Rounds 265-266: the writer's own floor; an apology for the note itself
        "I've been running the floor at a busy spot in Te Aro for a couple of years now.",
        "Sorry for the short message, I write from the train.",
        "I want you to know that after everything we talked about I am even more sure that my "
        "experience handling inbound operations would help.",
        # Round 270: a vague topic before the writer's own clause; a chase for news; the role on
        # the writer's mind; what a firm published
        "After our discussion about the role I'm even more excited about the idea of designing "
        "courses at Brightwell.",
        "I wanted to follow up and see whether there has been any progress on a decision.",
        "I'll admit the role has been on my mind all weekend, in a good way.",
        "It is the approach that Harmattan described on its website.",
        "I made a correction to the invoice template at my last job.",
        # Round 272: their work at large, praised or heard about
        "I enjoyed hearing about your important work with young people across the city.",
        "The work you all do is nothing short of life-changing.",
        # Round 273: the employer's mission and values
        "Learning more about the company's mission and values only strengthened my belief that "
        "my background in brand strategy would help.",
    ],
)
def test_look_alikes_of_those_ways_are_no_reference(assert_findings, body: str) -> None:
    assert_findings(_note(body), (RULE, ""))


def test_a_change_between_named_systems_is_a_topic() -> None:
    from notelint.rules.lexicon import specific_words

    # "from X to Y" after a change names two things, not the employer; a move alone names nobody.
    assert specific_words("the move from MYOB to Xero planned for July") == ["move", "MYOB", "Xero"]
    assert specific_words("hearing how you came to Acme from Globex") == []


def test_a_name_ends_at_a_whole_word() -> None:
    from notelint.rules.lexicon import specific_words

    # The "of" that may join a name's words is a whole word, not the start of "office"; a
    # topic's words end at an emoji as at a stop.
    assert specific_words("about the Lisbon office move.") == ["Lisbon", "move"]
    assert specific_words("about the Lisbon office move 😄") == ["Lisbon", "move"]


def test_a_holiday_is_no_employer_name() -> None:
    from notelint.rules.lexicon import specific_words

    # A capitalised name after "about the" is taken for the employer, but not a holiday.
    assert specific_words("hearing about the Christmas pop-up") == ["Christmas", "pop-up"]
    assert specific_words("hearing about the Acme Group") == []
