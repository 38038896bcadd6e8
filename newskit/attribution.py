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

from newskit.entities import Entity, Mention, mentions
from newskit.names import Gender
from newskit.quotemarks import QUOTE_MARKS, ScannedQuote
from newskit.tokens import NEWS_ABBREVIATIONS

if TYPE_CHECKING:
    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

Rule = Literal["after", "according to", "colon", "verb before", "continuation", ""]

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
    countered boast boasts boasted lament laments lamented reiterate
    reiterates reiterated demand demands demanded emphasise emphasises emphasised emphasize
    emphasizes emphasized maintain maintains maintained conclude concludes concluded
    reveal reveals revealed tells whisper whispers whispered sing sings sang cry cries cried
    laugh laughs laughed plead pleads pleaded protest protests protested
    accuse accuses accused accusing adding describing hail hails hailed remind reminds
    reminded post posts posted
    """.split()
SPEECH_VERBS = frozenset(_VERB_FORMS)

_VERB = "(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + ")"
_AUX = (
    r"(?:(?:has|have|had|also|then|later|again|once|previously|would|will|has\s+also|[a-z]+ly)\s+)*"
)
_MARKS = re.escape(QUOTE_MARKS)
# After the quote: ",’ she said", "” Smith told reporters", ", said Smith", "” – Smith".
# A speaker's words may hold apostrophes ("the company's chief executive"), not quote marks.
_APOSTROPHE = r"(?<=\w)['’](?=\w)"
_AFTER_SUBJECT = re.compile(
    rf"^[\s,;]*(?P<who>(?:[^{_MARKS}.!?;:]|{_APOSTROPHE}){{1,90}}?)\s+{_AUX}(?P<verb>{_VERB})\b",
    re.I,
)
_AFTER_INVERTED = re.compile(
    rf"^[\s,;]*(?P<verb>{_VERB})\s+(?P<who>(?:[^{_MARKS}]|{_APOSTROPHE}){{1,90}})", re.I
)
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
_WORD_RUN = re.compile(r"[A-Za-z]+")


def _speech_verbs(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Where the speech verbs are in ``text[begin:end]``.

    A word pattern and a set lookup: much faster than one pattern holding every verb.
    """
    return [
        m.span()
        for m in _WORD_RUN.finditer(text, begin, end)
        if m.group().lower() in SPEECH_VERBS
        and (m.start() == 0 or not text[m.start() - 1].isalnum())
        and (m.end() == len(text) or not text[m.end()].isalnum())
    ]


