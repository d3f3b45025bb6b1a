"""Tone toward actors: the sentiment of the clauses where a government, group or organization
acts or is acted upon.

**Actors.** Mentions are grouped into canonical actors (``actors.py``):

* a country's *state* (id ``country:XX``, shown as "the North Korean government"): the country
  name where it acts ("North Korea imposed a ban"), its capital used the same way ("Moscow
  insists", ``data/capitals.tsv``), its leader (``data/leaders.tsv``, or a person the text
  titles "North Korean leader ..."), and phrases whose head noun names the state's people or
  institutions (``data/actor_nouns.tsv``: "the Russian embassy", "DPRK authorities", "Russian
  diplomats", "the Biden administration"). "The regime", "the authorities", "the country" with
  no country named stand for the most-mentioned country; "the embassy" for the last embassy the
  text tied to a country. A country's people ("ordinary North Koreans") and press are not its
  state and are left out;
* groups from ``data/groups.tsv`` ("the West": its member states and every "Western ..." phrase,
  press included);
* any other organization or group the entities stage found (``org:un``), under its own id.

**Clauses.** A mention counts where its noun phrase is the subject, object, agent or
prepositional object of a verb (or the subject of a participle or relative clause on it:
"diplomats fleeing ..."). Places are not actors: "diplomats in Pyongyang", "flights to Moscow"
and "they left the country" (``data/place_verbs.txt``) give no clause. The clause is the verb's
subtree without its own subordinate, reported or coordinated clauses.

**Scores.** Each clause is scored from word valences (VADER's lexicon, with the news additions
and plain-sense overrides of ``data/tone_valence.tsv``; words of ``factual_valence.txt`` that
report events are damped), with negation read from the parse ("had no problems", "did not
condemn" flip the word, as VADER scales a negated word by -0.74), degree adverbs applied to the
word they modify, names left out, and VADER's normalization to -1..1. A clause without valence
words scores 0 and counts: neutral reporting pulls an actor toward neutral. An actor's score is
the mean over its clauses. Clauses inside a claim the writer attributes elsewhere ("the opinion
that ...", ``data/distancing.txt``) or inside a condition ("if ...") weigh half.

Limitations: words are not stance. "Sanctions hurt the economy" reads negative for whoever is
named, sympathy for a victim reads as negative tone, an opinion the author reports and rejects
counts half only where the text marks it ("the opinion that"), pronouns ("it", "its") are not
followed, and parse errors move mentions into the wrong clause. Read the scores with their
evidence clauses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from functools import cache
from typing import Any, Literal

from counterpoint.framing.actors import (
    MAX_CLIMB,
    NOMINAL,
    PEOPLE_WORDS,
    actor_mentions,
    actor_nouns,
    table_rows,
)
from counterpoint.framing.lexicons import groups, phrase_list, vader_lexicon
from counterpoint.model import Entity

# How many actors per article get a tone entry, and the fewest mentions an actor needs:
# a story has a handful of central actors; one passing mention says nothing about tone.
MAX_ACTORS = 6
MIN_MENTIONS = 2
MAX_EVIDENCE = 3
# VADER's constants: a negated word's valence is scaled by -0.74, a degree adverb adds 0.293 in
# the word's direction, and a clause sum s becomes s / sqrt(s^2 + 15).
NEGATION_SCALAR = -0.74
BOOST = 0.293
NORMALIZE_ALPHA = 15.0
# Words of factual_valence.txt ("killed", "war", "help") report events more than they judge:
# they keep 30% of their valence (a clause full of them still reads darker, but no single event
# word swings an actor's tone).
EVENT_WEIGHT = 0.3
# A clause inside someone else's claim ("the opinion that ...", "rumors that ...") or inside a
# condition ("if ...") asserts less than the article's own statements: it weighs half.
DISTANCED_WEIGHT = 0.5
# Parse steps from a valence word up to the negation that governs it ("had no [problems]",
# "there was no desire to mock or [humiliate]": 5).
NEG_CLIMB = 6

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
SUBCLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "cc", "relcl"})
NESTED_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "parataxis"})
VERBAL = frozenset({"VERB", "AUX"})
# Prepositions that make their object a place or a path, not a participant ("in Pyongyang",
# "from Moscow", "over the border"), and "according to", which names a source, not a target.
NON_PARTICIPANT_PREPS = frozenset(
    {
        "in", "at", "into", "inside", "within", "from", "to", "across", "through", "throughout",
        "near", "around", "over", "out", "onto", "via", "along", "outside", "beyond", "off",
        "according", "under", "behind", "past", "up", "down",
    }
)  # fmt: skip
# Words that negate what they govern (VADER's list plus the determiner "no").
NEGATORS = frozenset(
    {"no", "not", "n't", "never", "none", "nothing", "nobody", "neither", "nor", "without",
     "cannot", "hardly", "barely", "scarcely", "seldom", "rarely"}
)  # fmt: skip
_DANGLING = re.compile(r"\s*([,;:])(?:\s*[,;:.])+")
# Dependencies that end a clause when negation is looked for above a word.
CLAUSE_TOPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})


@cache
def tone_valence() -> dict[str, float]:
    """VADER's valences with the news additions and overrides of ``data/tone_valence.tsv``."""
    table = dict(vader_lexicon())
    table.update({r[0]: float(r[1]) for r in table_rows("tone_valence.tsv")})
    return table


