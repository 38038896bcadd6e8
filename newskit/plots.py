"""Charts as matplotlib Figures: words, entities and voices, and where they occur in an article.

Figures are built without pyplot, so nothing is shown or kept in global state:
return them from a notebook cell, put them in a widget, or ``fig.savefig(...)``.

>>> from newskit.article import from_text
>>> a = from_text("Storm hits\\n\\nThe storm hit the coast. Storm warnings rose.")
>>> fig = top_words_chart(a)
>>> isinstance(fig, Figure), fig.axes[0].get_title()
(True, 'Top 6 words')
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from newskit.article import Article
from newskit.entities import ENTITY_COLOURS, entities, entity_frequencies
from newskit.gazetteer import Gazetteer
from newskit.quotes import quotes
from newskit.stats import dispersion, sentence_stats, word_frequencies
from newskit.voices import (
    SPEAKER_PALETTE,
    UNATTRIBUTED_COLOUR,
    VoiceGroup,
    speaker_colours,
    voice_table,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ENTITY_COLOURS",
    "NewsFigure",
    "comparison_chart",
    "dispersion_chart",
    "entity_chart",
    "entity_dispersion_chart",
    "figure_png",
    "frequency_chart",
    "quote_positions_chart",
    "sentence_lengths_chart",
    "top_words_chart",
    "voice_chart",
]


def figure_png(fig: Figure, *, dpi: int = 100) -> bytes:
    """Render a matplotlib Figure to PNG bytes (for an ``ipywidgets.Image`` or a file).

    Args:
        fig: the figure.
        dpi: dots per inch.

    Returns:
        The PNG file's bytes.

    >>> figure_png(Figure(figsize=(1, 1)))[:4]
    b'\\x89PNG'
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


class NewsFigure(Figure):
    """A matplotlib Figure that shows itself as a picture in Jupyter.

    A Figure made without pyplot has no picture form until pyplot is imported;
    this one renders itself to PNG, so returning it from a cell shows the chart.

    >>> NewsFigure(figsize=(1, 1))._repr_png_()[:4]
    b'\\x89PNG'
    """

    def _repr_png_(self) -> bytes:
        return figure_png(self)


def _figure(width: float, height: float) -> NewsFigure:
    return NewsFigure(figsize=(width, height), layout="constrained")


def _bar_chart(
    labels: Sequence[str],
    counts: Sequence[int],
    colours: str | Sequence[str],
    *,
    unit: str,
    title: str,
) -> tuple[NewsFigure, Any]:
    """Horizontal bars, the first label on top, whole-number ticks."""
    fig = _figure(6.4, 0.3 * max(len(labels), 3) + 1.2)
    ax = fig.add_subplot()
    ax.barh(
        list(labels)[::-1],
        list(counts)[::-1],
        color=colours if isinstance(colours, str) else list(colours)[::-1],
    )
    ax.set_xlabel(unit)
    ax.set_title(title)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _positions_chart(
    article: Article, rows: Sequence[tuple[str, Sequence[float], str]], title: str
) -> tuple[NewsFigure, Any]:
    """One row per label, a tick at each position through the text.

    Positions run from 0 % to 100 % of the text; dotted lines mark paragraph starts.
    """
    fig = _figure(7.5, 0.45 * max(len(rows), 2) + 1.2)
    ax = fig.add_subplot()
    size = max(len(article.text), 1)
    for par in article.paragraphs:
        ax.axvline(100 * par.start / size, color="#dddddd", linestyle=":", linewidth=0.8)
    for row, (_, hits, colour) in enumerate(rows):
        ax.plot(list(hits), [row] * len(hits), "|", markersize=18, color=colour)
    ax.set_yticks(range(len(rows)), [f"{label} ({len(hits)})" for label, hits, _ in rows])
    ax.set_ylim(max(len(rows), 1) - 0.5, -0.5)  # (no rows: an empty chart, no warning)
    ax.set_xlim(0, 100)
    ax.set_xlabel("position in the article (%)")
    ax.set_title(title)
    return fig, ax


