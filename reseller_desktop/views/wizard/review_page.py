"""Page 3, the review: everything entered, grouped, with an Edit link beside each group.

This is the commit page: its button is Submit, and once it succeeds there is no way back.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
    QWizardPage,
)

from reseller_desktop.domain.countries import address_lines, country_name, language_name
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.domain.validation import normalized
from reseller_desktop.services.context import AppServices
from reseller_desktop.views.forms.ui_wizard_review import Ui_ReviewPage
from reseller_desktop.views.history_text import billing_text, term_text
from reseller_desktop.views.wizard.field_names import field_name
from reseller_desktop.views.wizard.look import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    fit_wrapped,
    style_heading,
    style_link_button,
)
from reseller_desktop.views.wizard.offer_page import money
from reseller_desktop.views.wizard.page_ids import PageId


def postal_address(request: NewCustomerRequest) -> str:
    """The address as it is written in the customer's country (without the country line, shown
    apart), the same way as the customer details show it."""
    return "\n".join(
        address_lines(
            request.country,
            (request.address_line1, request.address_line2),
            request.city,
            request.state,
            request.postal_code,
        )
    )


class ReviewPage(QWizardPage):
    edit_requested = Signal(int)  # the PageId to go back to

    def __init__(self, services: AppServices, ui_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.ui_language = ui_language
        self.ui = ui = Ui_ReviewPage()
        ui.setupUi(self)
        self.setCommitPage(True)
        style_heading(ui.customerHeading)
        style_heading(ui.offerHeading)
        for button, page, what in (
            (ui.editCustomerButton, PageId.CUSTOMER, self.tr("Edit the customer information")),
            (ui.editOfferButton, PageId.OFFER, self.tr("Edit the offer")),
        ):
            style_link_button(button)
            button.setAccessibleName(what)
            button.setToolTip(what)
            button.clicked.connect(lambda _=False, page=page: self.edit_requested.emit(page))
        ui.submitNote.setStyleSheet(f"color: {MUTED_COLOUR};")
        ui.problemBanner.setStyleSheet(
            f"color: {ERROR_COLOUR}; border: 1px solid {ERROR_COLOUR}; padding: 6px;"
        )
        ui.problemBanner.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        ui.problemBanner.linkActivated.connect(lambda _link: self.edit_requested.emit(0))
        ui.problemBanner.hide()
        # Submit's busy state: what is happening, with a running progress bar.
        self.busy = QWidget(self)
        self.busy.setObjectName("submitBusy")
        row = QHBoxLayout(self.busy)
        row.setContentsMargins(0, 0, 0, 0)
        self.busy_bar = QProgressBar(self.busy)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_text = QLabel(self.busy)
        self.busy_text.setObjectName("submitBusyText")
        self.busy_text.setWordWrap(True)
        row.addWidget(self.busy_bar)
        row.addWidget(self.busy_text, 1)
        ui.pageLayout.insertWidget(ui.pageLayout.indexOf(ui.problemBanner) + 1, self.busy)
        self.busy.hide()
        self.values: dict[str, str] = {}  # shown label -> value, for tests and screen readers

    def initializePage(self) -> None:
        self.show_problem("")
        self.show_request(self.wizard().request())  # type: ignore[attr-defined]

    def cleanupPage(self) -> None:
        """Nothing to reset: the review only shows."""

    def show_request(self, request: NewCustomerRequest) -> None:
        r = normalized(request)
        ui, locale = self.ui, QLocale()
        self.values = {}
        left = [
            (field_name("company_name"), r.company_name),
            (self.tr("Domain"), r.domain),
            (field_name("country"), country_name(r.country, self.ui_language)),
            (self.tr("Address"), postal_address(r)),
            (field_name("culture"), language_name(r.culture, self.ui_language)),
        ]
        if r.registration_number:
            left.append((field_name("registration_number"), r.registration_number))
        signer = "\n".join(
            line
            for line in (
                f"{r.mca_signer_first_name} {r.mca_signer_last_name}",
                r.mca_signer_email,
                r.mca_signer_phone,
            )
            if line.strip()
        )
        gdap = [
            self.tr("Default relationship requested")
            if r.gdap_default
            else self.tr("No default relationship")
        ]
        if r.admin_template:
            gdap.append(
                self.tr("Admin relationship \u201c{template}\u201d: {roles} ({duration})").format(
                    template=r.admin_template,
                    roles=", ".join(r.admin_role_list),
                    duration=r.admin_duration,
                )
            )
        if r.reseller_id:
            left.append((self.tr("Reseller"), r.reseller_name or r.reseller_id))
        left.append((self.tr("GDAP"), "\n".join(gdap)))
        right = [
            (self.tr("Primary contact"), f"{r.first_name} {r.last_name}"),
            (field_name("email"), r.email),
            (field_name("phone"), r.phone),
            (
                self.tr("Customer agreement"),
                self.tr("The customer accepts it after creation; the first order waits until then"),
            ),
            (self.tr("Acceptance link for"), signer),
        ]
        offer = self.services.catalog.get(r.offer_id)
        price = offer.monthly_price(r.term) if offer else None
        offer_rows = [
            (field_name("offer_id"), offer.name if offer else r.offer_id),
            (field_name("term"), term_text(r.term)),
            (field_name("billing_cycle"), billing_text(r.billing_cycle)),
            (field_name("seats"), locale.toString(r.seats)),
            (
                self.tr("Estimated monthly total"),
                money(price * r.seats) if price is not None else self.tr("Not known"),
            ),
        ]
        self._fill(ui.customerLeftForm, left)
        self._fill(ui.customerRightForm, right)
        self._fill(ui.offerForm, offer_rows)

    def _fill(self, form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        while form.rowCount():
            form.removeRow(0)
        for label_text, value in rows:
            label = QLabel(label_text)
            label.setStyleSheet(f"color: {MUTED_COLOUR};")
            shown = QLabel(value or "—")
            fit_wrapped(shown)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label_text)
            form.addRow(label, shown)
            self.values[label_text] = value

    def show_problem(self, message: str, *, edit_customer: bool = False) -> None:
        """Say above the review why Submit failed ('' hides it)."""
        text = escape(message)
        if message and edit_customer:
            link = self.tr("Edit the customer information")
            text += f' <a href="#customer">{escape(link)}</a>'
        self.ui.problemBanner.setText(text)
        self.ui.problemBanner.setVisible(bool(message))

    def show_busy(self, text: str) -> None:
        """Say what Submit is doing ('' hides it)."""
        self.busy_text.setText(text)
        self.busy.setVisible(bool(text))
        if text:
            self.show_problem("")

    def busy_message(self) -> str:
        return self.busy_text.text() if not self.busy.isHidden() else ""

    def problem(self) -> str:
        return self.ui.problemBanner.text() if not self.ui.problemBanner.isHidden() else ""
