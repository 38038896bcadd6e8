"""Word statistics as DataFrames.

Frequencies, n-grams, collocations, keyword in context, dispersion, sentence
and paragraph lengths, lexical diversity.

All functions take an :class:`~newskit.article.Article` and spell their options
out as keywords. Words are matched on their folded form, so "Assad’s" and
"Assad's" count together.

>>> from newskit.article import from_text
>>> a = from_text("Ferry strike\\n\\nThe ferry strike ended. The ferry sailed at dawn.")
>>> word_frequencies(a, top=2).to_dict("records")
[{'word': 'ferry', 'count': 3, 'share': 0.375}, {'word': 'strike', 'count': 2, 'share': 0.25}]
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from newskit.article import Article
from newskit.spans import Token
from newskit.stopwords import StopwordSpec, resolve_stopwords
from newskit.tokens import (
    _CLITIC_FORMS,
    _is_word,
    _kind,
    _word_tokenizer,
    for_words,
    token_columns,
    words,
)

__all__ = [
    "collocations",
    "concordance",
    "dispersion",
    "length_stats",
    "lexical_diversity",
    "ngram_frequencies",
    "paragraph_stats",
    "sentence_stats",
    "word_frequencies",
]

_SPACE = re.compile(r"\s")


def _term(norm: str) -> str:
    """A word as counted: an abbreviation's final full stop dropped ("Gov." = "Gov")."""
    if len(norm) > 1 and norm[-1] == "." and norm[-2] != ".":
        return norm[:-1]
    return norm


@functools.lru_cache(maxsize=65536)
def _counted_form(norm: str, casefold: bool) -> tuple[str, str]:
    """The form a word is counted under, and its lower case for stopword lists (cached)."""
    term = _term(norm).casefold() if casefold else _term(norm)
    return term, term.lower()


def _fold(token: Token, casefold: bool) -> str:
    return _counted_form(token.norm, casefold)[0]


@functools.cache
def _stemmer() -> Any:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def _frame(counts: Mapping[str, int], column: str, top: int | None) -> pd.DataFrame:
    total = sum(counts.values()) or 1
    # By count, ties in alphabetical order: grouped by count, each group sorted,
    # which is faster than sorting every word (most words share a few counts).
    by_count: dict[int, list[str]] = {}
    for word, count in counts.items():
        by_count.setdefault(count, []).append(word)
    ranked = [(w, c) for c in sorted(by_count, reverse=True) for w in sorted(by_count[c])]
    del ranked[top if top is not None else len(ranked) :]
    # Built from arrays: several times faster than from Series, which counts
    # when a script tabulates thousands of articles.
    keys, values = zip(*ranked, strict=True) if ranked else ((), ())
    number = np.array(values, dtype=np.int64)
    return pd.DataFrame(
        {column: np.array(keys, dtype=object), "count": number, "share": number / total},
        copy=False,
    )


def _check_top(top: int | None) -> None:
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 0):
        raise ValueError(f"top must be a whole number of 0 or more, or None; got {top!r}")


