"""Finding entity mentions: capitalised runs cut into names and typed by rule.

Used by :mod:`newskit.entities`. It reads an article's capitalised
runs, cuts them into names (titles, particles, possessives, compounds,
sentence openers) and gives each a type from the gazetteers, its shape and the
words around it, keeping the evidence. Lone words whose type depends on names
found elsewhere are left for :mod:`newskit.linking` to decide.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newskit.article import unit_bounds
from newskit.gazetteer import EntityType, Entry, Gazetteer
from newskit.names import (
    KIN_WORDS,
    ROLE_WORDS,
    TITLE_HEADS,
    TITLE_ROLES,
    Gender,
    honorific_gender,
    is_title_word,
    split_title,
)
from newskit.spans import paragraph_numbers

if TYPE_CHECKING:
    from newskit.article import Article


# --- what capitalised runs look like -------------------------------------------

_ABBREVIATED = (
    "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cpl|Maj|Adm|Cmdr|Rev|Revd|Fr|St|Jr|Sr"
    "|Mt|Ft|Supt|Det|Hon|Pres|Atty|Brig|Cdr|Messrs|Mme|Mlle|Insp|Cllr|Ald|Inc|Ltd|Corp|Co|Bros"
    # US states as news agencies abbreviate them ("Tupelo, Miss.")
    "|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    "|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|W\\.Va"
)


_PARTICLES = (
    r"(?<![\w’'])(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-"
    r"|(?:bin|ibn|bint|abu|ben|van|von|de|da|di|du|la|le|der|den|del|della|des|dos|das|ter|ten|zu|y)"
    r"[ \xa0-])"
)


_CONNECTORS = frozenset({"of", "of the", "for", "for the", "on", "&", "and", "de", "to"})


# Bodies named after what they campaign to do: "Campaign to Protect Rural England",
# "Committee to Protect Journalists".
_TO_HEADS = frozenset("Campaign Committee Coalition Movement Alliance Fund Society".split())


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    upper = "".join(c for c in map(chr, range(0xC0, 0x2000)) if c.isupper() and c.isalpha())
    up = f"A-Z{upper}"
    # A word: capitalised (apostrophes inside, as in O’Neill, but not a
    # possessive ’s), a dotted acronym, an abbreviated title, or letters after digits.
    word = (
        rf"(?:(?:{_ABBREVIATED})\.|(?:[A-Z]\.){{2,}}"
        rf"|[{up}](?:[\w-]|[’'](?=[^\W_])(?![sS]\b))*"
        # a possessive inside a name: "Pilots’ Association", "St. Brendan’s Medical Center"
        rf"(?:[’']s(?=[ \xa0]+[{up}])|(?<=s)[’'](?=[ \xa0]+[{up}]))?)"
    )
    # "De la Cruz", "Van der Meer", "Van Dijk": a capitalised particle before
    # a lower-case one or a name.
    capitalised = "De|Van|Von|Da|Di|Du|Le|La|Del|Dos|Das|Ter|Ten"
    name = (
        rf"(?:(?:{capitalised})[ \xa0](?={_PARTICLES}|[{up}][\w’']*[a-z])"
        rf"|(?:Bin|Ibn|Bint)[ \xa0](?=[{up}]))?{_PARTICLES}*{word}"
    )
    space = r"[ \t\xa0]+(?:\r?\n[ \t\xa0]*)?|\r?\n[ \t\xa0]*"
    connector = rf"(?:{space})(?:of the|of|for the|for|on|&|and|to)(?:{space})"
    tail = r"\d+\b(?![.,]\d)|plc\b|ltd\b|llc\b"  # "PayBridge 360", "Brightwater Bank plc"
    run = rf"{name}(?:(?:{connector}|{space}|[ \xa0]*&[ \xa0]*)(?:{name}|{tail}))*"
    words = rf"{name}|\d+|plc|ltd|llc|of the|of|for the|for|on|&|and|to"
    return re.compile(run), re.compile(words)


# --- word lists ----------------------------------------------------------------

_ORG_HEADS = frozenset(
    """
    Inc Ltd Limited Corp Corporation Co Company Group Holdings Plc PLC LLC LLP AG GmbH SA NV
    Bank Trust Council Party Parliament Congress Assembly University College School Academy
    Institute Institution Foundation Fund Association Society Union Federation League Schools
    Alliance Coalition Committee Commission Board Authority Agency Department Ministry
    Office Bureau Service Services Police Constabulary Court Tribunal Hospital Clinic Church
    Mosque Synagogue Museum Gallery Theatre Theater Orchestra Band Choir Club FC United
    Rovers Athletic Wanderers Juniors Network Media News Times Post Herald Tribune Journal Gazette
    Telegraph Guardian Press Radio Television TV Broadcasting Airlines Airways Air
    Railways Rail Motors Energy Power Petroleum Oil Gas Systems Technologies Technology Tech
    Labs Lab Laboratory Laboratories Pharmaceuticals Pharma Capital Partners Ventures
    Investments Securities Insurance Bancorp Foods Brewery Stores Supermarkets Industries
    Solutions Software Studios Records Publishing Books Care Homes Housing Developments
    Properties Consulting Group Initiative Project Forum Movement Front Army Navy Guard
    Corps Force Forces Brigade Regiment Command Brigades Live Centre Center Water Zoo Mining
    Minerals Metals Pictures Films Pharmacy Pharmacies
    Administration Weekly Daily Monthly Review Magazine Hotels Resorts Logistics Shipping
    Transport Transit Buses Coaches Motors Automotive Chemicals Steel Cement Construction
    Engineering Utilities Telecom Telecoms Communications Mobile Wireless Bank Banking Finance
    Financial Credit Assurance Healthcare Clinics Therapeutics Biotech Biosciences Regulator
    Workers Ombudsman Watchdog Inspectorate Partnership Exchange Markets Railway Railways
    Freight Broadband Cargo Haulage Couriers International Marine Mobility Robotics Dynamics
    Aerospace Analytics Semiconductors Electronics Instruments Materials Plastics Textiles
    Apparel Outfitters Interiors Furniture Estates Lettings Recruitment Payments Gaming
    Renewables Batteries Cycles Yachts Shipyards Distillery Distillers Bakeries Dairies
    Trains Ferries Ports Electric Brands Retail Reports Entertainment Aviation plc ltd
    llc Inc. Ltd. Corp. Co. Bros.
    Observatory Programme Program Cooperative Co-op Mission Directorate Secretariat Cabinet
    Senate Council Chamber Court Commission Quartet Legislature Data Research Confederation
    Infirmary Hospice Surgery Shop Shops Cathedral
    Courier Chronicle Echo Observer Mirror Express Argus Sentinel Examiner Inquirer Dispatch
    Bulletin Farms Savings Harriers Striders Winery Vineyards Orchards Nurseries Creamery
    Diocese Archdiocese Brotherhood Sisterhood Division
    Bhd Berhad Sdn SpA AB ASA Oyj Pty SAS SRL Tbk
    Investimentos Participações Seguros Construtora Inversiones
    """.split()
)

# Words that open a body's name in Spanish, Portuguese and French: "Servicios Mineros
# del Sur", "Comboios de Portugal", "Société Générale".
_FOREIGN_ORG_FIRST = frozenset(
    """
    Servicios Comboios Compañía Sociedad Empresa Empresas Banco Grupo Corporación Minera
    Caminhos Instituto Ministerio Ministério Consejo Conselho Universidad Universidade
    Fundación Fundação Asociación Associação Sindicato Partido Société Compagnie Groupe
    Banque Caisse Agence Autorité Conseil Cámara Câmara Comisión Comissão Federación
    Confederación Confederação Policía Polícia Aeropuertos Ferrocarriles Petróleos Centrais
    Mineração Mineracao Companhia Construtora
    """.split()
)


# Words that name a body only as a name's last word: "Health and Safety Executive",
# not "Executive Director"; "Jersey Hornet Watch", not "Watch Tower".
_LAST_HEADS = frozenset({"Executive", "Watch"})


# Words that, before "of"/"for", make one name of "X of Y": "Bank of England".
_OF_HEADS = _ORG_HEADS | frozenset(
    """
    House Secretary Minister Chancellor Republic Kingdom Duchy State States Isle Gulf Sea
    Bay Cape Strait Straits Lake River City Department Friends Sisters Brothers Order Court
    Daughters Sons Knights Islands Emirates Mount Port Government
    """.split()
)


# Where a place follows: "in Jackson County".
_IN_PLACE = re.compile(r"\b(?:in|across|throughout|near|around)[ \xa0]+$")

_GPE_HEADS = frozenset(
    """
    County Province City District Region Borough Township Oblast Governorate Prefecture
    Territory Parish Shire Canton Municipality Village Town Cove Bay
    """.split()
)


_LOC_HEADS = frozenset(
    """
    Airport Stadium Arena Street Square Avenue Road Plaza Auditorium
    Sea Ocean River Lake Mountains Mountain Hills Island Islands Valley Desert Bay Strait
    Straits Gulf Peninsula Canal Coast Channel Forest Glacier Basin Delta Plateau Falls Reef
    Archipelago Highlands Lowlands Estuary
    Park Lido Pier Quay Wharf Gardens Concourse Crematorium Cemetery Ballroom
    """.split()
)


# Words that open a location's name: "River Aire", "Lake Geneva", "Mount Kenya".
_LOC_FIRST = frozenset(
    "River Lake Mount Mt. Cape Isle Gulf Bay Loch Lough Strait Concourse Terminal Pier".split()
)


# Calendar words: dates, never names, but a month can be one ("Theresa May").
_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)


_DAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri "
    "Christmas Easter Ramadan Eid Diwali Hanukkah Passover Thanksgiving".split()
)


_DATE_WORDS = frozenset(
    "in on since until till by last next of from early late mid this that each every during "
    "before after between".split()
)


_WORD_BEFORE = re.compile(r"\b(\w+)[ \xa0]+$")


# "British-born", "Oslo-based": a name, then a word that makes it an adjective.
_COMPOUND = re.compile(
    r"-(?:born|based|led|backed|owned|run|made|style|era|controlled|speaking|funded|bound|"
    r"flagged|registered|raised|educated|trained|listed|headquartered|linked|focused|built|"
    r"designed|friendly|wide|brokered|sponsored|allied|aligned|held|occupied|ruled|"
    r"administered|supported|inspired|themed|area|region)$"
)


# Capitalised words that name nothing newskit counts.
_NOT_NAMES = frozenset(
    """
    I Covid COVID Covid-19 COVID-19 Coronavirus PR CEO CFO COO CTO CMO GDP TV AI ID PhD MP
    MPs MEP MEPs PM AM BC AD DNA HIV AIDS PET CCTV GP GPs ICU IT VAT LGBT LGBTQ LGBTQ+ PPE
    SUV NGO NGOs OK UFO UK-based US-based IQ IVF BBQ DJ MC MVP RIP ASAP FAQ CV TB ER A&E EV
    EVs CO2 UV VIP VIPs QC KC MBE OBE CBE DBE GCSE GCSEs A-level A-levels SAT SATs MRI PTSD
    ADHD USB SMS URL PDF AGM IPO APR Internet Web God Mum Dad Mom Madam Gentlemen UPDATE
    BREAKING EXCLUSIVE WATCH LIVE GMT BST UTC CET CEST EST EDT CST CDT PST PDT
    I’ve I've I’m I'm I’ll I'll I’d I'd GPS EHCP
    """.split()
)

# Codes that look like names: flu strains, visas, tornado ratings ("H5N1", "H-1B", "EF4").
_CODE = re.compile(r"H\d+N\d+|H-\d+[A-Z]|EF[0-5]")

# A Roman numeral on its own names nothing: "listed at grade II", "Phase III".
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


# Ordinary words a sentence may start with, before a name: "But Daniel Price said".
_OPENERS = frozenset(
    """
    yes no however still meanwhile yesterday today tonight tomorrow now then also instead
    indeed last next earlier later although though while whereas unless despite since
    because after before when where once but and or so yet for the a an this that these
    those it its his her their our my your we they he she you in on at by from with as of
    to into over under about if whether until unlike like among amid across during both
    all many most some several few each every any two three four five six seven eight nine
    ten dozens hundreds thousands more less other another such only even just not nor
    what which who why how there here please thanks
    """.split()
)


_SPEECH_VERBS = frozenset(
    """
    said says told added explained insisted argued warned wrote tweeted claimed noted
    stressed recalled admitted replied asked continued declared announced acknowledged
    confirmed denied urged suggested conceded
    """.split()
)


_PLACE_PREPOSITIONS = frozenset(
    "in at from near outside across around throughout towards toward off via beyond".split()
)


# Subject and possessive pronouns; not "him", nor "her" as an object ("hugged her.").
_PRONOUNS = re.compile(
    r"\b(?:(he|his|himself)|(she|hers|herself|her(?=[ \xa0]+(?!(?:and|or|to|a|an|the|that|"
    r"in|on|at|for|with|as|by|from|of|if|but|so|when|after|before|because)\b)[a-z])))\b",
    re.IGNORECASE,
)


# "Carraway, Bell and Stone LLP": a partnership's name may join its partners with "and".
_FIRM_ENDINGS = frozenset("LLP Ltd Limited plc PLC LLC Inc Inc. Partners Associates".split())

_HEAD_AFTER = re.compile(r"[ \xa0]+([A-Z][a-z]+)\b")
# A country after a listed body: "Friends of the Earth Norway", "Save the Children UK"
_BRANCH_AFTER = re.compile(r"[ \xa0]+((?:Northern[ \xa0])?[A-Z][A-Za-z]+)\b(?![’'-])")

# One partner's name before a firm's "X & Y": "Moss, " in "Moss, Pryor & Kell".
_PARTNER = re.compile(r"\b([A-Z][a-z’'-]+),[ \xa0]+$")

_PARKS_RUN_AS_BUSINESSES = frozenset("Wildlife Safari Theme Animal Adventure Water Holiday".split())

_SAINT = frozenset({"St", "St.", "Saint", "Ste", "Ste."})

# The kinds of place a national body is named with: "Age UK", "Tennis Scotland";
# not a part of the place: "West Sumatra", "East Yorkshire", "Greater Manchester".
_NATIONAL = frozenset({"country", "region"})
_COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())
_PLACE_PARTS = _COMPASS | frozenset(
    """
    Upper Lower Greater
    Inner Outer Mid New Old Great Little Rural Coastal Industrial Modern Mainland
    Continental Communist Imperial Nazi Soviet Free Global Postwar Post-war Pre-war Wartime
    Metropolitan Remote Deep Darkest Occupied Independent
    """.split()
)
_NEXT_WORD = re.compile(r"[ \xa0]*,?[ \xa0]+([a-z]+)\b")

_APPOSITION = re.compile(r"[ \xa0]*,[ \xa0]+(?:the |a |an |his |her |their )?([a-z-]+)(?: of\b)?")


_BEFORE = re.compile(
    r"(?:\b(his|her|their|[\w’'-]+?)(?:[’']s?)?[ \xa0]+)?"
    # "his late wife, Carol": a word saying which relative, between
    r"(?:(?:late|former|estranged|elder|older|younger|eldest|youngest|twin)[ \xa0]+)?"
    r"\b([a-z][a-z-]*|The|In|Near|Outside|Around),?[ \xa0]+$"
)


# Roles only a person has (not "the broadcaster" or "the owner", which a body can be).
_PERSON_ONLY_ROLES = ROLE_WORDS - frozenset(
    "broadcaster producer owner landlord partner representative leader boss chief "
    "candidate residents organiser organizer".split()
)

_PLACE_NOUNS = frozenset(
    """
    city town village port capital region province county district state island suburb
    municipality borough neighbourhood neighborhood hamlet resort area
    """.split()
)


# Words that say the name before or after them is an organisation's.
_ORG_NOUNS = frozenset(
    """
    company firm insurer lender bank charity group startup start-up retailer carrier airline
    agency union club side band team broadcaster network newspaper publisher manufacturer maker
    developer  supplier provider regulator watchdog council party ministry
    department university school hospital trust foundation institute organisation
    organization association charity nonprofit non-profit consultancy fund brand chain
    platform app outlet label studio service miner supermarket
    grocer utility magazine website podcast coalition alliance movement
    authority commission inspectorate arm subsidiary division processor automaker bureau
    brokerage
    carmaker dairy
    """.split()
)


# A party's member after a place: "a Belton Republican", "an Ohio Democrat".
_PARTY_MEMBERS = frozenset({"Republican", "Democrat", "Conservative", "Tory", "Socialist"})


def _party_of_members(word: str) -> bool:
    """Whether a word is the plural of a party member's: "Conservatives", "Tories"."""
    word = word.replace("’", "'").removesuffix("'")
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return singular != word and singular in _PARTY_MEMBERS


