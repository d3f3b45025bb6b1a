"""Mechanisms for unseen stories, round four (texts written for these tests): durations timed
by one event family, the last slot of a rare dimension, actor denials, and facts an earlier
article could not know."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

import pytest
from findings import conflicts as _conflicts

from counterpoint.compare import align_story, compare
from counterpoint.compare import text as tx
from counterpoint.compare.mentions import build_index
from counterpoint.compare.values import sides
from counterpoint.model import ArticleFacts, Finding

Factory = Callable[..., ArticleFacts]
align_mod = importlib.import_module("counterpoint.compare.align")
slots_mod = importlib.import_module("counterpoint.compare.slots")
negation_mod = importlib.import_module("counterpoint.compare.negation")
omissions_mod = importlib.import_module("counterpoint.compare.omissions")
mentions_mod = importlib.import_module("counterpoint.compare.mentions")

ORLA = ("Orla", "ORG", "org:orla", "Orla")
FENN = ("Harold Fenn", "PERSON", "person:harold-fenn", "Harold Fenn")


def _closure(facts_factory: Factory) -> list[ArticleFacts]:
    a = facts_factory(
        "Commuters on the Fenwick line were stranded after a signal fault, and the station was "
        "shut for about 6 hours while engineers worked, the rail operator said.",
        outlet="Rail Wire",
        quantities=(("about 6 hours", 6, 5.5, 6.5, "hour", "time", "approx", None),),
    )
    b = facts_factory(
        "Fenwick passengers faced a closure lasting two days, a union official complained.",
        outlet="Evening Post",
        quantities=(("two days", 2, 2, 2, "day", "time", "exact", None),),
    )
    return [a, b]


def test_durations_whose_clauses_name_one_event_conflict(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = _closure(facts_factory)
    conflicts = _conflicts(compare(facts).findings)
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"about 6 hours", "two days"}
    monkeypatch.setattr(align_mod, "W_DURATION_EVENT", 0.0)
    assert not _conflicts(compare(facts).findings)


def _kite(facts_factory: Factory, far: bool) -> list[ArticleFacts]:
    a = facts_factory(
        "The research kite lost its tether at a height of about 900 metres, the Orla team said. "
        "It landed 40 kilometres east of the field station.",
        outlet="Science Wire",
        entities=(ORLA,),
        quantities=(
            ("about 900 metres", 900, 850, 950, "meter", "length", "approx", None),
            ("40 kilometres", 40, 40, 40, "kilometer", "length", "exact", None),
        ),
    )
    low = "just 80 metres" if far else "just 400 metres"
    b = facts_factory(
        f"Gusting wind tore the line {low} up, witnesses at Orla said. The kite came down 25 "
        "miles east of the field station, in a barley field.",
        outlet="Daily Gazette",
        entities=(ORLA,),
        quantities=(
            (low, 80 if far else 400, 80 if far else 400, 80 if far else 400, "meter",
             "length", "exact", None),
            ("25 miles", 25, 25, 25, "mile", "length", "exact", None),
        ),
    )
    c = facts_factory(
        "Orla station staff said telemetry put the kite's altitude at 910 metres when the line "
        "parted.",
        outlet="Orla Times",
        quantities=(("910 metres", 910, 910, 910, "meter", "length", "exact", None),),
    )
    return [a, b, c]


def test_the_last_leftover_figure_takes_the_last_slot(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = _kite(facts_factory, far=False)
    conflicts = _conflicts(compare(facts).findings)
    assert len(conflicts) == 1
    f = conflicts[0]
    side = dict(zip((e.text for e in f.evidence), sides(f), strict=True))
    # the 900 and 910 metres that agree take one side, the 400 metres the other
    assert side["about 900 metres"] == side["910 metres"] != side["just 400 metres"]
    monkeypatch.setattr(slots_mod, "LAST_SLOT_BONUS", 0.0)
    assert not _conflicts(compare(facts).findings)


def test_a_last_leftover_far_from_the_slot_stays_apart(facts_factory: Factory) -> None:
    # 80 metres against 900: more than LAST_SLOT_RATIO apart, so elimination is not trusted
    assert not _conflicts(compare(_kite(facts_factory, far=True)).findings)


def _chairman(facts_factory: Factory, asserted: str) -> list[ArticleFacts]:
    a = facts_factory(
        f"After the cup defeat the club's chairman, {asserted}, the supporters' trust said.",
        outlet="Sports Wire",
        entities=(FENN,),
    )
    b = facts_factory(
        "Club director Harold Fenn has not resigned and will attend the board meeting, a "
        "spokeswoman said.",
        outlet="City Herald",
        entities=(FENN,),
    )
    return [a, b]


def test_an_actor_said_to_act_and_said_not_to_conflict(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = _chairman(facts_factory, "Harold Fenn, resigned on Sunday")
    conflicts = _conflicts(compare(facts).findings)
    assert len(conflicts) == 1
    assert any("resigned" in e.text for e in conflicts[0].evidence)
    monkeypatch.setattr(negation_mod, "ACTOR_GAP", -1)
    assert not _conflicts(compare(facts).findings)


def _questioned(facts_factory: Factory, denied: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Customs officers said the club director Harold Fenn was detained at the ferry port.",
        outlet="Sports Wire",
        entities=(FENN,),
    )
    b = facts_factory(
        f"Harold Fenn was questioned by customs officers but has not been {denied}, his "
        "lawyer said.",
        outlet="City Herald",
        entities=(FENN,),
    )
    return [a, b]


def test_a_second_verb_of_the_actor_in_the_same_family_is_denied(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "detained" and "arrested" are one family; "has not been arrested" is joined by "but" to
    # the actor's first verb, "questioned"
    facts = _questioned(facts_factory, "arrested")
    conflicts = _conflicts(compare(facts).findings)
    assert len(conflicts) == 1
    assert {e.article for e in conflicts[0].evidence} == {f.article.id for f in facts}
    monkeypatch.setattr(negation_mod, "_JOINED", re.compile(r"(?!)"))
    assert not _conflicts(compare(facts).findings)


def test_a_denied_verb_of_another_family_is_no_conflict(facts_factory: Factory) -> None:
    assert not _conflicts(compare(_questioned(facts_factory, "charged")).findings)


def test_a_call_to_act_is_not_an_act(facts_factory: Factory) -> None:
    facts = _chairman(facts_factory, "fans want Harold Fenn to resign")
    assert not _conflicts(compare(facts).findings)


def _inquiry(facts_factory: Factory, speaker: str | None, gap: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Flood water reached the Brannock town hall on Wednesday night and the mayor closed "
        "the market square.\n\nResidents of Brannock spent Thursday clearing mud from shops.",
        outlet="Morning Courier",
        published="2025-04-03",
    )
    b = facts_factory(
        "Flood water reached the Brannock town hall on Wednesday night, closing the market "
        "square.\n\nThe regional minister, Clara Moss, said on Friday that an inquiry would "
        f"follow.{gap}\u201cThe people of Brannock deserve answers about the flood defences and "
        f"the market square,\u201d {'she' if speaker else 'a council spokesman'} said.",
        outlet="Regional Times",
        published="2025-04-05",
        dates=(("Friday", "2025-04-04", "2025-04-04", "day"),),
        entities=(("Clara Moss", "PERSON", "person:clara-moss", "Clara Moss"),),
        quotes=((
            "The people of Brannock deserve answers about the flood defences and the market "
            "square,", speaker or "a council spokesman",
            "person:clara-moss" if speaker else None,
            "named_official" if speaker else "anonymous"),),
    )
    return [a, b]


def _quote_omitted_by_earlier_paper(facts: list[ArticleFacts]) -> bool:
    earlier = facts[0].article.id
    return any(
        f.kind == "omission" and earlier in f.missing_in
        and any("deserve" in e.text for e in f.evidence)
        for f in compare(facts).findings
    )


def test_a_quote_after_a_dated_statement_shares_its_date(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the quote's own sentence has no date and its speaker is named nowhere else: it follows,
    # in the same paragraph, the minister's Friday statement, which the Thursday paper could
    # not report
    facts = _inquiry(facts_factory, None, " ")
    assert not _quote_omitted_by_earlier_paper(facts)
    monkeypatch.setattr(omissions_mod, "PARAGRAPH_DATES", False)
    assert _quote_omitted_by_earlier_paper(facts)


def test_a_persons_later_quotes_share_the_date_they_were_introduced_with(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the quote stands in a paragraph of its own; its speaker was introduced on Friday
    facts = _inquiry(facts_factory, "Clara Moss", "\n\n")
    assert not _quote_omitted_by_earlier_paper(facts)
    monkeypatch.setattr(omissions_mod, "_person_dates", lambda index, dated: {})
    assert _quote_omitted_by_earlier_paper(facts)


def test_a_date_the_sentence_refers_to_does_not_date_it(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = facts_factory(
        "Flood water reached the Brannock town hall on Wednesday night and the mayor closed "
        "the market square, where shops were flooded.",
        outlet="Morning Courier",
        published="2025-04-03",
    )
    b = facts_factory(
        "The regional minister Clara Moss on Friday visited the Brannock market square and "
        "shops hit by the flood of Wednesday, April 2.",
        outlet="Regional Times",
        published="2025-04-05",
        dates=(
            ("Friday", "2025-04-04", "2025-04-04", "day"),
            ("Wednesday, April 2", "2025-04-02", "2025-04-02", "day"),
        ),
        entities=(("Clara Moss", "PERSON", "person:clara-moss", "Clara Moss"),),
    )

    def blamed() -> bool:
        return any(
            f.kind == "omission" and a.article.id in f.missing_in
            and any(e.text == "Clara Moss" for e in f.evidence)
            for f in compare([a, b]).findings
        )

    # the visit was on Friday, after the Thursday paper; the flood "of Wednesday" is a reference
    assert not blamed()
    monkeypatch.setattr(omissions_mod, "REFERENCE_DATES", False)
    assert blamed()


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("HOLLIN, May 6 (Coal Wire) — ", "May 6"),
        ("Hollin, May 6 — ", "May 6"),
        ("Coal Board - news release, 6 May 2025\n\n", "6 May 2025"),
    ],
)
def test_a_datelines_date_is_not_an_omitted_fact(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch, opening: str, date: str
) -> None:
    a = facts_factory(
        opening + "Fourteen miners were trapped by a roof fall at the Hollin "
        "colliery, the operator said.",
        outlet="Coal Wire",
        published="2025-05-06",
        dates=((date, "2025-05-06", "2025-05-06", "day"),),
    )
    b = facts_factory(
        "Fourteen miners were trapped when part of the roof fell in at the Hollin colliery, "
        "the operator said.",
        outlet="Valley Post",
        published="2025-05-06",
    )

    def dates_omitted() -> list[Finding]:
        return [
            f for f in compare([a, b]).findings
            if f.kind == "omission" and any(e.text == date for e in f.evidence)
        ]

    assert not dates_omitted()
    monkeypatch.setattr(mentions_mod, "dateline", lambda text, span: False)
    assert dates_omitted()


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("HALVIK, March 14 (Sea Wire) - Nine people died on Friday.", "March 14", True),
        ("Halvik, March 14 — Nine people died on Friday.", "March 14", True),
        ("Coal Board - news release, 6 May 2025\n\nMiners were trapped.", "6 May 2025", True),
        ("Nine people died on March 14 - the worst toll in years.", "March 14", False),
        ("The ferry sank on March 14.\nIt carried 212 people.", "March 14", False),
        ("The talks that the union and the board agreed will resume on 6 May 2025\n", "6 May 2025",
         False),
    ],
)
def test_datelines_and_label_lines_date_the_report(text: str, date: str, expected: bool) -> None:
    start = text.index(date)
    assert mentions_mod.dateline(text, (start, start + len(date))) is expected


@pytest.mark.parametrize(("speaker", "reported"), [(None, False), ("Ruth Calloway", True)])
def test_a_quote_nobody_is_named_for_is_not_an_omission(
    facts_factory: Factory, speaker: str | None, reported: bool
) -> None:
    words = "We will rebuild the footbridge before the autumn term begins at the school,"
    a = facts_factory(
        f"The footbridge over the Brannock river collapsed on Tuesday. \u201c{words}\u201d "
        "the council leader said.",
        outlet="Morning Courier",
        quotes=((words, speaker, "person:ruth-calloway" if speaker else None,
                 "named_official" if speaker else "unknown"),),
    )
    b = facts_factory(
        "The Brannock footbridge collapsed into the river on Tuesday, the council said.",
        outlet="Valley Post",
    )
    found = [
        f for f in compare([a, b]).findings
        if f.kind == "omission" and any("footbridge before" in e.text for e in f.evidence)
    ]
    assert bool(found) is reported


def test_a_with_clause_takes_the_date_of_the_clause_it_hangs_on(facts_factory: Factory) -> None:
    # 11 missing on Saturday and six missing on Sunday night are one count at two times
    a = facts_factory(
        "At least nine people died and 11 were still missing on Saturday after a ferry "
        "capsized off Harlow Point, the coastguard said.",
        outlet="Sea Wire",
        published="2026-03-14",
        quantities=(("11", 11, 11, 11, None, "count", "exact", "people"),),
        dates=(("Saturday", "2026-03-14", "2026-03-14", "day"),),
    )
    b = facts_factory(
        "The death toll from the ferry that capsized off Harlow Point stood at 14 last night, "
        "with six people still missing, the coastguard said.",
        outlet="Island Weekly",
        published="2026-03-16",
        quantities=(
            ("14", 14, 14, 14, None, "count", "exact", None),
            ("six people", 6, 6, 6, None, "count", "exact", "people"),
        ),
        dates=(("last night", "2026-03-15", "2026-03-15", "day"),),
    )
    findings = compare([a, b]).findings
    assert not [f for f in findings if f.kind == "conflict"]


def test_a_figure_dated_after_the_other_article_appeared_is_an_update(
    facts_factory: Factory,
) -> None:
    # the weekly went to press on Saturday with nine dead; by Sunday night the toll was 14
    a = facts_factory(
        "Nine people were confirmed dead after the ferry capsized off Harlow Point, the "
        "coastguard said.",
        outlet="Island Weekly",
        published="2026-03-14",
        quantities=(("Nine people", 9, 9, 9, None, "count", "exact", "people"),),
    )
    b = facts_factory(
        "The death toll after the ferry capsized off Harlow Point rose to 14 people on Sunday "
        "night, the coastguard said.",
        outlet="Sea Wire",
        published="2026-03-16",
        quantities=(("14 people", 14, 14, 14, None, "count", "exact", "people"),),
        dates=(("Sunday night", "2026-03-15", "2026-03-15", "day"),),
    )
    kinds = {f.kind for f in compare([a, b]).findings if f.dimension == "count"}
    assert "compatible" in kinds and "conflict" not in kinds
    # had the weekly appeared on Monday, its nine would contradict Sunday night's 14
    late = facts_factory(
        "Nine people were confirmed dead after the ferry capsized off Harlow Point, the "
        "coastguard said.",
        outlet="Island Weekly",
        published="2026-03-16",
        quantities=(("Nine people", 9, 9, 9, None, "count", "exact", "people"),),
    )
    assert "conflict" in {f.kind for f in compare([late, b]).findings}


def test_a_share_in_words_compares_with_a_percentage(facts_factory: Factory) -> None:
    # "just under half" of the members voted; the union put turnout at 61%
    a = facts_factory(
        "Turnout in the strike ballot of the teachers' federation was 61%, the union said.",
        outlet="Union Release",
        published="2026-03-02",
        quantities=(("61%", 61, 61, 61, "percent", "percent", "exact", None),),
    )
    b = facts_factory(
        "Turnout in the federation's strike ballot was just under half, the radio reported.",
        outlet="Radio News",
        published="2026-03-03",
        quantities=(("just under half", 0.5, 0.45, 0.5, None, "count", "at_most", None),),
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [f.dimension for f in conflicts] == ["percent"]
    assert "61" in conflicts[0].explanation and "50" in conflicts[0].explanation


def test_a_figure_asked_for_is_not_the_same_as_one_that_happened(
    facts_factory: Factory,
) -> None:
    # the union's 8% claim and pay's 14% real-terms fall are different measures
    a = facts_factory(
        "The teachers' federation is demanding an 8% pay rise for the coming school year.",
        outlet="Wire",
        published="2026-03-03",
        quantities=(("8%", 8, 8, 8, "percent", "percent", "exact", None, "increase"),),
    )
    b = facts_factory(
        "Teachers' pay has fallen by 14% in real terms, the teachers' federation said.",
        outlet="Union Release",
        published="2026-03-02",
        quantities=(("14%", 14, 14, 14, "percent", "percent", "exact", None, "decrease"),),
    )
    c = facts_factory(
        "The teachers' federation wants a 10% pay rise for the coming school year.",
        outlet="Radio",
        published="2026-03-03",
        quantities=(("10%", 10, 10, 10, "percent", "percent", "exact", None, "increase"),),
    )
    conflicts = [f for f in compare([a, b, c]).findings if f.kind == "conflict"]
    # 8% and 10% are two claims for the same rise; 14% is no claim at all
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"8%", "10%"}


def test_a_reward_is_offered_however_it_is_worded(facts_factory: Factory) -> None:
    """"offered a reward of £3,000" and "put up a £6,000 reward" are both offers: the two sums
    meet and disagree, though only one is told with a verb of offering."""
    a = facts_factory(
        "The angling club offered a reward of £3,000 for news of whoever poisoned the pond.",
        outlet="Wire",
        published="2026-05-04",
        quantities=(("£3,000", 3000, 3000, 3000, "gbp", "currency", "exact", None),),
    )
    b = facts_factory(
        "The angling club has put up a £6,000 reward for news of the pond poisoner.",
        outlet="Weekly",
        published="2026-05-05",
        quantities=(("£6,000", 6000, 6000, 6000, "gbp", "currency", "exact", None),),
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"£3,000", "£6,000"}


def _fine(facts_factory: Factory, imposed: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Under the Moorland Walls Act, damaging a listed dry-stone wall carries fines of up to "
        "£40,000, the county council said.",
        outlet="County Council",
        published="2026-06-01",
        quantities=(("up to £40,000", 40000, 20000, 40000, "gbp", "currency", "at_most", None),),
    )
    b = facts_factory(
        f"Magistrates fined the contractor £{imposed} under the Moorland Walls Act for damaging "
        "a listed dry-stone wall.",
        outlet="Dales Weekly",
        published="2026-06-03",
        quantities=((f"£{imposed}", float(imposed.replace(",", "")),
                     float(imposed.replace(",", "")), float(imposed.replace(",", "")),
                     "gbp", "currency", "exact", None),),
    )
    return [a, b]


def test_a_figure_under_a_ceiling_does_not_dispute_it(facts_factory: Factory) -> None:
    """A fine of £6,000 stays under fines of "up to £40,000" (a ceiling is not an estimate);
    a fine above the ceiling still disputes it."""
    found = compare(_fine(facts_factory, "6,000")).findings
    assert not [f for f in found if f.kind == "conflict"]
    assert any("ceiling" in f.explanation for f in found if f.kind == "compatible")
    above = [f for f in compare(_fine(facts_factory, "55,000")).findings if f.kind == "conflict"]
    assert [{e.text for e in f.evidence} for f in above] == [{"up to £40,000", "£55,000"}]


def _helpline(facts_factory: Factory, later: str) -> list[ArticleFacts]:
    a = facts_factory(
        "The flood helpline has received 150 calls from householders since Tuesday morning, the "
        "water board said.",
        outlet="Water Board",
        published="2026-02-04",
        quantities=(("150 calls", 150, 150, 150, None, "count", "exact", "call"),),
    )
    b = facts_factory(
        f"The flood helpline stays open, and the water board says it {later} 320 calls.",
        outlet="Valley Gazette",
        published="2026-02-09",
        quantities=(("320 calls", 320, 320, 320, None, "count", "exact", "call"),),
    )
    return [a, b]


def test_a_count_in_the_perfect_and_a_later_one_now_are_one_running_figure(
    facts_factory: Factory,
) -> None:
    """"has received 150 calls since Tuesday" and, five days on, "has now received 320": the
    later report updates a count that was still running; told as a plain past, it disputes."""
    found = compare(_helpline(facts_factory, "has now received")).findings
    assert not [f for f in found if f.kind == "conflict"]
    assert any("running figure" in f.explanation for f in found if f.kind == "compatible")
    disputed = compare(_helpline(facts_factory, "received")).findings
    assert [f.kind for f in disputed if f.kind == "conflict"] == ["conflict"]


def _silo(facts_factory: Factory, second: str) -> list[ArticleFacts]:
    a = facts_factory(
        "The cooperative's new grain silo at Fenwick Cross is designed to hold 9,000 tonnes "
        "of wheat, the cooperative said.",
        outlet="Growers' Cooperative",
        published="2026-09-01",
        quantities=(("9,000 tonnes", 9000, 9000, 9000, "tonne", "mass", "exact", None),),
    )
    b = facts_factory(
        f"The new grain silo at Fenwick Cross {second} 5,500 tonnes of wheat, the "
        "cooperative said.",
        outlet="Farm Wire",
        published="2026-09-02",
        quantities=(("5,500 tonnes", 5500, 5500, 5500, "tonne", "mass", "exact", None),),
    )
    return [a, b]


def test_what_a_store_is_built_to_hold_is_not_what_it_holds(facts_factory: Factory) -> None:
    """A silo "designed to hold 9,000 tonnes" that "already stores 5,500 tonnes": a capacity
    and an amount, not two reports of one figure; two capacities that differ still disagree."""
    stored = compare(_silo(facts_factory, "already stores")).findings
    assert not [f for f in stored if f.kind == "conflict"]
    built = compare(_silo(facts_factory, "can hold")).findings
    assert [{e.text for e in f.evidence} for f in built if f.kind == "conflict"] == [
        {"9,000 tonnes", "5,500 tonnes"}
    ]


def _crane(facts_factory: Factory, first: str) -> list[ArticleFacts]:
    a = facts_factory(
        f"The new gantry crane at Brindle Quay {first} 60 tonnes during its first day, the port "
        "authority said.",
        outlet="Port Authority",
        published="2026-10-03",
        quantities=(("60 tonnes", 60, 60, 60, "tonne", "mass", "exact", None),),
    )
    b = facts_factory(
        "The new gantry crane at Brindle Quay lifted 45 tonnes during its first day, the port "
        "authority said.",
        outlet="Harbour Wire",
        published="2026-10-04",
        quantities=(("45 tonnes", 45, 45, 45, "tonne", "mass", "exact", None),),
    )
    return [a, b]


def test_what_a_machine_is_rated_for_is_not_what_it_does(facts_factory: Factory) -> None:
    """A crane "rated for" a load and the load it lifted: a rating and a reading; told as
    two lifts, the loads disagree."""
    rated = compare(_crane(facts_factory, "was rated for")).findings
    assert not [f for f in rated if f.kind == "conflict"]
    plain = compare(_crane(facts_factory, "lifted")).findings
    assert [{e.text for e in f.evidence} for f in plain if f.kind == "conflict"] == [
        {"60 tonnes", "45 tonnes"}
    ]


def _mast(facts_factory: Factory, first: str) -> list[ArticleFacts]:
    kmh = "kilometer_per_hour"
    a = facts_factory(
        f"The radio mast on Harl Fell {first} winds of 180 km/h, its owner said after the storm "
        "on Sunday night.",
        outlet="Fell Radio",
        published="2026-10-12",
        quantities=(("180 km/h", 180, 180, 180, kmh, "speed", "exact", None),),
    )
    b = facts_factory(
        "The radio mast on Harl Fell came through winds of 110 km/h in the storm on Sunday "
        "night, its owner said.",
        outlet="Fell Wire",
        published="2026-10-13",
        quantities=(("110 km/h", 110, 110, 110, kmh, "speed", "exact", None),),
    )
    return [a, b]


def test_a_capacity_cue_may_stand_before_the_measure_noun(facts_factory: Factory) -> None:
    """"designed to survive winds of 180 km/h" is what the mast can take, though the noun of
    the measure stands between the cue and the figure; told as winds it met, the two
    disagree."""
    rated = compare(_mast(facts_factory, "was designed to survive")).findings
    assert not [f for f in rated if f.kind == "conflict"]
    met = compare(_mast(facts_factory, "came through")).findings
    assert [{e.text for e in f.evidence} for f in met if f.kind == "conflict"] == [
        {"180 km/h", "110 km/h"}
    ]


def _bid(facts_factory: Factory, second: str, change: str | None) -> list[ArticleFacts]:
    a = facts_factory(
        "The offer for Harrowgate Mills is a premium of 40 per cent to the share price at "
        "Friday's close, the board of Harrowgate Mills said.",
        outlet="Harrowgate Mills",
        published="2026-10-05",
        quantities=(("40 per cent", 40, 40, 40, "percent", "percent", "exact", None),),
    )
    b = facts_factory(
        f"{second} 28 per cent on Monday morning, traders in Harrowgate Mills said.",
        outlet="Market Wire",
        published="2026-10-05",
        quantities=(("28 per cent", 28, 28, 28, "percent", "percent", "exact", None, change),),
    )
    return [a, b]


def test_a_share_that_moved_is_not_a_share_that_stands(facts_factory: Factory) -> None:
    """Shares that "jumped 28 per cent" and an offer's premium of 40 per cent are two
    measures; two premiums that differ disagree."""
    moved = compare(_bid(facts_factory, "Its shares jumped", "up")).findings
    assert not [f for f in moved if f.kind == "conflict"]
    level = compare(_bid(facts_factory, "Its premium came to", None)).findings
    assert [{e.text for e in f.evidence} for f in level if f.kind == "conflict"] == [
        {"40 per cent", "28 per cent"}
    ]


def test_a_share_lost_of_a_whole_is_a_level_not_a_move(facts_factory: Factory) -> None:
    """ "could lose 60 per cent of this year's crop" is a share of a whole, told with a verb of
    loss: against another report's 90 per cent of that crop it disagrees."""
    a = facts_factory(
        "Frost means Harnby growers could lose 60 per cent of this year's apple crop, the "
        "growers' council said.",
        outlet="Growers' Council",
        published="2026-04-20",
        quantities=(("60 per cent", 60, 60, 60, "percent", "percent", "exact", None, "down"),),
    )
    b = facts_factory(
        "Frost has wiped out 90 per cent of this year's apple crop in Harnby, the growers' "
        "council said.",
        outlet="Farm Wire",
        published="2026-04-21",
        quantities=(("90 per cent", 90, 90, 90, "percent", "percent", "exact", None),),
    )
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["60 per cent", "90 per cent"]]
    (group,) = [g for g in align_story([a, b])[1] if g.key.startswith("q|percent")]
    assert not [r for r in group.reasons if "rise or fall" in r]


