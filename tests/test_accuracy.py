"""Entity accuracy on articles the code was not tuned on (tests/heldout), against the targets.

The held-out set was written separately from the code and is never read while
tuning; only these figures are looked at. Targets the code does not reach yet
are strict xfails, so reaching one turns the test red until the mark is removed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> Any:
    """A benchmark script as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bench() -> Any:
    return _load("bench_entities")


@pytest.fixture(scope="module")
def unseen() -> dict[str, dict[str, float]]:
    bench = _bench()
    return {name: dict(bench.score(ROOT / "tests" / name, show=False)) for name in HELD_OUT}


# tests/heldout3 is the clean measure: written apart from the code and only ever scored.
# tests/heldout and tests/heldout2 were too, but their summary figures have been watched
# while rules were written (and heldout's ORG misses were seen), so they are less clean.
HELD_OUT = ("heldout", "heldout2", "heldout3")
MISSED = "below target on unseen text (see the closing note of issue 3)"


def _unmet(*cases: tuple[str, str]) -> list[Any]:
    """Every (set, measure) pair, the ones not reached marked as strict xfails."""
    return [
        pytest.param(f, k, marks=pytest.mark.xfail(strict=True, reason=MISSED))
        if (f, k) in cases
        else (f, k)
        for f in HELD_OUT
        for k in ("PERSON", "ORG", "GPE")
    ]


@pytest.mark.parametrize(
    ("folder", "kind"),
    _unmet(
        ("heldout2", "ORG"),
        ("heldout2", "GPE"),
        ("heldout3", "PERSON"),
        ("heldout3", "ORG"),
    ),
)
def test_mention_f1_reaches_0_95(
    unseen: dict[str, dict[str, float]], folder: str, kind: str
) -> None:
    assert unseen[folder][kind] >= 0.95


@pytest.mark.parametrize("folder", HELD_OUT)
@pytest.mark.xfail(strict=True, reason=MISSED)
def test_every_person_counted_exactly(unseen: dict[str, dict[str, float]], folder: str) -> None:
    assert unseen[folder]["people_exact"] == 1.0


@pytest.mark.parametrize("folder", HELD_OUT)
def test_at_most_one_spurious_person_per_article(
    unseen: dict[str, dict[str, float]], folder: str
) -> None:
    assert unseen[folder]["spurious_max"] <= 1


@pytest.mark.parametrize("folder", HELD_OUT)
def test_unseen_entities_stay_where_they_were(
    unseen: dict[str, dict[str, float]], folder: str
) -> None:
    # heldout2 was first scored at PERSON 0.94, ORG 0.87, GPE 0.90
    assert min(unseen[folder][k] for k in ("PERSON", "ORG", "GPE")) >= 0.83
    assert unseen[folder]["linking"] >= 0.97


@pytest.mark.parametrize(
    ("folder", "floor"),
    [
        ("devset", 0.97),
        ("devset2", 0.95),
        ("devset3", 0.95),
        ("devset4", 0.95),
        ("devset5", 0.94),
        ("devset6", 0.93),
        ("devset7", 0.93),
        ("devset8", 0.88),
        ("devset9", 0.88),
        ("devset10", 0.88),
        ("devset11", 0.93),
        ("devset12", 0.80),  # five nationalities: one miss is 0.17
        ("devset13", 0.90),
        ("devset14", 0.83),  # six nationalities
        ("devset15", 0.90),
        ("devset16", 0.88),
    ],
)
def test_development_sets_stay_where_they_were_tuned(folder: str, floor: float) -> None:
    dev = _bench().score(ROOT / "tests" / folder, show=False)
    assert min(dev["PERSON"], dev["ORG"], dev["GPE"], dev["NORP"]) >= floor
    assert dev["linking"] >= 0.97


# --- quotes --------------------------------------------------------------------------


def _quote_bench() -> Any:
    return _load("bench_quotes")


QUOTES_MISSED = "quotes below target on unseen text (see the closing note of issue 4)"


@pytest.fixture(scope="module")
def unseen_quotes() -> dict[str, dict[str, float]]:
    bench = _quote_bench()
    return {name: bench.score(ROOT / "tests" / name, show=False) for name in HELD_OUT}


@pytest.mark.parametrize("folder", HELD_OUT)
def test_quote_f1_reaches_0_97(unseen_quotes: dict[str, dict[str, float]], folder: str) -> None:
    assert unseen_quotes[folder]["quote_f1"] >= 0.97


@pytest.mark.parametrize(
    "folder",
    [
        "heldout",
        "heldout2",
        pytest.param("heldout3", marks=pytest.mark.xfail(strict=True, reason=QUOTES_MISSED)),
    ],
)
def test_quote_and_speaker_f1_reaches_0_92(
    unseen_quotes: dict[str, dict[str, float]], folder: str
) -> None:
    assert unseen_quotes[folder]["speaker_f1"] >= 0.92


@pytest.mark.parametrize("folder", HELD_OUT)
def test_quotes_on_unseen_text_stay_where_they_were(
    unseen_quotes: dict[str, dict[str, float]], folder: str
) -> None:
    # first measured at 0.92-0.94 (quotes) and 0.83-0.85 (with speakers)
    assert unseen_quotes[folder]["quote_f1"] >= 0.9
    assert unseen_quotes[folder]["speaker_f1"] >= 0.8
    assert unseen_quotes[folder]["kind_accuracy"] >= 0.95


@pytest.mark.parametrize(
    ("folder", "quote_floor", "speaker_floor"),
    [
        ("devset", 0.99, 0.97),
        ("devset2", 0.99, 0.97),
        ("devset3", 0.99, 0.95),
        ("devset4", 0.99, 0.95),
        ("devset5", 0.99, 0.90),
        ("devset6", 0.99, 0.95),
        ("devset7", 0.99, 0.95),
        ("devset8", 0.99, 0.90),
        ("devset9", 0.99, 0.90),
        ("devset10", 0.98, 0.80),
        ("devset11", 0.99, 0.93),
        ("devset12", 0.98, 0.93),
        ("devset13", 0.98, 0.92),
        ("devset14", 0.99, 0.92),
        ("devset15", 0.99, 0.88),
        ("devset16", 0.99, 0.92),
    ],
)
def test_quote_development_sets_stay_where_they_were_tuned(
    folder: str, quote_floor: float, speaker_floor: float
) -> None:
    dev = _quote_bench().score(ROOT / "tests" / folder, show=False)
    assert dev["quote_f1"] >= quote_floor
    assert dev["speaker_f1"] >= speaker_floor
