"""An older book's upgrade on a thread of its own: it says where it stands, and the user can stop
it in the middle of a long statement; the step under way is rolled back, the steps done are kept,
and the next start finishes the work.

The steps added here are extra steps on top of today's schema: a real long statement (a count to a
billion on SQLite, a sleep on PostgreSQL) stands for building an index on a big book.
"""

from __future__ import annotations

import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import Database, DatabaseError, SqliteDatabase

from reseller_desktop.store import migrations
from reseller_desktop.store.database import (
    BUSY_TIMEOUT_MS,
    close_store,
    current_sqlite_file,
    open_store,
)
from reseller_desktop.store.migrations import MigrationProgress
from reseller_desktop.store.postgres import LOCK_TIMEOUT_MS, MIGRATION_LOCK_KEY
from reseller_desktop.store.upgrade import BookUpgrade, UpgradeStoppedError, upgrade_pending

STOP_WITHIN_S = 5.0  # the long statement runs for a minute or more when nothing stops it


def long_statement(db: Database) -> None:
    if isinstance(db, SqliteDatabase):
        db.execute_sql(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
            "WHERE x < 1000000000) SELECT count(*) FROM n"
        )
    else:
        db.execute_sql("SELECT pg_sleep(120)")


def add_marker(db: Database) -> None:
    db.execute_sql("CREATE TABLE upgrade_marker (id INTEGER)")


def remove_marker(db: Database) -> None:
    db.execute_sql("DROP TABLE upgrade_marker")


def build_long_step(db: Database) -> None:
    add_marker(db)  # written inside the step: the stop must roll it back
    long_statement(db)


def build_optional_long_step(db: Database) -> None:
    """As the index steps do: what fails for want of a privilege is left out, the step goes on."""
    add_marker(db)
    try:
        with db.atomic():  # a savepoint
            long_statement(db)
    except DatabaseError:
        pass


@pytest.fixture(params=["sqlite", "postgresql"])
def book_url(request: pytest.FixtureRequest) -> str | None:
    """A fresh book (SQLite in the data folder, or an empty PostgreSQL database) at today's
    schema."""
    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    open_store(url, request.getfixturevalue("data_dir"))
    close_store()
    return url


def not_upgraded(url: str | None, data_dir: Path) -> Database:
    return open_store(url, data_dir, upgrade=lambda _db: None)


def has_marker(db: Database) -> bool:
    return db.table_exists("upgrade_marker")


def test_progress_names_each_step_of_this_upgrade(
    book_url: str | None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = migrations.latest_version()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, add_marker, remove_marker])
    db = not_upgraded(book_url, data_dir)
    assert upgrade_pending(migrations.current_version(db))
    told: list[MigrationProgress] = []
    assert migrations.migrate(db, told.append) == today + 2
    steps = [(p.step, p.steps, p.name, p.fraction) for p in told if p.name != "backup"]
    assert steps == [
        (1, 2, "add_marker", None),  # started
        (1, 2, "add_marker", 1.0),  # done, about to be committed
        (2, 2, "remove_marker", None),
        (2, 2, "remove_marker", 1.0),
    ]
    copy = [p.fraction for p in told if p.name == "backup"]
    if isinstance(db, SqliteDatabase):  # the file is copied aside first, and says how far
        assert copy[0] == 0.0 and copy[-1] == 1.0
        assert copy == sorted(copy)
        assert all(p.step == 0 and p.steps == 2 for p in told if p.name == "backup")
    else:
        assert copy == []  # a team database is backed up by its administrators
    assert not upgrade_pending(migrations.current_version(db))
    close_store()


@pytest.mark.parametrize("long_step", [build_long_step, build_optional_long_step])
def test_a_stopped_upgrade_rolls_back_the_step_under_way_and_keeps_the_steps_done(
    book_url: str | None,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    long_step: Callable[[Database], None],
) -> None:
    today = migrations.latest_version()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, remove_marker_if_any, long_step])
    db = not_upgraded(book_url, data_dir)
    upgrade = BookUpgrade(db)
    worker = threading.Thread(target=upgrade.run)
    worker.start()
    deadline = time.monotonic() + 30
    while (upgrade.progress is None or upgrade.progress.name != long_step.__name__) and (
        time.monotonic() < deadline
    ):
        upgrade.done.wait(0.01)
    assert upgrade.progress is not None and upgrade.progress.step == 2
    stop_until_done(upgrade)
    worker.join()
    assert isinstance(upgrade.error, UpgradeStoppedError)
    assert "goes on the next time" in str(upgrade.error)
    assert migrations.current_version(db) == today + 1, "the first step is kept"
    assert not has_marker(db), "the stopped step left nothing"
    close_store()

    # The next start runs the rest (here without the long statement).
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS[:-1], add_marker])
    db = open_store(book_url, data_dir)
    assert migrations.current_version(db) == today + 2
    assert has_marker(db)
    close_store()


def remove_marker_if_any(db: Database) -> None:
    db.execute_sql("DROP TABLE IF EXISTS upgrade_marker")


