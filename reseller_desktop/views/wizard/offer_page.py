"""Page 2, the first subscription: Select offer, term, billing and Number of seats.

One offer list (name and price) with separate term and billing lists, rather than one entry per
offer, term and billing combination: 15 offers would become about 40 near-identical entries, and
Partner Center itself asks for the offer first, then its term and billing frequency.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QWidget, QWizardPage

from reseller_desktop.domain.catalog import Offer
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.domain.validation import OFFER_FIELDS, validate_seats
from reseller_desktop.services.context import AppServices
from reseller_desktop.views.forms.ui_wizard_offer import Ui_OfferPage
from reseller_desktop.views.history_text import billing_text, term_text
from reseller_desktop.views.wizard.feedback import FieldFeedback
from reseller_desktop.views.wizard.field_names import field_name
from reseller_desktop.views.wizard.look import MUTED_COLOUR, RequiredLabel, fit_wrapped


def money(value: float) -> str:
    """An amount in US dollars, written the way the user's locale writes money."""
    return QLocale().toCurrencyString(value, "$")


def offer_entry(offer: Offer, term: str = "P1Y") -> str:
    """The offer list's entry: the offer and its price per seat on ``term`` (a 1-month term
    costs more than a 1-year one)."""
    price = offer.monthly_price(term if term in offer.terms else "P1Y")
    if price is None:
        return offer.name
    return QCoreApplication.translate("OfferPage", "{offer} — {price} per user/month").format(
        offer=offer.name, price=money(price)
    )


