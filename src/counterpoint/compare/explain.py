"""Words for findings: article labels, readable values with units, topics and evidence."""

from __future__ import annotations

import datetime as dt
import math
import os
from collections import Counter
from collections.abc import Sequence

from counterpoint.compare import text as tx
from counterpoint.compare.frames import NIGHT
from counterpoint.compare.mentions import (
    CELSIUS_ZERO,
    CLOCK_UNIT,
    HALF_DAY_KEY,
    MINUTES_PER_DAY,
    ORDINAL_UNIT,
    SECONDS_PER_YEAR,
    TALLY_UNIT,
    UNIVERSAL_KEY,
    Mention,
    StoryIndex,
    evening,
)
from counterpoint.facts.units import scale_units
from counterpoint.model import Evidence

# Noun used in a topic for each dimension name the facts stage produces.
DIMENSION_NOUNS = {
    "ordinal": "place in a series",
    "length": "distance",
    "duration": "duration",
    "time": "duration",
    "mass": "weight",
    "money": "amount",
    "currency": "amount",
    "percent": "percentage",
    "percentage": "percentage",
    "ratio": "share",
    "speed": "speed",
    "temperature": "temperature",
    "area": "area",
    "volume": "volume",
    "energy": "energy",
    "power": "power",
    "count": "number",
    "dimensionless": "number",
    "number": "number",
    "clock": "time of day",
    "rank": "level",
    "seismic": "magnitude",
}
# Readable multiples of SI units, largest first: (unit, factor, symbol, threshold).
_SCALES = {
    "meter": ((1000.0, "km", 1000.0), (1.0, "m", 0.0)),
    "second": (
        (86400.0, "days", 2 * 86400.0),
        (3600.0, "h", 3600.0),
        (60.0, "min", 60.0),
        (1.0, "s", 0.0),
    ),
    "kilogram": ((1000.0, "t", 1000.0), (1.0, "kg", 0.0)),
    "square_meter": ((1e6, "km²", 1e6), (1.0, "m²", 0.0)),
    "meter_per_second": ((1 / 3.6, "km/h", 0.0),),
}
TOPIC_WORDS = 3


def label(index: StoryIndex, article: int) -> str:
    """A short name for an article: its outlet, else its file name, else its position."""
    a = index.articles[article].facts.article
    if a.outlet:
        return a.outlet
    if a.source:
        return os.path.splitext(os.path.basename(a.source.rstrip("/")))[0] or a.source
    return f"article {article + 1}"


def number(x: float) -> str:
    """A number with at most three significant decimals and thousands separators."""
    if math.isinf(x):
        return "∞"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:,.3g} {word}" if abs(x) / scale < 1000 else f"{x:,.0f}"
    if abs(x) >= 100 or float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.3g}" if abs(x) < 1 else f"{x:,.2f}".rstrip("0").rstrip(".")


# Durations of days and more read in the largest calendar unit that gives them in whole or
# half units ("4.5 years", "18 months", "3 weeks"), as news copy gives them, rather than as a
# count of days ("1,644 days"); the facts stage counts a year as 365.25 days and a month as a
# twelfth of that. A duration that fits none reads in days.
_DAY = 86400.0
_CALENDAR = ((SECONDS_PER_YEAR, "years", "year"), (SECONDS_PER_YEAR / 12, "months", "month"),
             (7 * _DAY, "weeks", "week"))
_CALENDAR_NAMES = frozenset(name for _, plural, single in _CALENDAR for name in (plural, single))
# How near a whole or half unit a duration must be, in units, to read in that unit (730 days
# are 1.999 years; 400 days, 57.14 weeks, stay days).
CALENDAR_FIT = 0.025


def _calendar(values: list[float]) -> tuple[float, str] | None:
    """The calendar unit (factor, name) that gives every finite value in whole or half units."""
    finite = [abs(v) for v in values if math.isfinite(v) and v]
    if not finite or min(finite) < 2 * _DAY:
        return None
    for factor, plural, single in _CALENDAR:
        units = [v / factor for v in finite]
        if min(units) >= 1 and all(
            abs(u - round(u * 2) / 2) <= CALENDAR_FIT for u in units
        ):
            return factor, single if max(units) == 1 else plural
    return None


