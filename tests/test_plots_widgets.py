"""Charts are Figures (never shown); widgets update their views when controls change."""

from __future__ import annotations

import subprocess
import sys

import newskit as nk
from newskit.plots import dispersion_chart, figure_png, top_words_chart
from newskit.widgets import glance


def test_top_words_chart(seed: nk.Article) -> None:
    fig = top_words_chart(seed, top=4)
    ax = fig.axes[0]
    # bars are drawn bottom-up, so the commonest word is the top bar
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "president",
        "children",
        "al-assad",
        "syria",
    ]
    assert [int(p.get_width()) for p in ax.patches] == [4, 4, 7, 8]
    assert ax.get_title() == "Top 4 words"
    stopwords_kept = top_words_chart(seed, top=1, stopwords=False)
    assert [t.get_text() for t in stopwords_kept.axes[0].get_yticklabels()] == ["the"]


def test_dispersion_chart(seed: nk.Article) -> None:
    fig = dispersion_chart(seed, ["Syria", "Kremlin", "Moscow"])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Syria (8)",
        "Kremlin (1)",
        "Moscow (0)",
    ]
    hits = ax.lines[-3:]
    assert [len(line.get_xdata()) for line in hits] == [8, 1, 0]
    assert all(0 <= x <= 100 for x in hits[0].get_xdata())
    assert len(ax.lines) == len(seed.paragraphs) + 3  # a dotted line per paragraph start


def test_charts_do_not_use_pyplot() -> None:
    code = (
        "import sys, newskit as nk\n"
        "from newskit.plots import top_words_chart\n"
        "fig = top_words_chart(nk.from_text('A storm. A storm.'))\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_glance_widget_reacts_to_its_controls(seed: nk.Article) -> None:
    view = glance(seed, top=3)
    assert "Assad’s wife claims" in view.header.value
    table = view.words_table.value
    assert table.count("</tr>") == 4  # header + 3 words
    assert "syria" in table and "president" not in table
    chart = view.chart.value
    assert chart[:4] == b"\x89PNG"
    view.top.value = 5
    assert view.words_table.value.count("</tr>") == 6
    assert "president" in view.words_table.value
    assert view.chart.value != chart
    view.stopwords.value = False
    assert "<td>the</td>" in view.words_table.value


def test_glance_escapes_html() -> None:
    view = glance(nk.from_text("<script>alert(1)</script> & co\n\n<b>bold</b> claims."))
    assert "<script>" not in view.header.value
    assert "&lt;script&gt;" in view.header.value
    assert "<b>" not in view.words_table.value


def test_glance_on_an_empty_article(empty: nk.Article) -> None:
    view = glance(empty)
    assert "(no headline)" in view.header.value
    assert view.words_table.value == '<p class="newskit-empty"><em>no words</em></p>'
    assert figure_png(top_words_chart(empty))[:4] == b"\x89PNG"
