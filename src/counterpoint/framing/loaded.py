"""Loaded language and name-calling: spans of words that carry emotion or pin a label.

Two detectors share one token view of the parsed document:

* **rules** (``loaded_rules.py``) — our lexicons (``loaded_language.txt``, ``name_calling.txt``,
  ``intensifiers.txt``), strong-valence words from VADER's lexicon, superlatives of evaluative
  adjectives ("the sharpest"), intensifier + word ("unprecedentedly strict") and scare quotes
  around one to three words (“fakes”).
* **model** — per technique, a linear-chain CRF token tagger (labels O / I within a
  sentence) trained on the PTC training split by ``benchmarks/train_framing.py`` and shipped
  as plain weights and transition scores in ``data/loaded_model.json`` (no pickle, no
  crfsuite at run time: the marginals come from a small forward-backward here). Its features
  include the rules' lexicon hits, subjectivity (Pattern's adjective lexicon as textblob
  ships it), word rarity (``wordfreq``), affixes and the neighbouring words. A model file
  without transitions is read as a logistic regression (the format of earlier rounds).
* **network** — a small spaCy tagger (its own hash-embedding + CNN tok2vec, labels O / LL /
  NC / BOTH) trained by the same script on the PTC training split and shipped as a spaCy
  pipeline directory ``data/loaded_tagger`` (weights and vocabulary strings only). It reads the
  words, lemmas, POS and dependency labels of the English parse plus, per token, the rules'
  lexicon/pattern flags and VADER valence bucket. When both are shipped, their token
  probabilities are blended with the weight stored in ``loaded_model.json`` ("tagger").

Fallbacks: without ``loaded_tagger`` the linear model alone decides; without
``loaded_model.json`` the rules do. Lexicon hits are always united with the detectors' spans,
so a word in our lexicons is reported even when the detectors miss it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from counterpoint.framing.lexicons import (
    data_path,
    loaded_model,
    subjectivity,
    vader_lexicon,
    zipf,
)
from counterpoint.framing.loaded_rules import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    TECHNIQUES,
    Technique,
    _np_start,
    rule_passes,
)
from counterpoint.model import Loaded

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Subjectivity (0..1, Pattern's lexicon) from which a neighbouring word counts as subjective:
# the lexicon's own midpoint between objective and subjective.
SUBJECTIVE = 0.5
# Bound on a token's CRF score before exponentiation (exp(30) ~ 1e13: a certain label either
# way, and no overflow when a sentence's scores are multiplied together).
MAX_SCORE = 30.0
# Dependents of a token turned into features (first ones in text order); a bound on the cost.
MAX_CHILDREN = 4


def find_loaded(doc: Doc) -> tuple[Loaded, ...]:
    """Spans of loaded language and name-calling in a parsed document, sorted by position."""
    tokens = list(doc)
    if not tokens:
        return ()
    model = loaded_model()
    passes = rule_passes(tokens)
    lexicon = passes[0]
    if model is None:
        return merge_with(doc.text, tokens, [*lexicon, *passes[1]], lexicon)
    net = network() if "tagger" in model else None
    if net is None:
        return merge_with(doc.text, tokens, model_spans(tokens, model, passes), lexicon)
    found = blended_spans(tokens, model, net, float(model["tagger"]["blend"]))
    return merge_with(doc.text, tokens, found, lexicon)


def merge_with(
    text: str,
    tokens: Sequence[Any],
    found: Iterable[tuple[int, int, Technique]],
    lexicon: Iterable[tuple[int, int, Technique]],
) -> tuple[Loaded, ...]:
    """Detector spans united with lexicon hits. A lexicon hit takes precedence over a detector
    span of the other technique: the span is cut around the hit (one reading per word), and
    the pieces left without a content word are dropped."""
    lex = list(lexicon)
    spans: set[tuple[int, int, Technique]] = set(lex)
    for s, e, t in found:
        pieces = [(s, e)]
        for ls, le, lt in lex:
            if lt == t:
                continue
            cut: list[tuple[int, int]] = []
            for ps, pe in pieces:
                if ls < pe and ps < le:
                    cut.extend(x for x in ((ps, ls), (le, pe)) if x[0] < x[1])
                else:
                    cut.append((ps, pe))
            pieces = cut
        for ps, pe in pieces:
            while ps < pe and (tokens[ps].is_punct or tokens[ps].is_space):
                ps += 1
            while pe > ps and (tokens[pe - 1].is_punct or tokens[pe - 1].is_space):
                pe -= 1
            if any(_content(tokens[k]) for k in range(ps, pe)):
                spans.add((ps, pe, t))
    return _to_loaded(text, tokens, spans)


def _to_loaded(
    text: str, tokens: Sequence[Any], spans: Iterable[tuple[int, int, Technique]]
) -> tuple[Loaded, ...]:
    """Merge overlapping token spans of one technique and turn them into character spans."""
    out: list[Loaded] = []
    for technique in TECHNIQUES:
        ranges = sorted((s, e) for s, e, t in spans if t == technique)
        merged: list[list[int]] = []
        for s, e in ranges:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        for s, e in merged:
            start = tokens[s].idx
            end = tokens[e - 1].idx + len(tokens[e - 1].text)
            out.append(Loaded(text[start:end], (start, end), technique))
    out.sort(key=lambda x: (x.span, x.technique))
    return tuple(out)


# --- model ------------------------------------------------------------------------------------


def token_features(tokens: Sequence[Any], i: int, flags: Sequence[frozenset[str]]) -> list[str]:
    """Sparse binary features of token ``i`` for the tagger (see :func:`doc_features`)."""
    return doc_features(tokens, flags)[i]


def doc_features(tokens: Sequence[Any], flags: Sequence[frozenset[str]]) -> list[list[str]]:
    """Sparse binary features of every token for the tagger (shared by training and run time).

    ``flags`` holds, per token, the lexicon/pattern tags from :func:`token_flags`. Per token:
    word, lemma, POS, tag, dependency, suffixes and prefix, VADER valence bucket, head lemma and
    POS, title case, the flags, and the words, POS, flags and strong valence two either side;
    then features that generalise past the training words: subjectivity and polarity (Pattern's
    adjective lexicon, read from the textblob package), word rarity (Zipf frequency), letter case,
    hyphenation, the bigram with the previous word, the dependents and the POS window.
    The token attributes are read once per document (spaCy rebuilds strings on each access).
    """
    n = len(tokens)
    vader = vader_lexicon()
    table = subjectivity()
    lower = [t.lower_ for t in tokens]
    lemma = [t.lemma_.lower() for t in tokens]
    pos = [t.pos_ for t in tokens]
    dep = [t.dep_ for t in tokens]
    first = tokens[0].i if n else 0
    head = [t.head.i - first for t in tokens]
    children: list[list[int]] = [[] for _ in tokens]
    for k, h in enumerate(head):
        if h != k and 0 <= h < n and len(children[h]) < MAX_CHILDREN:
            children[h].append(k)
    # head lemma and POS (read from the token itself when the head lies outside ``tokens``)
    head_lemma, head_pos = [], []
    for t, h in zip(tokens, head, strict=True):
        head_lemma.append(lemma[h] if 0 <= h < n else t.head.lemma_.lower())
        head_pos.append(pos[h] if 0 <= h < n else t.head.pos_)
    word_v = [vader.get(w, 0.0) for w in lower]
    subj = [table.get(w) for w in lower]
    out: list[list[str]] = []
    for i, tok in enumerate(tokens):
        w = lower[i]
        v = word_v[i] if w in vader else vader.get(lemma[i], 0.0)
        b = _bucket(v)
        feats = [
            "bias",
            f"w={w}",
            f"l={lemma[i]}",
            f"p={pos[i]}",
            f"t={tok.tag_}",
            f"d={dep[i]}",
            f"s3={w[-3:]}",
            f"v={b}",
            f"vp={b}|{pos[i]}",
            f"hl={head_lemma[i]}",
            f"hp={head_pos[i]}|{dep[i]}",
            f"p3={w[:3]}",
            f"s4={w[-4:]}",
            f"hd={head_lemma[i]}|{dep[i]}",
            f"sp={pos[i]}|{pos[i - 1] if i > 0 else '^'}|{pos[i + 1] if i + 1 < n else '$'}",
        ]
        if tok.is_title and not tok.is_sent_start:
            feats.append("title")
        sp = subj[i] if subj[i] is not None else table.get(lemma[i])
        if sp is not None:
            level = round(sp[1] * 4)
            feats += [f"sb={level}", f"sbp={level}|{pos[i]}", f"pl={round(sp[0] * 2)}"]
        if tok.is_alpha:
            z = min(6, int(zipf(w)))
            feats += [f"z={z}", f"zp={z}|{pos[i]}"]
        if tok.is_upper and len(tok.text) > 1:
            feats.append("upper")
        if "-" in w:
            feats.append("hyph")
        if i > 0:
            feats.append(f"bg={lower[i - 1]}|{w}")
        feats += [f"ch={dep[c]}|{lemma[c]}" for c in children[i]]
        for f in flags[i]:
            feats.append(f"f={f}")
            feats.append(f"fp={f}|{pos[i]}")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats.append(f"w{off}={lower[j]}")
                feats.append(f"p{off}={pos[j]}")
                for f in flags[j]:
                    feats.append(f"f{off}={f}")
                if abs(word_v[j]) >= 1.5:
                    feats.append(f"v{off}={_bucket(word_v[j])}")
                if off in (-1, 1):
                    other = subj[j]
                    if other is not None and other[1] >= SUBJECTIVE:
                        feats.append(f"sb{off}=hi")
            else:
                feats.append(f"w{off}=<edge>")
        out.append(feats)
    return out


def _bucket(v: float) -> str:
    if v == 0.0:
        return "0"
    return f"{'+' if v > 0 else '-'}{min(3, int(abs(v)))}"


def token_flags(
    tokens: Sequence[Any],
    passes: tuple[list[tuple[int, int, Technique]], list[tuple[int, int, Technique]]]
    | None = None,
) -> list[frozenset[str]]:
    """Per token, which rules fire on it: ``ll``/``nc`` (lexicon spans), ``pat`` (patterns).
    ``passes``: the lexicon and pattern hits of :func:`rule_passes` when the caller has them."""
    lexicon, patterns = rule_passes(tokens) if passes is None else passes
    flags: list[set[str]] = [set() for _ in tokens]
    for s, e, t in lexicon:
        for k in range(s, e):
            flags[k].add("nc" if t == "name_calling" else "ll")
    lexicon_hits = set(lexicon)
    for s, e, t in patterns:
        if (s, e, t) not in lexicon_hits:
            for k in range(s, e):
                flags[k].add("pat_nc" if t == "name_calling" else "pat_ll")
    in_quote = False
    for k, tok in enumerate(tokens):
        if tok.text in OPEN_QUOTES | CLOSE_QUOTES:
            in_quote = not in_quote
        elif in_quote:
            flags[k].add("q")
    return [frozenset(f) for f in flags]


def token_scores(
    tokens: Sequence[Any],
    model: dict[str, Any],
    flags: Sequence[frozenset[str]] | None = None,
) -> dict[Technique, list[float]]:
    """Probability per token of lying inside a span of each technique.

    A technique with ``transitions`` is a linear-chain CRF over the labels O / I within each
    sentence (weights: per feature, the score of I minus the score of O) and the probability
    is the marginal of I; without them, the weights are a logistic regression's."""
    flags = token_flags(tokens) if flags is None else flags
    joint = _joint_weights(model)
    zero = [0.0] * len(TECHNIQUES)
    rows = []
    for feats in doc_features(tokens, flags):
        hits = [w for w in map(joint.get, feats) if w is not None]
        rows.append([sum(col) for col in zip(*hits, strict=True)] if hits else zero)
    out: dict[Technique, list[float]] = {}
    for k, technique in enumerate(TECHNIQUES):
        params = model["techniques"][technique]
        bias = float(params.get("intercept", 0.0))
        scores = [bias + row[k] for row in rows]
        trans = params.get("transitions")
        if trans is None:
            out[technique] = [_sigmoid(x) for x in scores]
        else:
            out[technique] = crf_marginals(tokens, scores, trans)
    return out


