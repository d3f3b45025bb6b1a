"""Judgement on two-article stories written for these tests: each kind of verdict."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from counterpoint.compare import compare
from counterpoint.model import ArticleFacts, Finding

Factory = Callable[..., ArticleFacts]


def _kinds(findings: tuple[Finding, ...], text: str) -> list[str]:
    return [f.kind for f in findings if any(e.text == text for e in f.evidence)]


def test_at_least_and_exact_counts_are_compatible(facts_factory: Factory) -> None:
    a = facts_factory(
        "At least 27 people were treated in hospital after the ferry capsized near Larne.",
        outlet="North Star",
        quantities=(("At least 27 people", 27, 27, None, None, "count", "at_least", "people"),),
    )
    b = facts_factory(
        "Hospitals near Larne treated 31 people after the ferry capsized, officials said.",
        outlet="Coast Herald",
        quantities=(("31 people", 31, 31, 31, None, "count", "exact", "people"),),
    )
    findings = compare([a, b]).findings
    assert _kinds(findings, "31 people") == ["compatible"]
    assert "≥27" in findings[0].explanation


def test_about_and_more_than_a_kilometer_are_compatible(facts_factory: Factory) -> None:
    a = facts_factory(
        "The queue at the border post stretched about a kilometer on Monday.",
        outlet="North Star",
        quantities=(("about a kilometer", 1, 0.85, 1.15, "kilometer", "length", "approx", None),),
    )
    b = facts_factory(
        "On Monday the queue at the border post was more than a kilometer long.",
        outlet="Coast Herald",
        quantities=(("more than a kilometer", 1, 1, None, "kilometer", "length", "at_least",
                     None),),
    )
    assert _kinds(compare([a, b]).findings, "more than a kilometer") == ["compatible"]


@pytest.mark.parametrize(
    ("about", "other", "kind"),
    [
        # "about 180" is a loose count: 186 lies within it (3.3% off)
        (("about 180 passengers", 180), ("186 passengers", 186, "exact"), "compatible"),
        # two figures both told "about", 8% apart, cannot both be right
        (("about 11.2 thousand passengers", 11_200),
         ("about 12.1 thousand passengers", 12_100, "approx"), "conflict"),
    ],
)
def test_about_a_figure_covers_a_few_per_cent(
    facts_factory: Factory, about: tuple[str, float], other: tuple[str, float, str], kind: str
) -> None:
    def q(phrase: str, value: float, qualifier: str) -> tuple[object, ...]:
        # (the facts stage's own interval of "about" is ±15%; compare narrows it)
        low, high = (value * 0.85, value * 1.15) if qualifier == "approx" else (value, value)
        return (phrase, value, low, high, None, "count", qualifier, "passengers")

    a = facts_factory(
        f"The night bus from Harwell carried {about[0]} before it broke down on Friday.",
        outlet="North Star", quantities=(q(*about, "approx"),),
    )
    b = facts_factory(
        f"There were {other[0]} on the Harwell night bus when it broke down on Friday.",
        outlet="Coast Herald", quantities=(q(*other),),
    )
    assert _kinds(compare([a, b]).findings, other[0]) == [kind]


def test_same_figure_in_other_units_agrees(facts_factory: Factory) -> None:
    a = facts_factory(
        "Flood water ran 8 km down the valley before reaching the town square.",
        outlet="North Star",
        quantities=(("8 km", 8, 8, 8, "kilometer", "length", "exact", None),),
    )
    b = facts_factory(
        "The flood ran five miles down the valley and into the town square.",
        outlet="Coast Herald",
        quantities=(("five miles", 5, 5, 5, "mile", "length", "exact", None),),
    )
    kinds = _kinds(compare([a, b]).findings, "five miles")
    assert kinds == ["agreement"]


@pytest.mark.parametrize(
    ("litres", "kinds"),
    [
        (25_000, ["agreement", "compatible"]),  # US gallons
        (30_000, ["agreement", "compatible"]),  # imperial gallons
        (40_000, ["conflict"]),  # neither
    ],
)
def test_gallons_may_be_us_or_imperial(
    facts_factory: Factory, litres: int, kinds: list[str]
) -> None:
    a = facts_factory(
        "The depot's two tanks held 6,600 gallons of diesel when the fire started.",
        outlet="North Star",
        quantities=(("6,600 gallons", 6600, 6600, 6600, "gallon", "volume", "exact", None),),
    )
    phrase = f"{litres:,} litres"
    b = facts_factory(
        f"When the fire started the depot's two tanks held {phrase} of diesel.",
        outlet="Coast Herald",
        quantities=((phrase, litres, litres, litres, "liter", "volume", "exact", None),),
    )
    found = _kinds(compare([a, b]).findings, phrase)
    assert len(found) == 1 and found[0] in kinds


def test_different_death_tolls_conflict(facts_factory: Factory) -> None:
    a = facts_factory(
        "The dam above Millford gave way early Tuesday, killing 12 people in the valley.",
        outlet="North Star",
        quantities=(("12 people", 12, 12, 12, None, "count", "exact", "people"),),
    )
    b = facts_factory(
        "Nineteen people died when the dam above Millford burst on Tuesday.",
        outlet="Coast Herald",
        quantities=(("Nineteen people", 19, 19, 19, None, "count", "exact", "people"),),
    )
    f = compare([a, b]).findings[0]
    assert f.kind == "conflict" and {e.text for e in f.evidence} == {"12 people",
                                                                     "Nineteen people"}
    assert "12" in f.explanation and "19" in f.explanation


def test_quote_given_to_two_people_conflicts(facts_factory: Factory) -> None:
    words = "We had minutes to get everyone out"
    a = facts_factory(
        f'"{words}," said Fire Chief Dana Ruiz at the scene.', outlet="North Star",
        quotes=((words, "Dana Ruiz", "person:dana-ruiz", "named_official"),),
    )
    b = facts_factory(
        f'"{words}," county director Omar Hale told reporters.', outlet="Coast Herald",
        quotes=((words, "Omar Hale", "person:omar-hale", "named_official"),),
    )
    f = compare([a, b]).findings[0]
    assert f.kind == "conflict" and "Dana Ruiz" in f.explanation and "Omar Hale" in f.explanation


@pytest.mark.parametrize(
    ("shared", "sequel_a", "sequel_b"),
    [
        ("Nobody should go to a concert and come home with a broken arm.",
         "We will be looking very closely at how the gates were managed.",
         "Last night should have been one of the best nights this hall has ever had, and "
         "instead some of our own audience were hurt."),
        # a plain sentence with a single content word ("sure") is still the same words
        ("I was not sure that we would ever see him again.",
         "He walked in at midnight with mud up to his knees.",
         "The dogs found his scent near the old quarry gate."),
    ],
)
def test_one_sentence_quoted_in_both_with_different_sequels_conflicts(
    facts_factory: Factory, shared: str, sequel_a: str, sequel_b: str
) -> None:
    qa, qb = f"{shared} {sequel_a}", f"{shared} {sequel_b}"
    a = facts_factory(f'Inspector Lena Haas said: "{qa}"', outlet="North Star",
                      quotes=((qa, "Lena Haas", "person:lena-haas", "named_official"),))
    b = facts_factory(f'Director Oskar Brand said: "{qb}"', outlet="Coast Herald",
                      quotes=((qb, "Oskar Brand", "person:oskar-brand", "named_official"),))
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert "Lena Haas" in conflicts[0].explanation and "Oskar Brand" in conflicts[0].explanation


def test_happened_and_did_not_happen_conflict(facts_factory: Factory) -> None:
    a = facts_factory(
        "Records show the county issued an evacuation order for the river district at 2 a.m.",
        outlet="North Star",
    )
    b = facts_factory(
        "Residents were furious that no evacuation order was ever issued for the river district.",
        outlet="Coast Herald",
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    texts = " | ".join(e.text for e in conflicts[0].evidence)
    assert "no evacuation order was ever issued" in texts and "issued an evacuation order" in texts


def test_negations_about_different_things_do_not_conflict(facts_factory: Factory) -> None:
    a = facts_factory("The county issued an evacuation order at 2 a.m.", outlet="North Star")
    b = facts_factory("The mayor did not attend the briefing on Tuesday.", outlet="Coast Herald")
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_dates_of_one_event_conflict(facts_factory: Factory) -> None:
    a = facts_factory(
        "The dam burst on Monday night, flooding the valley below the reservoir.",
        outlet="North Star",
        dates=(("on Monday night", "2024-04-08", "2024-04-08", "day"),),
    )
    b = facts_factory(
        "The dam burst early on Tuesday, flooding the valley below the reservoir.",
        outlet="Coast Herald",
        dates=(("early on Tuesday", "2024-04-09", "2024-04-09", "day"),),
    )
    f = compare([a, b]).findings[0]
    assert f.kind == "conflict" and f.dimension == "date"
    assert "2024-04-08" in f.explanation and "2024-04-09" in f.explanation


def test_single_article_has_no_findings(facts_factory: Factory) -> None:
    a = facts_factory("The county issued an evacuation order at 2 a.m.", outlet="North Star")
    comp = compare([a])
    assert comp.findings == () and comp.articles == (a.article,)


def test_a_part_of_a_group_conflicts_with_the_same_part_counted_differently(
    facts_factory: Factory,
) -> None:
    wire = facts_factory(
        "At least 20 people were injured, five of them taken to hospital, in a crush at the "
        "Harlow Road stadium on Saturday.",
        outlet="Wire",
        quantities=(("20 people", 20, 20, 1e9, None, "count", "at_least", "people"),
                    ("five", 5, 5, 5, None, "count", "exact", None)),
    )
    tabloid = facts_factory(
        "Twenty-seven fans were hurt and nine were rushed to hospital after the crush at the "
        "Harlow Road stadium on Saturday.",
        outlet="Tabloid",
        quantities=(("Twenty-seven fans", 27, 27, 27, None, "count", "exact", "fan"),
                    ("nine", 9, 9, 9, None, "count", "exact", None)),
    )
    conflicts = [{e.text for e in f.evidence} for f in compare([wire, tabloid]).findings
                 if f.kind == "conflict"]
    assert {"five", "nine"} in conflicts


def test_a_day_still_to_come_does_not_date_a_reported_figure(facts_factory: Factory) -> None:
    # the first article's weekday was read as the coming Friday; the premium was still
    # reported on Monday, the same figure as the other article's
    a = facts_factory(
        "Harlan will pay $47.50 a share, a 28% premium to Ostrow's closing price on Friday, "
        "the companies said.",
        outlet="Commerce Daily", published="2024-06-03",
        quantities=(("28%", 28, 28, 28, "percent", "percent", "exact", None),),
        dates=(("on Friday", "2024-06-07", "2024-06-07", "day"),),
    )
    b = facts_factory(
        "Harlan will pay $47.50 a share for Ostrow, a 35 percent premium over Friday's close, "
        "the companies said.",
        outlet="Valley Gazette", published="2024-06-04",
        quantities=(("35 percent", 35, 35, 35, "percent", "percent", "exact", None),),
        dates=(("Friday", "2024-05-31", "2024-05-31", "day"),),
    )
    conflicts = [{e.text for e in f.evidence} for f in compare([a, b]).findings
                 if f.kind == "conflict"]
    assert {"28%", "35 percent"} in conflicts


def test_figures_beside_the_same_companion_figure_align(facts_factory: Factory) -> None:
    # worded apart ("waited" / "spent ... in the department"), among other counts of
    # patients, each beside "more than 12 hours"
    a = facts_factory(
        "In the same three months, 2,140 patients waited more than 12 hours from arrival to "
        "leaving the emergency department, the regulator's report found. Ambulances queued "
        "outside on 1,870 occasions, and 310 patients left without being seen.",
        outlet="Wire",
        quantities=(("2,140 patients", 2140, 2140, 2140, None, "count", "exact", "patients"),
                    ("12 hours", 12, 12, 1e9, "hour", "time", "more_than", None),
                    ("1,870 occasions", 1870, 1870, 1870, None, "count", "exact", "occasions"),
                    ("310 patients", 310, 310, 310, None, "count", "exact", "patients")),
    )
    b = facts_factory(
        "The report counts 1,240 patients who spent more than 12 hours in the department, "
        "and one who waited 76 hours for a bed. Some 620 patients a week arrived by ambulance.",
        outlet="Specialist",
        quantities=(("1,240 patients", 1240, 1240, 1240, None, "count", "exact", "patients"),
                    ("12 hours", 12, 12, 1e9, "hour", "time", "more_than", None),
                    ("76 hours", 76, 76, 76, "hour", "time", "exact", None),
                    ("620 patients", 620, 620, 620, None, "count", "exact", "patients")),
    )
    conflicts = [{e.text for e in f.evidence} for f in compare([a, b]).findings
                 if f.kind == "conflict"]
    assert {"2,140 patients", "1,240 patients"} in conflicts


def test_more_a_word_after_a_count_does_not_make_it_an_increment(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "At the Harlow depot, 310 drivers waited more than a month for their back pay.",
        outlet="Wire",
        quantities=(("310 drivers", 310, 310, 310, None, "count", "exact", "drivers"),),
    )
    b = facts_factory(
        "At the Harlow depot, 190 drivers went unpaid for more than a month.",
        outlet="Gazette",
        quantities=(("190 drivers", 190, 190, 190, None, "count", "exact", "drivers"),),
    )
    conflicts = [{e.text for e in f.evidence} for f in compare([a, b]).findings
                 if f.kind == "conflict"]
    assert {"310 drivers", "190 drivers"} in conflicts


def test_a_count_and_one_more_of_its_kind_add_up(facts_factory: Factory) -> None:
    a = facts_factory(
        "The trust, which runs two acute hospitals and a community hospital, employs more "
        "than 9,000 people.",
        outlet="Echo",
        quantities=(("two acute hospitals", 2, 2, 2, None, "count", "exact", "hospitals"),),
    )
    b = facts_factory(
        "The trust, which runs three hospitals with about 1,150 beds, serves 640,000 people.",
        outlet="Wire",
        quantities=(("three hospitals", 3, 3, 3, None, "count", "exact", "hospitals"),),
    )
    findings = compare([a, b]).findings
    assert not [f for f in findings if f.kind == "conflict"]
    # without the added one the two counts conflict
    c = facts_factory(
        "The trust, which runs two acute hospitals, employs more than 9,000 people.",
        outlet="Echo",
        quantities=(("two acute hospitals", 2, 2, 2, None, "count", "exact", "hospitals"),),
    )
    assert [f for f in compare([c, b]).findings if f.kind == "conflict"]


def test_an_existence_denied_by_a_verb_of_finding_conflicts_with_a_count_of_it(
    facts_factory: Factory,
) -> None:
    a = facts_factory("The carmaker recalled the model over a brake fault. No injuries have "
                      "been reported.", outlet="Wire")
    b = facts_factory("The carmaker recalled the model after three drivers suffered minor "
                      "injuries when the brakes failed.", outlet="Review")
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert "No injuries have been reported" in {e.text for e in conflicts[0].evidence}
    # a clause that does not count the denied thing asserts nothing about it
    c = facts_factory("The carmaker recalled the model after three drivers complained about "
                      "the brakes.", outlet="Review")
    assert not [f for f in compare([a, c]).findings if f.kind == "conflict"]


def test_a_denial_among_named_groups_conflicts_with_a_count_of_people(
    facts_factory: Factory,
) -> None:
    a = facts_factory("The ward was cleared after the kitchen fire. No injuries were reported "
                      "among patients or visitors.", outlet="Hospital")
    b = facts_factory("The ward was cleared after the kitchen fire, and two people were treated "
                      "for minor injuries.", outlet="Wire")
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    # a count of another named group may lie outside the groups the denial names
    c = facts_factory("The ward was cleared after the kitchen fire, and two firefighters were "
                      "treated for minor injuries.", outlet="Wire")
    assert not [f for f in compare([a, c]).findings if f.kind == "conflict"]


def test_a_figure_that_is_now_so_after_it_updates_an_earlier_report(
    facts_factory: Factory,
) -> None:
    early = facts_factory(
        "Approximately 620 personnel and 8 aircraft are assigned to the Halden fire, the "
        "county said.",
        outlet="County", published="2026-08-07T20:00:00",
        quantities=(("Approximately 620 personnel", 620, 601, 639, None, "count", "approximate",
                     "personnel"),),
    )
    late = facts_factory(
        "More than 1,100 personnel are now assigned to the Halden fire, along with nine "
        "helicopters.",
        outlet="Journal", published="2026-08-11T08:00:00",
        quantities=(("More than 1,100 personnel", 1100, 1100, 1e9, None, "count", "more_than",
                     "personnel"),),
    )
    assert not [f for f in compare([early, late]).findings if f.kind == "conflict"]


def test_a_count_and_the_noun_joined_to_it_keep_the_clause_going(
    facts_factory: Factory,
) -> None:
    from counterpoint.compare.mentions import build_index

    a = facts_factory(
        "Forty-three diplomats and aid workers left the capital on Wednesday by train.",
        outlet="Herald",
        quantities=(("Forty-three diplomats", 43, 43, 43, None, "count", "exact", "diplomats"),),
    )
    m = next(x for x in build_index([a]).mentions if x.text == "Forty-three diplomats")
    # the verb and object after "and aid workers" are the figure's clause
    assert {"left", "capital", "#departure"} <= set(m.local), m.local


def test_a_quote_given_to_one_office_and_to_a_named_person_conflicts(
    facts_factory: Factory,
) -> None:
    words = "You were trusted with the health of a province and you sold it"
    a = facts_factory(f'In passing sentence the judge said: "{words}."', outlet="Court",
                      quotes=((words, "the judge", None, "anonymous"),))
    b = facts_factory(f'Prosecutor Helena Marsh told the jury: "{words}."', outlet="Blog",
                      quotes=((words, "Helena Marsh", "person:helena-marsh", "named_official"),))
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1 and "Helena Marsh" in conflicts[0].explanation
    # an unnamed source may be anyone, the named person included
    c = facts_factory(f'A senior official said: "{words}."', outlet="Wire",
                      quotes=((words, "A senior official", None, "anonymous"),))
    assert not [f for f in compare([c, b]).findings if f.kind == "conflict"]


def test_a_denied_two_word_thing_conflicts_with_a_clause_that_has_it(
    facts_factory: Factory,
) -> None:
    a = facts_factory("The bend had no crash barrier, according to police photographs.",
                      outlet="Wire")
    b = facts_factory("The old coach tore through a steel crash barrier before the drop.",
                      outlet="Review")
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert "no crash barrier" in " ".join(e.text for e in conflicts[0].evidence)


def test_a_condition_asserts_nothing_to_deny(facts_factory: Factory) -> None:
    a = facts_factory("Teachers will strike again next week unless the government improves its "
                      "offer.", outlet="Radio")
    b = facts_factory("The union said teachers would stay out for as long as no improved offer "
                      "is made by the government.", outlet="Wire")
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_counts_of_two_groups_of_persons_add_up(facts_factory: Factory) -> None:
    a = facts_factory(
        "Thirty-eight foreigners left the capital by train on Thursday, officials said.",
        outlet="Wire",
        quantities=(("Thirty-eight foreigners", 38, 38, 38, None, "count", "exact",
                     "foreigners"),),
    )
    b = facts_factory(
        "On Thursday a party of 27 diplomats and 11 aid workers left the capital by train.",
        outlet="Review",
        quantities=(("27 diplomats", 27, 27, 27, None, "count", "exact", "diplomats"),
                    ("11 aid workers", 11, 11, 11, None, "count", "exact", "workers")),
    )
    c = facts_factory(
        "On Thursday 43 diplomats and aid workers left the capital by train, sources said.",
        outlet="Daily",
        quantities=(("43 diplomats", 43, 43, 43, None, "count", "exact", "diplomats"),),
    )
    findings = compare([a, b]).findings
    assert not [f for f in findings if f.kind == "conflict"]
    agreed = [{e.text for e in f.evidence} for f in findings if f.kind == "agreement"]
    assert {"Thirty-eight foreigners", "27 diplomats and 11 aid workers"} in agreed
    # 27 + 11 is not 43
    assert [f for f in compare([b, c]).findings if f.kind == "conflict"]


def test_counts_of_two_clauses_each_with_its_verb_do_not_add_up(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    text = ("Police said 43 people had been detained and 12 officers injured in the clashes. "
            "Later 27 diplomats and 11 aid workers left the capital.")
    facts = facts_factory(
        text, outlet="Wire",
        quantities=(("43 people", 43, 43, 43, None, "count", "exact", "people"),
                    ("12 officers", 12, 12, 12, None, "count", "exact", "officers"),
                    ("27 diplomats", 27, 27, 27, None, "count", "exact", "diplomats"),
                    ("11 aid workers", 11, 11, 11, None, "count", "exact", "workers")),
    )
    sums = [m.text for m in build_index([facts]).mentions if m.parts]
    # people detained and officers injured are two events; the diplomats and aid workers
    # left together
    assert sums == ["27 diplomats and 11 aid workers"]


def _homes(facts_factory: Factory) -> list[ArticleFacts]:
    a = facts_factory(
        "The wildfire destroyed 46 homes in the Arlow valley before crews held it on Tuesday.",
        outlet="Valley Wire",
        quantities=(("46 homes", 46, 46, 46, None, "count", "exact", "homes"),),
    )
    b = facts_factory(
        "By Tuesday the wildfire had destroyed 64 homes in the Arlow valley, crews said.",
        outlet="Ridge Post",
        quantities=(("64 homes", 64, 64, 64, None, "count", "exact", "homes"),),
    )
    c = facts_factory(
        "Crews said 46 homes in the Arlow valley were destroyed by the wildfire by Tuesday.",
        outlet="Arlow Times",
        quantities=(("46 homes", 46, 46, 46, None, "count", "exact", "homes"),),
    )
    return [a, b, c]


def test_an_outlet_agreeing_with_one_side_of_a_conflict_is_shown_on_that_side(
    facts_factory: Factory,
) -> None:
    from counterpoint.compare.values import sides
    from counterpoint.report.html import render_html

    facts = _homes(facts_factory)
    conflicts = [f for f in compare(facts).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    f = conflicts[0]
    # all three outlets are in the evidence, the two agreeing ones on one side
    assert len({e.article for e in f.evidence}) == 3
    side = {e.article: s for e, s in zip(f.evidence, sides(f), strict=True)}
    ids = [x.article.id for x in facts]
    assert side[ids[0]] == side[ids[2]] == 0 and side[ids[1]] == 1
    assert "sides with" in f.explanation and "Arlow Times" in f.explanation
    # the fact matrix colours each outlet's cell by its side, and names who agrees with it
    page = render_html(compare(facts), facts)
    row = re.search(rf"<a href=\"#{f.id}\">.*?</tr>", page, re.S)
    assert row is not None
    cells = re.findall(r"<td class=\"([^\"]+)\"(?: title=\"([^\"]*)\")?>([^<]*)</td>", row.group(0))
    assert [(c[0], c[2]) for c in cells] == [
        ("conflict side-0", "46 homes"), ("conflict side-1", "64 homes"),
        ("conflict side-0", "46 homes")]
    assert cells[0][1] == "same as Arlow Times"
    assert "outlets whose cells share a colour" in page


def test_sides_read_only_the_normalized_values(facts_factory: Factory) -> None:
    import dataclasses

    from counterpoint.compare.values import sides
    from counterpoint.model import Evidence

    f = next(f for f in compare(_homes(facts_factory)).findings if f.kind == "conflict")
    # a figure that fits both sides and one apart from both
    wide = Evidence("x", "between 40 and 70 homes", (0, 5), "s",
                    {"low": 40.0, "high": 70.0, "unit": None})
    far = Evidence("y", "55 homes", (0, 5), "s", {"low": 55.0, "high": 55.0, "unit": None})
    both = dataclasses.replace(f, evidence=(*f.evidence, wide, far))
    assert sides(both)[-2:] == (None, 2)
    # findings other than conflicts, and conflicts without values, take no sides
    assert set(sides(dataclasses.replace(f, kind="agreement"))) == {None}
    bare = tuple(dataclasses.replace(e, normalized=None) for e in f.evidence)
    assert set(sides(dataclasses.replace(f, evidence=bare))) == {None}


def _first_toll(facts_factory: Factory) -> ArticleFacts:
    return facts_factory(
        "A landslide killed nine people in the village of Orvik, rescuers said.",
        outlet="Alp Wire", published="2026-04-17",
        quantities=(("nine people", 9, 9, 9, None, "count", "exact", "people"),),
    )


def _toll(facts_factory: Factory, later: str, figure: str, value: int,
          published: str) -> list[ArticleFacts]:
    a = _first_toll(facts_factory)
    b = facts_factory(later, outlet="Valley Herald", published=published,
                      quantities=((figure, value, value, value, None, "count", "exact",
                                   "people"),))
    return [a, b]


def test_a_toll_counted_so_far_in_a_later_report_updates_an_earlier_one(
    facts_factory: Factory,
) -> None:
    # "have been confirmed dead" three days later is the toll so far: an update
    facts = _toll(facts_factory, "In Orvik, 23 people have been confirmed dead after the "
                  "landslide, rescuers said.", "23 people", 23, "2026-04-20")
    findings = compare(facts).findings
    assert _kinds(findings, "23 people") == ["compatible"]
    assert "toll counted again in a later report" in findings[0].explanation
    # the same count told in the simple past narrates the event: the reports disagree
    facts = _toll(facts_factory, "The landslide in Orvik killed 23 people, rescuers said.",
                  "23 people", 23, "2026-04-20")
    assert _kinds(compare(facts).findings, "23 people") == ["conflict"]
    # a rise dated to the day the first report came out may come after it that day
    later = facts_factory(
        "The death toll from the Orvik landslide rose to 23 yesterday, rescuers said.",
        outlet="Valley Herald", published="2026-04-18",
        quantities=(("23", 23, 23, 23, None, "count", "exact", None),),
        dates=(("yesterday", "2026-04-17", "2026-04-17", "day"),),
    )
    assert _kinds(compare([_first_toll(facts_factory), later]).findings, "23") == ["compatible"]
    # and a higher count so far in a report of the same day is no later count
    facts = _toll(facts_factory, "In Orvik, 23 people have been confirmed dead after the "
                  "landslide, rescuers said.", "23 people", 23, "2026-04-17")
    assert _kinds(compare(facts).findings, "23 people") == ["conflict"]


def test_cases_counted_so_far_update_an_earlier_count_of_cases(
    facts_factory: Factory,
) -> None:
    # the counted noun itself ("cases") names the illness, which mounts as a story unfolds,
    # though neither clause has a word of illness
    a = facts_factory(
        "The health board confirmed 14 cases of typhoid at the Marsh Lane canning plant.",
        outlet="Wire", published="2026-05-02",
        quantities=(("14 cases", 14, 14, 14, None, "count", "exact", "cases"),),
    )
    b = facts_factory(
        "At the Marsh Lane canning plant, 22 cases have been confirmed so far.",
        outlet="Gazette", published="2026-05-05",
        quantities=(("22 cases", 22, 22, 22, None, "count", "exact", "cases"),),
    )
    findings = compare([a, b]).findings
    assert _kinds(findings, "22 cases") == ["compatible"]
    assert "counted again in a later report" in findings[0].explanation


def test_a_figure_of_which_another_is_part_does_not_add_up_with_it(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "The Velka rain gauge recorded 314 mm in the 48 hours before the slide, of which "
        "142 mm fell in six hours overnight.",
        outlet="Agency",
        quantities=(("314 mm", 0.314, 0.314, 0.314, "meter", "length", "exact", None),
                    ("142 mm", 0.142, 0.142, 0.142, "meter", "length", "exact", None)),
    )
    b = facts_factory(
        "Nearly 500 millimetres of rain fell on Velka in the 48 hours before the slide.",
        outlet="Blog",
        quantities=(("Nearly 500 millimetres", 0.5, 0.45, 0.5, "meter", "length", "below",
                     None),),
    )
    findings = compare([a, b]).findings
    # 314 + 142 = 456 falls in "nearly 500", but the 142 mm is part of the 314 mm
    assert _kinds(findings, "Nearly 500 millimetres") == ["conflict"]


def test_a_count_of_objects_may_count_what_another_article_names(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "Thieves took 14 objects from the Kestrel museum's treasury overnight, police said.",
        outlet="Wire",
        quantities=(("14 objects", 14, 14, 14, None, "count", "exact", "object"),),
    )
    b = facts_factory(
        "Thieves took 12 treasures from the Kestrel museum's treasury overnight, police said.",
        outlet="Tabloid",
        quantities=(("12 treasures", 12, 12, 12, None, "count", "exact", "treasure"),),
    )
    assert _kinds(compare([a, b]).findings, "12 treasures") == ["conflict"]
    # but objects are never persons
    c = facts_factory(
        "Thieves took 12 visitors hostage in the Kestrel museum's treasury overnight.",
        outlet="Tabloid",
        quantities=(("12 visitors", 12, 12, 12, None, "count", "exact", "visitor"),),
    )
    assert "conflict" not in _kinds(compare([a, c]).findings, "12 visitors")


def test_a_count_of_animals_may_count_the_creatures_another_article_names(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "Rangers said 46 deer were trapped by the flood on the Tansy water meadows on Monday.",
        outlet="Wire",
        quantities=(("46 deer", 46, 46, 46, None, "count", "exact", "deer"),),
    )
    b = facts_factory(
        "More than 80 animals were trapped by the flood on the Tansy water meadows on Monday.",
        outlet="Tabloid",
        quantities=(("More than 80 animals", 80, 80, None, None, "count", "above", "animal"),),
    )
    assert _kinds(compare([a, b]).findings, "More than 80 animals") == ["conflict"]
    # a count of people is no count of animals
    c = facts_factory(
        "More than 80 walkers were trapped by the flood on the Tansy water meadows on Monday.",
        outlet="Tabloid",
        quantities=(("More than 80 walkers", 80, 80, None, None, "count", "above", "walker"),),
    )
    assert "conflict" not in _kinds(compare([b, c]).findings, "More than 80 walkers")


def test_houses_and_homes_count_the_same_dwellings(facts_factory: Factory) -> None:
    a = facts_factory(
        "The council approved 840 homes on the Tenterfield site on Tuesday.",
        outlet="Wire",
        quantities=(("840 homes", 840, 840, 840, None, "count", "exact", "home"),),
    )
    b = facts_factory(
        "The council approved 1,100 houses on the Tenterfield site on Tuesday.",
        outlet="Tabloid",
        quantities=(("1,100 houses", 1100, 1100, 1100, None, "count", "exact", "house"),),
    )
    assert _kinds(compare([a, b]).findings, "1,100 houses") == ["conflict"]


def test_the_matrix_names_whom_each_outlet_gives_a_disputed_quote_to(
    facts_factory: Factory,
) -> None:
    from counterpoint.report.html import render_html

    words = "We had minutes, not hours, to get people out of the houses"

    def told(outlet: str, who: str, pid: str) -> ArticleFacts:
        return facts_factory(
            f'"{words}," said {who}, after the levee broke at Arnside ({outlet}).',
            outlet=outlet,
            entities=((who, "PERSON", pid, who),),
            quotes=((words, who, pid, "named_official"),),
        )

    facts = [told("Wire", "Chief Mara Quist", "person:mara-quist"),
             told("Tabloid", "Deputy Ivo Lund", "person:ivo-lund"),
             told("Courier", "Chief Mara Quist", "person:mara-quist")]
    comparison = compare(facts)
    f = next(f for f in comparison.findings if f.kind == "conflict")
    page = render_html(comparison, facts)
    row = re.search(rf"<a href=\"#{f.id}\">.*?</tr>", page, re.S)
    assert row is not None
    cells = re.findall(r"<td class=\"([^\"]+)\"(?: title=\"([^\"]*)\")?>([^<]*)</td>", row.group(0))
    assert [c[0] for c in cells] == ["conflict side-0", "conflict side-1", "conflict side-0"]
    assert cells[0][2].endswith("— Chief Mara Quist") and cells[1][2].endswith("— Deputy Ivo Lund")
    assert cells[0][1] == "same as Courier"


def test_a_count_written_with_a_scale_word_is_rounded(facts_factory: Factory) -> None:
    def story(first: str, value: float) -> list[ArticleFacts]:
        a = facts_factory(
            f"The odds of winning the Harvest Draw jackpot are one in {first}, the operator said.",
            outlet="Draw Wire",
            quantities=((first, value, value, value, None, "count", "exact", None),),
        )
        b = facts_factory(
            "The odds of winning the Harvest Draw jackpot are 1 in 45,057,474, the operator said.",
            outlet="Operator",
            quantities=(("45,057,474", 45057474, 45057474, 45057474, None, "count", "exact",
                         None),),
        )
        return [a, b]

    # "45 million" stands for 44.5-45.5 million; "45.2 million" for 45.15-45.25 million
    assert "conflict" not in _kinds(compare(story("45 million", 45e6)).findings, "45 million")
    assert _kinds(compare(story("45.2 million", 45.2e6)).findings, "45.2 million") == ["conflict"]


def _share_fall(facts_factory: Factory, later: str, figure: str, value: float,
                published: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Shares in Pellan Cruises fell 4 per cent in early trading in Kestwick after the "
        "outbreak on the Aster Bay was announced.",
        outlet="Harbour Wire", published="2027-03-02",
        quantities=(("4 per cent", 4, 4, 4, "percent", "percent", "exact", None, "down"),),
    )
    b = facts_factory(later, outlet="Cruise Monitor", published=published,
                      quantities=((figure, value, value, value, "percent", "percent", "exact",
                                   None, "down"),))
    return [a, b]


def test_a_change_counted_since_in_a_later_report_updates_an_earlier_one(
    facts_factory: Factory,
) -> None:
    # four days on, "have fallen 7 per cent since" is the fall so far, not a dispute
    facts = _share_fall(facts_factory, "Shares in Pellan Cruises have fallen 7 per cent in "
                        "Kestwick since the outbreak on the Aster Bay was announced.",
                        "7 per cent", 7, "2027-03-06")
    findings = compare(facts).findings
    assert _kinds(findings, "7 per cent") == ["compatible"]
    assert "a running figure counted again in a later report" in findings[0].explanation
    # the same fall told in the simple past for the same morning disputes the first figure
    facts = _share_fall(facts_factory, "Shares in Pellan Cruises fell 7 per cent in early "
                        "trading in Kestwick after the outbreak on the Aster Bay was announced.",
                        "7 per cent", 7, "2027-03-06")
    assert _kinds(compare(facts).findings, "7 per cent") == ["conflict"]


def test_a_companion_figure_converted_from_other_units_still_matches(
    facts_factory: Factory,
) -> None:
    # the boat's length, in metres in one report and in feet in the other, rounds to slightly
    # different values (9.1 m against 30ft = 9.144 m) but is the same figure beside each count
    a = facts_factory(
        "Coastguards brought 26 people ashore at Penlee on Monday from three boats. The "
        "smallest, a 9.1-metre inflatable, was carrying 14 people when a lifeboat reached it.",
        outlet="Wire",
        quantities=(("26 people", 26, 26, 26, None, "count", "exact", "people"),
                    ("three boats", 3, 3, 3, None, "count", "exact", "boats"),
                    ("9.1-metre", 9.1, 9.1, 9.1, "meter", "length", "exact", None),
                    ("14 people", 14, 14, 14, None, "count", "exact", "people")),
    )
    b = facts_factory(
        "Rescuers said 26 people were landed. One 30ft dinghy was carrying 19 people, a crew "
        "member told us.",
        outlet="Tabloid",
        quantities=(("26 people", 26, 26, 26, None, "count", "exact", "people"),
                    ("30ft", 30, 30, 30, "foot", "length", "exact", None),
                    ("19 people", 19, 19, 19, None, "count", "exact", "people")),
    )
    conflicts = [{e.text for e in f.evidence} for f in compare([a, b]).findings
                 if f.kind == "conflict"]
    assert {"14 people", "19 people"} in conflicts


def test_a_count_the_earlier_article_calls_so_far_is_overtaken_by_a_later_total(
    facts_factory: Factory,
) -> None:
    # "so far" in the earlier report marks its count as partial: the later, larger total
    # updates it whatever is counted (no toll, no rise)
    def first(text: str) -> ArticleFacts:
        return facts_factory(text, outlet="Harbour Board", published="2027-02-01",
                             quantities=(("2,400 sandbags", 2400, 2400, 2400, None, "count",
                                          "exact", "sandbags"),))

    later = facts_factory(
        "In all 3,100 sandbags were filled by volunteers on the Quayside, the board said.",
        outlet="Quay Gazette", published="2027-02-04",
        quantities=(("3,100 sandbags", 3100, 3100, 3100, None, "count", "exact", "sandbags"),),
    )
    a = first("So far 2,400 sandbags have been filled by volunteers on the Quayside.")
    findings = compare([a, later]).findings
    assert _kinds(findings, "3,100 sandbags") == ["compatible"]
    assert "a running figure counted again in a later report" in findings[0].explanation
    # without "so far" the two totals disagree
    a = first("Volunteers filled 2,400 sandbags on the Quayside, the board said.")
    assert _kinds(compare([a, later]).findings, "3,100 sandbags") == ["conflict"]


def test_two_age_groups_are_not_one_persons_age(facts_factory: Factory) -> None:
    """"aged 18 to 64" and "65 and over" are two groups of the population, not two readings of
    one person's age."""
    a = facts_factory(
        "The census counted 41,200 residents of Tarnby aged 18 to 64, the statistics office "
        "said.",
        outlet="Statistics Office", published="2026-04-01",
        quantities=(("18 to 64", 18, 18, 64, "year", "age", "range", None),),
    )
    b = facts_factory(
        "Tarnby's census counted 9,800 residents aged 65 and over, the statistics office said.",
        outlet="Tarnby Courier", published="2026-04-02",
        quantities=(("65 and over", 65, 65, 130, "year", "age", "at_least", None),),
    )
    found = compare([a, b]).findings
    assert not [f for f in found if f.kind == "conflict"]
    assert any("two age groups" in f.explanation for f in found if f.kind == "compatible")


