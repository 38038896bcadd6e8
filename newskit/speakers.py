"""Who a few words name: the speaker behind "she", "the ministry", "Mrs Al-Assad".

:mod:`newskit.attribution` finds where a quote's attribution is; this module
says who it names, with the entities (:func:`newskit.entities`):

* a name is its entity ("Mrs Al-Assad" is Asma al-Assad); in "Lauren Mikkelsen,
  an analyst at GlobalData, said" the name before the insert, in "Keystone’s
  chief executive, Robert Osei, said" the person inside it; not a name after a
  preposition ("Beaumont of Idaho"), a possessive or a nationality used as an
  adjective;
* "she"/"he" is a person named in the nearest sentence before, one of that
  gender first, not the object of a preposition or kinship word; "it" the
  organisation that is a subject nearby; "I" in an interview's answer the
  person answering;
* "the ministry" is the ministry named before (none named: the country's),
  "the company" the story's organisation, "the judge" the person with that
  title or role, "the government" the country named before ("the regional
  government" the region), "a spokeswoman for the airline" the airline, a bare
  "a spokesman" the body that spoke just before, "Assad’s wife" the person
  introduced as "wife of" him, "her father" the one introduced as "her
  father, Graham";
* a headline's or lede's unnamed speaker ("…, director says", "its owner
  said", "the park said") is the one the next paragraphs name with that role,
  or who opens the next paragraph.

What the text wrote is kept beside the entity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newskit.article import unit_bounds
from newskit.entities import Entity, Mention, mentions
from newskit.names import Gender, kin_gender, owned_object_of
from newskit.spans import Span, bounds

if TYPE_CHECKING:
    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

__all__ = ["NOBODY", "SPEECH_VERBS", "Attribution", "Rule"]

Rule = Literal[
    "after",
    "according to",
    "colon",
    "verb before",
    "end of sentence",
    "continuation",
    "quoted in the body",
    "",
]

_VERB_FORMS = """
    say says said saying tell tells told telling add adds added explain explains explained
    insist insists insisted argue argues argued warn warns warned write writes wrote
    claim claims claimed note notes noted stress stresses stressed recall recalls recalled
    admit admits admitted reply replies replied ask asks asked continue continues continued
    declare declares declared announce announces announced acknowledge acknowledges
    acknowledged confirm confirms confirmed urge urges urged suggest suggests suggested
    concede concedes conceded call calls called describe describes described denounce
    denounces denounced brand brands branded label labels labelled labeled promise promises
    promised vow vows vowed pledge pledges pledged predict predicts predicted caution
    cautions cautioned complain complains complained comment comments commented remark
    remarks remarked observe observes observed shout shouts shouted chant chants chanted
    joke jokes joked tweet tweets tweeted respond responds responded counter counters
    countered boast boasts boasted lament laments lamented reiterate
    reiterates reiterated demand demands demanded emphasise emphasises emphasised emphasize
    emphasizes emphasized maintain maintains maintained conclude concludes concluded
    reveal reveals revealed tells whisper whispers whispered sing sings sang cry cries cried
    laugh laughs laughed plead pleads pleaded protest protests protested
    accuse accuses accused accusing adding describing hails hailed remind reminds
    reminded posted
    """.split()

SPEECH_VERBS = frozenset(_VERB_FORMS)

_VERB = "(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + ")"

_WORD_RUN = re.compile(r"[A-Za-z]+")


def _speech_verbs(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Where the speech verbs are in ``text[begin:end]``.

    A word pattern and a set lookup: much faster than one pattern holding every verb.
    """
    return [
        m.span()
        for m in _WORD_RUN.finditer(text, begin, end)
        if m.group().lower() in SPEECH_VERBS
        # not "so-called", a word about the thing named, not a verb
        and (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"))
        and (m.end() == len(text) or not text[m.end()].isalnum())
        # not "with a promise to", "the call for", "the company’s call centre": a noun
        # after its article or an owner
        and _DETERMINER_BEFORE.search(text, max(0, m.start() - 7), m.start()) is None
        # not "staff had been told ‘almost nothing’": a passive names the listener
        and (
            m.group().endswith("ing")
            or _PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None
        )
    ]


_PASSIVE_BEFORE = re.compile(r"\b(?:been|being|was|were|be|get|gets|got)\s+(?:[a-z]+ly\s+)?$")


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|its|his|their|our|my|your)|\w['’]s|s['’])\s+$"
)


# After a preposition, the name is an object: "Beaumont of Idaho", "Moss of the charity X".
_PREPOSITIONS = "of|in|at|from|for|on|with|by|to|near"
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:{_PREPOSITIONS})\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}$"
)
# A pronoun is an object only right after one: "read from it", not "a rent he called".
_PREPOSITION_JUST_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS}|about)\s+$")

_HE = re.compile(r"\b[Hh]e\b")
_SHE = re.compile(r"\b[Ss]he\b")
# "he and Ruth will move": the pronoun and someone else.
_PRONOUN_AND = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+$")

# The same person's words in any case: "to his deputy, Tamsin Roberts, who": he is not her
_HE_ANY = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b")
_SHE_ANY = re.compile(r"\b(?:[Ss]he|[Hh]er)\b")

# ", who", or an apposition and then ", who": the name is the subject of a clause.
_WHO_AFTER = re.compile(r"(?:,[^,.;:!?]{1,60})?,\s+who\b")

# A verb right after a name makes it the subject, whatever comes before it.
_VERB_AFTER = re.compile(r"[ \xa0]+(?:was|were|is|are|has|had|said|says|told|[a-z]+ed)\b")

_SPOKESPERSON_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|representative|spokesmen|spokeswomen)\s+(?:for|of)\s+"
    r"|\bofficials\s+(?:at|of|from)\s+",  # "Officials at the university said"
    re.I,
)

_AFTER_REPORTING = re.compile(rf"\b{_VERB}\s+(?:that\s+)?$", re.I)

# Descriptions that stand for the story's main organisation when none has the word in its name.
_BUSINESS_WORDS = frozenset(
    "company firm group business chain retailer maker manufacturer carrier airline bank lender "
    "insurer operator developer utility miner club team organisers organizers grocer shop "
    "practice automaker carmaker processor supplier dairy "
    "supermarket publisher brewer builder housebuilder".split()
)

# Words in a body's name that say it is not a business (for "the company").
_NOT_BUSINESS = frozenset(
    "union council party ministry department agency commission committee authority court "
    "police government university school hospital federation parliament congress senate "
    "assembly tribunal inspectorate regulator watchdog foundation charity league".split()
)

# "Assad’s wife", "Syria’s first lady", "the company’s spokesman": a role owned by a name.
_ROLE_AFTER_POSSESSIVE = re.compile(r"['’]s?\s+(?P<role>[a-z-]+(?:\s+[a-z-]+){0,2})\s*$")

# "…’s chair, " between a description and the name of the person in that role.
_ROLE_BEFORE_NAME = re.compile(r"['’]s?\s+[a-z-]+(?:\s+[a-z-]+){0,2},\s+")

# Roles that speak for whoever owns them: "the company’s spokesman", "Tran’s campaign",
# "Lindqvist’s office", "his lawyers".
_SPOKES = re.compile(
    r"(?:.*\s)?(?:spokes\w+|representatives?|campaign|team|office|lawyers?|aides?|camp"
    r"|press office|attorneys?|solicitors?"
    # "Ofsted’s report said": a document speaks for who published it
    r"|report|statement|letter|review|study|survey|filing|analysis|website)$"
)
# Documents speak for who published them: "a review in The Verge", "a report by the IMF".
_DOCUMENT_BY = re.compile(
    r"\b(?:review|report|statement|letter|study|paper|editorial|article|post|filing|survey"
    r"|analysis|ruling|judgment|note|memo|briefing)\s+(?:in|by|from|of)\s+",
    re.I,
)

_KIN_OF = re.compile(
    r"(?P<role>wife|husband|widow|widower|son|daughter|mother|father|brother|sister|partner)"
    r"\s+of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}$"
)

# A description right after an ordinary word is that word's object, not a subject.
# A word before a description that makes it an object ("praised the governor"); not
# one that opens a clause ("…after sport’s highest court called").
_AFTER_WORD = re.compile(
    r"\b(?!(?:and|but|as|while|then|after|before|when|because|since|until|although|though|"
    r"once|whereas|where|what|which|that)\b)[a-z]+\s+$"  # "in what its owner called"
)

_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
# A place that describes what follows: "Ohio-based", "Cambridge, Mass.-based", "a Dayton
# nurse" (a lower-case word after it that is no verb: not "the United States has").
_PLACE_MODIFIER = re.compile(r"(?:,\s+[A-Z][\w.]*)?-(?:based|born|headquartered|registered)\b")
_PLACE_NOUN = re.compile(
    r" (?!(?:has|had|is|was|are|were|will|would|can|could|may|might|must|should|did|does"
    r"|also|then|now)\b)[a-z]+\b(?<!s)(?<!ed)(?![-’'])"
)

