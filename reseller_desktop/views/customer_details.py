"""Customer details: everything about one customer, its subscriptions and its history.

From here the partner adds a subscription, changes seats, or retries a failed provisioning. The
dialog follows the provisioning clock, so a status that moves on while it is open shows at once.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reseller_desktop.domain.agreement import (
    EXPIRED,
    LINK_SENT,
    REQUIRED,
    agreement_label,
    holds_order,
)
from reseller_desktop.domain.countries import address_lines, country_name, language_name
from reseller_desktop.domain.credentials import AdminCredentials
from reseller_desktop.domain.gdap import APPROVAL_PENDING, approval_url, relationship_label
from reseller_desktop.domain.provisioning import FAILED
from reseller_desktop.services.connection_monitor import CONNECTION_ERRORS
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_records import (
    CustomerRecord,
    HistoryEntry,
    SubscriptionRecord,
)
from reseller_desktop.services.live import LiveServices
from reseller_desktop.views.cancel_subscription import cancel_subscription, cancellable
from reseller_desktop.views.change_history import event_text
from reseller_desktop.views.clipboard import shared_guard
from reseller_desktop.views.customer_model import local_time
from reseller_desktop.views.dialogs import Choice, ask
from reseller_desktop.views.forms.ui_customer_details import Ui_CustomerDetailsDialog
from reseller_desktop.views.gdap_templates import short_link
from reseller_desktop.views.history_text import (
    actor_text,
    billing_text,
    term_text,
)
from reseller_desktop.views.i18n import current_language
from reseller_desktop.views.qt_dates import qdate
from reseller_desktop.views.status_look import status_explanation, status_icon, status_text

MUTED = "color: #605e5c;"
READ_TIMEOUT_MS = 5000


def _fill(table: QTableWidget, headers: list[str], rows: list[list[QTableWidgetItem]]) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)
    table.resizeColumnsToContents()  # a few rows: measuring them is cheap


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class CustomerDetailsDialog(QDialog):
    customer_changed = Signal(object)  # the customer's id: its list row should be re-read

    def __init__(
        self,
        services: AppServices,
        live: LiveServices,
        customer_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock = live.clock
        self.background = live.background
        self.reader = live.reader
        self.customer_id = customer_id
        self.customer: CustomerRecord | None = None
        self.subscriptions: list[SubscriptionRecord] = []
        self.child: QDialog | None = None
        self.ui = ui = Ui_CustomerDetailsDialog()
        ui.setupUi(self)
        font = ui.companyLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        ui.companyLabel.setFont(font)
        ui.seatRuleLabel.setStyleSheet(MUTED)
        for table in (ui.subscriptionsTable, ui.historyTable):
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.retryButton.clicked.connect(self.retry)
        ui.copyLinkButton.clicked.connect(self.copy_link)
        ui.copyApprovalButton.clicked.connect(self.copy_approval_link)
        ui.sendLinkButton.clicked.connect(self.send_link)
        self.reset_button = ui.buttonBox.addButton(
            self.tr("Reset admin &password…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_password)
        self._add_change_buttons()
        ui.addSubscriptionButton.clicked.connect(self.add_subscription)
        ui.changeSeatsButton.clicked.connect(self.change_seats)
        ui.subscriptionsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.subscriptionsTable.doubleClicked.connect(lambda _index: self.change_seats())
        clock.customers_changed.connect(self._changed_elsewhere)
        self.refresh()

    # ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the customer, its subscriptions and history (keeping the selection), on the
        reading worker: the window keeps painting while the store answers."""
        queries, customer_id = self.services.customers, self.customer_id
        try:
            customer, subscriptions, history = self.reader.call(
                lambda: (
                    queries.customer(customer_id),
                    queries.subscriptions(customer_id),
                    queries.history(customer_id),
                ),
                timeout_ms=READ_TIMEOUT_MS,
            )
        except CONNECTION_ERRORS:
            self.ui.statusLine.setText(
                self.tr("The database does not answer: what is shown may be out of date.")
            )
            return
        self.customer = customer
        if customer is None:
            self.ui.companyLabel.setText(self.tr("This customer no longer exists."))
            return
        self.setWindowTitle(
            self.tr("{company} — Customer details").format(company=customer.company_name)
        )
        self._show_header(customer)
        self._show_information(customer)
        selected = self.selected_subscription_id()
        self.subscriptions = subscriptions
        self._show_subscriptions(selected)
        self._show_history(history)
        self._update_buttons()

    def _show_header(self, c: CustomerRecord) -> None:
        ui = self.ui
        ui.companyLabel.setText(c.company_name)
        ui.statusIcon.setPixmap(status_icon(c.status).pixmap(32, 32))
        if holds_order(c.agreement_status):  # as the list says: not "Pending" for an hour
            status = self.tr("Waiting for agreement")
            explanation = self.tr(
                "The first order waits until the customer accepts the Microsoft Customer "
                "Agreement ({agreement}): see the Agreement and GDAP tab."
            ).format(
                agreement=agreement_label(c.agreement_status).render(QCoreApplication.translate)
            )
        else:
            status = status_text(c.status)
            explanation = status_explanation(c.status, c.status_reason)
        ui.statusIcon.setToolTip(status)
        ui.statusLine.setText(
            self.tr("{status}: {explanation}").format(status=status, explanation=explanation)
        )
        ui.retryButton.setVisible(c.status == FAILED)

    def _show_information(self, c: CustomerRecord) -> None:
        ui = self.ui
        address = address_lines(
            c.country, (c.address_line1, c.address_line2), c.city, c.state, c.postal_code
        )
        ui.domainValue.setText(c.domain)
        ui.adminValue.setText(c.admin_user)
        ui.countryValue.setText(f"{country_name(c.country, current_language())} ({c.country})")
        ui.addressValue.setText("\n".join(address) or "—")
        ui.registrationValue.setText(c.registration_number or "—")
        ui.languageValue.setText(language_name(c.culture or c.language, current_language()))
        ui.contactValue.setText(f"{c.first_name} {c.last_name}")
        ui.emailValue.setText(c.email)
        ui.phoneValue.setText(c.phone or "—")
        self._show_partner_facts(c)
        ui.createdValue.setText(local_time(c.created_at))
        ui.createdByValue.setText(actor_text(c.created_by) or "—")
        ui.customerIdValue.setText(str(c.id))

    def _show_partner_facts(self, c: CustomerRecord) -> None:
        """The agreement (status, link, who accepts it), the reseller and GDAP."""
        ui, tr = self.ui, QCoreApplication.translate
        if c.agreement_status:
            status = agreement_label(c.agreement_status).render(tr)
            if holds_order(c.agreement_status):
                status = self.tr("{status} — the first order waits until it is accepted").format(
                    status=status
                )
            if c.agreement_status == LINK_SENT and c.agreement_expires_at is not None:
                status += "\n" + self.tr("The link works until {time}.").format(
                    time=local_time(c.agreement_expires_at)
                )
        elif c.mca_accepted and c.mca_date:  # attested before 2026
            status = self.tr("Attested on {date}").format(
                date=QLocale().toString(qdate(c.mca_date), QLocale.FormatType.LongFormat)
            )
        else:
            status = self.tr("Not attested")
        ui.agreementValue.setText(status)
        link = c.agreement_link if c.agreement_status == LINK_SENT else ""
        ui.acceptanceLinkValue.setText(short_link(link) or "—")
        ui.acceptanceLinkValue.setToolTip(link)
        ui.copyLinkButton.setVisible(bool(link))
        ui.sendLinkButton.setVisible(c.agreement_status in (REQUIRED, EXPIRED))
        signer = f"{c.mca_signer_first_name} {c.mca_signer_last_name}".strip()
        lines = [signer, c.mca_signer_email, c.mca_signer_phone]
        ui.signerValue.setText("\n".join(line for line in lines if line) or "—")
        ui.resellerValue.setText(c.reseller_name or self.tr("None (direct customer)"))
        gdap = [
            self.tr("Default relationship requested")
            if c.gdap_default
            else self.tr("No default relationship")
        ]
        if c.admin_relationship_id:
            gdap.append(
                self.tr("Admin relationship \u201c{template}\u201d: {status}").format(
                    template=c.admin_relationship_template,
                    status=relationship_label(c.admin_relationship_status).render(tr),
                )
            )
            gdap.append(c.admin_relationship_roles.replace("; ", ", "))
        ui.gdapValue.setText("\n".join(gdap))
        approval = approval_url(c.admin_relationship_id) if c.admin_relationship_id else ""
        pending = c.admin_relationship_status == APPROVAL_PENDING
        ui.approvalLinkValue.setText(short_link(approval) or "—")
        ui.approvalLinkValue.setToolTip(approval)
        ui.copyApprovalButton.setVisible(bool(approval) and pending)

    def copy_link(self) -> None:
        if self.customer is not None and self.customer.agreement_link:
            shared_guard().copy(self.customer.agreement_link, secret=False)
            self.ui.statusLine.setText(self.tr("Acceptance link copied."))

    def copy_approval_link(self) -> None:
        if self.customer is not None and self.customer.admin_relationship_id:
            shared_guard().copy(approval_url(self.customer.admin_relationship_id), secret=False)
            self.ui.statusLine.setText(self.tr("Approval link copied."))

    def send_link(self) -> None:
        """A fresh acceptance link (the last one expired, or none went out)."""
        agreements = self.services.agreements
        if agreements is None or self.customer is None:
            return
        customer_id = self.customer_id
        self.ui.sendLinkButton.setEnabled(False)
        self.ui.sendLinkButton.setText(self.tr("Sending…"))
        self.background.run(
            lambda: agreements.send_new_link(customer_id),
            self._link_sent,
            self._link_failed,
            timeout_ms=15_000,
        )

    def _link_sent(self, _state: object) -> None:
        self._send_done()
        self.refresh()
        self.customer_changed.emit(self.customer_id)
        self.ui.statusLine.setText(
            self.tr("A new acceptance link was sent: copy it and send it to the customer.")
        )

    def _link_failed(self, error: Exception) -> None:
        self._send_done()
        message = getattr(error, "message", None)
        text = message.render(QCoreApplication.translate) if message is not None else str(error)
        self.ui.statusLine.setText(text)

    def _send_done(self) -> None:
        self.ui.sendLinkButton.setEnabled(True)
        self.ui.sendLinkButton.setText(self.tr("Send a &new link"))

    def _show_subscriptions(self, selected: uuid.UUID | None) -> None:
        headers = [
            QCoreApplication.translate("CustomerDetails", "Offer"),
            QCoreApplication.translate("CustomerDetails", "Seats"),
            QCoreApplication.translate("CustomerDetails", "Term"),
            QCoreApplication.translate("CustomerDetails", "Billing"),
            QCoreApplication.translate("CustomerDetails", "Status"),
            QCoreApplication.translate("CustomerDetails", "Order ID"),
        ]
        rows = []
        for sub in self.subscriptions:
            seats = _item(QLocale().toString(sub.seats))
            seats.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            status = _item(status_text(sub.status))
            status.setIcon(status_icon(sub.status))
            rows.append(
                [
                    _item(sub.offer_name, sub.id),
                    seats,
                    _item(term_text(sub.term)),
                    _item(billing_text(sub.billing_cycle)),
                    status,
                    _item(str(sub.order_id)),
                ]
            )
        table = self.ui.subscriptionsTable
        _fill(table, headers, rows)
        ids = [sub.id for sub in self.subscriptions]
        row = ids.index(selected) if selected in ids else (0 if ids else -1)
        if row >= 0:
            table.selectRow(row)

    def _show_history(self, history: list[HistoryEntry]) -> None:
        headers = [
            QCoreApplication.translate("CustomerDetails", "When"),
            QCoreApplication.translate("CustomerDetails", "Who"),
            QCoreApplication.translate("CustomerDetails", "What"),
        ]
        catalog = self.services.catalog
        rows = [
            [
                _item(local_time(e.at)),
                _item(actor_text(e.actor)),
                _item(event_text(e.action, e.details, catalog)),
            ]
            for e in reversed(history)
        ]
        _fill(self.ui.historyTable, headers, rows)

    def selected_subscription_id(self) -> uuid.UUID | None:
        table = self.ui.subscriptionsTable
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        ui = self.ui
        failed = self.customer is not None and self.customer.status == FAILED
        ui.addSubscriptionButton.setEnabled(self.customer is not None and not failed)
        ui.changeSeatsButton.setEnabled(self.selected_subscription_id() is not None and not failed)
        if failed:
            ui.seatRuleLabel.setText(
                self.tr("Retry the provisioning before changing subscriptions.")
            )
        else:
            ui.seatRuleLabel.setText(
                self.tr(
                    "Seats can be added at any time, and removed within 7 days of the purchase "
                    "or the last increase."
                )
            )
        self._update_change_buttons()

    # ------------------------------------------------------------------------------------------

    def _changed_elsewhere(self, ids: list[uuid.UUID]) -> None:
        if self.customer_id in ids and self.child is None:
            self.refresh()

    def retry(self) -> None:
        actor = self.services.onboarding.actor
        try:
            done = self.clock.retry(self.customer_id, actor, reader=self.reader)
        except Exception:  # the port or the store did not answer
            self.ui.statusLine.setText(self.tr("Partner Center did not answer: try again."))
            return
        if done:
            self.refresh()

    def reset_password(self) -> None:
        """Ask Microsoft for a new temporary admin password and show it once."""
        if self.customer is None:
            return
        choice = ask(
            self,
            self.tr("Reset admin password"),
            self.tr("Give {user} a new temporary password?").format(user=self.customer.admin_user),
            [
                Choice("reset", self.tr("&Reset password")),
                Choice("cancel", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            informative=self.tr(
                "The current password stops working. The new one is shown once, to copy."
            ),
            object_name="confirmResetBox",
        )
        if choice != "reset":
            return
        customer_id, company = self.customer_id, self.customer.company_name
        onboarding = self.services.onboarding
        self.reset_button.setEnabled(False)
        self.reset_button.setText(self.tr("Resetting…"))
        self.background.run(
            lambda: onboarding.reset_admin_password(customer_id),
            lambda credentials: self._show_new_password(company, credentials),
            self._reset_failed,
            timeout_ms=15_000,
        )

    def _reset_done(self) -> None:
        self.reset_button.setEnabled(True)
        self.reset_button.setText(self.tr("Reset admin &password…"))

    def _show_new_password(self, company: str, credentials: AdminCredentials) -> None:
        from reseller_desktop.views.admin_password import AdminPasswordDialog

        self._reset_done()
        self._run_child(AdminPasswordDialog(company, credentials, self))

    def _reset_failed(self, error: Exception) -> None:
        from reseller_desktop.views.admin_password import tell_reset_failed

        self._reset_done()
        tell_reset_failed(self, error)

    def add_subscription(self) -> None:
        from reseller_desktop.views.subscription_dialogs import AddSubscriptionDialog

        if self.customer is None:
            return
        self._run_child(
            AddSubscriptionDialog(self.services, self.customer, self, reader=self.reader)
        )

    def change_seats(self) -> None:
        from reseller_desktop.views.subscription_dialogs import ChangeSeatsDialog

        subscription_id = self.selected_subscription_id()
        if subscription_id is None or not self.ui.changeSeatsButton.isEnabled():
            return
        self._run_child(ChangeSeatsDialog(self.services, subscription_id, self, reader=self.reader))

    # -- Edit details and Cancel subscription (changes after creation)

    def _add_change_buttons(self) -> None:
        ui = self.ui
        self.edit_button = ui.buttonBox.addButton(
            self.tr("Edit &details…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.setObjectName("editDetailsButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_details)
        self.cancel_button = QPushButton(self.tr("Cance&l subscription…"), self)
        self.cancel_button.setObjectName("cancelSubscriptionButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_selected)
        ui.subscriptionButtons.insertWidget(1, self.cancel_button)
        self._cancel_job: int | None = None
        self.finished.connect(self._forget_cancel)  # closed first: the answer goes nowhere

    def _update_change_buttons(self) -> None:
        failed = self.customer is not None and self.customer.status == FAILED
        selected = self.selected_subscription()
        live = selected is not None and cancellable(selected)
        self.edit_button.setEnabled(self.customer is not None)
        self.cancel_button.setEnabled(live and not failed)
        if selected is not None and not live:  # a cancelled subscription is final
            self.ui.changeSeatsButton.setEnabled(False)

    def selected_subscription(self) -> SubscriptionRecord | None:
        selected = self.selected_subscription_id()
        return next((s for s in self.subscriptions if s.id == selected), None)

    def edit_details(self) -> None:
        from reseller_desktop.views.edit_customer import EditCustomerDialog

        if self.customer is None:
            return
        self._run_child(EditCustomerDialog(self.services, self.customer, self, reader=self.reader))

    def cancel_selected(self) -> None:
        subscription = self.selected_subscription()
        if subscription is None or not self.cancel_button.isEnabled():
            return
        self._cancel_job = cancel_subscription(
            self,
            self.services,
            self.background,
            subscription,
            started=self._cancelling,
            finished=self._cancel_answered,
        )

    def _cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    def _forget_cancel(self) -> None:
        if self._cancel_job is not None:
            self.background.forget(self._cancel_job)
            self._cancel_job = None

    def _cancel_answered(self, cancelled: bool) -> None:
        self._cancel_job = None
        self.cancel_button.setText(self.tr("Cance&l subscription…"))
        self.refresh()
        if cancelled:
            self.customer_changed.emit(self.customer_id)

    def _run_child(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.accepted.connect(self._child_saved)
        dialog.finished.connect(self._child_closed)
        dialog.open()

    def _child_saved(self) -> None:
        self.refresh()
        self.customer_changed.emit(self.customer_id)

    def _child_closed(self) -> None:
        if self.child is not None:
            self.child.deleteLater()
        self.child = None
        self.refresh()
