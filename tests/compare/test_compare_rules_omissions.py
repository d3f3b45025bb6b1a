"""Omissions that are not: the fact in another currency or unparsed, an age given as a year,
names from the credits, and an outlet calling itself by its last word (texts written
for these tests)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest

from counterpoint.compare import compare, presence
from counterpoint.compare.mentions import Mention, StoryIndex, build_index
from counterpoint.model import ArticleFacts, Finding

Factory = Callable[..., ArticleFacts]


def _mentions_of(index: StoryIndex, article: int) -> dict[str, list[Mention]]:
    """An article's mentions by key, as omissions.py hands them to presence._found_in."""
    mine: dict[str, list[Mention]] = defaultdict(list)
    for m in index.mentions:
        if m.article == article:
            mine[m.key].append(m)
    return mine


def _omissions(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.kind == "omission"]


def test_same_fact_in_another_currency_is_not_omitted(facts_factory: Factory) -> None:
    a = facts_factory(
        "Flooding in Kelso closed the ring road. The regional council put the damage at "
        "$240 million in a first estimate on Friday.",
        outlet="Border Wire",
        quantities=(("$240 million", 240e6, 240e6, 240e6, "dollar", "currency", "exact", None),),
    )
    b = facts_factory(
        "Flooding in Kelso closed the ring road. The regional council put the damage at "
        "roughly €220m in a first estimate.",
        outlet="Euro Ledger",
    )
    c = facts_factory(
        "Flooding in Kelso closed the ring road, and volunteers filled sandbags all night "
        "while the regional council met.",
        outlet="Kelso Echo",
    )
    found = [f for f in _omissions(compare([a, b, c]).findings)
             if any(e.text == "$240 million" for e in f.evidence)]
    assert len(found) == 1
    ids = {x.article.outlet: x.article.id for x in (a, b, c)}
    # the euro figure is shown as the same fact in other terms, and only the third omits it
    assert found[0].missing_in == (ids["Kelso Echo"],)
    assert any("€220m" in e.text for e in found[0].evidence)


def test_age_and_year_built_are_one_fact(facts_factory: Factory) -> None:
    a = facts_factory(
        "The 58-year-old stone bridge at Corran collapsed into the river on Sunday.",
        outlet="Highland Post",
        published="2025-06-02",
        quantities=(("58-year-old", 58, 58, 58, "year", "duration", "exact", None),),
    )
    b = facts_factory(
        "The stone bridge at Corran, built in 1967, collapsed into the river on Sunday.",
        outlet="Glen Times",
        published="2025-06-02",
        dates=(("1967", "1967-01-01", "1967-12-31", "year"),),
    )
    assert not any(any(e.text == "58-year-old" for e in f.evidence)
                   for f in _omissions(compare([a, b]).findings))


def test_reporters_in_credit_lines_are_not_omitted(facts_factory: Factory) -> None:
    text_a = ("Talks on the Danube shipping accord resumed in Vienna on Tuesday, diplomats said. "
              "(Reporting by Marta Kovacs; Editing by Oliver Grant)")
    a = facts_factory(
        text_a, outlet="Capital Wire",
        entities=(("Marta Kovacs", "PERSON", "person:marta-kovacs", "Marta Kovacs"),
                  ("Oliver Grant", "PERSON", "person:oliver-grant", "Oliver Grant")),
    )
    b = facts_factory(
        "Diplomats resumed talks on the Danube shipping accord in Vienna on Tuesday.",
        outlet="River Gazette",
    )
    names = {e.text for f in _omissions(compare([a, b]).findings) for e in f.evidence}
    assert not names & {"Marta Kovacs", "Oliver Grant"}


