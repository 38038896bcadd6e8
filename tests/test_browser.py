"""The notebooks in a real browser: JupyterLab and Voila, driven by headless Chromium.

The test starts JupyterLab on 127.0.0.1 (a free port, a random token) over a
temporary copy of ``notebooks/`` and ``data/`` (Lab's autosave rewrites the files
it opens), opens each notebook, waits for the kernel, runs all cells, changes one
widget and checks that what the reader sees changed and that no widget or cell
failed. Screenshots go to a temporary folder; with ``NEWSKIT_SCREENSHOTS=1`` the
quotes and entities ones are also copied to ``docs/`` (the README shows them).

It needs Debian's Chromium (``/usr/bin/chromium``; ``.ci/run`` installs it) and
the ``playwright`` package (never ``playwright install``: no browser download).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
README_SHOTS = {"03_entities.ipynb": "entities.png", "04_quotes.ipynb": "quotes.png"}

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="no /usr/bin/chromium: install it with `apt-get install -y chromium` (.ci/run does)",
    ),
    pytest.mark.skipif(
        sync_playwright is None,
        reason="playwright is not installed: pip install -e '.[browser]'",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _local() -> urllib.request.OpenerDirector:
    # never through a proxy: the server is on this machine
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _get(url: str, timeout: float = 60) -> str:
    with _local().open(url, timeout=timeout) as response:
        return str(response.read().decode("utf-8"))


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _start(
    command: list[str], ready: Callable[[], bool], log: Path, cwd: Path
) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{command[2]} stopped: {log.read_text()[-2000:]}")
        try:
            if ready():
                return process
        except OSError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{command[2]} did not answer within 90 s: {log.read_text()[-2000:]}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass(frozen=True)
class Lab:
    url: str
    token: str
    folder: Path
    shots: Path


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    work = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", work / "notebooks")
    shutil.copytree(ROOT / "data", work / "data")
    settings = work / ".settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # no "Would you like to get notified about official Jupyter news?" over the page
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    port, token = _free_port(), secrets.token_hex(16)
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={work}",
        f"--LabApp.user_settings_dir={work / '.settings'}",
        f"--LabApp.workspaces_dir={work / '.workspaces'}",
        "--LabApp.extension_manager=readonly",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--allow-root",
    ]
    url = f"http://127.0.0.1:{port}"
    status = f"{url}/api/status?token={token}"
    process = _start(command, lambda: bool(_get(status, timeout=5)), work / "lab.log", work)
    shots = tmp_path_factory.mktemp("screenshots")
    try:
        yield Lab(url, token, work, shots)
    finally:
        _stop(process)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert sync_playwright is not None
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _control(page: Any, kind: str, label: str) -> Any:
    """The input of the ipywidget of ``kind`` (dropdown, text…) whose description is ``label``."""
    return page.locator(f".widget-{kind}:has(> label:text-is('{label}'))")


def _type(box: Any, text: str) -> None:
    """Type into a text box and press Enter (the widgets update on Enter)."""
    box.fill(text)
    box.press("Enter")


@dataclass(frozen=True)
class Step:
    """One widget change: what to do, what to watch, what it should show afterwards."""

    what: str
    act: Callable[[Any], None]
    watch: Callable[[Any], Any]
    read: str  # "text" or "src"
    expect: str  # a piece of text the watched element shows afterwards ("" for an image)


STEPS = {
    "01_article_at_a_glance.ipynb": Step(
        "pick another article",
        lambda page: (
            _control(page, "dropdown", "Article")
            .locator("select")
            .first.select_option(label="us-city-council-transit-vote")
        ),
        lambda page: page.locator(".jupyter-widgets h3").first,
        "text",
        "Larkport Council Approves",
    ),
    "02_words.ipynb": Step(
        "search for a word in context",
        lambda page: _type(_control(page, "text", "Search").locator("input").first, "Aleppo"),
        lambda page: page.locator(".newskit-kwic").first.locator(".."),
        "text",
        "2 occurrences",
    ),
    "03_entities.ipynb": Step(
        "switch places (GPE) off",
        lambda page: page.locator("button.widget-toggle-button:text-is('GPE')").first.click(),
        lambda page: page.locator("table.newskit-table").first,
        "text",
        "Bashar al-Assad",
    ),
    "04_quotes.ipynb": Step(
        "show one speaker's quotes",
        lambda page: (
            _control(page, "dropdown", "Speaker")
            .locator("select")
            .first.select_option(label="Russia")
        ),
        lambda page: (
            _control(page, "dropdown", "Speaker").locator("xpath=../following-sibling::*[1]").first
        ),
        "text",
        "goodwill",
    ),
    "05_compare_articles.ipynb": Step(
        "voices by speaker type",
        lambda page: page.locator("button:text-is('speaker type')").first.click(),
        lambda page: page.locator(".widget-image").last,
        "src",
        "",
    ),
}


def _snapshot(element: Any, read: str, *, scroll: bool = False) -> str:
    """What the reader sees of an element: its text, or its picture's address."""
    from playwright.sync_api import Error

    try:
        if scroll:
            element.scroll_into_view_if_needed(timeout=5_000)
        if read == "src":
            return str(element.get_attribute("src", timeout=1_000))
        return str(element.text_content(timeout=1_000))
    except Error:  # replaced while being read: read it again
        return ""


