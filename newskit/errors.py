"""Typed errors and warnings raised by newskit.

Every error subclasses a built-in exception, so code that already catches
``ValueError`` or ``FileNotFoundError`` keeps working, and every message is one
line that says what was wrong and what to do about it.

>>> issubclass(ArticleEncodingError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "ArticleEncodingError",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "ArticleTooLargeError",
    "NewskitError",
    "UnclosedQuoteWarning",
]


class NewskitError(Exception):
    """Base class of every error newskit raises on purpose.

    >>> issubclass(ArticleFormatError, NewskitError)
    True
    """


class ArticleNotFoundError(NewskitError, FileNotFoundError):
    """The path to an article does not exist or is not a file.

    >>> str(ArticleNotFoundError("no such file: x.txt; check the path"))
    'no such file: x.txt; check the path'
    """


class ArticleEncodingError(NewskitError, ValueError):
    """The bytes of an article could not be decoded with the given encoding.

    >>> issubclass(ArticleEncodingError, ValueError)
    True
    """


class ArticleFormatError(NewskitError, ValueError):
    """An article file or record is not in a shape newskit can read.

    >>> issubclass(ArticleFormatError, ValueError)
    True
    """


class ArticleTooLargeError(NewskitError, ValueError):
    """An article file is larger than newskit reads as one article unless told to.

    >>> issubclass(ArticleTooLargeError, ValueError)
    True
    """


class UnclosedQuoteWarning(UserWarning):
    """A quotation mark opens a quote that nothing closes; the quote ended with its paragraph.

    >>> issubclass(UnclosedQuoteWarning, Warning)
    True
    """