def _joint_weights(model: dict[str, Any]) -> dict[str, tuple[float, ...]]:
    """Feature -> its weight for each technique (in ``TECHNIQUES`` order), so scoring looks a
    feature up once instead of once per technique. Built on first use and kept in the model
    dict under ``_joint`` (derived from the weights, never written back to the file)."""
    joint: dict[str, tuple[float, ...]] | None = model.get("_joint")
    if joint is None:
        tables = [model["techniques"][t]["weights"] for t in TECHNIQUES]
        names = set().union(*tables)
        joint = {f: tuple(float(t.get(f, 0.0)) for t in tables) for f in names}
        model["_joint"] = joint
    return joint


def crf_marginals(
    tokens: Sequence[Any], scores: Sequence[float], trans: Sequence[Sequence[float]]
) -> list[float]:
    """Marginal probability of label I per token of a two-label (O / I) linear-chain CRF,
    by forward-backward in log space over each sentence. ``scores[t]``: state score of I minus
    that of O at token t; ``trans[a][b]``: score of label a followed by label b (0 = O)."""
    out: list[float] = []
    n = len(tokens)
    start = 0
    while start < n:
        end = start + 1
        while end < n and not tokens[end].is_sent_start:
            end += 1
        out.extend(_chain_marginals(scores[start:end], trans))
        start = end
    return out


