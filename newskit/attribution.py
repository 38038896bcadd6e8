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
quote with several parts. Who the attribution names ("she", "the ministry",
"Mrs Al-Assad") is :mod:`newskit.speakers`' work. Reported speech (speech verbs
outside quote marks) is found here too, by the same means.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newskit.quotemarks import QUOTE_MARKS, ScannedQuote
from newskit.speakers import (
    _VERB,
    NOBODY,
    SPEECH_VERBS,
    Attribution,
    Rule,
    _clause_subject,
    _Context,
    _person_or_group,
    _sentence_subject,
    _speech_verbs,
)
from newskit.tokens import NEWS_ABBREVIATIONS

if TYPE_CHECKING:
    from newskit.article import Article
    from newskit.gazetteer import Gazetteer


_AUX = (
    r"(?:(?:has|have|had|also|then|later|again|once|previously|would|will|has\s+also"
    r"|(?-i:[a-z]+ly))\s+)*"  # an adverb in lower case: not the "Tully" of "Mr Tully said"
)

_MARKS = re.escape(QUOTE_MARKS)

# After the quote: ",’ she said", "” Smith told reporters", ", said Smith", "” – Smith".
# A speaker's words may hold apostrophes ("the company's chief executive"), not quote marks.
_APOSTROPHE = r"(?<=\w)['’](?=\w)"

# Not a new clause: "…», and Imboden said her group would …" is Imboden's own sentence.
_AFTER_SUBJECT = re.compile(
    rf"^[\s,;]*+(?!(?:and|but|while|as|so|yet)\s)"
    rf"(?P<who>(?:[^{_MARKS}.!?;:]|{_APOSTROPHE}){{1,90}}?)\s+{_AUX}(?P<verb>{_VERB})\b",
    re.I,
)

# "said Peskov", "said a spokeswoman", "said he": a name, a described someone or a pronoun
# follows, not a clause ("adding that the vote was …").
_AFTER_INVERTED = re.compile(
    rf"^[\s,;]*+(?P<verb>{_VERB})\s+"
    rf"(?=(?-i:[A-Z])|(?:a|an|the|his|her|its|their|he|she)\s)"
    rf"(?P<who>(?:[^{_MARKS}]|{_APOSTROPHE}){{1,90}})",
    re.I,
)

# A noun and the pronoun of a relative clause on it: "a phrase she later wrote".
_OBJECT_RELATIVE = re.compile(r"(?:a|an|the|words|one)\s+(?:[a-z]+\s+)?(?:she|he|they|we|I)\b")

# A name after "said" that a verb follows: the said clause's subject, not the speaker.
_CLAUSE_GOES_ON = re.compile(r"^[^,]*,\s+[A-Z][\w’'-]*,\s+(?:used|had|was|were|would|has|is)\b")

_AFTER_DASH = re.compile(rf"^\s*[–—-]\s*(?P<who>(?:[^{_MARKS}]|{_APOSTROPHE}){{1,60}})")

_ACCORDING = re.compile(rf"\baccording to\s+(?P<who>(?:[^{_MARKS}]|{_APOSTROPHE}){{1,90}})", re.I)

# Before the quote: "She explained: ", "Smith told the BBC: ", "He said, ".
# The words after a quote, tried in this order: "…,” said X", "…,” X said", "…, according to X".
_AFTER_RULES: tuple[tuple[re.Pattern[str], Literal["first", "last"], Rule], ...] = (
    (_AFTER_INVERTED, "first", "after"),
    (_AFTER_SUBJECT, "last", "after"),
    (_ACCORDING, "first", "according to"),
)

_LEAD_IN = re.compile(
    rf"\b(?P<verb>{_VERB})\b(?P<rest>(?:[^{_MARKS}.!?:]|{_APOSTROPHE}){{0,60}}?)\s*[:,]\s*$", re.I
)

# Verbs joined to an earlier one share its subject: "said … and called it ‘…’".
_COORDINATED = re.compile(
    r"\b(?:and|but|then|before|after|while)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:would|will|could|should|had|has|have|was|were|is|did)\s+(?:not\s+)?)?$"
)

# "… but that", "… and that": a second clause reported by the same verb.
_THAT_AGAIN = re.compile(r"\b(?:and|but)\s+that\b")

