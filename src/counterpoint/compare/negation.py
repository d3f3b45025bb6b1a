"""Negation conflicts: one article says something happened, another that it did not.

Each sentence is cut into clauses. A clause with a negation cue ("no evacuation order was ever
issued") is matched, through an inverted index over its content words, against clauses of the
other articles without a cue that share most of its content words ("the county issued an
evacuation order"). Only clauses sharing several specific words are compared, so the cost is
linear in the number of negated clauses. An actor said not to have done something ("Fenn has
not resigned") is also matched to the same actor said to have done it (see ACTOR_GAP).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from counterpoint.compare import explain as ex
from counterpoint.compare import text as tx
from counterpoint.compare.frames import CLAUSE_PUNCT, running_text
from counterpoint.compare.judge import SALIENCE, Draft
from counterpoint.compare.mentions import APPOSITION_OPENERS, Mention, StoryIndex, iso_ordinal
from counterpoint.facts.aliases import data_rows, temporal_words
from counterpoint.facts.numbers import WORD_VALUES
from counterpoint.framing.lexicons import zipf
from counterpoint.model import Span

# Words that negate the clause they stand in.
NEGATION_CUES = frozenset(
    {"no", "not", "never", "n't", "none", "nobody", "nothing", "neither", "nor", "denied",
     "denies", "deny", "without"}
)
# Verbs that, followed by "to", deny the action after them ("the group declined to approve
# the plan", "the firm failed to notify customers"): the clause says that action did not
# happen, as "did not approve" would.
NEGATING_VERBS = frozenset(
    {"declined", "declines", "declining", "refused", "refuses", "refusing", "failed", "fails",
     "failing"}
)
# Adverbs of negation built on "no" ("at no point were residents asked", "in no way"): they
# negate the verb, as "never" does, and deny no thing ("no point" is not a claim's noun).
NEVER_PHRASES = frozenset(
    {("at", "no", "point"), ("at", "no", "time"), ("at", "no", "stage"), ("in", "no", "way"),
     ("by", "no", "means"), ("under", "no", "circumstances"), ("on", "no", "account")}
)
# "at any stage", "in any way": after a negation ("no one was hurt at any stage") they
# stress it, as "never" does, and name nothing the claim is about.
ANY_PHRASES = frozenset(
    {("at", "any", "stage"), ("at", "any", "point"), ("at", "any", "time"),
     ("at", "any", "moment"), ("in", "any", "way")}
)
# A negated clause and a positive one state the same claim when they share at least this many
# content words and this share of the smaller clause's words (after stemming).
MIN_SHARED = 3
MIN_OVERLAP = 0.75
# A short negated claim matches with fewer shared words when all of its words are in the other
# clause (see _same_claim): a subject and its verb, "school" and "evacuated".
MIN_SHARED_CONTAINED = 2
# Words at least this common in English (Zipf scale, wordfreq) name no claim by themselves:
# "this is not the first time" against "for the first time in twenty years".
GENERIC_ZIPF = 6.0
# A denied noun phrase's head names the claim with one more word the two clauses share (its
# holder: "Tarnby parish has no statutory veto" / "Tarnby parish keeps a veto") when it is
# at most this common, and the words of the phrase before it are the only others the
# asserting clause lacks.
HEAD_ZIPF = 4.0
# A denied noun phrase ("no crash barrier", "no temporary speed restriction") names a claim by
# itself when it has at least this many content words and all of them stand in the asserting
# clause, which must say more than the phrase alone when it has just two ("decent clothing").
MIN_DENIED = 2
# Existence denied by a verb of finding or telling ("no injuries have been reported", "no
# cases were recorded"): the denied noun is the whole claim, so a clause that counts that noun
# ("three drivers suffered minor injuries") asserts what the other denies. The clause may hold
# nothing else but these verbs (stems).
EVIDENTIAL = frozenset(
    {"report", "record", "confirm", "receiv", "found", "detect", "known", "awar", "seen",
     "observ", "register", "log", "notifi"}
)
# Verbs of owning: after a negation they deny that something belongs to someone ("does not
# own a mill"), no event and not that the thing is there ("does not have a lift" does deny
# that). "own" is on the function-word list, so the thing owned would stand for the claim.
POSSESSION_VERBS = frozenset({"own", "owns", "owned", "possess", "possesses", "possessed"})
# Stems of the nouns that count persons of any group ("four people were hurt").
ANY_PERSONS = frozenset({tx.stem("people"), tx.stem("person")})
# Words that open the claim after a verb by which a record reports it (see _reports).
CLAUSE_OPENERS = frozenset(
    {"that", "the", "a", "an", "no", "it", "he", "she", "they", "there", "its", "their", "his",
     "her", "this", "these", "those", "none"}
)
# Words too common in a story to identify a claim (share of its clauses that contain one).
MAX_TERM_SHARE = 0.2
# Inverted-index search bounds: postings read per word, candidate clauses checked per claim.
MAX_POSTINGS = 64
MAX_CANDIDATES = 16
# Actor denials. "Fenn has not resigned" against "the club's chairman, Harold Fenn, resigned":
# commas of an apposition cut the asserting sentence into clauses too short to compare, and
# titles ("Director General") add words the other side lacks. What identifies the claim is
# its actor (one canonical person or organisation id) and its verb: a negated clause where the
# actor stands at most ACTOR_GAP words before the negated verb, against a sentence of another
# article where the same actor stands at most ACTOR_GAP words before the same verb stem in a
# past form ("-ed", an irregular past of data/irregular_past.tsv, or the negated side's own
# form) that no cue negates and no modal or "to"
# leaves undone ("was asked to resign", "could resign" assert nothing). General because it
# reads only sentence structure (subject next to verb) and the story's entity ids, never
# words of a story; verbs of saying and light verbs are left out.
ACTOR_GAP = 3
# An apposition after an actor's name of at most this many words is skipped ("Rosalind
# Achebe-Moore, mayor since 2018, conceded").
APPOSITION_WORDS = 6
# Pronouns that stand for the one person a sentence names.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
# Characters of a clause quoted after an actor's verb in an explanation.
CLAUSE_TAIL = 60
ACTOR_PREFIXES = ("person:", "org:", "company:")
UNDONE = tx.MODAL_VERBS | frozenset(
    {"to", "if", "whether", "threatened", "asked", "urged", "expected", "called", "calls",
     "calling", "demanded", "demands", "proposed", "proposes", "wants", "wanted", "sought"}
)
# A clause opened by one of these states a condition, not what happened ("unless the
# government improves its offer").
CONDITIONS = frozenset({"if", "unless", "until", "whether"})
# In a whole clause "to" is mostly a preposition ("closed to all flights"): only the modals
# and the verbs of asking leave a clause's action undone.
CLAUSE_UNDONE = UNDONE - {"to"}
# Words that stand only under a negation, a question or a condition ("nothing showed that
# anyone was to blame", "denied that anything was wrong"): a clause that holds one without a
# negation of its own is the object of a denial before it, so it asserts nothing.
NEGATIVE_POLARITY = frozenset({"anyone", "anybody", "anything"})
# The future told as fact ("no depot will close", "the Harlow depot will shut in May"): a
# plan, not a report of what happened, but two plans stated so can contradict each other.
FUTURE = frozenset({"will", "shall"})
# Participles that after a noun only point back to it ("the officer concerned", "the staff
# involved"): no part of the claim.
POSTNOMINAL = frozenset({"concerned", "involved"})
# Words at most of a subject that opens a sentence before "who" or "which".
SUBJECT_WORDS = 4
# Auxiliaries and forms of "be", "have" and "do": after "that" they open a relative clause
# (_RELATIVE_VERB), and after "and" a verb phrase that shares the subject before it ("The main
# had no leaks and was not on the list").
AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                         "can", "could", "may", "might", "must", "should", "does", "did", "do"})
# Clause breaks: the punctuation that frames.CLAUSE_PUNCT splits clauses at (a comma between
# digits is a thousands separator: "€1,500" is one figure), and joining words.
_SPLIT = re.compile(
    CLAUSE_PUNCT.pattern
    + r"|\b(?:and|but|while|whereas|although|because|which|that|who|since"
    r"|as|after|before|when|if|unless|until)\b"
)

# Words opening a phrase that places a clause in time by another event ("before the race",
# "ahead of the festival"), and the determiners such a phrase may have.
TIME_PHRASE_OPENERS = frozenset({"before", "after", "ahead", "following", "during", "until"})
DETERMINERS = APPOSITION_OPENERS | {"this", "that"}

# "but" or "and" after an actor's verb and at most four words of its own ("was questioned by
# police but has not been charged") opens a second verb of the same actor
_JOINED = re.compile(r"(?:\s+[\w'’-]+){0,4}?,?\s+(?:but|and)\b", re.I)

# "that" right before an auxiliary opens a relative clause ("a region that is not counted", "the
# crews that had not been paid"), not a reported claim ("said that the roof was not cleared").
_RELATIVE_VERB = re.compile(r"\s+(?:" + "|".join(sorted(AUXILIARIES)) + r")\b", re.I)
# "..., not with the ministry": a contrast that borrows the verb of the clause before ("the union
# quarrels with the council, not with the ministry"); it states no claim of its own.
_CONTRAST = re.compile(
    r"\s*not\s+(?:with|in|at|on|for|to|from|by|about|over|the|a|an|this|that|his|her|its|their)\b",
    re.I,
)
# A comma right after "no" and one or two words opens a list the "no" denies as a whole ("no
# cracks, delamination or bolt defects were found"), not a new clause.
_DENIED_LIST = re.compile(r"\bno(?:\s+[\w-]+){1,2}(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)*\s*$", re.I)
# the next item of such a list: a word or two, then a comma or "and", "or", "nor"
_LIST_ITEM = re.compile(r"\s*[\w-]+(?:\s+[\w-]+)?\s*(?:,|\b(?:and|or|nor)\b)", re.I)


@dataclass(frozen=True, slots=True)
class _Clause:
    article: int
    sentence: int
    span: Span
    terms: frozenset[str]
    negated: bool
    scope: str | None = None  # the first content word after the negation cue
    # "no temporary speed restriction was in place": the words of the noun phrase "no" denies
    denied: frozenset[str] = frozenset()
    undone: bool = False  # a modal, "to" or a request leaves the clause's action undone
    counts: bool = False  # the clause holds a number ("three drivers suffered injuries")
    # the first day of the earliest date in the clause ("reopened on Tuesday"), if any
    dated: float | None = None
    # the last word of the denied noun phrase, its head, as written ("no statutory veto" -> veto)
    denied_head: str | None = None
    planned: bool = False  # only "will" or "shall" leaves the action undone: a plan told
    # stems of the clause's capitalised words that stand in a name ("the Nightjar", "Tovik"):
    # in a name the tagger found, or not first in the sentence
    names: frozenset[str] = frozenset()
    # "a bridge is not its tolls": the negation says what something is not, a description
    # (a copula, "not" and a determiner), no event that did not happen
    described: bool = False


def negation_conflicts(index: StoryIndex) -> list[Draft]:
    """A conflict for each claim one article negates and another asserts."""
    clauses = [c for ai in range(len(index.articles)) for c in _clauses(index, ai)]
    if not clauses:
        return []
    df: dict[str, int] = defaultdict(int)
    for c in clauses:
        for t in c.terms:
            df[t] += 1
    limit = max(3, int(MAX_TERM_SHARE * len(clauses)))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clauses):
        if not c.negated:
            for t in c.terms:
                if df[t] <= limit:
                    postings[t].append(i)
    out: list[Draft] = []
    # one conflict per negated sentence and asserting article
    seen: set[tuple[int, int, int]] = set()
    for c in clauses:
        if not c.negated:
            continue
        hits: dict[int, int] = defaultdict(int)
        for t in c.terms:
            if df[t] <= limit:
                for j in postings[t][:MAX_POSTINGS]:
                    if clauses[j].article != c.article:
                        hits[j] += 1
        for j in sorted(hits, key=lambda j: (-hits[j], j))[:MAX_CANDIDATES]:
            other = clauses[j]
            shared = c.terms & other.terms
            if c.scope not in shared and _head_stem(c) not in shared:
                continue  # the negation bears on something the other clause does not mention
            if not _same_claim(c, other, shared):
                continue
            if _later(index, other, c) or _later(index, c, other):
                continue
            key = (c.article, c.sentence, other.article)
            if key in seen:
                continue
            seen.add(key)
            out.append(_draft(index, other, c, shared))
    for pos, neg in _injury_denials(index, clauses):
        if (neg.article, neg.sentence, pos.article) not in seen:
            seen.add((neg.article, neg.sentence, pos.article))
            out.append(_draft(index, pos, neg, frozenset({"injury"})))
    for pos, neg, verb in _actor_denials(index):
        if (neg.article, neg.sentence, pos.article) not in seen:
            seen.add((neg.article, neg.sentence, pos.article))
            out.append(_draft(index, pos, neg, frozenset({verb})))
    return out


# Injuries denied and reported. "No one was injured" is too short a clause to match by its words,
# and "a van driver broke his wrist" shares none of them, yet the second contradicts the
# first. A denial that names nobody in particular (no one, nobody, no injuries reported) or a
# group ("none of the riders was hurt", whose noun the report must then name) is set against a
# clause of another article that counts someone hurt: an injury word, a bone broken ("broke
# her ankle"), treatment for something, or a trip to hospital, with a number ("two", "one
# cyclist"). A denial of serious injury only ("nobody was seriously hurt") says nothing against
# minor treatment, and one limited by "among" to some groups says nothing of others, so both are
# left out, as is a clause that a modal or a condition leaves undone.
_INJURED = r"(?:injured|hurt|wounded|harmed)"
_DENIED_INJURY = re.compile(
    r"\b(?:no[\s-]one|nobody|none\s+of\s+(?:the\s+|them\b)?(?:[\d,]+\s+)?(?P<group>[a-z]+)?"
    r"|no\s+(?P<group2>[a-z]+))\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|has\s+been|have\s+been"
    r"|got)\s+(?:\w+\s+)?" + _INJURED + r"\b"
    r"|\bno\s+(?:\w+\s+)?injur(?:y|ies)\s+(?:\w+\s+)?(?:were|was|have\s+been|had\s+been)"
    r"\s+(?:reported|recorded|sustained|suffered)",
    re.I,
)
# after a denial, a word that limits it to some people ("... among staff or pupils")
_AMONG = re.compile(r"\s+among\b", re.I)
_GRAVE = frozenset({"serious", "seriously", "critical", "critically", "badly", "major",
                    "life-threatening", "severe", "severely", "significant"})
_REPORTED_INJURY = re.compile(
    r"\b(?:" + _INJURED + r"|injur(?:y|ies))\b"
    r"|\b(?:broke|fractured)\s+(?:his|her|their|two|three|several|both)\s+[a-z]+"
    r"|\btreated\s+(?:\w+\s+){0,3}?for\b"
    r"|\b(?:taken|rushed|airlifted|flown|admitted)\s+(?:\w+\s+){0,2}?to\s+hospital\b"
    r"|\bhospital\s+treatment\b",
    re.I,
)


def _injury_denials(
    index: StoryIndex, clauses: list[_Clause]
) -> list[tuple[_Clause, _Clause]]:
    """Pairs (report of a person hurt, denial of any injury) across articles (see
    _DENIED_INJURY); ``clauses`` are the story's clauses (_clauses), read for the reports."""
    denials: list[tuple[_Clause, str | None]] = []
    for ai, a in enumerate(index.articles):
        text = a.facts.article.text
        for si, (s0, e0) in enumerate(a.sentences):
            sentence = text[s0:e0]
            if not running_text(sentence) or _GRAVE & {w.lower() for w, _, _ in tx.words(sentence)}:
                continue  # (a heading, or a denial of serious harm only)
            for hit in _DENIED_INJURY.finditer(sentence):
                if _AMONG.match(sentence, hit.end()):
                    continue  # limited to the groups it names
                group = hit.group("group") or hit.group("group2")
                if group and group.lower() in ("one", "injuries", "injury"):
                    group = None
                span = (s0 + hit.start(), s0 + hit.end())
                denials.append((_Clause(ai, si, span, frozenset({"injur"}), True, "injur"),
                                tx.stem(group.lower()) if group else None))
    if not denials:
        return []
    out = []
    reported = [c for c in clauses if not c.negated and not c.undone]
    for neg, group in denials:
        for pos in reported:
            if pos.article == neg.article:
                continue
            text = index.articles[pos.article].facts.article.text[pos.span[0] : pos.span[1]]
            if not pos.counts or _REPORTED_INJURY.search(text) is None or (
                group and group not in pos.terms
            ):
                continue
            if _later(index, pos, neg) or _later(index, neg, pos):
                continue
            out.append((pos, neg))
            break
    return out


