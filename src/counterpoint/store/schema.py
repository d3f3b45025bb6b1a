"""Tables of the store and the named migrations that create them.

Migrations are applied in order, each in its own transaction, and recorded by name in the
``migrations`` table, so an older database is brought up to date when it is opened.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    inspect,
)

metadata = MetaData()

migrations_table = Table(
    "migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(16), primary_key=True),  # sha256 of the normalized body, 16 hex
    Column("source", Text, nullable=False),  # the first input it was read from
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("authors", Text, nullable=False, default="[]"),  # JSON list
    Column("published", String(10)),
    Column("language", String(16)),
    Column("words", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

inputs = Table(
    "inputs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False, unique=True),  # path, or path#N for a record
    Column("format", String(16)),
    Column("status", String(16), nullable=False),  # "ok" | "failed"
    Column("error", Text),
    Column("article_id", String(16), ForeignKey("articles.id")),
    Column("updated_at", String(32), nullable=False),
)

analyses = Table(
    "analyses",
    metadata,
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("version", String(32), nullable=False),
    Column("data", Text, nullable=False),  # counterpoint/article@1 JSON
    Column("created_at", String(32), nullable=False),
    PrimaryKeyConstraint("article_id", "version"),
)

state = Table(
    "state",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
)


def _create(*tables: Table) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        existing = set(inspect(conn).get_table_names())
        for table in tables:
            if table.name not in existing:
                table.create(conn)

    return apply


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_articles_inputs", _create(articles, inputs)),
    ("0002_analyses", _create(analyses)),
    ("0003_state", _create(state)),
]
"""Named migrations, applied in this order; never edit one that has shipped, add a new one."""