def word_frequencies(
    article: Article,
    *,
    casefold: bool = True,
    stopwords: StopwordSpec = True,
    punctuation: bool = False,
    numbers: bool = False,
    min_length: int = 1,
    stem: bool = False,
    headline: bool = True,
    top: int | None = None,
) -> pd.DataFrame:
    """Count words: the most frequent first, ties in alphabetical order.

    Args:
        article: the article.
        casefold: count "Syria" and "syria" together (shown in lower case).
        stopwords: leave out stopwords: ``True`` the news list (function words,
            reporting verbs such as "said", honorifics such as "Mrs"), ``False``
            none, ``"english"`` function words only, or your own words.
        punctuation: keep punctuation marks (and clitics such as "’s").
        numbers: keep numbers such as "2011" and "300,000".
        min_length: leave out words shorter than this many characters.
        stem: count words with the same Snowball stem together; ``word`` shows
            the commonest form and ``forms`` lists them all.
        headline: include the headline's words.
        top: keep only the first ``top`` rows.

    Returns:
        Columns ``word``, ``count`` and ``share`` (of all words counted, so the
        shares sum to 1 before ``top`` cuts the table), plus ``forms`` when
        ``stem`` is true.

    Raises:
        ValueError: ``top`` or ``min_length`` is negative, or an unknown list name.

    >>> from newskit.article import from_text
    >>> a = from_text("Protesters protested. A protest grew.", headline=False)
    >>> word_frequencies(a, stem=True).to_dict("records")
    [{'word': 'protest', 'count': 3, 'share': 0.75, 'forms': 'protest, protested, protesters'},
     {'word': 'grew', 'count': 1, 'share': 0.25, 'forms': 'grew'}]
    """
    _check_top(top)
    if min_length < 0:
        raise ValueError(f"min_length must be 0 or more; got {min_length}")
    stop = resolve_stopwords(stopwords)
    kinds = {"word", *(("number",) if numbers else ()), *(("punct",) if punctuation else ())}
    skip = frozenset() if punctuation else _CLITIC_FORMS
    # Count the tokens' forms first (at C speed), then judge each distinct form
    # once: a token's kind is a function of its form.
    columns = token_columns(article)
    raw = Counter(columns.norm)
    if not headline:
        raw.subtract(columns.norm[: columns.paragraph.count(0)])  # headline tokens come first
    folded: dict[str, int] = {}
    add = folded.get  # a plain dict: Counter's missing-key hook is a Python call per word
    for norm, number in raw.items():
        if number <= 0 or _kind(norm) not in kinds or norm in skip:
            continue
        term, lowered = _counted_form(norm, casefold)
        if len(term) >= min_length and lowered not in stop:
            folded[term] = add(term, 0) + number
    if not stem:
        return _frame(folded, "word", top)
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for term in Counter(folded).elements():
        key = _stemmer().stem(term)
        forms[key][term] += 1
        counts[key] += 1
    shown = Counter({_commonest(forms[k]): v for k, v in counts.items()})
    frame = _frame(shown, "word", top)
    by_shown = {_commonest(forms[k]): ", ".join(sorted(forms[k])) for k in counts}
    frame["forms"] = pd.Series([by_shown[w] for w in frame["word"]], dtype=str)
    return frame


def _commonest(counter: Counter[str]) -> str:
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0]


def _runs(article: Article, *, casefold: bool, numbers: bool = True) -> Iterator[list[str]]:
    """Word sequences that n-grams may span: within a sentence, between punctuation."""
    run: list[str] = []
    sentence = -1
    for token in words(article):
        if token.sentence != sentence or not _is_word(token, numbers=numbers):
            if run:
                yield run
            run = []
            sentence = token.sentence
            if not _is_word(token, numbers=numbers):
                continue
        run.append(_fold(token, casefold))
    if run:
        yield run


def ngram_frequencies(
    article: Article,
    *,
    n: int = 2,
    casefold: bool = True,
    stopwords: StopwordSpec = False,
    top: int | None = None,
) -> pd.DataFrame:
    """Count n-grams: runs of ``n`` words within a sentence, not across punctuation.

    Args:
        article: the article.
        n: words per n-gram (2 for bigrams, 3 for trigrams…).
        casefold: fold case before counting.
        stopwords: leave out n-grams that start or end with a stopword (same
            choices as in :func:`word_frequencies`; off by default).
        top: keep only the first ``top`` rows.

    Returns:
        Columns ``ngram`` (words joined by spaces), ``count`` and ``share``.

    Raises:
        ValueError: ``n`` is less than 1.

    >>> from newskit.article import from_text
    >>> a = from_text("The city council met. The city council voted.", headline=False)
    >>> ngram_frequencies(a, n=2, top=2).to_dict("records")
    [{'ngram': 'city council', 'count': 2, 'share': 0.333...}, {'ngram': 'the city', 'count': 2,
     'share': 0.333...}]
    """
    _check_top(top)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number of 1 or more; got {n!r}")
    stop = resolve_stopwords(stopwords)
    counts: Counter[str] = Counter()
    for run in _runs(article, casefold=casefold):
        for i in range(len(run) - n + 1):
            gram = run[i : i + n]
            if gram[0].lower() in stop or gram[-1].lower() in stop:
                continue
            counts[" ".join(gram)] += 1
    return _frame(counts, "ngram", top)


