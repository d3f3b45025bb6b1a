"""Actors for tone: the mentions of a government, group or organization in a parsed article,
grouped into canonical actors (see ``tone.py`` for the rules and ``data/actor_nouns.tsv``,
``capitals.tsv``, ``leaders.tsv`` and ``groups.tsv`` for the data)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from counterpoint.framing.lexicons import data_path, groups
from counterpoint.model import Entity

# Entity labels that can name an actor.
ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "FAC", "PERSON"})
# Steps climbed inside a noun phrase ("the ability of the regime", "X and Y") to its head.
MAX_CLIMB = 4
# Dependencies inside a noun phrase, and the parts of speech that head one.
NP_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# A country's people, and former officials: not its state.
PEOPLE_WORDS = frozenset({"people", "citizens", "residents", "population", "public"})
FORMER_WORDS = frozenset({"former", "ex", "ex-", "exiled", "retired"})


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


def table_rows(name: str) -> Iterator[list[str]]:
    """The rows of a tab-separated data file of framing/data, comments and blanks skipped."""
    for raw in data_path(name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            yield [c.strip() for c in raw.split("\t")]


@cache
def actor_nouns() -> dict[str, ActorNoun]:
    """Head noun lemma -> role (``data/actor_nouns.tsv``)."""
    return {r[0]: ActorNoun(r[1], r[2:3] == ["yes"]) for r in table_rows("actor_nouns.tsv")}


@cache
def capitals() -> dict[str, str]:
    """Slug of a capital -> alpha-2 of its country (``data/capitals.tsv``)."""
    return {r[0]: r[1] for r in table_rows("capitals.tsv")}


@cache
def leaders() -> dict[str, str]:
    """Slug of a leader's name -> alpha-2 of the state they lead (``data/leaders.tsv``)."""
    return {r[0]: r[1] for r in table_rows("leaders.tsv")}


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
