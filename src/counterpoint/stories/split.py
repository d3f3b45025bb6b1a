"""Third level of clustering: split a merged story that holds two similar events.

Merging (merge.py) joins micro-stories by similarity with corpus-wide IDF, so two events of
one kind with the same protagonist (two title defences of one boxer, two patches of one
vendor, two earthquakes in one region) share enough words and names to become one story.
Inside such a story, the words every article shares (the protagonist, the kind of event) say
nothing; what tells the two events apart are the details only some of its articles share (the
opponent, the place, the figures, the date). So each merged story is treated as a block: its
articles are re-weighted with IDF computed inside the block (terms in all articles weigh ~0,
terms in one article are dropped), split in two by average link, and the split is kept when
the two halves are nearly unrelated (mean cross similarity below a threshold) and neither half
is tiny, or when each half is far more alike inside than across (then a half may be a pair);
each half is then tried again. A block whose dated articles fall either side of a
long gap is also split there when the two sides are little alike. Blocks larger than
:data:`MAX_BLOCK` are left whole (cost is quadratic in the block), so the stage stays
near-linear in the corpus. Deterministic: the result depends only on the set of articles in
the block (taken in canonical order).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from counterpoint.stories.clustering import Record

# --- tuned constants -----------------------------------------------------------------------
# Chosen with benchmarks/stories.py --tune on ECB+ topics 1-35 only: mean cross similarity
# (block IDF cosine) below which a block is split (0 switches the whole stage off). Two halves
# of one event share 0.08-0.12 there, two different events 0.04-0.09; story B3 F1 without dates
# (with) 0.893 (0.869) at 0.06, 0.910 (0.880) at 0.07, 0.916 (0.880) at 0.075, 0.902 (0.873)
# at 0.08, 0.904 at 0.085; 0.874 without the stage.
SPLIT_THRESHOLD = 0.075
# Least articles on each side of a split: pairs and single outliers are not a second event.
SPLIT_MIN_SIZE = 3
# Largest block that is tried (pairs are scored all against all inside it). ECB+ blocks hold
# up to ~40 articles; a real story of hundreds of reports is rarely two events.
MAX_BLOCK = 400
# Dates: when the widest gap between the publication dates of a block exceeds SPLIT_GAP_DAYS
# (at least TIME_MIN_SIZE dated articles on each side) and the two sides are little alike
# (mean cross similarity below SPLIT_TIME_THRESHOLD, or below SPLIT_TIME_RATIO times the
# cohesion of the less cohesive side), the block is split there: the same man arrested again
# months later. ECB+ keeps follow-ups weeks or years later in the story, so this costs it
# nothing only when strict: topics 1-35 with datelines F1 0.904 for gaps 60-120 days, 0.892
# for 30, and flat for ratios 0-0.8. The ratio comes from benchmarks/stories_scale.py (two
# generated events of one kind: cross 0.11, cohesion 0.35-0.55): 5k articles B3 precision
# 0.953 without it, 0.970 at 0.4, 0.980 at 0.5-0.7.
SPLIT_GAP_DAYS = 60.0
SPLIT_TIME_THRESHOLD = 0.1
SPLIT_TIME_RATIO = 0.5
TIME_MIN_SIZE = 2
# A bisection whose two halves are each far more alike inside than across (mean cross
# similarity below SPLIT_COHESION_RATIO times the cohesion of the less cohesive half) is also
# split, even when the smaller half holds only COHESION_MIN_SIZE articles: a second event of
# one kind reported twice, which the one pass joined to the first while the IDF was immature.
# ECB+ topics 1-35 story B3 F1 without dates (with): 0.937 (0.939) at ratios 0-0.2, 0.931
# (0.934) at 0.3, 0.903 (0.903) at 0.4; 0.2, the largest free value, is taken.
SPLIT_COHESION_RATIO = 0.2
COHESION_MIN_SIZE = 2
# Smoothing of the block IDF, log((n + 1) / (df + SMOOTH)): a term in every article weighs
# log((n + 1) / (n + 0.5)) ~ 0, one in two of twenty weighs ~2.2.
IDF_SMOOTH = 0.5


def split_block(records: Sequence[Record], params: Mapping[str, float]) -> list[list[int]]:
    """Groups of positions in ``records`` (one block, canonical order), each one story."""
    threshold = params.get("split_threshold", SPLIT_THRESHOLD)
    min_size = int(params.get("split_min_size", SPLIT_MIN_SIZE))
    gap = params.get("split_gap_days", SPLIT_GAP_DAYS)
    time_threshold = params.get("split_time_threshold", SPLIT_TIME_THRESHOLD)
    time_ratio = params.get("split_time_ratio", SPLIT_TIME_RATIO)
    cohesion_ratio = params.get("split_cohesion_ratio", SPLIT_COHESION_RATIO)
    smallest = min(min_size, TIME_MIN_SIZE)
    if threshold <= 0 or len(records) < 2 * smallest or len(records) > MAX_BLOCK:
        return [list(range(len(records)))]
    counts = [Counter(dict(r.terms)) + Counter(dict(r.entities)) for r in records]
    days = [r.day for r in records]
    out: list[list[int]] = []
    todo = [list(range(len(records)))]
    while todo:
        part = todo.pop()
        sims = _similarities([counts[i] for i in part])
        halves = None
        if sims is not None:
            halves = _content_split(sims, threshold, min_size, cohesion_ratio)
            if halves is None and gap > 0:
                halves = _time_split(
                    sims, [days[i] for i in part], gap, time_threshold, time_ratio
                )
        if halves is None:
            out.append(part)
        else:
            todo.extend([[part[i] for i in half] for half in halves])
    return sorted(out)


def _similarities(counts: Sequence[Counter[str]]) -> Any:
    """Cosine similarities (n x n array) of the block's articles under block IDF, or None."""
    import numpy as np
    from scipy.sparse import csr_matrix

    n = len(counts)
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {t: k for k, t in enumerate(sorted(t for t, d in df.items() if d >= 2))}
    if n < 2 * TIME_MIN_SIZE or not vocab:
        return None
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, c in enumerate(counts):
        for t, tf in sorted(c.items()):
            col = vocab.get(t)
            if col is not None:
                rows.append(r)
                cols.append(col)
                vals.append((1.0 + math.log(tf)) * math.log((n + 1) / (df[t] + IDF_SMOOTH)))
    x = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    x = csr_matrix(x.multiply(1.0 / norms[:, None]))
    return np.asarray((x @ x.T).todense())


