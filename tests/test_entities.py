"""Entities: recognition on news sentences, alias resolution, tables, gazetteers, spaCy."""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.gazetteer import Entry, default_gazetteer, read_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "asma-al-assad-interview.txt"


def body(text: str) -> nk.Article:
    return nk.from_text(text, headline=False)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in nk.mentions(body(text))]


# --- the seed article, as the issue states it ------------------------------------

SEED_COUNTS = {
    ("Asma al-Assad", "PERSON"): 4,
    ("Bashar al-Assad", "PERSON"): 4,
    ("Hafez al-Assad", "PERSON"): 1,
    ("Dmitry Peskov", "PERSON"): 1,
    ("Vladimir Putin", "PERSON"): 1,
    ("Syria", "GPE"): 8,
    ("Aleppo", "GPE"): 2,
    ("Russia", "GPE"): 1,
    ("United States", "GPE"): 1,
    ("Kremlin", "ORG"): 1,
    ("Russia24", "ORG"): 1,
    ("Instagram", "ORG"): 1,
    ("Syrian", "NORP"): 2,
    ("Russian", "NORP"): 2,
    ("British", "NORP"): 1,
}


def test_seed_entities_and_counts() -> None:
    table = nk.entity_frequencies(nk.load(SEED))
    assert {(r.name, r.type): r.mentions for r in table.itertuples()} == SEED_COUNTS


def test_seed_aliases_resolve_with_their_evidence() -> None:
    by_name = {e.name: e for e in nk.entities(nk.load(SEED))}
    asma, bashar = by_name["Asma al-Assad"], by_name["Bashar al-Assad"]
    assert asma.aliases == ("Asma Al-Assad", "Al-Assad", "Mrs Al-Assad")
    assert bashar.aliases == ("Assad", "Bashar Al-Assad", "Mr Al-Assad", "President al-Assad")
    assert (asma.gender, bashar.gender, by_name["Hafez al-Assad"].gender) == (
        "female",
        "male",
        "unknown",
    )
    links = {m.text: m.link for m in bashar.mentions}
    assert "role (president)" in links["President al-Assad"]
    assert links["Assad"].endswith("most mentioned")  # the headline's "Assad’s wife"
    alone = next(m for m in asma.mentions if m.text == "Al-Assad")
    assert "gender (female)" in alone.link  # "Al-Assad said she would not be leaving"
    assert by_name["Hafez al-Assad"].mentions[0].link == "first name; surname from 'his father'"
    assert any(e.startswith("Mrs (paragraph") for e in asma.evidence)


def test_seed_mentions_point_into_the_text() -> None:
    article = nk.load(SEED)
    table = nk.entity_mentions(article)
    assert len(table) == sum(SEED_COUNTS.values())
    for row in table.itertuples():
        assert article.text[row.start : row.end] == row.text


# --- recognition on news sentences ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Amelia Chen said the plan would work.", [("Dr. Amelia Chen", "PERSON")]),
        ("Mrs Hollis’s allies were furious.", [("Mrs Hollis", "PERSON")]),
        ("It was Assad's decision, said Gen. Omar Farouk.", [("Gen. Omar Farouk", "PERSON")]),
        (
            "Crown Prince Mohammed bin Salman met the envoy.",
            [("Crown Prince Mohammed bin Salman", "PERSON")],
        ),
        ("The striker Pieter van der Berg scored twice.", [("Pieter van der Berg", "PERSON")]),
        ("Judge Fiona O’Neill adjourned the case.", [("Judge Fiona O’Neill", "PERSON")]),
        ("But Once Yes the rain fell.", []),
        (
            "Officials at NATO and the UN met in Brussels.",
            [("NATO", "ORG"), ("UN", "ORG"), ("Brussels", "GPE")],
        ),
        ("It was a despicable PR stunt, the CEO said on TV.", []),
        ("She spoke to broadcaster Russia24 on Monday.", [("Russia24", "ORG")]),
        ("The British-born banker moved to Oslo.", [("British", "NORP"), ("Oslo", "GPE")]),
        (
            "Finnish President Aino Laaksonen arrived.",
            [("Finnish", "NORP"), ("President Aino Laaksonen", "PERSON")],
        ),
        ("The Russian Foreign Ministry said no.", [("Russian Foreign Ministry", "ORG")]),
        ("MPs debated the Housing Bill in the House of Commons.", [("House of Commons", "ORG")]),
        ("The Greenfield Housing Trust objected.", [("Greenfield Housing Trust", "ORG")]),
        (
            "Floods hit Pima County and the Wadden Sea coast.",
            [("Pima County", "GPE"), ("Wadden Sea", "LOC")],
        ),
        ("Syrians and Russians disagreed.", [("Syrians", "NORP"), ("Russians", "NORP")]),
    ],
)
def test_recognition(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_dateline_in_capitals_is_the_place() -> None:
    article = body("GENEVA, March 12 (Meridian) - Talks resumed in Geneva on Tuesday.")
    names = {(e.name, e.type, len(e.mentions)) for e in nk.entities(article)}
    assert ("Geneva", "GPE", 2) in names


def test_surname_alone_links_to_the_person_named_before() -> None:
    article = body(
        "Transport Secretary Louise Haigh visited. Ms Haigh said the line would reopen. "
        "Haigh later left."
    )
    (person,) = nk.entities(article)
    assert (person.name, person.gender, len(person.mentions)) == ("Louise Haigh", "female", 3)
    assert person.mentions[0].title == "Transport Secretary"


def test_shared_surname_is_told_apart_by_honorific() -> None:
    article = body(
        "Gareth Pritchard and his wife, Lowri Pritchard, ran the home. "
        "Mrs Pritchard kept the books. Mr Pritchard signed the cheques."
    )
    people = {e.name: [m.text for m in e.mentions] for e in nk.entities(article)}
    assert people == {
        "Gareth Pritchard": ["Gareth Pritchard", "Mr Pritchard"],
        "Lowri Pritchard": ["Lowri Pritchard", "Mrs Pritchard"],
    }


def test_pronoun_gives_gender_only_when_it_refers_to_the_person() -> None:
    article = body("Sam Okoye said he would appeal. Jordan Lee declined to comment.")
    genders = {e.name: e.gender for e in nk.entities(article)}
    assert genders == {"Sam Okoye": "male", "Jordan Lee": "unknown"}


def test_organisation_acronym_and_short_form_are_one_entity() -> None:
    article = body(
        "The Greenfield Housing Trust objected. A GHT spokesman said Greenfield Housing "
        "would appeal. PayBridge 360 collapsed; PayBridge's founder fled."
    )
    table = nk.entity_frequencies(article)
    assert table[["name", "mentions"]].values.tolist() == [
        ["Greenfield Housing Trust", 3],
        ["PayBridge 360", 2],
    ]


# --- tables --------------------------------------------------------------------


def test_tables_have_the_documented_columns() -> None:
    article = nk.load(SEED)
    assert list(nk.entity_frequencies(article).columns) == [
        "name",
        "type",
        "mentions",
        "aliases",
        "gender",
        "first_paragraph",
        "paragraphs",
    ]
    people = nk.entity_frequencies(article, types="PERSON")
    assert set(people["type"]) == {"PERSON"}
    # Bashar al-Assad: the headline's "Assad", then paragraphs 2, 9 and 17.
    assert people.iloc[0][["name", "paragraphs"]].tolist() == ["Bashar al-Assad", "0; 2; 9; 17"]
    pairs = nk.entity_cooccurrence(article, types=["PERSON"])
    assert pairs.iloc[0][["entity", "other", "paragraphs"]].tolist() == [
        "Bashar al-Assad",
        "Asma al-Assad",
        2,
    ]


def test_unknown_type_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"unknown entity type.*PLACE.*use PERSON"):
        nk.entity_frequencies(nk.load(SEED), types="PLACE")


def test_empty_article_has_no_entities() -> None:
    article = nk.from_text("", headline=False)
    assert nk.entities(article) == ()
    assert nk.entity_frequencies(article).empty
    assert list(nk.entity_cooccurrence(article).columns)[:2] == ["entity", "other"]


# --- gazetteers --------------------------------------------------------------------


def test_shipped_gazetteer_knows_places_groups_and_organisations() -> None:
    g = default_gazetteer()
    assert g.lookup("Aleppo")[0] == Entry("Aleppo", "GPE", "city")
    assert g.lookup("Britons")[0].name == "British"
    assert g.lookup("U.N.")[0].name == "United Nations"
    assert g.lookup("Kremlin")[0].type == "ORG"
    assert g.lookup("Europe")[0].type == "LOC"