def _problems(page: Any) -> list[str]:
    found = []
    if page.get_by_text("Error displaying widget").count():
        found.append("Error displaying widget")
    errors = page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'],"
        " .jp-OutputArea-output.jp-mod-error"
    )
    found += [text[:300] for text in errors.all_inner_texts()]
    return found


ALL_RAN = """(n) => {
    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
    return prompts.length === n
        && prompts.every(p => /\\[\\d+\\]/.test(p.textContent))
        && document.querySelector(".jp-Notebook-ExecutionIndicator[data-status='idle']") !== null;
}"""
STARTED = """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
    .some(p => /\\[(\\d+|\\*)\\]/.test(p.textContent))"""


def _state(page: Any) -> str:
    """What the notebook shows while it runs: for a failure message."""
    prompts = [t.strip() for t in page.locator(".jp-CodeCell .jp-InputPrompt").all_text_contents()]
    status = page.locator(".jp-Notebook-ExecutionIndicator").first.get_attribute("data-status")
    dialogs = page.locator(".jp-Dialog").all_inner_texts()
    return f"prompts {prompts}, kernel {status}, dialogs {dialogs}"


def _code_cells(notebook: Path) -> int:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return sum(cell["cell_type"] == "code" for cell in cells)


def _run_all(page: Any, code_cells: int) -> None:
    """Run All Cells and wait until every code cell has run and the kernel is idle again.

    A menu click made while Lab is still settling can be lost (then nothing starts):
    the command is given again, up to three times, when no cell has started after 20 s.
    """
    from playwright.sync_api import TimeoutError as Timeout

    for _ in range(3):
        page.click("li.lm-MenuBar-item:has-text('Run')")
        page.click("li.lm-Menu-item:has-text('Run All Cells')")
        try:
            page.wait_for_function(STARTED, timeout=20_000, polling=100)
            break
        except Timeout:
            page.keyboard.press("Escape")
    try:
        page.wait_for_function(ALL_RAN, arg=code_cells, timeout=180_000, polling=100)
    except Timeout:
        pytest.fail(f"{code_cells} cells did not all run within 180 s: {_state(page)}")


def _shut_kernels(lab: Lab) -> None:
    """Shut down every kernel the test started: the next notebook gets the cores to itself."""
    for kernel in json.loads(_get(f"{lab.url}/api/kernels?token={lab.token}")):
        request = urllib.request.Request(
            f"{lab.url}/api/kernels/{kernel['id']}?token={lab.token}", method="DELETE"
        )
        with _local().open(request, timeout=30):
            pass


def test_notebooks_are_all_in_the_table() -> None:
    assert sorted(STEPS) == sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("name", sorted(STEPS))