def _chain_marginals(d: Sequence[float], trans: Sequence[Sequence[float]]) -> list[float]:
    """Forward-backward over one sentence in probability space, each step rescaled to sum 1
    (two labels: one ``exp`` per token instead of log-sum-exps)."""
    (oo, oi), (io, ii) = (tuple(math.exp(x) for x in row) for row in trans)
    pot = [math.exp(min(MAX_SCORE, max(-MAX_SCORE, x))) for x in d]
    m = len(pot)
    fwd = [(1 / (1 + pot[0]), pot[0] / (1 + pot[0]))]
    for t in range(1, m):
        a0, a1 = fwd[-1]
        f0, f1 = a0 * oo + a1 * io, (a0 * oi + a1 * ii) * pot[t]
        z = f0 + f1
        fwd.append((f0 / z, f1 / z))
    bwd = [(0.5, 0.5)] * m
    for t in range(m - 2, -1, -1):
        b0, b1 = bwd[t + 1]
        nxt = pot[t + 1] * b1
        g0, g1 = oo * b0 + oi * nxt, io * b0 + ii * nxt
        z = g0 + g1
        bwd[t] = (g0 / z, g1 / z)
    out = []
    for (f0, f1), (b0, b1) in zip(fwd, bwd, strict=True):
        x, y = f0 * b0, f1 * b1
        out.append(y / (x + y))
    return out