def test_user_names_are_found_and_win(tmp_path: Path) -> None:
    article = body("Fans cheered the Tides. The Tides won in Portland.")
    assert "Tides" not in {m.text for m in nk.mentions(article)}
    path = tmp_path / "mine.tsv"
    path.write_text("name\ttype\taliases\nPortland Tides\tORG\tTides\n", encoding="utf-8")
    mine = read_gazetteer(path)
    table = nk.entity_frequencies(article, gazetteer=mine)
    assert table[["name", "type", "mentions"]].values.tolist()[0] == ["Portland Tides", "ORG", 2]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("label,kind\nX,ORG\n", "needs a header row with 'name' and 'type'"),
        ("name,type\nTides,TEAM\n", "line 2: unknown entity type 'TEAM' for 'Tides'; use one of"),
        ("name,type\n,ORG\n", "line 2: a gazetteer entry needs a name"),
    ],
)
def test_bad_gazetteer_file_is_a_one_line_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(nk.ArticleFormatError, match=message) as error:
        read_gazetteer(path)
    assert "\n" not in str(error.value)


def test_missing_gazetteer_file(tmp_path: Path) -> None:
    with pytest.raises(nk.ArticleNotFoundError, match="no such gazetteer file"):
        read_gazetteer(tmp_path / "nope.csv")


# --- spaCy backend -------------------------------------------------------------------


def test_spacy_backend_spans_get_newskit_linking() -> None:
    spacy = pytest.importorskip("spacy", reason="spaCy is in the test extra")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": name}
            for name in ("Asma Al-Assad", "Bashar Al-Assad", "Al-Assad", "al-Assad")
        ]
        + [{"label": "GPE", "pattern": "Syria"}, {"label": "ORG", "pattern": "Kremlin"}]
        + [{"label": "DATE", "pattern": "July 2000"}]
    )
    article = nk.load(SEED)
    by_name = {e.name: e for e in nk.entities(article, backend=nlp)}
    assert set(by_name) == {"Asma al-Assad", "Bashar al-Assad", "Syria", "Kremlin"}
    assert [m.text for m in by_name["Asma al-Assad"].mentions] == [
        "Asma Al-Assad",
        "Al-Assad",
        "Mrs Al-Assad",
        "Mrs Al-Assad",
    ]
    assert [m.text for m in by_name["Bashar al-Assad"].mentions] == [
        "Bashar Al-Assad",
        "Mr Al-Assad",
        "President al-Assad",
    ]
    assert by_name["Syria"].mentions[0].evidence == "spaCy: GPE"


def test_spacy_backend_rejects_what_is_not_a_pipeline() -> None:
    with pytest.raises(TypeError, match="backend must be a spaCy pipeline"):
        nk.entities(nk.load(SEED), backend="en_core_web_sm")


# --- properties ----------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Mrs",
        "Mr",
        "Al-Assad",
        "al-Assad",
        "Syria",
        "’s",
        "said",
        "she",
        "he",
        "the",
        "of",
        "Bank",
        "UN",
        "PR",
        "But",
        "Yes",
        "and",
        "Dr.",
        "van",
        "der",
        "Berg",
        "O’Neill",
        ",",
        ".",
        "‘",
        "’",
        "“",
        "”",
        "\n\n",
        "British-born",
        "Russia24",
        "&",
        "De",
        "la",
        "Cruz",
        "GENEVA",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join) | st.text(max_size=200))
def test_mentions_are_spans_of_the_text_and_never_overlap(text: str) -> None:
    article = nk.from_text(text)
    found = nk.mentions(article)
    for m in found:
        assert article.text[m.start : m.end] == m.text and m.text.strip() == m.text
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    table = nk.entity_frequencies(article)
    assert isinstance(table, pd.DataFrame) and table["mentions"].sum() == len(found)


def test_title_case_headline_keeps_only_names() -> None:
    article = nk.from_text(
        "Storm Forces Evacuation Of Leeds Homes As River Aire Rises\n\n"
        "Floods hit Leeds on Monday. The River Aire burst its banks, Yorkshire Water said."
    )
    headline = [(m.text, m.type) for m in nk.mentions(article) if m.paragraph == 0]
    assert headline == [("Leeds", "GPE"), ("River Aire", "LOC")]
    assert ("Yorkshire Water", "ORG") in {(e.name, e.type) for e in nk.entities(article)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Élisabeth Borne met Óscar Arias in Ávila.",
            [
                ("Prime Minister Élisabeth Borne", "PERSON"),
                ("Óscar Arias", "PERSON"),
                ("Ávila", "GPE"),
            ],
        ),
        (
            "Theresa May said no. In May, Jan Koum left.",
            [("Theresa May", "PERSON"), ("Jan Koum", "PERSON")],
        ),
        (
            "Northgate Chief Executive Daniel Chase said so.",
            [("Northgate", "ORG"), ("Chief Executive Daniel Chase", "PERSON")],
        ),
        (
            "Secretary of State Antony Blinken flew in.",
            [("Secretary of State Antony Blinken", "PERSON")],
        ),
        (
            "Civil Protection Minister Andreas Mavridis said it was over.",
            [("Civil Protection Minister Andreas Mavridis", "PERSON")],
        ),
        (
            "Its offices in Todmorden and Hebden Bridge closed.",
            [("Todmorden", "GPE"), ("Hebden Bridge", "GPE")],
        ),
        (
            "Observers from the Organization for Security and Co-operation in Europe left.",
            [("Organization for Security and Co-operation in Europe", "ORG")],
        ),
        (
            "Voltra said it would appeal. Macron said he would not.",
            [("Voltra", "ORG"), ("Macron", "PERSON")],
        ),
        ("NEW YORK (Meridian) - Stocks fell.", [("NEW YORK", "GPE"), ("Meridian", "ORG")]),
        (
            "Napoli have agreed a fee. Napoli sporting director Gianluca Ferri lives in Napoli.",
            [("Napoli", "ORG"), ("Napoli", "ORG"), ("Gianluca Ferri", "PERSON"), ("Napoli", "GPE")],
        ),
        ("Officials in Leeds were angry. Leeds is big.", [("Leeds", "GPE"), ("Leeds", "GPE")]),
        (
            "His first club, Norwegian side Molde, said so.",
            [("Norwegian", "NORP"), ("Molde", "ORG")],
        ),
        (
            "A review in The Verge said so, in The Hague.",
            [("The Verge", "ORG"), ("The Hague", "GPE")],
        ),
        (
            "Most died in Padang Pariaman and Pesisir Selatan regencies.",
            [("Padang Pariaman", "GPE"), ("Pesisir Selatan", "GPE")],
        ),
        ("She sued the Sunday Courier.", [("Sunday Courier", "ORG")]),
        ("It is leased by the Crown Estate, which said no.", [("Crown Estate", "ORG")]),
        ("The Housing Bill, which passed, was long.", []),
        (
            "Labour won 17 and the Conservatives seven. Conservatives in Kent agreed.",
            [
                ("Labour", "ORG"),
                ("Conservatives", "ORG"),
                ("Conservatives", "NORP"),
                ("Kent", "GPE"),
            ],
        ),
        (
            "Thurrock Council said so. Results like Thurrock’s were a warning.",
            [("Thurrock Council", "ORG"), ("Thurrock", "GPE")],
        ),
        (
            "It rained.\n\nThe European Union’s Copernicus Climate Change Service said so.",
            [("European Union", "ORG"), ("Copernicus Climate Change Service", "ORG")],
        ),
        ("It rained. Forecaster Kelly Dunn said so.", [("Kelly Dunn", "PERSON")]),
        (
            "House Minority Leader Kevin Strand and Dean Farrow met.",
            [("House Minority Leader Kevin Strand", "PERSON"), ("Dean Farrow", "PERSON")],
        ),
    ],
)
def test_recognition_of_harder_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_relative_takes_the_surname_of_the_person_named_in_the_sentence() -> None:
    a = nk.from_text("Tom Brennan, 71, said his late wife, Carol, loved it.", headline=False)
    assert [e.name for e in nk.entities(a)] == ["Tom Brennan", "Carol Brennan"]


def test_her_before_a_relative_gives_no_gender_to_the_sentence_before() -> None:
    text = "Maria Kowalski ran it. Tom Brennan, 71, said his late wife, Carol, loved it.\n\n"
    a = nk.from_text(text + "Her daughter, Renata Kowalski, said no.", headline=False)
    assert [e.name for e in nk.entities(a)][2] == "Carol Brennan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a listed body's branch in a country is one organisation
            "Friends of the Earth Norway said the pens were a disaster. Save the Children UK "
            "agreed.",
            {("Friends of the Earth Norway", "ORG"), ("Save the Children UK", "ORG")},
        ),
        (  # but not the country the body works in
            "He joined Friends of the Earth in Scotland.",
            {("Friends of the Earth", "ORG"), ("Scotland", "GPE")},
        ),
        (  # a title alone is no organisation
            "Belfast City Council is paying. The Lord Mayor of Belfast, Cllr Ruth Gibson, was "
            "pleased.",
            {("Belfast City Council", "ORG"), ("Belfast", "GPE"), ("Ruth Gibson", "PERSON")},
        ),
        (  # a Portuguese company's ending, after the word for what it is
            "said Carolina Mendes, an analyst at Sao Paulo-based brokerage Ipe Investimentos.",
            {("Carolina Mendes", "PERSON"), ("São Paulo", "GPE"), ("Ipe Investimentos", "ORG")},
        ),
        (  # a scheme is no one
            "Dana Reyes said Project Gigabit would reach the valley by 2027.",
            {("Dana Reyes", "PERSON")},
        ),
    ],
)
def test_branches_titles_foreign_firms_and_schemes(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.type) for e in nk.entities(body(text))} == expected