def _content_split(
    sims: Any, threshold: float, min_size: int, cohesion_ratio: float
) -> tuple[list[int], list[int]] | None:
    """The two halves of an average-link bisection when they are far enough apart, else None."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = len(sims)
    if n < 2 * min(min_size, COHESION_MIN_SIZE):
        return None
    dist = np.clip(1.0 - sims, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    dist = (dist + dist.T) / 2.0  # exact symmetry for squareform
    labels = fcluster(linkage(squareform(dist, checks=False), "average"), 2, "maxclust")
    first = labels == labels[0]
    a = [i for i in range(n) if first[i]]
    b = [i for i in range(n) if not first[i]]
    smaller = min(len(a), len(b))
    if smaller < min(min_size, COHESION_MIN_SIZE):
        return None
    between = float(sims[np.ix_(first, ~first)].mean())
    if smaller >= min_size and between < threshold:
        return a, b
    within = min(_mean_off_diagonal(sims[np.ix_(first, first)]),
                 _mean_off_diagonal(sims[np.ix_(~first, ~first)]))
    return (a, b) if between < cohesion_ratio * within else None


def _mean_off_diagonal(block: Any) -> float:
    n = len(block)
    return float((block.sum() - block.trace()) / (n * (n - 1))) if n > 1 else 1.0


def _time_split(
    sims: Any, days: Sequence[int | None], gap: float, threshold: float, ratio: float
) -> tuple[list[int], list[int]] | None:
    """Before and after the widest gap in publication dates, when it exceeds ``gap`` days and
    the articles on either side are little alike; undated articles go to the side they are
    most like on average."""
    import numpy as np

    dated = sorted(d for d in days if d is not None)
    if len(dated) < 2 * TIME_MIN_SIZE:
        return None
    widest, cut = max((b - a, a) for a, b in itertools.pairwise(dated))
    if widest <= gap:
        return None
    early = np.array([d is not None and d <= cut for d in days])
    late = np.array([d is not None and d > cut for d in days])
    if min(early.sum(), late.sum()) < TIME_MIN_SIZE:
        return None
    between = float(sims[np.ix_(early, late)].mean())
    within = min(_mean_off_diagonal(sims[np.ix_(early, early)]),
                 _mean_off_diagonal(sims[np.ix_(late, late)]))
    if between >= max(threshold, ratio * within):
        return None
    a: list[int] = []
    b: list[int] = []
    for i, d in enumerate(days):
        undated_early = d is None and sims[i, early].mean() >= sims[i, late].mean()
        (a if undated_early or (d is not None and early[i]) else b).append(i)
    return a, b
