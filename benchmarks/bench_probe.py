"""A process to time from outside: the app started as its entry point starts it, or a bare window.

    python benchmarks/bench_probe.py --out FILE --t0 T [--mode app|bare|list] [--list-url URL]
        [--expect-rows] [--stall-s 10] [--until-signal]
        -- [the app's own options: --data-dir D --database URL]

``app`` runs ``reseller_desktop.app.main`` with the options after ``--``, exactly what
``python -m reseller_desktop`` runs (imports, store, window, provisioning clock, event loop);
``bare`` shows an empty ``QMainWindow``; ``list`` (``--list-url``, a SQLite file or a PostgreSQL
URL) shows the list's first page read with the plain driver in a ``QTableView``, by hand.
Nothing in the app is changed: the probe replaces
``QWidget.show`` to learn about the main window when it is shown, and watches the paint events of
its customer table's viewport (``--expect-rows``: the first paint with rows in the model; else
the first paint at all). The clock stops when that paint has been done (the probe delivers the
paint event itself, then notes the time). ``T`` is the parent's ``time.monotonic()`` just before
it started this process (the same clock in every process on Linux), so the time counts the
interpreter's start and every import.

From the first paint on, a 10 ms timer notes the gaps between its ticks: the longest is the
longest stall of the event loop (minus the 10 ms interval). It runs until ``T + stall-s``, or
with ``--until-signal`` until the process receives SIGUSR1 (the catch-up benchmark's parent sends
it when no customer is due any more). Writes one JSON object to FILE and leaves at once.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()

import argparse
import json
import os
import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

# Only what a bare window's start pays anyway is imported before the first paint, apart from
# QEvent (the paint filter's, 1.5 ms): PySide6 builds a type's Python enums when the type is
# first used, and the ``Qt`` namespace's 93 enums take 13-15 ms, QAbstractItemView's 1.7 ms. A
# bare window or the hand-written list never needs them; the app needs them for its own work.

INTERVAL_MS = 10


def parse() -> tuple[argparse.Namespace, list[str]]:
    argv = sys.argv[1:]
    rest: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, rest = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--t0", type=float, required=True)
    parser.add_argument("--mode", choices=("app", "bare", "list"), default="app")
    parser.add_argument("--list-url", help="--mode list: the book (a SQLite file or a URL)")
    parser.add_argument("--expect-rows", action="store_true")
    parser.add_argument("--stall-s", type=float, default=10.0)
    parser.add_argument("--until-signal", action="store_true")
    parser.add_argument("--sample-stalls", action="store_true")
    return parser.parse_args(argv), rest


ARGS, APP_ARGV = parse()
STATE: dict = {"probe_imported_at": STARTED - ARGS.t0}
GAPS: list[list[float]] = []  # [seconds since t0, gap ms] of every gap over 2 intervals
SIGNALLED = False


def rss_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


class StallSampler:
    """--sample-stalls: a thread that, while the event loop has not turned for 30 ms, notes
    where the GUI thread is (its innermost frames in the app) every 10 ms: what stalls."""

    def __init__(self, meter: Meter) -> None:
        import threading
        from collections import Counter

        self.meter = meter
        self.samples: Counter[str] = Counter()
        self.main = threading.main_thread().ident
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        import traceback

        while True:
            time.sleep(0.01)
            if time.monotonic() - self.meter.last < 0.03:
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            mine = [f for f in stack if "reseller_desktop" in f.filename] or stack[-3:]
            where = " < ".join(
                f"{f.filename.rsplit('reseller_desktop/', 1)[-1]}:{f.name}:{f.lineno}"
                for f in reversed(mine[-4:])
            )
            self.samples[where] += 1


def finish() -> None:
    if SAMPLER is not None:
        STATE["stall_samples"] = SAMPLER.samples.most_common(15)
    STATE["rss_mb_end"] = rss_kb("VmRSS") / 1024
    STATE["peak_rss_mb"] = rss_kb("VmHWM") / 1024
    STATE["gaps"] = GAPS
    with open(ARGS.out, "w") as out:
        json.dump(STATE, out)
    os._exit(0)


class Meter(QObject):
    """The 10 ms timer: the longest gap between its ticks since the first paint."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt  # after the paint: see the imports

        super().__init__()
        self.last = time.monotonic()
        self.longest = 0.0
        self.ticks = 0
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.monotonic()
        gap = (now - self.last) * 1000
        self.last = now
        self.ticks += 1
        self.longest = max(self.longest, gap)
        if gap > 2 * INTERVAL_MS:
            GAPS.append([round(now - ARGS.t0, 4), round(gap, 2)])
        over = SIGNALLED if ARGS.until_signal else now - ARGS.t0 >= ARGS.stall_s
        if over:
            STATE["longest_gap_ms"] = self.longest
            STATE["stall_ms"] = max(0.0, self.longest - INTERVAL_MS)
            STATE["meter_ticks"] = self.ticks
            STATE["meter_end_s"] = now - ARGS.t0
            finish()


