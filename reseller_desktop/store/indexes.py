"""Indexes for the customer list: one per sortable column, and substring search.

The list sorts, filters and pages in the database (keyset pagination on ``(sort column, row key)``),
so each sortable column has an index whose order the list can walk. Search is a substring match
on ``Customer.search_text``:

- SQLite: an FTS5 table with the trigram tokenizer over ``customer.search_text`` (external
  content: it stores only the index, kept current by triggers). ``detail=none``: it records
  which rows hold each trigram, not where, so it builds faster and is smaller; the list queries
  it with ``LIKE`` (FTS5 narrows to the rows holding every trigram of the word, then SQLite checks
  the ``LIKE`` itself), which needs no positions. ``columnsize=0``: no per-row token counts,
  which only ranking (bm25) reads and the list never asks for. Without FTS5 or the trigram
  tokenizer (SQLite < 3.34) the step skips it and the list falls back to ``LIKE`` on the table.
- PostgreSQL: a pg_trgm GIN index, which ``LIKE '%term%'`` uses.
"""

from __future__ import annotations

import logging

from peewee import Database, DatabaseError, SqliteDatabase

log = logging.getLogger(__name__)

SEARCH_TABLE = "customer_search"

# Columns the list sorts by that have no index yet (status, created_at and domain_key have one).
_SORT_COLUMNS = ("country", "offer_summary", "total_seats")

_SQLITE_SEARCH = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
    "search_text, content='customer', content_rowid='rowid', tokenize='trigram', "
    "detail=none, columnsize=0)",
    f"CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_insert AFTER INSERT ON customer BEGIN "
    f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) VALUES (new.rowid, new.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_delete AFTER DELETE ON customer BEGIN "
    f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_update AFTER UPDATE OF search_text "
    f"ON customer BEGIN "
    f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); "
    f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) VALUES (new.rowid, new.search_text); END",
    # Index the rows that exist already.
    f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('rebuild')",
]


def add_list_indexes(db: Database) -> None:
    """Migration step: the customer list's sort indexes and its search index."""
    if isinstance(db, SqliteDatabase):
        _sqlite(db)
    else:
        _postgres(db)


def _sqlite(db: SqliteDatabase) -> None:
    # Case-insensitive company order, as people expect ("alpine" beside "Alpine").
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_company_nocase "
        "ON customer (company_name COLLATE NOCASE)"
    )
    for column in _SORT_COLUMNS:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS customer_{column} ON customer ({column})")
    if not sqlite_trigram_available(db):
        log.warning("SQLite has no FTS5 trigram tokenizer: customer search will scan the table")
        return
    for sql in _SQLITE_SEARCH:
        db.execute_sql(sql)


def sqlite_trigram_available(db: SqliteDatabase) -> bool:
    """Whether this SQLite library has FTS5 with the trigram tokenizer (3.34+)."""
    try:
        with db.atomic():  # a savepoint: the probe leaves nothing behind
            db.execute_sql(
                "CREATE VIRTUAL TABLE temp._trigram_probe USING fts5(x, tokenize='trigram')"
            )
            db.execute_sql("DROP TABLE temp._trigram_probe")
    except DatabaseError:
        return False
    return True


def _postgres(db: Database) -> None:
    # Keyset pagination orders by (column, id): the index matches that order exactly.
    for column in ("company_name", "status", "created_at", *_SORT_COLUMNS):
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS customer_{column}_id ON customer ({column}, id)"
        )
    try:
        with db.atomic():  # a savepoint: without the privilege, the rest of the step still runs
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            db.execute_sql(
                "CREATE INDEX IF NOT EXISTS customer_search_trgm "
                "ON customer USING gin (search_text gin_trgm_ops)"
            )
    except DatabaseError as exc:
        log.warning("No trigram index for customer search (%s): search will scan the table", exc)
