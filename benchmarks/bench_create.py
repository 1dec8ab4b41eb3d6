"""Creating a customer: the app's create against the same writes through plain sqlite3.

    python benchmarks/bench_create.py --customers 1000000 [--book /tmp/book1m.db] [--creates 200]

On a copy of the N-customer book (SQLite): ``services.onboarding.create_customer`` on the
simulator (what the wizard's Submit runs on its worker: validation, the submission journal, the
simulated Partner Center, the customer, its subscription and their history), ``--creates`` times.

Baseline: the statements that create wrote, as SQLite itself saw them (the connection's trace
callback during one create: every INSERT, UPDATE and DELETE with its values, and the BEGIN and
COMMIT around them, so the same transactions and the same commits), replayed through a plain
``sqlite3`` connection with the app's durability (WAL, synchronous=NORMAL, foreign keys on: see
store/database.py SQLITE_PRAGMAS), each replay with fresh ids, domain and e-mail. The reads the
app makes (its checks) are not replayed: the baseline is the least a create must write. App
creates and replays alternate. Median, p90 and max of each, and the ratio of medians.

PostgreSQL (``--database``): the app's create only (no baseline).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (
    book_url,
    copy_book,
    drop_copy,
    fmt_spread,
    is_postgres_url,
    rounded,
    spread,
    sqlite_path,
)

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN", "COMMIT", "END", "SAVEPOINT",
          "RELEASE", "ROLLBACK")  # fmt: skip
HEX32 = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")
UUID36 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
FIRST_NUMBER = 900_000_000  # request(i) numbers: long enough to be replaced safely


def fresh(sql: str, number: int, new_number: int, ids: dict[str, str]) -> str:
    """``sql`` with other ids (32 hex digits or a dashed UUID, the same new one for the same old
    one) and the customer's number (in its company, domain, e-mail) replaced."""

    def swap(match: re.Match[str]) -> str:
        old = match.group(0)
        if old not in ids:
            new = uuid.uuid4()
            ids[old] = new.hex if len(old) == 32 else str(new)
        return ids[old]

    sql = UUID36.sub(swap, HEX32.sub(swap, sql))
    return sql.replace(str(number), str(new_number))


def commits(writes: list[str]) -> int:
    """Commits: explicit transactions, and writes outside one (each commits by itself)."""
    count, inside = 0, False
    for sql in writes:
        word = sql.lstrip().split(None, 1)[0].upper()
        if word == "BEGIN":
            inside = True
        elif word in ("COMMIT", "END"):
            inside, count = False, count + 1
        elif not inside and word not in ("SAVEPOINT", "RELEASE", "ROLLBACK"):
            count += 1
    return count


def measure(url: str, work: Path, creates: int) -> dict[str, Any]:
    from onboarding import request

    from reseller_desktop.services.context import open_services
    from reseller_desktop.store.database import close_store
    from reseller_desktop.store.models import database_proxy

    copy = copy_book(url, "create", work)
    data_dir = work / "create-app"
    data_dir.mkdir(exist_ok=True)
    try:
        services = open_services(data_dir, data_dir, database=copy)
        onboarding = services.onboarding
        number = FIRST_NUMBER
        for _ in range(3):  # warm-up: caches, first statements
            onboarding.create_customer(request(number))
            number += 1
        app_ms: list[float] = []
        plain_ms: list[float] = []
        writes: list[str] = []
        captured_number = -1
        statements = 0
        plain: sqlite3.Connection | None = None
        if not is_postgres_url(copy):
            # What this create writes, as SQLite saw it (values inlined).
            seen: list[str] = []
            connection = database_proxy.obj.connection()
            connection.set_trace_callback(seen.append)
            captured_number = number
            onboarding.create_customer(request(number))
            number += 1
            connection.set_trace_callback(None)
            statements = len(seen)
            # Trigger steps come as "-- ..." (the triggers run again on replay); a statement
            # may be reported again when SQLite re-runs it (a trigger's sub-program): once.
            for sql in seen:
                if sql.lstrip().upper().startswith(WRITES) and (not writes or writes[-1] != sql):
                    writes.append(sql)
            plain = sqlite3.connect(sqlite_path(copy), isolation_level=None)
            for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON",
                           "busy_timeout = 5000"):  # fmt: skip
                plain.execute(f"PRAGMA {pragma}")
        replay = number + creates + 10
        for _ in range(creates):
            r = request(number)
            number += 1
            started = time.perf_counter()
            onboarding.create_customer(r)
            app_ms.append((time.perf_counter() - started) * 1000)
            if plain is not None:
                ids: dict[str, str] = {}
                sqls = [fresh(sql, captured_number, replay, ids) for sql in writes]
                replay += 1
                started = time.perf_counter()
                for sql in sqls:
                    plain.execute(sql)
                plain_ms.append((time.perf_counter() - started) * 1000)
        if plain is not None:
            plain.close()
        close_store()
    finally:
        drop_copy(copy)
    figures: dict[str, Any] = {"create_ms": spread(app_ms), "create_count": creates}
    if plain_ms:
        figures |= {
            "create_plain_ms": spread(plain_ms),
            "create_ratio": figures["create_ms"]["median"] / spread(plain_ms)["median"],
            "create_statements": statements,
            "create_writes": sum(1 for s in writes if not s.upper().startswith(WRITES[4:])),
            "create_commits": commits(writes),
            "create_written": [s[:60] for s in writes],
        }
    return figures


def report(f: dict[str, Any]) -> None:
    print(f"create_customer, {f['create_count']} times on a copy of the book:")
    print(f"  app   {fmt_spread(f['create_ms'], digits=2)}")
    if "create_plain_ms" in f:
        print(f"  plain {fmt_spread(f['create_plain_ms'], digits=2)}")
        print(
            f"  ratio of medians x{f['create_ratio']:.2f}; the app ran {f['create_statements']} "
            f"statements, {f['create_writes']} of them writes, with {f['create_commits']} "
            "commits"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--creates", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-create-") as tmp:
        work = Path(tmp)
        url, built = book_url(args.database, args.book, args.customers, work)
        print(f"book: {args.customers:,} customers at {url} (built in {built:.0f} s)", flush=True)
        figures = measure(url, work, args.creates)
    report(figures)
    name = "postgresql" if is_postgres_url(args.database) else "sqlite"
    print(json.dumps(rounded({"database": name, "customers": args.customers, **figures})))
    os._exit(0)  # the store's threads: nothing to tear down


if __name__ == "__main__":
    main()