@cache
def _overridden() -> frozenset[str]:
    return frozenset(r[0] for r in table_rows("tone_valence.tsv"))


@cache
def _boosters() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    table = {k: float(v) for k, v in BOOSTER_DICT.items()}
    for (word,) in (e for e in phrase_list("intensifiers.txt").entries if len(e) == 1):
        table.setdefault(word, BOOST)
    return table


def _prep_chain(tok: Any) -> tuple[str, Any]:
    """For a prepositional object: the outermost preposition word and what it attaches to."""
    p = tok.head
    while p.dep_ in {"pcomp", "prep"} and p.head.pos_ in {"ADP", "SCONJ"} | (
        {"VERB"} if p.head.dep_ == "prep" else set()
    ):
        p = p.head
    return p.lower_, p.head


def clause_of(head: Any) -> tuple[Any, list[Any]] | None:
    """The clause a noun phrase head is a participant of: (its verb, the clause's tokens).

    In order: the verb the phrase itself is subject/object of; else the participle or relative
    clause on it ("diplomats fleeing ..."); else the role of the phrase it sits in ("the ability
    of the regime", "X and Y").
    """
    if head.dep_ == "pobj" and _prep_chain(head)[0] in NON_PARTICIPANT_PREPS:
        return None  # a place: "diplomats in Pyongyang", "the famine in the country"
    direct = _participant(head, head)
    if direct is not False:
        return direct
    own = _own_clause(head)
    if own is not None:
        return own
    tok = head
    for _ in range(MAX_CLIMB):  # to the head of a coordination or a genitive ("the ability of")
        if tok.dep_ in {"conj", "appos"} and tok.head.pos_ in NOMINAL:
            tok = tok.head
        elif (
            tok.dep_ == "pobj" and tok.head.lower_ in {"of", "by"} and tok.head.head.pos_ in NOMINAL
        ):
            tok = tok.head.head
            if _is_people(tok):
                return None  # "citizens of the Czech Republic" are not its state
        else:
            break
    found = _participant(tok, head)
    return found if found is not False else None


