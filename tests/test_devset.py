"""The annotated development set (for the entities and quotes work) stays consistent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newskit as nk

DEVSET = Path(__file__).resolve().parent / "devset"
ANNOTATIONS = sorted(DEVSET.glob("*.json"))


def test_the_set_has_ten_annotated_articles() -> None:
    assert len(ANNOTATIONS) == 10
    assert {p.stem for p in ANNOTATIONS} == {p.stem for p in DEVSET.glob("*.txt")}


@pytest.mark.parametrize("path", ANNOTATIONS, ids=[p.stem for p in ANNOTATIONS])
def test_annotation_offsets_point_at_their_text(path: Path) -> None:
    note = json.loads(path.read_text(encoding="utf-8"))
    article = nk.load(DEVSET / note["file"])
    for entity in note["entities"]:
        assert entity["type"] in {"PERSON", "ORG", "GPE", "NORP"}
        assert entity["mentions"], entity["name"]
        for mention in entity["mentions"]:
            assert article.text[mention["start"] : mention["end"]] == mention["text"]
    for quote in note["quotes"]:
        assert quote["kind"] in {"full", "partial", "title"}
        parts = [article.text[p["start"] : p["end"]] for p in quote["parts"]]
        assert " ".join(parts) == quote["text"]


EVERY_ANNOTATION = sorted(DEVSET.parent.glob("*/*.json"))


@pytest.mark.parametrize(
    "path", EVERY_ANNOTATION, ids=[f"{p.parent.name}/{p.stem}" for p in EVERY_ANNOTATION]
)
def test_every_set_s_offsets_point_at_their_text(path: Path) -> None:
    # the development and held-out sets alike: a wrong offset would score a right answer wrong
    note = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    for entity in note["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for quote in note["quotes"]:
        assert " ".join(text[p["start"] : p["end"]] for p in quote["parts"]) == quote["text"]
    for cue in note.get("indirect", []):
        assert text[cue["start"] : cue["end"]] == cue["cue"]
