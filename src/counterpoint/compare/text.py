"""Lexical tools for alignment: sentence splitting, light stemming and TF-IDF vectors.

The compare stage runs on already extracted facts, so it does not load spaCy: a rule-based
sentence splitter and a small suffix-stripping stemmer are enough to say whether two sentences
talk about the same thing, and they keep comparing a 50-article story well under a second.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

Vector = dict[str, float]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")
# Abbreviations after which a full stop does not end a sentence (news style: months, titles).
_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "vs",
        "gen",
        "col",
        "lt",
        "sgt",
        "gov",
        "sen",
        "rep",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "etc",
        "approx",
    ]
)
# "a.m." and "p.m." end a sentence unless a day, a month or a time zone follows ("at 2:55 a.m.
# Tuesday" is one sentence, "by 6 a.m. Crews had arrived" two).
_CLOCK_SUFFIXES = frozenset({"a.m", "p.m"})
_CLOCK_FOLLOWERS = frozenset(
    [
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
     "nov", "dec", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "utc", "bst",
     "cet",
    ]
)
# Suffixes stripped by the stemmer, longest first: (suffix, replacement, minimum stem length).
_SUFFIXES = (
    ("ational", "ate", 3),
    ("ations", "ate", 3),
    ("ation", "ate", 3),
    ("ments", "", 4),
    ("ment", "", 4),
    ("ness", "", 4),
    ("ingly", "", 3),
    ("edly", "", 3),
    ("ings", "", 3),
    ("ing", "", 3),
    ("ies", "i", 2),
    ("ied", "i", 2),
    ("ers", "", 4),  # as "er": "miners" and "miner" share a stem
    ("er", "", 4),
    ("ed", "", 3),
    ("ly", "", 4),
    ("es", "", 4),
    ("s", "", 3),
)


def _data_lines(name: str) -> list[str]:
    """The non-comment lines of one of ``data/``'s files."""
    text = resources.files("counterpoint.compare").joinpath(f"data/{name}").read_text(
        encoding="utf-8"
    )
    return [line for line in text.splitlines() if line and not line.startswith("#")]


# The word family of verbs of saying (data/concepts.tsv row "say").
SAY = "#say"
PEOPLE = "#people"  # the family of data/concepts.tsv's people row ("residents", "inhabitants")
# Modal verbs: a verb after one is told as possible, wished or to come, not as done
# (negation.UNDONE, mentions.MODALS).
MODAL_VERBS = frozenset({"will", "would", "could", "may", "might", "can", "should", "must",
                         "shall"})
# Places in a series written as words, from the third ("first" and "second" are mostly idioms:
# "for the first time", "a second look"); read by ordinals.py and lede.py.
ORDINAL_WORDS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20,
}
# Names of universal time written after a clock time ("02:40 UTC", "05:42:10Z").
UNIVERSAL_TIME = ("UTC", "GMT", "Z")


@cache
def stopwords() -> frozenset[str]:
    """The function words of ``data/stopwords.txt``."""
    return frozenset(w for line in _data_lines("stopwords.txt") for w in line.split())


@cache
def stem(word: str) -> str:
    """A light stem: lower case, no possessive, common inflectional suffixes removed."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w.isdigit():
        return w
    for suffix, repl, min_stem in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= min_stem:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # doubled consonant left by -ing/-ed: "stopp" -> "stop"
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


@cache
def person_nouns() -> frozenset[str]:
    """Stems of the nouns that count persons, from ``data/person_nouns.txt``."""
    return frozenset(stem(w) for line in _data_lines("person_nouns.txt") for w in line.split())


# Word families (data/concepts.tsv) whose counts are counts of persons.
PERSON_FAMILIES = frozenset({"#employee", "#people"})


def counts_persons(counted: frozenset[str]) -> bool:
    """Whether a counted noun counts persons: a word family of people or staff, or a noun of
    data/person_nouns.txt ("patients", "fans", "nationals")."""
    return bool(counted & (person_nouns() | PERSON_FAMILIES))


@cache
def concepts() -> dict[str, str]:
    """Stem -> concept term, from ``data/concepts.tsv``."""
    return _families("concepts.tsv", "#")


# The prefix of a kind term: a word family for counts only.
KIND_PREFIX = "#="


@cache
def counted_kinds() -> dict[str, str]:
    """Stem -> kind term ("#=nation"), from ``data/counted_kinds.tsv``: near-synonyms for what a
    count counts, read for counts only."""
    return _families("counted_kinds.tsv", KIND_PREFIX)


def _families(name: str, prefix: str) -> dict[str, str]:
    """Stem -> ``prefix`` + row name, from a table of rows "name<TAB>words" (the first row that
    lists a stem keeps it)."""
    out: dict[str, str] = {}
    for line in _data_lines(name):
        if "\t" not in line:
            continue
        family, members = line.split("\t", 1)
        for w in members.split():
            out.setdefault(stem(w), prefix + family)
    return out


@cache
def _family_members() -> frozenset[str]:
    """The words of ``data/concepts.tsv``'s rows as written."""
    return frozenset(
        w for line in _data_lines("concepts.tsv") if "\t" in line
        for w in line.split("\t", 1)[1].split()
    )


