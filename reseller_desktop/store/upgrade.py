"""The upgrade of an existing book on a thread of its own, which the user can stop.

A big book's upgrade takes minutes (an index of ten million customers: a quarter of an hour): the
window must keep painting and say where it stands. Each step is a transaction, so stopping
rolls back only the step under way; the next start goes on from there.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from peewee import Database, SqliteDatabase

from reseller_desktop.store.errors import StoreError
from reseller_desktop.store.migrations import MigrationProgress, latest_version, migrate

log = logging.getLogger(__name__)


class UpgradeStoppedError(StoreError):
    """The user stopped the upgrade: the steps done are kept, the rest runs at the next start."""

    def __init__(self) -> None:
        super().__init__(
            "The update of the customer database was stopped. The steps already done are kept; the "
            "update goes on the next time Reseller Desktop starts."
        )


def upgrade_pending(version: int) -> bool:
    """Whether a book at schema ``version`` (``current_version``) was written by an earlier
    version of the app (a new book, at 0, is made at once)."""
    return 0 < version < latest_version()


class BookUpgrade:
    """``migrate`` run by ``run`` on a worker thread; the other thread reads ``progress`` and may
    call ``stop``. The worker uses a connection of its own (peewee's are per thread) and closes it.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._stopping = threading.Event()
        self._connection: Any = None
        self.progress: MigrationProgress | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self._connection = self._db.connection()
            if self._stopping.is_set():
                raise UpgradeStoppedError
            migrate(self._db, self._report)
        except BaseException as exc:  # handed to the thread that waits
            self.error = UpgradeStoppedError() if self._stopping.is_set() else exc
        finally:
            self._connection = None
            self._db.close()  # this thread's connection
            self.done.set()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def stop(self) -> None:
        """Stop at once: the statement under way is cancelled and its step rolled back.

        Call it again until ``done``: a cancel that reaches the connection between two
        statements is lost (SQLite, PostgreSQL), and the step's next statement would run on.
        """
        if not self._stopping.is_set():
            log.info("The user stopped the upgrade of the book")
            self._stopping.set()
        connection = self._connection
        if connection is None:
            return
        # Both are made to be called from another thread while a statement runs.
        if isinstance(self._db, SqliteDatabase):
            connection.interrupt()
        else:
            connection.cancel()

    def _report(self, progress: MigrationProgress) -> None:
        if self._stopping.is_set():
            raise UpgradeStoppedError
        self.progress = progress
