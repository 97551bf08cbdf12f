"""template-placeholder: unfilled fields anywhere, but not braces conventions or addresses."""

from __future__ import annotations

import pytest

RULE = "template-placeholder"


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Dear [Interviewer Name],", "[Interviewer Name]"),
        # Fields typed in a hurry: brackets that do not pair, a merge field left open.
        ("Dear [Name},", "[Name}"),
        ("Thank you for considering me for the <Job Titel] role.", "<Job Titel]"),
        ("Hi {first_name,", "{first_name"),
        ("I am excited to join {company}.", "{company}"),
        ("Hi {{first_name}},", "{{first_name}}"),
        ("the <Position> role", "<Position>"),
        ("my start date would be XXX", "XXX"),
        ("I look forward to joining Company Name.", "Company Name"),
        ("I enjoyed [insert something you discussed].", "[insert something you discussed]"),
        ("It was a pleasure to learn about the (insert job) position.", "(insert job)"),
        ("Dear (Interviewer's name),", "(Interviewer's name)"),
        ("Dear Mr. ______,", "______"),
        ("Best,\n[Your Name]", "[Your Name]"),
        ("Dear {first_name}:\n\nThe demo was great.", "{first_name}"),
        ("Hi FIRSTNAME,\n\nThe demo was great.", "FIRSTNAME"),
        ("I'm excited to grow with INSERT COMPANY next year.", "INSERT COMPANY"),
        ("Dear Mr. ,\n\nThe arbitration walk-through helped.", "Mr. "),
        ("I am keen to join XYZ Company as an analyst.", "XYZ Company"),
        ("I remain very interested in the POSITION TITLE role.", "POSITION TITLE"),
        ("With XX years in warehouse operations, I have seen a few set-ups.", "XX"),
        ("Dear [Chair of Selection Committee],", "[Chair of Selection Committee]"),
        # Round 240: a surname field after a title
        ("Dear Professor [Panel Chair surname],", "[Panel Chair surname]"),
        ("I expect to submit for Pr Eng in <Month, Year>.", "<Month, Year>"),  # round 247
        # Round 252: a one-letter count in brackets, an editor's "to come"
        ("I have [X] years of experience with three-phase installations.", "[X]"),
        ("You can see the headlines here: TK.", "TK"),
        ("I'm excited to join {company-name}.", "{company-name}"),  # round 256
        # Beside a word but holding a field word, or standing alone: still a field.
        ("I'd love to grow with [Acme].", "[Acme]"),
        ("I admire [Company]wide values.", "[Company]"),
        ("Dear {first_name}, the `{mode}` suffix you asked about works.", "{first_name}"),
        # Round 106: other tools' merge tokens, asterisks for a word, an instruction left in
        ("I'm excited about the chance to join %COMPANY% and help.", "%COMPANY%"),
        ("I am very interested in the $ROLE position.", "$ROLE"),
        ("Use ${first_name} in the greeting.", "${first_name}"),
        ("I especially enjoyed our discussion about ***, and it confirmed my fit.", "***"),
        ("I could start on Insert date.", "Insert date"),
        ("Reference code: XXX", "XXX"),
        # Round 167: Mailchimp's merge tag, an instruction with a word before its noun, a
        # one-word field in angle brackets (a field word, a camel-cased one, a place).
        ("Hi *|FNAME|*,", "*|FNAME|*"),
        ("I was interested in Insert specific detail here.", "Insert specific detail"),
        ("Dear <<FirstName>>,", "<FirstName>"),
        ("I'd love to teach at <School> next year.", "<School>"),
        ("I am keen on the <ROLE> post.", "<ROLE>"),
        # A field quoted alone is still a field.
        ('I am excited about the "[Company]" team.', "[Company]"),
        # A mail-merge name stays a field beside talk of strings and variables.
        ("I am excited about {company_name} and the string parsing work.", "{company_name}"),
        # Fields naming what to write about
        ("My background in [relevant experience] would apply directly.", "[relevant experience]"),
        ("The more I heard about [specific challenge or priority], the keener I got.", "[specific"),
        ("I listed my [key strengths] in the attached sheet.", "[key strengths]"),
        # A bare field in capitals where the greeting's name goes
        ("Dear, NAME,\n\nThe audit plan was clear.", "NAME"),
        ("Hi FNAME,\n\nThe audit plan was clear.", "FNAME"),
        # A dotted path naming a field (a CRM's token) is a field; round 213
        ("Hi {{contact.firstname}},\n\nThe audit plan was clear.", "{{contact.firstname}}"),
        ("I am excited about {company.name} and its audit plan.", "{company.name}"),
    ],
)
def test_placeholders_are_flagged(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered))


