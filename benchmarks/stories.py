"""Story clustering on ECB+: B-cubed and pairwise P/R/F1 at topic and sub-topic level.

ECB+ (CC BY 3.0, ../shared/benchmarks/ecbplus) holds 982 news documents in 43 topics; each
topic has two sub-topics about similar but different events (the ``ecb`` and ``ecbplus``
documents), and the sub-topic is the story. The documents are tokenized XML: we rebuild the
text from the tokens. ``ecbplus`` documents start with their URL, headline and often a
dateline; these become the article's url, title and published date (as ingest would give),
``ecb`` documents have none. Parameters are tuned on topics 1-35 only (``--tune``); topics
36-45 are the test set.

    .venv/bin/python benchmarks/stories.py            # evaluate, update docs/benchmarks.md
    .venv/bin/python benchmarks/stories.py --tune     # grid search on topics 1-35
"""

from __future__ import annotations

import argparse
import hashlib
import html
import itertools
import os
import platform
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "benchmarks" / "ecbplus" / "ECB+"
DOC = REPO / "docs" / "benchmarks.md"
sys.path.insert(0, str(REPO / "src"))

from counterpoint.model import Article  # noqa: E402


def article_id(text: str) -> str:
    """The id ingest gives an article: first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

_TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)</token>')
_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|'')")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]|``) ")

_HYPHEN = re.compile(r"(?<=[a-z0-9]) - (?=[a-z0-9])")  # "36 - year - old" -> "36-year-old"
_CLOCK = re.compile(r"(?<=\d) : (?=\d)")  # "4 : 08" -> "4:08"
TRAIN = range(1, 36)
TARGET = 0.90  # story-level B-cubed F1 asked for by the issue
TEST = range(36, 46)


def detok(tokens: Sequence[str]) -> str:
    """Tokens back to running text (spacing around punctuation repaired)."""
    text = " ".join(html.unescape(t) for t in tokens)
    text = _CLOCK.sub(":", _HYPHEN.sub("-", text))
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return text.replace("``", '"').replace("''", '"')


def read_doc(path: Path, use_dates: bool) -> Article:
    """One ECB+ document as an Article (header lines of ecbplus documents become metadata)."""
    import warnings

    from dateutil import parser as dateparser

    warnings.filterwarnings("ignore", module="dateutil")

    sentences: dict[int, list[str]] = defaultdict(list)
    for sent, tok in _TOKEN.findall(path.read_text(encoding="utf-8")):
        sentences[int(sent)].append(tok)
    lines = [sentences[k] for k in sorted(sentences)]
    url = title = published = None
    if lines and lines[0][0].lower().startswith("http"):
        url = "".join(lines.pop(0))
        if lines and len(lines[0]) <= 25:
            title = detok(lines.pop(0))
        for i, line in enumerate(lines[:3]):
            joined = " ".join(line)
            if len(line) <= 16 and _MONTH.search(joined) and _YEAR.search(joined):
                # "July 29 , 2011|10 : 57 pm": the bar glues year and time together
                cleaned = joined.replace(" : ", ":").replace("|", " ")
                try:
                    when = dateparser.parse(cleaned, fuzzy=True)
                except (ValueError, OverflowError):
                    continue
                if str(when.year) not in joined:  # year filled in from today: a misparse
                    continue
                published = when.date().isoformat()
                del lines[i]
                break
    text = "\n".join(detok(line) for line in lines)
    return Article(
        id=article_id(text), text=text, source=path.name, url=url, title=title,
        published=published if use_dates else None, words=len(text.split()),
    )


def load(use_dates: bool) -> dict[int, list[tuple[Article, str]]]:
    """Topic -> [(article, sub-topic label)], sub-topic "T_ecb" or "T_ecbplus"."""
    topics: dict[int, list[tuple[Article, str]]] = {}
    for folder in sorted(DATA.iterdir(), key=lambda p: int(p.name)):
        docs = []
        for path in sorted(folder.glob("*.xml")):
            sub = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            docs.append((read_doc(path, use_dates), f"{folder.name}_{sub}"))
        topics[int(folder.name)] = docs
    return topics


# --- metrics -------------------------------------------------------------------------------
def bcubed(pred: Sequence[int], gold: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    pc, gc = Counter(pred), Counter(gold)
    both = Counter(zip(pred, gold, strict=True))
    p = sum(both[(c, g)] / pc[c] for c, g in zip(pred, gold, strict=True)) / len(pred)
    r = sum(both[(c, g)] / gc[g] for c, g in zip(pred, gold, strict=True)) / len(pred)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pairwise(pred: Sequence[int], gold: Sequence[str]) -> tuple[float, float, float]:
    """Pairwise (link-level) precision, recall and F1."""
    def pairs(counts: Counter) -> int:  # type: ignore[type-arg]
        return sum(n * (n - 1) // 2 for n in counts.values())

    tp = pairs(Counter(zip(pred, gold, strict=True)))
    pp, gp = pairs(Counter(pred)), pairs(Counter(gold))
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


# --- systems -------------------------------------------------------------------------------
def ours(articles: Sequence[Article], **params: float) -> list[int]:
    """Cluster with counterpoint.stories; labels in input order."""
    from counterpoint.settings import Settings
    from counterpoint.stories import cluster

    settings = Settings()
    overrides = {f"story_{k}": v for k, v in params.items()}

    class _Tuned:  # Settings has no story_* fields yet; params_from reads them by name
        def __getattr__(self, name: str) -> object:
            if name in overrides:
                return overrides[name]
            return getattr(settings, name)

    stories, _ = cluster(articles, settings=_Tuned())  # type: ignore[arg-type]
    label = {a.id: i for i, s in enumerate(stories) for a in s.articles}
    return [label[a.id] for a in articles]


_DISTANCES: dict[tuple[str, ...], object] = {}


def baseline(articles: Sequence[Article], threshold: float) -> list[int]:
    """Plain TF-IDF (English stop words) + average-link agglomerative, cosine distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    key = tuple(a.id for a in articles)
    if key not in _DISTANCES:  # the same documents are clustered at many thresholds
        texts = [f"{a.title or ''}\n{a.text}" for a in articles]
        x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
        _DISTANCES[key] = cosine_distances(x)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    )
    return [int(v) for v in model.fit_predict(_DISTANCES[key])]