def test_the_offer_as_the_subject_of_a_figure_is_no_asking(facts_factory: Factory) -> None:
    """ "its offer marks a 30 per cent premium" gives the premium the offer carries, as another
    report's "a premium of 24 per cent" does: the two disagree; "the offer of 3 per cent" is a
    figure offered."""
    a = facts_factory(
        "Priced at 9.80 euros a share, its offer marks a 30 per cent premium to the last price "
        "of Tarrow Mills, the board said.",
        outlet="Tarrow Mills", published="2026-09-14",
        quantities=(("30 per cent", 30, 30, 30, "percent", "percent", "exact", None),),
    )
    b = facts_factory(
        "The bid for Tarrow Mills carries a premium of 24 per cent over the last price, the "
        "board said.",
        outlet="Market Wire", published="2026-09-14",
        quantities=(("24 per cent", 24, 24, 24, "percent", "percent", "exact", None),),
    )
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["24 per cent", "30 per cent"]]
    c = facts_factory(
        "Staff at Tarrow Mills turned down the offer of 3 per cent on Monday.",
        outlet="Union", published="2026-09-15",
        quantities=(("3 per cent", 3, 3, 3, "percent", "percent", "exact", None),),
    )
    (offered,) = [m for m in build_index([c]).mentions if m.text == "3 per cent"]
    assert offered.asked


