"""Judgement of aligned groups: agreement, compatible or conflict, each with a readable reason.

Quantities are compared as intervals in SI units, widened by the precision the writer used
("1.6 km" stands for 1.55-1.65 km); dates as calendar intervals; quotes by who they are given
to; statements by whether one says the event happened and another that it did not.

Disjoint figures are not always a contradiction: two maxima ("up to 50 km/h", "up to 60 mph")
are compared as values; figures whose own clauses date them to different days are updates; a
part of a total (the figures of one sentence adding up to the other figure, or a partitive such
as "in each group") is compatible with it; dates that only say when a figure was measured are
successive reports.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from counterpoint.compare import clock, timing
from counterpoint.compare import explain as ex
from counterpoint.compare import text as tx
from counterpoint.compare.align import (
    CONFLICT_MIN_ALIGN,
    Alignment,
    aspects,
    period_of_thing,
    same_counted,
    specific_nouns,
    year_verb,
)
from counterpoint.compare.frames import (
    around,
    by_before,
    clause_before,
    clause_timeref,
    clause_timerefs,
    compound_measure,
    day_part,
    has_cue,
    iso_ordinal,
    rate_parts,
)
from counterpoint.compare.lede import PASSIVE_AUX
from counterpoint.compare.mentions import (
    ADDITIVE_DIMENSIONS,
    AGE_KEY,
    CLOCK_KEY,
    HIGHEST,
    OFFSET_DIMENSIONS,
    ORDINAL_UNIT,
    SECONDS_PER_YEAR,
    TALLY_UNIT,
    TIME_KEY,
    YEAR_DAYS,
    Mention,
    StoryIndex,
    keyed,
)
from counterpoint.compare.sums import (
    PERCENT_KEY,
    beside,
    counts_a_part,
    more_after,
    persons_and_things,
)
from counterpoint.compare.values import (
    both_nights,
    bounds,
    consistent,
    half_last_digit,
    mixed_zones,
    pair_bounds,
    read_to_digits,
    same_day_of_year,
    tolerance,
    transposed,
    unit_slip,
    written_alike,
    written_fits,
    year_written,
)
from counterpoint.facts.entities import HONORIFICS
from counterpoint.facts.quotes import PERSON_PRONOUNS, speaker_words
from counterpoint.facts.units import to_si
from counterpoint.model import FindingKind, TimeRef

# Two point values this close (relative) are the same figure.
AGREE_REL = 0.01
# Least score for a statement pair to count as the same event reported by both.
STATEMENT_AGREE_MIN = 0.45
# Entities named in the same passage by several articles: the entity must be specific to part
# of the story (log inverse sentence frequency; "North Korea" in a North Korea story is not),
# and the passages must read alike (context cosine).
ENTITY_MIN_IDF = 2.0
ENTITY_AGREE_SIM = 0.12
# Most other figures of one sentence tried as the rest of a sum (2 keeps the search tiny).
MAX_PARTS = 2
# Importance of each kind of fact when ranking findings (a wrong number or date matters most).
SALIENCE = {"quantity": 1.0, "date": 0.85, "quote": 0.9, "statement": 0.8, "entity": 0.7}
_POINT_QUALIFIERS = frozenset({"exact", "approx"})
# Counts that only grow while a story unfolds (event families of data/concepts.tsv): the dead,
# injured, taken ill, rescued, evacuated and detained are counted again as rescuers and
# officials reach more of them, so a later report's higher figure updates an earlier one.
TOLL_FAMILIES = frozenset({"death", "injury", "illness", "rescue", "evacuation", "arrest"})
# Measures that also mount as time passes when told since a point in time: a change ("shares
# have fallen 6 per cent since the ship turned back" five days after "fell 4.1 per cent in early
# trading") and a loss ("damage has reached £2m"). Counted so far in a later report, a larger
# figure updates an earlier one as a toll does. On the 24 gold sets this changes one finding, a
# trap (the share fall); no true conflict is lost.
MOUNTING_FAMILIES = TOLL_FAMILIES | {"rise", "fall", "damage"}
# A toll told as a count so far: a present perfect next to the figure ("46 people have been
# rescued", "rescuers have pulled 41 people alive") or a "so_far" cue of data/cues.tsv ("as
# of", "rose to"). A toll in the simple past ("nine were rushed to hospital") narrates the
# event itself, so a later report's different figure for it disputes it.
_PERFECT_AUX = (
    # (not an infinitive's "to have": "is thought to have fractured a leg" tells no count so far)
    r"(?<!\bto\s)\b(?:has|have)\s+(?:now\s+|so\s+far\s+|since\s+|already\s+)?(?:been\s+)?"
)
_PERFECT = re.compile(_PERFECT_AUX + r"[a-z]+(?:ed|en|wn)\b", re.IGNORECASE)
# Characters searched before and after a figure for these cues:
SO_FAR_BEFORE, SO_FAR_AFTER = 40, 60
# The auxiliary and the word after it, for the irregular participles a total is told with
# ("has cost", "have spent": text.past_base), read only where a total shrinks
# (_total_shrank): as counts so far beside _PERFECT they turned two disputed costs into
# updates.
_PERFECT_ANY = re.compile(_PERFECT_AUX + r"([a-z]+)\b", re.IGNORECASE)
# A dash, a semicolon or a comma before a joining word ends the words read beside a figure:
# what follows is another clause ("has cost €3m — and locals have chipped in", "leave was
# halved, and most firms have kept the scheme": the perfect tells nothing of the figure).
_CLAUSE_BREAK = re.compile(r"[;—–]|\s-\s|,\s+(?:and|but|while|whereas)\s")
# Two figures a third article gives side by side as two of its own are two measures when they
# are at least this far apart (see _third_gives_both); reports of one measure that disagree
# rarely do so by a factor of two (align.LEAD_MAX_RATIO is 1.7), while nearer values given by a
# third article may be the very dispute it reports ("the union says 25, the company 22"). On the
# 24 gold sets this changes one finding, a trap (a van's weight against a tram's); without the
# ratio (and the same counted noun) it also lost five true conflicts.
THIRD_BOTH_RATIO = 2.0
# Speakers that can be told apart: a quote given to two different named people is a conflict;
# "the ministry" vs "a spokeswoman" is only a difference in how precisely it is attributed.
_NAMED = frozenset({"named_official", "named_person"})


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding before ranking gives it an id."""

    kind: FindingKind
    topic: str
    dimension: str | None
    explanation: str
    members: tuple[Mention, ...]
    score: float
    missing_in: tuple[int, ...] = ()


def judge(index: StoryIndex, groups: Sequence[Alignment]) -> list[Draft]:
    """A finding for every aligned group that says something about the story."""
    out: list[Draft] = []
    for g in groups:
        d: Draft | None
        if g.kind == "quantity":
            d = _judge_quantity(index, g)
        elif g.kind == "date":
            d = _judge_date(index, g)
        elif g.kind == "quote":
            d = _judge_quote(index, g)
        elif g.kind == "statement":
            d = _judge_statement(index, g)
        elif g.kind == "entity":
            d = _judge_entity(index, g)
        else:
            d = None
        if d is not None:
            out.append(d)
    return out


def pair_score(g: Alignment, a: int, b: int, within: frozenset[int] | None = None) -> float:
    """How strongly two members of a group are aligned: the weakest edge on the path that
    joined them (the group's own score when the path is unknown). A conflict between two
    members rests on that path, not on the weakest edge elsewhere in the group. With
    ``within``, only paths through those members count (0.0 when none joins the two): two
    figures joined only through a third set aside are not aligned by it."""
    links: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for x, y, sc in g.edges:
        if within is not None and not {x, y} <= within:
            continue
        links[x].append((y, sc))
        links[y].append((x, sc))
    best: dict[int, float] = {a: math.inf}
    todo = [a]
    while todo:
        x = todo.pop()
        for y, sc in links[x]:
            if y not in best:
                best[y] = min(best[x], sc)
                todo.append(y)
    found = best.get(b)
    if found is None and within is not None and g.edges:
        return 0.0
    return g.score if found is None or math.isinf(found) else found


