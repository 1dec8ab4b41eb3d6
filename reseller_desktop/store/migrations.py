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

from peewee import Database, SqliteDatabase

from reseller_desktop.store.errors import NewerSchemaError
from reseller_desktop.store.models import ALL_MODELS, SchemaVersion

log = logging.getLogger(__name__)


def _create_schema(db: Database) -> None:
    db.create_tables(ALL_MODELS)
    # The provisioning clock asks "what is due?" on every tick: keep that a short index scan.
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_due ON customer (next_change_at) "
        "WHERE next_change_at IS NOT NULL"
    )


# Append new steps at the end; never edit or reorder a step that has shipped.
STEPS: list[Callable[[Database], None]] = [_create_schema]


def latest_version() -> int:
    return len(STEPS)


def current_version(db: Database) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


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
    """Bring ``db`` to the latest schema; return the version it is at."""
    with SchemaVersion.bind_ctx(db):
        version = current_version(db)
        latest = latest_version()
        if version > latest:
            raise NewerSchemaError(
                f"This database was written by a newer version of Reseller Desktop (schema "
                f"{version}, this app knows {latest}). Update the app to open it."
            )
        if version == latest:
            return version
        if version > 0:
            _backup(db, version)
        for number in range(version + 1, latest + 1):
            with db.atomic():
                STEPS[number - 1](db)
                SchemaVersion.delete().execute()
                SchemaVersion.create(version=number)
            log.info("Database migrated to schema %d", number)
        return latest
