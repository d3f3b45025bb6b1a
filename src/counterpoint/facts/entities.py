"""Named entities: spaCy's NER corrected by our gazetteers, with canonical ids and names.

The ``counterpoint_entities`` component (after ``ner``) rewrites ``doc.ents`` so that every
later step (dates, quotes) sees the corrected entities:

- a gazetteer name wins over the model's label when it covers the whole entity (a city the
  model calls a PERSON), and over a PERSON or a headline entity that merely contains it
  ("Russian Diplomats'" in a title becomes the NORP "Russian");
- a PERSON ending in a street, landform or event word (data/name_heads.tsv) is a place or an
  event ("Quarry Lane", "the Dale Fire");
- PERSON entities made only of common words are dropped: words the article also uses in lower
  case, or, on a title-case line (a headline), words of the model's lemmatizer dictionary;
- DATE entities with no temporal word are dropped ("the diplomatic quarter");
- name entities lose a leading "the" and a trailing possessive, and never cross a line break;
- gazetteer names the model missed are added.

Demonyms ("Russian diplomats") are kept as NORP with the country's id (``country:RU``), so a
comparison can tell that two articles talk about the same country's people.
``find_entities`` turns the corrected ``doc.ents`` into ``Entity`` records and resolves short
person mentions to the full name used elsewhere in the article.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from importlib import resources
from typing import TYPE_CHECKING, Any

from counterpoint.facts import units
from counterpoint.facts.aliases import (
    GazEntry,
    alias_map,
    apply_alias_map,
    gazetteer,
    generic_id,
    strip_possessive,
    temporal_words,
    word_list,
)
from counterpoint.model import Entity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# Words of a person's name after a role word ("Caretaker Emil Varga"): two or three, the last
# not a word that ends the names of organizations ("the Caretaker Services Group").
ROLE_NAME_WORDS = (2, 3)
# Endings that name a profession ("entomologist", "physicist", "statistician"): such a word
# before a two- or three-word name is a role, as the words of data/person_roles.tsv are.
ROLE_ENDINGS = ("ist", "ician")
ORG_LAST_WORDS = frozenset(
    {
        "group", "services", "ltd", "inc", "plc", "company", "co", "corp", "corporation",
        "association", "union", "council", "school", "hospital", "university", "college", "board",
        "trust", "party", "bank", "club", "agency", "authority", "committee", "network",
        "foundation", "institute", "society", "partners", "holdings", "press", "news",
    }
)
# Personal honorifics: a name right after one (or opening with one) is a person, whatever the
# model's label ("said Dr Sunniva Holt" was tagged an organization). Lowercase, no dot.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev", "revd", "reverend"}
)
# Labels that name things; numbers, dates and times are the quantity and date extractors' job.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Gazetteer kinds strong enough to break up a PERSON span that contains them: a personal name
# rarely holds a country or a nationality, while "Jack London" does hold a city.
_BREAKS_PERSON = frozenset({"country", "short", "demonym", "org"})
# A line is a headline when it has at least this many words and this share of them is
# capitalized (news titles are title case; body sentences capitalize ~15-30% of words).
HEADLINE_MIN_WORDS = 3
HEADLINE_CAPS_SHARE = 0.6
_TRIM_LEAD = frozenset({"the", "The"})
# A name never ends in a preposition or conjunction: "Center for Korean Studies of".
_TRIM_TAIL_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@functools.cache
def person_roles() -> frozenset[str]:
    """The role words of data/person_roles.tsv ("caretaker", "vet", "keeper")."""
    return word_list("person_roles.tsv")


class EntityCorrector:
    """The ``counterpoint_entities`` component: gazetteer matching and NER corrections."""

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.gaz = gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        aliases = sorted(self.gaz.entries)
        for start in range(0, len(aliases), 500):
            chunk = aliases[start : start + 500]
            docs = [nlp.make_doc(a) for a in chunk]
            for alias, pattern in zip(chunk, docs, strict=True):
                self.matcher.add(alias, [pattern])
        self.dictionary = _lemma_dictionary(nlp)
        self.temporal = temporal_words()
        self.titles = word_list("entities_titles.tsv")
        self.roles = person_roles()

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        matches = self._gazetteer_spans(doc)
        headlines = _headline_lines(doc.text)
        lower_words = {t.lower_ for t in doc if t.is_lower}
        taken: list[Span] = []
        used_matches: set[int] = set()
        for ent in doc.ents:
            if ent.label_ == "DATE":
                if self._is_temporal(ent):
                    taken.append(ent)
                continue
            if ent.label_ not in NAME_LABELS:
                taken.append(ent)
                continue
            span = _trim(ent)
            if span is None or (span.text[0].isdigit() and not any(c.isupper() for c in span.text)):
                continue  # a time or a measure, not a name: "7.12am", "43mph"
            if (person := self._role_and_name(span)) is not None:
                span = person  # "Caretaker Emil Varga": the role, then the person
            if span.label_ == "PERSON" and _after_the(ent) and not _honorific(span[0]):
                span = Span(doc, span.start, span.end, label="ORG")  # "told the Gazette"
            if span.label_ == "PERSON" and (head := _place_head(span)):
                span = Span(doc, span.start, span.end, label=head)  # "Quarry Lane", "Dale Fire"
            inside = [i for i, m in enumerate(matches) if m.start < span.end and span.start < m.end]
            in_headline = _in_headline(headlines, span.start_char)
            exact = [i for i in inside if matches[i].start == span.start
                     and matches[i].end == span.end]
            if exact:
                entry = self._entry(matches[exact[0]])
                if entry.kind == "ambiguous" and span.label_ in {"PERSON", "ORG"}:
                    taken.append(span)
                else:
                    used_matches.update(exact)
                    taken.append(matches[exact[0]])
                continue
            breaking = [i for i in inside if self._entry(matches[i]).kind in _BREAKS_PERSON]
            if inside and (in_headline or (span.label_ == "PERSON" and breaking)):
                used_matches.update(inside)
                taken.extend(matches[i] for i in inside)
                continue
            if inside:
                used_matches.update(inside)  # a longer name holds it: "the Russian Embassy"
            if (self._all_common(span, lower_words, in_headline) or self._before_title(span)
                    or self._portfolio_tail(span)
                    or _shouted_word(span, self.dictionary) or _no_name(span)):
                continue
            taken.append(span)
        for i, match in enumerate(matches):
            if i not in used_matches and self._entry(match).kind != "ambiguous":
                taken.append(match)
        taken.extend(self._names_after_roles(doc, taken))
        taken.extend(self._bare_surnames(doc, taken))
        doc.ents = filter_spans(taken)
        return doc

    def _bare_surnames(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """The surname of a person named in full elsewhere, where the model tagged it as no
        entity ("Halvorsen, champion since 2031, ..." read as an adjective): a person too, so
        the alias map links it to the full name. Not a surname that is also an English word
        ("Young", "Wood"), which may stand for that word, nor one that two people named in
        full share ("Ines Varga" and her son "Pal Varga")."""
        from spacy.tokens import Span

        firsts: dict[str, set[str]] = defaultdict(set)  # surname -> the words before it
        for span in taken:
            if span.label_ == "PERSON" and len(span) >= 2 and span[-1].is_title:
                firsts[span[-1].text].add(span[-2].text)  # ("Councillor Mira Holt": Mira)
        surnames = {last for last, first in firsts.items() if len(first) == 1}
        held = {i for span in taken for i in range(span.start, span.end)}
        return [
            Span(doc, tok.i, tok.i + 1, label="PERSON") for tok in doc
            if tok.text in surnames and tok.i not in held
            and not _in_dictionary(tok.lower_, self.dictionary)
            and not (tok.i and doc[tok.i - 1].is_title)  # "Ines Varga": a name of its own
        ]

    def _names_after_roles(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Names the model missed right after a role word ("Caretaker Emil Varga, who ...").
        Only two or three capitalized words that no other entity holds."""
        from spacy.tokens import Span

        held = {i for sp in taken for i in range(sp.start, sp.end)}
        out = []
        for t in doc:
            if t.lower_ not in self.roles:
                continue
            if t.is_title and t.i > 0 and doc[t.i - 1].lower_ == "the":
                continue  # an office named by its title: "the Judge Advocate General"
            end = t.i + 1
            while (
                end < len(doc) and end - t.i - 1 < ROLE_NAME_WORDS[1]
                and doc[end].is_title and doc[end].is_alpha and end not in held
            ):
                end += 1
            if person_name(doc[t.i + 1 : end]):
                out.append(Span(doc, t.i + 1, end, label="PERSON"))
        return out

    def _role_and_name(self, span: Span) -> Span | None:
        """The name in "Caretaker Emil Varga", whatever kind the model took it all for
        (a person too: "Baker Owen Haverly" is Owen Haverly): a role word
        (data/person_roles.tsv) and then two or three capitalized words; or a name after or
        opening with a personal honorific ("Dr Anders Fjeld")."""
        from spacy.tokens import Span

        if span.start > 0 and _honorific(span.doc[span.start - 1]) and person_name(span, 1):
            return Span(span.doc, span.start, span.end, label="PERSON")  # "Dr [Sunniva Holt]"
        if span.start > 0 and self._role(span.doc[span.start - 1].lower_) and person_name(
            span
        ):
            return Span(span.doc, span.start, span.end, label="PERSON")  # "prosecutor [H M]"
        if _set_beside_role(span, self.roles) and person_name(span):
            return Span(span.doc, span.start, span.end, label="PERSON")  # "its chair, [I M],"
        if span.label_ != "PERSON" and _role_follows(span, self.roles | self.titles) and (
            person_name(span)
        ):
            return Span(span.doc, span.start, span.end, label="PERSON")  # "[I M], the chair"
        if _honorific(span[0]) and person_name(span[1:], 1):
            return Span(span.doc, span.start, span.end, label="PERSON")  # "[Dr Anders Fjeld]"
        # the role may follow lower-case words that say where or of what ("zoo vet Ada
        # Lund", "head keeper Ola Brek"): the name starts after the last of them
        lead = 1
        while lead < len(span) - 2 and span[lead - 1].is_lower and span[lead].is_lower:
            lead += 1
        rest = span[lead:]
        if not self._role(span[lead - 1].lower_) or _after_the(span) or not person_name(rest):
            return None
        return Span(span.doc, rest.start, rest.end, label="PERSON")

    def _role(self, word: str) -> bool:
        """A role word (data/person_roles.tsv), or a profession named by its ending
        ("entomologist", "physicist", "statistician")."""
        return word in self.roles or (len(word) > 6 and word.endswith(ROLE_ENDINGS))

    def _entry(self, span: Span) -> GazEntry:
        return self.gaz.entries[span.kb_id_]

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        """Non-overlapping gazetteer matches (longest first), labelled and with the alias as kb."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = []
        for match_id, start, end in self.matcher(doc):
            alias = doc.vocab.strings[match_id]
            entry = self.gaz.entries[alias]
            if any("\n" in t.text for t in doc[start:end]):
                continue
            spans.append(Span(doc, start, end, label=entry.label, kb_id=alias))
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def _is_temporal(self, ent: Span) -> bool:
        """A DATE span is temporal with a digit, a strong time word, or weak word + modifier."""
        kinds = {self.temporal.get(t.lower_.rstrip(".")) for t in ent}
        if any(t.like_num or any(c.isdigit() for c in t.text) for t in ent):
            return True
        return "strong" in kinds or ("weak" in kinds and "modifier" in kinds)

    def _before_title(self, span: Span) -> bool:
        """A PERSON right before a capitalized title is an affiliation: "Millbrook Fire Chief"."""
        if span.label_ != "PERSON" or span.end >= len(span.doc):
            return False
        nxt = span.doc[span.end]
        return nxt.is_title and nxt.lower_.rstrip(".") in self.titles

    def _portfolio_tail(self, span: Span) -> bool:
        """An ORG that ends a title's portfolio after "and" ("the Minister of Fisheries and
        Coastal Affairs", "Secretary for Health and Social Care"): part of a person's title,
        no organization of its own."""
        doc = span.doc
        k = span.start - 1
        if span.label_ != "ORG" or k < 2 or doc[k].lower_ != "and":
            return False
        k -= 1
        while k > 0 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and", ",")):
            if doc[k].lower_ in ("of", "for") and doc[k - 1].lower_ in self.titles:
                return True
            k -= 1
        return False

    def _all_common(self, span: Span, lower_words: set[str], in_headline: bool) -> bool:
        """True when a PERSON (or any headline entity) is made only of common words.

        In body text only a lone word capitalized by its position counts ("Diplomats say"),
        since real surnames are often common words too ("Will Young").
        """
        if span.label_ != "PERSON" and not in_headline:
            return False
        words = [t for t in span if t.is_alpha]
        if not words:
            return True
        if not in_headline and not (len(words) == 1 and _capitalized_by_position(words[0])):
            return False  # "Will Young" in a body sentence is a name, common words or not
        for tok in words:
            low = tok.lower_
            if low in lower_words:
                continue
            if in_headline and _in_dictionary(low, self.dictionary):
                continue
            return False
        return True


def _set_beside_role(span: Span, roles: frozenset[str]) -> bool:
    """Whether ``span`` stands between commas right after a role word, as its apposition:
    "Its chairwoman, Ilse Marten, said" names a person, whatever the model took it for."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].lower_ in roles
        and (span.end == len(doc) or doc[span.end].text in (",", "."))
    )


