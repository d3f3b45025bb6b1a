"""compare and stories as a user runs them, on the bundled demo stories."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterpoint.cli import app
from counterpoint.demo import story_dirs, story_files


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All demo stories in one folder, plus a lightly edited copy of one wire report."""
    folder = tmp_path_factory.mktemp("mixed")
    for story in story_dirs():
        for f in story_files(story):
            shutil.copy(f, folder / f"{story.name}--{f.name}")
            meta = f.with_name(f.name + ".meta.json")
            alt = f.with_suffix(".meta.json")
            for sidecar in (meta, alt):
                if sidecar.exists():
                    target = folder / f"{story.name}--{sidecar.name}"
                    shutil.copy(sidecar, target)
    wire = next(p for p in sorted(folder.glob("alder-creek-dam--01-*")) if p.suffix == ".txt")
    text = wire.read_text(encoding="utf-8")
    copy = text.replace("Meridian Wire", "Valley Network News").replace(
        "state police said", "state police told reporters", 1)
    assert copy != text
    (folder / "zz-syndicated-copy.txt").write_text(copy, encoding="utf-8")
    (folder / "zz-syndicated-copy.txt.meta.json").write_text(
        json.dumps({"outlet": "Valley Network News", "published": "2024-04-09"}))
    return folder


def test_stories_groups_the_demo_corpus(mixed_folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(mixed_folder), "--db", db])
    assert ingested.exit_code == 0, ingested.output
    result = runner.invoke(app, ["stories", "--db", db, "--json", "-"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "counterpoint/stories@1"
    listed = runner.invoke(app, ["list", "--db", db, "--json"])
    by_id = {a["id"]: a["source"] for a in json.loads(listed.stdout)}
    groups = []
    for story in doc["stories"]:
        slugs = {Path(by_id[a["id"]]).name.split("--")[0].replace(
            "zz-syndicated-copy.txt", "alder-creek-dam") for a in story["articles"]}
        groups.append(slugs)
    # every article in exactly one story, each demo story its own story
    assert sum(len(s["articles"]) for s in doc["stories"]) == len(by_id)
    slug_sets = sorted(sorted(g) for g in groups)
    assert [g for g in slug_sets if len(g) > 1] == [], f"stories mix events: {slug_sets}"
    assert len(doc["stories"]) == len(story_dirs()), f"stories split: {slug_sets}"
    dam = next(s for s in doc["stories"] if len(s["syndicated"]) > 0)
    names = {Path(by_id[i]).name for group in dam["syndicated"] for i in group}
    assert "zz-syndicated-copy.txt" in names
    # the story ids compare as stories
    story_id = dam["id"]
    compared = runner.invoke(app, ["compare", "--story", story_id, "--db", db, "--json", "-"])
    assert compared.exit_code == 0, compared.output
    comparison = json.loads(compared.stdout)
    assert len(comparison["articles"]) == 4  # the copy counts as one voice with its original
    assert "Syndicated" in compared.output


def test_compare_writes_contract_json_and_html(tmp_path: Path) -> None:
    story = next(d for d in story_dirs() if d.name == "alder-creek-dam")
    files = [str(f) for f in story_files(story)]
    out_json, out_html = tmp_path / "c.json", tmp_path / "c.html"
    runner = CliRunner()
    result = runner.invoke(app, ["compare", *files, "--db", str(tmp_path / "c.db"),
                                 "--json", str(out_json), "--html", str(out_html)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out_json.read_text())
    assert set(doc) == {"schema", "articles", "findings", "timeline", "framing"}
    assert doc["schema"] == "counterpoint/comparison@1"
    kinds = [f["kind"] for f in doc["findings"]]
    assert kinds[0] == "conflict"
    assert [f["id"] for f in doc["findings"]] == [f"F{i}" for i in range(1, len(kinds) + 1)]
    for finding in doc["findings"]:
        assert set(finding) >= {"id", "kind", "topic", "dimension", "explanation", "evidence",
                                "missing_in"}
        for ev in finding["evidence"]:
            assert ev["text"] in ev["sentence"]
    page = out_html.read_text()
    assert "<script src=" not in page and "http://" not in page.split("<body", 1)[0]
    assert "Conflicts" in result.output or "CONFLICT" in result.output


def test_compare_needs_two_articles(tmp_path: Path) -> None:
    story = story_dirs()[0]
    one = str(story_files(story)[0])
    result = CliRunner().invoke(app, ["compare", one, "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 2
    assert "at least two articles" in result.output