# After a preposition, the name is an object: "Beaumont of Idaho", "Moss of the charity X".
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|in|at|from|for|on|with|by|to|near)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}$"
)
# Verbs joined to an earlier one share its subject: "said … and called it ‘…’".
_COORDINATED = re.compile(r"\b(?:and|but|then|before|after|while)\s+(?:[a-z]+ly\s+)?$")
_SPOKESPERSON_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|representative|spokesmen|spokeswomen)\s+(?:for|of)\s+",
    re.I,
)
_AFTER_REPORTING = re.compile(rf"\b{_VERB}\s+(?:that\s+)?$", re.I)
# Descriptions that stand for the story's main organisation when none has the word in its name.
_BUSINESS_WORDS = frozenset(
    "company firm group business chain retailer maker manufacturer carrier airline bank lender "
    "insurer operator developer utility miner".split()
)
# "Assad’s wife", "Syria’s first lady", "the company’s spokesman": a role owned by a name.
_ROLE_AFTER_POSSESSIVE = re.compile(r"['’]s?\s+(?P<role>[a-z-]+(?:\s+[a-z-]+){0,2})\s*$")
_SPOKES = re.compile(r"(?:.*\s)?(?:spokes\w+|representative|spokespeople)$")
_KIN_OF = re.compile(
    r"(?P<role>wife|husband|widow|widower|son|daughter|mother|father|brother|sister|partner)"
    r"\s+of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}$"
)
# A description right after an ordinary word is that word's object, not a subject.
_AFTER_WORD = re.compile(r"\b(?!and\b|but\b|as\b|while\b|then\b)[a-z]+\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_RELATIVE_TAIL = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+ly\s+)?$")
_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|then|later|again|would|will|previously|[a-z]+ly))*\s*$"
)
_AFTER_KIN = re.compile(
    r"\b(?:her|his|their|its)\s+(?:[a-z]+-)?(?:son|daughter|wife|husband|partner|mother|father"
    r"|brother|sister|child|children|grandson|granddaughter|niece|nephew|aunt|uncle|cousin"
    r"|boyfriend|girlfriend|friend|colleague|boss|mentor|coach)(?:s|-in-law)?,?\s+$"
)
_PRONOUN = re.compile(r"\b((?i:she|he|it|they)|I)\b")
# An interview's speaker labels: "Q:", "A:", "ADEYEMI:" at the start of a paragraph.
_LABEL = re.compile(r"(?P<label>Q|A|[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)*):\s")
_DESCRIPTION = re.compile(
    r"\b(?:the|its|a|an)\s+(?:[a-z-]+\s+)?(company|firm|group|bank|airline|ministry|department"
    r"|agency|council|government|club|union|party|board|trust|charity|retailer|regulator"
    r"|watchdog|court|university|hospital|school|authority|commission|committee|foundation"
    r"|institute|network|broadcaster|newspaper|service|office|team|league|federation"
    r"|association|operator|insurer|carrier|chain|maker|manufacturer|developer|lender"
    r"|bureau|organisation|organization|campaign|force|police|miner|utility"
    # people known by their role
    r"|judge|minister|mayor|coach|manager|president|governor|senator|chairman|chairwoman"
    r"|chair|director|coroner|prosecutor|magistrate|sheriff|commissioner|premier"
    r"|prime minister|chancellor|secretary|ambassador|inspector|detective)\b",
    re.I,
)
_PERSON_ROLES = frozenset(
    "judge minister mayor coach manager president governor senator chairman chairwoman chair "
    "director coroner prosecutor magistrate sheriff commissioner premier chancellor secretary "
    "ambassador inspector detective".split()
)
# Titles that name the same role: "the judge" is "Mr Justice …" or "Judge …".
_ROLE_TITLES = {"judge": ("judge", "justice"), "senator": ("senator", "sen.", "sen")}
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


