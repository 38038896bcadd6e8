"""Sentences and words: Punkt with news abbreviations, apostrophes, offsets."""

from __future__ import annotations

import pytest

import newskit as nk

SENTENCE_CASES = [
    ("", []),
    (
        "Dr. Amelia Chen said the plan would work. It did.",
        ["Dr. Amelia Chen said the plan would work.", "It did."],
    ),
    (
        "Gov. Gavin Reyes signed the bill. Sen. Ann Cole objected.",
        ["Gov. Gavin Reyes signed the bill.", "Sen. Ann Cole objected."],
    ),
    (
        "Lt. Col. Mark Hale arrived on Jan. 14 at St. Mary's hospital. Prof. Ito waited.",
        ["Lt. Col. Mark Hale arrived on Jan. 14 at St. Mary's hospital.", "Prof. Ito waited."],
    ),
    (
        "Rep. Diaz and Capt. Ruiz met Sgt. Cole on Oct. 3.",
        ["Rep. Diaz and Capt. Ruiz met Sgt. Cole on Oct. 3."],
    ),
    ("The U.S. said no. The talks failed.", ["The U.S. said no.", "The talks failed."]),
    (
        "“We will win,” said Mr. Adams. “No doubt.”",
        ["“We will win,” said Mr. Adams.", "“No doubt.”"],
    ),
    (
        "He called it ‘a despicable PR stunt.’ The Kremlin disagreed.",
        ["He called it ‘a despicable PR stunt.’", "The Kremlin disagreed."],
    ),
    ('She said: "We stay." Then she left.', ['She said: "We stay."', "Then she left."]),
    (
        "I never thought of leaving at all… Yes, I was offered it.",
        ["I never thought of leaving at all…", "Yes, I was offered it."],
    ),
    (
        "Asked to stay, he said no. Mrs Cole said yes.",
        ["Asked to stay, he said no.", "Mrs Cole said yes."],
    ),
    (
        "They met on Sat. Then they wed. The sun set.",
        ["They met on Sat.", "Then they wed.", "The sun set."],
    ),
    (
        "Shares rose 2.5 per cent. Analysts were surprised.",
        ["Shares rose 2.5 per cent.", "Analysts were surprised."],
    ),
    (
        "The company, Acme Inc., said it would appeal. Its shares fell.",
        ["The company, Acme Inc., said it would appeal.", "Its shares fell."],
    ),
    (
        "Why did it happen? Nobody knows! The inquiry starts today.",
        ["Why did it happen?", "Nobody knows!", "The inquiry starts today."],
    ),
    ("Η Αθήνα ψήφισε. Ο δήμαρχος μίλησε.", ["Η Αθήνα ψήφισε.", "Ο δήμαρχος μίλησε."]),
    ("Talks at No. 10 Downing Street ended.", ["Talks at No. 10 Downing Street ended."]),
    ("The E.U. was silent. The F.B.I. said so.", ["The E.U. was silent.", "The F.B.I. said so."]),
    (
        "It was months … now nobody calls… He left.",
        ["It was months … now nobody calls…", "He left."],
    ),
]


