"""Entities: canonical ids from gazetteers, NER corrections and alias resolution."""

from __future__ import annotations

import pytest

from counterpoint.facts.entities import find_entities
from counterpoint.facts.pipeline import ENTITIES, get_nlp
from counterpoint.model import Entity


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return get_nlp()


def ents(nlp, text: str) -> list[Entity]:  # type: ignore[no-untyped-def]
    return list(find_entities(nlp(text)))


def ids_of(entities: list[Entity], surface: str) -> set[str]:
    return {e.id for e in entities if e.text == surface}


def test_country_short_forms_and_adjectives(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "British officials met their North Korean counterparts in Pyongyang on Tuesday, "
        "while the U.K. embassy and the DPRK mission in Great Britain stayed shut. "
        "N. Korea later said Britain had misread the signal.",
    )
    assert ids_of(found, "British") == {"country:GB"}
    assert ids_of(found, "U.K.") == {"country:GB"}
    assert ids_of(found, "Great Britain") == {"country:GB"}
    assert ids_of(found, "Britain") == {"country:GB"}
    assert ids_of(found, "DPRK") == {"country:KP"}
    assert ids_of(found, "N. Korea") == {"country:KP"}
    assert ids_of(found, "North Korean") == {"country:KP"}
    british = next(e for e in found if e.text == "British")
    assert british.label == "NORP" and british.name == "United Kingdom"
    assert next(e for e in found if e.text == "Pyongyang").id == "city:pyongyang"


def test_spans_point_at_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea’s border with Russia runs along the Tumen River."
    found = ents(nlp, text)
    for ent in found:
        assert text[ent.span[0] : ent.span[1]] == ent.text
    assert "North Korea" in {e.text for e in found}  # possessive trimmed
    assert ids_of(found, "Tumen River") == {"river:tumen"}


def test_river_aliases_share_one_id(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "The group crossed the Tumen on a hand cart. Russian maps call the same stream the "
        "Tumannaya River.",
    )
    assert {e.id for e in found if e.label == "LOC"} == {"river:tumen"}


def test_organizations_and_acronyms(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "Staff of the World Food Programme and the WHO flew to Vladivostok, and the "
        "U.N. said NATO had not been consulted.",
    )
    assert ids_of(found, "World Food Programme") == {"org:wfp"}
    assert ids_of(found, "WHO") == {"org:who"}
    assert ids_of(found, "U.N.") == {"org:un"}
    assert ids_of(found, "NATO") == {"org:nato"}
    city = next(e for e in found if e.text == "Vladivostok")
    assert (city.id, city.label) == ("city:vladivostok", "GPE")


def test_an_acronym_in_brackets_names_the_words_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "The Technical and Allied Workers' Union (TAWU) says 420 jobs are at risk. The Marsh "
        "Harbour Authority (MHA) confirmed the closure. TAWU and MHA will meet on Friday. The "
        "World Health Organization (WHO) was not consulted.",
    )
    union = "org:technical-and-allied-workers-union"
    assert ids_of(found, "Technical and Allied Workers' Union") == {union}
    assert ids_of(found, "TAWU") == {union}
    assert ids_of(found, "MHA") == ids_of(found, "Marsh Harbour Authority")
    assert "MHA" in {e.text for e in found}
    # a long form the gazetteer knows keeps its id
    assert ids_of(found, "World Health Organization") == {"org:who"}
    # the acronym in the brackets is a mention of the same thing; no entity keeps a bracket
    assert not any("(" in e.text for e in found)
    assert [e.text for e in found].count("TAWU") == 2


def test_city_from_gazetteer_beats_a_person_label(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("The convoy reached Khabarovsk before dawn.")
    from spacy.tokens import Span

    doc.ents = [Span(doc, 3, 4, label="PERSON")]  # what a weak model might say
    fixed = nlp.get_pipe(ENTITIES)(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in fixed.ents] == [
        ("Khabarovsk", "GPE", "Khabarovsk")
    ]


def test_dates_without_a_time_word_are_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Most missions sit in the diplomatic quarter. Sales fell in the third quarter "
              "of last year and again in May.")
    tokens = [t.text for t in doc]
    q1 = tokens.index("the")
    q2 = tokens.index("third") - 1
    may = tokens.index("May")
    doc.ents = [
        Span(doc, q1, q1 + 3, label="DATE"),
        Span(doc, q2, q2 + 6, label="DATE"),
        Span(doc, may, may + 1, label="DATE"),
    ]
    fixed = nlp.get_pipe(ENTITIES)(doc)
    assert [e.text for e in fixed.ents if e.label_ == "DATE"] == [
        "the third quarter of last year", "May"
    ]


