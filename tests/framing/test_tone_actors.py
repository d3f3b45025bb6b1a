"""Tone toward actors on short texts written for these tests: negation, places, actor grouping
(governments, capitals, leaders, "the regime"), distanced claims and the contrast sentences."""

from __future__ import annotations

import re
from typing import Any

import pytest

from counterpoint.framing.actors import actor_mentions
from counterpoint.framing.contrast import contrast, describe_source, tone_word
from counterpoint.framing.sourcing import sourcing
from counterpoint.framing.tone import clause_of, clause_score, tone
from counterpoint.model import Entity, FramingProfile, Quote


def _ents(text: str, names: list[tuple[str, str, str]]) -> tuple[Entity, ...]:
    """Every whole-word occurrence of each (surface, label, id), as the facts stage gives them."""
    out = []
    for surface, label, eid in names:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            out.append(Entity(surface, (m.start(), m.end()), label, eid, surface))
    return tuple(sorted(out, key=lambda e: e.span))


def _score(nlp: Any, sentence: str) -> float:
    doc = nlp(sentence)
    return clause_score(list(doc))


def test_negation_flips_the_word_it_governs(spacy_nlp: Any) -> None:
    assert _score(spacy_nlp, "The ministry had serious problems with the plan.") < -0.2
    assert _score(spacy_nlp, "The ministry had no problems with the plan.") > 0.2
    assert _score(spacy_nlp, "The ministry praised the plan.") > 0.2
    assert _score(spacy_nlp, "The ministry did not praise the plan.") < 0


def test_negation_of_a_verb_does_not_reach_its_subject(spacy_nlp: Any) -> None:
    # "terrible" describes the subject; the "not" belongs to "over"
    assert _score(spacy_nlp, "The terrible shortage is not over yet.") < 0


def test_degree_adverbs_scale_the_word(spacy_nlp: Any) -> None:
    plain = _score(spacy_nlp, "The deal was bad.")
    strong = _score(spacy_nlp, "The deal was extremely bad.")
    weak = _score(spacy_nlp, "The deal was slightly bad.")
    assert strong < plain < weak < 0


def test_places_are_not_actors(spacy_nlp: Any) -> None:
    text = (
        "Aid workers in Norway had no trouble finding wonderful homes. "
        "Thousands of happy tourists travelled to Norway last summer. "
        "Norway signed a fishing treaty with Iceland."
    )
    ents = _ents(text, [("Norway", "GPE", "country:NO"), ("Iceland", "GPE", "country:IS")])
    result = tone(ents, spacy_nlp(text))
    entry = result["country:NO"]
    assert entry["clauses"] == 1  # only the treaty: the place mentions give no clause
    assert entry["mentions"] == 3
    assert abs(entry["score"]) < 0.1
    assert "treaty" in entry["evidence"][0]["clause"]


def test_state_groups_government_words_capital_and_leader(spacy_nlp: Any) -> None:
    text = (
        "The Belarusian authorities jailed peaceful students in January. "
        "Minsk denied the brutal beatings. "
        "The regime also banned independent newspapers. "
        "Lukashenko praised the police. "
        "Ordinary Belarusians suffered terribly through the winter."
    )
    ents = _ents(
        text,
        [
            ("Belarusian", "NORP", "country:BY"),
            ("Belarusians", "NORP", "country:BY"),
            ("Minsk", "GPE", "city:minsk"),
            ("Lukashenko", "PERSON", "person:lukashenko"),
        ],
    )
    doc = spacy_nlp(text)
    mentions = actor_mentions(ents, doc)
    name, ms = mentions["country:BY"]
    assert "Belarus" in name
    words = {doc[m.start : m.end].text for m in ms}
    assert {"Belarusian", "Minsk", "regime", "Lukashenko"} <= words
    assert "Belarusians" not in words  # the people are not the state
    entry = tone(ents, doc)["country:BY"]
    assert entry["clauses"] == 4
    assert entry["score"] < -0.1
    assert not any("suffered" in e["text"] for e in entry["evidence"])


def test_leader_found_from_the_title_in_the_text(spacy_nlp: Any) -> None:
    text = (
        "Chilean President Gabriel Boric welcomed the peaceful agreement. Boric thanked everyone."
    )
    ents = _ents(
        text,
        [
            ("Chilean", "NORP", "country:CL"),
            ("Gabriel Boric", "PERSON", "person:gabriel-boric"),
            ("Boric", "PERSON", "person:gabriel-boric"),
        ],
    )
    # "Boric" inside "Gabriel Boric" is found twice by the helper; keep the full name only
    ents = tuple(
        e for e in ents if not (e.text == "Boric" and text[e.span[0] - 8 : e.span[0]] == "Gabriel ")
    )
    result = tone(ents, spacy_nlp(text))
    assert result["country:CL"]["score"] > 0.2


