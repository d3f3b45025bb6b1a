"""How precisely a figure was stated: the interval a mention stands for, with rounding slack."""

from __future__ import annotations

import math

from counterpoint.compare.mentions import Mention, significant_half

# Relative slack on measured values: unit conversions in news copy are rounded ("100 km
# (62 miles)" is 99.8 km), so 2% separates a rounding from a different figure.
REL_TOL_MEASURE = 0.02
# Counts of people or things are exact: 31 dead and 32 dead disagree.
REL_TOL_COUNT = 0.0
# Dimensions whose numbers count discrete things.
COUNT_DIMENSIONS = frozenset({"count", "dimensionless", "number"})
# A maximum ("up to 50 km/h") is written as a round figure, often converted from another unit:
# it stands for its value give or take half its last significant digit, and at least 5% (a
# rounded conversion such as "up to 31 mph" for 50 km/h is 0.5% off; the maxima that news
# reports confuse differ by a unit factor, 1.6 for miles and kilometres, far outside this).
PEAK_REL = 0.05


def tolerance(m: Mention) -> float:
    """Half-width of the rounding implied by how a value is written, in SI units."""
    if m.kind != "quantity" or m.qualifier == "approx":
        return 0.0  # an "about" interval already holds the rounding
    dim = m.key.split("|")[1]
    ref = m.value if m.value is not None else (m.low or 0.0)
    rel = REL_TOL_COUNT if dim in COUNT_DIMENSIONS else REL_TOL_MEASURE
    tol = rel * abs(ref)
    if m.decimals:
        tol = max(tol, 0.5 * 10 ** (-m.decimals) * abs(m.si_factor))
    return tol


def bounds(m: Mention, peaks: bool = False) -> tuple[float, float]:
    """The mention's interval widened by its rounding tolerance.

    With ``peaks`` (every figure compared is a maximum reached, "up to 50 km/h" against "up
    to 60 mph"), a maximum stands for its own value, give or take its rounding: two reports of
    the highest value of one measure must name about the same value, whatever the units.
    """
    if peaks and m.peak and m.high is not None and math.isfinite(m.high):
        raw = m.high / m.si_factor if m.si_factor else m.high
        half = max(PEAK_REL * abs(m.high), significant_half(raw) * abs(m.si_factor))
        return m.high - half, m.high + half
    t = tolerance(m)
    low = m.low if m.low is not None else -math.inf
    high = m.high if m.high is not None else math.inf
    return low - t, high + t


def consistent(m: Mention, n: Mention) -> bool:
    """Whether two figures or dates can both be true (their intervals overlap)."""
    if m.kind not in ("quantity", "date"):
        return True
    if m.kind == "date" and _same_words(m.text, n.text):
        return True  # "Friday" and "Friday": any difference comes from resolving, not the text
    peaks = m.peak and n.peak
    (a0, a1), (b0, b1) = bounds(m, peaks), bounds(n, peaks)
    if a0 > b1 or b0 > a1:
        return False
    return not (m.change and n.change and m.change != n.change)


def _same_words(a: str, b: str) -> bool:
    """Same wording of a relative date (no digits), ignoring case and a leading "on"."""
    if any(c.isdigit() for c in a + b):
        return False
    norm = [" ".join(x.lower().removeprefix("on ").split()) for x in (a, b)]
    return norm[0] == norm[1]