# Words that may stand between a name's comma and the role that follows it ("Ines Marlow, the
# union's press officer", "Ines Marlow, Tollbridge's head of sales").
ROLE_AFTER_WORDS = 3


def _role_follows(span: Span, roles: frozenset[str]) -> bool:
    """Whether a comma and a role or title follow ``span``, within ROLE_AFTER_WORDS words
    (and possessive endings) before the next punctuation: the span is whom the role is."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    words = 0
    for tok in doc[span.end + 1 :]:
        if tok.lower_ in _CLAUSE_OPENERS:
            return False  # "Castle Foods, whose chief executive ...": the role is another's
        if tok.lower_ in roles:
            return True
        if tok.text in ("'s", "’s"):
            continue
        words += 1
        if not tok.is_alpha or words > ROLE_AFTER_WORDS:
            return False
    return False


# Words after a name's comma that open a clause about someone else.
_CLAUSE_OPENERS = frozenset({"whose", "which", "who", "where", "its", "their", "and", "or"})


def _honorific(tok: Token) -> bool:
    return tok.is_title and tok.lower_.rstrip(".") in HONORIFICS


def person_name(words: Span, shortest: int = ROLE_NAME_WORDS[0]) -> bool:
    """Two (or ``shortest``) to three capitalized words, the last not one that ends
    organizations' names: the name after a role word ("Caretaker Emil Varga") or a personal
    honorific ("Dr Holt")."""
    return (
        shortest <= len(words) <= ROLE_NAME_WORDS[1]
        and all(t.is_title and t.is_alpha for t in words)
        and words[-1].lower_ not in ORG_LAST_WORDS
    )


def _capitalized_by_position(tok: Token) -> bool:
    """True when a token is capitalized because it opens a sentence, a line or a quote."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or prev.is_quote or prev.text in {":", "(", "—", "–", "-"}


# Prepositions before a name that make a surname-like last word a place ("on Quarry Lane").
PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "along", "off", "near"})


