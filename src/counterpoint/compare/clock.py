"""Times of day in the text ("at about 3:40 a.m.", "shortly before 4 a.m.", "05:40", "at
noon"): the facts stage leaves them out, so the comparison reads them itself, as quantities of
their own kind in minutes after midnight (``mentions.CLOCK_KEY``), with the interval their
qualifier implies.
"""

from __future__ import annotations

import functools
import math
import re

from counterpoint.compare import text as tx
from counterpoint.compare.frames import NEGATION, SPAN_JOIN, clause_date
from counterpoint.compare.mentions import (
    CLOCK_KEY,
    CLOCK_UNIT,
    HALF_DAY,
    HALF_DAY_KEY,
    MINUTES_PER_DAY,
    UNIVERSAL_KEY,
    ArticleIndex,
    Mention,
    span_figure,
    window_from,
)
from counterpoint.facts.dates import SPAN_ENDS, SPAN_STARTS
from counterpoint.facts.numbers import context_words, day_part_at, word_value

# "About" a time means within ten minutes, "shortly before" within half an hour and "just
# before" within a quarter of an hour (newsroom usage: "just" is the tighter of the two).
CLOCK_APPROX_MIN = 10.0
CLOCK_SHORTLY_MIN = 30.0
CLOCK_JUST_MIN = 15.0
# words before a time of day that give its interval (see _clock_interval)
_QUAL = r"about|around|roughly|approximately|(?:shortly |just )?(?:before|after)"
_CLOCK = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?(?:at\s+)?"
    r"(?P<time>\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)"
    # the 24-hour clock with two hour digits ("05:40", "18:15"), not part of a longer figure
    r"|(?<![\d:.,])(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])(?!\s?[ap]\.?m)"
    # ... or with a dot when a time cue follows ("10.30 local time", "19.45 GMT", "11.20 this
    # morning"): a bare "19.45" may be a price or a measure
    r"|(?<![\d:.,£$€])(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)"
    r"(?=\s?(?:local\s+time\b|hrs\b|GMT\b|UTC\b)|\s+(?:this|in\s+the)\s+morning\b))",
    re.I,
)

_HOUR = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9]"
# a time told in words: "half past six", "a quarter to seven", "ten past nine", "twenty
# minutes to five", "six o'clock"; the hour alone only with "o'clock"
_SPOKEN = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?(?:at\s+)?(?P<time>\b"
    r"(?:(?P<min>half|(?:a\s+)?quarter|(?:twenty-five|twenty|ten|five|[1-5]?\d)(?P<mins>\s+minutes)?)"
    rf"\s+(?P<dir>past|to)\s+)?(?P<h>{_HOUR})(?P<oclock>\s+o['’]clock)?\b)",
    re.I,
)
# the two hours told by name ("at noon", "shortly before midnight")
_NAMED = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?(?:at\s+)?(?P<time>\b(?P<named>noon|midday|midnight))\b",
    re.I,
)
NOON = HALF_DAY
MIDNIGHT = MINUTES_PER_DAY
# "around midday" is within an hour of it
NAMED_APPROX_MIN = 60.0
# a time zone right after a clock time: universal time under its usual names
_ZONE = re.compile(r"\s?\(?(" + "|".join(tx.UNIVERSAL_TIME) + r")\b\)?")
# ... or another named zone ("10.30am British time"): not the local time of the story
_NAMED_ZONE = re.compile(r"\s+(?:[A-Z][a-z]+\s+)+time\b")
# words to look at on each side of a spoken time for the part of the day it falls in
DAY_PART_WINDOW = 5
# "night" is the evening from this hour to eleven, and the small hours from twelve to the hour
# before it ("ten at night" is 22:00, "half past twelve at night" 00:30, "two in the night" 02:00)
NIGHT_EVENING_FROM = 6


def other_zone(text: str, end: int) -> bool:
    """Whether a zone named by a word and "time" follows a clock time ending at ``end``
    ("9.50pm Moravian time"): that clock is not the story's local one."""
    return _NAMED_ZONE.match(text, end) is not None


def time_at(text: str, pos: int) -> bool:
    """Whether a time of day in digits or by name starts at ``pos`` ("10am", "18:15", "about
    noon"); spoken hours ("by two") are left out, as they may be plain numbers."""
    return any(
        (found := pattern.match(text, pos)) is not None and found.group("time") is not None
        for pattern in (_CLOCK, _NAMED)
    )


