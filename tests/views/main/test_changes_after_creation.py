"""Changes after creation (issue 12, item 16): Edit details (company and contact, with the wizard's
rules, the domain never editable, audited) and Cancel subscription (within 7 days only), from the
customer details."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from reseller_desktop.views.customer_details import CustomerDetailsDialog
from reseller_desktop.views.customer_model import COMPANY, SEATS, local_time
from reseller_desktop.views.edit_customer import EditCustomerDialog
from reseller_desktop.views.main_window import MainWindow
from tests.conftest import FakeClock
from tests.views.main.conftest import cell, type_text
from tests.views.main.test_buying_shows_the_price import press_enter_in_question
from tests.views.main.test_customer_details import table_texts

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def customer(services: AppServices, valid_request: NewCustomerRequest) -> uuid.UUID:
    """A customer with 25 seats of Microsoft 365 Business Premium."""
    return services.onboarding.create_customer(valid_request).customer.id


@pytest.fixture
def opened(qtbot, open_window, customer: uuid.UUID):  # type: ignore[no-untyped-def]
    window: MainWindow = open_window()
    window.on_customer_created(customer)
    window.ui.detailsButton.click()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    return window, window.details


def retype(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into ``edit``, replace its text, and leave it with Tab."""
    if not edit.isActiveWindow():
        edit.window().activateWindow()
        qtbot.waitUntil(edit.isActiveWindow)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_edit_details_checks_with_the_wizard_rules_saves_and_audits(
    qtbot,  # type: ignore[no-untyped-def]
    opened,  # type: ignore[no-untyped-def]
    customer: uuid.UUID,
) -> None:
    window, details = opened
    button = details.edit_button
    assert button.isVisible() and button.text() == "Edit &details…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, EditCustomerDialog))
    edit: EditCustomerDialog = details.child
    qtbot.waitExposed(edit)
    ui = edit.ui
    assert ui.companyName.text() == "Boulangerie Dupont SARL"
    assert ui.email.text() == "camille.dupont@boulangerie-dupont.fr"
    # The domain is shown, never editable: no field holds it.
    assert ui.domainValue.text() == "boulangeriedupont.onmicrosoft.com"
    assert all("boulangeriedupont" not in e.text() for e in edit.findChildren(QLineEdit))
    assert ui.countryValue.text() == "France (FR)"

    # A value the wizard refuses is explained beside its field, and Save refuses it.
    retype(qtbot, ui.email, "camille@")
    assert ui.emailError.isVisible()
    assert ui.emailError.text().startswith("Enter a valid email address such as name@")
    retype(qtbot, ui.postalCode, "7500")
    assert ui.postalCodeError.isVisible()
    qtbot.mouseClick(ui.buttonBox.button(SAVE), Qt.MouseButton.LeftButton)
    assert edit.isVisible() and ui.emailError.isVisible()
    assert Customer.get_by_id(customer).email == "camille.dupont@boulangerie-dupont.fr"

    retype(qtbot, ui.email, "contact@boulangerie-dupont.fr")
    retype(qtbot, ui.postalCode, "75008")
    assert ui.emailError.isHidden() and ui.postalCodeError.isHidden()
    retype(qtbot, ui.companyName, "Boulangerie Dupont et Fils")
    retype(qtbot, ui.phone, "+33 1 42 68 53 01")
    qtbot.keyClick(ui.phone, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: details.child is None)

    row = Customer.get_by_id(customer)
    assert (row.company_name, row.email, row.phone, row.domain_prefix) == (
        "Boulangerie Dupont et Fils",
        "contact@boulangerie-dupont.fr",
        "+33 1 42 68 53 01",
        "boulangeriedupont",
    )
    assert details.ui.companyLabel.text() == "Boulangerie Dupont et Fils"
    assert details.ui.emailValue.text() == "contact@boulangerie-dupont.fr"
    assert cell(window, 0, COMPANY) == "Boulangerie Dupont et Fils"  # the list follows
    assert table_texts(details.ui.historyTable, 2)[0] == (
        "Details changed: Company name: “Boulangerie Dupont SARL” → “Boulangerie Dupont et "
        "Fils”; E-mail: “camille.dupont@boulangerie-dupont.fr” → "
        "“contact@boulangerie-dupont.fr”; Phone: “+33 1 42 68 53 00” → “+33 1 42 68 53 01”"
    )
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "customer_edited"


