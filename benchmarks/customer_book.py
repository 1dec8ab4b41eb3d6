"""Customer management at the scale of a large partner: open, filter, tick, memory.

    python benchmarks/customer_book.py --customers 1000000 [--book /tmp/book.db]

Measures, in one run on one machine, and prints the figures, then one JSON object on the last line:

- ``open_ratio``: time to show the main window (open the store, build the window, first paint of
  the list) with N customers / with an empty store. Each opening runs in a fresh process.
- ``filter_ms``: median time from a keystroke in the search box to the repainted list, typing
  realistic searches character by character; ``filter_ratio``: that / the median time of the same
  SQL statements run with raw ``sqlite3`` (a walk over the sort index reads as many rows as the
  app's did).
- ``tick_ms``: median provisioning tick with 10,000 customers in flight (a 100,000-customer book of
  which a tenth is pending or provisioning), the clock moving one second per tick.
- ``rss_ratio``: peak resident memory of a process that opens the window, searches, scrolls and
  ticks, with N customers / with an empty store.

``--book PATH`` keeps the N-customer book (SQLite) to reuse on the next run; the books are built
with ``make_book.build``.

``--database postgresql://.../NAME`` measures the same on PostgreSQL (run it through
``with_postgres.py``): the books go into databases NAME_book, NAME_small, NAME_empty and
NAME_tick on that server (created when missing, kept and reused when they hold the right count),
and the raw baseline replays the app's statements with psycopg2.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = ["zenith labs", "harbor12345", "camille.4711", "falcon conseil", "dupont", "meridian 9"]
OPEN_RUNS = 5
BOOK_NOW = datetime(2026, 11, 23, 12, 0, 0)  # make_book's "now": in-flight customers are due after


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.split(":", 1)[0] in ("postgresql", "postgres")  # type: ignore[union-attr]


def raw_connect(url: str):  # type: ignore[no-untyped-def]
    """The driver's own connection to the book, for the raw baseline."""
    if is_postgres_url(url):
        import psycopg2

        return psycopg2.connect(url)
    return sqlite3.connect(url.removeprefix("sqlite:///"))


def sibling_url(url: str, suffix: str) -> str:
    """The PostgreSQL database NAME_suffix on the server of ``url`` (created when missing)."""
    from urllib.parse import urlparse

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


# ----------------------------------------------------------------------------------------------
# Child process: open the window once, report the time and the peak memory.


def qt_app(data_dir: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir / "qs"))
    return app


def paint_spy(widget):  # type: ignore[no-untyped-def]
    """An object whose ``painted`` turns True when ``widget`` has painted itself."""
    from PySide6.QtCore import QEvent, QObject

    class PaintSpy(QObject):
        painted = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    spy = PaintSpy()
    widget.installEventFilter(spy)
    return spy


def peak_rss_kb() -> int:
    """This process's own peak memory. Linux keeps ru_maxrss across exec, so a child started by
    a parent that once held a big book would report the parent's peak; VmHWM starts afresh."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(figures: dict) -> None:
    """Print the child's figures and leave at once (tearing Qt down is not measured)."""
    print(json.dumps(figures), flush=True)
    os._exit(0)


def child_open(url: str, data_dir: Path) -> None:
    app = qt_app(data_dir)
    from reseller_desktop.services.context import open_services
    from reseller_desktop.services.live import build_live
    from reseller_desktop.views.main_window import MainWindow

    started = time.perf_counter()
    services = open_services(data_dir, data_dir, database=url)
    window = MainWindow(services, build_live(services))
    spy = paint_spy(window.table.viewport())
    window.show()
    while not spy.painted:
        app.processEvents()
    opened = time.perf_counter() - started
    rows = window.model.rowCount()
    # What a working session does next: search, scroll through pages, the clock ticks.
    for text in ("zen", "zenith", "zenith 4"):
        window.ui.searchEdit.setText(text)
        window._apply_search()
    window.ui.searchEdit.clear()
    window._apply_search()
    for _ in range(5):
        window.model.fetchMore()
    # A tick as most are: nothing due (ticking at the book's own time would advance customers
    # and change the book kept for the next run).
    services.partner_center.engine.tick(BOOK_NOW - timedelta(hours=1))
    app.processEvents()
    peak_kb = peak_rss_kb()
    report({"open_ms": opened * 1000, "rows": rows, "rss_kb": peak_kb})


