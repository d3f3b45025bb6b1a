"""Durations told to the second: a race time "2:07:41" and the same time in words, "two hours,
seven minutes and 41 seconds". The facts stage reads the words as three figures and leaves the
colon form out (it is no count and no time of day); the comparison reads each as one duration
in seconds, in place of its parts, so that "2:07:41" and "2:07:14" disagree while "2:07:41"
and "two hours, seven minutes and 41 seconds" agree.

A duration written down to a unit is exact to that unit: its rounding is half of it
(``rounding``), not the 2% slack of a converted measure (27 seconds in two hours is 0.4%).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from counterpoint.compare import text as tx
from counterpoint.facts.units import lexicon
from counterpoint.model import Quantity

# "2:07:41", "1:02:03.5" (hours:minutes:seconds), not part of a longer figure or a date
_ELAPSED = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)(?![\d:])")
# "3:51.27" (minutes:seconds and a fraction of a second, a runner's or swimmer's time): the
# fraction makes it no time of day
_RACE = re.compile(r"(?<![\d:.,])(?P<m>\d{1,2}):(?P<s>[0-5]\d\.(?P<f>\d{1,3}))(?![\d:])")
# "3 h 12 min 40 s", "6 h 45 min": hours, minutes (and seconds) in spaced symbols, which the
# facts stage leaves out (a bare "h" or "min" after a number may be a letter or a word)
_SYMBOLS = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,3})\s?h\s+(?P<m>\d{1,2})\s?min"
    r"(?:\s+(?P<s>\d{1,2}(?:\.\d+)?)\s?s)?\b"
)
# words next to an "H:MM:SS" figure that make it a time of day
CLOCK_BEFORE = frozenset({"at", "from", "until", "till", "by", "before", "after", "since"})
CLOCK_AFTER = frozenset({"am", "pm", "a.m.", "p.m.", "local", "hrs", "hours"}) | {
    z.lower() for z in tx.UNIVERSAL_TIME
}
# seconds in each unit of a duration told in parts, largest first
PART_SECONDS = {"day": 86400.0, "hour": 3600.0, "minute": 60.0, "second": 1.0}
# what may stand between two parts: "two hours, seven minutes and 41 seconds", "2hr 24min"
_PART_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")
# a unit word of a duration written in parts, to read its smallest unit from its text
# (named as the facts stage's unit lexicon names them: "hr" -> hour)
_UNIT_WORD = re.compile(r"\b(?:\d+\s?)?(day|hour|hr|h|minute|min|second|sec|s)s?\b", re.I)


def with_durations(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The figures of an article in text order, with each run of duration parts in falling
    units ("two hours, seven minutes and 41 seconds") read as one duration in seconds, and each
    "H:MM:SS" time added as one."""
    qs = sorted(quantities, key=lambda q: q.span)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        j = i
        while j + 1 < len(qs) and _next_part(text, qs[j], qs[j + 1]):
            j += 1
        if j > i:
            run = qs[i : j + 1]
            total = sum(q.value * PART_SECONDS[q.unit or ""] for q in run)
            first, last = run[0], run[-1]
            out.append(replace(
                first, text=text[first.span[0] : last.span[1]],
                span=(first.span[0], last.span[1]), value=total, low=total, high=total,
                unit="second", si_value=total, si_low=total, si_high=total, si_unit="second",
            ))
        else:
            out.append(qs[i])
        i = j + 1
    taken = [q.span for q in out]
    for m in [*_ELAPSED.finditer(text), *_SYMBOLS.finditer(text), *_RACE.finditer(text)]:
        span = m.span()
        if any(s < span[1] and span[0] < e for s, e in taken) or _time_of_day(text, span):
            continue
        taken.append(span)
        parts = m.groupdict()
        seconds = (int(parts.get("h") or 0) * 3600.0 + int(parts["m"]) * 60.0
                   + float(parts.get("s") or 0))
        out.append(Quantity(
            text=m.group(0), span=span, value=seconds, low=seconds, high=seconds, unit="second",
            si_value=seconds, si_low=seconds, si_high=seconds, si_unit="second",
            dimension="time", qualifier="exact", change=None, counted=None,
            sentence=span,  # the comparison reads only which sentence holds it
        ))
    return sorted(out, key=lambda q: q.span)


# Imperial measures told in a larger unit and the next smaller one ("16ft 11in", "7lb 4oz",
# "9 stone 3 pounds"): (larger unit, smaller unit, smaller units in one larger), by the unit
# names of the facts stage's lexicon.
IMPERIAL_PARTS = (("foot", "inch", 12.0), ("pound", "ounce", 16.0), ("stone", "pound", 14.0))
_IMPERIAL_PAIRS = frozenset((big, small) for big, small, _ in IMPERIAL_PARTS)
# what may stand between the two parts: a space or "and" ("six feet and two inches"); not a
# comma, which may end the figure's clause ("rose 5ft, and 6in of rain fell")
_IMPERIAL_GAP = re.compile(r"\s*(?:and\s+)?")