# Words before a quote that make it a name or a term, not speech.
_TITLE_CUE = re.compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|titled|entitled|known as|the words?|the phrase"
    r"|the term|the slogan|the hashtag)[\s,]*$",
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
    lead_from = max(0, opening - 40, text.rfind("\n", 0, opening) + 1)
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

    def person_before(self, offset: int, gender: Gender) -> Entity | None:
        """Who "she" or "he" at an offset is: a person named in the nearest sentence before.

        Sentence by sentence back from the pronoun, the people named there who
        are not the object of a preposition or a kinship word ("her son Alfie")
        and whose stated gender does not differ: one of the pronoun's gender
        first, else the first named (the sentence's subject).
        """
        text = self.article.text
        before = [
            m
            for m in self.mentions[: bisect.bisect_left(self.starts, offset)]
            if m.type == "PERSON" and m.end <= offset
        ]
        by_sentence: dict[int, list[tuple[Mention, Entity]]] = {}
        for m in before:
            entity = self.entity(m)
            if entity is None or entity.gender not in (gender, "unknown"):
                continue
            if _AFTER_PREPOSITION.search(text, 0, m.start) or _AFTER_KIN.search(text, 0, m.start):
                continue
            key = bisect.bisect_right(self.unit_starts, m.start)
            by_sentence.setdefault(key, []).append((m, entity))
        if not by_sentence:
            return None
        people = by_sentence[max(by_sentence)]
        stated = [e for _, e in people if e.gender == gender]
        return stated[0] if stated else people[0][1]

    def organisation_before(self, offset: int, head: str = "") -> Entity | None:
        """What "the ministry" or "it" means, from the organisations named before.

        The latest one whose name has the description's head noun ("the
        ministry": … Ministry …); else the one named most so far (the latest on
        ties), the story's organisation.
        """
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        named = self.mentions[: bisect.bisect_left(self.starts, offset)]
        if head:
            for m in reversed(named):
                if m.type == "ORG" and head.lower() in m.entity.lower().split():
                    return self.by_name.get(("ORG", m.entity))
            if head.lower() not in _BUSINESS_WORDS:
                return None  # "the ministry", and no ministry named: not the story's company
        for m in named:
            if m.type == "ORG" and m.end <= offset:
                counts[m.entity] = counts.get(m.entity, 0) + 1
                latest[m.entity] = m.start
        if not counts:
            return None
        name = max(counts, key=lambda n: (counts[n], latest[n]))
        return self.by_name.get(("ORG", name))

    def kin_of(self, owner: Mention, role: str) -> Entity | None:
        """The person the text calls ``role`` of ``owner``'s entity: "Asma, wife of Bashar"."""
        text = self.article.text
        word = role.split()[-1]
        for m in self.mentions:
            if m.entity != owner.entity or m.type != "PERSON" or m is owner:
                continue
            # "<Person>, wife of Syrian president <owner>"
            before = _KIN_OF.search(text, max(0, m.start - 60), m.start)
            if before is None or before.group("role") != word:
                continue
            people = [
                p for p in self.within(max(0, m.start - 200), before.start()) if p.type == "PERSON"
            ]
            if people and (kin := self.entity(people[-1])) is not None:
                return kin
        return None

    def it_before(self, offset: int) -> Entity | None:
        """What "it" means: the organisation that is a subject in this or the sentence before.

        Else the organisation named most so far.
        """
        text = self.article.text
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        if i >= 0:
            for unit in (self.units[i], *self.units[max(0, i - 1) : i]):
                for m in self.within(unit.start, min(unit.end, offset)):
                    if m.type == "ORG" and not _AFTER_PREPOSITION.search(text, 0, m.start):
                        return self.entity(m)
        return self.organisation_before(offset)

    def answering(self, offset: int) -> Entity | None:
        """Who "I" is in an interview's answer ("A: …", "ADEYEMI: …"), if the offset is in one.

        A name label is the person of that name; "A:" the person the story names most.
        """
        text = self.article.text
        paragraph = next((p for p in self.article.paragraphs if p.start <= offset < p.end), None)
        label = _LABEL.match(text, paragraph.start) if paragraph is not None else None
        if label is None or label.group("label") == "Q":
            return None
        people = [e for e in self.by_name.values() if e.type == "PERSON"]
        if label.group("label") == "A":
            return max(people, key=lambda e: len(e.mentions), default=None)
        word = label.group("label").lower()
        return next((e for e in people if word in e.name.lower().split()), None)

    def person_with_role(self, offset: int, role: str) -> Entity | None:
        """The person named before an offset with that role, most recent first.

        The role is their title ("Mr Justice", "Judge", "Mayor") or a word around
        a mention ("coach Marcus Bell", "Ann Roe, the mayor").
        """
        text = self.article.text
        titles = _ROLE_TITLES.get(role, (role,))
        around = re.compile(
            rf"(?:\b{role}\s+$)|(?:^,?\s+(?:the|a|an|its|their|his|her)?\s*(?:[\w’'-]+\s+){{0,3}}"
            rf"{role}\b)",
            re.I,
        )
        for m in reversed(self.mentions[: bisect.bisect_left(self.starts, offset)]):
            if m.type != "PERSON" or m.end > offset:
                continue
            entity = self.entity(m)
            if entity is None:
                continue
            for mention in entity.mentions:
                title = mention.title.lower()
                if any(t in title.split() for t in titles):
                    return entity
                if around.search(text[max(0, mention.start - 30) : mention.start]) or around.match(
                    text, mention.end, mention.end + 60
                ):
                    return entity
        return None

    def place_before(self, offset: int) -> Entity | None:
        """The last country or city named before an offset ("the government" is its)."""
        for m in reversed(self.mentions[: bisect.bisect_left(self.starts, offset)]):
            if m.type == "GPE" and m.end <= offset:
                return self.entity(m)
        return None

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


def _choose(ctx: _Context, found: list[Mention], nearest: Literal["first", "last"]) -> Mention:
    """The mention that is the subject: people first, not the object of a preposition."""
    text = ctx.article.text
    if nearest == "first":
        chosen = found[0]
        # "said Brighton’s technical director, Paul Barber": the person, not the club.
        people = [m for m in found if m.type == "PERSON"]
        if chosen.type != "PERSON" and people and text[chosen.end : chosen.end + 1] in "’'":
            chosen = people[0]
        return chosen
    # "Rep. Tyler Beaumont of Idaho called": not the place after "of".
    free = [m for m in found if not _AFTER_PREPOSITION.search(text, 0, m.start)]
    return (free or found)[-1]


