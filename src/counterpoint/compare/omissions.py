"""Omissions: salient facts some articles report and others leave out of the same passage.

A fact (a number, an explicit date, a named person or a quote from one) is omitted by an
article when that article covers the same part of the story - something near the fact is
aligned with it, or one of its sentences reads much like the fact's context - and says nothing
that could be the fact: no aligned mention, no figure of the same kind with a compatible value,
no mention of the person. Articles that never get to that part of the story are not blamed.
Facts from one sentence that the same articles leave out are reported together.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from counterpoint.compare import explain as ex
from counterpoint.compare.align import Alignment
from counterpoint.compare.judge import SALIENCE, Draft
from counterpoint.compare.mentions import PERSON_LABELS, Mention, StoryIndex
from counterpoint.compare.values import consistent

# Sentences on each side of a fact that make up "its part of the story".
COVER_WINDOW = 2
# Context similarity above which another article's sentence tells the same part of the story.
# Close retellings of one event score 0.3-0.6 on the demo stories, but articles with different
# angles (the seeds) tell the same passage at 0.10-0.15; 0.10 was chosen on the demo stories
# and seeds (0.30 found 25% fewer gold omissions at the same precision; below 0.10 precision
# drops).
COVER_SIM = 0.10
# Query sentences per sparse product when measuring coverage (bounds memory at ~50 MB for
# 200-article stories).
SIM_CHUNK = 256
# Counts this small are mostly incidental ("the two companies", "one source").
TRIVIAL_COUNT = 2
# A compatible figure of the same kind within this ratio may be the fact in other words.
SAME_VALUE_RATIO = 1.5
# Vague amounts ("dozens", "hundreds of thousands"): an interval wider than this ratio is not
# a figure anyone can be blamed for leaving out.
VAGUE_RATIO = 3.0
# Omissions rank below conflicts of the same salience.
OMISSION_WEIGHT = 0.7
# An explicit calendar date names a month or has digits; "on Wednesday" mostly dates the report.
_EXPLICIT_DATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I
)
_NAMED_SPEAKERS = frozenset({"named_official", "named_person"})


def omissions(index: StoryIndex, groups: Sequence[Alignment]) -> list[Draft]:
    """Omission findings: per sentence, the salient facts that covering articles leave out."""
    n = len(index.articles)
    if n < 2:
        return []
    grouped: dict[int, Alignment] = {}
    near: dict[tuple[int, int], set[int]] = defaultdict(set)
    consumed: set[int] = set()
    grouped_values: set[tuple[int, str, float | None]] = set()
    for g in groups:
        arts = {m.article for m in g.members}
        for m in g.members:
            grouped[m.uid] = g
            consumed.update(m.parts)
            grouped_values.add((m.article, m.key, m.value))
            if g.kind != "entity":
                near[(m.article, m.sentence)] |= arts - {m.article}
    by_article: dict[int, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for m in index.mentions:
        by_article[m.article][m.key].append(m)
    units: list[tuple[Mention, ...]] = [g.members for g in groups if _salient(g.members[0])]
    units += [
        (m,)
        for m in index.mentions
        if m.uid not in grouped
        and _salient(m)
        and not m.parts
        and (m.article, m.key, m.value) not in grouped_values  # a repeat of a grouped figure
    ]
    units = [u for u in units if not any(m.uid in consumed for m in u)]
    similar = _best_similarity(index, {(m.article, m.sentence) for u in units for m in u})
    # one finding per sentence (or per person: their name and all their quotes) and missing set
    buckets: dict[tuple[tuple[tuple[int, int], ...] | str, tuple[int, ...]], list[Mention]] = {}
    for members in units:
        present = {m.article for m in members}
        missing = tuple(
            b
            for b in range(n)
            if b not in present
            and _covers(near, similar, members, b)
            and not _could_be_there(index, b, by_article[b], members)
        )
        if not missing:
            continue
        speaker = _person(members[0])
        where: tuple[tuple[int, int], ...] | str = speaker or tuple(
            sorted({(m.article, m.sentence) for m in members})
        )
        buckets.setdefault((where, missing), []).extend(members)
    drafts = [_draft(index, ms, list(key[1])) for key, ms in buckets.items()]
    return drafts


def _person(m: Mention) -> str | None:
    """The person a quote or a name stands for, so all of them make one omission."""
    if m.kind == "quote":
        return m.speaker
    if m.kind == "entity":
        return m.key.split("|", 1)[1]
    return None


def _salient(m: Mention) -> bool:
    if m.kind == "quantity":
        dim = m.key.split("|")[1]
        if dim in {"count", "dimensionless", "number"} and (m.value or 0) <= TRIVIAL_COUNT:
            return False
        lo, hi = m.low or 0.0, m.high or 0.0
        return not (lo > 0 and hi / lo > VAGUE_RATIO)
    if m.kind == "date":
        return m.precision in {"day", "week", "month"} and bool(_EXPLICIT_DATE.search(m.text))
    if m.kind == "quote":
        return m.speaker_type in _NAMED_SPEAKERS and m.speaker is not None
    if m.kind == "entity":
        return (m.label or "") in PERSON_LABELS and len((m.speaker or m.text).split()) >= 2
    return False


def _could_be_there(
    index: StoryIndex, b: int, mine: dict[str, list[Mention]], members: Sequence[Mention]
) -> bool:
    """Whether article ``b`` says something that could be this fact in other words."""
    m = members[0]
    if m.kind == "quote":
        return bool(mine.get(f"entity|{m.speaker}")) or any(
            o.speaker == m.speaker for o in mine.get("quote", ())
        )
    if m.kind == "entity":
        surname = (m.speaker or m.text).split()[-1]
        # named there, perhaps in a form the extractor did not resolve
        return surname in index.articles[b].facts.article.text
    if m.kind in ("quantity", "date"):
        return any(
            o.kind == m.kind
            and (not o.counted or not x.counted or bool(o.counted & x.counted))
            and consistent(o, x)
            and _near_value(o, x)
            for o in mine.get(m.key, ())
            for x in members
        )
    return False


def _near_value(a: Mention, b: Mention) -> bool:
    """Values within SAME_VALUE_RATIO of each other (dates always qualify)."""
    if a.kind == "date" or not a.value or not b.value:
        return True
    big, small = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    return small > 0 and big / small <= SAME_VALUE_RATIO


def _covers(
    near: dict[tuple[int, int], set[int]],
    similar: dict[tuple[int, int], list[float]],
    members: Sequence[Mention],
    b: int,
) -> bool:
    """Whether article ``b`` tells the part of the story the members come from."""
    for m in members:
        for s in range(m.sentence - COVER_WINDOW, m.sentence + COVER_WINDOW + 1):
            if b in near.get((m.article, s), ()):
                return True
    return any(similar[(m.article, m.sentence)][b] >= COVER_SIM for m in members)


def _best_similarity(
    index: StoryIndex, wanted: set[tuple[int, int]]
) -> dict[tuple[int, int], list[float]]:
    """For each wanted sentence, its best context similarity to any sentence of each article.

    One sparse matrix product (wanted sentences x all sentences), taken in chunks, so a
    50-article story costs a fraction of a second.
    """
    import numpy as np
    from scipy import sparse

    vocab: dict[str, int] = {}
    rows, cols, vals, starts = [], [], [], []
    r = 0
    for a in index.articles:
        starts.append(r)
        for vec in a.context:
            for t, w in vec.items():
                rows.append(r)
                cols.append(vocab.setdefault(t, len(vocab)))
                vals.append(w)
            r += 1
    if not wanted or r == 0:
        return {}
    shape = (r, max(1, len(vocab)))
    all_rows = sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float32)
    keys = sorted(wanted)
    query = all_rows[[starts[a] + s for a, s in keys]]
    lengths = np.diff(np.array([*starts, r]))
    nonempty = np.flatnonzero(lengths)
    out: dict[tuple[int, int], list[float]] = {}
    for c0 in range(0, len(keys), SIM_CHUNK):
        dense = (query[c0 : c0 + SIM_CHUNK] @ all_rows.T).toarray()
        best = np.zeros((dense.shape[0], len(index.articles)), dtype=np.float32)
        best[:, nonempty] = np.maximum.reduceat(dense, np.array(starts)[nonempty], axis=1)
        for i, key in enumerate(keys[c0 : c0 + SIM_CHUNK]):
            out[key] = best[i].tolist()
    return out


def _what(index: StoryIndex, m: Mention) -> str:
    if m.kind == "entity":
        return f"names {m.speaker or m.text}"
    if m.kind == "quote":
        return f"quotes {m.label or 'a named source'} (“{_short(m.text, 50)}”)"
    return f"reports “{_short(m.text, 50)}” ({ex.mention_value(m)})"


def _draft(index: StoryIndex, members: list[Mention], missing: list[int]) -> Draft:
    seen: set[int] = set()
    ms = []
    for m in sorted(members, key=lambda m: (m.article, m.span)):
        if m.uid not in seen:
            seen.add(m.uid)
            ms.append(m)
    arts = sorted({m.article for m in ms})
    first_art = [m for m in ms if m.article == arts[0]]
    names = ", ".join(ex.label(index, a) for a in arts)
    absent = ", ".join(ex.label(index, b) for b in missing)
    verb = "tells" if len(missing) == 1 else "tell"
    what = "; ".join(_what(index, m) for m in first_art[:3])
    expl = f"{names}: {what}. {absent} {verb} the same part of the story without it."
    lead = max(first_art, key=lambda m: (SALIENCE[m.kind], bool(m.counted), -m.span[0]))
    if lead.kind == "entity":
        topic, dim = f"named person: {lead.speaker or lead.text}", None
    elif lead.kind == "quote":
        topic, dim = f"quote from {lead.label or 'a named source'}", None
    else:
        dim = lead.key.split("|")[1] if lead.kind == "quantity" else "date"
        noun = ex.DIMENSION_NOUNS.get(dim, dim) if lead.kind == "quantity" else "date"
        topic = f"{noun}: {_short(lead.text, 60)}"
    share = len(missing) / (len(index.articles) - 1)
    weight = max(SALIENCE[m.kind] for m in ms) + 0.05 * min(len(first_art) - 1, 4)
    score = weight * OMISSION_WEIGHT * (0.6 + 0.4 * share)
    return Draft("omission", topic, dim, expl, tuple(ms), round(score, 4), tuple(missing))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "…"
