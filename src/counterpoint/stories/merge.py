"""Second level of clustering: average-link merging of the one-pass micro-stories.

The one pass (clustering.py) decides each article once, in canonical order, with a strict
threshold, so it rarely mixes two events but may split one. Here the micro-stories it made are
merged bottom-up by average link (mean similarity over all article pairs, computed from the
stories' vector sums), best pair first, until no pair reaches the merge threshold. Candidate
pairs come from the same inverted index, so the cost grows with the number of stories, not
their square. The result depends only on the micro-stories, so it is as deterministic as they are.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Mapping, Sequence

from counterpoint.stories.clustering import POSTING_SCAN, StoryAcc, _dot, time_factor

# Candidate partners looked at per micro-story (those sharing the most index keys).
MERGE_CANDIDATES = 30


def _pair_dots(a: StoryAcc, b: StoryAcc) -> tuple[float, float]:
    return _dot(a.text, b.text), _dot(a.ents, b.ents)


def merge_stories(
    stories: Sequence[StoryAcc], params: Mapping[str, float]
) -> list[list[int]]:
    """Groups of micro-story indexes to report as one story each (sorted by first index)."""
    threshold = params["merge_threshold"]
    ew = params["entity_weight"]
    n = len(stories)
    size = [len(s.members) for s in stories]
    has_ents = [bool(s.ents) for s in stories]
    first = [s.first_day for s in stories]
    last = [s.last_day for s in stories]
    postings: dict[str, list[int]] = {}
    for i, s in enumerate(stories):
        for key in s.keys:
            postings.setdefault(key, []).append(i)
    # dots[i][j] = (text dot, entity dot) of the vector sums of i and j (j != i)
    dots: list[dict[int, tuple[float, float]]] = [{} for _ in range(n)]
    for i, s in enumerate(stories):
        hits: dict[int, int] = {}
        for key in s.keys:
            posting = postings[key]  # ascending story indexes
            if len(posting) > POSTING_SCAN:  # only the stories nearest in order
                at = bisect.bisect_left(posting, i)
                posting = posting[max(0, at - POSTING_SCAN // 2) : at + POSTING_SCAN // 2]
            for j in posting:
                if j != i:
                    hits[j] = hits.get(j, 0) + 1
        best = sorted(hits.items(), key=lambda jh: (-jh[1], jh[0]))[:MERGE_CANDIDATES]
        for j, _ in best:
            if j not in dots[i]:
                d = _pair_dots(s, stories[j])
                dots[i][j] = d
                dots[j][i] = d

    def score(i: int, j: int) -> float:
        td, ed = dots[i][j]
        denom = size[i] * size[j]
        value = td / denom
        if has_ents[i] and has_ents[j]:
            if ed / denom < params["merge_min_entity"]:
                return 0.0
            value = (1.0 - ew) * value + ew * ed / denom
        fi, li, fj, lj = first[i], last[i], first[j], last[j]
        if fi is not None and li is not None and fj is not None and lj is not None:
            value *= time_factor(max(0, fj - li, fi - lj), params)
        return value

    heap = [(-score(i, j), i, j) for i in range(n) for j in dots[i] if i < j]
    heapq.heapify(heap)
    alive = [True] * n
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    while heap:
        neg, i, j = heapq.heappop(heap)
        if -neg < threshold:
            break
        if not (alive[i] and alive[j]) or j not in dots[i] or -neg != score(i, j):
            continue
        # merge j into i (i < j keeps the earlier story's index)
        alive[j] = False
        groups[i].extend(groups.pop(j))
        for k, (td, ed) in dots[j].items():
            if k == i:
                continue
            del dots[k][j]
            old = dots[i].get(k, (0.0, 0.0))
            dots[i][k] = dots[k][i] = (old[0] + td, old[1] + ed)
        del dots[i][j]
        dots[j] = {}
        size[i] += size[j]
        has_ents[i] = has_ents[i] or has_ents[j]
        first[i] = _min(first[i], first[j])
        last[i] = _max(last[i], last[j])
        for k in dots[i]:
            a, b = min(i, k), max(i, k)
            heapq.heappush(heap, (-score(a, b), a, b))
    return [sorted(g) for _, g in sorted(groups.items())]


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)
