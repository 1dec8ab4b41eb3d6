"""The Microsoft Customer Agreement since 2026-01-05, end to end on the simulator with an
injected clock: the first order is held until the customer accepts, then placed by the
provisioning clock's poll; an expired link is renewed; a customer who never accepts stays held."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from reseller_desktop.domain.agreement import ACCEPTED, EXPIRED, LINK_SENT
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.services.journal import AWAITING_AGREEMENT, PROVISIONING
from reseller_desktop.services.provisioning_clock import ProvisioningClock
from reseller_desktop.services.resumer import SubmissionResumer
from reseller_desktop.store.database import close_store
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from tests.conftest import FakeClock


@pytest.fixture
def held(data_dir: Path, clock: FakeClock, database_url: str | None) -> Iterator[AppServices]:
    """Services whose simulated customers accept the agreement about 3 minutes after the link."""
    wired = open_services(
        data_dir,
        data_dir / "config",
        database=database_url,
        clock=clock,
        agreement_delay=timedelta(minutes=3),
    )
    yield wired
    close_store()


def ticker(services: AppServices, clock: FakeClock) -> ProvisioningClock:
    assert services.agreements is not None
    return ProvisioningClock(
        services.partner_center,
        services.journal,
        Background(),
        clock=clock,
        follow_up=services.agreements.apply,
    )


def actions(customer_id: uuid.UUID) -> list[str]:
    query = AuditEvent.select().where(AuditEvent.customer == customer_id).order_by(AuditEvent.id)
    return [e.action for e in query]


def test_the_first_order_waits_for_the_agreement_then_goes_through(
    qtbot, held: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    result = held.onboarding.create_customer(valid_request)

    assert result.order_held and result.subscription is None
    assert result.agreement.status == LINK_SENT
    assert result.agreement.link.startswith("https://admin.microsoft.com/")
    assert result.credentials.password  # the admin password is shown as before
    row = Customer.get_by_id(result.customer.id)
    assert (row.agreement_status, row.agreement_link) == (LINK_SENT, result.agreement.link)
    assert row.agreement_expires_at == clock() + timedelta(days=30)
    assert Subscription.select().count() == 0 and row.total_seats == 0
    assert held.journal.get(valid_request.request_id).state == AWAITING_AGREEMENT
    assert actions(result.customer.id) == ["customer_created", "agreement_link_sent"]

    poller = ticker(held, clock)
    clock.advance(seconds=60)  # not yet (1.5 to 4.5 minutes after the link)
    poller.tick()
    assert Customer.get_by_id(result.customer.id).agreement_status == LINK_SENT
    assert Subscription.select().count() == 0

    clock.advance(minutes=5)
    with qtbot.waitSignal(poller.customers_changed, timeout=2000) as changed:
        poller.tick()
    assert result.customer.id in changed.args[0]
    row = Customer.get_by_id(result.customer.id)
    assert row.agreement_status == ACCEPTED
    subscription = Subscription.get(Subscription.customer == row)
    assert (subscription.offer_id, subscription.seats) == ("CFQ7TTC0LCHC", 25)
    assert row.total_seats == 25 and row.offer_summary == "Microsoft 365 Business Premium"
    assert held.journal.get(valid_request.request_id).state in (PROVISIONING, "active")
    assert actions(result.customer.id)[-2:] == ["agreement_accepted", "subscription_created"]

    # Later polls place nothing twice.
    clock.advance(minutes=30)
    poller.tick()
    assert Subscription.select().count() == 1
    # ... and the subscription becomes active with the tenant.
    assert Customer.get_by_id(row.id).status == "active"
    assert Subscription.get_by_id(subscription.id).status == "active"


def test_an_expired_link_is_renewed_and_then_accepted(
    held: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    port = held.partner_center
    port.agreements.never_rate = 1.0  # type: ignore[attr-defined]  # this customer waits
    result = held.onboarding.create_customer(valid_request)
    poller = ticker(held, clock)

    clock.advance(days=31)
    poller.tick()
    row = Customer.get_by_id(result.customer.id)
    assert row.agreement_status == EXPIRED
    assert Subscription.select().count() == 0
    assert "agreement_expired" in actions(row.id)

    port.agreements.never_rate = 0.0  # type: ignore[attr-defined]  # this time they accept
    assert held.agreements is not None
    fresh = held.agreements.send_new_link(row.id)
    assert fresh.status == LINK_SENT and fresh.link and fresh.link != result.agreement.link
    assert fresh.expires_at == clock() + timedelta(days=30)
    row = Customer.get_by_id(row.id)
    assert (row.agreement_status, row.agreement_link) == (LINK_SENT, fresh.link)
    details = json.loads(AuditEvent.select().order_by(AuditEvent.id.desc()).first().details)
    assert "expires" in details

    clock.advance(minutes=10)
    poller.tick()
    assert Customer.get_by_id(row.id).agreement_status == ACCEPTED
    assert Subscription.select().where(Subscription.customer == row.id).count() == 1


def test_a_customer_who_never_accepts_keeps_the_order_held(
    held: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    held.partner_center.agreements.never_rate = 1.0  # type: ignore[attr-defined]
    result = held.onboarding.create_customer(valid_request)
    poller = ticker(held, clock)
    for _ in range(3):
        clock.advance(days=5)
        poller.tick()
    assert Customer.get_by_id(result.customer.id).agreement_status == LINK_SENT
    assert Subscription.select().count() == 0
    assert held.journal.get(valid_request.request_id).state == AWAITING_AGREEMENT


def test_a_held_order_missed_by_the_poll_is_placed_by_the_resumer(
    qtbot, held: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    """Another desktop's poll saw the acceptance (or this one's order call failed): the book
    says accepted, the journal still holds the order; the resumer places it at the next start."""
    result = held.onboarding.create_customer(valid_request)
    Customer.update(agreement_status=ACCEPTED).where(Customer.id == result.customer.id).execute()
    resumer = SubmissionResumer(held.onboarding, Background())
    assert resumer.resume_all() == [result.customer.id]
    assert Subscription.select().count() == 1
    assert resumer.resume_all() == []


def test_customers_who_accepted_already_get_their_order_at_once(
    services: AppServices, valid_request: NewCustomerRequest
) -> None:
    """The default simulator: the customer accepted in their admin center before the order."""
    result = services.onboarding.create_customer(valid_request)
    assert not result.order_held and result.subscription is not None
    assert Customer.get_by_id(result.customer.id).agreement_status == ACCEPTED
