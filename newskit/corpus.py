"""Many articles: read lazily, analyse each (here, in processes or on Dask), gather tables.

A newsroom audit asks the same questions of thousands of stories. :func:`analyse_corpus`
answers them with the functions that analyse one article, and gives four
DataFrames: one row per article, every quote and every entity mention with the
article they come from, and every article that could not be read or analysed,
with the reason. Texts are read one batch at a time, so the corpus is never in
memory at once; a bad file is a row in ``errors``, never the end of the run.

Results are the same whichever engine runs them: ``"serial"``, ``"processes"``
(``workers`` processes on this machine) or ``"dask"`` (a ``dask.distributed``
cluster, from a laptop's local cluster to many machines).

>>> import pandas as pd
>>> frame = pd.DataFrame({"text": ["“We won,” said Mrs Ruth Kay.", "No quotes here.", 42]})
>>> tables = analyse_corpus(frame)
>>> tables.articles[["article", "words", "quotes", "female_share"]].to_dict("records")
[{'article': 'row 1', 'words': 6, 'quotes': 1, 'female_share': 1.0},
 {'article': 'row 2', 'words': 3, 'quotes': 0, 'female_share': nan}]
>>> tables.quotes[["article", "text", "speaker"]].values.tolist()
[['row 1', 'We won,', 'Ruth Kay']]
>>> tables.errors[["article", "error"]].values.tolist()
[['row 3', 'ArticleFormatError']]
"""

from __future__ import annotations

import functools
import gc
import glob
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from newskit.article import ARTICLE_SUFFIXES, Article, _load_path, _read, from_record, from_text
from newskit.compare import article_figures
from newskit.errors import (
    ArticleFormatError,
    ArticleNotFoundError,
    NewskitError,
)

if TYPE_CHECKING:
    import pandas as pd

    from newskit.gazetteer import Gazetteer

__all__ = [
    "CORPUS_SUFFIXES",
    "CORPUS_TABLES",
    "CorpusTables",
    "Engine",
    "analyse_corpus",
    "iter_articles",
]

Engine = Literal["serial", "processes", "dask"]

#: File endings a folder or glob of articles is read for.
CORPUS_SUFFIXES = (*ARTICLE_SUFFIXES, ".csv")
#: The tables :func:`analyse_corpus` gives, in the order they are written.
CORPUS_TABLES = ("articles", "quotes", "mentions", "errors")
ERROR_COLUMNS = ["article", "source", "error", "message"]
_GLOB_CHARACTERS = frozenset("*?[")
_CSV_CHUNK = 500  # rows read from a CSV file at a time
# Columns of a table that become an article's headline and metadata.
_RECORD_FIELDS = frozenset({"headline", "title", "outlet", "date", "url", "author", "id"})


