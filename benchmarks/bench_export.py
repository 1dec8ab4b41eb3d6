"""CSV export of the N-customer book: the app's export against a plain driver + csv loop.

    python benchmarks/bench_export.py --customers 1000000 [--book /tmp/book1m.db] [--runs 3]
    python benchmarks/with_postgres.py benchmarks/bench_export.py --customers 1000000

App: what File > Export runs once the user has chosen the file (views/export.py
``export_customers``): a ``CsvExportJob`` for the window's query (the whole book in the default
order, created newest first) on the window's reading worker, a chunk per event-loop turn, timed
from the job's creation (it counts the rows for the progress dialog) to its ``finished`` signal
(the file complete under its name). A 10 ms timer gives the longest event-loop stall meanwhile.

Baseline: one SELECT of the same columns in the same order on the raw driver (sqlite3; psycopg2
with a server-side cursor), written with ``csv.writer`` in the same dialect and encoding, the
cells formatted the same way (the status in words and its explanation from a dict made once per
distinct value, the time in local time with its offset, formula-safe cells). Both files are
compared byte for byte: the baseline must write the same file. Median, p90 and max of
``--runs`` runs each, interleaved.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import book_url, fmt_spread, is_postgres_url, raw_connect, rounded, spread


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            sha.update(block)
    return sha.hexdigest()


def app_export(services: Any, live: Any, path: Path) -> tuple[float, float, int]:
    """The app's export of the default list to ``path``: (seconds, longest stall ms, rows)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from reseller_desktop.services.customer_queries import ListQuery
    from reseller_desktop.views.export import CsvExportJob

    query = ListQuery(sort="created", descending=True)  # the window's default
    longest = 0.0
    last = time.perf_counter()

    def beat() -> None:
        nonlocal longest, last
        now = time.perf_counter()
        longest = max(longest, (now - last) * 1000)
        last = now

    meter = QTimer()
    meter.setTimerType(Qt.TimerType.PreciseTimer)
    meter.setInterval(10)
    meter.timeout.connect(beat)
    loop = QEventLoop()
    outcome: list[bool] = []
    started = time.perf_counter()
    job = CsvExportJob(services.customers, query, path, reader=live.reader)
    job.finished.connect(lambda complete: (outcome.append(complete), loop.quit()))
    last = time.perf_counter()
    meter.start()
    job.start()
    if not outcome:
        loop.exec()
    elapsed = time.perf_counter() - started
    meter.stop()
    if not outcome or not outcome[0]:
        raise SystemExit(f"the app's export failed: {job.error}")
    return elapsed, max(0.0, longest - 10), job.written


