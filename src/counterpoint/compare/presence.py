"""Whether an article already gives a fact, perhaps in other words.

Before an article is blamed for leaving a fact out, ``omissions.py`` asks this module whether
the article says something that could be the fact: the same quote (cut, reworded or rendered
differently for the same speaker), a figure or date of the same kind with a compatible value
and precision, the same time of day told without its part of the day, another date of the
event, the year an age in years starts from, or a figure in another unit or currency, or one
the facts stage left unparsed (``loose_numbers``), in a clause that reads like the fact's.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Sequence

from counterpoint.compare import text as tx
from counterpoint.compare.align import same_counted
from counterpoint.compare.mentions import (
    CLOCK_KEY,
    HALF_DAY_KEY,
    SECONDS_PER_YEAR,
    YEAR_DAYS,
    Mention,
    StoryIndex,
    clause_vector,
    evening,
    iso_ordinal,
)
from counterpoint.compare.values import consistent

# A compatible figure of the same kind within this ratio may be the fact in other words.
SAME_VALUE_RATIO = 1.5
# An interval this many times as wide as its lower end is a vague multiple ("dozens": 12 to
# 120, "hundreds": 100 to 1,000).
VAGUE_SPAN = 5.0
# Another article gives the quote when it quotes words sharing this share of its words and word
# pairs (a cut or lightly reworded quote shares most of them; two different quotes a few).
QUOTE_SAME_WORDS = 0.5
# Clause similarity at which another article's figure (in another unit or currency, or left
# unparsed) is taken to state the same fact: the clauses share their verb and object words.
SAME_CLAUSE_SIM = 0.4
# The same for another date of the event: its clause shares fewer words with the fact's
# ("last inspected in January" / "inspected on 4 March"), since a date is told in few words.
SAME_DATE_CLAUSE_SIM = 0.3
# A written figure: digits, with a currency sign, separators and a magnitude ("€165m",
# "2:55", "1,200", "3.4 billion").
_NUMBER = re.compile(
    r"[$€£¥]?\d(?:[\d.,:]*\d)?(?:\s?(?:bn|m|k|million|billion|trillion|thousand)\b)?"
)
# For the same speaker, a quote sharing this share of its words is the same statement rendered
# differently (translations and paraphrases of one interview share 30-50%).
QUOTE_SAME_SPEAKER_WORDS = 0.3
# A date stands for another of about the same precision: within a week, or twice its width.
DATE_SAME_DAYS = 7.0
# An age told by a day or month in the past ("born on 14 March 2002" for "24") is of at least
# this many years: shorter spans meet dates of the story by chance.
MIN_AGE_OF_DAY = 5
# Base of the (negative) uids of unparsed numbers, above any offset in an article.
LOOSE_UID = 10**8


def _clauses_by_dimension(index: StoryIndex) -> dict[tuple[int, str], list[Mention]]:
    """Each article's figures with a clause, by dimension."""
    out: dict[tuple[int, str], list[Mention]] = defaultdict(list)
    for m in index.mentions:
        if m.kind == "quantity" and m.local and not m.parts:
            out[(m.article, m.key.split("|")[1])].append(m)
    return out


def _seen(found: tuple[bool, Mention | None], echoes: list[Mention]) -> bool:
    """Record the mention that shows the fact is there; say whether it is."""
    if found[1] is not None:
        echoes.append(found[1])
    return found[0]


