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


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bench_entities", ROOT / "benchmarks" / "bench_entities.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
