"""Two desktops opening one database at the same moment: the schema is migrated once."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from peewee import Database

from reseller_desktop.store import migrations
from reseller_desktop.store.database import (
    DEFAULT_FILE_NAME,
    close_store,
    database_from_url,
    sqlite_database,
)
from reseller_desktop.store.models import database_proxy


def _database(url: str | None, data_dir: Path) -> Database:
    return sqlite_database(data_dir / DEFAULT_FILE_NAME) if url is None else database_from_url(url)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_desktops_starting_at_once_migrate_once(
    backend: str,
    request: pytest.FixtureRequest,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # One database object, used from two threads: peewee gives each thread its own connection,
    # as two desktops would have.
    url = None if backend == "sqlite" else request.getfixturevalue("postgres_url")  # empty
    db = _database(url, data_dir)
    database_proxy.initialize(db)
    ran: list[int] = []
    steps = [
        lambda d, number=number, step=step: (ran.append(number), step(d))
        for number, step in enumerate(migrations.STEPS, 1)
    ]
    monkeypatch.setattr(migrations, "STEPS", steps)
    # Both desktops read "version 0" before either takes the lock.
    both_read = threading.Barrier(2, timeout=10)
    first_read: set[str] = set()
    real_version = migrations.current_version

    def version_then_wait(d: Database) -> int:
        version = real_version(d)
        if threading.current_thread().name not in first_read:
            first_read.add(threading.current_thread().name)
            both_read.wait()
        return version

    monkeypatch.setattr(migrations, "current_version", version_then_wait)

    def desktop() -> int:
        try:
            return migrations.migrate(db)
        finally:
            db.close()

    caplog.set_level(logging.INFO, logger=migrations.__name__)
    with ThreadPoolExecutor(2, thread_name_prefix="desktop") as pool:
        versions = [f.result(timeout=30) for f in [pool.submit(desktop) for _ in range(2)]]

    latest = migrations.latest_version()
    assert versions == [latest, latest]
    assert len(first_read) == 2
    assert sorted(ran) == list(range(1, latest + 1)), "each step ran once"
    migrated = [r for r in caplog.records if r.getMessage().startswith("Database migrated")]
    assert len(migrated) == latest
    rows = db.execute_sql("SELECT version FROM schema_version").fetchall()
    assert rows == [(latest,)]
    close_store()
