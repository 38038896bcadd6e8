"""The article at a glance: headline, size, readability, lengths, top words, the marked-up text.

>>> from newskit.article import from_text
>>> a = from_text("Storm hits coast\\n\\nThe storm hit the coast. Storm damage rose.")
>>> g = glance(a, top=2)
>>> g.top.value = 1
>>> "storm" in g.words_table.value and "coast" not in g.words_table.value
True
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newskit.article import Article
from newskit.html import highlight
from newskit.overview import overview_table
from newskit.plots import frequency_chart, sentence_lengths_chart
from newskit.stats import length_stats, word_frequencies
from newskit.widgets.picker import (
    ArticlePicker,
    Explorer,
    article_picker,
    image,
    png,
    table_html,
)

__all__ = ["Glance", "glance"]


def header_html(article: Article) -> str:
    """The headline and what is known about the article, escaped.

    >>> from newskit.article import from_text
    >>> header_html(from_text("A <b>bold</b> claim\\n\\nText.", outlet="The Times"))
    '<h3>A &lt;b&gt;bold&lt;/b&gt; claim</h3><p style="color:#555">The Times</p>'
    """
    title = html.escape(article.title or "(no headline)")
    known = [article.outlet, article.author, article.date, article.source]
    line = " · ".join(html.escape(str(v)) for v in known if v)
    return f"<h3>{title}</h3>" + (f'<p style="color:#555">{line}</p>' if line else "")


@dataclass(frozen=True)
class Glance(Explorer):
    """The article at a glance: figures, lengths, top words with controls, the text.

    Attributes:
        source: the article picker; every view follows the article picked there.
        header: HTML, the headline and metadata.
        figures: HTML table of size and readability figures.
        lengths: HTML table of sentence and paragraph lengths.
        lengths_chart: PNG image, words per sentence through the article.
        top: slider, how many top words to show.
        stopwords: checkbox, leave out stopwords (news list).
        words_table: HTML view of the top-words table.
        chart: PNG image of the top-words chart.
        article_view: HTML, the article with quotes and entities marked.
        size, length, words, text: the sections, to show one at a time.
        box: the whole layout (what a notebook displays).

    >>> Glance.__dataclass_fields__.keys() >= {"top", "words_table", "chart"}
    True
    """

    source: ArticlePicker
    header: Any
    figures: Any
    lengths: Any
    lengths_chart: Any
    top: Any
    stopwords: Any
    words_table: Any
    chart: Any
    article_view: Any
    size: Any
    length: Any
    words: Any
    text: Any
    box: Any

    def refresh(self, _change: object = None) -> None:
        """Redraw every view for the article picked.

        >>> from newskit.article import from_text
        >>> g = glance(from_text("Fire\\n\\nA fire. A fire."))
        >>> g.refresh()
        >>> "fire" in g.words_table.value and "Fire" in g.header.value
        True
        """
        article = self.article
        self.header.value = header_html(article)
        self.figures.value = table_html(overview_table(article))
        lengths = length_stats(article).reset_index().round(1)
        self.lengths.value = table_html(lengths)
        self.lengths_chart.value = png(sentence_lengths_chart(article))
        self.article_view.value = highlight(article, entities=True).html
        self.refresh_words()

    def refresh_words(self, _change: object = None) -> None:
        """Redraw the top-words views from the controls' current values."""
        stop = bool(self.stopwords.value)
        table = word_frequencies(self.article, top=int(self.top.value), stopwords=stop)
        self.words_table.value = table_html(table.round({"share": 3}), empty="no words")
        self.chart.value = png(frequency_chart(table))


def glance(article: Article, *, folder: str | Path | None = None, top: int = 10) -> Glance:
    """Build the at-a-glance widget for an article.

    Args:
        article: the article shown first.
        folder: a folder of articles to offer in the picker too.
        top: how many top words to show at first (the slider goes from 1 to 50).

    Returns:
        The widget; display it (or one of its sections) by making it the last
        expression of a cell.

    >>> from newskit.article import from_text
    >>> g = glance(from_text("Fire\\n\\nA fire. A fire."), top=3)
    >>> g.top.value, g.top.max
    (3, 50)
    """
    import ipywidgets as w

    source = article_picker(article, folder=folder)
    header = w.HTML()
    figures = w.HTML()
    lengths = w.HTML()
    lengths_chart = image()
    slider = w.IntSlider(value=top, min=1, max=50, description="Top words")
    stop = w.Checkbox(value=True, description="Leave out stopwords", indent=False)
    table = w.HTML()
    chart = image()
    article_view = w.HTML()
    size = w.VBox([header, figures])
    length = w.VBox([lengths, lengths_chart])
    words = w.VBox([w.HBox([slider, stop]), w.HBox([table, chart])])
    text = w.VBox([article_view])
    box = w.VBox([source.box, size, length, words, text])
    view = Glance(
        source,
        header,
        figures,
        lengths,
        lengths_chart,
        slider,
        stop,
        table,
        chart,
        article_view,
        size,
        length,
        words,
        text,
        box,
    )
    view.refresh()
    source.on_change(view.refresh)
    slider.observe(view.refresh_words, names="value")
    stop.observe(view.refresh_words, names="value")
    return view
