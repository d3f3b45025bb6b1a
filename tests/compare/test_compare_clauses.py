"""A figure's clause and its words (texts written for these tests): a figure in a phrase that
opens its sentence, word families of escaping water, aircraft and awards, times of day given on
the five minutes (judged and coloured alike), one verb dated on two days in a row, "each of
the" before a group, a verb of saying ending a figure's clause, an aside between dashes,
nouns of people, a thousands comma inside a clause, one event verb dating two days, the
only dates of one kind of event in two articles, words made with "-ly", "before" or
"until" right before a date, and a prison term told as "jailed" or "sentenced"."""

from __future__ import annotations

from collections.abc import Callable

from findings import conflicts as _conflicts
from findings import read_conflicts, read_two

from counterpoint.compare import compare
from counterpoint.compare import text as tx
from counterpoint.compare.mentions import CLOCK_KEY, build_index
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]


def _local(facts: ArticleFacts, text: str) -> set[str]:
    return {
        t for m in build_index([facts]).mentions if m.text == text for t in m.local
    }


def test_a_figure_opening_its_sentence_measures_the_clause_after_the_comma(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "For five hours, water poured out of the broken main into the street.",
        outlet="Wire",
        quantities=(("five hours", 5, 5, 5, "hour", "time", "exact", None),),
    )
    local = _local(a, "five hours")
    assert {tx.stem("poured"), tx.stem("water")} <= local
    # a figure after a longer opening keeps its own clause only
    b = facts_factory(
        "After the council meeting on flooding, five hours, water poured into the street.",
        outlet="Wire",
        quantities=(("five hours", 5, 5, 5, "hour", "time", "exact", None),),
    )
    assert tx.stem("poured") not in _local(b, "five hours")
    # a date followed by a time of day before the comma opens the sentence just the same
    c = facts_factory(
        "On Friday 3 May at 16:20, the roof of the Kell market hall fell in.",
        outlet="Wire",
        dates=(("Friday 3 May", "2027-05-03", "2027-05-03", "day"),),
    )
    assert {tx.stem("roof"), tx.stem("fell")} <= _local(c, "Friday 3 May")


def _flow(facts_factory: Factory, first: str, hours: float) -> list[ArticleFacts]:
    a = facts_factory(
        "Water flowed for nearly three hours before engineers closed the valve on the main, "
        "the utility said.",
        outlet="Wire", published="2026-03-10",
        quantities=(("nearly three hours", 3, 2.5, 3, "hour", "time", "at_most", None),),
    )
    b = facts_factory(
        f"{first}, water gushed out of the main under the square, the councillor wrote. "
        "Commuters waded through the ticket hall.",
        outlet="Blog", published="2026-03-12",
        quantities=((first.split(" ", 1)[1], hours, hours, hours, "hour", "time", "exact",
                     None),),
    )
    return [a, b]


def test_two_durations_of_escaping_water_in_other_words_conflict(
    facts_factory: Factory,
) -> None:
    found = _conflicts(compare(_flow(facts_factory, "For five hours", 5)).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["five hours", "nearly three hours"]
    ]
    assert not _conflicts(compare(_flow(facts_factory, "For three hours", 3)).findings)


def test_word_families_of_escaping_water_aircraft_and_awards() -> None:
    assert tx.family("gushed") == tx.family("escaped") == tx.family("poured") == "#outflow"
    assert tx.family("jet") == tx.family("aircraft") == tx.family("airliner") == "#aircraft"
    assert tx.family("crowned") == tx.family("won") == tx.family("awarded") == "#award"
    # a snow slide retold as "the avalanche", an earth slide as "the landslip"
    assert tx.family("avalanche") == tx.family("slide") == tx.family("landslip") == "#slide"
    assert tx.family("slides") == "#slide"
    # "found" is a past of "find", as "discovered" is of "discover"; "founded" is another verb
    # that shares its stem, as "felled" is beside "fell"
    assert tx.family("found") == tx.family("find") == tx.family("discovered") == "#detection"
    assert tx.family("founded") is None and tx.family("felled") is None
    assert tx.family("fell") == "#fall"
    assert tx.family("reopened") == tx.family("resumed") == "#reopening" != tx.family("closed")
    # one inquiry retold as "the probe" or "the investigation"
    assert tx.family("probe") == tx.family("investigation") == tx.family("inquiry") == (
        "#investigation")
    # "plane" shares its stem with "plan", and "freighter" with "freight": left out
    assert tx.family("plan") != "#aircraft" and tx.family("freight") != "#aircraft"