# the words of a figure, read for their units in the facts stage's lexicon
_WORD = re.compile(r"[A-Za-z]+")


def in_imperial_parts(text: str) -> bool:
    """Whether a figure is an imperial measure written in two units of IMPERIAL_PARTS ("16ft
    11in", "7lb 4oz"), as with_imperial_parts joins them: its writer converted with the exact
    factor, to the smaller unit."""
    lex = lexicon().after
    names = [u.name for w in _WORD.findall(text) if (u := lex.get(w.lower()))]
    return any(pair in _IMPERIAL_PAIRS for pair in pairwise(names))


def with_imperial_parts(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The figures of an article in text order, with each imperial measure told in two units
    ("16ft 11in", "7lb 4oz") read as one figure in the smaller unit (203 inches, 116 ounces),
    in place of its parts: "16ft 11in" is 5.16 metres, which "16ft" alone would never meet.
    The facts stage reads the parts as two figures, as its benchmark annotates them."""
    out: list[Quantity] = []
    for q in sorted(quantities, key=lambda q: q.span):
        prev = out[-1] if out else None
        ratio = _imperial_ratio(text, prev, q) if prev is not None else None
        if prev is None or ratio is None:
            out.append(q)
            continue
        # (a figure already joined may take a third part: "9st 3lb 4oz" in ounces)
        value = prev.value * ratio + q.value
        si = (prev.si_value or 0.0) + (q.si_value or 0.0)
        out[-1] = replace(
            prev, text=text[prev.span[0] : q.span[1]], span=(prev.span[0], q.span[1]),
            value=value, low=value, high=value, unit=q.unit, si_value=si, si_low=si, si_high=si,
        )
    return out


def _imperial_ratio(text: str, q: Quantity, nxt: Quantity) -> float | None:
    """How many of ``nxt``'s unit make one of ``q``'s, when ``nxt`` is the smaller part of an
    imperial measure ``q`` begins ("16ft" then "11in"): both exact and no change, side by
    side, the smaller part less than one larger unit. None otherwise."""
    ratio = next((r for big, small, r in IMPERIAL_PARTS if (q.unit, nxt.unit) == (big, small)),
                 None)
    if ratio is None or q.dimension != nxt.dimension:
        return None
    if not (q.qualifier == nxt.qualifier == "exact" and q.change is None and nxt.change is None):
        return None
    if q.si_value is None or nxt.si_value is None or not 0 <= nxt.value < ratio:
        return None
    return ratio if _IMPERIAL_GAP.fullmatch(text[q.span[1] : nxt.span[0]]) else None


def _time_of_day(text: str, span: tuple[int, int]) -> bool:
    """Whether an "H:MM:SS" figure is a time of day ("at 05:42:10 UTC"), not a duration: a
    word of a point in time before it or a time zone or "am"/"pm" after it."""
    before = re.findall(r"[a-z]+", text[max(0, span[0] - 12) : span[0]].lower())[-1:]
    after = re.findall(r"[a-z.]+", text[span[1] : span[1] + 8].lower())[:1]
    return bool(set(before) & CLOCK_BEFORE or set(after) & CLOCK_AFTER)


def _next_part(text: str, q: Quantity, nxt: Quantity) -> bool:
    """Whether ``nxt`` continues the duration ``q`` ends: both exact parts of a smaller unit
    than the one before, side by side ("two hours, seven minutes")."""
    units = (q.unit or "", nxt.unit or "")
    return (
        q.dimension == nxt.dimension == "time"
        and all(u in PART_SECONDS for u in units)
        and PART_SECONDS[units[0]] > PART_SECONDS[units[1]]
        and q.qualifier == nxt.qualifier == "exact"
        and q.change is None and nxt.change is None
        and _PART_GAP.fullmatch(text[q.span[1] : nxt.span[0]]) is not None
    )


def rounding(text: str) -> float | None:
    """Half the smallest unit of a duration written in parts or as "H:MM:SS", in seconds
    ("2:07:41" -> 0.5, "3:51.27" -> 0.005, "2hr 24min" -> 30); None for any other figure."""
    race = _RACE.fullmatch(text.strip())
    if race:
        return 0.5 * 10.0 ** -len(race.group("f"))  # "3:51.27": to the hundredth
    if _ELAPSED.fullmatch(text.strip()):
        return 0.5
    lex = lexicon().after
    units = [lex[u.lower()].name for u in _UNIT_WORD.findall(text)]
    if len(units) < 2:
        return None
    return min(PART_SECONDS[u] for u in units) / 2
