"""Ages of named people, counts of events against counts of people, and dates of a telling
written before its verb (texts written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from findings import age, conflict_texts, read_conflicts, read_two
from findings import conflicts as _conflicts

from counterpoint.compare import compare
from counterpoint.compare.align import _score
from counterpoint.compare.lede import said_date
from counterpoint.compare.mentions import build_index
from counterpoint.compare.values import sides
from counterpoint.facts import resolve_entities_across
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]
YEAR = 365.25 * 86400
PENROSE = ("Orla Penrose", "PERSON", "person:orla-penrose", "Orla Penrose")


def _age(text: str, years: float) -> tuple[object, ...]:
    """An age in years as the facts stage gives it, for a facts_factory quantity."""
    return (text, float(years), float(years), float(years), "year", "age", "exact", None)


def _ages(facts_factory: Factory, second_age: int) -> list[ArticleFacts]:
    a = facts_factory(
        "A light aircraft came down in a field near Hollow Green on Sunday morning. The "
        "instructor, Orla Penrose, 61, was treated at the scene for cuts to her hands.",
        outlet="Shire Wire", published="2026-04-05",
        quantities=(_age("61", 61),),
        entities=(PENROSE,),
    )
    b = facts_factory(
        "Witnesses said the aircraft clipped a hedge before it stopped. Its passenger walked "
        f"away, and the {second_age}-year-old instructor Orla Penrose was praised by rescuers.",
        outlet="Evening Post", published="2026-04-06",
        quantities=(_age(f"{second_age}-year-old", second_age),),
        entities=(PENROSE,),
    )
    return [a, b]


def test_two_ages_of_one_named_person_conflict(facts_factory: Factory) -> None:
    """An age is a count of years: 61 and 59 disagree (a 2% slack on measures would make them
    agree), and the name each age belongs to aligns them though their sentences differ."""
    index = build_index(_ages(facts_factory, 59))
    ages = [m for m in index.mentions if m.key.startswith("q|age|")]
    assert [m.of for m in ages] == ["orla-penrose", "orla-penrose"]
    found = _conflicts(compare(_ages(facts_factory, 59)).findings)
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"61", "59-year-old"}
    assert sorted(s for s in sides(found[0]) if s is not None) == [0, 1]  # the report's sides


def test_one_age_of_one_named_person_agrees(facts_factory: Factory) -> None:
    comp = compare(_ages(facts_factory, 61))
    assert not _conflicts(comp.findings)
    assert any(f.kind == "agreement" for f in comp.findings)


def _arrests(facts_factory: Factory, noun: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Riverside Police said 14 people were arrested after the match at Kelso Park on "
        "Saturday, for offences including assault and throwing missiles.",
        outlet="Wire North", published="2026-05-17",
        quantities=(("14 people", 14.0, 14.0, 14.0, None, "count", "exact", "people"),),
    )
    b = facts_factory(
        f"Officers made 41 {noun} on the night as fans poured onto the pitch at Kelso Park.",
        outlet="Sunday Shout", published="2026-05-17",
        quantities=((f"41 {noun}", 41.0, 41.0, 41.0, None, "count", "exact", noun),),
    )
    return [a, b]


def test_a_count_of_arrests_counts_the_people_arrested(facts_factory: Factory) -> None:
    """"41 arrests" counts what "14 people were arrested" counts (the same word in the
    other's clause): the two figures are one measure and disagree."""
    found = _conflicts(compare(_arrests(facts_factory, "arrests")).findings)
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"14 people", "41 arrests"}


def test_a_count_of_events_counts_a_named_group_the_event_befell() -> None:
    """"95 rescues" counts what "some 60 climbers were rescued" counts: a group of people
    named by its noun, not only "people", and the same word in its clause."""
    found = read_conflicts(
        "Some 60 climbers were rescued from the Marl Crags last winter, the mountain team said.",
        "The mountain team carried out 95 rescues on the Marl Crags last winter.",
    )
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["95 rescues", "Some 60 climbers"]]


def test_a_count_of_other_things_does_not_count_the_people(facts_factory: Factory) -> None:
    assert not _conflicts(compare(_arrests(facts_factory, "flares")).findings)


