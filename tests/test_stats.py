"""Word statistics: frequencies, n-grams, collocations, KWIC, dispersion, lengths, diversity."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import newskit as nk


def _text(text: str) -> nk.Article:
    return nk.from_text(text, headline=False)


FREQUENCY_CASES = [
    ("", {}, []),
    ("The strike. The STRIKE! Strike, strike.", {}, [("strike", 4)]),
    (
        "The strike. The STRIKE! Strike, strike.",
        {"casefold": False},
        [("Strike", 1), ("STRIKE", 1), ("strike", 2)],
    ),
    ("Mr Cole said no. Mrs Cole said yes.", {}, [("cole", 2), ("yes", 1)]),
    (
        "Mr Cole said no. Mrs Cole said yes.",
        {"stopwords": "english"},
        [("cole", 2), ("mr", 1), ("mrs", 1), ("said", 2), ("yes", 1)],
    ),
    ("In 2011, 300,000 fled.", {}, [("fled", 1)]),
    ("In 2011, 300,000 fled.", {"numbers": True}, [("2011", 1), ("300,000", 1), ("fled", 1)]),
    (
        "Yes, no!",
        {"punctuation": True, "stopwords": False},
        [("!", 1), (",", 1), ("no", 1), ("yes", 1)],
    ),
    (
        "An ox and a bee met.",
        {"min_length": 3, "stopwords": False},
        [("and", 1), ("bee", 1), ("met", 1)],
    ),
    ("Syria’s war. Syria's peace.", {}, [("peace", 1), ("syria", 2), ("war", 1)]),
    ("Syria’s war. Syria's peace.", {"stopwords": ["Syria", "war"]}, [("peace", 1)]),
    (
        "Zürich’s mayor met São Paulo’s mayor.",
        {},
        [("mayor", 2), ("met", 1), ("paulo", 1), ("são", 1), ("zürich", 1)],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    FREQUENCY_CASES,
    ids=[
        "empty",
        "casefold",
        "keep-case",
        "news-stopwords",
        "english-stopwords",
        "numbers-dropped",
        "numbers-kept",
        "punctuation",
        "min-length",
        "apostrophes",
        "own-stopwords",
        "unicode",
    ],
)
def test_word_frequencies(
    text: str, options: dict[str, object], expected: list[tuple[str, int]]
) -> None:
    table = nk.word_frequencies(_text(text), **options)  # type: ignore[arg-type]
    assert list(table.columns) == ["word", "count", "share"]
    assert sorted(zip(table["word"], table["count"], strict=True)) == sorted(expected)
    if expected:
        assert math.isclose(table["share"].sum(), 1.0)


def test_word_frequencies_order_top_and_headline() -> None:
    article = nk.from_text("Ferry strike\n\nThe ferry sailed. A ferry sank. Crews watched.")
    table = nk.word_frequencies(article)
    assert table["word"].tolist() == ["ferry", "crews", "sailed", "sank", "strike", "watched"]
    assert table["count"].tolist() == [3, 1, 1, 1, 1, 1]
    assert nk.word_frequencies(article, top=2)["word"].tolist() == ["ferry", "crews"]
    assert nk.word_frequencies(article, headline=False)["count"].tolist()[0] == 2
    assert table["share"].tolist()[0] == pytest.approx(3 / 8)


def test_word_frequencies_stemming() -> None:
    article = _text("Protesters protested. The protest grew. Protests continue.")
    table = nk.word_frequencies(article, stem=True)
    assert table.to_dict("records")[0] == {
        "word": "protest",
        "count": 4,
        "share": pytest.approx(4 / 6),
        "forms": "protest, protested, protesters, protests",
    }


def test_seed_top_words(seed: nk.Article) -> None:
    table = nk.word_frequencies(seed, top=4)
    # counted by hand in the article: Syria 8 times (headline included), Al-Assad 7,
    # children 4, president 4 (once in "President al-Assad")
    assert table[["word", "count"]].values.tolist() == [
        ["syria", 8],
        ["al-assad", 7],
        ["children", 4],
        ["president", 4],
    ]


@pytest.mark.parametrize(
    "bad", [{"top": -1}, {"top": 1.5}, {"min_length": -2}, {"stopwords": "french"}]
)
def test_word_frequencies_rejects_bad_options(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"top|min_length|unknown stopword list"):
        nk.word_frequencies(_text("Some words."), **bad)  # type: ignore[arg-type]


def test_empty_article_gives_empty_tables_with_columns(empty: nk.Article) -> None:
    assert nk.word_frequencies(empty).empty
    assert list(nk.ngram_frequencies(empty).columns) == ["ngram", "count", "share"]
    assert list(nk.collocations(empty).columns) == [
        "collocation",
        "word1",
        "word2",
        "count",
        "score",
    ]
    assert list(nk.concordance(empty, "x").columns) == [
        "left",
        "match",
        "right",
        "start",
        "end",
        "paragraph",
        "sentence",
    ]
    assert nk.dispersion(empty, ["x"]).empty
    assert nk.sentence_stats(empty).empty and nk.paragraph_stats(empty).empty
    assert nk.length_stats(empty)["mean"].isna().all()
    assert nk.lexical_diversity(empty) is None


def test_ngrams_stay_within_sentences_and_skip_punctuation() -> None:
    article = _text("The city council met, then voted. Council members left.")
    table = nk.ngram_frequencies(article, n=2)
    grams = set(table["ngram"])
    assert grams == {
        "the city",
        "city council",
        "council met",
        "then voted",
        "council members",
        "members left",
    }
    assert "voted council" not in grams and "met then" not in grams
    tri = nk.ngram_frequencies(article, n=3)
    assert set(tri["ngram"]) == {"the city council", "city council met", "council members left"}


def test_ngrams_with_stopword_edges() -> None:
    # every trigram here starts or ends with "the" or "in"
    assert nk.ngram_frequencies(_text("The war in the north ended."), n=3, stopwords=True).empty
    table2 = nk.ngram_frequencies(
        _text("Offers to flee Syria came. Offers to flee grew."), n=3, stopwords=True
    )
    assert table2[["ngram", "count"]].values.tolist()[0] == ["offers to flee", 2]


@pytest.mark.parametrize("n", [0, -1, 2.5])
def test_ngrams_reject_bad_n(n: object) -> None:
    with pytest.raises(ValueError, match="n must be"):
        nk.ngram_frequencies(_text("a b"), n=n)  # type: ignore[arg-type]


def test_collocations_likelihood_and_pmi() -> None:
    text = (
        "The Health Secretary spoke. Waiting lists grew. The Health Secretary promised money. "
        "Waiting lists fell later. Nurses said waiting times were long. The secretary left."
    )
    likely = nk.collocations(_text(text))
    assert likely["collocation"].tolist() == ["health secretary", "waiting lists"]
    assert likely["count"].tolist() == [2, 2]
    assert (likely["score"] > 0).all()
    pmi = nk.collocations(_text(text), measure="pmi")
    assert set(pmi["collocation"]) == {"waiting lists", "health secretary"}
    assert pmi.loc[pmi["collocation"] == "health secretary", "score"].item() == pytest.approx(
        math.log2((2 * 25) / (2 * 3))  # 25 words; "health" twice, "secretary" three times
    )
    with pytest.raises(ValueError, match="unknown measure"):
        nk.collocations(_text(text), measure="dice")  # type: ignore[arg-type]


def test_concordance(seed: nk.Article) -> None:
    kwic = nk.concordance(seed, "Al-Assad", width=12)
    assert len(kwic) == 7
    first = kwic.iloc[0]
    assert (first["left"], first["match"], first["right"]) == (
        "h-born Asma ",
        "Al-Assad",
        ", wife of Sy",
    )
    assert seed.text[first["start"] : first["end"]] == "Al-Assad"
    assert kwic["paragraph"].tolist() == [2, 2, 4, 9, 9, 14, 17]
    # "Assad" is its own token only where it is not part of "Al-Assad"
    assert nk.concordance(seed, "assad")["paragraph"].tolist() == [0, 10]
    assert nk.concordance(seed, "Assad", casefold=False)["paragraph"].tolist() == [0, 10]
    phrase = nk.concordance(seed, "war-ravaged Syrian city")
    assert phrase["match"].tolist() == ["war-ravaged Syrian city"]
    assert nk.concordance(seed, "").empty


def test_concordance_shows_line_breaks_as_spaces() -> None:
    kwic = nk.concordance(_text("Fire.\n\nThe fire spread."), "spread", width=12)
    assert kwic["left"].item() == ".  The fire "


def test_dispersion(seed: nk.Article) -> None:
    table = nk.dispersion(seed, ["Syria", "Aleppo", "Kremlin", "nowhere"])
    assert table.groupby("query").size().to_dict() == {"Aleppo": 2, "Kremlin": 1, "Syria": 8}
    assert table["position"].between(0, 1).all()
    assert table.loc[table["query"] == "Syria", "paragraph"].tolist() == [0, 1, 3, 4, 5, 5, 13, 17]
    assert nk.dispersion(seed, "Kremlin")["start"].item() == seed.text.index("Kremlin")


def test_sentence_and_paragraph_stats() -> None:
    article = nk.from_text(
        "Fire hits docks\n\nA fire broke out. It is out.\n\nNo one was hurt, police said."
    )
    sentences = nk.sentence_stats(article)
    assert sentences[["sentence", "paragraph", "words"]].values.tolist() == [
        [1, 1, 4],
        [2, 1, 3],
        [3, 2, 6],
    ]
    assert sentences["text"].tolist()[1] == "It is out."
    paragraphs = nk.paragraph_stats(article)
    assert paragraphs[["paragraph", "sentences", "words"]].values.tolist() == [[1, 2, 7], [2, 1, 6]]
    lengths = nk.length_stats(article)
    assert lengths.loc["sentence"].to_dict() == {
        "count": 3.0,
        "mean": pytest.approx(13 / 3),
        "median": 4.0,
        "min": 3.0,
        "max": 6.0,
    }
    assert lengths.loc["paragraph", "mean"] == 6.5


def test_seed_lengths(seed: nk.Article) -> None:
    lengths = nk.length_stats(seed)
    assert lengths.loc["sentence", "count"] == 20
    assert lengths.loc["paragraph", "count"] == 18
    assert nk.sentence_stats(seed)["words"].sum() == nk.word_count(seed)


@pytest.mark.parametrize(
    ("text", "measure", "options", "expected"),
    [
        ("The cat saw the dog.", "ttr", {}, 0.8),
        ("a b a b", "mattr", {"window": 2}, 1.0),
        ("a a a", "mattr", {"window": 2}, 0.5),
        ("a b c", "mattr", {"window": 50}, 1.0),
        ("x x x x", "mtld", {}, 2.0),
        ("Östra Göta älv", "ttr", {}, 1.0),
    ],
    ids=["ttr", "mattr-alternating", "mattr-repeat", "mattr-short-text", "mtld-repeat", "unicode"],
)
def test_lexical_diversity(
    text: str, measure: str, options: dict[str, int], expected: float
) -> None:
    assert nk.lexical_diversity(_text(text), measure=measure, **options) == pytest.approx(expected)  # type: ignore[arg-type]


def test_lexical_diversity_rejects_bad_options() -> None:
    with pytest.raises(ValueError, match="unknown measure"):
        nk.lexical_diversity(_text("a b"), measure="hdd")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="window"):
        nk.lexical_diversity(_text("a b"), window=0)


def test_frames_are_plain_pandas(seed: nk.Article) -> None:
    frames = (nk.word_frequencies(seed), nk.sentence_stats(seed), nk.concordance(seed, "Syria"))
    for frame in frames:
        assert isinstance(frame, pd.DataFrame)
        assert frame.index.equals(pd.RangeIndex(len(frame)))
    # text columns share pandas' default string dtype, whichever function made them
    assert frames[0]["word"].dtype == frames[1]["text"].dtype == frames[2]["match"].dtype


def test_collocations_of_a_repeated_word_do_not_raise() -> None:
    # NLTK's likelihood ratio takes the log of zero for a pair of one word repeated
    # (found by Hypothesis); newskit keeps the pair with a NaN score
    table = nk.collocations(_text("0000000 0000000"), min_count=1, stopwords=False)
    assert table["collocation"].tolist() == ["0000000 0000000"]
    assert table["score"].isna().all()


def test_abbreviations_count_without_their_full_stop() -> None:
    article = _text("Dr. Chen met Gov. Reyes. Later Gov Reyes left. The U.S. agreed, said the U.S.")
    table = nk.word_frequencies(article)
    assert dict(zip(table["word"], table["count"], strict=True)) == {
        "gov": 2,
        "reyes": 2,
        "u.s": 2,
        "chen": 1,
        "met": 1,
        "later": 1,
        "left": 1,
        "agreed": 1,
    }
    assert nk.concordance(article, "Gov")["match"].tolist() == ["Gov.", "Gov"]
    assert nk.concordance(article, "U.S.")["match"].tolist() == ["U.S.", "U.S"]


def test_us_sample_top_words_have_no_honorifics(samples: list[nk.Article]) -> None:
    us = next(a for a in samples if a.id == "us-city-council-transit-vote")
    words = set(nk.word_frequencies(us)["word"])
    assert not words & {"dr", "dr.", "mr", "said", "gov.", "sen."}
    assert "chen" in words
