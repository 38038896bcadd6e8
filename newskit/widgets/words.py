"""Words: top words and n-grams, collocations, keyword in context, where words occur.

>>> from newskit.article import from_text
>>> x = word_explorer(from_text("Port strike\\n\\nThe port strike ended. Port workers cheered."))
>>> x.query.value = "strike"
>>> x.kwic.value.count("<mark>strike</mark>")
2
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newskit.article import Article
from newskit.plots import dispersion_chart, frequency_chart
from newskit.stats import collocations, concordance, ngram_frequencies, word_frequencies
from newskit.widgets.picker import ArticlePicker, Explorer, article_picker, image, png, table_html

__all__ = ["WordExplorer", "kwic_html", "word_explorer"]


def kwic_html(article: Article, query: str, *, width: int = 40, casefold: bool = True) -> str:
    """Keyword in context as an HTML table: the match marked, left context right-aligned.

    >>> from newskit.article import from_text
    >>> page = kwic_html(from_text("A <b> fire. The fire spread.", headline=False), "fire")
    >>> page.count("<mark>fire</mark>"), "&lt;b&gt;" in page
    (2, True)
    >>> kwic_html(from_text("A fire."), "flood")
    '<p class="newskit-empty"><em>“flood” does not occur in the article</em></p>'
    """
    if not query.strip():
        return '<p class="newskit-empty"><em>type a word or phrase to search for</em></p>'
    table = concordance(article, query, width=width, casefold=casefold)
    if len(table) == 0:
        return table_html(table, empty=f"“{query.strip()}” does not occur in the article")
    rows = "".join(
        f'<tr><td style="text-align:right">{html.escape(left)}</td>'
        f"<td><mark>{html.escape(match)}</mark></td>"
        f'<td style="text-align:left">{html.escape(right)}</td><td>{paragraph}</td></tr>'
        for left, match, right, paragraph in zip(
            table["left"], table["match"], table["right"], table["paragraph"], strict=True
        )
    )
    head = "<tr><th></th><th>match</th><th></th><th>paragraph</th></tr>"
    return (
        f"<p>{len(table)} occurrence{'s' * (len(table) != 1)}</p>"
        f'<table class="newskit-table newskit-kwic" style="font-family:monospace">'
        f"<thead>{head}</thead><tbody>{rows}</tbody></table>"
    )


def _queries(text: str) -> list[str]:
    return list(dict.fromkeys(q.strip() for q in text.split(",") if q.strip()))


@dataclass(frozen=True)
class WordExplorer(Explorer):
    """Which words carry the article, with the controls to ask it differently.

    Attributes:
        source: the article picker.
        top: slider, how many words or n-grams to show.
        n: slider, words per item (1 for words, 2 for pairs…).
        stopwords: checkbox, leave out stopwords (n-grams: at either end).
        casefold: checkbox, count "Syria" and "syria" together.
        stem: checkbox, count "protest", "protests", "protested" together
            (words only).
        table: HTML, the frequency table; chart: PNG image of it.
        measure: toggle, collocation score ("likelihood" or "pmi").
        pairs: HTML, the collocations table.
        query: text box, the word or phrase to find in context.
        kwic: HTML, keyword in context.
        locate: text box, words to locate, separated by commas.
        dispersion: PNG image, where they occur.
        frequencies, pairing, context, where: the sections; box: everything.

    >>> WordExplorer.__dataclass_fields__.keys() >= {"top", "n", "stem", "kwic"}
    True
    """

    source: ArticlePicker
    top: Any
    n: Any
    stopwords: Any
    casefold: Any
    stem: Any
    table: Any
    chart: Any
    measure: Any
    pairs: Any
    query: Any
    kwic: Any
    locate: Any
    dispersion: Any
    frequencies: Any
    pairing: Any
    context: Any
    where: Any
    box: Any

    def refresh(self, _change: object = None) -> None:
        """Redraw every view for the article picked."""
        self.refresh_frequencies()
        self.refresh_pairs()
        self.refresh_kwic()
        self.refresh_dispersion()

    def refresh_frequencies(self, _change: object = None) -> None:
        """Redraw the frequency table and chart from the controls."""
        n, top = int(self.n.value), int(self.top.value)
        stop, fold = bool(self.stopwords.value), bool(self.casefold.value)
        self.stem.disabled = n > 1
        if n == 1:
            table = word_frequencies(
                self.article, top=top, stopwords=stop, casefold=fold, stem=bool(self.stem.value)
            )
        else:
            table = ngram_frequencies(self.article, n=n, top=top, stopwords=stop, casefold=fold)
            table = table.rename(columns={"ngram": "word"})
        self.table.value = table_html(table.round({"share": 3}), empty="nothing to count")
        self.chart.value = png(frequency_chart(table))

    def refresh_pairs(self, _change: object = None) -> None:
        """Redraw the collocations table."""
        table = collocations(self.article, measure=self.measure.value, top=10)
        self.pairs.value = table_html(
            table[["collocation", "count", "score"]].round({"score": 2}),
            empty="no pair of words occurs together twice",
        )

    def refresh_kwic(self, _change: object = None) -> None:
        """Redraw the keyword-in-context table for the query."""
        self.kwic.value = kwic_html(self.article, self.query.value)

    def refresh_dispersion(self, _change: object = None) -> None:
        """Redraw where the words to locate occur."""
        self.dispersion.value = png(dispersion_chart(self.article, _queries(self.locate.value)))


def word_explorer(
    article: Article,
    *,
    folder: str | Path | None = None,
    top: int = 15,
    query: str | None = None,
    locate: str | None = None,
) -> WordExplorer:
    """Build the word explorer for an article.

    Args:
        article: the article shown first.
        folder: a folder of articles to offer in the picker too.
        top: how many words to show at first.
        query: the word to show in context at first (the top word by default).
        locate: words to locate, comma-separated (the top five by default).

    Returns:
        The widget.

    >>> from newskit.article import from_text
    >>> x = word_explorer(from_text("Fire\\n\\nA fire. A fire at the port."))
    >>> x.query.value, x.locate.value
    ('fire', 'fire, port')
    >>> x.n.value = 2
    >>> x.stem.disabled, "a fire" in x.table.value
    (True, False)
    """
    import ipywidgets as w

    source = article_picker(article, folder=folder)
    commonest = list(word_frequencies(article, top=5)["word"])
    top_slider = w.IntSlider(value=top, min=1, max=50, description="Top")
    n = w.IntSlider(value=1, min=1, max=4, description="N-gram size")
    stop = w.Checkbox(value=True, description="Leave out stopwords", indent=False)
    fold = w.Checkbox(value=True, description="Ignore case", indent=False)
    stem = w.Checkbox(value=False, description="Stem (protest = protests)", indent=False)
    table, chart = w.HTML(), image()
    measure = w.ToggleButtons(
        options=[("likelihood ratio", "likelihood"), ("PMI", "pmi")], description="Score"
    )
    pairs = w.HTML()
    query_box = w.Text(
        value=commonest[0] if query is None and commonest else (query or ""),
        description="Search",
        placeholder="a word or phrase",
        continuous_update=False,
    )
    kwic = w.HTML()
    locate_box = w.Text(
        value=", ".join(commonest) if locate is None else locate,
        description="Locate",
        placeholder="words, separated by commas",
        continuous_update=False,
        layout=w.Layout(width="40em"),
    )
    where_chart = image()
    frequencies = w.VBox(
        [w.HBox([top_slider, n]), w.HBox([stop, fold, stem]), w.HBox([table, chart])]
    )
    pairing = w.VBox([measure, pairs])
    context = w.VBox([query_box, kwic])
    where = w.VBox([locate_box, where_chart])
    box = w.VBox([source.box, frequencies, pairing, context, where])
    view = WordExplorer(
        source,
        top_slider,
        n,
        stop,
        fold,
        stem,
        table,
        chart,
        measure,
        pairs,
        query_box,
        kwic,
        locate_box,
        where_chart,
        frequencies,
        pairing,
        context,
        where,
        box,
    )
    view.refresh()
    source.on_change(view.refresh)
    for control in (top_slider, n, stop, fold, stem):
        control.observe(view.refresh_frequencies, names="value")
    measure.observe(view.refresh_pairs, names="value")
    query_box.observe(view.refresh_kwic, names="value")
    locate_box.observe(view.refresh_dispersion, names="value")
    return view
