"""Shared fixtures: the project's sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest

import newskit as nk

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEED = ARTICLES / "asma-al-assad-interview.txt"


@pytest.fixture(scope="session")
def seed() -> nk.Article:
    return nk.load(SEED)


@pytest.fixture(scope="session")
def samples() -> list[nk.Article]:
    return nk.load_all(ARTICLES)


@pytest.fixture
def empty() -> nk.Article:
    return nk.from_text("")
