"""Spans: pieces of an article's text, located by character offsets.

Every span carries ``start`` and ``end`` into the article text, and
``span.text == article.text[span.start:span.end]`` holds for all of them. The
offsets are what let tables, highlights and exports agree with each other.

>>> s = Span(0, 5, "Syria")
>>> s.text, len(s)
('Syria', 5)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

__all__ = ["Sentence", "Span", "Token", "TokenKind"]

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
