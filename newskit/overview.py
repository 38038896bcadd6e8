"""The article at a glance: size, lengths, readability, in one value or table.

>>> from newskit.article import from_text
>>> o = overview(from_text("Ferry strike ends\\n\\nThe ferry strike ended. Boats sailed."))
>>> o.title, o.words, o.sentences, o.paragraphs
('Ferry strike ends', 6, 2, 1)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from newskit.article import Article
from newskit.readability import readability
from newskit.stats import lexical_diversity, sentence_stats
from newskit.tokens import word_count

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["READING_WORDS_PER_MINUTE", "Overview", "overview", "overview_table"]

#: Average silent reading rate of adults for non-fiction in English
#: (Brysbaert 2019, a meta-analysis of 190 studies): 238 words a minute.
READING_WORDS_PER_MINUTE = 238


@dataclass(frozen=True)
class Overview:
    """Figures that describe an article at a glance.

    Attributes:
        title: the headline or title, if any.
        source: the file it came from, if any.
        words: body words (numbers included, punctuation not).
        headline_words: words in the headline.
        sentences: body sentences.
        paragraphs: body paragraphs.
        characters: characters in the whole text.
        mean_sentence_words: average words per sentence (``None`` if no sentences).
        longest_sentence_words: words in the longest sentence (``None`` likewise).
        mean_paragraph_words: average words per paragraph (``None`` if none).
        flesch_reading_ease: see :func:`newskit.readability`.
        flesch_kincaid_grade: see :func:`newskit.readability`.
        lexical_diversity: moving-average type-token ratio (MATTR, window 50).
        reading_minutes: ``words`` / 238 words a minute.

    >>> Overview.__dataclass_fields__.keys() >= {"words", "flesch_reading_ease"}
    True
    """

    title: str | None
    source: str | None
    words: int
    headline_words: int
    sentences: int
    paragraphs: int
    characters: int
    mean_sentence_words: float | None
    longest_sentence_words: int | None
    mean_paragraph_words: float | None
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    lexical_diversity: float | None
    reading_minutes: float


def overview(article: Article) -> Overview:
    """Compute the at-a-glance figures of an article.

    Args:
        article: the article.

    Returns:
        The figures; ratios that cannot be computed (no sentences) are ``None``.

    >>> from newskit.article import from_text
    >>> overview(from_text("")).mean_sentence_words is None
    True
    """
    body_words = word_count(article)
    all_words = word_count(article, headline=True)
    lengths = sentence_stats(article)["words"]
    scores = readability(article)
    return Overview(
        title=article.title,
        source=article.source,
        words=body_words,
        headline_words=all_words - body_words,
        sentences=len(article.sentences),
        paragraphs=len(article.paragraphs),
        characters=len(article.text),
        mean_sentence_words=body_words / len(lengths) if len(lengths) else None,
        longest_sentence_words=int(lengths.max()) if len(lengths) else None,
        mean_paragraph_words=body_words / len(article.paragraphs) if article.paragraphs else None,
        flesch_reading_ease=scores.flesch_reading_ease,
        flesch_kincaid_grade=scores.flesch_kincaid_grade,
        lexical_diversity=lexical_diversity(article),
        reading_minutes=body_words / READING_WORDS_PER_MINUTE,
    )


_LABELS = {
    "title": "Headline",
    "words": "Words",
    "headline_words": "Headline words",
    "sentences": "Sentences",
    "paragraphs": "Paragraphs",
    "characters": "Characters",
    "mean_sentence_words": "Words per sentence (mean)",
    "longest_sentence_words": "Longest sentence (words)",
    "mean_paragraph_words": "Words per paragraph (mean)",
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "lexical_diversity": "Lexical diversity (MATTR)",
    "reading_minutes": "Reading time (minutes)",
}


def overview_table(article: Article) -> pd.DataFrame:
    """The at-a-glance figures as a two-column table for display.

    Args:
        article: the article.

    Returns:
        Columns ``measure`` (a readable label) and ``value`` (numbers rounded
        to two decimal places; missing values as ``None``).

    >>> from newskit.article import from_text
    >>> a = from_text("Ferry strike ends\\n\\nThe ferry strike ended. Boats sailed.")
    >>> t = overview_table(a)
    >>> t.set_index("measure").loc["Words", "value"]
    6
    """
    import pandas as pd

    figures = asdict(overview(article))
    values = [
        round(figures[key], 2) if isinstance(figures[key], float) else figures[key]
        for key in _LABELS
    ]
    return pd.DataFrame(
        {"measure": list(_LABELS.values()), "value": pd.Series(values, dtype=object)}
    )
