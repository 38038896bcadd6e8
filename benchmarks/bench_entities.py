"""Entity recognition quality and speed on annotated articles.

For each annotated set (``tests/devset`` by default; pass folders to score
others, such as the held-out set), prints:

* mention precision, recall and F1 per type (a mention counts when its span and
  type are exactly right);
* linking accuracy: of the mentions found, the share linked to the right entity;
* people counted exactly: people whose entity has exactly their mentions;
* spurious people: PERSON entities with no real person behind them (most in one article);
* words per second for ``entities`` on loaded articles, and end to end from text.

Run: ``python benchmarks/bench_entities.py [--errors] [FOLDER ...]``.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import newskit as nk
from newskit.entities import _entities, entities
from newskit.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("PERSON", "ORG", "GPE", "NORP")


def score(folder: Path, show_errors: bool = False, show: bool = True) -> dict[str, float]:
    """Score newskit's entities against a folder of annotated articles.

    Returns F1 per type (keys PERSON, ORG, GPE, NORP) and ``linking``,
    ``people_exact`` (share of people counted exactly) and ``spurious_max``
    (most spurious people in one article); prints them when ``show``.
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    linked = total_linked = 0
    exact = people = 0
    spurious_max = spurious_all = 0
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        article = nk.load(path)
        found = entities(article)

        def span(key: tuple[int, int, str], text: str = article.text) -> str:
            return text[key[0] : key[1]]

        gold_spans = {
            (m["start"], m["end"], e["type"]): e["name"]
            for e in gold["entities"]
            for m in e["mentions"]
        }
        ours = {
            (m.start, m.end, m.type): m.entity for e in found for m in e.mentions if m.type in TYPES
        }
        for key in gold_spans.keys() | ours.keys():
            kind = key[2]
            if key in gold_spans and key in ours:
                tp[kind] += 1
            elif key in ours:
                fp[kind] += 1
                if show_errors:
                    print(f"  {path.name}: extra   {kind:6} {span(key)!r} @{key[0]}")
            else:
                fn[kind] += 1
                if show_errors:
                    print(f"  {path.name}: missed  {kind:6} {span(key)!r} @{key[0]}")
        # Linking: each gold entity maps to the predicted entity most of its found mentions got.
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for key, name in gold_spans.items():
            if key in ours:
                votes[name][ours[key]] += 1
        mapping = {g: v.most_common(1)[0][0] for g, v in votes.items()}
        owners = Counter(mapping.values())
        for key, name in gold_spans.items():
            if key in ours:
                total_linked += 1
                ok = mapping[name] == ours[key] and owners[ours[key]] == 1
                linked += ok
                if show_errors and not ok:
                    print(f"  {path.name}: linked  {span(key)!r} to {ours[key]!r}, not {name!r}")
        by_name = {e.name: e for e in found}
        for e in gold["entities"]:
            if e["type"] != "PERSON":
                continue
            people += 1
            mine = by_name.get(mapping.get(e["name"], ""))
            spans = {(m["start"], m["end"]) for m in e["mentions"]}
            if (
                mine is not None
                and mine.type == "PERSON"
                and {(m.start, m.end) for m in mine.mentions} == spans
                and owners[mine.name] == 1
            ):
                exact += 1
            elif show_errors:
                got = [m.text for m in mine.mentions] if mine else None
                print(f"  {path.name}: person  {e['name']!r}: {len(spans)} mentions, ours {got}")
        gold_person = {
            (m["start"], m["end"])
            for e in gold["entities"]
            if e["type"] == "PERSON"
            for m in e["mentions"]
        }
        spurious = [
            e.name
            for e in found
            if e.type == "PERSON"
            and not any(m.start < ge and gs < m.end for m in e.mentions for gs, ge in gold_person)
        ]
        if show_errors and spurious:
            print(f"  {path.name}: spurious people {spurious}")
        spurious_max = max(spurious_max, len(spurious))
        spurious_all += len(spurious)
    out = print if show else (lambda *_: None)
    out(f"{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}:")
    f1s = {}
    for kind in TYPES:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 1.0
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 1.0
        f1s[kind] = 2 * p * r / (p + r) if p + r else 0.0
        out(
            f"  {kind:6} precision {p:.3f}  recall {r:.3f}  F1 {f1s[kind]:.3f}  "
            f"({tp[kind]} right, {fp[kind]} extra, {fn[kind]} missed)"
        )
    out(f"  linking accuracy {linked / max(total_linked, 1):.3f} ({linked}/{total_linked})")
    out(
        f"  people counted exactly {exact}/{people}; spurious people: "
        f"{spurious_all} in all, at most {spurious_max} in one article"
    )
    return {
        **f1s,
        "linking": linked / max(total_linked, 1),
        "people_exact": exact / max(people, 1),
        "spurious_max": spurious_max,
    }


def speed() -> None:
    texts = [a.text for a in nk.load_all(ROOT / "data" / "articles")]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "devset").glob("*.txt"))
    ]
    corpus = [f"{t}\n\nCopy {i}." for i in range(30) for t in texts]
    words = sum(len(t.split()) for t in corpus)
    articles = [nk.from_text(t) for t in corpus]
    gazetteer = default_gazetteer()
    best = best_all = float("inf")
    for _ in range(5):
        _entities.cache_clear()
        start = time.perf_counter()
        for a in articles:
            _entities(a, gazetteer)
        best = min(best, time.perf_counter() - start)
        _entities.cache_clear()
        start = time.perf_counter()
        for t in corpus:
            _entities(nk.from_text(t), gazetteer)
        best_all = min(best_all, time.perf_counter() - start)
    print(f"speed: {len(corpus)} articles, {words:,} words")
    print(f"  entities on loaded articles : {words / best:10,.0f} words/s  (target >= 100,000)")
    print(f"  from text (load + entities) : {words / best_all:10,.0f} words/s")


def main(argv: list[str]) -> int:
    show = "--errors" in argv
    folders = [Path(a).resolve() for a in argv if not a.startswith("--")] or [
        ROOT / "tests" / "devset"
    ]
    for folder in folders:
        score(folder, show)
    if "--no-speed" not in argv:
        speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
