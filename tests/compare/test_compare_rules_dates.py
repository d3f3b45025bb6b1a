"""Dates of the lead event, facts dated after publication, clock times in evidence, start dates of
one new price (texts ours)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
from findings import conflicts, read_conflicts, read_two

from counterpoint.compare import align_story, compare
from counterpoint.compare import text as tx
from counterpoint.compare.frames import day_part
from counterpoint.compare.mentions import build_index
from counterpoint.model import ArticleFacts

align_mod = importlib.import_module("counterpoint.compare.align")

Factory = Callable[..., ArticleFacts]


def test_lede_dates_of_one_event_conflict(facts_factory: Factory) -> None:
    a = facts_factory(
        "A grain silo at the Ostby mill exploded late Thursday, shaking windows across the "
        "harbour district of Ostby. Firefighters worked through the night.",
        outlet="Harbour Post",
        published="2025-03-14",
        dates=(("late Thursday", "2025-03-13", "2025-03-13", "day"),),
    )
    b = facts_factory(
        "Windows rattled across Ostby when the mill's grain silo blew apart on Friday morning, "
        "witnesses in the harbour district said. Nobody was inside.",
        outlet="Coastal Times",
        published="2025-03-15",
        dates=(("on Friday morning", "2025-03-14", "2025-03-14", "day"),),
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {e.text for e in conflicts[0].evidence} == {"late Thursday", "on Friday morning"}


def test_fact_dated_after_publication_is_not_an_omission(facts_factory: Factory) -> None:
    early = facts_factory(
        "The strike at the Brenner port closed all six berths, the union said. Talks with the "
        "port authority were set to resume.",
        outlet="Early Edition",
        published="2025-05-02",
    )
    late = facts_factory(
        "The strike at the Brenner port closed all six berths, the union said. On May 6 the "
        "port authority offered a raise of 4 percent and talks resumed.",
        outlet="Late Edition",
        published="2025-05-07",
        quantities=(("4 percent", 4, 4, 4, "percent", "percent", "exact", None),),
        dates=(("On May 6", "2025-05-06", "2025-05-06", "day"),),
    )
    omitted = {e.text for f in compare([early, late]).findings if f.kind == "omission"
               for e in f.evidence}
    assert "4 percent" not in omitted and "On May 6" not in omitted
    # the same fact dated before the first report's publication is an omission
    late2 = facts_factory(
        "The strike at the Brenner port closed all six berths, the union said. On May 1 the "
        "port authority offered a raise of 4 percent and talks resumed.",
        outlet="Late Edition",
        published="2025-05-07",
        quantities=(("4 percent", 4, 4, 4, "percent", "percent", "exact", None),),
        dates=(("On May 1", "2025-05-01", "2025-05-01", "day"),),
    )
    omitted = {e.text for f in compare([early, late2]).findings if f.kind == "omission"
               for e in f.evidence}
    assert "4 percent" in omitted


def test_clock_time_stays_whole_in_negation_evidence(facts_factory: Factory) -> None:
    a = facts_factory(
        "Dorset County issued a flood warning for the riverside streets of Wexham at 4:25 a.m. "
        "Sunday, records show.",
        outlet="Wexham Courier",
    )
    b = facts_factory(
        "Residents said no flood warning was ever issued for the riverside streets of Wexham.",
        outlet="Daily Bugle",
    )
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert conflicts
    texts = [e.text for f in conflicts for e in f.evidence]
    assert any("4:25 a.m." in t for t in texts)


def test_times_of_day_are_compared_and_sentences_split_after_them(
    facts_factory: Factory,
) -> None:
    from counterpoint.compare.text import split_sentences

    text = ("The ferry left Dunmore at 6:10 a.m. Tuesday with 40 cars aboard. It docked by "
            "9 a.m. Crews unloaded it within the hour.")
    starts = [text[s:e].split()[0] for s, e in split_sentences(text)]
    assert starts == ["The", "It", "Crews"]
    a = facts_factory("The ferry left Dunmore at about 6:10 a.m. on Tuesday, the port said.",
                      outlet="Port News")
    b = facts_factory("The ferry left Dunmore shortly after 7 a.m. on Tuesday, crew members said.",
                      outlet="Island Voice")
    conflicts = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert "06:00–06:20" in conflicts[0].explanation and "07:00–07:30" in conflicts[0].explanation


def test_a_later_development_is_not_the_reported_event(facts_factory: Factory) -> None:
    # the wire reports Saturday's crash on Saturday; the review, three days later, opens
    # with Monday's rise in the toll and dates the crash itself to Friday
    wire = facts_factory(
        "Nine people were killed on Saturday when a coach left the road on the Dervan "
        "Pass and rolled into a ravine, police said. The coach was carrying 40 people.",
        outlet="Wire",
        published="2026-04-18T21:00:00",
        dates=(("on Saturday", "2026-04-18", "2026-04-18", "day"),),
    )
    review = facts_factory(
        "The death toll from the coach crash on the Dervan Pass rose to 11 on Monday after two "
        "more passengers died in hospital. We have pieced together what is known so far about "
        "the crash, which happened on Friday, April 17.",
        outlet="Review",
        published="2026-04-21T10:00:00",
        dates=(("on Monday", "2026-04-20", "2026-04-20", "day"),
               ("on Friday, April 17", "2026-04-17", "2026-04-17", "day")),
    )
    findings = compare([wire, review]).findings
    # Monday is after the wire was published: the wire cannot have dated that event
    assert not [f for f in findings if f.kind == "conflict"
                and "on Monday" in {e.text for e in f.evidence}]
    # the crash date the review gives is still reported, as what the wire leaves out
    assert [f for f in findings if f.kind == "omission"
            and {e.text for e in f.evidence} == {"on Friday, April 17"}]


def test_a_capitalized_word_of_a_name_is_never_the_head_term(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    ledes = [
        "A coach carrying 40 pensioners plunged off the Dervan Pass road in the north early "
        "on Saturday, killing nine of them.",
        "Nine pensioners died when their coach crashed on the Dervan Pass road in the north "
        "on Saturday afternoon.",
        "The coach that left the Dervan Pass road on Saturday had passed its last safety "
        "inspection in March, its owner said.",
    ]
    facts = [facts_factory(t + " Rescuers worked until dark.", outlet=f"Outlet {i}")
             for i, t in enumerate(ledes)]
    head = build_index(facts).head
    assert head == "coach", head


def test_a_part_of_a_month_dates_a_past_event_like_a_month(facts_factory: Factory) -> None:
    a = facts_factory(
        "The commission's inspectors made unannounced visits in February to the Harlow "
        "hospitals trust. The trust runs three hospitals.",
        outlet="Wire", published="2026-06-09",
        dates=(("in February", "2026-02-01", "2026-02-28", "month"),),
    )
    b = facts_factory(
        "The commission's inspectors made their unannounced inspection in early March, after "
        "the winter peak. Waiting lists grew.",
        outlet="Specialist", published="2026-06-11",
        dates=(("in early March", "2026-03-01", "2026-03-10", "week"),),
    )
    conflicts = [{e.text for e in f.evidence} for f in compare([a, b]).findings
                 if f.kind == "conflict"]
    assert {"in February", "in early March"} in conflicts


def test_a_plan_is_not_a_later_development(facts_factory: Factory) -> None:
    from counterpoint.compare import timing
    from counterpoint.compare.mentions import build_index

    early = facts_factory(
        "Stage 3 water restrictions will take effect from next Monday, the utility said.",
        outlet="Utility", published="2026-08-05",
        dates=(("next Monday", "2026-08-10", "2026-08-10", "day"),),
    )
    late = facts_factory(
        "Stage 3 water restrictions took effect on Saturday across the city.",
        outlet="Tabloid", published="2026-08-09",
        dates=(("on Saturday", "2026-08-08", "2026-08-08", "day"),),
    )
    index = build_index([early, late])
    plan = next(m for m in index.mentions if m.text == "next Monday")
    done = next(m for m in index.mentions if m.text == "on Saturday")
    # the plan may have slipped: the two dates may still be one event's
    assert not timing.later_news(index, plan, done)


def test_two_days_set_for_one_coming_event_in_one_week_conflict(facts_factory: Factory) -> None:
    a = facts_factory(
        "Fans invaded the pitch after the final whistle on Saturday, and dozens were hurt. "
        "Stewards struggled to hold back the crowd at the north end of the ground. "
        "The club faces a disciplinary hearing this Thursday over the pitch invasion, the "
        "league said.",
        outlet="Tabloid", published="2026-03-02",
        dates=(("on Saturday", "2026-02-28", "2026-02-28", "day"),
               ("this Thursday", "2026-03-05", "2026-03-05", "day")),
    )
    b = facts_factory(
        "Supporters were hurt in a crush after our win on Saturday, 28 February. Our "
        "stewards worked with the police to clear the stand at the north end. The club "
        "will attend a disciplinary hearing on Thursday 12 March over the pitch invasion.",
        outlet="Club", published="2026-03-01",
        dates=(("on Saturday, 28 February", "2026-02-28", "2026-02-28", "day"),
               ("on Thursday 12 March", "2026-03-12", "2026-03-12", "day")),
    )
    conflicts = [{e.text for e in f.evidence} for f in compare([a, b]).findings
                 if f.kind == "conflict"]
    assert {"this Thursday", "on Thursday 12 March"} in conflicts
    # the pair is scored as one coming event set twice
    import importlib
    from collections import defaultdict

    from counterpoint.compare.mentions import build_index

    align = importlib.import_module("counterpoint.compare.align")
    index = build_index([a, b])
    m, n = (next(x for x in index.mentions if x.text == t)
            for t in ("this Thursday", "on Thursday 12 March"))
    assert "both clauses set the same coming event" in align._score(
        index, m, n, defaultdict(int)).reasons


def _reopened(facts_factory: Factory, late_day: str, late_iso: str) -> list[ArticleFacts]:
    # the release's sentence is built on "is moving": its clause still tells of the reopening
    release = facts_factory(
        "Traffic is moving again after the county reopened the Marrow bridge early today, two "
        "days after the river flooded it.",
        outlet="County", published="2027-02-12",
        dates=(("early today", "2027-02-12", "2027-02-12", "day"),),
        statements=(("is moving again", "move", False),),
    )
    weekly = facts_factory(
        f"Crews finally reopened the Marrow bridge on {late_day} after the flood, the county "
        "confirmed.",
        outlet="Weekly", published="2027-02-16",
        dates=((late_day, late_iso, late_iso, "day"),),
        statements=(("finally reopened", "reopen", False),),
    )
    return [release, weekly]


def test_a_reopening_dated_a_day_after_the_report_of_it_conflicts(
    facts_factory: Factory,
) -> None:
    # the weekly's Saturday falls after the release's Friday: not a later development, since
    # the release's clause names the same reopening
    (found,) = [f for f in compare(_reopened(facts_factory, "Saturday morning", "2027-02-13"))
                .findings if f.kind == "conflict"]
    assert {e.text for e in found.evidence} == {"early today", "Saturday morning"}
    # the same day told twice agrees
    assert not [f for f in compare(_reopened(facts_factory, "Friday", "2027-02-12")).findings
                if f.kind == "conflict"]


def test_a_planned_day_does_not_dispute_the_day_it_was_done() -> None:
    """A survey ship "was due to begin mapping the reef on Monday morning" in Monday's report
    and "began mapping the reef on Tuesday" in Wednesday's: a plan and what happened (plans
    slip), compatible. The same days told as two accounts of what happened conflict."""
    from counterpoint.facts import extract
    from counterpoint.model import Article

    done = ("The Tressan Marine Institute's survey ship Corrin began mapping the Harl reef on "
            "Tuesday, 12km north of the island.")

    def kinds(told: str) -> set[str]:
        arts = [Article(id="early", text=told, source="early.txt", outlet="Tressan Courier",
                        published="2027-05-03"),
                Article(id="late", text=done, source="late.txt", outlet="Reef Monitor",
                        published="2027-05-05")]
        return {f.kind for f in compare(list(extract(arts))).findings
                if any(e.text == "Monday morning" for e in f.evidence)}

    assert kinds("The Tressan Marine Institute's survey ship Corrin was due to begin mapping "
                 "the Harl reef on Monday morning.") == {"compatible"}
    assert kinds("The Tressan Marine Institute's survey ship Corrin began mapping the Harl reef "
                 "on Monday morning.") == {"conflict"}
    # "will" on the day of the report itself tells of that day, not of a plan that may slip
    assert kinds("The Tressan Marine Institute's survey ship Corrin will begin mapping the Harl "
                 "reef on Monday morning.") == {"conflict"}
    # "a scheduled survey" names a kind of survey: the clause tells what it did, no plan
    assert kinds("A scheduled survey of the Harl reef by the Tressan Marine Institute's ship "
                 "Corrin began on Monday morning.") == {"conflict"}
    assert kinds("A survey of the Harl reef by the Tressan Marine Institute's ship Corrin was "
                 "scheduled to begin on Monday morning.") == {"compatible"}


def test_a_day_told_from_publication_never_meets_a_date_weeks_away(
    facts_factory: Factory,
) -> None:
    def appeal(heard: str, start: str) -> ArticleFacts:
        return facts_factory(
            f"The appeal against the quarry was heard on {heard} at the county court.",
            outlet="Planning Weekly", published="2027-02-20",
            dates=((heard, start, start, "day"),),
        )

    today = facts_factory(
        "Today the appeal against the quarry was heard at the county court, residents said.",
        outlet="Town Echo", published="2027-02-12",
        dates=(("Today", "2027-02-12", "2027-02-12", "day"),),
    )
    # within a week of "today", the same wording dates one hearing two ways
    near = [f for f in compare([appeal("9 February", "2027-02-09"), today]).findings
            if f.kind == "conflict"]
    assert len(near) == 1 and near[0].dimension == "date"
    # two months away it is another hearing, however alike the clauses
    far = [f for f in compare([appeal("8 December", "2026-12-08"), today]).findings
           if f.kind == "conflict"]
    assert not far


def test_dates_whose_clauses_are_nearly_the_same_words_date_one_event(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = facts_factory(
        "Divers who inspected it last month said the outfall water pipe was laid in 1996.",
        outlet="Coast Wire",
        dates=(("1996", "1996-01-01", "1996-12-31", "year"),),
    )
    b = facts_factory(
        "According to the water board's archive, the outfall pipe was laid in 2002.",
        outlet="Harbour Post",
        dates=(("2002", "2002-01-01", "2002-12-31", "year"),),
    )
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "date")
    edge = align_mod._score(index, m, n, {})
    assert "the clauses are nearly the same words" in edge.reasons
    monkeypatch.setattr(align_mod, "D_SAME_CLAUSE", 0.0)
    plain = align_mod._score(index, m, n, {})
    assert edge.score == pytest.approx(plain.score + 0.05)


def test_two_nights_are_the_dates_that_dispute_the_main_event(facts_factory: Factory) -> None:
    """"overnight from Saturday into Sunday" against "on Friday night": both name the night,
    so the night that starts on Saturday is the date the tabloid's Friday night disputes (not
    the Sunday morning it ends on), and the alignment's reasons say so."""
    a = facts_factory(
        "TOLBY (Shire Wire) - The Victorian bandstand in Tolby Park was wrecked overnight from "
        "Saturday into Sunday, police said. Its roof was torn off and its railings were thrown "
        "into the lake.",
        outlet="Shire Wire", published="2026-07-06",
        dates=(("Saturday", "2026-07-04", "2026-07-04", "day"),
               ("Sunday", "2026-07-05", "2026-07-05", "day")),
    )
    b = facts_factory(
        "Yobs smashed up Tolby's beloved bandstand on Friday night, leaving the park's "
        "regulars heartbroken. Its roof was ripped away.",
        outlet="Daily Din", published="2026-07-07",
        dates=(("Friday night", "2026-07-03", "2026-07-03", "day"),),
    )
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [{e.text for e in f.evidence} for f in found] == [{"Saturday", "Friday night"}]
    groups = align_story([a, b])[1]
    (nights,) = [g for g in groups if {m.text for m in g.members} == {"Saturday", "Friday night"}]
    assert any("same part of the day (night)" in r for r in nights.reasons)


