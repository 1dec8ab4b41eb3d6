"""Store writes shared by the provisioning pollers (the simulator's and the REST connector's):
both advance the book with compare-and-swap UPDATEs inside one write transaction and record
their audit events in one multi-row INSERT."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from peewee import Database, DatabaseProxy, SqliteDatabase

from reseller_desktop.store.models import AuditEvent, Customer

_AUDIT = AuditEvent._meta.table_name


def resolved(database: Database | DatabaseProxy) -> Database:
    """The database behind ``database`` (the app's proxy, or a desktop's own connection)."""
    return database.obj if isinstance(database, DatabaseProxy) else database


def write_transaction(db: Database) -> Any:
    """A transaction that writes. SQLite: take the write lock first (BEGIN IMMEDIATE), so another
    desktop's commit between our read and our write waits on the busy timeout instead of failing
    the transaction."""
    return db.atomic("IMMEDIATE") if isinstance(db, SqliteDatabase) else db.atomic()


def audit_row(
    customer_id: uuid.UUID, at: datetime, actor: str, action: str, details: dict[str, Any]
) -> tuple[Any, ...]:
    """One audit event as ``insert_audit_rows`` takes it."""
    key = Customer.id.db_value(customer_id)
    return (key, at, actor, action, json.dumps(details, ensure_ascii=False))


def insert_audit_rows(db: Database, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        marks = ", ".join([db.param] * 5)
        db.cursor().executemany(
            f"INSERT INTO {_AUDIT} (customer_id, at, actor, action, details) VALUES ({marks})",
            rows,
        )
