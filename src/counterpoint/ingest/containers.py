"""Containers of many articles: WARC (warcio), RSS/Atom (feedparser) and JSON Lines.

Each yields ``(number, article | error)`` per record, numbered from 1, and goes on after a
bad record: a corrupt WARC record is skipped by scanning to the next record boundary.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
import zlib
from collections.abc import Iterator
from typing import IO, Any

from counterpoint.errors import CorruptInputError, InputError, InputTooLargeError
from counterpoint.ingest import articles
from counterpoint.ingest.detect import decode, html_charset, sniff
from counterpoint.ingest.html import fragment_text
from counterpoint.ingest.meta import Metadata, from_mapping, merge, split_authors
from counterpoint.model import Article
from counterpoint.settings import Settings

log = logging.getLogger(__name__)

Record = tuple[int, Article | InputError]

# Bytes read at a time while scanning past a corrupt WARC record to the next boundary.
SCAN_CHUNK = 1 << 20
_WARC_STARTS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n", b"WARC/0.17\r\n", b"WARC/0.18\r\n")
_GZIP_MEMBER = b"\x1f\x8b\x08"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


# --- WARC ---------------------------------------------------------------------------------


def iter_warc(
    stream: IO[bytes], source: str, settings: Settings, given: Metadata | None, gzipped: bool
) -> Iterator[Record]:
    """Every HTML response record of a WARC file, in order; corrupt records become errors."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    base = 0
    while True:
        stream.seek(base)
        records = ArchiveIterator(stream, check_digests=False)
        try:
            for record in records:
                number += 1
                item = _warc_record(record, f"{source}#{number}", settings, given)
                if item is not None:
                    yield number, item
            return
        except Exception as exc:  # warcio raises many types on damaged data
            number += 1
            failed_at = base + (records.offset or 0)
            yield number, CorruptInputError(
                f"{source}#{number}",
                f"corrupt WARC record at byte {failed_at:,} ({type(exc).__name__}: "
                f"{_short(exc)}); skipped, the other records are read",
            )
            nxt = _next_boundary(stream, failed_at + 1, gzipped)
            if nxt is None:
                return
            base = nxt


def _short(exc: Exception) -> str:
    """The first line of an exception message, printable and at most 80 characters."""
    line = str(exc).split("\n", 1)[0]
    text = "".join(ch if ch.isprintable() else "?" for ch in line).strip()
    return text[:77] + "..." if len(text) > 80 else text


def _warc_record(
    record: Any, source: str, settings: Settings, given: Metadata | None
) -> Article | InputError | None:
    if record.rec_type not in ("response", "resource"):
        return None
    ctype = ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if record.rec_type == "response" and not status.startswith("2"):
            return None
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    else:
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    payload = record.content_stream().read(settings.max_document_bytes + 1)
    if ctype and not any(t in ctype for t in _HTML_TYPES):
        return None
    if not ctype and sniff(payload) != "html":
        return None
    if len(payload) > settings.max_document_bytes:
        return InputTooLargeError(
            source, f"record is over the {settings.max_document_bytes:,}-byte limit "
            "(max_document_bytes)"
        )
    url = record.rec_headers.get_header("WARC-Target-URI")
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip(" \"'")
    try:
        html = decode(payload, source, charset or html_charset(payload))
        return articles.from_html(html, source, settings, given, url=url)
    except InputError as exc:
        return exc


def _next_boundary(stream: IO[bytes], start: int, gzipped: bool) -> int | None:
    """Offset of the next record start (or gzip member) at or after ``start``."""
    marks = (_GZIP_MEMBER,) if gzipped else tuple(b"\n" + m for m in _WARC_STARTS)
    overlap = max(len(m) for m in marks)
    pos = start
    while True:
        stream.seek(pos)
        chunk = stream.read(SCAN_CHUNK)
        if not chunk:
            return None
        hits = [i for i in (chunk.find(m) for m in marks) if i >= 0]
        if hits:
            offset = pos + min(hits)
            return offset if gzipped else offset + 1
        if len(chunk) < SCAN_CHUNK:
            return None
        pos += len(chunk) - overlap


