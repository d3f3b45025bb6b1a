"""Qualifiers, intervals and changes of quantities: the stage after a number has its unit.

``qualify`` reads the words that bound or blur a number ("about", "more than", "or more",
``data/qualifiers.tsv``) and sets the interval they imply from the widths in ``Settings``;
``change`` says whether the number is an amount of change ("rose 5%", ``data/changes.tsv``).
Both work on the quantity candidate of ``counterpoint.facts.attach`` through the
``Candidate`` protocol below, in token indices.

Qualifier classes of qualifiers.tsv and the intervals they give (w = a ``Settings`` width):

* ``approx`` ("about X"): [X*(1-approx_rel_width), X*(1+approx_rel_width)].
* ``below`` ("nearly X", "almost X"): qualifier ``approx``, interval [X*(1-near_below_rel_width),
  X]; the figure falls just short of X and rarely exceeds it.
* ``near_at_most`` ("barely X", "just under X"): qualifier ``at_most`` (the contract in
  ARCHITECTURE.md lists "barely" there) with the same tight interval as ``below``: unlike
  "under X", these say the figure is close to X.
* ``at_least`` ("more than X"): [X, X*at_least_high_factor].
* ``at_most`` ("fewer than X"): [X*at_most_low_factor, X].
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from counterpoint.facts import numbers
from counterpoint.model import Change

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from counterpoint.facts.units import Unit
    from counterpoint.settings import Settings

MAX_CHANGE_HOPS = 5
"""Most dependency arcs walked up from a number looking for the word that makes it a change;
the walk stops at the first verb anyway, so this only cuts off long chains of nouns."""
# Words that may stand between "to a" and a level ("to a muggy 91F").
MAX_LEVEL_MODIFIERS = 3

NEAR_SMALL = (2, 10)
"""Small whole numbers for which "nearly N" reaches down to N - 0.5 ("nearly three months")."""

# "and over", "or under" ... after a figure bound it ("aged 65 and over"), unless a number or a
# determiner follows: then the word opens a phrase of its own ("and over three passes").
_PREPOSITIONS = frozenset({"over", "under", "above", "below", "up"})
# Verbs of extent after which "over" is the preposition of the area or stretch covered ("the
# swarm, spread over 25 square miles"), not "more than".
_EXTENT_VERBS = frozenset({
    "spread", "spreads", "spreading", "stretched", "stretches", "stretching", "scattered",
    "sprawled", "sprawls", "sprawling", "extends", "extended", "extending",
})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


class Candidate(Protocol):
    """The fields of a quantity under construction that this stage reads and sets."""

    start: int
    end: int
    num_end: int
    value: float
    low: float
    high: float
    unit: Unit | None
    counted: str | None
    counted_tok: int | None
    qualifier: str
    is_range: bool


@dataclass(frozen=True, slots=True)
class _Lexicons:
    qualifiers: dict[str, tuple[str, str]]  # phrase -> (qualifier class, position)
    changes: dict[str, tuple[Change, str, str]]  # lemma -> (change, pos, mode)


@functools.cache
def _lexicons() -> _Lexicons:
    quals = {r[0].lower(): (r[1], r[2]) for r in numbers.data_rows("qualifiers.tsv")}
    changes: dict[str, tuple[Change, str, str]] = {}
    for r in numbers.data_rows("changes.tsv"):
        ch: Change = "up" if r[1] == "up" else "down"
        changes[r[0]] = (ch, r[2], r[3])
    return _Lexicons(quals, changes)


# Words that open a range before its first figure ("between 24 and 61", "from 12 to 18").
RANGE_OPENERS = frozenset({"between", "from"})


def from_level(doc: Doc, words: list[str], start: int) -> bool:
    """Whether the figure at token ``start`` is the level a change starts from: "the fare will
    climb from €3 to €4" tells two levels, before and after, not a range between them
    ("temperatures will range from 10C to 15C" is one). Read on the word "from" before it and
    the verb or noun it hangs on, or the word just before it (data/changes.tsv)."""
    if start < 2 or words[start - 1] != "from":
        return False
    changes = _lexicons().changes
    return any(t.lemma_.lower() in changes for t in (doc[start - 1].head, doc[start - 2]))


# Verbs of going past a figure ("passed 250,000 views"), which a tally follows as well.
_CROSSING_VERBS = frozenset({"passed", "passing"})


def qualifier_before(words: list[str], start: int) -> tuple[str, int] | None:
    """The qualifier class of the phrase ending just before token ``start`` and where the
    phrase starts, longest phrase first; None when there is none."""
    quals = _lexicons().qualifiers
    for size in (3, 2, 1):
        if start - size < 0:
            continue
        phrase = " ".join(words[start - size : start])
        q = quals.get(phrase)
        if q is not None and q[1] == "before":
            return q[0], start - size
    return None


def qualify(doc: Doc, words: list[str], cand: Candidate, settings: Settings) -> None:
    """Qualifier before ("about", "more than") or after ("or more", "-plus"); "between"."""
    if cand.is_range and cand.low != cand.high:
        cand.qualifier = "range"
        if cand.start > 0 and words[cand.start - 1] in RANGE_OPENERS:
            cand.start -= 1
        return
    q = qualifier_before(words, cand.start)
    if (
        q is not None
        and words[q[1]] in ("over", "some")
        and cand.unit is not None
        and cand.unit.dimension == "time"
    ):
        q = None  # "over 10 years", "some days": a period, not a bound
    if q is not None and words[q[1]] in ("under", "over") and _describes_noun(words, cand):
        q = None  # "under 20-year contracts": the terms of the contracts, not a bound
    if q is not None and words[q[1]] == "over" and q[1] > 0 and words[q[1] - 1] in _EXTENT_VERBS:
        q = None  # "spread over 25 square miles": the extent itself, not a bound
    if q is not None and words[q[1]] in _CROSSING_VERBS and (
        words[cand.end : cand.end + 1] == ["to"]
        and cand.end + 1 < len(words)
        and doc[cand.end + 1].like_num
    ):
        q = None  # "the bill passed 312 votes to 290": a tally, not a bound
    if q is not None:
        # "only around 10": the qualifier next to the number wins; extend over "only"
        cand.qualifier, cand.start = q
    elif (plus := _plus_after(doc, words, cand.num_end)) is not None:
        cand.qualifier, cand.end = "at_least", max(cand.end, plus)
    else:
        e = cand.num_end if cand.unit is None and cand.counted is None else cand.end
        quals = _lexicons().qualifiers
        for size in (2, 1):
            phrase = " ".join(words[e : e + size])
            hit = quals.get(phrase)
            if hit is not None and hit[1] == "after" and e + size <= len(words):
                if phrase == "+" and e + size < len(words) and (
                    doc[e + size].like_num or doc[e + size].is_currency
                ):
                    continue
                if words[e + size - 1] in _PREPOSITIONS and e + size < len(words) and (
                    doc[e + size].like_num or words[e + size] in _DETERMINERS
                ):
                    continue  # "12 miles and over three passes", "and under the bridge"
                cand.qualifier = hit[0]
                cand.end = max(cand.end, e + size)
                break
    _set_interval(cand, settings)


def _describes_noun(words: list[str], cand: Candidate) -> bool:
    """Whether a figure is a hyphened compound measure before a noun ("20-year contracts",
    "a 40-tonne load"), not an age ("18-year-olds"): a preposition before it governs the noun
    ("under 20-year contracts") and bounds nothing."""
    hyphened = any(words[k] in ("-", "‐") for k in range(cand.num_end, cand.end))
    nxt = words[cand.end] if cand.end < len(words) else ""
    return hyphened and nxt.isalpha() and nxt not in ("old", "olds")


def _plus_after(doc: Doc, words: list[str], k: int) -> int | None:
    """Where "plus" ends when it follows the number at once and bounds it ("300 plus",
    "5,000-plus fans", "aged 70 plus", "500 plus fans"), else None. Elsewhere "plus" adds:
    after a unit or a counted noun ("eight seats plus a rack"), before a number, a determiner or
    a noun in the singular ("2 plus 2", "£40 plus VAT", "300 plus the crew")."""
    hyphen = k < len(words) and words[k] == "-"
    k += hyphen
    if k >= len(words) or words[k] != "plus":
        return None
    nxt = doc[k + 1] if k + 1 < len(words) else None
    if nxt is not None and nxt.is_alpha and not hyphen and nxt.tag_ != "NNS":
        return None
    if nxt is not None and nxt.like_num:
        return None
    return k + 1


def _set_interval(cand: Candidate, settings: Settings) -> None:
    """The interval of the qualifier class, from the widths in ``settings`` (their help texts
    say how each was chosen); ``below`` and ``near_at_most`` become public qualifiers here."""
    v = cand.value
    if cand.qualifier == "approx":
        w = settings.approx_rel_width
        cand.low, cand.high = v - abs(v) * w, v + abs(v) * w
    elif cand.qualifier in ("below", "near_at_most"):
        # "nearly 30 tonnes": 27-30 t; "barely a kilometer": 0.9-1 km, a tight upper bound
        below = abs(v) * settings.near_below_rel_width
        if cand.qualifier == "below" and v == int(v) and NEAR_SMALL[0] <= v <= NEAR_SMALL[1]:
            # "nearly three months" may be 11 weeks: under half a unit short of a small
            # whole number is still "nearly" it (2.5 months would be "two and a half")
            below = max(below, 0.5)
        cand.qualifier = "approx" if cand.qualifier == "below" else "at_most"
        cand.low, cand.high = v - below, v
    elif cand.qualifier == "at_least":
        # news rounds down to the last round figure: "more than 5,000" reads as 5,000-10,000;
        # below zero the same width ("above -10C": -10 to 0)
        cand.low, cand.high = v, v + abs(v) * (settings.at_least_high_factor - 1)
    elif cand.qualifier == "at_most":
        # the mirror image: "fewer than 400" reads as 200-400, "below -135C" as -202.5 to -135
        cand.low, cand.high = v - abs(v) * (1 - settings.at_most_low_factor), v


def change(doc: Doc, words: list[str], cand: Candidate) -> Change | None:
    """up/down when the number is an amount of change: "rose 5%", "up 9%", "a 3% cut"."""
    if cand.value < 0:
        return None  # a change is a size with a direction: "plunged to minus 52C" is a level
    k = cand.start - 1
    while k >= 0 and words[k] in (",", "by"):
        k -= 1
    if k >= 0 and k + 1 < cand.start and words[k + 1] == "by" and doc[k].pos_ == "VERB":
        hit = _lexicons().changes.get(doc[k].lemma_.lower())
        if hit is not None and hit[1] in ("verb", "both"):
            return hit[0]  # "dropped by 12 percent", "raised its rate by"
    if (
        k >= 0
        and words[k] in ("up", "down", "off")
        and doc[k].pos_ in ("ADV", "ADP", "PART")
        # "gave up 517 yards" is no change, "went up by 30 pence" is
        and (doc[k].dep_ != "prt" or words[k + 1] == "by")
    ):
        if words[k] == "up" and k + 1 < len(words) and words[k + 1] == "to":
            return None
        return "up" if words[k] == "up" else "down"
    if (
        k >= 0
        and words[k] in numbers.context_words("level_preposition")
        and not (words[k] == "over" and cand.qualifier == "at_least")
    ):
        return None  # "fell 6 points to 38 percent": 38 is a level
    # (a number that modifies a noun after it is read through that noun: "to a 4% pay rise")
    modifies = doc[cand.num_end - 1].head.i >= cand.num_end
    if k >= 0 and not modifies and _level_after_article(doc, words, k):
        return None  # "rise to a muggy 91F" is the level reached ("to a 4% rise" is not)
    starts = [cand.counted_tok if cand.counted_tok is not None else cand.end - 1, cand.num_end - 1]
    for idx in dict.fromkeys(starts):
        ch = _change_from(doc[idx], cand)
        if ch is not None:
            return ch
    return None


def _level_after_article(doc: Doc, words: list[str], k: int) -> bool:
    """Whether the words ending at ``k`` are "to", an article and at most MAX_LEVEL_MODIFIERS
    more words that are not verbs ("to a muggy", "to a new record"): what follows is the
    level reached."""
    for j in range(k, max(k - MAX_LEVEL_MODIFIERS, 0) - 1, -1):
        if doc[j].lower_ in ("a", "an", "the"):
            return j > 0 and words[j - 1] == "to"
        if doc[j].pos_ in ("VERB", "AUX", "NUM", "PUNCT"):
            return False
    return False


def _hyphened(tok: Token) -> bool:
    """Whether a word is the second half of a hyphened compound ("jaw-dropping"): a hyphen
    glued between it and a word before."""
    i = tok.i
    return i >= 2 and tok.doc[i - 1].text in ("-", "‐") and not tok.doc[i - 2].whitespace_ and (
        not tok.doc[i - 1].whitespace_)


def _change_from(tok: Token, cand: Candidate) -> Change | None:
    changes = _lexicons().changes
    via_by = False
    for _ in range(MAX_CHANGE_HOPS):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "pobj" or head.pos_ == "ADP":
            prep = head.lower_
            if prep == "by" or (prep == "between" and cand.qualifier == "range"):
                via_by = True
                tok = head
                continue
            if prep == "of" and head.head.pos_ == "NOUN":
                hit = changes.get(head.head.lemma_.lower())
                if hit is not None and hit[1] in ("noun", "both"):
                    return hit[0]
            if prep in numbers.context_words("level_preposition") or head.pos_ == "ADP":
                return None
        hit = changes.get(head.lemma_.lower())
        if hit is not None and _hyphened(head):
            hit = None  # "a jaw-dropping 16ft": an adjective, no change of the figure
        if hit is not None:
            ch, pos, mode = hit
            is_verb = head.pos_ in ("VERB", "AUX")
            if (
                (is_verb and pos in ("verb", "both"))
                or (head.pos_ == "NOUN" and pos in ("noun", "both"))
            ) and (mode == "direct" or via_by):
                return ch
        if head.pos_ in ("VERB", "AUX"):
            return None
        if via_by and head.dep_ == "conj" and head.head.pos_ == "VERB":
            # "absences fell by 30% and staff turnover by 45%": the second clause leaves out
            # its verb; the parser joins its subject to the first clause's verb
            hit = changes.get(head.head.lemma_.lower())
            return hit[0] if hit is not None and hit[1] in ("verb", "both") else None
        if head.pos_ in ("NOUN", "PROPN", "ADJ") and not cand.start <= head.i < cand.end:
            return None  # "cut a path 25 miles long": the number measures another word
        tok = head
    return None
