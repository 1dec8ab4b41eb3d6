"""Two reads at once on two connections: the first answer wins, the other is stopped. SQLite's
other read has a connection of its own, closed by its thread after the answer; PostgreSQL's two
reads run on lanes whose connections stay open between races, the loser canceled by the
server."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import Database, OperationalError, ProgrammingError, SqliteDatabase

from reseller_desktop.services.read_race import RaceLanes, first_of
from reseller_desktop.store.postgres import postgres_database

# Reads that would take minutes: SQLite's progress handler stops them first.
ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 300000000) "
    "SELECT count(*) FROM n"
)


class Recorded(SqliteDatabase):
    """Says which connections it opened and closed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.opened: list[Any] = []
        self.closed: list[Any] = []

    def _connect(self) -> Any:
        self.opened.append(super()._connect())
        return self.opened[-1]

    def _close(self, conn: Any) -> None:
        self.closed.append(conn)
        super()._close(conn)


@pytest.fixture
def db(tmp_path: Path) -> Recorded:
    database = Recorded(str(tmp_path / "book.db"), pragmas={"journal_mode": "wal"})
    database.execute_sql("CREATE TABLE t (x INTEGER)")
    database.execute_sql("INSERT INTO t VALUES (1), (2), (3)")
    return database


def threads_end(count: int) -> bool:
    """Whether the threads beyond ``count`` end (the other read's closes its connection after
    the answer), within a few seconds."""
    for thread in threading.enumerate():
        if thread.name == "list-read":
            thread.join(timeout=5)
    return threading.active_count() == count


def quick(db: SqliteDatabase) -> int:
    return int(db.execute_sql("SELECT sum(x) FROM t").fetchone()[0])


def endless(db: SqliteDatabase) -> int:
    return int(db.execute_sql(ENDLESS).fetchone()[0])


def test_the_read_alongside_answers_when_it_finishes_first(db: Recorded) -> None:
    threads = threading.active_count()
    started = time.monotonic()
    assert first_of(db, lambda: endless(db), lambda: quick(db), check_steps=100) == 6
    assert time.monotonic() - started < 5, "the endless read was stopped"
    assert threads_end(threads) and not db.is_closed()
    assert quick(db) == 6, "this thread's connection still reads"


def test_this_threads_read_answers_and_the_other_is_stopped(db: Recorded) -> None:
    threads = threading.active_count()
    started = time.monotonic()
    assert first_of(db, lambda: quick(db), lambda: endless(db), check_steps=100) == 6
    assert time.monotonic() - started < 5
    assert threads_end(threads), "the other read's thread ends"
    # It read on a connection of its own, closed since; this thread's is still open.
    mine = db.connection()
    assert len(db.opened) == 2 and db.closed == [c for c in db.opened if c is not mine]


def test_an_error_is_raised_only_when_both_reads_fail(db: Recorded) -> None:
    def broken() -> int:
        return int(db.execute_sql("SELECT * FROM missing").fetchone()[0])

    assert first_of(db, broken, lambda: quick(db), check_steps=100) == 6
    assert first_of(db, lambda: quick(db), broken, check_steps=100) == 6
    with pytest.raises(OperationalError, match="missing"):
        first_of(db, broken, broken, check_steps=100)


# ----------------------------------------------------------------------------------------------
# PostgreSQL: RaceLanes


@pytest.fixture
def lanes(postgres_url: str) -> Iterator[tuple[RaceLanes, Database]]:
    db = postgres_database(postgres_url)
    race = RaceLanes(db)
    yield race, db
    race.close()
    db.close()


def backend(db: Database) -> int:
    return int(db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])


def sleeping(db: Database, seconds: float) -> int:
    """A read that takes ``seconds`` on the server (unless canceled)."""
    db.execute_sql("SELECT pg_sleep(%s)", (seconds,))
    return -1


def running(db: Database, pid: int) -> str:
    """What the server process ``pid`` is doing ('' once it has gone)."""
    row = db.execute_sql("SELECT state FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
    return str(row[0]) if row else ""


def test_the_first_answer_wins_and_the_server_stops_the_other_read(
    lanes: tuple[RaceLanes, Database],
) -> None:
    race, db = lanes
    pids: list[int] = []

    def slow() -> int:
        pids.append(backend(db))
        return sleeping(db, 60)

    def quick() -> int:
        return backend(db)

    started = time.monotonic()
    winner = race.first_of(slow, quick)
    assert time.monotonic() - started < 10, "the race did not wait for the 60 s read"
    assert winner != pids[0] and running(db, pids[0]) == "idle", "the 60 s read was canceled"
    # The lanes' connections stay open for the next race, which reads on the same two.
    again: list[int] = []
    assert race.first_of(lambda: again.append(backend(db)) or None, quick) in (winner, pids[0])
    assert set(again) <= {winner, pids[0]} and again


def test_a_read_without_an_answer_waits_for_the_other(
    lanes: tuple[RaceLanes, Database],
) -> None:
    race, db = lanes
    assert race.first_of(lambda: None, lambda: sleeping(db, 0.2) and 7) == 7
    assert race.first_of(lambda: sleeping(db, 0.2) and 8, lambda: None) == 8


def test_an_error_is_raised_only_when_neither_read_answers(
    lanes: tuple[RaceLanes, Database],
) -> None:
    race, db = lanes

    def broken() -> int:
        return int(db.execute_sql("SELECT * FROM missing").fetchone()[0])

    assert race.first_of(broken, lambda: backend(db)) > 0
    with pytest.raises(ProgrammingError, match="missing"):
        race.first_of(broken, lambda: None)
    with pytest.raises(LookupError):
        race.first_of(lambda: None, lambda: None)
    assert race.first_of(lambda: backend(db), broken) > 0  # the lanes still read


def test_closing_the_lanes_closes_their_connections(lanes: tuple[RaceLanes, Database]) -> None:
    race, db = lanes
    pids: list[int] = []
    race.first_of(lambda: pids.append(backend(db)) or None, lambda: pids.append(backend(db)) or 1)
    assert len(pids) == 2 and all(running(db, pid) == "idle" for pid in pids)
    race.close()
    waited = time.monotonic()
    while any(running(db, pid) for pid in pids) and time.monotonic() - waited < 10:
        db.execute_sql("SELECT pg_sleep(0.05)")  # the server drops a closed connection's process
    assert not any(running(db, pid) for pid in pids)