def test_a_place_named_before_a_body_of_its_name_stays_the_place() -> None:
    text = (
        "Boats in Porthcarrow cannot leave at low tide. Porthcarrow Harbour Commissioners "
        "said dredging would start. Fishing has shaped Porthcarrow for centuries."
    )
    found = {(e.name, e.type, len(e.mentions)) for e in nk.entities(body(text))}
    assert found == {("Porthcarrow", "GPE", 2), ("Porthcarrow Harbour Commissioners", "ORG", 1)}


def test_a_named_storm_is_no_person_and_nor_is_its_name_alone() -> None:
    text = (
        "Typhoon Rosal hit the Bicol region on Monday. Forecasters said Rosal was weakening. "
        "Hurricane Milton and Tropical Storm Debby hit Florida, Maria Santos said."
    )
    assert {(e.name, e.type) for e in nk.entities(body(text))} == {
        ("Bicol", "GPE"),
        ("Florida", "GPE"),
        ("Maria Santos", "PERSON"),
    }


def test_an_acronym_that_speaks_is_an_organisation() -> None:
    text = "Officials said PAGASA expected more rain. The state weather bureau PAGASA said so."
    assert {(e.name, e.type, len(e.mentions)) for e in nk.entities(body(text))} == {
        ("PAGASA", "ORG", 2)
    }


def test_a_word_described_as_a_body_anywhere_is_that_body_where_it_only_speaks() -> None:
    text = (
        "Ofcom said Openreach had met its targets. Openreach, the network arm of BT, said "
        "it had dealt with most requests."
    )
    found = {(e.name, e.type, len(e.mentions)) for e in nk.entities(body(text))}
    assert found == {("Ofcom", "ORG", 1), ("Openreach", "ORG", 2), ("BT", "ORG", 1)}


def test_a_son_named_before_she_is_not_her_nor_the_mrs_of_his_surname() -> None:
    text = (
        "One mother, Amina Yusuf, said she had reported mould eleven times. Her son, Idris, "
        "has asthma. ‘They sent someone round,’ she said.\n\nMrs Yusuf said it was welcome."
    )
    people = {e.name: (e.gender, [m.text for m in e.mentions]) for e in nk.entities(body(text))}
    assert people == {
        "Amina Yusuf": ("female", ["Amina Yusuf", "Mrs Yusuf"]),
        "Idris Yusuf": ("unknown", ["Idris"]),
    }


def test_a_pronoun_after_someone_described_gives_the_name_before_no_gender() -> None:
    text = (
        "Cllr Fiona Marsh said the cabinet member should consider his position. "
        "Jane Oduya, the mayor, said she would stay."
    )
    genders = {e.name: e.gender for e in nk.entities(body(text))}
    assert genders == {"Fiona Marsh": "unknown", "Jane Oduya": "female"}


def test_an_acronym_in_brackets_after_a_name_is_that_organisation() -> None:
    a = nk.from_text(
        "The National Disaster Mitigation Agency (BNPB) said 41 died. BNPB said more."
        " Tesco (UK) agreed.",
        headline=False,
    )
    named = {e.name: [m.text for m in e.mentions] for e in nk.entities(a)}
    assert named["National Disaster Mitigation Agency"] == [
        "National Disaster Mitigation Agency",
        "BNPB",
        "BNPB",
    ]
    assert named["United Kingdom"] == ["UK"]  # a place in brackets stays a place


def test_titles_are_kept_apart_from_the_name() -> None:
    (person,) = nk.entities(body("Secretary of State Antony Blinken flew in. Blinken left."))
    assert (person.name, person.mentions[0].title) == ("Antony Blinken", "Secretary of State")


def test_capitalised_particle_links_to_the_full_name() -> None:
    (person,) = nk.entities(body("Virgil van Dijk scored. Van Dijk said it was easy."))
    assert (person.name, [m.link for m in person.mentions]) == (
        "Virgil van Dijk",
        ["first mention", "surname"],
    )


def test_two_people_of_one_surname_are_told_apart_by_honorific() -> None:
    people = nk.entities(body("Mr Smith said he was tired. Mrs Smith said she was not."))
    assert [(e.name, e.gender, len(e.mentions)) for e in people] == [
        ("Smith", "male", 1),
        ("Smith", "female", 1),
    ]


def test_pronoun_in_a_quote_or_after_a_preposition_gives_no_gender() -> None:
    article = body(
        "Rhodri Evans spoke outside court. ‘She spent her last winter cold,’ Mr Evans said. "
        "Kim Lee had a row with Ali Khan, she said."
    )
    genders = {e.name: e.gender for e in nk.entities(article)}
    assert genders == {"Rhodri Evans": "male", "Kim Lee": "female", "Ali Khan": "unknown"}


def test_the_listed_fullest_name_names_the_entity() -> None:
    article = body(
        "The OSCE sent observers. The Organization for Security and Co-operation in Europe left."
    )
    (org,) = nk.entities(article)
    assert org.name == "Organization for Security and Co-operation in Europe"
    assert org.aliases == ("OSCE", "Organization for Security and Co-operation in Europe")


