"""Copy to the clipboard, and take secrets back off it after a while.

A copy that includes the temporary admin password is cleared after
``privacy/clipboard_clear_seconds`` (QSettings, default 60) if the clipboard still holds exactly
what the app put there: whatever the user copied since is left alone. The guard lives on the
QApplication (GUI thread), not on the window that copied, so closing the wizard does not cancel
the clean-up; quitting the app clears at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_SECONDS_KEY = "privacy/clipboard_clear_seconds"
DEFAULT_CLEAR_SECONDS = 60.0


def clear_delay_ms() -> int:
    """The configured delay before a secret is cleared, in milliseconds."""
    value = QSettings().value(CLEAR_SECONDS_KEY, DEFAULT_CLEAR_SECONDS)
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = DEFAULT_CLEAR_SECONDS
    if not seconds > 0:
        seconds = DEFAULT_CLEAR_SECONDS
    return max(1, round(seconds * 1000))


class ClipboardGuard(QObject):
    """Puts text on the clipboard; clears secrets after a delay if they are still there."""

    def __init__(self, parent: QObject | None = None, *, delay_ms: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clipboardGuard")
        self._delay_ms = delay_ms
        self._secret: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_secret)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_secret)

    def delay_ms(self) -> int:
        return self._delay_ms if self._delay_ms is not None else clear_delay_ms()

    def copy(self, text: str, *, secret: bool = False) -> int:
        """Put ``text`` on the clipboard; return in how many ms it will be cleared (0: never)."""
        # Plain setText: with PySide6, a QMimeData created in Python and still on the clipboard
        # when the application object goes away crashes the process at exit, so the
        # "skip this in clipboard history" hints of password managers are not set.
        QGuiApplication.clipboard().setText(text)
        if not secret:
            self._timer.stop()
            self._secret = None
            return 0
        self._secret = text
        delay = self.delay_ms()
        self._timer.start(delay)
        return delay

    def pending(self) -> bool:
        """Whether a secret is waiting to be cleared."""
        return self._timer.isActive()

    def clear_secret(self) -> None:
        """Clear the clipboard now if it still holds the secret this guard put there."""
        self._timer.stop()
        secret, self._secret = self._secret, None
        if secret is not None and QGuiApplication.clipboard().text() == secret:
            QGuiApplication.clipboard().clear()


def shared_guard() -> ClipboardGuard:
    """The application's guard (created on first use, as a child of the QApplication)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the clipboard needs a QApplication")
    guard = app.findChild(ClipboardGuard, "clipboardGuard")
    if guard is None:
        guard = ClipboardGuard(app)
    return guard