def collocations(
    article: Article,
    *,
    measure: Literal["likelihood", "pmi"] = "likelihood",
    min_count: int = 2,
    stopwords: StopwordSpec = True,
    casefold: bool = True,
    top: int | None = 20,
) -> pd.DataFrame:
    """Find word pairs that occur together more often than chance, with NLTK.

    Pairs are adjacent words within a sentence. Scoring uses NLTK's
    ``BigramAssocMeasures``: the likelihood ratio (robust on short texts) or
    pointwise mutual information (favours rare pairs). Stopwords come from
    newskit's own lists, not NLTK's corpus, so no data is needed.

    Args:
        article: the article.
        measure: ``"likelihood"`` or ``"pmi"``.
        min_count: leave out pairs seen fewer times than this.
        stopwords: leave out pairs containing a stopword (as in :func:`word_frequencies`).
        casefold: fold case before pairing.
        top: keep only the first ``top`` rows (``None`` for all).

    Returns:
        Columns ``collocation``, ``word1``, ``word2``, ``count``, ``score``,
        best first.

    Raises:
        ValueError: an unknown measure.

    >>> from newskit.article import from_text
    >>> text = "Health Secretary Ann Lee spoke. Later the Health Secretary left."
    >>> a = from_text(text, headline=False)
    >>> collocations(a)[["collocation", "count"]].to_dict("records")
    [{'collocation': 'health secretary', 'count': 2}]
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    _check_top(top)
    scorers = {"likelihood": BigramAssocMeasures.likelihood_ratio, "pmi": BigramAssocMeasures.pmi}
    if measure not in scorers:
        raise ValueError(f"unknown measure {measure!r}; use 'likelihood' or 'pmi'")
    stop = resolve_stopwords(stopwords)
    finder = BigramCollocationFinder.from_documents(list(_runs(article, casefold=casefold)))
    finder.apply_freq_filter(min_count)
    finder.apply_word_filter(lambda w: w.lower() in stop)
    scored = sorted(
        ((pair, _score(finder, scorers[measure], pair)) for pair in finder.ngram_fd),
        key=lambda item: (math.isnan(item[1]), -item[1], item[0]),
    )[:top]
    return pd.DataFrame(
        {
            "collocation": pd.Series([f"{a} {b}" for (a, b), _ in scored], dtype=str),
            "word1": pd.Series([a for (a, _b), _ in scored], dtype=str),
            "word2": pd.Series([b for (_a, b), _ in scored], dtype=str),
            "count": pd.Series([finder.ngram_fd[pair] for pair, _ in scored], dtype="int64"),
            "score": pd.Series([score for _, score in scored], dtype="float64"),
        }
    )


def _score(finder: Any, scorer: Any, pair: tuple[str, str]) -> float:
    """Score one pair; NaN where NLTK's formula breaks down (a pair of one repeated word)."""
    try:
        return float(finder.score_ngram(scorer, *pair))
    except (ValueError, ZeroDivisionError):
        return math.nan


def _query_terms(query: str, casefold: bool) -> list[str]:
    folded = for_words(query.strip())
    terms = [
        query.strip()[s:e].replace("’", "'") for s, e in _word_tokenizer().span_tokenize(folded)
    ]
    if len(terms) > 1 and terms[-1] == ".":
        terms.pop()  # NLTK splits a query's final full stop ("Gov." -> "Gov", ".")
    return [_counted_form(t, casefold)[0] for t in terms]


def _matches(article: Article, query: str, casefold: bool) -> Iterator[tuple[Token, Token]]:
    """First and last token of every occurrence of the query's token sequence."""
    terms = _query_terms(query, casefold)
    if not terms:
        return
    tokens = words(article)
    size = len(terms)
    for i, token in enumerate(tokens):
        if _fold(token, casefold) != terms[0]:
            continue
        window = tokens[i : i + size]
        if len(window) == size and all(
            _fold(t, casefold) == w for t, w in zip(window, terms, strict=True)
        ):
            yield window[0], window[-1]


def concordance(
    article: Article, query: str, *, width: int = 40, casefold: bool = True
) -> pd.DataFrame:
    """Keyword in context: every occurrence of a word or phrase, with its surroundings.

    Args:
        article: the article.
        query: a word or a phrase ("Al-Assad", "war crimes"), matched token by
            token, so "Assad" finds "Assad’s" but not "Al-Assad".
        width: characters of context on each side.
        casefold: match regardless of case.

    Returns:
        Columns ``left``, ``match``, ``right`` (line breaks shown as spaces),
        ``start``, ``end`` (offsets of the match), ``paragraph``, ``sentence``.

    >>> from newskit.article import from_text
    >>> a = from_text("The strike ended. Dockers said the strike was over.", headline=False)
    >>> concordance(a, "strike", width=10)[["left", "match", "right", "start"]].to_dict("records")
    [{'left': 'The ', 'match': 'strike', 'right': ' ended. Do', 'start': 4}, {'left': ' said the ',
     'match': 'strike', 'right': ' was over.', 'start': 35}]
    """
    text = article.text
    rows = [
        {
            "left": _SPACE.sub(" ", text[max(0, first.start - width) : first.start]),
            "match": text[first.start : last.end],
            "right": _SPACE.sub(" ", text[last.end : last.end + width]),
            "start": first.start,
            "end": last.end,
            "paragraph": first.paragraph,
            "sentence": first.sentence,
        }
        for first, last in _matches(article, query, casefold)
    ]
    return _records_frame(rows, _KWIC_COLUMNS)