def _participant(tok: Any, head: Any) -> tuple[Any, list[Any]] | Literal[False] | None:
    """The clause ``tok`` is subject/object/prepositional object of; None for a place role
    (stop looking), False when ``tok`` has no role at a verb (look further)."""
    verb = None
    if tok.dep_ in SUBJECT_DEPS | OBJECT_DEPS and tok.head.pos_ in VERBAL:
        verb = tok.head
        if tok.dep_ in OBJECT_DEPS and verb.lemma_.lower() in phrase_list("place_verbs.txt"):
            return None
    elif tok.dep_ == "pobj":
        word, attach = _prep_chain(tok)
        if attach.pos_ not in VERBAL | {"ADJ"}:
            return False
        if word in NON_PARTICIPANT_PREPS:
            return None
        verb = attach if attach.pos_ in VERBAL else attach.head  # "hostile toward X" -> "is"
    if verb is None or verb.pos_ not in VERBAL:
        return False
    subject = tok.dep_ in SUBJECT_DEPS
    skip = {
        t.i
        for c in verb.children
        if c.dep_ in SUBCLAUSE_DEPS
        and c.i != tok.i
        and not (subject and c.dep_ in {"conj", "cc"} and _shares_subject(c))
        for t in c.subtree
    }
    # clauses nested on other words are other clauses ("the world, which cannot punish him")
    for t in verb.subtree:
        if t.dep_ in NESTED_CLAUSE_DEPS and t.i != verb.i and t.head.i not in {verb.i, head.i}:
            skip.update(d.i for d in t.subtree)
    return verb, [t for t in verb.subtree if t.i not in skip]


def _is_people(tok: Any) -> bool:
    noun = actor_nouns().get(tok.lemma_.lower())
    return tok.lower_ in PEOPLE_WORDS or (noun is not None and noun.role == "people")


def _own_clause(head: Any) -> tuple[Any, list[Any]] | None:
    """The participle or relative clause whose subject the phrase is ("diplomats fleeing ...",
    "officials who live ...")."""
    for c in head.children:
        if c.pos_ not in VERBAL:
            continue
        subjects = [d for d in c.children if d.dep_ in SUBJECT_DEPS]
        if (c.dep_ == "acl" and not subjects) or (
            c.dep_ == "relcl" and any(d.lower_ in {"who", "which", "that"} for d in subjects)
        ):
            return c, list(c.subtree)
    return None


def _shares_subject(verb: Any) -> bool:
    """A coordinated verb without its own subject ("... and won praise") shares the first one's."""
    return verb.dep_ == "cc" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _negated(tok: Any) -> bool:
    """Whether a negation governs the word: on it or on the words above it, up to the top of
    its finite clause ("had no [problems]", "did not [really] [condemn]", "no wish to [mock]");
    a subject is not negated by its verb's "not", and "and" does not carry a negation over."""
    node = tok
    for _ in range(NEG_CLIMB):
        for c in node.children:
            if c.dep_ == "neg" or (c.dep_ in {"det", "advmod"} and c.lower_ in NEGATORS):
                return True
        if node.dep_ == "pobj" and node.head.lower_ == "without":
            return True
        if node.dep_ in SUBJECT_DEPS | CLAUSE_TOPS or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and not any(
            c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in node.head.children
        ):
            return False
        node = node.head
    return False


def word_valence(tok: Any) -> float:
    """A token's valence (-4..4) before negation and degree: ours, then VADER's, damped events."""
    table = tone_valence()
    low = tok.lower_
    lemma = tok.lemma_.lower()
    word = low if low in table else lemma if lemma in table else None
    if word is None or low in NEGATORS:
        return 0.0
    value = table[word]
    if word not in _overridden() and (word,) in phrase_list("factual_valence.txt"):
        value *= EVENT_WEIGHT
    return value


def clause_score(tokens: Sequence[Any], skip: Collection[int] = ()) -> float:
    """Sentiment of a clause, -1..1: negation- and degree-aware sum of word valences."""
    total = 0.0
    boosters = _boosters()
    for tok in tokens:
        if tok.i in skip or tok.is_punct or tok.like_num or tok.ent_type_:
            continue
        value = word_valence(tok)
        if not value:
            continue
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in boosters:
                # VADER: a booster moves the word away from 0, a dampener toward it
                value += boosters[c.lower_] if value > 0 else -boosters[c.lower_]
        if _negated(tok):
            value *= NEGATION_SCALAR
        total += value
    return total / math.sqrt(total * total + NORMALIZE_ALPHA) if total else 0.0


