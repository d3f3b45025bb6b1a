"""What a number measures: the quantity candidate and the words attached to it.

``quantities.py`` finds the number phrases; the functions here read what stands around one
and fill in the candidate (``_Cand``): a unit before it ("$", "€", "magnitude") or after it
("34-hour", "2.5m people", "a mile and a half"), a rate ("$81.40 a barrel"), the noun it counts
(its syntactic head, the first noun after a run of modifiers, the object of "of", multi-word
count nouns of ``data/counted.tsv``) and ages ("19-year-old", "The suspect, 27,").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from counterpoint.facts import numbers, qualifiers, units
from counterpoint.model import Change

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_AGE_YEARS = 120
"""Largest bare number after "Name," read as an age in years ("The suspect, 27, ...")."""

MAX_MODIFIER_GAP = 5
"""Most tokens between a number and the noun it counts ("eight indomitable Russian staffers")."""
LISTED_WORDS = 8
"""Most tokens of a list of modifiers after the first ("rail, bus and tram stops")."""
OF_OBJECT_GAP = 8
"""Most tokens between "of" and the noun it governs in "N of <modifiers> noun"."""
# Words that open a date right after a number ("stood at 14 last night", "rose to 31 this
# morning"): what follows dates the figure and is not the noun it counts.
DEICTIC_DATE_WORDS = frozenset(
    {"last", "this", "next", "yesterday", "today", "tonight", "tomorrow"}
)


@functools.cache
def _counted_phrases() -> dict[str, str]:
    """Multi-word count nouns of data/counted.tsv (lower-cased) -> canonical form."""
    return {r[0].lower(): r[1] for r in numbers.data_rows("counted.tsv")}


@dataclass(slots=True)
class _Cand:
    """A quantity under construction, in token indices."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    low: float
    high: float
    unit: units.Unit | None = None
    rate: str | None = None
    counted: str | None = None
    counted_tok: int | None = None
    qualifier: str = "exact"
    change: Change | None = None
    is_range: bool = False
    age: bool = False


def _attach_prefix_unit(doc: Doc, words: list[str], spaced: list[bool], cand: _Cand) -> None:
    if cand.start == 0:
        return
    lo = max(0, cand.start - 2)
    m = units.match_before(
        [t.text.lower() for t in doc[lo : cand.start]],
        [k == 0 or bool(doc[k - 1].whitespace_) for k in range(lo, cand.start)],
        min(2, cand.start),
    )
    if m is None:
        return
    unit, rel_start, surface = m
    if surface in units.UPPER_ONLY_CODES and not doc[cand.start - 1].text.isupper():
        return
    if not unit.is_currency and not unit.is_scale_word:
        return
    if unit.dimension == "rank" and _unit_follows(doc, words, spaced, cand.num_end):
        return  # "a level 4.2 metres above normal" measures in metres, it names no step
    cand.unit = unit
    cand.start = cand.start - (min(2, cand.start) - rel_start)


def _unit_follows(doc: Doc, words: list[str], spaced: list[bool], k: int) -> bool:
    """Whether a unit starts at token ``k``, read and gated as _attach_unit reads it."""
    if k >= len(words) or doc[k].is_sent_start:
        return False
    m = units.match_after(words, spaced, k)
    return m is not None and units.unit_ok(doc, words, spaced, k, m, k)


