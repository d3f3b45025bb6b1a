"""Text normalization and the content-hash article id, shared by every input format."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from counterpoint.model import Article

_SPACES = re.compile(r"[^\S\n]+")  # runs of whitespace other than newlines
_BLANKS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Repair mojibake (ftfy), compose to NFC and tidy whitespace; paragraphs stay apart."""
    import ftfy

    text = ftfy.fix_text(text, normalization="NFC")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def article_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the normalized body."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(
    text: str,
    *,
    source: str,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    authors: Iterable[str] = (),
    published: str | None = None,
    language: str | None = None,
    normalized: bool = False,
) -> Article:
    """Build an Article from a body, normalizing it and deriving its id and word count."""
    body = text if normalized else normalize_text(text)
    return Article(
        id=article_id(body),
        text=body,
        source=source,
        url=url,
        outlet=outlet,
        title=title,
        authors=tuple(a for a in authors if a),
        published=published,
        language=language,
        words=len(body.split()),
    )
