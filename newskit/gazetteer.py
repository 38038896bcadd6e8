"""Gazetteers: names of places, nationalities and organisations, shipped and extendable.

newskit ships three lists compiled for it (``newskit/data/*.tsv``, described in
``newskit/data/GAZETTEER.md``): places (countries, regions, cities, large
areas), nationalities and groups, and organisations often in the news. They are
evidence for the entity recogniser, not the whole of it: a name missing from
every list is still found from how it is written and used.

A newsroom adds its own names: a local council, a football club, a columnist.

>>> g = default_gazetteer()
>>> g.lookup("Syria")[0]
Entry(name='Syria', type='GPE', kind='country')
>>> g.lookup("Syrians")[0].name
'Syrian'
>>> mine = g.extended([("Portland Tides", "ORG", ["Tides"])])
>>> mine.lookup("Tides")[0]
Entry(name='Portland Tides', type='ORG', kind='user')
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal, cast

from newskit.errors import ArticleFormatError

__all__ = [
    "ENTITY_TYPES",
    "EntityType",
    "Entry",
    "Gazetteer",
    "default_gazetteer",
    "read_gazetteer",
]

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC"]
#: The entity types newskit finds: people, organisations, geopolitical places
#: (countries, regions, cities), nationalities and groups, and other locations
#: (continents, seas, mountain ranges).
ENTITY_TYPES: tuple[EntityType, ...] = ("PERSON", "ORG", "GPE", "NORP", "LOC")

_PLACE_TYPES: dict[str, EntityType] = {
    "country": "GPE",
    "region": "GPE",
    "city": "GPE",
    "area": "LOC",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name in a gazetteer stands for.

    Attributes:
        name: the name it is counted under ("United States" for "US").
        type: one of :data:`ENTITY_TYPES`.
        kind: finer detail from the list: ``country``, ``city``, ``company``,
            ``nationality``…, or ``user`` for names you added.

    >>> Entry("Kremlin", "ORG", "government").type
    'ORG'
    """

    name: str
    type: EntityType
    kind: str