@pytest.mark.parametrize(
    ("text", "date", "part"),
    [
        ("The barn burned down on Friday night, firefighters said.", "Friday",
         ("night", (0.75, 23.99 / 24))),
        ("The barn burned in the small hours of Saturday.", "Saturday", ("night", (0.0, 0.25))),
        ("The barn burned overnight from Friday into Saturday.", "Friday",
         ("night", (0.75, 1.25))),
        ("The barn burned overnight from Friday into Saturday.", "Saturday",
         ("night", (-0.25, 0.25))),
        ("The barn caught fire late on Friday, a neighbour said.", "Friday",
         ("night", (20 / 24, 23.99 / 24))),
        ("The barn was still smoking on Saturday afternoon.", "Saturday",
         ("afternoon", (0.5, 0.75))),
        ("Firefighters said on Saturday that the barn was lost.", "Saturday", None),
    ],
)
def test_a_date_knows_the_part_of_the_day_it_is_told_with(
    text: str, date: str, part: tuple[str, tuple[float, float]] | None
) -> None:
    start = text.index(date)
    found = day_part(text, (start, start + len(date)))
    if part is None:
        assert found is None
    else:
        assert found is not None and found[0] == part[0]
        assert found[1] == pytest.approx(part[1])


def _barn(facts_factory: Factory, second: str, day: str, iso: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Fire crews were called to Upper Holt Farm after its hay barn caught fire overnight "
        "from Saturday into Sunday, the fire service said.",
        outlet="Fire Service", published="2026-08-10",
        dates=(("Saturday", "2026-08-08", "2026-08-08", "day"),
               ("Sunday", "2026-08-09", "2026-08-09", "day")),
    )
    b = facts_factory(
        f"The hay barn at Upper Holt Farm went up in flames {second}, the farmer said.",
        outlet="Holt Courier", published="2026-08-11",
        dates=((day, iso, iso, "day"),),
    )
    return [a, b]