def evaluate(
    docs: Sequence[tuple[Article, str]], system: Callable[[Sequence[Article]], list[int]]
) -> dict[str, tuple[float, ...]]:
    """Scores of one system on one set of documents, at topic and story level."""
    articles = [a for a, _ in docs]
    seen: set[str] = set()
    dupes = [a.id for a in articles if a.id in seen or seen.add(a.id)]  # type: ignore[func-returns-value]
    if dupes:  # identical texts would share an id; keep them apart for scoring
        articles = [replace(a, id=f"{a.id}-{i}") for i, a in enumerate(articles)]
    pred = system(articles)
    story = [g for _, g in docs]
    topic = [g.split("_")[0] for g in story]
    return {
        "topic_b3": bcubed(pred, topic), "topic_pw": pairwise(pred, topic),
        "story_b3": bcubed(pred, story), "story_pw": pairwise(pred, story),
        "clusters": (len(set(pred)), len(set(story))),
    }


def subset(topics: dict[int, list[tuple[Article, str]]], keys: range | None) -> list:  # type: ignore[type-arg]
    return [d for t, docs in topics.items() if keys is None or t in keys for d in docs]


def tune(topics: dict[int, list[tuple[Article, str]]]) -> None:
    """Grid search of the split stage on topics 1-35 (story-level B-cubed F1, no dates and
    with dates); the one-pass and merge thresholds were chosen the same way before."""
    train = subset(topics, TRAIN)
    undated = [(replace(a, published=None), g) for a, g in train]
    rows = []
    for th, m in itertools.product([0.06, 0.065, 0.07, 0.075, 0.08, 0.085], [2, 3, 4]):
        def run(a: Sequence[Article], th: float = th, m: int = m) -> list[int]:
            return ours(a, split_threshold=th, split_min_size=m)

        f0 = evaluate(undated, run)["story_b3"][2]
        f1 = evaluate(train, run)["story_b3"][2]
        rows.append((f0, f1, th, m))
        print(f"split_threshold={th:.3f} min_size={m} story B3 F1 {f0:.3f} (dates {f1:.3f})")
    print("best:", max(rows))


def best_baseline_threshold(docs: list) -> float:  # type: ignore[type-arg]
    grid = [round(0.70 + 0.01 * i, 2) for i in range(29)]
    return max(grid, key=lambda t: evaluate(docs, lambda a: baseline(a, t))["story_b3"][2])


