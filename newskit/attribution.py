"""Who said it: speakers for direct quotes, by rules in a fixed order.

For each quotation found by :mod:`newskit.quotemarks`, the words around it are
read in this order, and the first rule that fires gives the speaker, the cue
and the rule's name:

1. ``after``: the attribution after the quote, subject first or inverted
   ("…,’ she said", "…,” said Dmitry Peskov", "…” – Smith").
2. ``according to``: "according to X", after or before the quote.
3. ``colon``: a lead-in ending in a colon or a comma ("She explained: ‘…",
   "He said, “…").
4. ``verb before``: a speech verb earlier in the sentence, for quotes embedded
   in the writer's sentence ("denounced the account as ‘…’", "Russia says
   ‘goodwill’ is…", "called it ‘…’").
5. ``continuation``: a paragraph that opens with a quote and has no
   attribution of its own continues the speaker of the paragraph before.

A quote interrupted only by its own attribution ("‘…,’ she said, ‘…’") is one
quote with several parts. The speaker is resolved with the entities: a name
becomes its entity ("Mrs Al-Assad" is Asma al-Assad), "she"/"he" the last
person of that gender named before, "the company"/"the ministry" the last
organisation, "a spokeswoman for X" X. What the text wrote is kept too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newskit.entities import Entity, Mention, entity_before, mentions
from newskit.names import Gender
from newskit.quotemarks import QUOTE_MARKS, ScannedQuote
from newskit.tokens import NEWS_ABBREVIATIONS

if TYPE_CHECKING:
    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

Rule = Literal["after", "according to", "colon", "verb before", "continuation", "split", ""]

_VERB_FORMS = """
    say says said saying tell tells told telling add adds added explain explains explained
    insist insists insisted argue argues argued warn warns warned write writes wrote
    claim claims claimed note notes noted stress stresses stressed recall recalls recalled
    admit admits admitted reply replies replied ask asks asked continue continues continued
    declare declares declared announce announces announced acknowledge acknowledges
    acknowledged confirm confirms confirmed urge urges urged suggest suggests suggested
    concede concedes conceded call calls called describe describes described denounce
    denounces denounced brand brands branded label labels labelled labeled promise promises
    promised vow vows vowed pledge pledges pledged predict predicts predicted caution
    cautions cautioned complain complains complained comment comments commented remark
    remarks remarked observe observes observed shout shouts shouted chant chants chanted
    joke jokes joked tweet tweets tweeted respond responds responded counter counters
    countered agree agrees agreed boast boasts boasted lament laments lamented reiterate
    reiterates reiterated demand demands demanded emphasise emphasises emphasised emphasize
    emphasizes emphasized maintain maintains maintained conclude concludes concluded
    reveal reveals revealed tells whisper whispers whispered sing sings sang cry cries cried
    laugh laughs laughed plead pleads pleaded protest protests protested
    """.split()
SPEECH_VERBS = frozenset(_VERB_FORMS)

_VERB = "(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + ")"
_AUX = (
    r"(?:(?:has|have|had|also|then|later|again|once|previously|would|will|has\s+also|[a-z]+ly)\s+)*"
)
_MARKS = re.escape(QUOTE_MARKS)
# After the quote: ",’ she said", "” Smith told reporters", ", said Smith", "” – Smith".
_AFTER_SUBJECT = re.compile(
    rf"^[\s,;]*(?P<who>[^{_MARKS}.!?;:]{{1,90}}?)\s+{_AUX}(?P<verb>{_VERB})\b", re.I
)
_AFTER_INVERTED = re.compile(rf"^[\s,;]*(?P<verb>{_VERB})\s+(?P<who>[^{_MARKS}]{{1,90}})", re.I)
_AFTER_DASH = re.compile(rf"^\s*[–—-]\s*(?P<who>[^{_MARKS}]{{1,60}})")
_ACCORDING = re.compile(rf"\baccording to\s+(?P<who>[^{_MARKS}]{{1,90}})", re.I)
# Before the quote: "She explained: ", "Smith told the BBC: ", "He said, ".
_LEAD_IN = re.compile(rf"(?P<verb>{_VERB})\b(?P<rest>[^{_MARKS}.!?:]{{0,60}}?)\s*[:,]\s*$", re.I)
_VERB_ANYWHERE = re.compile(rf"\b{_VERB}\b", re.I)

_PRONOUN = re.compile(r"\b(she|he|it|they)\b", re.I)
_DESCRIPTION = re.compile(
    r"\b(?:the|its|a|an)\s+(?:[a-z-]+\s+)?(company|firm|group|bank|airline|ministry|department"
    r"|agency|council|government|club|union|party|board|trust|charity|retailer|regulator"
    r"|watchdog|court|university|hospital|school|authority|commission|committee|foundation"
    r"|institute|network|broadcaster|newspaper|service|office|team|league|federation"
    r"|association|operator|insurer|carrier|chain|maker|manufacturer|developer|lender"
    r"|bureau|organisation|organization|campaign|force|police|miner|utility)\b",
    re.I,
)
_SPOKESPERSON = re.compile(r"\b(?:spokes(?:man|woman|person)|representative|statement)\b", re.I)
_SENTENCE_BREAK = re.compile(r"(\w*)[.!?]\s+\S")
_OPEN_ENDINGS = (",", "?", "!", "…", "—", "–", "-", ":")
_SET_OFF = (",", "—", "–", "-", ";")
_WORDS = re.compile(r"[^\s,.;:!?–—-]+(?:[\s'’-]+[^\s,.;:!?–—-]+)*")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quote's words belong to, and how that was decided.

    Attributes:
        entity: the speaker's entity, when the speaker could be resolved.
        as_written: the words the text uses for the speaker ("She", "Mrs Al-Assad").
        cue: the speech verb or phrase ("explained", "according to").
        cue_start: where the cue is (-1 when there is none).
        rule: which rule fired (see the module docs), "" when none did.
        gender: the speaker's gender where the text states it.
        gender_evidence: how the gender is known ("Mrs (paragraph 4)", "pronoun: she").

    >>> Attribution(None, "officials", "said", 40, "after").rule
    'after'
    """

    entity: Entity | None
    as_written: str
    cue: str
    cue_start: int
    rule: Rule
    gender: Gender = "unknown"
    gender_evidence: str = ""


