"""How precisely a figure was stated: the interval a mention stands for, with rounding slack."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence

from counterpoint.compare import durations
from counterpoint.compare import text as tx
from counterpoint.compare.frames import NIGHT, WORD_SHARE_REL, word_share
from counterpoint.compare.mentions import (
    AGE_KEY,
    CLOCK_KEY,
    MINUTES_PER_DAY,
    OFFSET_DIMENSIONS,
    SECONDS_PER_YEAR,
    TEMPERATURE_STEP,
    TIME_KEY,
    UNIVERSAL_KEY,
    Mention,
    on_offset_scale,
    reading,
    significant_half,
)
from counterpoint.facts.numbers import SCALES, SUFFIX_SCALES
from counterpoint.model import Finding

# Relative slack on measured values: unit conversions in news copy are rounded ("100 km
# (62 miles)" is 99.8 km), so 2% separates a rounding from a different figure.
REL_TOL_MEASURE = 0.02
# Counts of people or things are exact: 31 dead and 32 dead disagree (unless written with a
# scale word: "45 million" is a rounding, see tolerance).
REL_TOL_COUNT = 0.0
# A written number followed by a scale word or glued scale letters of the facts stage's own
# vocabulary ("45 million", "4.1m", "20k").
_MULTIPLIERS = {**SUFFIX_SCALES, **SCALES}
_SCALED = re.compile(
    r"\d(?:\s?(" + "|".join(sorted(map(re.escape, _MULTIPLIERS), key=len, reverse=True))
    + r"))\b", re.I,
)
# Dimensions whose numbers count discrete things.
COUNT_DIMENSIONS = frozenset({"count", "dimensionless", "number"})
# Measures told in whole units that are never converted: an age is a count of years ("61" and
# "59-year-old" disagree, though 2% of 61 years is more than a year); a tally is its sides
# (see compare/tally.py); a place in a series is a whole place ("30th" and "31st" disagree).
EXACT_DIMENSIONS = frozenset({"age", "tally", "ordinal"})
# A maximum ("up to 50 km/h") is written as a round figure, often converted from another unit:
# it stands for its value give or take half its last significant digit, and at least 5% (a
# rounded conversion such as "up to 31 mph" for 50 km/h is 0.5% off; the maxima that news
# reports confuse differ by a unit factor, 1.6 for miles and kilometres, far outside this).
PEAK_REL = 0.05
# ... and a rounding holds one of its edges only: two maxima that meet at an edge ("up to 50
# years" is 45-55 to the ten, "up to 60 years" 55-65) name no common value.
PEAK_EDGE = 1.0 - 1e-9


def half_last_digit(m: Mention, scale: float) -> float:
    """Half the last written digit of ``m``'s figure, times ``scale`` (its SI factor or the
    scale word after it): the rounding its writing implies."""
    return 0.5 * 10 ** (-m.decimals) * scale


# Minutes a time of day written on the five minutes may be rounded to ("2.40am" for 02:41).
CLOCK_ROUNDING = 5.0


def tolerance(m: Mention) -> float:
    """Half-width of the rounding implied by how a value is written, in SI units."""
    if m.kind != "quantity" or m.qualifier == "approx":
        return 0.0  # an "about" interval already holds the rounding
    if m.key.startswith(CLOCK_KEY):
        return _clock_rounding(m.value)
    dim = m.key.split("|")[1]
    if dim in OFFSET_DIMENSIONS or dim == TEMPERATURE_STEP:
        # half the last written digit, in kelvin: "47C" is 46.5-47.5, "121F" 49.2-49.7 C
        return half_last_digit(m, abs(m.si_factor))
    ref = m.value if m.value is not None else (m.low or 0.0)
    share = _share_rounding(dim, m.text, m.qualifier == "exact", ref)
    if share is not None:
        return share
    written = _duration_rounding(dim, m.text)
    if written is not None:
        return written  # "2:07:41" is exact to the second, "2hr 24min" to the minute
    tol = _relative(dim, ref)
    if m.decimals:
        tol = max(tol, half_last_digit(m, abs(m.si_factor)))
    scaled = _SCALED.search(m.text) if dim in COUNT_DIMENSIONS else None
    if scaled:
        # "45 million" is rounded to the million, "4.1m" to a hundred thousand: half the last
        # written digit, times the scale word, however exact counts otherwise are
        tol = max(tol, half_last_digit(m, _MULTIPLIERS[scaled.group(1).lower()]))
    return tol


def _clock_rounding(minutes: float | None) -> float:
    """Slack of a time of day: none, as it is read to the minute it names and its words give
    any other; but a time on the five minutes ("2.40am") may be rounded to them, as round
    numbers are."""
    on_five = minutes is not None and minutes % CLOCK_ROUNDING == 0
    return CLOCK_ROUNDING / 2 if on_five else 0.0


def _share_rounding(dimension: str | None, text: str, exact: bool, ref: float) -> float | None:
    """The slack of a share told as a fraction in words ("a third"; WORD_SHARE_REL of it);
    None for any other figure, and for a bound ("more than a fifth"), which keeps its edge."""
    if dimension != "percent" or not exact:
        return None
    return WORD_SHARE_REL * abs(ref) if word_share(text) else None


def _duration_rounding(dimension: str | None, text: str) -> float | None:
    """Half the smallest unit of a duration told to the second or minute ("2:07:41", "2hr
    24min"), in seconds; None for any other figure."""
    return durations.rounding(text) if dimension == "time" else None


def _relative(dimension: str | None, ref: float) -> float:
    """The slack of a figure of ``ref`` by what it measures: counts and ages are exact
    (REL_TOL_COUNT), other measures converted (REL_TOL_MEASURE)."""
    exact = dimension in COUNT_DIMENSIONS or dimension in EXACT_DIMENSIONS
    return (REL_TOL_COUNT if exact else REL_TOL_MEASURE) * abs(ref)


def bounds(m: Mention, peaks: bool = False) -> tuple[float, float]:
    """The mention's interval widened by its rounding tolerance.

    With ``peaks`` (every figure compared is a maximum reached, "up to 50 km/h" against "up
    to 60 mph"), a maximum stands for its own value, give or take its rounding: two reports of
    the highest value of one measure must name about the same value, whatever the units.
    """
    if peaks and m.peak and m.high is not None and math.isfinite(m.high):
        # a temperature's share is of its reading in degrees, not of its kelvin value (5% of
        # 313 K would let "up to 40C" meet "up to 52C")
        # (a maximum of one significant digit, "up to £30,000", is read to a quarter of that
        # digit: had the writer meant £34,000 they would have rounded to "£35,000")
        written = _written_half(m, m.high)
        if _one_digit(m.high / m.si_factor if m.si_factor else m.high):
            written /= 2
        half = max(PEAK_REL * abs(reading(m, m.high)), written) * PEAK_EDGE
        return m.high - half, m.high + half
    t = tolerance(m)
    low = m.low if m.low is not None else -math.inf
    high = m.high if m.high is not None else math.inf
    return low - t, high + t


def _one_digit(value: float) -> bool:
    """Whether a whole number has one significant digit and trailing zeros (30,000; not 7,
    not 35,000): its last significant digit's place is at least ten, and its first."""
    step = 2 * significant_half(value)
    return step >= 10 and abs(value) < 10 * step


def written_alike(m: Mention, n: Mention) -> bool:
    """Whether two measured figures are written in one unit and neither blurred nor bounded
    ("8,412 metres" and "8,241 metres"): no conversion stands between them, so each is exact
    to its last significant digit and the conversion slack (REL_TOL_MEASURE) is not theirs."""
    return m.si_factor == n.si_factor and _exact_measures(m, n)


def _exact_measures(m: Mention, n: Mention) -> bool:
    """Whether two figures are measures that may be converted (no counts, ages, temperatures,
    shares, durations or times of day), each exact: neither blurred, bounded nor a change."""
    if m.kind != "quantity" or n.kind != "quantity":
        return False
    dim = m.key.split("|")[1]
    if dim in COUNT_DIMENSIONS or dim in EXACT_DIMENSIONS or dim in OFFSET_DIMENSIONS:
        return False
    if dim in ("percent", "time") or m.key.startswith(CLOCK_KEY):
        return False
    return all(x.qualifier in (None, "exact") and x.value is not None and not x.change
               for x in (m, n))


def _written_bounds(m: Mention, factor: float = 0.0) -> tuple[float, float]:
    """The interval of an exact figure give or take half its last significant digit (and
    ``factor`` of it), and no more than the slack it has against any figure (bounds): "8,412
    metres" is 8,411.5-8,412.5."""
    assert m.value is not None
    half = min(_written_half(m, m.value) + factor * abs(m.value), tolerance(m))
    return m.value - half, m.value + half


# Two exact measures in different units that each give this many significant digits or more
# ("8,190ft" / "2,471.6 metres") were converted with care, one from the other or both from a
# precise figure: each is read to its last written digit, the two together widened only by
# the error of a rough conversion factor (3.3 feet to the metre and 1.6 km to the mile are
# 0.6% off; FACTOR_REL of each figure), not by the 2% slack (REL_TOL_MEASURE) that lets "62
# miles" meet "100 km". A slip in the converted figure ("8,190ft" for 8,109 feet) is then a
# conflict, not a rounding.
PRECISE_DIGITS = 3
FACTOR_REL = 0.003


def converted_precisely(m: Mention, n: Mention) -> bool:
    """Whether two measures are told in different units, each exact to PRECISE_DIGITS
    significant digits or more."""
    return m.si_factor != n.si_factor and _exact_measures(m, n) and all(
        x.si_factor and _significant_digits((x.value or 0.0) / x.si_factor) >= PRECISE_DIGITS
        for x in (m, n)
    )


def _significant_digits(raw: float) -> int:
    """How many significant digits a figure is written with: 8,190 has three, 2,471.6 five."""
    text = f"{abs(raw):.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return len(text.rstrip("0")) if text else 0


def read_to_digits(m: Mention, n: Mention) -> bool:
    """Whether two figures are compared to their written digits (written alike, or converted
    precisely) rather than each widened by its slack."""
    return written_alike(m, n) or converted_precisely(m, n)


def _written_half(m: Mention, value: float) -> float:
    """Half the last significant digit of ``value`` as ``m`` writes it, in SI units (both):
    "8,412 metres" 0.5 m, "4,600ft" 50 ft = 15.24 m."""
    raw = value / m.si_factor if m.si_factor else value
    return significant_half(raw) * abs(m.si_factor)


def written_fits(m: Mention, x: Mention) -> bool:
    """Whether ``m``, read to its last written digit in its own unit ("27,598ft" is
    8,411.7-8,412.0 m), fits ``x`` read the same way: the test for a member of a conflict
    between figures written alike ("8,412 metres" / "8,241 metres")."""
    if m.value is None or x.value is None:
        return consistent(m, x)
    half = _written_half(m, m.value)
    lo, hi = _written_bounds(x)
    return m.value - half <= hi and lo <= m.value + half


def pair_bounds(
    m: Mention, n: Mention, peaks: bool = False
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The intervals two figures are compared by: each to its written precision when they are
    written alike (written_alike), else each widened by its own slack (bounds). ``peaks``
    (both are maxima) changes nothing for two written alike, which are exact: "the peak fare
    of 62 pence" / "66 pence" keep their digits, and the maxima's wider slack is for bounds and
    conversions ("up to 31 mph")."""
    if m.kind == "date" and m.universal != n.universal:
        return _local_days(m, peaks), _local_days(n, peaks)
    if written_alike(m, n):
        return _written_bounds(m), _written_bounds(n)
    if not peaks and converted_precisely(m, n):
        # (a measure written in feet and inches was converted with the exact factor, not a
        # rough one: each figure is read to its written digits alone)
        rel = 0.0 if any(durations.in_imperial_parts(x.text) for x in (m, n)) else FACTOR_REL
        return _written_bounds(m, rel), _written_bounds(n, rel)
    if both_nights(m, n):
        return _hours(m), _hours(n)
    if not peaks and _other_scales(m, n):
        # (two maxima keep their own slack, PEAK_REL of each, which is wider)
        rel = FACTOR_REL if m.decimals and n.decimals else REL_TOL_MEASURE
        return _converted_degrees(m, rel), _converted_degrees(n, rel)
    if _in_months(m) != _in_months(n) and _durations(m, n):
        return _calendar_bounds(m, peaks), _calendar_bounds(n, peaks)
    return bounds(m, peaks), bounds(n, peaks)


def _local_days(m: Mention, peaks: bool) -> tuple[float, float]:
    """A date's days; for one told in universal time, the local dates of that moment, which
    run from the day before to the day after (zones are 12 hours behind to 14 ahead of it)."""
    lo, hi = bounds(m, peaks)
    return (lo - 1, hi + 1) if m.universal else (lo, hi)


# A month told as a length runs from four weeks (February) to 31 days: "a three-month
# consultation" may be the same as "a 12-week" one. Months are read at that width only against
# a length told in other units (weeks, days); two lengths in months keep their own slack, so
# "11 months" and "a year" still differ.
MONTH_SECONDS = SECONDS_PER_YEAR / 12  # the facts stage's month
SHORTEST_MONTH_DAYS = 28.0
LONGEST_MONTH_DAYS = 31.0


def _in_months(m: Mention) -> bool:
    return m.kind == "quantity" and m.si_factor == MONTH_SECONDS


def _durations(m: Mention, n: Mention) -> bool:
    return m.key.startswith(TIME_KEY) and n.key.startswith(TIME_KEY)


def _calendar_bounds(m: Mention, peaks: bool) -> tuple[float, float]:
    """A length's interval (bounds), a length in months widened to the shortest and longest
    months: "three months" is 84-93 days."""
    lo, hi = bounds(m, peaks)
    if not _in_months(m):
        return lo, hi
    per_day = durations.PART_SECONDS["day"] / MONTH_SECONDS
    return (min(lo, lo * per_day * SHORTEST_MONTH_DAYS),
            max(hi, hi * per_day * LONGEST_MONTH_DAYS))


def _other_scales(m: Mention, n: Mention) -> bool:
    """Whether two temperatures are told in different scales ("1,150C" / "2,100F"): one is then
    mostly the other converted and rounded to a round figure of its own scale."""
    return m.si_factor != n.si_factor and on_offset_scale(m) and on_offset_scale(n)


def _converted_degrees(m: Mention, rel: float) -> tuple[float, float]:
    """A temperature's interval (bounds) widened by the conversion slack ``rel`` of its
    reading in degrees Celsius, as other converted measures are: "2,100F" (1,148.9C) meets
    "1,150C", while "117F" (47.2C) still misses "50C". Two readings each told to one decimal
    place ("minus 25.8F" / "minus 31.4C") were converted with care, so ``rel`` is then the small
    FACTOR_REL, not REL_TOL_MEASURE."""
    lo, hi = bounds(m)
    ref = reading(m, m.value if m.value is not None else lo)
    slack = rel * abs(ref) if math.isfinite(ref) else 0.0
    return lo - slack, hi + slack


def both_nights(m: Mention, n: Mention) -> bool:
    """Whether two dates each name a night ("before dawn on Tuesday", "overnight from Friday
    into Saturday", "late on Friday"): they are compared by their hours, so that the night
    before a day and the night after it disagree. Other parts of one day ("Monday afternoon"
    against "late on Monday") are compared by the day, as readers do."""
    return (
        m.day_part is not None and n.day_part is not None
        and m.day_part[0] == n.day_part[0] == NIGHT
        and m.low == m.high and n.low == n.high
    )


def _hours(m: Mention) -> tuple[float, float]:
    """A date told with a part of the day, as the span of days its hours cover."""
    assert m.day_part is not None and m.low is not None
    h0, h1 = m.day_part[1]
    return m.low + h0, m.low + h1


# An interval of values, low to high.
_Bounds = tuple[float, float]
# Local times run from 12 hours behind universal time to 14 ahead: a difference of more
# whole hours ahead is read the other way round the clock.
MAX_ZONE_HOURS = 14
# The few zones whose clocks are set half an hour or three quarters off the hour, in minutes
# ahead of universal time.
OFF_HOUR_ZONES = frozenset({-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825})


def zone_shift(local: float, universal: float) -> float:
    """The offset, in minutes, of the time zone that moves a time told in universal time
    nearest to a local time (both in minutes after midnight): whole hours, or a zone set off
    the hour when that one brings the two times together to the minute."""
    ahead = (local - universal) % MINUTES_PER_DAY
    half = MINUTES_PER_DAY / 2
    for zone in OFF_HOUR_ZONES:
        if abs((ahead - zone + half) % MINUTES_PER_DAY - half) < 1:
            return float(zone)
    hours = round(ahead / 60.0)
    return (hours - 24 if hours > MAX_ZONE_HOURS else hours) * 60.0


_ZONES = frozenset({CLOCK_KEY, UNIVERSAL_KEY})


def mixed_zones(keys: Iterable[str]) -> bool:
    """Whether mentions of these keys are times of day told both in local and in universal
    time, and nothing else."""
    return set(keys) == _ZONES


def in_zone_of(m: Mention, n: Mention) -> Mention:
    """``n`` read in ``m``'s zone when one is a local time of day and the other a time told in
    universal time ("04:15 local time" / "03:15 UTC"): no article states its zone's offset, so
    ``n`` is moved by the time zone's offset that brings it nearest to ``m``; the minutes
    must then agree for the two to be one time. Any other ``n`` is returned as it is."""
    if (m.kind != "quantity" or n.kind != "quantity" or m.value is None or n.value is None
            or n.low is None or n.high is None
            or not mixed_zones((m.key, n.key))):
        return n
    # (the offset is the local clock's lead on universal time, whichever of the two is local)
    shift = (zone_shift(m.value, n.value) if m.key == CLOCK_KEY
             else -zone_shift(n.value, m.value))
    if n.value + shift >= MINUTES_PER_DAY:
        shift -= MINUTES_PER_DAY
    elif n.value + shift < 0:
        shift += MINUTES_PER_DAY
    return dataclasses.replace(
        n, key=m.key, value=n.value + shift, low=n.low + shift, high=n.high + shift
    )


def consistent(m: Mention, n: Mention) -> bool:
    """Whether two figures or dates can both be true (their intervals overlap)."""
    if m.kind not in ("quantity", "date"):
        return True
    n = in_zone_of(m, n)
    if m.kind == "date" and _same_words(m.text, n.text):
        return True  # "Friday" and "Friday": any difference comes from resolving, not the text
    if m.kind == "date" and _year_guessed(m, n):
        return True
    peaks = m.peak and n.peak
    (a0, a1), (b0, b1) = pair_bounds(m, n, peaks)
    if a0 > b1 or b0 > a1:
        return False
    return not (m.change and n.change and m.change != n.change)


# a year written in a date: "1979", "'79"
_YEAR = re.compile(r"(?<!\d)(?:\d{4}|'\d{2})(?!\d)")


def _year_guessed(m: Mention, n: Mention) -> bool:
    """Whether two dates name one day of the year, one of them without a year ("2 April" /
    "2 April 1979"): the facts stage gives a date without a year the year nearest its
    article's day, a guess the text never makes, so the two do not disagree."""
    if m.low == n.low:
        return False  # one day: the intervals meet anyway
    return same_day_of_year([m, n]) and year_written(m) != year_written(n)


def year_written(m: Mention) -> bool:
    """Whether a date's words give its year."""
    return bool(_YEAR.search(m.text))


def same_day_of_year(members: Sequence[Mention]) -> bool:
    """Whether dates each name one day, the same day of the year, and at most one year among
    those that write it ("2 April 1979", "2 April")."""
    days = {_day(x) for x in members}
    if len(days) != 1 or None in days:
        return False
    return len({x.low for x in members if year_written(x)}) <= 1


def _day(m: Mention) -> tuple[int, int] | None:
    """The month and day of a date that names one day."""
    if m.low is None or m.low != m.high:
        return None
    day = dt.date.fromordinal(int(m.low))
    return day.month, day.day


def _same_words(a: str, b: str) -> bool:
    """Same wording of a relative date (no digits), ignoring case and a leading "on"."""
    if any(c.isdigit() for c in a + b):
        return False
    norm = [" ".join(x.lower().removeprefix("on ").split()) for x in (a, b)]
    return norm[0] == norm[1]


def sides(finding: Finding) -> tuple[int | None, ...]:
    """Which side of a conflict each evidence item takes, read from its normalized values only
    (so it works on a comparison loaded from JSON): 0 with the lowest figure or earliest date,
    1 with the highest, 2 a third figure apart from both, None when it fits both or the
    finding has no values (quotes, statements).

    Figures are widened by the slack of a measured value (REL_TOL_MEASURE; counts and ages are
    exact, a race time to its second), so "1 mile" sides with "1.6 km"."""
    spans = [_interval(e.normalized, finding.dimension, e.text) for e in finding.evidence]
    if finding.kind != "conflict" or not spans or any(s is None for s in spans):
        return tuple(None for _ in finding.evidence)
    known = [s for s in spans if s is not None]
    # times told in universal time beside local ones take a side through a time zone's
    # offset (in_zone_of); the sides are those of the local times
    universal = [finding.dimension == CLOCK_KEY.split("|")[1]
                 and bool(_UNIVERSAL.search(e.text)) for e in finding.evidence]
    if any(universal) and not all(universal):
        local = [s for s, u in zip(known, universal, strict=True) if not u]
        lowest = min(local, key=lambda s: s[1])
        highest = max(local, key=lambda s: s[0])
        if lowest[1] < highest[0]:
            return tuple(
                _zoned_side(s, lowest, highest) if u else _side(s, lowest, highest)
                for s, u in zip(known, universal, strict=True)
            )
    lowest = min(known, key=lambda s: s[1])
    highest = max(known, key=lambda s: s[0])
    if not lowest[1] < highest[0]:
        # figures written alike ("8,412 metres", "8,241 metres") conflict within the slack of a
        # conversion (written_alike): their sides are read from the values as given
        known = [s for s in (_interval(e.normalized, finding.dimension, e.text, slack=False)
                             for e in finding.evidence) if s is not None]
        lowest = min(known, key=lambda s: s[1])
        highest = max(known, key=lambda s: s[0])
        if not lowest[1] < highest[0]:
            return tuple(None for _ in finding.evidence)
    return tuple(_side(s, lowest, highest) for s in known)


# universal time written after a time of day, as evidence texts give it ("02:40 UTC")
_UNIVERSAL = re.compile(r"\d\s?\(?(?:" + "|".join(tx.UNIVERSAL_TIME) + r")\b")


def _which(low: bool, high: bool) -> int | None:
    """The side of an item that fits the lowest figure (``low``) and/or the highest: 0 the
    lowest only, 1 the highest only, None both, 2 neither."""
    if low != high:
        return 0 if low else 1
    return None if low else 2


def _side(s: _Bounds, lowest: _Bounds, highest: _Bounds) -> int | None:
    return _which(s[0] <= lowest[1] and lowest[0] <= s[1],
                  s[0] <= highest[1] and highest[0] <= s[1])


def _zoned_side(s: _Bounds, lowest: _Bounds, highest: _Bounds) -> int | None:
    """The side of a time told in universal time: each side's time is met by moving it by the
    time zone's offset nearest to it."""

    def near(ref: _Bounds) -> bool:
        shift = zone_shift((ref[0] + ref[1]) / 2, (s[0] + s[1]) / 2)
        return s[0] + shift <= ref[1] and ref[0] <= s[1] + shift

    return _which(near(lowest), near(highest))


def _interval(normalized: dict[str, object] | None, dimension: str | None, text: str = "",
              slack: bool = True) -> tuple[float, float] | None:
    if not normalized:
        return None
    low, high = normalized.get("low"), normalized.get("high")
    if normalized.get("unit") == "date":
        try:
            return (float(dt.date.fromisoformat(str(low)).toordinal()),
                    float(dt.date.fromisoformat(str(high)).toordinal()))
        except ValueError:
            return None
    lo = float(low) if isinstance(low, int | float) else -math.inf
    hi = float(high) if isinstance(high, int | float) else math.inf
    if lo == -math.inf and hi == math.inf:
        return None
    if dimension in OFFSET_DIMENSIONS:
        return lo, hi  # a share of a temperature in kelvin is no slack
    if not slack:
        # to its last written digit, in whatever unit it is written: "27,598ft" sides with
        # "8,412 metres", not with "8,241 metres"
        share = _written_share(text)
        return lo - share * abs(lo), hi + share * abs(hi)
    if dimension == CLOCK_KEY.split("|")[1]:
        # minutes after midnight: as tolerance() reads a time told to the minute
        t = _clock_rounding(lo) if lo == hi else 0.0
        return lo - t, hi + t
    written = _duration_rounding(dimension, text)
    if written is None and lo == hi:
        written = _share_rounding(dimension, text, True, lo)  # as tolerance() reads "a third"
    if written is not None:
        return lo - written, hi + written
    ref_lo, ref_hi = (lo if math.isfinite(lo) else hi), (hi if math.isfinite(hi) else lo)
    return lo - _relative(dimension, ref_lo), hi + _relative(dimension, ref_hi)


def _written_share(text: str) -> float:
    """Half the last significant digit of the first figure of ``text``, as a share of it."""
    found = _FIGURE.search(text)
    if found is None:
        return 0.0
    raw = float(found.group().replace(",", ""))
    return significant_half(raw) / raw if raw else 0.0


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


# Digits a figure must have for two figures with the same digits in another order to read as
# a slip of one of them ("1,347" / "1,374"); an age of two digits will do ("58-year-old" /
# "aged 85": a person's age swapped is a classic slip, and two ages of one person do not
# change within a story).
TRANSPOSED_DIGITS = 3
AGE_TRANSPOSED_DIGITS = 2


def transposed(m: Mention, n: Mention) -> bool:
    """Whether two figures are written with the same digits in another order."""
    da, db = _digits(m), _digits(n)
    digits = AGE_TRANSPOSED_DIGITS if m.key.startswith(AGE_KEY) else TRANSPOSED_DIGITS
    return len(da) >= digits and da != db and sorted(da) == sorted(db)


def unit_slip(m: Mention, n: Mention) -> bool:
    """Whether two measures write the same number in two units of one kind ("240 square
    kilometres" / "240 square miles"): one of them likely took the other's unit."""
    if m.kind != "quantity" or n.kind != "quantity" or m.si_factor == n.si_factor:
        return False
    da = _digits(m)
    return len(da) >= 2 and da == _digits(n)


def _digits(m: Mention) -> str:
    """The digits a figure is written with ("1,347" -> "1347")."""
    return re.sub(r"\D", "", m.text)
