"""Page 4, the confirmation: the new customer, its admin account and its first subscription.

The temporary password exists only in this page's memory; copies of it on the clipboard are
cleared after a while (see ``views/clipboard.py``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from reseller_desktop.services.onboarding import CreationResult
from reseller_desktop.views.clipboard import ClipboardGuard, shared_guard
from reseller_desktop.views.forms.ui_wizard_confirmation import Ui_ConfirmationPage
from reseller_desktop.views.wizard.look import ERROR_COLOUR, MUTED_COLOUR, SUCCESS_COLOUR


def local_time_text(utc: datetime) -> str:
    """A naive UTC time as the user's clock and locale write it."""
    moment = QDateTime(utc.date(), utc.time(), QTimeZone.utc()).toLocalTime()
    locale = QLocale()
    return locale.toString(
        moment,
        f"{locale.dateFormat(QLocale.FormatType.LongFormat)} "
        f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}",
    )


class ConfirmationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None, guard: ClipboardGuard | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ConfirmationPage()
        ui.setupUi(self)
        self._guard = guard
        self._password: str | None = None
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(ui.passwordValue.font().pointSizeF() * 1.15)
        mono.setBold(True)
        ui.passwordValue.setFont(mono)
        ui.passwordWarning.setStyleSheet(
            f"color: {ERROR_COLOUR}; font-weight: bold; border: 1px solid {ERROR_COLOUR};"
            " padding: 6px;"
        )
        ui.provisioningNote.setStyleSheet(f"color: {MUTED_COLOUR};")
        ui.copyAllButton.clicked.connect(self.copy_all)
        ui.copyPasswordButton.clicked.connect(self.copy_password)
        ui.copyStatus.hide()

    def guard(self) -> ClipboardGuard:
        return self._guard or shared_guard()

    def show_result(self, result: CreationResult) -> None:
        ui, locale = self.ui, QLocale()
        customer, subscription = result.customer, result.subscription
        self._password = result.credentials.password
        ui.companyValue.setText(customer.company_name)
        ui.customerIdValue.setText(str(customer.id))
        ui.domainValue.setText(customer.domain)
        ui.adminUserValue.setText(result.credentials.user_name)
        if self._password is not None:
            ui.passwordValue.setText(self._password)
        else:  # a retry of a request that had already succeeded: the password was shown then
            ui.passwordValue.setText(
                self.tr("Shown once, when this customer was created; reset it if it was lost.")
            )
            ui.passwordValue.setFont(ui.adminUserValue.font())
            ui.passwordValue.setWordWrap(True)
        ui.copyPasswordButton.setVisible(self._password is not None)
        ui.passwordWarning.setVisible(self._password is not None)
        ui.subscriptionIdValue.setText(str(subscription.id) if subscription else "—")
        ui.offerValue.setText(subscription.offer_name if subscription else "—")
        ui.seatsValue.setText(locale.toString(subscription.seats) if subscription else "—")
        ui.orderIdValue.setText(str(subscription.order_id) if subscription else "—")
        ui.createdValue.setText(local_time_text(customer.created_at))
        ui.copyStatus.hide()

    def has_password(self) -> bool:
        return self._password is not None

    def rows(self) -> list[tuple[QLabel, QLabel]]:
        ui = self.ui
        return [
            (ui.companyLabel, ui.companyValue),
            (ui.customerIdLabel, ui.customerIdValue),
            (ui.domainLabel, ui.domainValue),
            (ui.adminUserLabel, ui.adminUserValue),
            (ui.passwordLabel, ui.passwordValue),
            (ui.subscriptionIdLabel, ui.subscriptionIdValue),
            (ui.offerLabel, ui.offerValue),
            (ui.seatsLabel, ui.seatsValue),
            (ui.orderIdLabel, ui.orderIdValue),
            (ui.createdLabel, ui.createdValue),
        ]

    def text(self) -> str:
        """Everything on the page as readable lines ("Label: value")."""
        return "".join(f"{label.text()}: {value.text()}\n" for label, value in self.rows())

    def copy_all(self) -> None:
        delay = self.guard().copy(self.text(), secret=self.has_password())
        self._copied(self.tr("Copied."), delay)

    def copy_password(self) -> None:
        if self._password is None:
            return
        delay = self.guard().copy(self._password, secret=True)
        self._copied(self.tr("Password copied."), delay)

    def _copied(self, what: str, delay_ms: int) -> None:
        text = what
        if delay_ms:
            seconds = max(1, round(delay_ms / 1000))
            # Preferences allow 10 seconds at least: no singular form is needed.
            text += " " + self.tr("The clipboard will be cleared in {seconds} seconds.").format(
                seconds=QLocale().toString(seconds)
            )
        self.ui.copyStatus.setText(text)
        self.ui.copyStatus.setStyleSheet(f"color: {SUCCESS_COLOUR};")
        self.ui.copyStatus.show()