def top_words_chart(article: Article, *, top: int = 15, **options: Any) -> NewsFigure:
    """A horizontal bar chart of the most frequent words, the commonest on top.

    Args:
        article: the article.
        top: how many words to show.
        **options: passed on to :func:`newskit.word_frequencies` (``stopwords``,
            ``casefold``, ``stem``, ``numbers``, ``min_length``…).

    Returns:
        A :class:`NewsFigure` (a ``matplotlib.figure.Figure``).

    >>> from newskit.article import from_text
    >>> fig = top_words_chart(from_text("Aleppo ceasefire\\n\\nA ceasefire in Aleppo."), top=1)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['aleppo']
    """
    return frequency_chart(word_frequencies(article, top=top, **options))


def frequency_chart(table: pd.DataFrame) -> NewsFigure:
    """A horizontal bar chart of a frequency table, the first row on top.

    Args:
        table: a table with ``word`` and ``count`` columns, such as
            :func:`newskit.word_frequencies` returns.

    Returns:
        A :class:`NewsFigure` (a ``matplotlib.figure.Figure``).

    >>> import pandas as pd
    >>> fig = frequency_chart(pd.DataFrame({"word": ["strike", "port"], "count": [3, 1]}))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['port', 'strike']
    """
    fig, _ = _bar_chart(
        list(table["word"]),
        list(table["count"]),
        "#3b6ea5",
        unit="occurrences",
        title=f"Top {len(table)} words",
    )
    return fig


def dispersion_chart(
    article: Article, queries: Sequence[str], *, casefold: bool = True
) -> NewsFigure:
    """A dispersion plot: one row per word or phrase, a tick wherever it occurs.

    The x axis is the position in the article (0 % at the start of the text,
    100 % at the end); dotted lines mark paragraph starts.

    Args:
        article: the article.
        queries: words or phrases to locate.
        casefold: match regardless of case.

    Returns:
        A :class:`NewsFigure` (a ``matplotlib.figure.Figure``).

    >>> from newskit.article import from_text
    >>> a = from_text("Aleppo fell. Aleppo rose.", headline=False)
    >>> fig = dispersion_chart(a, ["Aleppo", "Syria"])
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Aleppo (2)', 'Syria (0)']
    """
    items = list(queries)
    table = dispersion(article, items, casefold=casefold)
    rows = [
        (query, list(table.loc[table["query"] == query, "position"] * 100), "#c0392b")
        for query in items
    ]
    fig, _ = _positions_chart(article, rows, "Where the words occur")
    return fig


def _legend(ax: Any, types: Sequence[str]) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=ENTITY_COLOURS[t], label=t) for t in ENTITY_COLOURS if t in types]
    if handles:
        ax.legend(handles=handles, loc="lower right", frameon=False)


def entity_chart(
    article: Article,
    *,
    types: Sequence[str] | str | None = None,
    top: int = 15,
    gazetteer: Gazetteer | None = None,
) -> NewsFigure:
    """A bar chart of the most mentioned entities, coloured by type.

    Args:
        article: the article.
        types: entity types to show (all by default).
        top: how many entities to show.
        gazetteer: names to use (the shipped ones by default).

    Returns:
        A :class:`NewsFigure` (a ``matplotlib.figure.Figure``).

    >>> from newskit.article import from_text
    >>> fig = entity_chart(from_text("Syria and Russia met in Syria.", headline=False))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Russia', 'Syria']
    """
    table = entity_frequencies(article, types=types, top=top, gazetteer=gazetteer)
    labels = [
        f"{name} ({kind})" if list(table["name"]).count(name) > 1 else name
        for name, kind in zip(table["name"], table["type"], strict=True)
    ]
    fig, ax = _bar_chart(
        labels,
        list(table["mentions"]),
        [ENTITY_COLOURS[t] for t in table["type"]],
        unit="mentions",
        title=f"Top {len(table)} entities",
    )
    _legend(ax, list(table["type"]))
    return fig


