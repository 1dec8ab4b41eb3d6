"""What the customer-book benchmarks share: the books, their variants, the raw driver, figures.

The N-customer book is built once by ``make_book.build`` (seed 7) and kept (``--book``); the
benchmarks that change a book work on a copy of it (a SQLite file copy, a PostgreSQL database
created from it as a template), changed with plain SQL into the variant they need:

- ``future``: every customer in flight is due a day after the real clock's now. make_book dates
  its book from 2026-11-23 12:00 UTC, so its in-flight customers are overdue whenever the app
  runs later with the real clock: an unchanged book would start with a backlog.
- ``overdue``: ``future``, then ``overdue`` customers spread over the book made pending or
  provisioning, due 0 to 48 hours ago (a weekend's backlog), their subscriptions pending.
  ``reset_overdue`` puts them back after a run advanced them.
- ``in_flight``: exactly ``count`` customers in flight (the others active), due as make_book
  made them (from 2026-11-23 12:00 on, for a clock injected from BOOK_NOW).
"""

from __future__ import annotations

import functools
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BOOK_NOW = datetime(2026, 11, 23, 12, 0, 0)  # make_book's "now": in-flight customers are due after
SIMULATOR_ACTOR = "Microsoft (simulated)"  # simulator/provisioning.py: its audit rows
IN_FLIGHT = ("pending", "provisioning")


# ----------------------------------------------------------------------------------------------
# Figures

# Twice the biggest CPU cache of the machines measured (a 32 MiB L3), written a byte per 64-byte
# line: what any timed step found in the caches from the step before is gone.
_EVICTION_BYTES = 64 * 1024 * 1024