def test_the_same_digits_in_another_order_conflict_whatever_the_days(
    facts_factory: Factory,
) -> None:
    """"2,618 coins" told on Monday and "2,681 coins" dated to Wednesday would read as a count
    updated between the two days; the same digits swapped are a slip of one report."""
    def hoard(text: str, outlet: str, published: str, count: str, day: tuple[str, str]
              ) -> ArticleFacts:
        value = float(count.split()[0].replace(",", ""))
        return facts_factory(
            text, outlet=outlet, published=published,
            quantities=((count, value, value, value, None, "count", "exact", "coin"),),
            dates=((day[0], day[1], day[1], "day"),),
        )

    a = hoard("A hoard of 2,618 coins was dug up in a field near Ambry on Monday, the "
              "county museum said.", "Ambry Wire", "2026-05-05", "2,618 coins",
              ("Monday", "2026-05-04"))
    b = hoard("The Ambry hoard, which the county museum said on Wednesday holds 2,681 coins, "
              "was dug up in a field.", "Coin Weekly", "2026-05-08", "2,681 coins",
              ("Wednesday", "2026-05-06"))
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(found) == 1
    assert "the same digits in another order" in found[0].explanation


def test_the_same_digits_in_another_order_are_a_reason_to_align(facts_factory: Factory) -> None:
    import importlib

    from counterpoint.compare.mentions import build_index

    align = importlib.import_module("counterpoint.compare.align")

    def viewers(n: str) -> ArticleFacts:
        value = float(n.replace(",", ""))
        return facts_factory(
            f"The final drew {n} viewers online.", outlet=f"Outlet {n}",
            quantities=((f"{n} viewers", value, value, value, None, "count", "exact",
                         "viewers"),),
        )

    def reasons(a: str, b: str) -> tuple[str, ...]:
        index = build_index([viewers(a), viewers(b)])
        m, n = index.mentions[0], next(x for x in index.mentions if x.article == 1)
        return align._score(index, m, n, {0: 1, 1: 1}).reasons

    assert "the same digits in another order" in reasons("46,000", "64,000")
    assert "the same digits in another order" not in reasons("46,000", "61,000")