# "…, whose director, Imran Qureshi, said": the person in the insert has the role.
_WHOSE_ROLE = re.compile(r"\bwhose\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*$")

# ", which runs …", ", who …": an insert opening with a relative pronoun (not "whose
# director, Imran Qureshi," where the person inside speaks).
_INSERT_RELATIVE = re.compile(r",(?=\s+(?:which|who)\b)")

_RELATIVE_TAIL = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+ly\s+)?$")

_AUX_TAIL_TEXT = (
    r"(?:\s+(?:has|have|had|also|then|later|again|would|will|previously|[a-z]+ly))*\s*$"
)

# A nation's body: "the French trade ministry", "the Chinese embassy".
_BODIES = (
    r"(?:ministry|government|embassy|authorities|foreign office|army|military|navy|regulator"
    r"|officials?)\b"
)
_NATION_BODY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<nation>[A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}" + _BODIES
)
# A place's body, just before the verb: "Belgium's federal government said".
_PLACE_BODY = re.compile(
    r"(?P<place>[A-Z][\w-]+)[’']s\s+(?:[a-z-]+\s+){0,2}" + _BODIES + _AUX_TAIL_TEXT
)
_AUX_TAIL = re.compile(_AUX_TAIL_TEXT)

# A dateline opening a paragraph: "BANGKOK, Feb 26 (Meridian) - ", "MEDFORD, Ore. — ".
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ \xa0][A-Z][A-Z.'’-]+)*(?:,[^\n()–—]{1,40}?)?"
    r"(?:[ \xa0]*\([^()\n]{1,40}\))?[ \xa0]*[-–—][ \xa0]"
)

_AFTER_KIN = re.compile(
    r"\b(?:her|his|their|its)\s+(?:[a-z]+-)?(?:son|daughter|wife|husband|partner|mother|father"
    r"|brother|sister|child|children|grandson|granddaughter|niece|nephew|aunt|uncle|cousin"
    r"|boyfriend|girlfriend|friend|colleague|boss|mentor|coach)(?:s|-in-law)?,?\s+$"
)

_PRONOUN = re.compile(r"\b((?i:she|he|it|they)|I)\b")

# An interview's speaker labels: "Q:", "A:", "ADEYEMI:" at the start of a paragraph.
_LABEL = re.compile(r"(?P<label>Q|A|[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)*):\s")

# The words that say what kind of body an organisation is ("… Agency", "… Union").
_BODY_WORDS = frozenset(
    "company firm group bank airline ministry department agency council club union party board "
    "trust charity retailer regulator watchdog court university hospital school authority "
    "commission committee foundation institute network broadcaster newspaper service office "
    "league federation association operator insurer carrier chain maker manufacturer developer "
    "lender bureau organisation organization campaign force police miner utility body park zoo "
    "museum diocese church panel organisers organizers band grocer supermarket publisher shop "
    "society brewer builder housebuilder practice automaker carmaker processor supplier "
    "dairy ombudsman".split()
)

# "according to the Lupus Foundation", "according to the promoter, Quayside Live"
_ACCORDING_TO = re.compile(
    r"\baccording to (?:(?:the|its|a|an) )?(?:[a-z-]+ ){0,2}(?:[a-z-]+, )?$", re.I
)

_DATELINE_AGENCY = "news agency in a dateline"  # the evidence newskit.linking gives

# Descriptions that name a body by another word for its kind: "the force" is a police force.
_SAME_KIND = {
    "force": {"force", "police", "constabulary"},
    # "The agency said" after "the River City Transit Authority"
    "agency": {"agency", "authority", "administration", "commission"},
    "panel": {"panel", "court", "tribunal"},  # "the panel" of a court that ruled
}


# What a body introduced as doing something is called later: "The Office for Students,
# which regulates higher education," is "the regulator".
_DOES_FOR_KIND = {
    "regulator": {"regulates", "oversees"},
    "watchdog": {"regulates", "oversees", "monitors"},
    "operator": {"runs", "operates"},
    "owner": {"owns"},
    "union": {"represents"},
}
# What an apposition says a body is: "Lone Star Alert Systems, a Round Rock-based company".
_APPOSED_KIND = re.compile(
    r",[ \xa0]+(?:a|an)[ \xa0]+(?:[\w’'.-]+[ \xa0]+){0,5}?(?P<kind>[a-z]+)"
    r"(?=[,.;:]|[ \xa0]+(?:that|which|who|in|of|for|from|with|based|owned|run)\b)"
)
_WHICH_DOES = re.compile(r",\s+which\s+(?:also\s+)?([a-z]+)\b")


def _kinds_of(head: str) -> set[str]:
    """The words a body's name may hold for a description's head ("force": police too)."""
    return _SAME_KIND.get(head.lower(), {head.lower()})


def _of_kind(name: str, head: str) -> bool:
    """Whether a body's name allows a description's head: "the union" is no Ministry of Labour.

    A name with no kind word allows any head; "the group" suits any body.
    """
    kinds = _BODY_WORDS & set(name.lower().split())
    return not kinds or head.lower() in _ANY_KIND or bool(kinds & _kinds_of(head))


_ANY_KIND = frozenset({"group", "organisation", "organization", "body"})

# What a listed body may be called by its kind in the gazetteer, when its name has no
# such word: Ofgem (government) is "the regulator", never "the company".
_LISTED_KIND_HEADS = {
    "government": frozenset(
        "regulator watchdog agency authority department ministry office".split()
    ),
    "agency": frozenset("regulator watchdog agency authority office service".split()),
    "police": frozenset("police force".split()),
    "court": frozenset("court tribunal".split()),
    "union": frozenset({"union"}),
    "party": frozenset({"party"}),
    "media": frozenset("broadcaster newspaper paper network publisher".split()),
    "education": frozenset("university school college".split()),
    "charity": frozenset({"charity"}),
    "sport": frozenset("club team league federation".split()),
}
_PUBLIC_KINDS = frozenset(
    "government agency police court legislature military international party union "
    "education religious charity".split()
)


# Descriptions that make a body public, not a business: "the civil aviation authority, Aerocivil".
_PUBLIC_DESCRIPTIONS = frozenset(
    "authority regulator watchdog agency ministry department council commission inspectorate "
    "union party court police".split()
)


def _public_body(entity: Entity) -> bool:
    """Whether the gazetteer or the story's description makes an organisation a public body."""
    if _listed_kind(entity) in _PUBLIC_KINDS:
        return True
    return any(
        m.evidence.startswith("described as an organisation: ")
        and m.evidence.rsplit(" ", 1)[-1] in _PUBLIC_DESCRIPTIONS
        for m in entity.mentions
    )


def _listed_kind(entity: Entity) -> str:
    """The gazetteer's kind for a listed organisation ("government"), or ""."""
    for m in entity.mentions:
        if m.evidence.startswith("gazetteer: "):
            return m.evidence[11:]
    return ""


# How far after an organisation's name its speech verb may come: "MSC, the world's
# largest container line, said".
_SUBJECT_REACH = 80

_PERSON_ROLES = frozenset(
    "judge minister mayor coach manager president governor senator chairman chairwoman chair "
    "director coroner prosecutor magistrate sheriff commissioner premier chancellor secretary "
    "ambassador inspector detective owner founder mp ceo headteacher headmaster headmistress "
    "principal curator professor economist surgeon lawyer solicitor barrister attorney "
    "captain councillor chief".split()
)

# A body or a person known by their role: "the agency", "its lender", "Indonesia's
# disaster agency", "the judge".
_DESCRIBED_NOUNS = _BODY_WORDS | _PERSON_ROLES | {"government", "team", "prime minister"}
# "the region’s police and crime commissioner" is the commissioner, not the force
_DESCRIBED_NOUNS |= {"police and crime commissioner"}
_DESCRIBED = "|".join(sorted(_DESCRIBED_NOUNS, key=lambda n: (-len(n), n)))  # longest first
_DESCRIPTION = re.compile(
    r"(?:\b(?:the|its|a|an|your|our|my)|\b[\w-]+[’']s)\s+(?:[a-z-]+(?:[’']s)?\s+){0,2}?"
    rf"({_DESCRIBED})\b",
    re.I,
)

# A role or body's noun with no article, just before the verb: a headline's "…, director
# says", "Judge calls …", "…, Company Says", and "The Cambridge, Mass.-based company said".
_BARE_NOUN = re.compile(
    rf"(?:^|(?<=[\s,]))(?:[A-Za-z-]+\s+)?({_DESCRIBED})\s*$",
    re.I,
)

