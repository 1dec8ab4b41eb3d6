"""Customer details: information, subscriptions, history; Add subscription and Change seats."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer, Subscription
from reseller_desktop.views.customer_details import CustomerDetailsDialog
from reseller_desktop.views.customer_model import OFFERS, local_time
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.subscription_dialogs import AddSubscriptionDialog, ChangeSeatsDialog
from tests.conftest import FakeClock
from tests.views.main.conftest import cell


def table_texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


@pytest.fixture
def customer(services: AppServices, valid_request: NewCustomerRequest) -> uuid.UUID:
    return services.onboarding.create_customer(valid_request).customer.id


@pytest.fixture
def details(qtbot, open_window, customer: uuid.UUID):  # type: ignore[no-untyped-def]
    """The window with the new customer selected, and its details open (as a double-click
    does)."""
    window: MainWindow = open_window()
    window.on_customer_created(customer)
    window.ui.detailsButton.click()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    return window, window.details


def child(qtbot, dialog: CustomerDetailsDialog, kind: type):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(dialog.child, kind) and dialog.child.isVisible())
    return dialog.child


def choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``text`` with the keyboard, as a user does on a closed combo box."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def click(qtbot, box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def set_seats(qtbot, spin, value: int) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def test_details_show_information_subscriptions_and_history_in_words(details) -> None:  # type: ignore[no-untyped-def]
    _window, dialog = details
    ui = dialog.ui
    assert ui.companyLabel.text() == "Boulangerie Dupont SARL"
    assert ui.statusLine.text().startswith("Pending:")
    assert not ui.retryButton.isVisible()
    assert ui.domainValue.text() == "boulangeriedupont.onmicrosoft.com"
    assert ui.adminValue.text() == "admin@boulangeriedupont.onmicrosoft.com"
    assert ui.countryValue.text() == "France (FR)"
    assert "35 Rue du Faubourg Saint-Honoré" in ui.addressValue.text()
    assert "75008 Paris" in ui.addressValue.text()
    assert ui.contactValue.text() == "Camille Dupont"
    assert ui.emailValue.text() == "camille.dupont@boulangerie-dupont.fr"
    subs = ui.subscriptionsTable
    assert table_texts(subs, 0) == ["Microsoft 365 Business Premium"]
    assert table_texts(subs, 1) == ["25"]
    assert table_texts(subs, 2) == ["1 year"] and table_texts(subs, 3) == ["Monthly"]
    assert table_texts(subs, 4) == ["Pending"]
    assert table_texts(subs, 5) == [str(Subscription.get().order_id)]
    history = table_texts(ui.historyTable, 2)
    assert history == [
        "Subscription bought: Microsoft 365 Business Premium, 25 seats, 1 year, monthly",
        "Customer created (boulangeriedupont.onmicrosoft.com)",
    ]
    assert set(table_texts(ui.historyTable, 1)) == {Customer.get().created_by}


def test_the_details_follow_provisioning_and_offer_retry_when_it_fails(
    qtbot,  # type: ignore[no-untyped-def]
    details,  # type: ignore[no-untyped-def]
    services: AppServices,
    clock: FakeClock,
) -> None:
    window, dialog = details
    services.partner_center.engine.failure_rate = 1.0
    clock.advance(minutes=3)
    window.provisioning.tick()
    assert dialog.ui.statusLine.text().startswith("Provisioning:")
    clock.advance(minutes=7)
    window.provisioning.tick()
    assert dialog.ui.statusLine.text().startswith("Failed:")
    assert dialog.ui.retryButton.isVisible()
    assert not dialog.ui.addSubscriptionButton.isEnabled()
    assert table_texts(dialog.ui.historyTable, 2)[0].startswith("Provisioning failed: ")
    assert cell(window, 0, 5) == "Failed"

    qtbot.mouseClick(dialog.ui.retryButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.statusLine.text().startswith("Pending:")
    assert not dialog.ui.retryButton.isVisible()
    assert table_texts(dialog.ui.historyTable, 2)[0] == "Provisioning retried"
    assert cell(window, 0, 5) == "Pending"


def test_add_subscription_with_the_same_rules_as_the_wizard(
    qtbot,  # type: ignore[no-untyped-def]
    details,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    clock: FakeClock,
) -> None:
    window, dialog = details
    clock.advance(minutes=2)
    qtbot.mouseClick(dialog.ui.addSubscriptionButton, Qt.MouseButton.LeftButton)
    add: AddSubscriptionDialog = child(qtbot, dialog, AddSubscriptionDialog)
    ui = add.ui
    choose(qtbot, ui.offerCombo, "Microsoft 365 Business Basic")
    assert "25 of the 300 seats" in ui.seatsHint.text()
    set_seats(qtbot, ui.seatsSpin, 280)
    seen = answer_box("OK")
    qtbot.mouseClick(
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("Seats: Business plans are limited to 300 seats")
    assert "275 at most" in seen[0]
    assert add.isVisible() and Subscription.select().count() == 1

    set_seats(qtbot, ui.seatsSpin, 275)
    choose(qtbot, ui.termCombo, "1 month")
    assert ui.billingCombo.currentText() == "Monthly" and ui.billingCombo.count() == 1
    answer_box("Buy")  # buying asks first (issue 12, item 14)
    qtbot.mouseClick(
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.child is None)
    assert table_texts(dialog.ui.subscriptionsTable, 0) == [
        "Microsoft 365 Business Premium",
        "Microsoft 365 Business Basic",
    ]
    assert table_texts(dialog.ui.subscriptionsTable, 1) == ["25", "275"]
    assert cell(window, 0, OFFERS) == "Microsoft 365 Business Premium, Microsoft 365 Business Basic"
    assert table_texts(dialog.ui.historyTable, 2)[0].startswith(
        "Subscription bought: Microsoft 365 Business Basic, 275 seats, 1 month"
    )


def test_change_seats_increase_any_time_decrease_within_7_days_never_below_the_minimum(
    qtbot,  # type: ignore[no-untyped-def]
    details,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    clock: FakeClock,
) -> None:
    window, dialog = details
    save = QDialogButtonBox.StandardButton.Save

    def open_change() -> ChangeSeatsDialog:
        dialog.ui.subscriptionsTable.selectRow(0)
        qtbot.mouseClick(dialog.ui.changeSeatsButton, Qt.MouseButton.LeftButton)
        return child(qtbot, dialog, ChangeSeatsDialog)

    change = open_change()
    assert change.ui.currentValue.text() == "25"
    assert "You can remove seats until" in change.ui.ruleLabel.text()
    set_seats(qtbot, change.ui.seatsSpin, 0)
    seen = answer_box("OK")
    qtbot.mouseClick(change.ui.buttonBox.button(save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == "Enter 1 or more: this offer cannot have fewer seats."
    set_seats(qtbot, change.ui.seatsSpin, 20)
    qtbot.mouseClick(change.ui.buttonBox.button(save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.child is None)
    assert table_texts(dialog.ui.subscriptionsTable, 1) == ["20"]
    assert cell(window, 0, 4) == "20"

    clock.advance(days=8)
    change = open_change()
    assert "ended on" in change.ui.ruleLabel.text()
    set_seats(qtbot, change.ui.seatsSpin, 15)
    seen = answer_box("OK")
    qtbot.mouseClick(change.ui.buttonBox.button(save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    deadline = local_time(datetime(2026, 11, 30, 9, 30))  # 7 days after the purchase
    assert seen[0].startswith("Seats can be removed only within 7 days")
    assert f"ended on {deadline}." in seen[0]
    set_seats(qtbot, change.ui.seatsSpin, 40)  # adding is always allowed
    qtbot.keyClick(change.ui.seatsSpin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.child is None)
    assert table_texts(dialog.ui.subscriptionsTable, 1) == ["40"]
    history = table_texts(dialog.ui.historyTable, 2)
    assert history[:2] == [
        "Seats of Microsoft 365 Business Premium changed from 20 to 40",
        "Seats of Microsoft 365 Business Premium changed from 25 to 20",
    ]


def test_reset_admin_password_shows_a_new_one_once(qtbot, details, answer_box):  # type: ignore[no-untyped-def]
    from reseller_desktop.views.admin_password import AdminPasswordDialog

    _window, dialog = details
    seen = answer_box("Reset password")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert seen == ["Give admin@boulangeriedupont.onmicrosoft.com a new temporary password?"]
    shown = child(qtbot, dialog, AdminPasswordDialog)
    password = shown.password_value.text()
    assert len(password) == 16 and password[0].isalpha()
    qtbot.mouseClick(shown.copy_password_button, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == password
    asked = answer_box("Go to page")
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # not before the user says it was copied
    assert asked and shown.isVisible()
    answer_box("I have copied the information")
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.child is None)
    assert shown._password == "", "the password is dropped when the dialog closes"
    history = table_texts(dialog.ui.historyTable, 2)
    assert "Admin password reset (admin@boulangeriedupont.onmicrosoft.com)" in history
