"""Temporal expressions resolved against the publication date (texts written for counterpoint)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.facts.dates import find_dates, resolve_text
from counterpoint.model import TimeRef

PUB = dt.date(2021, 3, 2)  # a Tuesday


@pytest.fixture(scope="module")
def dates_of(spacy_nlp: Any) -> Any:
    def run(text: str, published: dt.date | None = PUB) -> dict[str, TimeRef]:
        return {r.text: r for r in find_dates(spacy_nlp(text), published)}

    return run


def _interval(ref: TimeRef) -> tuple[str | None, str | None, str]:
    return ref.start, ref.end, ref.precision


@pytest.mark.parametrize(
    ("text", "expr", "expected"),
    [
        ("The envoy left the capital on March 18, 2021, by train.", "March 18, 2021",
         ("2021-03-18", "2021-03-18", "day")),
        ("Staff crossed the bridge on Feb. 26 with their luggage.", "Feb. 26",
         ("2021-02-26", "2021-02-26", "day")),
        ("The port was closed in August 2020 after a storm.", "August 2020",
         ("2020-08-01", "2020-08-31", "month")),
        ("Grain imports fell sharply last year.", "last year",
         ("2020-01-01", "2020-12-31", "year")),
        ("Several missions shut in the first half of last year.", "the first half of last year",
         ("2020-01-01", "2020-06-30", "season")),
        ("The famine of the 1990s is still remembered.", "the 1990s",
         ("1990-01-01", "1999-12-31", "decade")),
        ("Talks stalled in the summer of 2020.", "the summer of 2020",
         ("2020-06-01", "2020-08-31", "season")),
        ("Flights may resume at the beginning of April 2021, officials hope.",
         "the beginning of April 2021", ("2021-04-01", "2021-04-10", "week")),
        ("Output recovered in early 2020.", "early 2020", ("2020-01-01", "2020-04-30", "season")),
        ("The governor resigned yesterday.", "yesterday", ("2021-03-01", "2021-03-01", "day")),
        ("Prices rose again last week.", "last week", ("2021-02-22", "2021-02-28", "week")),
        ("The ship docked two days ago.", "two days ago", ("2021-02-28", "2021-02-28", "day")),
        ("The quay gave way a fortnight ago.", "a fortnight ago",
         ("2021-02-15", "2021-02-21", "week")),
        ("Rations were cut this month.", "this month", ("2021-03-01", "2021-03-31", "month")),
        ("Elections are due next year.", "next year", ("2022-01-01", "2022-12-31", "year")),
        ("Trade shrank compared to 2019.", "2019", ("2019-01-01", "2019-12-31", "year")),
        # a span of days is one interval, not one day (and not a count of its first day)
        ("The fair ran between 19 and 21 February in the old hall.", "19 and 21 February",
         ("2021-02-19", "2021-02-21", "week")),
        ("Crews worked 24-26 February to clear the line.", "24-26 February",
         ("2021-02-24", "2021-02-26", "week")),
        ("The summit is set for April 12 to 14, 2022.", "April 12 to 14, 2022",
         ("2022-04-12", "2022-04-14", "week")),
        ("Sales slumped from 1 to 20 February.", "1 to 20 February",
         ("2021-02-01", "2021-02-20", "month")),
        # a past span of weekdays ends on or before publication (a Tuesday); a future one
        # starts on its first day
        ("The helpline took 900 calls between Thursday and Sunday.", "between Thursday and Sunday",
         ("2021-02-25", "2021-02-28", "week")),
        ("Inspectors will visit from Thursday to Saturday.", "from Thursday to Saturday",
         ("2021-03-04", "2021-03-06", "week")),
        # a day written as an ordinal word, with "the" and "of"
        ("The new tolls are charged from the second of May.", "the second of May",
         ("2021-05-02", "2021-05-02", "day")),
        ("The pier reopens on the Twenty First of June 2022.", "the Twenty First of June 2022",
         ("2022-06-21", "2022-06-21", "day")),
    ],
)
def test_expression_resolves_to_interval(
    dates_of: Any, text: str, expr: str, expected: tuple[str, str, str]
) -> None:
    found = dates_of(text)
    assert expr in found, found
    assert _interval(found[expr]) == expected


def test_yearless_date_after_publication_in_past_tense_is_last_year(dates_of: Any) -> None:
    found = dates_of("Protesters marched on Dec. 28 and were dispersed.", dt.date(2023, 1, 4))
    assert _interval(found["Dec. 28"]) == ("2022-12-28", "2022-12-28", "day")


def test_weekday_follows_tense(dates_of: Any) -> None:
    friday = dt.date(2024, 3, 8)
    past = dates_of("The ministers met on Tuesday in Vienna.", friday)
    future = dates_of("The ministers will meet on Tuesday in Vienna.", friday)
    assert past["Tuesday"].start == "2024-03-05"
    assert future["Tuesday"].start == "2024-03-12"


@pytest.mark.parametrize(
    "text",
    ["The race will be re-run on Tuesday.", "The board said the race would be re-run on Tuesday."],
)
def test_a_prefixed_verb_keeps_its_auxiliaries_for_the_tense(dates_of: Any, text: str) -> None:
    # the model splits "re-run" and hangs "run" apart from "will be": still the future
    assert dates_of(text, dt.date(2024, 3, 8))["Tuesday"].start == "2024-03-12"


def test_durations_and_false_dates_are_not_dates(dates_of: Any) -> None:
    text = ("After a two-week quarantine and a 34-hour trip, staff stayed for two or three weeks "
            "in the diplomatic quarter; over the past 12 to 18 months wages fell.")
    assert dates_of(text) == {}


def test_vague_and_anaphoric_expressions_stay_unresolved(dates_of: Any) -> None:
    found = dates_of("At the moment no trains run; the convoy arrived and left the next day.")
    assert _interval(found["At the moment"]) == (None, None, "unknown")
    assert _interval(found["the next day"]) == (None, None, "unknown")
    later = dates_of("The accord was signed in 2015, in the summer of that year.")
    assert _interval(later["the summer of that year"]) == (None, None, "unknown")
    assert _interval(later["2015"]) == ("2015-01-01", "2015-12-31", "year")


def test_without_publication_date_only_absolute_expressions_resolve(dates_of: Any) -> None:
    found = dates_of("The law passed last year, on Feb. 26, and took effect in May 2019.", None)
    assert _interval(found["last year"]) == (None, None, "unknown")
    assert _interval(found["Feb. 26"]) == (None, None, "unknown")
    assert _interval(found["May 2019"]) == ("2019-05-01", "2019-05-31", "month")


def test_items_are_sorted_and_carry_their_sentence(dates_of: Any, spacy_nlp: Any) -> None:
    text = "The border closed in January 2020. It reopened on Feb. 3 for a day."
    refs = find_dates(spacy_nlp(text), PUB)
    assert [r.text for r in refs] == ["January 2020", "Feb. 3"]
    assert text[slice(*refs[1].sentence)].startswith("It reopened")


def test_grammar_alone_handles_parts_seasons_and_ranges() -> None:
    got = {r.text: _interval(r) for r in resolve_text(
        "From 2011-2012 to mid-2019, in late February and during the winter of 2020-21.", PUB)}
    assert got["2011-2012"] == ("2011-01-01", "2012-12-31", "year")
    assert got["mid-2019"] == ("2019-05-01", "2019-08-31", "season")
    assert got["late February"] == ("2021-02-21", "2021-02-28", "week")
    assert got["the winter of 2020-21"] == ("2020-12-01", "2021-02-28", "season")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200),
       st.sampled_from([None, PUB]))
def test_grammar_never_raises_and_spans_match(text: str, published: dt.date | None) -> None:
    refs = resolve_text(text, published)
    assert refs == resolve_text(text, published)
    for ref in refs:
        assert 0 <= ref.span[0] < ref.span[1] <= len(text)
        assert text[ref.span[0]:ref.span[1]] == ref.text
        assert (ref.start is None) == (ref.end is None) == (ref.precision == "unknown")
        assert ref.start is None or ref.start <= ref.end


@settings(max_examples=25, deadline=None)
@given(st.one_of(
    st.lists(st.sampled_from([
        "Feb. 29", "on Monday", "the 1990s", "last summer", "two days ago", "May", "in May",
        "2020", "12 to 18 months", "the end of", "early", "March 18, 2021", "“", "\n\n", ", ",
        "x", "the first half of", "in 1999", "Q4 2019", "31 April 2020", "the 0s",
    ]), max_size=12).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120),
))
def test_parsed_text_never_raises_and_is_deterministic(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    refs = find_dates(doc, PUB)
    assert refs == find_dates(doc, PUB)
    for ref in refs:
        assert text[ref.span[0]:ref.span[1]] == ref.text
        assert ref.sentence[0] <= ref.span[0] <= ref.sentence[1]


def test_weekday_in_a_participle_clause_takes_the_governing_tense(dates_of: Any) -> None:
    wednesday = dt.date(2026, 8, 26)
    found = dates_of("The men trapped by Saturday night's rockfall walked out of the mine.",
                     wednesday)
    assert found["Saturday night"].start == "2026-08-22"
    # no tense at all: a weekday of the past few days is that one, not the coming one
    found = dates_of("Saturday's rockfall: the full story.", wednesday)
    assert found["Saturday"].start == "2026-08-22"
    # a future tense still looks ahead
    found = dates_of("The inquiry will open on Saturday in Dunmara.", wednesday)
    assert found["Saturday"].start == "2026-08-29"


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("The plant opened forty-eight years ago.", "forty-eight years ago", "1978-01-01"),
        ("It happened twenty-one days ago.", "twenty-one days ago", "2026-04-03"),
        ("The mill shut fifteen years ago.", "fifteen years ago", "2011-01-01"),
    ],
)
def test_ago_with_compound_number_words(text: str, surface: str, start: str) -> None:
    refs = resolve_text(text, dt.date(2026, 4, 24))
    assert [(r.text, r.start) for r in refs] == [(surface, start)]


def test_a_possessive_weekday_naming_an_event_ignores_the_clause_tense(dates_of: Any) -> None:
    thursday = dt.date(2026, 2, 26)
    found = dates_of("On the strength of Tuesday's vote, every homeowner will be paying more "
                     "from April.", thursday)
    assert found["Tuesday"].start == "2026-02-24"
    found = dates_of("The buyer will pay $47.50 a share, a 35 percent premium over Friday's "
                     "close.", dt.date(2026, 2, 23))
    assert found["Friday"].start == "2026-02-20"
    # a word that places the event ahead, or the event as the clause's subject, keeps the tense
    found = dates_of("Unions will march ahead of Tuesday's vote.", thursday)
    assert found["Tuesday"].start == "2026-03-03"
    found = dates_of("Monday's vote will decide the budget.", thursday)
    assert found["Monday"].start == "2026-03-02"


def test_a_past_action_at_a_possessive_weekday_event_places_it_behind(dates_of: Any) -> None:
    """"weighed 412kg at Thursday's show" in Wednesday's paper: the weighing is past, so the
    show it took place at is last Thursday, not tomorrow."""
    wednesday = dt.date(2026, 2, 25)
    found = dates_of("The marrow weighed 412kg at Thursday's show in the village hall.",
                     wednesday)
    assert found["Thursday"].start == "2026-02-19"
    # only a past action places it: a future one still looks ahead
    found = dates_of("The marrow will be weighed at Thursday's show.", wednesday)
    assert found["Thursday"].start == "2026-02-26"


def test_between_two_months_is_the_period_they_bound(dates_of: Any) -> None:
    june = dt.date(2026, 6, 9)
    found = dates_of("Only 58% of patients between November and January were seen within "
                     "four hours.", june)
    assert _interval(found["between November and January"]) == (
        "2025-11-01", "2026-01-31", "month")
    found = dates_of("Prices will be frozen between July and September.", june)
    assert _interval(found["between July and September"]) == (
        "2026-07-01", "2026-09-30", "month")


def test_a_verb_joined_by_and_shares_the_first_verbs_future(dates_of: Any) -> None:
    """ "will close the lido and reopen it on 3 March": the second verb has no auxiliary of
    its own, so "will" tells its tense too and the day lies ahead; in the past it lies
    behind."""
    may = dt.date(2030, 5, 12)
    found = dates_of("The council will close the lido for repairs and reopen it on 3 March.",
                     may)
    assert _interval(found["3 March"]) == ("2031-03-03", "2031-03-03", "day")
    found = dates_of("The council closed the lido for repairs and reopened it on 3 March.",
                     may)
    assert _interval(found["3 March"]) == ("2030-03-03", "2030-03-03", "day")


def test_two_months_before_one_year_share_it(dates_of: Any) -> None:
    """ "in June and July 2029": the year written after the second month is the first's
    too, one span of two months, however long ago; a span over the new year starts in the
    year before."""
    found = dates_of("The pilot scheme ran in June and July 2029 in three districts.",
                     dt.date(2031, 3, 4))
    assert _interval(found["June and July 2029"]) == ("2029-06-01", "2029-07-31", "month")
    found = dates_of("The pass was shut from November to January 2030 by snow.",
                     dt.date(2031, 3, 4))
    assert _interval(found["November to January 2030"]) == (
        "2029-11-01", "2030-01-31", "month")


def test_a_time_limit_lies_ahead_of_a_perfect_tense(dates_of: Any) -> None:
    june = dt.date(2026, 6, 10)
    found = dates_of("The commission has given the trust until the end of August to show "
                     "that patients are moving more quickly.", june)
    assert found["the end of August"].start.startswith("2026-08")
    # a period that ran until a past month stays in the past
    found = dates_of("He has lived there until August.", june)
    assert found["August"].start.startswith("2025-08")


def test_a_past_participle_set_off_by_commas_tells_of_something_done(dates_of: Any) -> None:
    thursday = dt.date(2026, 6, 11)
    found = dates_of("The commission's report on the trust, published on Tuesday, will be read "
                     "mostly for its emergency findings.", thursday)
    assert found["Tuesday"].start == "2026-06-09"
    # a present participle keeps the clause's future
    found = dates_of("The strike, starting on Monday, will close the port.", thursday)
    assert found["Monday"].start == "2026-06-15"


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("The college ran a deficit of £12m in 2025-26, its worst.", "2025-26", "2025-01-01",
         "2026-12-31"),
        ("The 2019/20 season ended early.", "2019/20", "2019-01-01", "2020-12-31"),
        ("Accounts for 1999-00 showed a profit.", "1999-00", "1999-01-01", "2000-12-31"),
    ],
)
def test_a_split_year_spans_both_years(text: str, surface: str, start: str, end: str) -> None:
    refs = {r.text: r for r in resolve_text(text, PUB)}
    assert (refs[surface].start, refs[surface].end, refs[surface].precision) == (
        start, end, "year"
    )


def test_a_split_year_must_run_into_the_next_year() -> None:
    # "2025-27" is no financial year: only the first year is read
    assert [r.text for r in resolve_text("Spending in 2025-27 rose.", PUB)] == ["2025"]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "precision"),
    [
        ("The boiler was last serviced in October last year.", "October last year",
         "2020-10-01", "2020-10-31", "month"),
        ("Its licence was renewed in January this year.", "January this year", "2021-01-01",
         "2021-01-31", "month"),
        ("The depot closed on 14 August last year.", "14 August last year", "2020-08-14",
         "2020-08-14", "day"),
        ("The works end on Friday, July 9 next year.", "Friday, July 9 next year", "2022-07-09",
         "2022-07-09", "day"),
    ],
)
def test_a_month_or_day_of_a_year_told_from_today_is_one_date(
    text: str, surface: str, start: str, end: str, precision: str
) -> None:
    # one date of the year before (this, the next), not a month of this year beside "last year"
    refs = {r.text: r for r in resolve_text(text, PUB)}
    assert (refs[surface].start, refs[surface].end, refs[surface].precision) == (
        start, end, precision
    )


@pytest.mark.parametrize(
    ("text", "expr", "expected"),
    [
        # placed by the tense: a plan ahead, an event behind
        ("The pier is due to be repaired by Christmas, the council said.", "Christmas",
         ("2021-12-25", "2021-12-25", "day")),
        ("The pier was repaired by Christmas, the council said.", "Christmas",
         ("2020-12-25", "2020-12-25", "day")),
        ("The ferry sank on Boxing Day with two crew on board.", "Boxing Day",
         ("2020-12-26", "2020-12-26", "day")),
        ("Crowds gathered on New Year’s Eve in the square.", "New Year’s Eve",
         ("2020-12-31", "2020-12-31", "day")),
        # the first of January, and a count may follow it at once
        ("By New Year nine yachts had pulled out of the race.", "New Year",
         ("2021-01-01", "2021-01-01", "day")),
        # Easter moves: 4 April in 2021, 21 April in 2030
        ("The lido will open again at Easter.", "Easter", ("2021-04-04", "2021-04-04", "day")),
        ("The lido will open again at Easter 2030.", "Easter 2030",
         ("2030-04-21", "2030-04-21", "day")),
        ("The line closed over Good Friday, the operator said.", "Good Friday",
         ("2020-04-10", "2020-04-10", "day")),
    ],
)
def test_named_holidays(
    dates_of: Any, text: str, expr: str, expected: tuple[str, str, str]
) -> None:
    assert _interval(dates_of(text)[expr]) == expected


def test_an_infinitive_planned_ahead_is_in_the_future(dates_of: Any) -> None:
    # nearest to a publication in early March, November would be last November; planned,
    # it is ahead
    assert _interval(dates_of("The bridge is expected to reopen in November.")["November"]) == (
        "2021-11-01", "2021-11-30", "month")
    assert _interval(dates_of("The bridge was expected to reopen in November.")["November"]) == (
        "2020-11-01", "2020-11-30", "month")


def test_a_plan_told_after_it_lapsed_takes_the_nearest_day(dates_of: Any) -> None:
    # "was to have started on 19 March" in a report of the 12th: a plan for the coming week, not
    # a day of last year; a perfect infinitive after a verb of belief still tells of the past
    thursday = dt.date(2026, 3, 12)
    lapsed = dates_of("The festival was to have started on 19 March but is now off.", thursday)
    assert lapsed["19 March"].start == "2026-03-19"
    due = dates_of("The race had been due to have finished on 19 March.", thursday)
    assert due["19 March"].start == "2026-03-19"
    believed = dates_of("The painter is thought to have died on 19 March.", thursday)
    assert believed["19 March"].start == "2025-03-19"


def test_last_weekday_is_not_yesterday(dates_of: Any) -> None:
    # published on a Tuesday: the day before would be "yesterday", so "last Monday" is the
    # Monday of the week before; "last Sunday" is two days back
    assert _interval(dates_of("The board met last Monday.")["last Monday"]) == (
        "2021-02-22", "2021-02-22", "day")
    assert _interval(dates_of("The board met last Sunday.")["last Sunday"]) == (
        "2021-02-28", "2021-02-28", "day")
    assert _interval(dates_of("The board met last Tuesday.")["last Tuesday"]) == (
        "2021-02-23", "2021-02-23", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers crowded the Christmas market in the square.",
        "The roof fell in just before Christmas.",
        "Lights went up for Christmas shoppers on the high street.",
        "Friends met at New Year's Day brunches all over town.",
    ],
)
def test_a_holiday_naming_a_thing_or_a_span_is_no_date(dates_of: Any, text: str) -> None:
    assert dates_of(text) == {}


def test_a_day_and_a_count_after_a_month_are_no_span(dates_of: Any) -> None:
    found = dates_of("She was hurt on March 1 and 12 others were treated.")
    assert _interval(found["March 1"]) == ("2021-03-01", "2021-03-01", "day")
    # the tail of a larger figure is no first day of a span
    found = dates_of("Sales reached 1,125-27 February, the board said.")
    assert not any("125" in text or text.startswith("25") for text in found)


def test_an_ordinal_word_without_the_and_of_is_no_day(dates_of: Any) -> None:
    # "the first April" is the first of several Aprils, not a day
    found = dates_of("The pier was busiest in the first April after it reopened.")
    assert not any(ref.precision == "day" for ref in found.values()), found


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the end, placed alone, would fall in the year before the start
    ("Riders are barred from the dunes from 1 June to 31 August, the council said.",
     dt.date(2031, 2, 10), {"1 June": "2031-06-01", "31 August": "2031-08-31"}),
    ("The works on the quay run from November to March.", dt.date(2031, 7, 10),
     {"November": "2031-11-01", "March": "2032-03-01"}),
    ("Ferries will not sail between 20 December and 5 January.", dt.date(2031, 7, 10),
     {"20 December": "2031-12-20", "5 January": "2032-01-05"}),
    # a month moved into a leap year ends on its last day
    ("The works on the quay run from November to February.", dt.date(2031, 7, 10),
     {"November": "2031-11-01", "February": "2032-02-01"}),
    # only the end's year is written: the start moves back
    ("The pier was shut from November until 4 February 2031.", dt.date(2031, 12, 10),
     {"November": "2030-11-01", "4 February 2031": "2031-02-04"}),
])
def test_the_end_of_a_span_of_dates_follows_its_start(
    dates_of: Any, text: str, published: dt.date, expected: dict[str, str]
) -> None:
    got = dates_of(text, published)
    assert {k: got[k].start for k in expected} == expected
    assert all(got[k].start <= got[k].end for k in expected)  # type: ignore[operator]
    if "February" in got:
        assert got["February"].end == "2032-02-29"