# Whose government "the regional government" is: the last place of that kind
# ("a government spokeswoman" after "Germany … Berlin" is Germany's).
_GOVERNMENT_KINDS = {
    "regional": "region",
    "cantonal": "region",
    "provincial": "region",
    "state": "region",
    "city": "city",
    "municipal": "city",
}

# A relative as the subject: "Her father said", "his widow told".
_KIN_SUBJECT = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:late\s+|former\s+)?(?P<kin>son|daughter|wife|husband"
    r"|partner|mother|father|brother|sister|widow|widower|grandmother|grandfather)" + _AUX_TAIL_TEXT
)

# A spokesperson for no one named: "A spokesman added".
_BARE_SPOKES = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<kind>(?:[a-z-]+\s+){0,3}?)spokes(?:man|woman|person)\s*$"
)

# How far after a lede's "a coroner" the coroner is looked for by name (about two paragraphs).
_LEDE_AHEAD = 800

# Titles that name the same role: "the judge" is "Mr Justice …" or "Judge …".
_ROLE_TITLES = {
    "judge": ("judge", "justice"),
    "senator": ("senator", "sen.", "sen"),
    "ceo": ("ceo", "chief"),  # "CEO Says" is "Chief Executive Owen Hadley"
}

# People speaking as a group: "campaigners say", "as residents warn". The body that
# speaks for them, when the story names one, is the speaker.
_GROUP_NOUN = re.compile(r"\b(campaigners|residents|inspectors)\b", re.I)

# What names a group's body: words in its name, or how the story introduces it.
_GROUP_NAME_WORDS = {
    "campaigners": frozenset("Campaign Save Stop".split()),
    "residents": frozenset("Residents Residents’ Residents'".split()),
    "inspectors": frozenset("Inspectorate Inspection Ofsted Estyn Quality".split()),
}
_GROUP_INTRODUCED = {
    "campaigners": re.compile(
        r"\bcampaign(?:ers|ing)?(?:\s+(?:group|organisation|body))?\s+$", re.I
    ),
    "residents": re.compile(r"\bresidents[’']?\s+(?:group|association)\s+$", re.I),
    # "inspectors from the Care Quality Commission"
    "inspectors": re.compile(r"\binspectors\s+(?:from|at)\s+(?:the\s+)?$", re.I),
}

