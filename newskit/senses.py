"""Names with two senses in one story: a town and its club, a place and a first name.

Used by :mod:`newskit.entities` between finding mentions and linking them. A
name the gazetteer lists as a place is also a club's short name once the story
names the club after its town ("Leeds Kestrels", "Whitby Town", "the San Diego
Surf" with "Surf coach …"), or lists it with a club ("beating Chelsea and
Atlético Madrid"); and a person's first name once the story names the person
("Santiago Ferreyra Acosta"). The words around each mention ("in Leeds", "west
Leeds", "towns like Whitby") keep it a place. A name whose last word the story
uses as a group's ("the Kestrels had") is the group's, not a person's, and so is
a name the story elsewhere shows to be an organisation's.
"""

from __future__ import annotations

import itertools
import re

from newskit.gazetteer import Entry, Gazetteer
from newskit.recognise import _CLUB_WORDS, _PLACE_NOUNS, _PLACE_PREPOSITIONS, _Candidate

# The evidence for a club's town named as the town ("Back in Castleford").
TOWN = "the town a club is named after"

# "west Leeds", "central Portland", "towns like Saltburn", "the town of Castleford".
_PLACE_WORDS_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west|northern|southern|eastern|western|central|downtown|"
    r"greater|inner|outer|suburban|rural|north-east|north-west|south-east|south-west)"
    r"|(?:towns|cities|villages|places|areas|communities) (?:like|such as|including))[ \xa0]+$"
)


# "Surf midfielder Keiko Tanaka", "Tides coach Marcus Bell": a team's players and staff.
_TEAM_ROLE_AFTER = re.compile(
    r"[ \xa0]+(?:head[ \xa0]+|assistant[ \xa0]+)?(?:coach|manager|striker|midfielder|"
    r"defender|goalkeeper|winger|full-back|centre-back|center-back|fly-half|scrum-half|"
    r"quarterback|playmaker|captain|boss|sporting[ \xa0]+director)\b"
)


# "Lowestoft, who are 14th", "Napoli have agreed": a town spoken of in the plural is its team.
_PLURAL_VERB_AFTER = re.compile(r"(?:,[ \xa0]+who)?[ \xa0]+(?:are|have|were)\b")
# "Seville and Córdoba were": the plural is the pair's, not a team's.
_PAIRED_BEFORE = re.compile(r"(?:,|[ \xa0]and|[ \xa0]or)[ \xa0]+$")


# "Lowestoft, Britain’s most easterly town": described as a place right after.
_PLACE_APPOSITION = re.compile(
    r",[ \xa0]+(?:[\w’'-]+[ \xa0]+){0,4}?(?:" + "|".join(sorted(_PLACE_NOUNS)) + r")\b"
)


def _is_place_here(text: str, c: _Candidate) -> bool:
    """Whether the words around a mention make it a place, whatever else it names."""
    return (
        c.cue in _PLACE_PREPOSITIONS
        or c.cue.startswith("place:")
        or _PLACE_WORDS_BEFORE.search(text, max(0, c.start - 30), c.start) is not None
        or _PLACE_APPOSITION.match(text, c.end) is not None
    )


def _town(c: _Candidate) -> str:
    """The town a club is named after ("Leeds" in "Leeds Kestrels").

    "Brighton" in "Brighton & Hove Albion"; "" for a one-word name.
    """
    words = [w.text for w in c.words]
    if "&" in words:
        words = words[: words.index("&") + 1]
    return " ".join(words[:-1])


def _club_of(gazetteer: Gazetteer, name: str) -> Entry | None:
    """The listed club named like a place: "Chelsea FC" for "Chelsea"."""
    for form in (f"{name} FC", f"FC {name}", f"{name} AFC", f"AFC {name}"):
        for entry in gazetteer.lookup(form):
            if entry.kind == "sport":
                return entry
    return None


