"""The word lists of facts/data/context_words.tsv: each list the code reads is there and
documented, the period adverbs map to one period each, and the lists moved out of attach.py
and quantities.py still decide rates and durations on sentences written for these tests."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from counterpoint.errors import ExtractionError
from counterpoint.facts import numbers
from counterpoint.facts.attach import _period_adverbs
from counterpoint.facts.quantities import find_quantities


def _tsv() -> str:
    return (
        resources.files("counterpoint.facts")
        .joinpath("data/context_words.tsv")
        .read_text("utf-8")
    )


def _listed() -> set[str]:
    return {r[0] for r in numbers.data_rows("context_words.tsv")}


def _documented() -> set[str]:
    return set(re.findall(r"(?m)^#   ([a-z_<>]+):", _tsv()))


def test_every_list_is_documented_in_the_header() -> None:
    listed = {"per_<period>" if n.startswith("per_") else n for n in _listed()}
    assert listed == _documented()


def test_every_row_has_a_list_and_a_word() -> None:
    rows = numbers.data_rows("context_words.tsv")
    assert all(len(r) == 2 and r[1] == r[1].strip().lower() and r[1] for r in rows)


def test_each_period_noun_has_its_adverbs_and_no_adverb_two_periods() -> None:
    periods = numbers.context_words("period_noun")
    assert {n.removeprefix("per_") for n in _listed() if n.startswith("per_")} == periods
    sizes = [len(numbers.context_words(f"per_{p}")) for p in periods]
    assert sum(sizes) == len(_period_adverbs())
    assert _period_adverbs()["annually"] == "year"
    assert _period_adverbs()["nightly"] == "night"


def test_a_point_in_time_word_is_not_also_an_anchor() -> None:
    assert not numbers.context_words("time_ago") & numbers.context_words("time_anchor")


def test_an_unknown_list_names_the_file() -> None:
    with pytest.raises(ExtractionError, match=r"context_words\.tsv"):
        numbers.context_words("no_such_list")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # an adverb of a period later in the clause: a rate per that period
        ("The ferry carries 1,200 passengers nightly.", [("1,200 passengers", "per night")]),
        ("The port ships 6,000 tonnes annually.", [("6,000 tonnes", "metric ton per year")]),
        # "of" is a clause break: the tonnes of grain stay tonnes
        ("The port ships 6,000 tonnes of grain annually.", [("6,000 tonnes", "metric ton")]),
        # one period of time after "for" or with "entire" is a duration, even before "before"
        ("Crews searched for a week before calling it off.", [("a week", "week")]),
        ("The bridge was shut for an entire month.", [("an entire month", "month")]),
        # without "for", "after" ties the week to the vote; "later" makes it a point in time
        ("The road was closed a full week after the vote.", []),
        ("For a week later, nothing happened.", []),
        # "a" after a qualifier is one period: "under an hour" is a length of time, but "more
        # than a month ago" a point in time, and "nearly a decade" a time since or an age
        ("The crossing takes under an hour by plane.", [("under an hour", "hour")]),
        ("Repairs will take less than a day.", [("less than a day", "day")]),
        ("The depot shut more than a month ago.", []),
        ("It is the union's first walkout for nearly a decade.", []),
    ],
)
def test_the_moved_lists_decide_rates_and_durations(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str, found: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.unit) for q in find_quantities(spacy_nlp(sentence))] == found