def _say(index: StoryIndex, m: Mention) -> str:
    text = " ".join(m.text.split())
    if len(text) > 60:
        text = text[:57] + "…"
    value = ex.mention_value(m)
    if m.parts:
        parts = [p for p in index.mentions if p.uid in m.parts]
        value = " + ".join(ex.mention_value(p) for p in parts) + f" = {value}"
    return f"{ex.label(index, m.article)} says “{text}” ({value})"


def _others(index: StoryIndex, members: Sequence[Mention], a: Mention, b: Mention) -> str:
    """What the other members of a conflict say, each beside the side it takes ("; C sides
    with A (“910 m”)"), so a reader sees who agrees with whom."""
    out = []
    for m in members:
        if m is a or m is b:
            continue
        text = " ".join(m.text.split())
        with_a, with_b = consistent(m, a), consistent(m, b)
        if with_a and with_b and written_alike(a, b):
            with_a, with_b = written_fits(m, a), written_fits(m, b)
        if with_a != with_b:
            like = ex.label(index, (a if with_a else b).article)
            out.append(f"{ex.label(index, m.article)} sides with {like} (“{text}”)")
        elif with_a:
            out.append(f"{ex.label(index, m.article)} says “{text}”, which fits both")
        elif any(_counted_again(index, x, m) for x in (a, b)
                 if (x.value or 0.0) < (m.value or 0.0)):
            # "23 people have been arrested to date" four days after 14 and 41: a later count
            # so far, which updates the smaller side and falls short of the larger
            out.append(_say(index, m) + ", counted so far in a later report")
        else:
            out.append(_say(index, m))
    return "".join("; " + o for o in out)


def _conflict_pair(members: Sequence[Mention]) -> tuple[Mention, Mention, float] | None:
    """The two members whose intervals are furthest apart, with the relative gap, if disjoint."""
    peaks = all(m.peak for m in members)
    hi_m = min(members, key=lambda m: (bounds(m, peaks)[1], m.article))
    lo_m = max(members, key=lambda m: (bounds(m, peaks)[0], -m.article))
    if lo_m is not hi_m and not consistent(lo_m, hi_m):
        return _apart(hi_m, lo_m, peaks)
    # figures written alike are compared to their written precision, and two highest values
    # ("up to 40C" / "up to 52C") as the peaks they are, though a third member is no peak
    # ("heats up to a scorching 104F"): the furthest apart pair that cannot both be true
    # and two nights by their hours ("before dawn on Tuesday" / "overnight from Tuesday into
    # Wednesday"); and two figures told in one scale ("minus 23.8C" / "minus 24.4C") that a
    # third told in another ("minus 10F") meets only by the slack of converting between
    # scales. (Local times beside a universal one are compared by _local_clash.)
    zones = mixed_zones(m.key for m in members)
    pairs = [p for i, m in enumerate(members) for n in members[i + 1:]
             if m.article != n.article
             and (read_to_digits(m, n) or (m.peak and n.peak) or both_nights(m, n)
                  or (not zones and not consistent(m, n)))
             and (p := _apart(m, n, peaks or (m.peak and n.peak))) is not None]
    return max(pairs, key=lambda p: p[2]) if pairs else None


def _apart(m: Mention, n: Mention, peaks: bool) -> tuple[Mention, Mention, float] | None:
    """``m`` and ``n`` with the smaller first and the relative gap between their intervals,
    if the intervals are disjoint."""
    bm, bn = pair_bounds(m, n, peaks)
    (a, ba), (b, bb) = ((m, bm), (n, bn)) if bm[1] < bn[0] else ((n, bn), (m, bm))
    lo, hi = bb[0], ba[1]
    if lo <= hi:
        return None
    return a, b, min(1.0, (lo - hi) / max(abs(lo), abs(hi), 1e-9))


def _local_clash(
    index: StoryIndex, members: Sequence[Mention]
) -> tuple[Mention, Mention, float] | None:
    """Two local times of day that cannot both be true, in a group where a time told in
    universal time fits each under a different offset ("22:50" / "21:50" beside "20:50 GMT":
    the local clock is not two hours and one hour ahead at once). Not a time with a zone named
    after it ("10.30am British time" is another clock): the furthest apart pair, smaller
    first, with its gap."""
    if not mixed_zones(m.key for m in members):
        return None
    local = [m for m in members if m.key == CLOCK_KEY
             and not clock.other_zone(index.articles[m.article].facts.article.text, m.span[1])]
    pairs = [p for i, m in enumerate(local) for n in local[i + 1:]
             if m.article != n.article and (p := _apart(m, n, False)) is not None]
    return max(pairs, key=lambda p: p[2]) if pairs else None


def _disjoint_pairs(members: Sequence[Mention]) -> list[tuple[Mention, Mention, float]]:
    """Every two members of different articles that cannot both be true, the smaller first,
    with their relative gap; the furthest apart first (the pair _conflict_pair names)."""
    pair = _conflict_pair(members)
    if pair is None:
        return []
    peaks = all(m.peak for m in members)
    out = [pair]
    for i, m in enumerate(members):
        for n in members[i + 1:]:
            if m.article == n.article or consistent(m, n) or {m.uid, n.uid} == {
                pair[0].uid, pair[1].uid
            }:
                continue
            apart = _apart(m, n, peaks)
            if apart is not None:
                out.append(apart)
    return out[:1] + sorted(out[1:], key=lambda p: -p[2])


def _repeats(index: StoryIndex, kept: Sequence[Mention]) -> tuple[Mention, ...]:
    """Other figures of the members' articles that say the same thing again ("a dozen ferries"
    ... "Twelve ferries will be sold"): the same value of the same measure, counting the same
    kind of thing. They join the evidence so a reader sees each place an outlet says it."""
    uids = {m.uid for m in kept}
    out: list[Mention] = []
    for x in kept:
        specific = specific_nouns(x.counted)
        out.extend(
            r for r in keyed(index, x.article, x.key)
            if r.uid not in uids and r.kind == "quantity" and not r.parts
            and (r.low, r.high) == (x.low, x.high) and specific_nouns(r.counted) & specific
        )
    return tuple(out)


