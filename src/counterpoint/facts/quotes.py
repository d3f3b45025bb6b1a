"""Quotes: direct quotations and reported speech, each with the speaker it is attributed to.

Direct quotes are found from the quotation marks themselves (straight and curly, opening marks
used as closers and the reverse, quotes that run over sentence breaks and paragraphs, a quote
split by "he said"); each is attributed through the nearest speech verb outside any quote in its
sentences ("X said, ..." / "..., X told Y" / "..., said X" / "according to X"). A quote with
no speech verb continues the speaker of a quote in the sentence just before it; otherwise it is
kept with an unknown speaker if it reads as a clause, and dropped as a scare quote or a title if
it does not. Reported speech is a speech verb's clausal complement ("X said (that) ...") or the
clause an "according to X" phrase attaches to, minus any direct quote inside it.

The speaker is the subject noun phrase without its appositions ("Ko Young-hwan", not
"Ko Young-hwan, a former diplomat ..."); its type comes from the entities and the head noun
(see ``data/quotes_speakers.tsv``); "he"/"she" take the most recent person before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from counterpoint.facts.aliases import generic_id
from counterpoint.facts.entities import person_name, person_roles
from counterpoint.model import Entity, Quote, Span, SpeakerType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_quotes"]

DATA = Path(__file__).parent / "data"
OPENERS = "“„«"
CLOSERS = "”»"
MARKS = OPENERS + CLOSERS + '"'
# An unattributed quote shorter than this, or one without a verb, is a scare quote, a term or a
# title ("the word “embassy”", "this flight of “fakes”"), not something a person said.
MIN_UNATTRIBUTED_WORDS = 5
# A partial quote inside an attributed sentence needs at least this many words to count.
MIN_ATTRIBUTED_WORDS = 2
# A reported clause shorter than this (after removing direct quotes) adds nothing.
MIN_REPORTED_WORDS = 3
# A cue farther than this many characters from a quote must govern it syntactically; a quote
# with no verb (a partial quote) must stand within MAX_PARTIAL_GAP of its cue. Set from news
# attributions: "X, a title of Y, said, '...'" puts the verb within ~100 characters.
MAX_CUE_GAP = 40
MAX_PARTIAL_GAP = 40
# "He said" resolves to a person mentioned at most this many sentences earlier.
PRONOUN_WINDOW_SENTENCES = 4
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_RELATIVES = {"who", "which", "that"}
_RANK = {"named_official": 0, "named_person": 1, "organization": 2, "document": 3,
         "anonymous": 4, "unknown": 5}
_WH_WORDS = {"whether", "if", "how", "what", "when", "why", "where", "who", "which"}
# Dashes that end a dateline ("HAVERTON — ...", "HAVERTON, May 3 (Wire) - ...").
_DASHES = frozenset({"—", "–", "-", "--"})


@dataclass(frozen=True, slots=True)
class _Speaker:
    text: str | None
    span: Span | None
    id: str | None
    type: SpeakerType
    is_self: bool = False
    plural: bool = False


_NO_SPEAKER = _Speaker(None, None, None, "unknown")


class _Index:
    """Sentence and token offsets of a parsed doc, for bisecting instead of rescanning it."""

    def __init__(self, doc: Doc, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.quoted = quoted  # the quoted stretches (_segments)
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.sents = [(s.start_char, s.end_char) for s in doc.sents] or [(0, len(self.text))]
        self.sent_starts = [a for a, _ in self.sents]
        self.token_starts = [t.idx for t in doc]

    def sent(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the characters [start, end)."""
        lo = max(0, bisect_right(self.token_starts, start) - 1)
        hi = bisect_left(self.token_starts, end)
        return [t for t in self.doc[lo:hi] if t.idx + len(t) > start]

    def has_verb(self, start: int, end: int) -> bool:
        return any(t.pos_ in ("VERB", "AUX") for t in self.tokens(start, end))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that introduce a quote or reported speech (data file)."""
    lines = (DATA / "quotes_speech_verbs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in (DATA / "quotes_speakers.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, word = line.split("\t")[:2]
        table.setdefault(kind, set()).add(word.strip())
    return {k: frozenset(v) for k, v in table.items()}


def speaker_words(kind: str) -> frozenset[str]:
    """The words of one kind in data/quotes_speakers.tsv ("title", "anonymous", ...)."""
    return _words().get(kind, frozenset())


# --------------------------------------------------------------------------- quotation marks
def _role(text: str, i: int) -> str:
    """Whether the mark at ``i`` opens or closes, judged by its neighbours, not only its shape."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    before_space = prev.isspace() or prev in "([{—–-:"
    after_space = nxt.isspace() or nxt in ".,;:!?)]}—–-"
    if ch in OPENERS:
        return "close" if after_space and not before_space else "open"
    if ch in CLOSERS:
        return "open" if before_space and not after_space else "close"
    if before_space and not after_space:
        return "open"
    if after_space and not before_space:
        return "close"
    return "either"


def _segments(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Quoted stretches as (open mark, close mark) offsets, and closing marks with no opener.

    A quote left open at a paragraph end stops there (journalists reopen a quote that runs
    on into the next paragraph); a closing mark with no opener is recorded as an orphan.
    """
    segs: list[tuple[int, int]] = []
    orphans: list[int] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and open_at is not None:
            end = i
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            segs.append((open_at, end))
            open_at = None
            continue
        if ch not in MARKS:
            continue
        role = _role(text, i)
        if open_at is None:
            if role == "close":
                orphans.append(i)
            else:
                open_at = i
        elif role != "open" or ch == '"' or ch in CLOSERS:
            segs.append((open_at, i))
            open_at = None
    if open_at is not None:
        segs.append((open_at, len(text.rstrip())))
    return [(s, e) for s, e in segs if e - s > 1], orphans


# --------------------------------------------------------------------------- speakers
def _inside(pos: int, segs: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos <= e for s, e in segs)


def _subject(verb: Token) -> Token | None:
    """The subject of a speech verb (for "X smiled and said", the first verb's subject)."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        subs = [c for c in tok.children
                if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if subs:
            return min(subs, key=lambda c: abs(c.i - verb.i))
    return _participle_subject(verb) or _inverted_subject(verb)


def _inverted_subject(verb: Token) -> Token | None:
    """The name right after a speech verb that follows its quote ('..." fumed Nadia Ferrer,
    chair of ...', '..." said Varley, still pale', '..." wept farmer Ada Lunn'), which the
    parser hung elsewhere (on the apposition or the clause after the comma): the last word of
    that run of proper nouns, after at most three lower-case words of a role."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (*MARKS, ","):
        return None
    k = verb.i + 1
    while (k < verb.i + 4 and k + 1 < len(doc) and doc[k].is_lower
           and (doc[k].pos_ in ("NOUN", "ADJ") or doc[k].lower_ in person_roles())):
        # a title or role before the name ('sobbed grower Joel Brisard'; a role the parser
        # read as a verb, 'laughed zoo vet Kasimir Brandt')
        k += 1
    if k >= len(doc) or doc[k].pos_ != "PROPN":
        return None
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
        k += 1
    return doc[k]


def _participle_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a participle set off by commas before a verb that has
    none ("Deputy mayor Owen Faraday, visibly shaken at a vigil, told mourners"): a participle
    describes its subject, so that subject is the verb's."""
    for child in verb.children:
        if (child.i < verb.i and child.tag_ in ("VBN", "JJ") and child.dep_ in ("ccomp", "advcl")
                and verb.doc[verb.i - 1].text == ","):
            subs = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i
                    and c.pos_ in ("NOUN", "PROPN")]
            if subs and verb.doc[subs[0].i + 1].text == ",":
                return subs[0]
    return None


def _np_bounds(head: Token) -> tuple[int, int]:
    """Token range of a subject without its appositions set off by commas ("Ko, a former
    diplomat, ...") or brackets ("the Port Authority (PA)")."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in ("appos", "relcl", "acl") and any(
            t.text in (",", "(")
            for t in head.doc[min(head.i, child.i) : max(head.i, child.i) + 1]
        ):
            skip.update(t.i for t in child.subtree)
    keep = [t.i for t in head.subtree if t.i not in skip]
    lo, hi = head.i, head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = head.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    dashes = [i for i in range(lo, head.i) if _is_dash(doc[i])]
    if dashes:  # a dateline before the subject ("HAVERTON — The port authority said")
        lo = dashes[-1] + 1
    marks = [i for i in range(lo, head.i) if doc[i].text in MARKS]
    if marks and any(_is_cue(doc[i]) for i in range(marks[-1] + 1, head.i)):
        # a quote the parser hung on the name after its speech verb ('..." laughed vet Ada
        # Lunn'); quote marks in a name ('the "Save Our Pier" group') stay
        lo = marks[-1] + 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"
                       or _is_cue(doc[lo])):  # a speech verb parsed into the name
        lo += 1
    return lo, hi


def _is_dash(tok: Token) -> bool:
    """Whether a token is a dash that may end a dateline (a hyphen only between spaces)."""
    return tok.text in _DASHES and (
        tok.text in ("—", "–")
        or bool(tok.whitespace_ and tok.i and tok.doc[tok.i - 1].whitespace_))


def _past_dateline(head: Token) -> Token:
    """The subject after a dateline the parser took for it ("HAVERTON — The Water Board has
    confirmed ..." parsed with the place as subject and the board as its apposition)."""
    doc = head.doc
    if head.i + 1 >= len(doc) or not _is_dash(doc[head.i + 1]):
        return head
    after = [c for c in head.children if c.dep_ == "appos" and c.i > head.i + 1]
    return after[0] if after else head


def _entity_for(
    doc: Doc, lo: int, hi: int, head: Token, entities: Sequence[Entity]
) -> Entity | None:
    s, e = doc[lo].idx, doc[hi].idx + len(doc[hi])
    inside = [x for x in entities if x.span[0] < e and s < x.span[1]]
    for ent in inside:
        if ent.span[0] <= head.idx < ent.span[1]:
            return ent
    # a person who owns the head noun does not speak ("Kelso's lawyer", "Varnia's tax office")
    persons = [x for x in inside if x.label == "PERSON" and not _possessor(doc, x, head)]
    return persons[-1] if persons else None


def _possessor(doc: Doc, ent: Entity, head: Token) -> bool:
    """Whether ``ent`` ends in a possessive "'s" (inside its span or right after it) before
    ``head``."""
    toks = [t for t in doc[head.i : head.i + 1].sent if t.idx < head.idx]
    inside = [t for t in toks if t.idx < ent.span[1]]
    after = [t for t in toks if t.idx >= ent.span[1]]
    return bool((inside and inside[-1].tag_ == "POS") or (after and after[0].tag_ == "POS"))


def _has_title(tokens: Sequence[Token]) -> bool:
    words = _words()
    for tok in tokens:
        if tok.pos_ in ("NOUN", "PROPN") and (
            tok.lemma_.lower() in words["title"] or tok.lower_ in words["title"]
        ):
            mods = {c.lower_ for c in tok.children} | {
                t.lower_.rstrip("-") for t in tok.doc[max(0, tok.i - 3) : tok.i]
            }
            if not mods & words["former"]:
                return True
    return False


def _classify(
    ix: _Index, head: Token, entities: Sequence[Entity], history: Sequence[tuple[int, _Speaker]]
) -> _Speaker:
    """Speaker text, span, entity id and type for a subject head token."""
    words = _words()
    doc = ix.doc
    if head.lower_ in _RELATIVES and head.head.dep_ == "relcl" and head.head.head.i != head.i:
        # "manager Neil Hardacre, who had promised that ...": the noun the clause describes
        return _classify(ix, head.head.head, entities, history)
    head = _past_dateline(head)
    lo, hi = _np_bounds(head)
    s_lo, s_hi = _strip(ix.text, doc[lo].idx, doc[hi].idx + len(doc[hi]), " \t\n\xa0")
    span = (s_lo, s_hi)
    text = ix.text[s_lo:s_hi]
    lemma = head.lemma_.lower()
    if head.pos_ == "PRON":
        if lemma in words["self"] or head.lower_ in words["self"]:
            return _Speaker(text, span, None, "unknown", is_self=True)
        if head.lower_ in PERSON_PRONOUNS:
            ante = _antecedent(ix, head, entities, history)
            if ante is not None:
                return _Speaker(text, span, ante.id, ante.type)
            return _Speaker(text, span, None, "unknown")
        if head.lower_ == "they":
            return _Speaker(text, span, None, "anonymous")
        return _Speaker(text, span, None, "unknown")
    if {t.lower_ for t in doc[lo : hi + 1]} & words["self"] and lemma in words["self"]:
        return _Speaker(text, span, None, "unknown", is_self=True)
    ent = _entity_for(doc, lo, hi, head, entities)
    full = list(head.subtree)
    if ent is None and lemma in words["title"]:  # "The spokesman for X, Li Wen, said"
        ent = _entity_for(doc, full[0].i, full[-1].i, head, entities)
        ent = ent if ent is not None and ent.label == "PERSON" else None
    if (ent is None or ent.label != "PERSON") and head.pos_ in ("NOUN", "PROPN"):
        # "the bank's chief economist, Ola Krantz, said"; also a capitalised role the tagger
        # took for a name or thing ("said the Ombudsman, Ruth Ames")
        person = _appositive_person(doc, head, entities)
        if person is not None:  # the name says who speaks better than the role
            ent, text, span = person, person.text, person.span
    if ent is None and head.pos_ == "PROPN":
        ent = _earlier_person(head, entities)
    if ent is not None and ent.label == "PERSON":
        kind: SpeakerType = "named_official" if _has_title(full) else "named_person"
        return _Speaker(text, span, ent.id, kind)
    if ent is not None and head.pos_ == "PROPN" and _titled_name(doc, head, lo):
        # "Tallowgate founder Declan Moorcroft", "Declan Moorcroft, founder of Tallowgate": a
        # personal title makes the name a person's, though the tagger read an organisation
        return _Speaker(text, span, ent.id, "named_official")
    if ent is not None and ent.label in _THING_LABELS and head.pos_ == "PROPN":
        name = doc.char_span(*ent.span)
        if name is not None and person_name(name):
            # a speaker's first name and surname the tagger took for a product or a work
            # ("harbour master Ines Dorrow said"): things do not speak, the person does
            kind = "named_official" if _has_title(full) else "named_person"
            return _Speaker(ent.text, ent.span, generic_id("PERSON", ent.text), kind)
    if lemma in words["document"]:
        return _Speaker(text, span, None, "document")
    if lemma in words["anonymous"] or lemma in words["title"]:
        ante = _same_title(head, history) if lemma in words["title"] else None
        if ante is None and lemma in words["title"]:
            ante = _titled_person(ix, head, entities)
        if ante is not None:
            return _Speaker(text, span, ante.id, ante.type)
        if lemma not in words["organization"]:
            return _Speaker(text, span, None, "anonymous")
    if ent is not None or lemma in words["organization"]:
        return _Speaker(text, span, ent.id if ent else None, "organization")
    if head.pos_ == "PROPN":
        # a name the model did not tag ("Gwen Haverly, whose family ..., said"): two or three
        # capitalised words name a person, who keeps one id for the pronouns that follow
        name = doc[lo : hi + 1]
        pid = generic_id("PERSON", name.text) if person_name(name) else None
        return _Speaker(text, span, pid, "named_official" if _has_title(full) else "named_person")
    return _Speaker(text, span, None, "unknown")


# Entity labels of things, not of people or bodies that may speak.
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def _titled_name(doc: Doc, head: Token, lo: int) -> bool:
    """Whether a proper name carries a common-noun personal title (_has_title) right before it
    in its noun phrase ("Tallowgate founder Declan Moorcroft") or as its apposition ("Declan
    Moorcroft, founder and director of Tallowgate Events"). Places and organisations take
    neither; a capitalised title may be part of an organisation's own name."""
    appos = [c for c in head.children if c.dep_ == "appos"]
    # a title the tagger reads as an adjective of the apposition ("Ines Marlow, chief
    # executive of the festival") counts as a noun would
    titled = [c for t in appos for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    return _has_title([t for t in (*doc[lo : head.i], *appos) if t.pos_ == "NOUN"]) or any(
        t.lower_ in _words()["title"] for t in titled)


def _appositive_person(doc: Doc, head: Token, entities: Sequence[Entity]) -> Entity | None:
    """The person a common-noun subject is set beside by commas ("Its chief executive, Priya
    Danvers, said"): the name is who speaks, whatever the noun."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        sub = list(child.subtree)
        ent = _entity_for(doc, sub[0].i, sub[-1].i, child, entities)
        if ent is not None and ent.label == "PERSON":
            return ent
        name = doc[sub[0].i : sub[-1].i + 1]
        if child.pos_ == "PROPN" and person_name(name):
            # a name the model took for a thing ("The harbour master, Ines Dorrow, said"):
            # two or three capitalised words beside a person's role are that person
            pid = generic_id("PERSON", name.text)
            return Entity(name.text, (name.start_char, name.end_char), "PERSON", pid, name.text)
    return None


def _antecedent(
    ix: _Index, pron: Token, entities: Sequence[Entity], history: Sequence[tuple[int, _Speaker]]
) -> _Speaker | None:
    """The most recent person before a pronoun: an earlier speaker or a PERSON entity outside
    quotation marks (a name a speaker utters, "Gran kept the keys", is not whom the
    report's next "he" or "she" stands for). Nor is a person named inside an earlier speaker's
    own phrase ("Ames, who runs the farm alongside his father Tom, said ..."): that phrase
    describes the speaker, who stays the one the next "he" stands for."""
    floor = ix.sents[max(0, ix.sent(pron.idx) - PRONOUN_WINDOW_SENTENCES)][0]
    best: tuple[int, _Speaker] | None = None
    for pos, spk in history:
        if (floor <= pos < pron.idx and spk.type not in ("document", "unknown") and not spk.plural
                and (best is None or pos > best[0])):
            best = (pos, spk)
    heads = [_phrase_head(ix, spk.span) for pos, spk in history if floor <= pos < pron.idx]
    for ent in entities:
        if (ent.label == "PERSON" and floor <= ent.span[0] and ent.span[1] <= pron.idx
                and (best is None or ent.span[0] > best[0])
                and not _inside(ent.span[0], ix.quoted)
                and not _within(_phrase_head(ix, ent.span), heads)):
            prior = [s for _, s in history if s.id == ent.id]
            toks = ix.tokens(*ent.span)
            titled = bool(toks) and _has_title(list(toks[-1].subtree))
            kind = prior[-1].type if prior else ("named_official" if titled else "named_person")
            best = (ent.span[0], _Speaker(ent.text, ent.span, ent.id, kind))
    return best[1] if best else None


def _phrase_head(ix: _Index, span: Span | None) -> Token | None:
    """The syntactic root of the tokens a character span covers."""
    if span is None:
        return None
    phrase = ix.doc.char_span(*span, alignment_mode="expand")
    return phrase.root if phrase is not None and len(phrase) else None


def _within(tok: Token | None, heads: Sequence[Token | None]) -> bool:
    """Whether ``tok`` hangs below one of ``heads`` in the parse."""
    return tok is not None and any(h is not None and h.is_ancestor(tok) for h in heads)


def _earlier_person(head: Token, entities: Sequence[Entity]) -> Entity | None:
    """A surname the model did not tag ("Orlov told ...") after the full name was tagged."""
    name = head.text
    for ent in sorted(entities, key=lambda x: -x.span[0]):
        if ent.label == "PERSON" and ent.span[1] <= head.idx and ent.text.split()[-1] == name:
            return ent
    return None


def _same_title(head: Token, history: Sequence[tuple[int, _Speaker]]) -> _Speaker | None:
    """"the ambassador said" after "Ambassador X said": the earlier named official."""
    for _pos, spk in reversed(history):
        if spk.type == "named_official" and spk.text and head.lower_ in spk.text.lower():
            return spk
    return None


def _titled_person(ix: _Index, head: Token, entities: Sequence[Entity]) -> _Speaker | None:
    """"the minister said" after the text named one person with that title ("Farming Minister
    Ada Brook", "the Minister of Farming, Ada Brook,", "Ada Brook, the minister"): that person.
    Only "the" and the singular title; none when two people carry it."""
    if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    named = [ent for ent in entities
             if ent.label == "PERSON" and ent.span[1] <= head.idx
             and not _inside(ent.span[0], ix.quoted)
             and _bears_title(_phrase_head(ix, ent.span), head.lower_)]
    if len({ent.id for ent in named}) != 1:
        return None
    return _Speaker(named[0].text, named[0].span, named[0].id, "named_official")


def _bears_title(name: Token | None, title: str) -> bool:
    """Whether a name's head is set beside ``title`` as a compound ("Farming Minister Ada
    Brook") or an apposition, either way round ("Ada Brook, the minister")."""
    if name is None:
        return False
    linked = [c for c in name.children if c.dep_ in ("compound", "appos")]
    if name.dep_ == "appos":
        linked.append(name.head)
    return any(t.lower_ == title for t in linked)


# --------------------------------------------------------------------------- finding quotes
@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    cue: Token | None
    direct: bool


def _is_cue(tok: Token) -> bool:
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    return tok.pos_ == "VERB" and _lemma(tok) in speech_verbs()


def _lemma(tok: Token) -> str:
    """A verb's lemma; the lemmatizer cuts some past forms of verbs ending in "e" wrongly
    ("raged" -> "rag"), so the form less its "d" is taken when that is a speech verb."""
    if tok.tag_ in ("VBD", "VBN") and tok.lower_.endswith("ed") and (
        tok.lower_[:-1] in speech_verbs()
    ):
        return tok.lower_[:-1]
    return tok.lemma_.lower()


def _cue_subject(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is None:
            return None
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    return _subject(cue)


def _cue_name(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return "according to" if cue.lower_ == "according" else _lemma(cue)


def _strip(text: str, start: int, end: int, chars: str = " \t\n,;:—–-") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _direct(ix: _Index, segs: list[tuple[int, int]], cues: list[Token]) -> list[_Found]:
    """One candidate per quoted stretch, with the nearest speech cue of its sentences."""
    text, sents = ix.text, ix.sents
    found = []
    for o, c in segs:
        start, end = _strip(text, o + 1, c, " \t\n")
        if _word_count(text[start:end]) == 0:
            continue
        first, last = ix.sent(o), ix.sent(max(o, c - 1))
        lo_char, hi_char = sents[first][0], sents[last][1]
        if first > 0 and text[slice(*sents[first - 1])].rstrip().endswith(":"):
            lo_char = sents[first - 1][0]
        near = [t for t in cues
                if lo_char <= t.idx < hi_char and _governs(ix, t, o, c, start, end)]
        cue = min(near, key=lambda t: min(abs(t.idx - o), abs(t.idx - c))) if near else None
        if cue is None:
            cue = _colon_verb(ix, o)
        while end > start and text[end - 1] in ", \t\n":
            end -= 1
        found.append(_Found(start, end, cue, True))
    return found


def _colon_verb(ix: _Index, o: int) -> Token | None:
    """The verb of the clause that introduces a quote after a colon, when its subject is a
    proper name ("prosecutor Helena Marsh put it better than any of us could: "...") or a
    role set beside one ("its treasurer, Ada Brook, sent us a statement: "..."): who says the
    words, whatever the verb."""
    start = ix.sents[ix.sent(o)][0]
    before = ix.text[start:o].rstrip()
    if not before.endswith(":"):
        return None
    at = start + len(before) - 1  # the colon itself, not an earlier one of the article
    colon = next((t for t in ix.tokens(at, at + 1) if t.text == ":"), None)
    if colon is None:
        return None
    verb = colon.head
    for _ in range(8):
        inside = verb.idx > colon.idx  # a verb of the quote the parser hung the colon on
        if (verb.pos_ in ("VERB", "AUX") and not inside) or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.idx > colon.idx or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = _subject(verb)
    if subj is None:
        return None
    named = subj.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children)
    return verb if named else None


def _governs(ix: _Index, cue: Token, o: int, c: int, start: int, end: int) -> bool:
    """Whether a speech cue introduces the quote between marks ``o`` and ``c``: the quote sits
    in the cue's clause, and a quote without a verb (a partial quote) stands close to it."""
    anchor = cue.head if cue.lower_ == "according" else cue
    lo, hi = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge)
    gap = o - (cue.idx + len(cue)) if cue.idx < o else cue.idx - c
    if not (lo <= start < hi) and gap > MAX_CUE_GAP and not _subject_after(cue, c):
        return False
    return ix.has_verb(start, end) or gap <= MAX_PARTIAL_GAP


# Characters from a closing quotation mark to the first word of the subject of the verb that
# follows it: the mark and a space ('," passenger Ann Roe, who ..., told'), or two.
SUBJECT_AFTER_QUOTE = 3


def _subject_after(cue: Token, c: int) -> bool:
    """Whether the speech cue after a quote (closing mark at ``c``) has a subject that opens
    right after the quote ('"...," passenger Ann Roe, who was flying home to see her family,
    told the agency'): a long phrase of its own may part the verb from the quote."""
    subj = _subject(cue) if cue.idx > c else None
    return subj is not None and 0 <= subj.left_edge.idx - c <= SUBJECT_AFTER_QUOTE


def _reported(
    ix: _Index, segs: list[tuple[int, int]], orphans: list[int], cues: list[Token]
) -> list[_Found]:
    """Clauses reported by a speech verb or an "according to" phrase, minus direct quotes."""
    text = ix.text
    found = []
    cue_set = set(cues)
    for cue in cues:
        if cue.lower_ == "according":
            head = cue.head
            if head is cue:
                continue
            lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
            a_lo, a_hi = cue.left_edge.idx, cue.right_edge.idx + len(cue.right_edge)
            if a_lo <= lo + 1:
                lo = a_hi
            elif a_hi >= hi - 1:
                hi = a_lo
        else:
            if any(c.dep_ == "neg" for c in cue.children):
                continue
            comps = [c for c in cue.children if c.dep_ == "ccomp"]
            after = [c for c in comps if c.i > cue.i]
            if not comps:
                continue
            comp = after[0] if after else comps[-1]
            subject = _subject(cue)
            if subject is not None and subject in comp.subtree:
                continue  # '..." said Varley, still pale': no clause of hers is reported
            words = [t for t in comp.subtree if not t.is_punct]
            if words and words[0].dep_ == "mark" and words[0].lower_ == "that":
                words = words[1:]
            if not words or words[0].lower_ in _WH_WORDS:
                continue
            lo, hi = words[0].idx, comp.right_edge.idx + len(comp.right_edge)
            for child in comp.children:  # "A said X, while B insisted Y": stop before B
                if child.i > comp.i and child.dep_ in ("advcl", "conj") and any(
                    t.i != cue.i and t in cue_set and _subject(t) is not None
                    for t in child.subtree
                ):
                    hi = min(hi, child.left_edge.idx)
        # reported speech stays in the cue's paragraph (the parser may glue a headline to it)
        lo = max(lo, text.rfind("\n", 0, cue.idx) + 1)
        para_end = text.find("\n", cue.idx)
        hi = min(hi, para_end if para_end >= 0 else len(text))
        lo, hi = _strip(text, lo, hi, " \t\n,;:—–-.")
        for o, c in segs:
            if o < hi and lo <= c:
                if o <= lo:
                    lo = c + 1
                elif text[lo:o].rstrip()[-1:] in tuple(",;:—–-"):
                    hi = o  # a quote set off by a dash or colon is its own (direct) item
                else:
                    hi = max(hi, min(c + 1, len(text)))  # a partial quote inside the clause
        lo, hi = _strip(text, lo, hi, " \t\n,;:—–-")
        if hi <= lo or _word_count(text[lo:hi]) < MIN_REPORTED_WORDS:
            continue
        found.append(_Found(lo, _extend_to_orphan(ix, hi, orphans, segs), cue, False))
    return found


def _extend_to_orphan(ix: _Index, end: int, orphans: list[int], segs: list[tuple[int, int]]) -> int:
    """A reported clause that ends its sentence runs on to a stray closing mark in the next
    sentence of the same paragraph: the writer dropped the opening mark of a direct quote."""
    text = ix.text
    if not orphans:
        return end
    i = ix.sent(max(0, end - 1))
    if text[end : ix.sents[i][1]].strip(" .!?\"”") != "" or i + 1 >= len(ix.sents):
        return end
    nxt_start, nxt_end = ix.sents[i + 1]
    if "\n" in text[end:nxt_start]:
        return end
    for pos in orphans:
        if nxt_start <= pos < nxt_end + 1 and not _inside(pos, segs):
            if "\n" in text[nxt_start:pos]:
                return end
            return _strip(text, nxt_start, pos, " \t\n")[1]
    return end


def missed_speakers(quotes: Sequence[Quote], entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """PERSON entities for the names the tagger missed that speak (see _classify: "Gwen
    Haverly, whose family ..., said"), one per attribution, so that a later "Haverly" or
    another article's full name resolves to them as to any other person."""
    known = {e.id for e in entities}
    out: dict[Span, Entity] = {}
    for q in quotes:
        sid, name, span = q.speaker_id, q.speaker, q.speaker_span
        if sid and name and span and sid not in known and generic_id("PERSON", name) == sid:
            out.setdefault(span, Entity(name, span, "PERSON", sid, name))
    return tuple(out.values())


def find_quotes(doc: Doc, entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Every direct quote and reported statement in ``doc`` with its speaker, sorted by span."""
    text = doc.text
    segs, orphans = _segments(text)
    cues = [t for t in doc if _is_cue(t) and not _inside(t.idx, segs)]
    ix = _Index(doc, segs)
    found = _direct(ix, segs, cues) + _reported(ix, segs, orphans, cues)
    found.sort(key=lambda f: (f.start, f.end))
    history: list[tuple[int, _Speaker]] = []
    last_by_sentence: list[tuple[int, _Speaker, str | None]] = []
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for item in found:
        if (item.start, item.end) in seen:
            continue
        sent_i = ix.sent(item.start)
        sentence = ix.sents[sent_i]
        speaker = _NO_SPEAKER
        subj = _cue_subject(item.cue) if item.cue is not None else None
        if subj is not None and not _inside(subj.idx, segs):
            speaker = replace(_classify(ix, subj, entities, history),
                              plural=subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "they")
        n_words = _word_count(text[item.start : item.end])
        if item.direct and subj is None:
            if n_words < MIN_UNATTRIBUTED_WORDS or not ix.has_verb(item.start, item.end):
                continue
            prior = [x for x in last_by_sentence if x[0] >= sent_i - 1]
            if prior:
                speaker = prior[-1][1]
        elif n_words < MIN_ATTRIBUTED_WORDS:
            continue
        if speaker.is_self or (not item.direct and speaker.text is None):
            continue
        if speaker.span is not None:
            history.append((speaker.span[0], speaker))
            last_by_sentence.append((ix.sent(max(item.start, item.end - 1)), speaker, None))
        seen.add((item.start, item.end))
        quotes.append(
            Quote(
                text=text[item.start : item.end],
                span=(item.start, item.end),
                speaker=speaker.text,
                speaker_id=None if speaker.type == "anonymous" else speaker.id,
                speaker_type=speaker.type,
                cue=_cue_name(item.cue) if subj is not None else None,
                direct=item.direct,
                speaker_span=speaker.span,
                sentence=sentence,
            )
        )
    return tuple(sorted(_upgrade(quotes), key=lambda q: (q.span, q.direct)))


def _upgrade(quotes: list[Quote]) -> list[Quote]:
    """A person once introduced with a title stays an official when quoted by name alone."""
    best: dict[str, SpeakerType] = {}
    for q in quotes:
        if q.speaker_id and q.speaker_type in ("named_official", "named_person"):
            current = best.get(q.speaker_id, q.speaker_type)
            best[q.speaker_id] = min(current, q.speaker_type, key=_RANK.__getitem__)
    return [
        replace(q, speaker_type=best[q.speaker_id])
        if q.speaker_id in best and q.speaker_type in ("named_official", "named_person")
        else q
        for q in quotes
    ]