def distanced(verb: Any) -> bool:
    """Whether a clause is a condition or sits inside a claim the writer attributes elsewhere."""
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
    ):
        return True
    node = verb
    while node.head.i != node.i:
        if node.dep_ in {"ccomp", "acl", "relcl", "xcomp"} and (
            node.head.lemma_.lower() in phrase_list("distancing.txt")
        ):
            return True
        node = node.head
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, str]:
    """A sentence's start and text without surrounding space or a stray quote mark in front."""
    piece = text[start:end]
    stripped = piece.lstrip()
    if stripped[:1] in {'"', "”", "’"} and stripped[1:2].isspace():
        stripped = stripped[1:].lstrip()
    return start + len(piece) - len(stripped), stripped.rstrip()


def _clause_text(tokens: Sequence[Any]) -> str:
    """The clause's words as one string, without punctuation left dangling by cut clauses."""
    start = 0
    while start < len(tokens) - 1 and (tokens[start].is_punct or tokens[start].dep_ == "cc"):
        start += 1  # "And , some diplomats ..." once the clause between was cut
    text = "".join(t.text_with_ws for t in tokens[start:])
    text = _DANGLING.sub(r"\1 ", " ".join(text.split()))
    text = text.strip(" ,;:.—–-\"“”‘’")
    for left, right in (("“", "”"), ("(", ")")):
        if text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())


def tone(entities: Sequence[Entity], doc: Any) -> dict[str, Any]:
    """Tone toward the article's central actors (shape documented in ``counterpoint.framing``)."""
    mentions = actor_mentions(entities, doc)
    names = {  # names carry no tone ("Liberty Party"); labels do ("the regime")
        i
        for _, (_, ms) in mentions.items()
        for m in ms
        for i in range(m.start, m.end)
        if doc[m.start].pos_ == "PROPN" or doc[m.start].ent_type_
    }
    full = doc.text
    scored_by: dict[str, list[tuple[float, Any, list[Any]]]] = {}
    for eid, (_, ms) in mentions.items():
        seen: set[int] = set()
        scored: list[tuple[float, Any, list[Any]]] = []
        for m in ms:
            if m.role == "people" or (eid.startswith("country:") and m.role != "state"):
                continue
            found = clause_of(m.head)
            if found is None or found[0].i in seen:
                continue
            verb, tokens = found
            seen.add(verb.i)
            score = clause_score(tokens, names)
            if distanced(verb):
                score *= DISTANCED_WEIGHT
            scored.append((score, verb, tokens))
        scored_by[eid] = scored
    counts = {eid: len(ms) for eid, (_, ms) in mentions.items()}
    eligible = [e for e in mentions if scored_by[e] and counts[e] >= MIN_MENTIONS]
    central = sorted(eligible, key=lambda e: (-counts[e], -len(scored_by[e]), e))[:MAX_ACTORS]
    central += [g.id for g in groups() if g.id in eligible and g.id not in central]
    out: dict[str, Any] = {}
    for eid in sorted(central):
        name = mentions[eid][0]
        scored = scored_by[eid]
        mean = sum(s for s, _, _ in scored) / len(scored)
        strongest = sorted(scored, key=lambda x: (-abs(x[0]), x[1].i))[:MAX_EVIDENCE]
        evidence = []
        for s, verb, tokens in sorted(strongest, key=lambda x: x[1].i):
            sent = verb.sent
            start, text = _trimmed(full, sent.start_char, sent.end_char)
            evidence.append(
                {
                    "text": text,
                    "span": [start, start + len(text)],
                    "score": round(s, 3),
                    "clause": _clause_text(tokens),
                }
            )
        out[eid] = {
            "name": name,
            "score": round(mean, 3),
            "clauses": len(scored),
            "mentions": counts[eid],
            "evidence": evidence,
        }
    return out
