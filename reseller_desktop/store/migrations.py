"""Schema versions: a linear list of steps, each run in its own transaction.

The SQLite file is copied aside before any step runs on an existing database, and a database written
by a newer version of the app is refused rather than damaged.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import Database, SqliteDatabase

from reseller_desktop.store.change_tracking import add_change_tracking
from reseller_desktop.store.errors import NewerSchemaError
from reseller_desktop.store.indexes import add_list_indexes
from reseller_desktop.store.models import ALL_MODELS, SchemaVersion
from reseller_desktop.store.postgres import lock_migrations

log = logging.getLogger(__name__)


def _create_schema(db: Database) -> None:
    db.create_tables(ALL_MODELS)
    # The provisioning clock asks "what is due?" on every tick: keep that a short index scan.
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_due ON customer (next_change_at) "
        "WHERE next_change_at IS NOT NULL"
    )


# Append new steps at the end; never edit or reorder a step that has shipped.
STEPS: list[Callable[[Database], None]] = [
    _create_schema,
    add_list_indexes,
    add_change_tracking,
]


def latest_version() -> int:
    return len(STEPS)


def current_version(db: Database) -> int:
    # Plain SQL on ``db``, not the SchemaVersion model: binding a model to a database is global
    # state, and two threads (or a test's two stores) may migrate at once.
    table = SchemaVersion._meta.table_name
    if not db.table_exists(table):
        return 0
    row = db.execute_sql(f"SELECT MAX(version) FROM {table}").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _set_version(db: Database, version: int) -> None:
    table = SchemaVersion._meta.table_name
    db.execute_sql(f"DELETE FROM {table}")
    db.execute_sql(f"INSERT INTO {table} (version) VALUES ({db.param})", (version,))


def _refuse_newer(version: int, latest: int) -> None:
    if version > latest:
        raise NewerSchemaError(
            f"This database was written by a newer version of Reseller Desktop (schema "
            f"{version}, this app knows {latest}). Update the app to open it."
        )


def _locked_step(db: Database) -> Any:
    """The transaction of one step, holding the migration lock from its first statement.

    Two desktops starting at once both see an old version; the lock makes the second wait until
    the first has committed, then it re-reads the version and skips what is done. PostgreSQL: a
    transaction-scoped advisory lock. SQLite: BEGIN IMMEDIATE takes the write lock at once (a
    deferred transaction that read the old version could not write after the other one did).
    """
    if isinstance(db, SqliteDatabase):
        return db.atomic("IMMEDIATE")
    return db.atomic()


def _backup(db: Database, version: int) -> Path | None:
    if not isinstance(db, SqliteDatabase) or db.database == ":memory:":
        return None
    source = Path(db.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.v{version}-{stamp}.bak")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source, target)
    target.chmod(0o600)
    log.info("Backed up the database to %s before migrating", target)
    return target


def migrate(db: Database) -> int:
    """Bring ``db`` to the latest schema; return the version it is at.

    Safe when several desktops open one database at the same moment: each step runs once.
    """
    latest = latest_version()
    version = current_version(db)
    _refuse_newer(version, latest)
    if version == latest:
        return version
    if version > 0:
        _backup(db, version)
    for number in range(version + 1, latest + 1):
        with _locked_step(db):
            lock_migrations(db)
            done = current_version(db)
            _refuse_newer(done, latest)
            if done >= number:
                continue  # another desktop ran this step while we waited for the lock
            STEPS[number - 1](db)
            _set_version(db, number)
        log.info("Database migrated to schema %d", number)
    return latest