# A headline's quote, a colon and who it is: "“…”: the nurse who became a novelist".
_COLON_DESCRIPTION = re.compile(r"\s*:\s+(?:the|a|an)\s+[a-z]")

_SENTENCE_BREAK = re.compile(r"(\w*)[.!?]\s+\S")

_OPEN_ENDINGS = (",", "?", "!", "…", "—", "–", "-", ":")

_SET_OFF = (",", "—", "–", "-", ";")

# Words before a quote that make it a name or a term, not speech.
_TITLE_CUE = re.compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|titled|entitled|known as(?: an?| the)?"
    r"|the words?|the phrase|the term|the slogan|the hashtag)[\s,]*$"
    # "The flight, called “First Light,” will …": a name given, set off by commas
    # (not "its president, Jérôme Fournier, called «…»": someone called it that)
    r"|\b(?-i:[a-z]+),\s*(?:called|named)\s*$",
    re.I,
)

_TITLE_NOUN = re.compile(
    r"\b(?:song|single|album|book|novel|memoir|film|movie|play|show|series|programme|program"
    r"|documentary|poem|track|hit|report|campaign|exhibition|opera|musical|podcast)[\s,]*$",
    re.I,
)

_MINOR_WORDS = frozenset("a an the and or of in on at to for with from by nor but as".split())


def is_title(article: Article, quote: ScannedQuote) -> bool:
    """Whether a quotation names something (a song, a book, a so-called term) rather than speech.

    It follows "so-called", "dubbed", "the term"…; or it is a short run of
    capitalised words with no closing punctuation inside the writer's sentence
    (“Paper Boats”), or one right after a word such as "film" or "song".

    >>> import newskit as nk
    >>> from newskit.quotemarks import scan_quotes
    >>> a = nk.from_text("The so-called ‘red list’ grew. She sang “Harbour Wall” twice.",
    ...                  headline=False)
    >>> [is_title(a, q) for q in scan_quotes(a)]
    [True, True]
    """
    text = article.text
    opening = quote.start - 1
    lead_from = max(0, opening - 40, text.rfind("\n", max(0, opening - 40), opening) + 1)
    if _TITLE_CUE.search(text, lead_from, opening):
        return True
    words = quote.text.split()
    if len(quote.parts) > 1 or not words or len(words) > 6 or quote.text.rstrip()[-1] in ".,!?:;":
        return False
    capitalised = all(w[0].isupper() or w[0].isdigit() or w in _MINOR_WORDS for w in words)
    if not capitalised or not words[0][0].isupper():
        return False
    lead = text[lead_from:opening].rstrip()
    mid_sentence = bool(lead) and not lead.endswith((".", "!", "?", ":"))
    return (mid_sentence and len(words) > 1) or bool(_TITLE_NOUN.search(text, lead_from, opening))


def _with(found: Attribution | None, cue: str, cue_start: int, rule: Rule) -> Attribution | None:
    if found is None:
        return None
    return Attribution(
        found.entity, found.as_written, cue, cue_start, rule, found.gender, found.gender_evidence
    )


def _ending(quoted: str) -> str:
    """A quote's text without a nested quote's closing marks at its end ("…, 'we failed,'")."""
    return quoted.rstrip().rstrip(QUOTE_MARKS).rstrip()


def _window_end(ctx: _Context, close_at: int, limit: int) -> int:
    """Where the words after a closing mark stop: the end of the sentence they begin."""
    text = ctx.article.text
    j = close_at
    while j < limit and text[j].isspace():
        j += 1
    return min(limit, max(ctx.sentence(j)[1], close_at)) if j < limit else close_at


