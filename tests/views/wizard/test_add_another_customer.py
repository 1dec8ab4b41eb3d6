"""Add another customer on the confirmation page (issue 12, item 16): it asks the copy question
first (the password is shown once), then closes and opens a fresh wizard."""

from __future__ import annotations

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.store.models import Customer
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User


@pytest.fixture
def database_url() -> None:
    return None


def test_add_another_customer_asks_the_copy_question_then_opens_a_fresh_wizard(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    wizard: AddCustomerWizard,
    user: User,
    valid_request: NewCustomerRequest,
    answer_box,  # type: ignore[no-untyped-def]
) -> None:
    user.to_review(valid_request, PREMIUM)
    another = wizard.button(Button.CustomButton2)
    assert not another.isVisible()  # only once the customer exists
    user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    assert another.isVisible() and another.text().replace("&", "") == "Add another customer"
    assert wizard.button(Button.FinishButton).isVisible()

    # Not copied yet: "Go to page" keeps the confirmation and its password on screen.
    seen = answer_box("Go to page")
    user.click_button(Button.CustomButton2)
    assert seen == ["Did you copy the customer and subscription information?"]
    assert wizard.isVisible() and wizard.currentId() == PageId.CONFIRMATION
    assert window.wizard is wizard

    answer_box("I have copied the information")
    with qtbot.waitSignal(wizard.finished) as finished:
        user.click_button(Button.CustomButton2)
    assert finished.args == [1]  # a successful end, as Done
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard is not wizard)
    fresh = window.wizard
    assert isinstance(fresh, AddCustomerWizard)
    qtbot.waitExposed(fresh)
    assert fresh.isVisible() and not wizard.isVisible()
    assert fresh.currentId() == PageId.CUSTOMER
    assert fresh.customer_page.ui.companyName.text() == ""  # a new customer, from scratch
    assert fresh.request_id != wizard.request_id
    assert not fresh.button(Button.CustomButton2).isVisible()
    assert Customer.select().count() == 1
    fresh.done(0)
