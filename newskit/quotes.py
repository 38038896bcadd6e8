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

import functools
import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newskit.attribution import Attribution, Rule, attribute
from newskit.entities import _check
from newskit.errors import UnclosedQuoteWarning
from newskit.names import Gender
from newskit.quotemarks import ScannedQuote, scan_quotes
from newskit.spans import Span

if TYPE_CHECKING:
    import pandas as pd

    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

__all__ = ["Quote", "QuoteKind", "SpeakerType", "quote_table", "quotes", "speaker_table"]

QuoteKind = Literal["full", "partial", "title"]
SpeakerType = Literal["person", "organisation", "place", "group", "unknown"]

_SPEAKER_TYPES: dict[str, SpeakerType] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}
# Words before a quote that make it a name or a term, not speech.
_TITLE_CUE = re.compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|titled|entitled|known as|the words?|the phrase"
    r"|the term|the (?:song|single|album|book|novel|memoir|film|movie|play|show|series"
    r"|programme|program|documentary|poem|track|hit|report|campaign|exhibition|slogan))"
    r"[\s,]*$",
    re.I,
)
_SENTENCE_END = (".", "!", "?", ":", "…", ";")


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
    nested: tuple[Span, ...] = ()
    unclosed: bool = False

    @property
    def words(self) -> int:
        """How many words the quote has (white-space separated)."""
        return len(self.text.split())


def _kind(article: Article, quote: ScannedQuote, who: Attribution) -> QuoteKind:
    text = article.text
    opening = quote.start - 1
    if quote.paragraph == 0 and article.headline is not None:
        lead_start = article.headline.start
    else:
        lead_start = article.paragraphs[quote.paragraph - 1].start
    lead = text[lead_start:opening].rstrip()
    if _TITLE_CUE.search(text, max(lead_start, opening - 40), opening):
        return "title"
    words = quote.text.split()
    stands_alone = not lead or lead.endswith(_SENTENCE_END) or _after_speech_verb(lead)
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
    from newskit.attribution import SPEECH_VERBS

    if not lead.endswith(","):
        return False
    last = lead[:-1].split()[-1:] or [""]
    return last[0].lower() in SPEECH_VERBS


@functools.lru_cache(maxsize=64)
def _quotes(article: Article, gazetteer: Gazetteer | None) -> tuple[Quote, ...]:
    found = []
    for quote, who in attribute(article, scan_quotes(article), gazetteer):
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
                nested=quote.nested,
                unclosed=quote.unclosed,
            )
        )
    return tuple(found)


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

    rows = [
        {
            "text": q.text,
            "speaker": q.speaker,
            "speaker_as_written": q.speaker_as_written,
            "speaker_type": q.speaker_type,
            "gender": q.gender,
            "gender_evidence": q.gender_evidence,
            "cue": q.cue,
            "rule": q.rule,
            "kind": q.kind,
            "words": q.words,
            "paragraph": q.paragraph,
            "start": q.start,
            "end": q.end,
            "parts": [{"start": p.start, "end": p.end} for p in q.parts],
            "nested": [n.text for n in q.nested],
            "unclosed": q.unclosed,
        }
        for q in quotes(article, gazetteer=gazetteer)
    ]
    columns = [
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
    ]
    return pd.DataFrame(rows, columns=columns)


def speaker_table(article: Article, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Who speaks and how much: one row per speaker, the most quoted words first.

    Titles are left out (nobody speaks them); quotes with no resolved speaker
    are counted under ``None``.

    Returns:
        Columns ``speaker``, ``speaker_type``, ``gender``, ``quotes``,
        ``words``, ``share`` (of all quoted words) and ``first_paragraph``.

    >>> import newskit as nk
    >>> a = nk.load("data/articles/asma-al-assad-interview.txt")
    >>> speaker_table(a)[["speaker", "quotes", "words"]].to_dict("records")[:2]
    [{'speaker': 'Asma al-Assad', 'quotes': 1, 'words': 73},
     {'speaker': 'United States', 'quotes': 1, 'words': 4}]
    """
    import pandas as pd

    spoken = [q for q in quotes(article, gazetteer=gazetteer) if q.kind != "title"]
    total = sum(q.words for q in spoken)
    rows: dict[str | None, dict[str, object]] = {}
    for q in spoken:
        row = rows.setdefault(
            q.speaker,
            {
                "speaker": q.speaker,
                "speaker_type": q.speaker_type,
                "gender": q.gender,
                "quotes": 0,
                "words": 0,
                "first_paragraph": q.paragraph,
            },
        )
        row["quotes"] = int(str(row["quotes"])) + 1
        row["words"] = int(str(row["words"])) + q.words
    frame = pd.DataFrame(
        list(rows.values()),
        columns=["speaker", "speaker_type", "gender", "quotes", "words", "first_paragraph"],
    )
    frame.insert(5, "share", frame["words"] / total if total else float("nan"))
    frame = frame.sort_values(["words", "first_paragraph"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)