def _attach_unit(
    doc: Doc, words: list[str], spaced: list[bool], cand: _Cand, run: numbers.NumberRun
) -> None:
    """Unit after the number (with an optional hyphen: "34-hour"), "and a half", the age form
    "19-year-old", a rate ("a barrel", "per day"), or else the counted noun."""
    j = cand.num_end
    n = len(words)
    hyphen = j < n and words[j] in ("-", "‐") and not spaced[j]
    k = j + 1 if hyphen else j
    if (
        cand.unit is None
        and not hyphen
        and k + 1 < n
        and not spaced[k]
        and words[k] in numbers.SUFFIX_SCALES
        and (doc[k + 1].pos_ in ("NOUN", "ADJ") or words[k + 1] == "of")
        # "a 300m exclusion zone", "a 50m pool": one thing measured in metres, never "a
        # 300 million zone"
        and not (
            words[k] == "m" and cand.num_start > 0 and words[cand.num_start - 1] in ("a", "an")
        )
        # "a keeper 1.9m tall", "a wall 3m high": an extent in metres
        and not (words[k] == "m" and words[k + 1] in numbers.context_words("extent_adjective"))
    ):
        scale = numbers.SUFFIX_SCALES[words[k]]  # "2.5m people", "40k fans"
        cand.value, cand.low, cand.high = cand.value * scale, cand.low * scale, cand.high * scale
        cand.num_end = cand.end = j = k = k + 1
    if (
        cand.unit is None and not hyphen and 0 < cand.value < 1 and k + 2 < n
        and words[k] == "of" and words[k + 1] in ("a", "an")
    ):
        # "three quarters of an hour", "two thirds of a mile": a fraction of one unit
        m = units.match_after(words, spaced, k + 2)
        if m is not None and units.unit_ok(doc, words, spaced, k + 2, m, k + 2):
            cand.unit, cand.end = m[0], m[1]
            _attach_rate(doc, words, cand)
            return
    if cand.unit is None and k < n and not doc[k].is_sent_start:  # never the next sentence's
        m = units.match_after(words, spaced, k)
        if m is not None and units.unit_ok(doc, words, spaced, k, m, j) and not (
            _period_modifier(doc, words, cand, m[0], doc[k])
        ):
            unit, uend, surface = m
            if surface in ("pounds", "pound") and (
                (
                    run.has_scale
                    and not _pounds_of_goods(words, uend)
                    and not units.mass_context(doc, k)
                )
                or units.money_context(doc, k)
            ):
                unit = units.lexicon().units["GBP"]
            cand.unit = unit
            cand.end = uend
            if unit.name == "year" and _age_after(words, uend):
                cand.age = True
                cand.end = uend + (2 if words[uend] == "-" else 1)
    elif (
        cand.unit is not None
        and cand.unit.is_currency
        and k < n
        # a sentence-final "£690m." is tokenized as "690" and "m."; "$3 m", "€1.2 bn" are
        # spaced in some copy
        and (not spaced[k] or words[k].removesuffix(".") in ("m", "mn", "bn"))
        and words[k].removesuffix(".") in numbers.SUFFIX_SCALES
    ):
        scale = numbers.SUFFIX_SCALES[words[k].removesuffix(".")]  # "$900m", "£5bn"
        cand.value, cand.low, cand.high = cand.value * scale, cand.low * scale, cand.high * scale
        cand.end = k + 1
    elif cand.unit is not None and k < n and not hyphen:
        m = units.match_after(words, spaced, k)  # "$5 billion dollars" is rare; "5 euros" after "€"
        if m is not None and m[0] is cand.unit:
            cand.end = m[1]
    # "a mile and a half"
    e = cand.end
    if (
        cand.unit is not None
        and e + 2 < n
        and words[e] == "and"
        and words[e + 1] in ("a", "an")
        and words[e + 2] in ("half", "quarter")
        and cand.value == int(cand.value)
    ):
        add = numbers.FRACTIONS[words[e + 2]]
        cand.value += add
        cand.low += add
        cand.high += add
        cand.end = e + 3
    if cand.unit is not None:
        _attach_rate(doc, words, cand)
        return
    if (hyphen and k + 1 < n and doc[k].lower_ == "strong"
            and doc[k + 1].pos_ in ("NOUN", "PROPN")):
        # "a 60-strong team": the number counts the team's members, as "a team of 60" does
        cand.counted, cand.counted_tok = _lemma(doc[k + 1]), k + 1
        cand.end = k + 2
        return
    if hyphen and k < n and doc[k].pos_ in ("NOUN", "ADJ") and k + 1 < n:
        # "one-bedroom flat", "five-member panel": counted compound
        cand.counted, cand.counted_tok = doc[k].lemma_.lower(), k
        cand.end = k + 1
        return
    _attach_counted(doc, words, cand)
    if cand.counted is None:
        _group_before(doc, words, cand)
    if cand.counted is None:
        _tally_of(doc, cand)
    if cand.counted is not None:
        _glued_compound(doc, cand)
        _attach_rate(doc, words, cand)


