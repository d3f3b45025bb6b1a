"""Mentions: every comparable item of a story's articles, with the context used to align it.

A mention is one quantity, date, quote, statement or named entity of one article, together with
its sentence, a local clause window around it and the entities nearby. ``StoryIndex`` holds the
per-sentence TF-IDF vectors that alignment and omission detection read.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from counterpoint.compare import text as tx
from counterpoint.compare.durations import with_durations, with_imperial_parts
from counterpoint.compare.frames import (
    CLAUSE_PUNCT,
    CLAUSE_WORDS,
    LATEST,
    LATEST_CHARS,
    NEGATION,
    SPAN_JOIN,
    WORD_SHARE_REL,
    aim_stems,
    around,
    clause_before,
    clause_date,
    clause_timeref,
    dateline,
    day_part,
    described,
    described_noun,
    ends_with_cue,
    first_cue,
    has_cue,
    holds_now,
    iso_ordinal,
    measured_from,
    per_year,
    rate_parts,
    renamed_by_age,
    share,
    starts_with_cue,
    with_shares,
    word_share,
    words_after,
)
from counterpoint.compare.lede import TIME_REFERENCE_WORDS, head_term, main_event_dates
from counterpoint.facts.dates import SPAN_STARTS
from counterpoint.facts.numbers import context_words
from counterpoint.facts.units import to_si
from counterpoint.model import ArticleFacts, Entity, Quantity, Quote, Span, Statement, TimeRef

MentionKind = Literal["quantity", "date", "quote", "statement", "entity"]

# Weight of the neighbouring sentences in a sentence's context vector: a fact's sentence is
# often short ("The ride covered barely a kilometer") and its neighbours name the event.
NEIGHBOUR_WEIGHT = 0.5
# Words taken on each side of a number for its local clause context (a typical news clause
# carries the verb and object of a number within about six words).
LOCAL_WINDOW = 6
# A figure's clause that opens with at most this many words after an apposition ("X, the
# measure ..., still stood at 3.4 per cent") takes the sentence's opening subject of at most
# SUBJECT_WORDS words as its own.
SUBJECT_GAP_WORDS = 3
SUBJECT_WORDS = 5
# A figure in a relative clause ("The failure, which happened on Sunday", "Storm Tamsin, which
# made landfall on Saturday") tells of the noun the clause hangs on: up to this many words of
# that noun phrase, right before the pronoun, belong to the figure's clause (entities too).
ANTECEDENT_WORDS = 3
RELATIVE_PRONOUNS = frozenset({"which", "who"})
# Words that join clauses but, right before a figure, are its preposition ("before 4 May").
FIGURE_PREPOSITIONS = frozenset({"before", "after", "since", "until"})
# A figure after at most this many function words at the start of its sentence ("For five
# hours, water poured ...", "After more than 30 years, ...") measures the clause after the comma.
FRONTED_WORDS = 3
# Right after a figure these join its noun to another ("43 diplomats and aid workers left"),
# so the figure's clause goes on past them.
COORDINATORS = frozenset({"and", "or"})
# A verb of saying at most this many words before "that" tells that the clause after "that"
# is what was said ("told the Harbour Gazette that"); the words between are whom it was told.
SAID_TO_WORDS = 5
# Times of day ("3:40 a.m.", "05:40"), which the facts stage leaves out, are quantities of their
# own kind (see clock.py), in minutes after midnight.
CLOCK_KEY = "q|clock|"
CLOCK_UNIT = "time of day"
# A time told without its part of the day ("the last climber was freed at ten past nine") may
# be morning or evening: it is read as the morning's and filed under this key, so that it meets
# no time told in full; it shows that a report gives the time (presence.py reads it both ways).
HALF_DAY_KEY = CLOCK_KEY + "half-day"
# A time told in universal time ("02:40 UTC", "02:40 GMT") is filed under this key: it is
# compared with local times only through a time zone's offset (values.in_zone_of).
UNIVERSAL_KEY = CLOCK_KEY + "UTC"
HALF_DAY = 720.0
MINUTES_PER_DAY = 1440.0
# Tallies of a vote or a score ("5-2"), as the share of the larger side (see tally.py).
TALLY_UNIT = "tally"
# The key prefix of lengths of time ("five years", "a five-year deal").
TIME_KEY = "q|time|"
# Ages ("Ines Varga, 61,", "the 59-year-old pilot"), a dimension of their own.
AGE_KEY = "q|age|"
SECONDS_PER_YEAR = 365.25 * 86400  # the facts stage's year
YEAR_DAYS = SECONDS_PER_YEAR / 86400  # ... in days
# Places in a series ("the 119th minute", "her third attempt"; see ordinals.py).
ORDINAL_KEY = "q|ordinal|"
ORDINAL_UNIT = "place"
# Labels of entities that name a person (spaCy's and the canonical id prefix).
PERSON_LABELS = frozenset({"PERSON", "PER"})
# "about N" as the compare stage reads it: N give or take half its last significant digit
# ("about 150" is 145-155), and at least 3.5% ("about 180" covers 186, "about 8 km" five
# miles, while "about 11.2 billion" is not "about 12.1 billion"). The facts stage's own approx
# interval (±15%) is kept where it is narrower. On the studied sets 3% left one loose count as
# a false conflict, and 4% lost a true one (the two revenues above). A share told in words
# ("about a third") keeps frames.WORD_SHARE_REL.
APPROX_REL = 0.035
# Units whose size differs between the US and the UK, which the facts stage converts in their
# US size: the larger size over that one (an imperial gallon is 4.546 litres, a US gallon 3.785;
# a long ton 1,016 kg, a short ton 907 kg, and "tons" often stands for metric tonnes).
NATIONAL_VARIANTS = {"gallon": 4.54609 / 3.785411784, "ton": 1016.0469088 / 907.18474}
# Dimensions on a scale with an arbitrary zero (kelvin in SI), where a share of the value means
# nothing: 2% of 320 K would let 46.8 C agree with 121 F (49.4 C).
OFFSET_DIMENSIONS = frozenset({"temperature"})
# 0 degrees Celsius in kelvin (the SI unit temperatures are compared in).
CELSIUS_ZERO = 273.15
# A rise or fall of a temperature ("fell by 6C", "plunged 11F"): a step on the scale, which
# converts without the scale's offset (the facts stage gives it in kelvin, that is in degrees
# Celsius) and is a measure of its own, never a reading.
TEMPERATURE_STEP = "temperature change"
# Dimensions whose quantities add up ("32 hours and two hours" is 34 hours).
ADDITIVE_DIMENSIONS = frozenset(
    {
        "length",
        "duration",
        "time",
        "count",
        "mass",
        "money",
        "currency",
        "area",
        "volume",
        "energy",
        "dimensionless",
        "number",
    }
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One comparable item of one article."""

    uid: int
    article: int
    kind: MentionKind
    text: str
    span: Span
    sentence: int
    key: str
    low: float | None = None
    high: float | None = None
    value: float | None = None
    unit: str | None = None
    counted: frozenset[str] = frozenset()
    qualifier: str | None = None
    change: str | None = None
    speaker: str | None = None
    speaker_type: str | None = None
    # a statement that denies its claim; a date of a clause that says the thing did not
    # happen then ("would not reopen in May"; see _denied_date)
    negated: bool = False
    predicate: str | None = None
    precision: str | None = None
    label: str | None = None
    parts: tuple[int, ...] = ()
    local: tx.Vector = field(default_factory=dict)
    local_entities: frozenset[str] = frozenset()
    content: frozenset[str] = frozenset()
    decimals: int = 0
    si_factor: float = 1.0
    direct: bool = False
    speaker_span: Span | None = None
    # a figure stated as the highest value reached ("up to 50 km/h"; see data/cues.tsv)
    peak: bool = False
    # the day interval of the date that dates this figure inside its clause, if any
    when: tuple[float, float] | None = None
    # a figure asked for, proposed or offered ("demanding an 8% rise"), not one that holds
    asked: bool = False
    # a figure added to an earlier one ("a further 37 flights"), never a total
    increment: bool = False
    # what something is built to hold ("a silo designed to hold 9,000 tonnes"), not what it holds
    capacity: bool = False
    # the figure names a limit itself ("the canal's 12 km/h limit", "a ceiling of 30 per
    # cent"), not a value reached under one
    limit: bool = False
    # the figure's clause tells of a whole country or the world ("councils across the country
    # closed 300 toilets", "2,000 jobs worldwide"; cue kind wide_scope)
    wide: bool = False
    # a date of the latest of something ("last inspected in March", "its most recent
    # inspection on November 4")
    latest: bool = False
    # for a date told with a part of the day ("on Saturday night"): that part's name and its
    # hours as fractions of a day after the date's midnight (see frames.day_part)
    day_part: tuple[str, tuple[float, float]] | None = None
    # words of the figure's clause that name which measure it is ("core", "headline")
    modifiers: frozenset[str] = frozenset()
    # which end of a thing the figure's clause says it measures, when it names one end only:
    # "low" ("its lower terminal, at 820 metres") or "high" ("the summit")
    end: str | None = None
    # the named thing a compound measure describes ("the 85-metre Corran Star", "the Corran
    # Star, a 68-metre ferry"): its entity id
    of: str | None = None
    # stems of the common nouns a compound measure modifies ("2-kilometre evacuation zone")
    of_noun: frozenset[str] = frozenset()
    # an age used as a noun that renames a definite noun ("the mare, a 12-year-old"): told of
    # one known holder, as "the 12-year-old mare" is (see frames.renamed_by_age)
    renames: bool = False
    # stems of what a distance is measured from ("4 km east of Carrow")
    origin: frozenset[str] = frozenset()
    # the figure counts a part of a larger group ("in each arm"; see data/cues.tsv)
    partitive: bool = False
    # for a date that dates figures in its own clause (the time of a measurement, not an
    # event): those figures, each as (counted noun or unit, value)
    measures: frozenset[tuple[str, float]] = frozenset()
    # the whole a count is a part of, told right after it ("four of the 12 wards", "six out
    # of the 12 visited"): its value
    whole: float | None = None
    # a date told beside a time in universal time ("19:20 GMT on 2 March"): the local date
    # of that moment may be the day before or after it
    universal: bool = False
    # a time of day that starts or ends a window ("from 05:30", "until 09:45", "between 05:30
    # and 08:45"): "start" or "end"
    bound: str | None = None
    # ``when`` is the publication day because the clause says the figure holds "now"
    now: bool = False
    # a figure of a sentence that opens "Before the ..." or "Prior to its ...": told of the
    # time before the story's event ("Before the ban the farms kept 300 hens")
    earlier: bool = False
    # an age told in a clause of taking something up ("began skating aged six"; data/cues.tsv
    # "age_then"): an age long past, not the holder's age now
    age_then: bool = False
    # a figure set from a day still to come ("From Thursday, buyers may each buy two boxes"):
    # it holds from that day on, whatever held before (see judge._days)
    from_ahead: bool = False
    # for a date that ends a period told with its start ("from 2 May to 29 September"): the
    # days of that start
    run_from: tuple[float, float] | None = None
    # for a plain price: the thing its words say it is charged on ("a €2 charge on each
    # parcel", "the price of a loaf has climbed to €3.40"; see _priced_each)
    priced_each: str | None = None


