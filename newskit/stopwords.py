"""Stopword lists shipped with newskit (no NLTK corpus needed).

Two lists, both lower case:

* ``"english"`` — function words (articles, pronouns, prepositions, auxiliaries…)
  and the clitics NLTK splits off (``'s``, ``n't``).
* ``"news"`` — the English list plus the words that crowd news copy without
  saying what a story is about: reporting verbs (``said``, ``says``, ``told``…)
  and honorifics (``mr``, ``mrs``, ``ms``, ``dr``). This is the default for word
  frequencies; attribution and people are measured by other newskit tools.

>>> "the" in stopwords("english"), "said" in stopwords("english"), "said" in stopwords("news")
(True, False, True)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Literal

__all__ = ["StopwordList", "StopwordSpec", "resolve_stopwords", "stopwords"]

StopwordList = Literal["english", "news"]
#: What the ``stopwords=`` option of word-statistics functions takes:
#: ``True`` (the news list), ``False`` (none), a list name, or your own words.
StopwordSpec = bool | StopwordList | Iterable[str]


def _read(name: str) -> frozenset[str]:
    text = resources.files("newskit").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.cache
def stopwords(name: StopwordList = "news") -> frozenset[str]:
    """Return a shipped stopword list.

    Args:
        name: ``"english"`` (function words) or ``"news"`` (plus reporting verbs
            and honorifics).

    Returns:
        The words, lower case, with curly apostrophes written as ``'``.

    Raises:
        ValueError: an unknown list name.

    >>> sorted(stopwords("news") - stopwords("english"))[:4]
    ['dr', 'miss', 'mr', 'mrs']
    """
    if name == "english":
        return _read("stopwords_en.txt")
    if name == "news":
        return _read("stopwords_en.txt") | _read("stopwords_news.txt")
    raise ValueError(f"unknown stopword list {name!r}; use 'english' or 'news'")


def resolve_stopwords(spec: StopwordSpec) -> frozenset[str]:
    """Turn a ``stopwords=`` option into a set of lower-case words.

    Args:
        spec: ``True`` for the news list, ``False`` for none, a list name, or
            an iterable of your own words (matched case-insensitively).

    Returns:
        The set of words to leave out.

    >>> sorted(resolve_stopwords(["Syria", "war"]))
    ['syria', 'war']
    >>> resolve_stopwords(False)
    frozenset()
    """
    if spec is True:
        return stopwords("news")
    if spec is False:
        return frozenset()
    if isinstance(spec, str):
        return stopwords(spec)
    return frozenset(w.lower().replace("’", "'") for w in spec)