def test_headline_words_are_not_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Stranded Envoys' Joyride Home Ends In Quiet Relief\n\n"
        "The envoys treated the last leg as a joyride, waving from the trolley as they went."
    )
    found = ents(nlp, text)
    assert not [e for e in found if e.label == "PERSON"]


def test_real_names_survive_the_common_word_filter(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Prices rose again, and Rose Whitfield, a trader in Dandong, said so.")
    assert "person:rose-whitfield" in {e.id for e in found}
    assert ids_of(found, "Dandong") == {"city:dandong"}


def test_surname_resolves_to_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "Matsegora told reporters the staff were safe. Ambassador Alexander Matsegora "
        "later added that Mr. Matsegora's own family had stayed.",
    )
    people = [e for e in found if e.label == "PERSON"]
    assert len(people) >= 2
    assert {e.id for e in people} == {"person:alexander-matsegora"}
    assert {e.name for e in people} == {"Alexander Matsegora"}


def test_a_surname_the_model_did_not_tag_is_the_person_named_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model reads "Holsten," before an apposition as an adjective
    found = ents(nlp, "Lena Varga beat Dmitri Holsten on Sunday. Varga now tops the list, first "
                 "in the world. Holsten, champion since 2039, slips to fourth place.")
    assert ids_of(found, "Holsten") == {"person:dmitri-holsten"}
    # a surname two people share is left alone: it may be either of them
    found = ents(nlp, "Lena Holsten beat her brother Dmitri Holsten on Sunday. Lena now tops the "
                 "list, first in the world. Holsten, champion since 2039, slips to fourth place.")
    assert ids_of(found, "Holsten") == set()


def test_family_name_first_resolves_too(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Ko Young-hwan, who defected in 1991, spoke first. Ko then left the hall.")
    assert {e.id for e in found if e.label == "PERSON"} == {"person:ko-young-hwan"}


def test_ambiguous_short_names_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "David Miller, a lawyer, and his sister Sarah Miller signed the letter on Monday. "
        "Later, Miller told reporters it was overdue.",
    )
    people = {e.text: e.id for e in found if e.label == "PERSON"}
    assert people["Miller"] == "person:miller"
    assert people["Sarah Miller"] == "person:sarah-miller"


def test_short_org_names_resolve_to_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(
        nlp,
        "Halvern Shipping Group agreed to buy a rival on Monday. Halvern said the deal would "
        "close by June, and analysts expect Halvern to cut routes.",
    )
    short = [e for e in found if e.text == "Halvern"]
    assert short and {(e.id, e.label) for e in short} == {("org:halvern-shipping-group", "ORG")}


def test_papers_after_the_are_not_people(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, 'A retired pilot told the Sentinel: "We saw the water rise in minutes."')
    assert not [e for e in found if e.label == "PERSON" and e.text == "Sentinel"]


def test_affiliation_before_a_title_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp.make_doc("said Dunmore Fire Chief Laura Pike after the flood.")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 4, 6, label="PERSON")]
    fixed = nlp.get_pipe(ENTITIES)(doc)
    assert [e.text for e in fixed.ents if e.label_ == "PERSON"] == ["Laura Pike"]


def test_a_word_used_as_a_place_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from counterpoint.facts.entities import find_entities

    doc = nlp("Water reached the town of Brackley at dawn. Brackley will rebuild, officials said.")
    first = [t.i for t in doc if t.text == "Brackley"]
    doc.ents = [Span(doc, first[0], first[0] + 1, label="GPE"),
                Span(doc, first[1], first[1] + 1, label="PERSON")]
    assert {(e.label, e.id) for e in find_entities(doc)} == {("GPE", "gpe:brackley")}