def test_a_share_of_the_people_is_not_a_count_of_events(facts_factory: Factory) -> None:
    """Voters are the people who vote, not votes: "131,270 registered voters" and a city of
    "190,000 people" whose sentence tells of votes count different groups."""
    a = facts_factory(
        "Turnout was low: 131,270 registered voters were eligible to vote on the arena plan.",
        outlet="Tribune", published="2026-03-06",
        quantities=(("131,270 registered voters", 131270.0, 131270.0, 131270.0, None, "count",
                     "exact", "voters"),),
    )
    b = facts_factory(
        "The Yes side won a little under 29,000 votes in a city of 190,000 people.",
        outlet="Watch", published="2026-03-07",
        quantities=(("190,000 people", 190000.0, 190000.0, 190000.0, None, "count", "exact",
                     "people"),),
    )
    assert not _conflicts(compare([a, b]).findings)


def test_a_date_before_a_verb_of_saying_dates_the_telling(facts_factory: Factory) -> None:
    """"The association today announces ... the final on 16 May": "today" dates the telling,
    so the lede's date of the final is 16 May, and it disputes another report's 17 May."""
    a = facts_factory(
        "The Ardley Football League today announces the penalties that follow the cup final "
        "between Corby Town and Wexham Rovers at Ember Park on 16 May 2026. Both clubs were "
        "fined for the disorder that followed the final whistle.",
        outlet="Ardley Football League", published="2026-05-20",
        dates=(("today", "2026-05-20", "2026-05-20", "day"),
               ("16 May 2026", "2026-05-16", "2026-05-16", "day")),
    )
    b = facts_factory(
        "Wexham Rovers were beaten in the cup final on May 17 when a late goal that their "
        "players said was offside won it for Corby Town at Ember Park.",
        outlet="Radio Vesk", published="2026-05-22",
        dates=(("May 17", "2026-05-17", "2026-05-17", "day"),),
    )
    index = build_index([a, b])
    today = next(m for m in index.mentions if m.text == "today")
    assert said_date(index.articles[0], today)
    assert "16 May 2026" in {m.text for m in index.mentions if m.uid in index.ledes}
    found = _conflicts(compare([a, b]).findings)
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"16 May 2026", "May 17"}


@pytest.mark.parametrize(
    ("sentence", "telling"),
    [
        # a body that confirms or reveals on a day tells of a statement made that day
        ("Two geese tested positive for the virus, the county council confirmed yesterday.",
         True),
        ("Officials revealed on Friday that two geese tested positive for the virus.", True),
        ("The Orme trust today confirms that two geese tested positive for the virus.", True),
        # a warning is a statement too ("vets warned last night"), unless someone was warned
        ("Poultry keepers face a housing order, Tarnby vets warned yesterday.", True),
        ("Keepers at the Tarnby farm were warned on Friday to house their geese.", False),
        # in the passive the verb tells of the event itself
        ("The outbreak at the Tarnby farm was first confirmed on Friday.", False),
        # ... and a verb that can tell of saying ("added") is no saying in the passive
        ("Chlorine was added on Friday to the water at the Tarnby farm.", False),
        ("The Tarnby farm's water was tested on Friday, the county vet added.", False),
        ("The Tarnby farm's water is clean, the county vet added on Friday.", True),
        # "according to" after the date names a source; the date is the event's
        ("Geese at the Tarnby farm fell ill on Friday according to the county vet.", False),
    ],
)
def test_a_body_confirming_on_a_day_dates_the_telling(
    facts_factory: Factory, sentence: str, telling: bool
) -> None:
    day = next(w for w in ("yesterday", "on Friday", "today") if w in sentence).removeprefix("on ")
    a = facts_factory(sentence, outlet="Orme Post", published="2026-05-23",
                      dates=((day, "2026-05-22", "2026-05-22", "day"),))
    index = build_index([a])
    (dated,) = [m for m in index.mentions if m.kind == "date"]
    assert said_date(index.articles[0], dated) is telling


def _quoted(facts_factory: Factory, second: tuple[str, str]) -> list[ArticleFacts]:
    words = "It was like being spun in a tumble dryer"
    a = facts_factory(
        f'One passenger, Maureen Ashdale, said: "{words}," from her hospital bed.',
        outlet="Shire Wire", published="2026-04-05",
        quotes=((words, "Maureen Ashdale", "person:maureen-ashdale", "named_person"),),
    )
    b = facts_factory(
        f'{second[0]}, who was on the flight, said: "{words}. I have never been so scared."',
        outlet="Evening Post", published="2026-04-06",
        quotes=((words, second[0], second[1], "named_person"),),
    )
    return [a, b]


