"""Plain text as people scrape it: a line classifier that keeps the body and reads metadata.

Each line gets one class: ``title``, ``byline``, ``dateline``, ``furniture`` (share widgets,
copyright and platform footers, navigation runs, bullet glyphs), ``cut`` (a comment or
"related" section: it and all after it go) or ``body``. Patterns live in
``data/boilerplate.tsv`` and ``data/metadata.tsv``. Position matters only in one way: the
*head* (before the first paragraph of prose) and the *tail* (after the last) may lose short
fragments that are not sentences, but nothing between two prose paragraphs is removed unless
a pattern names it as furniture. That keeps the body complete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from counterpoint.ingest.meta import parse_date, split_authors

# A "prose" line anchors the body: at least this many words and a sentence end. News
# paragraphs run 20-60 words; furniture lines ("Leave a Reply", "Previous Next") run 1-6.
PROSE_MIN_WORDS = 12
# Inside the body, pattern-matched furniture is removed only when it is this short;
# a longer matching line is more likely a sentence that happens to start the same way.
FURNITURE_MAX_WORDS_INSIDE = 14
# A "cut" line ends the article only when at least this share of the prose lies before it:
# comment and "related" sections come after an article and are shorter than it, so a cut
# word above most of the prose is a teaser or a menu, not the end of the story.
CUT_MIN_SHARE = 0.5
# In the head and tail, lines this short that are not sentences are page furniture
# (section names, "Updated", widget labels).
FRAGMENT_MAX_WORDS = 6
# A title is one line of at most this many words (the longest news headlines run ~25).
TITLE_MAX_WORDS = 30
# Head lines shorter than this are more often section labels ("World", "North Korea") than
# headlines, so a longer heading-like line after them wins.
TITLE_MIN_WORDS = 3
# Hard-wrapped text: a block whose lines are mostly this long is one paragraph.
WRAP_MIN_CHARS = 55
WRAP_MAX_CHARS = 100

BULLETS = "•·‣▪▫■□●○◆◇►▶▸"  # glyphs that only ever mark list items and widget rows
DASHES = "»›*–—-"  # mark a row only when a space follows ("- 3 dead", not "-3 degrees")
_BULLET = re.compile(
    rf"^(?:[{re.escape(BULLETS)}]\s*|[{re.escape(DASHES)}]\s+)+(?=\S)"
)
_ONLY_GLYPHS = re.compile(rf"^[\s{re.escape(BULLETS + DASHES)}|/\\_=~.…]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)")
_DATE_TOKEN = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
    r"|\d{1,4}(?:st|nd|rd|th)?[,.]?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?,?|[ap]\.?m\.?|at|on|of|the|[-–|,]"
    r"|\d{4}-\d{2}-\d{2}t[\d:.+z-]*|[a-z]{2,5}|\(?[+-]\d{2}:?\d{2}\)?|\(?utc\)?|\(?gmt\)?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Patterns:
    """The compiled pattern tables from the data files."""

    drop: tuple[re.Pattern[str], ...]
    cut: tuple[re.Pattern[str], ...]
    nav: re.Pattern[str]
    byline: tuple[re.Pattern[str], ...]
    outlet: tuple[re.Pattern[str], ...]
    author: tuple[re.Pattern[str], ...]
    datelabel: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CleanText:
    """A cleaned plain-text document: its body and the metadata found in it."""

    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None


def _table(name: str) -> dict[str, list[str]]:
    text = resources.files("counterpoint.ingest").joinpath(f"data/{name}").read_text("utf-8")
    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, _, pattern = line.partition("\t")
        rows.setdefault(kind.strip(), []).append(pattern.strip())
    return rows


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Load and compile the pattern files once."""
    boiler, meta = _table("boilerplate.tsv"), _table("metadata.tsv")

    def compiled(rows: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in rows)

    nav = re.compile("(?:" + "|".join(boiler.get("nav", [])) + ")", re.I)
    label = re.compile("^(?:" + "|".join(meta.get("datelabel", [])) + r")\s*", re.I)
    return Patterns(
        drop=compiled(boiler.get("drop", [])),
        cut=compiled(boiler.get("cut", [])),
        nav=nav,
        byline=compiled(meta.get("byline", [])),
        outlet=compiled(meta.get("outlet", [])),
        author=compiled(meta.get("author", [])),
        datelabel=label,
    )


def _words(line: str) -> int:
    return len(line.split())


def is_prose(line: str) -> bool:
    """A line of running text: long enough and with a sentence end."""
    return _words(line) >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(line + " "))


def is_furniture(line: str) -> bool:
    """Matches a ``drop`` pattern, or is made only of navigation phrases (two or more)."""
    pats = patterns()
    if any(p.fullmatch(line) for p in pats.drop):
        return True
    return is_nav_run(line)


def is_nav_run(line: str) -> bool:
    """A run of two or more navigation phrases: "Previous Next", "Home | World | Sport"."""
    nav = patterns().nav
    rest, count = line.strip(), 0
    while rest:
        match = nav.match(rest)
        if not match or match.end() == 0:
            return False
        end = match.end()
        if end < len(rest) and (rest[end - 1].isalnum() and rest[end].isalnum()):
            return False  # stopped inside a word: "Homeland" is not "Home"
        count += 1
        rest = rest[end:].lstrip(" |/·•>›»,;:")
    return count >= 2


def is_cut(line: str) -> bool:
    """Opens a comment, "related" or tags section."""
    return any(p.fullmatch(line) for p in patterns().cut)


