"""Gazetteers and alias tables: what a name stands for, and which names are the same thing.

Data lives in ``facts/data/`` (countries from pycountry plus ``entities_countries.tsv``;
``entities_cities.tsv``; ``entities_orgs.tsv``; ``aliases.tsv``). Canonical ids follow one
scheme: ``country:GB`` (ISO alpha-2), ``city:vladivostok``, ``org:wfp``, ``river:tumen``,
``person:alexander-matsegora`` and ``<label>:<slug>`` for anything else.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from counterpoint.model import Entity

# Kinds of gazetteer entries, and the NER label each one gets.
KIND_LABELS = {
    "country": "GPE",
    "short": "GPE",
    "demonym": "NORP",
    "city": "GPE",
    "org": "ORG",
    "ambiguous": "GPE",
}

# Labels the small English model gives lone surnames by mistake ("Petrov said" -> ORG).
_SURNAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One alias in a gazetteer: the id, display name, label and kind it resolves to."""

    id: str
    name: str
    label: str
    kind: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every known alias (case-sensitive surface form) and the display name of every id."""

    entries: dict[str, GazEntry]
    names: dict[str, str]


def slugify(text: str) -> str:
    """ASCII lowercase slug: "Ko Young-hwan" -> "ko-young-hwan"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")


def data_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a data file, without comments and blank lines."""
    text = resources.files("counterpoint.facts").joinpath("data", name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@cache
def word_list(name: str) -> frozenset[str]:
    """The first column of a one-word-per-line data file, lowercased."""
    return frozenset(row[0].strip().lower() for row in data_rows(name))


@cache
def temporal_words() -> dict[str, str]:
    """Temporal vocabulary for DATE checks: word -> strong | weak | modifier."""
    return {row[0].lower(): row[1] for row in data_rows("entities_temporal.tsv")}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load every gazetteer once; later files do not override earlier, more specific ones."""
    import pycountry

    entries: dict[str, GazEntry] = {}
    names: dict[str, str] = {}

    def add(alias: str, entry: GazEntry, *, override: bool = False) -> None:
        alias = alias.strip()
        if alias and (override or alias not in entries):
            entries[alias] = entry

    display: dict[str, str] = {}
    rows = list(data_rows("entities_countries.tsv"))
    for alias, code, kind in rows:
        if kind == "display":
            display[code] = alias
    for country in pycountry.countries:
        code = country.alpha_2
        name = display.get(code) or getattr(country, "common_name", None) or country.name
        names[f"country:{code}"] = name
    for alias, code, kind in rows:
        cid = f"country:{code}"
        name = names.get(cid, alias)
        entry_kind = "country" if kind == "display" else kind
        add(alias, GazEntry(cid, name, KIND_LABELS[entry_kind], entry_kind), override=True)
    for country in pycountry.countries:
        cid = f"country:{country.alpha_2}"
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value or "," in value or "(" in value:
                continue
            value = value.removeprefix("the ")
            add(value, GazEntry(cid, names[cid], "GPE", "country"))

    for name, _country, *rest in data_rows("entities_cities.tsv"):
        cid = f"city:{slugify(name)}"
        names[cid] = name
        entry = GazEntry(cid, name, "GPE", "city")
        for alias in [name, *(rest[0].split("|") if rest else [])]:
            add(alias, entry)

    for slug, name, *rest in data_rows("entities_orgs.tsv"):
        oid = f"org:{slug}"
        names[oid] = name
        entry = GazEntry(oid, name, "ORG", "org")
        for alias in [name, *(rest[0].split("|") if rest else [])]:
            add(alias, entry)

    for eid, label, name, *rest in data_rows("aliases.tsv"):
        names[eid] = name
        entry = GazEntry(eid, name, label, "alias")
        for alias in [name, *(rest[0].split("|") if rest else [])]:
            add(alias, entry)
    return Gazetteer(entries=entries, names=names)


def strip_possessive(text: str) -> str:
    """ "North Korea’s" -> "North Korea"."""
    return _POSSESSIVE.sub("", text).strip()


def person_key(text: str) -> tuple[str, ...]:
    """The name words of a person mention, without titles: "Mr. Matsegora" -> ("matsegora",)."""
    titles = word_list("entities_titles.tsv")
    words = [w for w in re.split(r"[\s]+", strip_possessive(text)) if w]
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words.pop(0)
    return tuple(slugify(w) for w in words if slugify(w))


def generic_id(label: str, text: str) -> str:
    """Id of an entity no gazetteer knows: ``person:ko-young-hwan``, ``org:interfax``."""
    if label == "PERSON":
        return "person:" + "-".join(person_key(text))
    return f"{label.lower()}:{slugify(strip_possessive(text))}"


Target = tuple[str, str, str]
"""What a short mention resolves to: (id, display name, label)."""


def org_key(text: str) -> tuple[str, ...]:
    """The name words of an organization mention: "Vantmoor Logistics'" -> ("vantmoor", ...)."""
    return tuple(w for w in (slugify(w) for w in strip_possessive(text).split()) if w)


