"""The plain-text line classifier, date parsing and sniffing, on text written for the tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.ingest import read_bytes
from counterpoint.ingest.detect import sniff
from counterpoint.ingest.meta import guess_language, parse_date
from counterpoint.ingest.text import byline_authors, clean_text, dateline, is_cut, is_furniture
from counterpoint.settings import Settings

PARA_A = ("The water board said on Monday that the reservoir had fallen to its lowest level "
          "since records began, and asked residents to stop watering gardens.")
PARA_B = ("Engineers expect the level to recover by October if rainfall returns to normal, "
          "although the board warned that another dry month would mean a hosepipe ban.")
PARA_C = ("The board's chief executive said the network lost about a fifth of its water to "
          "leaks and that repairs on the worst pipes would start in the new year.")


def test_furniture_lines() -> None:
    for line in ("Share this article", "Facebook Twitter Email", "Tweet", "12 Comments",
                 "Copyright © 2024 Example Media. All rights reserved.", "© Example Post",
                 "Powered by WordPress | Theme by Someone", "Previous Next",
                 "All Headlines Back to Top", "Home | World | Business | Sport",
                 "Advertisement", "Pinging is currently not allowed.", "Sign up for our newsletter",
                 "Click here to subscribe"):
        assert is_furniture(line), line


def test_sentences_that_resemble_furniture_are_body() -> None:
    for line in ("Powered by solar panels, the village now sells power to the grid.",
                 "Designed by a local architect, the hall opened in 1962.",
                 "Home prices rose four percent in the first quarter.",
                 "Next year the council will vote again.", "Sign up for the draft was slow.",
                 "Share prices fell sharply after the announcement on Friday.",
                 "Copyright law was the main topic of the hearing."):
        assert not is_furniture(line), line


def test_cut_lines() -> None:
    assert is_cut("Leave a Reply")
    assert is_cut("Related articles")
    assert is_cut("Tags: drought, water")
    assert not is_cut("Related to this, the board raised prices.")


def test_bylines() -> None:
    assert byline_authors("By Ingrid Solberg") == ("Ingrid Solberg",)
    assert byline_authors("By Ingrid Solberg and Tariq Mansour, Staff Writers") == (
        "Ingrid Solberg", "Tariq Mansour")
    assert byline_authors("Written by: Ana de la Cruz | The Coast Herald") == ("Ana de la Cruz",)
    assert byline_authors("By the time the ferry arrived it was dark") == ()
    assert byline_authors("Ingrid Solberg") == ()


def test_datelines() -> None:
    assert dateline("March 02, 2021 12:20") == "2021-03-02"
    assert dateline("Published: 14 May 2024, 08:30 BST") == "2024-05-14"
    assert dateline("Updated 2024-05-14T08:30:00Z") == "2024-05-14"
    assert dateline("Tue, Feb 6, 2024 at 9:05 a.m.") == "2024-02-06"
    assert dateline("May 14 was the driest day of 2024") is None
    assert dateline("March 2") is None


def test_parse_date_forms() -> None:
    assert parse_date("2021-3-2") == "2021-03-02"
    assert parse_date("2 March 2021") == "2021-03-02"
    assert parse_date("Tue, 02 Mar 2021 10:00:00 GMT") == "2021-03-02"
    assert parse_date("2021-02-30") is None
    assert parse_date("sometime soon") is None


def test_clean_text_keeps_body_between_furniture() -> None:
    text = "\n\n".join([
        "World | Europe", "Reservoir hits record low", "By Ingrid Solberg",
        "Published: 14 May 2024", "Share this article", PARA_A, "Why it matters", PARA_B,
        "Advertisement", PARA_C, "Comments", "I saw this coming years ago, honestly.",
    ])
    clean = clean_text(text)
    assert clean.body.split("\n\n") == [PARA_A, "Why it matters", PARA_B, PARA_C]
    assert clean.title == "Reservoir hits record low"
    assert clean.authors == ("Ingrid Solberg",)
    assert clean.published == "2024-05-14"


def test_a_long_exclaimed_headline_over_a_byline_is_the_title() -> None:
    """A headline that ends in "!" or "?" and runs past a dozen words reads like a sentence;
    the byline and date under it show it heads the article, so neither lands in the body."""
    headline = ("Reservoir hits its lowest level in forty years and the board finally owns up "
                "to the leaks!")
    clean = clean_text("\n".join([headline, "By Tom Hale", "Tuesday 3 March 2026"]) + "\n\n"
                       + "\n\n".join([PARA_A, PARA_B]))
    assert clean.title == headline
    assert clean.authors == ("Tom Hale",)
    assert clean.published == "2026-03-03"
    assert clean.body.split("\n\n") == [PARA_A, PARA_B]
    # a first sentence of running text is never taken for the headline
    clean = clean_text("\n\n".join([PARA_A, PARA_B]))
    assert clean.title is None and clean.body.split("\n\n") == [PARA_A, PARA_B]


def test_cut_word_before_the_body_cannot_swallow_it() -> None:
    clean = clean_text("\n\n".join(["Comments", "Reservoir hits record low", PARA_A, PARA_B]))
    assert clean.body.split("\n\n") == [PARA_A, PARA_B]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    words = (PARA_A + " " + PARA_B).split()
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) > 68:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    clean = clean_text("Reservoir hits record low\n\n" + "\n".join(lines) + "\n\n" + PARA_C)
    assert clean.body.split("\n\n") == [PARA_A + " " + PARA_B, PARA_C]


def test_outlet_from_syndication_note() -> None:
    text = "\n\n".join([PARA_A, PARA_B,
                        "This article first appeared in The Valley Ledger on May 3."])
    assert clean_text(text).outlet == "The Valley Ledger"


def test_language_guess() -> None:
    assert guess_language(PARA_A + " " + PARA_B) == "en"
    german = ("Der Wasserverband sagte am Montag, dass der Stausee den niedrigsten Stand seit "
              "Beginn der Messungen erreicht habe und die Bewohner nicht mehr gießen sollen.")
    assert guess_language(german) == "de"
    assert guess_language("Oslo Bergen Trondheim") is None


SAMPLE_LINES = [PARA_A, PARA_B, "Share this", "• By Ana Lima", "Previous Next", "Leave a Reply",
                "Short line", "", "© Example", "March 3, 2024"]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SAMPLE_LINES)) | st.lists(st.text(max_size=80), max_size=12))
def test_clean_text_never_raises_and_body_comes_from_input(lines: list[str]) -> None:
    text = "\n".join(lines)
    clean = clean_text(text)
    source = _squash(text)
    for paragraph in filter(None, clean.body.split("\n\n")):
        assert _squash(paragraph) in source


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_parse_date_never_raises(value: str) -> None:
    result = parse_date(value)
    assert result is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", result)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_reading_any_bytes_gives_units_not_exceptions(data: bytes) -> None:
    assert sniff(data) in {"html", "text", "warc", "rss", "jsonl"}
    units = list(read_bytes(data, "fuzz.bin", Settings()))
    assert units
    for unit in units:
        assert (unit.article is None) != (unit.error is None)


def test_bullet_glyphs_go_but_signs_stay() -> None:
    text = "\n\n".join(["• Reservoir hits record low", PARA_A,
                        "-3 degrees was the coldest night, and ●the frost lasted until noon.",
                        "– " + PARA_B, "•••", PARA_C])
    body = clean_text(text).body.split("\n\n")
    assert body == [PARA_A, "-3 degrees was the coldest night, and ●the frost lasted until noon.",
                    PARA_B, PARA_C]
