"""Search as French users type: no accents, any case; by city and registration number too."""

from __future__ import annotations

import pytest

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.domain.search import search_key, search_text, search_words
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_rows import ListQuery
from reseller_desktop.store.models import Customer
from reseller_desktop.store.search_refold import refold_search_text


def found(services: AppServices, text: str) -> set[str]:
    page = services.customers.page(ListQuery(text=text), None, 100)
    return {row.company for row in page.rows}


@pytest.fixture
def customers(services: AppServices, valid_request: NewCustomerRequest) -> None:
    services.onboarding.create_customer(
        valid_request.with_changes(
            company_name="Santé Plus SARL",
            domain_prefix="santeplus",
            first_name="Élodie",
            last_name="Müller",
            city="Lyon",
            postal_code="69002",
            address_line1="3 Rue de la République",
        )
    )
    services.onboarding.create_customer(
        valid_request.with_changes(
            company_name="Kossuth Kft",
            domain_prefix="kossuthkft",
            country="HU",
            address_line1="Kossuth Lajos tér 1-3",
            city="Budapest",
            postal_code="1055",
            language="hu",
            culture="hu-HU",
            phone="+36 1 441 4000",
            registration_number="01-09-123456",
            request_id=new_request_id(),
        )
    )


@pytest.mark.parametrize(
    ("typed", "companies"),
    [
        ("sante", {"Santé Plus SARL"}),
        ("SANTÉ", {"Santé Plus SARL"}),
        ("elodie muller", {"Santé Plus SARL"}),
        ("lyon", {"Santé Plus SARL"}),
        ("budapest", {"Kossuth Kft"}),
        ("01-09-123456", {"Kossuth Kft"}),
        ("123456", {"Kossuth Kft"}),
        ("kossuth sante", set()),
    ],
)
def test_search_ignores_accents_and_case_and_finds_city_and_registration(
    services: AppServices, customers: None, typed: str, companies: set[str]
) -> None:
    assert found(services, typed) == companies


def test_an_older_book_is_refolded_by_the_migration(services: AppServices, customers: None) -> None:
    # As a book written by the previous version stored it: lower-cased, accents kept, no city.
    Customer.update(search_text="santé plus sarl élodie müller x@y.fr").where(
        Customer.domain_key == "santeplus"
    ).execute()
    Customer.update(search_text="kossuth kft").where(Customer.domain_key == "kossuthkft").execute()
    assert found(services, "sante") == found(services, "budapest") == set()
    refold_search_text(Customer._meta.database.obj)
    assert found(services, "sante") == {"Santé Plus SARL"}
    assert found(services, "budapest") == {"Kossuth Kft"}


def test_folding() -> None:
    assert search_key("  Société  Générale’s ÉTUDES ") == "societe generale's etudes"
    assert search_key("Straße") == "strasse"
    assert search_words("Müller  ÉMILE") == ["muller", "emile"]
    assert search_text("Café", "cafe1", "Zoë", "Noël", "z@cafe.fr", "Orléans", "") == (
        "cafe cafe1 zoe noel z@cafe.fr orleans"
    )
