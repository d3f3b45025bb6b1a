"""Bad inputs side by side with good ones: each gives a specific error naming the file."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from ingest_builders import (
    MIXED_MAX_DOCUMENT_BYTES,
    PNG_BYTES,
    story_html,
    warc_bytes,
    write_mixed_folder,
)

from counterpoint.errors import (
    CorruptInputError,
    EmptyInputError,
    InputTooLargeError,
    UnsupportedFormatError,
)
from counterpoint.ingest import Unit, iter_files, read, read_bytes, read_units
from counterpoint.settings import Settings

SETTINGS = Settings(max_document_bytes=MIXED_MAX_DOCUMENT_BYTES)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict[str, list[Unit]]]:
    folder = tmp_path_factory.mktemp("mixed")
    expected = write_mixed_folder(folder)
    units = {f.name: list(read_units(f, SETTINGS)) for f in iter_files([folder])}
    return folder, expected, units


def test_every_file_of_the_mixed_folder_is_read(mixed) -> None:  # type: ignore[no-untyped-def]
    _, expected, units = mixed
    assert sorted(units) == sorted(expected)


@pytest.mark.parametrize(
    "name",
    ["empty.txt", "picture.html", "truncated.html.gz", "invalid-utf8.txt", "oversize.txt",
     "archive.warc", "lines.jsonl", "no-body.html", "good-page.html", "good-notes.txt",
     "good-page.html.gz"],
)
def test_each_input_gives_its_expected_articles_and_errors(mixed, name: str) -> None:  # type: ignore[no-untyped-def]
    folder, expected, units = mixed
    got = units[name]
    want = expected[name]
    assert sum(1 for u in got if u.article is not None) == want.articles
    errors = [u.error for u in got if u.error is not None]
    assert [type(e) for e in errors] == list(want.errors)
    for unit in got:
        assert (unit.article is None) != (unit.error is None)
        assert unit.source.startswith(str(folder / name))
    for error in errors:
        assert str(folder / name) in str(error)  # the message names the file


def test_error_messages_say_what_is_wrong(mixed) -> None:  # type: ignore[no-untyped-def]
    _, _, units = mixed
    message = {name: str(us[0].error) for name, us in units.items() if us[0].error}
    assert "empty" in message["empty.txt"]
    assert "PNG" in message["picture.html"]
    assert "truncated gzip" in message["truncated.html.gz"]
    assert "UTF-8" in message["invalid-utf8.txt"]
    assert "max_document_bytes" in message["oversize.txt"]
    assert "no article body" in message["no-body.html"]


def test_corrupt_warc_record_is_one_error_between_good_records(mixed) -> None:  # type: ignore[no-untyped-def]
    _, _, units = mixed
    warc = units["archive.warc"]
    assert [u.article.title if u.article else "ERROR" for u in warc] == [
        "Maritime museum finds lost ship's log", "ERROR", "Wind farm approved off the northern cape"
    ]
    bad = warc[1]
    assert isinstance(bad.error, CorruptInputError)
    assert bad.source.rsplit("#", 1)[1].isdigit()
    assert "corrupt WARC record" in str(bad.error)


def test_malformed_jsonl_line_is_named_and_the_rest_go_on(mixed) -> None:  # type: ignore[no-untyped-def]
    _, _, units = mixed
    lines = units["lines.jsonl"]
    assert [u.source.rsplit("#", 1)[1] for u in lines] == ["1", "2", "3"]
    assert isinstance(lines[1].error, CorruptInputError)
    assert "line 2" in str(lines[1].error)
    assert lines[0].article is not None and lines[0].article.outlet == "Valley Farmer"
    assert lines[2].article is not None and lines[2].article.outlet == "Harbor Herald"


def test_gzip_bomb_is_refused_by_ratio() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>")
    (unit,) = read_bytes(bomb, "bomb.html.gz", Settings())
    assert isinstance(unit.error, InputTooLargeError)
    assert "max_decompression_ratio" in str(unit.error)


def test_warc_over_its_own_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    path.write_bytes(warc_bytes(["wind", "clinic"], gz=True))
    (unit,) = read_units(path, Settings(max_warc_bytes=1_000))
    assert isinstance(unit.error, InputTooLargeError)
    assert "max_warc_bytes" in str(unit.error) and str(path) in str(unit.error)


def test_corrupt_record_in_gzipped_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(["wind", "clinic", "market"], gz=True, corrupt=1))
    units = list(read_units(path, Settings()))
    titles = [u.article.title for u in units if u.article]
    assert titles == ["Wind farm approved off the northern cape",
                      "Night market returns to the old quarter"]
    assert [type(u.error) for u in units if u.error] == [CorruptInputError]


def test_binary_content_is_refused_whatever_the_extension() -> None:
    for name in ("photo.txt", "photo.jsonl", "photo"):
        (unit,) = read_bytes(PNG_BYTES, name, Settings())
        assert isinstance(unit.error, UnsupportedFormatError)
        assert name in str(unit.error)
    (unit,) = read_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "paper.html", Settings())
    assert isinstance(unit.error, UnsupportedFormatError) and "PDF" in str(unit.error)


def test_whitespace_only_file_is_empty() -> None:
    (unit,) = read_bytes(b" \n\t\n ", "blank.txt", Settings())
    assert isinstance(unit.error, EmptyInputError)


def test_short_text_is_refused_as_no_body() -> None:
    (unit,) = read_bytes(b"Just a headline\n\nand a line.", "stub.txt", Settings())
    assert isinstance(unit.error, EmptyInputError)
    assert "min_body_words" in str(unit.error)


def test_missing_file_is_an_error_unit(tmp_path: Path) -> None:
    (unit,) = read_units(tmp_path / "gone.html", Settings())
    assert unit.error is not None and "gone.html" in str(unit.error)


def test_bad_sidecar_is_an_error_naming_the_sidecar(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(story_html("wind"), encoding="utf-8")
    (tmp_path / "page.html.meta.json").write_text("{not json", encoding="utf-8")
    (unit,) = read_units(page, Settings())
    assert isinstance(unit.error, CorruptInputError)
    assert "page.html.meta.json" in str(unit.error)


def test_read_raises_the_specific_error(tmp_path: Path) -> None:
    path = tmp_path / "picture.html"
    path.write_bytes(PNG_BYTES)
    with pytest.raises(UnsupportedFormatError, match=r"picture\.html"):
        read(path)
    with pytest.raises(ValueError, match="not a date"):
        read(path, published="someday")
