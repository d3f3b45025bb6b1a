"""numbers.py and units.py without spaCy: number phrases, the unit lexicon, SI conversion."""

from __future__ import annotations

import pytest

from counterpoint.facts import numbers, units


def _read(text: str) -> tuple[float, float, float, int] | None:
    words = text.lower().split()
    run = numbers.read_number(words, 0)
    return None if run is None else (run.value, run.low, run.high, run.end)


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("1,200 people", 1200.0, 1),
        ("3.4 billion dollars", 3.4e9, 2),
        ("two dozen citizens", 24.0, 2),
        ("a dozen banks", 12.0, 2),
        ("one and a half million", 1.5e6, 5),
        ("two hundred and five", 205.0, 4),
        ("twenty-five years", 25.0, 1),
        ("half a million", 5e5, 3),
        ("two thirds of", 2 / 3, 2),
        ("3.4bn", 3.4e9, 1),
        ("nine ambassadors", 9.0, 1),
    ],
)
def test_read_number(text: str, value: float, end: int) -> None:
    got = _read(text)
    assert got is not None
    assert got[0] == pytest.approx(value)
    assert got[3] == end


def test_vague_plural_is_an_interval() -> None:
    assert _read("tens of thousands of families") == (1e4, 1e4, 1e5, 3)
    assert _read("millions of customers") == (1e6, 1e6, 1e7, 1)
    assert _read("thousands fled") is None


@pytest.mark.parametrize("text", ["third", "a", "an accountant", "half", "first", "march", ""])
def test_not_a_number(text: str) -> None:
    assert _read(text) is None


def test_parse_digits_rejects_malformed() -> None:
    assert numbers.parse_digits("1,2,3") is None
    assert numbers.parse_digits("12:30") is None
    assert numbers.parse_digits("-4.5") == -4.5


def test_lexicon_surfaces() -> None:
    lex = units.lexicon()
    assert lex.after["kilometres"].name == "kilometer"
    assert lex.after["per cent"].newsquant == "percentage"
    assert lex.before["$"].name == "USD"
    assert lex.units["mile"].dimension == "length"


@pytest.mark.parametrize(
    ("unit", "value", "si_value", "si_unit"),
    [
        ("mile", 1.5, 2414.016, "meter"),
        ("hour", 34, 122400.0, "second"),
        ("acre", 1, 4046.8564, "square meter"),
        ("degree Fahrenheit", 212, 373.15, "kelvin"),
        ("kilometer per hour", 36, 10.0, "meter per second"),
        # a pint in British copy is the imperial pint, 568 ml
        ("pint", 1000, 0.56826125, "cubic meter"),
        ("hectoliter", 3, 0.3, "cubic meter"),
    ],
)
def test_to_si(unit: str, value: float, si_value: float, si_unit: str) -> None:
    got = units.to_si(unit, value)
    assert got is not None
    assert got[0] == pytest.approx(si_value, rel=1e-4)
    assert got[1] == si_unit


def test_currencies_and_counts_are_not_converted() -> None:
    assert units.to_si("USD", 5.0) is None
    assert units.to_si("percent", 5.0) is None
