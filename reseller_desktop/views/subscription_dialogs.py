"""Add subscription and Change seats: small dialogs over ``SubscriptionService``.

The dialogs explain the rules up front (seat range, the Business cap already in use, the 7-day
window for removing seats) and the money: the price per seat and the monthly total for the chosen
offer, term and billing; Add subscription asks before buying (its default answer is not Buy, so
Enter never buys at once). The service has the last word, and a refusal says which field, what is
wrong and how to fix it, through ``views.dialogs.inform``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from reseller_desktop.domain.catalog import Offer
from reseller_desktop.domain.offer_checks import validate_seats
from reseller_desktop.domain.request import new_request_id
from reseller_desktop.domain.seat_rules import DECREASE_WINDOW, seat_change_problem
from reseller_desktop.domain.text import Message
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_records import CustomerRecord
from reseller_desktop.services.subscriptions import SubscriptionError
from reseller_desktop.views.customer_model import local_time
from reseller_desktop.views.dialogs import Choice, ask, inform, save_waiting
from reseller_desktop.views.forms.ui_add_subscription import Ui_AddSubscriptionDialog
from reseller_desktop.views.forms.ui_change_seats import Ui_ChangeSeatsDialog
from reseller_desktop.views.history_text import billing_text, term_text
from reseller_desktop.views.wizard.look import fit_height, fit_wrapped, style_message_label
from reseller_desktop.views.wizard.offer_page import money

MUTED = "color: #605e5c;"


def field_label(field: str) -> str:
    names = {
        "offer_id": QCoreApplication.translate("Subscriptions", "Offer"),
        "term": QCoreApplication.translate("Subscriptions", "Term"),
        "billing_cycle": QCoreApplication.translate("Subscriptions", "Billing"),
        "seats": QCoreApplication.translate("Subscriptions", "Seats"),
    }
    return names.get(field, "")


def show_refusal(
    parent: QWidget, title: str, error: SubscriptionError, *, with_field: bool = True
) -> str:
    """Tell the user why the service refused; return the first field concerned ("" if none).

    ``with_field`` names the field first ("Seats: ..."), for dialogs with several fields."""
    field, message = next(iter(error.problems.items()))
    text = in_local_time(message).render(QCoreApplication.translate)
    label = field_label(field) if with_field else ""
    if label:
        text = QCoreApplication.translate("Subscriptions", "{field}: {problem}").format(
            field=label, problem=text
        )
    inform(parent, title, text, icon=QMessageBox.Icon.Warning, object_name="subscriptionRefusedBox")
    return field


def in_local_time(message: Message) -> Message:
    """``message`` with its deadline, if any, in the user's time zone rather than in UTC."""
    if "deadline_at" not in message.args:
        return message
    local = local_date_time(message.args["deadline_at"])
    return Message(message.context, message.text, {**message.args, "deadline": local})


def show_seat_problem(label: QLabel, problem: Message | None) -> None:
    """Say beside the seats field why its number cannot be saved (hide the label when it can)."""
    text = problem.render(QCoreApplication.translate) if problem is not None else ""
    label.setText(text)
    fit_height(label)
    label.setVisible(bool(text))


def charge_text(cycle: str, monthly_total: float) -> str:
    """How the customer is charged for ``monthly_total`` a month on billing cycle ``cycle``."""
    if cycle == "annual":
        return QCoreApplication.translate(
            "Subscriptions", "Billed {amount} once a year, in advance."
        ).format(amount=money(monthly_total * 12))
    if cycle == "triennial":
        return QCoreApplication.translate(
            "Subscriptions", "Billed {amount} once every 3 years, in advance."
        ).format(amount=money(monthly_total * 36))
    return QCoreApplication.translate("Subscriptions", "Billed every month.")


def local_date_time(value: datetime) -> str:
    """A naive-UTC instant in the user's time zone, short date and time format."""
    return local_time(value)


def saving(dialog: QDialog, reader: Background | None, call: Callable[[], Any]) -> tuple[bool, Any]:
    """A purchase or a seat change on the reading worker (see ``save_waiting``)."""
    return save_waiting(
        dialog,
        reader,
        call,
        timed_out=QCoreApplication.translate(
            "Subscriptions",
            "Microsoft or the database did not answer in time. Try again: the same "
            "purchase is never made twice.",
        ),
        object_name="saveTimedOutBox",
    )


class AddSubscriptionDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        customer: CustomerRecord,
        parent: QWidget | None = None,
        *,
        reader: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.customer = customer
        self.reader = reader
        self.request_id = new_request_id()  # a second OK after a time-out is the same purchase
        self._saving = False
        self.created: uuid.UUID | None = None
        self.ui = ui = Ui_AddSubscriptionDialog()
        ui.setupUi(self)
        ui.seatsHint.setStyleSheet(MUTED)
        ui.chargeNote.setStyleSheet(MUTED)
        fit_wrapped(ui.chargeNote)
        bold = ui.totalValue.font()
        bold.setBold(True)
        ui.totalValue.setFont(bold)
        style_message_label(ui.seatsError)
        self._seats_in_use = 0
        ui.introLabel.setText(
            self.tr("Buy another subscription for {company}.").format(company=customer.company_name)
        )
        add = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(self.tr("&Buy…"))  # asks first: Enter never buys at once
        add.setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for offer in services.catalog.offers:
            ui.offerCombo.addItem(offer.name, offer.id)
        ui.offerCombo.currentIndexChanged.connect(self._offer_changed)
        ui.termCombo.currentIndexChanged.connect(self._term_changed)
        ui.billingCombo.currentIndexChanged.connect(self._show_price)
        ui.seatsSpin.valueChanged.connect(self._check_seats)
        ui.seatsSpin.valueChanged.connect(self._show_price)
        self._offer_changed()
        # Wrapped text needs its height for the final width (longer in French).
        self.resize(self.width(), self.heightForWidth(self.width()))

    def offer(self) -> Offer | None:
        return self.services.catalog.get(self.ui.offerCombo.currentData() or "")

    def _offer_changed(self) -> None:
        ui = self.ui
        offer = self.offer()
        ui.termCombo.blockSignals(True)
        ui.termCombo.clear()
        for term in offer.terms if offer else ():
            ui.termCombo.addItem(term_text(term), term)
        ui.termCombo.setCurrentIndex(max(0, ui.termCombo.findData("P1Y")))
        ui.termCombo.blockSignals(False)
        self._term_changed()
        if offer is None:
            ui.seatsHint.clear()
            self._check_seats()
            return
        in_use = self.services.subscriptions.family_seats_in_use(self.customer.id, offer.family)
        self._seats_in_use = in_use
        self._check_seats()
        cap = self.services.catalog.family_cap(offer.family)
        hint = self.tr("{minimum} to {maximum} seats.").format(
            minimum=QLocale().toString(offer.min_seats), maximum=QLocale().toString(offer.max_seats)
        )
        if cap is not None:
            hint += " " + self.tr(
                "This customer already has {used} of the {cap} seats allowed across its "
                "{family} plans."
            ).format(used=in_use, cap=cap, family=offer.family.capitalize())
        ui.seatsHint.setText(hint)

    def _check_seats(self) -> None:
        """The seat range and the family cap, checked as the number is typed (the spin box's range
        is wide, so a typed 301 stays 301 and is explained here instead of becoming 30)."""
        offer = self.offer()
        problem = None
        if offer is not None:
            problem = validate_seats(
                self.services.catalog,
                offer,
                self.ui.seatsSpin.value(),
                family_seats_in_use=self._seats_in_use,
            )
        show_seat_problem(self.ui.seatsError, problem)

    def _term_changed(self) -> None:
        ui = self.ui
        offer = self.offer()
        term = ui.termCombo.currentData()
        current = ui.billingCombo.currentData()
        ui.billingCombo.clear()
        for cycle in offer.terms.get(term, ()) if offer else ():
            ui.billingCombo.addItem(billing_text(cycle), cycle)
        ui.billingCombo.setCurrentIndex(max(0, ui.billingCombo.findData(current)))
        self._show_price()

    def price(self) -> float | None:
        """The price per seat per month of the chosen offer on the chosen term (None: unknown)."""
        offer, term = self.offer(), self.ui.termCombo.currentData()
        return offer.monthly_price(term) if offer is not None and term else None

    def _show_price(self) -> None:
        """The price per seat and the monthly total for the offer, term, billing and seats."""
        ui, offer, price = self.ui, self.offer(), self.price()
        seats = ui.seatsSpin.value()
        if offer is None:
            ui.priceValue.setText("—")
            ui.totalValue.setText("—")
            ui.chargeNote.clear()
        elif price is None:
            ui.priceValue.setText(self.tr("Not known for this offer"))
            ui.totalValue.setText("—")
            ui.chargeNote.setText(self.tr("Check the price in Partner Center before buying."))
        else:
            ui.priceValue.setText(self.tr("{price} per user/month").format(price=money(price)))
            ui.totalValue.setText(
                self.tr("{total} a month ({seats} × {price})").format(
                    total=money(price * seats), seats=QLocale().toString(seats), price=money(price)
                )
            )
            ui.chargeNote.setText(
                charge_text(ui.billingCombo.currentData() or "", price * seats)
                + " "
                + self.tr("Indicative list prices in US dollars, before taxes.")
            )
        ui.chargeNote.setVisible(bool(ui.chargeNote.text()))

    def _confirmed(self) -> bool:
        """Ask before buying: what, how many, for how much. The default answer is Go back."""
        ui, offer, price = self.ui, self.offer(), self.price()
        seats = ui.seatsSpin.value()
        name = offer.name if offer is not None else ui.offerCombo.currentText()
        count = QLocale().toString(seats)
        if price is None and seats == 1:
            question = self.tr("Buy 1 seat of {offer}?").format(offer=name)
        elif price is None:
            question = self.tr("Buy {seats} seats of {offer}?").format(seats=count, offer=name)
        elif seats == 1:
            question = self.tr("Buy 1 seat of {offer} for {total} a month?").format(
                offer=name, total=money(price)
            )
        else:
            question = self.tr("Buy {seats} seats of {offer} for {total} a month?").format(
                seats=count, offer=name, total=money(price * seats)
            )
        details = [
            self.tr("Term: {term}. Billing: {billing}.").format(
                term=ui.termCombo.currentText(), billing=ui.billingCombo.currentText().lower()
            )
        ]
        if price is not None:
            details.append(charge_text(ui.billingCombo.currentData() or "", price * seats))
        details.append(
            self.tr(
                "Within 7 days of the purchase, seats can be removed and the subscription "
                "cancelled."
            )
        )
        choice = ask(
            self,
            self.windowTitle(),
            question,
            [
                Choice("buy", self.tr("&Buy")),
                Choice("back", self.tr("Go &back"), QMessageBox.ButtonRole.RejectRole),
            ],
            default="back",
            escape="back",
            informative=" ".join(details),
            object_name="confirmPurchaseBox",
        )
        return choice == "buy"

    def _seat_problem(self) -> Message | None:
        offer = self.offer()
        if offer is None:
            return None
        return validate_seats(
            self.services.catalog,
            offer,
            self.ui.seatsSpin.value(),
            family_seats_in_use=self._seats_in_use,
        )

    def _refused(self, error: SubscriptionError) -> None:
        ui = self.ui
        field = show_refusal(self, self.windowTitle(), error)
        if field == "seats":
            show_seat_problem(ui.seatsError, in_local_time(error.problems["seats"]))
        widget = {
            "offer_id": ui.offerCombo,
            "term": ui.termCombo,
            "billing_cycle": ui.billingCombo,
            "seats": ui.seatsSpin,
        }.get(field)
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        ui = self.ui
        if self._saving:
            return
        problem = self._seat_problem()  # known already: said without asking to buy first
        if problem is not None:
            self._refused(SubscriptionError({"seats": problem}))
            return
        if not self._confirmed():
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setFocus()
            return
        service, customer_id, request_id = (
            self.services.subscriptions,
            self.customer.id,
            self.request_id,
        )
        offer, seats = ui.offerCombo.currentData() or "", ui.seatsSpin.value()
        term, cycle = ui.termCombo.currentData() or "", ui.billingCombo.currentData() or ""
        self._saving = True
        try:
            answered, created = saving(
                self,
                self.reader,
                lambda: service.add_subscription(
                    customer_id, offer, seats, term, cycle, request_id=request_id
                ),
            )
            if not answered:
                return
            self.created = created
        except SubscriptionError as error:
            self._refused(error)
            return
        finally:
            self._saving = False
        super().accept()


class ChangeSeatsDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        subscription_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        reader: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.reader = reader
        self._saving = False
        self.subscription_id = subscription_id
        self.change = change = services.subscriptions.seat_change(subscription_id)
        self.ui = ui = Ui_ChangeSeatsDialog()
        ui.setupUi(self)
        font = ui.offerName.font()
        font.setBold(True)
        ui.offerName.setFont(font)
        ui.ruleLabel.setStyleSheet(MUTED)
        style_message_label(ui.seatsError)
        ui.offerName.setText(change.offer_name)
        ui.currentValue.setText(QLocale().toString(change.seats))
        # The spin box's range stays wide: a typed 301 stays 301 and is explained beside it.
        ui.seatsSpin.setValue(change.seats)
        ui.seatsSpin.valueChanged.connect(self._check_seats)
        ui.seatsSpin.valueChanged.connect(self._show_total)
        self._show_total()
        ui.seatsSpin.selectAll()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.ruleLabel.setText(self._rules())
        # Wrapped text needs its height for the final width (longer in French).
        self.resize(self.width(), self.heightForWidth(self.width()))

    def _rules(self) -> str:
        change = self.change
        now = self.services.clock()
        minimum = change.offer.min_seats if change.offer else 1
        if now <= change.can_decrease_until:
            lines = [
                self.tr(
                    "You can remove seats until {deadline} (7 days after the purchase or the "
                    "last increase), down to {minimum}."
                ).format(deadline=local_date_time(change.can_decrease_until), minimum=minimum)
            ]
        else:
            lines = [
                self.tr(
                    "The 7 days for removing seats ended on {deadline}: you can only add seats."
                ).format(deadline=local_date_time(change.can_decrease_until))
            ]
        if change.family_cap is not None:
            lines.append(
                self.tr(
                    "Seats across this customer's {family} plans are limited to {cap}; its "
                    "other plans use {used}."
                ).format(
                    family=(change.offer.family if change.offer else "").capitalize(),
                    cap=change.family_cap,
                    used=change.family_seats_elsewhere,
                )
            )
        return "\n".join(lines)

    def _show_total(self) -> None:
        """The monthly total with the number of seats typed, beside the current one."""
        change, seats = self.change, self.ui.seatsSpin.value()
        price = change.offer.monthly_price(change.term) if change.offer and change.term else None
        if price is None:
            text = self.tr("Not known for this offer")
        else:
            text = self.tr("{total} a month ({seats} × {price}); currently {current}").format(
                total=money(price * seats),
                seats=QLocale().toString(seats),
                price=money(price),
                current=money(price * change.seats),
            )
        self.ui.totalValue.setText(text)

    def _check_seats(self) -> None:
        """The seat rules, checked as the number is typed (the current number is no problem
        until Save)."""
        change, seats = self.change, self.ui.seatsSpin.value()
        problem = None
        if change.offer is not None and seats != change.seats:
            problem = seat_change_problem(
                self.services.catalog,
                change.offer,
                current=change.seats,
                new=seats,
                seats_changed_at=change.can_decrease_until - DECREASE_WINDOW,
                now=self.services.clock(),
                family_seats_in_use=change.family_seats_elsewhere,
            )
        show_seat_problem(self.ui.seatsError, in_local_time(problem) if problem else None)

    def accept(self) -> None:
        if self._saving:
            return
        service, subscription_id, seats = (
            self.services.subscriptions,
            self.subscription_id,
            self.ui.seatsSpin.value(),
        )
        self._saving = True
        try:
            answered, _ = saving(
                self, self.reader, lambda: service.change_seats(subscription_id, seats)
            )
            if not answered:
                return
        except SubscriptionError as error:
            field = show_refusal(self, self.windowTitle(), error, with_field=False)
            if field == "seats":
                show_seat_problem(self.ui.seatsError, in_local_time(error.problems["seats"]))
            self.ui.seatsSpin.setFocus()
            self.ui.seatsSpin.selectAll()
            return
        finally:
            self._saving = False
        super().accept()