def _slick(facts_factory: Factory, later: str, unit: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Coastguard crews said the oil slick off Harnby Point stretched about 40 kilometres "
        "along the shore.",
        outlet="Coastguard",
        published="2026-10-07",
        quantities=(("about 40 kilometres", 40, 38, 42, "kilometer", "length", "approx", None),),
    )
    b = facts_factory(
        f"The oil slick off Harnby Point now stretches {later} along the shore, crews said.",
        outlet="Evening Bugle",
        published="2026-10-08",
        quantities=((later, float(later.split()[0]), float(later.split()[0]),
                     float(later.split()[0]), unit, "length", "exact", None),),
    )
    return [a, b]


def test_one_number_in_two_units_is_a_slip_not_an_update(facts_factory: Factory) -> None:
    """A later report that writes the same number in another unit ("40 miles" against "about
    40 kilometres") has most likely taken the wrong unit: a conflict, not a slick that grew;
    another number a day later is an update."""
    slip = compare(_slick(facts_factory, "40 miles", "mile")).findings
    assert [{e.text for e in f.evidence} for f in slip if f.kind == "conflict"] == [
        {"about 40 kilometres", "40 miles"}
    ]
    grew = compare(_slick(facts_factory, "55 miles", "mile")).findings
    assert not [f for f in grew if f.kind == "conflict"]


