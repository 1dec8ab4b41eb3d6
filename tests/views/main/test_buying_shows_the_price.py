"""Buying shows the price (issue 12, item 14): Add subscription shows the price per seat and the
monthly total for the chosen offer, term and billing, and asks before buying (Enter opens the
question, whose default answer is not Buy); Change seats shows the new monthly total."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Subscription
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.subscription_dialogs import AddSubscriptionDialog, ChangeSeatsDialog
from tests.views.main.test_seat_entry_dialogs import type_seats

E3 = "Office 365 E3"


@pytest.fixture(autouse=True)
def us_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def customer(services: AppServices, valid_request: NewCustomerRequest) -> uuid.UUID:
    """A customer with 25 seats of Microsoft 365 Business Premium ($22.00 a seat, 1 year)."""
    return services.onboarding.create_customer(valid_request).customer.id


@pytest.fixture
def details(qtbot, open_window, customer: uuid.UUID):  # type: ignore[no-untyped-def]
    window: MainWindow = open_window()
    window.on_customer_created(customer)
    window.ui.detailsButton.click()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    return window.details


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``text`` with the keyboard, as a user does on a closed combo box."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def open_add(qtbot, details) -> AddSubscriptionDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(details.ui.addSubscriptionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, AddSubscriptionDialog))
    add = details.child
    qtbot.waitUntil(add.isVisible)
    return add


def press_enter_in_question(seen: dict[str, str]) -> None:
    """When the question shows, note what it says and which button Enter presses, then press
    Enter in it, as an impatient user does."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: press_enter_in_question(seen))
        return
    seen["text"] = box.text()
    seen["informative"] = box.informativeText()
    seen["default"] = box.defaultButton().text().replace("&", "")
    seen["buttons"] = ", ".join(sorted(b.text().replace("&", "") for b in box.buttons()))
    QTest.keyClick(box, Qt.Key.Key_Return)


def test_add_subscription_shows_the_price_and_asks_before_buying(
    qtbot,  # type: ignore[no-untyped-def]
    details,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
) -> None:
    add = open_add(qtbot, details)
    ui = add.ui
    choose(qtbot, ui.offerCombo, E3)
    assert ui.termCombo.currentText() == "1 year" and ui.billingCombo.currentText() == "Monthly"
    type_seats(qtbot, ui.seatsSpin, "10")
    assert ui.priceValue.text() == "$23.00 per user/month"
    assert ui.totalValue.text() == "$230.00 a month (10 × $23.00)"
    assert ui.chargeNote.text().startswith("Billed every month.")

    # A 1-month term costs more; annual billing is charged for the year, in advance.
    choose(qtbot, ui.termCombo, "1 month")
    assert ui.priceValue.text() == "$27.60 per user/month"
    assert ui.totalValue.text() == "$276.00 a month (10 × $27.60)"
    choose(qtbot, ui.termCombo, "1 year")
    choose(qtbot, ui.billingCombo, "Annual")
    assert ui.totalValue.text() == "$230.00 a month (10 × $23.00)"
    assert ui.chargeNote.text().startswith("Billed $2,760.00 once a year, in advance.")
    assert ui.buttonBox.button(ui.buttonBox.StandardButton.Ok).text() == "&Buy…"

    # Enter in the seats field asks; Enter again answers the default, which is not Buy.
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: press_enter_in_question(seen))
    type_seats(qtbot, ui.seatsSpin, "10")
    qtbot.keyClick(ui.seatsSpin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "default" in seen)
    assert seen["text"] == "Buy 10 seats of Office 365 E3 for $230.00 a month?"
    assert seen["informative"].startswith(
        "Term: 1 year. Billing: annual. Billed $2,760.00 once a year, in advance."
    )
    assert seen["buttons"] == "Buy, Go back" and seen["default"] == "Go back"
    assert add.isVisible() and Subscription.select().count() == 1  # nothing bought

    # Buy, said in so many words.
    asked = answer_box("Buy")
    qtbot.keyClick(ui.seatsSpin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: details.child is None)
    assert asked == ["Buy 10 seats of Office 365 E3 for $230.00 a month?"]
    bought = Subscription.get(Subscription.offer_name == E3)
    assert (bought.seats, bought.term, bought.billing_cycle) == (10, "P1Y", "annual")


def test_one_seat_is_said_in_the_singular(qtbot, details, answer_box) -> None:  # type: ignore[no-untyped-def]
    add = open_add(qtbot, details)
    choose(qtbot, add.ui.offerCombo, E3)
    type_seats(qtbot, add.ui.seatsSpin, "1")
    asked = answer_box("Go back")
    qtbot.mouseClick(
        add.ui.buttonBox.button(add.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["Buy 1 seat of Office 365 E3 for $23.00 a month?"]
    assert add.isVisible() and Subscription.select().count() == 1


def test_change_seats_shows_the_new_monthly_total(qtbot, details) -> None:  # type: ignore[no-untyped-def]
    details.ui.subscriptionsTable.selectRow(0)
    qtbot.mouseClick(details.ui.changeSeatsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, ChangeSeatsDialog))
    change = details.child
    qtbot.waitUntil(change.isVisible)
    total = change.ui.totalValue
    assert total.isVisible()
    assert total.text() == "$550.00 a month (25 × $22.00); currently $550.00"
    type_seats(qtbot, change.ui.seatsSpin, "30")
    assert total.text() == "$660.00 a month (30 × $22.00); currently $550.00"
