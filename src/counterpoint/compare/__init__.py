"""Compare a story's articles fact by fact: align, judge, find omissions, build a timeline.

    >>> comparison = compare([facts_a, facts_b])
    >>> comparison.findings[0].kind, comparison.findings[0].explanation

Findings are ranked by importance (conflicts, then omissions, then compatible figures, then
agreements; by score inside each kind) and numbered F1, F2, ... in that order.
"""

from __future__ import annotations

from collections.abc import Sequence

from counterpoint.compare.align import Alignment, align
from counterpoint.compare.explain import evidence
from counterpoint.compare.judge import Draft, judge
from counterpoint.compare.mentions import Mention, StoryIndex, build_index
from counterpoint.compare.negation import negation_conflicts
from counterpoint.compare.omissions import omissions
from counterpoint.compare.timeline import timeline
from counterpoint.model import ArticleFacts, Comparison, Finding, FramingProfile
from counterpoint.settings import DEFAULT, Settings

__all__ = ["Alignment", "align_story", "compare", "compare_resolved"]

KIND_RANK = {"conflict": 0, "omission": 1, "compatible": 2, "agreement": 3}


def align_story(facts: Sequence[ArticleFacts]) -> tuple[StoryIndex, list[Alignment]]:
    """The story index and its alignments (each with a score and its reasons)."""
    index = build_index(facts)
    return index, align(index)


def compare(facts: Sequence[ArticleFacts], *, settings: Settings | None = None) -> Comparison:
    """Compare the articles of one story; deterministic for the same inputs.

    ``settings.min_finding_score`` drops findings below that importance and
    ``settings.omissions_in_earlier_articles`` says whether an article published before every
    report of a fact can leave it out; the alignment and judgement tolerances are the
    documented constants of each module."""
    from counterpoint.facts import resolve_entities_across

    # one id per person or organisation across the story (a no-op on facts already resolved)
    return compare_resolved(resolve_entities_across(facts), settings=settings)


def compare_resolved(
    facts: Sequence[ArticleFacts], *, settings: Settings | None = None
) -> Comparison:
    """``compare`` on facts whose names are already resolved across the story
    (facts.resolve_entities_across), as the CLI's run has them: resolution is not repeated."""
    settings = settings or DEFAULT
    index, groups = align_story(facts)
    judged = judge(index, groups)
    drafts = [
        *judged,
        *_new_claims(judged, negation_conflicts(index)),
        *omissions(index, groups, earlier=settings.omissions_in_earlier_articles),
    ]
    drafts = [d for d in drafts if d.score >= settings.min_finding_score]
    findings = _rank(index, drafts)
    framing: dict[str, FramingProfile] = {
        f.article.id: f.framing for f in facts if f.framing is not None
    }
    return Comparison(
        articles=tuple(f.article for f in facts),
        findings=tuple(findings),
        timeline=tuple(timeline(index, groups)),
        framing=framing,
    )


def _new_claims(judged: Sequence[Draft], denials: Sequence[Draft]) -> list[Draft]:
    """The denials ("no deaths have been blamed on the heater" / "blamed for one death") whose
    two sentences no judged conflict already sets against each other: the same disagreement
    read once from the figures and once from the negation is one finding. A conflict of
    counts or measures outside the denial's clauses ("1,100 jobs" / "1,400 jobs" before "no
    compulsory redundancies") leaves it standing; dates in the two sentences date its claim."""
    conflicts = [d.members for d in judged if d.kind == "conflict"]

    def covered(denial: Draft) -> bool:
        where = {(x.article, x.sentence) for x in denial.members}
        for members in conflicts:
            if not {(m.article, m.sentence) for m in members} >= where:
                continue
            if all(m.kind == "date" for m in members) or all(
                any(_meet(m, x) for m in members) for x in denial.members
            ):
                return True
        return False

    return [d for d in denials if not covered(d)]


def _meet(m: Mention, x: Mention) -> bool:
    """Whether two mentions' spans overlap in one article."""
    return m.article == x.article and m.span[0] < x.span[1] and x.span[0] < m.span[1]


def _rank(index: StoryIndex, drafts: list[Draft]) -> list[Finding]:
    drafts = sorted(
        drafts,
        key=lambda d: (
            KIND_RANK[d.kind],
            -d.score,
            d.members[0].article,
            d.members[0].span,
            d.topic,
        ),
    )
    ids = [index.articles[i].facts.article.id for i in range(len(index.articles))]
    return [
        Finding(
            id=f"F{i}",
            kind=d.kind,
            topic=d.topic,
            dimension=d.dimension,
            explanation=d.explanation,
            evidence=tuple(evidence(index, m) for m in d.members),
            missing_in=tuple(ids[b] for b in d.missing_in),
            score=d.score,
        )
        for i, d in enumerate(drafts, start=1)
    ]