def _actor_verbs(
    index: StoryIndex, ai: int
) -> list[tuple[str, str, str, int, Span, bool]]:
    """(actor id, verb stem, verb form, sentence, span from actor to verb, negated) for each
    actor standing at most ACTOR_GAP words before a content word of its sentence. An
    apposition after the name is skipped ("Achebe-Moore, mayor since 2018, conceded"), and
    "he" or "she" stands for the one person its sentence names ("When she gave evidence,
    Castellane insisted ...")."""
    a = index.articles[ai]
    text = a.facts.article.text
    out = []
    for ent in a.facts.entities:
        if not (ent.id or "").startswith(ACTOR_PREFIXES):
            continue
        si = a.sentence_of(ent.span)
        out.extend(_verbs_after(index, ai, ent.id or "", ent.span, si))
    for si, (s0, e0) in enumerate(a.sentences):
        people = {e.id for e in a.facts.entities
                  if (e.id or "").startswith("person:") and s0 <= e.span[0] < e0}
        if len(people) != 1:
            continue
        for w, ws, we in tx.words(text[s0:e0]):
            if w.lower() in PERSONAL_PRONOUNS:
                out.extend(_verbs_after(index, ai, next(iter(people)), (s0 + ws, s0 + we), si))
    return out


def _verbs_after(
    index: StoryIndex, ai: int, eid: str, span: Span, si: int
) -> list[tuple[str, str, str, int, Span, bool]]:
    """The first content word after an actor's name, and after an apposition that follows it
    (see _actor_verbs): the name may itself stand in apposition ("the boss, Radomir Kell,
    resigned")."""
    a = index.articles[ai]
    text = a.facts.article.text
    end = a.sentences[si][1]
    starts = [span[1]]
    if text[span[1] : end].startswith(","):
        close = text.find(",", span[1] + 1, end)
        if close > 0 and len(tx.words(text[span[1] : close])) <= APPOSITION_WORDS:
            starts.append(close + 1)
    out = []
    for st in starts:
        v = _verb_at(text, st, end, eid, span, si)
        if v is None:
            continue
        out.append(v)
        # a second verb joined to the first keeps its subject ("Fenn, questioned twice,
        # has not been charged")
        joined = _JOINED.match(text, v[4][1], end)
        if joined is not None:
            w = _verb_at(text, joined.end(), end, eid, span, si)
            if w is not None:
                out.append(w)
    return out