def _key(form: str) -> str:
    return form.replace("’", "'").replace("\xa0", " ")


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Names and what they stand for; immutable (``extended`` returns a new one).

    Compared and hashed by identity, so it can key caches cheaply.

    Attributes:
        entries: each written form (with ``'`` for ’) and what it may stand for,
            the likeliest first.

    >>> g = Gazetteer({}).extended([("Harbourside Care Ltd", "ORG", ["Harbourside Care"])])
    >>> "Harbourside Care" in g, len(g)
    (True, 2)
    """

    entries: Mapping[str, tuple[Entry, ...]] = field(repr=False)

    def lookup(self, form: str) -> tuple[Entry, ...]:
        """What ``form`` may stand for, the likeliest first; ``()`` if not listed.

        Matching is exact but for apostrophes (’ and ' agree): "US" is the
        United States, "us" is not.

        >>> default_gazetteer().lookup("U.S.")[0].name
        'United States'
        >>> default_gazetteer().lookup("us")
        ()
        """
        return self.entries.get(_key(form), ())

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and _key(form) in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def extended(
        self, entries: Iterable[Sequence[str | Iterable[str]]], *, kind: str = "user"
    ) -> Gazetteer:
        """A gazetteer with your names added; yours win where a form was listed.

        Args:
            entries: ``(name, type)`` or ``(name, type, aliases)`` items, where
                ``type`` is one of :data:`ENTITY_TYPES` and ``aliases`` other
                forms of the same name (a list, or one string split at ``|``).
            kind: the ``kind`` recorded for these entries.

        Raises:
            ValueError: an unknown type, or an empty name.

        >>> g = default_gazetteer().extended([("Greenfield Trust", "ORG", "Greenfield|GT")])
        >>> g.lookup("GT")[0].name
        'Greenfield Trust'
        """
        table = dict(self.entries)
        for item in entries:
            name, entity_type, aliases = _parse_entry(item)
            entry = Entry(name, entity_type, kind)
            for form in (name, *aliases):
                known = tuple(e for e in table.get(_key(form), ()) if e != entry)
                table[_key(form)] = (entry, *known)
        return Gazetteer(table)


def _parse_entry(item: Sequence[str | Iterable[str]]) -> tuple[str, EntityType, list[str]]:
    if isinstance(item, str) or len(item) not in (2, 3):
        raise ValueError(
            f"a gazetteer entry is (name, type) or (name, type, aliases); got {item!r}"
        )
    name, entity_type = (str(v).strip() for v in item[:2])
    raw = item[2] if len(item) == 3 and item[2] is not None else ()
    aliases = raw.split("|") if isinstance(raw, str) else [str(a) for a in raw]
    if not name:
        raise ValueError(f"a gazetteer entry needs a name; got {item!r}")
    if not entity_type:
        raise ValueError(f"the entry {name!r} has no type; use one of {', '.join(ENTITY_TYPES)}")
    if entity_type.upper() not in ENTITY_TYPES:
        raise ValueError(
            f"unknown entity type {entity_type!r} for {name!r}; "
            f"use one of {', '.join(ENTITY_TYPES)}"
        )
    return name, cast(EntityType, entity_type.upper()), [a.strip() for a in aliases if a.strip()]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newskit").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()[1:] if line]


@functools.cache
def nationality_places() -> dict[str, str]:
    """The place each shipped nationality belongs to ("French": "France").

    >>> nationality_places()["French"]
    'France'
    """
    return {adjective: place for adjective, _nouns, place in _rows("nationalities.tsv") if place}


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer newskit ships (built once; see ``newskit/data/GAZETTEER.md``).

    >>> len(default_gazetteer()) > 1000
    True
    """
    table: dict[str, list[Entry]] = {}

    def add(forms: Iterable[str], entry: Entry) -> None:
        for form in forms:
            if form:
                bucket = table.setdefault(_key(form), [])
                if entry not in bucket:
                    bucket.append(entry)

    for name, kind, _country, aliases in _rows("places.tsv"):
        add([name, *aliases.split("|")], Entry(name, _PLACE_TYPES[kind], kind))
    for adjective, nouns, _place in _rows("nationalities.tsv"):
        add([adjective, *nouns.split("|")], Entry(adjective, "NORP", "nationality"))
    for name, kind, aliases in _rows("organisations.tsv"):
        add([name, *aliases.split("|")], Entry(name, "ORG", kind))
    # Where a form is several things, a country or an organisation is likelier
    # in news copy than a city or region of the same name; a place's or an
    # organisation's own name ("Yorkshire", "Liberal Democrats") is likelier
    # than the same words as a nationality or a group.
    order = {"country": 0, "nationality": 1, "region": 3, "city": 4, "area": 5}

    def rank(form: str, entry: Entry) -> float:
        if entry.name == form and entry.type != "NORP" and entry.kind != "country":
            return 0.5  # "Yorkshire" the region, "Liberal Democrats" the party
        return order.get(entry.kind, 2)

    return Gazetteer(
        {
            form: tuple(sorted(entries, key=lambda e: rank(form, e)))
            for form, entries in table.items()
        }
    )


def read_gazetteer(path: str | Path, base: Gazetteer | None = None) -> Gazetteer:
    """Add the names in a CSV or TSV file (columns ``name``, ``type``, ``aliases``).

    Args:
        path: the file; a header row names the columns, ``aliases`` is optional
            and holds other forms separated by ``|``.
        base: the gazetteer to extend (the shipped one by default).

    Raises:
        ArticleNotFoundError: no such file.
        ArticleFormatError: a missing column or a bad row, with its line number.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("name,type,aliases\\nHarbor Point Capital,ORG,Harbor Point\\n")
    >>> read_gazetteer(f.name).lookup("Harbor Point")[0].name
    'Harbor Point Capital'
    >>> os.remove(f.name)
    """
    from newskit.errors import ArticleNotFoundError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ArticleNotFoundError(f"{path}: no such gazetteer file; check the path") from None
    except (IsADirectoryError, UnicodeDecodeError, PermissionError) as error:
        raise ArticleFormatError(
            f"{path}: cannot read it as a UTF-8 CSV/TSV gazetteer ({error.__class__.__name__})"
        ) from None
    dialect = "excel-tab" if path.suffix.lower() in (".tsv", ".tab") else "excel"
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "name" not in fields or "type" not in fields:
        raise ArticleFormatError(
            f"{path}: a gazetteer needs a header row with 'name' and 'type' columns "
            f"(and optionally 'aliases'); found {fields}"
        )
    entries = []
    for line, row in enumerate(reader, start=2):
        clean = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        try:
            entries.append(_parse_entry((clean["name"], clean["type"], clean.get("aliases", ""))))
        except ValueError as error:
            raise ArticleFormatError(f"{path}, line {line}: {error}") from None
    return (base or default_gazetteer()).extended(
        [(name, kind, aliases) for name, kind, aliases in entries]
    )
