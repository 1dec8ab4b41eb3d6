"""Two ways to read the same rows, run at once on two connections (two cores): the first to
finish answers, the other is stopped.

SQLite's list has reads whose cost it cannot tell beforehand: walking a sort index against the
set of a search's matches is cheap when the matches sort near the top and dear when they sort
far from it, where fetching and sorting every match costs about the same wherever they sort.
Running both and keeping the first costs the faster of the two (plus a connection: ~1 ms), where
trying one for a while and then the other costs up to both. The other read runs on a thread and
connection of its own (closed after); each is stopped by SQLite's progress handler, which asks
every ``check_steps`` steps of its virtual machine whether to go on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from peewee import Database

log = logging.getLogger(__name__)

T = TypeVar("T")
CHECK_STEPS = 20_000  # SQLite virtual machine steps between two questions (a few ms at most)


class _Other(threading.Thread, Generic[T]):
    """The read run alongside, on this thread's own connection."""

    def __init__(self, db: Database, read: Callable[[], T], check_steps: int) -> None:
        super().__init__(name="list-read", daemon=True)
        self.db = db
        self.read = read
        self.check_steps = check_steps
        self.stop = threading.Event()  # set: the other read answered first
        self.answered = threading.Event()
        self.result: list[T] = []  # its answer, once it has one

    def run(self) -> None:
        try:
            connection = self.db.connection()
            connection.set_progress_handler(self.stop.is_set, self.check_steps)
            self.result.append(self.read())
            self.answered.set()
        except Exception as exc:  # stopped, or failed: first_of raises its own read's error
            log.debug("The read alongside ended without an answer: %s", exc)
        finally:
            if not self.db.is_closed():
                self.db.close()


def first_of(
    db: Database,
    here: Callable[[], T],
    there: Callable[[], T],
    check_steps: int = CHECK_STEPS,
) -> T:
    """What ``here`` (on this thread's connection) or ``there`` (on a thread and connection of its
    own) returns first; the other is stopped and its connection closed before this returns. An
    error of one is raised only when the other failed too."""
    other: _Other[T] = _Other(db, there, check_steps)
    connection = db.connection()
    other.start()
    connection.set_progress_handler(other.answered.is_set, check_steps)
    try:
        mine = here()
    except Exception:
        # Stopped because the other answered, or failed: the other's answer, if it has one.
        other.join()
        if other.result:
            return other.result[0]
        raise
    except BaseException:
        other.stop.set()
        other.join()
        raise
    finally:
        connection.set_progress_handler(None, 0)
    other.stop.set()
    other.join()
    return mine
