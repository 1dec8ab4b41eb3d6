"""Two reads at once on two connections of one SQLite book: the first answer wins, the other is
stopped and its connection closed."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from peewee import OperationalError, SqliteDatabase

from reseller_desktop.services.read_race import first_of

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


def quick(db: SqliteDatabase) -> int:
    return int(db.execute_sql("SELECT sum(x) FROM t").fetchone()[0])


def endless(db: SqliteDatabase) -> int:
    return int(db.execute_sql(ENDLESS).fetchone()[0])


def test_the_read_alongside_answers_when_it_finishes_first(db: Recorded) -> None:
    threads = threading.active_count()
    started = time.monotonic()
    assert first_of(db, lambda: endless(db), lambda: quick(db), check_steps=100) == 6
    assert time.monotonic() - started < 5, "the endless read was stopped"
    assert threading.active_count() == threads and not db.is_closed()
    assert quick(db) == 6, "this thread's connection still reads"


def test_this_threads_read_answers_and_the_other_is_stopped(db: Recorded) -> None:
    threads = threading.active_count()
    started = time.monotonic()
    assert first_of(db, lambda: quick(db), lambda: endless(db), check_steps=100) == 6
    assert time.monotonic() - started < 5
    assert threading.active_count() == threads, "the other read's thread has ended"
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