def test_an_outlet_naming_itself_is_not_a_fact(facts_factory: Factory) -> None:
    # the outlet's label carries a description in brackets, its text only the name
    a = facts_factory(
        "Diplomats resumed talks on the Danube shipping accord in Vienna on Tuesday, Harbour "
        "Watch has learned from two officials.",
        outlet="Harbour Watch (blog)",
        # (the tagger often takes a two-word outlet name for a person)
        entities=(("Harbour Watch", "PERSON", "person:harbour-watch", "Harbour Watch"),),
    )
    b = facts_factory(
        "Diplomats resumed talks on the Danube shipping accord in Vienna on Tuesday.",
        outlet="River Gazette",
    )
    names = {e.text for f in _omissions(compare([a, b]).findings) for e in f.evidence}
    assert "Harbour Watch" not in names


def test_an_outlet_calling_itself_by_its_last_word_is_not_named_with_a_figure(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "A payroll glitch sent out £90 million in bogus refunds before anyone noticed, the "
        "Klaxon can reveal.",
        outlet="The Evening Klaxon",
        quantities=(("£90 million", 90e6, 90e6, 90e6, "gbp", "currency", "exact", None),),
        entities=(("Klaxon", "ORG", "org:klaxon", "Klaxon"),),
    )
    b = facts_factory(
        "A payroll glitch sent out refunds that were too large before anyone noticed, officials "
        "said.",
        outlet="River Gazette",
    )
    found = _omissions(compare([a, b]).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["£90 million"]]


def test_places_and_outlets_of_a_dateline_do_not_go_with_an_omitted_figure(
    facts_factory: Factory,
) -> None:
    a = facts_factory(
        "MARLOW (Coast Wire) - At least 20 people were hurt in a crush at the Ferry Road "
        "ground on Saturday, five of them taken to the Marlow General Hospital. The home side "
        "had won the cup tie in extra time.",
        outlet="Coast Wire",
        quantities=(("At least 20 people", 20, 20, 23, None, "count", "at_least", "people"),),
        entities=(("MARLOW", "GPE", "gpe:marlow", "Marlow"),
                  ("Coast Wire", "ORG", "org:coast-wire", "Coast Wire"),
                  ("Marlow General Hospital", "ORG", "org:marlow-general-hospital",
                   "Marlow General Hospital")),
    )
    b = facts_factory(
        "Supporters were hurt in a crush at the Ferry Road ground on Saturday, and some of "
        "them were taken to hospital, the club said. Its chairman apologised to the visiting "
        "fans.",
        outlet="Club",
    )
    texts = {e.text for f in _omissions(compare([a, b]).findings) for e in f.evidence}
    assert "At least 20 people" in texts and "Marlow General Hospital" in texts
    assert not texts & {"MARLOW", "Coast Wire"}


def test_a_release_quoting_its_own_issuer_is_not_a_quote_others_omit(
    facts_factory: Factory,
) -> None:
    words = "restrictions will apply across the whole supply area from Monday"
    a = facts_factory(
        f'Stage 3 water restrictions begin on Monday. Essling Water said the "{words}". Gardens '
        "may be watered by hand.",
        outlet="Essling Water",
        quotes=((words, "Essling Water", "org:essling-water", "organization"),),
    )
    b = facts_factory(
        "Stage 3 water restrictions begin on Monday across Port Essling. Gardens may be "
        "watered by hand only.",
        outlet="Wire",
    )
    texts = {e.text for f in _omissions(compare([a, b]).findings) for e in f.evidence}
    assert words not in texts
    # the same words from another outlet's report are its quote of the utility
    c = facts_factory(
        f'Stage 3 water restrictions begin on Monday. Essling Water said the "{words}". Gardens '
        "may be watered by hand.",
        outlet="Transglobe Press",
        quotes=((words, "Essling Water", "org:essling-water", "organization"),),
    )
    texts = {e.text for f in _omissions(compare([c, b]).findings) for e in f.evidence}
    assert words in texts


