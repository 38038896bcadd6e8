"""Quotes: who speaks and how much, where the quotes fall, the article marked by speaker.

>>> from newskit.article import from_text
>>> x = quote_explorer(from_text("“We won,” said Mrs Ruth Kay. “Fine,” said Mr Tom Ode.",
...                              headline=False))
>>> x.speaker.value = "Tom Ode"
>>> "Fine," in x.table.value, "We won," in x.table.value
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newskit.article import Article
from newskit.html import highlight
from newskit.plots import quote_positions_chart, voice_chart
from newskit.quotes import quote_table, quotes
from newskit.voices import quote_stats, voice_table
from newskit.widgets.picker import (
    ArticlePicker,
    Explorer,
    article_picker,
    image,
    png,
    table_html,
)

__all__ = ["ALL", "NO_SPEAKER", "QuoteExplorer", "quote_explorer", "summary_html"]

#: the speaker and kind filters' value for "everything"
ALL = "(all)"
#: the speaker filter's value for quotes whose speaker was not found
NO_SPEAKER = "(no speaker found)"

_COLUMNS = ["text", "speaker", "speaker_type", "gender", "cue", "kind", "words", "paragraph"]


def summary_html(article: Article) -> str:
    """One line on the article's quotes: how many, how much of the text, how many speakers.

    >>> from newskit.article import from_text
    >>> summary_html(from_text("“We won,” said Mrs Ruth Kay.", headline=False))
    '<p><b>1 quote</b> (1 full, 0 partial), 2 of 6 words quoted (33%), 1 speaker.</p>'
    >>> summary_html(from_text("", headline=False))
    '<p><b>0 quotes</b> (0 full, 0 partial), 0 of 0 words quoted, 0 speakers.</p>'
    """
    s = quote_stats(article)
    share = "" if s.quoted_share is None else f" ({s.quoted_share:.0%})"
    titles = f", {s.titles} title{'s' * (s.titles != 1)} or terms" if s.titles else ""
    return (
        f"<p><b>{s.quotes} quote{'s' * (s.quotes != 1)}</b> ({s.full} full, "
        f"{s.partial} partial{titles}), {s.quoted_words} of {s.words} words quoted{share}, "
        f"{s.speakers} speaker{'s' * (s.speakers != 1)}"
        + (f", {s.unattributed} with no speaker found" if s.unattributed else "")
        + ".</p>"
    )


@dataclass(frozen=True)
class QuoteExplorer(Explorer):
    """Who gets to speak in the article, and how much.

    Attributes:
        source: the article picker.
        summary: HTML, one line of figures.
        speaker: dropdown, show the quotes of one speaker (or :data:`ALL`).
        kind: dropdown, show one kind of quote: full, partial, title (or :data:`ALL`).
        table: HTML, the quotes shown.
        by: toggle, share of voice by speaker, speaker type or gender.
        voices: HTML, the share-of-voice table; voices_chart: PNG image of it.
        positions: PNG image, where each speaker's quotes fall.
        article_view: HTML, the article with each quote in its speaker's colour.
        quotes, share, where, text: the sections; box: everything.

    >>> sorted(QuoteExplorer.__dataclass_fields__.keys() & {"speaker", "kind", "by"})
    ['by', 'kind', 'speaker']
    """

    source: ArticlePicker
    summary: Any
    speaker: Any
    kind: Any
    table: Any
    by: Any
    voices: Any
    voices_chart: Any
    positions: Any
    article_view: Any
    quotes: Any
    share: Any
    where: Any
    text: Any
    box: Any

    def refresh(self, _change: object = None) -> None:
        """Redraw every view for the article picked; the filters go back to all quotes."""
        article = self.article
        self.summary.value = summary_html(article)
        # titles have no speaker by nature: they are shown under (all) and the kind "title"
        speakers = list(dict.fromkeys(q.speaker for q in quotes(article) if q.kind != "title"))
        self.speaker.options = [ALL] + [NO_SPEAKER if s is None else s for s in speakers]
        self.kind.value = ALL
        self.positions.value = png(quote_positions_chart(article))
        self.article_view.value = highlight(article).html
        self.refresh_table()
        self.refresh_voices()

    def refresh_table(self, _change: object = None) -> None:
        """Redraw the quote table from the filters."""
        table = quote_table(self.article)
        speaker, kind = self.speaker.value, self.kind.value
        if speaker == NO_SPEAKER:
            table = table[table["speaker"].isna()]
        elif speaker not in (ALL, None):
            table = table[table["speaker"] == speaker]
        if kind != ALL:
            table = table[table["kind"] == kind]
        table = table[_COLUMNS].fillna({"speaker": NO_SPEAKER, "cue": ""})
        self.table.value = table_html(table, empty="no quotes match")

    def refresh_voices(self, _change: object = None) -> None:
        """Redraw the share-of-voice table and chart."""
        by = self.by.value
        table = voice_table(self.article, by=by)
        table[by] = table[by].fillna("(no speaker)")
        self.voices.value = table_html(table.round({"share": 3}), empty="nobody is quoted")
        self.voices_chart.value = png(voice_chart(self.article, by=by))


def quote_explorer(article: Article, *, folder: str | Path | None = None) -> QuoteExplorer:
    """Build the quote explorer for an article.

    Args:
        article: the article shown first.
        folder: a folder of articles to offer in the picker too.

    Returns:
        The widget.

    >>> import newskit as nk
    >>> x = quote_explorer(nk.load("data/articles/asma-al-assad-interview.txt"))
    >>> x.speaker.options
    ('(all)', 'Asma al-Assad', 'United States', 'Russia', 'Dmitry Peskov')
    >>> x.by.value = "gender"
    >>> "<td>female</td>" in x.voices.value
    True
    """
    import ipywidgets as w

    source = article_picker(article, folder=folder)
    summary = w.HTML()
    speaker = w.Dropdown(options=[ALL], description="Speaker", layout=w.Layout(width="24em"))
    kind = w.Dropdown(options=[ALL, "full", "partial", "title"], description="Kind")
    table = w.HTML()
    by = w.ToggleButtons(
        options=[("speaker", "speaker"), ("speaker type", "speaker_type"), ("gender", "gender")],
        description="Share by",
    )
    voices, voices_chart = w.HTML(), image()
    positions = image()
    article_view = w.HTML()
    quotes_box = w.VBox([summary, w.HBox([speaker, kind]), table])
    share = w.VBox([by, w.HBox([voices, voices_chart])])
    where = w.VBox([positions])
    text = w.VBox([article_view])
    box = w.VBox([source.box, quotes_box, share, where, text])
    view = QuoteExplorer(
        source,
        summary,
        speaker,
        kind,
        table,
        by,
        voices,
        voices_chart,
        positions,
        article_view,
        quotes_box,
        share,
        where,
        text,
        box,
    )
    view.refresh()
    source.on_change(view.refresh)
    speaker.observe(view.refresh_table, names="value")
    kind.observe(view.refresh_table, names="value")
    by.observe(view.refresh_voices, names="value")
    return view