def value_text(
    low: float | None, high: float | None, unit: str | None, qualifier: str | None = None
) -> str:
    """An interval in readable units: "≈2.1–2.7 km", "≥27", "≤1 km", "34 h", "level 3"."""
    if unit in scale_units():  # the step of a scale reads "level 3", "magnitude ≥6"
        return f"{unit} {value_text(low, high, None, qualifier)}"
    lo = -math.inf if low is None else low
    hi = math.inf if high is None else high
    if unit == "kelvin":  # temperatures read in degrees Celsius, as news copy gives them
        lo, hi, unit = lo - CELSIUS_ZERO, hi - CELSIUS_ZERO, "°C"
    factor, sym = _scale(unit, hi if math.isfinite(hi) else lo, [lo, hi])
    suffix = f" {sym}" if sym else ""
    calendar = sym in _CALENDAR_NAMES

    def show(x: float) -> str:
        # a duration read in a calendar unit is a whole or half unit (see _calendar)
        return number(round(x / factor * 2) / 2 if calendar else x / factor)

    if math.isinf(hi) and math.isinf(lo):
        return "unknown"
    if unit == "second" and lo == hi and 60 <= lo < 86400 and lo % 60:
        return _elapsed(lo)  # a time to the second reads as a race clock does: "2:07:41"
    if math.isinf(hi) or (qualifier == "at_least" and math.isfinite(lo)):
        return f"≥{show(lo)}{suffix}"
    if math.isinf(lo) or qualifier == "at_most":
        return f"≤{show(hi)}{suffix}"
    if abs(hi - lo) <= 1e-9 * max(1.0, abs(hi)):
        return f"{show(lo)}{suffix}"
    approx = "≈" if qualifier == "approx" else ""
    return f"{approx}{show(lo)}–{show(hi)}{suffix}"


def _elapsed(seconds: float) -> str:
    """A duration under a day as "H:MM:SS" ("2:07:41") or "M:SS" ("7:41")."""
    whole = round(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _scale(unit: str | None, ref: float, values: list[float] | None = None
           ) -> tuple[float, str]:
    if not unit:
        return 1.0, ""
    if unit == "second":
        fit = _calendar(values if values is not None else [ref])
        if fit:
            return fit
    for factor, sym, threshold in _SCALES.get(unit, ()):
        if abs(ref) >= threshold:
            return factor, sym
    return 1.0, unit


def date_text(ordinal: float | None) -> str:
    """ISO date of a day number."""
    return "?" if ordinal is None else dt.date.fromordinal(int(ordinal)).isoformat()


def mention_value(m: Mention) -> str:
    """A mention's normalized value for an explanation."""
    if m.kind == "date":
        if m.day_part and m.day_part[0] == NIGHT and m.low is not None and m.low == m.high:
            # a night, by its hours: the small hours of a Friday are not Friday night
            day = dt.datetime.combine(dt.date.fromordinal(int(m.low)), dt.time())
            h0, h1 = m.day_part[1]
            start, end = day + dt.timedelta(days=h0), day + dt.timedelta(days=h1)
            return f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}"
        lo, hi = date_text(m.low), date_text(m.high)
        return lo if lo == hi else f"{lo} to {hi}"
    if m.unit == CLOCK_UNIT:
        return _clock_text(m)
    if m.unit == TALLY_UNIT:
        from counterpoint.compare.tally import show  # tally builds Mentions

        return show(m.text)
    if m.unit == ORDINAL_UNIT and m.value is not None:
        from counterpoint.compare.ordinals import ordinal_text  # ordinals builds Mentions

        return ordinal_text(m.value)
    return value_text(m.low, m.high, m.unit, m.qualifier)


def _clock_text(m: Mention) -> str:
    """A time of day in minutes after midnight as "03:40", an interval as "03:30–04:00"."""

    def hm(x: float | None) -> str:
        if x is None or math.isinf(x):
            return "?"
        x = x % MINUTES_PER_DAY
        return f"{int(x // 60):02d}:{int(x % 60):02d}"

    if m.low is not None and math.isinf(m.low):
        return f"before {hm(m.high)}"
    if m.high is not None and math.isinf(m.high):
        return f"after {hm(m.low)}"
    def span(x: Mention) -> str:
        lo, hi = hm(x.low), hm(x.high)
        return lo if lo == hi else f"{lo}–{hi}"

    # the part of the day not told: both readings; universal time named as such
    return span(m) + (" or " + span(evening(m)) if m.key == HALF_DAY_KEY else "") + (
        " UTC" if m.key == UNIVERSAL_KEY else "")


def normalized(m: Mention) -> dict[str, object] | None:
    """The ``normalized`` object of an evidence item."""
    if m.kind == "quantity":
        return {"low": _finite(m.low), "high": _finite(m.high), "unit": m.unit}
    if m.kind == "date":
        return {"low": date_text(m.low), "high": date_text(m.high), "unit": "date"}
    return None


