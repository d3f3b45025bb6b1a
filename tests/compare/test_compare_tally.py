"""Tallies of votes, verdicts and matches, read by the comparison itself (texts ours)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterpoint.compare import compare
from counterpoint.compare.mentions import build_index
from counterpoint.compare.tally import TALLY_KEY, parse, show
from counterpoint.compare.values import sides
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]


@pytest.mark.parametrize(
    ("text", "sides", "shown"),
    [
        ("voted 5-2", (5, 2), "5–2"),
        ("by 25 votes to 16", (25, 16), "25–16"),
        ("passed twenty-seven to fourteen", (27, 14), "27–14"),
        ("lost 1-2 at home", (2, 1), "2–1"),
        ("won by three goals to two", (3, 2), "3–2"),
        ("approved it unanimously", (1, 0), "unanimous"),
    ],
)
def test_tallies_are_read_larger_side_first(text: str, sides: tuple[int, int], shown: str) -> None:
    assert parse(text) == sides
    assert show(text) == shown


def _tallies(facts_factory: Factory, text: str) -> list[str]:
    index = build_index([facts_factory(text, outlet="Wire")])
    return [m.text for m in index.mentions if m.key == TALLY_KEY]


def test_only_tallies_of_a_vote_or_match_count(facts_factory: Factory) -> None:
    assert _tallies(facts_factory, "The council approved the budget 27-14 on Wednesday.") == [
        "27-14"]
    assert _tallies(facts_factory, "The board voted 5-2 in favour of a cut.") == ["5-2"]
    assert _tallies(facts_factory, "The jury reached its verdict by a majority of 10 to 2.") == [
        "10 to 2"]
    # a match told only by how it was won ("edged") or by its goals
    assert _tallies(facts_factory, "Rovers edged a tense derby 4-3 in front of 9,000 fans.") == [
        "4-3"]
    assert _tallies(facts_factory, "It ended 2-2, with both goals coming after the break.") == [
        "2-2"]
    # a range of a measure, a change, or numbers with no vote about them
    assert _tallies(facts_factory, "The council vote was delayed by 2-3 weeks.") == []
    assert _tallies(facts_factory, "After the vote, fares rose from 12 to 15 in May.") == []
    assert _tallies(facts_factory, "Children aged 5-12 were given the vaccine.") == []
    assert _tallies(facts_factory, "The vote will be held on 2-3 March.") == []


def test_different_tallies_of_one_vote_conflict_and_equal_ones_agree(
    facts_factory: Factory,
) -> None:
    a = facts_factory("The city council approved the budget 27-14 on Wednesday after a long "
                      "debate. Property taxes will rise.", outlet="Wire")
    b = facts_factory("The council passed the budget by 25 votes to 16 on Wednesday, after a "
                      "long debate. Property taxes will rise.", outlet="Blog")
    c = facts_factory("The city council approved the budget by twenty-seven votes to fourteen "
                      "on Wednesday. Property taxes will rise.", outlet="Paper")
    conflicts = [f for f in compare([a, b, c]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    f = conflicts[0]
    assert {e.text for e in f.evidence} == {"27-14", "25 votes to 16",
                                           "twenty-seven votes to fourteen"}
    assert "27–14" in f.explanation and "25–16" in f.explanation
    # the third outlet's tally is the first one's: it sides with it, not against both
    assert "Paper sides with Wire" in f.explanation
    side = dict(zip((e.text for e in f.evidence), sides(f), strict=True))
    assert side["twenty-seven votes to fourteen"] == side["27-14"] != side["25 votes to 16"]
    assert not [f for f in compare([a, c]).findings if f.kind == "conflict"]


@pytest.mark.parametrize(("told", "kind"), [
    # one share of the goals or votes, other sides: another result
    ("Harwick were knocked out after a 4-0 thrashing at Oldbury on Saturday.", "conflict"),
    ("Harwick were knocked out after a 2-0 defeat at Oldbury on Saturday.", "conflict"),
    ("Harwick were knocked out after a 3-0 defeat at Oldbury on Saturday.", "agreement"),
])
def test_tallies_with_one_share_but_other_sides_differ(
    facts_factory: Factory, told: str, kind: str
) -> None:
    a = facts_factory("Harwick's manager was sacked after the 3-0 loss at Oldbury on Saturday "
                      "that knocked the club out of the cup.", outlet="Wire")
    b = facts_factory(told, outlet="Blog")
    kinds = {f.kind for f in compare([a, b]).findings if f.dimension == "tally"}
    assert kinds == {kind}


def test_a_unanimous_vote_agrees_with_any_tally_with_no_votes_against(
    facts_factory: Factory,
) -> None:
    a = facts_factory("The parish council voted 9-0 on Tuesday to close the footbridge.",
                      outlet="Wire")
    b = facts_factory("The parish council voted unanimously on Tuesday to close the footbridge.",
                      outlet="Blog")
    assert {f.kind for f in compare([a, b]).findings if f.dimension == "tally"} == {"agreement"}