def test_a_second_verb_of_one_subject_shares_its_date(facts_factory: Factory) -> None:
    # the fire was 0% contained on Thursday evening and 15% contained by Saturday morning
    a = facts_factory(
        "The Hollin fire had burned 3,100 hectares by Thursday evening and was 0% contained, "
        "the fire authority said.",
        outlet="Fire Authority",
        published="2026-08-06",
        quantities=(("0%", 0, 0, 0, "percent", "percent", "exact", None),),
        dates=(("Thursday evening", "2026-08-06", "2026-08-06", "day"),),
    )
    b = facts_factory(
        "The Hollin fire had charred some 8,600 hectares of heath by Saturday morning and "
        "remained just 15% contained, the fire authority said.",
        outlet="Wire",
        published="2026-08-08",
        quantities=(("just 15%", 15, 15, 15, "percent", "percent", "exact", None),),
        dates=(("Saturday morning", "2026-08-08", "2026-08-08", "day"),),
    )
    kinds = {f.kind for f in compare([a, b]).findings if f.dimension == "percent"}
    assert kinds == {"compatible"}


def test_vehicles_and_crossovers_count_the_same_thing(facts_factory: Factory) -> None:
    a = facts_factory(
        "Arvenne Motors is recalling 184,300 vehicles because a coolant pump can fail.",
        outlet="Wire",
        published="2026-05-12",
        quantities=(("184,300 vehicles", 184300, 184300, 184300, None, "count", "exact",
                     "vehicle"),),
    )
    b = facts_factory(
        "Arvenne Motors is recalling about 148,000 crossovers because a coolant pump can fail.",
        outlet="Trade Review",
        published="2026-05-13",
        quantities=(("about 148,000 crossovers", 148000, 140600, 155400, None, "count",
                     "approx", "crossover"),),
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [f.dimension for f in conflicts] == ["count"]


def test_verbs_of_saying_make_no_statement_to_compare(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    a = facts_factory(
        "Arvenne Motors has not said whether other models would be affected. "
        "Arvenne Motors did not close the Kessburg plant.",
        outlet="Trade Review", published="2026-05-13",
        statements=(("Arvenne Motors has not said", "say", True),
                    ("Arvenne Motors did not close", "close", True)),
    )
    kept = [m.predicate for m in build_index([a]).mentions if m.kind == "statement"]
    assert kept == ["clos"]  # stems


@pytest.mark.parametrize(("published", "expected"), [("2026-10-16", True), ("2026-09-14", False)])
def test_two_days_set_for_one_coming_vote(
    facts_factory: Factory, published: str, expected: bool
) -> None:
    # a schedule reported the same week cannot hold two days; a month later it may have moved
    a = facts_factory(
        "The council is scheduled to vote on the arena bonds on Tuesday, Oct. 27, the mayor "
        "said.",
        outlet="Tribune", published=published,
        dates=(("Tuesday, Oct. 27", "2026-10-27", "2026-10-27", "day"),),
    )
    b = facts_factory(
        "The council still has to approve the arena bonds, and that vote is scheduled for "
        "Monday, October 26.",
        outlet="Watch", published="2026-10-17",
        dates=(("Monday, October 26", "2026-10-26", "2026-10-26", "day"),),
    )
    from counterpoint.compare import align_story

    _, groups = align_story([a, b])
    reasons = [r for g in groups if g.kind == "date" for r in g.reasons]
    assert any("same event (vote)" in r for r in reasons) is expected


@pytest.mark.parametrize(
    ("asserting", "denying"),
    [
        # an apposition between the name and the verb
        ("Rosalind Achebe-Moore, mayor since 2018, conceded on Saturday afternoon.",
         "Rosalind Achebe-Moore has not conceded the election."),
        # "she" for the one person the sentence names
        ("When she gave evidence, Rosalind Achebe-Moore insisted she had been kept in the dark.",
         "Rosalind Achebe-Moore did not give evidence in her own defence."),
    ],
)
def test_an_actor_denial_reads_past_appositions_and_pronouns(
    facts_factory: Factory, asserting: str, denying: str
) -> None:
    person = ("Rosalind Achebe-Moore", "PERSON", "person:rosalind-achebe-moore",
              "Rosalind Achebe-Moore")
    a = facts_factory(asserting, outlet="Sentinel", published="2026-05-10", entities=(person,))
    b = facts_factory(denying, outlet="Truth Blog", published="2026-05-11", entities=(person,))
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {e.sentence for e in conflicts[0].evidence} == {asserting, denying}


@pytest.mark.parametrize(
    ("one", "other", "conflict"),
    [
        ("Volunteers at the count say the seals on the ballot box had been broken.",
         "Ms Stroud said the seals on the Eastgate ballot box were intact.", True),
        ("Volunteers at the count say the seals on the ballot box had been broken.",
         "Ms Stroud said the seals on the Eastgate ballot box had been broken.", False),
        # "stayed ... throughout" only says the state lasted
        ("The library's reading rooms were closed from Monday, staff said.",
         "Our reading rooms stayed open throughout, the library said.", True),
    ],
)
def test_a_state_denies_its_opposite(
    facts_factory: Factory, one: str, other: str, conflict: bool
) -> None:
    a = facts_factory(one, outlet="Truth Blog", published="2026-05-10")
    b = facts_factory(other, outlet="Sentinel", published="2026-05-10")
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert bool(found) is conflict


def test_a_stressed_negation_bears_on_the_word_after_the_stress(facts_factory: Factory) -> None:
    # "without a single delay" denies a delay, not something "single"
    a = facts_factory("The ferry crossed without a single delay.",
                      outlet="Operator", published="2026-05-10")
    b = facts_factory("The ferry crossed with a long delay.", outlet="Wire",
                      published="2026-05-10")
    assert len([f for f in compare([a, b]).findings if f.kind == "conflict"]) == 1


def test_two_lengths_of_one_named_vessel_are_one_measure(facts_factory: Factory) -> None:
    # the sentences share almost no words, but both measures describe the Corran Star
    a = facts_factory(
        "The Corran Star, a 68-metre ferry operated by Halvik Sealink, left the harbour at dusk "
        "and capsized about 3 kilometres offshore.",
        outlet="Wire", published="2026-03-14",
        quantities=(("68-metre", 68, 68, 68, "meter", "length", "exact", None),
                    ("about 3 kilometres", 3, 2.9, 3.1, "kilometer", "length", "approx", None)),
        entities=(("Corran Star", "ORG", "org:corran-star", "Corran Star"),
                  ("Halvik Sealink", "ORG", "org:halvik-sealink", "Halvik Sealink")),
    )
    b = facts_factory(
        "Its certificate shows the 85-metre Corran Star passed an inspection in dry dock. "
        "Forecasters had warned of waves of four metres.",
        outlet="Courier", published="2026-03-16",
        quantities=(("85-metre", 85, 85, 85, "meter", "length", "exact", None),
                    ("four metres", 4, 4, 4, "meter", "length", "exact", None)),
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [f.dimension for f in conflicts] == ["length"]


def test_core_and_headline_measures_of_one_unit_stay_apart(facts_factory: Factory) -> None:
    pct = "percent"
    a = facts_factory(
        "Annual inflation fell to 2.6 per cent in September. Core inflation, which excludes "
        "food and energy, declined to 2.9 per cent.",
        outlet="Central Bank", published="2026-10-08",
        quantities=(("2.6 per cent", 2.6, 2.6, 2.6, pct, pct, "exact", None),
                    ("2.9 per cent", 2.9, 2.9, 2.9, pct, pct, "exact", None)),
    )
    b = facts_factory(
        "Headline inflation has come down a long way, but core inflation still stood at 3.4 "
        "per cent in September.",
        outlet="Observer", published="2026-10-09",
        quantities=(("3.4 per cent", 3.4, 3.4, 3.4, pct, pct, "exact", None),),
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    # 3.4 is core inflation: it contradicts the bank's 2.9, not its headline 2.6
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"2.9 per cent", "3.4 per cent"}


def test_a_conflict_rests_on_the_path_between_its_two_members() -> None:
    from counterpoint.compare.align import Alignment
    from counterpoint.compare.judge import pair_score

    # 1-2 strongly aligned, 2-3 weakly: the pair (1, 2) keeps its own strength
    g = Alignment("date", "date", (), 0.3, (), ((1, 2, 0.6), (2, 3, 0.3)))
    assert pair_score(g, 1, 2) == 0.6
    assert pair_score(g, 1, 3) == 0.3
    assert pair_score(Alignment("date", "date", (), 0.3, ()), 1, 2) == 0.3


def test_two_dates_of_the_latest_inspection_align_strongly(facts_factory: Factory) -> None:
    from counterpoint.compare import align_story

    a = facts_factory(
        "Second, that embankment was last inspected in March.",
        outlet="Union Blog", published="2026-09-16",
        dates=(("March", "2026-03-01", "2026-03-31", "month"),),
    )
    b = facts_factory(
        "Records show that the embankment was last examined on 3 June and rated serviceable.",
        outlet="Rail Weekly", published="2026-09-17",
        dates=(("3 June", "2026-06-03", "2026-06-03", "day"),),
    )
    _, groups = align_story([a, b])
    reasons = [r for g in groups if g.kind == "date" for r in g.reasons]
    assert "both date the latest one" in reasons
    assert [f.kind for f in compare([a, b]).findings if f.dimension == "date"] == ["conflict"]


def test_a_number_word_is_never_the_head_term(facts_factory: Factory) -> None:
    from counterpoint.compare.lede import head_term
    from counterpoint.compare.mentions import build_index

    a = facts_factory(
        "Eleven miners were trapped underground after a rockfall at the Kell Ridge mine late "
        "on Saturday, the operator said.",
        outlet="Wire", published="2026-08-22",
    )
    b = facts_factory(
        "All eleven trapped miners were lifted to the surface this morning after a rescue that "
        "lasted three days, the operator said.",
        outlet="Broadcaster", published="2026-08-25",
    )
    head = head_term(build_index([a, b]).articles)
    assert head is not None and "eleven" not in head


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The ferry left Halvik at 18:15 on Friday.", [("18:15", 1095.0)]),
        ("The explosion occurred at 05:40 on Tuesday.", [("05:40", 340.0)]),
        ("She ran the marathon in 2:05:40 and the score was 3:16.", []),
        # British copy writes the minutes after a dot
        ("The roof gave way at 3.20pm on Saturday.", [("3.20pm", 920.0)]),
        ("Shares rose 3.20 per cent by the close.", []),
        # the minutes after a dot on the 24-hour clock need a time cue after them
        ("The crew were handed over at 09.45 local time on Tuesday.", [("09.45", 585.0)]),
        ("The shares closed at 19.45 on Tuesday.", []),
        ("The borer broke through at 08.50 this morning.", [("08.50", 530.0)]),
    ],
)
def test_times_of_the_24_hour_clock(
    facts_factory: Factory, text: str, times: list[tuple[str, float]]
) -> None:
    from counterpoint.compare.mentions import CLOCK_KEY, build_index

    a = facts_factory(text, outlet="Wire")
    found = [(m.text, m.value) for m in build_index([a]).mentions if m.key == CLOCK_KEY]
    assert found == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The walkers called for help at about half past six on Saturday evening.",
         [("about half past six", 1110.0, 1100.0, 1120.0)]),
        ("The boat sank at ten o'clock at night, the coastguard said.",
         [("ten o'clock", 1320.0, 1320.0, 1320.0)]),
        # the small hours of the night
        ("The boat sank at half past twelve at night, the coastguard said.",
         [("half past twelve", 30.0, 30.0, 30.0)]),
        ("Lunch was served at a quarter to one in the afternoon.",
         [("a quarter to one", 765.0, 765.0, 765.0)]),
        ("On Monday morning the alarm sounded at a quarter to seven.",
         [("a quarter to seven", 405.0, 405.0, 405.0)]),
        ("The fire began shortly after twenty minutes past two in the afternoon.",
         [("shortly after twenty minutes past two", 860.0, 860.0, 890.0)]),
        # no part of the day told: morning or evening cannot be known
        ("She left the hall at half past six.", []),
        # a range, not a time
        ("Repairs take five to seven days in the evening shift.", []),
        # "N to M" right before the part of the day is a time of that part
        ("The pier lights went out at twenty to five in the morning.",
         [("twenty to five", 280.0, 280.0, 280.0)]),
        # the two hours told by name: midnight ends a day before it and starts one after it,
        # and "around midday" is the middle of the day, within the hour
        ("The strikers marched off at noon.", [("noon", 720.0, 720.0, 720.0)]),
        ("The ferry was unloaded around midday.", [("around midday", 720.0, 660.0, 780.0)]),
        ("The talks broke up shortly before midnight.",
         [("shortly before midnight", 1440.0, 1410.0, 1440.0)]),
        ("The van was seen just after midnight.", [("just after midnight", 0.0, 0.0, 15.0)]),
        # "by midday" closes a period
        ("The index had slipped 2% by midday.", []),
    ],
)
def test_times_of_day_told_in_words(
    facts_factory: Factory, text: str, times: list[tuple[str, float, float, float]]
) -> None:
    from counterpoint.compare.mentions import CLOCK_KEY, build_index

    a = facts_factory(text, outlet="Wire", published="2026-03-02")
    found = [(m.text, m.value, m.low, m.high) for m in build_index([a]).mentions
             if m.key == CLOCK_KEY]
    assert found == times


