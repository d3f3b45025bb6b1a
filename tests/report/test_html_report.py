"""The HTML report: self-contained, escaped everywhere, with every part a reader needs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from counterpoint.model import ArticleFacts, Comparison
from counterpoint.report.html import render_html


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _page(story: tuple[Comparison, list[ArticleFacts]]) -> tuple[str, _Collector]:
    comparison, facts = story
    page = render_html(comparison, facts)
    parser = _Collector()
    parser.feed(page)
    return page, parser


def test_article_markup_is_escaped(hostile_story: tuple[Comparison, list[ArticleFacts]]) -> None:
    page, parsed = _page(hostile_story)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<b>Times</b>" not in page and "Levee &lt;b&gt;Times&lt;/b&gt;" in page
    # only our own inline script, and no link, attribute or handler runs javascript:
    assert len([t for t, _ in parsed.tags if t == "script"]) == 1
    assert "alert" not in "".join(parsed.scripts)
    for _, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on")
            assert not (value or "").strip().lower().startswith("javascript:")


def test_page_makes_no_network_request(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    page, parsed = _page(hostile_story)
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "source"), tag
        assert not attrs.get("src"), (tag, attrs)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "@import" not in page


def test_findings_matrix_timeline_and_sourcing(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    comparison, _ = hostile_story
    page, parsed = _page(hostile_story)
    conflict = next(f for f in comparison.findings if f.kind == "conflict")
    details = [a for t, a in parsed.tags if t == "details"]
    assert [d["id"] for d in details] == [f.id for f in comparison.findings]
    first = details[0]
    assert first["class"] == "finding conflict" and "open" in first
    # both sentences of the conflict are inside its details element, numbers marked
    block = page[page.index(f'id="{conflict.id}"') : page.index("</details>")]
    assert "<mark>12 hours</mark>" in block and "<mark>20 hours</mark>" in block
    # its evidence spans exist in the article columns for the script to highlight
    for sid in first["data-spans"].split():
        assert f'id="{sid}"' in page
    assert "<table class=\"matrix\">" in page and "<svg" in page
    assert "2024-04-30" in page  # the dated event on the timeline
    assert "Sourcing" in page


def test_matrix_marks_what_an_outlet_left_out(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    comparison, facts = hostile_story
    page = render_html(comparison, facts)
    rows = re.findall(r"<tr><td><a href=\"#(F\d+)\">.*?</tr>", page, re.S)
    assert rows == [f.id for f in comparison.findings]
    for f in comparison.findings:
        present = {e.article for e in f.evidence}
        if len(present) < len(comparison.articles):
            row = re.search(rf"<a href=\"#{f.id}\">.*?</tr>", page, re.S)
            assert row is not None and "—" in row.group(0)


def test_tone_table_shows_each_actor_per_outlet_escaped(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    import dataclasses

    from counterpoint.model import FramingProfile

    comparison, facts = hostile_story
    a, b = (x.id for x in comparison.articles)
    tone_a = {"org:levee-board": {
        "name": "the <i>levee</i> board", "score": -0.42, "clauses": 3, "mentions": 4,
        "evidence": [{"text": "The board <script>x</script> failed us.", "span": [0, 10],
                      "score": -0.6, "clause": "the board failed us"}],
    }}
    tone_b = {"org:levee-board": {"name": "the levee board", "score": 0.2, "clauses": 1,
                                  "mentions": 1, "evidence": []}}
    framed = dataclasses.replace(comparison, framing={
        a: FramingProfile(tone=tone_a), b: FramingProfile(tone=tone_b),
    })
    page = render_html(framed, facts)
    section = page[page.index("Tone toward actors"):]
    assert "the &lt;i&gt;levee&lt;/i&gt; board" in section and "<i>levee" not in section
    assert "-0.42" in section and "over 3 clauses" in section
    assert "“the board failed us”" in section and "<script>x" not in section
    # one clause is too few to show a tone: the other outlet's cell says so
    assert "(1 clause)" in section


def test_loaded_words_are_underlined_inside_other_highlights(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    import dataclasses

    from counterpoint.model import FramingProfile, Loaded

    comparison, facts = hostile_story
    art = comparison.articles[1]  # CALM: "... engineers said on Tuesday. The river rose ..."
    s = art.text.index("finally")
    word = Loaded(text="finally", span=(s, s + len("finally")), technique="loaded_language")
    framed = dataclasses.replace(comparison, framing={art.id: FramingProfile(loaded=(word,))})
    page = render_html(framed, facts)
    assert '<span class="lw loaded_language" title="loaded language">finally</span>' in page
    # the article text around it is intact
    body = re.sub(r"<[^>]+>", "", page)
    assert "The levee held for 20 hours before it finally broke" in body


def test_sourcing_rows_have_a_bar_per_speaker_type(
    hostile_story: tuple[Comparison, list[ArticleFacts]],
) -> None:
    page, _ = _page(hostile_story)
    table = page[page.index('<table class="sourcing">'):page.index("</table>", page.index(
        '<table class="sourcing">'))]
    assert table.count('<div class="srcbar">') == 2
