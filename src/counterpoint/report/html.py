"""The comparison as one self-contained HTML page (Jinja2, autoescaped, no network requests).

The page shows the articles side by side with their facts highlighted by kind, the findings
(opening one shows its sentences and highlights them in the articles), a fact matrix, an SVG
timeline and a sourcing summary. Every piece of article text reaches the page through Jinja2's
autoescaping; the page's own CSS and JavaScript are read from ``report/static`` and inlined.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from counterpoint.compare.values import sides
from counterpoint.model import ArticleFacts, Comparison, Finding, Quote
from counterpoint.report.terminal import outlet_names

log = logging.getLogger(__name__)

# Rows of the fact matrix and events drawn on the timeline (the JSON report holds them all).
MATRIX_ROWS = 60
TIMELINE_EVENTS = 40
# Geometry of the timeline picture, in SVG user units.
SVG_WIDTH = 1000
SVG_MARGIN = 40
SPEAKER_TYPES = ("named_official", "named_person", "organization", "document", "anonymous",
                 "unknown")
PERSON_LABELS = frozenset({"PERSON", "PER"})


@dataclass
class Segment:
    """A run of article text, plain or highlighted."""

    text: str
    classes: str = ""
    id: str = ""
    title: str = ""
    # the run cut at loaded words: (text, "loaded_language" | "name_calling" | "")
    parts: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Mark:
    start: int
    end: int
    kinds: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)


@cache
def _static(name: str) -> str:
    return resources.files("counterpoint.report").joinpath("static", name).read_text("utf-8")


@cache
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("counterpoint.report", "templates"),
        autoescape=True,  # every article string is escaped; only our own CSS/JS is marked safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def span_id(index: int, span: tuple[int, int]) -> str:
    """The element id of a highlighted span of article ``index``."""
    return f"a{index}-{span[0]}-{span[1]}"


def render_html(comparison: Comparison, facts: Sequence[ArticleFacts]) -> str:
    """One self-contained HTML page for the comparison."""
    import markupsafe

    names = outlet_names(comparison.articles)
    position = {a.id: i for i, a in enumerate(comparison.articles)}
    by_id = {f.article.id: f for f in facts}
    marks = _marks(comparison, by_id, position)
    articles = []
    for i, a in enumerate(comparison.articles):
        articles.append({
            "index": i, "name": names[a.id], "title": a.title or names[a.id],
            "published": a.published or "date unknown", "words": a.words or len(a.text.split()),
            "url": a.url if _safe_url(a.url) else None, "source": a.source,
            "segments": _with_loaded(_segments(a.text, marks.get(i, {}), i),
                                     _loaded_spans(comparison, a.id)),
        })
    counts = Counter(f.kind for f in comparison.findings)
    page = _environment().get_template("comparison.html.j2").render(
        title=(comparison.articles[0].title if comparison.articles else None) or "Story comparison",
        articles=articles,
        findings=[_finding_view(f, names, position) for f in comparison.findings],
        counts={k: counts.get(k, 0) for k in ("conflict", "omission", "compatible", "agreement")},
        matrix=_matrix(comparison, names, facts),
        timeline=_timeline(comparison, names),
        sourcing=_sourcing(comparison, facts, names),
        contrast=_contrast(comparison, names),
        tone=_tone(comparison, names),
        generated=dt.date.today().isoformat(),
        css=markupsafe.Markup(_static("report.css")),
        js=markupsafe.Markup(_static("report.js")),
    )
    return str(page)


def _safe_url(url: str | None) -> bool:
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


def _marks(
    comparison: Comparison, by_id: dict[str, ArticleFacts], position: dict[str, int]
) -> dict[int, dict[tuple[int, int], _Mark]]:
    out: dict[int, dict[tuple[int, int], _Mark]] = {}

    def add(i: int, span: tuple[int, int], kind: str, title: str) -> None:
        m = out.setdefault(i, {}).setdefault((span[0], span[1]), _Mark(span[0], span[1]))
        m.kinds.add(kind)
        if title and title not in m.titles:
            m.titles.append(title)

    for aid, i in position.items():
        f = by_id.get(aid)
        if f is None:
            continue
        for q in f.quantities:
            add(i, q.span, "quantity", f"number: {q.value:g} {q.unit or ''}".strip())
        for d in f.dates:
            if d.start:
                add(i, d.span, "date", f"date: {d.start}")
        for qt in f.quotes:
            add(i, qt.span, "quote", f"quote: {qt.speaker or 'unattributed'}")
        for e in f.entities:
            if e.label in PERSON_LABELS:
                add(i, e.span, "person", f"person: {e.name}")
    for fd in comparison.findings:
        for ev in fd.evidence:
            if ev.article in position:
                add(position[ev.article], ev.span, f"ev-{fd.kind}", f"{fd.id}: {fd.topic}")
    return out


def _segments(text: str, marks: dict[tuple[int, int], _Mark], index: int) -> list[Segment]:
    """The text cut into plain and highlighted runs; overlapping marks keep the earlier, longer."""
    chosen: list[_Mark] = []
    end = -1
    for m in sorted(marks.values(), key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= end and 0 <= m.start < m.end <= len(text):
            chosen.append(m)
            end = m.end
    out: list[Segment] = []
    pos = 0
    for m in chosen:
        if m.start > pos:
            out.append(Segment(text[pos : m.start]))
        out.append(Segment(text[m.start : m.end], " ".join(sorted(m.kinds)),
                           span_id(index, (m.start, m.end)), "; ".join(m.titles)))
        pos = m.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _loaded_spans(comparison: Comparison, aid: str) -> list[tuple[int, int, str]]:
    profile = comparison.framing.get(aid)
    return sorted((x.span[0], x.span[1], x.technique) for x in profile.loaded) if profile else []


def _with_loaded(segments: list[Segment], loaded: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut each run at the loaded words and labels inside it, so they show inside any other
    highlight (a quote, a finding's sentence)."""
    pos = 0
    for seg in segments:
        start, end = pos, pos + len(seg.text)
        cuts = [(max(a, start), min(b, end), t) for a, b, t in loaded if a < end and start < b]
        at = start
        for a, b, t in cuts:
            if a < at:
                continue
            if a > at:
                seg.parts.append((seg.text[at - start : a - start], ""))
            seg.parts.append((seg.text[a - start : b - start], t))
            at = b
        if at < end or not seg.parts:
            seg.parts.append((seg.text[at - start :], ""))
        pos = end
    return segments