@functools.cache
def _name_heads() -> dict[str, str]:
    """Last word -> label for names the model takes for people (data/name_heads.tsv)."""
    text = resources.files("counterpoint.facts").joinpath("data/name_heads.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {r[0]: r[1] for r in rows if len(r) == 2}


def _place_head(span: Span) -> str | None:
    """The label a PERSON's last word gives it when it names a place or an event, else None;
    or its first word, for the few landforms named before the name ("Lake Brava")."""
    if span.end - span.start > 1:
        first = _name_heads().get("^" + span.doc[span.start].lower_)
        if first is not None:
            return first
    head = _name_heads().get(span.doc[span.end - 1].lower_)
    if head is None or not head.endswith("@"):
        return head
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return head[:-1] if before in PLACE_PREPOSITIONS else None


def _after_the(ent: Span) -> bool:
    """Personal names take no article: a PERSON after "the" names a paper, a firm, a group
    (but "the Rev Ann Cole": a personal honorific keeps it a person, see the caller)."""
    first = ent.doc[ent.start]
    if first.lower_ == "the":
        return True
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"


# Time zones, which the model sometimes takes for organizations ("05:40 GMT").
TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "PST",
                        "PDT", "CST", "CDT", "MST", "MDT"})


def _no_name(span: Span) -> bool:
    """A span that names nothing: no letters ("−0.4"), a time zone, or a unit's symbol right
    after a number ("1,100 GL")."""
    text = span.text
    if not any(c.isalpha() for c in text) or text in TIME_ZONES:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (len(span) == 1 and before is not None and before.like_num
            and text.lower() in units.lexicon().after)


