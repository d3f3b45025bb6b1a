"""Times of day in the text ("at about 3:40 a.m.", "shortly before 4 a.m.", "05:40"): the facts
stage leaves them out, so the comparison reads them itself, as quantities of their own kind in
minutes after midnight (``mentions.CLOCK_KEY``), with the interval their qualifier implies.
"""

from __future__ import annotations

import math
import re

from counterpoint.compare import text as tx
from counterpoint.compare.mentions import (
    CLOCK_KEY,
    CLOCK_UNIT,
    ArticleIndex,
    Mention,
    span_figure,
)

# Words before a time of day that make it the bound of a period, not the time of an event.
PERIOD_BOUNDS = frozenset({"to", "until", "till", "through"})
# "About" a time means within ten minutes, "shortly before" within half an hour and "just
# before" within a quarter of an hour (newsroom usage: "just" is the tighter of the two).
CLOCK_APPROX_MIN = 10.0
CLOCK_SHORTLY_MIN = 30.0
CLOCK_JUST_MIN = 15.0
_CLOCK = re.compile(
    r"(?:\b(?P<qual>about|around|roughly|approximately|(?:shortly |just )?(?:before|after))"
    r"\s+)?(?:at\s+)?(?P<time>\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)"
    # the 24-hour clock with two hour digits ("05:40", "18:15"), not part of a longer figure
    r"|(?<![\d:.,])(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])(?!\s?[ap]\.?m))",
    re.I,
)


def add_clock_times(
    ai: int, a: ArticleIndex, weights: dict[str, float], out: list[Mention]
) -> None:
    """Add a mention for each time of day ("at about 3:40 a.m.", "shortly before 4 a.m."), in
    minutes after midnight, unless an extracted fact already covers it."""
    text = a.facts.article.text
    taken = [m.span for m in out if m.article == ai]
    taken += [d.span for d in a.facts.dates]
    for match in _CLOCK.finditer(text):
        span = (match.start("time"), match.end())
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        before = tx.words(text[max(0, full_start(match) - 8) : full_start(match)])
        if before and before[-1][0].lower() in PERIOD_BOUNDS:
            continue  # "rain in the 24 hours to 6am": the end of a period, not an event's time
        if match.group("h24"):
            value = float(int(match.group("h24")) * 60 + int(match.group("m24")))
        else:
            hour, minute = int(match.group("h")), int(match.group("m") or 0)
            if not (1 <= hour <= 12 and minute < 60):
                continue
            pm = match.group("ampm").lower().startswith("p")
            value = float((hour % 12 + (12 if pm else 0)) * 60 + minute)
        low, high, qualifier = _clock_interval(value, (match.group("qual") or "").lower())
        full = (match.start("qual") if match.group("qual") else span[0], span[1])
        out.append(span_figure(len(out), ai, a, full, CLOCK_KEY, weights, low=low, high=high,
                               value=value, unit=CLOCK_UNIT, qualifier=qualifier))


def full_start(match: re.Match[str]) -> int:
    """Where a clock-time match starts, its qualifier ("about", "shortly before") included."""
    return match.start("qual") if match.group("qual") else match.start("time")


def _clock_interval(value: float, qual: str) -> tuple[float, float, str]:
    """The minutes a time of day stands for, from the words before it."""
    if qual.startswith(("about", "around", "roughly", "approximately")):
        return value - CLOCK_APPROX_MIN, value + CLOCK_APPROX_MIN, "approx"
    near = {"shortly": CLOCK_SHORTLY_MIN, "just": CLOCK_JUST_MIN}.get(qual.split(" ")[0])
    if qual.endswith("before"):
        return (value - near if near else -math.inf), value, "at_most"
    if qual.endswith("after"):
        return value, (value + near if near else math.inf), "at_least"
    return value, value, "exact"