def test_a_time_told_without_its_part_of_the_day_is_read_both_ways(
    facts_factory: Factory,
) -> None:
    from counterpoint.compare import explain
    from counterpoint.compare.mentions import HALF_DAY_KEY, build_index

    a = facts_factory("She left the hall at half past six.", outlet="Wire")
    (m,) = [m for m in build_index([a]).mentions if m.key == HALF_DAY_KEY]
    assert (m.text, m.value) == ("half past six", 390.0)
    assert explain.mention_value(m) == "06:30 or 18:30"


def test_a_time_without_its_part_of_the_day_tells_the_time(facts_factory: Factory) -> None:
    """The tabloid's "ten past nine" may be 21:10: it is not said to leave the time out,
    and the finding shows its words; the report that gives no time at all leaves it out."""
    a = facts_factory("Firefighters brought the final climber down from the quarry ledge at "
                      "21:10, the rescue service said.", outlet="Rescue Service",
                      published="2027-05-02")
    b = facts_factory("Firefighters brought the final climber down from the quarry ledge. "
                      "The exhausted woman reached the ground at ten past nine.",
                      outlet="Daily Roar", published="2027-05-03")
    c = facts_factory("Firefighters brought the final climber down from the quarry ledge.",
                      outlet="Climbing Weekly", published="2027-05-06")
    found = [f for f in compare([a, b, c]).findings
             if f.kind == "omission" and any(e.text == "21:10" for e in f.evidence)]
    assert len(found) == 1
    assert found[0].missing_in == (c.article.id,)
    assert "Daily Roar gives “ten past nine”: the same time, without the part of the day" in (
        found[0].explanation
    )