def _verb_at(
    text: str, start: int, end: int, eid: str, span: Span, si: int
) -> tuple[str, str, str, int, Span, bool] | None:
    """The first content word from ``start`` if at most ACTOR_GAP words in, with whether a
    negation cue stands before it; None when a modal or "to" leaves it undone."""
    stop = tx.stopwords()
    gap: list[str] = []
    for w, _ws, we in tx.words(text[start:end])[: ACTOR_GAP + 3]:
        lw = w.lower()
        if lw.isdigit():
            continue  # an age in apposition: "Odell, 52, gave evidence"
        if lw not in stop and lw not in NEGATION_CUES and not lw.endswith("n't"):
            if len(gap) <= ACTOR_GAP and len(lw) > 2 and lw.isalpha():
                neg = any(g in NEGATION_CUES or g.endswith("n't") for g in gap)
                if not any(g in UNDONE for g in gap):
                    base = tx.irregular_past().get(lw, lw)
                    # the actor's name without its type: one article's tagger may call a
                    # person an organisation ("the mayor, Lydia Crane, ...")
                    actor = eid.split(":", 1)[-1]
                    return (actor, tx.stem(base), lw, si, (span[0], start + we), neg)
            return None
        gap.append(lw)
    return None


def _actor_denials(index: StoryIndex) -> list[tuple[_Clause, _Clause, str]]:
    """Pairs (asserting, negated) of one actor and verb across articles (see ACTOR_GAP)."""
    found: dict[tuple[str, str], list[tuple[int, str, int, Span, bool]]] = defaultdict(list)
    for ai in range(len(index.articles)):
        for actor, stem, form, si, span, neg in _actor_verbs(index, ai):
            if tx.light_verb(stem):
                continue
            # a verb of the same family is the same claim ("was detained" / "has not been
            # arrested")
            fam = tx.family(form, stem)
            found[(actor, fam or stem)].append((ai, form, si, span, neg))
    out = []
    for (_actor, stem), items in sorted(found.items()):
        for an, form_n, sn, span_n, neg_n in items:
            if not neg_n:
                continue
            for ap, form_p, sp, span_p, neg_p in items:
                past = tx.past_base(form_p) is not None
                if neg_p or ap == an or not (past or form_p == form_n):
                    continue
                span_n, span_p = _to_clause_end(index, an, sn, span_n), _to_clause_end(
                    index, ap, sp, span_p
                )
                neg_c = _Clause(an, sn, span_n, frozenset({stem}), True, stem)
                pos_c = _Clause(ap, sp, span_p, frozenset({stem}), False)
                out.append((pos_c, neg_c, stem))
                break
    return out


