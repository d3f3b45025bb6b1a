"""Many articles -> stories: near-duplicate (syndication) groups and incremental clustering.

    stories, state = cluster(first_batch)
    stories, state = cluster(next_batch, state)      # new articles join or open stories
    text = state.to_json(); state = ClusterState.from_json(text)

Three levels: a one-pass clusterer (clustering.py) takes articles in canonical order (published
date, then id; undated last) and puts each into the best micro-story or opens a new one, with a
strict threshold; micro-stories are re-weighted with the final IDF and merged by average link,
with absolute thresholds or relative to the corpus background and the stories' own cohesion
(merge.py); and each merged story is split again where it holds two similar events (split.py:
IDF inside the story, so only the details some of its articles share count, and gaps in
publication dates). The state keeps the
micro-stories, so a new article joins one or opens one, and merge and split (cheap, bounded per
story) are redone on output; a new article can thus also bridge two stories.
Deterministic: the stories depend only on the set of articles clustered so far. When a batch
holds an article that sorts before ones already clustered, the pass is replayed from the stored
features, so the result always equals clustering everything at once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from counterpoint.model import Article, Story, StoryArticle
from counterpoint.settings import Settings
from counterpoint.stories.clustering import Engine, Record, params_from, refreshed, replay
from counterpoint.stories.features import featurize, first_sentence
from counterpoint.stories.merge import merge_stories
from counterpoint.stories.split import split_block
from counterpoint.stories.syndication import (
    encode_signature,
    find_syndicated,
    group_pairs,
    signature,
)

__all__ = ["ClusterState", "cluster", "find_syndicated"]

STATE_VERSION = 1
# Entity ids listed per story (most widely mentioned across its articles first).
STORY_ENTITIES = 8


@dataclass(slots=True)
class ClusterState:
    """Everything needed to add more articles later: features of each clustered article, the
    open stories' centroids, document frequencies and the clustering parameters."""

    version: int = STATE_VERSION
    engine: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """The state as a JSON string (floats round-trip exactly)."""
        return json.dumps({"version": self.version, "engine": self.engine}, ensure_ascii=False)

    @classmethod
    def from_json(cls, s: str) -> ClusterState:
        """Read a state written by :meth:`to_json`; a newer or unknown format raises ValueError."""
        data = json.loads(s)
        version = data.get("version") if isinstance(data, dict) else None
        if version != STATE_VERSION:
            raise ValueError(
                f"clustering state has version {version}, expected {STATE_VERSION}: "
                "recluster from the stored articles"
            )
        return cls(STATE_VERSION, data["engine"])

    @property
    def article_ids(self) -> frozenset[str]:
        """Ids of the articles already clustered."""
        return frozenset(r["id"] for r in self.engine.get("records", ()))


def cluster(
    articles: Sequence[Article],
    state: ClusterState | None = None,
    *,
    entities: Mapping[str, Sequence[str]] | None = None,
    settings: Settings | None = None,
) -> tuple[list[Story], ClusterState]:
    """Cluster articles into stories, continuing from ``state`` when given.

    Articles already in the state are skipped (by id). ``entities`` maps an article id to its
    canonical entity ids from the facts stage; without it capitalized word runs stand in.
    Returns every story of the state plus the new articles, and the new state (the given state
    is not modified).
    """
    params = params_from(settings)
    engine = Engine.from_dict(state.engine) if state and state.engine else Engine(params)
    new: dict[str, Record] = {}
    for article in articles:
        if article.id in engine.index_of or article.id in new:
            continue
        ents = entities.get(article.id) if entities is not None else None
        feats = featurize(article, tuple(ents) if ents is not None else None)
        sig = encode_signature(signature(article.text))
        new[article.id] = Record.of(article, feats, first_sentence(article), sig)
    ordered = sorted(new.values(), key=lambda r: r.key)
    last = engine.records[-1].key if engine.records else None
    if engine.params != params or (ordered and last is not None and ordered[0].key < last):
        engine = replay([*engine.records, *ordered], params)
    else:
        for rec in ordered:
            engine.add(rec)
    return stories_of(engine), ClusterState(STATE_VERSION, engine.to_dict())


def stories_of(engine: Engine) -> list[Story]:
    """The Story objects of a clustering pass, numbered S1, S2, ... in canonical order."""
    groups: list[list[int]] = []  # record indexes of each reported story
    for micros in merge_stories(refreshed(engine), engine.params):
        block = sorted(
            (m for micro in micros for m in engine.stories[micro].members),
            key=lambda m: engine.records[m].key,
        )
        parts = split_block([engine.records[m] for m in block], engine.params)
        groups.extend([block[i] for i in part] for part in parts)
    groups.sort(key=lambda g: engine.records[g[0]].key)
    final = [0] * len(engine.records)  # record -> reported story
    for s, positions in enumerate(groups):
        for m in positions:
            final[m] = s
    copies = group_pairs((r.id for r in engine.records), engine.copies)
    story_groups: dict[int, list[tuple[str, ...]]] = {}
    for group in copies:
        by_story: dict[int, list[str]] = {}
        for key in group:
            by_story.setdefault(final[engine.index_of[key]], []).append(key)
        for s, ids in by_story.items():
            if len(ids) > 1:
                story_groups.setdefault(s, []).append(tuple(sorted(ids)))
    out = []
    for s, story_members in enumerate(groups):
        members = [engine.records[m] for m in story_members]
        dates = sorted(r.published[:10] for r in members if r.published and r.day is not None)
        mentions: Counter[str] = Counter()
        for r in members:
            mentions.update(e for e, _ in r.entities)
        top = sorted(mentions.items(), key=lambda ec: (-ec[1], ec[0]))[:STORY_ENTITIES]
        out.append(
            Story(
                id=f"S{s + 1}",
                title=members[0].title,
                start=dates[0] if dates else None,
                end=dates[-1] if dates else None,
                articles=tuple(
                    StoryArticle(r.id, r.source, r.outlet, r.published) for r in members
                ),
                syndicated=tuple(sorted(story_groups.get(s, []))),
                entities=tuple(e for e, c in top if c > 1 or len(members) == 1),
            )
        )
    return out
