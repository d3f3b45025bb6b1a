"""find_quantities on sentences written for these tests: values, units, intervals, changes,
counted nouns, and the numbers that are not quantities."""

from __future__ import annotations

import pytest

from counterpoint.facts.quantities import find_quantities
from counterpoint.model import Quantity
from counterpoint.settings import DEFAULT, Settings


def _find(nlp, text: str, exclude=()) -> tuple[Quantity, ...]:  # type: ignore[no-untyped-def]
    return find_quantities(nlp(text), exclude)


def _only(nlp, text: str) -> Quantity:  # type: ignore[no-untyped-def]
    found = _find(nlp, text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# (sentence, quantity text, value, unit, dimension, qualifier, change, counted)
CASES = [
    ("Households drew an average of 1,290 megalitres from the river in the dry spell.",
     "an average of 1,290 megalitres", 1290.0, "megaliter", "volume", "approx", None, None),
    ("The cellar holds 4,800 hectolitres of cider.", "4,800 hectolitres",
     4800.0, "hectoliter", "volume", "exact", None, None),
    ("Regulars drank 9,000 pints at the fair.", "9,000 pints",
     9000.0, "pint", "volume", "exact", None, None),
    ("The envoys walked about a mile and a half to the bridge.", "about a mile and a half",
     1.5, "mile", "length", "approx", None, None),
    ("The cart rolled barely a kilometer before it stopped.", "barely a kilometer",
     1.0, "kilometer", "length", "at_most", None, None),
    ("The bid fell just short: just under 30 tonnes were sold.", "just under 30 tonnes",
     30.0, "metric ton", "mass", "at_most", None, None),
    ("Half a mile of the levee gave way overnight.", "Half a mile",
     0.5, "mile", "length", "exact", None, None),
    ("Fewer than 400 foreigners stayed in the capital.", "Fewer than 400 foreigners",
     400.0, None, "count", "at_most", None, "foreigner"),
    ("The consulates of 15 countries were shut in May.", "15 countries",
     15.0, None, "count", "exact", None, "country"),
    ("Roughly two dozen volunteers cleared the road.", "Roughly two dozen volunteers",
     24.0, None, "count", "approx", None, "volunteer"),
    # a bare number after a place people live in counts its people
    ("Fenmoor, a town of 12,000, lost power at dawn.", "12,000",
     12000.0, None, "count", "exact", None, "people"),
    ("The republic of four million went to the polls.", "four million",
     4e6, None, "count", "exact", None, "people"),
    # ... and after a gathering, the people in it
    ("Crowds of 20,000 lined the parade route.", "20,000",
     20000.0, None, "count", "exact", None, "people"),
    ("The choir sang to an audience of 900.", "900",
     900.0, None, "count", "exact", None, "people"),
    ("The seven weary Swiss climbers were rescued.", "seven weary Swiss climbers",
     7.0, None, "count", "exact", None, "climber"),
    ("Three chargés d'affaires attended the briefing.", "Three chargés d'affaires",
     3.0, None, "count", "exact", None, "chargé d'affaires"),
    ("Investigators made the grueling 27-hour drive north.", "27-hour",
     27.0, "hour", "time", "exact", None, None),
    ("Arrivals face a three-week quarantine at the border.", "three-week",
     3.0, "week", "time", "exact", None, None),
    ("Pilgrims set off on the two-and-a-half-mile climb at dawn.", "two-and-a-half-mile",
     2.5, "mile", "length", "exact", None, None),
    ("The jury sat for four-and-a-quarter hours.", "four-and-a-quarter hours",
     4.25, "hour", "time", "exact", None, None),
    ("The last bus leaves three quarters of an hour after sunset.", "three quarters of an hour",
     0.75, "hour", "time", "exact", None, None),
    ("The towpath runs for two thirds of a mile.", "two thirds of a mile",
     2 / 3, "mile", "length", "exact", None, None),
    ("Regulators ordered a month-long halt to night flights.", "a month",
     1.0, "month", "time", "exact", None, None),
    ("Dockers began a week-long stoppage at the port.", "a week",
     1.0, "week", "time", "exact", None, None),
    ("Exports plummeted 64 percent compared with the prior year.", "64 percent",
     64.0, "percent", "percent", "exact", "down", None),
    ("Shares rose 5% in early trading.", "5%", 5.0, "percent", "percent", "exact", "up", None),
    ("The automaker will cut 2,400 jobs.", "2,400 jobs",
     2400.0, None, "count", "exact", "down", "job"),
    ("The refit will take 10 to 14 months.", "10 to 14 months",
     12.0, "month", "time", "range", None, None),
    ("The loan is worth $3.4 billion.", "$3.4 billion",
     3.4e9, "USD", "currency", "exact", None, None),
    ("The league paid £600m for the rights.", "£600m",
     6e8, "GBP", "currency", "exact", None, None),
    ("A coffee costs 4,800 won in central Seoul.", "4,800 won",
     4800.0, "KRW", "currency", "exact", None, None),
    ("The thermometer showed minus 18 degrees Celsius.", "minus 18 degrees Celsius",
     -18.0, "degree Celsius", "temperature", "exact", None, None),
    ("Nearly 30 tonnes of grain spilled.", "Nearly 30 tonnes",
     30.0, "metric ton", "mass", "approx", None, None),
    ("More than 5,000 people joined the march.", "More than 5,000 people",
     5000.0, None, "count", "at_least", None, "people"),
    ("The ferry takes up to 1,500 passengers.", "up to 1,500 passengers",
     1500.0, None, "count", "at_most", None, "passenger"),
    ("Tens of thousands of families fled the floods.", "Tens of thousands",
     10000.0, None, "count", "range", None, "family"),
    ("The pier will close for a fortnight from Monday.", "a fortnight",
     1.0, "fortnight", "time", "exact", None, None),
    ("The 19-year-old signed with the club.", "19-year-old",
     19.0, "year", "age", "exact", None, None),
    # an age written in words after a name, as tabloids write it
    ("Corrigan, forty-three, was arrested at the docks.", "forty-three",
     43.0, "year", "age", "exact", None, None),
    ("The storm brought winds of 130 mph.", "130 mph",
     130.0, "mile per hour", "speed", "exact", None, None),
    ("Only nine ambassadors remain in the city.", "Only nine ambassadors",
     9.0, None, "count", "exact", None, "ambassador"),
    ("One diplomatic source confirmed the move.", "One diplomatic source",
     1.0, None, "count", "exact", None, "source"),
    # two modifiers joined by "and" before the counted noun
    ("The archive holds 64 early and late ledgers.", "64 early and late ledgers",
     64.0, None, "count", "exact", None, "ledger"),
    ("Divers lifted 212 copper and tin ingots from the wreck.", "212 copper and tin ingots",
     212.0, None, "count", "exact", None, "ingot"),
    # a list of modifiers whose first word the parser takes for the counted noun
    ("The 318 bus, tram and ferry timetables will be reprinted.",
     "318 bus, tram and ferry timetables", 318.0, None, "count", "exact", None, "timetable"),
    # "under" before a compound measure that describes a noun is a preposition, no bound
    ("Tenants farm the land under 15-year leases.", "15-year",
     15.0, "year", "time", "exact", None, None),
    # whole digits with a vulgar fraction, apart from the unit, glued to it, or hyphened
    ("The ramblers covered 3½ miles before lunch.", "3½ miles",
     3.5, "mile", "length", "exact", None, None),
    ("The seedling was 4¾in tall by June.", "4¾in",
     4.75, "inch", "length", "exact", None, None),
    ("Walkers joined the 6½-mile loop at noon.", "6½-mile",
     6.5, "mile", "length", "exact", None, None),
]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "dimension", "qualifier", "change", "counted"), CASES
)
def test_quantity_is_read(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence, text, value, unit, dimension, qualifier, change, counted
) -> None:
    q = _only(spacy_nlp, sentence)
    assert (q.text, q.unit, q.dimension, q.qualifier, q.change, q.counted) == (
        text, unit, dimension, qualifier, change, counted)
    assert q.value == pytest.approx(value)
    assert sentence[q.span[0]:q.span[1]] == q.text
    assert q.sentence == (0, len(sentence))


