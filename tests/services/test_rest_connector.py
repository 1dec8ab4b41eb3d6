"""The REST connector against a fake Partner Center on 127.0.0.1 (``tests/fake_partner_center.py``,
built to the documented contract, not Microsoft itself), driving the real onboarding and journal.
No test sleeps: the clock is injected and the connector's waits are recorded, not slept."""

from __future__ import annotations

import logging
import socket
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.services.context import AppServices, wire_services
from reseller_desktop.services.onboarding import (
    OnboardingError,
    OutcomeUnknownError,
    PrefixTakenError,
    ServiceBusyError,
)
from reseller_desktop.services.partner_center.errors import (
    OutcomeUnknownError as PortOutcomeUnknownError,
)
from reseller_desktop.services.partner_center.errors import (
    PartnerCenterError,
    ServiceUnavailableError,
    SignInAgainError,
)
from reseller_desktop.services.partner_center.port import (
    AddressQuery,
    OrderLine,
    PartnerCenter,
    order_request_id,
)
from reseller_desktop.services.partner_center.rest.codes import hint
from reseller_desktop.services.partner_center.rest.connector import (
    RestPartnerCenter,
    derived_request_id,
)
from reseller_desktop.services.partner_center.rest.polling import ACTOR
from reseller_desktop.services.partner_center.rest.tokens import SignInRequiredError, StaticToken
from reseller_desktop.store.journal_models import Submission
from reseller_desktop.store.models import AuditEvent, Customer, Subscription
from tests.conftest import FakeClock
from tests.fake_partner_center import TOKEN, FakePartnerCenter


@pytest.fixture
def database_url() -> None:
    """SQLite only here (the compare-and-swap itself is the simulator's, tested on both)."""
    return None


class Tokens:
    """A token source that hands out a new token on each forced refresh."""

    def __init__(self, *tokens: str) -> None:
        self.tokens = list(tokens)
        self.account = "alice@contoso-partner.com"
        self.refreshes = 0

    def token(self, *, force_refresh: bool = False) -> str:
        if force_refresh:
            self.refreshes += 1
            if len(self.tokens) < 2:
                raise SignInRequiredError("no refresh token")
            self.tokens.pop(0)
        return self.tokens[0]


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakePartnerCenter]:
    with FakePartnerCenter(clock=clock) as server:
        yield server


@pytest.fixture
def waits() -> list[float]:
    return []


def connector(
    fake: FakePartnerCenter, clock: FakeClock, waits: list[float], **options: Any
) -> RestPartnerCenter:
    settings: dict[str, Any] = {
        "locale": "fr-FR",
        "clock": clock,
        "sleep": waits.append,
        "connect_timeout": 2.0,
        "read_timeout": 5.0,
        "jitter": lambda: 0.5,
    }
    settings.update(options)
    tokens = settings.pop("tokens", StaticToken(TOKEN))
    return RestPartnerCenter(fake.url, tokens, **settings)


@pytest.fixture
def rest(
    fake: FakePartnerCenter, clock: FakeClock, waits: list[float]
) -> Iterator[RestPartnerCenter]:
    port = connector(fake, clock, waits)
    yield port
    port.close()


@pytest.fixture
def app(services: AppServices, rest: RestPartnerCenter, clock: FakeClock) -> AppServices:
    return wire_services(services.catalog, rest, services.data_dir, clock=clock)


def request_ids(fake: FakePartnerCenter, method: str, prefix: str) -> list[str]:
    return [r.headers["ms-requestid"] for r in fake.seen(method, prefix)]


def test_it_is_a_partner_center_and_not_a_simulator(rest: RestPartnerCenter) -> None:
    assert isinstance(rest, PartnerCenter)
    assert rest.name == "Partner Center" and not rest.is_simulated
    assert TOKEN not in repr(rest)


