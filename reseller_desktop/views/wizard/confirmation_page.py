"""Page 4, the confirmation: the new customer, its admin account and its first subscription.

The temporary password exists only in this page's memory; copies of it on the clipboard are
cleared after a while (see ``views/clipboard.py``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPushButton, QWidget, QWizardPage

from reseller_desktop.domain.agreement import ACCEPTED, agreement_label
from reseller_desktop.domain.credentials import AdminCredentials
from reseller_desktop.domain.gdap import relationship_label
from reseller_desktop.services.onboarding import CreationResult
from reseller_desktop.views.clipboard import ClipboardGuard, shared_guard
from reseller_desktop.views.forms.ui_wizard_confirmation import Ui_ConfirmationPage
from reseller_desktop.views.gdap_templates import short_link
from reseller_desktop.views.qt_dates import qdatetime_utc
from reseller_desktop.views.wizard.look import ERROR_COLOUR, MUTED_COLOUR, SUCCESS_COLOUR


def local_time_text(utc: datetime) -> str:
    """A naive UTC time as the user's clock and locale write it."""
    moment = qdatetime_utc(utc).toLocalTime()
    locale = QLocale()
    return locale.toString(
        moment,
        f"{locale.dateFormat(QLocale.FormatType.LongFormat)} "
        f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}",
    )