def _to_clause_end(index: StoryIndex, ai: int, si: int, span: Span) -> Span:
    """Extend an actor-and-verb span to the end of its clause, at most CLAUSE_TAIL characters,
    so the explanation quotes what was (not) done: "Odell did not give evidence at the trial"."""
    a = index.articles[ai]
    text = a.facts.article.text
    end = min(a.sentences[si][1], span[1] + CLAUSE_TAIL)
    tail = text[span[1] : end]
    cut = _SPLIT.search(tail)
    if cut is not None:
        tail = tail[: cut.start()]
    elif end < a.sentences[si][1] and " " in tail:
        tail = tail[: tail.rindex(" ")]
    return (span[0], span[1] + len(tail.rstrip(" .!?\"'”’")))


def _later(index: StoryIndex, c: _Clause, other: _Clause) -> bool:
    """Whether clause ``c`` dates what it says to a day after the other clause's article was
    published: "the channel remains closed" on Saturday and "it reopened on Tuesday" tell a
    later development, not a contradiction."""
    published = iso_ordinal(index.articles[other.article].facts.article.published)
    return c.dated is not None and published is not None and published < math.floor(c.dated)


def _same_claim(neg: _Clause, pos: _Clause, shared: frozenset[str]) -> bool:
    """Whether a negated clause and a positive one state the same claim.

    Either they share several specific words (MIN_SHARED, MIN_OVERLAP), or the negated claim
    is short and wholly contained in the other: every content word of "Harlow Primary School
    was not evacuated" (a name counted by its head noun) is in "the village school was
    evacuated at dusk", and the negated word is an event, not a verb of saying.
    """
    if (pos.undone or neg.undone) and not (pos.planned and neg.planned):
        # "called for a speed restriction", "could close", "would not pay": an intention or
        # a request, not a report that something did or did not happen; but two plans told
        # as facts ("no depot will close" / "the Harlow depot will close in May") disagree
        return False
    if len(shared) >= MIN_SHARED and tx.overlap(neg.terms, pos.terms) >= MIN_OVERLAP:
        return True
    if len(neg.denied) >= MIN_DENIED and neg.denied <= pos.terms and (
        len(neg.denied) > MIN_DENIED or len(pos.terms) > len(neg.denied)
    ):
        return True  # "no temporary speed restriction was in place" / "... imposed a temporary
        # speed restriction on the section"
    head = _head_stem(neg)
    if (
        head is not None and len(neg.denied) >= MIN_DENIED and head in pos.terms
        and zipf(neg.denied_head or "") < HEAD_ZIPF and len(shared - {head}) >= 1
        and len(neg.terms - pos.terms - _renamed(neg, pos)) <= len(neg.denied) - 1
    ):
        return True  # "the parish has no statutory veto" / "the parish keeps a veto"
    rest = neg.terms - EVIDENTIAL - pos.terms
    if (
        pos.counts and neg.scope is not None and neg.scope == _head(neg.denied, shared)
        and neg.terms & EVIDENTIAL
        and (not rest or (rest <= tx.person_nouns() and bool(pos.terms & ANY_PERSONS)))
    ):
        # "no injuries have been reported" / "three drivers suffered injuries"; the groups
        # the denial names ("among passengers or crew") may hold "four people" of the other
        return True
    return (
        len(shared) >= MIN_SHARED_CONTAINED
        and shared == neg.terms
        and not neg.described
        and any(zipf(t) < GENERIC_ZIPF for t in shared)  # not "first" and "time" alone
        and neg.scope is not None
        and neg.scope not in tx.stopwords()
        and tx.concepts().get(neg.scope) != tx.SAY
    )


