"""Quotes: the marks scanner, apostrophes, nesting, paragraphs, speakers, kinds, tables."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.quotemarks import QUOTE_MARKS, scan_quotes


def body(text: str) -> nk.Article:
    return nk.from_text(text, headline=False)


def texts(text: str) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.UnclosedQuoteWarning)
        return [q.text for q in nk.quotes(body(text))]


def who(text: str) -> list[tuple[str | None, str | None, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.UnclosedQuoteWarning)
        return [(q.speaker, q.cue, q.kind) for q in nk.quotes(body(text))]


# --- the seed article, exactly as the issue states it ------------------------------


def test_seed_has_exactly_its_four_quotes(seed: nk.Article) -> None:
    found = nk.quotes(seed)
    assert [(q.speaker, q.cue, q.kind) for q in found] == [
        ("Asma al-Assad", "explained", "full"),
        ("United States", "denounced", "partial"),
        ("Russia", "says", "partial"),
        ("Dmitry Peskov", "according to", "partial"),
    ]
    first = found[0]
    assert first.speaker_as_written == "She"
    assert len(first.parts) == 4 and len({seed.text.count("\n", 0, p.start) for p in first.parts})
    assert first.text.startswith("I never thought of being anywhere else at all…")
    assert first.text.endswith("confidence in their president.")
    assert [q.text for q in found[1:]] == [
        "a despicable PR stunt.",
        "goodwill",
        "manifestation of goodwill",
    ]
    assert all(not q.unclosed for q in found)


def test_seed_apostrophes_are_not_quotes(seed: nk.Article) -> None:
    # 16 ’ and 6 ‘ in the seed: 4 quotes open with ‘ (and 3 continuation marks), 4 close with ’.
    assert seed.text.count("’") == 16 and seed.text.count("‘") == 7
    parts = [p for q in nk.quotes(seed) for p in q.parts]
    assert all(seed.text[p.start - 1] == "‘" for p in parts)
    assert sum(seed.text[p.end : p.end + 1] == "’" for p in parts) == 4


def test_every_part_points_into_the_text(seed: nk.Article) -> None:
    for q in nk.quotes(seed):
        for p in q.parts:
            assert seed.text[p.start : p.end] == p.text
        assert q.text == " ".join(p.text for p in q.parts)
        assert (q.start, q.end) == (q.parts[0].start, q.parts[-1].end)


# --- finding quotes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("No quotes here, just news.", []),
        ("She said: “We will stay.”", ["We will stay."]),
        ('He said: "We will stay."', ["We will stay."]),
        ("She said: ‘We will stay.’", ["We will stay."]),
        ("He said: 'We will stay.'", ["We will stay."]),
        ("Il a dit: «Nous restons.»", ["Nous restons."]),
        ("Er sagte: „Wir bleiben.“", ["Wir bleiben."]),
        ("Er sagte: »Wir bleiben.«", ["Wir bleiben."]),
        ("“Да,” сказала она.", ["Да,"]),
    ],
    ids=[
        "empty",
        "none",
        "curly-double",
        "straight-double",
        "curly-single",
        "straight-single",
        "guillemets",
        "german-low",
        "reversed-guillemets",
        "cyrillic",
    ],
)
def test_quote_marks_of_every_family(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It doesn’t matter, Assad’s aides said.",
        "The members’ union and the workers’ fund met.",
        "The ’90s were kinder; in ’97 it changed.",
        "Mr O’Neill loves rock ’n’ roll.",
        "The '90s, the river's edge, we've seen it, the members' pay.",
        "The ‘90s were kind, he said.",
        "’Tis the season, they’re saying.",
    ],
    ids=[
        "clitics",
        "plural-possessives",
        "elisions",
        "names-and-n",
        "straight",
        "misused-open",
        "tis",
    ],
)
def test_apostrophes_are_never_quotes(text: str) -> None:
    assert texts(text) == []


def test_rock_n_roll_inside_a_single_quote_does_not_close_it() -> None:
    # one quote, split by its attribution
    assert texts("‘We played rock ’n’ roll till late,’ he said. ‘Mine did.’") == [
        "We played rock ’n’ roll till late, Mine did."
    ]


def test_plural_possessive_inside_a_quote_does_not_close_it() -> None:
    assert texts("She said: ‘The members’ pay is frozen,’ and left.") == [
        "The members’ pay is frozen,"
    ]


def test_plural_possessive_closes_a_quote_when_nothing_else_can() -> None:
    assert texts("He called it ‘a mess’ in a statement.") == ["a mess"]


def test_two_fragments_after_possessive_like_endings() -> None:
    assert texts("He called it ‘a mess’ and ‘a disgrace’.") == ["a mess", "a disgrace"]


def test_nested_quotes_stay_inside_and_are_reported() -> None:
    (q,) = nk.quotes(body("“My dad told me, ‘Miss one, kick the next,’ and I did,” she said."))
    assert q.text == "My dad told me, ‘Miss one, kick the next,’ and I did,"
    assert [n.text for n in q.nested] == ["Miss one, kick the next,"]
    (q,) = nk.quotes(body("‘The sign said “Keep Out”, so we did,’ he said."))
    assert [n.text for n in q.nested] == ["Keep Out"]


def test_a_quote_over_several_paragraphs_is_one_quote() -> None:
    a = nk.from_text(
        "Storm\n\nShe said: ‘We stayed.\n\n‘We had nowhere else.\n\n‘We will rebuild.’\n\nIt ended."
    )
    (q,) = nk.quotes(a)
    assert [p.text for p in q.parts] == ["We stayed.", "We had nowhere else.", "We will rebuild."]
    assert (q.unclosed, q.cue, q.speaker_as_written) == (False, "said", "She")


def test_an_unclosed_quote_ends_with_its_paragraph_and_warns() -> None:
    a = nk.from_text("Storm\n\nShe said: “We stayed.\n\nThe council met on Monday.")
    with pytest.warns(nk.UnclosedQuoteWarning, match="never closed"):
        (q,) = nk.quotes(a)
    assert q.unclosed and q.text == "We stayed."


def test_headline_quotes_are_found() -> None:
    a = nk.from_text("Watchdog says ‘red list’ is failing\n\nThe list grew, it said.")
    (q,) = nk.quotes(a)
    assert (q.text, q.paragraph) == ("red list", 0)


def test_split_quote_is_one_quote_with_two_parts() -> None:
    (q,) = nk.quotes(body("Mrs Ruth Kay won. “It is late,” she said, “but not too late.”"))
    assert [p.text for p in q.parts] == ["It is late,", "but not too late."]
    assert q.speaker == "Ruth Kay"


def test_separate_attributions_make_separate_quotes() -> None:
    found = texts("Mr Tom Ode spoke. “It is late,” he said. “We lost,” he added.")
    assert found == ["It is late,", "We lost,"]


# --- speakers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We won,” said Dr. Amelia Chen.", ("Amelia Chen", "said", "full")),
        ("“We won,” Amelia Chen said.", ("Amelia Chen", "said", "full")),
        ("Amelia Chen told reporters: “We won.”", ("Amelia Chen", "told", "full")),
        ("Mrs Ruth Kay spoke. She explained: ‘We won.’", ("Ruth Kay", "explained", "full")),
        (
            "The change was a “manifestation of goodwill”, according to Dmitry Peskov.",
            ("Dmitry Peskov", "according to", "partial"),
        ),
        (
            "The United States has denounced the account as ‘a despicable PR stunt.’",
            ("United States", "denounced", "partial"),
        ),
        (
            "Lauren Mikkelsen, an analyst at GlobalData, said: “People will buy jackets.”",
            ("Lauren Mikkelsen", "said", "full"),
        ),
        (
            "Keystone’s chief executive, Robert Osei, said the firm was “deeply sorry”.",
            ("Robert Osei", "said", "partial"),
        ),
        (
            "Rep. Tyler Beaumont of Idaho called the deal “a gift”.",
            ("Tyler Beaumont", "called", "partial"),
        ),
        (
            "Acme Foods said profits fell. “We had a hard year,” the company said.",
            ("Acme Foods", "said", "full"),
        ),
        ("“Это конец,” сказал он.", (None, None, "full")),
        (
            "The union COAG warned that harvests in Granada could fall, describing the season"
            " as “a disaster in slow motion”.",
            ("COAG", "describing", "partial"),
        ),
        (
            "Lord Farrington, a former minister, told the BBC that it was ‘slow but sure’.",
            ("Lord Farrington", "told", "partial"),
        ),
        (
            "Oliver Pennock died. Mr Callum Reade spoke. Asked why he had not seen Oliver,"
            " he said: ‘I was watching.’",
            ("Callum Reade", "said", "full"),
        ),
        (
            "The Regional Transportation District said the bill would restore the so-called"
            " “transit deserts” and warned that riders faced “deeper cuts next year.”",
            ("Regional Transportation District", "warned", "partial"),
        ),
        (
            "The Colorado Taxpayers Alliance, a conservative group, praised the governor and"
            " called the fee “the thin end of a very thick wedge.”",
            ("Colorado Taxpayers Alliance", "called", "partial"),
        ),
        (
            "Mr Tom Reid spoke. She will read at the Ilkley Literature Festival, whose"
            " director, Imran Qureshi, said the event had sold out ‘in about an hour’.",
            ("Imran Qureshi", "said", "partial"),
        ),
        (
            "Mr Dean Farrow, 58, opened the shop. He said the landlord, Hallam Yard Properties,"
            " wanted a rent he called “frankly impossible”.",
            ("Dean Farrow", "called", "partial"),
        ),
        (
            "Mrs Justice Harriet Loxley ruled for the campaigners, she said. Its barrister,"
            " Jonathan Fairley, told the court it had no money.\n\nThe judge rejected what she"
            " called the council’s ‘nothing-to-see-here’ defence.",
            ("Harriet Loxley", "called", "partial"),
        ),
        (
            "UNICEF said at least 14 schools had been damaged by the Geophysics Agency’s"
            " count. “Every day out of school makes it harder,” the agency said.",
            ("UNICEF", "said", "full"),
        ),
        (
            "Its Seoul-based producer, Hanbit Films, said it had sold ‘the rights in 14"
            " countries’.",
            ("Hanbit Films", "said", "partial"),
        ),
        (
            "Corvane Therapeutics Inc. said profits rose. The Cambridge, Mass.-based company"
            " said it would “ask for approval by the end of the year.”",
            ("Corvane Therapeutics Inc.", "said", "partial"),
        ),
        (
            "One suit, brought by the law firm Barrow & Klein LLP on behalf of a Dayton nurse,"
            " says the handling of the data was “careless and unlawful.”",
            ("Barrow & Klein LLP", "says", "partial"),
        ),
        (
            "Meadow Homes wants to build. The company, which is based in Wetherby and builds"
            " homes across Yorkshire, said it had spent ‘£2m already’.",
            ("Meadow Homes", "said", "partial"),
        ),
        (
            "West Yorkshire Police said a gang was behind it. The ransom was ‘£2m in Bitcoin’,"
            " the force said.",
            ("West Yorkshire Police", "said", "partial"),
        ),
        (
            "Western Kansas State University cut 40 jobs. Officials at the university said they"
            " would look for ‘savings elsewhere’.",
            ("Western Kansas State University", "said", "partial"),
        ),
        (
            "Corvane Inc. said its drug worked, and Corvane Inc. shares rose. Lupus affects"
            " 1.5 million Americans, according to the Lupus Foundation of America."
            " The group said the results offered “real hope.”",
            ("Lupus Foundation of America", "said", "partial"),
        ),
        (
            "Mairi MacLeod said bookings had fallen. She put it simply:\n\n‘If the boats stop,"
            " the visitors stop.’",
            ("Mairi MacLeod", ":", "full"),
        ),
        (
            "The Colorado Department of Public Health said cases rose. The department’s advice"
            " was blunt:\n\n“Check your records.”",
            ("Colorado Department of Public Health", ":", "full"),
        ),
        (
            "Oliver Pennock died.\n\nIn a statement, Oliver’s mother, Joanne Pennock, said:"
            "\n\n‘Oliver was a strong swimmer.’",
            ("Joanne Pennock", "said", "full"),
        ),
        (
            "Andalusia shut its schools. Seville and Córdoba were the hottest. The regional"
            " government said it was ‘an emergency’.",
            ("Andalusia", "said", "partial"),
        ),
        (
            "Germany was cautious. Berlin wanted “a negotiated solution,” a government"
            " spokeswoman said.",
            ("Germany", "said", "partial"),
        ),
        (
            "The Federal Ministry for Economic Affairs learned of it late. “We expect"
            " partners to call us,” the ministry said. A spokesman added that it would"
            " “look again” at the cost.",
            ("Federal Ministry for Economic Affairs", "added", "partial"),
        ),
        (
            "Météo-France said the storm had moved “unusually slowly”, dropping hail for 18"
            " minutes.",
            ("Météo-France", "said", "partial"),
        ),
        (
            "Ms Ruth Abernethy said the rejections were polite. A letter from the London agency"
            " Carrick & Bell said the book was “too quiet to sell”.",
            ("Carrick & Bell", "said", "partial"),
        ),
        (
            "“We got this wrong,” said RunEast`s director, Lisa Chamberlain.",
            ("Lisa Chamberlain", "said", "full"),
        ),
        (
            "The Environment Agency built it. Flood Re, the scheme that helps households,"
            " said 1,100 policies were backed by it, ‘more per head than anywhere’.",
            (None, "said", "partial"),
        ),
        (
            "The Environment Agency built it. It will cost £67m, according to figures the"
            " agency gave to Tewkesbury Borough Council, ‘a fair estimate’.",
            ("Environment Agency", "according to", "partial"),
        ),
        (
            "Wardsboro will pay $148,000 a year, according to Selectboard Chair Walter Brisson,"
            " for ‘full cover’.",
            ("Walter Brisson", "according to", "partial"),
        ),
        (
            "Poland gets half its power from coal. The industry ministry said it would ‘look"
            " again’ at the mines.",
            ("Poland", "said", "partial"),
        ),
        (
            "Ms Ruth Abernethy said the rejections were polite. A letter from Carrick & Bell"
            " said the book was “too quiet to sell”, a phrase she later wrote on a card.",
            ("Carrick & Bell", "said", "partial"),
        ),
        (
            "Tickets sold out, according to the promoter, Quayside Live. The company said it"
            " had added ‘a second night’.",
            ("Quayside Live", "added", "partial"),
        ),
        (
            "Halcyon Software Inc. cut jobs, The Seattle Times reported. The Bellevue-based"
            " company said the cuts would fall on ‘sales and support’.",
            ("Halcyon Software Inc.", "said", "partial"),
        ),
    ],
    ids=[
        "inverted",
        "subject-verb",
        "colon",
        "pronoun-colon",
        "according-to",
        "verb-before",
        "appositive",
        "role-appositive",
        "of-place",
        "description",
        "no-cue",
        "participle-shares-the-subject",
        "peer-named-with-title",
        "last-verb-of-a-lead-in-and-he-before-the-name",
        "so-called-is-no-verb-of-the-chain",
        "joined-verb-takes-the-clause-s-first-name",
        "whose-role-is-the-person-in-the-insert",
        "pronoun-after-a-noun-is-no-object-of-a-preposition",
        "she-after-a-role-opening-the-sentence",
        "the-agency-is-the-body-that-spoke-just-before",
        "a-place-based-body-is-the-one-in-the-insert",
        "a-place-based-company-is-the-company",
        "a-place-before-a-noun-is-no-speaker",
        "names-in-a-relative-insert-do-not-speak",
        "the-force-is-the-police",
        "officials-at-a-body-speak-for-it",
        "the-group-after-according-to",
        "a-lead-in-without-a-verb-ending-the-paragraph-before",
        "a-described-body-s-lead-in-without-a-verb",
        "the-person-whose-role-is-given-is-not-the-owner",
        "the-regional-government-is-the-region-s",
        "a-government-is-the-country-s-not-the-capital-s",
        "a-bare-spokesman-speaks-for-the-body-that-just-spoke",
        "hail-after-a-participle-is-no-speech-verb",
        "a-letter-from-a-place-based-body",
        "a-possessive-written-with-a-backtick",
        "a-pronoun-after-a-preposition-is-no-inverted-speaker",
        "a-description-before-a-name-after-according-to",
        "a-body-right-before-a-titled-person",
        "an-unnamed-ministry-is-the-country-s",
        "a-relative-clause-after-the-quote-is-not-its-attribution",
        "the-company-after-according-to-the-promoter",
        "the-company-is-the-business-named-first-on-a-tie",
    ],
)
def test_speakers(text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert who(text)[-1] == expected


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("At the end of her speech Ms Ann Lee was cheered.", "Ann Lee"),  # the subject
        ("She spoke with her colleague Ms Ann Lee, who nodded.", "Kemi Ode"),  # an object
    ],
)
def test_she_after_a_phrase_with_a_preposition(middle: str, speaker: str) -> None:
    text = f"‘I love it,’ said Kemi Ode, a carer.\n\n{middle} ‘They say no,’ she said."
    assert who(text)[-1][0] == speaker


def test_she_is_the_woman_named_before_not_her_son() -> None:
    text = (
        "Megan Lloyd, who gave birth to her son Alfie at the unit, said it mattered. "
        "“It is the only one near us,” she said."
    )
    assert who(text)[-1][0] == "Megan Lloyd"


def test_a_paragraph_of_quote_continues_the_speaker_before() -> None:
    a = nk.from_text(
        "Vote\n\n“We will win,” said Mr Tom Ode.\n\n“And we will win again.”\n\nThe vote is today."
    )
    found = nk.quotes(a)
    assert [(q.speaker, q.rule) for q in found] == [
        ("Tom Ode", "after"),
        ("Tom Ode", "continuation"),
    ]


def test_lead_in_at_the_end_of_the_paragraph_before() -> None:
    a = nk.from_text("Board\n\nDr Jane Roe told the board on Tuesday:\n\n“We are out of money.”")
    (q,) = nk.quotes(a)
    assert (q.speaker, q.rule, q.cue) == ("Jane Roe", "colon", "told")


def test_gender_and_type_of_the_speaker() -> None:
    (q,) = nk.quotes(body("Mrs Ruth Kay spoke. “No,” she said."))
    assert (q.gender, q.speaker_type) == ("female", "person")
    (q,) = nk.quotes(body("“No,” the Kremlin said."))
    assert (q.speaker, q.speaker_type) == ("Kremlin", "organisation")


# --- kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The so-called ‘red list’ grew.", "title"),
        ("She sang “Harbour Wall” twice, he said.", "title"),
        ("The band played the song “Paper Boats”.", "title"),
        ("He called it “a miracle”, he said.", "partial"),
        ("“We won,” he said.", "full"),
        ("He said: “we won”.", "partial"),
    ],
    ids=["so-called", "title-case", "after-song", "fragment", "sentence", "lower-case-lead-in"],
)
def test_kinds(text: str, kind: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert [q.kind for q in nk.quotes(body(text))] == [kind]


def test_titles_have_no_speaker() -> None:
    (q,) = nk.quotes(body("Siobhán Kearney said she wrote “Paper Boats” in a bedsit."))
    assert (q.kind, q.speaker, q.cue, q.rule) == ("title", None, None, "")


# --- tables --------------------------------------------------------------------------


def test_quote_table_columns_and_rows(seed: nk.Article) -> None:
    table = nk.quote_table(seed)
    assert list(table.columns[:10]) == [
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
    ]
    assert table["speaker"].tolist() == [
        "Asma al-Assad",
        "United States",
        "Russia",
        "Dmitry Peskov",
    ]
    assert table["words"].tolist() == [73, 4, 1, 3]
    assert table.loc[0, "parts"][0]["start"] == seed.text.index("I never")


def test_speaker_table_shares(seed: nk.Article) -> None:
    table = nk.speaker_table(seed)
    assert table["speaker"].tolist() == [
        "Asma al-Assad",
        "United States",
        "Dmitry Peskov",
        "Russia",
    ]
    assert table["share"].sum() == pytest.approx(1.0)
    assert table.loc[0, "share"] == pytest.approx(73 / 81)


def test_empty_article_gives_empty_tables(empty: nk.Article) -> None:
    assert nk.quotes(empty) == ()
    assert nk.quote_table(empty).empty and nk.speaker_table(empty).empty


def test_wrong_argument_is_a_clear_type_error() -> None:
    with pytest.raises(TypeError, match="expected an Article"):
        nk.quotes("She said: ‘no.’")  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------------

_PIECES = st.sampled_from(
    [*QUOTE_MARKS, " ", "\n\n", "a", "Smith", "said", "she", ",", ".", ":", "’s", "s’ ", "—"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_gives_quotes_inside_it_that_never_overlap(text: str) -> None:
    article = nk.from_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.UnclosedQuoteWarning)
        found = nk.quotes(article)
    previous_end = -1
    for q in found:
        for p in q.parts:
            assert article.text[p.start : p.end] == p.text
            assert 0 < p.start <= p.end <= len(article.text)
            assert p.start >= previous_end
            previous_end = p.end
    assert len(scan_quotes(article)) >= len(found)


# --- share of voice, reported speech, charts, HTML ------------------------------------


def test_quote_stats_on_the_seed(seed: nk.Article) -> None:
    s = nk.quote_stats(seed)
    assert (s.quotes, s.full, s.partial, s.titles) == (4, 1, 3, 0)
    assert (s.quoted_words, s.words) == (81, nk.word_count(seed))
    assert s.quoted_share == pytest.approx(81 / nk.word_count(seed))
    assert (s.speakers, s.unattributed) == (4, 0)
    assert s.female_share == pytest.approx(73 / 81) and s.male_share == 0.0
    assert s.person_share == pytest.approx(76 / 81) and s.organisation_share == 0.0
    assert (s.first_speaker, s.last_speaker) == ("Asma al-Assad", "Dmitry Peskov")


def test_quote_stats_of_an_empty_article_are_none_not_zero(empty: nk.Article) -> None:
    s = nk.quote_stats(empty)
    assert (s.quotes, s.quoted_share, s.female_share, s.first_speaker) == (0, None, None, None)
    assert nk.quote_stats_table(empty).loc[0, "quotes"] == 0


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("gender", [("female", 73), ("unknown", 8)]),
        ("speaker_type", [("person", 76), ("place", 5)]),
        ("kind", [("full", 73), ("partial", 8)]),
    ],
    ids=["gender", "speaker-type", "kind"],
)
def test_voice_table(seed: nk.Article, by: str, expected: list[tuple[str, int]]) -> None:
    table = nk.voice_table(seed, by=by)  # type: ignore[arg-type]
    assert list(zip(table[by], table["words"], strict=True)) == expected
    assert table["share"].sum() == pytest.approx(1.0)


def test_voice_table_rejects_an_unknown_grouping(seed: nk.Article) -> None:
    with pytest.raises(ValueError, match="by must be"):
        nk.voice_table(seed, by="colour")  # type: ignore[arg-type]


def test_indirect_quotes_on_the_seed(seed: nk.Article) -> None:
    found = nk.indirect_quotes(seed)
    assert [(r.cue, r.speaker) for r in found] == [
        ("claims", "Asma al-Assad"),
        ("claimed", None),
        ("saying", None),
        ("said", "Asma al-Assad"),
        ("denounced", "United States"),
        ("says", "Russia"),
        ("said", "Kremlin"),
        ("according to", "Dmitry Peskov"),
    ]
    for r in found:
        assert seed.text[r.start : r.end] == r.text and seed.text[r.cue_start : r.cue_end] == r.cue
    assert found[1].speaker_as_written == "Syria’s first lady"
    assert found[-1].text == "The decision was a ‘manifestation of goodwill’"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Tom Ode said the port would reopen.", [("said", "Tom Ode")]),
        ("The port will reopen, the council said on Monday.", [("said", None)]),
        ("Rates rose, according to the Bank of England.", [("according to", "Bank of England")]),
        ("The merger was announced by the firm.", []),
        ("A firm called Acme bought it.", []),
        ("She said: “No.”", []),
        ("“I said no,” Mr Tom Ode said.", []),
        (
            "A quake hit a school, Indonesia's disaster agency said.\n\nMore came."
            "\n\nThe Geophysics Agency measured it. The National Disaster Agency (BNPB) counted.",
            [("said", "National Disaster Agency")],
        ),
        (
            "Mr Rob Fennimore spoke. Fennimore’s team said he had won.",
            [("said", "Rob Fennimore")],
        ),
        (
            "The RMT union balloted. The RMT union won. Clyde Shipping Ltd sighed."
            " It will talk, the company said.",
            [("said", "Clyde Shipping Ltd")],
        ),
    ],
    ids=[
        "said",
        "description-unnamed",
        "according-to",
        "passive",
        "called-name",
        "lead-in",
        "inside-and-after-quote",
        "lede-description-named-later",
        "person-possessive-is-not-a-description",
        "the-company-is-not-the-union",
    ],
)
def test_indirect_quotes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(r.cue, r.speaker) for r in nk.indirect_quotes(body(text))] == expected


def test_voice_and_position_charts(seed: nk.Article) -> None:
    from newskit.plots import quote_positions_chart, voice_chart

    bars = voice_chart(seed).axes[0]
    assert [t.get_text() for t in bars.get_yticklabels()][-1] == "Asma al-Assad"
    assert "81 quoted words" in bars.get_title()
    rows = quote_positions_chart(seed).axes[0]
    assert [t.get_text() for t in rows.get_yticklabels()] == [
        "Asma al-Assad (1)",
        "United States (1)",
        "Russia (1)",
        "Dmitry Peskov (1)",
    ]


def test_highlighted_article_marks_every_quote_part(seed: nk.Article) -> None:
    page = nk.highlight(seed).html
    assert page.count("<mark ") == 7  # four parts of the long quote, and three partial quotes
    assert page.count('title="Asma al-Assad (explained)"') == 4
    assert page.count("<p>") == len(seed.paragraphs) and page.count("<h3>") == 1


def test_highlighted_article_escapes_everything() -> None:
    hostile = (
        "<script>alert(1)</script> Storm\n\n"
        "Mr Tom <b>Ode</b> said: "
        "“<img src=x onerror=alert(2)> & \"quoted\" <a href='javascript:x'>”"
    )
    page = nk.highlight(nk.from_text(hostile), entities=True).html
    assert "<script>" not in page and "<img" not in page and "<a " not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quoted&quot;" in page


def test_highlight_with_entities_nests_names_inside_quotes() -> None:
    page = nk.highlight(body("“Syria will stay,” said Mrs Ruth Kay."), entities=True).html
    assert '<mark style="background:#0072b233"' in page
    assert page.index("<mark") < page.index('title="Syria (GPE)"') < page.index("</mark>")


def test_quote_words_are_counted_as_word_count_counts() -> None:
    from newskit.quotes import count_words

    root = Path(__file__).resolve().parent
    for path in sorted(root.glob("devset*/*.txt")):
        article = nk.load(path)
        assert count_words(article.body.text) == nk.word_count(article), path.name


def test_typewriter_quotes() -> None:
    assert texts("She said it was ``a disgrace'' and left. We''ll see.") == ["a disgrace"]


def test_interview_answers_speak_for_the_interviewee() -> None:
    a = nk.from_text(
        "Ferry boss\n\nNiamh Cassidy runs the ferry. Mr Tom Ode asked her about it.\n\n"
        "Q: Is it safe?\n\nA: Yes. I told the crews: “Nobody loses a job.”\n\n"
        "ODE: And the fares?\n\nCASSIDY: I said it plainly: “They stay.”"
    )
    assert [(q.text, q.speaker) for q in nk.quotes(a)] == [
        ("Nobody loses a job.", "Niamh Cassidy"),
        ("They stay.", "Niamh Cassidy"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Tom Ode said the town would look for “other ways”, adding that it was "
            "“not the end”.",
            [("Tom Ode", "verb before"), ("Tom Ode", "verb before")],
        ),
        (
            "The agency said only that votes were “a matter for the cantons”, and Mr Tom Ode "
            "said his group would fight on.",
            [(None, "verb before")],
        ),
        (
            "Ms Ann Nolan spoke last. “I thank Mr Paul Roe and Mrs Kemi Obi,” she said.",
            [("Ann Nolan", "after")],
        ),
    ],
    ids=["adding-that-is-not-a-speaker", "and-starts-a-new-clause", "names-in-the-quote"],
)
def test_attribution_after_the_quote_is_the_quote_s_own(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert [(q.speaker, q.rule) for q in nk.quotes(body(text))] == expected


def test_a_nation_s_ministry_speaks_for_the_nation() -> None:
    text = "France wants more. “It is not enough,” the French trade ministry said."
    assert [(q.speaker, q.speaker_type) for q in nk.quotes(body(text))] == [("France", "place")]


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        # a lede's unnamed role holder is the one named with that role just after
        ("Staffing was ‘wholly inadequate’, a coroner has said.", "Philippa Garside"),
        ("Staffing was ‘wholly inadequate’, the coroner said.", "Philippa Garside"),
        # not a role the person named after holds: no one
        ("Staffing was ‘wholly inadequate’, a judge has said.", None),
    ],
)
def test_a_role_in_the_lede_is_the_person_named_with_it_after(lede: str, speaker: str) -> None:
    article = nk.from_text(
        f"Lido inquest\n\n{lede}\n\nArea Coroner Philippa Garside told the court that two "
        "lifeguards had been on duty. Tom Hale, a lifeguard, said he saw nothing."
    )
    assert [q.speaker for q in nk.quotes(article)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Cubs born\n\nTwo cubs were born in East Yorkshire, the zoo said on Tuesday.\n\n"
            "The Wolds Animal Trust said both were healthy.",
            "Wolds Animal Trust",
        ),
        (
            "Last bank in town to close, MP says\n\nThe last bank branch in Llandeilo will"
            " close, its MP has said.\n\nRhodri Vaughan, the Plaid Cymru MP for the town,"
            " called it a blow.",
            "Rhodri Vaughan",
        ),
        (
            "Mine blast kills four\n\nKATOWICE, Poland, Nov 4 (Meridian) - An explosion killed"
            " four miners, the mine's operator said.\n\nGornoslaska Spolka Weglowa (GSW) said"
            " sensors had worked.",
            "Gornoslaska Spolka Weglowa",
        ),
        (
            "Museum to return treasures, director says\n\nA museum will return 23 objects, its"
            " director said on Wednesday.\n\nDr Miriam Oakes, the museum’s director, said staff"
            " had spent three years on it.",
            "Miriam Oakes",
        ),
        (
            "Drug cuts flares by half, Company Says\n\nAn experimental drug cut flares by 46%,"
            " its maker, Corvane Therapeutics Inc., said Monday, after a study by the Lupus"
            " Foundation of America.",
            "Corvane Therapeutics Inc.",
        ),
        (
            "Care union threatens strike\n\nThe Care Workers’ Union will ballot its members,"
            " its general secretary told the conference.\n\nBernadette Nolan said pay had"
            " fallen.",
            "Bernadette Nolan",
        ),
        (
            "Diner to close\n\nThe Lucky Spoon, a Slavic Village diner, will close, its owner"
            " said this week.\n\n“We fed this neighborhood,” Maria Kowalski said.",
            "Maria Kowalski",
        ),
        (
            "Port strike\n\nDockers walked out, leaving 40 ships waiting, the port authority"
            " said.\n\nPort of Antwerp-Bruges said only two berths were working.",
            "Port of Antwerp-Bruges",
        ),
    ],
    ids=[
        "lede-body-named-first-in-the-next-paragraph",
        "headline-mp-named-after",
        "wire-operator-is-no-dateline-agency",
        "headline-role-named-after",
        "headline-company-is-the-lede-s-first-business",
        "lede-role-is-the-next-paragraph-s-first-name",
        "lede-role-is-the-next-paragraph-s-speaker",
        "lede-body-named-by-its-modifier",
    ],
)
def test_a_headline_or_lede_speaker_is_named_after_it(text: str, speaker: str) -> None:
    assert nk.indirect_quotes(nk.from_text(text))[0].speaker == speaker


def test_a_headline_quote_is_the_body_speaker_s_whatever_the_headline_names() -> None:
    article = nk.from_text(
        "Lucky Spoon diner to close: ‘We fed this neighborhood’\n\n"
        "The Lucky Spoon will close on Sunday.\n\n"
        "“We fed this neighborhood for 40 years,” Maria Kowalski said."
    )
    assert [(q.speaker, q.rule) for q in nk.quotes(article)] == [
        ("Maria Kowalski", "quoted in the body"),
        ("Maria Kowalski", "after"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prices for white Burgundy have risen by 40 per cent, said James Halliwell, a buyer.",
            "James Halliwell",
        ),
        (
            "Lucía Carrizo, a pundit for ESPN, said Santiago Ferreyra would need time.",
            "Lucía Carrizo",
        ),
    ],
    ids=["said-then-the-name", "said-then-a-clause"],
)
def test_a_name_right_after_said_speaks_only_when_it_ends_the_clause(
    text: str, speaker: str
) -> None:
    assert [r.speaker for r in nk.indirect_quotes(body(text))] == [speaker]


def test_a_role_outside_the_lede_is_not_looked_for_ahead() -> None:
    article = nk.from_text(
        "Lido inquest\n\nA boy drowned at the lido in August.\n\n"
        "Staffing was ‘wholly inadequate’, a coroner said.\n\n"
        "Area Coroner Philippa Garside later told the court more."
    )
    assert [q.speaker for q in nk.quotes(article)] == [None]


def test_a_one_word_headline_quote_keeps_the_headline_s_speaker() -> None:
    article = nk.from_text(
        "Race times scrapped as RunEast Events says ‘sorry’\n\n"
        "RunEast Events voided the results.\n\n"
        "“We are truly sorry,” said Lisa Chamberlain, its director."
    )
    assert [q.speaker for q in nk.quotes(article)] == ["RunEast Events", "Lisa Chamberlain"]


def test_which_after_a_nation_s_ministry_is_the_nation() -> None:
    text = (
        "France grows grapes. Few growers insure, according to the French agriculture"
        " ministry, which said it would help."
    )
    assert [(r.cue, r.speaker) for r in nk.indirect_quotes(body(text))] == [
        ("according to", "France"),
        ("said", "France"),
    ]


def test_a_relative_speaks_as_introduced_and_is_no_subject_after_with() -> None:
    text = (
        "Olivia Tennant, nine, who was at the park with her father, Graham, from Hull, said"
        " she liked it.\n\nHer father said the family had driven up ‘twice already’."
    )
    article = body(text)
    assert [r.speaker for r in nk.indirect_quotes(article)] == ["Olivia Tennant", "Graham Tennant"]
    assert [q.speaker for q in nk.quotes(article)] == ["Graham Tennant"]


def test_a_reported_clause_naming_no_one_is_spoken_by_the_verb_that_reports_it() -> None:
    text = (
        "The mine flooded.\n\nSolidarity, the largest union at the mine, said its members had"
        " complained about the sensors “at least three times” since the summer."
    )
    assert [(q.speaker, q.cue) for q in nk.quotes(body(text))] == [("Solidarity", "said")]


def test_a_quote_after_a_sentence_ending_inside_its_closing_mark_stands_alone() -> None:
    text = (
        'Carver said prices could rise "for a few weeks, not a few months." "Egg prices are'
        ' jumpy," Carver said.'
    )
    assert [q.kind for q in nk.quotes(body(text))] == ["partial", "full"]


def test_a_speech_noun_after_its_article_is_no_speech_verb() -> None:
    text = (
        "Cork City Council launched the scheme in 2023, the first outside Dublin, with a"
        " promise to take “thousands of car journeys” off the roads."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == [None]  # no verb: not Dublin
    assert [r.cue for r in nk.indirect_quotes(body(text))] == []


def test_an_interviewer_s_your_chairman_is_the_chairman() -> None:
    text = (
        "Colin Ferris, the company chairman, backed it.\n\n"
        "Q: Your chairman has called the order “brave and slightly terrifying”. Is he wrong?"
    )
    assert [(q.speaker, q.speaker_as_written) for q in nk.quotes(body(text))] == [
        ("Colin Ferris", "Your chairman")
    ]


def test_a_name_after_said_that_a_verb_follows_is_not_the_speaker() -> None:
    text = (
        "Tom Brennan, 71, who has eaten there “most days since the Browns were good,” said his"
        " late wife, Carol, used to call it a kitchen."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == [None]  # not Carol


def test_a_lead_in_ending_in_said_and_a_comma_keeps_its_quote_apart_from_the_next() -> None:
    text = (
        "A beekeeper, Terry Blake, rang me in August and said, ‘I’ve got one. What do I "
        "do?’ I told him, ‘Find the nest.’"
    )
    assert [(q.text, q.speaker, q.cue) for q in nk.quotes(body(text))] == [
        ("I’ve got one. What do I do?", "Terry Blake", "said"),
        ("Find the nest.", None, "told"),
    ]


def test_a_description_with_a_place_in_it_is_the_body_named_with_that_place() -> None:
    text = (
        "The Museum of Lancashire Life and Industry displayed it. The British Museum "
        "valued it.\n\nThe Lancashire museum said it would ‘do everything’ to keep it."
    )
    assert [(q.speaker, q.speaker_as_written) for q in nk.quotes(body(text))] == [
        ("Museum of Lancashire Life and Industry", "The Lancashire museum")
    ]


def test_a_description_with_a_name_in_it_is_that_body() -> None:
    # and "call" in "the company’s call centre" is a noun, not the quote's verb
    text = (
        "Kinetic Home Energy collapsed.\n\nThe GMB union, which represents 300 Kinetic staff "
        "at the company’s call centre in Swindon, said workers had learned of it ‘from the news’."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["GMB"]


def test_the_club_is_the_story_s_team_when_no_name_says_club() -> None:
    text = (
        "The Peoria Foxhounds will leave after 76 years, the minor league baseball club said."
        "\n\nMajor League Baseball approved the move.\n\n"
        "In a statement, the club said it had “exhausted every option” to stay."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Peoria Foxhounds"]


def test_the_headteacher_is_the_person_introduced_as_such() -> None:
    text = (
        "The headteacher, Claire Donnelly, who joined in April, said she accepted the report. "
        "‘Exclusions are down by half,’ the headteacher said."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Claire Donnelly"]


def test_said_a_body_s_role_and_a_name_is_that_person() -> None:
    text = (
        "The Icelandic Meteorological Office (IMO) raised the code.\n\n"
        "“We have been watching Katla,” said IMO volcanologist Sigrún Björnsdóttir."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Sigrún Björnsdóttir"]


def test_police_after_a_comma_in_a_wire_lede_is_the_force_named_next() -> None:
    text = (
        "Katla erupts\n\nVIK, Iceland, Oct 2 (Meridian) - Katla erupted on Thursday, forcing "
        "700 people to leave the village of Vík, police said.\n\n"
        "The South Iceland Police said roads were closed."
    )
    assert [r.speaker for r in nk.indirect_quotes(nk.from_text(text))] == [
        "South Iceland Police",
        "South Iceland Police",
    ]


def test_a_headline_quote_matches_its_body_quote_whatever_the_apostrophe() -> None:
    text = (
        "Ballroom saved – ‘It’s ours now’\n\n"
        '"We did it. It`s ours now," said Deirdre O’Hare, chair of the society.'
    )
    found = nk.quotes(nk.from_text(text))
    assert [(q.text, q.speaker) for q in found] == [
        ("It’s ours now", "Deirdre O’Hare"),
        ("We did it. It`s ours now,", "Deirdre O’Hare"),
    ]


def test_a_headline_quote_after_a_description_is_the_person_the_story_opens_with() -> None:
    text = (
        "The Jersey beekeeper who hunts hornets: ‘I have found 40 nests since May’\n\n"
        "Yvonne Le Maistre keeps 30 hives above St Aubin."
    )
    assert [q.speaker for q in nk.quotes(nk.from_text(text))] == ["Yvonne Le Maistre"]


def test_a_description_stands_for_what_it_stood_for_before() -> None:
    text = (
        "Customers will be moved after Kinetic Home Energy collapsed, the energy regulator "
        "said.\n\nOfgem said balances were safe. Kinetic had 200,000 customers.\n\n"
        "“Nobody needs to do anything,” a spokeswoman for the regulator said."
    )
    assert [q.speaker for q in nk.quotes(nk.from_text(text, headline=False))] == ["Ofgem"]
    assert [r.speaker for r in nk.indirect_quotes(nk.from_text(text, headline=False))] == [
        "Ofgem",
        "Ofgem",
    ]


def test_a_sport_s_court_and_its_panel_are_the_court_named_next() -> None:
    text = (
        "The player lost her appeal after sport’s highest court called her account "
        "‘implausible’.\n\nThe Court of Arbitration for Sport (CAS) said she had failed. "
        "The panel said her account was ‘not supported’."
    )
    assert [q.speaker for q in nk.quotes(nk.from_text(text, headline=False))] == [
        "Court of Arbitration for Sport",
        "Court of Arbitration for Sport",
    ]


def test_a_name_opening_what_was_said_is_not_the_speaker_of_a_quote_in_it() -> None:
    text = (
        "Arcturus Launch Systems delayed the launch.\n\nThe Federal Aviation Administration, "
        "which licenses launches, said Arcturus had not asked to change its licence and that "
        "no change was needed “at this stage”."
    )
    assert [(q.speaker, q.cue) for q in nk.quotes(body(text))] == [
        ("Federal Aviation Administration", "said")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Meltwater, known as a “jökulhlaup,” was expected.", "title"),
        ("The flight, called “First Light,” will carry two people.", "title"),
        ("It was what its president, Jérôme Fournier, called «people who never came».", "partial"),
    ],
    ids=["known-as-a", "a-name-given", "someone-called-it"],
)
def test_names_given_are_titles_not_speech(text: str, kind: str) -> None:
    assert [q.kind for q in nk.quotes(body(text))] == [kind]


def test_the_name_after_told_is_the_listener_not_the_speaker() -> None:
    text = (
        "Isla McKendrick lost her appeal.\n\nThe former world No 31 had told the "
        "International Tennis Integrity Agency (ITIA) that the drug came from a supplement."
    )
    assert [r.speaker for r in nk.indirect_quotes(body(text))] == [None]


def test_a_name_inside_what_was_said_is_not_its_speaker() -> None:
    text = (
        "Isla lost.\n\nThe ruling said the supplement’s Portuguese maker had co-operated.\n\n"
        "The Cass Valley School District will switch. Parents can use child care, which the "
        "district says it will offer."
    )
    found = nk.indirect_quotes(body(text))
    assert [(r.cue, r.speaker) for r in found] == [
        ("said", None),
        ("says", "Cass Valley School District"),
    ]


def test_organisers_in_a_headline_are_the_company_that_runs_the_event() -> None:
    text = (
        "Race times scrapped after course found short – organisers say “sorry”\n\n"
        "Results from Sunday’s race have been declared void, RunEast Events said.\n\n"
        "“We are sorry,” said Lisa Chamberlain, its managing director."
    )
    found = nk.quotes(nk.from_text(text))
    assert (found[0].text, found[0].speaker) == ("sorry", "RunEast Events")


def test_a_party_s_mp_is_a_person_not_the_party() -> None:
    text = (
        "Owen Gallagher called it a betrayal. The Labour MP, whose grandmother was a nurse, "
        "said the trust had been ‘left to fail’."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == [None]  # not the Labour Party


def test_the_union_named_of_two_trades() -> None:
    text = (
        "The Brotherhood of Locomotive Engineers and Trainmen said the crew was unhurt. "
        "The union said it had warned that trains were “too long”."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == [
        "Brotherhood of Locomotive Engineers and Trainmen"
    ]


def test_a_second_quote_after_and_would_is_the_same_speaker() -> None:
    text = (
        "Seri Harbour Development Bhd said it had complied with “every condition” and would "
        "respond to UNESCO “in full and in good faith”."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == [
        "Seri Harbour Development Bhd",
        "Seri Harbour Development Bhd",
    ]


def test_the_fire_chief_in_a_lede_is_the_chief_named_next() -> None:
    text = (
        "About 3,000 people left their homes, and the fire chief said they should not "
        "return.\n\n“Stay away,” Fire Chief Darnell Brooks said."
    )
    assert nk.indirect_quotes(body(text))[0].speaker == "Darnell Brooks"


def test_a_firm_with_a_comma_in_its_name_speaks_from_its_apposition() -> None:
    text = "The architects, Carraway, Bell and Stone LLP, said it would keep ‘the best’."
    assert [q.speaker for q in nk.quotes(body(text))] == ["Carraway, Bell and Stone LLP"]


def test_a_band_after_a_plural_role_speaks_and_is_the_band() -> None:
    text = (
        "Headliners The Salt Lanterns said in a post that they were “gutted for everyone”. "
        "“Bring wellies anyway,” the band wrote."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["The Salt Lanterns", "The Salt Lanterns"]


def test_a_second_clause_after_but_that_is_the_same_speaker() -> None:
    text = (
        "West Midlands Fire Service said it had “no objection in principle” but that the "
        "Hillfields Trust had added “up to a minute” to some response times."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == [
        "West Midlands Fire Service",
        "West Midlands Fire Service",
    ]


def test_a_relative_insert_holding_commas_leaves_the_subject_before_it() -> None:
    text = (
        "Mercia Rail will cancel 40 trains a day. The company, which runs trains between "
        "Birmingham, Shrewsbury, Hereford and Worcester, said it would publish a timetable."
    )
    assert [r.speaker for r in nk.indirect_quotes(body(text))] == ["Mercia Rail"]


def test_said_a_body_s_role_and_a_name_is_the_person_named() -> None:
    text = (
        "The Medway Rangers Supporters Trust said the club had ‘outgrown’ its ground. "
        "‘Kids are growing up,’ said the trust’s chair, Lee Barham."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == [
        "Medway Rangers Supporters Trust",
        "Lee Barham",
    ]


def test_a_passive_speech_verb_is_not_the_cue() -> None:
    text = (
        "Wrekin University will cut 200 jobs. Dr Nadia Osei, president of the union’s "
        "Wrekin branch, said staff had been told ‘almost nothing’."
    )
    assert who(text) == [("Nadia Osei", "said", "partial")]


def test_the_agency_is_the_authority_and_it_is_the_agency_that_spoke_last() -> None:
    text = (
        "Members of the Amalgamated Transit Union approved the deal, the union said. The "
        "board of the River City Transit Authority will vote.\n\nThe agency said the contract "
        "would cost $11 million. In a statement, it said it was “grateful to both teams.”"
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["River City Transit Authority"]
    assert [r.speaker for r in nk.indirect_quotes(body(text))][1:] == [
        "River City Transit Authority",
        "River City Transit Authority",
    ]


def test_a_body_introduced_as_regulating_is_the_regulator() -> None:
    text = (
        "The Office for Students, which regulates higher education in England, said many "
        "universities were in deficit. Union leaders met on Monday.\n\nA spokesperson for the "
        "regulator said it was ‘in close contact’ with Wrekin."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Office for Students"]


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    text = (
        "The Bank of Thailand held rates, the bank said in a statement.\n\n“The committee "
        "judged that policy remains appropriate,” the statement said."
    )
    assert [(q.speaker, q.speaker_as_written) for q in nk.quotes(body(text))] == [
        ("Bank of Thailand", "the statement")
    ]


def test_the_grocer_is_the_supermarket_chain() -> None:
    text = (
        "The supermarket chain Northway is to close 23 stores, the company said.\n\n"
        "The Wakefield-based grocer said the stores would shut."
    )
    assert [r.speaker for r in nk.indirect_quotes(body(text))] == ["Northway", "Northway"]


def test_a_headline_operator_is_never_the_agency_of_the_dateline() -> None:
    text = (
        "Three killed at Peru copper mine, operator says\n\nAREQUIPA, Peru, Nov 4 (Meridian) - "
        "Three workers were killed at a copper mine, its operator said.\n\nAndina Cobre SA "
        "said the rockfall happened at 3 a.m."
    )
    found = nk.indirect_quotes(nk.from_text(text))
    assert [r.speaker for r in found] == ["Andina Cobre SA"] * 3


def test_in_what_its_owner_called_is_the_owner_named_next() -> None:
    text = (
        "Airport to add routes\n\nMarches Airport will add flights to Spain and Portugal, in "
        "what its owner called ‘the biggest year in our history’.\n\nWrekin Aviation Group, "
        "which bought the airfield in 2014, said it would grow."
    )
    assert [q.speaker for q in nk.quotes(nk.from_text(text))] == ["Wrekin Aviation Group"]


def test_she_after_a_name_that_opens_a_who_clause_is_that_person() -> None:
    text = (
        "Linda Cheng, the board president, said she would vote.\n\nBoth challenges were "
        "filed by Stacy Rowland, a mother of three, who said the novel was “unsuitable.” "
        "She told the board that she was “not trying to ban anything.”"
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Stacy Rowland", "Stacy Rowland"]


def test_a_council_s_committee_speaks_for_the_council() -> None:
    text = (
        "Plans were put on hold after Medway Council’s planning committee said it needed "
        "more information.\n\nMedway Rangers play in League Two."
    )
    assert [(r.speaker, r.speaker_as_written) for r in nk.indirect_quotes(body(text))] == [
        ("Medway Council", "Medway Council’s planning committee")
    ]


def test_a_verb_joined_to_the_first_in_a_wire_lede_is_not_the_dateline_s() -> None:
    text = (
        "Bank holds rates\n\nBANGKOK, Feb 26 (Meridian) - Thailand’s central bank kept its "
        "benchmark rate unchanged, but said it was ready to cut.\n\nThe Bank of Thailand’s "
        "committee voted 5-2, the bank said."
    )
    found = nk.indirect_quotes(nk.from_text(text))
    assert [r.speaker for r in found] == ["Bank of Thailand", "Bank of Thailand"]


def test_a_headline_quote_then_a_colon_and_a_description_is_the_story_s_first_person() -> None:
    text = (
        "“Nights gave me this book”: the nurse who became a novelist at 61\n\n"
        "For 34 years Joan Mallory worked nights on the wards. Her novel is out in May."
    )
    assert [(q.speaker, q.rule) for q in nk.quotes(nk.from_text(text))] == [
        ("Joan Mallory", "colon")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parking rise is ‘a tax on the sick’, campaigners say\n\n"
            "Campaigners have called the rise ‘a tax on the sick’.\n\n"
            "The campaign group Fair Parking for Nene Valley said: ‘This is wrong.’",
            ["Fair Parking for Nene Valley"] * 3,
        ),
        (
            "Stadium plan on hold as residents warn of ‘matchday chaos’\n\n"
            "Plans to expand the ground used by Medway Rangers have been put on hold.\n\n"
            "The Horsted Park Residents’ Association said: ‘It is chaos.’",
            ["Horsted Park Residents’ Association"] * 2,
        ),
        (
            "Plan approved\n\nResidents said the plan was ‘a disaster’. Medway Council said "
            "it would go ahead.",
            [None],
        ),
    ],
    ids=["campaign-group", "residents-association", "no-body-named"],
)
def test_campaigners_and_residents_are_the_body_that_speaks_for_them(
    text: str, expected: list[str | None]
) -> None:
    assert [q.speaker for q in nk.quotes(nk.from_text(text))] == expected


def test_accused_and_described_report_speech_but_not_as_participles() -> None:
    text = (
        "Quiet Skies Shropshire said the plan meant ‘more noise’, and accused the council of "
        "‘subsidising holiday flights’. The MP, Marcus Hale, described car parks as "
        "‘the last places anyone should pay’.\n\nA sheriff accused of fraud resigned. "
        "The microbes described so far work only in warm conditions. A group calling "
        "itself Black Lantern said it had the data."
    )
    assert [(r.cue, r.speaker) for r in nk.indirect_quotes(body(text))] == [
        ("said", "Quiet Skies Shropshire"),
        ("accused", "Quiet Skies Shropshire"),
        ("described", "Marcus Hale"),
        ("said", "Black Lantern"),
    ]


def test_a_participle_after_a_comma_reports_the_main_clause_s_speaker() -> None:
    text = (
        "The farmers’ organisation COAG warned that harvests in Jaén and Granada could "
        "fall, describing the season as “a disaster”. Two of the missing are Ukrainian "
        "citizens, Ukraine's embassy in Warsaw said, adding that staff were there."
    )
    assert [(r.cue, r.speaker) for r in nk.indirect_quotes(body(text))] == [
        ("warned", "COAG"),
        ("describing", "COAG"),
        ("said", "Ukraine"),
        ("adding", "Ukraine"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Whitaker has already had two calls from a man claiming to be the bank.",
        "The port could take extra calls. The brigade will answer its calls.",
        "Oil prices are set in Riyadh, and I have no say in either.",
        "Ms Dunmore thought it was far too early to say.",
        "Before “Harbour Wall”, a song she wrote after a row, she turned to the crowd.",
        "Germany was not told. The public deserved to be asked, not told.",
    ],
    ids=["two-calls", "its-calls", "a-say", "too-early-to-say", "a-song-she-wrote", "not-told"],
)
def test_speech_words_used_otherwise_report_no_speech(text: str) -> None:
    assert nk.indirect_quotes(body(text)) == ()


def test_the_republican_said_is_the_party_s_member_named_before() -> None:
    text = (
        "Sen. Mark Oyelaran, a Lima Republican, spoke, and Jo Bell nodded. "
        '"We will fight," the Republican said.\n\n'
        "The council leader, Cllr Rachel Okonedo, told the meeting it had no choice. "
        "‘I did not come into politics for this,’ the Liberal Democrat said."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Mark Oyelaran", "Rachel Okonedo"]


def test_a_listed_public_body_is_the_regulator_and_never_the_company() -> None:
    text = (
        "Ofgem has accused a network operator of leaving solar farms waiting.\n\n"
        "In a letter, the regulator said Pennine Power Networks had “consistently failed”.\n\n"
        "Ofgem said it had opened an investigation. Pennine Power Networks rejected the "
        "criticism. In a statement, the company said the delays were “overwhelmingly” caused "
        "by the national queue."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Ofgem", "Pennine Power Networks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire destroyed Hillcrest Farm Shop. In a post on Facebook, the shop said "
            "it had been ‘completely overwhelmed’.",
            "Hillcrest Farm Shop",
        ),
        (
            "The Mercer County Agricultural Society, which runs the fair, rejected the account. "
            'In a statement, the society said every barn had "water available at all times."',
            "Mercer County Agricultural Society",
        ),
    ],
    ids=["the-shop", "the-society"],
)
def test_the_shop_and_the_society_are_the_body_named_so(text: str, expected: str) -> None:
    assert [q.speaker for q in nk.quotes(body(text))] == [expected]


def test_he_is_not_the_name_given_to_his_object() -> None:
    text = (
        "Dennis Pascoe was 19 when his pager went off.\n\nOn Saturday the 57-year-old will "
        "hand command of the lifeboat to his deputy, Tamsin Roberts, who will lead the "
        "crew.\n\n‘I’ve been out more than 900 times,’ he said.\n\nHer manager, Sophie "
        "Clarke, said the pair would play. ‘She does not do cancelled,’ she said."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Dennis Pascoe", "Sophie Clarke"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an apposition says which body is the company
            "Llano County will put up sirens, the Texas Division of Emergency Management said."
            "\n\nThey will be supplied by Lone Star Alert Systems, a Round Rock-based company. "
            'In a statement, the company said they would be working "well before spring."',
            "Lone Star Alert Systems",
        ),
        (  # a miner is a company too
            "The state agency Feam inspected the Corrego Fundo dam. The dam is owned by "
            "Mineracao Serra Azul SA, a privately held iron ore miner. The company said it "
            'was "fully cooperating" with the regulator.',
            "Mineracao Serra Azul SA",
        ),
        (  # "the automaker" is a business, "Mich." only where it is based
            "Northline Automotive will cut a shift at its Saginaw plant, the United Auto "
            "Workers said. The Troy, Mich.-based automaker said it needed to "
            '"match production to demand."',
            "Northline Automotive",
        ),
    ],
)
def test_a_description_of_a_business_is_the_business_the_story_calls_so(
    text: str, expected: str
) -> None:
    assert [q.speaker for q in nk.quotes(body(text))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body's own document speaks for it
            "Tynebank was inspected by Ofsted in 2023. Ofsted’s report said pupils were "
            "“happy, safe and keen to learn”.",
            "Ofsted",
        ),
        (  # "the report" is whoever published it, named after a few words
            "Families lived with mould, the Housing Ombudsman has said.\n\nIn a report "
            "published on Thursday, the ombudsman found serious failings at Kingsmead "
            "Council.\n\nThe report said the council had ‘no reliable record’ of repairs.",
            "Housing Ombudsman",
        ),
        (  # "the spokesperson" introduced as one for a body
            "A spokesperson for the Department for Communities, which is responsible for listed "
            "buildings in Northern Ireland, said "
            "work would need consent. ‘We will work closely with the company,’ the "
            "spokesperson said.",
            "Department for Communities",
        ),
        (  # "a civil defence spokesman" is the body with those words in its name
            "The Minas Gerais Civil Defence said it had marked escape routes. The mine said "
            'it was cooperating. "Every family should know its route," a civil defence '
            "spokesman said.",
            "Minas Gerais Civil Defence",
        ),
    ],
)
def test_documents_and_spokespeople_speak_for_their_body(text: str, expected: str) -> None:
    assert [q.speaker for q in nk.quotes(body(text))][-1] == expected


def test_it_after_a_quote_is_the_body_before_not_a_name_inside_the_quote() -> None:
    text = (
        "Salmon exports were worth 120 billion crowns, according to the Norwegian Seafood "
        "Council.\n\nThe council said it did not expect the outbreak to hurt demand. "
        '"Consumers should be reassured that ISA poses no risk to food safety," it said.'
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Norwegian Seafood Council"]


def test_she_is_not_a_person_her_son_or_husband() -> None:
    text = (
        "Fiona MacRae, 58, has been a volunteer for 30 years. She runs the post office and "
        "carries her pager everywhere, including, her husband Ewan says, to weddings."
        "\n\n‘I took it to my own daughter’s wedding,’ she says."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Fiona MacRae"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Westgate Dental Practice will leave the NHS. The practice said it had been "
            "‘losing money’.",
            ["Westgate Dental Practice"],
        ),
        (
            "NHS Lincolnshire Integrated Care Board pays for dentistry. A spokesperson for the "
            "ICB said: ‘We understand.’",
            ["NHS Lincolnshire Integrated Care Board"],
        ),
        (
            "Ofsted visited the school. Inspectors who made two visits said pupils were ‘at risk’.",
            ["Ofsted"],
        ),
    ],
    ids=["the-practice", "initials-of-the-last-words", "inspectors"],
)
def test_descriptions_acronyms_and_groups_for_bodies(text: str, expected: list[str]) -> None:
    assert [q.speaker for q in nk.quotes(body(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gareth Wynne, whose mother died in January, paid £4,300 for her funeral. "
        "‘Mam would have been horrified,’ he said.",
        "Gareth Wynne spoke.\n\nAfter that, he says, he and Ruth will move. "
        "“I shall sit at the back,” he says.",
    ],
    ids=["her-is-the-mother-s", "he-and-ruth"],
)
def test_he_is_the_man_not_the_woman_near_him(text: str) -> None:
    assert [q.speaker for q in nk.quotes(body(text))] == ["Gareth Wynne"]


def test_the_airline_is_not_the_authority_that_investigated_it() -> None:
    text = (
        "The civil aviation authority, Aerocivil, published its report. Aerocivil said "
        "the crew was tired. Aerocivil blamed the airline.\n\nAeroSabana said in a statement "
        'that it accepted the findings.\n\n"Nothing we do can bring them back," the airline said.'
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["AeroSabana"]


def test_its_report_and_the_report_are_the_body_that_wrote_it() -> None:
    text = (
        "The Care Quality Commission (CQC) said Beechcroft House had ‘failed to protect "
        "people’. Its report, published on Wednesday, described care at the home as "
        "‘task-focused and rushed’.\n\nFood charts were ‘incomplete or missing’ for a third "
        "of residents, the report said."
    )
    assert [q.speaker for q in nk.quotes(body(text))] == ["Care Quality Commission"] * 3


def test_the_police_and_crime_commissioner_is_the_person_not_the_force() -> None:
    text = (
        "Police to close stations as commissioner calls plan ‘painful but necessary’\n\n"
        "Nine stations will close, in what the region’s police and crime commissioner has "
        "described as a ‘painful but necessary’ decision.\n\nDyfed-Powys Police said the "
        "stations were little used. The commissioner, Gareth Pryce-Jones, said: ‘It is hard.’"
    )
    assert [q.speaker for q in nk.quotes(nk.from_text(text))] == ["Gareth Pryce-Jones"] * 3