def test_a_whole_create_then_polls_until_active_with_microsofts_password(
    app: AppServices,
    fake: FakePartnerCenter,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
    data_dir: Path,
) -> None:
    result = app.onboarding.create_customer(valid_request)
    (server,) = fake.customers.values()
    assert result.customer.id == uuid.UUID(server["id"])
    assert result.credentials.user_name == "admin@boulangeriedupont.onmicrosoft.com"
    assert result.credentials.password == server["password"], "Microsoft's, never ours"
    assert not result.password_lost and result.subscription is not None
    body = fake.seen("POST", "/v1/customers")[0].body
    assert body["companyProfile"]["domain"] == "boulangeriedupont.onmicrosoft.com"
    assert body["billingProfile"]["defaultAddress"]["postalCode"] == "75008"
    assert "password" not in str(body).lower()
    (cart,) = [r.body for r in fake.seen("POST") if r.path.endswith("/carts")]
    item = f"{valid_request.offer_id}:0001:{fake.availability}"
    assert cart["lineItems"][0]["catalogItemId"] == item
    assert cart["lineItems"][0]["quantity"] == valid_request.seats

    port = app.partner_center
    assert port.poll_changes(clock.now).changed == [], "not due yet"
    clock.advance(seconds=31)
    assert port.poll_changes(clock.now).changed == [], "404 for a while: still pending"
    row = Customer.get_by_id(result.customer.id)
    assert row.status == "pending" and row.next_change_at > clock.now, "looked at later"
    clock.advance(seconds=90)
    assert port.poll_changes(clock.now).changed == [result.customer.id]
    assert Customer.get_by_id(result.customer.id).status == "provisioning"
    clock.advance(minutes=3)
    changes = port.poll_changes(clock.now)
    assert changes.activated == [(result.customer.id, valid_request.company_name)]
    row = Customer.get_by_id(result.customer.id)
    assert row.status == "active" and row.next_change_at is None, "no more polling once active"
    assert Subscription.get().status == "active"
    events = [(e.actor, e.action) for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert events[-3:] == [
        (ACTOR, "provisioning_started"),
        (ACTOR, "provisioning_completed"),
        (ACTOR, "subscription_activated"),
    ]
    calls = len(fake.requests)
    clock.advance(hours=1)
    assert port.poll_changes(clock.now).changed == [] and len(fake.requests) == calls
    password = server["password"].encode()
    assert not [p for p in data_dir.rglob("*") if p.is_file() and password in p.read_bytes()]


def test_a_lost_reply_is_retried_with_the_same_request_id_and_creates_once(
    app: AppServices, fake: FakePartnerCenter, valid_request: NewCustomerRequest
) -> None:
    fake.fault("POST", "/v1/customers", "lose")
    result = app.onboarding.create_customer(valid_request)
    assert len(fake.customers) == 1
    ids = request_ids(fake, "POST", "/v1/customers")[:2]
    assert ids == [valid_request.request_id] * 2, "the same MS-RequestId on the retry"
    creates = [r for r in fake.seen("POST", "/v1/customers") if r.path == "/v1/customers"]
    assert len({r.headers["ms-correlationid"] for r in creates}) == 2, "a new correlation id"
    (server,) = fake.customers.values()
    assert result.credentials.password == server["password"], "the replay answers the first"


def test_replies_lost_until_retries_run_out_leave_the_submission_in_doubt(
    app: AppServices, fake: FakePartnerCenter, valid_request: NewCustomerRequest
) -> None:
    fake.fault("POST", "/v1/customers", "lose", times=5)
    with pytest.raises(OutcomeUnknownError):
        app.onboarding.create_customer(valid_request)
    assert Submission.get_by_id(valid_request.request_id).state == "in_doubt"
    assert Customer.select().count() == 0 and len(fake.customers) == 1
    again = app.onboarding.create_customer(valid_request)  # the wizard's retry, same id
    creates = [r for r in fake.seen("POST") if r.path == "/v1/customers"]
    assert len(creates) == 6 and {r.headers["ms-requestid"] for r in creates} == {
        valid_request.request_id
    }
    assert len(fake.customers) == 1 and Customer.select().count() == 1
    assert again.credentials.password == next(iter(fake.customers.values()))["password"]


def test_a_429_waits_retry_after_then_creates_once(
    app: AppServices, fake: FakePartnerCenter, valid_request: NewCustomerRequest, waits: list[float]
) -> None:
    fake.fault("POST", "/v1/customers", "busy", retry_after="7")
    app.onboarding.create_customer(valid_request)
    assert waits == [7.0]
    assert len(fake.customers) == 1
    assert request_ids(fake, "POST", "/v1/customers")[:2] == [valid_request.request_id] * 2


def test_throttled_past_the_budget_says_microsoft_is_busy_and_keeps_the_submission(
    app: AppServices, fake: FakePartnerCenter, valid_request: NewCustomerRequest, waits: list[float]
) -> None:
    fake.fault("POST", "/v1/customers", "busy", retry_after="3600", times=50)
    with pytest.raises(ServiceBusyError) as info:
        app.onboarding.create_customer(valid_request)
    assert "Microsoft is busy" in info.value.message.render()
    assert waits and max(waits) <= 30 and sum(waits) <= 60, "Retry-After bounded"
    assert not fake.customers
    assert app.journal.get(valid_request.request_id) is not None, "the journal keeps it"
    fake.faults.clear()
    assert app.onboarding.create_customer(valid_request).credentials.password
    assert len(fake.customers) == 1


@pytest.mark.parametrize(
    ("code", "data", "description", "field"),
    [
        ("600049", [], "Registration number is required.", "registration_number"),
        ("600050", [], "Registration number is invalid.", "registration_number"),
        ("600002", [], "Registration number not allowed.", "registration_number"),
        ("600051", [], "Phone number is required.", "phone"),
        ("13605", [], "The customer has not accepted the MCA.", "mca_accepted"),
        ("60012", ["billingProfile.defaultAddress.postalCode"], "Bad postal code.", "postal_code"),
        ("60013", [], "The address could not be verified.", "address_line1"),
    ],
)
def test_each_error_code_lands_on_its_field(
    app: AppServices,
    fake: FakePartnerCenter,
    valid_request: NewCustomerRequest,
    code: str,
    data: list[str],
    description: str,
    field: str,
) -> None:
    fake.fault(
        "POST", "/v1/customers", "error", status=400, code=code, description=description, data=data
    )
    with pytest.raises(OnboardingError) as info:
        app.onboarding.create_customer(valid_request)
    assert set(info.value.problems) == {field}
    assert f"(code {code})" in info.value.message.render()
    assert app.journal.get(valid_request.request_id).error_code == code  # type: ignore[union-attr]
    assert not fake.customers


def test_a_taken_domain_is_the_prefix_field(
    app: AppServices, fake: FakePartnerCenter, valid_request: NewCustomerRequest
) -> None:
    fake.taken.add("boulangeriedupont.onmicrosoft.com")
    assert app.onboarding.prefix_status("boulangeriedupont") == "taken"
    assert app.onboarding.prefix_status("boulangeriedupont2") == "available"
    with pytest.raises(PrefixTakenError) as info:
        app.onboarding.create_customer(valid_request)
    assert set(info.value.problems) == {"domain_prefix"}


def test_seat_limits_land_on_seats_and_unknown_codes_quote_the_correlation_id(
    rest: RestPartnerCenter, fake: FakePartnerCenter, valid_request: NewCustomerRequest
) -> None:
    created = rest.create_customer(valid_request, new_request_id())
    with pytest.raises(PartnerCenterError) as info:
        rest.place_order(
            created.customer_id, OrderLine("CFQ7TTC0LH18", "P1Y", "monthly", 301), new_request_id()
        )
    assert (info.value.code, info.value.field) == ("2002", "seats")
    order = rest.place_order(
        created.customer_id, OrderLine("CFQ7TTC0LH18", "P1Y", "monthly", 3), new_request_id()
    )
    with pytest.raises(PartnerCenterError) as info:
        rest.change_seats(created.customer_id, order.subscription_id, 400, new_request_id())
    assert (info.value.code, info.value.field) == ("800067", "seats")
    assert "300" in hint(info.value).render()
    rest.change_seats(created.customer_id, order.subscription_id, 5, new_request_id())
    assert fake.subscriptions[str(order.subscription_id)]["quantity"] == 5

    fake.fault("PATCH", "/v1/customers", "error", status=400, code="999", description="Odd.")
    with pytest.raises(PartnerCenterError) as info:
        rest.change_seats(created.customer_id, order.subscription_id, 6, new_request_id())
    error = info.value
    assert error.field is None and error.correlation_id
    assert error.correlation_id == fake.requests[-1].headers["ms-correlationid"]
    text = hint(error).render()
    assert "Odd. (code 999)" in text and error.correlation_id in text


def test_a_401_refreshes_the_token_once_then_succeeds(
    services: AppServices,
    fake: FakePartnerCenter,
    clock: FakeClock,
    waits: list[float],
    valid_request: NewCustomerRequest,
) -> None:
    tokens = Tokens("old-token", "new-token")
    fake.tokens = {"old-token", "new-token"}
    port = connector(fake, clock, waits, tokens=tokens)
    app = wire_services(services.catalog, port, services.data_dir, clock=clock)
    fake.fault("POST", "/v1/customers", "unauthorized")
    assert app.onboarding.create_customer(valid_request).credentials.password
    assert tokens.refreshes == 1 and len(fake.customers) == 1
    auth = [r.headers["authorization"] for r in fake.seen("POST", "/v1/customers")]
    assert auth[:2] == ["Bearer old-token", "Bearer new-token"]
    port.close()


def test_a_401_after_the_refresh_asks_to_sign_in_again_and_loses_nothing(
    services: AppServices,
    fake: FakePartnerCenter,
    clock: FakeClock,
    waits: list[float],
    valid_request: NewCustomerRequest,
) -> None:
    tokens = Tokens("old-token", "new-token")
    fake.tokens = {"old-token", "new-token"}
    port = connector(fake, clock, waits, tokens=tokens)
    app = wire_services(services.catalog, port, services.data_dir, clock=clock)
    fake.fault("POST", "/v1/customers", "unauthorized", times=2)
    with pytest.raises(OnboardingError) as info:
        app.onboarding.create_customer(valid_request)
    assert "sign in again" in info.value.message.render()
    static = connector(fake, clock, waits, tokens=StaticToken("expired"))
    with pytest.raises(SignInAgainError):  # the static token of the environment: no refresh
        static.domain_available("x")
    static.close()
    entry = app.journal.get(valid_request.request_id)
    assert entry is not None and entry.request() == valid_request, "nothing lost"
    assert not fake.customers
    assert app.onboarding.create_customer(valid_request).credentials.password, "after sign-in"
    assert len(fake.customers) == 1
    port.close()


def test_a_server_that_never_answers_ends_quickly_as_unknown_or_unavailable(
    fake: FakePartnerCenter, clock: FakeClock, waits: list[float], valid_request: NewCustomerRequest
) -> None:
    port = connector(fake, clock, waits, read_timeout=0.2, max_attempts=3)
    fake.fault("POST", "/v1/customers", "hang", seconds=30, times=3)
    started = time.monotonic()
    with pytest.raises(PortOutcomeUnknownError):
        port.create_customer(valid_request, new_request_id())
    fake.fault("HEAD", "/v1/domains", "hang", seconds=30, times=3)
    with pytest.raises(ServiceUnavailableError):
        port.domain_available("boulangeriedupont")
    assert time.monotonic() - started < 5
    assert not fake.customers
    port.close()

    with socket.socket() as probe:  # a port nobody listens on: refused before sending
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    nobody = RestPartnerCenter(closed, StaticToken(TOKEN), sleep=waits.append, max_attempts=2)
    with pytest.raises(ServiceUnavailableError):
        nobody.create_customer(valid_request, new_request_id())
    nobody.close()


def test_a_500_is_retried_with_the_same_request_id(
    rest: RestPartnerCenter, fake: FakePartnerCenter, valid_request: NewCustomerRequest
) -> None:
    fake.fault("POST", "/v1/customers", "server_error", times=2)
    rid = new_request_id()
    assert rest.create_customer(valid_request, rid).credentials.password
    assert request_ids(fake, "POST", "/v1/customers") == [rid] * 3
    assert len(fake.customers) == 1


def test_headers_follow_the_contract(
    app: AppServices,
    fake: FakePartnerCenter,
    valid_request: NewCustomerRequest,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    result = app.onboarding.create_customer(valid_request)
    assert fake.requests
    for r in fake.requests:
        assert r.headers["ms-contract-version"] == "v1"
        assert r.headers["accept"] == "application/json"
        assert r.headers["x-locale"] == "fr-FR"
        assert r.headers["authorization"] == f"Bearer {TOKEN}"
    correlations = [r.headers["ms-correlationid"] for r in fake.requests]
    assert len(set(correlations)) == len(correlations), "a new correlation id per call"
    carts = [r for r in fake.requests if r.path.endswith("/carts")]
    checkouts = [r for r in fake.requests if r.path.endswith("/checkout")]
    order_id = order_request_id(valid_request.request_id)
    assert [r.headers["ms-requestid"] for r in carts] == [order_id]
    assert [r.headers["ms-requestid"] for r in checkouts] == [
        derived_request_id(order_id, "checkout")
    ]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for r in fake.requests:
        assert r.headers["ms-correlationid"] in logged and r.headers["ms-requestid"] in logged
    assert TOKEN not in logged and str(result.credentials.password) not in logged


def test_questions_country_rules_address_and_password_reset(
    rest: RestPartnerCenter,
    fake: FakePartnerCenter,
    clock: FakeClock,
    waits: list[float],
    valid_request: NewCustomerRequest,
) -> None:
    us = rest.country_rules("US")
    assert us.state_required and us.state_choices == (("NY", "New York"), ("WA", "Washington"))
    nobody = RestPartnerCenter("http://127.0.0.1:9", StaticToken(TOKEN), sleep=waits.append)
    assert nobody.country_rules("US").state_choices[:1] == (("AL", "Alabama"),), "shipped"
    nobody.close()

    check = rest.validate_address(AddressQuery("FR", "1 rue X", city="paris", postal_code="75001"))
    assert check.verified and check.suggestion is not None and check.suggestion.city == "PARIS"
    assert not rest.validate_address(AddressQuery("FR", "1 rue X", city="Paris")).verified

    created = rest.create_customer(valid_request, new_request_id())
    new = rest.reset_admin_password(created.customer_id)
    assert new.user_name == "admin@boulangeriedupont.onmicrosoft.com"
    assert new.password and new.password == fake.customers[str(created.customer_id)]["password"]
    assert new.password != created.credentials.password
    assert rest.retry_provisioning(created.customer_id, "alice") is False


def test_two_desktops_never_poll_the_same_customer_at_once(
    app: AppServices,
    fake: FakePartnerCenter,
    clock: FakeClock,
    waits: list[float],
    valid_request: NewCustomerRequest,
) -> None:
    result = app.onboarding.create_customer(valid_request)
    other = connector(fake, clock, waits)
    clock.advance(minutes=10)
    mine, _more = app.partner_center.poller.claim(clock.now)  # type: ignore[attr-defined]
    theirs, _more = other.poller.claim(clock.now)
    assert [c.id for c in mine] == [result.customer.id] and theirs == []
    clock.advance(seconds=61)  # the first desktop died mid-poll: its lease runs out
    changes = other.poll_changes(clock.now)
    assert changes.activated == [(result.customer.id, valid_request.company_name)]
    stale = app.partner_center.poller  # type: ignore[attr-defined]
    looks = [(mine[0], stale.look(mine[0], stale.subscriptions(mine)[result.customer.id]))]
    assert stale.apply(looks, clock.now).changed == [], "the swap refuses a stale claim"
    assert AuditEvent.select().where(AuditEvent.actor == ACTOR).count() == 3, "once"
    other.close()


def test_a_poll_when_partner_center_is_out_of_reach_raises_and_keeps_the_book(
    app: AppServices, fake: FakePartnerCenter, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    result = app.onboarding.create_customer(valid_request)
    clock.advance(minutes=10)
    fake.fault("GET", "/v1/customers", "server_error", times=10)
    with pytest.raises(ServiceUnavailableError):
        app.partner_center.poll_changes(clock.now)
    assert Customer.get_by_id(result.customer.id).status == "pending"
    clock.advance(seconds=61)
    fake.faults.clear()
    assert app.partner_center.poll_changes(clock.now).activated


def test_waits_are_bounded_and_jittered(fake: FakePartnerCenter, clock: FakeClock) -> None:
    waits: list[float] = []
    port = connector(fake, clock, waits, jitter=lambda: 1.0, max_attempts=4)
    fake.fault("GET", "/v1/countryvalidationrules", "server_error", times=4)
    fake.fault("HEAD", "/v1/domains", "server_error", times=4)
    with pytest.raises(ServiceUnavailableError):
        port.domain_available("x")
    assert waits == [0.5, 1.0, 2.0], "exponential backoff, full jitter at its top"
    port.close()
    assert timedelta(seconds=sum(waits)) < timedelta(seconds=60)


def test_an_order_asks_for_the_current_availability_once_per_offer_and_country(
    app: AppServices,
    rest: RestPartnerCenter,
    fake: FakePartnerCenter,
    clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:
    first = app.onboarding.create_customer(valid_request)
    assert first.subscription is not None and fake.availability_questions == 1
    (cart,) = [r for r in fake.seen("POST") if r.path.endswith("/carts")]
    item = cart.body["lineItems"][0]["catalogItemId"]
    assert item == f"{valid_request.offer_id}:0001:DZH318Z0BQ3Q", "Microsoft's current id"
    asked = fake.seen("GET", f"/v1/products/{valid_request.offer_id}/skus/0001/availabilities")
    assert "country=FR" in asked[0].path and "targetSegment=commercial" in asked[0].path

    second = valid_request.with_changes(domain_prefix="dupont2", request_id=new_request_id())
    app.onboarding.create_customer(second)
    assert fake.availability_questions == 1, "kept for the hour"

    fake.availability = "DZH318Z0BQ4V"  # Microsoft reissued it
    clock.advance(minutes=61)
    third = valid_request.with_changes(domain_prefix="dupont3", request_id=new_request_id())
    assert app.onboarding.create_customer(third).subscription is not None
    assert fake.availability_questions == 2


def test_an_offer_not_sold_in_the_customers_country_is_said_on_the_offer(
    app: AppServices,
    fake: FakePartnerCenter,
    valid_request: NewCustomerRequest,
) -> None:
    fake.closed_markets[valid_request.offer_id] = {"FR"}
    result = app.onboarding.create_customer(valid_request)
    assert result.subscription is None and result.order_problem is not None
    assert "800070" in result.order_problem.render() and "FR" in result.order_problem.render()
    assert len(fake.customers) == 1, "the customer exists; the order is what was refused"


def test_an_order_after_a_restart_learns_the_country_from_partner_center(
    rest: RestPartnerCenter,
    fake: FakePartnerCenter,
    clock: FakeClock,
    waits: list[float],
    valid_request: NewCustomerRequest,
) -> None:
    created = rest.create_customer(valid_request, new_request_id())
    later = connector(fake, clock, waits)  # another run: it never saw the create
    line = OrderLine(valid_request.offer_id, "P1Y", "monthly", 5)
    with pytest.raises(ServiceUnavailableError):  # not visible yet: the order waits
        later.place_order(created.customer_id, line, new_request_id())
    clock.advance(minutes=2)
    assert later.place_order(created.customer_id, line, new_request_id()).order_id
    asked = fake.seen("GET", "/v1/products/")
    assert "country=FR" in asked[-1].path
    later.close()