def _period_modifier(
    doc: Doc, words: list[str], cand: _Cand, unit: units.Unit, head: Token
) -> bool:
    """Whether a singular period (``unit`` read at ``head``) after a number with a scale word
    is a modifier of the plural noun after it ("3.2 million day passes", "two million day
    trips"): the number counts that compound noun; millions of days are never a measure news
    copy gives."""
    return (
        unit.dimension == "time"
        and any(w.lower() in numbers.SCALES for w in words[cand.num_start : cand.num_end])
        and head.tag_ == "NN" and head.dep_ == "compound" and head.head.tag_ == "NNS"
        and head.head.i > head.i
    )


def _group_before(doc: Doc, words: list[str], cand: _Cand) -> None:
    """ "a crew of 25", "a workforce of 950": a bare number after "of" counts the group noun
    before it (data/context_words.tsv, list group_noun), when nothing after it is counted;
    after a place that people live in (list place_noun) it counts them, and after a gathering
    (list crowd_noun) the people in it."""
    s = cand.num_start
    if s < 2 or words[s - 1] != "of":
        return
    noun = words[s - 2]
    if noun in numbers.context_words("group_noun"):
        cand.counted, cand.counted_tok = _lemma(doc[s - 2]), s - 2
    elif noun in numbers.context_words("place_noun") | numbers.context_words("crowd_noun"):
        # "a republic of four million", "a town of 12,000": its people; "crowds of 20,000",
        # "an audience of 900": the people there
        cand.counted = "people"


# Prepositions that join a bare figure to the verb of a tally ("put the number at 2,300",
# "had climbed to 75", "cut the number of beds by 40", "fell from 1,000")
TALLY_PREPOSITIONS = frozenset({"at", "to", "by", "from"})


def _tally_of(doc: Doc, cand: _Cand) -> None:
    """ "The insurer puts the number of claims received at 2,300", "the tally of missing sheep
    reached 130", "the number of seats filled is 412": a bare figure that a verb ties to a
    tally noun (data/context_words.tsv, list tally_noun) counts the noun after that tally's
    "of". The tally must be the verb's subject or object, or the verb must stand below it in
    the parse ("claims received at 2,300" may hang from "number")."""
    tok = doc[cand.num_end - 1]
    if tok.dep_ == "pobj" and tok.head.lower_ in TALLY_PREPOSITIONS:
        verb = tok.head.head
    elif tok.dep_ in ("attr", "dobj"):
        verb = tok.head
    else:
        return
    tallies = numbers.context_words("tally_noun")
    near = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for tally in [*near, *verb.ancestors]:
        if tally.lower_ not in tallies or tally.i > tok.i:
            continue
        objects = [
            o for p in tally.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
        ]
        if objects:
            cand.counted, cand.counted_tok = _lemma(objects[0]), objects[0].i
        return


def _pounds_of_goods(words: list[str], uend: int) -> bool:
    """ "12 million pounds of scrap steel": "pounds of" a noun that is not money (money_of)
    weighs it, though a scale word ("million") usually makes "pounds" money."""
    if uend + 1 >= len(words) or words[uend].lower() != "of":
        return False
    nxt = [w.lower() for w in words[uend + 1 : uend + 6] if w.isalpha()]
    return bool(nxt) and not set(nxt) & numbers.context_words("money_of")


def _age_after(words: list[str], uend: int) -> bool:
    nxt = " ".join(words[uend : uend + 2])
    return nxt in ("- old", "old") or words[uend : uend + 1] == ["old"]


# A period later in the figure's clause makes it a rate ("48,000 people pass through the
# station every day"): "every", "each" or "per" and a period (data/context_words.tsv, list
# period_noun), or an adverb of one (lists per_<period>: "daily"), within PERIOD_WINDOW words
# and before any punctuation or clause word (list clause_break). "of" is a clause word too, to
# stay careful: "270 billion tons of ice each year" stays tons, as our quantity gold reads it.
PERIOD_WINDOW = 8


