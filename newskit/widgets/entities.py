"""Entities: who and what the article names, the ways it names them, where, and together.

>>> from newskit.article import from_text
>>> x = entity_explorer(from_text("Mrs Ruth Kay met Tom Ode in Leeds. Kay smiled.", headline=False))
>>> x.types["PERSON"].value = False
>>> "Leeds" in x.table.value, "Ruth Kay" in x.table.value
(True, False)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newskit.article import Article
from newskit.entities import ENTITY_COLOURS, entities, entity_cooccurrence, entity_frequencies
from newskit.entities import entity_mentions as _entity_mentions
from newskit.plots import entity_chart, entity_dispersion_chart
from newskit.widgets.picker import (
    ArticlePicker,
    Explorer,
    article_picker,
    image,
    png,
    table_html,
)

__all__ = ["EntityExplorer", "entity_explorer"]

_TYPE_NAMES = {
    "PERSON": "people",
    "ORG": "organisations",
    "GPE": "places",
    "NORP": "nationalities, groups",
    "LOC": "other locations",
}


@dataclass(frozen=True)
class EntityExplorer(Explorer):
    """Who and what the article is about, by entity type.

    Attributes:
        source: the article picker.
        types: a toggle button per entity type (PERSON, ORG, GPE, NORP, LOC),
            keyed by type; every view shows the types switched on.
        chart: PNG image, mentions per entity coloured by type.
        table: HTML, one row per entity (mentions, aliases, gender, paragraphs).
        entity: dropdown, the entity whose alias cluster is shown.
        cluster: HTML, each mention of it, with the evidence for its type and
            the reason it was linked to the entity.
        positions: PNG image, where each entity appears.
        pairs: HTML, entities named in the same paragraphs.
        frequency, aliases, where, together: the sections; box: everything.

    >>> sorted(EntityExplorer.__dataclass_fields__.keys() & {"types", "cluster"})
    ['cluster', 'types']
    """

    source: ArticlePicker
    types: dict[str, Any]
    chart: Any
    table: Any
    entity: Any
    cluster: Any
    positions: Any
    pairs: Any
    frequency: Any
    aliases: Any
    where: Any
    together: Any
    box: Any

    @property
    def chosen(self) -> list[str]:
        """The entity types switched on."""
        return [t for t, button in self.types.items() if button.value]

    def refresh(self, _change: object = None) -> None:
        """Redraw every view for the article and the types switched on."""
        article, chosen = self.article, self.chosen
        table = entity_frequencies(article, types=chosen)
        self.chart.value = png(entity_chart(article, types=chosen))
        shown = table.drop(columns=["first_paragraph"])
        self.table.value = table_html(shown, empty="no entities of the types chosen")
        self.positions.value = png(entity_dispersion_chart(article, types=chosen))
        pairs = entity_cooccurrence(article, types=chosen).head(15)
        self.pairs.value = table_html(pairs, empty="no two entities share a paragraph")
        keys = [f"{name} ({kind})" for name, kind in zip(table["name"], table["type"], strict=True)]
        # Setting the options picks the first entity; draw its cluster in any case.
        self.entity.options = [
            (label, (name, kind))
            for label, name, kind in zip(keys, table["name"], table["type"], strict=True)
        ]
        if self.entity.value is None and self.entity.options:
            self.entity.index = 0
        self.refresh_cluster()

    def refresh_cluster(self, _change: object = None) -> None:
        """Redraw the alias cluster of the entity chosen."""
        if self.entity.value is None:
            self.cluster.value = '<p class="newskit-empty"><em>no entity chosen</em></p>'
            return
        name, kind = self.entity.value
        found = next((e for e in entities(self.article) if e.name == name and e.type == kind), None)
        rows = _entity_mentions(self.article, types=kind)
        rows = rows.loc[rows["entity"] == name, ["text", "paragraph", "title", "evidence", "link"]]
        colour = ENTITY_COLOURS.get(kind, "#999999")
        gender = ""
        if found is not None and found.type == "PERSON":
            why = "; ".join(found.evidence) or "nothing in the text says"
            gender = f" · gender: {html.escape(found.gender)} ({html.escape(why)})"
        self.cluster.value = (
            f'<p><b style="border-bottom:3px solid {colour}">{html.escape(name)}</b> '
            f"{html.escape(_TYPE_NAMES.get(kind, kind))}: {len(rows)} mention"
            f"{'s' * (len(rows) != 1)}{gender}</p>" + table_html(rows)
        )


def entity_explorer(article: Article, *, folder: str | Path | None = None) -> EntityExplorer:
    """Build the entity explorer for an article.

    Args:
        article: the article shown first.
        folder: a folder of articles to offer in the picker too.

    Returns:
        The widget.

    >>> from newskit.article import from_text
    >>> x = entity_explorer(from_text("Mrs Ruth Kay won. Kay wept.", headline=False))
    >>> x.entity.label, "surname" in x.cluster.value
    ('Ruth Kay (PERSON)', True)
    """
    import ipywidgets as w

    source = article_picker(article, folder=folder)
    types = {
        kind: w.ToggleButton(
            value=True,
            description=kind,
            tooltip=_TYPE_NAMES[kind],
            layout=w.Layout(width="7em", border=f"2px solid {colour}"),
        )
        for kind, colour in ENTITY_COLOURS.items()
        if kind in _TYPE_NAMES
    }
    chart, table = image(), w.HTML()
    entity = w.Dropdown(options=[], description="Entity", layout=w.Layout(width="28em"))
    cluster = w.HTML()
    positions, pairs = image(), w.HTML()
    frequency = w.VBox([w.HBox(list(types.values())), chart, table])
    aliases = w.VBox([entity, cluster])
    where = w.VBox([positions])
    together = w.VBox([pairs])
    box = w.VBox([source.box, frequency, aliases, where, together])
    view = EntityExplorer(
        source,
        types,
        chart,
        table,
        entity,
        cluster,
        positions,
        pairs,
        frequency,
        aliases,
        where,
        together,
        box,
    )
    view.refresh()
    source.on_change(view.refresh)
    for button in types.values():
        button.observe(view.refresh, names="value")
    entity.observe(view.refresh_cluster, names="value")
    return view