@dataclass(slots=True)
class ArticleIndex:
    """Sentences of one article with their vectors and nearby entities."""

    facts: ArticleFacts
    sentences: list[Span]
    terms: list[list[str]]
    vectors: list[tx.Vector] = field(default_factory=list)
    context: list[tx.Vector] = field(default_factory=list)
    entities: list[frozenset[str]] = field(default_factory=list)
    near_entities: list[frozenset[str]] = field(default_factory=list)
    statements: dict[int, Statement] = field(default_factory=dict)
    loose: list[Mention] | None = None  # unparsed numbers, filled on demand
    # people's full names the recognizer missed here but found in another article: (span, id)
    recovered: list[tuple[Span, str]] = field(default_factory=list)

    def sentence_text(self, i: int) -> str:
        """The text of sentence ``i``."""
        s, e = self.sentences[i]
        return self.facts.article.text[s:e]

    def sentence_of(self, span: Span) -> int:
        """Index of the sentence that holds ``span``."""
        return tx.locate(self.sentences, span[0])


@dataclass(slots=True)
class StoryIndex:
    """Everything alignment needs about a story: articles, IDF weights and mentions."""

    articles: list[ArticleIndex]
    idf: dict[str, float]
    mentions: list[Mention]
    entity_idf: dict[str, float] = field(default_factory=dict)
    ledes: frozenset[int] = frozenset()
    # lede dates in a sentence that names the story's head term (see lede.py)
    anchored: frozenset[int] = frozenset()
    head: str | None = None
    # the other dates of those sentences: anchors too when their clauses match (see align.py)
    anchored_also: frozenset[int] = frozenset()
    # (article, key) -> measure modifiers its figures of that key use (see Mention.modifiers)
    modifiers: dict[tuple[int, str], frozenset[str]] = field(default_factory=dict)
    # (article, sentence) -> the figures of that sentence as (key, rounded value): a figure's
    # companions (see align.W_COMPANION)
    figures: dict[tuple[int, int], frozenset[tuple[str, float]]] = field(default_factory=dict)
    # (article, key) -> its mentions, filled on demand (see keyed)
    by_key: dict[tuple[int, str], list[Mention]] | None = None


def build_index(facts: Sequence[ArticleFacts]) -> StoryIndex:
    """Split, vectorize and collect the mentions of every article of a story."""
    articles = [_article_index(f) for f in facts]
    weights = tx.idf(t for a in articles for t in a.terms)
    for a in articles:
        a.vectors = [tx.vector(t, weights) for t in a.terms]
        n = len(a.vectors)
        for i, v in enumerate(a.vectors):
            ctx = dict(v)
            for j in (i - 1, i + 1):
                if 0 <= j < n:
                    ctx = tx.add(ctx, a.vectors[j], NEIGHBOUR_WEIGHT)
            a.context.append(tx.normalize(ctx))
        a.vectors = [tx.normalize(v) for v in a.vectors]
        a.near_entities = [frozenset().union(*a.entities[max(0, i - 1) : i + 2]) for i in range(n)]
    _recover_names(articles)
    mentions: list[Mention] = []
    for ai, a in enumerate(articles):
        _collect(ai, a, weights, mentions)
    mentions = _in_main_currency(_team_members(mentions))
    # entity weights: log inverse sentence frequency, so "North Korea" in a story about North
    # Korea weighs little and "Vladivostok" a lot
    ent_idf = {k: v - 1.0 for k, v in tx.idf(e for a in articles for e in a.entities).items()}
    head = head_term(articles)
    ledes, anchored, also = main_event_dates(articles, mentions, head)
    used: dict[tuple[int, str], frozenset[str]] = {}
    for m in mentions:
        if m.modifiers:
            k = (m.article, m.key)
            used[k] = used.get(k, frozenset()) | m.modifiers
    figures: dict[tuple[int, int], set[tuple[str, float]]] = defaultdict(set)
    for m in mentions:
        if m.kind == "quantity" and m.value and not m.parts:
            figures[(m.article, m.sentence)].add((m.key, companion_value(m)))
    return StoryIndex(articles, weights, mentions, ent_idf, ledes, anchored, head, also, used,
                      {k: frozenset(v) for k, v in figures.items()})


def companion_value(m: Mention) -> float:
    """A figure's value to three significant digits, as its sentence's companions are kept
    (StoryIndex.figures); a temperature as its reading in degrees Celsius (reading). Its kelvin
    value rounded to three digits, give or take the companions' slack (a share of the value),
    would let "minus 30C" (243 K) match "minus 29.6C" (244 K)."""
    return float(f"{reading(m, m.value or 0.0):.3g}")


def on_offset_scale(m: Mention) -> bool:
    """Whether a figure is on a scale with an arbitrary zero (OFFSET_DIMENSIONS: a
    temperature)."""
    return m.kind == "quantity" and m.key.split("|")[1] in OFFSET_DIMENSIONS


def reading(m: Mention, value: float) -> float:
    """``value`` (in ``m``'s SI unit) as a share of it means something: a temperature in degrees
    Celsius, not kelvin; any other figure as it is."""
    return value - CELSIUS_ZERO if on_offset_scale(m) else value


# The kind of count of a team, crew or squad (data/counted_kinds.tsv).
TEAM_KIND = tx.KIND_PREFIX + "team"


