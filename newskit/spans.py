"""Spans: pieces of an article's text, located by character offsets.

Every span carries ``start`` and ``end`` into the article text, and
``span.text == article.text[span.start:span.end]`` holds for all of them. The
offsets are what let tables, highlights and exports agree with each other.

>>> s = Span(0, 5, "Syria")
>>> s.text, len(s)
('Syria', 5)
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, TypeVar, overload

__all__ = ["Sentence", "Span", "Spans", "Token", "TokenKind", "bounds", "paragraph_numbers"]

TokenKind = Literal["word", "number", "punct"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text with its character offsets.

    Attributes:
        start: offset of the first character in the article text.
        end: offset one past the last character.
        text: the characters themselves, exactly as in the article.

    >>> Span(4, 9, "Syria").end
    9
    """

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """A sentence, with the paragraph it belongs to.

    Attributes:
        paragraph: 1 for the first body paragraph, 2 for the next; 0 is the headline.

    >>> Sentence(0, 8, "It rained.", paragraph=1).paragraph
    1
    """

    paragraph: int


class Token(NamedTuple):
    """A word, number or punctuation mark.

    Like a :class:`Span` it has ``start``, ``end`` and ``text``. It is an
    immutable named tuple rather than a frozen dataclass because there is one
    per word: building a hundred thousand of them is ten times faster.

    Attributes:
        norm: the text with typographic variants folded one character for one
            (a curly apostrophe becomes ``'``), so "Assad’s" and "Assad's" agree.
        kind: ``"word"``, ``"number"`` or ``"punct"``.
        paragraph: paragraph number (0 for the headline, body from 1).
        sentence: sentence number (0 for the headline, body from 1).

    >>> Token(0, 2, "’s", norm="'s", kind="word", paragraph=1, sentence=1).norm
    "'s"
    """

    start: int
    end: int
    text: str
    norm: str
    kind: TokenKind
    paragraph: int
    sentence: int


SpanT = TypeVar("SpanT", bound=Span)


class Spans(Sequence[SpanT]):
    """An article's paragraphs or sentences, kept as offsets into its text.

    A long article has a great many sentences; a tuple of :class:`Span` objects
    would keep a copy of the text in pieces and several Python objects for each.
    This keeps two arrays of offsets (and, for sentences, one of paragraph
    numbers) and a reference to the text, and builds each span when it is read:
    it reads as a tuple of spans does (indexing, slicing, iterating).

    >>> text = "It rained. Then it stopped."
    >>> s = Spans.of(text, [(0, 10), (11, 27)], paragraphs=[1, 1])
    >>> [x.text for x in s], s[-1].paragraph
    (['It rained.', 'Then it stopped.'], 1)
    >>> s[:1]
    Spans([Sentence(start=0, end=10, text='It rained.', paragraph=1)])
    """

    __slots__ = ("_hash", "_text", "ends", "paragraphs", "starts")

    def __init__(
        self, text: str, starts: array[int], ends: array[int], paragraphs: array[int] | None = None
    ) -> None:
        self._text = text
        self.starts = starts
        self.ends = ends
        self.paragraphs = paragraphs  # None: paragraphs themselves, items are plain Spans
        self._hash: int | None = None

    @classmethod
    def of(
        cls, text: str, bounds: Iterable[tuple[int, int]], paragraphs: Iterable[int] | None = None
    ) -> Spans[Any]:
        """Spans of ``text`` from (start, end) pairs; with ``paragraphs``, sentences."""
        starts, ends = array("q"), array("q")
        for start, end in bounds:
            starts.append(start)
            ends.append(end)
        return cls(text, starts, ends, None if paragraphs is None else array("i", paragraphs))

    def __len__(self) -> int:
        return len(self.starts)

    def _item(self, i: int) -> SpanT:
        start, end = self.starts[i], self.ends[i]
        if self.paragraphs is None:
            return Span(start, end, self._text[start:end])  # type: ignore[return-value]
        return Sentence(start, end, self._text[start:end], self.paragraphs[i])  # type: ignore[return-value]

    @overload
    def __getitem__(self, index: int) -> SpanT: ...
    @overload
    def __getitem__(self, index: slice) -> Spans[SpanT]: ...
    def __getitem__(self, index: int | slice) -> SpanT | Spans[SpanT]:
        if isinstance(index, slice):
            numbers = None if self.paragraphs is None else self.paragraphs[index]
            return Spans(self._text, self.starts[index], self.ends[index], numbers)
        if not -len(self) <= index < len(self):
            raise IndexError("span index out of range")
        return self._item(index % len(self))

    def __iter__(self) -> Iterator[SpanT]:
        return map(self._item, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Spans):
            return NotImplemented
        return (
            self.starts == other.starts
            and self.ends == other.ends
            and self.paragraphs == other.paragraphs
            and self._text == other._text
        )

    def __hash__(self) -> int:
        # Articles are cache keys, looked up again and again: hash the offsets once, as
        # bytes rather than span by span (the arrays are complete by the time anyone asks).
        if self._hash is None:
            numbers = b"" if self.paragraphs is None else self.paragraphs.tobytes()
            self._hash = hash((self._text, self.starts.tobytes(), self.ends.tobytes(), numbers))
        return self._hash

    def __reduce__(self) -> tuple[type[Spans[SpanT]], tuple[Any, ...]]:
        # Not the cached hash: a string's hash differs from one process to the next.
        return Spans, (self._text, self.starts, self.ends, self.paragraphs)

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


def bounds(spans: Sequence[Span]) -> tuple[Sequence[int], Sequence[int]]:
    """The start and end offsets of some spans, read without building each span.

    >>> bounds([Span(0, 2, "It"), Span(3, 9, "rained")])
    ([0, 3], [2, 9])
    """
    if isinstance(spans, Spans):
        return spans.starts, spans.ends
    return [s.start for s in spans], [s.end for s in spans]


def paragraph_numbers(sentences: Sequence[Sentence]) -> Sequence[int]:
    """The paragraph number of each sentence, read without building each sentence.

    >>> paragraph_numbers([Sentence(0, 3, "Go.", 1), Sentence(5, 8, "Now", 2)])
    [1, 2]
    """
    if isinstance(sentences, Spans) and sentences.paragraphs is not None:
        return sentences.paragraphs
    return [s.paragraph for s in sentences]