def choose_subscription(details: CustomerDetailsDialog, offer: str) -> None:
    table = details.ui.subscriptionsTable
    details.ui.tabs.setCurrentWidget(details.ui.subscriptionsTab)
    row = table_texts(table, 0).index(offer)
    table.selectRow(row)


def test_cancel_subscription_within_7_days_asks_then_cancels(
    qtbot,  # type: ignore[no-untyped-def]
    opened,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    customer: uuid.UUID,
    clock: FakeClock,
) -> None:
    window, details = opened
    clock.advance(days=6)
    choose_subscription(details, "Microsoft 365 Business Premium")
    cancel = details.cancel_button
    assert cancel.isVisible() and cancel.isEnabled()

    # The default answer keeps the subscription: Enter in the question changes nothing.
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: press_enter_in_question(seen))
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "default" in seen)
    assert seen["text"] == "Cancel the subscription Microsoft 365 Business Premium?"
    assert seen["informative"].startswith("Seats: 25. The customer loses these licences at once")
    assert seen["default"] == "Keep it"
    assert Subscription.get().status == "pending"

    answer_box("Cancel the subscription")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_texts(details.ui.subscriptionsTable, 4) == ["Cancelled"])
    assert Subscription.get().status == "cancelled"
    assert cell(window, 0, SEATS) == "0"  # the customer's totals follow
    assert Customer.get_by_id(customer).total_seats == 0
    assert table_texts(details.ui.historyTable, 2)[0] == (
        "Subscription cancelled: Microsoft 365 Business Premium, 25 seats"
    )
    assert not cancel.isEnabled() and not details.ui.changeSeatsButton.isEnabled()
    assert cancel.text() == "Cance&l subscription…"


def test_cancel_subscription_after_7_days_is_refused_clearly(
    qtbot,  # type: ignore[no-untyped-def]
    opened,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    clock: FakeClock,
) -> None:
    _window, details = opened
    clock.advance(days=7, minutes=1)
    choose_subscription(details, "Microsoft 365 Business Premium")
    seen = answer_box("OK")
    qtbot.mouseClick(details.cancel_button, Qt.MouseButton.LeftButton)
    deadline = local_time(datetime(2026, 11, 30, 9, 30))  # 7 days after the purchase
    assert seen == [
        "A subscription can be cancelled only within 7 days of its purchase, and that period "
        f"ended on {deadline}. It stays active until the end of its term."
    ]
    assert Subscription.get().status == "pending"
    assert AuditEvent.select().where(AuditEvent.action == "subscription_cancelled").count() == 0


def test_a_us_customer_state_is_chosen_from_its_list_by_code(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    us = valid_request.with_changes(
        company_name="Acme Widgets Inc",
        domain_prefix="acmewidgets",
        country="US",
        address_line1="1 Congress Ave",
        city="Austin",
        state="TX",
        postal_code="78701",
        phone="+1 512 555 0100",
        language="en",
        culture="en-US",
    )
    customer = services.onboarding.create_customer(us).customer.id
    window: MainWindow = open_window()
    window.on_customer_created(customer)
    window.open_details()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    details = window.details
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(details.child, EditCustomerDialog))
    edit: EditCustomerDialog = details.child
    qtbot.waitExposed(edit)
    combo = edit.ui.stateCombo
    assert combo.isVisible() and not edit.ui.stateEdit.isVisible()
    assert combo.currentData() == "TX" and combo.currentText() == "Texas"
    retype(qtbot, edit.ui.city, "New York")
    retype(qtbot, edit.ui.postalCode, "10001")
    combo.setFocus()
    qtbot.keyClicks(combo, "NY")  # the code first: New York, not Nebraska
    assert combo.currentData() == "NY"
    qtbot.mouseClick(edit.ui.buttonBox.button(SAVE), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: details.child is None)
    row = Customer.get_by_id(customer)
    assert (row.city, row.state, row.postal_code) == ("New York", "NY", "10001")
