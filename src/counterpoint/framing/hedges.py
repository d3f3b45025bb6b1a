"""Hedges and boosters: the words that set how certain an article's claims sound."""

from __future__ import annotations

from typing import TYPE_CHECKING

from counterpoint.framing.lexicons import phrase_list
from counterpoint.model import Hedge

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Modal verbs count as hedges only when tagged as modals: "May" the month and "might" the noun
# are not hedges.
MODALS = frozenset({"may", "might", "could"})


def find_hedges(doc: Doc) -> tuple[Hedge, ...]:
    """Hedges ("appear to", "possibly") and boosters ("clearly"), sorted by position."""
    tokens = list(doc)
    text = doc.text  # Doc.text rebuilds the string on every access: read it once
    hedges = phrase_list("hedges.txt")
    boosters = phrase_list("boosters.txt")
    out: list[Hedge] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kh = hedges.match_at(tokens, i)
        kb = boosters.match_at(tokens, i)
        if kh == 1 and tok.lower_ in MODALS and tok.tag_ != "MD":
            kh = 0
        k, kind = (kb, "booster") if kb > kh else (kh, "hedge")
        if k:
            start = tok.idx
            end = tokens[i + k - 1].idx + len(tokens[i + k - 1].text)
            out.append(Hedge(text[start:end], (start, end), kind))  # type: ignore[arg-type]
            i += k
        else:
            i += 1
    return tuple(out)


def certainty(items: tuple[Hedge, ...], words: int) -> dict[str, float | int]:
    """Counts and rates per 1,000 words of hedges and boosters."""
    n_hedges = sum(1 for h in items if h.kind == "hedge")
    n_boosters = sum(1 for h in items if h.kind == "booster")
    per = 1000.0 / words if words else 0.0
    return {
        "words": words,
        "hedges": n_hedges,
        "boosters": n_boosters,
        "hedges_per_1000_words": round(n_hedges * per, 2),
        "boosters_per_1000_words": round(n_boosters * per, 2),
    }
