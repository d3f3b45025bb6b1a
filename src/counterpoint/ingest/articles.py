"""One document's text to an Article: extract, merge metadata, check there is a body."""

from __future__ import annotations

import re

from counterpoint.errors import EmptyInputError
from counterpoint.ingest.html import extract_html
from counterpoint.ingest.meta import Metadata, guess_language, merge, parse_date
from counterpoint.ingest.normalize import count_words, make_article, normalize_text
from counterpoint.ingest.text import clean_text
from counterpoint.model import Article
from counterpoint.settings import Settings


def finish(
    body: str,
    source: str,
    settings: Settings,
    given: Metadata | None,
    detected: Metadata,
    language: str | None,
    what: str,
    advice: str = "if it is an article, save its text as a .txt file and ingest that",
) -> Article:
    """Normalize the body, apply metadata precedence and refuse bodies that are too short."""
    text = normalize_text(body)
    words = count_words(text)
    if words < settings.min_body_words:
        raise EmptyInputError(
            source,
            f"no article body found in the {what} ({words} words, fewer than "
            f"min_body_words={settings.min_body_words}); {advice}",
        )
    meta = merge(given, detected)
    return make_article(
        text,
        source=source,
        url=meta.url,
        outlet=_tidy(meta.outlet),
        title=_tidy(meta.title),
        authors=tuple(a for a in (_tidy(x) for x in meta.authors) if a),
        published=parse_date(meta.published) if meta.published else None,
        language=language or guess_language(text),
        normalized=True,
    )


def _tidy(value: str | None) -> str | None:
    if not value:
        return None
    return normalize_text(value).replace("\n", " ") or None


def from_html(
    html: str,
    source: str,
    settings: Settings,
    given: Metadata | None = None,
    url: str | None = None,
) -> Article:
    """An Article from an HTML page (trafilatura)."""
    found = extract_html(html, url=url)
    title = (given.title if given else None) or found.title
    detected = Metadata(
        outlet=found.outlet,
        published=found.published,
        title=found.title,
        url=found.url or url,
        authors=found.authors,
    )
    body = drop_title(found.text, title)
    return finish(body, source, settings, given, detected, found.language, "HTML page")


def drop_title(body: str, title: str | None) -> str:
    """The body without a first paragraph that repeats the title (extractors keep the h1)."""
    if not title:
        return body
    first, _, rest = body.partition("\n\n")
    key = _key(first)
    if key and (key == _key(title) or _key(title).startswith(key + " ")):
        return rest
    return body


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def from_text(
    text: str,
    source: str,
    settings: Settings,
    given: Metadata | None = None,
    what: str = "text",
) -> Article:
    """An Article from scraped plain text (line classifier)."""
    clean = clean_text(normalize_text(text))
    detected = Metadata(
        outlet=clean.outlet, published=clean.published, title=clean.title, authors=clean.authors
    )
    return finish(clean.body, source, settings, given, detected, None, what)
