"""Mechanisms that let alignment transfer to unseen stories (texts written for these tests):
the main event's date in each lede, and slots of a rare measured dimension filled by
elimination."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
from findings import conflicts as _conflicts

from counterpoint.compare import align_story, compare
from counterpoint.compare import text as tx
from counterpoint.compare.mentions import build_index
from counterpoint.model import ArticleFacts, Finding

Factory = Callable[..., ArticleFacts]
align_mod = importlib.import_module("counterpoint.compare.align")
slots_mod = importlib.import_module("counterpoint.compare.slots")

TESSA = ("Tessa", "GPE", "gpe:tessa", "Tessa")


def _landslide(facts_factory: Factory) -> list[ArticleFacts]:
    a = facts_factory(
        "MARLOW, March 5 (Coast Wire) — A huge landslide buried half of the hill village of "
        "Tessa shortly before dawn on Tuesday, killing nine people and cutting the only road, "
        "officials told reporters on Wednesday.",
        outlet="Coast Wire",
        published="2025-03-05",
        dates=(
            ("March 5", "2025-03-05", "2025-03-05", "day"),
            ("Tuesday", "2025-03-04", "2025-03-04", "day"),
            ("Wednesday", "2025-03-05", "2025-03-05", "day"),
        ),
        entities=(TESSA,),
    )
    b = facts_factory(
        "Volunteers dug through mud in Tessa on Thursday, three days after the landslide of "
        "Monday, March 3 swept away the school and a row of farm houses above the river.",
        outlet="Hill Courier",
        published="2025-03-07",
        dates=(
            ("Thursday", "2025-03-06", "2025-03-06", "day"),
            ("Monday, March 3", "2025-03-03", "2025-03-03", "day"),
        ),
        entities=(TESSA,),
    )
    return [a, b]


def test_lede_dates_pick_the_main_event_not_datelines_or_saying(facts_factory: Factory) -> None:
    index = build_index(_landslide(facts_factory))
    # the head term is the word family of "landslide" (avalanches and slides are retold so)
    assert index.head == "#slide"
    picked = sorted(m.text for m in index.mentions if m.uid in index.anchored)
    # "March 5" is the dateline, "on Wednesday" dates the telling, "on Thursday" the digging
    assert picked == ["Monday, March 3", "Tuesday"]


def test_main_event_dates_worded_apart_conflict(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = _landslide(facts_factory)
    conflicts = _conflicts(compare(facts).findings)
    assert len(conflicts) == 1 and conflicts[0].dimension == "date"
    assert {e.text for e in conflicts[0].evidence} == {"Tuesday", "Monday, March 3"}
    # the clauses share no word: without the head-term lede bonus nothing aligns them
    monkeypatch.setattr(align_mod, "HEAD_LEDE_BONUS", 0.0)
    assert not _conflicts(compare(facts).findings)


def _cannery(facts_factory: Factory, offset: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Safety inspectors shut the Dunholt cannery on Friday, " + offset + " a boiler blast "
        "there hurt two staff working the late shift.",
        outlet="Harbour Wire",
        published="2025-06-07",
        dates=(("Friday", "2025-06-06", "2025-06-06", "day"),),
    )
    b = facts_factory(
        "A boiler blast tore through the Dunholt cannery on Thursday night, injuring two workers "
        "as the night shift began.",
        outlet="Coast Daily",
        published="2025-06-06",
        dates=(("Thursday", "2025-06-05", "2025-06-05", "day"),),
    )
    return [a, b]


@pytest.mark.parametrize(("offset", "friday_leads"),
                         [("a day after", False), ("36 hours after", False),
                          ("only weeks after", True), ("after", True)])
def test_a_lede_date_before_a_counted_offset_dates_a_follow_up(
    facts_factory: Factory, offset: str, friday_leads: bool
) -> None:
    # "shut on Friday, a day after the blast": Friday dates the closure, not the blast the
    # story is about; an uncounted span only sets the scene
    index = build_index(_cannery(facts_factory, offset))
    ledes = {m.text for m in index.mentions if m.uid in index.ledes}
    assert ("Friday" in ledes) is friday_leads
    assert "Thursday" in ledes


def _mine(facts_factory: Factory, crane: bool) -> list[ArticleFacts]:
    a = facts_factory(
        "The roof fall at the Hollin colliery trapped 14 miners about 2 kilometres from the "
        "main entrance, at a depth of 400 metres, the operator said.",
        outlet="Coal Wire",
        quantities=(
            ("about 2 kilometres", 2, 1.7, 2.3, "kilometer", "length", "approx", None),
            ("400 metres", 400, 400, 400, "meter", "length", "exact", None),
        ),
    )
    second = (
        "Rescuers at the colliery, where the miners are trapped, brought a 30 metre crane "
        "from Ashby."
        if crane
        else "They were sealed in a mile from the shaft and 900 metres underground, rescuers said."
    )
    b = facts_factory(
        "Fourteen miners remained trapped at Hollin colliery on Monday. " + second,
        outlet="Valley Post",
        quantities=(
            ("30 metre", 30, 30, 30, "meter", "length", "exact", None),
        )
        if crane
        else (
            ("a mile", 1, 1, 1, "mile", "length", "exact", None),
            ("900 metres", 900, 900, 900, "meter", "length", "exact", None),
        ),
    )
    return [a, b]


def test_remaining_figures_of_a_rare_dimension_fill_one_slot(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = _mine(facts_factory, crane=False)

    def depths() -> list[Finding]:
        # (the first lengths of the two openings, "about 2 kilometres" and "a mile", are
        # aligned as the lead facts they are; the depths are what is left over)
        return [f for f in _conflicts(compare(facts).findings)
                if {e.text for e in f.evidence} & {"400 metres", "900 metres"}]

    conflicts = depths()
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"400 metres", "900 metres"}
    # without the slot, and without the opening figures aligned first (their pair also leaves
    # the depths as the only figures over), nothing aligns the depths
    monkeypatch.setattr(slots_mod, "SLOT_BONUS", 0.0)
    monkeypatch.setattr(align_mod, "W_LEDE_FIRST", 0.0)
    assert not depths()


def test_leftover_figures_sharing_no_clause_word_stay_apart(facts_factory: Factory) -> None:
    # a crane's height and a depth are both left over in their articles and their sentences
    # share words, but their clauses share none: no slot, no alignment, no conflict
    facts = _mine(facts_factory, crane=True)
    _, groups = align_story(facts)
    assert not [g for g in groups if any(m.text == "30 metre" for m in g.members)]
    assert not _conflicts(compare(facts).findings)


def _workforce(facts_factory: Factory) -> list[ArticleFacts]:
    a = facts_factory(
        "The Redvale bottling plant, which employs about 900 people, stopped its lines after the "
        "fire, the owner said.",
        outlet="Trade Wire",
        quantities=(("about 900 people", 900, 870, 930, None, "count", "approx", "people"),),
    )
    b = facts_factory(
        "Redvale's more than 850 workers were sent home after the fire stopped the bottling "
        "lines.",
        outlet="Redvale Echo",
        quantities=(("more than 850 workers", 850, 850, 1700, None, "count", "at_least",
                     "workers"),),
    )
    return [a, b]


def _covering(findings: tuple[Finding, ...], *texts: str) -> list[str]:
    return [f.kind for f in findings if {e.text for e in f.evidence} >= set(texts)]


def test_a_count_of_people_can_be_a_count_of_workers(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = _workforce(facts_factory)
    texts = ("about 900 people", "more than 850 workers")
    assert _covering(compare(facts).findings, *texts) == ["compatible"]
    # with "people" as specific as any other noun, the two figures count different things
    monkeypatch.setattr(align_mod, "GENERIC_PEOPLE", frozenset())
    assert _covering(compare(facts).findings, *texts) == []


def _grounding(facts_factory: Factory) -> list[ArticleFacts]:
    # the follow-up's lede dates its news (Thursday) nearest the head term and the main event
    # (Saturday) further on; only the latter's clause reads like the first report's
    a = facts_factory(
        "The ferry Corran Star ran aground on a sandbank near Tolm early on Sunday, and the "
        "ferry's 212 passengers were taken off by lifeboat.",
        outlet="Isle Wire",
        published="2025-06-09",
        dates=(("Sunday", "2025-06-08", "2025-06-08", "day"),),
    )
    b = facts_factory(
        "Engineers on Thursday began towing the ferry Corran Star off the sandbank near Tolm "
        "where she ran aground on Saturday, June 7.",
        outlet="Harbour Log",
        published="2025-06-12",
        dates=(
            ("Thursday", "2025-06-11", "2025-06-11", "day"),
            ("Saturday, June 7", "2025-06-07", "2025-06-07", "day"),
        ),
    )
    return [a, b]


def test_a_second_lede_date_dates_the_main_event_when_its_clause_matches(
    facts_factory: Factory,
) -> None:
    facts = _grounding(facts_factory)
    index = build_index(facts)
    assert [m.text for m in index.mentions if m.uid in index.anchored_also] == [
        "Saturday, June 7"
    ]
    conflicts = _conflicts(compare(facts).findings)
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"Sunday", "Saturday, June 7"}


def _slick(facts_factory: Factory, second_day: str) -> list[ArticleFacts]:
    a = facts_factory(
        "The tanker struck a reef 5 kilometres off Carn Point. By Monday afternoon a slick "
        "about 12 kilometres long was drifting north.",
        outlet="Coast Wire",
        quantities=(
            ("5 kilometres", 5, 5, 5, "kilometer", "length", "exact", None),
            ("about 12 kilometres", 12, 11.5, 12.5, "kilometer", "length", "approx", None),
        ),
        dates=(("Monday afternoon", "2025-11-03", "2025-11-03", "day"),),
    )
    b = facts_factory(
        "The stricken tanker hit rocks three miles off Carn Point. "
        f"Spotter planes on {second_day} saw the oil stretching 20 miles up the coast.",
        outlet="Daily Gull",
        quantities=(
            ("three miles", 3, 3, 3, "mile", "length", "exact", None),
            ("20 miles", 20, 20, 20, "mile", "length", "exact", None),
        ),
        dates=((second_day, *(("2025-11-03",) * 2 if second_day == "Monday" else
                              ("2025-11-05",) * 2), "day"),),
    )
    return [a, b]


def test_figures_dated_to_the_same_day_align_and_different_days_do_not_conflict(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = _slick(facts_factory, "Monday")
    same = _conflicts(compare(monday).findings)
    assert [{e.text for e in f.evidence} for f in same] == [{"about 12 kilometres", "20 miles"}]
    assert any("same day" in r for r in _reasons(monday, "20 miles"))
    assert not _conflicts(compare(_slick(facts_factory, "Wednesday")).findings)
    # the day is what aligns them: their clauses share no other word
    monkeypatch.setattr(align_mod, "W_SAME_DAY", 0.0)
    assert not _conflicts(compare(monday).findings)


def _reasons(facts: list[ArticleFacts], text: str) -> list[str]:
    _, groups = align_story(facts)
    return [r for g in groups if any(m.text == text for m in g.members) for r in g.reasons]


def _pipeline(facts_factory: Factory) -> list[ArticleFacts]:
    a = facts_factory(
        "The pipeline under the estuary is 14,300 metres long, and about 2,100 metres of it "
        "cracked in the cold snap, the operator said.",
        outlet="Energy Wire",
        quantities=(
            ("14,300 metres", 14300, 14300, 14300, "meter", "length", "exact", None),
            ("about 2,100 metres", 2100, 2037, 2163, "meter", "length", "approx", None),
        ),
    )
    b = facts_factory(
        "The estuary pipeline is 14.3 kilometres long; engineers say the cold split a 1.2 "
        "kilometre section.",
        outlet="Grid Review",
        quantities=(
            ("14.3 kilometres", 14.3, 14.3, 14.3, "kilometer", "length", "exact", None),
            ("1.2 kilometre", 1.2, 1.2, 1.2, "kilometer", "length", "exact", None),
        ),
    )
    return [a, b]


def test_leftover_figures_beside_an_aligned_pair_fill_the_slot(facts_factory: Factory) -> None:
    facts = _pipeline(facts_factory)
    conflicts = _conflicts(compare(facts).findings)
    assert [{e.text for e in f.evidence} for f in conflicts] == [
        {"about 2,100 metres", "1.2 kilometre"}
    ]
    assert any("sentence of an aligned pair" in r for r in _reasons(facts, "1.2 kilometre"))


def test_one_fact_in_two_wordings_is_one_omission(facts_factory: Factory) -> None:
    # two articles give the time of the collapse in their own words (the values agree), the
    # third tells the collapse without it: one omission, with both wordings as evidence
    a = facts_factory(
        "The old Weir Street footbridge over the Lenn collapsed at about 3:40 a.m. on Tuesday "
        "after days of heavy rain, the council said.",
        outlet="Lenn Wire",
        published="2025-02-04",
    )
    b = facts_factory(
        "Residents heard a roar as the Weir Street footbridge over the Lenn collapsed shortly "
        "before 4 a.m. on Tuesday, after days of rain swelled the river.",
        outlet="Lenn Echo",
        published="2025-02-04",
    )
    c = facts_factory(
        "The Weir Street footbridge over the Lenn collapsed on Tuesday after days of heavy "
        "rain, and the council has closed the riverside path.",
        outlet="County Post",
        published="2025-02-05",
    )
    found = [f for f in compare([a, b, c]).findings if f.kind == "omission"]
    times = [f for f in found if any("a.m." in e.text for e in f.evidence)]
    assert len(times) == 1
    assert {e.text for e in times[0].evidence} >= {"about 3:40 a.m.", "shortly before 4 a.m."}
    assert times[0].missing_in == (c.article.id,)


def test_merge_joins_agreeing_figures_left_out_by_the_same_articles(
    facts_factory: Factory,
) -> None:
    omissions_mod = importlib.import_module("counterpoint.compare.omissions")
    a = facts_factory(
        "The footbridge collapsed at about 3:40 a.m., and 14 homes were flooded.",
        outlet="Lenn Wire",
        quantities=(("14 homes", 14, 14, 14, None, "count", "exact", "home"),),
    )
    b = facts_factory("Neighbours say the footbridge collapsed shortly before 4 a.m.", outlet="E")
    c = facts_factory("The bridge over the Lenn is gone.", outlet="County Post")
    index = build_index([a, b, c])
    by_text = {m.text: m for m in index.mentions}
    x, y = by_text["about 3:40 a.m."], by_text["shortly before 4 a.m."]
    homes = next(m for m in index.mentions if m.text.startswith("14"))
    found = [([x], (1, 2), []), ([y], (0, 2), []), ([homes], (1, 2), [])]
    merged = omissions_mod._merge(index, found)
    assert [([m.text for m in ms], missing) for ms, missing, _ in merged] == [
        (["about 3:40 a.m.", "shortly before 4 a.m."], (2,)),
        ([homes.text], (1, 2)),
    ]


def test_merge_joins_one_moment_told_in_other_words(facts_factory: Factory) -> None:
    # the two passages share only "dam" and "water", yet they time the same failure
    omissions_mod = importlib.import_module("counterpoint.compare.omissions")
    a = facts_factory(
        "Engineers at the Harl dam first saw water pouring over its spillway at about 3:40 "
        "a.m., the state water authority said.", outlet="Lenn Wire")
    b = facts_factory(
        "Sirens woke the town of Pellby shortly before 4 a.m. as the old earth dam gave way and "
        "water swept into the streets, residents said.", outlet="Pellby Echo")
    c = facts_factory("The Harl dam failed overnight and the water authority has opened an "
                      "inquiry.", outlet="County Post")
    index = build_index([a, b, c])
    by_text = {m.text: m for m in index.mentions}
    x, y = by_text["about 3:40 a.m."], by_text["shortly before 4 a.m."]
    contexts = (index.articles[0].context[x.sentence], index.articles[1].context[y.sentence])
    assert 0.05 <= tx.cosine(*contexts) < 0.15
    merged = omissions_mod._merge(index, [([x], (1, 2), []), ([y], (0, 2), [])])
    assert [([m.text for m in ms], missing) for ms, missing, _ in merged] == [
        (["about 3:40 a.m.", "shortly before 4 a.m."], (2,)),
    ]


def test_actor_denials_read_irregular_pasts_ages_and_mixed_entity_types(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "The mayor of Brantwell, Lydia Crane, conceded on Monday that the plant would close. "
        "Odell, 52, gave evidence for two days.",
        outlet="Brantwell Wire",
        # one tagger reads the mayor as an organisation, the other as a person
        entities=(("Lydia Crane", "ORG", "org:lydia-crane", "Lydia Crane"),
                  ("Odell", "PERSON", "person:marcus-odell", "Marcus Odell")),
    )
    b = facts_factory(
        "Mayor Lydia Crane has not conceded that the plant will close. Odell did not give "
        "evidence at the trial.",
        outlet="Valley Daily",
        entities=(("Lydia Crane", "PERSON", "person:lydia-crane", "Lydia Crane"),
                  ("Odell", "PERSON", "person:marcus-odell", "Marcus Odell")),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert sorted(f.topic for f in conflicts) == [
        "whether it happened: conceded", "whether it happened: give"
    ]


def test_a_share_never_aligns_with_a_count(facts_factory: Factory) -> None:
    a = facts_factory(
        "The closure cost more than a third of the plant's jobs, the union said.",
        outlet="Union News",
        quantities=(("more than a third", 0.333, 0.333, 1.0, None, "count", "at_least", None),),
    )
    b = facts_factory(
        "The closure cost 420 jobs at the plant, the union said.",
        outlet="Plant Post",
        quantities=(("420 jobs", 420, 420, 420, None, "count", "exact", "job"),),
    )
    _, groups = align_story([a, b])
    assert not [g for g in groups if g.kind == "quantity"]
    assert not _conflicts(compare([a, b]).findings)


def test_a_date_of_saying_never_aligns_with_an_event_date(facts_factory: Factory) -> None:
    a = facts_factory(
        "A cyber attack shut the Calder hospital's computers, the hospital said on Friday.",
        outlet="Wire",
        dates=(("Friday", "2025-11-07", "2025-11-07", "day"),),
    )
    b = facts_factory(
        "The hospital's phone lines went down on Thursday morning after the attack.",
        outlet="Gazette",
        dates=(("Thursday morning", "2025-11-06", "2025-11-06", "day"),),
    )
    index = build_index([a, b])
    friday, thursday = (next(m for m in index.mentions if m.text == t)
                        for t in ("Friday", "Thursday morning"))
    edge = align_mod._score(index, friday, thursday, {})
    assert edge.score == 0.0
    assert edge.reasons == ("one date dates a statement, not an event",)
    assert not _conflicts(compare([a, b]).findings)
    # a date after "said that" opens the clause told: it dates the event
    c = facts_factory(
        "The hospital announced that on Friday a cyber attack shut its phone lines.",
        outlet="Herald",
        dates=(("Friday", "2025-11-07", "2025-11-07", "day"),),
    )
    index = build_index([c, b])
    friday, thursday = (next(m for m in index.mentions if m.text == t)
                        for t in ("Friday", "Thursday morning"))
    assert align_mod._score(index, friday, thursday, {}).score > 0.0


def test_none_of_them_contradicts_a_count(facts_factory: Factory) -> None:
    a = facts_factory(
        "Two of the rescued miners were taken to hospital as a precaution, the company said.",
        outlet="Wire",
        quantities=(("Two", 2, 2, 2, None, "count", "exact", "miner"),),
    )
    b = facts_factory(
        "None of the rescued miners needed hospital treatment, paramedics said.",
        outlet="Broadcaster",
        quantities=(("None of the rescued miners", 0, 0, 0, None, "count", "exact", "miner"),),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1 and conflicts[0].topic.startswith("number of miners")


def test_the_opening_sentence_dates_the_news_when_the_head_term_is_elsewhere(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "Five carriages of an express derailed near Wennick on Saturday night. The embankment "
        "gave way after rain, and the embankment had not been checked for a year.",
        outlet="Wire",
        published="2025-06-22",
        dates=(("Saturday night", "2025-06-21", "2025-06-21", "day"),),
    )
    b = facts_factory(
        "Three carriages of the express came off the rails near Wennick in the early hours of "
        "Sunday. Engineers inspected the embankment on 3 June; the embankment was sound.",
        outlet="Local",
        published="2025-06-23",
        dates=(
            ("Sunday", "2025-06-22", "2025-06-22", "day"),
            ("3 June", "2025-06-03", "2025-06-03", "day"),
        ),
    )
    index = build_index([a, b])
    assert {m.text for m in index.mentions if m.uid in index.ledes} >= {"Saturday night", "Sunday"}
    dates = [f for f in _conflicts(compare([a, b]).findings) if f.dimension == "date"]
    assert [{e.text for e in f.evidence} for f in dates] == [{"Saturday night", "Sunday"}]


def test_figures_far_apart_or_period_bounds_never_conflict(facts_factory: Factory) -> None:
    a = facts_factory(
        "The express left the rails about three miles east of the town at about 7:20 a.m.",
        outlet="Wire",
        quantities=(("about three miles", 3, 2.6, 3.5, "mile", "length", "approx", None),),
    )
    b = facts_factory(
        "The town's gauge recorded 1.65 inches of rain in the 24 hours to 6am before the train "
        "left the rails.",
        outlet="Gazette",
        quantities=(("1.65 inches", 0.0419, 0.0419, 0.0419, "meter", "length", "exact", None),),
    )
    index, groups = align_story([a, b])
    assert not [m for m in index.mentions if m.text == "6am"]  # the end of a period
    assert not groups
    assert not _conflicts(compare([a, b]).findings)
    # "not ... until" dates the event itself
    c = facts_factory("The line did not reopen until just after 9pm.", outlet="Radio")
    (late,) = [m for m in build_index([c]).mentions if m.text == "just after 9pm"]
    assert (late.low, late.high) == (21 * 60, 21 * 60 + 15)
    # a period told by two times of day ends at the time of an event too
    d = facts_factory("Cash machines were down from 06:50 until 21:35 on Friday.", outlet="Bank")
    times = sorted(m.value for m in build_index([d]).mentions if m.key.startswith("q|clock|"))
    assert times == [6 * 60 + 50, 21 * 60 + 35]


def test_a_denied_noun_phrase_meets_the_clause_that_asserts_it(facts_factory: Factory) -> None:
    a = facts_factory(
        "The track authority said its engineers had imposed a temporary speed restriction on the "
        "section because of the flood warning.",
        outlet="Gazette",
    )
    b = facts_factory(
        "First, no temporary speed restriction was in place on the curve at Wennick Cross when "
        "the morning express reached it.",
        outlet="Union Blog",
    )
    c = facts_factory(
        "The union has called for a temporary speed restriction on every flooded curve.",
        outlet="Review",
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1 and conflicts[0].topic.startswith("whether it happened")
    # a call for one asserts nothing
    assert not _conflicts(compare([c, b]).findings)


def test_a_figure_clause_takes_its_subject_across_an_apposition(facts_factory: Factory) -> None:
    a = facts_factory(
        "Prices rose, but core inflation, the measure the board watches most, still stood at "
        "3.4 per cent.",
        outlet="Observer",
        quantities=(("3.4 per cent", 3.4, 3.4, 3.4, "percent", "percent", "exact", None),),
    )
    index = build_index([a])
    m = next(m for m in index.mentions if m.text == "3.4 per cent")
    assert {tx.stem("core"), tx.stem("inflation")} <= set(m.local)


def test_a_date_in_a_relative_clause_takes_the_noun_it_hangs_on(facts_factory: Factory) -> None:
    a = facts_factory(
        "The failure, which happened on the evening of Sunday, March 8, removed one span.",
        outlet="Review",
        published="2026-03-11",
        dates=(("Sunday, March 8", "2026-03-08", "2026-03-08", "day"),),
    )
    index = build_index([a])
    m = next(m for m in index.mentions if m.text == "Sunday, March 8")
    assert {tx.stem("failure"), "#failure", tx.stem("happened")} <= set(m.local)
    # a clause that is not relative keeps to its own words
    b = facts_factory(
        "Engineers left, and the span fell on Sunday, March 8.",
        outlet="Wire",
        published="2026-03-11",
        dates=(("Sunday, March 8", "2026-03-08", "2026-03-08", "day"),),
    )
    n = next(m for m in build_index([b]).mentions if m.text == "Sunday, March 8")
    assert tx.stem("engineers") not in n.local


def test_month_dates_of_one_past_event_share_its_family(facts_factory: Factory) -> None:
    a = facts_factory(
        "Second, that embankment was last inspected in March, six months before the crash.",
        outlet="Union Blog",
        published="2025-09-20",
        dates=(("March", "2025-03-01", "2025-03-31", "month"),),
    )
    b = facts_factory(
        "Records show that the embankment was last examined on 3 June, when it was rated sound.",
        outlet="Rail Review",
        published="2025-09-22",
        dates=(("3 June", "2025-06-03", "2025-06-03", "day"),),
    )
    index = build_index([a, b])
    march, june = (next(m for m in index.mentions if m.text == t) for t in ("March", "3 June"))
    edge = align_mod._score(index, march, june, {})
    assert any("same event (inspection)" in r for r in edge.reasons)


def test_min_finding_score_drops_minor_findings(facts_factory: Factory) -> None:
    import dataclasses

    from counterpoint.settings import DEFAULT

    facts = _mine(facts_factory, crane=False)
    everything = compare(facts).findings
    assert len(everything) >= 2
    cut = sorted(f.score for f in everything)[-1]
    kept = compare(facts, settings=dataclasses.replace(DEFAULT, min_finding_score=cut)).findings
    assert [f.score for f in kept] == [f.score for f in everything if f.score >= cut]
    assert len(kept) < len(everything) and kept[0].id == "F1"


def test_an_omitted_figure_carries_the_names_its_sentence_adds(facts_factory: Factory) -> None:
    a = facts_factory(
        "Diplomats left the capital on Friday. Other missions sent their staff by bus to "
        "Dandong, where they spent 14 days in quarantine.",
        outlet="Review",
        quantities=(("14 days", 14, 14, 14, "day", "time", "exact", None),),
        entities=(("Dandong", "GPE", "city:dandong", "Dandong"),),
    )
    b = facts_factory(
        "Diplomats left the capital on Friday, and other missions sent their staff home too.",
        outlet="Wire",
    )
    omitted = [f for f in compare([a, b]).findings if f.kind == "omission"]
    days = next(f for f in omitted if any(e.text == "14 days" for e in f.evidence))
    assert "Dandong" in {e.text for e in days.evidence}
    assert "names Dandong" in days.explanation


def test_a_part_of_a_group_yields_to_the_figure_of_the_whole(facts_factory: Factory) -> None:
    a = facts_factory(
        "Brightwater Cables will cut 1,200 jobs. The union says 380 of those jobs are at the "
        "Harlow plant, whose workers heard about the cuts from the radio. The Harlow plant "
        "employs 540 workers.",
        outlet="Harlow Courier",
        quantities=(
            ("1,200 jobs", 1200, 1200, 1200, None, "count", "exact", "jobs"),
            ("380", 380, 380, 380, None, "count", "exact", "jobs"),
            ("540 workers", 540, 540, 540, None, "count", "exact", "workers"),
        ),
    )
    b = facts_factory(
        "Brightwater Cables is to shed 1,200 jobs. All 860 workers at the Harlow plant heard "
        "about the cuts from the radio.",
        outlet="Labour Standard",
        quantities=(
            ("1,200 jobs", 1200, 1200, 1200, None, "count", "exact", "jobs"),
            ("860 workers", 860, 860, 860, None, "count", "exact", "workers"),
        ),
    )
    found = [
        {e.text for e in f.evidence} for f in _conflicts(compare([a, b]).findings)
    ]
    # "380 of those jobs" counts a part of the cuts: the plant's workforce is 540 against 860
    assert {"540 workers", "860 workers"} in found


def test_an_article_out_before_the_first_report_of_a_fact(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from counterpoint.runs import run_comparison
    from counterpoint.settings import DEFAULT

    wire = facts_factory(
        "The club confirmed the signing of the striker on Thursday after a medical.",
        outlet="Wire", published="2026-08-27",
    )
    later = facts_factory(
        "The club confirmed the signing of the striker on Thursday, and his agent Marco Festi "
        "will receive a fee of £3 million for brokering the move.",
        outlet="Tabloid", published="2026-08-29",
        quantities=(("£3 million", 3e6, 3e6, 3e6, "dollar", "currency", "exact", None),),
        entities=(("Marco Festi", "PERSON", "person:marco-festi", "Marco Festi"),),
    )
    def omitted(settings: object = DEFAULT) -> list[Finding]:
        found = compare([wire, later], settings=settings).findings  # type: ignore[arg-type]
        return [f for f in found if f.kind == "omission"]

    listed = omitted()
    assert listed and all(f.missing_in == (wire.article.id,) for f in listed)
    assert all("Wire was published before the first article that reports it" in f.explanation
               for f in listed)
    strict = dataclasses.replace(DEFAULT, omissions_in_earlier_articles=False)
    assert omitted(strict) == []
    # an article of the same day or later is still said to leave it out
    same_day = dataclasses.replace(wire, article=dataclasses.replace(
        wire.article, published="2026-08-29"))
    found = compare([same_day, later], settings=strict).findings
    assert [f for f in found if f.kind == "omission"]
    # the command line takes the setting from the environment (or the config file)
    monkeypatch.setenv("COUNTERPOINT_OMISSIONS_IN_EARLIER_ARTICLES", "false")
    run = run_comparison([wire, later]).comparison.findings
    assert not [f for f in run if f.kind == "omission"]


def test_times_of_day_are_near_around_midnight(facts_factory: Factory) -> None:
    # 23:50 and 00:20 are half an hour apart, not a factor of seventy
    late = facts_factory("The last tram left the depot at 23:50.", outlet="Metro")
    early = facts_factory("The last tram pulled out at 00:20, a driver said.", outlet="Post")
    index = build_index([late, early])
    a, b = (m for m in index.mentions if m.key.startswith("q|clock|"))
    assert align_mod._minutes_apart(a.value, b.value) == 30
    assert align_mod._closeness(a, b) > 0.97
    far = facts_factory("The first tram left the depot at 12:20.", outlet="Radio")
    c = next(m for m in build_index([far]).mentions if m.key.startswith("q|clock|"))
    assert align_mod._closeness(a, c) < align_mod._closeness(a, b)