@pytest.mark.parametrize(
    ("text", "sentences"),
    SENTENCE_CASES,
    ids=[
        "empty",
        "dr",
        "gov-sen",
        "lt-col-jan-st-prof",
        "rep-capt-sgt-oct",
        "us",
        "curly-double",
        "curly-single-partial",
        "straight-double",
        "ellipsis-char",
        "said-no",
        "words-not-abbreviations",
        "decimal",
        "inc",
        "question-exclamation",
        "greek",
        "no-10",
        "dotted-acronyms",
        "ellipsis-mid-sentence",
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    article = nk.from_text(text, headline=False)
    assert [s.text for s in article.sentences] == sentences
    for s in article.sentences:
        assert text[s.start : s.end] == s.text


def test_sentences_never_cross_paragraphs() -> None:
    article = nk.from_text(
        "First par ends without a stop\n\nsecond par starts lower case.", headline=False
    )
    assert [(s.text, s.paragraph) for s in article.sentences] == [
        ("First par ends without a stop", 1),
        ("second par starts lower case.", 2),
    ]


def test_seed_sentences(seed: nk.Article) -> None:
    texts = [s.text for s in seed.sentences]
    assert texts[4] == "She explained: ‘I never thought of being anywhere else at all…"
    assert (
        texts[5] == "Yes, I was offered the opportunity to leave Syria or rather to run from Syria."
    )
    assert texts[14] == (
        "But with the death toll in Syria’s conflict now at least 300,000 and pictures emerging of "
        "her smiling beside children, athletes and graduates in shared images the United States "
        "has denounced the account as ‘a despicable PR stunt.’"
    )
    # the headline is not a body sentence
    assert all(not t.startswith("Assad’s wife") for t in texts)


@pytest.mark.parametrize(
    ("curly", "straight"),
    [
        ("Assad’s wife", "Assad's wife"),
        ("It doesn’t matter", "It doesn't matter"),
        ("people’s confidence", "people's confidence"),
        ("They won’t and can’t", "They won't and can't"),
        ("O’Neill spoke", "O'Neill spoke"),
    ],
    ids=["possessive", "doesnt", "plural-noun-possessive", "wont-cant", "oneill"],
)
def test_curly_and_straight_apostrophes_behave_the_same(curly: str, straight: str) -> None:
    a = nk.words(nk.from_text(curly, headline=False))
    b = nk.words(nk.from_text(straight, headline=False))
    assert [t.norm for t in a] == [t.norm for t in b]
    assert [(t.start, t.end) for t in a] == [(t.start, t.end) for t in b]


def test_word_tokens_keep_the_original_characters() -> None:
    text = "Assad’s wife doesn’t “know” it… Syria’s 300,000 members’ club"
    tokens = nk.words(nk.from_text(text, headline=False))
    assert [t.text for t in tokens] == [
        "Assad",
        "’s",
        "wife",
        "does",
        "n’t",
        "“",
        "know",
        "”",
        "it",
        "…",
        "Syria",
        "’s",
        "300,000",
        "members",
        "’",
        "club",
    ]
    assert [t.kind for t in tokens if t.text in ("300,000", "…", "know")] == [
        "word",
        "punct",
        "number",
    ]
    for t in tokens:
        assert text[t.start : t.end] == t.text


def test_tokens_know_their_paragraph_and_sentence(seed: nk.Article) -> None:
    tokens = nk.words(seed)
    assert [t.text for t in tokens if t.paragraph == 0] == [
        "Assad",
        "’s",
        "wife",
        "claims",
        "she",
        "rejected",
        "multiple",
        "offers",
        "to",
        "flee",
        "Syria",
    ]
    assert {t.sentence for t in tokens if t.paragraph == 5} == {5, 6}


@pytest.mark.parametrize(
    ("text", "count"),
    [("", 0), ("It doesn’t matter, she said.", 5), ("Rates rose 2.5% in 2024.", 5), ("— … !", 0)],
    ids=["empty", "clitic", "numbers", "punctuation-only"],
)
def test_word_count(text: str, count: int) -> None:
    assert nk.word_count(nk.from_text(text, headline=False)) == count


def test_seed_word_count(seed: nk.Article) -> None:
    # hand-checked: 445 body words (clitics such as ’s not counted), 10 in the headline
    assert nk.word_count(seed) == 445
    assert nk.word_count(seed, headline=True) == 455


def test_typewriter_quotes_fall_back_to_nltk_span_tokenize() -> None:
    # NLTK rewrites '' after a space as ``; newskit notices and keeps the real characters
    text = "He said ''hello'' and left. Then ''bye''."
    tokens = nk.words(nk.from_text(text, headline=False))
    assert [t.text for t in tokens] == [
        "He",
        "said",
        "''",
        "hello",
        "''",
        "and",
        "left",
        ".",
        "Then",
        "''",
        "bye",
        "''",
        ".",
    ]
    assert [t.sentence for t in tokens] == [1] * 8 + [2] * 5


def test_contractions_split_the_same_at_a_sentence_end() -> None:
    text = "I won't go. I won't. It doesn’t. U.S. officials left the U.S."
    tokens = nk.words(nk.from_text(text, headline=False))
    assert [t.text for t in tokens] == [
        "I",
        "wo",
        "n't",
        "go",
        ".",
        "I",
        "wo",
        "n't",
        ".",
        "It",
        "does",
        "n’t",
        ".",
        "U.S.",
        "officials",
        "left",
        "the",
        "U.S",
        ".",
    ]


def test_numbers_and_scores() -> None:
    tokens = nk.words(nk.from_text("A 6-3 vote, 2.5% and 300,000 in 2011.", headline=False))
    assert [t.text for t in tokens if t.kind == "number"] == ["6-3", "2.5", "300,000", "2011"]


def test_white_space_list_matches_python() -> None:
    import sys

    from newskit.tokens import _WHITE_SPACE

    expected = [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert sorted(_WHITE_SPACE.tolist()) == expected


def test_unusual_white_space_and_lone_surrogates_keep_offsets() -> None:
    text = "Syria\u2009war\u3000ends.\u2028Talks\ud800 resume."
    tokens = nk.words(nk.from_text(text, headline=False))
    assert [t.text for t in tokens] == ["Syria", "war", "ends", ".", "Talks\ud800", "resume", "."]
    for t in tokens:
        assert text[t.start : t.end] == t.text