def _after(ctx: _Context, begin: int, end: int, quoted: str, *, alone: bool) -> Attribution | None:
    """Rules 1 and 2 on the words after the quote (``text[begin:end]``).

    The words after a quote attribute it only when they are set off from it:
    the quote ends in a comma, question mark or dash (",’ she said"), a comma
    or dash follows the closing mark ("…’, according to X"), or a quote that
    is a sentence of its own is followed by its speaker (“…off.” Kowalczyk,
    the chief executive, said).
    """
    text = ctx.article.text
    window = text[begin:end]
    if ctx.in_headline(begin) and _COLON_DESCRIPTION.match(window):
        # "“Thirty years of nights gave me this book”: the nurse who became a novelist"
        # and then "For 34 years Joan Mallory worked nights …": the person the story opens with
        first = ctx.opening_someone(begin)
        if first is not None:
            colon = begin + window.index(":")
            written = text[colon + 1 : end].strip()
            return _with(Attribution(first, written, "", -1, "", first.gender), ":", colon, "colon")
    ending = _ending(quoted)
    set_off = ending.endswith(_OPEN_ENDINGS) or window.lstrip().startswith(_SET_OFF)
    if not set_off and not (alone and ending.endswith(".") and window[:1].isspace()):
        return None
    for pattern, nearest, rule in _AFTER_RULES:
        match = pattern.search(window) if rule == "according to" else pattern.match(window)
        if match is None:
            continue
        if pattern is _AFTER_SUBJECT and _OBJECT_RELATIVE.match(match.group("who")):
            continue  # "…”, a phrase she later wrote on a card": not who said it
        if rule == "after" and _CLAUSE_GOES_ON.search(match.group("who")):
            continue  # "…,” said his late wife, Carol, used to call it …": what he said
        who = _person_or_group(
            ctx, begin + match.start("who"), begin + match.end("who"), nearest=nearest
        )
        cue = "according to" if rule == "according to" else match.group("verb")
        cue_at = begin + (match.start() if rule == "according to" else match.start("verb"))
        result = _with(who, cue, cue_at, rule)
        if result is not None or rule == "according to":
            return result
    dash = _AFTER_DASH.match(window)
    if dash:
        found = _person_or_group(
            ctx, begin + dash.start("who"), begin + dash.end("who"), nearest="first"
        )
        if found is not None and found.entity is not None:
            return _with(found, "–", begin + dash.start(), "after")
    return None


# What may follow "X said" at the end of a sentence: when and where, or "adding that …".
_CLAUSE_END = re.compile(
    r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later|recently)\b[^,.;:!?]*)?"
    r"(?:,\s+(?:adding|saying|noting|arguing|warning|insisting|stressing)\b[^.!?]*)?"
    r"[.!?]?\s*$"
)


