"""Story clustering at scale: 20,000 generated articles, time, peak memory and quality.

The articles are generated here from templates we wrote: events of ten kinds (earthquakes,
fires, arrests, ...) with made-up places, people and numbers; each event is told by about ten
outlets, each drawing its own subset and order of sentences, synonyms and filler (paraphrase
noise), and about 8% of articles are syndicated copies of another outlet's report with small
edits. Clustering runs on 5k, 10k and 20k articles to show that cost grows near-linearly.
When ``counterpoint.store`` is importable, the articles are first written to a fresh SQLite
store, read back and the clustering state saved there (as ``counterpoint stories`` would).

    .venv/bin/python benchmarks/stories_scale.py [--sizes 5000,10000,20000] [--no-doc]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from common import PeakRSS  # noqa: E402
from counterpoint.ingest.normalize import article_id  # noqa: E402
from counterpoint.model import Article  # noqa: E402

SEED = 20261122
EVENTS_PER_1000 = 100  # ~10 articles per event
SYNDICATED_SHARE = 0.08

SYL = (
    "ka", "ri", "mo", "ten", "sa", "lu", "vor", "bel", "an", "del", "mar", "tis", "o", "ra",
    "nu", "gel", "fen", "dor", "pa", "zi", "lem", "hal", "ost", "ber", "vin", "cor",
)
KINDS = {
    "earthquake": (
        "A magnitude {n1}.{n2} earthquake struck near {place} on {day}, {org} said.",
        "The quake hit at a depth of {n3} kilometres below {place}.",
        "At least {n4} people were killed and {n5} injured in {place} and {place2}.",
        "Rescue teams led by {person} searched collapsed buildings in {place2}.",
        "{person2} of {org} warned that aftershocks could follow for days.",
    ),
    "fire": (
        "A fire tore through the {company} warehouse in {place} on {day}.",
        "About {n3} firefighters fought the blaze for {n1} hours, fire chief {person} said.",
        "{n4} workers were evacuated and {n2} were treated for smoke inhalation.",
        "Investigators from {org} are examining whether the fire in {place} was arson.",
        "{person2}, who runs {company}, said the {place2} site would reopen.",
    ),
    "arrest": (
        "Police in {place} arrested {person} on {day} on suspicion of {crime}.",
        "{person} was detained at a house in {place2} after a {n1}-week inquiry by {org}.",
        "Officers seized {n4} documents and {n3} thousand dollars in cash.",
        "A lawyer for {person}, {person2}, said the charges of {crime} were baseless.",
        "{person} is due to appear before a court in {place} within {n2} days.",
    ),
    "election": (
        "{person} won the mayoral election in {place} on {day} with {n3} percent of the vote.",
        "Turnout in {place} reached {n4} thousand voters, {org} said.",
        "Rival candidate {person2} conceded defeat late in the evening in {place2}.",
        "{person} promised to rebuild {n1} bridges and hire {n5} teachers.",
        "Observers from {org} reported {n2} complaints about polling stations.",
    ),
    "merger": (
        "{company} agreed on {day} to buy {company2} for {n3} million dollars.",
        "The deal, announced by chief executive {person}, values each share at {n1}.{n2} dollars.",
        "{company2}, based in {place}, employs {n4} people in {place2}.",
        "Regulators at {org} must approve the purchase of {company2}.",
        "{person2}, an analyst, said {company} would cut {n5} jobs after the merger.",
    ),
    "storm": (
        "A storm with winds of {n3} kilometres per hour battered {place} on {day}.",
        "{n4} homes in {place} and {place2} lost power, {company} said.",
        "{org} recorded {n1}{n2} millimetres of rain in {n2} hours.",
        "Governor {person} declared an emergency across {place2}.",
        "{person2}, a forecaster, said the storm would weaken by the weekend.",
    ),
    "strike": (
        "Workers at {company} in {place} walked out on {day} over pay.",
        "The union led by {person} demands a {n2} percent raise for {n4} staff.",
        "{company} said the strike halted {n3} deliveries in {place2}.",
        "Talks brokered by {org} broke down after {n1} hours.",
        "{person2}, speaking for {company}, called the walkout unlawful.",
    ),
    "match": (
        "{team} beat {team2} {n1}-{n2} in {place} on {day}.",
        "{person} scored twice for {team} in front of {n4} fans.",
        "Coach {person2} said {team} had earned the win in {place}.",
        "{team2} have now lost {n1} of their last {n3} games.",
        "The next game of {team} is against a side from {place2}.",
    ),
    "protest": (
        "Thousands marched through {place} on {day} against the closure of {company}.",
        "Organisers from {org} put the crowd at {n4} people; police said {n3}.",
        "{person} addressed the rally outside the town hall of {place}.",
        "Police detained {n2} protesters near {place2}, {person2} said.",
        "The closure of {company} would cost {n5} jobs in {place}.",
    ),
    "trial": (
        "A court in {place} found {person} guilty of {crime} on {day}.",
        "Judge {person2} said {person} would be sentenced within {n2} weeks.",
        "Prosecutors from {org} had asked for {n1} years in prison.",
        "The trial in {place} heard from {n3} witnesses over {n4} days.",
        "Supporters of {person} gathered outside the court in {place2}.",
    ),
}
CRIMES = ["fraud", "bribery", "tax evasion", "smuggling", "money laundering", "extortion"]
# Filler sentences are built from these parts so that two reports rarely share one verbatim.
SUBJECTS = ("Local media", "Officials", "Residents", "Witnesses", "Analysts", "Neighbours",
            "Reporters", "Community leaders", "Shop owners", "Commuters", "Teachers",
            "Business groups", "Opposition figures", "Volunteers", "Experts")
VERBS = ("described", "questioned", "welcomed", "criticised", "discussed", "followed",
         "debated", "recalled", "doubted", "praised", "played down", "asked about",
         "worried about", "reported on", "commented on")
OBJECTS = ("the response of the authorities", "the mood in the streets", "the cost of it all",
           "what comes next", "the speed of events", "the official figures",
           "the lack of information", "the role of the police", "the reaction online",
           "the long-term consequences", "earlier warnings", "the timing", "the handling of it",
           "the risks for the region", "the version given by officials")
TAILS = ("", " on Monday", " late in the evening", " in interviews", " on social media",
         " at a meeting", " for several hours", " in a statement", " in local newspapers")
SYNONYMS = {"said": ("stated", "told reporters", "announced"), "people": ("residents", "persons"),
            "after": ("following",), "about": ("around", "roughly"), "killed": ("left dead",),
            "arrested": ("detained", "held"), "beat": ("defeated", "overcame"),
            "struck": ("hit", "shook"), "fire": ("blaze",), "workers": ("employees", "staff"),
            "won": ("took", "secured"), "court": ("tribunal",), "police": ("officers",)}
# A limited pool of places: two events of one kind sometimes happen in the same town.
PLACES = 400


def name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYL) for _ in range(parts)).capitalize()


@dataclass(frozen=True)
class Event:
    """A generated event: its kind, slots and day."""

    key: int
    kind: str
    slots: dict[str, str]
    day: date


def make_event(key: int, rng: random.Random) -> Event:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    town = random.Random(rng.randrange(PLACES))
    slots = {
        "place": name(town, 3), "place2": name(rng, 2) + " " + rng.choice(["Bay", "Hills", "Port"]),
        "person": f"{name(rng)} {name(rng, 3)}", "person2": f"{name(rng)} {name(rng, 3)}",
        "org": f"the {name(rng)} {rng.choice(['Agency', 'Institute', 'Council', 'Office'])}",
        "company": f"{name(rng, 3)} {rng.choice(['Group', 'Holdings', 'Foods', 'Motors'])}",
        "company2": f"{name(rng, 3)} {rng.choice(['Systems', 'Energy', 'Bank'])}",
        "team": f"{name(rng)} {rng.choice(['United', 'Rovers', 'City'])}",
        "team2": f"{name(rng)} {rng.choice(['Athletic', 'Wanderers', 'Town'])}",
        "crime": rng.choice(CRIMES), "day": f"{day:%A}",
        **{f"n{i}": str(rng.randint(2, 9) if i < 3 else rng.randint(10, 999)) for i in range(1, 6)},
    }
    return Event(key, rng.choice(sorted(KINDS)), slots, day)


def write_article(ev: Event, outlet: int, rng: random.Random) -> Article:
    """One outlet's ~300-word report of an event: its own sentences, order and words."""
    core = [t.format(**ev.slots) for t in KINDS[ev.kind]]
    chosen = [core[0], *rng.sample(core[1:], rng.randint(2, len(core) - 1))]
    sentences = list(chosen)
    while sum(len(x.split()) for x in sentences) < 290:
        sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
                         f"{rng.choice(TAILS)}.")
        if rng.random() < 0.15:
            sentences.append(rng.choice(chosen))
    head, rest = sentences[0], sentences[1:]
    rng.shuffle(rest)
    words = []
    for w in " ".join([head, *rest]).split():
        if w in SYNONYMS and rng.random() < 0.5:
            w = rng.choice(SYNONYMS[w])
        elif w.islower() and rng.random() < 0.03:
            continue
        words.append(w)
    text = " ".join(words)
    published = ev.day + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
    return Article(
        id=article_id(text), text=text, source=f"gen/{ev.key}/{outlet}",
        outlet=f"outlet{outlet}.example", published=published.isoformat(), words=len(words),
    )