_WORDS = re.compile(r"[^\s,.;:!?–—-]+(?:[\s'’-]+[^\s,.;:!?–—-]+)*")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quote's words belong to, and how that was decided.

    Attributes:
        entity: the speaker's entity, when the speaker could be resolved.
        as_written: the words the text uses for the speaker ("She", "Mrs Al-Assad").
        cue: the speech verb or phrase ("explained", "according to").
        cue_start: where the cue is (-1 when there is none).
        rule: which rule fired (see the module docs), "" when none did.
        gender: the speaker's gender where the text states it.
        gender_evidence: how the gender is known ("Mrs (paragraph 4)", "pronoun: she").

    >>> Attribution(None, "officials", "said", 40, "after").rule
    'after'
    """

    entity: Entity | None
    as_written: str
    cue: str
    cue_start: int
    rule: Rule
    gender: Gender = "unknown"
    gender_evidence: str = ""


NOBODY = Attribution(None, "", "", -1, "")


class _Context:
    """An article's mentions and sentence bounds, indexed for the windows around quotes."""

    def __init__(
        self, article: Article, gazetteer: Gazetteer | None, *, quoted: Sequence[Span] = ()
    ) -> None:
        self.article = article
        # Names inside quotes are the speaker's words, never whom "she" refers to.
        self.quoted = sorted((p.start, p.end) for p in quoted)
        self.quoted_starts = [s for s, _ in self.quoted]
        self.gazetteer = gazetteer
        self.mentions: tuple[Mention, ...] = mentions(article, gazetteer=gazetteer)
        self.starts = [m.start for m in self.mentions]
        self.by_name: dict[tuple[str, str], Entity] = {}
        self.by_start: dict[int, Entity] = {}
        from newskit.entities import entities

        for e in entities(article, gazetteer=gazetteer):
            self.by_name[(e.type, e.name)] = e
            self.by_start.update(dict.fromkeys((m.start for m in e.mentions), e))
        self.unit_starts, self.unit_ends = unit_bounds(article)
        self.kin_genders: dict[Entity, Gender | None] = {}

    def person_before(self, offset: int, gender: Gender) -> Entity | None:
        """Who "she" or "he" at an offset is: a person named in the nearest sentence before.

        Sentence by sentence back from the pronoun, the people named there who
        are not the object of a preposition or a kinship word ("her son Alfie")
        and whose stated gender does not differ: one of the pronoun's gender
        first, else the first named (the sentence's subject).
        """
        text = self.article.text
        sentence: int | None = None
        people: list[Entity] = []
        begins = self.sentence(offset)[0]  # the pronoun's sentence
        same_pronoun = _HE if gender == "male" else _SHE
        same_any = _HE_ANY if gender == "male" else _SHE_ANY
        # Back from the pronoun; stop at the first sentence that names someone fitting.
        for m in self.before(offset):
            key = bisect.bisect_right(self.unit_starts, m.start)
            if sentence is not None and key != sentence:
                break
            entity = self.entity(m)
            if m.type != "PERSON" or m.end > offset or entity is None:
                continue
            if entity.gender not in (gender, "unknown"):
                continue
            if entity.gender == "unknown" and self.kin_gender(entity) not in (None, gender):
                continue  # "Her son, Idris, … has asthma. ‘They sent someone,’ she said"
            m_begins = self.sentence(m.start)[0]
            if entity.gender == "unknown" and (
                owned_object_of(text, m.start, gender)
                # "After that, he says, he and Ruth will move": "he" is not Ruth
                or _PRONOUN_AND.search(text, max(m_begins, m.start - 10), m.start)
            ):
                # "the 57-year-old will hand command to his deputy, Tamsin Roberts": "he"
                # is whoever "his" is, not her ("Her manager, Sophie Clarke, said" is)
                continue
            if (
                _object(text, m.start)
                and not _VERB_AFTER.match(text, m.end)
                # "filed by Stacy Rowland, a mother of three, who said …. She told": the
                # subject of what follows, when no one else is the sentence's ("She spoke
                # with Ms Ann Lee, who nodded": the object still)
                and not (
                    _WHO_AFTER.match(text, m.end)
                    and not same_any.search(text, m_begins, m.start)
                    and not any(p.type == "PERSON" for p in self.within(m_begins, m.start))
                )
            ):
                # not "At the end of her speech Ms Nolan was given …", the subject
                continue
            if self.in_quote(m.start):
                continue
            if (m.start == 0 or text[m.start - 1] == "\n") and text.startswith(":", m.end):
                continue  # an interview's label ("HALLIDAY: …") asks; the answer's "he" is another
            if m_begins == begins and same_pronoun.search(text, m_begins, m.start):
                # "Asked why he had not seen Oliver, he said": "he" was someone before Oliver
                continue
            sentence = key
            people.insert(0, entity)
        if not people:
            return None
        stated = [e for e in people if e.gender == gender]
        return stated[0] if stated else people[0]

    def kin_gender(self, entity: Entity) -> Gender | None:
        """The gender a kinship word before any of a person's mentions gives ("her son")."""
        if entity not in self.kin_genders:
            genders = {kin_gender(self.article.text, m.start) for m in entity.mentions}
            genders -= {None, "unknown"}
            self.kin_genders[entity] = genders.pop() if len(genders) == 1 else None
        return self.kin_genders[entity]

    def organisation_before(self, offset: int, head: str = "", modifier: str = "") -> Entity | None:
        """What "the ministry" or "it" means, from the organisations named before.

        The latest one whose name has the description's head noun ("the
        ministry": … Ministry …), one with its ``modifier`` too first ("the
        Lancashire museum": … Lancashire … Museum, not a later British Museum);
        else the one named most so far (the first named on ties), the story's
        organisation.
        """
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        named = [  # not the agency in a wire story's dateline: it reports, it is not the story's
            m
            for m in self.mentions[: bisect.bisect_left(self.starts, offset)]
            if m.evidence != _DATELINE_AGENCY
        ]
        if head:
            heads = _kinds_of(head)
            orgs = [m for m in reversed(named) if m.type == "ORG"]
            if modifier:
                for m in orgs:
                    words = set(m.entity.lower().split())
                    if heads & words and modifier.lower() in words:
                        return self.by_name.get(("ORG", m.entity))
            for m in orgs:
                if heads & set(m.entity.lower().split()):
                    return self.by_name.get(("ORG", m.entity))
            if head.lower() in _BUSINESS_WORDS:
                heads = heads | _BUSINESS_WORDS  # "X, an iron ore miner" is "the company"
            for m in orgs:
                # "Lone Star Alert Systems, a Round Rock-based company. … the company said"
                apposition = _APPOSED_KIND.match(self.article.text, m.end)
                if apposition and apposition.group("kind").lower() in heads:
                    return self.by_name.get(("ORG", m.entity))
            does = _DOES_FOR_KIND.get(head.lower(), set())
            for m in orgs if does else []:
                # "The Office for Students, which regulates …" and later "the regulator"
                which = _WHICH_DOES.match(self.article.text, m.end)
                if which and which.group(1) in does:
                    return self.by_name.get(("ORG", m.entity))
            for m in orgs:
                # "the regulator" after Ofgem, listed as a government body (not the
                # Home Office, whose name says it is an office)
                entity = self.by_name.get(("ORG", m.entity))
                if (
                    entity is not None
                    and head.lower() in _LISTED_KIND_HEADS.get(_listed_kind(entity), ())
                    and _of_kind(entity.name, head)
                ):
                    return entity
            if head.lower() not in _BUSINESS_WORDS:
                return None  # "the ministry", and no ministry named: not the story's company
        for m in named:
            if m.type == "ORG" and m.end <= offset:
                counts[m.entity] = counts.get(m.entity, 0) + 1
                first.setdefault(m.entity, m.start)
        if not counts:
            return None
        # "the company said" after a union and the company it negotiates with: the company
        businesses = [
            n
            for n in counts
            if not _NOT_BUSINESS & set(n.lower().split())
            and not _public_body(self.by_name[("ORG", n)])
        ]
        if head.lower() in _BUSINESS_WORDS - {"group"} and businesses:
            counts = {n: counts[n] for n in businesses}
        name = max(counts, key=lambda n: (counts[n], -first[n]))
        return self.by_name.get(("ORG", name))

    def sentence_before(self, offset: int) -> tuple[int, int] | None:
        """The bounds of the sentence before the one at ``offset``, if in the same paragraph."""
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        if i < 1 or "\n" in self.article.text[self.unit_ends[i - 1] : self.unit_starts[i]]:
            return None
        return self.unit_starts[i - 1], self.unit_ends[i - 1]

    def speaking_organisation(self, offset: int, head: str) -> Entity | None:
        """The organisation that spoke in the sentence before, in the same paragraph.

        "UNICEF said at least 14 schools had been damaged. “…,” the agency said":
        the agency is UNICEF, whose name says nothing against it; not an agency
        named earlier. One whose name has another kind of body's word ("the
        union" after "the Ministry of Labour said") is not it.
        """
        text = self.article.text
        previous = self.sentence_before(offset)
        if previous is None:
            return None
        begin, end = previous
        named = self.within(begin, end)
        for k, m in enumerate(named):
            if m.type in ("PERSON", "GPE") and not _after_preposition(text, m.start):
                return None  # someone or somewhere else is the sentence's subject
            according = _ACCORDING_TO.search(text, max(begin, m.start - 50), m.start)
            if according and m.type == "ORG" and _of_kind(m.entity, head):
                return self.entity(m)  # "…, according to the Lupus Foundation. The group said"
            if m.type != "ORG" or _after_preposition(text, m.start) or _possessive(text, m.end):
                continue
            verbs = _speech_verbs(text, m.end, min(end, m.end + _SUBJECT_REACH))
            between = named[k + 1 : k + 2]
            if not verbs or (between and between[0].start < verbs[0][0]):
                return None
            if not _of_kind(m.entity, head):
                return None
            return self.entity(m)
        return None

    def organisation_after(
        self, offset: int, head: str, ahead: int, modifier: str = ""
    ) -> Entity | None:
        """The first organisation named within ``ahead`` characters whose name has ``head``.

        One whose name also has the ``modifier`` ("disaster" agency) comes first;
        one with only the modifier comes last.
        """
        orgs = self._orgs_ahead(offset, ahead)
        wanted_sets = [{head.lower()}]
        if modifier:  # "the port authority": Port of Antwerp-Bruges, when no authority is named
            wanted_sets = [{head.lower(), modifier.lower()}, {head.lower()}, {modifier.lower()}]
        for wanted in wanted_sets:
            for m in orgs:
                words = m.entity.lower().split()
                if wanted <= set(words) and (
                    # the modifier alone only opening the name: not "the energy regulator"
                    # for Kinetic Home Energy
                    head.lower() in wanted or words[0] == modifier.lower()
                ):
                    return self.by_name.get(("ORG", m.entity))
        return None

    def party_member(self, offset: int, party: str) -> Entity | None:
        """Who "the Republican" is: a person the story names with that party, else the last.

        Of the last three people named before ``offset`` (outside quotes), the
        nearest with the party's name just after theirs ("Sen. Mark Oyelaran, a
        Lima Republican"), else the nearest.
        """
        text = self.article.text
        people: list[Mention] = []
        for m in self.before(offset):
            if m.type == "PERSON" and not self.in_quote(m.start) and m.end <= offset:
                if not people or self.entity(m) is not self.entity(people[-1]):
                    people.append(m)
                if len(people) == 3:
                    break
        for m in people:
            if party in text[m.end : min(m.end + _LOOK_BACK, self.sentence(m.start)[1])]:
                return self.entity(m)
        return self.entity(people[0]) if people else None

    def group_body(self, offset: int, group: str) -> Entity | None:
        """The organisation that speaks for a group ("campaigners", "inspectors"), if named.

        One whose name says so ("Horsted Park Residents’ Association", "Save Our
        Pier") or that the story introduces so ("the campaign group Fair Parking
        for Nene Valley"). In the headline and lede the first named after, else
        the last named before.
        """
        names, introduced = _GROUP_NAME_WORDS[group], _GROUP_INTRODUCED[group]
        text = self.article.text
        bodies = [
            m
            for m in self.mentions
            if m.type == "ORG"
            and not self.in_quote(m.start)
            and (
                names & set(m.entity.split())
                or introduced.search(text, max(0, m.start - _LOOK_BACK), m.start)
            )
        ]
        before = [m for m in bodies if m.start < offset]
        after = [m for m in bodies if m.start > offset]
        chosen = (after[:1] if self.in_lede(offset) else []) or before[-1:] or after[:1]
        return self.entity(chosen[0]) if chosen else None

    def kin_of(self, owner: Mention, role: str) -> Entity | None:
        """The person the text calls ``role`` of ``owner``'s entity: "Asma, wife of Bashar"."""
        text = self.article.text
        word = role.split()[-1]
        for m in self.mentions:
            if m.entity != owner.entity or m.type != "PERSON" or m is owner:
                continue
            # "<Person>, wife of Syrian president <owner>"
            before = _KIN_OF.search(text, max(0, m.start - 60), m.start)
            if before is None or before.group("role") != word:
                continue
            people = [
                p for p in self.within(max(0, m.start - 200), before.start()) if p.type == "PERSON"
            ]
            if people and (kin := self.entity(people[-1])) is not None:
                return kin
        return None

    def it_before(self, offset: int) -> Entity | None:
        """What "it" means: the organisation that is a subject in this or the sentence before.

        Else the organisation named most so far.
        """
        text = self.article.text
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        if i >= 0:
            for unit in (i, *range(max(0, i - 1), i)):
                end = min(self.unit_ends[unit], offset)
                opening = _DESCRIPTION.match(text, self.unit_starts[unit], end)
                if opening is not None and opening.group(0).split()[0].lower() == "the":
                    # "The agency said the contract would cost …. In a statement, it said"
                    body = _description(self, opening, 0).entity
                    if body is not None and body.type == "ORG":
                        return body
                for m in self.within(self.unit_starts[unit], end):
                    # not a name in the quote: "“… ISA poses no risk …,” it said"
                    if (
                        m.type == "ORG"
                        and not _after_preposition(text, m.start)
                        and not self.in_quote(m.start)
                    ):
                        return self.entity(m)
        return self.organisation_before(offset)

    def answering(self, offset: int) -> Entity | None:
        """Who "I" is in an interview's answer ("A: …", "ADEYEMI: …"), if the offset is in one.

        A name label is the person of that name; "A:" the person the story names most.
        """
        text = self.article.text
        starts, ends = bounds(self.article.paragraphs)
        i = bisect.bisect_right(starts, offset) - 1
        inside = i >= 0 and offset < ends[i]
        label = _LABEL.match(text, starts[i]) if inside else None
        if label is None or label.group("label") == "Q":
            return None
        people = [e for e in self.by_name.values() if e.type == "PERSON"]
        if label.group("label") == "A":
            return max(people, key=lambda e: len(e.mentions), default=None)
        word = label.group("label").lower()
        return next((e for e in people if word in e.name.lower().split()), None)

    def person_with_role(self, offset: int, role: str, *, ahead: int = 0) -> Entity | None:
        """The person named before an offset with that role, most recent first.

        The role is their title ("Mr Justice", "Judge", "Mayor") or a word around
        a mention ("coach Marcus Bell", "Ann Roe, the mayor"). With ``ahead``, the
        person named first in that many characters after the offset instead: a
        lede's "a coroner has said" is named in the paragraph after.
        """
        text = self.article.text
        titles = _ROLE_TITLES.get(role, (role,))
        before = re.compile(rf"\b{role},?\s+$", re.I)  # "the shop’s owner, Dean Farrow"
        # matched from a mention's end (so no "^": that would need a line start)
        after = re.compile(
            rf",?\s+(?:the|a|an|its|their|his|her)?\s*(?:[\w’'-]+\s+){{0,3}}{role}\b", re.I
        )
        if ahead:
            first = bisect.bisect_left(self.starts, offset)
            last = bisect.bisect_left(self.starts, offset + ahead)
            named: Iterable[Mention] = (
                m for m in self.mentions[first:last] if not self.in_quote(m.start)
            )
        else:
            named = (m for m in self.before(offset) if m.end <= offset)
        for m in named:
            if m.type != "PERSON":
                continue
            entity = self.entity(m)
            if entity is None:
                continue
            for mention in entity.mentions:
                title = mention.title.lower()
                if any(t in title.split() for t in titles):
                    return entity
                if before.search(text, max(0, mention.start - 30), mention.start) or after.match(
                    text, mention.end, mention.end + 60
                ):
                    return entity
        return None

    def introduced_as(self, offset: int, kin: str) -> Entity | None:
        """The person last introduced before ``offset`` as "her father, Graham"."""
        text = self.article.text
        for m in self.before(offset):
            if m.type != "PERSON" or m.end > offset:
                continue
            intro = _AFTER_KIN.search(text, max(0, m.start - _LOOK_BACK), m.start)
            if intro is not None and re.search(rf"\b{kin}\b", intro.group(0)):
                return self.entity(m)
        return None

    def in_headline(self, offset: int) -> bool:
        headline = self.article.headline
        return headline is not None and offset < headline.end

    def opening_person(self, offset: int, role: str) -> Entity | None:
        """The person named first in the paragraph after the one at an offset.

        A lede's "its general secretary told the conference" is named in the
        next paragraph: "Bernadette Nolan said …", "“…,” Maria Kowalski said".
        Only when that paragraph's first name (outside quotes, not after a
        preposition) is a person's, whose title is no other role ("Area Coroner
        Philippa Garside" is not "a judge").
        """
        others = _PERSON_ROLES - set(_ROLE_TITLES.get(role, (role,)))
        entity = self._opening(offset, "PERSON")
        titles = {w for n in (entity.mentions if entity else ()) for w in n.title.lower().split()}
        return None if titles & others else entity

    def _opening(self, offset: int, kind: str) -> Entity | None:
        """The entity of ``kind`` named first (outside quotes) in the paragraph after ``offset``."""
        starts, ends = bounds(self.article.paragraphs)
        after = bisect.bisect_right(starts, offset)
        if after >= len(starts):
            return None
        for m in self.within(starts[after], ends[after]):
            if m.evidence == _DATELINE_AGENCY:
                continue  # the agency reports the story: "(Meridian) - Three workers …"
            if not self.in_quote(m.start):
                if m.type != kind or _after_preposition(self.article.text, m.start):
                    return None
                return self.entity(m)
        return None

    def opening_someone(self, offset: int) -> Entity | None:
        """The person named first in the paragraph after ``offset``, if a person is first."""
        return self._opening(offset, "PERSON")

    def opening_body(self, offset: int) -> Entity | None:
        """The organisation named first in the paragraph after the lede's "the park said"."""
        return self._opening(offset, "ORG")

    def business_after(self, offset: int, ahead: int) -> Entity | None:
        """The first organisation named within ``ahead`` characters that is no public body."""
        for m in self._orgs_ahead(offset, ahead):
            if not _NOT_BUSINESS & set(m.entity.lower().split()):
                return self.entity(m)
        return None

    def _orgs_ahead(self, offset: int, ahead: int) -> list[Mention]:
        first = bisect.bisect_left(self.starts, offset)
        last = bisect.bisect_left(self.starts, offset + ahead)
        return [
            m
            for m in self.mentions[first:last]
            if m.type == "ORG" and m.evidence != _DATELINE_AGENCY  # the agency only reports
        ]

    def in_dateline(self, offset: int) -> bool:
        """Whether an offset is in the dateline opening a paragraph ("BANGKOK, Feb 26 (X) - ")."""
        starts = bounds(self.article.paragraphs)[0]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return False
        dateline = _DATELINE.match(self.article.text, starts[i])
        return dateline is not None and offset < dateline.end()

    def in_lede(self, offset: int) -> bool:
        """Whether an offset is in the headline or the first body paragraph."""
        ends = bounds(self.article.paragraphs)[1]
        return not ends or offset < ends[0]

    def place_before(self, offset: int, kind: str = "") -> Entity | None:
        """The last place named before an offset ("the government" is its).

        With ``kind``, the last place the gazetteer lists as that kind ("country",
        "region", "city").
        """
        for m in self.before(offset):
            if m.type == "GPE" and m.end <= offset:
                entity = self.entity(m)
                if not kind or (
                    entity is not None
                    and any(n.evidence == f"gazetteer: {kind}" for n in entity.mentions)
                ):
                    return entity
        return None

    def country_of(self, nationality: str) -> Entity | None:
        """The place entity a nationality belongs to, if the article names it ("French": France)."""
        from newskit.gazetteer import nationality_places

        place = nationality_places().get(nationality)
        return self.by_name.get(("GPE", place)) if place else None

    def in_quote(self, offset: int) -> bool:
        """Whether an offset lies inside one of the article's quotes."""
        i = bisect.bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def before(self, offset: int) -> Iterator[Mention]:
        """The mentions that start before an offset, nearest first (read lazily, not copied)."""
        return map(
            self.mentions.__getitem__, range(bisect.bisect_left(self.starts, offset) - 1, -1, -1)
        )

    def entity(self, mention: Mention) -> Entity | None:
        return self.by_start.get(mention.start)

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def sentence(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        if i < 0:
            return offset, offset
        return self.unit_starts[i], self.unit_ends[i]


# A role between a body and a person: "IMO volcanologist ", "Ofgem press officer ".
_ROLE_BETWEEN = re.compile(
    r"(?:[ \xa0]+(?!(?:and|or|with|of|to|for|by|in|at|on|the|a|an)\b)[a-z][a-z-]*){1,3}[ \xa0]+"
)


def _choose(ctx: _Context, found: list[Mention], nearest: Literal["first", "last"]) -> Mention:
    """The mention that is the subject: people first, not the object of a preposition."""
    text = ctx.article.text
    if nearest == "first":
        chosen = found[0]
        # "said Brighton’s technical director, Paul Barber": the person, not the club.
        people = [m for m in found if m.type == "PERSON"]
        if chosen.type != "PERSON" and people and text[chosen.end : chosen.end + 1] in "’'`":
            chosen = people[0]
        elif chosen.type != "PERSON" and people and people[0].start == chosen.end + 1:
            chosen = people[0]  # "according to Selectboard Chair Walter Brisson": the chair
        elif (
            chosen.type != "PERSON"
            and people
            and _ROLE_BETWEEN.fullmatch(text, chosen.end, people[0].start)
        ):
            chosen = people[0]  # "said IMO volcanologist Sigrún Björnsdóttir": the volcanologist
        return chosen
    # "Rep. Tyler Beaumont of Idaho called": not the place after "of".
    free = [m for m in found if not _after_preposition(text, m.start)]
    return (free or found)[-1]


def _person_or_group(
    ctx: _Context, start: int, end: int, *, nearest: Literal["first", "last"]
) -> Attribution | None:
    """The speaker named in ``text[start:end]``: a name, a pronoun or a description."""
    text = ctx.article.text
    region = text[start:end]
    found = ctx.within(start, end)
    relative = _RELATIVE_TAIL.search(region) if nearest == "last" else None
    if relative:  # "ZCCM, the state mining company, which said": what "which" stands for
        comma = start + relative.start()
        region = region[: relative.start() + 1]
        end = start + len(region)
        found = ctx.within(start, end)
        just_before = _named(ctx, found[-1]) if found and found[-1].end == comma else None
        if just_before is not None:
            # "the consent of the Charity Commission, which said": the name just before
            return just_before
        # "according to the French agriculture ministry, which said": the body just before
        for nation in _NATION_BODY.finditer(text, max(start, comma - _LOOK_BACK), comma):
            if nation.end() == comma and (country := ctx.country_of(nation.group("nation"))):
                return Attribution(country, nation.group(0), "", -1, "")
        for noun in _DESCRIPTION.finditer(text, max(start, comma - _LOOK_BACK), comma):
            if noun.end() == comma:
                return _description(ctx, noun, 0)
    tail = _AUX_TAIL.search(region)  # "…, a Democrat, has said": the insert ends before "has"
    if nearest == "last" and tail is not None and region[: tail.start()].endswith(","):
        # "Lauren Mikkelsen, a retail analyst at GlobalData, said": the name before
        # the insert; "Keystone’s chief executive, Robert Osei-Clarke, said": the
        # person inside it, when the words before it name nobody.
        commas = [  # not the commas inside a name: "Carraway, Bell and Stone LLP"
            start + i
            for i, c in enumerate(region[: tail.start()])
            if c == "," and not any(m.start < start + i < m.end for m in found)
        ]
        opens = commas[-2] if len(commas) > 1 else commas[-1]
        relatives = [start + r.start() for r in _INSERT_RELATIVE.finditer(region, 0, tail.start())]
        if relatives and relatives[-1] in commas and relatives[-1] < opens:
            # "The company, which runs trains between Birmingham, Shrewsbury and
            # Worcester, said": the insert opens at "which", whatever commas it holds
            opens = relatives[-1]
        head = [m for m in found if m.end <= opens]
        insert = [m for m in found if m.start > opens and m.type == "PERSON"]
        head_people = [m for m in head if m.type == "PERSON"]
        if insert and head and _ROLE_AFTER_POSSESSIVE.match(text, head[-1].end, opens):
            # "Oliver’s mother, Joanne Pennock, said": the mother, not Oliver
            head_people = []
        if not insert and all(_adjectival(text, m) for m in head):
            # "Its Seoul-based producer, Hanbit Films, said": the body in the insert
            insert = [m for m in found if m.start > opens and m.type == "ORG"]
        if insert and _WHOSE_ROLE.search(text, max(start, opens - _LOOK_BACK), opens):
            # "…at the festival, whose director, Imran Qureshi, said": the director
            found = insert[:1]
        elif head_people:
            found = head_people
        elif insert:
            found = insert[:1]
        elif head or len(commas) > 1:
            # "The company, which is based in Wetherby, said": no name in the insert speaks
            found = head
        if len(commas) > 1:
            end = opens
            region = text[start:end]
    if not found and _ITS_DOCUMENT.fullmatch(region.strip()):
        return Attribution(ctx.it_before(start), region.strip(), "", -1, "")
    document = _THE_DOCUMENT.fullmatch(region.strip()) if not found else None
    if document is not None:  # "…,” the statement said.": whoever issued it
        author = _author_of(ctx, start, document.group(1).lower())
        if author is not None:
            return Attribution(
                author.entity, region.strip(), "", -1, "", author.gender, author.gender_evidence
            )
    spokes = _SPOKESPERSON_FOR.search(region)
    named_first = spokes is not None and any(
        m.type == "PERSON" and m.end <= start + spokes.start() for m in found
    )
    document = _DOCUMENT_BY.search(region) if not found or found[0].start > start else None
    if document:  # "A first-look review in The Verge said": the publisher speaks
        # not the place in "a letter from the London agency Carrick & Bell"
        named = [m for m in found if m.start >= start + document.end() and not _adjectival(text, m)]
        if named and (entity := ctx.entity(named[0])) is not None:
            return Attribution(entity, text[start + document.start() : named[0].end], "", -1, "")
    if spokes and not named_first:  # "a spokeswoman for the airline": the organisation speaks
        named = [m for m in found if m.start >= start + spokes.end() and m.type in ("ORG", "GPE")]
        if named and (entity := ctx.entity(named[0])) is not None:
            return Attribution(entity, named[0].text, "", -1, "", entity.gender)
        described = _DESCRIPTION.match(region, spokes.end())
        if described:  # "a spokeswoman for the airline"
            return _description(ctx, described, start)
    owned = _PLACE_BODY.search(region)
    if owned:  # "Belgium's federal government said": Belgium speaks
        at = start + owned.end("place")
        place = next((m for m in found if m.end == at and m.type == "GPE"), None)
        if place is not None and (entity := ctx.entity(place)) is not None:
            return Attribution(entity, owned.group(0).rstrip(), "", -1, "")
    body = _NATION_BODY.search(region)
    if body:  # "the French trade ministry said": France speaks
        country = ctx.country_of(body.group("nation"))
        if country is not None:
            return Attribution(country, body.group(0), "", -1, "")
    if nearest == "first":
        described = _DESCRIPTION.search(region)
        if (
            found
            and described
            and start + described.end() <= found[0].start
            and not (
                # "said the trust’s chair, Lee Barham": the person named after the role
                found[0].type == "PERSON"
                and _ROLE_BEFORE_NAME.fullmatch(text, start + described.end(), found[0].start)
            )
        ):
            # "according to figures the agency gave to Tewkesbury Borough Council"
            resolved = _description(ctx, described, start)
            if resolved.entity is not None:
                return resolved
        if found:
            return _named(ctx, _choose(ctx, found, nearest))
        pronoun = next(
            (
                p
                for p in _PRONOUN.finditer(region)
                # not "were backed by it": an object
                if not _PREPOSITION_JUST_BEFORE.search(region, max(0, p.start() - 12), p.start())
            ),
            None,
        )
        if pronoun:
            return _pronoun(ctx, pronoun.group(1), start + pronoun.start())
        description = _DESCRIPTION.search(region)
        if description:
            return _description(ctx, description, start)
        group = _GROUP_NOUN.match(region.strip())
        if group:  # "…’, campaigners say"
            return _group(ctx, group, start + len(region) - len(region.lstrip()))
    else:
        kin = _KIN_SUBJECT.search(region)
        if kin and not found:
            # "Her father said": the person introduced as "her father, Graham"
            kin_of = ctx.introduced_as(start + kin.start(), kin.group("kin").lower())
            if kin_of is not None:
                return Attribution(kin_of, kin.group(0).strip(), "", -1, "", kin_of.gender)
        # a bare "director" or "company" just before the verb ("…, director says")
        verb_tail = _AUX_TAIL.search(region)
        bare = _BARE_NOUN.search(region, 0, verb_tail.start() if verb_tail else len(region))
        if (
            bare
            and (
                ctx.in_headline(start)
                # "…, forcing 700 people to leave Vík, police said": the force named next
                or (
                    bare.group(0).lower() == "police"
                    and region[: bare.start()].rstrip().endswith(",")
                )
            )
        ):
            return _description(ctx, bare, start)
        # The subject nearest the verb, a name, pronoun or description: in
        # "…thousands of homes in Sylhet, the ministry said", the ministry.
        names = [
            m
            for m in found
            if not _after_preposition(text, m.start)
            and not _possessive(text, m.end)
            and not _adjectival(text, m)
            and not _relative_in_object(text, m.start)
            and m.evidence != _DATELINE_AGENCY  # the agency reports the story, it is no subject
        ]
        pronouns = [
            p
            for p in _PRONOUN.finditer(region)
            if not _AFTER_REPORTING.search(region, max(0, p.start() - _LOOK_BACK), p.start())
            # not "will read from it at the festival": an object
            and not _PREPOSITION_JUST_BEFORE.search(region, max(0, p.start() - 12), p.start())
        ]
        descriptions = [
            d
            for d in _DESCRIPTION.finditer(region)
            # not "the charity Libraries Connected" (that names it), nor an object
            # ("praised the governor and called")
            if not region[d.end() : d.end() + 2].strip()[:1].isupper()
            and not _AFTER_WORD.search(region, max(0, d.start() - _LOOK_BACK), d.start())
            # "Fennimore’s team said": the person speaks through it (see below)
            and not any(m.start == start + d.start() and m.type == "PERSON" for m in found)
            # "The GMB union said": the name inside it says which union (but "The Labour
            # MP said" is a person)
            and not (
                d.group(1).lower() not in _PERSON_ROLES
                and any(
                    m.type == "ORG" and start + d.start() <= m.start and m.end <= start + d.end()
                    for m in names
                )
            )
        ]
        groups = [
            g
            for g in _GROUP_NOUN.finditer(region)
            if not _PREPOSITION_JUST_BEFORE.search(region, max(0, g.start() - 12), g.start())
            and not _AFTER_WORD.search(region, max(0, g.start() - _LOOK_BACK), g.start())
        ]
        last_name = names[-1].end if names else -1
        last_pronoun = start + pronouns[-1].end() if pronouns else -1
        last_description = start + descriptions[-1].end() if descriptions else -1
        last_group = start + groups[-1].end() if groups else -1
        best = max(last_name, last_pronoun, last_description, last_group)
        if best >= 0 and best == last_group:
            return _group(ctx, groups[-1], start)
        if best >= 0 and best == last_name:
            return _named(ctx, names[-1])
        if best >= 0 and best == last_pronoun:
            return _pronoun(ctx, pronouns[-1].group(1), start + pronouns[-1].start())
        if best >= 0:
            return _description(ctx, descriptions[-1], start)
        # "The Cambridge, Mass.-based company said": no place speaks, the company does
        not_places = [m for m in found if not _adjectival(text, m)]
        if found and not not_places and bare:
            return _description(ctx, bare, start)
        found = not_places or found
        if found:
            owner = found[-1]
            tail = _AUX_TAIL.search(region)
            role = _ROLE_AFTER_POSSESSIVE.match(
                text, owner.end, start + tail.start() if tail else end
            )
            if role and _possessive(text, owner.end):
                # "Assad’s wife claims": the wife, named elsewhere as "…, wife of …".
                spouse = ctx.kin_of(owner, role.group("role"))
                if spouse is not None:
                    return Attribution(
                        spouse, text[owner.start : role.end()], "", -1, "", spouse.gender
                    )
                if not _SPOKES.match(role.group("role")):
                    # "Syria’s first lady has claimed": someone unnamed, not Syria.
                    return Attribution(None, text[owner.start : role.end()], "", -1, "")
            elif _possessive(text, owner.end):
                return None  # "Syria’s first lady … has refused them all saying": not Syria
            return _named(ctx, _choose(ctx, found, nearest))
    bare_spokes = _BARE_SPOKES.search(region)
    if bare_spokes and not found:
        # "…,” the ministry said. A spokesman added that …": the body that just spoke
        kind = bare_spokes.group("kind").split()
        spoke = (
            _body_named(ctx, start + bare_spokes.start(), kind)
            if kind
            else _body_that_spoke(ctx, start + bare_spokes.start())
        )
        if spoke is None and not kind and bare_spokes.group(0).lstrip()[:1] in "Tt":
            # "A spokesperson for the Department for Communities said …. ‘…,’ the
            # spokesperson said": the body the spokesperson was introduced for
            spoke = _spokesperson_body(ctx, start + bare_spokes.start())
        if spoke is not None:
            return Attribution(spoke, bare_spokes.group(0).strip(), "", -1, "")
    words = _WORDS.search(region)
    if words and len(words.group(0).split()) <= 6:
        return Attribution(None, words.group(0), "", -1, "")
    return None


# The patterns that look back from a name ("… of the", "her son ") need only the
# words just before it: searching from the start of the text would cost O(n) a name.
_LOOK_BACK = 60

# How far back from a joined verb its clause's subject is looked for.
_LEAD_REACH = 240


def _after_preposition(text: str, offset: int) -> bool:
    """Whether the name at ``offset`` follows a preposition: "Beaumont of Idaho"."""
    return _AFTER_PREPOSITION.search(text, max(0, offset - _LOOK_BACK), offset) is not None


def _object(text: str, offset: int) -> bool:
    """A name after a preposition or a kinship word ("her son Alfie"): not a subject."""
    window = max(0, offset - _LOOK_BACK)
    return _after_preposition(text, offset) or _AFTER_KIN.search(text, window, offset) is not None


def _adjectival(text: str, m: Mention) -> bool:
    """A nationality, party or place as a word about someone, not a speaker.

    "the French trade ministry said", "Lindqvist, a Democrat, said", "the
    Cambridge, Mass.-based company said", "on behalf of a Dayton nurse, says".
    """
    if m.type == "GPE":
        return bool(
            _PLACE_MODIFIER.match(text, m.end)
            or (
                _ARTICLE_BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
                and _PLACE_NOUN.match(text, m.end)
            )
        )
    if m.type != "NORP":
        return False
    after = text[m.end : m.end + 2]
    return (after[:1] == " " and after[1:].islower()) or bool(
        _ARTICLE_BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
    )


def _relative_in_object(text: str, offset: int) -> bool:
    """A name after "with her father, ": the relative is the object of a preposition."""
    kin = _AFTER_KIN.search(text, max(0, offset - _LOOK_BACK), offset)
    return kin is not None and _after_preposition(text, kin.start())


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 1] in ("’", "'") and text[end + 1 : end + 2] in ("s", " ", "")


