"""Leaving the customer page asks Partner Center to check the address (``port.validate_address``,
on a worker, with a short limit). A suggested form is shown beside the typed one with "Use the
suggested address" / "Keep mine" (never applied without the user); an address that cannot be
verified (NotValidated, no answer in time, a service error) may be kept, with a warning line.

``AddressCheck.ready(address)`` is what the page's ``validatePage`` asks: True when the user may
leave with this address; after a choice in the panel ``proceed`` says the page may go on.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from html import escape

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop.domain.address_checks import same_address
from reseller_desktop.domain.countries import address_lines
from reseller_desktop.services.background import Background, WaitTimeoutError
from reseller_desktop.services.partner_center.port import AddressQuery, PartnerCenter
from reseller_desktop.views.wizard.look import ERROR_COLOUR, MUTED_COLOUR, fit_height, fit_wrapped

log = logging.getLogger(__name__)

CHECK_TIMEOUT_MS = 5_000  # past it the address counts as unverifiable: the user is not held up


def _lines(address: AddressQuery) -> list[str]:
    street = [address.address_line1, address.address_line2]
    return address_lines(address.country, street, address.city, address.state, address.postal_code)


class AddressSuggestionPanel(QFrame):
    """The typed address and Partner Center's suggestion side by side, with the two choices; or
    one line: the check under way, or the warning that the address could not be verified."""

    use_suggestion = Signal()
    keep_mine = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressSuggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("addressCheckStatus")
        fit_wrapped(self.status)  # as tall as its text: a warning may take a few lines
        layout.addWidget(self.status)
        self.choice = QWidget(self)
        grid = QGridLayout(self.choice)
        grid.setContentsMargins(0, 0, 0, 0)
        self.typed_title = QLabel(self.tr("You typed"), self.choice)
        self.suggested_title = QLabel(self.tr("Suggested by Partner Center"), self.choice)
        for title in (self.typed_title, self.suggested_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.typed = QLabel(self.choice)
        self.typed.setObjectName("typedAddress")
        self.suggested = QLabel(self.choice)
        self.suggested.setObjectName("suggestedAddress")
        self.typed.setTextFormat(Qt.TextFormat.PlainText)
        self.suggested.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.typed, self.suggested):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.typed_title, 0, 0)
        grid.addWidget(self.suggested_title, 0, 1)
        grid.addWidget(self.typed, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.suggested, 1, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        self.use_button = QPushButton(self.tr("Use the suggested address"), self.choice)
        self.use_button.setObjectName("useSuggestedAddress")
        self.keep_button = QPushButton(self.tr("Keep mine"), self.choice)
        self.keep_button.setObjectName("keepTypedAddress")
        for button in (self.use_button, self.keep_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        layout.addWidget(self.choice)
        self.use_button.clicked.connect(self.use_suggestion)
        self.keep_button.clicked.connect(self.keep_mine)
        self.hide()

    def show_checking(self) -> None:
        self._line(self.tr("Checking the address with Partner Center…"), MUTED_COLOUR)

    def show_warning(self, reason: str) -> None:
        self._line(reason, ERROR_COLOUR)

    def show_suggestion(self, typed: AddressQuery, suggested: AddressQuery) -> None:
        self.status.setText(
            self.tr(
                "Partner Center suggests another form of this address. Which one should the "
                "customer's account use?"
            )
        )
        self.status.setStyleSheet("")
        self._fit()
        typed_lines, suggested_lines = _lines(typed), _lines(suggested)
        self.typed.setText("\n".join(typed_lines))
        # The lines that differ in bold: what the choice is about.
        self.suggested.setText(
            "<br>".join(
                f"<b>{escape(line)}</b>" if line not in typed_lines else escape(line)
                for line in suggested_lines
            )
        )
        self.choice.show()
        self.show()
        self.use_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        """The status as tall as its text, now and once the layout has given it its width; the
        page's layout makes room at once (inside the scroll area it would wait)."""
        self._refit()
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        fit_height(self.status)
        self.updateGeometry()
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            layout.invalidate()
            layout.activate()

    def clear(self) -> None:
        self.hide()
        self.choice.hide()
        self.status.clear()

    def _line(self, text: str, colour: str) -> None:
        self.choice.hide()
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")
        self.show()
        self._fit()