def test_placeholder_in_subject_is_flagged_with_position(assert_findings) -> None:
    report = assert_findings(
        "Subject: [Job Title] interview\n\nHi Dana,\n\nGreat.\n", (RULE, "[Job Title]")
    )
    assert (report.findings[0].begin.line, report.findings[0].begin.column) == (1, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Our services follow {team}-{service}-{env} naming.",
        "The ranges [0, 5} and {1, 2] are written the maths way.",
        "I set cache keys as {tenant_id}:{user_id} and the audit plan was clear.",
        # Code anywhere in the note makes the same name code where it stands alone.
        "One service keyed on {tenant_id}:session:{user_id}; putting {tenant_id} first fixes it.",
        "Maria Lopez <maria.lopez@example.com>",
        "See the [design note](https://example.com/note).",
        "As noted in [1], the backlog grew.",
        "- [x] done, and the links: TK Maxx and Argos.",  # round 252
        "You asked how I'd cut the alert volume on {svc-ledger} without hiding incidents.",  # round 256
        "I met TK at the depot.",
        "We ordered XXL shirts for the event.",
        "Most of our 5XX errors came from one gateway, and size XX large sold out.",
        "The Company Settings screen was new to me.",
        "Use <br> tags sparingly.",
        "The nightly job runs INSERT OVERWRITE TABLE orders, then INSERT INTO audit.",
        'The labels file lists ["anna-nurse-clean.txt"] first.',
        "Please pass my thanks to the client (company name withheld for privacy).",
        "The ward runs [of the] usual rota.",
        # A bracket inside a word is a styled name, not a field.
        "See the [Un]Boxed campaign for Kettleby's on my portfolio.",
        "I led our Re[Think] series last spring.",
        # Inside a Markdown code span it is code.
        "I think an optional `{mode}` suffix keeps it readable.",
        'Since the "Company Name" field is free text, "ACME" lands as a separate account.',
        # Fields the note talks about are mentions, wherever else they are written.
        "The letter template uses fields like {client}, {voucher_no} and {slot}. Once a batch "
        'said "Dear {client}" at the top.',
        # A subject's last word above the next header, and a field already filled in
        "Subject: Interview\nDate: Thu, 26 Nov 2026 17:40:00 +0100\n\nDear Stefan,\n\nHello.",
        "Interview Date: 12 May",
        "Rated *** by the guide.",
        "*** section break ***",
        "It cost $USD 400 and 50% of the budget.",
        "At my current job the fix went in under [PAY-2291].",
        "You asked how I'd have handled the [P1] page in INC-20931.",
        "The [Q3] numbers were strong.",
        # Round 223: a chemist's concentration
        "I diluted them in the lysis buffer at [NaCl] 150 mM and kept [H+] low.",
        "As the French say, «bon courage».",
        "Set MAX_RETRIES_2 to five.",
        "About 2% of ledger entries come through with currency code XXX.",
        "Since XXX is the ISO 4217 code for no currency, these are fee adjustments.",
        "    SELECT * FROM orders WHERE event_date = '{run_date}'\n\nOur scheduler fills "
        "{run_date} at run time.",
        # Round 167: a type's parameter, an element or a component, a ticket in braces, a
        # field inside a quoted line of text (the bug discussed).
        "Merging two sorted std::list<int> objects and a List<String> is linear.",
        "I rebuilt it with the native <dialog> element and a <Suspense> boundary.",
        "The flaky test is linked as {PAY-4471} in the board export.",
        'About 3,000 members got a message that opened with a literal "Hi {{first_name}},".',
        # Round 174: a mail label in the subject, a field the next word names as code
        "Subject: [Follow-up] Schema registry question",
        "Pass the run date through Airflow's {{ ds }} macro instead of calling now().",
        # Round 124: names in a paragraph about variables or strings are the code discussed.
        "In Japanese the sentence needed {item_count} before {user_name}; I noted the rule "
        "about never splitting a placeholder across two strings.",
        # Round 187: a field the next word names as a key, a file name built from fields
        "I used the {customer_id} key in the join, as you suggested.",
        "The file naming follows <date>_<site>.csv in our pipeline.",
        # Brackets that clarify a quotation
        'You said "it [the staffing challenge] is the hard part", and I agree.',
        # Round 202: an HTML tag as HTML writes it
        "The product pages all share the same <title> and meta description.",
        # Round 203: a key in snake case
        "Keying the partitions on {tenant_id}, as your team already does, avoids the hot-spot.",
        # Round 213: a design token's dotted path
        "I'd move every colour onto semantic tokens, e.g. {color.action.primary} instead of hex.",
    ],
)
def test_real_text_passes(assert_findings, text: str) -> None:
    assert_findings(text, select=RULE)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("I admire Company Name's mission.", "Company Name"),
        ("I'm very interested in the «Job_Title» position.", "«Job_Title»"),
        ("Hi «FirstName»,", "«FirstName»"),
        ("I would like to follow up with INTERVIEWER_2 on training.", "INTERVIEWER_2"),
        ("I am keen to join xxx company.", "xxx"),
        ("The interview on XX/XX went well.", "XX/XX"),
        ("Dear [Hiring Manager Name], thanks.", "[Hiring Manager Name]"),
        # round 194: a day beside its month, a topic or a name left as "TBD"
        ("I'm available to start on XX January.", "XX"),
        ("The interview on March XX went well.", "XX"),
        ("I was interested in what you said about TBD, and my experience there fits.", "TBD"),
        ("Dear TBD,\n\nThe demo was great.", "TBD"),
        # round 227: the role itself left as "TBD"
        ("I remain very interested in the TBD position.", "TBD"),
    ],
)
def test_fields_on_the_edges_of_the_quick_tests(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, (RULE, covered))


