"""Add subscription and Change seats (issue 12, item 10): a typed number of seats is kept as typed;
one that cannot be bought is explained beside the field, and the dialog refuses it."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Subscription
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.subscription_dialogs import AddSubscriptionDialog, ChangeSeatsDialog

OK = QDialogButtonBox.StandardButton.Ok
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def customer(services: AppServices, valid_request: NewCustomerRequest) -> uuid.UUID:
    """A customer with 25 seats of Microsoft 365 Business Premium."""
    return services.onboarding.create_customer(valid_request).customer.id


@pytest.fixture
def details(qtbot, open_window, customer: uuid.UUID):  # type: ignore[no-untyped-def]
    window: MainWindow = open_window()
    window.on_customer_created(customer)
    window.ui.detailsButton.click()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    return window.details


def child(qtbot, dialog, kind: type):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(dialog.child, kind) and dialog.child.isVisible())
    return dialog.child


def type_seats(qtbot, spin: QSpinBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into the spin box, select its number and type ``text`` over it."""
    if not spin.isActiveWindow():  # after a message box, as the window system would do
        spin.window().activateWindow()
        qtbot.waitUntil(spin.isActiveWindow)
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(spin.hasFocus)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def open_add(qtbot, details) -> AddSubscriptionDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(details.ui.addSubscriptionButton, Qt.MouseButton.LeftButton)
    add: AddSubscriptionDialog = child(qtbot, details, AddSubscriptionDialog)
    combo = add.ui.offerCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != "Microsoft 365 Business Basic":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    return add


def open_change(qtbot, details) -> ChangeSeatsDialog:  # type: ignore[no-untyped-def]
    details.ui.subscriptionsTable.selectRow(0)
    qtbot.mouseClick(details.ui.changeSeatsButton, Qt.MouseButton.LeftButton)
    return child(qtbot, details, ChangeSeatsDialog)


@pytest.mark.parametrize("typed", ["301", "500"])
def test_add_subscription_keeps_too_many_seats_and_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    details,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    typed: str,
) -> None:
    add = open_add(qtbot, details)
    ui = add.ui
    type_seats(qtbot, ui.seatsSpin, typed)
    assert ui.seatsSpin.value() == int(typed)  # not cut to 30 or 50
    expected = (
        "Business plans are limited to 300 seats per customer in total; 25 are already in use, "
        "so enter 275 at most."
    )
    assert ui.seatsError.isVisible() and ui.seatsError.text() == expected

    seen = answer_box("OK")
    qtbot.mouseClick(ui.buttonBox.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == f"Seats: {expected}"
    assert add.isVisible() and Subscription.select().count() == 1  # refused
    assert ui.seatsSpin.value() == int(typed) and ui.seatsError.text() == expected

    type_seats(qtbot, ui.seatsSpin, "275")
    assert ui.seatsError.isHidden()
    answer_box("Buy")  # buying asks first (issue 12, item 14)
    qtbot.mouseClick(ui.buttonBox.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: details.child is None)
    assert Subscription.select().count() == 2


def test_add_subscription_explains_zero_seats(qtbot, details) -> None:  # type: ignore[no-untyped-def]
    add = open_add(qtbot, details)
    type_seats(qtbot, add.ui.seatsSpin, "0")
    assert add.ui.seatsSpin.value() == 0
    assert add.ui.seatsError.text() == "Enter between 1 and 300 seats."


@pytest.mark.parametrize("typed", ["301", "500"])
def test_change_seats_keeps_too_many_seats_and_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    details,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    typed: str,
) -> None:
    change = open_change(qtbot, details)
    ui = change.ui
    assert ui.seatsError.isHidden()  # the current number is no problem yet
    type_seats(qtbot, ui.seatsSpin, typed)
    assert ui.seatsSpin.value() == int(typed)  # not cut to 30 or 50
    expected = (
        "Business plans are limited to 300 seats per customer, across all their Business "
        "subscriptions: enter 300 at most."
    )
    assert ui.seatsError.isVisible() and ui.seatsError.text() == expected

    seen = answer_box("OK")
    qtbot.mouseClick(ui.buttonBox.button(SAVE), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == expected
    assert change.isVisible() and Subscription.get().seats == 25  # refused
    assert ui.seatsError.text() == expected

    type_seats(qtbot, ui.seatsSpin, "300")
    assert ui.seatsError.isHidden()
    qtbot.mouseClick(ui.buttonBox.button(SAVE), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: details.child is None)
    assert Subscription.get().seats == 300


def test_change_seats_explains_fewer_than_the_minimum(qtbot, details) -> None:  # type: ignore[no-untyped-def]
    change = open_change(qtbot, details)
    type_seats(qtbot, change.ui.seatsSpin, "0")
    assert change.ui.seatsSpin.value() == 0
    assert change.ui.seatsError.text() == "Enter 1 or more: this offer cannot have fewer seats."
