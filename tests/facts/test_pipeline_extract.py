"""analyze() and extract(): the whole facts pipeline on text we wrote."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from counterpoint.facts import ANALYSIS_VERSION, analyze, extract, resolve_entities_across
from counterpoint.ingest.normalize import make_article
from counterpoint.model import ArticleFacts

STORY = (
    "Officials in Seoul said on March 3, 2021 that about 250 foreigners remained in Pyongyang. "
    "The group walked nearly 2 kilometers to the Tumen River before crossing into Russia.\n\n"
    '"We cannot buy medicine here," Russian Ambassador Ivan Petrov told reporters. '
    "Petrov said the embassy would reportedly cut its staff by half next month."
)
SHORT = [
    "The WFP said on Friday that its last two staff members had left North Korea.",
    "Britain closed its embassy in Pyongyang in May 2020, citing strict quarantine rules.",
    "Nearly 30 diplomats crossed into China by bus, an official in Dandong said.",
]


@pytest.fixture(scope="module")
def story() -> ArticleFacts:
    return analyze(STORY, published="2021-03-04")


def test_version_is_exposed() -> None:
    assert isinstance(ANALYSIS_VERSION, str) and ANALYSIS_VERSION


def test_end_to_end_on_our_story(story: ArticleFacts) -> None:
    text = story.article.text
    assert text == STORY and story.article.published == "2021-03-04"
    quantities = {q.text: q for q in story.quantities}
    assert quantities["about 250 foreigners"].value == 250
    assert quantities["about 250 foreigners"].qualifier == "approx"
    assert quantities["nearly 2 kilometers"].si_unit == "meter"
    dates = {d.text: d for d in story.dates}
    assert dates["March 3, 2021"].start == "2021-03-03"
    assert dates["next month"].start == "2021-04-01"
    # the lone surname is the ambassador, whatever label the model gave it
    petrov = [e for e in story.entities if e.text == "Petrov"]
    assert petrov and {(e.id, e.label) for e in petrov} == {("person:ivan-petrov", "PERSON")}
    direct = [q for q in story.quotes if q.direct]
    assert [q.text for q in direct] == ["We cannot buy medicine here"]
    assert direct[0].speaker_id == "person:ivan-petrov"
    preds = {s.predicate: s for s in story.statements}
    assert preds["walk"].objects == ("river:tumen",)
    # the statement's predicate is the verb of its figure ("cut its staff by half")
    assert quantities["half"].value == 0.5
    assert preds["cut"].hedges == ("reportedly",)
    assert preds["tell"].subjects == ("person:ivan-petrov",)
    for group in (story.entities, story.quantities, story.dates, story.quotes, story.statements):
        for item in group:
            assert text[item.span[0] : item.span[1]] == item.text
    # the framing profile is computed on the same parse, with its spans in the same text
    assert story.framing is not None
    assert "reportedly" in [h.text for h in story.framing.hedges]
    for item in (*story.framing.loaded, *story.framing.hedges):
        assert text[item.span[0] : item.span[1]] == item.text


def test_published_argument_beats_the_article_date() -> None:
    article = make_article("The talks ended on Friday after a long week.", source="t",
                           published="2021-03-04")
    own = analyze(article)
    moved = analyze(article, published=date(2022, 6, 1))
    assert own.dates[0].start == "2021-02-26"  # the Friday before Thursday, March 4
    assert moved.dates[0].start == "2022-05-27"


def test_extract_keeps_order_and_matches_analyze() -> None:
    articles = [make_article(t, source=f"s{i}", published="2021-03-02")
                for i, t in enumerate(SHORT)]
    mixed: list = [articles[0], SHORT[1], articles[2]]
    batched = list(extract(mixed, published="2021-03-02", batch_size=2))
    single = [analyze(a, published="2021-03-02") for a in mixed]
    assert [f.article.text for f in batched] == SHORT
    assert batched == single


def test_extract_with_two_processes_matches() -> None:
    # In a fresh interpreter with a time limit: a worker that hangs must fail, not stall CI.
    code = (
        "import sys, json; from counterpoint.facts import extract; "
        "from counterpoint.model import to_jsonable; texts = json.loads(sys.argv[1]); "
        "two = [to_jsonable(f) for f in extract(texts, n_process=2, batch_size=1)]; "
        "one = [to_jsonable(f) for f in extract(texts)]; "
        "print(len(two), two == one)"
    )
    out = subprocess.run([sys.executable, "-c", code, json.dumps(SHORT)], capture_output=True,
                         text=True, timeout=240, check=True)
    assert out.stdout.split() == [str(len(SHORT)), "True"]


def test_extract_is_lazy() -> None:
    def texts():  # type: ignore[no-untyped-def]
        yield SHORT[0]
        raise AssertionError("read too far")

    first = next(iter(extract(texts(), batch_size=1)))
    assert first.article.text == SHORT[0]


def test_surnames_resolve_across_articles() -> None:
    a = analyze("Ambassador Alexander Matsegora said supplies ran short in February 2021.")
    b = analyze("Matsegora said on Friday that 12 families had left, and Matsegora stayed.")
    assert {e.id for e in b.entities if e.label == "PERSON"} == {"person:matsegora"}
    fixed_a, fixed_b = resolve_entities_across([a, b])
    assert fixed_a == a
    people = [e for e in fixed_b.entities if e.text == "Matsegora"]
    assert people and {e.id for e in people} == {"person:alexander-matsegora"}
    assert {e.name for e in people} == {"Alexander Matsegora"}
    for st in fixed_b.statements:
        assert "person:matsegora" not in st.subjects
    assert resolve_entities_across([b]) == [b]


def test_resolution_needs_a_unique_full_name() -> None:
    a = analyze("Ambassador Alexander Matsegora spoke first.")
    c = analyze("Then Olga Matsegora, his cousin, replied.")
    b = analyze("Matsegora said on Friday that 12 families had left.")
    out = resolve_entities_across([a, c, b])
    assert {e.id for e in out[2].entities if e.text == "Matsegora"} <= {"person:matsegora"}
    assert out[2] == replace(b)


def test_a_short_name_stands_for_the_parent_company_not_its_department() -> None:
    from counterpoint.facts.aliases import alias_map
    from counterpoint.model import Entity

    full = Entity("Arvenne Motors", (0, 14), "ORG", "org:arvenne-motors", "Arvenne Motors")
    part = Entity(
        "Arvenne Motors Press Office", (20, 47), "ORG", "org:arvenne-motors-press-office",
        "Arvenne Motors Press Office",
    )
    short = Entity("Arvenne", (60, 67), "PERSON", "person:arvenne", "Arvenne")
    assert alias_map([full, part, short])["person:arvenne"][0] == "org:arvenne-motors"
    # two unrelated companies sharing a first word leave the short form alone
    other = Entity("Arvenne Foods", (80, 93), "ORG", "org:arvenne-foods", "Arvenne Foods")
    assert "person:arvenne" not in alias_map([full, other, short])


def test_a_short_name_resolves_when_its_full_name_was_tagged_two_ways() -> None:
    from counterpoint.facts.aliases import alias_map
    from counterpoint.model import Entity

    # one company the tagger called a person in one sentence and an organisation in another,
    # both under one id (label_map): its short name is no choice between two things
    as_person = Entity(
        "Quellby Telecom", (0, 15), "PERSON", "person:quellby-telecom", "Quellby Telecom"
    )
    as_org = Entity("Quellby Telecom", (40, 55), "ORG", "person:quellby-telecom", "Quellby Telecom")
    short = Entity("Quellby", (80, 87), "PERSON", "person:quellby", "Quellby")
    assert alias_map([as_person, as_org, short])["person:quellby"][0] == "person:quellby-telecom"


def test_a_full_name_tagged_a_place_is_the_person_the_story_names() -> None:
    from counterpoint.facts.aliases import label_map
    from counterpoint.model import Entity

    person = Entity("Ilsa Farrow", (0, 11), "PERSON", "person:ilsa-farrow", "Ilsa Farrow")
    place = Entity("Ilsa Farrow", (40, 51), "GPE", "gpe:ilsa-farrow", "Ilsa Farrow")
    assert label_map([person, place]) == {"gpe:ilsa-farrow": "person:ilsa-farrow"}
    # one word may be a town and a surname at once: it stays apart
    town = Entity("Farrow", (60, 66), "GPE", "gpe:farrow", "Farrow")
    surname = Entity("Farrow", (70, 76), "PERSON", "person:farrow", "Farrow")
    assert label_map([town, surname]) == {}
    # with no person of that name the place keeps its id
    assert label_map([place]) == {}


def test_a_dateline_place_is_not_the_short_form_of_an_organisation() -> None:
    from counterpoint.facts.aliases import alias_map
    from counterpoint.model import Entity

    hospital = Entity(
        "Marlow General Hospital", (90, 113), "ORG", "org:marlow-general-hospital",
        "Marlow General Hospital",
    )
    dateline = Entity("MARLOW", (0, 6), "GPE", "gpe:marlow", "Marlow")
    assert "gpe:marlow" not in alias_map([hospital, dateline])
    # a lone word the tagger calls a place inside a sentence may still be the organisation
    said = Entity("Marlow", (130, 136), "GPE", "gpe:marlow", "Marlow")
    assert alias_map([hospital, said])["gpe:marlow"][0] == "org:marlow-general-hospital"


def test_a_name_set_beside_a_role_between_commas_is_a_person() -> None:
    # the small model tags this name as an organisation
    facts = analyze(
        "The Brenmoor Rowing Club has cancelled its regatta. Its treasurer, Elke Varn, said the "
        "club would lose money. \"We saw this coming months ago,\" she said.",
        published="2027-07-07",
    )
    (person,) = [e for e in facts.entities if e.text == "Elke Varn"]
    assert person.label == "PERSON"
    quote = next(q for q in facts.quotes if q.text.startswith("We saw this coming"))
    assert quote.speaker_id == person.id


def test_the_first_day_of_a_span_of_days_is_no_count() -> None:
    facts = analyze("Talks with the union ran from 12 to 14 June at the port.",
                    published="2021-06-20")
    assert [q.text for q in facts.quantities] == []
    assert [(d.text, d.start, d.end) for d in facts.dates] == [
        ("12 to 14 June", "2021-06-12", "2021-06-14")
    ]


def test_a_speaker_the_tagger_took_for_a_thing_is_one_person_entity() -> None:
    """The tagger labels this invented name a product; as the speaker it is a person, and
    the article keeps one entity for it, not a product and a person on the same words."""
    facts = analyze("The pier master, Ines Dorrow, said the jetty would stay shut until the "
                    "divers had checked every pile.")
    assert [(e.text, e.label, e.id) for e in facts.entities] == [
        ("Ines Dorrow", "PERSON", "person:ines-dorrow")
    ]
    assert [q.speaker_id for q in facts.quotes] == ["person:ines-dorrow"]
