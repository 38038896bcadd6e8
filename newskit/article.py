"""Articles: text kept exactly as read, with headline, paragraphs and sentences as spans.

Conventions, the same for every source:

* ``article.text`` is what every offset in newskit points into.
* A plain-text file is taken whole (line endings, curly quotes and non-breaking
  spaces untouched); a UTF-8 byte-order mark is dropped, as it is not text.
* Paragraphs are separated by blank lines; in a text with no blank line at all,
  each line is a paragraph.
* The headline is the first paragraph when it looks like one (``headline="auto"``:
  a single line, followed by more paragraphs, not ending in a full stop), or the
  first line when it is a Markdown heading (``# Headline``).
* A front-matter header between ``---`` lines (``title``, ``outlet``, ``date``,
  ``url``, ``author``, ``id``) is metadata: ``text`` starts after it.
* A record (JSON object, DataFrame row) with a separate headline and body becomes
  ``headline + "\\n\\n" + body``, so the headline has offsets like everything else.

>>> a = from_text("Fire at the docks\\n\\nA fire broke out. Nobody was hurt.")
>>> a.headline.text
'Fire at the docks'
>>> [s.text for s in a.sentences]
['A fire broke out.', 'Nobody was hurt.']
"""

from __future__ import annotations

import codecs
import json
import re
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from newskit.errors import (
    ArticleEncodingError,
    ArticleFormatError,
    ArticleNotFoundError,
    ArticleTooLargeError,
)
from newskit.spans import Sentence, Span, Spans, bounds

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_SIZE",
    "Article",
    "HeadlineRule",
    "articles_frame",
    "from_frame",
    "from_record",
    "from_text",
    "load",
    "load_all",
    "unit_bounds",
]

HeadlineRule = bool | Literal["auto"]

#: The largest article file :func:`load` reads unless told otherwise: 20 MB, far more than
#: any article (a long read is 50 KB); a larger file is usually many articles in one.
MAX_SIZE = 20_000_000

#: File endings :func:`load_all` picks up in a folder.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl")

_META_KEYS = ("title", "outlet", "date", "url", "author", "id")
_TEXT_KEYS = ("text", "body", "content")
_HEADLINE_KEYS = ("headline", "title")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_HEADLINE_MAX_WORDS = 30
_BYLINE = re.compile(r"[Bb]y\s+[A-Z]")


@dataclass(frozen=True)
class Article:
    """A news article: its text and where its parts are.

    Build one with :func:`from_text`, :func:`from_record` or :func:`load`
    rather than by hand, so the spans are consistent with the text.

    Attributes:
        text: the article text; every offset points into it.
        headline: the headline's span, or ``None`` when there is none.
        paragraphs: the body paragraphs (the headline is not among them).
        sentences: the body sentences, each knowing its paragraph number.
        title: the headline text, or the front-matter/record title.
        outlet, date, url, author, id: metadata as given; ``None`` when unknown.
        source: the file the article was read from, if any.

    >>> a = from_text("Just one paragraph of news.")
    >>> a.headline is None, len(a.paragraphs), a.title
    (True, 1, None)
    """

    text: str
    headline: Span | None
    paragraphs: Sequence[Span]
    sentences: Sequence[Sentence]
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    id: str | None = None
    source: str | None = None

    @property
    def body(self) -> Span:
        """The span from the first body paragraph to the end of the last.

        >>> from_text("Headline here\\n\\nFirst par.\\n\\nSecond par.").body.text
        'First par.\\n\\nSecond par.'
        """
        if not self.paragraphs:
            end = self.headline.end if self.headline else 0
            return Span(end, end, "")
        start, end = self.paragraphs[0].start, self.paragraphs[-1].end
        return Span(start, end, self.text[start:end])


