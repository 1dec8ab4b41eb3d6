"""Screens of issue 12, items 14 and 16, in English, French and the pseudo-locale: the empty list,
the Help menu's dialogs, Add subscription and Change seats with their prices and the purchase
question, Edit details, Cancel subscription. Saved to shots/ to be looked at, and checked for
clipped text."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.views.about import AboutDialog
from reseller_desktop.views.data_locations import DataLocationsDialog
from reseller_desktop.views.edit_customer import EditCustomerDialog
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.shortcuts import KeyboardShortcutsDialog
from reseller_desktop.views.subscription_dialogs import AddSubscriptionDialog, ChangeSeatsDialog
from tests.conftest import FakeClock
from tests.views.main.test_changes_after_creation import retype
from tests.views.main.test_main_window import type_search
from tests.views.screens import LANGUAGES, Shoot, camera, installed


@pytest.fixture(params=LANGUAGES, autouse=True)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    if request.param == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield from installed(request.param)
    QLocale.setDefault(before)


@pytest.fixture
def shoot(language: str) -> Shoot:
    return camera(language, "changes")


def modal(qtbot, kind: type) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def shoot_next_box(shoot: Shoot, name: str, accept: bool = False) -> list[str]:
    """Screenshot the next message box, then answer its escape button (or its accept one)."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        shoot(box, name)
        if accept:
            next(
                b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
            ).click()
        else:
            box.escapeButton().click()  # type: ignore[union-attr]

    QTimer.singleShot(0, act)
    return seen


def test_screenshots(
    qtbot,  # type: ignore[no-untyped-def]
    shoot: Shoot,
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
    clock: FakeClock,
) -> None:
    window: MainWindow = open_window()
    # The count comes after the first paint: wait for it (shoot() then lets the bar lay it out).
    qtbot.waitUntil(
        lambda: any(": 0" in label.text() for label in window.statusBar().findChildren(QLabel))
    )
    shoot(window, "main_empty")
    for action, kind, name in (
        (window.ui.actionAbout, AboutDialog, "about"),
        (window.ui.actionShortcuts, KeyboardShortcutsDialog, "shortcuts"),
        (window.ui.actionDataLocations, DataLocationsDialog, "data_locations"),
    ):
        action.trigger()
        dialog = modal(qtbot, kind)
        shoot(dialog, name)
        dialog.close()

    customer: uuid.UUID = services.onboarding.create_customer(valid_request).customer.id
    window.on_customer_created(customer)
    type_search(qtbot, window, "zzz")
    shoot(window, "main_no_match")
    type_search(qtbot, window, "")

    assert window.select_customer(customer)
    window.open_details()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    details = window.details
    shoot(details, "details_information")
    details.ui.tabs.setCurrentWidget(details.ui.subscriptionsTab)
    details.ui.subscriptionsTable.selectRow(0)
    shoot(details, "details_subscriptions")

    # Add subscription: the price, then the question Buy asks.
    qtbot.mouseClick(details.ui.addSubscriptionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, AddSubscriptionDialog))
    add = details.child
    qtbot.waitExposed(add)
    add.ui.offerCombo.setCurrentIndex(add.ui.offerCombo.findText("Office 365 E3"))
    add.ui.billingCombo.setCurrentIndex(add.ui.billingCombo.findData("annual"))
    add.ui.seatsSpin.setValue(10)
    shoot(add, "add_subscription")
    asked = shoot_next_box(shoot, "confirm_purchase")
    add.accept()
    assert asked and add.isVisible()
    add.reject()
    qtbot.waitUntil(lambda: details.child is None)

    details.ui.subscriptionsTable.selectRow(0)
    qtbot.mouseClick(details.ui.changeSeatsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, ChangeSeatsDialog))
    change = details.child
    qtbot.waitExposed(change)
    change.ui.seatsSpin.setValue(30)
    shoot(change, "change_seats")
    change.reject()
    qtbot.waitUntil(lambda: details.child is None)

    # Cancel subscription: the question, and the refusal after 7 days.
    details.ui.subscriptionsTable.selectRow(0)
    asked = shoot_next_box(shoot, "confirm_cancel")
    details.cancel_button.click()
    assert asked
    clock.advance(days=8)
    refused = shoot_next_box(shoot, "cancel_refused", accept=True)
    details.cancel_button.click()
    assert refused

    # Edit details, with a problem shown beside its field.
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, EditCustomerDialog))
    edit = details.child
    qtbot.waitExposed(edit)
    shoot(edit, "edit_details")
    retype(qtbot, edit.ui.email, "camille@")
    shoot(edit, "edit_details_problem")
    edit.reject()