def _finding_view(f: Finding, names: dict[str, str], position: dict[str, int]) -> dict[str, Any]:
    evidence = []
    seen: set[tuple[str, str]] = set()
    for ev in f.evidence:
        key = (ev.article, ev.sentence)
        if key in seen:
            continue
        seen.add(key)
        texts = [e.text for e in f.evidence if (e.article, e.sentence) == key]
        evidence.append({"who": names.get(ev.article, ev.article),
                         "parts": _split_marks(ev.sentence, texts)})
    return {
        "id": f.id, "kind": f.kind, "topic": f.topic, "explanation": f.explanation,
        "evidence": evidence,
        "missing": [names.get(a, a) for a in f.missing_in],
        "spans": " ".join(span_id(position[e.article], e.span) for e in f.evidence
                          if e.article in position),
    }


def _split_marks(sentence: str, texts: list[str]) -> list[tuple[str, bool]]:
    """The sentence as (text, marked) runs, marking each evidence text it contains."""
    spans = []
    for t in texts:
        at = sentence.find(" ".join(t.split()))
        if at >= 0:
            spans.append((at, at + len(" ".join(t.split()))))
    spans.sort()
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in spans:
        if s < pos:
            continue
        out.append((sentence[pos:s], False))
        out.append((sentence[s:e], True))
        pos = e
    out.append((sentence[pos:], False))
    return [p for p in out if p[0]]


