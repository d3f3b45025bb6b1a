"""Text normalization and the content-hash article id, shared by every input format."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from counterpoint.model import Article

_SPACES = re.compile(r"[^\S\n]+")  # runs of whitespace other than newlines
_BLANKS = re.compile(r"\n{3,}")
# Han and kana: scripts written without spaces between words (Korean spaces its words).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Chinese and Japanese words average about two characters (dictionary studies put modern
# Chinese at 1.5-2.0 characters per word), so that many characters count as one word.
CJK_CHARS_PER_WORD = 2


def count_words(text: str) -> int:
    """Words in a text: whitespace tokens, with runs of CJK characters counted by length."""
    words = 0
    for token in text.split():
        cjk = len(_CJK.findall(token))
        words += max(1, round(cjk / CJK_CHARS_PER_WORD)) if cjk else 1
    return words


def normalize_text(text: str) -> str:
    """Repair mojibake (ftfy), compose to NFC and tidy whitespace; paragraphs stay apart.

    Curly quotes and apostrophes are kept as the outlet printed them (ftfy would straighten
    them by default), so quote spans match the article's own characters.
    """
    import ftfy

    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
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
        words=count_words(body),
    )