NOT_QUANTITIES = [
    "First, the ministry will review the decision.",
    "The treaty was signed on March 3, 2019, in Geneva.",
    "The flights resumed on Feb. 26 after a pause.",
    "In the 1990s the region suffered a severe famine.",
    "An accountant and an interpreter were the only staff left.",
    "Kim Jong-un met the visiting envoy.",
    "G7 ministers met after the COVID-19 outbreak.",
    "The Boeing 737 was grounded after the incident.",
    "For tips, call the hotline at 555-0142.",
    "The third round of talks will be held in Vienna.",
    "One of them said the talks had stalled.",
    "If one does not know the details, the story looks odd.",
    "The team won 3-1 after extra time.",
    "The meeting starts at 10:30 a.m. in Room 4.",
    "Article 5 has been invoked only once.",
    "He finished second in the 2022 World Cup.",
    # times of day told in words
    "The walkers called for help at about half past six on Saturday evening.",
    "The ferry left at a quarter to seven and docked at ten past nine.",
    "The fire began at twenty minutes to five this morning.",
    # "at one point" (a moment) and "up to a point" (partly) are no scores
    "At one point the queue reached the end of the pier.",
    "The minister agreed with the critics up to a point.",
    # telephone numbers: after a verb of calling, the groups after a leading-zero code, or
    # after "hotline"
    "Emergency calls to 112 kept working through the outage.",
    "A passer-by dialled 999 from the towpath.",
    "Anyone with information should ring 0800 214 377.",
    "The council's hotline 116 is open all night.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_a_quantity(spacy_nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [q.text for q in _find(spacy_nlp, sentence)] == []


def test_a_count_after_a_verb_of_calling_is_still_a_count(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "The depot called 300 drivers back and rang 12 suppliers.")
    assert [(q.text, q.counted) for q in found] == [
        ("300 drivers", "driver"), ("12 suppliers", "supplier")]


def test_a_fall_from_minutes_to_minutes_is_no_time_of_day(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "twelve minutes to eight" alone is a time of day; with a unit after the hour it is a span
    found = _find(spacy_nlp, "The wait at the gates fell from 12 minutes to eight minutes.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("12 minutes", 12.0, "minute"), ("eight minutes", 8.0, "minute")]


def test_a_verb_of_change_hyphened_to_a_word_before_is_no_change(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """"a jaw-dropping 14ft": "dropping" is half of an adjective, and the height no fall."""
    found = _find(spacy_nlp, "She won by clearing a jaw-dropping 14ft 2in at the meet.")
    assert [(q.text, q.change) for q in found] == [("14ft", None), ("2in", None)]
    (fell,) = _find(spacy_nlp, "The bar was dropped 2in after her first try.")
    assert fell.change == "down"


def test_the_level_after_a_change_takes_the_unit_of_the_level_before(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "The queue at the lock fell from 40 minutes to barely ten.")
    assert [(q.text, q.unit) for q in found] == [
        ("40 minutes", "minute"), ("barely ten", "minute")]
    # a noun after the second number counts something else
    found = _find(spacy_nlp, "The club grew from 40 members to 70 volunteers.")
    assert [q.unit for q in found] == [None, None]


def test_two_or_three_weeks_share_the_unit(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "Evacuees wait two or three weeks in quarantine.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("two", 2.0, "week"), ("three weeks", 3.0, "week")]


def test_level_after_to_is_not_a_change(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "Oil fell 2.3 percent to $81.40 a barrel.")
    assert [(q.text, q.change, q.unit) for q in found] == [
        ("2.3 percent", "down", "percent"), ("$81.40 a barrel", None, "USD per barrel")]


def test_a_fare_each_way_is_no_rate(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "A return costs £14 and a ticket £8.20 each way, or £3 a day to park.")
    assert [(q.text, q.unit) for q in found] == [
        ("£14", "GBP"), ("£8.20", "GBP"), ("£3 a day", "GBP per day")]


def test_a_unit_abbreviation_in_brackets_does_not_cut_off_the_rate(  # type: ignore[no-untyped-def]
    spacy_nlp,
) -> None:
    found = _find(spacy_nlp, "The plant treats 640 megalitres (ML) per day and stores 90 km (km).")
    assert [(q.text, q.unit) for q in found] == [
        ("640 megalitres (ML) per day", "megaliter per day"), ("90 km", "kilometer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change from one level to another tells two levels, before and after
        ("The ferry fare will climb from €12 to €15 a head in spring.",
         [("€12", 12.0, 12.0), ("€15 a head", 15.0, 15.0)]),
        ("Membership grew steadily from 1,200 to 1,750.",
         [("1,200", 1200.0, 1200.0), ("1,750", 1750.0, 1750.0)]),
        # without a verb of change, "from ... to" is one range
        ("Waiting times run from 12 to 18 months.", [("from 12 to 18 months", 12.0, 18.0)]),
    ],
)
def test_from_one_level_to_another_is_two_levels_not_a_range(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert [(q.text, q.low, q.high) for q in _find(spacy_nlp, text)] == expected


def test_the_level_a_change_starts_from_keeps_the_period_of_the_new_level(  # type: ignore[no-untyped-def]
    spacy_nlp,
) -> None:
    found = _find(spacy_nlp, "Allotment rents climbed from £40 to £52 a week.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("£40", 40.0, "GBP per week"), ("£52 a week", 52.0, "GBP per week")]


def test_up_by_is_a_change_even_after_a_phrasal_verb(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "The toll is going up by 40 cents to €2.10 next month.")
    assert [(q.text, q.change) for q in found] == [("40 cents", "up"), ("€2.10", None)]
    # "gave up" with no "by" stays a plain count
    assert _only(spacy_nlp, "The defence gave up 517 yards.").change is None


def test_a_clause_without_its_verb_keeps_the_direction(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """ "and staff turnover by 45%" leaves out "fell": the 45% is a fall too, not a level."""
    found = _find(spacy_nlp, "Absences fell by 30% and staff turnover by 45%, the auditors said.")
    assert [(q.text, q.change) for q in found] == [("30%", "down"), ("45%", "down")]


@pytest.mark.parametrize(
    ("text", "change", "si_value"),
    [
        # a rise or fall of a temperature is a step on its scale: 18F is 10 kelvin, not a
        # reading of 18F (265.4 K)
        ("By dusk the air had cooled 18F on the moor.", "down", 10.0),
        ("Overnight the pool warmed by 4C after the pumps came on.", "up", 4.0),
        # the level reached, not a step: after "to a" and its adjectives, below a number's
        # zero, or any figure below zero
        ("Temperatures are expected to rise to a muggy 91F today.", None, 305.928),
        ("Overnight it fell below -31C at the hut.", None, 242.15),
        ("By midnight the gauge had dropped 12 degrees below freezing.", None, 261.15),
    ],
)
def test_a_change_of_temperature_is_a_step_and_a_level_is_a_reading(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, change: str | None, si_value: float
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.change, q.si_unit) == (change, "kelvin")
    assert q.si_value == pytest.approx(si_value)


def test_intervals_follow_the_named_widths(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    s = DEFAULT
    about = _only(spacy_nlp, "The crowd numbered about 200 people.")
    assert (about.low, about.high) == pytest.approx(
        (200 * (1 - s.approx_rel_width), 200 * (1 + s.approx_rel_width)))
    nearly = _only(spacy_nlp, "The crowd numbered nearly 200 people.")
    assert nearly.qualifier == "approx"
    assert (nearly.low, nearly.high) == pytest.approx((200 * (1 - s.near_below_rel_width), 200))
    over = _only(spacy_nlp, "The crowd numbered over 200 people.")
    assert (over.low, over.high) == pytest.approx((200, 200 * s.at_least_high_factor))
    under = _only(spacy_nlp, "The crowd numbered under 200 people.")
    assert (under.low, under.high) == pytest.approx((200 * s.at_most_low_factor, 200))


def test_barely_is_a_tight_upper_bound(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    barely = _only(spacy_nlp, "The cart rolled barely a kilometer before it stopped.")
    assert (barely.qualifier, barely.low, barely.high) == ("at_most", pytest.approx(0.9), 1.0)
    hardly = _only(spacy_nlp, "The crowd numbered hardly 200 people.")
    under = _only(spacy_nlp, "The crowd numbered under 200 people.")
    assert hardly.qualifier == under.qualifier == "at_most"
    assert under.low < hardly.low < hardly.high == under.high == 200


def test_a_length_unit_before_a_word_of_extent_is_one_of_it(  # type: ignore[no-untyped-def]
    spacy_nlp,
) -> None:
    """ "lay a foot deep", "a metre-high wall": a bare "a" is one when a word of extent follows
    the length unit; not before other nouns ("a foot massage") nor other units."""
    for text, surface, unit in (
        ("After the storm the sleet lay a foot deep on the lane.", "a foot", "foot"),
        ("Workers put up a metre-high fence round the pond.", "a metre", "meter"),
        ("The tailback stretched a mile long by noon.", "a mile", "mile"),
    ):
        q = _only(spacy_nlp, text)
        assert (q.text, q.value, q.unit, q.dimension) == (surface, 1.0, unit, "length")
    assert _find(spacy_nlp, "The spa offered him a foot massage after the walk.") == ()
    assert _find(spacy_nlp, "The parcel weighed a kilogram more than the label said.") == ()


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Residents aged 70 and over may apply for the grant.", "70 and over", "at_least"),
        ("A fifth of the village is now 80 or older.", "80 or older", "at_least"),
        ("Children aged four or under ride free on the ferry.", "four or under", "at_most"),
        ("The old chapel seats 300 plus.", "300 plus", "at_least"),
        ("A 40-plus crowd lined the quay.", "40-plus", "at_least"),
    ],
)
def test_a_bound_written_after_the_figure(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, qualifier: str
) -> None:
    q = next(x for x in _find(spacy_nlp, text) if x.text == surface)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Each cart has eight seats plus a luggage rack.", "eight seats"),
        ("Stalls cost £40 plus VAT for the day.", "£40"),
        ("The ferry took 120 plus the crew.", "120"),
    ],
)
def test_plus_that_adds_is_no_bound(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str
) -> None:
    # after a counted noun or a unit, or before a determiner or a noun in the singular,
    # "plus" adds a thing: the figure stays exact
    q = next(x for x in _find(spacy_nlp, text) if x.text == surface)
    assert (q.qualifier, q.low, q.high) == ("exact", q.value, q.value)


def test_number_words_of_a_time_told_in_words_are_no_counts(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "twenty to five" right before a part of the day is a time (the comparison reads it as
    # one); before anything else "N to M" stays a range
    assert not _find(spacy_nlp, "The pier lights went out at twenty to five in the morning.")
    assert [q.text for q in _find(spacy_nlp, "Repairs take five to seven days.")] == [
        "five to seven days"
    ]


def test_a_preposition_opening_its_own_phrase_is_no_bound(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "and over three passes" goes on with a phrase of its own: 12 miles stays exact
    walk = next(x for x in _find(spacy_nlp, "The team walked 12 miles and over three passes.")
                if x.value == 12)
    assert (walk.text, walk.qualifier) == ("12 miles", "exact")


def test_over_after_a_verb_of_extent_is_the_area_covered(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "spread over 12 acres" is the area itself; "burned over 300 hectares" is more than 300
    estate = next(x for x in _find(spacy_nlp, "The orchard estate is spread over 12 acres.")
                  if x.value == 12)
    assert (estate.text, estate.qualifier, estate.high) == ("12 acres", "exact", 12)
    fire = next(x for x in _find(spacy_nlp, "The heath fire burned over 300 hectares.")
                if x.value == 300)
    assert fire.qualifier == "at_least"


def test_a_bound_below_zero_is_an_interval_too(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "below -150C" reaches down as far as "fewer than 400" does, so -196C fits it
    cold = next(x for x in _find(spacy_nlp, "The vials stay below -150C in the store.")
                if x.value == -150)
    assert (cold.qualifier, cold.high) == ("at_most", -150)
    assert cold.low < -196
    assert cold.si_low is not None and cold.si_high is not None and cold.si_low < cold.si_high


@pytest.mark.parametrize(
    ("text", "unit", "si"),
    [
        ("The works supplies 120 Ml/d to the city.", "megaliter per day", 120_000),
        ("Each dose is 5ml of the syrup.", "milliliter", 5e-6),
        ("The glacier front retreats 3 m/yr on average.", "meter per year", 3),
    ],
)
def test_units_of_the_water_industry_and_periods_after_a_slash(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, unit: str, si: float
) -> None:
    q = _only(spacy_nlp, text)
    assert q.unit == unit
    assert q.si_value == pytest.approx(si)


def test_hectares_spaced_from_the_digits(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The marsh covers about 4.5 ha of reed beds.")
    assert (q.text, q.unit) == ("about 4.5 ha", "hectare")
    # at the end of a sentence the full stop, a token of its own, stays out
    q = _only(spacy_nlp, "The new plot is 2 ha.")
    assert (q.text, q.unit) == ("2 ha", "hectare")


def test_a_time_in_spaced_symbols_counts_nothing(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "7 h 48 min 12 s" is no count of "h" or of "min"
    assert not _find(spacy_nlp, "The crossing took 7 h 48 min 12 s in all.")


def test_a_reading_below_zero_keeps_the_sentence_period_out(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The store was kept at -80C.")
    assert (q.text, q.value) == ("-80C", -80)


def test_other_settings_change_the_intervals(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    wide = Settings(
        approx_rel_width=0.3,
        near_below_rel_width=0.2,
        at_least_high_factor=3.0,
        at_most_low_factor=0.25,
    )
    texts = [
        "The crowd numbered about 200 people.",
        "The crowd numbered nearly 200 people.",
        "The crowd numbered over 200 people.",
        "The crowd numbered under 200 people.",
    ]
    got = []
    for text in texts:
        doc = spacy_nlp(text)
        (default,) = find_quantities(doc)
        (changed,) = find_quantities(doc, settings=wide)
        assert (changed.value, changed.qualifier) == (default.value, default.qualifier)
        assert (changed.low, changed.high) != (default.low, default.high)
        got.extend((changed.low, changed.high))
    assert got == pytest.approx([140, 260, 160, 200, 200, 600, 50, 200])


def test_si_values(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    mile = _only(spacy_nlp, "They walked about a mile and a half.")
    assert mile.si_unit == "meter"
    assert mile.si_value == pytest.approx(2414.016)
    assert mile.si_low is not None and mile.si_low < mile.si_value < (mile.si_high or 0)
    money = _only(spacy_nlp, "The fine was €2.5 million.")
    assert (money.si_value, money.si_unit) == (2.5e6, "EUR")
    count = _only(spacy_nlp, "The ward has 40 beds.")
    assert (count.si_value, count.si_unit) == (None, None)
    heat = _only(spacy_nlp, "It was 20°C at noon.")
    assert heat.si_unit == "kelvin"
    assert heat.si_value == pytest.approx(293.15)


@pytest.mark.parametrize(
    ("text", "surface", "dimension", "si_unit", "si_value"),
    [
        ("The coil tripped while it carried 9,400 amps.", "9,400 amps", "current", "ampere",
         9400.0),
        ("The coil tripped at 9.4 kA during the test.", "9.4 kA", "current", "ampere", 9400.0),
        ("The helium was held at 4.5 kelvin.", "4.5 kelvin", "temperature", "kelvin", 4.5),
        ("The gale's centre deepened to 968 hPa by dawn.", "968 hPa", "pressure", "pascal",
         96800.0),
        ("Forecasters put the low at 968 millibars.", "968 millibars", "pressure", "pascal",
         96800.0),
        ("The hose is rated for 150 psi.", "150 psi", "pressure", "pascal", 1034213.6),
        ("The deck was built to bear 5 kilonewtons per square metre.", "5 kilonewtons", "force",
         "newton", 5000.0),
        # data rates in every prefix convert to bits a second, so 2.5 gigabits per second meets
        # 900 megabits per second
        ("The backup radio link carries 2.5 gigabits per second.", "2.5 gigabits per second",
         "data rate", "bit per second", 2.5e9),
        ("The island's trunk was upgraded to 40 Tbps last year.", "40 Tbps", "data rate",
         "bit per second", 4e13),
        ("Dial-up modems topped out at 56 kbps.", "56 kbps", "data rate", "bit per second", 56e3),
        ("The archive already holds 4 petabytes of scans.", "4 petabytes", "data", "byte", 4e15),
        # a computer's speed, with its prefixes: 1.2 petaflops is 1,200 teraflops
        ("The cluster peaks at 3.5 petaflops.", "3.5 petaflops", "computing speed",
         "flop per second", 3.5e15),
        ("Its old rival managed 640 teraflops.", "640 teraflops", "computing speed",
         "flop per second", 6.4e14),
    ],
)
def test_physical_units_beyond_the_everyday_convert(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, dimension: str, si_unit: str, si_value: float
) -> None:
    # an electric current, a pressure or a force read as a bare count never met its other
    # spellings ("11,850 amperes" / "11.2 kA")
    found = _only(spacy_nlp, text)
    assert (found.text, found.dimension, found.si_unit) == (surface, dimension, si_unit)
    assert found.si_value == pytest.approx(si_value, rel=1e-6)


def test_a_rate_converts_its_measure_and_keeps_its_period(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # so that "190 miles a day" and "300 km a day" are one measure
    road = _only(spacy_nlp, "The convoy covered 190 miles a day.")
    assert (road.unit, road.si_unit) == ("mile per day", "meter per day")
    assert road.si_value == pytest.approx(305775.36)
    pump = _only(spacy_nlp, "The new pump moves about 4,000 gallons an hour.")
    assert pump.si_unit == "cubic meter per hour"
    assert pump.si_low is not None and pump.si_high is not None
    assert pump.si_low < pump.si_value < pump.si_high  # type: ignore[operator]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Parking on the quay cost 80p an hour in 1985.", "80p an hour", "penny per hour"),
    ("Diesel was selling at 148p a litre on Friday.", "148p a litre", "penny per liter"),
    ("The mill paid 15p each for the old sacks.", "15p", "penny"),  # no period, no rate
])
def test_pence_glued_to_their_figure_keep_a_rate(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, unit: str
) -> None:
    """ "80p an hour" is a rate, as "£2 an hour" is, though "80p" is one token."""
    found = _only(spacy_nlp, text)
    assert (found.text, found.unit) == (surface, unit)


def test_excluded_spans_yield_nothing(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Within 12 days, 300 people left."
    start = text.index("12 days")
    found = _find(spacy_nlp, text, exclude=[(start, start + len("12 days"))])
    assert [q.text for q in found] == ["300 people"]


def test_results_sorted_and_sentence_spans(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The school has 850 students. It also has 62 teachers and 3 buses."
    found = _find(spacy_nlp, text)
    assert [q.text for q in found] == ["850 students", "62 teachers", "3 buses"]
    second = text.index("It also")
    assert found[0].sentence == (0, second - 1)
    assert found[1].sentence[0] == second


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a heat word in the sentence, no scale named: by the value (above 57 is Fahrenheit)
        ("Thermometers in the port read 43.5 degrees by noon.", "degree Celsius"),
        ("The heat wave pushed the reading to 109 degrees in the valley.", "degree Fahrenheit"),
        # the scale the article names elsewhere wins
        ("It was 31F at dawn. By noon the cold eased to 38 degrees.", "degree Fahrenheit"),
        # an angle word and no weather word: an angle
        ("The crane swung 45 degrees before the cable snapped.", "degree"),
        # neither: news means the weather
        ("Gusts topped 37 mph and a Friday high of 102 degrees.", "degree Fahrenheit"),
    ],
)
def test_bare_degrees_follow_the_context(spacy_nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    last = _find(spacy_nlp, text)[-1]
    assert last.text.endswith("degrees")
    assert last.unit == unit
    assert last.dimension == ("angle" if unit == "degree" else "temperature")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The mill, a 130,000-square-foot building, closed.", "130,000-square-foot", "square foot"),
        ("A 20-square-mile stretch of forest burned.", "20-square-mile", "square mile"),
        ("The 5-kilometre stretch reopened.", "5-kilometre", "kilometer"),
    ],
)
def test_hyphenated_compound_units(spacy_nlp, text: str, surface: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, text)
    assert (q.text, q.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # the tokenizer splits "forty-seven" at the hyphen
        ("Forty-seven passengers were taken to hospital.", "Forty-seven passengers", 47.0, None),
        ("Rescuers reached twenty-one miners overnight.", "twenty-one miners", 21.0, None),
        # rate moves: basis points convert to percentage points; "points" about rates are too
        ("The bank cut its main rate by 25 basis points.", "25 basis points", 25.0, "basis point"),
        ("The bank cut its main rate by a quarter-point.", "a quarter-point", 0.25,
         "percentage point"),
    ],
)
def test_number_words_and_rate_points(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, value: float, unit: str | None
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.value, q.unit) == (surface, value, unit)
    if unit is not None:
        assert q.si_unit == "percentage point"
        assert q.si_value == pytest.approx(0.25)


def test_a_capitalized_identifier_names_a_model_not_a_count(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    assert _find(spacy_nlp, "The Series 7 trains were withdrawn after the crash.") == ()
    assert _only(spacy_nlp, "In the north 300 people fled.").value == 300.0


def test_a_number_after_game_or_move_names_it(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "game 6", "move 41", "lap 12": which game, move or lap, not how many
    found = _find(spacy_nlp, "She won game 6, blundered at move 41 in game two and led after "
                  "lap 12. They played 14 games and 63 moves.")
    assert [(q.text, q.counted) for q in found] == [("14 games", "game"), ("63 moves", "move")]
    # the same words as verbs still count what follows them
    found = _find(spacy_nlp, "The firm will move 300 staff to the new depot.")
    assert [(q.text, q.value) for q in found] == [("300 staff", 300.0)]


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("None of the miners needed treatment in hospital.", "None of the miners", "miner"),
        ("No deaths were reported after the fire.", "No deaths", "death"),
        ("No injured passengers were left on board.", "No injured passengers", "passenger"),
        ("Not one driver has been charged so far.", "Not one driver", "driver"),
        ("Not a single tenant was told of the sale.", "Not a single tenant", "tenant"),
        # nouns tagged singular with a plural verb ("fish have", "sheep were")
        ("No fish have died since the lake was drained.", "No fish", "fish"),
        ("No staff were hurt in the fire, the owners said.", "No staff", "staff"),
    ],
)
def test_none_and_no_count_zero(spacy_nlp, text: str, surface: str, counted: str) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, text)
    assert (q.text, q.value, q.counted, q.dimension) == (surface, 0.0, counted, "count")


def test_no_before_a_singular_subject_is_not_a_count(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    assert _find(spacy_nlp, "No evidence has been found of the leak.") == ()
    assert _find(spacy_nlp, "No decision was taken at the meeting.") == ()


def test_no_before_an_adverb_is_not_a_count(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    assert _find(spacy_nlp, "The bridge is no longer open to traffic.") == ()


def test_not_one_outside_a_subject_is_still_one(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # the denial reads as a zero count only where the noun is the clause's subject
    q = _only(spacy_nlp, "The inspectors did not find one faulty valve.")
    assert (q.value, q.counted) == (1.0, "valve")


def test_a_hyphen_range_shares_the_unit_written_after_it(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "Repairs will take 2-3 weeks, the council said.")
    assert (q.text, q.low, q.high, q.unit) == ("2-3 weeks", 2.0, 3.0, "week")


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("Rescuers said the toll had reached 14 last night.", "14", None),
        # (the cases are counted: "the number of" names them, not the morning after the figure)
        ("The number of confirmed cases rose to 31 this morning.", "31", "case"),
    ],
)
def test_a_date_after_a_number_is_not_what_it_counts(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, counted: str | None
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.counted) == (surface, counted)


def test_nearly_a_small_whole_number_reaches_half_a_unit_below(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The trial lasted nearly three months.")
    assert (q.low, q.high, q.unit) == (2.5, 3.0, "month")
    big = _only(spacy_nlp, "Nearly 300 people were evacuated.")
    assert (big.low, big.high) == (270.0, 300.0)


def test_n_of_a_long_noun_phrase_counts_its_head(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(
        spacy_nlp, "The maker is recalling 184,300 of its Corvina electric sport-utility vehicles."
    )
    assert (q.text, q.counted) == ("184,300", "vehicle")


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # the tabloid style glues the scale word to the digits: one token
        ("Insurers put the repair bill at £7million, a source said.", "£7million", 7e6, "GBP"),
        ("The port cost $2.5billion to build.", "$2.5billion", 2.5e9, "USD"),
        # a sentence-final scale letter is tokenized with the full stop ("m.")
        ("The club was sold for £640m. Fans were told on Monday.", "£640m", 6.4e8, "GBP"),
        ("Its loss widened to €13.7m.", "€13.7m", 1.37e7, "EUR"),
    ],
)
def test_scales_glued_to_money(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, value: float, unit: str
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.value, q.unit) == (surface, value, unit)
    assert text[q.span[0] : q.span[1]] == surface


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The flood warning was raised to level 4 on Monday.", "level 4", 4.0, "level"),
        ("Forecasters expect a Category 3 storm by Friday.", "Category 3", 3.0, "category"),
        ("The county moves into tier two next week.", "tier two", 2.0, "tier"),
        ("She was treated for stage 2 melanoma.", "stage 2", 2.0, "stage"),
    ],
)
def test_a_step_of_a_scale_is_read_with_its_word_before_the_number(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, value: float, unit: str
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.value, q.unit, q.dimension) == (surface, value, unit, "rank")


def test_a_scale_word_before_a_measure_leaves_the_measure(  # type: ignore[no-untyped-def]
    spacy_nlp,
) -> None:
    q = _only(spacy_nlp, "The river peaked at a level 4.2 metres above normal.")
    assert (q.text, q.unit, q.dimension) == ("4.2 metres", "meter", "length")


@pytest.mark.parametrize(
    ("text", "surface", "unit", "dimension", "si"),
    [
        ("The coil carried 2.8 mega-amperes at its peak.", "2.8 mega-amperes", "megaampere",
         "current", 2.8e6),
        ("Its magnets reached 9.4 tesla during the test.", "9.4 tesla", "tesla",
         "magnetic field", 9.4),
        ("The capacitor bank stores 40 megajoules.", "40 megajoules", "megajoule", "energy",
         4.0e7),
    ],
)
def test_laboratory_units(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, unit: str, dimension: str, si: float
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.unit, q.dimension) == (surface, unit, dimension)
    assert q.si_value == pytest.approx(si)


def test_a_scaled_pounds_beside_a_weight_word_is_a_weight(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "Fully loaded, the barge tips the scales at 3.1 million pounds.")
    assert (q.unit, q.dimension) == ("pound", "mass")
    q = _only(spacy_nlp, "The new crane weighs about 1.5 million pounds.")
    assert (q.unit, q.dimension) == ("pound", "mass")
    # a scale word with no weight word near keeps "pounds" money
    q = _only(spacy_nlp, "The council paid 3.1 million pounds for the old barge.")
    assert q.unit == "GBP"


def test_quid_is_pounds_sterling(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The trainer says he paid 750,000 quid for the colt.")
    assert (q.text, q.value, q.unit) == ("750,000 quid", 7.5e5, "GBP")


def test_coordinated_modifiers_before_a_plural_noun_leave_it_counted(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "brass" the head of "brass and copper buttons": the buttons are counted
    q = _only(spacy_nlp, "Divers lifted 212 brass and copper buttons from the silt.")
    assert (q.text, q.counted) == ("212 brass and copper buttons", "button")
    # two numbers keep their own nouns
    a, b = find_quantities(spacy_nlp("The team won 5 gold and 3 silver medals."))
    assert (a.counted, b.counted) == ("gold", "medal")
    # a noun whose plural is the singular is counted itself, not the noun after "and"
    q = _only(spacy_nlp, "The slopes were sprayed by six crop-dusting aircraft and ground crews.")
    assert q.counted == "aircraft"


def test_a_fraction_after_by_and_a_qualifier(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The drug cut the risk by more than a third, researchers said.")
    assert (q.text, q.qualifier) == ("more than a third", "at_least")
    assert q.low == pytest.approx(1 / 3)


def test_half_after_by_is_the_share_a_change_took(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The ferry timetable was cut by half in March.")
    assert (q.text, q.value, q.change) == ("half", 0.5, "down")
    q = _only(spacy_nlp, "Its grant will be trimmed by almost half, the council said.")
    assert (q.text, q.low, q.high) == ("almost half", 0.45, 0.5)
    # "half" before a noun or after another word is no share of a change
    assert not _find(spacy_nlp, "She finished the race by half past nine.")
    assert not _find(spacy_nlp, "The show sold out in half the time.")


@pytest.mark.parametrize(("text", "surface", "low"), [
    ("Overtime at the depot was halved last year.", "halved", 0.5),
    ("The council plans to halve its grants to clubs by 2031.", "halve", 0.5),
    ("Queues at the border were nearly halved in May.", "nearly halved", 0.45),
])
def test_halving_is_a_fall_by_half(spacy_nlp, text: str, surface: str, low: float) -> None:  # type: ignore[no-untyped-def]
    """The verb "halve" tells a share as "cut by half" does: a fall of one half, and the noun
    after it ("its grants") is what fell, not a count."""
    q = _only(spacy_nlp, text)
    assert (q.text, q.value, q.change, q.counted) == (surface, 0.5, "down", None)
    assert q.low == pytest.approx(low)


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("Rents in the old town have doubled since the bridge opened.", "doubled", 100.0, 100.0),
    ("The ferry firm plans to treble its sailings by 2031.", "treble", 200.0, 200.0),
    ("Bookings more than doubled over the spring.", "more than doubled", 100.0, 200.0),
    ("Stray dog reports quadrupled in a decade.", "quadrupled", 300.0, 300.0),
])
def test_a_verb_of_growing_times_over_is_a_rise_in_percent(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, low: float, high: float
) -> None:
    """"Doubled" is a rise of 100% of the level before, "treble" of 200%; a bound before the
    verb keeps its meaning."""
    q = _only(spacy_nlp, text)
    assert (q.text, q.unit, q.change) == (surface, "percent", "up")
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("text", [
    "The old chapel doubled as a field hospital.",
    "He doubled over when the ball struck him.",
    "Police are treating it as a double stabbing.",
])
def test_doubling_that_is_no_rise_of_a_number_is_no_quantity(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str
) -> None:
    assert not _find(spacy_nlp, text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The value of the stolen objects exceeds three million euros, the museum said.",
         "exceeds three million euros"),
        ("Advance sales topped 5,000 tickets on the first day.", "topped 5,000 tickets"),
        ("Turnout surpassed 60 per cent in the capital.", "surpassed 60 per cent"),
        ("The appeal video passed 80,000 views on Sunday.", "passed 80,000 views"),
    ],
)
def test_a_verb_of_exceeding_is_a_lower_bound(spacy_nlp, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, text)
    assert (q.text, q.qualifier) == (surface, "at_least")
    assert q.low is not None and q.high is not None and q.high > q.low


def test_a_tally_after_passed_is_no_bound(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "The harbour levy passed 41 votes to 38 after a long debate.")
    assert [(q.text, q.qualifier) for q in found][:1] == [("41 votes", "exact")]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("By mid-afternoon temperatures in the city were nearing 47C.", "nearing 47C",
         "approx"),
        ("The queue was approaching 3,000 people by noon.", "approaching 3,000 people",
         "approx"),
        ("Inflation stayed just below 2 per cent all year.", "just below 2 per cent",
         "at_most"),
    ],
)
def test_verbs_of_nearing_bound_a_figure_from_below(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, qualifier: str
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.qualifier) == (surface, qualifier)
    # the true figure is a little under the one named, never above it
    assert q.high == pytest.approx(q.value) and q.low is not None and q.low < q.value


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It was fined a quarter of a million euros in 2023.", "a quarter of a million euros",
         250_000.0, "EUR"),
        ("The panel measures 74 by 58 centimetres.", "74", 74.0, "centimeter"),
    ],
)
def test_fractions_of_a_scale_and_sides_of_a_size(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, value: float, unit: str
) -> None:
    q = _find(spacy_nlp, text)[0]
    assert (q.text, q.value, q.unit) == (surface, value, unit)


def test_paragraph_numbers_are_not_quantities_and_ml_in_capitals_is_megalitres(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("3. On 16 November the jury found him guilty on four counts.\n"
            "4. The court fined him $1.5 million.")
    assert sorted(q.text for q in _find(spacy_nlp, text)) == ["$1.5 million", "four counts"]
    q = _only(spacy_nlp, "The utility wants demand to fall to 1,250 ML per day.")
    assert q.unit is not None and q.unit.startswith("megaliter")
    assert _only(spacy_nlp, "The nurse gave him 5 ml of the syrup.").unit == "milliliter"


def test_a_count_before_a_colon_is_kept_but_not_a_label_or_a_score(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _find(spacy_nlp, "The dig was run by a team of 17: nine students and eight staff.")
    assert [(q.text, q.counted) for q in found] == [
        ("17", "team"), ("nine students", "student"), ("eight staff", "staff")]
    assert not _find(spacy_nlp, "Step 2: lift the cover.")
    assert not _find(spacy_nlp, "They led 3:1 at half time.")


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("She said the crew of 25 remained on board.", "25", "crew"),
        ("The plant has a workforce of 950.", "950", "workforce"),
        ("The judges named a shortlist of five for the prize.", "five", "shortlist"),
        ("A committee of nine will run the inquiry.", "nine", "committee"),
        ("All 22 crew members are safe.", "22 crew members", "crew"),
        ("Five committee members voted against the plan.", "Five committee members",
         "committee"),
        # "N-strong" gives the size of the group named after it
        ("A 48-strong crew sailed at dawn.", "48-strong crew", "crew"),
        ("The 3,000-strong crowd fell silent.", "3,000-strong crowd", "crowd"),
        # no group before "of": nothing is counted
        ("A total of 25 were hurt in the crush.", "25", None),
    ],
)
def test_the_group_a_number_counts_may_come_before_it(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, counted: str | None
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.counted) == (surface, counted)


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("The insurer puts the number of claims received at 2,300.", "2,300", "claim"),
        ("By noon the count of stranded lorries had climbed to 75.", "75", "lorry"),
        ("The number of seats filled is 412.", "412", "seat"),
        ("The trust will cut the number of beds by 40.", "40", "bed"),
        ("The tally of missing sheep reached 130 on Sunday.", "130", "sheep"),
        # a tally after its figure is not what the figure counts
        ("Stewards counted 60 by noon, and the number of tents grew.", "60", None),
    ],
)
def test_a_figure_a_verb_ties_to_the_number_of_something_counts_that_thing(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, counted: str | None
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.counted) == (surface, counted)


def test_a_closing_quote_mark_after_a_number_is_no_inch(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, 'The firm put the number of roles affected at "around 400" on Friday.')
    assert (q.text, q.unit) == ("around 400", None)
    # with no quote open, the mark after a number is the inch sign
    assert _only(spacy_nlp, 'The new screen measures 55" across.').unit == "inch"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # ships and flight: nautical miles
        ("The jet was 38 nm east of the airport when the crew turned back.", "nautical mile"),
        ("The tanker drifted 12 nm off the coast overnight.", "nautical mile"),
        ("The jet was 38nm east of the airport.", "nautical mile"),
        # a bearing from a place, with no ship word in the sentence
        ("The buoy was logged 9nm north-east of Carrow Head on Friday.", "nautical mile"),
        # chips and light keep nanometres
        ("The plant will make chips on a 3nm process.", "nanometer"),
        ("The laser emits light at 405 nm.", "nanometer"),
    ],
)
def test_nm_follows_the_context(spacy_nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert _only(spacy_nlp, text).unit == unit


def test_fathoms_are_a_length(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The trawler dropped anchor in 30 fathoms off Carn Point.")
    assert (q.unit, q.dimension, q.counted) == ("fathom", "length", None)
    assert q.si_value == pytest.approx(54.864, rel=1e-4)  # six feet each


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # "a 250m safety zone" is one thing measured in metres
        ("Boats must keep out of a 250m safety zone.", 250.0, "meter"),
        ("The council will build a 25m pool next year.", 25.0, "meter"),
        # so is a glued "m" that an adjective of extent follows
        ("The lighthouse keeper found a statue 2.4m tall in the dunes.", 2.4, "meter"),
        ("Sandbags were piled into a wall 1.5m high along the quay.", 1.5, "meter"),
        # without "a" the glued letter stays a scale
        ("The region has 2.5m residents.", 2_500_000.0, None),
        ("An estimated 3m viewers watched the final.", 3_000_000.0, None),
    ],
)
def test_glued_m_is_metres_after_a_or_before_an_extent(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, value: float, unit: str | None
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["Drifts as deep as 6 metres closed the lane.", "Gusts as high as 70 mph hit the pier.",
     "Queues as long as 4 hours formed at the gate."],
)
def test_as_adjective_as_is_an_upper_bound(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, text)
    assert q.qualifier == "at_most"
    assert q.text.startswith("as ")


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        # the parser may hang the number on the first noun of a compound: the count is of
        # the compound's head
        ("Inspectors recovered about 3,000 ear tags snipped from stolen cattle.",
         "about 3,000 ear tags", "tag"),
        ("Divers brought up 40 lobster pots that had been lost in the storm.",
         "40 lobster pots", "pot"),
    ],
)
def test_a_count_of_a_compound_noun_counts_its_head(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, counted: str
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.counted) == (surface, counted)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "counted"),
    [
        # a noun before "points" makes them places counted, not a score
        ("The council opened three collection points in the town.", "three collection points",
         None, "point"),
        ("Guards watched all four entry points overnight.", "four entry points", None, "point"),
        ("The visitors finished five points clear of the hosts.", "five points", "point", None),
        # "meters" after a word that describes them are devices counted, not metres
        ("Fitters replaced 40 smart meters in Tarnby.", "40 smart meters", None, "meter"),
        ("The firm fitted 3,000 new water meters last year.", "3,000 new water meters", None,
         "meter"),
        # ... though a word that adds to the measure leaves it a length
        ("The swimmers covered 40 extra meters.", "40 extra meters", "meter", None),
        ("The swimmers covered 40 meters.", "40 meters", "meter", None),
    ],
)
def test_points_or_meters_after_a_describing_word_are_counted(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, unit: str | None, counted: str | None
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.unit, q.counted) == (surface, unit, counted)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Walkers faced an air temperature of minus 9C on the ridge.", "minus 9C", -9.0,
         "degree Celsius"),
        ("The wind chill was about minus 4F at the summit.", "about minus 4F", -4.0,
         "degree Fahrenheit"),
        ("The gauge read -12C overnight.", "-12C", -12.0, "degree Celsius"),
        ("The gauge read \u22125C at dawn.", "\u22125C", -5.0, "degree Celsius"),
        # counted down from freezing on its scale, or from zero
        ("Climbers endured nine degrees below freezing.", "nine degrees below freezing", -9.0,
         "degree Celsius"),
        ("The town shivered at 5F below zero.", "5F below zero", -5.0, "degree Fahrenheit"),
        ("Overnight it was 10F below freezing.", "10F below freezing", 22.0,
         "degree Fahrenheit"),
    ],
)
def test_temperatures_below_zero(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, value: float, unit: str
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.value, q.unit) == (surface, value, unit)
    assert q.low <= q.value <= q.high


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a lower-case "c" glued to a figure near a money word is cents, as Irish and euro
        # copy writes them; elsewhere, or as a capital, it stays degrees Celsius
        ("Drivers will pay a 40c toll at each gantry.", "cent"),
        ("The council charges 15c for every carrier bag.", "cent"),
        ("Thermometers in the square showed 31c by noon.", "degree Celsius"),
        ("Heating the pool to 28C will cost more this winter.", "degree Celsius"),
    ],
)
def test_a_glued_lower_case_c_near_money_is_cents(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, unit: str
) -> None:
    assert _only(spacy_nlp, text).unit == unit