def _matrix(comparison: Comparison, names: dict[str, str],
            facts: Sequence[ArticleFacts] = ()) -> dict[str, Any]:
    """Rows = findings, columns = outlets. In a conflict row each cell is coloured by the side
    its figure takes (outlets agreeing with each other share a colour); a quote's cell names
    whom the outlet gives it to, and in a conflict over who said it, one colour per speaker."""
    speakers = _speakers(facts)
    rows: list[dict[str, Any]] = []
    for f in comparison.findings[:MATRIX_ROWS]:
        said = [speakers.get((e.article, e.span[0], e.span[1])) for e in f.evidence]
        quoted = bool(said) and all(s is not None for s in said)
        side = _speaker_sides(f, said) if quoted else sides(f)
        by_side: dict[int, list[str]] = {}
        for ev, sd in zip(f.evidence, side, strict=True):
            if sd is not None:
                by_side.setdefault(sd, []).append(names.get(ev.article, ev.article))
        cells = []
        for a in comparison.articles:
            at = [i for i, e in enumerate(f.evidence) if e.article == a.id]
            if at:
                texts = [" ".join(f.evidence[i].text.split()) for i in at]
                if quoted:
                    texts = [_short(t) + " — " + (said[i] or ("", ""))[0]
                             for t, i in zip(texts, at, strict=True)]
                text = " / ".join(dict.fromkeys(texts))
                own = {side[i] for i in at}
                cls: str = f.kind
                title = ""
                sd = own.pop() if len(own) == 1 else None
                if sd is not None:
                    cls += f" side-{sd}"
                    mates = [n for n in dict.fromkeys(by_side[sd]) if n != names[a.id]]
                    title = ("same as " + ", ".join(mates)) if mates else (
                        "disagrees with every other outlet here")
                cells.append({"text": text, "cls": cls, "title": title})
            else:
                omitted = a.id in f.missing_in
                cells.append({"text": "—", "cls": "absent omitted" if omitted else "absent",
                              "title": "left out" if omitted else "not reported"})
        rows.append({"id": f.id, "kind": f.kind, "topic": f.topic, "cells": cells})
    return {"columns": [names[a.id] for a in comparison.articles], "rows": rows,
            "sides": any("side-" in c["cls"] for r in rows for c in r["cells"])}


# Words of a quote shown in a fact-matrix cell (the finding holds the whole quote).
MATRIX_QUOTE_WORDS = 8


def _short(text: str) -> str:
    words = text.split()
    return "“" + " ".join(words[:MATRIX_QUOTE_WORDS]) + ("…" if len(words) > MATRIX_QUOTE_WORDS
                                                          else "") + "”"


def _speakers(facts: Sequence[ArticleFacts]) -> dict[tuple[str, int, int], tuple[str, str]]:
    """(article id, quote span) -> (whom the article gives the quote to, speaker key): the
    speaker's entity name when it is resolved ("he" -> "Dario Fenn"), else the words used."""
    out: dict[tuple[str, int, int], tuple[str, str]] = {}
    for f in facts:
        names = {e.id: e.name for e in f.entities if e.id}
        for q in f.quotes:
            label = _speaker_name(names, q)
            out[(f.article.id, q.span[0], q.span[1])] = (
                label or "no one named", q.speaker_id or label.lower())
    return out


def _speaker_sides(f: Finding, said: list[tuple[str, str] | None]) -> tuple[int | None, ...]:
    """In a conflict over who said a quote, the side of each item is its speaker (the first
    three speakers named get a colour each; a version given to no one takes no side)."""
    if f.kind != "conflict":
        return tuple(None for _ in said)
    keys = list(dict.fromkeys(s[1] for s in said if s is not None and s[1]))
    return tuple(keys.index(s[1]) if s is not None and s[1] and keys.index(s[1]) < 3 else None
                 for s in said)


def _timeline(comparison: Comparison, names: dict[str, str]) -> dict[str, Any]:
    events = [e for e in comparison.timeline if e.start][:TIMELINE_EVENTS]
    n = len(events)
    step = (SVG_WIDTH - 2 * SVG_MARGIN) / max(n - 1, 1)
    dots = []
    for i, e in enumerate(events):
        x = SVG_MARGIN + (i * step if n > 1 else (SVG_WIDTH - 2 * SVG_MARGIN) / 2)
        disagree = "[dates disagree" in e.event
        reporters = [names.get(ev.article, ev.article) for ev in e.evidence]
        dots.append({
            "n": i + 1, "x": round(x, 1), "date": e.start if e.start == e.end or not e.end
            else f"{e.start} – {e.end}", "label": (e.start or "")[: 10 if e.precision == "day"
                                                                 else 7],
            "event": e.event, "disagree": disagree, "reporters": list(dict.fromkeys(reporters)),
            "r": 5 + min(len(set(reporters)), 4) * 1.5,
        })
    return {"dots": dots, "width": SVG_WIDTH, "height": 150, "axis_y": 60}


