"""Choosing the article a widget shows: a list, a folder, a file upload or pasted text.

Every explorer widget starts from an :class:`ArticlePicker`. Its ``choice``
list holds the articles themselves, the newest first; whatever is picked
there is what the widget shows. Adding articles (a folder, an upload, pasted
text) puts them at the top of the list and picks the first of them. Input that
cannot be read leaves the list as it was and says why in ``message``, in one
line.

>>> import newskit as nk
>>> p = article_picker(nk.from_text("Dock fire\\n\\nA fire broke out.", id="fire"))
>>> p.paste.value = "Port reopens\\n\\nShips sailed again."
>>> p.use_text.click()
>>> p.article.title, [label for label, _ in p.choice.options]
('Port reopens', ['pasted: Port reopens', 'fire'])
>>> p.use_text.click()  # the same text again is picked, not added twice
>>> len(p.choice.options)
2
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newskit.article import Article, from_text, load_all
from newskit.compare import article_label
from newskit.errors import ArticleEncodingError, NewskitError

__all__ = [
    "ENCODINGS",
    "ArticlePicker",
    "article_picker",
    "image",
    "png",
    "table_html",
    "uploaded_file",
]

#: encodings offered for uploads (Python codec names)
ENCODINGS = ("utf-8", "cp1252", "latin-1", "utf-16")

_TABLE_STYLE = (
    "<style>.newskit-table{border-collapse:collapse;font-size:0.9em}"
    ".newskit-table th,.newskit-table td{padding:2px 10px;text-align:left;vertical-align:top;"
    "border-bottom:1px solid #e5e5e5}.newskit-table th{border-bottom:1px solid #999}</style>"
)
_ERROR = '<span class="nk-message nk-error" style="color:#b00020">{}</span>'
_INFO = '<span class="nk-message" style="color:#555">{}</span>'


def table_html(frame: Any, *, empty: str = "nothing to show") -> str:
    """A DataFrame as an HTML table, everything escaped; a line of text when it is empty.

    >>> import pandas as pd
    >>> table_html(pd.DataFrame({"word": ["<b>"]}))
    '<style>...</style><table class="dataframe newskit-table">...<td>&lt;b&gt;</td>...</table>'
    >>> table_html(pd.DataFrame({"word": []}), empty="no words")
    '<p class="newskit-empty"><em>no words</em></p>'
    """
    if len(frame) == 0:
        return f'<p class="newskit-empty"><em>{html.escape(empty)}</em></p>'
    return _TABLE_STYLE + str(
        frame.to_html(index=False, escape=True, border=0, classes="newskit-table", na_rep="–")
    )


def image() -> Any:
    """An ``ipywidgets.Image`` for a chart, shown at its own size rather than stretched."""
    import ipywidgets as w

    return w.Image(format="png", layout=w.Layout(align_self="flex-start", object_fit="contain"))


def png(fig: Any) -> bytes:
    """A chart as PNG bytes at screen resolution, for an ``ipywidgets.Image``.

    >>> from matplotlib.figure import Figure
    >>> png(Figure(figsize=(1, 1)))[:4]
    b'\\x89PNG'
    """
    from newskit.plots import figure_png

    return figure_png(fig, dpi=90)


def uploaded_file(name: str, data: bytes, *, kind: str = "text/plain") -> dict[str, Any]:
    """A file as ``FileUpload.value`` holds it after an upload (to drive a picker from code).

    >>> item = uploaded_file("fire.txt", b"Dock fire")
    >>> item["name"], item["size"], bytes(item["content"])
    ('fire.txt', 9, b'Dock fire')
    """
    import datetime as dt

    return {
        "name": name,
        "type": kind,
        "size": len(data),
        "content": memoryview(data),
        "last_modified": dt.datetime.now(tz=dt.UTC),
    }


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class ArticlePicker:
    """The controls that choose an article; ``choice.value`` is the article shown.

    Attributes:
        choice: dropdown; its options are ``(label, Article)`` pairs, newest first.
        folder: text box, a folder of articles to add.
        add_folder: button that adds the folder's articles.
        upload: file upload (one or more ``.txt``, ``.md``, ``.json``, ``.jsonl``).
        encoding: dropdown, the encoding uploads are read with.
        paste: text area for an article's text.
        use_text: button that adds the pasted text as an article.
        message: one line saying what was added, or why input could not be read.
        box: the layout.

    >>> import newskit as nk
    >>> p = article_picker(nk.from_text("Fire\\n\\nA fire.", id="fire"))
    >>> p.upload.value = (uploaded_file("bad.txt", b"caf\\xe9"),)
    >>> p.article.id, "bad.txt is not utf-8 (byte 0xe9 at offset 3)" in p.message.value
    ('fire', True)
    """

    choice: Any
    folder: Any
    add_folder: Any
    upload: Any
    encoding: Any
    paste: Any
    use_text: Any
    message: Any
    box: Any

    @property
    def article(self) -> Article:
        """The article picked."""
        article: Article = self.choice.value
        return article

    @property
    def articles(self) -> list[Article]:
        """Every article in the list, in list order."""
        return [article for _, article in self.choice.options]

    def on_change(self, callback: Callable[[Article], None]) -> None:
        """Call ``callback(article)`` whenever another article is picked."""
        self.choice.observe(lambda change: callback(change["new"]), names="value")

    def say(self, text: str, *, error: bool = False) -> None:
        """Show one line of text under the controls (escaped)."""
        self.message.value = (_ERROR if error else _INFO).format(html.escape(_one_line(text)))

    def add(self, articles: Sequence[Article], *, prefix: str = "") -> None:
        """Put articles at the top of the list and pick the first of them.

        An article already in the list is not added again; it is moved to the top.
        """
        if not articles:
            return
        new = list(dict.fromkeys(articles))
        kept = [(label, a) for label, a in self.choice.options if a not in new]
        taken = {label for label, _ in kept}
        added = []
        for article in new:
            label = prefix + article_label(article)
            base, n = label, 1
            while label in taken:
                n += 1
                label = f"{base} ({n})"
            taken.add(label)
            added.append((label, article))
        # Setting the options picks the first one (except in an empty list): the
        # list changes and the article picked changes once, to the first added.
        self.choice.options = added + kept
        if self.choice.index != 0:
            self.choice.index = 0

    def read_folder(self, _button: object = None) -> None:
        """Add every article in the folder typed in ``folder``."""
        where = self.folder.value.strip()
        if not where:
            self.say("Type the path of a folder of articles first.", error=True)
            return
        path = Path(where).expanduser()
        if not path.is_dir():
            self.say(f"{where} is not a folder; type the path of a folder of articles", error=True)
            return
        try:
            found = load_all(path)
        except (NewskitError, OSError) as exc:
            self.say(str(exc), error=True)
            return
        if not found:
            self.say(f"No articles (.txt, .md, .json, .jsonl) in {where}.", error=True)
            return
        self.add(found)
        self.say(f"Added {len(found)} article{'s' * (len(found) != 1)} from {where}.")

    def read_upload(self, _change: object = None) -> None:
        """Add the uploaded files' articles; say what could not be read."""
        files = list(self.upload.value)
        if not files:
            return
        added: list[Article] = []
        problems: list[str] = []
        for item in files:
            name = Path(str(item.get("name") or "upload.txt")).name or "upload.txt"
            try:
                found = _read_upload(name, bytes(item.get("content", b"")), self.encoding.value)
            except ValueError as exc:
                problems.append(str(exc))
                continue
            added.extend(found)
        self.upload.value = ()  # so the same file can be uploaded again
        self.add(added, prefix="uploaded: ")
        if problems:
            self.say(" · ".join(problems), error=True)
        else:
            names = ", ".join(dict.fromkeys(a.source or article_label(a) for a in added))
            self.say(f"Added {names}.")

    def read_paste(self, _button: object = None) -> None:
        """Add the pasted text as an article (its first line is the headline if it is one)."""
        text = self.paste.value
        if not text.strip():
            self.say("The text box is empty: paste an article's text into it first.", error=True)
            return
        article = from_text(text)
        self.add([article], prefix="pasted: ")
        self.say(f"Using the pasted text ({len(article.paragraphs)} paragraphs).")


