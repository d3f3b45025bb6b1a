"""Parts of a sum: runs of figures of one measure joined by "and" ("32 hours on a train and two
on a bus", "214 homes and 37 other buildings") read as one more figure, their total, so that it
compares with another article's single figure ("a 34-hour trip").
"""

from __future__ import annotations

import math
import re

from counterpoint.compare import text as tx
from counterpoint.compare.frames import parallel
from counterpoint.compare.mentions import (
    ADDITIVE_DIMENSIONS,
    ArticleIndex,
    Mention,
    StoryIndex,
    _num,
    counts_all,
    same_predicate,
    span_figure,
)
from counterpoint.facts.numbers import WORD_VALUES
from counterpoint.facts.qualifiers import qualifier_before

PERCENT_KEY = "q|percent|percent"
# Between two parts of a sum: at most this many characters, joined by one of these words.
SUM_GAP_CHARS = 40
_SUM_JOIN = re.compile(r"\b(?:and|plus)\b", re.I)
# Joins that make the second figure an equivalent, not a part ("$3.4 billion, or $47.50 a share").
_NOT_SUM = re.compile(r"\b(?:or|with|of|from|to)\b", re.I)
# An auxiliary between two figures gives the first its own verb ("43 people had been detained
# and 12 officers injured", "were arrested and seven officers were hurt"): two clauses, each
# counting the subject of a different event, not parts of one total.
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would)\b", re.I)
# "214 homes and 37 other buildings": "other" makes the first count a kind of the second, so
# they add up although they count different words.
_OTHER = re.compile(r"\bother\b", re.I)
# "N things and a(n) <up to two words> thing": one more of the counted thing; "N things and
# two more", "N buses were licensed, with nine more awaiting inspection": N more of them, told
# within this many characters after the count with no other figure between.
MORE_CHARS = 70
_ONE_MORE = re.compile(r",?\s+and\s+(?:a|an|one)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")
_N_MORE = re.compile(
    r"([^.;:!?\d]*?)(?:,\s*|\s+)(?:and|with|plus)\s+([a-z]+(?:-[a-z]+)?|\d+)\s+more\b", re.I
)


def add_sums(ai: int, a: ArticleIndex, weights: dict[str, float], out: list[Mention]) -> None:
    """Add a synthetic mention for each run of same-dimension numbers joined by "and".

    A bare number right after a measured one borrows its unit, as writers elide it: "32 hours
    on a train and two on a bus" sums to 34 hours.
    """
    text = a.facts.article.text
    quants = [m for m in out if m.article == ai and m.kind == "quantity" and not m.parts]
    run: list[tuple[Mention, float, float, float]] = []

    def flush() -> None:
        if len(run) >= 2 and all(math.isfinite(x) for _, lo, hi, _ in run for x in (lo, hi)):
            first = run[0][0]
            span = (first.span[0], run[-1][0].span[1])
            out.append(
                span_figure(
                    len(out), ai, a, span, first.key, weights,
                    sentence=first.sentence,
                    low=sum(lo for _, lo, _, _ in run),
                    high=sum(hi for _, _, hi, _ in run),
                    value=sum(v for _, _, _, v in run),
                    unit=first.unit,
                    counted=frozenset().union(*(m.counted for m, _, _, _ in run)),
                    qualifier="exact" if all(m.qualifier == "exact" for m, *_ in run) else "approx",
                    parts=tuple(m.uid for m, *_ in run),
                    predicate=first.predicate,
                )
            )
        run.clear()

    for m in quants:
        entry = (m, _num(m.low, math.nan), _num(m.high, math.nan), m.value or 0.0)
        if run:
            prev = run[-1][0]
            gap = text[prev.span[1] : m.span[0]]
            joined = (
                m.sentence == prev.sentence
                and m.change is None
                and (
                    prev.key.split("|")[1] in ADDITIVE_DIMENSIONS
                    # "the founders' 30% and a further 5%": shares of one whole that add
                    or (prev.key == PERCENT_KEY and m.increment)
                )
                and len(gap) <= SUM_GAP_CHARS
                and _SUM_JOIN.search(gap) is not None
                and _NOT_SUM.search(gap) is None
                and _OWN_VERB.search(gap) is None
                and not _new_clause(gap)
                and not _describes_a_noun(prev, gap)
            )
            elided = (
                joined
                and prev.unit is not None
                and m.unit is None
                and not m.counted
                and parallel(text, prev.span, m.span)
            )
            if elided:
                f = prev.si_factor
                entry = (m, entry[1] * f, entry[2] * f, entry[3] * f)
            elif not (
                joined
                and m.key == prev.key
                and m.unit == prev.unit
                and (
                    # counts add up only when both say what they count, and it is the same,
                    # or both count persons ("27 diplomats and 11 aid workers" left)
                    bool(m.counted & prev.counted) or _OTHER.search(m.text) is not None
                    or (tx.counts_persons(m.counted) and tx.counts_persons(prev.counted))
                    if m.unit is None
                    else (not m.counted or not prev.counted or m.counted == prev.counted)
                )
            ):
                flush()
        run.append(entry)
    flush()
    for m in quants:
        more = _more(text, m)
        if more is None or m.low is None or m.high is None or m.value is None:
            continue
        # "31 buses were licensed, with nine more awaiting inspection": the whole is 40 buses
        extra, end = more
        out.append(
            span_figure(
                len(out), ai, a, (m.span[0], end), m.key, weights, sentence=m.sentence,
                low=m.low + extra, high=m.high + extra, value=m.value + extra, unit=m.unit,
                counted=m.counted, qualifier=m.qualifier,
                parts=(m.uid, *(n.uid for n in quants if m.span[1] < n.span[0] < end)),
                predicate=m.predicate,
            )
        )


