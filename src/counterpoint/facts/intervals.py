"""Calendar intervals for the date grammar: the resolved-match record and its arithmetic.

``dates.py`` finds temporal expressions; this module turns what they name into inclusive
``[start, end]`` intervals: months, seasons, weeks and years, a part of one ("early", "the first
half of"), and the placement of expressions that count from the publication date. Year-less
dates and bare weekdays follow tense (``_pick_year``, ``_weekday``): past-tense context picks the
most recent occurrence on or before publication (allowing ``PAST_SLACK_DAYS``), future-tense
context the next one on or after it, and otherwise the occurrence nearest to publication.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from counterpoint.model import Precision

# A weekday in a clause without tense is read as past when it was at most this many days
# before publication, even if its next occurrence is nearer ("Saturday" in a Wednesday paper).
UNMARKED_PAST_DAYS = 4
# A past-tense "Feb. 26" may fall up to two days after the dateline: outlets date stories in
# their own time zone and stamp wire copy a day late. Beyond that it must be last year's Feb. 26.
PAST_SLACK_DAYS = 2
# With no tense to go by, a year-less date is placed in the year that puts it within half a
# year of publication ("Dec. 30" in a January article is the previous December).
NEAREST_WINDOW_DAYS = 183
# "early / beginning / start", "mid / middle", "late / end" take the first, middle and last
# third of the unit below them: days 1-10, 11-20 and 21-end of a month (so "the beginning of
# April" is April 1-10), January-April, May-August and September-December of a year, the
# first, second and third month of a season, years 0-2, 3-5 and 6-9 of a decade.
PARTS: dict[str, tuple[int, int, int]] = {  # part -> (first slice, last slice, slices)
    "early": (0, 0, 3), "beginning": (0, 0, 3), "start": (0, 0, 3),
    "mid": (1, 1, 3), "middle": (1, 1, 3),
    "late": (2, 2, 3), "end": (2, 2, 3),
    "first half": (0, 0, 2), "second half": (1, 1, 2), "latter half": (1, 1, 2),
    "first quarter": (0, 0, 4), "second quarter": (1, 1, 4), "third quarter": (2, 2, 4),
    "fourth quarter": (3, 3, 4), "last quarter": (3, 3, 4), "final quarter": (3, 3, 4),
}
MONTH_THIRD_DAYS = 10  # a third of a month is ten days whatever its length ("late February")
# Precision of a narrowed interval follows its length in days (a part of a year is a "season").
PRECISION_BY_LENGTH: tuple[tuple[int, Precision], ...] = (
    (1, "day"), (11, "week"), (31, "month"), (184, "season"), (366, "year"), (3653, "decade"),
)


@dataclass(frozen=True, slots=True)
class _Res:
    """A resolved match: interval, precision, and whether it depends on the publication date."""

    start: date | None
    end: date | None
    precision: Precision
    relative: bool = False
    narrowable: bool = True


@dataclass(frozen=True, slots=True)
class _Ctx:
    """What a rule may look at besides its match: publication date and the tense near it."""

    published: date | None
    tense: Callable[[int], str | None]
    text: str
    date_ents: tuple[tuple[int, int], ...] = ()

# --------------------------------------------------------------------------- calendar helpers
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month(y: int, m: int) -> _Res:
    return _Res(date(y, m, 1), _month_end(y, m), "month")


def _year(y: int) -> _Res:
    return _Res(date(y, 1, 1), date(y, 12, 31), "year")


def _season(y: int, first_month: int) -> _Res:
    last_y, last_m = (y + 1, first_month + 2 - 12) if first_month + 2 > 12 else (y, first_month + 2)
    return _Res(date(y, first_month, 1), _month_end(last_y, last_m), "season")


def _week(d: date) -> _Res:
    monday = d - timedelta(days=d.weekday())
    return _Res(monday, monday + timedelta(days=6), "week")


def _add_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _precision_for(start: date, end: date) -> Precision:
    length = (end - start).days + 1
    for limit, precision in PRECISION_BY_LENGTH:
        if length <= limit:
            return precision
    return "century"


def _units(res: _Res) -> list[tuple[date, date]]:
    """The sub-units of an interval: years of a decade, months of a year, days of a month."""
    assert res.start is not None and res.end is not None
    s, e = res.start, res.end
    length = (e - s).days + 1
    if length > 1000:
        return [(date(y, 1, 1), date(y, 12, 31)) for y in range(s.year, e.year + 1)]
    if length > 40:
        out = []
        y, m = s.year, s.month
        while date(y, m, 1) <= e:
            out.append((date(y, m, 1), _month_end(y, m)))
            y, m = _add_months(date(y, m, 1), 1)
        return out
    return [(s + timedelta(days=i), s + timedelta(days=i)) for i in range(length)]


def _narrow(res: _Res, part: str) -> _Res:
    """Apply "early", "the end of", "the first half of" ... to a resolved interval."""
    if res.start is None or not res.narrowable:
        return res
    lo, hi, n = PARTS[part]
    units = _units(res)
    k = len(units)
    if n == 3 and 28 <= k <= 31 and units[0][0] == units[0][1]:  # days of a month: 10-day thirds
        cuts = [0, MONTH_THIRD_DAYS, 2 * MONTH_THIRD_DAYS, k]
    else:
        cuts = [i * k // n for i in range(n + 1)]
    first, last = units[cuts[lo]], units[cuts[hi + 1] - 1]
    return _Res(first[0], last[1], _precision_for(first[0], last[1]), res.relative, False)


# --------------------------------------------------------------------------- year inference
def _pick_year(ctx: _Ctx, pos: int, make: Callable[[int], _Res]) -> _Res:
    """Place a year-less date: past -> on/before publication, future -> on/after, else nearest."""
    pub = ctx.published
    if pub is None:
        return _Res(None, None, "unknown", relative=True)
    res = make(pub.year)
    start, end = res.start, res.end
    assert start is not None and end is not None
    tense = ctx.tense(pos)
    if tense == "past":
        if start > pub + timedelta(days=PAST_SLACK_DAYS):
            res = make(pub.year - 1)
    elif tense == "future":
        if end < pub - timedelta(days=PAST_SLACK_DAYS):
            res = make(pub.year + 1)
    elif start > pub + timedelta(days=NEAREST_WINDOW_DAYS):
        res = make(pub.year - 1)
    elif end < pub - timedelta(days=NEAREST_WINDOW_DAYS):
        res = make(pub.year + 1)
    return _Res(res.start, res.end, res.precision, relative=True)


def _weekday(ctx: _Ctx, pos: int, iso_day: int, rel: str | None) -> _Res:
    """Resolve a weekday name.

    "last X" is the most recent X before the day before publication (that day would be
    "yesterday"), "next X" the first strictly after, "this X" the X of the publication week.
    A bare or "on X" weekday is the most recent X on or before publication in past-tense
    context, the next on or after it in future context, and otherwise the nearest one (ties go
    to the past).
    """
    pub = ctx.published
    if pub is None:
        return _Res(None, None, "unknown", relative=True)
    back = (pub.isoweekday() - iso_day) % 7
    fwd = (iso_day - pub.isoweekday()) % 7
    if rel == "last":
        # the day before publication is "yesterday": "last Thursday" in Friday's paper is the
        # Thursday of the week before
        d = pub - timedelta(days=back + 7 if back in (0, 1) else back)
    elif rel == "next":
        d = pub + timedelta(days=fwd or 7)
    elif rel == "this":
        d = pub + timedelta(days=iso_day - pub.isoweekday())
    else:
        tense = ctx.tense(pos)
        if tense == "past":
            d = pub - timedelta(days=back)
        elif tense == "future":
            d = pub + timedelta(days=fwd)
        else:
            # news reports what happened: with no verb to go by, a weekday of the past few
            # days is that one ("Saturday's rockfall" in Wednesday's paper); in the present
            # tense ("takes office on Monday") the nearest one
            past = back <= fwd or (tense is None and back <= UNMARKED_PAST_DAYS)
            d = pub - timedelta(days=back) if past else pub + timedelta(days=fwd)
    return _Res(d, d, "day", relative=True)

# --------------------------------------------------------------------------- relative units
def _unit_at(pub: date, unit: str, shift: int) -> _Res:
    if unit == "day":
        d = pub + timedelta(days=shift)
        return _Res(d, d, "day")
    if unit == "week":
        return _week(pub + timedelta(weeks=shift))
    if unit == "weekend":
        saturday = pub + timedelta(days=5 - pub.weekday() + 7 * shift)
        return _Res(saturday, saturday + timedelta(days=1), "week")
    if unit == "month":
        return _month(*_add_months(pub, shift))
    if unit == "year":
        return _year(pub.year + shift)
    if unit == "decade":
        y = pub.year // 10 * 10 + 10 * shift
        return _Res(date(y, 1, 1), date(y + 9, 12, 31), "decade")
    y = pub.year // 100 * 100 + 100 * shift
    return _Res(date(y + 1, 1, 1), date(y + 100, 12, 31), "century")


def _relative_season(pub: date, first: int, rel: str) -> _Res:
    """"last summer" ended before publication; "next" starts after; "this" is the current one,
    or else the one that starts in the publication year ("this summer" in October)."""
    candidates = [_season(y, first) for y in range(pub.year - 2, pub.year + 2)]
    if rel == "last":
        return [c for c in candidates if c.end is not None and c.end < pub][-1]
    if rel == "next":
        return next(c for c in candidates if c.start is not None and c.start > pub)
    current = [c for c in candidates if c.start and c.end and c.start <= pub <= c.end]
    return current[0] if current else _season(pub.year, first)


def _pick_weekend(ctx: _Ctx, pos: int) -> _Res:
    pub = ctx.published
    assert pub is not None
    future = ctx.tense(pos) == "future"
    shift = 0 if future or pub.weekday() >= 5 else -1
    res = _unit_at(pub, "weekend", shift)
    return _Res(res.start, res.end, res.precision, True)


def _day_or_end(y: int, mo: int, d: int) -> _Res:
    d = min(d, calendar.monthrange(y, mo)[1])
    return _Res(date(y, mo, d), date(y, mo, d), "day")
