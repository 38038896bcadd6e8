"""Scale: time and memory on very long articles, and adversarial input for the regexes.

Three parts, each run in fresh subprocesses so that one measurement cannot
inherit another's caches or memory:

* scaling: articles of 1, 5 and 20 MB of UTF-8 text, built from the sample
  articles in ``data/articles`` (every body paragraph of all four, in order, over
  and over; each pass renames the invented people and shifts the numbers, so no
  paragraph is repeated word for word). For each size, the analysis a user runs
  is timed stage by stage and in total: ``from_text``, ``word_frequencies``,
  ``entity_frequencies``, ``quote_table`` and ``quote_stats``, in that order, with
  each round in a fresh process and the sizes taken in turn (so later stages
  reuse what earlier ones computed, as they do for a user, but no round reuses
  an earlier round). Prints seconds, MB/s and "x linear": (time / time of the
  smallest size) / (bytes / bytes of the smallest size); target <= 1.2.
* memory: the peak resident memory the whole pipeline adds on top of the
  interpreter, the imports and the text itself, for each size (its first
  round), as a multiple of the text's UTF-8 size; target under 20x on the
  largest size. ``--tracemalloc`` adds tracemalloc's peak (a slower extra round).
* adversarial input, about 1 MB each: runs of each quote mark, alternating
  marks, marks with spaces, capitalised words with no punctuation, "Mr. Mr.",
  runs of dots, one long line with no spaces, "Al-Al-", apostrophes between
  letters, digits, very long words, URLs, colons, newlines, emoji, right-to-left
  text, zero-width characters and a few quote structures. Each runs the whole
  pipeline and prints its time per MB against the normal article of the same
  size ("x normal"); over 3x is flagged SLOW, a case that does not finish
  within ``--timeout`` seconds TIMEOUT, and one whose peak memory per MB is over
  3x the normal article's, or that runs out of ``--memory-limit``, MEM. For a
  flagged case, "growth" is its time per MB at this size over that at a quarter
  of the size: about 1 is linear, about 4 quadratic.

Time is printed, never asserted. Run:
``python benchmarks/bench_scale.py [--quick] [--sizes 1,5,20] [--adversarial-mb 1]``;
``--profile CASE`` runs one adversarial case (or ``article``) under cProfile and
prints where the time goes; ``--list`` names the cases.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import inspect
import io
import json
import pstats
import re
import resource
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newskit as nk

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000  # bytes of UTF-8 text
STAGES = ("from_text", "word_frequencies", "entity_frequencies", "quote_table", "quote_stats")
SLOW = 3.0  # flag an adversarial case over this many times the normal time per MB
LINEAR_TARGET = 1.2
MEMORY_TARGET = 20.0

# The invented people of the sample articles (real people such as the al-Assads are
# left alone), renamed on each pass through the samples from this invented pool.
SURNAMES = (
    "Fairley Pryce Marsh Nandra Chen Dobbins Okafor Delgado Ruehl Whitcomb Porter "
    "Jansen Bakker Whitfield"
).split()
POOL = (
    "Abernethy Brandt Castillo Dunmore Eriksen Ferreira Galloway Hartmann Ishikawa "
    "Jovanovic Kessler Lindqvist Moreau Nakamura Oyelaran Petrakis Quinlan Rasmussen "
    "Szabo Thorne Underwood Valdez Wojcik Yilmaz Zeller"
).split()
_SURNAME = re.compile(r"\b(" + "|".join(SURNAMES) + r")\b")
_DIGITS = re.compile(r"\d+")


# --- building the input --------------------------------------------------------------


def sample_paragraphs() -> list[str]:
    """Every body paragraph of every sample article, article by article, in order."""
    return [p.text for a in nk.load_all(ROOT / "data" / "articles") for p in a.paragraphs]


def _varied(paragraph: str, n: int) -> str:
    """Pass ``n`` of a paragraph: invented people renamed, every number shifted by ``n``."""
    if n == 0:
        return paragraph
    names = {s: POOL[(i * 7 + n) % len(POOL)] for i, s in enumerate(SURNAMES)}
    renamed = _SURNAME.sub(lambda m: names[m.group()], paragraph)
    return _DIGITS.sub(
        lambda m: str((int(m.group()) + n) % 10 ** len(m.group())).zfill(len(m.group())),
        renamed,
    )


def long_article(megabytes: float) -> str:
    """A headline and sample paragraphs until the text has ``megabytes`` MB of UTF-8."""
    target = int(megabytes * MB)
    paragraphs = sample_paragraphs()
    parts = ["Long read: a very long article for the scale benchmark"]
    size = len(parts[0].encode())
    n = 0
    while size < target:
        for paragraph in paragraphs:
            text = _varied(paragraph, n)
            parts.append(text)
            size += len(text.encode()) + 2
            if size >= target:
                break
        n += 1
    return "\n\n".join(parts)


def _repeat(unit: str, megabytes: float) -> str:
    """Whole copies of ``unit`` making about ``megabytes`` MB of UTF-8."""
    return unit * max(1, round(megabytes * MB / len(unit.encode())))


# Each case: (name, what it is, the unit repeated). Characters outside ruff's allowed
# confusables are written as escapes.
ADVERSARIAL: list[tuple[str, str, str]] = [
    ("run-straight-double", 'a run of "', '"'),
    ("run-left-double", "a run of “", "“"),
    ("run-right-double", "a run of ”", "”"),
    ("run-left-single", "a run of ‘", "‘"),
    ("run-right-single", "a run of ’", "’"),
    ("run-left-guillemet", "a run of \u00ab", "\u00ab"),
    ("run-right-guillemet", "a run of \u00bb", "\u00bb"),
    ("run-backtick", "a run of `", "`"),
    ("run-straight-single", "a run of '", "'"),
    ("alt-curly-double", "“” alternating", "“”"),
    ("alt-curly-single", "‘’ alternating", "‘’"),
    ("alt-guillemets", "\u00ab\u00bb alternating", "\u00ab\u00bb"),
    ("alt-straight", "\"' alternating", "\"'"),
    ("alt-all-marks", "every mark in turn", "\"“”‘’\u00ab\u00bb`'"),
    ("spaced-straight-double", '" " " ...', '" '),
    ("spaced-curly-double", "“ ” “ ” ...", "“ ” "),
    ("spaced-straight-single", "' ' ' ...", "' "),
    ("spaced-curly-single", "‘ ’ ‘ ’ ...", "‘ ’ "),
    ("spaced-guillemets", "\u00ab \u00bb ...", "\u00ab \u00bb "),
    (
        "capital-letters",
        "A B C ... Z, no punctuation",
        " ".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + " ",
    ),
    ("capital-words", "name-like capitalised words", "Anna Berg Carl Dahl Erik Falk Gina Holm "),
    ("capital-org", "organisation-like words", "The National Union Of Port Workers Council "),
    ("mr-dot", "Mr. Mr. Mr. ...", "Mr. "),
    ("abbreviations", "Dr. Gov. Sen. Jan. ...", "Dr. Gov. Sen. Jan. St. "),
    ("run-dots", "......", "."),
    ("spaced-dots", "... ... ...", "... "),
    ("run-ellipsis", "……", "…"),
    ("no-spaces", "one line, no spaces", "abcdefghij"),
    ("al-hyphen", "Al-Al-Al-", "Al-"),
    ("apostrophe-straight", "a'a'a'", "a'"),
    ("apostrophe-curly", "a’a’a’", "a’"),
    ("possessives", "O’Neill’s ...", "O’Neill’s "),
    ("digits", "1234567890 with no spaces", "1234567890"),
    ("numbers", "12,500.75 ...", "12,500.75 "),
    ("long-words", "words of 10,000 letters", "x" * 10_000 + " "),
    (
        "urls",
        "URLs with paths and queries",
        "https://www.example.com/news/2024/01/14/a-story?ref=home&id=12345 ",
    ),
    ("long-url", "one endless URL", "https://example.com/" + "a/" * 50),
    ("run-colons", "::::::", ":"),
    ("colon-leads", "She said: She said: ...", "She said: "),
    ("run-newlines", "\\n\\n\\n...", "\n"),
    ("run-crlf", "\\r\\n\\r\\n...", "\r\n"),
    ("tiny-paragraphs", "x\\n\\nx\\n\\n... (many paragraphs)", "x\n\n"),
    ("emoji", "emoji, no spaces", "\U0001f600"),
    ("emoji-zwj", "ZWJ emoji sequences with spaces", "\U0001f469\u200d\U0001f469\u200d\U0001f467 "),
    (
        "arabic",
        "Arabic words",
        "\u0642\u0627\u0644\u062a \u0627\u0644\u0648\u0632\u064a\u0631\u0629 ",
    ),
    (
        "hebrew-rlm",
        "Hebrew with RLM marks",
        "\u05d0\u05de\u05e8\u05d4\u200f \u05d4\u05e9\u05e8\u05d4\u200f ",
    ),
    ("zero-width-space", "a\\u200b between letters", "a\u200b"),
    ("zero-width-only", "\\u200b\\u200d\\ufeff only", "\u200b\u200d\ufeff"),
    ("zwj-words", "word\\u200d with spaces", "Word\u200d "),
    ("unclosed-opens", "“He said “He said ... (never closed)", "“He said "),
    ("tiny-quotes", "“Yes,” said Mr Smith. ...", "“Yes,” said Mr Smith. "),
    ("said-runs", "he said. he said. ...", "he said. "),
]
CASES = {name: (label, unit) for name, label, unit in ADVERSARIAL}


def build(spec: dict[str, Any]) -> str:
    """The text a child process works on."""
    if spec["case"] == "article":
        return long_article(spec["mb"])
    unit = CASES[spec["case"]][1]
    return _repeat(unit, spec["line_mb"] if spec["case"] == "no-spaces" else spec["mb"])


# --- measuring ----------------------------------------------------------------------


def clear_article_caches() -> None:
    """Clear every newskit cache keyed on an article (not Punkt, gazetteer or word forms)."""
    for name, module in list(sys.modules.items()):
        if name != "newskit" and not name.startswith("newskit."):
            continue
        for value in list(vars(module).values()):
            wrapped = getattr(value, "__wrapped__", None)
            if wrapped is None or not hasattr(value, "cache_clear"):
                continue
            try:
                parameters = inspect.signature(wrapped).parameters
            except (TypeError, ValueError):
                continue
            if "article" in parameters:
                value.cache_clear()


def pipeline(text: str, keep: list[object]) -> dict[str, float]:
    """Run the user's analysis on ``text``; seconds per stage. Results go into ``keep``."""
    times: dict[str, float] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unclosed quotes and the like: not what is timed
        start = time.perf_counter()
        article = nk.from_text(text)
        times["from_text"] = time.perf_counter() - start
        keep.append(article)
        steps: list[tuple[str, Callable[[nk.Article], object]]] = [
            ("word_frequencies", nk.word_frequencies),
            ("entity_frequencies", nk.entity_frequencies),
            ("quote_table", nk.quote_table),
            ("quote_stats", nk.quote_stats),
        ]
        for stage, step in steps:
            start = time.perf_counter()
            keep.append(step(article))
            times[stage] = time.perf_counter() - start
    times["total"] = sum(times.values())
    return times


