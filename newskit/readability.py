"""Readability: Flesch reading ease and Flesch–Kincaid grade, fully offline.

Syllables are counted by rule (vowel groups, silent endings, a few vowel
pairs that split), so nothing is downloaded; ``textstat`` from 0.7.9 on calls
``nltk.download('cmudict')`` and fails offline. The scores use the article
body (not the headline); numbers are left out of both word and syllable
counts, and "doesn’t" counts as one word of two syllables.

>>> from newskit.article import from_text
>>> r = readability(from_text("The cat sat on the mat.", headline=False))
>>> r.words, r.syllables, round(r.flesch_reading_ease, 1)
(6, 6, 116.1)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newskit.article import Article
from newskit.tokens import _is_clitic, token_columns

__all__ = ["Readability", "count_syllables", "readability"]

# A "y" before a vowel is a consonant ("saying" = say-ing).
_VOWEL_GROUPS = re.compile(r"(?:[aeiou]|y(?![aeiou]))+")
# Vowel pairs read as two syllables: "Syria", "radio", "stadium", "actual", "being".
_SPLIT_PAIRS = re.compile(
    r"(?<![cgstl])ia|(?<![cgstxl])io|iu|(?<![qg])ua|uo|[^aeioup]eo(?!u)|ie(?=t)|[aeiou](?=ing$)"
)
_SILENT_ED = re.compile(r"[^aeiouydt]ed$")
_SYLLABIC_ES = re.compile(r"(?:[aeiouyszxcg]|ch|sh)es$")
_SYLLABIC_E_END = re.compile(r"[^aeiouy][lr]e$|[ey]e$")
# A silent "e" before a suffix: "statement", "safely", "spokesman".
_SILENT_INNER_E = re.compile(r"[aeiouy][^aeiouy]es?(?=(?:ment|ly|ty|ful|less|ness|man|men)s?$)")
_NOT_CONTRACTED_HOSTS = frozenset({"do", "wo", "ca", "sha", "ai"})
_HOST_SPELLING = {"ca": "can", "wo": "won", "sha": "shan"}


@functools.lru_cache(maxsize=1 << 16)
def _syllables(word: str) -> int:
    """:func:`count_syllables`, remembered: an article repeats most of its words."""
    return count_syllables(word)


def count_syllables(word: str) -> int:
    """Estimate the syllables in an English word by rule.

    Hyphenated words count part by part; a word ending in "n't" gets a
    syllable for it unless the host word keeps it in one ("don't", "can't").

    Args:
        word: one word (apostrophes and hyphens allowed).

    Returns:
        The estimate; 0 for a string with no letters, at least 1 otherwise.

    >>> [count_syllables(w) for w in ["cat", "table", "jumped", "wanted", "Syria", "doesn’t"]]
    [1, 2, 1, 2, 3, 2]
    """
    word = word.lower().replace("’", "'")
    if "-" in word:
        return sum(count_syllables(part) for part in word.split("-") if part)
    extra = 0
    if word.endswith("n't"):
        host = word[:-3]
        extra = 0 if host in _NOT_CONTRACTED_HOSTS else 1
        word = _HOST_SPELLING.get(host, host)
    word = re.sub(r"'.*$", "", word)
    letters = re.sub(r"[^a-z]", "", word)
    if not letters:
        return extra
    groups = len(_VOWEL_GROUPS.findall(letters))
    if not groups:  # an acronym read letter by letter: "BBC", "PR", "Mr"
        return len(letters) + extra
    count = groups + len(_SPLIT_PAIRS.findall(letters)) - len(_SILENT_INNER_E.findall(letters))
    if count > 1 and (
        (letters.endswith("e") and not _SYLLABIC_E_END.search(letters))
        or _SILENT_ED.search(letters)
        or (letters.endswith("es") and not _SYLLABIC_ES.search(letters))
    ):
        count -= 1
    return max(count, 1) + extra


@dataclass(frozen=True)
class Readability:
    """Readability figures for an article body.

    Attributes:
        words: words counted (no numbers, no punctuation).
        sentences: sentences with at least one word.
        syllables: estimated syllables in those words.
        flesch_reading_ease: 206.835 − 1.015 × words/sentence − 84.6 ×
            syllables/word; higher is easier (60–70 plain English, news
            often 40–60); ``None`` without words.
        flesch_kincaid_grade: 0.39 × words/sentence + 11.8 × syllables/word −
            15.59, a US school grade; ``None`` without words.

    >>> Readability(0, 0, 0, None, None).flesch_reading_ease is None
    True
    """

    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None


def _spoken_words(article: Article) -> list[tuple[str, int]]:
    """Body words with their clitics re-attached ("does" + "n’t"), with sentence numbers."""
    result: list[tuple[str, int]] = []
    last_end = -1
    c = token_columns(article)
    for start, end, norm, kind, paragraph, sentence in zip(
        c.start, c.end, c.norm, c.kind, c.paragraph, c.sentence, strict=True
    ):
        if paragraph == 0 or kind != "word":
            last_end = -1
            continue
        is_clitic = _is_clitic(norm)
        if is_clitic and start == last_end and result:
            previous, at = result[-1]
            result[-1] = (previous + norm, at)
        elif not is_clitic:
            result.append((norm, sentence))
        last_end = end
    return result


def readability(article: Article) -> Readability:
    """Flesch reading ease and Flesch–Kincaid grade of the article body.

    Args:
        article: the article.

    Returns:
        The figures; the two scores are ``None`` for an article without words.

    >>> from newskit.article import from_text
    >>> readability(from_text("")).flesch_kincaid_grade is None
    True
    """
    spoken = _spoken_words(article)
    n_words = len(spoken)
    n_sentences = len({sentence for _, sentence in spoken})
    n_syllables = sum(map(_syllables, [word for word, _ in spoken]))
    if not n_words:
        return Readability(0, 0, 0, None, None)
    per_sentence = n_words / n_sentences
    per_word = n_syllables / n_words
    return Readability(
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        flesch_reading_ease=206.835 - 1.015 * per_sentence - 84.6 * per_word,
        flesch_kincaid_grade=0.39 * per_sentence + 11.8 * per_word - 15.59,
    )
