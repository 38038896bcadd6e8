"""Direct quotes with their speakers, and who gets to speak in a story, and how much.

:func:`quotes` finds every direct quote (:mod:`newskit.quotemarks` reads the
marks, :mod:`newskit.attribution` finds the speaker) and gives each a kind:

* ``full``: speech standing on its own, at the start of a sentence or after a
  lead-in ("She explained: ‘I never thought…’");
* ``partial``: a fragment inside the writer's sentence ("denounced the account
  as ‘a despicable PR stunt.’");
* ``title``: a name or term where nobody speaks (a song, a book, a so-called
  ‘red list’).

>>> import newskit as nk
>>> a = nk.from_text("Mrs Ruth Kay runs the Leeds Food Bank. ‘We are out of rice,’ she said. "
...                  "She called the cuts ‘cruel’.", headline=False)
>>> [(q.text, q.speaker, q.kind, q.cue) for q in quotes(a)]
[('We are out of rice,', 'Ruth Kay', 'full', 'said'), ('cruel', 'Ruth Kay', 'partial', 'called')]
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from newskit.attribution import Reported, attribute, is_title, reported_speech
from newskit.entities import _check
from newskit.errors import UnclosedQuoteWarning
from newskit.names import Gender
from newskit.quotemarks import ScannedQuote, scan_quotes
from newskit.spans import Span
from newskit.speakers import Attribution, Rule

if TYPE_CHECKING:
    import pandas as pd

    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

__all__ = [
    "QUOTE_COLUMNS",
    "IndirectQuote",
    "Quote",
    "QuoteKind",
    "SpeakerType",
    "indirect_quotes",
    "indirect_table",
    "quote_rows",
    "quote_table",
    "quotes",
]

QuoteKind = Literal["full", "partial", "title"]
SpeakerType = Literal["person", "organisation", "place", "group", "unknown"]

_SPEAKER_TYPES: dict[str, SpeakerType] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}
#: The columns of :func:`quote_table`, in order.
QUOTE_COLUMNS = (
    "text",
    "speaker",
    "speaker_as_written",
    "speaker_type",
    "gender",
    "gender_evidence",
    "cue",
    "rule",
    "kind",
    "words",
    "paragraph",
    "start",
    "end",
    "parts",
    "nested",
    "unclosed",
)
_SENTENCE_END = (".", "!", "?", ":", "…", ";")
_CLOSING_MARKS = "\"”’'»"


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: the words inside the marks, and who said them.

    Attributes:
        text: the words inside the marks; the parts joined with a space.
        start, end: from the first part's start to the last part's end.
        parts: the text between each pair of marks (one per paragraph a quote
            runs over, one per piece of a quote split by its attribution).
        kind: ``full``, ``partial`` or ``title``.
        paragraph: the paragraph it starts in (0 for the headline).
        speaker: the speaker's resolved name ("Asma al-Assad"), or ``None``.
        speaker_as_written: the words the text uses ("She", "Mrs Al-Assad").
        speaker_type: person, organisation, place, group or unknown.
        gender: the speaker's gender where the text states it, else "unknown".
        gender_evidence: how the gender is known.
        cue: the speech verb or phrase ("explained", "according to").
        rule: the attribution rule that fired ("after", "colon", …), "" if none.
        opening: the opening mark.
        words: its words, counted as :func:`newskit.word_count` counts them.
        nested: quotations inside this one.
        unclosed: the closing mark is missing; the quote ends with its paragraph.

    >>> import newskit as nk
    >>> q = quotes(nk.from_text("“No,” said Dr. Amelia Chen.", headline=False))[0]
    >>> q.text, q.speaker, q.speaker_type, q.rule, q.parts[0].start
    ('No,', 'Amelia Chen', 'person', 'after', 1)
    """

    text: str
    start: int
    end: int
    parts: tuple[Span, ...]
    kind: QuoteKind
    paragraph: int
    speaker: str | None
    speaker_as_written: str | None
    speaker_type: SpeakerType
    gender: Gender
    gender_evidence: str
    cue: str | None
    rule: Rule
    opening: str
    words: int
    nested: tuple[Span, ...] = ()
    unclosed: bool = False