def test_an_upgrade_stopped_before_it_starts_changes_nothing(
    book_url: str | None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = migrations.latest_version()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, add_marker])
    db = not_upgraded(book_url, data_dir)
    upgrade = BookUpgrade(db)
    upgrade.stop()
    upgrade.run()
    assert isinstance(upgrade.error, UpgradeStoppedError)
    assert migrations.current_version(db) == today
    assert not has_marker(db)
    close_store()


def test_an_error_in_a_step_reaches_the_waiting_thread(
    book_url: str | None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: Database) -> None:
        db.execute_sql("SELECT * FROM no_such_table")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    db = not_upgraded(book_url, data_dir)
    upgrade = BookUpgrade(db)
    worker = threading.Thread(target=upgrade.run)
    worker.start()
    worker.join(30)
    assert upgrade.done.is_set()
    assert upgrade.error is not None and "no_such_table" in str(upgrade.error)
    assert not isinstance(upgrade.error, UpgradeStoppedError)
    close_store()


def test_a_backup_stopped_half_way_leaves_no_partial_copy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(None, data_dir)
    close_store()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, add_marker])
    monkeypatch.setattr(migrations, "_BACKUP_PAGES", 2)  # many reports, even for a small file
    db = not_upgraded(None, data_dir)
    told: list[float | None] = []

    def stop_half_way(progress: MigrationProgress) -> None:
        told.append(progress.fraction)
        if progress.fraction is not None and progress.fraction >= 0.5:
            raise UpgradeStoppedError

    with pytest.raises(UpgradeStoppedError):
        migrations.migrate(db, stop_half_way)
    assert 0 < told[-2] < 0.5 <= told[-1] < 1, "stopped while copying"
    assert [p.name for p in data_dir.iterdir() if ".bak" in p.name] == []
    assert not has_marker(db)
    close_store()


@pytest.fixture(params=["sqlite", "postgresql"])
def other_desktop_migrating(
    request: pytest.FixtureRequest, data_dir: Path
) -> Iterator[tuple[str | None, Any]]:
    """A book at today's schema, and another desktop's connection that holds the migration
    lock, as while it runs a step (``release()`` ends its step): on SQLite, the file's write
    lock; on PostgreSQL, the advisory lock."""
    if request.param == "sqlite":
        open_store(None, data_dir)
        path = current_sqlite_file()
        close_store()
        assert path is not None
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        yield None, other
        other.close()
        return
    postgres_url = request.getfixturevalue("postgres_url")
    open_store(postgres_url, Path(tempfile.mkdtemp()))
    close_store()
    import psycopg2  # the postgres extra: only where a server runs

    other = psycopg2.connect(postgres_url)
    other.autocommit = True
    other.cursor().execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
    yield postgres_url, other
    other.close()


def release(other: Any) -> None:
    if isinstance(other, sqlite3.Connection):
        other.execute("COMMIT")
    else:
        other.cursor().execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))


def started_waiting(
    url: str | None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Database, BookUpgrade, threading.Thread]:
    """An upgrade by one step more, on its thread, waiting for the other desktop."""
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, add_marker])
    db = not_upgraded(url, data_dir)
    upgrade = BookUpgrade(db)
    worker = threading.Thread(target=upgrade.run)
    worker.start()
    deadline = time.monotonic() + 30
    while (upgrade.progress is None or upgrade.progress.name != "waiting") and (
        time.monotonic() < deadline and not upgrade.done.is_set()
    ):
        upgrade.done.wait(0.01)
    assert upgrade.progress is not None and upgrade.progress.name == "waiting", upgrade.error
    return db, upgrade, worker


def stop_until_done(upgrade: BookUpgrade) -> None:
    """As the window does: stop again until the worker has stopped (quickly)."""
    stopped_at = time.monotonic()
    while not upgrade.done.wait(0.05):
        upgrade.stop()
        assert time.monotonic() - stopped_at < STOP_WITHIN_S, "it ran on"


def test_a_desktop_waits_for_another_one_updating_the_book_as_long_as_it_takes(
    other_desktop_migrating: tuple[str | None, Any],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, other = other_desktop_migrating
    today = migrations.latest_version()
    db, upgrade, worker = started_waiting(url, data_dir, monkeypatch)
    assert upgrade.progress is not None
    assert (upgrade.progress.step, upgrade.progress.steps) == (1, 1)
    # Longer than a connection waits for a lock: this wait has no limit.
    longest = max(LOCK_TIMEOUT_MS, BUSY_TIMEOUT_MS) / 1000
    assert not upgrade.done.wait(longest + 0.5), upgrade.error
    release(other)
    worker.join(30)
    assert upgrade.error is None
    assert migrations.current_version(db) == today + 1
    assert has_marker(db)
    close_store()


def test_the_wait_for_another_desktop_can_be_stopped(
    other_desktop_migrating: tuple[str | None, Any],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, _other = other_desktop_migrating
    today = migrations.latest_version()
    db, upgrade, worker = started_waiting(url, data_dir, monkeypatch)
    stop_until_done(upgrade)
    worker.join()
    assert isinstance(upgrade.error, UpgradeStoppedError)
    assert migrations.current_version(db) == today
    close_store()
