"""The domain prefix's availability, checked after a pause in typing or on leaving the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit

from reseller_desktop.domain.request import DOMAIN_PREFIX_PATTERN
from reseller_desktop.services.background import Background, WaitTimeoutError
from reseller_desktop.views.wizard.look import ERROR_COLOUR, MUTED_COLOUR, SUCCESS_COLOUR

CHECKING, AVAILABLE, TAKEN, INVALID = "checking", "available", "taken", "invalid"
UNKNOWN = "unknown"  # the database did not answer (team mode, server away)
PAUSE_MS = 400
CHECK_TIMEOUT_MS = 3000  # then "Cannot check now" (Submit checks again)


class PrefixChecker(QObject):
    """Asks ``status_of(prefix)`` ("available", "taken", "invalid") once typing pauses, and shows
    the answer as text and colour in ``indicator``. Typing never waits for the answer."""

    status_changed = Signal(str)  # "", checking, available, taken or invalid

    def __init__(
        self,
        field: QLineEdit,
        indicator: QLabel,
        status_of: Callable[[str], str],
        background: Background,
        *,
        pause_ms: int = PAUSE_MS,
        timeout_ms: int = CHECK_TIMEOUT_MS,
        on_timeout: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(field)
        self._field = field
        self._indicator = indicator
        self._status_of = status_of
        self._background = background
        self._timeout_ms = timeout_ms
        self._on_timeout = on_timeout  # the connection monitor: an outage
        self._asking: str | None = None  # the prefix a worker is asking about
        self._status = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.check_now)
        field.textChanged.connect(self._edited)
        field.installEventFilter(self)
        # Wide enough for every status in this language, so the row does not jump as it changes.
        metrics = indicator.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text, _ in self._texts().values())
        indicator.setMinimumWidth(max(indicator.minimumWidth(), widest + 4))

    @property
    def status(self) -> str:
        return self._status

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._timer.isActive():
            self.check_now()
        return False

    def _edited(self, text: str) -> None:
        self._timer.stop()
        self._asking = None  # an answer about an older prefix is not shown
        prefix = text.strip()
        if not prefix:
            self._set("")
        elif not DOMAIN_PREFIX_PATTERN.fullmatch(prefix):
            self._set(INVALID)  # no need to ask anyone
        else:
            self._set(CHECKING)
            self._timer.start()

    def check_now(self) -> str:
        """Start checking the current prefix at once (also before leaving the page) and return
        the status known now ("checking" until a worker answers: typing never waits)."""
        self._timer.stop()
        prefix = self._field.text().strip()
        if not prefix or not DOMAIN_PREFIX_PATTERN.fullmatch(prefix):
            self._edited(prefix)
            return self._status
        if self._asking == prefix:
            return self._status
        self._asking = prefix
        self._set(CHECKING)
        status_of = self._status_of
        self._background.run(
            lambda: status_of(prefix),
            lambda status: self._answered(prefix, status),
            lambda error: self._answered(prefix, UNKNOWN, error),
            timeout_ms=self._timeout_ms,
        )
        return self._status

    def is_checking(self) -> bool:
        return self._asking is not None

    def _answered(self, prefix: str, status: str, error: Exception | None = None) -> None:
        # On an error (the service or the store does not answer, or not in time) the status is
        # "Cannot check now": Submit checks again.
        if isinstance(error, WaitTimeoutError) and self._on_timeout is not None:
            self._on_timeout(error)
        if self._asking == prefix:
            self._asking = None
        if self._field.text().strip() == prefix and not self._timer.isActive():
            self._set(status)

    def mark_taken(self) -> None:
        """Someone took the prefix after it was checked (Submit found out)."""
        self._timer.stop()
        self._set(TAKEN)

    def _texts(self) -> dict[str, tuple[str, str]]:
        return {
            "": ("", MUTED_COLOUR),
            CHECKING: (self.tr("Checking…"), MUTED_COLOUR),
            AVAILABLE: ("✓ " + self.tr("Available"), SUCCESS_COLOUR),
            TAKEN: ("✗ " + self.tr("Taken"), ERROR_COLOUR),
            INVALID: ("✗ " + self.tr("Invalid"), ERROR_COLOUR),
            UNKNOWN: (self.tr("Cannot check now"), MUTED_COLOUR),
        }

    def _set(self, status: str) -> None:
        texts = self._texts()
        text, colour = texts.get(status, texts[INVALID])
        self._indicator.setText(text)
        self._indicator.setStyleSheet(f"color: {colour};")
        self._indicator.setAccessibleName(
            self.tr("Domain availability: {status}").format(status=text)
        )
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)
