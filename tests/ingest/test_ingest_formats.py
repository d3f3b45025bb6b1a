"""Each input format read into Articles, with metadata and its precedence."""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest
from ingest_builders import FIXTURES, STORIES, story_html, story_text, warc_bytes

from counterpoint.ingest import (
    Metadata,
    article_id,
    iter_files,
    read,
    read_bytes,
    read_units,
)
from counterpoint.settings import Settings

SETTINGS = Settings()


def test_html_page_gives_body_and_metadata() -> None:
    article = read(FIXTURES / "bridge.html")
    assert article.title == "Harbor bridge to close for six weeks of repairs"
    assert article.authors == ("Maria Okafor",)
    assert article.published == "2024-05-14"
    assert article.outlet == "The Lakeside Courier"
    assert article.url == "https://lakeside-courier.example/news/2024/05/harbor-bridge-repairs"
    assert article.language == "en"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("The Harbor Street bridge will close")
    assert paragraphs[-1].endswith("grant awarded last year.")
    for furniture in ("Subscribe", "Related stories", "nightmare", "All rights reserved",
                      "Privacy policy", "rattling"):
        assert furniture not in article.text
    assert article.id == article_id(article.text)
    assert article.words == len(article.text.split())


def test_gzip_is_transparent(tmp_path: Path) -> None:
    plain = read(FIXTURES / "bridge.html")
    path = tmp_path / "bridge.html.gz"
    path.write_bytes(gzip.compress((FIXTURES / "bridge.html").read_bytes()))
    assert read(path) == plain.__class__(**{**_fields(plain), "source": str(path)})


def _fields(article: object) -> dict[str, object]:
    return {name: getattr(article, name) for name in article.__slots__}  # type: ignore[attr-defined]


def test_format_comes_from_content_not_extension(tmp_path: Path) -> None:
    html_as_txt = tmp_path / "saved-page.txt"
    html_as_txt.write_bytes((FIXTURES / "bridge.html").read_bytes())
    (unit,) = read_units(html_as_txt, SETTINGS)
    assert unit.format == "html" and unit.article is not None
    assert unit.article.outlet == "The Lakeside Courier"
    text_as_html = tmp_path / "notes.html"
    text_as_html.write_text(story_text("orchard"), encoding="utf-8")
    (unit,) = read_units(text_as_html, SETTINGS)
    assert unit.format == "text" and unit.article is not None
    feed_no_ext = tmp_path / "feed"
    feed_no_ext.write_bytes((FIXTURES / "feed.atom").read_bytes())
    assert {u.format for u in read_units(feed_no_ext, SETTINGS)} == {"rss"}


def test_scraped_text_is_cleaned_and_its_metadata_read() -> None:
    article = read(FIXTURES / "ferry.txt")
    assert article.title == "Ferry operator adds late sailings after record spring crowds"
    assert article.authors == ("Daniel Reyes", "Hana Suzuki")
    assert article.published == "2024-04-28"
    assert article.outlet == "Harbour Daily News"
    text = article.text
    assert text.startswith("The island ferry will run two extra evening sailings")
    assert text.endswith("The operator has not said whether fares will change.")
    assert "Photo: the mainland terminal" in text  # a caption inside the body stays
    for furniture in ("Share this", "Facebook", "Tags:", "Leave a Reply", "Great news",
                      "Copyright", "Previous", "Back to Top", "Home |", "•"):
        assert furniture not in text


def test_rss_entries_with_content_or_summary() -> None:
    units = list(read_units(FIXTURES / "feed.rss", SETTINGS))
    assert [u.source.rsplit("#", 1)[1] for u in units] == ["1", "2", "3"]
    assert {u.format for u in units} == {"rss"}
    first, second, third = units
    assert first.article is not None and second.article is not None
    assert first.article.title == "Library reopens after two-year renovation"
    assert first.article.url == "https://valley-weekly.example/2024/03/library-reopens"
    assert first.article.published == "2024-03-09"
    assert first.article.authors == ("Priya Natarajan",)
    assert first.article.outlet == "Valley Weekly"
    assert "reading room on the roof" in first.article.text  # content:encoded, not summary
    assert "<p>" not in first.article.text
    assert second.article.text.startswith("The town council postponed")  # from the summary
    assert third.error is not None and "summaries" in str(third.error)


def test_atom_entry() -> None:
    (unit,) = read_units(FIXTURES / "feed.atom", SETTINGS)
    assert unit.article is not None
    assert unit.article.title == "Seal count on the sandbank doubles in five years"
    assert unit.article.published == "2024-02-19"
    assert unit.article.authors == ("Elin Haugen",)
    assert unit.article.url == "https://coastal-science.example/seal-count"
    assert "412 grey seals" in unit.article.text


