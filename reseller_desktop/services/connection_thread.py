"""Work on a thread and a database connection of its own (peewee keeps one per thread), closed
when the work ends: a second core for the server or the SQLite library, and no connection left
open by a thread that is gone."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from peewee import Database

T = TypeVar("T")


class ConnectionThread(threading.Thread, Generic[T]):
    """Runs ``work`` once started; then ``result`` holds its answer or ``error`` what it raised,
    and ``worked`` is set (before the connection is closed: ``join`` waits for that too)."""

    def __init__(self, db: Database, work: Callable[[], T], name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.db = db
        self.work = work
        self.result: list[T] = []  # its answer, once it has one (an append is atomic)
        self.error: Exception | None = None
        self.worked = threading.Event()

    def run(self) -> None:
        try:
            self.result.append(self.work())
        except Exception as exc:  # the thread that started this one reads it
            self.error = exc
        finally:
            self.worked.set()
            if not self.db.is_closed():
                self.db.close()
