"""Ingest: bytes in any format people have (HTML, text, WARC, RSS/Atom, JSONL) to Articles.

The format is judged from the content (the extension only breaks ties), ``.gz`` is read
transparently, and every bad input becomes an error ``Unit`` naming it, never an exception
that stops the other inputs. Metadata precedence: explicit ``Metadata`` > sidecar
``NAME.meta.json`` > what the document states.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from counterpoint.errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UnsupportedFormatError,
)
from counterpoint.ingest import articles, containers
from counterpoint.ingest.detect import (
    SNIFF_BYTES,
    WHAT_TO_DO,
    Format,
    binary_kind,
    check_size,
    decode,
    gunzip,
    html_charset,
    is_gzip,
    sniff,
)
from counterpoint.ingest.meta import SIDECAR_SUFFIX, Metadata, merge, parse_date, read_sidecar
from counterpoint.ingest.normalize import article_id, make_article, normalize_text
from counterpoint.model import Article
from counterpoint.settings import DEFAULT, Settings

__all__ = [
    "Metadata",
    "Unit",
    "article_id",
    "iter_files",
    "make_article",
    "normalize_text",
    "parse_date",
    "read",
    "read_bytes",
    "read_units",
]

log = logging.getLogger(__name__)

_EXTENSION_FORMAT: dict[str, Format] = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text",
    ".warc": "warc", ".rss": "rss", ".atom": "rss", ".xml": "rss", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".json": "jsonl", ".jl": "jsonl",
}


@dataclass(frozen=True, slots=True)
class Unit:
    """One article-sized result of reading an input: an article or the error that stopped it."""

    source: str  # the input path, plus "#N" for the Nth record of a WARC, feed or JSONL
    format: str  # "html" | "text" | "warc" | "rss" | "jsonl"
    article: Article | None
    error: InputError | None  # exactly one of article / error is set


def iter_files(paths: Sequence[Path]) -> Iterator[Path]:
    """The files named, with folders expanded recursively in sorted order.

    Hidden files and folders and ``*.meta.json`` sidecars are skipped.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in rel) and not (
                    child.name.endswith(SIDECAR_SUFFIX)
                ):
                    yield child
        else:
            yield path


def guess_format(name: str) -> Format:
    """The format an extension suggests (used only to label errors before content is read)."""
    lower = name.lower().removesuffix(".gz")
    return _EXTENSION_FORMAT.get(Path(lower).suffix, "text")


def read_units(path: Path, settings: Settings, meta: Metadata | None = None) -> Iterator[Unit]:
    """Read one file into Units; bad content yields error units, never an InputError."""
    path = Path(path)
    source = str(path)
    label = guess_format(path.name)
    try:
        given = merge(meta, read_sidecar(path))
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
            size = path.stat().st_size
            gzipped_warc = is_gzip(head) and containers.warc_is_gzipped(head)
            if gzipped_warc or head.lstrip().startswith((b"WARC/1.", b"WARC/0.")):
                if size > settings.max_warc_bytes:
                    raise InputTooLargeError(
                        source, f"{size:,} bytes is over the {settings.max_warc_bytes:,}-byte "
                        "WARC limit (max_warc_bytes); split the archive or raise the setting"
                    )
                yield from _warc_units(handle, source, settings, given, gzipped_warc)
                return
            if size > settings.max_document_bytes:
                raise InputTooLargeError(
                    source, f"{size:,} bytes is over the {settings.max_document_bytes:,}-byte "
                    "limit (max_document_bytes); raise the setting if this really is one article"
                )
            data = head + handle.read()
    except InputError as exc:
        yield Unit(source, label, None, exc)
        return
    except OSError as exc:
        yield Unit(source, label, None, InputError(source, f"cannot read the file ({exc})"))
        return
    yield from read_bytes(data, source, settings, given, _name=path.name)


def read_bytes(
    data: bytes,
    source: str,
    settings: Settings,
    meta: Metadata | None = None,
    *,
    _name: str | None = None,
) -> Iterator[Unit]:
    """Read one document's bytes into Units (several for a WARC, feed or JSONL)."""
    name = _name if _name is not None else source
    label = guess_format(name)
    try:
        if data.lstrip()[:8].startswith((b"WARC/1.", b"WARC/0.")):
            _check_warc_size(data, source, settings)
            yield from _warc_units(io.BytesIO(data), source, settings, meta, False)
            return
        kind = binary_kind(data)
        if is_gzip(data):
            if containers.warc_is_gzipped(data[:SNIFF_BYTES]):
                _check_warc_size(data, source, settings)
                yield from _warc_units(io.BytesIO(data), source, settings, meta, True)
                return
            data = gunzip(data, source, settings.max_document_bytes,
                          settings.max_decompression_ratio)
            kind = binary_kind(data)
        if kind is not None:
            raise UnsupportedFormatError(source, f"{kind}, not an article; {WHAT_TO_DO}")
        fmt = sniff(data, name)
        check_size(data, source, settings.max_document_bytes)
        label = fmt
        if fmt == "rss":
            yield from _records(containers.iter_feed(data, source, settings, meta), source, fmt)
        elif fmt == "jsonl":
            yield from _records(containers.iter_jsonl(data, source, settings, meta), source, fmt)
        elif fmt == "html":
            html = decode(data, source, html_charset(data))
            yield Unit(source, fmt, articles.from_html(html, source, settings, meta), None)
        else:
            text = decode(data, source)
            yield Unit(source, fmt, articles.from_text(text, source, settings, meta), None)
    except InputError as exc:
        yield Unit(source, label, None, exc)


def _check_warc_size(data: bytes, source: str, settings: Settings) -> None:
    if len(data) > settings.max_warc_bytes:
        raise InputTooLargeError(
            source, f"{len(data):,} bytes is over the {settings.max_warc_bytes:,}-byte WARC "
            "limit (max_warc_bytes)"
        )


def _warc_units(
    stream: IO[bytes],
    source: str,
    settings: Settings,
    meta: Metadata | None,
    gzipped: bool,
) -> Iterator[Unit]:
    records = containers.iter_warc(stream, source, settings, meta, gzipped)
    found = False
    for unit in _records(records, source, "warc"):
        found = True
        yield unit
    if not found:
        yield Unit(source, "warc", None, EmptyInputError(
            source, "the WARC holds no HTML response records; nothing to ingest"))


def _records(
    records: Iterator[containers.Record], source: str, fmt: str
) -> Iterator[Unit]:
    for number, item in records:
        name = f"{source}#{number}"
        if isinstance(item, InputError):
            yield Unit(name, fmt, None, item)
        else:
            yield Unit(name, fmt, item, None)


def read(
    path_or_bytes: str | Path | bytes,
    *,
    outlet: str | None = None,
    published: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """The first article in a file or in bytes; raises its InputError when there is none.

    >>> article = read("story.html", outlet="Example Times")  # doctest: +SKIP
    """
    settings = settings or DEFAULT
    iso = None
    if published is not None:
        iso = parse_date(published)
        if iso is None:
            raise ValueError(f"published={published!r} is not a date; write it as YYYY-MM-DD")
    meta = Metadata(outlet=outlet, published=iso)
    if isinstance(path_or_bytes, bytes):
        units = read_bytes(path_or_bytes, "<bytes>", settings, meta)
    else:
        units = read_units(Path(path_or_bytes), settings, meta)
    first_error: InputError | None = None
    for unit in units:
        if unit.article is not None:
            return unit.article
        first_error = first_error or unit.error
    if first_error is not None:
        raise first_error
    raise EmptyInputError(str(path_or_bytes)[:200], "no article found in the input")
