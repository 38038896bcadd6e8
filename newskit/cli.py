"""The ``newskit`` command line: word statistics and reports from the shell.

Every subcommand takes an article file and ``--format table|json|csv|md``
(``table`` is for reading, the others for scripts). JSON is an array of
records with stable field names. Errors are one line on stderr: exit status 1
for input newskit cannot read, 2 for a mistake in the command itself.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = path.write_text("Dock strike\\n\\nDockers strike. The strike grows.", encoding="utf-8")
>>> main(["words", str(path), "--format", "csv"])
word,count,share
strike,3,0.5
dock,1,0.166...
dockers,1,0.166...
grows,1,0.166...
0
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn, TextIO

import pandas as pd

from newskit import __version__
from newskit.article import MAX_SIZE, Article, load
from newskit.corpus import CORPUS_TABLES, analyse_corpus
from newskit.entities import entity_frequencies, entity_mentions
from newskit.errors import NewskitError, UnclosedQuoteWarning
from newskit.gazetteer import ENTITY_TYPES, Gazetteer, read_gazetteer
from newskit.overview import overview, overview_table
from newskit.quotes import QUOTE_COLUMNS, count_words, indirect_table, quote_table
from newskit.stats import (
    collocations,
    concordance,
    ngram_frequencies,
    sentence_stats,
    word_frequencies,
)
from newskit.voices import quote_stats, speaker_table

__all__ = ["main", "markdown_table"]

FORMATS = ("table", "json", "csv", "md")
CORPUS_FORMATS = ("csv", "json", "parquet")


def markdown_table(frame: pd.DataFrame) -> str:
    """Render a DataFrame as a GitHub-flavoured Markdown table.

    Pipes and line breaks inside cells are escaped so the table stays intact.

    Args:
        frame: the table.

    Returns:
        The Markdown text, ending with a newline.

    >>> print(markdown_table(pd.DataFrame({"word": ["a|b"], "count": [2]})), end="")
    | word | count |
    | --- | --- |
    | a\\|b | 2 |
    """

    def cell(value: object) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return ""
        return str(value).replace("|", "\\|").replace("\r", " ").replace("\n", " ")

    lines = [
        "| " + " | ".join(cell(c) for c in frame.columns) + " |",
        "| " + " | ".join("---" for _ in frame.columns) + " |",
        *("| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)),
    ]
    return "\n".join(lines) + "\n"


def _plain(value: Any) -> Any:
    """JSON-safe scalars: NaN becomes null, numpy numbers become Python numbers."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return _plain(value.item())
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _render(frame: pd.DataFrame, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(_records(frame), ensure_ascii=False, indent=2) + "\n"
    frame = _flat(frame)
    if fmt == "csv":
        return str(frame.to_csv(index=False))
    shown = frame.round(4)  # for reading; json and csv keep full precision
    if fmt == "md":
        return markdown_table(shown)
    if frame.empty:
        return "(nothing found)\n"
    texts = [c for c in shown.columns if shown[c].map(lambda v: isinstance(v, str)).all()]
    formatters = {c: _text_cell(shown[c]) for c in texts}
    return str(shown.to_string(index=False, formatters=formatters, justify="left")) + "\n"


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists in cells (a quote's parts) as compact JSON, for CSV and tables."""
    listed = [c for c in frame.columns if frame[c].map(lambda v: isinstance(v, list)).any()]
    if not listed:
        return frame
    flat = frame.copy()
    for c in listed:
        flat[c] = flat[c].map(lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":")))
    return flat


