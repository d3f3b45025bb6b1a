"""Places in a series read from the text: "the 119th minute", "her third attempt" (texts
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from findings import conflicts

from counterpoint.compare import compare
from counterpoint.compare.mentions import ORDINAL_KEY, build_index
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]


def test_places_in_a_series_are_figures_that_count_what_follows(facts_factory: Factory) -> None:
    a = facts_factory(
        "Orla Vance headed a 93rd-minute equaliser on her seventh appearance for the club. The "
        "ground opened in the 19th century, and the final is on March 3rd. For the first time "
        "the club sold out.",
        outlet="Match Wire",
    )
    found = {m.text: (m.value, sorted(m.counted)) for m in build_index([a]).mentions
             if m.key == ORDINAL_KEY}
    assert found == {"93rd": (93.0, ["equalis", "minut"]), "seventh": (7.0, ["appearanc"])}


def test_two_places_for_one_goal_conflict(facts_factory: Factory) -> None:
    a = facts_factory("Harbour City won the cup with a header in the 84th minute of the final.",
                      outlet="Match Wire", published="2026-05-10")
    b = facts_factory("A header in the 86th minute of the final won Harbour City the cup.",
                      outlet="City Echo", published="2026-05-10")
    found = conflicts(compare([a, b]).findings)
    assert len(found) == 1
    assert "“84th” (84th)" in found[0].explanation
    assert "they give different places in the series" in found[0].explanation


def test_a_place_two_reports_give_is_a_fact_one_alone_is_not(facts_factory: Factory) -> None:
    line = "Orla Vance scored on her {} appearance as Harbour City won the cup final."
    a = facts_factory(line.format("seventh"), outlet="Match Wire", published="2026-05-10")
    b = facts_factory(line.format("seventh"), outlet="City Echo", published="2026-05-10")
    c = facts_factory("Orla Vance scored as Harbour City won the cup final.",
                      outlet="Cup Weekly", published="2026-05-11")
    omitted = [f for f in compare([a, b, c]).findings if f.kind == "omission"]
    assert any("seventh" in {e.text for e in f.evidence} for f in omitted)
    omitted = [f for f in compare([a, c]).findings if f.kind == "omission"]
    assert not any("seventh" in {e.text for e in f.evidence} for f in omitted)


def test_the_only_place_of_each_report_is_no_reason_to_align(facts_factory: Factory) -> None:
    """Each report gives one place in a series, both of hours, of different moments of the
    row: being the only ones of their reports does not make them one fact."""
    a = facts_factory("By the fifth hour the wind had dropped and the sea was calm, the rower "
                      "said.", outlet="Coast Radio", published="2026-08-02")
    b = facts_factory("A picture sent from the support yacht in the seventh hour shows him "
                      "resting on his oars.", outlet="Rowing Notes", published="2026-08-04")
    assert not conflicts(compare([a, b]).findings)


def test_a_place_the_date_reader_could_not_place_is_still_a_place(
    facts_factory: Factory,
) -> None:
    # the facts stage reads "the sixth week in a row" as a date it cannot place: no day, so
    # the place in the series is read all the same
    text = "Ferry bookings dropped for the sixth week in a row, the operator said."
    a = facts_factory(text, outlet="Port Wire",
                      dates=(("the sixth week in a row", None, None, "unknown"),))
    found = [m.text for m in build_index([a]).mentions if m.key == ORDINAL_KEY]
    assert found == ["sixth"]


def test_a_place_after_a_verb_of_ranking_counts_a_rank(facts_factory: Factory) -> None:
    """ "ranked 44th on the tour" has no noun after the ordinal: the verb says it is a rank,
    and two reports' ranks of one player disagree ("ranked only 61st")."""
    a = facts_factory("Tova Linde, who is ranked 44th on the tour, won the Farrow Open on "
                      "Sunday.", outlet="Cue Wire", published="2026-05-10")
    b = facts_factory("Tova Linde, ranked only 61st by the tour, beat the favourite to the "
                      "Farrow Open on Sunday.", outlet="Baize Daily", published="2026-05-10")
    found = {m.text: sorted(m.counted) for m in build_index([a, b]).mentions
             if m.key == ORDINAL_KEY}
    assert found == {"44th": ["rank"], "61st": ["rank"]}
    found = conflicts(compare([a, b]).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["44th", "61st"]]


def test_what_a_place_counts_stops_at_punctuation_and_reads_compounds(
    facts_factory: Factory,
) -> None:
    """The words an ordinal counts end at a comma; a hyphenated compound is one noun; after a
    noun of staging and "of" the event named is counted too."""
    a = facts_factory(
        "The 31st Harrow Regatta, due to start at noon, was called off. A court heard he was "
        "her 14th great-nephew. The 30th edition of the Harrow Regatta was a success.",
        outlet="River Wire",
    )
    found = {m.text: sorted(m.counted) for m in build_index([a]).mentions
             if m.key == ORDINAL_KEY}
    assert found == {"31st": ["harrow", "regatta"], "14th": ["great-nephew"],
                     "30th": ["edition", "harrow", "regatta"]}


def test_an_edition_of_an_event_and_the_event_are_one_series(facts_factory: Factory) -> None:
    """... and places one apart disagree: a place is whole, with no slack for rounding."""
    a = facts_factory("The 31st Harrow Regatta, due on the river today, was called off after "
                      "heavy rain.", outlet="River Wire", published="2026-06-10")
    b = facts_factory("Heavy rain forced organisers to call off the 30th edition of the Harrow "
                      "Regatta on the river today.", outlet="Town Echo", published="2026-06-10")
    found = conflicts(compare([a, b]).findings)
    assert len(found) == 1 and "“31st”" in found[0].explanation
