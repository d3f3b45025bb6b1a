"""Sourcing profile: who an article lets speak, how often, and how it describes them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from counterpoint.framing.lexicons import phrase_list
from counterpoint.model import Quote

SPEAKER_TYPES = (
    "named_official",
    "named_person",
    "organization",
    "anonymous",
    "document",
    "unknown",
)

# A quoted stretch counts as a direct quote (not a scare quote or a title) from this many words.
MIN_QUOTE_WORDS = 4
# Longest affiliation we report, in tokens; longer appositives are cut at a clause boundary.
MAX_AFFILIATION_TOKENS = 14

# Words that say nothing about who a speaker is: "one source", "they", "claims".
GENERIC_SPEAKER_WORDS = frozenset(w for (w,) in phrase_list("generic_speakers.txt").entries)
_QUOTE_PAIRS = re.compile(r"“[^”“]{1,2000}”|\"[^\"\n]{1,2000}\"|«[^»«]{1,2000}»")
_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl"})
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "prep", "pobj", "det"})


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside paired quotation marks holding at least MIN_QUOTE_WORDS words."""
    return [
        (m.start() + 1, m.end() - 1)
        for m in _QUOTE_PAIRS.finditer(text)
        if len(m.group()[1:-1].split()) >= MIN_QUOTE_WORDS
    ]


def quoted_share(text: str, quotes: Sequence[Quote] = ()) -> float:
    """Fraction of the text's characters inside direct quotes (quote marks or direct Quotes)."""
    if not text:
        return 0.0
    covered = bytearray(len(text))
    for s, e in quoted_spans(text):
        covered[s:e] = b"\x01" * (e - s)
    for q in quotes:
        if q.direct:
            s, e = max(0, q.span[0]), min(len(text), q.span[1])
            if e > s:
                covered[s:e] = b"\x01" * (e - s)
    return round(sum(covered) / len(text), 4)


def source_key(q: Quote) -> str:
    """Identity of a source across its quotes: its id, else its lowercased words."""
    if q.speaker_id:
        return q.speaker_id
    if q.speaker:
        return " ".join(q.speaker.lower().split())
    return f"<unknown@{q.span[0]}>"


def affiliation(doc: Any, q: Quote) -> str | None:
    """What the text says the speaker is or works for ("the Russian embassy", "a defector").

    Read from the parse around the speaker: an appositive ("Ko, a former diplomat who
    defected"), a title in front of the name ("Russian Ambassador to North Korea Matsegora"),
    or for unnamed and institutional speakers the describing words of the speaker phrase itself.
    """
    if doc is None or not q.speaker:
        return None
    span = _speaker_span(doc, q)
    if span is None or not len(span):
        return None
    head = span.root
    for child in head.children:
        if child.dep_ == "appos":
            return _phrase(doc, child)
    # a title inside the speaker phrase: "Russian Ambassador to North Korea Alexander Matsegora"
    name_start = span.end
    while name_start > span.start and doc[name_start - 1].ent_type_ == "PERSON":
        name_start -= 1
    if span.start < name_start < span.end:
        words = doc[span.start : name_start]
        if any(t.pos_ in {"NOUN", "PROPN"} for t in words):
            return words.text.strip(" ,")
    # a title in front of the name, inside the noun phrase the name heads
    left = [t for t in head.subtree if t.i < span.start and t.dep_ in _TITLE_DEPS | {"appos"}]
    if left:
        start = min(t.i for t in left)
        words = doc[start : span.start]
        if any(t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in words):
            return words.text.strip(" ,")
    # the name is the appositive of a describing noun: "a defector, Kim, said"
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        return _phrase(doc, head.head, stop=span.start)
    if q.speaker_type in {"anonymous", "organization", "document"}:
        phrase = _named_earlier(doc, head) or _phrase(doc, head)
        described = [w for w in phrase.lower().split() if w not in GENERIC_SPEAKER_WORDS]
        return phrase if described else None
    return None


def _named_earlier(doc: Any, head: Any) -> str | None:
    """ "the embassy" -> "the Russian embassy" when the text named it so before.

    Only for a bare "the <noun>": the last earlier phrase with the same noun and a country or
    group word in front of it (a NORP or GPE entity token) names the same body.
    """
    if any(c.dep_ not in {"det", "punct"} for c in head.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    for tok in reversed(doc[: head.i]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.tag_ != head.tag_:
            continue
        mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound"}]
        if mods and all(m.ent_type_ in {"NORP", "GPE"} for m in mods):
            first = min(t.i for m in mods for t in m.subtree)
            return "the " + doc[first : tok.i + 1].text
    return None


def _speaker_span(doc: Any, q: Quote) -> Any:
    if q.speaker_span is not None:
        s, e = q.speaker_span
        last = doc[-1] if len(doc) else None  # character length without rebuilding doc.text
        if last is None or not 0 <= s < e <= last.idx + len(last.text_with_ws):
            return None
        return doc.char_span(s, e, alignment_mode="expand")
    assert q.speaker is not None
    text = doc.text  # Doc.text rebuilds the string on every access: read it once
    lo = q.sentence[0] if q.sentence else max(0, q.span[0] - 400)
    hi = q.sentence[1] if q.sentence else min(len(text), q.span[1] + 400)
    at = text.find(q.speaker, lo, hi)
    if at < 0:
        at = text.find(q.speaker)
    if at < 0:
        return None
    return doc.char_span(at, at + len(q.speaker), alignment_mode="expand")


def _phrase(doc: Any, tok: Any, stop: int | None = None) -> str:
    """The subtree of ``tok``, cut before long clauses and at MAX_AFFILIATION_TOKENS."""
    start = tok.left_edge.i
    end = tok.right_edge.i + 1
    if stop is not None:
        end = min(end, stop)
    for t in doc[tok.i + 1 : end]:  # a clause anywhere on the right that runs past the limit
        if t.dep_ in _CLAUSE_DEPS and t.right_edge.i + 1 - start > MAX_AFFILIATION_TOKENS:
            end = min(end, t.left_edge.i)
            break
    end = min(end, start + MAX_AFFILIATION_TOKENS)
    return doc[start:end].text.strip(" ,;:")


def sourcing(quotes: Sequence[Quote], text: str, doc: Any = None) -> dict[str, Any]:
    """The sourcing profile of one article (shape documented in ``counterpoint.framing``)."""
    attributions = dict.fromkeys(SPEAKER_TYPES, 0)
    sources: dict[str, dict[str, Any]] = {}
    for q in sorted(quotes, key=lambda q: q.span):
        kind = q.speaker_type if q.speaker_type in attributions else "unknown"
        attributions[kind] += 1
        key = source_key(q)
        entry = sources.get(key)
        if entry is None:
            entry = sources[key] = {
                "speaker": q.speaker,
                "speaker_type": kind,
                "affiliation": None,
                "count": 0,
            }
        entry["count"] += 1
        if entry["affiliation"] is None:
            entry["affiliation"] = affiliation(doc, q)
    ordered = sorted(sources.values(), key=lambda s: (-s["count"], str(s["speaker"])))
    return {
        "attributions": attributions,
        "distinct_sources": len(sources),
        "quoted_share": quoted_share(text, quotes),
        "sources": ordered,
    }
