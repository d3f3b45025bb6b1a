"""The story's main event and the date each article gives it in its lede.

News copy opens with the main event and dates it ("A strong earthquake struck ... on Tuesday").
Two articles of one story may word that event differently (struck / hit / "the earthquake of
Monday, October 13") and may date it differently, which is exactly the conflict a reader wants
to see; their clause words then share little, so alignment needs to know which date of each
article is its main event's date. Three general observations pick it out:

- the story's *head term* is the content word that most articles use in their opening
  sentences (the event noun, "earthquake", or the thing it happened to, "hospital"), a word
  family of data/concepts.tsv standing for its words ("quake", "tremor"); words of named
  entities are left out, since a place name says where, not what;
- a dateline ("ZELIN, Oct. 16 (Agency) —") dates the copy, and a date right after a verb of
  saying ("told reporters on Friday", "said on Friday") dates the telling: neither dates the event;
- among the remaining day-precise dates of the opening sentences, the one nearest the head term
  (in a sentence that names it) dates the event; without the head term nearby, the first one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from counterpoint.compare import text as tx
from counterpoint.compare.frames import CLAUSE_PUNCT

if TYPE_CHECKING:  # pragma: no cover
    from counterpoint.compare.mentions import ArticleIndex, Mention

# The lede: the first sentences with at least this many content words (a headline or a byline
# has fewer; a news lede has 10-25). Two, since a lede often dates the event in its second
# sentence ("The quake, which struck before dawn yesterday, ...").
LEDE_SENTENCES = 2
LEDE_MIN_TERMS = 6
# Words looked at before a date for a verb of saying ("told reporters on Friday": at most a
# short object between the verb and the date).
SAY_WINDOW = 3
# Words of saying beyond the "say" family of data/concepts.tsv (tx.says): "according to",
# "he added".
SAY_WORDS = frozenset({"according", "added"})
# Verbs that tell of a statement when their subject makes it ("the council confirmed
# yesterday", "police revealed on Friday", "unions warned last night"), but of an event in the
# passive ("the outbreak was confirmed on Thursday", "keepers were warned on Friday").
ATTRIBUTING = frozenset({"confirm", "reveal", "disclos", "report", "warn"})  # stems
PASSIVE_AUX = frozenset({"was", "were", "been", "be", "is", "are", "being"})
PASSIVE_REACH = 2
# A date right after one of these words (an article between them allowed: "before the Saturday
# reception") names another event the sentence refers to, not the sentence's own time.
REFERENCE_WORDS = frozenset({"of", "since", "after", "before", "until", "from", "following"})
# Words looked at before a head word for a word that makes it a point of reference in time
# ("hours before the explosion", "two days after the quake").
REFERENCE_REACH = 3
# ... and further back when the date stands before that word, with no clause break between
# the word and the head word: "today ordered the river closed after an estimated 2,000 fish
# died" dates the order, and the deaths came before it.
REFERENCE_REACH_AFTER_DATE = 6
TIME_REFERENCE_WORDS = REFERENCE_WORDS - {"of", "from", "until"}


@cache
def _number_stems() -> frozenset[str]:
    """Stems of number words (the facts stage's own vocabulary): "eleven" in every lede counts
    the miners, it names no event."""
    from counterpoint.facts.numbers import PLURAL_SCALES, SCALES, WORD_VALUES

    return frozenset(tx.stem(w) for w in (*WORD_VALUES, *SCALES, *PLURAL_SCALES, "dozen"))


def head_term(articles: Sequence[ArticleIndex]) -> str | None:
    """The content stem used in the opening sentences of the most articles (ties: the most
    frequent in the whole story), named entities' words left out; None if no stem is shared
    by two articles' ledes."""
    named: set[str] = set()
    for a in articles:
        for e in a.facts.entities:
            named.update(tx.terms(e.text))
    in_ledes: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for a in articles:
        lede: set[str] = set()
        for i in _lede_sentences(a):
            named.update(_capitalized_inside(a.sentence_text(i)))
            lede.update(
                e for t, e in _events(a.terms[i])
                if t not in named and t not in _number_stems()
            )
        in_ledes.update(lede)
        for ts in a.terms:
            total.update(e for _, e in _events(ts))
    if not in_ledes:
        return None
    best = min(in_ledes, key=lambda t: (-in_ledes[t], -total[t], t))
    return best if in_ledes[best] >= 2 else None


def _events(terms: Sequence[str]) -> list[tuple[str, str]]:
    """Each stem of a sentence's terms (tx.terms) with what it names: its word family when
    tx.terms gave it one (right after it), else the stem itself."""
    return [
        (t, nxt if nxt.startswith("#") else t)
        for t, nxt in zip(terms, [*terms[1:], ""][: len(terms)], strict=True)
        if not t.startswith("#")
    ]


def _capitalized_inside(sentence: str) -> set[str]:
    """Stems of the words capitalized inside a sentence (not its first word, nor a word in
    capitals): parts of names the tagger may have missed ("the Korsk Pass road")."""
    out = set()
    for i, (w, _, _) in enumerate(tx.words(sentence)):
        if i and w[:1].isupper() and not w.isupper():
            out.add(tx.stem(w.lower()))
    return out


def main_event_dates(
    articles: Sequence[ArticleIndex], mentions: Sequence[Mention], head: str | None
) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Uids of each article's lede date, those of them in a sentence naming ``head``, and the
    other dates of that same sentence (a follow-up's lede may date its news and the main event:
    "salvors on Wednesday began pumping oil from the tanker that grounded on Saturday")."""
    ledes: set[int] = set()
    anchored: set[int] = set()
    others: set[int] = set()
    for ai, a in enumerate(articles):
        firsts = set(_lede_sentences(a))
        dated = [m for m in mentions if m.article == ai and m.kind == "date"
                 and m.precision == "day" and m.sentence in firsts]
        # an opening that dates another event by the head one ("warned of a crack on
        # Wednesday, two days before the landslide") tells that event's story: the next
        # sentence's dates are that event's too
        opening = min(firsts, default=None)
        before_head = any(m.sentence == opening and _refers_to_head(a, m, head) for m in dated)
        cands = [
            m
            for m in dated
            if not said_date(a, m)
            and not _refers_to_head(a, m, head)
            and not _before_offset(a, m)
            and not _nth_day(a, m)
            and not (before_head and m.sentence != opening)
        ]
        if not cands:
            continue
        near = [(d, m) for m in cands if (d := _head_distance(a, m, head)) is not None]
        if near:
            pick = min(near, key=lambda x: (x[0], x[1].span))[1]
            anchored.add(pick.uid)
            others.update(m.uid for _, m in near if m is not pick and m.sentence == pick.sentence)
        else:
            pick = min(cands, key=lambda m: m.span)
        ledes.add(pick.uid)
        # the opening sentence's own first date dates the news even when the head term sits
        # elsewhere ("Three carriages came off the rails ... in the early hours of Sunday")
        first = min(cands, key=lambda m: m.span)
        if first.sentence == min(firsts):
            ledes.add(first.uid)
    return frozenset(ledes), frozenset(anchored), frozenset(others)


def _lede_sentences(a: ArticleIndex) -> list[int]:
    return [i for i, t in enumerate(a.terms) if len(t) >= LEDE_MIN_TERMS][:LEDE_SENTENCES]


def said_date(a: ArticleIndex, m: Mention) -> bool:
    """A verb of saying stands just before the date, or right after it with nothing between
    ("the association today announces", "police on Friday said"): it dates the telling, not
    the event."""
    s0, e0 = a.sentences[m.sentence]
    text = a.facts.article.text
    before = tx.words(text[s0 : m.span[0]])[-SAY_WINDOW:]
    after = tx.words(text[m.span[1] : e0])[:1]
    # ("the mill was built in 1902 according to parish records": "according to" names a
    # source, and the date before it dates the building)
    if after and ((_says(after[0][0]) and after[0][0].lower() != "according") or (
        _attributes(a, m, after[0][0], m.span[0])
    )) and not text[m.span[1] : m.span[1] + after[0][1]].strip():
        return True
    # (a verb of saying in the passive tells no statement: "lime was added in 1990")
    says = [i for i, (w, at, _) in enumerate(before)
            if (_says(w) and not _passive(a, m, s0 + at)) or _attributes(a, m, w, s0 + at)]
    # "announces that on Thursday officers arrested ...": the date opens the clause told
    return bool(says) and not any(w.lower() == "that" for w, _, _ in before[says[-1] + 1 :])


def _attributes(a: ArticleIndex, m: Mention, word: str, at: int) -> bool:
    """Whether ``word`` (at offset ``at``) is a verb of ATTRIBUTING told of a statement, not in
    the passive ("police confirmed on Friday", not "was first confirmed on Friday")."""
    return tx.stem(word.lower()) in ATTRIBUTING and not _passive(a, m, at)


def _passive(a: ArticleIndex, m: Mention, at: int) -> bool:
    """Whether an auxiliary of the passive stands among the PASSIVE_REACH words before the
    verb at ``at`` ("was first confirmed")."""
    s0 = a.sentences[m.sentence][0]
    return any(w.lower() in PASSIVE_AUX
               for w, _, _ in tx.words(a.facts.article.text[s0:at])[-PASSIVE_REACH:])


def _says(word: str) -> bool:
    return word.lower() in SAY_WORDS or tx.says(word)


def _before_offset(a: ArticleIndex, m: Mention) -> bool:
    """Whether a counted span of time and "after" follow the date in its sentence ("..., a day
    after the crash", "30 hours after"): the date dates a later event than the one referred to.
    A lede that dates its news and then steps back by such a span ("inspectors shut the cannery
    on Friday, a day after a boiler blast there") dates a follow-up, so the date before the
    offset is not the main event's. An uncounted span ("only weeks after budburst") sets the
    scene instead. The spans are the units of time of the facts stage (_offset_units)."""
    _, e0 = a.sentences[m.sentence]
    after = [w.lower() for w, _, _ in tx.words(a.facts.article.text[m.span[1] : e0])]
    return any(
        w == "after" and i > 1 and after[i - 1] in _offset_units() and _counts(after[i - 2])
        for i, w in enumerate(after)
    )


@cache
def _offset_units() -> frozenset[str]:
    """The words of units of time ("day", "hours", "wks") in the facts stage's unit lexicon."""
    from counterpoint.facts.units import lexicon

    return frozenset(s for s, unit in lexicon().after.items() if unit.dimension == "time")


def _counts(word: str) -> bool:
    """A number or an article before a unit of time ("a day", "two days", "36 hours")."""
    return word in ("a", "an") or word.isdigit() or tx.stem(word) in _number_stems()


# "a fourth day adrift", "the third day of the strike": a day counted from the start of
# what the sentence tells, so the sentence's date is a later day than the start.
_NTH_DAY = re.compile(
    r"\b(?:second|" + "|".join(tx.ORDINAL_WORDS) + r"|\d+(?:nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+)?(?:day|night|morning|evening)\b", re.I)


def _nth_day(a: ArticleIndex, m: Mention) -> bool:
    """Whether the date's sentence counts its day from an earlier start ("the crew spent a
    fourth day adrift yesterday"): it dates a later day of the story, not its main event."""
    return bool(_NTH_DAY.search(a.sentence_text(m.sentence)))


def _refers_to_head(a: ArticleIndex, m: Mention, head: str | None) -> bool:
    """Whether the date's sentence names the head event only as a point of reference in time
    ("reported a smell of gas on Monday evening, hours before the explosion"): its dates are
    another event's."""
    found = _head_words(a, m, head)
    return bool(found) and not any(own for _, _, own in found)


def _head_words(a: ArticleIndex, m: Mention, head: str | None) -> list[tuple[int, int, bool]]:
    """Spans of the words of the date's sentence whose stem is ``head``, each with whether
    it names the event for itself: not after "before", "after", "since" or "following"
    (TIME_REFERENCE_WORDS, at most REFERENCE_REACH words before), unless the date stands in
    that reference ("since Tuesday's blackout", "three days after the landslide of Monday")."""
    if head is None:
        return []
    s0, e0 = a.sentences[m.sentence]
    text = a.facts.article.text
    words = tx.words(text[s0:e0])
    out = []
    for i, (w, ws, we) in enumerate(words):
        st = tx.stem(w.lower())
        if head not in (st, tx.family(w.lower(), st)):
            continue
        refs = [rs for x, rs, _ in words[max(0, i - REFERENCE_REACH) : i]
                if x.lower() in TIME_REFERENCE_WORDS]
        if not refs:
            start = max(0, i - REFERENCE_REACH_AFTER_DATE)
            refs = [rs for j, (x, rs, _) in enumerate(words[start:i], start)
                    if x.lower() in TIME_REFERENCE_WORDS and s0 + rs >= m.span[1]
                    # (not a time of day: "hit just after 7.45am near the roundabout")
                    and not words[j + 1][0][:1].isdigit()
                    and not CLAUSE_PUNCT.search(text[s0 + rs : s0 + ws])]
        # a date after the head word stands in its reference when nothing between them ends
        # the clause ("after a snow leopard broke out of the park on Monday night")
        between = text[s0 + we : m.span[0]]
        after_head = m.span[0] >= s0 + we and (
            len(tx.words(between)) <= 1 or not CLAUSE_PUNCT.search(between)
        )
        own = not refs or (
            s0 + refs[0] <= m.span[0] and (m.span[1] <= s0 + we or after_head)
        )
        out.append((s0 + ws, s0 + we, own))
    return out


def _head_distance(a: ArticleIndex, m: Mention, head: str | None) -> int | None:
    """Characters between the date and the nearest word of its sentence that names the head
    event for itself (see _head_words)."""
    best: int | None = None
    for ws, we, own in _head_words(a, m, head):
        if not own:
            continue
        d = m.span[0] - we if we <= m.span[0] else max(0, ws - m.span[1])
        best = d if best is None else min(best, d)
    return best


def refers_elsewhere(text: str, span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` names another event the sentence refers to ("the earthquake
    of Monday", "since 2009", "before the Saturday reception"), not the time of the sentence;
    "as of Thursday" dates the sentence itself."""
    before = [w.lower() for w, _, _ in tx.words(text[max(0, span[0] - 24) : span[0]])]
    if before[-2:] == ["as", "of"]:
        return False
    if before[-1:] == ["the"]:
        before = before[:-1]
    return bool(before) and before[-1] in REFERENCE_WORDS
