"""How names are written in news copy: titles, honorifics, particles, role words.

Pure helpers shared by entity recognition and quote attribution: what counts as
a title before a name, which honorifics state a gender, how a surname with a
particle ("al-Assad", "de la Cruz", "van der Meer") is compared, and the role
and kinship words that describe people.

>>> split_title(["Prime", "Minister", "Catherine", "Hollis"])
(2, 'Prime Minister')
>>> honorific_gender("Mrs"), honorific_gender("Dr")
('female', None)
>>> surname_key("Al-Assad") == surname_key("al-Assad") == surname_key("Assad")
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

__all__ = [
    "HONORIFICS",
    "KIN_WORDS",
    "ROLE_WORDS",
    "TITLE_WORDS",
    "Gender",
    "display_surname",
    "honorific_gender",
    "is_title_word",
    "split_title",
    "surname_key",
]

Gender = Literal["female", "male", "unknown"]

#: Honorifics and the gender they state (the only words, with pronouns, from
#: which newskit reports a person's gender).
HONORIFICS: dict[str, Gender] = {
    **dict.fromkeys(["Mr", "Sir", "Lord", "Baron", "King", "Prince", "Duke", "Monsieur"], "male"),
    **dict.fromkeys(
        [
            "Mrs",
            "Ms",
            "Miss",
            "Dame",
            "Lady",
            "Baroness",
            "Queen",
            "Princess",
            "Duchess",
            "Countess",
            "Madame",
            "Mme",
            "Mlle",
        ],
        "female",
    ),
    "Mx": "unknown",
}

#: The words a title can end in (the rest of TITLE_WORDS only modify one).
TITLE_HEADS = frozenset(
    """
    Dr Prof Professor President Premier Chancellor Minister Secretary Senator Sen Rep
    Representative Congressman Congresswoman Gov Governor Mayor Judge Justice Commissioner
    Ambassador General Gen Lt Lieutenant Col Colonel Maj Major Capt Captain Sgt Sergeant Adm
    Admiral Cmdr Commander Cpl Corporal Pte Private Insp Inspector Det Detective Supt
    Superintendent Constable Officer Chief Father Fr Rev Revd Reverend Bishop Archbishop
    Cardinal Pope Rabbi Imam Sheikh Sheik Emir Sultan Ayatollah Chairman Chairwoman Director
    Coach Councillor Cllr Alderman Councilman Councilwoman Councilmember Speaker Sheriff
    Marshal Sister Brother Hon Pres Atty Brig Cdr Messrs Dean Principal Magistrate Recorder
    Coroner Ald Executive Auditor Treasurer Clerk Assessor Controller Comptroller
    Secretary-General Chairperson Chair President-elect Provost Warden Governor-General
    Nana Alhaji Alhaja Haji Hajjah Mallam Oba Datuk Dato Sri Shri Smt Pandit Ustaz Begum
    Elder Pastor Bishop Canon Dean Abbot Mufti Grand Leader Whip Trustee Supervisor
    Selectman Assemblyman Assemblywoman Delegate Registrar Rector Manager
    """.split()
) | frozenset(HONORIFICS)

#: Words that make a title when they stand, capitalised, right before a name:
#: "President al-Assad", "Health Secretary Alison Rowe", "Sen. Ruth Calloway".
#: The title heads, and the words that modify one (portfolios, ranks, courts).
TITLE_WORDS = TITLE_HEADS | frozenset(
    """
    Attorney Solicitor Deputy Vice Acting Interim Crown Prime First Foreign Home Health
    Defence Defense Interior Finance Justice Education Transport Environment Culture Trade
    Business Energy Housing Shadow Labor Labour Agriculture Economy Treasury Digital Science
    Security Immigration Opposition State General Financial Operating Technology Medical
    Scientific Managing District Circuit High Supreme Appeals Police Fire Army Navy Air
    Cabinet Tan Artistic Creative Musical Group Station Watch Crew Area Society
    """.split()
)

#: Lower-case role words that, right before a name, say it is a person's
#: ("Syrian president Bashar al-Assad", "goalkeeper Hannah Brooks").
ROLE_WORDS = frozenset(
    """
    president prime minister premier chancellor secretary senator governor mayor judge
    justice commissioner ambassador general colonel captain sergeant officer chief spokesman
    spokeswoman spokesperson chairman chairwoman chair director executive founder co-founder
    coach manager goalkeeper striker midfielder defender captain player striker forward
    guard analyst economist professor lecturer researcher scientist biologist hydrologist
    doctor surgeon nurse lawyer barrister solicitor attorney prosecutor detective inspector
    superintendent constable councillor councilman councilwoman councilmember lawmaker
    legislator representative candidate leader deputy aide adviser advisor campaigner
    activist organiser organizer singer songwriter musician artist actor actress author
    writer novelist poet journalist reporter editor broadcaster presenter photographer
    filmmaker director producer chef owner landlord farmer teacher headteacher principal
    forecaster meteorologist
    student pupil resident residents worker engineer architect designer pilot driver
    firefighter paramedic soldier commander minister mp senator congressman congresswoman
    speaker envoy diplomat negotiator king queen prince princess pope bishop archbishop
    rabbi imam priest vicar pastor father mother son daughter brother sister husband wife
    widow widower uncle aunt cousin nephew niece grandson granddaughter grandfather
    grandmother boyfriend girlfriend partner fiancé fiancée colleague friend neighbour
    neighbor victim survivor witness defendant suspect accused claimant plaintiff boss ceo
    cfo coo cto chief-executive
    """.split()
)

#: The role a title's abbreviation stands for ("Sen." is a senator), so a
#: "Sen. Calloway" and a "senator Ruth Calloway" share a role.
TITLE_ROLES = {
    "sen": "senator", "gov": "governor", "rep": "representative", "pres": "president",
    "gen": "general", "prof": "professor", "insp": "inspector", "det": "detective",
    "supt": "superintendent", "cllr": "councillor", "capt": "captain", "col": "colonel",
    "lt": "lieutenant", "sgt": "sergeant", "atty": "attorney", "rev": "reverend",
    "revd": "reverend", "fr": "father", "dr": "doctor", "maj": "major", "adm": "admiral",
}  # fmt: skip

#: Kinship words and the gender they give the relative they name ("his
#: father Hafez"): used to tell apart people who share a surname, never to
#: report a gender.
KIN_WORDS: dict[str, Gender] = {
    **dict.fromkeys(
        [
            "father",
            "son",
            "brother",
            "husband",
            "uncle",
            "nephew",
            "grandson",
            "grandfather",
            "widower",
            "boyfriend",
            "stepfather",
            "stepson",
            "dad",
        ],
        "male",
    ),
    **dict.fromkeys(
        [
            "mother",
            "daughter",
            "sister",
            "wife",
            "aunt",
            "niece",
            "granddaughter",
            "grandmother",
            "widow",
            "girlfriend",
            "stepmother",
            "stepdaughter",
            "mum",
            "mom",
        ],
        "female",
    ),
    **dict.fromkeys(["cousin", "partner", "child", "sibling", "spouse", "parent"], "unknown"),
}

# Name particles, written in lower case mid-sentence: al-Assad, bin Turki, de la Cruz.
_PARTICLE = re.compile(
    r"^(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-|"
    r"(?:bin|ibn|bint|abu|ben|van|von|de|da|di|du|la|le|der|den|del|della|des|dos|das|ter|ten|zu|y)"
    r"(?:[ -]|$))+",
    re.IGNORECASE,
)


def honorific_gender(word: str) -> Gender | None:
    """The gender an honorific states ("Mrs" female), or ``None`` for other words.

    >>> honorific_gender("Mr."), honorific_gender("President")
    ('male', None)
    """
    return HONORIFICS.get(word.rstrip("."))


def is_title_word(word: str) -> bool:
    """Whether a capitalised word can be (part of) a title before a name.

    >>> is_title_word("Sen."), is_title_word("Syria")
    (True, False)
    """
    return word.rstrip(".") in TITLE_WORDS


def split_title(words: Sequence[str]) -> tuple[int, str]:
    """How many leading words of a capitalised run are a title, and the title.

    A title is a run of title words that ends in a title head ("Health Secretary",
    "Prime Minister", "Mrs") and leaves at least one word for the name.

    >>> split_title(["Sen.", "Ruth", "Calloway"])
    (1, 'Sen.')
    >>> split_title(["Health", "Secretary", "Alison", "Rowe"])
    (2, 'Health Secretary')
    >>> split_title(["Prime", "Minister"])
    (0, '')
    """
    best = 0
    for i, word in enumerate(words[:-1]):
        bare = word.rstrip(".")
        if bare not in TITLE_WORDS:
            break
        if bare in TITLE_HEADS:
            best = i + 1
    # "Secretary of State Antony Blinken" is rare enough to leave out.
    return best, " ".join(words[:best])


def _core(surname: str) -> str:
    return _PARTICLE.sub("", surname).replace("’", "'")


def surname_key(surname: str) -> str:
    """A surname without its particles, case-folded: the key names are matched on.

    >>> surname_key("van der Meer"), surname_key("Bin Turki"), surname_key("O’Neill")
    ('meer', 'turki', "o'neill")
    """
    core = _core(surname)
    return (core or surname).casefold()


def display_surname(forms: Sequence[str]) -> str:
    """The surname as the article writes it mid-sentence.

    Particles are in lower case if any form writes them so ("Al-Assad" at a
    sentence start, "al-Assad" elsewhere).

    >>> display_surname(["Al-Assad", "al-Assad"])
    'al-Assad'
    >>> display_surname(["De la Cruz"])
    'De la Cruz'
    """
    for form in forms:
        match = _PARTICLE.match(form)
        if match and match.group()[0].islower():
            return form
    return forms[0]


# A name set off after a preposition's owned object: "to his deputy, Tamsin Roberts,".
# A "he" that follows is whoever "his" is, not the name.
OWNED_OBJECT = re.compile(
    r"\b(?:of|in|at|from|for|on|with|by|to|near)\s+(?P<owner>[Hh]is|[Hh]er)\s+"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$"
)


_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w-]*[’']s?)\s+"
    r"(?:(?:late|eldest|elder|oldest|older|youngest|younger|baby|teenage|adult|\d+-year-old)\s+)?"
    r"(?P<kin>[a-z]+),?\s+$"
)


def kin_gender(text: str, start: int) -> Gender | None:
    """The gender a kinship word gives the name at ``start``: "Her son, Idris" is male.

    Used to tell whom "she" or "he" can be, never reported as the person's gender
    (which newskit takes from honorifics and pronouns only).

    >>> text = "Her son, Idris, has asthma. Ewan, her husband Ewan"
    >>> kin_gender(text, 9), kin_gender(text, 46), kin_gender(text, 28)
    ('male', 'male', None)
    """
    kin = _KIN_BEFORE.search(text, max(0, start - 40), start)
    return None if kin is None else KIN_WORDS.get(kin.group("kin"))


def owned_object_of(text: str, start: int, gender: Gender) -> bool:
    """Whether the name at ``start`` follows "to his deputy, " with "his" of ``gender``.

    >>> owned_object_of("hand command to his deputy, Tamsin Roberts", 28, "male")
    True
    >>> owned_object_of("Her manager, Sophie Clarke", 13, "female")
    False
    """
    owned = OWNED_OBJECT.search(text, max(0, start - 60), start)
    return owned is not None and owned.group("owner").lower() == (
        "his" if gender == "male" else "her"
    )
