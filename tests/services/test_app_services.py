"""AppServices makes the port and the use cases at their first read, once."""

from __future__ import annotations

import threading

import pytest

from reseller_desktop.services.context import AppServices
from reseller_desktop.services.onboarding import OnboardingService


def test_the_use_cases_are_made_at_their_first_read_and_kept(services: AppServices) -> None:
    assert "onboarding" not in services.__dict__  # open_services made none of them
    assert "partner_center" not in services.__dict__
    assert services.simulated  # known without making the port
    onboarding = services.onboarding
    assert isinstance(onboarding, OnboardingService)
    assert services.onboarding is onboarding
    assert onboarding.port is services.partner_center  # made with the one port


def test_two_threads_asking_first_get_the_same_member(services: AppServices) -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(services.journal)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 4 and all(member is seen[0] for member in seen)


def test_the_partner_domains_reach_use_cases_made_before_and_after(
    services: AppServices,
) -> None:
    edits = services.customer_edits
    services.set_partner_domains(["contoso-partner.com"])
    assert edits.partner_domains == ("contoso-partner.com",)
    assert services.onboarding.partner_domains == ("contoso-partner.com",)


def test_a_copy_shares_what_was_made_and_replaces_what_it_is_given(
    services: AppServices,
) -> None:
    journal = services.journal
    twin = services.copy(actor="bob")
    assert twin.journal is journal
    assert twin.actor == "bob" and services.actor is None


def test_a_port_made_at_first_use_must_say_whether_it_is_the_simulator(
    services: AppServices,
) -> None:
    with pytest.raises(ValueError, match="simulator"):
        AppServices(services.catalog, services.customers, services.data_dir, lambda: object())  # type: ignore[arg-type,return-value]