# Endings that make a regular inflection of a word.
_REGULAR_ENDINGS = frozenset({"s", "es", "ed", "ing", "er", "ers"})


def family(low: str, st: str | None = None) -> str | None:
    """The word family (concept term) of a lower-case word, or None. A noun of the one who does
    something ("walkers", "drivers") shares the verb's stem but names people, not the event: it
    has the family only when the row lists it ("workers", "voters"). ``st``: its stem."""
    st = stem(low) if st is None else st
    fam = concepts().get(st)
    if fam and st in irregular_past() and low[len(st):] in _REGULAR_ENDINGS and (
        low not in _family_members()
    ):
        # "founded", "felled", "roses": a regular inflection of an irregular past ("found",
        # "fell", "rose") is another word unless the row lists it ("slides")
        return None
    if fam and low.endswith(("er", "ers")) and not st.endswith("er") and (
        low not in _family_members()
    ):
        return None
    if fam and low.endswith("ly") and stem(low[:-2]) == st and low not in _family_members():
        # a word made with "-ly" from the stem has the family only when the row lists it
        # ("deadly"): "working closely with" names no closure, "lively" no death
        return None
    return fam


# Words of the "say" family that news far more often uses as nouns ("state schools", "the
# state", "member states"): only "stated" and "statement" tell of saying.
NOT_SAYING = frozenset({"state", "states"})


def says(word: str) -> bool:
    """Whether a word is a verb (or noun) of saying: its word family is "#say" ("said",
    "told", "statement"), by ``family``, so "announcers" is not one, nor "state"."""
    low = word.lower()
    return low not in NOT_SAYING and family(low) == SAY


def _pairs(name: str) -> dict[str, str]:
    """A two-column data file as a mapping from its first column to its second."""
    rows = (line.split("\t") for line in _data_lines(name))
    return {r[0]: r[1] for r in rows if len(r) == 2}


def _cue_phrases(kind: str) -> list[str]:
    """The phrases of ``kind`` in ``data/cues.tsv``."""
    rows = (line.split("\t", 1) for line in _data_lines("cues.tsv"))
    return [r[1].strip() for r in rows if len(r) == 2 and r[0] == kind and r[1].strip()]


@cache
def irregular_past() -> dict[str, str]:
    """Irregular past form -> base form ("gave" -> "give"), from ``data/irregular_past.tsv``."""
    return _pairs("irregular_past.tsv")


# Past forms spelled as their base form, which data/irregular_past.tsv leaves out.
SAME_PAST = frozenset(
    {"set", "cut", "put", "hit", "quit", "shut", "cast", "split", "cost", "spread"}
)


def past_base(word: str) -> str | None:
    """The base form of a lower-case verb in a past form ("rebuilt" -> "rebuild", "set" ->
    "set"; a regular past as written, "opened"), or None when the word is no past form: an
    irregular past, a past spelled as its base, or an "-ed" word of four letters or more
    ("axed"; not "need", "feed")."""
    past = irregular_past()
    if word in past:
        return past[word]
    if word in SAME_PAST or (word.endswith("ed") and len(word) > 3 and not word.endswith("eed")):
        return word
    return None


def light_verb(word_stem: str) -> bool:
    """Light verbs and verbs of saying ("have", "be", "say") carry no event of their own."""
    return word_stem in stopwords() or concepts().get(word_stem) == SAY


@cache
def cue_words(kind: str) -> frozenset[str]:
    """The cue phrases of ``kind`` in ``data/cues.tsv`` as written: "measure_modifier" (words
    that name which measure a figure is), "highest", "source" (verbs by which a document
    reports a claim), "lasting" (words that tell only that a state lasted), "emphatic" (words
    that stress a negation)."""
    return frozenset(_cue_phrases(kind))


