"""How long compare() takes on an already extracted story of 10, 50 and 200 articles.

    .venv/bin/python benchmarks/compare_speed.py [--sizes 10,50,200]

The articles are generated variants of the pyongyang-exodus demo story and the two seeds (all
reports of one event): each is extracted once, then copied with a new id, some figures changed
by 5-40% (so there are conflicts to find) and about a tenth of its facts dropped (so there are
omissions). Prints time per story and per fact, and writes the "compare_speed" section of
docs/benchmarks.md. Speed is reported, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine, write_section
from compare import GOLD, extract_story, story_dir
from counterpoint.model import ArticleFacts, Quantity

BASE_STORIES = ("pyongyang-exodus", "seeds")
# Share of facts dropped and of figures changed in each generated variant.
DROP = 0.10
CHANGE = 0.15
SEED = 20240601


def base_articles() -> list[ArticleFacts]:
    """The extracted articles the variants are made from."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    out: list[ArticleFacts] = []
    for story in gold["stories"]:
        if story["id"] in BASE_STORIES and story_dir(story).is_dir():
            out += extract_story(story)
    if not out:
        raise SystemExit("no base articles: the demo stories and ../shared/seeds are missing")
    return out


def _changed(q: Quantity, rng: random.Random) -> Quantity:
    f = 1 + rng.choice((-1, 1)) * rng.uniform(0.05, 0.4)

    def s(x: float | None) -> float | None:
        return None if x is None else x * f

    return replace(q, value=q.value * f, low=q.low * f, high=q.high * f, si_value=s(q.si_value),
                   si_low=s(q.si_low), si_high=s(q.si_high))


def variant(base: ArticleFacts, k: int, rng: random.Random) -> ArticleFacts:
    """A copy of ``base`` under a new id with some facts dropped and some figures changed."""
    aid = hashlib.sha256(f"{base.article.id}/{k}".encode()).hexdigest()[:16]
    article = replace(base.article, id=aid, outlet=f"{base.article.outlet or 'outlet'} #{k}")

    def keep(items: tuple) -> tuple:  # type: ignore[type-arg]
        return tuple(x for x in items if rng.random() >= DROP)

    quantities = tuple(_changed(q, rng) if rng.random() < CHANGE else q
                       for q in keep(base.quantities))
    return replace(base, article=article, quantities=quantities, dates=keep(base.dates),
                   quotes=keep(base.quotes), entities=keep(base.entities))


def story(bases: list[ArticleFacts], n: int) -> list[ArticleFacts]:
    """``n`` variants, cycling through the base articles; deterministic."""
    rng = random.Random(SEED + n)
    return [variant(bases[i % len(bases)], i, rng) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,50,200")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    from counterpoint.compare import align_story, compare

    bases = base_articles()
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        facts = story(bases, n)
        n_facts = sum(len(f.quantities) + len(f.dates) + len(f.quotes) + len(f.entities)
                      + len(f.statements) for f in facts)
        t0 = time.perf_counter()
        comp = compare(facts)
        elapsed = time.perf_counter() - t0
        index, _ = align_story(facts)
        kinds = {k: sum(f.kind == k for f in comp.findings) for k in ("conflict", "omission")}
        rows.append((n, n_facts, len(index.mentions), elapsed, kinds))
        print(f"{n} articles: {elapsed:.2f} s", flush=True)
    lines = ["| articles | facts | mentions | compare s | µs per mention | conflicts | omissions |",
             "|---|---|---|---|---|---|---|"]
    for n, nf, nm, el, kinds in rows:
        lines.append(f"| {n} | {nf} | {nm} | {el:.2f} | {1e6 * el / max(nm, 1):.0f} | "
                     f"{kinds['conflict']} | {kinds['omission']} |")
    table = "\n".join(lines)
    print(table)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    if not args.no_write:
        write_section("compare_speed", (
            f"## compare_speed\n\n`python benchmarks/compare_speed.py` — {machine()}\n\n"
            f"compare() on already extracted stories made of variants of the "
            f"{', '.join(BASE_STORIES)} articles ({DROP:.0%} of facts dropped, {CHANGE:.0%} of "
            f"figures changed per variant). Target: 50 articles in under 5 s, cost growing no "
            f"faster than about n·log n (the time per mention should stay roughly flat). "
            f"Load average during the run: {load}; the machine is shared, so times are upper "
            f"bounds.\n\n{table}\n"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
