"""Every number in the two seed articles, checked by hand (skips without ../shared), and
property tests: never raises, spans in bounds, low <= value <= high, deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterpoint.facts.quantities import find_quantities

# (text, value, unit, qualifier, change, counted), in reading order
SEED_ANALYSIS = [
    ("About two dozen citizens", 24.0, None, "approx", None, "citizen"),
    ("two employees", 2.0, None, "exact", None, "employee"),
    ("two-week", 2.0, "week", "exact", None, None),
    ("fewer than 290 foreigners", 290.0, None, "at_most", None, "foreigner"),
    ("12 countries", 12.0, None, "exact", None, "country"),
    ("Only nine ambassadors", 9.0, None, "exact", None, "ambassador"),
    ("four chargé d’affaires", 4.0, None, "exact", None, "chargé d'affaires"),
    ("two", 2.0, "week", "exact", None, None),
    ("three weeks", 3.0, "week", "exact", None, None),
    ("about a mile and a half", 1.5, "mile", "approx", None, None),
]
SEED_REPORT = [
    ("12 to 18 months", 15.0, "month", "range", None, None),
    ("161 countries", 161.0, None, "exact", None, "country"),
    ("fewer than 30", 30.0, None, "at_most", None, None),
    ("around 10 countries", 10.0, None, "approx", None, "country"),
    ("eight indomitable Russian staffers", 8.0, None, "exact", None, "staffer"),
    ("34-hour", 34.0, "hour", "exact", None, None),
    ("barely a kilometer", 1.0, "kilometer", "at_most", None, None),
    ("One diplomatic source", 1.0, None, "exact", None, "source"),
    ("80 percent", 80.0, "percent", "exact", "down", None),
    ("One source", 1.0, None, "exact", None, "source"),
    ("One former high-ranking official", 1.0, None, "exact", None, "official"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_92c47d0a5d016df5.txt", SEED_ANALYSIS), ("001_c8befa7470ba95ae.txt", SEED_REPORT)],
)
def test_seed_quantities(spacy_nlp, seeds_dir: Path, name: str, expected) -> None:  # type: ignore[no-untyped-def]
    text = (seeds_dir / name).read_text(encoding="utf-8")
    found = find_quantities(spacy_nlp(text))
    got = [(q.text, q.value, q.unit, q.qualifier, q.change, q.counted) for q in found]
    assert got == expected
    for q in found:
        assert text[q.span[0]:q.span[1]] == q.text
        assert q.sentence[0] <= q.span[0] < q.span[1] <= q.sentence[1]


def test_seed_non_quantities(spacy_nlp, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = (seeds_dir / "000_92c47d0a5d016df5.txt").read_text(encoding="utf-8")
    texts = {q.text for q in find_quantities(spacy_nlp(text))}
    for wrong in ("First", "2021", "1990s", "18", "an accountant", "One of them", "Second"):
        assert not any(wrong in t for t in texts), wrong


_WORDS = st.sampled_from(
    ["about", "a", "mile", "and", "half", "2,500", "3.4", "billion", "$", "%", "percent", "-",
     "12", "to", "18", "months", "one", "of", "them", "fewer", "than", "won", "°", "C", "minus",
     "dozen", "two", "tens", "thousands", "people", "rose", "by", "Feb.", "26", ",", "1990s",
     "G7", "km/h", "5m", "£", "or", "three", "weeks", "between", "and", "up", "nearly", "ⅰ"]
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=16).map(" ".join)))
def test_properties(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    first = find_quantities(doc)
    assert find_quantities(doc) == first
    spans = [q.span for q in first]
    assert spans == sorted(spans)
    for q in first:
        assert 0 <= q.span[0] < q.span[1] <= len(text)
        assert text[q.span[0]:q.span[1]] == q.text
        assert q.low <= q.value <= q.high
        if q.si_low is not None and q.si_high is not None and q.si_value is not None:
            assert q.si_low <= q.si_value <= q.si_high