# --- what to read -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    """One unit of work, light enough to send to another process or machine.

    ``key`` names the article in every table: a file's path (relative to the folder
    it was found in), with ``#n`` for the n-th record of a file of several, or
    ``row n`` for a DataFrame's rows.
    """

    key: str
    source: str
    path: str | None = None  # a file to read where the work is done
    record: Mapping[str, object] | None = None  # a record already read
    line: str | None = None  # a JSON Lines line, parsed where the work is done
    article: Article | None = None
    problem: NewskitError | None = None  # found while listing, raised where the work is done
    encoding: str = "utf-8"


def _is_glob(text: str) -> bool:
    return any(c in _GLOB_CHARACTERS for c in text) and not Path(text).exists()


def _files(source: str | Path) -> tuple[list[Path], Path | None]:
    """The article files a path or glob names, and the folder their keys are relative to."""
    if isinstance(source, str) and _is_glob(source):
        found = sorted(Path(p) for p in glob.glob(source, recursive=True))
        files = [p for p in found if p.is_file() and p.suffix.lower() in CORPUS_SUFFIXES]
        if not files:
            raise ArticleNotFoundError(
                f"no article files match {source}; check the pattern "
                f"(files ending in {', '.join(CORPUS_SUFFIXES)} are read)"
            )
        return files, Path(os.path.commonpath([p.parent for p in files]))
    path = Path(source)
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in CORPUS_SUFFIXES
        ), path
    if not path.exists():
        raise ArticleNotFoundError(f"no such file or folder: {path}; check the path")
    return [path], None


def _key(path: Path, root: Path | None) -> str:
    return (path.relative_to(root) if root else Path(path.name)).as_posix()


def _problem(exc: Exception) -> tuple[str, str]:
    return type(exc).__name__, str(exc)


def _csv_jobs(path: Path, key: str, text: str, encoding: str) -> Iterator[_Job]:
    import pandas as pd

    number = 0
    try:
        for chunk in pd.read_csv(path, chunksize=_CSV_CHUNK, dtype=str, encoding=encoding):
            if text not in chunk.columns:
                raise ArticleFormatError(
                    f"{path} has no column {text!r} (columns: {', '.join(chunk.columns)}); "
                    f"pass text='your_text_column' (--text on the command line)"
                )
            for row in chunk.to_dict("records"):
                number += 1
                record: dict[str, object] = {
                    str(k): v for k, v in row.items() if isinstance(v, str)
                }
                record["text"] = record.pop(text, "")
                yield _Job(f"{key}#{number}", f"{path}#{number}", record=record)
    except UnicodeDecodeError:
        try:
            _read(path, encoding)  # the one-line message newskit.load gives
        except NewskitError as exc:
            yield _Job(key, str(path), problem=_unread(exc, number))
    except (NewskitError, ValueError, OSError) as exc:
        yield _Job(key, str(path), problem=_unread(exc, number))


def _unread(exc: Exception, done: int) -> NewskitError:
    """The problem as newskit's error, saying how many records of the file were read first."""
    message = str(exc) + (f" (its first {done} rows were read)" if done else "")
    return type(exc)(message) if isinstance(exc, NewskitError) else ArticleFormatError(message)


def _jsonl_jobs(path: Path, key: str, encoding: str) -> Iterator[_Job]:
    try:
        with path.open(encoding=encoding, newline="") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield _Job(f"{key}#{number}", f"{path}, line {number}", line=line)
    except (UnicodeDecodeError, OSError) as exc:
        problem: NewskitError = _unread(exc, 0)
        try:
            _read(path, encoding)
        except NewskitError as named:  # the same one-line message as newskit.load
            problem = named
        yield _Job(key, str(path), problem=problem)


def _jobs(source: Any, text: str, encoding: str) -> Iterator[_Job]:
    """The work a source holds, in order, read lazily."""
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        yield from _frame_jobs(source, text)
        return
    if isinstance(source, Article):
        source = [source]
    if isinstance(source, str | Path):
        items: Iterable[Any] = [source]
    elif isinstance(source, Iterable):
        items = source
    else:
        raise TypeError(
            "a corpus is a folder, a glob, files, articles or a DataFrame; "
            f"got {type(source).__name__}"
        )
    seen: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        if isinstance(item, Article):
            yield _Job(
                _unique(item.id or item.source or f"article {number}", seen), "", article=item
            )
            continue
        if not isinstance(item, str | Path):
            raise TypeError(
                f"a corpus item must be a path or an Article; got {type(item).__name__}"
            )
        files, root = _files(item)
        for path in files:
            key = _unique(_key(path, root), seen)
            suffix = path.suffix.lower()
            if suffix == ".csv":
                yield from _csv_jobs(path, key, text, encoding)
            elif suffix == ".jsonl":
                yield from _jsonl_jobs(path, key, encoding)
            else:
                yield _Job(key, str(path), path=str(path), encoding=encoding)


def _unique(key: str, seen: dict[str, int]) -> str:
    """The key, or the key with a number when an earlier article has it."""
    seen[key] = seen.get(key, 0) + 1
    return key if seen[key] == 1 else f"{key} ({seen[key]})"


