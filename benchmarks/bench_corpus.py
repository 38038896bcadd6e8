"""Corpus speed and memory: ``analyse_corpus`` on 1,000 and 10,000 synthetic articles.

Writes corpora of synthetic news articles (``benchmarks/synthetic_news.py``: four
house styles, quotes of every kind, 300 to 900 words each) into a temporary folder
and, for each size, streams each one from its folder through ``nk.analyse_corpus``
with each engine:

* ``serial``: the calling process;
* ``processes``: ``--workers`` spawned processes (default: the number of cores).
  The pool belongs to the call, so its start (spawn, import newskit) is timed;
* ``dask``: a ``distributed.LocalCluster`` of as many single-threaded worker
  processes, with its Client, started before the clock and warmed with a few
  articles: the steady state of a cluster that is kept running.

Each engine runs twice: with every table, and with ``tables=("articles",)`` (no
quotes or mentions tables). Every run is a fresh subprocess, so no run inherits
another's caches or memory. Each corpus runs ``--rounds`` times (2) and the fastest
run is kept; the sizes take turns within each round, so a slow spell of a shared
machine falls on the small and the large corpus alike (keeping the best of several
small runs against a single large one made the growth look larger than it is: the
time of one run here varies by about 15 per cent). For each run the script
prints the wall time, words/s (the ``words`` column of the articles table, summed) and memory:

* parent +MB: ``ru_maxrss`` of the calling process at the end, minus its value
  after imports, warm-up and cluster start. This is what listing the folder,
  reading, gathering the results and building the tables add. It is a lower bound
  when the set-up itself peaked higher;
* workers MB: the peak of the worker processes' summed RSS, sampled every 50 ms
  with psutil (each worker's shared pages counted again);
* largest worker MB: ``ru_maxrss`` of ``RUSAGE_CHILDREN`` once the workers have
  exited: the peak of the largest worker (imports and warm-up included).

It then prints, for each engine, the time and memory ratios of the largest corpus
to the smallest (target: 10 times the articles in at most 11 times the time;
memory flat when streaming without the long tables). It checks that the engines
give identical tables on the 1,000-article corpus (``assert_frame_equal``). It
also compares newskit's words/s with spaCy's small English pipeline (``nlp.pipe``,
plus textacy's direct quotations when textacy is installed) on that corpus
(target: at least 10 times spaCy's). When no spaCy model is installed, the
comparison is skipped with the reason; nothing is ever downloaded.

Time is printed, never asserted; on a shared machine, runs can be noisy. Run:
``python benchmarks/bench_corpus.py [--quick] [--sizes 1000,10000] [--workers N]
[--rounds N] [--engines serial,processes,dask] [--keep]``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from synthetic_news import articles, write_corpus

import newskit as nk
from newskit.corpus import CORPUS_TABLES

ENGINES = ("serial", "processes", "dask")
TABLES = {"all": CORPUS_TABLES, "articles": ("articles",)}
CHECK_SIZE = 1000  # the corpus the engines' tables are compared on (else the smallest)
WARM_SEED = 10_000_000  # warm-up articles, far from any corpus's own
SAMPLE_SECONDS = 0.05
TIME_TARGET = 11.0  # for 10 times the articles
SPACY_TARGET = 10.0


def _engines(text: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [name for name in chosen if name not in ENGINES]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown engine {unknown[0]!r}: choose from {','.join(ENGINES)}"
            if unknown
            else f"no engine given: choose from {','.join(ENGINES)}"
        )
    return tuple(name for name in ENGINES if name in chosen)  # in the usual order


def _sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def _reset_peak() -> bool:
    """Reset this process's peak RSS to its current RSS (Linux); False where impossible.

    On Linux, writing 5 to ``/proc/self/clear_refs`` resets the high-water mark that
    ``ru_maxrss`` reports, so the set-up's own peak (a Dask scheduler starting, say)
    cannot hide the run's.
    """
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _live_cpu() -> dict[int, float]:
    """CPU seconds used so far by each live descendant (a Dask worker), with psutil."""
    try:
        import psutil
    except ImportError:
        return {}
    used = {}
    for process in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            times = process.cpu_times()
            used[process.pid] = times.user + times.system
    return used


def _max_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far, in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


class _WorkerSampler:
    """Samples the summed RSS of this process's descendants (psutil) and keeps the peak."""

    def __init__(self) -> None:
        try:
            import psutil
        except ImportError:
            self.peak: float | None = None
            return
        self.peak = 0.0
        self._psutil: Any = psutil
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        psutil = self._psutil
        me = psutil.Process()
        gone = (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess)
        while not self._stop.is_set():
            total = 0
            for child in me.children(recursive=True):
                with contextlib.suppress(*gone):  # a worker may exit between the two calls
                    total += child.memory_info().rss
            self.peak = max(self.peak or 0.0, total / 1e6)
            self._stop.wait(SAMPLE_SECONDS)

    def stop(self) -> float | None:
        if self.peak is not None:
            self._stop.set()
            self._thread.join()
        return self.peak