class ConfirmationPage(QWizardPage):
    reset_requested = Signal()  # Reset admin password: the first one never reached the user

    def __init__(self, parent: QWidget | None = None, guard: ClipboardGuard | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ConfirmationPage()
        ui.setupUi(self)
        self._guard = guard
        self._password: str | None = None
        self._lost = False
        self._plain_font = ui.passwordValue.font()
        self._mono = mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(ui.passwordValue.font().pointSizeF() * 1.15)
        mono.setBold(True)
        ui.passwordValue.setFont(mono)
        self.reset_button = QPushButton(self.tr("&Reset admin password"), self)
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.setAutoDefault(False)
        self.reset_button.setToolTip(
            self.tr("Ask Microsoft for a new temporary password (the lost one stops working).")
        )
        self.reset_button.clicked.connect(self.reset_requested)
        ui.passwordRow.insertWidget(
            ui.passwordRow.indexOf(ui.copyPasswordButton) + 1, self.reset_button
        )
        self.reset_button.hide()
        self.password_note = QLabel(self)
        self.password_note.setObjectName("passwordNote")
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.pageLayout.insertWidget(
            ui.pageLayout.indexOf(ui.passwordWarning) + 1, self.password_note
        )
        self.password_note.hide()
        ui.passwordWarning.setStyleSheet(
            f"color: {ERROR_COLOUR}; font-weight: bold; border: 1px solid {ERROR_COLOUR};"
            " padding: 6px;"
        )
        ui.provisioningNote.setStyleSheet(f"color: {MUTED_COLOUR};")
        ui.copyAllButton.clicked.connect(self.copy_all)
        ui.copyPasswordButton.clicked.connect(self.copy_password)
        ui.copyLinkButton.clicked.connect(self.copy_link)
        ui.copyApprovalButton.clicked.connect(self.copy_approval_link)
        self._link = ""
        self._approval = ""
        ui.copyStatus.hide()

    def guard(self) -> ClipboardGuard:
        return self._guard or shared_guard()

    def show_result(self, result: CreationResult) -> None:
        ui, locale = self.ui, QLocale()
        customer, subscription = result.customer, result.subscription
        ui.companyValue.setText(customer.company_name)
        ui.customerIdValue.setText(str(customer.id))
        ui.domainValue.setText(customer.domain)
        self._lost = result.password_lost
        self._show_credentials(result.credentials)
        notes = []
        if result.order_problem is not None:
            notes.append(result.order_problem.render(QCoreApplication.translate))
        if not result.recorded:
            notes.append(
                self.tr(
                    "Microsoft created the customer, but your customer list could not record it "
                    "yet: it is added as soon as the database answers."
                )
            )
        if result.order_held:
            notes.append(
                self.tr(
                    "The first order waits until the customer accepts the Microsoft Customer "
                    "Agreement: send them the acceptance link. The order is then placed "
                    "automatically."
                )
            )
        if notes:
            ui.provisioningNote.setText("\n".join(notes))
        self._show_partner_facts(result)
        ui.subscriptionIdValue.setText(str(subscription.id) if subscription else "—")
        ui.offerValue.setText(subscription.offer_name if subscription else "—")
        ui.seatsValue.setText(locale.toString(subscription.seats) if subscription else "—")
        held = self.tr("Waiting for the agreement")
        ui.orderIdValue.setText(
            str(subscription.order_id) if subscription else held if result.order_held else "—"
        )
        ui.createdValue.setText(local_time_text(customer.created_at))
        ui.copyStatus.hide()

    def _show_partner_facts(self, result: CreationResult) -> None:
        """The agreement (status, link), the reseller and GDAP (default, admin relationship)."""
        ui, tr = self.ui, QCoreApplication.translate
        agreement = result.agreement
        ui.agreementValue.setText(agreement_label(agreement.status).render(tr))
        self._link = agreement.link if agreement.status != ACCEPTED else ""
        ui.acceptanceLinkValue.setText(short_link(self._link))
        ui.acceptanceLinkValue.setToolTip(self._link)
        ui.detailsForm.setRowVisible(ui.acceptanceLinkLabel, bool(self._link))
        ui.resellerValue.setText(result.reseller_name)
        ui.detailsForm.setRowVisible(ui.resellerLabel, bool(result.reseller_name))
        gdap = [
            self.tr("Default relationship requested")
            if result.gdap_default
            else self.tr("No default relationship")
        ]
        relationship = result.relationship
        if relationship is not None:
            gdap.append(
                self.tr("Admin relationship \u201c{template}\u201d: {status}").format(
                    template=result.relationship_template,
                    status=relationship_label(relationship.status).render(tr),
                )
            )
        ui.gdapValue.setText("\n".join(gdap))
        self._approval = relationship.approval_url if relationship is not None else ""
        ui.approvalLinkValue.setText(short_link(self._approval))
        ui.approvalLinkValue.setToolTip(self._approval)
        ui.detailsForm.setRowVisible(ui.approvalLinkLabel, bool(self._approval))

    def _show_credentials(self, credentials: AdminCredentials) -> None:
        ui = self.ui
        self._password = credentials.password
        ui.adminUserValue.setText(credentials.user_name)
        if self._password is not None:
            ui.passwordValue.setFont(self._mono)
            ui.passwordValue.setWordWrap(False)
            ui.passwordValue.setText(self._password)
        else:
            # Short in the form (one line, beside Reset); the why, wrapped, under the form.
            ui.passwordValue.setFont(self._plain_font)
            ui.passwordValue.setWordWrap(False)
            if self._lost:  # the reply with the password was lost, or the app restarted
                ui.passwordValue.setText(self.tr("Not received"))
                self.password_note.setText(
                    self.tr(
                        "Microsoft's answer with the temporary password was lost on the way, so "
                        "it was never shown. Reset it to get a new one: the lost one stops "
                        "working."
                    )
                )
            else:  # a retry of a request that had already succeeded: the password was shown then
                ui.passwordValue.setText(self.tr("Shown once"))
                self.password_note.setText(
                    self.tr(
                        "The temporary password was shown when this customer was created. If it "
                        "was lost, reset it."
                    )
                )
        self.password_note.setVisible(self._password is None)
        ui.copyPasswordButton.setVisible(self._password is not None)
        ui.passwordWarning.setVisible(self._password is not None)
        self.reset_button.setVisible(self._password is None)
        self.reset_button.setEnabled(True)

    def show_resetting(self, busy: bool) -> None:
        self.reset_button.setEnabled(not busy)
        self.reset_button.setText(
            self.tr("Resetting…") if busy else self.tr("&Reset admin password")
        )

    def show_new_password(self, credentials: AdminCredentials) -> None:
        """A reset answered: show the new password with the same Copy buttons and warning."""
        self.show_resetting(False)
        self._show_credentials(credentials)
        self.ui.copyStatus.hide()
        self.ui.copyPasswordButton.setFocus()

    def forget_password(self) -> None:
        """Drop the page's references to the password (the wizard is closing)."""
        self._password = None
        self.ui.passwordValue.clear()

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
            (ui.agreementLabel, ui.agreementValue),
            *([(ui.acceptanceLinkLabel, ui.acceptanceLinkValue)] if self._link else []),
            *([(ui.resellerLabel, ui.resellerValue)] if ui.resellerValue.text() else []),
            (ui.gdapLabel, ui.gdapValue),
            *([(ui.approvalLinkLabel, ui.approvalLinkValue)] if self._approval else []),
            (ui.subscriptionIdLabel, ui.subscriptionIdValue),
            (ui.offerLabel, ui.offerValue),
            (ui.seatsLabel, ui.seatsValue),
            (ui.orderIdLabel, ui.orderIdValue),
            (ui.createdLabel, ui.createdValue),
        ]

    def text(self) -> str:
        """Everything on the page as readable lines ("Label: value"; links whole)."""
        ui = self.ui
        whole = {ui.acceptanceLinkValue: self._link, ui.approvalLinkValue: self._approval}
        return "".join(
            f"{label.text()}: {whole.get(value, value.text())}\n" for label, value in self.rows()
        )

    def copy_all(self) -> None:
        delay = self.guard().copy(self.text(), secret=self.has_password())
        self._copied(self.tr("Copied."), delay)

    def copy_password(self) -> None:
        if self._password is None:
            return
        delay = self.guard().copy(self._password, secret=True)
        self._copied(self.tr("Password copied."), delay)

    def copy_link(self) -> None:
        """The agreement's acceptance link, to send to the customer (not a secret)."""
        if self._link:
            self.guard().copy(self._link, secret=False)
            self._copied(self.tr("Acceptance link copied."), 0)

    def copy_approval_link(self) -> None:
        if self._approval:
            self.guard().copy(self._approval, secret=False)
            self._copied(self.tr("Approval link copied."), 0)

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