def unit_bounds(article: Article) -> tuple[array[int], array[int]]:
    """Where the headline (if any) and each body sentence start and end, in that order.

    These are the units that tokens and names are numbered by (the headline is
    sentence 0); read from the offsets, without building a span for each.

    >>> starts, ends = unit_bounds(from_text("Storm hits\\n\\nIt rained. It stopped."))
    >>> list(starts), list(ends)
    ([0, 12, 23], [10, 22, 34])
    """
    head = article.headline
    starts, ends = array("q", [head.start] if head else []), array("q", [head.end] if head else [])
    sentence_starts, sentence_ends = bounds(article.sentences)
    starts.extend(sentence_starts)
    ends.extend(sentence_ends)
    return starts, ends


def _lines(text: str) -> Iterator[re.Match[str]]:
    """Each line with its line break (read lazily: a long text has a great many)."""
    return (m for m in _LINE.finditer(text) if m.end() > m.start())


def _blocks(text: str) -> Spans[Span]:
    """Split text into paragraphs: runs of non-blank lines, trimmed of edge spaces."""
    has_blank = any(not m.group().strip() for m in _lines(text))
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for m in _lines(text):
        content = m.group().rstrip("\r\n")
        if content.strip():
            if start is None:
                start = m.start()
            end = m.start() + len(content)
            if has_blank:
                continue
        if start is not None:
            blocks.append(_trimmed_bounds(text, start, end))
            start = None
    if start is not None:
        blocks.append(_trimmed_bounds(text, start, end))
    return Spans.of(text, blocks)


def _trimmed_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip())
    return start + left, start + len(chunk.rstrip())


def _trimmed(text: str, start: int, end: int) -> Span:
    start, end = _trimmed_bounds(text, start, end)
    return Span(start, end, text[start:end])


def _is_byline(line: str) -> bool:
    """Whether a line is a byline such as "By Jane Smith and Tom Lee, Reuters"."""
    return bool(_BYLINE.match(line)) and len(line.split()) <= 8


def _looks_like_headline(first: Span, count: int) -> bool:
    if count < 2 or "\n" in first.text or "\r" in first.text or _is_byline(first.text):
        return False
    if len(first.text.split()) > _HEADLINE_MAX_WORDS:
        return False
    return not first.text.rstrip("'\"’”)]").endswith(".")


def from_text(
    text: str,
    *,
    headline: HeadlineRule = "auto",
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    url: str | None = None,
    author: str | None = None,
    id: str | None = None,
    source: str | None = None,
) -> Article:
    """Make an article from text, keeping the text exactly as given.

    Args:
        text: the article, headline first if it has one.
        headline: ``True`` if the first paragraph is the headline, ``False`` if
            there is none, ``"auto"`` to decide (see the module notes). A first
            line written ``# Headline`` is always a headline.
        title: the title, when it is not the headline in the text.
        outlet: the publication.
        date: the publication date, as written (ISO 8601 recommended).
        url: where the article was published.
        author: the byline.
        id: an identifier of your choice.
        source: the file the text came from.

    Returns:
        The article with its spans.

    Raises:
        TypeError: ``text`` is not a string.

    >>> a = from_text("Mr. Smith met Dr. Amelia Chen. They talked.", headline=False)
    >>> [s.text for s in a.sentences]
    ['Mr. Smith met Dr. Amelia Chen.', 'They talked.']
    """
    from newskit.tokens import split_sentences

    if not isinstance(text, str):
        raise TypeError(f"article text must be a string, not {type(text).__name__}")
    blocks = _blocks(text)
    head: Span | None = None
    if blocks and blocks[0].text.startswith("# ") and "\n" not in blocks[0].text:
        head = _trimmed(text, blocks[0].start + 2, blocks[0].end)
        blocks = blocks[1:]
    elif blocks and (
        headline is True or (headline == "auto" and _looks_like_headline(blocks[0], len(blocks)))
    ):
        head, blocks = blocks[0], blocks[1:]
    paragraphs = blocks
    return Article(
        text=text,
        headline=head,
        paragraphs=paragraphs,
        sentences=split_sentences(text, paragraphs),
        title=title if title is not None else (head.text if head else None),
        outlet=outlet,
        date=date,
        url=url,
        author=author,
        id=id,
        source=source,
    )


