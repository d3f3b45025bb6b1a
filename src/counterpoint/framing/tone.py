"""Tone toward actors: the sentiment of the clauses where a government, group or organization
acts or is acted upon.

**Actors.** Mentions are grouped into canonical actors:

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
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from counterpoint.framing.lexicons import data_path, groups, phrase_list, vader_lexicon
from counterpoint.model import Entity

ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "FAC", "PERSON"})
# How many actors per article get a tone entry, and the fewest mentions an actor needs:
# a story has a handful of central actors; one passing mention says nothing about tone.
MAX_ACTORS = 6
MIN_MENTIONS = 2
MAX_EVIDENCE = 3
# Steps climbed inside a noun phrase ("the ability of the regime", "X and Y") to its head.
MAX_CLIMB = 4
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
NP_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
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
PEOPLE_WORDS = frozenset({"people", "citizens", "residents", "population", "public"})
FORMER_WORDS = frozenset({"former", "ex", "ex-", "exiled", "retired"})
# Dependencies that end a clause when negation is looked for above a word.
CLAUSE_TOPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})


@dataclass(frozen=True, slots=True)
class ActorNoun:
    """A head noun of ``actor_nouns.tsv``: its role and whether "the X" alone names a state."""

    role: str
    resolve: bool


@dataclass(frozen=True, slots=True)
class Mention:
    """Words that name an actor, and the head token whose role in a clause is judged."""

    actor: str
    start: int
    end: int
    head: Any
    role: str


def _rows(name: str) -> Iterator[list[str]]:
    for raw in data_path(name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            yield [c.strip() for c in raw.split("\t")]


@cache
def actor_nouns() -> dict[str, ActorNoun]:
    """Head noun lemma -> role (``data/actor_nouns.tsv``)."""
    return {r[0]: ActorNoun(r[1], r[2:3] == ["yes"]) for r in _rows("actor_nouns.tsv")}


@cache
def capitals() -> dict[str, str]:
    """Slug of a capital -> alpha-2 of its country (``data/capitals.tsv``)."""
    return {r[0]: r[1] for r in _rows("capitals.tsv")}


@cache
def leaders() -> dict[str, str]:
    """Slug of a leader's name -> alpha-2 of the state they lead (``data/leaders.tsv``)."""
    return {r[0]: r[1] for r in _rows("leaders.tsv")}


@cache
def tone_valence() -> dict[str, float]:
    """VADER's valences with the news additions and overrides of ``data/tone_valence.tsv``."""
    table = dict(vader_lexicon())
    table.update({r[0]: float(r[1]) for r in _rows("tone_valence.tsv")})
    return table


@cache
def _overridden() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("tone_valence.tsv"))


@cache
def _boosters() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    table = {k: float(v) for k, v in BOOSTER_DICT.items()}
    for (word,) in (e for e in phrase_list("intensifiers.txt").entries if len(e) == 1):
        table.setdefault(word, BOOST)
    return table


@cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(alias -> alpha-2, alpha-2 -> display name, alpha-2 -> demonym adjective)."""
    from counterpoint.facts.aliases import data_rows, gazetteer

    gaz = gazetteer()
    aliases = {
        alias: entry.id.split(":", 1)[1]
        for alias, entry in gaz.entries.items()
        if entry.id.startswith("country:")
    }
    names = {k.split(":", 1)[1]: v for k, v in gaz.names.items() if k.startswith("country:")}
    demonyms: dict[str, str] = {}
    for alias, code, kind in data_rows("entities_countries.tsv"):
        if kind == "demonym" and not alias.endswith("s"):
            demonyms.setdefault(code, alias)
    return aliases, names, demonyms


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def state_name(code: str) -> str:
    """ "the North Korean government", or "the government of X" without a known adjective."""
    _, names, demonyms = _countries()
    if code in demonyms:
        return f"the {demonyms[code]} government"
    return f"the government of {names.get(code, code)}"


def _country_of(eid: str, label: str, text: str) -> str | None:
    """The country a mention stands for: a country id, a capital, a leader, "Russian Ministry"."""
    kind, _, rest = eid.partition(":")
    if kind == "country":
        return rest.upper()
    slug = _slug(text)
    if label == "GPE" and (rest in capitals() or slug in capitals()):
        return capitals().get(rest) or capitals()[slug]
    if label in {"PERSON", "ORG"} and (rest in leaders() or slug in leaders()):
        return leaders().get(rest) or leaders()[slug]
    if label in {"ORG", "FAC"}:
        words = text.split()
        aliases = _countries()[0]
        for n in range(min(3, len(words) - 1), 0, -1):
            code = aliases.get(" ".join(words[:n]))
            if code and _lemma(words[-1]) in actor_nouns():
                return code
    return None


def _lemma(word: str) -> str:
    low = word.lower()
    if low in actor_nouns():
        return low
    return low[:-1] if low.endswith("s") and low[:-1] in actor_nouns() else low


def _np_head(tok: Any) -> Any:
    """The head noun of the noun phrase a token modifies ("Russian" -> "diplomats")."""
    for _ in range(MAX_CLIMB):
        if tok.dep_ in NP_DEPS and tok.head.i != tok.i and tok.head.pos_ in NOMINAL:
            tok = tok.head
        else:
            break
    return tok


def _role(span: Any, head: Any, label: str, has_country: bool) -> str:
    """state | people | media | other: which part of a country the phrase names."""
    if span.start <= head.i < span.end:
        noun = actor_nouns().get(_lemma(head.text))
        if noun is not None and label in {"ORG", "FAC"}:
            return noun.role
        if label == "NORP" and (head.tag_ in {"NNS", "NNPS"} or head.text.endswith("s")):
            return "people"
        return "state" if has_country else "other"
    noun = actor_nouns().get(head.lemma_.lower()) or actor_nouns().get(head.lower_)
    if any(c.lower_ in FORMER_WORDS for c in head.children):
        return "people"  # "a former North Korean diplomat" no longer acts for the state
    if noun is not None:
        return noun.role
    if head.lower_ in PEOPLE_WORDS:
        return "people"
    # "North Korea's health system", "Moscow flights", "Russian food": the country's things,
    # not its state acting
    return "other"


def _entity_spans(entities: Sequence[Entity], doc: Any) -> list[tuple[str, str, str, Any]]:
    """(id, label, name, token span) of every actor-like entity mention."""
    out = []
    size = len(doc.text)  # Doc.text rebuilds the string on every access: read it once
    if entities:
        for ent in entities:
            s, e = ent.span
            if ent.label in ACTOR_LABELS and 0 <= s < e <= size:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    out.append((ent.id, ent.label, ent.name, span))
        return out
    aliases = _countries()[0]
    for span in doc.ents:
        if span.label_ in ACTOR_LABELS:
            code = aliases.get(span.text) or aliases.get(re.sub(r"^[Tt]he ", "", span.text))
            eid = f"country:{code}" if code else f"{span.label_.lower()}:{_slug(span.text)}"
            out.append((eid, span.label_, span.text, span))
    return out


def actor_mentions(entities: Sequence[Entity], doc: Any) -> dict[str, tuple[str, list[Mention]]]:
    """Actor id -> (display name, its mentions), states, groups and organizations together."""
    spans = _entity_spans(entities, doc)
    country_at: dict[int, str] = {}
    coded: list[tuple[str, str, str, Any, str | None]] = []
    for eid, label, name, span in spans:
        code = _country_of(eid, label, span.text)
        coded.append((eid, label, name, span, code))
        if code:
            country_at.update(dict.fromkeys(range(span.start, span.end), code))
    titled = _titled_leaders(coded, country_at)
    counts = Counter(c for *_, c in coded if c)
    first = {c: i for i, (*_, c) in reversed(list(enumerate(coded))) if c}
    dominant = min(counts, key=lambda c: (-counts[c], first[c])) if counts else None

    found: dict[str, tuple[str, list[Mention]]] = {}
    taken: set[int] = set()

    def add(actor: str, name: str, m: Mention) -> None:
        found.setdefault(actor, (name, []))[1].append(m)

    for eid, label, name, span, code in coded:
        code = code or titled.get(eid)
        if label == "PERSON" and not code:
            continue
        head = _np_head(span.root)
        role = _role(span, head, label, code is not None)
        taken.update(range(span.start, span.end))
        if code:
            m = Mention(f"country:{code}", span.start, span.end, head, role)
            if role == "state":
                add(m.actor, state_name(code), m)
            _group_add(found, m, eid)
        else:
            m = Mention(eid, span.start, span.end, head, role)
            add(eid, name, m)
            _group_add(found, m, eid)
    for m in _noun_mentions(doc, country_at, dominant, taken):
        add(m.actor, state_name(m.actor.split(":", 1)[1]), m)
        _group_add(found, m, m.actor)
    for group in groups():  # words naming a group itself ("the West", "Western media")
        for t in doc:
            if t.lower_ in group.words and t.is_title and t.i not in taken:
                head = _np_head(t)
                role = _role(doc[t.i : t.i + 1], head, "", False)
                m = Mention(group.id, t.i, t.i + 1, head, role)
                found.setdefault(group.id, (group.name, []))[1].append(m)
    for _, ms in found.values():
        ms.sort(key=lambda m: m.start)
    return found


def _group_add(found: dict[str, tuple[str, list[Mention]]], m: Mention, eid: str) -> None:
    """Add a mention to every group whose members include its entity or its country."""
    for group in groups():
        member = eid.lower() in group.members or m.actor.lower() in group.members
        if member and m.role != "people":
            found.setdefault(group.id, (group.name, []))[1].append(m)


def _titled_leaders(
    coded: Sequence[tuple[str, str, str, Any, str | None]], country_at: dict[int, str]
) -> dict[str, str]:
    """Person id -> country for people the text titles "<country> leader/president ..."."""
    out: dict[str, str] = {}
    for eid, label, _, span, code in coded:
        if label != "PERSON" or code:
            continue
        doc = span.doc
        lo = span.start
        while lo > 0 and doc[lo - 1].pos_ in {"PROPN", "NOUN", "ADJ"} and span.start - lo < 5:
            lo -= 1
        prefix = doc[lo : span.start]
        nouns = [actor_nouns().get(t.lemma_.lower()) for t in prefix]
        titles = [n for n in nouns if n is not None and n.role == "state"]
        codes = [country_at[t.i] for t in prefix if t.i in country_at]
        if titles and codes:
            out[eid] = codes[-1]
    return out


def _noun_mentions(
    doc: Any, country_at: dict[int, str], dominant: str | None, taken: set[int]
) -> Iterator[Mention]:
    """ "the regime", "the authorities" (the dominant country) and "the embassy" (the last
    embassy the text tied to a country) where no country is named in the phrase."""
    last: dict[str, str] = {}
    nouns = actor_nouns()
    for t in doc:
        lemma = t.lemma_.lower()
        noun = nouns.get(lemma) or nouns.get(t.lower_)
        if noun is None or noun.role != "state" or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        mods = [c for c in t.children if c.dep_ in NP_DEPS]
        named = [country_at[c.i] for m in mods for c in m.subtree if c.i in country_at]
        of = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of:  # "the embassies of 12 countries", "the government of Sweden"
            if any(c.i in country_at for p in of for c in p.subtree):
                named += [country_at[c.i] for p in of for c in p.subtree if c.i in country_at]
            else:
                continue
        if named:
            last[lemma + t.tag_] = named[-1]
            continue
        if t.i in taken or any(c.dep_ == "poss" or c.i in taken for c in mods):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        code = last.get(lemma + t.tag_) or (dominant if noun.resolve else None)
        if code:
            yield Mention(f"country:{code}", t.i, t.i + 1, t, "state")


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
