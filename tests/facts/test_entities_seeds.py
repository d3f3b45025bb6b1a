"""Entities on the two real seed articles (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.facts.entities import find_entities
from counterpoint.facts.pipeline import get_nlp
from counterpoint.ingest.normalize import make_article
from counterpoint.model import Entity


def _seed_entities(seeds_dir: Path, prefix: str) -> tuple[str, list[Entity], list[tuple[str, str]]]:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    article = make_article(path.read_text(encoding="utf-8"), source=str(path))
    doc = get_nlp()(article.text)
    return article.text, list(find_entities(doc)), [(e.text, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def chosun(seeds_dir: Path) -> tuple[str, list[Entity], list[tuple[str, str]]]:
    return _seed_entities(seeds_dir, "001")


@pytest.fixture(scope="module")
def analysis(seeds_dir: Path) -> tuple[str, list[Entity], list[tuple[str, str]]]:
    return _seed_entities(seeds_dir, "000")


def by_text(entities: list[Entity]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in entities:
        out.setdefault(e.text, set()).add(e.id)
    return out


def test_chosun_entities(chosun) -> None:  # type: ignore[no-untyped-def]
    text, entities, _ = chosun
    found = by_text(entities)
    assert found["U.K."] == {"country:GB"}
    assert found["N.Korea"] == {"country:KP"}
    assert found["North Korea"] == {"country:KP"}
    assert found["Tumen River"] == found["Tumen"] == {"river:tumen"}
    assert found["Vladivostok"] == {"city:vladivostok"}
    assert found["Russian"] == {"country:RU"}
    people = {e.text for e in entities if e.label == "PERSON"}
    assert "Joyride" not in people and not any("Diplomats" in p for p in people)
    assert {"Alexander Matsegora", "Matsegora", "Ko Young-hwan"} <= people
    assert {e.id for e in entities if "Matsegora" in e.text} == {"person:alexander-matsegora"}
    for e in entities:
        assert text[e.span[0] : e.span[1]] == e.text


def test_analysis_entities(analysis) -> None:  # type: ignore[no-untyped-def]
    _, entities, doc_ents = analysis
    found = by_text(entities)
    assert found["Great Britain"] == {"country:GB"}
    assert found["DPRK"] == {"country:KP"}
    assert found["WFP"] == found["World Food Program"] == {"org:wfp"}
    assert found["Vladivostok"] == {"city:vladivostok"}
    assert found["Czech Republic"] == {"country:CZ"}
    assert not [t for t, label in doc_ents if label == "DATE" and "quarter" in t]
    assert not [e for e in entities if e.label == "PERSON" and e.text in {"Vladivostok", "Moscow"}]
