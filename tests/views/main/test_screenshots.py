"""The main window (customers of every status), the customer details (each tab), Add subscription,
Change seats and Preferences, in English, French and the pseudo-locale: saved to shots/ to be
looked at, and checked for clipped text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from reseller_desktop.domain.provisioning import ACTIVE, FAILED, PENDING, PROVISIONING
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer
from reseller_desktop.views.customer_details import CustomerDetailsDialog
from reseller_desktop.views.preferences import PreferencesDialog
from reseller_desktop.views.subscription_dialogs import AddSubscriptionDialog, ChangeSeatsDialog
from tests.services.customer_book import add_customers, varied
from tests.views.screens import LANGUAGES, Shoot, camera, installed


@pytest.fixture(params=LANGUAGES, autouse=True)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface language, installed before any window is made."""
    yield from installed(request.param)


@pytest.fixture
def shoot(language: str) -> Shoot:
    return camera(language, "main")


def test_screenshots(
    qtbot,  # type: ignore[no-untyped-def]
    shoot: Shoot,
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    add_customers(varied(11))
    created = services.onboarding.create_customer(valid_request).customer.id
    statuses = {c.status for c in Customer.select(Customer.status)}
    assert statuses == {ACTIVE, PENDING, PROVISIONING, FAILED}

    window = open_window()
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 12)
    # The count comes after the first paint: wait for it (shoot() then lets the bar lay it out).
    qtbot.waitUntil(
        lambda: any("12" in label.text() for label in window.statusBar().findChildren(QLabel))
    )
    shoot(window, "window")

    # The details of the customer just created, tab by tab.
    assert window.select_customer(created)
    qtbot.mouseClick(window.ui.detailsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    details = window.details
    assert isinstance(details, CustomerDetailsDialog)
    tabs = details.ui.tabs
    for index, name in enumerate(["information", "subscriptions", "history"]):
        tabs.setCurrentIndex(index)
        shoot(details, f"details_{name}")

    # Add subscription, then Change seats of the selected subscription.
    tabs.setCurrentIndex(1)
    qtbot.mouseClick(details.ui.addSubscriptionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, AddSubscriptionDialog))
    child = details.child
    assert child is not None
    qtbot.waitExposed(child)
    shoot(child, "add_subscription")
    child.reject()
    qtbot.waitUntil(lambda: details.child is None)

    details.ui.subscriptionsTable.selectRow(0)
    qtbot.mouseClick(details.ui.changeSeatsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, ChangeSeatsDialog))
    child = details.child
    assert child is not None
    qtbot.waitExposed(child)
    shoot(child, "change_seats")
    child.reject()
    details.reject()
    qtbot.waitUntil(lambda: window.details is None)

    # A failed customer's details: the reason and Retry.
    failed = Customer.get(Customer.status == FAILED)
    assert window.select_customer(failed.id)
    window.open_details()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    assert window.details.ui.retryButton.isVisible()
    shoot(window.details, "details_failed")
    window.details.reject()

    window.ui.actionPreferences.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    preferences = QApplication.activeModalWidget()
    assert preferences is not None
    shoot(preferences, "preferences")
    preferences.close()
