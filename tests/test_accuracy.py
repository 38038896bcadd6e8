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
def heldout() -> dict[str, float]:
    return dict(_bench().score(ROOT / "tests" / "heldout", show=False))


MISSED = "below target on the held-out set (see the issue's closing note)"


@pytest.mark.parametrize(
    "kind",
    ["PERSON", "ORG", "GPE"],
)
def test_mention_f1_reaches_0_95(heldout: dict[str, float], kind: str) -> None:
    assert heldout[kind] >= 0.95


@pytest.mark.xfail(strict=True, reason=MISSED)
def test_every_person_counted_exactly(heldout: dict[str, float]) -> None:
    assert heldout["people_exact"] == 1.0


def test_at_most_one_spurious_person_per_article(heldout: dict[str, float]) -> None:
    assert heldout["spurious_max"] <= 1


@pytest.mark.parametrize(
    ("folder", "floor"),
    [("devset", 0.97), ("devset2", 0.9), ("devset3", 0.9), ("devset4", 0.85)],
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
    return {
        name: bench.score(ROOT / "tests" / name, show=False) for name in ("heldout", "heldout2")
    }


@pytest.mark.parametrize("folder", ["heldout", "heldout2"])
def test_quote_f1_reaches_0_97(unseen_quotes: dict[str, dict[str, float]], folder: str) -> None:
    assert unseen_quotes[folder]["quote_f1"] >= 0.97


@pytest.mark.parametrize("folder", ["heldout", "heldout2"])
@pytest.mark.xfail(strict=True, reason=QUOTES_MISSED)
def test_quote_and_speaker_f1_reaches_0_92(
    unseen_quotes: dict[str, dict[str, float]], folder: str
) -> None:
    assert unseen_quotes[folder]["speaker_f1"] >= 0.92


@pytest.mark.parametrize("folder", ["heldout", "heldout2"])
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
        ("devset2", 0.99, 0.92),
        ("devset3", 0.99, 0.95),
        ("devset4", 0.99, 0.8),
        ("devset5", 0.98, 0.63),
    ],
)
def test_quote_development_sets_stay_where_they_were_tuned(
    folder: str, quote_floor: float, speaker_floor: float
) -> None:
    dev = _quote_bench().score(ROOT / "tests" / folder, show=False)
    assert dev["quote_f1"] >= quote_floor
    assert dev["speaker_f1"] >= speaker_floor
