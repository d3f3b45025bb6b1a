"""compare() on the two real seed articles, extracted by the facts stage (skips without them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.compare import align_story, compare
from counterpoint.model import ArticleFacts, Comparison


@pytest.fixture(scope="module")
def seed_facts(seeds_dir: Path) -> list[ArticleFacts]:
    from counterpoint.facts import extract, resolve_entities_across
    from counterpoint.ingest import read_units
    from counterpoint.settings import DEFAULT

    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        unit = next(iter(read_units(path, DEFAULT)))
        assert unit.article is not None, unit.error
        articles.append(unit.article)
    return resolve_entities_across(list(extract(articles)))


@pytest.fixture(scope="module")
def seed_comparison(seed_facts: list[ArticleFacts]) -> Comparison:
    return compare(seed_facts)


def test_walk_and_trolley_ride_conflict_is_first(seed_comparison: Comparison) -> None:
    top = seed_comparison.findings[0]
    assert top.kind == "conflict" and top.dimension == "length"
    texts = " | ".join(e.text for e in top.evidence)
    assert "mile and a half" in texts and "barely a kilometer" in texts
    assert any("walked" in e.sentence for e in top.evidence)
    assert any("trolley ride" in e.sentence for e in top.evidence)


def test_embassy_closures_and_vladivostok_are_aligned(seed_facts: list[ArticleFacts]) -> None:
    _, groups = align_story(seed_facts)
    keys = {g.key: g for g in groups}
    gb = keys["entity|country:GB"]
    assert {m.text for m in gb.members} == {"Great Britain", "U.K."}
    assert len(keys["entity|city:vladivostok"].members) == 2


def test_unrelated_counts_are_not_conflicts(seed_comparison: Comparison) -> None:
    for f in seed_comparison.findings:
        if f.kind == "conflict":
            texts = {e.text for e in f.evidence}
            assert not texts & {"12 countries", "around 10 countries", "fewer than 30"}


def test_each_side_has_omissions(seed_comparison: Comparison) -> None:
    first, second = (a.id for a in seed_comparison.articles)
    omissions = [f for f in seed_comparison.findings if f.kind == "omission"]
    assert any(first in f.missing_in for f in omissions)
    assert any(second in f.missing_in for f in omissions)
    texts = {e.text for f in omissions for e in f.evidence}
    assert any("34-hour" in t for t in texts)
    # the count of foreigners left is dated April 1, 2021, after the Chosun report (March 2):
    # that report could not know it, so it is not blamed for leaving it out
    assert not any("290 foreigners" in t for t in texts)