def entity_dispersion_chart(
    article: Article,
    *,
    types: Sequence[str] | str | None = None,
    top: int = 10,
    gazetteer: Gazetteer | None = None,
) -> NewsFigure:
    """Where each of the most mentioned entities appears through the article.

    One row per entity, a tick at each mention; the x axis is the position in
    the text (0 % at the start, 100 % at the end), dotted lines mark paragraphs.

    >>> from newskit.article import from_text
    >>> fig = entity_dispersion_chart(from_text("Syria and Russia met in Syria.", headline=False))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Syria (2)', 'Russia (1)']
    """
    table = entity_frequencies(article, types=types, top=top, gazetteer=gazetteer)
    found = {(e.name, e.type): e for e in entities(article, gazetteer=gazetteer)}
    rows = [found[(name, kind)] for name, kind in zip(table["name"], table["type"], strict=True)]
    size = max(len(article.text), 1)
    marks = [
        (e.name, [100 * m.start / size for m in e.mentions], ENTITY_COLOURS[e.type]) for e in rows
    ]
    fig, ax = _positions_chart(article, marks, "Where the entities appear")
    _legend(ax, [e.type for e in rows])
    return fig


_GENDER_COLOURS = {"female": "#d55e00", "male": "#0072b2", "unknown": UNATTRIBUTED_COLOUR}


def voice_chart(
    article: Article,
    *,
    by: VoiceGroup = "speaker",
    top: int = 10,
    gazetteer: Gazetteer | None = None,
) -> NewsFigure:
    """Share of voice: quoted words per speaker (or gender, speaker type, quote kind).

    Args:
        article: the article.
        by: ``"speaker"``, ``"gender"``, ``"speaker_type"`` or ``"kind"``.
        top: how many bars at most.
        gazetteer: names to use.

    Returns:
        A :class:`NewsFigure`; speakers in the colours of the highlighted article.

    >>> from newskit.article import from_text
    >>> a = from_text("“We won,” said Mrs Ruth Kay. “Fine,” said Mr Tom Ode.", headline=False)
    >>> [t.get_text() for t in voice_chart(a).axes[0].get_yticklabels()]
    ['Tom Ode', 'Ruth Kay']
    """
    table = voice_table(article, by=by, gazetteer=gazetteer).head(top)
    keys = list(table[by])
    labels = ["(no speaker)" if k is None else str(k) for k in keys]
    if by == "speaker":
        palette = speaker_colours(article, gazetteer=gazetteer)
        colours = [palette.get(k, UNATTRIBUTED_COLOUR) for k in keys]
    elif by == "gender":
        colours = [_GENDER_COLOURS.get(str(k), UNATTRIBUTED_COLOUR) for k in keys]
    else:
        colours = [SPEAKER_PALETTE[i % len(SPEAKER_PALETTE)] for i in range(len(keys))]
    total = int(table["words"].sum())
    fig, _ = _bar_chart(
        labels,
        list(table["words"]),
        colours,
        unit="quoted words",
        title=f"Who speaks: {total} quoted words" + ("" if by == "speaker" else f" by {by}"),
    )
    return fig


def quote_positions_chart(article: Article, *, gazetteer: Gazetteer | None = None) -> NewsFigure:
    """Where each speaker's quotes fall through the article: a row per speaker.

    >>> from newskit.article import from_text
    >>> a = from_text("“We won,” said Mrs Ruth Kay. “Yes,” she said.", headline=False)
    >>> [t.get_text() for t in quote_positions_chart(a).axes[0].get_yticklabels()]
    ['Ruth Kay (2)']
    """
    palette = speaker_colours(article, gazetteer=gazetteer)
    size = max(len(article.text), 1)
    spoken = [q for q in quotes(article, gazetteer=gazetteer) if q.kind != "title"]
    rows = [
        (
            "(no speaker)" if name is None else name,
            [100 * q.start / size for q in spoken if q.speaker == name],
            colour,
        )
        for name, colour in palette.items()
    ]
    fig, _ = _positions_chart(article, rows, "Where the quotes fall")
    return fig


