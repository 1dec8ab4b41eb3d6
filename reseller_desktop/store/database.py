"""Opening the store: a SQLite file by default, any peewee URL (PostgreSQL for teams) on request."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from urllib.parse import urlparse

from peewee import Database, DatabaseError, OperationalError, SqliteDatabase
from playhouse.db_url import connect

from reseller_desktop.store.errors import StoreError
from reseller_desktop.store.migrations import migrate
from reseller_desktop.store.models import database_proxy

DEFAULT_FILE_NAME = "customers.sqlite3"
BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
}


def _postgres_driver_missing() -> bool:
    return importlib.util.find_spec("psycopg2") is None


def sqlite_database(path: Path) -> SqliteDatabase:
    """A SQLite database at ``path``, the file created readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)


def database_from_url(url: str) -> Database:
    scheme = urlparse(url).scheme.lower()
    if scheme.startswith("postgres") and _postgres_driver_missing():
        raise StoreError(
            "PostgreSQL needs its driver: install the app with the postgres extra "
            "(pip install 'reseller-desktop[postgres]')."
        )
    if scheme in ("sqlite", ""):
        # peewee's convention: sqlite:///relative.db and sqlite:////absolute/path.db
        rest = url.split(":", 1)[1] if scheme else url
        path = rest[3:] if rest.startswith("///") else rest.removeprefix("//")
        path = path.split("?", 1)[0]
        if path in ("", ":memory:"):
            return SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
        return sqlite_database(Path(path))
    try:
        return connect(url)
    except Exception as exc:  # peewee raises plain errors for unknown schemes and bad URLs
        raise StoreError(f"The database address '{_redact(url)}' is not usable: {exc}.") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _redact(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url


def open_store(url: str | None, data_dir: Path) -> Database:
    """Open (and migrate) the store and bind the models to it.

    ``url`` None means the default SQLite file in ``data_dir``.
    """
    try:
        if url is None:
            db = sqlite_database(data_dir / DEFAULT_FILE_NAME)
        else:
            db = database_from_url(url)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the database file: {exc.strerror or exc} ({exc.filename}). "
            "Choose a folder you can write to with --data-dir or --database."
        ) from None
    where = _redact(url) if url else str(data_dir / DEFAULT_FILE_NAME)
    try:
        db.connect(reuse_if_open=True)
        database_proxy.initialize(db)
        migrate(db)
    except (OperationalError, OSError) as exc:
        db.close()
        raise StoreError(
            f"Cannot open the database {where}: {_first_line(exc)}. "
            "Check the address, that the server is running, and your access rights."
        ) from None
    except DatabaseError as exc:
        db.close()
        raise StoreError(
            f"The database {where} cannot be read ({_first_line(exc)}). "
            "Restore it from a backup or choose another with --database."
        ) from None
    return db


def close_store() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