def _sentence_final(ctx: _Context, close_at: int, limit: int) -> Attribution | None:
    """A quote inside the writer's sentence whose last clause names the speaker.

    "The scheme was ‘a disaster’ for the city, Ms Ruiz said." and "…, said Ms Ruiz,
    adding that …": the speaker of a partial quote, at the end of its sentence.
    """
    text = ctx.article.text
    end = _window_end(ctx, close_at, limit)
    tail = text[close_at:end]
    for comma in (i for i, c in enumerate(tail) if c == ","):
        clause = tail[comma:]  # the patterns are anchored at the start of the words after
        at = close_at + comma
        tries: tuple[tuple[re.Pattern[str], Literal["first", "last"]], ...] = (
            (_AFTER_SUBJECT, "last"),
            (_AFTER_INVERTED, "first"),
        )
        for pattern, nearest in tries:
            match = pattern.match(clause)
            if match is None:
                continue
            if pattern is _AFTER_SUBJECT:
                if not _CLAUSE_END.fullmatch(clause, match.end("verb")):
                    continue
                who_end = match.end("who")
            else:  # inverted: the name runs to where the clause ends
                stop = _CLAUSE_END.search(clause, match.start("who"))
                who_end = stop.start() if stop else match.end("who")
            who = _person_or_group(ctx, at + match.start("who"), at + who_end, nearest=nearest)
            if who is not None and who.entity is not None:
                verb_at = at + match.start("verb")
                return _with(who, match.group("verb"), verb_at, "end of sentence")
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
    tail = window.rstrip()
    lead = _LEAD_IN.search(window, max(0, len(tail) - 90)) if tail.endswith((":", ",")) else None
    while lead is not None and (later := _LEAD_IN.search(window, lead.end("verb"))) is not None:
        lead = later  # "Asked why he had not seen Oliver, he said:": the last verb
    rule: Rule
    if lead:
        (verb, verb_stop), rule = lead.span("verb"), "colon"
    else:
        verbs = [(a - begin, b - begin) for a, b in _speech_verbs(text, begin, end)]
        if not verbs:
            if window.rstrip().endswith(":"):
                # "Kowalski had one request for customers: ‘…’": the sentence's subject;
                # "She put it simply:", "The department's advice was blunt:" too.
                colon = begin + len(window.rstrip()) - 1
                found = _sentence_subject(ctx, begin, colon)
                if found is None and not ctx.in_headline(begin):  # a headline's is named later
                    found = _clause_subject(ctx, begin, colon)
                elif found is None and (first := ctx.opening_someone(begin)) is not None:
                    # "The Jersey beekeeper who hunts hornets: ‘…’" and then "Yvonne Le
                    # Maistre keeps 30 hives …": the person the story opens with
                    found = Attribution(first, text[begin:colon].strip(), "", -1, "", first.gender)
                return _with(found, ":", colon, "colon")
            return None
        (verb, verb_stop), rule = verbs[-1], "verb before"
    verb_at, verb_end = begin + verb, begin + verb_stop
    cue = text[verb_at:verb_end]
    subject_end = verb_at
    if cue.endswith("ing") and text[begin:verb_at].rstrip().endswith(","):
        # "COAG warned that harvests in Granada could fall, describing the season as
        # ‘…’": a participle shares the subject of the verb before it
        earlier = _speech_verbs(text, begin, verb_at)
        if earlier:
            subject_end = earlier[-1][0]
    found = _subject(ctx, begin, subject_end)
    earlier = _speech_verbs(text, begin, verb_at) if rule == "verb before" else []
    if found is not None and found.as_written and earlier:
        # "The FAA … said Arcturus had not asked to change its licence and that no
        # change was needed “at this stage”": Arcturus opens what the FAA said
        opens = re.match(
            r"\s+(?:that\s+)?" + re.escape(found.as_written), text[earlier[-1][1] : verb_at]
        )
        outer = _subject(ctx, begin, earlier[-1][0]) if opens else None
        if outer is not None and outer.entity is not None:
            found, verb_at, verb_end = outer, earlier[-1][0], earlier[-1][1]
            cue = text[verb_at:verb_end]
    if rule == "verb before" and (found is None or found.entity is None):
        # "Solidarity … said its members had complained ‘…’": the reported clause's
        # subject names no one; the verb that reports it does
        earlier = _speech_verbs(text, begin, verb_at)
        if earlier:
            outer = _subject(ctx, begin, earlier[-1][0])
            if outer is not None and outer.entity is not None:
                found, verb_at, verb_end = outer, earlier[-1][0], earlier[-1][1]
                cue = text[verb_at:verb_end]
    before_verb = text[begin:verb_at].rstrip()
    inverted = not before_verb or before_verb.endswith((",", ";", "—", "–"))
    if inverted and (named := _person_right_after(ctx, verb_end)) is not None:
        found = named  # "… in three years, said James Halliwell, a buyer": the name after
    elif inverted and (found is None or (found.entity is None and not ctx.within(begin, verb_at))):
        # "…, said Trevor Hale, an analyst at Clearwater, and “…": the name after the verb
        # (but not in "The judge said Mr Whitlock had ‘…’", where the judge speaks).
        after = _person_or_group(ctx, verb_end, end, nearest="first")
        if after is not None and after.entity is not None:
            found = after
    return _with(found, cue, verb_at, rule)


def _person_right_after(ctx: _Context, verb_end: int) -> Attribution | None:
    """The person named right after a verb ("said James Halliwell"), if one is."""
    text = ctx.article.text
    named = ctx.within(verb_end, verb_end + 80)
    if not named or text[verb_end : named[0].start] != " " or named[0].type != "PERSON":
        return None
    if text[named[0].end : named[0].end + 1] not in (",", ".", ";", ""):
        return None  # "said Smith’s lawyer", "said Kowalczyk had …": someone else speaks
    return _person_or_group(ctx, verb_end, named[0].end, nearest="first")


def _subject(ctx: _Context, begin: int, verb_at: int) -> Attribution | None:
    """The speaker before a verb: "She explained", "Smith, who …, said", "the company said".

    A verb joined to an earlier one shares its subject: in "X said … and warned",
    the subject of "said"; in "X rang me from Lagos and said", the clause's
    first name, not the place.
    """
    text = ctx.article.text
    while joined := _COORDINATED.search(text, begin, verb_at):
        earlier = _speech_verbs(text, begin, verb_at)
        if not earlier:
            first = _clause_subject(ctx, begin, joined.start())
            if first is not None:
                return first
            break
        verb_at = earlier[-1][0]  # the subject of the first verb of the chain
    return _person_or_group(ctx, begin, verb_at, nearest="last")


