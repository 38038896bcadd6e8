"""Linking mentions into entities: aliases, shared surnames, gender from the text.

Used by :mod:`newskit.entities`. It decides the lone words the
recogniser left open and links every mention to an entity in text order,
recording why (surname, title, gender, role, recency, acronym, short form).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newskit.gazetteer import EntityType, Entry, Gazetteer
from newskit.names import (
    KIN_WORDS,
    ROLE_WORDS,
    Gender,
    display_surname,
    is_title_word,
    kin_gender,
    owned_object_of,
    surname_key,
)
from newskit.recognise import (
    _CONNECTORS,
    _ORG_HEADS,
    _PLACE_PREPOSITIONS,
    _PRONOUNS,
    _SPEECH_VERBS,
    _Candidate,
    _is_acronym,
    _is_common,
    _Units,
)
from newskit.senses import TOWN

# Question words are not names, even capitalised: "a spokesperson for Which? said".
_WH_WORDS = frozenset("which what who whom whose why how where when whether".split())


@dataclass(slots=True, eq=False)
class _Cluster:
    type: EntityType
    members: list[_Candidate] = field(default_factory=list)
    surname: str = ""
    given: str = ""
    roles: set[str] = field(default_factory=set)
    hint: Gender | None = None
    strong: bool = False  # the hint comes from an honorific, not a pronoun or a kin word
    entry: Entry | None = None

    @property
    def last(self) -> int:
        return self.members[-1].start


# The words after a place's name that make its council's: "Thurrock Council", "Leeds City Council".
_COUNCIL_WORDS = frozenset("City County Borough District Metropolitan Town Parish Regional".split())


def _named_after_place(name: list[str], word: str) -> bool:
    """Whether an organisation's name is a place's name and then its council's words.

    Or a town's public service: "Wardsboro Volunteer Fire Department", whose
    "Wardsboro" alone is the town.
    """
    if len(name) < 2 or name[0] != word:
        return False
    if name[-1] == "Council":
        return all(w in _COUNCIL_WORDS for w in name[1:-1])
    return name[-1] in _SERVICE_HEADS and all(w in _SERVICE_WORDS for w in name[1:])


_SERVICE_HEADS = frozenset({"Department", "District", "Service", "Library", "Libraries", "Schools"})
_SERVICE_WORDS = _SERVICE_HEADS | frozenset(
    {"Volunteer", "Fire", "Police", "Rescue", "Ambulance", "Public", "School", "Water", "Parks"}
)


def _pronoun_cues(text: str, candidates: list[_Candidate], units: _Units) -> None:
    """Give each person mention the gender of a pronoun that refers to it.

    A pronoun later in the same sentence, with no other person named between,
    refers to the person; a sentence opening with "He"/"She" refers to the
    first person named in the sentence before.
    """
    people = [
        c
        for c in candidates
        if not c.headline
        and (c.type == "PERSON" or (c.type is None and not _is_common(c.words[0].text)))
    ]
    starts = [c.start for c in people]
    by_unit: dict[int, list[_Candidate]] = defaultdict(list)
    for c in people:
        by_unit[c.unit].append(c)
    for match in _PRONOUNS.finditer(text):
        gender: Gender = "male" if match.group(1) else "female"
        unit = units.index(match.start())
        if unit < 0 or units.numbers[unit] == 0 or _quoted(text, match.start()):
            continue  # a pronoun in a quote is the speaker's, about someone else
        word = match.group(0).lower()
        if word in ("her", "his") and _SAID_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "Fennimore said her numbers …": whose numbers is the other person's
        i = bisect.bisect_left(starts, match.start()) - 1
        # Not "a row with Declan, she turned": skip the objects of prepositions.
        while (
            i >= 0
            and people[i].unit == unit
            and _AFTER_PREPOSITION.search(text, max(0, people[i].start - 12), people[i].start)
        ):
            i -= 1
        if i >= 0 and people[i].unit == unit:
            if (
                people[i].pronoun is None
                and not (
                    # "Gareth Wynne, whose mother died, said … her funeral": the mother's
                    word in ("her", "his") and _KIN_WORD.search(text, people[i].end, match.start())
                )
                and kin_gender(text, people[i].start) in (None, "unknown", gender)
                # not "Cllr Fiona Marsh said the cabinet member should consider his position"
                and not _someone_described(text, people[i].end, match.start())
            ):
                people[i].pronoun = gender
        elif (
            (
                opened := unit
                if units.is_first_word(match.start())
                else _quote_before(text, units, match)
            )
            >= 0
            and by_unit.get(opened - 1)
            and not (word in ("her", "his") and _kin_after(text, match.end()))
        ):
            # Not "Her daughter, Renata Kowalski, …": whose daughter may be anyone's.
            # "She said." or "“…,” she said.": the first person named before the sentence.
            subject = by_unit[opened - 1][0]
            if (
                subject.pronoun is None
                and not owned_object_of(text, subject.start, gender)
                # not "Her son, Idris, has asthma. ‘They sent someone,’ she said"
                and kin_gender(text, subject.start) in (None, "unknown", gender)
            ):
                subject.pronoun = gender


# Someone described, not named, between a name and a pronoun: "the cabinet member".
_ROLE_BETWEEN = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted((ROLE_WORDS | {"member"}) - set(KIN_WORDS), key=len, reverse=True))
    + r")\b"
)

_APPOSITION = re.compile(r",[ \xa0]+(?:the|a|an)[ \xa0][^,.;:]{1,60},")


def _someone_described(text: str, start: int, end: int) -> bool:
    """Whether someone described is between a name and a pronoun, past the name's apposition.

    "Cllr Fiona Marsh said the cabinet member should consider his position": not
    Marsh's. "Jane Oduya, the mayor, said her …" is still hers.
    """
    apposition = _APPOSITION.match(text, start, end)
    return _ROLE_BETWEEN.search(text, apposition.end() if apposition else start, end) is not None


_KIN_WORD = re.compile(r"\b(?:" + "|".join(sorted(KIN_WORDS, key=len, reverse=True)) + r")\b")


def _kin_after(text: str, offset: int) -> bool:
    """Whether a kinship word follows a possessive: "Her daughter", "His late brother"."""
    after = re.match(r"[ \xa0]+(?:late[ \xa0]+)?([a-z-]+)", text[offset : offset + 40])
    return after is not None and after.group(1) in KIN_WORDS


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|called|accused|criticised|criticized)[ \xa0]+$")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|for|by|from|about|against|at|of|on|than|like|told|asked|thanked|met)[ \xa0]+$"
)


_QUOTED_REACH = 3000  # characters before a pronoun whose quote marks are counted


def _quoted(text: str, offset: int) -> bool:
    """Whether an offset lies inside quote marks opened in its paragraph.

    A rough count of the marks before it, enough to keep a quoted "she" from
    being taken as the gender of the person named before the quote. Only the
    last few thousand characters of a paragraph are counted (a news paragraph
    is far shorter; a page-long one would make this quadratic).
    """
    reach = max(0, offset - _QUOTED_REACH)
    start = max(text.rfind("\n\n", reach, offset) + 1, reach)
    before = text[start:offset]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    closing = len(re.findall(r"’(?![^\W\d_])", before))
    return before.count("‘") > closing


# A sentence that opens with a quote (or inside one) and goes on with the pronoun:
# "“It was green,” she said."
_OPENING_QUOTE = re.compile(r"([“‘\"'])?[^“”‘\"]*[”’\"'][,.!?]?")


def _quote_before(text: str, units: _Units, match: re.Match[str]) -> int:
    """The sentence a quote opens in, when a pronoun is the first word after it; else -1."""
    unit = units.index(match.start())
    first = units.firsts[unit]
    start = first - 1 if first and text[first - 1] in "“‘\"'" else first
    found = _OPENING_QUOTE.match(text, start, match.start())
    if found is None or text[found.end() : match.start()].strip():
        return -1
    if found.group(1) is not None:
        return unit
    if not _quoted(text, start):
        return -1
    # the quote opened in an earlier sentence of the paragraph
    reach = max(0, start - _QUOTED_REACH)  # as far back as _quoted counts
    opening = max(text.rfind(mark, reach, start) for mark in '“‘"')
    return units.index(opening) if opening >= 0 else -1


def _words_of(c: _Candidate) -> list[str]:
    return [w.text for w in c.words]


def _family_name(surname: str) -> str:
    """The part of a written surname a relative shares: its last capitalised word.

    "Ferreira" of "José Ferreira" (Maria José Ferreira), with the particles
    before it ("van der Berg", "al-Assad").
    """
    words = surname.split()
    capitalised = [i for i, w in enumerate(words) if w[:1].isupper()]
    return " ".join(words[capitalised[-1] :]) if len(capitalised) > 1 else surname


def _person_parts(words: list[str]) -> tuple[str, str]:
    """Given name and surname of a written name (the surname keeps its particles)."""
    if len(words) == 1:
        return "", words[0]
    return words[0], " ".join(words[1:])


class _Linker:
    """Decides single words and links every mention to an entity, in text order."""

    def __init__(self, candidates: list[_Candidate], gazetteer: Gazetteer, text: str = "") -> None:
        self.candidates = candidates
        self.gazetteer = gazetteer
        self.text = text
        self.clusters: list[_Cluster] = []
        self.people: list[_Cluster] = []
        self.by_key: dict[tuple[EntityType, str], _Cluster] = {}
        self.named: dict[str, list[_Cluster]] = defaultdict(list)  # name part -> people
        self.org_forms: dict[str, _Cluster] = {}  # acronym or short form -> organisation
        self.org_words: dict[str, _Cluster] = {}  # an ordinary first word -> organisation
        self.org_heads: dict[str, _Cluster] = {}  # "Commission" -> European Commission
        self.org_plurals: dict[str, _Cluster] = {}  # "Brewers" -> Milwaukee Brewers
        self.by_text: dict[str, _Cluster] = {}  # a place's or group's name as written
        # Lone words the story somewhere describes as an organisation ("Openreach, the
        # network arm of BT,"): the same word only said to speak is that body too.
        self.described_orgs = {
            c.key()
            for c in candidates
            if c.type is None
            and len(c.words) == 1
            and c.cue.startswith("organisation:")
            and not c.headline
            and (c.apposed or not _is_common(c.key()))
        }

    def link(self) -> list[_Cluster]:
        body = [c for c in self.candidates if not c.headline]
        head = [c for c in self.candidates if c.headline]
        previous: _Candidate | None = None
        for c in body:
            if previous is not None and self._defines(previous, c):
                # "The National Disaster Mitigation Agency (BNPB) said": its acronym
                owner = next(k for k in self.clusters if any(m is previous for m in k.members))
                self.org_forms[c.key()] = owner
                self._join(owner, c, "acronym in brackets after the name")
            else:
                self._link(c, headline=False)
            previous = c
        for c in head:
            self._link(c, headline=True)
        return [k for k in self.clusters if k.members]

    def _defines(self, name: _Candidate, c: _Candidate) -> bool:
        """Whether ``c`` is an acronym in brackets right after an organisation's name."""
        word = c.key()
        return (
            name.type == "ORG"
            and c.type in ("ORG", None)  # not "Tesco (UK)"
            and len(c.words) == 1
            and word.isupper()
            and len(word) > 1
            and self.text[name.end : c.start] in (" (", "\xa0(")
            and self.text[c.end : c.end + 1] == ")"
        )

    def _new(self, c: _Candidate, entity_type: EntityType, link: str) -> _Cluster:
        cluster = _Cluster(entity_type, entry=c.entry)
        self.clusters.append(cluster)
        if entity_type == "PERSON":
            self.people.append(cluster)
            cluster.given, cluster.surname = _person_parts(_words_of(c))
            self._index(cluster)
        elif entity_type == "ORG":
            self._index_org(cluster, c)
        self._join(cluster, c, link)
        return cluster

    def _index(self, person: _Cluster) -> None:
        """File a person under the name parts a later mention may use alone."""
        keys = {surname_key(person.surname)} if person.surname else set()
        if person.surname and " " in person.surname:
            parts = person.surname.split()
            keys.add(parts[-1].casefold())  # "Nguyen Thi Mai": "Mai"
            # "Vidal" for Carolina Vidal Espinoza: the copy may shorten a double
            # surname to the first, after one or two given names ("Rosa María
            # Quintero Salas"); not to a particle ("Van der Meer").
            keys.update(
                w.casefold()
                for w in parts[:-1]
                if w[:1].isupper() and surname_key(w) == w.casefold()
            )
        if person.given:
            keys.add(person.given.casefold())
        for key in keys:
            if person not in self.named[key]:
                self.named[key].append(person)

    def _index_org(self, org: _Cluster, c: _Candidate) -> None:
        """File an organisation under its acronym and its shorter forms."""
        words = _words_of(c)
        self.org_forms[" ".join(words)] = org
        names = [w for w in words if w not in _CONNECTORS]
        # A short form names the organisation first introduced with it: the
        # parent "Brightwater Bank" before its "Brightwater Group".
        if len(names) > 1:
            self.org_forms.setdefault("".join(w[0] for w in names if w[0].isupper()), org)
        for k in range(3, len(names)):
            # "the ICB" for NHS Lincolnshire Integrated Care Board: its last words' initials
            tail = names[-k:]
            if all(w[0].isupper() and not _is_acronym(w) for w in tail):
                self.org_forms.setdefault("".join(w[0] for w in tail), org)
        last = words[-1]
        if len(names) > 1 and len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
            self.org_plurals.setdefault(last, org)  # a team: "the Brewers"
        for n in range(1, min(len(words), 9)):  # short forms are a few words, not a page
            for part in (words[:n], words[-n:]):
                if part[0] in _CONNECTORS or part[-1] in _CONNECTORS:
                    continue
                if n > 1 or not _is_common(part[0]):
                    self.org_forms.setdefault(" ".join(part), org)
                elif n == 1 and part[0] == words[0]:
                    self.org_words.setdefault(part[0], org)

    def _join(self, cluster: _Cluster, c: _Candidate, link: str) -> None:
        if cluster.type == "ORG" and len(c.words) > 1 and c.words[-1].text in _ORG_HEADS:
            self.org_heads[c.words[-1].text] = cluster  # the latest named with it
        c.type = cluster.type
        c.link = link
        cluster.members.append(c)
        if c.role:
            cluster.roles.add(c.role)
        hint = c.honorific or c.pronoun or c.hint
        # A link made on recency alone is a guess: it lends the person no gender.
        guess = link.endswith(("most recent", "most mentioned"))
        if hint in ("female", "male") and not guess:
            if cluster.hint is None or (c.honorific and not cluster.strong):
                cluster.hint = hint
            cluster.strong = cluster.strong or c.honorific is not None

    def _link(self, c: _Candidate, *, headline: bool) -> None:
        if c.type is None:
            self._single(c, headline=headline)
            return
        if c.type == "PERSON" and c.evidence == "capitalised name":
            org = self._short_form(c)  # "Upper Calder" for Upper Calder Borough Council
            if org is not None:
                self._join(org, c, "short form")
                return
        if c.type == "PERSON":
            self._person(c, headline=headline)
            return
        key = c.entry.name if c.entry else c.key()
        cluster = self.by_key.get((c.type, key))
        if cluster is None and (c.type == "ORG" or (c.entry is None and c.evidence != TOWN)):
            # "Severn Valley" for Severn Valley Hospitals NHS Trust
            cluster = self._short_form(c)
        if cluster is not None:
            same = c.key() == cluster.members[0].key()
            self._join(cluster, c, "same name" if same else "listed alias or short form")
            return
        cluster = self._new(c, c.type, "first mention")
        self.by_key[(c.type, key)] = cluster
        if c.type in ("GPE", "LOC", "NORP"):
            self.by_text.setdefault(c.key(), cluster)
            if c.key().isupper() and len(c.key()) > 3:
                # a dateline's "WAPAKONETA": the town the story then writes "Wapakoneta"
                self.by_text.setdefault(c.key().title(), cluster)

    def _short_form(self, c: _Candidate) -> _Cluster | None:
        """An organisation's acronym or a shorter form of its name.

        A word may be cut short: "Lakeshore Rep" for Lakeshore Repertory Theater.
        """
        found = self.org_forms.get(c.key())
        if found is not None or len(c.words) < 2:
            return found
        words = _words_of(c)
        for org in self.clusters:
            if org.type != "ORG" or not org.members:
                continue
            name = _words_of(org.members[0])
            if (
                len(name) > len(words)
                and name[0] == words[0]
                and all(
                    len(w) >= 3 and n.startswith(w)
                    for w, n in zip(words[1:], name[1:], strict=False)
                )
            ):
                return org
        return None

    def _single(self, c: _Candidate, *, headline: bool) -> None:
        """A lone capitalised word: a known name's part, or a name by its use."""
        word = c.key()
        people = self._people_named(word) if len(c.words) == 1 else []
        if people and not c.after_the:
            self._choose(c, people, headline=headline)
            return
        org = self._short_form(c)
        if org is None and not (c.initial or headline or c.after_the or is_title_word(word)):
            # "shares in Pioneer fell" after "Pioneer Group": an ordinary word,
            # capitalised mid-sentence, that opened an organisation's name.
            org = self.org_words.get(word)
        if org is not None and _named_after_place(_words_of(org.members[0]), word):
            # "results like Thurrock’s" after "Thurrock Council": the place
            c.type, c.evidence = "GPE", f"the place '{org.members[0].key()}' is named after"
            place = self.by_key.get(("GPE", word))
            if place is not None:
                self._join(place, c, "same name")
            else:
                self.by_key[("GPE", word)] = place = self._new(c, "GPE", "first mention")
                self.by_text.setdefault(word, place)
            return
        place = self.by_key.get(("GPE", word))
        if org is not None and place is not None and not c.after_the:
            # "in Porthcarrow" … "Porthcarrow Harbour Commissioners" … "Porthcarrow": the
            # place named so before, not the body's short form
            self._join(place, c, "same name")
            return
        if org is not None:
            self._join(org, c, "short form")
            return
        if org is None and c.after_the and word in self.org_heads:
            # "the Commission" after "the European Commission": the body named
            # last with that word.
            self._join(self.org_heads[word], c, "'the' + its last word")
            return
        if org is None and c.after_the and word in self.org_plurals:
            # "The Brewers said" after "the Milwaukee Brewers": a team by its plural
            self._join(self.org_plurals[word], c, "'the' + its last word")
            return
        known = self.by_text.get(word)
        if known is not None:
            # "the Tupelo plant" after "in Tupelo": the place named before.
            self._join(known, c, "same name")
            return
        common = _is_common(word)
        # "the Attica region", "the Fórsa trade union": the words after say what it is
        after_the = c.after_the and not c.cue.startswith(("place: ", "organisation: "))
        # "Solidarity, the largest union at the mine, said": an ordinary word opening the
        # sentence, but the apposition says what it names
        apposed = c.apposed and c.initial and not headline
        if len(c.words) > 1 or after_the or ((c.initial or headline) and common and not apposed):
            return
        cue = c.cue
        if cue == "dateline agency":
            c.type, c.evidence = "ORG", "news agency in a dateline"
        elif cue.startswith("organisation:") and (
            not common
            or apposed
            # "the retailer Next": an ordinary word, capitalised mid-sentence
            or not (c.initial or headline or is_title_word(word) or word.lower() in _WH_WORDS)
        ):
            c.type, c.evidence = "ORG", f"described as an {cue}"
        elif cue.startswith("owns:") and not common:
            c.type, c.evidence = "ORG", f"has what organisations have ({cue[6:]})"
        elif cue == "age":
            c.type, c.evidence = "PERSON", "an age after the name"
        elif c.kin_of or cue in ROLE_WORDS or cue.split(" ")[-1] in KIN_WORDS:
            c.type, c.evidence = "PERSON", f"after '{cue}'"
        elif cue == "speaks: it" and not common:
            c.type, c.evidence = "ORG", "speaks as 'it'"
        elif cue in _SPEECH_VERBS and not common and word in self.described_orgs:
            # "the regulator said Openreach had met …" before "Openreach, the network arm"
            c.type, c.evidence = "ORG", f"with '{cue}'; described as an organisation elsewhere"
        elif cue in _SPEECH_VERBS and _is_acronym(word) and not c.initial and not headline:
            # "The state weather bureau PAGASA said": people are not written in capitals
            c.type, c.evidence = "ORG", f"an acronym with '{cue}'"
        elif cue in _SPEECH_VERBS and not common:
            c.type, c.evidence = "PERSON", f"with '{cue}'"
        elif (cue in _PLACE_PREPOSITIONS or cue.startswith("place:")) and not common:
            c.type, c.evidence = "GPE", f"after '{cue}'" if " " not in cue else cue
        else:
            return
        self._link(c, headline=headline)

    def _people_named(self, word: str) -> list[_Cluster]:
        found = self.named.get(surname_key(word), []) + self.named.get(word.casefold(), [])
        return list(dict.fromkeys(found))

    def _person(self, c: _Candidate, *, headline: bool) -> None:
        words = _words_of(c)
        if len(words) == 1:
            people = self._people_named(words[0])
            if people:
                self._choose(c, people, headline=headline)
                return
            cluster = self._new(c, "PERSON", "first mention")
            if c.borrowed:
                cluster.given, cluster.surname = words[0], c.borrowed
                self._index(cluster)
                c.link = "first name; surname from the name after 'and'"
            elif c.kin_of:
                # "Tom Brennan … said his late wife, Carol": the person named last in
                # the paragraph, unless of the other gender; else the last one of that gender.
                recent = max(
                    (p for p in self.people[:-1] if p.members[-1].paragraph == c.paragraph),
                    key=lambda p: p.members[-1].start,
                    default=None,
                )
                if recent is None or recent.hint not in (c.kin_of, None):
                    recent = None
                owner = recent or next(
                    (p for p in reversed(self.people[:-1]) if p.hint == c.kin_of), None
                )
                if owner and owner.surname:
                    cluster.given, cluster.surname = words[0], _family_name(owner.surname)
                    self._index(cluster)
                    c.link = f"first name; surname from '{c.cue}'"
            return
        whole = " ".join(words)
        known = [p for p in self.named.get(surname_key(whole), []) if p.surname == whole]
        if known:
            # "Ortiz Mendoza" after "Daniela Ortiz Mendoza": a double surname.
            self._choose(c, known, headline=headline)
            return
        for p in reversed(self.named.get(words[-1].casefold(), [])):
            full = [p.given, *p.surname.split()] if p.given else p.surname.split()
            if len(full) > len(words) and full[-len(words) :] == words:
                # "Fuentes Larraín" after "José Ignacio Fuentes Larraín": the
                # last words of a longer name are that person's surnames.
                self._join(p, c, "surname")
                return
        for p in self.named.get(words[0].casefold(), []):
            full = [p.given, *p.surname.split()] if p.given else p.surname.split()
            if len(full) > len(words) and full[: len(words)] == words:
                # "Maria José" after "Maria José Ferreira": two given names.
                self._join(p, c, "first names")
                return
        given, surname = _person_parts(words)
        for p in reversed(self.named.get(surname_key(surname), [])):
            if surname_key(p.surname) == surname_key(surname) and (
                not p.given or p.given.casefold() == given.casefold()
            ):
                if not p.given:
                    p.given = given
                    self._index(p)
                self._join(p, c, "same name")
                return
        self._new(c, "PERSON", "first mention")

    def _choose(self, c: _Candidate, people: list[_Cluster], *, headline: bool) -> None:
        """Link a surname or first name to one of the people it may name, saying why."""
        reasons: list[str] = []
        pool = people
        gender = c.honorific or c.pronoun or c.hint
        if gender in ("female", "male"):
            same = [p for p in pool if p.hint == gender]
            other = [p for p in pool if p.hint is None]
            if same and len(pool) > 1:
                pool, reasons = same, [*reasons, f"gender ({gender})"]
            elif not same and other:
                pool = other
            elif not same and c.honorific and all(p.strong for p in pool):
                # "Mr Smith" … "Mrs Smith": a second person of the same name.
                self._new(c, "PERSON", "first mention (a different gender from the other)")
                return
        if len(pool) > 1 and c.title in _MARRIED_TITLES:
            # "Ms McKendrick" all along, then "her mother, Fiona McKendrick … Mrs
            # McKendrick": the other title is another woman
            wrong = _MARRIED_TITLES[c.title]
            titled = [p for p in pool if not any(m.title == wrong for m in p.members)]
            if titled and len(titled) < len(pool):
                pool, reasons = titled, [*reasons, f"title ({c.title}, not {wrong})"]
        if len(pool) > 1 and c.role:
            same = [p for p in pool if c.role in p.roles]
            if same:
                pool, reasons = same, [*reasons, f"role ({c.role})"]
        word = c.words[0].text
        if len(pool) > 1 and not headline:
            # "Her daughter, Renata Kowalski": a relative brought in by the story
            # goes by her first name; the bare surname stays with the main person.
            main = [p for p in pool if p.members[0].cue.split(" ")[-1] not in KIN_WORDS]
            if main and len(main) < len(pool):
                pool, reasons = main, [*reasons, "not the relative introduced as such"]
        if len(pool) > 1:
            if headline:
                pool = [max(pool, key=lambda p: len(p.members))]
                reasons.append("most mentioned")
            else:
                pool = [max(pool, key=lambda p: p.last)]
                reasons.append("most recent")
        chosen = pool[0]
        part = "first name" if chosen.given.casefold() == word.casefold() else "surname"
        if c.title:
            part = f"{c.title} + {part}"
        self._join(chosen, c, " + ".join([part, *reasons]))