# Shortest capitalized word taken for a tabloid's emphasis rather than an acronym.
SHOUTED_LETTERS = 5


def _shouted_word(span: Span, dictionary: frozenset[str]) -> bool:
    """A common word written in capitals after an article, as tabloids open a story ("A
    HOLIDAYMAKER was savaged", "A BIBLICAL plague"), or opening its sentence before words in
    lower case ("FURIOUS parents hit out"): emphasis, not a name. Not a word the text also
    writes with a capital as a name ("READING fans" where "Reading" plays)."""
    if len(span) != 1:
        return False
    doc = span.doc
    word = span[0].text
    if not (word.isupper() and len(word) >= SHOUTED_LETTERS and word.isalpha()
            and _in_dictionary(word.lower(), dictionary)):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "the"):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return (
        span.start == span.sent.start and after is not None and after.is_alpha
        and after.is_lower and re.search(rf"\b{word.capitalize()}\b", doc.text) is None
    )


def _in_dictionary(word: str, dictionary: frozenset[str]) -> bool:
    if word in dictionary:
        return True
    for suffix in ("s", "es", "ed", "ing"):
        if word.endswith(suffix) and word[: -len(suffix)] in dictionary:
            return True
    return False


def _lemma_dictionary(nlp: Language) -> frozenset[str]:
    """The English words the model's rule lemmatizer knows (its WordNet-derived index)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups: Any = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in table:
            words.update(w for w in table[pos] if "_" not in w)
    return frozenset(words)


def _headline_lines(text: str) -> list[tuple[int, bool]]:
    """(start offset, is headline) of every line, in order."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = _WORD.findall(line)
        caps = sum(1 for w in words if w[0].isupper())
        is_head = len(words) >= HEADLINE_MIN_WORDS and caps >= HEADLINE_CAPS_SHARE * len(words)
        out.append((pos, is_head))
        pos += len(line) + 1
    return out


