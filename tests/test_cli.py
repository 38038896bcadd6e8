"""The command line: formats, exit codes, one-line errors, atomic output."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newskit.cli import main
from tests.conftest import ARTICLES, SEED


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_words_table_is_readable() -> None:
    code, out, err = run("words", str(SEED), "--top", "3")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["word", "count", "share"]
    assert lines[1].split() == ["syria", "8", "0.0325"]
    assert len(lines) == 4


def test_words_json_records_with_stable_fields() -> None:
    code, out, _ = run("words", str(SEED), "--top", "2", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"word": "syria", "count": 8, "share": pytest.approx(8 / 246)},
        {"word": "al-assad", "count": 7, "share": pytest.approx(7 / 246)},
    ]


@pytest.mark.parametrize(
    ("options", "first"),
    [
        ([], "syria"),
        (["--no-stopwords"], "the"),
        (["--stopwords", "english"], "syria"),
        (["--keep-case"], "Syria"),
        (["--stem"], "syria"),
    ],
    ids=["default", "no-stopwords", "english-list", "keep-case", "stem"],
)
def test_words_options(options: list[str], first: str) -> None:
    code, out, _ = run("words", str(SEED), "--format", "csv", "--top", "1", *options)
    assert code == 0
    assert next(iter(csv.DictReader(io.StringIO(out))))["word"] == first


def test_words_markdown() -> None:
    code, out, _ = run("words", str(SEED), "--format", "md", "--top", "1")
    assert code == 0
    assert out == "| word | count | share |\n| --- | --- | --- |\n| syria | 8 | 0.0325 |\n"


def test_report_every_format() -> None:
    code, out, _ = run("report", str(SEED))
    assert code == 0
    assert out.splitlines()[0].split(None, 1) == [
        "Headline",
        "Assad’s wife claims she rejected multiple offers to flee\xa0Syria",
    ]
    assert "Words                       445" in out
    assert "Top words" in out
    code, out, _ = run("report", str(SEED), "--format", "json", "--top", "3")
    [record] = json.loads(out)
    assert (record["words"], record["sentences"], record["paragraphs"]) == (445, 20, 18)
    assert [w["word"] for w in record["top_words"]] == ["syria", "al-assad", "children"]
    assert record["source"] == str(SEED)
    code, out, _ = run("report", str(SEED), "--format", "csv", "--top", "2")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["top_words"] == "syria (8); al-assad (7)"
    code, out, _ = run("report", str(SEED), "--format", "md")
    assert out.startswith("## Assad’s wife claims")
    assert "| Words | 445 |" in out


def test_other_subcommands() -> None:
    code, out, _ = run("kwic", str(SEED), "Aleppo", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["match"] for r in rows] == ["Aleppo", "Aleppo"]
    assert set(rows[0]) == {"left", "match", "right", "start", "end", "paragraph", "sentence"}
    code, out, _ = run(
        "ngrams", str(SEED), "-n", "3", "--stopwords-edges", "--format", "csv", "--top", "1"
    )
    first = next(iter(csv.DictReader(io.StringIO(out))))
    assert (first["ngram"], first["count"]) == ("offers to flee", "2")
    code, out, _ = run("collocations", str(SEED), "--format", "json")
    assert [r["collocation"] for r in json.loads(out)] == ["multiple offers"]
    code, out, _ = run("sentences", str(SEED), "--format", "json")
    assert len(json.loads(out)) == 20


def test_empty_result_in_table_format(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert run("words", str(path)) == (0, "(nothing found)\n", "")
    assert run("words", str(path), "--format", "json") == (0, "[]\n", "")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a folder"),
        (
            lambda d: (d / "l.txt").write_bytes("café".encode("latin-1")) and d / "l.txt",
            "not utf-8 (byte 0xe9 at offset 3)",
        ),
        (
            lambda d: (d / "p.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00") and d / "p.png",
            "binary file",
        ),
    ],
    ids=["missing", "folder", "latin-1", "binary"],
)
def test_bad_input_exits_1_with_one_line(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    code, out, err = run("words", str(path))
    assert code == 1 and out == ""
    assert err.startswith("newskit: error: ") and message in err
    assert err.count("\n") == 1


def test_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "l.txt"
    path.write_bytes("Café owner speaks. Café owner leaves.".encode("cp1252"))
    code, out, _ = run("words", str(path), "--encoding", "cp1252", "--format", "csv", "--top", "1")
    assert code == 0 and "café,2" in out


USAGE_ERRORS = [
    ([], "the following arguments are required: COMMAND (see newskit --help)"),
    (["words"], "the following arguments are required: FILE (see newskit words --help)"),
    (["dance", str(SEED)], "argument COMMAND: invalid choice: 'dance'"),
    (["words", str(SEED), "--top", "0"], "argument --top: expected 1 or more, got 0"),
    (
        ["words", str(SEED), "--min-length", "-1"],
        "argument --min-length: expected 0 or more, got -1",
    ),
    (["words", str(SEED), "--format", "xml"], "argument --format: invalid choice: 'xml'"),
    (
        ["words", str(SEED), "--no-stopwords", "--stopwords", "english"],
        "not allowed with argument --no-stopwords",
    ),
]


@pytest.mark.parametrize(
    ("args", "message"),
    USAGE_ERRORS,
    ids=[
        "nothing",
        "no-file",
        "unknown-command",
        "top-zero",
        "negative-length",
        "bad-format",
        "conflict",
    ],
)
def test_usage_errors_exit_2_with_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("newskit") and message in err
    assert err.count("\n") == 1


def test_output_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "words.csv"
    code, out, _ = run("words", str(SEED), "--format", "csv", "--output", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("word,count,share\nsyria,8,")
    assert [p.name for p in tmp_path.iterdir()] == ["words.csv"]
    # a failed run leaves the previous file untouched and no temporary file behind
    code, _, err = run("words", str(tmp_path / "missing.txt"), "--output", str(target))
    assert code == 1 and "no such file" in err
    assert target.read_text(encoding="utf-8").startswith("word,count,share\nsyria,8,")
    code, _, err = run("words", str(SEED), "--output", str(tmp_path / "no" / "dir.csv"))
    assert code == 1 and "does not exist" in err
    assert [p.name for p in tmp_path.iterdir()] == ["words.csv"]


def test_python_dash_m_and_script_exit_codes() -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "newskit", "words", str(SEED), "--top", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and "syria" in ok.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "newskit", "report", str(ARTICLES / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1
    assert bad.stderr == f"newskit: error: no such file: {ARTICLES / 'nope.txt'}; check the path\n"
    usage = subprocess.run(
        [sys.executable, "-m", "newskit", "words"], capture_output=True, text=True, check=False
    )
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_output_file_gets_an_ordinary_mode(tmp_path: Path) -> None:
    target = tmp_path / "words.csv"
    assert run("words", str(SEED), "--output", str(target))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_output_to_a_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    code, _, err = run("words", str(SEED), "--output", str(tmp_path))
    assert code == 1
    assert err == f"newskit: error: cannot write {tmp_path}: it is a folder; give a file name\n"


def test_sentences_table_is_left_aligned_and_shortened() -> None:
    code, out, _ = run("sentences", str(SEED))
    assert code == 0
    first = out.splitlines()[1]
    assert first.rstrip().endswith("…")
    assert "Syria’s first lady has claimed" in first
    assert max(len(line) for line in out.splitlines()) < 120


def test_entities_command_filters_by_type() -> None:
    code, out, err = run("entities", str(SEED), "--type", "PERSON", "--format", "json")
    assert (code, err) == (0, "")
    records = json.loads(out)
    assert [(r["name"], r["mentions"]) for r in records] == [
        ("Bashar al-Assad", 4),
        ("Asma al-Assad", 4),
        ("Hafez al-Assad", 1),
        ("Dmitry Peskov", 1),
        ("Vladimir Putin", 1),
    ]
    assert set(records[0]) == {
        "name",
        "type",
        "mentions",
        "aliases",
        "gender",
        "first_paragraph",
        "paragraphs",
    }


def test_mentions_command_gives_offsets_and_evidence() -> None:
    code, out, _ = run("mentions", str(SEED), "--type", "ORG", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["text"], r["evidence"]) for r in rows] == [
        ("Russia24", "gazetteer: media"),
        ("Instagram", "gazetteer: platform"),
        ("Kremlin", "gazetteer: government"),
    ]
    text = SEED.read_text(encoding="utf-8")
    assert all(text[int(r["start"]) : int(r["end"])] == r["text"] for r in rows)


def test_entities_bad_gazetteer_and_bad_type_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("label\nX\n", encoding="utf-8")
    code, out, err = run("entities", str(SEED), "--gazetteer", str(bad))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "needs a header row with 'name' and 'type'" in err
    code, _, _ = run("entities", str(SEED), "--type", "PLACE")
    usage = capsys.readouterr().err
    assert code == 2 and "invalid choice: 'PLACE'" in usage and usage.count("\n") == 1


def test_report_lists_top_entities() -> None:
    code, out, _ = run("report", str(SEED), "--format", "json", "--top", "3")
    [record] = json.loads(out)
    assert code == 0
    assert [(e["name"], e["mentions"]) for e in record["top_entities"]] == [
        ("Syria", 8),
        ("Bashar al-Assad", 4),
        ("Asma al-Assad", 4),
    ]


def test_quotes_json_contract() -> None:
    code, out, err = run("quotes", str(SEED), "--format", "json")
    assert (code, err) == (0, "")
    records = json.loads(out)
    assert [(r["speaker"], r["cue"], r["kind"]) for r in records] == [
        ("Asma al-Assad", "explained", "full"),
        ("United States", "denounced", "partial"),
        ("Russia", "says", "partial"),
        ("Dmitry Peskov", "according to", "partial"),
    ]
    text = SEED.read_text(encoding="utf-8")
    for r in records:
        assert {
            "text",
            "start",
            "end",
            "speaker",
            "speaker_as_written",
            "cue",
            "kind",
            "rule",
            "parts",
        } <= r.keys()
        assert " ".join(text[p["start"] : p["end"]] for p in r["parts"]) == r["text"]
        assert (r["start"], r["end"]) == (r["parts"][0]["start"], r["parts"][-1]["end"])
    assert len(records[0]["parts"]) == 4 and records[0]["speaker_as_written"] == "She"


def test_quotes_indirect_and_kind_filter() -> None:
    code, out, _ = run("quotes", str(SEED), "--indirect", "--format", "json")
    records = json.loads(out)
    assert code == 0
    assert [r["kind"] for r in records].count("indirect") == 8
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)
    said = next(r for r in records if r["kind"] == "indirect" and r["cue"] == "said")
    assert (said["speaker"], said["text"]) == ("Asma al-Assad", "she would not be leaving Syria.")
    code, out, _ = run("quotes", str(SEED), "--kind", "full", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["speaker"] for r in rows] == ["Asma al-Assad"]
    assert json.loads(rows[0]["parts"])[0]["start"] == text_index("I never")


def text_index(fragment: str) -> int:
    return SEED.read_text(encoding="utf-8").index(fragment)


def test_quotes_table_is_readable() -> None:
    code, out, _ = run("quotes", str(SEED))
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == [
        "text",
        "speaker",
        "cue",
        "kind",
        "words",
        "paragraph",
    ]
    assert len(lines) == 5 and "Asma al-Assad" in lines[1]


def test_unclosed_quote_is_a_one_line_warning(tmp_path: Path) -> None:
    path = tmp_path / "open.txt"
    path.write_text("Row\n\nShe said: “We stayed.\n\nThe council met.\n", encoding="utf-8")
    code, out, err = run("quotes", str(path), "--format", "json")
    assert code == 0 and json.loads(out)[0]["text"] == "We stayed."
    assert err.count("\n") == 1 and err.startswith("newskit: warning: a quote opened with “")


def test_report_has_quotes_and_speakers() -> None:
    code, out, _ = run("report", str(SEED), "--format", "json")
    (record,) = json.loads(out)
    assert code == 0
    assert record["quotes"]["quotes"] == 4 and record["quotes"]["quoted_words"] == 81
    assert [s["speaker"] for s in record["speakers"]][:2] == ["Asma al-Assad", "United States"]
    code, out, _ = run("report", str(SEED), "--format", "md")
    assert "### Quotes" in out and "### Who speaks" in out
    code, out, _ = run("report", str(SEED), "--format", "csv")
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["quotes_quotes"] == "4" and row["speakers"].startswith("Asma al-Assad (73)")


def test_max_size_option(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Long read\n\n" + "The port reopened on Monday. " * 80_000, encoding="utf-8")
    code, out, err = run("words", str(path), "--max-size", "1", "--top", "1")
    assert (code, out) == (1, "")
    assert err.startswith(f"newskit: error: {path} is 2 MB, more than an article newskit reads")
    code, out, _ = run("words", str(path), "--max-size", "0", "--top", "1", "--format", "csv")
    assert code == 0 and out.splitlines()[1].startswith("monday,80000,")  # ties: alphabetical