def model_spans(
    tokens: Sequence[Any],
    model: dict[str, Any],
    passes: tuple[list[tuple[int, int, Technique]], list[tuple[int, int, Technique]]]
    | None = None,
) -> list[tuple[int, int, Technique]]:
    """Spans the tagger finds, decoded with each technique's stored settings."""
    scores = token_scores(tokens, model, token_flags(tokens, passes))
    out: list[tuple[int, int, Technique]] = []
    for technique in TECHNIQUES:
        params = model["techniques"][technique]
        out.extend(
            (s, e, technique)
            for s, e in decode(
                tokens,
                scores[technique],
                float(params["threshold"]),
                gap=int(params.get("gap", 0)),
                expand=bool(params.get("expand", False)),
            )
        )
    return out


def decode(
    tokens: Sequence[Any],
    probs: Sequence[float],
    threshold: float,
    *,
    gap: int = 0,
    expand: bool = False,
) -> list[tuple[int, int]]:
    """Runs of tokens scoring at least ``threshold`` within one sentence.

    ``gap``: bridge up to this many low tokens between two high ones ("utterly , totally").
    ``expand``: grow a run to the modifiers in front of its last word ("the Kim regime").
    Runs are trimmed of punctuation at both ends.
    """
    n = len(tokens)
    marked = [p >= threshold for p in probs]
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not marked[i]:
            i += 1
            continue
        j = i + 1
        while j < n and not tokens[j].is_sent_start:
            if marked[j]:
                j += 1
                continue
            ahead = next((k for k in range(j, min(n, j + gap + 1)) if marked[k]), None)
            if ahead is None or any(tokens[k].is_sent_start for k in range(j, ahead + 1)):
                break
            j = ahead
        s, e = i, j
        if expand:
            s = min(s, _np_start(tokens, e - 1))
        while s < e and (tokens[s].is_punct or tokens[s].is_space):
            s += 1
        while e > s and (tokens[e - 1].is_punct or tokens[e - 1].is_space):
            e -= 1
        # a run of only function words or names ("of", "it", "Pyongyang") is tagger noise:
        # loaded words and labels are content words
        if e > s and any(_content(tokens[k]) for k in range(s, e)):
            out.append((s, e))
        i = j
    return out