def test_one_surname_with_two_first_names_is_two_speakers(facts_factory: Factory) -> None:
    found = _conflicts(compare(_quoted(
        facts_factory, ("Colin Ashdale", "person:colin-ashdale"))).findings)
    assert len(found) == 1
    assert "Colin Ashdale" in found[0].explanation


def test_a_surname_alone_may_be_the_same_speaker(facts_factory: Factory) -> None:
    """"Mrs Ashdale" is most likely the Maureen Ashdale of the other report."""
    comp = compare(_quoted(facts_factory, ("Mrs Ashdale", "person:mrs-ashdale")))
    assert not _conflicts(comp.findings)


def _fines(facts_factory: Factory, label: str) -> list[ArticleFacts]:
    a = facts_factory(
        "Wexham Rovers have been fined £250,000 for failing to stop their supporters running "
        "onto the field of play.",
        outlet="Ardley Football League", published="2026-05-20",
        quantities=(("£250,000", 250000.0, 250000.0, 250000.0, "gbp", "currency", "exact",
                     None),),
        entities=(("Wexham Rovers", label.upper(), f"{label}:wexham-rovers", "Wexham Rovers"),),
    )
    b = facts_factory(
        "The league announced yesterday that Wexham Rovers must pay 200,000 pounds and play "
        "one match without spectators.",
        outlet="Radio Vesk", published="2026-05-21",
        quantities=(("200,000 pounds", 200000.0, 200000.0, 200000.0, "gbp", "currency",
                     "exact", None),),
        entities=(("Wexham Rovers", "ORG", "org:wexham-rovers", "Wexham Rovers"),),
    )
    return [a, b]


def test_one_name_tagged_two_ways_is_one_entity(facts_factory: Factory) -> None:
    """The small tagger may call a club a person in one report: resolving the story's
    entities gives it one id, so its name still ties the two fines together, as it does when
    both call it an organisation."""
    for label in ("org", "person"):
        facts = resolve_entities_across(_fines(facts_factory, label))
        assert {e.id for f in facts for e in f.entities} == {"org:wexham-rovers"}
        found = _conflicts(compare(facts).findings)
        assert len(found) == 1, label


def test_compare_resolves_the_story_entities_itself(facts_factory: Factory) -> None:
    """The public compare() resolves names across the story as the CLI does: facts straight
    from extraction, one article tagging the club a person, still give the fine conflict, and
    resolving again first changes nothing."""
    facts = _fines(facts_factory, "person")
    found = _conflicts(compare(facts).findings)
    assert len(found) == 1
    assert compare(resolve_entities_across(facts)) == compare(facts)
    assert resolve_entities_across(resolve_entities_across(facts)) == resolve_entities_across(
        facts
    )


def _suspects(facts_factory: Factory, younger: int) -> list[ArticleFacts]:
    a = facts_factory(
        "Detectives held two brothers, aged 44 and 17, at a farm near Cullen Ford on Tuesday "
        "over the theft of copper cable from the railway depot.",
        outlet="Cullen Constabulary", published="2026-03-04",
        quantities=(_age("44", 44), _age("17", 17)),
    )
    b = facts_factory(
        "Two brothers, aged 44 and " + str(younger) + ", were held at a farm near Cullen Ford "
        "over the copper cable stolen from the railway depot.",
        outlet="Ford Courier", published="2026-03-05",
        quantities=(_age("44", 44), _age(str(younger), younger)),
    )
    c = facts_factory(
        "Two brothers were held at a farm near Cullen Ford over the copper cable stolen "
        "from the railway depot, and trains ran late all week.",
        outlet="Rail Weekly", published="2026-03-06",
    )
    return [a, b, c]


def test_the_later_ages_of_a_list_after_aged_align_by_their_list(facts_factory: Factory) -> None:
    """"aged 44 and 17" against "aged 44 and 15": the second age reads the clause of the list,
    so it meets the other report's second age, and the two disagree."""
    found = _conflicts(compare(_suspects(facts_factory, 15)).findings)
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"17", "15"}
    assert not _conflicts(compare(_suspects(facts_factory, 17)).findings)


