"""Tallies of a vote or a score ("voted 5-2", "by 25 votes to 16", "twenty-seven to fourteen",
"a 3-1 win", "by two goals to one", "unanimously"): the facts stage reads "5-2" as nothing or
as two loose numbers, so the comparison reads tallies itself, as quantities of their own kind
(``TALLY_KEY``).

A tally is compared as the share of the larger side in per cent (5-2 is 71.4), so that the same
tally in figures or words agrees and any other tally of the same vote conflicts; the explanation
shows the tally as written ("5–2"). News copy puts the larger side first, and a side is put
first here whatever the order ("lost 1-2" is the 2-1 of "won 2-1"). Tallies of one share with
other sides ("3-0" and "4-0", "2-1" and "6-3") differ too: the number of votes or goals in all
is added to the share in millionths (TOTAL_STEP), below any share's rounding, and the
comparison reads tallies exactly (values.EXACT_DIMENSIONS). A unanimous vote, whose sides are
not given, is 100 with room for any total, so it agrees with "9-0".
Only numbers in a sentence about a vote, a verdict or a match count (data/cues.tsv, "tally"),
and never a range of a measure ("2-3 weeks").
"""

from __future__ import annotations

import re

from counterpoint.compare import text as tx
from counterpoint.compare.frames import has_cue
from counterpoint.compare.mentions import (
    TALLY_UNIT,
    ArticleIndex,
    Mention,
    span_figure,
)
from counterpoint.facts import units
from counterpoint.facts.dates import month_names
from counterpoint.facts.numbers import word_value

TALLY_KEY = "q|tally|"
# The number words a tally may be written in ("six votes to one"); digits up to three places.
_NUM = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"
_TALLY = re.compile(
    rf"(?<![\w.,/-])(?P<a>\d{{1,3}})\s?[-–—]\s?(?P<b>\d{{1,3}})(?![\w/]|[.,:]\d|-\d)"
    rf"|\b(?:by\s+)?(?P<wa>{_NUM})\s+(?:(?:votes?|goals?)\s+)?to\s+(?P<wb>{_NUM})\b"
    r"|\b(?P<all>unanimous(?:ly)?)\b",
    re.I,
)
# Verbs right before "N to M" that make it a tally.
TALLY_VERBS = frozenset({"voted", "passed", "approved", "rejected", "backed", "won", "lost",
                         "beat", "defeated", "carried", "endorsed"})
# ... or nouns before "of N to M".
TALLY_NOUNS = frozenset({"majority", "margin", "score", "vote", "tally"})
# A tally's total of votes or goals, as a fraction of a share point added to its share, which
# is rounded to hundredths: totals stay below MAX_TOTAL (three digits a side), so the total
# never reaches the share's next hundredth, and share and total give back both sides.
TOTAL_STEP = 1e-6
MAX_TOTAL = 2000
# Words a sentence about a vote, a verdict or a match holds near its tally (this many
# characters on each side).
TALLY_CONTEXT_CHARS = 80


def parse(text: str) -> tuple[int, int] | None:
    """The two sides of a tally, larger first; (1, 0) for "unanimous", whose sides are not
    given; None when ``text`` holds no tally."""
    m = _TALLY.search(text)
    if m is None:
        return None
    if m.group("all"):
        return (1, 0)
    a, b = _sides(m)
    if a is None or b is None:
        return None
    return (max(a, b), min(a, b))


def show(text: str) -> str:
    """A tally for an explanation: "5–2", or "unanimous"."""
    sides = parse(text)
    if sides is None:
        return text
    return "unanimous" if sides[1] == 0 and "unanim" in text.lower() else f"{sides[0]}–{sides[1]}"


def _sides(m: re.Match[str]) -> tuple[int | None, int | None]:
    if m.group("a"):
        return int(m.group("a")), int(m.group("b"))
    return _number(m.group("wa")), _number(m.group("wb"))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    v = word_value(word.lower())
    return int(v) if v is not None and v == int(v) and 0 <= v < 1000 else None


def _measure_after(text: str, end: int) -> bool:
    """Whether a unit (data/units.tsv), a month or a time of day follows a hyphenated pair:
    it is then a range of a measure or of days ("2-3 weeks", "5-10%", "2-3 March"), not a
    tally."""
    after = text[end : end + TALLY_CONTEXT_CHARS].lstrip()
    if after.startswith("%") or after.lower().startswith(("a.m.", "p.m.")):
        return True
    words = tx.words(after)
    if not words:
        return False
    word = words[0][0].lower()
    unit = word in units.lexicon().after and word not in units.GLUED_ONLY  # not "in favour"
    return unit or word in month_names()


def _said_as_tally(text: str, match: re.Match[str]) -> bool:
    """Whether "N to M" is a tally: it counts votes ("by 25 votes to 16") or follows a verb of
    voting or winning ("passed twenty-seven to fourteen", "won by three to one") or a noun of
    one ("a majority of 10 to 2")."""
    if "vote" in match.group(0).lower() or match.group(0).lower().startswith("by "):
        return True
    before = [w.lower() for w, _, _ in tx.words(text[max(0, match.start() - 30) : match.start()])]
    if before[-2:-1] and before[-1] == "of" and before[-2] in TALLY_NOUNS:
        return True  # "by a majority of 10 to 2"
    return bool(before) and before[-1] in TALLY_VERBS


def add_tallies(ai: int, a: ArticleIndex, weights: dict[str, float], out: list[Mention]) -> None:
    """Add a mention for each tally of a vote, a verdict or a match in the article."""
    text = a.facts.article.text
    for match in _TALLY.finditer(text):
        span = (match.start(), match.end())
        if match.group("wa") and match.group(0).lower().startswith("by "):
            span = (match.start("wa"), match.end())
        around = text[max(0, span[0] - TALLY_CONTEXT_CHARS) : span[1] + TALLY_CONTEXT_CHARS]
        if not has_cue("tally", around.lower()):
            continue
        if match.group("all"):
            share = high = 100.0
            high += MAX_TOTAL * TOTAL_STEP  # any number of votes, all on one side
        else:
            x, y = _sides(match)
            if x is None or y is None or x + y == 0:
                continue
            if match.group("a") and _measure_after(text, span[1]):
                continue  # "2-3 weeks", "2-3 March": a range
            if match.group("wa") and not _said_as_tally(text, match):
                continue  # "rose from 12 to 15": a change, not a tally
            share = high = round(100.0 * max(x, y) / (x + y), 2) + (x + y) * TOTAL_STEP
        out.append(span_figure(len(out), ai, a, span, TALLY_KEY, weights, low=share,
                               high=high, value=share, unit=TALLY_UNIT, qualifier="exact"))