def fmt(s: tuple[float, ...]) -> str:
    return " / ".join(f"{v:.3f}" for v in s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune", action="store_true", help="grid search on topics 1-35")
    ap.add_argument("--no-dates", action="store_true", help="ignore the ecbplus datelines")
    ap.add_argument("--no-doc", action="store_true", help="do not update docs/benchmarks.md")
    args = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"ECB+ not found at {DATA}")
    topics = load(use_dates=not args.no_dates)
    if args.tune:
        tune(topics)
        return
    n_dated = sum(1 for docs in topics.values() for a, _ in docs if a.published)
    sets = {"train 1-35": subset(topics, TRAIN), "test 36-45": subset(topics, TEST),
            "all 43": subset(topics, None)}
    base_t = best_baseline_threshold(sets["train 1-35"])
    oracle_t = best_baseline_threshold(sets["all 43"])
    lines = [
        "| set | system | docs | clusters (gold) | story B3 P / R / F1 | story pairwise P / R / F1"
        " | topic B3 P / R / F1 | topic pairwise P / R / F1 | seconds |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    systems: list[tuple[str, Callable[[Sequence[Article]], list[int]]]] = [
        ("counterpoint", ours),
        ("counterpoint, no dates", lambda a: ours([replace(x, published=None) for x in a])),
        ("counterpoint, no split", lambda a: ours(a, split_threshold=0.0, split_gap_days=0.0)),
        ("counterpoint, no dates, no split",
         lambda a: ours([replace(x, published=None) for x in a], split_threshold=0.0)),
        (f"TF-IDF avg-link t={base_t}", lambda a: baseline(a, base_t)),
        (f"TF-IDF avg-link t={oracle_t} (tuned on all)", lambda a: baseline(a, oracle_t)),
    ]
    scores: dict[tuple[str, str], float] = {}
    for name, docs in sets.items():
        for sys_name, fn in systems:
            t0 = time.perf_counter()
            r = evaluate(docs, fn)
            scores[(name, sys_name)] = r["story_b3"][2]
            dt = time.perf_counter() - t0
            c, g = r["clusters"]
            row = (f"| {name} | {sys_name} | {len(docs)} | {c} ({g}) | {fmt(r['story_b3'])} | "
                   f"{fmt(r['story_pw'])} | {fmt(r['topic_b3'])} | {fmt(r['topic_pw'])} | "
                   f"{dt:.1f} |")
            lines.append(row)
            print(row, flush=True)
    header = (
        f"ECB+ ({sum(len(d) for d in topics.values())} documents, 43 topics, 86 sub-topics = "
        f"stories; {n_dated} ecbplus documents carry a dateline, no ecb document does). "
        f"Each set is clustered on its own. Parameters tuned on topics 1-35 only; the "
        f"baseline threshold t (cosine distance) is tuned on 1-35 and, for reference, on all "
        f"43. Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by "
        f"`benchmarks/stories.py`.\n\n"
        "*counterpoint* uses the ecbplus datelines as publication dates; *no dates* drops them "
        "(the split stage is counterpoint's own: *no split* switches it off). Stories are built "
        "in three steps: one pass into micro-stories, average-link merging (re-weighted with the "
        "final IDF; a pair merges above absolute thresholds or when it stands out from both "
        "stories' background and is not far below their own cohesion), then a split of "
        "each merged story where it holds two similar events (IDF computed inside the story, "
        "so only details shared by part of it count; a gap in publication dates). Topic-level "
        "B3 precision is 1.000: no story mixes topics. Dates cost here because only the "
        "ecbplus half of each topic has them and the gold keeps follow-ups weeks or years "
        "later in the story (a time term in the one pass cost 0.024 F1 on topics 1-35, so "
        "dates act only in merging and splitting). Remaining errors: sub-topic pairs whose "
        "reports share protagonist, kind and most details (both halves of a topic in one "
        "story), and small groups of off-topic or follow-up reports split off. "
        + target_note(scores)
    )
    if not args.no_doc:
        write_section("stories", "## stories (ECB+ story clustering)\n\n" + header + "\n\n"
                      + "\n".join(lines) + "\n")


def target_note(scores: dict[tuple[str, str], float]) -> str:
    """One sentence on where the 0.90 story B3 F1 target is met."""
    rows = [(n, s) for n, s in scores if s in ("counterpoint", "counterpoint, no dates")]
    met = [f"{n} ({s})" for n, s in rows if scores[(n, s)] >= TARGET]
    missed = [f"{n} ({s}): {scores[(n, s)]:.3f}" for n, s in rows if scores[(n, s)] < TARGET]
    if not missed:
        return f"The {TARGET:.2f} story B3 F1 target is met on every set."
    return (f"The {TARGET:.2f} story B3 F1 target is met on {', '.join(met) or 'no set'}; "
            f"missed on {'; '.join(missed)}.")


def write_section(name: str, body: str) -> None:
    """Replace this script's section of docs/benchmarks.md (markers), creating it if needed."""
    begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
    block = f"{begin}\n{body}{end}"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
