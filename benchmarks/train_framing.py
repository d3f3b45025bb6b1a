"""Train the loaded-language / name-calling token tagger on the PTC *training* split.

Writes ``src/counterpoint/framing/data/loaded_model.json``: per technique, the logistic
regression weights of the binary features of ``counterpoint.framing.loaded.token_features``
(features seen fewer than ``MIN_COUNT`` times, and near-zero weights, are dropped), the
intercept and the decoding settings (threshold, gap, expand), chosen on a held-out fifth of the
training articles (by the span F1 of benchmarks/framing.py); the final model is refit on the
whole training split. The dev split is never read.

Run:  .venv/bin/python benchmarks/train_framing.py [--limit N] [--rules]
(``--rules`` only prints the rule detectors' scores on the training split, for tuning them.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import framing as bench  # noqa: E402  (benchmarks/framing.py: loader and scorer)

OUT = REPO / "src" / "counterpoint" / "framing" / "data" / "loaded_model.json"
CACHE = Path(tempfile.gettempdir()) / "counterpoint-ptc-train.spacy"
MIN_COUNT = 5  # features seen fewer times in training carry noise, not signal
C = 0.3  # inverse L2 strength; not tuned: stronger than sklearn's 1.0 for many rare word features
MIN_WEIGHT = 0.05  # weights below this change a probability by < 5%: pruned from the file
THRESHOLDS = [x / 100 for x in range(8, 44, 4)]


def parsed_train(limit: int | None) -> tuple[dict[str, Any], bench.Spans]:
    """Parsed training articles (cached as a DocBin in the temp dir) and their gold spans."""
    from spacy.tokens import DocBin

    articles, gold = bench.load_split("train", limit)
    nlp = bench.load_nlp()
    key = hashlib.sha256("".join(articles).encode()).hexdigest()[:12]
    cache = CACHE.with_suffix(f".{key}.spacy")
    if cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = bench.parse(nlp, list(articles.values()))
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return dict(zip(articles, docs, strict=True)), gold


def token_labels(doc: Any, spans: list[tuple[int, int]]) -> list[int]:
    """1 for tokens whose characters overlap a gold span."""
    marks = bytearray(len(doc.text) + 1)
    for s, e in spans:
        marks[s:e] = b"\x01" * (e - s)
    return [int(any(marks[t.idx : t.idx + len(t.text)])) for t in doc]


def features(docs: dict[str, Any]) -> dict[str, list[list[str]]]:
    from counterpoint.framing.loaded import token_features, token_flags

    out = {}
    for aid, doc in docs.items():
        tokens = list(doc)
        flags = token_flags(tokens)
        out[aid] = [token_features(tokens, i, flags) for i in range(len(tokens))]
    return out


def matrix(feats: list[list[str]], vocab: dict[str, int]) -> Any:
    """Sparse binary matrix of the features (rows: tokens, columns: vocab)."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, fs in enumerate(feats):
        for f in fs:
            c = vocab.get(f)
            if c is not None:
                rows.append(r)
                cols.append(c)
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(feats), len(vocab)))


def fit(feats: list[list[str]], labels: list[int], vocab: dict[str, int]) -> tuple[Any, float]:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, solver="liblinear", max_iter=200)
    clf.fit(matrix(feats, vocab), labels)
    return clf.coef_[0], float(clf.intercept_[0])


def export(
    coef: Any, intercept: float, vocab: dict[str, int], params: dict[str, Any]
) -> dict[str, Any]:
    weights = {
        f: round(float(coef[i]), 4) for f, i in sorted(vocab.items()) if abs(coef[i]) >= MIN_WEIGHT
    }
    return {"intercept": round(intercept, 4), **params, "weights": weights}


def make_vocab(feats: dict[str, list[list[str]]], ids: list[str]) -> dict[str, int]:
    counts = Counter(f for a in ids for fs in feats[a] for f in set(fs))
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--rules", action="store_true")
    args = ap.parse_args(argv)
    docs, gold = parsed_train(args.limit)
    if args.rules:
        for mode in ("lexicon", "rules"):
            pred = bench.predict(docs, mode)
            for t in bench.TECHNIQUES.values():
                s = bench.score(pred, gold, t)
                print(f"train {mode:8s} {t:16s} P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}")
        return

    import numpy as np

    from counterpoint.framing.loaded import TECHNIQUES, decode, merge_with, rule_spans

    feats = features(docs)
    held = [a for a in docs if int(hashlib.md5(a.encode()).hexdigest(), 16) % 5 == 0]
    fit_ids = [a for a in docs if a not in set(held)]
    lexicon = {a: rule_spans(list(docs[a]), lexicon_only=True) for a in held}
    model: dict[str, Any] = {
        "about": "Token tagger for counterpoint.framing.loaded; trained by "
        "benchmarks/train_framing.py on the PTC 2020 training split (never dev).",
        "techniques": {},
    }
    for technique in TECHNIQUES:
        labels = {a: token_labels(docs[a], gold.get(a, {}).get(technique, [])) for a in docs}
        vocab = make_vocab(feats, fit_ids)
        coef, b = fit(
            [fs for a in fit_ids for fs in feats[a]], [y for a in fit_ids for y in labels[a]], vocab
        )
        probs = {a: 1 / (1 + np.exp(-(matrix(feats[a], vocab) @ coef + b))) for a in held}
        best: tuple[float, dict[str, Any]] = (-1.0, {})
        for th in THRESHOLDS:
            for gap in (0, 1):
                for expand in (False, True):
                    pred: bench.Spans = {}
                    for a in held:
                        tokens = list(docs[a])
                        spans = [
                            (s, e, technique)
                            for s, e in decode(tokens, probs[a], th, gap=gap, expand=expand)
                        ]
                        found = merge_with(docs[a].text, tokens, spans, lexicon[a])
                        pred[a] = {technique: [x.span for x in found if x.technique == technique]}
                    s = bench.score(pred, {a: gold.get(a, {}) for a in held}, technique)
                    params = {"threshold": th, "gap": gap, "expand": expand}
                    if s["F1"] > best[0]:
                        best = (s["F1"], params)
                        print(f"held-out {technique} {params}: ", end="")
                        print(f"P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}")
        vocab = make_vocab(feats, list(docs))
        coef, b = fit(
            [fs for a in docs for fs in feats[a]], [y for a in docs for y in labels[a]], vocab
        )
        model["techniques"][technique] = export(coef, b, vocab, best[1])
        print(
            f"{technique}: {best[1]} (held-out F1 {best[0]:.3f}), "
            f"{len(model['techniques'][technique]['weights'])} weights"
        )
    OUT.write_text(
        json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