def _depth(facts_factory: Factory, text: str, outlet: str, published: str,
           figure: str, value: float, unit: str) -> ArticleFacts:
    return facts_factory(text, outlet=outlet, published=published,
                         quantities=((figure, value, value, value, unit, "length", "exact",
                                      None),))


def test_a_converted_figure_sides_with_the_one_of_two_written_alike_that_it_matches(
    facts_factory: Factory,
) -> None:
    from counterpoint.compare.values import sides

    facts = [
        _depth(facts_factory, "On Saturday the Grey Tern submersible touched 8,412 metres down "
               "in the Oster Trench.", "Institute", "2040-03-05",
               "8,412 metres", 8412, "meter"),
        _depth(facts_factory, "The Grey Tern plunged a staggering 27,598ft into the Oster "
               "Trench on Saturday.", "Tabloid", "2040-03-06", "27,598ft", 27598, "foot"),
        _depth(facts_factory, "Its crew said the Grey Tern got to 8,241 metres, deep in the "
               "Oster Trench, on Saturday.", "Review", "2040-03-08", "8,241 metres", 8241,
               "meter"),
    ]
    found = [f for f in compare(facts).findings if f.kind == "conflict"]
    assert len(found) == 1
    # 27,598 ft is 8,411.9 m to the foot: the institute's figure, not the review's, although
    # the slack of a conversion would let it fit both
    assert "Tabloid sides with Institute (“27,598ft”)" in found[0].explanation
    side = dict(zip((e.text for e in found[0].evidence), sides(found[0]), strict=True))
    assert side == {"8,412 metres": 1, "27,598ft": 1, "8,241 metres": 0}


