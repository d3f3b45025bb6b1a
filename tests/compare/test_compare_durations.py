"""Durations told to the second: "2:07:41" and "two hours, seven minutes and 41 seconds" are
one duration each; so is an imperial measure in two units, "15ft 4in" (texts written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from findings import read_two

from counterpoint.compare import compare
from counterpoint.compare.durations import rounding
from counterpoint.compare.explain import value_text
from counterpoint.compare.mentions import build_index
from counterpoint.compare.values import sides, tolerance
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]
LINE = "Amos Kiptanui won the men's race at the Castlemere marathon on Sunday in {}."


def _race(facts_factory: Factory, first: str, second: str) -> list[ArticleFacts]:
    a = facts_factory(LINE.format(first), outlet="Race Wire", published="2027-10-11")
    b = facts_factory(
        LINE.format(second), outlet="Herald", published="2027-10-11",
        quantities=(
            ("two hours", 2.0, 2.0, 2.0, "hour", "time", "exact", None),
            ("seven minutes", 7.0, 7.0, 7.0, "minute", "time", "exact", None),
            ("41 seconds", 41.0, 41.0, 41.0, "second", "time", "exact", None),
        ) if second.startswith("two hours") else (),
    )
    return [a, b]


def test_a_race_time_and_its_words_are_one_duration(facts_factory: Factory) -> None:
    index = build_index(_race(facts_factory, "2:07:41", "two hours, seven minutes and 41 seconds"))
    times = [(m.text, m.value) for m in index.mentions if m.key.startswith("q|time|")]
    assert times == [("2:07:41", 7661.0), ("two hours, seven minutes and 41 seconds", 7661.0)]
    comp = compare(_race(facts_factory, "2:07:41", "two hours, seven minutes and 41 seconds"))
    assert not [f for f in comp.findings if f.kind == "conflict"]


def test_race_times_27_seconds_apart_conflict(facts_factory: Factory) -> None:
    """27 seconds in two hours is 0.4%, inside the 2% slack of a converted measure: a time
    written to the second is exact to the second."""
    index = build_index(_race(facts_factory, "2:07:41", "2:07:14"))
    first = next(m for m in index.mentions if m.text == "2:07:41")
    assert tolerance(first) == 0.5
    found = [f for f in compare(_race(facts_factory, "2:07:41", "2:07:14")).findings
             if f.kind == "conflict"]
    assert len(found) == 1
    assert "2:07:41" in found[0].explanation and "2:07:14" in found[0].explanation
    assert sorted(s for s in sides(found[0]) if s is not None) == [0, 1]  # the report's sides


def test_a_time_in_spaced_symbols_is_one_duration(facts_factory: Factory) -> None:
    """"1 h 58 min 09 s" (no figures from the facts stage) is the same time told in words."""
    line = "Mara Oyelaran won the women's race on Sunday in {}."
    a = facts_factory(line.format("1 h 58 min 09 s"), outlet="Race Wire", published="2027-10-11")
    words = "one hour, 58 minutes and nine seconds"
    b = facts_factory(
        line.format(words), outlet="Herald", published="2027-10-11",
        quantities=(
            ("one hour", 1.0, 1.0, 1.0, "hour", "time", "exact", None),
            ("58 minutes", 58.0, 58.0, 58.0, "minute", "time", "exact", None),
            ("nine seconds", 9.0, 9.0, 9.0, "second", "time", "exact", None),
        ),
    )
    times = [(m.text, m.value) for m in build_index([a, b]).mentions
             if m.key.startswith("q|time|")]
    assert times == [("1 h 58 min 09 s", 7089.0), (words, 7089.0)]
    assert rounding("6 h 45 min") == 30.0


def test_rounding_is_half_the_smallest_unit_written() -> None:
    assert rounding("2hr 24min") == 30.0
    assert rounding("three hours") is None
    assert rounding("1:02:03") == 0.5
    assert value_text(461.0, 461.0, "second") == "7:41"
    assert value_text(7200.0, 7200.0, "second") == "2 h"


def test_a_time_of_day_to_the_second_is_no_duration(facts_factory: Factory) -> None:
    a = facts_factory("The first alarm sounded at 05:42:10 UTC on Tuesday, and a second "
                      "came at 06:01:00 local time.", outlet="Board", published="2027-01-05")
    index = build_index([a])
    assert not [m for m in index.mentions if m.key.startswith("q|time|")]


def test_a_runners_time_to_the_hundredth_is_one_duration(facts_factory: Factory) -> None:
    """"3:51.27" (minutes, seconds and hundredths) is a time run, exact to the hundredth: it
    agrees with itself told in parts and disputes "3:51.72"."""
    line = "Ines Barrow won the 1500 metres at the Castlemere games in {} on Sunday."
    a = facts_factory(line.format("3:51.27"), outlet="Race Wire", published="2027-10-11")
    b = facts_factory(
        line.format("3min 51.27sec"), outlet="Herald", published="2027-10-11",
        quantities=(("3min", 3.0, 3.0, 3.0, "minute", "time", "exact", None),
                    ("51.27sec", 51.27, 51.27, 51.27, "second", "time", "exact", None)),
    )
    index = build_index([a, b])
    times = [(m.text, m.value) for m in index.mentions if m.key.startswith("q|time|")]
    assert times == [("3:51.27", 231.27), ("3min 51.27sec", 231.27)]
    assert rounding("3:51.27") == 0.005
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]
    c = facts_factory(line.format("3:51.72"), outlet="Track Daily", published="2027-10-12")
    assert [f for f in compare([a, c]).findings if f.kind == "conflict"]


@pytest.mark.parametrize(("height", "kind", "shown"), [
    # 4.61 m is 15ft 1.5in: to the inch, 15ft 2in; 15ft 4in is 4.67 m, three inches more
    ("15ft 4in", "conflict", "“15ft 4in” (4.67 m)"),
    ("15ft 1½in", "agreement", "4.61 m"),
    ("15ft 2in", "agreement", "“15ft 2in” (4.62 m)"),
])
def test_feet_and_inches_are_one_height(height: str, kind: str, shown: str) -> None:
    club = ("Tova Selm cleared 4.61 metres at the Harlow Indoor Meet on Saturday, the Dunmore "
            "Athletics Club said. It is a club record.")
    paper = (f"Tova Selm cleared {height} at the Harlow Indoor Meet on Saturday to set a club "
             "record for Dunmore.")
    (found,) = [f for f in compare(read_two(club, paper)).findings if f.dimension == "length"]
    assert found.kind == kind
    assert shown in found.explanation
