"""Story clustering and syndication on short reports written for these tests."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from story_texts import (
    ARREST1,
    ARREST1_B,
    ARREST2,
    ARREST2_B,
    BUDGET,
    BUDGET_B,
    QUAKE1_B,
    QUAKE1_C,
    QUAKE2_A,
    QUAKE2_B,
    WIRE,
    WIRE_COPY,
    art,
)

from counterpoint.model import Article, Story
from counterpoint.stories import ClusterState, cluster, find_syndicated

WIRE_A = art(WIRE, "wire.example", "2026-03-03")
COPY_A = art(WIRE_COPY, "daily.example", "2026-03-03", title="Quake kills 14 in Calvera")
Q1B = art(QUAKE1_B, "herald.example", "2026-03-04")
Q1C = art(QUAKE1_C, "post.example", "2026-03-04")
Q2A = art(QUAKE2_A, "wire.example", "2026-03-10")
Q2B = art(QUAKE2_B, "herald.example", "2026-03-10")
BUD = art(BUDGET, "post.example", "2026-03-05")
BUD2 = art(BUDGET_B, "daily.example", "2026-03-05")
AR1 = art(ARREST1, "post.example", "2026-01-09")
AR1B = art(ARREST1_B, "herald.example", "2026-01-10")
AR2 = art(ARREST2, "post.example", "2026-05-13")
AR2B = art(ARREST2_B, "wire.example", "2026-05-13")
ALL = [WIRE_A, COPY_A, Q1B, Q1C, Q2A, Q2B, BUD, BUD2, AR1, AR1B, AR2, AR2B]


def groups(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(a.id for a in s.articles) for s in stories}


def ids(*articles: Article) -> frozenset[str]:
    return frozenset(a.id for a in articles)


@pytest.fixture(scope="module")
def clustered() -> tuple[list[Story], ClusterState]:
    return cluster(ALL)


def test_wire_copy_is_syndicated_but_independent_report_is_not() -> None:
    found = find_syndicated([Q1B, COPY_A, WIRE_A, Q1C])
    assert found == [tuple(sorted((WIRE_A.id, COPY_A.id)))]


def test_syndication_ignores_duplicate_input_and_short_texts() -> None:
    short = art("Quake hits Veradol.", "x.example", None)
    assert find_syndicated([WIRE_A, WIRE_A, short]) == []


def test_same_event_three_outlets_is_one_story(clustered: tuple[list[Story], ClusterState]) -> None:
    stories, _ = clustered
    assert ids(WIRE_A, COPY_A, Q1B, Q1C) in groups(stories)
    assert ids(BUD, BUD2) in groups(stories)


def test_two_earthquakes_a_week_apart_are_two_stories(
    clustered: tuple[list[Story], ClusterState],
) -> None:
    stories, _ = clustered
    assert ids(Q2A, Q2B) in groups(stories)


def test_two_arrests_of_one_man_months_apart_are_two_stories(
    clustered: tuple[list[Story], ClusterState],
) -> None:
    stories, _ = clustered
    assert ids(AR1, AR1B) in groups(stories)
    assert ids(AR2, AR2B) in groups(stories)


def test_every_article_in_exactly_one_story(clustered: tuple[list[Story], ClusterState]) -> None:
    stories, _ = clustered
    listed = [a.id for s in stories for a in s.articles]
    assert sorted(listed) == sorted(a.id for a in ALL)


def test_story_fields(clustered: tuple[list[Story], ClusterState]) -> None:
    stories, _ = clustered
    assert [s.id for s in stories] == [f"S{i}" for i in range(1, len(stories) + 1)]
    quake = next(s for s in stories if WIRE_A.id in {a.id for a in s.articles})
    assert (quake.start, quake.end) == ("2026-03-03", "2026-03-04")
    assert quake.syndicated == (tuple(sorted((WIRE_A.id, COPY_A.id))),)
    assert "name:veradol" in quake.entities
    published = [(a.published, a.id) for a in quake.articles]
    assert published == sorted(published)
    # S1 opens with the earliest article: the first arrest, in January
    assert stories[0].articles[0].id == AR1.id
    assert "Karel Dunst" in stories[0].title


def test_undated_articles_still_cluster() -> None:
    undated = [replace(a, published=None) for a in (Q2A, Q2B, BUD, BUD2)]
    stories, _ = cluster(undated)
    assert groups(stories) == {ids(*undated[:2]), ids(*undated[2:])}
    assert all(s.start is None and s.end is None for s in stories)


def test_shuffled_input_gives_the_same_stories() -> None:
    first, state = cluster(ALL)
    shuffled = ALL[:]
    random.Random(7).shuffle(shuffled)
    again, state2 = cluster(shuffled)
    assert again == first
    assert state2.to_json() == state.to_json()


@pytest.mark.parametrize("split", [6, 9])
def test_incremental_equals_all_at_once(split: int) -> None:
    by_date = sorted(ALL, key=lambda a: (a.published or "", a.id))
    at_once, _ = cluster(ALL)
    # later articles appended (split=6), then a batch that also holds earlier ones (replay)
    batch_a, batch_b = by_date[:split], by_date[split:]
    if split == 9:
        batch_a, batch_b = by_date[3:], by_date[:3]
    _, state = cluster(batch_a)
    stories, _ = cluster(batch_b, state)
    assert stories == at_once


def test_state_json_round_trip_continues_identically() -> None:
    by_date = sorted(ALL, key=lambda a: (a.published or "", a.id))
    _, state = cluster(by_date[:7])
    text = state.to_json()
    restored = ClusterState.from_json(text)
    assert restored.to_json() == text
    assert restored.article_ids == frozenset(a.id for a in by_date[:7])
    direct, _ = cluster(by_date[7:], state)
    via_json, _ = cluster(by_date[7:], restored)
    assert via_json == direct
    # articles already in the state are skipped, not duplicated
    again, _ = cluster(by_date, restored)
    assert again == direct


def test_state_from_another_version_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        ClusterState.from_json(json.dumps({"version": 999, "engine": {}}))


def test_given_entities_are_used_and_listed() -> None:
    ents = {a.id: ["place:veradol", "country:CV"] for a in (WIRE_A, Q1B, Q1C)}
    ents.update({a.id: ["person:karel-dunst", "place:orsk"] for a in (AR1, AR1B)})
    stories, _ = cluster([WIRE_A, Q1B, Q1C, AR1, AR1B], entities=ents)
    assert groups(stories) == {ids(WIRE_A, Q1B, Q1C), ids(AR1, AR1B)}
    quake = next(s for s in stories if len(s.articles) == 3)
    assert set(quake.entities) == {"country:CV", "place:veradol"}
