"""Schema versions: a linear list of steps, each run in its own transaction.

The SQLite file is copied aside before any step runs on an existing database, and a database written
by a newer version of the app is refused rather than damaged.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import Database, OperationalError, SqliteDatabase

from reseller_desktop.store.change_tracking import add_change_tracking
from reseller_desktop.store.errors import (
    NewerSchemaError,
    StoreError,
    disk_full_text,
    free_space,
    is_busy,
    is_disk_full,
)
from reseller_desktop.store.indexes import (
    add_domain_to_search_copy,
    add_list_indexes,
    add_short_word_search,
    rebuild_search_copy,
)
from reseller_desktop.store.journal_models import (
    JOURNAL_MODELS,
    SIMULATOR_BACKEND,
    BookOwner,
    Submission,
)
from reseller_desktop.store.models import ALL_MODELS, Customer, SchemaVersion
from reseller_desktop.store.partner_models import PARTNER_MODELS
from reseller_desktop.store.postgres import lock_migrations
from reseller_desktop.store.search_refold import refold_search_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MigrationProgress:
    """Where an upgrade stands: ``step`` of the ``steps`` this upgrade runs (0: the backup copy
    before the first), ``name`` the step's function (``backup`` for the copy, ``waiting`` while
    another desktop runs it), ``fraction`` of it done when known."""

    step: int
    steps: int
    name: str
    fraction: float | None = None


OnProgress = Callable[[MigrationProgress], None]
"""Told before each step and as the backup goes; raising from it stops the upgrade there."""


def _create_schema(db: Database) -> None:
    db.create_tables(ALL_MODELS)
    # The provisioning clock asks "what is due?" on every tick: keep that a short index scan.
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_due ON customer (next_change_at) "
        "WHERE next_change_at IS NOT NULL"
    )


def _add_submission_journal(db: Database) -> None:
    db.create_tables(JOURNAL_MODELS)


def _add_book_owner(db: Database) -> None:
    """The book's owner. A book that already holds customers or journaled work was written by a
    version that knew only the simulator: it belongs to the simulator (its users keep their
    customers). An empty one is claimed by the first desktop that opens it with a backend."""
    db.create_tables([BookOwner])
    used = any(
        db.execute_sql(f"SELECT 1 FROM {model._meta.table_name} LIMIT 1").fetchone()
        for model in (Customer, Submission)
    )
    if used:
        BookOwner.insert(backend=SIMULATOR_BACKEND, partner_tenant="").execute(db)


# Customer columns of today's Partner Center (agreement, GDAP, reseller): type for SQLite, for
# PostgreSQL, and the default every existing row gets.
_PARTNER_COLUMNS = (
    ("agreement_status", "VARCHAR(20)", "VARCHAR(20)", "''"),
    ("agreement_link", "VARCHAR(500)", "VARCHAR(500)", "''"),
    ("agreement_expires_at", "DATETIME", "TIMESTAMP", None),
    ("gdap_default", "INTEGER", "BOOLEAN", "FALSE"),
    ("admin_relationship_id", "VARCHAR(100)", "VARCHAR(100)", "''"),
    ("admin_relationship_status", "VARCHAR(20)", "VARCHAR(20)", "''"),
    ("admin_relationship_template", "VARCHAR(100)", "VARCHAR(100)", "''"),
    ("admin_relationship_roles", "TEXT", "TEXT", "''"),
    ("reseller_id", "VARCHAR(64)", "VARCHAR(64)", "''"),
    ("reseller_name", "VARCHAR(200)", "VARCHAR(200)", "''"),
)


def _add_partner_facts(db: Database) -> None:
    """Agreement status and link, GDAP, reseller columns (a book created by this version has
    them already), and the simulator's memory of agreements and relationships."""
    table = Customer._meta.table_name
    have = {column.name for column in db.get_columns(table)}
    sqlite = isinstance(db, SqliteDatabase)
    for name, sqlite_type, pg_type, default in _PARTNER_COLUMNS:
        if name in have:
            continue
        kind = sqlite_type if sqlite else pg_type
        rest = f" NOT NULL DEFAULT {default}" if default is not None else ""
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {name} {kind}{rest}")
    db.create_tables(PARTNER_MODELS, safe=True)
    # The list filters on these (a few values each): small indexes.
    for name in ("agreement_status", "reseller_name"):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS customer_{name} ON {table} ({name})")