def _read_upload(name: str, data: bytes, encoding: str) -> list[Article]:
    """The articles in an uploaded file; ``ValueError`` with a one-line reason if there are none."""
    if not data.strip():
        raise ValueError(f"{name} is empty: choose a file with an article's text in it")
    with tempfile.TemporaryDirectory(prefix="newskit-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            found = load_all([path], encoding=encoding)
        except ArticleEncodingError as exc:
            reason = str(exc).replace(str(path), name).split(";")[0]
            raise ValueError(
                f"{reason}: save it as UTF-8, or pick its encoding (such as cp1252) "
                "under Encoding and upload it again"
            ) from None
        except NewskitError as exc:
            reason = (
                str(exc)
                .replace(str(path), name)
                .replace("pass encoding='utf-16'", "pick utf-16 under Encoding")
            )
            raise ValueError(_one_line(reason)) from None
        except Exception as exc:  # anything else in a file must not break the notebook
            raise ValueError(f"{name} could not be read ({type(exc).__name__}: {exc})") from None
    if not any(a.text.strip() for a in found):
        raise ValueError(f"{name} holds no article text: choose a file with an article in it")
    return [replace(a, source=name) for a in found if a.text.strip()]


def article_picker(article: Article, *, folder: str | Path | None = None) -> ArticlePicker:
    """Controls to choose an article, starting on ``article``.

    Args:
        article: the article picked at first (the top of the list).
        folder: a folder whose articles are listed too (below ``article``).

    Returns:
        The picker; explorer widgets build one for themselves.

    >>> import newskit as nk
    >>> p = article_picker(nk.load("data/articles/asma-al-assad-interview.txt"),
    ...                    folder="data/articles")
    >>> [label for label, _ in p.choice.options]
    ['asma-al-assad-interview', 'uk-hospital-waiting-lists', 'us-city-council-transit-vote',
     'wire-port-strike']
    """
    import ipywidgets as w

    listed = [article]
    if folder is not None:
        own = Path(article.source).resolve() if article.source else None
        listed += [
            a
            for a in load_all(folder)
            if a != article and (own is None or Path(a.source or "").resolve() != own)
        ]
    wide = w.Layout(width="auto")
    choice = w.Dropdown(options=[], description="Article", layout=w.Layout(width="28em"))
    folder_box = w.Text(placeholder="a folder of articles", layout=w.Layout(width="16em"))
    add_folder = w.Button(description="Add folder", icon="folder-open", layout=wide)
    upload = w.FileUpload(
        accept=".txt,.md,.markdown,.json,.jsonl", multiple=True, description="Upload"
    )
    encoding = w.Dropdown(options=ENCODINGS, value="utf-8", description="Encoding")
    paste = w.Textarea(
        placeholder="Paste an article: the headline on the first line, then a blank line, "
        "then the paragraphs separated by blank lines.",
        layout=w.Layout(width="46em", height="8em"),
    )
    use_text = w.Button(description="Use this text", icon="check", layout=wide)
    pasting = w.Accordion(children=[w.VBox([paste, use_text])], titles=("Paste your own text",))
    pasting.selected_index = None
    message = w.HTML()
    box = w.VBox(
        [
            w.HBox([choice, folder_box, add_folder]),
            w.HBox([upload, encoding]),
            pasting,
            message,
        ],
        layout=w.Layout(border="1px solid #ddd", padding="4px", margin="0 0 8px 0"),
    )
    picker = ArticlePicker(
        choice, folder_box, add_folder, upload, encoding, paste, use_text, message, box
    )
    picker.add(listed)
    add_folder.on_click(picker.read_folder)
    use_text.on_click(picker.read_paste)
    upload.observe(picker.read_upload, names="value")
    return picker


class Shows:
    """Showing a widget's layout (its ``box``) in a notebook.

    >>> issubclass(Explorer, Shows)
    True
    """

    box: Any

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.box._repr_mimebundle_(**kwargs)


class Explorer(Shows):
    """What every one-article widget shares: the article its picker holds.

    >>> Explorer.article.__doc__
    'The article shown.'
    """

    source: ArticlePicker

    @property
    def article(self) -> Article:
        """The article shown."""
        return self.source.article
