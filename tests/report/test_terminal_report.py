"""The terminal report: sections in order, evidence shown, article text never read as markup."""

from __future__ import annotations

from rich.console import Console

from counterpoint.model import ArticleFacts, Comparison
from counterpoint.report.terminal import render_comparison


def _render(comparison: Comparison) -> str:
    console = Console(record=True, width=120, color_system=None)
    render_comparison(comparison, console)
    return console.export_text()


def test_summary_then_conflicts_then_agreements(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    comparison, _ = hostile_story
    out = _render(comparison)
    assert "Levee <b>Times</b>" in out and "River Post" in out
    assert "1 conflict" in out
    conflicts, agreements = out.index("Conflicts"), out.index("Agreements")
    assert out.index("River Post") < conflicts < agreements
    # the conflict shows both sentences with the numbers in them
    block = out[conflicts:agreements]
    assert "12 hours" in block and "20 hours" in block
    assert "held for 20 hours before it finally broke" in block


def test_article_brackets_are_not_rich_markup(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    comparison, _ = hostile_story
    out = _render(comparison)
    # the sentence holding "[bold red]" is evidence of the conflict and is printed as written
    assert "<script>alert('x')</script> [bold red]the levee[/] held for 12 hours" in out


def test_no_findings_still_prints_a_summary(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    comparison, _ = hostile_story
    empty = Comparison(articles=comparison.articles[:1])
    out = _render(empty)
    assert "0 conflicts" in out and "Conflicts" not in out