def _person_or_group(
    ctx: _Context, start: int, end: int, *, nearest: Literal["first", "last"]
) -> Attribution | None:
    """The speaker named in ``text[start:end]``: a name, a pronoun or a description."""
    text = ctx.article.text
    region = text[start:end]
    found = ctx.within(start, end)
    relative = _RELATIVE_TAIL.search(region) if nearest == "last" else None
    if relative:  # "ZCCM, the state mining company, which said": what "which" stands for
        region = region[: relative.start() + 1]
        end = start + len(region)
        found = ctx.within(start, end)
    tail = _AUX_TAIL.search(region)  # "…, a Democrat, has said": the insert ends before "has"
    if nearest == "last" and tail is not None and region[: tail.start()].endswith(","):
        # "Lauren Mikkelsen, a retail analyst at GlobalData, said": the name before
        # the insert; "Keystone’s chief executive, Robert Osei-Clarke, said": the
        # person inside it, when the words before it name nobody.
        commas = [start + i for i, c in enumerate(region[: tail.start()]) if c == ","]
        opens = commas[-2] if len(commas) > 1 else commas[-1]
        head = [m for m in found if m.end <= opens]
        insert = [m for m in found if m.start > opens and m.type == "PERSON"]
        head_people = [m for m in head if m.type == "PERSON"]
        if head_people:
            found = head_people
        elif insert:
            found = insert[:1]
        elif head:
            found = head
        if len(commas) > 1:
            end = opens
            region = text[start:end]
    spokes = _SPOKESPERSON_FOR.search(region)
    named_first = spokes is not None and any(
        m.type == "PERSON" and m.end <= start + spokes.start() for m in found
    )
    if spokes and not named_first:  # "a spokeswoman for the airline": the organisation speaks
        named = [m for m in found if m.start >= start + spokes.end() and m.type in ("ORG", "GPE")]
        if named and (entity := ctx.entity(named[0])) is not None:
            return Attribution(entity, named[0].text, "", -1, "", entity.gender)
        described = _DESCRIPTION.match(region, spokes.end())
        if described:  # "a spokeswoman for the airline"
            return _description(ctx, described, start)
    if nearest == "first":
        if found:
            return _named(ctx, _choose(ctx, found, nearest))
        pronoun = _PRONOUN.search(region)
        if pronoun:
            return _pronoun(ctx, pronoun.group(1), start + pronoun.start())
        description = _DESCRIPTION.search(region)
        if description:
            return _description(ctx, description, start)
    else:
        # The subject nearest the verb, a name, pronoun or description: in
        # "…thousands of homes in Sylhet, the ministry said", the ministry.
        names = [
            m
            for m in found
            if not _AFTER_PREPOSITION.search(text, 0, m.start)
            and not _possessive(text, m.end)
            and not _adjectival(text, m)
        ]
        pronouns = [
            p
            for p in _PRONOUN.finditer(region)
            if not _AFTER_REPORTING.search(region, 0, p.start())
        ]
        descriptions = [
            d
            for d in _DESCRIPTION.finditer(region)
            # not "the charity Libraries Connected" (that names it), nor an object
            # ("praised the governor and called")
            if not region[d.end() : d.end() + 2].strip()[:1].isupper()
            and not _AFTER_WORD.search(region, 0, d.start())
        ]
        last_name = names[-1].end if names else -1
        last_pronoun = start + pronouns[-1].end() if pronouns else -1
        last_description = start + descriptions[-1].end() if descriptions else -1
        best = max(last_name, last_pronoun, last_description)
        if best >= 0 and best == last_name:
            return _named(ctx, names[-1])
        if best >= 0 and best == last_pronoun:
            return _pronoun(ctx, pronouns[-1].group(1), start + pronouns[-1].start())
        if best >= 0:
            return _description(ctx, descriptions[-1], start)
        if found:
            owner = found[-1]
            tail = _AUX_TAIL.search(region)
            role = _ROLE_AFTER_POSSESSIVE.match(
                text, owner.end, start + tail.start() if tail else end
            )
            if role and _possessive(text, owner.end):
                # "Assad’s wife claims": the wife, named elsewhere as "…, wife of …".
                spouse = ctx.kin_of(owner, role.group("role"))
                if spouse is not None:
                    return Attribution(
                        spouse, text[owner.start : role.end()], "", -1, "", spouse.gender
                    )
                if not _SPOKES.match(role.group("role")):
                    # "Syria’s first lady has claimed": someone unnamed, not Syria.
                    return Attribution(None, text[owner.start : role.end()], "", -1, "")
            elif _possessive(text, owner.end):
                return None  # "Syria’s first lady … has refused them all saying": not Syria
            return _named(ctx, _choose(ctx, found, nearest))
    words = _WORDS.search(region)
    if words and len(words.group(0).split()) <= 6:
        return Attribution(None, words.group(0), "", -1, "")
    return None