def _team_members(mentions: list[Mention]) -> list[Mention]:
    """Counts of the people a story's team is made of counted as the team as well: once one
    report tells "a team of nearly 40 divers", another's "38 divers" and a third's "the
    52-strong team" may size one group. The nouns are the story's own: elsewhere a count of
    divers and a team's size are kept apart."""
    members = {
        t for m in mentions if m.kind == "quantity" and TEAM_KIND in m.counted
        # (not a team's own word, nor people at large: "a crew of 40 people")
        for t in m.counted if not t.startswith("#") and tx.concepts().get(t) != tx.PEOPLE
        and tx.counted_kinds().get(t) != TEAM_KIND
    }
    if not members:
        return mentions
    return [
        replace(m, counted=m.counted | {TEAM_KIND})
        if m.kind == "quantity" and m.counted & members and TEAM_KIND not in m.counted else m
        for m in mentions
    ]


# Hundredths of a currency, as the unit lexicon (facts/data/units.tsv) names them: pence are
# always hundredths of the pound; cents are hundredths of whichever currency the story uses.
_PENCE, _POUND = "GBp", "GBP"
CURRENCY_KEY = "q|currency|"
_CENT = "cent"


def _in_main_currency(mentions: list[Mention]) -> list[Mention]:
    """Figures in pence or cents told in pounds, or in the story's one other currency ("12
    cents a litre" in a story told in euros is the same measure as "€0.14 per litre").
    Cents stay as they are when the story names no other currency or several, or only the
    pound, which has none."""
    units = {rate_parts(m.unit)[0] for m in mentions if m.key.startswith(CURRENCY_KEY)}
    major = units - {_CENT, _PENCE}
    into = {_PENCE: _POUND}
    if len(major) == 1 and _POUND not in major:
        into[_CENT] = next(iter(major))
    out = []
    for m in mentions:
        unit, per = rate_parts(m.unit)
        if m.key.startswith(CURRENCY_KEY) and unit in into:
            m = replace(
                m, key=CURRENCY_KEY + into[unit], unit=into[unit] + (" per " + per if per else ""),
                value=None if m.value is None else m.value / 100.0,
                low=None if m.low is None else m.low / 100.0,
                high=None if m.high is None else m.high / 100.0,
                si_factor=m.si_factor / 100.0,
            )
        out.append(m)
    return out


def _recover_names(articles: list[ArticleIndex]) -> None:
    """Mark a person's full name that the entity recognizer found in one article of the story
    in each sentence of another article that writes it out, when the recognizer found that
    person nowhere in it (the small model may find "Nora Bellweather, 68" in one report and
    miss "Gran Nora Bellweather, 72" in the next). Only names of two words or more, as
    written, so a surname alone or a common word is never taken for someone; the name counts
    in its own sentence only (near_entities is already built); its place is kept in
    ``recovered`` with her id, so an age beside it ("Nora Bellweather, 68") is hers."""
    names: dict[str, str] = {}
    for a in articles:
        for ent in a.facts.entities:
            if ent.label == "PERSON" and len(ent.name.split()) >= 2:
                names.setdefault(ent.name, ent.id)
    if not names:
        return
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w-])"
    )
    for a in articles:
        known = {ent.id for ent in a.facts.entities}
        found: dict[int, set[str]] = defaultdict(set)
        for hit in pattern.finditer(a.facts.article.text):
            if names[hit.group(1)] not in known:
                found[a.sentence_of(hit.span())].add(names[hit.group(1)])
                a.recovered.append((hit.span(), names[hit.group(1)]))
        for i, ids in found.items():
            a.entities[i] = a.entities[i] | frozenset(ids)
            a.near_entities[i] = a.near_entities[i] | frozenset(ids)


def _article_index(facts: ArticleFacts) -> ArticleIndex:
    text = facts.article.text
    spans = tx.split_sentences(text)
    if not spans:
        spans = [(0, len(text))]
    a = ArticleIndex(facts, spans, [tx.terms(text[s:e]) for s, e in spans])
    ents: list[set[str]] = [set() for _ in spans]
    for ent in facts.entities:
        ents[a.sentence_of(ent.span)].add(ent.id)
    a.entities = [frozenset(e) for e in ents]
    for st in facts.statements:
        a.statements.setdefault(a.sentence_of(st.span), st)
    return a


# What a price is charged for, told a few words after it: "a €3 fee on each ticket", "£2 for
# every bag", "a $5 surcharge per passenger" (the facts stage reads a rate only right after
# the figure, "€3 per ticket").
_PRICE_EACH = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:(?:on|for)\s+(?:each|every)|per)\s+([A-Za-z]+)\b(?!\s+of\b)"
)


# The thing a price is told of, before the figure in its clause: "the price of a loaf",
# "the cost of one crate".
_PRICE_OF_ONE = re.compile(r"\b(?:price|cost)\s+of\s+(?:a|an|one)\s+([A-Za-z]+)\b",
                           re.IGNORECASE)


def _priced_each(a: ArticleIndex, m: Mention) -> str | None:
    """The thing a plain price is charged on, when its words say so: "a €2 handling charge on
    each parcel" prices a parcel, as "€2.50 per parcel" does; None otherwise. It lets the two
    meet; a price per thing and a price of no stated thing stay apart ("£1,417 for each
    household" is no measure of "the payments came to about £1,420")."""
    if rate_parts(m.unit)[1] or not m.key.startswith(CURRENCY_KEY):
        return None
    each = _PRICE_EACH.match(a.facts.article.text, m.span[1])
    if each:
        return each.group(1).lower()
    # ... or before it in its clause: "the price of a pint has risen to £5.10"
    before = _PRICE_OF_ONE.findall(clause_before(a, m.span))
    return before[-1].lower() if before else None


def _collect(ai: int, a: ArticleIndex, weights: dict[str, float], out: list[Mention]) -> None:
    from counterpoint.compare.clock import add_clock_times  # both build Mentions

    f = a.facts
    first = len(out)
    text = f.article.text
    for q in with_shares(text, with_durations(text, with_imperial_parts(text, f.quantities))):
        out.append(_quantity(len(out), ai, a, q, weights))
    _add_wholes(text, out, first)
    from counterpoint.compare.sums import add_sums
    from counterpoint.compare.tally import add_tallies

    add_sums(ai, a, weights, out)
    add_tallies(ai, a, weights, out)

    add_clock_times(ai, a, weights, out)
    from counterpoint.compare.ordinals import add_ordinals

    add_ordinals(ai, a, weights, out)
    # the thing each plain price is charged on, when its words say so
    out[first:] = [replace(m, priced_each=each) if (each := _priced_each(a, m)) else m
                   for m in out[first:]]
    # dates that date a figure in their clause ("8 percent contained on Tuesday")
    measured: dict[Span, set[tuple[str, float]]] = {}
    for q in f.quantities:
        if (t := clause_timeref(a, q.span, bases=True)) is not None:
            measured.setdefault(t.span, set()).add(
                (q.counted or q.si_unit or q.unit or q.dimension, q.si_value or q.value))
    # this article's times of day told in universal time ("19:20 GMT")
    zoned = [c.span for c in out[first:] if c.key == UNIVERSAL_KEY]
    for d in sorted(f.dates, key=lambda d: d.span):
        m = _date(len(out), ai, a, d, weights, frozenset(measured.get(d.span, ())))
        if m is not None:
            out.append(_in_universal_time(m, f.article.text, zoned))
    for qt in sorted(f.quotes, key=lambda q: q.span):
        out.append(_quote(len(out), ai, a, qt))
    for si in sorted(a.statements):
        st = a.statements[si]
        # "Arvenne has not said whether ..." denies no event: verbs of saying and light verbs
        # carry no claim to compare
        if st.predicate and not tx.light_verb(tx.stem(st.predicate)):
            out.append(
                Mention(
                    uid=len(out),
                    article=ai,
                    kind="statement",
                    text=st.text,
                    span=st.span,
                    sentence=si,
                    key="statement",
                    negated=st.negated and not _modal(st.text, tx.stem(st.predicate)),
                    predicate=tx.stem(st.predicate),
                    content=frozenset(tx.terms(" ".join(st.subjects + st.objects))),
                )
            )
    # one mention per entity: its first occurrence in its fullest form ("Kim Jong-un", not the
    # headline's "Kim")
    fullest: dict[str, Entity] = {}
    for ent in sorted(f.entities, key=lambda e: e.span):
        held = fullest.get(ent.id)
        if held is None or len(ent.text.split()) > len(held.text.split()):
            fullest[ent.id] = ent
    for ent in sorted(fullest.values(), key=lambda e: e.span):
        out.append(
            Mention(
                uid=len(out),
                article=ai,
                kind="entity",
                text=ent.text,
                span=ent.span,
                sentence=a.sentence_of(ent.span),
                key="entity|" + ent.id,
                label=ent.label,
                speaker=ent.name,
            )
        )


