"""Story clustering of long articles in different outlet voices (the bundled demo stories).

Long reports by outlets with different voices share far fewer words than short wire-style
reports of one event, so absolute similarity thresholds tuned on short news split them; the
merge stage must also accept pairs that stand out from the corpus background and from the
cohesion of the stories they join.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from story_texts import QUAKE1_B, QUAKE1_C, QUAKE2_A, QUAKE2_B, WIRE, art

from counterpoint.demo import story_dirs, story_files
from counterpoint.model import Article
from counterpoint.stories import cluster
from counterpoint.stories.merge import background


def _demo_text_articles() -> dict[str, list[Article]]:
    """The plain-text demo articles (with their sidecar metadata), by story slug."""
    out: dict[str, list[Article]] = {}
    for story in story_dirs():
        for f in story_files(story):
            if f.suffix != ".txt":
                continue
            meta = json.loads(f.with_suffix(".meta.json").read_text(encoding="utf-8"))
            text = f.read_text(encoding="utf-8")
            a = art(text, meta["outlet"], meta["published"][:10], title=meta.get("title"))
            out.setdefault(story.name, []).append(replace(a, source=f.name))
    return out


@pytest.fixture(scope="module")
def demo() -> dict[str, list[Article]]:
    found = _demo_text_articles()
    if sum(len(v) for v in found.values()) < 4:
        pytest.skip("demo stories not bundled")
    return found


def _groups(articles: list[Article]) -> set[frozenset[str]]:
    stories, _ = cluster(articles)
    return {frozenset(a.id for a in s.articles) for s in stories}


def test_long_reports_of_one_event_in_a_small_corpus_are_one_story(
    demo: dict[str, list[Article]],
) -> None:
    articles = [a for arts in demo.values() for a in arts]
    expected = {frozenset(a.id for a in arts) for arts in demo.values()}
    assert _groups(articles) == expected


def test_long_reports_do_not_pull_two_similar_events_together(
    demo: dict[str, list[Article]],
) -> None:
    quake1 = [art(t, o, d) for t, o, d in ((WIRE, "wire.example", "2026-03-03"),
                                           (QUAKE1_B, "herald.example", "2026-03-04"),
                                           (QUAKE1_C, "post.example", "2026-03-04"))]
    quake2 = [art(QUAKE2_A, "wire.example", "2026-03-10"),
              art(QUAKE2_B, "herald.example", "2026-03-10")]
    articles = [a for arts in demo.values() for a in arts] + quake1 + quake2
    found = _groups(articles)
    assert frozenset(a.id for a in quake1) in found
    assert frozenset(a.id for a in quake2) in found
    for arts in demo.values():
        assert frozenset(a.id for a in arts) in found


def test_background_is_the_median_with_absent_candidates_counting_zero() -> None:
    assert background([]) == 0.0
    assert background([0.3, 0.2]) == 0.0  # two related stories among thirty candidates
    assert background([0.1] * 30) == pytest.approx(0.1)
    assert background([0.4] * 10 + [0.05] * 20) == pytest.approx(0.05)


def test_each_long_story_alone_is_one_story(demo: dict[str, list[Article]]) -> None:
    # a corpus of one story: every word its reports share has the lowest IDF
    for arts in demo.values():
        assert _groups(arts) == {frozenset(a.id for a in arts)}
