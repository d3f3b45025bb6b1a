"""Train the loaded-language / name-calling token tagger on the PTC *training* split.

Writes ``src/counterpoint/framing/data/loaded_model.json``: per technique, a linear-chain CRF
(labels O / I within each sentence, trained with python-crfsuite, L2-regularised) over the
binary features of ``counterpoint.framing.loaded.doc_features``, stored as plain weights
(per feature, the score of I minus that of O; features seen fewer than ``MIN_COUNT`` times,
and near-zero weights, are dropped) plus the 2x2 transition scores, and the decoding settings
(threshold on the marginal of I, gap, expand), chosen on a held-out fifth of the training
articles (by the span F1 of benchmarks/framing.py); the final model is refit on the whole
training split. The dev split is never read.

With ``--network`` it then trains the small spaCy tagger of ``counterpoint.framing.loaded``
(its own hash-embedding + CNN tok2vec) on the same four fifths, scores every epoch on the
held-out fifth blended with the linear tagger's probabilities, and ships the best epoch to
``src/counterpoint/framing/data/loaded_tagger`` with the chosen blend weight and decoding
settings (stored under "tagger" in loaded_model.json). The network is not refit on the whole
split: the shipped weights are exactly the ones the held-out scores describe.

Run:  .venv/bin/python benchmarks/train_framing.py [--limit N] [--rules] [--network]
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
NET_OUT = OUT.with_name("loaded_tagger")
CACHE = Path(tempfile.gettempdir()) / "counterpoint-ptc-train.spacy"
MIN_COUNT = 5  # features seen fewer times in training carry noise, not signal
# L2 strength of the CRF: chosen on the held-out fifth of train among 0.3 / 1.0 / 3.0 / 10.0
# (mean F1 0.296 / 0.302 / 0.313 / 0.292), at most 100 L-BFGS iterations.
C2 = 3.0
CRF_ITERATIONS = 100
MIN_WEIGHT = 0.02  # weights below this change a score by < 0.02: pruned from the file
THRESHOLDS = [0.02, 0.04, 0.06] + [x / 100 for x in range(8, 60, 4)]

# The network (not tuned on dev; sizes picked for a < 15 MB directory and ~1 min per epoch on
# one core): hash-embedding rows per attribute, width, CNN depth, epochs, dropout, batch size.
NET_ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "LEMMA", "POS", "DEP", "ENT_TYPE"]
NET_ROWS = [5000, 1000, 2500, 2500, 5000, 100, 200, 500]
NET_WIDTH = 96
NET_DEPTH = 4
NET_EPOCHS = 8
NET_FIRST_SCORED = 4  # epochs before this one are not scored (underfit, saves time)
NET_DROPOUT = 0.3
NET_BATCH = 32  # sentences per update
BLENDS = [0.5, 0.7, 1.0]  # weight of the network against the linear tagger
NET_THRESHOLDS = [0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]


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
    from counterpoint.framing.loaded import doc_features, token_flags

    out = {}
    for aid, doc in docs.items():
        tokens = list(doc)
        out[aid] = doc_features(tokens, token_flags(tokens))
    return out


def fit_crf(
    docs: dict[str, Any],
    feats: dict[str, list[list[str]]],
    labels: dict[str, list[int]],
    ids: list[str],
    vocab: dict[str, int],
) -> tuple[dict[str, float], list[list[float]]]:
    """Train a two-label CRF on the sentences of ``ids``; return per-feature weights (score of
    I minus score of O, pruned below ``MIN_WEIGHT``) and transitions ``[[OO, OI], [IO, II]]``."""
    import pycrfsuite

    names = sorted(vocab, key=vocab.__getitem__)
    trainer = pycrfsuite.Trainer(verbose=False)
    for a in ids:
        for sent in docs[a].sents:
            rows = range(sent.start, sent.end)
            # feature ids, not the strings: crfsuite's model dump cannot hold whitespace
            trainer.append(
                [[str(vocab[f]) for f in feats[a][k] if f in vocab] for k in rows],
                ["I" if labels[a][k] else "O" for k in rows],
            )
    trainer.set_params(
        {
            "c1": 0.0,
            "c2": C2,
            "max_iterations": CRF_ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "crf.bin")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    diff: dict[str, float] = {}
    for (attr, label), w in info.state_features.items():
        name = names[int(attr)]
        diff[name] = diff.get(name, 0.0) + (w if label == "I" else -w)
    weights = {f: round(w, 4) for f, w in sorted(diff.items()) if abs(w) >= MIN_WEIGHT}
    trans = [[round(float(info.transitions.get((x, y), 0.0)), 4) for y in "OI"] for x in "OI"]
    return weights, trans


def marginals(
    tokens: list[Any], feats: list[list[str]], weights: dict[str, float], trans: list[list[float]]
) -> list[float]:
    """The run-time probabilities of the CRF (``counterpoint.framing.loaded``) from features."""
    from counterpoint.framing.loaded import crf_marginals

    return crf_marginals(tokens, [sum(weights.get(f, 0.0) for f in fs) for fs in feats], trans)


def make_vocab(feats: dict[str, list[list[str]]], ids: list[str]) -> dict[str, int]:
    counts = Counter(f for a in ids for fs in feats[a] for f in set(fs))
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--rules", action="store_true")
    ap.add_argument("--network", action="store_true", help="also train the spaCy tagger")
    args = ap.parse_args(argv)
    docs, gold = parsed_train(args.limit)
    if args.rules:
        for mode in ("lexicon", "rules"):
            by_rules = bench.predict(docs, mode)
            for t in bench.TECHNIQUES.values():
                s = bench.score(by_rules, gold, t)
                print(f"train {mode:8s} {t:16s} P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}")
        return

    from counterpoint.framing.loaded import TECHNIQUES, decode, merge_with
    from counterpoint.framing.loaded_rules import rule_spans

    feats = features(docs)
    held = [a for a in docs if int(hashlib.md5(a.encode()).hexdigest(), 16) % 5 == 0]
    fit_ids = [a for a in docs if a not in set(held)]
    lexicon = {a: rule_spans(list(docs[a]), lexicon_only=True) for a in held}
    held_probs: dict[str, dict[str, Any]] = {}
    model: dict[str, Any] = {
        "about": "Token tagger (linear-chain CRF) for counterpoint.framing.loaded; trained by "
        "benchmarks/train_framing.py on the PTC 2020 training split (never dev).",
        "techniques": {},
    }
    for technique in TECHNIQUES:
        labels = {a: token_labels(docs[a], gold.get(a, {}).get(technique, [])) for a in docs}
        weights, trans = fit_crf(docs, feats, labels, fit_ids, make_vocab(feats, fit_ids))
        probs = {a: marginals(list(docs[a]), feats[a], weights, trans) for a in held}
        held_probs[technique] = probs
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
                    params = {
                        "threshold": th,
                        "gap": gap,
                        "expand": expand,
                        "held_out": {k: round(s[k], 3) for k in ("P", "R", "F1")},
                    }
                    if s["F1"] > best[0]:
                        best = (s["F1"], params)
                        print(f"held-out {technique} {params}", flush=True)
        weights, trans = fit_crf(docs, feats, labels, list(docs), make_vocab(feats, list(docs)))
        model["techniques"][technique] = {**best[1], "transitions": trans, "weights": weights}
        print(
            f"{technique}: {best[1]} (held-out F1 {best[0]:.3f}), {len(weights)} weights",
            flush=True,
        )
    if args.network:
        model["tagger"] = train_network(docs, gold, fit_ids, held, held_probs, lexicon)
    OUT.write_text(
        json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


def network_labels(doc: Any, spans: dict[str, list[tuple[int, int]]]) -> list[str]:
    """Per token: O, LL (loaded language), NC (name-calling) or BOTH."""
    ll = token_labels(doc, spans.get("loaded_language", []))
    nc = token_labels(doc, spans.get("name_calling", []))
    return [
        "BOTH" if a and b else "LL" if a else "NC" if b else "O"
        for a, b in zip(ll, nc, strict=True)
    ]


def new_network() -> Any:
    import spacy

    from counterpoint.framing.loaded import NETWORK_LABELS

    nlp = spacy.blank("en")
    nlp.meta["name"] = "counterpoint_loaded_tagger"
    nlp.meta["description"] = (
        "Token tagger (O/LL/NC/BOTH) for counterpoint.framing.loaded, trained by "
        "benchmarks/train_framing.py on the PTC 2020 training split; weights only."
    )
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": NET_WIDTH,
            "attrs": NET_ATTRS,
            "rows": NET_ROWS,
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": NET_WIDTH,
            "depth": NET_DEPTH,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    }
    tagger = nlp.add_pipe(
        "tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": tok2vec}}
    )
    for label in NETWORK_LABELS:
        tagger.add_label(label)  # type: ignore[attr-defined]
    return nlp


def train_network(
    docs: dict[str, Any],
    gold: bench.Spans,
    fit_ids: list[str],
    held: list[str],
    linear: dict[str, dict[str, Any]],
    lexicon: dict[str, list[Any]],
) -> dict[str, Any]:
    """Train the network on ``fit_ids``; pick epoch, blend and decoding on ``held``; save."""
    import random
    import shutil

    from spacy.tokens import Doc
    from spacy.training import Example

    from counterpoint.framing.loaded import (
        TECHNIQUES,
        blend,
        decode,
        merge_with,
        network_doc,
        network_scores,
        token_flags,
    )

    nlp = new_network()
    flags = {a: token_flags(list(docs[a])) for a in docs}
    examples = []
    for a in fit_ids:
        full = network_doc(nlp.vocab, list(docs[a]), flags[a])
        labels = network_labels(docs[a], gold.get(a, {}))
        for sent in docs[a].sents:
            if len(sent) < 2:
                continue
            pred = full[sent.start : sent.end].as_doc()
            ref = Doc(
                nlp.vocab,
                words=[t.text for t in pred],
                spaces=[bool(t.whitespace_) for t in pred],
                tags=labels[sent.start : sent.end],
            )
            examples.append(Example(pred, ref))
    opt = nlp.initialize(lambda: examples)
    gold_held = {a: gold.get(a, {}) for a in held}
    held_tokens = {a: list(docs[a]) for a in held}
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    tmp = Path(tempfile.mkdtemp(prefix="counterpoint-net-"))
    random.seed(0)
    for epoch in range(NET_EPOCHS):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for i in range(0, len(examples), NET_BATCH):
            nlp.update(examples[i : i + NET_BATCH], sgd=opt, losses=losses, drop=NET_DROPOUT)
        print(f"epoch {epoch + 1} loss {losses['tagger']:.0f}", flush=True)
        if epoch + 1 < NET_FIRST_SCORED:
            continue
        net = {a: network_scores(list(docs[a]), nlp, flags[a]) for a in held}
        for w in BLENDS:
            probs = {a: blend(net[a], {t: list(linear[t][a]) for t in TECHNIQUES}, w) for a in held}
            choice: dict[str, Any] = {"blend": w, "epoch": epoch + 1, "techniques": {}}
            f1s = []
            for technique in TECHNIQUES:
                top: tuple[float, dict[str, Any]] = (-1.0, {})
                for th in NET_THRESHOLDS:
                    for gap in (0, 1):
                        for lex in (True,):  # lexicon hits always count
                            guess: bench.Spans = {}
                            for a in held:
                                tokens = held_tokens[a]
                                spans = [
                                    (s, e, technique)
                                    for s, e in decode(tokens, probs[a][technique], th, gap=gap)
                                ]
                                found = merge_with(
                                    docs[a].text, tokens, spans, lexicon[a] if lex else []
                                )
                                guess[a] = {
                                    technique: [x.span for x in found if x.technique == technique]
                                }
                            sc = bench.score(guess, gold_held, technique)
                            if sc["F1"] > top[0]:
                                top = (
                                    sc["F1"],
                                    {
                                        "threshold": th,
                                        "gap": gap,
                                        "lexicon": lex,
                                        "held_out": {k: round(sc[k], 3) for k in ("P", "R", "F1")},
                                    },
                                )
                choice["techniques"][technique] = top[1]
                f1s.append(top[0])
            mean = sum(f1s) / len(f1s)
            print(
                f"epoch {epoch + 1} loss {losses['tagger']:.0f} blend {w}: held-out "
                + ", ".join(f"{t} {choice['techniques'][t]}" for t in TECHNIQUES)
                + f" mean F1 {mean:.3f}",
                flush=True,
            )
            if mean > best[0]:
                best = (mean, choice)
                if w == choice["blend"] and not (tmp / str(epoch)).exists():
                    nlp.to_disk(tmp / str(epoch))
    chosen = best[1]
    shutil.rmtree(NET_OUT, ignore_errors=True)
    shutil.copytree(tmp / str(chosen["epoch"] - 1), NET_OUT)
    # the string store keeps words in the order they were first seen, which would retrace
    # fragments of the training articles: store it sorted (spaCy hashes strings, order is moot)
    strings = NET_OUT / "vocab" / "strings.json"
    strings.write_text(json.dumps(sorted(set(json.loads(strings.read_text("utf-8"))))), "utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    size = sum(f.stat().st_size for f in NET_OUT.rglob("*") if f.is_file())
    print(
        f"network: {chosen} (held-out mean F1 {best[0]:.3f}); wrote {NET_OUT} "
        f"({size / 2**20:.1f} MiB)"
    )
    return chosen


if __name__ == "__main__":
    main()
