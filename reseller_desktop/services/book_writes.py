"""Store writes shared by the provisioning pollers (the simulator's and the REST connector's):
both advance the book with compare-and-swap UPDATEs inside one write transaction and record
their audit events in multi-row INSERTs.

``own_writes(db)`` remembers what a poller of this desktop wrote through ``db`` (the stamps it
gave ``updated_at``; on PostgreSQL, its server process), so that this desktop's change feed does
not report back, and re-read, what the provisioning clock already told the views."""

from __future__ import annotations

import json
import threading
import time
import uuid
import weakref
from datetime import datetime, timedelta
from typing import Any

from peewee import Database, DatabaseProxy, SqliteDatabase

from reseller_desktop.store.models import AuditEvent, Customer

_AUDIT = AuditEvent._meta.table_name
AUDIT_CHUNK = 500  # rows per INSERT (5 parameters each: far below SQLite's 32,766)
STAMPS_KEPT = timedelta(minutes=2)  # the feed looks back 30 s behind the newest stamp
PIDS_KEPT_S = 120.0


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
    """Audit events in multi-row INSERTs (psycopg2's executemany is one round trip a row)."""
    for start in range(0, len(rows), AUDIT_CHUNK):
        chunk = rows[start : start + AUDIT_CHUNK]
        marks = "(" + ", ".join([db.param] * 5) + ")"
        db.execute_sql(
            f"INSERT INTO {_AUDIT} (customer_id, at, actor, action, details) VALUES "
            + ", ".join([marks] * len(chunk)),
            [value for row in chunk for value in row],
        )


class OwnWrites:
    """What the pollers of one desktop wrote through one database (see the module's docstring).
    Written on the clock's worker, read on the feed's: a lock guards it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamps: set[datetime] = set()
        self._newest: datetime | None = None
        self._pids: dict[int, float] = {}

    def note(self, db: Database, stamp: datetime) -> None:
        """Before the commit: rows stamped ``stamp`` by this connection are ours."""
        pid = None
        if not isinstance(db, SqliteDatabase):
            get_pid = getattr(db.connection(), "get_backend_pid", None)
            pid = get_pid() if get_pid is not None else None
        with self._lock:
            self._stamps.add(stamp)
            if self._newest is None or stamp > self._newest:
                self._newest = stamp
                oldest = stamp - STAMPS_KEPT
                self._stamps = {s for s in self._stamps if s >= oldest}
            if pid is not None:
                now = time.monotonic()
                self._pids[pid] = now
                self._pids = {p: t for p, t in self._pids.items() if now - t < PIDS_KEPT_S}

    def newest(self) -> datetime | None:
        with self._lock:
            return self._newest

    def stamps_since(self, since: datetime) -> list[datetime]:
        with self._lock:
            return sorted(s for s in self._stamps if s >= since)

    def pids(self) -> set[int]:
        with self._lock:
            return set(self._pids)


_OWN: weakref.WeakKeyDictionary[Database, OwnWrites] = weakref.WeakKeyDictionary()
_OWN_LOCK = threading.Lock()


def own_writes(database: Database | DatabaseProxy) -> OwnWrites:
    """This desktop's record for ``database`` (two desktops in one test have two databases)."""
    db = resolved(database)
    with _OWN_LOCK:
        record = _OWN.get(db)
        if record is None:
            record = _OWN[db] = OwnWrites()
        return record
