"""Submit: a prefix taken meanwhile, a database outage, and pressing Submit twice."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.domain.text import Message
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.onboarding import CreationResult, OnboardingError
from reseller_desktop.store.models import Customer, Subscription
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.drafting import DRAFT_NAME
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User


def test_a_prefix_taken_between_review_and_submit_is_reported(
    qtbot, user: User, wizard: AddCustomerWizard, services: AppServices, answer_box, valid_request
):
    user.to_review(valid_request, PREMIUM)
    # Someone else creates a customer with the same prefix while the wizard sits on the review.
    services.onboarding.create_customer(
        valid_request.with_changes(company_name="Autre Boulangerie", request_id=new_request_id())
    )

    seen = answer_box("OK")
    user.click_button(Button.CommitButton)
    assert seen == [
        "The customer was not created. The domain boulangeriedupont.onmicrosoft.com is already "
        "taken. Choose another domain prefix."
    ]
    assert wizard.currentId() == PageId.REVIEW  # still on the review
    assert Customer.select().count() == 1  # nothing written: only the other customer
    assert "boulangeriedupont.onmicrosoft.com" in wizard.review_page.problem()
    assert "Edit the customer information" in wizard.review_page.problem()
    assert wizard.button(Button.CommitButton).isEnabled()
    assert wizard.drafts.store.exists(DRAFT_NAME)  # the entries are still safe

    # Edit: the prefix field says it, the user picks another one and comes straight back.
    user.click(wizard.review_page.ui.editCustomerButton)
    ui = user.ui
    qtbot.waitUntil(lambda: "Taken" in ui.domainStatus.text(), timeout=3000)
    assert ui.domainPrefixError.text() == "This prefix is already taken: choose another one."
    assert not wizard.button(Button.CustomButton1).isEnabled()
    user.enter(ui.domainPrefix, "boulangeriedupont75")
    qtbot.waitUntil(lambda: "Available" in ui.domainStatus.text(), timeout=3000)
    user.click_button(Button.CustomButton1)
    assert wizard.review_page.problem() == ""
    user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    assert Customer.get(Customer.domain_prefix == "boulangeriedupont75").company_name == (
        valid_request.company_name
    )


class FlakyOnboarding:
    """The real service behind a database that fails the first time (a test double)."""

    def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
        self.real = real
        self.failures = 1

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.real, name)

    def create_customer(self, request: NewCustomerRequest) -> CreationResult:
        if self.failures:
            self.failures -= 1
            raise OnboardingError(
                Message(
                    "Onboarding",
                    "The customer could not be saved because the database is unavailable "
                    "({reason}). Nothing was written: check the connection and submit again.",
                    {"reason": "connection refused"},
                )
            )
        return self.real.create_customer(request)


def test_a_database_outage_on_submit_leaves_the_wizard_on_the_review(
    qtbot, window, services: AppServices, answer_box, valid_request
):
    from tests.views.wizard.conftest import open_wizard

    window.services = services.copy(onboarding=FlakyOnboarding(services.onboarding))
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    user.to_review(valid_request, PREMIUM)
    seen = answer_box("OK")
    user.click_button(Button.CommitButton)
    assert "database is unavailable (connection refused)" in seen[0]
    assert wizard.currentId() == PageId.REVIEW
    assert Customer.select().count() == 0
    user.click_button(Button.CommitButton)  # the connection is back
    assert wizard.currentId() == PageId.CONFIRMATION
    assert Customer.select().count() == 1


def test_pressing_submit_twice_creates_one_customer(
    qtbot, user: User, wizard: AddCustomerWizard, services: AppServices, valid_request
):
    user.to_review(valid_request, PREMIUM)
    submit = wizard.button(Button.CommitButton)
    real = services.onboarding.create_customer
    calls: list[str] = []
    answer = threading.Event()

    def slow_create(request: NewCustomerRequest) -> CreationResult:
        calls.append(request.request_id)
        answer.wait(10)  # Microsoft takes its time: the user presses again meanwhile
        return real(request)

    services.onboarding.create_customer = slow_create  # type: ignore[method-assign]
    user.click(submit)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert not submit.isEnabled()
    assert wizard.review_page.busy_message() == "Creating the customer…"
    assert wizard.review_page.busy_bar.isVisible()
    submit.click()  # the second press arrives while the first one runs
    QTest.keyClick(wizard, Qt.Key.Key_Return)
    answer.set()
    user.wait_for_submit()
    assert wizard.currentId() == PageId.CONFIRMATION
    submit.click()  # and again, now that the page has moved on
    assert len(calls) == 1, "one call: the button was disabled meanwhile"
    assert Customer.select().count() == 1
    assert Subscription.select().count() == 1
    assert QApplication.activeModalWidget() in (None, wizard)


def test_a_retry_with_the_same_request_returns_the_first_customer(
    qtbot, user: User, wizard: AddCustomerWizard, services: AppServices, valid_request
):
    user.to_review(valid_request, PREMIUM)
    # A retry after a timeout: the first attempt went through but its answer was lost.
    first = services.onboarding.create_customer(wizard.request())
    user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    assert Customer.select().count() == 1
    page = wizard.confirmation_page.ui
    assert page.customerIdValue.text() == str(first.customer.id)
    assert "Shown once" in page.passwordValue.text()  # never shown twice
    assert not page.copyPasswordButton.isVisible()
