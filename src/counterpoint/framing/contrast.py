"""Plain-English sentences that compare how articles source and frame the same story."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from counterpoint.framing.lexicons import phrase_list, subjectivity, vader_lexicon
from counterpoint.framing.sourcing import GENERIC_SPEAKER_WORDS
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
# An article "discusses" an actor when the actor is subject or object of at least this many
# clauses: one clause is a passing mention whose score is one sentence's wording.
MIN_TONE_CLAUSES = 2
# Mean clause scores (VADER-normalized, -1..1; one mildly loaded word makes a clause about
# +-0.3) below 0.05 read as neutral (less than one such clause in six), from 0.2 as clear.
NEUTRAL_TONE = 0.05
CLEAR_TONE = 0.2
MAX_CLAUSE_CHARS = 90
MAX_EXAMPLES = 3
# An example of loaded wording must hold a word VADER scores at least this strongly (scale
# -4..4; "hostile" -1.6, "fakes" -1.8, "scandal" -1.9) or one Pattern rates at least this
# subjective (0..1; "outrageous" 0.9, "shocking" 1.0, "new" 0.45).
EXAMPLE_VALENCE = 1.5
EXAMPLE_SUBJECTIVITY = 0.6
POSSESSIVES = frozenset({"its", "his", "her", "their", "our"})
# Sources listed by name and affiliation per article before "and N more".
MAX_SOURCES = 5
# First words of a described source that are lowercased in running text ("One source" ->
# "one source"); a bare plural or noun gets "unnamed" ("Diplomats" -> "unnamed diplomats").
DETERMINERS = frozenset(
    {"one", "a", "an", "another", "other", "some", "several", "two", "three", "many", "the",
     "unnamed", "anonymous", "few", "most", "all", "foreign"}
)  # fmt: skip


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
        line = _source_list(profiles[a].sourcing.get("sources", []))
        if line:
            out.append(f"{names.get(a, a)} quotes {line}.")
    shares = {a: float(profiles[a].sourcing.get("quoted_share", 0.0)) for a in ids}
    hi, lo = max(ids, key=lambda a: shares[a]), min(ids, key=lambda a: shares[a])
    if shares[hi] - shares[lo] >= MIN_SHARE_GAP:
        out.append(
            f"{names.get(hi, hi)} puts {shares[hi]:.0%} of its text inside direct quotes, "
            f"{names.get(lo, lo)} {shares[lo]:.0%}."
        )
    return out


def describe_source(source: Mapping[str, Any]) -> str | None:
    """A source as a reader would name it: "Alexander Matsegora (Russian Ambassador to North
    Korea)", "an unnamed diplomatic source", "the Russian embassy"; None when nothing is known."""
    speaker = " ".join(str(source.get("speaker") or "").split())
    affiliation = " ".join(str(source.get("affiliation") or "").split())
    kind = source.get("speaker_type")
    if speaker and all(w in GENERIC_SPEAKER_WORDS for w in re.findall(r"[a-z]+", speaker.lower())):
        speaker = ""  # "he", "they", "claims": the quote is not tied to anyone
    if kind in {"named_official", "named_person"} and speaker:
        name = speaker
        if affiliation and affiliation.lower() in speaker.lower() and affiliation != speaker:
            at = speaker.lower().index(affiliation.lower())
            name = (speaker[:at] + speaker[at + len(affiliation) :]).strip(" ,")
        first = name.split()[0].lower() if name else ""
        if first in POSSESSIVES | DETERMINERS and affiliation[:1].isupper():
            # "The defector" / "Hong Gang Chul": the name is in the affiliation, swap them
            name, affiliation = affiliation, name[:1].lower() + name[1:]
        return f"{name} ({affiliation})" if affiliation and affiliation != name else name
    phrase = affiliation or ""
    if not phrase and speaker:  # "Western propaganda" says who; "they", "claims" do not
        words = re.findall(r"[a-z]+", speaker.lower())
        phrase = speaker if any(w not in GENERIC_SPEAKER_WORDS for w in words) else ""
    if not phrase:
        return None
    first = phrase.split()[0].lower()
    if first in DETERMINERS:
        phrase = first + phrase[len(first) :]
    elif kind == "anonymous" and phrase[:1].isupper() and len(phrase.split()) <= 2:
        phrase = "unnamed " + phrase[:1].lower() + phrase[1:]
    return phrase