def _content(tok: Any) -> bool:
    return not tok.is_stop and tok.pos_ in {"ADJ", "ADV", "NOUN", "VERB", "INTJ"}


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


# --- network ----------------------------------------------------------------------------------

# Directory (under framing/data) of the spaCy tagger pipeline written by train_framing.py.
NETWORK_DIR = "loaded_tagger"
NETWORK_LABELS = ("O", "LL", "NC", "BOTH")


@cache
def network() -> Any | None:
    """The shipped spaCy tagger pipeline, or None when the directory is missing."""
    path = data_path(NETWORK_DIR)
    if not (path / "config.cfg").is_file():
        return None
    import spacy

    return spacy.load(path)


def network_doc(vocab: Any, tokens: Sequence[Any], flags: Sequence[frozenset[str]]) -> Any:
    """A copy of the parsed tokens for the network: words, lemmas, POS and dependency labels of
    the English parse; the rules' flags and VADER bucket ride in the entity type (the network's
    ENT_TYPE feature), one single-token entity per token. Shared by training and run time."""
    from spacy.tokens import Doc

    lex = vader_lexicon()
    ents = []
    for tok, f in zip(tokens, flags, strict=True):
        v = lex.get(tok.lower_, lex.get(tok.lemma_.lower(), 0.0))
        ents.append(f"B-{'_'.join(sorted(f))}|{_bucket(v)}")
    return Doc(
        vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        lemmas=[t.lemma_ or t.text for t in tokens],
        pos=[t.pos_ or "X" for t in tokens],
        heads=[t.head.i for t in tokens],
        deps=[t.dep_ or "dep" for t in tokens],
        ents=ents,
    )


def network_scores(
    tokens: Sequence[Any], net: Any, flags: Sequence[frozenset[str]]
) -> dict[Technique, list[float]]:
    """Probability per token (softmax over the network's labels) of each technique."""
    import numpy as np

    tagger = net.get_pipe("tagger")
    logits = np.asarray(tagger.model.predict([network_doc(net.vocab, tokens, flags)])[0])
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = z / z.sum(axis=1, keepdims=True)
    col = {label: i for i, label in enumerate(tagger.labels)}
    both = p[:, col["BOTH"]]
    return {
        "loaded_language": (p[:, col["LL"]] + both).tolist(),
        "name_calling": (p[:, col["NC"]] + both).tolist(),
    }


def blend(
    a: dict[Technique, list[float]], b: dict[Technique, list[float]], weight: float
) -> dict[Technique, list[float]]:
    """``weight`` * a + (1 - weight) * b, per technique and token."""
    return {t: [weight * x + (1 - weight) * y for x, y in zip(a[t], b[t], strict=True)] for t in a}


def blended_spans(
    tokens: Sequence[Any], model: dict[str, Any], net: Any, weight: float
) -> list[tuple[int, int, Technique]]:
    """Spans from the network's and the linear tagger's blended token probabilities."""
    flags = token_flags(tokens)
    probs = blend(network_scores(tokens, net, flags), token_scores(tokens, model, flags), weight)
    out: list[tuple[int, int, Technique]] = []
    for technique in TECHNIQUES:
        params = model["tagger"]["techniques"][technique]
        out.extend(
            (s, e, technique)
            for s, e in decode(
                tokens, probs[technique], float(params["threshold"]), gap=int(params["gap"])
            )
        )
    return out
