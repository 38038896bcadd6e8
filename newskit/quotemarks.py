"""Finding direct quotes: a scanner over quotation marks that never raises.

It reads each paragraph (and the headline) mark by mark and decides, from the
characters around a mark, whether it opens a quote, closes one, or is an
apostrophe:

* **Families.** Double marks (“ ” " „ ‟, and typewriter ``…''), single
  marks (‘ ’ ' ‚ ‛) and guillemets (« », ‹ ›). A closing mark closes the innermost open quote of its
  own family, so “… ‘…’ …” and ‘… “…” …’ nest, and the inner quote is kept as
  nested inside the outer one.
* **Position decides, the glyph breaks ties.** A mark after a space (or at the
  start, or after a bracket or dash) and before a letter opens; a mark after a
  letter or punctuation and before a space, punctuation or the end closes.
  That reads straight quotes, reversed guillemets (»…«) and German „…“ too.
* **Apostrophes are not quote marks**: between letters (doesn’t, O’Neill,
  Assad’s), elisions at the start of a word (’90s, ’97, ’em, rock ’n’ roll),
  and a plural possessive (members’ union): a single mark after an "s" and
  before a word closes a quote only when nothing else can close it before the
  paragraph ends. A single closing mark with no single quote open is an
  apostrophe too.
* **Paragraphs.** A quote still open at the end of a paragraph continues when
  the next paragraph opens with a mark of the same family (the British and
  American convention for a quote running over several paragraphs): it is one
  quote with a part per paragraph. Otherwise it is closed at the end of the
  paragraph and flagged ``unclosed`` (with an :class:`UnclosedQuoteWarning`
  from :func:`newskit.quotes.quotes`); it never swallows the article. A straight
  single mark that nothing closes was an apostrophe after all.

>>> from newskit.article import from_text
>>> a = from_text("She said: ‘The members’ pay is frozen.’ It isn’t.", headline=False)
>>> [(q.text, q.opening) for q in scan_quotes(a)]
[('The members’ pay is frozen.', '‘')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from newskit.spans import Span

__all__ = ["QUOTE_MARKS", "ScannedQuote", "scan_quotes"]

Family = Literal["double", "single", "angle", "single-angle"]

_FAMILY: dict[str, Family] = {
    **dict.fromkeys('“”"„‟', "double"),
    **dict.fromkeys("‘’'‚‛", "single"),
    **dict.fromkeys("«»", "angle"),
    **dict.fromkeys("‹›", "single-angle"),
}

#: Every character newskit reads as a possible quotation mark.
QUOTE_MARKS = "".join(_FAMILY)

# Typewriter quotes (``like this'') are two characters each.
_MARK = re.compile("``|''|[" + re.escape(QUOTE_MARKS) + "]")
# Marks whose glyph says "open" or "close" when the position does not.
_OPENING_GLYPHS = frozenset("“„‟‘‚‛«‹")
_CLOSING_GLYPHS = frozenset("”’»›")
# What may stand right before an opening mark, and right after a closing one.
_BEFORE_OPENING = frozenset("([{<—–-/‐‑")
_AFTER_CLOSING = frozenset(".,;:!?)]}>—–-/…‐‑")
# Elisions at the start of a word: ’90s, ’97, ’em, ’n’ (rock ’n’ roll), ’til, ’tis, ’cause.
_ELISION = re.compile(r"(?:\d\d(?!\d)|(?:em|til|tis|twas|cause|bout)\b|n['’‘](?=\s))", re.I)
# A misused opening glyph as an apostrophe: ‘90s.
_DECADE = re.compile(r"\d0s\b")

Role = Literal["open", "close", "apostrophe"]


@dataclass(frozen=True, slots=True)
class ScannedQuote:
    """A quotation found by its marks, before anyone is said to have spoken it.

    Attributes:
        parts: the text between the marks, one span per paragraph it runs over.
        opening: the opening mark (‘, “, «…).
        paragraph: the paragraph of the first part (0 for the headline).
        nested: quotations inside this one (their text between their marks).
        unclosed: no closing mark was found; the quote ends where its paragraph does.

    >>> q = ScannedQuote((Span(1, 6, "Hello"),), "“", 1)
    >>> q.text, q.start, q.end
    ('Hello', 1, 6)
    """

    parts: tuple[Span, ...]
    opening: str
    paragraph: int
    nested: tuple[Span, ...] = ()
    unclosed: bool = False

    @property
    def text(self) -> str:
        """The parts joined with a space."""
        return " ".join(p.text for p in self.parts)

    @property
    def start(self) -> int:
        """Where the first part starts."""
        return self.parts[0].start

    @property
    def end(self) -> int:
        """Where the last part ends."""
        return self.parts[-1].end


@dataclass(slots=True)
class _Open:
    """A quote being read: where its current part began, and what it holds so far."""

    mark: str
    family: Family
    begin: int  # just after the opening mark of the current part
    paragraph: int
    parts: list[Span] = field(default_factory=list)
    nested: list[Span] = field(default_factory=list)
    # Plural possessives (members’ ) that may yet turn out to close it.
    maybe_close: list[int] = field(default_factory=list)


def _role(text: str, i: int, lo: int, hi: int, stack: Sequence[_Open]) -> Role:
    """Whether the mark at ``i`` (in the paragraph ``lo:hi``) opens, closes, or is an apostrophe."""
    mark = text[i]
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    single = _FAMILY[mark] == "single"
    if single and left.isalnum() and right.isalnum():
        return "apostrophe"  # doesn’t, O’Neill
    # Another mark beside it counts as room on that side: “‘ opens twice, ’” closes twice.
    after_space = left.isspace() or left in _BEFORE_OPENING or left in _FAMILY
    before_space = right.isspace() or right in _AFTER_CLOSING or right in _FAMILY
    if after_space and not before_space:
        if single and (mark in "’'" or right.isdigit()) and _ELISION.match(text, i + 1, hi):
            return "apostrophe"  # ’90s, rock ’n’ roll
        if mark == "‘" and _DECADE.match(text, i + 1, hi):
            return "apostrophe"  # ‘90s
        if mark == "’" and not right.isdigit() and right.isalpha():
            return "apostrophe"  # ’Tis, an elision the list does not know
        return "open"
    if before_space and not after_space:
        n_elision = i - 2 >= lo and text[i - 1] in "nN" and text[i - 2] in "’'‘"
        if single and n_elision and (i - 3 < lo or text[i - 3].isspace()):
            return "apostrophe"  # the second mark of rock ’n’ roll
        return "close"
    # Both sides alike (spaces both sides, or letters/punctuation both sides).
    if mark in _OPENING_GLYPHS:
        # In German „…“, the “ closes.
        if mark == "“" and any(o.mark == "„" for o in stack):
            return "close"
        return "open"
    if mark in _CLOSING_GLYPHS:
        return "close" if not (single and after_space and before_space) else "apostrophe"
    # Straight marks: close the family's open quote if there is one.
    family = _FAMILY[mark]
    if any(o.family == family for o in stack):
        return "close"
    if single and not (after_space and before_space):
        return "apostrophe"
    return "open"


def _weak(text: str, i: int, hi: int) -> bool:
    """A single closing mark that may be a plural possessive: "members’ pay"."""
    return (
        text[i - 1] in "sS"
        and i + 2 < hi
        and text[i + 1] == " "
        and (text[i + 2].isalnum() or text[i + 2] in "‘'“\"")
    )


def _continues(text: str, paragraph: Span | None, family: Family) -> bool:
    """Whether the next paragraph opens with a mark of the family (a running quote)."""
    if paragraph is None:
        return False
    stripped = paragraph.text.lstrip()
    if not stripped or stripped[0] not in _FAMILY or _FAMILY[stripped[0]] != family:
        return False
    at = paragraph.start + len(paragraph.text) - len(stripped)
    return _role(text, at, paragraph.start, paragraph.end, ()) == "open"


def scan_quotes(article: object) -> tuple[ScannedQuote, ...]:
    """Every outermost quotation of an article, in text order, with nested ones inside.

    Args:
        article: a :class:`newskit.article.Article`.

    Returns:
        The quotations, each with its parts (text between the marks).

    >>> from newskit.article import from_text
    >>> a = from_text("Doctors\\n\\n“I told him ‘no’,” she said.\\n\\n“It’s over.”", headline=True)
    >>> [(q.text, [n.text for n in q.nested], q.paragraph) for q in scan_quotes(a)]
    [('I told him ‘no’,', ['no'], 1), ('It’s over.', [], 2)]
    """
    from newskit.article import Article

    assert isinstance(article, Article)
    text = article.text
    units: list[tuple[Span, int]] = [(article.headline, 0)] if article.headline else []
    units += [(p, n) for n, p in enumerate(article.paragraphs, start=1)]
    found: list[ScannedQuote] = []
    carried: _Open | None = None
    for index, (unit, number) in enumerate(units):
        following = units[index + 1][0] if index + 1 < len(units) and number else None
        quotes, carried = _scan_paragraph(text, unit, number, carried, following)
        found += quotes
    return tuple(found)


_MAX_DEPTH = 4  # quotes open at once in one paragraph: "… ‘… “…” …’ …" is three


def _scan_paragraph(
    text: str, unit: Span, number: int, carried: _Open | None, following: Span | None
) -> tuple[list[ScannedQuote], _Open | None]:
    """The quotes closed in one paragraph, and the one that runs on into the next."""
    lo, hi = unit.start, unit.end
    found: list[ScannedQuote] = []
    stack: list[_Open] = []
    marks = _MARK.finditer(text, lo, hi)
    if carried is not None:
        next(marks)  # the paragraph opens with the mark that continues the quote
        carried.begin = lo + len(unit.text) - len(unit.text.lstrip()) + 1
        stack.append(carried)

    def close(item: _Open, end: int, *, unclosed: bool = False) -> None:
        """Close ``item`` (and what is open inside it) at ``end``."""
        while stack[-1] is not item:
            _close_inner(stack[-1], end)
        stack.pop()
        span = Span(item.begin, end, text[item.begin : end])
        if stack:
            stack[0].nested.append(span)
            return
        parts = tuple(p for p in (*item.parts, span) if p.text.strip())
        if parts:
            found.append(
                ScannedQuote(parts, item.mark, item.paragraph, tuple(item.nested), unclosed)
            )

    def _close_inner(inner: _Open, end: int) -> None:
        """An inner quote its outer one closes: at its possessive-like mark, if any."""
        if inner.maybe_close:
            close(inner, inner.maybe_close[-1])
        else:
            close(inner, end, unclosed=True)

    for match in marks:
        i = match.start()
        mark = match.group()
        if mark == "``":
            if len(stack) < _MAX_DEPTH:
                stack.append(_Open(mark, "double", i + 2, number))
            continue
        if mark == "''":
            owner = next((o for o in reversed(stack) if o.family == "double"), None)
            if owner is not None and owner.mark == "``":
                close(owner, i)
            continue  # two apostrophes otherwise
        family = _FAMILY[mark]
        role = _role(text, i, lo, hi, stack)
        if role == "apostrophe":
            continue
        top = stack[-1] if stack else None
        if role == "open":
            if top is not None and top.family == family:
                if top.maybe_close:  # ‘a mess’ and ‘a disgrace’: the possessive closed it
                    close(top, top.maybe_close[-1])
                elif family != "single" and (mark in "\"'") == (top.mark in "\"'"):
                    # “… “…: the first was left open, a new quote starts. (A straight
                    # mark inside curly ones, “… "…" …”, is a quote nested in it.)
                    close(top, i, unclosed=True)
            if len(stack) < _MAX_DEPTH:  # no writer nests quotes deeper; a run of marks might
                stack.append(_Open(mark, family, i + 1, number))
            continue
        owner = next((o for o in reversed(stack) if o.family == family), None)
        if owner is None:
            continue  # a closing single mark with nothing open: an apostrophe
        if family == "single" and _weak(text, i, hi):
            owner.maybe_close.append(i)
            continue
        close(owner, i)

    if not stack:
        return found, None
    outer = stack[0]
    if len(stack) > 1:
        _close_inner(stack[1], hi)  # inner quotes end with the paragraph
    if outer.maybe_close:
        close(outer, outer.maybe_close[-1])
        return found, None
    if _continues(text, following, outer.family):
        outer.parts.append(Span(outer.begin, hi, text[outer.begin : hi]))
        return found, outer
    if outer.mark in "'‛" and not outer.parts:
        return found, None  # a straight single mark nothing closes: an apostrophe
    close(outer, hi, unclosed=True)
    return found, None
