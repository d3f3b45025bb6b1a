"""The store: articles, the inputs they came from, cached analyses and clustering state.

SQLAlchemy Core over SQLite by default (WAL mode), any SQLAlchemy URL otherwise. Every write is
one short transaction, so an interrupted run keeps everything it committed and a rerun skips it.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from counterpoint.errors import StoreError
from counterpoint.model import Article
from counterpoint.store import schema

log = logging.getLogger(__name__)

Outcome = Literal["ingested", "present", "failed"]


def default_url() -> str:
    """``COUNTERPOINT_DB`` if set, else a SQLite file in the user data directory."""
    env = os.environ.get("COUNTERPOINT_DB")
    if env:
        return resolve_url(env)
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("counterpoint"))
    return f"sqlite:///{folder / 'counterpoint.db'}"


def resolve_url(url_or_path: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as a SQLite database)."""
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{Path(url_or_path).expanduser().resolve()}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A handle on one database; open with ``Store(url)``, close with ``close()`` or ``with``."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url) if url else default_url()
        self.engine = _open_engine(self.url)
        self._migrate()

    # --- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        try:
            with self.engine.begin() as conn:
                schema.migrations_table.create(conn, checkfirst=True)
            with self.engine.connect() as conn:
                done = set(conn.scalars(select(schema.migrations_table.c.name)))
            for name, apply in schema.MIGRATIONS:
                if name in done:
                    continue
                with self.engine.begin() as conn:
                    apply(conn)
                    conn.execute(
                        insert(schema.migrations_table).values(name=name, applied_at=_now())
                    )
                log.info("applied migration %s", name)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store at {self.url}: {exc}") from exc

    def migrations(self) -> list[str]:
        """Names of the migrations applied to this database, in order."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(schema.migrations_table.c.name).order_by(schema.migrations_table.c.name)
            )
            return [r[0] for r in rows]

    # --- inputs and articles ----------------------------------------------------------------
    def record(
        self,
        source: str,
        fmt: str | None,
        article: Article | None,
        error: str | None = None,
    ) -> Outcome:
        """Record one read input (an article, or the error that stopped it) in one transaction.

        Returns ``ingested`` for a new article, ``present`` when the article was already
        stored (from this input or another, which is then linked to it), ``failed`` otherwise.
        A failed input never touches stored articles.
        """
        now = _now()
        t_in, t_art = schema.inputs, schema.articles
        try:
            with self.engine.begin() as conn:
                prev = conn.execute(select(t_in).where(t_in.c.source == source)).first()
                if article is None:
                    values = {"format": fmt, "status": "failed", "error": error,
                              "article_id": None, "updated_at": now}
                    if prev is not None and prev.status == "ok":
                        # a source that once read fine keeps its article; note the new error
                        values = {"error": error, "updated_at": now}
                    self._upsert_input(conn, prev, source, values)
                    return "failed"
                exists = conn.execute(
                    select(t_art.c.id).where(t_art.c.id == article.id)
                ).first()
                if exists is None:
                    conn.execute(insert(t_art).values(**_article_row(article), created_at=now))
                self._upsert_input(
                    conn, prev, source,
                    {"format": fmt, "status": "ok", "error": None,
                     "article_id": article.id, "updated_at": now},
                )
                return "present" if exists is not None else "ingested"
        except IntegrityError:
            # another process stored the same article between our check and insert
            return "present"
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write {source} to the store: {exc}") from exc

    @staticmethod
    def _upsert_input(conn: Any, prev: Any, source: str, values: dict[str, Any]) -> None:
        if prev is None:
            conn.execute(insert(schema.inputs).values(source=source, **values))
        else:
            conn.execute(
                update(schema.inputs).where(schema.inputs.c.source == source).values(**values)
            )

    def articles(self) -> list[Article]:
        """Every stored article, oldest publication first (unknown dates last), then by id."""
        t = schema.articles
        with self.engine.connect() as conn:
            rows = conn.execute(select(t)).all()
        arts = [_row_article(r) for r in rows]
        return sorted(arts, key=lambda a: (a.published is None, a.published or "", a.id))

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(schema.articles)) or 0)

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix (at least 4 characters)."""
        t = schema.articles
        with self.engine.connect() as conn:
            row = conn.execute(select(t).where(t.c.id == article_id)).first()
            if row is None and len(article_id) >= 4:
                rows = conn.execute(select(t).where(t.c.id.startswith(article_id))).all()
                row = rows[0] if len(rows) == 1 else None
        return _row_article(row) if row is not None else None

    def inputs(self) -> list[dict[str, Any]]:
        """Every input row (source, format, status, error, article_id), by source."""
        t = schema.inputs
        with self.engine.connect() as conn:
            rows = conn.execute(select(t).order_by(t.c.source)).mappings().all()
        return [dict(r) for r in rows]

    def inputs_of(self, article_id: str) -> list[str]:
        t = schema.inputs
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.c.source).where(t.c.article_id == article_id).order_by(t.c.source)
            )
            return [r[0] for r in rows]

    # --- analyses ---------------------------------------------------------------------------
    def get_analysis(self, article_id: str, version: str) -> dict[str, Any] | None:
        t = schema.analyses
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.c.data).where(t.c.article_id == article_id, t.c.version == version)
            ).first()
        return json.loads(row[0]) if row else None

    def put_analysis(self, article_id: str, version: str, data: dict[str, Any]) -> None:
        t = schema.analyses
        payload = json.dumps(data, ensure_ascii=False)  # key order is part of the output
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    t.delete().where(t.c.article_id == article_id, t.c.version == version)
                )
                conn.execute(
                    insert(t).values(article_id=article_id, version=version, data=payload,
                                     created_at=_now())
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store the analysis of {article_id}: {exc}") from exc

    # --- key/value state (clustering) -------------------------------------------------------
    def get_state(self, key: str) -> str | None:
        t = schema.state
        with self.engine.connect() as conn:
            row = conn.execute(select(t.c.value).where(t.c.key == key)).first()
        return row[0] if row else None

    def put_state(self, key: str, value: str) -> None:
        t = schema.state
        with self.engine.begin() as conn:
            conn.execute(t.delete().where(t.c.key == key))
            conn.execute(insert(t).values(key=key, value=value, updated_at=_now()))


def _open_engine(url: str) -> Engine:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        path = Path(url.removeprefix("sqlite:///"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the store {path}: {exc}") from exc
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(f"invalid database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return engine


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "published": article.published,
        "language": article.language,
        "words": article.words,
        "text": article.text,
    }


def _row_article(row: Any) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        source=row.source,
        url=row.url,
        outlet=row.outlet,
        title=row.title,
        authors=tuple(json.loads(row.authors or "[]")),
        published=row.published,
        language=row.language,
        words=row.words,
    )
