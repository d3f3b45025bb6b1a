"""Mechanisms that keep judgement general (texts written for these tests): maxima in two units,
figures dated to different days, parts of a total, event words dating one event, a short
negated claim, compound words in a clause, concentrations in two units, a limit told apart
from the highest reading, parts of a whole of one size, word families of measures and crowds,
flows and stocks, extents of a length, pairs kept apart through a third mention, repeated
figures as evidence, sizes before nouns, swapped digits of an age, a group and all of it,
an age told of someone else, the size of a change against a level, and terms of an agreement
told on different days, and a figure said to be the highest against "up to"."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
from findings import age, conflict_texts, read_conflicts, read_two
from findings import conflicts as _conflicts

from counterpoint.compare import align_story, compare
from counterpoint.compare import text as tx
from counterpoint.compare.mentions import (
    CLOCK_KEY,
    UNIVERSAL_KEY,
    Mention,
    StoryIndex,
    build_index,
)
from counterpoint.model import ArticleFacts, Finding

Factory = Callable[..., ArticleFacts]
align_mod = importlib.import_module("counterpoint.compare.align")


def _kinds(findings: tuple[Finding, ...], text: str) -> list[str]:
    return [f.kind for f in findings if any(e.text == text for e in f.evidence)]


def _wind(facts_factory: Factory, kmh: str, mph: str, mph_value: float) -> list[ArticleFacts]:
    a = facts_factory(
        f"Driven by gusts of {kmh}, the grass fire raced toward the Orrin valley farms.",
        outlet="Valley Wire",
        quantities=((kmh, 50, 25, 50, "kilometer_per_hour", "speed", "at_most", None),),
    )
    b = facts_factory(
        f"Winds of {mph} pushed the grass fire toward farms in the Orrin valley.",
        outlet="Plains Daily",
        quantities=((mph, mph_value, mph_value / 2, mph_value, "mile_per_hour", "speed",
                     "at_most", None),),
    )
    return [a, b]


def test_maxima_in_two_units_conflict_when_they_differ(facts_factory: Factory) -> None:
    # 50 km/h is 31 mph: "up to 60 mph" names another maximum, though both intervals reach 0
    findings = compare(_wind(facts_factory, "up to 50 km/h", "up to 60 mph", 60)).findings
    conflicts = _conflicts(findings)
    assert len(conflicts) == 1 and conflicts[0].dimension == "speed"
    assert "highest values" in conflicts[0].explanation


@pytest.mark.parametrize("opening", ["At the busiest point", "At its peak"])
def test_a_figure_said_to_be_the_highest_is_a_maximum_against_up_to(
    facts_factory: Factory, opening: str
) -> None:
    """ "At the busiest point 260 volunteers" names the most there were, exactly: against "up to
    310 volunteers ... at the peak" the two highest values differ; 260 is no figure under a
    ceiling."""
    a = facts_factory(
        f"{opening} 260 volunteers were digging at Sallow Hill, the trust said.",
        outlet="Heritage Trust", published="2030-09-02",
        quantities=(("260 volunteers", 260, 260, 260, None, "count", "exact", "volunteer"),),
    )
    b = facts_factory(
        "Up to 310 volunteers worked on the Sallow Hill dig at the peak, its organisers said.",
        outlet="Digs Monthly", published="2030-09-09",
        quantities=(("Up to 310 volunteers", 310, 155, 310, None, "count", "at_most",
                     "volunteer"),),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1 and "highest values" in conflicts[0].explanation


def test_maxima_that_are_one_value_converted_do_not_conflict(facts_factory: Factory) -> None:
    findings = compare(_wind(facts_factory, "up to 50 km/h", "up to 31 mph", 31)).findings
    assert _kinds(findings, "up to 31 mph") in (["agreement"], ["compatible"])
    assert not _conflicts(findings)


def _containment(facts_factory: Factory, dated: bool) -> list[ArticleFacts]:
    when_a, when_b = (" on Monday", "On Tuesday, ") if dated else ("", "")
    a = facts_factory(
        f"The Harlan Gap blaze was 10 percent contained{when_a}, the forestry service said.",
        outlet="Valley Wire",
        quantities=(("10 percent", 10, 10, 10, "percent", "percent", "exact", None),),
        dates=(((when_a.strip(), "2025-08-04", "2025-08-04", "day"),) if dated else ()),
    )
    b = facts_factory(
        f"{when_b}crews had the Harlan Gap blaze 35 percent contained, the forestry service said.",
        outlet="Plains Daily",
        quantities=(("35 percent", 35, 35, 35, "percent", "percent", "exact", None),),
        dates=(((when_b.strip(" ,"), "2025-08-05", "2025-08-05", "day"),) if dated else ()),
    )
    return [a, b]


def test_figure_changing_between_dated_clauses_is_an_update(facts_factory: Factory) -> None:
    findings = compare(_containment(facts_factory, dated=True)).findings
    assert not _conflicts(findings)
    assert _kinds(findings, "35 percent") == ["compatible"]
    assert "different days" in next(f for f in findings if f.kind == "compatible").explanation


def test_same_figures_without_dates_still_conflict(facts_factory: Factory) -> None:
    assert len(_conflicts(compare(_containment(facts_factory, dated=False)).findings)) == 1


def test_parts_in_one_sentence_adding_up_to_a_total_do_not_conflict(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "The Brenton marathon lottery drew 1,820 runners for Sunday's race, organisers said.",
        outlet="Valley Wire",
        quantities=(("1,820 runners", 1820, 1820, 1820, None, "count", "exact", "runners"),),
    )
    b = facts_factory(
        "Organisers of the Brenton marathon lottery put 1,040 runners to the morning start "
        "and 780 to the afternoon start of Sunday's race.",
        outlet="Plains Daily",
        quantities=(
            ("1,040 runners", 1040, 1040, 1040, None, "count", "exact", "runners"),
            ("780", 780, 780, 780, None, "count", "exact", None),
        ),
    )
    findings = compare([a, b]).findings
    assert not _conflicts(findings)
    assert "add up" in next(f for f in findings if f.kind == "compatible").explanation


def _pledges(facts_factory: Factory, join: str) -> ArticleFacts:
    return facts_factory(
        "Pledges to back the offer for Tarrow Mills cover the founding family's 36.1 per cent "
        f"{join} 4.4 per cent held by its directors, the board said.",
        outlet="Plains Daily",
        quantities=(
            ("36.1 per cent", 36.1, 36.1, 36.1, "percent", "percent", "exact", None),
            ("4.4 per cent", 4.4, 4.4, 4.4, "percent", "percent", "exact", None),
        ),
    )


def test_a_share_and_a_further_share_add_up(facts_factory: Factory) -> None:
    """ "36.1 per cent ... and a further 4.4 per cent" are two shares of one whole: their total
    (40.5 per cent) is a figure another report may give; two shares joined by a plain "and"
    may be of different wholes and are not added."""
    further = [m for m in build_index([_pledges(facts_factory, "and a further")]).mentions
               if m.parts]
    assert [(m.value, len(m.parts)) for m in further] == [(pytest.approx(40.5), 2)]
    plain = build_index([_pledges(facts_factory, "and")]).mentions
    assert not [m for m in plain if m.parts]


def test_persons_and_the_things_they_sit_in_are_not_parts_of_one_count(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "A chairlift at the Venholt resort halted on Friday, leaving 64 skiers stuck in 12 "
        "chairs above the valley, the operator said.",
        outlet="Valley Wire",
        quantities=(("64 skiers", 64, 64, 64, None, "count", "exact", "skiers"),
                    ("12 chairs", 12, 12, 12, None, "count", "exact", "chairs")),
    )
    b = facts_factory(
        "More than 70 skiers were left stuck above the valley when the Venholt resort's "
        "chairlift halted on Friday.",
        outlet="Plains Daily",
        quantities=(("More than 70 skiers", 70, 70, 140, None, "count", "lower", "skiers"),),
    )
    findings = compare([a, b]).findings
    # 64 + 12 = 76 is "more than 70", but skiers and chairs are not one total
    assert _kinds(findings, "More than 70 skiers") == ["conflict"]


def test_mechanics_and_office_staff_add_up_to_a_count_of_staff(facts_factory: Factory) -> None:
    a = facts_factory(
        "The Orlen depot will close in June, and 31 mechanics and nine office staff will lose "
        "their jobs, the operator said.",
        outlet="Valley Wire",
        quantities=(("31 mechanics", 31, 31, 31, None, "count", "exact", "mechanics"),
                    ("nine office staff", 9, 9, 9, None, "count", "exact", "staff")),
    )
    b = facts_factory(
        "The operator said 40 staff are to be laid off when the Orlen depot closes in June.",
        outlet="Plains Daily",
        quantities=(("40 staff", 40, 40, 40, None, "count", "exact", "staff"),),
    )
    findings = compare([a, b]).findings
    assert not _conflicts(findings)


def test_count_of_one_group_is_part_of_the_whole(facts_factory: Factory) -> None:
    a = facts_factory(
        "In Kerrow, 3,000 pupils sat the new reading exam this spring, the council said.",
        outlet="Valley Wire",
        quantities=(("3,000 pupils", 3000, 3000, 3000, None, "count", "exact", "pupils"),),
    )
    b = facts_factory(
        "In Kerrow, 950 pupils in the pilot group sat the new reading exam this spring.",
        outlet="Plains Daily",
        quantities=(("950 pupils", 950, 950, 950, None, "count", "exact", "pupils"),),
    )
    findings = compare([a, b]).findings
    assert not _conflicts(findings)
    assert _kinds(findings, "950 pupils") == ["compatible"]


def _warehouse(facts_factory: Factory) -> list[ArticleFacts]:
    a = facts_factory(
        "The town council will meet next month to discuss damage to the rail yard, a spokesman "
        "said in a statement. Traders along the canal have asked for help with clean-up costs "
        "and lost stock. The warehouse fire broke out on Friday evening near the sidings "
        "of the Dunmore rail yard.",
        outlet="Valley Wire",
        published="2025-10-12",
        dates=(("next month", "2025-11-01", "2025-11-30", "month"),
               ("on Friday evening", "2025-10-10", "2025-10-10", "day")),
        entities=(("Dunmore", "GPE", "gpe:dunmore", "Dunmore"),),
    )
    b = facts_factory(
        "Insurers expect claims from traders across the whole county, a broker told reporters "
        "this week. Several shops near the canal stayed shut while the smoke cleared from "
        "their yards. The blaze started on Thursday, Oct. 9, in a warehouse by the Dunmore "
        "sidings.",
        outlet="Plains Daily",
        published="2025-10-13",
        dates=(("Thursday, Oct. 9", "2025-10-09", "2025-10-09", "day"),),
        entities=(("Dunmore", "GPE", "gpe:dunmore", "Dunmore"),),
    )
    return [a, b]


def test_dates_whose_clauses_name_one_kind_of_event_conflict(facts_factory: Factory) -> None:
    conflicts = _conflicts(compare(_warehouse(facts_factory)).findings)
    assert len(conflicts) == 1 and conflicts[0].dimension == "date"
    assert {e.text for e in conflicts[0].evidence} == {"on Friday evening", "Thursday, Oct. 9"}


def test_short_negated_claim_contained_in_another_conflicts(facts_factory: Factory) -> None:
    a = facts_factory(
        "The village school was evacuated on Tuesday night as smoke drifted over the hill.",
        outlet="Valley Wire",
    )
    b = facts_factory(
        "Despite rumours, Harlow Primary School was not evacuated, its head teacher said.",
        outlet="Plains Daily",
        entities=(("Harlow Primary School", "ORG", "org:harlow-primary-school",
                   "Harlow Primary School"),),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1
    assert "was not evacuated" in " | ".join(e.text for e in conflicts[0].evidence)


@pytest.mark.parametrize(
    "negated",
    [
        # it happened, only later
        "Despite rumours, Harlow Primary School was not evacuated until Wednesday morning, its "
        "head teacher said.",
        # a rule, not a report of what did or did not happen
        "The new rules are plain. No evacuating pupils from Harlow Primary School at night.",
    ],
)
def test_not_until_and_a_rule_are_no_denial(facts_factory: Factory, negated: str) -> None:
    a = facts_factory(
        "Pupils at the village school were evacuated at night as smoke drifted over the hill.",
        outlet="Valley Wire",
    )
    b = facts_factory(
        negated, outlet="Plains Daily",
        entities=(("Harlow Primary School", "ORG", "org:harlow-primary-school",
                   "Harlow Primary School"),),
    )
    assert not _conflicts(compare([a, b]).findings)


def test_negated_saying_is_not_a_contained_claim(facts_factory: Factory) -> None:
    a = facts_factory("The village school said on Tuesday that classes would resume.",
                      outlet="Valley Wire")
    b = facts_factory("The school did not say when classes would resume.", outlet="Plains Daily")
    assert not _conflicts(compare([a, b]).findings)


def test_compound_words_share_their_parts() -> None:
    assert tx.compound_parts("follow-up") == ["follow"]
    assert tx.compound_parts("drop-off") == [tx.stem("drop")]
    assert tx.compound_parts("plain") == []


def test_follow_up_in_two_units_conflicts(facts_factory: Factory) -> None:
    a = facts_factory(
        "The Arlo trial enrolled 900 adults and followed them for a median of 20 months.",
        outlet="Valley Wire",
        quantities=(("900 adults", 900, 900, 900, None, "count", "exact", "adults"),
                    ("20 months", 20, 20, 20, "month", "time", "exact", None)),
    )
    b = facts_factory(
        "After a median follow-up of 2.5 years, Arlo trial patients on the drug lived longer. "
        "Their mean age was 70 years.",
        outlet="Plains Daily",
        quantities=(("2.5 years", 2.5, 2.5, 2.5, "year", "time", "exact", None),
                    ("70 years", 70, 70, 70, "year", "time", "exact", None)),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"20 months", "2.5 years"}


def test_monthly_and_yearly_prices_are_one_figure(facts_factory: Factory) -> None:
    a = facts_factory(
        "Renters in the new Corley towers will pay about $1,500 a month, the developer said.",
        outlet="Valley Wire",
        quantities=(("about $1,500 a month", 1500, 1275, 1725, "dollar_per_month", "currency",
                     "approx", None),),
    )
    b = facts_factory(
        "A flat in the Corley towers will cost renters $18,000 a year, the developer said.",
        outlet="Plains Daily",
        quantities=(("$18,000 a year", 18000, 18000, 18000, "dollar_per_year", "currency",
                     "exact", None),),
    )
    findings = compare([a, b]).findings
    # $1,500 a month is $18,000 a year: one figure, neither a conflict nor an omission
    assert _kinds(findings, "$18,000 a year") in (["agreement"], ["compatible"])
    assert not [f for f in findings if f.kind in ("omission", "conflict")]


def test_count_and_other_things_add_up_to_a_total(facts_factory: Factory) -> None:
    a = facts_factory(
        "The storm wrecked 96 barns and 14 other sheds across the Tillery farms, officials said.",
        outlet="Valley Wire",
        quantities=(("96 barns", 96, 96, 96, None, "count", "exact", "barns"),
                    ("14 other sheds", 14, 14, 14, None, "count", "exact", "sheds")),
    )
    b = facts_factory(
        "Officials said 110 sheds were wrecked by the storm across the Tillery farms.",
        outlet="Plains Daily",
        quantities=(("110 sheds", 110, 110, 110, None, "count", "exact", "sheds"),),
    )
    findings = compare([a, b]).findings
    assert _kinds(findings, "110 sheds") == ["agreement"]
    assert "add up" in next(f for f in findings if f.kind == "agreement").explanation


def test_officers_and_stewards_add_up_to_a_count_of_both(facts_factory: Factory) -> None:
    """Two counts of persons joined by "and" are parts of one staff: 480 officers and 120
    stewards are the 600 another report gives for the whole force."""
    a = facts_factory(
        "The county put 480 police officers and 120 stewards on duty for the Tarnby fair.",
        outlet="Fair Weekly",
        quantities=(("480 police officers", 480, 480, 480, None, "count", "exact",
                     "police officers"),
                    ("120 stewards", 120, 120, 120, None, "count", "exact", "stewards")),
    )
    b = facts_factory(
        "A force of 600 police officers and stewards worked the Tarnby fair, the county said.",
        outlet="County Desk",
        quantities=(("600 police officers", 600, 600, 600, None, "count", "exact",
                     "police officers"),),
    )
    findings = compare([a, b]).findings
    assert _kinds(findings, "600 police officers") == ["agreement"]
    assert "add up" in next(f for f in findings if f.kind == "agreement").explanation


def test_schedule_and_past_day_sharing_a_word_family_do_not_conflict(
    facts_factory: Factory,
) -> None:
    # "closed on Friday" (a share price) and "close on Monday, Dec. 1" (a deal, scheduled):
    # one word family, but a schedule is not the day of a past event
    a = facts_factory(
        "Analysts expect a busy month for Pellow Mining. Its bid for Garrow Copper drew a rival "
        "offer last week. Garrow shares closed on Friday at a record high.",
        outlet="Valley Wire",
        published="2025-11-09",
        dates=(("on Friday", "2025-11-07", "2025-11-07", "day"),),
        entities=(("Garrow", "ORG", "org:garrow-copper", "Garrow Copper"),),
    )
    b = facts_factory(
        "Regulators cleared the merger of two miners this week. Pellow said its staff were "
        "ready for the merger. The Garrow deal should close on Monday, Dec. 1, lawyers said.",
        outlet="Plains Daily",
        published="2025-11-10",
        dates=(("Monday, Dec. 1", "2025-12-01", "2025-12-01", "day"),),
        entities=(("Garrow", "ORG", "org:garrow-copper", "Garrow Copper"),),
    )
    assert not _conflicts(compare([a, b]).findings)


def test_bare_number_in_another_frame_does_not_borrow_a_unit(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    a = facts_factory(
        "The Arlo study gave 300 adults 5 mg twice daily and 290 to a dummy pill. Another "
        "group walked 3 km on Monday and two on Tuesday.",
        outlet="Valley Wire",
        quantities=(("300 adults", 300, 300, 300, None, "count", "exact", "adults"),
                    ("5 mg", 5, 5, 5, "milligram", "mass", "exact", None),
                    ("290", 290, 290, 290, None, "count", "exact", None),
                    ("3 km", 3, 3, 3, "kilometer", "length", "exact", None),
                    ("two", 2, 2, 2, None, "count", "exact", None)),
    )
    sums = [m.text for m in build_index([a]).mentions if m.parts]
    # "two on Tuesday" mirrors "3 km on Monday"; "290 to a dummy pill" is not more milligrams
    assert sums == ["3 km on Monday and two"]


def test_a_fraction_is_a_salient_figure_to_omit(facts_factory: Factory) -> None:
    a = facts_factory(
        "Roughly half of the wells in Marden ran dry during the heatwave, the water board said. "
        "The board asked residents to cut their use.",
        outlet="Valley Wire",
        quantities=(("Roughly half", 0.5, 0.45, 0.55, None, "count", "approx", "wells"),),
    )
    b = facts_factory(
        "The water board said the heatwave dried up wells in Marden. The board asked residents "
        "to cut their use.",
        outlet="Plains Daily",
    )
    omitted = [f for f in compare([a, b]).findings if f.kind == "omission"]
    assert [e.text for f in omitted for e in f.evidence] == ["Roughly half"]
    assert omitted[0].missing_in == (b.article.id,)


def test_time_words_do_not_keep_a_denial_from_its_claim(facts_factory: Factory) -> None:
    a = facts_factory(
        "Contractors had swept the ice from the roof on Thursday, the council said.",
        outlet="Valley Wire", published="2026-02-08",
        dates=(("on Thursday", "2026-02-05", "2026-02-05", "day"),),
    )
    b = facts_factory(
        "Neighbours say the roof had not been swept all week.",
        outlet="Plains Daily", published="2026-02-09",
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1
    assert "had not been swept" in " | ".join(e.text for e in conflicts[0].evidence)


def test_a_claim_dated_after_the_denying_report_is_a_later_development(
    facts_factory: Factory,
) -> None:
    a = facts_factory("The northern canal remains closed to all barges.",
                      outlet="Valley Wire", published="2026-05-02T10:00:00")
    b = facts_factory(
        "The northern canal reopened to barges on Tuesday after divers checked the lock.",
        outlet="Plains Daily", published="2026-05-07",
        dates=(("on Tuesday", "2026-05-05", "2026-05-05", "day"),),
    )
    assert not _conflicts(compare([a, b]).findings)
    # the same reopening dated before the first report contradicts it
    c = facts_factory(
        "The northern canal reopened to barges on Friday after divers checked the lock.",
        outlet="Plains Daily", published="2026-05-07",
        dates=(("on Friday", "2026-05-01", "2026-05-01", "day"),),
    )
    assert len(_conflicts(compare([a, c]).findings)) == 1


def test_a_record_that_shows_a_denial_is_attribution(facts_factory: Factory) -> None:
    a = facts_factory(
        "The pier was last surveyed by the harbour engineers in April 2024.",
        outlet="Valley Wire", published="2026-03-01",
        dates=(("April 2024", "2024-04-01", "2024-04-30", "month"),),
    )
    b = facts_factory(
        "Files obtained by Coastal Review show the pier had not been surveyed since 2017.",
        outlet="Coastal Review", published="2026-03-04",
        dates=(("2017", "2017-01-01", "2017-12-31", "year"),),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1
    assert "had not been surveyed" in " | ".join(e.text for e in conflicts[0].evidence)


def test_a_noun_spelled_like_a_source_verb_is_part_of_the_claim(facts_factory: Factory) -> None:
    a = facts_factory("The harbour air show went ahead on Saturday despite the wind.",
                      outlet="Valley Wire", published="2026-06-01")
    b = facts_factory("Organisers say the harbour air show did not go ahead.",
                      outlet="Plains Daily", published="2026-06-02")
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1
    assert "did not go ahead" in " | ".join(e.text for e in conflicts[0].evidence)


def _drift(facts_factory: Factory, deep: str) -> list[ArticleFacts]:
    a = facts_factory(
        f"The slide left snow {deep} on the mountain road above Hesk, the road service said.",
        outlet="Valley Wire",
        quantities=((deep, 6, 3, 6, "meter", "length", "at_most", None),),
    )
    b = facts_factory(
        "Snow as much as 30ft deep blocked the mountain road above Hesk after the slide.",
        outlet="Plains Daily",
        quantities=(("as much as 30ft", 30, 15, 30, "foot", "length", "at_most", None),),
    )
    return [a, b]


def test_as_deep_as_states_a_maximum(facts_factory: Factory) -> None:
    # "as deep as 6 metres" and "as much as 30ft" (9.1 m) give two different greatest depths
    for deep in ("as deep as 6 metres", "up to 6 metres"):
        (found,) = _conflicts(compare(_drift(facts_factory, deep)).findings)
        assert "highest values" in found.explanation


def test_seamen_and_crew_count_the_same_people(facts_factory: Factory) -> None:
    a = facts_factory(
        "Fourteen of the collier's 26 crew died when she sank off Tarn Head in 1908, the "
        "heritage office said.",
        outlet="Heritage Office",
        quantities=(("Fourteen", 14, 14, 14, None, "count", "exact", "crew"),
                    ("26 crew", 26, 26, 26, None, "count", "exact", "crew")),
    )
    b = facts_factory(
        "A memorial in the harbour lists 18 seamen who died when the collier sank off Tarn Head.",
        outlet="Coast Post",
        quantities=(("18 seamen", 18, 18, 18, None, "count", "exact", "seaman"),),
    )
    (found,) = _conflicts(compare([a, b]).findings)
    assert {e.text for e in found.evidence} == {"Fourteen", "18 seamen"}


def test_a_size_told_with_long_describes_the_sentence_subject(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    a = facts_factory(
        "The Orla Dane was launched at Brisk in 1921 and was 48 metres long, the museum said.",
        outlet="Museum",
        quantities=(("48 metres", 48, 48, 48, "meter", "length", "exact", None),),
        entities=(("Orla Dane", "ORG", "org:orla-dane", "Orla Dane"),
                  ("Brisk", "GPE", "gpe:brisk", "Brisk")),
    )
    b = facts_factory(
        "Divers say the Orla Dane, a 57-metre collier, lies on her side in the bay.",
        outlet="Dive Weekly",
        quantities=(("57-metre", 57, 57, 57, "meter", "length", "exact", None),),
        entities=(("Orla Dane", "ORG", "org:orla-dane", "Orla Dane"),),
    )
    of = {m.text: m.of for m in build_index([a, b]).mentions if m.kind == "quantity"}
    assert of == {"48 metres": "orla-dane", "57-metre": "orla-dane"}
    (found,) = _conflicts(compare([a, b]).findings)
    assert {e.text for e in found.evidence} == {"48 metres", "57-metre"}


def _terms(facts_factory: Factory, second: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Cycle hire in Lowmoor began in 2024 under a seven-year contract with Spokewise.",
        outlet="City Hall",
        quantities=(("seven-year", 7, 7, 7, "year", "time", "exact", None),),
    )
    b = facts_factory(
        f"Hire bikes in Lowmoor have been run since 2024 under a twelve-year {second}.",
        outlet="Mobility Weekly",
        quantities=(("twelve-year", 12, 12, 12, "year", "time", "exact", None),),
    )
    return [a, b]


def test_a_contract_and_a_concession_are_one_term(facts_factory: Factory) -> None:
    # "contract", "deal" and "concession" are one word family (data/concepts.tsv): the two
    # terms of one agreement disagree
    conflicts = _conflicts(compare(_terms(facts_factory, "concession")).findings)
    assert [sorted(e.text for e in c.evidence) for c in conflicts] == [
        ["seven-year", "twelve-year"]
    ]
    assert tx.family("concession") == tx.family("deals") == tx.family("contracts") == "#contract"
    # "a twelve-year warranty" is the term of something else
    assert not _conflicts(compare(_terms(facts_factory, "warranty")).findings)


def _accord(facts_factory: Factory, second: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Delegations from nine countries signed the Harnby fishing accord on Monday, the "
        "ministry said.",
        outlet="Ministry",
        quantities=(("nine countries", 9, 9, 9, None, "count", "exact", "country"),),
    )
    counted = second.split()[1].rstrip("s")
    b = facts_factory(
        f"Delegations from {second} signed the Harnby fishing accord on Monday.",
        outlet="Coast Wire",
        quantities=((second, 12, 12, 12, None, "count", "exact", counted),),
    )
    return [a, b]


def test_countries_and_nations_count_one_kind_of_thing(facts_factory: Factory) -> None:
    """ "nine countries" / "12 nations" (data/counted_kinds.tsv) count one kind of thing and
    disagree; "12 boats" count something else."""
    conflicts = _conflicts(compare(_accord(facts_factory, "12 nations")).findings)
    assert [sorted(e.text for e in c.evidence) for c in conflicts] == [
        ["12 nations", "nine countries"]
    ]
    assert not _conflicts(compare(_accord(facts_factory, "12 boats")).findings)


# (first report, its figure, value and noun; the second report with {} for its figure)
_ROLES = ("Harlow Mills plans to shed 1,200 roles by spring 2031, its chairman told "
          "shareholders.", ("1,200 roles", 1200, "role"),
          "Harlow Mills is axing {} in a shake-up, union officials said on Friday.")
_SIGNS = ("The Orvel runes use 58 signs, the epigraphers wrote in their paper.",
          ("58 signs", 58, "sign"),
          "Cracking the Orvel runes meant matching {} with known alphabets.")
_TICKETS = ("The Brook Lane gig had sold 4,200 tickets before it was called off, the promoter "
            "said.", ("4,200 tickets", 4200, "ticket"),
            "{} learned on Sunday that the Brook Lane gig would not go ahead.")
_MEMBERS = ("Some 8,400 members of the Tarnby swim club had paid a year in advance, its "
            "receivers said.", ("8,400 members", 8400, "member"),
            "The Tarnby swim club took a year's fees up front from {} before it shut.")
_VARIETIES = ("The Callow seed bank holds 140 varieties of barley, its curator said.",
              ("140 varieties", 140, "variety"),
              "Visitors to the Callow seed bank can see {} of barley in its cold store.")
_LANDS = ("The Orrin treaty was signed by 31 countries in the first week.",
          ("31 countries", 31, "country"),
          "Officials from {} put their names to the Orrin treaty that week.")
_GALLERY = ("The Harwick gallery recorded 320,000 visits in its first year, its director said.",
            ("320,000 visits", 320000, "visit"),
            "The Harwick gallery drew {} in the twelve months after it opened.")
_GRAVES = ("Divers recovered 16 bodies from the sunken ferry, the coastguard said.",
           ("16 bodies", 16, "body"),
           "Salvage crews brought up {} from the wreck of the sunken ferry.")
# ... with the second figure, the noun it counts and whether the two conflict
_KINDS = [(*_GRAVES, ("19 corpses", 19, "corpse"), True),
          (*_GRAVES, ("19 lifejackets", 19, "lifejacket"), False),
          (*_GALLERY, ("480,000 visitors", 480000, "visitor"), True),
          (*_GALLERY, ("480,000 postcards", 480000, "postcard"), False),
          (*_VARIETIES, ("170 kinds", 170, "kind"), True),
          (*_VARIETIES, ("170 sacks", 170, "sack"), False),
          (*_LANDS, ("38 territories", 38, "territory"), True),
          (*_LANDS, ("38 delegates", 38, "delegate"), False),
          (*_ROLES, ("1,800 jobs", 1800, "job"), True),
          (*_TICKETS, ("6,500 ticket-holders", 6500, "ticket-holder"), True),
          (*_TICKETS, ("6,500 neighbours", 6500, "neighbour"), False),
          (*_ROLES, ("1,800 looms", 1800, "loom"), False),
          (*_SIGNS, ("74 symbols", 74, "symbol"), True),
          (*_SIGNS, ("74 tablets", 74, "tablet"), False),
          (*_MEMBERS, ("9,900 customers", 9900, "customer"), True),
          (*_MEMBERS, ("9,900 towels", 9900, "towel"), False)]


@pytest.mark.parametrize(("first", "figure", "second", "other", "conflict"), _KINDS)
def test_near_synonyms_count_one_kind_of_thing(
    facts_factory: Factory, first: str, figure: tuple[str, int, str], second: str,
    other: tuple[str, int, str], conflict: bool,
) -> None:
    """A company's cut told in "roles" by one report and in "jobs" by another, or a script's
    "signs" and "symbols", tickets sold and ticket-holders, a club's members and customers,
    varieties and kinds, countries and territories, visits and visitors, bodies and corpses
    (rows of data/counted_kinds.tsv), are one count, and different figures disagree; looms
    are not jobs, nor lifejackets bodies, nor tablets signs, nor
    neighbours tickets, nor towels members, nor sacks varieties, nor delegates countries, nor
    postcards visits."""
    found = _count_conflicts(
        facts_factory, (first, [figure]), (second.format(other[0]), [other])
    )
    assert found == ([sorted([figure[0], other[0]])] if conflict else [])


def _count_conflicts(
    facts_factory: Factory, *reports: tuple[str, list[tuple[str, int, str]]]
) -> list[list[str]]:
    """The evidence texts of the conflicts found between reports given as a sentence and the
    exact counts it holds, each as (figure, value, counted noun)."""
    arts = [
        facts_factory(sentence, outlet=f"Outlet {i}",
                      quantities=tuple((figure, value, value, value, None, "count", "exact", noun)
                                       for figure, value, noun in counts))
        for i, (sentence, counts) in enumerate(reports)
    ]
    return [sorted(e.text for e in c.evidence) for c in _conflicts(compare(arts).findings)]


@pytest.mark.parametrize(
    ("other", "counted", "conflict"),
    [("A crew of 70", "crew", True), ("A fleet of 70 lorries", "lorry", False)],
)
def test_a_team_and_a_crew_count_one_group(
    facts_factory: Factory, other: str, counted: str, conflict: bool
) -> None:
    """"A team of 38 riggers" counts the team as well as the riggers, and a team and a crew
    are one kind of group (data/counted_kinds.tsv): two sizes of the group that took the
    mast down disagree. Lorries are no team."""
    figure = other.split(" of ")[1]
    found = _count_conflicts(
        facts_factory,
        ("A team of 38 riggers took the old radio mast at Penhallow down over three weeks.",
         [("38 riggers", 38, "rigger")]),
        (f"{other} worked on the Penhallow mast until it came down on Sunday.",
         [(figure, 70, counted)]),
    )
    assert found == ([["38 riggers", figure]] if conflict else [])


def test_the_only_size_of_a_team_in_each_report_is_one_measure_however_small(
    facts_factory: Factory,
) -> None:
    """Small counts are common, so being each article's only count of a noun says little
    below COUNTED_ONLY_MIN; the size of a team is the exception: a story rarely has two."""
    found = _count_conflicts(
        facts_factory,
        ("A team of four divers searched the flooded quarry at Glenholt on Tuesday, after two "
         "walkers saw a car leave the road.",
         [("four divers", 4, "diver"), ("two walkers", 2, "walker")]),
        ("Rescuers said a team of seven divers spent the night working in freezing water "
         "beside three fire crews.",
         [("seven divers", 7, "diver"), ("three fire crews", 3, "crew")]),
    )
    assert found == [["four divers", "seven divers"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("41,000 residents", 41000, "resident"), ("52,000 islanders", 52000, "islander")),
        (("about 6,000 pupils", 6000, "pupil"), ("8,500 kids", 8500, "kid")),
        (("some 3,100 computers", 3100, "computer"), ("4,700 machines", 4700, "machine")),
        (("2,600 apartments", 2600, "apartment"), ("1,900 flats", 1900, "flat")),
        (("230 shops", 230, "shop"), ("310 retailers", 310, "retailer")),
    ],
)
def test_near_synonyms_of_a_counted_noun_are_one_measure(
    facts_factory: Factory, first: tuple[str, int, str], second: tuple[str, int, str]
) -> None:
    """Residents and islanders, pupils and kids, computers and machines, apartments and flats,
    shops and retailers (data/counted_kinds.tsv) count one kind of thing: two reports of the
    Tallow ferry strike that give different counts disagree."""
    arts = [
        facts_factory(
            f"The ferry strike cut off {first[0]} on Tallow Island from the mainland on Monday, "
            "the council said.",
            outlet="Council",
            quantities=((first[0], *[first[1]] * 3, None, "count", "exact", first[2]),),
        ),
        facts_factory(
            f"On Tallow Island {second[0]} were cut off from the mainland by the ferry strike on "
            "Monday.",
            outlet="Island Wire",
            quantities=((second[0], *[second[1]] * 3, None, "count", "exact", second[2]),),
        ),
    ]
    conflicts = _conflicts(compare(arts).findings)
    assert [sorted(e.text for e in c.evidence) for c in conflicts] == [
        sorted([first[0], second[0]])
    ]


def test_public_subsidy_and_taxpayers_money_are_one_word_family() -> None:
    assert tx.family("subsidy") == tx.family("taxpayers") == "#subsidy"
    assert tx.family("landed") == tx.family("touchdown") == "#landing"


def _read(first: str, second: str, later: str = "2027-02-06") -> list[Finding]:
    """The findings when two articles are read by the real extractor and compared (the
    second published on ``later``)."""
    return list(compare(read_two(first, second, later)).findings)


def _kinds_read(
    first: str, second: str, needle: str, whole: bool = False, later: str = "2027-02-06"
) -> set[str]:
    """Kinds of the findings about ``needle`` (the whole of an evidence text, with ``whole``)
    when two articles are read by the real extractor and compared (the second published on
    ``later``)."""
    return {f.kind for f in _read(first, second, later)
            if any(needle == e.text if whole else needle in e.text for e in f.evidence)}


def test_rates_in_different_units_are_one_measure() -> None:
    """A pumping rate told in gallons an hour by one outlet and in litres an hour by another
    is one measure: equal after conversion they agree, far apart they conflict."""
    metric = ("Engineers at the flooded Tolley colliery started a pump on Friday that moves "
              "22,700 litres an hour out of the lower galleries.")
    told = ("A pump started on Friday at the flooded Tolley colliery moves {} gallons an hour "
            "out of the lower galleries, engineers said.")
    # 6,000 US gallons are 22,712 litres
    assert _kinds_read(metric, told.format("6,000"), "litres an hour") == {"agreement"}
    assert _kinds_read(metric, told.format("2,000"), "litres an hour") == {"conflict"}


def _index_read(texts: tuple[tuple[str, str, str], ...], days: int = 0) -> StoryIndex:
    """The story index of articles (id, outlet, text), each published ``days`` days after the
    one before (all on one day by default), read by the real extractor."""
    from counterpoint.facts import extract
    from counterpoint.model import Article

    arts = [Article(id=i, text=t, source=f"{i}.txt", outlet=o,
                    published=f"2027-02-{6 + k * days:02d}")
            for k, (i, o, t) in enumerate(texts)]
    return build_index(list(extract(arts)))


def _quantities_read(first: str, second: str) -> dict[str, Mention]:
    """The quantity mentions of two articles (read_two's outlets and day), by their text."""
    index = _index_read((("a", "Valley Wire", first), ("b", "Plains Daily", second)))
    return {m.text: m for m in index.mentions if m.kind == "quantity"}


@pytest.mark.parametrize(("told", "apart"), [("now", False), ("on Friday", True)])
def test_figures_said_to_hold_now_in_reports_of_different_days(told: str, apart: bool) -> None:
    """Two reports a day apart that each say the orchids "now" stand so tall are not told
    apart by their days when aligned (whether the later one updates the other is the judge's
    call): "now" is each report's own day, not a date named with the figure. Clauses that name
    two different days still are."""
    index = _index_read((
        ("a", "Valley Wire", f"At the Dunhale glasshouse the tallest orchid {told} stands 41 "
                             "centimetres high, its keeper said."),
        ("b", "Plains Daily", "Visitors to the Dunhale glasshouse heard that the orchids "
                              f"{'now' if told == 'now' else 'on Saturday'} stand 23 "
                              "centimetres tall."),
    ), days=1)
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert (m.text, n.text) == ("41 centimetres", "23 centimetres")
    reason = "the clauses date the figures to different days"
    assert (reason in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons) is apart


def test_two_previous_records_are_the_previous_measure() -> None:
    """"The previous record of 47,940" and "passing the previous mark of 45,940" both give the
    record that was broken (cues.tsv measure_modifier), which tells them from the new one."""
    index = _index_read((
        ("a", "Valley Wire", "The previous record of 47,940 was set in 2041 at a cup final in "
                             "Tarnby."),
        ("b", "Plains Daily", "A gate of 52,310 saw Dunmore Rovers play on Saturday, passing "
                              "the previous mark of 45,940 by a distance, officials said."),
    ))
    old, new, mark = (x for x in index.mentions if x.kind == "quantity")
    assert (old.text, new.text, mark.text) == ("47,940", "52,310", "45,940")
    assert "both are the 'previous' measure" in align_mod._score(
        index, old, mark, {0: 1, 1: 2}).reasons
    assert "one figure is the 'previous' measure, the other not" in align_mod._score(
        index, old, new, {0: 1, 1: 2}).reasons


def test_a_modifier_inside_the_figure_names_its_measure() -> None:
    """"Fines average £74" holds its measure modifier inside the figure's own text: it is the
    average measure, as "the average fine was £61" is, so the two may conflict."""
    first = "The average fine was £61 per driver caught on the Orsk bridge, the council said."
    second = "Fines average £74 per driver caught on the Orsk bridge."
    found = _quantities_read(first, second)
    assert sorted(found) == ["average £74 per driver", "£61 per driver"]
    assert found["£61 per driver"].modifiers == found["average £74 per driver"].modifiers == {
        "averag"}
    assert conflict_texts(first, second) == [["average £74 per driver", "£61 per driver"]]

def test_a_length_of_time_in_a_relative_clause_describes_its_noun() -> None:
    """ "a closure that lasted for 26 days" describes the closure as "a 40-day closure" does,
    so the two lengths are scored as describing one thing."""
    index = _index_read((
        ("a", "Valley Wire", "The council said a 40-day closure of the ring road cost traders "
         "about €2 million."),
        ("b", "Plains Daily", "Shopkeepers in Harlow blame a closure that lasted for 26 days for "
         "a poor year, and a strike which went on for 12 days."),
    ))
    nouns = {m.text: m.of_noun for m in index.mentions if m.kind == "quantity"}
    assert nouns["40-day"] == nouns["26 days"] == {"closur"}
    assert nouns["12 days"] == {"strik"}


@pytest.mark.parametrize(("verb", "events"), [
    ("closed", ["ending"]),
    ("finished", ["ending"]),
    ("was adjourned", []),
])
def test_a_hearing_that_closed_and_one_that_ended_are_one_event(
    verb: str, events: list[str]
) -> None:
    """A hearing that "concluded" on one day and one that "closed" on another name one
    event, its end, in other words (timing.SAME_EVENT_FAMILIES); one that was adjourned names
    none of it."""
    from counterpoint.compare import timing

    index = _index_read((
        ("a", "Valley Wire", "The Orlen planning hearing concluded on 14 January, officials said."),
        ("b", "Plains Daily", f"The Orlen planning hearing {verb} on 13 January, officials said."),
    ))
    first, second = (m for m in index.mentions if m.kind == "date")
    assert timing.shared_events(index, first, second) == events


def test_temperatures_beside_two_times_are_companions_only_to_the_tenth() -> None:
    """A figure both sentences give joins two other figures (align._companion). Temperatures
    are matched on their reading in degrees, not on three digits of a kelvin value, where
    "minus 30C" and "minus 29.6C" blur into one: a logger passing minus 30C and a record of
    minus 29.6C do not make their times one."""
    index = _index_read((
        ("a", "Survey Review", "The logger file from the Skelby Tarn station shows the air "
         "falling below minus 30C shortly after 1am, the survey said."),
        ("b", "Valley Wire", "The reading at the Skelby Tarn station came just before 6am and "
         "topped a 2019 low of minus 29.6C, forecasters said."),
        ("c", "Plains Daily", "The reading at the Skelby Tarn station came at 5.50am, topping a "
         "2019 low of minus 29.6C, forecasters said."),
    ))
    logged, came, came_too = (m for m in index.mentions if m.key.startswith("q|clock|"))
    reason = "each sentence also gives the same temperature figure"
    assert reason in align_mod._score(index, came, came_too, {0: 1, 1: 1, 2: 1}).reasons
    assert reason not in align_mod._score(index, logged, came, {0: 1, 1: 1, 2: 1}).reasons


def test_a_delegation_and_a_party_are_one_group() -> None:
    """"A delegation of 9" and "a party of 11 councillors" size one visiting group: group
    nouns of one kind (data/counted_kinds.tsv), so the sizes are compared."""
    first = ("The Lindow treaty will be signed in Harlow next month. A delegation of 9 from Orsk, "
             "including two former mayors, is expected for the signing.")
    second = ("A party of {} councillors will fly in from Orsk for the signing of the Lindow "
              "treaty next month.")
    assert _kinds_read(first, second.format(11), "9", whole=True) == {"conflict"}
    assert _kinds_read(first, second.format(9), "9", whole=True) == {"agreement"}


def test_a_time_ago_and_an_age_are_one_measure() -> None:
    """ "lived 80 million years ago" and "is 120 million years old" tell the same age."""
    ago = ("The Brenmark museum said its new fossil reptile lived about 80 million years ago in "
           "a shallow sea.")
    age = ("The Brenmark museum said its new fossil reptile, found in a shallow sea bed, is some "
           "{} million years old.")
    assert "conflict" in _kinds_read(ago, age.format(120), "million years")
    same = _kinds_read(ago, age.format(80), "million years")
    assert "agreement" in same and "conflict" not in same


def test_a_fall_of_temperature_in_two_scales_is_one_step() -> None:
    """A drop told in degrees Fahrenheit by one outlet and in Celsius by another converts as a
    step (9F is 5C, not minus 12.8C): the same step agrees, a larger one conflicts."""
    metric = ("When the storm front reached Harlow Point on Sunday the air temperature dropped "
              "5C in under an hour, the weather service said.")
    told = ("The air temperature at Harlow Point dropped {}F in under an hour on Sunday as the "
            "storm front arrived, forecasters said.")
    assert _kinds_read(metric, told.format(9), "5C", whole=True) == {"agreement"}
    assert _kinds_read(metric, told.format(20), "5C", whole=True) == {"conflict"}


def test_an_hour_and_some_minutes_is_one_duration() -> None:
    """"An hour and 25 minutes" is 85 minutes: it agrees with a report of 85 minutes."""
    words = ("Lifting the last climbers off the Varn cliff face took the crane crew {} on "
             "Saturday, the coastguard said.")
    kinds = _kinds_read(words.format("an hour and 25 minutes"), words.format("85 minutes"),
                        "85 minutes", whole=True)
    assert kinds == {"agreement"}


def test_a_mass_per_litre_and_parts_per_billion_are_one_measure() -> None:
    """Lead in water told in micrograms per litre by one outlet and in ppb by another: the
    same figure agrees, a figure twice as high conflicts."""
    metric = "The worst sample from the Tarrow estate taps held 14 micrograms per litre of lead."
    told = "The worst sample from the Tarrow estate taps held {} parts per billion of lead."
    assert _kinds_read(metric, told.format(14), "micrograms per litre") == {"agreement"}
    assert _kinds_read(metric, told.format(30), "micrograms per litre") == {"conflict"}


def test_a_limit_and_the_highest_reading_are_different_measures() -> None:
    """A legal limit and the worst reading share a unit; each is compared with its like: the
    limits agree in two units and the highest readings conflict."""
    board = ("The water board said wells at four farms near Hobb broke the legal copper limit "
             "of 20 micrograms per litre. The worst reading, 26 micrograms per litre, was taken "
             "at the well at Hobb Farm.")
    tabloid = ("Copper readings as high as 62ppb were found in the well at Hobb Farm. The "
               "permitted limit is 20ppb, the water board said.")
    assert _kinds_read(board, tabloid, "26 micrograms") == {"conflict"}
    assert _kinds_read(board, tabloid, "20ppb") == {"agreement"}


def test_parts_of_a_whole_of_one_size_are_one_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "seven of the 31 flats" and "eleven flats out of the 31 checked" count one subset of
    one group, however differently the two sentences are worded."""
    trust = ("The housing trust owns 240 homes across Marlow. Inspectors found damp in seven of "
             "the 31 flats on its Kell Street estate, the trust said.")
    tenants = ("It has been a byword for neglect for 20 years. In total, eleven flats out of the "
               "31 checked failed, tenants claim.")
    assert _kinds_read(trust, tenants, "eleven flats") == {"conflict"}
    monkeypatch.setattr(align_mod, "W_SAME_WHOLE", 0.0)
    assert "conflict" not in _kinds_read(trust, tenants, "eleven flats")


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "described"),
    [
        ("Police drew a 2-kilometre exclusion zone round the pit.", "2-kilometre", "kilometer",
         {"exclusion", "zone"}),
        ("Its cargo, a 3 kg box of insulin, survived the fall.", "3 kg", "kilogram",
         {"box"}),
        ("A 20lb camera drone struck the fence.", "20lb", "pound", {"camera", "drone"}),
        ("Scouts camped 40 km north of Tarn village.", "40 km", "kilometer", set()),
        ("The old wall stands 6 ft tall beside the lane.", "6 ft", "foot", set()),
        ("The van was doing 30 mph when it crashed.", "30 mph", "mile_per_hour", set()),
    ],
)
def test_a_measure_before_its_noun_describes_it(
    facts_factory: Factory, sentence: str, figure: str, unit: str, described: set[str]
) -> None:
    # "a 3 kg box" and "a 20lb camera drone" say what they weigh, as "a 2-kilometre
    # zone" does; a direction or a dimension word after the figure names nothing
    m = _lone_measure(facts_factory, sentence, figure, unit)
    assert m.of_noun == frozenset(tx.stem(w) for w in described)


def _lone_measure(facts_factory: Factory, sentence: str, figure: str, unit: str) -> Mention:
    """The mention of the one figure of ``sentence``, read in a story of two articles."""
    art = facts_factory(sentence, outlet="Desk",
                        quantities=((figure, 1, 1, 1, unit, "length", "exact", None),))
    other = facts_factory("Nothing else was measured.", outlet="Other")
    (m,) = [m for m in build_index([art, other]).mentions if m.kind == "quantity"]
    return m


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "origin"),
    [
        ("The shepherds' hut stands 4 km east of Carrow.", "4 km", "kilometer", {"carrow"}),
        ("The hut stands six miles outside Carrow.", "six miles", "mile", {"carrow"}),
        ("The lorry stopped 90 metres beyond the slip road.", "90 metres", "meter",
         {"slip", "road"}),
        ("The pony was found 1.2 km from the riding school.", "1.2 km", "kilometer",
         {"riding", "school"}),
        ("The pony ran 3 km before it was caught.", "3 km", "kilometer", set()),
    ],
)
def test_a_distance_knows_what_it_is_measured_from(
    facts_factory: Factory, sentence: str, figure: str, unit: str, origin: set[str]
) -> None:
    m = _lone_measure(facts_factory, sentence, figure, unit)
    assert m.origin == frozenset(tx.stem(w) for w in origin)


def test_two_distances_from_one_place_are_one_fact(facts_factory: Factory) -> None:
    """"2 km north of Pellow" and "five miles outside Pellow": measured from the same village,
    the two distances are where the dog was found, and they disagree; each article's other
    distance (a path's length, the miles searched) stays apart."""
    a = facts_factory(
        "Volunteers searching the moor found the missing spaniel 2 km north of Pellow late on "
        "Sunday. The moor path they walked is 14 km long.",
        outlet="Moor Wire", published="2026-01-12",
        quantities=(("2 km", 2, 2, 2, "kilometer", "length", "exact", None),
                    ("14 km", 14, 14, 14, "kilometer", "length", "exact", None)),
    )
    b = facts_factory(
        "Bramble the spaniel was finally spotted five miles outside Pellow by a farmer. Her "
        "owners had covered 30 miles of lanes in their search.",
        outlet="Daily Yap", published="2026-01-13",
        quantities=(("five miles", 5, 5, 5, "mile", "length", "exact", None),
                    ("30 miles", 30, 30, 30, "mile", "length", "exact", None)),
    )
    found = _conflicts(compare([a, b]).findings)
    assert [{e.text for e in f.evidence} for f in found] == [{"2 km", "five miles"}]


def test_a_quoted_name_between_a_figure_and_its_date_keeps_them_together(
    facts_factory: Factory,
) -> None:
    # 'cut the flood warning to 1, "watch", on Friday': the gloss names the level, the date
    # still dates it, so Tuesday's level 3 and Friday's level 1 are an update
    a = facts_factory(
        "Forecasters raised the flood warning for the Tarn valley to 3 on Tuesday evening.",
        outlet="Valley Wire", published="2025-03-12",
        quantities=(("3", 3, 3, 3, "level", "rank", "exact", None),),
        dates=(("Tuesday evening", "2025-03-11", "2025-03-11", "day"),),
    )
    b = facts_factory(
        'Forecasters cut the flood warning for the Tarn valley to 1, "watch", on Friday.',
        outlet="Plains Daily", published="2025-03-15",
        quantities=(("1", 1, 1, 1, "level", "rank", "exact", None),),
        dates=(("Friday", "2025-03-14", "2025-03-14", "day"),),
    )
    findings = compare([a, b]).findings
    assert not _conflicts(findings)
    assert "different days" in next(f for f in findings if f.kind == "compatible").explanation



def test_a_weight_and_what_a_load_weighed_are_one_measure(facts_factory: Factory) -> None:
    # "weight" and "weighed" are one word family, so the loads meet despite the tabloid's
    # other words (and the smaller figures beside them stay apart); 410 kg is about 904 lb,
    # not 1,500
    a = facts_factory(
        "Police stopped a flatbed lorry near the depot on Tuesday. Its load of stolen copper "
        "cable had a declared weight of 410 kilograms. Each drum held about 12 kilograms of "
        "wire.",
        outlet="Valley Wire",
        quantities=(("410 kilograms", 410, 410, 410, "kilogram", "mass", "exact", None),
                    ("about 12 kilograms", 12, 11, 13, "kilogram", "mass", "approx", None)),
    )
    b = facts_factory(
        "The crooks' haul weighed a whopping 1,500lb, cops revealed. Some of the smallest "
        "reels weighed barely 2lb.",
        outlet="Plains Daily",
        quantities=(("1,500lb", 1500, 1500, 1500, "pound", "mass", "exact", None),
                    ("barely 2lb", 2, 2, 2, "pound", "mass", "at_most", None)),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert [sorted(e.text for e in f.evidence) for f in conflicts] == [
        ["1,500lb", "410 kilograms"]
    ]


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit", "clash"),
    [
        ("The marina's stolen yachts were worth $1.1 million, the police said.",
         "$1.1 million", 1.1e6, "dollar", True),
        ("The marina expects $4 million in annual savings from its new berths.",
         "$4 million", 4e6, "dollar", False),
        ("The marina spends $90,000 a month on its night patrols.",
         "$90,000 a month", 9e4, "dollar_per_month", False),
        # a rate just before the figure gives it its period ...
        ("The marina lands 800 tonnes of fish a year worth some $2 million.",
         "some $2 million", 2e6, "dollar", False),
        # ... but not a span that dates it
        ("The marina was sold a year ago for $2 million, the police said.",
         "$2 million", 2e6, "dollar", True),
    ],
)
def test_a_figure_per_year_and_one_without_a_period_are_kept_apart(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch, sentence: str, figure: str,
    value: float, unit: str, clash: bool,
) -> None:
    # a flow ("$3.2 million a year") and a stock ("worth $1.1 million") are different
    # measures; an adjective of period ("annual") or another period is no clash
    a = facts_factory(
        "The marina's patrol service runs on $3.2 million a year.", outlet="Valley Wire",
        quantities=(("$3.2 million a year", 3.2e6, 3.2e6, 3.2e6, "dollar_per_year",
                     "currency", "exact", None),),
    )
    b = facts_factory(
        sentence, outlet="Plains Daily",
        quantities=((figure, value, value, value, unit, "currency", "exact", None),),
    )
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "quantity")
    clash_reason = "one figure is given per period of time, the other not"
    assert (clash_reason in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons) is clash
    if "annual" in sentence:
        monkeypatch.setattr(align_mod, "PERIOD_WORDS", frozenset())
        assert clash_reason in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons


def _lengths(facts_factory: Factory) -> list[ArticleFacts]:
    def metres(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, "meter", "length", "exact", None)

    return [
        facts_factory("The diver swam in a pool about 1.2 metres deep by the quay.",
                      outlet="Valley Wire", quantities=(metres("about 1.2 metres", 1.2),)),
        facts_factory("Keepers said the eel measured 2.6 metres in length.",
                      outlet="Plains Daily", quantities=(metres("2.6 metres", 2.6),)),
        facts_factory("The eel, some 2.6 m, bit the diver near the quay.",
                      outlet="Harbour Post", quantities=(metres("2.6 m", 2.6),)),
    ]


def test_a_depth_and_a_length_never_align(facts_factory: Factory) -> None:
    index = build_index(_lengths(facts_factory))
    deep, long, _ = (m for m in index.mentions if m.kind == "quantity")
    edge = align_mod._score(index, deep, long, {0: 1, 1: 1})
    assert (edge.score, edge.reasons) == (0.0, ("one is a depth, the other a length",))


def test_two_widths_are_one_extent_and_an_adjective_before_a_figure_is_not_its_own(
    facts_factory: Factory,
) -> None:
    """A beam and a figure told "wide" both measure a width, a push towards one fact; in
    "31 metres long and 7 metres wide" the "long" belongs to the first figure only."""
    def metres(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, "meter", "length", "exact", None)

    index = build_index([
        facts_factory("The new lifeboat is 31 metres long and 7 metres wide.", outlet="Quay Wire",
                      quantities=(metres("31 metres", 31), metres("7 metres", 7))),
        facts_factory("Her hull has a beam of 7.4 m and draws little water.",
                      outlet="Boatbuilder Weekly", quantities=(metres("7.4 m", 7.4),)),
        facts_factory("The crew took her out, all 30.5 m in length, on Sunday.",
                      outlet="Harbour Post", quantities=(metres("30.5 m", 30.5),)),
    ])
    long, wide, beam, length = (m for m in index.mentions if m.kind == "quantity")
    assert "both are a width" in align_mod._score(index, wide, beam, {0: 1, 1: 1}).reasons
    apart = {align_mod._score(index, m, n, {0: 1, 1: 1, 2: 1}).reasons
             for m, n in ((long, beam), (wide, length))}
    assert apart == {("one is a length, the other a width",),
                     ("one is a width, the other a length",)}


def test_two_mentions_kept_apart_stay_apart_through_a_third(facts_factory: Factory) -> None:
    # the depth may meet the bare "2.5 m", and the length too, but depth and length never
    # share a group
    index = build_index(_lengths(facts_factory))
    deep, long, bare = (m for m in index.mentions if m.kind == "quantity")
    by_uid = {m.uid: m for m in (deep, long, bare)}
    edges = [align_mod._Edge(0.6, long.uid, bare.uid, ()),
             align_mod._Edge(0.5, deep.uid, bare.uid, ())]
    apart = {(min(deep.uid, long.uid), max(deep.uid, long.uid))}
    groups = align_mod._cluster(by_uid, "quantity", deep.key, edges, apart)
    assert [[m.text for m in g.members] for g in groups] == [["2.6 metres", "2.6 m"]]
    merged = align_mod._cluster(by_uid, "quantity", deep.key, edges)
    assert [len(g.members) for g in merged] == [3]


def test_two_counts_of_different_things_stay_apart_through_a_third(
    facts_factory: Factory,
) -> None:
    def count(phrase: str, value: float, noun: str) -> tuple[object, ...]:
        return (phrase, value, value, value, None, "count", "exact", noun)

    facts = [
        facts_factory("The balloon carried 12 passengers over the valley.",
                      outlet="Valley Wire", quantities=(count("12 passengers", 12, "passenger"),)),
        facts_factory("The balloon carried 13 pilots over the valley.",
                      outlet="Plains Daily", quantities=(count("13 pilots", 13, "pilot"),)),
        facts_factory("The balloon carried 12 over the valley.",
                      outlet="Harbour Post", quantities=(count("12", 12, None),)),
    ]
    index = build_index(facts)
    first, second, _ = (m for m in index.mentions if m.kind == "quantity")
    assert align_mod._score(index, first, second, {0: 1, 1: 1}).reasons == (
        "different things counted",)
    groups = [g for g in align_story(facts)[1] if g.kind == "quantity"]
    assert all({first.uid, second.uid} - {m.uid for m in g.members} for g in groups)


def test_passengers_and_holidaymakers_are_one_crowd(facts_factory: Factory) -> None:
    # the travellers' nouns are one word family: the two counts may be the same people
    a = facts_factory(
        "The gondola stopped above the glacier with 86 passengers inside on Sunday.",
        outlet="Valley Wire",
        quantities=(("86 passengers", 86, 86, 86, None, "count", "exact", "passenger"),),
    )
    b = facts_factory(
        "More than 90 holidaymakers were stuck in the gondola above the glacier.",
        outlet="Plains Daily",
        quantities=(("More than 90 holidaymakers", 90, 90, None, None, "count", "at_least",
                     "holidaymaker"),),
    )
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert "different things counted" not in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons


@pytest.mark.parametrize(
    ("one", "other"), [("commuters", "passengers"), ("households", "homes")]
)
def test_nouns_of_one_family_count_the_same_things(one: str, other: str) -> None:
    assert tx.family(one) is not None and tx.family(one) == tx.family(other)


def test_a_conflict_shows_each_place_an_outlet_gives_its_figure(facts_factory: Factory) -> None:
    def routes(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, None, "count", "exact", "route")

    a = facts_factory(
        "The council will withdraw nine ferry routes next spring to save money.",
        outlet="Valley Wire", quantities=(routes("nine ferry routes", 9),),
    )
    b = facts_factory(
        "Islanders are furious that a dozen ferry routes face the axe next spring.\n\n"
        "Twelve routes are to go to save money, the council admitted.",
        outlet="Plains Daily",
        quantities=(routes("a dozen ferry routes", 12), routes("Twelve routes", 12)),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {
        "nine ferry routes", "a dozen ferry routes", "Twelve routes"}


def test_two_sizes_written_before_their_nouns_lean_together(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "the 240-metre tanker" and "the 262-metre vessel" both give an object's size; "a slick
    # about 230 metres long" is written another way and gets no such push
    def metres(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, "meter", "length", "exact", None)

    a = facts_factory("The 240-metre tanker Corra Bay ran aground off Skell Point.",
                      outlet="Coast Wire", quantities=(metres("240-metre", 240),))
    b = facts_factory("Tugs freed the 262-metre vessel. A patrol plane saw a fuel slick about "
                      "230 metres long near its stern.", outlet="Shipping Weekly",
                      quantities=(metres("262-metre", 262), metres("about 230 metres", 230)))
    index = build_index([a, b])
    tanker, vessel, slick = (m for m in index.mentions if m.kind == "quantity")
    reason = "both are sizes written before a noun"
    both = align_mod._score(index, tanker, vessel, {0: 1, 1: 2})
    assert reason in both.reasons
    assert reason not in align_mod._score(index, tanker, slick, {0: 1, 1: 2}).reasons
    monkeypatch.setattr(align_mod, "W_BOTH_COMPOUND", 0.0)
    plain = align_mod._score(index, tanker, vessel, {0: 1, 1: 2})
    assert both.score > plain.score


def _ages(facts_factory: Factory) -> list[ArticleFacts]:
    return [
        facts_factory(
            "A falling roof tile struck a 58-year-old cyclist on Harbour Road on Monday.",
            outlet="Valley Wire", published="2026-06-10", quantities=(age("58-year-old", 58),),
        ),
        facts_factory(
            "Cyclist Ron Tully, 85, was knocked off his bike when a slate smashed down.",
            outlet="Plains Daily", published="2026-06-11", quantities=(age("85", 85),),
        ),
    ]


def test_an_age_with_its_two_digits_swapped_is_a_likely_slip(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = _ages(facts_factory)
    conflicts = _conflicts(compare(facts).findings)
    assert len(conflicts) == 1
    assert "the same digits in another order: perhaps a slip" in conflicts[0].explanation
    # a push toward one fact, larger than for other figures
    index = build_index(facts)
    m, n = (x for x in index.mentions if x.kind == "quantity")
    edge = align_mod._score(index, m, n, {0: 1, 1: 1})
    monkeypatch.setattr(align_mod, "W_TRANSPOSED_AGE", align_mod.W_TRANSPOSED)
    assert align_mod._score(index, m, n, {0: 1, 1: 1}).score < edge.score


def test_a_time_of_day_with_its_minutes_swapped_gets_the_slip_push(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = facts_factory("The partial eclipse peaked over Harrow Moor at 10:53 on Saturday.",
                      outlet="Sky Wire", published="2027-06-12")
    b = facts_factory("Stargazers on Harrow Moor saw the eclipse peak at 10:35 on Saturday.",
                      outlet="Moor News", published="2027-06-13")
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.key.startswith("q|clock|"))
    edge = align_mod._score(index, m, n, {0: 1, 1: 1})
    assert "the same digits in another order" in edge.reasons
    monkeypatch.setattr(align_mod, "TRANSPOSED_SLIPS", frozenset({"age"}))
    assert align_mod._score(index, m, n, {0: 1, 1: 1}).score < edge.score


def test_a_part_of_a_group_and_all_of_it_are_one_count_told_two_ways(
    facts_factory: Factory,
) -> None:
    """"Five of the six" went to hospital against "all six": the same group and the same
    event, so the counts disagree; the six of the first report is not a second figure that
    agrees with the other."""
    def count(phrase: str, value: float, noun: str | None = None) -> tuple[object, ...]:
        return (phrase, value, value, value, None, "count", "exact", noun)

    a = facts_factory(
        "Five of the six climbers went to hospital in ambulances, the rescue team said.",
        outlet="Rescue Wire", published="2027-05-02",
        quantities=(count("Five", 5), count("six climbers", 6, "climber")),
    )
    b = facts_factory(
        "All six climbers needed hospital care once they were down, a medic said.",
        outlet="Daily Roar", published="2027-05-03",
        quantities=(count("six climbers", 6, "climber"),),
    )
    conflicts = _conflicts(compare([a, b]).findings)
    assert [sorted(e.text for e in f.evidence) for f in conflicts] == [["Five", "six climbers"]]
    (whole,) = [m for m in build_index([b]).mentions if m.kind == "quantity"]
    assert whole.whole == 6


@pytest.mark.parametrize(
    ("beside", "beside_range", "kinds"),
    [
        # "scores" (20 to 200) fits 41 and 75 alike: it tells no two measures apart
        ("scores of", (20.0, 200.0), ["conflict"]),
        # a 75 that fits only the other report's count: two measures, told apart
        ("75", (75.0, 75.0), ["compatible"]),
    ],
)
def test_a_vague_figure_beside_a_count_does_not_explain_a_disagreement_away(
    facts_factory: Factory, beside: str, beside_range: tuple[float, float], kinds: list[str]
) -> None:
    """An article that gives a second figure fitting the other report's count "states both"
    only when that figure does not fit its own count as well."""
    def count(phrase: str, low: float, high: float) -> tuple[object, ...]:
        return (phrase, low, low, high, None, "count", "exact", "people")

    a = facts_factory(
        f"Paramedics treated 41 people for burns after they touched a grill, as well as "
        f"{beside} people with sunstroke, the county said.",
        outlet="County Desk", published="2027-06-02",
        quantities=(count("41 people", 41, 41), count(beside, *beside_range)),
    )
    b = facts_factory(
        "The organisers said paramedics treated 75 people for burns at the fair on Saturday.",
        outlet="Fair Weekly", published="2027-06-03",
        quantities=(count("75 people", 75, 75),),
    )
    judged = [f for f in compare([a, b]).findings
              if {"41 people", "75 people"} <= {e.text for e in f.evidence}]
    assert [f.kind for f in judged] == kinds


MOSS = ("Ian Moss", "PERSON", "person:ian-moss", "Ian Moss")


@pytest.mark.parametrize(
    ("second", "age_text", "years", "apart"),
    [
        # the 23-year-old is a driver the sentence tells apart from Moss
        ("Moss was charged on Monday, but officers released Ian Moss's co-accused, a "
         "23-year-old driver, without charge.", "23-year-old", 23, False),
        ("Police charged Ian Moss, a 52-year-old driver, with smuggling on Monday.",
         "52-year-old", 52, True),
    ],
)
def test_an_age_told_of_someone_else_beside_a_named_person(
    facts_factory: Factory, second: str, age_text: str, years: float, apart: bool
) -> None:
    a = facts_factory("The freight agent Ian Moss, 47, was charged with smuggling.",
                      outlet="Valley Wire", quantities=(age("47", 47),), entities=(MOSS,))
    b = facts_factory(second, outlet="Plains Daily", quantities=(age(age_text, years),),
                      entities=(MOSS,))
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert m.of == "ian-moss"
    reasons = align_mod._score(index, m, n, {0: 1, 1: 1}).reasons
    assert ("the ages of two people" not in reasons) is apart


def test_an_age_in_apposition_belongs_to_a_person_the_tagger_labelled_otherwise(
    facts_factory: Factory,
) -> None:
    # one article's tagger took the name for an organisation; its id is still a person's
    a = facts_factory(
        "Police charged Ian Moss, a 52-year-old driver, with smuggling on Monday.",
        outlet="Plains Daily",
        quantities=(("52-year-old", 52, 52, 52, "year", "age", "exact", None),),
        entities=(("Ian Moss", "ORG", "person:ian-moss", "Ian Moss"),),
    )
    (age,) = [m for m in build_index([a]).mentions if m.kind == "quantity"]
    assert age.of == "ian-moss"


def test_an_age_beside_a_name_the_tagger_missed_belongs_to_that_persons_id(
    facts_factory: Factory,
) -> None:
    # one article's tagger found the name, the other's missed it; the accented letter makes
    # the written name and the id spell the holder differently
    a = facts_factory(
        "Lucía Ferrán, 52, said the scheme would stay.", outlet="Plains Daily",
        quantities=(age("52", 52),),
        entities=(("Lucía Ferrán", "PERSON", "person:lucia-ferran", "Lucía Ferrán"),),
    )
    b = facts_factory("Lucía Ferrán, 54, said the scheme would stay.", outlet="Valley Wire",
                      quantities=(age("54", 54),))
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert m.of == n.of == "lucia-ferran"


def test_an_age_belongs_to_the_persons_id_not_to_the_title_in_the_name(
    facts_factory: Factory,
) -> None:
    # the tagger kept the title in one article's name; both ages are told of one person
    a = facts_factory(
        "Councillor Mira Holt, 52, said the scheme would stay.", outlet="Plains Daily",
        quantities=(age("52", 52),),
        entities=(("Councillor Mira Holt", "PERSON", "person:mira-holt", "Councillor Mira Holt"),),
    )
    b = facts_factory(
        "Mira Holt, the 54-year-old alderman, said the scheme would stay.", outlet="Valley Wire",
        quantities=(age("54-year-old", 54),),
        entities=(("Mira Holt", "PERSON", "person:mira-holt", "Mira Holt"),),
    )
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert m.of == n.of == "mira-holt"
    assert "both describe mira-holt" in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons


@pytest.mark.parametrize(("others", "kinds"), [
    ("two other wolves", set()),  # besides the one that got out: three in all
    ("two wolves", {"conflict"}),
])
def test_the_others_besides_one_are_one_fewer(
    facts_factory: Factory, others: str, kinds: set[str]
) -> None:
    def count(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, None, "count", "exact", "wolves")

    a = facts_factory(
        "The escaped wolf is one of three wolves at the Orme wildlife park, keepers said.",
        outlet="Park Wire", published="2027-04-02", quantities=(count("three wolves", 3),),
    )
    b = facts_factory(
        f"The Orme wildlife park's {others} stayed in their enclosure, keepers said.",
        outlet="Daily Roar", published="2027-04-03", quantities=(count(others, 2),),
    )
    assert {f.kind for f in compare([a, b]).findings if f.kind == "conflict"} == kinds


@pytest.mark.parametrize(("total", "kinds"), [
    ("9%", set()),  # 2 + 3 + 4
    ("16%", {"conflict"}),
])
def test_yearly_steps_of_a_rise_add_up_to_its_total(
    facts_factory: Factory, total: str, kinds: set[str]
) -> None:
    pct = "percent"

    def share(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, pct, pct, "exact", None)

    a = facts_factory(
        "Under the deal, pay at the Orme docks rises 2% this year, 3% in 2028 and 4% in 2029.",
        outlet="Dock Wire", published="2027-03-02",
        quantities=(share("2%", 2), share("3%", 3), share("4%", 4)),
    )
    b = facts_factory(f"Under the deal, Orme dockers get a {total} pay rise across its three "
                      "years, the union said.",
                      outlet="Union News", published="2027-03-03",
                      quantities=(share(total, float(total[:-1])),))
    assert {f.kind for f in compare([a, b]).findings if f.kind == "conflict"} == kinds


def test_only_counts_of_one_noun_nearly_twice_apart_conflict(facts_factory: Factory) -> None:
    """Each article counts stalls once, one at 300 and the other at 560: the same count told
    very differently, though 1.9 times apart."""
    def count(phrase: str, value: float, noun: str) -> tuple[object, ...]:
        return (phrase, value, value, value, None, "count", "exact", noun)

    a = facts_factory(
        "Traders at the Harlow night market said about 300 stalls opened on Friday despite the "
        "rain, alongside 40 food vans.", outlet="Market Wire", published="2027-05-08",
        quantities=(count("300 stalls", 300, "stalls"), count("40 food vans", 40, "vans")),
    )
    b = facts_factory(
        "A whopping 560 stalls crammed the Harlow night market on Friday, where 12 bands played "
        "until midnight.", outlet="Daily Roar", published="2027-05-09",
        quantities=(count("560 stalls", 560, "stalls"), count("12 bands", 12, "bands")),
    )
    found = [sorted(e.text for e in f.evidence) for f in _conflicts(compare([a, b]).findings)]
    assert found == [["300 stalls", "560 stalls"]]


@pytest.mark.parametrize(("planned", "pushed"), [("07:20", True), ("09:15", False)])
def test_only_times_of_day_hours_apart_get_no_push_without_a_shared_clause_word(
    facts_factory: Factory, planned: str, pushed: bool
) -> None:
    a = facts_factory("The council said the Harl flood siren sounded in error on Tuesday. "
                      "Phones buzzed at 06:50.", outlet="Valley Wire", published="2041-03-12")
    b = facts_factory("The council said a Harl flood siren test was planned for Tuesday. "
                      f"Staff expected to begin at {planned}.", outlet="Alert Review",
                      published="2041-03-14")
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.key.startswith("q|clock|"))
    edge = align_mod._score(index, m, n, {0: 1, 1: 1})
    # half an hour out may be one time told wrong; two hours and more, two times of the story
    assert ("the only clock figure in each article" in edge.reasons) is pushed


def test_times_told_with_the_lead_event_get_a_push_toward_one_fact(facts_factory: Factory) -> None:
    friday = (("Friday", "2026-02-06", "2026-02-06", "day"),)
    a = facts_factory("A water main under Quarry Row, Ostwick, burst at about 5.10am on Friday, "
                      "the utility said. Supply to 40 homes was cut at 9.30am.",
                      outlet="Water Board", published="2026-02-06", dates=friday)
    b = facts_factory("Quarry Row flooded shortly after 4am on Friday as the main burst, "
                      "neighbours said.",
                      outlet="Evening Post", published="2026-02-07", dates=friday)
    index = build_index([a, b])
    lead, later, other = (m for m in index.mentions if m.key.startswith("q|clock|"))
    assert (lead.text, later.text, other.text) == ("about 5.10am", "9.30am",
                                                   "shortly after 4am")
    reason = "both time the lead event of their articles"
    assert reason in align_mod._score(index, lead, other, {0: 2, 1: 1}).reasons
    # the supply was cut later that morning: not the time of the lead event
    assert reason not in align_mod._score(index, later, other, {0: 2, 1: 1}).reasons


def test_a_temperature_in_another_scale_is_a_rounded_conversion() -> None:
    """A kiln temperature told in Celsius by one outlet and as a round figure in Fahrenheit by
    another: "2,300F" is 1,250C (2,282F) converted and rounded to the hundred, so the two meet
    within the conversion slack; a figure a whole step away still conflicts."""
    metric = ("The Orrin pottery fires its stoneware kiln to 1,250C for the new glaze, the "
              "workshop said on Tuesday.")
    told = ("The stoneware kiln at the Orrin pottery is fired to {}F for the new glaze, the "
            "workshop said.")
    kinds = _kinds_read(metric, told.format("2,300"), "1,250C", whole=True)
    assert "conflict" not in kinds and kinds & {"agreement", "compatible"}
    assert _kinds_read(metric, told.format("2,700"), "1,250C", whole=True) == {"conflict"}


def test_two_readings_in_one_scale_differ_though_a_third_fits_both() -> None:
    """Two lows told in Celsius a few tenths apart cannot both be true, even beside a third
    told in whole degrees Fahrenheit that the conversion slack lets meet each of them: the
    pair in one scale is compared by its own digits."""
    texts = (
        ("a", "Fenwick Weather", "The weather service said its station at Brannow Moss fell to "
         "minus 23.8C early on Sunday, the lowest reading of the winter."),
        ("b", "Valley Wire", "Brannow Moss recorded minus 24.4C early on Sunday, the lowest of "
         "the winter, the weather service said."),
        ("c", "Plains Daily", "The thermometer at Brannow Moss sank to minus 10F early on Sunday, "
         "the coldest of the winter, forecasters said."),
    )
    assert _conflicting_texts(texts, "2027-02-06") == [["minus 10F", "minus 23.8C", "minus 24.4C"]]


def test_readings_told_to_one_decimal_in_two_scales_were_converted_with_care() -> None:
    """"minus 24.6F" is minus 31.4C to the tenth: it agrees with that reading, while "minus
    25.8F" (minus 32.1C) is another reading, not the same one loosely converted."""
    metric = ("The weather service said its station at Brannow Moss fell to minus 31.4C early on "
              "Sunday, the lowest reading of the winter.")
    told = ("The thermometer at Brannow Moss sank to minus {}F early on Sunday, the coldest of the "
            "winter, forecasters said.")
    assert _kinds_read(metric, told.format("24.6"), "minus 31.4C", whole=True) == {"agreement"}
    assert _kinds_read(metric, told.format("25.8"), "minus 31.4C", whole=True) == {"conflict"}


def test_a_month_and_a_year_beside_one_old_record_disagree() -> None:
    """An old record's year told as a month of a year ("August 1994") by one report and as a
    year ("1996") by another, each beside the same record figure and place: the shared figure
    joins the two dates as it joins two years, and they conflict."""
    first = ("A weather station at Crail Fen recorded 33.4C on Monday, a new county high. It "
             "beats the old county record of 31.2C, which was set at Lenham Observatory in "
             "August 1994.")
    second = ("Crail Fen reached 33.4C on Monday, the county's highest temperature. The old county "
              "high, 31.2C, was taken at Lenham Observatory in 1996 with a mercury thermometer in "
              "a wooden box.")
    assert _kinds_read(first, second, "August 1994", whole=True) == {"conflict"}


def test_an_age_told_of_a_phrase_holding_another_name_is_that_ones() -> None:
    """One report gives both parents' ages by name ("Mabel, 12", "Ranjit, 15"); others give
    them before a noun and the name ("14-year-old mum Mabel", "the 17-year-old bull Ranjit",
    a name the tagger may not know as a person). Each age meets its own holder's, not the
    other parent's."""
    texts = (
        ("a", "Harlow Park", "A giraffe calf was born at the Harlow wildlife park on Monday. Its "
         "mother, Mabel, 12, came to Harlow from a park in the north. The father is Ranjit, 15, a "
         "bull on a breeding loan."),
        ("b", "Valley Wire", "The leggy giraffe calf arrived on Monday at Harlow wildlife park to "
         "proud 14-year-old mum Mabel, keepers said."),
        ("c", "Plains Daily", "Keepers at Harlow wildlife park said the father of Monday's giraffe "
         "calf, the 17-year-old bull Ranjit, came on loan from another park."),
    )
    assert _conflicting_texts(texts, "2027-02-06") == [
        ["12", "14-year-old"], ["15", "17-year-old"]
    ]


def _conflicting_texts(texts: tuple[tuple[str, str, str], ...], published: str) -> list[list[str]]:
    """The evidence texts of each conflict found when articles (id, outlet, text) published on
    one day are read by the real extractor and compared."""
    from counterpoint.facts import extract
    from counterpoint.model import Article

    arts = [Article(id=i, text=t, source=f"{i}.txt", outlet=o, published=published)
            for i, o, t in texts]
    conflicts = _conflicts(compare(list(extract(arts))).findings)
    return sorted(sorted(e.text for e in c.evidence) for c in conflicts)


@pytest.mark.parametrize(("told", "conflict"), [
    ("retired in 2019 aged 83", True),
    ("retired in 2021 aged 82", False),
])
def test_two_ages_conflict_when_the_years_between_cannot_explain_them(
    told: str, conflict: bool
) -> None:
    """ "Honoured on 14 February 2020, aged 81" dates the age by the clause before it. "83" in
    2019 is then two years older a year earlier: no update, a contradiction. "82" in 2021
    may be the same person a birthday on."""
    first = ("The sculptor Marta Ilves was honoured by the Orlen academy on 14 February 2020, "
             "aged 81, for six decades of work in bronze.")
    second = f"Ilves, who {told}, was honoured by the Orlen academy for her work in bronze."
    assert ("conflict" in _kinds_read(first, second, "81", whole=True)) is conflict


def test_two_years_of_one_past_verb_disagree_whatever_figures_they_date() -> None:
    """ "opened in 2031 at a cost of €4 million" / "opened in 2029 at a cost of €6 million":
    each year dates the opening, not only the cost beside it, so the years conflict, and so do
    the costs: both are the opening's, not readings of one measure on two days."""
    first = ("The Harlow lido's visitor centre, opened in 2031 at a cost of €4 million, draws "
             "crowds every summer, the council said.")
    second = ("Harlow council said the lido's visitor centre, opened in 2029 at a cost of €6 "
              "million, draws crowds every summer.")
    assert "conflict" in _kinds_read(first, second, "2031", whole=True)
    assert "conflict" in _kinds_read(first, second, "€4 million", whole=True)


def test_a_fine_told_with_its_costs_is_compared_with_the_other_fine() -> None:
    """"A fine of €40,000" and "€10,000 in costs" add up to a third report's "€50,000 in all",
    while a fourth says "a €70,000 fine". The €70,000 is joined to the total only through the
    €40,000, a part of it: the fines conflict, not the total and the fine."""
    texts = tuple((f"a{i}", f"Outlet {i}", t) for i, t in enumerate((
        "The Orlen Hawks were docked 12 points on Monday after a league panel found they broke "
        "the spending rules. The panel set a fine of €40,000 and told the Hawks to settle "
        "€10,000 in costs.",
        "ORLEN, Feb 5 (Wire) — The Orlen Hawks lost 12 points and were fined €40k on Monday for "
        "breaking the league's spending rules.",
        "The Orlen Hawks lost 12 points on Monday for breaking the league's spending rules. Their "
        "chairman said the club would appeal. Besides the penalty, the club must pay €50,000 in "
        "all, fine and panel costs together.",
        "League bosses stripped the Hawks of 12 points yesterday and hit them with a €70,000 fine "
        "for busting the spending rules. The club paid its players €2.1 million last season.",
    )))
    found = _conflicting_texts(texts, "2027-02-06")
    assert ["€40,000", "€40k", "€70,000"] in found
    assert not any("€50,000" in c for c in found)


def test_two_highest_temperatures_in_two_scales_still_differ() -> None:
    """Maxima told in Celsius and Fahrenheit are compared as maxima ("up to 45C" / "up to
    140F", which is 60C), not widened into overlapping bounds by the conversion slack."""
    maker = "The maker said the charger casing warmed to up to 45C in its own trials."
    told = "The regulator's tests found the charger casing warmed to up to {}F."
    assert _kinds_read(maker, told.format("140"), "45C") == {"conflict"}
    assert _kinds_read(maker, told.format("113"), "45C") == {"agreement"}


def test_a_start_told_by_season_and_one_told_by_month_are_one_event() -> None:
    """"Began in March" and "started in autumn" both name the start of the works (the
    onset family of data/concepts.tsv): a season dates a past event as precisely as a month
    does, so two reports that start the works in different seasons conflict."""
    first = ("Work on the new ferry terminal at Quenby began in March 2026, the harbour board "
             "told residents at a meeting on Thursday.")
    second = ("Builders at the Quenby ferry terminal started work in autumn 2025, a harbour "
              "board spokesman told residents.")
    assert _kinds_read(first, second, "March 2026") == {"conflict"}



@pytest.mark.parametrize("later", ["", " Prices for cream rise from 1 June."])
def test_each_articles_only_day_of_a_coming_start_is_one_date(later: str) -> None:
    """"From 1 March" and "from the second of May", each the only day its article says
    something is to start from, date when one change takes effect; a second such day in an
    article (cream prices "from 1 June") leaves it unsure which one is meant."""
    from counterpoint.facts import extract
    from counterpoint.model import Article

    texts = ("Members of the Tallow dairy co-operative voted on Monday to accept a cut in the "
             "milk price. The new price will be paid to members from 1 March." + later,
             "Farmers in Tallow are angry about the vote. Dairies will pay the reduced price "
             "from the second of May, one of them said.")
    arts = [Article(id=f"a{i}", text=t, source=f"a{i}.txt", outlet=f"Outlet {i}",
                    published="2027-02-06") for i, t in enumerate(texts)]
    _, groups = align_story(list(extract(arts)))
    group = next(g for g in groups if any(m.text == "the second of May" for m in g.members))
    reason = "each is its article's only day something is to start from"
    assert (reason in group.reasons) is (not later)


@pytest.mark.parametrize(("first_words", "second_words", "conflict"), [
    ("comes into force on", "kick in on", True),
    # "will not ... until May 2" names the day the rules take effect too
    ("comes into force on", "will not kick in until", True),
    ("is enforced from", "are enforced from", False),
])
def test_each_articles_only_day_a_rule_takes_effect_is_one_date(
    first_words: str, second_words: str, conflict: bool
) -> None:
    """"Comes into force on 4 April" and "kick in on May 2", each the only day its article
    says something takes effect, date one change though the two sentences share few words
    and each article has another day something starts from. Plain "from" days are too common
    for that: an exhibition open from one day and a ban from another are two things."""
    first = ("The Harrowgate council voted on Monday to ban lorries from the market square. "
             f"The ban {first_words} 4 April. A public exhibition of the plans opens "
             "from 20 March at the library.")
    second = (f"The new rules {second_words} May 2, and hauliers caught in the Harrowgate "
              "market square after that risk a 500-euro fine. A hotline for drivers "
              "runs from 1 March.")
    assert ("conflict" in _kinds_read(first, second, "4 April")) is conflict


@pytest.mark.parametrize(("figure", "conflict"), [("7,450 m", True), ("6,100 m", False)])
def test_years_whose_sentences_give_the_same_figure_date_one_fact(
    figure: str, conflict: bool
) -> None:
    """Two years of an old record whose sentences both give the record's 7,450 metres date
    the same record: the shared figure tells the pair apart from two years of two records."""
    first = ("Engineers at Tarnow said the tunnel boring machine finished its 8.2 km drive on "
             "Tuesday, beating the country's old record of 7,450 metres, which a machine "
             "reached under the Velk estuary in 2012.")
    second = (f"The boring machine broke through at Tarnow on Tuesday. The longest drive before "
              f"it reached {figure} in 2015, when the Velk estuary crossing was dug.")
    assert ("conflict" in _kinds_read(first, second, "2012")) is conflict


@pytest.mark.parametrize(("told", "conflict"), [
    ("The town, with about 52,000 inhabitants, raised part of the money itself.", True),
    ("About 52,000 residents signed a petition for it, and the town raised part of the money "
     "itself.", False),
])
def test_a_places_population_is_one_count_however_it_is_worded(told: str, conflict: bool) -> None:
    """"A town of 41,000 people" and "a town with about 52,000 inhabitants" both give the
    number of people living there: the only such count in each article, they conflict.
    Residents who signed a petition are some of them, not the town's population."""
    first = ("The port of Kelsby, a town of 41,000 people on the east coast, will get a new "
             "lifeboat station next spring, the coastguard said on Monday. Twelve volunteers "
             "will crew its two boats.")
    second = ("Coastguard chiefs picked Kelsby for the station because its harbour is the "
              "busiest on the coast, with 380 boats. " + told)
    assert ("conflict" in _kinds_read(first, second, "41,000 people")) is conflict


@pytest.mark.parametrize(("verb", "conflict"), [("entered service", True), ("was sold", False)])
def test_putting_a_thing_into_service_is_one_event(verb: str, conflict: bool) -> None:
    """"Opened in 2019" and "entered service in 2021", each its article's only year of a
    thing put into service, date one event: the years conflict. A sale in 2021 is another
    event."""
    first = ("Storm damage closed the Kessly ferry terminal on Sunday. The Kessly terminal, "
             "which opened in 2019 at a cost of 30 million euros, handles 14 sailings a day.")
    second = ("Ferry passengers were stranded on Sunday after storms hit. The Kessly terminal "
              f"{verb} in 2021 and was built to take the heaviest seas, its operator said.")
    assert ("conflict" in _kinds_read(first, second, "2019")) is conflict


_TOLL_SINCE = (
    "The Harlow canal trust announced on Monday that the Bexley lock will shut for repairs. Boat "
    "owners have paid a toll at the lock since 1961, and the trust earns about 40,000 euros a "
    "year from it.")
# Two articles, each with its only date of one kind, the year in the first article, and a
# sentence that gives the second article another date of that kind.
_ONLY_DATES = {
    # the year of the last event as great
    "record": (
        "Hail the size of golf balls fell on Corvel on Monday, smashing roofs and greenhouses. It "
        "was the worst hailstorm in the Corvel valley since 1988, the weather service said.",
        "Growers in Corvel counted their losses on Tuesday, and the hailstorm is already being "
        "called the worst since 1996.",
        "1988", " Insurers said claims were the highest since 2004.",
    ),
    # a deadline (the same figure in other words beside both: one measure, not two measured
    # at different times)
    "deadline": (
        "Rangers released eight elk into the Marrow forest on Tuesday, the first in the region "
        "for two centuries. The herd should number 40 animals by 2036, the forestry agency said.",
        "Eight elk stepped out of their crates in the Marrow forest this week. Keepers hope "
        "there will be forty of them by 2041.",
        "2036", " A new visitor centre should open by 2033.",
    ),
    # the start of something that still holds
    "since": (
        _TOLL_SINCE,
        "Bargees were angry at the closure. Skippers have been charged a toll there since 1974, "
        "which pays for the keeper.",
        "1961", " Its keepers have been in a union since 1979.",
    ),
    # the year something began, against a start that still holds
    "started": (
        _TOLL_SINCE,
        "Bargees were angry at the closure. The toll was introduced in 1974 to pay for the "
        "keeper.",
        "1961", " The keepers' union was founded in 1979.",
    ),
}


@pytest.mark.parametrize(("second", "conflict"), [
    ("The Orlen ferry was launched in 1994 by a company founded in 1987, and it carries "
     "lorries too.", True),
    ("Its harbour was launched in 1994 by a company founded in 1987, and it takes lorries "
     "too.", False),
])
def test_a_start_and_a_since_said_of_one_thing_are_one_date(second: str, conflict: bool) -> None:
    """"The ferry, which has sailed since 1998" / "The ferry was launched in 1994 by a company
    founded in 1987": two starts in the second article, but one is said of the thing the first
    article says has held since a year, so the two years date one start and conflict. A start
    said of something else (the harbour) is not that one."""
    first = ("The Orlen ferry, which has sailed since 1998, will stop on Friday, the island "
             "council said. It carries 300 passengers a day.")
    assert ("conflict" in _kinds_read(first, second, "1998", whole=True)) is conflict


@pytest.mark.parametrize("kind", sorted(_ONLY_DATES))
@pytest.mark.parametrize("another", [False, True])
def test_each_articles_only_date_of_a_kind_is_one_date(kind: str, another: bool) -> None:
    """"The worst hailstorm since 1988" / "the worst since 1996", "40 animals by 2036" /
    "forty of them by 2041", "a toll since 1961" / "a toll since 1974": each its article's
    only date of one kind (the last event as great, a deadline, a start that still holds),
    the two date one thing and conflict, though their sentences share few words. A second
    date of the kind in an article leaves it unsure which one is meant, unless two "since"
    dates are said of the thing the other article names before its date: "a toll there since
    1974" is the toll paid "since 1961", whatever the union's year."""
    first, second, year, more = _ONLY_DATES[kind]
    found = _kinds_read(first, second + (more if another else ""), year)
    assert ("conflict" in found) is (not another or kind == "since")


@pytest.mark.parametrize(("told", "conflict"), [
    ("tore a 12ft gash in its casing", True),
    ("damaged a 12ft stretch of its casing", False),
])
def test_a_hole_and_a_gash_are_one_opening(told: str, conflict: bool) -> None:
    """"A two-metre hole" and "a 12ft gash" in one pipe name one opening in other words: the
    lengths conflict. A stretch of damaged casing is another measure."""
    first = ("Gas escaped for six hours from the Tarrow pipeline on Friday after a two-metre "
             "hole opened in the pipe, engineers said. Repairs will take a week.")
    second = f"A trawler's anchor dragged across the pipeline and {told}, the operator said."
    assert ("conflict" in _kinds_read(first, second, "two-metre")) is conflict


@pytest.mark.parametrize(("other", "conflict"), [
    ("Some 2,000 protesters were outside its offices.", True),
    ("Some 2,000 protesters have signed up for a march in the spring.", False),
])
def test_two_crowds_far_apart_are_one_crowd_when_their_clauses_match(
    facts_factory: Factory, other: str, conflict: bool
) -> None:
    """Each article's only count of protesters, 400 and 2,000, five times apart: one crowd
    counted two ways when both clauses put it outside the agency's offices, two crowds when
    the other clause tells of a march still to come."""
    found = _count_conflicts(
        facts_factory,
        ("About 400 protesters massed outside the agency's offices in Varn as the board met. "
         "Twelve police officers kept watch.",
         [("About 400 protesters", 400, "protester"), ("Twelve police officers", 12, "officer")]),
        ("The board's decision came after 30 coaches brought people from across the region. "
         + other,
         [("Some 2,000 protesters", 2000, "protester"), ("30 coaches", 30, "coach")]),
    )
    assert (["About 400 protesters", "Some 2,000 protesters"] in found) is conflict


@pytest.mark.parametrize("told_as_team", [True, False])
def test_the_members_of_a_storys_team_count_the_team(
    facts_factory: Factory, told_as_team: bool
) -> None:
    """Once one report tells "a team of 40 divers", another's "38 divers" counts that team
    as well, so a third's "52-strong team" disputes it. With no report calling the divers a
    team, 38 divers and a team of 52 count different things."""
    first = ("A team of 40 divers mapped the flooded mine at Orlen this week."
             if told_as_team else "Forty volunteers mapped the flooded mine at Orlen this week.")
    found = _count_conflicts(
        facts_factory,
        (first, [("40 divers" if told_as_team else "Forty volunteers", 40,
                  "diver" if told_as_team else "volunteer")]),
        ("The survey of the Orlen mine involved 38 divers from four clubs.",
         [("38 divers", 38, "diver"), ("four clubs", 4, "club")]),
        ("The 52-strong team spent nine days in the Orlen mine.",
         [("52-strong team", 52, "team")]),
    )
    assert any("52-strong team" in c and "38 divers" in c for c in found) is told_as_team


def test_a_clause_with_its_verb_left_out_tells_of_its_own_figure() -> None:
    """"Absences fell by 30% and staff turnover by 45%": the second figure measures turnover
    (its verb is left out), so the first figure's clause ends at "and". A report that turnover
    fell 12% conflicts with the 45%, not with the 30% for absences."""
    first = ("The trial at the Ostery bakeries ended in June. Absences fell by 30% and staff "
             "turnover by 45%, the auditors reported.")
    second = ("The trial at the Ostery bakeries ended in June. Staff turnover fell 12% over the "
              "year while wages stayed flat, the auditors reported.")
    assert _kinds_read(first, second, "45%", whole=True) == {"conflict"}
    assert "conflict" not in _kinds_read(first, second, "30%", whole=True)


def test_a_rise_and_a_fall_of_one_thing_conflict() -> None:
    """"Sales ... rose about 4%" and "sales ... fell by 1.5%" tell one measure with opposite
    verbs: with clauses this alike the two verbs count as one predicate, and the reports
    disagree on the direction. The other shares (of spending, of the workforce) stay apart."""
    first = ("Quarterly figures were published on Monday. Sales at the town glassworks rose about "
             "4% over the period, helped by export orders, the firm said in its statement to "
             "investors. Energy costs took 18% of its spending.")
    second = ("Quarterly figures were published on Monday. The outlook is gloomier than the firm "
              "suggests: sales at the town glassworks fell by 1.5% in the quarter, despite a jump "
              "in exports. Its workforce shrank by 6% in a year.")
    assert _kinds_read(first, second, "1.5%", whole=True) == {"conflict"}
    assert "conflict" not in _kinds_read(first, second, "6%", whole=True)


@pytest.mark.parametrize(("yearly", "kinds"), [("12", {"compatible"}), ("20", {"conflict"})])
def test_a_sum_per_year_over_the_years_given_is_the_total(yearly: str, kinds: set[str]) -> None:
    """A fund of £60 million paid out over five years is £12 million a year for five years:
    one amount told as a total and as a rate, not two figures that disagree. £20 million a
    year for five years would be £100 million, which does disagree."""
    total = ("Ministers on Thursday set up a river defence fund of £60 million, to be paid out "
             "over five years, for new walls and pumps in about 3,000 streets along the Tarrow.")
    rate = (f"About £{yearly} million a year will go out of the river defence fund for five "
            "years, ministers said on Thursday.")
    assert _kinds_read(total, rate, "£60 million", whole=True) == kinds


@pytest.mark.parametrize(("daily", "kinds"), [
    ("some 45 megalitres of fresh water a day", {"compatible"}),
    ("some 45 megalitres of fresh water", {"conflict"}),
])
def test_a_period_told_after_the_thing_measured_makes_a_rate(daily: str, kinds: set[str]) -> None:
    """"45 megalitres of fresh water a day" is a rate though the facts stage reads the unit
    alone: over eight days it comes to about 370 megalitres, the other report's total. Without
    "a day" the two are one amount that disagrees."""
    first = ("The desalination plant at Corrow Point ran without a break through the heat wave. It "
             f"turned out {daily}, the plant's manager said.")
    second = ("Across the eight days of the heat wave the Corrow Point desalination plant turned "
              "out about 370 megalitres, its manager said.")
    assert _kinds_read(first, second, "370 megalitres") == kinds


@pytest.mark.parametrize(("after", "apart"), [(" of river water a day", False), ("", True)])
def test_a_period_after_the_thing_measured_meets_a_rate(after: str, apart: bool) -> None:
    """"41 megalitres of river water a day" is given per day as "52 megalitres per day" is: the two
    are not told apart as a rate and an amount. Without "a day" they are."""
    from counterpoint.facts import extract
    from counterpoint.model import Article

    texts = ("Water use in Harrowgate fell during the hosepipe ban. In the week to Sunday the "
             f"town drew 41 megalitres{after} from its reservoirs, the water board said.",
             "The hosepipe ban has barely dented demand in Harrowgate. The town drew 52 "
             "megalitres per day from its reservoirs in the week to Sunday, board figures show.")
    arts = [Article(id=f"a{i}", text=t, source=f"a{i}.txt", outlet=f"Outlet {i}",
                    published="2027-02-06") for i, t in enumerate(texts)]
    _, groups = align_story(list(extract(arts)))
    group = next(g for g in groups if any(m.text.startswith("52 megalitres") for m in g.members))
    assert {m.text for m in group.members} == {"41 megalitres", "52 megalitres per day"}
    assert ("one figure is given per period of time, the other not" in group.reasons) is apart


@pytest.mark.parametrize(("told", "conflict"), [
    ("guards seized 14,000 knives in all the schools", True),
    ("shops in town sold 14,000 knives last year", False),
])
def test_confiscated_and_seized_count_one_haul(told: str, conflict: bool) -> None:
    """Knives "confiscated across all city schools" and knives "seized in all the schools" are
    one haul in other words (data/concepts.tsv): each article's only count of knives, ten
    times apart, conflict once the clauses share that much. Knives sold in shops are another
    count."""
    first = ("Inspectors published their report on Monday. Over the winter term, 1,400 knives "
             "were confiscated across all city schools, mostly in the first weeks. Metal "
             "detectors cost 90 pounds each.")
    second = ("Inspectors published their report on Monday. In a long winter, fights fell by "
              f"half, they say, and {told}. The scheme employs 35 guards.")
    assert ("conflict" in _kinds_read(first, second, "1,400 knives")) is conflict


def test_state_schools_are_no_verb_of_saying() -> None:
    """In "free for every pupil in state schools" "state" is the noun, so the date after it
    dates the start of free lunches, not a statement, and conflicts with another report's."""
    first = ("Lunch will be free for every pupil in state schools from 4 September, the minister "
             "said on Monday.")
    second = ("Every pupil in state schools will get free lunches from January, the minister "
              "said on Monday.")
    assert _kinds_read(first, second, "4 September", whole=True) == {"conflict"}


def test_a_perfect_in_the_next_clause_is_no_count_so_far() -> None:
    """"Sick leave was HALVED, and most of the bakeries have stayed with ...": the perfect
    tells of the bakeries, in a clause of its own, so the later report's halving is no count
    so far that updates the earlier 36%; the two disagree (and "halved" is a fall by half)."""
    first = ("The trial at the Ostery bakeries ended in June. Sick leave fell by 36% over the "
             "year, the auditors found.")
    later = ("The trial at the Ostery bakeries ended in June. In fact sick leave was HALVED, and "
             "most of the bakeries have stayed with the shorter week.")
    assert _kinds(tuple(_read(first, later, later="2027-02-08")), "HALVED") == ["conflict"]


def test_an_agreement_of_two_roundings_shows_each() -> None:
    """"fell by 48%" and "was halved" agree (a word share is a rounding), and the explanation
    shows each article's own figure instead of one value for both."""
    first = ("The trial at the Ostery bakeries ended in June. Sick leave fell by 48% over the "
             "year, the auditors found.")
    second = ("The trial at the Ostery bakeries ended in June. Sick leave was halved over the "
              "year, the auditors found.")
    found = [f for f in _read(first, second) if any(e.text == "halved" for e in f.evidence)]
    assert _kinds(tuple(found), "halved") == ["agreement"]
    assert "“48%”" in found[0].explanation and "“halved”" in found[0].explanation


def test_a_remark_paraphrased_by_one_outlet_is_not_told_as_quoted_words() -> None:
    """One outlet quotes the ferry manager and another reports her words in its own: the
    finding says which quotes and which paraphrases, not that both quote the same words."""
    said = ("Ferry manager Tamsin Ockley said the crossing would remain suspended till the "
            "ramp had been welded back onto the pier.")
    quoted = ('"The crossing will remain suspended till the ramp has been welded back onto the '
              'pier," ferry manager Tamsin Ockley said.')
    remark = [f for f in _read(said, quoted) if any("ramp" in e.text for e in f.evidence)]
    assert [f.kind for f in remark] == ["agreement"]
    assert remark[0].explanation == (
        "The same remark is reported: Valley Wire paraphrases Tamsin Ockley; "
        "Plains Daily quotes Tamsin Ockley."
    )
    both = [f for f in _read(quoted, quoted) if any("ramp" in e.text for e in f.evidence)]
    assert both and both[0].explanation.startswith("The same words are quoted: Valley Wire quotes")


@pytest.mark.parametrize(("told", "kind"), [("rose by 60%", "conflict"),
                                            ("rose by 100 per cent", "agreement")])
def test_doubled_is_a_rise_of_one_hundred_per_cent(told: str, kind: str) -> None:
    """Parking fines at the Wendle retail park "doubled" in one report: a rise of 100%, the
    same as a rise of 100 per cent and not the same as one of 60%."""
    first = ("Parking fines at the Wendle retail park have doubled since the new operator "
             "took over in March, shoppers complained.")
    second = (f"Parking fines at the Wendle retail park {told} after the new operator took "
              "over in March, the council said.")
    assert _kinds_read(first, second, "doubled", whole=True) == {kind}


def _toll(facts_factory: Factory) -> list[ArticleFacts]:
    first = facts_factory(
        "The bridge toll for cars will rise from €2.10 to €2.50 on 1 March, the operator said.",
        outlet="Operator", published="2031-02-02",
        quantities=(("€2.10", 2.1, 2.1, 2.1, "euro", "currency", "exact", None),
                    ("€2.50", 2.5, 2.5, 2.5, "euro", "currency", "exact", None)),
    )
    second = facts_factory(
        "Drivers will see the bridge toll for cars go up by 40 cents to €2.50 on 1 March.",
        outlet="Tabloid", published="2031-02-03",
        quantities=(("40 cents", 0.4, 0.4, 0.4, "euro", "currency", "exact", None, "up"),
                    ("€2.50", 2.5, 2.5, 2.5, "euro", "currency", "exact", None)),
    )
    return [first, second]


def test_the_size_of_a_change_told_with_by_is_no_level(facts_factory: Factory) -> None:
    """ "up by 40 cents" is the step between the two levels, not a third fare: it neither
    conflicts with the fare it rose from nor takes its slot; the new fares agree."""
    found = compare(_toll(facts_factory)).findings
    assert not [f for f in _conflicts(found) if "€2.10" in {e.text for e in f.evidence}]
    assert [f.kind for f in found if {e.text for e in f.evidence} == {"€2.50"}] == ["agreement"]


def test_terms_told_before_their_noun_on_different_days_still_conflict(
    facts_factory: Factory,
) -> None:
    """ "a five-year contract" and "a four-year contract" name the term of one agreement: a
    later article dating its signing a day after the first report makes no update of it."""
    first = facts_factory(
        "The city today gave Orrel Buses a five-year contract to run its night routes.",
        outlet="City Hall", published="2031-05-05",
        quantities=(("five-year", 5, 5, 5, "year", "time", "exact", None),),
    )
    later = facts_factory(
        "The deal signed on Tuesday hands Orrel Buses a four-year contract for the night routes.",
        outlet="Transit Weekly", published="2031-05-09",
        quantities=(("four-year", 4, 4, 4, "year", "time", "exact", None),),
        dates=(("Tuesday", "2031-05-06", "2031-05-06", "day"),),
    )
    found = _conflicts(compare([first, later]).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["five-year", "four-year"]]


@pytest.mark.parametrize(("article", "described"), [
    ("the", "both describe the tortois"), ("an", "both describe a tortois"),  # (word stems)
])
def test_two_ages_of_the_one_thing_a_story_names_by_its_noun(
    facts_factory: Factory, article: str, described: str
) -> None:
    """"The 18-year-old tortoise" and "the 21-year-old tortoise" are the story's one tortoise
    and weigh as one named holder does; two ages told with "an" only share a noun."""
    a = facts_factory(
        f"Walkers found {article} 18-year-old tortoise in a garden two streets from the zoo.",
        outlet="Valley Wire", quantities=(age("18-year-old", 18),),
    )
    b = facts_factory(
        f"Keepers said {article} 21-year-old tortoise had walked out through a gap in the fence.",
        outlet="Plains Daily", quantities=(age("21-year-old", 21),),
    )
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert described in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons


def test_an_age_whose_sentence_goes_on_to_name_the_other_ages_holder_is_not_that_ones() -> None:
    """ "The 21-year-old from Lisbon outplayed the Dutchman" is not the age of "the
    31-year-old Dutchman": had it been his, the sentence would not name him after it. It meets
    the champion's age told by name instead, and the ages of two people stay out of one group
    even when each meets the age of another holder told by name."""
    texts = (
        ("a", "Board Wire", "Nadia Ferro, 22, took the snooker title in Delft on Sunday after "
         "beating the holder, Piet Laar, 31, by nine frames to five."),
        ("b", "Cue Daily", "The 31-year-old Dutchman had started the final in Delft as the "
         "favourite, but lost the snooker title by nine frames to five."),
        ("c", "Green Baize", "The 21-year-old from Lisbon outplayed the Dutchman in Delft on "
         "Sunday, winning the snooker title by nine frames to five."),
    )
    assert _conflicting_texts(texts, "2027-03-08") == [["21-year-old", "22"]]


def test_an_age_told_with_was_and_when_belongs_to_the_name_before_it() -> None:
    """ "Tova Brask, the first keeper, was 21 when ..." is Brask's age then: it disputes her
    age as another outlet gives it, and stays apart from the new keeper's age."""
    texts = (
        ("a", "Coast Wire", "Ilse Marr, aged 19, took over the Skellan light on Monday. "
         "Tova Brask, the first keeper, was 21 when she took the post."),
        ("b", "Harbour Post", "Ilse Marr is the youngest keeper of the Skellan light. The "
         "first keeper, Tova Brask, 23, took the post after the war."),
    )
    assert _conflicting_texts(texts, "2031-06-02") == [["21", "23"]]


@pytest.mark.parametrize(("first", "disputed"), [
    # a running total part of the way through the day, below the day's count
    ("By noon, 41,000 cars had driven into the Harlow charging zone on its opening day, the "
     "council said.", False),
    ("By 10am, 41,000 cars had driven into the Harlow charging zone on its opening day, the "
     "council said.", False),
    # the same count told of the whole day disputes the other
    ("The Harlow charging zone counted 41,000 cars driving in on its opening day, the council "
     "said.", True),
])
def test_a_count_up_to_an_hour_of_the_day_falls_short_of_the_days_count(
    first: str, disputed: bool
) -> None:
    second = ("The council said 62,000 cars drove into the Harlow charging zone on its opening "
              "day.")
    kinds = _kinds_read(first, second, "41,000")
    assert ("conflict" in kinds) is disputed
    assert disputed or "compatible" in kinds


def test_a_count_up_to_an_hour_of_the_day_above_the_days_count_still_conflicts() -> None:
    first = ("By noon, 62,000 cars had driven into the Harlow charging zone on its opening day, "
             "the council said.")
    second = ("The council said 41,000 cars drove into the Harlow charging zone on its opening "
              "day.")
    assert "conflict" in _kinds_read(first, second, "62,000")


@pytest.mark.parametrize(("told", "apart"), [
    ("The 21-year-old from Lisbon scored twice past both keepers.", True),  # inflected
    ("Both keepers watched the 21-year-old from Lisbon score twice.", False),  # only before it
])
def test_an_age_is_someone_elses_only_when_its_sentence_names_the_other_holder_after_it(
    facts_factory: Factory, told: str, apart: bool
) -> None:
    a = facts_factory("The 31-year-old keeper let in two goals.", outlet="Plains Daily",
                      quantities=(age("31-year-old", 31),))
    b = facts_factory(told, outlet="Valley Wire", quantities=(age("21-year-old", 21),))
    index = build_index([a, b])
    x, y = (m for m in index.mentions if m.kind == "quantity")
    assert x.of_noun and not y.of_noun
    assert align_mod._named_after(index, x, y) is apart


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("a 12-week", "a three-month", "compatible"),  # 84 days; three months run 84-93 days
    ("a 13-week", "a three-month", "agreement"),  # 91 days
    ("an 11-week", "a three-month", "conflict"),  # 77 days
    ("a 15-week", "a three-month", "conflict"),  # 105 days
    ("an 11-month", "a 12-month", "conflict"),  # months against months keep their own slack
])
def test_a_length_in_months_spans_the_shortest_to_the_longest_month(
    first: str, second: str, kind: str
) -> None:
    """Weeks do not divide months: "a three-month review" may be the same review as "a
    12-week review", but not as an 11-week one."""
    line = ("The Orlen county council held {} public review of its plan to close the Dunford "
            "library before the vote.")
    kinds = _kinds_read(line.format(first), line.format(second), second.split()[-1], whole=True)
    assert kind in kinds and not ({"conflict", "compatible", "agreement"} - {kind}) & kinds


def test_the_comparisons_month_is_the_facts_stages_month() -> None:
    from counterpoint.compare.values import MONTH_SECONDS
    from counterpoint.facts.units import to_si

    assert to_si("month", 1.0) == (MONTH_SECONDS, "second")


@pytest.mark.parametrize(("told", "disputed"), [
    # the sentence names the lanterns apart from its figure: the bulbs' wattage is not theirs
    ("The county has spent £9 million replacing its old 250-watt mercury bulbs with LED "
     "lanterns.", False),
    ("The county has spent £9 million on new 250-watt LED lanterns for its main roads.", True),
])
def test_a_figure_of_one_thing_is_not_compared_with_a_thing_its_sentence_names_apart(
    told: str, disputed: bool
) -> None:
    second = "The switch to 40-watt LED lanterns cut the county's power bill by half last year."
    assert ("conflict" in _kinds_read(told, second, "250-watt")) is disputed


@pytest.mark.parametrize(("told", "kinds"), [
    ("3 May", {"agreement"}),  # the year of "3 May" is only guessed from the day it was printed
    ("5 May", {"conflict"}),
])
def test_a_date_without_a_year_does_not_dispute_the_year_of_the_same_day(
    told: str, kinds: set[str]
) -> None:
    first = ("Volunteers came across a 3 May 1981 tram ticket inside the returned atlas at the "
             "Orlen county library.")
    second = (f"A tram ticket inside the returned atlas shows the borrower used it on {told}, "
              "the Orlen county library said.")
    found = [f for f in _read(first, second) if any(e.text == "3 May 1981" for e in f.evidence)]
    assert {f.kind for f in found} == kinds
    if kinds == {"agreement"}:
        assert "the same day (“3 May” gives no year)" in found[0].explanation


def test_the_only_rate_per_a_period_in_each_article_is_one_measure() -> None:
    """Each article's one sum of money per day is the same fine, among other sums in pounds
    (one of them per sheet) and with few words shared around it."""
    first = ("The atlas was due back in June 1984, and a reservation then cost 10p. At the "
             "charge in force, 3p a day, the years since would have cost its borrower £388, the "
             "Orlen county library said.")
    second = ("Under the old charge the Hallam family would owe 5p a day, more than £600 in all, "
              "the library said. Photocopies cost 20p a sheet.")
    assert "conflict" in _kinds_read(first, second, "3p a day", whole=True)


def test_a_count_of_other_things_beside_a_figure_is_not_a_second_figure_of_it() -> None:
    """ "300 branches" in the sentence that puts the job losses at 700 is no second count of
    jobs that agrees with "up to 400": the two counts of jobs conflict."""
    first = "Up to 400 jobs will go when the Tarrow Building Society shuts its counters."
    second = ("The society's 300 branches will all close, and the number of jobs at stake "
              "is put at 700, the Tarrow Building Society said.")
    assert "conflict" in _kinds_read(first, second, "400 jobs")


def test_card_payments_and_card_transactions_are_one_count() -> None:
    first = "Roughly 4 million card payments were refused during the Lunar Pay outage on Monday."
    second = "Lunar Pay said 2.1 million card transactions were refused during Monday's outage."
    assert "conflict" in _kinds_read(first, second, "card payments")


@pytest.mark.parametrize(("told", "kinds"), [("38", {"conflict"}), ("36", {"agreement"})])
def test_an_average_is_an_exact_figure_not_an_estimate(told: str, kinds: set[str]) -> None:
    """An average is a measured figure, not a rough one: 36 strokes a minute against 38 is a
    conflict (read as "about 36" the two overlapped)."""
    first = "Over the 2,000 metres the Harnby eight averaged 36 strokes a minute, its coach said."
    second = (f"The Harnby eight averaged {told} strokes a minute over the 2,000 metres, the "
              "rowing federation said.")
    assert _kinds_read(first, second, "averaged 36 strokes a minute", whole=True) == kinds


def test_spectators_and_fans_are_one_count() -> None:
    first = "About 3,500 spectators watched the kabaddi final at Ellery Park on Sunday."
    second = "A crowd of 7,000 fans, the organisers said, packed Ellery Park for Sunday's final."
    assert "conflict" in _kinds_read(first, second, "3,500 spectators")


@pytest.mark.parametrize(("told", "kind"), [("36 exposures", "agreement"),
                                             ("52 exposures", "conflict")])
def test_images_and_exposures_are_one_count(told: str, kind: str) -> None:
    first = "The survey camera caught the fading nova in 36 images over a single night in March."
    second = f"Over one March night the survey camera recorded the fading nova in {told}."
    assert _kinds_read(first, second, "36 images") == {kind}


def _read_three(*texts: str) -> list[Finding]:
    """The findings when three or more articles, published on one day, are read by the real
    extractor and compared."""
    from counterpoint.facts import extract
    from counterpoint.model import Article

    arts = [Article(id=f"t{i}", text=t, source=f"t{i}.txt", outlet=f"Outlet {i}",
                    published="2031-06-02") for i, t in enumerate(texts, 1)]
    return list(compare(list(extract(arts))).findings)


@pytest.mark.parametrize(("third", "disputed"), [
    ("The Harwick lifeboat was launched at 21:50, the crew said.", True),
    # a time told in another named zone is another clock, not the story's local one
    ("The Harwick lifeboat was launched at 9.50pm Moravian time, the crew said.", False),
])
def test_two_local_times_do_not_both_fit_one_universal_time(third: str, disputed: bool) -> None:
    """ "22:50" and "21:50" each fit "20:50 GMT" under some offset, but not under the same
    one: two local times an hour apart disagree."""
    found = _read_three(
        "The Harwick lifeboat was launched at 22:50, the coastguard said on Tuesday.",
        "The Harwick lifeboat was launched at 20:50 GMT after a mayday call.",
        third,
    )
    clash = [f for f in found if f.kind == "conflict"
             and any(e.text == "22:50" for e in f.evidence)]
    assert bool(clash) is disputed
    if disputed:
        # the universal time fits both and takes no side
        assert {e.text for e in clash[0].evidence} == {"22:50", "21:50"}
        assert "both are local times" in clash[0].explanation


@pytest.mark.parametrize(("second", "kind"), [
    # told beside a universal time, the day before may be the same moment's local date
    ("The Morwen Star docked at Kellport at 19:20 GMT on 2 March 2047, its owners said.",
     "compatible"),
    # ... but not two days before
    ("The Morwen Star docked at Kellport at 19:20 GMT on 1 March 2047, its owners said.",
     "conflict"),
    # two local dates a day apart disagree
    ("The Morwen Star docked at Kellport at 07:20 on 2 March 2047, its owners said.",
     "conflict"),
])
def test_a_date_told_in_universal_time_may_be_a_day_off_the_local_one(
        second: str, kind: str) -> None:
    """A moment's date in universal time and its local date may differ by a day, as zones run
    from 12 hours behind UTC to 14 ahead; no article states the offset."""
    first = ("The ferry Morwen Star docked at Kellport on Sunday 3 March 2047 at 07:20 local "
             "time, the port authority said.")
    found = [f for f in _read(first, second)
             if any(e.text == "Sunday 3 March 2047" for e in f.evidence)]
    assert {f.kind for f in found} == {kind}
    if kind == "compatible":
        assert "universal time" in found[0].explanation


def test_an_age_before_a_hyphenated_adjective_describes_the_noun_after_it() -> None:
    """"a seven-year-old grey-headed albatross" is the albatross's age, as "the six-year-old
    albatross" is: the hyphenated adjective is part of the noun phrase, so the two ages are
    one animal's and conflict."""
    found = _read(
        "TORVIK (Wire) — A seven-year-old grey-headed albatross has returned to the Torvik "
        "cliffs, three summers after rangers fitted it with a leg ring.",
        "The spirited six-year-old albatross, no bigger than a goose, glided back to the "
        "Torvik cliffs this week and delighted rangers.",
    )
    assert [sorted(e.text for e in f.evidence) for f in found if f.kind == "conflict"] == [
        ["seven-year-old", "six-year-old"]]


@pytest.mark.parametrize(("total", "kind"), [
    # tradespeople count persons: with the site workers they are the whole workforce
    ("1,100", "agreement"),
    # the sum's own part is not added to it a second time (1,100 + 300 is no total here)
    ("1,400", "conflict"),
])
def test_a_workforce_told_by_trade_adds_up(total: str, kind: str) -> None:
    """"800 site workers and 300 joiners" are 1,100 persons on the site."""
    found = _read(
        "The rebuilt Carwell library opened on Monday. During the busiest months of the "
        f"rebuild, {total} workers were on the site, the council said.",
        "The rebuilt Carwell library opened on Monday. When the rebuild peaked, the "
        "contractor had 800 site workers and 300 joiners on hand.",
    )
    (judged,) = [f for f in found if any(e.text == f"{total} workers" for e in f.evidence)]
    assert judged.kind == kind
    assert {e.text for e in judged.evidence} == {
        f"{total} workers", "800 site workers and 300 joiners"}


def test_a_date_after_an_apposition_dates_the_clause_before_it() -> None:
    """"to reopen to shipping, the last stage of a long repair, on 3 May" dates the reopening:
    the bare "on" after the aside reads the clause before it, so a report giving another day
    for the reopening conflicts with it."""
    first = ("Engineers expect the restored swing bridge to reopen to shipping, the last stage "
             "of a long repair, on 3 May 2032. The work has cost the harbour board more than it "
             "planned.")
    second = ("The harbour board said the swing bridge would reopen to shipping on {}. "
              "Repairs began two winters ago.")
    assert _kinds_read(first, second.format("17 May 2032"), "3 May 2032") == {"conflict"}
    assert _kinds_read(first, second.format("3 May 2032"), "3 May 2032") == {"agreement"}


@pytest.mark.parametrize(("thrower", "disputed"), [("Her opponent Joss Wren", False),
                                                   ("Kessel", True)])
def test_counts_told_of_two_people_are_two_figures(thrower: str, disputed: bool) -> None:
    """Each article gives one count of maximums: that points to one figure, unless the clauses
    name two different people (the winner's count and the loser's)."""
    first = ("Mara Kessel, the ninth seed, won the Harbour Darts Open final in Tollby on "
             "Saturday. Over the evening Kessel landed 17 maximums, the most of any player this "
             "year.")
    second = (f"Mara Kessel won the Harbour Darts Open final in Tollby on Saturday. {thrower} "
              "threw 11 maximums, but it was not the story of the night.")
    assert ("conflict" in _kinds_read(first, second, "maximums")) is disputed


_LOAN_AND_GIFTS = ("The extension is funded through a €4.5 million loan from the regional bank and "
                   "€2 million raised by donors over two years.")


@pytest.mark.parametrize("more", [
    [_LOAN_AND_GIFTS],
    # the loan told alone by a fourth report, equal to the part the third one sums
    [_LOAN_AND_GIFTS, "The regional bank has lent €4.5 million towards the Orlen library."],
])
def test_a_part_of_one_reports_total_is_not_a_third_total(more: list[str]) -> None:
    """ "€6.5 million" and "€8 million" for one extension disagree; a loan that is part of the
    first ("€4.5 million" and "€2 million" add up to it) is no party to that conflict."""
    found = _read_three(
        "The Orlen library extension will cost €6.5 million, the town council said.",
        "Councillors approved the €8 million Orlen library extension on Tuesday night.",
        *more,
    )
    cost = [f for f in found if f.kind == "conflict" and f.dimension == "currency"]
    assert len(cost) == 1
    said = {e.text for e in cost[0].evidence}
    assert {"€6.5 million", "€8 million"} <= said
    assert "€4.5 million" not in said


@pytest.mark.parametrize(("later", "disputed"), [
    ("Harlan Rail will hand back the €2.80 reservation charge on each seat it cancelled.", True),
    ("Harlan Rail will hand back the €3.60 reservation charge for every seat it cancelled.",
     False),
])
def test_a_price_told_on_each_thing_is_a_price_per_thing(later: str, disputed: bool) -> None:
    """ "A charge of €3.60 per seat" and "the €2.80 charge on each seat" both price one seat:
    they differ. A price per thing used to meet only a price written "per" the same thing."""
    found = _read(
        "Passengers on the cancelled trains will get back the reservation charge of €3.60 "
        "per seat, Harlan Rail said.",
        later,
    )
    kinds = {f.kind for f in found if f.dimension == "currency"
             and {e.text for e in f.evidence} & {"€3.60 per seat", "€2.80", "€3.60"}}
    assert ("conflict" in kinds) is disputed
    assert ("agreement" in kinds) is not disputed


def test_a_share_of_them_is_the_share_another_report_gives() -> None:
    """ "Some 31 per cent of them" (of the bids) and "36 per cent of the bids" are two shares of
    one whole; "of them" marks a part of a group for a count ("200 of them"), not for a share,
    which is always of some whole."""
    found = _read(
        "Foreign bidders made 36 per cent of the bids for the Tarrin harbour lease, a record.",
        "The Tarrin harbour lease drew 212 bids from 19 countries, some 31 per cent of them "
        "made by foreign bidders.",
    )
    shares = [f for f in found if f.dimension == "percent"]
    assert [f.kind for f in shares] == ["conflict"]


@pytest.mark.parametrize(("later", "disputed"), [
    ("Lorries may unload on Quay Lane until 09:30, the harbour office said.", True),
    # "to" after a named period ends that period, not the unloading window
    ("Lorries unloaded on Quay Lane in the 12 hours to 09:30, the harbour office said.", False),
])
def test_a_time_after_until_ends_a_window_another_report_times(later: str, disputed: bool) -> None:
    """ "Between 05:00 and 08:00" and "until 09:30" end one unloading window at different
    times. A time after "until" used to be read only as the end of a period (as in "the 12
    hours to 09:30") and was never compared."""
    found = _read(
        "Lorries may unload on Quay Lane between 05:00 and 08:00 each morning under the new "
        "rules.",
        later,
    )
    clash = [f for f in found if f.kind == "conflict" and f.dimension == "clock"]
    assert bool(clash) is disputed
    if disputed:
        assert {e.text for e in clash[0].evidence} == {"08:00", "09:30"}


def test_the_extents_of_one_thing_are_no_parts_of_a_length() -> None:
    """ "70ft long and 22ft high" are the length and the height of one banner: together they
    come to 28 metres, but that is no total, so a report of a 28-metre-long banner disputes
    the 70ft length rather than finding it a part."""
    found = _read(
        "The festival banner strung across the Orlwick mill measures 28 metres long, its "
        "makers said.",
        "The 70ft long and 22ft high festival banner was strung across the Orlwick mill on "
        "Saturday.",
    )
    lengths = [f for f in found if f.dimension == "length" and f.kind != "omission"]
    assert [f.kind for f in lengths] == ["conflict"]
    assert {e.text for e in lengths[0].evidence} == {"28 metres", "70ft"}


@pytest.mark.parametrize(("ceiling", "disputed"), [("60", True), ("55", False)])
def test_two_maxima_that_only_meet_at_a_rounding_edge_conflict(ceiling: str,
                                                                disputed: bool) -> None:
    """ "Up to 50 years" and "up to 60 years" are read to the ten: 45-55 and 55-65 years. The
    two meet at 55 only, an edge each rounding holds on one side, so they name no common
    maximum; "up to 55 years" lies inside the first and fits it."""
    found = _read(
        "The Harnby spores can lie dormant in pasture for up to 50 years, the farm board said.",
        f"Spores of the Harnby strain lie dormant in pasture for up to {ceiling} years, "
        "scientists said.",
    )
    spans = [f for f in found if f.dimension == "time" and f.kind != "omission"]
    assert [f.kind for f in spans] == ["conflict" if disputed else "compatible"]


def test_two_target_years_are_told_a_year_apart() -> None:
    # "2061" against "2062" for one target: a year apart, not the one day between the end of
    # the first and the start of the second
    found = _read(
        "The harbour board said on Monday that the new quay must carry 40 per cent of the "
        "port's freight by 2061 under the Harbours Act.",
        "The harbour board said on Monday that the new quay must carry 40 per cent of the "
        "port's freight by 2062, as the Harbours Act requires.",
    )
    dated = [f for f in _conflicts(found) if f.dimension == "date"]
    assert len(dated) == 1
    assert "different years, 1 year apart" in dated[0].explanation
    assert "day" not in dated[0].explanation.split(": ")[-1]


def test_counts_of_bottles_and_of_containers_are_one_figure() -> None:
    # bottles, cans and cartons are all containers: two counts of them may be one figure
    assert "conflict" in _kinds_read(
        "Recycling depots in Harlow took in 36 million bottles in May, the depot company said.",
        "The depot company said 44 million containers were taken in at Harlow depots in May.",
        "million",
    )


def test_cans_are_counted_though_can_is_a_function_word() -> None:
    # "cans" as a counted noun counts cans, not anything at all: a count of brushes seized in
    # the same raid is another figure
    assert "conflict" not in _kinds_read(
        "Border officers seized 9,000 cans of counterfeit paint at the Harlow depot in May.",
        "At the Harlow depot in May, border officers seized 12,500 counterfeit paint brushes.",
        "9,000",
    )


@pytest.mark.parametrize(("told", "conflict"), [
    ("Corvex Mobility's app went live on Monday 7 September.", True),
    ("Corvex Mobility has run it since the launch on 7 September.", True),
    # a date that begins nothing is another date
    ("Corvex Mobility's review panel met on Monday 7 September.", False),
])
def test_a_launch_or_going_live_dates_a_start(told: str, conflict: bool) -> None:
    """"started on Friday 4 September" / "went live on Monday 7 September" or "since the
    launch on 7 September": each the article's only start of something, so the two days date
    one start and conflict, though the sentences share few words."""
    first = ("Riders booked 3,100 trips on Tarnley's buses through a new booking app in its "
             "first month, the transport bureau said on Thursday. Complaints about late buses "
             "fell by a third. The app, run by Corvex Mobility, started on Friday 4 September.")
    second = ("Figures published on Thursday show 3,100 journeys were reserved through "
              "Tarnley's new bus app. Fewer riders complained about late buses. " + told)
    assert ("conflict" in _kinds_read(first, second, "Friday 4 September", whole=True)) is conflict


def test_shares_of_a_whole_and_of_the_rest_of_it_do_not_conflict() -> None:
    """A share of seats filled and a share of seats left empty that add up to a hundred per
    cent are the two parts of one whole; two shares told the same way still conflict."""
    filled = ("The Kelderby ferry sailed with 64 per cent of its seats filled over the winter, "
              "the operator said.")
    told = "Over the winter, 36 per cent of the seats on the Kelderby ferry {}, the operator said."
    def kinds(first: str, second: str) -> set[str]:
        return _kinds_read(first, second, "36 per cent", whole=True)

    assert kinds(filled, told.format("stayed empty")) == {"compatible"}
    assert kinds(filled, told.format("were filled")) == {"conflict"}
    emptied = told.replace("36", "64").format("stayed empty")
    assert kinds(emptied, told.format("stayed empty")) == {"conflict"}


def test_a_duration_after_age_of_is_an_age() -> None:
    """"An estimated age of 600 years" is an age, the same measure as "roughly 400 years old":
    the two conflict."""
    old = ("The Tessford bell, cast for the old priory, is believed to be roughly 400 years old, "
           "the parish said.")
    aged = ("The Tessford bell, which the parish says was cast for the old priory, has an "
            "estimated age of {} years.")
    assert _kinds_read(old, aged.format(600), "600 years", whole=True) == {"conflict"}
    assert _kinds_read(old, aged.format(420), "420 years", whole=True) == {"compatible"}


def test_an_age_after_its_noun_describes_that_noun() -> None:
    """"Acorns about 640 years old" are described as "700-year-old acorns" are: the later word
    "acorn" in the sentence ("acorn collectors") does not make it someone else's age."""
    dug = ("A retired miner struck gold of a kind when 700-year-old acorns he dug from a castle "
           "well sprouted in a nursery.")
    grown = ("The Dunhale nursery's success in growing oak saplings from acorns about {} years "
             "old has set foresters and acorn collectors talking, its director said.")
    assert _kinds_read(dug, grown.format(640), "years old") == {"conflict"}
    assert _kinds_read(dug, grown.format(700), "years old") == {"agreement"}


@pytest.mark.parametrize(("named", "same"), [("the Harnby Lock Museum", True),
                                             ("the new gallery", False)])
def test_a_year_of_one_verb_is_said_of_what_both_sentences_name(named: str, same: bool) -> None:
    """"The Harnby Lock Museum sits beside ... and opened in 1987" and "the Harnby Lock Museum,
    which overlooks ..., opened in 1991": the word before the verb names no thing in either
    sentence, but both name the museum, so both years are said of it. A gallery named in the
    second sentence instead is not."""
    index = _index_read((
        ("a", "Valley Wire", "The Harnby Lock Museum sits beside the old canal basin and "
                             "opened in 1987, the trust said."),
        ("b", "Plains Daily", f"Families in the rain crowded into {named}, which overlooks a "
                              "quiet basin, opened in 1991 and keeps a working barge."),
    ))
    m, n = (x for x in index.mentions if x.kind == "date")
    assert align_mod._same_subject(index, m, n) is same


@pytest.mark.parametrize(("sentence", "noun"), [
    ("The mare foaled at dawn after a vigil of some five hours.", "vigil"),
    ("The mare foaled after a vigil that, in the grooms' words, lasted nine hours.",
     "vigil"),
    ("The ferry reached port after a crossing which took nine hours.", "cross"),
    # no noun of a thing: a stretch of time itself, or a noun after "by its"
    ("The audit covered a period of 18 months.", None),
    ("The licence came after a review by its vets that took almost three years.", None),
])
def test_the_noun_a_length_of_time_is_told_of(sentence: str, noun: str | None) -> None:
    """"a vigil of some five hours" and "a vigil that ... lasted nine hours" describe the
    vigil, as "a five-hour vigil" does; "a period of" names no thing, and the noun after
    "by its" is not what a clause after it is told of."""
    index = _index_read((("a", "Stud Wire", sentence),))
    m = next(x for x in index.mentions if x.kind == "quantity" and x.key.startswith("q|time"))
    assert m.of_noun == (frozenset({noun}) if noun else frozenset())


def test_two_lengths_told_of_one_vigil_describe_it() -> None:
    """A vigil of five hours and one that lasted nine hours are both told of the vigil:
    their edge says so, which their clauses alone (no shared word) would not."""
    index = _index_read((
        ("a", "Stud Wire", "The foal arrived at 02:15 on Sunday after a vigil of some five "
                           "hours, and its mother Bryony is well, the Orsk Stud said."),
        ("b", "Turf Daily", "Bryony's first foal was delivered before dawn on Sunday after a "
                            "vigil that, in the grooms' words, lasted nine hours."),
    ))
    m, n = (x for x in index.mentions if x.key.startswith("q|time"))
    assert "both describe a vigil" in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons


def test_two_places_of_one_attempt_told_in_other_words_conflict() -> None:
    """"Her fourth attempt at the county mark" and "her third go at it": an attempt and a go
    are one kind of thing, and each article tells the place of it once, so the two places
    disagree, small numbers though they are."""
    first = ("Grower Ida Dorran weighed in 14.9 tonnes a hectare on Friday, on her fourth "
             "attempt at beating the county wheat mark.")
    second = ("Ida Dorran took the county wheat mark with 14.9 tonnes a hectare; her third go "
              "at it paid off.")
    assert "conflict" in _kinds_read(first, second, "third")


def test_two_hours_of_a_swim_are_two_moments() -> None:
    """"In the sixth hour" and "during the eighth hour" of one swim are two moments of it, not
    one place told two ways, though each article names one hour only."""
    first = ("Mara Kell swam the strait in 11 hours on Sunday. A photograph shot from a launch "
             "in the sixth hour seems to show her gripping the hull.")
    second = ("Mara Kell crossed the strait in 11 hours. She said the current swung against her "
              "during the eighth hour of the crossing.")
    assert "conflict" not in _kinds_read(first, second, "eighth")


@pytest.mark.parametrize(("noun", "conflict"), [("of drilling", True), ("of pipe", False)])
def test_a_since_said_of_the_noun_the_other_names_before_its_date_is_one_start(
    noun: str, conflict: bool
) -> None:
    """"Drilling ... has gone on since May 2031" and "have logged 900 metres of drilling ...
    since March 2031": the noun the first verb is said of stands before the second date, so
    both date when drilling began and conflict, though the second article gives another
    "since". Metres "of pipe" name no drilling: the two dates stay apart."""
    first = (f"Its engines, made by Kessel Works, have logged 900 metres {noun} under the "
             "moor since March 2031 without a single breakdown.")
    second = ("Drilling under the moor has gone on since May 2031, by day only and without "
              "breakdown. The licence regime, in place since 2029, sets out the operator's "
              "duties.")
    assert ("conflict" in _kinds_read(first, second, "March 2031")) is conflict


@pytest.mark.parametrize(("base", "kind"),
                         [("on 2026", "conflict"), ("in 2026", "compatible")])
def test_the_period_a_change_is_measured_against_does_not_date_it(base: str, kind: str) -> None:
    """"Down 31 per cent on 2026" is this year's fall, measured against 2026: it disputes a
    fall of 12 per cent "this year" (2027). A fall told of 2026 itself is another year's
    figure."""
    first = ("Bookings at the Orrin spa hotel have fallen by 12 per cent this year, its manager "
             "said on Monday.")
    second = f"Bookings at the Orrin spa hotel were down 31 per cent {base}, its manager said."
    assert _kinds_read(first, second, "31 per cent", whole=True) == {kind}


@pytest.mark.parametrize("emphasis", ["", " in any way"])
def test_a_denied_participle_with_an_alternative_denies_each(emphasis: str) -> None:
    """"The hull had not been repainted or repaired" denies that it had been repainted; "in
    any way" only stresses the denial. Something else done to the hull is not denied."""
    denial = f"The hull had not been repainted or repaired{emphasis} before the auction."
    told = "The hull had been {} beforehand, according to people working at the yard."
    assert "conflict" in _kinds_read(denial, told.format("repainted"), "repainted")
    assert "conflict" not in _kinds_read(denial, told.format("inspected"), "hull")


def test_two_capacities_of_one_vessel_are_one_measure() -> None:
    """A barge that "can carry 140 pallets" in one report and "is certified for 190 pallets"
    in another: one capacity told twice, which conflicts. A sum a barge was "built for" is
    what it cost, never what it holds."""
    first = ("The river authority's new cargo barge Hennet, which entered service at Dorrow "
             "wharf on Friday, can carry 140 pallets. The barge cost £3.2m to build, the "
             "authority said.")
    second = ("Dorrow wharf welcomed the cargo barge Hennet on Friday. She is certified for "
              "190 pallets and has a single hold. The Hennet was built for £4.6 million at "
              "the Orrin yard.")
    assert _kinds_read(first, second, "pallets") == {"conflict"}
    read = _quantities_read(first, second)
    assert read["190 pallets"].capacity and not read["£4.6 million"].capacity


def test_a_figure_a_vessel_can_squeeze_in_is_a_capacity() -> None:
    """ "can squeeze in 30 vans" tells what a ferry holds, as "can carry 24 vans" does."""
    first = ("The new Tarrow ferry, which made its first crossing on Friday, can carry 24 vans "
             "and 200 passengers.")
    second = ("Crowds cheered the new Tarrow ferry on Friday. She can squeeze in 30 vans on "
              "her single deck.")
    assert _kinds_read(first, second, "vans") == {"conflict"}


def test_persons_a_hall_holds_are_its_capacity_not_a_crowd() -> None:
    """ "The hall holds 6,200 spectators" tells how many it can take: it does not conflict with
    "a crowd of 5,030" at one game there, while two capacities of the hall do. The same verb
    before things that are not persons ("holds 52 bays") says what the hall has."""
    first = ("The Marrowfield Arena, built in 2017, holds 6,200 spectators. It staged the final "
             "on Saturday in front of 5,030 spectators. Its car park holds 52 bays.")
    crowd = ("Saturday's final at the Marrowfield Arena drew 4,880 spectators, organisers said. "
             "The car park has 60 bays.")
    seats = "The Marrowfield Arena, where Saturday's final was played, seats 7,000 people."
    read = _quantities_read(first, crowd)
    assert read["6,200 spectators"].capacity and not read["5,030 spectators"].capacity
    assert not read["52 bays"].capacity
    conflicts = conflict_texts(first, crowd)
    assert ["4,880 spectators", "5,030 spectators"] in conflicts
    assert not any("6,200 spectators" in texts for texts in conflicts)
    assert ["6,200 spectators", "7,000 people"] in conflict_texts(first, seats)


def test_a_figure_that_names_a_limit_is_not_a_speed_reached() -> None:
    """ "held below the canal's 12 km/h limit" gives the limit, not the speed the boat made:
    against "reached 9 km/h" it is another measure, while two reports' limits of one stretch
    ("a speed limit of 10 km/h") conflict."""
    first = ("The restored barge Orla made her first run on the Wendle canal on Sunday and "
             "reached 9 km/h on the open reach below Farrow lock.")
    limit = ("Crews on the Wendle canal kept the barge Orla below the waterway's 12 km/h limit "
             "on her first run on Sunday, below Farrow lock.")
    other = ("On the Wendle canal below Farrow lock, where the barge Orla ran on Sunday, a speed "
             "limit of 10 km/h applies.")
    assert not [f for f in read_conflicts(first, limit)
                if any(e.text == "12 km/h" for e in f.evidence)]
    limits = {text: m.limit for text, m in _quantities_read(first, limit).items()}
    assert limits == {"9 km/h": False, "12 km/h": True}
    assert ["10 km/h", "12 km/h"] in conflict_texts(limit, other)


def test_a_verb_after_and_shares_the_subject_before_it() -> None:
    """ "The dig began on 4 May and took 23 days": what took 23 days is the dig, named before
    "and", so another report's "the dig ... finished in 15 days" tells the same length."""
    first = ("Volunteers at the Harrowfield villa site said the dig began on Tuesday 4 May and "
             "took 23 days, with trenches cut across the old courtyard.")
    second = ("Better pumps let the dig, which opened on May 4, finish in 15 days, the Harrowfield "
              "project's volunteers said.")
    assert _kinds_read(first, second, "23 days") == {"conflict"}


def test_a_count_of_a_noun_whose_lemma_is_a_function_word_counts_it() -> None:
    """ "48 overs" counts overs, whose lemma "over" is a function word: a count of balls in
    the same spell is another figure, while another count of overs conflicts."""
    first = "The Dunholt bowlers sent down 48 overs at Greyside Park on Sunday."
    later = "At Greyside Park on Sunday the Dunholt bowlers sent down {}."
    assert "conflict" not in _kinds_read(first, later.format("290 balls"), "48 overs", whole=True)
    assert _kinds_read(first, later.format("41 overs"), "48 overs", whole=True) == {"conflict"}


@pytest.mark.parametrize(("today", "conflict"), [
    # today's traffic against the level it is to grow to: no disagreement
    ("Harnby airport, which handles 3.4 million travellers a year, opened a new terminal.",
     False),
    # a figure told of the future as well: two forecasts of one level may disagree
    ("Harnby airport, which will handle 3.4 million travellers a year, opened a new terminal.",
     True),
])
def test_a_level_to_grow_to_by_a_later_year_is_no_reading_of_today(
    today: str, conflict: bool
) -> None:
    later = ("The owner of Harnby airport expects its traffic to reach 5 million travellers a "
             "year by 2040, helped by the new terminal.")
    kinds = _kinds_read(today, later, "5 million travellers a year", whole=True)
    assert ("conflict" in kinds) is conflict


@pytest.mark.parametrize(("told", "conflict"), [
    # a count up to a later part of the day: the tally ran on
    ("By last night the clip of the winning goal had been viewed more than 90,000 times, "
     "Corby Town said.", False),
    # a larger count up to an earlier hour of that day disputes the first
    ("By Saturday morning the clip of the winning goal had been viewed more than 90,000 "
     "times, Corby Town said.", True),
])
def test_a_count_up_to_a_later_hour_runs_the_tally_on(told: str, conflict: bool) -> None:
    first = ("A clip of the winning goal had been viewed 40,000 times by Saturday afternoon, "
             "Corby Town said.")
    kinds = _kinds_read(first, told, "40,000 times", whole=True, later="2027-02-07")
    assert ("conflict" in kinds) is conflict


def test_two_starts_of_different_things_are_no_one_start() -> None:
    """ "the dig began on 4 May" and "the fund, launched in 2019" each date the start of
    something, but of two things: neither is the other's only start (align._other_subjects).
    Two starts of the dig are one start."""
    index = _index_read((
        ("a", "Valley Wire", "The dig at the Harrowfield villa began on Tuesday 4 May and "
                             "lasted three weeks."),
        ("b", "Plains Daily", "The Harrowfield Heritage Fund, launched in 2019, now pays for "
                              "12 digs across the county."),
        ("c", "Hill Courier", "The dig at the Harrowfield villa began on Tuesday 11 May, its "
                              "volunteers said."),
    ))
    may4, year, may11 = (x for x in index.mentions if x.kind == "date")
    assert (may4.text, year.text, may11.text) == ("Tuesday 4 May", "2019", "Tuesday 11 May")
    assert align_mod._other_subjects(index, may4, year)
    assert not align_mod._other_subjects(index, may4, may11)


@pytest.mark.parametrize(("sentence", "noun"), [
    ("Entry to the Carrow fair will cost a fee of £14 for adults.", {"fee"}),
    ("Visitors to the Carrow fair will pay the standard £16 fee at the gate.", {"fee"}),
    ("The council put £2.5m aside for repairs to the Carrow bridge.", set()),
    # a stretch of time names no thing the sum is paid for
    ("The Carrow fair charged a total of £14 per head.", set()),
])
def test_the_noun_a_sum_of_money_is_told_of(sentence: str, noun: set[str]) -> None:
    """"a fee of £14" and "the £16 fee" describe the fee; a sum before a preposition or
    after "a total of" names no thing of its own."""
    index = _index_read((("a", "Fair Wire", sentence),))
    m = next(x for x in index.mentions if x.key.startswith("q|currency"))
    assert m.of_noun == frozenset(noun)


def test_two_fees_told_in_other_orders_describe_one_fee() -> None:
    """A fee "of £14" in one report and "the standard £16 fee" in another are one fee given
    two values: their edge says so, though the sentences around them share little."""
    index = _index_read((
        ("a", "Fair Wire", "The Carrow fair will charge £5 to park. The fee of £14 is not "
                           "going up either."),
        ("b", "Plains Daily", "Stewards at the fair earn £11 an hour. Visitors will still hand "
                              "over the standard £16 fee, whatever day they pick."),
    ))
    m, n = (x for x in index.mentions if x.text in ("£14", "£16"))
    assert "both describe a fee" in align_mod._score(index, m, n, {0: 2, 1: 2}).reasons


def test_a_sum_told_after_another_word_for_its_thing_is_not_another_thing() -> None:
    """"a rate of 3p a week" and "a fine of 5p a week" are one charge in two words: a
    sentence that names the fine after the rate does not make them two things, as it would
    for two sums written before their nouns."""
    index = _index_read((
        ("a", "Fair Wire", "Charged at a rate of 3p a week, the fine on the Carrow atlas would "
                           "have run up to £80, the library said."),
        ("b", "Plains Daily", "Back then a fine of 5p a week meant the Carrow atlas could have "
                              "cost its borrower dearly."),
    ))
    m, n = (x for x in index.mentions if x.key.startswith("q|currency") and "week" in x.text)
    assert (m.of_noun, n.of_noun) == (frozenset({"rate"}), frozenset({"fine"}))
    assert not align_mod._other_thing(index, m, n)
    assert not align_mod._other_thing(index, n, m)


def test_a_qualified_measure_of_one_noun_is_not_described_alike() -> None:
    """"a profit of €140 million" and "underlying trading profit of €230 million" both name a
    profit, but one is qualified as another measure: the edge gives no bonus for the noun."""
    index = _index_read((
        ("a", "Fair Wire", "Carrow Foods earned a profit of €140 million over those three "
                           "months."),
        ("b", "Plains Daily", "Carrow Foods said underlying trading profit of €230 million came "
                              "in the quarter."),
    ))
    m, n = (x for x in index.mentions if x.key.startswith("q|currency"))
    assert m.of_noun == n.of_noun == frozenset({"profit"})
    assert not any(r.startswith("both describe")
                   for r in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons)


@pytest.mark.parametrize(("told", "parts"), [
    # two kinds told one after the other: "three lengths" are no part of the field
    ("Greyfell won the Ardle Cup by three lengths ahead of nine rival runners.", False),
    # two kinds in a list may be parts of one total
    ("Greyfell beat nine runners and three ponies in the Ardle Cup.", True),
])
def test_counts_of_two_kinds_add_up_only_when_listed(told: str, parts: bool) -> None:
    """"by three lengths ahead of nine rival runners" against "12 runners": the lengths are
    no part of the field, so the nine runners are not read as a part of twelve; counts of
    two kinds joined by "and" may still be the parts of a larger count."""
    judge = importlib.import_module("counterpoint.compare.judge")
    index = _index_read((
        ("a", "Valley Wire", "Greyfell took the Ardle Cup on Saturday, seeing off 12 runners."),
        ("b", "Plains Daily", told),
    ))
    whole = next(x for x in index.mentions if x.text == "12 runners")
    nine = next(x for x in index.mentions if x.text.startswith("nine"))
    assert (judge._parts_adding_up(index, nine, whole) is not None) is parts


@pytest.mark.parametrize(("sentence", "predicate"), [
    # the verb of the sentence's figure opens the clause after the date
    ("Mara Pell won her first race in 2019 and has now reached 2,000 wins.", None),
    # the date stands in that verb's own clause
    ("Mara Pell reached 2,000 wins in 2031, some 14 years after her debut.", "reach"),
])
def test_a_date_before_and_and_the_next_verb_is_not_that_verbs(
    sentence: str, predicate: str | None
) -> None:
    """A sentence's verb is the one of its figure: "... in 2019 and has now reached 2,000
    wins" does not date the reaching, so the date takes no predicate from it (and meets no
    other article's "reached ... in 2031" as the same verb)."""
    index = _index_read((("a", "Turf Wire", sentence),))
    (date,) = (x for x in index.mentions if x.kind == "date")
    assert date.predicate == predicate


@pytest.mark.parametrize(("third", "bonus"), [
    ("", True),
    # a second date of him in one article: neither is that article's one date of him
    (" Angus Moffat retired in 1999.", False),
])
def test_each_articles_one_date_of_a_person(third: str, bonus: bool) -> None:
    """Two dates whose sentences name one person, each the only date its article gives of
    him, are pushed together as the one event of his the story tells."""
    index = _index_read((
        ("a", "Turf Wire", "Dara Holm won the Ardle Cup on Sunday. The youngest winner before "
                           "her was Angus Moffat, who was 20 when he won it in 1984." + third),
        ("b", "Plains Daily", "Holm beats the mark set by Angus Moffat, who won the Ardle Cup "
                              "aged 20 back in 1988."),
    ))
    reasons = [r for g in align_mod.align(index) if g.kind == "date" for r in g.reasons]
    assert ("each article gives one date of angus-moffat" in reasons) is bonus


@pytest.mark.parametrize(("later_total", "kind"), [("€2.2 million", "conflict"),
                                                    ("€3.9 million", "compatible")])
def test_a_total_so_far_that_shrinks_in_a_later_report_is_disputed(
    later_total: str, kind: str
) -> None:
    """A cost run up over time does not shrink: "has cost €3.1 million" on one day and "has
    cost €2.2 million so far" four days later cannot both hold, while a larger total later is
    the same cost counted again."""
    first = ("The Orlen marsh bird count has cost €3.1 million, paid for by two wildlife "
             "charities.")
    second = (f"The Orlen marsh bird count has cost {later_total} so far, the charities said "
              "in their yearly accounts.")
    assert _kinds_read(first, second, "€3.1 million", whole=True, later="2027-02-10") == {kind}


def test_an_age_before_a_possessive_is_its_holder_and_no_peak() -> None:
    """ "The 18-year-old's maximum lift" tells the age of the lifter the sentence names, not of
    the lift, and its "maximum" is the lift's, no ceiling on the age: against "Ilse Varro,
    17," in another report the two ages of one lifter disagree."""
    first = ("Ilse Varro, 17, took the Carrowby weightlifting title on Sunday, ahead of Tamsin "
             "Oake, with her best lift coming on the last attempt.")
    second = ("Ilse Varro pipped Tamsin Oake to the Carrowby weightlifting title, a contest "
              "decided by the 18-year-old's maximum lift on her last attempt.")
    assert _kinds_read(first, second, "17", whole=True) == {"conflict"}


@pytest.mark.parametrize(("first", "conflict"), [
    # the herd now against the herd before the ban: two times, no dispute
    ("The number of goats on valley farms has crashed to 2,600", False),
    # both tell the herd before the ban, and they disagree
    ("Before the ban the valley held some 3,200 goats", True),
])
def test_a_figure_told_of_the_time_before_the_event_is_another_measure(
    first: str, conflict: bool
) -> None:
    """"Before the ban the valley held more than 4,000 goats" tells the herd of an earlier
    time: it disputes another report's herd before the ban, not the herd now."""
    kinds = _kinds_read(
        "Dairy farmers in the Orle valley have cut their herds since the grazing ban. "
        f"{first}, the growers' union said on Friday.",
        "The grazing ban has hit the Orle valley hard. Before the ban the valley held more "
        "than 4,000 goats, and several cheese makers have closed.",
        "4,000 goats",
    )
    assert ("conflict" in kinds) is conflict


@pytest.mark.parametrize(("first", "kinds"), [
    # "the price of a loaf" prices a loaf, as "€4.10 a loaf" does: the two disagree
    ("The price of a loaf of rye bread in Carvel bakeries has climbed to €3.40", {"conflict"}),
    # a price of no stated thing stays apart from a price per loaf
    ("Rye bread in Carvel bakeries has climbed to €3.40", {"omission"}),
])
def test_the_price_of_one_thing_told_before_the_figure_is_a_price_per_thing(
    first: str, kinds: set[str]
) -> None:
    """"The price of a loaf ... has climbed to €3.40" and "bakers charged €4.10 a loaf" are
    one measure, though only the second writes the price as a rate."""
    second = ("Shoppers in Carvel grumbled as bakers charged €4.10 a loaf for rye bread after "
              "the flour shortage.")
    assert _kinds_read(f"{first}, the statistics office said.", second, "€4.10") == kinds
    if kinds == {"conflict"}:
        # a price per loaf is no price per period of time: no clash of rates is held against
        # the pair
        index = build_index(read_two(f"{first}, the statistics office said.", second))
        m, n = (x for x in index.mentions if x.text in ("€3.40", "€4.10 a loaf"))
        reasons = align_mod._score(index, m, n, {0: 1, 1: 1}).reasons
        assert "values within 1.2x" in reasons
        assert not [r for r in reasons if "per period" in r]


def test_a_figure_set_from_a_day_to_come_is_no_earlier_reading() -> None:
    """"From Thursday, anglers will be able to bring home at most four trout" (told on
    Monday) sets the limit from Thursday on; a report of Thursday giving six trout "from today"
    disputes it, rather than updating a figure of Monday."""
    facts = read_two(
        "From Thursday, anglers on the Tarn reservoir will be able to bring home no more than "
        "four trout, the water board said on Monday.",
        "Anglers on the Tarn reservoir are allowed just six trout from today under the new "
        "rules, the water board said.",
        later="2027-02-11", earlier="2027-02-08",
    )
    found = [f for f in compare(facts).findings
             if {e.text for e in f.evidence} == {"no more than four trout", "just six trout"}]
    assert [f.kind for f in found] == ["conflict"]


@pytest.mark.parametrize(("verb", "kinds"), [
    # "visited ... nine times" counts visits, as "six anonymous visits" does
    ("visited", {"conflict"}),
    # a count of meals eaten there is another count than one of visits
    ("dined at", set()),
])
def test_a_count_of_times_counts_the_acts_of_its_verb(verb: str, kinds: set[str]) -> None:
    """"Inspectors visited the inn nine times" and "inspectors made six visits" count one thing:
    the times are times of the verb before them."""
    first = (f"Inspectors from the Lark Guide {verb} the Old Mill inn at Tarrow nine times last "
             "year before awarding it a second star, the guide said.")
    second = ("The Lark Guide's inspectors made six anonymous visits to the Old Mill inn at "
              "Tarrow before its second star was awarded.")
    found = {f.kind for f in _read(first, second)
             if {e.text for e in f.evidence} == {"nine times", "six anonymous visits"}}
    assert found == kinds


def test_the_clause_of_a_figure_said_to_someone_starts_after_that() -> None:
    """"The head chef told the Harbour Gazette that its inspectors paid five visits": the
    paper the figure was told to is no word of the figure's clause; the words after "that"
    are. A comma before a bare preposition ("the moth recorded most often, with 9,000
    sightings") goes on with the clause before it."""
    index = build_index(read_two(
        "The head chef told the Harbour Gazette that its inspectors paid five visits.",
        "The hedge brown was the moth recorded most often, with 9,000 sightings, the survey "
        "found."))
    told, seen = (next(m for m in index.mentions if m.text == t)
                  for t in ("five visits", "9,000 sightings"))
    assert tx.stem("inspectors") in told.local and tx.stem("Gazette") not in told.local
    assert {tx.stem("moth"), tx.stem("recorded")} <= set(seen.local)


@pytest.mark.parametrize(("opens", "kind"), [
    # "would not open in June" only says when the line does not open
    ("would not open", "compatible"),
    ("would open", "conflict"),
])
def test_a_date_a_report_says_it_did_not_happen_on(opens: str, kind: str) -> None:
    """A date whose clause denies the thing happened then ("the tramway would not open in
    June") is not set against the date another report gives it ("will open in October")."""
    found = [f for f in _read(
        f"The transit board announced on Monday that the Orla tramway {opens} in June.",
        "The Orla tramway will open in October, the transit board said.")
        if {e.text for e in f.evidence} == {"June", "October"}]
    assert [f.kind for f in found] == [kind]


def test_the_start_of_a_window_in_universal_time_is_in_universal_time() -> None:
    """"from 05:45 to 13:15 UTC": the zone told after the window's end is its start's too."""
    index = build_index(read_two("Tolls are charged from 05:45 to 13:15 UTC on fair days.",
                                 "Tolls are charged from 07:45 until 15:15 on fair days."))
    keys = {m.text: m.key for m in index.mentions if m.key.startswith(CLOCK_KEY)}
    assert keys == {"05:45": UNIVERSAL_KEY, "13:15 UTC": UNIVERSAL_KEY,
                    "07:45": CLOCK_KEY, "15:15": CLOCK_KEY}


def test_sightings_and_spotting_are_one_word_family() -> None:
    """"spotted 241 times" and "214 sightings" count one kind of act."""
    assert tx.family("sightings") == tx.family("spotted") == "#detection"


@pytest.mark.parametrize(("first", "second", "pair"), [
    # a restaurant's covers are its seats
    ("The new bistro in Pellow has 28 seats in one long dining room, its owner said.",
     "The new bistro in Pellow has 36 covers, and its owner plans a terrace.",
     {"28 seats", "36 covers"}),
    # an inn's guest rooms are its bedrooms
    ("The Fennick Arms in Oldby has six guest rooms above the bar, its landlord said.",
     "Walkers may stay in one of the Fennick Arms' nine bedrooms in Oldby from £90 a night.",
     {"six guest rooms", "nine bedrooms"}),
    # a fox's young are its cubs or its pups
    ("Rangers in Tarnby wood filmed a vixen leading four cubs out of her earth on Sunday.",
     "A vixen and six pups were filmed leaving their earth in Tarnby wood on Sunday, rangers "
     "said.",
     {"four cubs", "six pups"}),
])
def test_seats_and_covers_rooms_and_bedrooms_count_one_thing(
    first: str, second: str, pair: set[str]
) -> None:
    """Counts of near-synonyms (data/counted_kinds.tsv) are compared: they disagree here."""
    found = [f.kind for f in _read(first, second) if {e.text for e in f.evidence} == pair]
    assert found == ["conflict"]


def test_certifying_and_a_certificate_are_one_word_family() -> None:
    """"certified the airship on 3 May" and "issued its certificate on 9 May" date one event."""
    assert tx.family("certified") == tx.family("certificate") == "#certification"


def test_two_ends_of_a_period_that_starts_on_one_day_are_pushed_together() -> None:
    """"from 1 June to 31 August" and "from June until 15 August": each date ends a period
    whose starts overlap, most likely one period whose end the reports tell differently. A
    date that ends no period gets no such push."""
    index = build_index(read_two(
        "Horses may not be ridden on Tarn sands from 1 June to 31 August, the council said.",
        "Riders say the rule barring horses from Tarn sands from June until 15 August, agreed "
        "on 3 March, will drive trade away."))
    m, n, agreed = (next(x for x in index.mentions if x.text == t)
                    for t in ("31 August", "15 August", "3 March"))
    assert m.run_from is not None and n.run_from is not None and agreed.run_from is None
    push = "both end a period with the same start"
    assert push in align_mod._score(index, m, n, {0: 1, 1: 1}).reasons
    assert push not in align_mod._score(index, m, agreed, {0: 1, 1: 1}).reasons


def test_figures_of_opposite_ends_of_one_thing_are_kept_apart() -> None:
    """"its lower terminal stands at 820 metres" and "the upper terminal sits at 1,410
    metres" measure the two ends of one cable car: never a conflict. Two figures of the same
    end that disagree still are one ("the lower terminal, at 3,100ft")."""
    first = ("The Varn cable car will close in May. Its lower terminal stands at 820 metres, the "
             "operator said.")
    found = _read(first, "The Varn cable car, whose upper terminal sits at 1,410 metres, is "
                         "to close in May after 40 years.")
    assert [f.kind for f in found if {e.text for e in f.evidence} == {"820 metres",
                                                                      "1,410 metres"}] == []
    found = _read(first, "The Varn cable car is to close in May; even the lower terminal, at "
                         "3,100ft, no longer sees snow.")
    assert [f.kind for f in found if {e.text for e in f.evidence} == {"820 metres",
                                                                      "3,100ft"}] == ["conflict"]


def test_two_round_maxima_a_step_apart_disagree() -> None:
    """"a penalty of up to £30,000" and "as much as £35,000" give two ceilings for one
    penalty: read to a quarter of its one significant digit (£27,500-32,500), the rounder one
    cannot be the other, which a writer would have rounded to "£35,000" itself."""
    found = _read("Felling a protected oak in Tarnby brings a penalty of up to £30,000, the "
                  "council said.",
                  "Anyone felling a protected oak in Tarnby risks a penalty of as much as £35,000.")
    assert [f.kind for f in found] == ["conflict"]
    assert "the highest values they give differ" in found[0].explanation


def test_two_exact_highest_figures_written_alike_keep_their_digits() -> None:
    """"the peak fare of 62 pence" and "the peak fare was 66 pence": two exact figures called
    the highest, in one unit and unconverted, are each as precise as their digits. The 5%
    slack that maxima converted from other units get would let them meet."""
    found = _read("Trips before 9am on the Orsk line are charged the peak fare of 62 pence, the "
                  "operator said.",
                  "On the Orsk line the peak fare was 66 pence for trips before 9am.")
    fares = [f for f in found if {e.text for e in f.evidence} == {"62 pence", "66 pence"}]
    assert [f.kind for f in fares] == ["conflict"]
    assert "the highest values they give differ" in fares[0].explanation


def test_an_age_used_as_a_noun_describes_the_noun_it_renames() -> None:
    """"The herd's lead mare is a nine-year-old" and "the herd's lead mare, a seven-year-old
    that had been tagged on the moor in 2040": both ages are the one mare's, now (the year
    belongs to the relative clause after the age), so they conflict."""
    first = "On Tarn moor the herd's lead mare is a nine-year-old, the rangers said."
    second = ("Rangers are following the herd's lead mare, a seven-year-old that had been tagged "
              "on Tarn moor in 2040.")
    index = build_index(read_two(first, second))
    nine, seven = (next(m for m in index.mentions if m.text == t)
                   for t in ("nine-year-old", "seven-year-old"))
    assert nine.of_noun == seven.of_noun == {"mare"}
    assert seven.when is None
    found = _read(first, second)
    assert [f.kind for f in found if {e.text for e in f.evidence} == {
        "nine-year-old", "seven-year-old"}] == ["conflict"]


@pytest.mark.parametrize(("sentence", "figure", "asked"), [
    # what a thing provides as it stands, or will provide, is no bid
    ("The council offers grants that pay 60 per cent towards new hedges in Tarnby.",
     "60 per cent", False),
    ("The Tarnby fair will offer 12 days of racing this summer.", "12 days", False),
    # an offer made to someone still is one
    ("The owners offered a rise of 3 per cent to the dockers on Monday.", "3 per cent", True),
    ("The dockers turned down two offers of 4 per cent last month.", "4 per cent", True),
    ("A rival group offers to pay £12 million for the club.", "£12 million", True),
])
def test_what_a_thing_offers_is_not_a_bid(sentence: str, figure: str, asked: bool) -> None:
    index = build_index(read_two(sentence, "The Tarnby fair opened on Monday."))
    (m,) = [x for x in index.mentions if x.text == figure]
    assert m.asked is asked


def test_a_campaign_and_a_fight_name_one_event() -> None:
    """ "A 12-year campaign" and "an eight-year fight" against one quarry tell the length of
    one effort (data/concepts.tsv row campaign): their clauses name the same event."""
    index = _index_read((
        ("a", "Valley Wire", "The ruling is a victory for Save the Fen, a residents' group that "
                             "has opposed the quarry in a 12-year campaign of letters."),
        ("b", "Plains Daily", "Campaigner Ada Roe, 58, who led an eight-year fight against the "
                              "quarry, wept as the ruling was read."),
    ))
    m, n = (x for x in index.mentions if x.key.startswith("q|time|"))
    assert (m.text, n.text) == ("12-year", "eight-year")
    reasons = align_mod._score(index, m, n, {0: 1, 1: 1}).reasons
    assert "both clauses name the same event (campaign)" in reasons


def test_an_application_submitted_and_one_lodged_are_one_filing() -> None:
    """ "Submitted the application in May" and "the application, lodged in August" date one
    filing (data/concepts.tsv row filing): two months for it conflict."""
    found = read_conflicts(
        "Harbour Estates' plan for a 40-storey hotel on the quay was rejected by the council on"
        " Tuesday. Harbour Estates submitted the application in May 2026 and included a car"
        " park for 300 vehicles.",
        "Councillors threw out the Harbour Estates hotel scheme on Tuesday. The application,"
        " lodged by Harbour Estates in August 2026, had drawn 600 objections.",
    )
    assert [sorted(e.text for e in f.evidence) for f in found] == [["August 2026", "May 2026"]]


@pytest.mark.parametrize(("where", "apart"), [
    ("councils across the country", True),
    ("councils in Harlow Vale", False),
])
def test_a_figure_of_the_whole_country_is_another_measure_than_one_of_a_council(
        where: str, apart: bool) -> None:
    """A council's own count against a count its clause tells of the whole country ("across
    the country", "worldwide") is another measure when the two disagree; told of the same
    place, the two counts conflict."""
    first = ("Harlow Vale council will shut 9 of its 31 branch libraries from May, its cabinet "
             "agreed on Monday. The cuts will save £300,000 a year.")
    second = ("Harlow Vale council will shut 9 branch libraries from May to save £300,000 a "
              f"year. Since 2019, {where} have closed 480 branch libraries, a reading charity "
              "says.")
    kinds = _kinds_read(first, second, "480 branch libraries")
    assert ("conflict" not in kinds) is apart


def test_scope_words_after_a_figure_make_it_a_figure_of_the_whole_world() -> None:
    mentions = _quantities_read(
        "The maker will cut 2,600 jobs worldwide by March.",
        "The maker will cut 400 jobs at its Dunmere plant by March.")
    assert mentions["2,600 jobs"].wide
    assert not mentions["400 jobs"].wide


def test_pickers_and_seasonal_workers_count_one_kind_of_people() -> None:
    """ "450 fruit pickers" / "610 seasonal workers" (data/counted_kinds.tsv) count one kind
    of worker: told of one arrival, the two counts conflict."""
    first = ("Only 450 fruit pickers had reached the Dornley orchards by Monday, growers said, "
             "and much of the pear crop is still on the trees.")
    second = ("Only 610 seasonal workers had reached the Dornley orchards by Monday, growers "
              "said, leaving much of the pear crop on the trees.")
    assert conflict_texts(first, second) == [
        ["Only 450 fruit pickers", "Only 610 seasonal workers"]]
