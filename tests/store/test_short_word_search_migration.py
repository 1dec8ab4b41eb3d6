"""The step that indexes search words of 1-2 characters, on a book of the previous version that
already holds customers: SQLite re-indexes every text padded and lists the index's vocabulary,
PostgreSQL copies every text into the table its index of characters and pairs is built on."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import SqliteDatabase

from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.customer_rows import ListQuery
from reseller_desktop.store import migrations
from reseller_desktop.store.database import close_store, open_store
from reseller_desktop.store.indexes import SEARCH_COPY, SEARCH_TABLE, SEARCH_VOCAB
from tests.services.customer_book import BookCustomer, add_customers, first_walk_gives_up


def test_a_book_of_the_previous_version_finds_short_words_after_the_step(
    data_dir: Path, database_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_walk_gives_up(monkeypatch)  # the index is what this test looks at
    db = open_store(database_url, data_dir)
    sqlite = isinstance(db, SqliteDatabase)
    tail = BookCustomer(company="Tail Rare", prefix="tailrare", email="ana@tail.wj")
    other = BookCustomer(company="Other", prefix="other", email="bo@other.fr")
    add_customers([tail, other])
    # The book as the previous version left it.
    if sqlite:
        db.execute_sql(f"DROP TABLE {SEARCH_VOCAB}")
        for suffix in ("insert", "delete", "update"):
            db.execute_sql(f"DROP TRIGGER {SEARCH_TABLE}_{suffix}")
        db.execute_sql(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('rebuild')")
    else:
        db.execute_sql(f"DROP TABLE {SEARCH_COPY}")
        for name in ("insert", "update"):
            db.execute_sql(f"DROP TRIGGER {SEARCH_COPY}_{name} ON customer")
    before = migrations.STEPS.index(migrations.add_short_word_search)
    db.execute_sql(f"UPDATE schema_version SET version = {before}")
    close_store()

    db = open_store(database_url, data_dir)
    assert migrations.current_version(db) == migrations.latest_version()
    queries = CustomerQueries(db)
    queries.trace = []
    for text, found in [("wj", [tail.id]), ("j", [tail.id]), ("fr", [other.id]), ("zz", [])]:
        assert [row.id for row in queries.page(ListQuery(text=text)).rows] == found, text
    index = SEARCH_VOCAB if sqlite else SEARCH_COPY
    assert any(index in sql for sql, _p, _n in queries.trace)
    # Customers added after the step are indexed by its triggers.
    later = BookCustomer(company="Later", prefix="later", email="cy@later.qk")
    add_customers([later])
    assert [row.id for row in queries.page(ListQuery(text="qk")).rows] == [later.id]
    close_store()