# what may stand between a date and the time of day told with it ("19:20 GMT on 2 March",
# "on 2 March at 19:20 GMT", "2 March, 19:20 GMT")
_DATE_TIME_GAP = re.compile(r"\s*,?\s*(?:on|at)?\s*", re.I)


def _in_universal_time(m: Mention, text: str, zoned: list[Span]) -> Mention:
    """The date ``m``, marked as told in universal time when one of its article's times of day
    in universal time (``zoned``) stands right beside it."""
    for start, end in zoned:
        gap = (text[end : m.span[0]] if end <= m.span[0]
               else text[m.span[1] : start] if m.span[1] <= start else None)
        if gap is not None and _DATE_TIME_GAP.fullmatch(gap):
            return replace(m, universal=True)
    return m


def clause_vector(a: ArticleIndex, span: Span, weights: dict[str, float]) -> tx.Vector:
    """TF-IDF vector of the clause around ``span`` (the span's own words left out)."""
    return _clause(a, span, weights, set(tx.terms(a.facts.article.text[span[0] : span[1]])))[0]


def local_vector(
    a: ArticleIndex, span: Span, weights: dict[str, float], drop: set[str]
) -> tx.Vector:
    """TF-IDF vector of the words of the clause around ``span``, within LOCAL_WINDOW words."""
    return _clause(a, span, weights, drop)[0]


def _clause(
    a: ArticleIndex, span: Span, weights: dict[str, float], drop: set[str]
) -> tuple[tx.Vector, frozenset[str], frozenset[str]]:
    """The clause around ``span``: its word vector, the entities named inside it and its
    content words (lower-cased, as written)."""
    si = a.sentence_of(span)
    s0, e0 = a.sentences[si]
    text = a.facts.article.text
    stop = tx.stopwords()
    picked: list[str] = []
    seen: set[str] = set()
    lo, hi = span
    # "aged 44 and 17", "aged 23, 31 and 58": a later age of the list reads the list's clause
    # ... and the end of a window of time told with its start ("between 05:30 and 08:45")
    # reads the window's clause
    until = aged_from(text, s0, span[0]) or window_from(text, s0, span[0]) or span[0]
    for reverse in (True, False):
        chunk = _unaside(text[s0:until] if reverse else text[span[1] : e0])
        parts = CLAUSE_PUNCT.split(chunk)
        clause = parts[-1] if reverse else parts[0]
        base = until - len(clause) if reverse else span[1]
        if not reverse and len(parts) > 1 and not _content_words(clause, stop) and _fronted(
            text[s0 : span[0]], stop
        ):
            # "For five hours, water poured out of it": a figure in a phrase that opens its
            # sentence measures the main clause after the comma (also when another time
            # follows it: "On Friday 3 May at 16:20, the roof fell in")
            cut = CLAUSE_PUNCT.search(chunk)
            assert cut is not None
            clause, base = parts[1], span[1] + cut.end()
        toks = tx.words(clause)
        if reverse and len(parts) >= 3 and len(toks) <= SUBJECT_GAP_WORDS:
            # "Core inflation, the measure the board watches, still stood at 3.4 per cent": the
            # subject stands before an apposition; its words belong to the figure's clause
            cuts = [m.end() for m in CLAUSE_PUNCT.finditer(chunk)]
            at = s0 + ([0, *cuts][-3])  # where parts[-3] starts in the text
            head = [(w, at + ts - base, at + te - base) for w, ts, te in tx.words(parts[-3])]
            if 0 < len(head) <= SUBJECT_WORDS:
                toks = head + toks  # reversed below: the clause's own words come first
            elif head and not _content_words(clause, stop) and _apposition(parts[-2]):
                # "is due to reopen, the final stage of the repairs, on 3 May": a bare
                # preposition after an apposition goes on with the clause before it
                toks = head[-LOCAL_WINDOW:] + toks
        elif reverse and len(parts) >= 2 and toks and not _content_words(clause, stop) and (
            chunk[len(chunk) - len(clause) - 1] == ","
        ):
            # "the moth seen most often, with 9,000 sightings": a bare preposition after a
            # comma goes on with the clause before it
            comma = len(chunk) - len(clause) - 1
            at = s0 + comma - len(parts[-2])
            head = [(w, at + ts - base, at + te - base) for w, ts, te in tx.words(parts[-2])]
            toks = head[-LOCAL_WINDOW:] + toks
        elif reverse and len(parts) == 2 and not toks and text[span[1] : span[1] + 1] == "," and (
            text[s0 : span[0]].rstrip().endswith(",")
        ):
            # "Its worst sample, 9 mg/l, was taken at ...": the figure is the apposition of the
            # sentence's opening subject, which says what it measures; not when that subject
            # names someone ("Ada Pryce, 52, said"): then it is an age
            head = [(w, s0 + ts - base, s0 + te - base) for w, ts, te in tx.words(parts[0])]
            named = any(s0 <= e.span[0] < span[0] for e in a.facts.entities)
            if 0 < len(head) <= SUBJECT_WORDS and not named:
                toks = head
        if reverse and _reduced_relative(chunk, clause, toks):
            # "the campaigners' legal costs, estimated at £85,000": a participle after a comma
            # tells of the noun phrase before it, as "which" does
            stems, start = _antecedent(text, s0, until - len(clause), drop)
            picked.extend(stems)
            lo = min(lo, start)
        if reverse:
            toks.reverse()
        taken = 0
        for i, (w, ts, te) in enumerate(toks):
            low = w.lower()
            if not reverse and i == 0 and low in COORDINATORS:
                if _gapped(text[s0 : span[0]], clause):
                    break
                continue  # "43 diplomats and aid workers left": nouns joined, not clauses
            if not reverse and i == 0 and low == "who":
                continue  # "14 people who fell ill": the clause tells who is counted
            if reverse and i == 0 and low in FIGURE_PREPOSITIONS:
                continue  # "register losses before 4 May": the figure's own word, no new clause
            if low in CLAUSE_WORDS:
                if reverse and low in RELATIVE_PRONOUNS:
                    stems, start = _antecedent(text, s0, base + ts, drop)
                    picked.extend(stems)
                    lo = min(lo, start)
                elif reverse and low in COORDINATORS and taken == 1 and (
                    i == 1 or (i == 2 and toks[0][0].lower() in FIGURE_PREPOSITIONS)
                ):
                    # "and lasted a week", "and ended after two days": a verb of its own
                    # right after "and", with no subject between
                    picked.extend(_shared_subject(a, si, drop))
                break
            if reverse and (tx.says(low) or (low == "that" and any(
                tx.says(x) for x, _, _ in toks[i + 1 : i + 1 + SAID_TO_WORDS]
            ))):
                # "the coast guard said inspectors had found 38 tonnes": who tells a figure is
                # not what it measures, and two reports of one figure often differ in it; nor
                # whom it was told to ("told the Harbour Gazette that inspectors had found")
                break
            if low in stop or w[0].isdigit():
                continue
            seen.add(low)
            picked.extend(_terms_of(low, drop))
            lo, hi = min(lo, base + ts), max(hi, base + te)
            taken += 1
            if taken >= LOCAL_WINDOW:
                break
    ents = frozenset(
        e.id for e in a.facts.entities if lo <= e.span[0] < hi and not _inside(e.span, span)
    )
    return tx.normalize(tx.vector(picked, weights)), ents, frozenset(seen)


# "aged ", "aged 44 and ", "aged 23, 31 and ": the words before an age given after "aged"
_AGED = re.compile(r"\baged\s+(?:\d+(?:\s*,)?\s+(?:(?:and|or)\s+)?)*$", re.IGNORECASE)


def aged_from(text: str, s0: int, start: int) -> int | None:
    """Where "aged" ends when the figure at ``start`` is an age, or one of a list of ages, that
    "aged" introduces (searched from ``s0``, the start of its sentence); else None."""
    m = _AGED.search(text, s0, start)
    return m.start() + len("aged") if m else None


# "between 05:30 and", "from 5am to", "from noon until" right before a time of day
_WINDOW_START = re.compile(
    r"\b(?:between|from)\s+(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?|noon|midday|midnight)"
    r"\s+(?:and|to|until|till)\s+$", re.IGNORECASE)


