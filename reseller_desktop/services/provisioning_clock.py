"""The provisioning clock: polls Partner Center for what changed and tells the views.

A QTimer on the GUI thread starts each poll on a worker thread (``Background``), so a slow or
frozen server never freezes the window; a poll that does not answer within ``timeout_ms`` is
reported through ``failed`` (the connection monitor then shows the outage), and the next poll
starts only once the previous one has ended. ``tick()`` polls synchronously (tests, with an
injected clock).

A backlog (the app was closed over a weekend) is caught up in polls that each spend a bounded
time on the worker (the simulator's budget), the next one started as soon as the window has
handled the previous answer: the event loop turns between them. Whoever starts the clock starts
it after the window's first paint (the main window does), so the catch-up never delays it. A poll
that activates many customers at once announces only the last few (one status-bar message is
shown at a time; nobody wants thousands of tray notifications).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.services.background import Background, WaitTimeoutError

if TYPE_CHECKING:  # loaded with the port, at the first poll (after the first paint)
    from reseller_desktop.services.journal import SubmissionJournal
    from reseller_desktop.services.partner_center.port import Changes, PartnerCenter

FollowUp = Callable[["Changes"], None]

log = logging.getLogger(__name__)

POLL_TIMEOUT_MS = 5000
ANNOUNCED_MAX = 5  # activations and failures announced per poll, the latest ones


class ProvisioningClock(QObject):
    customers_changed = Signal(list)  # ids (uuid.UUID) whose row changed
    customer_activated = Signal(object, str)  # id, company name
    customer_failed = Signal(object, str)  # id, company name
    failed = Signal(object)  # the exception of a poll that failed (a connection problem?)

    def __init__(
        self,
        port: PartnerCenter | None,
        journal: SubmissionJournal | None,
        background: Background,
        *,
        clock: Clock = utcnow,
        interval_ms: int = 1000,
        timeout_ms: int = POLL_TIMEOUT_MS,
        follow_up: FollowUp | None = None,
        wiring: Callable[[], tuple[PartnerCenter, SubmissionJournal, FollowUp | None]]
        | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``port`` and ``journal`` (and ``follow_up``), or ``wiring`` that gives all three at
        the first poll: start-up's clock, so that the port's modules load after the first
        paint."""
        super().__init__(parent)
        if (port is None or journal is None) and wiring is None:
            raise ValueError("a port and a journal, or the wiring that makes them")
        self._port, self._journal = port, journal
        # Runs after each poll on the same worker (agreements: places the orders they release).
        self._follow_up = follow_up
        self._wiring = wiring
        self.background = background
        self.clock = clock
        self.timeout_ms = timeout_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick_in_background)
        self._polling = False

    def _wired(self) -> tuple[PartnerCenter, SubmissionJournal, FollowUp | None]:
        if self._wiring is not None:
            self._port, self._journal, self._follow_up = self._wiring()
            self._wiring = None
        assert self._port is not None and self._journal is not None
        return self._port, self._journal, self._follow_up

    @property
    def port(self) -> PartnerCenter:
        return self._wired()[0]

    def start(self) -> None:
        """Tick every interval; the first poll runs once the event loop turns, catching up with
        what fell due while the app was closed (call it after the window's first paint)."""
        self._timer.start()
        QTimer.singleShot(0, self, self.tick_in_background)

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def poll(self) -> Changes:
        """One poll, blocking: what changed, with the journal brought up to date."""
        port, journal, follow_up = self._wired()
        changes = port.poll_changes(self.clock())
        if changes.activated:
            journal.mark_active([customer for customer, _company in changes.activated])
        if follow_up is not None and (changes.agreements or changes.relationships):
            follow_up(changes)
        return changes

    def tick(self) -> Changes:
        """Poll now, on this thread (tests move the injected clock, then call this)."""
        try:
            changes = self.poll()
        except Exception as exc:
            self._failed(exc)
            from reseller_desktop.services.partner_center.port import Changes

            return Changes()
        self._announce(changes)
        return changes

    def tick_in_background(self) -> None:
        if self._polling:
            return  # the previous poll has not answered yet
        self._wired()  # the port is made here, on the GUI thread, not on the worker
        self._polling = True
        self.background.run(
            self.poll,
            self._polled,
            self._poll_failed,
            timeout_ms=self.timeout_ms,
            late=self._late,
        )

    def retry(
        self, customer_id: uuid.UUID, actor: str, *, reader: Background | None = None
    ) -> bool:
        """Ask again to provision a failed customer (on ``reader``'s worker when given, the
        window painting meanwhile); raises what the port or the wait raises."""
        port = self.port
        if reader is None:
            done = port.retry_provisioning(customer_id, actor)
        else:
            done = reader.call(
                lambda: port.retry_provisioning(customer_id, actor), timeout_ms=self.timeout_ms
            )
        if done:
            self.customers_changed.emit([customer_id])
        return done

    def _polled(self, changes: Changes) -> None:
        self._polling = False
        self._announce(changes)
        if changes.more_due and self._timer.isActive():
            QTimer.singleShot(0, self, self.tick_in_background)

    def _late(self, ok: bool, value: object) -> None:
        """A poll that timed out has ended after all: the next one may start."""
        from reseller_desktop.services.partner_center.port import Changes

        self._polling = False
        if ok and isinstance(value, Changes):
            self._announce(value)

    def _poll_failed(self, error: Exception) -> None:
        if not isinstance(error, WaitTimeoutError):  # a late poll keeps the flag until it ends
            self._polling = False
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        log.warning("Provisioning poll failed: %s", error)
        from reseller_desktop.services.partner_center.errors import PartnerCenterError

        # The store's own error, when the service wraps it, says whether it is an outage.
        cause = error.__cause__ if isinstance(error, PartnerCenterError) else None
        self.failed.emit(cause if isinstance(cause, Exception) else error)

    def _announce(self, changes: Changes) -> None:
        if changes.changed:
            self.customers_changed.emit(changes.changed)
        for customer_id, company in changes.activated[-ANNOUNCED_MAX:]:
            self.customer_activated.emit(customer_id, company)
        for customer_id, company in changes.failed[-ANNOUNCED_MAX:]:
            self.customer_failed.emit(customer_id, company)