def _kind(article: Article, quote: ScannedQuote, who: Attribution) -> QuoteKind:
    text = article.text
    opening = quote.start - 1
    if quote.paragraph == 0 and article.headline is not None:
        lead_start = article.headline.start
    else:
        lead_start = article.paragraphs[quote.paragraph - 1].start
    lead = text[lead_start:opening].rstrip()
    if is_title(article, quote):
        return "title"
    words = quote.text.split()
    stands_alone = (
        not lead
        or lead.endswith(_SENTENCE_END)
        # 'pushed up prices "for a few weeks." "Egg prices …': the sentence before ended
        # inside its own closing mark
        or lead.rstrip(_CLOSING_MARKS).endswith(_SENTENCE_END[:3])
        or _after_speech_verb(lead)
    )
    if not who.rule:
        if len(words) <= 5 and not quote.text.rstrip().endswith((".", "!", "?", ",")):
            return "title"
        return "full" if stands_alone else "partial"
    first = quote.text.lstrip()[:1]
    if stands_alone and (first.isupper() or first.isdigit() or first in "…."):
        return "full"
    return "partial"


def _after_speech_verb(lead: str) -> bool:
    """Whether the lead-in is "He said," (so the quote after it stands alone)."""
    from newskit.speakers import SPEECH_VERBS

    if not lead.endswith(","):
        return False
    last = lead[:-1].split()[-1:] or [""]
    return last[0].lower() in SPEECH_VERBS


# A word as newskit.word_count counts it: a run of letters and digits, kept whole
# by an apostrophe, hyphen, point, comma or colon inside it ("doesn’t", "al-Assad",
# "300,000", "U.S", "9:30"); NLTK splits "cannot" in two, so it counts twice.
_WORD = re.compile(r"[^\W_](?:[\w’'‘.,:-]*[^\W_])?")
_CANNOT = re.compile(r"\bcannot\b", re.I)


def count_words(text: str) -> int:
    """Count words as :func:`newskit.word_count` does, without tokenising.

    >>> count_words("It doesn’t matter, al-Assad’s aides said: 300,000 cannot.")
    9
    """
    return len(_WORD.findall(text)) + len(_CANNOT.findall(text))


@functools.lru_cache(maxsize=64)
def _attributed(
    article: Article, gazetteer: Gazetteer | None
) -> list[tuple[ScannedQuote, Attribution]]:
    return attribute(article, scan_quotes(article), gazetteer)


@functools.lru_cache(maxsize=64)
def _quotes(article: Article, gazetteer: Gazetteer | None) -> tuple[Quote, ...]:
    found = []
    for quote, who in _attributed(article, gazetteer):
        entity = who.entity
        kind = _kind(article, quote, who)
        speaking = kind != "title"
        found.append(
            Quote(
                text=quote.text,
                start=quote.start,
                end=quote.end,
                parts=quote.parts,
                kind=kind,
                paragraph=quote.paragraph,
                speaker=entity.name if entity is not None and speaking else None,
                speaker_as_written=(who.as_written or None) if speaking else None,
                speaker_type=_SPEAKER_TYPES.get(entity.type, "unknown")
                if entity is not None and speaking
                else "unknown",
                gender=who.gender if speaking else "unknown",
                gender_evidence=who.gender_evidence if speaking else "",
                cue=(who.cue or None) if speaking else None,
                rule=who.rule if speaking else "",
                opening=quote.opening,
                words=sum(count_words(p.text) for p in quote.parts),
                nested=quote.nested,
                unclosed=quote.unclosed,
            )
        )
    return tuple(_headline_quotes(found))


_NOT_A_WORD = re.compile(r"[^\w’']+")


# Every apostrophe the same: "It’s ours now" in a headline is "It`s ours now" in messy copy.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018`\u00b4\u02bc", "'"))


def _plain(text: str) -> str:
    """A quote's words only, in lower case and padded: for finding it inside another."""
    words = _NOT_A_WORD.sub(" ", text.casefold().translate(_APOSTROPHES))
    return " " + " ".join(words.split()) + " "