def _term(facts_factory: Factory, years: int) -> list[ArticleFacts]:
    thief = ("Colm Areno", "PERSON", "person:colm-areno", "Colm Areno")
    a = facts_factory(
        "Colm Areno was jailed for nine years at Tallin Crown Court for the armoured van "
        "robbery.",
        outlet="Wire", published="2027-03-02",
        quantities=(("nine years", 9, 9, 9, "year", "time", "exact", None),),
        entities=(thief,),
    )
    b = facts_factory(
        f"The getaway driver, Colm Areno, was sentenced to {years} years behind bars by the judge.",
        outlet="Tabloid", published="2027-03-03",
        quantities=((f"{years} years", years, years, years, "year", "time", "exact", None),),
        entities=(thief,),
    )
    return [a, b]


def test_a_prison_term_told_as_jailed_or_sentenced_is_one_fact(facts_factory: Factory) -> None:
    assert tx.family("jailed") == tx.family("sentenced") == tx.family("imprisonment")
    assert tx.family("jailed") == "#imprisonment"
    found = _conflicts(compare(_term(facts_factory, 6)).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["6 years", "nine years"]]
    assert not _conflicts(compare(_term(facts_factory, 9)).findings)


def test_words_made_with_ly_have_a_family_only_when_listed() -> None:
    # "is working closely with the regulator" names no closure; "lively" is no death
    assert tx.family("close") == "#closure" and tx.family("closely") is None
    assert tx.family("lives") == "#death" and tx.family("lively") is None
    assert tx.family("increasingly") is None
    # the row of deaths lists "deadly" and "fatally"
    assert tx.family("deadly") == tx.family("fatally") == "#death"


def _landing(facts_factory: Factory, official: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Neighbours of the airport were woken at 2.40am on Wednesday when the cargo jet ran "
        "off the end of the runway, the paper said.",
        outlet="Paper", published="2026-02-12",
    )
    b = facts_factory(
        f"The cargo jet touched down at {official} local time on Wednesday and ran off the end "
        "of the runway, the investigators said.",
        outlet="Investigators", published="2026-02-13",
    )
    return [a, b]


def test_a_time_on_the_five_minutes_may_be_rounded(facts_factory: Factory) -> None:
    facts = _landing(facts_factory, "02:41")
    assert {m.text for m in build_index(facts).mentions if m.key == CLOCK_KEY} == {
        "2.40am", "02:41"
    }
    assert not _conflicts(compare(facts).findings)
    # three minutes past the rounding still disputes it
    found = _conflicts(compare(_landing(facts_factory, "02:46")).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["02:46", "2.40am"]]


def _withdrawn(facts_factory: Factory, day: str, iso: str) -> list[ArticleFacts]:
    a = facts_factory(
        "The trustees of the Orrin Foundation have today withdrawn the Orrin Prize for Fiction "
        "from the novelist Maud Keller.",
        outlet="Orrin Foundation", published="2026-11-19",
        dates=(("today", "2026-11-19", "2026-11-19", "day"),),
        statements=(("withdrawn", "withdraw", False),),
    )
    b = facts_factory(
        f"On {day} the Orrin Foundation withdrew its fiction prize from the novelist Maud "
        "Keller, whose book had won in September.",
        outlet="Weekly", published="2026-11-26",
        dates=((day, iso, iso, "day"),),
        statements=(("withdrew", "withdraw", False),),
    )
    return [a, b]


def test_one_verb_dating_the_next_day_is_one_event_dated_differently(
    facts_factory: Factory,
) -> None:
    """A date after an article came out is a later development, except one day later with
    the same verb: a prize is withdrawn once."""
    found = _conflicts(compare(_withdrawn(facts_factory, "Friday 20 November",
                                          "2026-11-20")).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["Friday 20 November", "today"]
    ]
    assert not _conflicts(compare(_withdrawn(facts_factory, "Monday 23 November",
                                             "2026-11-23")).findings)


def test_each_of_the_group_counts_the_whole_group(facts_factory: Factory) -> None:
    """"each of the 34 passages" is all of them; "including 12 children" is a part."""
    a = facts_factory(
        "Readers examined each of the 34 passages, including 12 taken from one chapter.",
        outlet="Foundation",
        quantities=(("34 passages", 34, 34, 34, None, "count", "exact", "passages"),
                    ("12", 12, 12, 12, None, "count", "exact", "passages")),
    )
    parts = {m.text: m.partitive for m in build_index([a]).mentions if m.kind == "quantity"}
    assert parts == {"34 passages": False, "12": True}


