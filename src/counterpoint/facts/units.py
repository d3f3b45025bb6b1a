"""The unit lexicon (``data/units.tsv``): surface forms -> canonical units, and SI conversion
through pint (one registry, created lazily on first use)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from counterpoint.errors import ExtractionError
from counterpoint.facts.numbers import context_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_UNIT_TOKENS = 4
"""Longest unit surface in tokens ("degrees Celsius", "kilometers per hour" = 3; 4 for slack)."""

GLUED_ONLY = frozenset(
    {
        "m",
        "s",
        "h",
        "t",
        "p",
        "f",
        "c",
        "l",
        "g",
        "w",
        "v",
        "b",
        "in",
        "mo",
        "ct",
        "gr",
        "kt",
        "pt",
        "pc",
        "pp",
        "'",
        '"',
        "′",
        "″",
        "rs",
        "rs.",
        "sec",
        "min",
        "hr",
        "yr",
        "wk",
        "mos",
        "mi",
        "ha",
        "db",
        "°",
    }
)
"""Surfaces that are also ordinary words or stray symbols: accepted only when glued to the
number ("5m", "3h", "45°") or, for "°", when a temperature letter follows."""

SPACED_SYMBOLS = frozenset({"m", "t", "g", "ha", "yr", "wk", "mos", "mi"})
"""Of GLUED_ONLY, the symbols and abbreviations that are also read spaced after digits ("6.5
ha", "10 yr"; see _spaced_symbol). Not "h", "min" or "s": spaced they mostly write a time in
parts ("7 h 48 min 12 s"), which the comparison reads whole only from all of its parts."""

UPPER_ONLY_CODES = frozenset(
    {
        "usd",
        "aud",
        "cad",
        "hkd",
        "nzd",
        "sgd",
        "twd",
        "eur",
        "gbp",
        "jpy",
        "cny",
        "krw",
        "rub",
        "inr",
        "chf",
        "mxn",
        "try",
        "zar",
        "ngn",
        "ils",
        "uah",
        "brl",
        "sek",
        "nok",
        "dkk",
        "pln",
        "sar",
        "aed",
        "btc",
        "rmb",
        "pp",
        "ppt",
    }
)
"""ISO codes count only when written in capitals ("TRY" is a currency, "try" a verb)."""

SI_NAMES = {
    "percentage_point": "percentage point",
    "meter ** 2": "square meter",
    "meter ** 3": "cubic meter",
    "meter / second": "meter per second",
    "bit / second": "bit per second",
    "part_per_billion": "part per billion",
    "flop_per_second": "flop per second",
}

# Volumes of a liquid: a mass per one of them is a concentration in water (units.aqueous_ppb).
# A cubic metre is left out: a mass per cubic metre is mostly of air, where no ppb follows.
LIQUID_VOLUMES = frozenset({"liter", "milliliter", "centiliter", "hectoliter", "gallon", "pint"})


# Dimensions of the steps of a scale, named by a word before the number.
SCALE_DIMENSIONS = frozenset({"seismic", "rank"})


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of units.tsv."""

    name: str
    dimension: str
    newsquant: str
    pint: str | None
    si: str | None
    before: bool
    after: bool

    @property
    def is_currency(self) -> bool:
        return self.dimension == "currency"

    @property
    def is_scale_word(self) -> bool:
        """A word naming a step on a scale, written before its number ("magnitude 6.1",
        "level 4", "category 3")."""
        return self.dimension in SCALE_DIMENSIONS


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Surface (lower-cased, tokens joined by single spaces) -> Unit, split by position."""

    units: dict[str, Unit]
    after: dict[str, Unit]
    before: dict[str, Unit]


@functools.cache
def lexicon() -> Lexicon:
    """Load data/units.tsv once."""
    text = resources.files("counterpoint.facts").joinpath("data/units.tsv").read_text("utf-8")
    units: dict[str, Unit] = {}
    after: dict[str, Unit] = {}
    before: dict[str, Unit] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise ExtractionError(
                f"data/units.tsv line {lineno}: expected 7 columns, got {len(cols)}"
            )
        name, dim, nq, pint_expr, si, pos, surfaces = cols
        unit = Unit(
            name,
            dim,
            nq,
            None if pint_expr == "-" else pint_expr,
            None if si == "-" else si,
            pos in ("before", "both"),
            pos in ("after", "both"),
        )
        units[name] = unit
        for surface in surfaces.split("|"):
            key = surface.strip().lower()
            if not key:
                continue
            if unit.after:
                after.setdefault(key, unit)
            if unit.before:
                before.setdefault(key, unit)
    return Lexicon(units, after, before)


HYPHENS = frozenset({"-", "‐"})


def _keys(texts: Sequence[str], spaced: Sequence[bool]) -> list[str]:
    """Ways to join token texts: as written (spaces where the text has them) and space-joined."""
    written = texts[0]
    for t, sp in zip(texts[1:], spaced[1:], strict=True):
        written += (" " if sp else "") + t
    joined = " ".join(texts)
    keys = [written] if written == joined else [written, joined]
    if len(texts) > 2 and any(t in HYPHENS for t in texts[1:-1]) and texts[-1] not in HYPHENS:
        # a compound unit written with hyphens: "130,000-square-foot", "20-square-mile"
        keys.append(" ".join(t for t in texts if t not in HYPHENS))
    return keys


def match_after(
    texts: Sequence[str], spaced: Sequence[bool], start: int
) -> tuple[Unit, int, str] | None:
    """Longest unit surface starting at token ``start``; returns (unit, end token, surface).

    ``texts`` are lower-cased token texts, ``spaced[k]`` says whether whitespace precedes
    token k. Gating of ambiguous surfaces is left to the caller (see GLUED_ONLY).
    """
    lex = lexicon()
    for length in range(min(MAX_UNIT_TOKENS, len(texts) - start), 0, -1):
        chunk = texts[start : start + length]
        for key in _keys(chunk, spaced[start : start + length]):
            stop = start + length
            unit = lex.after.get(key)
            if unit is None and len(chunk[-1]) >= 2 and chunk[-1].endswith(".") and len(key) > 2:
                unit = lex.after.get(key[:-1])  # sentence-final "km/h."
            elif unit is None and key[:-1] in SPACED_SYMBOLS and key.endswith(".") and (
                spaced[start]
            ):
                # a sentence-final spaced "31 m.", gated as "m" by the caller; a glued "4m." is
                # left alone (often millions: "visitors rose to 4m.")
                unit, key = lex.after.get(key[:-1]), key[:-1]
                if chunk[-1] == ".":
                    stop -= 1  # "2 ha." split as "ha", ".": the full stop is no part of it
            if unit is not None:
                return unit, stop, key
    return None


@functools.cache
def glued_time_symbols() -> frozenset[str]:
    """The abbreviations of units of time read only glued to their number ("3h", "45min"):
    spaced ("10 h 31 min"), a number before one counts nothing."""
    lex = lexicon().after
    return frozenset(s for s in GLUED_ONLY - SPACED_SYMBOLS
                     if s in lex and lex[s].dimension == "time")


@functools.cache
def scale_units() -> frozenset[str]:
    """Names of the units written before their number as a step of a scale ("magnitude",
    "level"): a reader sees "level 3", not "3 level"."""
    return frozenset(u.name for u in lexicon().units.values() if u.is_scale_word)


def match_before(
    texts: Sequence[str], spaced: Sequence[bool], end: int
) -> tuple[Unit, int, str] | None:
    """Longest prefix unit ("$", "US$", "US $", "€", "magnitude") ending before token ``end``.

    Only symbols, symbol-bearing forms ("a$", "hk$") and capitalised codes (checked by the
    caller) precede numbers; a spelled-out "won" or "euro" before a number is a word.
    """
    lex = lexicon()
    for length in range(min(2, end), 0, -1):
        if length == 2 and spaced[end - 1] and texts[end - 2] != "us":
            continue
        key = "".join(texts[end - length : end])
        unit = lex.before.get(key)
        if unit is None:
            continue
        if key.isalpha() and key not in UPPER_ONLY_CODES and not unit.is_scale_word:
            continue
        return unit, end - length, key
    return None


def unit_ok(
    doc: Doc,
    words: list[str],
    spaced: list[bool],
    start: int,
    m: tuple[Unit, int, str],
    num_end: int,
) -> bool:
    """Gate ambiguous unit surfaces ("m", "in", "won", "pounds") by context."""
    _unit, end, surface = m
    glued = (start == num_end and not spaced[start]) or (
        start > num_end and words[num_end] == "-" and not spaced[start]
    )
    if surface in GLUED_ONLY and not glued and not _spaced_symbol(doc, words, start, end, num_end):
        return False
    if surface in UPPER_ONLY_CODES and not doc[start].text.isupper():
        return False
    if surface == "won" and end < len(doc) and doc[end].pos_ in ("DET", "NUM", "PRON", "PROPN"):
        return False
    if surface == "°" and not glued:
        return False
    if surface == "stone" and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # "40 stone cottages": the material of what is counted, not a weight
    if surface == '"' and _closes_quote(doc, start):
        return False  # the roles affected at "around 400": a closing quote mark, not inches
    return not (surface in ("second", "seconds") and start > 0 and words[start - 1] == "a")


def point_idiom(words: list[str], start: int, end: int) -> bool:
    """ "at one point" (at one moment), "up to a point" (partly): the words ``start:end`` are
    "one" or "a" in such an idiom, no score."""
    return (
        end - start == 1 and start >= 1 and end < len(words)
        and words[start].lower() in ("one", "a") and words[end].lower() == "point"
        and words[start - 1].lower() in ("at", "to")
    )


def _spaced_symbol(doc: Doc, words: list[str], start: int, end: int, num_end: int) -> bool:
    """A symbol or abbreviation set apart from its digits, as technical and trade copy writes
    them ("a 31 m chimney", "rated at 180 t", "6.5 ha of woodland"): read as the unit unless
    a plural noun follows ("3 m people" counts millions) or money is near."""
    return (
        doc[start].text.removesuffix(".") in SPACED_SYMBOLS
        and start == num_end
        and num_end > 0
        and any(c.isdigit() for c in words[num_end - 1])
        # (a symbol with its full stop ends the sentence: what follows is not what it counts)
        and not (
            end < len(doc) and not doc[start].text.endswith(".") and not doc[end].is_sent_start
            and doc[end].tag_ in ("NNS", "NNPS")
        )
        and not money_context(doc, start)
    )


def _closes_quote(doc: Doc, k: int) -> bool:
    """Whether the double quote mark at token ``k`` closes a quote its paragraph opened."""
    text = doc.text
    before = text[text.rfind("\n", 0, doc[k].idx) + 1 : doc[k].idx]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def money_context(doc: Doc, k: int) -> bool:
    """ "pounds" as money: a money word close by and no weight word."""
    window = [t.lemma_ for t in doc[max(0, k - 5) : k + 3]]
    return any(w in context_words("money_lemma") for w in window) and not mass_context(doc, k)


def mass_context(doc: Doc, k: int) -> bool:
    """ "pounds" at token ``k`` as a weight: a weight word close by ("weighs", "heavy", "tips
    the scales at 3 million pounds"), even where a scale word would make it money."""
    window = doc[max(0, k - 5) : k + 3]
    return any(
        t.lemma_ in context_words("mass_lemma") or t.lower_ == "scales" for t in window
    )


@functools.cache
def _registry() -> Any:
    import pint  # heavy: imported on first conversion

    ureg: Any = pint.UnitRegistry()
    # the units of interest-rate and poll moves, which pint does not know
    ureg.define("percentage_point = [percentage_point]")
    ureg.define("basis_point = 0.01 * percentage_point")
    ureg.define("part_per_billion = 1e-9")
    # pint's own "decade" is a ratio of ten (a logarithmic step), not ten years
    ureg.define("decade_of_years = 10 * year")
    # a computer's speed in floating-point operations a second ("1.2 petaflops"), with pint's
    # prefixes (tera-, peta-, exa-)
    ureg.define("flop_per_second = [computing_speed]")
    return ureg


@functools.lru_cache(maxsize=4096)
def to_si(unit_name: str, value: float, difference: bool = False) -> tuple[float, str] | None:
    """Convert ``value`` of a physical unit to its SI unit via pint; None when not physical.

    With ``difference``, a unit on a scale with an offset zero (°C, °F) is read as a step on
    that scale: a fall of 11 °F is 6.1 kelvin, not the reading of 11 °F (261.5 K)."""
    unit = lexicon().units.get(unit_name)
    if unit is None or unit.pint is None or unit.si is None:
        return None
    ureg = _registry()
    pint_name = unit.pint
    if difference and unit.dimension == "temperature" and pint_name != unit.si:
        pint_name = f"delta_{pint_name}"  # pint's name for a step on an offset scale
    try:
        q = ureg.Quantity(value, pint_name).to(unit.si)
    except Exception:  # pint raises many types (undefined unit, offset errors)
        return None
    name = str(q.units)
    return float(q.magnitude), SI_NAMES.get(name, name)


def aqueous_ppb(mass_unit: str, value: float, volume_unit: str) -> float | None:
    """A mass per volume of water as parts per billion: a litre of water weighs a kilogram,
    so 1 microgram per litre is 1 ppb and 1 mg/l is 1 ppm (how water quality is reported
    either way); None when the units are not a mass and a liquid volume."""
    lex = lexicon().units
    mass, volume = lex.get(mass_unit), lex.get(volume_unit)
    if mass is None or volume is None or mass.dimension != "mass" or mass.pint is None:
        return None
    if volume.name not in LIQUID_VOLUMES or volume.pint is None:
        return None
    try:
        per_litre = _registry().Quantity(value, f"{mass.pint} / {volume.pint}").to("kg / liter")
    except Exception:  # pint raises many types (undefined unit, offset errors)
        return None
    return float(f"{float(per_litre.magnitude) * 1e9:.12g}")  # 38.0, not 37.99999999999999