def _adjectival(text: str, m: Mention) -> bool:
    """A nationality or party as a word about someone, not a speaker.

    "the French trade ministry said", "Lindqvist, a Democrat, said".
    """
    if m.type != "NORP":
        return False
    after = text[m.end : m.end + 2]
    return (after[:1] == " " and after[1:].islower()) or bool(
        _ARTICLE_BEFORE.search(text, 0, m.start)
    )


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 1] in ("’", "'") and text[end + 1 : end + 2] in ("s", " ", "")


def _named(ctx: _Context, mention: Mention) -> Attribution | None:
    entity = ctx.entity(mention)
    if entity is None:
        return None
    evidence = "; ".join(entity.evidence)
    return Attribution(entity, mention.text, "", -1, "", entity.gender, evidence)


def _description(ctx: _Context, match: re.Match[str], start: int) -> Attribution:
    at = start + match.start()
    noun = match.group(1).lower()
    if noun == "government":  # "a government spokeswoman": the country's
        place = ctx.place_before(at)
        return Attribution(place, match.group(0), "", -1, "")
    if noun.split()[-1] in _PERSON_ROLES:  # "the judge said": the person with that role
        person = ctx.person_with_role(at, noun.split()[-1])
        if person is not None:
            return Attribution(person, match.group(0), "", -1, "", person.gender)
    return Attribution(ctx.organisation_before(at, match.group(1)), match.group(0), "", -1, "")


def _pronoun(ctx: _Context, written: str, at: int) -> Attribution:
    """Who "she", "he" or "it" is: the last person of that gender, the last organisation."""
    word = written.lower()
    if word in ("she", "he"):
        gender: Gender = "female" if word == "she" else "male"
        entity = ctx.person_before(at, gender)
        stated = entity.gender if entity is not None and entity.gender != "unknown" else gender
        return Attribution(entity, written, "", -1, "", stated, f"pronoun: {word}")
    if word == "it":
        return Attribution(ctx.it_before(at), written, "", -1, "")
    if written == "I":
        entity = ctx.answering(at)
        gender = entity.gender if entity is not None else "unknown"
        return Attribution(entity, written, "", -1, "", gender)
    return Attribution(None, written, "", -1, "")


def _with(found: Attribution | None, cue: str, cue_start: int, rule: Rule) -> Attribution | None:
    if found is None:
        return None
    return Attribution(
        found.entity, found.as_written, cue, cue_start, rule, found.gender, found.gender_evidence
    )


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
    set_off = quoted.rstrip().endswith(_OPEN_ENDINGS) or window.lstrip().startswith(_SET_OFF)
    if not set_off and not (alone and quoted.rstrip().endswith(".") and window[:1].isspace()):
        return None
    for pattern, nearest, rule in _AFTER_RULES:
        match = pattern.search(window) if rule == "according to" else pattern.match(window)
        if match is None:
            continue
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
    rule: Rule
    if lead:
        (verb, verb_stop), rule = lead.span("verb"), "colon"
    else:
        verbs = [(a - begin, b - begin) for a, b in _speech_verbs(text, begin, end)]
        if not verbs:
            if window.rstrip().endswith(":"):
                # "Kowalski had one request for customers: ‘…’": the sentence's subject.
                found = _sentence_subject(ctx, begin, begin + len(window.rstrip()) - 1)
                return _with(found, ":", begin + len(window.rstrip()) - 1, "colon")
            return None
        (verb, verb_stop), rule = verbs[-1], "verb before"
    verb_at, verb_end = begin + verb, begin + verb_stop
    cue = text[verb_at:verb_end]
    subject_end = verb_at
    while _COORDINATED.search(text, begin, subject_end):
        earlier = _speech_verbs(text, begin, subject_end)
        if not earlier:
            break
        subject_end = earlier[-1][0]  # the subject of the first verb of the chain
    found = _subject(ctx, begin, subject_end)
    before_verb = text[begin:verb_at].rstrip()
    inverted = not before_verb or before_verb.endswith((",", ";", "—", "–"))
    if inverted and (found is None or (found.entity is None and not ctx.within(begin, verb_at))):
        # "…, said Trevor Hale, an analyst at Clearwater, and “…": the name after the verb
        # (but not in "The judge said Mr Whitlock had ‘…’", where the judge speaks).
        after = _person_or_group(ctx, verb_end, end, nearest="first")
        if after is not None and after.entity is not None:
            found = after
    return _with(found, cue, verb_at, rule)