def test_a_time_told_in_words_conflicts_with_a_24_hour_time(facts_factory: Factory) -> None:
    a = facts_factory("The stranded walkers called for help at 16:10 on Saturday, the rescue "
                      "team said.", outlet="Team", published="2027-03-14")
    b = facts_factory("The stranded walkers called for help at about half past six on Saturday "
                      "evening, one of them said.", outlet="Paper", published="2027-03-16")
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in conflicts] == [
        ["16:10", "about half past six"]
    ]
    assert "18:20–18:40" in conflicts[0].explanation


def test_a_sentence_that_dates_an_earlier_event_is_not_the_lede(facts_factory: Factory) -> None:
    # the local paper opens with the gas report of Monday evening, "hours before the explosion"
    a = facts_factory(
        "KESTRAVA, Nov 10 (Wire) - A gas explosion tore through a nine-storey block in Kestrava "
        "before dawn on Tuesday, killing at least six people, emergency services said.",
        outlet="Wire", published="2026-11-10",
        dates=(("Nov 10", "2026-11-10", "2026-11-10", "day"),
               ("Tuesday", "2026-11-10", "2026-11-10", "day")),
    )
    b = facts_factory(
        "Residents reported a smell of gas on Monday evening, hours before the explosion that "
        "destroyed the east wing of their building, the Herald has learned.",
        outlet="Herald", published="2026-11-11",
        dates=(("Monday evening", "2026-11-09", "2026-11-09", "day"),),
    )
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_the_sentence_after_an_opening_about_an_earlier_event_is_not_the_lede(
    facts_factory: Factory,
) -> None:
    """A report that opens with an earlier event, dated by the main one ("two days before the
    landslide"), goes on with that event: its second sentence's date is not the main event's
    either."""
    orrel = ("Orrel", "GPE", "gpe:orrel", "Orrel")
    a = facts_factory(
        "A landslide buried part of the hill village of Orrel early on Friday, killing four "
        "people, rescuers said.",
        outlet="Wire", published="2027-10-15",
        dates=(("Friday", "2027-10-15", "2027-10-15", "day"),), entities=(orrel,),
    )
    b = facts_factory(
        "A shepherd warned the council about a widening crack on Wednesday evening, two days "
        "before the landslide that swept away three houses, the Gazette has learned. A "
        "council engineer logged his call about the hill above Orrel at 6:40 p.m. on "
        "13 October, records show.",
        outlet="Gazette", published="2027-10-17",
        dates=(("Wednesday evening", "2027-10-13", "2027-10-13", "day"),
               ("13 October", "2027-10-13", "2027-10-13", "day")), entities=(orrel,),
    )
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_a_lede_that_counts_its_day_from_an_earlier_start_is_not_the_main_event(
    facts_factory: Factory,
) -> None:
    """"A third night on the hill last night" dates a later day than the walker's
    disappearance."""
    hill = ("Ben Carra", "LOC", "loc:ben-carra", "Ben Carra")
    a = facts_factory(
        "A walker vanished in thick cloud on Ben Carra on Sunday, the mountain team said.",
        outlet="Wire", published="2027-06-07",
        dates=(("Sunday", "2027-06-06", "2027-06-06", "day"),), entities=(hill,),
    )
    b = facts_factory(
        "Teams were facing a third night in thick cloud on Ben Carra last night as the hunt "
        "for the walker went on.",
        outlet="Daily Roar", published="2027-06-08",
        dates=(("last night", "2027-06-07", "2027-06-07", "day"),), entities=(hill,),
    )
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_percentages_ten_times_apart_are_two_measures(facts_factory: Factory) -> None:
    pct = "percent"
    a = facts_factory(
        "Tervaxiban reduced the risk of kidney failure by 27% compared with placebo.",
        outlet="Press Release", published="2026-09-12",
        quantities=(("27%", 27, 27, 27, pct, pct, "exact", None),),
    )
    b = facts_factory(
        "Tervaxiban reduced the risk of stopping treatment to 1.2% compared with placebo.",
        outlet="ClinPulse", published="2026-09-13",
        quantities=(("1.2%", 1.2, 1.2, 1.2, pct, pct, "exact", None),),
    )
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        ("Two patients stopped treatment on tervaxiban because of high potassium.", True),
        ("Tervaxiban prevents one kidney event for roughly every 19 patients treated.", False),
    ],
)
def test_a_zero_count_meets_only_a_count_of_the_same_event(
    facts_factory: Factory, other: str, conflict: bool
) -> None:
    a = facts_factory(
        "No patients stopped treatment on tervaxiban because of high potassium levels.",
        outlet="Press Release", published="2026-09-12",
        quantities=(("No patients", 0, 0, 0, None, "count", "exact", "patient"),),
    )
    surface = other.split(" patients")[0].split()[-1] + " patients"
    value = 2 if surface.startswith("Two") else 19
    b = facts_factory(
        other, outlet="ClinPulse", published="2026-09-13",
        quantities=((surface, value, value, value, None, "count", "exact", "patient"),),
    )
    counts = [f for f in compare([a, b]).findings if f.kind == "conflict" and f.dimension]
    assert bool(counts) is conflict


@pytest.mark.parametrize(
    ("text", "first", "second", "surface", "share"),
    [
        ("More than four in five members voted yes.", ("More than four", 4, 4, 8, "at_least"),
         ("five members", 5, "member"), "More than four in five members", (80.0, 100.0)),
        ("One in 25 birds on the farm died.", ("One", 1, 1, 1, "exact"),
         ("25 birds", 25, "bird"), "One in 25 birds", (4.0, 4.0)),
        ("Nine out of ten doctors backed it.", ("Nine", 9, 9, 9, "exact"),
         ("ten doctors", 10, "doctor"), "Nine out of ten doctors", (90.0, 90.0)),
        ("One in every eight homes flooded.", ("One", 1, 1, 1, "exact"),
         ("eight homes", 8, "home"), "One in every eight homes", (12.5, 12.5)),
    ],
)
def test_one_in_n_is_a_share_in_per_cent(
    facts_factory: Factory, text: str, first: tuple[Any, ...], second: tuple[Any, ...],
    surface: str, share: tuple[float, float],
) -> None:
    from counterpoint.compare.mentions import build_index

    phrase, value, low, high, qual = first
    words, n, counted = second
    a = facts_factory(
        text, outlet="Wire",
        quantities=((phrase, value, low, high, None, "count", qual, None),
                    (words, n, n, n, None, "count", "exact", counted)),
    )
    found = [(m.text, m.key, m.low, m.high) for m in build_index([a]).mentions
             if m.kind == "quantity"]
    assert found == [(surface, "q|percent|percent", *share)]


def test_a_count_in_a_period_is_not_a_share(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    a = facts_factory(
        "The crew cleared 3 in 10 hours.", outlet="Wire",
        quantities=(("3", 3, 3, 3, None, "count", "exact", None),
                    ("10 hours", 10, 10, 10, "hour", "time", "exact", None)),
    )
    keys = [m.key for m in build_index([a]).mentions if m.kind == "quantity"]
    assert "q|percent|percent" not in keys


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # an aim is not a result
        (("The group reported an operating margin of just 2.1 percent.", "just 2.1 percent",
          2.1, "percent"),
         ("We remain committed to our mid-term target of an operating margin of 7 percent.",
          "7 percent", 7, "percent")),
        # a figure added the next day is not the day's total
        (("Solvair, the largest carrier at the airport, cancelled 188 of its flights.", "188",
          188, None),
         ("Aircraft were out of position the next day, when a further 37 flights were "
          "cancelled at the airport.", "37 flights", 37, None)),
    ],
)
def test_aims_and_increments_are_not_the_figure_itself(
    facts_factory: Factory, one: tuple[Any, ...], other: tuple[Any, ...]
) -> None:
    def facts(spec: tuple[Any, ...], outlet: str) -> ArticleFacts:
        text, surface, value, unit = spec
        dim = "percent" if unit else "count"
        return facts_factory(
            text, outlet=outlet, published="2026-07-18",
            quantities=((surface, value, value, value, unit, dim, "exact",
                         None if unit else "flight"),),
        )

    found = compare([facts(one, "Wire"), facts(other, "Trade Digest")]).findings
    assert not [f for f in found if f.kind == "conflict"]