@cache
def day_parts() -> dict[str, str]:
    """Words that place a time of day told without "am" or "pm" ("evening", "this morning"):
    word -> "morning", "evening" or "night", from ``data/cues.tsv``."""
    return {w: kind for kind in ("morning", "evening", "night") for w in _cue_phrases(kind)}


@cache
def antonyms() -> dict[str, str]:
    """A state word -> the word it denies ("intact" -> "broken"), from ``data/antonyms.tsv``."""
    return _pairs("antonyms.tsv")


def words(text: str) -> list[tuple[str, int, int]]:
    """Word tokens of ``text`` with their character offsets."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


@cache
def cue_pattern(kind: str) -> re.Pattern[str]:
    """A whole-word pattern for the cue phrases of ``kind`` in ``data/cues.tsv``."""
    alts = "|".join(sorted((re.escape(p) for p in _cue_phrases(kind)), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b" if alts else r"(?!)")


def compound_parts(word: str) -> list[str]:
    """Stems of the words of a hyphenated compound ("follow-up" -> "follow"), stopwords out."""
    stop = stopwords()
    if "-" not in word:
        return []
    return [stem(p) for p in word.lower().split("-") if len(p) > 2 and p not in stop]


def terms(text: str) -> list[str]:
    """Stems of the content words of ``text`` (no function words, no bare numbers), each
    followed by its concept term ("#death") when it has one."""
    stop = stopwords()
    out = []
    for word, _, _ in words(text):
        low = word.lower()
        if low in stop or word[0].isdigit() or len(low) < 2:
            continue
        st = stem(low)
        out.append(st)
        fam = family(low, st)
        if fam:
            out.append(fam)
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: ends at . ! ? before a capital, and at line breaks."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start()
        before = text[start:end].rstrip()
        last = before.rsplit(None, 1)[-1].lower().rstrip(".") if before.split() else ""
        if (
            m.group().strip(' \t"”’)]') == ""
            and "\n" not in m.group()
            and (
                last in _ABBREVIATIONS
                or (len(last) == 1 and last.isalpha())
                or (last in _CLOCK_SUFFIXES and _next_word(text, m.end()) in _CLOCK_FOLLOWERS)
            )
        ):
            continue
        _add_span(text, start, end, spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _next_word(text: str, at: int) -> str:
    m = _WORD.match(text, at)
    return m.group().lower() if m else ""


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def locate(spans: Sequence[tuple[int, int]], offset: int) -> int:
    """Index of the span that contains (or most closely precedes) ``offset``."""
    starts = [s for s, _ in spans]
    return max(0, bisect_right(starts, offset) - 1)


def idf(documents: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term."""
    df: dict[str, int] = {}
    n = 0
    for doc in documents:
        n += 1
        for t in set(doc):
            df[t] = df.get(t, 0) + 1
    return {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}


def vector(tokens: Iterable[str], weights: dict[str, float], scale: float = 1.0) -> Vector:
    """Un-normalized TF-IDF vector of ``tokens``."""
    v: Vector = {}
    for t in tokens:
        v[t] = v.get(t, 0.0) + weights.get(t, 1.0) * scale
    return v


def add(a: Vector, b: Vector, scale: float = 1.0) -> Vector:
    """``a + scale * b`` as a new vector."""
    out = dict(a)
    for t, w in b.items():
        out[t] = out.get(t, 0.0) + w * scale
    return out


def normalize(v: Vector) -> Vector:
    """``v`` scaled to unit length (empty stays empty)."""
    norm = math.sqrt(sum(w * w for w in v.values()))
    return {t: w / norm for t, w in v.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def weighted_overlap(
    a: frozenset[str] | set[str], b: frozenset[str] | set[str], weights: dict[str, float]
) -> float:
    """Overlap coefficient with each item weighted (rare entities count for more)."""
    if not a or not b:
        return 0.0
    wa = sum(weights.get(x, 1.0) for x in a)
    wb = sum(weights.get(x, 1.0) for x in b)
    shared = sum(weights.get(x, 1.0) for x in a & b)
    return shared / min(wa, wb) if min(wa, wb) > 0 else 0.0


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Overlap coefficient |a∩b| / min(|a|, |b|); 0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
