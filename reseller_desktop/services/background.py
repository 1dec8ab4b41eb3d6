"""Blocking work (the store, Partner Center) on worker threads, answers on the GUI thread.

``Background.run(call, done, failed)`` runs ``call`` in a ``QThreadPool`` worker; its value or its
exception comes back through a signal of a QObject that lives on the GUI thread (a queued
connection), so callbacks run there and may touch widgets. Every wait has a limit: with
``timeout_ms`` the caller hears ``WaitTimeoutError`` when the answer is late (a frozen server); the
worker itself stays blocked until the server answers or its own timeout fires, and its late answer
is delivered to ``late`` if given, else dropped.

Each job closes its thread's database connection when it ends (peewee keeps one per thread), so no
connection outlives its job in an idle pool thread; a ``keep_connection`` pool (one thread that
never expires) keeps its connection instead, for frequent short reads.

A kept pool may also be given ``when_idle``: ``(ms, call)``, run on its thread once no job has
come for ``ms`` after the last one ended (the list's reader gives back its SQLite memory map).

``call(call, timeout_ms)`` is the synchronous form, for code that needs the answer before it goes
on (a table model's page): the worker runs the call while a local event loop keeps the window
painting and reacting; past the limit it raises ``WaitTimeoutError``. Callers must expect other
events to run meanwhile (a newer query, a closed window) and check that the answer still applies.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import Database, DatabaseProxy, OperationalError
from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal

from reseller_desktop.store.models import database_proxy

log = logging.getLogger(__name__)
# How often a patient wait asks again whether to go on waiting, once the time limit passed.
PATIENCE_POLL_MS = 250
# How long a thread may run Python code before another one that waits gets the interpreter
# (Python's default: 5 ms). Workers that compute (the provisioning catch-up plans and writes
# batches on several connections) would otherwise keep the GUI thread waiting for it at every
# call into Python of a paint or a timer: event-loop turns of 30-50 ms where they take 5-15.
SWITCH_INTERVAL_S = 0.001


def favour_the_gui_thread() -> None:
    """Hand the interpreter over between threads every ``SWITCH_INTERVAL_S`` (at most)."""
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)


class WaitTimeoutError(OperationalError):
    """The store or the service did not answer within the limit (a connection problem)."""


class _Relay(QObject):
    finished = Signal(int, bool, object)  # job number, succeeded, value or exception


def _resolved(database: Database | DatabaseProxy) -> Database:
    """The database behind ``database`` (a proxy's is None until a store is bound)."""
    return database.obj if isinstance(database, DatabaseProxy) else database


class _Kept:
    """The kept pool's connection, carried from one job to the next.

    peewee keeps a connection per thread in a ``threading.local``; a Qt pool thread is not a
    Python thread, and each job gets a new Python thread state, which drops that local: every
    read would open (and the garbage collector close) a connection of its own, a few ms each on
    PostgreSQL. The connection is handed back to peewee at the start of each job instead."""

    def __init__(self, database: Database | DatabaseProxy) -> None:
        self.database = database
        self._db: Database | None = None
        self._conn: Any = None

    def restore(self) -> None:
        db = _resolved(self.database)
        if self._conn is not None and self._db is db and db.is_closed():
            db._state.set_connection(self._conn)  # type: ignore[attr-defined]

    def keep(self) -> None:
        db = _resolved(self.database)  # (None: no store bound yet)
        if db is None or db.is_closed():
            self._db, self._conn = None, None
        else:
            self._db, self._conn = db, db._state.conn  # type: ignore[attr-defined]

    def close(self) -> None:
        self.restore()
        db = _resolved(self.database)
        if db is not None and not db.is_closed():
            with contextlib.suppress(Exception):
                db.close()
        self._db = self._conn = None


class _Job(QRunnable):
    def __init__(
        self,
        number: int,
        call: Callable[[], Any],
        relay: _Relay,
        database: Database | DatabaseProxy | None,
        kept: _Kept | None = None,
    ) -> None:
        super().__init__()
        self._number = number
        self._call = call
        self._relay = relay
        self._database = database  # closed after the job (None: a kept pool's)
        self._kept = kept

    def run(self) -> None:
        if self._kept is not None:
            self._kept.restore()
        try:
            value, ok = self._call(), True
        except Exception as exc:  # handed to the GUI thread, which decides
            value, ok = exc, False
        finally:
            if self._kept is not None:
                self._kept.keep()
            elif self._database is not None:
                db = _resolved(self._database)
                if db is not None and not db.is_closed():  # (None: no store bound yet)
                    with contextlib.suppress(Exception):
                        db.close()
        self._relay.finished.emit(self._number, ok, value)


@dataclass
class _Pending:
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]
    late: Callable[[bool, Any], None] | None
    timed_out: bool = False


