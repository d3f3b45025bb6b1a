"""compare() on small stories written for these tests: conflicts, traps, sums, omissions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterpoint.compare import align_story, compare
from counterpoint.model import ArticleFacts, Comparison, Finding

HARBOR = (
    "Eight embassy staff left the capital on Friday by train. At the frontier they loaded "
    "their bags onto a hand cart and walked about a mile and a half along the rail bridge to "
    "Khasan. The journey took 32 hours on a train and two on a bus. Embassies of 12 countries "
    "have now closed, the foreign ministry in Moscow said. \"We had run out of flour and "
    "medicine weeks ago,\" said Ambassador Ivan Petrov in Khasan."
)
COASTAL = (
    "The staff crossed the frontier on Friday, and the trolley ride along the rail bridge to "
    "Khasan covered barely a kilometer. It was a 34-hour trip by train and bus. Britain and "
    "Germany shut their embassies last spring, and only around 10 countries still keep staff "
    "in the capital. Moscow confirmed that the group reached Khasan safely."
)


@pytest.fixture(scope="module")
def border(facts_factory: Callable[..., ArticleFacts]) -> list[ArticleFacts]:
    a = facts_factory(
        HARBOR, outlet="Harbor Post", published="2021-02-27",
        quantities=(
            ("Eight embassy staff", 8, 8, 8, None, "count", "exact", "staff"),
            ("about a mile and a half", 1.5, 1.3, 1.7, "mile", "length", "approx", None),
            ("32 hours", 32, 32, 32, "hour", "duration", "exact", None),
            ("two", 2, 2, 2, "hour", "duration", "exact", None),
            ("12 countries", 12, 12, 12, None, "count", "exact", "countries"),
        ),
        dates=(("on Friday", "2021-02-26", "2021-02-26", "day"),),
        entities=(
            ("Khasan", "GPE", "place:khasan", "Khasan"),
            ("Moscow", "GPE", "place:moscow", "Moscow"),
            ("Ivan Petrov", "PERSON", "person:ivan-petrov", "Ivan Petrov"),
        ),
        quotes=(("We had run out of flour and medicine weeks ago", "Ivan Petrov",
                 "person:ivan-petrov", "named_official"),),
        statements=(("Embassies of 12", "close", False),),
    )
    b = facts_factory(
        COASTAL, outlet="Coastal Times", published="2021-03-01",
        quantities=(
            ("barely a kilometer", 1, 0, 1, "kilometer", "length", "at_most", None),
            ("34-hour", 34, 34, 34, "hour", "duration", "exact", None),
            ("only around 10 countries", 10, 9, 11, None, "count", "approx", "countries"),
        ),
        dates=(("on Friday", "2021-02-26", "2021-02-26", "day"),),
        entities=(
            ("Khasan", "GPE", "place:khasan", "Khasan"),
            ("Britain", "GPE", "country:GB", "United Kingdom"),
            ("Germany", "GPE", "country:DE", "Germany"),
            ("Moscow", "GPE", "place:moscow", "Moscow"),
        ),
        statements=(("Britain and Germany shut", "shut", False),),
    )
    return [a, b]


@pytest.fixture(scope="module")
def result(border: list[ArticleFacts]) -> Comparison:
    return compare(border)


def _texts(f: Finding) -> set[str]:
    return {e.text for e in f.evidence}


def test_distance_conflict_comes_first_with_both_sentences(result: Comparison) -> None:
    top = result.findings[0]
    assert top.id == "F1" and top.kind == "conflict"
    assert _texts(top) == {"about a mile and a half", "barely a kilometer"}
    assert top.dimension == "length"
    # both values normalized to kilometres so a reader can check them
    assert "km" in top.explanation and "do not overlap" in top.explanation
    by_text = {e.text: e.normalized for e in top.evidence}
    walked, ride = by_text["about a mile and a half"], by_text["barely a kilometer"]
    assert walked is not None and ride is not None and walked["unit"] == "meter"
    assert ride["high"] <= 1000 < 2000 < walked["low"] < 2414 < walked["high"]
    sentences = {e.sentence for e in top.evidence}
    assert any(s.startswith("At the frontier") for s in sentences)
    assert any("trolley ride" in s for s in sentences)
    for e in top.evidence:
        art = next(a for a in result.articles if a.id == e.article)
        assert art.text[e.span[0] : e.span[1]] == e.text


def test_parts_add_up_to_the_total(result: Comparison) -> None:
    durations = [f for f in result.findings if f.dimension == "duration"]
    assert durations, "the 34-hour trip was not aligned with its parts"
    assert all(f.kind != "conflict" for f in durations)
    agree = [f for f in durations if "34-hour" in _texts(f)]
    assert agree and agree[0].kind == "agreement"
    assert any(t.startswith("32 hours") and t.endswith("two") for t in _texts(agree[0]))


def test_counts_of_different_things_are_not_a_conflict(result: Comparison) -> None:
    for f in result.findings:
        if f.kind == "conflict":
            assert "12 countries" not in _texts(f)


def test_omissions_name_the_article_that_leaves_out(result: Comparison) -> None:
    harbor, coastal = (a.id for a in result.articles)
    omitted = {e.text: f for f in result.findings if f.kind == "omission" for e in f.evidence}
    assert "Eight embassy staff" in omitted
    assert omitted["Eight embassy staff"].missing_in == (coastal,)
    assert any("Petrov" in t or "flour" in t for t in omitted)
    assert all(harbor not in f.missing_in or f.evidence[0].article == coastal
               for f in omitted.values())


def test_findings_are_ranked_and_numbered(result: Comparison) -> None:
    order = {"conflict": 0, "omission": 1, "compatible": 2, "agreement": 3}
    kinds = [order[f.kind] for f in result.findings]
    assert kinds == sorted(kinds)
    assert [f.id for f in result.findings] == [f"F{i}" for i in range(1, len(kinds) + 1)]


def test_comparison_is_deterministic(border: list[ArticleFacts], result: Comparison) -> None:
    assert compare(border) == result
    assert compare(list(border)).findings == result.findings


def test_alignments_carry_scores_and_reasons(border: list[ArticleFacts]) -> None:
    _, groups = align_story(border)
    length = [g for g in groups if g.key.startswith("q|length")]
    assert len(length) == 1 and length[0].score > 0
    assert any("only length" in r for r in length[0].reasons)
    places = [g for g in groups if g.key == "entity|place:khasan"]
    assert places and len(places[0].members) == 2


def test_timeline_merges_the_crossing_date(result: Comparison) -> None:
    ev = [t for t in result.timeline if t.start == "2021-02-26"]
    assert len(ev) == 1 and len(ev[0].evidence) == 2
    # the article published first is listed first
    assert ev[0].evidence[0].article == result.articles[0].id