def test_long_runs_of_names_are_read_without_recursion() -> None:
    article = body(" ".join(["France"] * 3000) + " won.")
    (country,) = nk.entities(article)
    assert (country.name, len(country.mentions)) == ("France", 3000)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: nk.entities("Syria"), "expected an Article, got str; load one with newskit.load"),
        (
            lambda: nk.entities(body("Syria"), gazetteer="mine.csv"),
            "gazetteer must be a Gazetteer, got str; read a file with newskit.read_gazetteer",
        ),
    ],
)
def test_wrong_arguments_are_one_line_errors(call: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()  # type: ignore[operator]


def test_an_empty_gazetteer_is_used_as_given() -> None:
    empty = nk.Gazetteer({})
    assert [m.text for m in nk.mentions(body("Crowds in Syria cheered."))] == ["Syria"]
    assert nk.entities(body("Crowds in Syria cheered."), gazetteer=empty)[0].mentions[
        0
    ].evidence == ("after 'in'")


def test_negative_top_is_an_error() -> None:
    with pytest.raises(ValueError, match="top must be a whole number"):
        nk.entity_frequencies(nk.load(SEED), top=-1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokeswoman for Visayan Skyways said so.", [("Visayan Skyways", "ORG")]),
        ("Polar Mutual, which insures ships, paid out.", [("Polar Mutual", "ORG")]),
        ("A group calling itself Black Lantern claimed it.", [("Black Lantern", "ORG")]),
        ("Aegean Link, a ferry company, cancelled sailings.", [("Aegean Link", "ORG")]),
        (
            "Nguyen Thi Mai won. Mai, 26, had never acted.",
            [("Nguyen Thi Mai", "PERSON"), ("Mai", "PERSON")],
        ),
    ],
)
def test_organisations_and_people_by_the_words_around_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_names_and_pronouns_resolve_to_the_same_entities() -> None:
    article = nk.load(SEED)
    text = article.text
    mrs = text.index("Mrs Al-Assad")
    assert nk.entity_at(article, mrs + 5).name == "Asma al-Assad"  # inside the mention
    assert nk.entity_at(article, text.index("The Kremlin")) is None  # "The" is not the name
    assert nk.entity_at(article, text.index("Kremlin")).name == "Kremlin"
    # "She explained:" — the last woman named before it (the text states Asma is "Mrs").
    she = text.index("She explained")
    assert nk.entity_before(article, she, gender="female").name == "Asma al-Assad"
    assert nk.entity_before(article, she, types="GPE").name == "Syria"
    assert nk.entity_before(article, 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pierce County Auditor Denise Hollister said so.",
            [("Pierce County", "GPE"), ("Auditor Denise Hollister", "PERSON")],
        ),
        ("Nana Kwame Asante spoke.", [("Nana Kwame Asante", "PERSON")]),
        (
            "Germany’s Federal Cartel Office and Kessel & Roth disagreed.",
            [("Germany", "GPE"), ("Federal Cartel Office", "ORG"), ("Kessel & Roth", "ORG")],
        ),
        (
            "The Irish Air Line Pilots’ Association met at Dublin Airport.",
            [("Irish Air Line Pilots’ Association", "ORG"), ("Dublin Airport", "LOC")],
        ),
        (
            "Brightwater Bank plc and Halvorsen Motors Inc. were fined in Tupelo, Miss.",
            [
                ("Brightwater Bank plc", "ORG"),
                ("Halvorsen Motors Inc.", "ORG"),
                ("Tupelo", "GPE"),
                ("Miss.", "GPE"),
            ],
        ),
    ],
)
def test_names_with_suffixes_possessives_and_titles(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_events_and_names_in_capitals() -> None:
    text = "ABN AMRO and IG BCE met before the FA Cup final and the Booker Prize."
    assert found(text) == [("ABN AMRO", "ORG"), ("IG BCE", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ald. Tomás Echeverría Ruiz backed it. Echeverría Ruiz said so.",
            [("Ald. Tomás Echeverría Ruiz", "PERSON"), ("Echeverría Ruiz", "PERSON")],
        ),
        (
            "Santiago Ferreyra Acosta signed. Ferreyra Acosta scored.",
            [("Santiago Ferreyra Acosta", "PERSON"), ("Ferreyra Acosta", "PERSON")],
        ),
        (
            "The National Endowment for the Arts and the Royal College of Surgeons of England "
            "spoke on BBC Radio 4 about the A59.",
            [
                ("National Endowment for the Arts", "ORG"),
                ("Royal College of Surgeons of England", "ORG"),
                ("BBC Radio 4", "ORG"),
            ],
        ),
        ("Brighton & Hove Albion won.", [("Brighton & Hove Albion", "ORG")]),
        ("Healthwatch Staffordshire warned.", [("Healthwatch Staffordshire", "ORG")]),
    ],
)
def test_double_surnames_long_names_and_numbered_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_double_surname_alone_is_the_same_person() -> None:
    (person,) = nk.entities(body("Daniela Ortiz Mendoza spoke. Ortiz Mendoza left."))
    assert [m.link for m in person.mentions] == ["first mention", "surname"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Fisheries, Forests and Rural Development said so.",
            [("Ministry of Fisheries, Forests and Rural Development", "ORG")],
        ),
        (
            "Staff at the Department of Energy and Mines walked out.",
            [("Department of Energy and Mines", "ORG")],
        ),
        (
            "Flooding hit, the Ministry of Water Supply and Sanitation said.",
            [("Ministry of Water Supply and Sanitation", "ORG")],
        ),
        (
            "The Ministry of Justice, Greenpeace and Oxfam met.",
            [("Ministry of Justice", "ORG"), ("Greenpeace", "ORG"), ("Oxfam", "ORG")],
        ),
        (
            "The Ministry of Defence, Police and Army chiefs met.",
            [("Ministry of Defence", "ORG")],
        ),
        (
            "The University of Leeds and Oxfam signed it.",
            [("University of Leeds", "ORG"), ("Oxfam", "ORG")],
        ),
        (
            "The Ministry of Lands and Resettlement said so.",
            [("Ministry of Lands and Resettlement", "ORG")],
        ),
        (
            "Mark Jenkins spoke. A deal between the University of Leeds and Jenkins collapsed.",
            [("Mark Jenkins", "PERSON"), ("University of Leeds", "ORG"), ("Jenkins", "PERSON")],
        ),
        (
            "She wrote to the Health and Safety Executive. Ann Roe, Executive Director of the"
            " Trust, said no.",
            [("Health and Safety Executive", "ORG"), ("Ann Roe", "PERSON")],
        ),
        ("", []),
    ],
    ids=[
        "commas",
        "listed-then-and",
        "and",
        "names-after",
        "bodies-after",
        "two-names",
        "unseen-word",
        "name-word",
        "executive-ends-a-body-s-name-only",
        "empty",
    ],
)
def test_bodies_named_by_what_they_look_after(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supporters of the Dundee-based Harbour Otters cheered.",
            [("Dundee", "GPE"), ("Harbour Otters", "ORG")],
        ),
        ("London-born Maria Lopez sang.", [("London", "GPE"), ("Maria Lopez", "PERSON")]),
        ("Nueva Pompeya, a quiet district, hosted the fair.", [("Nueva Pompeya", "GPE")]),
        ("Ana Rojas, the district’s mayor, spoke.", [("Ana Rojas", "PERSON")]),
        ("Tandil Juniors lost.", [("Tandil Juniors", "ORG")]),
        ("Stoke City, who lost, fell to 14th.", [("Stoke City", "ORG")]),
        ("", []),
    ],
    ids=[
        "based-before",
        "born-before",
        "described-place",
        "possessive-place",
        "juniors",
        "club-opens-a-sentence",
        "empty",
    ],
)
def test_companies_clubs_and_places_by_the_words_around_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def entity_of(article: nk.Article, start: int) -> tuple[str, str] | None:
    found = nk.entity_at(article, start)
    return None if found is None else (found.name, found.type)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Preston Owls won 2-1 away. The Owls had trailed. Preston coach Ruth Kerr "
            "was pleased, and fans in Preston celebrated.",
            "Preston",
            [("Preston Owls", "ORG"), ("Preston Owls", "ORG"), ("Preston", "GPE")],
        ),
        (
            "Kirkwall Rovers were relegated. Kirkwall will miss them, and so will west Kirkwall.",
            "Kirkwall",
            [("Kirkwall Rovers", "ORG"), ("Kirkwall Rovers", "ORG"), ("Kirkwall", "GPE")],
        ),
        (
            "Preston City Council met. Preston will get new buses.",
            "Preston",
            [("Preston City Council", "ORG"), ("Preston", "GPE")],
        ),
        (
            "Tanworth Herons beat them. The Herons have won four in a row.",
            "Herons",
            [("Tanworth Herons", "ORG"), ("Tanworth Herons", "ORG")],
        ),
        (
            "Ella Hawkins spoke. The Hawkins family agreed.",
            "Hawkins",
            [("Ella Hawkins", "PERSON"), None],
        ),
        (
            "Florence Adeyemi, 24, won. Florence said she had trained for years in Florence.",
            "Florence",
            [("Florence Adeyemi", "PERSON"), ("Florence Adeyemi", "PERSON"), ("Florence", "GPE")],
        ),
        (
            "The Fulford Comets beat them. Comets coach Ann Roe was pleased. Fulford "
            "now play at home. Fans in Fulford celebrated.",
            "Fulford",
            [("Fulford Comets", "ORG"), ("Fulford Comets", "ORG"), ("Fulford", "GPE")],
        ),
        (
            "Roger Federn won. Federn coach Ivan Lukic was pleased.",
            "Federn",
            [("Roger Federn", "PERSON"), ("Roger Federn", "PERSON")],
        ),
        (
            "They beat Chelsea and Atlético Madrid to him. He lives in Chelsea.",
            "Chelsea",
            [("Chelsea FC", "ORG"), ("Chelsea", "GPE")],
        ),
        (
            "Kirkby beat Hale 2-1. Kirkby Rovers manager Ian Dale was pleased.",
            "Kirkby",
            [("Kirkby Rovers", "ORG"), ("Kirkby Rovers", "ORG")],
        ),
        ("", "Preston", []),
    ],
    ids=[
        "club-town",
        "club-rovers",
        "council-town",
        "group",
        "family",
        "first-name",
        "team-role",
        "person-role",
        "listed-with-a-club",
        "club-town-before-the-club",
        "empty",
    ],
)
def test_names_with_two_senses_in_one_story(
    text: str, word: str, expected: list[tuple[str, str] | None]
) -> None:
    article = body(text)
    starts = [i for i in range(len(text)) if text.startswith(word, i)]
    assert [entity_of(article, i) for i in starts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosa María Quintero Salas won. Quintero Salas thanked voters, and Quintero wept.",
            [("Rosa María Quintero Salas", 3)],
        ),
        (
            "Marta Ruiz Peña spoke. Luis Peña replied.",
            [("Marta Ruiz Peña", 1), ("Luis Peña", 1)],
        ),
        (
            "Emma van der Berg spoke. Van der Berg left.",
            [("Emma van der Berg", 2)],
        ),
        (
            "Ana Luisa Prado and her husband, Marco, ran the shop. Marco Prado said so, "
            "and Ana Luisa agreed.",
            [("Ana Luisa Prado", 2), ("Marco Prado", 2)],
        ),
        (
            "Ana Luisa Prado spoke. Ana Reyes replied.",
            [("Ana Luisa Prado", 1), ("Ana Reyes", 1)],
        ),
        ("", []),
    ],
    ids=[
        "two-given-names-two-surnames",
        "another-person",
        "particles",
        "two-given-names-and-a-husband",
        "same-first-name",
        "empty",
    ],
)
def test_double_surnames_and_double_given_names(text: str, expected: list[tuple[str, int]]) -> None:
    people = [(e.name, len(e.mentions)) for e in nk.entities(body(text)) if e.type == "PERSON"]
    assert people == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ines Duarte, an analyst at Kerrow, said so.",
            [("Ines Duarte", "PERSON"), ("Kerrow", "ORG")],
        ),
        ("She arrived at Kerrow on Monday.", [("Kerrow", "GPE")]),
        ("Talks with the ruling Unidad Cívica stalled.", [("Unidad Cívica", "ORG")]),
        ("The postal service Correvia said so.", [("Correvia", "ORG")]),
        (
            "Ruth Obi, a crane operator, said so.",
            [("Ruth Obi", "PERSON")],
        ),
        ("He told the Money Matters podcast that rates would fall.", [("Money Matters", "ORG")]),
        (
            "It competes with Argent, Pellow and Tesco for shoppers.",
            [("Argent", "ORG"), ("Pellow", "ORG"), ("Tesco", "ORG")],
        ),
        ("Sales at the grocer Spring rose.", [("Spring", "ORG")]),
        ("The recall covers Corvo Sport models.", []),
        (
            "Kessmann Motors cars and Kessmann vehicles were recalled.",
            [("Kessmann Motors", "ORG"), ("Kessmann", "ORG")],
        ),
        ("Shares fell on the NKX index and the FTSE 250.", []),
        ("The UK 2030 target stands.", [("UK", "GPE")]),
        ("", []),
    ],
    ids=[
        "works-at",
        "arrives-at",
        "ruling",
        "service",
        "operator-is-a-person",
        "podcast",
        "listed-with-a-company",
        "ordinary-word-after-a-noun",
        "product",
        "maker-of-a-product",
        "index",
        "year",
        "empty",
    ],
)
def test_organisations_products_and_indices_by_the_words_around_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_headline_word_the_story_writes_in_lower_case_is_no_name() -> None:
    article = nk.from_text(
        "Lupus Drug Cuts Flares in Late-Stage Trial, Company Says\n\n"
        "A drug for lupus cut flares in a late-stage trial, its maker, Corvane Therapeutics"
        " Inc., said. The Lupus Foundation of America welcomed it."
    )
    assert [(m.text, m.type) for m in nk.mentions(article)] == [
        ("Corvane Therapeutics Inc.", "ORG"),
        ("Lupus Foundation of America", "ORG"),
    ]


