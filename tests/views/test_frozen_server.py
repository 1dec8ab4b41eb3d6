"""A PostgreSQL server that hangs (SIGSTOP: connections stay open, nothing answers) during the
domain check, a provisioning tick and Submit: the window keeps painting, says it is offline
within the time limits, keeps the entries, and recovers after SIGCONT with nothing lost or
written twice."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWizard

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import open_services
from reseller_desktop.services.live import build_live
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard.page_ids import PageId
from tests.conftest import FakeClock
from tests.pg_server import ScratchDatabase

STALL_LIMIT_MS = 200


class StallMeter(QObject):
    """The longest time the event loop went without running a 10 ms timer."""

    def __init__(self) -> None:
        super().__init__()
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def frozen_safe(outage_database: ScratchDatabase) -> Iterator[None]:
    yield
    outage_database.server.thaw()  # never leave a stopped server behind


def counts() -> tuple[int, int, int]:
    return Customer.select().count(), Subscription.select().count(), AuditEvent.select().count()


def test_a_frozen_server_never_freezes_the_window(
    qtbot,  # type: ignore[no-untyped-def]
    outage_url: str,
    outage_database: ScratchDatabase,
    frozen_safe: None,
    data_dir: Path,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
    answer_box,  # type: ignore[no-untyped-def]
) -> None:
    from tests.views.wizard.conftest import PREMIUM, User, open_wizard

    services = open_services(data_dir, data_dir / "config", database=outage_url, clock=clock)
    live = build_live(services)
    window = MainWindow(services, live)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    live.monitor.first_retry_ms, live.monitor.max_retry_ms = 100, 300
    live.clock.timeout_ms = 1000  # the configured limits, shortened for the test
    window.start_provisioning()
    window.start_live_updates()
    wizard = open_wizard(qtbot, window)
    wizard.submit_timeout_ms = 1000
    prefix = wizard.customer_page.prefix
    prefix._timeout_ms = 1000
    user = User(qtbot, wizard)
    user.to_review(valid_request, PREMIUM)
    indicator = window.live.indicator
    server = outage_database.server
    meter = StallMeter()

    # Submit while the server hangs: "no answer yet", then offline, the entries kept.
    server.freeze()
    seen = answer_box("OK")
    user.click(wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: "No answer yet" in wizard.review_page.busy_message(), timeout=3000)
    qtbot.waitUntil(indicator.isVisible, timeout=1000)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)  # the connection attempt gives up
    assert "database is unavailable" in seen[0] and "Nothing was sent to Microsoft" in seen[0]
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    server.thaw()
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=10_000)
    assert counts() == (0, 0, 0)

    # A provisioning tick while the server hangs: offline within the poll's limit.
    server.freeze()
    live.clock.tick_in_background()
    qtbot.waitUntil(indicator.isVisible, timeout=2500)
    server.thaw()
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=10_000)

    # The live domain check while the server hangs: "Cannot check now", offline.
    wizard.back()
    wizard.back()
    assert wizard.currentId() == PageId.CUSTOMER
    server.freeze()
    user.enter(user.ui.domainPrefix, "boulangeriedupont")  # Tab: checked at once
    qtbot.waitUntil(lambda: user.ui.domainStatus.text() == "Cannot check now", timeout=2500)
    qtbot.waitUntil(indicator.isVisible, timeout=2500)
    server.thaw()
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=10_000)
    meter.stop()
    print(f"longest event-loop stall with the server frozen: {meter.longest_ms:.0f} ms")
    assert meter.longest_ms <= STALL_LIMIT_MS, f"the window froze {meter.longest_ms:.0f} ms"

    # Back online: the same entries go through, once.
    user.click_button(QWizard.WizardButton.NextButton)
    user.click_button(QWizard.WizardButton.NextButton)
    user.click_button(QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    assert counts() == (1, 1, 2)
    wizard.done(0)