def test_each_season_is_how_often_not_a_member_of_a_group() -> None:
    """"earn €600 a hectare each season under 15-year leases": "each season" tells how often,
    so the lease length is no part of a group, and 25-year leases elsewhere contradict it.
    Read by the real extractor, which also reads "under" before "15-year leases" as a
    preposition."""
    paid = ("Growers in the Marl valley will earn €600 a hectare each season under 15-year "
            "leases, the water board said on Monday. Applications open in March.")
    signed = ("Growers in the Marl valley will sign 25-year leases with the water board, which "
              "announced the scheme on Monday. Applications open in March.")
    (found,) = read_conflicts(paid, signed)
    assert sorted(e.text for e in found.evidence) == ["15-year", "25-year"]
    index = build_index(read_two(paid, paid.replace("each season", "each of them")))
    assert [m.partitive for m in index.mentions if m.text == "15-year"] == [False, True]


def _hold(facts_factory: Factory, source: str) -> list[ArticleFacts]:
    a = facts_factory(
        f"{source} said customs officers had seized 41 tonnes of cocoa beans from the freighter.",
        outlet="Wire", published="2026-08-19",
        quantities=(("41 tonnes", 41e3, 41e3, 41e3, "tonne", "mass", "exact", "cocoa"),),
        entities=(("Harbour Police", "ORG", "org:harbour-police", "Harbour Police"),),
    )
    b = facts_factory(
        "Velcoa Shipping, which owns the Aster Grey, insists that officers seized barely 15 "
        "tonnes of cocoa beans from the freighter.",
        outlet="Agency", published="2026-08-20",
        quantities=(("barely 15 tonnes", 15e3, 0, 15e3, "tonne", "mass", "at_most", "cocoa"),),
        entities=(("Velcoa Shipping", "ORG", "org:velcoa", "Velcoa Shipping"),
                  ("Aster Grey", "ORG", "org:aster-grey", "Aster Grey")),
    )
    return [a, b]


def test_a_figures_clause_stops_at_a_verb_of_saying(facts_factory: Factory) -> None:
    """"The harbour police said officers had seized 41 tonnes": the speaker is not what the
    figure measures, so the speakers of two reports do not tell their figures apart."""
    a, _ = _hold(facts_factory, "The Harbour Police")
    local = _local(a, "41 tonnes")
    assert tx.stem("seized") in local and tx.stem("police") not in local
    found = _conflicts(compare(_hold(facts_factory, "The Harbour Police")).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["41 tonnes", "barely 15 tonnes"]
    ]


def test_a_time_on_the_five_minutes_sides_as_the_judge_reads_it(facts_factory: Factory) -> None:
    """The side colours read a time on the five minutes with the judge's rounding: "02:41"
    sides with "2.40am", against "02:46"."""
    from counterpoint.compare.values import sides

    a, b = _landing(facts_factory, "02:46")
    c = _landing(facts_factory, "02:41")[1]
    c = facts_factory(c.article.text, outlet="Airport", published="2026-02-14")
    found = _conflicts(compare([a, b, c]).findings)
    assert len(found) == 1
    side = dict(zip((e.text for e in found[0].evidence), sides(found[0]), strict=True))
    assert side["02:41"] == side["2.40am"] != side["02:46"]


def test_a_figures_clause_reads_past_an_aside_between_dashes(facts_factory: Factory) -> None:
    facts = facts_factory(
        "About 30 pupils — the youngest of them in their first term — were carried down from "
        "the ridge by volunteers.",
        outlet="Wire", published="2027-02-01",
        quantities=(("About 30 pupils", 30, 27, 33, None, "count", "approx", "pupil"),),
    )
    words = _local(facts, "About 30 pupils")
    assert words == {tx.stem(w) for w in ("carried", "ridge", "volunteers")}


def test_holidaymakers_and_skiers_are_people() -> None:
    from counterpoint.compare.align import same_counted

    people = frozenset(tx.terms("people"))
    assert same_counted(frozenset(tx.terms("holidaymakers")), people)
    assert same_counted(frozenset(tx.terms("skiers")), people)
    # two different groups of people still count different things
    assert not same_counted(frozenset(tx.terms("skiers")), frozenset(tx.terms("nurses")))


def test_a_comma_inside_a_figure_does_not_end_a_clause(facts_factory: Factory) -> None:
    """"Tugs began dragging the 2,150-tonne hull off the sandbank on 4 May": the thousands
    comma is part of the figure, so the date's clause reaches back to its verb."""
    facts = facts_factory(
        "Tugs began dragging the 2,150-tonne hull off the sandbank on 4 May.",
        outlet="Wire", published="2027-05-20",
        quantities=(("2,150-tonne", 2150, 2150, 2150, "tonne", "mass", "exact", None),),
        dates=(("4 May", "2027-05-04", "2027-05-04", "day"),),
    )
    words = _local(facts, "4 May")
    assert {tx.stem("began"), tx.stem("dragging"), tx.stem("hull")} <= words