def syndicate(original: Article, outlet: int, rng: random.Random) -> Article:
    """A lightly edited copy of a report (a sentence dropped, a few words changed)."""
    sentences = original.text.split(". ")
    if len(sentences) > 4:
        del sentences[rng.randrange(1, len(sentences))]
    words = ". ".join(sentences).split()
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["reportedly", "also", "then"])
    text = " ".join(words)
    return Article(id=article_id(text), text=text, source=f"{original.source}/copy{outlet}",
                   outlet=f"outlet{outlet}.example", published=original.published,
                   words=len(words))


def generate(n: int, seed: int = SEED) -> tuple[list[Article], dict[str, int]]:
    """n articles and the event each one reports."""
    rng = random.Random(seed)
    articles: list[Article] = []
    gold: dict[str, int] = {}
    key = 0
    while len(articles) < n:
        ev = make_event(key, rng)
        for outlet in range(rng.randint(6, 14)):
            art = write_article(ev, outlet, rng)
            if rng.random() < SYNDICATED_SHARE and articles and gold[articles[-1].id] == key:
                art = syndicate(articles[-1], outlet, rng)
            if art.id not in gold:
                articles.append(art)
                gold[art.id] = key
        key += 1
    articles = articles[:n]
    return articles, {a.id: gold[a.id] for a in articles}