@functools.cache
def _period_adverbs() -> dict[str, str]:
    """Adverb -> the period of the rate it tells ("daily" -> "day"), from the per_<period>
    lists of data/context_words.tsv, one for each period_noun."""
    return {
        adverb: period
        for period in sorted(numbers.context_words("period_noun"))
        for adverb in numbers.context_words(f"per_{period}")
    }


def _period_later(doc: Doc, words: list[str], cand: _Cand) -> str | None:
    """The period of a rate told later in the figure's clause ("... every day"), or None."""
    breaks = numbers.context_words("clause_break")
    adverbs = _period_adverbs()
    end = min(len(words), cand.end + PERIOD_WINDOW)
    for i in range(cand.end, end):
        tok = doc[i]
        if i > cand.end and tok.is_sent_start:
            return None
        low = words[i].lower()
        if tok.is_punct or low in breaks:
            return None
        if low in adverbs and not (tok.dep_ == "amod" and tok.head.i > i):
            # (not an adjective of a noun after it: "swapped the daily grind", "joined the
            # daily protests" tell no rate of the figure)
            return adverbs[low]
        if low in ("every", "each", "per") and i + 1 < len(words):
            noun = words[i + 1].lower()
            return noun if noun in numbers.context_words("period_noun") else None
    return None


# Periods after a slash as single letters ("120 Ml/d"), which the unit lexicon leaves out as
# words of their own (its abbreviations, "/hr", "/yr", "/wk", are read through it).
_SLASH_PERIODS = {"d": "day", "y": "year"}


def _unit_gloss(words: list[str], cand: _Cand) -> bool:
    """Whether the figure's unit is followed by its abbreviation in brackets ("megalitres
    (ML)"), a surface of the unit lexicon of the same dimension."""
    e = cand.end
    if cand.unit is None or words[e : e + 1] != ["("] or words[e + 2 : e + 3] != [")"]:
        return False
    gloss = units.lexicon().after.get(words[e + 1].lower())
    return gloss is not None and gloss.dimension == cand.unit.dimension


def _attach_rate(doc: Doc, words: list[str], cand: _Cand) -> None:
    """ "$81.40 a barrel", "500,000 cars a year", "1.89 euros per liter"; "48,000 people
    pass through it every day" (a period later in the clause, _period_later)."""
    e = cand.end
    if _unit_gloss(words, cand):
        e += 3  # "640 megalitres (ML) per day": the unit's abbreviation in brackets
    if e + 1 >= len(words) or words[e] not in ("a", "an", "per", "/", "each"):
        cand.rate = _period_later(doc, words, cand)
        return
    tok = doc[e + 1]
    if words[e + 1].lower() == "way":
        return  # "£6.40 each way": the fare of one crossing, no rate
    if e + 2 < len(words) and words[e + 2] in ("ago", "earlier", "later", "before", "after"):
        return  # "a year earlier": a time, not a rate
    if tok.pos_ not in ("NOUN", "PROPN") and words[e + 1] not in units.lexicon().after:
        return
    m = units.match_after(words, [True] * len(words), e + 1)
    if m is None and words[e] == "/" and words[e + 1].endswith("."):
        # a sentence-final "mg/l.": after a slash even a one-letter "l" is the unit
        unit = units.lexicon().after.get(words[e + 1][:-1].lower())
        m = (unit, e + 2, words[e + 1]) if unit is not None else None
    name = m[0].name if m is not None else tok.lemma_.lower()
    if m is None and words[e] == "/":
        # "Ml/d", "km/h": a period after a slash is often abbreviated
        name = _SLASH_PERIODS.get(words[e + 1].lower().rstrip("."), name)
    if m is not None and m[0].dimension not in ("time", "volume", "mass", "length", "area"):
        return
    cand.rate = name
    cand.end = m[1] if m is not None else e + 2


# Spellings of a unit that also name a device, read as the device when a word stands between
# the number and it ("40 smart meters", "3,000 water meters"); "40 meters" stays a length.
DEVICE_UNITS = frozenset({"meter", "meters"})
# Words between a number and its unit that add to the measure ("40 extra meters").
_MORE_OF_A_UNIT = frozenset({"more", "extra", "further", "additional", "fewer", "less"})