# Organisation nouns that name people as often: "the property developer Bryce Kettering",
# "the publisher Ann Lee". Before a name they say nothing; after it ("X, a developer") they do.
_PERSON_OR_ORG_NOUNS = frozenset({"developer", "publisher", "miner", "supplier", "provider"})


# What a name before these words names is a product, not its maker, unless the
# maker is known: "Fjord Sport models", "the DAX index", "Halvorsen vehicles".
_PRODUCT_NOUNS = frozenset(
    """
    model models vehicle vehicles car cars truck trucks pickup pickups van vans
    phone phones smartphone smartphones handset handsets laptop laptops tablet tablets
    device devices console consoles jet jets aircraft airliner airliners plane planes engine
    engines pill pills capsule capsules index indices indexes mine refinery smelter
    """.split()
)

# "The Harrow Fields music festival", "Harrow Fields festival": an event's name, not a
# body's; so is the bare name later ("whether Harrow Fields would return").
# Schemes and operations named like bodies: "Project Gigabit", "Operation Brock".
_SCHEME_WORDS = frozenset({"Project", "Operation"})

# Storms are named like people: "Typhoon Rosal", "Tropical Storm Debby", "Storm Babet".
_STORM_WORDS = frozenset(
    "Typhoon Hurricane Cyclone Storm Super Tropical Depression Tornado Blizzard".split()
)


def _storm_name(c: _Candidate) -> str | None:
    """A storm's own name ("Rosal" of "Typhoon Rosal"), if the candidate names a storm."""
    words = [w.text for w in c.words]
    kind = 0
    while kind < len(words) - 1 and words[kind] in _STORM_WORDS:
        kind += 1
    if kind == 0 or words[kind - 1] not in ("Typhoon", "Hurricane", "Cyclone", "Storm"):
        return None
    return " ".join(words[kind:])


_FESTIVAL_AFTER = re.compile(
    r"[ \xa0]+(?:(?:music|arts|food|film|literary|folk|jazz|beer|book)[ \xa0]+)?festival\b"
)


# Works and products named after their kind: "its latest game, Starfall Odyssey",
# "the drug Zelvora".
_WORK_NOUNS = frozenset(
    "game film movie album book novel memoir song single series show play musical "
    "opera painting app drug vaccine medicine product phone model".split()
)
_WORK_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_WORK_NOUNS))}),?[ \xa0]+$")


# "the FTSE 100", "the S&P 500": an index (not a year: "the UK 2030 target").
_INDEX_NUMBER = re.compile(r"[ \xa0]+(?!19\d\d|20\d\d)\d{2,4}\b(?![.,]?\d)")


# Words before a title that news copy writes in lower case ("state Sen. Tom Harlan",
# "former President Bill Clinton"): capitalised only by a sentence start, they are
# not part of the title.
_LOWER_CASE_MODIFIERS = frozenset("State Former Then Ex Retired Late".split())
# Titles held over a place, not a body: "West Sumatra Governor", "Leeds Mayor".
_PLACE_OFFICES = frozenset("Governor Gov. Mayor Premier".split())
_STATE_LEGISLATORS = frozenset(
    "Sen. Rep. Senator Representative Assemblyman Assemblywoman Assemblymember Del. "
    "Delegate".split()
)


# "an analyst at Davy", "chief economist at Itaú": who works at a name works for
# an organisation, not in a place.
_WORKERS = ROLE_WORDS | frozenset(
    "banker consultant employee fellow staff strategist trader engineer partner".split()
)


# Where things are made, kept and run: "its plant at Tupelo", "the depot in Hove".
_FACILITIES = frozenset(
    "plant plants factory factories works mine mines refinery depot depots warehouse "
    "warehouses site sites terminal yard shipyard smelter mill".split()
)


# "shares in Atlas", "customers of Vantage Broadband", "a bid for Orvane": what
# companies have.
_STAKES = frozenset(
    [(w, "in") for w in "shares stake stakes investment investors investor".split()]
    + [(w, "of") for w in "shares customers shareholders subscribers employees".split()]
    + [("takeover", "of"), ("bid", "for"), ("offer", "for")]
)


# "the governing Frente Amplio", "the ruling Popular Alliance": a party.
_IN_POWER = frozenset("governing ruling opposition".split())


_DESCRIBED = re.compile(r"[ \xa0]*,[ \xa0]+(?:the|a|an)[ \xa0]+((?:[\w’'-]+[ \xa0]+){0,4}[\w’'-]+)")


_NOUN_PHRASE_END = frozenset(
    "where which that who whose when in of for with at on and or to from by as since".split()
)


_MID_LOWER = 32  # Punkt's orthographic flags: seen in lower case mid-sentence,


_MID_UPPER = 4  # and capitalised mid-sentence


@functools.cache
def _ortho() -> dict[str, int]:
    from punkt.data import english

    return dict(english.ORTHO_CONTEXT)


@functools.lru_cache(maxsize=16384)
def _is_common(word: str) -> bool:
    """Whether a word is an ordinary English word (seen in lower case mid-sentence)."""
    lower = word.lower()
    return lower in _OPENERS or bool(_ortho().get(lower, 0) & _MID_LOWER)


@functools.lru_cache(maxsize=16384)
def _is_plain_word(word: str) -> bool:
    """An ordinary word never seen capitalised mid-sentence ("Substitute", "Staffing")."""
    flags = _ortho().get(word.lower(), 0)
    return bool(flags & _MID_LOWER) and not flags & _MID_UPPER


@functools.lru_cache(maxsize=16384)
def _is_name_word(word: str) -> bool:
    """A word seen only capitalised mid-sentence: a name ("Taylor", "Daniel")."""
    flags = _ortho().get(word.lower(), 0)
    return bool(flags & _MID_UPPER) and not flags & _MID_LOWER