def plain_export(url: str, path: Path) -> tuple[float, int]:
    """The same file from one SELECT and csv.writer."""
    from PySide6.QtCore import QCoreApplication

    from reseller_desktop.domain.agreement import agreement_label
    from reseller_desktop.domain.gdap import relationship_label
    from reseller_desktop.domain.provisioning import CUSTOMER_STATUSES
    from reseller_desktop.domain.spreadsheet_safety import neutralise as safe
    from reseller_desktop.views.export import headers, separator
    from reseller_desktop.views.status_look import status_explanation, status_text

    translate = QCoreApplication.translate
    yes_no = {True: translate("Export", "Yes"), False: translate("Export", "No")}
    agreements: dict[str, str] = {}
    relationships: dict[str, str] = {"": ""}

    postgres = is_postgres_url(url)
    started = time.perf_counter()
    texts = {status: status_text(status) for status in CUSTOMER_STATUSES}
    explained: dict[tuple[str, str], str] = {}
    conn = raw_connect(url)
    sql = (
        "SELECT company_name, domain_prefix, country, offer_summary, total_seats, status, "
        "status_reason, created_at, first_name, last_name, email, phone, id, agreement_status, "
        "reseller_name, gdap_default, admin_relationship_status FROM customer "
        f"ORDER BY created_at DESC, {'id' if postgres else 'rowid'} DESC"
    )
    if postgres:
        conn.autocommit = False
        cursor = conn.cursor(name="export")
        cursor.itersize = 2000
    else:
        cursor = conn.cursor()
    cursor.execute(sql)
    written = 0

    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=separator(), quoting=csv.QUOTE_MINIMAL)
        writer.writerow(headers())
        for (company, prefix, country, offers, seats, status, reason, created, first, last,
             email, phone, cid, agreement, reseller, gdap, relationship) in cursor:  # fmt: skip
            if isinstance(created, str):
                created = datetime.fromisoformat(created)
            # Local time (the system's zone, summer time included) with its offset, as Qt's
            # ISODate spells it: seconds, "Z" for UTC.
            stamp = created.replace(tzinfo=UTC).astimezone().isoformat(timespec="seconds")
            if stamp.endswith("+00:00"):
                stamp = stamp[:-6] + "Z"
            explanation = ""
            if reason:
                explanation = explained.get((status, reason)) or explained.setdefault(
                    (status, reason), status_explanation(status, reason)
                )
            cid = str(cid)
            if len(cid) == 32:
                cid = f"{cid[:8]}-{cid[8:12]}-{cid[12:16]}-{cid[16:20]}-{cid[20:]}"
            writer.writerow(
                [
                    safe(company),
                    safe(f"{prefix}.onmicrosoft.com"),
                    safe(country),
                    safe(offers),
                    str(seats),
                    safe(texts.get(status) or status_text(status)),
                    safe(explanation),
                    safe(stamp),
                    safe(f"{first} {last}".strip()),
                    safe(email),
                    safe(phone),
                    cid,
                    safe(
                        agreements.get(agreement)
                        or agreements.setdefault(
                            agreement, agreement_label(agreement).render(translate)
                        )
                    ),
                    safe(reseller),
                    yes_no[bool(gdap)],
                    safe(
                        relationships.get(relationship)
                        or relationships.setdefault(
                            relationship, relationship_label(relationship).render(translate)
                        )
                    ),
                ]
            )
            written += 1
    cursor.close()
    conn.close()
    return time.perf_counter() - started, written


def child(url: str, data_dir: Path, runs: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 - the export's timer and signals need it
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir / "qs"))
    from reseller_desktop.services.context import open_services
    from reseller_desktop.services.live import build_live

    services = open_services(data_dir, data_dir, database=url)
    live = build_live(services)
    app_s, plain_s, stalls = [], [], []
    same = True
    rows = plain_rows = 0
    for number in range(1, runs + 1):
        mine, plain = data_dir / "app.csv", data_dir / "plain.csv"
        seconds, stall, rows = app_export(services, live, mine)
        app_s.append(seconds * 1000)
        stalls.append(stall)
        seconds, plain_rows = plain_export(url, plain)
        plain_s.append(seconds * 1000)
        same = same and digest(mine) == digest(plain)
        print(
            f"  export run {number}/{runs}: app {app_s[-1]:.0f} ms, plain {plain_s[-1]:.0f} ms, "
            f"same file: {same}",
            file=sys.stderr,
            flush=True,
        )
        mine.unlink()
        plain.unlink()
    app_spread, plain_spread = spread(app_s), spread(plain_s)
    print(
        json.dumps(
            {
                "export_rows": rows,
                "export_plain_rows": plain_rows,
                "export_ms": app_spread,
                "export_plain_ms": plain_spread,
                "export_ratio": app_spread["median"] / plain_spread["median"],
                "export_stall_ms": spread(stalls),
                "export_same_file": same,
            }
        ),
        flush=True,
    )
    os._exit(0)


def report(f: dict[str, Any]) -> None:
    print(f"export of {f['export_rows']:,} rows to CSV:")
    print(f"  app   {fmt_spread(f['export_ms'])}")
    print(f"  plain {fmt_spread(f['export_plain_ms'])}")
    print(
        f"  ratio of medians x{f['export_ratio']:.2f}; longest stall while exporting "
        f"{f['export_stall_ms']['max']:.0f} ms; the same file: {f['export_same_file']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.data_dir, args.runs)
    from bench_common import run_child

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        work = Path(tmp)
        url, built = book_url(args.database, args.book, args.customers, work)
        print(f"book: {args.customers:,} customers at {url} (built in {built:.0f} s)", flush=True)
        data_dir = work / "app"
        data_dir.mkdir()
        figures = run_child(
            [__file__, "--child", url, "--data-dir", str(data_dir), "--runs", str(args.runs)]
        )
    report(figures)
    name = "postgresql" if is_postgres_url(args.database) else "sqlite"
    print(json.dumps(rounded({"database": name, "customers": args.customers, **figures})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