@pytest.mark.parametrize(("metres", "feet", "kinds"), [
    (8412, 27958, {"conflict"}),  # 8,521.6 m: the digits of a careful conversion slipped
    (8412, 27598, {"agreement"}),  # 8,411.9 m, converted to the foot
    (8412, 27760, {"agreement"}),  # 8,412 times a rough 3.3 feet to the metre
    # "8,400 metres" gives two significant digits: a rounded figure, which the conversion
    # slack lets meet "27,900ft" (8,504 m, 1.2% apart)
    (8400, 27900, {"agreement"}),
])
def test_a_precise_figure_in_another_unit_is_read_to_its_digits(
    facts_factory: Factory, metres: int, feet: int, kinds: set[str]
) -> None:
    """Two depths told to four digits in metres and in feet are converted with care: a figure
    1.3% off is a slip, not a rounding, though the 2% slack of a rough conversion would hold it;
    a rough conversion factor still meets, and so do figures of fewer digits."""
    facts = [
        _depth(facts_factory, f"On Saturday the Grey Tern submersible touched {metres:,} metres "
               "down in the Oster Trench.", "Institute", "2040-03-05",
               f"{metres:,} metres", metres, "meter"),
        _depth(facts_factory, f"The Grey Tern plunged a staggering {feet:,}ft into the Oster "
               "Trench on Saturday.", "Tabloid", "2040-03-06", f"{feet:,}ft", feet, "foot"),
    ]
    assert {f.kind for f in compare(facts).findings if f.kind != "omission"} == kinds


