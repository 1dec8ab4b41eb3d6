"""Add a subscription and change seats: the offer rules, the Business cap, the 7-day window."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.subscriptions import SubscriptionError
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from tests.conftest import FakeClock

PREMIUM, BASIC, E3 = "CFQ7TTC0LCHC", "CFQ7TTC0LH18", "CFQ7TTC0LF8R"


@pytest.fixture
def customer(services: AppServices, valid_request: NewCustomerRequest) -> uuid.UUID:
    """A new customer with 25 seats of Business Premium (the valid request's offer)."""
    return services.onboarding.create_customer(valid_request).customer.id


def only_subscription(customer_id: uuid.UUID) -> Subscription:
    return Subscription.get(Subscription.customer == customer_id)


def refusal(error: pytest.ExceptionInfo[SubscriptionError]) -> tuple[str, str]:
    field, message = next(iter(error.value.problems.items()))
    return field, message.render()


def test_add_subscription_writes_it_with_its_event_and_updates_the_list_columns(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    clock.advance(minutes=5)
    new_id = services.subscriptions.add_subscription(customer, E3, 40, "P1Y", "annual")
    sub = Subscription.get_by_id(new_id)
    assert (sub.offer_name, sub.seats, sub.term, sub.billing_cycle, sub.status) == (
        "Office 365 E3",
        40,
        "P1Y",
        "annual",
        "pending",
    )
    row = Customer.get_by_id(customer)
    assert row.offer_summary == "Microsoft 365 Business Premium, Office 365 E3"
    assert row.total_seats == 65
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "subscription_created" and event.actor == services.subscriptions.actor
    assert json.loads(event.details)["seats"] == 40


def test_business_cap_counts_every_business_subscription_of_the_tenant(
    services: AppServices, customer: uuid.UUID
) -> None:
    subscriptions = services.subscriptions
    subscriptions.add_subscription(customer, BASIC, 200, "P1Y", "monthly")  # 225 in use
    with pytest.raises(SubscriptionError) as error:
        subscriptions.add_subscription(customer, BASIC, 76, "P1M", "monthly")
    field, text = refusal(error)
    assert field == "seats"
    assert "300" in text and "225" in text and "75 at most" in text
    assert Subscription.select().count() == 2  # nothing written
    subscriptions.add_subscription(customer, BASIC, 75, "P1M", "monthly")
    # Other families are not capped by the Business limit.
    subscriptions.add_subscription(customer, E3, 5000, "P1Y", "monthly")
    with pytest.raises(SubscriptionError) as error:
        subscriptions.add_subscription(customer, PREMIUM, 1, "P1Y", "monthly")
    assert "remove seats from another Business subscription" in refusal(error)[1]


@pytest.mark.parametrize(
    ("offer", "seats", "term", "billing", "field"),
    [
        ("", 1, "P1Y", "monthly", "offer_id"),
        ("NOTANOFFER12", 1, "P1Y", "monthly", "offer_id"),
        (E3, 1, "P9Y", "monthly", "term"),
        (E3, 1, "P1M", "annual", "billing_cycle"),
        (E3, 0, "P1Y", "monthly", "seats"),
        (PREMIUM, 301, "P1Y", "monthly", "seats"),
    ],
)
def test_add_subscription_checks_offer_term_billing_and_seats(
    services: AppServices,
    customer: uuid.UUID,
    offer: str,
    seats: int,
    term: str,
    billing: str,
    field: str,
) -> None:
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.add_subscription(customer, offer, seats, term, billing)
    assert field in error.value.problems
    assert Subscription.select().count() == 1


def test_nothing_can_be_bought_for_a_failed_tenant(
    services: AppServices, customer: uuid.UUID
) -> None:
    Customer.update(status="failed").where(Customer.id == customer).execute()
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.add_subscription(customer, E3, 1, "P1Y", "monthly")
    assert "Retry the provisioning" in refusal(error)[1]


def test_a_subscription_bought_for_an_active_customer_is_activated_by_the_simulator(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    Customer.update(status="active", next_change_at=None).where(Customer.id == customer).execute()
    new_id = services.subscriptions.add_subscription(customer, E3, 3, "P1Y", "monthly")
    due = Customer.get_by_id(customer).next_change_at
    assert due is not None
    assert timedelta(seconds=20) <= due - clock.now <= timedelta(seconds=90)
    clock.now = due
    result = services.partner_center.engine.tick()
    assert result.changed == [customer] and result.activated == []  # it was active already
    assert Subscription.get_by_id(new_id).status == "active"
    assert Customer.get_by_id(customer).next_change_at is None


def test_seats_can_be_increased_at_any_time_and_that_opens_a_new_7_day_window(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    sub = only_subscription(customer)
    clock.advance(days=40)
    services.subscriptions.change_seats(sub.id, 30)
    changed = only_subscription(customer)
    assert changed.seats == 30 and changed.seats_changed_at == clock.now
    assert Customer.get_by_id(customer).total_seats == 30
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "seats_changed"
    assert json.loads(event.details) == {
        "subscription": str(sub.id),
        "offer_name": "Microsoft 365 Business Premium",
        "from": 25,
        "to": 30,
    }
    clock.advance(days=6, hours=23)
    services.subscriptions.change_seats(sub.id, 28)  # within 7 days of the increase
    assert only_subscription(customer).seats == 28
    assert only_subscription(customer).seats_changed_at == changed.seats_changed_at


def test_seats_cannot_be_reduced_after_7_days(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    sub = only_subscription(customer)
    clock.advance(days=7, seconds=1)
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.change_seats(sub.id, 20)
    field, text = refusal(error)
    assert field == "seats"
    assert "within 7 days" in text and "2026-11-30 09:30" in text and "add seats" in text
    assert only_subscription(customer).seats == 25


def test_seats_never_go_below_the_offer_minimum_nor_past_the_cap(
    services: AppServices, customer: uuid.UUID
) -> None:
    sub = only_subscription(customer)
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.change_seats(sub.id, 0)
    assert refusal(error)[1] == "Enter 1 or more: this offer cannot have fewer seats."
    services.subscriptions.add_subscription(customer, BASIC, 100, "P1Y", "monthly")
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.change_seats(sub.id, 201)
    assert "100 are already in use" in refusal(error)[1] and "200 at most" in refusal(error)[1]
    services.subscriptions.change_seats(sub.id, 200)
    with pytest.raises(SubscriptionError) as error:
        services.subscriptions.change_seats(sub.id, 200)
    assert "different" in refusal(error)[1]


def test_seat_change_describes_the_rules_for_the_dialog(
    services: AppServices, customer: uuid.UUID, clock: FakeClock
) -> None:
    sub = only_subscription(customer)
    services.subscriptions.add_subscription(customer, BASIC, 10, "P1Y", "monthly")
    change = services.subscriptions.seat_change(sub.id)
    assert change.seats == 25 and change.offer_name == "Microsoft 365 Business Premium"
    assert change.can_decrease_until == clock.now.replace(day=30)
    assert (change.family_seats_elsewhere, change.family_cap) == (10, 300)