_LEAD_LOOK_BACK = 400  # characters before a quote searched for its speech verb


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
    ctx = _Context(article, gazetteer, quoted=[p for q in scanned for p in q.parts])
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
    last_spoken: ScannedQuote | None = None  # the last quote someone was found to speak
    i = 0
    while i < len(quotes):
        quote = quotes[i]
        if is_title(article, quote):
            result.append((quote, NOBODY))
            i += 1
            continue
        close_at = quote.end + (0 if quote.unclosed else 1)
        limit = after_end(i)
        lead = text[units[unit_of(quote.start)].start : quote.start - 1].rstrip()
        alone = not lead or lead.endswith((".", "!", "?", ":"))
        found = None
        comma_lead = lead.endswith(",") and _said_comma(lead)
        if lead.endswith(":") or comma_lead:  # "Owain Rees said: “…” The NUJ said…"
            found = _before(
                ctx,
                max(units[unit_of(quote.start)].start, ctx.sentence(quote.start - 1)[0]),
                quote.start - 1,
            )
        if found is None:
            found = _after(
                ctx, close_at, _window_end(ctx, close_at, limit), quote.text, alone=alone
            )
        following = quotes[i + 1] if i + 1 < len(quotes) else None
        # A quote interrupted only by its attribution: join the next part (not after
        # "…said, ‘…?’ I told him, ‘…’": a quote with its lead-in, then another one's).
        if (
            found is not None
            and not comma_lead
            and following is not None
            and following.start - 1 == limit
            and _only_attribution(text, close_at, limit)
            and _ending(quote.text)[-1:] in ",.?!…—–-"
            and _after(ctx, following.end + 1, after_end(i + 1), following.text, alone=False)
            is None
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
            previous_close = last_spoken.end + 1 if last_spoken else 0
            begin = max(
                units[unit_of(quote.start)].start,
                ctx.sentence(quote.start - 1)[0],
                previous_close,
                quote.start - 1 - _LEAD_LOOK_BACK,  # a run of quotes in one endless sentence
            )
            found = _before(ctx, begin, quote.start - 1)
            sentence_start = max(
                units[unit_of(quote.start)].start, ctx.sentence(quote.start - 1)[0]
            )
            same_sentence = previous_close > sentence_start
            if last_spoken is None:
                pass
            elif same_sentence and found is None:
                # "…said the consultation was ‘a box-ticking exercise’ that gave residents
                # ‘no real chance’": the same speaker, in the same sentence.
                found = _previous(result, last_spoken)
            elif (
                same_sentence
                and found is not None
                and (
                    (found.entity is None and _COORDINATED.search(text, begin, found.cue_start))
                    or _THAT_AGAIN.search(text, begin, found.cue_start)
                )
            ):
                # "…said he was ‘disappointed’ and called the judgment ‘…’": the same subject;
                # "…said it had “no objection” but that the closures had added “…”": a
                # second clause of what the same speaker said.
                earlier = _previous(result, last_spoken)
                if earlier is not None:
                    found = Attribution(
                        earlier.entity,
                        earlier.as_written,
                        found.cue,
                        found.cue_start,
                        found.rule,
                        earlier.gender,
                        earlier.gender_evidence,
                    )
        if found is None:
            found = _sentence_final(ctx, close_at, limit)
        opens_paragraph = not text[units[unit_of(quote.start)].start : quote.start - 1].strip()
        if found is None and opens_paragraph and unit_of(quote.start) > first_body:
            # "She told the board on Tuesday:" ending the paragraph before.
            lead_in = units[unit_of(quote.start) - 1]
            if lead_in.text.rstrip().endswith(":"):
                lead_from = max(lead_in.start, ctx.sentence(lead_in.end - 1)[0])
                found = _before(ctx, lead_from, lead_in.end)
        if found is None and result and opens_paragraph:
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
        if found is not None and found is not NOBODY:
            last_spoken = quote
        i += 1
    return result


def _previous(
    result: list[tuple[ScannedQuote, Attribution]], quote: ScannedQuote
) -> Attribution | None:
    """The attribution given to ``quote`` earlier, if it had one."""
    for earlier, who in reversed(result):
        if earlier is quote:
            return who if who.rule else None
    return None


def _said_comma(lead: str) -> bool:
    """Whether a lead-in ends with a speech verb and a comma: "…rang me and said,"."""
    found = _LEAD_IN.search(lead, max(0, len(lead) - 40))
    return found is not None and len(found.group("rest").split()) <= 2


def _only_attribution(text: str, begin: int, end: int) -> bool:
    """Whether the words between two quotes are just "she said" and punctuation."""
    whole = text[begin:end].rstrip()
    gap = whole.strip(" ,.;–—-\n")
    words = gap.split()
    return (
        0 < len(words) <= 30  # "said O’Shea, who grew up in Armley, …"
        # set off from the next part: not "said his wife used to call the diner ‘…’"
        and (
            whole.endswith((",", ".", ":", ";", "–", "—"))
            or gap.split()[-1].lower() in SPEECH_VERBS
        )
        and bool(_speech_verbs(gap, 0, len(gap)))
        # not "she said. She called the cuts" (but "said Dr. Amelia Chen" is fine)
        and all(
            len(m.group(1)) == 1 or m.group(1).lower() in NEWS_ABBREVIATIONS
            for m in _SENTENCE_BREAK.finditer(gap)
        )
    )


_REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|called|calls|urged|urges|warned|warns|reported"
    r"|wrote|writes|cautioned|testified|claimed|claims|insisted|insists|argued|argues"
    r"|stressed|admitted|denied|denies|announced|predicted|promised|vowed|pledged|denounced"
    r"|denounces|described|describes|describing|accused|accuses|accusing|adding|calling"
    r"|reminded|hailed)\b"
    r"|\baccording to\b",
    re.I,
)

