"""Team mode in the main window: live updates from other desktops, and the offline indicator.

Wires the services' ``ChangeFeed`` and ``ConnectionMonitor`` to the window: rows changed or
created elsewhere are merged into the list; any timer-driven read that loses the connection (the
list, the provisioning clock, the feed) reports to the monitor, which shows "Offline —
reconnecting…" in the status bar, pauses the clock, and once the server answers again hides it,
reloads the list (keeping the selection) and resumes the clock.
"""

from __future__ import annotations

import gc
import time
import uuid
from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from reseller_desktop.services.connection_monitor import is_connection_error, stopped_by_server
from reseller_desktop.services.live import LiveServices
from reseller_desktop.services.provisioning_clock import ProvisioningClock
from reseller_desktop.views.customer_model import CustomerTableModel


class ListWindow(Protocol):
    """What live updates need of the window that shows the list (the main window)."""

    model: CustomerTableModel
    provisioning: ProvisioningClock

    def statusBar(self) -> QStatusBar: ...
    def selected_id(self) -> uuid.UUID | None: ...
    def select_customer(self, customer_id: uuid.UUID) -> bool: ...
    def recount(self) -> None: ...
    def start_provisioning(self) -> None: ...


OFFLINE_COLOR = QColor(200, 40, 40)
STOPPED_MESSAGE_MS = 15_000  # how long the status bar says a request was stopped
CHECK_AGAIN_S = 5.0  # a read that stays late has the store checked again this often


class _FirstPaint(QObject):
    """Calls back once ``widget`` has painted for the first time (see ``after_first_paint``)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            callback, self._callback = self._callback, None
            if callback is not None:  # once the paint has ended and the event loop turns
                QTimer.singleShot(0, self, callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``widget`` has been painted (at once if it is not shown: tests, or
    already painted). The provisioning clock starts so: a catch-up never delays the first
    paint.

    At that first paint, what start-up built (modules, Qt wrappers, the window) is moved out of
    the garbage collector's reach (``gc.freeze``): it lives as long as the app, and a full
    collection walking it took about 50 ms of the GUI thread (holding the GIL) while a catch-up
    allocated on its worker."""
    if not widget.isVisible() or widget.property("painted"):
        callback()
        return

    def painted() -> None:
        widget.setProperty("painted", True)
        gc.freeze()
        callback()

    _FirstPaint(widget, painted)


def dot(color: QColor, size: int) -> QPixmap:
    """A filled circle: the status bar's "offline" light."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(130))
    painter.setBrush(color)
    radius = size / 2 - 1
    painter.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
    painter.end()
    return pixmap


class OfflineIndicator(QWidget):
    """The status bar's "Offline — reconnecting…" with a red light (hidden while online)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 0)
        layout.setSpacing(6)
        self.light = QLabel(self)
        size = self.fontMetrics().height() - 4
        self.light.setPixmap(dot(OFFLINE_COLOR, max(size, 8)))
        self.text = QLabel(self.tr("Offline — reconnecting…"), self)
        self.text.setObjectName("offlineText")
        layout.addWidget(self.light)
        layout.addWidget(self.text)
        self.setAccessibleName(self.text.text())
        self.show_reason("")
        self.hide()

    def show_reason(self, reason: str) -> None:
        tip = self.tr(
            "The database does not answer. The app keeps trying to reconnect and catches up "
            "by itself when it is back; everything saved so far is safe. New customers cannot "
            "be created until then."
        )
        if reason:
            tip += "\n" + self.tr("Last error: {reason}").format(reason=reason)
        self.setToolTip(tip)


class LiveUpdates(QObject):
    """The window's part of team mode (see the module's docstring)."""

    def __init__(self, window: ListWindow, live: LiveServices) -> None:
        widget = cast(QWidget, window)  # the main window: a QWidget that is a ListWindow
        super().__init__(widget)
        self.window = window
        self.services = live
        self.monitor = live.monitor
        self.feed = live.feed
        self.indicator = OfflineIndicator(widget)
        window.statusBar().insertPermanentWidget(0, self.indicator)
        self._clock_was_running = False
        self._checked_at = -CHECK_AGAIN_S  # when a late read last had the store checked
        self.monitor.online_changed.connect(self._online_changed)
        self.feed.customers_changed.connect(self._customers_changed)
        self.feed.book_changed.connect(self._reload)
        window.model.store_failed.connect(self.report)
        window.model.patience = self.still_answers
        live.clock.failed.connect(self.report)
        live.resumer.resumed.connect(self._customers_changed)

    def start(self) -> None:
        self.feed.start()
        self.services.resumer.resume_in_background()  # submissions a crash or restart cut off

    def stop(self) -> None:
        self.services.stop()

    def still_answers(self) -> bool:
        """A read is late: whether to go on waiting. The monitor checks on a connection of its
        own that the store answers (again every ``CHECK_AGAIN_S`` while the read lasts); a slow
        query on a live store is not an outage."""
        now = time.monotonic()
        if now - self._checked_at >= CHECK_AGAIN_S:
            self._checked_at = now
            self.monitor.suspect()
        return self.monitor.is_online()

    def report(self, error: object) -> None:
        """A timer-driven read failed: an outage if it was the connection."""
        if is_connection_error(error):
            self.monitor.report_failure(error)  # type: ignore[arg-type]
            self.indicator.show_reason(self.monitor.last_error)
        elif isinstance(error, BaseException) and stopped_by_server(error):
            self.window.statusBar().showMessage(
                self.tr(
                    "The database stopped a request that took too long. It still answers: "
                    "try again, or narrow the search."
                ),
                STOPPED_MESSAGE_MS,
            )

    def _online_changed(self, online: bool) -> None:
        window = self.window
        clock = window.provisioning
        self.indicator.setVisible(not online)
        if not online:
            self._clock_was_running = clock.is_running()
            clock.stop()
            return
        if not self.feed.is_running():  # else the feed's book_changed reloads
            self._reload()
        self.services.resumer.resume_in_background()  # in-doubt submissions, at once
        if self._clock_was_running:
            window.start_provisioning()  # and catches up with what fell due meanwhile

    def _customers_changed(self, ids: list[uuid.UUID]) -> None:
        if self.window.model.merge_changes(ids):
            self._recount()

    def _reload(self) -> None:
        window = self.window
        selected = window.selected_id()
        window.model.reload()
        if selected is not None:
            window.select_customer(selected)
        self._recount()

    def _recount(self) -> None:
        self.window.recount()
