"""The article as HTML, with quotes highlighted in their speaker's colour and entities marked.

Everything taken from the article (its text, speakers' names, cues) is escaped,
so an article holding ``<script>`` shows the characters and runs nothing. The
colours are those of the charts (:data:`newskit.voices.SPEAKER_PALETTE`).

>>> import newskit as nk
>>> page = highlight(nk.from_text("Vote\\n\\n“We won,” said Mrs Ruth Kay <b>today</b>."))
>>> "&lt;b&gt;today&lt;/b&gt;" in page.html, 'title="Ruth Kay (said)"' in page.html
(True, True)
"""

from __future__ import annotations

import html as _html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newskit.entities import ENTITY_COLOURS, mentions
from newskit.quotes import quotes
from newskit.voices import speaker_colours

if TYPE_CHECKING:
    from newskit.article import Article
    from newskit.gazetteer import Gazetteer

__all__ = ["HighlightedArticle", "highlight"]

_STYLE = (
    "<style>.nk-article{font-family:Georgia,serif;line-height:1.55;max-width:46em}"
    ".nk-article mark{padding:0 .1em;border-radius:.2em;color:inherit}"
    ".nk-article .nk-entity{border-bottom:2px solid var(--nk-colour)}"
    ".nk-legend span{display:inline-block;margin-right:1em;font-family:sans-serif;"
    "font-size:.85em}</style>"
)


@dataclass(frozen=True)
class HighlightedArticle:
    """An article rendered as HTML; shows itself in Jupyter.

    Attributes:
        html: the HTML (a ``<div>`` with its own small stylesheet).

    >>> HighlightedArticle("<div></div>")._repr_html_()
    '<div></div>'
    """

    html: str

    def _repr_html_(self) -> str:
        return self.html


def _escape(text: str) -> str:
    return _html.escape(text, quote=True)


def highlight(
    article: Article,
    *,
    quotes_by_speaker: bool = True,
    entities: bool = False,
    gazetteer: Gazetteer | None = None,
) -> HighlightedArticle:
    """The article as HTML with each quote in its speaker's colour (and entities, if asked).

    Args:
        article: the article.
        quotes_by_speaker: highlight direct quotes, one colour per speaker, with
            the speaker and cue shown on hover; a legend lists the speakers.
        entities: underline entity mentions in their type's colour.
        gazetteer: names to use.

    Returns:
        A :class:`HighlightedArticle`; ``.html`` is the markup.

    >>> import newskit as nk
    >>> a = nk.from_text("Russia says ‘goodwill’ is behind it.", headline=False)
    >>> '<mark style="background:#0072b233" title="Russia (says)">goodwill</mark>' in (
    ...     highlight(a).html)
    True
    """
    text = article.text
    # (start, end, opening tag, closing tag), outer spans before inner ones at a start.
    tags: list[tuple[int, int, str, str]] = []
    legend: list[str] = []
    if quotes_by_speaker:
        colours = speaker_colours(article, gazetteer=gazetteer)
        for q in quotes(article, gazetteer=gazetteer):
            if q.kind == "title":
                colour, label = "#bbbbbb", "title or term"
            else:
                colour = colours.get(q.speaker, "#999999")
                label = f"{q.speaker or 'no speaker found'} ({q.cue or 'no cue'})"
            opening = f'<mark style="background:{colour}33" title="{_escape(label)}">'
            tags += [(p.start, p.end, opening, "</mark>") for p in q.parts]
        legend = [
            f'<span style="border-bottom:4px solid {colour}">'
            f"{_escape(name or 'no speaker found')}</span>"
            for name, colour in colours.items()
        ]
    if entities:
        quoted = sorted((s, e) for s, e, _, _ in tags)
        for m in mentions(article, gazetteer=gazetteer):
            if any(
                s < m.end and m.start < e and not (s <= m.start and m.end <= e) for s, e in quoted
            ):
                continue  # crosses a quote mark: leave it plain rather than break the nesting
            colour = ENTITY_COLOURS.get(m.type, "#999999")
            title = _escape(f"{m.entity} ({m.type})")
            tags.append(
                (
                    m.start,
                    m.end,
                    f'<span class="nk-entity" style="--nk-colour:{colour}" title="{title}">',
                    "</span>",
                )
            )
    tags.sort(key=lambda t: (t[0], -t[1]))
    units = [(article.headline, "h3")] if article.headline else []
    units += [(p, "p") for p in article.paragraphs]
    blocks = [_STYLE, '<div class="nk-article">']
    if legend:
        blocks.append('<div class="nk-legend">' + "".join(legend) + "</div>")
    for unit, element in units:
        inside = [t for t in tags if unit.start <= t[0] and t[1] <= unit.end]
        blocks.append(f"<{element}>{_marked(text, unit.start, unit.end, inside)}</{element}>")
    blocks.append("</div>")
    return HighlightedArticle("".join(blocks))


def _marked(text: str, start: int, end: int, tags: list[tuple[int, int, str, str]]) -> str:
    """The escaped text of ``text[start:end]`` with the (properly nested) tags put in."""
    out: list[str] = []
    open_ends: list[tuple[int, str]] = []
    position = start
    for tag_start, tag_end, opening, closing in tags:
        while open_ends and open_ends[-1][0] <= tag_start:
            close_at, close_tag = open_ends.pop()
            out += [_escape(text[position:close_at]), close_tag]
            position = close_at
        if open_ends and tag_end > open_ends[-1][0]:
            continue  # would overlap the span it starts in: skip it
        out += [_escape(text[position:tag_start]), opening]
        position = tag_start
        open_ends.append((tag_end, closing))
    while open_ends:
        close_at, close_tag = open_ends.pop()
        out += [_escape(text[position:close_at]), close_tag]
        position = close_at
    out.append(_escape(text[position:end]))
    return "".join(out).replace("\n", "<br>")