def _is_plural_of_word(word: str) -> bool:
    """Whether a word is the plural of an ordinary word, as teams are named ("Tides")."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return _is_common(stem) and not _is_name_word(stem)


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 7 and letters.isupper() and letters.isalpha()


_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O[’']|D[’']|De|Di|Da|Du|La|Le|Van|Von|St)(?=[A-Z])")


def _is_odd_case(word: str) -> bool:
    """Whether a word is written like a brand: "Russia24", "PayBridge", "YouTube".

    Names such as "McDonald", "DeSantis" and "Al-Assad" are not.
    """
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True
    return any(
        any(c.isupper() for c in part[1:])
        and any(c.islower() for c in part)
        and not _NAME_PREFIX.match(part)
        for part in re.split(r"[-\s]", word)
    )


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    words: list[_Word]  # the name, without its title
    type: EntityType | None  # None: a single word decided once all names are known
    evidence: str
    unit: int
    paragraph: int
    title: str = ""
    entry: Entry | None = None
    initial: bool = False
    headline: bool = False
    hint: Gender | None = None  # from an honorific, a pronoun, a kinship word
    honorific: Gender | None = None
    pronoun: Gender | None = None
    role: str = ""
    kin_of: Gender | None = None  # "his father Hafez": the possessor's gender
    borrowed: str = ""  # "Gareth and Lowri Pritchard": Gareth's surname
    after_the: bool = False
    group: bool = False  # "the Kestrels had": a plural name after "the" names a group
    cue: str = ""
    apposed: bool = False  # the cue is an apposition right after it: "Solidarity, the union,"
    entity: int = -1
    link: str = ""

    def key(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class _Units:
    """Where the headline and sentences are, as compact columns (one entry per unit)."""

    starts: Sequence[int]
    ends: Sequence[int]
    paragraphs: Sequence[int]
    numbers: Sequence[int]  # 0 for the headline, sentences from 1
    firsts: Sequence[int]  # where each unit's first word starts

    def index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def is_first_word(self, offset: int) -> bool:
        """Whether a word starting at ``offset`` is the first of its sentence."""
        unit = self.index(offset)
        return unit >= 0 and self.firsts[unit] == offset


_NON_SPACE = re.compile(r"\S+")


# "X’s shares", "X’s chief executive": X is an organisation.
_OWNED_BY_ORGS = frozenset(
    "shares shareholders board chairman chairwoman chief founder founders headquarters "
    "employees staff workforce customers subsidiary website app stores branches "
    "factory factories plant plants executives ceo".split()
)


# "on Tuesday", "last week", "in a statement" between a speaker and what it said.
_WHEN = r"(?:[ \xa0]+(?:on|late on|early on|last|this|in a)[ \xa0]+[a-z]*[A-Za-z]+)?"


# "Velora Health said that it had found", "… said its profits": a body speaks of
# itself; not "she said it was cold", "he said it had been hard" (a dummy "it").
_SPEAKS_AS_IT = re.compile(
    r"[ \xa0]+(?:said|says|added|announced|confirmed|denied|warned)"
    rf"{_WHEN}(?:[ \xa0]+that)?[ \xa0]+(?:its|it[ \xa0]+(?:has|had|plans|planned|intends|"
    r"intended|expects|expected)\b(?![ \xa0]+been))"
)


_IT_SPEAKS = re.compile(rf"{_WHEN}[ \xa0]+(?:that[ \xa0]+)?(?:it|its)\b|[ \xa0]+in a statement")


_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|across|throughout|towards|toward|In|Near|Outside|Around"
    r"|(?:town|village|city|port|suburb|island|region|province|county|district|hamlet|borough"
    r"|resort|municipality|towns|villages|cities|people|residents) of"
    # "Janet Bell, 71, from Cleator Moor", "a 34-year-old man of Springdale": a home
    r"|,[ \xa0]+\d{1,3},[ \xa0]+(?:from|of)|\d{1,3}-year-old[ \xa0]+[a-z]+[ \xa0]+(?:from|of))"
    r"[ \xa0]+$"
)

# Nationalities' words that are languages too, and where they are used as one: after
# "in", "of", "speak", "teach"… and with no noun after ("in English.", "of French and
# Spanish,"; not "in French vineyards").
_LANGUAGES = frozenset(
    """
    English French Spanish German Italian Portuguese Russian Arabic Mandarin Cantonese Chinese
    Japanese Korean Welsh Gaelic Irish Polish Dutch Greek Turkish Hindi Urdu Bengali Punjabi
    Ukrainian Swahili Hebrew Persian Farsi Swedish Norwegian Danish Finnish Hungarian Czech
    Romanian Bulgarian Serbian Croatian Albanian Thai Vietnamese Indonesian Malay Tamil Somali
    Latin Catalan Basque
    """.split()
)
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|of|speak|speaks|spoke|speaking|teach|teaches|taught|teaching|learn|learns"
    r"|learning|learned|learnt|study|studies|studied|studying|into|from|fluent)[ \xa0]+$"
)
_LIST_JOIN = r"(?:,[ \xa0]+|,?[ \xa0]+(?:and|or)[ \xa0]+)"
_LIST_BEFORE = re.compile(rf"(?:[A-Z][a-z]+{_LIST_JOIN})+$")
# the rest of the list, then no noun: "of Malay, Chinese and Indian architecture" is no language
_LANGUAGE_AFTER = re.compile(rf"(?:{_LIST_JOIN}[A-Z][a-z]+)*+[ \xa0]*(?:[.,;:!?)]|$)")

# A nation's or faith's body: "Welsh Conservatives", "Christian Aid", "Quaker Social Action".
_PARTY_PLURALS = frozenset(
    "Conservatives Tories Greens Democrats Republicans Socialists Nationalists Unionists".split()
)
_CHARITY_ENDINGS = frozenset("Aid Action Care Relief Help Voice Concern Welfare".split())

# A role with an owner, set off before a name: "Its organiser, Kerry Bright".
_OWNED_ROLE = re.compile(
    r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w-]+[’']s)[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+,[ \xa0]+$"
)

# Each name in a list of places: "in towns including Llandovery, Tregaron and Rhayader".
_PLACE_LIST = re.compile(
    r"\b(?i:towns|villages|cities|communities|places|areas|suburbs|districts|counties)"
    r"[ \xa0]+(?:including|such[ \xa0]+as|like)[ \xa0]+"
    r"(?:[A-Z][\w’'-]+(?:[ \xa0]+[A-Z][\w’'-]+){0,2}(?:,|,?[ \xa0]+and)[ \xa0]+){0,8}$"
)

# "a Springdale man", "a Dover nonprofit": the place someone or something is from.
_HOME_AFTER = re.compile(
    r"[ \xa0]+(?:man|woman|boy|girl|couple|family|resident|native|teenager|pensioner"
    r"|nonprofit|mother|father|grandmother|grandfather)\b"
)
_A_BEFORE = re.compile(r"\b[Aa]n?[ \xa0]+$")


# "the Attica region", "Evros province": a place.
_PLACE_AFTER = re.compile(
    r"[ \xa0]+(regions?|provinces?|count(?:y|ies)|districts?|prefectures?|governorates?|"
    r"states?|municipality|municipalities|oblasts?|cantons?|departments?|regency|regencies)"
    r"\b(?![ \xa0]+of\b)"
)


# Titles that are also common first names: before a lone surname, the first name.
_GIVEN_NAME_TITLES = frozenset({"Dean"})


_PLURAL_PLACE_NOUNS = frozenset(
    "regions provinces counties districts prefectures governorates states municipalities "
    "oblasts cantons departments regencies".split()
)


_LIST_GOES_ON = re.compile(r",[ \xa0]+[A-Z]|[ \xa0]+(?:and|or)[ \xa0]+[A-Z]")


_CALLING_ITSELF = re.compile(r"\bcall(?:ing|s|ed) (?:itself|themselves)[ \xa0]+$")


_ORG_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|representative) for (?:the )?$")
# An age set off by commas after a name: "Glenys, 81,".
_AGE_AFTER = re.compile(r",[ \xa0]+\d{1,3},")


# Events and prizes are not entities newskit counts.
_EVENT_WORDS = frozenset(
    "Cup Prize Prizes Award Awards Festival Games Championship Championships Trophy Olympics "
    "Paralympics Marathon Summit Conference Expo Fair".split()
)


# Laws and codes are not entities newskit counts: "Treasure Act", "World Anti-Doping Code".
_LAW_WORDS = frozenset("Act Acts Bill Code Treaty Directive Regulations".split())


# Market indices are not entities: "Nasdaq Composite", "Dow Jones Industrial Average".
_INDEX_WORDS = frozenset("Index Composite Average".split())


# Competitions named like organisations: events, unlike the leagues that run them
# ("Premier League", "English Football League").
_EVENT_NAMES = frozenset(
    (
        "Champions League",
        "UEFA Champions League",
        "Europa League",
        "UEFA Europa League",
        "Conference League",
        "Europa Conference League",
        "Nations League",
        "UEFA Nations League",
        "Copa Libertadores",
        "Copa Sudamericana",
        "Copa América",
        "Super Bowl",
        "World Series",
    )
)


# "Whitby Town", "Stoke City", "Derby County": clubs named after their town.
_CLUB_WORDS = frozenset(
    "Town City County United Rovers Athletic Albion Wanderers Rangers Villa Wednesday "
    "Hotspur Argyle Orient Alexandra Stanley Borough Vale Juniors".split()
)


_LOCAL_BODIES = frozenset("Council Borough County Authority District Trust Board".split())
# Bodies named after what they look after, which may be a list of ordinary words:
# "Ministry of Housing, Communities and Local Government", "Department of Labor and
# Employment", "University of Science and Technology".
_PORTFOLIO_HEADS = frozenset(
    "Ministry Department Office Bureau Agency Commission Committee Directorate Secretariat "
    "Board Council Institute Authority Centre Center School College University Academy".split()
)
# Government bodies, whose portfolios are often words newskit has never seen.
_MINISTRIES = frozenset(
    "Ministry Department Office Bureau Agency Commission Directorate Secretariat".split()
)
# Words that name a body of their own, so are not one more thing a ministry looks after:
# "the Ministry of Defence, Army and Navy".
_BODIES = frozenset(
    "Army Navy Police Guard Corps Force Forces Council Parliament Congress Senate Assembly "
    "Cabinet Treasury Court Government".split()
)
_ITEM = r"[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*)*"
_PORTFOLIO_TAIL = re.compile(rf"(?:,[ \xa0]+{_ITEM})*,?[ \xa0]+and[ \xa0]+{_ITEM}")
# Words a number may follow inside a name: "BBC Radio 4", "Channel 4", "Formula 1".
_NUMBERED = frozenset("Radio Channel Formula Studio Studios Terminal Gate Platform".split())
# Roads are not entities newskit counts: "A59", "M25", "I-95".
_ROAD = re.compile(r"[AMBIN]-?\d{1,4}")


_WHICH_AFTER = re.compile(r"[ \xa0]*,[ \xa0]+which\b")
# What only a body does: "the Crown Estate, which leased the seabed".
_WHICH_ACTS = re.compile(
    r"[ \xa0]*,[ \xa0]+which[ \xa0]+(?:(?:said|says|runs|owns|employs|leased|leases|manages|"
    r"operates|represents|funds|oversees|regulates|announced|warned|coordinates)\b"
    # not "the Ribble, which runs through Preston": a river, a road, a railway line
    r"(?![ \xa0]+(?:through|along|from|to|into|across|past|between|under|over|beside|"
    r"north|south|east|west|parallel|alongside|beneath|below|above|around|round|down|up|"
    r"for|every|daily|hourly)\b)"
    r"|campaigns\b)"  # "Living Streets, which campaigns for pedestrians"
)


# An organisation's noun after a name, with at most one word between: "the Lumen
# app", "the Fórsa trade union".
@functools.cache
def _org_noun_after() -> re.Pattern[str]:
    nouns = "|".join(sorted(_ORG_NOUNS, key=len, reverse=True))
    return re.compile(rf"[ \xa0]+(?:[a-z]+[ \xa0]+)?({nouns})\b(?![’'-])")


# "the Auckland-based Harbour Hawks", "Oslo-listed Norvik": a company or a club.
_BASED_BEFORE = re.compile(r"\w-(?:based|headquartered|listed|registered|owned)[ \xa0]+$")


# What follows a group's name used alone: "the Kestrels’ chairman", "the Stags had".
_GROUP_AFTER = re.compile(
    r"[’']|[ \xa0]*[,.;:!?)]|[ \xa0]+(?:had|have|has|were|are|was|is|will|would|could|can|"
    r"may|might|did|do|does|beat|won|lost|drew|face|faced|host|hosted|play|played|said|say|"
    r"says|and|who|in|on|at|for|from|to)\b"
)


# What follows the place that opens a dateline: ", Switzerland", ", May 4", ", 4 May", and
# a US state and the dash: ", Ore. —", ", N.Y. —", ", Florida —".
_DATELINE_PLACE = re.compile(
    r",[ \xa0]+(?:[A-Z][a-z]+\.?[ \xa0]+\d|\d{1,2}[ \xa0]+[A-Z][a-z]+|[A-Z][a-z]+,"
    r"|(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+)[ \xa0]*[-–—][ \xa0])"
)


# "(Meridian) - ", "PEORIA, Ill. — ", "SION – "
_DATELINE_END = re.compile(r"(?:\)|\b[A-Z][a-z]{0,3}\.|\b[A-Z]{3,})[ \xa0]*[-–—][ \xa0]*$")


_THE_BEFORE = re.compile(r"\b[Tt]he[ \xa0]+$")


_CLOSING_QUOTE = re.compile(r"[,.]?[”’\"'](?!\w)")


_LEADING = re.compile(r"[\s‘’“”\"'«»(\[—–-]*")


def _units(article: Article) -> _Units:
    head = article.headline
    starts, ends = unit_bounds(article)
    firsts = array("q")
    text = article.text
    for start, end in zip(starts, ends, strict=True):
        firsts.append(_LEADING.match(text, start, end).end())  # type: ignore[union-attr]
    return _Units(
        starts,
        ends,
        array("q", itertools.chain([0] if head else [], paragraph_numbers(article.sentences))),
        array("q", range(0 if head else 1, len(starts) + (0 if head else 1))),
        firsts,
    )


@functools.lru_cache(maxsize=8)
def _phrases(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Listed names with a lower-case word inside, by their first word, longest first."""
    found: dict[str, list[str]] = defaultdict(list)
    for form in gazetteer.entries:
        words = form.split()
        if len(words) > 1 and (any(w[:1].islower() for w in words[1:]) or "'s " in form):
            found[words[0]].append(form)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