# A party's member, written as the party: "the Republican said", "the Liberal Democrat said".
# Not "the Independent" (a newspaper) nor "Labour" (the party speaks as itself).
_PARTY_MEMBERS = frozenset(
    "Democrat Republican Conservative Tory Socialist Nationalist Unionist".split()
) | frozenset({"Liberal Democrat", "Lib Dem", "Social Democrat", "Christian Democrat"})
_THE_JUST_BEFORE = re.compile(r"\bthe\s+$")


def _named(ctx: _Context, mention: Mention) -> Attribution | None:
    text = ctx.article.text
    the = _THE_JUST_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    if mention.text in _PARTY_MEMBERS and the and _VERB_AFTER.match(text, mention.end):
        person = ctx.party_member(mention.start, mention.text)
        if person is not None:
            return Attribution(person, text[the.start() : mention.end], "", -1, "")
    entity = ctx.entity(mention)
    if entity is None:
        return None
    evidence = "; ".join(entity.evidence)
    return Attribution(entity, mention.text, "", -1, "", entity.gender, evidence)


# Roles only a person holds: "the Labour MP said" with no MP named is no one known, not the
# party ("its owner", "the director" may yet be a body's).
_ONLY_PEOPLE = frozenset(
    "mp senator judge coroner magistrate headteacher headmaster headmistress councillor "
    "professor economist surgeon lawyer solicitor barrister attorney prosecutor detective "
    "sheriff mayor governor premier ambassador captain".split()
)