def warc_is_gzipped(head: bytes) -> bool:
    """True when a gzip file's first member is a WARC record (a .warc.gz)."""
    try:
        start = zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return False
    return start.startswith((b"WARC/1.", b"WARC/0."))


# --- RSS / Atom ---------------------------------------------------------------------------


def iter_feed(
    data: bytes, source: str, settings: Settings, given: Metadata | None
) -> Iterator[Record]:
    """Each entry of an RSS or Atom feed, from its content or summary; links are not fetched."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield 1, CorruptInputError(
            source, f"a feed with no entries{reason}; check that the file is a complete feed"
        )
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        name = f"{source}#{number}"
        try:
            yield number, _feed_entry(entry, outlet, name, settings, given)
        except InputError as exc:
            yield number, exc


def _feed_entry(
    entry: Any, outlet: str | None, source: str, settings: Settings, given: Metadata | None
) -> Article:
    bodies = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content", [])]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        bodies.append((entry["summary"], detail.get("type") or "text/html"))
    text = ""
    for value, ctype in bodies:
        candidate = fragment_text(value) if "html" in ctype else value
        if len(candidate.split()) > len(text.split()):
            text = candidate
    authors: tuple[str, ...] = tuple(
        a["name"] for a in entry.get("authors", []) if isinstance(a, dict) and a.get("name")
    )
    if not authors and entry.get("author"):
        authors = split_authors(entry["author"])
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = dt.date(*stamp[:3]).isoformat() if isinstance(stamp, time.struct_time) else None
    detected = Metadata(
        outlet=outlet,
        published=published,
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        authors=authors,
    )
    return articles.finish(
        text, source, settings, given, detected, None, "feed entry",
        advice="a feed that carries only summaries does not hold the article; save the "
        "linked page and ingest that",
    )


# --- JSON Lines ---------------------------------------------------------------------------


def iter_jsonl(
    data: bytes, source: str, settings: Settings, given: Metadata | None
) -> Iterator[Record]:
    """One article per line: ``text`` or ``html``, optional metadata keys.

    A whole-file JSON array of such objects, or one pretty-printed object, is read too.
    """
    whole = _whole_json(data)
    if whole is not None:
        for number, value in enumerate(whole, start=1):
            name = f"{source}#{number}"
            try:
                yield number, _jsonl_value(value, f"item {number}", name, settings, given)
            except InputError as exc:
                yield number, exc
        return
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        name = f"{source}#{number}"
        try:
            yield number, _jsonl_line(raw, number, name, settings, given)
        except InputError as exc:
            yield number, exc


def _jsonl_line(
    raw: bytes, number: int, source: str, settings: Settings, given: Metadata | None
) -> Article:
    if len(raw) > settings.max_document_bytes:
        raise InputTooLargeError(
            source, f"line {number} is over the {settings.max_document_bytes:,}-byte limit "
            "(max_document_bytes)"
        )
    try:
        value = json.loads(decode(raw, source))
    except ValueError as exc:
        raise CorruptInputError(
            source, f"line {number} is not valid JSON ({exc}); fix or remove that line"
        ) from exc
    return _jsonl_value(value, f"line {number}", source, settings, given)


def _whole_json(data: bytes) -> list[Any] | None:
    """The records of a file that is one JSON array or one multi-line object, else None."""
    stripped = data.strip()
    if not (stripped.startswith(b"[") or (stripped.startswith(b"{") and b"\n" in stripped
                                            and not stripped.split(b"\n", 1)[0].rstrip()
                                            .endswith(b"}"))):
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    return value if isinstance(value, list) else [value]


def _jsonl_value(
    value: Any, where: str, source: str, settings: Settings, given: Metadata | None
) -> Article:
    if not isinstance(value, dict):
        raise CorruptInputError(source, f"{where} is not a JSON object")
    line_meta = merge(given, from_mapping(value, source))
    html, text = value.get("html"), value.get("text")
    if isinstance(html, str) and html.strip():
        return articles.from_html(html, source, settings, line_meta, url=line_meta.url)
    if isinstance(text, str) and text.strip():
        return articles.from_text(text, source, settings, line_meta, what=where)
    raise CorruptInputError(source, f"{where} has neither a 'text' nor an 'html' string; add one")
