"""facts stage: Article -> ArticleFacts (entities, quantities, dates, quotes, statements).

Every item carries ``span`` offsets into ``Article.text``; the spaCy doc is built from that
exact text. spaCy is imported only when a pipeline is first needed (``pipeline.get_nlp``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from counterpoint.errors import ExtractionError
from counterpoint.facts.aliases import alias_map, apply_alias_map, label_map
from counterpoint.facts.entities import find_entities
from counterpoint.facts.pipeline import get_nlp, register_components
from counterpoint.facts.statements import find_statements
from counterpoint.model import Article, ArticleFacts, Entity
from counterpoint.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "ANALYSIS_VERSION",
    "analyze",
    "extract",
    "find_entities",
    "find_statements",
    "get_nlp",
    "register_components",
    "resolve_entities_across",
]

ANALYSIS_VERSION = "facts-219"
"""Bumped whenever extraction output changes; the store caches facts by (article id, version)."""

log = logging.getLogger(__name__)


def _as_date(value: str | date | None) -> date | None:
    """A date from an ISO string ("2021-03-02" or a longer timestamp); None if unreadable."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _as_article(item: Article | str, published: str | date | None) -> Article:
    if isinstance(item, Article):
        return item
    if not isinstance(item, str):
        raise ExtractionError(f"expected an Article or a str, got {type(item).__name__}")
    from counterpoint.ingest.normalize import make_article

    pub = published.isoformat() if isinstance(published, date) else published
    return make_article(item, source="<text>", published=pub)


def facts_from_doc(
    doc: Doc, article: Article, published: date | None, settings: Settings | None = None
) -> ArticleFacts:
    """Run our extractors, then the framing profile, over a processed doc of ``article.text``."""
    from counterpoint.facts.dates import find_dates
    from counterpoint.facts.quantities import find_quantities
    from counterpoint.facts.quotes import find_quotes, missed_speakers
    from counterpoint.framing import profile

    if doc.text != article.text:
        raise ExtractionError(f"{article.source}: the spaCy doc does not match the article text")
    try:
        entities = find_entities(doc)
        dates = find_dates(doc, published)
        quantities = find_quantities(
            doc, exclude=[d.span for d in dates if d.precision != "unknown"], settings=settings
        )
        quotes = find_quotes(doc, entities)
        missed = missed_speakers(quotes, entities)
        if missed:
            # a speaker's name the tagger took for a thing is that person's, not also the thing
            spans = {e.span for e in missed}
            kept = (e for e in entities if e.span not in spans)
            entities = tuple(sorted((*kept, *missed), key=lambda e: e.span))
        statements = find_statements(doc, entities, quantities, dates, quotes)
        facts = ArticleFacts(
            article=article,
            entities=entities,
            quantities=tuple(quantities),
            dates=tuple(dates),
            quotes=tuple(quotes),
            statements=statements,
        )
        return replace(facts, framing=profile(facts, doc))
    except ExtractionError:
        raise
    except Exception as exc:  # a bug in one extractor must name the article it failed on
        log.debug("extraction failed on %s", article.source, exc_info=True)
        raise ExtractionError(f"{article.source}: fact extraction failed: {exc!r}") from exc


def _check_length(nlp_max: int, article: Article) -> None:
    if len(article.text) > nlp_max:
        raise ExtractionError(
            f"{article.source}: {len(article.text)} characters is longer than the pipeline's "
            f"limit of {nlp_max}; split the document"
        )


def analyze(
    article_or_text: Article | str,
    *,
    published: str | date | None = None,
    settings: Settings | None = None,
) -> ArticleFacts:
    """Extract the facts of one article (or raw text); ``published`` anchors relative dates."""
    article = _as_article(article_or_text, published)
    nlp = get_nlp(settings)
    _check_length(nlp.max_length, article)
    doc = nlp(article.text)
    return facts_from_doc(doc, article, _as_date(published or article.published), settings)


def extract(
    texts: Iterable[str | Article],
    *,
    published: str | date | None = None,
    n_process: int = 1,
    batch_size: int | None = None,
    settings: Settings | None = None,
) -> Iterator[ArticleFacts]:
    """Facts of many articles, lazily and in input order, batched through ``nlp.pipe``.

    With ``n_process > 1`` spaCy's own pipeline runs in worker processes and our extractors
    run here on the returned docs. Raises ExtractionError naming the article that failed.
    """
    nlp = get_nlp(settings)
    size = batch_size or (settings or DEFAULT).batch_size

    def items() -> Iterator[tuple[str, Article]]:
        for item in texts:
            article = _as_article(item, published)
            _check_length(nlp.max_length, article)
            yield article.text, article

    pairs = nlp.pipe(items(), as_tuples=True, n_process=max(1, n_process), batch_size=size)
    for doc, article in pairs:
        yield facts_from_doc(doc, article, _as_date(published or article.published), settings)


def resolve_entities_across(facts: Sequence[ArticleFacts]) -> list[ArticleFacts]:
    """Resolve short mentions against full names used in any of the articles.

    "Matsegora" in one article becomes ``person:alexander-matsegora`` when another article of
    the set names "Alexander Matsegora" (and no other person shares that surname); "Corrigan"
    becomes the "Corrigan Freight Lines" another article names; a name the tagger calls a
    person in one article and an organisation in another takes the id used most often
    (aliases.label_map). Quote speaker ids and statement arguments follow.
    """
    everything: list[Entity] = [e for f in facts for e in f.entities]
    # one name tagged a person here and an organisation there is one entity (label_map),
    # before short forms are resolved against full names
    labels = label_map(everything)
    mapping = alias_map(_relabel(everything, labels))
    if not labels and not mapping:
        return list(facts)
    ids = {old: mapping[new][0] if new in mapping else new for old, new in labels.items()}
    ids.update({old: target[0] for old, target in mapping.items()})
    out = []
    for f in facts:
        quotes = tuple(
            replace(q, speaker_id=ids.get(q.speaker_id, q.speaker_id)) if q.speaker_id else q
            for q in f.quotes
        )
        statements = tuple(
            replace(
                s,
                subjects=_dedupe(ids.get(x, x) for x in s.subjects),
                objects=_dedupe(ids.get(x, x) for x in s.objects),
            )
            for s in f.statements
        )
        out.append(
            replace(
                f,
                entities=apply_alias_map(_relabel(f.entities, labels), mapping),
                quotes=quotes,
                statements=statements,
            )
        )
    return out


def _relabel(entities: Sequence[Entity], labels: dict[str, str]) -> list[Entity]:
    """Entities with the ids of label_map: each keeps the label the tagger gave it in its own
    sentence, which the comparison reads (a person's age, an organisation's actions)."""
    return [replace(e, id=labels[e.id]) if e.id in labels else e for e in entities]


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
