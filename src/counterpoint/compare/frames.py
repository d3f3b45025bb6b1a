"""How a figure is framed in its clause: the date that dates it, cue words around it (a maximum,
a part of a group, a figure asked for), a rate restated per year, whether a bare number shares
the frame (and so the unit) of the figure before it, the name a compound measure describes, and
shares written in words ("four in five"). Read by ``mentions`` while it builds the story index.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from counterpoint.compare import text as tx
from counterpoint.facts.dates import SPAN_ENDS
from counterpoint.facts.numbers import FRACTIONS, HALVING
from counterpoint.facts.units import lexicon
from counterpoint.model import Quantity, Span, TimeRef

if TYPE_CHECKING:
    from counterpoint.compare.mentions import ArticleIndex

# Words that open a new clause: the local context of a number stops there.
CLAUSE_WORDS = frozenset(
    [
        "and", "but", "while", "whereas", "although", "though", "since", "because", "which", "who",
        "whom", "whose", "when", "after", "before", "as", "if", "unless", "until", "or",
    ]
)
# The facts stage's words that open a span of time and that close it (SPAN_STARTS, SPAN_ENDS):
# before a time or a date they make it the bound of a span, not the time of an event.
# SPAN_JOIN is what joins a span's start to its end ("05:30 to 08:45", "1-3 May").
SPAN_JOIN = re.compile(r"\s*(?:" + "|".join(sorted(SPAN_ENDS | {"and"})) + r"|-|–)\s*", re.I)
# A verb's negation: "not", "never", or "n't" closing a contracted verb ("didn't").
NEGATION = r"(?:\b(?:not|never)\b|n't\b)"
# (a colon inside a clock time, "2:55 a.m.", and a comma inside a figure, "the 2,150-tonne
# hull", do not end a clause)
CLAUSE_PUNCT = re.compile(r"(?<!\d),|,(?!\d)|[;()\[\]—–]|:(?!\d)|\s-\s")
# Calendar periods per year, for rates restated per year (see per_year). Days and hours are
# left alone: "barrels a day" and "km per hour" read oddly per year and are rarely restated.
PERIODS_PER_YEAR = {"year": 1.0, "annum": 1.0, "month": 12.0, "quarter": 4.0, "week": 52.18}
# Words after a bare number that leave it in the frame of the figure before it ("and 3 more").
_ELISION_FILLERS = frozenset({"more", "again", "too", "also"})
# Words that may stand before a date opening its sentence ("On Wednesday, ...").
_FRONT_WORDS = frozenset(
    {"on", "by", "in", "at", "early", "late", "until", "through", "as", "of"}
)
# Verbs right after "and" that continue the subject of the clause before ("... by Saturday
# and was 15% contained"): that clause's date dates the figure too.
_SHARED_SUBJECT_VERBS = frozenset(
    {"was", "were", "is", "are", "had", "has", "have", "remained", "remains", "stood", "stands"}
)
# A measure written as a compound adjective ("68-metre", "223-foot", "130,000-square-foot"),
# which describes the name after it, or the name before ", a" / ", an" / ", the" opening the
# apposition that holds it (at most DESCRIBED_GAP characters between them).
_COMPOUND_MEASURE = re.compile(r"(?:[\d.,]+|[A-Za-z]+)(?:-[A-Za-z]+)+")
DESCRIBED_GAP = 12
# A figure and its unit written apart ("3 kg", "20lb") before a noun describe it as a compound
# does, unless the word after names a direction or a dimension ("40 km north", "6 ft tall").
_PLAIN_MEASURE = re.compile(r"[\d.,]+\s?[A-Za-z]+")
# A length of time told in a relative clause of a verb and "for" after its noun ("a closure
# that lasted for", "the strike, which went on for"), or of a verb of lasting ("a vigil that,
# in the keeper's words, lasted"): the noun is what the figure describes.
_HEDGE = r"(?:(?:about|around|some|nearly|almost|just|over|under|barely)\s+)?"
_HELD_FOR = re.compile(
    r"\b([a-z]+),?\s+(?:that|which)(?:,[^,.;]{1,40},)?\s+"
    r"(?:(?:[a-z]+\s+){1,2}for|(?:lasted|ran|took|spanned|continued)(?:\s+for)?)\s+"
    + _HEDGE + "$"
)
# A preposition (and a determiner) before a noun: "by its divers", "of the crew".
_OBJECT_BEFORE = re.compile(r"\b(?:by|of|from|with|among)\s+(?:[a-z]+\s+)?$")
# A length of time told after its noun and "of" ("after a vigil of some four hours", "a delay
# of 40 minutes"): the noun is what it describes, unless it names a length of time itself.
_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+" + _HEDGE + "$")
# A sum of money written with its sign and nothing after ("€65", "£1.2m", "$40 million"): the
# words right after it name what it is the sum of ("the €65 fee").
_SUM_OF_MONEY = re.compile(r"[€£$¥]\s?[\d.,]+(?:\s?(?:m|bn|k|million|billion|thousand))?")
_SPAN_NOUNS = frozenset({
    "period", "total", "time", "spell", "stretch", "span", "length", "duration", "maximum",
    "minimum", "average", "matter", "space", "term", "window", "lot", "couple", "series",
})
# An age told after its noun ("acorns some 640 years old", "the mill, 200 years old"): the noun
# is what it describes, as in "640-year-old acorns". (A verb there, "turned 40 years old", is
# no noun: words in -ed or -ing are left out.)
_AGE_AFTER_NOUN = re.compile(r"\b([a-z]+),?\s+$")
_OLD = re.compile(r"\s+old\b")
# ... and a definite noun before an age used as a noun, in apposition or by "is" ("the
# herd's lead mare, a nine-year-old"; "the mare is a nine-year-old"), within CUE_WINDOW * 2.
_AGE_RENAMES = re.compile(
    r"\b(?:the|its|their|his|her|[A-Za-z]+'s)\s+(?:[a-z]+\s+){0,2}?([a-z]+)"
    r"(?:,\s+|\s+(?:is|was)\s+)(?:a|an)\s+$",
    re.I,
)
# An adjective of size after a measure ("62 metres long", "40 ft high"): the measure is said of
# its sentence's subject.
SIZE_ADJECTIVES = ("long", "high", "tall", "wide", "deep")
_SIZE_ADJECTIVE = re.compile(r"\s+(?:" + "|".join(SIZE_ADJECTIVES) + r")\b")
NOT_DESCRIBED = frozenset(SIZE_ADJECTIVES) | frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "away", "thick", "old", "ago", "apart", "inland", "offshore", "underground", "uphill",
     "downhill", "upstream", "downstream", "short", "more", "less", "higher", "lower", "later",
     "earlier", "each", "apiece", "overall", "total", "aside", "back", "ahead"}
)
DESCRIBED_WORDS = 2
# "'s" right after a compound measure: the measure stands for its holder ("the 22-year-old's").
_POSSESSIVE = re.compile(r"['’]s\b")
_APPOSITION_OPENING = re.compile(r",\s+(?:a|an|the)\s+", re.I)
# An age after a name: "Dan Corley, 61", "Ana Ruiz, aged 34", "Mira Holt, a (or the)
# 52-year-old"; before one, a compound age may be followed by a few words of role
# ("59-year-old pilot", "34-year-old mother of two").
_AGE_APPOSITION = re.compile(r",\s*(?:aged\s+|an?\s+|the\s+)?", re.I)
# A name that is the subject of an age: "Ada Pell was 19 when", "Ada Pell, who was 19 when",
# "Ada Pell, the last winner, was 19 when" (at most AGE_SUBJECT_GAP characters apart).
_AGE_SUBJECT = re.compile(r"(?:,\s*who|,[^,.;]+,|)\s+(?:is|was)\s+(?:now\s+)?")
AGE_SUBJECT_GAP = 60
AGE_ROLE_WORDS = 4
_CAPITALIZED = re.compile(r"\s+((?:[A-Z][\w'’-]*\s?){1,4})")
# "last", "latest", "most recent" at most LATEST_CHARS before a date in its clause: the date of
# the latest of a series (inspections, audits, visits), of which there is only one.
LATEST = re.compile(r"\b(?:last|latest|most recent)\b", re.I)
LATEST_CHARS = 60
# "one in N", "nine out of ten": read as shares up to N = 1000 (larger N are odds).
_ONE_IN = re.compile(r"\s+(?:in(?:\s+every)?|out\s+of)\s+", re.I)
# Pence or cents "in the pound" or "on the dollar" (see with_shares).
_SUBUNITS = frozenset({"penny", "cent"})
_IN_THE_POUND = re.compile(r"\s+(?:in|on|of)\s+(?:the|every|each)\s+(?:pound|dollar|euro)\b",
                           re.I)
ONE_IN_N_MAX = 1000.0
# Words that date a figure to its article's publication day (see holds_now).
_NOW = re.compile(r"\b(?:now|so far|to date|currently)\b", re.I)
# ... before the figure in its clause, or among the first words after it ("are now assigned").
NOW_AFTER_WORDS = 2
# Nouns that make a figure anywhere in their clause an aim, not a fact (see aim_stems).
AIM_WORDS = ("target", "targets", "goal", "goals", "ambition")
# Characters read on each side of a figure for cue phrases: about four words.
CUE_WINDOW = 24
# A dateline: a prefix of its line of only capitalized words (a place, "HARWICK," or
# "Harwick,"), digits and an outlet in brackets, ended by a dash within this many characters.
DATELINE_PREFIX = 60
_DATELINE_DASH = re.compile(r"\s(?:—|–|-|--)\s")
# A label line that ends with its date ("Ministry of Health - news release, 12 May 2026"): at
# most this many words and no closing punctuation, so no sentence of the story.
LABEL_LINE_WORDS = 12
_LINE_END = re.compile(r"[\s,.;:]*$")


# How a sentence of running text ends; a line ending otherwise is a title, a masthead, a
# kicker ("Harbour Times: news without the spin") or a release's header line.
SENTENCE_END = (".", "!", "?", '"', "”", "'", "’", ":", ";")


def running_text(sentence: str) -> bool:
    """Whether a sentence ends as running text does (SENTENCE_END): a line that does not, a
    heading or a header, states no claim."""
    return sentence.rstrip().endswith(SENTENCE_END)


def around(a: ArticleIndex, span: Span) -> tuple[str, str]:
    """The lower-case text just before and just after ``span``, inside its clause."""
    text = a.facts.article.text
    s0, e0 = a.sentences[a.sentence_of(span)]
    before = CLAUSE_PUNCT.split(text[max(s0, span[0] - CUE_WINDOW) : span[0]])[-1]
    after = CLAUSE_PUNCT.split(text[span[1] : min(e0, span[1] + CUE_WINDOW)])[0]
    return before.lower(), after.lower()


def clause_before(a: ArticleIndex, span: Span) -> str:
    """The text of ``span``'s clause before it, from its sentence's start (as written)."""
    text = a.facts.article.text
    s0 = a.sentences[a.sentence_of(span)][0]
    return CLAUSE_PUNCT.split(text[s0 : span[0]])[-1]


def has_cue(kind: str, text: str) -> bool:
    """Whether ``text`` holds one of the cue phrases of ``kind`` as whole words."""
    return tx.cue_pattern(kind).search(text) is not None


def dateline(text: str, span: Span) -> bool:
    """Whether the date at ``span`` dates the report rather than an event of the story: a
    dateline ("MARLOW, March 5 (Coast Wire) -") or a label line ending with the date ("Ministry
    of Health - news release, 12 May 2026")."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line_end = len(text) if line_end < 0 else line_end
    if tx.words(text[line_start : span[0]]) and in_dateline(text, span):
        return True  # a place (and an outlet) before the date: "MARLOW, March 5 (Coast Wire) -"
    tail = text[span[1] : line_end]
    return (
        _LINE_END.fullmatch(tail) is not None
        and not tail.strip().endswith(".")
        and len(tx.words(text[line_start:line_end])) <= LABEL_LINE_WORDS
        and not text[line_start:span[0]].rstrip().endswith((".", "!", "?"))
    )


def in_dateline(text: str, span: Span) -> bool:
    """Whether ``span`` lies in the dateline that opens its line ("KELSBOROUGH (Harbourline) -
    At least 20 people ..."): only capitalized words, digits and an outlet in brackets before
    a dash within DATELINE_PREFIX characters of the line's start."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    m = _DATELINE_DASH.search(text, line_start, line_start + DATELINE_PREFIX)
    if m is None or span[1] > m.start():
        return False
    prefix = text[line_start : m.start()]
    words = tx.words(prefix)
    return bool(words) and not any(w[0].islower() for w, _, _ in words) and (
        words[0][0].isupper() or "(" in prefix or "," in prefix  # "SELVIK," / "(Wire)"
    )


def clause_timeref(a: ArticleIndex, span: Span, bases: bool = False) -> TimeRef | None:
    """The date in the figure's own clause ("8 percent contained on Tuesday";
    "On Wednesday, crews reached 22 percent"), or None: the nearest of clause_timerefs."""
    found = clause_timerefs(a, span, bases)
    return found[0] if found else None


# "that" opening a relative clause: right before an auxiliary verb ("a foal that was born in
# May", "the 40 homes that have stood empty since 2031").
_RELATIVE_THAT = re.compile(
    r"\bthat\s+(?:was|were|is|are|has|had|have|will|would|could|can|may|might)\b", re.I
)


def clause_timerefs(a: ArticleIndex, span: Span, bases: bool = False) -> list[TimeRef]:
    """The dates in the figure's own clause, nearest first ("had sold 900 this spring by the
    end of April": "this spring", then "the end of April").

    A date must sit in the same clause (no clause punctuation or clause word between them),
    or open the sentence as a fronted adverbial, which dates its whole main clause. A period a
    change is measured against ("down 4 per cent on 2040") dates the figure only with
    ``bases`` (it is still the time of a measurement, not of an event).
    """
    text = a.facts.article.text
    si = a.sentence_of(span)
    s0 = a.sentences[si][0]
    found: list[tuple[int, TimeRef]] = []
    for d in a.facts.dates:
        inside = span[0] <= d.span[0] and d.span[1] <= span[1]
        if a.sentence_of(d.span) != si or inside or d.precision == "unknown":
            continue
        lo, hi = (d.span[1], span[0]) if d.span[1] <= span[0] else (span[1], d.span[0])
        between = text[lo:hi]
        if (not bases and span[1] <= d.span[0] and d.precision != "day"
                and _BASE_BEFORE.fullmatch(between)):
            continue  # "down 4 per cent on 2040": the year compared with, not the figure's
        fronted = d.span[1] <= span[0] and {
            w.lower() for w, _, _ in tx.words(text[s0 : d.span[0]])
        } <= _FRONT_WORDS
        # (a place told by its distance from another, set off by commas, is no new clause:
        # "seized 400 at the ferry port, 30 km east of Arlen, in March")
        bare = _distance_aside().sub(" ", between)
        joined = CLAUSE_PUNCT.search(bare) is None and not (
            {w.lower() for w, _, _ in tx.words(bare)} & CLAUSE_WORDS
        )
        if not joined and d.span[1] <= span[0]:
            joined = _parenthetical(text[s0 : d.span[0]], between)
        if not joined and span[1] <= d.span[0]:
            joined = _GLOSS.fullmatch(between) is not None
        elif joined and span[1] <= d.span[0] and _RELATIVE_THAT.search(between):
            # "a two-year-old that had been tagged here in 2040": the date is the relative
            # clause's, not the figure's
            joined = False
        if joined or fronted:
            found.append((hi - lo, d))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


# "by" right before a day, an article and "the end (start, middle, close) of" between: the
# day something is to be done by ("finished by 2030", "by the close of June") or had been done
# by ("150 burglaries by 31 March", "out by Tuesday"), read within BY_CHARS.
_BY_DAY = re.compile(
    r"\bby\s+(?:the\s+)?(?:(?:end|start|middle|close)\s+of\s+(?:the\s+)?)?$", re.I)
BY_CHARS = 30


def by_before(text: str, start: int) -> bool:
    """Whether "by" (_BY_DAY) ends right before ``start``, the start of a date."""
    return _BY_DAY.search(text, max(0, start - BY_CHARS), start) is not None


@cache
def _distance_aside() -> re.Pattern[str]:
    """A place told by its distance and bearing from another, between commas ("at the ferry
    port, 30 km east of Arlen, in March"): the lengths are the word units of the facts stage's
    lexicon."""
    lengths = sorted((w for w, u in lexicon().after.items()
                      if u.dimension == "length" and w.replace(" ", "").isalpha()),
                     key=len, reverse=True)
    return re.compile(
        r",\s*(?:about\s+|some\s+|around\s+|nearly\s+)?[\d.,½]+\s*(?:"
        + "|".join(re.escape(w) for w in lengths)
        + r")\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:of|from)\s+[^,;:()]+,\s*", re.I)


# The words between a change and the period it is measured against ("down 4 per cent on 2040",
# "up 9% compared with last year"): that period is not when the figure held.
_BASE_BEFORE = re.compile(
    r"\s*(?:on|than|against|versus|compared\s+(?:with|to)|(?:up|down)\s+from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# A figure's name in quotes between it and its date ("cut the flood warning to 1, "watch", on
# Friday"): the gloss belongs to the figure, and the date still dates it.
_GLOSS = re.compile(r"\s*,\s*[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s*,\s*(?:on|in|at|by|from|until)?\s*")


# A date set off by commas right before its clause's verb ("a blockage that at its peak, on
# Tuesday morning, left 74 vessels waiting"): the comma before it (after an optional
# preposition) and the comma and at most two words (the verb) after it.
_PAREN_BEFORE = re.compile(r",\s*(?:on|in|at|by|during|until|from)?\s*$", re.IGNORECASE)
_PAREN_AFTER = re.compile(r"^\s*,((?:\s*[\w'-]+){1,2})\s*$")


def _parenthetical(before: str, between: str) -> bool:
    """Whether a date between commas dates the verb that follows it, right before a figure."""
    after = _PAREN_AFTER.match(between)
    if not (_PAREN_BEFORE.search(before) and after):
        return False
    return not {w.lower() for w, _, _ in tx.words(after.group(1))} & CLAUSE_WORDS


# Words that open a clause hanging on the one before it: "with" ("nine boats were back by
# noon, with four still out") and "aged" ("died on 3 May 2040, aged 81": the age is told of
# the day of the clause before).
_HANGING_OPENERS = frozenset(("with", "aged"))

# A clause that "when" opens right after a date is told of that date ("had stood since 2031,
# when its holder was 26"): the comma and "when", then the clause up to the figure.
_WHEN_AFTER = re.compile(r",\s*when\b[^,;:()]*", re.IGNORECASE)


def clause_date(a: ArticleIndex, span: Span) -> tuple[float, float] | None:
    """Day interval of the date of the figure at ``span`` (see clause_timeref), or else, when
    the figure's clause hangs on the clause before it, of the nearest date before it in its
    sentence, or None. A clause hangs on the one before when it opens with "with" ("nine boats
    were back by noon, with four still out") or "aged" or is a second verb of the same
    subject ("the crews had cleared 40 cellars by noon and were at work in 9 more"), or
    opens with "when" right after that date ("in 2031, when she was 26")."""
    t = clause_timeref(a, span)
    if t is None:
        s0 = a.sentences[a.sentence_of(span)][0]
        clause = [w.lower() for w, _, _ in tx.words(clause_before(a, span))]
        joins = [i for i, w in enumerate(clause) if w in CLAUSE_WORDS]
        shared_subject = bool(joins) and (
            clause[joins[-1]] == "and"
            and joins[-1] + 1 < len(clause)
            and clause[joins[-1] + 1] in _SHARED_SUBJECT_VERBS
        )
        when = bool(clause) and clause[0] == "when"
        if not (clause and clause[0] in _HANGING_OPENERS) and not shared_subject and not when:
            return None
        before = [
            d for d in a.facts.dates
            if d.precision != "unknown" and s0 <= d.span[0] and d.span[1] <= span[0]
        ]
        if not before:
            return None
        t = max(before, key=lambda d: d.span[0])
        if when and not _WHEN_AFTER.fullmatch(a.facts.article.text[t.span[1] : span[0]]):
            return None  # "when" dates its clause only right after the date: "in 2031, when"
    low, high = iso_ordinal(t.start), iso_ordinal(t.end or t.start, end=True)
    if low is None or high is None:
        return None
    published = iso_ordinal(a.facts.article.published)
    if published is not None and low > published and t.precision == "day":
        # a day still to come when the article was published dates a plan or the figure's
        # point of comparison ("a 28% premium to the closing price on Friday" read as next
        # Friday), never the day a reported figure held; a later period ("a gap in next
        # year's budget") still tells the figure from today's
        return None
    return (low, max(low, high))


def rate_parts(unit: str | None) -> tuple[str, str]:
    """A unit as its measure and the period it is given per ("EUR per year" is ("EUR",
    "year")); a unit of no rate has the period ""."""
    measure, _, per = (unit or "").partition(" per ")
    return measure, per


def per_year(
    low: float | None, high: float | None, value: float | None, unit: str | None, factor: float
) -> tuple[float | None, float | None, float | None, str | None, float]:
    """A rate per calendar period restated per year ("$820 a month" is $9,840 a year), so that
    prices and pay given per month, quarter or week compare with yearly figures."""
    per = rate_parts(unit)[1]
    k = PERIODS_PER_YEAR.get(per)
    if not k or k == 1.0 or unit is None:
        return low, high, value, unit, factor
    scaled = [None if x is None else x * k for x in (low, high, value)]
    return scaled[0], scaled[1], scaled[2], unit[: -len(per)] + "year", factor * k


def parallel(text: str, first: Span, second: Span) -> bool:
    """Whether a bare number stands in the same frame as the figure before it, so it shares its
    unit: the same word follows both ("32 hours on a train and two on a bus"), or nothing
    follows the bare number in its clause ("5 km on Monday and 3 more"). In "300 adults got 5 mg
    twice daily and 290 a dummy pill" the bare number continues another frame and counts
    something else."""
    after_first = tx.words(text[first[1] : first[1] + CUE_WINDOW])
    clause = CLAUSE_PUNCT.split(text[second[1] : second[1] + CUE_WINDOW])[0]
    after_second = [w for w in tx.words(clause) if w[0].lower() not in _ELISION_FILLERS]
    if not after_second:
        return True
    return bool(after_first) and after_first[0][0].lower() == after_second[0][0].lower()


def iso_ordinal(value: str | None, end: bool = False) -> float | None:
    """Day number of an ISO date (``2021``, ``2021-02`` or ``2021-02-26``)."""
    if not value:
        return None
    parts = value.split("T")[0].split("-")
    try:
        if len(parts) == 1:
            d = dt.date(int(parts[0]), 12, 31) if end else dt.date(int(parts[0]), 1, 1)
        elif len(parts) == 2:
            y, mo = int(parts[0]), int(parts[1])
            first = dt.date(y, mo, 1)
            if end:
                nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
                d = nxt - dt.timedelta(days=1)
            else:
                d = first
        else:
            d = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return float(d.toordinal())


def described(a: ArticleIndex, q: Quantity) -> str | None:
    """The name a compound measure ("85-metre", "223-foot") describes, as a slug: the
    capitalized words right after it ("the 85-metre Corran Star") or the entity an apposition
    holding it follows ("the Corran Star, a 68-metre ferry")."""
    if q.dimension == "age":
        return _age_holder(a, q)
    text = a.facts.article.text
    if q.unit is not None and _SIZE_ADJECTIVE.match(text, q.span[1]):
        return _subject(a, q)
    if q.unit is None or not _COMPOUND_MEASURE.fullmatch(q.text):
        return None
    name = _CAPITALIZED.match(text, q.span[1])
    if name:
        return _slug(name.group(1))
    before = [e for e in a.facts.entities
              if 0 <= q.span[0] - e.span[1] <= DESCRIBED_GAP
              and _APPOSITION_OPENING.fullmatch(text[e.span[1] : q.span[0]])]
    return _slug(max(before, key=lambda e: e.span[1]).text) if before else None


def _subject(a: ArticleIndex, q: Quantity) -> str | None:
    """The name that opens the sentence of a measure told with an adjective of size ("The
    Corran Star was built in 1990 and is 85 metres long"): what the sentence describes."""
    s0 = a.sentences[a.sentence_of(q.span)][0]
    text = a.facts.article.text
    for e in sorted(a.facts.entities, key=lambda e: e.span):
        if s0 <= e.span[0] < q.span[0]:
            lead = text[s0 : e.span[0]].split()
            return _slug(e.text) if lead in ([], ["The"], ["the"]) else None
    return None


def _age_holder(a: ArticleIndex, q: Quantity) -> str | None:
    """The person an age belongs to, as a slug of their canonical name: the name the age
    follows in apposition ("Dan Corley, 61", "Mira Holt, a 52-year-old accountant", "Mira
    Holt, the 52-year-old treasurer") or the name a compound age describes, after at most
    AGE_ROLE_WORDS lower-case words of role ("the 59-year-old pilot Dan Corley"), or the name
    that is the subject of "is"/"was" right before the age ("Dan Corley was 19 when ...")."""
    text = a.facts.article.text
    # (a person the tagger labelled otherwise in this article still has a person's id)
    # (and so does one it missed here but found in another article of the story)
    # (the slug is the person's id, so the holder is one whatever title the tagger kept in the
    # name as written: "Councillor Mira Holt" and "Mira Holt" are both mira-holt)
    people = [(e.span, e.id or e.name) for e in a.facts.entities
              if e.label == "PERSON" or (e.id or "").startswith("person:")] + a.recovered
    for pattern, gap in ((_AGE_APPOSITION, DESCRIBED_GAP), (_AGE_SUBJECT, AGE_SUBJECT_GAP)):
        for span, name in people:
            if 0 <= q.span[0] - span[1] <= gap and pattern.fullmatch(text[span[1] : q.span[0]]):
                return _slug(name.removeprefix("person:"))
    if not _COMPOUND_MEASURE.fullmatch(q.text):
        return None
    for span, name in sorted(people):
        if span[0] >= q.span[1]:
            between = text[q.span[1] : span[0]].split()
            if len(between) <= AGE_ROLE_WORDS and all(w.isalpha() and w.islower()
                                                     for w in between):
                return _slug(name.removeprefix("person:"))
            break
    return None


def compound_measure(text: str) -> bool:
    """Whether a figure is written as a compound adjective ("68-metre", "223-foot")."""
    return bool(_COMPOUND_MEASURE.fullmatch(text))


def described_noun(a: ArticleIndex, q: Quantity) -> frozenset[str]:
    """Stems of the words a compound measure modifies, up to DESCRIBED_WORDS words before the
    first function word or punctuation ("a 3-kilometre cycle lane past the mill" ->
    cycl, lane); also of a figure written apart from its unit right before a noun ("a
    3 kg box"), the noun a length of time is told of in a relative clause ("a closure
    that lasted for 26 days" -> closure) or after "of" ("a delay of 40 minutes" -> delay), the
    noun a sum of money is told of ("a charge of £9", "the £11 charge" -> charg), and the noun
    right before an age in years "old" ("acorns some 640 years old" -> acorn)."""
    if q.unit is None:
        return frozenset()
    text = a.facts.article.text
    if q.dimension == "time":
        # "a closure that lasted for 26 days" describes it as "a 26-day closure" does
        held = _HELD_FOR.search(text, max(0, q.span[0] - CUE_WINDOW * 2), q.span[0])
        if held is not None and not _OBJECT_BEFORE.search(
            text, max(0, held.start(1) - CUE_WINDOW), held.start(1)
        ):
            # (a noun after "by its" is not what the clause is told of: "a survey by its divers
            # that ran for two years" is the survey's)
            return frozenset({tx.stem(held.group(1))})
    if q.dimension in ("time", "currency"):
        # "a vigil of some four hours" describes the vigil too; "an entry charge of £9", the
        # charge
        before = _NOUN_OF.search(text, max(0, q.span[0] - CUE_WINDOW), q.span[0])
        if before is not None and before.group(1) not in _SPAN_NOUNS and (
            before.group(1) not in tx.stopwords()
        ):
            return frozenset({tx.stem(before.group(1))})
    money = q.dimension == "currency"
    if money and not _SUM_OF_MONEY.fullmatch(q.text):
        return frozenset()  # (a sum with words of its own, "£9 a head", names no noun after it)
    if q.dimension == "age" and (q.text.endswith(" old") or _OLD.match(text, q.span[1])):
        found = _AGE_AFTER_NOUN.search(text, max(0, q.span[0] - CUE_WINDOW), q.span[0])
        noun = "" if found is None else found.group(1)
        if noun and noun not in tx.stopwords() and not noun.endswith(("ed", "ing")):
            return frozenset({tx.stem(noun)})
    after = text[q.span[1] : q.span[1] + CUE_WINDOW * 2]
    if _COMPOUND_MEASURE.fullmatch(q.text):
        if _POSSESSIVE.match(after):
            # "the 22-year-old's winning putt": the measure stands for its holder, whose
            # putt it is; it describes no noun after it
            return frozenset()
        nouns = words_after(after, DESCRIBED_WORDS)
        renames = renamed_by_age(a, q.span) if q.dimension == "age" and not nouns else None
        return frozenset(tx.stem(w) for w in ([renames] if renames else nouns))
    if not ((money or _PLAIN_MEASURE.fullmatch(q.text)) and after[:1] == " "):
        return frozenset()
    # "a 3 kg box", "a 20lb camera drone", "the usual £11 charge": a measure before its noun,
    # as a compound
    words = words_after(after, DESCRIBED_WORDS)
    if not words or words[0] in NOT_DESCRIBED or words[0].endswith("ly"):
        return frozenset()
    return frozenset(tx.stem(w) for w in words)


# What a distance is measured from: "4 km east of Carrow", "six miles outside Carrow", "1.2 km
# from the riding school", "90 metres beyond the slip road".
_MEASURED_FROM = re.compile(
    r"\s+(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:away\s+)?from|off"
    r"|outside|beyond|past|short\s+of|clear\s+of|inland\s+from)\s+(?:(?:the|a|an|its|their)\s+)?",
    re.IGNORECASE,
)


def measured_from(a: ArticleIndex, q: Quantity) -> frozenset[str]:
    """Stems of the place or thing a distance is measured from, told right after it ("3 km
    east of Carrow" -> carrow; "1.2 km from the riding school" -> rid, school)."""
    if q.dimension != "length":
        return frozenset()
    text = a.facts.article.text
    m = _MEASURED_FROM.match(text, q.span[1])
    if m is None:
        return frozenset()
    return frozenset(tx.stem(w) for w in words_after(text[m.end() : m.end() + CUE_WINDOW * 2],
                                                     DESCRIBED_WORDS))


def renamed_by_age(a: ArticleIndex, span: Span) -> str | None:
    """The definite noun an age used as a noun renames or is said of ("the driver, a
    45-year-old from Tarnby" -> driver), or None."""
    text = a.facts.article.text
    held = _AGE_RENAMES.search(text, max(0, span[0] - CUE_WINDOW * 2), span[0])
    noun = "" if held is None else held.group(1).lower()
    return None if not noun or noun in tx.stopwords() else noun


def words_after(text: str, limit: int) -> list[str]:
    """The first words of ``text`` (lower-cased, at most ``limit``) up to the first function
    word, figure or clause punctuation: the noun phrase a measure or a date names ("vehicle
    delivering" in "-tonne vehicle delivering parcels", "collision" in "'s collision between").
    A word joined by hyphens is one word ("-year-old long-tailed duck")."""
    stop = tx.stopwords()
    out: list[str] = []
    for w, _, _ in tx.words(CLAUSE_PUNCT.split(text)[0])[:limit]:
        if w.lower() in stop or not w.replace("-", "").isalpha():
            break
        out.append(w.lower())
    return out


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def first_cue(kind: str, after: str) -> bool:
    """Whether a cue of ``kind`` follows the figure within two words ("a 10% pay claim")."""
    return has_cue(kind, " ".join(after.split()[:2]))


def with_shares(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The figures of an article in text order, with "four in five (members)", "one in 25",
    "nine out of ten" read as one share in per cent (80%, 4%, 90%) in place of its two
    numbers, so that it compares with the same share given as a percentage. The facts stage
    keeps the two numbers as written; the second must be larger and at most ONE_IN_N_MAX.
    Pence "in the pound" and cents "on the dollar" are shares in per cent too ("15p in the
    pound" is 15%), not sums of money."""
    qs = sorted(quantities, key=lambda q: q.span)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if (
            nxt is not None
            and q.dimension == nxt.dimension == "count"
            and q.unit is None
            and _ONE_IN.fullmatch(text[q.span[1] : nxt.span[0]])
            and q.counted is None
            and 0 < q.value < nxt.value <= ONE_IN_N_MAX
            and nxt.low == nxt.high
        ):
            k = 100.0 / nxt.value
            out.append(replace(
                q, text=text[q.span[0] : nxt.span[1]], span=(q.span[0], nxt.span[1]),
                value=q.value * k, low=q.low * k, high=min(100.0, q.high * k), unit="percent",
                si_value=None, si_low=None, si_high=None, si_unit=None, dimension="percent",
                counted=None,
            ))
            i += 2
            continue
        per_unit = _IN_THE_POUND.match(text, q.span[1]) if q.unit in _SUBUNITS else None
        if per_unit and q.value is not None and 0 < q.value <= 100:
            # "15p in the pound", "30 cents on the dollar": what a creditor gets back of each
            # pound owed, a share in per cent
            q = replace(q, text=text[q.span[0] : per_unit.end()],
                        span=(q.span[0], per_unit.end()), unit="percent", dimension="percent",
                        si_value=None, si_low=None, si_high=None, si_unit=None, counted=None)
        out.append(q)
        i += 1
    return out


def share(q: Quantity) -> bool:
    """A bare fraction ("more than a third", "roughly half", "two thirds"): a share of a whole,
    never a count of items."""
    return q.dimension == "count" and q.unit is None and 0 < q.value < 1


# A share told as a fraction in words ("a third", "half", "three-quarters") is a rounding of
# the exact share: "cut by a third" stands for some 30-37%, so it agrees with "35 per cent",
# as "half" does with 48% and "a quarter" with 26%, with or without "about" before it; a bound
# ("more than a fifth") is kept as told. Relative slack on the share:
WORD_SHARE_REL = 0.1
_WORD_SHARE = re.compile(r"\b(?:" + "|".join((*FRACTIONS, *HALVING)) + r")\b", re.I)


def word_share(text: str) -> bool:
    """Whether a figure is a fraction told in words, without digits ("about a third")."""
    return not re.search(r"\d", text) and bool(_WORD_SHARE.search(text))


# Parts of the day a date may be told with ("on Friday night", "in the small hours of
# Tuesday", "late on Friday"), each with the hours it spans after the date's midnight. A night
# named by its day ends at midnight: readers tell "Friday night" from "the early hours of
# Saturday"; only an overnight span ("overnight from Friday into Saturday") covers both. Read
# within DAY_PART_BEFORE characters before the date and DAY_PART_AFTER after it; the earlier
# words win ("the small hours of Tuesday morning").
NIGHT = "night"
DAY_PARTS: dict[str, tuple[str, float, float]] = {
    "small hours": (NIGHT, 0, 6), "early hours": (NIGHT, 0, 6), "before dawn": (NIGHT, 0, 6),
    "overnight": (NIGHT, 18, 30), "night": (NIGHT, 18, 23.99), "tonight": (NIGHT, 18, 23.99),
    "dawn": ("morning", 4, 8), "daybreak": ("morning", 4, 8), "morning": ("morning", 5, 12),
    "afternoon": ("afternoon", 12, 18), "evening": ("evening", 17, 24), "dusk": ("evening", 17, 21),
}
DAY_PART_BEFORE, DAY_PART_AFTER = 16, 10
# the second day of an overnight span ("overnight from Friday into Saturday", read within
# NIGHT_INTO_CHARS before it): the night ends on it, so its hours run from the evening before
# to the morning
NIGHT_INTO_CHARS = 48
_NIGHT_INTO = re.compile(r"\b(?:overnight|night)\b.{0,30}\binto\s+$", re.IGNORECASE | re.DOTALL)
_NIGHT_ENDS = (-6.0, 6.0)
_INTO = re.compile(r"\s+into\b", re.IGNORECASE)
_NIGHT_SPAN = (18.0, 30.0)
_LATE = re.compile(r"\blate\s+(?:on\s+)?$", re.IGNORECASE)
_LATE_HOURS = (20.0, 23.99)  # before midnight: it does not meet the small hours after it
_DAY_PART = re.compile(r"\b(?:" + "|".join(DAY_PARTS) + r")\b", re.IGNORECASE)


def day_part(text: str, span: Span) -> tuple[str, tuple[float, float]] | None:
    """The part of the day a date is told with, and its hours as fractions of a day after the
    date's midnight: "on Friday night" -> night, (0.75, 1); "overnight from Friday into
    Saturday" -> night, (0.75, 1.25) for Friday and (-0.25, 0.25) for Saturday; "before dawn
    on Tuesday" -> night, (0, 0.25); "late on Friday" -> night, (0.83, 1); None when none is
    told."""
    before = text[max(0, span[0] - NIGHT_INTO_CHARS) : span[0]]
    if _NIGHT_INTO.search(before):
        return NIGHT, (_NIGHT_ENDS[0] / 24, _NIGHT_ENDS[1] / 24)
    if _LATE.search(before):
        # "late on Friday", "late on Friday night": before midnight, which readers tell apart
        # from the small hours of Saturday
        return NIGHT, (_LATE_HOURS[0] / 24, _LATE_HOURS[1] / 24)
    near = text[max(0, span[0] - DAY_PART_BEFORE) : span[1] + DAY_PART_AFTER]
    found = _DAY_PART.search(near)
    if found is None:
        return None
    name, h0, h1 = DAY_PARTS[found.group().lower()]
    if name == NIGHT and _INTO.match(text, span[1]):
        # the first day of an overnight span ("the night of Friday 3 July into Saturday"): the
        # night runs on into the next morning
        return NIGHT, (_NIGHT_SPAN[0] / 24, _NIGHT_SPAN[1] / 24)
    return name, (h0 / 24, h1 / 24)


def holds_now(a: ArticleIndex, span: Span) -> tuple[float, float] | None:
    """The publication day, for a figure its clause says holds "now" ("has now been free for
    more than 72 hours"): the figure of that day, which may update an earlier one."""
    text = a.facts.article.text
    e0 = a.sentences[a.sentence_of(span)][1]
    clause = clause_before(a, span)
    # or the verb right after the figure: "More than 1,100 personnel are now assigned"
    after = " ".join(CLAUSE_PUNCT.split(text[span[1] : e0])[0].split()[:NOW_AFTER_WORDS])
    day = iso_ordinal(a.facts.article.published)
    if day is None or not (_NOW.search(clause) or _NOW.search(after)):
        return None
    done = _DONE_NOW.search(clause)
    if done and not _changes_level(done.group(1).lower()):
        return None
    if _MODAL_NOW.search(clause) or _MODAL_NOW.search(after):
        return None
    return (day, day)


# "has now scrapped": "now" between a perfect's auxiliary and a participle that does not change
# a level ("has now risen" does): a completed act told as news, not a reading of that day, so
# its figure (the object) dates nothing. "has now been" (a state) is left to the rule above.
_DONE_NOW = re.compile(r"\b(?:has|have|had)\s+now\s+(?!been\b)(\w+ed)\b[^,;]*$", re.I)


# "will now pay for ten years", "must now run until May": "now" after a modal of what is to be
# tells of a new arrangement from this day on, not of a reading taken on it, so its figures
# date nothing ("could now fetch", a guess at the present value, still dates its figure).
_MODAL_NOW = re.compile(r"\b(?:will|would|shall|must)\s+now\b", re.I)


def _changes_level(participle: str) -> bool:
    """Whether a participle after "has now" names a change of a level ("climbed", "reached")."""
    return tx.family(participle) in ("#rise", "#fall") or participle.startswith("reach")


@cache
def aim_stems() -> frozenset[str]:
    """Stems of nouns that make a figure in their clause an aim ("a mid-term target of an
    operating margin of 7 percent"), further away than the cue window reaches."""
    return frozenset(tx.stem(w) for w in AIM_WORDS)


def starts_with_cue(kind: str, after: str) -> bool:
    """Whether the text after a figure opens with a cue of ``kind`` ("a 12 km/h limit")."""
    return tx.cue_pattern(kind).match(after.lstrip()) is not None


def ends_with_cue(kind: str, before: str) -> bool:
    """Whether the text before a figure ends with a cue of ``kind`` ("a further 37")."""
    return any(m.end() == len(before.rstrip()) for m in tx.cue_pattern(kind).finditer(before))