# --- one run, in a fresh process ------------------------------------------------------------


def child(spec: dict[str, Any]) -> dict[str, Any]:
    """Analyse one corpus with one engine, in this (fresh) process; time and measure it."""
    warm = [nk.from_text(text) for text in articles(4, seed=WARM_SEED)]
    nk.analyse_corpus(warm, progress=False)  # lazy imports, sentence splitter, gazetteer
    client = cluster = None
    if spec["engine"] == "dask":
        from distributed import Client, LocalCluster

        cluster = LocalCluster(
            n_workers=spec["workers"],
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
        client.run(nk.analyse_corpus, warm, progress=False)  # every worker, warmed
    gc.collect()
    reset = _reset_peak()
    base_mb = _max_rss_mb()  # the high-water mark so far: after imports, warm-up, cluster
    cpu = _cpu_seconds(resource.RUSAGE_SELF) + _cpu_seconds(resource.RUSAGE_CHILDREN)
    live = _live_cpu()
    sampler = _WorkerSampler() if spec["engine"] != "serial" else None
    options: dict[str, Any] = {}
    if spec["batch_size"]:
        options["batch_size"] = spec["batch_size"]
    start = time.perf_counter()
    tables = nk.analyse_corpus(
        Path(spec["folder"]),
        engine=spec["engine"],
        workers=spec["workers"],
        client=client,
        tables=TABLES[spec["tables"]],
        progress=False,
        **options,
    )
    seconds = time.perf_counter() - start
    parent_mb = _max_rss_mb() - base_mb
    workers_mb = sampler.stop() if sampler else None
    # CPU: this process, the pool's workers (exited and waited for, so in RUSAGE_CHILDREN)
    # and the Dask workers (still alive: psutil), over the run only.
    cpu = _cpu_seconds(resource.RUSAGE_SELF) + _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    cpu += sum(used - live.get(pid, 0.0) for pid, used in _live_cpu().items())
    if client is not None and cluster is not None:
        client.close()
        cluster.close()  # the workers exit and are waited for: RUSAGE_CHILDREN sees them
    largest = _max_rss_mb(resource.RUSAGE_CHILDREN) if spec["engine"] != "serial" else None
    if spec["out"]:
        import pandas as pd

        pd.to_pickle(tables.tables(), spec["out"])
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_reset": reset,
        "articles": len(tables.articles),
        "words": int(tables.articles["words"].sum()),
        "quotes": len(tables.quotes),
        "mentions": len(tables.mentions),
        "errors": len(tables.errors),
        "parent_mb": parent_mb,
        "workers_mb": workers_mb,
        "largest_worker_mb": largest,
    }


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Run :func:`child` in a fresh interpreter and return what it measured."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        return {"error": f"exit {done.returncode}: {last}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- reports --------------------------------------------------------------------------------


def _row(cells: list[str], widths: list[int]) -> str:
    """A table row: right-aligned for positive widths, left-aligned for negative ones."""
    padded = (c.rjust(w) if w > 0 else c.ljust(-w) for c, w in zip(cells, widths, strict=False))
    return ("  " + " ".join(padded)).rstrip()


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def _ratio(large: float | None, small: float | None) -> str:
    if large is None or small is None or small < 1:  # under 1 MB or 1 s says nothing
        return "-"
    return f"{large / small:.1f}x"


WIDTHS = [8, -10, -9, 8, 7, 10, 7, 8, 10, 8, 9, 5]


def build(root: Path, sizes: list[int]) -> dict[int, Path]:
    print(f"corpora: synthetic news (benchmarks/synthetic_news.py, seed 0) in {root}")
    folders = {}
    for size in sizes:
        start = time.perf_counter()
        folder = write_corpus(root / f"{size}", size)
        files = sorted(folder.glob("*.txt"))
        megabytes = sum(p.stat().st_size for p in files) / 1e6
        print(
            f"  {size:,} articles, {megabytes:.1f} MB of UTF-8, "
            f"written in {time.perf_counter() - start:.1f} s"
        )
        folders[size] = folder
    return folders