def test_ages_after_aged_are_facts_a_report_can_leave_out(facts_factory: Factory) -> None:
    """The suspects' ages are part of the story: the report that tells of the arrests without
    them leaves them out."""
    omitted = [f for f in compare(_suspects(facts_factory, 17)).findings if f.kind == "omission"]
    assert any({"44", "17"} <= {e.text for e in f.evidence} for f in omitted)


def test_an_age_in_apposition_is_a_fact_a_report_can_leave_out(facts_factory: Factory) -> None:
    """"Ines Varga, 61," named again later without her age: the later report leaves it out."""
    varga = (("Ines Varga", "PERSON", "person:ines-varga", "Ines Varga"),)
    a = facts_factory(
        "The lifeboat crew pulled the kayaker, Ines Varga, 61, from the water off Skell Point on "
        "Sunday afternoon.",
        outlet="Skell Coastguard", published="2026-07-05", entities=varga,
        quantities=(_age("61", 61),),
    )
    b = facts_factory(
        "The lifeboat crew pulled the kayaker Ines Varga from the water off Skell Point on "
        "Sunday, and she was treated for the cold.",
        outlet="Point Gazette", published="2026-07-06", entities=varga,
    )
    omitted = [f for f in compare([a, b]).findings if f.kind == "omission"]
    assert any("61" in {e.text for e in f.evidence} and f.missing_in == (b.article.id,)
               for f in omitted)


def test_a_person_and_her_age_left_out_together_are_one_omission(
    facts_factory: Factory,
) -> None:
    """A witness named with her age in one report and absent from a later one: one omission
    names her and gives her age, not two."""
    a = facts_factory(
        "Smoke poured from the bakery on Quay Street, said Nora Lisle, 47, who runs the shop "
        "next door, and firefighters kept the blaze from spreading.",
        outlet="Quay Wire", published="2026-09-01",
        entities=(("Nora Lisle", "PERSON", "person:nora-lisle", "Nora Lisle"),),
        quantities=(_age("47", 47),),
    )
    b = facts_factory(
        "Smoke poured from the bakery on Quay Street, and firefighters kept the blaze from "
        "spreading.",
        outlet="Harbour Echo", published="2026-09-02",
    )
    found = [f for f in compare([a, b]).findings if f.kind == "omission"
             if {"Nora Lisle", "47"} & {e.text for e in f.evidence}]
    assert len(found) == 1
    assert {"Nora Lisle", "47"} <= {e.text for e in found[0].evidence}
    assert found[0].topic == "named person: Nora Lisle"


@pytest.mark.parametrize("article", ["a", "the"])
def test_an_age_after_a_name_and_an_article_belongs_to_that_name(
    facts_factory: Factory, article: str
) -> None:
    """"Mira Holt, a 52-year-old accountant," (or "the 52-year-old accountant") gives Mira
    Holt's age as "Mira Holt, 57," does: both are hers, so they disagree."""
    holt = ("Mira Holt", "PERSON", "person:mira-holt", "Mira Holt")
    a = facts_factory(
        f"The club's treasurer, Mira Holt, {article} 52-year-old accountant, resigned on Monday "
        "after the audit.",
        outlet="Borough Wire", published="2026-02-03",
        quantities=(_age("52-year-old", 52),),
        entities=(holt,),
    )
    b = facts_factory(
        "Members were told at the meeting that Mira Holt, 57, had stepped down.",
        outlet="Town Crier", published="2026-02-04",
        quantities=(_age("57", 57),),
        entities=(holt,),
    )
    ages = [m for m in build_index([a, b]).mentions if m.key.startswith("q|age|")]
    assert [m.of for m in ages] == ["mira-holt", "mira-holt"]
    found = _conflicts(compare([a, b]).findings)
    assert [{e.text for e in f.evidence} for f in found] == [{"52-year-old", "57"}]


def test_a_person_is_shown_in_the_fullest_form_the_article_names(facts_factory: Factory) -> None:
    """A surname in the first line and the full name further down: the mention is the full
    name, where the article introduces the person properly."""
    text = ("Harbour strike: Maddox digs in. Union leader Ana Maddox said on Monday that the "
            "dockers would stay out until the port met their demands.")
    a = facts_factory(text, outlet="Dock Wire", entities=(
        ("Maddox", "PERSON", "person:ana-maddox", "Ana Maddox"),
        ("Ana Maddox", "PERSON", "person:ana-maddox", "Ana Maddox"),
    ))
    people = [m.text for m in build_index([a]).mentions if m.kind == "entity"]
    assert people == ["Ana Maddox"]