def _headline_quotes(found: list[Quote]) -> list[Quote]:
    """A headline quote takes the speaker of the body quote it comes from.

    "Cork scraps e-scooter scheme: ‘It just never worked’" quotes the councillor
    the body quotes saying “It just never worked the way we hoped”; in "Lucky
    Spoon diner to close: ‘We fed this neighborhood for 40 years’" the words
    are the owner's, whom the body names, not the diner's. The body's own
    attribution is the better evidence, so it wins over the headline's.
    """
    body = [q for q in found if q.paragraph > 0 and q.speaker is not None]
    for i, quote in enumerate(found):
        if quote.paragraph != 0 or not body:
            continue
        if quote.speaker is not None and len(quote.text.split()) < 3:
            continue  # "organisers say ‘sorry’": a word or two is weak evidence
        words = _plain(quote.text)
        source = next((q for q in body if words.strip() and words in _plain(q.text)), None)
        if source is not None:
            found[i] = replace(
                quote,
                kind=source.kind,
                speaker=source.speaker,
                speaker_as_written=source.speaker_as_written,
                speaker_type=source.speaker_type,
                gender=source.gender,
                gender_evidence=source.gender_evidence,
                cue=source.cue,
                rule="quoted in the body",
            )
    return found


def quotes(article: Article, *, gazetteer: Gazetteer | None = None) -> tuple[Quote, ...]:
    """Every direct quote in the article, in text order, with its speaker.

    Args:
        article: the article.
        gazetteer: names to use when resolving speakers (see :func:`newskit.entities`).

    Returns:
        The quotes. A quote whose closing mark is missing ends with its
        paragraph, has ``unclosed=True``, and raises an
        :class:`~newskit.errors.UnclosedQuoteWarning`.

    >>> import newskit as nk
    >>> a = nk.load("data/articles/asma-al-assad-interview.txt")
    >>> [(q.speaker, q.kind, q.cue, len(q.parts)) for q in quotes(a)]
    [('Asma al-Assad', 'full', 'explained', 4),
     ('United States', 'partial', 'denounced', 1),
     ('Russia', 'partial', 'says', 1),
     ('Dmitry Peskov', 'partial', 'according to', 1)]
    """
    chosen = _check(article, gazetteer)
    found = _quotes(article, None if gazetteer is None else chosen)
    for quote in found:
        if quote.unclosed:
            where = f"paragraph {quote.paragraph}" if quote.paragraph else "the headline"
            warnings.warn(
                f"a quote opened with {quote.opening} in {where} (offset {quote.start - 1}) "
                "is never closed; it was ended with its paragraph",
                UnclosedQuoteWarning,
                stacklevel=2,
            )
    return found


