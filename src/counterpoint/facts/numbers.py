"""Reading numbers written in digits or words ("1,200", "3.4bn", "two dozen", "one and a half
million", "tens of thousands") from a run of lower-cased token texts.

The readers are pure string functions with no spaCy dependency, so they are cheap to test and
to fuzz; the functions after them look at the spaCy tokens around a run to reject numbers that
are no quantity (dates, names, pronoun "one"); the quantity stage
(``counterpoint.facts.quantities``) decides the rest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from counterpoint.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.tokens import Doc

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

WORD_VALUES: dict[str, float] = {w: float(i) for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
for _t, _tw in enumerate(_TENS):
    for _u in range(1, 10):
        WORD_VALUES[f"{_tw}-{_UNITS[_u]}"] = float(20 + 10 * _t + _u)

SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
"""Multiplier words that may follow a number ("3.4 billion", "two hundred")."""

PLURAL_SCALES: dict[str, float] = {
    "tens": 10.0,
    "dozens": 12.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
"""Vague plural multipliers; "thousands of X" is read as the interval [1000, 10000): one
order of magnitude, the reading the NewsQuant benchmark gives "millions of Americans"."""

FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fourth": 1 / 4,
    "fourths": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
"""Fraction words; only read after a cardinal ("two thirds") or "a" ("a third of")."""

VULGAR: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
"""Scale letters glued to digits in news copy ("$3.4bn", "£5m", "20k")."""

_ORDINAL_HALF = frozenset({"first", "second", "last", "latter", "other", "the", "this", "a"})
"""Words before "half" that make it a period ("the second half of"), not a fraction."""

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")
# A scale letter of SUFFIX_SCALES glued to digits ("3.4bn"), or one of these scale words of
# SCALES glued as the tabloid style writes it ("£12million", one token)
_GLUED_WORDS = ("thousand", "million", "billion", "trillion")
_SUFFIXED = re.compile(
    r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(" + "|".join((*SUFFIX_SCALES, *_GLUED_WORDS)) + ")$"
)


# Forms of the verb "halve": each is a fall by half.
HALVING = frozenset({"halve", "halved", "halving"})
# Verbs of growing a number of times over, with the rise each tells as a percentage of the
# level before ("doubled" is a rise of 100%, "tripled" of 200%).
MULTIPLYING = {
    **dict.fromkeys(("double", "doubled", "doubles", "doubling"), 100.0),
    **dict.fromkeys(("triple", "tripled", "triples", "tripling", "treble", "trebled",
                     "trebles", "trebling"), 200.0),
    **dict.fromkeys(("quadruple", "quadrupled", "quadruples", "quadrupling"), 300.0),
}
_STARTERS = (
    frozenset(WORD_VALUES)
    | frozenset(PLURAL_SCALES)
    | frozenset(VULGAR)
    | HALVING
    | {"a", "an", "half", "minus", "several"}
)


def may_start(word: str) -> bool:
    """Cheap pre-check: can a number phrase (or "a mile", "half a mile") start at ``word``?"""
    return word in _STARTERS or any(c.isdigit() for c in word) or "-" in word


@dataclass(frozen=True, slots=True)
class NumberRun:
    """A number read from tokens ``[start, end)``; ``low``/``high`` differ for vague plurals."""

    start: int
    end: int
    value: float
    low: float
    high: float
    has_scale: bool = False
    words_only: bool = False


def parse_digits(text: str) -> float | None:
    """ "1,200" -> 1200.0, "3.4" -> 3.4, ".5" -> 0.5; anything else -> None."""
    if not text or not any(c.isdigit() for c in text) or not _DIGITS.match(text):
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_mixed(text: str) -> float | None:
    """ "2½" -> 2.5, "16¾" -> 16.75: whole digits with a vulgar fraction glued on; else
    parse_digits."""
    if len(text) > 1 and text[-1] in VULGAR and text[:-1].isdigit():
        return float(text[:-1]) + VULGAR[text[-1]]
    return parse_digits(text)


def parse_suffixed(text: str) -> float | None:
    """ "3.4bn" -> 3.4e9, "20k" -> 2e4, "12million" -> 1.2e7; None when the token is not a
    number with a scale."""
    m = _SUFFIXED.match(text)
    if not m:
        return None
    scale = SUFFIX_SCALES.get(m.group(2)) or SCALES[m.group(2)]
    return float(m.group(1).replace(",", "")) * scale


def word_value(text: str) -> float | None:
    """The value of a cardinal word or hyphenated cardinal ("twenty-five"), else None."""
    return WORD_VALUES.get(text.replace("‐", "-"))


def _simple(text: str) -> float | None:
    v = parse_mixed(text)
    if v is not None:
        return v
    v = word_value(text)
    if v is not None:
        return v
    return VULGAR.get(text)


def _fraction_compound(text: str) -> float | None:
    """ "two-thirds" -> 2/3, "one-quarter" -> 1/4."""
    if "-" not in text:
        return None
    head, _, tail = text.partition("-")
    num = word_value(head)
    frac = FRACTIONS.get(tail)
    if num is None or frac is None or (tail in ("half", "halves") and num != 1):
        return None
    return num * frac


_HYPHENS = ("-", "‐")


def _hyphened_half(words: Sequence[str], j: int) -> bool:
    """Whether "-and-a-half" or "-and-a-quarter" starts at ``words[j]``, split at its hyphens."""
    run = words[j : j + 6]
    return (
        len(run) == 6
        and run[0] in _HYPHENS
        and run[1] == "and"
        and run[2] in _HYPHENS
        and run[3] in ("a", "an")
        and run[4] in _HYPHENS
        and run[5] in ("half", "quarter")
    )


def _unit_of_time(word: str) -> bool:
    """Whether a word names a unit of time longer than a second (the unit lexicon's)."""
    from counterpoint.facts.units import lexicon  # units reads this module's word lists

    unit = lexicon().after.get(word)
    return unit is not None and unit.dimension == "time" and unit.name != "second"


def _of_a_scale(words: Sequence[str], j: int) -> float:
    """The scale of "of a million" / "of a billion" starting at ``words[j]``, else 0."""
    if j + 2 < len(words) and words[j] == "of" and words[j + 1] in ("a", "an"):
        return SCALES.get(words[j + 2], 0.0)
    return 0.0


def _after_by(words: Sequence[str], i: int) -> bool:
    """ "cut by a third", "fell by more than a quarter": "by", then at most three qualifier
    words, before the "a" at ``i``."""
    j = i - 1
    while j >= 0 and i - j <= 4 and words[j] in _BY_QUALIFIERS:
        j -= 1
    return j >= 0 and i - j <= 4 and words[j] == "by"


_BY_QUALIFIERS = frozenset(
    {"more", "less", "than", "almost", "nearly", "about", "roughly", "around", "over", "under",
     "just", "some", "well", "close", "to"}
)


def _by_half(words: Sequence[str], i: int) -> bool:
    """ "cut by half", "trimmed by more than half": "half" after "by" (and words that qualify
    it, as _after_by reads them) that no noun follows, the share a change took."""
    nxt = words[i + 1] if i + 1 < len(words) else "."
    return _after_by(words, i) and (not nxt[:1].isalnum() or nxt in _AFTER_HALF)


# Words that may follow the share ("cut by half in two years", "by half to 40 staff").
_AFTER_HALF = frozenset(
    {"in", "to", "from", "since", "so", "and", "or", "over", "after", "before", "by", "within",
     "this", "last", "next", "compared", "as", "while", "but", "when", "on", "at"}
)


def read_number(words: Sequence[str], i: int) -> NumberRun | None:
    """Read the longest number phrase starting at ``words[i]`` (lower-cased token texts).

    Handles digits, cardinal words, scales ("3.4 billion", "two hundred and five"), "a dozen",
    "one and a half (million)", "half a million", fractions ("two thirds", "a third"),
    "tens of thousands" (an interval). Returns None when no number starts at ``i``. A lone
    "a"/"an" or "half" followed by a unit is left to the caller.
    """
    n = len(words)
    if i >= n:
        return None
    w = words[i]
    # vague plurals: "tens of thousands", "thousands of", "dozens of"
    if w in PLURAL_SCALES:
        return _read_plural(words, i)
    vague = _vague_multiple(words, i)
    if vague is not None:
        return vague
    if w in ("a", "an"):
        if i + 1 < n and (words[i + 1] in SCALES or words[i + 1] == "dozen"):
            return _accumulate(words, i, i + 1, 1.0, True)
        if (
            i + 4 < n and words[i + 2] == "and"
            and (parse_digits(words[i + 3]) is not None or words[i + 3] in WORD_VALUES)
            and _unit_of_time(words[i + 1]) and _unit_of_time(words[i + 4])
        ):
            # "an hour and 20 minutes": one hour, then the minutes (summed when compared)
            return NumberRun(i, i + 1, 1.0, 1.0, 1.0, False, True)
        if (
            i + 2 < n
            and words[i + 1] in FRACTIONS
            and words[i + 1] not in ("half", "halves")
            and (words[i + 2] == "of" or _after_by(words, i))
        ):
            v = FRACTIONS[words[i + 1]]
            scale = _of_a_scale(words, i + 2)
            if scale:
                v *= scale  # "a quarter of a million"
                return NumberRun(i, i + 5, v, v, v, True, True)
            return NumberRun(i, i + 2, v, v, v, False, True)
        return None
    if w in HALVING:
        # "sick leave was halved": the verb tells the share the fall took, as "cut by half" does
        return NumberRun(i, i + 1, 0.5, 0.5, 0.5, False, True)
    if w == "half":
        # "half a million", "half of the town"; "half a mile" is left to the caller
        if i + 2 < n and words[i + 1] in ("a", "an") and words[i + 2] in SCALES:
            v = 0.5 * SCALES[words[i + 2]]
            return NumberRun(i, i + 3, v, v, v, True, True)
        if i + 1 < n and words[i + 1] == "of" and (i == 0 or words[i - 1] not in _ORDINAL_HALF):
            return NumberRun(i, i + 1, 0.5, 0.5, 0.5, False, True)
        if _by_half(words, i):
            return NumberRun(i, i + 1, 0.5, 0.5, 0.5, False, True)
        return None
    frac = _fraction_compound(w)
    if frac is not None:
        return NumberRun(i, i + 1, frac, frac, frac, False, True)
    suffixed = parse_suffixed(w)
    if suffixed is not None:
        return NumberRun(i, i + 1, suffixed, suffixed, suffixed, True, False)
    first = _simple(w)
    if first is None:
        return None
    if w in _TENS and i + 2 < n and words[i + 1] in ("-", "‐") and words[i + 2] in _UNITS[1:10]:
        # "forty-seven": the tokenizer splits a hyphen between letters
        return _accumulate(words, i, i + 3, first + _UNITS.index(words[i + 2]), True)
    return _accumulate(words, i, i + 1, first, parse_digits(w) is None)


def _accumulate(words: Sequence[str], i: int, j: int, first: float, words_only: bool) -> NumberRun:
    """Continue a number phrase from ``words[j]`` with ``first`` read so far."""
    n = len(words)
    total = 0.0
    current = first
    last_kind = "word" if words_only else "digit"
    has_scale = False
    while j < n:
        t = words[j]
        if t in SCALES:
            has_scale = True
            scale = SCALES[t]
            if scale >= 1e3:
                total += current * scale
                current = 0.0
            else:
                current *= scale
            last_kind = "scale"
            j += 1
            continue
        if t == "dozen":
            current = (current or 1.0) * 12
            last_kind = "scale"
            j += 1
            continue
        if (
            t == "and"
            and j + 2 < n
            and words[j + 1] in ("a", "an")
            and words[j + 2]
            in (
                "half",
                "quarter",
            )
        ):
            # "one and a half (million)"
            current += FRACTIONS[words[j + 2]]
            j += 3
            if j < n and words[j] in SCALES:
                continue
            break
        if words_only and _hyphened_half(words, j):
            # "a two-and-a-half-mile walk": the tokenizer splits the compound at each hyphen
            current += FRACTIONS[words[j + 5]]
            j += 6
            break
        # the tokenizer splits "two-thirds" at its hyphen, as it does "forty-seven"
        hyphen = t in ("-", "‐") and j + 1 < n
        frac = words[j + 1] if hyphen else t
        if frac in FRACTIONS and frac != "half" and words_only and last_kind == "word":
            # "two thirds", "two-thirds", "three quarters", "three quarters of a million"
            current *= FRACTIONS[frac]
            j += 2 if hyphen else 1
            scale = _of_a_scale(words, j)
            if scale:
                current *= scale
                j += 3
            break
        if t == "and" and last_kind == "scale" and j + 1 < n:
            nxt = word_value(words[j + 1])
            if nxt is not None and nxt < 100 and words_only:
                current += nxt
                last_kind = "word"
                j += 2
                continue
            break
        wv = word_value(t)
        if wv is not None and words_only:
            if last_kind == "scale" and wv < 100:
                current += wv
                last_kind = "word"
                j += 1
                continue
            if last_kind == "word" and current % 100 >= 20 and current % 10 == 0 and wv < 10:
                current += wv  # "twenty five"
                j += 1
                continue
        break
    value = total + current
    return NumberRun(i, j, value, value, value, has_scale, words_only)


# "several hundred", "several thousand": several is three to nine of the scale word after it.
# "a few hundred" is left out: mostly an idiom ("a few hundred yards away", "charged a few
# hundred pounds") that aligned with precise figures of the story.
SEVERAL = (3.0, 9.0)


def _vague_multiple(words: Sequence[str], i: int) -> NumberRun | None:
    """ "several hundred" -> [300, 900]; "several hundred thousand" -> [300000, 900000]: a
    vague count of the scale words ("hundred", "thousand", "million", "dozen") right after it."""
    j = i + 1
    if words[i] != "several" or j >= len(words):
        return None
    scale = 12.0 if words[j] == "dozen" else SCALES.get(words[j])
    if scale is None or scale < 12.0:
        return None
    j += 1
    while j < len(words) and SCALES.get(words[j], 0.0) > scale:
        scale *= SCALES[words[j]]
        j += 1
    low, high = SEVERAL
    return NumberRun(i, j, low * scale, low * scale, high * scale, True, True)


def _read_plural(words: Sequence[str], i: int) -> NumberRun | None:
    """ "tens of thousands" -> [1e4, 1e5); "thousands of" -> [1e3, 1e4); needs a following
    "of" so that a bare "thousands" (a pronoun-like use) is not taken."""
    n = len(words)
    base = PLURAL_SCALES[words[i]]
    j = i + 1
    if (
        j + 1 < n
        and words[j] == "of"
        and words[j + 1] in PLURAL_SCALES
        and words[j + 1]
        not in (
            "tens",
            "dozens",
        )
    ):
        base *= PLURAL_SCALES[words[j + 1]]
        j += 2
    if j < n and words[j] == "of":
        return NumberRun(i, j, base, base, base * 10, True, True)
    return None


# --- context over spaCy tokens -------------------------------------------------------------


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``data/<name>``, without blank and ``#`` comment lines."""
    text = resources.files("counterpoint.facts").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.cache
def context_words(name: str) -> frozenset[str]:
    """One list of data/context_words.tsv ("month", "id_noun", ...)."""
    rows = data_rows("context_words.tsv")
    words = frozenset(r[1] for r in rows if len(r) == 2 and r[0] == name)
    if not words:
        raise ExtractionError(f"data/context_words.tsv has no list {name!r}")
    return words


def year_like(text: str) -> bool:
    """ "2021", "1998": a four-digit number in the range of years news writes about."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _counted_before_colon(doc: Doc, run: NumberRun) -> bool:
    """ "a squad of 23: 20 players and three coaches": a count that a colon and a space
    follow, after a lower-case word; not a label ("Step 2: ...") nor a score glued on ("3:1")."""
    colon = doc[run.end]
    return (
        bool(colon.whitespace_)
        and run.start > 0
        and doc[run.start - 1].text.isalpha()
        and doc[run.start - 1].text.islower()
    )


def is_not_quantity(
    doc: Doc, words: list[str], run: NumberRun, unit_surfaces: Collection[str]
) -> bool:
    """Numbers that are no quantity: dates, clock times, glued names ("G7", "F-35"), decades,
    leading-zero codes, and "one" as a pronoun. ``unit_surfaces`` are the unit spellings that
    may be glued to a number ("5km")."""
    tok = doc[run.start]
    last = doc[run.end - 1]
    text = tok.text
    # glued to letters or other digits: "G7", "S23", "5G", "F-35", "10:30", "1:36.6"
    if ":" in text or "/" in text:
        return True
    if run.start > 0 and not doc[run.start - 1].whitespace_:
        prev = doc[run.start - 1].text
        if prev[-1:].isalpha() or (
            prev in ("-", "#", "№")
            and run.start > 1
            and doc[run.start - 2].text[-1:].isalpha()
            and not doc[run.start - 2].whitespace_
        ):
            return True
    if run.end < len(doc) and not last.whitespace_:
        nxt = doc[run.end].text
        after = doc[run.end + 1] if run.end + 1 < len(doc) else None
        if len(nxt) > 1 and nxt.endswith(".") and (
            after is None or after.is_sent_start or after.text[:1].isupper()
        ):
            nxt = nxt.removesuffix(".")  # a sentence-final "£690m." ends in the token "m."
        if (
            (
                nxt[:1].isalpha()
                and nxt.lower() not in unit_surfaces
                and nxt.lower() not in SCALES
                and nxt.lower() not in ("s",)
            )
            or nxt[:1].isdigit()
            or (nxt == ":" and not _counted_before_colon(doc, run))
        ):
            return True
        if nxt.lower() == "s" or nxt in ("'s", "’s"):
            return True  # "1990s"
    if text[:1].isdigit() and text.startswith("0") and len(text) > 1 and "." not in text:
        return True  # "007", "0142"
    k = run.start - 1
    while k >= 0 and doc[k].text.isdigit():
        if doc[k].text.startswith("0") and len(doc[k].text) > 1:
            return True  # "0800 123 456": the groups after a leading-zero code
        k -= 1
    # month names: "March 18", "18 March", "Feb. 26"
    prev_w = words[run.start - 1] if run.start > 0 else ""
    next_w = words[run.end] if run.end < len(words) else ""
    if (
        run.value == int(run.value)
        and 1 <= run.value <= 31
        and not run.words_only
        and (
            prev_w in context_words("month")
            or next_w in context_words("month")
            or (
                next_w == "of"
                and run.end + 1 < len(words)
                and words[run.end + 1] in context_words("month")
            )
        )
    ):
        return True
    if next_w in context_words("time_of_day") or _spoken_clock(words, run):
        return True
    if words[run.end : run.end + 2] == ["local", "time"] or (
        _DOTTED_CLOCK.fullmatch(text) and day_part_at(words, run.end)
    ):
        return True  # "10.30 local time", "11.20 this morning": a time (compare/clock.py)
    # "one" as a pronoun: "one of them", "no one", "if one does", "the one"
    if words[run.start] == "one" and run.end == run.start + 1:
        if ratio_follows(words, run.end):
            return False  # "that one in four beds": a share, whatever stands before it
        if prev_w in context_words("one_determiner"):
            return True
        if next_w == "of":
            nn = doc[run.end + 1] if run.end + 1 < len(doc) else None
            if nn is None or nn.pos_ == "PRON" or nn.lower_ in ("those", "these", "this", "that"):
                return True
        elif next_w in ("another", "'s", "’s") or (
            tok.dep_ == "nsubj" and doc[run.end].pos_ in ("VERB", "AUX")
        ):
            return True
    return False


def ratio_follows(words: Sequence[str], k: int) -> bool:
    """Whether a share's second number follows token ``k``: "in five", "in every ten", "out
    of ten" ("one in four beds")."""
    if words[k : k + 2] == ["out", "of"]:
        k += 2
    elif words[k : k + 1] == ["in"]:
        k += 2 if words[k + 1 : k + 2] == ["every"] else 1
    else:
        return False
    return k < len(words) and read_number(words, k) is not None


def _spoken_clock(words: Sequence[str], run: NumberRun) -> bool:
    """ "half past six", "a quarter to seven", "ten past nine", "twenty minutes to five": a
    number told as part of a time of day. "to" needs "quarter" or "minutes" before it, since
    "twenty to thirty people" is a range."""

    def word(i: int) -> str:
        return words[i] if 0 <= i < len(words) else ""

    def small(i: int) -> float | None:
        v = _simple(word(i))
        return v if v is not None and v == int(v) and 1 <= v <= 30 else None

    hour = run.value == int(run.value) and 1 <= run.value <= 12
    lead, link = word(run.start - 2), word(run.start - 1)
    if hour and link == "past" and (lead in ("half", "quarter", "minutes")
                                    or small(run.start - 2) is not None):
        return True
    # "from 25 minutes to nine minutes" is a fall in a span of time: an hour takes no unit
    if hour and link == "to" and word(run.end) not in _SPAN_UNITS and (
        lead in ("quarter", "minutes")
        or (small(run.start - 2) is not None and day_part_at(words, run.end))
    ):
        return True
    # the minutes themselves: "ten past nine", "twenty minutes to five", and "twenty to five"
    # right before a part of the day ("twenty to five in the morning")
    nxt = run.end + (1 if word(run.end) == "minutes" else 0)
    after = small(nxt + 1)
    return (
        run.value == int(run.value) and 1 <= run.value <= 30
        and (word(nxt) == "past" or (word(nxt) == "to" and word(nxt + 2) not in _SPAN_UNITS and (
            nxt > run.end or day_part_at(words, nxt + 2))))
        and after is not None and after <= 12
    )


# units of a span of time: after the hour of "N minutes to H" they make it a span
_SPAN_UNITS = frozenset({"minute", "minutes", "mins", "hour", "hours", "second", "seconds"})


# hours and minutes after a dot ("11.20"): a time of day when a part of the day follows
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# Parts of the day that make "N to M" right before them a time ("twenty to five in the
# morning"), not a range ("five to seven days").
_DAY_PARTS = (("in", "the", "morning"), ("in", "the", "afternoon"), ("in", "the", "evening"),
              ("in", "the", "night"), ("at", "night"), ("this", "morning"), ("this", "afternoon"),
              ("this", "evening"), ("tonight",), ("last", "night"))


def day_part_at(words: Sequence[str], k: int) -> bool:
    """Whether a part of the day (_DAY_PARTS) starts at word ``k``."""
    return any(tuple(w.lower() for w in words[k : k + len(p)]) == p for p in _DAY_PARTS)


def names_something(doc: Doc, num_start: int, num_end: int, counted_tok: int | None) -> bool:
    """ "Route 66", "Boeing 737 was", "Article 5 of", "Formula One teams": a number right after
    a proper noun or an identifier noun names a thing, unless it counts a plural noun that
    follows it directly ("In Syria 300 people ..."). ``counted_tok``: the noun it counts."""
    s = num_start
    if (
        counted_tok is not None
        and doc[counted_tok].tag_ == "NNP"
        and doc[counted_tok].ent_type_ != "NORP"
    ):
        return True  # "the 14 Pro Max", "3 of the Act"
    if s == 0:
        return False
    prev = doc[s - 1]
    if prev.text == "." and s >= 2 and doc[s - 2].lower_ in ("no", "nos", "vol", "art"):
        prev = doc[s - 2]  # "No. 1" split as "No", "."
    named = (
        prev.lower_.rstrip(".") in context_words("id_noun") and not prev.tag_.startswith("VB")
    ) or (
        prev.tag_ in ("NNP", "NNPS", "NN")
        and prev.lower_ not in context_words("month")
        and prev.ent_type_ != "MONEY"
        and any(c.isupper() for c in prev.text)
    )
    if (
        not named
        and doc[s].text[:1].isupper()
        and not doc[s].is_sent_start
        and prev.text[:1].isupper()
        and prev.is_alpha
    ):
        named = True  # "Formula One", "Air Force One"
    if not named:
        return False
    if prev.text[:1].isupper() and prev.lower_.rstrip(".") in context_words("id_noun"):
        return True  # "the Series 7 trains", "Phase 3 trials": a capitalized identifier
    direct = counted_tok == num_end and doc[num_end].tag_ == "NNS"
    return not direct or (doc[s].text[:1].isupper() and doc[s].is_alpha)


def phone_number(words: Sequence[str], num_start: int, num_end: int) -> bool:
    """A bare whole number in digits after a verb of calling ("calls to 112 kept working",
    "dialled 999 at once"): a telephone number, not a count. The caller checks that no unit and
    no counted noun follow it ("called 300 staff back" counts)."""
    word = words[num_start]
    if num_end != num_start + 1 or not word.isdigit():
        return False
    k = num_start - 1
    if k > 0 and words[k] in ("to", "on"):
        k -= 1
    return k >= 0 and words[k] in context_words("dial_verb")


def pronoun_one(words: Sequence[str], start: int, num_start: int, num_end: int) -> bool:
    """A bare "one" (no unit, no noun) used as a pronoun; ``start`` is where the quantity
    begins with its prefixes, before ``num_start`` when one was attached."""
    if words[num_start] == "one" and num_end == num_start + 1:
        nxt = words[num_end] if num_end < len(words) else ""
        if ratio_follows(words, num_end):
            return False  # "one out of ten"
        return nxt not in ("in", "of") and not (nxt == "-" or start < num_start)
    return False


def year_as_count(doc: Doc, num_start: int, num_end: int, counted_tok: int | None) -> bool:
    """A four-digit year ("2021", "in 1998") that would be read as a count: not a quantity,
    unless it counts a plural noun outside a date ("2000 protesters")."""
    tok = doc[num_start]
    if num_end - num_start != 1 or not year_like(tok.text):
        return False
    counts_plural = counted_tok is not None and doc[counted_tok].tag_ == "NNS"
    return not (counts_plural and tok.ent_type_ != "DATE")