_DESCRIPTIONS_BACK = 3  # how many earlier uses of a description are tried
_DESCRIBED_REACH = 6000  # how far back (characters) they are looked for


# "the statement said": a document that speaks for whoever issued it.
_THE_DOCUMENT = re.compile(r"[Tt]he\s+(statement|letter|report|filing|notice|memo)")
# "Its report, published on Wednesday, described …": the body "its" stands for
_ITS_DOCUMENT = re.compile(
    r"(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:statement|letter|report|filing|notice|memo)"
)


def _author_of(ctx: _Context, at: int, document: str) -> Attribution | None:
    """Who issued "the statement" that speaks at ``at``.

    The latest "the bank said in a statement" or "In a statement, the council said"
    in the 1,200 characters before.
    """
    text = ctx.article.text
    begin = max(0, at - _LOOK_BACK_DOCUMENT)
    issued = list(
        re.finditer(
            rf"\b(?P<verb>\w+)\s+in\s+an?\s+(?:\w+\s+)?{document}\b"
            rf"|\b[Ii]n\s+an?\s+(?:\w+\s+)?{document}(?:\s[^,.;:!?]{{1,40}})?,\s+"
            r"(?P<who>[^,.;:!?]{1,80})"
            rf"|\b(?P<its>[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?{document}\b",
            text[begin:at],
        )
    )
    for match in reversed(issued):
        if match.group("verb") and match.group("verb").lower() in SPEECH_VERBS:
            verb_at = begin + match.start("verb")
            found = _person_or_group(ctx, ctx.sentence(verb_at)[0], verb_at, nearest="last")
        elif match.group("its"):
            # "Its report … described": then "the report said" is the same body's
            body = ctx.it_before(begin + match.start("its"))
            found = Attribution(body, match.group(0), "", -1, "") if body else None
        elif match.group("who") and (
            said := next(
                (
                    w
                    for w in _WORD_RUN.finditer(match.group("who"))
                    if w.start() and w.group().lower() in _ISSUED_VERBS
                ),
                None,
            )
        ):
            # "In a report published on Thursday, the ombudsman found": who comes before
            who = begin + match.start("who")
            found = _person_or_group(ctx, who, who + said.start(), nearest="first")
        else:
            continue
        # the latest statement only: an unknown author is nobody, not an earlier one
        return found if found is not None and found.entity is not None else None
    return None