def _not_a_conflict(index: StoryIndex, a: Mention, b: Mention) -> str | None:
    """Why two disjoint figures of one aligned group need not contradict each other, if they
    need not: ``a`` is the smaller one."""
    if transposed(a, b):
        return None  # "1,347" / "1,374": the same digits swapped, a slip, whatever the days
    if unit_slip(a, b):
        return None  # "240 square kilometres" / "240 square miles": a unit slip, not an update
    if _complements(index, a, b):
        return "the two shares add up to 100 per cent: one counts what the other leaves out"
    wa, wb = _days(index, a), _days(index, b)
    if wa and wb and (wa[1] < wb[0] or wb[1] < wa[0]) and not _forecast(index, a, b) and not (
        # a length of time told as a size before its noun ("a five-year deal") names the term
        # of what was agreed, not a reading taken again and again; lengths only: a weight
        # before its noun ("a 40-tonne load") may change between two days (part taken off)
        a.key.startswith(TIME_KEY) and compound_measure(a.text) and compound_measure(b.text)
    ) and not (
        a.key.startswith(CLOCK_KEY) and timing.overnight(a, b)
    ) and not _of_one_dated_event(index, a, b) and not _age_outgrows(a, b, wa, wb) and not (
        _total_shrank(index, a, b, wa, wb)
    ):
        # each clause dates its figure, to different days ("8 percent contained on Tuesday",
        # "22 percent on Wednesday"), or one figure is dated after the other's article was
        # published: a measure that changes over time was updated
        return "figures given for different days, an update rather than a contradiction"
    spread = _rate_over_period(index, a, b)
    if spread:
        return spread
    grew = _counted_again(index, a, b)
    if grew:
        return f"{grew}, an update rather than a contradiction"
    if _counts_earlier_time(index, a, b):
        # "impounded 640 bikes in March" against "had impounded 910 this year by the end of
        # April"
        return ("the larger figure is a running total up to a day, and the smaller one counts "
                "a time before that day")
    if (_LOWERED_TO.search(_around(index, a)[0]) and _read_by(index, a) >= _read_by(index, b)) or (
        _RAISED_TO.search(_around(index, b)[0]) and _read_by(index, b) >= _read_by(index, a)
    ):
        # "bringing the backlog down to 640": the level after a change, and the other figure,
        # read no later, the level before it
        return "one figure is the level after a change, the other the level before it"
    if (_REMAIN.match(_around(index, a)[1]) and not _REMAIN.match(_around(index, b)[1])
            and _read_by(index, a) >= _read_by(index, b)):
        # "12 boats remain in the harbour" against "13 were moored there": what is left of a count
        # that some have since left, and the count before, read no later
        return "the smaller figure is what remains, the other the count before some left it"
    if a.value is not None and b.value == a.value + 1 and _OTHERS.search(
        a.text + " " + _around(index, a)[1]
    ):
        # "the zoo's two other wolves" besides the one the story is about: three
        return "the smaller figure counts the others besides the one the story is about"
    if any(_changed_since(index, o) for x in (a, b) for o in _same_figure(index, x)):
        # "1,240 had waited over a year, a figure the board says has since fallen"
        return "one figure is said to have changed since, an update rather than a contradiction"
    if a.key.startswith(AGE_KEY) and all(_bracket(x) for x in (a, b)):
        # "aged 15 to 64" against "65 and over": two age groups, not one person's age
        return "two age groups, not one person's age"
    if a.key.split("|")[1] in ADDITIVE_DIMENSIONS and _by_hour(index, a) and not _by_hour(
        index, b
    ):
        # "by noon, 41,000 cars had entered the zone" against "62,000 on its first day": a
        # running total part of the way through a day, and a count over more of it
        return ("the smaller figure is a running total up to an hour of the day, the other "
                "covers more of it")
    if b.peak and not a.peak and HIGHEST not in a.modifiers:
        # "carries fines of up to £40,000" against "fined £6,000": a ceiling, and a figure under it
        # that is not itself said to be the highest
        return "the larger figure is a ceiling, and the smaller one stays under it"
    both = _gives_both(index, a, b) or _gives_both(index, b, a)
    if both:
        return f"{both} gives both figures in one sentence: they measure different things"
    third = _third_gives_both(index, a, b)
    if third:
        return f"{third} gives both figures: they measure different things"
    if a.key.split("|")[1] in PART_DIMENSIONS and a.value is not None:
        parts = _parts_adding_up(index, a, b)
        if parts:
            return f"{parts} add up to the larger figure: a part, not a contradiction"
        if counts_a_part(index, a, b):
            return "the smaller figure counts part of a larger group"
    return None


def _complements(index: StoryIndex, a: Mention, b: Mention) -> bool:
    """Whether two shares are the two parts of one whole: they add up to a hundred per cent
    (each within the rounding of its last digit), and only one is told with a complement cue
    (data/cues.tsv: "42 per cent of the rooms stayed vacant" against an occupancy
    rate of 58 per cent)."""
    if a.key != PERCENT_KEY or b.key != PERCENT_KEY:
        return False  # (percentage points are changes, never parts of a whole)
    if a.low is None or a.high is None or b.low is None or b.high is None:
        return False
    slack = half_last_digit(a, 1.0) + half_last_digit(b, 1.0)
    if not a.low + b.low - slack <= 100.0 <= a.high + b.high + slack:
        return False
    cue = tx.cue_pattern("complement")
    return bool(cue.search(_near(index, a).lower())) != bool(cue.search(_near(index, b).lower()))


# Periods a rate may be given per that the unit lexicon does not name itself, as a number of
# one it does ("per annum" is per year, "per quarter" per three months).
PERIOD_ALIASES = {"annum": ("year", 1.0), "quarter": ("month", 3.0)}
# How closely a rate times a length of time must come to a total to be that total.
SPREAD_REL = 0.05


def _period_seconds(per: str) -> float | None:
    """The length in seconds of the period a rate is given per ("year", "week"), through the
    unit lexicon and pint as figures of time are; None when it is no period of time."""
    name, times = PERIOD_ALIASES.get(per, (per, 1.0))
    si = to_si(name, times)
    return si[0] if si is not None and si[1] == "second" else None


def _rate_over_period(index: StoryIndex, a: Mention, b: Mention) -> str | None:
    """Why a figure per period and a plain figure agree, when the rate times a length of time
    given beside either of them is the plain figure: "a £60 million fund paid out over five
    years" and "£12 million a year for five years" are one sum told two ways."""
    for rate, total in ((a, b), (b, a)):
        unit, per = rate_parts(rate.unit)
        if not per and not unit.startswith("per "):
            # "45 tonnes of grain a day": the period told after the thing measured
            per = period_of_thing(index, rate) or ""
        period = _period_seconds(per) if per and total.unit == unit else None
        if period is None or rate.value is None or total.value is None:
            continue
        lasting = {v for x in (rate, total)
                   for k, v in index.figures.get((x.article, x.sentence), frozenset())
                   if k.startswith(TIME_KEY)}
        for seconds in sorted(lasting):
            if abs(rate.value * seconds / period - total.value) <= SPREAD_REL * abs(total.value):
                times = round(seconds / period, 1)
                span = f"{times:g} {per}" + ("s of it add" if times != 1 else " of it adds")
                return (f"one is given per {per}, and {span} up to the other: the same amount "
                        "told as a rate and as a total")
    return None


def _bracket(m: Mention) -> bool:
    """Whether an age is told as a range or an open bound ("15 to 64", "65 and over")."""
    return m.qualifier in ("range", "at_least", "at_most") or (
        m.low is not None and m.high is not None and m.low != m.high and m.qualifier != "approx"
    )


def _gives_both(index: StoryIndex, a: Mention, b: Mention) -> str | None:
    """The outlet of ``a`` when ``a``'s own sentence also gives a figure of the same measure
    that agrees with ``b`` ("knocked down for £3.2m, or £3.94m with premium" against "sold for
    £3.94 million"): one article stating both figures side by side does not dispute either."""
    # (not the group ``a`` is a part of when ``b`` counts that whole group: "five of the six"
    # against "all six" is one count told two ways)
    everyone = b.whole is not None and b.whole == b.value
    # (nor a count of other things: "the society's 300 branches" beside "700 jobs" is no
    # second count of jobs)
    # (a vague figure beside ``a`` that fits both, "41 treated for burns and scores more for
    # sunstroke", tells nothing apart)
    if any(not m.parts and consistent(m, b) and not consistent(m, a)
           and not (everyone and m.value == a.whole) and same_counted(m.counted, a.counted)
           for m in beside(index, a)):
        return index.articles[a.article].facts.article.outlet or "one article"
    return None


def _third_gives_both(index: StoryIndex, a: Mention, b: Mention) -> str | None:
    """The outlet of a third article that gives, as two figures of its own, one that agrees
    with ``a`` and one that agrees with ``b`` (each counting what that figure counts), when the
    two are at least THIRD_BOTH_RATIO apart: "the 3.5-tonne van" and "the 40-tonne tram",
    aligned as the only weights of their articles, are "the 7,700lb van" and "the 88,000lb
    tram" of a third. An article that states both values does not take sides, it tells two
    measures apart."""
    if not a.value or (b.value or 0.0) < THIRD_BOTH_RATIO * a.value:
        return None
    sides: dict[int, set[str]] = defaultdict(set)
    for m in index.mentions:
        if m.key != a.key or m.parts or m.article in (a.article, b.article):
            continue
        if consistent(m, a) and not consistent(m, b) and m.counted == a.counted:
            sides[m.article].add("a")
        elif consistent(m, b) and not consistent(m, a) and m.counted == b.counted:
            sides[m.article].add("b")
    both = sorted(c for c, s in sides.items() if len(s) == 2)
    return (index.articles[both[0]].facts.article.outlet or "another article") if both else None


