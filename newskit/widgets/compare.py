"""Comparing articles: the same figures for every article in the list, side by side.

>>> import newskit as nk
>>> c = comparison(nk.from_text("“Yes,” said Mr Tom Ode.", id="ode"))
>>> c.source.paste.value = "“No,” said Mrs Ruth Kay."
>>> c.source.use_text.click()
>>> c.table.value.count("<tr>")  # a row per article
2
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newskit.article import Article
from newskit.compare import comparison_table
from newskit.plots import comparison_chart
from newskit.widgets.picker import (
    ArticlePicker,
    Shows,
    article_picker,
    image,
    png,
    table_html,
)

__all__ = ["Comparison", "comparison", "comparison_view"]


def comparison_view(table: Any) -> Any:
    """The comparison table as people read it: shares as percentages, fewer columns.

    >>> import newskit as nk
    >>> from newskit.compare import comparison_table
    >>> t = comparison_view(comparison_table([nk.from_text("“Yes,” said Mr Tom Ode.", id="a")]))
    >>> t[["article", "quoted", "women", "men"]].values.tolist()
    [['a', '20%', '0%', '100%']]
    """
    import pandas as pd

    def percent(column: str) -> list[str]:
        return ["–" if pd.isna(v) else f"{v:.0%}" for v in table[column]]

    return pd.DataFrame(
        {
            "article": table["article"],
            "words": table["words"],
            "quotes": table["quotes"],
            "quoted": percent("quoted_share"),
            "speakers": table["speakers"],
            "women": percent("female_share"),
            "men": percent("male_share"),
            "gender unknown": percent("unknown_gender_share"),
            "people": percent("person_share"),
            "organisations": percent("organisation_share"),
            "top entities": table["top_entities"],
        }
    )


@dataclass(frozen=True)
class Comparison(Shows):
    """Every article in the picker's list, compared.

    Attributes:
        source: the article picker; the comparison covers its whole list, so
            adding a folder, an upload or pasted text adds rows.
        top: slider, how many entities to list per article.
        by: toggle, the chart's shares of voice by gender or speaker type.
        table: HTML, a row per article; chart: PNG image, whose voices each quotes.
        figures, voices: the sections; box: everything.

    >>> sorted(Comparison.__dataclass_fields__.keys() & {"table", "by"})
    ['by', 'table']
    """

    source: ArticlePicker
    top: Any
    by: Any
    table: Any
    chart: Any
    figures: Any
    voices: Any
    box: Any

    @property
    def articles(self) -> list[Article]:
        """The articles compared, in list order."""
        return self.source.articles

    def frame(self) -> Any:
        """The comparison as a DataFrame (see :func:`newskit.compare.comparison_table`)."""
        return comparison_table(self.articles, top=int(self.top.value))

    def refresh(self, _change: object = None) -> None:
        """Redraw the table and chart for the articles in the list."""
        table = self.frame()
        self.table.value = table_html(comparison_view(table), empty="no articles")
        self.chart.value = png(comparison_chart(table, by=self.by.value))


def comparison(article: Article, *, folder: str | Path | None = None, top: int = 3) -> Comparison:
    """Build the comparison widget: ``article`` and the articles of ``folder``.

    Args:
        article: the first article.
        folder: a folder of articles to compare with it.
        top: how many entities to list per article at first.

    Returns:
        The widget.

    >>> import newskit as nk
    >>> c = comparison(nk.load("data/articles/asma-al-assad-interview.txt"),
    ...                folder="data/articles")
    >>> c.table.value.count("<tr>"), "18%" in c.table.value
    (4, True)
    """
    import ipywidgets as w

    source = article_picker(article, folder=folder)
    top_slider = w.IntSlider(value=top, min=1, max=8, description="Top entities")
    by = w.ToggleButtons(
        options=[("gender", "gender"), ("speaker type", "speaker_type")], description="Voices by"
    )
    table, chart = w.HTML(), image()
    figures = w.VBox([top_slider, table])
    voices = w.VBox([by, chart])
    box = w.VBox([source.box, figures, voices])
    view = Comparison(source, top_slider, by, table, chart, figures, voices, box)
    view.refresh()
    source.choice.observe(view.refresh, names="options")
    top_slider.observe(view.refresh, names="value")
    by.observe(view.refresh, names="value")
    return view