def _injured(facts_factory: Factory, tabloid: str) -> list[ArticleFacts]:
    wire = facts_factory(
        "Hospital staff saw nine people. One of them, Nora Bellweather, 68, fell on "
        "the stairs of her block as she hurried out.",
        outlet="Valley Wire", published="2041-03-12",
        quantities=(age("68", 68),),
        entities=(("Nora Bellweather", "PERSON", "person:nora-bellweather", "Nora Bellweather"),),
    )
    # the recognizer found no one in the tabloid's copy
    other = facts_factory(tabloid, outlet="Daily Siren", published="2041-03-13",
                          quantities=(age("72", 72),))
    return [wire, other]


def test_a_full_name_found_in_one_report_is_known_in_another_that_writes_it(
    facts_factory: Factory,
) -> None:
    facts = _injured(facts_factory, "The pensioners' club laid on a minibus for the day. "
                     "Gran Nora Bellweather, 72, slipped on the steps outside her flat.")
    index = build_index(facts)
    tabloid = index.articles[1]
    named = [i for i, e in enumerate(tabloid.entities) if "person:nora-bellweather" in e]
    assert [tabloid.sentence_text(i)[:24] for i in named] == ["Gran Nora Bellweather, 7"]
    # the sentence before it is not said to name her
    assert "person:nora-bellweather" not in tabloid.near_entities[0]
    # so the two ages are said of one person
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert "shared entities person:nora-bellweather" in _score(index, m, n, {0: 1, 1: 1}).reasons


def test_an_age_beside_a_name_found_in_another_report_is_that_persons(
    facts_factory: Factory,
) -> None:
    facts = _injured(facts_factory, "The pensioners' club laid on a minibus for the day. "
                     "Nora Bellweather, 72, who has run the club for years, slipped on the "
                     "steps outside her flat.")
    index = build_index(facts)
    m, n = (x for x in index.mentions if x.kind == "quantity")
    assert m.of == n.of == "nora-bellweather"
    assert "both describe nora-bellweather" in _score(index, m, n, {0: 1, 1: 1}).reasons
    assert [f.kind for f in compare(facts).findings if f.kind != "omission"] == ["conflict"]


def test_a_surname_alone_is_no_name_found_elsewhere(facts_factory: Factory) -> None:
    facts = _injured(facts_factory, "The pensioners' club laid on a minibus for the day. "
                     "Gran Bellweather, 72, slipped on the steps outside her flat.")
    index = build_index(facts)
    assert not any(index.articles[1].entities)


def test_the_ages_of_two_named_people_are_never_one_fact(facts_factory: Factory) -> None:
    def person(name: str) -> tuple[str, str, str, str]:
        return (name, "PERSON", "person:" + name.lower().replace(" ", "-"), name)

    facts = [
        facts_factory("\"The ice down there is older than anything we have held,\" said "
                      "Mara Lind, 52, the team's chief scientist.", outlet="Polar Wire",
                      published="2040-12-10", quantities=(age("52", 52),),
                      entities=(person("Mara Lind"),)),
        facts_factory("Chief drill engineer Olaf Brenn, 44, told of a stoppage when the drill "
                      "froze in the hole.", outlet="Ice Review", published="2040-12-12",
                      quantities=(age("44", 44),), entities=(person("Olaf Brenn"),)),
        facts_factory("Team leader Mara Lind, 55, has spent five winters on the ice.",
                      outlet="Daily Roar", published="2040-12-14",
                      quantities=(age("55", 55),), entities=(person("Mara Lind"),)),
    ]
    index = build_index(facts)
    lind, brenn = (m for m in index.mentions if m.text in ("52", "44"))
    assert (lind.of, brenn.of) == ("mara-lind", "olaf-brenn")
    edge = _score(index, lind, brenn, {0: 1, 1: 1})
    assert (edge.score, edge.reasons) == (0.0, ("the ages of two people",))
    # Mara Lind's two ages still disagree, and the engineer's takes no side in it
    found = _conflicts(compare(facts).findings)
    assert [sorted(e.text for e in f.evidence) for f in found] == [["52", "55"]]