# Dimensions whose figures may be parts of another report's figure: the additive ones, and
# percentages told in steps ("2% this year, 3% next year and 4% in 2029" against "9% more in
# all"; compounding makes the sum a close, not an exact, match).
PART_DIMENSIONS = ADDITIVE_DIMENSIONS | {"percent"}
AGAIN = "counted again in a later report"
# "two other wolves", "the three others": a count of the rest of a group besides one.
_OTHERS = re.compile(r"^\S+\s+others?\b", re.I)
# A figure right after one of these is the level reached by a fall ("down to 6.5 per cent",
# "cut to 40") or a rise ("risen to 52").
_LOWERED_TO = re.compile(
    r"\b(?:down|fallen|fell|dropped|cut|reduced|lowered|slashed|shrunk|shrank)\s+to\s+$", re.I)
_RAISED_TO = re.compile(
    r"\b(?:risen|rose|increased|climbed|grown|grew|raised|jumped|soared)\s+to\s+$", re.I)
# A count followed by what is left of it ("30 remain on the list", "12 are still missing").
_REMAIN = re.compile(r"\s*(?:\w+\s+)?(?:remain|remained|remains|(?:are|were|is)\s+still)\b", re.I)
# "has since fallen", "have since been revised": the figure before it was an earlier reading.
_SINCE_CHANGED = re.compile(
    r"\b(?:has|have|had)\s+since\s+(?:been\s+)?(?:fallen|risen|dropped|grown|climbed|"
    r"increased|decreased|changed|doubled|halved|revised|updated|corrected)\b", re.I)
_BY = re.compile(r"\bby\s+", re.I)


def _counted_again(index: StoryIndex, a: Mention, b: Mention) -> str | None:
    """What grew, when the larger figure ``b`` is a toll or another mounting measure
    (MOUNTING_FAMILIES, named in both clauses or counted nouns) counted so far (_PERFECT, or
    a so_far cue) in an article published on a later day than ``a``'s, and not dated by its
    own clause to a day before ``a``'s article came out (the same day may be later): "at least
    nine dead" on Friday and "23 people have been confirmed dead" on Monday; but "nine were
    rushed to hospital" on Sunday still disputes Saturday's five. Any smaller count that its
    own, earlier article calls a count so far (a so_far cue near ``a``) is overtaken the same
    way, whatever it counts, and so is a count up to an earlier day (_cutoff) by a count so
    far. What grew and how ("a toll counted again in a later report"), else None."""
    if a.key.startswith(AGE_KEY):
        return None  # an age is nobody's toll ("died at the age of 107")
    cut = _cutoff(index, a)
    pa = cut if cut is not None else iso_ordinal(index.articles[a.article].facts.article.published)
    pb = iso_ordinal(index.articles[b.article].facts.article.published)
    if pa is None or pb is None or pb <= pa or not a.value:
        return None
    if b.when and (b.when[1] < pa or (cut is not None and b.when[1] <= cut)):
        return None  # (two counts up to the same day: "by Sunday evening" in both)
    # the counted noun may name the event itself ("24 cases have been confirmed")
    families = set(timing.event_families(a, b, counted=True))
    if not families & MOUNTING_FAMILIES:
        # any count the earlier article itself calls a count so far ("So far 1,200 sandbags
        # have been filled") is overtaken by a later report's larger total
        # ("the helpline has received 150 calls" and, days later, "it has now received 320")
        # and so is a count up to an earlier day ("by the end of May") by a later count so
        # far ("the tally is 180 to date"), not by a later account of a past day
        now = bool(_PERFECT.search(_near(index, b))) or _so_far_cue(index, b)
        # ... and so is a count up to a day by a count over days that run past it ("2,700
        # call-outs by Thursday evening" / "5,200 between Thursday and Sunday")
        longer = b.when is not None and b.when[0] <= pa < b.when[1] and (
            _counted_up_to(index, a) is not None)
        # ... and a count so far ("buyers have already bought 97") by a later count up to a
        # day not before it was told ("111 had been sold by Friday")
        perfect = bool(_PERFECT.search(_near(index, a)))
        so_far = (cut is not None and now) or longer or _so_far_cue(index, a) or (
            perfect and (_so_far_cue(index, b) or _counted_up_to(index, b) is not None)
        ) or _tallied_later(index, a, b)
        if not so_far:
            return None
        if cut is not None:
            return "a running figure counted up to an earlier day and again later"
        return f"a running figure {AGAIN}"
    if not (_PERFECT.search(_near(index, b)) or _so_far_cue(index, b)):
        return None
    return f"{'a toll' if families & TOLL_FAMILIES else 'a running figure'} {AGAIN}"


def _counts_earlier_time(index: StoryIndex, a: Mention, b: Mention) -> bool:
    """Whether the larger count ``b`` runs up to a past day (_cutoff: "had impounded 910 bikes
    this year by the end of April") and the smaller ``a`` is dated by its clause to a time that
    ends by that day ("impounded 640 in March"): the running total takes in what ``a`` counts.
    (Two counts up to the same day, "by Sunday evening" in both, are two totals of one time.)"""
    if a.key.split("|")[1] not in ADDITIVE_DIMENSIONS or not a.when or (
            _counted_up_to(index, a) is not None):
        return False
    t = _counted_up_to(index, b)
    end = _past_end(index, b, t)
    start = iso_ordinal(t.start) if t is not None else None
    # (a's time must begin before the total's day: "on Monday" against "by Monday afternoon"
    # may be one reading of one thing)
    return start is not None and end is not None and a.when[0] < start and a.when[1] <= end


def _by_hour(index: StoryIndex, m: Mention) -> bool:
    """Whether "by" and a time of day stand beside a figure in its clause ("by noon, 41,000 cars
    had entered", "by 10am"): a count up to that hour (the times as clock.py reads them)."""
    near = _near(index, m)
    return any(clock.time_at(near, by.end()) for by in _BY.finditer(near))


def _tallied_later(index: StoryIndex, a: Mention, b: Mention) -> bool:
    """Whether both figures are counts up to a time ("watched 40,000 times by Friday
    afternoon", "by last night") and ``b``'s time comes after ``a``'s: a later day, or a
    later part of the same day. The larger count at the later time is the tally run on."""
    ta, tb = _counted_up_to(index, a), _counted_up_to(index, b)
    if ta is None or tb is None:
        return False
    da, db = iso_ordinal(ta.start), iso_ordinal(tb.start)
    if da is None or db is None:
        return False
    if db != da:
        return db > da
    pa = day_part(index.articles[a.article].facts.article.text, ta.span)
    pb = day_part(index.articles[b.article].facts.article.text, tb.span)
    return pa is not None and pb is not None and pb[1][0] >= pa[1][1]


def _counted_up_to(index: StoryIndex, m: Mention) -> TimeRef | None:
    """The date of ``m``'s clause that "by" stands right before ("by Thursday evening",
    "had sold 900 this spring by the end of April"): the day a count runs up to."""
    a = index.articles[m.article]
    return next((t for t in clause_timerefs(a, m.span)
                 if by_before(a.facts.article.text, t.span[0])), None)


def _cutoff(index: StoryIndex, m: Mention) -> float | None:
    """The last day a figure counts up to, when its clause dates it with "by" to a day before
    its article came out ("150 burglaries by the end of May", told in July): a count
    so far on that day, which a larger count on a later day overtakes. None otherwise."""
    return _past_end(index, m, _counted_up_to(index, m))


def _past_end(index: StoryIndex, m: Mention, t: TimeRef | None) -> float | None:
    """The last day of ``t``, a date of ``m``'s clause, when it ends before ``m``'s article came
    out; else None."""
    if t is None:
        return None
    a = index.articles[m.article]
    end = iso_ordinal(t.end or t.start, end=True)
    published = iso_ordinal(a.facts.article.published)
    return end if end is not None and published is not None and end < published else None


def _read_by(index: StoryIndex, m: Mention) -> float:
    """The last day a figure was read on (see _days; -inf when not known)."""
    days = _days(index, m)
    return days[1] if days is not None else -math.inf


def _around(index: StoryIndex, m: Mention) -> tuple[str, str]:
    """The words of ``m``'s clause just before and after it (frames.around)."""
    return around(index.articles[m.article], m.span)