def test_common_word_filter_spares_names_in_body_text(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Mark Young said prices will mark a young market. The envoys left. Envoys said so.")
    words = [t.text for t in doc]
    envoy = words.index("Envoys", 10)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, envoy, envoy + 1, label="PERSON")]
    fixed = nlp.get_pipe(ENTITIES)(doc)
    # the name stays; a sentence-initial common noun the text also writes in lower case goes
    assert [e.text for e in fixed.ents if e.label_ == "PERSON"] == ["Mark Young"]


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Three homes on Quarry Lane burned overnight.", "Quarry Lane", False),
        ("Crews held the line at Pinecrest Hollow until dawn.", "Pinecrest Hollow", False),
        ("Firefighters said Dale Hollow had burned for a week.", "Dale Hollow", False),
        # a surname-like last word without a preposition of place stays a person
        ("Stuart Hall said the council had acted too late.", "Stuart Hall", True),
        ("Anna Lane told reporters the road was closed.", "Anna Lane", True),
        ("The trawlers sheltered in Kelder Bay overnight.", "Kelder Bay", False),
        ("Director Tamsin Bay said the film was finished.", "Tamsin Bay", True),
        # a landform named before the name
        ("Lake Brava was half empty by June.", "Lake Brava", False),
        ("Loch Garra froze over in 1963.", "Loch Garra", False),
    ],
)
def test_person_names_with_a_place_word_at_either_end(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, person: bool
) -> None:
    found = {e.text: e.label for e in find_entities(nlp(text))}
    assert name in found, found
    assert (found[name] == "PERSON") == person, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model misses the name, or reads role and name as one organization
        ("Caretaker Emil Varga, who has looked after the building for 19 years, was in the "
         "basement when the blast struck.", ("Emil Varga", "PERSON")),
        ("Pensioner Dorota Weil, 64, heard the blast from across the road.",
         ("Dorota Weil", "PERSON")),
        # a profession named by its ending ("-ologist", "-ist", "-ician")
        ("Volcanologist Sigrun Oddsen said the crater had been quiet for weeks.",
         ("Sigrun Oddsen", "PERSON")),
        # a word of kinship is a role too
        ("Grandson Piers Keel said she had outlived three of her doctors.",
         ("Piers Keel", "PERSON")),
        # and so are trades and crafts
        ("Sculptor Ines Marlow said the statue would be cast in spring.",
         ("Ines Marlow", "PERSON")),
        ("Photographer Odile Varga took the picture from the bridge.",
         ("Odile Varga", "PERSON")),
        # an organization named after a role keeps its name
        ("The Caretaker Services Group said on Monday that it would appeal.",
         ("Caretaker Services Group", "ORG")),
    ],
)
def test_a_role_before_a_name_marks_a_person(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(e.text, e.label) for e in find_entities(nlp(text))]


def test_a_role_after_words_of_place_still_marks_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model at times reads "zoo vet Ada Lund" as one organisation: the role follows a
    # word that says where, and the name after the role is the person
    from spacy.tokens import Span

    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp('"It is feeding well," said zoo vet Ada Lund on Monday.')
    start = [t.text for t in doc].index("zoo")
    doc.ents = [Span(doc, start, start + 4, label="ORG")]
    doc = nlp.get_pipe(ENTITIES)(doc)
    assert [(e.text, e.label) for e in find_entities(doc)] == [("Ada Lund", "PERSON")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"The money must come from the budget," said cabinet member Brenna Tolland.',
         "member"),
        ('"The gauge froze at dawn," said volunteer Brenna Tolland.', "volunteer"),
        ('"We queued for an hour," said commuter Brenna Tolland.', "commuter"),
    ],
)
def test_a_role_before_a_name_read_as_an_organization_marks_the_person(  # type: ignore[no-untyped-def]
    nlp, text: str, role: str
) -> None:
    # the small model at times tags the name after a role as an organisation
    from spacy.tokens import Span

    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    start = [t.text for t in doc].index(role) + 1
    doc.ents = [Span(doc, start, start + 2, label="ORG")]
    doc = nlp.get_pipe(ENTITIES)(doc)
    assert [(e.text, e.label) for e in find_entities(doc)] == [("Brenna Tolland", "PERSON")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model reads a name after (or opening with) "Dr" as an organization
        ('"The lake has been rising for days," said Dr Sunniva Holt, head of the observatory.',
         ("Sunniva Holt", "PERSON")),
        ("The warning came from Dr Anders Fjeld, a volcanologist at the University of Brensund.",
         ("Dr Anders Fjeld", "PERSON")),
        # an organization after an honorific's look-alike keeps its kind
        ("Officials at the University of Brensund declined to comment.",
         ("University of Brensund", "ORG")),
    ],
)
def test_an_honorific_marks_a_person(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(e.text, e.label) for e in find_entities(nlp(text))]


