"""Whether the store answers: one place that every timer-driven query reports failures to.

When a query fails with a connection error (the server stopped, the network dropped), its caller
calls ``report_failure``; the monitor goes offline (``online_changed(False)``) once, however many
callers report, and probes the server on a timer with backoff until it answers. A probe opens a
fresh connection, which may take the whole connect timeout (5 s) against a host that does not
answer: it runs in a ``QThreadPool`` worker that touches only the database and hands its verdict
back through a signal to the GUI thread. Back online, ``online_changed(True)`` tells the views to
catch up.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from typing import Any

from peewee import Database, DatabaseProxy, InterfaceError, OperationalError
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from reseller_desktop.store.errors import stopped_by_server
from reseller_desktop.store.models import database_proxy

log = logging.getLogger(__name__)

__all__ = ["ConnectionMonitor", "is_connection_error", "probe", "stopped_by_server"]

# The store's connection errors: anything else is a bug and must not pass for an outage.
CONNECTION_ERRORS: tuple[type[Exception], ...] = (OperationalError, InterfaceError)
FIRST_RETRY_MS = 1000
MAX_RETRY_MS = 30_000


@functools.cache
def driver_errors() -> tuple[type[Exception], ...]:
    """The driver's own connection errors (a raw connection raises them, not peewee's)."""
    errors: list[type[Exception]] = [OSError]
    with contextlib.suppress(ImportError):
        import psycopg2

        errors += [psycopg2.OperationalError, psycopg2.InterfaceError]
    import sqlite3

    errors.append(sqlite3.OperationalError)
    return tuple(errors)


def probe(db: Database) -> bool:
    """Open a new connection to ``db`` and run ``SELECT 1``; True when the server answered.

    Safe in a worker thread: ``_connect`` makes a connection that peewee does not track.
    """
    try:
        conn = db._connect()  # type: ignore[attr-defined]
    except (*CONNECTION_ERRORS, *driver_errors()):
        return False
    try:
        cursor = conn.cursor()
        cursor.execute("SELECT 1")
        cursor.fetchall()
        return True
    except (*CONNECTION_ERRORS, *driver_errors()):
        return False
    finally:
        with contextlib.suppress(Exception):
            conn.close()


class _ProbeDone(QObject):
    """Lives on the GUI thread; the worker emits through it (a queued connection)."""

    finished = Signal(bool)


class _Probe(QRunnable):
    def __init__(self, db: Database, done: _ProbeDone) -> None:
        super().__init__()
        self._db = db
        self._done = done

    def run(self) -> None:
        self._done.finished.emit(probe(self._db))


class ConnectionMonitor(QObject):
    """Online or offline, and reconnecting with backoff while offline."""

    online_changed = Signal(bool)
    suspicion_checked = Signal(bool)  # a late job's probe ended: whether the store answered

    def __init__(
        self,
        database: Database | DatabaseProxy = database_proxy,
        *,
        first_retry_ms: int = FIRST_RETRY_MS,
        max_retry_ms: int = MAX_RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.first_retry_ms = first_retry_ms
        self.max_retry_ms = max_retry_ms
        self._online = True
        self._delay = first_retry_ms
        self._probing = False
        self._stopped = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._done = _ProbeDone(self)
        self._done.finished.connect(self._probed)
        self._suspecting = False
        self._suspect_done = _ProbeDone(self)
        self._suspect_done.finished.connect(self._suspected)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.check_now)
        self.last_error = ""

    @property
    def db(self) -> Database:
        db = self._database
        return db.obj if isinstance(db, DatabaseProxy) else db

    def is_online(self) -> bool:
        return self._online

    def retry_in_ms(self) -> int:
        """When the next probe starts (0: one is running or none is planned)."""
        return self._retry.remainingTime() if self._retry.isActive() else 0

    def report_failure(self, error: BaseException | None = None) -> None:
        """A query failed for want of a connection: go offline (once) and start reconnecting."""
        if error is not None:
            self.last_error = str(error).strip().splitlines()[0] if str(error).strip() else ""
        if self._stopped or not self._online:
            return
        log.warning("The database is unavailable (%s): reconnecting", self.last_error or "?")
        self._online = False
        self._delay = self.first_retry_ms
        self._retry.start(self._delay)
        self.online_changed.emit(False)

    def suspect(self) -> None:
        """A job is late (it waits on Partner Center, or on a slow query): probe the store and go
        offline only if it does not answer (Microsoft being slow is not a database outage)."""
        if self._online and not self._stopped and not self._suspecting:
            self._suspecting = True
            self._pool.start(_Probe(self.db, self._suspect_done))

    def _suspected(self, answered: bool) -> None:
        self._suspecting = False
        if not answered:
            self.report_failure(TimeoutError("no answer within the time limit"))
        self.suspicion_checked.emit(answered)

    def check_now(self) -> None:
        """Probe the server now (offline only; a probe already running is not doubled)."""
        if self._online or self._probing or self._stopped:
            return
        self._retry.stop()
        self._probing = True
        self._pool.start(_Probe(self.db, self._done))

    def _probed(self, answered: bool) -> None:
        self._probing = False
        if self._stopped or self._online:
            return
        if not answered:
            self._delay = min(self._delay * 2, self.max_retry_ms)
            self._retry.start(self._delay)
            return
        log.info("The database answers again")
        self._online = True
        self.last_error = ""
        self.online_changed.emit(True)

    def stop(self) -> None:
        """No more probes; waits for a running one (at most the connect timeout)."""
        self._stopped = True
        self._retry.stop()
        self._pool.waitForDone()


def is_connection_error(error: Any) -> bool:
    """Whether ``error`` says the store cannot be reached. A statement the server itself stopped
    at its time-out is not one: the store answers, it is busy or the query slow."""
    return isinstance(error, CONNECTION_ERRORS) and not stopped_by_server(error)