def quote_table(article: Article, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """One row per direct quote: text, speaker, kind, cue, rule, words, offsets.

    >>> import newskit as nk
    >>> a = nk.from_text("“We won,” said Mr Tom Ode. He called it “a miracle”.", headline=False)
    >>> quote_table(a)[["text", "speaker", "gender", "kind", "words"]].to_dict("records")
    [{'text': 'We won,', 'speaker': 'Tom Ode', 'gender': 'male', 'kind': 'full', 'words': 2},
     {'text': 'a miracle', 'speaker': 'Tom Ode', 'gender': 'male', 'kind': 'partial', 'words': 2}]
    """
    import pandas as pd

    return pd.DataFrame(quote_rows(article, gazetteer=gazetteer), columns=list(QUOTE_COLUMNS))


def quote_rows(article: Article, *, gazetteer: Gazetteer | None = None) -> list[tuple[object, ...]]:
    """The rows of :func:`quote_table`, as tuples in :data:`QUOTE_COLUMNS` order.

    For gathering the quotes of many articles into one table. ``parts`` is a list
    of {start, end}; ``nested`` the texts of the quotes inside the quote.

    >>> import newskit as nk
    >>> (row,) = quote_rows(nk.from_text("“We won,” said Mr Tom Ode.", headline=False))
    >>> dict(zip(QUOTE_COLUMNS, row))["parts"]
    [{'start': 1, 'end': 8}]
    """

    def value(q: Quote, column: str) -> object:
        if column == "parts":
            return [{"start": p.start, "end": p.end} for p in q.parts]
        if column == "nested":
            return [n.text for n in q.nested]
        return getattr(q, column)

    return [tuple(value(q, c) for c in QUOTE_COLUMNS) for q in quotes(article, gazetteer=gazetteer)]


@dataclass(frozen=True, slots=True)
class IndirectQuote:
    """Reported speech: what someone said, in the writer's words and without quote marks.

    Attributes:
        text: the reported words, from after the cue to the end of the sentence.
        start, end: offsets of ``text``.
        cue: the speech verb or phrase ("said", "according to").
        cue_start, cue_end: offsets of the cue.
        paragraph: the paragraph it is in (0 for the headline).
        speaker, speaker_as_written, speaker_type, gender: as for :class:`Quote`.

    >>> import newskit as nk
    >>> (r,) = indirect_quotes(nk.from_text("Mrs Ruth Kay said she would stay.", headline=False))
    >>> r.text, r.cue, r.speaker, r.gender
    ('she would stay.', 'said', 'Ruth Kay', 'female')
    """

    text: str
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    paragraph: int
    speaker: str | None
    speaker_as_written: str | None
    speaker_type: SpeakerType
    gender: Gender


@functools.lru_cache(maxsize=64)
def _indirect(article: Article, gazetteer: Gazetteer | None) -> tuple[IndirectQuote, ...]:
    text = article.text
    units = ([article.headline] if article.headline else []) + list(article.paragraphs)
    unit_starts = [u.start for u in units]
    first_body = 1 if article.headline else 0
    found = []
    for r in reported_speech(article, _attributed(article, gazetteer), gazetteer):
        who = r.attribution
        begin, end = _reported_words(text, r)
        paragraph = bisect.bisect_right(unit_starts, r.start) - 1 + 1 - first_body
        entity = who.entity
        found.append(
            IndirectQuote(
                text=text[begin:end],
                start=begin,
                end=end,
                cue=text[r.start : r.end],
                cue_start=r.start,
                cue_end=r.end,
                paragraph=paragraph,
                speaker=entity.name if entity is not None else None,
                speaker_as_written=who.as_written or None,
                speaker_type=_SPEAKER_TYPES.get(entity.type, "unknown") if entity else "unknown",
                gender=who.gender,
            )
        )
    return tuple(found)


def _reported_words(text: str, r: Reported) -> tuple[int, int]:
    """Where the reported words are: after the cue, or before it when the cue ends the sentence.

    "said she would stay" has them after; "…, according to Peskov" and "…, the
    ministry said on Monday." before.
    """
    begin = r.end + len(text[r.end : r.clause_end]) - len(text[r.end : r.clause_end].lstrip())
    end = begin + len(text[begin : r.clause_end].rstrip())
    after = text[begin:end]
    if r.cue_text.lower() == "according to" or len(after.split()) <= 3:
        lead = text[r.clause_start : r.start]
        comma = lead.rfind(",")
        if comma > 0:
            stop = r.clause_start + comma
            start = r.clause_start + len(lead) - len(lead.lstrip())
            return start, stop
    return begin, end


def indirect_quotes(
    article: Article, *, gazetteer: Gazetteer | None = None
) -> tuple[IndirectQuote, ...]:
    """Reported speech ("Al-Assad said she would not be leaving"), kept apart from direct quotes.

    One record per speech verb outside quote marks that reports what someone
    said. A verb that introduces a full direct quote belongs to that quote; a
    clause holding a partial quote is reported speech too.

    >>> import newskit as nk
    >>> a = nk.load("data/articles/asma-al-assad-interview.txt")
    >>> [(r.cue, r.speaker) for r in indirect_quotes(a)]
    [('claims', 'Asma al-Assad'), ('claimed', None), ('saying', None), ('said', 'Asma al-Assad'),
     ('denounced', 'United States'), ('says', 'Russia'), ('said', 'Kremlin'),
     ('according to', 'Dmitry Peskov')]
    """
    chosen = _check(article, gazetteer)
    return _indirect(article, None if gazetteer is None else chosen)


def indirect_table(article: Article, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """One row per piece of reported speech: text, speaker, cue, offsets.

    >>> import newskit as nk
    >>> a = nk.from_text("Mr Tom Ode said the port would reopen.", headline=False)
    >>> indirect_table(a)[["text", "speaker", "cue", "cue_start"]].to_dict("records")
    [{'text': 'the port would reopen.', 'speaker': 'Tom Ode', 'cue': 'said', 'cue_start': 11}]
    """
    import pandas as pd

    columns = [
        "text",
        "speaker",
        "speaker_as_written",
        "speaker_type",
        "gender",
        "cue",
        "paragraph",
        "start",
        "end",
        "cue_start",
        "cue_end",
    ]
    rows = [
        {c: getattr(r, c) for c in columns} for r in indirect_quotes(article, gazetteer=gazetteer)
    ]
    return pd.DataFrame(rows, columns=columns)
