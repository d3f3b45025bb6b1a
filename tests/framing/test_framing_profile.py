"""Sourcing, tone, contrast and the whole profile on texts and quote lists written for tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from counterpoint.framing import contrast, profile
from counterpoint.framing.sourcing import quoted_share, sourcing
from counterpoint.framing.tone import tone
from counterpoint.model import Article, ArticleFacts, Entity, FramingProfile, Loaded, Quote

SOURCED = (
    'Kim Sun, a former diplomat who defected to the South, said, "The shops are empty." '
    "The Swedish embassy said in a statement that its staff were safe. "
    'One diplomatic source said, "Nobody expects the border to open before summer." '
    "Another source said the remaining missions would downsize."
)


def _quote(
    text: str, speaker: str, kind: Any, *, direct: bool, speaker_id: str | None = None
) -> Quote:
    at = SOURCED.index(text)
    sp = SOURCED.index(speaker)
    return Quote(
        text,
        (at, at + len(text)),
        speaker,
        speaker_id,
        kind,
        "said",
        direct,
        speaker_span=(sp, sp + len(speaker)),
    )


QUOTES = (
    _quote(
        "The shops are empty.", "Kim Sun", "named_person", direct=True, speaker_id="person:kim-sun"
    ),
    _quote("its staff were safe", "The Swedish embassy", "organization", direct=False),
    _quote(
        "Nobody expects the border to open before summer.",
        "One diplomatic source",
        "anonymous",
        direct=True,
    ),
    _quote("the remaining missions would downsize", "Another source", "anonymous", direct=False),
)


def test_sourcing_counts_types_sources_and_share(spacy_nlp: Any) -> None:
    doc = spacy_nlp(SOURCED)
    result = sourcing(QUOTES, SOURCED, doc)
    assert result["attributions"] == {
        "named_official": 0,
        "named_person": 1,
        "organization": 1,
        "anonymous": 2,
        "document": 0,
        "unknown": 0,
    }
    assert result["distinct_sources"] == 4
    inside = len("The shops are empty.") + len("Nobody expects the border to open before summer.")
    assert result["quoted_share"] == pytest.approx(inside / len(SOURCED), abs=0.01)
    by_speaker = {s["speaker"]: s for s in result["sources"]}
    assert "former diplomat" in by_speaker["Kim Sun"]["affiliation"]
    assert "embassy" in by_speaker["The Swedish embassy"]["affiliation"].lower()
    assert "diplomatic" in by_speaker["One diplomatic source"]["affiliation"]


def test_repeated_speaker_is_one_source() -> None:
    q = QUOTES[0]
    result = sourcing((q, q), SOURCED)
    assert result["distinct_sources"] == 1
    assert result["sources"][0]["count"] == 2


def test_quoted_share_ignores_scare_quotes() -> None:
    text = 'The so-called "experts" disagreed. He said: "We will rebuild every road this year."'
    share = quoted_share(text)
    assert share == pytest.approx(
        len("We will rebuild every road this year.") / len(text), abs=0.01
    )


TONE_TEXT = (
    "Norway generously helped the flood victims and won praise from every neighbour. "
    "Norway also funded a new hospital that saves lives. "
    "Belarus brutally crushed the peaceful protest. Belarus jailed innocent students and "
    "tortured them."
)


def _entities(text: str, name: str, eid: str) -> tuple[Entity, ...]:
    out = []
    at = text.find(name)
    while at >= 0:
        out.append(Entity(name, (at, at + len(name)), "GPE", eid, name))
        at = text.find(name, at + 1)
    return tuple(out)


def test_tone_sign_follows_the_clauses(spacy_nlp: Any) -> None:
    ents = _entities(TONE_TEXT, "Norway", "country:NO") + _entities(
        TONE_TEXT, "Belarus", "country:BY"
    )
    result = tone(ents, spacy_nlp(TONE_TEXT))
    assert result["country:NO"]["score"] > 0.2
    assert result["country:BY"]["score"] < -0.2
    ev = result["country:BY"]["evidence"][0]
    assert TONE_TEXT[ev["span"][0] : ev["span"][1]] == ev["text"]
    assert "Belarus" in ev["text"]
    assert "group:west" not in result  # single European states are not "the West"


def test_tone_toward_the_west_group(spacy_nlp: Any) -> None:
    text = (
        "Western governments condemned the sham vote. The West also imposed harsh sanctions "
        "that hurt ordinary families. Washington led the angry protests."
    )
    at = text.index("Washington")
    ents = (Entity("Washington", (at, at + 10), "GPE", "country:US", "United States"),)
    result = tone(ents, spacy_nlp(text))
    west = result["group:west"]
    assert west["name"] == "the West"
    assert west["mentions"] == 3
    assert west["score"] < 0


def _profile(anonymous: int, official: int, loaded: int = 0) -> FramingProfile:
    return FramingProfile(
        sourcing={
            "attributions": {
                "named_official": official,
                "named_person": 0,
                "organization": 0,
                "anonymous": anonymous,
                "document": 0,
                "unknown": 0,
            },
            "distinct_sources": anonymous + official,
            "quoted_share": 0.1,
            "sources": [],
            "certainty": {
                "words": 500,
                "hedges": 0,
                "boosters": 0,
                "hedges_per_1000_words": 0.0,
                "boosters_per_1000_words": 0.0,
            },
        },
    )


def test_contrast_names_who_relies_on_anonymous_sources() -> None:
    sentences = contrast({"a": _profile(0, 1), "b": _profile(3, 1)}, {"a": "A", "b": "B"})
    assert "B relies on three anonymous sources, A on none." in sentences
    assert not any("named officials" in s for s in sentences)


def test_contrast_needs_two_articles() -> None:
    assert contrast({"a": _profile(3, 0)}, {"a": "A"}) == []


def test_profile_end_to_end(spacy_nlp: Any) -> None:
    article = Article(id="t1", text=SOURCED, source="test")
    result = profile(ArticleFacts(article, quotes=QUOTES), spacy_nlp(SOURCED))
    assert result.sourcing["attributions"]["anonymous"] == 2
    assert result.sourcing["certainty"]["words"] > 40
    assert set(result.sourcing) >= {"attributions", "distinct_sources", "quoted_share", "sources"}


def test_contrast_quotes_only_loaded_examples_a_reader_can_see_are_loaded() -> None:
    flagged = (
        Loaded("Several regional hauliers", (0, 25), "loaded_language"),
        Loaded("Brennick", (40, 48), "name_calling"),
        Loaded("a disastrous gamble", (60, 79), "loaded_language"),
        Loaded("the junta", (90, 99), "name_calling"),
    )
    plain = replace(_profile(0, 1), loaded=flagged)
    sentences = contrast({"a": plain, "b": _profile(0, 1)}, {"a": "A", "b": "B"})
    (line,) = [s for s in sentences if s.startswith("Loaded words")]
    # every flagged span counts in the rate; only the telling ones are quoted
    assert "A 8.0 per 1,000 words (“the junta”, “a disastrous gamble”)" in line
    assert "hauliers" not in line and "Brennick" not in line
