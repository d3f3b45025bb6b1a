"""The store keeps one row per article, links every input, and survives bad inputs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from counterpoint.errors import StoreError
from counterpoint.ingest.normalize import make_article
from counterpoint.store import Store, resolve_url

BODY = (
    "The river authority opened all six spillway gates on Tuesday after two days of rain.\n\n"
    "Officials said the reservoir stood at 97 percent of capacity."
)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(str(tmp_path / "t.db"))
    yield s
    s.close()


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(str(path)) as first:
        names = first.migrations()
    assert names == ["0001_articles_inputs", "0002_analyses", "0003_state"]
    with Store(str(path)) as again:
        assert again.migrations() == names


def test_sqlite_store_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    Store(str(path)).close()
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_same_article_from_two_inputs_is_stored_once(store: Store) -> None:
    art = make_article(BODY, source="a.txt", outlet="River Gazette")
    copy = make_article(BODY, source="b.html", outlet="Other Daily")
    assert store.record("a.txt", "text", art) == "ingested"
    assert store.record("b.html", "html", copy) == "present"
    assert store.count() == 1
    assert store.inputs_of(art.id) == ["a.txt", "b.html"]
    # the article keeps the metadata of its first reading
    stored = store.get(art.id)
    assert stored is not None and stored.outlet == "River Gazette"


def test_rerun_changes_nothing(store: Store) -> None:
    art = make_article(BODY, source="a.txt")
    store.record("a.txt", "text", art)
    before = (store.count(), store.inputs())
    assert store.record("a.txt", "text", art) == "present"
    after = (store.count(), store.inputs())
    assert before[0] == after[0]
    assert [(r["source"], r["status"], r["article_id"]) for r in before[1]] == [
        (r["source"], r["status"], r["article_id"]) for r in after[1]
    ]


def test_failure_is_recorded_and_loses_nothing(store: Store) -> None:
    art = make_article(BODY, source="a.txt")
    store.record("a.txt", "text", art)
    assert store.record("bad.html", "html", None, "not an article") == "failed"
    # a source that read fine once and fails later keeps its article
    assert store.record("a.txt", "text", None, "file truncated") == "failed"
    assert store.count() == 1
    rows = {r["source"]: r for r in store.inputs()}
    assert rows["bad.html"]["status"] == "failed"
    assert rows["bad.html"]["error"] == "not an article"
    assert rows["a.txt"]["status"] == "ok" and rows["a.txt"]["article_id"] == art.id


def test_get_by_prefix_and_articles_order(store: Store) -> None:
    older = make_article(BODY, source="a", published="2021-02-01")
    newer = make_article(BODY + " More.", source="b", published="2021-03-01")
    undated = make_article(BODY + " Even more.", source="c")
    for a in (undated, newer, older):
        store.record(a.source, "text", a)
    assert [a.id for a in store.articles()] == [older.id, newer.id, undated.id]
    got = store.get(newer.id[:8])
    assert got is not None and got.text == newer.text and got.published == "2021-03-01"
    assert store.get("zzzz") is None


def test_analysis_cache_roundtrip(store: Store) -> None:
    art = make_article(BODY, source="a")
    store.record("a", "text", art)
    assert store.get_analysis(art.id, "v1") is None
    store.put_analysis(art.id, "v1", {"schema": "x", "n": 1})
    store.put_analysis(art.id, "v1", {"schema": "x", "n": 2})
    assert store.get_analysis(art.id, "v1") == {"schema": "x", "n": 2}
    assert store.get_analysis(art.id, "v2") is None


def test_state_roundtrip(store: Store) -> None:
    assert store.get_state("stories") is None
    store.put_state("stories", "{}")
    store.put_state("stories", '{"a": 1}')
    assert store.get_state("stories") == '{"a": 1}'


def test_plain_path_becomes_sqlite_url(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"


def test_unopenable_store_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="store"):
        Store(str(blocker / "sub" / "db.sqlite"))


def test_default_location_follows_environment(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERPOINT_DB", str(tmp_path / "env.db"))
    with Store() as s:
        assert s.url.endswith("env.db")
    assert (tmp_path / "env.db").exists()