def _text_cell(column: pd.Series) -> Callable[[object], str]:
    """Left-align a text column for the terminal, shortening cells past 60 characters."""
    width = min(max(len(str(v)) for v in column), _TABLE_TEXT_WIDTH)

    def cell(value: object) -> str:
        text = " ".join(str(value).split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        return text.ljust(width)

    return cell


_TABLE_TEXT_WIDTH = 60


def _write(text: str, output: str | None, stdout: TextIO) -> None:
    """Write to stdout, or atomically to a file: all of it or, on failure, nothing."""
    if output is None:
        stdout.write(text)
        return
    target = Path(output)
    folder = target.parent
    if not folder.is_dir():
        raise NewskitError(
            f"cannot write {target}: folder {folder} does not exist; create it first"
        )
    if target.is_dir():
        raise NewskitError(f"cannot write {target}: it is a folder; give a file name")
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise NewskitError(f"cannot write {target}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        # mkstemp makes the file private (0600); give it the mode a new file would get
        os.chmod(temp, target.stat().st_mode & 0o777 if target.exists() else _new_file_mode())
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise NewskitError(f"cannot write {target}: {exc.strerror}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _new_file_mode() -> int:
    """0666 less the process umask, as ``open()`` would create a file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, with a pointer to --help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number no smaller than ``minimum``."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"expected {minimum} or more, got {value}")
        return value

    return convert


_positive = _at_least(1)
_not_negative = _at_least(0)


def _quote_figures(article: Article) -> pd.DataFrame:
    stats = quote_stats(article)
    share = stats.quoted_share
    rows = [
        ("direct quotes", stats.quotes),
        ("full / partial / titles", f"{stats.full} / {stats.partial} / {stats.titles}"),
        ("quoted words", stats.quoted_words),
        ("quoted share of words", None if share is None else round(share, 4)),
        ("distinct speakers", stats.speakers),
        ("first speaker", stats.first_speaker),
        ("last speaker", stats.last_speaker),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"])


def _report_text(article: Article, top: pd.DataFrame, fmt: str) -> str:
    figures = overview_table(article)
    named = entity_frequencies(article, top=len(top))[["name", "type", "mentions", "gender"]]
    voices = speaker_table(article)[["speaker", "speaker_type", "gender", "quotes", "words"]]
    voices = voices.assign(share=speaker_table(article)["share"].round(4)).head(len(top))
    if fmt == "md":
        return (
            f"## {article.title or article.source or 'Article'}\n\n"
            + markdown_table(figures)
            + "\n### Top words\n\n"
            + markdown_table(top)
            + "\n### Top entities\n\n"
            + markdown_table(named)
            + "\n### Quotes\n\n"
            + markdown_table(_quote_figures(article))
            + "\n### Who speaks\n\n"
            + markdown_table(voices)
        )
    if fmt == "table":
        width = max(len(m) for m in figures["measure"])
        lines = [
            f"{m:<{width}}  {'-' if v is None else v}"
            for m, v in zip(figures["measure"], figures["value"], strict=True)
        ]
        return (
            "\n".join(lines)
            + "\n\nTop words\n"
            + _render(top, "table")
            + "\nTop entities\n"
            + _render(named, "table")
            + "\nQuotes\n"
            + "\n".join(
                f"{m:<{width}}  {'-' if v is None else v}"
                for m, v in _quote_figures(article).itertuples(index=False)
            )
            + "\n\nWho speaks\n"
            + _render(voices, "table")
        )
    record = {
        **asdict(overview(article)),
        "top_words": _records(top),
        "top_entities": _records(named),
        "quotes": asdict(quote_stats(article)),
        "speakers": _records(voices),
    }
    if fmt == "json":
        return json.dumps([record], ensure_ascii=False, indent=2) + "\n"
    record["top_words"] = "; ".join(f"{w['word']} ({w['count']})" for w in record["top_words"])
    record["top_entities"] = "; ".join(
        f"{e['name']} ({e['type']}, {e['mentions']})" for e in record["top_entities"]
    )
    record.update({f"quotes_{k}": v for k, v in record.pop("quotes").items()})
    record["speakers"] = "; ".join(f"{v['speaker']} ({v['words']})" for v in record["speakers"])
    return str(pd.DataFrame([record]).to_csv(index=False))


def _cmd_words(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return word_frequencies(
        article,
        top=args.top,
        stopwords=False if args.no_stopwords else args.stopwords,
        casefold=not args.keep_case,
        numbers=args.numbers,
        punctuation=args.punctuation,
        min_length=args.min_length,
        stem=args.stem,
        headline=not args.no_headline,
    )


def _cmd_ngrams(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return ngram_frequencies(
        article, n=args.n, top=args.top, stopwords=args.stopwords if args.stopwords_edges else False
    )


def _cmd_collocations(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return collocations(article, measure=args.measure, min_count=args.min_count, top=args.top)


def _cmd_kwic(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return concordance(article, args.query, width=args.width, casefold=not args.keep_case)


def _cmd_sentences(article: Article, _args: argparse.Namespace) -> pd.DataFrame:
    return sentence_stats(article)


def _gazetteer(args: argparse.Namespace) -> Gazetteer | None:
    return read_gazetteer(args.gazetteer) if getattr(args, "gazetteer", None) else None


def _cmd_entities(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return entity_frequencies(article, types=args.type, top=args.top, gazetteer=_gazetteer(args))


def _cmd_mentions(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return entity_mentions(article, types=args.type, gazetteer=_gazetteer(args))


# The script-facing quote fields; indirect rows (--indirect) have the same ones.
_QUOTE_COLUMNS = [c for c in QUOTE_COLUMNS if c not in ("gender_evidence", "nested", "unclosed")]


def _cmd_quotes(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    gazetteer = _gazetteer(args)
    rows = quote_table(article, gazetteer=gazetteer)[_QUOTE_COLUMNS]
    if args.kind:
        rows = rows[rows["kind"].isin(args.kind)]
    if args.indirect:
        reported = indirect_table(article, gazetteer=gazetteer)
        spans = list(zip(reported["start"], reported["end"], strict=True))
        reported = reported.assign(
            kind="indirect",
            rule="reported",
            words=[count_words(t) for t in reported["text"]],
            parts=pd.Series([[{"start": s, "end": e}] for s, e in spans], dtype=object),
        )[_QUOTE_COLUMNS]
        rows = pd.concat([rows, reported], ignore_index=True).sort_values("start", kind="stable")
    if args.format == "table":  # for reading: the columns that fit a terminal
        rows = rows[["text", "speaker", "cue", "kind", "words", "paragraph"]]
        rows = rows.assign(speaker=rows["speaker"].fillna("-"), cue=rows["cue"].fillna("-"))
    return rows.reset_index(drop=True)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newskit",
        description="Word statistics and reports for news articles. Works offline.",
        epilog="Example: newskit report data/articles/asma-al-assad-interview.txt",
    )
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    common = _Parser(add_help=False)
    common.add_argument("file", metavar="FILE", help="article: .txt, .md, .json or .jsonl")
    common.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    common.add_argument(
        "--output", "-o", metavar="PATH", help="write to PATH (atomically) instead of stdout"
    )
    common.add_argument(
        "--encoding", default="utf-8", help="text encoding of FILE (default: utf-8)"
    )
    common.add_argument(
        "--max-size",
        type=_not_negative,
        default=MAX_SIZE // 1_000_000,
        metavar="MB",
        help=f"largest FILE to read, in MB (default: {MAX_SIZE // 1_000_000}; 0: no limit)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str, handler: Callable[..., Any]) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("words", "word frequencies: word, count, share", _cmd_words)
    p.add_argument("--top", type=_positive, default=20, help="show the N commonest (default: 20)")
    lists = p.add_mutually_exclusive_group()
    lists.add_argument(
        "--no-stopwords", action="store_true", help="keep stopwords (do not filter them)"
    )
    lists.add_argument(
        "--stopwords",
        choices=("news", "english"),
        default="news",
        help="which list to filter: news (default; adds said, Mr, Mrs…) or english",
    )
    p.add_argument("--keep-case", action="store_true", help="count 'Syria' and 'syria' apart")
    p.add_argument("--numbers", action="store_true", help="count numbers too")
    p.add_argument("--punctuation", action="store_true", help="count punctuation too")
    p.add_argument(
        "--min-length", type=_not_negative, default=1, metavar="N", help="skip words shorter than N"
    )
    p.add_argument("--stem", action="store_true", help="count words with the same stem together")
    p.add_argument("--no-headline", action="store_true", help="leave the headline out")

    p = add("ngrams", "n-gram frequencies within sentences", _cmd_ngrams)
    p.add_argument("-n", type=_positive, default=2, help="words per n-gram (default: 2)")
    p.add_argument("--top", type=_positive, default=20, help="show the N commonest (default: 20)")
    p.add_argument(
        "--stopwords-edges",
        action="store_true",
        help="skip n-grams that start or end with a stopword",
    )
    p.set_defaults(stopwords="news")

    p = add(
        "collocations", "word pairs that go together (NLTK association measures)", _cmd_collocations
    )
    p.add_argument("--measure", choices=("likelihood", "pmi"), default="likelihood")
    p.add_argument("--min-count", type=_positive, default=2, help="least occurrences (default: 2)")
    p.add_argument("--top", type=_positive, default=20, help="show the N best (default: 20)")

    p = add("kwic", "keyword in context: every occurrence of a word or phrase", _cmd_kwic)
    p.add_argument("query", metavar="QUERY", help="word or phrase to find")
    p.add_argument(
        "--width", type=_positive, default=40, help="characters of context (default: 40)"
    )
    p.add_argument("--keep-case", action="store_true", help="match case exactly")

    add("sentences", "one row per sentence: paragraph, offsets, words", _cmd_sentences)

    for name, help_text, handler in (
        (
            "entities",
            "people, organisations, places and groups, most mentioned first",
            _cmd_entities,
        ),
        ("mentions", "every entity mention with offsets and the evidence for it", _cmd_mentions),
    ):
        p = add(name, help_text, handler)
        p.add_argument(
            "--type",
            action="append",
            choices=ENTITY_TYPES,
            help="only this type (repeat for several; default: all)",
        )
        p.add_argument(
            "--gazetteer",
            metavar="PATH",
            help="your own names: CSV/TSV with columns name, type, aliases",
        )
        if name == "entities":
            p.add_argument("--top", type=_positive, help="show the N most mentioned")

    p = add("quotes", "direct quotes with their speakers, cues and kinds", _cmd_quotes)
    p.add_argument("--indirect", action="store_true", help="add reported speech (kind 'indirect')")
    p.add_argument(
        "--kind",
        action="append",
        choices=("full", "partial", "title"),
        help="only direct quotes of this kind (repeat for several)",
    )
    p.add_argument(
        "--gazetteer",
        metavar="PATH",
        help="your own names: CSV/TSV with columns name, type, aliases",
    )

    p = add(
        "report",
        "the article at a glance: size, readability, top words, entities, quotes",
        _cmd_words,
    )
    p.add_argument("--top", type=_positive, default=10, help="top words to list (default: 10)")
    p.set_defaults(report=True)

    text = "every article of folders, files or globs: figures, quotes, mentions, errors"
    p = sub.add_parser("corpus", help=text, description=text)
    p.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="a folder (read recursively), file or glob"
    )
    p.add_argument(
        "--format", choices=CORPUS_FORMATS, default="csv", help="output format (default: csv)"
    )
    p.add_argument(
        "--output",
        "-o",
        metavar="FOLDER",
        help="write articles, quotes, mentions and errors tables into FOLDER "
        "(default: the articles table to stdout)",
    )
    p.add_argument("--engine", choices=("serial", "processes", "dask"), default="serial")
    p.add_argument(
        "--workers", type=_positive, help="processes or local Dask workers (default: all cores)"
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler, tcp://host:8786")
    p.add_argument("--text", default="text", help="the text column of CSV files (default: text)")
    p.add_argument("--encoding", default="utf-8", help="text encoding of the files")
    p.add_argument(
        "--top", type=_positive, default=3, help="names in each top_… column (default: 3)"
    )
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--progress", action="store_true", default=None, help="show progress")
    shown.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(corpus=True)
    return parser


def _corpus(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """Run ``newskit corpus``: the tables into a folder, or the articles table to stdout."""
    if args.scheduler and args.engine != "dask":
        raise _UsageError("--scheduler needs --engine dask")
    if args.format == "parquet" and not args.output:
        raise _UsageError("--format parquet needs --output FOLDER")
    if args.output and Path(args.output).is_file():
        raise NewskitError(f"cannot write into {args.output}: it is a file; give a folder")
    tables = analyse_corpus(
        args.sources,
        engine=args.engine,
        workers=args.workers,
        scheduler=args.scheduler,
        tables=CORPUS_TABLES if args.output else ("articles",),
        top=args.top,
        text=args.text,
        encoding=args.encoding,
        progress=args.progress if args.progress is not None else err.isatty(),
    )
    read = len(tables.articles)
    failed = tables.errors["article"].nunique()
    if failed:
        where = (
            f"the reasons are in {Path(args.output) / f'errors.{args.format}'}"
            if args.output
            else "write the tables with --output FOLDER to see why"
        )
        err.write(
            f"newskit: warning: {failed} of {read + failed} articles could not be read or "
            f"analysed; {where}\n"
        )
    if not args.output:
        out.write(_render(tables.articles, args.format))
        return
    _write_tables(tables.tables(), Path(args.output), args.format)


def _write_tables(tables: dict[str, pd.DataFrame], folder: Path, fmt: str) -> None:
    """Write each table to FOLDER/NAME.FORMAT: all of them, or (on failure) none changed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NewskitError(f"cannot create {folder}: {exc.strerror}") from None
    written: list[tuple[str, Path]] = []
    try:
        for name, frame in tables.items():
            target = folder / f"{name}.{fmt}"
            fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
            os.close(fd)
            written.append((temp, target))
            if fmt == "parquet":
                _parquet(frame, temp)
            else:
                Path(temp).write_text(_render(frame, fmt), encoding="utf-8", newline="")
            os.chmod(temp, _new_file_mode())
        for temp, target in written:
            os.replace(temp, target)
    except OSError as exc:
        raise NewskitError(f"cannot write into {folder}: {exc.strerror}") from None
    finally:
        for temp, _ in written:
            Path(temp).unlink(missing_ok=True)


def _parquet(frame: pd.DataFrame, path: str) -> None:
    try:
        frame.to_parquet(path, index=False)
    except ImportError:
        raise NewskitError(
            "--format parquet needs pyarrow: pip install 'newskit[parquet]'"
        ) from None


class _UsageError(Exception):
    """A combination of options that cannot work together (exit status 2)."""


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; return the exit status instead of exiting.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdout: where results go (default: ``sys.stdout``).
        stderr: where errors go (default: ``sys.stderr``).

    Returns:
        0 on success, 1 when the input cannot be read, 2 for a usage mistake.

    >>> import io
    >>> err = io.StringIO()
    >>> main(["words", "no/such/file.txt"], stderr=err), err.getvalue()
    (1, 'newskit: error: no such file: no/such/file.txt; check the path\\n')
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if getattr(args, "corpus", False):
        try:
            _corpus(args, out, err)
        except _UsageError as exc:
            err.write(f"newskit corpus: error: {exc} (see newskit corpus --help)\n")
            return 2
        except (NewskitError, OSError, ValueError, ImportError) as exc:
            err.write(f"newskit: error: {exc}\n")
            return 1
        return 0
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnclosedQuoteWarning)
            article = load(
                args.file,
                encoding=args.encoding,
                max_size=args.max_size * 1_000_000 if args.max_size else None,
            )
            if getattr(args, "report", False):
                top = word_frequencies(article, top=args.top).round({"share": 4})
                text = _report_text(article, top, args.format)
            else:
                text = _render(args.handler(article, args), args.format)
        for warning in dict.fromkeys(str(w.message) for w in caught):
            err.write(f"newskit: warning: {warning}\n")
        _write(text, args.output, out)
    except (NewskitError, OSError, ValueError) as exc:
        err.write(f"newskit: error: {exc}\n")
        return 1
    return 0


def run() -> None:
    """Entry point for the ``newskit`` script: exit with :func:`main`'s status."""
    sys.exit(main())
