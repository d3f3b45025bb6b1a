"""When figures and dates happen: the days their clauses give them, schedules, and the event
words beside them, as evidence for alignment (align.py).

A figure or date holds on a day (its clause's date), belongs to a past event or to a schedule,
and sits next to words naming an event (a word family of data/concepts.tsv). Two mentions on
the same day or naming one kind of event likely speak of one thing; a date after the other
article reported its event speaks of a later development.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from counterpoint.compare import text as tx
from counterpoint.compare.mentions import (
    CLOCK_KEY,
    MINUTES_PER_DAY,
    Mention,
    StoryIndex,
    iso_ordinal,
    same_predicate,
    words_near,
)

# A figure's event word must stand next to it (at most this many words between: "the
# blackout lasted an hour", "shut for about 6 hours"): a family word further off names
# something else the sentence tells ("the dam that failed had been inspected for twenty
# years" / "towers that collapsed were built in the past decade").
EVENT_NEAR_WORDS = 3
# Word families that name no event (saying, kinds of people, measures, money).
NON_EVENT_FAMILIES = frozenset(
    {tx.SAY, "#people", "#distance", "#employee", "#crew", "#revenue", "#saving", "#payment",
     "#contract", "#subsidy"}
)
# Days two figures' days may lie apart and still be within a year (a leap year included).
DAYS_PER_YEAR = 366
# Articles at most this many days apart give the schedule of one time (see same_schedule): a
# week, so that a trade weekly out six days after the daily reports still disputes a day it
# sets. Measured on the studied sets: 3 days missed two conflicts that 7 and 14 both find,
# with no false one.
SCHEDULE_DAYS = 7
# Two times of day on consecutive days at most this many minutes apart across midnight may
# time one event of one night: their days differ only because midnight fell between them.
OVERNIGHT_MINUTES = 360


def overnight(m: Mention, n: Mention) -> bool:
    """Whether two times dated to consecutive days lie at most OVERNIGHT_MINUTES apart across
    the midnight between those days (the earlier day's time late, the later day's early)."""
    if m.when is None or n.when is None or m.value is None or n.value is None:
        return False
    if m.when[0] != m.when[1] or n.when[0] != n.when[1]:
        return False
    first, second = (m, n) if m.when[0] < n.when[0] else (n, m)
    if second.when[0] - first.when[0] != 1:  # type: ignore[index]
        return False
    return MINUTES_PER_DAY - (first.value or 0.0) + (second.value or 0.0) <= OVERNIGHT_MINUTES


def same_day(m: Mention, n: Mention) -> bool | None:
    """Whether the dates in the two figures' clauses overlap (None when either clause has
    none): "by Monday afternoon the slick ..." and "an overflight on Monday measured ..." are
    one measurement; 90 birds by Monday night and 400 by Wednesday are two. Two times of day
    of one night across midnight ("at 10.45pm on Friday" / "at 1am on Saturday", see
    overnight) are neither: None."""
    if m.when is None or n.when is None:
        return None
    if m.when[0] <= n.when[1] and n.when[0] <= m.when[1]:
        return True
    return None if m.key.startswith(CLOCK_KEY) and overnight(m, n) else False


def years_apart(index: StoryIndex, m: Mention, n: Mention) -> bool:
    """Whether the days the two figures hold on lie more than a year apart: each clause's date,
    or its article's publication day when its clause has none ("her husband, who died in 1979
    at the age of 64" against "has died at the age of 107" in a report of this week)."""
    days = []
    for x in (m, n):
        if x.when is not None:
            days.append(x.when)
        else:
            day = iso_ordinal(index.articles[x.article].facts.article.published)
            if day is None:
                return False
            days.append((day, day))
    (a0, a1), (b0, b1) = days
    return a1 + DAYS_PER_YEAR < b0 or b1 + DAYS_PER_YEAR < a0


# Dates precise enough to date one past event named in both clauses: a season as well as a
# month ("began in March" / "started in autumn"): one more true conflict and one fewer false
# one on the studied sets, with one new false one (an examination commissioned "last autumn"
# and its findings reported on a day of February).
SHARED_EVENT_PRECISIONS = ("day", "week", "month", "season")


def shared_events(index: StoryIndex, m: Mention, n: Mention) -> list[str]:
    """Event families (data/concepts.tsv) named in both clauses, other than saying: "broke out
    on Sunday" and "started on Saturday" both name the start of something.

    Only for days that have passed when each article was published: a past event has one day,
    while a schedule ("expected to close in the second half of 2025") may move.
    """
    if not all(past(index, x, SHARED_EVENT_PRECISIONS) for x in (m, n)) and not same_schedule(
        index, m, n
    ):
        return []
    return event_families(m, n)