def test_an_ordinary_word_opening_a_sentence_before_a_place_is_not_a_name() -> None:
    text = "The EU acted. Expect Beijing to respond, she said. Beijing did."
    assert found(text) == [("EU", "ORG"), ("Beijing", "GPE"), ("Beijing", "GPE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fires spread in the Kessaria region.", [("Kessaria", "GPE")]),
        ("Crowds filled the San Ovidio district.", [("San Ovidio", "GPE")]),
        ("Officials at the Justice department declined.", []),
        ("Output at the Kovar Hill mine fell.", []),
        ("Its plant at Kessel Ridge shut.", [("Kessel Ridge", "GPE")]),
        ("She looked at Kessel Ridge, who smiled.", [("Kessel Ridge", "PERSON")]),
        # facilities and grounds are locations, never people
        ("Passengers waited in Concourse B on Sunday.", [("Concourse B", "LOC")]),
        (
            "Water at the Parkside Lido was cold, Ms Ann Kerr said.",
            [("Parkside Lido", "LOC"), ("Ms Ann Kerr", "PERSON")],
        ),
        ("Homes in Sherwin Park flooded.", [("Sherwin Park", "LOC")]),
        (
            "Quake hits Rantau Barat\n\nA quake struck Rantau Barat. Rantau Barat Governor Adi"
            " Sura said 40 people had died.",
            [("Rantau Barat", "GPE")] * 3 + [("Governor Adi Sura", "PERSON")],
        ),
        ("", []),
    ],
    ids=[
        "region-after-the",
        "district-after-the",
        "department-is-not-a-place",
        "mine",
        "plant-at",
        "looked-at",
        "concourse",
        "lido",
        "park",
        "a-governor-s-place-is-a-place-wherever-named",
        "empty",
    ],
)
def test_places_and_facilities_named_before_their_kind(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hackers Hit Pellmore Outfitters Stores, Retailer Says\n\n"
            "Pellmore Outfitters Inc. said on Monday that hackers stole data.\n",
            [("Pellmore Outfitters", "ORG"), ("Pellmore Outfitters Inc.", "ORG")],
        ),
        (
            "Graduate Nurses Walk Out Over Pay\n\nGraduate Nurses United called the strike.\n",
            [("Graduate Nurses United", "ORG")],
        ),
        ("", []),
    ],
    ids=["name-without-its-suffix", "ordinary-words", "empty"],
)
def test_title_case_headline_names_a_company_without_its_suffix(
    text: str, expected: list[tuple[str, str]]
) -> None:
    article = nk.from_text(text, headline=True) if text else body(text)
    assert [(m.text, m.type) for m in nk.mentions(article)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fans watched the Nations League draw and the Copa Libertadores final.",
            [],
        ),
        ("The Premier League fined the club.", [("Premier League", "ORG")]),
        (
            "Aer Lingus, Experian and France Inter were named.",
            [("Aer Lingus", "ORG"), ("Experian", "ORG"), ("France Inter", "ORG")],
        ),
        ("She flew from Antofagasta.", [("Antofagasta", "GPE")]),
        ("", []),
    ],
    ids=["competitions", "league", "listed-organisations", "city-kept", "empty"],
)
def test_competitions_are_events_and_well_known_organisations_are_listed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ryanair competes with Vesta Kowal. Vesta Kowal, which flies to Riga, declined.",
            [("Ryanair", "ORG"), ("Vesta Kowal", "ORG"), ("Vesta Kowal", "ORG"), ("Riga", "GPE")],
        ),
        (
            "Maya Okafor spoke. Later Maya Okafor left.",
            [("Maya Okafor", "PERSON"), ("Maya Okafor", "PERSON")],
        ),
        ("", []),
    ],
    ids=["shown-to-be-an-organisation", "a-person-twice", "empty"],
)
def test_a_name_shown_once_to_be_an_organisation_is_one_everywhere(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Campaign to Save Hartmoor Woods objected.",
            [("Campaign to Save Hartmoor Woods", "ORG")],
        ),
        ("Flights from London to Paris resumed.", [("London", "GPE"), ("Paris", "GPE")]),
        ("", []),
    ],
    ids=["campaign-to", "from-to", "empty"],
)
def test_bodies_named_after_what_they_campaign_to_do(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members of the Corvan trade union voted.", [("Corvan", "ORG")]),
        ("He sat by the Marlow bench wearing a scarf.", []),
        ("", []),
    ],
    ids=["kind-after-the-name", "no-kind", "empty"],
)
def test_a_lone_name_before_an_organisations_noun(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hollins Symphony Orchestra cut jobs. Hollins Sym, founded in 1950, will tour.",
            [("Hollins Symphony Orchestra", 2)],
        ),
        (
            "Hollins Symphony Orchestra cut jobs. Hollins Smith, its oboist, left.",
            [("Hollins Symphony Orchestra", 1), ("Hollins Smith", 1)],
        ),
        ("", []),
    ],
    ids=["word-cut-short", "another-name", "empty"],
)
def test_an_organisation_named_with_a_word_cut_short(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(e.name, len(e.mentions)) for e in nk.entities(body(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvel Health said in a statement that it had found no misuse.",
            [("Corvel Health", "ORG")],
        ),
        (
            "Ana Ruiz said in a statement that she had found no misuse.",
            [("Ana Ruiz", "PERSON")],
        ),
        ("Its latest game, Starfall Odyssey, sold poorly.", []),
        ("The film's director, Jon Hale, spoke.", [("Jon Hale", "PERSON")]),
        ("The Nasdaq Composite fell and the Dow Jones Industrial Average rose.", []),
        ("", []),
    ],
    ids=["speaks-as-it", "speaks-as-she", "work", "director-of-a-work", "indices", "empty"],
)
def test_bodies_speak_as_it_and_works_and_indices_are_not_entities(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares in Tavora fell 4%. Tavora said it would cut costs.",
            [("Tavora", "ORG"), ("Tavora", "ORG")],
        ),
        ("She grew up in Tavora.", [("Tavora", "GPE")]),
        ("Customers of Kestle Fibre complained.", [("Kestle Fibre", "ORG")]),
        (
            "Dunmore Kestle cut jobs. Shares in Dunmore fell.",
            [("Dunmore Kestle", "ORG"), ("Dunmore", "ORG")],
        ),
        (
            "Mary Obi spoke. Mary's shares rose.",
            [("Mary Obi", "PERSON"), ("Mary", "PERSON")],
        ),
        ("Pellow Freight will strike.", [("Pellow Freight", "ORG")]),
        ("", []),
    ],
    ids=[
        "shares-in",
        "lives-in",
        "customers-of",
        "first-word-alone",
        "a-persons-shares",
        "freight",
        "empty",
    ],
)
def test_what_companies_have_marks_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Evergreen said on Tuesday it would close its depot.",
            [("Evergreen", "ORG")],
        ),
        (
            "Orvane Kestle said in a statement that it had found nothing.",
            [("Orvane Kestle", "ORG")],
        ),
        (
            "Mary Obi said on Monday it was cold. Tom Hale said it had been hard.",
            [("Mary Obi", "PERSON"), ("Tom Hale", "PERSON")],
        ),
        (
            "Pioneer Group cut jobs. Shares in Pioneer fell, and analysts said Pioneer would "
            "recover. The Pioneer spirit lives.",
            [("Pioneer Group", "ORG"), ("Pioneer", "ORG"), ("Pioneer", "ORG")],
        ),
        ("", []),
    ],
    ids=["said-on-a-day-it", "said-in-a-statement", "dummy-it", "ordinary-first-word", "empty"],
)
def test_organisations_speak_as_it_and_go_by_their_first_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State Sen. Ada Moss voted no.", [("Sen. Ada Moss", "PERSON")]),
        ("Former Mayor Jon Kerr spoke.", [("Mayor Jon Kerr", "PERSON")]),
        ("The former Mayor Jon Kerr spoke.", [("Mayor Jon Kerr", "PERSON")]),
        ("Deputy Mayor Jon Kerr spoke.", [("Deputy Mayor Jon Kerr", "PERSON")]),
        ("State Councillor Lea Roth spoke.", [("State Councillor Lea Roth", "PERSON")]),
        ("", []),
    ],
    ids=[
        "state",
        "former",
        "former-mid-sentence",
        "deputy-is-part-of-the-title",
        "a-cantons-office",
        "empty",
    ],
)
def test_lower_case_modifiers_opening_a_sentence_stay_out_of_the_title(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Fire and Rescue Service said so.",
            [("Fire and Rescue Service", "ORG")],
        ),
        (
            "The Food and Drink Workers’ Union said so.",
            [("Food and Drink Workers’ Union", "ORG")],
        ),
        (
            "The University of Leeds and Temple University signed.",
            [("University of Leeds", "ORG"), ("Temple University", "ORG")],
        ),
        ("Barclays and Lloyds Bank agreed.", [("Barclays", "ORG"), ("Lloyds Bank", "ORG")]),
        ("", []),
    ],
    ids=["ordinary-word-and", "ordinary-word-and-workers", "two-names", "listed-name", "empty"],
)
def test_one_ordinary_word_before_and_is_part_of_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kessle Robotics and Orvane Marine cut jobs.",
            [("Kessle Robotics", "ORG"), ("Orvane Marine", "ORG")],
        ),
        ("She studied at BTU Lausanne.", [("BTU Lausanne", "ORG")]),
        ("Sales of DVDs fell.", []),
        ("He directs the FDA’s drug centre.", [("FDA", "ORG")]),
        (
            "GENEVA, May 2 (Meridian) - The World Health Organization said so.",
            [("GENEVA", "GPE"), ("Meridian", "ORG"), ("World Health Organization", "ORG")],
        ),
        ("Snow fell in Valais and Graubünden.", [("Valais", "GPE"), ("Graubünden", "GPE")]),
        ("", []),
    ],
    ids=[
        "industry-words",
        "capitals-then-place",
        "plural-in-capitals",
        "possessive-capitals",
        "dateline-the",
        "cantons",
        "empty",
    ],
)
def test_company_words_capitals_datelines_and_cantons(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kessel Water Commission fined it. Later the Commission said so.",
            [("Kessel Water Commission", 2)],
        ),
        ("Later the Commission said so.", []),
        ("", []),
    ],
    ids=["the-head-word", "no-body-named", "empty"],
)
def test_the_and_a_bodys_last_word_is_that_body(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(e.name, len(e.mentions)) for e in nk.entities(body(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KESSELDORF, May 4 (Meridian) - Voters backed it.",
            [("KESSELDORF", "GPE"), ("Meridian", "ORG")],
        ),
        ("KESSELDORF — Voters backed it.", [("KESSELDORF", "GPE")]),
        (
            "MORRISTOWN, Tenn. — Voters backed it.",
            [("MORRISTOWN", "GPE"), ("Tenn.", "GPE")],
        ),
        ("KESSELDORF, Florida — Voters backed it.", [("KESSELDORF", "GPE"), ("Florida", "GPE")]),
        ("Voters backed it.\n\nNHS — the health service — agreed.", [("NHS", "ORG")]),
        ("", []),
    ],
    ids=["dateline-comma", "dateline-dash", "us-state", "state-in-full", "capitals-later", "empty"],
)
def test_an_unlisted_dateline_in_capitals_is_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ewa Nowak ran the cafe. Nowak, 70, is retiring. Her son, Piotr Nowak, cooks. "
            "Nowak said she would miss it.",
            [("Ewa Nowak", 3), ("Piotr Nowak", 1)],
        ),
        (
            "Ewa Nowak ran the cafe. Piotr Nowak, a chef, cooks. Nowak said he would stay.",
            [("Ewa Nowak", 1), ("Piotr Nowak", 2)],
        ),
        ("", []),
    ],
    ids=["relative-introduced-as-such", "pronoun-decides", "empty"],
)
def test_a_bare_surname_stays_with_the_main_person_not_a_relative(
    text: str, expected: list[tuple[str, int]]
) -> None:
    people = [(e.name, len(e.mentions)) for e in nk.entities(body(text)) if e.type == "PERSON"]
    assert people == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rob Fennimore, a businessman, spoke first. Fennimore said taxes were too high.",
            [("Rob Fennimore", "PERSON"), ("Fennimore", "PERSON")],
        ),
        ("Grace Obi arrived. Obi waved.", [("Grace Obi", "PERSON"), ("Obi", "PERSON")]),
    ],
    ids=["ordinary-word-first-name", "name-word"],
)
def test_a_first_name_that_is_an_ordinary_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_plural_verb_after_a_pair_of_cities_makes_no_club() -> None:
    # Córdoba is also a football club's name; "were" belongs to the pair
    assert found("Seville and Córdoba were the hottest cities.") == [
        ("Seville", "GPE"),
        ("Córdoba", "GPE"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Glenys, 81, who has banked there since 1967, said no.",
            [("Glenys", "PERSON")],
        ),
        ("A spokesman for Groupama said so.", [("Groupama", "ORG")]),
        ("Météo-France said the storm formed late.", [("Météo-France", "ORG")]),
        (
            "It is run by Gornoslaska Spolka Weglowa (GSW). GSW said it was safe.",
            [("Gornoslaska Spolka Weglowa", "ORG"), ("GSW", "ORG"), ("GSW", "ORG")],
        ),
        (
            "The Iowa Department of Agriculture and Land Stewardship and the U.S. Department"
            " of Agriculture agreed.",
            [
                ("Iowa Department of Agriculture and Land Stewardship", "ORG"),
                ("U.S. Department of Agriculture", "ORG"),
            ],
        ),
        (
            "Prairie Gold Egg Farms, Dyfed Savings and Yare Valley Harriers signed.",
            [
                ("Prairie Gold Egg Farms", "ORG"),
                ("Dyfed Savings", "ORG"),
                ("Yare Valley Harriers", "ORG"),
            ],
        ),
    ],
    ids=[
        "an-age-after-a-first-name",
        "spokesman-for",
        "joined-to-a-country",
        "initials-in-brackets",
        "a-place-s-department",
        "farms-savings-harriers",
    ],
)
def test_names_told_by_an_age_a_spokesman_initials_or_a_country(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_town_named_in_its_fire_department_is_the_town_alone() -> None:
    article = body(
        "The Wardsboro Volunteer Fire Department will close. Wardsboro will pay the Dover"
        " Fire Department instead, and crews can reach most of Wardsboro in 12 minutes."
    )
    assert [(m.text, m.type) for m in nk.mentions(article)] == [
        ("Wardsboro Volunteer Fire Department", "ORG"),
        ("Wardsboro", "GPE"),
        ("Dover Fire Department", "ORG"),
        ("Wardsboro", "GPE"),
    ]


def test_a_name_joined_over_and_when_its_initials_follow() -> None:
    text = "It is run by the European Association of Zoos and Aquaria (EAZA). EAZA said so."
    assert found(text) == [
        ("European Association of Zoos and Aquaria", "ORG"),
        ("EAZA", "ORG"),
        ("EAZA", "ORG"),
    ]


def test_a_relative_opening_a_sentence_takes_the_surname_too() -> None:
    article = body(
        "Hélène Roussel said the storm had taken her crop.\n\n"
        "Her daughter, Camille, 29, said her mother had cried only once."
    )
    assert [m.entity for m in nk.mentions(article)] == ["Hélène Roussel", "Camille Roussel"]


def test_a_pronoun_after_a_quote_opening_the_sentence_gives_its_gender() -> None:
    # "she" after the quote (which runs over two sentences) is Hélène's: so her
    # daughter takes her surname, and "Mrs Roussel" stays the mother, not the daughter.
    article = body(
        "Hélène Roussel said the storm had taken her crop. “I have seen hail before. "
        "I have never seen this,” she said.\n\n"
        "Her daughter, Camille, 29, said her mother had cried only once.\n\n"
        "Mrs Roussel said she had taken out cover.\n\n"
        "Camille Roussel said picking would start."
    )
    assert [m.entity for m in nk.mentions(article)] == [
        "Hélène Roussel",
        "Camille Roussel",
        "Hélène Roussel",
        "Camille Roussel",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Isavia, which runs the airport, said flights were cancelled.", [("Isavia", "ORG")]),
        (
            "Eurocontrol, which coordinates air traffic, said the cloud could spread.",
            [("Eurocontrol", "ORG")],
        ),
        ("Officials said Zentrix, which operates the mine, had closed.", [("Zentrix", "ORG")]),
        ("Lena Ruud, who runs the farm, said so.", [("Lena Ruud", "PERSON")]),
        ("Link, which runs the cash machines, said it would look.", [("Link", "ORG")]),
        (
            "It rained.\n\nLiving Streets, which campaigns for pedestrians, said so.",
            [("Living Streets", "ORG")],
        ),
        (
            "It rained.\n\nThe Trussell Trust, which runs food banks, said so.",
            [("Trussell Trust", "ORG")],
        ),
    ],
    ids=[
        "runs",
        "coordinates",
        "after-said",
        "who-is-a-person",
        "an-ordinary-word",
        "ordinary-words-opening",
        "the-opening",
    ],
)
def test_a_single_name_doing_what_bodies_do_after_which_is_an_organisation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She leads Jersey Hornet Watch in summer.", [("Jersey Hornet Watch", "ORG")]),
        ("The Government of Jersey funds it.", [("Government of Jersey", "ORG")]),
        ("The Diocese of Sheffield agreed.", [("Diocese of Sheffield", "ORG")]),
        (
            "PEORIA, Ill. — The Peoria Foxhounds will leave.",
            [("PEORIA", "GPE"), ("Ill.", "GPE"), ("Peoria Foxhounds", "ORG")],
        ),
    ],
    ids=["watch", "government-of", "diocese-of", "the-after-a-us-dateline"],
)
def test_more_names_of_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Help came from Age UK and Sport England.", [("Age UK", "ORG"), ("Sport England", "ORG")]),
        ("Tennis Scotland said it would help.", [("Tennis Scotland", "ORG")]),
        ("Energy UK, the trade body, said no.", [("Energy UK", "ORG")]),
        ("Expect Scotland to respond.", [("Scotland", "GPE")]),
        ("The quake struck in West Sumatra in May.", [("West Sumatra", "GPE")]),
        ("He moved to West Sumatra in May.", [("West Sumatra", "GPE")]),
        ("They flew to Mainland China.", [("Mainland China", "GPE")]),
        ("Help came from Age UK Northumberland.", [("Age UK Northumberland", "ORG")]),
        ("It rained.\n\nUniversities UK said no.", [("Universities UK", "ORG")]),
        (
            "It rained.\n\nSport England, which is consulted on plans, said no.",
            [("Sport England", "ORG")],
        ),
    ],
    ids=[
        "mid-sentence",
        "opening-and-speaking",
        "apposition",
        "opener",
        "part-of-a-place",
        "part-of-a-place-after-to",
        "a-kind-of-the-place",
        "a-branch",
        "plural-opening",
        "opening-before-which",
    ],
)
def test_an_ordinary_word_and_a_nation_name_a_national_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_woman_called_ms_is_not_the_one_called_mrs() -> None:
    article = body(
        "Isla McKendrick lost. Ms McKendrick, 24, said she would appeal.\n\n"
        "Her mother, Fiona McKendrick, said the family was proud. Mrs McKendrick wept.\n\n"
        "Ms McKendrick left."
    )
    assert [m.entity for m in nk.mentions(article)] == [
        "Isla McKendrick",
        "Isla McKendrick",
        "Fiona McKendrick",
        "Fiona McKendrick",
        "Isla McKendrick",
    ]