# "In a report published on Thursday, the ombudsman found …": who issued it
_ISSUED_VERBS = frozenset(SPEECH_VERBS) | {"found", "concluded", "published"}

_LOOK_BACK_DOCUMENT = 1200  # characters before "the statement" searched for its author


def _description(
    ctx: _Context, match: re.Match[str], start: int, *, again: bool = True
) -> Attribution:
    at = start + match.start()
    noun = match.group(1).lower()
    owner_word = match.group(0).split()[0]
    if owner_word.endswith(("’s", "'s")) and noun not in _PERSON_ROLES:
        # "Medway Council’s planning committee said": the council, whose committee it is
        owner_end = at + len(owner_word) - 2
        owners = [m for m in ctx.within(max(0, at - 80), owner_end) if m.end == owner_end]
        if owners and owners[-1].type == "ORG" and (entity := ctx.entity(owners[-1])):
            written = ctx.article.text[owners[-1].start : at + len(match.group(0))]
            return Attribution(entity, written, "", -1, "")
    if noun == "government":  # "a government spokeswoman": the country's
        words = match.group(0).lower().split()
        kind = _GOVERNMENT_KINDS.get(words[-2] if len(words) > 2 else "", "country")
        place = ctx.place_before(at, kind) or ctx.place_before(at)
        return Attribution(place, match.group(0), "", -1, "")
    if noun.split()[-1] in _PERSON_ROLES:  # "the judge said": the person with that role
        role = noun.split()[-1]
        person = ctx.person_with_role(at, role)
        if person is None and ctx.in_lede(at):
            # "…, a coroner has said." and then "Area Coroner Philippa Garside told…"
            person = ctx.person_with_role(at, role, ahead=_LEDE_AHEAD) or ctx.opening_person(
                at, role
            )
        if person is not None:
            return Attribution(person, match.group(0), "", -1, "", person.gender)
        if role in _ONLY_PEOPLE:
            # "The Labour MP said": someone, not the party that spoke before
            return Attribution(None, match.group(0), "", -1, "")
    body = None
    if match.group(0).split()[0].lower() == "the":  # not "Theo's agency"
        body = ctx.speaking_organisation(at, match.group(1))
    words = match.group(0).split()
    modifier = words[-2] if len(words) > 2 else ""
    if body is None and not ctx.in_headline(at):  # a headline's body is named after it
        body = ctx.organisation_before(at, match.group(1), modifier)
    if body is None and noun == "ministry":
        # "according to the industry ministry" with none named: the story's country's
        body = ctx.place_before(at, "country")
    if body is None and ctx.in_lede(at):
        # "…, Indonesia's disaster agency said." and then "The National Disaster
        # Mitigation Agency (BNPB) said …": named in the next paragraphs
        body = ctx.organisation_after(at, match.group(1), _LEDE_AHEAD, modifier)
        if body is None and noun in _BUSINESS_WORDS:
            # "…, Company Says": the business the lede names first
            body = ctx.business_after(at, _LEDE_AHEAD)
        if body is None:
            # "…, the region’s wine trade body said." and then "The Bureau … said"
            body = ctx.opening_body(at)
    if body is None and again and not _PERSON_ROLES & set(noun.split()):
        # "…, the energy regulator said." (Ofgem, named next) and later "a spokeswoman
        # for the regulator said": what the same description stood for before
        earlier = [
            d
            for d in _DESCRIPTION.finditer(ctx.article.text, max(0, at - _DESCRIBED_REACH), at)
            if d.group(1).lower() == noun
        ]
        for before in reversed(earlier[-_DESCRIPTIONS_BACK:]):
            body = _description(ctx, before, 0, again=False).entity
            if body is not None:
                break
    return Attribution(body, match.group(0), "", -1, "")