def run_all(
    folders: dict[int, Path],
    workers: int,
    batch_size: int | None,
    check: int,
    scratch: Path,
    rounds: int = 2,
    engines: tuple[str, ...] = ENGINES,
) -> dict[tuple[int, str, str], dict[str, Any]]:
    print()
    print(
        f"analyse_corpus(folder, ...), streamed from disk; processes and dask with "
        f"{workers} workers; a fresh process per run; each corpus the fastest of {rounds} "
        "runs, the sizes run in turn in each round"
    )
    print(
        _row(
            [
                "articles", "engine", "tables", "seconds", "cpu s", "words/s", "quotes",
                "mentions", "parent +MB", "workers", "largest", "load",
            ],
            WIDTHS,
        )
    )  # fmt: skip
    print(_row(["", "", "", "", "", "", "", "", "", "MB", "worker MB", ""], WIDTHS))
    results: dict[tuple[int, str, str], dict[str, Any]] = {}
    loads: dict[tuple[int, str, str], float] = {}
    for engine in engines:
        for tables in TABLES:
            # Every size runs as often, one after the other in each round, so a slow spell
            # of the machine falls on both sizes alike and the fastest of each is compared.
            for round_ in range(rounds):
                for size, folder in folders.items():
                    key = (size, engine, tables)
                    out = None
                    if round_ == 0 and size == check and tables == "all":
                        out = str(scratch / f"tables-{engine}.pickle")
                    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
                    spec = {
                        "folder": str(folder),
                        "engine": engine,
                        "workers": workers,
                        "tables": tables,
                        "batch_size": batch_size,
                        "out": out,
                    }
                    result = measure(spec)
                    took = f"{result['seconds']:.1f} s" if "seconds" in result else "failed"
                    print(
                        f"  ... round {round_ + 1}: {size:,} {engine} {tables}: {took}",
                        file=sys.stderr,
                    )
                    best = results.get(key)
                    if best is None or (
                        "error" not in best and result.get("seconds", 1e9) < best["seconds"]
                    ):
                        results[key], loads[key] = result, load
    for key in sorted(results, key=lambda k: (k[0], ENGINES.index(k[1]), list(TABLES).index(k[2]))):
        result = results[key]
        size, engine, tables = key
        if "error" in result:
            print(_row([f"{size:,}", engine, tables, result["error"]], [*WIDTHS[:3], -60]))
            continue
        if result["errors"] or result["articles"] != size:
            print(f"  (!) {result['articles']} articles read, {result['errors']} errors")
        words_per_s = result["words"] / result["seconds"]
        print(
            _row(
                [
                    f"{size:,}",
                    engine,
                    tables,
                    f"{result['seconds']:.1f}",
                    f"{result['cpu_seconds']:.1f}",
                    f"{words_per_s:,.0f}",
                    f"{result['quotes']:,}" if tables == "all" else "-",
                    f"{result['mentions']:,}" if tables == "all" else "-",
                    _mb(result["parent_mb"]),
                    _mb(result["workers_mb"]),
                    _mb(result["largest_worker_mb"]),
                    f"{loads[key]:.1f}",
                ],
                WIDTHS,
            )
        )
    return results


def ratios(
    results: dict[tuple[int, str, str], dict[str, Any]],
    sizes: list[int],
    engines: tuple[str, ...] = ENGINES,
) -> None:
    small, large = min(sizes), max(sizes)
    if small == large:
        return
    print()
    print(
        f"growth, {large:,} vs {small:,} articles ({large / small:g}x the articles; "
        f"target: at most {TIME_TARGET * large / small / 10:g}x the time)"
    )
    widths = [-10, -9, 7, 7, 11, 9, 12]
    print(_row(["engine", "tables", "time", "cpu", "parent mem", "workers", "largest wkr"], widths))
    for engine in engines:
        for tables in TABLES:
            a, b = (
                results.get((small, engine, tables), {}),
                results.get((large, engine, tables), {}),
            )
            if "seconds" not in a or "seconds" not in b:
                print(_row([engine, tables, "-"], widths))
                continue
            print(
                _row(
                    [
                        engine,
                        tables,
                        _ratio(b["seconds"], a["seconds"]),
                        _ratio(b["cpu_seconds"], a["cpu_seconds"]),
                        _ratio(b["parent_mb"], a["parent_mb"]),
                        _ratio(b["workers_mb"], a["workers_mb"]),
                        _ratio(b["largest_worker_mb"], a["largest_worker_mb"]),
                    ],
                    widths,
                )
            )