def _head(denied: frozenset[str], shared: frozenset[str]) -> str | None:
    """The one denied word the other clause also has, if exactly one."""
    both = denied & shared
    return next(iter(both)) if len(both) == 1 else None


def _clauses(index: StoryIndex, ai: int) -> list[_Clause]:
    a = index.articles[ai]
    text = a.facts.article.text
    stop = tx.stopwords()
    opposites = tx.antonyms()
    out = []
    # words of a multiword name other than its head noun ("Harlow Primary School" counts as
    # "school"), so that a named thing and a common-noun mention of it can match
    modifiers = {
        ent.span[0] + ws
        for ent in a.facts.entities
        if len(ent.text.split()) > 1
        for _, ws, _ in tx.words(ent.text.rsplit(None, 1)[0])
    }
    # when a claim held: the words of a date ("on Thursday", "in October 2025") and calendar
    # nouns ("all week", "that night") place a claim in time but do not say what it is, so they
    # are not among its words: "the roof had not been cleared all week" denies "contractors had
    # cleared snow from the roof on Thursday" (the date checks compare the times themselves)
    named = {ent.span[0] + ws for ent in a.facts.entities for _, ws, _ in tx.words(ent.text)}
    timed = [(t.span, iso_ordinal(t.start)) for t in a.facts.dates]
    calendar = _time_words()
    for si, (s, e) in enumerate(a.sentences):
        if not running_text(text[s:e]):
            continue  # a line without an end stop (a masthead, a kicker) states no claim
        start = s
        opened = ""  # the word that opened the clause ("if", "unless")
        restrictive = False
        listing = False  # inside a list that "no" denies (see _DENIED_LIST)
        carried: list[str] = []  # a sentence's subject, read again after its relative clause
        for m in [*_SPLIT.finditer(text, s, e), None]:
            if m and _DENIED_LIST.search(text, start, m.start()) and (
                (m.group(0) == "," and _LIST_ITEM.match(text, m.end(), e))
                or (listing and m.group(0).lower() == "and")
            ):
                listing = True  # "no cracks, delamination or bolt defects were found": one denial
                continue
            listing = False
            end = m.start() if m else e
            piece = text[start:end]
            toks = [
                w.lower() for w, ws, _ in tx.words(piece)
                if start + ws not in modifiers and w.lower() not in calendar
                and not any(d0 <= start + ws < d1 for (d0, d1), _ in timed)
            ]
            # the attribution is not the claim: "Ms Stroud said the seals were intact",
            # "records show the roof had not been inspected"
            says = [i for i, t in enumerate(toks)
                    if tx.says(t) or _reports(toks, i)]
            if says and says[-1] < len(toks) - MIN_SHARED:
                toks = toks[says[-1] + 1 :]
            # (a carried subject opens the clause's span too: the reader sees who)
            first = s if carried else start
            toks = _implicative(_without_time_phrase(carried + toks))
            carried = []
            neg = any(t in NEGATION_CUES or t.endswith("n't") for t in toks)
            if neg and (
                (m is not None and m.group(0).lower() == "until")  # "did not reach the
                # clinic until Friday": it happened, later
                or (len(toks) > 1 and toks[0] == "no" and toks[1].endswith("ing") and not any(
                    t in AUXILIARIES or tx.past_base(t) for t in toks[2:]
                ))
            ):  # "No filling new pools": a rule, not a report that it did not happen ("no
                # warning siren sounded" is one: a noun in "-ing" before a verb)
                neg = False
            scope = _scope(toks, stop) if neg else None
            opposite = [
                t for i, t in enumerate(toks) if t in opposites and not _attributive(toks, i)
            ] if not neg else []
            if opposite:
                # "the seals were intact" denies "the seals were broken"; "the restaurants
                # remained open throughout" denies "the restaurants were closed"
                lasting = tx.cue_words("lasting")
                toks = [opposites.get(t, t) for t in toks if t not in lasting]
                neg, scope = True, tx.stem(opposites[opposite[0]])
            terms = frozenset(
                tx.stem(t) for i, t in enumerate(toks) if t not in stop and t not in NEGATION_CUES
                and not t[0].isdigit() and len(t) > 2
                and not (t in POSTNOMINAL and i > 0 and toks[i - 1] not in stop)
                and not _nearness(toks, i)
            )
            if len(terms) >= MIN_SHARED_CONTAINED and not (neg and (
                    _verdict(toks) or _elided(toks))):
                lead = len(text[first:end]) - len(text[first:end].lstrip())
                trail = len(piece.rstrip().rstrip(".!?").rstrip()) + (start - first)
                words = _denied_words(toks, stop) if neg else []
                denied = frozenset(tx.stem(t) for t in words)
                counts = any(t[0].isdigit() or t in WORD_VALUES for t in toks)
                undone = opened in CONDITIONS or (restrictive and neg and not opposite) or (
                    not neg and not NEGATIVE_POLARITY.isdisjoint(toks)
                ) or (
                    opened == "," and _CONTRAST.match(piece) is not None
                ) or any(
                    t in CLAUSE_UNDONE - FUTURE and not _firm(toks, i)
                    for i, t in enumerate(toks)
                )
                planned = not undone and any(
                    t in FUTURE and not _firm(toks, i) for i, t in enumerate(toks)
                )
                days = [low for (d0, _), low in timed
                        if low is not None and start <= d0 < end]
                names = frozenset(tx.stem(w.lower()) for w, ws, _ in tx.words(piece)
                                  if w[0].isupper() and (start + ws in named or start + ws > s))
                out.append(_Clause(ai, si, (first + lead, first + trail), terms, neg, scope,
                                   denied, undone or planned, counts, min(days, default=None),
                                   words[-1] if words else None, planned, names,
                                   neg and _described(toks)))
            if start == s and m is not None and m.group(0).lower() in ("who", "which") and (
                len(toks) <= SUBJECT_WORDS
            ):
                # "The night porter who found the leak had been dismissed": the subject before
                # a relative clause is the subject of the verb after it
                carried = toks
            elif start == s and m is not None and m.group(0).lower() == "and":
                # "The main had no leaks and was not on the list": a denial after "and" with
                # no subject of its own denies something of the sentence's subject. (Only a
                # denial: carried into a claim, "seals swim at 20mph and are known to feed in
                # the harbour", the subject's words make it match "seals are not feeding on
                # salmon"; one false conflict on the studied sets.)
                nxt = _SPLIT.search(text, m.end(), e)
                after = [w.lower() for w, _, _ in tx.words(text[m.end() : nxt.start() if nxt
                                                               else e])]
                verb = next((i for i, t in enumerate(toks) if t in AUXILIARIES), None)
                if after and after[0] in AUXILIARIES and verb is not None and (
                    0 < verb <= SUBJECT_WORDS
                ) and any(t in NEGATION_CUES or t.endswith("n't") for t in after):
                    carried = toks[:verb]
            start = m.end() if m else e
            opened = m.group(0).strip().lower() if m else ""
            # "pupils who have not had two doses should stay at home": a relative clause with
            # no comma before "who" tells which people are meant, not what happened
            restrictive = opened in ("who", "that") and m is not None and not (
                text[max(s, m.start() - 4) : m.start()].rstrip().endswith(",")
            ) and (opened == "who" or _RELATIVE_VERB.match(text, m.end(), e) is not None or (
                _relative_finite(text, m.start(), m.end(), e)))
    return out