def resolve_senses(text: str, candidates: list[_Candidate], gazetteer: Gazetteer) -> None:
    """Decide, mention by mention, which of its senses a two-sense name has here.

    Changes the candidates' types in place (they are the linker's working copy);
    the candidates are in text order.
    """
    # "after beating Chelsea and Atlético Madrid": a place listed with a club is
    # the club of its name, if there is one.
    for a, b in itertools.pairwise(candidates):
        if text[a.end : b.start] not in (" and ", ", ", " or "):
            continue
        for one, other in ((a, b), (b, a)):
            is_club = other.entry is not None and other.entry.kind == "sport"
            if is_club and one.type == "GPE" and not _is_place_here(text, one):
                entry = _club_of(gazetteer, one.key())
                if entry is not None:
                    one.type, one.entry, one.evidence = "ORG", entry, "listed with a club"
    # "Gornoslaska Spolka Weglowa (GSW)": a name with its initials in brackets is a body's
    for a, b in itertools.pairwise(candidates):
        if (
            a.type == "PERSON"
            and a.evidence == "capitalised name"
            and text[a.end : b.start] in (" (", "\xa0(")
            and text[b.end : b.end + 1] == ")"
            and b.key() == "".join(w.text[0] for w in a.words if w.text[:1].isupper())
            and len(b.key()) > 1
        ):
            a.type, a.evidence = "ORG", f"its initials in brackets: {b.key()}"
    # "Ryanair and Aer Lingus" then "Aer Lingus, which is owned by": a name the
    # story shows to be an organisation's is one wherever it was only a guess.
    organisations = {c.key() for c in candidates if c.type == "ORG"}
    # "West Sumatra Governor Hendra Saputra" makes the headline's "West Sumatra" a place
    places = {c.key() for c in candidates if c.type == "GPE" and len(c.words) > 1}
    # "Dunmore Haulage" … "shares in Dunmore": what its first word alone is said
    # to be, it is (not what it has: people have shares and staff too).
    short = {c.key() for c in candidates if len(c.words) == 1 and c.cue.startswith("organisation:")}
    for c in candidates:
        if c.type == "PERSON" and c.evidence == "capitalised name" and c.key() in organisations:
            c.type, c.evidence = "ORG", "named elsewhere as an organisation"
        elif c.type == "PERSON" and c.evidence == "capitalised name" and c.key() in places:
            c.type, c.evidence = "GPE", "named elsewhere as a place"
        elif (
            c.type == "PERSON"
            and c.evidence == "capitalised name"
            and len(c.words) > 1
            and c.words[0].text in short
        ):
            c.type, c.evidence = "ORG", f"'{c.words[0].text}' alone is an organisation's"
    groups = {c.key() for c in candidates if c.group}
    # Not enough to make a person's name a team's ("Federer coach Ivan Ljubicic"),
    # but enough to make an organisation a club.
    staffed = {
        c.key()
        for c in candidates
        if len(c.words) == 1
        and (
            _TEAM_ROLE_AFTER.match(text, c.end)
            # the subject of the verb, not "officials in Leeds were"
            or (
                c.type == "GPE"
                and not _is_place_here(text, c)
                and _PLURAL_VERB_AFTER.match(text, c.end)
                and not _PAIRED_BEFORE.search(text, max(0, c.start - 6), c.start)
            )
        )
    }
    teams = groups | staffed
    for c in candidates:
        if (
            c.type == "PERSON"
            and c.evidence == "capitalised name"
            and len(c.words) > 1
            and c.words[-1].text in groups
        ):
            # "Leeds Kestrels" when the story says "the Kestrels had": a team.
            c.type, c.evidence = "ORG", f"named as a group ('the {c.words[-1].text}')"
    clubs = {
        _town(c): c.key()
        for c in candidates
        if c.type == "ORG"
        and len(c.words) > 1
        and (c.words[-1].text in _CLUB_WORDS or c.words[-1].text in teams)
    }
    clubs.pop("", None)
    given = {c.words[0].text for c in candidates if c.type == "PERSON" and len(c.words) > 1}
    for c in candidates:
        key = c.key()
        if c.type not in ("GPE", None) and not (
            c.type == "PERSON" and c.evidence == "capitalised name"
        ):
            continue
        club = clubs.get(key)
        if club is not None:
            if _is_place_here(text, c):
                if c.type is None:
                    c.type, c.evidence = "GPE", TOWN
            else:
                # Filed under the club's name, which may come later ("Derby beat
                # Stoke …" before "Derby County manager …").
                c.type, c.entry = "ORG", Entry(club, "ORG", "sport")
                c.evidence = f"club named after its town: {club}"
        elif (
            c.type == "GPE"
            and len(c.words) == 1
            and key in staffed
            and c.entry is not None
            and c.entry.kind == "city"
            and not _is_place_here(text, c)
        ):
            # "Napoli sporting director Gianluca Ferri" … "Napoli have agreed": the
            # story's Napoli is a club named after its city, not the city.
            c.type, c.entry = "ORG", Entry(key, "ORG", "sport")
            c.evidence = f"a club: '{key}' is spoken of as a team"
        elif c.type == "GPE" and key in given and not _is_place_here(text, c):
            # "Santiago" after "Santiago Ferreyra Acosta": left for the linker to
            # give to the person.
            c.type, c.entry, c.evidence = None, None, "a person's first name"