def test_a_role_word_before_a_name_makes_it_a_person_but_not_an_office(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(e.text, e.label) for e in find_entities(nlp(
        "In her closing speech, prosecutor Helena Marsh asked for eight years."))]
    assert ("Helena Marsh", "PERSON") in found
    found = [(e.text, e.label) for e in find_entities(nlp("The Judge Advocate General said so."))]
    assert ("Advocate General", "PERSON") not in found


@pytest.mark.parametrize("role", ["executive", "minister", "mayor", "founder", "governor"])
def test_a_name_after_a_role_of_office_is_a_person(nlp, role: str) -> None:  # type: ignore[no-untyped-def]
    """The model sometimes takes the name after a role of office for an organization."""
    from spacy.tokens import Span

    text = f"Its {role} Orla Brannigan said the figures were wrong."
    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    doc.ents = [Span(doc, 2, 4, label="ORG")]
    found = [(e.text, e.label) for e in find_entities(nlp.get_pipe(ENTITIES)(doc))]
    assert found == [("Orla Brannigan", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("The order came from Tarvi Lemberg, the board's chief executive.", "Tarvi Lemberg", True),
        ("The order came from Tarvi Lemberg, Chief Operating Officer.", "Tarvi Lemberg", True),
        # a firm and what it is: no role of a person follows
        ("The order came from Tarvi Holdings, the main contractor.", "Tarvi Holdings", False),
        # the role after "whose" is someone else's
        ("The order came from Marrow Cole, whose chief executive resigned.", "Marrow Cole",
         False),
    ],
)
def test_a_name_a_role_follows_is_a_person(nlp, text: str, name: str, person: bool) -> None:  # type: ignore[no-untyped-def]
    """A name the model took for something else, set off by a comma before a role."""
    from spacy.tokens import Span

    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    doc.ents = [Span(doc, 4, 6, label="PRODUCT")]
    found = {e.text: e.label for e in find_entities(nlp.get_pipe(ENTITIES)(doc))}
    assert (found.get(name) == "PERSON") == person, found


def test_a_word_in_capitals_after_an_article_is_emphasis_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """Tabloid ledes shout a common word ("A GRANDMOTHER was trapped"), which the model may
    take for an organization; an acronym keeps its label."""
    from spacy.tokens import Span

    text = "A GRANDMOTHER was trapped in a lift. NATO said it would help."
    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    doc.ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 8, 9, label="ORG")]
    found = [e.text for e in find_entities(nlp.get_pipe(ENTITIES)(doc))]
    assert found == ["NATO"]


@pytest.mark.parametrize(("text", "kept"), [
    # a common word shouted at the start of a sentence, before words in lower case
    ("FURIOUS parents hit out at Tarnby council last night.", []),
    # ... is a name when the text also writes it as one
    ("READING fans queued all night. Reading play at home on Sunday.", ["READING"]),
    # not a common word: a place shouted in the tabloid's manner
    ("TARNBY fans queued all night for the cup final.", ["TARNBY"]),
    # a short acronym opening a sentence keeps its label
    ("UNHCR said the camp held 4,000 people.", ["UNHCR"]),
])
def test_a_common_word_in_capitals_opening_a_sentence_is_emphasis(  # type: ignore[no-untyped-def]
    nlp, text: str, kept: list[str]
) -> None:
    """Tabloids open with a shouted word ("FURIOUS parents ..."), which the model may take for
    an organization."""
    from spacy.tokens import Span

    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    found = [e.text for e in find_entities(nlp.get_pipe(ENTITIES)(doc))]
    assert found == kept


@pytest.mark.parametrize(("text", "words", "kept"), [
    # the end of a minister's portfolio after "and" is part of the title
    ("The Minister of Fisheries and Coastal Affairs opened the wall.", (5, 7), []),
    ("Ines Borr, Secretary for Health and Social Care, agreed.", (7, 9), []),
    # after "and" with no title before it: a body of its own
    ("Farmers and Coastal Affairs officials met.", (2, 4), ["Coastal Affairs"]),
])
def test_the_end_of_a_title_s_portfolio_is_no_organization(  # type: ignore[no-untyped-def]
    nlp, text: str, words: tuple[int, int], kept: list[str]
) -> None:
    """The model may take the last words of a title's portfolio ("the Minister of Fisheries
    and Coastal Affairs") for an organization of their own."""
    from spacy.tokens import Span

    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    doc.ents = [Span(doc, *words, label="ORG")]
    found = [e.text for e in find_entities(nlp.get_pipe(ENTITIES)(doc))]
    assert found == kept


