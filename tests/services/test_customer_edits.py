"""Edit a customer's company and contact details (issue 12, item 16): the wizard's rules, the
domain prefix never editable, Partner Center told, the search updated, the history says what
changed."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_edits import (
    EDITABLE_FIELDS,
    CustomerDetails,
    CustomerEditError,
)
from reseller_desktop.services.customer_rows import ListQuery
from reseller_desktop.services.partner_center.port import CustomerProfile
from reseller_desktop.store.models import AuditEvent, Customer


@pytest.fixture
def customer(services: AppServices, valid_request: NewCustomerRequest) -> uuid.UUID:
    return services.onboarding.create_customer(valid_request).customer.id


def shown(customer_id: uuid.UUID) -> CustomerDetails:
    return CustomerDetails.of(Customer.get_by_id(customer_id))


def test_the_domain_and_the_country_are_not_editable() -> None:
    assert "domain_prefix" not in EDITABLE_FIELDS and "country" not in EDITABLE_FIELDS
    assert EDITABLE_FIELDS == (
        "company_name",
        "address_line1",
        "address_line2",
        "city",
        "state",
        "postal_code",
        "first_name",
        "last_name",
        "email",
        "phone",
    )


def test_edits_are_saved_tidied_sent_to_microsoft_and_audited(
    services: AppServices, customer: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[CustomerProfile] = []
    real = services.partner_center.update_customer_profile
    monkeypatch.setattr(
        services.partner_center,
        "update_customer_profile",
        lambda cid, profile, rid: (sent.append(profile), real(cid, profile, rid))[1],
    )
    before = shown(customer)
    typed = replace(
        before,
        company_name="  Boulangerie Dupont et Fils  ",
        postal_code="75009",
        email="Contact@Boulangerie-Dupont.fr",
    )
    changed = services.customer_edits.save(customer, before, typed)

    assert changed == ["company_name", "postal_code", "email"]
    row = Customer.get_by_id(customer)
    assert row.company_name == "Boulangerie Dupont et Fils"
    assert row.postal_code == "75009" and row.email == "contact@boulangerie-dupont.fr"
    assert row.domain_prefix == "boulangeriedupont"
    assert [p.company_name for p in sent] == ["Boulangerie Dupont et Fils"]
    assert sent[0].address.country == "FR" and sent[0].address.postal_code == "75009"
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "customer_edited"
    assert event.actor == services.customer_edits.actor
    assert json.loads(event.details) == {
        "changes": {
            "company_name": ["Boulangerie Dupont SARL", "Boulangerie Dupont et Fils"],
            "postal_code": ["75008", "75009"],
            "email": ["camille.dupont@boulangerie-dupont.fr", "contact@boulangerie-dupont.fr"],
        }
    }
    # The search box finds the new name, and no longer the old e-mail.
    assert [r.id for r in services.customers.page(ListQuery(text="et fils"), None, 10).rows] == [
        customer
    ]
    assert services.customers.page(ListQuery(text="camille.dupont"), None, 10).rows == []


def test_nothing_changed_sends_and_writes_nothing(
    services: AppServices, customer: uuid.UUID
) -> None:
    before = shown(customer)
    events = AuditEvent.select().count()
    assert services.customer_edits.save(customer, before, replace(before, city=" Paris ")) == []
    assert AuditEvent.select().count() == events


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("company_name", "", "company_name"),
        ("company_name", "\u200b\u200b", "company_name"),
        ("postal_code", "7500", "postal_code"),
        ("email", "camille@", "email"),
        ("phone", "12", "phone"),
        ("first_name", "", "first_name"),
        ("address_line1", "", "address_line1"),
    ],
)
def test_the_wizard_rules_apply_and_a_refusal_writes_nothing(
    services: AppServices, customer: uuid.UUID, field: str, value: str, expected: str
) -> None:
    before = shown(customer)
    typed = replace(before, **{field: value})
    assert expected in services.customer_edits.problems(Customer.get_by_id(customer), typed)
    with pytest.raises(CustomerEditError) as error:
        services.customer_edits.save(customer, before, typed)
    assert expected in error.value.problems
    assert shown(customer) == before
    assert AuditEvent.select().where(AuditEvent.action == "customer_edited").count() == 0


def test_a_change_made_elsewhere_meanwhile_is_not_overwritten(
    services: AppServices, customer: uuid.UUID
) -> None:
    before = shown(customer)
    Customer.update(phone="+33 1 42 68 53 99").where(Customer.id == customer).execute()
    with pytest.raises(CustomerEditError) as error:
        services.customer_edits.save(customer, before, replace(before, phone="+33 1 42 68 53 01"))
    assert "Someone else changed" in error.value.problems[""].render()
    assert Customer.get_by_id(customer).phone == "+33 1 42 68 53 99"
    # A field nobody else touched can still be changed.
    assert services.customer_edits.save(customer, before, replace(before, city="Lyon")) == ["city"]
    row = Customer.get_by_id(customer)
    assert (row.city, row.phone) == ("Lyon", "+33 1 42 68 53 99")  # theirs kept
