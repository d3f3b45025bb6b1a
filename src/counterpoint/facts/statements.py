"""Statements: one compact record per sentence that holds a quantity, a date or a quote.

The record names the sentence's predicate (a verb lemma), who or what it is about (subject
and object entity ids, or the head noun's lemma when no entity is there), whether it is
negated and which hedges soften it. The comparison stage uses it to line up claims.

Predicate choice: the verb that governs the sentence's first quantity (the claim the number
belongs to: "the embassies ... were closed"), else the sentence root when it is a verb, else
the first verb of the sentence, else none (a headline without a verb).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from counterpoint.facts.aliases import data_rows, word_list
from counterpoint.model import Entity, Quantity, Quote, Span, Statement, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_VERBAL = frozenset({"VERB", "AUX"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_CLOSE_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "appos"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "dative", "oprd", "acomp", "pobj", "obj"})
# Words that negate the predicate when they hang on it or on its subject or object.
_NEGATORS = frozenset({"not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor"})


@lru_cache(maxsize=1)
def hedge_phrases() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Hedges from ``statements_hedges.tsv``: single words, and phrases by first word."""
    singles: set[str] = set()
    multi: dict[str, list[tuple[str, ...]]] = {}
    for row in data_rows("statements_hedges.tsv"):
        words = tuple(row[0].lower().split())
        if len(words) == 1:
            singles.add(words[0])
        elif words:
            multi.setdefault(words[0], []).append(words)
    return frozenset(singles), {
        k: tuple(sorted(v, key=lambda p: (-len(p), p))) for k, v in multi.items()
    }


def find_statements(
    doc: Doc,
    entities: Sequence[Entity],
    quantities: Sequence[Quantity],
    dates: Sequence[TimeRef],
    quotes: Sequence[Quote],
) -> tuple[Statement, ...]:
    """A Statement for each sentence of ``doc`` that holds a quantity, date or quote."""
    sents = list(doc.sents)
    if not sents:
        return ()
    starts = [s.start_char for s in sents]
    wanted: dict[int, list[Quantity]] = {}

    def mark(span: Span, quantity: Quantity | None = None) -> None:
        for idx in _sentences_overlapping(starts, sents, span):
            bucket = wanted.setdefault(idx, [])
            if quantity is not None:
                bucket.append(quantity)

    for q in quantities:
        mark(q.span, q)
    for d in dates:
        mark(d.span)
    for quote in quotes:
        mark(quote.span)
    out = []
    for idx in sorted(wanted):
        statement = _statement(sents[idx], wanted[idx], entities)
        if statement is not None:
            out.append(statement)
    return tuple(out)


def _sentences_overlapping(starts: list[int], sents: list[SpacySpan], span: Span) -> list[int]:
    import bisect

    first = max(0, bisect.bisect_right(starts, span[0]) - 1)
    out = []
    for idx in range(first, len(sents)):
        sent = sents[idx]
        if sent.start_char >= max(span[1], span[0] + 1):
            break
        if sent.end_char > span[0]:
            out.append(idx)
    return out


def _statement(
    sent: SpacySpan, quantities: Sequence[Quantity], entities: Sequence[Entity]
) -> Statement | None:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return None
    start = sent.start_char + lead
    span = (start, start + len(text))
    pred = _predicate(sent, quantities)
    subjects: list[str] = []
    objects: list[str] = []
    negated = False
    if pred is not None:
        subj_tokens = [c for c in pred.children if c.dep_ in _SUBJECT_DEPS]
        if not subj_tokens and pred.dep_ in {"conj", "xcomp", "advcl"}:
            subj_tokens = [c for c in pred.head.children if c.dep_ in _SUBJECT_DEPS]
        obj_tokens = [c for c in pred.children if c.dep_ in _OBJECT_DEPS]
        for prep in (c for c in pred.children if c.dep_ in {"prep", "agent"}):
            obj_tokens.extend(c for c in prep.children if c.dep_ == "pobj")
        subjects = _arguments(subj_tokens, entities)
        objects = _arguments(obj_tokens, entities)
        negated = _is_negated(pred, [*subj_tokens, *obj_tokens])
    return Statement(
        text=text,
        span=span,
        predicate=pred.lemma_.lower() if pred is not None else None,
        subjects=tuple(subjects),
        objects=tuple(objects),
        negated=negated,
        hedges=_hedges(sent),
    )


