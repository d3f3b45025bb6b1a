"""The lexical helpers of the compare stage: sentence splitting, stemming, word families."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.compare import text as tx
from counterpoint.compare.explain import value_text
from counterpoint.model import ArticleFacts


def test_sentences_keep_abbreviations_and_dates_together() -> None:
    text = ("On Feb. 26 the U.K. embassy closed. Mr. Lee said 1.5 km was walked.\n"
            "A new paragraph starts here")
    spans = tx.split_sentences(text)
    sentences = [text[s:e] for s, e in spans]
    assert sentences == ["On Feb. 26 the U.K. embassy closed.", "Mr. Lee said 1.5 km was walked.",
                         "A new paragraph starts here"]


def test_stems_and_families_link_inflections_and_synonyms() -> None:
    assert tx.stem("embassies") == tx.stem("embassy")
    assert tx.stem("walked") == tx.stem("walking") == tx.stem("walks")
    killed, died = tx.terms("twelve were killed"), tx.terms("twelve people died")
    assert "#death" in killed and "#death" in died
    assert "the" not in tx.terms("the levee")
    # a swim or a voyage across a strait is the journey another report measures
    assert "#travel" in tx.terms("she swam it") and "#travel" in tx.terms("a long voyage")
    # a frost that "wiped out" a harvest destroyed it
    assert "#destruction" in tx.terms("frost wiped out the harvest")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_splitting_never_fails_and_spans_are_in_bounds(text: str) -> None:
    spans = tx.split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e].strip() == text[s:e]
        last = e
    for t in tx.terms(text):
        assert t and t == t.lower()


def test_plural_agent_nouns_share_the_singular_stem() -> None:
    from counterpoint.compare import text as tx

    assert tx.stem("miners") == tx.stem("miner")
    assert tx.stem("workers") == tx.stem("worker")


def test_a_noun_for_the_doer_is_not_the_event() -> None:
    # "walkers", "drivers" and "strikers" share the verb's stem but name people
    assert "#travel" in tx.terms("they walked") and "#travel" not in tx.terms("seven walkers")
    assert "#strike" in tx.terms("the quake struck")
    assert "#strike" not in tx.terms("a senior striker")
    # unless the family's row lists them
    assert "#employee" in tx.terms("300 workers") and "#vote" in tx.terms("the voters")
    # a word whose own stem ends in "er" keeps its family ("offer", "offered")
    assert tx.family("offer") == tx.family("offered") == "#payment"
    # the end of something, told with any of its words, and not its start
    assert tx.family("ended") == tx.family("finished") == tx.family("concluded") == "#ending"
    assert tx.family("began") != tx.family("ended")


def test_a_sentence_without_content_words_does_not_stop_a_comparison(
    facts_factory: Callable[..., ArticleFacts],
) -> None:
    from counterpoint.compare import compare

    # "12." alone is a sentence with no terms; the story's head event is still looked for
    a = facts_factory("Seven walkers were found on the ridge.\n\n12.\n\nThey were cold.",
                      outlet="A", published="2027-01-10")
    b = facts_factory("Seven walkers were found on the ridge on Sunday.", outlet="B",
                      published="2027-01-10")
    assert compare([a, b]).articles == (a.article, b.article)


def test_a_count_of_people_may_count_any_group_of_persons() -> None:
    import importlib

    align = importlib.import_module("counterpoint.compare.align")

    def counted(words: str) -> frozenset[str]:
        return frozenset(tx.terms(words))

    assert align.same_counted(counted("people"), counted("patients"))
    assert align.same_counted(counted("people"), counted("fans"))
    assert align.same_counted(counted("foreigners"), counted("diplomats"))
    # "a population of 2,300" counts the people who live there
    assert align.same_counted(counted("population"), counted("residents"))
    # people named by a liking only ("nature lovers", "enthusiasts") are people of any group
    assert align.same_counted(counted("lovers"), counted("volunteers"))
    assert align.same_counted(counted("enthusiasts"), counted("participants"))
    # two groups of persons, or a share of a population, stay apart
    assert not align.same_counted(counted("patients"), counted("nurses"))
    assert not align.same_counted(counted("people"), counted("voters"))
    assert not align.same_counted(counted("people"), counted("lorries"))


DAY = 86400.0


def test_durations_read_in_the_calendar_unit_news_copy_uses() -> None:
    # the facts stage gives durations in seconds, a year as 365.25 days
    year = 365.25 * DAY
    assert value_text(1644 * DAY, 1644 * DAY, "second") == "4.5 years"
    assert value_text(183 * DAY, 183 * DAY, "second") == "6 months"  # six months, rounded
    assert value_text(21 * DAY, 21 * DAY, "second") == "3 weeks"
    assert value_text(year, None, "second", "at_least") == "≥1 year"
    assert value_text(year, 548 * DAY, "second", "approx") == "≈1–1.5 years"
    # no whole or half unit: days; under two days: hours
    assert value_text(400 * DAY, 400 * DAY, "second") == "400 days"
    assert value_text(3 * DAY, 3 * DAY, "second") == "3 days"
    assert value_text(34 * 3600.0, 34 * 3600.0, "second") == "34 h"
    # other units are untouched
    assert value_text(1609.3, 1609.3, "meter") == "1.61 km"


def test_one_check_for_verbs_of_saying() -> None:
    assert all(tx.says(w) for w in ("said", "Told", "statement", "announced"))
    # an agent noun shares the verb's stem but names people, and other verbs are no saying
    assert not any(tx.says(w) for w in ("announcers", "walked", "arrested"))


def test_past_forms_give_their_base() -> None:
    assert tx.past_base("rebuilt") == "rebuild"  # irregular
    assert tx.past_base("set") == "set"  # spelled as its base
    assert tx.past_base("axed") == "axed"  # regular: kept as written
    assert tx.past_base("need") is None and tx.past_base("red") is None
    assert tx.past_base("rebuild") is None