# A woman called "Ms X" is not the one called "Mrs X" in the same story.
_MARRIED_TITLES = {"Mrs": "Ms", "Mrs.": "Ms.", "Ms": "Mrs", "Ms.": "Mrs."}


def _surname_forms(clusters: list[_Cluster]) -> dict[str, str]:
    """How the article writes each surname mid-sentence ("al-Assad", not "Al-Assad")."""
    forms: dict[str, list[str]] = defaultdict(list)
    for cluster in clusters:
        if cluster.type != "PERSON":
            continue
        for m in cluster.members:
            words = _words_of(m)
            if not m.initial and not m.headline and (len(words) > 1 or words[0] != cluster.given):
                surname = " ".join(words[1:]) if len(words) > 1 else words[0]
                forms[surname_key(surname)].append(surname)
    return {key: display_surname(found) for key, found in forms.items()}


# A peer known by a title and one name is named with the title: "Lord Farrington".
_PEERAGES = frozenset(
    "Lord Lady Baroness Baron Viscount Viscountess Earl Countess Duke Duchess Marquess".split()
)


def _person_name(cluster: _Cluster, surnames: dict[str, str]) -> str:
    surname = surnames.get(surname_key(cluster.surname), cluster.surname) if cluster.surname else ""
    if cluster.given:
        return f"{cluster.given} {surname}".strip()
    peer = next((t for m in cluster.members if (t := m.title.split(" ")[-1]) in _PEERAGES), "")
    return f"{peer} {surname}" if peer and surname else surname