def via_store(articles: list[Article]) -> Iterator[float]:
    """Ingest into a fresh SQLite store and read back; yields the seconds it took, or nothing."""
    try:
        from counterpoint.store import Store
    except ImportError:
        return
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with Store(f"sqlite:///{tmp}/scale.db") as store:
            for a in articles:
                store.record(a.source, "text", a)
            back = store.articles()
        assert len(back) == len(articles)
        yield time.perf_counter() - t0


def run(n: int) -> dict[str, float]:
    from counterpoint.stories import cluster
    from stories import bcubed

    articles, gold = generate(n)
    store_s = next(iter(via_store(articles)), float("nan"))
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        stories, state = cluster(articles)
        secs = time.perf_counter() - t0
        state_bytes = len(state.to_json())
    label = {a.id: i for i, s in enumerate(stories) for a in s.articles}
    p, r, f = bcubed([label[a.id] for a in articles], [str(gold[a.id]) for a in articles])
    synd = sum(len(g) for s in stories for g in s.syndicated)
    # copy families: a copy's source is "<original source>/copyN" (copies of copies nest)
    family = {a.id: a.source.split("/copy")[0] for a in articles}
    found = {(x, y) for s in stories for g in s.syndicated for x in g for y in g if x < y}
    members: dict[str, list[str]] = {}
    for a in articles:
        members.setdefault(family[a.id], []).append(a.id)
    gold_pairs = {(x, y) for ids in members.values() for x in ids for y in ids if x < y}
    synd_p = len(found & gold_pairs) / len(found) if found else 1.0
    synd_r = len(found & gold_pairs) / len(gold_pairs) if gold_pairs else 1.0
    return {"n": n, "events": len(set(gold.values())), "stories": len(stories), "secs": secs,
            "rate": n / secs, "peak_mb": mem.peak / 2**20, "p": p, "r": r, "f": f,
            "store_s": store_s, "state_mb": state_bytes / 2**20, "synd": synd,
            "synd_p": synd_p, "synd_r": synd_r}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,10000,20000")
    ap.add_argument("--no-doc", action="store_true")
    args = ap.parse_args()
    lines = [
        "| articles | events | stories | cluster s | articles/s | s per 1k | peak RSS MB "
        "| B3 P / R / F1 | in syndicated groups | copy pairs P / R | state JSON MB "
        "| store ingest+read s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n in (int(x) for x in args.sizes.split(",")):
        r = run(n)
        row = (f"| {n} | {r['events']:.0f} | {r['stories']:.0f} | {r['secs']:.1f} | "
               f"{r['rate']:.0f} | {1000 * r['secs'] / n:.2f} | {r['peak_mb']:.0f} | "
               f"{r['p']:.3f} / {r['r']:.3f} / {r['f']:.3f} | {r['synd']:.0f} | "
               f"{r['synd_p']:.3f} / {r['synd_r']:.3f} | "
               f"{r['state_mb']:.1f} | {r['store_s']:.1f} |")
        lines.append(row)
        print(row, flush=True)
    if args.no_doc:
        return
    from stories import write_section

    note = (
        "Generated articles (templates written for this benchmark: 10 event kinds, ~10 "
        "outlets per event, ~300 words each, paraphrase noise, ~8% syndicated copies). Each "
        "size is generated and clustered from scratch in one process (peak RSS is the process "
        "maximum, sampled with psutil, so it includes the earlier sizes). The store column is "
        "writing every article to a fresh SQLite store and reading it back (not part of the "
        "clustering time). Machine: "
        f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `benchmarks/stories_scale.py`."
    )
    write_section("stories_scale", "## stories_scale (clustering 20,000 articles)\n\n" + note
                  + "\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