def byline_authors(line: str) -> tuple[str, ...]:
    """The writers a byline credits ("By Lee Yong-soo" → ("Lee Yong-soo",)), or ()."""
    for pattern in patterns().byline:
        match = pattern.fullmatch(line)
        if match:
            names = tuple(n for n in split_authors(match["authors"]) if _is_name(n))
            if names:
                return names
    return ()


_PARTICLES = {"de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "el",
              "ibn", "dos", "das", "y", "ten", "ter"}


def _is_name(value: str) -> bool:
    tokens = value.split()
    if not 1 <= len(tokens) <= 5:
        return False
    return all(t[0].isupper() or t.lower() in _PARTICLES for t in tokens if t[0].isalpha()) and (
        tokens[0][0].isupper()
    )


def dateline(line: str) -> str | None:
    """The ISO date of a line that is only a date ("March 02, 2021 12:20"), or None."""
    text = patterns().datelabel.sub("", line.strip(), count=1).strip(" :|-–")
    tokens = text.split()
    if not tokens or len(tokens) > 10:
        return None
    if not all(_DATE_TOKEN.fullmatch(t) for t in tokens):
        return None
    return parse_date(text)


def _outlet(line: str) -> str | None:
    for pattern in patterns().outlet:
        match = pattern.search(line)
        if match:
            name = match["outlet"].strip(" \"'“”‘’«»&.,;:-–")
            if name and any(ch.isupper() for ch in name) and _words(name) <= 8:
                return name
    return None


def _signature_author(line: str) -> str | None:
    for pattern in patterns().author:
        match = pattern.search(line)
        if match and _is_name(match["author"]):
            return str(match["author"])
    return None


def _lines(text: str) -> list[str]:
    """Lines with hard-wrapped paragraphs joined and blank lines dropped."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if len(lines) >= 3 and _is_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _is_wrapped(lines: list[str]) -> bool:
    full = [ln for ln in lines[:-1] if WRAP_MIN_CHARS <= len(ln) <= WRAP_MAX_CHARS]
    return len(full) >= 0.8 * (len(lines) - 1) and not any(_BULLET.match(ln) for ln in lines)


def clean_text(text: str) -> CleanText:
    """Split scraped text into body and metadata with the line classifier."""
    lines: list[str] = []
    for line in _lines(text):
        if _ONLY_GLYPHS.match(line):
            continue
        lines.append(_BULLET.sub("", line).strip())
    prose = {i for i, ln in enumerate(lines) if is_prose(ln) and not is_furniture(ln)}
    if prose and _headline_over_byline(lines, min(prose)):
        prose.discard(min(prose))
    if not prose:
        first_body, last_body = len(lines), -1
    else:
        first_body, last_body = min(prose), max(prose)

    prose_before, running = [], 0
    for i, line in enumerate(lines):
        prose_before.append(running)
        running += _words(line) if i in prose else 0
    prose_total = running
    title_at = _title_index(lines[: max(first_body, 0)])
    title = lines[title_at] if title_at is not None else None
    authors: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None
    signature: str | None = None
    body: list[str] = []
    for i, line in enumerate(lines):
        inside = first_body < i < last_body
        if i == title_at:
            continue
        if i > first_body and is_cut(line) and prose_before[i] >= CUT_MIN_SHARE * prose_total:
            for rest in lines[i:]:
                outlet = outlet or _outlet(rest)
            break
        if not inside:
            names = byline_authors(line)
            if names and not authors:
                authors = names
                continue
            date = dateline(line)
            if date:
                published = published or date
                continue
        if is_furniture(line) and (not inside or _words(line) <= FURNITURE_MAX_WORDS_INSIDE):
            outlet = outlet or _outlet(line)
            continue
        if i >= last_body >= 0:
            outlet = outlet or _outlet(line)
            signature = signature or _signature_author(line)
        edge = i < first_body or i > last_body
        if edge and _words(line) <= FRAGMENT_MAX_WORDS and not _SENTENCE_END.search(line + " "):
            continue
        body.append(line)
    if not authors and signature:
        authors = (signature,)
    return CleanText(
        body="\n\n".join(body), title=title, authors=authors, published=published, outlet=outlet
    )


def _headline_over_byline(lines: list[str], i: int) -> bool:
    """Whether the first prose-like line is a long headline: one that ends in "!" or "?" (or
    no stop) reads like a sentence, but a byline or dateline right under it shows it heads
    the article ("Council finally admits the leaks are its own fault!" over "By Tom Hale")."""
    line = lines[i]
    return (
        i + 1 < len(lines) and _is_title(line) and not line.endswith(".")
        and bool(byline_authors(lines[i + 1]) or dateline(lines[i + 1]))
    )


def _title_index(head: list[str]) -> int | None:
    """The headline among the lines before the body: the first heading-like line of at least
    TITLE_MIN_WORDS words (shorter ones are usually section labels), else the first at all."""
    candidates = [
        i for i, line in enumerate(head)
        if _is_title(line) and not is_furniture(line) and not byline_authors(line)
        and not dateline(line) and not patterns().nav.fullmatch(line)
    ]
    long = [i for i in candidates if _words(head[i]) >= TITLE_MIN_WORDS]
    return long[0] if long else (candidates[0] if candidates else None)


def _is_title(line: str) -> bool:
    words = _words(line)
    if not 1 <= words <= TITLE_MAX_WORDS or line.endswith((":", ",", ";")):
        return False
    return not (line.endswith(".") and words > TITLE_MAX_WORDS // 2)