_EVIDENCE_SHOWN = 12  # honorifics and pronouns listed as a person's gender evidence


def _gender(cluster: _Cluster, text: str) -> tuple[Gender, tuple[str, ...]]:
    honorifics = {m.honorific for m in cluster.members if m.honorific in ("female", "male")}
    pronouns = Counter(m.pronoun for m in cluster.members if m.pronoun)
    lines = itertools.chain(
        (f"{m.title.split()[0]} (paragraph {m.paragraph})" for m in cluster.members if m.honorific),
        (
            f"{'he' if m.pronoun == 'male' else 'she'} after "
            f"'{text[m.start : m.end]}' (paragraph {m.paragraph})"
            for m in cluster.members
            if m.pronoun
        ),
    )
    evidence = tuple(itertools.islice(lines, _EVIDENCE_SHOWN))
    total = sum(bool(m.honorific) + bool(m.pronoun) for m in cluster.members)
    if total > _EVIDENCE_SHOWN:  # a book-length text names a person hundreds of times
        evidence += (f"and {total - _EVIDENCE_SHOWN} more",)
    if len(honorifics) == 1:
        return honorifics.pop(), evidence
    if not honorifics and len(pronouns) == 1:
        return next(iter(pronouns)), evidence
    if not honorifics and pronouns:
        (top, n), (_, m) = pronouns.most_common(2)
        if n >= 2 * m:
            return top, evidence
    return "unknown", evidence


def _squeezed(name: str) -> str:
    return re.sub(r"[\W_]", "", name)
