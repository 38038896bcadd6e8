"""Direct-quote quality and speed on annotated articles.

For each annotated set (the four development sets by default; pass folders to
score others), prints:

* quote precision, recall and F1: a quote counts when all its parts have exactly
  the annotated offsets (so a split quote must be joined, and a quote over
  several paragraphs kept whole);
* quote + speaker F1: the quote is right and so is its resolved speaker (titles,
  which nobody speaks, need no speaker);
* kind accuracy (full, partial, title) over the quotes found right;
* reported speech: cue precision, recall and F1 (the cue's start exactly right),
  and the share of those with the right speaker;
* words per second for quotes with speakers, on loaded articles, and how the
  time grows with the length of one article (8 times the text should take
  about 8 times as long).

Run: ``python benchmarks/bench_quotes.py [--errors] [FOLDER ...]``. Only the
summary is printed for a held-out folder unless ``--errors`` is given.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from pathlib import Path

import newskit as nk
from newskit.entities import _entities
from newskit.errors import UnclosedQuoteWarning
from newskit.quotes import _attributed, _indirect, _quotes
from newskit.tokens import token_columns, words

CACHES = (_attributed, _indirect, _quotes, _entities, token_columns, words)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ["devset", "devset2", "devset3", "devset4"]


def _f1(right: int, extra: int, missed: int) -> tuple[float, float, float]:
    precision = right / (right + extra) if right + extra else 1.0
    recall = right / (right + missed) if right + missed else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(folder: Path, show_errors: bool = False, show: bool = True) -> dict[str, float]:
    """Score newskit's quotes against a folder of annotated articles.

    Returns ``quote_f1``, ``speaker_f1`` and ``kind_accuracy``; prints them when ``show``.
    """
    right = extra = missed = 0
    right_speaker = 0
    kinds_right = 0
    indirect_counts = [0, 0, 0, 0]  # right, extra, missed, right speaker
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        article = nk.load(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnclosedQuoteWarning)
            found = nk.quotes(article)
        wanted = {tuple((p["start"], p["end"]) for p in q["parts"]): q for q in gold["quotes"]}
        ours = {tuple((p.start, p.end) for p in q.parts): q for q in found}
        for key in sorted(wanted.keys() & ours.keys()):
            g, o = wanted[key], ours[key]
            right += 1
            if g["kind"] == o.kind:
                kinds_right += 1
            if g["speaker"] == o.speaker or (g["kind"] == "title" and o.kind == "title"):
                right_speaker += 1
            elif show_errors:
                print(
                    f"  {path.name}: speaker {o.speaker!r} (as {o.speaker_as_written!r}, "
                    f"rule {o.rule!r}), not {g['speaker']!r}: {g['text'][:50]!r}"
                )
            if show_errors and g["kind"] != o.kind:
                print(f"  {path.name}: kind {o.kind}, not {g['kind']}: {g['text'][:50]!r}")
        reported = {r["start"]: r for r in gold["indirect"]}
        found_reported = {r.cue_start: r for r in nk.indirect_quotes(article)}
        for key in reported.keys() & found_reported.keys():
            indirect_counts[0] += 1
            indirect_counts[3] += reported[key]["speaker"] == found_reported[key].speaker
        indirect_counts[1] += len(found_reported.keys() - reported.keys())
        indirect_counts[2] += len(reported.keys() - found_reported.keys())
        for key in sorted(wanted.keys() - ours.keys()):
            missed += 1
            if show_errors:
                print(f"  {path.name}: missed {wanted[key]['text'][:60]!r} {key}")
        for key in sorted(ours.keys() - wanted.keys()):
            extra += 1
            if show_errors:
                print(f"  {path.name}: extra  {ours[key].text[:60]!r} {key}")
    p, r, f = _f1(right, extra, missed)
    ip, ir, i_f = _f1(*indirect_counts[:3])
    indirect_speakers = indirect_counts[3] / indirect_counts[0] if indirect_counts[0] else 1.0
    sp, sr, sf = _f1(right_speaker, extra + right - right_speaker, missed + right - right_speaker)
    kind_accuracy = kinds_right / right if right else 1.0
    if show:
        print(f"{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}:")
        print(
            f"  quotes           P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
            f"({right} right, {extra} extra, {missed} missed)"
        )
        print(f"  quote + speaker  P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}  ({right_speaker} right)")
        print(f"  kind accuracy    {kind_accuracy:.3f} ({kinds_right}/{right})")
        print(
            f"  reported speech  P {ip:.3f}  R {ir:.3f}  F1 {i_f:.3f}  "
            f"speaker right {indirect_speakers:.3f} ({indirect_counts[3]}/{indirect_counts[0]})"
        )
    return {
        "quote_f1": f,
        "speaker_f1": sf,
        "kind_accuracy": kind_accuracy,
        "indirect_f1": i_f,
        "indirect_speaker": indirect_speakers,
    }


def speed(folders: list[Path], rounds: int = 5) -> None:
    texts = [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.txt"))]
    texts = [f"{t}\n\nCopy {n}." for n in range(4) for t in texts]  # distinct: no cache helps
    loaded = [nk.from_text(t) for t in texts]
    words = sum(nk.word_count(a) for a in loaded)
    best = float("inf")
    for _ in range(rounds):
        for cache in CACHES:  # every article analysed from scratch, tokens included
            cache.cache_clear()
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnclosedQuoteWarning)
            for a in loaded:
                nk.quotes(a)
        best = min(best, time.perf_counter() - start)
    print(f"speed: {len(loaded)} articles, {words:,} words")
    print(
        f"  quotes with speakers (entities included): {words / best:,.0f} words/s "
        "(target >= 100,000)"
    )


def scaling() -> None:
    """Time for one long article made of 10 and of 80 copies of the seed's body."""
    seed = nk.load(ROOT / "data" / "articles" / "asma-al-assad-interview.txt")
    body = seed.text[seed.paragraphs[0].start :]
    times = []
    for copies in (10, 80):
        article = nk.from_text("Long read\n\n" + "\n\n".join([body] * copies))
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnclosedQuoteWarning)
            nk.quotes(article)
            nk.indirect_quotes(article)
        times.append(time.perf_counter() - start)
    print(
        f"  one article 8 times longer takes {times[1] / times[0]:.1f} times as long "
        "(entities included; linear is 8.0)"
    )


def main(argv: list[str]) -> int:
    show_errors = "--errors" in argv
    names = [a for a in argv if not a.startswith("--")] or [f"tests/{d}" for d in DEFAULT]
    folders = [Path(n) if Path(n).is_absolute() else ROOT / n for n in names]
    for folder in folders:
        score(folder, show_errors=show_errors)
    speed(folders)
    scaling()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