def _same_figure(index: StoryIndex, m: Mention) -> list[Mention]:
    """``m`` and every other mention of the same measure and value in the story (one figure
    told by several reports)."""
    return [m, *(o for ai in range(len(index.articles)) for o in keyed(index, ai, m.key)
                 if o.kind == "quantity" and o.uid != m.uid and not o.parts
                 and o.value == m.value)]


def _changed_since(index: StoryIndex, m: Mention) -> bool:
    """Whether the words after a figure in its sentence say it has changed since ("a figure the
    board says has since fallen", "which has since been revised"): an earlier reading."""
    a = index.articles[m.article]
    end = a.sentences[m.sentence][1]
    return bool(_SINCE_CHANGED.search(a.facts.article.text[m.span[1] : end]))


def _near(index: StoryIndex, m: Mention) -> str:
    """The words of ``m``'s sentence just before and after it (SO_FAR_BEFORE, SO_FAR_AFTER),
    as far as its clause goes (_CLAUSE_BREAK)."""
    text = index.articles[m.article].facts.article.text
    s, e = index.articles[m.article].sentences[m.sentence]
    before = _CLAUSE_BREAK.split(text[max(s, m.span[0] - SO_FAR_BEFORE) : m.span[0]])[-1]
    after = _CLAUSE_BREAK.split(text[m.span[1] : min(e, m.span[1] + SO_FAR_AFTER)])[0]
    return before + text[m.span[0] : m.span[1]] + after


def _so_far_cue(index: StoryIndex, m: Mention) -> bool:
    """Whether a so_far cue of data/cues.tsv ("so far", "to date", "as of") is near ``m``."""
    return bool(tx.cue_pattern("so_far").search(_near(index, m).lower()))


def _forecast(index: StoryIndex, a: Mention, b: Mention) -> bool:
    """Whether one figure is undated and the other dated to a period that starts after its own
    article was published ("a deficit of £3.9 million in 2030-31" told in 2029): a figure for
    a period to come is a forecast of it, not a later reading of a measure that changes, and the
    undated figure, when it is the same kind of figure (not a yearly rate against a sum), may
    well be of the same period."""
    if a.unit != b.unit:
        return False
    for m, n in ((a, b), (b, a)):
        published = iso_ordinal(index.articles[m.article].facts.article.published)
        if n.when is None and m.when is not None and published is not None and (
            m.when[0] > published
        ) and not _outgrown(index, m, n):
            return True
    return False


# A figure a measure is to grow to ("expects the fleet to reach 900 buses by 2045"),
# and words that tell a figure of the future ("will be handling", "could carry")
_GROWS_TO = re.compile(r"\b(?:reach(?:es|ing)?|(?:grow|grows|rise|rises|climb|climbs|increase|"
                       r"increases)\s+to)\b", re.I)
# (the modal verbs less "can", "should" and "must", which tell of today as well: "can carry")
_FUTURE_TOLD = re.compile(
    r"\b(?:" + "|".join(sorted(tx.MODAL_VERBS - {"can", "should", "must"}))
    + r"|expected|expects|forecasts?|projected|predicted|set\s+to|once)\b|'ll\b", re.I)


def _outgrown(index: StoryIndex, future: Mention, undated: Mention) -> bool:
    """Whether a dated figure is the level a measure is to grow to by a day to come, and the
    undated one is told as the level of today (its clause tells no future): "runs 640 buses" is
    today's fleet, not a forecast for that day."""
    return bool(_GROWS_TO.search(clause_before(index.articles[future.article], future.span))) and (
        not _FUTURE_TOLD.search(clause_before(index.articles[undated.article], undated.span))
    )


def _age_outgrows(
    a: Mention, b: Mention, wa: tuple[float, float], wb: tuple[float, float]
) -> bool:
    """Whether the larger age ``b`` exceeds the smaller ``a`` by more than the time between
    their days allows (one year of age a year, and one for a birthday in between): "aged 81"
    on 14 February 2040 against "aged 83" in 2039 is no update but a contradiction."""
    if not a.key.startswith(AGE_KEY) or a.high is None or b.low is None:
        return False
    elapsed = (wb[1] - wa[0]) / YEAR_DAYS
    return (b.low - a.high) / SECONDS_PER_YEAR > max(elapsed, 0.0) + 1


def _total_shrank(
    index: StoryIndex, a: Mention, b: Mention, wa: tuple[float, float], wb: tuple[float, float]
) -> bool:
    """Whether the smaller figure ``a`` is a total so far told for a later day than the larger
    ``b``, itself a total so far ("has cost €3m" on Monday, "has cost €2.2m so far" on
    Friday), neither the level after a change: a total run up over time does not shrink, so
    the two contradict each other."""
    if not wa[0] > wb[1]:
        return False
    return all(
        (_perfect_total(_near(index, m)) or _so_far_cue(index, m))
        # (a level reached, "has now climbed to 11", may lie below an earlier total)
        and not _LOWERED_TO.search(_around(index, m)[0])
        and not _RAISED_TO.search(_around(index, m)[0])
        for m in (a, b)
    )


def _perfect_total(text: str) -> bool:
    """Whether ``text`` holds a present perfect: _PERFECT, or "has"/"have" before an irregular
    participle ("has cost", "have spent", as text.past_base reads the past forms)."""
    return _PERFECT.search(text) is not None or any(
        tx.past_base(p.group(1).lower()) is not None for p in _PERFECT_ANY.finditer(text)
    )


def _days(index: StoryIndex, m: Mention) -> tuple[float, float] | None:
    """The days a figure was true on: its clause's date, or else any day up to its article's
    publication (a figure reported on Saturday was not Sunday night's). A figure set from a
    day still to come ("From Thursday, buyers may take two boxes") holds from that day on,
    whatever was true before: no days are given for it (None), and no other figure is read as
    an update of it for being told of another day."""
    if m.when:
        return m.when
    published = iso_ordinal(index.articles[m.article].facts.article.published)
    if published is None or m.from_ahead:
        return None
    return (-math.inf, published)


# How far before the later of two figures an "included" cue makes it a part of the other.
INCLUDED_CHARS = 30


def _parts_adding_up(index: StoryIndex, a: Mention, b: Mention) -> str | None:
    """The figures of ``a``'s sentence (``a`` among them) whose sum falls in ``b``'s interval.

    Two or three figures of one article adding up to another article's figure exactly (within
    its rounding) are very unlikely by chance: "1,040 runners in the morning wave and 780 in
    the afternoon" against "1,820 runners" is one count split in parts, not a disagreement.
    A count of persons and a count of things are never parts of one total: "64 guests in 12
    chalets" are not 76 of anything (the kinds of one or the other may differ: "38 fitters and
    eight clerks" are 46 staff, "900 bikes and 300 e-bikes" a fleet of 1,200).
    """
    lo, hi = bounds(b)
    for total, combo, more in _sums(index, a):
        if lo <= total <= hi:
            return " + ".join(
                [ex.mention_value(m) for m in (a, *combo)] + ([f"{more:g}"] if more else []))
    return None


# What lists figures as parts between them: a conjunction, "plus", "with", or punctuation.
_LISTED = re.compile(r"\band\b|\bplus\b|\bwith\b|\bwhile\b|\bbut\b|[,;:(]")