# An article's tone toward an actor is shown from this many clauses on (fewer say little).
TONE_MIN_CLAUSES = 2


def _sourcing(comparison: Comparison, facts: Sequence[ArticleFacts],
              names: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    by_id = {f.article.id: f for f in facts}
    for a in comparison.articles:
        f = by_id.get(a.id)
        counts: Counter[str] = Counter(str(q.speaker_type) for q in f.quotes) if f else Counter()
        named = _named_sources(f) if f else []
        total = sum(counts.values())
        bar = [{"type": t, "label": t.replace("_", " "),
                "width": round(100 * counts.get(t, 0) / total, 1)}
               for t in SPEAKER_TYPES if total and counts.get(t, 0)]
        rows.append({"name": names[a.id], "counts": [counts.get(t, 0) for t in SPEAKER_TYPES],
                     "total": total, "named": named[:6], "bar": bar})
    return rows


def _tone(comparison: Comparison, names: dict[str, str]) -> list[dict[str, Any]]:
    """Rows of the tone table: one per actor that some article discusses in at least
    TONE_MIN_CLAUSES clauses, with each article's mean score, a bar and its telling clause."""
    actors: dict[str, str] = {}
    for a in comparison.articles:
        profile = comparison.framing.get(a.id)
        for aid, entry in (profile.tone if profile else {}).items():
            if int(entry.get("clauses", 0)) >= TONE_MIN_CLAUSES:
                actors.setdefault(aid, str(entry.get("name") or aid))
    rows: list[dict[str, Any]] = []
    for aid, name in actors.items():
        cells: list[dict[str, Any]] = []
        for a in comparison.articles:
            profile = comparison.framing.get(a.id)
            entry = profile.tone.get(aid) if profile else None
            n = int(entry.get("clauses", 0)) if entry else 0
            if not entry or n < TONE_MIN_CLAUSES:
                cells.append({"name": names[a.id], "empty": True, "clauses": n})
                continue
            score = float(entry.get("score", 0.0))
            best: dict[str, Any] = max(entry.get("evidence", []), default={},
                                       key=lambda e: abs(float(e.get("score", 0))))
            cells.append({
                "name": names[a.id], "empty": False, "score": score, "clauses": n,
                "width": round(abs(score) * 50, 1), "negative": score < 0,
                "clause": best.get("clause") or best.get("text", ""),
                "sentence": best.get("text", ""),
            })
        rows.append({"name": name, "cells": cells})
    rows.sort(key=lambda r: -sum(c["clauses"] for c in r["cells"]))
    return rows


def _named_sources(f: ArticleFacts) -> list[str]:
    """The named people an article quotes, once each, by their full name where known."""
    names = {e.id: e.name for e in f.entities if e.id}
    seen: dict[str, str] = {}
    for q in f.quotes:
        if q.speaker and q.speaker_type in ("named_official", "named_person"):
            key = q.speaker_id or q.speaker
            seen.setdefault(key, _speaker_name(names, q))
    return sorted(seen.values())


def _speaker_name(names: dict[str, str], q: Quote) -> str:
    """Whom a quote is given to: the speaker entity's full name when it is resolved ("he" ->
    "Dario Fenn"), else the article's own words ("" when there are none)."""
    return names.get(q.speaker_id or "", q.speaker or "")


def _contrast(comparison: Comparison, names: dict[str, str]) -> list[str]:
    if not comparison.framing:
        return []
    try:
        from counterpoint.framing import contrast

        return list(contrast(comparison.framing, names))
    except Exception:  # framing is optional: the page is still useful without it
        log.debug("framing contrast unavailable", exc_info=True)
        return []
