"""Temporal expressions: find them in a parsed article and resolve each to a calendar interval.

A small grammar of regular expressions over the text finds the expressions ("March 18, 2021",
"Feb. 26", "the first half of last year", "the summer of 2020", "two days ago", "on Thursday",
"the 1990s"); each rule resolves its match to an inclusive ``[start, end]`` interval against the
publication date. spaCy's DATE entities are only candidates: one the grammar does not cover is
kept (unresolved) only when it holds a calendar word and is not a duration, so "the diplomatic
quarter" is dropped and "two-week", "12 to 18 months" and "for two or three weeks" (durations,
which belong to the quantities) are never dates.

Rules for expressions without a year (``_pick_year`` and ``_weekday`` in ``intervals.py``):
past-tense context picks the most recent occurrence on or before publication (allowing
``PAST_SLACK_DAYS``), future-tense context the next one on or after it, and otherwise the
occurrence nearest to publication. Relative expressions with no publication date, and vague or
anaphoric ones ("at the moment", "the next day"), are kept with precision ``unknown`` and no dates.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dateutil.easter import easter

from counterpoint.facts import numbers
from counterpoint.facts.intervals import (
    _add_months,
    _Ctx,
    _day_or_end,
    _month,
    _month_end,
    _narrow,
    _pick_weekend,
    _pick_year,
    _precision_for,
    _relative_season,
    _Res,
    _season,
    _unit_at,
    _week,
    _weekday,
    _year,
)
from counterpoint.facts.quotes import speech_verbs
from counterpoint.model import Precision, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_dates", "resolve_text"]

LEXICON = Path(__file__).parent / "data" / "dates_lexicon.tsv"
# Spans of fewer days than this ("3-5 May") have week precision, longer ones month precision.
DAY_SPAN_WEEK = 8
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}
_MIN_YEAR, _MAX_YEAR = 1000, 2199


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, word, value = line.split("\t")
        table.setdefault(kind, {})[word] = value
    return table


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """The lower-case month words of data/dates_lexicon.tsv ("march", "sept")."""
    return frozenset(w.lower().rstrip(".") for w in _lexicon()["month"])


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """The lower-case weekday words of data/dates_lexicon.tsv ("monday")."""
    return frozenset(w.lower().rstrip(".") for w in _lexicon()["weekday"])


_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")
# Days of a month written as ordinal words: "first" -> 1 ... "thirty-first" -> 31.
DAY_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)},
    **{w: i + 10 for i, w in enumerate((
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"))},
    **{f"twenty-{w}": i + 21 for i, w in enumerate(_UNIT_ORDINALS)},
    "thirtieth": 30, "thirty-first": 31,
}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _month_num(word: str) -> int:
    return int(_lexicon()["month"][word.rstrip(".")])


# --------------------------------------------------------------------------- grammar
# Function words that may follow a named day ("by Christmas and", "over Easter when").
_HOLIDAY_FOLLOW = (
    "and|or|but|the|this|that|last|next|at|in|on|to|of|with|when|while|if|as|so|because"
    "|after|before|until|is|was|will|would|could|should|has|had|have|are|were"
    # a number word opens the next phrase ("by Christmas three shops had shut")
    "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|about|more|nearly"
)
# The lookahead that ends the year pattern (a year is not followed by a digit or a decimal).
_YEAR_END = r"(?![\d%]|,\d|\.\d)"


def _build_rules() -> list[tuple[str, re.Pattern[str]]]:
    lex = _lexicon()
    full = [w for w in lex["month"] if len(w) > 4 or w in ("May", "June", "July")]
    abbr = [w for w in lex["month"] if w not in full]
    month = rf"(?:(?:{_alt(full)})\b|(?:{_alt(abbr)})\b\.?)"
    weekday = rf"(?:{_alt(list(lex['weekday']))})\b"
    season = rf"(?:{_alt(list(lex['season']))})\b"
    year_digits = r"(?<![\d.,$£€])(?:1[0-9]\d\d|20\d\d|21\d\d)"
    year = year_digits + _YEAR_END
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,]\d|%)"
    wd_prefix = rf"(?:{weekday},?\s+)?"
    units = r"(?:day|week|weekend|month|year|decade|century)"
    # cardinal words of the quantities' vocabulary, "forty-eight" also written "forty eight"
    cardinals = "|".join(
        w.replace("-", r"[-\s]") for w in sorted(numbers.WORD_VALUES, key=len, reverse=True)
    )
    num = rf"(?<![\w-])(?:\d{{1,3}}|a couple of|an?|{cardinals})"
    vague = _alt(list(lex["vague"]))
    anaphor = _alt(list(lex["anaphor"]))
    rel = r"(?:[Ll]ast|[Tt]his|[Nn]ext)"
    holiday = "|".join(
        re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
        for w in sorted(lex["holiday"], key=len, reverse=True)
    )
    day_words = "|".join(w.replace("-", r"[-\s]") for w in sorted(DAY_WORDS, key=len,
                                                                   reverse=True))
    patterns = {
        "mdy": rf"{wd_prefix}(?P<m>{month})\s+(?P<d>{day}),?\s+(?P<y>{year})",
        "dmy": rf"{wd_prefix}(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<m>{month}),?\s+(?P<y>{year})",
        "iso": r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d-])",
        # a span of days in one month: "3-5 May", "between 3 and 5 May", "May 12 to 14"
        # ("and" only before the month: "on March 3 and 12 others" counts people)
        "dm_range": rf"(?<![\d.,])(?P<d1>{day})\s*(?:-|–|\bto\b|\band\b|\buntil\b|\bthrough\b)\s*"
        rf"(?P<d2>{day})\s+(?:of\s+)?(?P<m>{month})(?:,?\s+(?P<y>{year}))?",
        "md_range": rf"(?P<m>{month})\s+(?P<d1>{day})\s*(?:-|–|\bto\b|\buntil\b|\bthrough\b)"
        rf"\s*(?P<d2>{day})(?!\s*(?:[ap]\.?m\b|[:%]))(?:,?\s+(?P<y>{year}))?",
        # a span of weekdays: "between Thursday and Sunday", "from Monday to Wednesday"
        "wd_range": rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<wd1>{weekday})\s+(?:and|to|until|through)"
        rf"\s+(?P<wd2>{weekday})",
        "md": rf"{wd_prefix}(?P<m>{month})\s+(?P<d>{day})\b",
        "dm": rf"{wd_prefix}(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<m>{month})",
        # a day written as an ordinal word: "charged from the second of May", "the twenty-first of
        # June 2031" (only with "the" and "of": "first April" is no date)
        "dm_word": rf"{wd_prefix}(?i:the\s+(?P<dw>{day_words})\s+of\s+)"
        rf"(?P<m>{month})(?:,?\s+(?P<y>{year}))?",
        # two months of one year: "July and August 2044", "from March to May 2031"
        "mm_range": rf"(?P<m1>{month})\s*(?:-|–|\band\b|\bto\b|\buntil\b|\bthrough\b)\s*"
        rf"(?P<m2>{month}),?\s+(?P<y>{year})",
        "my": rf"(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year})",
        # a day or month of the year before, this one or the next: "in March this year",
        # "on June 3 last year", "by 4 May next year"
        "md_rel_year": rf"{wd_prefix}(?P<m>{month})\s+(?P<d>{day}),?\s+(?P<r>{rel})\s+year\b",
        "dm_rel_year": rf"{wd_prefix}(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<m>{month}),?\s+"
        rf"(?P<r>{rel})\s+year\b",
        "m_rel_year": rf"(?P<m>{month})(?:\s+of)?,?\s+(?P<r>{rel})\s+year\b",
        "season_year": rf"(?i:(?:the\s+)?(?P<s>{season})(?:\s+of)?\s+)(?P<y>{year})"
        r"(?:\s*[-–/]\s*(?:\d{4}|\d{2}))?",
        "quarter_year": rf"\bQ(?P<q>[1-4])\s+(?P<y>{year})",
        "decade": r"(?i:(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]+)?)"
        r"(?P<dec>(?<!\d)\d{3}0|['’]\d0)s\b",
        "century": r"(?i:(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[-\s]+century)\b",
        "year_range": rf"(?P<y1>{year})\s*(?:-|–|—|\bto\b|\bthrough\b)\s*(?P<y2>{year})",
        # a financial or academic year, a season: "2025-26", "2025/26"
        "split_year": rf"(?P<y1>{year_digits})[-–/](?P<y2>\d\d){_YEAR_END}",
        "year": rf"(?P<y>{year})",
        "ago": rf"(?i:\b(?P<n>{num})\s+(?P<u>day|week|fortnight|month|year|decade)s?\s+ago\b)",
        "deictic": r"(?i:\b(?P<w>yesterday|today|tonight|tomorrow)\b"
        r"(?:\s+(?:morning|afternoon|evening|night))?|\b(?P<w2>last night|this morning"
        r"|this afternoon|this evening)\b)",
        "earlier_later": r"(?i:\b(?P<el>earlier|later)\s+this\s+(?P<u>week|month|year))\b",
        "rel_unit": rf"(?<![Tt]he\s)\b(?P<r>{rel})\s+(?P<u>{units})\b",
        "rel_season": rf"\b(?P<r>{rel})\s+(?P<s>{season})",
        "rel_month": rf"\b(?P<r>{rel})\s+(?P<m>{month})",
        "the_weekend": r"(?i:\b(?:over|on|at|during)\s+)(?P<x>the\s+weekend)\b",
        "weekday": rf"\b(?:(?P<r>{rel})\s+)?(?P<wd>{weekday})"
        r"(?:\s+(?:morning|afternoon|evening|night))?",
        "bare_month": rf"(?P<m>{month})",
        # a named day after a preposition that places an event on it or sets it as a limit
        # ("by Christmas", "on Boxing Day", "at Easter 2028"); "before"/"after" Christmas are
        # left out (a span, not the day), and so is a holiday naming a thing ("Christmas
        # lights": a lower-case word other than a function word follows)
        "holiday": rf"(?i:\b(?:on|at|over|by|until|till|for|since|during)\s+)"
        rf"(?P<x>(?P<h>{holiday})(?:\s+(?P<y>{year}))?)(?!['’]|\s+(?!{_HOLIDAY_FOLLOW}\b)[a-z])",
        "bare_season": rf"(?i:\b(?:in|during|since|until|by|over)\s+)(?P<x>(?:the\s+)?{season})",
        "anaphoric": r"(?i:\bthe\s+(?:next|following|previous|preceding|prior|same)\s+"
        rf"(?:{anaphor})"
        rf"|\bthat\s+(?:day|morning|evening|night|week|weekend|month|year)"
        rf"|\bthe\s+day\s+(?:before|after)"
        r"|\b(?:the\s+)?(?:spring|summer|autumn|fall|winter|beginning|start|end|middle"
        r"|first\s+half|second\s+half)\s+of\s+(?:that|the\s+same)\s+(?:year|month|week))\b",
        "vague": rf"(?i:\b(?:{vague}))\b",
        "part_of_current": r"(?i:\b(?:the\s+)?(?P<pw>beginning|start|end|middle|first\s+half"
        r"|second\s+half)\s+of\s+(?:the|this)\s+(?P<u>year|month|week))\b",
    }
    return [(name, re.compile(p)) for name, p in patterns.items()]


_PART_PREFIX = re.compile(
    r"(?i:(?:\bthe\s+)?(?:very\s+)?\b(?P<pw>beginning|start|end|middle|first\s+half|second\s+half"
    r"|latter\s+half|first\s+quarter|second\s+quarter|third\s+quarter|fourth\s+quarter"
    r"|last\s+quarter|final\s+quarter)\s+of\s+(?:the\s+)?|\b(?P<pe>early|late|mid)(?:\s*-\s*|\s+))$"
)
_PREP_BEFORE_YEAR = re.compile(
    r"(?i:\b(?:in|since|by|until|till|through|from|to|of|during|before|after|than|between|and"
    r"|early|late|mid|year|fiscal|summer|winter|spring|autumn|fall|circa|around|c\.)[\s-]+)$"
)
_PREP_BEFORE_MONTH = re.compile(
    r"(?i:\b(?:in|since|by|until|till|through|from|to|of|during|before|after|early|late|mid"
    r"|last|this|next)[\s-]+)$"
)
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Words that place an event named by a possessive weekday in the future ("ahead of Tuesday's
# vote", "before Friday's deadline"), looked for at most AHEAD_REACH tokens before it.
AHEAD_WORDS = frozenset({"ahead", "before", "upcoming", "coming", "planned", "scheduled",
                         "until", "till", "by"})
AHEAD_REACH = 3
# Prepositions that put a past action inside the event a possessive weekday names ("weighed
# 412kg at Thursday's show", "was injured during Sunday's match"): when the clause is in
# the past, so is that event.
WITHIN_EVENT_PREPS = frozenset({"at", "during", "in", "after", "following", "since"})
# A time limit: a date after "until" or "by" on a verb of granting or having a period ("has
# given the trust until the end of August", "has until Friday to respond") lies ahead of the
# clause, whatever its perfect tense says; a simple past ("gave them until March") is left to
# the tense.
DEADLINE_PREPS = frozenset({"until", "till", "by"})
DEADLINE_VERBS = frozenset({"give", "have", "grant", "set", "extend", "allow"})
# Words that, governing an infinitive, put it in the future ("due to reopen", "expected to
# finish", "set to close"), unless they are themselves in the past ("was due to reopen").
PLAN_HEADS = frozenset({"due", "expect", "set", "schedule", "plan", "likely", "poise", "intend",
                        "aim", "promise", "pledge", "vow"})


@lru_cache(maxsize=1)
def _rules() -> list[tuple[str, re.Pattern[str]]]:
    return _build_rules()


def _day(ctx: _Ctx, pos: int, y: int | None, mo: int, d: int) -> _Res | None:
    """One day of month ``mo``: of year ``y``, or, without a year, of the year the publication
    date and the tense around ``pos`` point to."""
    if y is not None:
        return _Res(date(y, mo, d), date(y, mo, d), "day") if _valid(y, mo, d) else None
    if not _valid(2000, mo, d):  # 2000 is a leap year, so Feb. 29 passes
        return None
    return _pick_year(ctx, pos, lambda yy: _day_or_end(yy, mo, d))


def _resolve(name: str, m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """Turn one grammar match into an interval, or None to reject the match."""
    g = m.groupdict()
    pos = m.start()
    before = ctx.text[max(0, pos - 24) : pos]
    if name in ("mdy", "dmy", "md", "dm", "dm_word"):
        d = DAY_WORDS[re.sub(r"\s+", "-", g["dw"].lower())] if name == "dm_word" else int(
            re.sub(r"\D", "", g["d"]))
        return _day(ctx, pos, int(g["y"]) if g.get("y") else None, _month_num(g["m"]), d)
    if name == "iso":
        return _day(ctx, pos, int(g["y"]), int(g["mo"]), int(g["d"]))
    if name in ("dm_range", "md_range", "wd_range"):
        return _day_range(name, g, ctx, pos)
    if name == "my":
        return _month(int(g["y"]), _month_num(g["m"]))
    if name == "mm_range":
        # the year written after the second month is the first's too
        a, b = _month_num(g["m1"]), _month_num(g["m2"])
        return None if a == b else _months(a, b, int(g["y"]), relative=False)
    if name == "season_year":
        return _season(int(g["y"]), int(_lexicon()["season"][g["s"].lower()]))
    if name == "quarter_year":
        q = int(g["q"])
        return _Res(date(int(g["y"]), 3 * q - 2, 1), _month_end(int(g["y"]), 3 * q), "season")
    if name == "decade":
        raw = g["dec"].lstrip("'’")
        start_y = int(raw) if len(raw) == 4 else (1900 + int(raw) if int(raw) >= 30 else 2000)
        if len(raw) == 4 and start_y % 100 == 0 and start_y < 2000:
            res = _Res(date(start_y, 1, 1), date(start_y + 99, 12, 31), "century")
        else:
            res = _Res(date(start_y, 1, 1), date(start_y + 9, 12, 31), "decade")
        return _narrow(res, g["part"].lower()) if g["part"] else res
    if name == "century":
        c = int(g["c"])
        if not 1 <= c <= 22:
            return None
        return _Res(date(max(1, (c - 1) * 100 + 1), 1, 1), date(c * 100, 12, 31), "century")
    if name == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if not y1 < y2 <= y1 + 50:
            return None
        return _Res(date(y1, 1, 1), date(y2, 12, 31), "year", narrowable=False)
    if name == "split_year":
        y1 = int(g["y1"])
        y2 = y1 // 100 * 100 + int(g["y2"])
        y2 += 100 if y2 < y1 else 0  # "1999-00"
        if y2 != y1 + 1:
            return None
        return _Res(date(y1, 1, 1), date(y2, 12, 31), "year", narrowable=False)
    if name == "year":
        return _year(int(g["y"])) if _year_context(m, ctx) else None
    if name == "bare_month":
        undotted_abbr = len(g["m"]) <= 4 and g["m"] not in ("May", "June", "July")
        if undotted_abbr or not _PREP_BEFORE_MONTH.search(before):
            return None
        mo = _month_num(g["m"])
        return _pick_year(ctx, pos, lambda yy: _month(yy, mo))
    if name == "holiday":
        return _holiday(g["h"], g["y"], ctx, pos)
    if name == "bare_season":
        first = int(_lexicon()["season"][g["x"].split()[-1].lower()])
        return _pick_year(ctx, pos, lambda yy: _season(yy, first))
    if name in ("anaphoric", "vague"):
        return _Res(None, None, "unknown", narrowable=False)
    if name == "weekday":
        iso_day = int(_lexicon()["weekday"][m.group("wd")])
        return _weekday(ctx, pos, iso_day, g["r"].lower() if g["r"] else None)
    return _resolve_relative(name, g, ctx, pos)


def _resolve_relative(name: str, g: dict[str, str], ctx: _Ctx, pos: int) -> _Res | None:
    """Rules that count from the publication date ("last year", "two days ago", "today")."""
    pub = ctx.published
    if pub is None:
        return _Res(None, None, "unknown", relative=True)
    res: _Res | None = None
    if name == "ago":
        word = re.sub(r"\s+", " ", g["n"].lower())
        if word in NUMBER_WORDS:
            n = NUMBER_WORDS[word]
        elif word[0].isdigit():
            n = int(word)
        else:  # "fifteen", "forty-eight", "twenty one"
            n = int(numbers.word_value(word.replace(" ", "-")) or 0)
        unit = g["u"].lower()
        if unit == "day":
            d = pub - timedelta(days=n)
            res = _Res(d, d, "day")
        elif unit in ("week", "fortnight"):
            res = _week(pub - timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
        elif unit == "month":
            res = _month(*_add_months(pub, -n))
        else:
            res = _year(pub.year - n * (10 if unit == "decade" else 1))
    elif name == "deictic":
        word = (g["w"] or g["w2"] or "").lower()
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        d = pub + timedelta(days=offset)
        res = _Res(d, d, "day")
    elif name == "earlier_later":
        whole = _unit_at(pub, g["u"].lower(), 0)
        assert whole.start is not None and whole.end is not None
        if g["el"].lower() == "earlier":
            res = _Res(whole.start, pub, _precision_for(whole.start, pub), narrowable=False)
        else:
            res = _Res(pub, whole.end, _precision_for(pub, whole.end), narrowable=False)
    elif name == "rel_unit":
        shift = {"last": -1, "this": 0, "next": 1}[g["r"].lower()]
        res = _unit_at(pub, g["u"].lower(), shift)
    elif name == "rel_season":
        res = _relative_season(pub, int(_lexicon()["season"][g["s"].lower()]), g["r"].lower())
    elif name == "rel_month":
        mo, r = _month_num(g["m"]), g["r"].lower()
        y = pub.year
        if r == "last":
            y = pub.year if mo < pub.month else pub.year - 1
        elif r == "next":
            y = pub.year if mo > pub.month else pub.year + 1
        res = _month(y, mo)
    elif name in ("md_rel_year", "dm_rel_year", "m_rel_year"):
        y = pub.year + {"last": -1, "this": 0, "next": 1}[g["r"].lower()]
        mo = _month_num(g["m"])
        if name == "m_rel_year":
            res = _month(y, mo)
        else:
            day = int(re.sub(r"\D", "", g["d"]))
            valid = _valid(y, mo, day)
            res = _Res(date(y, mo, day), date(y, mo, day), "day") if valid else None
    elif name == "the_weekend":
        return _pick_weekend(ctx, pos)
    elif name == "part_of_current":
        part = re.sub(r"\s+", " ", g["pw"].lower())
        res = _narrow(_unit_at(pub, g["u"].lower(), 0), part)
    if res is None:
        return None
    return _Res(res.start, res.end, res.precision, True, res.narrowable)


@lru_cache(maxsize=1)
def _holidays() -> dict[str, str]:
    """Lower-case holiday names of data/dates_lexicon.tsv -> their day rule."""
    return {k.lower(): v for k, v in _lexicon()["holiday"].items()}


def _holiday(name: str, year: str | None, ctx: _Ctx, pos: int) -> _Res | None:
    """The day a named holiday falls on, in the year given or else placed by the tense."""
    rule = _holidays().get(re.sub(r"\s+", " ", name.replace("’", "'")).lower())
    if rule is None:
        return None

    def day(y: int) -> _Res:
        if rule.startswith("easter"):
            d = easter(y) + timedelta(days=int(rule[len("easter"):]))
        else:
            d = date(y, int(rule[:2]), int(rule[3:]))
        return _Res(d, d, "day")

    if year:
        return day(int(year))
    return _pick_year(ctx, pos, day)


def _day_range(name: str, g: dict[str, str], ctx: _Ctx, pos: int) -> _Res | None:
    """A span of days: "3-5 May", "May 12 to 14, 2027", "between Thursday and Sunday"."""
    if name == "wd_range":
        days = _lexicon()["weekday"]
        iso1, iso2 = int(days[g["wd1"]]), int(days[g["wd2"]])
        width = timedelta(days=(iso2 - iso1) % 7)
        # a past span ends on or before publication; another starts where its first day falls
        if ctx.tense(pos) == "past":
            res = _weekday(ctx, pos, iso2, None)
            return res if res.start is None else _day_span(res.start - width, res.start, True)
        res = _weekday(ctx, pos, iso1, None)
        return res if res.start is None else _day_span(res.start, res.start + width, True)
    mo = _month_num(g["m"])
    d1, d2 = (int(re.sub(r"\D", "", g[k])) for k in ("d1", "d2"))
    if not (d1 < d2 and _valid(2000, mo, d2)):
        return None
    if g["y"]:
        return _day_span(date(int(g["y"]), mo, d1), date(int(g["y"]), mo, d2), False)
    res = _pick_year(ctx, pos, lambda yy: _day_or_end(yy, mo, d1))
    if res.start is None:
        return res
    return _day_span(res.start, res.start + timedelta(days=d2 - d1), True)


def _day_span(first: date, last: date, relative: bool) -> _Res:
    """A span of days: week precision (as a weekend has) when it covers fewer than
    DAY_SPAN_WEEK days, month precision otherwise."""
    precision: Precision = "week" if (last - first).days < DAY_SPAN_WEEK else "month"
    return _Res(first, last, precision, relative=relative, narrowable=False)


def _valid(y: int, mo: int, d: int) -> bool:
    return _MIN_YEAR <= y <= _MAX_YEAR and 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]


def _year_context(m: re.Match[str], ctx: _Ctx) -> bool:
    """A bare four-digit number is a year after a temporal word ("in 2019", "compared to 2019")
    or when the model tagged it as a date; never before a unit ("2019 people")."""
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    after = ctx.text[m.end() : m.end() + 16]
    if re.match(r"\s*(?:-|–)?\s*(?:percent|per cent|people|persons|meters|metres|km|feet|tons"
                r"|dollars|euros|yuan|won|rubles|times)\b", after):
        return False
    if _PREP_BEFORE_YEAR.search(before):
        return True
    return any(s <= m.start() and m.end() <= e for s, e in ctx.date_ents)


# --------------------------------------------------------------------------- matching
def _candidates(text: str, ctx: _Ctx) -> Iterator[tuple[int, int, _Res]]:
    for name, pattern in _rules():
        for m in pattern.finditer(text):
            try:
                res = _resolve(name, m, ctx)
            except (ValueError, OverflowError):  # "900 decades ago": off the calendar
                res = None
            if res is None:
                continue
            start, end = m.start(), m.end()
            if name in ("the_weekend", "bare_season", "holiday"):
                start = m.start("x")
            if res.narrowable:
                prefix = _PART_PREFIX.search(text, max(0, start - 40), start)
                if prefix and prefix.end() == start:
                    part = re.sub(r"\s+", " ", (prefix.group("pw") or prefix.group("pe")).lower())
                    res = _narrow(res, part)
                    start = prefix.start()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            yield start, end, res


def _select(cands: list[tuple[int, int, _Res]]) -> list[tuple[int, int, _Res]]:
    """Longest leftmost matches win; overlapping shorter ones are dropped."""
    chosen: list[tuple[int, int, _Res]] = []
    for start, end, res in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, res))
    return sorted(chosen, key=lambda c: (c[0], c[1]))


_CALENDAR_WORD = re.compile(
    r"(?i:\b(?:day|week|weekend|month|year|decade|century|morning|afternoon|evening|night"
    r"|yesterday|today|tomorrow|tonight|spring|summer|autumn|winter)\b)"
)
_DURATION = re.compile(
    r"(?i:\b(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|few|many|couple|dozen|hundreds|thousands)(?:\s*-\s*|\s+)(?:(?:or|to|and)\s+\S+\s+)?"
    r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?\b"
    r"|\b(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b"
    r"|\b(?:annual|annually|daily|weekly|monthly|yearly|every|each|per)\b)"
)


def _model_candidates(
    doc: Doc, taken: list[tuple[int, int, _Res]], ctx: _Ctx | None = None
) -> list[tuple[int, int, _Res]]:
    """DATE entities the grammar missed: kept unresolved when they name a calendar unit and are
    not durations or frequencies; everything else the model calls a date is dropped."""
    out = []
    lex = _lexicon()
    names = set(lex["month"]) | set(lex["weekday"])
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < te and ts < e for ts, te, _ in taken):
            continue
        words = {t.text.rstrip(".") for t in ent}
        if not (_CALENDAR_WORD.search(ent.text) or words & names):
            continue
        if _DURATION.search(ent.text):
            continue
        res = _month_span(ent.text, s, ctx) if ctx is not None else None
        out.append((s, e, res or _Res(None, None, "unknown", narrowable=False)))
    return out


_BETWEEN_MONTHS = re.compile(
    r"(?i)^between\s+(?P<a>[A-Za-z]+\.?)\s+and\s+(?P<b>[A-Za-z]+\.?)(?:,?\s+(?P<y>\d{4}))?$"
)


def _month_span(text: str, pos: int, ctx: _Ctx) -> _Res | None:
    """The months from the first to the second of "between November and January" (a period a
    report covers): the second is the last such month on or before publication in a past or
    tenseless clause, the next one in a future clause; the first is the last one on or before
    the second. None when it is not two month names."""
    m = _BETWEEN_MONTHS.match(text.strip())
    months = _lexicon()["month"]
    if m is None:
        return None
    first, second = (m[k].rstrip(".").capitalize() for k in ("a", "b"))
    if first not in months or second not in months:
        return None
    a, b = _month_num(first), _month_num(second)
    if m["y"]:
        year = int(m["y"])
    elif ctx.published is None:
        return None
    else:
        pub = ctx.published
        future = ctx.tense(pos) == "future"
        year = pub.year - (not future and b > pub.month) + (future and b < pub.month)
    return _months(a, b, year, relative=not m["y"])


def _months(a: int, b: int, year: int, relative: bool) -> _Res:
    """The months from ``a`` to ``b``, the last in ``year``: a span over the new year starts
    in the year before ("December to February 2045" from December 2044)."""
    first_year = year if a <= b else year - 1
    return _Res(date(first_year, a, 1), _month_end(year, b), "month", relative=relative,
                narrowable=False)


def _bare_participle(verb: Token) -> bool:
    """A participle without an auxiliary that modifies a noun ("the men trapped by Saturday
    night's rockfall"): its clause has no tense of its own, the verb it hangs from does."""
    return (
        verb.tag_ in ("VBN", "VBG")
        and verb.dep_ in ("acl", "amod", "advcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _done_participle(verb: Token) -> bool:
    """A past participle set off by commas after the noun it describes ("the report, published
    on Tuesday, will be read ..."): it tells of something already done, whatever the tense of
    the clause it stands in."""
    return (
        verb.tag_ == "VBN" and _bare_participle(verb) and verb.dep_ == "acl"
        and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    )


def _names_an_event(tok: Token) -> bool:
    """A possessive weekday naming an event outside the clause's subject ("On the strength of
    Tuesday's vote, homeowners will be paying more", "a premium over Friday's close"): the
    clause's tense says nothing about the day of that event, unless a word before it places
    the event ahead (AHEAD_WORDS: "ahead of Tuesday's vote")."""
    if tok.dep_ != "poss" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Monday's vote will decide": the clause is about that event
    before = {t.lower_ for t in tok.doc[max(0, tok.i - AHEAD_REACH) : tok.i]}
    return not before & AHEAD_WORDS


def _within_event(tok: Token) -> bool:
    """Whether a possessive weekday's event is the object of a WITHIN_EVENT_PREPS preposition
    ("at Thursday's show"): an action of the clause took place inside it."""
    noun = tok.head
    return noun.dep_ == "pobj" and noun.head.lower_ in WITHIN_EVENT_PREPS


def _tense_fn(doc: Doc) -> Callable[[int], str | None]:
    """Tense of the clause around a character offset: "past", "future", "present" or None
    (no finite verb: a headline, a noun phrase)."""
    cache: dict[int, str | None] = {}
    starts = [t.idx for t in doc]

    def tense(pos: int) -> str | None:
        if not starts:
            return None
        tok = doc[max(0, bisect_right(starts, pos) - 1)]
        if tok.i in cache:
            return cache[tok.i]
        event = _names_an_event(tok)
        if event and not _within_event(tok):
            cache[tok.i] = None
            return None
        verb = tok
        path: set[str] = set()
        done = False
        for _ in range(16):
            if verb.pos_ in ("VERB", "AUX") and not _bare_participle(verb):
                break
            if _done_participle(verb):
                done = True  # "the report, published on Tuesday, will be read"
                break
            if verb.head.i == verb.i:
                break
            path.add(verb.lower_)
            verb = verb.head
        result: str | None = "past" if done else None
        if verb.pos_ in ("VERB", "AUX") and not done:
            verb = _whole_verb(verb)
            auxes = _auxes(verb)
            if any(a.lower_ in _FUTURE_AUX for a in auxes) or _reported_future(verb, auxes):
                result = "future"
            elif (path & DEADLINE_PREPS and verb.lemma_ in DEADLINE_VERBS
                  and verb.tag_ != "VBD"):
                # "has given the trust until the end of August": a time limit lies ahead
                result = "future"
            elif _planned_perfect(verb, auxes):
                # "was to have started on 16 May": a plan that fell through, which may lie on
                # either side of the report, like "was due to open"
                result = None
            elif (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
                  or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))):
                result = "past"
            elif _planned(verb, auxes) or any(
                a.lower_ == "going" for a in verb.children if a.dep_ != "aux"
            ):
                result = "future"
            elif verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
                result = "present"  # "takes office on Monday": often a schedule
        if event and result != "past":
            result = None  # only a past action places the event it took place at
        cache[tok.i] = result
        return result

    return tense


def _reported_future(verb: Token, auxes: list[Token]) -> bool:
    """ "The board said the race would be re-run on Tuesday": "would" in speech reported with
    a verb of saying is the future seen from when it was said."""
    return any(a.lower_ == "would" for a in auxes) and verb.dep_ == "ccomp" and (
        verb.head.lemma_ in speech_verbs()
    )


def _whole_verb(verb: Token) -> Token:
    """The verb whose auxiliaries tell the tense: the model splits a prefixed verb ("re-run")
    and hangs its last part on "be" as a complement ("will be re-run") or on the prefix
    ("would be re-run"): then the head "be" or the prefix carries them."""
    doc = verb.doc
    if verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        return verb.head
    if verb.i >= 2 and doc[verb.i - 1].text in ("-", "–") and not doc[verb.i - 2].whitespace_:
        prefix = doc[verb.i - 2]
        if any(c.dep_ in ("aux", "auxpass") for c in prefix.children):
            return prefix
    return verb


def _auxes(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``, and those of a passive "be" among them ("would" in "would
    be re-run", parsed as the auxiliary of "be"); a bare verb joined by "and" to another
    has that one's."""
    out = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not out and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in (
        "VERB", "AUX"
    ):
        # "will stop daily rounds and bring letters from 2 October": the second bare verb
        # shares the first one's auxiliary
        out = _auxes(verb.head)
    for a in list(out):
        if a.lemma_ == "be":
            out.extend(c for c in a.children if c.dep_ == "aux")
    return out


def _planned(verb: Token, auxes: list[Token]) -> bool:
    """Whether ``verb`` is an infinitive planned ahead from the present ("is due to be
    repaired by Christmas", "are expected to finish in May"): a PLAN_HEADS word governs it and
    neither that word nor the copula or auxiliary it hangs on is in the past tense ("was due to
    open in May" may lie behind)."""
    if not any(a.lower_ == "to" for a in auxes) or verb.head.lemma_ not in PLAN_HEADS:
        return False
    head = verb.head
    finite = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass", "cop"))]
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head.pos_ in ("AUX", "VERB"):
        finite.append(head.head)  # "is due": the copula governs the adjective
    return not any(t.tag_ == "VBD" for t in finite)


def _planned_perfect(verb: Token, auxes: list[Token]) -> bool:
    """Whether ``verb`` is a perfect infinitive hanging from "be" or a PLAN_HEADS word ("was to
    have started", "had been due to have finished"): a plan told after it lapsed. A perfect
    infinitive after other words ("is believed to have died") tells of the past."""
    words = {a.lower_ for a in auxes}
    if not ("to" in words and "have" in words and verb.tag_ == "VBN"):
        return False
    return verb.head.lemma_ == "be" or verb.head.lemma_ in PLAN_HEADS


# Words that open a span of time ("from 1 June", "between 05:30 and ...") and that close it
# ("to", "until"); the comparison stage reads spans of times and dates with them too.
SPAN_STARTS = frozenset({"from", "between"})
SPAN_ENDS = frozenset({"to", "until", "till", "through"})
# What joins the two ends of a span of dates ("from 1 June to 31 August", "between 20 December
# and 5 January"): a dash or a word of SPAN_ENDS; "and" only after "between".
_SPAN_JOIN = re.compile(
    r"\s*(?:-|–|" + "|".join(rf"\b{w}\b" for w in sorted(SPAN_ENDS)) + r")\s*", re.I)
_BETWEEN_AND = re.compile(r"\s*\band\b\s*", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")
# Precisions of a date that may be written without its year.
_YEARLESS = ("day", "month")


def _in_order(text: str, chosen: list[tuple[int, int, _Res]]) -> list[tuple[int, int, _Res]]:
    """The dates with the end of each span of two placed no earlier than its start: a date
    whose year is not written ("from November to March", "from 1 June to 31 August") is placed
    in the year that makes the span run forwards, moving the end on a year or, when only the
    end's year is written, the start back one."""
    out = sorted(chosen, key=lambda c: (c[0], c[1]))
    for i in range(len(out) - 1):
        (s1, e1, a), (s2, e2, b) = out[i], out[i + 1]
        between = text[e1:s2]
        joined = _SPAN_JOIN.fullmatch(between) or (
            _BETWEEN_AND.fullmatch(between) and _BETWEEN.search(text, 0, s1)
        )
        if not joined or None in (a.start, a.end, b.start, b.end):
            continue
        assert a.start is not None and b.start is not None
        if b.start >= a.start or a.precision not in _YEARLESS or b.precision not in _YEARLESS:
            continue
        a_year, b_year = (_WRITTEN_YEAR.search(text, x, y) for x, y in ((s1, e1), (s2, e2)))
        if b.relative and not b_year:
            out[i + 1] = (s2, e2, _shift_years(b, 1))
        elif a.relative and not a_year and b_year:
            out[i] = (s1, e1, _shift_years(a, -1))
    return out


def _shift_years(res: _Res, years: int) -> _Res:
    """``res`` moved by whole years: a day keeps its number where its month has it (29 February
    to the 28th), and a month ends on its last day (February to the 29th in a leap year)."""
    def move(d: date | None, month_end: bool) -> date | None:
        if d is None:
            return None
        end = _month_end(d.year + years, d.month)
        return end if month_end else end.replace(day=min(d.day, end.day))
    return replace(res, start=move(res.start, False),
                   end=move(res.end, res.precision == "month"))


def _to_refs(
    text: str, chosen: list[tuple[int, int, _Res]], sentence_of: Callable[[int], tuple[int, int]]
) -> tuple[TimeRef, ...]:
    refs = []
    for start, end, res in _in_order(text, chosen):
        if res.start is None or res.end is None:
            iso_start = iso_end = None
            precision: Precision = "unknown"
        else:
            iso_start, iso_end = res.start.isoformat(), res.end.isoformat()
            precision = res.precision
        refs.append(TimeRef(text[start:end], (start, end), iso_start, iso_end, precision,
                            sentence_of(start)))
    return tuple(refs)


def find_dates(doc: Doc, published: date | None) -> tuple[TimeRef, ...]:
    """Every temporal expression in ``doc``, resolved against ``published``, sorted by span.

    Absolute dates resolve without a publication date; relative ones ("last year", "Feb. 26")
    then get precision ``unknown`` and no dates, as do vague ones ("recently") always.
    """
    text = doc.text
    date_ents = tuple((e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE")
    ctx = _Ctx(published, _tense_fn(doc), text, date_ents)
    chosen = _select(list(_candidates(text, ctx)))
    chosen += _model_candidates(doc, chosen, ctx)
    sents = [(s.start_char, s.end_char) for s in doc.sents] or [(0, len(text))]
    starts = [s for s, _ in sents]

    def sentence_of(pos: int) -> tuple[int, int]:
        return sents[max(0, bisect_right(starts, pos) - 1)]

    return _to_refs(text, chosen, sentence_of)


def resolve_text(text: str, published: date | None) -> tuple[TimeRef, ...]:
    """The grammar alone on plain text (no parse, so no tense): for tests and quick checks."""
    ctx = _Ctx(published, lambda _pos: None, text)
    chosen = _select(list(_candidates(text, ctx)))
    return _to_refs(text, chosen, lambda _pos: (0, len(text)))
