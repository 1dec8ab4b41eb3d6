"""Nothing typed is lost: the entries are on disk while the user types, and offered back."""

from __future__ import annotations

import json

import pytest

from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import build_live
from reseller_desktop.store.models import Customer
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.drafting import DRAFT_NAME
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


def draft_values(wizard: AddCustomerWizard) -> dict:
    path = wizard.drafts.store.path(DRAFT_NAME)
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["values"]["request"]


def test_a_draft_survives_closing_and_reopening(
    qtbot, window: MainWindow, user: User, wizard: AddCustomerWizard, answer_box, valid_request
):
    ui = user.ui
    user.enter(ui.companyName, valid_request.company_name)
    user.enter(ui.domainPrefix, valid_request.domain_prefix)
    user.enter(ui.country, "France")
    user.enter(ui.city, "Paris")
    user.click(ui.signerSameAsContact)
    user.enter(ui.signerFirstName, "Dominique")
    request_id = wizard.request_id

    seen = answer_box("Close and keep a draft")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.CancelButton)
    assert seen == ["Discard the customer you are entering?"]
    assert draft_values(wizard)["company_name"] == valid_request.company_name

    seen = answer_box("Restore")
    reopened = open_wizard(qtbot, window)
    assert seen == ["Restore the customer you were entering?"]
    assert reopened is not wizard
    ui = reopened.customer_page.ui
    assert ui.companyName.text() == valid_request.company_name
    assert ui.domainPrefix.text() == valid_request.domain_prefix
    assert ui.country.currentText() == "France"
    assert ui.city.text() == "Paris"
    assert not ui.signerSameAsContact.isChecked()
    assert ui.signerFirstName.text() == "Dominique"
    assert reopened.request_id == request_id  # a retry of the same customer, never a second one
    qtbot.waitUntil(lambda: "Available" in ui.domainStatus.text())


def test_a_draft_survives_a_crash(
    qtbot, services: AppServices, user: User, wizard: AddCustomerWizard, answer_box, valid_request
):
    # Still typing: no Tab, no page change.
    user.enter(user.ui.companyName, valid_request.company_name + " & Fils", leave=False)
    qtbot.waitUntil(
        lambda: draft_values(wizard).get("company_name", "").endswith("& Fils"), timeout=2000
    )

    # The app dies here; a new one starts on the same data folder.
    restarted = MainWindow(services, build_live(services))
    qtbot.addWidget(restarted)
    restarted.show()
    answer_box("Restore")
    again = open_wizard(qtbot, restarted)
    assert again.customer_page.ui.companyName.text() == valid_request.company_name + " & Fils"
    again.done(0)


def test_start_over_forgets_the_draft(
    qtbot, window: MainWindow, user: User, wizard: AddCustomerWizard, answer_box
):
    user.enter(user.ui.companyName, "Boulangerie Dupont SARL")
    answer_box("Close and keep a draft")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.CancelButton)

    answer_box("Start over")
    fresh = open_wizard(qtbot, window)
    assert fresh.customer_page.ui.companyName.text() == ""
    assert not fresh.drafts.store.exists(DRAFT_NAME)


def test_the_draft_goes_once_the_customer_exists_and_never_holds_the_password(
    qtbot, user: User, wizard: AddCustomerWizard, valid_request
):
    user.to_review(valid_request, PREMIUM)
    assert draft_values(wizard)["offer_id"] == "CFQ7TTC0LCHC"  # saved on each page change
    assert not any("password" in key for key in draft_values(wizard))
    user.click_button(Button.CommitButton)
    assert wizard.currentId() == PageId.CONFIRMATION
    assert Customer.select().count() == 1
    assert not wizard.drafts.store.exists(DRAFT_NAME)
    user.click(wizard.confirmation_page.ui.copyAllButton)
    assert not wizard.drafts.store.exists(DRAFT_NAME)
