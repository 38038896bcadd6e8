"""Entities from a spaCy pipeline, with newskit's alias resolution on top.

For users who have a spaCy pipeline installed (newskit never downloads one):
spaCy finds the mention spans, newskit applies its own conventions to them
(titles join a person's span, possessives leave it, gazetteer names for places
and organisations) and links them into entities exactly as it links its own.
spaCy itself is not imported here: the pipeline you pass is used as it is.

>>> import spacy  # doctest: +SKIP
>>> nlp = spacy.load("en_core_web_sm")  # doctest: +SKIP
>>> newskit.entities(article, backend=nlp)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newskit.gazetteer import ENTITY_TYPES, EntityType, Gazetteer

if TYPE_CHECKING:
    from newskit.article import Article
    from newskit.entities import Entity

__all__ = ["SPACY_LABELS", "spacy_entities"]

#: spaCy labels newskit keeps, and the type each becomes (others are dropped).
SPACY_LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "NORP": "NORP",
    "LOC": "LOC",
}


def spacy_entities(article: Article, nlp: Any, gazetteer: Gazetteer) -> tuple[Entity, ...]:
    """The article's entities, with spans from ``nlp`` and newskit's linking.

    Args:
        article: the article.
        nlp: a spaCy ``Language``: callable on text, with ``pipe_names``,
            returning a ``Doc`` whose ``ents`` have ``start_char``, ``end_char``
            and ``label_``.
        gazetteer: names that give places and organisations their canonical name.

    Raises:
        TypeError: ``nlp`` is not a spaCy pipeline.
    """
    from newskit.entities import _resolve
    from newskit.recognise import _Recogniser

    if not callable(nlp) or not hasattr(nlp, "pipe_names"):
        raise TypeError(
            f"backend must be a spaCy pipeline (nlp = spacy.load(...)); got {type(nlp).__name__}"
        )
    doc = nlp(article.text)
    spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    recogniser = _Recogniser(article, gazetteer)
    taken = -1
    # Longest first where spans start together; a span inside one kept is dropped.
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        entity_type = SPACY_LABELS.get(label)
        if entity_type in ENTITY_TYPES and start >= taken:
            recogniser.add_span(start, end, entity_type, f"spaCy: {label}")
            taken = end
    return _resolve(article, recogniser)