def compare_engines(scratch: Path, check: int, engines: tuple[str, ...] = ENGINES) -> None:
    import pandas as pd
    from pandas.testing import assert_frame_equal

    print()
    print(f"same tables from every engine ({check:,} articles, every table):")
    if "serial" not in engines or len(engines) < 2:
        print("  not checked: needs the serial engine and at least one other (--engines)")
        return
    paths = {e: scratch / f"tables-{e}.pickle" for e in engines}
    if not paths["serial"].exists():
        print("  not checked: the serial run failed")
        return
    serial = pd.read_pickle(paths["serial"])
    for engine in engines:
        if engine == "serial":
            continue
        if not paths[engine].exists():
            print(f"  {engine}: not checked, its run failed")
            continue
        other = pd.read_pickle(paths[engine])
        problems = []
        for name, frame in serial.items():
            try:
                assert_frame_equal(frame, other[name])
            except AssertionError as exc:
                problems.append(f"{name}: " + " ".join(str(exc).split())[:300])
        print(f"  {engine} vs serial: " + ("identical" if not problems else "DIFFERENT"))
        for problem in problems:
            print(f"    {problem}")


def spacy_comparison(folder: Path, result: dict[str, Any] | None) -> None:
    """newskit's serial words/s against spaCy's small pipeline on the same articles."""
    print()
    try:
        import spacy
    except ImportError:
        print("spaCy comparison skipped: spaCy is not installed (nothing is downloaded)")
        return
    try:
        nlp = spacy.load("en_core_web_sm")  # an installed package or nothing: never a download
    except OSError as exc:
        reason = str(exc).split("]", 1)[-1].strip().split(".")[0]
        print(
            f"spaCy comparison skipped: spaCy {spacy.__version__} is installed but its model "
            f"en_core_web_sm is not ({reason}); nothing is downloaded here"
        )
        return
    if result is None or "seconds" not in result:
        print("spaCy comparison skipped: the newskit serial run failed")
        return
    try:
        from textacy.extract import direct_quotations
    except ImportError:
        direct_quotations = None
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    start = time.perf_counter()
    found = 0
    for doc in nlp.pipe(texts, batch_size=64):
        if direct_quotations is not None:
            found += sum(1 for _ in direct_quotations(doc))
    seconds = time.perf_counter() - start
    what = "nlp.pipe + textacy direct_quotations" if direct_quotations else "nlp.pipe"
    spacy_rate = result["words"] / seconds
    ours = result["words"] / result["seconds"]
    print(f"spaCy en_core_web_sm ({what}), {len(texts):,} articles, one process:")
    print(f"  spaCy   {spacy_rate:12,.0f} words/s ({seconds:.1f} s)")
    print(f"  newskit {ours:12,.0f} words/s (serial, every table, reading files included)")
    print(f"  newskit / spaCy: {ours / spacy_rate:.1f}x (target >= {SPACY_TARGET:g}x)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=[1000, 10000], help="e.g. 1000,10000")
    parser.add_argument("--quick", action="store_true", help="sizes 200,2000 for a fast check")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, help="analyse_corpus's batch_size")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and tables")
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs of each corpus, the fastest kept"
    )
    parser.add_argument(
        "--engines",
        type=_engines,
        default=ENGINES,
        help=f"a comma-separated subset of {','.join(ENGINES)} (default: all)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # long runs: show each row as it comes
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    sizes = sorted(set([200, 2000] if args.quick else args.sizes))
    check = CHECK_SIZE if CHECK_SIZE in sizes else sizes[0]
    root = Path(tempfile.mkdtemp(prefix="newskit-bench-corpus-"))
    try:
        folders = build(root, sizes)
        results = run_all(
            folders, args.workers, args.batch_size, check, root, args.rounds, args.engines
        )
        ratios(results, sizes, args.engines)
        compare_engines(root, check, args.engines)
        if "serial" in args.engines:
            spacy_comparison(folders[check], results.get((check, "serial", "all")))
    finally:
        if args.keep:
            print(f"\nkept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print()
    print(
        f"python {sys.version.split()[0]}, newskit {nk.__version__}, {os.cpu_count()} cores; "
        "load is the 1-minute load average as each run started"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