@pytest.mark.parametrize(
    ("second", "day", "iso", "disputed"),
    [
        # the night before Saturday is not the night after it
        ("in the small hours on Saturday", "Saturday", "2026-08-08", True),
        # the small hours on Sunday belong to the night from Saturday into Sunday
        ("before dawn on Sunday", "Sunday", "2026-08-09", False),
        ("on Saturday night", "Saturday", "2026-08-08", False),
    ],
)
def test_two_nights_are_compared_by_their_hours(
    facts_factory: Factory, second: str, day: str, iso: str, disputed: bool
) -> None:
    found = [f for f in compare(_barn(facts_factory, second, day, iso)).findings
             if f.kind == "conflict"]
    assert bool(found) is disputed
    if disputed:
        # each night is told by its hours
        assert "(2026-08-08 00:00 to 2026-08-08 06:00)" in found[0].explanation
        assert "(2026-08-08 18:00 to 2026-08-09 06:00)" in found[0].explanation
        assert found[0].explanation.endswith("they name different nights.")


def test_the_same_day_told_with_other_verbs_is_one_fact(facts_factory: Factory) -> None:
    """Two reports date the reopening to the same day with different verbs and few shared
    words: the shared day itself is what makes them one fact, so they agree."""
    gallery = (("Orrin Gallery", "ORG", "org:orrin-gallery", "Orrin Gallery"),)
    a = facts_factory(
        "The trust said the restored Orrin Gallery welcomed its first visitors on 4 June, two "
        "years after a leak closed the east wing.",
        outlet="Valley Wire", published="2027-06-10", entities=gallery,
        dates=(("4 June", "2027-06-04", "2027-06-04", "day"),),
    )
    b = facts_factory(
        "Crowds queued around the block at the Orrin Gallery on 4 June, when the east wing "
        "opened again after the long leak repairs.",
        outlet="City Ledger", published="2027-06-11", entities=gallery,
        dates=(("4 June", "2027-06-04", "2027-06-04", "day"),),
    )
    agreed = [f for f in compare([a, b]).findings
              if f.kind == "agreement" and f.dimension == "date"]
    assert len(agreed) == 1
    assert [e.text for e in agreed[0].evidence] == ["4 June", "4 June"]


