"""Quantities: every number in an article with its unit, interval, SI value and what it counts.

``find_quantities(doc)`` walks the spaCy tokens, reads number phrases (``numbers.py``), attaches
a unit from the lexicon (``units.py``, ``data/units.tsv``) or the noun it counts (``attach.py``),
reads the qualifier before it (``data/qualifiers.tsv``) and whether it is a change
(``data/changes.tsv``).

Conventions (chosen to follow the NewsQuant benchmark of Almasian et al. 2023):

* Not quantities: years and days of month next to a month name, decades ("the 1990s"), times
  of day, ordinals ("First,", "third", "44th"), numbers that are part of names ("G7",
  "COVID-19", "Boeing 737", "Route 66"), phone numbers, numbers of paragraphs and list items
  ("3. On 16 November ..."), sports scores ("won 3-1"), and
  "a"/"an"/"one" used as articles or pronouns ("an accountant", "one of them", "no one").
* "one" that counts something is a quantity ("one diplomatic source" -> 1 source).
* Durations are quantities ("two-week", "34-hour", "12 to 18 months").
* "two or three weeks" gives two quantities sharing the unit, as NewsQuant annotates it.
* Counts have ``unit=None``, ``dimension="count"`` and ``counted`` = the lemma of the noun.
* ``si_*``: pint conversion to the SI unit of the dimension for physical units; currencies
  keep their value with ``si_unit`` = the ISO code; percent, points and counts have no SI
  value (``si_* = None``) because there is nothing to convert.
* Qualifiers, their intervals (widths from ``Settings``) and changes are read by
  ``qualifiers.py``; a change ("rose 5%") keeps its qualifier.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from counterpoint.facts import numbers, qualifiers, units
from counterpoint.facts.attach import (
    _age_apposition,
    _attach_prefix_unit,
    _attach_rate,
    _attach_unit,
    _Cand,
    _lemma,
    names_age,
)
from counterpoint.model import Qualifier, Quantity
from counterpoint.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Abbreviations whose lower-case form names another unit: "1,250 ML per day" is megalitres,
# "5 ml" millilitres.
CASED_UNITS = {"ML": "megalitre", "GL": "gigalitre"}
# A number that opens a line and is followed by "." or ")" numbers a paragraph or an item of a
# list ("3. On 16 November the jury ..."): no quantity of the story.
_LIST_MARKER = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,3})[.)](?=[ \t])")
_PHONE = re.compile(
    r"(?<!\d)(?:\+?\d{1,3}[ .-])?(?:\(\d{2,4}\)\s?|\d{3}[ .-])\d{3,4}[ .-]\d{4}"
    r"(?!\d)|(?<!\d)\d{3}-\d{4}(?!\d)"
)


def find_quantities(
    doc: Doc, exclude: Sequence[tuple[int, int]] = (), *, settings: Settings | None = None
) -> tuple[Quantity, ...]:
    """Every quantity in ``doc``, sorted by span; numbers inside ``exclude`` spans are skipped.
    Qualifier intervals use the widths of ``settings`` (default: ``counterpoint.settings``)."""
    settings = settings or DEFAULT
    words = [CASED_UNITS.get(t.text, t.lower_) for t in doc]
    spaced = [i == 0 or bool(doc[i - 1].whitespace_) for i in range(len(doc))]
    text = doc.text  # Doc.text rebuilds the string on every access: read it once
    blocked = list(exclude) + [m.span() for m in _PHONE.finditer(text)]
    blocked += [m.span("n") for m in _LIST_MARKER.finditer(text)]
    out: list[_Cand] = []
    i = 0
    n = len(doc)
    while i < n:
        cand, nxt = _read_at(doc, words, spaced, i, blocked, settings)
        if cand is not None:
            out.extend(cand)
        i = max(nxt, i + 1)
    _zero_counts(doc, words, out, blocked)
    if not out:
        return ()
    _temperatures(doc, out)
    out = _below_zero(words, out)
    # "10 h 31 min": a time written in spaced symbols ("h", "min", "s") is no count of them
    out = [c for c in out if not (c.unit is None and c.counted in units.glued_time_symbols())]
    # "a 95% confidence interval": the level of a statistical interval, no figure of the story
    out = [c for c in out if not (
        c.unit is not None and c.unit.name == "percent" and c.end < n
        and words[c.end].lower() in STATISTICAL_LEVELS
    )]
    _rate_points(doc, out)
    _nautical_miles(doc, words, out)
    _level_after_from(doc, words, out)
    starts = _sentence_starts(doc)
    bounds = [*starts[1:], len(doc)]
    return tuple(
        _finish(doc, text, c, _sentence_span(doc, starts, bounds, c.num_start))
        for c in sorted(out, key=lambda c: (c.start, c.end))
    )


# The highest air temperature ever measured is 56.7 degrees Celsius (Death Valley, 1913), so
# a weather reading above this in unnamed degrees is in Fahrenheit; at or below it, Celsius,
# the scale of all but a handful of countries (used only when the article names no scale).
HOTTEST_CELSIUS = 57.0


def _in_context(doc: Doc, c: _Cand, words: frozenset[str]) -> bool:
    """Whether the sentence of a figure has one of ``words`` (a context_words.tsv list)."""
    return any(t.lemma_.lower() in words or t.lower_ in words for t in doc[c.num_start].sent)


def _bare(cands: list[_Cand], unit: str) -> list[_Cand]:
    """The figures with a unit of this name and no rate ("46 degrees", "25 points")."""
    return [c for c in cands if c.unit is not None and c.unit.name == unit and not c.rate]


def _temperatures(doc: Doc, cands: list[_Cand]) -> None:
    """A bare "degrees" is a temperature unless its sentence is about angles (turning,
    slopes, bearings): on the scale the article names elsewhere ("46.2C ... 46.2 degrees"),
    else by HOTTEST_CELSIUS. A sentence about heat or cold makes it a temperature even
    beside an angle word."""
    bare = _bare(cands, "degree")
    if not bare:
        return
    lex = units.lexicon().units
    scales = Counter(
        c.unit.name for c in cands if c.unit is not None and c.unit.dimension == "temperature"
    )
    hot = numbers.context_words("temperature_lemma")
    angle = numbers.context_words("angle_lemma")
    for c in bare:
        if not _in_context(doc, c, hot) and _in_context(doc, c, angle):
            continue
        if scales:
            c.unit = lex[scales.most_common(1)[0][0]]
        else:
            c.unit = lex["degree Fahrenheit" if c.value > HOTTEST_CELSIUS else "degree Celsius"]


# Words after a percentage that make it the level of a statistical interval or test.
STATISTICAL_LEVELS = frozenset({"confidence", "ci", "credible", "significance"})
# Where "N degrees below ..." counts down from: zero on either scale, and freezing (0 C, 32 F).
BELOW = {("zero", "degree Celsius"): 0.0, ("zero", "degree Fahrenheit"): 0.0,
         ("freezing", "degree Celsius"): 0.0, ("freezing", "degree Fahrenheit"): 32.0}


def _below_zero(words: list[str], cands: list[_Cand]) -> list[_Cand]:
    """ "nine degrees below freezing", "5F below zero": a temperature counted down from zero
    or from the freezing point of its scale ("zero" is then no count of its own)."""
    taken: set[int] = set()
    for c in cands:
        if c.unit is None or c.unit.dimension != "temperature" or c.end + 1 >= len(words):
            continue
        origin = BELOW.get((words[c.end + 1], c.unit.name))
        if words[c.end] != "below" or origin is None:
            continue
        c.value, c.low, c.high = origin - c.value, origin - c.high, origin - c.low
        c.change = None  # a reading ("dropped to 20 degrees below freezing"), not a step
        taken.add(c.end + 1)
        c.end += 2
    return [c for c in cands if c.num_start not in taken]


# A zero count is read only as a clause's subject ("no deaths were reported", "none of the
# miners needed ..."), where it states that something did not happen to anyone.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Determiners between "none of" and the plural it counts ("none of the miners").
_NONE_OF_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})


def _zero_counts(
    doc: Doc, words: list[str], cands: list[_Cand], blocked: Sequence[tuple[int, int]]
) -> None:
    """ "None of the miners needed ...", "no deaths were reported", "not one child has
    needed ...", "not a single worker was hurt": a count of zero, which a report of "two miners
    taken to hospital" contradicts."""
    n = len(doc)
    for c in cands:
        # "not one child has needed treatment": the figure "one" denied, a count of zero
        if (
            c.num_start >= 1 and words[c.num_start - 1] == "not" and words[c.num_start] == "one"
            and c.num_end == c.num_start + 1 and c.unit is None and c.counted_tok is not None
            and doc[c.counted_tok].dep_ in _SUBJECTS
        ):
            c.start, c.value, c.low, c.high = c.num_start - 1, 0.0, 0.0, 0.0
    taken = {i for c in cands for i in range(c.start, c.end)}
    for i in range(n):
        if words[i] == "none" and i + 3 < n and words[i + 1] == "of" and (
            words[i + 2] in _NONE_OF_DETERMINERS
        ):
            k = i + 3
        elif words[i] == "no" and i + 1 < n:
            k = i + 2 if doc[i + 1].pos_ == "ADJ" and i + 2 < n else i + 1
        elif words[i : i + 3] == ["not", "a", "single"] and i + 3 < n:
            k = i + 3  # "not a single worker was hurt"
        else:
            continue
        plural = doc[k].tag_ == "NNS" or (doc[k].tag_ == "NN" and _plural_verb(doc[k]))
        if not (plural or (words[i] == "not" and doc[k].tag_ == "NN")) or any(
            j in taken for j in range(i, k + 1)
        ):
            continue
        if not ({doc[i].dep_, doc[k].dep_} & _SUBJECTS):
            continue  # "there were no trains", "no decent clothes": not a count of anything
        if _in_blocked(doc, i, k + 1, blocked):
            continue
        cands.append(_Cand(i, k + 1, i, i + 1, 0.0, 0.0, 0.0, counted=_lemma(doc[k]),
                           counted_tok=k))