def test_the_west_is_a_group_of_its_members_and_western_phrases(spacy_nlp: Any) -> None:
    text = (
        "The Western press spread cruel lies about the vote. "
        "Western governments rejected the result. "
        "The United States also rejected it."
    )
    ents = _ents(text, [("United States", "GPE", "country:US")])
    result = tone(ents, spacy_nlp(text))
    west = result["group:west"]
    assert west["mentions"] == 3
    assert west["score"] < -0.1


def test_claims_and_conditions_weigh_half(spacy_nlp: Any) -> None:
    plain = "Norway bribed corrupt judges. Norway signed the deal."
    claimed = "Critics repeat the claim that Norway bribed corrupt judges. Norway signed the deal."
    ents_p = _ents(plain, [("Norway", "GPE", "country:NO")])
    ents_c = _ents(claimed, [("Norway", "GPE", "country:NO")])
    s_plain = tone(ents_p, spacy_nlp(plain))["country:NO"]["score"]
    s_claim = tone(ents_c, spacy_nlp(claimed))["country:NO"]["score"]
    assert s_plain < s_claim < 0
    assert s_claim == pytest.approx(s_plain / 2, abs=0.02)


def test_clause_of_ignores_locative_and_takes_participles(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The soldiers guarding the palace arrested two reporters.")
    found = clause_of(doc[1])
    assert found is not None and found[0].text == "arrested"  # the main role comes first
    doc = spacy_nlp("They filmed a column of soldiers fleeing the burning city.")
    found = clause_of(next(t for t in doc if t.text == "soldiers"))
    assert found is not None and found[0].text == "fleeing"
    doc = spacy_nlp("Prices in Oslo rose sharply.")
    assert clause_of(next(t for t in doc if t.text == "Oslo")) is None


def _tone_profile(entries: dict[str, tuple[str, float, int, str]]) -> FramingProfile:
    tone_dict = {
        eid: {
            "name": name,
            "score": score,
            "clauses": n,
            "mentions": n + 1,
            "evidence": [{"text": clause, "span": [0, 1], "score": score, "clause": clause}],
        }
        for eid, (name, score, n, clause) in entries.items()
    }
    return FramingProfile(tone=tone_dict)


def test_contrast_states_tone_per_actor_largest_gap_first() -> None:
    a = _tone_profile(
        {
            "country:XA": ("the Xanian government", 0.02, 9, "the ministry met the envoys"),
            "group:west": ("the West", -0.45, 6, "Western media spread lies"),
            "country:YB": ("the Ybian government", -0.1, 3, "the army left"),
        }
    )
    b = _tone_profile(
        {
            "country:XA": ("the Xanian government", -0.35, 12, "the regime crushed protests"),
            "group:west": ("the West", -0.4, 4, "the West hesitated"),
            "country:YB": ("the Ybian government", -0.1, 1, "the army left"),
        }
    )
    lines = contrast({"a": a, "b": b}, {"a": "Alpha", "b": "Beta"})
    tone_lines = [s for s in lines if "writes about" in s]
    assert tone_lines[0].startswith(
        "Alpha writes about the Xanian government neutrally (+0.02 over 9 clauses"
    )
    assert "Beta negatively (−0.35 over 12, e.g. “the regime crushed protests”)" in tone_lines[0]
    assert "the West" in tone_lines[1]  # smaller gap, second
    assert "Beta hardly discusses it (one clause)" in tone_lines[2]


def test_tone_words() -> None:
    assert tone_word(0.01) == "neutrally"
    assert tone_word(-0.1) == "somewhat negatively"
    assert tone_word(0.5) == "positively"


def test_sources_are_named_with_their_affiliation() -> None:
    assert (
        describe_source(
            {
                "speaker": "Finance Minister Ana Silva",
                "speaker_type": "named_official",
                "affiliation": "Finance Minister",
                "count": 2,
            }
        )
        == "Ana Silva (Finance Minister)"
    )
    assert (
        describe_source(
            {"speaker": "Officials", "speaker_type": "anonymous", "affiliation": "Officials"}
        )
        == "unnamed officials"
    )
    assert describe_source({"speaker": "they", "speaker_type": "anonymous"}) is None


def test_bare_embassy_takes_the_country_named_before(spacy_nlp: Any) -> None:
    text = (
        "The Swedish embassy closed on Monday. "
        "According to the embassy, all staff returned home safely."
    )
    at = text.index("the embassy")
    speaker = "the embassy"
    quote = Quote(
        "all staff returned home safely",
        (text.index("all staff"), len(text) - 1),
        speaker,
        None,
        "organization",
        "according to",
        False,
        speaker_span=(at, at + len(speaker)),
    )
    result = sourcing((quote,), text, spacy_nlp(text))
    assert result["sources"][0]["affiliation"] == "the Swedish embassy"


def test_without_entities_the_parse_finds_the_actors(spacy_nlp: Any) -> None:
    text = (
        "The Iranian authorities arrested peaceful protesters. Tehran denied the brutal abuse. "
        "The United States condemned the crackdown."
    )
    result = tone((), spacy_nlp(text))
    assert result["country:IR"]["clauses"] == 2
    assert result["country:IR"]["score"] < -0.2
    assert tone((), spacy_nlp("")) == {}