def test_a_time_set_for_a_plan_is_not_an_omitted_fact(facts_factory: Factory) -> None:
    a = facts_factory(
        "The trawler Morwen Star struck rocks off Tennick Point at 02:41 on Saturday. "
        "The coastguard said further updates would be issued at 18:00.",
        outlet="Harbour Office",
    )
    b = facts_factory(
        "The trawler Morwen Star struck rocks off Tennick Point early on Saturday, and the "
        "coastguard promised updates through the day.",
        outlet="Coast Wire",
    )
    omitted = {e.text for f in _omissions(compare([a, b]).findings) for e in f.evidence}
    # the time of the event is a fact the wire leaves out; the time of the next update is not
    assert "02:41" in omitted
    assert "18:00" not in omitted


def _ferry(facts_factory: Factory, span: str, value: float, unit: str) -> list[ArticleFacts]:
    a = facts_factory(
        f"The Kessel chain ferry, which has crossed the estuary for {span}, was withdrawn "
        "on Monday after a cable snapped.",
        outlet="Estuary Wire", published="2026-02-02",
        quantities=((span, value, value, value, unit, "time", "exact", None),),
    )
    b = facts_factory(
        "The Kessel chain ferry was withdrawn on Monday after a cable snapped, and drivers "
        "face a long detour round the estuary.",
        outlet="Valley Post", published="2026-02-03",
    )
    return [a, b]


def test_a_round_span_of_decades_is_background_not_an_omission(facts_factory: Factory) -> None:
    """"for three decades" is background a later report may well drop; "for 14 months" is a
    figure it leaves out."""
    def omitted(span: str, value: float, unit: str) -> bool:
        return any(any(e.text == span for e in f.evidence)
                   for f in _omissions(compare(_ferry(facts_factory, span, value, unit)).findings))

    assert not omitted("three decades", 30, "year")
    assert omitted("14 months", 14, "month")


def test_a_year_is_a_fact_a_report_can_leave_out(facts_factory: Factory) -> None:
    """The year of an earlier event ("the worst flooding since 1994") is told by two reports
    and left out by a third that tells the same part of the story."""
    def flood(text: str, outlet: str, year: bool) -> ArticleFacts:
        return facts_factory(
            text, outlet=outlet, published="2027-03-08",
            dates=(("1994", "1994-01-01", "1994-12-31", "year"),) if year else (),
        )

    a = flood("The river Teme burst its banks at Ludmere, the worst flooding in the town since "
              "1994, the council said.", "Marches Wire", True)
    b = flood("Ludmere has not seen the river Teme burst its banks this badly since 1994, "
              "residents said.", "Teme Valley Post", True)
    c = flood("The river Teme burst its banks at Ludmere, and residents said the town had not "
              "seen flooding this bad for years.", "Border Daily", False)
    found = [f for f in _omissions(compare([a, b, c]).findings)
             if any(e.text == "1994" for e in f.evidence)]
    assert len(found) == 1
    assert found[0].missing_in == (c.article.id,)
    assert sorted(e.article for e in found[0].evidence if e.text == "1994") == sorted(
        (a.article.id, b.article.id))


def test_a_name_known_before_a_later_dated_mention_is_still_omitted(
    facts_factory: Factory,
) -> None:
    """The first report names the harbour master without a date; the last one names him again
    at a briefing dated after the second report. The second report, which tells the same part
    of the story without him, still leaves him out: he was known when it came out."""
    master = (("Tomas Reddan", "PERSON", "person:tomas-reddan", "Tomas Reddan"),)
    a = facts_factory(
        "Oil from the sunken dredger reached the beaches of Carrow Bay, harbour master Tomas "
        "Reddan said, and booms were laid across the marina.",
        outlet="Bay Wire", published="2027-05-03", entities=master,
    )
    b = facts_factory(
        "Oil from the sunken dredger reached the beaches of Carrow Bay, and booms were laid "
        "across the marina.",
        outlet="Coast Courier", published="2027-05-04",
    )
    c = facts_factory(
        "Oil from the sunken dredger reached the beaches of Carrow Bay, harbour master Tomas "
        "Reddan told a briefing on 6 May, and booms were laid across the marina.",
        outlet="Shipping Weekly", published="2027-05-07", entities=master,
        dates=(("6 May", "2027-05-06", "2027-05-06", "day"),),
    )
    found = [f for f in _omissions(compare([a, b, c]).findings)
             if any(e.text == "Tomas Reddan" for e in f.evidence)]
    assert len(found) == 1
    assert found[0].missing_in == (b.article.id,)


