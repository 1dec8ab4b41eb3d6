"""A damaged SQLite file (intact header, garbage pages) is told apart from other failures, and the
message says where the backups are and how to restore one."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from peewee import DatabaseError

from reseller_desktop.store import database
from reseller_desktop.store.database import DEFAULT_FILE_NAME, close_store, open_store
from reseller_desktop.store.errors import DamagedDatabaseError, StoreError, backups_of, is_damage
from tests.app_process import damage_table


@pytest.fixture
def damaged(data_dir: Path) -> Path:
    open_store(None, data_dir)
    close_store()
    path = data_dir / DEFAULT_FILE_NAME
    damage_table(path)
    return path


def test_damage_is_found_when_the_store_opens(damaged: Path, data_dir: Path) -> None:
    older = data_dir / f"{DEFAULT_FILE_NAME}.v1-20250101-090000.bak"
    newer = data_dir / f"{DEFAULT_FILE_NAME}.v2-20260101-090000.bak"
    for age, backup in enumerate((newer, older)):
        backup.write_bytes(b"backup")
        stamp = time.time() - 3600 * (age + 1)
        os.utime(backup, (stamp, stamp))
    with pytest.raises(DamagedDatabaseError) as info:
        open_store(None, data_dir)
    error = info.value
    assert error.path == damaged
    assert error.backups == [newer, older]
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"The database {damaged} cannot be read: it is damaged (quick")
    assert f"Backups are in {data_dir} (newest: {newer.name})" in message
    assert f"move {DEFAULT_FILE_NAME} and its -wal and -shm files aside" in message
    assert f"copy the backup to {DEFAULT_FILE_NAME}, then start again" in message
    assert "safe" not in message


def test_without_a_backup_the_message_says_so(damaged: Path, data_dir: Path) -> None:
    with pytest.raises(DamagedDatabaseError, match="There is no backup beside it"):
        open_store(None, data_dir)


def test_a_big_file_is_not_read_whole_at_open(
    damaged: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size bound the open stays fast; the first read of a damaged page is recognised
    as damage (what the exception hook tells the user)."""
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)
    db = open_store(None, data_dir)
    try:
        with pytest.raises(DatabaseError) as info:
            db.execute_sql("SELECT * FROM customer").fetchall()
        assert is_damage(info.value)
    finally:
        close_store()


def test_garbage_is_not_a_database(data_dir: Path) -> None:
    garbage = data_dir / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabaseError, match="cannot be read: it is damaged"):
        open_store(f"sqlite:///{garbage}", data_dir)


def test_other_failures_are_not_damage(data_dir: Path) -> None:
    assert not is_damage(DatabaseError("no such table: customer"))
    assert not is_damage(StoreError("Cannot open the database"))
    assert backups_of(data_dir / "missing" / DEFAULT_FILE_NAME) == []