def _in_headline(lines: list[tuple[int, bool]], offset: int) -> bool:
    idx = bisect.bisect_right(lines, (offset, True)) - 1
    return idx >= 0 and lines[idx][1]


def _trim(ent: Span) -> Span | None:
    """Drop a leading "the", a trailing possessive or punctuation, anything after a newline,
    and a bracket left open with what follows it (a dateline's "Sarmany (Quillpost", whose
    closing bracket the model left out)."""
    start, end = ent.start, ent.end
    doc = ent.doc
    for i in range(start, end):
        if "\n" in doc[i].text or (i > start and "\n" in doc[i - 1].whitespace_):
            end = i
            break
    for i in range(start, end):
        if doc[i].text == "(" and not any(t.text == ")" for t in doc[i + 1 : end]):
            end = i
            break
    while start < end and (doc[start].text in _TRIM_LEAD or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].pos_ in _TRIM_TAIL_POS
        or (doc[end - 1].is_punct and not (
            doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1])
        ))  # (a bracket closed inside the name stays: "Kell Canal (Upper)")
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in {"'s", "’s", "'", "’"}
    ):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    from spacy.tokens import Span

    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)


def find_entities(doc: Doc) -> tuple[Entity, ...]:
    """Named entities of a processed doc, with canonical ids, in text order."""
    gaz = gazetteer()
    out = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        entry = gaz.entries.get(ent.kb_id_) if ent.kb_id_ else None
        if entry is None:
            entry = gaz.entries.get(strip_possessive(ent.text))
            if entry is not None and entry.kind == "ambiguous" and ent.label_ in {"PERSON", "ORG"}:
                entry = None
        if entry is not None:
            out.append(Entity(ent.text, (ent.start_char, ent.end_char), entry.label, entry.id,
                              entry.name))
            continue
        eid = generic_id(ent.label_, ent.text)
        if eid.endswith(":"):
            continue
        name = " ".join(ent.text.split())
        out.append(Entity(ent.text, (ent.start_char, ent.end_char), ent.label_, eid,
                          strip_possessive(name)))
    out = _acronyms(doc.text, out)
    out = _full_names(doc, out)
    entities = apply_alias_map(out, alias_map(out))
    return _unify_places(entities)


