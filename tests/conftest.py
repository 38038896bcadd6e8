"""Shared fixtures: the project's sample articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import newskit as nk

# CI runs the same generated examples every time (a failure there can be reproduced);
# elsewhere each run explores new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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