def _sentence_subject(ctx: _Context, begin: int, end: int) -> Attribution | None:
    """The first person or organisation named, not after a preposition, in ``text[begin:end]``."""
    text = ctx.article.text
    for m in ctx.within(begin, end):
        if m.type in ("PERSON", "ORG") and not _AFTER_PREPOSITION.search(text, 0, m.start):
            return _named(ctx, m)
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
        if is_title(article, quote):
            result.append((quote, NOBODY))
            i += 1
            continue
        close_at = quote.end + (0 if quote.unclosed else 1)
        limit = after_end(i)
        lead = text[units[unit_of(quote.start)].start : quote.start - 1].rstrip()
        alone = not lead or lead.endswith((".", "!", "?", ":"))
        found = None
        if lead.endswith(":"):  # "Its general secretary, Owain Rees, said: “…” The NUJ said…"
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
        # A quote interrupted only by its attribution: join the next part.
        if (
            found is not None
            and following is not None
            and following.start - 1 == limit
            and _only_attribution(text, close_at, limit)
            and quote.text.rstrip()[-1:] in ",.?!…—–-"
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
            spoken = [q for q, who in result if who is not NOBODY]
            previous_close = spoken[-1].end + 1 if spoken else 0
            begin = max(
                units[unit_of(quote.start)].start, ctx.sentence(quote.start - 1)[0], previous_close
            )
            found = _before(ctx, begin, quote.start - 1)
            sentence_start = max(
                units[unit_of(quote.start)].start, ctx.sentence(quote.start - 1)[0]
            )
            same_sentence = bool(spoken) and previous_close > sentence_start
            if same_sentence and found is None:
                # "…said the consultation was ‘a box-ticking exercise’ that gave residents
                # ‘no real chance’": the same speaker, in the same sentence.
                found = _previous(result, spoken[-1])
            elif (
                same_sentence
                and found is not None
                and found.entity is None
                and _COORDINATED.search(text, begin, found.cue_start)
            ):
                # "…said he was ‘disappointed’ and called the judgment ‘…’": the same subject.
                earlier = _previous(result, spoken[-1])
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
    r"|denounces)\b"
    r"|\baccording to\b",
    re.I,
)
# Not reporting speech: "so-called", "the said", "was announced by", "said:" before a quote.
_NOT_REPORTING_BEFORE = re.compile(
    r"(?:so-|\bthe\s+|\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?)$", re.I
)


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
    for unit in ctx.units:
        for match in _REPORTING.finditer(text, unit.start, unit.end):
            at = match.start()
            i = bisect.bisect_right(starts, at) - 1
            if (i >= 0 and at < inside[i][1]) or at in full_cues:
                continue
            if _NOT_REPORTING_BEFORE.search(text, max(unit.start, at - 24), at):
                continue
            rest = text[match.end() : unit.end]
            named = match.group(0).lower() in ("called", "calls") and rest[1:2].isupper()
            if rest.lstrip().startswith(":") or named:
                continue  # a lead-in to a quote, or "a firm called Acme"
            cue = match.group(0)
            if cue.lower() == "according to":
                who = _person_or_group(ctx, match.end(), unit.end, nearest="first")
            else:
                who = _subject(ctx, unit.start, at)
                if who is None or (who.entity is None and not ctx.within(unit.start, at)):
                    after = _person_or_group(ctx, match.end(), unit.end, nearest="first")
                    if after is not None and after.entity is not None:
                        who = after
            attribution = _with(who, cue, at, "verb before") or Attribution(
                None, "", cue, at, "verb before"
            )
            found.append(Reported(at, match.end(), unit.start, unit.end, attribution))
    return found