def _other_kinds(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two counts name different kinds of thing: each names a specific noun and they
    share none (nor is one a kind of the other, "bikes" / "e-bikes")."""
    sa, sb = specific_nouns(a), specific_nouns(b)
    if not sa or not sb or sa & sb:
        return False
    return not any(x.endswith(y) or y.endswith(x) for x in sa for y in sb)


def _sums(index: StoryIndex, a: Mention) -> Iterator[tuple[float, tuple[Mention, ...], float]]:
    """Each total ``a`` makes with other figures beside it (see _parts_adding_up): the total,
    the other figures and how many more of its thing its words add."""
    # (a sum's own parts are in it already: "800 fitters and 300 joiners" and "300 joiners"
    # are not 1,400 of anything)
    others = [m for m in beside(index, a) if not m.parts and m.value is not None
              and m.uid not in a.parts and not persons_and_things(a.counted, m.counted)]
    if a.key.split("|")[1] == "length":
        # (the extents of one thing, "18 metres long and 5 metres high", are no parts of a
        # length: only figures of the same extent, or of none said, may add up)
        own = aspects(index, a)
        others = [m for m in others if not own or aspects(index, m) in (own, frozenset())]
    text = index.articles[a.article].facts.article.text
    # (counts of two kinds told with nothing that lists them, "took the cup by three lengths
    # ahead of nine rival runners", are no parts of one total)
    others = [m for m in others if not _other_kinds(a.counted, m.counted) or _LISTED.search(
        text[min(a.span[1], m.span[1]) : max(a.span[0], m.span[0])])]
    included = tx.cue_pattern("included")
    # (a cue just before the later figure: "..., including 780 ...", not one that lists what
    # the first figure holds before a clause goes on to the other: "22 staff, including vets,
    # worked alongside 14 officers")
    others = [m for m in others if not included.search(
        text[min(a.span[1], m.span[1]) : max(a.span[0], m.span[0])][-INCLUDED_CHARS:].lower())]
    more = more_after(index, a)
    if a.value is not None and more:
        # "two acute hospitals and a community hospital" against "three hospitals"
        yield a.value + more, (), more
    for k in range(1, min(MAX_PARTS, len(others)) + 1):
        for combo in itertools.combinations(others, k):
            yield (a.value or 0.0) + sum(m.value or 0.0 for m in combo), combo, 0.0


def _measures(index: StoryIndex, members: Sequence[Mention]) -> list[Sequence[Mention]]:
    """The members to compare, as one measure: when some members are parts of another
    member's figure ("a €4.5 million loan and €2 million from donors" beside "€6.5 million"),
    the group mixes parts and totals. Then first the members less the parts, where the
    conflict is between totals ("€6.5 million" / "€8 million"), and then the members less the
    totals, where it is between parts ("a fine of €40,000 and €10,000 in costs" beside "€50,000
    in all" and "a €70,000 fine"), each when its members still disagree. Otherwise the members
    as they are (the same sequence)."""
    parts, totals = set(), set()
    spans = [(n, *bounds(n)) for n in members]
    for m in members:
        sums = [total for total, _, _ in _sums(index, m)]
        for n, lo, hi in spans:
            if n.article != m.article and any(lo <= t <= hi for t in sums) and not consistent(m, n):
                parts.add(m.uid)
                totals.add(n.uid)
    # (another report's figure equal to a part may be that part: "1,200 people" beside "1,200
    # inside and another 800 outside" against "2,000 fans"; one equal to a total, that total)
    out: list[Sequence[Mention]] = []
    for gone in (parts, totals):
        kept = [m for m in members if m.uid not in gone
                and not any(consistent(m, p) for p in members if p.uid in gone)]
        if gone and _conflict_pair(kept) is not None:
            out.append(kept)
    return out or [members]


def _importance(kind: str, confidence: float, strength: float, n: int) -> float:
    base = SALIENCE.get(kind, 0.5) * (0.5 + 0.5 * min(1.0, confidence))
    return round(base * (0.6 + 0.4 * strength) * (1.0 + 0.05 * min(n - 2, 6)), 4)


def _judge_pairs(
    index: StoryIndex,
    g: Alignment,
    topic: str,
    whole: Sequence[Mention],
    clash: tuple[Mention, Mention, float] | None,
    within: frozenset[int] | None,
) -> Draft | None:
    """A conflict, or a disagreement explained away, between two members of ``whole`` (the
    group's members, or those of one measure when it mixes parts and totals: ``within``, the
    only members the pairs' alignment may rest on), or None when no two are aligned strongly
    enough to compare. ``topic``: the group's (explain.topic)."""
    members = g.members
    dim = g.key.split("|")[1]
    for a, b, gap in _disjoint_pairs(whole) or ([clash] if clash else []):
        # the furthest apart first; another pair only when that one is too weakly aligned
        # (a figure of another day joined the group), not when it is explained away (the
        # group is then a series of updates or parts, whichever two are compared)
        if pair_score(g, a.uid, b.uid, within) < CONFLICT_MIN_ALIGN["quantity"]:
            continue
        why = _not_a_conflict(index, a, b)
        if why:
            return Draft(
                "compatible",
                topic,
                dim,
                f"{_say(index, a)}; {_say(index, b)}: {why}.",
                members,
                _importance("quantity", g.score, 0.0, len(members)) * 0.3,
            )
        end = "the highest values they give differ" if a.peak and b.peak else (
            "the tallies differ" if a.unit == TALLY_UNIT
            else "they give different places in the series" if a.unit == ORDINAL_UNIT
            else "no time zone's offset from UTC makes them one time"
            if mixed_zones((a.key, b.key))
            else "both are local times, and no one time zone makes them the same"
            if clash
            else "the ranges do not overlap"
        )
        if transposed(a, b):
            end += " (the same digits in another order: perhaps a slip)"
        # a member joined only weakly to both sides (a figure of another day) takes no side;
        # nor does a plain figure beside two highest values, which are read as the peaks they
        # are, not as the ranges their values give
        peaks = a.peak and b.peak
        kept = tuple(m for m in whole if m in (a, b) or (max(
            pair_score(g, m.uid, a.uid, within), pair_score(g, m.uid, b.uid, within)
        ) >= CONFLICT_MIN_ALIGN["quantity"] and (m.peak or not peaks)
            # (a universal time that fits both local times takes no side)
            and not (clash and consistent(m, a) and consistent(m, b))))
        expl = f"{_say(index, a)}; {_say(index, b)}: {end}{_others(index, kept, a, b)}."
        return Draft(
            "conflict",
            topic,
            dim,
            expl,
            kept + _repeats(index, kept),
            _importance("quantity", g.score, gap, len(kept)),
        )
    return None


def _judge_quantity(index: StoryIndex, g: Alignment) -> Draft:
    members = g.members
    dim = g.key.split("|")[1]
    topic = ex.topic(index, members)
    pair = _conflict_pair(members)
    changes = {m.change for m in members if m.change}
    if len(changes) > 1 and g.score >= CONFLICT_MIN_ALIGN["quantity"]:
        up = next(m for m in members if m.change == "up")
        down = next(m for m in members if m.change == "down")
        expl = (
            f"{_say(index, up)} and calls it a rise; {_say(index, down)} and calls it a fall: "
            "they disagree on the direction of the change."
        )
        return Draft("conflict", topic, dim, expl, members, _importance("quantity", g.score, 1, 2))
    clash = _local_clash(index, members) if pair is None else None
    for whole in _measures(index, members) if pair is not None else [members]:
        within = None if whole is members else frozenset(m.uid for m in whole)
        draft = _judge_pairs(index, g, topic, whole, clash, within)
        if draft is not None:
            return draft
    if pair is not None:
        return Draft(
            "compatible",
            topic,
            dim,
            " ".join(_say(index, m) + ";" for m in members)[:-1]
            + ": different figures that may describe different things.",
            members,
            _importance("quantity", g.score, 0.0, len(members)) * 0.3,
        )
    points = [m.value for m in members if m.value is not None]
    rel = 0.0 if dim in OFFSET_DIMENSIONS else AGREE_REL
    tol = max([tolerance(m) for m in members] + [rel * max(abs(p) for p in points or [0])])
    quals = {m.qualifier for m in members}
    same_point = bool(points) and max(points) - min(points) <= tol
    if same_point and (len(quals) == 1 or quals <= _POINT_QUALIFIERS):
        sums = [m for m in members if m.parts]
        expl = f"{_together(index, members)} give {ex.mention_value(members[0])}"
        if sums:
            expl = "; ".join(_say(index, m) for m in members) + ": the parts add up to the total"
        elif len({ex.mention_value(m) for m in members}) > 1:
            # "48%" and "halved": one figure, each value shown as its article gives it
            expl = "; ".join(_say(index, m) for m in members) + (
                ": the same figure, rounded or converted differently")
        return Draft(
            "agreement",
            topic,
            dim,
            expl + ".",
            members,
            _importance("quantity", g.score, 0.5, len(members)) * 0.5,
        )
    expl = "; ".join(_say(index, m) for m in members)
    if mixed_zones(m.key for m in members):
        expl += (": the times agree if the local clock is a time zone's offset away from "
                 "universal time (UTC); no article states the offset.")
    else:
        expl += ": the figures are consistent but stated with different precision or bounds."
    return Draft(
        "compatible",
        topic,
        dim,
        expl,
        members,
        _importance("quantity", g.score, 0.3, len(members)) * 0.6,
    )


def _one_measure(a: frozenset[tuple[str, float]], b: frozenset[tuple[str, float]]) -> bool:
    """Whether two dates date the same figure: the same value of the same counted noun or
    unit, or of a count of no noun ("40 animals by 2036" / "grow to forty by 2041"). A unit
    and the same unit per period are one ("a fare of €4 a day" / "the fare, €4")."""
    return any(v == w and (rate_parts(k)[0] == rate_parts(j)[0] or "count" in (k, j))
               for k, v in a for j, w in b)


# Days in the facts stage's year and month, for dates told as whole years or months.
_WHOLE = {"year": (YEAR_DAYS, "year"), "month": (YEAR_DAYS / 12, "month")}


def _dates_apart(a: Mention, b: Mention) -> tuple[str, int]:
    """How far apart two conflicting dates are, in words, and in days for the ranking: whole
    years or months told as such ("2049" against "2050" is a year apart, not a day), nights
    by their hours, other dates by the days between them."""
    if both_nights(a, b):
        return "they name different nights", 1
    if a.precision == b.precision and a.precision in _WHOLE:
        size, unit = _WHOLE[a.precision]
        n = max(1, round(((b.low or 0) - (a.low or 0)) / size))
        return f"they name different {unit}s, {n} {unit}{'s' if n > 1 else ''} apart", int(n * size)
    days = max(1, int((b.low or 0) - (a.high or 0)))
    return f"the dates are {days} day{'s' if days > 1 else ''} apart", days


def _judge_date(index: StoryIndex, g: Alignment) -> Draft:
    members = g.members
    topic = ex.topic(index, members)
    pair = _conflict_pair(members)
    if pair is not None and pair[0].measures and pair[1].measures:
        # a member of the same day that dates no figure tells the event's day itself ("the
        # deal was signed on Friday 4 May" beside "agreed on Friday for a fee of £9m"): the
        # pair is then read with it
        plain = [(x, other) for one, other in (pair[:2], pair[1::-1]) for x in members
                 if not x.measures and (x.low, x.high) == (one.low, one.high)]
        if plain:
            x, other = plain[0]
            pair = (x, other, pair[2]) if (x.low or 0) <= (other.low or 0) else (
                other, x, pair[2])
    if (pair is not None and pair[0].measures and pair[1].measures
            and not _one_measure(pair[0].measures, pair[1].measures)
            and not _dated_by_one_verb(index, pair[0], pair[1])):
        # each date only says when a figure was measured ("8 percent contained on Tuesday",
        # "22 percent on Wednesday"): figures are measured again and again, so different
        # dates are successive reports, not a disagreement on when something happened. The
        # same figure on two dates ("four men arrested on Saturday" / "on Sunday") is one
        # event dated differently.
        return _compatible_dates(index, g, topic, "dates of figures measured at different times")
    if pair is not None and any(
        _set_for_plan(index, m) and not _set_for_plan(index, n) and timing.past(index, n, ("day",))
        for m, n in (pair[:2], pair[1::-1])
    ):
        # "the ship was due to sail on the 3rd" against "the ship sailed on the 4th": a plan and
        # what happened, and plans slip
        return _compatible_dates(
            index, g, topic, "one date is of a plan, the other of what happened; plans slip"
        )
    if pair is not None and pair[0].negated != pair[1].negated:
        # "would not reopen in May" against "will reopen in August": one report only says
        # when it did not happen
        return _compatible_dates(
            index, g, topic, "one report says only that it did not happen on its date")
    if pair is not None and _done_by(index, pair[1]) and (pair[0].high or 0) <= (pair[1].high or 0):
        # "had impounded 910 by the end of April" against "impounded 640 in March": the later
        # date only bounds when it had happened, and the earlier one falls within that bound
        return _compatible_dates(
            index, g, topic, "one date is only the day by which it had happened, and the "
            "other falls before it")
    if pair is not None and pair_score(g, pair[0].uid, pair[1].uid) >= CONFLICT_MIN_ALIGN["date"]:
        a, b, _ = pair
        apart, days = _dates_apart(a, b)
        expl = f"{_say(index, a)}; {_say(index, b)}: {apart}{_others(index, members, a, b)}."
        return Draft(
            "conflict",
            topic,
            "date",
            expl,
            members,
            _importance("date", g.score, min(1.0, days / 7), len(members)),
        )
    if pair is not None:
        return Draft(
            "compatible",
            topic,
            "date",
            "; ".join(_say(index, m) for m in members)
            + ": different dates that may belong to different events.",
            members,
            _importance("date", g.score, 0.0, len(members)) * 0.3,
        )
    same = len({(m.low, m.high) for m in members}) == 1
    expl = "; ".join(_say(index, m) for m in members)
    if not same and same_day_of_year(members):
        same = True  # the year of a date without one is a guess
        yearless = next(m for m in members if not year_written(m))
        expl += f": the same day (“{yearless.text}” gives no year)."
    elif not same and any(
            x.universal and not y.universal
            and ((x.high or 0) < (y.low or 0) or (y.high or 0) < (x.low or 0))
            for x in members for y in members):
        # (only when the days themselves differ: "2 March, 19:20 GMT" against "3 March")
        expl += (": the dates agree if the local clock is ahead of or behind universal time "
                 "(UTC) across midnight, as time zones may be; no article states the offset.")
    else:
        expl += ": the same date." if same else ": the dates overlap at different precision."
    kind: FindingKind = "agreement" if same else "compatible"
    return Draft(
        kind,
        topic,
        "date",
        expl,
        members,
        _importance("date", g.score, 0.3, len(members)) * (0.5 if same else 0.6),
    )


def _done_by(index: StoryIndex, m: Mention) -> bool:
    """Whether a past date has "by" right before it ("had been sold by the end of April", "was
    out by Tuesday"): the day by which something had happened, not the day it happened. (A
    day still to come after "by" is a deadline, which another report may set differently.)"""
    return timing.past(index, m, ("day", "week", "month")) and by_before(
        index.articles[m.article].facts.article.text, m.span[0])


def _of_one_dated_event(index: StoryIndex, a: Mention, b: Mention) -> bool:
    """Whether each figure's clause date follows the same past verb ("opened in 2031 at a cost
    of €4 million" / "opened in 2029 at a cost of €6 million"): the figures are of that one
    event, told with two dates, not two readings of a measure on different days."""
    dates = [_clause_date(index, x) for x in (a, b)]
    return dates[0] is not None and dates[1] is not None and _dated_by_one_verb(
        index, dates[0], dates[1])


def _clause_date(index: StoryIndex, m: Mention) -> Mention | None:
    """The date mention of a figure's own clause (frames.clause_timeref), if any."""
    t = clause_timeref(index.articles[m.article], m.span)
    if t is None:
        return None
    return next((d for d in keyed(index, m.article, "date") if d.span == t.span), None)


def _dated_by_one_verb(index: StoryIndex, m: Mention, n: Mention) -> bool:
    """Whether two dates follow the same past verb ("the lido, opened in 2031 for €4 million"
    / "the lido, opened in 2029 for €6 million"): each dates that event, whatever figure its
    clause gives too, so two dates of it disagree on when it happened."""
    verb = year_verb(index, m)
    return verb is not None and verb == year_verb(index, n)


def _compatible_dates(index: StoryIndex, g: Alignment, topic: str, why: str) -> Draft:
    """Dates of one group that differ for a reason that is no disagreement, told as ``why``."""
    return Draft(
        "compatible",
        topic,
        "date",
        "; ".join(_say(index, m) for m in g.members) + f": {why}.",
        g.members,
        _importance("date", g.score, 0.0, len(g.members)) * 0.3,
    )


def _set_for_plan(index: StoryIndex, m: Mention) -> bool:
    """Whether a date's clause sets it for a plan: a ``schedule`` cue of data/cues.tsv anywhere
    before it in its clause ("was due to sail on Tuesday"), or a ``plan`` cue ("will") before a day
    still to come when its article was published ("the ferry will sail on 9 June" in a report
    of the 2nd; "will begin today" tells of the day itself)."""
    a = index.articles[m.article]
    before = clause_before(a, m.span).lower()
    if has_cue("schedule", before) and not _scheduled_thing(before):
        return True
    return timing.ahead(index, m) and has_cue("plan", before)


# Words after which a past participle is no past verb of its own ("was expected to be
# completed", "had been delayed"): the forms of "be" of a passive, of "have", and "to".
PARTICIPLE_AFTER = PASSIVE_AUX | {"has", "have", "had", "to"}


def _scheduled_thing(before: str) -> bool:
    """Whether a schedule cue only names a kind of thing ("a scheduled bus service came back
    on Friday", "the planned bypass opened"): a determiner right before the cue, and a verb in
    a past form after it that tells what that thing did."""
    cue = max(tx.cue_pattern("schedule").finditer(before), key=lambda c: c.start(),
              default=None)
    if cue is None or [w for w, _, _ in tx.words(before[: cue.start()])][-1:] not in (
        ["a"], ["an"], ["the"]
    ):
        return False
    after = [w for w, _, _ in tx.words(before[cue.end():])]
    return any(
        tx.past_base(w) is not None and (i == 0 or after[i - 1] not in PARTICIPLE_AFTER)
        for i, w in enumerate(after)
    )


def _judge_quote(index: StoryIndex, g: Alignment) -> Draft:
    members = g.members
    topic = ex.topic(index, members)
    named = _speakers(members)

    def who(m: Mention) -> str:
        # reported speech ("she said the pier would stay shut") is the article's own words
        verb = "quotes" if m.direct else "paraphrases"
        speaker = ex.speaker_phrase(m.label, "an unnamed source")
        return f"{ex.label(index, m.article)} {verb} {speaker}"

    lead = "The same words are quoted"
    if not all(m.direct for m in members):
        lead = "The same remark is reported"
    told = "; ".join(who(m) for m in members)
    if len(named) > 1 and g.score >= CONFLICT_MIN_ALIGN["quote"]:
        return Draft(
            "conflict", topic, None, f"{lead}, but {told}.", members,
            _importance("quote", g.score, 1.0, len(members)),
        )
    kind: FindingKind = "agreement" if len({m.speaker for m in members}) == 1 else "compatible"
    expl = f"{lead}: {told}."
    return Draft(
        kind, topic, None, expl, members, _importance("quote", g.score, 0.3, len(members)) * 0.5
    )


def _speakers(members: Sequence[Mention]) -> set[str]:
    """The people and offices that quoted words are given to: named people by surname
    (_person_key), unless one surname comes with two first names ("Maureen Ashdale" and
    "Colin Ashdale" are two people), and one office holder by the office (_one_office)."""
    out: set[str] = set()
    given: dict[str, set[str]] = defaultdict(set)
    for m in members:
        if not m.speaker:
            continue
        if m.speaker_type in _NAMED:
            key = _person_key(m.speaker)
            out.add(key)
            first = _given_name(m.speaker)
            if key and first:
                given[key].add(first)
        elif _one_office(m.label):
            out.add(m.speaker)
    for key, firsts in given.items():
        if len(firsts) > 1:
            out.discard(key)
            out.update(f"{f} {key}" for f in firsts)
    return out - {""}


def _given_name(speaker: str) -> str | None:
    """The first name of a speaker named by a first name and a surname only (titles and
    honorifics aside): "person:colin-ashdale" -> "colin"; None for a surname alone or a longer
    name, whose first word may be a role the tagger kept ("farmer-tom-hesketh")."""
    words = [w for w in _name_words(speaker)
             if w and w.rstrip(".") not in HONORIFICS and w not in speaker_words("title")]
    return words[0] if len(words) == 2 else None


def _person_key(speaker: str) -> str:
    """Who a named person is, as far as the same quoted words can tell: the last word of the
    name ("person:colm-treacy", "mr treacy" and "person:councillor-colm-treacy" are one person,
    and the same words given to two people of one surname are most likely one person's); ""
    for a pronoun the facts stage could not resolve ("he"), which names nobody."""
    if speaker in PERSON_PRONOUNS:
        return ""
    return _name_words(speaker)[-1]


def _name_words(speaker: str) -> list[str]:
    """The words of a speaker's id or name ("person:colm-treacy" -> colm, treacy)."""
    return re.split(r"[\s-]+", speaker.removeprefix("person:"))


def _one_office(label: str | None) -> bool:
    """Whether an unnamed speaker is one office holder of the story ("the judge", "the
    prosecutor"): "the" and a title of data/quotes_speakers.tsv that is not also a word for
    an anonymous source ("the official", "the diplomat" may be anyone)."""
    words = (label or "").lower().split()
    return (
        len(words) == 2 and words[0] == "the" and words[1] in speaker_words("title")
        and words[1] not in speaker_words("anonymous")
    )


def _judge_statement(index: StoryIndex, g: Alignment) -> Draft | None:
    members = g.members
    topic = ex.topic(index, members)
    neg = [m for m in members if m.negated]
    pos = [m for m in members if not m.negated]
    if neg and pos and g.score >= CONFLICT_MIN_ALIGN["statement"]:
        expl = (
            f"{ex.label(index, pos[0].article)} reports that it happened; "
            f"{ex.label(index, neg[0].article)} says it did not."
        )
        return Draft(
            "conflict",
            topic,
            None,
            expl,
            members,
            _importance("statement", g.score, 1.0, len(members)),
        )
    if (neg and pos) or g.score < STATEMENT_AGREE_MIN:
        return None
    names = ", ".join(ex.label(index, m.article) for m in members)
    ents = _shared_names(index, members)
    expl = f"{names} report the same event" + (f" involving {ents}" if ents else "") + "."
    return Draft(
        "agreement",
        topic,
        None,
        expl,
        members,
        _importance("statement", g.score, 0.3, len(members)) * 0.5,
    )


def _judge_entity(index: StoryIndex, g: Alignment) -> Draft | None:
    """Agreement when articles name the same (not ubiquitous) entity in a similar passage."""
    eid = g.key.split("|", 1)[1]
    if index.entity_idf.get(eid, 0.0) < ENTITY_MIN_IDF:
        return None
    first = g.members[0]
    ctx = index.articles[first.article].context[first.sentence]
    members = [first] + [
        m for m in g.members[1:]
        if tx.cosine(ctx, index.articles[m.article].context[m.sentence]) >= ENTITY_AGREE_SIM
    ]
    if len(members) < 2:
        return None
    name = first.speaker or first.text
    forms = sorted({" ".join(m.text.split()) for m in members})
    words = ex.topic(index, members)
    expl = (f"{_together(index, members)} name {name}"
            + (f" (as {' / '.join(f'“{x}”' for x in forms)})" if len(forms) > 1 else "")
            + " in the same part of the story.")
    extra = [w for w in words.split(", ") if w and w.lower() not in name.lower()]
    topic = f"{name}: {', '.join(extra)}" if extra else name
    return Draft("agreement", topic, None, expl, tuple(members),
                 _importance("entity", g.score, 0.3, len(members)) * 0.4)


def _together(index: StoryIndex, members: Sequence[Mention]) -> str:
    """"A and B both" or "A, B and C all"."""
    names = list(dict.fromkeys(ex.label(index, m.article) for m in members))
    if len(names) == 1:
        return names[0]
    head = ", ".join(names[:-1]) + " and " + names[-1]
    return head + (" both" if len(names) == 2 else " all")


def _shared_names(index: StoryIndex, members: Sequence[Mention]) -> str:
    sets = [index.articles[m.article].entities[m.sentence] for m in members]
    shared = set.intersection(*(set(s) for s in sets)) if sets else set()
    names = []
    for m in members[:1]:
        for ent in index.articles[m.article].facts.entities:
            if ent.id in shared and ent.name not in names:
                names.append(ent.name)
    return ", ".join(names[:4])
