"""Two ways to read the same rows, run at once on two connections (two cores): the first to
finish answers, the other is stopped.

The list has reads whose cost it cannot tell beforehand: walking a sort index (alone, or against
the set of a search's matches) is cheap when the matches sort near the top and dear when they
sort far from it, where fetching and sorting every match costs about the same wherever they
sort. Running both and keeping the first costs the faster of the two (plus a connection), where
trying one for a while and then the other costs up to both.

- SQLite (``first_of``): the other read runs on a thread and connection of its own, closed by
  that thread once its read has ended, while the answer is shown (closing it unmaps the pages of
  the book it read: 24 ms after fetching 100,000 matches); each is stopped by SQLite's progress
  handler, which asks every ``check_steps`` steps of its virtual machine whether to go on.
- PostgreSQL (``RaceLanes``): both reads run on threads whose connections stay open between
  races; the loser's statement is canceled by the server (libpq's cancel request).
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

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
    own) returns first; the other is stopped before this returns (``there``'s connection is
    closed by its thread after). An error of one is raised only when the other failed too."""
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
        other.worked.wait()
        if other.result:
            return other.result[0]
        raise
    except BaseException:
        stop.set()
        other.worked.wait()
        raise
    finally:
        connection.set_progress_handler(None, 0)
    stop.set()
    other.worked.wait()
    return mine


# How long the winner waits for the canceled read to end; a lane that takes longer is left to
# end by itself (and a new one serves the next race).
CANCEL_WAIT_S = 2.0
CANCEL_AGAIN_S = 0.05  # ... asking the server again this often
# A lane's connection is closed after this long without a race.
LANE_IDLE_S = 60.0


class _Lane(threading.Thread):
    """A thread whose connection stays open between the reads it is given (see ``RaceLanes``)."""

    def __init__(self, db: Database, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.db = db
        self.tasks: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self.connection: Any = None  # its driver connection, once open (for a cancel)
        self.start()

    def run(self) -> None:
        try:
            while True:
                try:
                    task = self.tasks.get(timeout=LANE_IDLE_S)
                except queue.Empty:
                    return
                if task is None:
                    return
                try:
                    self.connection = self.db.connection()
                except Exception:  # the read fails the same way, and says so
                    self.connection = None
                task()
        finally:
            self.connection = None
            if not self.db.is_closed():
                self.db.close()


class RaceLanes:
    """PostgreSQL: two reads of the same rows at once, the first answer kept, the other's
    statement canceled by the server (libpq's cancel request).

    Each read runs on a lane: a thread with a connection of its own, kept open between races
    (a new server process pays ~60 ms more for its first big read, while its page table of the
    shared buffers fills) and closed after ``LANE_IDLE_S`` without one. A cancel request reaches
    whatever its connection runs when it arrives, so it goes only to a lane, which runs nothing
    but race reads, and a race ends only once both reads have (the loser canceled): a late
    cancel cannot reach the next race's read. One race at a time."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lanes: list[_Lane | None] = [None, None]
        self._lock = threading.Lock()

    def _lane(self, index: int) -> _Lane:
        lane = self._lanes[index]
        if lane is None or not lane.is_alive():
            lane = self._lanes[index] = _Lane(self.db, f"list-race-{index}")
        return lane

    def first_of(self, one: Callable[[], T | None], other: Callable[[], T | None]) -> T:
        """What ``one`` or ``other`` returns first; None is no answer (a read out of its own
        time). An error of one is raised only when the other has no answer either (the first
        error, or LookupError when both came back without one)."""
        with self._lock:
            outcomes: queue.Queue[tuple[int, bool, Any]] = queue.Queue()
            lanes = [self._lane(0), self._lane(1)]
            for index, (lane, read) in enumerate(zip(lanes, (one, other), strict=True)):
                lane.tasks.put(_task(index, read, outcomes))
            index, ok, value = outcomes.get()
            if ok and value is not None:
                loser = 1 - index
                if not self._stopped(lanes[loser], outcomes):
                    # Left to end by itself; a new lane serves the next race.
                    self._lanes[loser] = None
                    lanes[loser].tasks.put(None)
                return value  # type: ignore[no-any-return]
            first_error = None if ok else value
            _index, ok, value = outcomes.get()
            if ok and value is not None:
                return value  # type: ignore[no-any-return]
            error = first_error or (None if ok else value)
            raise error if error is not None else LookupError("neither read answered")

    @staticmethod
    def _stopped(lane: _Lane, outcomes: queue.Queue[tuple[int, bool, Any]]) -> bool:
        """Cancel ``lane``'s read until it ends (False: not within ``CANCEL_WAIT_S``). Again
        and again: the server drops a cancel that arrives while the connection runs nothing
        (the read's statement not begun yet, its connection just opened), or after it."""
        deadline = time.monotonic() + CANCEL_WAIT_S
        while time.monotonic() < deadline:
            connection = lane.connection
            if connection is not None:
                # (A connection that has closed meanwhile refuses: its read is over.)
                with contextlib.suppress(Exception):
                    connection.cancel()
            try:
                outcomes.get(timeout=CANCEL_AGAIN_S)
                return True
            except queue.Empty:
                continue
        return False

    def close(self) -> None:
        """End the lanes (their connections closed) once their reads are done."""
        for lane in self._lanes:
            if lane is not None:
                lane.tasks.put(None)
        self._lanes = [None, None]


def _task(
    index: int, read: Callable[[], T | None], outcomes: queue.Queue[tuple[int, bool, Any]]
) -> Callable[[], None]:
    def run() -> None:
        try:
            outcomes.put((index, True, read()))
        except Exception as exc:  # handed over to the racing thread
            outcomes.put((index, False, exc))

    return run
