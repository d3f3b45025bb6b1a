"""Every temporal expression in the two seed articles, checked by hand and pinned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from counterpoint.facts.dates import find_dates

U = (None, None, "unknown")

# The analysis (000) carries no dateline; its latest event is "the beginning of April 2021",
# so it is checked without a publication date: absolute dates resolve, the rest stay unknown.
SEED_000 = [
    ("March 18, 2021", ("2021-03-18", "2021-03-18", "day")),
    ("April 1, 2021", ("2021-04-01", "2021-04-01", "day")),
    ("at the moment", U),
    ("the 1990s", ("1990-01-01", "1999-12-31", "decade")),
    ("August 2020", ("2020-08-01", "2020-08-31", "month")),
    ("the next day", U),
    ("a while", U),
    ("the summer of 2020", ("2020-06-01", "2020-08-31", "season")),
    ("the beginning of April 2021", ("2021-04-01", "2021-04-10", "week")),
    ("in the near future", U),
    ("at the moment", U),
]
# The Chosun Ilbo report (001) is dated March 2, 2021.
SEED_001 = [
    ("March 02, 2021", ("2021-03-02", "2021-03-02", "day")),
    ("weekend", U),
    ("Feb. 8", ("2021-02-08", "2021-02-08", "day")),
    ("the first half of last year", ("2020-01-01", "2020-06-30", "season")),
    ("Feb. 26", ("2021-02-26", "2021-02-26", "day")),
    ("Feb. 19", ("2021-02-19", "2021-02-19", "day")),
    ("Feb. 26", ("2021-02-26", "2021-02-26", "day")),
    ("the 1990s", ("1990-01-01", "1999-12-31", "decade")),
    ("Last year", ("2020-01-01", "2020-12-31", "year")),
    ("2019", ("2019-01-01", "2019-12-31", "year")),
]


def _seed(seeds_dir: Path, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "published", "expected"),
    [("000", None, SEED_000), ("001", dt.date(2021, 3, 2), SEED_001)],
)
def test_seed_dates(
    seeds_dir: Path, spacy_nlp: Any, prefix: str, published: dt.date | None, expected: list[Any]
) -> None:
    text = _seed(seeds_dir, prefix)
    refs = find_dates(spacy_nlp(text), published)
    got = [(r.text.lower(), (r.start, r.end, r.precision)) for r in refs]
    assert got == [(t.lower(), want) for t, want in expected]
    for ref in refs:
        assert text[ref.span[0]:ref.span[1]] == ref.text


def test_seed_relative_dates_need_the_publication_date(seeds_dir: Path, spacy_nlp: Any) -> None:
    refs = find_dates(spacy_nlp(_seed(seeds_dir, "001")), None)
    by_text = {r.text: r for r in refs}
    assert by_text["Last year"].start is None
    assert by_text["Feb. 8"].precision == "unknown"
    assert by_text["the 1990s"].start == "1990-01-01"
