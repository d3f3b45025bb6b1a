"""Rule detectors of loaded language and name-calling: our lexicons and patterns over tokens.

Lexicon hits (``loaded_language.txt``, ``name_calling.txt``, ``intensifiers.txt``; a label is
extended to the determiner and modifiers in front of it) and pattern hits: strong-valence
words from VADER's lexicon, superlatives of evaluative adjectives ("the sharpest"), intensifier
+ word ("unprecedentedly strict") and scare quotes around one to three words. ``loaded.py``
unites the lexicon hits with its detectors' spans, falls back on all the hits when no model is
shipped, and feeds them to the taggers as per-token features.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from counterpoint.framing.lexicons import phrase_list, vader_lexicon

Technique = Literal["loaded_language", "name_calling"]
TECHNIQUES: tuple[Technique, ...] = ("loaded_language", "name_calling")

# Smallest |VADER valence| (scale -4..4) at which an adjective or adverb counts as loaded by
# itself, and the stricter bar for nouns and verbs (which often name events: "killed", "war").
# Set by reading VADER's lexicon: around 2.5 its entries turn from mild ("sad" -2.1,
# "unfair" -2.1) to strong ("horrible" -2.5, "disgusting" -2.4 is just under).
VADER_MIN_ADJ = 2.5
VADER_MIN_OTHER = 3.0

# Words VADER scores strongly that news uses to report facts; never loaded by valence alone.
FACTUAL_VALENCE = frozenset(w for (w,) in phrase_list("factual_valence.txt").entries)

# Superlatives that measure rather than judge ("the largest city"); not loaded.
NEUTRAL_SUPERLATIVES = frozenset(w for (w,) in phrase_list("neutral_superlatives.txt").entries)

OPEN_QUOTES = frozenset("\"“‘'«")
CLOSE_QUOTES = frozenset("\"”’'»")
DETERMINER_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod"})


def rule_spans(
    tokens: Sequence[Any], *, lexicon_only: bool = False
) -> list[tuple[int, int, Technique]]:
    """Token spans ``(start, end, technique)`` found by lexicons and patterns.

    ``lexicon_only`` keeps the hand-built lexicon hits and drops the broader VADER, superlative
    and scare-quote patterns (used when the trained model covers those).
    """
    lexicon, patterns = rule_passes(tokens)
    return list(lexicon) if lexicon_only else [*lexicon, *patterns]


def rule_passes(
    tokens: Sequence[Any],
) -> tuple[list[tuple[int, int, Technique]], list[tuple[int, int, Technique]]]:
    """The lexicon hits and the pattern hits (VADER, superlatives, scare quotes), one pass."""
    loaded = phrase_list("loaded_language.txt")
    labels = phrase_list("name_calling.txt")
    intens = phrase_list("intensifiers.txt")
    out: list[tuple[int, int, Technique]] = []
    pats: list[tuple[int, int, Technique]] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        k = labels.match_at(tokens, i)
        if k:
            out.append((_np_start(tokens, i), i + k, "name_calling"))
            continue
        k = loaded.match_at(tokens, i)
        if k:
            out.append((_intensifier_start(tokens, i), i + k, "loaded_language"))
            continue
        if (
            intens.match_at(tokens, i)
            and i + 1 < n
            and tokens[i + 1].pos_ in {"ADJ", "ADV", "VERB"}
        ):
            out.append((i, i + 2, "loaded_language"))
            continue
        if _strong_valence(tok):
            pats.append((_intensifier_start(tokens, i), i + 1, "loaded_language"))
        elif _evaluative_superlative(tokens, i):
            pats.append((i - 1 if tokens[i - 1].lower_ == "most" else i, i + 1, "loaded_language"))
    pats.extend(_scare_quotes(tokens))
    return out, pats


def _np_start(tokens: Sequence[Any], i: int) -> int:
    """Extend a label to the determiner and modifiers directly in front of it."""
    start = i
    while (
        start > 0
        and tokens[start - 1].dep_ in DETERMINER_DEPS
        and start <= tokens[start - 1].head.i <= i
    ):
        start -= 1
    return start


def _intensifier_start(tokens: Sequence[Any], i: int) -> int:
    if (
        i > 0
        and tokens[i - 1].pos_ == "ADV"
        and (
            tokens[i - 1].lower_ in phrase_list("intensifiers.txt")
            or tokens[i - 1].lower_ in {"so", "truly", "really", "most"}
        )
    ):
        return i - 1
    return i


def _strong_valence(tok: Any) -> bool:
    if tok.lower_ in FACTUAL_VALENCE or tok.lemma_.lower() in FACTUAL_VALENCE:
        return False
    lex = vader_lexicon()
    v = lex.get(tok.lower_, lex.get(tok.lemma_.lower(), 0.0))
    if tok.pos_ in {"ADJ", "ADV"}:
        return abs(v) >= VADER_MIN_ADJ
    if tok.pos_ in {"NOUN", "VERB"}:
        return abs(v) >= VADER_MIN_OTHER
    return False


def _evaluative_superlative(tokens: Sequence[Any], i: int) -> bool:
    """'the sharpest shortage', 'the most brutal': a judging superlative after 'the'."""
    tok = tokens[i]
    if i == 0 or tok.lower_ in NEUTRAL_SUPERLATIVES:
        return False
    if tok.tag_ == "JJS":
        return tokens[i - 1].lower_ == "the"
    if tok.pos_ == "ADJ" and tokens[i - 1].lower_ == "most" and i >= 2:
        return tokens[i - 2].lower_ == "the" and (
            tok.lower_ in phrase_list("loaded_language.txt")
            or abs(vader_lexicon().get(tok.lower_, 0.0)) >= 1.5
        )
    return False


def _scare_quotes(tokens: Sequence[Any]) -> list[tuple[int, int, Technique]]:
    """One to three words inside quotation marks, not a quoted sentence or a title."""
    out: list[tuple[int, int, Technique]] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.text not in OPEN_QUOTES:
            continue
        for length in (1, 2, 3):
            j = i + 1 + length
            if j >= n or tokens[j].text not in CLOSE_QUOTES:
                continue
            inner = tokens[i + 1 : j]
            if any(not t.is_alpha and t.text != "-" for t in inner):
                break
            if all(t.is_title for t in inner) or any(t.is_sent_start for t in inner):
                break
            technique: Technique = (
                "name_calling" if inner[-1].pos_ in {"NOUN", "PROPN"} else "loaded_language"
            )
            out.append((i + 1, j, technique))
            break
    return out
