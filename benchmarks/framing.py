"""Score counterpoint's loaded-language and name-calling spans on the PTC dev split.

Data: ``../shared/benchmarks/ptc2020`` (SemEval-2020 Task 11, Propaganda Techniques Corpus v2):
``dev-articles/`` and ``dev-task-TC.labels``. Only the two techniques counterpoint reports are
scored: Loaded_Language (our ``loaded_language``) and Name_Calling,Labeling (``name_calling``).

Metric (the task's span scorer, re-implemented here): spans are character ranges; overlapping
spans of one technique in one article are merged first (as the official scorer does). With
predicted spans S and gold spans T of the same technique,

    P = (1/|S|) * sum_{s in S} sum_{t in T} |s ∩ t| / |s|
    R = (1/|T|) * sum_{t in T} sum_{s in S} |s ∩ t| / |t|
    F1 = 2PR / (P + R)

Run:  .venv/bin/python benchmarks/framing.py [--limit N] [--no-docs]
Prints a table and rewrites the "framing" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PTC = REPO.parent / "shared" / "benchmarks" / "ptc2020"
DOCS = REPO / "docs" / "benchmarks.md"
NETWORK_DIR = REPO / "src" / "counterpoint" / "framing" / "data" / "loaded_tagger"
SECTION = "framing"

# PTC technique name -> counterpoint technique
TECHNIQUES = {"Loaded_Language": "loaded_language", "Name_Calling,Labeling": "name_calling"}

# Published reference points (Da San Martino et al., SemEval-2020 Task 11 overview): the best
# span-identification systems reached F1 0.49-0.52 over all techniques merged (SI subtask),
# with ensembles of large pre-trained Transformers; no per-technique span F1 was published.
REFERENCE = "best SemEval-2020 SI systems: F1 ≈ 0.49–0.52 (all techniques, Transformers)"

Spans = dict[str, dict[str, list[tuple[int, int]]]]  # article -> technique -> spans


def load_split(split: str, limit: int | None = None) -> tuple[dict[str, str], Spans]:
    """Articles (id -> text) and gold spans of our two techniques for ``train`` or ``dev``."""
    folder = PTC / f"{split}-articles"
    labels = PTC / ("train-task2-TC.labels" if split == "train" else "dev-task-TC.labels")
    if not folder.is_dir() or not labels.is_file():
        raise SystemExit(f"PTC {split} split not found under {PTC}")
    articles: dict[str, str] = {}
    for path in sorted(folder.glob("article*.txt")):
        articles[path.stem.removeprefix("article")] = path.read_text(encoding="utf-8")
        if limit and len(articles) >= limit:
            break
    gold: Spans = defaultdict(lambda: defaultdict(list))
    for line in labels.read_text(encoding="utf-8").splitlines():
        aid, technique, start, end = line.split("\t")
        if aid in articles and technique in TECHNIQUES:
            gold[aid][TECHNIQUES[technique]].append((int(start), int(end)))
    return articles, gold


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def score(pred: Spans, gold: Spans, technique: str) -> dict[str, float]:
    """Partial-overlap precision, recall and F1 of one technique over all articles."""
    p_sum = r_sum = 0.0
    n_pred = n_gold = 0
    for aid in set(pred) | set(gold):
        ps = merge(pred.get(aid, {}).get(technique, []))
        gs = merge(gold.get(aid, {}).get(technique, []))
        n_pred += len(ps)
        n_gold += len(gs)
        for s, e in ps:
            for gs_, ge in gs:
                inter = min(e, ge) - max(s, gs_)
                if inter > 0:
                    p_sum += inter / (e - s)
                    r_sum += inter / (ge - gs_)
    p = p_sum / n_pred if n_pred else 0.0
    r = r_sum / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f, "pred": n_pred, "gold": n_gold}


def load_nlp() -> Any:
    """The bare spaCy pipeline named by Settings.spacy_model (first installed wins)."""
    import spacy

    from counterpoint.settings import DEFAULT

    for name in DEFAULT.spacy_model.split(","):
        try:
            return spacy.load(name.strip())
        except OSError:
            continue
    raise SystemExit("no spaCy English model installed")


def parse(nlp: Any, texts: Sequence[str]) -> list[Any]:
    """Parse texts in one batch (the bare model, as counterpoint uses it)."""
    return list(nlp.pipe(texts, batch_size=16))


def predict(docs: Mapping[str, Any], mode: str) -> Spans:
    """Spans per article from ``find_loaded`` (mode ``full``), the linear tagger united with
    the lexicon hits (``linear``, what shipped before the network) or the rules alone."""
    from counterpoint.framing.lexicons import loaded_model
    from counterpoint.framing.loaded import (
        _to_loaded,
        find_loaded,
        merge_with,
        model_spans,
        rule_spans,
    )

    pred: Spans = defaultdict(lambda: defaultdict(list))
    model = loaded_model()
    for aid, doc in docs.items():
        if mode == "full":
            found = find_loaded(doc)
        elif mode == "linear" and model is not None:
            tokens = list(doc)
            found = merge_with(
                doc.text,
                tokens,
                model_spans(tokens, model),
                rule_spans(tokens, lexicon_only=True),
            )
        else:
            tokens = list(doc)
            found = _to_loaded(doc.text, tokens, rule_spans(tokens, lexicon_only=mode == "lexicon"))
        for item in found:
            pred[aid][item.technique].append(item.span)
    return pred


def speed_per_1000_words(docs: Mapping[str, Any], runs: int = 5) -> float:
    """Median seconds of ``find_loaded`` on the article nearest 1,000 words, scaled to 1,000
    words (the spaCy parse is not counted; models are loaded by a first, untimed call)."""
    from counterpoint.framing.loaded import find_loaded

    doc = min(docs.values(), key=lambda d: abs(len(d.text.split()) - 1000))
    find_loaded(doc)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        find_loaded(doc)
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2] * 1000 / len(doc.text.split())


def table(rows: list[tuple[str, str, dict[str, float]]]) -> str:
    """Markdown table of the scores."""
    lines = [
        "| detector | technique | P | R | F1 | predicted | gold |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for mode, technique, s in rows:
        lines.append(
            f"| {mode} | {technique} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} "
            f"| {s['pred']:.0f} | {s['gold']:.0f} |"
        )
    return "\n".join(lines)


def write_section(body: str) -> None:
    """Replace this script's section of docs/benchmarks.md (create the file if missing)."""
    begin, end = f"<!-- BEGIN {SECTION} -->", f"<!-- END {SECTION} -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    text = DOCS.read_text(encoding="utf-8") if DOCS.is_file() else "# Benchmarks\n"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--no-docs", action="store_true", help="do not update docs/benchmarks.md")
    args = ap.parse_args(argv)

    articles, gold = load_split("dev", args.limit)
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = dict(zip(articles, parse(nlp, list(articles.values())), strict=True))
    t_parse = time.perf_counter() - t0
    rows: list[tuple[str, str, dict[str, float]]] = []
    timings = {}
    for mode in ("lexicon", "rules", "linear", "full"):
        t0 = time.perf_counter()
        pred = predict(docs, mode)
        timings[mode] = time.perf_counter() - t0
        scores = [score(pred, gold, t) for t in TECHNIQUES.values()]
        for technique, s in zip(TECHNIQUES.values(), scores, strict=True):
            rows.append((mode, technique, s))
        mean = {k: sum(s[k] for s in scores) / len(scores) for k in ("P", "R", "F1")}
        rows.append((mode, "mean of the two", {**mean, "pred": float("nan"), "gold": float("nan")}))
    words = sum(len(t.split()) for t in articles.values())
    per_1000 = speed_per_1000_words(docs)
    out = table(rows).replace("| nan | nan |", "| | |")
    print(out)
    print(f"\nreference: {REFERENCE}")
    print(
        f"dev articles: {len(articles)}, words: {words}, parse {t_parse:.1f}s, "
        + ", ".join(f"{m} {t:.1f}s" for m, t in timings.items())
    )
    print(f"find_loaded on a 1,000-word article (parse excluded): {per_1000 * 1000:.0f} ms")
    if args.no_docs or args.limit:
        return
    from counterpoint.framing.lexicons import loaded_model
    from counterpoint.framing.loaded import network

    model = loaded_model() or {}
    tagger = model.get("tagger", {})
    held = {
        t: tagger.get("techniques", {}).get(t, {}).get("held_out", {}) for t in TECHNIQUES.values()
    }
    held_note = (
        "On the held-out fifth of the *training* split (train_framing.py, which picked the "
        "epoch, blend weight and thresholds there) the full detector scored F1 "
        + " and ".join(f"{held[t].get('F1', float('nan')):.3f} ({t})" for t in TECHNIQUES.values())
        + f", blend weight {tagger.get('blend')} for the network, epoch {tagger.get('epoch')}."
        if tagger
        else "No network settings are shipped."
    )
    if network() is None:
        held_note += (
            " The network is not shipped: with it, dev mean F1 was 0.251 (loaded language "
            "0.267, name-calling 0.236), but the full facts extraction (which computes the "
            "framing profile on the same parse) fell to 0.59x the speed of bare spaCy against "
            "0.75x with the linear tagger, below the 0.7x target of the extraction benchmark, "
            "for +0.017 F1. `train_framing.py --network` trains it; dropping the directory it "
            "writes into framing/data/loaded_tagger turns it on. The rows above marked full "
            "are therefore the linear tagger with the lexicons."
        )
    size = sum(f.stat().st_size for f in NETWORK_DIR.rglob("*") if f.is_file())
    body = f"""## framing — loaded language and name-calling (PTC 2020 dev)

`.venv/bin/python benchmarks/framing.py` — {dt.date.today().isoformat()}, {platform.platform()},
Python {platform.python_version()}, {os.cpu_count()} CPUs. Data: SemEval-2020 Task 11 PTC v2, dev
split ({len(articles)} articles, {words} words), techniques Loaded_Language and
Name_Calling,Labeling only. Metric: the task's span P/R with partial-overlap credit
(overlapping spans of one technique merged first), per technique.

Detectors: **lexicon** = our hand-built lexicons only; **rules** = lexicons + VADER strong
valence + superlatives + scare quotes; **linear** = the logistic-regression token tagger
(`loaded_model.json`) united with the lexicon hits; **full** = what `find_loaded` returns: the
token probabilities of a small spaCy CNN tagger (`framing/data/loaded_tagger`, its own
hash-embedding tok2vec over words, lemmas, POS, dependency labels, lexicon flags and VADER
valence; {"shipped" if network() is not None else "NOT shipped"}, {size / 2**20:.1f} MiB)
blended with the linear tagger's, decoded per technique, united with the lexicon hits where
that helped on held-out training articles. Everything was fit on the PTC *train* split only
(`benchmarks/train_framing.py --network`, a fifth of train held out for model selection);
dev was scored once per final candidate and never used for tuning.

{out}

Reference: {REFERENCE}. Those numbers merge all 14 techniques into one span task, so they are
a rough yardstick, not a like-for-like comparison. Timing: parse {t_parse:.1f}s, detectors
{", ".join(f"{m} {t:.1f}s" for m, t in timings.items())} for the whole split;
`find_loaded` on a 1,000-word article {per_1000 * 1000:.0f} ms (parse excluded).

Notes. {held_note} The issue's target (mean F1 of the two ≥ 0.35) is not reached. Tried on
the held-out fifth and not kept: article- and sentence-level density-of-emotive-words
features and spaCy's 96-wide token tensors as dense features for the linear tagger (no
gain); the network alone without the linear blend (0.27–0.28 mean F1 on the held-out fifth,
the blend 0.28–0.30); more epochs (held-out F1 flat from epoch 4 to 8). Network candidates
differ by about ±0.02 held-out F1 from one training run to the next, and dev by as much, so
the shipped candidate was chosen on the held-out fifth only (each final candidate scored once
on dev). What limits these taggers: PTC spans are
phrases (half of the loaded-language spans in train have one or two words, almost a fifth
six or more), annotators mark the same word loaded in one article and not in the next, and
name-calling depends on who is being named. A fine-tuned Transformer is the known way up and
is out of scope for a package that must run offline without downloaded weights.
"""
    write_section(body)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    main()
