"""Cancel a subscription (issue 12, item 16): within 7 days of its purchase, through the port; its
seats leave the customer's totals; refused clearly after 7 days, at Microsoft too."""

from __future__ import annotations

import json
import uuid

import pytest

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.partner_center.errors import PartnerCenterError
from reseller_desktop.services.partner_center.port import PartnerCenter
from reseller_desktop.services.partner_center.simulator.service import CANCEL_WINDOW_CLOSED
from reseller_desktop.services.subscriptions import SUBSCRIPTION_CANCELLED, SubscriptionError
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from tests.conftest import FakeClock

E3 = "CFQ7TTC0LF8R"


@pytest.fixture
def customer(services: AppServices, valid_request: NewCustomerRequest) -> uuid.UUID:
    """A new customer with 25 seats of Business Premium (the valid request's offer)."""
    return services.onboarding.create_customer(valid_request).customer.id


def message(error: pytest.ExceptionInfo[SubscriptionError]) -> str:
    return next(iter(error.value.problems.values())).render()


def test_a_subscription_cancelled_within_7_days_leaves_the_totals_and_is_audited(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    clock.advance(hours=1)
    e3 = services.subscriptions.add_subscription(customer, E3, 10, "P1Y", "monthly")
    assert Customer.get_by_id(customer).total_seats == 35
    clock.advance(days=6, hours=23)  # 7 days after the purchase, to the minute
    assert services.subscriptions.cancel_problem(e3) is None
    services.subscriptions.cancel_subscription(e3, request_id=new_request_id())

    assert Subscription.get_by_id(e3).status == SUBSCRIPTION_CANCELLED
    row = Customer.get_by_id(customer)
    assert (row.total_seats, row.offer_summary) == (25, "Microsoft 365 Business Premium")
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "subscription_cancelled"
    assert event.actor == services.subscriptions.actor
    assert json.loads(event.details) == {
        "subscription": str(e3),
        "offer": E3,
        "offer_name": "Office 365 E3",
        "seats": 10,
    }
    # A cancelled subscription is final: no second cancellation, no seat change, no cap use.
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.cancel_subscription(e3)
    assert message(error) == "This subscription is cancelled: it can no longer be changed."
    with pytest.raises(SubscriptionError):
        services.subscriptions.change_seats(e3, 12)
    assert services.subscriptions.family_seats_in_use(customer, "enterprise") == 0


def test_after_7_days_the_cancellation_is_refused_and_nothing_changes(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    sub = Subscription.get(Subscription.customer == customer)
    clock.advance(days=7, minutes=1)
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.cancel_subscription(sub.id)
    assert "" in error.value.problems
    assert message(error) == (
        "A subscription can be cancelled only within 7 days of its purchase, and that period "
        "ended on 2026-11-30 09:30 UTC. It stays active until the end of its term."
    )
    assert Subscription.get_by_id(sub.id).status == "pending"
    assert Customer.get_by_id(customer).total_seats == 25
    assert AuditEvent.select().where(AuditEvent.action == "subscription_cancelled").count() == 0


def test_the_simulator_refuses_a_late_or_unknown_cancellation_itself(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    port: PartnerCenter = services.partner_center
    sub = Subscription.get(Subscription.customer == customer)
    port.cancel_subscription(customer, sub.id, new_request_id())  # within the window: accepted
    clock.advance(days=8)
    with pytest.raises(PartnerCenterError) as late:
        port.cancel_subscription(customer, sub.id, new_request_id())
    assert late.value.code == CANCEL_WINDOW_CLOSED
    with pytest.raises(PartnerCenterError):
        port.cancel_subscription(customer, uuid.uuid4(), new_request_id())


def test_a_refusal_from_microsoft_writes_nothing(
    services: AppServices, customer: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    sub = Subscription.get(Subscription.customer == customer)

    def refuse(*_args: object) -> None:
        raise PartnerCenterError("800002", "The subscription is locked.")

    monkeypatch.setattr(services.partner_center, "cancel_subscription", refuse)
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.cancel_subscription(sub.id)
    assert message(error) == (
        "Microsoft refused the change: The subscription is locked. (code 800002)."
    )
    assert Subscription.get_by_id(sub.id).status == "pending"
