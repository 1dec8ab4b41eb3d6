"""Live updates across desktops: which customers another desktop created or moved on.

A QObject whose QTimer (GUI thread) asks the store, a few times a second, what changed; every
look at the store runs on a worker of its own (one thread that keeps its connection), never on
the GUI thread, and the next look starts only once the previous one has answered:

- PostgreSQL: a separate connection that ``LISTEN``s on ``customer_changed`` (the triggers of
  ``store/change_tracking.py`` notify at commit). A look is one non-blocking ``poll()`` of that
  socket: no query at all while nothing happens.
- SQLite (two app instances on one file): ``PRAGMA data_version`` on the worker's connection says
  whether another connection committed since the last look (microseconds); only then, the
  customers whose ``updated_at`` is at or after the newest one seen (an index range scan). The
  look back covers ``OVERLAP`` more, because a writer stamps ``updated_at`` before it waits for
  the write lock: a change may commit after a later-stamped one. What was already reported
  (same id, same ``updated_at``) is not reported again.

What this desktop's provisioning clock wrote is not reported back (the clock already told the
views, and a catch-up writes thousands of rows a second): ``book_writes.own_writes`` keeps the
stamps it gave ``updated_at`` (SQLite: left out of the range scan, in the index) and its server
process (PostgreSQL: the notifications it sent are dropped). Another desktop whose change carries
the very same stamp, to the microsecond, would go unreported until the next refresh.

``customers_changed(list[UUID])`` carries the ids; ``book_changed()`` says "too many or unknown
changes: refresh what you show" (a bulk load, or after an outage, when notifications were lost).
Other changes made by this desktop (a customer created, an edit) may be reported too: refreshing
a row twice is harmless.

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

from reseller_desktop.services.background import Background, WaitTimeoutError
from reseller_desktop.services.book_writes import OwnWrites, own_writes
from reseller_desktop.services.connection_monitor import (
    CONNECTION_ERRORS,
    ConnectionMonitor,
    driver_errors,
)
from reseller_desktop.store.change_tracking import ALL_CHANGED, CHANNEL
from reseller_desktop.store.models import Customer, database_proxy
from reseller_desktop.store.postgres import is_postgres

log = logging.getLogger(__name__)
_CUSTOMER = Customer._meta.table_name

POLL_MS = 400
OVERLAP = timedelta(seconds=30)
LOOK_TIMEOUT_MS = 5000


class _NotListeningError(Exception):
    """The store cannot be reached (the monitor is told)."""


class _SqliteChanges:
    """Changes committed to the SQLite file by other connections.

    On a connection of its own (peewee's per-thread connection does not outlive a pool job):
    ``data_version`` only means something on one connection, asked again and again."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self.own: OwnWrites = own_writes(db)
        self._conn: Any = None
        self._version: int | None = None
        self._newest: datetime | None = None
        self._seen: dict[uuid.UUID, datetime] = {}

    def start(self) -> None:
        self.close()
        self._conn = self.db._connect()  # type: ignore[attr-defined]  # autocommit, pragmas
        self._version = self._data_version()
        self._read(report=False)

    def poll(self) -> tuple[list[uuid.UUID], bool]:
        version = self._data_version()
        if version == self._version:
            return [], False
        self._version = version
        return self._read(report=True), False

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None

    def _rows(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        if self._conn is None:
            raise _NotListeningError("not connected")
        return list(self._conn.execute(sql, params).fetchall())

    def _data_version(self) -> int:
        return int(self._rows("PRAGMA data_version", [])[0][0])

    def _read(self, report: bool) -> list[uuid.UUID]:
        stamp = Customer.updated_at
        newest = self._newest
        if newest is None and not report:
            last = self._rows(f"SELECT max(updated_at) FROM {_CUSTOMER}", [])
            if last[0][0] is None:
                return []
            newest = stamp.python_value(last[0][0])
        sql = f"SELECT id, updated_at FROM {_CUSTOMER}"
        params: list[Any] = []
        ours = self.own.newest()
        if newest is not None or ours is not None:
            # Our own newest stamp moves the look back on too: what we wrote is not read.
            since = max(t for t in (newest, ours) if t is not None) - OVERLAP
            sql += " WHERE updated_at >= ?"
            params.append(stamp.db_value(since))
            stamps = [stamp.db_value(t) for t in self.own.stamps_since(since)]
            if stamps:
                sql += f" AND updated_at NOT IN ({', '.join('?' * len(stamps))})"
                params += stamps
        changed: list[uuid.UUID] = []
        for key, text in self._rows(sql, params):
            customer_id = uuid.UUID(str(key))
            updated_at = stamp.python_value(text)
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
        self.own: OwnWrites = own_writes(db)
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
        ours = self.own.pids() if self._conn.notifies else set()
        while self._conn.notifies:
            notify = self._conn.notifies.pop(0)
            if notify.pid in ours:
                continue  # our provisioning clock's writes: it told the views itself
            payload = notify.payload
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
        self._source: _SqliteChanges | _PostgresChanges | None = None  # the worker's
        self._worker = Background(database=database, keep_connection=True, parent=self)
        self._looking = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._look_in_background)
        if monitor is not None:
            monitor.online_changed.connect(self._online_changed)

    @property
    def db(self) -> Database:
        db = self._database
        return db.obj if isinstance(db, DatabaseProxy) else db

    def start(self) -> None:
        """Start listening (from now on: earlier changes are not reported). Waits for the
        worker to take its bearings, the event loop turning meanwhile."""
        self._timer.start()
        try:
            self._worker.call(self._connect, timeout_ms=LOOK_TIMEOUT_MS)
        except (*CONNECTION_ERRORS, *driver_errors(), WaitTimeoutError) as exc:  # type: ignore[misc]
            self._lost(exc)
        except _UnsupportedError:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._worker.run(self._close, lambda _v: None, lambda _e: None)
        self._worker.shutdown()
        self._looking = False

    def is_running(self) -> bool:
        return self._timer.isActive()

    def poll(self) -> list[uuid.UUID]:
        """Look now and report what changed since the last look (tests; the timer looks in the
        background). The look runs on the worker; the event loop turns meanwhile."""
        if self.monitor is not None and not self.monitor.is_online():
            return []
        try:
            ids, everything = self._worker.call(self._look, timeout_ms=LOOK_TIMEOUT_MS)
        except _UnsupportedError:
            self._timer.stop()
            return []
        except Exception as exc:
            self._look_failed(exc)
            return []
        return self._report(ids, everything)

    # -- on the worker

    def _connect(self) -> None:
        self._close()
        db = self.db
        source: _SqliteChanges | _PostgresChanges
        if isinstance(db, SqliteDatabase):
            source = _SqliteChanges(db)
        elif is_postgres(db):
            source = _PostgresChanges(db)
        else:  # another database: no live updates
            raise _UnsupportedError(type(db).__name__)
        source.start()
        self._source = source

    def _look(self) -> tuple[list[uuid.UUID], bool]:
        if self._source is None:
            self._connect()
        assert self._source is not None
        try:
            return self._source.poll()
        except Exception:
            self._close()  # connect again at the next look
            raise

    def _reconnect(self) -> bool:
        self._connect()
        return True

    def _close(self) -> None:
        if self._source is not None:
            self._source.close()
        self._source = None

    # -- on the GUI thread

    def _look_in_background(self) -> None:
        if self._looking or (self.monitor is not None and not self.monitor.is_online()):
            return
        self._looking = True
        self._worker.run(
            self._look, self._looked, self._look_failed, timeout_ms=LOOK_TIMEOUT_MS, late=self._late
        )

    def _looked(self, answer: tuple[list[uuid.UUID], bool]) -> None:
        self._looking = False
        if self._timer.isActive():
            self._report(*answer)

    def _late(self, ok: bool, value: object) -> None:
        self._looking = False  # a look that timed out has ended after all

    def _look_failed(self, error: Exception) -> None:
        if isinstance(error, _UnsupportedError):
            self._looking = False
            self._timer.stop()
            return
        if not isinstance(error, WaitTimeoutError):  # a late look keeps the flag until it ends
            self._looking = False
        if isinstance(error, (*CONNECTION_ERRORS, *driver_errors(), _NotListeningError)):
            self._lost(error)
        else:
            log.error("Live updates: a look failed", exc_info=error)

    def _report(self, ids: list[uuid.UUID], everything: bool) -> list[uuid.UUID]:
        ids = list(dict.fromkeys(ids))  # once each, in order
        if ids:
            self.customers_changed.emit(ids)
        if everything:
            self.book_changed.emit()
        return ids

    def _lost(self, error: BaseException) -> None:
        log.warning("Live updates paused: %s", str(error).strip().splitlines()[:1])
        if self.monitor is not None:
            self.monitor.report_failure(error)

    def _online_changed(self, online: bool) -> None:
        if not online or not self._timer.isActive():
            return
        # Notifications sent while we were away are lost: listen again, then catch up.
        self._worker.run(self._reconnect, lambda _ok: self.book_changed.emit(), self._look_failed)


class _UnsupportedError(Exception):
    """A database without live updates (neither SQLite nor PostgreSQL)."""