def test_a_team_is_called_by_its_plural_after_the() -> None:
    article = body("They stay an affiliate of the Milwaukee Brewers. The Brewers said so.")
    assert [(m.text, m.entity) for m in nk.mentions(article)] == [
        ("Milwaukee Brewers", "Milwaukee Brewers"),
        ("Brewers", "Milwaukee Brewers"),
    ]


def test_a_road_or_river_that_runs_somewhere_is_no_organisation() -> None:
    for text in (
        "Officials said the Wendle, which runs north to Leeds, had shut.",
        "Officials said the Wenning, which runs through Bentham, had flooded.",
    ):
        assert not [m for m in found(text) if m[1] == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She keeps hives above St Aubin.", [("St Aubin", "GPE")]),
        ("St Aidan’s was rated poor.", [("St Aidan’s", "ORG")]),
        ("Pupils at St Aidan’s School protested.", [("St Aidan’s School", "ORG")]),
        ("Ian St John scored.", [("Ian St John", "PERSON")]),
    ],
    ids=["a-place", "a-school-by-its-saint", "with-its-word", "a-surname"],
)
def test_a_saint_s_name_is_a_place_or_a_body_not_a_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_laws_time_zones_and_historical_peoples() -> None:
    text = (
        "A Viking hoard was found. The eruption began at 0340 GMT. "
        "The Treasure Act applies, and the World Anti-Doping Code says so."
    )
    assert found(text) == [("Viking", "NORP")]


