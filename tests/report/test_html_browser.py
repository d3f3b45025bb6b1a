"""The HTML report in headless Chromium: it renders, runs its script and fetches nothing.

Skips when /usr/bin/chromium is absent (CI installs the Debian package ``chromium``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from counterpoint.model import ArticleFacts, Comparison
from counterpoint.report.html import render_html

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists()
                                        else None)
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run")


def _chromium(page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,2000",
         *args, page.as_uri()],
        capture_output=True, text=True, timeout=90, check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_renders_in_headless_chromium(
    hostile_story: tuple[Comparison, list[ArticleFacts]], tmp_path: Path
) -> None:
    comparison, facts = hostile_story
    page = tmp_path / "report.html"
    page.write_text(render_html(comparison, facts), encoding="utf-8")
    dom = _chromium(page, tmp_path, "--dump-dom", "--virtual-time-budget=2000")
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    # the rendered DOM holds the findings, the articles and the picture
    assert 'class="finding conflict"' in html and "<svg" in html
    assert "Levee &lt;b&gt;Times&lt;/b&gt;" in html
    # the article's script never became an element; only ours ran: it flagged the evidence
    assert html.count("<script>") == 1
    flashed = re.findall(r'<span class="f ([^"]*\bflash\b[^"]*)" id="([^"]+)"', html)
    conflict = next(f for f in comparison.findings if f.kind == "conflict")
    assert {sid for _, sid in flashed} == set(conflict_spans(html, conflict.id))
    shot = tmp_path / "report.png"
    run = _chromium(page, tmp_path, f"--screenshot={shot}")
    assert run.returncode == 0 and shot.stat().st_size > 20_000


def conflict_spans(html: str, finding_id: str) -> list[str]:
    """The span ids the finding's details element points at."""
    m = re.search(rf'id="{finding_id}" data-spans="([^"]*)"', html)
    assert m is not None
    return m.group(1).split()
