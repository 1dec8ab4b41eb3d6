"""Customer information: a wrong field says why beside it and keeps Next disabled; the fields that
follow the country; the domain prefix's live availability."""

from __future__ import annotations

import pytest
from peewee import OperationalError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.domain.validation import validate_request
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.field_names import field_name
from tests.conftest import START
from tests.views.wizard.conftest import Button, User


@pytest.fixture
def database_url() -> None:
    """These tests are about the form: the default SQLite store is enough."""
    return None


def expected(request: NewCustomerRequest, catalog, field: str) -> str:  # type: ignore[no-untyped-def]
    """What validation says about ``field`` of ``request``, as the user reads it."""
    problems = validate_request(request, catalog, today=START.date())
    return problems[field].render(QCoreApplication.translate)


def message_label(wizard: AddCustomerWizard, widget: QWidget) -> QLabel:
    label = getattr(wizard.customer_page.ui, f"{widget.objectName()}Error")
    assert isinstance(label, QLabel)
    return label


# field, widget name, what the user types
WRONG_ENTRIES = [
    ("company_name", "companyName", "Test"),
    ("company_name", "companyName", ""),
    ("domain_prefix", "domainPrefix", "boulangerie-dupont"),
    ("domain_prefix", "domainPrefix", "boulangeriedupont.onmicrosoft.com"),
    ("country", "country", "Atlantis"),
    ("address_line1", "addressLine1", ""),
    ("city", "city", ""),
    ("postal_code", "postalCode", "7500"),
    ("first_name", "firstName", ""),
    ("last_name", "lastName", ""),
    ("email", "email", "camille.dupont@"),
    ("email", "email", "camille@example.com"),
    ("phone", "phone", "12"),
]


@pytest.mark.parametrize(("field", "widget_name", "text"), WRONG_ENTRIES)
def test_a_wrong_field_blocks_next_and_says_why(
    user: User, wizard: AddCustomerWizard, valid_request, catalog, field, widget_name, text
):
    user.fill_customer(valid_request)
    next_button = wizard.button(Button.NextButton)
    assert next_button.isEnabled()
    widget = getattr(user.ui, widget_name)

    user.enter(widget, text, leave=False)
    label = message_label(wizard, widget)
    assert label.isHidden()  # not while the user is still typing there
    assert not next_button.isEnabled()
    user.press_tab()

    message = expected(valid_request.with_changes(**{field: text}), catalog, field)
    assert label.isVisible() and label.text() == message
    assert widget.accessibleDescription() == message
    assert not next_button.isEnabled()
    summary = user.ui.summaryLabel.text()
    assert summary.startswith("Still to complete or correct:")
    assert field_name(field) in summary

    user.enter(widget, getattr(valid_request, field) if field != "country" else "France")
    assert label.isHidden()
    assert next_button.isEnabled()
    assert user.ui.summaryLabel.isHidden()


def test_the_customer_accepts_the_agreement_nothing_to_tick(
    user: User, wizard: AddCustomerWizard, valid_request
):
    """Since 2026-01-05 a partner cannot attest acceptance: the page says who gets the link."""
    ui = user.ui
    assert not hasattr(ui, "mcaAccepted") and not hasattr(ui, "mcaDate")
    assert "accepts the agreement themselves" in ui.agreementExplanation.text()
    assert "first order waits" in ui.agreementExplanation.text()
    user.fill_customer(valid_request.with_changes(mca_accepted=False, mca_date=None))
    assert wizard.button(Button.NextButton).isEnabled()


def test_a_different_signer_is_checked_too(user: User, wizard: AddCustomerWizard, valid_request):
    ui = user.ui
    user.fill_customer(valid_request)
    assert not ui.signerEmail.isEnabled()
    assert ui.signerEmail.text() == valid_request.email  # the contact, by default
    user.click(ui.signerSameAsContact)
    assert ui.signerEmail.isEnabled()
    user.enter(ui.signerEmail, "dominique@")
    assert "valid email address" in ui.signerEmailError.text()
    assert not wizard.button(Button.NextButton).isEnabled()
    user.enter(ui.signerEmail, "dominique.martin@boulangerie-dupont.fr")
    user.enter(ui.signerFirstName, "Dominique")
    assert wizard.button(Button.NextButton).isEnabled()
    assert wizard.request().mca_signer_first_name == "Dominique"
    assert wizard.request().first_name == valid_request.first_name


def test_fields_follow_the_country(user: User, wizard: AddCustomerWizard, catalog):
    ui = user.ui
    user.enter(ui.country, "united states")
    assert ui.country.currentText() == "United States"
    assert ui.stateCombo.isVisible() and not ui.stateEdit.isVisible()  # a list of states
    assert ui.stateLabel.buddy() is ui.stateCombo
    assert "*" in ui.stateLabel.text() and "*" in ui.postalCodeLabel.text()
    assert ui.culture.currentData() == "en-US"
    assert not ui.registrationNumber.isVisible()

    user.enter(ui.country, "Ukraine")
    assert ui.registrationNumber.isVisible()  # Partner Center requires it there
    assert "*" in ui.registrationNumberLabel.text() and "*" in ui.phoneLabel.text()
    assert ui.culture.currentData() == "uk-UA"
    user.enter(ui.registrationNumber, "", leave=False)
    user.press_tab()
    assert "error 600049" in ui.registrationNumberError.text()

    user.enter(ui.country, "uk")  # an alias, tidied on leaving
    assert ui.country.currentText() == "United Kingdom"
    assert wizard.customer_page.values()["country"] == "GB"
    assert not ui.registrationNumber.isVisible()
    assert [ui.culture.itemData(i) for i in range(ui.culture.count())] == ["en-GB", "en-US"]


def test_a_taken_prefix_is_reported_while_typing(
    qtbot, user: User, wizard: AddCustomerWizard, services: AppServices, valid_request
):
    ui = user.ui
    user.enter(ui.domainPrefix, "contoso", leave=False)  # another tenant owns it
    assert "Checking" in ui.domainStatus.text()
    qtbot.waitUntil(lambda: "Taken" in ui.domainStatus.text())  # after a pause, still typing
    assert ui.domainPrefix.hasFocus()
    assert ui.domainPrefixError.text() == (
        "contoso.onmicrosoft.com is already taken: choose another prefix."
    )
    assert not wizard.button(Button.NextButton).isEnabled()

    user.enter(ui.domainPrefix, "contoso 2", leave=False)
    assert "Invalid" in ui.domainStatus.text()  # at once: no need to ask
    services.onboarding.create_customer(valid_request)  # someone else takes this one
    user.enter(ui.domainPrefix, valid_request.domain_prefix.upper())  # Tab: checked at once
    qtbot.waitUntil(lambda: "Taken" in ui.domainStatus.text(), timeout=3000)
    user.enter(ui.domainPrefix, "boulangeriedupont2")
    qtbot.waitUntil(lambda: "Available" in ui.domainStatus.text(), timeout=3000)
    assert ui.domainPrefixError.isHidden()


def test_prefix_check_says_so_when_the_database_does_not_answer(qtbot, user: User, monkeypatch):
    ui = user.ui

    def server_away(*args: object) -> None:
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Customer, "select", server_away)  # every read of the store fails
    user.enter(ui.domainPrefix, "boulangeriedupont")  # Tab: checked at once, on a worker
    qtbot.waitUntil(lambda: ui.domainStatus.text() == "Cannot check now", timeout=3000)
    assert ui.domainPrefix.text() == "boulangeriedupont"  # nothing lost