def _title_case_headline(article: Article) -> bool:
    if not article.headline:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", article.headline.text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


class _Recogniser:
    """Finds candidate mentions in an article: one pass over its capitalised runs."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.text = article.text
        self.gazetteer = gazetteer
        self.units = _units(article)
        self.title_case_headline = _title_case_headline(article)
        self.found: list[_Candidate] = []
        self.headline_runs: list[tuple[list[_Word], int]] = []
        self._spans: list[tuple[int, int]] = []

    # One capitalised run, cut into the names it holds.
    def run(self) -> list[_Candidate]:
        """Find the candidates: every capitalised run, cut into the names it holds."""
        run_pattern, word_pattern = _patterns()
        text = self.text
        # One run at a time (a long article has a great many): its listed phrases first,
        # then its names. A listed phrase only reaches forward, so every phrase a word
        # may fall in is known by the time the word is read.
        for match in run_pattern.finditer(text):
            words = [
                _Word(m.start() + match.start(), m.end() + match.start(), sys.intern(m.group()))
                for m in word_pattern.finditer(match.group())
            ]
            listed = self._listed_phrases(words)
            piece: list[_Word] = []
            for word in words:
                span = listed.get(word.start)
                if span is not None:
                    begin = word.start
                    if piece and word.text in _ORG_HEADS and piece[-1].end + 1 == word.start:
                        # "(The) Iowa Department of Agriculture and Land Stewardship",
                        # "U.S. Department of Agriculture": the place's own body
                        for k in range(min(len(piece), 4), 0, -1):
                            place = self._lookup(piece[-k:])
                            if place is not None and place.type == "GPE":
                                begin, piece = piece[-k].start, piece[:-k]
                                break
                    self._sentence_pieces(piece)
                    piece = []
                    end = span
                    # "East Riding of Yorkshire Council": the listed place's own body
                    head = _HEAD_AFTER.match(text, end)
                    if head is not None and head.group(1) in _ORG_HEADS:
                        end = head.end()
                    phrase = [
                        _Word(m.start(), m.end(), m.group())
                        for m in _NON_SPACE.finditer(text, begin, end)
                    ]
                    self._sentence_pieces(phrase, listed=True)
                elif not any(start <= word.start < end for start, end in self._taken(word.start)):
                    piece.append(word)
            self._sentence_pieces(piece)
        known = {c.key(): c for c in self.found if c.type is not None}
        for c in [c for c in self.found if c.type == "ORG" and len(c.words) > 2]:
            # "Cardinal Outfitters" in the headline for Cardinal Outfitters Inc.
            # Not "Graduate Workers" for Graduate Workers United: ordinary words.
            for n in range(2, min(len(c.words), 9)):  # headlines match eight words at most
                if c.words[n - 1].text not in _CONNECTORS and not all(
                    _is_common(w.text) or _is_plural_of_word(w.text) for w in c.words[:n]
                ):
                    known.setdefault(" ".join(w.text for w in c.words[:n]), c)
        for words, unit in self.headline_runs:
            self._headline_words(words, unit, known)
        self._coordination()
        self._comma_firms()
        self._surnames_before_places()
        self._events()
        return self.found

    def _events(self) -> None:
        """A name the story gives an event ("the Harrow Fields festival") is the event's throughout.

        Not a listed name nor one with an organisation's word in it.
        """
        events = {c.key() for c in self.found if c.cue == "event" and c.type is None}
        # "Typhoon Rosal … Rosal killed 12": the storm by its own name too
        events |= {name for c in self.found if (name := _storm_name(c))}
        for c in self.found:
            if c.key() in events and c.type is None and c.entry is None:
                c.cue = "event"  # a lone word left to the linker: no name by its use
            elif (
                c.key() in events
                and c.type is not None
                and c.entry is None
                and not c.title
                and not any(w.text in _ORG_HEADS for w in c.words)
            ):
                c.type, c.evidence = None, "names an event"

    def _comma_firms(self) -> None:
        """A firm named as a list of partners: "Moss, Pryor & Kell", one organisation.

        Or "Carraway, Bell and Stone LLP", the partners joined with "and" before the
        firm's ending.

        The names before an "X & Y" organisation, each one word and a comma, are
        its partners; not a place ("In London, Marks & Spencer") nor a sentence's
        opening word ("Yesterday, Marks & Spencer").
        """
        by_end = {c.end: c for c in self.found}
        gone: set[int] = set()
        for c in self.found:
            partnership = any(w.text == "&" for w in c.words) or (
                c.words[-1].text in _FIRM_ENDINGS and any(w.text == "and" for w in c.words)
            )
            if c.type != "ORG" or not partnership or c.headline:
                continue
            start = c.start
            partners: list[_Word] = []
            absorbed: list[_Candidate] = []
            while (part := _PARTNER.search(self.text, max(0, start - 40), start)) is not None:
                word = part.group(1)
                before = by_end.get(part.end(1))
                if (
                    (
                        before is not None
                        and (before.type in ("GPE", "LOC", "NORP") or len(before.words) != 1)
                    )
                    or (before is None and self._lookup([_Word(part.start(1), part.end(1), word)]))
                    or self.units.is_first_word(part.start(1))
                    or word in _DAYS
                    or word in _MONTHS
                ):
                    break
                # with its comma, so that the name reads as written
                partners.insert(0, _Word(part.start(1), part.end(1) + 1, word + ","))
                if before is not None:
                    absorbed.append(before)
                start = part.start(1)
            if partners:
                c.words[:0] = partners
                c.start = start
                c.evidence = "a firm named as its partners"
                gone.update(id(b) for b in absorbed)
        if gone:
            self.found = [c for c in self.found if id(c) not in gone]

    def _surnames_before_places(self) -> None:
        """A place's name the story has used as a person's surname is that person.

        "the developer Bryce Kettering … Kettering said he": the man, not the
        town; "in Kettering" stays the town.
        """
        named: dict[str, int] = {}  # surname -> where the person is first named in full
        for c in sorted(self.found, key=lambda c: c.start):
            if c.type == "PERSON" and len(c.words) >= 2:
                named.setdefault(c.words[-1].text, c.start)
        if not named:
            return
        for c in self.found:
            if (
                c.type in ("GPE", "LOC")
                and len(c.words) == 1
                and c.evidence.startswith(("gazetteer", "a county"))
                and named.get(c.words[0].text, len(self.text)) < c.start
                and c.cue not in _PLACE_PREPOSITIONS
                and not c.cue.startswith("place")
            ):
                c.type, c.entry, c.evidence = "PERSON", None, "surname of a person named before"

    def _listed_phrases(self, words: list[_Word]) -> dict[int, int]:
        """Find the listed names starting in a run that the run does not hold whole.

        They have lower-case words in them: "Organization for Security and
        Co-operation in Europe", "Food and Drug Administration". Each is added to
        the phrases found so far, which are returned by where they start.
        """
        phrases = _phrases(self.gazetteer)
        text = self.text
        found: dict[int, int] = {}
        for word in words:
            for phrase in phrases.get(word.text.replace("’", "'"), ()):
                end = word.start + len(phrase)
                written = text[word.start : end + 1].replace("’", "'")
                if written.startswith(phrase) and not written[len(phrase) :].isalnum():
                    # "Department of Labor" + " and Employment"
                    portfolio = word.text in _PORTFOLIO_HEADS
                    found[word.start] = (
                        self._portfolio_end(end, word.text)
                        if portfolio
                        else self._national_branch(word.start, end)
                    )
                    break
        head = self._portfolio_head(words)
        if head is not None and head.start not in found:
            # "Ministry of Housing" + ", Communities and Local Government"
            end = self._portfolio_end(words[-1].end, head.text)
            if end > words[-1].end:
                found[head.start] = end
        self._spans += sorted(found.items())
        return found

    def _portfolio_head(self, words: list[_Word]) -> _Word | None:
        """The first word of a run that names a body by what it looks after, if any.

        "Ministry of Housing": a body's word, "of" or "for", then ordinary words.
        """
        for i, word in enumerate(words[:-2]):
            if word.text in _PORTFOLIO_HEADS and words[i + 1].text in ("of", "of the", "for"):
                rest = words[i + 2 :]
                if all(
                    w.text in _CONNECTORS or self._is_portfolio_word(w.text, word.text)
                    for w in rest
                ):
                    return word
                return None
        return None

    def _is_portfolio_word(self, word: str, head: str) -> bool:
        """A word a body may look after ("Housing", "Culture"), not a name.

        An ordinary word; for a ministry or department also one newskit has never
        seen ("Wellness", "Resettlement"); never a listed name or a word written
        like a brand.
        """
        unseen = head in _MINISTRIES and not _ortho().get(word.lower())
        return (
            (_is_common(word) or _is_plural_of_word(word) or unseen)
            and word.lower() not in _OPENERS
            and word not in self.gazetteer
            and not _is_acronym(word)
            and not _is_odd_case(word)
        )

    def _portfolio_end(self, end: int, head: str) -> int:
        """Where a body's name ends that goes on with more of what it looks after.

        "Ministry of Housing" goes on with ", Communities and Local Government";
        not "Ministry of Defence" with ", Army and Navy" (bodies of their own)
        or with ", Google and Apple" (names).
        """
        tail = _PORTFOLIO_TAIL.match(self.text, end)
        if tail is None:
            return end
        items = re.split(r",?[ \xa0]+and[ \xa0]+|,[ \xa0]+", tail.group())
        for item in filter(None, items):
            if item in _BODIES or not all(self._is_portfolio_word(w, head) for w in item.split()):
                return end
        return tail.end()

    def _taken(self, offset: int) -> list[tuple[int, int]]:
        """The listed phrase an offset falls in, if any."""
        i = bisect.bisect_right(self._spans, (offset, len(self.text) + 1)) - 1
        return [self._spans[i]] if i >= 0 else []

    def _sentence_pieces(self, words: list[_Word], *, listed: bool = False) -> None:
        """Cut a run at sentence ends (a run never crosses one) and read each piece."""
        units = self.units
        while words:
            unit = units.index(words[0].start)
            cut = [w for w in words if units.index(w.start) == unit]
            words = words[len(cut) :]
            if unit < 0 or cut[0].start >= units.ends[unit]:
                continue  # outside every sentence (a Markdown "#", a dateline rule)
            if listed:
                self._segment(cut, unit)
            else:
                self._segments(cut, unit)

    def _coordination(self) -> None:
        """Read names joined by "and": the first of two given names borrows the surname.

        "Gareth and Lowri Pritchard" names Gareth Pritchard; "in Faenza and
        Cesena" names two places.
        """
        found = sorted(self.found, key=lambda c: c.start)
        for a, b in itertools.pairwise(found):
            between = self.text[a.end : b.start]
            listed = between == ", " and _LIST_GOES_ON.match(self.text, b.end)
            if between not in (" and ", " or ", " & ") and not listed:
                continue
            a_place = a.type == "GPE" or (
                a.type is None and (a.cue in _PLACE_PREPOSITIONS or a.cue.startswith("place:"))
            )
            if (
                b.cue.startswith("place: ")
                and b.cue[7:] in _PLURAL_PLACE_NOUNS
                and (a.type is None or (a.type == "PERSON" and a.evidence == "capitalised name"))
            ):
                # "in Padang Pariaman and Pesisir Selatan regencies": both are places
                a.type, a.cue, a.evidence = "GPE", b.cue, f"listed before '{b.cue[7:]}'"
                continue
            if (
                between == " and "
                and not a_place
                and a.type is None
                and len(a.words) == 1
                and b.type == "PERSON"
                and len(b.words) >= 2
                and not b.title
            ):
                a.type, a.evidence = "PERSON", "first name before '… and' a full name"
                a.borrowed = " ".join(w.text for w in b.words[1:])
            elif (
                a.type == "GPE"
                or (a.type is None and (a.cue in _PLACE_PREPOSITIONS or a.cue.startswith("place:")))
            ) and (b.type is None or (b.type == "PERSON" and b.evidence == "capitalised name")):
                b.type, b.cue = None if len(b.words) == 1 else "GPE", "place: listed with a place"
                b.evidence = b.evidence if len(b.words) == 1 else "listed with a place"
        # "competes with Next, Argos and B&M": a lone word listed with an
        # organisation is one too, unless the linker knows it as a person's name.
        for a, b in reversed(list(itertools.pairwise(found))):
            between = self.text[a.end : b.start]
            listed = between == ", " and _LIST_GOES_ON.match(self.text, b.end)
            if between not in (" and ", " or ", " & ") and not listed:
                continue
            for one, other in ((a, b), (b, a)):
                if (
                    (other.type == "ORG" or other.cue == "organisation: listed with one")
                    and one.type is None
                    and len(one.words) == 1
                    and not one.initial
                    and not one.headline
                    and not one.after_the
                    and not one.cue
                ):
                    one.cue = "organisation: listed with one"

    def _segments(self, words: list[_Word], unit: int) -> None:
        """Cut a capitalised run into the names it holds."""
        flight = next(
            (
                i
                for i, w in enumerate(words[:-1])
                if w.text == "Flight" and words[i + 1].text[:1].isdigit()
            ),
            None,
        )
        if flight is not None:
            # "AeroSabana Flight 412": the airline; a flight is no entity
            words = words[:flight]
            if not words:
                return
        whole = self.text[words[0].start : words[-1].end]
        if len(words) > 1 and whole in self.gazetteer:  # "Christmas Island", "Food and Drug…"
            self._segment(words, unit)
            return
        segment: list[_Word] = []

        def flush() -> None:
            nonlocal segment
            while segment and segment[-1].text in _CONNECTORS:
                segment.pop()  # "Exeter Crown Court on [Tuesday]"
            self._segment(segment, unit)
            segment = []

        for i, word in enumerate(words):
            text = word.text
            if text in _CONNECTORS:
                if segment and i + 1 < len(words) and self._joins(segment, word, words[i + 1 :]):
                    segment.append(word)
                else:
                    flush()
                continue
            if text[0].isdigit() and not any(c.isalpha() for c in text):
                # A number continues a name with digits ("PayBridge 360", "BBC Radio 4").
                if segment and (_is_odd_case(segment[-1].text) or segment[-1].text in _NUMBERED):
                    segment.append(word)
                else:
                    flush()
                continue
            bare = text.rstrip(".")
            # "the Sunday Courier", "Sunday Times": a day opening a newspaper's name
            paper = i + 1 < len(words) and words[i + 1].text in _ORG_HEADS and not segment
            if (
                bare in _NOT_NAMES
                or (bare in _DAYS and not paper)
                or (bare[-1:] == "s" and bare[:-1] in _NOT_NAMES)
                # "CDs", "DVDs", "NGOs": the plural of a thing in capitals
                or (
                    bare[-1:] == "s"
                    and len(bare) > 2
                    and bare[:-1].isalpha()
                    and bare[:-1].isupper()
                    and bare not in self.gazetteer
                )
            ):
                flush()
                continue
            after_name = bool(segment) and segment[-1].text.lower() not in _OPENERS
            if bare in _MONTHS and not self._month_is_a_name(words, i, after_name):
                flush()
                continue
            if text.endswith(("’s", "'s", "s’", "s'")) and text[-2] in "’'s":
                # A possessive inside a run stays only in an organisation's name
                # ("Pilots’ Association"); "Tesco’s Chief Executive" is Tesco's.
                cut = 1 if text[-1] in "’'" else 2
                possessor = [*segment, _Word(word.start, word.end - cut, text[:-cut])]
                heads = words[i + 1 : i + 9]  # a name runs on a few words, not a whole page
                # "The European Union’s Copernicus …": a listed name, with or without "The"
                listed = self._lookup(possessor) or (
                    len(possessor) > 1
                    and possessor[0].text == "The"
                    and self._lookup(possessor[1:])
                )
                if not any(w.text in _ORG_HEADS for w in heads) or listed:
                    segment = possessor  # "Germany’s Federal Cartel Office": two names
                    flush()
                    continue
            compound = _COMPOUND.search(text)
            if compound:
                # "British-born", "Oslo-based": the name is the part before.
                segment.append(
                    _Word(word.start, word.start + compound.start(), text[: compound.start()])
                )
                flush()
                continue
            segment.append(word)
        flush()

    def _month_is_a_name(self, words: list[_Word], i: int, after_name: bool) -> bool:
        """Whether a month here is a name: "Theresa May", not "in May" or "May 5"."""
        word = words[i]
        if re.match(r"[ \xa0]+\d", self.text[word.end : word.end + 3]):
            return False
        if after_name:
            return True
        nxt = words[i + 1].text if i + 1 < len(words) else ""
        before = _WORD_BEFORE.search(self.text, max(0, word.start - 12), word.start)
        return (
            bool(nxt)
            and nxt not in _CONNECTORS
            and not (before and before.group(1).lower() in _DATE_WORDS)
        )

    def _joins(self, left: list[_Word], connector: _Word, right: list[_Word]) -> bool:
        """Whether "X of Y", "X for Y", "X & Y" is one name."""
        if connector.text == "&":
            return True
        if connector.text == "to":
            return left[-1].text in _TO_HEADS
        following: list[_Word] = []
        for w in right:
            if w.text in _CONNECTORS:
                break
            following.append(w)
        if not following:
            return False
        if self.text[left[0].start : following[-1].end] in self.gazetteer:
            return True
        if connector.text in ("for", "for the"):
            return True  # "Institute for Fiscal Studies", "Minister for Women"
        if connector.text == "and" and self._initials_follow(left + following):
            return True  # "European Association of Zoos and Aquaria (EAZA)"
        if connector.text == "and":
            # "Center for Drug Evaluation and Research", "Redcar and Cleveland
            # Borough Council", "Flood Forecasting and Warning Centre",
            # "University of Engineering and Technology"; not "Bank of England
            # and Lloyds Bank", where the left is a whole name already.
            named = [w for w in left if w.text not in ("The", "the")]
            if following[-1].text in _ORG_HEADS | _LAST_HEADS and len(following) > 1:
                # One ordinary word before "and" is not a whole name: "Care and
                # Support Workers’ Union", "Fire and Rescue Service".
                ordinary = (
                    len(named) == 1
                    and _is_common(named[0].text)
                    and named[0].text not in self.gazetteer
                )
                whole = len(named) > 1 and any(w.text in _ORG_HEADS for w in named)
                return not whole and (
                    len(named) > 1 or ordinary or following[-1].text in _LOCAL_BODIES
                )
            # "Ministry of Science and Technology": what a body looks after is
            # ordinary words; "University of Leeds and Oxfam" are two names.
            # "International Council on Monuments and Sites" too
            of_name = any(w.text in ("for", "of", "of the", "on") for w in named)
            return (
                (
                    of_name
                    and " ".join(w.text for w in following) not in _BODIES
                    and all(self._is_portfolio_word(w.text, named[0].text) for w in following)
                )
                or (len(named) == 1 and following[-1].text in _LOCAL_BODIES)
                # "Brotherhood of Locomotive Engineers and Trainmen": whom it is of, two
                # plurals alike ("University of Leeds and Oxfam" are two names)
                or (
                    of_name
                    and len(following) == 1
                    and named[-1].text.endswith(("ers", "men", "ists", "ians"))
                    and following[0].text.endswith(("ers", "men", "ists", "ians"))
                )
            )
        # "Bank of England", "Royal College of Surgeons of England",
        # "University Hospitals of North Midlands NHS Trust"
        last = left[-1].text.rstrip(".")
        if last in _COMPASS and len(left) > 1 and self._lookup(following) is not None:
            return True  # "Traffic Commissioner for the East of England"
        return (
            last in _OF_HEADS
            or last.rstrip("s") in _OF_HEADS
            or any(w.text in _ORG_HEADS for w in left)
        )

    def _segment(self, words: list[_Word], unit: int) -> None:
        if not words:
            return
        text = self.text
        if (
            words[0].start > 0
            and text[words[0].start - 1] in "“‘\"'"
            and _CLOSING_QUOTE.match(text, words[-1].end)
            and len(words) > 1
            and self._lookup(words) is None
        ):
            return  # a title in quote marks: “Harbour Wall”
        headline = self.units.numbers[unit] == 0
        initial = self.units.is_first_word(words[0].start) or self._after_opening(words[0].start)
        if headline and self.title_case_headline:
            self.headline_runs.append((words, unit))  # read once the body's names are known
            return
        # Ordinary words that open a sentence: "But", "Once", "Two", "Substitute";
        # not the start of a listed name ("Police Scotland") or an organisation's
        # ("Harvest Foods").
        while (
            words
            and initial
            and self._lookup(words) is None
            and not self._national_body(words)
            # "Living Streets, which campaigns for pedestrians": a body's name
            and not (
                1 < len(words) <= 3
                and words[0].text.lower() not in _OPENERS  # "The Trussell Trust, which"
                and _WHICH_ACTS.match(self.text, words[-1].end)
            )
            and (
                words[0].text.lower() in _OPENERS
                or (len(words) > 1 and words[0].text in _LOWER_CASE_MODIFIERS - {"State"})
                # "Expect Beijing to respond": an ordinary word before a known place;
                # not "Tennis Scotland said", a body that speaks
                or (
                    len(words) == 2
                    and _is_common(words[0].text)
                    and not is_title_word(words[0].text)
                    and (place := self._lookup(words[1:])) is not None
                    and place.type == "GPE"
                )
                # "Headliners The Salt Lanterns said": an ordinary word before a name with "The"
                or (
                    len(words) > 2
                    and words[1].text == "The"
                    and (
                        _is_common(words[0].text)
                        # a plural no list knows: "Headliners", "Newcomers"
                        or (words[0].text.endswith("s") and words[0].text[1:].islower())
                    )
                )
                # "Analyst Tom Ode said": a role, capitalised only to open the sentence
                or (
                    len(words) > 2
                    and words[0].text.lower() in ROLE_WORDS
                    and not is_title_word(words[0].text)
                )
                or (
                    len(words) > 1
                    and _is_plain_word(words[0].text)
                    and not is_title_word(words[0].text)
                    and words[-1].text not in _ORG_HEADS
                    and words[-1].text not in _CLUB_WORDS  # "Stoke City"
                    and not any(w.text in _CONNECTORS for w in words)
                    and self._title(words) is None  # "Disaster Management Minister …"
                    and not self._surname_recurs(words)  # "Rob Fennimore … Fennimore said"
                )
            )
        ):
            words = words[1:]
            initial = False
        if words:
            self._classify(words, unit, initial)

    def _national_body(self, words: list[_Word]) -> bool:
        """An ordinary word and a nation opening a sentence and speaking: "Sport England said".

        "Universities UK said", "Tennis Scotland, which …, said"; not "Expect Beijing
        to respond" or "West Sumatra was hit".
        """
        if len(words) != 2 or words[0].text in _PLACE_PARTS or not _is_common(words[0].text):
            return False
        place = self._lookup(words[1:])
        return place is not None and place.kind in _NATIONAL and self._speaks_next(words[-1].end)

    def _surname_recurs(self, words: list[_Word]) -> bool:
        """Two words whose second the story goes on to use alone: a first name and a surname.

        "Rob Fennimore, a businessman, …" and later "Fennimore said": "Rob" is a
        first name here, not the verb that opens the sentence.
        """
        if len(words) != 2 or _is_common(words[1].text) or not words[1].text[:1].isupper():
            return False
        if words[0].text.endswith(("ing", "ed")) or words[1].text in self.gazetteer:
            return False  # "Joining Northgate", "Asked Reade": a verb before a name
        return _occurs(self.text, words[1].text, words[1].end)

    def _speaks_next(self, end: int) -> bool:
        """Whether a speech verb or an apposition follows: "… said", "…, the trade body,"."""
        after = _NEXT_WORD.match(self.text, end)
        return after is not None and (
            after.group(1) in _SPEECH_VERBS or after.group(1) in ("called", "the", "which")
        )

    def _after_opening(self, offset: int) -> bool:
        before = self.text[max(0, offset - 3) : offset].rstrip(" \xa0")
        # After a quote mark or a colon, or a dateline: "BRUSSELS, May 2 (Meridian) - The …"
        return bool(before) and (
            before[-1] in "‘“\"'«:"
            # ") - " ends a dateline; look just behind (searching from the start is quadratic)
            or _DATELINE_END.search(self.text, max(0, offset - 16), offset) is not None
        )

    def _headline_words(self, words: list[_Word], unit: int, known: dict[str, _Candidate]) -> None:
        """In a Title Case Headline every word is capitalised: keep only known names.

        The longest run of words (up to eight) that the body names, or the
        gazetteer lists, wins; a lone word that is not an ordinary word may be a
        name too.
        """
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 8), i, -1):
                phrase = " ".join(w.text for w in words[i:j])
                body = known.get(phrase)
                if body is not None and body.type is not None:
                    self._add(words[i:j], unit, body.type, "named in the body", entry=body.entry)
                    i = j
                    break
                if phrase in self.gazetteer or (
                    j - i == 1 and not _is_common(phrase) and not self._lower_in_body(phrase)
                ):
                    self._classify(words[i:j], unit, initial=True)
                    i = j
                    break
            else:
                # Could still be a name known from the body ("Tides"): decided
                # later; not a word the story writes in lower case.
                if not self._lower_in_body(words[i].text):
                    self._add(words[i : i + 1], unit, None, "headline word", initial=True)
                i += 1

    def _initials_follow(self, words: list[_Word]) -> bool:
        """Whether the name's initials follow it in brackets: "… Zoos and Aquaria (EAZA)"."""
        initials = "".join(w.text[0] for w in words if w.text[:1].isupper())
        end = words[-1].end
        return len(initials) > 2 and self.text.startswith(f" ({initials})", end)

    def _place_pair(self, word: _Word) -> list[tuple[_Word, Entry]]:
        """The two listed places a hyphenated word joins ("Kazakhstan-Kyrgyzstan"), or none."""
        first, _, last = word.text.partition("-")
        if not (first and last) or "-" in last:
            return []
        parts = [_Word(word.start, word.start + len(first), first)]
        parts.append(_Word(word.start + len(first) + 1, word.end, last))
        found = [(w, self._lookup([w])) for w in parts]
        if all(e is not None and e.type == "GPE" for _, e in found):
            return [(w, e) for w, e in found if e is not None]
        return []

    def _joined_to_country(self, word: str) -> bool:
        first, _, last = word.partition("-")
        return bool(first and last) and any(
            e.kind == "country" for e in self.gazetteer.lookup(last)
        )

    def _lower_in_body(self, word: str) -> bool:
        """Whether the story writes a headline's word in lower case: "for lupus", "late-stage"."""
        lower = word.lower()
        body_start = self.units.ends[0] if self.units.ends else 0
        return lower != word and _occurs(self.text, lower, body_start)

    def _national_branch(self, begin: int, end: int) -> int:
        """Where a listed body's name ends with its country's branch after it.

        "Friends of the Earth Norway", "Save the Children UK": the body's branch there.
        """
        after = _BRANCH_AFTER.match(self.text, end)
        if after is None:
            return end
        body = self.gazetteer.lookup(self.text[begin:end].replace("’", "'"))
        place = self.gazetteer.lookup(after.group(1))
        if (
            body
            and body[0].type == "ORG"
            and place
            and place[0].type == "GPE"
            and place[0].kind in ("country", "region")
        ):
            return after.end()
        return end

    def _lookup(self, words: Sequence[_Word]) -> Entry | None:
        phrase = self.text[words[0].start : words[-1].end]
        found = self.gazetteer.lookup(phrase)
        if not found and phrase.isupper() and any(c.isalpha() for c in phrase):
            # A dateline in capitals: "GENEVA", "NEW YORK".
            found = tuple(e for e in self.gazetteer.lookup(phrase.title()) if e.type != "ORG")
        return found[0] if found else None

    def _title(self, words: list[_Word]) -> tuple[int, int] | None:
        """Where a title sits in a run: (first word, first word of the name after it).

        The title is the last title head with a name after it ("Chief Executive
        Daniel Chase"), with the portfolio words before it ("Civil Protection
        Minister", "Prime Minister") or after it ("Secretary of State", "Minister
        for Women"). Words before the title that are not part of it stay apart:
        "Northgate" in "Northgate Chief Executive Daniel Chase".
        """
        texts = [w.text for w in words]
        if texts[-1] in _ORG_HEADS:
            return None  # "Justice Department"
        # A title sits near the start of a name: look no further than ten words in.
        for head in range(min(len(texts) - 2, 10), -1, -1):
            if texts[head].rstrip(".") not in TITLE_HEADS:
                continue
            end = head + 1
            if texts[end] in ("of", "of the", "for"):
                j = end + 1
                while j < len(texts) - 1 and (
                    is_title_word(texts[j]) or _is_common(texts[j]) or texts[j] in self.gazetteer
                ):
                    j += 1
                end = j if j > end + 1 else end
            if end >= len(texts) or texts[end] in _CONNECTORS:
                continue
            if is_title_word(texts[end]) and not (
                # "Mr Dean Farrow": the honorific's name is Dean
                texts[end] in _GIVEN_NAME_TITLES and end == len(texts) - 2
            ):
                continue
            if (
                texts[head] in _GIVEN_NAME_TITLES
                and (
                    head == 0
                    or honorific_gender(texts[head - 1]) is not None
                    or is_title_word(texts[head - 1])  # "Cllr Dean Probert"
                )
                and end == len(texts) - 1
            ):
                continue  # "(Mr) Dean Farrow": a first name; "Dean Ruth Kay" is a title
            start = head
            titled = False  # a title word joined already: "Chief Executive"
            while start > 0:
                before = texts[start - 1]
                if (
                    before in _CONNECTORS
                    # "Labour MP" is the party's; "Labour Minister" a portfolio
                    or (before in self.gazetteer and not (is_title_word(before) and start == head))
                    # "Pierce County Auditor …", but "District Attorney" opening a name
                    or (before in _GPE_HEADS and start > 1)
                ):
                    break
                if is_title_word(before):
                    titled = True
                elif titled or not (_is_common(before) or self._lower_in_body(before)):
                    break  # "Larch Point | Chief Executive David Morrow"
                start -= 1
            return start, end
        return None

    def _classify(self, words: list[_Word], unit: int, initial: bool) -> None:
        """Type the names in a run: a queue of pieces, each typed or cut further."""
        pending = [(words, initial)]
        while pending:
            piece, first = pending.pop(0)
            pending[:0] = self._classify_piece(piece, unit, first)

    def _saint(
        self, words: list[_Word], unit: int, initial: bool
    ) -> list[tuple[list[_Word], bool]]:
        """A saint's name not listed as a place: a church, school or hospital, or a place.

        "St Aidan’s Church of England High School", "St Aidan’s" (the school, its
        ’s kept) and "above St Aubin" (a place); not a person.
        """
        text = self.text
        if any(w.text in _ORG_HEADS for w in words[2:]) or words[1].text.endswith(("’s", "'s")):
            self._add(words, unit, "ORG", "a saint's name and a body's word", initial=initial)
            return []
        if len(words) == 2 and text[words[1].end : words[1].end + 2] in ("’s", "'s"):
            end = words[1].end + 2
            named = [words[0], _Word(words[1].start, end, text[words[1].start : end])]
            self._add(
                named, unit, "ORG", "a saint's name with ’s: a church or school", initial=initial
            )
            return []
        if len(words) == 2:
            self._add(words, unit, "GPE", "a saint's name: a place", initial=initial)
            return []
        return [(words[:2], initial), (words[2:], False)]

    def _classify_piece(
        self, words: list[_Word], unit: int, initial: bool
    ) -> list[tuple[list[_Word], bool]]:
        """Type one piece of a run; return the pieces still to type, in text order."""
        entry = self._lookup(words)
        if (
            entry is not None
            and entry.type == "NORP"
            and len(words) == 1
            and _party_of_members(words[0].text)
            and _THE_BEFORE.search(self.text, max(0, words[0].start - 5), words[0].start)
        ):
            # "Labour was left with 17 and the Conservatives with seven": the party
            self._add(words, unit, "ORG", "'the' + a party's members", initial=initial)
            return []
        if entry is not None:
            self._add(
                words, unit, entry.type, f"gazetteer: {entry.kind}", entry=entry, initial=initial
            )
            return []
        if len(words) > 1 and words[0].text in _SAINT:
            return self._saint(words, unit, initial)
        if len(words) > 1 and words[-1].text in _PARTY_MEMBERS and not self._title(words):
            # "Rep. Tom Hale, a Belton Republican": a place, then the party's member
            if len(words) == 2 and self._lookup(words[:1]) is None:
                self._add(words[:1], unit, "GPE", "place of a party's member", initial=initial)
                return [(words[-1:], False)]
            return [(words[:-1], initial), (words[-1:], False)]
        if len(words) > 1 and (
            words[-1].text in _EVENT_WORDS
            or words[-1].text in _LAW_WORDS
            or words[-1].text in _INDEX_WORDS
            or self.text[words[0].start : words[-1].end] in _EVENT_NAMES
        ):
            return []  # "FA Cup", "Booker Prize": events and prizes are not entities here
        if len(words) == 1 and _ROAD.fullmatch(words[0].text):
            return []  # a road
        if (
            len(words) > 1
            and words[0].text not in _CONNECTORS
            and not self._title(words)
            and any(w.text in ("&", "for", "for the") for w in words)
        ):
            # "Brighton & Hove Albion", "Americans for the Arts": one name, an organisation.
            self._add(words, unit, "ORG", "name with '&' or 'for'", initial=initial)
            return []
        described = _DESCRIBED.match(self.text, words[-1].end)
        noun = _head_noun(described.group(1)) if described else ""
        if len(words) > 1 and noun in _ORG_NOUNS:
            # "Aegean Link, a Greek-owned ferry company": one name, an organisation.
            self._add(words, unit, "ORG", f"described as an organisation: {noun}", initial=initial)
            return []
        if _CALLING_ITSELF.search(self.text, max(0, words[0].start - 30), words[0].start):
            self._add(words, unit, "ORG", "a group calling itself so", initial=initial)
            return []
        if len(words) > 1 and words[0].text in ("Save", "Stop") and not initial:
            # "the campaign group Save Queen Adelaide A&E", "Stop Northgate Incinerator"
            self._add(words, unit, "ORG", "a campaign's name", initial=initial)
            return []
        titled = self._title(words)
        if titled is not None:
            start, end = titled
            if (
                initial
                and start == 0
                and end > 1
                and words[0].text in _LOWER_CASE_MODIFIERS
                # "State Councillor" is a Swiss canton's office; "state Sen." a US one
                and (words[0].text != "State" or words[1].text in _STATE_LEGISLATORS)
            ):
                # "State Rep. Tou Vang" opening a sentence is "state Rep. Tou Vang".
                words, start, end = words[1:], 0, end - 1
            title = self.text[words[start].start : words[end - 1].end]
            person = words[end:]
            self._add(
                person, unit, "PERSON", f"title: {title}", title=title, start=words[start].start
            )
            before = words[:start]
            if before and not any(self._lookup(before[:k]) for k in range(1, len(before) + 1)):
                if len(before) > 1 and before[-1].text in _GPE_HEADS:
                    place = f"place word: {before[-1].text}"
                    self._add(before, unit, "GPE", place, initial=initial)
                elif words[start].text in _PLACE_OFFICES:
                    # "West Sumatra Governor Hendra Saputra": a governor's is a place
                    office = f"before the title {words[start].text}"
                    self._add(before, unit, "GPE", office, initial=initial)
                else:
                    # "Northgate Chief Executive Daniel Chase": the employer.
                    self._add(before, unit, "ORG", "name before a title", initial=initial)
                return []
            return [(before, initial)] if before else []
        # "the" before a capitalised run names a thing, not a person:
        # "the Portland Tides", "the Harbour Lights".
        the = _THE_BEFORE.search(self.text, max(0, words[0].start - 5), words[0].start) is not None
        # A known name before the rest: "Finnish President Aino Laaksonen",
        # "US President", "Portland Tides", "Russian Foreign Ministry".
        for k in range(min(len(words) - 1, 8), 0, -1):
            prefix = self._lookup(words[:k])
            if prefix is None:
                continue
            rest = words[k:]
            if (
                prefix.type == "GPE"
                and len(rest) == 1
                and rest[0].text in _GPE_HEADS
                and (
                    rest[0].text not in _CLUB_WORDS
                    or _IN_PLACE.search(self.text, max(0, words[0].start - 12), words[0].start)
                )
            ):
                # "Jackson County": a place named after a listed one; "in Jackson County"
                # too, but "Whitby Town" and "Derby County" play football
                self._add(words, unit, "GPE", f"place word: {rest[0].text}", initial=initial)
                return []
            if (
                any(w.text in _ORG_HEADS for w in rest)
                or rest[-1].text in _LAST_HEADS  # "Jersey Hornet Watch"
                # "BBC Tees", "Atlantic Crest", "Whitby Town": a listed name, then more
                or (prefix.type == "ORG" and not is_title_word(rest[0].text))
                or (prefix.type == "LOC" and not is_title_word(rest[0].text))
                or (prefix.type == "GPE" and len(rest) == 1 and rest[0].text in _CLUB_WORDS)
                or (the and prefix.type == "GPE" and not is_title_word(rest[0].text))
                or (
                    prefix.type == "GPE"
                    and len(rest) <= 2
                    and not any(w.text in self.gazetteer for w in rest)
                    and (_is_plain_word(rest[-1].text) or _is_plural_of_word(rest[-1].text))
                )
            ):
                self._add(words, unit, "ORG", f"{prefix.name} + name", initial=initial)
                return []
            if prefix.type == "GPE" and len(rest) == 1 and rest[0].text in _LOC_HEADS:
                self._add(words, unit, "LOC", f"location word: {rest[0].text}", initial=initial)
                return []  # "Dublin Airport", "Wembley Stadium"
            if prefix.type == "NORP" and k == 1 and self._group_body(rest):
                # "Indonesian Red Cross", "Welsh Conservatives", "Quaker Social Action"
                self._add(words, unit, "ORG", f"{prefix.name} + a body", initial=initial)
                return []
            if (
                prefix.type == "GPE"
                and k == 1
                and len(rest) <= 2
                and not any(is_title_word(w.text) or w.text in self.gazetteer for w in rest)
                and (len(rest) == 1 or not any(_is_common(w.text) for w in rest))
            ):
                # "Jordan Meyers", "Charlotte Brown", "Santiago Ferreyra Acosta":
                # a first name that is also a place.
                self._add(words, unit, "PERSON", "capitalised name", initial=initial)
                return []
            self._add(
                words[:k],
                unit,
                prefix.type,
                f"gazetteer: {prefix.kind}",
                entry=prefix,
                initial=initial,
            )
            return [(rest, False)]
        self._add_unlisted(words, unit, initial, the)
        return []

    def _group_body(self, rest: list[_Word]) -> bool:
        """Whether the words after a nationality name a body of it, not a person or a title.

        A listed body ("Red Cross"), a party's members ("Conservatives"),
        or ordinary words ending in what charities are called ("Social Action", "Aid").
        """
        if is_title_word(rest[0].text):
            return False  # "Russian President Vladimir Putin"
        listed = self._lookup(rest)
        if listed is not None and listed.type == "ORG":
            return True
        if len(rest) == 1 and rest[0].text in _PARTY_PLURALS:
            return True
        return (
            len(rest) <= 3
            and rest[-1].text in _CHARITY_ENDINGS
            and all(_is_common(w.text) for w in rest)
        )

    def _add_unlisted(self, words: list[_Word], unit: int, initial: bool, the: bool) -> None:
        """Type a name no list knows, by its shape and the words around it."""
        last = words[-1].text
        word = words[0].text
        if (
            all(w.text.isalpha() and w.text.isupper() and len(w.text) > 1 for w in words)
            and (words[0].start == 0 or self.text[words[0].start - 1] == "\n")
            and (
                _DATELINE_PLACE.match(self.text, words[-1].end)
                or (
                    # "SION — Voters in …" opening the story
                    bool(self.article.paragraphs)
                    and words[0].start == self.article.paragraphs[0].start
                    and re.match(r"[ \xa0]*[-–—][ \xa0]", self.text[words[-1].end :]) is not None
                )
            )
        ):
            # "SION, Switzerland, May 4 (Meridian) -": a dateline names a place.
            self._add(words, unit, "GPE", "dateline", initial=initial)
            return
        if len(words) == 1:
            if (len(word) > 1 and _ROMAN.fullmatch(word)) or _CODE.fullmatch(word):
                return
            if _is_acronym(word) and len(word.replace(".", "")) <= 5:
                self._add(words, unit, "ORG", "acronym", initial=initial)
            elif _is_odd_case(word):
                self._add(words, unit, "ORG", "name with digits or mixed case", initial=initial)
            elif pair := self._place_pair(words[0]):
                # "the Kazakhstan-Kyrgyzstan rail link": two countries
                for part, entry in pair:
                    self._add([part], unit, entry.type, f"gazetteer: {entry.kind}", entry=entry)
            elif self._joined_to_country(word):
                # "Météo-France", "Radio-Canada": a national body's name
                self._add(words, unit, "ORG", "name joined to a country", initial=initial)
            elif len(word) > 6 and word.endswith("shire") and word[:1].isupper():
                # "neighbouring Flintshire": a county
                self._add(words, unit, "GPE", "a county: ends in -shire", initial=initial)
            else:
                self._add(words, unit, None, "single word", initial=initial)
            return
        head = next((w.text for w in words[1:] if w.text in _ORG_HEADS), "")
        if not head and last in _LAST_HEADS:
            head = last  # "Health and Safety Executive"; not "Executive Director of …"
        if (word in _ORG_HEADS or word == "Port") and words[1].text in ("of", "of the", "for"):
            head = word  # "Ministry of Disaster Management", all ordinary words; "Port of Dover"
        if not head and word in _FOREIGN_ORG_FIRST:
            head = word
        place_after = next(
            (e for k in (3, 2) if len(words) > k and (e := self._lookup(words[-k:])) is not None),
            None,
        )
        if place_after is None and len(words) == 2 and not _ortho().get(word.lower()):
            # "Healthwatch Staffordshire": an unknown word, then a region or country
            # (not "Michael Jordan": "Michael" is known as a name).
            suffix = self._lookup(words[-1:])
            if suffix is not None and suffix.kind in ("region", "country"):
                place_after = suffix
        if (
            place_after is None
            and len(words) == 3
            and all(_is_common(w.text) and w.text not in _PLACE_PARTS for w in words[:2])
        ):
            # "Fair Wages Idaho", "Save Rural Wales": ordinary words, then a region or country
            suffix = self._lookup(words[-1:])
            if suffix is not None and suffix.kind in ("region", "country"):
                place_after = suffix
        if (
            place_after is None
            and len(words) == 2
            and _is_common(word)
            and word not in _PLACE_PARTS
        ):
            # "Age UK", "Tennis Scotland", "Sport England": an ordinary word and a nation
            suffix = self._lookup(words[-1:])
            if (
                suffix is not None
                and suffix.kind in _NATIONAL
                and (not initial or self._speaks_next(words[-1].end))
            ):
                place_after = suffix
        if place_after is None and len(words) == 2 and _is_acronym(word):
            # "ETH Zurich", "KPMG Ireland": a body in capitals, then its place.
            suffix = self._lookup(words[-1:])
            if suffix is not None and suffix.type == "GPE":
                place_after = suffix
        if (
            place_after is None
            and len(words) == 3
            and _is_common(word)
            and word not in _PLACE_PARTS
        ):
            # "Age UK Northumberland": a national body's branch in a place
            nation, branch = self._lookup(words[1:2]), self._lookup(words[2:])
            if nation is not None and nation.kind in _NATIONAL and branch is not None:
                place_after = branch if branch.type == "GPE" else None
        part_of = self._lookup(words[-1:]) if len(words) == 2 and word in _COMPASS else None
        if any(w.text == "&" for w in words):
            self._add(words, unit, "ORG", "name with '&'", initial=initial)
        elif not head and re.match(r"[-‐‑–]based\b", self.text[words[-1].end : words[-1].end + 7]):
            # "The Fort Smith-based utility": where something is based is a place
            self._add(words, unit, "GPE", "a place something is based in", initial=initial)
        elif part_of is not None and part_of.type == "GPE":
            # "moved to West Sumatra", "East Yorkshire": a part of a listed place
            self._add(words, unit, "GPE", f"part of {part_of.name}", initial=initial)
        elif place_after is not None and place_after.type in ("GPE", "LOC"):
            # "Kessler-Brandt North America": a company's arm in a region.
            self._add(words, unit, "ORG", f"name + {place_after.name}", initial=initial)
        elif head:
            self._add(words, unit, "ORG", f"organisation word: {head}", initial=initial)
        elif any(w.text == "for" for w in words):
            self._add(words, unit, "ORG", "name with 'for'", initial=initial)
        elif last in _GPE_HEADS:
            self._add(words, unit, "GPE", f"place word: {last}", initial=initial)
        elif len(words) == 2 and word in ("Port", "Fort"):
            # "from Port Appin", "Fort Myers" ("Port of Dover" has its body's word)
            self._add(words, unit, "GPE", f"place word: {word}", initial=initial)
        elif last == "Park" and words[-2].text in _PARKS_RUN_AS_BUSINESSES:
            # "Wolds Wildlife Park said": a wildlife or theme park is a business that speaks
            self._add(words, unit, "ORG", f"a {words[-2].text.lower()} park", initial=initial)
        elif last in _LOC_HEADS or word in _LOC_FIRST:
            self._add(
                words,
                unit,
                "LOC",
                f"location word: {word if word in _LOC_FIRST else last}",
                initial=initial,
            )
        elif _is_odd_case(word):
            self._add(words, unit, "ORG", "name with digits or mixed case", initial=initial)
        elif all(_is_acronym(w.text) for w in words):
            if any(self._lookup([w]) for w in words):
                for w in words:
                    self._classify([w], unit, initial)
            else:
                # "ABN AMRO", "IG BCE": one name in capitals.
                self._add(words, unit, "ORG", "name in capitals", initial=initial)
        elif (
            word == "The"
            and not initial
            and self.units.numbers[unit] != 0
            and self._lookup(words[1:]) is None  # "in The Hague"
            and not _WORK_BEFORE.search(self.text, max(0, words[0].start - 12), words[0].start)
        ):
            # "a review in The Verge", "writes for The Economist": a capital "The"
            # mid-sentence is part of a name, a publication's or a band's
            self._add(words, unit, "ORG", "name with a capital 'The'", initial=initial)
        elif the and _WHICH_ACTS.match(self.text, words[-1].end):
            # "The Crown Estate, which leased the seabed": ordinary words, but a body
            self._add(words, unit, "ORG", "a body: ', which' + what bodies do", initial=initial)
        elif all(_is_common(w.text) for w in words):
            # "Housing Bill", "World Cup": capitalised ordinary words, unless
            # the short form of a name ("Harbor Point" for Harbor Point Capital).
            self._add(words, unit, None, "ordinary words", initial=initial)
        elif _is_plain_word(last) and not (
            _is_name_word(word) or _ortho().get(word.lower(), 0) & _MID_UPPER
        ):
            self._add(
                words, unit, "ORG", f"name ending in an ordinary word: {last}", initial=initial
            )
        elif the and all(is_title_word(w.text) for w in words):
            pass  # "The Lord Mayor of Belfast, Cllr Ruth Gibson": a title, no name
        elif the:
            self._add(words, unit, "ORG", "'the' + capitalised name", initial=initial)
        elif org := _ORG_BEFORE.search(self.text, max(0, words[0].start - 30), words[0].start):
            # "a spokeswoman for Visayan Skyways", "works at Harbor Point".
            self._add(words, unit, "ORG", f"after '{org.group().strip()}'", initial=initial)
        elif _WHICH_AFTER.match(self.text, words[-1].end):
            # People are "who", things are "which": "Polar Mutual, which insures…".
            self._add(words, unit, "ORG", "followed by ', which'", initial=initial)
        elif place := _PLACE_BEFORE.search(self.text, max(0, words[0].start - 30), words[0].start):
            # "in Hebden Bridge", "the village of Nea Makri": a place.
            self._add(words, unit, "GPE", f"after '{place.group().strip()}'", initial=initial)
        else:
            self._add(words, unit, "PERSON", "capitalised name", initial=initial)

    def _add(
        self,
        words: list[_Word],
        unit: int,
        entity_type: EntityType | None,
        evidence: str,
        *,
        entry: Entry | None = None,
        title: str = "",
        start: int | None = None,
        initial: bool = False,
    ) -> None:
        first = words[0].start if start is None else start
        if entity_type in ("NORP", None) and self._language(words):
            return  # "issued only in English", "a student of French and Spanish"
        candidate = _Candidate(
            first,
            words[-1].end,
            words,
            entity_type,
            evidence,
            unit,
            self.units.paragraphs[unit],
            title=title,
            entry=entry,
            initial=initial,
            headline=self.units.numbers[unit] == 0,
        )
        if title:
            candidate.honorific = honorific_gender(title.split()[0])
            role = title.split()[-1].rstrip(".").lower()
            candidate.role = TITLE_ROLES.get(role, role)
        self._context(candidate)
        if (
            candidate.cue in ("product", "event")
            and entry is None
            and not title
            # "Project Gigabit" is a scheme; "the Innocence Project" a body
            and not any(
                w.text in _ORG_HEADS
                for w in (words[1:] if words[0].text in _SCHEME_WORDS else words)
            )
        ):
            # Left to the linker: a known organisation's name, or nothing.
            candidate.type, candidate.evidence = None, "names a product"
        elif candidate.cue.startswith("organisation:") and candidate.evidence in (
            "capitalised name",
            "ordinary words",
        ):
            candidate.type, candidate.evidence = "ORG", f"described as an {candidate.cue}"
        elif (
            candidate.type == "ORG"
            and candidate.evidence.startswith("name ending in an ordinary word")
            and (
                candidate.cue in _PERSON_ONLY_ROLES
                # "Its organiser, Kerry Bright,": a role someone's or something's, then the name
                or (
                    candidate.cue in ROLE_WORDS
                    and _OWNED_ROLE.search(self.text, max(0, first - 40), first) is not None
                )
            )
        ):
            # "Ellie Brand, a second-year student, said": a person, whatever her name ends in
            a = "an" if candidate.cue[:1] in "aeiou" else "a"
            candidate.type, candidate.evidence = "PERSON", f"described as {a} {candidate.cue}"
        elif (
            candidate.cue == "speaks: it"
            and candidate.evidence == "capitalised name"
            and _SPEAKS_AS_IT.match(self.text, candidate.end)
        ):
            # "Velora Health said in a statement that it …": a body.
            candidate.type, candidate.evidence = "ORG", "speaks as 'it'"
        elif candidate.cue.startswith("place: ") and candidate.evidence in (
            "capitalised name",
            "'the' + capitalised name",  # "the Las Condes district"
        ):
            # "La Boca, the working-class district": a place.
            noun = candidate.cue[7:]
            candidate.type = "GPE"
            candidate.evidence = (
                "in a list of places"
                if noun == "listed"
                else f"one of the {noun}"
                if noun in _PLURAL_PLACE_NOUNS
                else f"described as a {noun}"
            )
        self.found.append(candidate)

    def _language(self, words: list[_Word]) -> bool:
        """Whether a nationality's word names a language here: "in English", "of French and"."""
        if len(words) != 1 or words[0].text not in _LANGUAGES:
            return False
        text = self.text
        at = words[0].start
        # back to the first of a list ("of French and Spanish"), then the word before it
        listed = _LIST_BEFORE.search(text, max(0, at - 80), at)
        at = listed.start() if listed else at
        before = _LANGUAGE_BEFORE.search(text, max(0, at - 30), at)
        return before is not None and _LANGUAGE_AFTER.match(text, words[0].end) is not None

    def add_span(self, start: int, end: int, entity_type: EntityType, evidence: str) -> None:
        """Add a mention found by someone else (a spaCy pipeline).

        newskit's conventions apply: a title right before a person's name joins
        the span, a possessive ’s leaves it.
        """
        text = self.text
        end = start + len(re.sub(r"[’']s?$", "", text[start:end].rstrip()))
        words = [
            _Word(m.start(), m.end(), m.group()) for m in _NON_SPACE.finditer(text, start, end)
        ]
        if not words:
            return
        unit = max(self.units.index(start), 0)
        if entity_type != "PERSON":
            entry = self._lookup(words)
            self._add(
                words,
                unit,
                entity_type,
                evidence,
                entry=entry if entry and entry.type == entity_type else None,
            )
            return
        # Title words just before the name, in the same sentence.
        lead = [
            _Word(m.start(), m.end(), m.group())
            for m in _NON_SPACE.finditer(text, max(self.units.starts[unit], start - 40), start)
        ]
        titles: list[_Word] = []
        while lead and is_title_word(lead[-1].text) and lead[-1].text[0].isupper():
            titles.insert(0, lead.pop())
        count, title = split_title([w.text for w in titles + words])
        named = (titles + words)[count:] or words
        self._add(
            named,
            unit,
            "PERSON",
            evidence,
            title=title,
            start=(titles + words)[0].start if count else start,
        )

    def _context(self, c: _Candidate) -> None:
        """What the words around a name say about it."""
        text = self.text
        line_start = self.units.starts[c.unit]
        before = _BEFORE.search(text, max(line_start, c.start - 40), c.start)
        if before:
            owner, word = before.group(1), before.group(2)
            if word in ("In", "Near", "Outside", "Around"):  # opening the sentence
                word = word.lower()
            if word in KIN_WORDS and owner:
                owner = owner.lower() if owner in ("His", "Her", "Their") else owner
                c.cue = f"{owner} {word}"
                c.hint = KIN_WORDS[word] if KIN_WORDS[word] != "unknown" else None
                if owner in ("his", "her"):  # "Her daughter, Camille," opening a sentence too
                    c.kin_of = "male" if owner == "his" else "female"
            elif word in ROLE_WORDS:
                c.role = c.role or word
                c.cue = word
            elif (word in _ORG_NOUNS and word not in _PERSON_OR_ORG_NOUNS) or word in _IN_POWER:
                c.cue = f"organisation: {word}"
            elif word == "at" and owner and owner.lower() in _WORKERS:
                c.cue = f"organisation: {owner} at"
            elif word in ("at", "in", "near") and owner and owner.lower() in _FACILITIES:
                c.cue = f"place: {owner.lower()} {word}"  # "its treatment works at Dawlish"
            elif owner and (owner.lower(), word) in _STAKES:
                c.cue = f"organisation: {owner.lower()} {word}"  # "shares in Atlas"
            elif word in ("the", "The"):
                c.after_the = True
                w = c.words[-1].text
                c.group = (
                    len(c.words) == 1
                    and len(w) > 3
                    and w.endswith("s")
                    and not w.endswith("ss")
                    and _GROUP_AFTER.match(text, c.end) is not None
                )
            elif word in _PLACE_PREPOSITIONS or word in _SPEECH_VERBS:
                c.cue = word
            elif word == "of" and _PLACE_BEFORE.search(
                text, max(line_start, c.start - 30), c.start
            ):
                c.cue = "place: … of"
        if not c.cue and _ORG_BEFORE.search(text, max(line_start, c.start - 30), c.start):
            c.cue = "organisation: spokesperson for"  # "A spokesman for Groupama said"
        if not c.cue and len(c.words) == 1 and _AGE_AFTER.match(text, c.end):
            c.cue = "age"  # "Glenys, 81, who has banked there since 1967": a person
        if (
            (not c.cue or c.cue in _SPEECH_VERBS)  # "Officials said Zentrix, which …"
            and len(c.words) <= 3  # "Isavia", "Living Streets"
            and c.entry is None  # not "Ukraine, which warned": a place says so itself
            and _WHICH_ACTS.match(text, c.end)
        ):
            c.cue = "organisation: which runs"  # "Isavia, which runs Keflavik airport, said"
            c.apposed = True  # an ordinary word too: "Link, which runs the cash machines,"
        after = _APPOSITION.match(text, c.end)
        if after and after.group(1) in KIN_WORDS and KIN_WORDS[after.group(1)] != "unknown":
            c.hint = c.hint or KIN_WORDS[after.group(1)]
        described = _DESCRIBED.match(text, c.end)
        noun = _head_noun(described.group(1)) if described else ""
        if noun in _PLACE_NOUNS:
            c.cue = f"place: {noun}"
        elif noun in _ORG_NOUNS:
            c.cue = f"organisation: {noun}"
            c.apposed = True
        elif noun in ROLE_WORDS and (not c.cue or c.cue in _SPEECH_VERBS):
            c.cue = noun
        if _WORK_BEFORE.search(text, max(line_start, c.start - 12), c.start):
            c.cue = "product"
            return
        if _BASED_BEFORE.search(text, max(line_start, c.start - 30), c.start):
            c.cue = "organisation: based somewhere"
        region = _PLACE_AFTER.match(text, c.end)
        if (
            region
            and not c.cue
            and not (c.after_the and region.group(1).rstrip("s") in ("department", "state"))
        ):
            # "the Attica region", "Evros province"; not "the Justice department"
            c.cue = f"place: {region.group(1)}"
        if not c.cue and _PLACE_LIST.search(text, max(line_start, c.start - 150), c.start):
            c.cue = "place: listed"
        if (
            not c.cue
            and _HOME_AFTER.match(text, c.end)
            and _A_BEFORE.search(text, max(line_start, c.start - 4), c.start)
        ):
            c.cue = "place: home"  # "a Springdale man", "a Dover nonprofit"
        if text[c.start - 1 : c.start] == "(" and re.match(
            r"\)[ \xa0]*[-–—]", text[c.end : c.end + 4]
        ):
            c.cue = "dateline agency"
        following = re.match(r"[’']s?[ \xa0]+([a-z]+)|[ \xa0]+([a-z]+)", text[c.end : c.end + 30])
        if _FESTIVAL_AFTER.match(text, c.end) or _storm_name(c) is not None:
            c.cue = "event"  # "the Harrow Fields festival", "Typhoon Rosal"
            return
        if (
            (following and following.group(2) in _PRODUCT_NOUNS)
            or (_is_acronym(c.words[-1].text) and _INDEX_NUMBER.match(text, c.end))
            # a scheme or an operation: "Project Gigabit", "Operation Brock"
            or (len(c.words) > 1 and c.words[0].text in _SCHEME_WORDS)
        ):
            c.cue = "product"
            return
        if following:
            word = following.group(1) or following.group(2)
            if following.group(1) and word in _OWNED_BY_ORGS:
                c.cue = f"owns: its {word}"
            elif following.group(1) and word in KIN_WORDS:
                # "Assad’s wife": the owner is someone else than the wife.
                other = KIN_WORDS[word]
                if other != "unknown":
                    c.hint = c.hint or ("male" if other == "female" else "female")
            elif (
                c.after_the
                and not following.group(1)
                and not c.cue
                and (kind := _org_noun_after().match(text, c.end))
            ):
                # "the Grid Talk podcast", "the Lumen app", "the Fórsa trade union"
                c.cue = f"organisation: {kind.group(1)}"
            elif word in _SPEECH_VERBS and not c.cue:
                # "Voltra said it would", "Voltra said in a statement": a body speaks.
                tail = text[c.end + following.end() : c.end + following.end() + 20]
                c.cue = "speaks: it" if _IT_SPEAKS.match(tail) else word


def _occurs(text: str, word: str, start: int) -> bool:
    """Whether ``word`` stands as a whole word somewhere in ``text[start:]``."""
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
            return True
        at = text.find(word, end)
    return False


def _head_noun(phrase: str) -> str:
    """The noun a description rests on.

    "port" in "fishing port where…", "manager" in "company’s deputy general manager".
    """
    words: list[str] = []
    for word in phrase.split():
        if word in _NOUN_PHRASE_END:
            break
        if not word[0].islower():
            continue  # "the Seattle-based maker"
        if word.endswith(("’s", "'s", "s’", "s'")):
            words = []  # "the company’s manager": the manager
            continue
        words.append(word)
    return words[-1] if words else ""