def _frame_jobs(frame: pd.DataFrame, text: str) -> Iterator[_Job]:
    if text not in frame.columns:
        raise ArticleFormatError(
            f"no column {text!r} in the DataFrame (columns: {', '.join(map(str, frame.columns))}); "
            "pass text='your_text_column'"
        )
    fields = [c for c in frame.columns if c in _RECORD_FIELDS and c != text]
    for number, row in enumerate(frame[[text, *fields]].to_dict("records"), start=1):
        record: dict[str, object] = {
            str(k): v if isinstance(v, str | int | float) else str(v)
            for k, v in row.items()
            if k != text and not _missing(v)
        }
        record["text"] = None if _missing(row[text]) else row[text]
        yield _Job(f"row {number}", f"row {number}", record=record)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _articles(job: _Job) -> list[tuple[str, Article]]:
    """The articles one job holds, each with its key; raises what reading raises."""
    if job.problem is not None:
        raise job.problem
    if job.article is not None:
        return [(job.key, job.article)]
    if job.line is not None:
        try:
            record = json.loads(job.line)
        except json.JSONDecodeError as exc:
            raise ArticleFormatError(
                f"{job.source} is not valid JSON ({exc.msg}; column {exc.colno}); fix the line"
            ) from None
        return [(job.key, from_record(record, source=job.source))]
    if job.record is not None:
        return [(job.key, from_record(job.record, source=job.source))]
    assert job.path is not None
    found = _load_path(Path(job.path), job.encoding, "auto")
    if len(found) == 1:
        return [(job.key, found[0])]
    return [(f"{job.key}#{n}", a) for n, a in enumerate(found, start=1)]


def iter_articles(source: Any, *, text: str = "text", encoding: str = "utf-8") -> Iterator[Article]:
    """Read the articles of a corpus one at a time, never all at once.

    Args:
        source: a folder (read recursively), a glob (``"news/**/*.txt"``), a file,
            a list of them, a list of articles, or a DataFrame with a text column.
            Files ending in ``.txt``, ``.md``, ``.json``, ``.jsonl`` and ``.csv`` are read.
        text: the text column of CSV files and DataFrames.
        encoding: the text encoding of the files.

    Yields:
        Each article, in name order (a folder), row order (a table) or as given.

    Raises:
        ArticleNotFoundError, ArticleEncodingError, ArticleFormatError: as
        :func:`newskit.load`, at the first article that cannot be read (use
        :func:`analyse_corpus` to record them and go on).

    >>> import pandas as pd
    >>> [a.text for a in iter_articles(pd.DataFrame({"body": ["One.", "Two."]}), text="body")]
    ['One.', 'Two.']
    """
    for job in _jobs(source, text, encoding):
        for _, article in _articles(job):
            yield article


# --- one article ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    top: int = 3
    gazetteer: Gazetteer | None = None
    tables: tuple[str, ...] = CORPUS_TABLES


@dataclass(frozen=True)
class _Result:
    """What one batch gives, as compact tables: its articles' rows, quotes, mentions, errors.

    A batch covers consecutive jobs, so ordering batches by their first job orders
    every row; one small DataFrame per batch (not a dict per article) keeps the
    gathering process light, and quick to receive from other processes.
    """

    first: int
    count: int  # articles read or failed, for the progress bar
    articles: Any  # a DataFrame, or None for a batch of failures only
    quotes: Any = None
    mentions: Any = None
    errors: Any = None


@functools.cache
def _article_columns() -> tuple[str, ...]:
    return tuple(article_figures(from_text("", headline=False)))


def _analyse_batch(batch: list[tuple[int, _Job]], options: _Options) -> _Result:
    """Analyse a batch of jobs (in a worker process or on a Dask worker)."""
    import warnings

    import pandas as pd

    from newskit.entities import MENTION_COLUMNS, mention_rows
    from newskit.quotes import QUOTE_COLUMNS, quote_rows

    rows: list[dict[str, object]] = []
    # one table per batch, not per article: building a DataFrame costs more than a few rows
    quoted: list[tuple[object, ...]] = []
    mentioned: list[tuple[object, ...]] = []
    errors: list[dict[str, object]] = []
    for _, job in batch:
        try:
            found = _articles(job)
        except (NewskitError, OSError, ValueError) as exc:
            found = []
            errors.append(_error_row(job.key, job.source, *_problem(exc)))
        for key, article in found:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # an unclosed quote is flagged in its row
                    row = {**article_figures(article, top=options.top, gazetteer=options.gazetteer)}
                    row["article"] = key
                    quotes: list[tuple[object, ...]] = []
                    mentions: list[tuple[object, ...]] = []
                    if "quotes" in options.tables:
                        quotes = quote_rows(article, gazetteer=options.gazetteer)
                    if "mentions" in options.tables:
                        mentions = mention_rows(article, gazetteer=options.gazetteer)
            except Exception as exc:
                errors.append(_error_row(key, article.source or job.source, *_problem(exc)))
                continue
            rows.append(row)
            quoted.extend((key, *q) for q in quotes)
            mentioned.extend((key, *m) for m in mentions)

    def table(found: list[Any], columns: tuple[str, ...]) -> pd.DataFrame | None:
        return pd.DataFrame(found, columns=["article", *columns]) if found else None

    return _Result(
        batch[0][0],
        len(rows) + len(errors),
        pd.DataFrame(rows, columns=list(_article_columns())) if rows else None,
        table(quoted, QUOTE_COLUMNS),
        table(mentioned, MENTION_COLUMNS),
        pd.DataFrame(errors, columns=ERROR_COLUMNS) if errors else None,
    )


