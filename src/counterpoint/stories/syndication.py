"""Near-duplicates: copies and light rewrites of one report, found with MinHash + LSH.

A wire report reprinted by ten outlets is one voice, not ten confirmations; compare uses these
groups to count it once. Signatures are deterministic (CRC-32 of each shingle, then
datasketch's seeded permutations) so the same texts always give the same groups.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from counterpoint.model import Article

if TYPE_CHECKING:
    import numpy as np

# Word 4-grams: one edited word breaks 4 shingles, so a light rewrite (a new headline, a
# sentence added, some words swapped in a 300-word report) keeps Jaccard around 0.6-0.8, while
# two independent reports of one event share almost no 4-grams (< 0.1).
SHINGLE_WORDS = 4
# 64 permutations: the Jaccard estimate has a standard error of about 0.06 at J=0.5, which is
# plenty to separate copies (> 0.6) from independent reports (< 0.1); signatures stay small.
NUM_PERM = 64
SEED = 1
# datasketch >= 2.0 permutation scheme; pinned so stored signatures stay comparable.
SCHEME = "affine32"
# Estimated Jaccard from which two texts are taken as copies of one report. LSH is set a little
# lower so that pairs just above the bar are not missed by banding.
SYNDICATED_JACCARD = 0.5
LSH_THRESHOLD = 0.4
# Texts with fewer shingles than this are too short to call copies (two one-line briefs that
# share a stock phrase would otherwise look identical).
MIN_SHINGLES = 12

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """Lower-cased word 4-grams of a text, as bytes for hashing."""
    words = _WORD.findall(text.lower())
    n = SHINGLE_WORDS
    return {" ".join(words[i : i + n]).encode("utf-8") for i in range(max(0, len(words) - n + 1))}


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text, or None when it is too short to judge."""
    from datasketch import MinHash

    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
    mh.update_batch(sorted(grams))
    return mh.hashvalues


def encode_signature(sig: np.ndarray | None) -> str | None:
    """A signature as base64 of little-endian uint32 values (for the JSON state)."""
    if sig is None:
        return None

    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def decode_signature(data: str | None) -> np.ndarray | None:
    """Inverse of :func:`encode_signature`."""
    if data is None:
        return None
    import numpy as np

    return np.frombuffer(base64.b64decode(data), dtype="<u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float((a == b).sum()) / len(a)


class SyndicationIndex:
    """An LSH index of signatures that answers "which earlier texts is this a copy of?"."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._sigs: dict[str, np.ndarray] = {}

    def copies_of(self, sig: np.ndarray | None) -> list[str]:
        """Ids already indexed whose text is a copy of the one with this signature (sorted)."""
        if sig is None or not self._sigs:
            return []
        from datasketch import LeanMinHash

        mh = LeanMinHash(seed=SEED, hashvalues=sig, scheme=SCHEME)
        found = [
            key
            for key in self._lsh.query(mh)
            if similarity(sig, self._sigs[key]) >= SYNDICATED_JACCARD
        ]
        return sorted(found)

    def add(self, key: str, sig: np.ndarray | None) -> None:
        """Index one text's signature under its id (ignored when None or already there)."""
        if sig is None or key in self._sigs:
            return
        from datasketch import LeanMinHash

        self._sigs[key] = sig
        self._lsh.insert(key, LeanMinHash(seed=SEED, hashvalues=sig, scheme=SCHEME))


def group_pairs(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> list[tuple[str, ...]]:
    """Connected components (of two or more ids) of the copy relation, each sorted, sorted."""
    parent = {key: key for key in ids}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for key in parent:
        groups.setdefault(root(key), []).append(key)
    return sorted(tuple(sorted(g)) for g in groups.values() if len(g) > 1)


def find_syndicated(articles: Sequence[Article]) -> list[tuple[str, ...]]:
    """Groups of article ids that are copies or light rewrites of one report.

    MinHash over word 4-gram shingles with an LSH index, so the cost grows with the number of
    articles, not with the number of pairs. Duplicate ids are taken once.
    """
    index = SyndicationIndex()
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for article in sorted(articles, key=lambda a: a.id):
        if article.id in seen:
            continue
        seen.add(article.id)
        sig = signature(article.text)
        pairs.extend((other, article.id) for other in index.copies_of(sig))
        index.add(article.id, sig)
    return group_pairs(seen, pairs)
