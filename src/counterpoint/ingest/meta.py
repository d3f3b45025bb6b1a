"""Article metadata: what the user gives (``Metadata``), sidecar files, dates and language.

Precedence, field by field: explicit metadata (``--outlet``, ``--published``) wins over a
``NAME.meta.json`` sidecar, which wins over what the extractors detect in the document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from counterpoint.errors import CorruptInputError

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("outlet", "published", "title", "url", "authors")

# Dates outside this window are parse accidents ("1200" read as a year), not publication dates.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

# A text needs this many words before the stopword vote says anything about its language.
MIN_WORDS_FOR_LANGUAGE = 20
# Share of a text's words that must be stopwords of one language to call it that language;
# running prose in the listed languages scores 0.25-0.45, lists of names score under 0.05.
MIN_STOPWORD_SHARE = 0.12


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the user gives about a document; any field set here wins over what we detect."""

    outlet: str | None = None
    published: str | None = None  # ISO date
    title: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()


def merge(*layers: Metadata | None) -> Metadata:
    """Combine metadata layers; earlier layers win field by field (empty fields never win)."""
    values: dict[str, Any] = {}
    for layer in layers:
        if layer is None:
            continue
        for f in dataclasses.fields(layer):
            value = getattr(layer, f.name)
            if f.name not in values and value:
                values[f.name] = value
    return Metadata(**values)


def from_mapping(data: Mapping[str, Any], source: str) -> Metadata:
    """Metadata from a JSON object (sidecar or JSONL line); raises CorruptInputError if invalid."""
    values: dict[str, Any] = {}
    for key in SIDECAR_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if key == "authors":
            if isinstance(value, str):
                value = split_authors(value)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                value = tuple(v.strip() for v in value if v.strip())
            else:
                raise CorruptInputError(source, "'authors' must be a string or a list of strings")
        elif not isinstance(value, str):
            raise CorruptInputError(source, f"{key!r} must be a string, not {type(value).__name__}")
        elif key == "published":
            iso = parse_date(value)
            if iso is None:
                raise CorruptInputError(
                    source, f"'published' {value!r} is not a date; write it as YYYY-MM-DD"
                )
            value = iso
        else:
            value = value.strip()
        values[key] = value
    return Metadata(**values)


def sidecar_path(path: Path) -> Path | None:
    """The sidecar that describes ``path``: ``page.html.meta.json``, else ``page.meta.json``."""
    candidates = [path.with_name(path.name + SIDECAR_SUFFIX)]
    stem = path.name
    while "." in stem.strip("."):
        stem = stem.rsplit(".", 1)[0]
        candidates.append(path.with_name(stem + SIDECAR_SUFFIX))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> Metadata | None:
    """The metadata in the sidecar beside ``path``, if there is one."""
    side = sidecar_path(path)
    if side is None:
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptInputError(
            str(side), f"sidecar is not valid JSON ({exc}); fix it or remove it"
        ) from exc
    if not isinstance(data, dict):
        raise CorruptInputError(str(side), "sidecar must hold a JSON object with keys "
                                + ", ".join(SIDECAR_KEYS))
    return from_mapping(data, str(side))


_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*")


def split_authors(value: str) -> tuple[str, ...]:
    """Split a byline string ("A, B and C" or "A; B") into names, dropping blanks and repeats."""
    seen: dict[str, None] = {}
    for name in _AUTHOR_SPLIT.split(value):
        name = name.strip(" .,;:-–—")
        if name and any(ch.isalpha() for ch in name):
            seen.setdefault(name, None)
    return tuple(seen)


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")


def parse_date(value: str) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date string in any common form, or None.

    Strings without a four-digit year are refused: "March 2" alone cannot be placed.
    """
    value = value.strip()
    if not value:
        return None
    match = _ISO.match(value)
    if match:
        return _checked(int(match[1]), int(match[2]), int(match[3]))
    if not _HAS_YEAR.search(value):
        return None
    from dateutil import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names ("BST"): the day is enough
            parsed = parser.parse(value, fuzzy=True, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    return _checked(parsed.year, parsed.month, parsed.day)


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not EARLIEST_YEAR <= date.year <= LATEST_YEAR:
        return None
    return date.isoformat()


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    text = resources.files("counterpoint.ingest").joinpath("data/stopwords.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, words = line.split("\t", 1)
        table[lang.strip()] = frozenset(words.split())
    return table


_WORD = re.compile(r"\w+")


_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# A text where this share of characters is in one East Asian script is in its language.
MIN_SCRIPT_SHARE = 0.2


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language whose common words the text uses most, or None.

    Japanese, Chinese and Korean are told apart by script (kana, han only, hangul).
    """
    sample = text[:20_000]
    letters = max(1, sum(ch.isalpha() for ch in sample))
    if len(_HANGUL.findall(sample)) >= MIN_SCRIPT_SHARE * letters:
        return "ko"
    if len(_KANA.findall(sample)) >= MIN_SCRIPT_SHARE / 4 * letters:
        return "ja"
    if len(_HAN.findall(sample)) >= MIN_SCRIPT_SHARE * letters:
        return "zh"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    best, best_share = None, 0.0
    for lang, stop in _stopwords().items():
        share = sum(1 for w in words if w in stop) / len(words)
        if share > best_share:
            best, best_share = lang, share
    return best if best_share >= MIN_STOPWORD_SHARE else None


def first(values: Iterable[str | None]) -> str | None:
    """The first non-empty value."""
    return next((v for v in values if v), None)
