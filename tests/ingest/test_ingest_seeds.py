"""The two real seed articles (scraped plain text): body intact, furniture gone, metadata read.

Skipped when ../shared is absent. Expectations are derived from the files or are short
phrases; no sentence of the seeds is copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.ingest import normalize_text, read
from counterpoint.model import Article

# Lines of the raw files that are page furniture, recognized by a short phrase in them.
FURNITURE_PHRASES = ("leave a response", "Leave a Reply", "Powered by", "Copyright",
                     "Previous Next", "Back to Top")


def _seed(seeds_dir: Path, prefix: str) -> tuple[Article, list[str]]:
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    raw = path.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    return read(path), lines


def _body_paragraphs(lines: list[str]) -> list[str]:
    return [normalize_text(ln) for ln in lines
            if len(ln.split()) >= 15 and not any(p in ln for p in FURNITURE_PHRASES)]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_seed_body_is_complete_and_furniture_gone(seeds_dir: Path, prefix: str) -> None:
    article, lines = _seed(seeds_dir, prefix)
    paragraphs = _body_paragraphs(lines)
    assert len(paragraphs) >= 12
    for paragraph in paragraphs:
        assert paragraph in article.text
    assert article.text.count("\n\n") + 1 == len(paragraphs)  # nothing else left in
    for phrase in (*FURNITURE_PHRASES, "Pinging", "•", "All Headlines"):
        assert phrase not in article.text
    assert article.title == lines[0]
    assert not article.text.startswith(lines[0])  # the title is metadata, not body
    assert article.language == "en"
    assert article.words > 400


def test_seed_analysis_metadata(seeds_dir: Path) -> None:
    article, _ = _seed(seeds_dir, "000")
    assert article.authors == ("Konstantin Asmolov",)  # from the closing signature
    assert article.outlet == "New Eastern Outlook"  # "exclusively for the online magazine"
    assert article.published is None  # the text states no dateline
    assert article.text.startswith("First, on March 18, 2021")


def test_seed_report_metadata(seeds_dir: Path) -> None:
    article, _ = _seed(seeds_dir, "001")
    assert article.authors == ("Lee Yong-soo",)
    assert article.published == "2021-03-02"
    assert article.outlet == "Chosunilbo"  # from the copyright line
    assert article.text.startswith("A viral video clip")
    assert "12:20" not in article.text
