"""Named entities: people, organisations, places and nationalities, with aliases resolved.

Found offline by rules tuned to news writing, with the evidence for every
decision kept:

* **Spans.** Runs of capitalised words (with name particles such as "al-",
  "bin", "van der", "de la"; names with digits such as "Russia24"; dotted
  acronyms such as "U.S."), cut at possessives ("Assad’s" gives "Assad"), at
  hyphenated compounds ("British-born" gives "British"), at sentence starts that
  are ordinary words ("But", "Once", "Yes") and at months, days and acronyms
  that name nothing ("PR", "CEO").
* **Types.** The shipped gazetteers (:mod:`newskit.gazetteer`); a title or
  honorific before a name ("Mrs", "President", "Health Secretary", "Sen.");
  the last word of a name ("… Trust", "… Ministry" for organisations, "… County"
  for places, "… Sea" for locations); acronyms, names with digits and mixed
  case for organisations; and, for a single word, how it is used: after a role
  or kinship word ("his father Hafez"), before a reporting verb, after a place
  preposition. Whether a word is an ordinary English word comes from the
  orthographic statistics of NLTK's pretrained English Punkt model (how often
  it was seen in lower case mid-sentence), so nothing is downloaded.
* **Aliases.** A person's later mentions (surname, titled surname, first name)
  are linked to a full name introduced earlier; where several people share a
  surname, the mention's honorific or pronoun (gender), its title (a
  "President" links to the person introduced as president) and recency decide,
  and the reason is kept. Organisations and places are linked by gazetteer
  aliases, acronyms and short forms.

Gender is reported only where the text states it: an honorific or a pronoun
that refers to the person; otherwise ``"unknown"``.

>>> import newskit as nk
>>> a = nk.from_text("Storm hits Leeds\\n\\nMrs Jane Okafor, who runs the Leeds Food Bank, "
...                  "said the city needed help. Okafor said she would stay.")
>>> [(e.name, e.type, len(e.mentions)) for e in entities(a)]
[('Leeds', 'GPE', 1), ('Jane Okafor', 'PERSON', 2), ('Leeds Food Bank', 'ORG', 1)]
>>> entities(a)[1].gender
'female'
"""

from __future__ import annotations

import bisect
import functools
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newskit.gazetteer import ENTITY_TYPES, EntityType, Gazetteer, default_gazetteer
from newskit.linking import (
    _Cluster,
    _gender,
    _Linker,
    _person_name,
    _pronoun_cues,
    _squeezed,
    _surname_forms,
)
from newskit.names import Gender
from newskit.recognise import _Recogniser, _Units
from newskit.senses import resolve_senses

if TYPE_CHECKING:
    import pandas as pd

    from newskit.article import Article

__all__ = [
    "ENTITY_COLOURS",
    "MENTION_COLUMNS",
    "Entity",
    "Mention",
    "entities",
    "entity_at",
    "entity_before",
    "entity_cooccurrence",
    "entity_frequencies",
    "entity_mentions",
    "mention_rows",
    "mentions",
    "ranked_entities",
]