@pytest.mark.parametrize(
    "text",
    [
        'A display rule like "XXXX XXXX XXXX 1234" groups Amex numbers wrongly.',
        'For Amex I would show "XXXX XXXXXX X1005" instead.',
        "The form shows the SSN as XXX-XX-6789 once it is saved.",
        # round 194: a karyotype, a numbered event, a real "to be decided"
        "The karyotype was 46,XX in March.",
        "Super Bowl XX was in January.",
        "The start date is TBD, as you said.",
        "We talked about TBD items in the backlog.",
        # round 227: a date still to be decided, a button's label, merge codes a note is about
        "The TBD start date works for me.",
        "I moved the [Shop Now] button above the fold.",
        "We replaced the [CLIENT] and [PROPERTY] merge codes with proper fields.",
    ],
)
def test_masked_numbers_are_not_fields(assert_findings, text: str) -> None:
    assert_findings(text, select="template-placeholder")


def test_a_date_of_xs_is_still_a_field(assert_findings) -> None:
    assert_findings("I look forward to our call on XX/XX/2026.", ("template-placeholder", "XX/XX"))


def test_labels_heading_lines_of_filled_in_text_are_no_fields(assert_findings) -> None:
    # Round 183: a bug report's headers, named in the prose too, each filled in below.
    text = (
        "I use a template with [Steps], [Expected], [Actual] and [Frequency] headers. Here is "
        "the one for the ladder-clipping bug:\n\n"
        "[Steps] Climb the east ladder while holding the lantern.\n"
        "[Expected] Player lands on the ledge.\n"
        "[Actual] Player clips into the rock.\n"
        "[Frequency] 3 in 50 attempts, only at 30 fps.\n"
    )
    assert_findings(text, select=RULE)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # one line headed by a bracket is no labelled block
        ("[Opening] I enjoyed our chat about the ladder bug.", "[Opening]"),
        # a field word heading a line is a field, however many lines follow it
        (
            "[Company] is a leader in games.\n[Company] has shipped twelve titles.\n"
            "[Steps] Climb the ladder.\n[Expected] Land on the ledge.",
            "[Company]",
        ),
    ],
)
def test_a_lone_label_or_a_field_word_heading_a_line_is_still_a_field(
    assert_findings, text: str, covered: str
) -> None:
    assert_findings(text, (RULE, covered), exact=False)


@pytest.mark.parametrize(
    ("text", "covered"),
    # Round 260: a figure still to fill in
    [
        ("In my last role this cut alerts by XX% without misses.", "XX"),
        ("It saved $XX a month.", "XX"),
    ],
)
def test_a_figure_of_xs_is_a_field(assert_findings, text: str, covered: str) -> None:
    assert_findings(text, ("template-placeholder", covered))


def test_fields_inside_a_fenced_code_block_are_code(assert_findings) -> None:
    # Round 259: "# [TODO] add jitter" in a ```python block the note quotes
    code = '```python\nfor i in range(3):\n    # [TODO] add jitter\n    greet("{company}")\n```'
    text = f"Hi Farah,\n\nHere is the retry helper:\n\n{code}\n\nI'd love the job.\n\nBest,\nTariq"
    assert_findings(text, select="template-placeholder")
    # ... but not past its closing fence
    assert_findings(
        text.replace("I'd love", "[Insert sign-off] I'd love"),
        ("template-placeholder", "[Insert sign-off]"),
    )