def test_a_time_in_local_time_is_no_count(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "10.30 local time" is a time of day (the comparison reads it), not 10.3 of something
    assert not _find(spacy_nlp, "The crew were handed over at 09.45 local time on Tuesday.")
    assert not _find(spacy_nlp, "The borer broke through at 08.50 this morning.")


def test_a_range_with_to_is_no_time_of_day(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # "to" makes a time only after "quarter" or "minutes": "twenty to thirty" is a range
    q = _only(spacy_nlp, "Twenty to thirty people waited at the gate.")
    assert (q.low, q.high, q.counted) == (20.0, 30.0, "people")


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("More than 48,000 people pass through the station every day.",
         "More than 48,000 people", "per day"),
        ("The plant turns out 300 cars daily.", "300 cars", "per day"),
        ("The walker covers 12 miles on the coast path each week.", "12 miles", "mile per week"),
        # a period beyond a clause break or in the next clause tells of something else
        ("The ward has 40 beds, and it admits patients every day.", "40 beds", None),
        ("The council counted 300 cars that pass the school every day.", "300 cars", None),
        # an adjective of a noun after it tells of that noun: the protests are daily
        ("About 900 nurses joined the daily protests at the gates.", "About 900 nurses", None),
    ],
)
def test_a_period_later_in_the_clause_makes_a_rate(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str, text: str, unit: str | None
) -> None:
    q = next(q for q in _find(spacy_nlp, sentence) if q.text == text)
    assert q.unit == unit
    assert q.dimension == ("rate" if unit == "per day" else "length" if unit else "count")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The depot was then kept closed for a full week.", [("a full week", 1.0, "week")]),
        ("The pipe leaked for an hour before it was found.", [("an hour", 1.0, "hour")]),
        ("The hearing lasted a whole day.", [("a whole day", 1.0, "day")]),
        # a point in time or a rate, not a duration
        ("A week later the road opened.", []),
        ("A full week after the vote, nothing had changed.", []),
        ("He trains twice a week.", []),
        ("The road opened a week ago.", []),
    ],
)
def test_one_period_of_time_is_a_duration(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str, found: list[tuple[str, float, str]]
) -> None:
    assert [(q.text, q.value, q.unit) for q in _find(spacy_nlp, sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Two-thirds of the members voted for the merger.", "Two-thirds", 2 / 3),
        ("The fund put more than three-fifths of its assets with the developer.",
         "more than three-fifths", 3 / 5),
    ],
)
def test_a_hyphenated_fraction_is_a_share(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str, text: str, value: float
) -> None:
    # the tokenizer splits "two-thirds" at its hyphen: the fraction still applies
    q = _only(spacy_nlp, sentence)
    assert q.text == text
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # SI symbols set apart from their digits, as engineering copy writes them
        ("Crews rolled a 31 m chimney along the quay.", "31 m", 31.0, "meter"),
        ("The pier was pushed 64 m seaward by the storm.", "64 m", 64.0, "meter"),
        ("Each crane is rated at 180 t for the lift.", "180 t", 180.0, "metric ton"),
        ("The chick was ringed when it weighed 287 g.", "287 g", 287.0, "gram"),
        ("The old span stood 12 m.", "12 m", 12.0, "meter"),
        # a plural noun opening the next sentence counts nothing of it
        ("The old span stood 12 m. Walkers cheered.", "12 m", 12.0, "meter"),
        # money near a spaced "m" keeps it a scale of the money or no unit at all
        ("The trust raised $6 m from donors.", "$6 m", 6_000_000.0, "USD"),
        ("Ministers set aside €2.5 bn for the works.", "€2.5 bn", 2_500_000_000.0, "EUR"),
    ],
)
def test_spaced_si_symbols_and_scales(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, value: float, unit: str
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.value, q.unit) == (surface, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        # a plural noun after a spaced "m" is counted in millions or unread, never metres
        "Roughly 4 m households took part in the survey.",
        # a money word near it leaves it no length
        "The council agreed a 9 m budget for roads.",
        # a glued "m" ending a sentence is often millions: left as it was
        "Visitor numbers at the fair rose to 4m.",
    ],
)
def test_a_spaced_m_before_a_plural_or_near_money_is_no_length(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(q.unit != "meter" for q in _find(spacy_nlp, text))


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("The depot charges 350 e-bikes overnight.", "350 e-bikes", "e-bike"),
        ("About 12 co-workers signed the letter.", "About 12 co-workers", "co-worker"),
        ("The clinic took 40 x-rays that morning.", "40 x-rays", "x-ray"),
        # ... whichever part the parser takes for the noun: great-grandchildren are not
        # grandchildren, ex-employees not employees
        ("The old skipper leaves 19 great-grandchildren on the island.",
         "19 great-grandchildren", "great-grandchild"),
        ("Eight great-great-grandchildren came to the party.",
         "Eight great-great-grandchildren", "great-great-grandchild"),
        ("The union says 75 ex-employees are still owed wages.", "75 ex-employees",
         "ex-employee"),
        # a noun after the hyphenated word is the one counted
        ("Some 50 anti-war marchers gathered outside.", "Some 50 anti-war marchers", "marcher"),
    ],
)
def test_a_hyphenated_noun_is_counted_whole(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, counted: str
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.counted) == (surface, counted)


