"""Live updates across desktops: which customers another desktop created or moved on.

A QObject whose QTimer (GUI thread) asks the store, a few times a second, what changed:

- PostgreSQL: a separate connection that ``LISTEN``s on ``customer_changed`` (the triggers of
  ``store/change_tracking.py`` notify at commit). A timer tick is one non-blocking ``poll()`` of
  that socket: no query at all while nothing happens.
- SQLite (two app instances on one file): ``PRAGMA data_version`` on the app's connection says
  whether another connection committed since the last look (microseconds); only then, the
  customers whose ``updated_at`` is at or after the newest one seen (an index range scan). The
  look back covers ``OVERLAP`` more, because a writer stamps ``updated_at`` before it waits for
  the write lock: a change may commit after a later-stamped one. What was already reported
  (same id, same ``updated_at``) is not reported again.

``customers_changed(list[UUID])`` carries the ids; ``book_changed()`` says "too many or unknown
changes: refresh what you show" (a bulk load, or after an outage, when notifications were lost).
Changes made by this desktop may be reported too: refreshing a row twice is harmless.

Connection errors go to the ``ConnectionMonitor`` (never a dialog); the feed pauses while offline
and, back online, reconnects and reports ``book_changed`` to catch up.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from datetime import datetime, timedelta
from typing import Any

from peewee import Database, DatabaseProxy, SqliteDatabase
from PySide6.QtCore import QObject, QTimer, Signal

from reseller_desktop.services.connection_monitor import (
    CONNECTION_ERRORS,
    ConnectionMonitor,
    driver_errors,
)
from reseller_desktop.store.change_tracking import ALL_CHANGED, CHANNEL
from reseller_desktop.store.models import Customer, database_proxy
from reseller_desktop.store.postgres import is_postgres

log = logging.getLogger(__name__)

POLL_MS = 400
OVERLAP = timedelta(seconds=30)


class _NotListeningError(Exception):
    """The store cannot be reached (the monitor is told)."""


class _SqliteChanges:
    """Changes committed to the SQLite file by other connections."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self._version: int | None = None
        self._newest: datetime | None = None
        self._seen: dict[uuid.UUID, datetime] = {}

    def start(self) -> None:
        self._version = self._data_version()
        self._read(report=False)

    def poll(self) -> tuple[list[uuid.UUID], bool]:
        version = self._data_version()
        if version == self._version:
            return [], False
        self._version = version
        return self._read(report=True), False

    def close(self) -> None:
        pass

    def _data_version(self) -> int:
        return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])

    def _read(self, report: bool) -> list[uuid.UUID]:
        query = Customer.select(Customer.id, Customer.updated_at)
        if self._newest is not None:
            query = query.where(Customer.updated_at >= self._newest - OVERLAP)
        elif not report:
            newest = Customer.select(Customer.updated_at).order_by(Customer.updated_at.desc())
            row = newest.limit(1).tuples().execute(self.db)
            first = next(iter(row), None)
            if first is None:
                return []
            query = query.where(Customer.updated_at >= first[0] - OVERLAP)
        changed: list[uuid.UUID] = []
        for customer_id, updated_at in query.tuples().execute(self.db):
            if self._seen.get(customer_id) != updated_at:
                self._seen[customer_id] = updated_at
                changed.append(customer_id)
            if self._newest is None or updated_at > self._newest:
                self._newest = updated_at
        if self._newest is not None:
            oldest = self._newest - OVERLAP
            self._seen = {k: v for k, v in self._seen.items() if v >= oldest}
        return changed if report else []


class _PostgresChanges:
    """Notifications from the triggers, on a connection of their own."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._conn: Any = None

    def start(self) -> None:
        self.close()
        # Not peewee's connection: that one may be inside a transaction.
        conn = self.db._connect()  # type: ignore[attr-defined]
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def poll(self) -> tuple[list[uuid.UUID], bool]:
        if self._conn is None:
            raise _NotListeningError("not listening")
        self._conn.poll()  # reads what arrived on the socket; raises if the server went away
        ids: list[uuid.UUID] = []
        everything = False
        while self._conn.notifies:
            payload = self._conn.notifies.pop(0).payload
            if payload == ALL_CHANGED:
                everything = True
                continue
            for text in payload.split(","):
                with contextlib.suppress(ValueError):
                    ids.append(uuid.UUID(text))
        return ids, everything

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None


class ChangeFeed(QObject):
    """Reports customers changed in the store by anyone (another desktop above all)."""

    customers_changed = Signal(list)  # uuid.UUID of each changed or new customer
    book_changed = Signal()  # unknown or many changes: refresh everything shown

    def __init__(
        self,
        database: Database | DatabaseProxy = database_proxy,
        *,
        monitor: ConnectionMonitor | None = None,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.monitor = monitor
        self._source: _SqliteChanges | _PostgresChanges | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        if monitor is not None:
            monitor.online_changed.connect(self._online_changed)

    @property
    def db(self) -> Database:
        db = self._database
        return db.obj if isinstance(db, DatabaseProxy) else db

    def start(self) -> None:
        """Start listening (from now on: earlier changes are not reported)."""
        self._timer.start()
        self._connect()

    def stop(self) -> None:
        self._timer.stop()
        if self._source is not None:
            self._source.close()
        self._source = None

    def is_running(self) -> bool:
        return self._timer.isActive()

    def _connect(self) -> bool:
        db = self.db
        source: _SqliteChanges | _PostgresChanges
        if isinstance(db, SqliteDatabase):
            source = _SqliteChanges(db)
        elif is_postgres(db):
            source = _PostgresChanges(db)
        else:  # another database: no live updates
            self._timer.stop()
            return False
        try:
            source.start()
        except (*CONNECTION_ERRORS, *driver_errors()) as exc:
            self._lost(exc)
            return False
        self._source = source
        return True

    def poll(self) -> list[uuid.UUID]:
        """Report what changed since the last poll (the timer calls it; so may a test)."""
        if self.monitor is not None and not self.monitor.is_online():
            return []
        if self._source is None and not self._connect():
            return []
        assert self._source is not None
        try:
            ids, everything = self._source.poll()
        except (*CONNECTION_ERRORS, *driver_errors(), _NotListeningError) as exc:  # type: ignore[misc]
            self._lost(exc)
            return []
        ids = list(dict.fromkeys(ids))  # once each, in order
        if ids:
            self.customers_changed.emit(ids)
        if everything:
            self.book_changed.emit()
        return ids

    def _lost(self, error: BaseException) -> None:
        log.warning("Live updates paused: %s", str(error).strip().splitlines()[:1])
        if self._source is not None:
            self._source.close()
        self._source = None
        if self.monitor is not None:
            self.monitor.report_failure(error)

    def _online_changed(self, online: bool) -> None:
        if not online or not self._timer.isActive():
            return
        # Notifications sent while we were away are lost: listen again, then catch up.
        if self._connect():
            self.book_changed.emit()