_KWIC_COLUMNS = {
    "left": str,
    "match": str,
    "right": str,
    "start": "int64",
    "end": "int64",
    "paragraph": "int64",
    "sentence": "int64",
}


def _records_frame(rows: list[dict[str, Any]], columns: dict[str, Any]) -> pd.DataFrame:
    """A DataFrame with fixed columns and dtypes, also when there are no rows."""
    return pd.DataFrame(
        {name: pd.Series([r[name] for r in rows], dtype=dtype) for name, dtype in columns.items()}
    )


def dispersion(
    article: Article, queries: str | Sequence[str], *, casefold: bool = True
) -> pd.DataFrame:
    """Where words or phrases occur through the article, one row per occurrence.

    Args:
        article: the article.
        queries: one word or phrase, or several.
        casefold: match regardless of case.

    Returns:
        Columns ``query``, ``match``, ``start``, ``end``, ``position`` (the
        start offset as a share of the text length, 0 to 1), ``paragraph``,
        ``sentence``; in query order, then text order.

    >>> from newskit.article import from_text
    >>> a = from_text("Aleppo fell. Later, Aleppo rebuilt.", headline=False)
    >>> dispersion(a, ["Aleppo"])[["match", "start", "position"]].to_dict("records")
    [{'match': 'Aleppo', 'start': 0, 'position': 0.0}, {'match': 'Aleppo', 'start': 20,
     'position': 0.571...}]
    """
    items = [queries] if isinstance(queries, str) else list(queries)
    size = max(len(article.text), 1)
    rows = [
        {
            "query": query,
            "match": article.text[first.start : last.end],
            "start": first.start,
            "end": last.end,
            "position": first.start / size,
            "paragraph": first.paragraph,
            "sentence": first.sentence,
        }
        for query in items
        for first, last in _matches(article, query, casefold)
    ]
    return _records_frame(
        rows,
        {
            "query": str,
            "match": str,
            **{k: _KWIC_COLUMNS[k] for k in ("start", "end")},
            "position": "float64",
            "paragraph": "int64",
            "sentence": "int64",
        },
    )


def _body_words(article: Article, numbers: bool) -> Iterator[tuple[int, str, int, int]]:
    """(index, norm, paragraph, sentence) of each body word, from the token columns."""
    c = token_columns(article)
    for i, (norm, kind, paragraph, sentence) in enumerate(
        zip(c.norm, c.kind, c.paragraph, c.sentence, strict=True)
    ):
        wanted = paragraph > 0 and kind != "punct" and (numbers or kind == "word")
        if wanted and norm not in _CLITIC_FORMS:
            yield i, norm, paragraph, sentence


def _word_counts_by(article: Article, attribute: str) -> Counter[int]:
    by_paragraph = attribute == "paragraph"
    return Counter(
        paragraph if by_paragraph else sentence
        for _, _, paragraph, sentence in _body_words(article, numbers=True)
    )


def sentence_stats(article: Article) -> pd.DataFrame:
    """One row per body sentence: where it is and how long.

    Args:
        article: the article.

    Returns:
        Columns ``sentence`` (numbered from 1), ``paragraph``, ``start``,
        ``end``, ``words``, ``characters``, ``text``.

    >>> from newskit.article import from_text
    >>> a = from_text("Fire hits docks\\n\\nA fire broke out overnight. It is out.")
    >>> sentence_stats(a)[["sentence", "paragraph", "words"]].to_dict("records")
    [{'sentence': 1, 'paragraph': 1, 'words': 5}, {'sentence': 2, 'paragraph': 1, 'words': 3}]
    """
    counts = _word_counts_by(article, "sentence")
    rows = [
        {
            "sentence": number,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "words": counts[number],
            "characters": len(s),
            "text": s.text,
        }
        for number, s in enumerate(article.sentences, start=1)
    ]
    return _records_frame(
        rows,
        {
            **dict.fromkeys(
                ("sentence", "paragraph", "start", "end", "words", "characters"), "int64"
            ),
            "text": str,
        },
    )


