"""The step that puts the domain in PostgreSQL's search copy, on a book whose copy was made
without it: every copy gets its customer's domain, the index is built again, the triggers keep
the domain from then on, and a search of short words sorted by domain reads the copy alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import SqliteDatabase

from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.customer_rows import ListQuery
from reseller_desktop.store import migrations
from reseller_desktop.store.database import close_store, open_store
from reseller_desktop.store.indexes import GRAMS_FUNCTION, SEARCH_COPY, copy_has_domain
from reseller_desktop.store.models import Customer
from tests.services.customer_book import BookCustomer, add_customers, first_walk_gives_up

# The copy's triggers as the previous version made them (no domain).
_PREVIOUS_TRIGGERS = [
    f"""CREATE OR REPLACE FUNCTION {SEARCH_COPY}_insert() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {SEARCH_COPY} (customer_id, search_text, company_name)
            SELECT id, search_text, company_name FROM added;
            RETURN NULL;
        END $$""",
    f"""CREATE OR REPLACE FUNCTION {SEARCH_COPY}_update() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE {SEARCH_COPY} SET search_text = NEW.search_text,
                company_name = NEW.company_name WHERE customer_id = NEW.id;
            RETURN NULL;
        END $$""",
    f"DROP TRIGGER {SEARCH_COPY}_update ON customer",
    f"CREATE TRIGGER {SEARCH_COPY}_update AFTER UPDATE OF search_text, company_name "
    f"ON customer FOR EACH ROW EXECUTE FUNCTION {SEARCH_COPY}_update()",
]


def copied_domains(db) -> dict:  # type: ignore[no-untyped-def]
    rows = db.execute_sql(f"SELECT customer_id, domain_key FROM {SEARCH_COPY}").fetchall()
    return dict(rows)


def test_a_copy_made_without_the_domain_gets_it_and_keeps_it(
    data_dir: Path, database_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_store(database_url, data_dir)
    if isinstance(db, SqliteDatabase):  # SQLite has no copy: the step has nothing to do
        assert migrations.current_version(db) == migrations.latest_version()
        close_store()
        return
    people = [
        BookCustomer(company=f"Firm {n}", prefix=f"{c}firm{n}", email=f"a{n}@firm.fr")
        for n, c in enumerate("dbeca")
    ]
    add_customers(people)
    # The book as the previous version left it.
    db.execute_sql(f"ALTER TABLE {SEARCH_COPY} DROP COLUMN domain_key")
    for sql in _PREVIOUS_TRIGGERS:
        db.execute_sql(sql)
    assert not copy_has_domain(db)
    before = migrations.STEPS.index(migrations.add_domain_to_search_copy)
    db.execute_sql(f"UPDATE schema_version SET version = {before}")
    close_store()

    db = open_store(database_url, data_dir)
    assert migrations.current_version(db) == migrations.latest_version()
    assert copy_has_domain(db)
    assert db.execute_sql("SELECT to_regclass(%s)", (GRAMS_FUNCTION,)).fetchone()[0]
    assert copied_domains(db) == {p.id: f"{p.prefix}" for p in people}
    queries = CustomerQueries(db)
    first_walk_gives_up(monkeypatch)  # in five customers the walk would answer at once
    queries.trace = []
    rows = queries.page(ListQuery(text="fr", sort="domain", descending=False)).rows
    assert [r.domain for r in rows] == sorted(f"{p.prefix}.onmicrosoft.com" for p in people)
    copy_reads = [s for s, _p, _n in queries.trace if f"FROM {SEARCH_COPY}" in s]
    assert any("c.domain_key" in sql for sql in copy_reads), "sorted from the copy alone"
    # From now on the triggers copy the domain: a new customer's, a changed one's.
    later = BookCustomer(company="Later", prefix="0later", email="cy@later.fr")
    add_customers([later])
    Customer.update(domain_key="zzmoved").where(Customer.id == people[0].id).execute()
    copied = copied_domains(db)
    assert copied[later.id] == "0later" and copied[people[0].id] == "zzmoved"
    rows = queries.page(ListQuery(text="fr", sort="domain", descending=False)).rows
    assert rows[0].id == later.id and rows[-1].id == people[0].id
    close_store()
