"""Number of seats on the offer page (issue 12, item 10): a typed number is kept as typed, and one
that cannot be bought is explained beside the field while Next stays disabled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User

BUSINESS_CAP = (
    "Business plans are limited to 300 seats per customer, across all their Business "
    "subscriptions: enter 300 at most."
)


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def offer_page(qtbot, user: User, wizard: AddCustomerWizard, valid_request: NewCustomerRequest):  # type: ignore[no-untyped-def]
    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: "Available" in user.ui.domainStatus.text())
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER
    return wizard.offer_page


@pytest.mark.parametrize("typed", ["301", "500", "3000"])
def test_too_many_business_seats_are_kept_and_explained(
    user: User, wizard: AddCustomerWizard, offer_page, typed: str
) -> None:  # type: ignore[no-untyped-def]
    ui = offer_page.ui
    user.choose(ui.offer, PREMIUM)
    user.enter(ui.seats, typed, leave=False)
    assert ui.seats.value() == int(typed)  # not cut to 30 or 50
    assert ui.seats.text().replace(",", "") == typed
    # Explained at once, while the user is still in the field, and Next is disabled.
    assert ui.seatsError.isVisible() and ui.seatsError.text() == BUSINESS_CAP
    assert ui.seats.accessibleDescription() == BUSINESS_CAP
    assert not wizard.button(Button.NextButton).isEnabled()
    user.press_tab()
    assert ui.seats.value() == int(typed)
    assert ui.seatsError.text() == BUSINESS_CAP
    assert "Number of seats" in ui.summaryLabel.text()

    user.enter(ui.seats, "300")
    assert ui.seatsError.isHidden()
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.review_page.values["Number of seats"] == "300"


def test_zero_seats_are_kept_and_explained(
    user: User, wizard: AddCustomerWizard, offer_page
) -> None:  # type: ignore[no-untyped-def]
    ui = offer_page.ui
    user.choose(ui.offer, PREMIUM)
    user.enter(ui.seats, "0")
    assert ui.seats.value() == 0
    assert ui.seatsError.text() == "Enter between 1 and 300 seats."
    assert not wizard.button(Button.NextButton).isEnabled()


def test_seats_typed_for_another_offer_are_checked_again(
    user: User, wizard: AddCustomerWizard, offer_page
) -> None:  # type: ignore[no-untyped-def]
    ui = offer_page.ui
    user.choose(ui.offer, "Office 365 E3")
    user.enter(ui.seats, "5000")
    assert ui.seatsError.isHidden() and wizard.button(Button.NextButton).isEnabled()
    assert "1 to 10,000,000 seats." in ui.seatsHint.text()

    user.tab_to(ui.offer)
    user.press(Qt.Key.Key_Home)
    user.choose(ui.offer, PREMIUM)  # a Business offer: 5,000 is too many, and stays
    assert ui.seats.value() == 5000
    assert ui.seatsError.text() == BUSINESS_CAP
    assert ui.seatsHint.text().startswith("1 to 300 seats.")
    assert not wizard.button(Button.NextButton).isEnabled()
    user.press(Qt.Key.Key_Return)  # Enter does not go on either
    assert wizard.currentId() == PageId.OFFER