def test_jsonl_text_and_html_lines() -> None:
    first, second = read_units(FIXTURES / "lines.jsonl", SETTINGS)
    assert first.article is not None and second.article is not None
    assert first.article.title == "Night trains return in December"
    assert first.article.outlet == "Rail Review"
    assert first.article.authors == ("Ana Costa",)
    assert first.article.url == "https://rail-review.example/night-trains"
    assert second.article.published == "2024-06-06"  # "June 6, 2024" normalized
    assert second.article.title == "Heat plan for schools"
    assert second.article.text.startswith("Schools in the district")  # title not in the body


def test_warc_gives_every_html_response(tmp_path: Path) -> None:
    keys = ["wind", "orchard", "museum"]
    for gz in (False, True):
        path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        path.write_bytes(warc_bytes(keys, gz=gz))
        units = list(read_units(path, SETTINGS))
        assert [u.article.title for u in units if u.article] == [STORIES[k][0] for k in keys]
        assert all(u.error is None and u.format == "warc" for u in units)  # the PNG is skipped
        assert units[0].article is not None and units[0].article.url == "https://news.example/wind"
        assert len({u.source for u in units}) == 3


def test_warc_from_bytes() -> None:
    units = list(read_bytes(warc_bytes(["clinic"]), "mem.warc", SETTINGS))
    assert [u.article.title for u in units if u.article] == [STORIES["clinic"][0]]


def test_sidecar_and_explicit_metadata_precedence(tmp_path: Path) -> None:
    page = tmp_path / "wind.html"
    page.write_text(story_html("wind", outlet="Cape Times", date="2024-07-01"), encoding="utf-8")
    assert read(page).outlet == "Cape Times"
    sidecar = {"outlet": "Northern Post", "published": "July 3, 2024", "authors": "Ida Holm"}
    (tmp_path / "wind.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    article = read(page)
    assert (article.outlet, article.published, article.authors) == (
        "Northern Post", "2024-07-03", ("Ida Holm",))
    assert article.title == STORIES["wind"][0]  # not in the sidecar: detected value stays
    given = read(page, outlet="Given Outlet", published="2024-07-09")
    assert (given.outlet, given.published, given.authors) == (
        "Given Outlet", "2024-07-09", ("Ida Holm",))
    (unit,) = read_units(page, SETTINGS, Metadata(title="Given title", authors=("A B",)))
    assert unit.article is not None
    assert (unit.article.title, unit.article.authors) == ("Given title", ("A B",))


def test_charset_detection_and_mojibake_repair() -> None:
    text = story_text("market").replace("secondhand books", "livres d’occasion, café crème")
    cp1252 = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        cp1252.decode("utf-8")
    article = read(cp1252)
    assert "café crème" in article.text and "d’occasion" in article.text
    mojibake = text.encode("utf-8").decode("cp1252").encode("utf-8")  # double-encoded
    assert "cafÃ©" in mojibake.decode("utf-8")
    assert "café crème" in read(mojibake).text
    decomposed = unicodedata.normalize("NFD", text).encode("utf-8")
    assert read(decomposed).text == unicodedata.normalize("NFC", read(decomposed).text)
    assert read(decomposed).id == article.id


def test_html_declared_charset_is_used() -> None:
    page = story_html("museum").replace("harbor master", "Hafenmeister Jürgen Weiß")
    data = page.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("latin-1")
    assert "Jürgen Weiß" in read(data).text


def test_iter_files_expands_folders_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "a.html", "b/1.txt", ".secret.txt", ".hidden/x.txt",
                 "a.html.meta.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    single = tmp_path / "b" / "1.txt"
    got = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path, single])]
    assert got == ["a.html", "b/1.txt", "b/2.txt", "b/1.txt"]


def test_json_array_and_pretty_printed_object(tmp_path: Path) -> None:
    body = story_text("wind")
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": body, "outlet": "A"}, "oops"], indent=1), "utf-8")
    first, second = read_units(path, SETTINGS)
    assert first.article is not None and first.article.outlet == "A"
    assert second.error is not None and "item 2" in str(second.error)
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": body, "outlet": "B"}, indent=2), "utf-8")
    (unit,) = read_units(single, SETTINGS)
    assert unit.article is not None and unit.article.outlet == "B"


def test_utf16_text_with_bom() -> None:
    data = story_text("clinic").encode("utf-16")
    assert read(data).title == STORIES["clinic"][0]


def test_cjk_text_counts_words_and_language() -> None:
    sentence = "市の水道局は月曜日、貯水池の水位が観測開始以来の最低に下がったと発表した。"
    page = (f'<html><head><meta charset="shift_jis"><title>水位</title></head><body><article>'
            f"<p>{sentence}</p><p>{sentence}</p></article></body></html>")
    article = read(page.encode("shift_jis"))
    assert sentence in article.text
    assert article.words >= 25
    assert article.language == "ja"