def test_a_firm_named_as_its_partners_is_one_organisation() -> None:
    text = (
        "The board appointed the firm Moss, Pryor & Kell. In a statement, Moss, Pryor & Kell "
        "said it was working. In London, Marks & Spencer said no. Yesterday, Marks & Spencer "
        "agreed."
    )
    assert found(text) == [
        ("Moss, Pryor & Kell", "ORG"),
        ("Moss, Pryor & Kell", "ORG"),
        ("London", "GPE"),
        ("Marks & Spencer", "ORG"),
        ("Marks & Spencer", "ORG"),
    ]


def test_a_wildlife_park_is_a_business_a_town_park_a_place() -> None:
    text = "Cubs were born at Wolds Wildlife Park, the park said. They played in Victoria Park."
    assert found(text) == [("Wolds Wildlife Park", "ORG"), ("Victoria Park", "LOC")]


def test_a_listed_place_s_own_council_is_one_organisation() -> None:
    text = (
        "He wrote to East Riding of Yorkshire Council for help. "
        "They drove to East Riding of Yorkshire in May."
    )
    assert found(text) == [
        ("East Riding of Yorkshire Council", "ORG"),
        ("East Riding of Yorkshire", "GPE"),
    ]


def test_a_partnership_joined_with_and_before_its_ending_is_one_firm() -> None:
    text = (
        "The architects, Carraway, Bell and Stone LLP, said so. "
        "In Leeds, Bell and Stone LLP agreed."
    )
    assert [(m.text, m.entity) for m in nk.mentions(body(text))] == [
        ("Carraway, Bell and Stone LLP", "Carraway, Bell and Stone LLP"),
        ("Leeds", "Leeds"),
        ("Bell and Stone LLP", "Carraway, Bell and Stone LLP"),
    ]


def test_dean_after_a_title_is_a_first_name() -> None:
    article = body("He was backed by Cllr Dean Probert of Reform UK. Mr Probert spoke.")
    assert [m.entity for m in nk.mentions(article) if m.type == "PERSON"] == [
        "Dean Probert",
        "Dean Probert",
    ]


