"""Widgets for exploring an article in JupyterLab (ipywidgets).

Each widget is a small frozen value holding its controls and views, so it can be
driven and checked from plain Python: set ``.value`` on a control and the views
update at once. It displays itself in a notebook.

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
from typing import Any

from newskit.article import Article
from newskit.overview import overview_table
from newskit.plots import figure_png, frequency_chart
from newskit.stats import word_frequencies

__all__ = ["Glance", "glance"]


def _table_html(frame: Any) -> str:
    return str(frame.to_html(index=False, escape=True, border=0, classes="newskit-table"))


@dataclass(frozen=True)
class Glance:
    """The article at a glance: figures, and the top words with controls.

    Attributes:
        article: the article shown.
        top: slider, how many top words to show.
        stopwords: checkbox, leave out stopwords (news list).
        words_table: HTML view of the top-words table.
        chart: PNG image of the top-words chart.
        box: the whole layout (what a notebook displays).

    >>> Glance.__dataclass_fields__.keys() >= {"top", "words_table", "chart"}
    True
    """

    article: Article
    top: Any
    stopwords: Any
    words_table: Any
    chart: Any
    box: Any

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.box._repr_mimebundle_(**kwargs)

    def refresh(self, _change: object = None) -> None:
        """Redraw the top-words views from the controls' current values.

        >>> from newskit.article import from_text
        >>> g = glance(from_text("Fire\\n\\nA fire. A fire."))
        >>> g.refresh()
        >>> "fire" in g.words_table.value
        True
        """
        options: dict[str, Any] = {"stopwords": bool(self.stopwords.value)}
        top = int(self.top.value)
        table = word_frequencies(self.article, top=top, **options)
        self.words_table.value = _table_html(table.round({"share": 3}))
        self.chart.value = figure_png(frequency_chart(table), dpi=90)


def glance(article: Article, *, top: int = 10) -> Glance:
    """Build the at-a-glance widget for an article.

    Args:
        article: the article.
        top: how many top words to show at first (the slider goes from 1 to 50).

    Returns:
        The widget; display it by making it the last expression of a cell.

    >>> from newskit.article import from_text
    >>> g = glance(from_text("Fire\\n\\nA fire. A fire."), top=3)
    >>> g.top.value, g.top.max
    (3, 50)
    """
    import ipywidgets as w

    title = html.escape(article.title or "(no headline)")
    header = w.HTML(f"<h3>{title}</h3>")
    figures = w.HTML(_table_html(overview_table(article)))
    slider = w.IntSlider(value=top, min=1, max=50, description="Top words")
    stop = w.Checkbox(value=True, description="Leave out stopwords", indent=False)
    table = w.HTML()
    chart = w.Image(format="png")
    words_row = w.HBox([table, chart])
    box = w.VBox([header, figures, w.HBox([slider, stop]), words_row])
    view = Glance(article, slider, stop, table, chart, box)
    view.refresh()
    slider.observe(view.refresh, names="value")
    stop.observe(view.refresh, names="value")
    return view
