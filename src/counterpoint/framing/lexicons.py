"""The framing stage's word lists: our data files under ``framing/data`` and VADER's lexicon.

Every list is read once and cached. Phrase lists are matched token by token: an entry token
matches a document token when it equals the token's lowercase text or its lowercase lemma.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

DATA_PACKAGE = "counterpoint.framing.data"


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
def vader_analyzer() -> Any:
    """One shared VADER SentimentIntensityAnalyzer."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def loaded_model() -> dict[str, Any] | None:
    """The token classifier trained on the PTC training split, or None when not shipped."""
    path = data_path("loaded_model.json")
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