def test_a_period_before_a_plural_noun_after_a_scale_word_is_a_modifier(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """ "4.8 million day trippers" counts day trippers, a kind of their own (millions of days
    are no measure); without a scale word "12 hour shifts" stays a length of time, and "2
    million years" stays years."""
    trippers = _only(spacy_nlp, "The lakes draw 4.8 million day trippers every summer.")
    assert (trippers.unit, trippers.counted, trippers.value) == (None, "day-tripper", 4_800_000)
    shifts = _only(spacy_nlp, "Nurses at the Orla clinic work 12 hour shifts.")
    assert (shifts.unit, shifts.dimension) == ("hour", "time")
    ages = _only(spacy_nlp, "The basalt cooled over some 2 million years.")
    assert (ages.unit, ages.dimension) == ("year", "time")


def test_stone_after_a_number_is_a_weight_unless_it_names_a_material(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The marrow tipped the scales at almost 15 stone on Sunday.")
    assert (q.text, q.unit, q.dimension) == ("almost 15 stone", "stone", "mass")
    assert q.si_high == pytest.approx(95.25, rel=1e-3)  # 15 x 14 lb
    walls = _only(spacy_nlp, "The hamlet has 40 stone cottages.")
    assert (walls.unit, walls.counted) == (None, "cottage")
    thrown = _only(spacy_nlp, "Youths threw 30 stones at the bus.")
    assert (thrown.unit, thrown.counted) == (None, "stone")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # after "that" (a conjunction here) the "one" of a share is a number, not a pronoun
        ("Auditors found that one in four beds was empty.", ["one", "four beds"]),
        ("He said that one out of ten valves failed.", ["one", "ten valves"]),
        ("One in every 20 homes flooded.", ["One", "20 homes"]),
        # "one" as a pronoun stays out
        ("The one in the corner was broken.", []),
        ("That one in particular was broken.", []),
    ],
)
def test_the_one_of_a_share_is_kept(spacy_nlp, text: str, surfaces: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [q.text for q in _find(spacy_nlp, text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Crews cleared several hundred tonnes of mud from the lane.",
         "several hundred tonnes", 300.0, 900.0),
        ("Several thousand walkers joined the march.", "Several thousand walkers", 3000.0,
         9000.0),
        ("Several hundred thousand walkers joined the march.",
         "Several hundred thousand walkers", 300000.0, 900000.0),
    ],
)
def test_several_before_a_scale_word_is_a_vague_interval(  # type: ignore[no-untyped-def]
    spacy_nlp, text: str, surface: str, low: float, high: float
) -> None:
    q = _only(spacy_nlp, text)
    assert (q.text, q.low, q.high, q.qualifier) == (surface, low, high, "range")


