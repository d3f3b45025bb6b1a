"""Second level of clustering: average-link merging of the one-pass micro-stories.

The one pass (clustering.py) decides each article once, in canonical order, with a strict
threshold, so it rarely mixes two events but may split one. Here the micro-stories it made are
merged bottom-up by average link (mean similarity over all article pairs, computed from the
stories' vector sums), best pair first, until no pair reaches the merge threshold, or stands
out enough from the background of both stories and from their own cohesion (relative merging,
see clustering.MERGE_BACKGROUND_RATIO). The stories' vectors are rebuilt with the corpus's
final IDF first (clustering.refreshed). Candidate pairs come from the same inverted index, so
the cost grows with the number of stories, not their square. The result depends only on the
micro-stories, so it is as deterministic as they are.
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
    size = [s.voices or len(s.members) for s in stories]  # copies count once
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
        if n <= MERGE_CANDIDATES:  # few stories: every other one is a candidate, shared keys
            hits = {j: hits.get(j, 0) for j in range(n) if j != i}  # or not
        best = sorted(hits.items(), key=lambda jh: (-jh[1], jh[0]))[:MERGE_CANDIDATES]
        for j, _ in best:
            if j not in dots[i]:
                d = _pair_dots(s, stories[j])
                dots[i][j] = d
                dots[j][i] = d

    def parts(i: int, j: int) -> tuple[float, float, float | None]:
        """Average-link score, its time factor and the entity similarity (None: no names)."""
        td, ed = dots[i][j]
        denom = size[i] * size[j]
        value = td / denom
        ent = None
        if has_ents[i] and has_ents[j]:
            ent = ed / denom
            value = (1.0 - ew) * value + ew * ent
        fi, li, fj, lj = first[i], last[i], first[j], last[j]
        factor = 1.0
        if fi is not None and li is not None and fj is not None and lj is not None:
            factor = time_factor(max(0, fj - li, fi - lj), params)
        return value, factor, ent

    # Background of each micro-story: its typical score with the candidates it is compared
    # with (missing candidates count as unrelated, 0), see :func:`background`.
    bg = [background([_timed(parts(i, j)) for j in dots[i]]) for i in range(n)]
    bge = [background([parts(i, j)[2] or 0.0 for j in dots[i]]) for i in range(n)]
    ratio = params["merge_background_ratio"]
    floor = params["merge_floor"]
    ent_floor = params["merge_entity_floor"]

    cohesion_ratio = params["merge_cohesion_ratio"]
    # self dot products of each story's summed vectors, and the sums of its members' squared
    # norms: their difference is the sum of the similarities of its pairs of members
    self_dots = [(_dot(s.text, s.text), _dot(s.ents, s.ents)) for s in stories]
    member_sq = [(s.text_sq, s.ents_sq) for s in stories]

    def cohesion(i: int) -> float:
        """Mean score of the pairs of members of story ``i`` (0 for a single article)."""
        if size[i] < 2:
            return 0.0
        pairs = size[i] * (size[i] - 1)
        text = (self_dots[i][0] - member_sq[i][0]) / pairs
        ents = (self_dots[i][1] - member_sq[i][1]) / pairs
        return (1.0 - ew) * text + ew * ents if has_ents[i] else text

    def score(i: int, j: int) -> float:
        """``threshold`` + the time-weighted score when the pair may merge, else 0.

        A pair merges when it reaches the absolute thresholds, or when it stands far out from
        both stories' backgrounds without falling under the floors (before the time factor):
        long multi-voice articles share fewer words than short homogeneous ones, but still far
        more than unrelated ones, and a small corpus has little background.
        """
        value, factor, ent = parts(i, j)
        need = min(threshold, ratio * max(bg[i], bg[j]))
        need_ent = max(ent_floor, min(params["merge_min_entity"], ratio * max(bge[i], bge[j])))
        if value < floor or value * factor < need or (ent is not None and ent < need_ent):
            return 0.0
        if value * factor < threshold or (ent is not None and ent < params["merge_min_entity"]):
            # relative path only: each side's members must not be much closer to each other
            least = cohesion_ratio * max(cohesion(i), cohesion(j))
            if value < least:
                return 0.0
        return threshold + value * factor

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
        pair_text, pair_ents = dots[i][j]
        self_dots[i] = (self_dots[i][0] + self_dots[j][0] + 2 * pair_text,
                        self_dots[i][1] + self_dots[j][1] + 2 * pair_ents)
        member_sq[i] = (member_sq[i][0] + member_sq[j][0], member_sq[i][1] + member_sq[j][1])
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
        bg[i], bge[i] = max(bg[i], bg[j]), max(bge[i], bge[j])
        has_ents[i] = has_ents[i] or has_ents[j]
        first[i] = _min(first[i], first[j])
        last[i] = _max(last[i], last[j])
        for k in dots[i]:
            a, b = min(i, k), max(i, k)
            heapq.heappush(heap, (-score(a, b), a, b))
    return [sorted(g) for _, g in sorted(groups.items())]


def _timed(p: tuple[float, float, float | None]) -> float:
    return p[0] * p[1]


def background(scores: Sequence[float]) -> float:
    """Median of a story's scores with its MERGE_CANDIDATES candidates (missing ones: 0)."""
    padded = sorted([*scores, *[0.0] * max(0, MERGE_CANDIDATES - len(scores))], reverse=True)
    return padded[len(padded) // 2]


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)
