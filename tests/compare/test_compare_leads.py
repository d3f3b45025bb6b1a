"""Temperatures, each article's first figure of a kind, one article giving both figures,
members that take no side, and first figures of two openings (texts written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from findings import conflicts as _conflicts

from counterpoint.compare import align_story, compare
from counterpoint.compare.mentions import build_index
from counterpoint.compare.values import sides
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]
COUNT = ("count", "count")


def _temperature(facts: ArticleFacts, celsius: float, unit: str = "degree Celsius") -> ArticleFacts:
    """``facts`` with its one quantity made a temperature (kelvin in SI, an affine unit)."""
    q = facts.quantities[0]
    kelvin = celsius + 273.15
    low = q.low if q.qualifier != "below" else None
    si_low = None if low is None else kelvin - (q.value - low) * (
        5 / 9 if "Fahrenheit" in unit else 1.0
    )
    q = replace(
        q, unit=unit, dimension="temperature", si_unit="kelvin", si_value=kelvin,
        si_low=si_low if si_low is not None else kelvin, si_high=kelvin,
    )
    return replace(facts, quantities=(q,))


def _heat(facts_factory: Factory, fahrenheit: str = "121 degrees Fahrenheit") -> list[ArticleFacts]:
    a = facts_factory(
        "Power cuts left half a million homes in the Sarn valley without electricity on "
        "Monday as temperatures hit a record 46.8C and air conditioners overloaded the grid.",
        outlet="Valley Wire", published="2026-07-21",
        quantities=(("46.8C", 46.8, 46.8, 46.8, None, "temperature", "exact", None),),
    )
    b = facts_factory(
        "Demand peaked at mid-afternoon on Monday, with temperatures in Sarn nearing 47C.",
        outlet="Grid Monitor", published="2026-07-22",
        quantities=(("nearing 47C", 47.0, 44.6, 47.0, None, "temperature", "approx", None),),
    )
    c = facts_factory(
        "Whole districts sweltered without fans or running water as a heatwave sent "
        f"temperatures in the valley to a blistering {fahrenheit} this week.",
        outlet="Evening Herald", published="2026-07-22",
        quantities=((fahrenheit, 121.0, 121.0, 121.0, None, "temperature", "exact", None),),
    )
    return [
        _temperature(a, 46.8),
        _temperature(b, 47.0),
        _temperature(c, (121.0 - 32) * 5 / 9, "degree Fahrenheit"),
    ]


def test_temperatures_differ_by_degrees_not_by_a_share_of_kelvin(facts_factory: Factory) -> None:
    conflicts = _conflicts(compare(_heat(facts_factory)).findings)
    # 121 F is 49.4 C: well apart from 46.8 C, though only 0.8% apart in kelvin
    assert len(conflicts) == 1, [f.explanation for f in conflicts]
    f = conflicts[0]
    side = dict(zip((e.text for e in f.evidence), sides(f), strict=True))
    assert side["46.8C"] == side["nearing 47C"] != side["121 degrees Fahrenheit"]
    # read in degrees Celsius, never in kelvin
    assert "°C" in f.explanation and "kelvin" not in f.explanation
    assert "49.44 °C" in f.explanation
    # a degree is a degree Celsius (5/9 of one for Fahrenheit), whatever the zero
    slope = {m.text: m.si_factor for m in build_index(_heat(facts_factory)).mentions
             if m.kind == "quantity"}
    assert slope["46.8C"] == 1.0 and abs(slope["121 degrees Fahrenheit"] - 5 / 9) < 1e-9


def test_a_temperature_agrees_within_its_last_digit(facts_factory: Factory) -> None:
    a, b, _ = _heat(facts_factory)
    c = facts_factory(
        "The met office said the valley reached 47C on Monday afternoon, a national record.",
        outlet="Daily Post", published="2026-07-22",
        quantities=(("47C", 47.0, 47.0, 47.0, None, "temperature", "exact", None),),
    )
    # 47C stands for 46.5-47.5: it agrees with 46.8C
    assert not _conflicts(compare([a, b, _temperature(c, 47.0)]).findings)


def test_each_articles_first_figure_of_a_kind_aligns(facts_factory: Factory) -> None:
    a = facts_factory(
        "A painting of a falconer that hung in a farmhouse kitchen for decades sold for "
        "$3.9 million at Harlow's on Tuesday night. The family had expected far less: the "
        "house estimate was $1.5 million.",
        outlet="Evening Star", published="2026-05-13",
        quantities=(
            ("$3.9 million", 3.9e6, 3.9e6, 3.9e6, "dollar", "currency", "exact", None),
            ("$1.5 million", 1.5e6, 1.5e6, 1.5e6, "dollar", "currency", "exact", None),
        ),
    )
    b = facts_factory(
        "Bidders in the room and on the telephone pushed the falconer portrait to a final "
        "$2.6 million. Last year a smaller panel by the same workshop made $900,000.",
        outlet="Art Market Report", published="2026-05-14",
        quantities=(
            ("$2.6 million", 2.6e6, 2.6e6, 2.6e6, "dollar", "currency", "exact", None),
            ("$900,000", 9e5, 9e5, 9e5, "dollar", "currency", "exact", None),
        ),
    )
    _, groups = align_story([a, b])
    reasons = [r for g in groups for r in g.reasons]
    assert "each is the first currency figure of its article" in reasons
    conflicts = _conflicts(compare([a, b]).findings)
    assert [{e.text for e in f.evidence} for f in conflicts] == [{"$3.9 million", "$2.6 million"}]


def test_first_durations_and_first_rates_are_not_matched_by_their_rank(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "The union has represented the plant's workers for thirty years. The company posted "
        "a net loss of $186 million in the quarter.",
        outlet="Courier", published="2026-10-23",
        quantities=(
            ("thirty years", 30.0, 30.0, 30.0, "year", "time", "exact", None),
            ("$186 million", 1.86e8, 1.86e8, 1.86e8, "dollar", "currency", "exact", None),
        ),
    )
    b = facts_factory(
        "She has worked on the assembly line for 32 years. The cuts are meant to save "
        "$300 million a year.",
        outlet="Workers' Paper", published="2026-10-24",
        quantities=(
            ("32 years", 32.0, 32.0, 32.0, "year", "time", "exact", None),
            ("$300 million a year", 3e8, 3e8, 3e8, "dollar_per_year", "currency", "exact", None),
        ),
    )
    _, groups = align_story([a, b])
    assert not any("first" in r for g in groups for r in g.reasons)


def _rescue(facts_factory: Factory, opening: str) -> list[ArticleFacts]:
    a = facts_factory(
        "The Harnby lifeboat kept a kite-surfer afloat for 50 minutes in the bay on Sunday. "
        "The crew had spent two hours at sea by then.",
        outlet="Lifeboat Station", published="2026-07-05",
        quantities=(("50 minutes", 50, 50, 50, "minute", "duration", "exact", None),
                    ("two hours", 2, 2, 2, "hour", "duration", "exact", None)),
    )
    b = facts_factory(
        opening + "Rescuers held a stricken kite-surfer above the waves for 80 minutes off "
        "Harnby. He spent a week in hospital afterwards.",
        outlet="Daily Splash", published="2026-07-06",
        quantities=(("80 minutes", 80, 80, 80, "minute", "duration", "exact", None),
                    ("a week", 7, 7, 7, "day", "duration", "exact", None)),
    )
    return [a, b]


def test_the_first_durations_of_two_ledes_are_one_measure(facts_factory: Factory) -> None:
    """Two articles' first durations, both in their opening sentences, most likely time the
    main event: they disagree. Told further down, durations measure anything."""
    found = _conflicts(compare(_rescue(facts_factory, "")).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["50 minutes", "80 minutes"]]
    later = "Gulls wheeled over the quay. The harbour was calm. Boats lay still. "
    assert not _conflicts(compare(_rescue(facts_factory, later)).findings)


def test_an_article_that_gives_both_figures_disputes_neither(facts_factory: Factory) -> None:
    a = facts_factory(
        "The portrait sold for a staggering £3.94 million at the Harlow rooms last night, "
        "the auctioneer said.",
        outlet="Evening Star", published="2026-05-13",
        quantities=(("£3.94 million", 3.94e6, 3.94e6, 3.94e6, None, "currency", "exact", None),),
    )
    b = facts_factory(
        "The portrait was knocked down at the Harlow rooms for £3.2m, or £3.94m with the "
        "buyer's premium, the auctioneer said.",
        outlet="Market Report", published="2026-05-14",
        quantities=(
            ("£3.2m", 3.2e6, 3.2e6, 3.2e6, None, "currency", "exact", None),
            ("£3.94m", 3.94e6, 3.94e6, 3.94e6, None, "currency", "exact", None),
        ),
    )
    findings = compare([a, b]).findings
    assert not _conflicts(findings)
    # remove the agreeing figure and the hammer price disputes the sale price again
    b_alone = replace(b, quantities=b.quantities[:1])
    assert _conflicts(compare([a, b_alone]).findings)


def test_a_date_set_off_by_commas_dates_the_verb_after_it(facts_factory: Factory) -> None:
    a = facts_factory(
        "The ship was refloated on Tuesday afternoon, ending a blockage that at its peak, on "
        "Tuesday morning, left 74 boats waiting outside the harbour.",
        outlet="Shipping Weekly", published="2026-09-23",
        quantities=(("74 boats", 74.0, 74.0, 74.0, None, "count", "exact", "boats"),),
        dates=(
            ("Tuesday afternoon", "2026-09-22", "2026-09-22", "day"),
            ("Tuesday morning", "2026-09-22", "2026-09-22", "day"),
        ),
    )
    index = build_index([a])
    m = next(m for m in index.mentions if m.text == "74 boats")
    assert m.when is not None and m.when[0] == m.when[1]
    # without the commas' reading the date would belong to another clause
    b = facts_factory(
        "The port said on Tuesday morning that it was ready, and 74 boats were waiting.",
        outlet="Port Notes", published="2026-09-23",
        quantities=(("74 boats", 74.0, 74.0, 74.0, None, "count", "exact", "boats"),),
        dates=(("Tuesday morning", "2026-09-22", "2026-09-22", "day"),),
    )
    n = next(m for m in build_index([b]).mentions if m.text == "74 boats")
    assert n.when is None


def _areas(facts_factory: Factory) -> list[ArticleFacts]:
    def one(text: str, phrase: str, ha: float, outlet: str, day: str) -> ArticleFacts:
        return facts_factory(
            text, outlet=outlet, published=day,
            quantities=((phrase, ha, ha, ha, None, "area", "exact", None),),
        )

    return [
        one("By Saturday morning the fire had scorched 8,400 hectares of the hills.",
            "8,400 hectares", 8400.0, "Wire", "2026-08-08"),
        one("By Saturday morning the fire had burned 12,400 hectares, the journal found.",
            "12,400 hectares", 12400.0, "Journal", "2026-08-09"),
        one("On Thursday the fire covered 3,100 hectares, the county said.",
            "3,100 hectares", 3100.0, "County", "2026-08-06"),
    ]


def test_a_member_joined_only_weakly_takes_no_side(facts_factory: Factory) -> None:
    from counterpoint.compare.align import Alignment
    from counterpoint.compare.judge import _disjoint_pairs, _judge_quantity

    index = build_index(_areas(facts_factory))
    a, b, c = (m for m in index.mentions if m.kind == "quantity")
    # 8,400 and 12,400 strongly aligned; 3,100 (another day) joined to 12,400 only weakly
    g = Alignment("quantity", a.key, (a, b, c), 0.26, (),
                  ((a.uid, b.uid, 0.5), (b.uid, c.uid, 0.26)))
    pairs = [(x.text, y.text) for x, y, _ in _disjoint_pairs(g.members)]
    assert pairs[0] == ("3,100 hectares", "12,400 hectares")  # the furthest apart first
    draft = _judge_quantity(index, g)
    # that pair is too weakly aligned, so the next one is judged, and 3,100 takes no side
    assert draft.kind == "conflict"
    assert [m.text for m in draft.members] == ["8,400 hectares", "12,400 hectares"]


def test_the_actors_of_a_measures_clause_do_not_split_it_from_its_thing(
    facts_factory: Factory,
) -> None:
    ship = ("Aurelian Tide", "PERSON", "person:aurelian-tide", "Aurelian Tide")
    a = facts_factory(
        "The 334-metre Aurelian Tide struck the sandbank two miles from the breakwater.",
        outlet="Coast Wire", published="2026-09-19",
        quantities=(("334-metre", 334.0, 334.0, 334.0, "meter", "length", "exact", None),),
        entities=(ship,),
    )
    b = facts_factory(
        "Salvors from Haldane Salvage freed the 366-metre vessel on the spring tide, days after "
        "the Aurelian Tide struck the sandbank.",
        outlet="Shipping Weekly", published="2026-09-23",
        quantities=(("366-metre", 366.0, 366.0, 366.0, "meter", "length", "exact", None),),
        entities=(("Haldane Salvage", "ORG", "org:haldane-salvage", "Haldane Salvage"), ship),
    )
    import importlib

    align = importlib.import_module("counterpoint.compare.align")
    index = build_index([a, b])
    m, n = (x for x in index.mentions if x.kind == "quantity")
    edge = align._score(index, m, n, {0: 1, 1: 1})
    # the salvage firm acts on the vessel; it does not own a second length
    assert edge.score > 0 and align.CLASH_REASON not in edge.reasons


def _grants(facts_factory: Factory, opening: str) -> list[ArticleFacts]:
    def q(phrase: str, value: float) -> tuple[object, ...]:
        return (phrase, value, value, value, "gbp", "currency", "exact", None)

    a = facts_factory(
        "A whopping £40 million of overpaid grants went out before anyone at the agency "
        "noticed. Farmers in the north were hit hardest. One grower was paid "
        "£9,000 he never asked for.",
        outlet="Tabloid", quantities=(q("£40 million", 40e6), q("£9,000", 9000)),
    )
    b = facts_factory(
        opening + "The excess came to £27.2 million. A review of the contract, worth £3 million "
        "a year, has begun.",
        outlet="Agency", quantities=(q("£27.2 million", 27.2e6), q("£3 million", 3e6)),
    )
    return [a, b]


def test_first_figures_of_two_openings_told_in_other_words_conflict(
    facts_factory: Factory,
) -> None:
    found = [f for f in compare(_grants(
        facts_factory, "The grants agency has confirmed an error in its payment system. "
    )).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["£27.2 million", "£40 million"]
    ]
    # told further down, the agency's figure is no longer its lead fact
    later = _grants(
        facts_factory,
        "The grants agency has confirmed an error in its payment system. Staff found it on "
        "Friday. Payments were stopped at once. ",
    )
    assert not [f for f in compare(later).findings if f.kind == "conflict"]


def _goats(facts_factory: Factory, opening: str) -> list[ArticleFacts]:
    def count(phrase: str, value: float, high: float | None = None) -> tuple[object, ...]:
        qualifier = "exact" if high is None else "at_least"
        return (phrase, value, value, high or value, None, "count", qualifier, "goats")

    first = facts_factory(
        f"{opening}Inside, more than 900 goats were crammed into filthy sheds. Vets later put "
        "down 14 sick goats.",
        outlet="Daily Roar", published="2027-03-02",
        quantities=(("About 60 officers", 60, 60, 60, None, "count", "exact", "officers"),
                    count("more than 900 goats", 900, 1800), count("14 sick goats", 14)),
    )
    second = facts_factory(
        "The animal welfare agency took 640 goats into its care after the Brinmoor raid, a "
        "spokesman said. Owners have since identified 310 goats.",
        outlet="Farm Wire", published="2027-03-03",
        quantities=(count("640 goats", 640), count("310 goats", 310)),
    )
    return [first, second]


def test_first_counts_of_one_noun_in_two_openings_conflict(facts_factory: Factory) -> None:
    """Each article's first count of goats, in its opening sentences, gives the number found,
    though one article opens with a count of officers: the two disagree. Told further down,
    the count is not the article's lead fact."""
    raid = "About 60 officers raided a hill farm near Brinmoor at dawn on Monday. "
    found = [f for f in compare(_goats(facts_factory, raid)).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["640 goats", "more than 900 goats"]
    ]
    (group,) = [g for g in align_story(_goats(facts_factory, raid))[1]
                if {m.text for m in g.members} == {"640 goats", "more than 900 goats"}]
    assert "each is the first count of goat in its article" in group.reasons
    later = raid + "The farmer was not at home. His dogs were taken away. "
    assert not _conflicts(compare(_goats(facts_factory, later)).findings)
