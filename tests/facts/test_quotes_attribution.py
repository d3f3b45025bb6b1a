"""Direct and reported speech with speakers (passages written for counterpoint)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.facts.quotes import find_quotes, missed_speakers
from counterpoint.model import Entity, Quote


def entities_of(doc: Any) -> list[Entity]:
    """Entities from the model's NER with ids; a later surname shares the full name's id."""
    out: list[Entity] = []
    full_names: list[str] = []
    for ent in doc.ents:
        slug = re.sub(r"[^a-z]+", "-", ent.text.lower()).strip("-")
        if ent.label_ == "PERSON":
            slug = next((f for f in full_names if f.endswith("-" + slug)), slug)
            full_names.append(slug)
        out.append(Entity(ent.text, (ent.start_char, ent.end_char), ent.label_,
                          f"{ent.label_.lower()}:{slug}", ent.text))
    return out


@pytest.fixture(scope="module")
def quotes_of(spacy_nlp: Any) -> Any:
    def run(text: str) -> list[Quote]:
        doc = spacy_nlp(text)
        return list(find_quotes(doc, entities_of(doc)))

    return run


def _one(quotes: list[Quote], fragment: str) -> Quote:
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, quotes
    return hits[0]


def test_direct_quote_with_titled_speaker_before(quotes_of: Any) -> None:
    text = ('Foreign Minister Elena Varga said on Monday, "We will not reopen the crossing until '
            'the inspections are complete."')
    q = _one(quotes_of(text), "reopen the crossing")
    assert q.direct and q.cue == "say"
    assert q.speaker == "Foreign Minister Elena Varga"
    assert q.speaker_type == "named_official"
    assert q.speaker_id == "person:elena-varga"
    assert q.text.startswith("We will not") and q.text.endswith("complete.")
    assert q.speaker_span is not None and text[slice(*q.speaker_span)] == q.speaker


def test_a_quote_roared_or_bellowed_has_its_speaker(quotes_of: Any) -> None:
    text = ('Opposition MP Anton Merell whipped up the crowd before the march.\n\n'
            '"We will not be ruled by decree," he roared, to huge cheers. '
            '"Shut the gates," the landlord bellowed.')
    quotes = quotes_of(text)
    roared = _one(quotes, "ruled by decree")
    assert roared.cue == "roar" and roared.speaker_id == "person:anton-merell"
    assert _one(quotes, "Shut the gates").speaker == "the landlord"


def test_surname_later_keeps_the_id_and_the_official_type(quotes_of: Any) -> None:
    text = ('Ambassador Pavel Orlov said, "Supplies are short." '
            '"Families share clothes and shoes now," Orlov told a news agency.')
    quotes = quotes_of(text)
    second = _one(quotes, "Families share")
    assert second.speaker == "Orlov" and second.cue == "tell"
    assert second.speaker_id == "person:pavel-orlov"
    assert second.speaker_type == "named_official"
    assert second.text == "Families share clothes and shoes now"


def test_quote_split_by_attribution_gives_two_parts_one_speaker(quotes_of: Any) -> None:
    text = ('Interior Minister Paul Okafor toured the camp. "This is not a blockade," he said, '
            '"it is a precaution that any country would take."')
    quotes = [q for q in quotes_of(text) if q.direct]
    assert [q.text for q in quotes] == ["This is not a blockade",
                                        "it is a precaution that any country would take."]
    assert {q.speaker_id for q in quotes} == {"person:paul-okafor"}
    assert {q.speaker_type for q in quotes} == {"named_official"}


def test_multi_sentence_curly_quote_with_anonymous_source(quotes_of: Any) -> None:
    text = ("One Western diplomat said, “The remaining staff are exhausted. Several families have "
            "already asked to leave.”")
    q = _one(quotes_of(text), "exhausted")
    assert q.text.endswith("asked to leave.")
    assert (q.speaker, q.speaker_type, q.speaker_id) == ("One Western diplomat", "anonymous", None)


def test_quote_across_paragraphs_continues_the_speaker(quotes_of: Any) -> None:
    text = ("The relief coordinator, Jonas Berg, said: “The water came at night and took the "
            "bridges.\n\n“We need boats before the next rain arrives, not after.”")
    quotes = [q for q in quotes_of(text) if q.direct]
    assert len(quotes) == 2
    assert quotes[1].text.startswith("We need boats")
    assert quotes[0].speaker == quotes[1].speaker


def test_reported_speech_with_and_without_that(quotes_of: Any) -> None:
    text = ("Maria Chen, who runs a clinic near the border, said that medicine deliveries had "
            "stopped. Witnesses said the fire started in a warehouse near the station.")
    quotes = quotes_of(text)
    chen = _one(quotes, "medicine deliveries")
    assert not chen.direct
    assert chen.text == "medicine deliveries had stopped"
    assert (chen.speaker, chen.speaker_type) == ("Maria Chen", "named_person")
    witnesses = _one(quotes, "the fire started")
    assert (witnesses.speaker, witnesses.speaker_type) == ("Witnesses", "anonymous")


def test_according_to_organization_and_document(quotes_of: Any) -> None:
    quotes = quotes_of(
        "According to the Danish embassy, at least forty citizens remain in the country. "
        "A statement from the central bank said inflation had peaked."
    )
    embassy = _one(quotes, "forty citizens")
    assert embassy.cue == "according to"
    assert (embassy.speaker, embassy.speaker_type) == ("the Danish embassy", "organization")
    bank = _one(quotes, "inflation had peaked")
    assert bank.speaker_type == "document"


def test_scare_quotes_titles_and_negated_speech_are_not_quotes(quotes_of: Any) -> None:
    text = ('The film, titled "Winter Roads", opens soon. Residents describe the rules as '
            '"a second lockdown". The mayor did not say whether the market would reopen.')
    assert quotes_of(text) == []


def test_stray_closing_mark_extends_reported_speech(quotes_of: Any) -> None:
    text = ("Ana Ruiz, a retired nurse, said even in the worst winters the clinic had "
            "medicine. But this year the shelves are empty.” The ministry declined to comment.")
    q = _one(quotes_of(text), "worst winters")
    assert q.text.endswith("the shelves are empty.")
    assert q.speaker_type == "named_person"


def test_pronoun_without_antecedent_is_unknown(quotes_of: Any) -> None:
    q = _one(quotes_of('"We will rebuild the school by autumn," she said.'), "rebuild")
    assert q.speaker == "she" and q.speaker_type == "unknown" and q.speaker_id is None


def test_name_in_apposition_and_partial_quote_inside_reported_speech(quotes_of: Any) -> None:
    text = ('"There is no deal on the table," the chief negotiator, Lena Kovacs, told reporters. '
            'A Western official said the other side had "walked back every promise."')
    quotes = quotes_of(text)
    kovacs = _one(quotes, "no deal")
    assert kovacs.speaker == "the chief negotiator"
    assert (kovacs.speaker_id, kovacs.speaker_type) == ("person:lena-kovacs", "named_official")
    reported = [q for q in quotes if not q.direct and "other side" in q.text]
    assert len(reported) == 1 and "walked back" in reported[0].text
    assert reported[0].speaker_type == "anonymous"


def test_reported_speech_stays_in_its_paragraph(quotes_of: Any) -> None:
    text = ("Storm floods the coast\n\nHeavy rain forced 900 people from their homes, the "
            "regional government said on Wednesday.")
    q = _one(quotes_of(text), "Heavy rain")
    assert q.text.startswith("Heavy rain") and "Storm" not in q.text
    assert q.speaker_type == "organization"


@settings(max_examples=25, deadline=None)
@given(st.one_of(
    st.lists(st.sampled_from([
        '"', "“", "”", "said", "he said,", "according to", "the ministry", "Ann Lee", "that",
        "We will win.", "\n\n", ",", "told", "sources say", "the plan failed", "“Yes", ".", "—",
    ]), max_size=14).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120),
))
def test_never_raises_spans_match_and_deterministic(spacy_nlp: Any, text: str) -> None:
    doc = spacy_nlp(text)
    ents = entities_of(doc)
    quotes = find_quotes(doc, ents)
    assert quotes == find_quotes(doc, ents)
    assert list(quotes) == sorted(quotes, key=lambda q: (q.span, q.direct))
    for q in quotes:
        assert 0 <= q.span[0] < q.span[1] <= len(text)
        assert text[q.span[0]:q.span[1]] == q.text
        if q.speaker_span is not None:
            assert text[q.speaker_span[0]:q.speaker_span[1]] == q.speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker_id"),
    [
        ('"Nothing is settled yet," the bank\'s chief economist, Ola Krantz, told reporters.',
         "Nothing is settled", "person:ola-krantz"),
        ('Its chief executive, Priya Danvers, said: "We owe the families answers."',
         "We owe the families", "person:priya-danvers"),
        # a capitalised role the tagger reads as a name or a thing
        ('"Tenants paid twice for the same repair," said the Ombudsman, Hester Quaile.',
         "Tenants paid twice", "person:hester-quaile"),
    ],
)
def test_a_noun_subject_with_a_name_in_apposition_is_that_person(
    quotes_of: Any, text: str, fragment: str, speaker_id: str
) -> None:
    assert _one(quotes_of(text), fragment).speaker_id == speaker_id


@pytest.mark.parametrize(
    "text",
    [
        '"Every ballot was counted twice," smirked Gareth Pyle, before leaving the hall.',
        '"We will win this," Gareth Pyle scoffed.',
        # tabloid verbs of a mood: the words are still said by the subject
        '"Nobody gave us a chance," Gareth Pyle beamed after the count.',
        '"It was the best night of my life," Gareth Pyle grinned.',
        '"The recount was a farce from start to finish," Gareth Pyle blasted.',
    ],
)
def test_colourful_verbs_of_speech_attribute_the_quote(quotes_of: Any, text: str) -> None:
    quote = quotes_of(text)[0]
    assert quote.speaker == "Gareth Pyle"


def test_a_subject_right_after_the_quote_speaks_past_a_long_relative_clause(
    quotes_of: Any
) -> None:
    # the parser hangs "told" on the quote's last verb; the verb's subject opens right after
    # the closing mark, so the quote is still hers
    text = ('"I saw smoke pouring from the wing, then there was a thud and the whole cabin '
            'shook," passenger Marta Owusu, who was travelling to Selby for a funeral, told the '
            'agency from a hotel near the airport.')
    q = _one(quotes_of(text), "smoke pouring")
    assert (q.speaker, q.speaker_id) == ("passenger Marta Owusu", "person:marta-owusu")


def test_a_quote_after_a_colon_belongs_to_the_named_subject_before_it(quotes_of: Any) -> None:
    text = ('In her closing speech, prosecutor Helena Marsh put it better than any of us could: '
            '"You were trusted with the health of a province, and you sold it." The sentence '
            'stayed with the jury.')
    q = _one(quotes_of(text), "health of a province")
    assert q.speaker is not None and "Helena Marsh" in q.speaker
    # a colon after a clause with no named subject gives no speaker
    text = 'The report had one conclusion: "The dam was never safe for a flood of this size."'
    assert all(q.speaker is None for q in quotes_of(text))


def test_a_colon_quote_belongs_to_the_name_set_beside_its_subject(quotes_of: Any) -> None:
    text = ('The club turned down an interview. Instead its head groundsman, Tobias Wrenfield, '
            'forwarded a two-line reply on Monday: "The pitch was never unsafe for '
            'play on Saturday."')
    q = _one(quotes_of(text), "never unsafe")
    assert (q.speaker, q.speaker_id) == ("Tobias Wrenfield", "person:tobias-wrenfield")


def test_a_relative_pronoun_speaks_for_the_noun_it_describes(quotes_of: Any) -> None:
    text = ('Manager Neil Hardacre, who had promised before the game that his side would "make '
            'the visitors earn every blade of grass", was close to tears.')
    found = [q for q in quotes_of(text) if "every blade of grass" in q.text]
    assert found and all(q.speaker and "Neil Hardacre" in q.speaker for q in found), found


def test_the_colon_before_a_quote_is_its_own_not_an_earlier_one(quotes_of: Any) -> None:
    text = ('After eleven weeks of evidence the court finally listed what the jury had to '
            'weigh: the bribes from the builder. Helena Marsh put it plainly: "You were trusted '
            'with the health of a province, and you sold it."')
    found = [q for q in quotes_of(text) if "health of a province" in q.text]
    assert found and all(q.speaker and "Helena Marsh" in q.speaker for q in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Councillor Ruth Okafor, visibly tired after a night at the depot, told volunteers: '
         '"We will keep the shelters open for as long as anyone needs them."', "Ruth Okafor"),
        ('Coach Mira Lund, pleased with the result, told reporters: "We earned this one and we '
         'will enjoy it tonight."', "Mira Lund"),
    ],
)
def test_a_phrase_set_off_by_commas_does_not_hide_the_speaker(
    quotes_of: Any, text: str, speaker: str
) -> None:
    # the parser takes the name for the subject of the participle or adjective between the
    # commas, leaving the speech verb without one
    q = quotes_of(text)[0]
    assert q.speaker is not None and speaker in q.speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We have nothing left to give," Harbour Events founder Tomas Rendle said on Monday.',
         "Tomas Rendle"),
        ('Tomas Rendle, founder and director of Harbour Events, said: "We have nothing left to '
         'give."', "Tomas Rendle"),
        ('Tomas Rendle, chief executive of the festival, said: "We have nothing left to give."',
         "Tomas Rendle"),
    ],
)
def test_a_titled_name_the_tagger_reads_as_an_organisation_is_a_person(
    spacy_nlp: Any, text: str, name: str
) -> None:
    doc = spacy_nlp(text)
    start = text.index(name)
    ents = [Entity(name, (start, start + len(name)), "ORG", "org:tomas-rendle", name)]
    quote = _one(list(find_quotes(doc, ents)), "nothing left")
    assert quote.speaker_type == "named_official"
    assert quote.speaker_id == "org:tomas-rendle"


def test_an_organisation_without_a_title_still_speaks_as_one(spacy_nlp: Any) -> None:
    text = '"We have nothing left to give," Harbour Events said in a statement on Monday.'
    doc = spacy_nlp(text)
    start = text.index("Harbour Events")
    ents = [Entity("Harbour Events", (start, start + 14), "ORG", "org:harbour-events",
                   "Harbour Events")]
    assert _one(list(find_quotes(doc, ents)), "nothing left").speaker_type == "organization"


def test_a_name_the_tagger_missed_speaks_as_a_person_with_an_id(spacy_nlp: Any) -> None:
    """With no entity for "Maura Tellwick", the speaker still gets a person's id, the "she"
    after it the same one, and missed_speakers makes an entity of the name."""
    text = (
        "Maura Tellwick, whose family has run the ironmonger's on Pell Row for 60 years, said "
        "the noise woke her before dawn.\n\n"
        '"We heard the front window crack from two streets away," she said.'
    )
    quotes = list(find_quotes(spacy_nlp(text), []))
    assert [(q.speaker, q.speaker_id) for q in quotes] == [
        ("Maura Tellwick", "person:maura-tellwick"), ("she", "person:maura-tellwick")
    ]
    start = text.index("Maura")
    assert missed_speakers(quotes, []) == (
        Entity("Maura Tellwick", (start, start + 14), "PERSON", "person:maura-tellwick",
               "Maura Tellwick"),
    )
    # a name the tagger found is no missed speaker
    found = [Entity("Maura Tellwick", (start, start + 14), "PERSON", "person:maura-tellwick",
                    "Maura Tellwick")]
    assert missed_speakers(list(find_quotes(spacy_nlp(text), found)), found) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The lock keeper, Orla Penhallow, said the gates would stay closed until Friday.",
        '"The gates stay closed until Friday," lock keeper Orla Penhallow said.',
    ],
)
def test_a_speaker_the_tagger_takes_for_a_product_is_a_person(spacy_nlp: Any, text: str) -> None:
    """A first name and surname the tagger labels a product, set beside a role or after it,
    speak as that person, with a person's id that missed_speakers makes an entity of."""
    doc = spacy_nlp(text)
    start = text.index("Orla")
    ents = [Entity("Orla Penhallow", (start, start + 14), "PRODUCT", "product:orla-penhallow",
                   "Orla Penhallow")]
    quote = _one(list(find_quotes(doc, ents)), "until Friday")
    assert (quote.speaker, quote.speaker_id) == ("Orla Penhallow", "person:orla-penhallow")
    assert quote.speaker_type == "named_person"
    assert [e.label for e in missed_speakers([quote], ents)] == ["PERSON"]


