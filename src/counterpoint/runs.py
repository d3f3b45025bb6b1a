"""The library functions behind the CLI: read inputs into a store, extract facts with the cache.

They report progress through an optional callback so that the CLI can draw progress bars
while the functions stay free of any terminal code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from counterpoint.errors import ExtractionError, InputError
from counterpoint.model import Article, ArticleFacts, Comparison, Story
from counterpoint.settings import Settings
from counterpoint.store import Outcome, Store

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""Called as ``progress(label, done, total)``."""


@dataclass
class RunSummary:
    """What one run did to its inputs."""

    ingested: list[str] = field(default_factory=list)  # sources of newly stored articles
    present: list[str] = field(default_factory=list)  # sources whose article was stored already
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    articles: list[Article] = field(default_factory=list)  # every article read, in input order

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    settings: Settings | None = None,
    outlet: str | None = None,
    published: str | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Read every file under ``paths`` into the store, one transaction per article.

    A bad input is recorded with its error and never stops the others; a rerun finds the
    articles already stored and changes nothing.
    """
    from counterpoint.ingest import Metadata, iter_files, read_units

    settings = settings or Settings.load()
    meta = Metadata(outlet=outlet, published=published)
    summary = RunSummary()
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        summary.failed.append((str(path), "no such file or folder"))
    files = list(iter_files([p for p in paths if p.exists()]))
    for done, path in enumerate(files):
        if progress:
            progress(path.name, done, len(files))
        for unit in read_units(path, settings, meta):
            outcome = _record(store, unit.source, unit.format, unit.article, unit.error)
            if outcome == "failed":
                reason = unit.error.reason if unit.error else "unknown error"
                summary.failed.append((unit.source, reason))
                continue
            assert unit.article is not None
            summary.articles.append(unit.article)
            (summary.ingested if outcome == "ingested" else summary.present).append(unit.source)
    if progress:
        progress("", len(files), len(files))
    return summary


def _record(
    store: Store, source: str, fmt: str, article: Article | None, error: InputError | None
) -> Outcome:
    message = error.reason if error is not None else None
    return store.record(source, fmt, article, message)


def facts_for(
    store: Store,
    articles: Sequence[Article],
    *,
    settings: Settings | None = None,
    n_process: int = 1,
    progress: Progress | None = None,
    failed: list[tuple[str, str]] | None = None,
) -> list[ArticleFacts]:
    """Facts of each article in order, from the store's cache or extracted (and cached).

    With a ``failed`` list, an article the extractors fail on is reported there (source,
    reason) and left out, and the others go on; without it the ExtractionError propagates.
    """
    from counterpoint.facts import ANALYSIS_VERSION, extract
    from counterpoint.report.json import facts_from_dict, facts_to_dict

    found: dict[str, ArticleFacts] = {}
    todo: list[Article] = []
    for art in unique(articles):
        cached = store.get_analysis(art.id, ANALYSIS_VERSION)
        if cached is not None:
            try:
                found[art.id] = _with_article(facts_from_dict(cached), art)
                continue
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("cached analysis of %s is unreadable (%s); extracting again",
                            art.id, exc)
        todo.append(art)
    total, done = len(todo), 0
    while todo:
        try:
            for facts in extract(todo, n_process=n_process, settings=settings):
                store.put_analysis(facts.article.id, ANALYSIS_VERSION, facts_to_dict(facts))
                found[facts.article.id] = facts
                done += 1
                if progress:
                    progress(facts.article.source, done, total)
            todo = []
        except ExtractionError as exc:
            if failed is None:
                raise
            # extract() yields in input order: the failure is the first article not yet done
            bad = next(a for a in todo if a.id not in found)
            failed.append((bad.source, str(exc)))
            todo = [a for a in todo if a.id not in found and a.id != bad.id]
    return [found[a.id] for a in articles if a.id in found]


def _with_article(facts: ArticleFacts, article: Article) -> ArticleFacts:
    """Cached facts carry the metadata of their first reading; show this reading's."""
    from dataclasses import replace

    return replace(facts, article=article) if facts.article != article else facts


def unique(articles: Sequence[Article]) -> Iterator[Article]:
    """Each article once, in first-seen order."""
    seen: set[str] = set()
    for art in articles:
        if art.id not in seen:
            seen.add(art.id)
            yield art


@dataclass(frozen=True)
class StoryComparison:
    """A comparison with the facts it was made from and the syndicated copies set aside."""

    comparison: Comparison
    facts: list[ArticleFacts]
    copies: dict[str, tuple[str, ...]]  # kept article id -> ids of its copies, compared as one


def run_comparison(
    facts: Sequence[ArticleFacts], *, settings: Settings | None = None
) -> StoryComparison:
    """Compare the articles of one story, counting syndicated copies of a report as one voice.

    Copies (found by MinHash over word shingles) would otherwise "confirm" each other; the
    earliest published copy stands for its group and the others are listed in ``copies``.
    """
    from counterpoint.compare import compare_resolved
    from counterpoint.facts import resolve_entities_across
    from counterpoint.stories import find_syndicated

    by_id = {f.article.id: f for f in facts}
    copies: dict[str, tuple[str, ...]] = {}
    for group in find_syndicated([f.article for f in facts]):
        members = sorted(group, key=lambda i: (by_id[i].article.published or "9999", i))
        copies[members[0]] = tuple(members[1:])
    dropped = {c for group in copies.values() for c in group}
    kept = [f for f in facts if f.article.id not in dropped]
    resolved = resolve_entities_across(kept)  # facts carry their framing profile already
    # the settings table (config file, COUNTERPOINT_* variables) when none are given
    settings = settings or Settings.load()
    return StoryComparison(compare_resolved(resolved, settings=settings), resolved, copies)


STORIES_STATE = "stories/state"


def cluster_store(store: Store, *, settings: Settings | None = None) -> list[Story]:
    """Cluster every stored article into stories, adding new articles to the saved state."""
    from counterpoint.stories import ClusterState, cluster

    state = None
    raw = store.get_state(STORIES_STATE)
    if raw:
        try:
            state = ClusterState.from_json(raw)
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("saved story state is unreadable (%s); clustering from scratch", exc)
    stories, state = cluster(store.articles(), state, settings=settings)
    store.put_state(STORIES_STATE, state.to_json())
    return stories


def story_articles(store: Store, story_id: str) -> list[Article]:
    """The articles of one story of the stored corpus, in the story's order."""
    for story in cluster_store(store):
        if story.id == story_id:
            return [a for a in (store.get(m.id) for m in story.articles) if a is not None]
    raise KeyError(story_id)
