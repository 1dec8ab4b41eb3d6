"""Scrolling the real window through the N-customer book: Ctrl+End, Ctrl+Home, and the memory.

    python benchmarks/bench_scroll.py --customers 1000000 [--book /tmp/book1m.db]
    python benchmarks/with_postgres.py benchmarks/bench_scroll.py --customers 1000000

In a child process, the real main window (services, live services, MainWindow: as the app builds
it) on the book, sorted as a new user sees it (the default sort). The true first and last rows of
that order are asked of the book with a plain connection. Then, as a user:

1. ``Ctrl+End`` pressed on the table, again after the list settled, until the true last row is
   on screen (``--cap`` s at most, default 60): the time and the key presses.
2. ``Ctrl+Home`` the same way back to the true first row.
3. The whole book scrolled through: the scroll bar dragged down by steps of a thousandth of the
   book (at least a page) until the last row is on screen (``--sweep-cap`` s at most). The list
   keeps a bounded window of rows (views/customer_model.py), so its scroll bar spans the window,
   not the book: a step past the window's end is the drag to the bar's end that reads the next
   page, and the sweep still shows every page of the book on its way down.

Resident memory (VmRSS) idle after the first paint, and after the whole book was scrolled
(garbage collected, a second of idle event loop); the ratio; and the same of the process's own
memory (RssAnon), without the file pages SQLite reads through its memory map. Prints the
figures, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (
    book_url,
    fmt_spread,
    is_postgres_url,
    raw_connect,
    rounded,
    rss_kb,
    run_child,
    spread,
)

SORT_COLUMN = {
    "company": "company_name",
    "domain": "domain_key",
    "country": "country",
    "offers": "offer_summary",
    "seats": "total_seats",
    "status": "status",
    "created": "created_at",
}


def end_rows(url: str, sort: str, descending: bool) -> tuple[uuid.UUID, uuid.UUID]:
    """The ids of the true first and last rows of the list's order (as customer_queries orders
    it: the sort column, then the row key), from the book itself."""
    postgres = is_postgres_url(url)
    column = SORT_COLUMN[sort] + (" COLLATE NOCASE" if sort == "company" and not postgres else "")
    key = "id" if postgres else "rowid"
    ends = []
    for reverse in (False, True):
        down = descending != reverse
        d = " DESC" if down else ""
        conn = raw_connect(url)
        cursor = conn.cursor()
        cursor.execute(f"SELECT id FROM customer ORDER BY {column}{d}, {key}{d} LIMIT 1")
        ends.append(uuid.UUID(str(cursor.fetchone()[0])))
        conn.close()
    return ends[0], ends[1]


def child(url: str, data_dir: Path, cap_s: float, sweep_cap_s: float) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir / "qs"))
    from reseller_desktop.services.context import open_services
    from reseller_desktop.services.live import build_live
    from reseller_desktop.views.main_window import MainWindow

    services = open_services(data_dir, data_dir, database=url)
    live = build_live(services)
    window = MainWindow(services, live)  # no provisioning clock: the book does not move
    window.show()
    table, model, reader = window.table, window.model, live.reader
    viewport = table.viewport()

    class Painted(QObject):
        painted = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    spy = Painted()
    viewport.installEventFilter(spy)

    def busy() -> bool:
        return bool(model.is_loading() or reader.busy())

    def settle(limit: float = 30.0) -> None:
        """Turn the event loop until nothing is loading and the table has painted since."""
        spy.painted = False
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if not busy() and spy.painted:
                return
            if not busy() and not spy.painted:
                viewport.update()

    def idle(seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def shown_ids() -> set[uuid.UUID]:
        rows = model.rowCount()
        if not rows:
            return set()
        top = table.rowAt(0)
        bottom = table.rowAt(viewport.height() - 1)
        top = 0 if top < 0 else top
        bottom = rows - 1 if bottom < 0 else bottom
        found = (model.row_at(r) for r in range(top, bottom + 1))
        return {row.id for row in found if row is not None}

    settle()
    query = model.query
    first_id, last_id = end_rows(url, query.sort, query.descending)
    idle(1.0)
    gc.collect()
    idle(0.2)
    rss_idle = rss_kb() / 1024
    anon_idle = rss_kb("RssAnon") / 1024

    def press_until(key: Any, target: uuid.UUID, cap: float) -> dict[str, Any]:
        """Press Ctrl+``key`` until ``target`` is on screen: the total time, and each press's
        (key press -> the list settled and painted)."""
        started = time.perf_counter()
        presses: list[float] = []
        capped = False
        while target not in shown_ids():
            if time.perf_counter() - started > cap:
                capped = True
                break
            pressed = time.perf_counter()
            QTest.keyClick(table, key, Qt.KeyboardModifier.ControlModifier)
            settle()
            presses.append((time.perf_counter() - pressed) * 1000)
        return {
            "s": cap if capped else time.perf_counter() - started,
            "presses": len(presses),
            "press_ms": spread(presses),
            "capped": capped,
            "rows": model.rowCount(),
        }

    table.setFocus()
    to_end = press_until(Qt.Key.Key_End, last_id, cap_s)
    to_home = press_until(Qt.Key.Key_Home, first_id, cap_s)

    # The whole book, by the scroll bar: a thousandth of the book (at least a page) per step.
    bar = table.verticalScrollBar()
    row_px = max(1, table.verticalHeader().defaultSectionSize())
    total = int(services.customers.count())
    stride = max(bar.pageStep(), total * row_px // 1000)
    started = time.perf_counter()
    steps: list[float] = []
    sweep_capped = False
    while True:
        if bar.value() >= bar.maximum() and last_id in shown_ids():
            break
        if time.perf_counter() - started > sweep_cap_s:
            sweep_capped = True
            break
        stepped = time.perf_counter()
        bar.setValue(min(bar.value() + stride, bar.maximum()))
        settle()
        steps.append((time.perf_counter() - stepped) * 1000)
    sweep_s = time.perf_counter() - started
    rows_loaded = model.rowCount()
    gc.collect()
    idle(1.0)
    gc.collect()
    rss_after = rss_kb() / 1024
    anon_after = rss_kb("RssAnon") / 1024
    print(
        json.dumps(
            {
                "sort": f"{query.sort} {'desc' if query.descending else 'asc'}",
                "total": total,
                "ctrl_end_s": to_end["s"],
                "ctrl_end_presses": to_end["presses"],
                "ctrl_end_press_ms": to_end["press_ms"],
                "ctrl_end_capped": to_end["capped"],
                "ctrl_end_rows_loaded": to_end["rows"],
                "ctrl_home_s": to_home["s"],
                "ctrl_home_presses": to_home["presses"],
                "ctrl_home_press_ms": to_home["press_ms"],
                "ctrl_home_capped": to_home["capped"],
                "sweep_s": sweep_s,
                "sweep_steps": len(steps),
                "sweep_step_ms": spread(steps),
                "sweep_capped": sweep_capped,
                "rows_in_model": rows_loaded,
                "rss_mb_idle": rss_idle,
                "rss_mb_scrolled": rss_after,
                "rss_ratio": rss_after / rss_idle,
                "peak_rss_mb": rss_kb("VmHWM") / 1024,
                # The app's own memory, without the file pages SQLite reads through its memory
                # map (the OS's file cache, shared and given back under pressure).
                "anon_mb_idle": anon_idle,
                "anon_mb_scrolled": anon_after,
                "anon_ratio": anon_after / anon_idle,
            }
        ),
        flush=True,
    )
    import os

    os._exit(0)


def report(f: dict[str, Any]) -> None:
    print(f"scroll ({f['total']:,} customers, sorted by {f['sort']}):")
    print(
        f"  Ctrl+End to the true last row: {f['ctrl_end_s'] * 1000:.0f} ms, "
        f"{f['ctrl_end_presses']} presses{' (CAPPED: not reached)' if f['ctrl_end_capped'] else ''}"
        f", {f['ctrl_end_rows_loaded']:,} rows in the model"
    )
    print(f"    each press: {fmt_spread(f['ctrl_end_press_ms'])}")
    print(
        f"  Ctrl+Home back to the first row: {f['ctrl_home_s'] * 1000:.0f} ms, "
        f"{f['ctrl_home_presses']} presses{' (CAPPED)' if f['ctrl_home_capped'] else ''}"
    )
    print(f"    each press: {fmt_spread(f['ctrl_home_press_ms'])}")
    print(
        f"  whole book by the scroll bar: {f['sweep_s']:.1f} s, {f['sweep_steps']} steps"
        f"{' (CAPPED: the end not reached)' if f['sweep_capped'] else ''}; "
        f"RSS {f['rss_mb_idle']:.0f} MB idle -> {f['rss_mb_scrolled']:.0f} MB after "
        f"(x{f['rss_ratio']:.2f}; peak {f['peak_rss_mb']:.0f} MB); the app's own (RssAnon) "
        f"{f['anon_mb_idle']:.0f} -> {f['anon_mb_scrolled']:.0f} MB (x{f['anon_ratio']:.2f})"
    )
    print(f"    each step: {fmt_spread(f['sweep_step_ms'])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds for Ctrl+End, Ctrl+Home")
    parser.add_argument("--sweep-cap", type=float, default=300.0, help="seconds")
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.data_dir, args.cap, args.sweep_cap)
    with tempfile.TemporaryDirectory(prefix="bench-scroll-") as tmp:
        work = Path(tmp)
        url, built = book_url(args.database, args.book, args.customers, work)
        print(f"book: {args.customers:,} customers at {url} (built in {built:.0f} s)", flush=True)
        data_dir = work / "app"
        data_dir.mkdir()
        figures = run_child([__file__, "--child", url, "--data-dir", str(data_dir), "--cap",
                             str(args.cap), "--sweep-cap", str(args.sweep_cap)])  # fmt: skip
    report(figures)
    name = "postgresql" if is_postgres_url(args.database) else "sqlite"
    print(json.dumps(rounded({"database": name, "customers": args.customers, **figures})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