def test_a_name_right_after_the_verb_that_follows_a_quote_is_its_speaker(quotes_of: Any) -> None:
    text = ('The sluice was opened at dawn by Helen Varley, the lock warden.\n\n'
            '"The water came up faster than any of us planned," said Varley, still pale as she '
            'climbed onto the bank of the canal.\n\n'
            '"The fees doubled overnight," raged Petra Lund, secretary of the Harbour Users '
            'Group.')
    quotes = quotes_of(text)
    varley = _one(quotes, "came up faster")
    assert varley.speaker == "Varley" and varley.speaker_type == "named_person"
    # the words after the comma describe her; they are not something she said
    assert not [q for q in quotes if "still pale" in q.text]
    # "raged", which the lemmatizer cuts to "rag", is still a verb of speech
    lund = _one(quotes, "fees doubled")
    assert lund.speaker == "Petra Lund" and lund.cue == "rage"


def test_a_role_between_the_verb_and_the_name_keeps_the_speaker(quotes_of: Any) -> None:
    # the parser reads "sobbed" as an adjective of the role and hangs the name elsewhere
    text = ('"We dug through the ash for three days and found nothing," sobbed farmer Ilse '
            'Varrow, 61, holding a charred fence post.')
    quote = _one(quotes_of(text), "dug through the ash")
    assert quote.speaker == "farmer Ilse Varrow" and quote.speaker_type == "named_person"
    assert quote.cue == "sob"
    # a role the parser reads as a verb, after a word that says where ("zoo vet"): the name
    # after it still speaks, and the quoted words stay out of the speaker
    text = '"The calf found her feet within the hour," laughed zoo vet Kasimir Brandt.'
    quote = _one(quotes_of(text), "found her feet")
    assert quote.speaker == "zoo vet Kasimir Brandt" and quote.speaker_type == "named_person"


