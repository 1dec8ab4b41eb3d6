"""Country rules as data in the wizard: the kept copy replaced at run time, the rules refreshed from
the port when a country is chosen, kept per backend and read again at the next start."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reseller_desktop.domain.countries import address_rules
from reseller_desktop.domain.country_rules import shipped_rule_book, use_rule_book
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.country_rules import CountryRulesCache, backend_key
from reseller_desktop.services.partner_center.errors import ServiceUnavailableError
from reseller_desktop.views.wizard import AddCustomerWizard
from tests.conftest import FakeClock
from tests.views.wizard.conftest import Button, User, country_name


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture(autouse=True)
def shipped_rules_after() -> Iterator[None]:
    yield
    use_rule_book(None)  # the next test starts from the shipped rules


def kept_copy(services: AppServices) -> Path:
    assert services.country_rules is not None and services.country_rules.path is not None
    return services.country_rules.path


def write_rules(path: Path, code: str, **changes: Any) -> None:
    """Replace the kept copy the way a person (or a deployment tool) would: a new file."""
    document = shipped_rule_book().to_json()
    document["countries"][code].update(changes)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".new")
    temporary.write_text(json.dumps(document), encoding="utf-8")
    temporary.replace(path)


def settled(qtbot, wizard: AddCustomerWizard) -> None:  # type: ignore[no-untyped-def]
    """Until the page has asked for the chosen country's rules (if it means to)."""
    timer = wizard.customer_page.country_fields._ask_timer
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=5000)


def postal_marked_required(user: User) -> bool:
    return "*" in user.ui.postalCodeLabel.text()


def test_the_kept_copy_is_per_backend_in_the_config_folder(services: AppServices) -> None:
    path = kept_copy(services)
    assert path.parent.name == "country_rules" and path.name == "simulator.json"
    assert backend_key("partner_center", "Contoso.onmicrosoft.com") == (
        "partner_center-Contoso.onmicrosoft.com"
    )
    assert "/" not in backend_key("partner_center", "../../etc")


def test_a_rules_file_replaced_at_run_time_changes_what_the_wizard_requires(
    user: User, wizard: AddCustomerWizard, services: AppServices, valid_request: NewCustomerRequest
) -> None:
    user.fill_customer(valid_request)
    next_button = wizard.button(Button.NextButton)
    assert postal_marked_required(user) and next_button.isEnabled()
    path = kept_copy(services)

    write_rules(path, "FR", isPostalCodeRequired=False)
    user.qtbot.waitUntil(lambda: not postal_marked_required(user), timeout=5000)
    user.enter(user.ui.postalCode, "")
    assert user.ui.postalCodeError.isHidden() and next_button.isEnabled()

    write_rules(path, "FR", isPostalCodeRequired=True, postalCodeRegex="^\\d{4}$")
    user.qtbot.waitUntil(lambda: postal_marked_required(user), timeout=5000)
    assert not next_button.isEnabled()
    assert user.ui.postalCodeError.isVisible()
    assert "Enter the postal code" in user.ui.postalCodeError.text()
    user.enter(user.ui.postalCode, "75008")
    assert "this country's format" in user.ui.postalCodeError.text()
    user.enter(user.ui.postalCode, "7500")
    assert user.ui.postalCodeError.isHidden() and next_button.isEnabled()


def test_the_rules_of_a_chosen_country_are_refreshed_from_the_port_and_kept(
    qtbot,  # type: ignore[no-untyped-def]
    user: User,
    wizard: AddCustomerWizard,
    services: AppServices,
    clock: FakeClock,
) -> None:
    port = services.partner_center
    asked: list[str] = []
    shipped = address_rules("HU")
    hungary = replace(shipped, phone_required=False, registration_supported=False)
    hungary = replace(hungary, registration_required=False, postal_required=False)

    def country_rules(country: str):  # type: ignore[no-untyped-def]
        asked.append(country)
        return hungary if country == "HU" else address_rules(country)

    port.country_rules = country_rules  # type: ignore[method-assign]
    ui = user.ui
    user.enter(ui.country, country_name("HU"))
    qtbot.waitUntil(lambda: not ui.registrationNumberLabel.isVisible(), timeout=5000)
    assert asked == ["HU"]
    assert "*" not in ui.phoneLabel.text() and "*" not in ui.postalCodeLabel.text()

    kept = json.loads(kept_copy(services).read_text(encoding="utf-8"))
    assert kept["countries"]["HU"]["isRegistrationNumberRequired"] is False
    assert "HU" in kept["refreshed"]

    user.enter(ui.country, country_name("FR"))
    qtbot.waitUntil(lambda: asked == ["HU", "FR"], timeout=5000)
    user.enter(ui.country, country_name("HU"))
    settled(qtbot, wizard)
    assert asked == ["HU", "FR"], "a country's rules are asked at most once a day"

    # The next start reads the kept copy: no call to Partner Center needed.
    use_rule_book(None)
    again = CountryRulesCache(kept_copy(services), clock=clock)
    assert not address_rules("HU").registration_required
    assert not again.needs_refresh("HU")
    clock.advance(days=1)
    assert again.needs_refresh("HU")


def test_partner_center_out_of_reach_keeps_the_rules_and_the_page_usable(
    qtbot,  # type: ignore[no-untyped-def]
    user: User,
    wizard: AddCustomerWizard,
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    failures: list[str] = []

    def country_rules(country: str):  # type: ignore[no-untyped-def]
        failures.append(country)
        raise ServiceUnavailableError("Partner Center is out of reach")

    services.partner_center.country_rules = country_rules  # type: ignore[method-assign]
    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    user.enter(user.ui.country, country_name("DE"))
    qtbot.waitUntil(lambda: failures == ["FR", "DE"], timeout=5000)
    user.enter(user.ui.country, country_name("FR"))
    settled(qtbot, wizard)
    assert failures == ["FR", "DE"], "not asked again for a while after a failure"
    assert "*" in user.ui.postalCodeLabel.text()
    assert wizard.button(Button.NextButton).isEnabled()
    assert not kept_copy(services).exists()


def test_an_unreadable_kept_copy_falls_back_to_the_shipped_rules(tmp_path: Path) -> None:
    path = tmp_path / "country_rules" / "simulator.json"
    path.parent.mkdir()
    path.write_text("{ not json", encoding="utf-8")
    cache = CountryRulesCache(path)
    assert cache.book == shipped_rule_book()
    assert address_rules("FR").postal_required

    write_rules(path, "FR", isPostalCodeRequired=False)
    assert cache.check_disk() and not address_rules("FR").postal_required
    assert not cache.check_disk(), "read once per change"