def test_a_lede_date_still_to_come_is_not_the_lead_event_of_a_past_one(
    facts_factory: Factory,
) -> None:
    """One lede dates the blast, the other the demolition still to come: two events, however
    alike the ledes read, so the lede bonus is not given (a past date in the same place is)."""
    a = facts_factory(
        "A grain silo at the Ostby mill exploded late Thursday, shaking windows across the "
        "harbour district of Ostby. Firefighters worked through the night.",
        outlet="Harbour Post", published="2025-03-14",
        dates=(("late Thursday", "2025-03-13", "2025-03-13", "day"),),
    )

    def lede(when: str, day: str) -> bool:
        b = facts_factory(
            "The grain silo at the Ostby mill, which exploded and shook windows across the "
            f"harbour district of Ostby, {when} {day}.",
            outlet="Coastal Times", published="2025-03-15",
            dates=((day, f"2025-03-{day[-8:-6]}", f"2025-03-{day[-8:-6]}", "day"),),
        )
        index = build_index([a, b])
        m, n = (x for x in index.mentions if x.kind == "date")
        return any(r.startswith("each dates its article's lead event")
                   for r in align_mod._score(index, m, n, {}).reasons)

    assert lede("went up on", "Friday 14 March")
    assert not lede("will be pulled down on", "Friday 21 March")