# Not reporting speech after the verb: a participle ("Sheriff Accused of …", "microbes
# described so far") or a name ("a group calling itself Black Lantern").
_NOT_REPORTING_AFTER = re.compile(
    r"(?<=accused|Accused|ACCUSED)\s+of\b|(?<=described)\s+(?:so far|by|here|above|below)\b"
    r"|(?<=calling)\s+(?:itself|themselves|himself|herself)\b"
)

# Not reporting speech: "so-called", "the said", "was announced by", "was not told",
# "to be asked, not told".
_NOT_REPORTING_BEFORE = re.compile(
    r"(?:so-|\bthe\s+|\b(?:was|were|been|being|is|are|be)\s+(?:not\s+|never\s+)?"
    r"(?:[a-z]+ly\s+)?|,\s+not\s+)$",
    re.I,
)

# The same words as nouns, or writing that is no speech: "two calls from", "its calls",
# "no say in either", "too early to say", "a song she wrote".
_NOT_SPEECH_BEFORE = {
    "calls": re.compile(
        r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|its|their"
        r"|our|his|her|my|your|extra|more|many|few|no|any|some|these|those|of|phone|emergency)"
        r"\s+$",
        re.I,
    ),
    "say": re.compile(
        r"\b(?:a|no|any|little|final|more|real|greater|(?:early|soon|hard|difficult)\s+to)\s+$",
        re.I,
    ),
    "wrote": re.compile(
        r"\b(?:song|songs|book|books|novel|novels|poem|poems|play|plays|script|music|phrase)"
        r"\s+(?:that\s+|which\s+)?(?:she|he|they|I|we|you)\s+(?:[a-z]+ly\s+)?$"
        r"|\bI\s+(?:just\s+)?$",
        re.I,
    ),
}


@dataclass(frozen=True, slots=True)
class Reported:
    """A speech verb reporting what someone said in the writer's own words.

    Attributes:
        start, end: the cue's offsets ("said", "according to").
        clause_start, clause_end: the sentence the cue is in.
        attribution: who said it.
    """

    start: int
    end: int
    clause_start: int
    clause_end: int
    attribution: Attribution

    @property
    def cue_text(self) -> str:
        """The cue as written."""
        return self.attribution.cue


# A participle opening a clause after a comma: "…, adding", "…, calling".
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*$")

