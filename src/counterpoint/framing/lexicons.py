"""The framing stage's word lists: our data files under ``framing/data`` and VADER's lexicon.

Every list is read once and cached. Phrase lists are matched token by token: an entry token
matches a document token when it equals the token's lowercase text or its lowercase lemma.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

DATA_PACKAGE = "counterpoint.framing.data"
# Words whose frequency is remembered; a bound so a long-running process does not grow without
# limit (news vocabulary beyond the 65k most recent words is rare enough to look up again).
ZIPF_CACHE = 65536


class TokenLike(Protocol):
    """The parts of a spaCy token the matchers use (so tests can pass simple objects)."""

    @property
    def lower_(self) -> str: ...

    @property
    def lemma_(self) -> str: ...


@dataclass(frozen=True, slots=True)
class PhraseList:
    """Entries of one data file, indexed by their first word for quick matching."""

    name: str
    entries: frozenset[tuple[str, ...]]
    by_first: dict[str, tuple[tuple[str, ...], ...]]

    def __contains__(self, word: object) -> bool:
        return (word,) in self.entries

    def match_at(self, tokens: Sequence[TokenLike], i: int) -> int:
        """Length in tokens of the longest entry that starts at ``tokens[i]`` (0: none)."""
        tok = tokens[i]
        candidates = self.by_first.get(tok.lower_, ()) + (
            self.by_first.get(tok.lemma_.lower(), ()) if tok.lemma_.lower() != tok.lower_ else ()
        )
        best = 0
        for entry in candidates:
            n = len(entry)
            if n <= best or i + n > len(tokens):
                continue
            if all(_word_matches(entry[k], tokens[i + k]) for k in range(1, n)):
                best = n
        return best


def _word_matches(word: str, tok: TokenLike) -> bool:
    return word in (tok.lower_, tok.lemma_.lower())


def data_path(name: str) -> Path:
    """Path of a file in ``framing/data``."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


def _lines(name: str) -> Iterable[str]:
    for raw in data_path(name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            yield line


@cache
def phrase_list(name: str) -> PhraseList:
    """Load ``framing/data/<name>`` (one lowercase word or phrase per line)."""
    entries = frozenset(tuple(line.lower().split()) for line in _lines(name))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for entry in sorted(entries):
        by_first.setdefault(entry[0], []).append(entry)
    return PhraseList(name, entries, {k: tuple(v) for k, v in by_first.items()})


@dataclass(frozen=True, slots=True)
class Group:
    """A group of actors treated as one side ("the West")."""

    id: str
    name: str
    members: frozenset[str]
    words: frozenset[str]


@cache
def groups() -> tuple[Group, ...]:
    """The groups of ``groups.tsv``; member ids compare case-insensitively."""
    out = []
    for line in _lines("groups.tsv"):
        gid, name, members, words = [*line.split("\t"), "", "", ""][:4]
        out.append(
            Group(
                gid.strip(),
                name.strip(),
                frozenset(m.strip().lower() for m in members.split(",") if m.strip()),
                frozenset(w.strip().lower() for w in words.split(",") if w.strip()),
            )
        )
    return tuple(out)


@cache
def vader_lexicon() -> dict[str, float]:
    """VADER's word valences (-4..4), from the installed vaderSentiment package."""
    import vaderSentiment

    path = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return table


@cache
def loaded_model() -> dict[str, Any] | None:
    """The token classifier trained on the PTC training split, or None when not shipped."""
    path = data_path("loaded_model.json")
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def subjectivity() -> dict[str, tuple[float, float]]:
    """Word -> (polarity -1..1, subjectivity 0..1): the Pattern adjective lexicon (De Smedt and
    Daelemans, CLiPS; public domain) as the installed ``textblob`` package ships it
    (``textblob/en/en-sentiment.xml``), read without importing textblob. One-word forms only,
    the senses of a word averaged, rounded to two decimals (as the tagger was trained)."""
    import importlib.util
    import xml.etree.ElementTree as ET

    spec = importlib.util.find_spec("textblob")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("textblob is not installed (counterpoint depends on it)")
    path = Path(next(iter(spec.submodule_search_locations))) / "en" / "en-sentiment.xml"
    senses: dict[str, list[tuple[float, float]]] = {}
    for w in ET.fromstring(path.read_bytes()).iter("word"):
        form = (w.get("form") or "").lower()
        if form and " " not in form:
            senses.setdefault(form, []).append(
                (float(w.get("polarity") or 0), float(w.get("subjectivity") or 0))
            )
    return {
        form: (round(sum(p for p, _ in v) / len(v), 2), round(sum(s for _, s in v) / len(v), 2))
        for form, v in senses.items()
    }


@lru_cache(maxsize=ZIPF_CACHE)
def zipf(word: str) -> float:
    """Zipf frequency of a lowercase English word (0 when unknown, ~7 for "the"), from the
    installed ``wordfreq`` package's own word lists (no download)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))