def test_a_day_told_without_a_figure_dates_the_event_itself(facts_factory: Factory) -> None:
    """Two reports date the signing with its fee, so each date alone might only say when a
    figure was told; the club's own "signed off on Thursday 27 August" dates the signing
    itself, and against it the other report's Wednesday is a conflict."""
    def fee(text: str, outlet: str, day: tuple[str, str], money: tuple[object, ...],
            published: str) -> ArticleFacts:
        return facts_factory(text, outlet=outlet, published=published,
                             dates=((day[0], day[1], day[1], "day"),), quantities=(money,))

    a = fee("Rennick United completed the signing of striker Pavel Dusek on Thursday for a fee "
            "of £32m, the club said.", "Sport Wire", ("Thursday", "2026-08-27"),
            ("£32m", 32e6, 32e6, 32e6, "gbp", "currency", "exact", None), "2026-08-28")
    b = facts_factory("Rennick United can confirm that Pavel Dusek has joined the club. The move "
                      "was signed off on Thursday 27 August after a medical.",
                      outlet="Rennick United", published="2026-08-28",
                      dates=(("Thursday 27 August", "2026-08-27", "2026-08-27", "day"),))
    c = fee("Pavel Dusek's move to Rennick United went through on Wednesday, with a fee of about "
            "£37m, his former club said.", "Harbour Courier", ("Wednesday", "2026-08-26"),
            ("£37m", 37e6, 35e6, 39e6, "gbp", "currency", "approx", None), "2026-08-29")
    found = [f for f in compare([a, b, c]).findings
             if f.kind == "conflict" and f.dimension == "date"]
    assert len(found) == 1
    assert {"Thursday 27 August", "Wednesday"} <= {e.text for e in found[0].evidence}



@pytest.mark.parametrize(
    ("sentence", "verb", "dated"),
    [
        # the sample's day stands after "after": it does not date the closing
        ("Health officials closed the lido on Friday 3 July after a water sample taken on "
         "Thursday 2 July showed bacteria.", "closed",
         {"Friday 3 July": True, "Thursday 2 July": False}),
        # the illness comes after "after": the day dates the call, not it
        ("Swimmers called on Friday 3 July for the lido to reopen after two children fell ill.",
         "fell", {"Friday 3 July": False}),
        # a comma closes the reference: "after a week of tests, officials closed it"
        ("The lido was busy on Friday 3 July, and after a week of tests, officials closed it.",
         "closed", {"Friday 3 July": True}),
    ],
)
def test_a_date_takes_its_sentence_verb_only_when_no_after_stands_between(
    facts_factory: Factory, sentence: str, verb: str, dated: dict[str, bool]
) -> None:
    lemma = {"closed": "close", "fell": "fall"}[verb]
    a = facts_factory(
        sentence, outlet="Coast Wire",
        dates=tuple((d, f"2026-07-0{d.split()[1]}", f"2026-07-0{d.split()[1]}", "day")
                    for d in dated),
        statements=((verb, lemma, False),),
    )
    index = build_index([a])
    got = {m.text: m.predicate == tx.stem(lemma) for m in index.mentions if m.kind == "date"}
    assert got == dated


def test_a_last_inspection_leans_toward_another_inspection_date(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "last checked in April" dates the latest inspection; "inspected on 3 June" dates one
    # too, most likely the same: a small push, less than when both say "last"
    a = facts_factory(
        "Engineers from the county inspected the footbridge on 3 June, the county said.",
        outlet="Coast Wire", published="2026-06-20",
        dates=(("3 June", "2026-06-03", "2026-06-03", "day"),),
    )
    b = facts_factory(
        "County records say the footbridge was last checked in April.",
        outlet="Harbour Post", published="2026-06-21",
        dates=(("April", "2026-04-01", "2026-04-30", "month"),),
    )
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "date")
    edge = align_mod._score(index, m, n, {})
    assert "one dates the latest one" in edge.reasons
    monkeypatch.setattr(align_mod, "D_ONE_LATEST", 0.0)
    assert align_mod._score(index, m, n, {}).score < edge.score


@pytest.mark.parametrize(
    ("later", "kind"),
    [
        # a count so far in October overtakes July's count up to its end
        ("Burglaries reported to Tarnby police this year total 180 so far, a spokeswoman "
         "said.", "compatible"),
        # two counts up to the same day: one of them is wrong
        ("By the end of July 180 burglaries had been reported to Tarnby police, the force "
         "said.", "conflict"),
    ],
)
def test_a_count_up_to_an_earlier_day_and_a_count_so_far(
    facts_factory: Factory, later: str, kind: str
) -> None:
    """A count "by the end of July" told in October, and a count so far told in October
    (earlier that month), are a running total read on two days; the same count up to the same
    day is one figure, and two values of it disagree."""
    def count(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, None, "count", "exact", "burglaries")

    so_far = facts_factory(
        later, outlet="Tarnby Police", published="2027-10-08",
        quantities=(count("180" if "so far" in later else "180 burglaries", 180),),
        dates=(("the end of July", "2027-07-21", "2027-07-31", "week"),)
        if "July" in later else (("this year", "2027-01-01", "2027-12-31", "year"),),
    )
    upto = facts_factory(
        "Official figures show that 150 burglaries were reported to Tarnby police by the end "
        "of July.", outlet="Shire Weekly", published="2027-10-20",
        quantities=(count("150 burglaries", 150),),
        dates=(("the end of July", "2027-07-21", "2027-07-31", "week"),),
    )
    (judged,) = [f for f in compare([so_far, upto]).findings
                 if "150 burglaries" in {e.text for e in f.evidence}]
    assert judged.kind == kind
    if kind == "compatible":
        assert "counted up to an earlier day and again later" in judged.explanation


