"""The notebook widgets, driven in-process: set a control's value, check the views' traits."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import newskit as nk
from newskit.widgets import (
    article_picker,
    comparison,
    entity_explorer,
    glance,
    quote_explorer,
    word_explorer,
)
from newskit.widgets.picker import uploaded_file
from tests.conftest import ARTICLES

FOLDER = str(ARTICLES)
SAMPLES = [
    "asma-al-assad-interview",
    "uk-hospital-waiting-lists",
    "us-city-council-transit-vote",
    "wire-port-strike",
]


def _rows(table_html: str) -> list[list[str]]:
    """The body rows of an HTML table, as lists of cell texts."""
    body = table_html.split("<tbody>", 1)[-1]
    return [
        re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    ]


def _labels(picker: object) -> list[str]:
    return [label for label, _ in picker.choice.options]  # type: ignore[attr-defined]


# --- the article picker ------------------------------------------------------------------


def test_picker_lists_the_folder_after_the_article(seed: nk.Article) -> None:
    picker = article_picker(seed, folder=FOLDER)
    assert _labels(picker) == SAMPLES
    assert picker.article == seed
    picker.choice.index = 3
    assert (
        picker.article.title
        == "Rotterdam dockworkers strike over automation plan at container terminal"
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty.txt is empty: choose a file with an article&#x27;s text in it"),
        ("blank.txt", b"  \n\n ", "blank.txt is empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt looks like a binary file"),
        (
            "caf\u00e9.txt",
            "Caf\u00e9 opens\n\nThe caf\u00e9 opened.".encode("cp1252"),
            "café.txt is not utf-8 (byte 0xe9 at offset 3): save it as UTF-8, or pick its "
            "encoding (such as cp1252) under Encoding and upload it again",
        ),
        ("story.json", b'{"headline": "x"', "story.json is not valid JSON"),
        ("story.json", b'{"headline": "Port"}', "story.json: no article text"),
    ],
    ids=["empty", "blank", "binary", "cp1252", "bad-json", "json-without-text"],
)
def test_a_bad_upload_says_why_in_one_line_and_changes_nothing(
    seed: nk.Article, name: str, data: bytes, message: str
) -> None:
    view = quote_explorer(seed)
    picker = view.source
    table = view.table.value
    picker.upload.value = (uploaded_file(name, data),)
    assert message in picker.message.value
    assert "nk-error" in picker.message.value
    assert "\n" not in picker.message.value and "newskit-upload-" not in picker.message.value
    assert _labels(picker) == ["asma-al-assad-interview"]
    assert view.table.value == table  # the views still show the article
    assert picker.upload.value == ()  # the same file can be tried again


def test_an_upload_in_another_encoding_reads_once_it_is_chosen(seed: nk.Article) -> None:
    view = glance(seed)
    picker = view.source
    text = "Café reopens in Łódź\n\n“We are back,” said Mrs Zofia Nowak.".encode("utf-16")
    picker.upload.value = (uploaded_file("kawiarnia.txt", text),)  # UTF-16 with a BOM
    assert view.header.value.startswith("<h3>Café reopens in Łódź</h3>")
    assert picker.message.value.endswith(">Added kawiarnia.txt.</span>")
    cp1252 = "Caf\u00e9 news\n\nThe caf\u00e9 opened.".encode("cp1252")
    picker.encoding.value = "cp1252"
    picker.upload.value = (uploaded_file("cafe.txt", cp1252),)
    assert view.article.title == "Café news"
    assert _labels(picker)[:2] == ["uploaded: cafe", "uploaded: kawiarnia"]


def test_an_uploaded_json_list_adds_every_article(seed: nk.Article) -> None:
    picker = article_picker(seed)
    data = b'[{"headline": "One", "text": "First."}, {"headline": "Two", "text": "Second."}]'
    picker.upload.value = (uploaded_file("two.json", data, kind="application/json"),)
    assert [a.title for a in picker.articles] == ["One", "Two", seed.title]


def test_pasted_text_and_folders(seed: nk.Article) -> None:
    view = word_explorer(seed)
    picker = view.source
    picker.use_text.click()
    assert "The text box is empty" in picker.message.value
    picker.paste.value = "Ferry sinks\n\nThe ferry sank. Ferry passengers swam."
    picker.use_text.click()
    assert _labels(picker) == ["pasted: Ferry sinks", "asma-al-assad-interview"]
    assert _rows(view.table.value)[0][:2] == ["ferry", "3"]
    picker.folder.value = "no/such/folder"
    picker.add_folder.click()
    assert "no/such/folder is not a folder" in picker.message.value
    picker.folder.value = FOLDER
    picker.add_folder.click()
    assert picker.message.value.endswith(f">Added 4 articles from {FOLDER}.</span>")
    assert _labels(picker) == [*SAMPLES, "pasted: Ferry sinks"]
    assert view.article.id == SAMPLES[0]


# --- glance -----------------------------------------------------------------------------


def test_glance_shows_lengths_and_the_marked_up_article(seed: nk.Article) -> None:
    view = glance(seed, folder=FOLDER)
    assert _rows(view.lengths.value) == [
        ["sentence", "20.0", "22.2", "23.0", "9.0", "38.0"],
        ["paragraph", "18.0", "24.7", "26.0", "12.0", "38.0"],
    ]
    assert view.lengths_chart.value[:4] == b"\x89PNG"
    assert 'title="Asma al-Assad (explained)"' in view.article_view.value
    assert 'class="nk-entity"' in view.article_view.value
    assert ["Flesch reading ease", "44.11"] in _rows(view.figures.value)
    view.source.choice.index = 2
    assert "Larkport Council Approves" in view.header.value
    assert ["Words", "461"] in _rows(view.figures.value)


# --- words ------------------------------------------------------------------------------


def test_word_explorer_controls(seed: nk.Article) -> None:
    view = word_explorer(seed, top=3)
    assert [r[:2] for r in _rows(view.table.value)] == [
        ["syria", "8"],
        ["al-assad", "7"],
        ["children", "4"],
    ]
    view.stopwords.value = False
    assert _rows(view.table.value)[0][:2] == ["the", "25"]
    view.stopwords.value = True
    view.casefold.value = False
    assert _rows(view.table.value)[0][:2] == ["Syria", "8"]
    view.casefold.value = True
    view.stem.value = True
    # "presidency" and "president" counted together
    assert _rows(view.table.value)[2] == ["president", "6", "0.024", "presidency, president"]
    view.n.value = 2
    assert view.stem.disabled
    assert _rows(view.table.value)[0][:2] == ["multiple offers", "2"]
    view.n.value = 3
    view.stopwords.value = False
    assert _rows(view.table.value)[0][0].count(" ") == 2


def test_word_explorer_collocations_kwic_and_dispersion(seed: nk.Article) -> None:
    view = word_explorer(seed)
    assert _rows(view.pairs.value) == [["multiple offers", "2", "21.88"]]
    view.measure.value = "pmi"
    assert _rows(view.pairs.value) == [["multiple offers", "2", "7.24"]]
    assert view.query.value == "syria"
    assert view.kwic.value.startswith("<p>8 occurrences</p>")
    view.query.value = "Aleppo"
    assert view.kwic.value.startswith("<p>2 occurrences</p>")
    assert view.kwic.value.count("<mark>Aleppo</mark>") == 2
    view.query.value = "Damascus"
    assert "“Damascus” does not occur in the article" in view.kwic.value
    view.query.value = "<script>"
    assert "<script>" not in view.kwic.value
    before = view.dispersion.value
    view.locate.value = "Kremlin, Aleppo,, Kremlin"
    assert view.dispersion.value != before and view.dispersion.value[:4] == b"\x89PNG"


def test_word_explorer_on_an_empty_article(empty: nk.Article) -> None:
    view = word_explorer(empty)
    assert view.query.value == ""
    assert "type a word or phrase" in view.kwic.value
    assert "nothing to count" in view.table.value
    assert "no pair of words" in view.pairs.value


# --- entities ---------------------------------------------------------------------------


def test_entity_explorer_types_clusters_and_pairs(seed: nk.Article) -> None:
    view = entity_explorer(seed)
    assert [r[:3] for r in _rows(view.table.value)][:4] == [
        ["Syria", "GPE", "8"],
        ["Bashar al-Assad", "PERSON", "4"],
        ["Asma al-Assad", "PERSON", "4"],
        ["Syrian", "NORP", "2"],
    ]
    assert view.entity.label == "Syria (GPE)"
    assert "places: 8 mentions" in view.cluster.value
    for kind in ("ORG", "GPE", "NORP", "LOC"):
        view.types[kind].value = False
    assert view.chosen == ["PERSON"]
    names = [r[0] for r in _rows(view.table.value)]
    assert names[:3] == ["Bashar al-Assad", "Asma al-Assad", "Hafez al-Assad"]
    assert _rows(view.pairs.value)[0][:2] == ["Bashar al-Assad", "Asma al-Assad"]
    assert view.entity.label == "Bashar al-Assad (PERSON)"
    cluster = view.cluster.value
    assert "gender: male" in cluster
    texts = [r[0] for r in _rows(cluster)]
    assert {"Bashar Al-Assad", "Mr Al-Assad", "President al-Assad"} <= set(texts)
    view.entity.value = ("Asma al-Assad", "PERSON")
    links = {r[0]: r[4] for r in _rows(view.cluster.value)}
    assert links["Mrs Al-Assad"] == "Mrs + surname + gender (female)"
    view.types["PERSON"].value = False
    assert view.chosen == []
    assert "no entities of the types chosen" in view.table.value
    assert "no entity chosen" in view.cluster.value


# --- quotes -----------------------------------------------------------------------------


def test_quote_explorer_filters_and_share_of_voice(seed: nk.Article) -> None:
    view = quote_explorer(seed, folder=FOLDER)
    assert view.summary.value == (
        "<p><b>4 quotes</b> (1 full, 3 partial), 81 of 445 words quoted (18%), 4 speakers.</p>"
    )
    assert [r[1] for r in _rows(view.table.value)] == [
        "Asma al-Assad",
        "United States",
        "Russia",
        "Dmitry Peskov",
    ]
    view.kind.value = "partial"
    assert len(_rows(view.table.value)) == 3
    view.speaker.value = "Russia"
    assert _rows(view.table.value) == [
        ["goodwill", "Russia", "place", "unknown", "says", "partial", "1", "14"]
    ]
    view.kind.value = "full"
    assert "no quotes match" in view.table.value
    assert [r[0] for r in _rows(view.voices.value)] == [
        "Asma al-Assad",
        "United States",
        "Dmitry Peskov",
        "Russia",
    ]
    view.by.value = "gender"
    assert _rows(view.voices.value) == [
        ["female", "1", "73", "0.901"],
        ["unknown", "3", "8", "0.099"],
    ]
    view.by.value = "speaker_type"
    assert _rows(view.voices.value)[0] == ["person", "2", "76", "0.938"]
    # another article: the filters start again from all quotes
    view.source.choice.index = 2
    assert view.speaker.value == "(all)" and view.kind.value == "(all)"
    assert view.speaker.options[:3] == ("(all)", "Rosa Delgado", "Amelia Chen")
    assert len(_rows(view.table.value)) == 7


def test_quote_explorer_quotes_with_no_speaker(seed: nk.Article) -> None:
    view = quote_explorer(seed)
    view.source.paste.value = "“Yes,” said Mrs Ruth Kay. “No,” someone said."
    view.source.use_text.click()
    assert view.speaker.options == ("(all)", "Ruth Kay", "(no speaker found)")
    view.speaker.value = "(no speaker found)"
    assert [r[:2] for r in _rows(view.table.value)] == [["No,", "(no speaker found)"]]
    assert 'title="no speaker found (said)"' in view.article_view.value
    assert "1 with no speaker found" in view.summary.value


def test_quote_explorer_escapes_the_article() -> None:
    view = quote_explorer(nk.from_text("“<b>No</b>,” said Mrs Ruth Kay <i>today</i>."))
    assert "<b>" not in view.table.value and "<i>" not in view.article_view.value
    assert "&lt;b&gt;No&lt;/b&gt;," in view.table.value


# --- comparison -------------------------------------------------------------------------


def test_comparison_covers_every_article_in_the_list(seed: nk.Article) -> None:
    view = comparison(seed, folder=FOLDER)
    rows = _rows(view.table.value)
    assert [r[0] for r in rows] == SAMPLES
    assert rows[0][:8] == ["asma-al-assad-interview", "445", "4", "18%", "4", "90%", "0%", "10%"]
    assert rows[0][10] == "Syria; Bashar al-Assad; Asma al-Assad"
    view.top.value = 1
    assert _rows(view.table.value)[0][10] == "Syria"
    chart = view.chart.value
    view.by.value = "speaker_type"
    assert view.chart.value != chart
    view.source.paste.value = "No quotes here at all."
    view.source.use_text.click()
    rows = _rows(view.table.value)
    assert len(rows) == 5
    assert rows[0][:6] == ["No quotes here at all.", "5", "0", "0%", "0", "–"]
    frame = view.frame()
    assert frame["female_share"].isna().tolist() == [True, False, False, False, False]


def test_widgets_are_frozen(seed: nk.Article) -> None:
    view = quote_explorer(seed)
    with pytest.raises(AttributeError):
        view.table = None  # type: ignore[misc]


def test_import_widgets_does_not_import_pyplot() -> None:
    code = (
        "import sys, newskit as nk\n"
        "from newskit.widgets import quote_explorer\n"
        "quote_explorer(nk.from_text('“Yes,” said Mrs Ruth Kay.'))\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