NOBODY = Attribution(None, "", "", -1, "")


class _Context:
    """An article's mentions and sentence bounds, indexed for the windows around quotes."""

    def __init__(self, article: Article, gazetteer: Gazetteer | None) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.mentions: tuple[Mention, ...] = mentions(article, gazetteer=gazetteer)
        self.starts = [m.start for m in self.mentions]
        self.by_name: dict[tuple[str, str], Entity] = {}
        from newskit.entities import entities

        for e in entities(article, gazetteer=gazetteer):
            self.by_name[(e.type, e.name)] = e
        units = [article.headline] if article.headline else []
        self.units = [*units, *article.sentences]
        self.unit_starts = [u.start for u in self.units]

    def entity(self, mention: Mention) -> Entity | None:
        return self.by_name.get((mention.type, mention.entity))

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def sentence(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        if i < 0:
            return offset, offset
        unit = self.units[i]
        return unit.start, unit.end


def _person_or_group(
    ctx: _Context, start: int, end: int, *, nearest: Literal["first", "last"]
) -> Attribution | None:
    """The speaker named in ``text[start:end]``: a name, a pronoun or a description."""
    text = ctx.article.text
    region = text[start:end]
    # "Lauren Mikkelsen, a retail analyst at GlobalData," : the name before the insert.
    if nearest == "last" and region.rstrip().endswith(","):
        first_comma = region.find(",")
        if first_comma >= 0 and first_comma < len(region.rstrip()) - 1:
            end = start + first_comma
            region = text[start:end]
    found = ctx.within(start, end)
    if found:
        if nearest == "first":
            chosen = found[0]
            # "said Brighton’s technical director, Paul Barber": the person, not the club.
            people = [m for m in found if m.type == "PERSON"]
            if chosen.type != "PERSON" and people and text[chosen.end : chosen.end + 1] in "’'":
                chosen = people[0]
        else:
            chosen = found[-1]
        entity = ctx.entity(chosen)
        if entity is not None:
            return Attribution(
                entity,
                chosen.text,
                "",
                -1,
                "",
                entity.gender,
                "; ".join(entity.evidence),
            )
    pronouns = list(_PRONOUN.finditer(region))
    if pronouns:
        match = pronouns[0] if nearest == "first" else pronouns[-1]
        word = match.group(1).lower()
        at = start + match.start()
        if word in ("she", "he"):
            gender: Gender = "female" if word == "she" else "male"
            entity = entity_before(ctx.article, at, gender=gender, gazetteer=ctx.gazetteer)
            if entity is not None:
                stated = entity.gender if entity.gender != "unknown" else gender
                return Attribution(entity, match.group(1), "", -1, "", stated, f"pronoun: {word}")
            return Attribution(None, match.group(1), "", -1, "", gender, f"pronoun: {word}")
        if word == "it":
            entity = entity_before(ctx.article, at, types="ORG", gazetteer=ctx.gazetteer)
            return Attribution(entity, match.group(1), "", -1, "")
        return Attribution(None, match.group(1), "", -1, "")
    description = _DESCRIPTION.search(region)
    if description:
        at = start + description.start()
        entity = entity_before(ctx.article, at, types="ORG", gazetteer=ctx.gazetteer)
        return Attribution(entity, description.group(0), "", -1, "")
    words = _WORDS.search(region)
    if words and len(words.group(0).split()) <= 6:
        return Attribution(None, words.group(0), "", -1, "")
    return None


def _with(found: Attribution | None, cue: str, cue_start: int, rule: Rule) -> Attribution | None:
    if found is None:
        return None
    return Attribution(
        found.entity, found.as_written, cue, cue_start, rule, found.gender, found.gender_evidence
    )


def _after(ctx: _Context, begin: int, end: int, quoted: str) -> Attribution | None:
    """Rules 1 and 2 on the words after the quote (``text[begin:end]``).

    The words after a quote attribute it only when they are set off from it:
    the quote ends in a comma, question mark or dash (",’ she said"), or a
    comma or dash follows the closing mark ("…’, according to X").
    """
    text = ctx.article.text
    window = text[begin:end]
    if not (quoted.rstrip().endswith(_OPEN_ENDINGS) or window.lstrip().startswith(_SET_OFF)):
        return None
    inverted = _AFTER_INVERTED.match(window)
    if inverted:
        who = begin + inverted.start("who")
        found = _person_or_group(ctx, who, begin + inverted.end("who"), nearest="first")
        result = _with(found, inverted.group("verb"), begin + inverted.start("verb"), "after")
        if result is not None:
            return result
    subject = _AFTER_SUBJECT.match(window)
    if subject:
        found = _person_or_group(
            ctx, begin + subject.start("who"), begin + subject.end("who"), nearest="last"
        )
        result = _with(found, subject.group("verb"), begin + subject.start("verb"), "after")
        if result is not None:
            return result
    according = _ACCORDING.search(window)
    if according:
        found = _person_or_group(
            ctx, begin + according.start("who"), begin + according.end("who"), nearest="first"
        )
        return _with(found, "according to", begin + according.start(), "according to")
    dash = _AFTER_DASH.match(window)
    if dash:
        found = _person_or_group(
            ctx, begin + dash.start("who"), begin + dash.end("who"), nearest="first"
        )
        if found is not None and found.entity is not None:
            return _with(found, "–", begin + dash.start(), "after")
    return None


def _before(ctx: _Context, begin: int, end: int) -> Attribution | None:
    """Rules 2–4 on the words before the quote: ``text[begin:end]``."""
    text = ctx.article.text
    window = text[begin:end]
    according = _ACCORDING.search(window)
    if according:
        found = _person_or_group(
            ctx, begin + according.start("who"), begin + according.end("who"), nearest="first"
        )
        result = _with(found, "according to", begin + according.start(), "according to")
        if result is not None:
            return result
    lead = _LEAD_IN.search(window)
    verbs = list(_VERB_ANYWHERE.finditer(window))
    if lead:
        verb_at = begin + lead.start("verb")
        found = _subject(ctx, begin, verb_at)
        return _with(found, lead.group("verb"), verb_at, "colon")
    if verbs:
        verb = verbs[-1]
        verb_at = begin + verb.start()
        found = _subject(ctx, begin, verb_at)
        return _with(found, verb.group(0), verb_at, "verb before")
    return None


def _subject(ctx: _Context, begin: int, verb_at: int) -> Attribution | None:
    """The speaker before a verb: "She explained", "Smith, who …, said", "the company said"."""
    return _person_or_group(ctx, begin, verb_at, nearest="last")


def attribute(
    article: Article, scanned: tuple[ScannedQuote, ...], gazetteer: Gazetteer | None = None
) -> list[tuple[ScannedQuote, Attribution]]:
    """Each quotation with its speaker; split quotes are joined first.

    Args:
        article: the article.
        scanned: its quotations, as :func:`newskit.quotemarks.scan_quotes` gives them.
        gazetteer: names to use for the entities.

    Returns:
        ``(quote, attribution)`` pairs in text order.

    >>> import newskit as nk
    >>> from newskit.quotemarks import scan_quotes
    >>> a = nk.from_text("Mrs Ruth Kay won. ‘It is late,’ she said, ‘but not too late.’",
    ...                  headline=False)
    >>> [(q.text, who.entity.name, who.cue, who.rule) for q, who in attribute(a, scan_quotes(a))]
    [('It is late, but not too late.', 'Ruth Kay', 'said', 'after')]
    """
    ctx = _Context(article, gazetteer)
    text = article.text
    units = ([article.headline] if article.headline else []) + list(article.paragraphs)
    unit_starts = [u.start for u in units]
    first_body = 1 if article.headline else 0

    def unit_of(offset: int) -> int:
        return max(bisect.bisect_right(unit_starts, offset) - 1, 0)

    def number(offset: int) -> int:
        """The paragraph number (0 for the headline) at an offset."""
        return unit_of(offset) + 1 - first_body

    quotes = list(scanned)

    def after_end(index: int) -> int:
        """Where the words after quote ``index`` stop: its paragraph's end or the next quote."""
        quote = quotes[index]
        limit = units[unit_of(quote.end)].end
        if index + 1 < len(quotes):
            limit = min(limit, quotes[index + 1].start - 1)
        return limit

    result: list[tuple[ScannedQuote, Attribution]] = []
    i = 0
    while i < len(quotes):
        quote = quotes[i]
        close_at = quote.end + (0 if quote.unclosed else 1)
        limit = after_end(i)
        found = _after(
            ctx, close_at, min(limit, max(ctx.sentence(quote.end)[1], close_at)), quote.text
        )
        following = quotes[i + 1] if i + 1 < len(quotes) else None
        # A quote interrupted only by its attribution: join the next part.
        if (
            found is not None
            and following is not None
            and following.start - 1 == limit
            and _only_attribution(text, close_at, limit)
            and quote.text.rstrip()[-1:] in ",.?!…—–-"
            and _after(ctx, following.end + 1, after_end(i + 1), following.text) is None
        ):
            quote = ScannedQuote(
                quote.parts + following.parts,
                quote.opening,
                quote.paragraph,
                quote.nested + following.nested,
                following.unclosed,
            )
            i += 1
        if found is None:
            previous_close = result[-1][0].end + 1 if result else 0
            begin = max(
                units[unit_of(quote.start)].start, ctx.sentence(quote.start - 1)[0], previous_close
            )
            found = _before(ctx, begin, quote.start - 1)
        if (
            found is None
            and result
            and not text[units[unit_of(quote.start)].start : quote.start - 1].strip()
        ):
            previous, who = result[-1]
            if number(previous.end) == quote.paragraph - 1 and who.rule:
                found = Attribution(
                    who.entity,
                    who.as_written,
                    who.cue,
                    who.cue_start,
                    "continuation",
                    who.gender,
                    who.gender_evidence,
                )
        result.append((quote, found or NOBODY))
        i += 1
    return result


def _only_attribution(text: str, begin: int, end: int) -> bool:
    """Whether the words between two quotes are just "she said" and punctuation."""
    gap = text[begin:end].strip(" ,.;–—-\n")
    words = gap.split()
    return (
        0 < len(words) <= 12
        and bool(_VERB_ANYWHERE.search(gap))
        # not "she said. She called the cuts" (but "said Dr. Amelia Chen" is fine)
        and all(
            len(m.group(1)) == 1 or m.group(1).lower() in NEWS_ABBREVIATIONS
            for m in _SENTENCE_BREAK.finditer(gap)
        )
    )