def test_a_date_in_a_participles_aside_dates_that_participle() -> None:
    """"The bylaw, passed on 19 January, gave cafés four weeks": the date is of the passing,
    so its verb is "pass", as in "passed the bylaw on 12 January" elsewhere; a date of the
    sentence's own clause keeps the sentence's verb."""
    aside = ("The bylaw, passed on 19 January, gave Tarvel's cafés four weeks to clear their "
             "terraces.")
    plain = "The bylaw gave Tarvel's cafés four weeks from 19 January to clear their terraces."
    index = build_index(read_two(aside, plain))
    assert [(m.article, m.predicate) for m in index.mentions if m.text == "19 January"] == [
        (0, "pass"), (1, "give")]


@pytest.mark.parametrize(("month", "cutoff", "found"), [
    # October's count lies within the total "by the end of November", and October within the
    # bound "by": neither the counts nor the dates disagree (the count is dated across a place
    # told by its distance, "30 km east of Marlby")
    ("October", "November", []),
    ("October", "October", []),
    # a month that ends after the total's day has begun: both pairs disagree
    ("October", "September", ["count", "date"]),
    ("November", "October", ["count", "date"]),
])
def test_a_count_over_a_month_and_a_running_total_up_to_a_later_day(
    month: str, cutoff: str, found: list[str]
) -> None:
    """A count "in October" and a larger running total "this year by the end of November" are
    a part and the whole it falls in, and "by" only bounds when the seizures happened; a
    count over a time that runs past the total's day is no part of it."""
    first = (f"Inspectors seized 2,300 counterfeit watches at the Ostrel crossing, 30 km east of "
             f"Marlby, in {month}, the Ostrel Customs Service said. The watches will be "
             "destroyed.")
    second = ("The Ostrel Customs Service had seized more than 2,900 counterfeit watches this "
              f"year by the end of {cutoff}, its report says. The watches will be destroyed.")
    told = conflicts(compare(read_two(first, second, "2026-12-22", "2026-12-22")).findings)
    assert sorted("count" if f.dimension == "count" else f.dimension or "" for f in told) == found


@pytest.mark.parametrize(("label", "kinds"), [("tax year", set()), ("", {"conflict"})])
def test_a_year_of_accounts_is_not_the_calendar_year(
    facts_factory: Factory, label: str, kinds: set[str]
) -> None:
    """Refunds paid "this year" (2029) for "the 2028 tax year" do not put the payments in
    2028; a plain "in 2028" does."""
    year = f"for the 2028 {label}" if label else "in 2028"
    a = facts_factory(
        f"The Brenholt treasury has paid about 400,000 refunds {year}, the treasury said.",
        outlet="Treasury", published="2029-04-10",
        dates=(("2028", "2028-01-01", "2028-12-31", "year"),),
    )
    b = facts_factory(
        "The Brenholt treasury has paid about 400,000 refunds so far this year, it said.",
        outlet="Wire", published="2029-04-11",
        dates=(("this year", "2029-01-01", "2029-12-31", "year"),),
    )
    found = {f.kind for f in compare([a, b]).findings if f.dimension == "date"}
    assert found & {"conflict"} == kinds


def test_a_figure_said_to_have_changed_since_is_an_earlier_reading(
    facts_factory: Factory,
) -> None:
    """A review gives 1,240 long waits, "a figure the board says has since fallen"; a paper
    repeats 1,240; the board's own "fewer than 800 now" updates both, disputing neither."""
    def count(phrase: str, low: float, high: float, qual: str = "exact") -> tuple[object, ...]:
        return (phrase, low, low, high, None, "count", qual, "patients")

    board = facts_factory(
        "Fewer than 800 patients at Orme hospitals are now on a year-long list for surgery, "
        "the health board said.", outlet="Orme Health Board", published="2027-06-09",
        quantities=(count("Fewer than 800 patients", 800, 800, "at_most"),),
    )
    paper = facts_factory(
        "At Orme hospitals 1,240 patients are on a year-long list for surgery, the paper "
        "found.",
        outlet="Orme Echo", published="2027-06-10",
        quantities=(count("1,240 patients", 1240, 1240),),
    )
    review = facts_factory(
        "In the spring, 1,240 patients had waited over a year for surgery at Orme hospitals, a "
        "figure the board says has since fallen.", outlet="Ward Review", published="2027-06-11",
        quantities=(count("1,240 patients", 1240, 1240),),
    )
    assert not [f for f in compare([board, paper, review]).findings if f.kind == "conflict"]
    # without the review's remark, the paper's figure and the board's disagree
    assert [f for f in compare([board, paper]).findings if f.kind == "conflict"]


@pytest.mark.parametrize(("trust", "kinds"), [
    # the level reached after a fall, and the level before it
    ("The trust has hired 90 nurses, bringing the share of empty nursing posts down to 6.5 "
     "per cent.",
     {"compatible"}),
    ("The trust's nursing vacancy rate is 6.5 per cent, its board papers show.", {"conflict"}),
])
def test_a_level_reached_after_a_change_updates_the_level_before(
    facts_factory: Factory, trust: str, kinds: set[str]
) -> None:
    pct = "percent"
    a = facts_factory(
        "Inspectors found that 9% of nursing posts at the trust were vacant.",
        outlet="Care Wire", published="2027-06-08",
        quantities=(("9%", 9, 9, 9, pct, pct, "exact", None),),
    )
    b = facts_factory(trust, outlet="Orme Trust", published="2027-06-09",
                      quantities=(("6.5 per cent", 6.5, 6.5, 6.5, pct, pct, "exact", None),))
    found = {f.kind for f in compare([a, b]).findings if f.dimension == pct}
    assert found == kinds