def _drop_redundant_indexes(db: Database) -> None:
    """Indexes nothing reads, each one more page written for every customer the provisioning
    clock moves on (and every audit row): the full ``next_change_at`` index beside the partial
    ``customer_due`` that the due query uses, ``audit_event.at`` (a history is read by customer
    and sorted), and on PostgreSQL ``status`` and ``created_at`` alone, prefixes of the list's
    ``(column, id)`` indexes. The models no longer declare the first two."""
    names = ["customer_next_change_at", "audit_event_at"]
    if not isinstance(db, SqliteDatabase):
        names += ["customer_status", "customer_created_at"]
    for name in names:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")


# Append new steps at the end; never edit or reorder a step that has shipped.
STEPS: list[Callable[[Database], None]] = [
    _create_schema,
    add_list_indexes,
    add_change_tracking,
    _add_submission_journal,
    refold_search_text,
    _add_book_owner,
    _add_partner_facts,
    _drop_redundant_indexes,
    add_short_word_search,
    add_domain_to_search_copy,
    rebuild_search_copy,
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


@contextlib.contextmanager
def _locked_step(db: Database, waiting: Callable[[], None]) -> Iterator[None]:
    """The transaction of one step, holding the migration lock from its first statement.

    Two desktops starting at once both see an old version; the lock makes the second wait until
    the first has committed, then it re-reads the version and skips what is done. PostgreSQL: a
    transaction-scoped advisory lock. SQLite: BEGIN IMMEDIATE takes the write lock at once (a
    deferred transaction that read the old version could not write after the other one did).
    Either waits as long as the other desktop's step takes (minutes, for an index of a million
    customers), ``waiting`` told while it does: it raises when the user stops the upgrade.
    """
    with contextlib.ExitStack() as transaction:
        if isinstance(db, SqliteDatabase):
            _take_write_lock(db, transaction, waiting)
        else:
            transaction.enter_context(db.atomic())
            lock_migrations(db, waiting)
        yield


# SQLite: how long one try for the write lock waits before the user is told that another desktop
# holds it (and may stop), then it tries again.
SQLITE_LOCK_TRY_MS = 250


def _take_write_lock(
    db: SqliteDatabase, transaction: contextlib.ExitStack, waiting: Callable[[], None]
) -> None:
    """Begin ``transaction`` with SQLite's write lock, trying again until the other desktop
    has committed. (A connection waits its busy time-out, 5 s, then fails: a start beside a
    desktop that was upgrading a big book failed with "database is locked".)"""
    (limit,) = db.execute_sql("PRAGMA busy_timeout").fetchone()
    db.execute_sql(f"PRAGMA busy_timeout = {SQLITE_LOCK_TRY_MS}")
    try:
        while True:
            try:
                transaction.enter_context(db.atomic("IMMEDIATE"))
                return
            except OperationalError as exc:
                if not is_busy(exc):
                    raise
            waiting()
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {int(limit)}")


# Backups of this many schema versions are kept beside the file (one per version); older ones go.
KEEP_BACKUPS = 3
_SPARE_BYTES = 1_000_000  # room the migration itself needs beyond the copy


def _backup(
    db: Database, version: int, copied: Callable[[float], None] | None = None
) -> Path | None:
    """Copy the SQLite file beside itself as ``<name>.v<version>-<time>.bak`` (private to the
    user), replacing an earlier backup of the same version (a retry after a failed migration);
    a copy that fails (a full disk) leaves nothing behind and raises StoreError. ``copied`` is
    told the fraction copied as the copy goes."""
    if not isinstance(db, SqliteDatabase) or db.database == ":memory:":
        return None
    source = Path(db.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.v{version}-{stamp}.bak")
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    needed = sum(_size(p) for p in (source, source.with_name(f"{source.name}-wal")))
    free = free_space(source)
    if free is not None and free < needed + _SPARE_BYTES:
        raise StoreError(
            f"Cannot back up the database {source} before updating it: "
            f"{disk_full_text(source, needed=needed + _SPARE_BYTES)}."
        )
    if copied is not None:
        copied(0.0)
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        _copy(db, partial, copied)
        os.replace(partial, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if not isinstance(exc, (OSError, sqlite3.Error)):
            raise  # the upgrade stopped by the user, or a bug: no half copy left behind
        if is_disk_full(exc):
            reason = disk_full_text(source, needed=needed + _SPARE_BYTES)
        else:
            reason = (
                f"{getattr(exc, 'strerror', None) or exc} (check that the disk holding "
                f"{source.parent} works and has space)"
            )
        raise StoreError(
            f"Cannot back up the database {source} before updating it: {reason}."
        ) from None
    log.info("Backed up the database to %s before migrating", target)
    _prune_backups(source)
    return target


# Pages copied between two reports of the backup's progress (64 MB of 4 KB pages).
_BACKUP_PAGES = 16_384


def _copy(db: SqliteDatabase, target: Path, copied: Callable[[float], None] | None = None) -> None:
    """SQLite's online backup: a consistent copy even while another desktop writes."""

    def report(_status: int, remaining: int, total: int) -> None:
        if copied is not None and total:
            copied(1 - remaining / total)

    copy = sqlite3.connect(target)
    try:
        db.connection().backup(copy, pages=_BACKUP_PAGES, progress=report)
    finally:
        copy.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _prune_backups(source: Path) -> None:
    """One backup per schema version (the newest), of the KEEP_BACKUPS latest versions; and
    copies that an interrupted app left unfinished."""
    pattern = re.compile(rf"{re.escape(source.name)}\.v(\d+)-[^/\\]*\.bak")
    by_version: dict[int, list[Path]] = {}
    for path in source.parent.glob(f"{source.name}.v*.bak"):
        match = pattern.fullmatch(path.name)
        if match:
            by_version.setdefault(int(match.group(1)), []).append(path)
    versions = sorted(by_version, reverse=True)
    for rank, version in enumerate(versions):
        # By name (the time stamp): two desktops migrating at once keep the same one.
        paths = sorted(by_version[version], key=lambda p: p.name, reverse=True)
        for index, path in enumerate(paths):
            if rank < KEEP_BACKUPS and index == 0:
                continue
            try:
                path.unlink()
                log.info("Removed the old backup %s", path.name)
            except OSError as exc:
                log.warning("Cannot remove the old backup %s: %s", path.name, exc.strerror or exc)
    hour_ago = time.time() - 3600
    for path in source.parent.glob(f"{source.name}.v*.bak.*.part"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < hour_ago:
                path.unlink()


def migrate(db: Database, on_progress: OnProgress | None = None) -> int:
    """Bring ``db`` to the latest schema; return the version it is at.

    Safe when several desktops open one database at the same moment: each step runs once.
    ``on_progress`` is told before the backup and before each step.
    """
    latest = latest_version()
    version = current_version(db)
    _refuse_newer(version, latest)
    if version == latest:
        return version
    steps = latest - version

    def tell(step: int, name: str, fraction: float | None = None) -> None:
        if on_progress is not None:
            on_progress(MigrationProgress(step, steps, name, fraction))

    if version > 0:
        _backup(db, version, lambda fraction: tell(0, "backup", fraction))
    for number in range(version + 1, latest + 1):
        step, ordinal = STEPS[number - 1], number - version
        tell(ordinal, step.__name__)
        with _locked_step(db, functools.partial(tell, ordinal, "waiting")):
            done = current_version(db)
            _refuse_newer(done, latest)
            if done >= number:
                continue  # another desktop ran this step while we waited for the lock
            step(db)
            # Asked now, inside the transaction: a stop that came during the step rolls it back,
            # even when the step took the cancel for an error it copes with.
            tell(ordinal, step.__name__, 1.0)
            _set_version(db, number)
        log.info("Database migrated to schema %d", number)
    return latest
