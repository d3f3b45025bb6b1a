"""How the comparison reads what a figure or a clause says: shares told in words (with and
without "about"), times told in universal time, running counts of people taken ill, a denial of
a whole list, a warning and a warning letter, pence in the pound, one count dated on two days,
a story's only shares, and all of a group against some of it, a figure for a period to come,
two figures in one unit read to their last digit, one distinctive figure told in other words,
two highest temperatures beside a plain reading, "now" before a completed act, and cents told
in the story's one currency (texts written for this project)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from findings import conflicts as _conflicts

from counterpoint.compare import compare
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]


def _share(facts_factory: Factory, percent: float) -> list[ArticleFacts]:
    words = facts_factory(
        "Bakeries in the region have cut the sugar in their bread by a third since 2015, their "
        "trade body said.",
        outlet="Wire", published="2027-05-04",
        quantities=(("a third", 1 / 3, 1 / 3, 1 / 3, None, "count", "exact", None),),
    )
    written = f"{percent:g} per cent"
    digits = facts_factory(
        f"Bakeries in the region have cut the sugar in their bread by {written} since 2015, a "
        "study of their recipes found.",
        outlet="Weekly", published="2027-05-06",
        quantities=((written, percent, percent, percent, "percent", "percent", "exact", None),),
    )
    return [words, digits]


def test_a_share_told_in_words_is_a_rounding(facts_factory: Factory) -> None:
    # "a third" stands for some 30-37 per cent: 35 per cent is the same share, rounded
    assert not _conflicts(compare(_share(facts_factory, 35)).findings)
    # but not for half as much again
    (found,) = _conflicts(compare(_share(facts_factory, 48)).findings)
    assert {e.text for e in found.evidence} == {"a third", "48 per cent"}


def test_about_before_a_share_in_words_keeps_its_rounding(facts_factory: Factory) -> None:
    def told(percent: float) -> list[ArticleFacts]:
        words = facts_factory(
            "About a third of allotment holders had insured their sheds against storms, "
            "the society said.",
            outlet="Wire", published="2027-05-04",
            quantities=(("About a third", 1 / 3, 0.2833, 0.3833, None, "count", "approx",
                         "holder"),),
        )
        written = f"{percent:g} per cent"
        digits = facts_factory(
            f"Only {written} of allotment holders had insured their sheds against storms, "
            "a survey found.",
            outlet="Weekly", published="2027-05-06",
            quantities=((written, percent, percent, percent, "percent", "percent", "exact",
                         None),),
        )
        return [words, digits]

    # "about" widens "a third" (30-37 per cent) rather than narrowing it to 32-34
    assert not _conflicts(compare(told(31)).findings)
    (found,) = _conflicts(compare(told(40)).findings)
    assert {e.text for e in found.evidence} == {"About a third", "40 per cent"}


def test_a_share_in_words_takes_the_side_of_the_share_it_rounds(facts_factory: Factory) -> None:
    from counterpoint.compare.values import sides

    third, agreeing = _share(facts_factory, 35)
    apart = _share(facts_factory, 48)[1]
    apart = replace(apart, article=replace(apart.article, id="apart", outlet="Monthly"))
    (found,) = _conflicts(compare([third, agreeing, apart]).findings)
    side = dict(zip((e.text for e in found.evidence), sides(found), strict=True))
    # the report's colours read "a third" as the judge does: with 35 per cent, apart from 48
    assert side["a third"] == side["35 per cent"] != side["48 per cent"]


def _clock(facts_factory: Factory, told: str) -> list[ArticleFacts]:
    local = facts_factory(
        "The lift stopped between the ninth and tenth floors at 03:40 this morning, the "
        "building's manager said.",
        outlet="Operator", published="2027-04-19",
    )
    logged = facts_factory(
        f"The lift stopped between the two floors at {told}, its controller log shows, the "
        "maintenance firm said.",
        outlet="Journal", published="2027-04-22",
    )
    return [local, logged]


def test_a_time_in_universal_time_is_not_set_against_a_local_time(
    facts_factory: Factory,
) -> None:
    # an hour apart, as British summer time is an hour ahead of UTC: no dispute to report,
    # but one time told two ways
    found = compare(_clock(facts_factory, "02:40 UTC")).findings
    assert not _conflicts(found)
    (same,) = [f for f in found if f.kind == "compatible"]
    assert {e.text for e in same.evidence} == {"03:40", "02:40 UTC"}
    assert "(02:40 UTC)" in same.explanation and "time zone" in same.explanation
    # the same time told without a zone is a local time, and an hour apart disagrees
    (found,) = _conflicts(compare(_clock(facts_factory, "02:40")).findings)
    assert {e.text for e in found.evidence} == {"03:40", "02:40"}
    # minutes that no zone's offset brings together disagree
    (found,) = _conflicts(compare(_clock(facts_factory, "02:05 UTC")).findings)
    assert {e.text for e in found.evidence} == {"03:40", "02:05 UTC"}
    assert "no time zone" in found.explanation
    # a few zones keep clocks half an hour or three quarters off the hour: 22:10 UTC is 03:40
    # in a zone 5:30 ahead, and 21:55 UTC is 03:40 in one 5:45 ahead
    for told in ("22:10 UTC", "21:55 UTC"):
        found = compare(_clock(facts_factory, told)).findings
        assert not _conflicts(found), told
        assert [f.kind for f in found if len(f.evidence) == 2] == ["compatible"], told
    # but no zone is set 15 minutes off the hour
    (found,) = _conflicts(compare(_clock(facts_factory, "02:25 UTC")).findings)
    assert {e.text for e in found.evidence} == {"03:40", "02:25 UTC"}


def test_a_time_in_universal_time_sides_with_the_local_time_it_matches(
    facts_factory: Factory,
) -> None:
    from counterpoint.compare.values import sides

    tenants = facts_factory(
        "Residents said the lift stopped between the floors at about 1am and stayed stuck for "
        "an hour.",
        outlet="Tenants", published="2027-04-20",
    )
    (found,) = _conflicts(compare([*_clock(facts_factory, "02:40 UTC"), tenants]).findings)
    side = dict(zip((e.text for e in found.evidence), sides(found), strict=True))
    # read in local time through a whole hour, 02:40 UTC is 03:40, not about 1am
    assert side["02:40 UTC"] == side["03:40"] != side["about 1am"]
    assert "Journal sides with Operator" in found.explanation


def test_people_taken_ill_are_counted_again_in_a_later_report(facts_factory: Factory) -> None:
    first = facts_factory(
        "The council said it had received reports of 14 people who fell ill after eating at "
        "the food fair.",
        outlet="Wire", published="2027-07-07",
        quantities=(("14 people", 14, 14, 14, None, "count", "exact", "people"),),
    )
    later = facts_factory(
        "As of this morning, the council has received 19 reports of illness from people who "
        "ate at the food fair.",
        outlet="Council", published="2027-07-08",
        quantities=(("19 reports", 19, 19, 19, None, "count", "exact", "reports"),),
    )
    found = compare([first, later]).findings
    assert not _conflicts(found)
    (update,) = [f for f in found if "counted again" in f.explanation]
    assert {e.text for e in update.evidence} == {"14 people", "19 reports"}


def _inspection(facts_factory: Factory, sentence: str) -> list[ArticleFacts]:
    operator = facts_factory(
        "The flat was surveyed in March. No mould was found.",
        outlet="Operator", published="2027-04-19",
    )
    journal = facts_factory(sentence, outlet="Journal", published="2027-04-23")
    return [operator, journal]


def test_no_before_a_list_denies_every_item_of_it(facts_factory: Factory) -> None:
    listed = "The landlord says no damp, mould or rot was found during the survey."
    assert not _conflicts(compare(_inspection(facts_factory, listed)).findings)
    # the same claim made plainly does contradict the denial
    plain = "The tenants say mould was found during the survey, and it was reported."
    (found,) = _conflicts(compare(_inspection(facts_factory, plain)).findings)
    assert "No mould was found" in {e.text for e in found.evidence}


def test_a_warning_and_a_warning_letter_dated_differently_conflict(
    facts_factory: Factory,
) -> None:
    wire = facts_factory(
        "The ombudsman said it had warned the college's governors in May about the debts "
        "owed to the builder.",
        outlet="Wire", published="2027-01-13",
        dates=(("in May", "2026-05-01", "2026-05-31", "month"),),
    )
    tabloid = facts_factory(
        "Inspectors at the ombudsman first sent a warning letter to the college's governors "
        "in July, we can reveal.",
        outlet="Tabloid", published="2027-01-14",
        dates=(("in July", "2026-07-01", "2026-07-31", "month"),),
    )
    (found,) = _conflicts(compare([wire, tabloid]).findings)
    assert {e.text for e in found.evidence} == {"in May", "in July"}


def test_pence_in_the_pound_is_a_share(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    text = ("Suppliers of the chain can expect 15p in the pound, and its US lenders 30 cents on "
            "the dollar. Each voucher is worth 40p.")
    facts = facts_factory(
        text, outlet="Tabloid", published="2027-01-14",
        quantities=(("15p", 15, 15, 15, "penny", "currency", "exact", None),
                    ("30 cents", 30, 30, 30, "cent", "currency", "exact", None),
                    ("40p", 40, 40, 40, "penny", "currency", "exact", None)),
    )
    read = {m.text: (m.key, m.value) for m in build_index([facts]).mentions
            if m.kind == "quantity"}
    assert read["15p in the pound"] == ("q|percent|percent", 15)
    assert read["30 cents on the dollar"] == ("q|percent|percent", 30)
    # a sum of money owed, in pounds like every other sum of the story
    assert read["40p"] == ("q|currency|GBP", pytest.approx(0.4))


def _detentions(facts_factory: Factory, second: str, day: str) -> list[ArticleFacts]:
    count = 3 if second.startswith("three") else 5
    wire = facts_factory(
        "Coastguard officers said three fishermen were detained on Tuesday at the harbour in "
        "a dispute over quotas.",
        outlet="Wire", published="2027-03-04",
        quantities=(("three fishermen", 3, 3, 3, None, "count", "exact", "fisherman"),),
        dates=(("on Tuesday", "2027-03-02", "2027-03-02", "day"),),
    )
    weekly = facts_factory(
        f"Coastguard officers detained {second} at the harbour on {day} in the quota "
        "dispute, the harbour master told us.",
        outlet="Weekly", published="2027-03-06",
        quantities=((second, count, count, count, None, "count", "exact", "fisherman"),),
        dates=((f"on {day}", "2027-03-03", "2027-03-03", "day"),),
    )
    return [wire, weekly]


def test_one_count_dated_on_two_days_is_one_event_dated_differently(
    facts_factory: Factory,
) -> None:
    # the same three detentions on Tuesday and on Wednesday: the day is in dispute
    (found,) = _conflicts(compare(_detentions(facts_factory, "three fishermen",
                                              "Wednesday")).findings)
    assert {e.text for e in found.evidence} == {"on Tuesday", "on Wednesday"}
    # three on Tuesday and five by Wednesday are counts taken on two days, not one event
    later = compare(_detentions(facts_factory, "five fishermen", "Wednesday")).findings
    assert not [f for f in _conflicts(later) if f.evidence[0].text.startswith("on ")]


def test_the_only_shares_of_two_articles_need_a_shared_clause_word(
    facts_factory: Factory,
) -> None:
    strike = "The ferry strike on Brannock ended on Monday. "
    operator = facts_factory(
        strike + "Harbour Ferries, which runs about 60 percent of crossings, said services "
        "resumed at dawn.",
        outlet="Wire", published="2027-03-04",
        quantities=(("about 60 percent", 60, 57, 63, "percent", "percent", "approx", None),),
        entities=(("Harbour Ferries", "ORG", "org:harbour-ferries", "Harbour Ferries"),),
    )
    council = facts_factory(
        strike + "Tourism accounts for 72% of local income, and Harbour Ferries said services "
        "resumed at dawn.",
        outlet="Council", published="2027-03-05",
        quantities=(("72%", 72, 72, 72, "percent", "percent", "exact", None),),
        entities=(("Harbour Ferries", "ORG", "org:harbour-ferries", "Harbour Ferries"),),
    )
    # two shares of different wholes: being each article's only share does not make them one
    assert not _conflicts(compare([operator, council]).findings)


def _fined(facts_factory: Factory) -> list[ArticleFacts]:
    port = facts_factory(
        "All five crew members detained over the smuggled cigarettes have been fined, the port "
        "authority said.",
        outlet="Wire", published="2027-03-08",
        quantities=(("five crew members", 5, 5, 5, None, "count", "exact", "crew member"),),
        statements=(("have been fined", "fine", False),),
    )
    weekly = facts_factory(
        "Port police detained five suspects over the smuggled cigarettes. Four of those were "
        "fined on Friday, and the fifth was freed.",
        outlet="Weekly", published="2027-03-09",
        quantities=(("five suspects", 5, 5, 5, None, "count", "exact", "suspect"),
                    ("Four", 4, 4, 4, None, "count", "exact", None)),
        statements=(("detained five", "detain", False), ("Four of those", "fine", False)),
    )
    return [port, weekly]


def test_all_of_a_group_against_some_of_it_doing_one_thing_conflict(
    facts_factory: Factory,
) -> None:
    # "all five fined" against "four of those fined": one count of one event
    (found,) = _conflicts(compare(_fined(facts_factory)).findings)
    assert {e.text for e in found.evidence} == {"five crew members", "Four"}


def _shortfall(facts_factory: Factory, period: str, start: str, end: str) -> list[ArticleFacts]:
    council = facts_factory(
        "The harbour board backed higher mooring fees to close a deficit of £6.4 million in "
        "the port's budget, its chair said.",
        outlet="Board", published="2029-02-12",
        quantities=(("£6.4 million", 6.4e6, 6.4e6, 6.4e6, "gbp", "currency", "exact", None),),
    )
    weekly = facts_factory(
        f"The port faces a deficit of £3.9 million {period}, according to board papers.",
        outlet="Quay Weekly", published="2029-02-15",
        quantities=(("£3.9 million", 3.9e6, 3.9e6, 3.9e6, "gbp", "currency", "exact", None),),
        dates=((period, start, end, "month"),),
    )
    return [council, weekly]


def test_a_figure_for_a_period_to_come_is_no_update_of_an_undated_one(
    facts_factory: Factory,
) -> None:
    # a deficit forecast for a year that has not begun is not a later reading of the one the
    # board gave three days before: the two disagree
    (found,) = _conflicts(compare(_shortfall(
        facts_factory, "in 2030-31", "2030-04-01", "2031-03-31")).findings)
    assert {e.text for e in found.evidence} == {"£6.4 million", "£3.9 million"}
    # a deficit dated to the days between the two reports may be a later reading of it
    assert not _conflicts(compare(_shortfall(
        facts_factory, "as of 14 February", "2029-02-14", "2029-02-14")).findings)


def _depth(facts_factory: Factory, told: str, value: float) -> list[ArticleFacts]:
    survey = facts_factory(
        "The survey ship found the wreck of the trawler Marra in 1,412 metres of water off "
        "Skell Head, the navy said.",
        outlet="Navy", published="2029-06-02",
        quantities=(("1,412 metres", 1412, 1412, 1412, "meter", "length", "exact", None),),
    )
    unit = "foot" if "ft" in told else "meter"
    magazine = facts_factory(
        f"Divers' robots reached the Marra, which lies {told} down off Skell Head.",
        outlet="Wreck Monthly", published="2029-06-05",
        quantities=((told, value, value, value, unit, "length", "exact", None),),
    )
    return [survey, magazine]


def test_two_figures_in_one_unit_are_read_to_their_last_digit(facts_factory: Factory) -> None:
    from counterpoint.compare.values import sides

    # no conversion stands between 1,412 and 1,421 metres: they are not one depth rounded
    (found,) = _conflicts(compare(_depth(facts_factory, "1,421 metres", 1421)).findings)
    assert sorted(sides(found)) == [0, 1]
    # a round figure still covers what it rounds, and a conversion keeps its slack
    assert not _conflicts(compare(_depth(facts_factory, "1,400 metres", 1400)).findings)
    assert not _conflicts(compare(_depth(facts_factory, "4,600ft", 4600)).findings)


def test_a_distinctive_figure_told_in_other_words_is_one_fact(facts_factory: Factory) -> None:
    # "£1,417 for each household" and "on average ... about £1,420": sentences that share few
    # words agree on a figure reports rarely match by chance
    a = facts_factory(
        "The refund error cost the treasury £2.9 million in all, or £1,417 for each household "
        "that was overpaid.",
        outlet="Ledger",
        quantities=(("£1,417", 1417, 1417, 1417, "gbp", "currency", "exact", None),
                    ("£2.9 million", 2.9e6, 2.9e6, 2.9e6, "gbp", "currency", "exact", None)),
    )
    b = facts_factory(
        "Officials said that on average the mistaken payments came to about £1,420, though a "
        "few families got much more.",
        outlet="Wire",
        quantities=(("about £1,420", 1420, 1377.4, 1462.6, "gbp", "currency", "approximate",
                     None),),
    )
    c = facts_factory("The treasury said the refund error would be fixed by the summer.",
                      outlet="Radio")
    found = [f for f in compare([a, b, c]).findings
             if f.kind == "omission" and any(e.text == "£1,417" for e in f.evidence)]
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"£1,417", "about £1,420"}
    assert found[0].missing_in == (c.article.id,)


def test_two_highest_temperatures_differ_beside_a_plain_reading(
    facts_factory: Factory,
) -> None:
    # "up to 40C" and "up to 52C" name the highest value reached; a plain "104F" (40C) beside
    # them takes no side, and 5% of a peak is of its degrees, not of its kelvin value
    def t(phrase: str, kelvin: float, qual: str) -> tuple[object, ...]:
        low = kelvin - 20 if qual == "at_most" else kelvin
        return (phrase, kelvin, low, kelvin, "kelvin", "temperature", qual, None)

    a = facts_factory("In the maker's own trials the charger casing warmed to up to 40C.",
                      outlet="Maker", quantities=(t("up to 40C", 313.15, "at_most"),))
    b = facts_factory("Readers were told the charger heats up to a scorching 104F.",
                      outlet="Tabloid", quantities=(t("104F", 313.15, "exact"),))
    c = facts_factory("The regulator's own tests recorded casing temperatures of up to 52C.",
                      outlet="Regulator", quantities=(t("up to 52C", 325.15, "at_most"),))
    found = [f for f in compare([a, b, c]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["up to 40C", "up to 52C"]]
    assert "highest values" in found[0].explanation


_CANCELLED = "The choir has cancelled all 16 dates of its spring tour, its manager said."
_TO_PLAY = "The choir will play 16 dates of its spring tour, its manager said."


@pytest.mark.parametrize(
    ("first", "told", "kind"),
    [
        # a completed act told as news: its count is no reading of that day
        (_CANCELLED, "The choir has now cancelled 11 dates of its spring tour.", "conflict"),
        # a level that has changed is read on the day it is told
        (_CANCELLED, "The choir's waiting list has now climbed to 11 dates of its spring tour.",
         "compatible"),
        # "will now": the terms from this day on, not a reading of the day
        (_TO_PLAY, "The choir will now play 11 dates of its spring tour.", "conflict"),
        # a figure the clause says holds on the day it is told may update the earlier count
        (_TO_PLAY, "The choir now plays 11 dates of its spring tour.", "compatible"),
    ],
)
def test_now_that_tells_no_reading_of_the_day_dates_nothing(
    facts_factory: Factory, first: str, told: str, kind: str
) -> None:
    a = facts_factory(
        first, outlet="Choir", published="2027-04-05",
        quantities=(("16 dates", 16, 16, 16, None, "count", "exact", "date"),),
    )
    b = facts_factory(
        told, outlet="Paper", published="2027-04-06",
        quantities=(("11 dates", 11, 11, 11, None, "count", "exact", "date"),),
    )
    found = [f for f in compare([a, b]).findings if f.kind in ("conflict", "compatible")]
    assert [f.kind for f in found] == [kind]


def _board(facts_factory: Factory, sunday_time: str) -> list[ArticleFacts]:
    firm = facts_factory(
        f"The board of Halder Foods approved the sale at {sunday_time} on Sunday, the company "
        "said.",
        outlet="Company", published="2027-05-04",
        dates=(("Sunday", "2027-05-02", "2027-05-02", "day"),),
    )
    paper = facts_factory(
        "The board of Halder Foods approved the sale at 4am on Monday, one of its directors "
        "told the paper.",
        outlet="Paper", published="2027-05-04",
        dates=(("Monday", "2027-05-03", "2027-05-03", "day"),),
    )
    return [firm, paper]


def test_times_either_side_of_midnight_may_time_one_night(facts_factory: Factory) -> None:
    # late on Sunday and early on Monday, hours apart: one night's event timed two ways
    found = [{e.text for e in f.evidence}
             for f in _conflicts(compare(_board(facts_factory, "11.30pm")).findings)]
    assert {"11.30pm", "4am"} in found
    # Sunday morning and the small hours of Monday are a day apart: no dispute of one time
    found = [{e.text for e in f.evidence}
             for f in _conflicts(compare(_board(facts_factory, "9.30am")).findings)]
    assert found and {"9.30am", "4am"} not in found


def _levy(facts_factory: Factory, rate: str) -> list[ArticleFacts]:
    euros = float(rate.strip("€").split()[0])
    ministry = facts_factory(
        "The ministry said drinks above the upper band will pay 14 cents a litre from June. "
        "The ministry expects the charge to bring in €90 million a year.",
        outlet="Ministry", published="2027-02-03",
        quantities=(("14 cents a litre", 14, 14, 14, "cent_per_liter", "currency", "exact",
                     None),
                    ("€90 million", 9e7, 9e7, 9e7, "euro", "currency", "exact", None)),
    )
    trade = facts_factory(
        f"Drinks above the upper band will pay {rate} from June, the ministry said.",
        outlet="Trade", published="2027-02-04",
        quantities=((rate, euros, euros, euros, "euro_per_liter", "currency", "exact", None),),
    )
    return [ministry, trade]


def test_cents_are_hundredths_of_the_story_s_currency(facts_factory: Factory) -> None:
    findings = compare(_levy(facts_factory, "€0.14 per litre")).findings
    assert not _conflicts(findings)
    agree = [{e.text for e in f.evidence} for f in findings if f.kind == "agreement"]
    assert {"14 cents a litre", "€0.14 per litre"} in agree
    (found,) = _conflicts(compare(_levy(facts_factory, "€0.21 per litre")).findings)
    assert {e.text for e in found.evidence} == {"14 cents a litre", "€0.21 per litre"}


def test_cents_stay_apart_when_the_story_names_two_currencies(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    a, b = _levy(facts_factory, "€0.14 per litre")
    dollars = facts_factory(
        "Importers paid $2 million in duty.", outlet="Wire", published="2027-02-05",
        quantities=(("$2 million", 2e6, 2e6, 2e6, "dollar", "currency", "exact", None),),
    )
    read = {m.text: m.key for m in build_index([a, b, dollars]).mentions}
    assert read["14 cents a litre"] == "q|currency|cent"
    read = {m.text: (m.key, m.value) for m in build_index([a, b]).mentions}
    assert read["14 cents a litre"] == ("q|currency|EUR", pytest.approx(0.14))