def test_a_fitting_value_elsewhere_is_shown_as_why_an_article_is_not_blamed(
    facts_factory: Factory,
) -> None:
    """The third report gives the year far from the passage the others tell it in: it is not
    said to leave the year out, and the finding shows its "2009" so the reader can see why."""
    year = (("2009", "2009-01-01", "2009-12-31", "year"),)
    stop = "The Brask cable car stopped above the river gorge on Monday with 30 riders aboard"
    a = facts_factory("The Brask cable car, which opened in 2009, stopped above the river gorge "
                      "on Monday with 30 riders aboard.", outlet="Alpine Wire",
                      published="2027-01-12", dates=year)
    b = facts_factory(stop + "; it opened in 2009.", outlet="Gorge Post",
                      published="2027-01-12", dates=year)
    c = facts_factory(stop + ".\n\nRescuers winched them down one by one. The last reached the "
                      "ground after dark. Engineers blamed a worn brake.\n\nTicket sales have "
                      "grown every season since 2009, its owners say.", outlet="Valley Times",
                      published="2027-01-14", dates=year)
    d = facts_factory(stop + ".", outlet="Night Desk", published="2027-01-14")
    found = [f for f in _omissions(compare([a, b, c, d]).findings)
             if any(e.text == "2009" for e in f.evidence)]
    assert len(found) == 1
    assert found[0].missing_in == (d.article.id,)
    assert c.article.id in {e.article for e in found[0].evidence}
    assert "Valley Times gives “2009”: a value that fits" in found[0].explanation


