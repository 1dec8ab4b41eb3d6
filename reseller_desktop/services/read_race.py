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

import threading
from collections.abc import Callable
from typing import TypeVar

from peewee import Database

from reseller_desktop.services.connection_thread import ConnectionThread

T = TypeVar("T")
CHECK_STEPS = 20_000  # SQLite virtual machine steps between two questions (a few ms at most)


def first_of(
    db: Database,
    here: Callable[[], T],
    there: Callable[[], T],
    check_steps: int = CHECK_STEPS,
) -> T:
    """What ``here`` (on this thread's connection) or ``there`` (on a thread and connection of its
    own) returns first; the other is stopped and its connection closed before this returns. An
    error of one is raised only when the other failed too."""
    stop = threading.Event()  # set: ``here`` answered first

    def stoppable() -> T:
        db.connection().set_progress_handler(stop.is_set, check_steps)
        return there()

    other: ConnectionThread[T] = ConnectionThread(db, stoppable, "list-read")
    connection = db.connection()
    other.start()
    connection.set_progress_handler(lambda: bool(other.result), check_steps)
    try:
        mine = here()
    except Exception:
        # Stopped because the other answered, or failed: the other's answer, if it has one.
        other.join()
        if other.result:
            return other.result[0]
        raise
    except BaseException:
        stop.set()
        other.join()
        raise
    finally:
        connection.set_progress_handler(None, 0)
    stop.set()
    other.join()
    return mine