class Background(QObject):
    """Runs blocking calls off the GUI thread (see the module's docstring)."""

    def __init__(
        self,
        *,
        threads: int = 2,
        database: Database | DatabaseProxy = database_proxy,
        keep_connection: bool = False,
        when_idle: tuple[int, Callable[[], None]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        favour_the_gui_thread()  # this object's workers run Python beside the GUI thread
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1 if keep_connection else threads)
        if keep_connection:
            self._pool.setExpiryTimeout(-1)  # the one thread, and its connection, stay
        self._database: Database | DatabaseProxy | None = None if keep_connection else database
        self._kept = _Kept(database) if keep_connection else None
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._idle: QTimer | None = None
        if when_idle is not None and self._kept is not None:
            idle_ms, self._idle_call = when_idle
            self._idle = QTimer(self)
            self._idle.setSingleShot(True)
            self._idle.setInterval(idle_ms)
            self._idle.timeout.connect(self._on_idle)

    def run(
        self,
        call: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        timeout_ms: int | None = None,
        late: Callable[[bool, Any], None] | None = None,
    ) -> int:
        """Start ``call``; return the job's number (for ``forget``)."""
        number = next(self._numbers)
        if self._idle is not None:
            self._idle.stop()
        pending = _Pending(done, failed, late)
        self._pending[number] = pending
        if timeout_ms is not None:
            # No timer object per job: a single shot that finds nothing to do if the job ended.
            QTimer.singleShot(timeout_ms, self, lambda: self._timed_out(number))
        self._pool.start(_Job(number, call, self._relay, self._database, self._kept))
        return number

    def call(
        self,
        call: Callable[[], Any],
        *,
        timeout_ms: int,
        patience: Callable[[], bool] | None = None,
    ) -> Any:
        """Run ``call`` on the worker and return its value (or raise its exception), keeping the
        event loop turning meanwhile; ``WaitTimeoutError`` past ``timeout_ms``.

        With ``patience``, a late answer is not given up at once: ``patience()`` is asked at
        ``timeout_ms`` and then every ``PATIENCE_POLL_MS``, and the wait goes on while it says
        True (a slow query on a server that still answers is not an outage)."""
        answer: list[tuple[bool, Any]] = []
        loop = QEventLoop()

        def done(value: Any) -> None:
            answer.append((True, value))
            loop.quit()

        def failed(error: Exception) -> None:
            answer.append((False, error))
            loop.quit()

        number = self.run(call, done, failed)
        late = QTimer()
        late.setSingleShot(True)
        # ``waited`` reaches the timer through this list, emptied when the wait ends: the timer's
        # connection holds ``waited``, and a closure holding the timer itself would make a cycle
        # through Qt that Python's collector cannot see, keeping every answer (a page of rows per
        # read: 860 MB after scrolling a million customers). (Disconnecting ``waited`` instead
        # failed now and then: PySide did not find the connection.)
        timer = [late]

        def waited() -> None:
            if answer or not timer:
                return
            if patience is not None and patience():
                timer[0].start(min(timeout_ms, PATIENCE_POLL_MS))
                return
            self.forget(number)  # its answer, when it comes, goes nowhere
            log.warning("A background job is late: the store or the service does not answer")
            failed(WaitTimeoutError("no answer within the time limit"))

        late.timeout.connect(waited)
        late.start(timeout_ms)
        try:
            if not answer:  # it may have answered already, if the loop ran in between
                loop.exec()
        finally:
            late.stop()
            timer.clear()
        ok, value = answer[0]
        if not ok:
            raise value
        return value

    def shutdown(self, wait_ms: int = 2000) -> None:
        """Forget every pending answer; close the kept connection on its own thread."""
        self._pending.clear()
        if self._idle is not None:
            self._idle.stop()
            self._idle = None  # a job ending after this starts no more idle work
        kept = self._kept
        if kept is not None:
            self._pool.start(_Job(0, kept.close, self._relay, None))
        self._pool.waitForDone(wait_ms)

    def busy(self) -> bool:
        return bool(self._pending)

    def forget(self, number: int) -> None:
        """Drop a job's callbacks (its window closed): its answer goes nowhere."""
        self._pending.pop(number, None)

    def wait(self, ms: int = -1) -> bool:
        """Wait for the running jobs (tests, shutting down); False when some are still running."""
        return self._pool.waitForDone(ms)

    def _timed_out(self, number: int) -> None:
        pending = self._pending.get(number)
        if pending is None or pending.timed_out:
            return
        pending.timed_out = True
        if pending.late is None:
            self._pending.pop(number, None)
        log.warning("A background job is late: the store or the service does not answer")
        pending.failed(WaitTimeoutError("no answer within the time limit"))

    def _on_idle(self) -> None:
        if not self._pending:  # (job 0: its answer goes nowhere, and starts no timer)
            self._pool.start(_Job(0, self._idle_call, self._relay, None, self._kept))

    def _finished(self, number: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(number, None)
        if self._idle is not None and number and not self._pending:
            self._idle.start()  # (restarted by every job that ends; stopped by a new one)
        if pending is None:
            return
        if pending.timed_out:
            if pending.late is not None:
                pending.late(ok, value)
            return
        if ok:
            pending.done(value)
        else:
            pending.failed(value if isinstance(value, Exception) else RuntimeError(str(value)))