def _spoken_minutes(match: re.Match[str], text: str) -> float | None:
    """Minutes after midnight of a time told in words, or None when it is no time of day. When
    its part of the day is not told ("half past six" alone may be morning or evening), the
    morning's (the caller files it under HALF_DAY_KEY)."""
    if not match.group("min") and not match.group("oclock"):
        return None
    lead = (match.group("min") or "").lower()
    if match.group("dir") and match.group("dir").lower() == "to" and not (
        "quarter" in lead or match.group("mins")
        or day_part_at([w for w, _, _ in tx.words(text[match.end() : match.end() + 30])], 0)
    ):
        return None  # "five to seven days" is a range; "ten to four in the morning" a time
    hour = word_value(match.group("h").lower()) or float(match.group("h"))
    minutes = 0.0
    if lead:
        first = lead.split()[-1] if "quarter" in lead else lead.split()[0]
        minutes = {"half": 30.0, "quarter": 15.0}.get(first) or word_value(first) or float(first)
        if minutes > 30:
            return None
        if match.group("dir").lower() == "to":
            hour, minutes = hour - 1, 60 - minutes
    part = _day_part(text, match.start(), match.end())
    if part is None:
        # the part of the day is not told: the morning's reading (see HALF_DAY_KEY)
        return (hour % 12) * 60 + minutes
    evening = part == "evening" or (part == "night" and hour % 12 >= NIGHT_EVENING_FROM)
    return (hour % 12 + (12 if evening else 0)) * 60 + minutes


def _day_part(text: str, start: int, end: int) -> str | None:
    """The part of the day named nearest a spoken time, within a few words on either side."""
    parts = tx.day_parts()
    after = [w.lower() for w, *_ in tx.words(text[end : end + 60])][:DAY_PART_WINDOW]
    before = [w.lower() for w, *_ in tx.words(text[max(0, start - 60) : start])][-DAY_PART_WINDOW:]
    for dist in range(DAY_PART_WINDOW):
        for seq in (after, before[::-1]):
            if dist < len(seq) and seq[dist] in parts:
                return parts[seq[dist]]
    return None


def add_clock_times(
    ai: int, a: ArticleIndex, weights: dict[str, float], out: list[Mention]
) -> None:
    """Add a mention for each time of day ("at about 3:40 a.m.", "shortly before 4 a.m."), in
    minutes after midnight, unless an extracted fact already covers it."""
    text = a.facts.article.text
    taken = [m.span for m in out if m.article == ai]
    taken += [d.span for d in a.facts.dates]
    for match in [*_CLOCK.finditer(text), *_SPOKEN.finditer(text), *_NAMED.finditer(text)]:
        span = (match.start("time"), match.end())
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        before = tx.words(text[max(0, full_start(match) - 8) : full_start(match)])
        word = before[-1][0].lower() if before else ""  # the word right before the time
        bound = _bound(text, match, word)
        if (word in SPAN_ENDS and not _not_until(text, match)
                and not _from_until(text, match) and _period_before().search(
                    text[max(0, full_start(match) - PERIOD_BEFORE_CHARS) : full_start(match)])):
            continue  # "rain in the 24 hours to 6am": the end of a period, not an event's time
        if match.re is _NAMED and word == "by":
            continue  # "shares rose 4.6% by midday": the end of a period
        value = _minutes(match, text)
        if value is None:
            continue
        taken.append(span)
        low, high, qualifier = _clock_interval(value, (match.group("qual") or "").lower())
        if match.re is _NAMED and qualifier == "approx":
            # "around midday" names the middle of the day, not a minute
            low, high = value - NAMED_APPROX_MIN, value + NAMED_APPROX_MIN
        zone = _ZONE.match(text, span[1]) if match.re is _CLOCK else None
        full = (match.start("qual") if match.group("qual") else span[0],
                zone.end() if zone else span[1])
        if zone is None and match.re is _CLOCK and bound == "start":
            zone = _window_zone(text, span[1])  # "from 05:45 to 13:15 UTC"
        # a time told in universal time ("02:40 UTC") may be off the local time other reports
        # give by an offset no article states (an hour in British summer): see
        # values.in_zone_of; one told without its part of the day meets only others like it
        key = UNIVERSAL_KEY if zone else CLOCK_KEY
        if match.re is _SPOKEN and _day_part(text, match.start(), match.end()) is None:
            key = HALF_DAY_KEY
        out.append(span_figure(len(out), ai, a, full, key, weights, low=low, high=high,
                               value=value, unit=CLOCK_UNIT, qualifier=qualifier,
                               when=clause_date(a, full), bound=bound))