def _predicate(sent: SpacySpan, quantities: Sequence[Quantity]) -> Token | None:
    doc = sent.doc
    for q in quantities:
        tok = doc.char_span(q.span[0], q.span[1], alignment_mode="expand")
        node = tok.root if tok is not None and len(tok) else None
        seen = 0
        while node is not None and seen < 50:
            if node.pos_ in _VERBAL and node.i >= sent.start and node.i < sent.end:
                return node
            if node.head.i == node.i:
                break
            node, seen = node.head, seen + 1
    if sent.root.pos_ in _VERBAL:
        return sent.root
    return next((t for t in sent if t.pos_ in _VERBAL), None)


def _arguments(tokens: Sequence[Token], entities: Sequence[Entity]) -> list[str]:
    """Ids of the entities each argument names, else the lemma of its head noun.

    The head and its conjuncts count ("the U.K., Germany and other countries"), with their
    close modifiers ("Russian staffers" -> country:RU); relative clauses and prepositional
    phrases inside the argument do not ("an official who defected to South Korea").
    """
    out: list[str] = []
    titles = word_list("entities_titles.tsv")

    def add(value: str) -> None:
        if value and value not in out:
            out.append(value)

    for tok in tokens:
        if tok.ent_type_ in _TIME_LABELS:
            continue  # "in 2020", "on Monday": when, not who or what
        for head in (tok, *tok.conjuncts):
            own = _entity_at(entities, head.idx)
            if own is not None:
                add(own.id)
                continue
            if head.lower_ in titles:  # "Ambassador to Russia Ivan Petrov": the person
                person = next((e for e in entities if e.label == "PERSON"
                               and head.left_edge.idx <= e.span[0] <= head.right_edge.idx), None)
                if person is not None:
                    add(person.id)
                    continue
            ids = [
                e.id
                for mod in head.children
                if mod.dep_ in _CLOSE_MODIFIERS
                for e in entities
                if e.span[0] >= mod.left_edge.idx
                and e.span[1] <= mod.right_edge.idx + len(mod.right_edge.text)
            ]
            if ids:
                for i in ids:
                    add(i)
            elif head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
                add(head.lemma_.lower())
    return out


def _entity_at(entities: Sequence[Entity], offset: int) -> Entity | None:
    for ent in entities:
        if ent.span[0] <= offset < ent.span[1]:
            return ent
    return None


def _is_negated(pred: Token, arguments: Sequence[Token]) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in pred.children):
        return True
    return any(
        c.lower_ in _NEGATORS and c.dep_ in {"det", "neg", "advmod"}
        for arg in arguments
        for c in arg.children
    ) or any(arg.lower_ in {"nothing", "nobody", "none", "no one"} for arg in arguments)


def _hedges(sent: SpacySpan) -> tuple[str, ...]:
    """Hedge phrases in the sentence, as written, in text order, each once."""
    singles, multi = hedge_phrases()
    sent_text, base = sent.text, sent.start_char  # Doc.text rebuilds the whole string per call
    tokens = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in tokens]
    out: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(tokens):
        n = 0
        for phrase in multi.get(lowers[i], ()):
            if tuple(lowers[i : i + len(phrase)]) == phrase:
                n = len(phrase)
                break
        if not n and tokens[i].pos_ != "PROPN" and (
            lowers[i] in singles or tokens[i].lemma_ in singles
        ):
            n = 1
        if n:
            first, last = tokens[i], tokens[i + n - 1]
            text = sent_text[first.idx - base : last.idx + len(last.text) - base]
            if text.lower() not in seen:
                seen.add(text.lower())
                out.append(text)
            i += n
        else:
            i += 1
    return tuple(out)