@pytest.mark.parametrize(("later", "dates", "kind"), [
    # a count over days that run past the first report's "by Thursday evening"
    ("Brenn Assist says it dealt with 5,200 call-outs from Thursday to Sunday.",
     (("from Thursday to Sunday", "2027-03-04", "2027-03-07", "day"),), "compatible"),
    # the same evening, another figure: they disagree
    ("Brenn Assist says it dealt with 5,200 call-outs by Thursday evening.",
     (("Thursday evening", "2027-03-04", "2027-03-04", "day"),), "conflict"),
])
def test_a_count_by_a_day_and_a_count_over_days_running_past_it(
    facts_factory: Factory, later: str, dates: tuple[tuple[str, str, str, str]], kind: str
) -> None:
    def count(value: float) -> tuple[object, ...]:
        return (f"{value:,.0f} call-outs", value, value, value, None, "count", "exact",
                "call-outs")

    first = facts_factory(
        "Brenn Assist had dealt with 2,700 call-outs by Thursday evening, the firm said.",
        outlet="Road Wire", published="2027-03-04",
        quantities=(count(2700),),
        dates=(("Thursday evening", "2027-03-04", "2027-03-04", "day"),),
    )
    second = facts_factory(later, outlet="Fleet Weekly", published="2027-03-09",
                           quantities=(count(5200),), dates=dates)
    (judged,) = [f for f in compare([first, second]).findings
                 if "2,700 call-outs" in {e.text for e in f.evidence}]
    assert judged.kind == kind


def _built(facts_factory: Factory, text: str, year: str, outlet: str) -> ArticleFacts:
    return facts_factory(text, outlet=outlet, published="2031-05-02",
                         dates=((year, f"{year}-01-01", f"{year}-12-31", "year"),))


def test_two_years_of_one_past_verb_said_of_the_same_thing_disagree(
    facts_factory: Factory,
) -> None:
    facts = [
        _built(facts_factory, "The Marlow pier was rebuilt in 1994 after a winter storm, and "
               "has carried a small tram since.", "1994", "Coast Wire"),
        _built(facts_factory, "The Marlow pier, a cast-iron deck rebuilt in 1989 after a storm, "
               "stays shut for repairs this summer.", "1989", "Harbour Review"),
    ]
    found = [f for f in compare(facts).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["1989", "1994"]]
    # a whole line and a later platform of it: each opened in its own year
    facts = [
        _built(facts_factory, "The Marlow tram line opened in 1999 after a winter of work, "
               "and has carried a million riders since.", "1999", "Coast Wire"),
        _built(facts_factory, "Platform 3 opened in 2004 after a winter of work on the Marlow "
               "tram line.", "2004", "Harbour Review"),
    ]
    assert not [f for f in compare(facts).findings if f.kind == "conflict"]


def test_a_past_verb_with_its_particle_before_a_year(facts_factory: Factory) -> None:
    """ "started up in 2017" reads the verb before its particle, as "rebuilt in 1994" does."""
    facts = [
        _built(facts_factory, "The Marlow wave pump was first started up in 2017 after a dry "
               "spring, and has run every summer since.", "2017", "Coast Wire"),
        _built(facts_factory, "The Marlow wave pump, a steel rig first started up in 2015, "
               "stays idle for repairs this summer.", "2015", "Harbour Review"),
    ]
    found = [f for f in compare(facts).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["2015", "2017"]]


def _founded(facts_factory: Factory, text: str, years: tuple[str, str], outlet: str
             ) -> ArticleFacts:
    return facts_factory(text, outlet=outlet, published="2031-05-02", dates=tuple(
        (y, f"{y}-01-01", f"{y}-12-31", "year") for y in years))


def test_a_past_verb_said_of_a_noun_in_a_relative_clause(facts_factory: Factory) -> None:
    """ "at the brewery, which was founded in 1962" / "The brewery, founded in 1958": the
    noun the verb is said of is one, though the sentences open with other words."""
    def story(subject: str) -> list[ArticleFacts]:
        return [
            _founded(facts_factory, f"The repairs were carried out by 40 fitters at {subject}, "
                     "which was founded in 1962 and now employs 90 people, the firm said in "
                     "2031.", ("1962", "2031"), "Coast Wire"),
            _founded(facts_factory, "The brewery, founded in 1958, describes its dark ale as "
                     "the best seller in the north since 2029.", ("1958", "2029"),
                     "Trade Weekly"),
        ]
    found = [f for f in compare(story("the brewery")).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["1958", "1962"]]
    # the maltings founded in 1962 are not the brewery
    assert not [f for f in compare(story("the maltings")).findings if f.kind == "conflict"]


def _born(facts_factory: Factory, text: str, day: str, outlet: str) -> ArticleFacts:
    iso = {"3 May 1931": "1931-05-03", "3 March 1931": "1931-03-03"}[day]
    return facts_factory(text, outlet=outlet, published="2031-05-02",
                         dates=(("Monday", "2031-04-28", "2031-04-28", "day"),
                                (day, iso, iso, "day")))


