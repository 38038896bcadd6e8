"""Widgets for exploring articles in JupyterLab and Voila (ipywidgets).

Each widget is a small frozen value holding its controls and views, so it can be
driven and checked from plain Python: set ``.value`` on a control and the views
update at once. It displays itself in a notebook, and each of its sections
(attributes that are boxes) can be shown in a cell of its own.

Every widget starts on one article and offers others through its ``source``,
an :class:`ArticlePicker` (a list, a folder, a file upload, pasted text).

>>> from newskit.article import from_text
>>> a = from_text("Storm hits coast\\n\\nThe storm hit the coast. Storm damage rose.")
>>> g = glance(a, top=2)
>>> g.top.value = 1
>>> "storm" in g.words_table.value and "coast" not in g.words_table.value
True
"""

from __future__ import annotations

from newskit.widgets.compare import Comparison, comparison
from newskit.widgets.entities import EntityExplorer, entity_explorer
from newskit.widgets.glance import Glance, glance
from newskit.widgets.picker import ArticlePicker, article_picker
from newskit.widgets.quotes import QuoteExplorer, quote_explorer
from newskit.widgets.words import WordExplorer, word_explorer

__all__ = [
    "ArticlePicker",
    "Comparison",
    "EntityExplorer",
    "Glance",
    "QuoteExplorer",
    "WordExplorer",
    "article_picker",
    "comparison",
    "entity_explorer",
    "glance",
    "quote_explorer",
    "word_explorer",
]