def child(mode: str, target: str, data_dir: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, mode, target, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------------------------
# Filter: keystrokes in the real window, against the same statements on raw sqlite3.


def replay(conn, trace: list[list]) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    for sql, params, rows in trace:
        cursor = conn.cursor()
        cursor.execute(sql, params)
        if rows is None:
            cursor.fetchall()
        else:
            read = 0
            while read < rows:
                batch = cursor.fetchmany(256)
                if not batch:
                    break
                read += len(batch)
        cursor.close()
    return time.perf_counter() - started


def child_filter(url: str, data_dir: Path) -> None:
    app = qt_app(data_dir)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from reseller_desktop.services.context import open_services
    from reseller_desktop.services.live import build_live
    from reseller_desktop.views.main_window import MainWindow

    services = open_services(data_dir, data_dir, database=url)
    window = MainWindow(services, build_live(services))
    window.show()
    app.processEvents()
    raw = raw_connect(url)
    queries = services.customers
    edit = window.ui.searchEdit

    def keystroke(char: str) -> tuple[float, float] | None:
        """From the key press to the list painted with the new rows, and raw sqlite3's time
        for the same statements; None for a key that changes no query (a space)."""
        queries.trace = []
        before = window.model.query
        spy = paint_spy(window.table.viewport())
        started = time.perf_counter()
        QTest.keyClicks(edit, char)
        while window._search_timer.isActive():
            app.processEvents()
        changed = window.model.query != before
        while changed and not spy.painted:
            app.processEvents()
        app_time = time.perf_counter() - started
        window.table.viewport().removeEventFilter(spy)
        trace, queries.trace = queries.trace, None
        return (app_time, replay(raw, trace)) if changed else None

    def clear() -> None:
        edit.clear()
        window._apply_search()

    measured: list[tuple[float, float]] = []
    for search in SEARCHES:
        for warm_up in (True, False):
            clear()
            for char in search:
                times = keystroke(char)
                if times is not None and not warm_up:
                    measured.append(times)
    clear()
    # The same typing with the list sorted by company (another index, other plans).
    header = window.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    by_company = []
    for search in SEARCHES[:3]:
        clear()
        by_company += [times[0] for times in map(keystroke, search) if times is not None]
    app_ms = [a * 1000 for a, _r in measured]
    raw_ms = [r * 1000 for _a, r in measured]
    report(
        {
            "filter_ms": statistics.median(app_ms),
            "filter_raw_ms": statistics.median(raw_ms),
            "filter_ratio": statistics.median(app_ms) / statistics.median(raw_ms),
            "filter_ratio_median_per_key": statistics.median(
                a / r for a, r in zip(app_ms, raw_ms, strict=True)
            ),
            "filter_p90_ms": statistics.quantiles(app_ms, n=10)[-1],
            "filter_max_ms": max(app_ms),
            "filter_keystrokes": len(app_ms),
            "filter_ms_sorted_by_company": statistics.median(by_company) * 1000,
            "filter_max_ms_sorted_by_company": max(by_company) * 1000,
        }
    )


# ----------------------------------------------------------------------------------------------
# Tick: 10,000 customers in flight.


def measure_tick(work: Path, url: str | None = None) -> dict[str, float]:
    from reseller_desktop.domain.provisioning import IN_FLIGHT
    from reseller_desktop.services.partner_center.simulator.provisioning import ProvisioningService
    from reseller_desktop.store.database import close_store, open_store
    from reseller_desktop.store.models import Customer

    if is_postgres_url(url):
        tick_url = sibling_url(url, "tick")  # type: ignore[arg-type]
        postgres_book(tick_url, 100_000, 11, work / "tick")
    else:
        path = work / "tick.db"
        ensure_book(path, 100_000, seed=11)
        tick_url = f"sqlite:///{path}"
    open_store(tick_url, work)
    in_flight = Customer.select().where(Customer.status.in_(IN_FLIGHT)).count()
    now = BOOK_NOW
    service = ProvisioningService(clock=lambda: now)
    times, advanced = [], []
    for _ in range(600):
        now += timedelta(seconds=1)
        started = time.perf_counter()
        result = service.tick(now)
        times.append(time.perf_counter() - started)
        advanced.append(len(result.changed))
    close_store()
    return {
        "tick_ms": statistics.median(times) * 1000,
        "tick_p90_ms": statistics.quantiles(times, n=10)[-1] * 1000,
        "tick_in_flight": in_flight,
        "tick_advanced_per_tick": statistics.mean(advanced),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--child-open", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--child-filter", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_open:
        child_open(args.child_open, args.data_dir)
    if args.child_filter:
        child_filter(args.child_filter, args.data_dir)

    with tempfile.TemporaryDirectory(prefix="customer-book-") as tmp:
        work = Path(tmp)
        empty_dir, small_dir, full_dir = work / "empty", work / "small", work / "full"
        for folder in (empty_dir, small_dir, full_dir):
            folder.mkdir()
        if is_postgres_url(args.database):
            full_url = sibling_url(args.database, "book")
            built = postgres_book(full_url, args.customers, 7, work / "build")
            book = full_url
            empty_url = sibling_url(args.database, "empty")
            small_url = sibling_url(args.database, "small")
            postgres_book(small_url, 1000, 3, work / "build_small")
        else:
            book = args.book or work / "book.db"
            book.parent.mkdir(parents=True, exist_ok=True)
            built = ensure_book(book, args.customers)
            empty_url = f"sqlite:///{empty_dir / 'empty.db'}"
            full_url = f"sqlite:///{book}"
            # A 1,000-customer book too: a window with a screenful of rows against one with a
            # million shows what, if anything, grows with N (the empty window paints no rows).
            ensure_book(small_dir / "small.db", 1000, seed=3)
            small_url = f"sqlite:///{small_dir / 'small.db'}"
        print(f"book: {args.customers:,} customers in {book} (built in {built:.0f} s)")
        child("--child-open", empty_url, empty_dir)  # creates the empty store; not counted
        empty_runs, small_runs, full_runs = [], [], []
        for _ in range(OPEN_RUNS):  # interleaved, so all see the same machine load
            empty_runs.append(child("--child-open", empty_url, empty_dir))
            small_runs.append(child("--child-open", small_url, small_dir))
            full_runs.append(child("--child-open", full_url, full_dir))
        open_empty = statistics.median(r["open_ms"] for r in empty_runs)
        open_small = statistics.median(r["open_ms"] for r in small_runs)
        open_full = statistics.median(r["open_ms"] for r in full_runs)
        rss_empty = statistics.median(r["rss_kb"] for r in empty_runs) / 1024
        rss_full = statistics.median(r["rss_kb"] for r in full_runs) / 1024
        print(
            f"open: {open_empty:.1f} ms empty, {open_small:.1f} ms with 1,000 customers, "
            f"{open_full:.1f} ms with the book"
        )
        print(f"peak memory: {rss_empty:.1f} MB empty, {rss_full:.1f} MB with the book")
        filtering = child("--child-filter", full_url, full_dir)
        print(
            f"filter: median {filtering['filter_ms']:.1f} ms per keystroke "
            f"(raw driver {filtering['filter_raw_ms']:.1f} ms), "
            f"p90 {filtering['filter_p90_ms']:.1f} ms, max {filtering['filter_max_ms']:.1f} ms"
        )
        ticking = measure_tick(work, args.database)
        print(
            f"tick: median {ticking['tick_ms']:.2f} ms with {ticking['tick_in_flight']:,} in "
            f"flight ({ticking['tick_advanced_per_tick']:.1f} advanced per tick)"
        )
    figures = {
        "database": "postgresql" if is_postgres_url(args.database) else "sqlite",
        "customers": args.customers,
        "open_ratio": open_full / open_empty,
        "filter_ms": filtering["filter_ms"],
        "filter_ratio": filtering["filter_ratio"],
        "tick_ms": ticking["tick_ms"],
        "rss_ratio": rss_full / rss_empty,
        "open_ms_empty": open_empty,
        "open_ms_full": open_full,
        "open_ms_1000": open_small,
        "open_ratio_vs_1000": open_full / open_small,
        "rss_mb_empty": rss_empty,
        "rss_mb_full": rss_full,
        **{k: v for k, v in filtering.items() if k not in ("filter_ms", "filter_ratio")},
        **{k: v for k, v in ticking.items() if k != "tick_ms"},
        "book_build_s": built,
    }
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