def test_where_something_is_based_is_a_place() -> None:
    text = "Arkoma Power & Light Co. restored power. The Fort Smith-based utility said so."
    assert found(text) == [("Arkoma Power & Light Co.", "ORG"), ("Fort Smith", "GPE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It voted.\n\nLibrary Director Miguel Santos said the library would open.",
            [("Library Director Miguel Santos", "PERSON")],
        ),
        ("Trustee Greg Falk voted no.", [("Trustee Greg Falk", "PERSON")]),
        (
            "In Toronto, Larch Point Chief Executive David Morrow said so.",
            [
                ("Toronto", "GPE"),
                ("Larch Point", "ORG"),
                ("Chief Executive David Morrow", "PERSON"),
            ],
        ),
        (
            "Labour Minister Teresa Valadares said so.",
            [("Labour Minister Teresa Valadares", "PERSON")],
        ),
        (
            "The Labour MP Owen Gallagher said so.",
            [("Labour", "ORG"), ("Owen Gallagher", "PERSON")],
        ),
        (
            "It asked District Attorney General Dan Arnett to act.",
            [("District Attorney General Dan Arnett", "PERSON")],
        ),
        ("Pierce County Auditor Julie Anderson said so.", None),
    ],
    ids=["common-word", "trustee", "firm-before-title", "portfolio", "party", "district", "county"],
)
def test_words_of_a_title_before_a_name(text: str, expected: list[tuple[str, str]] | None) -> None:
    if expected is None:  # the county stays a place of its own
        assert ("Pierce County", "GPE") in found(text)
    else:
        assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ellie Brand, a second-year student of history, said so.",
            [("Ellie Brand", "PERSON")],
        ),
        (
            "Schools shut in Jackson County. Jackson County Council met.",
            [("Jackson County", "GPE"), ("Jackson County Council", "ORG")],
        ),
        ("Whitby Town beat Marske.", [("Whitby Town", "ORG")]),
        (
            "He owed the Sennen Cove crew everything. Ships sail to Richards Bay.",
            [("Sennen Cove", "GPE"), ("Richards Bay", "GPE")],
        ),
    ],
    ids=["person-by-role", "county-of-a-listed-place", "town-club", "cove-and-bay"],
)
def test_people_and_places_by_the_words_they_end_in(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_confederation_and_an_infirmary_are_organisations() -> None:
    text = (
        "The Confederation of Portuguese Business (CIP) said no. CIP urged talks. "
        "She worked nights at Leeds General Infirmary."
    )
    assert [(e.name, e.type, len(e.mentions)) for e in nk.entities(body(text))] == [
        ("Confederation of Portuguese Business", "ORG", 3),
        ("Leeds General Infirmary", "ORG", 1),
    ]


def test_a_festival_s_name_is_an_event_not_an_organisation() -> None:
    text = (
        "The Harrow Fields music festival has been cancelled, Fieldhouse Live Ltd said. "
        "Asked whether Harrow Fields would return, the founder said it would."
    )
    assert found(text) == [("Fieldhouse Live Ltd", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. In Hemsworth, where the store opened, people were sad.", "Hemsworth"),
        ("Janet Bell, 71, from Cleator Moor, said so.", "Cleator Moor"),
        ("The ferry runs from Port Appin every hour.", "Port Appin"),
        ("A Rushden woman was fined on Tuesday.", "Rushden"),
        ("Marshallese Families United, a Springdale nonprofit, said so.", "Springdale"),
        ("The railroad will pay, not the people of Wapakoneta.", "Wapakoneta"),
    ],
    ids=["in-opening", "age-from", "port", "a-town-woman", "a-town-nonprofit", "people-of"],
)
def test_small_places_named_by_how_the_story_uses_them(text: str, expected: str) -> None:
    assert (expected, "GPE") in found(text)


def test_a_dateline_in_capitals_is_the_town_the_story_names_later() -> None:
    article = nk.from_text(
        "Train derails\n\nWAPAKONETA, Ohio — A train derailed.\n\n"
        "The mayor said it was a bad day for Wapakoneta."
    )
    towns = [e for e in nk.entities(article) if e.name == "Wapakoneta"]
    assert [(e.type, len(e.mentions)) for e in towns] == [("GPE", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comboios de Portugal said trains were cancelled.", "Comboios de Portugal"),
        ("Servicios Mineros del Sur, a contractor, said two died.", "Servicios Mineros del Sur"),
        ("Seri Harbour Development Bhd said it would appeal.", "Seri Harbour Development Bhd"),
        (
            "The International Council on Monuments and Sites said so.",
            "International Council on Monuments and Sites",
        ),
    ],
    ids=["portuguese", "spanish", "malaysian-ending", "council-on-x-and-y"],
)
def test_bodies_named_in_other_languages_and_with_on(text: str, expected: str) -> None:
    assert found(text) == [(expected, "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The warnings were issued only in English.", []),
        ("Ellie Brand, a student of French and Spanish, said so.", [("Ellie Brand", "PERSON")]),
        ("He spoke in Arabic, then in Welsh.", []),
        ("The French government said no.", [("French", "NORP")]),
        (
            "A blend of Malay, Chinese and European architecture.",
            [("Malay", "NORP"), ("Chinese", "NORP"), ("European", "NORP")],
        ),
    ],
    ids=["in-english", "a-student-of", "spoke-in", "adjective", "a-list-before-a-noun"],
)
def test_a_nationality_s_word_used_as_a_language_is_no_entity(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="'Mrs Vaughan' is linked to Katie by recency alone, which lends no gender; a rule "
    "keeping 'Mr' off her cost two speakers on another set, so it was dropped",
)
def test_mr_is_not_the_person_a_mrs_was_linked_to() -> None:
    text = (
        "The shop was opened by Rob and Katie Vaughan.\n\nMrs Vaughan said she had been "
        "woken by a neighbour.\n\nMr Vaughan said the family would rebuild."
    )
    people = {e.name: [m.text for m in e.mentions] for e in nk.entities(body(text))}
    assert people == {
        "Rob Vaughan": ["Rob", "Mr Vaughan"],
        "Katie Vaughan": ["Katie Vaughan", "Mrs Vaughan"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Most of them are labourers," said Imran Butt, a doctor in the hospital\'s '
            "emergency department.",
            [("Imran Butt", "PERSON")],
        ),
        ("‘I’ve sold sprouts for years,’ she said. ‘I’m done.’", []),
        ("It was listed at grade II in 2011.", []),
        ("The Mercer County Fair opened on Monday.", []),
        (
            "It was listed by Historic England. NFU Cymru said so.",
            [("Historic England", "ORG"), ("NFU Cymru", "ORG")],
        ),
    ],
    ids=["a-role-after-said", "contractions", "roman-numeral", "county-fair", "listed-bodies"],
)
def test_names_that_are_no_names_and_names_that_are(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_flight_number_is_no_part_of_the_airline_s_name() -> None:
    assert found("The AeroSabana Flight 412 crashed. AeroSabana said so.") == [
        ("AeroSabana", "ORG"),
        ("AeroSabana", "ORG"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report by the civil aviation authority, Aerocivil, was published.",
            [("Aerocivil", "ORG")],
        ),
        (
            "He has played at St Aldhelm’s Cathedral in Sherborne.",
            [("St Aldhelm’s Cathedral", "ORG"), ("Sherborne", "GPE")],
        ),
        ("The Bryn Eithin Crematorium will charge more.", [("Bryn Eithin Crematorium", "LOC")]),
        (
            "The campaign, Fair Wages Idaho, said so. Idaho's minimum wage is low.",
            [("Fair Wages Idaho", "ORG"), ("Idaho", "GPE")],
        ),
        (
            "The rise will take Wrexham above neighbouring Flintshire.",
            [("Wrexham", "GPE"), ("Flintshire", "GPE")],
        ),
    ],
    ids=["authority-apposed", "cathedral", "crematorium", "ordinary-words-and-a-state", "shire"],
)
def test_bodies_facilities_and_places_by_their_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quaker Social Action said so.", [("Quaker Social Action", "ORG")]),
        ("The Indonesian Red Cross sent teams.", [("Indonesian Red Cross", "ORG")]),
        ("The Welsh Conservatives said no.", [("Welsh Conservatives", "ORG")]),
        (
            "Russian President Vladimir Putin spoke.",
            [("Russian", "NORP"), ("President Vladimir Putin", "PERSON")],
        ),
        ("The Irish Sea was rough.", [("Irish Sea", "LOC")]),
    ],
    ids=["charity", "listed-body", "party", "a-title-after", "a-sea"],
)
def test_a_nation_s_or_faith_s_body_is_one_organisation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_every_name_in_a_list_of_towns_is_a_place() -> None:
    text = "The stations, in towns including Llandovery, Tregaron, Rhayader and Crickhowell, shut."
    assert found(text) == [
        ("Llandovery", "GPE"),
        ("Tregaron", "GPE"),
        ("Rhayader", "GPE"),
        ("Crickhowell", "GPE"),
    ]


def test_a_name_after_an_owned_role_is_a_person_whatever_it_ends_in() -> None:
    article = body("The campaign grew. Its organiser, Kerry Bright, said so.")
    assert [(m.text, m.type, m.evidence) for m in nk.mentions(article)] == [
        ("Kerry Bright", "PERSON", "described as an organiser")
    ]


def test_a_compass_point_of_a_place_goes_on_with_a_body_s_name() -> None:
    assert found("The Traffic Commissioner for the East of England said so.") == [
        ("Traffic Commissioner for the East of England", "ORG")
    ]


def test_fire_service_ranks_are_titles() -> None:
    article = body("Group Manager Steve Dando, who led the response, said so.")
    assert [(e.name, [m.title for m in e.mentions]) for e in nk.entities(article)] == [
        ("Steve Dando", ["Group Manager"])
    ]


def test_two_places_joined_by_a_hyphen_are_two_places() -> None:
    assert found("The Kazakhstan-Kyrgyzstan rail link opened. Météo-France said so.") == [
        ("Kazakhstan", "GPE"),
        ("Kyrgyzstan", "GPE"),
        ("Météo-France", "ORG"),
    ]


def test_a_list_of_places_opening_a_sentence() -> None:
    assert found("It rained. Villages such as Much Wenlock and Clun agreed.") == [
        ("Much Wenlock", "GPE"),
        ("Clun", "GPE"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The H5N1 strain spread to a second farm.",
        "Many of them held H-1B visas.",
        "The tornado was rated EF4 by forecasters.",
        "The GPS failed on the bridge.",
        "The Regal Ballroom reopened on Friday.",
    ],
    ids=["flu-strain", "visa", "tornado-rating", "gps", "ballroom"],
)
def test_codes_and_ballrooms_are_no_organisations(text: str) -> None:
    assert [m for m in found(text) if m[1] in ("ORG", "PERSON")] == []


def test_a_campaign_named_save_or_stop_is_an_organisation() -> None:
    text = (
        "It rained. The campaign group Save Queen Adelaide A&E called it a disaster. "
        "Campaigners from Stop Northgate Incinerator met."
    )
    assert found(text) == [
        ("Save Queen Adelaide A&E", "ORG"),
        ("Stop Northgate Incinerator", "ORG"),
    ]
