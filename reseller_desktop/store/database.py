"""Opening the store: a SQLite file by default, any peewee URL (PostgreSQL for teams) on request."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlparse

from peewee import Database, DatabaseError, InterfaceError, OperationalError, SqliteDatabase
from playhouse.db_url import connect

from reseller_desktop.store.errors import StoreError
from reseller_desktop.store.migrations import migrate
from reseller_desktop.store.models import database_proxy
from reseller_desktop.store.postgres import close_quietly, postgres_database

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
    # BEGIN IMMEDIATE: a writer takes the lock up front and waits its turn (busy timeout). A
    # deferred transaction would fail at once with "database is locked" when another desktop
    # writes: always after a read, and even on the first INSERT into customer (its FTS5 trigger).
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")


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
    if scheme in ("postgresql", "postgres"):
        # Handed to libpq as it is: .pgpass, PGPASSWORD, PGHOST... all apply (see postgres.py).
        return postgres_database(url)
    try:
        return connect(url)
    except Exception as exc:  # peewee raises plain errors for unknown schemes and bad URLs
        raise StoreError(f"The database address '{_redact(url)}' is not usable: {exc}.") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _passwords(url: str) -> list[str]:
    """The password(s) written in ``url``: in the user part or as a ``password=`` parameter."""
    parsed = urlparse(url)
    found = [parsed.password] if parsed.password else []
    found += [v for k, v in parse_qsl(parsed.query) if k == "password" and v]
    return [form for p in found for form in {p, unquote(p)}]


def _redact(url: str) -> str:
    """``url`` fit for a message or a log: any password in it replaced by ``***``."""
    parsed = urlparse(url)
    if not _passwords(url):
        return url
    netloc = parsed.netloc
    if parsed.password:
        userinfo, _, hostport = netloc.rpartition("@")
        netloc = f"{userinfo.split(':', 1)[0]}:***@{hostport}"
    query = urlencode(
        [(k, "***" if k == "password" else v) for k, v in parse_qsl(parsed.query)], safe="*"
    )
    return parsed._replace(netloc=netloc, query=query).geturl()


def _scrub(text: str, url: str | None) -> str:
    """``text`` with any password of ``url`` masked (a driver may echo part of a bad address)."""
    for secret in _passwords(url or ""):
        text = text.replace(secret, "***")
    return text


def open_store(url: str | None, data_dir: Path) -> Database:
    """Open (and migrate) the store and bind the models to it.

    ``url`` None means the default SQLite file in ``data_dir``.
    """
    db: Database
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
    except (OperationalError, InterfaceError, OSError) as exc:
        close_quietly(db)
        reason = _scrub(_first_line(exc), url)
        raise StoreError(f"Cannot open the database {where}: {reason}. {_advice(reason)}") from None
    except DatabaseError as exc:
        close_quietly(db)
        reason = _scrub(_first_line(exc), url)
        if not isinstance(db, SqliteDatabase):
            raise StoreError(
                f"Cannot open the database {where}: {reason}. {_advice(reason)}"
            ) from None
        raise StoreError(
            f"The database {where} cannot be read ({reason}). "
            "Restore it from a backup or choose another with --database."
        ) from None
    return db


def _advice(reason: str) -> str:
    if "password" in reason.lower():
        # The app never stores a password: libpq finds it.
        return (
            "Put the password in your password file (~/.pgpass, or the file PGPASSFILE names) "
            "or in PGPASSWORD; see the README's Team mode section."
        )
    return "Check the address, that the server is running, and your access rights."


def close_store() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