def _describes_a_noun(m: Mention, gap: str) -> bool:
    """Whether a measure stands before a noun of its own ("a 2km exclusion area and an 8km
    buffer zone"): it then sizes that thing, and the next figure another thing, not a
    part of one total ("32 hours on a train and two on a bus" is)."""
    words = tx.words(gap)
    return m.unit is not None and bool(words) and words[0][1] <= 1 and (
        words[0][0].lower() not in tx.stopwords() and words[0][0].isalpha()
    )


def _new_clause(gap: str) -> bool:
    """Whether a word of its own stands between the join and the second figure ("teach 40,000
    students and employ some 6,900 staff"): a verb of a second clause, so the figures count
    for different events. Function words, a figure's qualifier (the facts stage's
    qualifiers.tsv: "and nearly 30", "and up to 40") and an increment cue ("and another 12")
    do not."""
    joins = list(_SUM_JOIN.finditer(gap))
    words = [w.lower() for w, _, _ in tx.words(gap[joins[-1].end() :] if joins else gap)]
    qualifier = qualifier_before(words, len(words))
    rest = " ".join(words[: qualifier[1]] if qualifier else words)
    cue = [m for m in tx.cue_pattern("increment_before").finditer(rest) if m.end() == len(rest)]
    rest = rest[: cue[0].start()] if cue else rest
    stop = tx.stopwords()
    return any(w not in stop for w in rest.split())


def persons_and_things(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one counted noun counts persons and the other, saying what it counts, does not:
    such counts are never parts of one total ("64 guests in 12 chalets")."""
    return bool(a) and bool(b) and tx.counts_persons(a) != tx.counts_persons(b)


def beside(index: StoryIndex, a: Mention) -> list[Mention]:
    """The other figures of the same measure (key) in ``a``'s sentence."""
    return [
        m for m in index.mentions
        if m.article == a.article and m.sentence == a.sentence and m.key == a.key
        and m.uid != a.uid
    ]


def counts_a_part(index: StoryIndex, part: Mention, other: Mention) -> bool:
    """Whether ``part`` counts a part of a group ("420 of those jobs", mentions.partitive)
    that ``other``, a figure not so marked, may count whole ("all 950 workers"): then the two
    are different measures, never a contradiction. Not when ``other`` is smaller than the
    group ``part``'s own sentence gives (see _below_own_whole), nor for a percentage: a share
    is always of some whole ("31 per cent of them" and "36 per cent of the bids" are two
    shares of one)."""
    return (part.partitive and not other.partitive and part.key != PERCENT_KEY
            and not _below_own_whole(index, part, other)
            and not _all_did(index, part, other))


def _all_did(index: StoryIndex, part: Mention, other: Mention) -> bool:
    """Whether ``other`` says all of a group did what ``part`` says only some did ("All four
    have been charged" against "Three of them were charged"): one count of one event, told
    differently, not a part and its whole."""
    return same_predicate(part, other) and counts_all(
        index.articles[other.article].facts.article.text, other
    )


def _below_own_whole(index: StoryIndex, part: Mention, other: Mention) -> bool:
    """Whether ``other`` is smaller than the group its sentence says ``part`` belongs to
    ("at least 20 people were injured, five of them taken to hospital" against "nine were
    taken to hospital"): ``other`` is then no larger group, but the same part counted
    differently."""
    wholes = [
        m.low for m in beside(index, part) if m.low is not None and m.low > (part.high or 0.0)
    ]
    return bool(wholes) and other.high is not None and other.high < min(wholes)


def more_after(index: StoryIndex, m: Mention) -> float | None:
    """How many more of what a count counts its own words add right after it: one in "two
    acute hospitals and a community hospital", two in "17 league goals and two more in the
    cup". Such a count is a part, not the article's whole figure."""
    more = _more(index.articles[m.article].facts.article.text, m)
    return more[0] if more else None


def _more(text: str, m: Mention) -> tuple[float, int] | None:
    """``more_after``'s count, and where its words end."""
    if not m.counted:
        return None
    one = _ONE_MORE.match(text, m.span[1], m.span[1] + MORE_CHARS)
    if one is not None and any(tx.stem(w) in m.counted for w in one.group(1).split()):
        return 1.0, one.end()
    more = _N_MORE.match(text, m.span[1], m.span[1] + MORE_CHARS)
    if more is None or any(w.lower() in WORD_VALUES for w, _, _ in tx.words(more.group(1))):
        return None
    word = more.group(2).lower()
    value = float(word) if word.isdigit() else WORD_VALUES.get(word)
    return (value, more.end()) if value else None
