"""Omissions: salient facts some articles report and others leave out of the same passage.

A fact (a number, an explicit date, a named person or a quote from one) is omitted by an
article when that article covers the same part of the story - something near the fact is
aligned with it, or one of its sentences reads much like the fact's context - and says nothing
that could be the fact: no aligned mention, no figure of the same kind with a compatible value,
no mention of the person (``presence.py``). Articles that never get to that part of the
story are not blamed.
Facts from one sentence that the same articles leave out are reported together.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from counterpoint.compare import explain as ex
from counterpoint.compare import text as tx
from counterpoint.compare.align import Alignment
from counterpoint.compare.frames import around, has_cue, in_dateline, running_text
from counterpoint.compare.judge import SALIENCE, Draft
from counterpoint.compare.lede import refers_elsewhere
from counterpoint.compare.mentions import (
    AGE_KEY,
    CLOCK_KEY,
    HALF_DAY_KEY,
    ORDINAL_KEY,
    ORDINAL_UNIT,
    PERSON_LABELS,
    Mention,
    StoryIndex,
    iso_ordinal,
)
from counterpoint.compare.presence import _clauses_by_dimension, _found_in, _seen
from counterpoint.compare.values import consistent

# Sentences on each side of a fact that make up "its part of the story".
COVER_WINDOW = 2
# Context similarity above which another article's sentence tells the same part of the story.
# Close retellings of one event score 0.3-0.6 on the demo stories, but articles with different
# angles (the seeds) tell the same passage at 0.10-0.15; 0.10 was chosen on the demo stories
# and seeds (0.30 found 25% fewer gold omissions at the same precision; below 0.10 precision
# drops).
COVER_SIM = 0.05
# Coverage search through an inverted index: terms found in more sentences than this are not
# read. A story's most frequent terms (its main names) carry little IDF weight, so skipping them
# changes few similarities; 150 keeps every term of stories up to about 8 articles exact.
SIM_POSTINGS = 150
# Counts this small are mostly incidental ("the two companies", "one source").
TRIVIAL_COUNT = 2
# Vague amounts ("dozens", "hundreds of thousands"): an interval wider than this ratio is not
# a figure anyone can be blamed for leaving out.
VAGUE_RATIO = 3.0
# A quote worth reporting has at least this many content words and word pairs ("poor" is not).
QUOTE_MIN_WORDS = 6
# Facts reported after an article went out. A sentence without a date of its own tells the
# same moment as the dated sentence before it in its paragraph when it reports speech (a quote
# or a verb of saying: "X said on Friday that ... 'quote,' she said"; a plain statement of the
# state of things may be background), and a person first named in a dated passage speaks at
# that moment in the article's other sentences too (their quotes further down). Both only
# excuse an article from an omission (they never create a finding); they are general because
# they read the layout of news copy (paragraphs, attribution), not its words. On the held-out
# stories, the facts they excuse are those released after the earlier articles (statements
# made later in the week). PARAGRAPH_DATES switches the first.
PARAGRAPH_DATES = True
# A sentence's date is the day of what it reports, not of an event it refers to: a date right
# after one of lede.REFERENCE_WORDS ("on Friday visited the streets hit by the flood of Wednesday,
# April 2", "in use since 1998") is left out when dating the sentence (without it, the
# earliest date named, the earthquake's, would date the visit).
REFERENCE_DATES = True
# Omissions rank below conflicts of the same salience.
OMISSION_WEIGHT = 0.7
# Names of places and organizations join the omitted figure or date of their sentence when no
# lacking article names them (see _with_names).
NAMES_WITH_FACTS = True
NAMED_PLACES_ORGS = frozenset({"GPE", "LOC", "FAC", "ORG"})
# Two agreeing figures of one measure, left out by the same articles, are one fact when their
# clauses or passages are at least this similar (see _merge). Two articles telling one moment
# in their own words often share only a word or two ("the dam" ... "water"), 0.05-0.15. Over
# the 24 gold sets 0.05 raised omission precision from 0.584 to 0.596 and recall from 0.719 to
# 0.723 against 0.15 (one set lost 0.01 of recall); 0.0, which joins any two agreeing figures
# of one measure, did a little better still (0.600, 0.725) but would join unrelated figures
# that happen to share a value.
SAME_FACT_SIM = 0.05
# An explicit calendar date names a month or has digits; "on Wednesday" mostly dates the report.
_EXPLICIT_DATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I
)
# Dates precise enough to be facts a report can leave out. A year counts ("the worst flooding
# since 1994", "founded in 2009"): on the studied gold sets it found 106 more gold omissions
# (recall 0.724 -> 0.750) for precision 0.613 -> 0.609.
SALIENT_DATES = frozenset({"day", "week", "month", "year"})
# An unnamed single source: "a ...", "an ...", "one ...", "another ...".
_ONE_SOURCE = re.compile(r"\s*(?:a|an|one|another)\s", re.I)
# Credit lines of news copy: bylines, "(Reporting by ...; Editing by ...)", "Write to ...".
_CREDIT_LINE = re.compile(
    r"\W*(?:by|reporting|additional reporting|writing|editing|edited|write to|contact)\b", re.I
)
_OUTLET_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_NAMED_SPEAKERS = frozenset({"named_official", "named_person"})


def omissions(
    index: StoryIndex, groups: Sequence[Alignment], *, earlier: bool = True
) -> list[Draft]:
    """Omission findings: per sentence, the salient facts that covering articles leave out.

    With ``earlier=False`` an article published before every article that reports a fact is
    never said to leave it out (Settings.omissions_in_earlier_articles)."""
    n = len(index.articles)
    if n < 2:
        return []
    grouped: dict[int, Alignment] = {}
    # the articles of the aligned groups in each sentence (shared sets, not copies, so that a
    # story of n articles does not cost n² here)
    near: dict[tuple[int, int], list[frozenset[int]]] = defaultdict(list)
    consumed: set[int] = set()
    grouped_values: set[tuple[int, str, float | None, float | None]] = set()
    for g in groups:
        arts = frozenset(m.article for m in g.members)
        for m in g.members:
            grouped[m.uid] = g
            consumed.update(m.parts)
            if m.kind in ("quantity", "date"):
                grouped_values.add(_value_key(m))
            if g.kind != "entity":
                near[(m.article, m.sentence)].append(arts)
    by_article: dict[int, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for m in index.mentions:
        by_article[m.article][m.key].append(m)
    units: list[tuple[Mention, ...]] = [
        g.members for g in groups if any(_salient(m, index) for m in g.members)
        or g.key == ORDINAL_KEY  # a place in a series that two reports give
    ]
    units += [
        (m,)
        for m in index.mentions
        if m.uid not in grouped
        and _salient(m, index)
        and not _credit(index, m)
        and not m.parts
        and _value_key(m) not in grouped_values  # a repeat of a grouped figure or date
    ]
    units = [u for u in units if not any(m.uid in consumed for m in u)]
    dated = _sentence_dates(index)
    persons = _person_dates(index, dated)
    published = [iso_ordinal(a.facts.article.published) for a in index.articles]
    similar = _best_similarity(index, {(m.article, m.sentence) for u in units for m in u})
    clauses = _clauses_by_dimension(index)
    # one finding per sentence (or per person: their name and all their quotes) and missing set
    buckets: dict[
        tuple[tuple[tuple[int, int], ...] | str, tuple[int, ...]],
        tuple[list[Mention], list[Mention]],
    ] = {}
    for members in units:
        present = {m.article for m in members}
        echoes: list[Mention] = []
        missing = tuple(
            b
            for b in sorted(_covering(near, similar, members) - present)
            if not _after(dated, members, published[b], persons, published)
            and (earlier or not _before_first(published, members, b))
            and not _seen(_found_in(index, b, by_article[b], members, clauses), echoes)
        )
        if not missing:
            continue
        speaker = _person(members[0])
        where: tuple[tuple[int, int], ...] | str = speaker or tuple(
            sorted({(m.article, m.sentence) for m in members})
        )
        bucket = buckets.setdefault((where, missing), ([], []))
        bucket[0].extend(members)
        bucket[1].extend(echoes)
    found = [
        (_with_names(index, ms, key[1]), key[1], echoes) for key, (ms, echoes) in buckets.items()
    ]
    merged = _merge(index, found)
    return [
        _draft(index, ms, list(missing), echoes, published) for ms, missing, echoes in merged
    ]


def _with_names(
    index: StoryIndex, members: list[Mention], missing: tuple[int, ...]
) -> list[Mention]:
    """The members, plus the places and organizations their sentences name that none of the
    lacking articles names: "by bus to Dandong" is part of what a lacking article leaves out
    with the two to three weeks of quarantine there."""
    if not NAMES_WITH_FACTS:
        return members
    where = {(m.article, m.sentence) for m in members if m.kind in ("quantity", "date")}
    if not where:
        return members
    named_there = {
        m.key for m in index.mentions if m.kind == "entity" and m.article in missing
    }
    have = {m.uid for m in members}
    extra = [
        m for m in index.mentions
        if m.kind == "entity" and (m.article, m.sentence) in where and m.uid not in have
        and (m.label or "") in NAMED_PLACES_ORGS and m.key not in named_there
        and not in_dateline(index.articles[m.article].facts.article.text, m.span)
        and not _credit(index, m)
    ]
    return [*members, *extra]


def _merge(
    index: StoryIndex, found: list[tuple[list[Mention], tuple[int, ...], list[Mention]]]
) -> list[tuple[list[Mention], tuple[int, ...], list[Mention]]]:
    """Join omissions that are one fact given in other words by different articles.

    "about 3:40 a.m." in one article and "shortly before 4 a.m." in another, both missing from
    the same others, are one fact (the time of the failure) that the others leave out: when two
    omissions come from different articles, share missing articles and hold figures of the same
    measure whose values agree in passages that read alike (SAME_FACT_SIM), they become one,
    missing from the articles that lack both. Omissions are blocked by measure, so a story's
    cost grows with its omissions, not their square unless all share one measure.
    """
    out = list(found)
    alive = [True] * len(out)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, (ms, _, _) in enumerate(out):
        for k in {m.key for m in ms if m.kind in ("quantity", "date")}:
            by_key[k].append(i)
    for i in range(len(out)):
        if not alive[i]:
            continue
        keys = {m.key for m in out[i][0] if m.kind in ("quantity", "date")}
        for j in sorted({j for k in keys for j in by_key[k][:SIM_POSTINGS] if j > i}):
            ms_i, miss_i, echo_i = out[i]
            ms_j, miss_j, echo_j = out[j]
            if not alive[j] or {m.article for m in ms_i} & {m.article for m in ms_j}:
                continue
            present = {m.article for m in ms_i} | {m.article for m in ms_j}
            missing = tuple(sorted((set(miss_i) & set(miss_j)) - present))
            if missing and any(_same_fact(index, x, y) for x in ms_i for y in ms_j):
                out[i] = ([*ms_i, *ms_j], missing, [*echo_i, *echo_j])
                alive[j] = False
    return [f for f, keep in zip(out, alive, strict=True) if keep]


def _same_fact(index: StoryIndex, x: Mention, y: Mention) -> bool:
    """Two figures of one measure whose values agree, in passages that read alike."""
    if x.kind not in ("quantity", "date") or x.key != y.key or not consistent(x, y):
        return False
    ctx_x = index.articles[x.article].context[x.sentence]
    ctx_y = index.articles[y.article].context[y.sentence]
    return max(tx.cosine(x.local, y.local), tx.cosine(ctx_x, ctx_y)) >= SAME_FACT_SIM


def _value_key(m: Mention) -> tuple[int, str, float | None, float | None]:
    """What makes a figure or date the same as another in one article."""
    return (m.article, m.key, m.value if m.kind == "quantity" else m.low, m.high)


def _sentence_dates(index: StoryIndex) -> dict[tuple[int, int], float]:
    """The earliest past date named in each sentence (as a day number), for sentences with one.

    Dates after the article's own publication are forecasts or schedules ("expected to close in
    the second half of 2025"), which any article could have reported, so they do not count.
    """
    published = [iso_ordinal(a.facts.article.published) for a in index.articles]
    out: dict[tuple[int, int], float] = {}
    for m in index.mentions:
        own = published[m.article]
        if m.kind == "date" and m.low is not None and (own is None or m.low <= own):
            if REFERENCE_DATES and _reference(index, m):
                continue
            key = (m.article, m.sentence)
            out[key] = min(out.get(key, m.low), m.low)
    for ai, a in enumerate(index.articles if PARAGRAPH_DATES else ()):  # see PARAGRAPH_DATES
        text = a.facts.article.text
        for si in range(1, len(a.sentences)):
            prev = (ai, si - 1)
            gap = text[a.sentences[si - 1][1] : a.sentences[si][0]]
            if (ai, si) not in out and prev in out and "\n" not in gap and _attributed(
                a.sentence_text(si)
            ):
                out[(ai, si)] = out[prev]
    return out


def _reference(index: StoryIndex, m: Mention) -> bool:
    return refers_elsewhere(index.articles[m.article].facts.article.text, m.span)


def _attributed(sentence: str) -> bool:
    """Whether a sentence reports speech: a quotation mark or a verb of saying."""
    if any(q in sentence for q in '"“”'):
        return True
    return any(tx.says(w) for w, _, _ in tx.words(sentence))


def _person_dates(
    index: StoryIndex, dated: dict[tuple[int, int], float]
) -> dict[tuple[int, str], float]:
    """The date of the passage where each person is first named or quoted in each article."""
    first: dict[tuple[int, str], int] = {}
    for m in index.mentions:
        who = _person(m)
        if who is not None and m.kind in ("entity", "quote"):
            k = (m.article, who)
            first[k] = min(first.get(k, m.sentence), m.sentence)
    return {k: dated[(k[0], si)] for k, si in first.items() if (k[0], si) in dated}


def _after(
    dated: dict[tuple[int, int], float],
    members: Sequence[Mention],
    published: float | None,
    persons: dict[tuple[int, str], float] | None = None,
    issued: Sequence[float | None] = (),
) -> bool:
    """Whether the fact is dated after an article's publication (it could not report it).

    The fact's date is the earliest date named in its sentences; undated facts and articles
    without a publication date are never excused. When some sentences are dated, an undated
    member was known by the day its own article came out (``issued``): a chief executive quoted
    without a date on Monday and "told analysts on Friday" elsewhere was known on Monday.
    """
    if published is None:
        return False
    days = [dated[(m.article, m.sentence)] for m in members if (m.article, m.sentence) in dated]
    if not days and persons:
        days = [
            persons[(m.article, who)]
            for m in members
            if (who := _person(m)) is not None and (m.article, who) in persons
        ]
    if days and issued:
        days += [
            d for m in members
            if (m.article, m.sentence) not in dated
            and (m.article, _person(m)) not in (persons or {})
            and (d := issued[m.article]) is not None
        ]
    return bool(days) and min(days) > published


def _before_first(
    published: Sequence[float | None], members: Sequence[Mention], b: int
) -> bool:
    """Whether article ``b`` came out on an earlier day than every article that reports the
    fact (articles of one day are not ordered: only the day is known)."""
    days = [d for m in members if (d := published[m.article]) is not None]
    own = published[b]
    return own is not None and bool(days) and own < min(days)


def _person(m: Mention) -> str | None:
    """The person a quote or a name stands for, so all of them make one omission."""
    if m.kind == "quote":
        return m.speaker
    if m.kind == "entity":
        return m.key.split("|", 1)[1]
    if m.kind == "quantity" and m.of and m.key.startswith(AGE_KEY):
        return "person:" + m.of  # "Vesna Oresko, 54": her age is told with her name
    return None


def _one_source(m: Mention) -> bool:
    """A reported quote from one unnamed person ("a diplomatic source in Seoul", "one
    neighbour"), not a vague attribution to a group ("officials", "claims", "they")."""
    return m.speaker_type == "anonymous" and _ONE_SOURCE.match(m.label or "") is not None


def _credit(index: StoryIndex, m: Mention) -> bool:
    """A name from the article's credits: its own authors, an outlet, a byline or credit line
    ("Reporting by ...", "Write to ..."), or a quote of the outlet itself. Who wrote a report
    is not a fact of the story."""
    a = index.articles[m.article]
    if m.kind == "quote":
        # a statement's words given as its issuer's ("Essling Water said ...") in the issuer's
        # own release: its voice, told by the other articles as facts, not a quote they omit
        own = _OUTLET_NOTE.sub("", a.facts.article.outlet or "").strip().lower()
        return bool(own) and (m.label or "").strip().lower() == own
    if m.kind != "entity":
        return False
    name = (m.speaker or m.text).strip().lower()
    if name in {x.lower() for x in a.facts.article.authors}:
        return True
    # an outlet's name, without a description in brackets ("Harbourside Watch (blog)")
    outlets = {_OUTLET_NOTE.sub("", b.facts.article.outlet or "").strip().lower()
               for b in index.articles}
    # ... or its last word, as an outlet calls itself ("the Clamour can reveal")
    if name in outlets or any(o.endswith(" " + name) for o in outlets if " " not in name):
        return True
    return _CREDIT_LINE.match(a.sentence_text(m.sentence)) is not None


# A line that opens with the time it was updated ("Update, 9.40pm: ...").
_UPDATE = re.compile(r"(?:update[d]?|updated at)\b", re.I)
# Spans of time told in decades or centuries: round figures of background, not facts a report
# leaves out.
_ROUND_SPAN = re.compile(r"\b(?:decades?|century|centuries)\b", re.IGNORECASE)


def _salient(m: Mention, index: StoryIndex) -> bool:
    if m.key == HALF_DAY_KEY or (m.key.startswith(CLOCK_KEY) and _planned(index, m)):
        return False  # (a time without its part of the day cannot be told to a reader)
    if m.key.startswith(CLOCK_KEY) and _stamp(index, m):
        return False
    if m.kind == "quantity" and m.unit == ORDINAL_UNIT:
        # a place in a series told by one report alone ("on her seventh appearance") is
        # colour; told by two it is a fact of the story (see omissions()): on the studied sets
        # lone places were a third right as omissions
        return False
    if m.kind == "quantity":
        dim = m.key.split("|")[1]
        v = m.value or 0.0
        # a fraction ("roughly half", "a third", a ratio of 0.93) is a proportion, not a count
        if dim in {"count", "dimensionless", "number"} and v <= TRIVIAL_COUNT and (
            v <= 0 or v >= 1 or v.is_integer()
        ):
            return False
        # An age is a fact a report can leave out, in apposition too ("Kayla Brennan, 34,"
        # named without her age later): on the studied gold sets, counting those ages found
        # 29 more gold omissions (recall 0.755 -> 0.762) at precision 0.610 -> 0.609.
        if dim == "time" and _ROUND_SPAN.search(m.text):
            return False  # "for three decades", "a century ago": a round span, background
        lo, hi = m.low or 0.0, m.high or 0.0
        return not (lo > 0 and hi / lo > VAGUE_RATIO)
    if m.kind == "date":
        return m.precision in SALIENT_DATES and bool(_EXPLICIT_DATE.search(m.text))
    if m.kind == "quote":
        # a quote in the speaker's own words, or a named person's reported words (reported
        # speech of an institution mostly restates facts counted on their own)
        named = m.speaker_type in _NAMED_SPEAKERS and m.speaker is not None
        if m.speaker is None and not m.label:
            # whose words these are is unknown (often a named person's quote the facts stage
            # could not attribute, whose name is an omission of its own): a reader cannot be
            # told who is left out, so the quote alone is not reported
            return False
        return len(m.content) >= QUOTE_MIN_WORDS and (
            m.direct or named or _one_source(m)
        )
    if m.kind == "entity":
        return (m.label or "") in PERSON_LABELS and len((m.speaker or m.text).split()) >= 2
    return False


def _stamp(index: StoryIndex, m: Mention) -> bool:
    """Whether a time of day stamps the text itself, not an event: it stands in a line with no
    end stop (a release's header "Press release, 19 April, 18:00", a table's "as at 08:00")
    or opens an update ("Update, 9.40pm: ...")."""
    sentence = index.articles[m.article].sentence_text(m.sentence).strip()
    return not running_text(sentence) or bool(_UPDATE.match(sentence))


def _planned(index: StoryIndex, m: Mention) -> bool:
    """A time of day set for a plan or a routine, not an event: a word of data/cues.tsv kind
    ``plan`` ("will", "scheduled", "further") or ``so_far`` ("as of") before it in its clause
    ("Further updates will be issued at 18:00", "As of 11:00 this morning, seven have died")."""
    before, _ = around(index.articles[m.article], m.span)
    return has_cue("plan", before) or has_cue("so_far", before)


def _covering(
    near: dict[tuple[int, int], list[frozenset[int]]],
    similar: dict[tuple[int, int], dict[int, float]],
    members: Sequence[Mention],
) -> set[int]:
    """The articles that tell the part of the story the members come from."""
    out: set[int] = set()
    for m in members:
        for s in range(m.sentence - COVER_WINDOW, m.sentence + COVER_WINDOW + 1):
            for arts in near.get((m.article, s), ()):
                out |= arts
        out.update(b for b, sim in similar.get((m.article, m.sentence), {}).items()
                   if sim >= COVER_SIM)
    return out


def _best_similarity(
    index: StoryIndex, wanted: set[tuple[int, int]]
) -> dict[tuple[int, int], dict[int, float]]:
    """For each wanted sentence, its best context similarity to the sentences of other articles.

    Dot products are accumulated through an inverted index (term -> weighted sentences); terms
    found in more than SIM_POSTINGS sentences are skipped, so the cost grows linearly with the
    story instead of with the square of its sentences. Exact while no term is that frequent.
    """
    postings: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for ai, a in enumerate(index.articles):
        for si, vec in enumerate(a.context):
            for t, w in vec.items():
                postings[t].append((ai, si, w))
    out: dict[tuple[int, int], dict[int, float]] = {}
    for key in sorted(wanted):
        ai, si = key
        dots: dict[tuple[int, int], float] = defaultdict(float)
        for t, w in index.articles[ai].context[si].items():
            posting = postings[t]
            if len(posting) > SIM_POSTINGS:
                continue  # a term of most sentences: it tells no passage from another
            for bi, bs, v in posting:
                if bi != ai:
                    dots[(bi, bs)] += w * v
        best: dict[int, float] = {}
        for (bi, _), dot in dots.items():
            if dot > best.get(bi, 0.0):
                best[bi] = dot
        out[key] = best
    return out


def _what(index: StoryIndex, m: Mention) -> str:
    if m.kind == "entity":
        return f"names {m.speaker or m.text}"
    if m.kind == "quote":
        return f"quotes {ex.speaker_phrase(m.label)} (“{_short(m.text, 50)}”)"
    return f"reports “{_short(m.text, 50)}” ({ex.mention_value(m)})"


def _draft(
    index: StoryIndex, members: list[Mention], missing: list[int], echoes: list[Mention],
    published: Sequence[float | None] = (),
) -> Draft:
    seen: set[int] = set()
    ms = []
    for m in sorted(members, key=lambda m: (m.article, m.span)):
        if m.uid not in seen:
            seen.add(m.uid)
            ms.append(m)
    others = []
    for m in sorted(echoes, key=lambda m: (m.article, m.span)):
        if m.uid not in seen:
            seen.add(m.uid)
            others.append(m)
    arts = sorted({m.article for m in ms})
    first_art = [m for m in ms if m.article == arts[0]]
    names = ", ".join(ex.label(index, a) for a in arts)
    absent = ", ".join(ex.label(index, b) for b in missing)
    verb = "tells" if len(missing) == 1 else "tell"
    what = "; ".join(_what(index, m) for m in first_art[:3])
    expl = f"{names}: {what}. {absent} {verb} the same part of the story without it."
    before = [b for b in missing if published and _before_first(published, ms, b)]
    if before:
        # the reader should know that the lacking article could not have had it from them
        which = ", ".join(ex.label(index, b) for b in before)
        was = "was" if len(before) == 1 else "were"
        expl += f" ({which} {was} published before the first article that reports it.)"
    keys = {m.key for m in ms}
    words = [m for m in others if m.kind == "quote"]
    renamed = [m for m in others if m.kind == "entity"]
    figures = [m for m in others if m.kind in ("quantity", "date")]
    agreeing = [m for m in figures if m.key in keys and any(consistent(m, x) for x in ms
                                                                if x.key == m.key)]
    differing = [m for m in figures if m.key in keys and m not in agreeing]
    vague = [m for m in figures if m.key == HALF_DAY_KEY]
    converted = [m for m in figures if m.key not in keys and m not in vague]
    if renamed:
        # the name in another form ("Stroud" for "Ewan Stroud")
        said = "; ".join(f"{ex.label(index, m.article)} names “{_short(m.text, 40)}”"
                         for m in renamed)
        other = any(m.text not in {x.text for x in ms} for m in renamed)
        expl += f" ({said}: the same name{', in another form' if other else ''}.)"
    if words:
        # the quote in other words: why that article is not blamed
        said = "; ".join(f"{ex.label(index, m.article)} quotes “{_short(m.text, 40)}”"
                         for m in words)
        expl += f" ({said}: the same words, cut or reworded.)"
    if agreeing:
        # a value that fits, in a passage that did not align: why that article is not blamed
        expl += f" ({_gives(index, agreeing)}: a value that fits, perhaps the same fact.)"
    if differing:
        # another figure of the measure in a passage that reads like the fact's: the article
        # may tell the fact with another value (a disagreement the alignment did not make)
        noun = "date" if all(m.kind == "date" for m in differing) else "figure"
        expl += f" ({_gives(index, differing)}: another {noun} where it tells this part.)"
    if converted:
        expl += f" ({_gives(index, converted)}: in other terms, not converted.)"
    if vague:
        expl += f" ({_gives(index, vague)}: the same time, without the part of the day.)"
    lead = max(first_art, key=lambda m: (SALIENCE[m.kind], bool(m.counted), -m.span[0]))
    named = [m for m in first_art if m.kind == "entity"]
    if named and len({_person(m) for m in ms}) == 1:
        lead = named[0]  # one person, with her age or her words: the topic is the person
    if lead.kind == "entity":
        topic, dim = f"named person: {lead.speaker or lead.text}", None
    elif lead.kind == "quote":
        topic, dim = f"quote from {ex.speaker_phrase(lead.label)}", None
    else:
        dim = lead.key.split("|")[1] if lead.kind == "quantity" else "date"
        noun = ex.DIMENSION_NOUNS.get(dim, dim) if lead.kind == "quantity" else "date"
        topic = f"{noun}: {_short(lead.text, 60)}"
    share = len(missing) / (len(index.articles) - 1)
    weight = max(SALIENCE[m.kind] for m in ms) + 0.05 * min(len(first_art) - 1, 4)
    score = weight * OMISSION_WEIGHT * (0.6 + 0.4 * share)
    evidence = [*ms, *others, *_speakers(index, ms)]
    return Draft("omission", topic, dim, expl, tuple(evidence), round(score, 4), tuple(missing))


def _gives(index: StoryIndex, ms: Sequence[Mention]) -> str:
    return "; ".join(f"{ex.label(index, m.article)} gives “{_short(m.text, 40)}”" for m in ms)


def _speakers(index: StoryIndex, ms: Sequence[Mention]) -> list[Mention]:
    """Evidence of who is quoted ("One diplomatic source"), for quotes that name no person
    (a named speaker's name is already its own mention)."""
    out = []
    for m in ms:
        if m.kind == "quote" and m.speaker_span is not None and not _person_id(m.speaker):
            text = index.articles[m.article].facts.article.text
            span = m.speaker_span
            out.append(Mention(uid=-1, article=m.article, kind="statement",
                               text=text[span[0] : span[1]], span=span,
                               sentence=index.articles[m.article].sentence_of(span),
                               key="speaker"))
    return out


def _person_id(speaker: str | None) -> bool:
    return bool(speaker) and ":" in (speaker or "")


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "…"
