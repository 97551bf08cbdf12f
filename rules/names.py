"""What the name rules know about people's names: titles, short forms, spelling distance.

Shared by ``wrong-name`` (is this the interviewer?) and ``wrong-company`` (is this
capitalised word a person rather than an employer?).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata

# A title before a name; the key is the lower-case title without its full stop.
TITLES = frozenset(
    """mr mrs ms miss mx dr doctor prof professor rev reverend fr father pastor rabbi dean
    chef coach judge captain capt sgt sergeant officer principal superintendent senator
    president mme mlle herr frau sr sra srta dra sister sis brother br mother imam sheikh
    pr matron nurse lady lord dame sir engr atty arq mtro mtra commander cmdr lieutenant lt
    colonel admiral consul ambassador excellency councillor cllr inspector insp detective
    governor minister mayor
    encik puan cik haji hajah hj datuk dato datin bapak ibu""".split()  # round 271, Malay
)
# Titles that are also names, so titles only with their full stop: "Eng. Mwangi" (an engineer,
# in Kenya and Nigeria; round 220), "Hon. Member"; not "Eng Huat".
# (round 251, Mexico: "Ing. Salinas", "Lic. Herrera")
DOTTED_TITLES = frozenset(["eng", "hon", "ing", "lic"])
# A regex alternation of the titles (a dotted one only before its full stop).
TITLE_PATTERN = "|".join(
    [*sorted(TITLES, key=len, reverse=True), *(rf"{t}(?=\.)" for t in sorted(DOTTED_TITLES))]
)
SUFFIXES = frozenset("jr sr ii iii iv phd md rn esq cpa mba".split())
PARTICLES = frozenset("van von de der den da di du la le del della bin binti al el ten ter".split())
# Common short forms: each group between bars is a family of names that stand for each other.
# Spellings of one name ("Jon"/"John", "Catherine"/"Katherine") are not short forms:
# writing the other one is a misspelling.
_NICKNAMES = """
robert bob bobby rob robbie bert | william bill billy will willy liam | michael mike mickey mick micky mikey |
thomas tom tommy | james jim jimmy jamie | richard rick ricky dick rich | elizabeth liz lizzie
beth betsy betty eliza lisa libby | katherine kate katie kathy kat kay | catherine cathy cate
kate katie kat | kathryn kate katie kathy kat | katharine kate katie kathy kat | jennifer jen jenny | daniel dan danny | david dave davey | christopher chris
kit | christine chris tina | christina chris tina | alexander alex sasha | aleksandr aleksander alexandr alex sasha sascha | oleksandr sasha | alexandra alex lexi sandra |
samuel sam sammy | samantha sam sammy | nicholas nick nicky | matthew matt | andrew andy drew
| anthony tony | joseph joe joey | stephen steve | steven steve | benjamin ben benny | edward ed eddie
ted ned | patrick pat paddy | patricia pat patty trish | margaret maggie meg peggy greta |
susan sue susie suzy | deborah deb debbie | debra deb debbie | john johnny jack | jonathan jon jonny |
gregory greg | jeffrey jeff | geoffrey geoff jeff | timothy tim timmy | lawrence larry | laurence larry |
charles charlie chuck chas | henry harry hank | frederick fred freddie | gabriel gabe |
victoria vicky tori | rebecca becky becca bec becs beck | abigail abby | amanda mandy | cynthia cindy |
nathan nathaniel nate | zachary zach zack | joshua josh | jacob jake | kenneth ken kenny |
ronald ron ronnie | donald don donny | douglas doug | phillip phil | philip phil | raymond ray |
gerald gerry jerry | jeremy jerry | francis frank frankie | francesca frankie fran |
eleanor ellie nell | isabel izzy | isabella izzy bella | penelope penny | dorothy dot dottie |
theodore theo ted teddy | maximilian max | oliver ollie | leonard leo len lenny |
guillermo memo | francisco paco pancho | jose pepe | alejandro alex ale |
ekaterina yekaterina katya katia | natalia natalya natasha | anastasia nastya | maria masha |
dmitri dmitry dima | mikhail misha | yevgeny evgeny zhenya | ivan vanya | olga olya |
tomasz tomek | małgorzata malgorzata gosia | katarzyna kasia | barbara basia | jakub kuba |
wojciech wojtek | bartłomiej bartlomiej bartek | zofia zosia | aleksandra ola | joanna asia |
stanisław stanislaw staszek | krzysztof krzysiek | magdalena magda | agnieszka aga |
babatunde tunde | oluwaseun seun | olufemi femi | oluwakemi olukemi kemi | adebayo bayo |
adedayo dayo | olusegun segun | oluwaseyi seyi | adewale olawale wale | oluwatobi tobi |
olufunmilayo funmi | oladapo dapo | omotayo adetayo tayo | oluwafemi femi |
chukwuemeka emeka | chinedu nedu | chukwudi chudi | nkechinyere nkechi | chiamaka amaka |
temitope tope | oluwadamilola dami damilola | ngozika ngozi |
venkatesh venkataraman venkat | subramanian subbu | balasubramanian bala | krishna krish |
mohammed mo | mohammad mo | muhammad mo | mohamed mo | mohamad mo | abdulrahman abdul |
sebastian seb | rajesh raj | giuseppe beppe peppe | giovanni gianni | ignacio nacho |
fernando nando | enrique kike quique | guadalupe lupe | dolores lola |
alessandro sandro ale | alessandra sandra | francesco checco | massimiliano massimo max |
barry baz bazza | gary gaz gazza | gareth gaz | darren daz dazza | kevin kev | terence terry |
jeremy jez | sharon shaz | warren wazza | murray muz |
"""
SHORT_FORMS: dict[str, frozenset[str]] = {}
for _family in _NICKNAMES.replace("\n", " ").split("|"):
    _names = frozenset(_family.split())
    for _name in _names:
        SHORT_FORMS[_name] = SHORT_FORMS.get(_name, frozenset()) | _names


# Common given names, so that "join Tom's team" is not read as an employer called Tom.
FIRST_NAMES = frozenset(
    (
        """aaron abby abdul adam adrian ahmed aisha alan alex alexander alice alicia alison amanda
    amber amir amy ana andrea andrew andy angela anil anita ann anna anne anthony arjun ashley
    ben benjamin beth betty bill bob brad brandon brenda brian bruce carl carla carlos carmen
    carol caroline catherine charles charlie chen chris christina christine christopher claire
    colin craig dan dana daniel darren dave david deborah dennis diana diego dmitri donna doug
    ed eddie edward elena eli elizabeth ellen emily emma eric erin ethan eva fatima felix fiona
    frank fred gabriel gary george grace greg hannah harry heather helen henry hiro holly ian
    irene isaac isabel jack jacob james jamie jan jane janet jason javier jay jean jeff jen
    jennifer jenny jeremy jerry jessica jill jim joan joe joel john jon jonathan jorge jose
    joseph josh joshua juan judy julia julie justin karen kate katherine kathy keith kelly ken
    kevin kim kyle laura lauren leah lee leo lily linda lisa liz lucas lucy luis luke lynn
    maggie manuel marco marcus maria mario mark martha martin mary matt matthew megan mei
    melissa michael michelle mike min mohammed monica nancy natalie nathan neil nicole nina
    noah nora olivia omar oscar pablo pam patricia patrick paul paula peter phil priya rachel
    rahul raj ravi ray rebecca richard rick rita rob robert robin roger ron rosa ruth ryan sam
    samantha sandra sara sarah scott sean sergei shannon sharon simon sofia sophie stephanie
    steve steven sue susan tanya ted teresa thomas tim timothy tina tom tony tyler vanessa
    victor victoria vikram walter wei wendy will william yuki yusuf zoe"""
        # Round 204: given names from many more places ("what Sipho's team is dealing with", "join
        # Anouk and the rest of the group")
        """
    sipho thabo thandiwe nomvula lerato kagiso tshepo themba zanele ayanda bongani mandla lindiwe
    nandi nokuthula palesa refilwe sibusiso sizwe thulani vusi zodwa kwame kofi kojo akosua abena
    yaw kwabena efua adwoa chinedu chioma chiamaka chukwuemeka emeka ifeanyi ngozi nnamdi obinna
    uche adaeze amaka tunde tolu tolulope bola funmi funke yemi kemi seun segun femi dayo wale
    ibrahim musa aminu abubakar halima hauwa zainab amina wanjiru wambui njeri kamau otieno
    odhiambo achieng akinyi atieno wanjiku mwangi chebet kiprono nyambura muthoni baraka neema
    zawadi juma rehema aarav aditi aditya ajay akash amit anand anjali ankit arun aruna asha ashok
    bhavna deepa deepak dinesh divya gaurav geeta gita harish hema indira jaya karan kavita kavya
    kiran krishna lakshmi mahesh manish meena meera mohan nandini naveen neha nikhil nisha pooja
    pradeep prakash pranav preeti priyanka rakesh rajesh ramesh rani rekha rohan rohit sachin
    sanjay sangeeta sanjana santosh sarita shalini sharmila shreya shweta siddharth sita sneha
    sonia sunil sunita suresh swati tanvi usha varun vijay vinod vishal farhan faisal imran kamran
    sana ayesha bilal hassan hussain asif tariq nadia hiroshi kenji takeshi yuko yumi haruka
    akiko naoko satoshi kenta daisuke shota aiko ming jing xin hui jun hao thanh linh minh anh
    huong tuan duc quang anouk maarten pieter sanne daan bram lotte femke joost willem jeroen sven
    lars erik nils ingrid astrid birgit karin lena jonas lukas tobias florian stefan klaus dieter
    heike katrin ulrike matthias markus andreas francois pierre jacques amelie camille chloe manon
    julien olivier thierry nathalie isabelle giulia francesca chiara alessandro lorenzo matteo
    luca giorgio paolo sergio pedro miguel rafael ines beatriz joao tiago mariana aleksandra
    agnieszka katarzyna magdalena piotr tomasz pawel krzysztof marek jakub ivan olga natalia
    tatiana svetlana andrei alexei mikhail oksana yulia bogdan mihai ioana andreea alejandro
    camila valentina daniela fernanda gabriela jimena lucia paola ximena santiago mateo andres
    felipe ricardo eduardo rodrigo gustavo hector raul alberto joaquin ahmad mohammad mahmoud
    khalid yousef youssef layla leila noor nour rania reem samir tarek walid ziad hala dina maryam
    mariam fatma mehmet ayse emre elif burak zeynep"""
        # Round 223: names and short forms of casual texts ("kayla's tip on pre-chilling the
        # coupes", "with yourself and dermot")
        """
    kayla dermot dee jess kev declan niamh aoife siobhan ciaran padraig seamus ronan eoin cian
    oisin tadhg jayden dylan connor liam courtney chantelle tash steph kaz shaz gaz"""
        # Round 259: Nordic given names ("working with you and Sofie's art team")
        """
    sofie mikkel mette freja rasmus frederik magnus henrik anders kasper mads soren signe nanna
    emil oskar jens morten trine kirsten bjorn sigrid solveig liv ingeborg torben"""
    ).split()
)
# Given names that are also common words ("will", "mark", "grace"): in a text written all in
# lower case they are read as words, the rest as names.
WORDLIKE_NAMES = frozenset(
    """amber bill bob carol ed frank grace heather holly jack jan jay jun ken lee lily mark min
    ray rob robin sue will mike dee""".split()
)


@dataclasses.dataclass(frozen=True)
class Person:
    """An interviewer's name split into the parts a greeting may use."""

    full: str
    title: str | None
    first: str | None
    last: str | None
    parts: tuple[str, ...]
    particles: str = ""  # the particles before the surname as written: "van der" of "van der Berg"

    @property
    def plain(self) -> str:
        """The name without its title, as a full greeting would write it."""
        return " ".join(p for p in (self.first, self.last) if p) or self.full

    def formal(self) -> str:
        """Title and surname when the context gives a title, else the plain name."""
        if self.title and self.last:
            return f"{self.title} {self.last}"
        return self.plain


