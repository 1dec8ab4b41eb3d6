"""Today's Partner Center through the REST connector, against the fake server: the agreement
status and acceptance link, the held order placed once the customer accepts (found by the poll),
the indirect provider's resellers and associatedPartnerId, enableGDAPByDefault."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest

from reseller_desktop.domain.agreement import ACCEPTED, LINK_SENT
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices, wire_services
from reseller_desktop.services.journal import AWAITING_AGREEMENT
from reseller_desktop.services.partner_center.errors import PartnerCenterError
from reseller_desktop.services.partner_center.port import RelationshipRequest
from reseller_desktop.services.partner_center.rest.connector import RestPartnerCenter
from reseller_desktop.services.partner_center.rest.tokens import StaticToken
from reseller_desktop.services.provisioning_clock import ProvisioningClock
from reseller_desktop.store.models import Customer, Subscription
from tests.conftest import FakeClock
from tests.fake_partner_center import TOKEN, FakePartnerCenter


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakePartnerCenter]:
    with FakePartnerCenter(clock=clock, accept_after=timedelta(minutes=3)) as server:
        yield server


@pytest.fixture
def rest(fake: FakePartnerCenter, clock: FakeClock) -> Iterator[RestPartnerCenter]:
    port = RestPartnerCenter(
        fake.url, StaticToken(TOKEN), clock=clock, sleep=lambda _s: None, jitter=lambda: 0.5
    )
    yield port
    port.close()


@pytest.fixture
def app(services: AppServices, rest: RestPartnerCenter, clock: FakeClock) -> AppServices:
    return wire_services(services.catalog, rest, services.data_dir, clock=clock)


def test_the_order_waits_for_the_agreement_then_the_poll_releases_it(
    qtbot, app: AppServices, fake: FakePartnerCenter, clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    request = valid_request.with_changes(
        reseller_id="6f3c1a52-7d0e-4c1b-9a55-0d2b8f5e4a01", reseller_name="Alpine IT Services"
    )
    result = app.onboarding.create_customer(request)

    body = fake.seen("POST", "/v1/customers")[0].body
    assert body["enableGDAPByDefault"] is True
    assert body["associatedPartnerId"] == "6f3c1a52-7d0e-4c1b-9a55-0d2b8f5e4a01"
    assert fake.seen("GET", f"/v1/customers/{result.customer.id}/agreements")
    assert result.order_held and result.agreement.status == LINK_SENT
    assert result.agreement.link.startswith("https://admin.microsoft.com/")
    assert result.agreement.expires_at == clock() + timedelta(days=30)
    assert not fake.seen("POST", f"/v1/customers/{result.customer.id}/carts")  # no order yet
    assert app.journal.get(request.request_id).state == AWAITING_AGREEMENT

    assert app.agreements is not None
    poller = ProvisioningClock(
        app.partner_center, app.journal, Background(), clock=clock,
        follow_up=app.agreements.apply,
    )  # fmt: skip
    clock.advance(minutes=1)
    poller.tick()
    assert Customer.get_by_id(result.customer.id).agreement_status == LINK_SENT
    clock.advance(minutes=5)
    poller.tick()
    row = Customer.get_by_id(result.customer.id)
    assert row.agreement_status == ACCEPTED
    assert Subscription.get(Subscription.customer == row).seats == request.seats
    carts = fake.seen("POST", f"/v1/customers/{result.customer.id}/carts")
    assert [r.path.rsplit("/", 1)[-1] for r in carts] == ["carts", "checkout"]  # one order


def test_resellers_come_from_the_indirect_relationships(rest: RestPartnerCenter) -> None:
    names = [r.name for r in rest.resellers()]
    assert names == ["Alpine IT Services", "Contoso Solutions Ltd"]


def test_without_a_graph_token_an_admin_relationship_is_refused_saying_why(
    rest: RestPartnerCenter, app: AppServices, valid_request: NewCustomerRequest
) -> None:
    """A token from the environment is Partner Center's only: GDAP requests need a Graph token.
    The customer is created all the same, without the admin relationship."""
    request = valid_request.with_changes(
        admin_template="Helpdesk", admin_roles="User Administrator", admin_duration="P1Y"
    )
    with pytest.raises(PartnerCenterError) as refused:
        rest.request_admin_relationship(
            uuid.uuid4(), RelationshipRequest("x", ("User Administrator",), "P1Y", True), "r"
        )
    assert refused.value.code == "GraphTokenMissing"
    assert "needs a Graph token" in refused.value.description
    result = app.onboarding.create_customer(request)
    assert result.relationship is None
    assert Customer.get_by_id(result.customer.id).admin_relationship_id == ""
