"""Bytes in: what format they are (from content first, extension second), gunzip, decode.

Every refusal is a specific ``InputError`` naming the input and saying what to do.
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from typing import Literal

from counterpoint.errors import (
    CorruptInputError,
    EmptyInputError,
    InputTooLargeError,
    UnsupportedFormatError,
)

Format = Literal["html", "text", "warc", "rss", "jsonl"]

GZIP_MAGIC = b"\x1f\x8b"
# How many leading bytes the sniffers look at: enough for a doctype, an XML prolog, a
# comment and the root element of any real page or feed.
SNIFF_BYTES = 4096
# Decompress in chunks this big so the size and ratio caps stop a bomb early.
GZIP_CHUNK = 1 << 16
# Decoded text with more than this share of control characters is binary, not text
# (real text has tabs and newlines only; 1% tolerates a few stray form feeds).
MAX_CONTROL_SHARE = 0.01

# Magic numbers of binary formats people drop into a folder of articles by mistake.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

PREFERRED_ON_TIE = "cp1252"

WHAT_TO_DO = "give HTML, plain text, WARC, RSS/Atom or JSONL"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_PREAMBLE = re.compile(rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>)*",
                           re.S | re.I)
_FEED_ROOT = re.compile(rb"^<(?:rss|feed|rdf:RDF)\b", re.I)
_HTML_MARK = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<article[\s>]"
    rb"|<div[\s>]|<p[\s>]",
    re.I,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def binary_kind(data: bytes) -> str | None:
    """What binary format the bytes are (by magic number or NUL bytes), or None for text."""
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return "binary data"
    return None


def is_gzip(data: bytes) -> bool:
    """True when the bytes start with the gzip magic number."""
    return data.startswith(GZIP_MAGIC)


def gunzip(data: bytes, source: str, max_bytes: int, max_ratio: int) -> bytes:
    """Decompress (possibly multi-member) gzip, refusing bombs and truncated files."""
    limit = min(max_bytes, max(len(data), 1) * max_ratio)
    out: list[bytes] = []
    total = 0
    rest = data
    while rest:
        decomp = zlib.decompressobj(wbits=31)
        pending = rest
        while True:
            try:
                chunk = decomp.decompress(pending, GZIP_CHUNK)
            except zlib.error as exc:
                raise CorruptInputError(
                    source, f"damaged gzip data ({exc}); download or copy the file again"
                ) from exc
            total += len(chunk)
            out.append(chunk)
            if total > limit:
                raise _too_big(source, total, len(data), max_bytes, max_ratio)
            pending = decomp.unconsumed_tail
            if decomp.eof or (not pending and not chunk):
                break
        if not decomp.eof:
            raise CorruptInputError(
                source, "truncated gzip file (it ends before the compressed data does); "
                "download or copy it again"
            )
        rest = decomp.unused_data.lstrip(b"\x00")
    return b"".join(out)


def _too_big(
    source: str, total: int, packed: int, max_bytes: int, ratio: int
) -> InputTooLargeError:
    if total > max_bytes:
        return InputTooLargeError(
            source, f"decompresses to more than {max_bytes:,} bytes (max_document_bytes); "
            "raise the setting if this really is one article"
        )
    return InputTooLargeError(
        source, f"decompresses more than {ratio}x its {packed:,} bytes (max_decompression_ratio): "
        "this looks like a decompression bomb, not an article"
    )


def check_size(data: bytes, source: str, max_bytes: int) -> None:
    """Refuse documents over the size limit and empty ones."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            source, f"{len(data):,} bytes is over the {max_bytes:,}-byte limit "
            "(max_document_bytes); raise the setting if this really is one article"
        )
    if not data.strip():
        raise EmptyInputError(source, "the file is empty; remove it or give a file with an article")


def sniff(data: bytes, name: str = "") -> Format:
    """The format of decompressed bytes, judged from content, with the extension as tie-break."""
    head = data[:SNIFF_BYTES]
    for bom, _ in _BOMS:
        if head.startswith(bom):
            head = _decode_head(head)
            break
    stripped = head.lstrip()
    lower = name.lower()
    for suffix in (".gz", ".gzip"):
        if lower.endswith(suffix):
            lower = lower[: -len(suffix)]
    if stripped.startswith((b"WARC/1.", b"WARC/0.")):
        return "warc"
    body = _XML_PREAMBLE.sub(b"", stripped, count=1)
    if _FEED_ROOT.match(body):
        return "rss"
    if stripped.startswith((b"{", b"[")) and _looks_like_json_lines(data, lower):
        return "jsonl"
    if stripped.startswith(b"<") and (
        _HTML_MARK.search(head) or lower.endswith((".html", ".htm", ".xhtml"))
    ):
        return "html"
    if _HTML_MARK.search(head[:1024]) and head.count(b"<") > 5:
        return "html"
    return "text"


def _decode_head(head: bytes) -> bytes:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head.decode(encoding, errors="ignore").encode("utf-8")
    return head


def _looks_like_json_lines(data: bytes, name: str) -> bool:
    if name.endswith((".jsonl", ".ndjson", ".json", ".jl")):
        return True
    first_line = data.lstrip().split(b"\n", 1)[0]
    try:
        value = json.loads(first_line)
    except ValueError:
        return False
    return isinstance(value, dict)


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if any."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore").lower() if match else None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Bytes to str: BOM, then the declared charset, then UTF-8, then charset detection.

    Raises UnsupportedFormatError when no encoding turns the bytes into readable text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked_text(data.decode(encoding), source)
            except UnicodeDecodeError:
                break
    for encoding in (declared or "utf-8", "utf-8"):
        try:
            return _checked_text(data.decode(encoding), source)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    best = results[0] if results else None
    if best is not None:
        # Short texts often fit several code pages equally well; windows-1252 is then the
        # likeliest (it is what the web means by "latin-1", per the WHATWG encoding standard).
        ties = [r for r in results if (r.chaos, r.coherence) == (best.chaos, best.coherence)]
        best = next((r for r in ties if r.encoding == PREFERRED_ON_TIE), best)
    if best is None:
        raise UnsupportedFormatError(
            source, f"not text in any encoding we can detect (invalid UTF-8); {WHAT_TO_DO}, "
            "or re-save the file as UTF-8"
        )
    return _checked_text(str(best), source)


def _checked_text(text: str, source: str) -> str:
    sample = text[:100_000]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise UnsupportedFormatError(
            source, f"binary data, not text (too many control characters); {WHAT_TO_DO}"
        )
    return text