def _targets(
    full: dict[tuple[str, ...], Target], person: bool
) -> dict[tuple[str, ...], Target | None]:
    """Short forms of the full names and what each stands for (None when it is ambiguous).

    A person is named by a trailing part (surname) or the first word (family name first, as in
    Korean names); an organization by a leading part ("Vantmoor" for "Vantmoor Logistics").
    """
    targets: dict[tuple[str, ...], Target | None] = {}
    owners: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, target in sorted(full.items()):
        if person:
            forms = {key[:1]} | {key[i:] for i in range(1, len(key))}
        else:
            forms = {key[:i] for i in range(1, len(key))}
        for form in forms:
            owner = owners.get(form)
            if not person and owner is not None and key[: len(owner)] == owner:
                # "Arvenne Motors Corporate Communications" is a part of "Arvenne Motors":
                # "Arvenne" still stands for the whole company (sorted keys come parent first)
                continue
            if form in targets and targets[form] not in (None, target):
                targets[form] = None
            else:
                targets.setdefault(form, target)
                owners.setdefault(form, key)
    return targets


def alias_map(entities: Sequence[Entity]) -> dict[str, Target]:
    """Map ids of short mentions to the full name they stand for, within a set of entities.

    "Matsegora" -> Alexander Matsegora; "Corrigan" -> Corrigan Freight Lines. The model often
    labels a lone surname ORG or GPE ("Petrov said"), so a one-word entity no gazetteer knows
    is tried as a person too, and takes the label of what it resolves to. A short form that
    fits several full names, or both a person and an organization, stays as it is.
    """
    people: dict[tuple[str, ...], Target] = {}
    orgs: dict[tuple[str, ...], Target] = {}
    for ent in entities:
        if ent.label == "PERSON" and len(person_key(ent.text)) >= 2:
            people.setdefault(person_key(ent.text), (ent.id, ent.name, "PERSON"))
        elif ent.label == "ORG" and len(org_key(ent.text)) >= 2:
            orgs.setdefault(org_key(ent.text), (ent.id, ent.name, "ORG"))
    person_forms = _targets(people, person=True)
    org_forms = _targets(orgs, person=False)
    mapping: dict[str, Target] = {}
    for ent in entities:
        generic = ent.id == generic_id(ent.label, ent.text)
        pkey, okey = person_key(ent.text), org_key(ent.text)
        if pkey in people or okey in orgs or not generic:
            continue
        as_person = (
            person_forms.get(pkey) if ent.label == "PERSON" or _maybe_surname(ent) else None
        )
        # a dateline's place in capitals is not the short form of an organisation named after
        # it ("MARLOW (Coast Wire) -" and "Marlow General Hospital")
        dateline = ent.label in _PLACE_LABELS and ent.text.isupper()
        as_org = None if dateline else org_forms.get(okey)
        # (one name tagged a person in one place and a company in another resolves to one id
        # under two labels: it is no choice between two things)
        if as_person is not None and as_org is not None and as_person[0] != as_org[0]:
            continue
        target = as_person or as_org
        if target is not None and target[0] != ent.id:
            mapping[ent.id] = target
    return mapping


# Labels the small tagger confuses for one full name ("Saltmoor United" a person in one sentence,
# an organisation in the next).
RELABELLED = frozenset({"PERSON", "ORG"})


def label_map(entities: Sequence[Entity]) -> dict[str, str]:
    """Map the ids of one name under several confusable labels (RELABELLED: "person:orbelle-
    networks", "org:orbelle-networks") to the id the set uses most often. Across a story's
    articles a name keeps one meaning; on all the gold sets merging other labels (places,
    facilities) as well flagged more traps than it found conflicts."""
    uses = Counter(e.id for e in entities if e.label in RELABELLED)
    by_name: dict[str, list[str]] = {}
    for eid in uses:
        by_name.setdefault(eid.partition(":")[2], []).append(eid)
    mapping: dict[str, str] = {}
    for ids in by_name.values():
        if len(ids) > 1:
            best = min(ids, key=lambda i: (-uses[i], i))
            mapping.update({i: best for i in ids if i != best})
    # A full name the story tags a person somewhere is that person wherever the tagger gave it
    # a place's or a thing's label ("Ann Roe, 61, planted ..." read as a place): a first name
    # and a surname do not name a town. One-word names stay apart (a town and a surname).
    people = {eid for eid in uses if eid.startswith("person:")}
    for ent in entities:
        if (
            ent.label in _SURNAME_LABELS - RELABELLED
            and ent.id == generic_id(ent.label, ent.text)
        ):
            person = generic_id("PERSON", ent.text)
            if person in people and len(person_key(ent.text)) > 1:
                mapping[ent.id] = mapping.get(person, person)
    return mapping


def _maybe_surname(ent: Entity) -> bool:
    """A one-word entity with a generic id and a label the model confuses with people."""
    return (
        ent.label in _SURNAME_LABELS
        and ent.id == generic_id(ent.label, ent.text)
        and len(person_key(ent.text)) == 1
    )


def apply_alias_map(
    entities: Sequence[Entity], mapping: dict[str, Target]
) -> tuple[Entity, ...]:
    """Entities with ids, names and labels replaced per ``mapping``."""
    out = []
    for ent in entities:
        target = mapping.get(ent.id)
        if target is None:
            out.append(ent)
        else:
            out.append(replace(ent, id=target[0], name=target[1], label=target[2]))
    return tuple(out)