def test_units_time_zones_and_numbers_name_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """Spans the model may label that name nothing: a unit's symbol after its number, a time
    zone, a figure."""
    from spacy.tokens import Span

    text = "The dam holds 80 GL at 06:10 GMT, down −0.4 on the week, Tarn Water said."
    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    spans = {t.text: t.i for t in doc}
    doc.ents = [Span(doc, spans[w], spans[w] + 1, label="ORG") for w in ("GL", "GMT", "−0.4")]
    doc.ents = [*doc.ents, Span(doc, spans["Tarn"], spans["Water"] + 1, label="ORG")]
    found = [e.text for e in find_entities(nlp.get_pipe(ENTITIES)(doc))]
    assert found == ["Tarn Water"]


def test_the_reverend_before_a_name_is_a_personal_honorific(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(e.text, e.label) for e in find_entities(nlp(
        "The vicar, the Rev Ann Colley, said the bells would ring again."))]
    assert ("Rev Ann Colley", "PERSON") in found


def test_a_councillor_title_is_left_out_of_the_person_id(nlp) -> None:  # type: ignore[no-untyped-def]
    found = ents(nlp, "Councillor Rosalind Abbot thanked the fire crews. Later, Rosalind Abbot "
                      "visited the families.")
    people = {e.id for e in found if e.label == "PERSON"}
    assert people == {"person:rosalind-abbot"}


def test_a_role_word_the_model_took_into_a_person_is_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Baker Owen Haverly" read as one person is Owen Haverly, so that "Owen" and another
    article's "Owen Haverly" name him; a role after the name stays ("Alan Baker")."""
    from spacy.tokens import Span

    text = "Baker Owen Haverly watched from across the road, and so did Alan Baker."
    with nlp.select_pipes(disable=[ENTITIES]):
        doc = nlp(text)
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 12, 14, label="PERSON")]
    found = [(e.text, e.id) for e in find_entities(nlp.get_pipe(ENTITIES)(doc))]
    assert found == [("Owen Haverly", "person:owen-haverly"), ("Alan Baker", "person:alan-baker")]


def test_a_full_name_the_model_missed_takes_the_id_of_its_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Nessa Corrin, who keeps bees near the river, left the hall early. "
              "Later Mrs Corrin said she would appeal.")
    # the model tags only the later surname (as it did in a report of ours); the earlier full
    # name then becomes the same person, so a pronoun after it can find her
    start = next(t.i for t in doc if t.text == "Mrs")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    found = list(find_entities(doc))
    assert [(e.text, e.label, e.id) for e in found] == [
        ("Nessa Corrin", "PERSON", "person:nessa-corrin"),
        ("Mrs Corrin", "PERSON", "person:nessa-corrin"),
    ]
    # a capitalised common word before the surname ("Later Corrin") is no first name
    doc = nlp("Later Corrin said she would appeal. Mrs Corrin keeps bees.")
    start = next(t.i for t in doc if t.text == "Mrs")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    assert [e.text for e in find_entities(doc)] == ["Mrs Corrin"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We acted as fast as we could," said Harbour Line, the ferry operator.', "Harbour Line"),
        ("A statement from Corlan Airways said the jet landed safely.", "Corlan Airways"),
        ("Brennick Water said the burst main had been repaired by noon.", "Brennick Water"),
    ],
)
def test_a_name_ending_in_a_company_word_is_an_organization(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """A "person" of the model whose last word names a kind of company or institution is an
    organization."""
    found = {e.text: e.label for e in find_entities(nlp(text))}
    assert found.get(name) == "ORG", found


def test_a_bracket_the_model_left_open_ends_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """A dateline's place and agency ("Sarmany (Quillpost)"): when the model takes the place and
    the agency's name for one name without its closing bracket, the name ends before the
    bracket; a bracket closed inside the name stays."""
    from spacy.tokens import Span

    from counterpoint.facts.entities import _trim

    doc = nlp("TOLVEN, Sarmany (Quillpost) — Surveyors in Sarmany mapped the Kell Canal (Upper).")
    opened = _trim(Span(doc, 2, 5, label="ORG"))
    assert opened is not None and opened.text == "Sarmany"
    closed = _trim(Span(doc, 12, 17, label="FAC"))
    assert closed is not None and closed.text == "Kell Canal (Upper)"