def _finite(x: float | None) -> float | None:
    return None if x is None or math.isinf(x) else round(x, 6)


def evidence(index: StoryIndex, m: Mention) -> Evidence:
    """The evidence item of a mention: exact words, span and the whole sentence."""
    a = index.articles[m.article]
    text = a.facts.article.text
    s, e = a.sentences[m.sentence]
    s, e = min(s, m.span[0]), max(e, m.span[1])
    return Evidence(
        article=a.facts.article.id,
        text=text[m.span[0] : m.span[1]],
        span=m.span,
        sentence=" ".join(text[s:e].split()),
        normalized=normalized(m),
    )


def topic(index: StoryIndex, members: Sequence[Mention]) -> str:
    """A short noun phrase for what the members are about."""
    words = _shared_words(index, members)
    first = members[0]
    if first.kind == "quantity":
        dim = first.key.split("|")[1]
        noun = DIMENSION_NOUNS.get(dim, dim)
        counted = _counted_words(index, members)
        head = f"{noun} of {counted}" if counted else noun
    elif first.kind == "date":
        head = "date"
    elif first.kind == "quote":
        head = "quote"
        words = [" ".join(first.text.split()[:6]) + "…"]
    elif first.kind == "statement":
        head = surface(index, first, first.predicate or "") or "event"
    else:
        return ", ".join(words)
    return f"{head}: {', '.join(words)}" if words else head


def _counted_words(index: StoryIndex, members: Sequence[Mention]) -> str:
    """The counted noun as an article writes it ("miners"), else its lemma ("miner")."""
    lemma = ""
    for m in members:
        if m.key != members[0].key:
            continue
        q = next((q for q in index.articles[m.article].facts.quantities if q.span == m.span), None)
        if q is None or not q.counted:
            continue
        lemma = lemma or q.counted
        stem = tx.stem(q.counted)
        written = [w.lower() for w, _, _ in tx.words(q.text) if tx.stem(w.lower()) == stem]
        if written:
            return written[-1]
    return lemma


def surface(index: StoryIndex, m: Mention | Sequence[Mention], stem: str) -> str:
    for x in [m] if isinstance(m, Mention) else m:
        for w, _, _ in tx.words(index.articles[x.article].sentence_text(x.sentence)):
            if tx.stem(w.lower()) == stem:
                return w if w[0].isupper() and w[1:].islower() is False else w.lower()
    return stem


def _shared_words(index: StoryIndex, members: Sequence[Mention]) -> list[str]:
    """The most specific words the members' clauses (else sentences) have in common."""
    counts: Counter[str] = Counter()
    for m in members:
        src = m.local or index.articles[m.article].vectors[m.sentence]
        counts.update(set(src))
    need = 2 if len({m.article for m in members}) > 1 else 1
    shared = [t for t, c in counts.items() if c >= need and not t.startswith("#")]
    if not shared:
        # nothing in common: each member's most specific clause word ("walked / trolley")
        tops = []
        for m in members[:3]:
            cands = [t for t in (m.local or index.articles[m.article].vectors[m.sentence])
                     if not t.startswith("#")]
            if cands:
                best = max(cands, key=lambda t: (index.idf.get(t, 0.0), t))
                word = surface(index, [m], best)
                if word not in tops:
                    tops.append(word)
        return [" / ".join(tops)] if tops else []
    shared.sort(key=lambda t: (-index.idf.get(t, 0.0), t))
    skip = set().union(*(m.counted for m in members))
    out = []
    for t in shared:
        if t in skip:
            continue
        out.append(surface(index, members, t))
        if len(out) >= TOPIC_WORDS:
            break
    return out


# Pronouns a quote's speaker may be given as when the facts stage could not resolve them.
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# Words that open a description of a speaker ("Another woman", "A neighbour"), written with a
# capital at the start of the sentence they came from.
_OPENERS = frozenset({"a", "an", "another", "one", "the", "some", "two", "three"})


def speaker_phrase(label: str | None, unknown: str = "an unattributed source") -> str:
    """Whom a quote is given to, as a phrase for the middle of a sentence: "someone it calls
    “she”" for a bare pronoun, "another woman" for "Another woman"."""
    if not label:
        return unknown
    if label.lower() in _PRONOUNS:
        return f"someone it calls “{label.lower()}”"
    first, _, rest = label.partition(" ")
    if first.lower() in _OPENERS and rest:
        return f"{first.lower()} {rest}"
    return label