def test_an_intention_denied_is_not_an_event_denied(facts_factory: Factory) -> None:
    a = facts_factory(
        "The airline said it would not pay compensation to passengers of cancelled flights.",
        outlet="Wire", published="2026-07-17",
    )
    b = facts_factory(
        "The airline agreed on Saturday to pay compensation to passengers of cancelled flights.",
        outlet="Trade Digest", published="2026-07-20",
    )
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_a_figure_that_holds_now_is_dated_to_its_article(facts_factory: Factory) -> None:
    # "nearly fifty hours" on Friday morning, "more than 72 hours" in Sunday's post
    a = facts_factory(
        "By this morning Dario Fenske had been free for nearly fifty hours, police said.",
        outlet="Sentinel", published="2026-03-13",
        quantities=(("nearly fifty hours", 50, 47.5, 50, "hour", "time", "approx", None),),
        dates=(("this morning", "2026-03-13", "2026-03-13", "day"),),
    )
    b = facts_factory(
        "Dario Fenske has now been free for more than 72 hours, police said.",
        outlet="Campaign Blog", published="2026-03-15",
        quantities=(("more than 72 hours", 72, 72, 144, "hour", "time", "at_least", None),),
    )
    kinds = {f.kind for f in compare([a, b]).findings if f.dimension == "time"}
    assert "conflict" not in kinds


def test_common_words_alone_deny_nothing(facts_factory: Factory) -> None:
    a = facts_factory(
        "Shopkeeper Hanne Birk said she had locked her doors for the first time in years.",
        outlet="Sentinel", published="2026-03-13",
    )
    b = facts_factory("This is not the first time.", outlet="Blog", published="2026-03-14")
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_two_sizes_of_one_kind_of_zone_are_one_measure(facts_factory: Factory) -> None:
    m = "meter"
    a = facts_factory(
        "As a precaution the authorities set up a two-kilometre exclusion zone around the works, "
        "and about 18 cubic metres of ammonia were lost.",
        outlet="Company", published="2026-09-08",
        quantities=(("two-kilometre", 2000, 2000, 2000, m, "length", "exact", None),),
    )
    b = facts_factory(
        "Emergency services imposed a 3-kilometre exclusion zone around the works and a "
        "shelter order for nearby streets.",
        outlet="Trade Review", published="2026-09-10",
        quantities=(("3-kilometre", 3000, 3000, 3000, m, "length", "exact", None),),
    )
    from counterpoint.compare import align_story

    _, groups = align_story([a, b])
    assert any("both describe a" in r for g in groups for r in g.reasons)


def test_one_person_under_two_names_is_no_quote_conflict(facts_factory: Factory) -> None:
    words = "We will not reopen a hall that we cannot prove is safe for every child"
    council = facts_factory(
        f'"{words}," Councillor Ann Lyle said on Monday.',
        outlet="Borough Council",
        quotes=((words, "Councillor Ann Lyle", "person:councillor-ann-lyle", "named_official"),),
    )
    wire = facts_factory(
        f'Council leader Ann Lyle spoke to parents. "{words}," she said.',
        outlet="Wire",
        quotes=((words, "Ann Lyle", "person:ann-lyle", "named_official"),),
    )
    tabloid = facts_factory(
        f'Ms Lyle was booed. "{words}," he said.',
        outlet="Tabloid",
        quotes=((words, "he", None, "named_person"),),
    )
    other = facts_factory(
        f'"{words}," head teacher Rhys Moran told parents.',
        outlet="Gazette",
        quotes=((words, "Rhys Moran", "person:rhys-moran", "named_person"),),
    )
    findings = compare([council, wire, tabloid]).findings
    quotes = [f for f in findings if any(e.text == words for e in f.evidence)]
    assert quotes and not _conflicts(tuple(quotes))
    # a different person given the same words is still a conflict
    assert any(
        words in e.text for f in _conflicts(compare([council, other]).findings) for e in f.evidence
    )