def _attach_counted(doc: Doc, words: list[str], cand: _Cand) -> None:
    """The noun a number counts: its syntactic head when that follows closely, else the first
    noun after a run of modifiers; "one of the X" counts X; multi-word nouns from counted.tsv."""
    last = cand.num_end - 1
    n = len(doc)
    j = cand.num_end
    # multi-word count nouns ("chargé d'affaires")
    for phrase, canon in _counted_phrases().items():
        size = phrase.count(" ") + 1
        if "".join(words[j : j + size]).replace("’", "'") == phrase.replace(" ", ""):
            cand.counted, cand.counted_tok, cand.end = canon, j + size - 1, j + size
            return
    if j < n and words[j] in DEICTIC_DATE_WORDS:
        return  # "the toll stood at 14 last night": the words after the number date it
    if j < n and words[j] == "of":
        objects = [t for t in doc[j].children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
        if objects and objects[0].i - j <= OF_OBJECT_GAP and objects[0].pos_ == "NOUN":
            # "184,300 of its Corvina electric sport-utility vehicles": the object of "of"
            cand.counted, cand.counted_tok = _lemma(objects[0]), objects[0].i
            return
        k = j + 1
        while k < n and (
            doc[k].pos_ in ("DET", "ADJ", "NUM", "PART")
            or doc[k].tag_ == "PRP$"
            or (k + 1 < n and doc[k + 1].tag_ == "POS")
        ):
            k += 1
        # head of "of the 120 seats": let that number count them; "one of the students": student
        while (
            k < n
            and k + 1 < n
            and doc[k + 1].pos_ in ("NOUN", "PROPN")
            and doc[k].pos_ in ("NOUN", "PROPN", "ADJ")
        ):
            k += 1
        if k < n and doc[k].pos_ in ("NOUN", "PROPN") and k - j <= MAX_MODIFIER_GAP:
            cand.counted, cand.counted_tok = _lemma(doc[k]), k
        return
    head = doc[last].head
    if (
        head.i >= cand.num_end
        and head.i - cand.num_end < MAX_MODIFIER_GAP
        and head.pos_ in ("NOUN", "PROPN")
        and not _crosses_boundary(doc, cand.num_end, head.i)
    ):
        if head.ent_type_ in ("DATE", "TIME") and words[head.i] in ("today", "tonight"):
            return
        if words[head.i] == "plus":
            return  # "300 plus": a bound (facts/qualifiers.py), nothing counted
        unit = units.lexicon().after.get(head.lower_)
        if unit is not None and unit.dimension == "score" and any(
            t.pos_ == "NOUN" for t in doc[cand.num_end : head.i]
        ):
            unit = None  # "three collection points", "four entry points": things counted
        if unit is not None and head.lower_ in DEVICE_UNITS and head.i > cand.num_end and all(
            t.pos_ in ("NOUN", "ADJ") and t.tag_ != "JJR" and t.lower_ not in _MORE_OF_A_UNIT
            for t in doc[cand.num_end : head.i]
        ):
            unit = None  # "40 smart meters", "12 gas meters": devices counted, not metres
        period = None
        if unit is not None and _period_modifier(doc, words, cand, unit, head):
            unit, period = None, head.lower_
        if unit is not None and unit.dimension == "time" and (uses := [
            t for t in doc[cand.num_end : head.i] if t.lower_ in numbers.context_words("usage_noun")
        ]):
            # "61,000 skier days", "900 man hours": a count of use, each of one skier for a
            # day, never a length of time
            cand.counted = f"{uses[0].lower_}-{_lemma(head)}"
            cand.counted_tok, cand.end = head.i, head.i + 1
            return
        if unit is not None and head.lower_ not in units.GLUED_ONLY and not unit.is_currency:
            cand.unit, cand.end = unit, head.i + 1  # "517 rushing yards"
            return
        head = _shared_head(doc, head, cand.value)
        while (
            head.dep_ == "compound" and head.tag_ == "NN" and head.head.tag_ == "NNS"
            and head.head.i > head.i
            and head.head.i - cand.num_end < MAX_MODIFIER_GAP
        ):
            head = head.head  # "3,000 ear tags" parsed with "ear" as the number's head
        head = _listed_head(doc, head, cand.value)
        cand.counted, cand.counted_tok, cand.end = _lemma(head), head.i, head.i + 1
        if period is not None:
            # "day visitors" are a kind of their own, not all visitors: one compound noun
            cand.counted = f"{period}-{cand.counted}"
        return
    k = cand.num_end
    if _plural_misread(doc, cand):
        # "the club made 37 dives": a plural noun taken for a verb
        cand.counted, cand.counted_tok, cand.end = _lemma(doc[k]), k, k + 1
        return
    while k < n and k - cand.num_end < MAX_MODIFIER_GAP and not doc[k].is_sent_start:
        t = doc[k]
        if t.pos_ == "NOUN" and not (k + 1 < n and doc[k + 1].pos_ == "NOUN"):
            cand.counted, cand.counted_tok, cand.end = _lemma(t), k, k + 1
            return
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.tag_ not in ("HYPH", "VBN"):
            return
        k += 1


def _listed_head(doc: Doc, head: Token, value: float) -> Token:
    """The plural noun a list of modifiers stands before, when the parser took the list's first
    word for the number's head: "96 rail, bus and tram stops" counts stops. Only a
    singular noun after a number above one, then a comma and words that are nouns, adjectives,
    commas and an "and" or "or" up to the plural noun."""
    n = len(doc)
    if head.tag_ != "NN" or value <= 1 or head.i + 1 >= n or doc[head.i + 1].text != ",":
        return head
    joined = False
    for k in range(head.i + 2, min(n, head.i + 2 + LISTED_WORDS)):
        t = doc[k]
        if t.tag_ == "NNS" and joined:
            return t
        if t.lower_ in ("and", "or"):
            joined = True
        elif t.text != "," and t.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return head
    return head


def _glued_compound(doc: Doc, cand: _Cand) -> None:
    """ "300 e-bikes", "12 co-workers", "40 x-rays": the tokenizer splits a hyphenated noun and
    the parser may take its first part for the counted noun, or its last ("23
    great-grandchildren"); the count is of the whole word, lemmatized on its last part
    ("e-bike", "great-grandchild"). Not when a noun follows the whole word ("two
    earth-pressure-balance tunnel machines": the count is of a noun further on)."""
    k, n = cand.counted_tok, len(doc)
    if k is None or k != cand.end - 1:
        return
    first = k
    while (
        first - 2 >= cand.num_end
        and doc[first - 1].text in ("-", "‐")
        and not doc[first - 2].whitespace_
        and not doc[first - 1].whitespace_
        and doc[first - 2].is_alpha
    ):
        first -= 2  # "23 great-grandchildren": the parser took the last part for the noun
    last = k
    while (
        last + 2 < n
        and doc[last + 1].text in ("-", "‐")
        and not doc[last].whitespace_
        and not doc[last + 1].whitespace_
        and doc[last + 2].is_alpha
    ):
        last += 2
    if (last == k and first == k) or doc[last].pos_ not in ("NOUN", "PROPN") or (
        last + 1 < n and doc[last + 1].pos_ == "NOUN"
    ):
        return
    glued = "".join(t.text_with_ws for t in doc[first:last]).lower()
    cand.counted = glued + doc[last].lemma_.lower()
    cand.counted_tok, cand.end = last, last + 1


# Verbs that link a subject to what it is or seems, never read as plural nouns after a figure
_LINKING_VERBS = frozenset({"be", "have", "do", "seem", "appear", "remain", "look", "sound",
                            "feel", "become", "mean", "stand", "make", "get", "go", "come"})


def _plural_misread(doc: Doc, cand: _Cand) -> bool:
    """Whether the word right after a number other than one, itself right after a verb, is a
    plural noun that the parser took for a verb in the third person singular, of which the
    number is the subject or a modifier ("made 37 dives", "logged 52 climbs"): a plural figure
    never takes such a verb. Not a verb that links a figure to what it is ("thinks 11 seems
    fair")."""
    k, num = cand.num_end, doc[cand.num_end - 1]
    if k >= len(doc) or cand.value == 1 or cand.num_start == 0:
        return False
    t = doc[k]
    return (
        doc[cand.num_start - 1].pos_ == "VERB"
        and t.tag_ == "VBZ" and t.is_alpha and t.lower_.endswith("s")
        and t.lemma_.lower() not in _LINKING_VERBS
        and num.dep_ in ("nsubj", "nummod") and num.head.i == k
    )


def _shared_head(doc: Doc, head: Token, value: float) -> Token:
    """ "1,347 gold and silver coins": the parser may make the first of two coordinated
    modifiers ("gold") the head; a count above one of a singular noun followed by "and" or "or",
    one or two modifiers and a plural noun counts that plural noun."""
    i, n = head.i, len(doc)
    if head.tag_ != "NN" or value <= 1 or i + 3 >= n or doc[i + 1].lower_ not in ("and", "or"):
        return head
    if head.lower_ in numbers.context_words("invariant_noun"):
        return head  # "seven aircraft and ground crews": "aircraft" is plural as written
    for k in (i + 3, i + 4):
        if k >= n or any(t.pos_ not in ("ADJ", "NOUN") for t in doc[i + 2 : k]):
            return head
        if doc[k].tag_ == "NNS":
            return doc[k]
    return head


def _crosses_boundary(doc: Doc, a: int, b: int) -> bool:
    """True when tokens a..b-1 cannot all be pre-modifiers of a noun."""
    for t in doc[a:b]:
        if t.is_punct and t.text not in ("-", "‐"):
            return True
        if t.pos_ == "CCONJ" and a < t.i < b - 1 and t.head.head.i == b and (
            {doc[t.i - 1].pos_, doc[t.i + 1].pos_} <= {"ADJ", "NOUN"}
        ):
            # "30 old and new tongues", "1,347 gold and silver coins": two
            # modifiers of the counted noun
            continue
        if t.pos_ in ("AUX", "ADP", "CCONJ", "DET", "PRON"):
            return True
        if t.pos_ == "VERB" and t.tag_ not in ("VBG", "VBN"):
            return True
    return False


def _lemma(tok: Token) -> str:
    if tok.pos_ == "PROPN":
        return tok.text
    if tok.lower_ in numbers.context_words("part_noun") and tok.i > 0:
        # "22 crew members" counts crew, as "22 crew" does
        group = tok.doc[tok.i - 1]
        if group.dep_ == "compound" and group.head.i == tok.i and group.pos_ == "NOUN":
            return group.lemma_.lower()
    if tok.lower_ in numbers.context_words("invariant_noun"):
        return tok.lower_
    return tok.lemma_.lower()


def _after_aged(doc: Doc, words: list[str], s: int) -> bool:
    """ "aged 38", "turned 27", "aged just 37", and each later figure of a list that "aged"
    begins ("aged 44 and 17", "aged 23, 31 and 58")."""
    k = _before_hedge(words, s)
    while k >= 0:
        if doc[k].lower_ == "aged" or (k == s - 1 and doc[k].lemma_.lower() == "turn" and (
            doc[k].pos_ in ("VERB", "AUX")
        )):  # "who turned 33 in May"
            return True
        if doc[k].text not in (",", "and") or k == 0 or not doc[k - 1].text.isdigit():
            return False
        k -= 2
    return False


def _before_hedge(words: list[str], s: int) -> int:
    """The token before a figure at ``s`` and the qualifier of data/qualifiers.tsv that may
    hedge or bound it ("aged just 37", "at the age of about 40", "aged under 5"), or the word
    that opens its range ("aged between 30 and 55")."""
    if s >= 1 and words[s - 1] in qualifiers.RANGE_OPENERS:
        return s - 2
    q = qualifiers.qualifier_before(words, s)
    return (s if q is None else q[1]) - 1


def _life_years(cand: _Cand) -> bool:
    """Whether the figure is a whole number of years a life can last (MAX_AGE_YEARS)."""
    return cand.value == int(cand.value) and 0 < cand.value <= MAX_AGE_YEARS


def _age_of(doc: Doc, words: list[str], cand: _Cand) -> bool:
    """ "passed away at the age of 88", "at the grand age of 104", "retired at age 65": a
    whole number of years a life can last right after the noun "age", or after "age of". So
    is one after "of" and a noun of one person that no noun follows ("a man of about 60")."""
    k = _before_hedge(words, cand.num_start)
    if k >= 1 and doc[k].lower_ == "of":
        k -= 1
        e = cand.num_end
        if (
            doc[k].lower_ in numbers.context_words("one_person_noun") and _life_years(cand)
            and (e >= len(doc) or doc[e].pos_ not in ("NOUN", "PROPN", "NUM"))
        ):
            return True
    return k >= 0 and doc[k].lower_ == "age" and doc[k].pos_ == "NOUN" and _life_years(cand)


def names_age(doc: Doc, words: list[str], cand: _Cand) -> bool:
    """Whether the words before a figure name it an age ("aged 45", "at the age of 88", "a
    man of about 60")."""
    return _after_aged(doc, words, cand.num_start) or _age_of(doc, words, cand)


def _who_is(doc: Doc, cand: _Cand) -> bool:
    """ "Ada Pell, who is 57 and runs the yard", "the driver, who was 34,": a bare small integer
    right after "who is"/"who was" (or "who is now") that no noun follows is the person's age."""
    s, e = cand.num_start, cand.num_end
    k = s - 1
    if k >= 0 and doc[k].lower_ == "now":
        k -= 1
    return (
        k >= 1 and doc[k].lower_ in ("is", "was") and doc[k - 1].lower_ == "who"
        and _life_years(cand)
        and (e >= len(doc) or doc[e].pos_ not in ("NOUN", "PROPN", "NUM"))
    )


def _was_when(doc: Doc, cand: _Cand) -> bool:
    """ "Ada Pell was 19 when she won", "when he was 12, ...": a bare small integer right after
    "is"/"was" whose subject is a person (a name or "he"/"she"), when "when" follows it or
    the clause opened with "when" and ends at it, is the person's age then."""
    s, e = cand.num_start, cand.num_end
    k = s - 1
    if k < 1 or doc[k].lower_ not in ("is", "was") or not _life_years(cand):
        return False
    subject = next((t for t in doc[k].children if t.dep_ == "nsubj" and t.i < k), None)
    if subject is None or not (
        subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"
        or subject.lower_ in ("he", "she")
    ):
        return False
    if e < len(doc) and doc[e].lower_ == "when":
        return True
    ends = e >= len(doc) or doc[e].is_punct
    return ends and subject.i == k - 1 and k >= 2 and doc[k - 2].lower_ == "when"


def _ends_after_person(doc: Doc, s: int, e: int) -> bool:
    """Whether the number at ``s:e`` ends its sentence right after a person's name and a comma
    ("..., said the founder Ilse Dorn, 63."): the age, as between two commas."""
    return doc[e].text in (".", "!", "?") and doc[s - 2].ent_type_ == "PERSON"


def _age_apposition(doc: Doc, words: list[str], cand: _Cand) -> None:
    """ "The suspect, 27, was released": a bare small integer between commas after a noun.
    After "aged" or "the age of" a spelled number is an age too ("who learned to sail aged
    nine"); after "who was" or "was ... when" only digits are read."""
    s, e = cand.num_start, cand.num_end
    named_age = names_age(doc, words, cand)
    if (named_age or _who_is(doc, cand) or _was_when(doc, cand)) and (
        doc[s].text.isdigit() or (named_age and _life_years(cand))
    ):
        cand.unit = units.lexicon().units["year"]
        cand.age = True
        return
    if (
        s < 2
        or e >= len(doc)
        or not _life_years(cand)
        or doc[s - 1].text != ","
        or not (doc[e].text in (",", ")") or _ends_after_person(doc, s, e))
    ):
        return
    spelled = doc[s - 2].pos_ == "PROPN" and all(t.is_alpha or t.text == "-" for t in doc[s:e])
    if doc[s - 2].pos_ in ("NOUN", "PROPN") and doc[s].like_num and (
        doc[s].text.isdigit() or spelled  # "Fenske, forty-one, is"
    ):
        cand.unit = units.lexicon().units["year"]
        cand.age = True