def test_a_date_after_before_or_until_keeps_its_clause(facts_factory: Factory) -> None:
    """"Claims must reach the insurer before 9 June": "before" right in front of the date is
    its own preposition, not the start of another clause, so the date keeps its verb and
    nouns, and two deadlines for the same claims a week apart conflict."""
    a = facts_factory(
        "Owners are asked to file their flood claims with the insurer before 9 June.",
        outlet="Wire", published="2027-05-20",
        dates=(("9 June", "2027-06-09", "2027-06-09", "day"),),
    )
    b = facts_factory(
        "Owners have until 16 June to file flood claims with the insurer.",
        outlet="Gazette", published="2027-05-21",
        dates=(("16 June", "2027-06-16", "2027-06-16", "day"),),
    )
    assert {tx.stem("file"), tx.stem("claims")} <= _local(a, "9 June")
    found = _conflicts(compare([a, b]).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["16 June", "9 June"]]


def _brooch(facts_factory: Factory) -> list[ArticleFacts]:
    ines = ("Ines Varro", "PERSON", "person:ines-varro", "Ines Varro")
    kestle = ("Kestle", "GPE", "gpe:kestle", "Kestle")
    a = facts_factory(
        "A bronze brooch from the ninth century went on show at the county museum on 29 May. "
        "Ines Varro found the brooch under a hawthorn hedge along the disused quarry track "
        "near Kestle on 12 May.",
        outlet="Moor Courier", published="2027-06-01",
        dates=(("29 May", "2027-05-29", "2027-05-29", "day"),
               ("12 May", "2027-05-12", "2027-05-12", "day")),
        entities=(ines, kestle),
        statements=(("found the brooch", "find", False),),
    )
    b = facts_factory(
        "Visitors queued on 29 May to see the county museum's new brooch. It was found by "
        "Ines Varro on 19 May while she walked her dog.",
        outlet="Finds Weekly", published="2027-06-03",
        dates=(("29 May", "2027-05-29", "2027-05-29", "day"),
               ("19 May", "2027-05-19", "2027-05-19", "day")),
        entities=(ines,),
        statements=(("It was found by Ines Varro", "find", False),),
    )
    return [a, b]


def test_dates_of_one_event_verb_outside_their_clause_windows_conflict(
    facts_factory: Factory,
) -> None:
    """Both dates hang on "found" (the discovery family), though in the first sentence the verb
    stands too far before the date to be in its clause: one find, dated a week apart."""
    found = _conflicts(compare(_brooch(facts_factory)).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["12 May", "19 May"]]


def _ring(facts_factory: Factory, day: str) -> list[ArticleFacts]:
    iso = "2027-04-" + day.split()[1].zfill(2)
    a = facts_factory(
        "Shoppers in Sedley first complained to trading standards about fake watches on "
        "2 February. Officers later arrested the two brothers behind the ring on Monday 5 April.",
        outlet="Sedley Post", published="2027-04-20",
        dates=(("2 February", "2027-02-02", "2027-02-02", "day"),
               ("Monday 5 April", "2027-04-05", "2027-04-05", "day")),
    )
    b = facts_factory(
        "The first complaint about the fake watches reached trading standards on 2 February. "
        "The brothers were "
        f"arrested on {day} during a search of a van parked near a car boot sale, police say.",
        outlet="County Wire", published="2027-04-21",
        dates=(("2 February", "2027-02-02", "2027-02-02", "day"), (day, iso, iso, "day")),
    )
    return [a, b]


def _date_pair_scores(facts: list[ArticleFacts]) -> list[tuple[float, tuple[str, ...]]]:
    """Scores and reasons of the alignments joining the two arrest dates, with the lede-date
    bonuses set aside (both dates would otherwise be each article's lead event)."""
    import dataclasses

    from counterpoint.compare.align import align

    index = dataclasses.replace(
        build_index(facts), ledes=frozenset(), anchored=frozenset(), anchored_also=frozenset()
    )
    return [
        (g.score, g.reasons) for g in align(index)
        if g.kind == "date" and len({m.text for m in g.members} - {"2 February"}) == 2
    ]


def test_the_only_dates_of_one_event_kind_a_day_apart_align_as_one_event(
    facts_factory: Factory,
) -> None:
    """Each article dates one arrest, a day apart, in clauses sharing little more than the
    verb: one arrest dated twice (a date conflict), not two arrests."""
    from counterpoint.compare.align import CONFLICT_MIN_ALIGN

    joined = _date_pair_scores(_ring(facts_factory, "Tuesday 6 April"))
    assert joined and joined[0][0] >= CONFLICT_MIN_ALIGN["date"]
    assert any("dates one event of this kind (arrest)" in r for r in joined[0][1])
    # ten days apart, the two arrests may be two events: no such bonus
    apart = _date_pair_scores(_ring(facts_factory, "Thursday 15 April"))
    assert not any("dates one event of this kind" in r for _, rs in apart for r in rs)