def person(name: str) -> Person:
    """Split ``"Dr. Priya Shah"`` (or ``"Shah, Priya"``) into title, first and last name."""
    if name.count(",") == 1:
        surname, given = (p.strip() for p in name.split(","))
        if surname and given and not _is_suffix(given):
            name = f"{given} {surname}"
    # A nickname in quotes or brackets ('Priyanka "Pree" Raman') is a name a greeting may
    # use, but neither the first name nor the last.
    nicknames = [w.strip(_NICKNAME_MARKS) for w in name.split() if _is_nickname(w)]
    words = [w.strip(".,") for w in name.split() if w.strip(".,") and not _is_nickname(w)]
    title = None
    if len(words) > 1 and title_key(words[0]) in TITLES:
        title = words.pop(0)
        if not title.endswith(".") and len(title) <= 3 and title_key(title) not in ("miss",):
            title += "."
    while len(words) > 1 and _is_suffix(words[-1]):
        words.pop()
    names = [w for w in words if w.lower() not in PARTICLES]
    parts: list[str] = []
    for word in names:
        parts.append(word)
        parts += [p for p in re.split(r"[-‐]", word) if p and p != word]
    parts += [n for n in nicknames if n]
    first = names[0] if names and (title is None or len(names) > 1) else None
    last = names[-1] if names and (len(names) > 1 or title is not None) else None
    particles = ""
    if last is not None:
        before = words[: len(words) - 1 - words[::-1].index(last)]
        lead = list(itertools.takewhile(lambda w: w.lower() in PARTICLES, reversed(before)))
        particles = " ".join(reversed(lead))
    return Person(name.strip(), title, first, last, tuple(parts), particles)


