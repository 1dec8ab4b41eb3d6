"""The step that brings a book to today's Partner Center: agreement, GDAP and reseller columns
added to a book written before them (its customers keep their rows, with neutral values), on
SQLite and on PostgreSQL; and the simulator's memory of agreements and relationships."""

from __future__ import annotations

import uuid
from pathlib import Path

from reseller_desktop.store import migrations
from reseller_desktop.store.database import close_store, open_store
from reseller_desktop.store.models import Customer, database_proxy
from reseller_desktop.store.partner_models import SimulatedAgreement, SimulatedRelationship

NEW_COLUMNS = [name for name, *_ in migrations._PARTNER_COLUMNS]


def test_a_book_of_the_previous_version_gets_the_columns(
    data_dir: Path, database_url: str | None
) -> None:
    # The book as the previous version left it: without the columns and tables (taken away
    # here, since the first step creates today's tables), with one customer.
    db = open_store(database_url, data_dir)
    before = migrations.STEPS.index(migrations._add_partner_facts)
    for index in ("customer_agreement_status", "customer_reseller_name"):
        db.execute_sql(f"DROP INDEX IF EXISTS {index}")
    for name in NEW_COLUMNS:
        db.execute_sql(f"ALTER TABLE customer DROP COLUMN {name}")
    db.drop_tables([SimulatedAgreement, SimulatedRelationship])
    db.execute_sql(f"UPDATE schema_version SET version = {before}")
    p = db.param
    db.execute_sql(
        "INSERT INTO customer (id, company_name, domain_prefix, domain_key, country, "
        "address_line1, address_line2, city, state, postal_code, first_name, last_name, email, "
        "phone, registration_number, language, culture, mca_accepted, mca_signer_first_name, "
        "mca_signer_last_name, mca_signer_email, mca_signer_phone, status, status_reason, "
        "request_id, offer_summary, total_seats, search_text, created_at, updated_at, created_by) "
        f"VALUES ({', '.join([p] * 31)})",
        [
            Customer.id.db_value(uuid.uuid4()), "Old Customer", "oldcustomer",
            "oldcustomer", "FR", "1 rue", "", "Paris", "", "75001", "Ann", "Old", "a@old.fr",
            "", "", "fr", "fr-FR", True, "Ann", "Old", "a@old.fr", "", "active", "",
            "request-1", "", 0, "old customer", "2025-06-01 10:00:00", "2025-06-01 10:00:00", "",
        ],
    )  # fmt: skip
    close_store()

    db = open_store(database_url, data_dir)
    assert migrations.current_version(db) == migrations.latest_version()
    columns = {c.name for c in db.get_columns("customer")}
    assert set(NEW_COLUMNS) <= columns
    old = Customer.get(Customer.company_name == "Old Customer")
    assert (old.agreement_status, old.agreement_link, old.reseller_name) == ("", "", "")
    assert old.gdap_default is False and old.admin_relationship_id == ""
    assert db.table_exists(SimulatedAgreement._meta.table_name)
    assert db.table_exists(SimulatedRelationship._meta.table_name)
    assert database_proxy.obj is db
    close_store()