def _status_kib(field: str) -> int | None:
    """A ``VmRSS``/``VmHWM`` line of /proc/self/status, in KiB (None off Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark for this process (Linux 4.0+); whether it worked."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def child(spec: dict[str, Any]) -> dict[str, Any]:
    """One measurement in this (fresh) process: build the text, time, measure memory.

    Memory: the peak resident set size (RSS) the pipeline adds to what the process
    already holds (interpreter, imports, warm caches, the text). RSS rather than
    tracemalloc because tracemalloc slows this allocation-heavy code several times
    over (a 20 MB run would take many minutes) and only sees Python's allocator,
    while RSS costs nothing and also counts NumPy/pandas buffers. The kernel's
    high-water mark is reset after the text is built (``/proc/self/clear_refs``), so
    building the text does not mask the pipeline's peak; where that reset is not
    possible, ``ru_maxrss`` is used and the figure is only a lower bound.
    """
    keep: list[object] = []
    for path in sorted((ROOT / "data" / "articles").iterdir()):  # warm up: Punkt, gazetteer
        if path.suffix in {".txt", ".md"}:
            pipeline(path.read_text(encoding="utf-8"), keep)
    keep.clear()
    clear_article_caches()
    text = build(spec)
    gc.collect()
    base_kib = _status_kib("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reset = _reset_peak()
    rounds = [pipeline(text, keep)]
    peak_kib = (_status_kib("VmHWM") if reset else None) or resource.getrusage(
        resource.RUSAGE_SELF
    ).ru_maxrss
    for _ in range(spec["repeats"] - 1):
        keep.clear()
        clear_article_caches()
        gc.collect()
        rounds.append(pipeline(text, keep))
    best = min(rounds, key=lambda r: r["total"])
    traced = None
    if spec.get("trace"):  # a last, slower round: Python's own allocations only
        keep.clear()
        clear_article_caches()
        gc.collect()
        tracemalloc.start()
        pipeline(text, keep)
        traced = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
    return {
        "bytes": len(text.encode()),
        "chars": len(text),
        "str_bytes": sys.getsizeof(text),
        "times": best,
        "base_mb": base_kib * 1024 / MB,
        "added_mb": max(0, peak_kib - base_kib) * 1024 / MB,
        "peak_reset": reset,
        "traced_mb": traced,
    }


def measure(spec: dict[str, Any], timeout: float | None, memory_gb: float) -> dict[str, Any]:
    """Run :func:`child` in a fresh interpreter, its address space capped at ``memory_gb``.

    On failure the result has ``error`` (``"timeout"``, ``"memory"`` or a message)
    and ``seconds``, the wall time until the child stopped.
    """
    spec = {**spec, "memory_gb": memory_gb}
    command = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": "timeout", "seconds": time.perf_counter() - start}
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        memory = "MemoryError" in done.stderr or done.returncode == -9  # -9: the OOM killer
        return {
            "error": "memory" if memory else f"exit {done.returncode}: {last}",
            "seconds": seconds,
        }
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- reports ------------------------------------------------------------------------


def _row(cells: list[str], widths: list[int]) -> str:
    """A table row: right-aligned for positive widths, left-aligned for negative ones."""
    padded = (c.rjust(w) if w > 0 else c.ljust(-w) for c, w in zip(cells, widths, strict=False))
    return ("  " + " ".join(padded)).rstrip()


def scaling(
    sizes: list[float], repeats: int, memory_gb: float, trace: bool
) -> dict[float, dict[str, Any]]:
    print(f"scaling: sample articles built up to {', '.join(f'{s:g}' for s in sizes)} MB")
    print(
        f"  (1 MB = {MB:,} bytes of UTF-8; best of {repeats} rounds, each in a fresh process, "
        "the sizes in turn: a burst of load elsewhere spoils one round, not one size)"
    )
    results: dict[float, dict[str, Any]] = {}
    failed: set[float] = set()
    for round_ in range(repeats):
        for size in sizes:
            if size in failed:
                continue
            spec = {"case": "article", "mb": size, "repeats": 1, "trace": trace and not round_}
            result = measure(spec, None, memory_gb)
            if "error" in result:
                print(f"  {size:g} MB failed after {result['seconds']:.0f} s: {result['error']}")
                failed.add(size)
                results.pop(size, None)
            elif size not in results:
                results[size] = result  # memory: the first round's
            elif result["times"]["total"] < results[size]["times"]["total"]:
                results[size] = {**results[size], "times": result["times"]}
    if not results:
        return results
    first = results[min(results)]
    heads = ["size MB", *STAGES, "total s", "MB/s", "x linear"]
    widths = [8, 10, 17, 19, 12, 12, 8, 6, 9]
    print(_row(heads, widths))
    for r in results.values():
        t = r["times"]
        growth = (t["total"] / first["times"]["total"]) / (r["bytes"] / first["bytes"])
        cells = [
            f"{r['bytes'] / MB:.2f}",
            *(f"{t[s]:.2f}" for s in STAGES),
            f"{t['total']:.2f}",
            f"{r['bytes'] / MB / t['total']:.2f}",
            f"{growth:.2f}" + (" !" if growth > LINEAR_TARGET else ""),
        ]
        print(_row(cells, widths))
    print("  x linear per stage (each stage's time / its time at the smallest size / size ratio):")
    for r in results.values():
        ratio = r["bytes"] / first["bytes"]
        cells = [f"{r['bytes'] / MB:.2f}"]
        for stage in STAGES:
            base = first["times"][stage]
            cells.append(f"{r['times'][stage] / base / ratio:.2f}" if base > 0 else "-")
        print(_row(cells, widths))
    print(f"  target: x linear <= {LINEAR_TARGET} ('!' marks a miss)")
    return results


def memory(results: dict[float, dict[str, Any]]) -> None:
    print("memory: peak RSS the whole pipeline adds (the first round of each size)")
    heads = ["size MB", "str in RAM MB", "RSS before MB", "peak added MB", "x text"]
    widths = [8, 14, 14, 14, 8, 18]
    traced = all(r["traced_mb"] is not None for r in results.values())
    print(_row([*heads, "tracemalloc peak x"] if traced else heads, widths))
    for r in results.values():
        times_text = r["added_mb"] / (r["bytes"] / MB)
        cells = [
            f"{r['bytes'] / MB:.2f}",
            f"{r['str_bytes'] / MB:.1f}",
            f"{r['base_mb']:.0f}",
            f"{r['added_mb']:.0f}" + ("" if r["peak_reset"] else " (lower bound)"),
            f"{times_text:.1f}" + (" !" if times_text >= MEMORY_TARGET else ""),
        ]
        if traced:
            cells.append(f"{r['traced_mb'] / (r['bytes'] / MB):.1f}")
        print(_row(cells, widths))
    largest = results[max(results)]
    verdict = largest["added_mb"] / (largest["bytes"] / MB)
    print(
        f"  largest ({largest['bytes'] / MB:.1f} MB): {verdict:.1f}x the text's UTF-8 size "
        f"(target < {MEMORY_TARGET:g}x)"
    )


def _per_mb(result: dict[str, Any]) -> float:
    return float(result["times"]["total"] / (result["bytes"] / MB))


def _growth(
    spec: dict[str, Any], full: dict[str, Any], timeout: float, memory_gb: float
) -> float | None:
    """How time per MB grows when the input grows 4x: about 1 linear, about 4 quadratic.

    Measured between this size and a quarter of it or, when this size did not
    finish, between smaller pairs (a quarter and a sixteenth, then lower).
    """
    done = [full] if "error" not in full else []
    for shrink in (4, 16, 64):
        if len(done) == 2:
            break
        smaller = {**spec, "mb": spec["mb"] / shrink, "line_mb": spec["line_mb"] / shrink}
        result = measure(smaller, timeout, memory_gb)
        done = [*done, result] if "error" not in result else []
    if len(done) < 2 or _per_mb(done[1]) <= 0:
        return None
    return _per_mb(done[0]) / _per_mb(done[1])


def adversarial(
    megabytes: float,
    line_mb: float,
    timeout: float,
    memory_gb: float,
    repeats: int,
    normal: dict[str, Any] | None,
    cases: list[str],
) -> None:
    if normal is None:
        spec = {"case": "article", "mb": megabytes, "repeats": repeats}
        normal = measure(spec, None, memory_gb)
    if "error" in normal:
        print("adversarial: the normal article failed; nothing to compare with")
        return
    per_mb = _per_mb(normal)
    normal_mem = normal["added_mb"] / (normal["bytes"] / MB)
    print(
        f"adversarial input, about {megabytes:g} MB each (fresh process each); "
        f"normal article: {per_mb:.2f} s/MB, peak added {normal_mem:.0f}x the text"
    )
    heads = ["case", "what", "MB", "chars", "total s", "s/MB", "x normal", "growth", "mem x", ""]
    widths = [-23, -38, 5, 9, 8, 7, 9, 7, 6, -7]
    print(_row(heads, widths))
    flagged = []
    for name, label, _ in ADVERSARIAL:
        if cases and name not in cases:
            continue
        spec = {"case": name, "mb": megabytes, "line_mb": line_mb, "repeats": 1}
        r = measure(spec, timeout, memory_gb)
        if "error" not in r and _per_mb(r) > SLOW * per_mb:
            again = measure(spec, timeout, memory_gb)  # a burst of load elsewhere?
            if "error" not in again and _per_mb(again) < _per_mb(r):
                r = again
        if "error" in r:
            flag = {"timeout": "TIMEOUT", "memory": f"MEM (over {memory_gb:g} GB)"}.get(
                r["error"], "ERROR " + r["error"]
            )
            cells = [name, label[:38], "", "", f">{r['seconds']:.0f}", "", "", "", "", flag]
        else:
            size = r["bytes"] / MB
            slower = _per_mb(r) / per_mb
            mem = r["added_mb"] / size
            flag = "SLOW" if slower > SLOW else ""
            if mem > SLOW * max(normal_mem, 1.0):
                flag = (flag + " MEM").strip()
            cells = [
                name,
                label[:38],
                f"{size:.2f}",
                f"{r['chars']:,}",
                f"{r['times']['total']:.2f}",
                f"{_per_mb(r):.2f}",
                f"{slower:.2f}",
                "",
                f"{mem:.1f}",
                flag,
            ]
        if flag:
            flagged.append(name)
            growth = _growth(spec, r, timeout, memory_gb)
            cells[7] = "?" if growth is None else f"{growth:.2f}"
        print(_row(cells, widths))
    print(
        f"  SLOW: over {SLOW:g}x the normal time per MB (a SLOW case is run twice, the better "
        f"kept); MEM: over {SLOW:g}x the normal memory per MB, or over --memory-limit"
    )
    print(
        "  growth (flagged cases): time per MB at this size / at a quarter of it (or at "
        "smaller pairs when this size fails); about 1 is linear, about 4 quadratic"
    )
    print(f"  flagged: {', '.join(flagged) or 'none'}")
    if flagged:
        print("  profile one: python benchmarks/bench_scale.py --profile CASE")


def profile(case: str, megabytes: float, line_mb: float) -> None:
    """Run one case in this process under cProfile and print where the time goes."""
    keep: list[object] = []
    pipeline(long_article(0.05), keep)  # warm up
    keep.clear()
    clear_article_caches()
    text = build({"case": case, "mb": megabytes, "line_mb": line_mb})
    profiler = cProfile.Profile()
    profiler.enable()
    times = pipeline(text, keep)
    profiler.disable()
    print(
        f"{case}: {len(text.encode()) / MB:.2f} MB, "
        + ", ".join(f"{s} {t:.2f} s" for s, t in times.items())
    )
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def _sizes(value: str) -> list[float]:
    try:
        sizes = [float(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"sizes are MB separated by commas, not {value!r}"
        ) from None
    if not sizes or min(sizes) <= 0:
        raise argparse.ArgumentTypeError(f"sizes must be positive MB, got {value!r}")
    return sorted(sizes)


def _names(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in CASES]
    if unknown:
        raise argparse.ArgumentTypeError(f"no case {', '.join(unknown)}; --list names them")
    return names


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=[1.0, 5.0, 20.0], help="MB, e.g. 1,5,20")
    parser.add_argument("--quick", action="store_true", help="sizes 0.25,1,4 for a fast check")
    parser.add_argument("--repeats", type=int, default=3, help="rounds per size, best kept")
    parser.add_argument("--adversarial-mb", type=float, default=1.0, help="MB per case")
    parser.add_argument("--line-mb", type=float, default=1.0, help="MB of the no-spaces line")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case")
    parser.add_argument(
        "--memory-limit", type=float, default=8.0, help="GB of address space per child (0: none)"
    )
    parser.add_argument(
        "--cases", type=_names, default=[], help="only these cases, e.g. urls,emoji"
    )
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also print tracemalloc's peak (one more, slower round per size)",
    )
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-adversarial", action="store_true")
    parser.add_argument("--profile", metavar="CASE", help="profile one case ('article' too)")
    parser.add_argument("--list", action="store_true", help="list the adversarial cases")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # long runs: show each row as it comes
    if args.child:
        spec = json.loads(args.child)
        if spec.get("memory_gb"):  # a runaway case fails here, not in the OOM killer
            limit = int(spec["memory_gb"] * 1024**3)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        print(json.dumps(child(spec)))
        return 0
    if args.list:
        for name, label, _ in ADVERSARIAL:
            print(f"{name:24} {label}")
        return 0
    if args.profile:
        if args.profile != "article" and args.profile not in CASES:
            parser.error(f"no case {args.profile!r}; --list names them")
        profile(args.profile, args.adversarial_mb, args.line_mb)
        return 0
    sizes = [0.25, 1.0, 4.0] if args.quick else args.sizes
    results: dict[float, dict[str, Any]] = {}
    if not args.skip_scaling:
        results = scaling(sizes, args.repeats, args.memory_limit, args.tracemalloc)
        if results:
            memory(results)
    if not args.skip_adversarial:
        adversarial(
            args.adversarial_mb,
            args.line_mb,
            args.timeout,
            args.memory_limit,
            args.repeats,
            results.get(args.adversarial_mb),
            args.cases,
        )
    print(f"python {sys.version.split()[0]}, newskit {nk.__version__}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
