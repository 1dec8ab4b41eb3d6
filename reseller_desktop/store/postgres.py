"""PostgreSQL, the shared database of a team: connecting the libpq way, reconnecting, locks, search.

Imports peewee only, never the driver itself: peewee finds psycopg2 (the ``postgres`` extra) when
it is installed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlparse, urlsplit

from peewee import (
    Database,
    DatabaseProxy,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
)

# How long a statement waits for a lock another connection holds (migrations wait for as long as
# another desktop's step takes: lock_migrations).
LOCK_TIMEOUT_MS = 5000

# libpq keywords the app sets unless the address already does: a connection attempt to a host
# that does not answer gives up after 5 s instead of minutes, and TCP keepalives notice a silently
# dead network within about a minute; the server's administrator sees who is connected.
CONNECT_DEFAULTS = {
    "connect_timeout": "5",
    "keepalives_idle": "30",
    "keepalives_interval": "10",
    "keepalives_count": "3",
    "application_name": "reseller-desktop",
    # Every wait has a limit on the server's side too: a statement or a lock that takes longer
    # fails (and its transaction with it) instead of holding a worker for ever.
    # No JIT compiling: the planner prices a walk of the sort index for a rare word in the
    # millions (it cannot tell that the first 100 matches come early), and past its thresholds
    # LLVM compiles the statement first: 10 ms in a million, 110 ms in ten million, for a read
    # that then takes one. A compile cannot be interrupted, so a walk given 3 ms took 160.
    "options": f"-c statement_timeout=15000 -c lock_timeout={LOCK_TIMEOUT_MS} "
    "-c idle_in_transaction_session_timeout=60000 -c jit=off",
}

# pg_advisory_xact_lock key that serialises schema migrations between desktops ("RESELLER").
MIGRATION_LOCK_KEY = 0x52455345_4C4C4552


class ReconnectingPostgresqlDatabase(PostgresqlDatabase):
    """A PostgreSQL database that replaces a lost connection on the next statement.

    peewee's ``playhouse.shortcuts.ReconnectMixin`` matches error *messages*, which libpq and the
    server translate; this asks the driver whether the connection is gone instead. Like the mixin,
    it never reconnects inside a transaction: the transaction fails, nothing of it is written, and
    the next one (or the next single statement) runs on a fresh connection. While the server is
    down, each attempt fails fast with OperationalError ("connection refused").
    """

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        return self._again_if_lost(super().execute_sql, sql, params)

    def begin(self, *args: Any, **kwargs: Any) -> None:
        self._again_if_lost(super().begin, *args, **kwargs)

    def connection_lost(self) -> bool:
        """True when the open connection is broken (server restart, network cut)."""
        if self.is_closed():
            return False
        conn = self.connection()  # the open one (is_closed() is False)
        return bool(getattr(conn, "closed", False)) or bool(getattr(conn, "broken", False))

    def _again_if_lost(self, run: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return run(*args, **kwargs)
        except (OperationalError, InterfaceError):
            if self.in_transaction() or not self.connection_lost():
                raise
        close_quietly(self)  # only forgets the dead connection: there is no transaction to lose
        self.connect()
        return run(*args, **kwargs)


def postgres_url_problem(url: str) -> str | None:
    """What makes ``url`` unusable as a PostgreSQL address (None when it can be handed to libpq).

    Only the shape is checked (brackets, port); the message never quotes the address, which may
    hold a password.
    """
    if "#" in url:
        return "'#' is not allowed (write it as %23 in a password)"
    try:
        parts = urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL"
        return "a '[' has no matching ']' (an IPv6 host is written in brackets, e.g. [::1])"
    if "," in parts.netloc:  # several hosts (libpq tries each): libpq checks their ports
        return None
    try:
        port = parts.port  # a port that is not a number up to 65535 raises ValueError
    except ValueError:
        port = 0
    if port == 0:
        return "the port must be a number from 1 to 65535"
    return None


def is_postgres(db: Database | DatabaseProxy | None) -> bool:
    if isinstance(db, DatabaseProxy):
        db = db.obj
    return isinstance(db, PostgresqlDatabase)


def postgres_database(url: str) -> ReconnectingPostgresqlDatabase:
    """A database for ``postgresql://[user[:password]@][host][:port][/dbname][?param=value...]``.

    The address goes to libpq as it is, so libpq's conventions all apply: a missing password
    comes from ``PGPASSWORD`` or the password file (``PGPASSFILE``, default ``~/.pgpass``), a
    missing host, port, user or database from ``PGHOST``, ``PGPORT``, ``PGUSER``, ``PGDATABASE``,
    and parameters such as ``sslmode`` or ``passfile`` may follow the ``?``. Nothing is connected
    yet.
    """
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    given = dict(parse_qsl(urlparse(url).query))
    defaults: dict[str, Any] = {k: v for k, v in CONNECT_DEFAULTS.items() if k not in given}
    # Session settings the address gives (or PGOPTIONS, which libpq reads only when nothing
    # else does) come after the app's, so that they win where both set one: alone, they would
    # replace the app's time limits altogether.
    theirs = given.get("options", os.environ.get("PGOPTIONS", ""))
    defaults["options"] = f"{CONNECT_DEFAULTS['options']} {theirs}".rstrip()
    return ReconnectingPostgresqlDatabase(url, **defaults)


def database_user(db: Database) -> str | None:
    """The role the session logged in as (PostgreSQL), or None (SQLite has no users).

    ``session_user`` rather than ``current_user``: a login role set up with
    ``ALTER ROLE alice SET role = reseller_staff`` works as the shared role but is still alice.
    """
    if not is_postgres(db):
        return None
    row = db.execute_sql("SELECT session_user").fetchone()
    return str(row[0]) if row else None


def lock_migrations(db: Database, waiting: Callable[[], None] | None = None) -> None:
    """Inside a transaction: wait until no other desktop is migrating (``waiting`` is told when
    one is); released at commit.

    Neither that wait nor the step's statements have a time limit: another desktop's step, or
    this one, may build an index on a team's million customers for minutes, and a step cut
    short at the connection's 15 s (or a wait at its 5 s lock limit) would fail the start. The
    user can stop it instead (store/upgrade.py)."""
    if is_postgres(db):
        db.execute_sql("SET LOCAL statement_timeout = 0")
        db.execute_sql("SET LOCAL lock_timeout = 0")
        taken = db.execute_sql("SELECT pg_try_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        if not taken.fetchone()[0]:
            if waiting is not None:
                waiting()
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))


def postgres_search_index(db: Database) -> None:
    """Index ``customer.search_text`` for substring search (``LIKE '%term%'``) with pg_trgm.

    For a migration step: a no-op on other databases, and safe to run twice. Creating the pg_trgm
    extension needs the CREATE privilege on the database (it is a trusted extension) unless an
    administrator created it beforehand.
    """
    if not is_postgres(db):
        return
    db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_search_trgm "
        "ON customer USING gin (search_text gin_trgm_ops)"
    )


def close_quietly(db: Database) -> None:
    """Close ``db`` even when its server is gone."""
    with contextlib.suppress(OperationalError, InterfaceError):
        db.close()