class AddressCheck(QObject):
    """The address check of the customer page (see the module's docstring)."""

    proceed = Signal()  # the user chose an address from the panel: the page may go on
    apply = Signal(object)  # an AddressQuery to put into the fields (the user chose it)

    def __init__(
        self,
        panel: AddressSuggestionPanel,
        port: PartnerCenter,
        background: Background,
        *,
        timeout_ms: int = CHECK_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.port = port
        self.background = background
        self.timeout_ms = timeout_ms
        self._settled: AddressQuery | None = None  # may leave with this address
        self._typed: AddressQuery | None = None  # shown beside ``_suggestion``
        self._suggestion: AddressQuery | None = None
        self._asking = False
        panel.use_suggestion.connect(self._use)
        panel.keep_mine.connect(self._keep)

    def ready(self, address: AddressQuery) -> bool:
        """Whether the page may be left with ``address``. The first time, Partner Center is
        asked on a worker while the window keeps responding (``Background.call``), at most
        ``timeout_ms``: verified, yes; a suggestion, not before the user chooses; unverifiable,
        not before the user has read the warning (Next again goes on)."""
        if self._settled is not None and _same(self._settled, address):
            return True
        if self._asking:
            return False  # Next clicked again while the answer is awaited
        if self._typed is not None and _same(self._typed, address):
            return False  # the suggestion waits for the user's choice
        self._typed = self._suggestion = None
        self.panel.show_checking()
        port = self.port
        self._asking = True
        try:
            check = self.background.call(
                lambda: port.validate_address(address), timeout_ms=self.timeout_ms
            )
        except WaitTimeoutError:
            self._unverifiable(address, "", timed_out=True)
            return False
        except Exception as exc:  # a service error: the address is not verified, that is all
            log.info("Address check failed: %s", type(exc).__name__)
            self._unverifiable(address, "")
            return False
        finally:
            self._asking = False
            self._keep_window_active()
        suggestion = getattr(check, "suggestion", None)
        status = str(getattr(check, "status", ""))
        if isinstance(suggestion, AddressQuery) and not _same(suggestion, address):
            self._typed, self._suggestion = address, suggestion
            self.panel.show_suggestion(address, suggestion)
            return False
        if status.startswith("Verified"):
            self._settled = address
            self.panel.clear()
            return True
        log.info("Address not verified: %s", status or "no status")
        self._unverifiable(address, str(getattr(check, "message", "")))
        return False

    def _keep_window_active(self) -> None:
        """The wait ran the event loop: if a window activation left over from a closed popup
        (a completer's list) was processed meanwhile, the page's window is the active one."""
        active = QApplication.activeWindow()
        window = self.panel.window()
        if active is not None and not active.isVisible() and window.isVisible():
            window.activateWindow()

    def edited(self, address: AddressQuery) -> None:
        """The address fields changed: a suggestion or warning about another address goes."""
        for known in (self._settled, self._typed):
            if known is not None and _same(known, address):
                return
        self._typed = self._suggestion = None
        if not self._asking:
            self.panel.clear()

    def _unverifiable(self, address: AddressQuery, detail: str, *, timed_out: bool = False) -> None:
        """Allowed, with a warning: the user reads it and clicks Next again to go on."""
        self._settled = address
        if timed_out:
            text = self.tr(
                "Partner Center did not answer in time, so this address is not verified. You "
                "can go on with it (Next): check it with the customer."
            )
        else:
            text = self.tr(
                "Partner Center could not verify this address. You can go on with it (Next): "
                "check it with the customer."
            )
            if detail:
                text += " " + self.tr("Details: {detail}").format(detail=detail)
        self.panel.show_warning(text)

    def _use(self) -> None:
        suggestion = self._suggestion
        if suggestion is None:
            return
        self._settled = suggestion
        self._typed = self._suggestion = None
        self.panel.clear()
        self.apply.emit(suggestion)
        self.proceed.emit()

    def _keep(self) -> None:
        typed = self._typed
        if typed is None:
            return
        self._settled = typed
        self._typed = self._suggestion = None
        self.panel.clear()
        self.proceed.emit()


def _same(first: AddressQuery, second: AddressQuery) -> bool:
    return same_address(asdict(first), asdict(second))