def _meta_value(value: object, key: str, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ArticleFormatError(
            f"{where}: field {key!r} must be text, not {type(value).__name__}; fix the record"
        )
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an id column with gaps reads as 1.0, 2.0 in pandas
    text = str(value).strip()
    return text or None


def from_record(record: Mapping[str, object], *, source: str | None = None) -> Article:
    """Make an article from a record such as a JSON object or a DataFrame row.

    The text comes from ``text``, ``body`` or ``content``; the headline from
    ``headline`` or ``title``. When the body does not already start with the
    headline, the article text is ``headline + "\\n\\n" + body``.

    Args:
        record: a mapping with at least a text field.
        source: where the record came from, for messages and provenance.

    Returns:
        The article.

    Raises:
        ArticleFormatError: no text field, or a field of the wrong type.

    >>> a = from_record({"headline": "Port reopens", "body": "Ships sailed again."})
    >>> a.text
    'Port reopens\\n\\nShips sailed again.'
    >>> a.headline.text, a.paragraphs[0].text
    ('Port reopens', 'Ships sailed again.')
    """
    where = source or "record"
    if not isinstance(record, Mapping):
        raise ArticleFormatError(
            f"{where}: expected an object with a 'text' field, got {type(record).__name__}"
        )
    key = next((k for k in _TEXT_KEYS if k in record), None)
    if key is None:
        raise ArticleFormatError(
            f"{where}: no article text; give the record a 'text' (or 'body') field"
        )
    body = record[key]
    if body is None:
        body = ""
    if not isinstance(body, str):
        raise ArticleFormatError(
            f"{where}: field {key!r} must be text, not {type(body).__name__}; fix the record"
        )
    head_key = next((k for k in _HEADLINE_KEYS if record.get(k)), None)
    head = _meta_value(record[head_key], head_key, where) if head_key else None
    meta = {k: _meta_value(record.get(k), k, where) for k in _META_KEYS}
    if head is None:
        return from_text(body, headline=False, source=source, **meta)
    if body.startswith((head, "# " + head)):
        article = from_text(body, headline=True, source=source, **meta)
    else:
        article = from_text(head + "\n\n" + body, headline=True, source=source, **meta)
    return replace(article, title=meta["title"] or head)


def _decode(data: bytes, encoding: str, where: str) -> str:
    if data.startswith(codecs.BOM_UTF8) and encoding.replace("-", "").lower() in (
        "utf8",
        "utf8sig",
    ):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data[:8192] and not encoding.replace("-", "").lower().startswith("utf16"):
        offset = data.index(b"\x00")
        raise ArticleFormatError(
            f"{where} looks like a binary file (NUL byte at offset {offset}), not text; "
            "give newskit a .txt, .md, .json or .jsonl article "
            "(for UTF-16 text without a byte-order mark, pass encoding='utf-16')"
        )
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        raise ArticleEncodingError(
            f"{where} is not {encoding} (byte 0x{byte:02x} at offset {exc.start}); "
            "save it as UTF-8 or pass the right encoding (encoding='cp1252' in Python, "
            "--encoding cp1252 on the command line)"
        ) from None
    except LookupError:
        raise ArticleEncodingError(
            f"unknown encoding {encoding!r}; use a Python codec name such as 'utf-8' or 'cp1252'"
        ) from None


def _read(path: Path, encoding: str, max_size: int | None = None) -> str:
    if path.is_dir():
        raise ArticleFormatError(
            f"{path} is a folder, not an article; use newskit.load_all() for a folder"
        )
    try:
        size = path.stat().st_size
        if max_size is not None and size > max_size:
            raise ArticleTooLargeError(
                f"{path} is {size / 1e6:.0f} MB, more than an article newskit reads "
                f"({max_size / 1e6:g} MB); if it holds many articles, put them in files of "
                "their own or a JSON Lines file; to read it whole, pass max_size=None "
                "(--max-size 0 on the command line)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleNotFoundError(f"no such file: {path}; check the path") from None
    except PermissionError:
        raise ArticleNotFoundError(f"cannot read {path}: permission denied") from None
    return _decode(data, encoding, str(path))


def _front_matter(text: str, where: str) -> tuple[dict[str, str | None], str]:
    """Split a ``---`` header off the text; return its fields and the rest."""
    first = _LINE.match(text)
    if first is None or first.group().rstrip("\r\n") != "---":
        return {}, text
    fields: dict[str, str | None] = {}
    pos = first.end()
    number = 1
    while pos < len(text):
        line = _LINE.match(text, pos)
        assert line is not None  # _LINE matches at every position
        number += 1
        content = line.group().rstrip("\r\n")
        pos = line.end()
        if content == "---":
            return fields, text[pos:]
        if not content.strip():
            continue
        key, colon, value = content.partition(":")
        if not colon:
            raise ArticleFormatError(
                f"{where}, line {number}: front-matter lines look like 'key: value'; "
                f"got {content[:40]!r}"
            )
        key = key.strip().lower()
        if key in _META_KEYS:
            fields[key] = value.strip().strip("\"'").strip() or None
    raise ArticleFormatError(
        f"{where}: front matter opened with '---' on line 1 is never closed; "
        "add a line '---' after the header"
    )


def _records(text: str, suffix: str, where: str) -> Iterator[tuple[Mapping[str, object], str]]:
    if suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _parse_json(line, f"{where}, line {number},"), f"{where}#{number}"
        return
    data = _parse_json(text, where)
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        yield item, where if len(items) == 1 else f"{where}#{number}"


def _parse_json(text: str, where: str) -> Mapping[str, object]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        place = (
            f"column {exc.colno}"
            if where.endswith(",")
            else f"line {exc.lineno}, column {exc.colno}"
        )
        raise ArticleFormatError(
            f"{where.rstrip(',')} is not valid JSON ({exc.msg}; {place}); "
            "fix the file or save the article as .txt"
        ) from None
    if not isinstance(value, dict | list):
        raise ArticleFormatError(
            f"{where}: expected a JSON object (or a list of them), got {type(value).__name__}"
        )
    return value  # type: ignore[return-value]  # lists are unpacked by the caller


def _load_path(
    path: Path, encoding: str, headline: HeadlineRule, max_size: int | None = MAX_SIZE
) -> list[Article]:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".xlsx", ".parquet"):
        raise ArticleFormatError(
            f"{path} is a table, not an article; read it with pandas and turn the rows into "
            "articles with newskit.from_frame(df, text='your_text_column')"
        )
    text = _read(path, encoding, max_size)
    if suffix in (".json", ".jsonl"):
        return [from_record(rec, source=where) for rec, where in _records(text, suffix, str(path))]
    fields, body = _front_matter(text, str(path))
    return [
        from_text(
            body,
            headline=headline,
            source=str(path),
            id=fields.pop("id", None) or path.stem,
            **fields,
        )
    ]


def load(
    path: str | Path,
    *,
    encoding: str = "utf-8",
    headline: HeadlineRule = "auto",
    max_size: int | None = MAX_SIZE,
) -> Article:
    """Read one article from a file.

    ``.json`` files hold one object (or a list with one object); ``.jsonl`` one
    object per line; anything else is plain text or Markdown, optionally with a
    front-matter header. For files holding several articles, use :func:`load_all`.

    Args:
        path: the file.
        encoding: the text encoding; UTF-8 (with or without a byte-order mark)
            by default. UTF-16 with a byte-order mark is recognised on its own.
        headline: how to find the headline in plain text (see :func:`from_text`).
        max_size: the largest file to read, in bytes (default :data:`MAX_SIZE`,
            20 MB); ``None`` for no limit.

    Returns:
        The article, with ``source`` set to the path and ``id`` to the file name
        without its ending (unless the file gives one).

    Raises:
        ArticleNotFoundError: the file does not exist.
        ArticleEncodingError: the bytes are not in ``encoding``.
        ArticleFormatError: a folder, a binary file, bad JSON, or several articles.
        ArticleTooLargeError: the file is larger than ``max_size``.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "fire.txt").write_text("Dock fire\\n\\nA fire broke out.", encoding="utf-8")
    >>> a = load(folder / "fire.txt")
    >>> a.id, a.title, a.paragraphs[0].text
    ('fire', 'Dock fire', 'A fire broke out.')
    """
    path = Path(path)
    articles = _load_path(path, encoding, headline, max_size)
    if len(articles) != 1:
        raise ArticleFormatError(
            f"{path} holds {len(articles)} articles, not one; give one article per file, "
            "or read them all in Python with newskit.load_all()"
        )
    return articles[0]


def load_all(
    paths: str | Path | Iterable[str | Path],
    *,
    encoding: str = "utf-8",
    headline: HeadlineRule = "auto",
    max_size: int | None = MAX_SIZE,
) -> list[Article]:
    """Read every article from files, folders (recursively) or both.

    In a folder, files ending in ``.txt``, ``.md``, ``.markdown``, ``.json`` and
    ``.jsonl`` are read, in name order; JSON lists and JSON Lines give one
    article per record.

    Args:
        paths: a file, a folder, or several of them.
        encoding: the text encoding of every file.
        headline: how to find headlines in plain text (see :func:`from_text`).
        max_size: the largest file to read, in bytes; ``None`` for no limit.

    Returns:
        The articles, in order.

    Raises:
        ArticleNotFoundError, ArticleEncodingError, ArticleFormatError: as :func:`load`.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text('{"text": "One."}\\n{"text": "Two."}\\n')
    >>> [a.text for a in load_all(folder)]
    ['One.', 'Two.']
    """
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    articles: list[Article] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        elif not path.exists():
            raise ArticleNotFoundError(f"no such file or folder: {path}; check the path")
        else:
            files = [path]
        for file in files:
            articles.extend(_load_path(file, encoding, headline, max_size))
    return articles


def articles_frame(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article: metadata, text and sizes, ready to filter and export.

    Args:
        articles: the articles.

    Returns:
        A DataFrame with columns ``id``, ``title``, ``outlet``, ``date``, ``url``,
        ``author``, ``source``, ``text``, ``paragraphs``, ``sentences``, ``words``.

    >>> df = articles_frame([from_text("Storm hits coast\\n\\nWinds rose. Trees fell.")])
    >>> df[["title", "paragraphs", "sentences", "words"]].to_dict("records")
    [{'title': 'Storm hits coast', 'paragraphs': 1, 'sentences': 2, 'words': 4}]
    """
    import pandas as pd

    from newskit.tokens import word_count

    columns = [*(k for k in _META_KEYS if k != "id"), "source", "text"]
    rows = [
        {
            "id": a.id,
            **{k: getattr(a, k) for k in columns},
            "paragraphs": len(a.paragraphs),
            "sentences": len(a.sentences),
            "words": word_count(a),
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=["id", *columns, "paragraphs", "sentences", "words"])


def from_frame(
    frame: pd.DataFrame, *, text: str = "text", headline: str | None = "headline"
) -> list[Article]:
    """Turn DataFrame rows into articles (the reverse of :func:`articles_frame`).

    Args:
        frame: one article per row.
        text: the column holding the article text (or body).
        headline: the column holding the headline, if any; a missing column is
            fine. Other columns named ``title``, ``outlet``, ``date``, ``url``,
            ``author`` or ``id`` become metadata.

    Returns:
        The articles, in row order.

    Raises:
        ArticleFormatError: the text column is missing.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"headline": ["Port reopens"], "text": ["Ships sailed."]})
    >>> from_frame(df)[0].text
    'Port reopens\\n\\nShips sailed.'
    """
    if text not in frame.columns:
        raise ArticleFormatError(
            f"no column {text!r} in the DataFrame (columns: {', '.join(map(str, frame.columns))}); "
            "pass text='your_text_column'"
        )
    articles = []
    for number, row in enumerate(frame.to_dict("records"), start=1):
        record: dict[str, object] = {
            k: (None if _is_missing(row.get(k)) else row.get(k)) for k in _META_KEYS
        }
        record["text"] = None if _is_missing(row[text]) else row[text]
        if headline and headline in row and not _is_missing(row[headline]):
            record["headline"] = row[headline]
        source = row.get("source")
        articles.append(
            from_record(record, source=f"row {number}" if _is_missing(source) else str(source))
        )
    return articles


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)