def window_from(text: str, s0: int, start: int) -> int | None:
    """Where a window of time opens ("between", "from") when the time of day at ``start`` ends
    it ("between 05:30 and 08:45"), searched from ``s0``, the start of its sentence; else
    None. The end time is then read in the window's clause, as its start is."""
    m = _WINDOW_START.search(text, s0, start)
    return m.start() if m else None


# An aside set between two dashes ("More than 90 skiers — among them small children — were
# trapped"): the clause goes on after it.
_ASIDE = re.compile(r"\s[—–]\s[^—–]*?\s[—–]\s")


def _unaside(chunk: str) -> str:
    """``chunk`` with each aside blanked out (offsets kept), so the clause reads past it."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), chunk)


# A preposition that may stand before a figure, and a hedge between them ("fell by 38%", "rose
# to about 5.2%"): read right before a figure, and right before a later one.
_FIGURE_PREPOSITION = r"\b(by|to|from|at|of)\s+(?:about\s+|around\s+|nearly\s+)?"
_PREPOSITION_BEFORE = re.compile(_FIGURE_PREPOSITION + "$", re.I)
_PREPOSITION_FIGURE = re.compile(_FIGURE_PREPOSITION + r"\d", re.I)


def _gapped(before: str, after: str) -> bool:
    """Whether the words after a figure and its "and" are a second clause with its verb left
    out ("absences fell by 30% and staff turnover by 45%"): the same preposition comes again
    before another figure, so the words between tell of that figure, not of this one."""
    prep = _PREPOSITION_BEFORE.search(before)
    return prep is not None and any(
        later.group(1).lower() == prep.group(1).lower()
        for later in _PREPOSITION_FIGURE.finditer(after)
    )


# The words an apposition opens with ("its last stop", "the measure the board watches").
APPOSITION_OPENERS = frozenset({"its", "their", "his", "her", "the", "a", "an"})


def _apposition(part: str) -> bool:
    """Whether a part of a sentence between commas is a noun phrase set beside the one before
    it: it opens with a determiner or a possessive."""
    words = tx.words(part)
    return bool(words) and words[0][0].lower() in APPOSITION_OPENERS


def _content_words(chunk: str, stop: frozenset[str]) -> list[str]:
    """The words of ``chunk`` that are neither function words nor figures."""
    return [w for w, _, _ in tx.words(chunk) if w.lower() not in stop and not w[0].isdigit()]


def _fronted(before: str, stop: frozenset[str]) -> bool:
    """Whether the words before a figure, from the start of its sentence, are at most
    FRONTED_WORDS function words ("For", "After more than"): the figure opens the sentence in a
    phrase of its own."""
    words = [w.lower() for w, _, _ in tx.words(before)]
    return 0 < len(words) <= FRONTED_WORDS and all(w in stop for w in words)


def _reduced_relative(chunk: str, clause: str, toks: list[tuple[str, int, int]]) -> bool:
    """Whether the clause before a figure is a participle and at most one more word right
    after a comma ("..., estimated at", "..., reported at", "..., valued at")."""
    return (
        0 < len(toks) <= 2
        and toks[0][0].lower().endswith("ed")
        and chunk[: len(chunk) - len(clause)].endswith(",")
    )


def _antecedent(text: str, s0: int, end: int, drop: set[str]) -> tuple[list[str], int]:
    """Stems (and word families) of the noun phrase a relative clause hangs on: the last
    ANTECEDENT_WORDS words of ``text[s0:end]`` before the pronoun (and its comma), back to the
    start of their clause; and where those words start."""
    before = text[s0:end].rstrip(" ,")
    at = s0 + max((m.end() for m in CLAUSE_PUNCT.finditer(before)), default=0)
    words = tx.words(text[at : s0 + len(before)])[-ANTECEDENT_WORDS:]
    cut = [i for i, (w, _, _) in enumerate(words) if w.lower() in CLAUSE_WORDS]
    words = words[cut[-1] + 1 :] if cut else words
    stop = tx.stopwords()
    out = [
        t for w, _, _ in words
        if (low := w.lower()) not in stop and not low[0].isdigit() for t in _terms_of(low, drop)
    ]
    return out, (at + words[0][1]) if words else end


def _shared_subject(a: ArticleIndex, si: int, drop: set[str]) -> list[str]:
    """The subject a figure's verb shares with the verb before "and" ("The survey began in
    spring and lasted 40 days": the survey lasted them), as the sentence's statement gives it;
    nouns only (names are entities)."""
    st = a.statements.get(si)
    return [t for x in st.subjects if ":" not in x for t in _terms_of(x, drop)] if st else []


def _terms_of(low: str, drop: set[str]) -> list[str]:
    """The terms a clause word adds to a figure's clause vector: its stem and word family
    (data/concepts.tsv), and the parts of a compound ("follow-up" also stands for "followed");
    none when its stem is one of ``drop`` (the figure's own words)."""
    st = tx.stem(low)
    if st in drop:
        return []
    family = tx.family(low, st)
    parts = [p for p in tx.compound_parts(low) if p not in drop]
    return [st, *([family] if family else []), *parts]


def _increment_after(after: str) -> bool:
    """Whether an increment cue stands right after the figure ("37 more flights"): not a
    word later ("2,140 patients waited more than 12 hours"), nor a comparison ("12 more
    than last year")."""
    words = after.split()[:2]
    return bool(words) and has_cue("increment_after", words[0]) and words[1:] != ["than"]


def _inside(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _decimals(text: str) -> int:
    m = re.search(r"\d+[.,](\d+)", text)
    return len(m.group(1)) if m and "," not in m.group() else 0


# The measure modifier of the highest value a measure reached: a peak figure ("as high as 62ppb")
# or one whose clause says so ("the worst reading, 26 micrograms per litre")
HIGHEST = "highest"


def _end(seen: frozenset[str]) -> str | None:
    """Which end of a thing the words of a figure's clause name, when they name one only."""
    low = not seen.isdisjoint(tx.cue_words("end_low"))
    high = not seen.isdisjoint(tx.cue_words("end_high"))
    return None if low == high else "low" if low else "high"


# "ago" right after a duration: the time since an event, an age
_AGO = re.compile(r"\s*ago\b", re.I)
# "an age of" right before a duration ("a likely age of 120 million years"): an age
_AGE_OF = re.compile(r"\bage\s+of\s+$", re.I)
# How far before a duration "age of" is looked for.
AGE_OF_CHARS = 12


# The words between a count and the whole it is a part of: "of the", "out of", "out of all"
_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|all\s+the\s+)?", re.I)
# How far before a count "all" is looked for ("all of the 56", "All four").
ALL_CHARS = 16


def _add_wholes(text: str, out: list[Mention], first: int) -> None:
    """Give each count of ``out[first:]`` told right before "of the N" or "out of N" its
    whole N, a count of the same sentence."""
    counts = sorted((i for i in range(first, len(out)) if out[i].key == "q|count|"),
                    key=lambda i: out[i].span)
    for i, j in itertools.pairwise(counts):
        m, n = out[i], out[j]
        gap = _OF_WHOLE.fullmatch(text, m.span[1], n.span[0])
        if gap and m.sentence == n.sentence and n.value and (m.value or 0.0) < n.value:
            out[i] = replace(m, whole=n.value)
    for i in counts:
        m = out[i]
        # "All nine were flown to hospital": the whole group, a part of it as large as itself
        if m.whole is None and m.value and counts_all(text, m):
            out[i] = replace(m, whole=m.value)


def counts_all(text: str, m: Mention) -> bool:
    """Whether a count is told of all of a group ("All nine were released", "all of the 40
    pumps"): "all" (data/cues.tsv, kind all_before) right before it, or opening it."""
    before = text[max(0, m.span[0] - ALL_CHARS) : m.span[0]].lower()
    return ends_with_cue("all_before", before) or m.text.lower().startswith("all ")


def keyed(index: StoryIndex, article: int, key: str) -> list[Mention]:
    """The mentions of one article under one key (dimension and unit, or kind)."""
    if index.by_key is None:
        by: dict[tuple[int, str], list[Mention]] = defaultdict(list)
        for m in index.mentions:
            by[(m.article, m.key)].append(m)
        index.by_key = dict(by)
    return index.by_key.get((article, key), [])


def evening(m: Mention) -> Mention:
    """A time told without its part of the day (HALF_DAY_KEY), read as the evening's."""
    return replace(m, value=(m.value or 0.0) + HALF_DAY, low=(m.low or 0.0) + HALF_DAY,
                   high=(m.high or 0.0) + HALF_DAY)


def words_near(index: StoryIndex, m: Mention, k: int) -> list[str]:
    """The lower-case words at most ``k`` words before and after a mention, in its sentence."""
    before, after = words_around(index, m, k)
    return before + after


def words_around(index: StoryIndex, m: Mention, k: int) -> tuple[list[str], list[str]]:
    """The lower-case words at most ``k`` words before a mention and those after it."""
    text = index.articles[m.article].facts.article.text
    s = index.articles[m.article].sentences[m.sentence][0]
    before = [w.lower() for w, _, _ in tx.words(text[s : m.span[0]])][-k:] if k else []
    return before, [w.lower() for w in words_after_mention(index, m)[:k]]


def words_after_mention(index: StoryIndex, m: Mention) -> list[str]:
    """The words of a mention's sentence after it, as written."""
    a = index.articles[m.article]
    return [w for w, _, _ in tx.words(a.facts.article.text[m.span[1] : a.sentences[m.sentence][1]])]


# A determiner before "offer" makes it the noun ("the offer", "its offer"); a preposition after
# the noun makes what follows the thing offered ("the offer of 3%", "its offer worth 5%").
_NOUN_CUE = re.compile(r"\b(?:the|its|their|this|that|his|her)\s+$", re.I)
_OFFERED_AFTER = re.compile(r"\s+(?:of|for|worth|at|to)\b", re.I)
# "will" right before the verb ("the fair will offer").
_WILL = re.compile(r"\bwill\s+$", re.I)


def _asked_before(before: str) -> bool:
    """Whether an asking cue stands before a figure ("demanding an 8% rise", "offered 5%",
    "the offer of 3%"), not the noun "offer" as the subject of a verb that gives the figure
    ("its offer marks a 30% premium"), nor what a thing offers as it stands or will offer
    ("the van offers 9 seats", "the fair will offer 12 days of racing"): what it provides,
    not a bid ("offers to pay £5m", "two offers of 3%" still are)."""
    for m in tx.cue_pattern("asked_before").finditer(before):
        cue = m.group(0).lower()
        if cue in ("offer", "offers") and not _OFFERED_AFTER.match(before, m.end()) and (
            _NOUN_CUE.search(before, 0, m.start())
            or cue == "offers"
            or _WILL.search(before, 0, m.start())
        ):
            continue
        return True
    return False


# A group noun and "of" right before a count ("a team of 58 engineers", "a crew of 25 sailors"),
# read within GROUP_OF_CHARS characters before it.
_GROUP_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
GROUP_OF_CHARS = 30
# counted term of a place's population, and what tells one
POPULATION = tx.KIND_PREFIX + "population"
_POPULATION_BEFORE = re.compile(r"\b(?:population(?:\s+of|:)?|home\s+to)\s+$", re.I)
_INHABITANTS = frozenset({tx.stem("inhabitants")})


# The counted term of "seven times", and how many words before the figure its verb is looked for.
_TIMES = frozenset({tx.stem("times")})
TIMES_VERB_WORDS = 8


def _times_of(before: str) -> frozenset[str]:
    """The stem and word family of the past verb a count of times tells how often happened,
    read among the last TIMES_VERB_WORDS words of the clause before the figure ("was spotted
    only", "sprayed against blight"), or nothing when none is there (a light verb, "was", is
    none)."""
    for word, _, _ in reversed(tx.words(before)[-TIMES_VERB_WORDS:]):
        base = tx.past_base(word.lower())
        if base is None:
            continue
        st = tx.stem(base)
        if tx.light_verb(st):
            return frozenset()
        fam = tx.family(base, st)
        return frozenset({st} | ({fam} if fam else set()))
    return frozenset()


def _quantity(
    uid: int, ai: int, a: ArticleIndex, q: Quantity, weights: dict[str, float]
) -> Mention:
    si_ok = q.si_low is not None or q.si_value is not None
    low: float | None = q.si_low if q.si_low is not None else q.low
    high: float | None = q.si_high if q.si_high is not None else q.high
    value: float | None = q.si_value if q.si_value is not None else q.value
    unit = (q.si_unit or q.unit) if si_ok else q.unit
    factor = _scale(q) if si_ok else 1.0
    qualifier = q.qualifier
    if qualifier == "approx" and value is not None and has_cue("average", q.text.lower()):
        # "averaged 36 strokes a minute": the facts stage files a mean with "about" (the
        # NewsQuant convention its gold follows), but a mean is a measured figure, as exact as
        # any other a report states
        low = high = value
        qualifier = "exact"
    elif qualifier == "approx" and value is not None:
        rel = WORD_SHARE_REL if share(q) and word_share(q.text) else APPROX_REL
        half = max(significant_half(q.value), rel * abs(q.value)) * factor
        low = max(_num(low, -math.inf), value - half)
        high = min(_num(high, math.inf), value + half)
    variant = NATIONAL_VARIANTS.get(rate_parts(q.unit)[0]) if si_ok else None
    if variant and high is not None and 0 < high < math.inf:
        # "6,600 gallons" (or "6,600 gallons a day") may be US or imperial gallons: the figure
        # covers both readings
        high *= variant
    low, high, value, unit, factor = per_year(low, high, value, unit, factor)
    # the counted thing's stems and word families: "jobs" and "positions" count the same thing
    kinds = tx.counted_kinds()  # "nations" and "countries" count one kind of thing
    # (a counted noun whose lemma is a function word, "cans" or "overs", still counts its
    # thing; a function word as written, "others", counts none)
    noun = tx.stem(q.counted) if q.counted else ""
    written = q.text.split()[-1].lower()
    noun_kept = noun in kinds or (
        bool(noun) and tx.stem(written) == noun and written not in tx.stopwords())
    counted = frozenset(tx.terms(q.counted or "") or ({noun} if noun_kept else ()))
    group = _GROUP_OF.search(a.facts.article.text, max(0, q.span[0] - GROUP_OF_CHARS), q.span[0])
    if counted and group and group.group(1).lower() in context_words("group_noun"):
        # "a team of 58 engineers" counts the team as well: "an 85-strong team" is its size
        counted |= set(tx.terms(group.group(1)))
    if ((group and group.group(1).lower() in context_words("place_noun")) or (
        _POPULATION_BEFORE.search(a.facts.article.text, max(0, q.span[0] - GROUP_OF_CHARS),
                                  q.span[0])
    ) or counted & _INHABITANTS) and (not counted or tx.PEOPLE in counted):
        # "a town of 12,500", "a city of two million people", "a population of 3,400",
        # "91,000 inhabitants": how many people live in a place. (Residents are often some
        # of them only: "600 residents signed the petition". A place "home to 300 species"
        # counts no people.)
        counted |= {POPULATION}
    # "visited the inn seven times" counts visits: the acts of the verb the times are of (its
    # stem and word family), so it meets "five visits" in another report; the verb stays in
    # the clause's terms
    before = clause_before(a, q.span)
    acts = _times_of(before) if counted == _TIMES else frozenset()
    counted |= acts
    counted |= {kinds[t] for t in counted if t in kinds}
    dimension = q.dimension
    if share(q):
        # "just under half", "a third": a share of a whole, the same measure as a percentage
        low, high, value = (None if x is None else x * 100.0 for x in (low, high, value))
        unit, factor, dimension, counted = "percent", 100.0, "percent", frozenset()
    elif dimension in OFFSET_DIMENSIONS and q.change:
        dimension, unit = TEMPERATURE_STEP, "°C change"
    elif dimension == "time" and (_AGO.match(a.facts.article.text, q.span[1]) or _AGE_OF.search(
        a.facts.article.text, max(0, q.span[0] - AGE_OF_CHARS), q.span[0]
    )):
        # "swam in a lagoon 70 million years ago" gives the age of what formed then, and "a
        # likely age of 120 million years" an age too: the same measure as "a fossil some 65
        # million years old"
        dimension = "age"
    drop = set(tx.terms(q.text)) | set(counted - acts)
    local, local_ents, seen = _clause(a, q.span, weights, drop)
    near = around(a, q.span)
    peak = q.qualifier == "at_most" and has_cue("peak", q.text.lower() + " " + near[0])
    # (said to be the highest of its measure: "the worst reading", "at the busiest hour"; not
    # an age, which a clause's "maximum" or "peak" tells nothing of: "the 22-year-old's
    # maximum lift")
    highest = dimension != "age" and not seen.isdisjoint(tx.cue_words("highest"))
    dated = clause_date(a, q.span)
    of_noun = described_noun(a, q)
    now = None if dated else holds_now(a, q.span)
    return Mention(
        uid=uid,
        article=ai,
        kind="quantity",
        text=q.text,
        span=q.span,
        sentence=a.sentence_of(q.sentence or q.span),
        key=f"q|{dimension}|{(unit or '').split(' per ')[0]}",
        low=_num(low, -math.inf),
        high=_num(high, math.inf),
        value=value,
        unit=unit,
        counted=counted,
        qualifier=qualifier,
        change=q.change,
        local=local,
        local_entities=local_ents,
        decimals=_decimals(q.text),
        si_factor=factor,
        predicate=clause_predicate(a, q.sentence or q.span),
        # a figure its clause calls the highest ("at the busiest hour 90 staff") is a peak
        # told exactly: against "up to 120" the two maxima are compared, and a plain figure
        # below it may be a reading of another time (see judge._not_a_conflict)
        peak=peak or (q.qualifier == "exact" and highest),
        when=dated or now,
        now=dated is None and now is not None,
        partitive=(
            has_cue("partitive_before", _EACH_PERIOD.sub(" ", near[0]))
            and not ends_with_cue("whole_before", near[0])
        ) or has_cue("partitive_after", near[1]),
        asked=_asked_before(near[0]) or first_cue("asked_after", near[1])
        or bool(aim_stems() & set(local)),
        increment=ends_with_cue("increment_before", near[0]) or _increment_after(near[1]),
        # (a sum is what a thing cost, never what it holds: "built for £4.6 million")
        capacity=dimension != "currency" and _capacity(before, counted),
        limit=starts_with_cue("limit_after", near[1]) or ends_with_cue("limit_before", near[0]),
        wide=has_cue("wide_scope", before.lower()) or has_cue("wide_scope", near[1]),
        of=described(a, q),
        of_noun=of_noun,
        renames=bool(of_noun) and renamed_by_age(a, q.span) is not None,
        origin=measured_from(a, q),
        # the words as written: "operation" is not the "operating" measure; the figure's own
        # words count too ("refunds average €46" is the average measure)
        modifiers=frozenset(
            tx.stem(w) for w in (seen | {w.lower() for w, _, _ in tx.words(q.text)})
            & tx.cue_words("measure_modifier"))
        | ({HIGHEST} if peak or highest else set()),
        end=_end(seen),
        earlier=_before_event(a, q.span),
        from_ahead=_from_ahead(a, q.span),
        age_then=dimension == "age" and has_cue("age_then", before.lower()),
    )


_BEFORE_EVENT = re.compile(
    r"\s*(?:before|prior to)\s+(?:the|its|his|her|their|this|that)\s[^.;:]*$", re.IGNORECASE
)


# Words right before a day that open the time a rule or a plan holds from ("From Thursday,
# buyers may take two", "with effect from 3 May").
_FROM_DAY = re.compile(r"\b(?:from|starting|as\s+of|effective)\s+$", re.IGNORECASE)


# "each" before a period names how often, not a member of a group ("paid €500 each year
# under 12-year leases"): left out where a partitive cue is looked for
_EACH_PERIOD = re.compile(
    r"\beach\s+(?:day|night|week|weekend|month|year|season|quarter|hour|morning|evening)\b",
    re.I)


def _from_ahead(a: ArticleIndex, span: Span) -> bool:
    """Whether the figure's sentence sets a day still to come right after "from", "starting",
    "as of" or "effective" (a rule or plan that holds from that day)."""
    published = iso_ordinal(a.facts.article.published)
    if published is None:
        return False
    s0, e0 = a.sentences[a.sentence_of(span)]
    for d in a.facts.dates:
        day = iso_ordinal(d.start) if d.precision == "day" else None
        if (day is not None and day > published and s0 <= d.span[0] and d.span[1] <= e0
                and _FROM_DAY.search(a.facts.article.text[s0 : d.span[0]])):
            return True
    return False


def _before_event(a: ArticleIndex, span: Span) -> bool:
    """Whether the figure's sentence opens with "Before the ..." or "Prior to its ..." (a time
    before the story's event: "Before the ban the farms kept 300 hens")."""
    s0 = a.sentences[a.sentence_of(span)][0]
    return _BEFORE_EVENT.match(a.facts.article.text[s0 : span[0]]) is not None


# Words before a figure read for a capacity cue: the cue may stand before the measure's noun
# ("designed to survive winds of 180 km/h", "built to withstand loads of 40 tonnes").
CAPACITY_WORDS = 6


def _capacity(before: str, counted: frozenset[str]) -> bool:
    """Whether a capacity cue ("rated for", "built to withstand") stands in the last
    CAPACITY_WORDS words of ``before``, the figure's clause before it, or a figure of persons
    follows a verb of room ("the hall holds 900 spectators", "seats 300 people"; the same verbs
    before other things say what a place has: "holds 12 tiers of shelving", "holds 35 per
    cent")."""
    words = tx.words(before)[-CAPACITY_WORDS:]
    return bool(words) and (
        has_cue("capacity_before", before[words[0][1]:].lower())
        or (tx.counts_persons(counted) and ends_with_cue("room_for_persons", before.lower()))
    )


# Modal verbs: "no turbine will turn", "the bridge could not reopen" say what will or may not
# happen, not that something did not. A flat "will not" or "won't" ("fees will not be
# returned") is a refusal, a denial as the clause reading has it (negation._firm).
MODALS = tx.MODAL_VERBS | {"can't", "couldn't", "wouldn't", "shouldn't", "mustn't"}
# Words a modal may stand before its verb ("will not turn", "will never again turn").
MODAL_GAP = 3


def _modal(sentence: str, predicate: str) -> bool:
    """Whether a modal verb stands at most MODAL_GAP words before the statement's verb."""
    words = [w.lower() for w, _, _ in tx.words(sentence)]
    for i, w in enumerate(words):
        after = words[i + 1 : i + 2 + MODAL_GAP]
        firm = w == "will" and after[:1] == ["not"]
        if w in MODALS and not firm and predicate in {tx.stem(x) for x in after}:
            return True
    return False


def _scale(q: Quantity) -> float:
    """SI units per unit of ``q`` (a slope, so that affine units such as °F work too)."""
    if q.si_low is not None and q.si_high is not None and q.high > q.low:
        return (q.si_high - q.si_low) / (q.high - q.low)
    if q.unit and q.dimension in OFFSET_DIMENSIONS:
        # an affine unit (°C, °F): the SI value over the value is no slope for it, so take the
        # slope from the facts stage's pint conversion (pint loads only for such figures)
        zero, one = to_si(q.unit, 0.0), to_si(q.unit, 1.0)
        if zero is not None and one is not None:
            return one[0] - zero[0]
    if q.si_value is not None and q.value:
        return q.si_value / q.value
    return 1.0


def significant_half(value: float) -> float:
    """Half the place value of the last significant digit: 150 -> 5, 1.5 -> 0.05, 24 -> 0.5."""
    v = abs(value)
    if v == 0 or not math.isfinite(v):
        return 0.0
    text = f"{v:.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    trailing = len(text) - len(text.rstrip("0"))
    return 0.5 * 10**trailing


def _num(x: float | None, default: float) -> float:
    return default if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def span_figure(
    uid: int, ai: int, a: ArticleIndex, span: Span, key: str, weights: dict[str, float],
    **fields: Any,
) -> Mention:
    """A figure the comparison reads from the text itself (a time of day, a tally, a sum of
    parts): its text, clause vector, sentence and predicate come from its span."""
    text = a.facts.article.text[span[0] : span[1]]
    fields.setdefault("sentence", a.sentence_of(span))
    fields.setdefault("predicate", clause_predicate(a, span))
    return Mention(uid=uid, article=ai, kind="quantity", text=text, span=span, key=key,
                   local=local_vector(a, span, weights, set(tx.terms(text))), **fields)


def clause_predicate(a: ArticleIndex, span: Span) -> str | None:
    st = a.statements.get(a.sentence_of(span))
    return tx.stem(st.predicate) if st and st.predicate else None


# A date in the possessive ("last week's collision", "Tuesday's verdict") dates the noun after
# it, not the verb of its sentence ("inspectors opened an investigation into last week's
# collision" does not date an opening): its clause words are those of that noun, read within
# this many characters, and it has no predicate. heldout23: a line "opened in 2009" had aligned
# with "opened an investigation into last week's collision" as one opening.
POSSESSED_CHARS = 80


def same_predicate(m: Mention, n: Mention) -> bool:
    """Whether two mentions' statements are built on one verb that carries an event (not a
    light verb or a verb of saying): "six were charged" and "all six have been charged"."""
    return m.predicate is not None and m.predicate == n.predicate and not tx.light_verb(
        m.predicate
    )


def _date(
    uid: int, ai: int, a: ArticleIndex, d: TimeRef, weights: dict[str, float],
    measures: frozenset[tuple[str, float]],
) -> Mention | None:
    low = iso_ordinal(d.start)
    high = iso_ordinal(d.end or d.start, end=True)
    if low is None or high is None or d.precision == "unknown":
        return None
    if dateline(a.facts.article.text, d.span):
        return None  # it dates the report, not an event of the story
    named = _possessed(a, d, weights)
    return Mention(
        uid=uid,
        article=ai,
        kind="date",
        text=d.text,
        span=d.span,
        sentence=a.sentence_of(d.sentence or d.span),
        key="date",
        low=low,
        high=max(low, high),
        precision=d.precision,
        measures=measures,
        latest=LATEST.search(CLAUSE_PUNCT.split(
            a.facts.article.text[max(a.sentences[a.sentence_of(d.span)][0],
                                     d.span[0] - LATEST_CHARS) : d.span[0]])[-1]) is not None,
        local=named or local_vector(a, d.span, weights, set(tx.terms(d.text))),
        predicate=None if named else _dated_predicate(a, d.span),
        day_part=day_part(a.facts.article.text, d.span) if d.precision == "day" else None,
        negated=_denied_date(clause_before(a, d.span)),
        run_from=_run_from(a, d.span),
    )


# "from 2 May to 29 September", "between 3 June and 4 July": the words before a period's start
# and between its start and its end
_RUN_START = re.compile(r"\b(?:" + "|".join(sorted(SPAN_STARTS)) + r")\s+$", re.I)
RUN_FROM_CHARS = 12


def _run_from(a: ArticleIndex, span: Span) -> tuple[float, float] | None:
    """The days of the date a period starts on, when the date at ``span`` ends it ("from 2 May
    to 29 September"), else None."""
    text = a.facts.article.text
    for d in a.facts.dates:
        join = SPAN_JOIN.fullmatch(text, d.span[1], span[0]) if d.span[1] < span[0] else None
        if join and _RUN_START.search(text, max(0, d.span[0] - RUN_FROM_CHARS), d.span[0]):
            low, high = iso_ordinal(d.start), iso_ordinal(d.end or d.start, end=True)
            return None if low is None or high is None else (low, high)
    return None


# A verb's negation ("not", "never", "n't") among the last DENIED_WORDS words of a date's
# clause before it, with no "until", "before", "after" or "since" right before the date.
_DENIED = re.compile(NEGATION, re.I)
_BOUNDED = re.compile(r"\b(?:until|till|before|after|since)\s+(?:the\s+)?$", re.I)
DENIED_WORDS = 6


def _denied_date(before: str) -> bool:
    """Whether the clause before a date says the thing did not happen then ("would not reopen
    in May", "was never seen on Friday"): the date is the day it did not happen. ("did not
    open until March" and "not before 2040" tell when it did or may.)"""
    toks = tx.words(before)[-DENIED_WORDS:]
    if not toks or _BOUNDED.search(before):
        return False
    return _DENIED.search(before, toks[0][1]) is not None


# "and" opening the clause of the verb after a date, with at most its auxiliary and an adverb
# between: the date stands in the clause before, of another verb.
_NEXT_CLAUSE = re.compile(
    r"\band\s+(?:(?:has|have|had|was|were|is|are|will|would|then|later|now|also|since)\s+){0,3}$"
)


# A date in a participle's aside, between commas ("The ordinance, approved on 9 May, gave
# stalls a month"): it dates the participle's event, not the sentence's verb. The comma, the
# participle and its preposition before the date, within ASIDE_CHARS; a comma or dash after.
_PARTICIPLE_ASIDE = re.compile(r",\s*([a-z]+ed)\s+(?:on|in)\s+$", re.I)
_ASIDE_END = re.compile(r"\s*[,—–]")
ASIDE_CHARS = 30


def _dated_predicate(a: ArticleIndex, span: Span) -> str | None:
    """The verb of the date's sentence, unless "after", "before", "since" or "following"
    stands between the date and every word of that verb: "residents protested on Monday for the
    road to reopen after two lorries crashed" dates the protest, not the crash."""
    text = a.facts.article.text
    aside = _PARTICIPLE_ASIDE.search(text, max(0, span[0] - ASIDE_CHARS), span[0])
    if aside and _ASIDE_END.match(text, span[1]):
        return tx.stem(aside.group(1).lower())  # "The ordinance, approved on 9 May, gave ..."
    pred = clause_predicate(a, span)
    if pred is None:
        return None
    s0, e0 = a.sentences[a.sentence_of(span)]
    words = tx.words(text[s0:e0])
    verbs = [(s0 + ws, s0 + we) for w, ws, we in words if _form_of(w.lower(), pred)]
    for vs, ve in verbs:
        between = text[ve : span[0]] if ve <= span[0] else text[span[1] : vs]
        if ve > span[0] and _NEXT_CLAUSE.search(between):
            continue  # "won her first race in 2019 and has since taken 40": not the taking
        refs = [we for w, _, we in tx.words(between) if w.lower() in TIME_REFERENCE_WORDS]
        # (a comma after the reference closes it: "in May, and after ten days of
        # digging, they found ..." dates the finding)
        if not refs or (ve > span[0] and "," in between[refs[-1] :]):
            return pred
    return pred if not verbs else None


def _form_of(word: str, stem: str) -> bool:
    """Whether a word is a form of the verb whose stem is ``stem`` ("died", "dying" of "die";
    "struck" of "strik")."""
    if stem in (tx.stem(word), tx.stem(tx.irregular_past().get(word, word))):
        return True
    return (word.endswith("d") and tx.stem(word[:-1]) == stem) or (
        stem.endswith("ie") and word == stem[:-2] + "ying"
    )


def _possessed(a: ArticleIndex, d: TimeRef, weights: dict[str, float]) -> tx.Vector:
    """For a date in the possessive ("last week's collision", "Tuesday's verdict"), the
    vector of the noun it dates: the words right after it up to the first function word or
    punctuation; an empty vector for any other date."""
    text = a.facts.article.text
    after = text[d.span[1] : d.span[1] + POSSESSED_CHARS]
    own = re.match(r"['’]s\b", after)
    if not (own or re.search(r"['’]s$", d.text)):
        return {}
    words = words_after(after[own.end() if own else 0 :], LOCAL_WINDOW)
    picked = [t for w in words for t in _terms_of(w, set())]
    return tx.normalize(tx.vector(picked, weights)) if picked else {}


def _speaker_name(a: ArticleIndex, q: Quote) -> str | None:
    """The speaker's canonical name when known, else the attribution up to its first comma."""
    if q.speaker_id:
        for e in a.facts.entities:
            if e.id == q.speaker_id:
                return e.name
    return q.speaker.split(",")[0].strip() if q.speaker else None


def quote_content(text: str) -> frozenset[str]:
    """The content words of a quote and its word pairs ("we had", "had minut"), so short
    quotes can be matched too."""
    toks = [tx.stem(w.lower()) for w, _, _ in tx.words(text)]
    return frozenset(tx.terms(text)) | frozenset(
        f"{a} {b}" for a, b in itertools.pairwise(toks)
    )


def _quote(uid: int, ai: int, a: ArticleIndex, q: Quote) -> Mention:
    return Mention(
        uid=uid,
        article=ai,
        kind="quote",
        text=q.text,
        span=q.span,
        sentence=a.sentence_of(q.sentence or q.span),
        key="quote",
        speaker=q.speaker_id or (q.speaker.lower() if q.speaker else None),
        speaker_type=q.speaker_type,
        label=_speaker_name(a, q),
        content=quote_content(q.text),
        direct=q.direct,
        speaker_span=q.speaker_span,
    )
