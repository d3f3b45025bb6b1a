"""Score counterpoint's HTML ingestion on the ScrapingHub article-extraction benchmark.

Data: ../shared/benchmarks/article-extraction (181 pages as ``html/<id>.html.gz`` and
``ground-truth.json`` mapping each id to its ``articleBody``; MIT, never copied into the repo).

Metric, as that benchmark defines it: per page, the bag of word 4-gram shingles of the
extracted text is compared with the ground truth's (``\\w+`` tokens); the counts give tp, fp
and fn, normalized to sum to 1 so that long pages do not weigh more. Precision is averaged
over the pages with tp + fp > 0, recall over the pages with tp + fn > 0, and F1 is computed
from the two averages.

Run:  .venv/bin/python benchmarks/extraction.py [--limit N] [--only counterpoint]
      [--min-f1 0.958]   (exit 1 when counterpoint's F1 is below the floor: a quality gate)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BENCHMARKS, DOC, REPO, machine, write_section

DATA = BENCHMARKS / "article-extraction"
SECTION = "extraction"
NGRAM = 4
# F1 published in the benchmark's README for other extractors, for the table.
PUBLISHED = {
    "trafilatura 2.0 (published)": 0.958,
    "newspaper4k (published)": 0.949,
    "readability-lxml (published)": 0.922,
    "goose3 (published)": 0.896,
}

_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Word 4-gram shingle counts; a text shorter than 4 words is one shingle."""
    tokens = _TOKEN.findall(text or "")
    grams = (tuple(tokens[i : i + NGRAM]) for i in range(max(1, len(tokens) - NGRAM + 1)))
    return Counter(g for g in grams if g)


def match(true: str, pred: str) -> Counts:
    """tp, fp, fn over shingles, normalized to sum to 1."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(rows: list[Counts]) -> tuple[float, float, float]:
    """Mean precision, mean recall, and F1 of the two means."""
    precisions = [_precision(*r) for r in rows if r[0] + r[1] > 0]
    recalls = [_recall(*r) for r in rows if r[0] + r[2] > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def counterpoint_extractor() -> Callable[[bytes, str], str]:
    """Our ingestion as users get it: the gzip bytes through read_bytes with default settings."""
    from counterpoint.ingest import read_bytes
    from counterpoint.settings import DEFAULT

    def run(data: bytes, name: str) -> str:
        for unit in read_bytes(data, name, DEFAULT):
            return unit.article.text if unit.article is not None else ""
        return ""

    return run


def trafilatura_extractor(**options: bool) -> Callable[[bytes, str], str]:
    """Plain trafilatura.extract with the given options (for comparison rows)."""
    import trafilatura

    def run(data: bytes, name: str) -> str:
        return trafilatura.extract(gzip.decompress(data), **options) or ""

    return run


EXTRACTORS: dict[str, Callable[[], Callable[[bytes, str], str]]] = {
    "counterpoint (precision, no comments, fallback)": counterpoint_extractor,
    "trafilatura extract() defaults": lambda: trafilatura_extractor(),
    "trafilatura, include_comments=False": lambda: trafilatura_extractor(include_comments=False),
    "trafilatura, favor_precision, no comments": lambda: trafilatura_extractor(
        favor_precision=True, include_comments=False
    ),
    "trafilatura, favor_recall, no comments": lambda: trafilatura_extractor(
        favor_recall=True, include_comments=False
    ),
}


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def evaluate(name: str, pages: dict[str, bytes], truth: dict[str, str]) -> dict[str, float]:
    """Run one extractor over every page and score it."""
    extract = EXTRACTORS[name]()
    extract(next(iter(pages.values())), "warm-up")  # imports and lazy set-up outside the clock
    rows: list[Counts] = []
    empty = 0
    start = time.perf_counter()
    for key, data in pages.items():
        text = extract(data, f"{key}.html.gz")
        empty += not text.strip()
        rows.append(match(truth[key], text))
    elapsed = time.perf_counter() - start
    p, r, f1 = scores(rows)
    return {"precision": p, "recall": r, "f1": f1, "pages_per_s": len(pages) / elapsed,
            "empty": empty, "peak_rss_mb": _peak_rss_mb()}


def table(results: dict[str, dict[str, float]], pages: int) -> str:
    """The results as a Markdown table with the machine and date."""
    lines = [
        f"Article extraction, ScrapingHub benchmark ({pages} pages), word 4-gram shingle "
        "metric as the benchmark defines it.",
        "",
        "| extractor | precision | recall | F1 | pages/s | empty | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, m in results.items():
        lines.append(
            f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** | "
            f"{m['pages_per_s']:.1f} | {int(m['empty'])} | {m['peak_rss_mb']:.0f} |"
        )
    for name, f1 in PUBLISHED.items():
        lines.append(f"| {name} | | | {f1:.3f} | | | |")
    lines += [
        "",
        "pages/s is wall-clock over all pages in one process after a warm-up page; peak RSS is "
        "the process's high-water mark so far (rows run in order, so later rows include "
        "earlier ones' peak). \"empty\" counts pages with no text (an error unit for us).",
        "",
        f"Machine: {machine()} (shared cores).",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="score only the first N pages (sorted by id)")
    parser.add_argument("--only", help="run only the extractors whose name contains this")
    parser.add_argument("--min-f1", type=float, help="fail when counterpoint's F1 is below it")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"benchmark data not found at {DATA}; skipped", file=sys.stderr)
        return 0
    ground = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(ground)[: args.limit] if args.limit else sorted(ground)
    truth = {k: ground[k].get("articleBody", "") for k in keys}
    pages = {k: (DATA / "html" / f"{k}.html.gz").read_bytes() for k in keys}
    results: dict[str, dict[str, float]] = {}
    for name in EXTRACTORS:
        if args.only and args.only not in name:
            continue
        results[name] = evaluate(name, pages, truth)
        m = results[name]
        print(f"{name:<50} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
              f"{m['pages_per_s']:.1f} pages/s", flush=True)
    report = table(results, len(keys))
    print()
    print(report)
    if not args.no_write and not args.limit and not args.only:
        write_section(SECTION, "## Article extraction\n\n" + report)
        print(f"\nwrote {DOC.relative_to(REPO)}")
    ours = next((m for n, m in results.items() if n.startswith("counterpoint")), None)
    if args.min_f1 is not None and ours is not None and ours["f1"] < args.min_f1:
        print(f"F1 {ours['f1']:.3f} is below the floor {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