def test_a_dateline_before_the_subject_is_not_the_speaker(quotes_of: Any) -> None:
    text = ("BRELLAN — The Northfield Water Company (NWC) has confirmed that 3,400 homes lost "
            "supply overnight.")
    quote = _one(quotes_of(text), "3,400 homes")
    # neither the place of the dateline nor the bracketed abbreviation belongs to the speaker
    assert quote.speaker == "The Northfield Water Company"
    assert quote.speaker_type == "organization"
    # a hyphen inside a title is no dateline dash
    text = 'Director-General Ines Marlow said: "We will pay every household back."'
    assert _one(quotes_of(text), "every household").speaker == "Director-General Ines Marlow"


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_id"),
    [
        ("Oskar Dell's lawyer said his client would appeal against the verdict.",
         "Oskar Dell's lawyer", None),
        ("Oskar Dell's solicitor, Ruth Penna, said her client would appeal against the verdict.",
         "Ruth Penna", "person:ruth-penna"),
    ],
)
def test_the_owner_of_the_subject_noun_does_not_speak(
    quotes_of: Any, text: str, speaker: str, speaker_id: str | None
) -> None:
    # the lawyer speaks, not the client whose lawyer they are
    quote = _one(quotes_of(text), "client would appeal")
    assert quote.speaker == speaker
    assert quote.speaker_id == speaker_id