def paragraph_stats(article: Article) -> pd.DataFrame:
    """One row per body paragraph: where it is, how many sentences and words.

    Args:
        article: the article.

    Returns:
        Columns ``paragraph`` (numbered from 1), ``start``, ``end``,
        ``sentences``, ``words``, ``characters``.

    >>> from newskit.article import from_text
    >>> a = from_text("Fire hits docks\\n\\nA fire broke out. It is out.\\n\\nNo one was hurt.")
    >>> paragraph_stats(a)[["paragraph", "sentences", "words"]].to_dict("records")
    [{'paragraph': 1, 'sentences': 2, 'words': 7}, {'paragraph': 2, 'sentences': 1, 'words': 4}]
    """
    counts = _word_counts_by(article, "paragraph")
    sentences = Counter(s.paragraph for s in article.sentences)
    rows = [
        {
            "paragraph": number,
            "start": p.start,
            "end": p.end,
            "sentences": sentences[number],
            "words": counts[number],
            "characters": len(p),
        }
        for number, p in enumerate(article.paragraphs, start=1)
    ]
    columns = ("paragraph", "start", "end", "sentences", "words", "characters")
    return _records_frame(rows, dict.fromkeys(columns, "int64"))


def length_stats(article: Article) -> pd.DataFrame:
    """Summary of sentence and paragraph lengths, in words.

    Args:
        article: the article.

    Returns:
        One row per unit (``sentence``, ``paragraph``) with columns ``count``,
        ``mean``, ``median``, ``min``, ``max``; statistics are NaN when there
        are no sentences.

    >>> from newskit.article import from_text
    >>> a = from_text("Fire hits docks\\n\\nA fire broke out. It is out.\\n\\nNo one was hurt.")
    >>> length_stats(a).loc["sentence", ["count", "median", "min"]].to_dict()
    {'count': 3.0, 'median': 4.0, 'min': 3.0}
    """
    rows = {}
    for unit, frame in (
        ("sentence", sentence_stats(article)),
        ("paragraph", paragraph_stats(article)),
    ):
        lengths = frame["words"].astype("float64")
        rows[unit] = {
            "count": float(len(lengths)),
            "mean": lengths.mean(),
            "median": lengths.median(),
            "min": lengths.min(),
            "max": lengths.max(),
        }
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("unit")


def _vocabulary(article: Article) -> list[str]:
    return [_counted_form(norm, True)[0] for _, norm, _, _ in _body_words(article, numbers=False)]


def _ttr(items: Sequence[str]) -> float:
    return len(set(items)) / len(items)


def _mtld_pass(items: Iterable[str], threshold: float) -> float:
    factors = 0.0
    seen: set[str] = set()
    count = 0
    ttr = 1.0
    for item in items:
        count += 1
        seen.add(item)
        ttr = len(seen) / count
        if ttr <= threshold:
            factors += 1
            seen, count, ttr = set(), 0, 1.0
    if count:
        factors += (1 - ttr) / (1 - threshold)
    return factors


def lexical_diversity(
    article: Article,
    *,
    measure: Literal["mattr", "ttr", "mtld"] = "mattr",
    window: int = 50,
) -> float | None:
    """How varied the vocabulary is, over the body's words (case folded).

    Args:
        article: the article.
        measure: ``"ttr"`` type-token ratio (falls as texts get longer, so only
            compare texts of similar length); ``"mattr"`` the mean TTR over a
            moving window of ``window`` words (Covington & McFall 2010), stable
            across lengths; ``"mtld"`` the mean length of word runs that keep
            TTR above 0.72 (McCarthy & Jarvis 2010), read forwards and backwards.
        window: window size for MATTR.

    Returns:
        The score, or ``None`` when the article has no words.

    Raises:
        ValueError: an unknown measure, or a window below 1.

    >>> from newskit.article import from_text
    >>> a = from_text("The cat saw the dog.", headline=False)
    >>> lexical_diversity(a, measure="ttr")
    0.8
    >>> lexical_diversity(from_text(""), measure="ttr") is None
    True
    """
    if window < 1:
        raise ValueError(f"window must be 1 or more; got {window}")
    items = _vocabulary(article)
    if not items:
        return None
    if measure == "ttr":
        return _ttr(items)
    if measure == "mattr":
        if len(items) <= window:
            return _ttr(items)
        counts = Counter(items[:window])
        total = len(counts)
        for i in range(window, len(items)):
            old, new = items[i - window], items[i]
            counts[old] -= 1
            if counts[old] == 0:
                del counts[old]
            counts[new] += 1
            total += len(counts)
        return total / (window * (len(items) - window + 1))
    if measure == "mtld":
        threshold = 0.72
        # A text whose TTR never falls to the threshold counts as one factor.
        passes = (_mtld_pass(items, threshold), _mtld_pass(reversed(items), threshold))
        return sum(len(items) / (f or 1.0) for f in passes) / 2
    raise ValueError(f"unknown measure {measure!r}; use 'mattr', 'ttr' or 'mtld'")