def _source_list(sources: Sequence[Mapping[str, Any]]) -> str:
    """ "A (2 quotes), B and two unnamed sources without a description"."""
    items = []
    vague = 0
    named_first = sorted(  # people by name first, then by how often they are quoted
        sources,
        key=lambda x: (
            x.get("speaker_type") not in {"named_official", "named_person"},
            -int(x.get("count", 1)),
        ),
    )
    for src in named_first:
        described = describe_source(src)
        if described is None:
            vague += int(src.get("count", 1))
            continue
        n = int(src.get("count", 1))
        if n > 1:
            described = (
                f"{described[:-1]}; {n} quotes)"
                if described.endswith(")")
                else f"{described} ({n} quotes)"
            )
        items.append(described)
    if not items:
        return ""
    shown = items[:MAX_SOURCES]
    if len(items) > MAX_SOURCES:
        shown.append(count_words(len(items) - MAX_SOURCES, "more", "more"))
    if vague:
        shown.append(count_words(vague, "statement", "statements") + " with no stated source")
    return _join(shown)


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
        examples = _distinct(
            [x.text for x in sorted(profiles[a].loaded, key=_salience) if _evaluative(x.text)]
        )
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
    return out


def tone_word(score: float) -> str:
    """ "negatively", "somewhat positively", "neutrally": a mean clause score in words."""
    if abs(score) < NEUTRAL_TONE:
        return "neutrally"
    sign = "positively" if score > 0 else "negatively"
    return sign if abs(score) >= CLEAR_TONE else f"somewhat {sign}"


def _telling(entry: Mapping[str, Any]) -> str:
    """The evidence clause that best shows an actor's tone (same sign as the mean, strongest)."""
    score = float(entry.get("score", 0.0))
    items = [e for e in entry.get("evidence", []) if e.get("score", 0) * score > 0]
    if not items or abs(score) < NEUTRAL_TONE:
        return ""
    best = max(items, key=lambda e: abs(float(e["score"])))
    text = " ".join(str(best.get("clause") or best.get("text", "")).split()).strip(" ,.;:")
    if len(text) > MAX_CLAUSE_CHARS:
        text = text[:MAX_CLAUSE_CHARS].rsplit(" ", 1)[0] + "…"
    return f", e.g. “{text}”" if text else ""


def _tone_sentences(profiles: Mapping[str, FramingProfile], names: Mapping[str, str]) -> list[str]:
    """One sentence per central actor: how each article writes about it, largest gap first."""
    ids = list(profiles)
    ranked: list[tuple[int, float, str, str]] = []
    for eid in sorted({e for a in ids for e in profiles[a].tone}):
        have = {a: profiles[a].tone[eid] for a in ids if eid in profiles[a].tone}
        enough = [a for a, t in have.items() if int(t.get("clauses", 0)) >= MIN_TONE_CLAUSES]
        if not enough:
            continue
        name = next(t.get("name", eid) for t in have.values())
        parts = []
        for k, a in enumerate(enough):
            t = have[a]
            score, n = float(t["score"]), int(t["clauses"])
            unit = " clauses" if k == 0 else ""
            head = f"{names.get(a, a)} writes about {name} " if k == 0 else f"{names.get(a, a)} "
            parts.append(f"{head}{tone_word(score)} ({_signed(score)} over {n}{unit}{_telling(t)})")
        # the other articles name the actor among their central ones, in too few clauses
        thin = [a for a in ids if a not in enough and a in have]
        if len(enough) < 2 and not thin:
            continue  # only one article discusses it: nothing to contrast
        for a in thin:
            n = int(have[a].get("clauses", 0))
            parts.append(
                f"{names.get(a, a)} hardly discusses it "
                f"({count_words(n, 'clause', 'clauses', zero='no clause')})"
            )
        scores = [float(have[a]["score"]) for a in enough]
        gap = max(scores) - min(scores)
        ranked.append((0 if len(enough) >= 2 else 1, -gap, eid, "; ".join(parts) + "."))
    return [line for *_, line in sorted(ranked)]


def _salience(item: Loaded) -> tuple[int, int]:
    """Examples worth quoting first: words from our lexicons (labels before emotive words)."""
    words = item.text.lower().split()
    if any(w in phrase_list("name_calling.txt") for w in words):
        return (0, item.span[0])
    if any(w in phrase_list("loaded_language.txt") for w in words):
        return (1, item.span[0])
    return (2, item.span[0])


def _evaluative(text: str) -> bool:
    """Whether a flagged span shows a reader why it was flagged: a word of our lexicons, a word
    VADER scores at least EXAMPLE_VALENCE either way, or a subjective word of Pattern's lexicon.
    The statistical detectors also flag plain phrases ("Several smaller operators", a company's
    name) that count in the rate but make poor examples."""
    vader, subjective = vader_lexicon(), subjectivity()
    for word in re.findall(r"[a-z]+(?:['’-][a-z]+)*", text.lower()):
        if word in phrase_list("name_calling.txt") or word in phrase_list("loaded_language.txt"):
            return True
        if abs(vader.get(word, 0.0)) >= EXAMPLE_VALENCE:
            return True
        if subjective.get(word, (0.0, 0.0))[1] >= EXAMPLE_SUBJECTIVITY:
            return True
    return False


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
    return (
        _sourcing_sentences(profiles, names)
        + _framing_sentences(profiles, names)
        + _tone_sentences(profiles, names)
    )
