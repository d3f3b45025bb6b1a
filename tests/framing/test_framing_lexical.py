"""Loaded language, name-calling and hedges on short texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterpoint.framing import find_hedges, find_loaded, profile
from counterpoint.framing.lexicons import phrase_list
from counterpoint.model import Article, ArticleFacts


@pytest.fixture(scope="module")
def nlp(spacy_nlp: Any) -> Any:
    return spacy_nlp


LOADED_TEXT = (
    "The regime's propaganda outlets spread blatantly absurd stories about the protest. "
    "Critics called the trial a sham and the president a tyrant, and said the crackdown was "
    "the most brutal in a decade."
)
NEUTRAL_TEXT = (
    "The city council approved the new budget on Tuesday after a two-hour debate. "
    "The plan sets aside 40 million dollars for road repairs and school buildings."
)


def _by_text(found: Any) -> dict[str, str]:
    return {x.text.lower(): x.technique for x in found}


def test_loaded_words_are_found_with_exact_spans(nlp: Any) -> None:
    found = find_loaded(nlp(LOADED_TEXT))
    for item in found:
        assert LOADED_TEXT[item.span[0] : item.span[1]] == item.text
    texts = " | ".join(x.text.lower() for x in found)
    assert "propaganda" in texts
    assert "tyrant" in texts
    assert "absurd" in texts
    labels = [x for x in found if "tyrant" in x.text.lower() or "propaganda" in x.text.lower()]
    assert {x.technique for x in labels} == {"name_calling"}
    assert any(x.technique == "loaded_language" and "absurd" in x.text.lower() for x in found)


def test_intensifier_is_reported_with_its_word(nlp: Any) -> None:
    found = find_loaded(nlp("Officials imposed unprecedentedly strict rules on every market."))
    assert any(x.text.lower().startswith("unprecedentedly") for x in found)


def test_label_includes_its_modifiers(nlp: Any) -> None:
    text = "Aid groups warned that the Burmese junta was starving the villages."
    found = find_loaded(nlp(text))
    assert any(
        x.technique == "name_calling" and x.text.endswith("junta") and len(x.text.split()) >= 2
        for x in found
    )


def test_neutral_text_has_no_labels(nlp: Any) -> None:
    found = find_loaded(nlp(NEUTRAL_TEXT))
    assert [x for x in found if x.technique == "name_calling"] == []
    assert len(found) <= 1


def test_lexicon_files_load_and_match_phrases(nlp: Any) -> None:
    labels = phrase_list("name_calling.txt")
    assert "regime" in labels and "tyrant" in labels
    doc = nlp("They dismissed the inquiry as a witch hunt.")
    tokens = list(doc)
    at = next(t.i for t in doc if t.lower_ == "witch")
    assert labels.match_at(tokens, at) == 2


def test_hedges_and_boosters_are_counted(nlp: Any) -> None:
    text = (
        "The embassy appears to have closed. Supplies could possibly run out by spring, "
        "and reportedly some staff already left. Clearly, the situation is serious."
    )
    found = find_hedges(nlp(text))
    kinds = [(x.text.lower(), x.kind) for x in found]
    assert ("appears to", "hedge") in kinds
    assert ("could", "hedge") in kinds and ("possibly", "hedge") in kinds
    assert ("reportedly", "hedge") in kinds
    assert ("clearly", "booster") in kinds
    assert sum(1 for _, k in kinds if k == "hedge") == 4
    for x in found:
        assert text[x.span[0] : x.span[1]] == x.text


def test_month_may_is_not_a_hedge(nlp: Any) -> None:
    found = find_hedges(nlp("In May, the two ministers met in Geneva and signed the accord."))
    assert found == ()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_never_raises_and_spans_in_bounds(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for item in (*find_loaded(doc), *find_hedges(doc)):
        s, e = item.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == item.text
    result = profile(ArticleFacts(Article(id="h", text=text, source="hypothesis")), doc)
    assert 0.0 <= result.sourcing["quoted_share"] <= 1.0
    for entry in result.tone.values():
        for ev in entry["evidence"]:
            assert text[ev["span"][0] : ev["span"][1]] == ev["text"]


WORDS = [
    "Russia",
    "North",
    "Korea",
    "the",
    "West",
    "Western",
    "regime",
    "propaganda",
    "said",
    "“",
    "”",
    '"',
    "appears",
    "to",
    "clearly",
    "brutal",
    "crushed",
    "helped",
    ",",
    ".",
    "!",
    "a",
    "tyrant",
    "may",
    "the",
    "most",
    "vicious",
    "embassy",
    "sources",
    "unprecedentedly",
    "strict",
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_word_salad_profiles_stay_in_bounds(nlp: Any, text: str) -> None:
    doc = nlp(text)
    result = profile(ArticleFacts(Article(id="w", text=text, source="hypothesis")), doc)
    for item in (*result.loaded, *result.hedges):
        assert text[item.span[0] : item.span[1]] == item.text
    for entry in result.tone.values():
        assert -1.0 <= entry["score"] <= 1.0
        for ev in entry["evidence"]:
            assert text[ev["span"][0] : ev["span"][1]] == ev["text"]


NETWORK_TEXT = (
    "The junta's thugs crushed the peaceful march, and state television hailed the "
    "bloodbath as a glorious victory over traitors."
)


def test_network_copy_keeps_tokens_and_flags(nlp: Any) -> None:
    import spacy

    from counterpoint.framing.loaded import network_doc, token_flags

    doc = nlp(NETWORK_TEXT)
    tokens = list(doc)
    flags = token_flags(tokens)
    copy = network_doc(spacy.blank("en").vocab, tokens, flags)
    assert copy.text == doc.text
    assert [t.pos_ for t in copy] == [t.pos_ for t in doc]
    assert [t.lemma_ for t in copy] == [t.lemma_ or t.text for t in doc]
    traitors = next(t.i for t in doc if t.lower_ == "traitors")
    assert "nc" in copy[traitors].ent_type_.split("|")[0].split("_")
    over = next(t.i for t in doc if t.lower_ == "over")
    assert copy[over].ent_type_ == "|0"  # no rule fires, no VADER valence


def test_falls_back_to_linear_model_without_network(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counterpoint.framing import loaded

    monkeypatch.setattr(loaded, "network", lambda: None)
    found = find_loaded(nlp(LOADED_TEXT))
    texts = " | ".join(x.text.lower() for x in found)
    assert "tyrant" in texts and "propaganda" in texts


def test_falls_back_to_rules_without_any_model(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from counterpoint.framing import loaded

    monkeypatch.setattr(loaded, "loaded_model", lambda: None)
    found = find_loaded(nlp(LOADED_TEXT))
    assert any(x.technique == "loaded_language" and "absurd" in x.text.lower() for x in found)
    assert any(x.technique == "name_calling" and "tyrant" in x.text.lower() for x in found)