def test_notebook_in_jupyterlab(
    name: str, lab: Lab, browser: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    step = STEPS[name]
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    try:
        started = time.perf_counter()
        # a workspace of its own, reset: only this notebook open
        space = name.split("_")[0]
        page.goto(
            f"{lab.url}/lab/workspaces/nb{space}/tree/notebooks/{name}?reset&token={lab.token}"
        )
        # Run All before the kernel is ready silently runs nothing: wait for it.
        page.wait_for_selector(
            ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000
        )
        page.keyboard.press("Control+b")  # hide the file browser: more room for the notebook
        # clear the stored outputs first, so what is checked below is what this run showed
        page.click("li.lm-MenuBar-item:has-text('Edit')")
        page.click("li.lm-Menu-item:has-text('Clear Outputs of All Cells')")
        assert page.locator(".jupyter-widgets").count() == 0
        # the count comes from the file: Lab may not have drawn every cell yet
        code_cells = _code_cells(ROOT / "notebooks" / name)
        prompts = page.locator(".jp-CodeCell .jp-InputPrompt")
        _run_all(page, code_cells)
        assert prompts.count() == code_cells, prompts.all_text_contents()
        ran = time.perf_counter() - started
        page.wait_for_selector(".jupyter-widgets", timeout=30_000)
        assert page.locator(".jupyter-widgets").count() >= 3
        assert _problems(page) == []

        watched = step.watch(page)
        before = _snapshot(watched, step.read, scroll=True)
        assert before
        clicked = time.perf_counter()
        step.act(page)
        deadline = clicked + 30
        after = before
        while after in (before, "") and time.perf_counter() < deadline:
            page.wait_for_timeout(10)
            after = _snapshot(step.watch(page), step.read)
        updated = time.perf_counter() - clicked
        assert after != before, f"{name}: nothing changed after: {step.what}"
        assert step.expect in after
        assert _problems(page) == []

        page.wait_for_selector(  # the other views finish updating too
            ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=30_000
        )
        shot = lab.shots / name.replace(".ipynb", ".png")
        page.screenshot(path=str(shot))
        assert shot.read_bytes()[:4] == b"\x89PNG"
        if os.environ.get("NEWSKIT_SCREENSHOTS") == "1" and name in README_SHOTS:
            shutil.copy(shot, ROOT / "docs" / README_SHOTS[name])
        with capsys.disabled():
            print(
                f"\n[browser] {name}: opened and ran in {ran:.1f} s; "
                f"{step.what}: updated in {updated * 1000:.0f} ms; screenshot {shot}"
            )
    finally:
        page.close()
        _shut_kernels(lab)


def test_quotes_notebook_as_a_voila_dashboard(
    tmp_path: Path, browser: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "voila",
        "notebooks/04_quotes.ipynb",
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
    ]
    started = time.perf_counter()
    process = _start(command, lambda: _listening(port), tmp_path / "voila.log", ROOT)
    try:
        page_html = _get(f"http://127.0.0.1:{port}/", timeout=120)
        assert "There was an error when executing cell" not in page_html
        assert page_html.count("application/vnd.jupyter.widget-view+json") == 5
        assert "Asma al-Assad" in page_html  # the stored tables, executed again
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        try:
            page.goto(f"http://127.0.0.1:{port}/")
            speaker = _control(page, "dropdown", "Speaker").locator("select").first
            speaker.wait_for(timeout=60_000)
            options = [o.replace("\xa0", " ") for o in speaker.locator("option").all_inner_texts()]
            assert options == ["(all)", "Asma al-Assad", "United States", "Russia", "Dmitry Peskov"]
            assert "There was an error when executing cell" not in page.content()
            assert page.get_by_text("Error displaying widget").count() == 0
            page.screenshot(path=str(tmp_path / "voila.png"))
        finally:
            page.close()
        with capsys.disabled():
            took = time.perf_counter() - started
            print(f"\n[browser] voila 04_quotes.ipynb: served and rendered in {took:.1f} s")
    finally:
        _stop(process)


# --- hostile text: every HTML view, in the browser ------------------------------------------

HOSTILE = (
    "<script>window.pwned = 'headline'</script> Port <b>strike</b> ends\n\n"
    "‘We are <img src=x onerror=\"window.pwned = 'img'\">back,’ said Ms Ana Ruiz of "
    "<a href=\"javascript:window.pwned = 'link'\">Acme Shipping</a>. "
    "The union said: “<svg onload=\"window.pwned = 'svg'\"></svg>We won.”\n\n"
    "<a title=\"‘quoted’ it\" href='javascript:alert(1)'>Mr Tom Ode</a> called it "
    "‘a <iframe src=\"javascript:window.pwned = 'frame'\"></iframe> stunt’, "
    "according to <style>body{display:none}</style>Reuters."
)
SHOWN = ["<script>window.pwned = 'headline'</script>", '<img src=x onerror="window.pwned']


def _html_views(article: Any) -> dict[str, str]:
    """Every HTML view newskit makes of an article: highlights, tables and widget panes."""
    import dataclasses

    import ipywidgets as w
    import pandas as pd

    import newskit as nk
    from newskit import widgets

    views = {
        "highlight": nk.highlight(article)._repr_html_(),
        "highlight, entities": nk.highlight(article, entities=True)._repr_html_(),
    }
    for name in (
        "quote_table",
        "speaker_table",
        "indirect_table",
        "entity_frequencies",
        "entity_mentions",
        "entity_cooccurrence",
        "word_frequencies",
        "overview_table",
    ):
        frame = getattr(nk, name)(article)
        assert isinstance(frame, pd.DataFrame)
        views[f"{name} (as Jupyter shows it)"] = frame._repr_html_()

    def panes(widget: Any, label: str) -> None:
        if isinstance(widget, w.HTML):
            views[label] = widget.value
        for child in getattr(widget, "children", ()):
            panes(child, label + "/" + type(child).__name__)

    explorers = {
        "glance": widgets.glance(article),
        "words": widgets.word_explorer(article),
        "entities": widgets.entity_explorer(article),
        "quotes": widgets.quote_explorer(article),
    }
    explorers["words"].query.value = "<script> onerror"
    for name, explorer in explorers.items():
        for field in dataclasses.fields(explorer):
            panes(getattr(explorer, field.name), f"{name}.{field.name}")
    return views  # fmt: skip


def test_hostile_text_is_shown_and_never_run(browser: Any) -> None:
    import json

    import newskit as nk

    views = _html_views(nk.from_text(HOSTILE))
    assert len(views) > 20
    # each view parsed as a page would parse it, and inserted as innerHTML, as ipywidgets does
    body = "".join(
        f'<section data-view="{i}">{html}</section>' for i, html in enumerate(views.values())
    )
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.set_content(f"<!doctype html><html><body>{body}<div id=inner></div></body></html>")
        page.evaluate(
            "views => { for (const v of views) { const d = document.createElement('div');"
            " d.innerHTML = v; document.getElementById('inner').appendChild(d); } }",
            list(views.values()),
        )
        page.wait_for_timeout(500)  # time for an onerror or onload to fire
        assert page.evaluate("window.pwned === undefined") and dialogs == []
        found = page.evaluate(
            "() => ({scripts: document.scripts.length,"
            " handlers: [...document.querySelectorAll('*')].filter(e =>"
            "   [...e.attributes].some(a => a.name.startsWith('on'))).length,"
            " links: document.querySelectorAll("
            "   'a[href^=\"javascript\" i], iframe, svg, img').length,"
            " styles: [...document.querySelectorAll('style')].filter(s =>"
            "   s.textContent.includes('display:none')).length,"
            " hidden: getComputedStyle(document.body).display})"
        )
        assert found == {"scripts": 0, "handlers": 0, "links": 0, "styles": 0, "hidden": "block"}
        text = page.inner_text("body")
        for literal in SHOWN:  # the markup is there for the reader to see, as text
            assert literal in text, json.dumps(literal)
    finally:
        page.close()