@functools.cache
def _eviction_buffer() -> tuple[bytearray, bytes]:
    """The buffer, and a byte for each of its lines (a store brings its line into the cache,
    whatever the value)."""
    return bytearray(_EVICTION_BYTES), b"\1" * (_EVICTION_BYTES // 64)


def evict_cpu_caches() -> None:
    """Leave the CPU's caches holding nothing of the last step (about 4 ms, outside any timing).

    Steps timed one after the other in one process leave their data in the caches: a query
    run again right after itself reads warm cache lines, one run after other work does not
    (the same SQLite walk: 1.9 ms warm, 3.4 ms after 64 MB of other reads). A baseline timed
    three times in a row against a window's one keystroke, typed after the baseline's and the
    paint floor's work, would compare a warm run with a cold one; each timed step starts cold.
    """
    buffer, lines = _eviction_buffer()
    buffer[::64] = lines


def p90(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def spread(values: Iterable[float]) -> dict[str, float]:
    """median, p90, max (and n) of ``values``."""
    got = list(values)
    if not got:
        return {"median": float("nan"), "p90": float("nan"), "max": float("nan"), "n": 0}
    return {"median": statistics.median(got), "p90": p90(got), "max": max(got), "n": len(got)}


def fmt_spread(s: dict[str, float], unit: str = "ms", digits: int = 1) -> str:
    return (
        f"median {s['median']:.{digits}f} {unit}, p90 {s['p90']:.{digits}f} {unit}, "
        f"max {s['max']:.{digits}f} {unit} (n={s['n']})"
    )


def rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


def last_json(stdout: str) -> dict[str, Any]:
    return json.loads(stdout.strip().splitlines()[-1])


def run_child(command: list[str], timeout: float | None = None) -> dict[str, Any]:
    """Run a benchmark child (this Python), its stderr passed through; its last JSON line."""
    done = subprocess.run(
        [sys.executable, *command], stdout=subprocess.PIPE, text=True, check=True, timeout=timeout
    )
    return last_json(done.stdout)


def rss_kb(field: str = "VmRSS") -> int:
    """This process's resident memory now (VmRSS) or its peak (VmHWM), in KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ----------------------------------------------------------------------------------------------
# Databases


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.split(":", 1)[0] in ("postgresql", "postgres")  # type: ignore[union-attr]


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


# PostgreSQL's JIT compiles a statement the planner prices dear before running it (10-110 ms for
# a walk that then takes one): the app turns it off (store/postgres.py), and so do the baselines,
# the fastest honest way to the same rows.
JIT_OFF = "-c jit=off"


def raw_connect(url: str):  # type: ignore[no-untyped-def]
    """The driver's own connection to the book (autocommit), for baselines and book changes;
    on PostgreSQL without JIT, as the app's (JIT_OFF)."""
    if is_postgres_url(url):
        import psycopg2

        conn = psycopg2.connect(url, options=JIT_OFF)
        conn.autocommit = True
        return conn
    conn = sqlite3.connect(sqlite_path(url), isolation_level=None, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg2

    parsed = urlparse(url)
    conn = psycopg2.connect(parsed._replace(path="/postgres").geturl())
    conn.autocommit = True
    return conn


def database_url(url: str, name: str) -> str:
    return urlparse(url)._replace(path=f"/{name}").geturl()


def sibling_url(url: str, suffix: str) -> str:
    """The PostgreSQL database NAME_suffix on the server of ``url`` (created when missing)."""
    import psycopg2

    parsed = urlparse(url)
    name = f"{parsed.path.lstrip('/')}_{suffix}"
    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return parsed._replace(path=f"/{name}").geturl()


def postgres_book(url: str, customers: int, seed: int, work: Path) -> float:
    """Fill the PostgreSQL database at ``url`` unless it holds ``customers``; build seconds."""
    import psycopg2

    conn = psycopg2.connect(url)
    with conn.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.customer') IS NOT NULL")
        count = -1
        if cursor.fetchone()[0]:
            cursor.execute("SELECT count(*) FROM customer")
            count = int(cursor.fetchone()[0])
    conn.close()
    if count == customers:
        return 0.0
    import make_book

    if count >= 0:
        raise SystemExit(f"{url} holds {count} customers, not {customers}: drop it first")
    work.mkdir(parents=True, exist_ok=True)
    built = make_book.build(url, customers, seed, work)
    from reseller_desktop.store.database import close_store

    close_store()
    return built


def book_size(path: Path) -> int:
    if not path.is_file():
        return -1
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
    except sqlite3.Error:
        return -1


def ensure_book(path: Path, customers: int, seed: int = 7) -> float:
    """Build the book at ``path`` unless it holds ``customers`` already; return build seconds."""
    if book_size(path) == customers:
        return 0.0
    import make_book

    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    return make_book.build(f"sqlite:///{path}", customers, seed, path.parent)


def book_url(
    database: str | None, book: Path | None, customers: int, work: Path
) -> tuple[str, float]:
    """The N-customer book's URL (built when missing) and its build seconds."""
    if is_postgres_url(database):
        url = sibling_url(database, "book")  # type: ignore[arg-type]
        return url, postgres_book(url, customers, 7, work / "build")
    path = (book or work / "book.db").resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}", ensure_book(path, customers)


def copy_book(url: str, name: str, work: Path) -> str:
    """A fresh copy of the book at ``url``: ``work/name.db`` (SQLite) or database ``..._name``
    made from it as a template (PostgreSQL, no one may be connected to the book meanwhile)."""
    if is_postgres_url(url):
        target = f"{urlparse(url).path.lstrip('/')}_{name}"
        source = urlparse(url).path.lstrip("/")
        conn = _admin(url)
        with conn.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname IN (%s, %s) AND pid <> pg_backend_pid()",
                (source, target),
            )
            cursor.execute(f'DROP DATABASE IF EXISTS "{target}"')
            cursor.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
        conn.close()
        return database_url(url, target)
    source_path = sqlite_path(url)
    with sqlite3.connect(source_path) as conn:  # the WAL into the file, so one file is the book
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target_path = work / f"{name}.db"
    for stale in work.glob(f"{name}.db*"):
        stale.unlink()
    shutil.copyfile(source_path, target_path)
    return f"sqlite:///{target_path}"


def drop_copy(url: str) -> None:
    if is_postgres_url(url):
        conn = _admin(url)
        name = urlparse(url).path.lstrip("/")
        with conn.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.close()
        return
    path = sqlite_path(url)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()


# ----------------------------------------------------------------------------------------------
# Book variants (plain SQL on a copy)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _sql(conn: Any, pg: bool, statements: list[tuple[str, tuple]]) -> None:
    cursor = conn.cursor()
    if not pg:
        cursor.execute("BEGIN IMMEDIATE")
    for sql, params in statements:
        cursor.execute(sql.replace("%", "%%").replace("?", "%s") if pg else sql, params)
    if not pg:
        cursor.execute("COMMIT")
    cursor.close()


def make_future(url: str) -> None:
    """Every customer in flight due a day (and its make_book offset) after the real now."""
    pg = is_postgres_url(url)
    shift = int((utc_now() + timedelta(days=1) - BOOK_NOW).total_seconds())
    conn = raw_connect(url)
    expr = (
        "next_change_at + make_interval(secs => ?)"
        if pg
        else "datetime(next_change_at, '+' || ? || ' seconds')"
    )
    _sql(conn, pg, [(f"UPDATE customer SET next_change_at = {expr} "
                     "WHERE next_change_at IS NOT NULL", (shift,))])  # fmt: skip
    conn.close()


def _chosen(pg: bool, count: int, total: int) -> str:
    """SQL for ``count`` customers spread evenly over the book (by row order)."""
    stride = max(1, total // max(count, 1))
    if pg:
        return (
            "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n "
            f"FROM customer) t WHERE n % {stride} = 0 LIMIT {count}"
        )
    return f"SELECT id FROM customer WHERE rowid % {stride} = 0 LIMIT {count}"


def customer_count(url: str) -> int:
    conn = raw_connect(url)
    cursor = conn.cursor()
    cursor.execute("SELECT count(*) FROM customer")
    count = int(cursor.fetchone()[0])
    conn.close()
    return count


def reset_overdue(url: str, overdue: int) -> int:
    """Make ``overdue`` customers due 0-48 h before now (half pending, half provisioning, their
    subscriptions pending); forget the simulator's audit rows. Idempotent: resets a run."""
    pg = is_postgres_url(url)
    total = customer_count(url)
    overdue = min(overdue, total)
    now = utc_now()
    chosen = _chosen(pg, overdue, total)
    # Due times spread over the past 48 hours by a hash of the row: reproducible.
    if pg:
        due = "?::timestamp - make_interval(secs => (abs(hashtext(id::text)) % 172800))"
        half = "abs(hashtext(id::text)) % 2 = 0"
    else:
        due = "datetime(?, '-' || (abs(rowid * 2654435761) % 172800) || ' seconds')"
        half = "abs(rowid * 2654435761) % 1000003 % 2 = 0"  # not rowid % 2: the stride is even
    conn = raw_connect(url)
    _sql(conn, pg, [
        (f"UPDATE customer SET status = CASE WHEN {half} THEN 'pending' ELSE 'provisioning' END, "
         f"status_reason = '', next_change_at = {due} WHERE id IN ({chosen})",
         (now if pg else str(now),)),
        (f"UPDATE subscription SET status = 'pending', order_status = 'pending' "
         f"WHERE customer_id IN ({chosen})", ()),
        ("DELETE FROM audit_event WHERE actor = ?", (SIMULATOR_ACTOR,)),
    ])  # fmt: skip
    conn.close()
    return overdue


def due_count(url: str, conn: Any = None) -> int:
    """Customers due at the real clock's now (what the app's provisioning still has to do)."""
    own = conn is None
    conn = conn or raw_connect(url)
    mark = "%s" if is_postgres_url(url) else "?"
    cursor = conn.cursor()
    cursor.execute(
        "SELECT count(*) FROM customer WHERE next_change_at IS NOT NULL "
        f"AND next_change_at <= {mark}",
        (utc_now() if is_postgres_url(url) else str(utc_now()),),
    )
    count = int(cursor.fetchone()[0])
    cursor.close()
    if own:
        conn.close()
    return count


def make_in_flight(url: str, count: int) -> int:
    """Exactly ``count`` customers in flight (as make_book dates them), the others active."""
    pg = is_postgres_url(url)
    total = customer_count(url)
    count = min(count, total)
    conn = raw_connect(url)
    cursor = conn.cursor()
    cursor.execute("SELECT count(*) FROM customer WHERE status IN ('pending', 'provisioning')")
    have = int(cursor.fetchone()[0])
    cursor.close()
    if have > count:  # keep the first ``count`` (row order), the rest become active
        key = "id" if pg else "rowid"
        keep = (
            f"SELECT {key} FROM customer WHERE status IN ('pending', 'provisioning') "
            f"ORDER BY {key} LIMIT {count}"
        )
        gone = (
            f"SELECT id FROM customer WHERE status IN ('pending', 'provisioning') "
            f"AND {key} NOT IN ({keep})"
        )
        _sql(conn, pg, [
            (f"UPDATE subscription SET status = 'active', order_status = 'completed' "
             f"WHERE customer_id IN ({gone})", ()),
            (f"UPDATE customer SET status = 'active', next_change_at = NULL WHERE id IN ({gone})",
             ()),
        ])  # fmt: skip
    elif have < count:  # active customers become pending, due over make_book's 3 minutes
        more = count - have
        if pg:
            due = "?::timestamp + make_interval(secs => (abs(hashtext(id::text)) % 180))"
            pick = f"SELECT id FROM customer WHERE status = 'active' ORDER BY id LIMIT {more}"
        else:
            due = "datetime(?, '+' || (abs(rowid * 2654435761) % 180) || ' seconds')"
            pick = f"SELECT id FROM customer WHERE status = 'active' ORDER BY rowid LIMIT {more}"
        _sql(conn, pg, [
            (f"UPDATE subscription SET status = 'pending', order_status = 'pending' "
             f"WHERE customer_id IN ({pick})", ()),
            (f"UPDATE customer SET status = 'pending', next_change_at = {due} "
             f"WHERE id IN ({pick})", (BOOK_NOW if pg else str(BOOK_NOW),)),
        ])  # fmt: skip
    conn.close()
    return count


def analyze(url: str) -> None:
    conn = raw_connect(url)
    conn.cursor().execute("ANALYZE")
    conn.close()


def exit_with_parent() -> None:
    """End this process when the one that started it ends (killed with Ctrl+C or a signal): a
    benchmark child left running would go on writing to the same log and load the cores of the
    next run. Polled once a second by a thread, the same on every system."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
