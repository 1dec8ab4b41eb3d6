"""Opening the store: a SQLite file by default, any peewee URL (PostgreSQL for teams) on request."""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from peewee import Database, DatabaseError, InterfaceError, OperationalError, SqliteDatabase

from reseller_desktop.store.driver import SCHEMES, postgres_driver_loaded, url_scheme
from reseller_desktop.store.errors import (
    DamagedDatabaseError,
    DiskFullError,
    StoreError,
    disk_full_text,
    disk_size,
    free_space,
    is_damage,
    is_disk_full,
)
from reseller_desktop.store.journal_models import BOOK_OWNER_ID, SIMULATOR_BACKEND, BookOwner
from reseller_desktop.store.migrations import migrate
from reseller_desktop.store.models import database_proxy
from reseller_desktop.store.postgres import (
    close_quietly,
    postgres_database,
    postgres_url_problem,
)

log = logging.getLogger(__name__)

DEFAULT_FILE_NAME = "customers.sqlite3"
BUSY_TIMEOUT_MS = 5000
MMAP_BYTES = 0x7FFF0000  # SQLite's own ceiling (2 GiB)
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
    # Reads through a memory map, not a read() per page: the list's searches look up thousands
    # of rows by rowid (30,000 in 123 -> 46 ms in a million). The map is the OS's file cache,
    # shared and given back under pressure, not the app's own memory; it still counts in the
    # process's resident memory while mapped, so the list's reader releases it when the list is
    # quiet (release_file_map).
    "mmap_size": MMAP_BYTES,
}
# Opening checks every page of a file up to this size: PRAGMA quick_check reads the whole file,
# about 30 ms for 20,000 customers (26 MB), 110 ms for 50,000 (66 MB), 1.6 s for a million
# (1.3 GB), warm cache. A bigger file is checked by its reads: the first damaged page a read
# meets raises "database disk image is malformed", which the app reports the same way.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Owner:
    """Whom a book belongs to: a backend ("simulator", "partner-center") and, for Partner Center,
    the partner tenant (its id or domain, lower case; "" for the simulator)."""

    backend: str = SIMULATOR_BACKEND
    partner_tenant: str = ""


class OtherOwnerError(StoreError):
    """The book belongs to another backend or partner tenant than the one chosen."""

    def __init__(self, where: str, owner: Owner, chosen: Owner) -> None:
        super().__init__(
            f"The database {where} belongs to {owner.backend} {owner.partner_tenant}".rstrip()
            + f", not to {chosen.backend} {chosen.partner_tenant}".rstrip()
            + "."
        )
        self.where, self.owner, self.chosen = where, owner, chosen


def default_file_name(owner: Owner | None = None) -> str:
    """The default SQLite file of a backend in the data folder: the simulator keeps
    ``customers.sqlite3`` (as before books had an owner), Partner Center has its own per partner
    tenant, e.g. ``customers-partner-center-contoso.onmicrosoft.com.sqlite3``."""
    if owner is None or owner.backend == SIMULATOR_BACKEND:
        return DEFAULT_FILE_NAME
    parts = [owner.backend, owner.partner_tenant]
    slug = "-".join(p for p in (_file_safe(part) for part in parts) if p)
    return f"customers-{slug}.sqlite3"


def _file_safe(text: str) -> str:
    """``text`` fit for a file name on every system: letters, digits, dots and dashes."""
    safe = re.sub(r"[^a-z0-9.-]+", "-", text.strip().lower()).strip(".-")
    return safe[:80]


def claim_book(db: Database, owner: Owner, where: str) -> None:
    """Record ``owner`` as the book's owner if it has none yet; raise OtherOwnerError when the
    book belongs to another one. Two desktops claiming an empty book at once: one wins, the other
    is checked against it."""
    with db.atomic():
        BookOwner.insert(
            id=BOOK_OWNER_ID, backend=owner.backend, partner_tenant=owner.partner_tenant
        ).on_conflict_ignore().execute(db)
        row = db.execute_sql(
            f"SELECT backend, partner_tenant FROM {BookOwner._meta.table_name} "
            f"WHERE id = {db.param}",
            (BOOK_OWNER_ID,),
        ).fetchone()
    found = Owner(str(row[0]), str(row[1] or ""))
    if found != owner:
        raise OtherOwnerError(where, found, owner)
    log.info("The book belongs to %s %s", found.backend, found.partner_tenant or "")


def _postgres_driver_missing() -> bool:
    return importlib.util.find_spec("psycopg2") is None