def _plural_verb(noun: Token) -> bool:
    """Whether the verb of which ``noun`` is the subject agrees with a plural ("no fish have
    died", "no staff were hurt"): nouns such as fish, sheep and staff are tagged singular, but
    "no evidence has been found" counts nothing."""
    verb = noun.head
    return any(
        t.tag_ == "VBP" or t.lower_ == "were"
        for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))
    )


def _rate_points(doc: Doc, cands: list[_Cand]) -> None:
    """ "Points" in a sentence about rates, inflation or polls are percentage points ("cut by
    a quarter-point", "up two points in the poll"), not a score."""
    rates = numbers.context_words("rate_lemma") | {"%"}
    pp = units.lexicon().units["percentage point"]
    for c in _bare(cands, "point"):
        if _in_context(doc, c, rates):
            c.unit = pp


def _nautical_miles(doc: Doc, words: list[str], cands: list[_Cand]) -> None:
    """ "nm" in a sentence about ships or flight is nautical miles ("the jet was 38 nm east of
    the airport"); chips and light keep nanometres."""
    sea = numbers.context_words("nautical_lemma")
    compass = numbers.context_words("bearing_word")
    nmi = units.lexicon().units["nautical mile"]
    for c in _bare(cands, "nanometer"):
        # "14nm south-west of the point": a bearing from a place, never a nanometre size
        bearing = c.end < len(words) and words[c.end].lower() in compass
        if words[c.end - 1] == "nm" and (bearing or _in_context(doc, c, sea)):
            c.unit = nmi