def _full_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """``entities`` plus the untagged full names of people the model tagged by surname
    elsewhere: "Nessa Corrin, who keeps bees ..." read as nothing and "Mrs Corrin said" as a
    person make "Nessa Corrin" a person too (a first name the tagger reads as a proper noun right
    before the surname, outside any entity), so pronouns and quotes find her where she is
    introduced."""
    surnames = {
        words[-1] for e in entities
        if e.label == "PERSON" and (words := e.text.split()) and words[-1].istitle()
    }
    if not surnames:
        return entities
    taken = [e.span for e in entities]
    added = []
    for tok in doc[1:]:
        first = doc[tok.i - 1]
        if tok.text not in surnames or not (first.is_title and first.is_alpha):
            continue
        if first.pos_ != "PROPN" or first.lower_.rstrip(".") in HONORIFICS:
            continue
        span = (first.idx, tok.idx + len(tok))
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        name = f"{first.text} {tok.text}"
        added.append(Entity(name, span, "PERSON", generic_id("PERSON", name), name))
        taken.append(span)
    return sorted([*entities, *added], key=lambda e: e.span) if added else entities


# "Colwick Harbour Authority (CHA)": an acronym in brackets right after the words whose
# initials spell it defines it (after Schwartz & Hearst 2003, simplified to word initials; no
# library offers this on its own). Function words may give their initial or be skipped
# ("Technical and Allied Workers' Union (TAWU)"). Written by hand because spaCy's small model
# has no abbreviation detector and scispaCy's pulls in a biomedical pipeline.
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "&", "de", "du", "la", "on", "in"})