class OfferPage(QWizardPage):
    edited = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = ui = Ui_OfferPage()
        ui.setupUi(self)
        RequiredLabel(ui.offerLabel).set_required(True)
        RequiredLabel(ui.seatsLabel).set_required(True)
        RequiredLabel(ui.termLabel).set_required(True)
        RequiredLabel(ui.billingCycleLabel).set_required(True)
        for label in (ui.seatsHint, ui.priceNote, ui.summaryLabel):
            label.setStyleSheet(f"color: {MUTED_COLOUR};")
        fit_wrapped(ui.seatsHint, ui.priceNote, ui.monthlyTotal, ui.summaryLabel)
        ui.offer.setPlaceholderText(self.tr("Select an offer…"))
        for offer in services.catalog.offers:
            ui.offer.addItem(offer_entry(offer), offer.id)
        ui.offer.setCurrentIndex(-1)
        ui.offer.setMaxVisibleItems(len(services.catalog.offers))
        self.feedback = FieldFeedback(self)
        self.feedback.add("offer_id", ui.offer, ui.offerError)
        self.feedback.add("term", ui.term, ui.termError)
        self.feedback.add("billing_cycle", ui.billingCycle, ui.billingCycleError)
        self.feedback.add("seats", ui.seats, ui.seatsError)
        ui.offer.currentIndexChanged.connect(self._offer_changed)
        ui.term.currentIndexChanged.connect(self._term_changed)
        ui.billingCycle.currentIndexChanged.connect(self._changed)
        ui.seats.valueChanged.connect(self._seats_changed)
        self._messages: dict[str, str] = {}
        self._complete = False
        self._offer_changed()

    def offer(self) -> Offer | None:
        offer_id = self.ui.offer.currentData()
        return self.services.catalog.get(offer_id) if offer_id else None

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "offer_id": ui.offer.currentData() or "",
            "term": ui.term.currentData() or "",
            "billing_cycle": ui.billingCycle.currentData() or "",
            "seats": ui.seats.value(),
        }

    def set_values(self, request: NewCustomerRequest) -> None:
        ui = self.ui
        ui.offer.setCurrentIndex(ui.offer.findData(request.offer_id))
        if ui.term.findData(request.term) >= 0:
            ui.term.setCurrentIndex(ui.term.findData(request.term))
        if ui.billingCycle.findData(request.billing_cycle) >= 0:
            ui.billingCycle.setCurrentIndex(ui.billingCycle.findData(request.billing_cycle))
        ui.seats.setValue(request.seats)
        self.feedback.touch(*[name for name in OFFER_FIELDS if self.values()[name]])

    # -- the lists follow the offer

    def _offer_changed(self) -> None:
        ui, offer = self.ui, self.offer()
        term = ui.term.currentData()
        ui.term.blockSignals(True)
        ui.term.clear()
        for code in offer.terms if offer else ():
            ui.term.addItem(term_text(code), code)
        index = ui.term.findData(term)
        ui.term.setCurrentIndex(index if index >= 0 else max(ui.term.findData("P1Y"), 0))
        ui.term.blockSignals(False)
        ui.term.setEnabled(offer is not None)
        # The spin box's range stays wide: a typed 301 stays 301 and is explained beside the field
        # (a maximum of 300 would silently turn it into 30).
        if offer is not None and "seats" not in self.feedback.touched():
            ui.seats.setValue(max(ui.seats.value(), offer.min_seats))
        ui.seats.setEnabled(offer is not None)
        self._show_seat_hint(offer)
        self._term_changed()

    def _term_changed(self) -> None:
        ui, offer = self.ui, self.offer()
        cycle = ui.billingCycle.currentData()
        ui.billingCycle.blockSignals(True)
        ui.billingCycle.clear()
        term = ui.term.currentData()
        for code in offer.terms.get(term, ()) if offer else ():
            ui.billingCycle.addItem(billing_text(code), code)
        index = ui.billingCycle.findData(cycle)
        ui.billingCycle.setCurrentIndex(index if index >= 0 else 0)
        ui.billingCycle.blockSignals(False)
        ui.billingCycle.setEnabled(offer is not None)
        self._show_offer_prices(term or "P1Y")
        self._changed()

    def _show_offer_prices(self, term: str) -> None:
        """Every entry of the offer list with its price on the chosen term."""
        combo, catalog = self.ui.offer, self.services.catalog
        for index in range(combo.count()):
            offer = catalog.get(combo.itemData(index) or "")
            if offer is not None:
                combo.setItemText(index, offer_entry(offer, term))

    def _show_seat_hint(self, offer: Offer | None) -> None:
        locale = QLocale()
        if offer is None:
            self.ui.seatsHint.setText(self.tr("Select an offer to see how many seats it allows."))
            return
        cap = self.services.catalog.family_cap(offer.family)
        text = self.tr("{minimum} to {maximum} seats.").format(
            minimum=locale.toString(offer.min_seats),
            maximum=locale.toString(min(offer.max_seats, cap) if cap else offer.max_seats),
        )
        if cap is not None and offer.family.casefold() == "business":
            text += " " + self.tr(
                "Business plans are limited to {cap} seats per customer, across all their "
                "Business subscriptions."
            ).format(cap=locale.toString(cap))
        elif cap is not None:
            text += " " + self.tr(
                "Plans of this family are limited to {cap} seats per customer in total."
            ).format(cap=locale.toString(cap))
        self.ui.seatsHint.setText(text)

    # -- checking

    def _seats_changed(self) -> None:
        """A number of seats that cannot be bought is explained at once, while typing."""
        self._changed()
        if "seats" in self._messages:
            self.feedback.touch("seats")

    def _changed(self) -> None:
        self._show_total()
        self.revalidate()
        self.edited.emit()

    def _show_total(self) -> None:
        offer, term = self.offer(), self.ui.term.currentData()
        price = offer.monthly_price(term) if offer and term else None
        seats = self.ui.seats.value()
        if offer is None:
            text = "—"
        elif price is None:
            text = self.tr("Not known for this offer")
        else:
            text = self.tr("{total} ({seats} × {price} per user/month)").format(
                total=money(price * seats), seats=QLocale().toString(seats), price=money(price)
            )
        self.ui.monthlyTotal.setText(text)

    def problems(self) -> dict[str, str]:
        return dict(self._messages)

    def revalidate(self) -> None:
        values = self.values()
        messages: dict[str, str] = {}
        offer = self.offer()
        if offer is None:
            messages["offer_id"] = self.tr("Choose an offer from the list.")
        else:
            if not values["term"]:
                messages["term"] = self.tr("Choose a term for this offer.")
            if not values["billing_cycle"]:
                messages["billing_cycle"] = self.tr("Choose how often the customer is billed.")
            problem = validate_seats(self.services.catalog, offer, self.ui.seats.value())
            if problem is not None:
                messages["seats"] = problem.render(QCoreApplication.translate)
        self._messages = messages
        self.feedback.set_problems(messages)
        names = ", ".join(field_name(name) for name in messages)
        summary = self.tr("Still to complete: {fields}.").format(fields=names) if names else ""
        self.ui.summaryLabel.setText(summary)
        self.ui.summaryLabel.setVisible(bool(summary))
        if (not messages) != self._complete:
            self._complete = not messages
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._messages

    def validatePage(self) -> bool:
        self.revalidate()
        if self._messages:
            self.feedback.touch(*self._messages)
            return False
        return True

    def cleanupPage(self) -> None:
        """Going back keeps the chosen offer."""
