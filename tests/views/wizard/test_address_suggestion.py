"""Leaving the customer page checks the address with Partner Center: a suggestion is offered beside
the typed address (accepted or refused, never applied alone); an unverifiable address goes on with a
warning."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.partner_center.errors import ServiceUnavailableError
from reseller_desktop.services.partner_center.port import AddressCheck, AddressQuery
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import Button, User


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def london(valid_request: NewCustomerRequest) -> NewCustomerRequest:
    """A British customer whose postcode is typed without its space: the address library writes
    it "SW1A 2AA", so the simulator suggests that form."""
    return valid_request.with_changes(
        country="GB",
        address_line1="10 Downing Street",
        city="London",
        postal_code="SW1A2AA",
        culture="en-GB",
        language="en",
    )


@pytest.fixture
def asked(services: AppServices) -> Iterator[list[AddressQuery]]:
    """What the simulator was asked to check (it still answers as usual)."""
    port = services.partner_center
    original = port.validate_address
    seen: list[AddressQuery] = []

    def validate_address(address: AddressQuery) -> AddressCheck:
        seen.append(address)
        return original(address)

    port.validate_address = validate_address  # type: ignore[method-assign]
    yield seen


def panel_text(wizard: AddCustomerWizard) -> str:
    panel = wizard.customer_page.address_panel
    return " ".join(
        label.text() for label in (panel.status, panel.typed, panel.suggested) if label.isVisible()
    )


def test_the_suggestion_accepted_replaces_the_typed_address(
    user: User, wizard: AddCustomerWizard, london: NewCustomerRequest, asked: list[AddressQuery]
) -> None:
    user.fill_customer(london)
    user.click_button(Button.NextButton)

    page = wizard.customer_page
    panel = page.address_panel
    assert wizard.currentId() == PageId.CUSTOMER, "the user decides first"
    assert panel.isVisible() and panel.use_button.isVisible() and panel.keep_button.isVisible()
    assert "SW1A2AA" in panel.typed.text() and "<b>SW1A 2AA</b>" in panel.suggested.text()
    assert user.ui.postalCode.text() == "SW1A2AA", "nothing replaced before the user chooses"
    assert asked == [AddressQuery("GB", "10 Downing Street", "", "London", "", "SW1A2AA")]

    user.click_button(Button.NextButton)  # Next again: the choice is still awaited
    assert wizard.currentId() == PageId.CUSTOMER and panel.isVisible()

    user.click(panel.use_button)
    assert user.ui.postalCode.text() == "SW1A 2AA" and user.ui.city.text() == "London"
    assert wizard.currentId() == PageId.OFFER
    assert not panel.isVisible()

    user.click_button(Button.BackButton)
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER and len(asked) == 1, "asked once per address"


def test_the_suggestion_refused_keeps_the_typed_address(
    user: User, wizard: AddCustomerWizard, london: NewCustomerRequest, asked: list[AddressQuery]
) -> None:
    user.fill_customer(london)
    user.click_button(Button.NextButton)
    panel = wizard.customer_page.address_panel
    assert panel.keep_button.isVisible()

    user.click(panel.keep_button)

    assert user.ui.postalCode.text() == "SW1A2AA"
    assert wizard.currentId() == PageId.OFFER
    user.click_button(Button.BackButton)
    assert not panel.isVisible()
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER and len(asked) == 1


def test_editing_the_address_withdraws_the_suggestion(
    user: User, wizard: AddCustomerWizard, london: NewCustomerRequest, asked: list[AddressQuery]
) -> None:
    user.fill_customer(london)
    user.click_button(Button.NextButton)
    panel = wizard.customer_page.address_panel
    assert panel.isVisible()

    user.enter(user.ui.postalCode, "SW1A 2AA")  # the user types the suggested form

    assert not panel.isVisible()
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER and len(asked) == 2


def test_a_verified_address_goes_on_without_a_panel(
    user: User,
    wizard: AddCustomerWizard,
    valid_request: NewCustomerRequest,
    asked: list[AddressQuery],
) -> None:
    user.fill_customer(valid_request)
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER
    assert len(asked) == 1 and not wizard.customer_page.address_panel.isVisible()


def refuse_with(services: AppServices, answer: AddressCheck | Exception) -> list[AddressQuery]:
    seen: list[AddressQuery] = []

    def validate_address(address: AddressQuery) -> AddressCheck:
        seen.append(address)
        if isinstance(answer, Exception):
            raise answer
        return answer

    services.partner_center.validate_address = validate_address  # type: ignore[method-assign]
    return seen


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (
            AddressCheck("NotValidated", message="Street unknown"),
            ("could not verify this address", "Street unknown"),
        ),
        (ServiceUnavailableError("Partner Center is down"), ("could not verify this address",)),
    ],
    ids=["not-validated", "service-error"],
)
def test_an_unverifiable_address_goes_on_with_a_warning(
    user: User,
    wizard: AddCustomerWizard,
    services: AppServices,
    valid_request: NewCustomerRequest,
    answer: AddressCheck | Exception,
    words: tuple[str, ...],
) -> None:
    seen = refuse_with(services, answer)
    user.fill_customer(valid_request)
    user.click_button(Button.NextButton)

    panel = wizard.customer_page.address_panel
    assert wizard.currentId() == PageId.CUSTOMER
    assert panel.status.isVisible() and not panel.use_button.isVisible()
    for word in words:
        assert word in panel_text(wizard)
    assert "You can go on with it (Next)" in panel_text(wizard)

    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER and len(seen) == 1
    assert user.ui.postalCode.text() == valid_request.postal_code


def test_no_answer_in_time_is_an_unverifiable_address(
    qtbot,  # type: ignore[no-untyped-def]
    user: User,
    wizard: AddCustomerWizard,
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    release = threading.Event()
    started: list[AddressQuery] = []

    def validate_address(address: AddressQuery) -> AddressCheck:
        started.append(address)
        release.wait(10)  # a frozen service
        return AddressCheck("VerifiedAddress")

    services.partner_center.validate_address = validate_address  # type: ignore[method-assign]
    wizard.customer_page.address_check.timeout_ms = 300
    user.fill_customer(valid_request)
    try:
        user.click_button(Button.NextButton)
        assert started and wizard.currentId() == PageId.CUSTOMER
        assert "did not answer in time" in panel_text(wizard)
        user.click_button(Button.NextButton)
        assert wizard.currentId() == PageId.OFFER
    finally:
        release.set()
    live = wizard.customer_page.address_check.background
    qtbot.waitUntil(lambda: live.wait(0), timeout=5000)