def _acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each bracketed acronym's long form as one organization, and every later
    use of the acronym in the article resolved to it."""
    gaz = gazetteer()

    def known(name: str) -> Any:
        entry = gaz.entries.get(name)
        return entry if entry is not None and entry.kind != "ambiguous" else None

    defined: dict[str, Entity] = {}
    after: dict[str, int] = {}  # where each acronym's brackets close
    out = list(entities)
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        long = _long_form(text, m.start(), acr.upper().replace("&", ""))
        if long is None:
            continue
        start, end = long
        name = " ".join(text[start:end].split())
        same = [e for e in out if e.span == (start, end)]
        labels = [e.label for e in out if e.span[0] < end and start < e.span[1]]
        label = labels[-1] if labels and labels[-1] in ("ORG", "FAC", "GPE") else "ORG"
        # a long form the model found whole keeps its id; else the gazetteer's, if it knows it
        entry = known(name) or known(acr)
        if same:
            full = same[0]
        elif entry is not None:
            full = Entity(text[start:end], (start, end), entry.label, entry.id, entry.name)
        else:
            full = Entity(text[start:end], (start, end), label, generic_id(label, name), name)
        out = [e for e in out if not (e.span[0] < m.end() and start < e.span[1])]
        out.append(full)
        out.append(Entity(acr, (m.start(1), m.end(1)), full.label, full.id, full.name))
        defined[acr] = full
        after[acr] = m.end()
    if not defined:
        return entities
    for acr, full in defined.items():
        # later uses of the acronym the model did not tag ("TAWU and MHA will meet")
        for m in re.finditer(rf"\b{re.escape(acr)}\b", text):
            if m.start() >= after[acr] and not any(
                e.span[0] < m.end() and m.start() < e.span[1] for e in out
            ):
                out.append(Entity(acr, (m.start(), m.end()), full.label, full.id, full.name))
    resolved = []
    for e in sorted(out, key=lambda e: e.span):
        to = defined.get(strip_possessive(e.text))
        resolved.append(e if to is None else Entity(e.text, e.span, to.label, to.id, to.name))
    return resolved


def _long_form(text: str, bracket: int, letters: str) -> tuple[int, int] | None:
    """Span of the words before ``bracket`` whose initials spell ``letters``, if any."""
    words = list(_WORD.finditer(text, max(0, bracket - 120), bracket))
    if not words or text[words[-1].end() : bracket].strip():
        return None

    def match(i: int, k: int) -> int | None:
        """Index of the first word when words[..i] spell letters[..k] backwards."""
        if k < 0:
            return i + 1
        if i < 0:
            return None
        w = words[i].group().strip("'’")
        low = w.lower()
        if low[:1] == letters[k].lower() and (w[0].isupper() or low in _ACRONYM_SKIP):
            found = match(i - 1, k - 1)
            if found is not None:
                return found
        if low in _ACRONYM_SKIP:
            return match(i - 1, k)
        return None

    first = match(len(words) - 1, len(letters) - 1)
    if first is None or first >= len(words) or words[first].group().lower() in _ACRONYM_SKIP:
        return None
    return words[first].start(), words[-1].end()


def _unify_places(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """A lone word the article uses as a place elsewhere is that place, not a person or group.

    ("Millbrook will not be the last" after "the town of Millbrook": the model calls the first
    a PERSON.) Only one-word mentions with generic ids change.
    """
    places: dict[str, Counter[str]] = {}
    for ent in entities:
        if ent.label in _PLACE_LABELS and ent.id == generic_id(ent.label, ent.text):
            places.setdefault(strip_possessive(ent.text), Counter())[ent.label] += 1
    if not places:
        return entities
    out = []
    for ent in entities:
        key = strip_possessive(ent.text)
        if (
            ent.label in {"PERSON", "NORP"}
            and key in places
            and " " not in key
            and ent.id == generic_id(ent.label, ent.text)
        ):
            label = places[key].most_common(1)[0][0]
            ent = Entity(ent.text, ent.span, label, generic_id(label, ent.text), ent.name)
        out.append(ent)
    return tuple(out)
