"""Loading articles: formats, conventions, spans, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import newskit as nk
from tests.conftest import ARTICLES, SEED


def _spans(article: nk.Article) -> list[nk.Span]:
    head = [article.headline] if article.headline else []
    return [*head, *article.paragraphs, *article.sentences]


def test_seed_is_kept_exactly_as_read(seed: nk.Article) -> None:
    raw = SEED.read_text(encoding="utf-8")
    assert seed.text == raw
    assert seed.headline is not None
    assert seed.headline.text == "Assad’s wife claims she rejected multiple offers to flee\xa0Syria"
    assert seed.title == seed.headline.text
    assert (seed.outlet, seed.date, seed.url) == (None, None, None)
    assert seed.id == "asma-al-assad-interview"
    # 18 body paragraphs, though some are separated by two or three blank lines
    assert len(seed.paragraphs) == 18
    assert seed.paragraphs[0].text.startswith("Syria’s first lady has claimed")
    assert seed.paragraphs[-1].text.endswith("threats of punitive sanctions.")
    assert len(seed.sentences) == 20


def test_every_span_points_into_the_text(samples: list[nk.Article]) -> None:
    for article in samples:
        for span in _spans(article):
            assert article.text[span.start : span.end] == span.text


def test_the_four_paragraph_quote_keeps_its_paragraphs(seed: nk.Article) -> None:
    quote_paragraphs = [p.text for p in seed.paragraphs[4:8]]
    assert quote_paragraphs[0].startswith("She explained: ‘I never thought")
    assert [p[0] for p in quote_paragraphs[1:]] == ["‘", "‘", "‘"]
    assert quote_paragraphs[-1].endswith("confidence in their president.’")


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("", None),
        ("Fire at the docks\n\nA fire broke out.", "Fire at the docks"),
        ("A fire broke out at the docks.\n\nNobody was hurt.", None),
        ("Only one paragraph, no headline", None),
        ("# Markdown headline\n\nBody.", "Markdown headline"),
        (
            "Is this the end of the high street?\n\nShops closed.",
            "Is this the end of the high street?",
        ),
        ("Line one\nline two\n\nBody.", None),
        ("Ünïcödé “headline” — here\n\nBody text.", "Ünïcödé “headline” — here"),
        ("By Jane Smith\n\nThe council met.", None),
        (
            "By the numbers: how the council spent £4m this year\n\nBody.",
            "By the numbers: how the council spent £4m this year",
        ),
    ],
    ids=[
        "empty",
        "short-line",
        "full-stop",
        "single-paragraph",
        "markdown",
        "question",
        "two-lines",
        "unicode",
        "byline",
        "by-headline",
    ],
)
def test_headline_auto_rule(text: str, headline: str | None) -> None:
    article = nk.from_text(text)
    assert (article.headline.text if article.headline else None) == headline


def test_headline_can_be_forced_either_way() -> None:
    text = "A fire broke out.\n\nNobody was hurt."
    assert nk.from_text(text, headline=True).headline == nk.Span(0, 17, "A fire broke out.")
    assert nk.from_text("Fire\n\nBody.", headline=False).headline is None


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One.\n\nTwo.\n\n\n\nThree.", ["One.", "Two.", "Three."]),
        ("One.\r\n\r\nTwo.\r\n", ["One.", "Two."]),
        ("One.\r\rTwo.", ["One.", "Two."]),
        ("  Indented.  \n \t \nNext.", ["Indented.", "Next."]),
        ("Wrapped line\ncontinues.\n\nNext.", ["Wrapped line\ncontinues.", "Next."]),
        (
            "No blank lines\nso each line\nis a paragraph",
            ["No blank lines", "so each line", "is a paragraph"],
        ),
    ],
    ids=["blank-lines", "crlf", "cr", "edge-spaces", "hard-wrapped", "line-per-paragraph"],
)
def test_paragraph_convention(text: str, paragraphs: list[str]) -> None:
    article = nk.from_text(text, headline=False)
    assert [p.text for p in article.paragraphs] == paragraphs
    for p in article.paragraphs:
        assert text[p.start : p.end] == p.text


def test_markdown_front_matter(tmp_path: Path) -> None:
    wire = nk.load(ARTICLES / "wire-port-strike.md")
    assert wire.title == "Rotterdam dockworkers strike over automation plan at container terminal"
    assert wire.headline is not None and wire.headline.text == wire.title
    assert (wire.outlet, wire.date, wire.url) == (None, None, None)
    assert wire.paragraphs[0].text.startswith("ROTTERDAM, Netherlands")

    path = tmp_path / "story.md"
    path.write_text(
        '---\ntitle: "Flood warning"\noutlet: The Daily Example\ndate: 2024-03-01\n'
        "url: https://example.org/flood\ntags: weather\n---\nRivers rose overnight.\n",
        encoding="utf-8",
    )
    story = nk.load(path)
    assert (story.title, story.outlet, story.date, story.url) == (
        "Flood warning",
        "The Daily Example",
        "2024-03-01",
        "https://example.org/flood",
    )
    assert story.text == "Rivers rose overnight.\n"
    assert story.headline is None


def test_json_and_jsonl(tmp_path: Path) -> None:
    record = {"id": "a1", "headline": "Port reopens", "body": "Ships sailed.", "outlet": "Wire"}
    (tmp_path / "one.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(
        json.dumps(record) + "\n\n" + json.dumps({"text": "Second story."}) + "\n", encoding="utf-8"
    )
    one = nk.load(tmp_path / "one.json")
    assert one.text == "Port reopens\n\nShips sailed."
    assert (one.id, one.outlet, one.title) == ("a1", "Wire", "Port reopens")
    many = nk.load_all(tmp_path / "many.jsonl")
    assert [a.text for a in many] == ["Port reopens\n\nShips sailed.", "Second story."]
    with pytest.raises(nk.ArticleFormatError, match=r"holds 2 articles.*load_all"):
        nk.load(tmp_path / "many.jsonl")


def test_record_whose_body_already_starts_with_the_headline() -> None:
    article = nk.from_record({"title": "Port reopens", "text": "Port reopens\n\nShips sailed."})
    assert article.text == "Port reopens\n\nShips sailed."
    assert article.headline == nk.Span(0, 12, "Port reopens")


def test_load_all_reads_the_samples_folder_in_name_order(samples: list[nk.Article]) -> None:
    assert [a.id for a in samples] == [
        "asma-al-assad-interview",
        "uk-hospital-waiting-lists",
        "us-city-council-transit-vote",
        "wire-port-strike",
    ]


def test_articles_frame_round_trip(samples: list[nk.Article]) -> None:
    frame = nk.articles_frame(samples)
    assert list(frame.columns) == [
        "id",
        "title",
        "outlet",
        "date",
        "url",
        "author",
        "source",
        "text",
        "paragraphs",
        "sentences",
        "words",
    ]
    assert frame.loc[0, "words"] == nk.word_count(samples[0])
    assert frame.loc[0, "paragraphs"] == 18
    back = nk.from_frame(frame)
    assert [a.text for a in back] == [a.text for a in samples]
    assert [a.title for a in back] == [a.title for a in samples]


def test_from_frame_with_headline_column_and_missing_values() -> None:
    frame = pd.DataFrame(
        {"headline": ["Port reopens", None], "body": ["Ships sailed.", "Quiet day."]}
    )
    articles = nk.from_frame(frame, text="body")
    assert [a.text for a in articles] == ["Port reopens\n\nShips sailed.", "Quiet day."]
    with pytest.raises(nk.ArticleFormatError, match=r"no column 'content'.*text="):
        nk.from_frame(frame, text="content")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Syria’s war\n\nBody.".encode("utf-8-sig"), "Syria’s war\n\nBody."),
        ("Syria’s war\n\nBody.".encode("utf-16"), "Syria’s war\n\nBody."),
        (b"Line one.\r\n\r\nLine two.\r\n", "Line one.\r\n\r\nLine two.\r\n"),
    ],
    ids=["utf-8-bom", "utf-16-bom", "crlf-kept"],
)
def test_encodings_that_load(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert nk.load(path).text == expected


def test_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(
        nk.ArticleNotFoundError, match=r"no such file: .*missing\.txt; check the path"
    ):
        nk.load(tmp_path / "missing.txt")
    with pytest.raises(nk.ArticleFormatError, match=r"is a folder.*load_all"):
        nk.load(tmp_path)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café owner".encode("latin-1"))
    with pytest.raises(
        nk.ArticleEncodingError,
        match=r"latin\.txt is not utf-8 \(byte 0xe9 at offset 3\).*encoding",
    ):
        nk.load(latin)
    assert nk.load(latin, encoding="latin-1").text == "Café owner"
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(nk.ArticleFormatError, match="binary file"):
        nk.load(png)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(nk.ArticleFormatError, match=r"bad\.json is not valid JSON"):
        nk.load(bad)
    unclosed = tmp_path / "unclosed.md"
    unclosed.write_text("---\ntitle: x\noutlet: y\n", encoding="utf-8")
    with pytest.raises(nk.ArticleFormatError, match="never closed"):
        nk.load(unclosed)
    with pytest.raises(nk.ArticleFormatError, match="no article text"):
        nk.from_record({"headline": "Only a headline"})
    with pytest.raises(nk.ArticleEncodingError, match="unknown encoding"):
        nk.load(latin, encoding="klingon")
    with pytest.raises(TypeError, match="must be a string"):
        nk.from_text(b"bytes")  # type: ignore[arg-type]


def test_errors_are_built_in_subclasses() -> None:
    assert issubclass(nk.ArticleNotFoundError, FileNotFoundError)
    assert issubclass(nk.ArticleEncodingError, ValueError)
    assert issubclass(nk.ArticleFormatError, ValueError)


def test_article_is_frozen(seed: nk.Article) -> None:
    with pytest.raises(AttributeError):
        seed.text = "changed"  # type: ignore[misc]


def test_more_errors_that_say_what_to_do(tmp_path: Path) -> None:
    table = tmp_path / "stories.csv"
    table.write_text("headline,text\nA,B\n", encoding="utf-8")
    with pytest.raises(nk.ArticleFormatError, match=r"is a table, not an article.*from_frame"):
        nk.load(table)
    lines = tmp_path / "bad.jsonl"
    lines.write_text('{"text": "ok"}\n{"text": "ok"}\n{broken\n', encoding="utf-8")
    with pytest.raises(
        nk.ArticleFormatError, match=r"bad\.jsonl, line 3 is not valid JSON \(.*; column 2\)"
    ):
        nk.load_all(lines)
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(nk.ArticleFormatError, match="binary file"):
        nk.load(png, encoding="cp1252")


def test_from_frame_keeps_ids_and_sources() -> None:
    frame = pd.DataFrame(
        {
            "id": [1.0, None, 3.0],
            "text": ["One.", "Two.", "Three."],
            "source": ["a.txt", None, "c.txt"],
        }
    )
    articles = nk.from_frame(frame)
    assert [a.id for a in articles] == ["1", None, "3"]
    assert [a.source for a in articles] == ["a.txt", "row 2", "c.txt"]


def test_paragraphs_and_sentences_read_as_spans_and_survive_pickling(seed: nk.Article) -> None:
    import pickle

    # kept as offsets, built when read: every way of reading them agrees
    assert [s.text for s in seed.sentences] == [seed.text[s.start : s.end] for s in seed.sentences]
    assert seed.sentences[-1] == list(seed.sentences)[-1] == seed.sentences[len(seed.sentences) - 1]
    assert list(seed.sentences[2:4]) == list(seed.sentences)[2:4]
    assert seed.sentences[-1].paragraph == len(seed.paragraphs)
    with pytest.raises(IndexError):
        seed.paragraphs[len(seed.paragraphs)]
    # an article is a cache key: equal after a round trip, with an equal hash
    again = pickle.loads(pickle.dumps(seed))
    assert again == seed and hash(again) == hash(seed)
    assert again.sentences == seed.sentences and again.sentences is not seed.sentences
