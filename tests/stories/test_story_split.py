"""The split stage: one merged block holding two events of one kind becomes two stories."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from story_texts import ARREST1, ARREST1_B, ARREST2, ARREST2_B, ARREST2_C, BOUT1, BOUT2, FERRY, art

from counterpoint.settings import Settings
from counterpoint.stories import cluster
from counterpoint.stories.clustering import Record
from counterpoint.stories.features import featurize, first_sentence
from counterpoint.stories.split import split_block

OUTLETS = ["post", "herald", "wire", "daily", "times", "courier"]
BOUTS = [art(t, f"{OUTLETS[i % 6]}.example", None) for i, t in enumerate(BOUT1 + BOUT2)]
FERRIES = [art(t, f"{OUTLETS[i]}.example", None) for i, t in enumerate(FERRY)]


def records(articles: list) -> list[Record]:  # type: ignore[type-arg]
    recs = [Record.of(a, featurize(a), first_sentence(a), None) for a in articles]
    return sorted(recs, key=lambda r: r.key)


class _NoSplit:
    def __getattr__(self, name: str) -> object:
        return 0.0 if name == "story_split_threshold" else getattr(Settings(), name)


def test_two_title_defences_of_one_boxer_are_split() -> None:
    recs = records(BOUTS)
    parts = split_block(recs, {})
    first = {a.id for a in BOUTS[:3]}
    assert sorted({recs[i].id for i in p} == first for p in parts) == [False, True]
    assert len(parts) == 2


def test_cluster_reports_the_two_bouts_as_two_stories() -> None:
    stories, _ = cluster(BOUTS)
    got = {frozenset(a.id for a in s.articles) for s in stories}
    assert got == {frozenset(a.id for a in BOUTS[:3]), frozenset(a.id for a in BOUTS[3:])}
    # the split setting is read: switched off, the block of six is never split (it may still
    # come out as two stories from the merge alone)
    off, _ = cluster(BOUTS, settings=_NoSplit())  # type: ignore[arg-type]
    assert all(len(s.articles) in (3, 6) for s in off)


def test_one_event_told_by_six_outlets_is_not_split() -> None:
    assert split_block(records(FERRIES), {}) == [list(range(6))]


def test_small_block_splits_only_where_each_side_is_far_more_alike_inside() -> None:
    # three reports of one bout and two of the other: the pair is too small for the plain
    # threshold, but both sides are far more alike inside than across
    recs = records(BOUTS[:5])
    parts = [{recs[i].id for i in p} for p in split_block(recs, {})]
    assert sorted(parts, key=len) == [{a.id for a in BOUTS[3:5]}, {a.id for a in BOUTS[:3]}]
    assert split_block(recs, {"split_cohesion_ratio": 0.0}) == [list(range(5))]
    # five reports of one event stay whole; a switched-off split never splits
    assert split_block(records(FERRIES[:5]), {}) == [list(range(5))]
    assert split_block(records(BOUTS), {"split_threshold": 0.0}) == [list(range(6))]


def _arrests(second: str) -> list[Record]:
    arts = [
        art(ARREST1, "post.example", "2026-01-09"), art(ARREST1_B, "herald.example", "2026-01-10"),
        art(ARREST2, "post.example", second), art(ARREST2_B, "wire.example", second),
        art(ARREST2_C, "daily.example", None),
    ]
    return records(arts)


def test_rearrest_months_later_is_split_by_date_and_undated_report_follows_its_likes() -> None:
    recs = _arrests("2026-05-13")
    parts = split_block(recs, {})
    by_id = [{recs[i].id for i in p} for p in parts]
    assert len(parts) == 2
    second = next(p for p in by_id if recs[-1].id in p)  # the undated record sorts last
    assert {recs[2].id, recs[3].id} <= second
    assert {recs[0].id, recs[1].id}.isdisjoint(second)


def test_two_arrests_days_apart_are_split_by_content_not_by_date() -> None:
    # eleven days apart is within the date gap; the two pairs of reports differ in detail
    recs = _arrests("2026-01-20")
    assert split_block(recs, {}) == [[0, 1], [2, 3, 4]]
    assert split_block(recs, {"split_cohesion_ratio": 0.0}) == [list(range(5))]