_NICKNAME_MARKS = "\"'“”‘’()"


def _is_nickname(word: str) -> bool:
    return len(word) > 2 and word[0] in "\"“‘'(" and word[-1] in "\"”’')"


def title_key(word: str) -> str:
    return word.rstrip(".").casefold()


def is_title(word: str) -> bool:
    """Whether ``word`` (as written, with any full stop) is a title."""
    key = title_key(word)
    return key in TITLES or (key in DOTTED_TITLES and word.endswith("."))


def _is_suffix(word: str) -> bool:
    return word.replace(".", "").casefold() in SUFFIXES


def fold(text: str) -> str:
    """Case- and accent-folded text: ``"Zoë"`` and ``"ZOE"`` both become ``"zoe"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def distance(a: str, b: str) -> int:
    """Damerau–Levenshtein distance (optimal string alignment): swaps cost one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


SAME, ACCENT, NEAR = "same", "accent", "near"


_FEMININE_ENDINGS = frozenset(("le", "lle", "ette", "tte"))


def relation(written: str, name: str, given: bool = True) -> tuple[str, int] | None:
    """How a written name relates to a real one: SAME, ACCENT or NEAR (with the distance).

    A ``given`` name may also be written short or long ("Chris" / "Christopher",
    "Tom" / "Thomas"); a surname must be written in full.
    """
    if written.casefold() == name.casefold():
        return SAME, 0
    if (
        "." in written + name
        and written.replace(".", "").casefold() == name.replace(".", "").casefold()
    ):
        return SAME, 0  # "JP" for J.P., initials written with or without their stops
    a, b = fold(written), fold(name)
    if a == b:
        # Accents the context lacks are the writer's to add; dropping real ones is a slip.
        return (SAME, 0) if b == name.casefold() else (ACCENT, 0)
    # "Chris" for "Christopher"; but "Sarah" for "Sara" is another spelling, not a short form,
    # and "Danielle" for "Daniel" (or "Paulette" for "Paul") another person's name
    if (
        given
        and min(len(a), len(b)) >= 3
        and abs(len(a) - len(b)) >= 2
        and (a.startswith(b) or b.startswith(a))
        and max(a, b, key=len)[min(len(a), len(b)) :] not in _FEMININE_ENDINGS
    ):
        return SAME, 0
    if given and b in SHORT_FORMS.get(a, ()):
        return SAME, 0
    # "Raghu" for "Raghavendra": a short form that keeps all but its own last letter
    if given and len(a) >= 5 and len(b) - len(a) >= 3 and b.startswith(a[:-1]):
        return SAME, 0
    edits = distance(a, b)
    if len(a) >= 2 and edits <= (2 if len(b) >= 5 else 1):
        return NEAR, edits
    return None
