"""A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, 127.0.0.1, a free port.

Run as root (CI), the cluster belongs to the ``postgres`` user (initdb refuses root); run as anyone
else, it belongs to that user. Trust authentication on 127.0.0.1 only, no Unix socket, and no
fsync: the data is thrown away when the tests end.

    server = PostgresServer.start()
    url = server.create_database("reseller_test")  # postgresql://postgres@127.0.0.1:PORT/...
    ...
    server.stop()
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SUPERUSER = "postgres"
# Members of this role must give a password (scram-sha-256); everyone else is trusted. It lets a
# test check the libpq password conventions (.pgpass, PGPASSWORD) on a trust-auth test cluster.
PASSWORD_ROLE = "password_login"


class PostgresMissingError(RuntimeError):
    """No PostgreSQL binaries (or no psycopg2) on this machine."""


def find_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/*/bin`` with initdb, or the one on PATH (PG_BIN first)."""
    override = os.environ.get("PG_BIN")
    if override and (Path(override) / "initdb").is_file():
        return Path(override)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: [int(n) for n in re.findall(r"\d+", Path(p).parent.parent.name)],
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One running cluster; ``stop()`` ends it and deletes its folder."""

    def __init__(
        self, bin_dir: Path, root: Path, port: int, durable: bool = False, settings: str = ""
    ) -> None:
        self.durable = durable
        self.settings = settings
        self.bin_dir = bin_dir
        self.root = root
        self.data = root / "data"
        self.port = port
        self.running = False

    # -- lifecycle ---------------------------------------------------------------------------------

    @classmethod
    def start(
        cls, bin_dir: Path | None = None, durable: bool = False, settings: str = ""
    ) -> PostgresServer:
        """Start a new cluster. ``durable`` keeps fsync and synchronous commits (for benchmarks);
        ``settings`` are more ``-c name=value`` server options."""
        bin_dir = bin_dir or find_bin_dir()
        if bin_dir is None:
            raise PostgresMissingError("PostgreSQL is not installed (no initdb found)")
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            raise PostgresMissingError("psycopg2 is not installed") from None
        if _is_root():
            import pwd  # Unix only, like running as root

            try:
                pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise PostgresMissingError(f"there is no '{SUPERUSER}' user to run it") from None
        # As root, a folder the postgres user can reach whatever TMPDIR says.
        parent = "/tmp" if _is_root() and os.path.isdir("/tmp") else None
        root = Path(tempfile.mkdtemp(prefix="reseller-pg-", dir=parent))
        server = cls(bin_dir, root, free_port(), durable, settings)
        atexit.register(server.stop)
        try:
            server._chown(root)
            server._run(
                "initdb",
                "-D",
                str(server.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                *([] if durable else ["--no-sync"]),
                "--no-instructions",
            )
            hba = server.data / "pg_hba.conf"
            rules = f"host all +{PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            hba.write_text(rules + hba.read_text())  # the first matching line wins
            server._start()
            server.execute(f"CREATE ROLE {PASSWORD_ROLE} NOLOGIN")
        except BaseException:
            server.stop()
            raise
        return server

    def _start(self) -> None:
        for _attempt in range(3):
            options = " ".join(
                (
                    "-c listen_addresses=127.0.0.1",
                    f"-c port={self.port}",
                    "-c unix_socket_directories=''",
                    # Throwaway data: durability only costs time.
                    ""
                    if self.durable
                    else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "-c max_connections=200",
                    self.settings,
                )
            )
            try:
                self._run(
                    "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                    "-o", options, "-w", "-t", "30", "start",
                )  # fmt: skip
            except RuntimeError:
                if "could not bind" not in self.log_tail():
                    raise
                self.port = free_port()  # another process took the port meanwhile
                continue
            self.running = True
            return
        raise RuntimeError(f"PostgreSQL did not start:\n{self.log_tail()}")

    def stop_server(self) -> None:
        """Stop the server but keep its data (to test outages); ``resume()`` starts it again."""
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            self.running = False

    def resume(self) -> None:
        if not self.running:
            self._start()

    def _cluster_pids(self) -> list[int]:
        """The postmaster and every process it started (backends, writers)."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:  # the parent's pid
                children.append(int(stat.parent.name))
        return [postmaster, *children]

    def freeze(self) -> None:
        """Stop every process of the server (SIGSTOP): a server that hangs without closing its
        connections, the worst kind of outage for a client. ``thaw()`` lets it go on."""
        self._frozen = self._cluster_pids()
        for pid in self._frozen:
            with contextlib.suppress(ProcessLookupError):  # a backend that just ended
                os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in getattr(self, "_frozen", []):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self._frozen = []

    def stop(self) -> None:
        """Stop the server and delete its folder (safe to call twice)."""
        try:
            if self.running and self.data.exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            self.running = False
            shutil.rmtree(self.root, ignore_errors=True)
            atexit.unregister(self.stop)

    # -- databases ---------------------------------------------------------------------------------

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> Any:
        """A psycopg2 connection as the superuser, in autocommit mode (CREATE DATABASE needs it)."""
        import psycopg2

        conn = psycopg2.connect(self.url(database), connect_timeout=10)
        conn.autocommit = True
        return conn

    def execute(self, sql: str, params: tuple[Any, ...] = (), database: str = "postgres") -> None:
        conn = self.admin(database)
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql, params)
        finally:
            conn.close()

    def create_database(self, name: str, template: str = "template0") -> str:
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_role(self, name: str, *databases: str) -> None:
        """Drop ``name`` after dropping what it owns in ``databases``."""
        for database in databases:
            with contextlib.suppress(Exception):  # the database may be gone already
                self.execute(f'DROP OWNED BY "{name}"', database=database)
        self.execute(f'DROP ROLE IF EXISTS "{name}"')

    # -- helpers -----------------------------------------------------------------------------------

    def log_tail(self, lines: int = 20) -> str:
        with contextlib.suppress(OSError):
            text = (self.root / "server.log").read_text(errors="replace")
            return "\n".join(text.splitlines()[-lines:])
        return ""

    def _as_owner(self) -> dict[str, Any]:
        # initdb and postgres refuse to run as root: drop to the postgres user.
        if not _is_root():
            return {}
        return {"user": SUPERUSER, "group": SUPERUSER, "extra_groups": []}

    def _chown(self, path: Path) -> None:
        if _is_root():
            shutil.chown(path, SUPERUSER, SUPERUSER)

    def _run(self, program: str, *args: str) -> None:
        started = time.perf_counter()
        done = subprocess.run(
            [str(self.bin_dir / program), *args],
            capture_output=True,
            text=True,
            cwd=self.root,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
            timeout=120,
            check=False,
            **self._as_owner(),
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"{program} failed ({done.returncode}, {time.perf_counter() - started:.1f} s): "
                f"{done.stderr.strip() or done.stdout.strip()}\n{self.log_tail()}"
            )