# a lower-case verb in the third person or the past right after "that" ("a line that carries
# no passengers"), and the word before "that"
_FINITE_AFTER_THAT = re.compile(r"\s+([a-z]+(?:s|ed))\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")


def _relative_finite(text: str, at: int, after: int, end: int) -> bool:
    """Whether the "that" at ``at:after`` opens a relative clause with a plain verb ("a line
    that carries no passengers"): a noun before it, not a verb of saying ("said that"), nor a
    function word ("so that", "now that"); "-ss" words are nouns ("that glass")."""
    verb = _FINITE_AFTER_THAT.match(text, after, end)
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if verb is None or before is None:
        return False
    prev = before.group(1).lower()
    return not tx.says(prev) and prev not in tx.stopwords() and not verb.group(1).endswith("ss")


def _attributive(toks: list[str], i: int) -> bool:
    """Whether the state word ``toks[i]`` stands before a noun it describes ("an open mind", "an
    open letter"): it then says nothing of the clause's subject, as "remained open" does."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return bool(nxt) and nxt.isalpha() and nxt not in tx.stopwords() and (
        nxt not in tx.cue_words("lasting")
    )


# "close to the ideal", "close to 500 homes", "came close to collapse": nearness, not the
# verb of closing; the verb after a modal, "to" or a negation is ("will close to traffic")
_NEAR_WORDS = frozenset({"close", "closer", "closest"})
_VERB_BEFORE = tx.MODAL_VERBS | frozenset({"to", "do", "does", "did", "not", "never"})


def _nearness(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` is "close" meaning near ("close to the border"), not closing."""
    return toks[i] in _NEAR_WORDS and toks[i + 1 : i + 2] == ["to"] and (
        i == 0 or toks[i - 1] not in _VERB_BEFORE)