_PRONOUN_NEXT = re.compile(r"\s+(?:that\s+)?(?:it|he|she|they)\b")

# Verbs whose next name is the one spoken to, never the speaker: "told the agency that".
_TAKES_A_LISTENER = frozenset(
    "told tells tell asked asks urged urges warned warns reminded assured informed promised "
    "called calls".split()
)


def reported_speech(
    article: Article,
    quoted: list[tuple[ScannedQuote, Attribution]],
    gazetteer: Gazetteer | None = None,
) -> list[Reported]:
    """Reported (indirect) speech: speech verbs outside quotes, with their speakers.

    A verb that introduces a full quote ("said:", "she said" after one) is the
    quote's, not reported speech; a clause that holds a partial quote is both.

    >>> import newskit as nk
    >>> from newskit.quotemarks import scan_quotes
    >>> a = nk.from_text("Mrs Ruth Kay said she would stay. “No,” she said.", headline=False)
    >>> q = attribute(a, scan_quotes(a))
    >>> [(a.text[r.start:r.end], r.attribution.entity.name) for r in reported_speech(a, q)]
    [('said', 'Ruth Kay')]
    """
    ctx = _Context(article, gazetteer)
    text = article.text
    inside: list[tuple[int, int]] = []
    full_cues: set[int] = set()
    for quote, speaker in quoted:
        inside += [(p.start - 1, p.end + 1) for p in quote.parts]
        if speaker.rule in ("after", "colon", "continuation") and speaker.cue_start >= 0:
            full_cues.add(speaker.cue_start)
    inside.sort()
    starts = [s for s, _ in inside]
    found: list[Reported] = []
    for unit_start, unit_end in zip(ctx.unit_starts, ctx.unit_ends, strict=True):
        for match in _REPORTING.finditer(text, unit_start, unit_end):
            at = match.start()
            i = bisect.bisect_right(starts, at) - 1
            if (i >= 0 and at < inside[i][1]) or at in full_cues:
                continue
            if _NOT_REPORTING_BEFORE.search(
                text, max(unit_start, at - 24), at
            ) or _NOT_REPORTING_AFTER.match(text, match.end()):
                continue
            not_speech = _NOT_SPEECH_BEFORE.get(match.group(0).lower())
            if not_speech is not None and not_speech.search(text, max(unit_start, at - 40), at):
                continue
            rest = text[match.end() : unit_end]
            named = match.group(0).lower() in ("called", "calls") and rest[1:2].isupper()
            if rest.lstrip().startswith(":") or named:
                continue  # a lead-in to a quote, or "a firm called Acme"
            cue = match.group(0)
            if cue.lower() == "according to":
                who = _person_or_group(ctx, match.end(), unit_end, nearest="first")
            else:
                who = _subject(ctx, unit_start, at)
                inverted = text[unit_start:at].rstrip().endswith((",", ";", "—", "–"))
                if inverted and (right_after := _person_right_after(ctx, match.end())) is not None:
                    who = right_after
                elif (
                    (who is None or (who.entity is None and not ctx.within(unit_start, at)))
                    and cue.lower() not in _TAKES_A_LISTENER  # "had told the ITIA that": listener
                    # "The ruling said the supplement’s Portuguese maker had": the name after
                    # a verb with words before it opens what was said (but "which the
                    # district says it will offer": "it" is who says so)
                    and (
                        inverted
                        or not text[unit_start:at].strip()
                        or _PRONOUN_NEXT.match(text, match.end()) is not None
                    )
                ):
                    after = _person_or_group(ctx, match.end(), unit_end, nearest="first")
                    if after is not None and after.entity is not None:
                        who = after
            earlier = found[-1] if found and found[-1].clause_start == unit_start else None
            if (
                earlier is not None
                and cue.lower().endswith("ing")
                and _PARTICIPLE_AFTER_COMMA.search(text, earlier.end, at)
            ):
                # "COAG warned that harvests could fall, describing the season as …":
                # whoever spoke in the sentence's main clause
                who = earlier.attribution
            attribution = _with(who, cue, at, "verb before") or Attribution(
                None, "", cue, at, "verb before"
            )
            found.append(Reported(at, match.end(), unit_start, unit_end, attribution))
    return found
