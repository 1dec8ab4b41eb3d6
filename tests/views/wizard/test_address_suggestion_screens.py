"""The address suggestion panel and the unverifiable-address warning, in English, French and the
pseudo-locale, saved to shots/ to be looked at, and checked for clipped text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.partner_center.port import AddressCheck, AddressQuery
from reseller_desktop.views.wizard import AddCustomerWizard
from tests.views.screens import LANGUAGES, Shoot, camera, installed, translated
from tests.views.wizard.conftest import Button, User


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture(params=LANGUAGES, autouse=True)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from installed(request.param)


def test_address_check_screens(
    language: str,
    user: User,
    wizard: AddCustomerWizard,
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    shoot: Shoot = camera(language, "wizard")
    user.fill_customer(
        valid_request.with_changes(
            country="GB", address_line1="10 Downing Street", city="London", postal_code="SW1A2AA"
        )
    )
    user.click_button(Button.NextButton)
    panel = wizard.customer_page.address_panel
    assert panel.use_button.text() == translated(
        "Use the suggested address", "AddressSuggestionPanel"
    )
    shoot(wizard, "address_suggestion")

    def not_validated(address: AddressQuery) -> AddressCheck:
        return AddressCheck("NotValidated", message="StreetPartial")

    services.partner_center.validate_address = not_validated  # type: ignore[method-assign]
    user.enter(user.ui.addressLine1, "10 Downing St")
    user.click_button(Button.NextButton)
    assert panel.status.isVisible() and not panel.use_button.isVisible()
    shoot(wizard, "address_unverified")