def test_two_days_of_birth_of_one_person_disagree(facts_factory: Factory) -> None:
    """ "was born on 3 May 1931" / "was born on 3 March 1931": a full date after "on" reads
    the past verb before it, as a year after "in" does ("born" is the past of "bear")."""
    facts = [
        _born(facts_factory, "The poet Ilse Varn died at home on Monday, her family said. Varn, "
              "whose poems of the herring fleet sold a million copies, was born on 3 May 1931 "
              "in a mill town.", "3 May 1931", "Coast Wire"),
        _born(facts_factory, "Ilse Varn, the poet of the herring fleet, died on Monday after a "
              "short illness. Varn was born on 3 March 1931 and won the national prize for "
              "verse twice.", "3 March 1931", "Verse Review"),
    ]
    found = [f for f in compare(facts).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["3 March 1931", "3 May 1931"]
    ]


def test_start_dates_of_one_new_price_conflict_when_one_states_its_period(
    facts_factory: Factory,
) -> None:
    """Two dates that each date the new price (€4, told once "a day") date the same figure:
    they are when one change takes effect, not two readings of a price on two days."""
    a = facts_factory(
        "From 1 March 2032 the harbour day pass will go up to €4 a day, the port said.",
        outlet="Port Office", published="2032-01-10",
        quantities=(("€4 a day", 4, 4, 4, "euro_per_day", "currency", "exact", None),),
        dates=(("1 March 2032", "2032-03-01", "2032-03-01", "day"),),
    )
    b = facts_factory(
        "The harbour day pass goes up to €4 from 1 June 2032, ferry operators were told.",
        outlet="Ferry Trade News", published="2032-01-12",
        quantities=(("€4", 4, 4, 4, "euro", "currency", "exact", None),),
        dates=(("1 June 2032", "2032-06-01", "2032-06-01", "day"),),
    )
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["1 June 2032", "1 March 2032"]]


@pytest.mark.parametrize(("weekly_out", "one_schedule"), [("2027-05-20", True),
                                                          ("2027-05-24", False)])
def test_a_weekly_six_days_later_sets_the_same_coming_event(
    facts_factory: Factory, weekly_out: str, one_schedule: bool
) -> None:
    """A trade weekly out six days after the daily report still sets the same coming opening
    (the day of a consultation given as 3 June by one and 10 June by the other); ten days
    apart, a schedule may have moved."""
    daily = facts_factory(
        "The ministry will open a consultation on the new fishing quotas on 3 June.",
        outlet="Daily", published="2027-05-14",
        dates=(("3 June", "2027-06-03", "2027-06-03", "day"),),
    )
    weekly = facts_factory(
        "Its consultation on the new fishing quotas starts on 10 June, for six weeks.",
        outlet="Weekly", published=weekly_out,
        dates=(("10 June", "2027-06-10", "2027-06-10", "day"),),
    )
    timing = importlib.import_module("counterpoint.compare.timing")
    index = build_index([daily, weekly])
    m, n = (next(x for x in index.mentions if x.text == t) for t in ("3 June", "10 June"))
    assert timing.same_schedule(index, m, n) is one_schedule


@pytest.mark.parametrize(("told", "one_event"), [
    ("The cast of Harbour Lights will take a final bow at the Lyric on 16 January.", True),
    ("The cast of Harbour Lights will take a bow at the Lyric on 16 January.", False),
])
def test_two_days_set_for_the_last_of_a_run_name_one_coming_event(
    facts_factory: Factory, told: str, one_event: bool
) -> None:
    """ "The last performance ... on 9 January" and "a final bow on 16 January" share few
    words, but both set the day of the last of the run: one coming event, two days."""
    first = facts_factory(
        "Harbour Lights will close at the Lyric, with its last performance on 9 January.",
        outlet="Theatre", published="2027-11-02",
        dates=(("9 January", "2028-01-09", "2028-01-09", "day"),),
    )
    second = facts_factory(told, outlet="Tabloid", published="2027-11-03",
                           dates=(("16 January", "2028-01-16", "2028-01-16", "day"),))
    from collections import defaultdict

    index = build_index([first, second])
    m, n = (next(x for x in index.mentions if x.text == t) for t in ("9 January", "16 January"))
    reasons = align_mod._score(index, m, n, defaultdict(int)).reasons
    assert ("both clauses set the same coming event" in reasons) is one_event


def _read_conflicts(first: str, second: str) -> list[str]:
    return [f.explanation for f in read_conflicts(first, second)]


WETTEST = ("LARNE — Walkers had their wettest spring since the Fellside Path Survey began in "
           "2012, the ramblers' club said today.")


def test_years_a_verb_of_starting_gives_to_two_different_things_do_not_meet() -> None:
    # the survey began in 2012, the rain gauges in 1901: the same verb of starting, said of
    # two things, though the sentences open alike
    records = ("LARNE — Rainfall this spring was the heaviest since the county's rain gauges "
               "began in 1901, the ramblers' club said.")
    assert _read_conflicts(WETTEST, records) == []
    # the same thing begun in two years still conflicts
    found = _read_conflicts(WETTEST, WETTEST.replace("2012", "2010"))
    assert len(found) == 1 and "2010" in found[0] and "2012" in found[0]


def test_a_short_name_and_its_common_noun_are_one_thing() -> None:
    # "Hollin" stands for "Hollin Brewery plc", so "the brewery" begun in another year is the
    # same thing begun, not another
    found = _read_conflicts(
        "Hollin Brewery plc was sold on Monday to a drinks group. Hollin was founded in 1790 "
        "and employs 300 people.",
        "Grandvale agreed to buy Hollin Brewery plc on Monday. The brewery, founded in 1797 by "
        "a miller, runs two kettles.",
    )
    assert len(found) == 1 and "1790" in found[0] and "1797" in found[0]
