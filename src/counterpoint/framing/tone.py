"""Tone toward actors: the sentiment of the clauses where a country, government or group acts
or is acted upon.

For each mention of a central actor we climb the dependency parse from the mention to the
verb of its clause and keep it when the mention (or the noun phrase it sits in: "North
Korea's trade", "the Western press") is that verb's subject, object, agent or prepositional
object. The clause is the verb's subtree without its own subordinate and coordinated clauses;
VADER scores it (compound score, -1..1). An actor's score is the mean over its clauses.

Limitations: VADER was built for social-media text and scores words, not stance: "sanctions
hurt the economy" reads negative toward whoever is mentioned, whether the article blames or
pities them; negation and irony beyond VADER's rules are missed; and parse errors move
mentions into the wrong clause. Read the scores with their evidence sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from counterpoint.framing.lexicons import groups, vader_analyzer
from counterpoint.model import Entity

ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG"})
# How many actors per article get a tone entry, and the fewest mentions an actor needs:
# a story has a handful of central actors; one passing mention says nothing about tone.
MAX_ACTORS = 6
MIN_MENTIONS = 2
MAX_EVIDENCE = 3
# Levels climbed from a mention to its clause verb ("the ability of the regime to ..." is 3).
MAX_CLIMB = 4
ROLE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "dobj", "obj", "dative", "attr", "agent", "prep", "oprd"}
)
SUBCLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "cc", "relcl"})


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def actor_mentions(entities: Sequence[Entity], doc: Any) -> dict[str, tuple[str, list[Any]]]:
    """Actor id -> (display name, token spans of its mentions), groups included."""
    found: dict[str, tuple[str, list[Any]]] = {}
    size = len(doc.text)  # Doc.text rebuilds the string on every access: read it once
    if entities:
        for ent in entities:
            if ent.label not in ACTOR_LABELS:
                continue
            s, e = ent.span
            if not 0 <= s < e <= size:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                found.setdefault(ent.id, (ent.name, []))[1].append(span)
    else:
        for span in doc.ents:
            if span.label_ in ACTOR_LABELS:
                eid = f"{span.label_.lower()}:{_slug(span.text)}"
                found.setdefault(eid, (span.text, []))[1].append(span)
    for group in groups():
        spans = [s for eid, (_, ss) in found.items() if eid.lower() in group.members for s in ss]
        # words naming the group ("the West", "Western") unless already inside an entity mention
        taken = {t.i for s in spans for t in s}
        spans += [
            doc[t.i : t.i + 1]
            for t in doc
            if t.lower_ in group.words and t.is_title and t.i not in taken
        ]
        if spans:
            found[group.id] = (group.name, sorted(spans, key=lambda s: s.start))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, str]:
    """A sentence's start and text without surrounding space or a stray quote mark in front."""
    piece = text[start:end]
    stripped = piece.lstrip()
    if stripped[:1] in {'"', "”", "’"} and stripped[1:2].isspace():
        stripped = stripped[1:].lstrip()
    return start + len(piece) - len(stripped), stripped.rstrip()


def clause_of(span: Any) -> tuple[Any, Any] | None:
    """The clause verb a mention is subject/object of, and the clause's tokens; else None."""
    tok = span.root
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head is tok:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            if tok.dep_ not in ROLE_DEPS:
                return None
            subject = tok.dep_ in {"nsubj", "nsubjpass", "csubj"}
            skip = {
                t.i
                for c in head.children
                if c.dep_ in SUBCLAUSE_DEPS
                and c is not tok
                and not (subject and c.dep_ in {"conj", "cc"} and _shares_subject(c))
                for t in c.subtree
            }
            tokens = [t for t in head.subtree if t.i not in skip]
            return head, tokens
        tok = head
    return None


def _shares_subject(verb: Any) -> bool:
    """A coordinated verb without its own subject ("... and won praise") shares the first one's."""
    return verb.dep_ == "cc" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def tone(entities: Sequence[Entity], doc: Any) -> dict[str, Any]:
    """Tone toward the article's central actors (shape documented in ``counterpoint.framing``)."""
    mentions = actor_mentions(entities, doc)
    counts = Counter({eid: len(spans) for eid, (_, spans) in mentions.items()})
    central = [
        eid
        for eid, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= MIN_MENTIONS
    ][:MAX_ACTORS]
    for group in groups():  # a group is named in the report whenever the article names it
        if group.id in counts and group.id not in central and counts[group.id] >= MIN_MENTIONS:
            central.append(group.id)
    analyzer = vader_analyzer()
    full = doc.text
    out: dict[str, Any] = {}
    for eid in sorted(central):
        name, spans = mentions[eid]
        seen: set[int] = set()
        scored: list[tuple[float, Any]] = []
        for span in spans:
            found = clause_of(span)
            if found is None or found[0].i in seen:
                continue
            verb, tokens = found
            seen.add(verb.i)
            text = "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i))
            scored.append((float(analyzer.polarity_scores(text)["compound"]), verb.sent))
        if not scored:
            continue
        mean = sum(s for s, _ in scored) / len(scored)
        strongest = sorted(scored, key=lambda x: (-abs(x[0]), x[1].start))[:MAX_EVIDENCE]
        out[eid] = {
            "name": name,
            "score": round(mean, 3),
            "clauses": len(scored),
            "mentions": len(spans),
            "evidence": [
                {"text": text, "span": [start, start + len(text)], "score": round(s, 3)}
                for s, sent in sorted(strongest, key=lambda x: x[1].start)
                for start, text in [_trimmed(full, sent.start_char, sent.end_char)]
            ],
        }
    return out
