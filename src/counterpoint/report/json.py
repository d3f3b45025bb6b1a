"""JSON documents of the public contract: article@1, comparison@1, stories@1 (and back)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from counterpoint.model import (
    Article,
    ArticleFacts,
    Comparison,
    Entity,
    FramingProfile,
    Hedge,
    Loaded,
    Quantity,
    Quote,
    Statement,
    Story,
    TimeRef,
    article_json,
    to_jsonable,
)

ARTICLE_SCHEMA = "counterpoint/article@1"
COMPARISON_SCHEMA = "counterpoint/comparison@1"
STORIES_SCHEMA = "counterpoint/stories@1"


def facts_to_dict(facts: ArticleFacts) -> dict[str, Any]:
    """One ``counterpoint/article@1`` object."""
    return {
        "schema": ARTICLE_SCHEMA,
        "article": article_json(facts.article),
        "text": facts.article.text,
        "entities": to_jsonable(facts.entities),
        "quantities": to_jsonable(facts.quantities),
        "dates": to_jsonable(facts.dates),
        "quotes": to_jsonable(facts.quotes),
        "statements": to_jsonable(facts.statements),
        "framing": to_jsonable(facts.framing) if facts.framing is not None else None,
    }


def facts_from_dict(data: dict[str, Any]) -> ArticleFacts:
    """Rebuild ArticleFacts from a ``counterpoint/article@1`` object (the store's cache)."""
    if data.get("schema") != ARTICLE_SCHEMA:
        raise ValueError(f"not a {ARTICLE_SCHEMA} document: schema={data.get('schema')!r}")
    meta = dict(data["article"])
    meta["authors"] = tuple(meta.get("authors") or ())
    article = Article(text=data["text"], **meta)
    framing = data.get("framing")
    return ArticleFacts(
        article=article,
        entities=tuple(Entity(**_spans(e)) for e in data.get("entities", ())),
        quantities=tuple(Quantity(**_spans(q)) for q in data.get("quantities", ())),
        dates=tuple(TimeRef(**_spans(d)) for d in data.get("dates", ())),
        quotes=tuple(Quote(**_spans(q)) for q in data.get("quotes", ())),
        statements=tuple(
            Statement(**{**_spans(s), "subjects": tuple(s.get("subjects", ())),
                         "objects": tuple(s.get("objects", ())),
                         "hedges": tuple(s.get("hedges", ()))})
            for s in data.get("statements", ())
        ),
        framing=_framing(framing) if framing is not None else None,
    )


def _spans(item: dict[str, Any]) -> dict[str, Any]:
    """Lists that stand for spans become tuples again."""
    out = dict(item)
    for key in ("span", "sentence", "speaker_span"):
        if isinstance(out.get(key), list):
            out[key] = tuple(out[key])
    return out


def _framing(data: dict[str, Any]) -> FramingProfile:
    return FramingProfile(
        loaded=tuple(Loaded(**_spans(x)) for x in data.get("loaded", ())),
        hedges=tuple(Hedge(**_spans(x)) for x in data.get("hedges", ())),
        sourcing=dict(data.get("sourcing") or {}),
        tone=dict(data.get("tone") or {}),
    )


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """One ``counterpoint/comparison@1`` object."""
    return {
        "schema": COMPARISON_SCHEMA,
        "articles": [article_json(a) for a in comparison.articles],
        "findings": to_jsonable(comparison.findings),
        "timeline": to_jsonable(comparison.timeline),
        "framing": to_jsonable(comparison.framing),
    }


def stories_to_dict(stories: Sequence[Story]) -> dict[str, Any]:
    """One ``counterpoint/stories@1`` object."""
    return {"schema": STORIES_SCHEMA, "stories": to_jsonable(list(stories))}