def test_another_date_for_the_event_tells_that_part(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report that dates the last inspection differently ("in January" / "on 4 March"), in a
    clause that reads like the other's, tells that part of the story with its own date: the
    date is there (shown as "another date where it tells this part"), not left out."""
    a = facts_factory("The safety board last inspected the Brask cable on 4 March.",
                      outlet="Alpine Wire", published="2027-04-12",
                      dates=(("4 March", "2027-03-04", "2027-03-04", "day"),))
    b = facts_factory("Rescuers winched the riders down. The safety board last inspected the "
                      "cable in January, its owners say.", outlet="Valley Times",
                      published="2027-04-14",
                      dates=(("January", "2027-01-01", "2027-01-31", "month"),))
    index = build_index([a, b])
    march = [m for m in index.mentions if m.text == "4 March"]
    mine = _mentions_of(index, 1)
    found, echo = presence._found_in(index, 1, mine, march, {})
    assert found and echo is not None and echo.text == "January"
    monkeypatch.setattr(presence, "SAME_DATE_CLAUSE_SIM", 1.01)
    assert presence._found_in(index, 1, mine, march, {}) == (False, None)


def test_a_quote_told_in_other_words_is_shown_as_why_an_article_is_not_blamed(
    facts_factory: Factory,
) -> None:
    """The second report quotes the skipper in other words further down: it is not said to
    leave his words out, and the finding shows the words it gives instead."""
    skipper = (("Ola Brun", "PERSON", "person:ola-brun", "Ola Brun"),)
    first = "We lost the mast in the first squall and then the radio went dead"
    later = "Then the radio went dead and we drifted for hours without help"
    towed = "The yacht Tern was towed into Skarsund on Tuesday"
    a = facts_factory(f'{towed}. "{first}," said skipper Ola Brun.', outlet="Coast Wire",
                      published="2026-06-02", entities=skipper,
                      quotes=((first, "Ola Brun", "person:ola-brun", "named_person"),))
    b = facts_factory(f"{towed} after a night at sea.\n\nLifeboat crews praised the skipper. "
                      "Families waited on the quay. The harbour bar reopened late.\n\n"
                      f'"{later}," said Ola Brun.', outlet="Fjord Post",
                      published="2026-06-03", entities=skipper,
                      quotes=((later, "Ola Brun", "person:ola-brun", "named_person"),))
    c = facts_factory(f"{towed} after a night at sea.", outlet="Night Desk",
                      published="2026-06-03")
    found = [f for f in _omissions(compare([a, b, c]).findings)
             if any(e.text == first for e in f.evidence)]
    assert len(found) == 1 and found[0].missing_in == (c.article.id,)
    assert "Fjord Post quotes “Then the radio went dead" in found[0].explanation
    assert any(e.text == later for e in found[0].evidence)


def test_a_name_in_another_form_is_shown_as_why_an_article_is_not_blamed(
    facts_factory: Factory,
) -> None:
    """The second report names the skipper by title and surname only: it is not said to leave
    him out, and the finding shows the name it uses."""
    towed = "The yacht Tern was towed into Skarsund on Tuesday after a night at sea"
    a = facts_factory(f"{towed}, skipper Ola Brun said.", outlet="Coast Wire",
                      published="2026-06-02",
                      entities=(("Ola Brun", "PERSON", "person:ola-brun", "Ola Brun"),))
    # the model took the skipper's title and surname for an organization
    b = facts_factory(f"{towed}, Skipper Brun said.", outlet="Fjord Post",
                      published="2026-06-03",
                      entities=(("Skipper Brun", "ORG", "org:skipper-brun", "Skipper Brun"),))
    c = facts_factory(f"{towed}.", outlet="Night Desk", published="2026-06-03")
    found = [f for f in _omissions(compare([a, b, c]).findings)
             if any(e.text == "Ola Brun" for e in f.evidence)]
    assert len(found) == 1 and found[0].missing_in == (c.article.id,)
    assert ("Fjord Post names “Skipper Brun”: the same name, in another form."
            in found[0].explanation)


def test_a_quote_given_to_a_pronoun_reads_as_a_phrase(facts_factory: Factory) -> None:
    """A quote the facts stage could only give to "She" is told as from someone the report
    calls "she", and "Another neighbour" in the middle of a sentence loses its capital."""
    words = "The water came up through the floor in minutes and we lost everything downstairs"
    other = "Nobody from the council came to see us until the water had gone down again"
    a = facts_factory(
        f'The river Dane burst its banks at Holm on Sunday. "{words}," she said. "{other}," '
        "another neighbour said.",
        outlet="Dane Wire", published="2026-02-02",
        quotes=((words, "She", None, "unknown"), (other, "Another neighbour", None, "unknown")),
    )
    b = facts_factory("The river Dane burst its banks at Holm on Sunday. The council came with "
                      "pumps once the water had gone down.", outlet="Holm Post",
                      published="2026-02-03")
    text = " ".join(f.explanation for f in _omissions(compare([a, b]).findings))
    assert "quotes someone it calls “she” (“The water came up" in text
    assert "quotes another neighbour (“Nobody from the council" in text


@pytest.mark.parametrize(("said", "phrase", "low", "high", "qualifier", "there"), [
    # "dozens" (12 to 120) may well be the 47 of the first report
    ("Angry farmers say dozens of farms have been hit by the thieves this spring.", "dozens",
     12.0, 120.0, "range", True),
    # 20 farms is another figure
    ("Angry farmers say 20 farms have been hit by the thieves this spring.", "20 farms",
     20.0, 20.0, "exact", False),
])
def test_a_vague_multiple_may_tell_a_count(
    facts_factory: Factory, said: str, phrase: str, low: float, high: float, qualifier: str,
    there: bool,
) -> None:
    a = facts_factory("Thieves took sheep from 47 farms across the Kell Fells, police said.",
                      outlet="Fell Police", published="2027-05-04",
                      quantities=(("47 farms", 47, 47, 47, None, "count", "exact", "farms"),))
    b = facts_factory(said, outlet="Fell Wire", published="2027-05-05",
                      quantities=((phrase, low, low, high, None, "count", qualifier, "farms"),))
    index = build_index([a, b])
    count = [m for m in index.mentions if m.text == "47 farms"]
    mine = _mentions_of(index, 1)
    assert presence._found_in(index, 1, mine, count, {})[0] is there


@pytest.mark.parametrize(("span", "years", "there"), [
    # 2081 is 42 years after a report of 2039
    ("42 years away", 42, True),
    ("15 years away", 15, False),
])
def test_a_span_of_years_to_a_year_tells_that_year(
    facts_factory: Factory, span: str, years: int, there: bool
) -> None:
    seconds = years * 365.25 * 86400
    a = facts_factory("Comet Arlo will return to the inner solar system in 2081, astronomers say.",
                      outlet="Sky Wire", published="2039-08-14",
                      dates=(("2081", "2081-01-01", "2081-12-31", "year"),))
    b = facts_factory(f"The return of Comet Arlo is {span}, visitors to the dome heard.",
                      outlet="Daily Yelp", published="2039-08-15",
                      quantities=((span, years, years, years, "year", "time", "exact", None),))
    index = build_index([a, b])
    year = [m for m in index.mentions if m.text == "2081"]
    mine = _mentions_of(index, 1)
    found, echo = presence._found_in(index, 1, mine, year, {})
    assert found is there
    assert (echo is not None and echo.value == pytest.approx(seconds)) is there


@pytest.mark.parametrize(("told", "phrase", "years", "born", "there"), [
    ("The winger, 24, signed for Castlebridge on Friday.", "24", 24,
     ("14 March 2003", "2003-03-14", "2003-03-14", "day"), True),
    ("The winger, 24, signed for Castlebridge on Friday.", "24", 24,
     ("March 2003", "2003-03-01", "2003-03-31", "month"), True),
    # a day two years back is another event of the story far more often than a birth
    ("The winger signed a two-year deal with Castlebridge on Friday.", "two-year", 2,
     ("14 March 2025", "2025-03-14", "2025-03-14", "day"), False),
])
def test_a_birth_date_tells_an_age(
    facts_factory: Factory, told: str, phrase: str, years: int,
    born: tuple[str, str, str, str], there: bool,
) -> None:
    a = facts_factory(told, outlet="Sport Wire", published="2027-08-20",
                      quantities=((phrase, years, years, years, "year", "time", "exact",
                                   None),))
    b = facts_factory(f"The winger, born on {born[0]}, signed for Castlebridge on Friday.",
                      outlet="Club News", published="2027-08-21", dates=(born,))
    index = build_index([a, b])
    span = [m for m in index.mentions if m.kind == "quantity"]
    mine = _mentions_of(index, 1)
    assert presence._found_in(index, 1, mine, span, {})[0] is there


def test_a_time_that_stamps_a_release_is_no_omission(facts_factory: Factory) -> None:
    """The time in a release's header line (no end stop) or opening an update stamps the text;
    the times of the events are still facts another report leaves out."""
    a = facts_factory(
        "Harlow Water press office, 3 May 2027, 18:00\n\nA main burst under Mill Street at 14:10 "
        "on Monday and flooded six homes, the utility said. Crews closed the valve at 16:45.\n\n"
        "Update, 19:30: the six homes have all been pumped dry, the utility said.",
        outlet="Harlow Water", published="2027-05-03",
    )
    b = facts_factory(
        "A burst water main flooded six homes on Mill Street on Monday, the utility said. Crews "
        "closed the valve later that afternoon, and the homes have been pumped dry.",
        outlet="Town Wire", published="2027-05-04",
    )
    left_out = {e.text for f in _omissions(compare([a, b]).findings) for e in f.evidence}
    assert {"14:10", "16:45"} <= left_out
    assert not left_out & {"18:00", "19:30"}
