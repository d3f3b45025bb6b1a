"""counterpoint: compare news articles about one story, fact by fact.

The public API is listed in ``__all__``; heavy libraries (spaCy, scikit-learn) load only when a
function that needs them is first called, so importing the package is instant.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path

from counterpoint.errors import (
    ConfigError,
    CounterpointError,
    ExtractionError,
    InputError,
    StoreError,
)
from counterpoint.model import (
    Article,
    ArticleFacts,
    Comparison,
    Entity,
    Evidence,
    Finding,
    FramingProfile,
    Quantity,
    Quote,
    Statement,
    Story,
    TimelineEvent,
    TimeRef,
)
from counterpoint.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleFacts",
    "Comparison",
    "ConfigError",
    "CounterpointError",
    "Entity",
    "Evidence",
    "ExtractionError",
    "Finding",
    "FramingProfile",
    "InputError",
    "Quantity",
    "Quote",
    "Settings",
    "Statement",
    "StoreError",
    "Story",
    "TimeRef",
    "TimelineEvent",
    "__version__",
    "analyze",
    "compare",
    "extract",
    "read",
]


def read(
    path_or_bytes: str | Path | bytes,
    *,
    outlet: str | None = None,
    published: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Read one article from a file path or raw bytes (HTML, text, feed, WARC, JSONL, .gz)."""
    from counterpoint.ingest import read as _read

    return _read(path_or_bytes, outlet=outlet, published=published, settings=settings)


def analyze(
    article_or_text: Article | str,
    *,
    published: str | date | None = None,
    settings: Settings | None = None,
) -> ArticleFacts:
    """Extract entities, quantities, dates, quotes and statements from one article."""
    from counterpoint.facts import analyze as _analyze

    return _analyze(article_or_text, published=published, settings=settings)


def extract(
    texts: Iterable[str | Article],
    *,
    published: str | date | None = None,
    n_process: int = 1,
    settings: Settings | None = None,
) -> Iterator[ArticleFacts]:
    """Extract facts from many articles, batched, in input order."""
    from counterpoint.facts import extract as _extract

    return _extract(texts, published=published, n_process=n_process, settings=settings)


def compare(facts: Sequence[ArticleFacts], *, settings: Settings | None = None) -> Comparison:
    """Compare the facts of the articles of one story."""
    from counterpoint.compare import compare as _compare

    return _compare(facts, settings=settings)