def _found_in(
    index: StoryIndex,
    b: int,
    mine: dict[str, list[Mention]],
    members: Sequence[Mention],
    by_dimension: dict[tuple[int, str], list[Mention]],
) -> tuple[bool, Mention | None]:
    """Whether article ``b`` says something that could be this fact in other words, and the
    mention that says it, shown as evidence (a fitting value of the same measure, another
    unit, a year for an age, an unparsed figure; none for a quote or a name)."""
    m = members[0]
    if m.kind == "quote":
        cut = [o for o in mine.get("quote", ()) for x in members if _same_quote(o, x)]
        return bool(cut), (cut[0] if cut else None)
    if m.kind == "entity":
        surname = (m.speaker or m.text).split()[-1]
        # named there, perhaps in a form the extractor did not resolve (the name that holds
        # the surname is shown when there is one)
        named = [o for o in mine.get(m.key, ()) if o.kind == "entity"] or [
            o for ms in mine.values() for o in ms if o.kind == "entity" and surname in o.text
        ]
        found = surname in index.articles[b].facts.article.text
        return found, (named[0] if found and named else None)
    # the same value of the same measure: shown as evidence (the one whose clause reads most
    # like the fact's), so the reader sees why this article is not said to leave it out
    same = [
        (tx.cosine(x.local, o.local), -o.span[0], o)
        for o in mine.get(m.key, ())
        for x in members
        if m.kind in ("quantity", "date")
        and o.kind == m.kind
        and same_counted(o.counted, x.counted)
        and consistent(o, x)
        and _near_value(o, x)
        and (m.kind == "quantity" or _as_precise(o, x))
    ]
    if same:
        return True, max(same, key=lambda t: t[:2])[2]
    if m.key == CLOCK_KEY:
        # the time told without its part of the day ("twenty past eight" for 20:20), read
        # either way
        vague = [o for o in mine.get(HALF_DAY_KEY, ()) for x in members
                 if any(consistent(r, x) for r in (o, evening(o)))]
        if vague:
            return True, vague[0]
    if m.kind == "date":
        # a span of years to or from it ("42 years away" for 2081, "built 62 years ago")
        for x in members:
            for o in (o for ms in mine.values() for o in ms if o.kind == "quantity"):
                if _age_of(index, o, x):
                    return True, o
        # another date whose clause reads like the fact's ("last checked in April" /
        # "inspected on 3 June"): the article dates this event, differently
        dated = [(tx.cosine(x.local, o.local), o) for o in mine.get("date", ()) for x in members
                 if x.local and o.local]
        told = max(dated, key=lambda t: t[0], default=None)
        if told is not None and told[0] >= SAME_DATE_CLAUSE_SIM:
            return True, told[1]
        return False, None
    if m.kind != "quantity":
        return False, None
    # an age in years and the year it started ("the 62-year-old dam" / "built in 1962")
    for x in members:
        for o in mine.get("date", ()):
            if _age_of(index, x, o):
                return True, o
    # the same fact in another unit or currency ("$180 million" / "€165m": never converted, so
    # at most unverifiable), or a figure the facts stage left unparsed, in a clause that reads
    # like the fact's own
    others = by_dimension.get((b, m.key.split("|")[1]), []) + loose_numbers(index, b)
    best_sim, best = 0.0, None
    for o in others:
        for x in members:
            sim = tx.cosine(x.local, o.local) if x.local else 0.0
            if sim > best_sim:
                best_sim, best = sim, o
    return (True, best) if best_sim >= SAME_CLAUSE_SIM else (False, None)


def _same_quote(o: Mention, x: Mention) -> bool:
    """The same quote, perhaps cut or reworded: most of its words and word pairs, or for the
    same speaker a good part of them (two renderings of one interview)."""
    shared = tx.overlap(o.content, x.content)
    return shared >= QUOTE_SAME_WORDS or (
        o.speaker is not None and o.speaker == x.speaker and shared >= QUOTE_SAME_SPEAKER_WORDS
    )


def _width(d: Mention) -> float:
    return (d.high or 0.0) - (d.low or 0.0)


def _as_precise(o: Mention, x: Mention) -> bool:
    """Whether date ``o`` is about as precise as ``x`` (a year does not stand for a day)."""
    return _width(o) <= max(DATE_SAME_DAYS, 2 * _width(x))


def _age_of(index: StoryIndex, x: Mention, year: Mention) -> bool:
    """Whether ``x`` is a span in whole years that ``year`` (a year-precise date) starts or
    ends, counted from the day ``x`` was published ("the 62-year-old dam" / "built in 1962";
    "42 years away" / "in 2081")."""
    published = iso_ordinal(index.articles[x.article].facts.article.published)
    if x.unit != "second" or not x.value or published is None or year.kind != "date":
        return False
    if year.low is None:
        return False
    years = x.value / SECONDS_PER_YEAR
    if years < 1 or abs(years - round(years)) > 0.05:
        return False
    if year.precision != "year" and (years < MIN_AGE_OF_DAY or year.low > published):
        return False  # a day or a month: a birth date, for an age of some years
    return abs(abs(published - year.low) / YEAR_DAYS - years) <= 1.0


def loose_numbers(index: StoryIndex, b: int) -> list[Mention]:
    """The numbers in article ``b`` that no extracted fact covers, as bare mentions with their
    clause (no value or unit: they can show a fact is there, never disagree with it)."""
    a = index.articles[b]
    cached = a.loose
    if cached is None:
        text = a.facts.article.text
        taken = sorted(m.span for m in index.mentions if m.article == b and m.kind != "entity")
        cached = []
        for num in _NUMBER.finditer(text):
            at = bisect.bisect_right(taken, (num.start(), len(text))) - 1
            if at >= 0 and taken[at][0] <= num.start() < taken[at][1]:
                continue
            span = (num.start(), num.end())
            cached.append(
                Mention(
                    uid=-LOOSE_UID - b * LOOSE_UID - span[0],  # unique, and no real uid
                    article=b,
                    kind="quantity",
                    text=num.group(),
                    span=span,
                    sentence=a.sentence_of(span),
                    key="q|unparsed|",
                    local=clause_vector(a, span, index.idf),
                )
            )
        a.loose = cached
    return cached


def _near_value(a: Mention, b: Mention) -> bool:
    """Values within SAME_VALUE_RATIO of each other (dates always qualify), or any value for a
    vague multiple ("dozens of farms" may be the "47 farms" of another report; whether it fits
    is checked apart)."""
    if a.kind == "date" or not a.value or not b.value:
        return True
    if any(x.low and x.high and math.isfinite(x.high) and x.high >= VAGUE_SPAN * x.low
           for x in (a, b)):
        return True
    big, small = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    return small > 0 and big / small <= SAME_VALUE_RATIO