def _group(ctx: _Context, match: re.Match[str], start: int) -> Attribution:
    """The body that speaks for "campaigners", "residents" or "inspectors", or no one named."""
    body = ctx.group_body(start + match.start(), match.group(1).lower())
    return Attribution(body, match.group(0), "", -1, "")


def _pronoun(ctx: _Context, written: str, at: int) -> Attribution:
    """Who "she", "he" or "it" is: the last person of that gender, the last organisation."""
    word = written.lower()
    if word in ("she", "he"):
        gender: Gender = "female" if word == "she" else "male"
        entity = _role_subject(ctx, at, gender) or ctx.person_before(at, gender)
        stated = entity.gender if entity is not None and entity.gender != "unknown" else gender
        return Attribution(entity, written, "", -1, "", stated, f"pronoun: {word}")
    if word == "it":
        return Attribution(ctx.it_before(at), written, "", -1, "")
    if written == "I":
        entity = ctx.answering(at)
        gender = entity.gender if entity is not None else "unknown"
        return Attribution(entity, written, "", -1, "", gender)
    return Attribution(None, written, "", -1, "")


def _role_subject(ctx: _Context, at: int, gender: Gender) -> Entity | None:
    """Whom "she" means after a sentence opens with a role: "The judge rejected what she called".

    The person with that role, when no one else is named between and their gender fits.
    """
    text = ctx.article.text
    begins = ctx.sentence(at)[0]
    role = _DESCRIPTION.match(text, begins, at)
    if role is None or (noun := role.group(1).lower().split()[-1]) not in _PERSON_ROLES:
        return None
    if any(m.type == "PERSON" for m in ctx.within(begins, at)):
        return None
    person = ctx.person_with_role(begins, noun)
    return person if person is not None and person.gender in (gender, "unknown") else None


def _body_that_spoke(ctx: _Context, at: int) -> Entity | None:
    """The organisation that spoke in the sentence before ``at``, in the same paragraph.

    Named ("UNICEF said") or described ("the ministry said"): what a bare "a
    spokesman" right after speaks for.
    """
    text = ctx.article.text
    previous = ctx.sentence_before(at)
    if previous is None:
        return None
    named = ctx.speaking_organisation(at, "group")
    if named is not None:
        return named
    begin, end = previous
    for d in _DESCRIPTION.finditer(text, begin, end):
        if _speech_verbs(text, d.end(), min(end, d.end() + _SUBJECT_REACH)) and not ctx.in_quote(
            d.start()
        ):
            body = _description(ctx, d, 0).entity
            if body is not None and body.type != "PERSON":
                return body
    return None


def _body_named(ctx: _Context, at: int, words: list[str]) -> Entity | None:
    """The latest body before ``at`` whose name has these words: "a civil defence spokesman"."""
    wanted = {w.lower() for w in words}
    for m in reversed(ctx.mentions[: bisect.bisect_left(ctx.starts, at)]):
        if m.type == "ORG" and wanted <= set(m.entity.lower().split()):
            return ctx.entity(m)
    return None


_THE_ONLY = re.compile(r"(?:[Tt]he[ \xa0]+)?")
_SPOKESPERSON_REACH = 600  # characters back to "a spokesperson for X" for "the spokesperson"


def _spokesperson_body(ctx: _Context, at: int) -> Entity | None:
    """The body of the latest "a spokesperson for X" before ``at``, in reach."""
    text = ctx.article.text
    begin = max(0, at - _SPOKESPERSON_REACH)
    for spokes in reversed(list(_SPOKESPERSON_FOR.finditer(text, begin, at))):
        body = next(
            (m for m in ctx.within(spokes.end(), min(at, spokes.end() + 60)) if m.type == "ORG"),
            None,
        )
        if body is not None and _THE_ONLY.fullmatch(text, spokes.end(), body.start):
            return ctx.entity(body)
    return None


def _sentence_subject(ctx: _Context, begin: int, end: int) -> Attribution | None:
    """The first person or organisation named, not after a preposition, in ``text[begin:end]``."""
    text = ctx.article.text
    for m in ctx.within(begin, end):
        if m.type in ("PERSON", "ORG") and not _after_preposition(text, m.start):
            return _named(ctx, m)
    return None


def _clause_subject(ctx: _Context, begin: int, end: int) -> Attribution | None:
    """The first name, pronoun or description in ``text[begin:end]`` that is no object.

    Who "rang me from Lagos at two in the morning and said": "Folake", not Lagos;
    "The Colorado Taxpayers Alliance, a conservative group, praised the governor
    and called": the alliance, not the group nor the governor.
    """
    text = ctx.article.text
    window = max(begin, end - _LEAD_REACH)

    def free(at: int) -> bool:
        return not (
            _after_preposition(text, at)
            or _AFTER_WORD.search(text, max(window, at - _LOOK_BACK), at)
            or ctx.in_quote(at)
        )

    names = [
        m
        for m in ctx.within(window, end)
        if free(m.start)
        and not _possessive(text, m.end)
        and not _adjectival(text, m)
        and not ctx.in_dateline(m.start)  # "BANGKOK, Feb 26 (Meridian) - " tells where and who
    ]
    pronoun = next((p for p in _PRONOUN.finditer(text, window, end) if free(p.start())), None)
    description = next(
        (d for d in _DESCRIPTION.finditer(text, window, end) if free(d.start())), None
    )
    at_name = names[0].start if names else end
    at_pronoun = pronoun.start() if pronoun else end
    at_description = description.start() if description else end
    first = min(at_name, at_pronoun, at_description)
    if first == end:
        return None
    if first == at_name:
        return _named(ctx, names[0])
    if pronoun is not None and first == at_pronoun:
        return _pronoun(ctx, pronoun.group(1), first)
    return _description(ctx, description, 0) if description is not None else None