# "alarms in the hall but none in the cellar": "none" before a place stands for a
# noun told before it, so the clause's own words do not say what is denied
_ELIDED_BEFORE = frozenset({"in", "on", "at", "inside", "over", "under", "near", "above",
                            "below", "beyond", "outside", "within", "behind"})


def _elided(toks: list[str]) -> bool:
    """Whether the clause denies something by "none" right before a place ("none in the
    cellar"): what it denies is named in another clause."""
    return any(t == "none" and toks[i + 1 : i + 2] and toks[i + 1] in _ELIDED_BEFORE
               for i, t in enumerate(toks))


# "This is not fair play", "it isn't a tax": a pronoun said not to be something passes a
# verdict on what another sentence told; it denies no event, though its few words may all
# stand in a report ("campaigned for fair play").
_VERDICT_SUBJECTS = frozenset({"this", "that", "it", "these", "those"})
_COPULAS = frozenset({"is", "are", "was", "were"})


def _verdict(toks: list[str]) -> bool:
    """Whether a negated clause opens with a pronoun and a negated copula ("this is not")."""
    if len(toks) < 2 or toks[0] not in _VERDICT_SUBJECTS:
        return False
    if toks[1].endswith("n't"):
        return toks[1][:-3] in _COPULAS
    return toks[1] in _COPULAS and toks[2:3] == ["not"]


def _described(toks: list[str]) -> bool:
    """Whether a negated clause says what its subject is not ("a bridge is not its tolls", "the
    fund was not a loan"): a copula, "not", then a determiner."""
    return any(
        t in _COPULAS and toks[i + 1] == "not" and toks[i + 2] in DETERMINERS
        for i, t in enumerate(toks[:-2])
    )


def _without_time_phrase(toks: list[str]) -> list[str]:
    """The clause's words less a closing phrase that places it in time by another event
    ("the pitch had not been rolled ahead of the final", "before the match"): as a date, it
    says when, not what (the dates are compared on their own)."""
    for i, t in enumerate(toks):
        if t in TIME_PHRASE_OPENERS:
            j = i + 2 if t == "ahead" and toks[i + 1 : i + 2] == ["of"] else i + 1
            if toks[j : j + 1] and toks[j] in DETERMINERS:
                j += 1
            if j == len(toks) - 1 and toks[j].isalpha():
                return toks[:i]
    return toks