class PaintProbe(QObject):
    """Notes when ``view`` (a viewport, or the bare window) has painted, with rows if asked."""

    def __init__(self, watched: QWidget, table: QAbstractItemView | None) -> None:
        super().__init__()
        self.watched = watched
        self.table = table
        self.inside = False
        self.meter: Meter | None = None

    def rows(self) -> int:
        """Rows in the table's model; 0 while its first row has no text yet (a placeholder)."""
        model = self.table.model() if self.table is not None else None
        if model is None or model.rowCount() == 0 or not model.data(model.index(0, 0)):
            return 0
        return model.rowCount()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or self.inside:
            return False
        rows = self.rows()
        if ARGS.expect_rows and rows == 0:
            return False
        # Paint now (the paint event goes on to the view), then stop the clock.
        self.inside = True
        try:
            QCoreApplication.sendEvent(watched, event)
        finally:
            self.inside = False
        painted = time.monotonic()
        watched.removeEventFilter(self)
        STATE["painted_s"] = painted - ARGS.t0
        STATE["rows"] = rows
        STATE["rss_mb_painted"] = rss_kb("VmRSS") / 1024
        if ARGS.stall_s <= 0 and not ARGS.until_signal:
            finish()
        self.meter = Meter()
        if ARGS.sample_stalls:
            global SAMPLER
            SAMPLER = StallSampler(self.meter)
        return True


def viewport(table: QAbstractItemView) -> QWidget:
    """The table's viewport, found among its children: ``table.viewport()`` would make PySide6
    wrap a QWidget* it has not seen yet, and search every QWidget subclass for its type (about
    9 ms, once per process: the probe's cost, not the app's; reseller_desktop/views/viewport.py)."""
    for child in table.children():
        if isinstance(child, QWidget) and child.objectName() == "qt_scrollarea_viewport":
            return child
    return table.viewport()


PROBES: list[PaintProbe] = []
SAMPLER: StallSampler | None = None
_show = QWidget.show


def show(self: QWidget) -> None:
    _show(self)
    if PROBES or not isinstance(self, QMainWindow):
        return
    STATE["shown_s"] = time.monotonic() - ARGS.t0
    watched: QWidget = self
    table: QAbstractItemView | None = None
    if ARGS.mode != "bare":
        table = watched_table(self)
        watched = viewport(table)
    probe = PaintProbe(watched, table)
    watched.installEventFilter(probe)
    PROBES.append(probe)


def watched_table(window: QMainWindow) -> QAbstractItemView:
    """The list's table: the hand-written list's only one; the app's customer table (else its
    largest view)."""
    from PySide6.QtWidgets import QAbstractItemView  # not before a bare window's paint

    views = window.findChildren(QAbstractItemView)
    if ARGS.mode == "list":
        return views[0]
    named = [v for v in views if v.objectName() == "customerTable"]
    return (named or sorted(views, key=lambda v: v.width() * v.height()))[-1]


QWidget.show = show  # type: ignore[method-assign]


def on_signal(_number: int, _frame: object) -> None:
    global SIGNALLED
    SIGNALLED = True


signal.signal(signal.SIGUSR1, on_signal)


def bare() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 720)
    window.show()
    return app.exec()


# The first page the app's list shows (newest first), its columns as the table shows them.
FIRST_PAGE = (
    "SELECT company_name, domain_prefix || '.onmicrosoft.com', country, offer_summary, "
    "total_seats, status, created_at FROM customer ORDER BY created_at DESC, id DESC LIMIT 100"
)


def hand_written_list() -> int:
    """The fastest honest way to show the same first page: the plain driver's rows in a
    QStandardItemModel, a QTableView in a QMainWindow (no menus, no search, no services)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    url = ARGS.list_url
    if url.startswith("postgresql://"):
        import psycopg2

        connection = psycopg2.connect(url, options="-c jit=off")  # as the app's
    else:
        import sqlite3

        connection = sqlite3.connect(url)
    cursor = connection.cursor()
    cursor.execute(FIRST_PAGE)
    rows = cursor.fetchall()
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(0, 7)
    for row in rows:
        model.appendRow([QStandardItem(str(value)) for value in row])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1180, 720)
    window.show()
    return app.exec()


def app() -> int:
    # ``python -m reseller_desktop`` imports PySide6 in ``app``, right before this module, which
    # spares every later import PySide6's source scan. This probe has imported PySide6 already:
    # without it first, the modules ``app`` imports ahead of PySide6 (30, 4 ms) would be
    # scanned, which a real start never does.
    import reseller_desktop.pyside_imports  # noqa: F401
    from reseller_desktop.app import main

    return main(APP_ARGV)


if __name__ == "__main__":
    code = {"bare": bare, "list": hand_written_list}.get(ARGS.mode, app)()
    STATE["exit_code"] = code
    STATE["error"] = "the event loop ended before the probe finished"
    finish()