def sentence_lengths_chart(article: Article) -> NewsFigure:
    """Words per sentence through the article, a bar per sentence; a line at the mean.

    Bars alternate in shade with the paragraph they belong to, so long paragraphs
    and runs of long sentences show.

    >>> from newskit.article import from_text
    >>> fig = sentence_lengths_chart(from_text("A storm hit. It rained all day.", headline=False))
    >>> [int(p.get_height()) for p in fig.axes[0].patches], fig.axes[0].get_title()
    ([3, 4], '2 sentences, 3.5 words on average')
    """
    table = sentence_stats(article)
    fig = _figure(7.5, 2.6)
    ax = fig.add_subplot()
    words = [int(n) for n in table["words"]]
    shades = ["#3b6ea5" if int(p) % 2 else "#8fb0d3" for p in table["paragraph"]]
    ax.bar(range(1, len(words) + 1), words, color=shades, width=0.8)
    if words:
        mean = sum(words) / len(words)
        ax.axhline(mean, color="#c0392b", linewidth=1, linestyle="--")
        ax.set_title(f"{len(words)} sentences, {mean:.1f} words on average")
    else:
        ax.set_title("No sentences")
    ax.set_xlabel("sentence (shade changes with the paragraph)")
    ax.set_ylabel("words")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


_TYPE_COLOURS = {
    "person": "#0072b2",
    "organisation": "#e69f00",
    "place": "#009e73",
    "group": "#cc79a7",
    "unknown": UNATTRIBUTED_COLOUR,
}


def comparison_chart(
    table: pd.DataFrame, *, by: Literal["gender", "speaker_type"] = "gender"
) -> NewsFigure:
    """Whose voices each article quotes: a stacked bar per article, 100 % of its quoted words.

    Args:
        table: a table from :func:`newskit.compare.comparison_table`.
        by: ``"gender"`` or ``"speaker_type"``.

    Returns:
        A :class:`NewsFigure`; each bar is labelled with the article and the
        share of its words that are quoted.

    Raises:
        ValueError: ``by`` is neither.

    >>> import newskit as nk
    >>> from newskit.compare import comparison_table
    >>> t = comparison_table([nk.from_text("“Yes,” said Mr Tom Ode.", id="a")])
    >>> fig = comparison_chart(t)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['a (20% quoted)']
    >>> [round(p.get_width()) for p in fig.axes[0].patches]
    [0, 100, 0]
    """
    from newskit.compare import COMPARISON_GENDERS, COMPARISON_TYPES, share_column

    if by not in ("gender", "speaker_type"):
        raise ValueError(f"by must be 'gender' or 'speaker_type'; got {by!r}")
    groups = COMPARISON_GENDERS if by == "gender" else COMPARISON_TYPES
    colours = _GENDER_COLOURS if by == "gender" else _TYPE_COLOURS
    labels = [
        f"{name} ({share:.0%} quoted)" if share == share else f"{name} (no words)"
        for name, share in zip(table["article"], table["quoted_share"], strict=True)
    ]
    fig = _figure(7.5, 0.45 * max(len(labels), 2) + 1.4)
    ax = fig.add_subplot()
    rows = list(range(len(labels)))
    left = [0.0] * len(labels)
    for group in groups:
        values = [0.0 if v != v else 100 * float(v) for v in table[share_column(group, by)]]
        ax.barh(rows, values, left=left, color=colours[group], label=group)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(rows, labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the article's quoted words (%)")
    ax.set_title("Whose voices: " + ("gender" if by == "gender" else "speaker type"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=len(groups), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