def _firm(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` is the "will" of a flat refusal ("booking fees will not be
    returned"), which says what is (not) being done, as "won't" does."""
    return toks[i] == "will" and i + 1 < len(toks) and toks[i + 1] == "not"


def _implicative(toks: list[str]) -> list[str]:
    """``toks`` with a negating verb and its "to" ("declined to approve") read as "not", a
    negating adverb phrase ("at no point") as "never", and "at any stage" and a denied
    participle's alternative ("not repainted or repaired") left out."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        three = tuple(toks[i : i + 3])
        if toks[i] in NEGATING_VERBS and toks[i + 1 : i + 2] == ["to"]:
            out.append("not")
            i += 2
        elif three in NEVER_PHRASES:
            out.append("never")
            i += 3
        elif three in ANY_PHRASES:
            i += 3
        elif (toks[i] == "or" and out and i + 1 < len(toks) and _participle(out[-1])
              and _participle(toks[i + 1]) and any(t in NEGATION_CUES for t in out)):
            # "had not been repainted or repaired" denies each; the first alone is kept as the
            # claim's word, so that "had been repainted" meets it as one claim
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return out


def _reports(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` is a verb by which a record reports a claim ("files show the roof
    had not been inspected"): one of data/cues.tsv's ``source`` verbs followed by the start
    of a clause ("that", an article or a pronoun), so that a noun of the same spelling ("the
    show was not cancelled") is not taken for one."""
    return toks[i] in tx.cue_words("source") and i + 1 < len(toks) and toks[i + 1] in CLAUSE_OPENERS


@cache
def _time_words() -> frozenset[str]:
    """Calendar nouns that only ever name a time ("week", "night", "yesterday"): the strong
    words of the facts stage's temporal vocabulary, less the names of months, weekdays and
    seasons and their short forms ("may", "march", "fall", "sun"), which have other readings
    and are left out only where the facts stage read them as a date."""
    names = [row[1].lower() for row in data_rows("dates_lexicon.tsv")
             if row[0] in ("month", "weekday", "season")]
    return frozenset(
        w for w, kind in temporal_words().items()
        if kind == "strong" and w not in names
        and not any(len(w) <= 5 and n.startswith(w) for n in names)
    )


def _denied_words(toks: list[str], stop: frozenset[str]) -> list[str]:
    """The words right after a "no" up to the first function word: the noun phrase whose
    existence the clause denies ("no safety rail was fitted" -> safety, rail). A past
    participle after the phrase's first word opens a clause about the thing, no part of its
    name ("no pupil taught there passed" -> pupil; "no trained guard" keeps "trained")."""
    if "no" not in toks:
        return []
    out: list[str] = []
    for t in toks[toks.index("no") + 1 :]:
        if t in stop or len(t) <= 2 or t[0].isdigit() or (out and _participle(t)):
            break
        out.append(t)
    return out


# Past forms that are also common nouns ("no knife wound", "no price cut", "no garden shed"):
# never read as a participle that ends a denied phrase.
NOUN_PASTS = tx.SAME_PAST | frozenset(
    {"bet", "bit", "bore", "bound", "dove", "fell", "forecast", "found", "left", "lit", "met",
     "rose", "saw", "shed", "shot", "slit", "stole", "wound", "won"}
)


def _participle(word: str) -> bool:
    """Whether ``word`` reads as a past participle (text.past_base) that is no common noun
    too."""
    return word not in NOUN_PASTS and tx.past_base(word) is not None


def _renamed(neg: _Clause, pos: _Clause) -> frozenset[str]:
    """The words of names in ``neg`` that ``pos`` may tell by a common noun ("the Morwen
    Express" / "the service"): all of them when ``pos`` names nothing ``neg`` does not."""
    return neg.names if pos.names <= neg.names else frozenset()


def _head_stem(c: _Clause) -> str | None:
    """Stem of the head of the noun phrase a clause denies, if any."""
    return tx.stem(c.denied_head) if c.denied_head else None


def _scope(toks: list[str], stop: frozenset[str]) -> str | None:
    """Stem of the first content word after the negation cue ("no evacuation ..." -> evacu),
    past a word that stresses it ("without a single interruption" -> interrupt)."""
    seen_cue = False
    emphatic = tx.cue_words("emphatic")
    for t in toks:
        if t in NEGATION_CUES or t.endswith("n't"):
            seen_cue = True
        elif seen_cue and t in POSSESSION_VERBS:
            # "does not own a mill" denies a belonging, not the mill: it disputes no account
            # of the mill at work
            return None
        elif seen_cue and t not in stop and t not in emphatic and len(t) > 2 and (
            not t[0].isdigit()
        ):
            return tx.stem(t)
    return None


def _draft(index: StoryIndex, pos: _Clause, neg: _Clause, shared: frozenset[str]) -> Draft:
    members = tuple(_mention(index, c, i) for i, c in enumerate((pos, neg)))
    words = ", ".join(sorted(ex.surface(index, members[0], t) for t in shared)[:4])
    text_pos = " ".join(members[0].text.split())
    text_neg = " ".join(members[1].text.split())
    planned = pos.planned and neg.planned
    told = ("one says it will happen, the other that it will not" if planned
            else "one reports it happened, the other that it did not")
    expl = (f"{ex.label(index, pos.article)} says “{text_pos}”; {ex.label(index, neg.article)} "
            f"says “{text_neg}”: {told}.")
    score = round(SALIENCE["statement"] * (0.6 + 0.4 * min(1.0, len(shared) / 5)), 4)
    topic = "whether it will happen" if planned else "whether it happened"
    return Draft("conflict", f"{topic}: {words}", None, expl, members, score)


def _mention(index: StoryIndex, c: _Clause, uid: int) -> Mention:
    text = index.articles[c.article].facts.article.text[c.span[0] : c.span[1]]
    return Mention(uid=-1 - uid, article=c.article, kind="statement", text=text, span=c.span,
                   sentence=c.sentence, key="negation", negated=c.negated)