def _error_row(key: str, source: str, kind: str, message: str) -> dict[str, object]:
    return {"article": key, "source": source or None, "error": kind, "message": message}


# --- many articles ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusTables:
    """What :func:`analyse_corpus` gives: four DataFrames, joined on ``article``.

    Attributes:
        articles: one row per article (see :func:`article_figures` for the columns).
        quotes: every direct quote, with the columns of :func:`newskit.quote_table`.
        mentions: every entity mention, with the columns of :func:`newskit.entity_mentions`.
        errors: every article that could not be read or analysed: ``article``,
            ``source``, ``error`` (the kind of error) and ``message`` (what to do).

    >>> import pandas as pd
    >>> t = analyse_corpus(pd.DataFrame({"text": ["Storm in Leeds.", "Mr Tom Ode left."]}))
    >>> t.mentions[["article", "entity", "type"]].values.tolist()
    [['row 1', 'Leeds', 'GPE'], ['row 2', 'Tom Ode', 'PERSON']]
    """

    articles: pd.DataFrame
    quotes: pd.DataFrame
    mentions: pd.DataFrame
    errors: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        """The four tables by name, in :data:`CORPUS_TABLES` order.

        >>> import pandas as pd
        >>> list(analyse_corpus(pd.DataFrame({"text": ["One."]})).tables())
        ['articles', 'quotes', 'mentions', 'errors']
        """
        return {name: getattr(self, name) for name in CORPUS_TABLES}

    def voices(self, by: str = "gender") -> pd.DataFrame:
        """Share of voice across the whole corpus: quoted words by group, the largest first.

        Titles (a so-called ‘term’) are not speech and are left out; quotes with
        no speaker found count under ``None`` when grouping by speaker.

        Args:
            by: ``"gender"``, ``"speaker_type"``, ``"speaker"`` or ``"kind"``.

        Returns:
            Columns ``by``, ``quotes``, ``words``, ``share`` (of all quoted words)
            and ``articles`` (how many articles quote the group).

        Raises:
            ValueError: ``by`` is not one of the four.

        >>> import pandas as pd
        >>> t = analyse_corpus(pd.DataFrame({"text": [
        ...     "“We won it all,” said Mrs Ruth Kay.",
        ...     "“No,” said Mr Tom Ode. “Yes,” said Ms Ann Lee."]}))
        >>> t.voices("gender").to_dict("records")
        [{'gender': 'female', 'quotes': 2, 'words': 5, 'share': 0.833..., 'articles': 2},
         {'gender': 'male', 'quotes': 1, 'words': 1, 'share': 0.166..., 'articles': 1}]
        """
        import pandas as pd

        if by not in ("gender", "speaker_type", "speaker", "kind"):
            raise ValueError(
                f"by must be 'gender', 'speaker_type', 'speaker' or 'kind'; got {by!r}"
            )
        spoken = self.quotes[self.quotes["kind"] != "title"]
        columns = [by, "quotes", "words", "share", "articles"]
        if spoken.empty:
            return pd.DataFrame(columns=columns)
        grouped = spoken.groupby(by, dropna=False, sort=False).agg(
            quotes=("text", "size"), words=("words", "sum"), articles=("article", "nunique")
        )
        total = grouped["words"].sum()
        grouped["share"] = grouped["words"] / total if total else float("nan")
        grouped = grouped.reset_index()[columns]
        grouped[by] = grouped[by].astype(object).where(grouped[by].notna(), None)
        return grouped.sort_values("words", ascending=False, kind="stable").reset_index(drop=True)


