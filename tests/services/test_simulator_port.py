"""The simulated Partner Center, one port operation at a time, through the port's interface."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from reseller_desktop.domain.credentials import LOOK_ALIKES
from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.partner_center.errors import DomainTakenError, NotFoundError
from reseller_desktop.services.partner_center.port import (
    AddressQuery,
    OrderLine,
    PartnerCenter,
    order_request_id,
)
from reseller_desktop.store.journal_models import SimulatedOrder, SimulatedTenant
from reseller_desktop.store.models import Customer
from tests.conftest import FakeClock


@pytest.fixture
def port(services: AppServices) -> PartnerCenter:
    return services.partner_center


def test_the_simulator_is_a_partner_center_and_says_so(port: PartnerCenter) -> None:
    assert isinstance(port, PartnerCenter)
    assert port.is_simulated and port.name == "Simulator"


def test_domain_availability(
    port: PartnerCenter, services: AppServices, valid_request: NewCustomerRequest
) -> None:
    assert not port.domain_available("Contoso"), "listed in resources/taken_prefixes.txt"
    assert port.domain_available("boulangeriedupont")
    services.onboarding.create_customer(valid_request)
    assert not port.domain_available("BOULANGERIEDUPONT"), "case-insensitive"


def test_address_validation_suggests_and_never_replaces(port: PartnerCenter) -> None:
    typed = AddressQuery("GB", "10 Downing Street", city="london", postal_code="sw1a2aa")
    check = port.validate_address(typed)
    assert check.verified and check.suggestion is not None
    assert check.suggestion.city == "london", "a difference of case only is no suggestion"
    assert check.suggestion.postal_code == "SW1A 2AA"
    same = port.validate_address(AddressQuery("FR", "12 rue de la Paix", "", "paris", "", "75002"))
    assert same.verified and same.suggestion is None
    bad = port.validate_address(
        AddressQuery("US", "1 Main St", city="Springfield", postal_code="1")
    )
    assert bad.status == "NotValidated" and bad.suggestion is None and bad.message


def test_country_rules(port: PartnerCenter) -> None:
    us = port.country_rules("US")
    assert ("NY", "New York") in us.state_choices
    assert port.country_rules("HU") != us


def test_create_customer_is_idempotent_on_the_request_id(
    port: PartnerCenter, valid_request: NewCustomerRequest, clock: FakeClock
) -> None:
    rid = new_request_id()
    first = port.create_customer(valid_request, rid)
    assert first.domain == "boulangeriedupont.onmicrosoft.com"
    assert first.credentials.user_name == "admin@boulangeriedupont.onmicrosoft.com"
    password = first.credentials.password
    assert password and not LOOK_ALIKES & set(password) and password[0].isalpha()
    assert first.created_at == clock.now and first.next_poll_at > clock.now
    assert not first.replayed

    again = port.create_customer(valid_request, rid)
    assert again.replayed and again.customer_id == first.customer_id
    assert again.tenant_id == first.tenant_id and again.credentials.password is None
    assert again.next_poll_at == first.next_poll_at, "the same schedule"
    assert SimulatedTenant.select().count() == 1

    with pytest.raises(DomainTakenError) as info:
        port.create_customer(valid_request, new_request_id())
    assert info.value.field == "domain_prefix"


def test_orders_are_idempotent_and_wait_for_the_customer(
    port: PartnerCenter, services: AppServices, valid_request: NewCustomerRequest, clock: FakeClock
) -> None:
    result = services.onboarding.create_customer(valid_request)
    line = OrderLine("CFQ7TTC0LH18", "P1Y", "monthly", 3)
    rid = new_request_id()
    order = port.place_order(result.customer.id, line, rid)
    assert order.next_poll_at is None, "pending with its (pending) customer"
    assert port.place_order(result.customer.id, line, rid) == type(order)(
        order.order_id, order.subscription_id, replayed=True
    )
    assert SimulatedOrder.select().count() == 2  # the first order and this one
    assert result.subscription is not None
    first = SimulatedOrder.get_by_id(order_request_id(valid_request.request_id))
    assert uuid.UUID(str(first.subscription_id)) == result.subscription.id
    with pytest.raises(NotFoundError):
        port.place_order(uuid.uuid4(), line, new_request_id())

    Customer.update(status="active").where(Customer.id == result.customer.id).execute()
    later = port.place_order(result.customer.id, line, new_request_id())
    assert later.next_poll_at is not None and later.next_poll_at > clock.now


def test_poll_changes_moves_customers_on_and_reset_gives_a_new_password(
    port: PartnerCenter, services: AppServices, valid_request: NewCustomerRequest, clock: FakeClock
) -> None:
    result = services.onboarding.create_customer(valid_request)
    assert port.poll_changes(clock.now).changed == []
    clock.now = Customer.get_by_id(result.customer.id).next_change_at
    assert port.poll_changes(clock.now).changed == [result.customer.id]
    clock.now = Customer.get_by_id(result.customer.id).next_change_at
    changes = port.poll_changes(clock.now)
    assert changes.activated == [(result.customer.id, valid_request.company_name)]

    first = port.reset_admin_password(result.customer.id)
    second = port.reset_admin_password(result.customer.id)
    assert first.user_name == result.credentials.user_name
    assert first.password and second.password and first.password != second.password
    with pytest.raises(NotFoundError):
        port.reset_admin_password(uuid.uuid4())
    port.change_seats(result.customer.id, result.subscription.id, 30, new_request_id())  # type: ignore[union-attr]


SUBMIT = """
import json, sys
from datetime import date
from pathlib import Path
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import open_services
data_dir, url, go = Path(sys.argv[1]), sys.argv[2] or None, sys.argv[4]
payload = json.loads(sys.argv[3])
payload["mca_date"] = date.fromisoformat(payload["mca_date"])
services = open_services(data_dir, data_dir / "config", database=url)
while not Path(go).exists():  # both processes start their submit at the same moment
    pass
result = services.onboarding.create_customer(NewCustomerRequest(**payload))
print(json.dumps({"id": str(result.customer.id), "password": bool(result.credentials.password)}))
"""


def test_the_same_request_from_two_processes_at_once_is_one_customer(
    services: AppServices,
    valid_request: NewCustomerRequest,
    data_dir: Path,
    database_url: str | None,
    tmp_path: Path,
) -> None:
    payload = {**valid_request.__dict__, "mca_date": str(valid_request.mca_date)}
    go = tmp_path / "go"
    args = [data_dir, database_url or "", json.dumps(payload), go]
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SUBMIT, *map(str, args)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    go.touch()
    answers = [json.loads(p.communicate(timeout=60)[0]) for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert answers[0]["id"] == answers[1]["id"], "both callers get the same customer"
    assert sorted(a["password"] for a in answers) == [False, True], "shown to the creator"
    assert Customer.select().count() == 1 and SimulatedTenant.select().count() == 1
