"""The command line on a folder of good and bad inputs, as a user runs it."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from counterpoint.cli import app

RIVER = (
    "Engineers at the Marlow reservoir opened four spillway gates early on Tuesday after "
    "three days of heavy rain pushed the water to 97 percent of capacity, the regional water "
    "authority said. About 1,200 residents of the valley below the dam were told to move to "
    "higher ground as a precaution, and two schools closed for the rest of the week. "
    "\"We are releasing water in a controlled way so that we never have to release it in an "
    "uncontrolled one,\" said Dana Whitcombe, the authority's chief engineer, at a briefing in "
    "the town hall. Forecasters expect another 40 millimeters of rain by Thursday."
)
PORT = (
    "The port of Kessling handled a record 2.4 million containers last year, up 8 percent on "
    "the year before, its operator said on Monday, crediting a new rail link to the interior "
    "and longer opening hours at the customs office. The operator plans to spend $310 million "
    "on two more berths over the next four years. Dock workers' unions welcomed the figures "
    "but said staffing had not kept pace, with some crews working 12-hour shifts for weeks at "
    "a time during the autumn peak, according to a statement from the largest union."
)


def _html(title: str, body: str) -> str:
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (
        f"<html><head><title>{title}</title>"
        '<meta property="og:site_name" content="Valley Courier">'
        '<meta property="article:published_time" content="2024-05-14T08:00:00Z">'
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{paras}</article>"
        "<footer>Copyright 2024 Valley Courier. All rights reserved.</footer></body></html>"
    )


def build_mixed_folder(folder: Path) -> dict[str, Path]:
    """Two good articles and one of each kind of bad input."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "good_txt": folder / "port.txt",
        "good_html": folder / "river.html",
        "empty": folder / "empty.txt",
        "png": folder / "picture.html",
        "truncated_gz": folder / "cut.html.gz",
        "bad_utf8": folder / "garbage.txt",
        "no_body": folder / "nobody.html",
    }
    files["good_txt"].write_text("Port of Kessling sets a record\n\n" + PORT + "\n")
    files["good_html"].write_text(_html("Reservoir gates opened as rain continues", RIVER))
    files["empty"].write_bytes(b"")
    files["png"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    files["truncated_gz"].write_bytes(gzip.compress(_html("Cut", RIVER).encode())[:60])
    files["bad_utf8"].write_bytes(bytes([0xFF, 0xFE, 0x00, 0x81, 0x00, 0x9C]) * 200)
    files["no_body"].write_text("<html><head><title>Menu</title></head><body><nav>"
                                "<a href='/a'>A</a></nav></body></html>")
    return files


def _db_counts(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        arts = con.execute("select count(*) from articles").fetchone()[0]
        ok = con.execute("select count(*) from inputs where status='ok'").fetchone()[0]
    finally:
        con.close()
    return arts, ok


def test_mixed_folder_reports_each_bad_input(tmp_path: Path) -> None:
    files = build_mixed_folder(tmp_path / "in")
    db = tmp_path / "s.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 1, result.output
    out = result.output
    assert "2 ingested" in out and "5 failed" in out
    for key in ("empty", "png", "truncated_gz", "bad_utf8", "no_body"):
        assert files[key].name in out, f"{key} not named in the summary"
    assert _db_counts(db) == (2, 2)

    second = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert second.exit_code == 1
    assert "0 ingested, 2 already present" in second.output
    assert _db_counts(db) == (2, 2)


def test_list_and_show(tmp_path: Path) -> None:
    build_mixed_folder(tmp_path / "in")
    db = tmp_path / "s.db"
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(tmp_path / "in" / "port.txt"), "--db", str(db),
                        "--outlet", "Harbour Post", "--published", "2024-03-04"])
    listed = runner.invoke(app, ["list", "--db", str(db), "--json"])
    assert listed.exit_code == 0
    rows = json.loads(listed.output)
    assert len(rows) == 1
    row = rows[0]
    assert row["outlet"] == "Harbour Post" and row["published"] == "2024-03-04"
    assert set(row) == {"id", "source", "url", "outlet", "title", "authors", "published",
                        "language", "words"}
    assert len(row["id"]) == 16
    table = runner.invoke(app, ["list", "--db", str(db)])
    assert "Harbour Post" in table.output


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    bad_date = runner.invoke(app, ["ingest", str(tmp_path), "--published", "last week"])
    assert bad_date.exit_code == 2
    assert "YYYY-MM-DD" in bad_date.output
    missing = runner.invoke(app, ["show", "deadbeef", "--db", str(tmp_path / "x.db")])
    assert missing.exit_code == 2 and "deadbeef" in missing.output


