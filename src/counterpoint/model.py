"""The data every stage passes on: frozen, slotted dataclasses whose field names are the JSON keys.

Offsets are character offsets into ``Article.text`` (``text[start:end]``). Tuples are used for
sequences so that every value is immutable and hashable; the JSON writer turns them into lists.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

Span = tuple[int, int]
"""Character offsets ``(start, end)`` into ``Article.text``."""

Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Change = Literal["up", "down"]
Precision = Literal["day", "week", "month", "season", "year", "decade", "century", "unknown"]
SpeakerType = Literal[
    "named_official", "named_person", "organization", "anonymous", "document", "unknown"
]
FindingKind = Literal["conflict", "agreement", "compatible", "omission"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its clean body text and the metadata we could establish."""

    id: str
    text: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date, "2021-03-02"
    language: str | None = None
    words: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing, with the canonical id and name it resolves to (``country:GB``)."""

    text: str
    span: Span
    label: str
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit, the interval its qualifier implies and its SI equivalent."""

    text: str
    span: Span
    value: float
    low: float
    high: float
    unit: str | None
    si_value: float | None
    si_low: float | None
    si_high: float | None
    si_unit: str | None
    dimension: str
    qualifier: Qualifier
    change: Change | None
    counted: str | None
    sentence: Span


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A temporal expression resolved to a calendar interval (ISO dates, inclusive)."""

    text: str
    span: Span
    start: str | None
    end: str | None
    precision: Precision
    sentence: Span


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or reported speech with the speaker it is attributed to."""

    text: str
    span: Span
    speaker: str | None
    speaker_id: str | None
    speaker_type: SpeakerType
    cue: str | None
    direct: bool
    speaker_span: Span | None = None
    sentence: Span | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """A compact record of one sentence that holds a quantity, a date or a quote."""

    text: str
    span: Span
    predicate: str | None
    subjects: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    negated: bool = False
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Loaded:
    """A span of loaded language or name-calling."""

    text: str
    span: Span
    technique: Literal["loaded_language", "name_calling"]


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge ("appear to") or a booster ("clearly") that sets how certain a claim sounds."""

    text: str
    span: Span
    kind: Literal["hedge", "booster"] = "hedge"


@dataclass(frozen=True, slots=True)
class FramingProfile:
    """How one article frames and sources its story."""

    loaded: tuple[Loaded, ...] = ()
    hedges: tuple[Hedge, ...] = ()
    sourcing: dict[str, Any] = field(default_factory=dict)
    tone: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one article, each item traced to its characters."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[TimeRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    statements: tuple[Statement, ...] = ()
    framing: FramingProfile | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The exact words behind a finding in one article, with the whole sentence around them."""

    article: str
    text: str
    span: Span
    sentence: str
    normalized: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One verdict about a fact across the articles of a story."""

    id: str
    kind: FindingKind
    topic: str
    dimension: str | None
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    missing_in: tuple[str, ...] = ()
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event, merged across the articles that report it."""

    start: str | None
    end: str | None
    precision: Precision
    event: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Comparison:
    """The comparison of one story's articles."""

    articles: tuple[Article, ...]
    findings: tuple[Finding, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    framing: dict[str, FramingProfile] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """An article as listed in a story."""

    id: str
    source: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that tell the same event, with syndicated copies grouped."""

    id: str
    title: str
    start: str | None
    end: str | None
    articles: tuple[StoryArticle, ...] = ()
    syndicated: tuple[tuple[str, ...], ...] = ()
    entities: tuple[str, ...] = ()


def to_jsonable(value: Any) -> Any:
    """Turn model objects (and containers of them) into JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def article_json(article: Article) -> dict[str, Any]:
    """The ``article`` object of the schemas: the metadata, without the body text."""
    data: dict[str, Any] = to_jsonable(article)
    del data["text"]
    return data
