"""The whole Add-customer flow, as the partner article walks through it, from the main window."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.store.models import Customer, Subscription
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


def listed(model: QAbstractItemModel | None, text: str) -> bool:
    """Whether any cell of the customer list shows ``text``."""
    if model is None:
        return False
    return any(
        model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) == text
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    )


def test_add_a_customer_from_start_to_finish(
    qtbot, window: MainWindow, services, answer_box, valid_request: NewCustomerRequest, data_dir
):
    wizard = open_wizard(qtbot, window)
    assert wizard.windowTitle() == "Add customer"
    user = User(qtbot, wizard)

    # 1-2. Customer information, then Next.
    assert not wizard.button(Button.NextButton).isEnabled()
    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: "Available" in user.ui.domainStatus.text())
    assert user.ui.culture.currentData() == "fr-FR"  # defaulted from the country
    user.click_button(Button.NextButton)

    # 3-4. Select offer and Number of seats, then Next.
    assert wizard.currentId() == PageId.OFFER
    offer_ui = wizard.offer_page.ui
    user.fill_offer(PREMIUM, 25)
    assert "300" in offer_ui.seatsHint.text()
    assert "$550.00" in offer_ui.monthlyTotal.text()
    user.click_button(Button.NextButton)

    # 5. Review, with an Edit link that goes back, and a way straight back.
    review = wizard.review_page
    assert wizard.currentId() == PageId.REVIEW
    assert review.values["Company name"] == valid_request.company_name
    assert review.values["Domain"] == "boulangeriedupont.onmicrosoft.com"
    assert review.values["Offer"] == PREMIUM
    assert review.values["Number of seats"] == "25"
    user.click(review.ui.editCustomerButton)
    assert wizard.currentId() == PageId.CUSTOMER
    assert user.ui.companyName.text() == valid_request.company_name  # nothing was reset
    user.enter(user.ui.addressLine2, "Bâtiment B")
    user.click_button(Button.CustomButton1)  # Back to review
    assert wizard.currentId() == PageId.REVIEW
    assert "Bâtiment B" in review.values["Address"]
    assert wizard.button(Button.CommitButton).text().replace("&", "") == "Submit"

    # 6. Submit.
    with qtbot.waitSignal(wizard.customer_created) as created:
        user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION

    # 7. Confirmation: everything to copy; no Back, no Cancel.
    page = wizard.confirmation_page.ui
    password = page.passwordValue.text()
    assert len(password) >= 12
    assert page.domainValue.text() == "boulangeriedupont.onmicrosoft.com"
    assert page.adminUserValue.text() == "admin@boulangeriedupont.onmicrosoft.com"
    assert page.customerIdValue.text() == str(created.args[0])
    assert page.seatsValue.text() == "25"
    assert not wizard.button(Button.BackButton).isVisible()
    assert not wizard.button(Button.CancelButton).isVisible()
    assert wizard.button(Button.FinishButton).text().replace("&", "") == "Done"
    user.click(page.copyAllButton)
    copied = QApplication.clipboard().text()
    assert f"Company: {valid_request.company_name}\n" in copied
    assert f"Temporary password: {password}\n" in copied
    assert "Admin user name: admin@boulangeriedupont.onmicrosoft.com\n" in copied
    assert f"Order ID: {page.orderIdValue.text()}\n" in copied
    assert "cleared in 60 seconds" in page.copyStatus.text()

    # 8. Done asks; "Go to page" returns to the confirmation, "I have copied" closes.
    seen = answer_box("Go to page")
    user.click_button(Button.FinishButton)
    assert seen == ["Did you copy the customer and subscription information?"]
    assert wizard.isVisible() and wizard.currentId() == PageId.CONFIRMATION
    answer_box("I have copied the information")
    with qtbot.waitSignal(wizard.finished) as finished:
        user.click_button(Button.FinishButton)
    assert finished.args == [1]  # accepted
    assert not wizard.isVisible()

    # The customer is in the database and in the list; the password is nowhere on disk.
    customer = Customer.get()
    assert customer.id == created.args[0]
    assert customer.company_name == valid_request.company_name
    assert customer.address_line2 == "Bâtiment B"
    assert Subscription.get().seats == 25
    qtbot.waitUntil(lambda: listed(window.table.model(), valid_request.company_name))
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path
