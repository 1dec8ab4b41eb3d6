"""The wizard says things as the rest of the app does (issue 12, item 13): an address as its
country writes it, the same on the review and in the customer details; the language by name; the
button back reads "Previous", the Partner Center article's word."""

from __future__ import annotations

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.customer_details import CustomerDetailsDialog
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User


@pytest.fixture
def database_url() -> None:
    return None


def test_a_uk_address_reads_the_same_on_the_review_and_in_the_details(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    wizard: AddCustomerWizard,
    user: User,
    answer_box,  # type: ignore[no-untyped-def]
    valid_request: NewCustomerRequest,
) -> None:
    request = valid_request.with_changes(
        country="GB", address_line1="10 Downing Street", city="London", postal_code="SW1A 2AA"
    )
    user.to_review(request, PREMIUM)
    review = wizard.review_page.values
    # The post town, then the postcode on its own line (not "SW1A 2AA London"), as typed.
    assert review["Address"] == "10 Downing Street\nLondon\nSW1A 2AA"
    assert review["Language"] == "English (United Kingdom)"  # not "... — en-GB"

    with qtbot.waitSignal(wizard.customer_created) as created:
        user.click_button(Button.CommitButton)
    user.click(wizard.confirmation_page.ui.copyAllButton)
    answer_box("I have copied the information")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.FinishButton)

    assert window.select_customer(created.args[0])
    window.open_details()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    details = window.details
    assert isinstance(details, CustomerDetailsDialog)
    assert details.ui.addressValue.text() == review["Address"]
    assert details.ui.languageValue.text() == review["Language"]
    details.reject()


def test_a_french_address_is_not_upper_cased_on_the_review(
    user: User, wizard: AddCustomerWizard, valid_request: NewCustomerRequest
) -> None:
    user.to_review(valid_request, PREMIUM)
    review = wizard.review_page.values
    assert review["Address"] == "35 Rue du Faubourg Saint-Honoré\n75008 Paris"
    assert review["Language"] == "French (France)"


def test_the_button_back_reads_previous(
    user: User, wizard: AddCustomerWizard, valid_request: NewCustomerRequest
) -> None:
    user.fill_customer(valid_request)
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER
    back = wizard.button(Button.BackButton)
    assert back.isVisible()
    assert back.text().replace("&", "") == "< Previous"
    user.click_button(Button.BackButton)
    assert wizard.currentId() == PageId.CUSTOMER
