"""Plain-English sentences that compare how articles source and frame the same story."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from counterpoint.framing.lexicons import phrase_list
from counterpoint.model import FramingProfile, Loaded

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
TYPE_PHRASES = {
    "named_official": ("named official", "named officials"),
    "named_person": ("named person", "named people"),
    "organization": ("organization statement", "organization statements"),
    "anonymous": ("anonymous source", "anonymous sources"),
    "document": ("document", "documents"),
    "unknown": ("unattributed source", "unattributed sources"),
}
# Differences smaller than these are noise at news-article length (a few hundred words): one
# quote more, a few percent more quoted text, one hedge more per thousand words.
MIN_COUNT_GAP = 2
MIN_SHARE_GAP = 0.10
MIN_RATE_GAP = 2.0
MIN_TONE_GAP = 0.25
MIN_TONE_CLAUSES = 2
MAX_EXAMPLES = 3


def count_words(n: int, singular: str, plural: str, *, zero: str = "none") -> str:
    """'three anonymous sources', 'one document', 'none'."""
    if n == 0:
        return zero
    word = NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)
    return f"{word} {singular if n == 1 else plural}"


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _attr(p: FramingProfile, kind: str) -> int:
    return int(p.sourcing.get("attributions", {}).get(kind, 0))


def _sourcing_sentences(
    profiles: Mapping[str, FramingProfile], names: Mapping[str, str]
) -> list[str]:
    out: list[str] = []
    ids = list(profiles)
    for kind in ("anonymous", "named_official", "organization", "document"):
        counts = {a: _attr(profiles[a], kind) for a in ids}
        top = max(ids, key=lambda a: (counts[a], -ids.index(a)))
        if counts[top] == 0 or counts[top] - min(counts.values()) < MIN_COUNT_GAP:
            continue
        singular, plural = TYPE_PHRASES[kind]
        rest = [
            f"{names.get(a, a)} on {count_words(counts[a], singular, plural)}"
            for a in ids
            if a != top
        ]
        lead = f"{names.get(top, top)} relies on {count_words(counts[top], singular, plural)}"
        out.append(f"{lead}, {_join(rest)}." if rest else f"{lead}.")
    for a in ids:
        described = [s for s in profiles[a].sourcing.get("sources", []) if s.get("affiliation")]
        if described:
            items = [f"{s['affiliation']} ({s['count']}×)" for s in described[:MAX_EXAMPLES]]
            out.append(f"{names.get(a, a)} cites {_join(items)}.")
    shares = {a: float(profiles[a].sourcing.get("quoted_share", 0.0)) for a in ids}
    hi, lo = max(ids, key=lambda a: shares[a]), min(ids, key=lambda a: shares[a])
    if shares[hi] - shares[lo] >= MIN_SHARE_GAP:
        out.append(
            f"{names.get(hi, hi)} puts {shares[hi]:.0%} of its text inside direct quotes, "
            f"{names.get(lo, lo)} {shares[lo]:.0%}."
        )
    return out


def _framing_sentences(
    profiles: Mapping[str, FramingProfile], names: Mapping[str, str]
) -> list[str]:
    out: list[str] = []
    ids = list(profiles)
    parts = []
    for a in ids:
        words = _words(profiles[a])
        n = len(profiles[a].loaded)
        rate = n * 1000.0 / words if words else 0.0
        examples = _distinct([x.text for x in sorted(profiles[a].loaded, key=_salience)])
        examples = examples[:MAX_EXAMPLES]
        shown = f" (“{'”, “'.join(examples)}”)" if examples else ""
        parts.append(f"{names.get(a, a)} {rate:.1f} per 1,000 words{shown}")
    if any(profiles[a].loaded for a in ids):
        out.append(f"Loaded words and labels: {'; '.join(parts)}.")
    rates = {
        a: float(profiles[a].sourcing.get("certainty", {}).get("hedges_per_1000_words", 0.0))
        for a in ids
    }
    hi, lo = max(ids, key=lambda a: rates[a]), min(ids, key=lambda a: rates[a])
    if rates[hi] - rates[lo] >= MIN_RATE_GAP:
        out.append(
            f"{names.get(hi, hi)} hedges more: {rates[hi]:.1f} hedges per 1,000 words "
            f"against {rates[lo]:.1f} in {names.get(lo, lo)}."
        )
    actors = sorted({e for a in ids for e in profiles[a].tone})
    for eid in actors:
        have = {
            a: profiles[a].tone[eid]
            for a in ids
            if eid in profiles[a].tone
            and profiles[a].tone[eid].get("clauses", 0) >= MIN_TONE_CLAUSES
        }
        if len(have) < 2:
            continue
        scores = {a: float(t["score"]) for a, t in have.items()}
        if max(scores.values()) - min(scores.values()) < MIN_TONE_GAP:
            continue
        name = next(iter(have.values())).get("name", eid)
        listed = ", ".join(f"{names.get(a, a)} {_signed(scores[a])}" for a in have)
        out.append(f"Tone toward {name} differs: {listed} (mean clause sentiment, -1 to +1).")
    return out


def _salience(item: Loaded) -> tuple[int, int]:
    """Examples worth quoting first: words from our lexicons (labels before emotive words)."""
    words = item.text.lower().split()
    if any(w in phrase_list("name_calling.txt") for w in words):
        return (0, item.span[0])
    if any(w in phrase_list("loaded_language.txt") for w in words):
        return (1, item.span[0])
    return (2, item.span[0])


def _words(p: FramingProfile) -> int:
    return int(p.sourcing.get("certainty", {}).get("words", 0))


def _distinct(items: Sequence[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def contrast(profiles: Mapping[str, FramingProfile], names: Mapping[str, str]) -> list[str]:
    """Sentences that compare the articles' sourcing and framing, most telling first.

    ``names`` maps article id -> display name (the outlet); missing names fall back to the id.
    With fewer than two profiles there is nothing to compare and the list is empty.
    """
    if len(profiles) < 2:
        return []
    return _sourcing_sentences(profiles, names) + _framing_sentences(profiles, names)


def describe(profile: FramingProfile) -> dict[str, Any]:
    """A compact summary of one profile for reports (counts only)."""
    return {
        "loaded": len(profile.loaded),
        "hedges": sum(1 for h in profile.hedges if h.kind == "hedge"),
        "boosters": sum(1 for h in profile.hedges if h.kind == "booster"),
        "sources": profile.sourcing.get("distinct_sources", 0),
    }
