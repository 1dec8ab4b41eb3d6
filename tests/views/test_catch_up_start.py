"""Starting with a backlog (the app closed over a weekend): the provisioning clock waits for the
list's first paint, then catches up in steps that never freeze the window. A 10 ms timer measures
the event loop: a turn that took longer shows up as a late timeout."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer

from reseller_desktop.domain.provisioning import PENDING
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import build_live
from reseller_desktop.store.models import Customer
from reseller_desktop.views.main_window import MainWindow
from tests.conftest import FakeClock
from tests.services.customer_book import BookCustomer, add_customers

OVERDUE = 3000
STALL_MS = 50  # the bound: no event-loop turn longer than this
TICK_MS = 10


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.at.append(time.monotonic())
        return False


def test_start_with_overdue_customers_paints_first_then_catches_up_without_a_stall(
    qtbot,  # type: ignore[no-untyped-def]
    services: AppServices,
    clock: FakeClock,
) -> None:
    weekend = clock.now - timedelta(days=2)
    ids = add_customers(
        [
            BookCustomer(
                f"Weekend {i}",
                f"weekend{i}",
                status=PENDING,
                next_change_at=weekend + timedelta(seconds=i),
            )
            for i in range(OVERDUE)
        ]
    )
    live = build_live(services)
    window = MainWindow(services, live)
    qtbot.addWidget(window)
    paints = _Paints()
    window.table.viewport().installEventFilter(paints)
    polls: list[float] = []
    poll = live.clock.poll

    def timed_poll():  # type: ignore[no-untyped-def]
        polls.append(time.monotonic())
        return poll()

    live.clock.poll = timed_poll  # type: ignore[method-assign]
    changed: set[uuid.UUID] = set()
    live.clock.customers_changed.connect(changed.update)
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        if paints.at:  # from the first paint on
            gaps.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(beat)
    timer.start()
    window.show()
    window.start_provisioning()
    window.start_live_updates()  # the change feed looks too, as in the app
    qtbot.waitUntil(lambda: len(changed) == OVERDUE, timeout=60_000)
    timer.stop()

    assert paints.at and polls and polls[0] > paints.at[0], "no poll before the first paint"
    assert max(gaps) < STALL_MS, f"longest event-loop stall {max(gaps):.0f} ms"
    assert changed == set(ids)
    assert Customer.select().where(Customer.status == PENDING).count() == 0
