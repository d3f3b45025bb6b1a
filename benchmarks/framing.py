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
    """Spans per article from ``find_loaded`` (mode ``full``) or the rules alone."""
    from counterpoint.framing.loaded import _to_loaded, find_loaded, rule_spans

    pred: Spans = defaultdict(lambda: defaultdict(list))
    for aid, doc in docs.items():
        if mode == "full":
            found = find_loaded(doc)
        else:
            tokens = list(doc)
            found = _to_loaded(doc.text, tokens, rule_spans(tokens, lexicon_only=mode == "lexicon"))
        for item in found:
            pred[aid][item.technique].append(item.span)
    return pred


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
    for mode in ("lexicon", "rules", "full"):
        t0 = time.perf_counter()
        pred = predict(docs, mode)
        timings[mode] = time.perf_counter() - t0
        scores = [score(pred, gold, t) for t in TECHNIQUES.values()]
        for technique, s in zip(TECHNIQUES.values(), scores, strict=True):
            rows.append((mode, technique, s))
        mean = {k: sum(s[k] for s in scores) / len(scores) for k in ("P", "R", "F1")}
        rows.append((mode, "mean of the two", {**mean, "pred": float("nan"), "gold": float("nan")}))
    words = sum(len(t.split()) for t in articles.values())
    out = table(rows).replace("| nan | nan |", "| | |")
    print(out)
    print(f"\nreference: {REFERENCE}")
    print(
        f"dev articles: {len(articles)}, words: {words}, parse {t_parse:.1f}s, "
        + ", ".join(f"{m} {t:.1f}s" for m, t in timings.items())
    )
    if args.no_docs or args.limit:
        return
    model_note = (
        "present"
        if (REPO / "src/counterpoint/framing/data/loaded_model.json").is_file()
        else "absent"
    )
    body = f"""## framing — loaded language and name-calling (PTC 2020 dev)

`.venv/bin/python benchmarks/framing.py` — {dt.date.today().isoformat()}, {platform.platform()},
Python {platform.python_version()}, {os.cpu_count()} CPUs. Data: SemEval-2020 Task 11 PTC v2, dev
split ({len(articles)} articles, {words} words), techniques Loaded_Language and
Name_Calling,Labeling only. Metric: the task's span P/R with partial-overlap credit
(overlapping spans of one technique merged first), per technique.

Detectors: **lexicon** = our hand-built lexicons only; **rules** = lexicons + VADER strong
valence + superlatives + scare quotes; **full** = what `find_loaded` returns (trained token
tagger, model file {model_note}, united with the lexicon hits). The tagger and every threshold
were fit on the PTC *train* split only (`benchmarks/train_framing.py`); dev was never used
for tuning.

{out}

Reference: {REFERENCE}. Those numbers merge all 14 techniques into one span task, so they are
a rough yardstick, not a like-for-like comparison. Timing: parse {t_parse:.1f}s, detectors
{", ".join(f"{m} {t:.1f}s" for m, t in timings.items())}.

Notes. The issue's target (mean F1 of the two ≥ 0.35) is not reached. On a held-out fifth of
the *training* split the shipped tagger scored F1 0.264 (loaded language) and 0.245
(name-calling) (train_framing.py output), so the dev numbers above are in line with what
training predicted, not a tuning artefact. Tried on that held-out fifth and not kept:
article- and sentence-level density-of-emotive-words features (mean F1 0.251 vs 0.255
without) and spaCy's 96-wide token tensors as dense features (0.251 vs 0.253 for loaded
language). What limits a lexical tagger here: PTC spans are phrases (half of the
loaded-language spans in train have one or two words, almost a fifth six or more),
annotators mark the same word loaded in one article and not in the next, and name-calling
depends on who is being named. A fine-tuned Transformer is the known way up and is out of
scope for a package that must run offline without downloaded weights.
"""
    write_section(body)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    main()