def test_a_time_of_day_has_no_share_of_slack_and_just_before_is_close(
    facts_factory: Factory,
) -> None:
    from counterpoint.compare.mentions import CLOCK_KEY, build_index
    from counterpoint.compare.values import sides

    a = facts_factory("The warehouse roof fell in at about 2.20pm on Sunday, the fire crew said.",
                      outlet="Wire", published="2026-03-02")
    b = facts_factory("Staff heard the warehouse roof fall in at 14:20 on Sunday.",
                      outlet="Council", published="2026-03-02")
    c = facts_factory("The warehouse roof fell in just before 3pm on Sunday, neighbours said.",
                      outlet="Gazette", published="2026-03-03")
    clock = {m.text: (m.low, m.high) for m in build_index([c]).mentions if m.key == CLOCK_KEY}
    assert clock == {"just before 3pm": (885.0, 900.0)}
    conflicts = [f for f in compare([a, b, c]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    texts = [e.text for e in conflicts[0].evidence]
    assert set(texts) == {"about 2.20pm", "14:20", "just before 3pm"}
    # the two early times take one side, the late one the other
    side = dict(zip(texts, sides(conflicts[0]), strict=True))
    assert side["about 2.20pm"] == side["14:20"] != side["just before 3pm"]


def _tournament(facts_factory: Factory, second: str) -> list[Any]:
    a = facts_factory(
        "Some 300 spectators came, and organisers said 16 teams had entered the tournament "
        "from villages across the county.",
        outlet="Wire", published="2026-01-18",
        quantities=(("16 teams", 16, 16, 16, None, "count", "exact", "teams"),
                    ("300 spectators", 300, 300, 300, None, "count", "exact", "spectators")),
    )
    b = facts_factory(
        f"{second} Play between 12 teams in the tournament was under way when the lights failed.",
        outlet="Pulse", published="2026-01-19",
        quantities=tuple(
            (p, v, v, v, None, "count", "exact", "teams")
            for p, v in (("12 teams", 12), ("eight teams", 8), ("Twelve teams", 12),
                         ("no teams", 0))
            if p in f"12 teams {second}"
        ),
    )
    return [a, b]


def test_the_only_count_of_one_noun_in_each_article_gives_one_measure(
    facts_factory: Factory,
) -> None:
    conflicts = [{e.text for e in f.evidence}
                 for f in compare(_tournament(facts_factory, "Parents waited outside."))
                 .findings if f.kind == "conflict"]
    assert conflicts == [{"16 teams", "12 teams"}]
    # an article that counts teams twice gives no such hint
    other = _tournament(facts_factory, "By noon eight teams had been knocked out.")
    assert not [f for f in compare(other).findings if f.kind == "conflict"]
    # one figure stated twice, and a zero count, leave it the article's only count of teams
    again = _tournament(facts_factory, "Twelve teams came, and no teams pulled out.")
    found = [{e.text for e in f.evidence} for f in compare(again).findings
             if f.kind == "conflict"]
    assert len(found) == 1 and {"16 teams", "12 teams"} <= found[0]


def _venue(facts_factory: Factory, extra: str = "") -> list[Any]:
    a = facts_factory(
        "The old cinema in Hollinsby reopened on Friday after a long refit, the trust said. "
        "Its 640-seat main screen has new projectors.",
        outlet="Wire", published="2026-03-07",
        quantities=(("640-seat", 640, 640, 640, None, "count", "exact", "seats"),),
    )
    b = facts_factory(
        "Queues formed along the high street before the doors opened. "
        f"Volunteers guided visitors to the roughly 800 seats.{extra}",
        outlet="Gazette", published="2026-03-08",
        quantities=tuple(
            (p, v, lo, hi, None, "count", q, "seats")
            for p, v, lo, hi, q in (("roughly 800 seats", 800, 760, 840, "approx"),
                                    ("90 seats", 90, 90, 90, "exact"))
            if p in f"roughly 800 seats {extra}"
        ),
    )
    return [a, b]


def test_the_only_counts_of_one_noun_give_one_measure_even_in_clauses_sharing_no_word(
    facts_factory: Factory,
) -> None:
    # each article counts seats once, 640 against about 800: one measure told differently,
    # though "main screen has new projectors" and "guided visitors to" share no word
    found = [{e.text for e in f.evidence} for f in _conflicts(compare(_venue(facts_factory))
                                                               .findings)]
    assert found == [{"640-seat", "roughly 800 seats"}]
    # a second count of seats in one article leaves the two figures apart
    more = _venue(facts_factory, " Another 90 seats in the balcony stay closed.")
    assert not _conflicts(compare(more).findings)


@pytest.mark.parametrize(
    ("text", "phrase", "more"),
    [
        ("He scored 17 league goals and two more in the cup.", "17 league goals", 2.0),
        ("The trust runs two acute hospitals and a community hospital.", "two acute hospitals",
         1.0),
        ("The trust runs two acute hospitals and a laundry.", "two acute hospitals", None),
        ("He scored 17 league goals and more than that in friendlies.", "17 league goals", None),
        # "more" told later in the clause, after "with"
        ("Nine ferries were back in service by noon, with three more held in port.",
         "Nine ferries", 3.0),
        # another figure between: its "more" adds to that one
        ("Nine ferries carried 400 cars and 20 more.", "Nine ferries", None),
    ],
)
def test_more_of_the_counted_thing_after_a_count(
    facts_factory: Factory, text: str, phrase: str, more: float | None
) -> None:
    from counterpoint.compare.mentions import build_index
    from counterpoint.compare.sums import more_after

    a = facts_factory(text, outlet="Wire",
                      quantities=((phrase, 2, 2, 2, None, "count", "exact", phrase.split()[-1]),))
    index = build_index([a])
    m = next(m for m in index.mentions if m.text == phrase)
    assert more_after(index, m) == more


def test_two_steps_of_one_scale_conflict_and_read_as_steps(facts_factory: Factory) -> None:
    a = facts_factory(
        "The agency put the flood alert for the estuary at level 2 on Sunday.", outlet="Wire",
        quantities=(("level 2", 2, 2, 2, "level", "rank", "exact", None),),
    )
    b = facts_factory(
        "The flood alert for the estuary stood at level five on Sunday, the agency said.",
        outlet="Herald",
        quantities=(("level five", 5, 5, 5, "level", "rank", "exact", None),),
    )
    (conflict,) = _conflicts(compare([a, b]).findings)
    assert {e.text for e in conflict.evidence} == {"level 2", "level five"}
    assert "(level 2)" in conflict.explanation and "(level 5)" in conflict.explanation


def test_a_count_and_n_more_told_later_in_its_clause_make_one_whole(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "The operator ordered 40 electric buses for the airport route.", outlet="Wire",
        quantities=(("40 electric buses", 40, 40, 40, None, "count", "exact", "buses"),),
    )
    b = facts_factory(
        "Of the order, 31 buses had their licences by March, with nine more awaiting an "
        "inspection.", outlet="Review",
        quantities=(("31 buses", 31, 31, 31, None, "count", "exact", "buses"),),
    )
    findings = compare([a, b]).findings
    assert not _conflicts(findings)
    # 31 + 9 is the whole order, which agrees with the other article's 40
    agree = [{e.text for e in f.evidence} for f in findings if f.kind == "agreement"]
    assert {"40 electric buses", "31 buses had their licences by March, with nine more"} in agree


def test_a_lede_date_inside_the_clause_after_before_or_after_dates_the_head_event(
    facts_factory: Factory,
) -> None:
    # "after a snow leopard broke out ... on Monday night": the date stands in the clause that
    # "after" opens (no comma between), so it dates the escape itself, which the other article
    # puts on Tuesday evening
    a = facts_factory(
        "A female snow leopard escaped from Brannock Wildlife Park on Tuesday evening and was "
        "caught early on Wednesday in allotments nearby, police said.",
        outlet="Wire", published="2026-05-13",
        dates=(("Tuesday evening", "2026-05-12", "2026-05-12", "day"),
               ("Wednesday", "2026-05-13", "2026-05-13", "day")),
    )
    b = facts_factory(
        "Terrified families stayed behind locked doors all night after a snow leopard broke "
        "out of Brannock Wildlife Park on Monday night.",
        outlet="Echo", published="2026-05-14",
        dates=(("Monday night", "2026-05-11", "2026-05-11", "day"),),
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in conflicts] == [
        ["Monday night", "Tuesday evening"]
    ]


def test_a_lede_date_before_after_and_the_head_event_dates_a_later_act(
    facts_factory: Factory,
) -> None:
    # "today closed the river ... after some 2,000 trout escaped": the escape came before the
    # closure, so the other report's Monday for the escape disputes nothing
    a = facts_factory(
        "The river authority today closed the Velna to anglers after an estimated 2,000 trout "
        "escaped from a hatchery upstream of Marrow Bridge.",
        outlet="Authority", published="2027-04-15",
        dates=(("today", "2027-04-15", "2027-04-15", "day"),),
    )
    b = facts_factory(
        "Thousands of trout escaped from a hatchery on the Velna on Monday, its owner said, "
        "when a sluice gate failed in the night.",
        outlet="Paper", published="2027-04-16",
        dates=(("Monday", "2027-04-12", "2027-04-12", "day"),),
    )
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]
    # the date told right before the head event still dates it
    c = facts_factory(
        "An estimated 2,000 trout today escaped from a hatchery upstream of Marrow Bridge, the "
        "river authority said.",
        outlet="Authority", published="2027-04-15",
        dates=(("today", "2027-04-15", "2027-04-15", "day"),),
    )
    found = [f for f in compare([c, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["Monday", "today"]]


def test_a_third_article_giving_both_weights_tells_two_measures_apart(
    facts_factory: Factory,
) -> None:
    van = facts_factory(
        "Police said the van, a 3.5-tonne vehicle delivering parcels, had gone through a red "
        "light at the junction.",
        outlet="Wire", published="2027-02-18",
        quantities=(("3.5-tonne", 3.5, 3.5, 3.5, "tonne", "mass", "exact", None),),
    )
    tram = facts_factory(
        "The tram, a 33-metre, 40-tonne articulated vehicle, struck the side of the van at the "
        "junction.",
        outlet="Review", published="2027-02-23",
        quantities=(("40-tonne", 40, 40, 40, "tonne", "mass", "exact", None),),
    )
    both = facts_factory(
        "The 88,000lb tram smashed into the 7,700lb van at the junction, witnesses said.",
        outlet="Beacon", published="2027-02-19",
        quantities=(("88,000lb", 88000, 88000, 88000, "pound", "mass", "exact", None),
                    ("7,700lb", 7700, 7700, 7700, "pound", "mass", "exact", None)),
    )
    # the two weights alone, the only ones of their articles, read as one disputed measure
    assert [f.kind for f in compare([van, tram]).findings if f.kind == "conflict"]
    found = compare([van, tram, both]).findings
    assert not [f for f in found if f.kind == "conflict"]
    told = [f for f in found if "Beacon gives both figures" in f.explanation]
    assert told and {e.text for e in told[0].evidence} >= {"3.5-tonne", "40-tonne"}


def test_a_date_in_the_possessive_dates_the_noun_after_it(facts_factory: Factory) -> None:
    a = facts_factory(
        "Inspectors have opened an investigation into last week's collision between a tram "
        "and a van.",
        outlet="Review", published="2027-02-23",
        dates=(("last week", "2027-02-15", "2027-02-21", "week"),),
        statements=(("have opened", "open", False),),
    )
    b = facts_factory(
        "Inspectors have opened an investigation into the collision between a tram and a van "
        "last week.",
        outlet="Wire", published="2027-02-23",
        dates=(("last week", "2027-02-15", "2027-02-21", "week"),),
        statements=(("have opened", "open", False),),
    )
    (own,) = [m for m in build_index([a]).mentions if m.kind == "date"]
    assert tx.stem("collision") in own.local and tx.stem("opened") not in own.local
    assert own.predicate is None
    (plain,) = [m for m in build_index([b]).mentions if m.kind == "date"]
    assert plain.predicate == tx.stem("open")


def test_an_infinitive_perfect_makes_no_count_so_far(facts_factory: Factory) -> None:
    """"four were seriously hurt, one of them thought to have cracked his spine": "to have
    cracked" is no count kept so far, so the later four dispute the earlier two."""
    a = facts_factory(
        "A rockfall struck a party of climbers on Brack Crag on Saturday, and two of them were "
        "seriously hurt, the rescue team said.",
        outlet="Rescue Team", published="2026-05-03",
        quantities=(("two of them", 2, 2, 2, None, "count", "exact", None),),
    )
    b = facts_factory(
        "Rocks crashed onto the climbers on Brack Crag and four were seriously hurt, one of "
        "them thought to have cracked his spine.",
        outlet="Daily Din", published="2026-05-05",
        quantities=(("four", 4, 4, 4, None, "count", "exact", None),),
    )
    found = _conflicts(compare([a, b]).findings)
    assert [{e.text for e in f.evidence} for f in found] == [{"two of them", "four"}]