def test_several_without_a_scale_word_is_no_number(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    assert _find(spacy_nlp, "Several walkers joined the march.") == ()


@pytest.mark.parametrize(
    ("sentence", "text", "ppb"),
    [
        ("Tap water at the depot held 26 micrograms per litre of copper.",
         "26 micrograms per litre", 26.0),
        ("Nitrate reached 0.052 mg/l at the well.", "0.052 mg/l", 52.0),
        ("The standard is 0.02 mg/l.", "0.02 mg/l", 20.0),  # "l." at the end of a sentence
        ("Arsenic stood at 3 ppm in the sludge.", "3 ppm", 3000.0),
        ("The brook carried 61ppb of zinc.", "61ppb", 61.0),
    ],
)
def test_a_mass_per_litre_is_a_concentration_in_ppb(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str, text: str, ppb: float
) -> None:
    q = next(q for q in _find(spacy_nlp, sentence) if q.text == text)
    assert q.dimension == "concentration"
    assert q.si_unit == "part per billion" and q.si_value == pytest.approx(ppb)


def test_a_mass_per_cubic_metre_of_air_is_no_ppb(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "Soot in the square averaged 41 micrograms a cubic metre.")
    assert q.si_unit != "part per billion" and q.dimension != "concentration"


@pytest.mark.parametrize(
    "sentence", ["She is a mother of three from the harbour town.", "The band had a man of 6 feet."]
)
def test_of_after_a_parent_or_before_a_unit_is_no_age(spacy_nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert all(q.dimension != "age" for q in _find(spacy_nlp, sentence))


def test_who_is_before_a_counted_number_is_no_age(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The club, who was 3 goals clear at the break, lost.")
    assert q.dimension != "age"


@pytest.mark.parametrize("sentence", [
    "The score was 2 when the rain came.",  # no person's "was"
    "Tova Brask was 3 under par after nine holes.",  # no "when" after the figure
])
def test_was_before_a_number_is_no_age_without_a_person_and_when(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str
) -> None:
    q = _find(spacy_nlp, sentence)[0]
    assert (q.text, q.dimension) == (sentence.split(" was ")[1].split()[0], "count")


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Police held two brothers, aged 44 and 17, after the raid.", ["44", "17"]),
        ("The climbers, aged 23, 31 and 58, reached the hut at dusk.", ["23", "31", "58"]),
        # "turned" before a bare number gives an age too
        ("The keeper, who turned 33 in May, signed a new deal.", ["33"]),
        # "who is"/"who was" before a bare number that no noun follows
        ("Ada Pell, who is 61 and runs the yard, signed the deal.", ["61"]),
        ("The skipper, who was 47, had sailed the route for years.", ["47"]),
        ("The warden, who is now 70, still walks the dunes.", ["70"]),
        # a person's "is"/"was" before a bare number and "when", or ending a "when" clause
        ("Tova Brask, the first keeper, was 23 when the light was lit.", ["23"]),
        ("When she was 12, the family moved to the coast.", ["12"]),
        # the noun "age" right before the figure, or before "of" and the figure
        ("Her brother died in 1990 at the age of 58, far from the sea.", ["58"]),
        ("She passed away at the grand age of 103 last week.", ["103"]),
        ("The drivers retire at age 65 under the new rules.", ["65"]),
        # a person's name, a comma and a number that ends the sentence
        ('"We pour at dawn," said the master founder Ilse Maren Dorn, 63.', ["63"]),
        # one word may hedge the figure after "aged" or "the age of"
        ("The engraver died aged just 29, his plates unsold.", ["just 29"]),
        ("The ferryman retired at the age of about 80 to a cottage.", ["about 80"]),
        # "of" and a figure after a noun of one person, with no noun after the figure
        ("The grave held a man of about 50 buried with his boots.", ["about 50"]),
        # ... whatever unit the figure after "and" has
        ("The diver found a woman of 31 and 1.68m tall in the hull.", ["31"]),
        # a spelled number after "aged" or "the age of" is an age as digits are
        ("The painter sold her first canvas aged nine to a neighbour.", ["nine"]),
        ("He left school at the age of fifteen for the docks.", ["fifteen"]),
    ],
)
def test_every_age_of_a_list_after_aged_is_an_age(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence, ages
) -> None:
    """"aged" introduces each figure of the list, not only the first; "turned", "who is" and
    "the age of" an age too."""
    found = [q for q in _find(spacy_nlp, sentence) if q.text in ages]
    assert [q.text for q in found] == ages
    assert {(q.unit, q.dimension) for q in found} == {("year", "age")}


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "dimension"),
    [
        ("The barge carried 12 million pounds of scrap steel up the river.", "12 million pounds",
         "pound", "mass"),
        ("The council wasted 3 million pounds of public money on the scheme.",
         "3 million pounds", "GBP", "currency"),
        ("The club paid 3 million pounds for the striker.", "3 million pounds", "GBP",
         "currency"),
    ],
)
def test_scaled_pounds_of_goods_are_a_weight(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence, text, unit, dimension
) -> None:
    """A scale word makes "pounds" money, unless they are pounds of something that is not."""
    q = _only(spacy_nlp, sentence)
    assert (q.text, q.unit, q.dimension) == (text, unit, dimension)