def test_a_team_of_named_members_and_a_strong_team_count_one_group(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "A team of 58 engineers at the Tarrow yard built the ferry in two years.",
        outlet="Yard",
        quantities=(("58 engineers", 58, 58, 58, None, "count", "exact", "engineer"),),
    )
    b = facts_factory(
        "The 85-strong team at the Tarrow yard built the ferry in two years.",
        outlet="Tabloid",
        quantities=(("85-strong team", 85, 85, 85, None, "count", "exact", "team"),),
    )
    assert _kinds(compare([a, b]).findings, "85-strong team") == ["conflict"]


def test_what_remains_on_a_list_later_is_no_conflict_with_the_count_before(
    facts_factory: Factory,
) -> None:
    before = facts_factory(
        "The regional agency said 31 patients were on its waiting list for a new cornea.",
        outlet="Wire", published="2026-05-02",
        quantities=(("31 patients", 31, 31, 31, None, "count", "exact", "patient"),),
    )

    def remaining(published: str) -> ArticleFacts:
        return facts_factory(
            "The regional agency says 30 patients remain on its waiting list for a new cornea.",
            outlet="Review", published=published,
            quantities=(("30 patients", 30, 30, 30, None, "count", "exact", "patient"),),
        )

    findings = compare([before, remaining("2026-05-04")]).findings
    assert _kinds(findings, "30 patients") == ["compatible"]
    assert "what remains" in findings[0].explanation
    # told before the other count, what remains cannot be what is left of it
    earlier = remaining("2026-04-28")
    assert _kinds(compare([before, earlier]).findings, "30 patients") == ["conflict"]