def _widow(facts_factory: Factory, husband: str) -> list[ArticleFacts]:
    a = facts_factory(
        "The oldest woman in Carrow Bay died at home on Tuesday, the parish said. Her husband, "
        f"a ferryman, died {husband} at the age of 64 and she kept his boat for decades.",
        outlet="Carrow Parish", published="2026-02-11",
        quantities=(_age("64", 64),),
        dates=(("1979", "1979-01-01", "1979-12-31", "year"),) if "1979" in husband else (),
    )
    b = facts_factory(
        "Carrow Bay's oldest resident has died at the age of 107, her family said, and the "
        "ferry she loved will carry her coffin.",
        outlet="Bay Courier", published="2026-02-12",
        quantities=(_age("107", 107),),
    )
    return [a, b]


def test_an_age_told_of_a_year_long_past_is_another_measure(facts_factory: Factory) -> None:
    """A husband's age at his death in 1979 and the widow's age at hers this week: ages grow,
    so an age dated years before the other is someone's age then, never a contradiction. The
    same two sentences without the year keep nothing apart (the two ages then conflict)."""
    assert not _conflicts(compare(_widow(facts_factory, "in 1979")).findings)
    assert _conflicts(compare(_widow(facts_factory, "young")).findings)


def test_an_age_in_a_when_clause_after_a_year_is_told_of_that_year() -> None:
    """"had stood since 2019, when Hal was 31": the age is dated to 2019, so it is his age
    then, and the "39" of a report of 2027 (his age now) does not dispute it."""
    facts = resolve_entities_across(read_two(
        "The previous record of 3 hours 12 minutes belonged to Tomas Hal, 39, a retired "
        "surveyor from Brede, who ran it in 2019.",
        "Hal's time of 3 hours 12 minutes had stood since 2019, when Hal was 31, and few "
        "thought it would fall.",
    ))
    index = build_index(facts)
    then = next(m for m in index.mentions if m.text == "31")
    assert then.when is not None and then.when[1] - then.when[0] == 364.0
    assert not [f for f in _conflicts(compare(facts).findings)
                if {"31", "39"} & {e.text for e in f.evidence}]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # the age she joined at against her age now: two measures
    ("Lena Moor, 19,", "Moor, who joined the town's youth side at the age of 9,", False),
    # the ages both reports say she began at: one measure, and they disagree
    ("Lena Moor, who began playing aged 6,", "Moor, who began playing aged 8,", True),
])
def test_the_age_at_which_someone_took_something_up_is_not_their_age_now(
    first: str, second: str, conflict: bool
) -> None:
    """An age in a clause telling when its holder took something up ("joined ... at the age
    of 9", "began playing aged 6") is an age long past, kept apart from an age told plainly."""
    facts = resolve_entities_across(read_two(
        f"{first} scored twice in the final at Ashgrove on Saturday. Her header in the 80th "
        "minute won the cup for Ashgrove Rovers.",
        f"{second} was mobbed after her late header won the cup for Ashgrove Rovers.",
    ))
    found = [sorted(e.text for e in f.evidence) for f in _conflicts(compare(facts).findings)]
    assert (found == [sorted(a.split()[-1].strip(",") for a in (first, second))]) is conflict
    assert len(found) == int(conflict)


def test_people_named_by_what_they_love_may_be_the_volunteers_of_another_report() -> None:
    """"nature lovers" names people by a liking, not a group apart from "volunteers": the two
    counts of one survey's helpers meet, and disagree."""
    found = conflict_texts(
        "A total of 5,200 volunteers took part in the Fenmoor moth survey, which ran for "
        "three nights in June.",
        "Nearly 8,000 nature lovers took part in the Fenmoor moth survey this June.",
    )
    assert found == [["5,200 volunteers", "Nearly 8,000 nature lovers"]]


def test_an_audience_and_a_count_of_viewers_count_the_same_people() -> None:
    """ "A television audience of 4.2 million" counts people, as "3.5 million viewers" does."""
    found = read_conflicts(
        "Sunday's derby was watched by a television audience of 4.2 million at its height, the"
        " broadcaster said on Monday. It was the biggest audience for the sport in years.",
        "Some 3.5 million viewers tuned in to Sunday's derby at its height, the broadcaster"
        " said.",
    )
    assert [sorted(e.text for e in f.evidence) for f in found] == [
        ["4.2 million", "Some 3.5 million viewers"]]
