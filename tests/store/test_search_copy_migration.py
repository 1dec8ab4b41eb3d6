"""The step that makes PostgreSQL's search copy again when it lacks a sort column, on books whose
copy an earlier version made (with the company, and with the domain too): every copy then holds
its customer's sort columns, both indexes are built, the triggers keep the columns from then on,
and a search sorted by one of them reads the copy alone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from peewee import Database, SqliteDatabase

from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.customer_rows import ListQuery
from reseller_desktop.store import migrations
from reseller_desktop.store.database import close_store, open_store
from reseller_desktop.store.indexes import (
    COPY_SORT_COLUMNS,
    GRAMS_FUNCTION,
    SEARCH_COPY,
    SEARCH_COPY_TRIGRAMS,
    copy_columns,
)
from reseller_desktop.store.models import Customer
from tests.services.customer_book import (
    OFFERS,
    START,
    BookCustomer,
    add_customers,
    first_walk_gives_up,
)

_SORT_COLUMNS = list(COPY_SORT_COLUMNS)


def _previous_triggers(columns: list[str]) -> list[str]:
    """The copy's triggers as an earlier version made them, copying ``columns``."""
    copied = ", ".join(["search_text", *columns])
    assigned = ", ".join(f"{c} = NEW.{c}" for c in ["search_text", *columns])
    return [
        f"""CREATE OR REPLACE FUNCTION {SEARCH_COPY}_insert() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO {SEARCH_COPY} (customer_id, {copied}) SELECT id, {copied} FROM added;
                RETURN NULL;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION {SEARCH_COPY}_update() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE {SEARCH_COPY} SET {assigned} WHERE customer_id = NEW.id;
                RETURN NULL;
            END $$""",
        f"DROP TRIGGER {SEARCH_COPY}_update ON customer",
        f"CREATE TRIGGER {SEARCH_COPY}_update AFTER UPDATE OF {copied} "
        f"ON customer FOR EACH ROW EXECUTE FUNCTION {SEARCH_COPY}_update()",
    ]


def copied_rows(db: Database) -> dict:
    columns = ", ".join(_SORT_COLUMNS)
    rows = db.execute_sql(f"SELECT customer_id, {columns} FROM {SEARCH_COPY}").fetchall()
    return {row[0]: row[1:] for row in rows}


def customer_rows(db: Database) -> dict:
    columns = ", ".join(_SORT_COLUMNS)
    rows = db.execute_sql(f"SELECT id, {columns} FROM customer").fetchall()
    return {row[0]: row[1:] for row in rows}


@pytest.mark.parametrize("kept", [["company_name"], ["company_name", "domain_key"]])
def test_a_copy_made_without_the_sort_columns_is_made_again_and_kept(
    data_dir: Path, database_url: str | None, monkeypatch: pytest.MonkeyPatch, kept: list[str]
) -> None:
    db = open_store(database_url, data_dir)
    if isinstance(db, SqliteDatabase):  # SQLite has no copy: the step has nothing to do
        assert migrations.current_version(db) == migrations.latest_version()
        close_store()
        return
    people = [
        BookCustomer(
            company=f"Firm {n}",
            prefix=f"{c}firm{n}",
            email=f"a{n}@firm.fr",
            country=country,
            seats=5 + n,
            offer=OFFERS[n % len(OFFERS)],
            created_at=START + timedelta(minutes=n),
        )
        for n, (c, country) in enumerate(zip("dbeca", ["FR", "BE", "US", "DE", "CH"], strict=True))
    ]
    add_customers(people)
    # The book as the earlier version left it.
    dropped = [c for c in _SORT_COLUMNS if c not in kept]
    db.execute_sql(f"DROP INDEX {SEARCH_COPY_TRIGRAMS}")
    db.execute_sql(f"ALTER TABLE {SEARCH_COPY} " + ", ".join(f"DROP COLUMN {c}" for c in dropped))
    for sql in _previous_triggers(kept):
        db.execute_sql(sql)
    assert copy_columns(db) == {"customer_id", "search_text", *kept}
    before = migrations.STEPS.index(migrations.add_domain_to_search_copy)
    db.execute_sql(f"UPDATE schema_version SET version = {before}")
    close_store()

    db = open_store(database_url, data_dir)
    assert migrations.current_version(db) == migrations.latest_version()
    assert copy_columns(db) >= {*_SORT_COLUMNS, SEARCH_COPY_TRIGRAMS}
    assert db.execute_sql("SELECT to_regclass(%s)", (GRAMS_FUNCTION,)).fetchone()[0]
    assert copied_rows(db) == customer_rows(db) and len(customer_rows(db)) == len(people)
    queries = CustomerQueries(db)
    first_walk_gives_up(monkeypatch)  # in five customers the walk would answer at once
    for text in ("fr", "firm"):  # the index of pairs, the trigram index
        queries.trace = []
        rows = queries.page(ListQuery(text=text, sort="country", descending=True)).rows
        assert [r.country for r in rows] == sorted((p.country for p in people), reverse=True)
        copy_reads = [s for s, _p, _n in queries.trace if f"FROM {SEARCH_COPY} c" in s]
        assert any("c.country" in sql for sql in copy_reads), f"{text}: from the copy alone"
    # From now on the triggers copy the columns: a new customer's, a changed one's.
    later = BookCustomer(company="Later", prefix="0later", email="cy@later.fr", country="AT")
    add_customers([later])
    Customer.update(country="ZA", total_seats=99).where(Customer.id == people[0].id).execute()
    assert copied_rows(db) == customer_rows(db)
    rows = queries.page(ListQuery(text="fr", sort="country", descending=False)).rows
    assert rows[0].id == later.id and rows[-1].id == people[0].id
    close_store()