def test_a_list_of_what_a_figure_holds_does_not_make_a_later_figure_part_of_it(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "A team of 21 staff, including pilots and medics, searched the moor through the night "
        "alongside 16 volunteers from the village.",
        outlet="Trust",
        quantities=(("21 staff", 21, 21, 21, None, "count", "exact", "staff"),
                    ("16 volunteers", 16, 16, 16, None, "count", "exact", "volunteer")),
    )
    b = facts_factory(
        "Its report puts the whole search team at a team of 37 people on the moor that night.",
        outlet="Paper",
        quantities=(("37 people", 37, 37, 37, None, "count", "exact", "people"),),
    )
    assert "conflict" not in _kinds(compare([a, b]).findings, "37 people")


def test_a_count_so_far_is_overtaken_by_a_later_count_up_to_a_day(
    facts_factory: Factory,
) -> None:
    # Friday morning's "have already reserved 40" is a count so far; Monday's "52 had been
    # found buyers by Friday" counts up to the end of that day: the tally rose, no dispute
    later = facts_factory(
        "The agents said 52 of the flats in the Quayside block had found buyers by Friday.",
        outlet="Quay Gazette", published="2027-02-08",
        quantities=(("52 of the flats", 52, 52, 52, None, "count", "exact", "flats"),),
        dates=(("Friday", "2027-02-05", "2027-02-05", "day"),),
    )

    def first(text: str) -> ArticleFacts:
        return facts_factory(text, outlet="Harbour Wire", published="2027-02-05",
                             quantities=(("40 of the flats", 40, 40, 40, None, "count",
                                          "exact", "flats"),))

    a = first("Buyers have already reserved 40 of the flats in the Quayside block, the agents "
              "said.")
    findings = compare([a, later]).findings
    assert _kinds(findings, "52 of the flats") == ["compatible"]
    assert "running figure" in findings[0].explanation
    # told as a past act with no sign of a count so far, the two figures disagree
    a = first("Buyers reserved 40 of the flats in the Quayside block, the agents said.")
    assert _kinds(compare([a, later]).findings, "52 of the flats") == ["conflict"]


def test_a_perfect_tense_after_a_dash_does_not_make_a_running_figure(
    facts_factory: Factory,
) -> None:
    # "has cost €3.1 million — and locals have chipped in": the perfect after the dash tells
    # of the donors, not of the cost, which a later report then disputes
    a = facts_factory(
        "The recasting of the bell cost €1.3 million, the chapter said.",
        outlet="Chapter", published="2027-03-01",
        quantities=(("€1.3 million", 1.3e6, 1.3e6, 1.3e6, None, "currency", "exact", None),),
    )
    b = facts_factory(
        "The recasting of the bell cost a staggering €3.1 million — and locals have chipped in.",
        outlet="Tabloid", published="2027-03-04",
        quantities=(("€3.1 million", 3.1e6, 3.1e6, 3.1e6, None, "currency", "exact", None),),
    )
    assert _kinds(compare([a, b]).findings, "€3.1 million") == ["conflict"]