class PrivateSqliteDatabase(SqliteDatabase):
    """SQLite whose errors say what happened: a full disk names its folder, and the error that
    made SQLite give up a transaction is not replaced by "cannot rollback"."""

    def _translated(self, exc: Exception) -> Exception:
        if is_disk_full(exc) and not isinstance(exc, DiskFullError):
            return DiskFullError(Path(self.database))
        return exc

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self._sqlite_in_transaction():
            return None  # SQLite already rolled the whole transaction back (e.g. disk full)
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except (OperationalError, DatabaseError) as exc:
            translated = self._translated(exc)
            if translated is exc:
                raise
            raise translated from exc

    def commit(self) -> None:
        try:
            super().commit()
        except (OperationalError, DatabaseError) as exc:
            translated = self._translated(exc)
            if translated is exc:
                raise
            raise translated from exc

    def rollback(self) -> None:
        # After SQLITE_FULL, SQLITE_IOERR and a few others SQLite rolls the transaction back by
        # itself; a second ROLLBACK would fail with "cannot rollback - no transaction is active"
        # and hide the real error from the user.
        if not self.is_closed() and not self._sqlite_in_transaction():
            return
        super().rollback()

    def _sqlite_in_transaction(self) -> bool:
        if self.is_closed():
            return False
        return bool(self.connection().in_transaction)


