"""The story's timeline: dated events from all articles, merged when aligned."""

from __future__ import annotations

from collections.abc import Sequence

from counterpoint.compare import explain as ex
from counterpoint.compare.align import Alignment
from counterpoint.compare.mentions import Mention, StoryIndex
from counterpoint.model import Precision, TimelineEvent

# Longest event description taken from a sentence, in characters.
EVENT_CHARS = 220
_PRECISION_ORDER: tuple[Precision, ...] = (
    "day",
    "week",
    "month",
    "season",
    "year",
    "decade",
    "century",
    "unknown",
)


def timeline(index: StoryIndex, groups: Sequence[Alignment]) -> list[TimelineEvent]:
    """Every dated event, one entry per aligned group, earliest first."""
    seen: set[int] = set()
    bundles: list[tuple[Mention, ...]] = []
    for g in groups:
        if g.kind == "date":
            bundles.append(g.members)
            seen.update(m.uid for m in g.members)
    bundles += [(m,) for m in index.mentions if m.kind == "date" and m.uid not in seen]
    events = [_event(index, b) for b in bundles]
    events.sort(key=lambda e: (e.start or "", e.end or "", e.event))
    return events


def _published(index: StoryIndex, m: Mention) -> tuple[str, int]:
    return (index.articles[m.article].facts.article.published or "9999", m.article)


def _event(index: StoryIndex, members: Sequence[Mention]) -> TimelineEvent:
    ordered = sorted(members, key=lambda m: _published(index, m))
    first = ordered[0]
    sentence = " ".join(index.articles[first.article].sentence_text(first.sentence).split())
    if len(sentence) > EVENT_CHARS:
        sentence = sentence[: EVENT_CHARS - 1] + "…"
    starts = sorted({m.low for m in members if m.low is not None})
    ends = sorted({m.high for m in members if m.high is not None})
    disagree = bool(starts and ends) and max(starts) > min(ends)
    if disagree:
        dates = "; ".join(f"{ex.label(index, m.article)}: {ex.mention_value(m)}" for m in ordered)
        sentence += f" [dates disagree: {dates}]"
    precs: list[Precision] = [p for p in _PRECISION_ORDER if any(m.precision == p for m in members)]
    precision: Precision = precs[0] if precs else "unknown"
    return TimelineEvent(
        start=ex.date_text(starts[0]) if starts else None,
        end=ex.date_text(ends[-1]) if ends else None,
        precision=precision,
        event=sentence,
        evidence=tuple(ex.evidence(index, m) for m in ordered),
    )