def _batches(jobs: Iterator[_Job], size: int) -> Iterator[list[tuple[int, _Job]]]:
    batch: list[tuple[int, _Job]] = []
    for order, job in enumerate(jobs):
        batch.append((order, job))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _serial(batches: Iterator[list[tuple[int, _Job]]], options: _Options) -> Iterator[_Result]:
    for batch in batches:
        yield _analyse_batch(batch, options)


def _bounded(
    batches: Iterator[list[tuple[int, _Job]]],
    submit: Callable[[list[tuple[int, _Job]]], Any],
    wait_one: Callable[[set[Any]], tuple[Any, set[Any]]],
    limit: int,
) -> Iterator[_Result]:
    """Keep at most ``limit`` batches in flight, so the corpus is never all in memory."""
    pending: set[Any] = set()
    for batch in batches:
        pending.add(submit(batch))
        while len(pending) >= limit:
            done, pending = wait_one(pending)
            yield from done
    while pending:
        done, pending = wait_one(pending)
        yield from done


def _processes(
    batches: Iterator[list[tuple[int, _Job]]], options: _Options, workers: int
) -> Iterator[_Result]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # "spawn": a fresh interpreter per worker, safe beside the threads of Jupyter or Dask
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:

        def wait_one(pending: set[Any]) -> tuple[Any, set[Any]]:
            done, rest = wait(pending, return_when=FIRST_COMPLETED)
            try:
                return [f.result() for f in done], rest
            except BrokenProcessPool:
                raise NewskitError(
                    "a worker process stopped before finishing its articles: a script that "
                    'starts processes needs the `if __name__ == "__main__":` guard around '
                    "its code; otherwise it was killed (out of memory?): try fewer workers "
                    "or engine='serial'"
                ) from None

        yield from _bounded(
            batches, lambda b: pool.submit(_analyse_batch, b, options), wait_one, 2 * workers
        )


def _dask(
    batches: Iterator[list[tuple[int, _Job]]],
    options: _Options,
    client: Any,
    scheduler: str | None,
    workers: int,
) -> Iterator[_Result]:
    try:
        import distributed
    except ImportError:
        raise ImportError("engine='dask' needs Dask: pip install 'newskit[dask]'") from None
    dask: Any = distributed  # untyped
    own = None
    if client is None:
        own = (
            dask.Client(scheduler)
            if scheduler
            else dask.Client(
                n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
            )
        )
        client = own
    try:
        limit = 2 * max(len(client.scheduler_info().get("workers", {})), 1)

        def wait_one(pending: set[Any]) -> tuple[Any, set[Any]]:
            done, rest = dask.wait(list(pending), return_when="FIRST_COMPLETED")
            return [f.result() for f in done], set(rest)

        yield from _bounded(
            batches,
            lambda b: client.submit(_analyse_batch, b, options, pure=False),
            wait_one,
            limit,
        )
    finally:
        if own is not None:
            own.close()


def _in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (not merely with IPython imported)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return type(shell).__name__ == "ZMQInteractiveShell"


def _progress(show: bool | None, total: int | None) -> Any:
    if show is None:
        show = sys.stderr.isatty() or _in_notebook()
    if not show:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="newskit")


def _count(source: Any) -> int | None:
    """How many articles the source holds, when that is known without reading them."""
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        return len(source)
    if isinstance(source, list | tuple) and all(isinstance(a, Article) for a in source):
        return len(source)
    return None


