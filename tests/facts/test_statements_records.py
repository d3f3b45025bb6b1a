"""Statements: predicate, arguments, negation and hedges of sentences holding facts."""

from __future__ import annotations

import pytest

from counterpoint.facts.entities import find_entities
from counterpoint.facts.pipeline import get_nlp
from counterpoint.facts.statements import find_statements
from counterpoint.model import Quantity, Statement, TimeRef


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return get_nlp()


def _quantity(text: str, words: str) -> Quantity:
    s = text.index(words)
    return Quantity(words, (s, s + len(words)), 1.0, 1.0, 1.0, None, None, None, None, None,
                    "count", "exact", None, None, (0, len(text)))


def _date(text: str, words: str) -> TimeRef:
    s = text.index(words)
    return TimeRef(words, (s, s + len(words)), None, None, "unknown", (0, len(text)))


def statements(nlp, text: str, quantities=(), dates=()) -> list[Statement]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return list(find_statements(
        doc, find_entities(doc), [_quantity(text, q) for q in quantities],
        [_date(text, d) for d in dates], [],
    ))


def test_only_sentences_with_facts_get_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The talks dragged on. Seoul shipped 300 tonnes of rice on Friday. "
            "Nobody commented.")
    found = statements(nlp, text, quantities=["300 tonnes"], dates=["Friday"])
    assert len(found) == 1
    st = found[0]
    assert st.text == "Seoul shipped 300 tonnes of rice on Friday."
    assert text[st.span[0] : st.span[1]] == st.text
    assert st.predicate == "ship"
    assert st.subjects == ("city:seoul",)
    assert "tonne" in st.objects
    assert not st.negated and st.hedges == ()


def test_negation_and_hedges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia reportedly did not send 30 diplomats to Pyongyang."
    (st,) = statements(nlp, text, quantities=["30"])
    assert st.predicate == "send"
    assert st.subjects == ("country:RU",)
    assert "city:pyongyang" in st.objects
    assert st.negated
    assert st.hedges == ("reportedly",)


def test_hedge_phrases_keep_their_wording(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("According to claims, prices appear to have risen 80 percent, possibly because "
            "of state buying.")
    (st,) = statements(nlp, text, quantities=["80 percent"])
    assert st.predicate == "rise"
    assert st.hedges == ("According to claims", "appear", "possibly")


def test_month_may_is_not_a_hedge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The border closed in May 2020 and reopened in 2022."
    (st,) = statements(nlp, text, dates=["May 2020"])
    assert st.hedges == ()
    assert st.predicate == "close"


def test_noun_lemma_stands_in_for_a_missing_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The embassies of 12 countries closed in 2020."
    (st,) = statements(nlp, text, quantities=["12"], dates=["2020"])
    assert st.predicate == "close"
    assert st.subjects == ("embassy",)
    assert st.objects == ()  # "in 2020" is when, not what


def test_title_subject_points_to_the_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ambassador to Russia Ivan Petrov said on Monday that supplies were short."
    (st,) = statements(nlp, text, dates=["Monday"])
    assert st.predicate == "say"
    assert st.subjects == ("person:ivan-petrov",)