def local_families(m: Mention) -> list[str]:
    """The event families named in a mention's own clause."""
    return _events(m.local)

def predicate_event(index: StoryIndex, m: Mention, n: Mention) -> list[str]:
    """The event family of the verb two past dates share, when it names an event: in "found
    the brooch under a hawthorn hedge along the disused quarry track on 12 May" the verb is
    outside the date's clause window, yet it dates a find as "was found on 19 May" does."""
    if not (same_predicate(m, n) and past(index, m) and past(index, n)):
        return []
    fam = tx.family(m.predicate or "")
    return _events([fam] if fam else [])

def same_schedule(index: StoryIndex, m: Mention, n: Mention) -> bool:
    """Two days set for something still to come, in articles published at most
    SCHEDULE_DAYS apart: a schedule may move over weeks, not between two reports of one week
    ("the vote is scheduled for Monday, October 26" / "set for Tuesday, Oct. 27")."""
    pm = iso_ordinal(index.articles[m.article].facts.article.published)
    pn = iso_ordinal(index.articles[n.article].facts.article.published)
    return (
        m.precision == n.precision == "day"
        and not past(index, m)
        and not past(index, n)
        and pm is not None
        and pn is not None
        and abs(pm - pn) <= SCHEDULE_DAYS
    )

def past(
    index: StoryIndex, m: Mention, precisions: tuple[str, ...] = ("day", "week", "month")
) -> bool:
    """A date of one of ``precisions`` wholly on or before its article's publication (True
    when that is unknown): "inspected in March" and "examined on 3 June" date one past event."""
    published = iso_ordinal(index.articles[m.article].facts.article.published)
    return m.precision in precisions and (
        published is None or (m.high or m.low or 0.0) <= published
    )


def ahead(index: StoryIndex, m: Mention) -> bool:
    """Whether a date lies wholly after its article's publication day: a plan or a forecast."""
    published = iso_ordinal(index.articles[m.article].facts.article.published)
    return published is not None and m.low is not None and m.low > published


def later_news(index: StoryIndex, m: Mention, n: Mention) -> bool:
    """Whether ``n`` dates a past event of its article and ``m`` falls wholly after that
    article's publication day: ``m`` then dates a later development ("the toll rose to 14 on
    Monday" against a Saturday report of "killed on Saturday"), never the same event. A date
    still to come in its own article (a scheduled vote, restrictions "from next Monday") is not
    concerned."""
    published = iso_ordinal(index.articles[n.article].facts.article.published)
    own = iso_ordinal(index.articles[m.article].facts.article.published)
    if published is None or m.low is None or n.high is None or m.high is None:
        return False
    if own is not None and m.high > own:
        return False  # a date still to come in its own article: a plan, which may slip
    return n.high <= published < math.floor(m.low)


def event_families(m: Mention, n: Mention, *, counted: bool = False) -> list[str]:
    """Event families (data/concepts.tsv) named in both mentions' own clauses, or with
    ``counted`` in their clauses or counted nouns ("31 cases" names an illness)."""
    if counted:
        terms = (set(m.local) | m.counted, set(n.local) | n.counted)
    else:
        terms = (set(m.local), set(n.local))
    return sorted(set(_events(terms[0])) & set(_events(terms[1])))


# Event families that name one event in other words when said of a dated event: a hearing,
# a sale or a season that "closed" on a day "ended" on it.
SAME_EVENT_FAMILIES = {"closure": "ending"}


def _events(terms: Iterable[str]) -> list[str]:
    """The event families among clause terms ("#arrest" -> "arrest"), but NON_EVENT_FAMILIES,
    each of SAME_EVENT_FAMILIES named as the one it stands for."""
    return sorted({_event_name(t[1:])
                   for t in terms if t.startswith("#") and t not in NON_EVENT_FAMILIES})


def _event_name(family: str) -> str:
    """A family's name as an event: the one it stands for in SAME_EVENT_FAMILIES, or its own."""
    return SAME_EVENT_FAMILIES.get(family, family)


def families_near(index: StoryIndex, m: Mention) -> set[str]:
    """Families of the words at most EVENT_NEAR_WORDS words before or after a figure."""
    near = words_near(index, m, EVENT_NEAR_WORDS + 1)
    return {_event_name(fam[1:]) for w in near if (fam := tx.family(w))}