#: One colour per entity type, the same in every chart and view (colour-blind safe).
ENTITY_COLOURS = {
    "PERSON": "#0072b2",
    "ORG": "#e69f00",
    "GPE": "#009e73",
    "NORP": "#cc79a7",
    "LOC": "#56b4e9",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text that names an entity.

    Attributes:
        start, end, text: the span (a title right before a name is part of it:
            "Mrs Al-Assad"; a possessive ’s is not).
        type: PERSON, ORG, GPE, NORP or LOC.
        entity: the name of the entity it refers to.
        paragraph, sentence: where it is (0 for the headline).
        title: the title or honorific it carries ("Mrs", "President"), or "".
        evidence: why this span is an entity of this type.
        link: why it belongs to its entity ("full name", "surname + gender"…).

    >>> import newskit as nk
    >>> m = mentions(nk.from_text("Mrs Ruth Kay’s plan.", headline=False))[0]
    >>> m.text, m.type, m.title, m.evidence
    ('Mrs Ruth Kay', 'PERSON', 'Mrs', 'title: Mrs')
    """

    start: int
    end: int
    text: str
    type: EntityType
    entity: str
    paragraph: int
    sentence: int
    title: str = ""
    evidence: str = ""
    link: str = ""


#: The columns of :func:`entity_mentions`, in order.
MENTION_COLUMNS = tuple("entity type text start end paragraph sentence title evidence link".split())


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or group, with all its mentions.

    Attributes:
        name: the fullest form ("Bashar al-Assad" for "Mr Al-Assad").
        type: PERSON, ORG, GPE, NORP or LOC.
        gender: for people, "female" or "male" where an honorific or pronoun
            says so, else "unknown" (also for every other type).
        mentions: in text order.
        evidence: why the gender was given ("Mrs (paragraph 21)"…).

    >>> import newskit as nk
    >>> (e,) = entities(nk.from_text("Mrs Ruth Kay won. Kay wept.", headline=False))
    >>> e.name, e.gender, e.aliases, e.evidence
    ('Ruth Kay', 'female', ('Mrs Ruth Kay', 'Kay'), ('Mrs (paragraph 1)',))
    """

    name: str
    type: EntityType
    gender: Gender
    mentions: tuple[Mention, ...]
    evidence: tuple[str, ...] = ()

    @property
    def aliases(self) -> tuple[str, ...]:
        """The distinct ways the text writes it, in order of first use."""
        return tuple(dict.fromkeys(m.text for m in self.mentions))

    @property
    def paragraphs(self) -> tuple[int, ...]:
        """The paragraphs it is mentioned in (0 is the headline), in order."""
        return tuple(sorted({m.paragraph for m in self.mentions}))


def _entity(cluster: _Cluster, article: Article, units: _Units, surnames: dict[str, str]) -> Entity:
    text = article.text
    if cluster.type == "PERSON":
        name = _person_name(cluster, surnames)
        gender, evidence = _gender(cluster, text)
    else:
        written = Counter(m.key() for m in cluster.members).most_common(1)[0][0]
        if cluster.entry is not None:
            name = cluster.entry.name
            if name.isupper() and " " not in name:
                # The fullest form the article gives: "Organization for Security…", not "OSCE".
                name = max([name, *(m.key() for m in cluster.members)], key=len)
            # "Russia24" for the listed "Russia 24": the article's own spelling.
            if _squeezed(written) == _squeezed(name):
                name = written
        else:
            name = max((m.key() for m in cluster.members), key=len)
            if name.isupper() and len(name) > 3 and " " not in name and cluster.type != "ORG":
                name = name.title()  # a dateline's "DHAKA" is Dhaka; "RSPB" stays an acronym
        gender, evidence = "unknown", ()
    members = sorted(cluster.members, key=lambda m: m.start)
    mentions = tuple(
        Mention(
            m.start,
            m.end,
            sys.intern(text[m.start : m.end]),  # one string for each way of writing it
            cluster.type,
            name,
            m.paragraph,
            units.numbers[m.unit],
            m.title,
            m.evidence,
            m.link,
        )
        for m in members
    )
    return Entity(name, cluster.type, gender, mentions, evidence)


def _resolve(article: Article, recogniser: _Recogniser) -> tuple[Entity, ...]:
    """Link a recogniser's candidates into entities (whoever found the spans)."""
    candidates = sorted(recogniser.found, key=lambda c: c.start)
    _pronoun_cues(article.text, candidates, recogniser.units)
    resolve_senses(article.text, candidates, recogniser.gazetteer)
    clusters = _Linker(candidates, recogniser.gazetteer, article.text).link()
    surnames = _surname_forms(clusters)
    found = [_entity(k, article, recogniser.units, surnames) for k in clusters]
    # The same name from a headline-only cluster and a body one: merge. (Two
    # people of one name in the body stay apart: "Mr Smith", "Mrs Smith".)
    merged: dict[tuple[str, str], Entity] = {}
    kept: list[Entity] = []
    for e in sorted(found, key=lambda e: e.paragraphs == (0,)):
        key = (e.type, e.name)
        old = merged.get(key)
        if old is not None and (e.paragraphs == (0,) or e.type != "PERSON"):
            both = tuple(sorted(old.mentions + e.mentions, key=lambda m: m.start))
            merged[key] = Entity(old.name, old.type, old.gender, both, old.evidence + e.evidence)
        elif old is not None:
            kept.append(e)
        else:
            merged[key] = e
    return tuple(sorted([*merged.values(), *kept], key=lambda e: e.mentions[0].start))


@functools.lru_cache(maxsize=64)
def _entities(article: Article, gazetteer: Gazetteer) -> tuple[Entity, ...]:
    recogniser = _Recogniser(article, gazetteer)
    recogniser.run()
    return _resolve(article, recogniser)


def _check(article: object, gazetteer: object) -> Gazetteer:
    """The gazetteer to use, after checking the arguments' types (one-line errors)."""
    from newskit.article import Article

    if not isinstance(article, Article):
        raise TypeError(
            f"expected an Article, got {type(article).__name__}; "
            "load one with newskit.load(path) or newskit.from_text(text)"
        )
    if gazetteer is None:
        return default_gazetteer()
    if not isinstance(gazetteer, Gazetteer):
        raise TypeError(
            f"gazetteer must be a Gazetteer, got {type(gazetteer).__name__}; "
            "read a file with newskit.read_gazetteer(path)"
        )
    return gazetteer


def entities(
    article: Article, *, gazetteer: Gazetteer | None = None, backend: Any = None
) -> tuple[Entity, ...]:
    """The people, organisations, places and groups an article names, in order of first mention.

    Args:
        article: the article.
        gazetteer: names to use (the shipped ones by default; see
            :meth:`newskit.gazetteer.Gazetteer.extended` to add your own).
        backend: a spaCy ``Language`` pipeline to find the mentions instead of
            newskit's rules (see :func:`newskit.spacy_backend.spacy_mentions`);
            aliases are resolved the same way.

    Returns:
        The entities, each with its mentions (offsets into ``article.text``).

    >>> import newskit as nk
    >>> a = nk.from_text("Dr. Amelia Chen said the UN had left Aleppo. Chen said she was angry.",
    ...                  headline=False)
    >>> [(e.name, e.type, [m.text for m in e.mentions]) for e in entities(a)]
    [('Amelia Chen', 'PERSON', ['Dr. Amelia Chen', 'Chen']),
     ('United Nations', 'ORG', ['UN']),
     ('Aleppo', 'GPE', ['Aleppo'])]
    """
    chosen = _check(article, gazetteer)
    if backend is not None:
        from newskit.spacy_backend import spacy_entities

        return spacy_entities(article, backend, chosen)
    return _entities(article, chosen)


def mentions(article: Article, *, gazetteer: Gazetteer | None = None) -> tuple[Mention, ...]:
    """Every entity mention in text order.

    >>> import newskit as nk
    >>> [m.text for m in mentions(nk.from_text("Syrians fled Syria.", headline=False))]
    ['Syrians', 'Syria']
    """
    found = [m for e in entities(article, gazetteer=gazetteer) for m in e.mentions]
    return tuple(sorted(found, key=lambda m: m.start))


def entity_at(
    article: Article, offset: int, *, gazetteer: Gazetteer | None = None
) -> Entity | None:
    """The entity named at a character offset (inside one of its mentions), if any.

    This is how a name found elsewhere, such as a quote's speaker "Mrs Al-Assad",
    resolves to the same person as everywhere else.

    >>> import newskit as nk
    >>> a = nk.from_text("Ruth Kay won. Mrs Kay said so.", headline=False)
    >>> entity_at(a, a.text.index("Mrs")).name, entity_at(a, 0).name, entity_at(a, 9)
    ('Ruth Kay', 'Ruth Kay', None)
    """
    owners = _owners(article, gazetteer)
    starts = sorted(owners)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0:
        entity, mention = owners[starts[i]]
        if offset < mention.end:
            return entity
    return None


def _owners(article: Article, gazetteer: Gazetteer | None) -> dict[int, tuple[Entity, Mention]]:
    """Each mention's entity, by the mention's start."""
    return {m.start: (e, m) for e in entities(article, gazetteer=gazetteer) for m in e.mentions}


def entity_before(
    article: Article,
    offset: int,
    *,
    types: Iterable[str] | str = "PERSON",
    gender: Gender | None = None,
    gazetteer: Gazetteer | None = None,
) -> Entity | None:
    """The entity of a type mentioned last before an offset: who "she" or "the company" is.

    Args:
        article: the article.
        offset: where the pronoun or description stands.
        types: the types it may be (default people).
        gender: for people, skip those whose stated gender differs.
        gazetteer: names to use.

    >>> import newskit as nk
    >>> a = nk.from_text("Mrs Ruth Kay met Mr Tom Ode. She said no.", headline=False)
    >>> entity_before(a, a.text.index("She"), gender="female").name
    'Ruth Kay'
    """
    chosen = _types(types)
    owners = _owners(article, gazetteer)
    for start in sorted(owners, reverse=True):
        entity, mention = owners[start]
        stated = gender is None or entity.gender in (gender, "unknown")
        if mention.end <= offset and entity.type in chosen and stated:
            return entity
    return None


def _types(types: Iterable[str] | str | None) -> set[str]:
    if types is None:
        return set(ENTITY_TYPES)
    chosen = {types} if isinstance(types, str) else set(types)
    unknown = chosen - set(ENTITY_TYPES)
    if unknown:
        raise ValueError(f"unknown entity type(s) {sorted(unknown)}; use {', '.join(ENTITY_TYPES)}")
    return chosen


def entity_frequencies(
    article: Article,
    *,
    types: Iterable[str] | str | None = None,
    gazetteer: Gazetteer | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Who and what the article names, most mentioned first.

    Returns:
        Columns ``name``, ``type``, ``mentions``, ``aliases`` (the forms used,
        joined with "; "), ``gender``, ``first_paragraph`` and ``paragraphs``
        (where it appears, "; "-joined, 0 being the headline).

    >>> import newskit as nk
    >>> a = nk.from_text("Syria talks\\n\\nSyria and Russia met. Syrian officials spoke.")
    >>> entity_frequencies(a)[["name", "type", "mentions"]].values.tolist()
    [['Syria', 'GPE', 2], ['Russia', 'GPE', 1], ['Syrian', 'NORP', 1]]
    """
    import pandas as pd

    from newskit.stats import _check_top

    _check_top(top)
    chosen = _types(types)
    ranked = [e for e in ranked_entities(article, gazetteer=gazetteer) if e.type in chosen]
    rows = [
        (
            e.name,
            e.type,
            len(e.mentions),
            "; ".join(e.aliases),
            e.gender,
            e.mentions[0].paragraph,
            "; ".join(map(str, e.paragraphs)),
        )
        for e in (ranked if top is None else ranked[:top])
    ]
    columns = ["name", "type", "mentions", "aliases", "gender", "first_paragraph", "paragraphs"]
    return pd.DataFrame(rows, columns=columns)


def ranked_entities(article: Article, *, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """The article's entities, most mentioned first (ties in order of first mention).

    The order of :func:`entity_frequencies`, without building a table.

    >>> import newskit as nk
    >>> a = nk.from_text("Leeds and York met. York won.", headline=False)
    >>> [(e.name, len(e.mentions)) for e in ranked_entities(a)]
    [('York', 2), ('Leeds', 1)]
    """
    return sorted(entities(article, gazetteer=gazetteer), key=lambda e: -len(e.mentions))


def entity_mentions(
    article: Article,
    *,
    types: Iterable[str] | str | None = None,
    gazetteer: Gazetteer | None = None,
) -> pd.DataFrame:
    """One row per mention, in text order, with the evidence for it.

    Returns:
        Columns ``entity``, ``type``, ``text``, ``start``, ``end``,
        ``paragraph``, ``sentence``, ``title``, ``evidence`` (why it is an
        entity of this type) and ``link`` (why it belongs to this entity).

    >>> import newskit as nk
    >>> a = nk.from_text("Mrs Ruth Kay won. Kay said she was glad.", headline=False)
    >>> entity_mentions(a)[["entity", "text", "link"]].values.tolist()
    [['Ruth Kay', 'Mrs Ruth Kay', 'first mention'], ['Ruth Kay', 'Kay', 'surname']]
    """
    import pandas as pd

    rows = mention_rows(article, types=types, gazetteer=gazetteer)
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))


def mention_rows(
    article: Article,
    *,
    types: Iterable[str] | str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[tuple[object, ...]]:
    """The rows of :func:`entity_mentions`, as tuples in :data:`MENTION_COLUMNS` order.

    For gathering the mentions of many articles into one table.

    >>> import newskit as nk
    >>> mention_rows(nk.from_text("Storm in Leeds.", headline=False))[0][:5]
    ('Leeds', 'GPE', 'Leeds', 9, 14)
    """
    chosen = _types(types)
    return [
        tuple(getattr(m, column) for column in MENTION_COLUMNS)
        for m in mentions(article, gazetteer=gazetteer)
        if m.type in chosen
    ]


def entity_cooccurrence(
    article: Article,
    *,
    types: Iterable[str] | str | None = None,
    gazetteer: Gazetteer | None = None,
) -> pd.DataFrame:
    """Pairs of entities named in the same paragraph, most paragraphs first.

    Returns:
        Columns ``entity``, ``other``, ``type``, ``other_type``, ``paragraphs``
        (how many paragraphs name both) and ``where`` ("; "-joined numbers).

    >>> import newskit as nk
    >>> text = "Syria and Russia met.\\n\\nRussia left.\\n\\nSyria and Russia spoke."
    >>> a = nk.from_text(text, headline=False)
    >>> entity_cooccurrence(a)[["entity", "other", "paragraphs"]].values.tolist()
    [['Syria', 'Russia', 2]]
    """
    import pandas as pd

    chosen = _types(types)
    found = [e for e in entities(article, gazetteer=gazetteer) if e.type in chosen]
    rows = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            shared = sorted(set(a.paragraphs) & set(b.paragraphs))
            if shared:
                rows.append(
                    (a.name, b.name, a.type, b.type, len(shared), "; ".join(map(str, shared)))
                )
    frame = pd.DataFrame(
        rows, columns=["entity", "other", "type", "other_type", "paragraphs", "where"]
    )
    return frame.sort_values("paragraphs", ascending=False, kind="stable").reset_index(drop=True)