def _private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by the user only (POSIX)."""
    if folder.is_dir():
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def sqlite_database(path: Path) -> SqliteDatabase:
    """A SQLite database at ``path``, the file created readable by its owner only."""
    _private_folder(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif os.name == "posix" and path.is_file() and stat.S_IMODE(path.stat().st_mode) & 0o077:
        # A file made by an older version, or copied in: its WAL and shared-memory files take
        # its mode, so make it private before SQLite opens them.
        try:
            path.chmod(0o600)
        except OSError as exc:
            log.warning("Cannot make %s private: %s", path, exc.strerror or exc)
    # BEGIN IMMEDIATE: a writer takes the lock up front and waits its turn (busy timeout). A
    # deferred transaction would fail at once with "database is locked" when another desktop
    # writes: always after a read, and even on the first INSERT into customer (its FTS5 trigger).
    return PrivateSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")


def database_from_url(url: str) -> Database:
    scheme = url_scheme(url)
    kind = SCHEMES.get(scheme, "" if not scheme else None)
    if kind is None:
        raise StoreError(
            f"The database address '{_redact(url)}' is not usable: the app works with SQLite "
            "(sqlite:///path.db) or PostgreSQL (postgresql://user@host/db), not "
            f"'{scheme}'."
        )
    if kind == "postgresql":
        problem = postgres_url_problem(url)
        if problem:
            raise StoreError(
                f"The database address '{_redact(url)}' is malformed: {problem}. "
                "The form is postgresql://user@host:5432/database."
            )
        if _postgres_driver_missing():
            raise StoreError(
                "PostgreSQL needs its driver: install the app with the postgres extra "
                "(pip install 'reseller-desktop[postgres]')."
            )
        if not postgres_driver_loaded():
            raise StoreError(
                "This session started with a SQLite book, without PostgreSQL's driver: restart "
                "the app to open the team database."
            )
        # Handed to libpq as it is: .pgpass, PGPASSWORD, PGHOST... all apply (see postgres.py).
        return postgres_database(url)
    # peewee's convention: sqlite:///relative.db and sqlite:////absolute/path.db
    rest = url.split(":", 1)[1] if scheme else url
    path = rest[3:] if rest.startswith("///") else rest.removeprefix("//")
    path = path.split("?", 1)[0]
    if path in ("", ":memory:"):
        return SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    return sqlite_database(Path(path))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


_NETLOC = re.compile(r"^(?P<head>[^:/?#]*:)?//(?P<netloc>[^/?#]*)(?P<tail>.*)$", re.DOTALL)
_QUERY_PASSWORD = re.compile(r"(?P<key>[?&]password=)(?P<value>[^&#]*)")


def _passwords(url: str) -> list[str]:
    """The password(s) written in ``url``: in the user part or as a ``password=`` parameter.

    Read by hand, not with urllib, so that a malformed address is masked too.
    """
    found: list[str] = []
    match = _NETLOC.match(url)
    if match:
        userinfo, at, _host = match["netloc"].rpartition("@")
        if at and ":" in userinfo:
            found.append(userinfo.split(":", 1)[1])
    query = url.partition("?")[2].partition("#")[0]
    found += [v for k, v in parse_qsl(query, keep_blank_values=False) if k == "password" and v]
    found += [m["value"] for m in _QUERY_PASSWORD.finditer(url) if m["value"]]
    return sorted({form for p in found if p for form in {p, unquote(p)}}, key=len, reverse=True)


def _redact(url: str) -> str:
    """``url`` fit for a message or a log: any password in it replaced by ``***``."""
    if not _passwords(url):
        return url
    match = _NETLOC.match(url)
    if match:
        userinfo, at, hostport = match["netloc"].rpartition("@")
        if at and ":" in userinfo:
            netloc = f"{userinfo.split(':', 1)[0]}:***@{hostport}"
            url = f"{match['head'] or ''}//{netloc}{match['tail']}"
    return _QUERY_PASSWORD.sub(lambda m: f"{m['key']}***", url)


def _scrub(text: str, url: str | None) -> str:
    """``text`` with any password of ``url`` masked (a driver may echo part of a bad address)."""
    for secret in _passwords(url or ""):
        text = text.replace(secret, "***")
    return text


def open_store(
    url: str | None,
    data_dir: Path,
    *,
    owner: Owner | None = None,
    upgrade: Callable[[Database], object] = migrate,
) -> Database:
    """Open (and migrate) the store and bind the models to it.

    ``url`` None means the default SQLite file of ``owner``'s backend in ``data_dir``. With an
    ``owner``, a book that has none is claimed for it, and one that belongs to another backend or
    partner tenant is refused (OtherOwnerError): a book never mixes them. ``upgrade`` brings the
    book to the latest schema (the app's shows a window while a long one runs).
    """
    db: Database
    default_file = data_dir / default_file_name(owner)
    try:
        db = sqlite_database(default_file) if url is None else database_from_url(url)
    except OSError as exc:
        if is_disk_full(exc):
            target = Path(exc.filename) if exc.filename else default_file
            raise StoreError(
                f"Cannot create the database file {target}: {disk_full_text(target)}."
            ) from None
        raise StoreError(
            f"Cannot create the database file: {exc.strerror or exc} ({exc.filename}). "
            "Choose a folder you can write to with --data-dir or --database."
        ) from None
    where = _redact(url) if url else str(default_file)
    path = sqlite_file(db)
    try:
        db.connect(reuse_if_open=True)
        if path is not None:
            check_pages(db, path)
        database_proxy.initialize(db)
        upgrade(db)
        if owner is not None:
            claim_book(db, owner, where)
    except StoreError:
        close_quietly(db)
        raise
    except (OperationalError, InterfaceError, OSError, DatabaseError) as exc:
        close_quietly(db)
        reason = _scrub(_first_line(exc), url)
        if path is not None and is_damage(exc):
            raise DamagedDatabaseError(path, reason) from None
        if path is not None and is_disk_full(exc):
            raise StoreError(f"Cannot open the database {where}: {disk_full_text(path)}.") from None
        advice = _advice(reason) if path is None else _file_advice(path)
        raise StoreError(f"Cannot open the database {where}: {reason}. {advice}") from None
    return db


def sqlite_file(db: Database) -> Path | None:
    """The file of a SQLite ``db`` (None: PostgreSQL, or a database in memory)."""
    if isinstance(db, SqliteDatabase) and db.database not in ("", ":memory:"):
        return Path(db.database)
    return None


def release_file_map(db: Database) -> None:
    """Give back the memory map of a SQLite book on this thread's connection, if open and
    outside a transaction; its next read maps the file again. The mapped pages are the OS's
    file cache, but they count in the process's resident memory as long as the map holds
    them: a scroll through a million customers left 575 MB there. PostgreSQL: nothing."""
    if not isinstance(db, SqliteDatabase) or db.is_closed():
        return
    conn = db.connection()
    if conn.in_transaction:
        return
    # SQLite unmaps the file when the limit drops to 0 (no page of the map is in use outside a
    # transaction), and maps it again, as far as it is read, under the restored limit.
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


def current_sqlite_file() -> Path | None:
    """The SQLite file the models are bound to (None: PostgreSQL, in memory, or not open)."""
    db = database_proxy.obj
    return sqlite_file(db) if db is not None else None


def check_pages(db: Database, path: Path) -> None:
    """Raise DamagedDatabaseError when the file's pages are damaged (files up to
    QUICK_CHECK_MAX_BYTES: a bigger one is told by the first damaged page a read meets)."""
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > QUICK_CHECK_MAX_BYTES:
        return
    rows = db.execute_sql("PRAGMA quick_check(1)").fetchall()
    verdict = str(rows[0][0]) if rows else "ok"
    if verdict != "ok":
        detail = " ".join(verdict.replace("*** in database main ***", "").split())[:160]
        raise DamagedDatabaseError(path, f"quick check: {detail}")


def _advice(reason: str) -> str:
    if "password" in reason.lower():
        # The app never stores a password: libpq finds it.
        return (
            "Put the password in your password file (~/.pgpass, or the file PGPASSFILE names) "
            "or in PGPASSWORD; see the README's Team mode section."
        )
    return "Check the address, that the server is running, and your access rights."


def _file_advice(path: Path) -> str:
    free = free_space(path)
    space = f" ({disk_size(free)} free)" if free is not None else ""
    return (
        f"Check that you may write to {path.parent} and that its disk works and has space"
        f"{space}; or choose another file with --database."
    )


def close_store() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
