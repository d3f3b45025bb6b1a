"""Throughput of counterpoint's fact extraction against bare spaCy on the same texts.

    .venv/bin/python benchmarks/throughput.py [--words 100000] [--rounds 2] [--procs 1,2]

Texts: the demo stories (read with ``counterpoint.ingest``) and the two seed articles in
../shared/seeds, repeated until about ``--words`` words. For each process count the script
alternates (a) bare ``nlp.pipe`` of the same spaCy model and (b) ``extract()`` (our full
pipeline: extra components, entities, dates, quantities, quotes, statements) — chunk by chunk
with one process, run by run with workers — so machine noise hits both alike, and reports the
mean over ``--rounds``. Peak memory is the highest RSS of this
process plus its children, sampled every 50 ms. Writes the "throughput" section of
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, SHARED, PeakRSS, machine, write_section

TARGET_RATIO = 0.7  # issue 3: full extraction should keep at least 0.7x bare spaCy's speed


def load_texts() -> list[tuple[str, str]]:
    """(source, text) of the demo stories and the seeds that can be read here."""
    from counterpoint.ingest import iter_files, read_units
    from counterpoint.settings import DEFAULT

    out: list[tuple[str, str]] = []
    stories = REPO / "src" / "counterpoint" / "demo" / "stories"
    paths = [p for p in iter_files([stories]) if p.name.lower() != "readme.md"]
    paths += sorted((SHARED / "seeds").glob("*.txt"))
    for path in paths:
        for unit in read_units(path, DEFAULT):
            if unit.article is not None:
                out.append((unit.source, unit.article.text))
    return out


def repeat_to(texts: Sequence[str], words: int) -> list[str]:
    """The texts, cycled until they hold at least ``words`` words."""
    out: list[str] = []
    total = 0
    while total < words and texts:
        for text in texts:
            out.append(text)
            total += len(text.split())
            if total >= words:
                break
    return out


MODES = ("bare spaCy", "extract()")


def measure(
    runners: dict[str, Callable[[Sequence[int], int], None]],
    n_docs: int,
    procs: int,
    rounds: int,
    chunk: int,
) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds per round for each mode, and each mode's peak RSS.

    With one process the modes alternate chunk by chunk (order flipping every chunk), so load
    from other programs on a shared machine falls on both alike; with worker processes they
    alternate run by run, since starting workers per chunk would dominate the time.
    """
    seconds = dict.fromkeys(MODES, 0.0)
    step = chunk if procs == 1 else n_docs
    with PeakRSS() as mem:
        for r in range(rounds):
            for k, start in enumerate(range(0, n_docs, step)):
                idx = range(start, min(n_docs, start + step))
                order = MODES if (k + r) % 2 == 0 else MODES[::-1]
                for mode in order:
                    mem.mode = mode
                    t0 = time.perf_counter()
                    runners[mode](idx, procs)
                    seconds[mode] += time.perf_counter() - t0
    return {m: v / rounds for m, v in seconds.items()}, mem.peaks


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=100_000, help="words per round")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds per mode")
    parser.add_argument("--procs", default="1,2", help="process counts, comma separated")
    parser.add_argument("--chunk", type=int, default=16, help="docs per alternation (1 process)")
    parser.add_argument("--no-write", action="store_true", help="do not update the docs")
    args = parser.parse_args(argv)

    import spacy

    from counterpoint.facts import extract, get_nlp
    from counterpoint.ingest.normalize import make_article
    from counterpoint.settings import DEFAULT

    sources = load_texts()
    if not sources:
        print("no texts found (demo stories or ../shared/seeds)", file=sys.stderr)
        return 1
    texts = repeat_to([t for _, t in sources], args.words)
    words = sum(len(t.split()) for t in texts)
    articles = [make_article(t, source=f"bench#{i}", normalized=True) for i, t in enumerate(texts)]
    full_nlp = get_nlp()
    model = full_nlp.meta.get("lang", "en") + "_" + full_nlp.meta.get("name", "")
    bare = spacy.load(model)
    batch = DEFAULT.batch_size
    print(f"{len(sources)} distinct texts, {len(texts)} docs, {words:,} words per round; "
          f"model {model}; batch size {batch}")
    distinct = len(sources)
    list(extract(articles[:distinct]))  # warm up lazy loads (lexicons, gazetteers, pint)
    list(bare.pipe(texts[:distinct]))

    def run_bare(idx: Sequence[int], n: int) -> None:
        for _ in bare.pipe((texts[i] for i in idx), n_process=n, batch_size=batch):
            pass

    def run_full(idx: Sequence[int], n: int) -> None:
        for _ in extract((articles[i] for i in idx), n_process=n, batch_size=batch):
            pass

    runners = {"bare spaCy": run_bare, "extract()": run_full}
    rows = []
    for procs in [int(p) for p in args.procs.split(",") if p.strip()]:
        secs, peaks = measure(runners, len(texts), procs, args.rounds, args.chunk)
        bare_wps = words / secs["bare spaCy"]
        full_wps = words / secs["extract()"]
        for mode in MODES:
            print(f"  procs={procs} {mode:<11} {words / secs[mode]:>9,.0f} words/s "
                  f"({secs[mode]:.1f} s per round, peak {peaks.get(mode, 0) / 2**20:,.0f} MiB)")
        rows.append((procs, bare_wps, full_wps, full_wps / bare_wps,
                     peaks.get("bare spaCy", 0), peaks.get("extract()", 0)))

    head = ("| processes | bare spaCy words/s | extract() words/s | ratio | peak RSS bare | "
            "peak RSS extract() |\n|---:|---:|---:|---:|---:|---:|\n")
    table = head + "".join(
        f"| {p} | {b:,.0f} | {f:,.0f} | {r:.2f} | {mb / 2**20:,.0f} MiB | {mf / 2**20:,.0f} MiB |\n"
        for p, b, f, r, mb, mf in rows
    )
    print()
    print(table)
    verdict = ", ".join(
        f"{p} process{'es' if p > 1 else ''}: {r:.2f}x ({'meets' if r >= TARGET_RATIO else 'below'}"
        f" the {TARGET_RATIO}x target)" for p, _, _, r, _, _ in rows
    )
    print(verdict)
    if not args.no_write:
        body = (
            "## throughput\n\n"
            "`python benchmarks/throughput.py`: words per second of `counterpoint.extract()` "
            "(the full facts pipeline) against bare `nlp.pipe` of the same spaCy model on the "
            f"same texts, alternating (chunks of {args.chunk} docs with one process, whole "
            f"runs with workers), mean of {args.rounds} rounds. Texts: the "
            f"demo stories and the seeds, repeated to {words:,} words ({len(texts)} docs). "
            "Peak memory is the RSS of the process and its workers. Absolute speeds follow the "
            "load of the (shared) machine; the ratio, measured side by side, is the number the "
            "0.7x target is about.\n\n"
            f"Machine: {machine()}. Model: {model}.\n\n" + table + "\n" + verdict + "\n"
        )
        write_section("throughput", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
