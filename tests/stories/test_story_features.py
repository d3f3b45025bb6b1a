"""Per-article features used by story clustering: stems, terms, fallback names, dates."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from counterpoint.model import Article
from counterpoint.stories.features import day_number, featurize, first_sentence, names, stem, terms


def test_inflections_share_a_stem() -> None:
    assert len({stem(w) for w in ("fire", "fires", "fired", "firing")}) == 1
    assert len({stem(w) for w in ("arrest", "arrests", "arrested", "arresting")}) == 1
    assert stem("casualties") == stem("casualty")
    assert stem("stopped") == stem("stop")


def test_terms_drop_function_words_and_keep_numbers_and_pairs() -> None:
    found = terms("The quake killed 14 people in Veradol, and it was felt in Orsk.")
    assert "the" not in found and "and" not in found
    assert found["#14"] == 1
    assert "veradol" in found and "kill" in found
    assert "kill_#14" in found  # adjacent content words form a pair
    assert not any(t.startswith("it_") for t in found)


def test_names_are_capitalized_runs_without_titles_or_sentence_openers() -> None:
    found = names(
        "The Finance Minister Petra Halvik met Governor Ilsa Marren on Monday. "
        "When Halvik left, Marren spoke."
    )
    assert found["name:petra-halvik"] == 1
    assert found["name:halvik"] == 2
    assert found["name:ilsa-marren"] == 1
    assert not any(k in found for k in ("name:the", "name:monday", "name:when"))


def test_day_number_reads_iso_dates_and_refuses_others() -> None:
    assert day_number("2021-03-02") == day_number("2021-03-02T10:00:00+09:00")
    assert day_number("2021-03-03") == day_number("2021-03-02") + 1  # type: ignore[operator]
    assert day_number("2021-03") is not None
    assert day_number("March 2021") is None
    assert day_number(None) is None


def test_given_entities_replace_the_fallback_and_title_counts() -> None:
    article = Article(id="x", text="Karel Dunst was arrested in Orsk.", source="s",
                      title="Timber trader held")
    feats = featurize(article, ["person:karel-dunst"])
    assert dict(feats.entities) == {"person:karel-dunst": 1}
    assert "timber" in feats.terms
    assert first_sentence(article) == "Timber trader held"
    untitled = Article(id="y", text="Karel Dunst was arrested in Orsk. He denies it.", source="s")
    assert first_sentence(untitled) == "Karel Dunst was arrested in Orsk."


@given(st.text(max_size=300))
def test_features_never_raise(text: str) -> None:
    feats = featurize(Article(id="h", text=text, source="s"))
    assert all(count > 0 for count in feats.terms.values())
    assert all(key.startswith("name:") for key in feats.entities)