# What makes two schemas the same for the tests: relations, columns, indexes, triggers,
# extensions, and the rows of the tables a reset keeps.
_FINGERPRINT = """
SELECT md5(concat_ws('|',
  (SELECT string_agg(c.relname || ':' || c.relkind::text, ',' ORDER BY c.relname)
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'),
  (SELECT string_agg(c.relname || '.' || a.attname || ':' || format_type(a.atttypid, a.atttypmod)
                     || ':' || a.attnotnull, ',' ORDER BY c.relname, a.attnum)
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped),
  (SELECT string_agg(indexdef, ',' ORDER BY indexname) FROM pg_indexes
     WHERE schemaname = 'public'),
  (SELECT string_agg(t.tgname, ',' ORDER BY t.tgname) FROM pg_trigger t
     JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public'),
  (SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension),
  %s))
"""


class ScratchDatabase:
    """One database on ``server`` that each test gets clean, two ways:

    - ``reset()``: empty, its public schema recreated (about 10 ms);
    - ``reset_prepared()``: as ``prepare(url)`` leaves an empty database (the app's migrations):
      its rows deleted (about 6 ms) when the last test left the schema as prepared, else the
      schema recreated and prepared again (about 60 ms).

    A new database per test from a template costs 60 ms or more.
    """

    def __init__(
        self,
        server: PostgresServer,
        name: str,
        prepare: Callable[[str], None] | None = None,
        keep_rows_of: tuple[str, ...] = (),
    ) -> None:
        self.server = server
        self.name = name
        self.url = server.url(name)
        self.prepare = prepare
        self.keep_rows_of = keep_rows_of  # tables a reset does not empty (schema version)
        self._prepared: str | None = None  # the fingerprint of the prepared schema
        self._conn: Any = None
        server.create_database(name)

    def reset(self) -> str:
        """Empty the database (ending any connection a test left open) and return its URL."""
        self._retrying(self._drop_schema)
        return self.url

    def reset_prepared(self) -> str:
        """The prepared schema with no rows (ending any connection a test left open)."""
        assert self.prepare is not None
        if self._prepared is not None and self._retrying(self._fingerprint) == self._prepared:
            self._retrying(self._empty_tables)
            return self.url
        self.reset()
        self.prepare(self.url)
        self._prepared = self._retrying(self._fingerprint)
        return self.url

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None

    def _retrying(self, work: Callable[[Any], Any]) -> Any:
        import psycopg2

        for attempt in (1, 2):
            if self._conn is None or self._conn.closed:
                self._conn = self.server.admin(self.name)
            try:
                with self._conn.cursor() as cursor:
                    return work(cursor)
            except (psycopg2.OperationalError, psycopg2.InterfaceError):
                self.close()  # the server was restarted since: connect again
                if attempt == 2:
                    raise
        return None

    def _end_other_sessions(self, cursor: Any) -> None:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )

    def _drop_schema(self, cursor: Any) -> None:
        self._end_other_sessions(cursor)
        self._prepared = None
        # As initdb leaves it in PostgreSQL 15: owned by the database owner, usable by all.
        cursor.execute(
            "DROP SCHEMA public CASCADE; "
            "CREATE SCHEMA public AUTHORIZATION pg_database_owner; "
            "GRANT USAGE ON SCHEMA public TO PUBLIC"
        )

    def _empty_tables(self, cursor: Any) -> None:
        self._end_other_sessions(cursor)
        cursor.execute(
            "SELECT quote_ident(tablename) FROM pg_tables "
            "WHERE schemaname = 'public' AND NOT tablename = ANY(%s)",
            (list(self.keep_rows_of),),
        )
        tables = [row[0] for row in cursor.fetchall()]
        # DELETE, not TRUNCATE: a test leaves a few rows, and TRUNCATE replaces the files of every
        # table and index (30 ms). Without foreign-key triggers the order does not matter.
        statements = [f"DELETE FROM {table}" for table in tables]
        cursor.execute(
            "SET session_replication_role = replica; "
            + "; ".join(statements)
            + "; SET session_replication_role = DEFAULT; "
            "SELECT setval(c.oid, s.seqstart, false) FROM pg_sequence s "
            "JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public'"
        )

    def _fingerprint(self, cursor: Any) -> str:
        rows = " || ".join(
            f"(SELECT coalesce(string_agg(t::text, ',' ORDER BY t::text), '') FROM {table} t)"
            for table in self.keep_rows_of
            if self._table_exists(cursor, table)
        )
        cursor.execute(_FINGERPRINT % (rows or "''"))
        return str(cursor.fetchone()[0])

    @staticmethod
    def _table_exists(cursor: Any, table: str) -> bool:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (f"public.{table}",))
        return bool(cursor.fetchone()[0])
