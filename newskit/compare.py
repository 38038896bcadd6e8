"""Many articles side by side: who speaks in each, how much is quoted, what each is about.

>>> import newskit as nk
>>> a = nk.from_text("Vote\\n\\n“We won,” said Mrs Ruth Kay in Leeds.", id="vote")
>>> comparison_table([a])[["article", "quotes", "female_share", "top_entities"]].values.tolist()
[['vote', 1, 1.0, 'Ruth Kay; Leeds']]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from newskit.entities import ranked_entities
from newskit.quotes import quotes
from newskit.readability import readability
from newskit.voices import quote_stats

if TYPE_CHECKING:
    import pandas as pd

    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

__all__ = [
    "COMPARISON_GENDERS",
    "COMPARISON_TYPES",
    "article_figures",
    "article_label",
    "comparison_table",
    "share_column",
]

#: the gender columns of :func:`comparison_table`, in chart order
COMPARISON_GENDERS = ("female", "male", "unknown")
#: the speaker-type columns of :func:`comparison_table`, in chart order
COMPARISON_TYPES = ("person", "organisation", "place", "group", "unknown")


def article_label(article: Article) -> str:
    """A short name for an article: its id, else its file name, else its headline.

    >>> import newskit as nk
    >>> article_label(nk.from_text("Storm hits coast\\n\\nThe storm hit.")), article_label(
    ...     nk.from_text("The storm hit.", id="storm"))
    ('Storm hits coast', 'storm')
    """
    if article.id:
        return article.id
    if article.source:
        return article.source.replace("\\", "/").rsplit("/", 1)[-1]
    title = (article.title or article.text.strip() or "(empty)").split("\n")[0]
    return title if len(title) <= 40 else title[:39] + "…"


def share_column(group: str, by: Literal["gender", "speaker_type"]) -> str:
    """The :func:`comparison_table` column holding the share of voice of a group.

    >>> share_column("female", "gender"), share_column("unknown", "speaker_type")
    ('female_share', 'unknown_type_share')
    """
    if group == "unknown":
        return "unknown_gender_share" if by == "gender" else "unknown_type_share"
    return f"{group}_share"


def comparison_table(
    articles: Iterable[Article], *, top: int = 3, gazetteer: Gazetteer | None = None
) -> pd.DataFrame:
    """One row per article: its size, how much of it is quoted, whose voices, top entities.

    Shares of voice are shares of the article's quoted words (titles such as
    a so-called ‘term’ are not speech and are left out); they are ``NaN`` for
    an article with no quotes, never a made-up 0.

    Args:
        articles: the articles, in the order the rows should have.
        top: how many people and entities to list per article.
        gazetteer: names to use (the shipped ones by default).

    Returns:
        Columns ``article`` (see :func:`article_label`), ``title``, ``words``,
        ``quotes``, ``quoted_words``, ``quoted_share`` (of the article's
        words), ``speakers``, ``female_share``, ``male_share``,
        ``unknown_gender_share``, ``person_share``, ``organisation_share``,
        ``place_share``, ``group_share``, ``unknown_type_share``,
        ``top_people`` and ``top_entities`` (names, most mentioned first,
        joined with "; ").

    Raises:
        ValueError: ``top`` is negative.

    >>> import newskit as nk
    >>> a = nk.from_text("“Yes,” said Mr Tom Ode.", id="a")
    >>> b = nk.from_text("No quotes in Leeds.", id="b")
    >>> comparison_table([a, b])[["article", "quoted_share", "male_share"]].to_dict("records")
    [{'article': 'a', 'quoted_share': 0.2, 'male_share': 1.0},
     {'article': 'b', 'quoted_share': 0.0, 'male_share': nan}]
    """
    import pandas as pd

    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise ValueError(f"top must be a whole number of 0 or more; got {top!r}")
    rows = [article_figures(a, top=top, gazetteer=gazetteer) for a in articles]
    columns = [
        "article",
        "title",
        "words",
        "quotes",
        "quoted_words",
        "quoted_share",
        "speakers",
        *(share_column(g, "gender") for g in COMPARISON_GENDERS),
        *(share_column(t, "speaker_type") for t in COMPARISON_TYPES),
        "top_people",
        "top_entities",
    ]
    return pd.DataFrame(rows, columns=columns)


def article_figures(
    article: Article, *, top: int = 3, gazetteer: Gazetteer | None = None
) -> dict[str, object]:
    """The figures :func:`newskit.analyse_corpus` gives for one article, as a dict.

    Size (words, sentences, paragraphs), readability, quotes by kind, the share of
    the article quoted, distinct speakers, shares of voice by gender and by type
    of speaker (of quoted words; ``None`` without quotes), who speaks first, and
    the most mentioned people, organisations and places.

    >>> import newskit as nk
    >>> row = article_figures(nk.from_text("“Yes,” said Mr Tom Ode in Leeds.", id="a"))
    >>> row["quotes"], row["male_share"], row["top_people"], row["top_places"]
    (1, 1.0, 'Tom Ode', 'Leeds')
    """
    stats = quote_stats(article, gazetteer=gazetteer)
    by_type: Counter[str] = Counter()
    for q in quotes(article, gazetteer=gazetteer):
        if q.kind != "title":
            by_type[q.speaker_type] += q.words
    listed = [(e.name, e.type) for e in ranked_entities(article, gazetteer=gazetteer)]
    score = readability(article)

    def names(*kinds: str) -> str:
        return "; ".join([name for name, kind in listed if kind in kinds][:top])

    row: dict[str, object] = {
        "article": article_label(article),
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "date": article.date,
        "outlet": article.outlet,
        "words": stats.words,
        "sentences": len(article.sentences),
        "paragraphs": len(article.paragraphs),
        "flesch_reading_ease": score.flesch_reading_ease,
        "flesch_kincaid_grade": score.flesch_kincaid_grade,
        "quotes": stats.quotes,
        "full_quotes": stats.full,
        "partial_quotes": stats.partial,
        "titles": stats.titles,
        "quoted_words": stats.quoted_words,
        "quoted_share": stats.quoted_share,
        "speakers": stats.speakers,
        "unattributed": stats.unattributed,
        "female_share": stats.female_share,
        "male_share": stats.male_share,
        "unknown_gender_share": stats.unknown_gender_share,
    }
    for kind in COMPARISON_TYPES:
        row[share_column(kind, "speaker_type")] = (
            by_type[kind] / stats.quoted_words if stats.quoted_words else None
        )
    row["first_speaker"] = stats.first_speaker
    row["top_people"] = names("PERSON")
    row["top_organisations"] = names("ORG")
    row["top_places"] = names("GPE", "LOC")
    row["top_entities"] = "; ".join(name for name, _ in listed[:top])
    return row