def analyse_corpus(
    source: Any,
    *,
    engine: Engine = "serial",
    workers: int | None = None,
    client: Any = None,
    scheduler: str | None = None,
    tables: Iterable[str] = CORPUS_TABLES,
    top: int = 3,
    gazetteer: Gazetteer | None = None,
    text: str = "text",
    encoding: str = "utf-8",
    batch_size: int = 16,
    progress: bool | None = None,
) -> CorpusTables:
    """Analyse every article of a corpus: per-article figures, all quotes and mentions, errors.

    Args:
        source: a folder (read recursively), a glob (``"news/**/*.txt"``), a file,
            a list of them, a list of articles, or a DataFrame with a text column.
            Files ending in ``.txt``, ``.md``, ``.json``, ``.jsonl`` and ``.csv``
            are read; JSON lists, JSON Lines and CSV give one article per record.
        engine: ``"serial"``; ``"processes"`` (``workers`` processes, this machine);
            ``"dask"`` (``client``, or a ``scheduler`` address such as
            ``"tcp://10.0.0.5:8786"``, or else a local cluster of ``workers``).
        workers: processes for ``"processes"`` and a local Dask cluster
            (default: the number of cores).
        client: a ``dask.distributed.Client`` to run on.
        scheduler: the address of a Dask scheduler to connect to.
        tables: which long tables to fill (``"quotes"``, ``"mentions"``); leave
            one out to save memory on a large corpus. ``articles`` and ``errors``
            are always filled.
        top: how many names each ``top_…`` column lists.
        gazetteer: names to use (the shipped ones by default).
        text: the text column of CSV files and DataFrames.
        encoding: the text encoding of the files.
        batch_size: articles sent to a worker at a time.
        progress: show a progress bar (the notebook widget in Jupyter); by
            default, when run in a terminal or a notebook.

    Returns:
        The four tables, in the corpus's order whatever the engine.

    Raises:
        ArticleNotFoundError: the folder, file or glob does not exist (a single
            bad file inside it is a row in ``errors`` instead).
        ValueError: an unknown engine or table, or a count below 1.
        ImportError: ``engine="dask"`` without Dask installed.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Vote\\n\\n“Yes,” said Mr Tom Ode.", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes("Café".encode("latin-1"))
    >>> t = analyse_corpus(folder)
    >>> t.articles[["article", "quotes", "male_share"]].values.tolist()
    [['a.txt', 1, 1.0]]
    >>> t.errors[["article", "error"]].values.tolist()
    [['b.txt', 'ArticleEncodingError']]
    >>> "byte 0xe9 at offset 3" in t.errors.loc[0, "message"]
    True
    """
    import pandas as pd

    from newskit.entities import MENTION_COLUMNS
    from newskit.quotes import QUOTE_COLUMNS

    if engine not in ("serial", "processes", "dask"):
        raise ValueError(f"engine must be 'serial', 'processes' or 'dask'; got {engine!r}")
    for name, value in (("workers", workers), ("batch_size", batch_size)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 1
        ):
            raise ValueError(f"{name} must be a whole number of 1 or more; got {value!r}")
    chosen = tuple(tables)
    unknown = set(chosen) - set(CORPUS_TABLES)
    if unknown:
        raise ValueError(
            f"unknown table {sorted(unknown)[0]!r}; choose from {', '.join(CORPUS_TABLES)}"
        )
    options = _Options(top=top, gazetteer=gazetteer, tables=chosen)
    cores = workers or os.cpu_count() or 1
    jobs = _jobs(source, text, encoding)
    first = next(jobs, None)  # a missing folder or glob raises here, before any worker starts
    batches = _batches(itertools.chain([first] if first else [], jobs), batch_size)
    if engine == "processes":
        results = _processes(batches, options, cores)
    elif engine == "dask":
        results = _dask(batches, options, client, scheduler, cores)
    else:
        results = _serial(batches, options)

    bar = _progress(progress, _count(source))
    gathered: list[_Result] = []
    try:
        for done in results:
            gathered.append(done)
            # What is gathered lives to the end: keep the garbage collector from walking
            # it again after every batch (which made a long run slower per article).
            gc.freeze()
            if bar is not None:
                bar.update(done.count)
    finally:
        gc.unfreeze()
        if bar is not None:
            bar.close()
    gathered.sort(key=lambda r: r.first)

    def table(name: str, columns: list[str]) -> pd.DataFrame:
        frames = [getattr(r, name) for r in gathered if getattr(r, name) is not None]
        if not frames:
            return pd.DataFrame(columns=columns)
        # a batch whose shares are all missing has them as objects: numbers again here
        whole: pd.DataFrame = pd.concat(frames, ignore_index=True).infer_objects()
        return whole

    return CorpusTables(
        articles=table("articles", list(_article_columns())),
        quotes=table("quotes", ["article", *QUOTE_COLUMNS]),
        mentions=table("mentions", ["article", *MENTION_COLUMNS]),
        errors=table("errors", ERROR_COLUMNS),
    )