def _window_zone(text: str, end: int) -> re.Match[str] | None:
    """The time zone told after the end of a window whose start ends at ``end`` ("from 05:45
    to 13:15 UTC"): it is the start's zone too; else None."""
    join = SPAN_JOIN.match(text, end)
    close = _CLOCK.match(text, join.end()) if join else None
    return _ZONE.match(text, close.end()) if close else None


# how far before a time of day the start of its window is looked for ("between 12:30pm and ")
WINDOW_CHARS = 30


def _bound(text: str, match: re.Match[str], word: str) -> str | None:
    """"start" for a time of day that opens a window ("from 05:30", "between 5am and ..."),
    "end" for one that closes it ("until 09:45", "to 22:15", "between 5am and 9am", read by
    mentions.window_from), else None. Alignment pairs a window's end with another report's end."""
    if word in SPAN_STARTS:
        return "start"
    start = full_start(match)
    if word in SPAN_ENDS or window_from(text, max(0, start - WINDOW_CHARS), start) is not None:
        return "end"
    return None


# "the ferry did not dock until 11pm": a negated verb before "until" or "till" in one
# clause, which then tells when the thing happened
_NOT_UNTIL = re.compile(NEGATION + r"[^,;.]*\b(?:until|till)\s*$", re.I)


def _not_until(text: str, match: re.Match[str]) -> bool:
    """Whether the time follows "not ... until", which dates an event rather than ending a
    period ("the road did not reopen until 6am")."""
    start = full_start(match)
    return bool(_NOT_UNTIL.search(text[max(0, start - 120) : start]))


# A period named before a bounding "to"/"until" ("in the 48 hours to 9pm", "the week up
# to noon"), within PERIOD_BEFORE_CHARS characters: the time then ends that period. The
# periods are the facts stage's (context_words.tsv, list period_noun), with minutes and the
# word "period" itself.
PERIOD_BEFORE_CHARS = 60


@functools.cache
def _period_before() -> re.Pattern[str]:
    periods = sorted(context_words("period_noun") | {"minute"})
    return re.compile(r"\b(?:period|(?:" + "|".join(periods) + r")s?)\b[^,;.]*$", re.I)


def _from_until(text: str, match: re.Match[str]) -> bool:
    """Whether the time ends a period whose start is told as a time of day too ("closed from
    09:40 until 18:15"): each is then the time of an event (the closing, the reopening)."""
    window = text[max(0, full_start(match) - 40) : full_start(match)]
    words = tx.words(window)
    if not words or words[-1][0].lower() not in SPAN_ENDS:
        return False
    head = window[: words[-1][1]].rstrip()
    start = [m for m in _CLOCK.finditer(head) if m.end() == len(head)]
    return bool(start) and head[: full_start(start[0])].lower().split()[-1:] == ["from"]


def _minutes(match: re.Match[str], text: str) -> float | None:
    """Minutes after midnight of a clock-time match, or None when it reads as no time."""
    if match.re is _SPOKEN:
        return _spoken_minutes(match, text)
    if match.re is _NAMED:
        if match.group("named").lower() != "midnight":
            return NOON
        # the end of a day when a time falls before it ("shortly before midnight" is 23:30 to
        # 24:00), else the start of the next ("just after midnight", "at midnight")
        return MIDNIGHT if (match.group("qual") or "").lower().endswith("before") else 0.0
    if match.group("h24"):
        return float(int(match.group("h24")) * 60 + int(match.group("m24")))
    if match.group("hd"):
        return float(int(match.group("hd")) * 60 + int(match.group("md")))
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    pm = match.group("ampm").lower().startswith("p")
    return float((hour % 12 + (12 if pm else 0)) * 60 + minute)


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
