"""Builders for ingest fixtures that are binary or generated: gzip, WARC, bad inputs.

``write_mixed_folder(dest)`` writes one folder of good and bad inputs (item 6 of issue 2)
and returns what each file should give; the store and CLI tests reuse it. Run it with
``Settings(max_document_bytes=MIXED_MAX_DOCUMENT_BYTES)`` (or the environment variable
``COUNTERPOINT_MAX_DOCUMENT_BYTES``) so that ``oversize.txt`` is over the limit.
All article texts here were written for this project.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

from counterpoint.errors import (
    CorruptInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UnsupportedFormatError,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

# The size limit the mixed folder is built for: every good file is far under it,
# oversize.txt is over it.
MIXED_MAX_DOCUMENT_BYTES = 100_000

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)

STORIES: dict[str, tuple[str, list[str]]] = {
    "wind": ("Wind farm approved off the northern cape", [
        "Regulators approved a wind farm of 48 turbines off the northern cape on Wednesday, "
        "ending a planning dispute that lasted almost three years.",
        "The developer says the turbines will supply power for about 300,000 homes once the "
        "last of them is connected in 2027. Fishing groups had objected to the cable route, "
        "which was moved two kilometers south after talks in the spring.",
    ]),
    "orchard": ("Late frost cuts apple harvest by a third", [
        "Apple growers in the river valley expect to pick a third less fruit this year after "
        "two nights of frost in late April damaged the blossom.",
        "The growers' association said the loss would hit smaller farms hardest, because few "
        "of them can afford the frost fans and sprinklers used by the large estates.",
    ]),
    "museum": ("Maritime museum finds lost ship's log", [
        "Staff at the maritime museum found the log of a cargo ship that sank in 1911 while "
        "sorting boxes donated by the family of a former harbor master.",
        "The log records the ship's last voyage day by day, including a storm warning that the "
        "captain noted but chose to ignore, curators said at a press briefing on Friday.",
    ]),
    "clinic": ("Rural clinic extends opening hours", [
        "The only clinic in the hill villages will stay open until eight in the evening from "
        "next month, after the regional health board agreed to fund a second doctor.",
        "Patients have complained for years about driving forty minutes to the town hospital "
        "for problems that a local doctor could treat in a few minutes.",
    ]),
    "market": ("Night market returns to the old quarter", [
        "The night market will return to the streets of the old quarter every Friday from "
        "July, the city said, with stalls limited to food, crafts and secondhand books.",
        "Residents asked for the market to close by eleven, and the city agreed after a "
        "survey in which most of the neighbours said music late at night was the main problem.",
    ]),
}


def story_html(key: str, outlet: str = "The Example Gazette", date: str = "2024-07-01") -> str:
    """A small but realistic news page around one of the STORIES."""
    title, paragraphs = STORIES[key]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title><meta property=\"og:site_name\" content=\"{outlet}\">"
        f"<meta property=\"article:published_time\" content=\"{date}\"></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer><p>© 2024 {outlet}</p></footer></body></html>"
    )


def story_text(key: str) -> str:
    """One of the STORIES as scraped plain text: title, then paragraphs."""
    title, paragraphs = STORIES[key]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def warc_bytes(keys: list[str], *, gz: bool = False, corrupt: int | None = None) -> bytes:
    """A WARC with a warcinfo record, then a request and an HTML response per story, plus
    one image response. ``corrupt=i`` garbles the header of the i-th response (0-based)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    offsets: list[int] = []
    for key in keys:
        url = f"https://news.example/{key}"
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        offsets.append(buf.tell())
        payload = io.BytesIO(story_html(key).encode("utf-8"))
        writer.write_record(
            writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
        )
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example/logo.png", "response", payload=io.BytesIO(PNG_BYTES),
        http_headers=image,
    ))
    data = bytearray(buf.getvalue())
    if corrupt is not None:
        start = offsets[corrupt]
        data[start : start + 12] = b"\x00GARBLED\xff\xfe\x00\x01"
    return bytes(data)


@dataclass(frozen=True)
class Expected:
    """What one file of the mixed folder should give."""

    articles: int  # good units it yields
    errors: tuple[type[InputError], ...]  # the error of each error unit, in order


def write_mixed_folder(dest: Path) -> dict[str, Expected]:
    """Write good and bad inputs side by side into ``dest``; return the expected outcome."""
    dest.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, Expected]] = {
        "good-page.html": (story_html("wind").encode(), Expected(1, ())),
        "good-notes.txt": (story_text("orchard").encode(), Expected(1, ())),
        "good-page.html.gz": (gzip.compress(story_html("clinic").encode()), Expected(1, ())),
        "empty.txt": (b"", Expected(0, (EmptyInputError,))),
        "picture.html": (PNG_BYTES, Expected(0, (UnsupportedFormatError,))),
        "truncated.html.gz": (
            gzip.compress(story_html("market").encode())[:-40],
            Expected(0, (CorruptInputError,)),
        ),
        "invalid-utf8.txt": (_not_text(), Expected(0, (UnsupportedFormatError,))),
        "oversize.txt": (
            (story_text("museum") * 400).encode()[: MIXED_MAX_DOCUMENT_BYTES * 2],
            Expected(0, (InputTooLargeError,)),
        ),
        "archive.warc": (
            warc_bytes(["museum", "market", "wind"], corrupt=1),
            Expected(2, (CorruptInputError,)),
        ),
        "lines.jsonl": (_jsonl_with_bad_line(), Expected(2, (CorruptInputError,))),
        "no-body.html": (_page_without_body(), Expected(0, (EmptyInputError,))),
    }
    for name, (data, _) in files.items():
        (dest / name).write_bytes(data)
    return {name: expected for name, (_, expected) in files.items()}


def _not_text() -> bytes:
    """Invalid UTF-8 that is no text in any encoding either: a deterministic soup of high
    bytes without NULs, so it is refused by charset detection, not by the binary sniffer."""
    state, out = 12345, bytearray()
    for _ in range(3000):
        state = (state * 1103515245 + 12345) % 2**31
        out.append(state >> 16 & 0x7F | 0x80)
    return b"Report " + bytes(out)


def _jsonl_with_bad_line() -> bytes:
    good = [
        {"text": story_text("orchard"), "outlet": "Valley Farmer", "published": "2024-05-02"},
        {"html": story_html("museum"), "outlet": "Harbor Herald"},
    ]
    lines = [json.dumps(good[0]), '{"text": "unterminated', json.dumps(good[1])]
    return ("\n".join(lines) + "\n").encode()


def _page_without_body() -> bytes:
    return (
        b"<!DOCTYPE html><html lang=\"en\"><head><title>Search results</title></head><body>"
        b"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
        b"<form><input name=\"q\"><button>Search</button></form>"
        b"<footer><a href=\"/privacy\">Privacy</a></footer></body></html>"
    )
