"""Places in a series ("in the 119th minute", "the ninth consecutive monthly fall", "her
third attempt"): the facts stage reads no ordinals, so the comparison reads them itself, as
figures of their own kind counting the noun that follows (``ORDINAL_KEY``), or a rank after a
verb of ranking ("ranked 44th on the tour"). Two reports that
put one thing at different places in its series disagree ("117th-minute winner" / "in the
119th minute"); one that leaves the place out may omit it.

"First" and "second" in words are left out: most of their uses are idioms ("for the first
time", "a second look", "first light"), not places in a series a report would count (written
in figures, "1st" and "2nd" are read). Centuries
("14th-century", "the seventh century") are dates, and a day of a month ("the 14th of May")
is a date too.
"""

from __future__ import annotations

import re

from counterpoint.compare import text as tx
from counterpoint.compare.mentions import (
    ORDINAL_KEY,
    ORDINAL_UNIT,
    ArticleIndex,
    Mention,
    span_figure,
)
from counterpoint.facts.dates import month_names

_WORDS = tx.ORDINAL_WORDS
_ORDINAL = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_WORDS) + r"))\b(?P<dash>-)?",
    re.IGNORECASE,
)
# Words after an ordinal that make it a date, not a place in a series.
_NOT_A_SERIES = frozenset({"century", "centuries", "of"})
# Words read after an ordinal for what it counts ("ninth consecutive monthly fall").
NOUN_WINDOW = 3


def add_ordinals(ai: int, a: ArticleIndex, weights: dict[str, float], out: list[Mention]) -> None:
    """Add a mention for each place in a series the article gives."""
    text = a.facts.article.text
    months = month_names()
    # (a date the facts stage could not place, "the sixth week in a row", takes no span)
    taken = [m.span for m in out if m.article == ai] + [
        d.span for d in a.facts.dates if d.precision != "unknown"]
    for match in _ORDINAL.finditer(text):
        span = (match.start(), match.end() - (1 if match.group("dash") else 0))
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        after = _words_after(text[match.end() : match.end() + 60])
        before = [w.lower() for w, _, _ in tx.words(text[max(0, span[0] - 20) : span[0]])]
        if not after or after[0] in _NOT_A_SERIES or after[0] in months or (
            before and before[-1] in months
        ):
            continue  # "14th-century", "the 14th of May", "May 14th"
        nouns = _nouns(after) or _ranked(before)
        if not nouns:
            continue
        value = float(match.group("n") or _WORDS[match.group("w").lower()])
        taken.append(span)
        out.append(span_figure(len(out), ai, a, span, ORDINAL_KEY, weights, low=value,
                               high=value, value=value, unit=ORDINAL_UNIT, qualifier="exact",
                               counted=nouns))


def _words_after(text: str) -> list[str]:
    """The lower-cased words of ``text`` up to the first mark of punctuation between two of
    them: "the 12th regatta, due to start" counts regattas, not things due."""
    out: list[str] = []
    end = 0
    for w, s, e in tx.words(text):
        if out and any(c in ",;:.()" for c in text[end:s]):
            break
        out.append(w.lower())
        end = e
    return out


# Nouns of one staging of an event: an ordinal before one and "of" counts the event named after
# "of" ("the 40th edition of the regatta" is its 40th regatta).
_STAGING = frozenset({"edition", "running", "staging", "instalment", "installment"})


def _nouns(after: list[str]) -> frozenset[str]:
    """Stems of the words an ordinal may count: the content words among the NOUN_WINDOW words
    after it ("119th minute", "ninth consecutive monthly fall" -> consecut, month, fall; a
    compound "great-grandson" as one word), and after a noun of staging, those after its
    "of"."""
    stop = tx.stopwords()
    kinds = tx.counted_kinds()  # "her third attempt" / "her fourth bid": one kind of thing
    out: set[str] = set()
    for k, w in enumerate(after[:NOUN_WINDOW]):
        if w in _STAGING and after[k + 1 : k + 2] == ["of"]:
            out.update(tx.terms(w))
            rest = after[k + 2 :]
            return _nouns(rest[1:] if rest[:1] == ["the"] else rest) | out
        if not w.replace("-", "").isalpha() or w in stop:
            break
        out.update(tx.terms(w))
    return frozenset(out | {kinds[t] for t in out if t in kinds})


# Verbs of ranking: an ordinal after one counts a rank ("ranked 44th on the tour", "seeded
# ninth", "ranked only 61st"), though no noun follows it.
_RANKED = frozenset({"ranked", "seeded"})
# Words that may stand between the verb and the ordinal: an article, or a word ending in -ly.
RANKED_GAP = 2


def _ranked(before: list[str]) -> frozenset[str]:
    """The rank an ordinal counts when a verb of ranking stands right before it, with at most
    RANKED_GAP articles or -ly words between ("ranked only"); else nothing."""
    for k, w in enumerate(reversed(before[-(RANKED_GAP + 1):])):
        if w in _RANKED:
            return frozenset(tx.terms("rank"))
        if k >= RANKED_GAP or not (w in ("a", "an", "the") or w.endswith("ly")):
            break
    return frozenset()


def ordinal_text(value: float) -> str:
    """A place in a series as written in figures: 1st, 2nd, 3rd, 11th, 22nd, 117th."""
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
