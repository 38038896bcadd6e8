"""Many articles: reading a corpus, its tables, errors kept, engines that agree, the CLI."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import newskit as nk
from newskit.cli import main
from tests.conftest import ARTICLES


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as journalists keep one: files of every kind, a subfolder, some bad files."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(ARTICLES.iterdir()):
        shutil.copy(path, folder / path.name)
    (folder / "2024").mkdir()
    (folder / "2024" / "vote.txt").write_text(
        "Vote passes\n\n“We won,” said Mrs Ruth Kay in Leeds.", encoding="utf-8"
    )
    (folder / "2024" / "latin.txt").write_bytes("Café owner speaks".encode("latin-1"))
    (folder / "2024" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "wire.jsonl").write_text(
        json.dumps({"headline": "Strike ends", "text": "“It is over,” said Mr Tom Ode."})
        + "\n{broken\n"
        + json.dumps({"text": "Quiet day in York."})
        + "\n",
        encoding="utf-8",
    )
    (folder / "desk.csv").write_text(
        'headline,body,date\nFerry row,"“No,” said Ms Ana Ruiz.",2024-05-01\nLate,,\n',
        encoding="utf-8",
    )
    (folder / "notes.json").write_text(json.dumps([{"text": "One."}, {"text": "Two."}]))
    (folder / "README").write_text("not an article: no ending newskit reads")
    return folder


@pytest.fixture(scope="module")
def tables(corpus: Path) -> nk.CorpusTables:
    return nk.analyse_corpus(corpus, text="body")


def test_every_article_is_a_row_in_name_order(tables: nk.CorpusTables) -> None:
    assert tables.articles["article"].tolist() == [
        "2024/vote.txt",
        "asma-al-assad-interview.txt",
        "desk.csv#1",
        "desk.csv#2",
        "notes.json#1",
        "notes.json#2",
        "uk-hospital-waiting-lists.txt",
        "us-city-council-transit-vote.txt",
        "wire-port-strike.md",
        "wire.jsonl#1",
        "wire.jsonl#3",
    ]
    seed = tables.articles.set_index("article").loc["asma-al-assad-interview.txt"]
    assert (seed["words"], seed["quotes"], seed["speakers"], seed["partial_quotes"]) == (
        445,
        4,
        4,
        3,
    )
    assert seed["top_people"] == "Bashar al-Assad; Asma al-Assad; Hafez al-Assad"
    assert seed["top_places"].startswith("Syria; ")
    assert seed["first_speaker"] == "Asma al-Assad"
    csv_row = tables.articles.set_index("article").loc["desk.csv#1"]
    assert (csv_row["title"], csv_row["date"], csv_row["female_share"]) == (
        "Ferry row",
        "2024-05-01",
        1.0,
    )


def test_the_figures_are_those_of_one_article(tables: nk.CorpusTables) -> None:
    seed = nk.load(ARTICLES / "asma-al-assad-interview.txt")
    row = tables.articles.set_index("article").loc["asma-al-assad-interview.txt"]
    alone = nk.article_figures(seed)
    for key, value in alone.items():
        if key in ("article", "source"):
            continue
        if value is None:  # a missing date reads NaN in a column where other articles have one
            assert pd.isna(row[key]), key
        else:
            assert row[key] == pytest.approx(value), key


def test_bad_files_are_rows_in_errors_with_the_reason(tables: nk.CorpusTables) -> None:
    errors = tables.errors.set_index("article")
    assert errors.index.tolist() == ["2024/latin.txt", "2024/photo.txt", "wire.jsonl#2"]
    assert errors.loc["2024/latin.txt", "error"] == "ArticleEncodingError"
    assert "byte 0xe9 at offset 3" in errors.loc["2024/latin.txt", "message"]
    assert "binary file" in errors.loc["2024/photo.txt", "message"]
    assert errors.loc["wire.jsonl#2", "message"].endswith(
        "wire.jsonl, line 2 is not valid JSON (Expecting property name enclosed in double "
        "quotes; column 2); fix the line"
    )


def test_long_tables_name_their_article(tables: nk.CorpusTables) -> None:
    quotes = tables.quotes
    assert quotes.columns[0] == "article"
    by_article = quotes.groupby("article", sort=False)["speaker"].apply(list).to_dict()
    assert by_article["2024/vote.txt"] == ["Ruth Kay"]
    assert by_article["wire.jsonl#1"] == ["Tom Ode"]
    assert by_article["asma-al-assad-interview.txt"] == [
        "Asma al-Assad",
        "United States",
        "Russia",
        "Dmitry Peskov",
    ]
    mentions = tables.mentions
    seed = mentions[mentions["article"] == "asma-al-assad-interview.txt"]
    assert (seed["entity"] == "Syria").sum() == 8
    assert mentions.groupby("article").size().sum() == len(mentions)


def test_a_dataframe_a_glob_and_articles_are_corpora_too(corpus: Path) -> None:
    frame = pd.DataFrame({"story": ["“Yes,” said Mr Tom Ode.", "Rain in York."], "id": [7, 8]})
    from_frame = nk.analyse_corpus(frame, text="story")
    assert from_frame.articles[["article", "id", "quotes"]].values.tolist() == [
        ["row 1", "7", 1],
        ["row 2", "8", 0],
    ]
    globbed = nk.analyse_corpus(str(corpus / "**" / "*.txt"))
    assert globbed.articles["article"].tolist()[:2] == [
        "2024/vote.txt",
        "asma-al-assad-interview.txt",
    ]
    assert len(globbed.errors) == 2
    loaded = nk.analyse_corpus(nk.load_all(ARTICLES))
    assert loaded.articles["article"].tolist() == [
        "asma-al-assad-interview",
        "uk-hospital-waiting-lists",
        "us-city-council-transit-vote",
        "wire-port-strike",
    ]


def test_a_missing_source_or_a_wrong_option_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(nk.ArticleNotFoundError, match=r"no such file or folder: .*nope"):
        nk.analyse_corpus(tmp_path / "nope")
    with pytest.raises(nk.ArticleNotFoundError, match=r"no article files match .*\*\.txt"):
        nk.analyse_corpus(str(tmp_path / "*.txt"))
    with pytest.raises(ValueError, match="engine must be 'serial', 'processes' or 'dask'"):
        nk.analyse_corpus(ARTICLES, engine="threads")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown table 'words'"):
        nk.analyse_corpus(ARTICLES, tables=["words"])
    with pytest.raises(ValueError, match="workers must be a whole number of 1 or more"):
        nk.analyse_corpus(ARTICLES, engine="processes", workers=0)
    with pytest.raises(nk.ArticleFormatError, match="no column 'text' in the DataFrame"):
        nk.analyse_corpus(pd.DataFrame({"body": ["x"]}))


def test_an_article_that_breaks_the_analysis_is_an_error_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newskit.corpus

    real = newskit.corpus.article_figures

    def fragile(article: nk.Article, **kwargs: object) -> dict[str, object]:
        if "boom" in article.text:
            raise RuntimeError("the analysis broke")
        return real(article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newskit.corpus, "article_figures", fragile)
    frame = pd.DataFrame({"text": ["One.", "boom", "Three."]})
    tables = nk.analyse_corpus(frame)
    assert tables.articles["article"].tolist() == ["row 1", "row 3"]
    assert tables.errors.values.tolist() == [
        ["row 2", "row 2", "RuntimeError", "the analysis broke"]
    ]


def test_articles_are_read_one_at_a_time(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    found = nk.iter_articles(tmp_path)
    assert isinstance(found, Iterator)
    assert next(found).text == "First story."  # b.txt is not read yet
    with pytest.raises(nk.ArticleFormatError, match="binary file"):
        next(found)


def test_only_the_tables_asked_for_are_filled() -> None:
    tables = nk.analyse_corpus(ARTICLES, tables=["articles"])
    assert len(tables.articles) == 4
    assert tables.quotes.empty and tables.mentions.empty
    assert tables.quotes.columns[:3].tolist() == ["article", "text", "speaker"]


def test_progress_bar_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    nk.analyse_corpus(ARTICLES)
    assert capsys.readouterr() == ("", "")  # not a terminal, not a notebook: silent
    nk.analyse_corpus(ARTICLES, progress=True)
    assert "4article" in capsys.readouterr().err.replace(" ", "")


def _same(a: nk.CorpusTables, b: nk.CorpusTables) -> None:
    for name in ("articles", "quotes", "mentions", "errors"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_dtype=False)


@pytest.mark.slow
def test_processes_give_the_serial_result(corpus: Path, tables: nk.CorpusTables) -> None:
    _same(
        nk.analyse_corpus(corpus, text="body", engine="processes", workers=2, batch_size=2), tables
    )


@pytest.mark.slow
def test_a_script_without_the_main_guard_gets_a_clear_error(tmp_path: Path) -> None:
    # spawned workers re-run an unguarded script, which Python refuses: the run stops
    script = tmp_path / "audit.py"
    script.write_text(
        "import pandas as pd\nimport newskit as nk\n"
        "frame = pd.DataFrame({'text': ['Mr Tom Ode left.'] * 4})\n"
        "try:\n    nk.analyse_corpus(frame, engine='processes', workers=2, progress=False)\n"
        "except nk.NewskitError as exc:\n    print(exc)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert 'needs the `if __name__ == "__main__":` guard' in done.stdout.splitlines()[0]


@pytest.mark.slow
def test_a_dask_cluster_gives_the_serial_result(corpus: Path, tables: nk.CorpusTables) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=3, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 3
        _same(
            nk.analyse_corpus(corpus, text="body", engine="dask", client=client, batch_size=2),
            tables,
        )
        # by address, as a script reaches a cluster on other machines
        by_address = nk.analyse_corpus(
            corpus, text="body", engine="dask", scheduler=cluster.scheduler_address
        )
        _same(by_address, tables)


# --- the command line -------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_the_four_tables(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "audit"
    code, out, err = run("corpus", str(corpus), "--text", "body", "--output", str(target))
    assert (code, out) == (0, "")
    assert err == (
        "newskit: warning: 3 of 14 articles could not be read or analysed; "
        f"the reasons are in {target / 'errors.csv'}\n"
    )
    assert sorted(p.name for p in target.iterdir()) == [
        "articles.csv",
        "errors.csv",
        "mentions.csv",
        "quotes.csv",
    ]
    articles = pd.read_csv(target / "articles.csv")
    assert len(articles) == 11 and articles.loc[0, "article"] == "2024/vote.txt"
    quotes = pd.read_csv(target / "quotes.csv")
    assert json.loads(quotes.loc[0, "parts"]) == [{"start": 14, "end": 21}]


def test_cli_json_to_stdout_and_parquet(tmp_path: Path) -> None:
    code, out, err = run("corpus", str(ARTICLES), "--format", "json")
    assert code == 0 and err == ""
    records = json.loads(out)
    assert [r["article"] for r in records][:1] == ["asma-al-assad-interview.txt"]
    assert records[0]["quotes"] == 4
    pytest.importorskip("pyarrow")
    code, _, _ = run("corpus", str(ARTICLES), "--format", "parquet", "-o", str(tmp_path))
    assert code == 0
    quotes = pd.read_parquet(tmp_path / "quotes.parquet")
    assert quotes["speaker"].tolist()[:2] == ["Asma al-Assad", "United States"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["corpus", "nope/"], 1, "newskit: error: no such file or folder: nope; check the path"),
        (
            ["corpus", str(ARTICLES), "--format", "parquet"],
            2,
            "newskit corpus: error: --format parquet needs --output FOLDER",
        ),
        (
            ["corpus", str(ARTICLES), "--scheduler", "tcp://x:1"],
            2,
            "newskit corpus: error: --scheduler needs --engine dask",
        ),
    ],
    ids=["missing", "parquet-to-stdout", "scheduler-without-dask"],
)
def test_cli_corpus_errors_are_one_line(args: list[str], code: int, message: str) -> None:
    got, out, err = run(*args)
    assert (got, out) == (code, "")
    assert err.startswith(message) and err.count("\n") == 1


def test_cli_corpus_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", str(ARTICLES), "--workers", "0"]) == 2
    err = capsys.readouterr().err
    assert "argument --workers: expected 1 or more, got 0" in err and err.count("\n") == 1


def test_cli_output_into_a_file_is_refused_and_nothing_written(tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run("corpus", str(ARTICLES), "--output", str(target))
    assert code == 1 and "it is a file; give a folder" in err
    assert target.read_text(encoding="utf-8") == "keep me"