def _people_and_speakers(text: str) -> tuple[set[str], list[tuple[str | None, str | None]]]:
    """The person ids an article names and each quote's speaker with its id, through the
    whole facts stage."""
    from counterpoint.facts import analyze

    facts = analyze(text)
    people = {e.id for e in facts.entities if e.id.startswith("person:")}
    return people, [(q.speaker, q.speaker_id) for q in facts.quotes]


@pytest.mark.parametrize(("text", "named", "speakers"), [
    # "Gran" is a name the speaker utters (a person to the tagger)
    ('Orchard keeper Tobin Ashgrove, 64, told the Gazette: "The frost came in one night. '
     'Gran said the blossom would never take."\n\n'
     "Later he said the pears had not failed two springs running before.",
     "person:gran",
     [("Orchard keeper Tobin Ashgrove", "person:tobin-ashgrove"),
      ("he", "person:tobin-ashgrove")]),
    # "his father Tom" describes the speaker Ames
    ("Callum Ames, 46, cut the barley on Monday.\n\n"
     "Ames, who runs the farm alongside his father Tom, said the summer had been kind.\n\n"
     "“We got lucky with the rain,” he said.",
     "person:tom",
     [("Ames", "person:callum-ames"), ("he", "person:callum-ames")]),
])
def test_a_person_the_speaker_names_or_is_described_by_is_not_whom_the_next_pronoun_stands_for(
    text: str, named: str, speakers: list[tuple[str, str]]
) -> None:
    people, found = _people_and_speakers(text)
    assert named in people
    assert found == speakers


_TOLLVIK = ("person:maren-tollvik", "named_official")


@pytest.mark.parametrize(("intro", "who"), [
    ("The Minister of Fisheries and Coastal Affairs, Maren Tollvik, opened the harbour wall.",
     _TOLLVIK),
    ("Fisheries Minister Maren Tollvik opened the harbour wall.", _TOLLVIK),
    ("Maren Tollvik, the fisheries minister, opened the harbour wall.", _TOLLVIK),
    # two people with the title: the bare title could be either of them
    ("Fisheries Minister Maren Tollvik and Health Minister Oskar Brede opened the harbour wall.",
     (None, "anonymous")),
    # a minister not named with the title is not known to be the one who speaks
    ("Maren Tollvik opened the harbour wall.", (None, "anonymous")),
])
def test_the_title_alone_stands_for_the_one_person_named_with_it(
        quotes_of: Any, intro: str, who: tuple[str | None, str]) -> None:
    text = intro + ' "It will guard the town for decades," the minister said.'
    q = _one(quotes_of(text), "guard the town")
    assert q.speaker == "the minister"
    assert (q.speaker_id, q.speaker_type) == who
