"""The comparison in a terminal (rich): a summary, then conflicts, omissions and agreements.

Article text is always passed to rich as ``Text`` objects, never as markup, so brackets in an
article ("[bold]") are printed as written.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from counterpoint.model import Article, Comparison, Evidence, Finding

log = logging.getLogger(__name__)

# Colour of each kind of finding (also used by the HTML report's legend).
KIND_STYLES = {
    "conflict": "bold red",
    "omission": "yellow",
    "compatible": "cyan",
    "agreement": "green",
}
# Findings listed per section before "... and N more" (the JSON and HTML reports hold all).
MAX_PER_SECTION = 12
# Longest sentence shown under a finding.
SENTENCE_CHARS = 220


def outlet_names(articles: Sequence[Article]) -> dict[str, str]:
    """A short, unique display name per article id (outlet, else file name, else position)."""
    names: dict[str, str] = {}
    used: Counter[str] = Counter()
    for i, a in enumerate(articles, start=1):
        base = a.outlet or (a.source.rsplit("/", 1)[-1] if a.source else "") or f"article {i}"
        used[base] += 1
        names[a.id] = base if used[base] == 1 else f"{base} ({used[base]})"
    return names


def render_comparison(comparison: Comparison, console: Console) -> None:
    """Print the comparison: summary, conflicts, omissions, agreements and framing."""
    names = outlet_names(comparison.articles)
    console.print(_summary(comparison, names))
    by_kind: dict[str, list[Finding]] = {}
    for f in comparison.findings:
        by_kind.setdefault(f.kind, []).append(f)
    sections = (
        ("conflict", "Conflicts — the articles cannot all be right"),
        ("omission", "Omissions — reported by some, left out by others"),
        ("compatible", "Compatible — consistent figures stated differently"),
        ("agreement", "Agreements"),
    )
    for kind, title in sections:
        items = by_kind.get(kind, [])
        if not items:
            continue
        console.rule(Text(f"{title} ({len(items)})", style=KIND_STYLES[kind]))
        detailed = kind in ("conflict", "omission")
        for f in items[:MAX_PER_SECTION]:
            console.print(_finding(f, names, detailed))
        if len(items) > MAX_PER_SECTION:
            console.print(Text(f"… and {len(items) - MAX_PER_SECTION} more", style="dim"))
    if comparison.framing:
        _framing(comparison, names, console)


def _summary(comparison: Comparison, names: dict[str, str]) -> Panel:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("outlet")
    table.add_column("published")
    table.add_column("words", justify="right")
    table.add_column("title")
    for a in comparison.articles:
        table.add_row(Text(names[a.id]), Text(a.published or "—"), str(a.words or len(
            a.text.split())), Text(a.title or "", overflow="ellipsis", no_wrap=True))
    counts = Counter(f.kind for f in comparison.findings)
    line = Text()
    for kind in ("conflict", "omission", "compatible", "agreement"):
        line.append(f"{counts.get(kind, 0)} {kind}{'s' if counts.get(kind, 0) != 1 else ''}",
                    style=KIND_STYLES[kind])
        line.append("   ")
    line.append(f"{len(comparison.timeline)} dated events", style="dim")
    return Panel(Group(table, Text(), line), title="counterpoint — story comparison",
                 title_align="left")


def _finding(f: Finding, names: dict[str, str], detailed: bool) -> Group:
    head = Text()
    head.append(f"{f.id} ", style="bold")
    head.append(f.kind.upper(), style=KIND_STYLES[f.kind])
    head.append(f"  {f.topic}", style="bold")
    parts: list[Text] = [head, Text("   " + f.explanation)]
    if detailed:
        shown: dict[tuple[str, str], list[Evidence]] = {}
        for ev in f.evidence:
            shown.setdefault((ev.article, ev.sentence), []).append(ev)
        for evs in list(shown.values())[:4]:
            parts.append(_evidence_line(evs, names))
        if f.missing_in:
            missing = ", ".join(names.get(a, a) for a in f.missing_in)
            parts.append(Text(f"   not in: {missing}", style="yellow"))
    parts.append(Text())
    return Group(*parts)


def _evidence_line(evs: list[Evidence], names: dict[str, str]) -> Text:
    """The whole sentence, shortened around the evidence, with the evidence words underlined."""
    ev = evs[0]
    sentence = " ".join(ev.sentence.split())
    first = min((i for i in (sentence.find(e.text) for e in evs) if i >= 0), default=0)
    prefix = ""
    if len(sentence) > SENTENCE_CHARS:
        start = max(0, min(first - 40, len(sentence) - SENTENCE_CHARS))
        if start:
            space = sentence.find(" ", start)
            start = space + 1 if 0 <= space < first else start
        prefix = "…" if start else ""
        sentence = sentence[start : start + SENTENCE_CHARS] + (
            "…" if start + SENTENCE_CHARS < len(sentence) else "")
    body = Text(prefix + sentence, style="dim")
    for e in evs:
        at = body.plain.find(" ".join(e.text.split()))
        if at >= 0:
            body.stylize("underline not dim", at, at + len(" ".join(e.text.split())))
    line = Text("   ▸ ")
    line.append(names.get(ev.article, ev.article), style="bold")
    line.append(": ")
    line.append_text(body)
    return line


def _framing(comparison: Comparison, names: dict[str, str], console: Console) -> None:
    console.rule(Text("Framing and sourcing", style="bold"))
    try:
        from counterpoint.framing import contrast

        lines = contrast(comparison.framing, names)
    except Exception:  # framing is optional: a failure here must not hide the findings
        log.debug("framing contrast unavailable", exc_info=True)
        lines = []
    for line in lines:
        console.print(Text("  • " + line))
    if not lines:
        for aid, profile in comparison.framing.items():
            srcs = profile.sourcing or {}
            console.print(Text(f"  • {names.get(aid, aid)}: {srcs}"))
