"""The step that drops the indexes nothing reads (each one cost a page write for every customer
the provisioning clock moves on), on SQLite and on PostgreSQL; what reads the book still finds an
index for each of its questions."""

from __future__ import annotations

from pathlib import Path

from peewee import Database, SqliteDatabase

from reseller_desktop.store import migrations
from reseller_desktop.store.database import close_store, open_store

DROPPED = {"customer_next_change_at", "audit_event_at"}
DROPPED_ON_POSTGRES = {"customer_status", "customer_created_at"}


def _indexes(db: Database, table: str) -> set[str]:
    return {index.name for index in db.get_indexes(table)}


def test_a_book_of_the_previous_version_loses_the_unused_indexes(
    data_dir: Path, database_url: str | None
) -> None:
    db = open_store(database_url, data_dir)
    sqlite = isinstance(db, SqliteDatabase)
    # The book as the previous version left it: the indexes its models declared.
    db.execute_sql("CREATE INDEX customer_next_change_at ON customer (next_change_at)")
    db.execute_sql("CREATE INDEX audit_event_at ON audit_event (at)")
    if not sqlite:
        db.execute_sql("CREATE INDEX IF NOT EXISTS customer_status ON customer (status)")
        db.execute_sql("CREATE INDEX IF NOT EXISTS customer_created_at ON customer (created_at)")
    before = migrations.STEPS.index(migrations._drop_redundant_indexes)
    db.execute_sql(f"UPDATE schema_version SET version = {before}")
    close_store()

    db = open_store(database_url, data_dir)
    assert migrations.current_version(db) == migrations.latest_version()
    customer, audit = _indexes(db, "customer"), _indexes(db, "audit_event")
    gone = DROPPED if sqlite else DROPPED | DROPPED_ON_POSTGRES
    assert not gone & (customer | audit)
    # Still there: the due query's partial index, the history's, and each sort order's.
    assert "customer_due" in customer and "audit_event_customer_id" in audit
    if sqlite:
        assert {"customer_status", "customer_created_at", "customer_updated"} <= customer
        due = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM customer WHERE next_change_at <= ? "
            "ORDER BY next_change_at LIMIT 10",
            ("2026-01-01 00:00:00",),
        ).fetchall()
        assert any("customer_due" in row[3] for row in due), due
    else:
        assert {"customer_status_id", "customer_created_at_id"} <= customer
    close_store()
