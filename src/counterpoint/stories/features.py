"""Cheap per-article features for story clustering: stemmed content terms, names and a day.

Everything here depends on one article only (never on the rest of the corpus), so the
features can be computed once, stored in the clustering state and replayed later.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from counterpoint.model import Article

# Words or numbers; apostrophes and inner hyphens stay inside a word ("al-Assad", "o'clock").
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*")
# Runs of capitalized words separated by single spaces ("Tara Reid", "U.S"), for the fallback
# name finder; punctuation ends a run.
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*(?: [A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_VOWELS = frozenset("aeiouy")
# Stems shorter than this are left alone: stripping "ed"/"s" from short words does more harm
# ("red", "bus", "gas") than good.
_MIN_STEM = 3
# Whether adjacent content-word pairs are terms too (see :func:`terms`).
BIGRAMS = True
# Longest first sentence kept as a story-title fallback, in characters.
_TITLE_CHARS = 160


@cache
def _wordlist(name: str) -> frozenset[str]:
    text = resources.files("counterpoint.stories").joinpath("data", name).read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def stopwords() -> frozenset[str]:
    """Function words and news boilerplate that say nothing about which event it is."""
    return _wordlist("stopwords.txt")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper: plural and -ed/-ing forms of one word share a stem.

    Only needs to be consistent (``fire``, ``fires``, ``fired``, ``firing`` -> ``fir``), not
    linguistically right; spaCy lemmas would be better but cost ~1 ms per article.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= _MIN_STEM or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM:
            base = w[: -len(suffix)]
            if any(c in _VOWELS for c in base):
                w = base
                if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                    w = w[:-1]
            break
    if len(w) > _MIN_STEM and w.endswith("e"):
        w = w[:-1]
    return w


def terms(text: str) -> Counter[str]:
    """Stemmed content words and numbers of a text, and pairs of adjacent ones, with counts.

    Pairs ("sixth_round", "toni_thompson") tell apart two events of one kind that share most
    single words; a stop word between two words breaks the pair.
    """
    stop = stopwords()
    out: Counter[str] = Counter()
    prev: str | None = None
    for match in _TOKEN.finditer(text):
        token = match.group().lower()
        if token[0].isdigit():
            token = token.rstrip(".,").replace(",", "")
            if len(token) <= 1:  # single digits are everywhere
                prev = None
                continue
            term = "#" + token
        elif token in stop or len(token) < 2:
            prev = None
            continue
        else:
            term = stem(token)
        out[term] += 1
        if BIGRAMS and prev is not None:
            out[prev + "_" + term] += 1
        prev = term
    return out


def names(text: str) -> Counter[str]:
    """Fallback entities: runs of capitalized words (``name:tara-reid``) and their last word.

    Used when the facts stage gives no canonical entities. Function words, months and
    honorifics ("The", "When", "Monday", "Mr") never count as part of a name and split a run;
    titles that open a run ("Finance Minister") are dropped.
    """
    skip = _wordlist("not_names.txt") | stopwords()
    out: Counter[str] = Counter()
    for match in _NAME_RUN.finditer(text):
        run: list[str] = []
        for word in match.group().split():
            low = word.lower().replace("’", "'").removesuffix("'s")
            if low in skip:
                _flush(run, out)
                run = []
            else:
                run.append(low)
        _flush(run, out)
    return out


def _flush(run: list[str], out: Counter[str]) -> None:
    titles = _wordlist("titles.txt")
    while len(run) > 1 and run[0] in titles:
        run = run[1:]
    if not run:
        return
    out["name:" + "-".join(run)] += 1
    if len(run) > 1:
        out["name:" + run[-1]] += 1


def day_number(published: str | None) -> int | None:
    """The proleptic ordinal of an ISO date ("2021-03-02", "2021-03", "2021-03-02T10:00")."""
    if not published:
        return None
    text = published.strip()
    try:
        if len(text) >= 10:
            return date.fromisoformat(text[:10]).toordinal()
        if len(text) == 7:
            return date.fromisoformat(text + "-01").toordinal()
    except ValueError:
        return None
    return None


def first_sentence(article: Article) -> str:
    """The article's title, else its first sentence (shortened), for naming a story."""
    if article.title and article.title.strip():
        return article.title.strip()
    head = _SENTENCE_END.split(article.text.strip(), maxsplit=1)[0].strip()
    if len(head) > _TITLE_CHARS:
        head = head[:_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return head


@dataclass(frozen=True, slots=True)
class Features:
    """What clustering needs from one article."""

    terms: Counter[str]
    entities: Counter[str]
    day: int | None


def featurize(article: Article, entities: list[str] | tuple[str, ...] | None = None) -> Features:
    """Terms of title and body; the given canonical entity ids, else capitalized n-grams."""
    text = f"{article.title}\n{article.text}" if article.title else article.text
    ents = Counter(entities) if entities is not None else names(text)
    return Features(terms(text), ents, day_number(article.published))
