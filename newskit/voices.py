"""Who gets to speak in a story, and how much: share of voice from the direct quotes.

Every figure counts the words inside direct quotes (titles left out: nobody
speaks them), counted as :func:`newskit.word_count` counts words, so shares of
the article and of the quoted words agree with the other tables.

>>> import newskit as nk
>>> s = quote_stats(nk.load("data/articles/asma-al-assad-interview.txt"))
>>> s.quotes, s.speakers, s.first_speaker, round(s.quoted_share, 2)
(4, 4, 'Asma al-Assad', 0.18)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Literal

from newskit.quotes import Quote, quotes
from newskit.tokens import word_count

if TYPE_CHECKING:
    import pandas as pd

    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

__all__ = [
    "SPEAKER_PALETTE",
    "UNATTRIBUTED_COLOUR",
    "QuoteStats",
    "quote_stats",
    "quote_stats_table",
    "speaker_colours",
    "speaker_table",
    "voice_table",
]

#: Colours for speakers, in order of first quote (Okabe–Ito, colour-blind safe);
#: the charts and the highlighted article use the same ones.
SPEAKER_PALETTE = (
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#e69f00",
    "#56b4e9",
    "#f0e442",
    "#000000",
)
#: The colour of quotes nobody could be named for.
UNATTRIBUTED_COLOUR = "#999999"

VoiceGroup = Literal["speaker", "gender", "speaker_type", "kind"]


def _spoken(article: Article, gazetteer: Gazetteer | None) -> list[Quote]:
    return [q for q in quotes(article, gazetteer=gazetteer) if q.kind != "title"]


@dataclass(frozen=True)
class QuoteStats:
    """An article's quotes in figures.

    Attributes:
        quotes: direct quotes spoken by someone (titles not counted).
        full, partial, titles: quotes of each kind (titles apart).
        quoted_words: words inside those quotes.
        words: body words of the article.
        quoted_share: ``quoted_words`` / ``words`` (``None`` for an empty article).
        speakers: distinct resolved speakers.
        unattributed: quotes with no resolved speaker.
        female_share, male_share, unknown_gender_share: shares of quoted words
            by the speaker's stated gender (``None`` when nothing is quoted).
        person_share, organisation_share: shares of quoted words by speaker type.
        first_speaker, last_speaker: who is quoted first and last (``None`` if nobody).

    >>> QuoteStats.__dataclass_fields__.keys() >= {"quoted_share", "female_share"}
    True
    """

    quotes: int
    full: int
    partial: int
    titles: int
    quoted_words: int
    words: int
    quoted_share: float | None
    speakers: int
    unattributed: int
    female_share: float | None
    male_share: float | None
    unknown_gender_share: float | None
    person_share: float | None
    organisation_share: float | None
    first_speaker: str | None
    last_speaker: str | None


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def quote_stats(article: Article, *, gazetteer: Gazetteer | None = None) -> QuoteStats:
    """The article's quotes in figures: how much is quoted, by whom, of which gender and type.

    >>> import newskit as nk
    >>> s = quote_stats(nk.from_text("“We won,” said Mrs Ruth Kay.", headline=False))
    >>> s.quotes, s.quoted_words, s.words, s.female_share, s.first_speaker
    (1, 2, 6, 1.0, 'Ruth Kay')
    """
    found = quotes(article, gazetteer=gazetteer)
    spoken = [q for q in found if q.kind != "title"]
    kinds = Counter(q.kind for q in found)
    quoted = sum(q.words for q in spoken)
    by_gender = Counter()  # type: Counter[str]
    by_type = Counter()  # type: Counter[str]
    for q in spoken:
        by_gender[q.gender] += q.words
        by_type[q.speaker_type] += q.words
    named = [q.speaker for q in spoken if q.speaker is not None]
    words = word_count(article)
    return QuoteStats(
        quotes=len(spoken),
        full=kinds["full"],
        partial=kinds["partial"],
        titles=kinds["title"],
        quoted_words=quoted,
        words=words,
        quoted_share=_share(quoted, words),
        speakers=len(set(named)),
        unattributed=sum(q.speaker is None for q in spoken),
        female_share=_share(by_gender["female"], quoted),
        male_share=_share(by_gender["male"], quoted),
        unknown_gender_share=_share(by_gender["unknown"], quoted),
        person_share=_share(by_type["person"], quoted),
        organisation_share=_share(by_type["organisation"], quoted),
        first_speaker=named[0] if named else None,
        last_speaker=named[-1] if named else None,
    )


def quote_stats_table(article: Article, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """:func:`quote_stats` as a one-row DataFrame (many articles: ``pd.concat`` them).

    >>> import newskit as nk
    >>> quote_stats_table(nk.from_text("No quotes.", headline=False))[["quotes", "quoted_share"]]
       quotes  quoted_share
    0       0           0.0
    """
    import pandas as pd

    return pd.DataFrame([asdict(quote_stats(article, gazetteer=gazetteer))])


def speaker_table(article: Article, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Who speaks and how much: one row per speaker, the most quoted words first.

    Titles are left out (nobody speaks them); quotes with no resolved speaker
    are counted together under ``None``.

    Returns:
        Columns ``speaker``, ``speaker_type``, ``gender``, ``quotes``,
        ``words``, ``share`` (of all quoted words) and ``first_paragraph``.

    >>> import newskit as nk
    >>> a = nk.load("data/articles/asma-al-assad-interview.txt")
    >>> speaker_table(a)[["speaker", "quotes", "words"]].to_dict("records")[:2]
    [{'speaker': 'Asma al-Assad', 'quotes': 1, 'words': 73},
     {'speaker': 'United States', 'quotes': 1, 'words': 4}]
    """
    import pandas as pd

    spoken = _spoken(article, gazetteer)
    total = sum(q.words for q in spoken)
    first: dict[str | None, Quote] = {}
    counts: Counter[str | None] = Counter()
    words: Counter[str | None] = Counter()
    for q in spoken:
        first.setdefault(q.speaker, q)
        counts[q.speaker] += 1
        words[q.speaker] += q.words
    rows = [
        {
            "speaker": name,
            "speaker_type": q.speaker_type,
            "gender": q.gender,
            "quotes": counts[name],
            "words": words[name],
            "share": words[name] / total if total else float("nan"),
            "first_paragraph": q.paragraph,
        }
        for name, q in first.items()
    ]
    columns = ["speaker", "speaker_type", "gender", "quotes", "words", "share", "first_paragraph"]
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.sort_values(["words", "first_paragraph"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)


def voice_table(
    article: Article, *, by: VoiceGroup = "gender", gazetteer: Gazetteer | None = None
) -> pd.DataFrame:
    """Share of voice: quoted words grouped by speaker, gender, speaker type or quote kind.

    Args:
        article: the article.
        by: ``"gender"`` (female, male, unknown), ``"speaker_type"`` (person,
            organisation, place, group, unknown), ``"speaker"`` or ``"kind"``.
        gazetteer: names to use.

    Returns:
        Columns ``by`` (the group), ``quotes``, ``words`` and ``share``, the
        largest share first.

    Raises:
        ValueError: ``by`` is not one of the four.

    >>> import newskit as nk
    >>> a = nk.from_text("“We won,” said Mrs Ruth Kay. “We lost,” said Mr Tom Ode, sadly.",
    ...                  headline=False)
    >>> voice_table(a, by="gender").to_dict("records")
    [{'gender': 'female', 'quotes': 1, 'words': 2, 'share': 0.5},
     {'gender': 'male', 'quotes': 1, 'words': 2, 'share': 0.5}]
    """
    import pandas as pd

    if by not in ("speaker", "gender", "speaker_type", "kind"):
        raise ValueError(f"by must be 'gender', 'speaker_type', 'speaker' or 'kind'; got {by!r}")
    spoken = _spoken(article, gazetteer)
    total = sum(q.words for q in spoken)
    counts: Counter[object] = Counter()
    words: Counter[object] = Counter()
    for q in spoken:
        key = getattr(q, by)
        counts[key] += 1
        words[key] += q.words
    rows = [
        {
            by: key,
            "quotes": counts[key],
            "words": words[key],
            # quotes of no words at all (a lone "‘.") have no share to give
            "share": words[key] / total if total else float("nan"),
        }
        for key in counts
    ]
    frame = pd.DataFrame(rows, columns=[by, "quotes", "words", "share"])
    return frame.sort_values("words", ascending=False, kind="stable").reset_index(drop=True)


def speaker_colours(
    article: Article, *, gazetteer: Gazetteer | None = None
) -> dict[str | None, str]:
    """A colour for each speaker, in order of first quote; unattributed quotes are grey.

    After eight speakers the palette repeats.

    >>> import newskit as nk
    >>> speaker_colours(nk.from_text("“Yes,” said Mrs Ruth Kay. “No,” someone said.",
    ...                              headline=False))
    {'Ruth Kay': '#0072b2', None: '#999999'}
    """
    colours: dict[str | None, str] = {}
    for q in _spoken(article, gazetteer):
        if q.speaker not in colours:
            named = sum(name is not None for name in colours)
            colours[q.speaker] = (
                UNATTRIBUTED_COLOUR
                if q.speaker is None
                else SPEAKER_PALETTE[named % len(SPEAKER_PALETTE)]
            )
    return colours