def test_decades_are_ten_years(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    # (pint's own "decade" is a ratio of ten, which converts to no time at all)
    q = _only(spacy_nlp, "The mill has stood on the river bank for three decades.")
    assert (q.unit, q.si_unit) == ("decade", "second")
    assert q.si_value == pytest.approx(30 * 365.25 * 86400)


@pytest.mark.parametrize("sentence", [
    "The gap was 1.5 points (95% confidence interval from 0.2 to 2.8).",
    "The 90% CI ran from 0.2 to 2.8 points.",
])
def test_the_level_of_a_statistical_interval_is_no_figure(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str
) -> None:
    assert not [q for q in _find(spacy_nlp, sentence) if q.unit == "percent"]
    # a share of something is still read
    assert _only(spacy_nlp, "Turnout was 95% in the city.").unit == "percent"


@pytest.mark.parametrize(
    ("sentence", "text", "counted"),
    [
        ("The resort logged 48,000 skier days over the winter.", "48,000 skier days",
         "skier-day"),
        ("Ward closures cost the trust 3,100 bed days last year.", "3,100 bed days", "bed-day"),
        ("Rebuilding the pier took 9,000 man hours.", "9,000 man hours", "man-hour"),
    ],
)
def test_a_unit_of_time_after_a_noun_of_use_counts_use(  # type: ignore[no-untyped-def]
    spacy_nlp, sentence: str, text: str, counted: str
) -> None:
    """ "48,000 skier days" counts days of one skier's use, not 48,000 days of time."""
    q = _only(spacy_nlp, sentence)
    assert (q.text, q.unit, q.dimension, q.counted) == (text, None, "count", counted)


def test_a_unit_of_time_after_another_noun_stays_a_length_of_time(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The refund reached her account within 3 business days.")
    assert (q.unit, q.dimension) == ("day", "time")


def test_a_plural_noun_read_as_a_verb_after_a_figure_is_counted(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """The parser reads "dives" in "made 14 dives" as a verb whose subject (or modifier) is
    the figure; a plural figure never takes a singular verb, so the word is what it counts."""
    for sentence, text in (("The survey crew made 14 dives to the reef.", "14 dives"),
                           ("The survey crew logged 23 dives on the wreck.", "23 dives")):
        q = _only(spacy_nlp, sentence)
        assert (q.text, q.counted) == (text, "dive")


def test_a_figure_before_a_linking_verb_counts_nothing(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    q = _only(spacy_nlp, "The coach thinks 11 seems a fair number.")
    assert (q.text, q.counted) == ("11", None)