def _sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start; doc.to_array avoids iterating doc.sents in Python."""
    if not doc.has_annotation("SENT_START"):
        return [0]
    flags = doc.to_array("SENT_START")
    return [0] + [i for i in range(1, len(doc)) if flags[i] == 1]


def _sentence_span(doc: Doc, starts: list[int], bounds: list[int], tok: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, tok) - 1
    last = doc[bounds[k] - 1]
    return doc[starts[k]].idx, last.idx + len(last.text)


def _in_blocked(doc: Doc, i: int, j: int, blocked: Sequence[tuple[int, int]]) -> bool:
    s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
    return any(s < be and bs < e for bs, be in blocked)


# Words after "doubled" that make it no rise of a number ("doubled as a shelter", "doubled
# over in pain", "doubled up", "doubled back").
_NOT_MULTIPLIED_AFTER = frozenset({"as", "over", "up", "back", "down"})


def _multiplied(
    doc: Doc, words: list[str], i: int, blocked: Sequence[tuple[int, int]], settings: Settings
) -> list[_Cand] | None:
    """ "Fares have doubled", "plans to treble the fleet": a verb of growing a number of times
    over is a rise by a percentage of the level before (numbers.MULTIPLYING), as "rose by 100%"
    is; "more than doubled" and "nearly tripled" bound it."""
    n = len(words)
    if doc[i].pos_ != "VERB" or _in_blocked(doc, i, i + 1, blocked) or (
        i + 1 < n and words[i + 1] in _NOT_MULTIPLIED_AFTER
        # (but "doubled over the winter" is a rise over a period)
        and not (words[i + 1] == "over" and i + 2 < n and doc[i + 2].pos_ in ("DET", "NUM"))
    ):
        return None
    rise = numbers.MULTIPLYING[words[i]]
    cand = _Cand(i, i + 1, i, i + 1, rise, rise, rise)
    cand.unit = units.lexicon().units["percent"]
    qualifiers.qualify(doc, words, cand, settings)
    cand.change = "up"
    return [cand]


def _read_at(
    doc: Doc,
    words: list[str],
    spaced: list[bool],
    i: int,
    blocked: Sequence[tuple[int, int]],
    settings: Settings,
) -> tuple[list[_Cand] | None, int]:
    """Try to read quantities starting at token i; return them and the next index to try."""
    if words[i] in numbers.MULTIPLYING:
        return _multiplied(doc, words, i, blocked, settings), i + 1
    if not numbers.may_start(words[i]):
        return None, i + 1
    glued = _glued_unit(doc, words, spaced, i, settings)
    if glued is not None:
        if _in_blocked(doc, i, i + 1, blocked):
            return None, i + 1
        return [glued], i + 1
    run = numbers.read_number(words, i)
    lone_article = False
    if run is None:
        run = _article_or_half(doc, words, spaced, i)
        lone_article = run is not None
        if run is None:
            return None, i + 1
    if _in_blocked(doc, run.start, run.end, blocked) or numbers.is_not_quantity(
        doc, words, run, units.lexicon().after
    ):
        return None, run.end
    cand = _Cand(run.start, run.end, run.start, run.end, run.value, run.low, run.high)
    if words[i] in numbers.HALVING:
        # "sick leave was halved", "plans to halve waiting lists": a fall by half; the noun
        # after the verb is what fell, not a thing counted
        qualifiers.qualify(doc, words, cand, settings)
        cand.change = "down"
        return [cand], run.end
    cand.is_range = run.low != run.high
    if cand.start > 0 and words[cand.start - 1] == "minus":
        cand.value, cand.low, cand.high = -cand.value, -cand.high, -cand.low
        cand.start -= 1
    _attach_prefix_unit(doc, words, spaced, cand)
    _attach_unit(doc, words, spaced, cand, run)
    if lone_article and cand.unit is None:
        return None, run.end
    # ranges: "12 to 18 months", "12-18", "between 5 and 7"
    second = _range_partner(doc, words, spaced, cand)
    if second is not None:
        low, high, partner = second
        hyphen = words[cand.num_end] in ("-", "–")
        if hyphen and (
            low >= high
            or (
                cand.unit is None
                and partner.unit is None
                and (
                    partner.counted is None
                    or partner.counted in numbers.context_words("score_noun")
                )
            )
        ):
            return None, partner.end  # "won 3-1", "a 1-2 defeat": a score
        if numbers.year_like(doc[cand.num_start].text) and numbers.year_like(
            doc[partner.num_start].text
        ):
            return None, partner.end  # "the 2019-2020 season", "between 2010 and 2020"
        if low < high:
            cand.low, cand.high, cand.value = low, high, (low + high) / 2
            cand.is_range = True
            cand.end = max(cand.end, partner.end)
            cand.unit = cand.unit or partner.unit
            cand.counted, cand.counted_tok = partner.counted, partner.counted_tok
            cand.age = cand.age or partner.age
            cand.rate = cand.rate or partner.rate
        elif words[cand.num_end] in "-–":
            return None, partner.end
    if (
        cand.unit is None and cand.counted is None and not cand.is_range
        # "a rower aged 44 and 1.9m tall": an age, never a height
        and not names_age(doc, words, cand)
    ):
        _share_unit(doc, words, spaced, cand)
    if units.point_idiom(words, cand.num_start, cand.num_end):
        return None, run.end
    if cand.unit is None and numbers.names_something(
        doc, cand.num_start, cand.num_end, cand.counted_tok
    ):
        return None, run.end
    if cand.unit is None and cand.counted is None:
        if numbers.pronoun_one(words, cand.start, cand.num_start, cand.num_end):
            return None, run.end
        if numbers.phone_number(words, cand.num_start, cand.num_end):
            return None, run.end
        _age_apposition(doc, words, cand)
    qualifiers.qualify(doc, words, cand, settings)
    cand.change = qualifiers.change(doc, words, cand)
    if (
        cand.unit is None
        and not (cand.is_range and cand.low != cand.high)
        and numbers.year_as_count(doc, cand.num_start, cand.num_end, cand.counted_tok)
    ):
        return None, cand.num_end
    nxt = cand.num_end if cand.is_range is False else cand.end
    return [cand], nxt


# --- reading ------------------------------------------------------------------------------

MINUS_SIGNS = ("-", "−")
# "Ml" or "ML" with a capital M, after a number: megalitres (the lexicon is lower-cased)
_MEGALITRE = re.compile(r"(?<=[\d\s])M[lL](?![A-Za-z])")
# (a vulgar fraction may follow whole digits: "7½in")
_GLUED = re.compile(
    r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|[" + "".join(numbers.VULGAR) + r"])?)"
    r"([^\d\s.,][^\d\s]*)$")


def _glued_unit(
    doc: Doc, words: list[str], spaced: list[bool], i: int, settings: Settings
) -> _Cand | None:
    """One token holding number and unit: "38C", "340p", "10km", "5kg" (when the tokenizer
    did not split them); scale suffixes ("3.4bn") are read by numbers.parse_suffixed."""
    word = words[i]
    sign = -1.0 if word[:1] in MINUS_SIGNS and len(word) > 1 and word[1].isdigit() else 1.0
    if sign < 0:
        word = word[1:]  # "-9C", "−5C": a reading below zero
    elif i > 0 and words[i - 1] == "minus":
        sign = -1.0  # "minus 20C"
    m = _GLUED.match(word)
    if m is None or numbers.parse_suffixed(word) is not None:
        return None
    suffix = m.group(2)
    if suffix in ("s", "'s", "’s", "th", "st", "nd", "rd"):
        return None  # "1990s", "15th"
    lex = units.lexicon().after
    if suffix[:1] in "-‐" and len(suffix) > 1:
        suffix = suffix[1:]  # "2½-mile", one token: a compound measure
    unit = lex.get(suffix) or (lex.get(suffix[:-1]) if suffix.endswith(".") else None)
    if unit is None:
        return None
    if suffix == "c" and doc[i].text.endswith("c") and units.money_context(doc, i):
        unit = units.lexicon().units["cent"]  # "paying a 20c deposit": cents, not 20°C
    if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1:].isalnum():
        return None
    value = sign * (numbers.parse_mixed(m.group(1)) or 0.0)
    start = i - 1 if sign < 0 and words[i - 1] == "minus" else i
    cand = _Cand(start, i + 1, i, i + 1, value, value, value, unit)
    _attach_prefix_unit(doc, words, spaced, cand)
    if cand.unit is not unit and not (cand.unit is not None and unit.name == "penny"):
        return None
    cand.unit = unit
    _attach_rate(doc, words, cand)  # "2p a day", as "£2 a day"
    qualifiers.qualify(doc, words, cand, settings)
    cand.change = qualifiers.change(doc, words, cand)
    return cand


def _article_or_half(
    doc: Doc, words: list[str], spaced: list[bool], i: int
) -> numbers.NumberRun | None:
    """ "a mile and a half", "half a mile", "(barely) a kilometer": "a"/"half" as a number when
    a unit follows; a bare "a/an" counts only before a measurement unit after a qualifier, or
    before a length unit that a word of extent follows ("a foot deep")."""
    w = words[i]
    if w == "half" and i + 2 < len(words) and words[i + 1] in ("a", "an"):
        if i > 0 and (words[i - 1] in ("first", "second", "last", "the", "a", "this")):
            return None
        m = units.match_after(words, spaced, i + 2)
        if m is not None and units.unit_ok(doc, words, spaced, i + 2, m, i + 2):
            return numbers.NumberRun(i, i + 2, 0.5, 0.5, 0.5, False, True)
        return None
    if w not in ("a", "an") or i + 1 >= len(words):
        return None
    whole = _whole_period(doc, words, spaced, i)
    if whole is not None:
        return whole
    m = units.match_after(words, spaced, i + 1)
    if m is None or not units.unit_ok(doc, words, spaced, i + 1, m, i + 1):
        return None
    unit, uend, _ = m
    and_half = (
        uend + 2 < len(words)
        and words[uend] == "and"
        and words[uend + 1] in ("a", "an")
        and words[uend + 2] in ("half", "quarter")
    )
    qualified = qualifiers.qualifier_before(words, i) is not None
    if and_half or _extent_after(words, unit, uend) or (
        qualified and unit.dimension not in ("currency", "percent") and not (
            unit.dimension == "time"
            and (unit.name in _AGES_LONG or _point_in_time(words, uend))
        )
    ):
        return numbers.NumberRun(i, i + 1, 1.0, 1.0, 1.0, False, True)
    return None


def _extent_after(words: list[str], unit: units.Unit, k: int) -> bool:
    """Whether a length unit after a bare "a" is followed by a word of extent ("lay a foot
    deep", "a mile long", "a metre-high wall"): the unit then measures something, one of it."""
    if k < len(words) and words[k] == "-":
        k += 1
    return (
        unit.dimension == "length"
        and k < len(words)
        and words[k] in numbers.context_words("extent_adjective")
    )


# Units of time too long for "a" to give a length by itself after a qualifier: "the first
# strike in almost a decade" tells how long since something last happened, "over a
# century old" an age.
_AGES_LONG = frozenset(("decade", "century"))


def _point_in_time(words: list[str], k: int) -> bool:
    """Whether the word at ``k``, right after a unit of time, makes it a point in time or ties
    it to an event ("more than a month ago", "nearly a week after the vote"): no length of
    time."""
    return k < len(words) and words[k].lower() in _not_a_span()


@functools.cache
def _not_a_span() -> frozenset[str]:
    """Words after a period that make it a point in time or tie it to an event (lists time_ago
    and time_anchor)."""
    return numbers.context_words("time_ago") | numbers.context_words("time_anchor")


# "closed for a full week", "leaked for an hour": "a" as one before a period of time, which it
# is only after "for" or with a word of data/context_words.tsv list whole_adjective between
# ("a whole month"); never before a word that makes it a point in time ("a week later", list
# time_ago) or, without "for", ties it to an event ("a week after the vote", list time_anchor);
# nor in a rate ("twice a week" has no "for"). Seconds and minutes are left out: "wait for a
# minute" is rarely a measure. "A month-long ban" is one period too: "-long" makes the unit a
# length of time.
def _whole_period(
    doc: Doc, words: list[str], spaced: list[bool], i: int
) -> numbers.NumberRun | None:
    """ "for a week", "a full week": one period of time as a duration, or None."""
    whole = numbers.context_words("whole_adjective")
    time_ago = numbers.context_words("time_ago")
    not_a_span = _not_a_span()
    j = i + 2 if i + 2 < len(words) and words[i + 1].lower() in whole else i + 1
    after_for = i > 0 and words[i - 1].lower() == "for"
    if j == i + 1 and not after_for and not _long(words, i + 2):
        return None
    m = units.match_after(words, spaced, j)
    if m is None or m[0].dimension != "time" or m[0].name in ("second", "minute"):
        return None
    nxt = words[m[1]].lower() if m[1] < len(words) else ""
    if nxt in not_a_span and not (after_for and nxt not in time_ago):
        return None  # "a full week after the vote"; but "for a week before calling"
    return numbers.NumberRun(i, j, 1.0, 1.0, 1.0, False, True)


def _long(words: list[str], k: int) -> bool:
    """Whether "-long" follows a unit ending before ``k`` ("a month-long ban"): one period."""
    return k + 1 < len(words) and words[k] in ("-", "–") and words[k + 1].lower() == "long"


def _range_partner(
    doc: Doc, words: list[str], spaced: list[bool], cand: _Cand
) -> tuple[float, float, _Cand] | None:
    """ "12 to 18 months", "12-18", "between 5 and 7", "252 miles to 287 miles", "$5 to $7"."""
    j = cand.end if cand.unit is not None and cand.end > cand.num_end else cand.num_end
    if cand.num_end < len(words) and words[cand.num_end] in ("to", "-", "–") and (
        cand.num_end + 1 < cand.end
    ):
        j = cand.num_end  # "2-3 weeks": the unit after the second number was lent to the first
    if j + 1 >= len(words) or words[j] not in ("to", "-", "–", "and"):
        return None
    if words[j] == "and" and not (cand.start > 0 and words[cand.start - 1] == "between"):
        return None
    k = j + 1
    prefix = units.match_before([words[k]], [True], 1) if cand.unit is not None else None
    if prefix is not None and prefix[0] is cand.unit:
        k += 1  # "$5 to $7"
    run = numbers.read_number(words, k)
    if run is None or (j > cand.num_end and words[j] in ("-", "–")):
        return None
    partner = _Cand(run.start, run.end, run.start, run.end, run.value, run.low, run.high)
    if prefix is not None:
        partner.unit = cand.unit
    _attach_unit(doc, words, spaced, partner, run)
    if cand.unit is not None and partner.unit is not None and partner.unit is not cand.unit:
        return None
    if j > cand.num_end and partner.unit is None and prefix is None:
        return None  # "5 km to 7": keep apart
    if numbers.is_not_quantity(doc, words, run, units.lexicon().after):
        return None
    if words[j] == "to" and qualifiers.from_level(doc, words, cand.start):
        # "climbed from £40 to £52 a week": the level before a change and the one after, not a
        # range; the first is of the same period as the second
        if cand.unit is not None and partner.unit is cand.unit and cand.rate is None:
            cand.rate = partner.rate
        return None
    return cand.value, run.value, partner


def _level_after_from(doc: Doc, words: list[str], cands: list[_Cand]) -> None:
    """ "fell from 25 minutes to just nine", "rose from 4 dollars to 7": a bare number right
    after the "to" of a change from a level told with a unit is the level after it, in that
    unit (a noun after the number, "to 7 members", counts something else)."""
    by_end = {c.end: c for c in cands}
    for c in cands:
        if c.unit is not None or c.counted is not None or c.is_range or c.start < 2:
            continue
        if words[c.start - 1] != "to":
            continue
        level = by_end.get(c.start - 1)
        if level is not None and level.unit is not None and qualifiers.from_level(
            doc, words, level.start
        ):
            c.unit, c.rate = level.unit, level.rate


def _share_unit(doc: Doc, words: list[str], spaced: list[bool], cand: _Cand) -> None:
    """ "two or three weeks", "eight or nine euros", "74 by 58 centimetres": the first number
    takes the second's unit."""
    j = cand.num_end
    if j + 1 >= len(words) or words[j] not in ("or", "and", "to", ",", "by"):
        return
    run = numbers.read_number(words, j + 1)
    if run is None:
        return
    partner = _Cand(run.start, run.end, run.start, run.end, run.value, run.low, run.high)
    _attach_prefix_unit(doc, words, spaced, partner)
    _attach_unit(doc, words, spaced, partner, run)
    if partner.unit is not None and (words[j] != "by" or partner.unit.dimension == "length"):
        # "74 by 58 centimetres": the two sides of one size share the unit
        cand.unit, cand.rate = partner.unit, partner.rate
    elif partner.counted is not None and words[j] == "or":
        cand.counted = partner.counted


# --- output ------------------------------------------------------------------------------


def _finish(doc: Doc, text: str, c: _Cand, sentence: tuple[int, int]) -> Quantity:
    start_char = doc[c.start].idx
    end_tok = doc[c.end - 1]
    end_char = end_tok.idx + len(end_tok.text)
    if (
        end_tok.text.endswith(".")
        and len(end_tok.text) > 1
        and c.end - 1 > c.num_start
        and (end_tok.lower_ not in units.lexicon().after)
    ):
        end_char -= 1  # sentence-final "km/h." keeps its period out
    elif end_tok.text.endswith(".") and c.end - 1 == c.num_start:
        glued = _GLUED.match(end_tok.lower_.lstrip("".join(MINUS_SIGNS)))
        if glued and glued.group(2) not in units.lexicon().after:
            end_char -= 1  # and so does a sentence-final "47C." ("-196C.") read as one token
    # a figure the sentence splitter cut in two (an all-capitals line: "TWO DOZEN") keeps all
    # of itself inside its sentence
    sentence = (min(sentence[0], start_char), max(sentence[1], end_char))
    unit = c.unit
    if unit is not None and unit.name == "milliliter" and _MEGALITRE.search(
        text, start_char, end_char
    ):
        unit = units.lexicon().units["megaliter"]  # "120 Ml/d": the water industry's megalitre
    low, high = min(c.low, c.value), max(c.high, c.value)
    qualifier: Qualifier = c.qualifier  # type: ignore[assignment]
    rate = f" per {c.rate}" if c.rate else ""
    si_value: float | None = None
    si_low: float | None = None
    si_high: float | None = None
    si_unit: str | None = None
    if unit is None:
        name = rate.strip() or None
        dim = "rate" if c.rate else "count"
    else:
        name = unit.name + rate
        dim = "age" if c.age else unit.dimension
        if unit.is_currency:
            si_value, si_low, si_high, si_unit = c.value, low, high, unit.si
            if c.rate:
                si_unit = f"{unit.si}{rate}"
        elif c.rate and (ppb := units.aqueous_ppb(unit.name, c.value, c.rate)) is not None:
            # "26 micrograms per litre" of copper in water is 26 ppb, the unit others report in
            dim, si_value, si_unit = "concentration", ppb, "part per billion"
            si_low = units.aqueous_ppb(unit.name, low, c.rate)
            si_high = units.aqueous_ppb(unit.name, high, c.rate)
        else:
            # a change of a temperature ("fell by 6C") is a step on the scale, not a reading
            step = c.change is not None
            conv = units.to_si(unit.name, c.value, step)
            if conv is not None:
                # a rate converts its measure and keeps its period, as a price does ("4.5
                # million litres a day" is 4,500 cubic meter per day)
                si_value, si_unit = conv[0], conv[1] + rate
                lo = units.to_si(unit.name, low, step)
                hi = units.to_si(unit.name, high, step)
                si_low = lo[0] if lo else None
                si_high = hi[0] if hi else None
    return Quantity(
        text[start_char:end_char],
        (start_char, end_char),
        c.value,
        low,
        high,
        name,
        si_value,
        si_low,
        si_high,
        si_unit,
        dim,
        qualifier,
        c.change,
        c.counted if unit is None else None,
        sentence,
    )
