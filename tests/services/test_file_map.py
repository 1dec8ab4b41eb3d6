"""The list's reader gives back its SQLite memory map once the list is quiet.

SQLite reads the book through a memory map (store/database.py): the pages it reads count in the
process's resident memory for as long as the map holds them, 575 MB after scrolling a million
customers. Measured here for real: a file, the app's SQLite settings, the kept reader and its
idle time, and the kernel's count of the process's resident file pages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reseller_desktop.services.background import Background
from reseller_desktop.store.database import release_file_map, sqlite_database
from tests.services.test_background import idle_work_ended

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the kernel's RssFile (Linux)"
)
TABLE_MB = 16


def resident_file_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no RssFile in /proc/self/status")


def test_the_reader_gives_back_the_map_when_idle_and_maps_again_on_the_next_read(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    db = sqlite_database(tmp_path / "book.sqlite3")
    with db.atomic():
        db.execute_sql("CREATE TABLE pages (b BLOB)")
        db.execute_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO pages SELECT randomblob(4000) FROM n",
            (TABLE_MB * 256,),
        )
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the pages in the file, where it maps
    db.close()
    reader = Background(
        database=db, keep_connection=True, when_idle=(100, lambda: release_file_map(db))
    )

    def read_every_page() -> int:
        return int(db.execute_sql("SELECT sum(length(b)) FROM pages").fetchone()[0])

    before = resident_file_mb()
    with qtbot.waitSignal(reader._relay.finished, timeout=5000, check_params_cb=idle_work_ended):
        assert reader.call(read_every_page, timeout_ms=10_000) == TABLE_MB * 256 * 4000
        read = resident_file_mb()
        assert read - before > TABLE_MB * 0.8, "the read went through the map"
    released = resident_file_mb()
    assert released - before < TABLE_MB * 0.2, (before, read, released)

    with qtbot.waitSignal(reader._relay.finished, timeout=5000, check_params_cb=idle_work_ended):
        assert reader.call(read_every_page, timeout_ms=10_000) == TABLE_MB * 256 * 4000
        assert resident_file_mb() - released > TABLE_MB * 0.8, "mapped again, as far as read"
    assert resident_file_mb() - released < TABLE_MB * 0.2
    reader.shutdown()
    assert reader.wait(5000)


def test_a_transaction_keeps_its_map(tmp_path: Path) -> None:
    """Inside a transaction the release does nothing (SQLite would not unmap pages in use)."""
    db = sqlite_database(tmp_path / "book.sqlite3")
    db.connect()
    with db.atomic():
        release_file_map(db)
        assert db.execute_sql("PRAGMA mmap_size").fetchone()[0] > 0
    release_file_map(db)
    assert db.execute_sql("PRAGMA mmap_size").fetchone()[0] > 0, "the limit is back after"
    db.close()
    release_file_map(db)  # a closed book: nothing to give back