def test_missing_path_fails_but_others_go_on(tmp_path: Path) -> None:
    files = build_mixed_folder(tmp_path / "in")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(files["good_txt"]), str(tmp_path / "nope.txt"),
                                 "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "1 ingested" in result.output and "nope.txt" in result.output


def test_help_lists_only_commands_that_exist() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in ("ingest", "list", "show", "extract", "demo"):
        assert cmd in result.output
    for command in app.registered_commands:
        doc = (command.callback.__doc__ or "") if command.callback else ""
        assert "Example: counterpoint" in doc, f"{command.name} has no example in its help"


def test_killed_run_leaves_a_consistent_store(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    n = 600
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(
            f"Dispatch number {i} from the harbour\n\n{PORT} Item {i} of the series, filed "
            f"by desk {i % 7}.\n")
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "counterpoint", "ingest", str(folder), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                stored = _db_counts(db)[0]
            except sqlite3.Error:
                stored = 0
            if stored >= 20:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    dangling = con.execute(
        "select count(*) from inputs where status='ok' and article_id not in "
        "(select id from articles)").fetchone()[0]
    con.close()
    assert dangling == 0
    arts, _ = _db_counts(db)
    assert 20 <= arts < n

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert _db_counts(db) == (n, n)
    assert f"{n - arts} ingested" in rerun.stderr.replace("\n", " ")


def test_extract_json_lines_in_input_order(tmp_path: Path, seeds_dir: Path) -> None:
    files = sorted(seeds_dir.glob("*.txt"))
    runner = CliRunner()
    result = runner.invoke(app, ["extract", *map(str, files), "--json", "-",
                                 "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in io.StringIO(result.stdout) if line.strip()]
    assert [d["schema"] for d in docs] == ["counterpoint/article@1"] * len(files)
    assert [d["article"]["source"] for d in docs] == [str(f) for f in files]
    for d in docs:
        assert d["quantities"] and d["dates"] and d["quotes"] and d["entities"]
        for kind in ("entities", "quantities", "dates", "quotes"):
            for item in d[kind]:
                assert d["text"][item["span"][0]:item["span"][1]] == item["text"]
        assert d["framing"]["loaded"], "the loaded words of each seed are reported"
    # the second run reads the facts from the store's cache and prints the same lines
    again = runner.invoke(app, ["extract", *map(str, files), "--json", "-",
                                "--db", str(tmp_path / "e.db")])
    assert again.stdout == result.stdout


def test_show_prints_article_and_facts(tmp_path: Path) -> None:
    files = build_mixed_folder(tmp_path / "in")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(files["good_html"]), "--db", db])
    art_id = json.loads(runner.invoke(app, ["list", "--db", db, "--json"]).stdout)[0]["id"]
    shown = runner.invoke(app, ["show", art_id[:6], "--db", db])
    assert shown.exit_code == 0, shown.output
    for expected in ("Valley Courier", "Numbers", "97 percent", "Dana Whitcombe", "Quotes"):
        assert expected in shown.output
    as_json = runner.invoke(app, ["show", art_id, "--db", db, "--json"])
    doc = json.loads(as_json.stdout)
    assert doc["schema"] == "counterpoint/article@1" and doc["article"]["id"] == art_id
    assert any(q["text"] == "97 percent" for q in doc["quantities"])
